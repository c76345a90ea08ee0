// extract (map) and merge (combine/reduce) of per-document partial graphs.
#include "actorgraph/partial_graphs.hpp"

#include <condition_variable>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>

#include <rapidjson/reader.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "pipeline/parallel_build.hpp"

namespace actorgraph {

namespace {

// Puts lines rendered out of order by the workers back into document order.
// A worker whose line is not next waits while too many lines are pending, so a
// slow document cannot make the buffer grow without bound. The worker holding
// the next line never waits (workers take documents in order, so the next one
// is always held by a running worker): no deadlock. abort() releases everyone.
class OrderedWriter {
 public:
  OrderedWriter(std::ostream& out, std::size_t max_pending) : out_(out), max_pending_(max_pending) {}

  void put(std::size_t index, std::string line) {
    std::unique_lock lock(mutex_);
    advanced_.wait(lock, [&] { return aborted_ || index == next_ || pending_.size() < max_pending_; });
    if (aborted_) return;
    pending_.emplace(index, std::move(line));
    while (!pending_.empty() && pending_.begin()->first == next_) {
      const std::string& text = pending_.begin()->second;
      out_.write(text.data(), static_cast<std::streamsize>(text.size()));
      pending_.erase(pending_.begin());
      ++next_;
    }
    if (!out_) {
      aborted_ = true;
      advanced_.notify_all();
      throw IoError("cannot write partial graphs: output stream failed");
    }
    advanced_.notify_all();
  }

  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    advanced_.notify_all();
  }

 private:
  std::ostream& out_;
  std::size_t max_pending_;
  std::mutex mutex_;
  std::condition_variable advanced_;
  std::map<std::size_t, std::string> pending_;
  std::size_t next_ = 0;
  bool aborted_ = false;
};

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// True if `line` is a complete JSON value by itself, false if it is only the
// start of one (the parse ran out of input). The iterative SAX parse builds no
// DOM and does not recurse, so hostile nesting cannot exhaust the stack.
// A line that is malformed before its end also counts as complete: read_json
// then reports the error with its line and column.
bool is_complete_json(std::string_view line) {
  rapidjson::Reader reader;
  rapidjson::BaseReaderHandler<> ignore;
  rapidjson::MemoryStream stream(line.data(), line.size());
  auto result = reader.Parse<rapidjson::kParseIterativeFlag>(stream, ignore);
  if (!result.IsError()) return true;
  std::size_t end = line.find_last_not_of(" \t\r\n");
  return result.Offset() <= end;
}

}  // namespace

std::size_t extract_partial_graphs(const Pipeline& pipeline, CorpusReader& reader,
                                   std::ostream& out, std::size_t jobs,
                                   const ProgressCallback& progress) {
  jobs = detail::effective_jobs(jobs);
  OrderedWriter writer(out, 16 * jobs + 64);
  std::size_t documents = detail::for_each_document(
      reader, jobs,
      [&](std::size_t, std::size_t index, const Document& document) {
        try {
          std::ostringstream line;
          write_json_line(pipeline.process(document), line);
          writer.put(index, std::move(line).str());
        } catch (...) {
          writer.abort();
          throw;
        }
      },
      progress);
  out.flush();
  if (!out) throw IoError("cannot write partial graphs: output stream failed");
  return documents;
}

std::size_t merge_graph_stream(std::istream& in, std::string_view origin, KnowledgeGraph& graph) {
  std::string line;
  std::size_t line_number = 0;
  std::size_t graphs = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++line_number;
    if (is_blank(line)) continue;
    if (first && !is_complete_json(line)) {
      // One graph JSON over many lines (write_json's pretty form).
      std::ostringstream rest;
      rest << line << '\n' << in.rdbuf();
      graph.merge(read_json(std::move(rest).str(), origin));
      return 1;
    }
    first = false;
    graph.merge(read_json(line, std::string(origin) + ":" + std::to_string(line_number)));
    ++graphs;
  }
  if (in.bad()) throw IoError("cannot read '" + std::string(origin) + "'");
  return graphs;
}

std::size_t merge_graph_file(const std::filesystem::path& path, KnowledgeGraph& graph) {
  if (path == "-") return merge_graph_stream(std::cin, "<stdin>", graph);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw IoError("cannot read '" + path.string() + "': is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read '" + path.string() + "': no such file or not readable");
  return merge_graph_stream(in, path.string(), graph);
}

}  // namespace actorgraph
