// Field readers shared by the JSON data loaders (see json_fields.hpp).
#include "io/json_fields.hpp"

#include "actorgraph/error.hpp"

namespace actorgraph::detail {

std::string json_kind(const rapidjson::Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  return "an object";
}

namespace {

using rapidjson::Value;

// RFC 6901: '~' is written "~0" and '/' "~1" inside a token.
void append_token(std::string& pointer, std::string_view token) {
  pointer.push_back('/');
  for (char c : token) {
    if (c == '~')
      pointer += "~0";
    else if (c == '/')
      pointer += "~1";
    else
      pointer.push_back(c);
  }
}

// The JSON pointer of `target` below `node` (which has pointer `pointer`), found by
// address. Only called to word an error, so a walk of the document costs nothing that
// matters; the depth is bounded by the loaders' nesting guard.
bool find_pointer(const Value& node, const Value& target, std::string& pointer) {
  if (&node == &target) return true;
  const auto length = pointer.size();
  if (node.IsObject()) {
    for (const auto& member : node.GetObject()) {
      append_token(pointer, {member.name.GetString(), member.name.GetStringLength()});
      if (find_pointer(member.value, target, pointer)) return true;
      pointer.resize(length);
    }
  } else if (node.IsArray()) {
    for (rapidjson::SizeType i = 0; i < node.Size(); ++i) {
      append_token(pointer, std::to_string(i));
      if (find_pointer(node[i], target, pointer)) return true;
      pointer.resize(length);
    }
  }
  return false;
}

}  // namespace

void JsonFields::wrong_type(const Value& value, std::string_view expected) const {
  std::string pointer;
  if (!find_pointer(*root_, value, pointer)) pointer = "(unknown place)";
  if (pointer.empty()) pointer = "/";
  throw ParseError(std::string(origin_) + ": " + pointer + ": must be " + std::string(expected) +
                   ", not " + json_kind(value));
}

const Value* JsonFields::member(const Value& object, const char* field) const {
  if (!object.IsObject()) wrong_type(object, "an object");
  const auto it = object.FindMember(field);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string JsonFields::string(const Value& object, const char* field) const {
  const Value* v = member(object, field);
  if (!v) return {};
  if (!v->IsString()) wrong_type(*v, "a string");
  return {v->GetString(), v->GetStringLength()};
}

std::vector<std::string> JsonFields::strings(const Value& object, const char* field) const {
  std::vector<std::string> out;
  const Value* v = member(object, field);
  if (!v) return out;
  if (!v->IsArray()) wrong_type(*v, "an array of strings");
  out.reserve(v->Size());
  for (const auto& item : v->GetArray()) {
    if (!item.IsString()) wrong_type(item, "a string");
    out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

bool JsonFields::boolean(const Value& object, const char* field) const {
  const Value* v = member(object, field);
  if (!v) return false;
  if (!v->IsBool()) wrong_type(*v, "true or false");
  return v->GetBool();
}

}  // namespace actorgraph::detail
