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
#include <filesystem>
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

/// How to run a pipeline.
struct PipelineOptions {
  std::size_t jobs = 0;  ///< Worker threads for build(); 0 = all cores.
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
  KnowledgeGraph build(CorpusReader& reader) const;

  /// The corpus-level step after merging partial graphs (cross-document
  /// name resolution). build() calls it; call it yourself after merging
  /// partial graphs made with process().
  void finalize(KnowledgeGraph& graph) const;

  const Lexicon& lexicon() const noexcept { return lexicon_; }

 private:
  Lexicon lexicon_;
  PipelineOptions options_;
};

}  // namespace actorgraph
