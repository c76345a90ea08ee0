#include "actorgraph/pipeline.hpp"

#include <algorithm>
#include <iterator>

#include "actorgraph/cleaner.hpp"
#include "actorgraph/entity_resolver.hpp"
#include "actorgraph/event_recognizer.hpp"
#include "actorgraph/mention_recognizer.hpp"
#include "actorgraph/segmenter.hpp"
#include "actorgraph/tagger.hpp"

namespace actorgraph {

Pipeline::Pipeline(Lexicon lexicon, PipelineOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}

DocumentAnalysis Pipeline::analyze(const Document& document) const {
  DocumentAnalysis analysis;
  analysis.cleaned = clean_document(document);
  analysis.sentences = segment(document.text, analysis.cleaned.blocks);
  const Tagger& tagger = Tagger::builtin();
  for (auto& sentence : analysis.sentences) tagger.tag(sentence);
  analysis.mentions = recognize_mentions(analysis.sentences, document.text, lexicon_);
  resolve_mentions(analysis.mentions, analysis.sentences, lexicon_);
  for (const auto& entity : entities_from_mentions(analysis.mentions, document)) {
    analysis.graph.add_entity(entity);
  }

  // Events: talks, meetings, ceasefires as nodes, with their places.
  auto events = recognize_events(document, analysis.sentences, analysis.mentions, lexicon_);
  for (const auto& entity : events.entities)
    if (!events.orphans.count(entity.id)) analysis.graph.add_entity(entity);
  for (const auto& relation : events.relations)
    if (analysis.graph.find_entity(relation.source) && analysis.graph.find_entity(relation.target))
      analysis.graph.add_relation(relation);
  analysis.mentions.insert(analysis.mentions.end(), std::make_move_iterator(events.mentions.begin()),
                           std::make_move_iterator(events.mentions.end()));
  std::stable_sort(analysis.mentions.begin(), analysis.mentions.end(),
                   [](const Mention& a, const Mention& b) {
                     return a.sentence != b.sentence ? a.sentence < b.sentence
                                                     : a.token_begin < b.token_begin;
                   });
  return analysis;
}

KnowledgeGraph Pipeline::process(const Document& document) const {
  return analyze(document).graph;
}

KnowledgeGraph Pipeline::build(CorpusReader& reader) const {
  KnowledgeGraph graph;
  while (auto document = reader.next()) graph.merge(process(*document));
  finalize(graph);
  return graph;
}

void Pipeline::finalize(KnowledgeGraph& graph) const { resolve_across_documents(graph); }

}  // namespace actorgraph
