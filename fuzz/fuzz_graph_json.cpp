// Fuzzes the graph JSON reader and the partial-graph stream merger. A graph
// that reads must write and read back to the same graph (the JSON is lossless),
// in both the pretty and the one-line form.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/partial_graphs.hpp"

using namespace actorgraph;

// Warnings about repaired input are expected by the thousand: keep the log quiet.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const KnowledgeGraph graph = read_json(text, "fuzz.json");
    std::ostringstream pretty, line;
    write_json(graph, pretty);
    write_json_line(graph, line);
    if (!(read_json(pretty.str(), "pretty") == graph)) __builtin_trap();
    if (!(read_json(line.str(), "line") == graph)) __builtin_trap();
    std::ostringstream others;
    write_graphml(graph, others);
    write_gexf(graph, others);
    write_dot(graph, others);
    write_csv_nodes(graph, others);
    write_csv_edges(graph, others);
  } catch (const Error&) {
  }
  try {
    std::istringstream in(text);
    KnowledgeGraph merged;
    merge_graph_stream(in, "fuzz.jsonl", merged);
  } catch (const Error&) {
  }
  return 0;
}
