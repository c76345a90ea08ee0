// How each entity type is drawn: one fixed palette shared by the GEXF and DOT writers,
// so a type has the same colour in Gephi and in Graphviz.
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/entity.hpp"

namespace actorgraph::detail {

struct EntityStyle {
  unsigned char r, g, b;     ///< Fill colour.
  std::string_view shape;    ///< Graphviz node shape.
};

EntityStyle entity_style(EntityType type) noexcept;
/// The fill colour as "#rrggbb".
std::string hex_color(const EntityStyle& style);

}  // namespace actorgraph::detail
