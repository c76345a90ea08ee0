// Entity types by name and the order-independent merge of two entity records.
#include "actorgraph/entity.hpp"

#include <algorithm>

namespace actorgraph {

std::string_view to_string(EntityType type) noexcept {
  switch (type) {
    case EntityType::country: return "country";
    case EntityType::government: return "government";
    case EntityType::organization: return "organization";
    case EntityType::armed_group: return "armed_group";
    case EntityType::person: return "person";
    case EntityType::location: return "location";
    case EntityType::event: return "event";
  }
  return "organization";
}

std::optional<EntityType> entity_type_from_string(std::string_view name) noexcept {
  for (EntityType type : kEntityTypes)
    if (to_string(type) == name) return type;
  return std::nullopt;
}

namespace {

// When two sources disagree on a type, the more specific reading wins. Organization
// is the default of a fresh Entity, so it ranks last: any real classification beats it.
int type_priority(EntityType type) noexcept {
  switch (type) {
    case EntityType::country: return 0;
    case EntityType::government: return 1;
    case EntityType::armed_group: return 2;
    case EntityType::person: return 3;
    case EntityType::event: return 4;
    case EntityType::location: return 5;
    case EntityType::organization: return 6;
  }
  return 7;
}

// Both label rules pick the maximum of a total order, so folding is associative and
// commutative: a longer (fuller) name wins, ties go to the lexicographically smaller.
bool better_label(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

void widen_dates(std::string& first, std::string& last, const Entity& other) {
  if (!other.first_date.empty() && (first.empty() || other.first_date < first))
    first = other.first_date;
  if (!other.last_date.empty() && (last.empty() || other.last_date > last))
    last = other.last_date;
}

}  // namespace

void Entity::merge(const Entity& other) {
  if (better_label(other.label, label)) label = other.label;
  if (type_priority(other.type) < type_priority(type)) type = other.type;
  aliases.insert(other.aliases.begin(), other.aliases.end());
  roles.insert(other.roles.begin(), other.roles.end());
  mentions += other.mentions;
  widen_dates(first_date, last_date, other);
  for (const auto& [key, value] : other.attributes) {
    auto [it, inserted] = attributes.emplace(key, value);
    if (!inserted && value < it->second) it->second = value;
  }
  statements.insert(other.statements.begin(), other.statements.end());
}

}  // namespace actorgraph
