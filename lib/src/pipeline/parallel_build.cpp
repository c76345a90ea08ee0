// One reader, N workers, a bounded queue between them; see parallel_build.hpp.
#include "pipeline/parallel_build.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace actorgraph::detail {

namespace {

using Clock = std::chrono::steady_clock;

// A few documents per worker keep every worker busy while the reader catches up;
// the byte bound keeps a corpus of huge documents from filling memory.
constexpr std::size_t kQueuedDocumentsPerWorker = 4;
constexpr std::size_t kMaxQueuedBytes = std::size_t{64} << 20;
constexpr auto kProgressInterval = std::chrono::milliseconds(100);

struct Job {
  std::size_t index = 0;
  Document document;
};

std::size_t document_bytes(const Document& d) { return d.text.size() + d.title.size(); }

// Shared state of one run. Every wait checks `aborted`, and abort() wakes all
// waiters, so an error anywhere can never leave a thread blocked.
class WorkQueue {
 public:
  explicit WorkQueue(std::size_t max_documents) : max_documents_(max_documents) {}

  // Blocks while the queue is full. Returns false if the run was aborted.
  bool push(Job job) {
    std::unique_lock lock(mutex_);
    const std::size_t bytes = document_bytes(job.document);
    // An empty queue always takes one document, however large, so nothing waits forever.
    not_full_.wait(lock, [&] {
      return aborted_ || jobs_.empty() ||
             (jobs_.size() < max_documents_ && queued_bytes_ + bytes <= kMaxQueuedBytes);
    });
    if (aborted_) return false;
    queued_bytes_ += bytes;
    jobs_.push_back(std::move(job));
    not_empty_.notify_one();
    return true;
  }

  // Blocks until a job is available; nullopt once the queue is closed and drained.
  // After an abort, jobs after the failing document are dropped, earlier ones
  // still run: one of them may hold the error that must win.
  std::optional<Job> pop() {
    std::unique_lock lock(mutex_);
    for (;;) {
      not_empty_.wait(lock, [&] { return closed_ || !jobs_.empty(); });
      if (jobs_.empty()) return std::nullopt;
      Job job = std::move(jobs_.front());
      jobs_.pop_front();
      queued_bytes_ -= document_bytes(job.document);
      not_full_.notify_one();
      if (job.index < first_error_index_) return job;
    }
  }

  // No more jobs will be pushed.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }

  // Records the error of document `index`; the earliest document's error is kept.
  // Stops the reader and releases every waiter.
  void fail(std::size_t index, std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    if (index < first_error_index_) {
      first_error_index_ = index;
      first_error_ = std::move(error);
    }
    aborted_ = true;
    closed_ = true;
    not_full_.notify_all();
    not_empty_.notify_all();
  }

  bool aborted() {
    std::lock_guard lock(mutex_);
    return aborted_;
  }

  std::exception_ptr error() {
    std::lock_guard lock(mutex_);
    return first_error_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<Job> jobs_;
  std::size_t max_documents_;
  std::size_t queued_bytes_ = 0;
  bool closed_ = false;
  bool aborted_ = false;
  std::size_t first_error_index_ = std::numeric_limits<std::size_t>::max();
  std::exception_ptr first_error_;
};

// Joins the workers whatever happens on the reading thread: closing the queue
// first lets them finish, so the destructor cannot block on a waiting worker.
class WorkerPool {
 public:
  explicit WorkerPool(WorkQueue& queue) : queue_(queue) {}
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  ~WorkerPool() { join(); }

  template <class F>
  void spawn(F&& body) {
    threads_.emplace_back(std::forward<F>(body));
  }

  void join() {
    queue_.close();
    for (auto& thread : threads_)
      if (thread.joinable()) thread.join();
    threads_.clear();
  }

 private:
  WorkQueue& queue_;
  std::vector<std::thread> threads_;
};

struct Counters {
  std::mutex mutex;
  std::size_t documents = 0;
  std::uint64_t bytes = 0;
};

}  // namespace

std::size_t effective_jobs(std::size_t jobs) noexcept {
  if (jobs != 0) return jobs;
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

std::size_t for_each_document(CorpusReader& reader, std::size_t jobs, const DocumentWork& work,
                              const ProgressCallback& progress) {
  jobs = std::max<std::size_t>(1, jobs);
  WorkQueue queue(jobs * kQueuedDocumentsPerWorker);
  Counters counters;
  const auto start = Clock::now();

  auto report = [&](bool done) {
    if (!progress) return;
    BuildProgress p;
    {
      std::lock_guard lock(counters.mutex);
      p.documents = counters.documents;
      p.bytes = counters.bytes;
    }
    p.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    p.done = done;
    progress(p);
  };

  std::size_t read = 0;
  {
    WorkerPool pool(queue);
    try {
      for (std::size_t w = 0; w < jobs; ++w) {
        pool.spawn([&queue, &work, &counters, w] {
          while (auto job = queue.pop()) {
            try {
              work(w, job->index, job->document);
            } catch (...) {
              queue.fail(job->index, std::current_exception());
              continue;
            }
            std::lock_guard lock(counters.mutex);
            ++counters.documents;
            counters.bytes += document_bytes(job->document);
          }
        });
      }
      auto last_report = Clock::now();
      while (!queue.aborted()) {
        std::optional<Document> document;
        try {
          document = reader.next();
        } catch (...) {
          // A reader error is the error of the document being read: documents
          // before it are still processed, and one of theirs would win.
          queue.fail(read, std::current_exception());
          break;
        }
        if (!document) break;
        if (!queue.push(Job{read, std::move(*document)})) break;
        ++read;
        if (progress && Clock::now() - last_report >= kProgressInterval) {
          report(false);
          last_report = Clock::now();
        }
      }
    } catch (...) {
      // Thread creation or the progress callback failed: stop everything. No
      // document index is later than this, so a document's error still wins.
      queue.fail(std::numeric_limits<std::size_t>::max() - 1, std::current_exception());
    }
    pool.join();
  }
  if (auto error = queue.error()) std::rethrow_exception(error);
  report(true);
  return read;
}

KnowledgeGraph parallel_merge(CorpusReader& reader, std::size_t jobs,
                              const std::function<KnowledgeGraph(const Document&)>& process,
                              const ProgressCallback& progress) {
  jobs = std::max<std::size_t>(1, jobs);
  // One partial graph per worker: no lock on the hot path, one merge per worker at the end.
  std::vector<KnowledgeGraph> partials(jobs);
  for_each_document(
      reader, jobs,
      [&](std::size_t worker, std::size_t, const Document& document) {
        partials[worker].merge(process(document));
      },
      progress);
  // Merge is associative and commutative, so which worker got which document
  // does not change the result.
  KnowledgeGraph graph;
  for (auto& partial : partials) graph.merge(std::move(partial));
  return graph;
}

}  // namespace actorgraph::detail
