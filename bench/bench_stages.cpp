#include "bench_stages.hpp"

#include <algorithm>
#include <chrono>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/parser.hpp"
#include "events/event_recognizer.hpp"
#include "mentions/mention_recognizer.hpp"
#include "relations/relation_extractor.hpp"
#include "relations/tree_gate.hpp"
#include "resolve/entity_resolver.hpp"
#include "syntax/tagger.hpp"
#include "text/cleaner.hpp"
#include "text/segmenter.hpp"

namespace actorgraph::bench {

namespace {
using Clock = std::chrono::steady_clock;

// Adds the time `f` takes to `total` and returns what it returns.
template <class F>
auto timed(double& total, F&& f) {
  const auto start = Clock::now();
  if constexpr (std::is_void_v<decltype(f())>) {
    f();
    total += std::chrono::duration<double>(Clock::now() - start).count();
  } else {
    auto result = f();
    total += std::chrono::duration<double>(Clock::now() - start).count();
    return result;
  }
}
}  // namespace

StageTimes time_stages(const std::filesystem::path& file) {
  const Lexicon& lexicon = Lexicon::builtin();
  const Tagger& tagger = Tagger::builtin();
  const DependencyParser& parser = DependencyParser::builtin();  // loaded before timing
  double read = 0, clean = 0, seg = 0, tag = 0, recognise = 0, resolve = 0, events = 0, parse = 0,
         extract = 0, aggregate = 0;
  StageTimes times;
  KnowledgeGraph corpus;
  CorpusReader reader({file});
  for (;;) {
    auto document = timed(read, [&] { return reader.next(); });
    if (!document) break;
    ++times.documents;
    const CleanedText cleaned = timed(clean, [&] { return clean_document(*document); });
    auto sentences = timed(seg, [&] { return segment(document->text, cleaned.blocks); });
    timed(tag, [&] {
      for (auto& sentence : sentences) tagger.tag(sentence);
    });
    times.sentences += sentences.size();
    for (const auto& sentence : sentences) times.tokens += sentence.tokens.size();
    auto mentions = timed(recognise, [&] { return recognize_mentions(sentences, document->text, lexicon); });
    timed(resolve, [&] { resolve_mentions(mentions, sentences, lexicon); });
    // Events, then relations over actor and event mentions, as Pipeline::analyze does.
    auto found = timed(events, [&] { return recognize_events(*document, sentences, mentions, lexicon); });
    timed(events, [&] {
      mentions.insert(mentions.end(), found.mentions.begin(), found.mentions.end());
      std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.token_begin < b.token_begin;
      });
    });
    // The sentences Pipeline::analyze parses (worth_parsing()), tagged and parsed by the model.
    timed(parse, [&] {
      std::vector<std::size_t> mentions_in(sentences.size(), 0);
      for (const auto& m : mentions)
        if (m.sentence < mentions_in.size()) ++mentions_in[m.sentence];
      for (std::size_t i = 0; i < sentences.size(); ++i)
        if (worth_parsing(sentences[i], mentions_in[i])) {
          parser.parse(sentences[i]);
          ++times.parsed_sentences;
          times.parsed_tokens += sentences[i].tokens.size();
        }
    });
    auto extracted = timed(extract, [&] { return extract_relations(*document, sentences, mentions, lexicon); });
    // The document's graph (nodes, event relations, relations whose endpoints
    // have nodes) folded into the corpus graph.
    timed(aggregate, [&] {
      KnowledgeGraph graph;
      for (const Entity& entity : entities_from_mentions(mentions, *document)) graph.add_entity(entity);
      for (const Entity& entity : found.entities)
        if (!found.orphans.count(entity.id)) graph.add_entity(entity);
      for (const auto* relations : {&found.relations, &extracted.relations})
        for (const Relation& relation : *relations)
          if (graph.find_entity(relation.source) && graph.find_entity(relation.target))
            graph.add_relation(relation);
      corpus.merge(std::move(graph));  // as parallel_merge does
    });
  }
  timed(aggregate, [&] { resolve_across_documents(corpus); });
  times.seconds = {
      {"read", read},           {"clean", clean},        {"segment", seg},   {"tag", tag},
      {"recognise", recognise}, {"resolve", resolve},    {"events", events}, {"parse", parse},
      {"extract", extract},     {"aggregate", aggregate}};
  return times;
}

}  // namespace actorgraph::bench
