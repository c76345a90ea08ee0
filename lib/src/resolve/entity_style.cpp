// Fixed palette (Tableau 10 colours) and Graphviz shapes per entity type.
#include "resolve/entity_style.hpp"

#include <cstdio>

namespace actorgraph::detail {

EntityStyle entity_style(EntityType type) noexcept {
  switch (type) {
    case EntityType::country: return {31, 119, 180, "box"};
    case EntityType::government: return {23, 190, 207, "house"};
    case EntityType::organization: return {44, 160, 44, "component"};
    case EntityType::armed_group: return {214, 39, 40, "octagon"};
    case EntityType::person: return {255, 127, 14, "ellipse"};
    case EntityType::location: return {140, 86, 75, "invtriangle"};
    case EntityType::event: return {148, 103, 189, "diamond"};
  }
  return {127, 127, 127, "ellipse"};
}

std::string hex_color(const EntityStyle& style) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", style.r, style.g, style.b);
  return buffer;
}

}  // namespace actorgraph::detail
