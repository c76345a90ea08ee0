// Format names, format from a file name, and writing a graph to files atomically.
#include "actorgraph/graph_format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "actorgraph/error.hpp"
#include "actorgraph/output_target.hpp"
#include "io/atomic_file.hpp"

namespace actorgraph {

std::string_view to_string(GraphFormat format) noexcept {
  switch (format) {
    case GraphFormat::json: return "json";
    case GraphFormat::graphml: return "graphml";
    case GraphFormat::gexf: return "gexf";
    case GraphFormat::dot: return "dot";
    case GraphFormat::csv: return "csv";
  }
  return "json";
}

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "g.csv" -> "g", "g.nodes.csv" -> "g" (so naming either CSV file of a pair works).
std::filesystem::path csv_base(const std::filesystem::path& path) {
  std::filesystem::path base = path;
  if (lower(base.extension().string()) == ".csv") base.replace_extension();
  std::string ext = lower(base.extension().string());
  if (ext == ".nodes" || ext == ".edges" || ext == ".documents") base.replace_extension();
  return base;
}

}  // namespace

std::optional<GraphFormat> graph_format_from_string(std::string_view name) noexcept {
  try {
    std::string wanted = lower(name);
    for (GraphFormat format : kGraphFormats)
      if (to_string(format) == wanted) return format;
    if (wanted == "gv") return GraphFormat::dot;
  } catch (...) {  // allocation failure: report "unknown" rather than escape a noexcept function
  }
  return std::nullopt;
}

std::optional<GraphFormat> graph_format_from_path(const std::filesystem::path& path) noexcept {
  try {
    std::string ext = path.extension().string();
    if (ext.size() < 2) return std::nullopt;
    return graph_format_from_string(std::string_view(ext).substr(1));
  } catch (...) {
    return std::nullopt;
  }
}

std::vector<std::filesystem::path> write_graph_file(const KnowledgeGraph& graph,
                                                    const std::filesystem::path& path,
                                                    std::optional<GraphFormat> format) {
  if (!format) format = graph_format_from_path(path);
  // A device, FIFO or descriptor (/dev/null, /dev/stdout) has no extension: JSON.
  if (!format && resolve_output_target(path).mode != OutputMode::replace)
    format = GraphFormat::json;
  if (!format)
    throw InvalidArgument("cannot tell the format of '" + path.string() +
                          "': use .json, .graphml, .gexf, .dot/.gv or .csv, or give a format");
  // Each file is streamed into its temporary; only once all are safely on disk
  // are they renamed, so a writer that fails leaves the old files untouched and
  // the three CSV files change together.
  auto streamed = [&graph](void (*writer)(const KnowledgeGraph&, std::ostream&)) {
    return [&graph, writer](std::ostream& out) { writer(graph, out); };
  };
  std::vector<detail::AtomicFile> files;
  files.reserve(3);
  switch (*format) {
    case GraphFormat::json:
      files.emplace_back(path, streamed(write_json));
      break;
    case GraphFormat::graphml:
      files.emplace_back(path, streamed(write_graphml));
      break;
    case GraphFormat::gexf:
      files.emplace_back(path, streamed(write_gexf));
      break;
    case GraphFormat::dot:
      files.emplace_back(path, streamed(write_dot));
      break;
    case GraphFormat::csv: {
      const std::string base = csv_base(path).string();
      files.emplace_back(std::filesystem::path(base + ".nodes.csv"), streamed(write_csv_nodes));
      files.emplace_back(std::filesystem::path(base + ".edges.csv"), streamed(write_csv_edges));
      files.emplace_back(std::filesystem::path(base + ".documents.csv"),
                         streamed(write_csv_documents));
      break;
    }
  }
  std::vector<std::filesystem::path> written;
  for (detail::AtomicFile& file : files) {
    file.commit();
    written.push_back(file.target());
  }
  return written;
}

}  // namespace actorgraph
