// Schema validation shared by the predicate lexicon and the dependency patterns.
#include "relations/rule_data.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>

#include <memory>
#include <string>

#include "actorgraph/error.hpp"
#include "io/json_diagnostics.hpp"
#include "io/json_fields.hpp"

namespace actorgraph::detail {
namespace {

// The field a pointer ends in ("/predicates/3/lemma" -> "lemma").
std::string field_of(const rapidjson::Pointer& p) {
  const auto n = p.GetTokenCount();
  if (n == 0) return "the document";
  const auto& last = p.GetTokens()[n - 1];
  if (last.index != rapidjson::kPointerInvalidIndex && n >= 2)
    return std::string("an item of ") + p.GetTokens()[n - 2].name;
  return std::string("field \"") + last.name + "\"";
}

}  // namespace

rapidjson::Document parse_validated(std::string_view json, std::string_view origin,
                                    std::string_view schema_text) {
  if (const auto at = json_too_deep_at(json))
    throw ParseError(std::string(origin) + ":" + json_line_column(json, *at) +
                     ": nested too deeply");
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError())
    throw ParseError(std::string(origin) + ":" + json_line_column(json, doc.GetErrorOffset()) +
                     ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  rapidjson::Document schema_json;
  schema_json.Parse(schema_text.data(), schema_text.size());
  if (schema_json.HasParseError())
    throw Error("embedded schema is not valid JSON");  // build defect
  const rapidjson::SchemaDocument schema(schema_json);
  rapidjson::SchemaValidator validator(schema);
  if (!doc.Accept(validator)) {
    const std::string keyword = validator.GetInvalidSchemaKeyword();
    const auto doc_pointer = validator.GetInvalidDocumentPointer();
    const auto schema_pointer = validator.GetInvalidSchemaPointer();
    const rapidjson::Value* instance = doc_pointer.Get(doc);
    const rapidjson::Value* rule = schema_pointer.Get(schema_json);
    std::string what = field_of(doc_pointer) + " violates \"" + keyword + "\"";
    if (keyword == "enum" && rule && rule->HasMember("enum")) {
      what = field_of(doc_pointer) + " must be one of";
      for (const auto& option : (*rule)["enum"].GetArray())
        what += std::string(" ") + (option.IsString() ? option.GetString() : "?");
    } else if (keyword == "pattern" && rule && rule->HasMember("pattern")) {
      what = field_of(doc_pointer) + " must match " + (*rule)["pattern"].GetString();
    } else if (keyword == "required" && rule && instance && instance->IsObject()) {
      for (const auto& f : (*rule)["required"].GetArray())
        if (!instance->HasMember(f)) {
          what = std::string("missing required field \"") + f.GetString() + "\"";
          break;
        }
    } else if (keyword == "additionalProperties") {
      what = "unknown " + field_of(doc_pointer);
    } else if (keyword == "type" && instance) {
      what = field_of(doc_pointer) + " has the wrong type (" + json_kind(*instance) + ")";
    }
    if (instance && instance->IsString())
      what += std::string(" (got \"") + instance->GetString() + "\")";
    throw ParseError(std::string(origin) + ": " + json_pointer_text(doc_pointer) + ": " + what);
  }
  return doc;
}

}  // namespace actorgraph::detail
