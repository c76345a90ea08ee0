// Reads gold files: parse, validate against the embedded schema, then check
// what a schema cannot express (unique ids, relation endpoints that exist).
#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "actorgraph/error.hpp"
#include "actorgraph/evaluation.hpp"
#include "eval/gold_schema.hpp"
#include "io/json_diagnostics.hpp"

namespace actorgraph {

namespace {

using Value = rapidjson::Value;

// Parsed once; SchemaDocument is immutable and safe to share between threads.
const rapidjson::SchemaDocument& gold_schema() {
  static const rapidjson::SchemaDocument schema = [] {
    rapidjson::Document document;
    const std::string_view text = detail::gold_schema_json();
    document.Parse(text.data(), text.size());
    if (document.HasParseError())  // a broken embedded schema is a build defect
      throw Error("embedded gold schema is not valid JSON");
    return rapidjson::SchemaDocument(document);
  }();
  return schema;
}

// A gold file nests four levels deep. Validation (Accept) recurses, so input
// nested thousands deep could exhaust the stack: refuse it before parsing.
constexpr std::size_t kMaxDepth = 32;


std::string string_or_empty(const Value& object, const char* key) {
  const auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : std::string();
}

bool bool_or_false(const Value& object, const char* key) {
  const auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

std::optional<GoldSection> section_from_string(std::string_view name) {
  if (name == "actors") return GoldSection::actors;
  if (name == "events") return GoldSection::events;
  if (name == "edges") return GoldSection::edges;
  return std::nullopt;
}

}  // namespace

std::string Gold::canonical_relation(std::string_view relation) const {
  const auto it = relation_synonyms.find(std::string(relation));
  return it == relation_synonyms.end() ? std::string(relation) : it->second;
}

Gold read_gold(std::string_view json_text, std::string_view origin_view) {
  const std::string origin(origin_view);
  // Content errors read "file: /json/pointer: what", syntax errors "file:line:column: what".
  auto fail = [&](const std::string& pointer, const std::string& what) -> void {
    throw ParseError(origin + ": " + pointer + ": " + what);
  };
  auto fail_at = [&](std::size_t offset, const std::string& what) -> void {
    throw ParseError(origin + ":" + detail::json_line_column(json_text, offset) + ": " + what);
  };
  if (json_text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw ParseError(origin + ":1:1: empty document, expected a gold JSON object");
  if (const auto offset = detail::json_too_deep_at(json_text, kMaxDepth))
    fail_at(*offset, "nested deeper than " + std::to_string(kMaxDepth) + " levels");

  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json_text.data(), json_text.size());
  if (doc.HasParseError()) {
    fail_at(doc.GetErrorOffset(), std::string(rapidjson::GetParseError_En(doc.GetParseError())));
  }
  rapidjson::SchemaValidator validator(gold_schema());
  if (!doc.Accept(validator)) {
    fail(detail::json_pointer_text(validator.GetInvalidDocumentPointer()),
         std::string("does not match the gold schema (keyword '") + validator.GetInvalidSchemaKeyword() +
             "' at schema #" + detail::json_pointer_text(validator.GetInvalidSchemaPointer()) + ")");
  }

  Gold gold;
  gold.corpus = string_or_empty(doc, "corpus");
  gold.description = string_or_empty(doc, "description");
  std::map<std::string, std::size_t> index_of;
  const Value& entities = doc["entities"];
  for (rapidjson::SizeType i = 0; i < entities.Size(); ++i) {
    const Value& e = entities[i];
    const std::string pointer = "/entities/" + std::to_string(i);
    GoldEntity entity;
    entity.id = string_or_empty(e, "id");
    // The schema's enum lists exactly the EntityType names.
    entity.type = entity_type_from_string(string_or_empty(e, "type")).value_or(EntityType::organization);
    for (const auto& name : e["names"].GetArray()) entity.names.emplace_back(name.GetString(), name.GetStringLength());
    entity.optional = bool_or_false(e, "optional");
    entity.note = string_or_empty(e, "note");
    if (!index_of.emplace(entity.id, gold.entities.size()).second)
      fail(pointer + "/id", "duplicate entity id \"" + entity.id + "\"");
    gold.entities.push_back(std::move(entity));
  }

  if (const auto it = doc.FindMember("relation_synonyms"); it != doc.MemberEnd()) {
    for (const auto& member : it->value.GetObject()) {
      gold.relation_synonyms.emplace(std::string(member.name.GetString(), member.name.GetStringLength()),
                                     std::string(member.value.GetString(), member.value.GetStringLength()));
    }
  }
  if (const auto it = doc.FindMember("symmetric_relations"); it != doc.MemberEnd()) {
    for (const auto& name : it->value.GetArray())
      gold.symmetric_relations.insert(gold.canonical_relation(name.GetString()));
  }
  if (const auto it = doc.FindMember("scored_relations"); it != doc.MemberEnd()) {
    for (const auto& name : it->value.GetArray())
      gold.scored_relations.insert(gold.canonical_relation(name.GetString()));
  }
  if (const auto it = doc.FindMember("scored"); it != doc.MemberEnd()) {
    gold.scored_sections.clear();
    for (const auto& name : it->value.GetArray())
      if (const auto section = section_from_string(name.GetString())) gold.scored_sections.insert(*section);
  }

  if (const auto it = doc.FindMember("relations"); it != doc.MemberEnd()) {
    const Value& relations = it->value;
    for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
      const Value& r = relations[i];
      const std::string pointer = "/relations/" + std::to_string(i);
      GoldRelation relation;
      relation.source = string_or_empty(r, "source");
      relation.relation = gold.canonical_relation(string_or_empty(r, "relation"));
      relation.target = string_or_empty(r, "target");
      relation.document = string_or_empty(r, "document");
      relation.evidence = string_or_empty(r, "evidence");
      relation.optional = bool_or_false(r, "optional");
      relation.note = string_or_empty(r, "note");
      if (!index_of.contains(relation.source))
        fail(pointer + "/source", "unknown entity id \"" + relation.source + "\"");
      if (!index_of.contains(relation.target))
        fail(pointer + "/target", "unknown entity id \"" + relation.target + "\"");
      if (relation.relation.empty()) fail(pointer + "/relation", "empty relation name");
      gold.relations.push_back(std::move(relation));
    }
  }
  return gold;
}

Gold read_gold_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw IoError("cannot read '" + path.string() + "': is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read '" + path.string() + "': cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw IoError("cannot read '" + path.string() + "': read error");
  return read_gold(text.str(), path.string());
}

}  // namespace actorgraph
