// Parallel, streaming processing of a corpus: one reader thread, N workers.
//
// The calling thread reads documents and hands them to workers through a
// bounded queue (bounded in documents and in bytes), so memory holds a few
// documents at a time, never the corpus. Workers keep their own state (for
// build(): one partial graph each) that the caller folds together at the end.
//
// Errors: the first error *in document order* wins, whatever the timing. When a
// document fails, reading stops, documents read before it are still processed
// (one of them may fail too and then takes precedence), later ones are dropped;
// then the error is rethrown on the calling thread. A reader error counts as the
// error of the document it was reading. Nothing blocks forever: every wait is
// also woken by the abort.
#pragma once

#include <cstddef>
#include <functional>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/document.hpp"
#include "actorgraph/knowledge_graph.hpp"
#include "actorgraph/pipeline.hpp"

namespace actorgraph::detail {

/// The worker count for a requested `jobs` (0 = hardware concurrency, at least 1).
std::size_t effective_jobs(std::size_t jobs) noexcept;

/// Work on one document: `worker` in [0, jobs) says which worker runs it (for
/// per-worker state), `index` is the document's 0-based position in the corpus.
using DocumentWork =
    std::function<void(std::size_t worker, std::size_t index, const Document& document)>;

/// Reads every document of `reader` on the calling thread and runs `work` on
/// `jobs` worker threads (already resolved: >= 1). Reports progress through
/// `progress` (if set) on the calling thread, at most about ten times a second
/// plus once at the end. Returns the number of documents processed. Rethrows
/// the earliest document's error (see above).
std::size_t for_each_document(CorpusReader& reader, std::size_t jobs, const DocumentWork& work,
                              const ProgressCallback& progress);

/// Pipeline::build without finalize(): per-worker partial graphs of `process`,
/// merged. The result does not depend on `jobs` because merging is associative
/// and commutative.
KnowledgeGraph parallel_merge(CorpusReader& reader, std::size_t jobs,
                              const std::function<KnowledgeGraph(const Document&)>& process,
                              const ProgressCallback& progress);

}  // namespace actorgraph::detail
