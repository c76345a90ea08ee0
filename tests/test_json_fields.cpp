// The field readers the JSON data loaders share (lib/src/io/json_fields.hpp).
#include <catch2/catch.hpp>

#include <string>

#include <rapidjson/document.h>

#include "actorgraph/error.hpp"
#include "io/json_fields.hpp"

using actorgraph::ParseError;
using actorgraph::detail::JsonFields;

namespace {

rapidjson::Document parse(const char* json) {
  rapidjson::Document doc;
  doc.Parse(json);
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string error_of(const auto& read) {
  try {
    read();
  } catch (const ParseError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("json fields: present fields are read, absent ones are empty", "[json_fields]") {
  const auto doc = parse(R"({"items": [{"name": "Oslo", "tags": ["a", "b"], "open": true}, {}]})");
  const JsonFields fields(doc, "cities.json");
  const auto& first = doc["items"][0];
  const auto& empty = doc["items"][1];
  CHECK(fields.string(first, "name") == "Oslo");
  CHECK(fields.strings(first, "tags") == std::vector<std::string>{"a", "b"});
  CHECK(fields.boolean(first, "open"));
  CHECK(fields.string(empty, "name").empty());
  CHECK(fields.strings(empty, "tags").empty());
  CHECK_FALSE(fields.boolean(empty, "open"));
}

TEST_CASE("json fields: a wrong type names the file, the pointer and the field", "[json_fields]") {
  const auto doc = parse(
      R"({"items": [{"name": "Oslo"}, {"name": 7, "tags": ["a", null], "open": "yes", "a/b": {"c": 1}}]})");
  const JsonFields fields(doc, "cities.json");
  const auto& bad = doc["items"][1];
  CHECK(error_of([&] { fields.string(bad, "name"); }) ==
        "cities.json: /items/1/name: must be a string, not a number");
  CHECK(error_of([&] { fields.strings(bad, "tags"); }) ==
        "cities.json: /items/1/tags/1: must be a string, not null");
  CHECK(error_of([&] { fields.strings(bad, "name"); }) ==
        "cities.json: /items/1/name: must be an array of strings, not a number");
  CHECK(error_of([&] { fields.boolean(bad, "open"); }) ==
        "cities.json: /items/1/open: must be true or false, not a string");
  // JSON pointer escapes ('/' is "~1") and a non-object holder.
  CHECK(error_of([&] { fields.string(bad["a/b"], "c"); }) ==
        "cities.json: /items/1/a~1b/c: must be a string, not a number");
  CHECK(error_of([&] { fields.string(doc["items"], "name"); }) ==
        "cities.json: /items: must be an object, not an array");
}
