// Reading the fields of a parsed, schema-validated JSON document (lexicon, predicate
// lexicon, dependency patterns): one copy, so that every loader treats an absent field
// the same way and names the file, the JSON pointer and the field when one is wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace actorgraph::detail {

/// What a JSON value is, worded for an error message: "null", "a boolean", "a number",
/// "a string", "an array" or "an object".
std::string json_kind(const rapidjson::Value& v);

/// The optional fields of the objects of one document. An absent field reads as empty
/// (or false); a field of the wrong type, which the schema should have refused (a schema
/// that drifted from its loader), throws ParseError
/// "origin: /pointer/to/field: must be a string, not a number" instead of tripping a
/// RapidJSON assertion.
class JsonFields {
 public:
  /// `root` is the document the objects belong to (searched for a pointer only when a
  /// message needs one); `origin` names it in messages. Both must outlive this reader.
  JsonFields(const rapidjson::Value& root, std::string_view origin) noexcept
      : root_(&root), origin_(origin) {}

  /// The string field `field` of `object`, or "" if absent.
  std::string string(const rapidjson::Value& object, const char* field) const;
  /// The array-of-strings field `field` of `object`, or none if absent.
  std::vector<std::string> strings(const rapidjson::Value& object, const char* field) const;
  /// The boolean field `field` of `object`, or false if absent.
  bool boolean(const rapidjson::Value& object, const char* field) const;

 private:
  /// The member `field` of `object`, or null if absent; throws if `object` is no object.
  const rapidjson::Value* member(const rapidjson::Value& object, const char* field) const;
  [[noreturn]] void wrong_type(const rapidjson::Value& value, std::string_view expected) const;

  const rapidjson::Value* root_;
  std::string_view origin_;
};

}  // namespace actorgraph::detail
