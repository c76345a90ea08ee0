// Export formats and the functions that write a graph in each of them.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "actorgraph/knowledge_graph.hpp"

namespace actorgraph {

/// The file formats a graph can be written in.
enum class GraphFormat {
  json,     ///< networkx node-link JSON, lossless (evidence included); readable back.
  graphml,  ///< GraphML 1.1, for Gephi, networkx, igraph, yEd.
  gexf,     ///< GEXF 1.3 with dynamics and viz, Gephi's native format.
  dot,      ///< Graphviz DOT.
  csv,      ///< *.nodes.csv and *.edges.csv for Gephi's spreadsheet import, and *.documents.csv.
};

/// Every format, in a fixed order.
inline constexpr GraphFormat kGraphFormats[] = {GraphFormat::json, GraphFormat::graphml,
                                                GraphFormat::gexf, GraphFormat::dot,
                                                GraphFormat::csv};

/// The format's name as given to `--format` ("graphml").
std::string_view to_string(GraphFormat format) noexcept;
/// Parses a format name (case-insensitive); std::nullopt if unknown.
std::optional<GraphFormat> graph_format_from_string(std::string_view name) noexcept;
/// The format implied by a file name's extension (".json", ".graphml", ".gexf",
/// ".dot"/".gv", ".csv"); std::nullopt if the extension says nothing.
std::optional<GraphFormat> graph_format_from_path(const std::filesystem::path& path) noexcept;

/// Writers to a stream. None of them throws for any graph content: every
/// string is escaped as its format requires.
void write_json(const KnowledgeGraph& graph, std::ostream& out);
/// The same JSON as write_json on a single line, then '\n': one record of a
/// JSONL stream of partial graphs (`actorgraph extract`). read_json reads it.
void write_json_line(const KnowledgeGraph& graph, std::ostream& out);
void write_graphml(const KnowledgeGraph& graph, std::ostream& out);
void write_gexf(const KnowledgeGraph& graph, std::ostream& out);
void write_dot(const KnowledgeGraph& graph, std::ostream& out);
void write_csv_nodes(const KnowledgeGraph& graph, std::ostream& out);
void write_csv_edges(const KnowledgeGraph& graph, std::ostream& out);
/// The documents table (KnowledgeGraph::documents): id, title, url, source, date, bytes.
void write_csv_documents(const KnowledgeGraph& graph, std::ostream& out);

/// Writes `graph` to `path` in `format` (or the format implied by the
/// extension; JSON for a device, FIFO or /dev/stdout without one). Each file is written to a temporary sibling and renamed into
/// place, so a failed write never leaves a partial file. For CSV, `path`
/// "g.csv" yields "g.nodes.csv", "g.edges.csv" and "g.documents.csv". Paths
/// are resolved by resolve_output_target (output_target.hpp): symlinks are
/// written through, devices and FIFOs in place. Returns the files written.
/// Throws InvalidArgument for an unknown format, IoError if writing fails.
std::vector<std::filesystem::path> write_graph_file(const KnowledgeGraph& graph,
                                                    const std::filesystem::path& path,
                                                    std::optional<GraphFormat> format = {});

/// Reads a graph written by write_json. Throws ParseError naming `origin`
/// (a file name, used only in messages) and the offending position or field.
KnowledgeGraph read_json(std::string_view json_text, std::string_view origin = "<json>");
/// Reads a graph JSON file. Throws IoError or ParseError naming the file.
KnowledgeGraph read_json_file(const std::filesystem::path& path);

}  // namespace actorgraph
