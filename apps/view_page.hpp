// The evidence viewer page of `actorgraph view`: one self-contained HTML file.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "actorgraph/knowledge_graph.hpp"

namespace actorgraph::cli {

/// What the page knows about a document beyond its id (from the graph JSON's
/// "documents" table, when it has one).
struct DocumentInfo {
  std::string title;
  std::string url;
};

struct ViewOptions {
  std::string title = "actorgraph";
  std::size_t max_evidence = 50;  ///< Per edge, in evidence order; 0 = all.
  std::size_t iterations = 300;   ///< Fruchterman-Reingold steps.
};

/// The page: the graph laid out with Boost.Graph's Fruchterman-Reingold
/// force-directed layout (from a circle, so no randomness) and drawn as inline
/// SVG, filters by relation and type, and our own small script that lists an
/// edge's (or a node's) evidence on click with both ends highlighted. No
/// network access, no third-party code; every string HTML- or JSON-escaped.
/// The same graph always gives the same bytes.
std::string render_view_page(const KnowledgeGraph& graph,
                             const std::map<std::string, DocumentInfo>& documents,
                             const ViewOptions& options);

}  // namespace actorgraph::cli
