#include "actorgraph/pipeline.hpp"

#include <algorithm>
#include <iterator>

#include "actorgraph/parser.hpp"
#include "events/event_recognizer.hpp"
#include "mentions/mention_order.hpp"
#include "mentions/mention_recognizer.hpp"
#include "pipeline/parallel_build.hpp"
#include "pipeline/windows.hpp"
#include "relations/relation_extractor.hpp"
#include "relations/tree_gate.hpp"
#include "resolve/entity_resolver.hpp"
#include "syntax/tagger.hpp"
#include "text/cleaner.hpp"
#include "text/segmenter.hpp"

namespace actorgraph {

namespace {

// Relations and statements read from the sentences. Every endpoint gets a
// node: a mention resolved by the resolver already has one; an event left out
// as an orphan gets its full record; any other endpoint gets a minimal node
// from its mention (or lexicon entry), so no edge is dropped silently.
void add_extracted_relations(DocumentAnalysis& analysis, const Document& document,
                             const Lexicon& lexicon, const std::vector<Entity>& events) {
  auto extracted = extract_relations(document, analysis.sentences, analysis.mentions, lexicon);
  auto ensure_node = [&](const std::string& id) {
    if (analysis.graph.find_entity(id)) return true;
    // An event left out as an orphan (no place, no relation) joins once a relation names it.
    for (const auto& event : events)
      if (event.id == id) {
        analysis.graph.add_entity(event);
        return true;
      }
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
  for (auto& relation : extracted.relations)
    if (ensure_node(relation.source) && ensure_node(relation.target))
      analysis.graph.add_relation(std::move(relation));
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

/// Evidence offsets point into document.text; an HTML page or a transcoded file
/// has them mapped back to the bytes read, so evidence always indexes the file.
KnowledgeGraph offsets_to_source(KnowledgeGraph graph, const Document& document) {
  if (document.source_map.empty()) return graph;
  const SourceMap& map = document.source_map;
  auto mapped = [&](Evidence evidence) {
    if (evidence.document != document.id) return evidence;
    // The sentence is a stretch of document.text: where the span lies in it is
    // told now, while start and end still index that text.
    const std::size_t sentence = document.text.rfind(evidence.text, evidence.start);
    if (sentence != std::string::npos && evidence.start <= evidence.end &&
        evidence.end <= sentence + evidence.text.size()) {
      evidence.text_start = evidence.start - sentence;
      evidence.text_end = evidence.end - sentence;
    }
    const std::size_t start = map.source_begin(evidence.start);
    evidence.end = std::max(start, map.source_end(evidence.end));
    evidence.start = start;
    return evidence;
  };
  KnowledgeGraph out;
  out.attributes = graph.attributes;
  for (const Entity* entity : graph.entities()) {
    Entity copy = *entity;
    copy.statements.clear();
    for (const Statement& statement : entity->statements)
      copy.statements.insert(Statement{statement.quote, mapped(statement.evidence)});
    out.add_entity(std::move(copy));
  }
  for (const Relation* relation : graph.relations()) {
    Relation copy = *relation;
    copy.evidence.clear();
    for (const Evidence& evidence : relation->evidence) copy.evidence.insert(mapped(evidence));
    out.add_relation(std::move(copy));
  }
  return out;
}

}  // namespace

Pipeline::Pipeline(Lexicon lexicon, PipelineOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}

DocumentAnalysis Pipeline::analyze(const Document& document) const {
  return analyze_cleaned(document, clean_document(document));
}

DocumentAnalysis Pipeline::analyze_cleaned(const Document& document, CleanedText cleaned) const {
  DocumentAnalysis analysis;
  analysis.cleaned = std::move(cleaned);
  analysis.sentences = segment(document.text, analysis.cleaned.blocks);
  const Tagger& tagger = Tagger::builtin();
  for (auto& sentence : analysis.sentences) tagger.tag(sentence);
  analysis.mentions = recognize_mentions(analysis.sentences, document.text, lexicon_);
  resolve_mentions(analysis.mentions, analysis.sentences, lexicon_);
  for (auto& entity : entities_from_mentions(analysis.mentions, document)) {
    analysis.graph.add_entity(std::move(entity));
  }

  // Events: talks, meetings, ceasefires as nodes, with their places.
  auto events = recognize_events(document, analysis.sentences, analysis.mentions, lexicon_);
  for (const auto& entity : events.entities)
    if (!events.orphans.count(entity.id)) analysis.graph.add_entity(entity);
  for (auto& relation : events.relations)
    if (analysis.graph.find_entity(relation.source) && analysis.graph.find_entity(relation.target))
      analysis.graph.add_relation(std::move(relation));
  analysis.mentions.insert(analysis.mentions.end(),
                           std::make_move_iterator(events.mentions.begin()),
                           std::make_move_iterator(events.mentions.end()));
  detail::sort_mentions(analysis.mentions);  // by sentence, then first token, stable
  // The chunker and the relation rules still read the HMM tagger's Penn tags (pos);
  // the parser adds UD tags and the dependency tree for the relation stage, in the
  // sentences that can hold a relation (two mentions, actors or events, or more) and
  // hold a word a tree rule can anchor on (relation_stage_reads_tree(): the others'
  // trees would be read by no one). Parsing costs more than the rest of the pipeline
  // (docs/performance.md). A run-on "sentence" of more than kMaxParsedTokens is not
  // parsed, which also bounds the cost of pathological input.
  if (options_.parse) {
    const DependencyParser& parser = DependencyParser::builtin();
    std::vector<std::size_t> mentions_in(analysis.sentences.size(), 0);
    for (const auto& mention : analysis.mentions) {
      if (mention.sentence < mentions_in.size()) ++mentions_in[mention.sentence];
    }
    for (std::size_t i = 0; i < analysis.sentences.size(); ++i)
      if (worth_parsing(analysis.sentences[i], mentions_in[i], options_.parse_all_candidates))
        parser.parse(analysis.sentences[i]);
  }
  add_extracted_relations(analysis, document, lexicon_, events.entities);
  return analysis;
}

KnowledgeGraph Pipeline::process(const Document& document) const {
  CleanedText cleaned = clean_document(document);
  auto windows = detail::split_into_windows(document.text, cleaned, options_.window_bytes);
  KnowledgeGraph graph;
  if (windows.size() <= 1) {
    graph = offsets_to_source(analyze_cleaned(document, std::move(cleaned)).graph, document);
  } else {
    // A document far longer than any article (a dump, a book, a feed on one line):
    // window by window, so memory is bounded by the window, not the document.
    for (auto& window : windows) graph.merge(analyze_cleaned(document, std::move(window)).graph);
    graph = offsets_to_source(std::move(graph), document);
  }
  // Its row of the documents table, so every evidence id leads to a title and URL.
  graph.documents.emplace(document.id, document_record(document));
  return graph;
}

KnowledgeGraph Pipeline::build(CorpusReader& reader) const {
  KnowledgeGraph graph = detail::parallel_merge(
      reader, detail::effective_jobs(options_.jobs),
      [this](const Document& document) { return process(document); }, options_.progress);
  finalize(graph);
  return graph;
}

void Pipeline::finalize(KnowledgeGraph& graph) const {
  // The resolver rebuilds nodes and edges; the documents table is not its business.
  auto documents = std::move(graph.documents);
  resolve_across_documents(graph);
  graph.documents = std::move(documents);
  // Provenance: which tool and which lexicon made the graph. Set here, not in
  // process(), so partial graphs merged later get the same values as build.
  graph.attributes["tool"] = std::string("actorgraph ") + ACTORGRAPH_VERSION;
  graph.attributes["lexicon_digest"] = lexicon_.digest();
}

}  // namespace actorgraph
