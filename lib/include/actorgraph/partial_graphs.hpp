// Partial graphs for running the pipeline beyond one machine.
//
// `extract` is the map step: every document becomes its own partial graph,
// written as one compact graph JSON per line (JSONL). `merge` is the combine and
// reduce step: KnowledgeGraph::merge is associative and commutative, so partial
// graphs can be merged in any grouping and order, on any number of machines.
// Pipeline::finalize() then runs once on the merged graph:
//
//   finalize(merge(extract(shard 1), ..., extract(shard n))) == build(whole corpus)
//
// byte for byte in every export format (tests/clients/shards.sh).
//
// finalize() must be idempotent, so a reducer may be fed its own output:
// merging one finalized graph and finalizing again changes nothing. Graphs
// finalized separately on *different* shards merge into a valid graph too, but
// the result can differ from finalizing the whole corpus once when a decision
// needs the whole corpus (a surname matching one full name per shard but two
// overall): keep partial graphs unfinalized until the last merge
// (`actorgraph merge --no-finalize` for combiners). See docs/scaling.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <ostream>
#include <string_view>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/pipeline.hpp"

namespace actorgraph {

/// Writes the partial graph (Pipeline::process) of every document of `reader`
/// to `out`, one line each (write_json_line), in reading order, even for a
/// document that yields an empty graph. Documents are processed on `jobs`
/// worker threads (0 = all cores); the output does not depend on `jobs`.
/// Memory holds a bounded number of documents and lines, never the corpus.
/// Returns the number of documents. Throws the earliest document's error, or
/// IoError if writing to `out` fails.
std::size_t extract_partial_graphs(const Pipeline& pipeline, CorpusReader& reader,
                                   std::ostream& out, std::size_t jobs = 0,
                                   const ProgressCallback& progress = {});

/// Merges every graph read from `in` into `graph`. `in` holds either JSONL, one
/// graph JSON per line (blank lines skipped), or one graph JSON document over
/// many lines (as write_json writes it); the first non-blank line tells which.
/// `origin` names the stream in errors ("parts.jsonl:12:1:40: ..."). Returns
/// the number of graphs merged. Throws ParseError for malformed input.
std::size_t merge_graph_stream(std::istream& in, std::string_view origin, KnowledgeGraph& graph);

/// merge_graph_stream on a file; "-" reads standard input. Throws IoError if
/// the file cannot be read.
std::size_t merge_graph_file(const std::filesystem::path& path, KnowledgeGraph& graph);

}  // namespace actorgraph
