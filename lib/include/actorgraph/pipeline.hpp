// Pipeline: from articles to a knowledge graph, one stage after another.
//
//   read -> clean -> segment -> tag -> recognise mentions -> resolve entities
//        -> (extract relations) -> aggregate into the graph
//
// A Pipeline is configured once and is then immutable: process() is const and
// safe to call from many threads, each document independently, and the
// per-document graphs merge into the corpus graph in any order with the same
// result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/document.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/relation.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

/// Everything the pipeline learnt from one document.
struct DocumentAnalysis {
  CleanedText cleaned;              ///< Kept and dropped stretches of the text.
  std::vector<Sentence> sentences;  ///< Tagged sentences of the kept text.
  std::vector<Mention> mentions;    ///< Resolved mentions.
  KnowledgeGraph graph;             ///< The document's partial graph.
  /// Relations read but not asserted (negated, hypothetical, demanded): kept out
  /// of the graph; each evidence rule id says why ("svo:negated").
  std::vector<Relation> unasserted;
};

/// How far a build() has got, for a progress display.
struct BuildProgress {
  std::size_t documents = 0;  ///< Documents processed so far.
  std::uint64_t bytes = 0;    ///< Bytes of document text processed so far.
  double seconds = 0;         ///< Wall-clock seconds since build() started.
  bool done = false;          ///< True for the last report, after every document.
};

/// Called by build() on the thread that called it (never concurrently), at most
/// about ten times a second and once more at the end. The library never prints
/// progress itself; the CLI draws it. An exception thrown here aborts build().
using ProgressCallback = std::function<void(const BuildProgress&)>;

/// How to run a pipeline.
struct PipelineOptions {
  std::size_t jobs = 0;       ///< Worker threads for build(); 0 = all cores.
  /// process() and build() read a document whose kept text is longer than this
  /// in windows of at most about this many bytes (cut between paragraphs, else
  /// after a sentence, else at a space), each analysed alone and their graphs
  /// merged: memory then grows with the window, not the document. News articles
  /// are far shorter, so they are read whole; 0 reads every document whole.
  /// analyze() always reads the document whole.
  std::size_t window_bytes = std::size_t{1} << 20;
  /// Tag and parse, with the built-in DependencyParser, every sentence whose tree the
  /// relation stage can read (two or more actor or event mentions, at most 250 tokens,
  /// and a word some tree rule anchors on: a predicate of the relation lexicon), so that
  /// its tokens carry `upos`, `head` and `deprel`. Other sentences, and all when off,
  /// keep them empty (head -1).
  bool parse = true;
  /// Also parse the sentences with two or more mentions that no tree rule can read (an
  /// embedder reading analyze()'s trees may want them). The graph is the same either way;
  /// the build takes longer.
  bool parse_all_candidates = false;
  ProgressCallback progress = {};  ///< Optional progress reports from build().
};

/// Turns documents into graphs using one lexicon.
class Pipeline {
 public:
  /// The lexicon is copied; later changes to the argument do not affect the pipeline.
  explicit Pipeline(Lexicon lexicon, PipelineOptions options = {});

  /// Runs every stage on one document.
  DocumentAnalysis analyze(const Document& document) const;

  /// The partial graph of one document (analyze(document).graph).
  KnowledgeGraph process(const Document& document) const;

  /// Reads every document of `reader`, processes it and merges the partial
  /// graphs, then runs the corpus-level resolution pass. Deterministic: the
  /// result does not depend on `options.jobs`.
  ///
  /// Streaming: the calling thread reads, `jobs` workers process documents from
  /// a small bounded queue into one partial graph each, merged at the end, so
  /// memory grows with the graph, not with the corpus. If documents fail, the
  /// error of the earliest failing document (in reading order) is rethrown,
  /// whatever the thread count.
  KnowledgeGraph build(CorpusReader& reader) const;

  /// The corpus-level step after merging partial graphs (cross-document
  /// name resolution). build() calls it; call it yourself after merging
  /// partial graphs made with process(). Must be idempotent (finalizing a
  /// finalized graph changes nothing): `actorgraph merge` relies on it, see
  /// partial_graphs.hpp.
  void finalize(KnowledgeGraph& graph) const;

  const Lexicon& lexicon() const noexcept { return lexicon_; }

 private:
  DocumentAnalysis analyze_cleaned(const Document& document, CleanedText cleaned) const;

  Lexicon lexicon_;
  PipelineOptions options_;
};

}  // namespace actorgraph
