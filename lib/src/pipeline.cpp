#include "actorgraph/pipeline.hpp"

#include <algorithm>
#include <string>

#include "actorgraph/cleaner.hpp"
#include "actorgraph/entity_resolver.hpp"
#include "actorgraph/mention_recognizer.hpp"
#include "actorgraph/relation_extractor.hpp"
#include "actorgraph/segmenter.hpp"
#include "actorgraph/tagger.hpp"

namespace actorgraph {

namespace {

// Relations and statements read from the sentences. Every endpoint gets a
// node: a mention resolved by the resolver already has one; an endpoint that
// has none yet (an event the relation rules found) gets a minimal node so the
// edge is never dropped silently.
void add_extracted_relations(DocumentAnalysis& analysis, const Document& document,
                             const Lexicon& lexicon) {
  auto extracted = extract_relations(document, analysis.sentences, analysis.mentions, lexicon);
  auto ensure_node = [&](const std::string& id) {
    if (analysis.graph.find_entity(id)) return true;
    for (const auto& mention : analysis.mentions) {
      if (mention.entity != id) continue;
      Entity entity;
      entity.id = id;
      entity.label = mention.label.empty() ? (mention.name.empty() ? mention.text : mention.name)
                                           : mention.label;
      entity.type = mention.type;
      entity.aliases.insert(entity.label);
      entity.mentions = 1;
      entity.first_date = entity.last_date = document.date;
      analysis.graph.add_entity(entity);
      return true;
    }
    // A lexicon actor named inside a compound the recogniser split ("United Nations-backed").
    if (const LexiconActor* actor = lexicon.find_actor(id); actor && !actor->outlet) {
      Entity entity;
      entity.id = actor->id;
      entity.label = actor->name;
      entity.type = actor->type;
      entity.aliases.insert(actor->name);
      entity.mentions = 1;
      entity.first_date = entity.last_date = document.date;
      analysis.graph.add_entity(entity);
      return true;
    }
    return false;
  };
  for (const auto& relation : extracted.relations)
    if (ensure_node(relation.source) && ensure_node(relation.target))
      analysis.graph.add_relation(relation);
  for (auto& [speaker, statement] : extracted.statements) {
    if (!ensure_node(speaker)) continue;
    Entity entity = *analysis.graph.find_entity(speaker);
    entity.statements.insert(statement);
    entity.mentions = 0;  // merge() adds counts: the node already holds them
    entity.aliases.clear();
    entity.roles.clear();
    entity.attributes.clear();
    analysis.graph.add_entity(entity);
  }
  analysis.unasserted = std::move(extracted.unasserted);
}

}  // namespace

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
  for (const auto& entity : entities_from_mentions(analysis.mentions, document))
    analysis.graph.add_entity(entity);
  add_extracted_relations(analysis, document, lexicon_);
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

void Pipeline::finalize(KnowledgeGraph&) const {}

}  // namespace actorgraph
