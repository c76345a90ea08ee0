// Entity: a node of the knowledge graph (an actor or an event).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/evidence.hpp"

namespace actorgraph {

/// What kind of thing a node stands for.
enum class EntityType {
  country,
  government,
  organization,
  armed_group,
  person,
  location,
  event,
};

/// All entity types, in their canonical order.
inline constexpr EntityType kEntityTypes[] = {
    EntityType::country,     EntityType::government, EntityType::organization,
    EntityType::armed_group, EntityType::person,     EntityType::location,
    EntityType::event,
};

/// The lower-case name of a type as written in every file format ("armed_group").
std::string_view to_string(EntityType type) noexcept;

/// Parses a type name; std::nullopt if it is not one of the names above.
std::optional<EntityType> entity_type_from_string(std::string_view name) noexcept;

/// A quotation attributed to a speaker node, with the sentence it came from.
struct Statement {
  std::string quote;   ///< The quoted words, without the quotation marks.
  Evidence evidence;   ///< Where the quote and its attribution were read.

  friend auto operator<=>(const Statement&, const Statement&) = default;
  friend bool operator==(const Statement&, const Statement&) = default;
};

/// A node: one actor or event, however many names it was mentioned by.
struct Entity {
  std::string id;                 ///< Stable slug ("sergei-lavrov"); unique in a graph.
  std::string label;              ///< Name to show ("Sergei Lavrov").
  EntityType type = EntityType::organization;
  std::set<std::string> aliases;  ///< Every surface name seen for it, label included.
  std::set<std::string> roles;    ///< Titles and roles ("Foreign Minister").
  std::size_t mentions = 0;       ///< Number of mentions across all documents.
  std::string first_date;         ///< Earliest article date it appears in (YYYY-MM-DD) or empty.
  std::string last_date;          ///< Latest article date it appears in (YYYY-MM-DD) or empty.
  /// Further typed-as-string attributes ("country", "event_kind", "date_range", "place").
  /// Keys are lower_snake_case; every writer exports each key as its own column.
  std::map<std::string, std::string> attributes;
  std::set<Statement> statements; ///< Quotes attributed to this actor.

  /// Folds `other` (same id) into this entity. The result does not depend on
  /// the order of folding: sets are unioned, counts added, dates widened, and
  /// conflicting scalars resolved by a fixed total order.
  void merge(const Entity& other);

  friend bool operator==(const Entity&, const Entity&) = default;
};

}  // namespace actorgraph
