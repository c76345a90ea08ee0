#include "actorgraph/pipeline.hpp"

#include "actorgraph/cleaner.hpp"
#include "actorgraph/entity_resolver.hpp"
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
