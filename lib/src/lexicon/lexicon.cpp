// Lexicon loading (RapidJSON + schema validation), merging and name lookup.
#include "actorgraph/lexicon.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <cstdio>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "actorgraph/error.hpp"
#include "io/json_diagnostics.hpp"
#include "io/json_fields.hpp"
#include "lexicon/lexicon_data.hpp"
#include "lexicon/lexicon_fold.hpp"

namespace actorgraph {
namespace {

using rapidjson::Value;

// The lexicon keeps its own table of type names so that it does not depend on
// the model module's to_string(); both follow the names of entity.hpp.
constexpr std::array<std::pair<std::string_view, EntityType>, 7> kTypeNames{{
    {"country", EntityType::country},
    {"government", EntityType::government},
    {"organization", EntityType::organization},
    {"armed_group", EntityType::armed_group},
    {"person", EntityType::person},
    {"location", EntityType::location},
    {"event", EntityType::event},
}};

EntityType parse_type(std::string_view name) {
  for (const auto& [text, type] : kTypeNames)
    if (text == name) return type;
  // Unreachable after schema validation, which checks the enum.
  return EntityType::organization;
}

std::string in_quotes(std::string_view s) {
  std::string out = "\"";
  out.append(s);
  out.push_back('"');
  return out;
}

// The schema, parsed once: a Document to read keyword values from when
// explaining an error, and the compiled SchemaDocument to validate with.
struct CompiledSchema {
  rapidjson::Document json;
  std::unique_ptr<rapidjson::SchemaDocument> schema;

  CompiledSchema() {
    const auto text = detail::lexicon_schema_text();
    json.Parse(text.data(), text.size());
    if (json.HasParseError())  // A build defect, not a user error.
      throw Error("embedded lexicon schema is not valid JSON");
    schema = std::make_unique<rapidjson::SchemaDocument>(json);
  }
};

const CompiledSchema& compiled_schema() {
  static const CompiledSchema compiled;
  return compiled;
}

// Names the expected JSON type(s) of a schema ("a string", "an object").
std::string expected_types(const Value& schema) {
  if (!schema.IsObject() || !schema.HasMember("type")) return "of another type";
  const Value& type = schema["type"];
  auto one = [](std::string_view t) -> std::string {
    if (t == "object" || t == "array" || t == "integer") return std::string("an ").append(t);
    return std::string("a ").append(t);
  };
  if (type.IsString()) return one(type.GetString());
  std::string out;
  if (type.IsArray()) {
    for (const auto& t : type.GetArray()) {
      if (!out.empty()) out += " or ";
      out += one(t.GetString());
    }
  }
  return out;
}

// Turns RapidJSON's (keyword, schema pointer, document pointer) into a message
// a lexicon author can act on.
[[noreturn]] void throw_schema_error(std::string_view origin, const rapidjson::Document& doc,
                                     const rapidjson::SchemaValidator& validator) {
  const std::string keyword = validator.GetInvalidSchemaKeyword();
  const auto doc_pointer = validator.GetInvalidDocumentPointer();
  const auto schema_pointer = validator.GetInvalidSchemaPointer();
  const Value* instance = doc_pointer.Get(doc);
  const Value* schema = schema_pointer.Get(compiled_schema().json);
  std::string where = detail::json_pointer_text(doc_pointer);
  std::string what;

  if (keyword == "type" && instance) {
    what = "must be " + expected_types(*schema) + ", not " + detail::json_kind(*instance);
  } else if (keyword == "enum" && schema && schema->HasMember("enum")) {
    what = "must be one of ";
    bool first = true;
    for (const auto& option : (*schema)["enum"].GetArray()) {
      if (!first) what += ", ";
      first = false;
      what += option.IsString() ? option.GetString() : "?";
    }
    if (instance && instance->IsString()) what += " (got " + in_quotes(instance->GetString()) + ")";
  } else if (keyword == "required" && instance && instance->IsObject() && schema) {
    for (const auto& field : (*schema)["required"].GetArray()) {
      if (!instance->HasMember(field)) {
        what = "missing required field " + in_quotes(field.GetString());
        break;
      }
    }
  } else if (keyword == "additionalProperties" && schema && schema->HasMember("properties")) {
    // The document pointer names the unknown member itself.
    what = "unknown field; allowed fields are ";
    bool first = true;
    for (const auto& known : (*schema)["properties"].GetObject()) {
      if (!first) what += ", ";
      first = false;
      what += known.name.GetString();
    }
  } else if (keyword == "pattern" && instance && instance->IsString() && schema) {
    what = in_quotes(instance->GetString()) + " does not match the pattern " +
           (*schema)["pattern"].GetString();
    const auto tokens = schema_pointer.GetTokenCount();
    const std::string_view rule =
        tokens > 0 ? std::string_view(schema_pointer.GetTokens()[tokens - 1].name) : "";
    if (rule == "slug")
      what += " (ids are lower-case letters and digits joined by '-', like \"south-sudan\")";
    else if (rule == "name")
      what += " (names must not start or end with a space)";
    else if (rule == "phrase")
      what += " (role phrases are lower-case words, like \"foreign minister\")";
  } else if ((keyword == "minLength" || keyword == "maxLength") && schema) {
    const unsigned limit = (*schema)[keyword.c_str()].GetUint();
    what = keyword == "minLength" && limit == 1
               ? std::string("must not be empty")
               : std::string("must have ") + (keyword == "minLength" ? "at least " : "at most ") +
                     std::to_string(limit) + " characters";
  }
  if (what.empty()) what = "violates the schema rule \"" + keyword + "\"";
  throw ParseError(std::string(origin) + ": " + where + ": " + what);
}

// Within one file a key may appear once; the message names both places.
template <typename Key>
void check_unique(std::unordered_map<Key, std::string>& seen, const Key& key,
                  const std::string& pointer, std::string_view origin, std::string_view what) {
  const auto [it, inserted] = seen.emplace(key, pointer);
  if (!inserted)
    throw ParseError(std::string(origin) + ": " + pointer + ": duplicate " + std::string(what) +
                     " " + in_quotes(key) + " (first at " + it->second + ")");
}

template <typename T, typename KeyOf>
void merge_by_key(std::vector<T>& into, const std::vector<T>& from, KeyOf key_of) {
  std::unordered_map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < into.size(); ++i) position.emplace(key_of(into[i]), i);
  for (const auto& item : from) {
    const auto it = position.find(key_of(item));
    if (it != position.end()) {
      into[it->second] = item;
    } else {
      position.emplace(key_of(item), into.size());
      into.push_back(item);
    }
  }
  std::sort(into.begin(), into.end(),
            [&](const T& a, const T& b) { return key_of(a) < key_of(b); });
}

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;

// FNV-1a 64: a stable, dependency-free digest (identification, not security).
std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

std::string Lexicon::digest() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "fnv1a64:%016llx", static_cast<unsigned long long>(digest_));
  return buffer;
}

const Lexicon& Lexicon::builtin() {
  // A function-local static is initialised once, thread-safely.
  static const Lexicon lexicon = from_json(detail::default_lexicon_text(), "<builtin lexicon>");
  return lexicon;
}

Lexicon Lexicon::from_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw IoError(path.string() + ": is a directory, not a lexicon file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string() + ": cannot open lexicon file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw IoError(path.string() + ": cannot read lexicon file");
  return from_json(buffer.str(), path.string());
}

Lexicon Lexicon::from_json(std::string_view json, std::string_view origin) {
  if (json.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw ParseError(std::string(origin) + ": empty file; a lexicon is a JSON object");

  if (const auto deep = detail::json_too_deep_at(json)) {
    throw ParseError(std::string(origin) + ":" + detail::json_line_column(json, *deep) +
                     ": invalid JSON: nested deeper than " + std::to_string(detail::kMaxJsonDepth) +
                     " levels (byte offset " + std::to_string(*deep) + ")");
  }
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    const auto offset = doc.GetErrorOffset();
    throw ParseError(std::string(origin) + ":" + detail::json_line_column(json, offset) +
                     ": invalid JSON: " + rapidjson::GetParseError_En(doc.GetParseError()) +
                     " (byte offset " + std::to_string(offset) + ")");
  }

  rapidjson::SchemaValidator validator(*compiled_schema().schema);
  if (!doc.Accept(validator)) throw_schema_error(origin, doc, validator);

  const detail::JsonFields fields(doc, origin);
  Lexicon lexicon;
  if (doc.HasMember("actors")) {
    std::unordered_map<std::string, std::string> seen;
    const auto& actors = doc["actors"].GetArray();
    for (rapidjson::SizeType i = 0; i < actors.Size(); ++i) {
      const Value& a = actors[i];
      LexiconActor actor;
      actor.id = fields.string(a, "id");
      check_unique(seen, actor.id, "/actors/" + std::to_string(i) + "/id", origin, "actor id");
      actor.name = fields.string(a, "name");
      actor.type = parse_type(fields.string(a, "type"));
      actor.aliases = fields.strings(a, "aliases");
      actor.demonyms = fields.strings(a, "demonyms");
      actor.capitals = fields.strings(a, "capitals");
      actor.country = fields.string(a, "country");
      actor.titles = fields.strings(a, "titles");
      actor.outlet = fields.boolean(a, "outlet");
      lexicon.actors_.push_back(std::move(actor));
    }
  }
  if (doc.HasMember("roles")) {
    std::unordered_map<std::string, std::string> seen;
    const auto& roles = doc["roles"].GetArray();
    for (rapidjson::SizeType i = 0; i < roles.Size(); ++i) {
      const Value& r = roles[i];
      RoleNoun role;
      role.phrase = fields.string(r, "phrase");
      check_unique(seen, role.phrase, "/roles/" + std::to_string(i) + "/phrase", origin,
                   "role phrase");
      role.refers_to = parse_type(fields.string(r, "refers_to"));
      role.is_title = fields.boolean(r, "is_title");
      lexicon.roles_.push_back(std::move(role));
    }
  }
  if (doc.HasMember("relations")) {
    std::unordered_map<std::string, std::string> seen;
    const auto& relations = doc["relations"].GetArray();
    for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
      const Value& r = relations[i];
      RelationDef rel;
      rel.type = fields.string(r, "type");
      check_unique(seen, rel.type, "/relations/" + std::to_string(i) + "/type", origin,
                   "relation type");
      rel.description = fields.string(r, "description");
      rel.symmetric = fields.boolean(r, "symmetric");
      rel.reaches_owner = r.HasMember("reaches_owner") && fields.boolean(r, "reaches_owner");
      rel.cameo = fields.string(r, "cameo");
      rel.plover = fields.string(r, "plover");
      rel.verbs = fields.strings(r, "verbs");
      rel.nouns = fields.strings(r, "nouns");
      rel.compounds = fields.strings(r, "compounds");
      lexicon.relations_.push_back(std::move(rel));
    }
  }
  if (doc.HasMember("events")) {
    std::unordered_map<std::string, std::string> seen;
    const auto& events = doc["events"].GetArray();
    for (rapidjson::SizeType i = 0; i < events.Size(); ++i) {
      const Value& e = events[i];
      EventKindDef def;
      def.kind = fields.string(e, "kind");
      check_unique(seen, def.kind, "/events/" + std::to_string(i) + "/kind", origin, "event kind");
      def.label = fields.string(e, "label");
      if (def.label.empty()) def.label = def.kind;
      def.gathering = fields.boolean(e, "gathering");
      def.located = fields.boolean(e, "located");
      def.needs_relation = fields.boolean(e, "needs_relation");
      def.triggers = fields.strings(e, "triggers");
      def.weak_triggers = fields.strings(e, "weak_triggers");
      def.weak_trigger_verbs = fields.strings(e, "weak_trigger_verbs");
      def.excluded_modifiers = fields.strings(e, "excluded_modifiers");
      def.verbs = fields.strings(e, "verbs");
      lexicon.event_kinds_.push_back(std::move(def));
    }
  }
  std::sort(lexicon.actors_.begin(), lexicon.actors_.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  std::sort(lexicon.roles_.begin(), lexicon.roles_.end(),
            [](const auto& a, const auto& b) { return a.phrase < b.phrase; });
  std::sort(lexicon.relations_.begin(), lexicon.relations_.end(),
            [](const auto& a, const auto& b) { return a.type < b.type; });
  std::sort(lexicon.event_kinds_.begin(), lexicon.event_kinds_.end(),
            [](const auto& a, const auto& b) { return a.kind < b.kind; });
  lexicon.rebuild_index();
  lexicon.digest_ = fnv1a(kFnvOffset, json);
  return lexicon;
}

void Lexicon::merge(const Lexicon& other) {
  merge_by_key(actors_, other.actors_, [](const LexiconActor& a) { return a.id; });
  merge_by_key(roles_, other.roles_, [](const RoleNoun& r) { return r.phrase; });
  merge_by_key(relations_, other.relations_, [](const RelationDef& r) { return r.type; });
  merge_by_key(event_kinds_, other.event_kinds_, [](const EventKindDef& e) { return e.kind; });
  rebuild_index();
  // Order matters (the later lexicon wins), so the digest chains both.
  char both[40];
  std::snprintf(both, sizeof both, "%016llx%016llx", static_cast<unsigned long long>(digest_),
                static_cast<unsigned long long>(other.digest_));
  digest_ = fnv1a(kFnvOffset, both);
}

const LexiconActor* Lexicon::find_actor(std::string_view id) const {
  const auto it =
      std::lower_bound(actors_.begin(), actors_.end(), id,
                       [](const LexiconActor& a, std::string_view k) { return a.id < k; });
  return it != actors_.end() && it->id == id ? &*it : nullptr;
}

const RelationDef* Lexicon::find_relation(std::string_view type) const {
  const auto it =
      std::lower_bound(relations_.begin(), relations_.end(), type,
                       [](const RelationDef& r, std::string_view k) { return r.type < k; });
  return it != relations_.end() && it->type == type ? &*it : nullptr;
}

const RoleNoun* Lexicon::find_role(std::string_view lower_phrase) const {
  // The recogniser asks about nearly every word. Most steps of the search are decided by the
  // first byte, compared inline (unsigned, as std::string compares) before a full compare.
  const auto it = std::lower_bound(roles_.begin(), roles_.end(), lower_phrase,
                                   [](const RoleNoun& r, std::string_view k) {
                                     const std::string_view p = r.phrase;
                                     if (!p.empty() && !k.empty() && p[0] != k[0])
                                       return static_cast<unsigned char>(p[0]) <
                                              static_cast<unsigned char>(k[0]);
                                     return p < k;
                                   });
  return it != roles_.end() && it->phrase == lower_phrase ? &*it : nullptr;
}

const EventKindDef* Lexicon::find_event_kind(std::string_view kind) const {
  const auto it =
      std::lower_bound(event_kinds_.begin(), event_kinds_.end(), kind,
                       [](const EventKindDef& e, std::string_view k) { return e.kind < k; });
  return it != event_kinds_.end() && it->kind == kind ? &*it : nullptr;
}

void Lexicon::rebuild_index() {
  index_.clear();
  caps_index_.clear();
  max_name_words_ = 0;
  auto add = [&](std::size_t actor, const std::string& form, LexiconMatch::Kind kind) {
    const std::string key = detail::fold_name(form);
    if (key.empty()) return;
    max_name_words_ = std::max(max_name_words_, detail::count_name_tokens(key));
    index_[key].emplace_back(actor, kind);
    // Sentence-initial capitalisation of a name written lower-case ("De Mistura").
    if (detail::starts_lower(key)) index_[detail::capitalise_first(key)].emplace_back(actor, kind);
    // All-caps headlines; a name that is itself all capitals ("US") matches only as written.
    if (!detail::is_all_caps(key)) caps_index_[detail::upper_case(key)].emplace_back(actor, kind);
    // Acronyms of four letters or more read as words are written with one capital by
    // several style books ("Nato", "Isis", "Opec", "Unicef"); shorter ones ("US", "AU",
    // "CAR") only as written, as "Us" or "Car" are words.
    if (const auto word = detail::acronym_as_word(key); !word.empty())
      index_[word].emplace_back(actor, kind);
  };
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    const auto& a = actors_[i];
    add(i, a.name, LexiconMatch::Kind::name);
    for (const auto& s : a.aliases) add(i, s, LexiconMatch::Kind::alias);
    for (const auto& s : a.demonyms) add(i, s, LexiconMatch::Kind::demonym);
    for (const auto& s : a.capitals) add(i, s, LexiconMatch::Kind::capital);
  }
}

std::vector<LexiconMatch> Lexicon::lookup(std::string_view surface) const {
  const std::string key = detail::fold_name(surface);
  if (key.empty()) return {};
  // Best kind per actor; actors_ is sorted by id, so ordering by index orders by id. A name
  // has few actors: a vector kept sorted by index, not a map node per actor.
  std::vector<LexiconMatch> out;
  auto collect = [&](const auto& index) {
    const auto it = index.find(key);
    if (it == index.end()) return;
    for (const auto& [actor, kind] : it->second) {
      const LexiconActor* a = &actors_[actor];
      const auto pos = std::lower_bound(out.begin(), out.end(), a,
                                        [](const LexiconMatch& m, const LexiconActor* x) { return m.actor < x; });
      if (pos == out.end() || pos->actor != a)
        out.insert(pos, LexiconMatch{a, kind});
      else if (kind < pos->kind)
        pos->kind = kind;
    }
  };
  collect(index_);
  if (detail::is_all_caps(key)) collect(caps_index_);
  return out;
}

}  // namespace actorgraph
