// Loading dependency patterns (RapidJSON + schema validation).
#include "relations/dependency_patterns.hpp"

#include <fstream>
#include <sstream>
#include <unordered_set>

#include "actorgraph/error.hpp"
#include "io/json_fields.hpp"
#include "relations/rule_data.hpp"

namespace actorgraph {
namespace {

using rapidjson::Value;

ArgRole slot_of(std::string_view s) {
  if (s == "object") return ArgRole::object;
  if (s == "oblique") return ArgRole::oblique;
  if (s == "possessor") return ArgRole::possessor;
  if (s == "agent") return ArgRole::agent;
  if (s == "modifier") return ArgRole::modifier;
  if (s == "head") return ArgRole::head;
  return ArgRole::subject;
}

PredicatePos pos_of(std::string_view s) {
  if (s == "noun") return PredicatePos::noun;
  if (s == "adj") return PredicatePos::adj;
  if (s == "compound") return PredicatePos::compound;
  if (s == "prep") return PredicatePos::prep;
  return PredicatePos::verb;
}

EntityType type_of(std::string_view s) {
  if (s == "country") return EntityType::country;
  if (s == "government") return EntityType::government;
  if (s == "armed_group") return EntityType::armed_group;
  if (s == "person") return EntityType::person;
  if (s == "location") return EntityType::location;
  if (s == "event") return EntityType::event;
  return EntityType::organization;
}

}  // namespace

DependencyPatterns DependencyPatterns::from_json(std::string_view json, std::string_view origin) {
  const auto doc = detail::parse_validated(json, origin, detail::patterns_schema_text());
  const detail::JsonFields fields(doc, origin);
  DependencyPatterns patterns;
  const Value& m = doc["modality"];
  auto& w = patterns.modality_;
  w.negation = fields.strings(m, "negation");
  w.hypothetical_aux = fields.strings(m, "hypothetical_aux");
  w.demanded_aux = fields.strings(m, "demanded_aux");
  w.conditional_marks = fields.strings(m, "conditional_marks");
  w.future_aux = fields.strings(m, "future_aux");
  w.future_conditional_marks = fields.strings(m, "future_conditional_marks");
  w.intending_marks = fields.strings(m, "intending_marks");
  w.negating_controllers = fields.strings(m, "negating_controllers");
  w.intending_controllers = fields.strings(m, "intending_controllers");
  w.demanding_controllers = fields.strings(m, "demanding_controllers");
  patterns.naming_participles_ = fields.strings(doc, "naming_participles");
  patterns.office_verbs_ = fields.strings(doc, "office_verbs");
  patterns.partitive_heads_ = fields.strings(doc, "partitive_heads");
  patterns.inclusive_participles_ = fields.strings(doc, "inclusive_participles");
  if (doc.HasMember("implicative_object_controllers"))
    patterns.implicative_object_controllers_ =
        fields.strings(doc, "implicative_object_controllers");
  if (doc.HasMember("threats")) {
    patterns.threat_controllers_ = fields.strings(doc["threats"], "controllers");
    patterns.threat_relations_ = fields.strings(doc["threats"], "relations");
  }
  if (doc.HasMember("attempts")) {
    patterns.attempt_controllers_ = fields.strings(doc["attempts"], "controllers");
    patterns.attempt_relations_ = fields.strings(doc["attempts"], "relations");
  }
  if (doc.HasMember("claims")) {
    patterns.claim_controllers_ = fields.strings(doc["claims"], "controllers");
    patterns.claim_relations_ = fields.strings(doc["claims"], "relations");
  }
  std::unordered_set<std::string> ids;
  const auto& rules = doc["rules"].GetArray();
  for (rapidjson::SizeType i = 0; i < rules.Size(); ++i) {
    const Value& r = rules[i];
    PatternRule rule;
    rule.id = std::string(r["id"].GetString(), r["id"].GetStringLength());
    if (!ids.insert(rule.id).second)
      throw ParseError(std::string(origin) + ": /rules/" + std::to_string(i) +
                       "/id: duplicate rule id \"" + rule.id + "\"");
    rule.predicate = pos_of(r["predicate"].GetString());
    if (r.HasMember("relation")) rule.relation = r["relation"].GetString();
    rule.upos = fields.strings(r, "upos");
    rule.requires_arcs = fields.strings(r, "requires");
    rule.forbids_arcs = fields.strings(r, "forbids");
    rule.lemmas = fields.strings(r, "lemmas");
    rule.forbids_cases = fields.strings(r, "forbids_cases");
    rule.confidence = r["confidence"].GetDouble();
    for (const auto& a : r["args"].GetArray()) {
      PatternArg arg;
      arg.slot = slot_of(a["slot"].GetString());
      arg.deprels = fields.strings(a, "deprel");
      arg.from_parent =
          a.HasMember("direction") && std::string_view(a["direction"].GetString()) == "parent";
      arg.cases = fields.strings(a, "case");
      for (const auto& t : fields.strings(a, "types")) arg.types.push_back(type_of(t));
      arg.pairwise = a.HasMember("pairwise") && a["pairwise"].GetBool();
      rule.args.push_back(std::move(arg));
    }
    const bool pairwise = rule.args.size() == 1 && rule.args[0].pairwise;
    if (rule.args.size() != 2 && !pairwise)
      throw ParseError(std::string(origin) + ": /rules/" + std::to_string(i) +
                       "/args: a rule names two arguments, or one pairwise argument");
    patterns.rules_.push_back(std::move(rule));
  }
  return patterns;
}

DependencyPatterns DependencyPatterns::from_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string() + ": cannot open the dependency patterns");
  std::ostringstream text;
  text << in.rdbuf();
  return from_json(text.str(), path.string());
}

const DependencyPatterns& DependencyPatterns::builtin() {
  static const DependencyPatterns patterns =
      from_json(detail::default_patterns_text(), "lib/data/patterns/dependency.json");
  return patterns;
}

}  // namespace actorgraph
