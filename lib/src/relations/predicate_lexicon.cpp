// Loading the predicate lexicon (RapidJSON + schema validation).
#include "relations/predicate_lexicon.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "actorgraph/error.hpp"
#include "io/json_fields.hpp"
#include "relations/rule_data.hpp"

namespace actorgraph {
namespace {

ArgSlot parse_slot(std::string_view text) {
  ArgSlot slot;
  if (text.starts_with("oblique:")) {
    slot.role = ArgRole::oblique;
    slot.prep = std::string(text.substr(8));
  } else if (text == "object") {
    slot.role = ArgRole::object;
  } else if (text == "possessor") {
    slot.role = ArgRole::possessor;
  } else if (text == "agent") {
    slot.role = ArgRole::agent;
  } else if (text == "modifier") {
    slot.role = ArgRole::modifier;
  } else if (text == "head") {
    slot.role = ArgRole::head;
  }  // "subject": the default; the schema's pattern admits nothing else
  return slot;
}

PredicatePos parse_pos(std::string_view text) {
  if (text == "noun") return PredicatePos::noun;
  if (text == "adj") return PredicatePos::adj;
  if (text == "compound") return PredicatePos::compound;
  if (text == "prep") return PredicatePos::prep;
  return PredicatePos::verb;
}

std::vector<ArgSlot> slots(const detail::JsonFields& fields, const rapidjson::Value& o,
                           const char* field) {
  std::vector<ArgSlot> out;
  for (const auto& s : fields.strings(o, field)) out.push_back(parse_slot(s));
  return out;
}

auto key(const Predicate& p) { return std::tie(p.lemma, p.pos, p.relation); }

}  // namespace

std::string to_string(const ArgSlot& slot) {
  switch (slot.role) {
    case ArgRole::subject:
      return "subject";
    case ArgRole::object:
      return "object";
    case ArgRole::oblique:
      return "oblique:" + slot.prep;
    case ArgRole::possessor:
      return "possessor";
    case ArgRole::agent:
      return "agent";
    case ArgRole::modifier:
      return "modifier";
    case ArgRole::head:
      return "head";
  }
  return "subject";
}

PredicateLexicon PredicateLexicon::from_json(std::string_view json, std::string_view origin) {
  const auto doc = detail::parse_validated(json, origin, detail::predicates_schema_text());
  const detail::JsonFields fields(doc, origin);
  PredicateLexicon lexicon;
  const auto& items = doc["predicates"].GetArray();
  lexicon.entries_.reserve(items.Size());
  for (const auto& item : items) {
    Predicate p;
    p.lemma = fields.string(item, "lemma");
    p.pos = parse_pos(fields.string(item, "pos"));
    p.relation = fields.string(item, "relation");
    p.source = slots(fields, item, "source");
    p.target = slots(fields, item, "target");
    p.cameo = fields.string(item, "cameo");
    p.plover = fields.string(item, "plover");
    p.origin = fields.string(item, "origin");
    lexicon.entries_.push_back(std::move(p));
  }
  std::stable_sort(lexicon.entries_.begin(), lexicon.entries_.end(),
                   [](const Predicate& a, const Predicate& b) { return key(a) < key(b); });
  for (std::size_t i = 1; i < lexicon.entries_.size(); ++i)
    if (key(lexicon.entries_[i - 1]) == key(lexicon.entries_[i]))
      throw ParseError(std::string(origin) + ": /predicates: duplicate predicate \"" +
                       lexicon.entries_[i].lemma + "\" for " + lexicon.entries_[i].relation);
  lexicon.index_heads();
  return lexicon;
}

PredicateLexicon PredicateLexicon::from_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string() + ": cannot open the predicate lexicon");
  std::ostringstream text;
  text << in.rdbuf();
  return from_json(text.str(), path.string());
}

const PredicateLexicon& PredicateLexicon::builtin() {
  static const PredicateLexicon lexicon =
      from_json(detail::default_predicates_text(), "lib/data/predicates.json");
  return lexicon;
}

std::span<const Predicate> PredicateLexicon::find(std::string_view lemma) const noexcept {
  const auto lo =
      std::lower_bound(entries_.begin(), entries_.end(), lemma,
                       [](const Predicate& p, std::string_view l) { return p.lemma < l; });
  auto hi = lo;
  while (hi != entries_.end() && hi->lemma == lemma) ++hi;
  return {lo, hi};
}

void PredicateLexicon::index_heads() {
  heads_.clear();
  heads_.reserve(entries_.size());
  rest_.clear();
  rest_.reserve(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Predicate& p = entries_[i];
    const std::string_view lemma = p.lemma;
    heads_.push_back({std::string(lemma.substr(0, lemma.find(' '))), p.pos, i});
    std::vector<std::string> rest;
    for (auto sp = lemma.find(' '); sp != std::string_view::npos;) {
      const auto next = lemma.find(' ', sp + 1);
      rest.emplace_back(
          lemma.substr(sp + 1, next == std::string_view::npos ? lemma.npos : next - sp - 1));
      sp = next;
    }
    auto oblique = [&](const std::vector<ArgSlot>& slots) {
      return std::any_of(slots.begin(), slots.end(), [&](const ArgSlot& s) {
        return s.role == ArgRole::oblique && s.prep == rest.back();
      });
    };
    if (!rest.empty() && (oblique(p.target) || oblique(p.source))) rest.pop_back();
    rest_.push_back(std::move(rest));
  }
  std::sort(heads_.begin(), heads_.end(), [](const HeadKey& a, const HeadKey& b) {
    return std::tie(a.head, a.pos, a.index) < std::tie(b.head, b.pos, b.index);
  });
}

std::vector<const Predicate*> PredicateLexicon::with_head(std::string_view head,
                                                          PredicatePos pos) const {
  std::vector<const Predicate*> out;
  // Compared as views: a tuple of a string and one of a string_view do not compare.
  const auto before = [](const HeadKey& k, const std::pair<std::string_view, PredicatePos>& q) {
    const std::string_view h = k.head;
    return h < q.first || (h == q.first && k.pos < q.second);
  };
  auto it = std::lower_bound(heads_.begin(), heads_.end(), std::pair{head, pos}, before);
  for (; it != heads_.end() && it->head == head && it->pos == pos; ++it)
    out.push_back(&entries_[it->index]);
  return out;
}

std::span<const std::string> PredicateLexicon::rest_words(const Predicate& p) const {
  return rest_[static_cast<std::size_t>(&p - entries_.data())];
}

}  // namespace actorgraph
