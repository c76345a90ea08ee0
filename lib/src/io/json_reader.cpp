// Reads the node-link JSON written by write_json: parse, validate against the
// embedded schema, then rebuild the graph. Every error names the origin and
// where in the document it is (line:column for syntax, JSON pointer for content).
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
#include "actorgraph/graph_format.hpp"
#include "io/graph_schema.hpp"
#include "io/json_diagnostics.hpp"

namespace actorgraph {

namespace {

using Value = rapidjson::Value;

// The schema is parsed once; SchemaDocument is immutable and safe to share between threads.
const rapidjson::SchemaDocument& graph_schema() {
  static const rapidjson::SchemaDocument schema = [] {
    rapidjson::Document document;
    std::string_view text = detail::graph_schema_json();
    document.Parse(text.data(), text.size());
    if (document.HasParseError())  // a broken embedded schema is a build defect, not user error
      throw Error("embedded graph schema is not valid JSON");
    return rapidjson::SchemaDocument(document);
  }();
  return schema;
}

// A graph file nests six levels deep. RapidJSON's DOM parse and Accept() recurse,
// so hostile input nested thousands deep could exhaust the stack: refuse it first.
constexpr std::size_t kMaxDepth = 64;

class GraphReader {
 public:
  explicit GraphReader(std::string_view origin) : origin_(origin) {}

  [[noreturn]] void fail(const std::string& pointer, const std::string& what) const {
    throw ParseError(origin_ + ": " + pointer + ": " + what);
  }

  std::string str(const Value& v) const { return std::string(v.GetString(), v.GetStringLength()); }

  std::set<std::string> string_set(const Value& array) const {
    std::set<std::string> out;
    for (const Value& v : array.GetArray()) out.insert(str(v));
    return out;
  }

  Evidence evidence(const Value& v) const {
    Evidence e;
    e.document = str(v["document"]);
    e.sentence = static_cast<std::size_t>(v["sentence"].GetUint64());
    e.start = static_cast<std::size_t>(v["start"].GetUint64());
    e.end = static_cast<std::size_t>(v["end"].GetUint64());
    e.text = str(v["text"]);
    e.rule = str(v["rule"]);
    e.date = str(v["date"]);
    e.confidence = v["confidence"].GetDouble();
    if (v.HasMember("text_start") && v.HasMember("text_end")) {
      e.text_start = static_cast<std::size_t>(v["text_start"].GetUint64());
      e.text_end = static_cast<std::size_t>(v["text_end"].GetUint64());
    }
    return e;
  }

  Entity entity(const Value& v) const {
    static constexpr std::string_view kFixed[] = {"id",       "label",      "type",
                                                  "aliases",  "roles",      "mentions",
                                                  "first_date", "last_date", "statements"};
    Entity e;
    e.id = str(v["id"]);
    e.label = str(v["label"]);
    e.type = *entity_type_from_string(str(v["type"]));  // the schema's enum guarantees a name
    e.aliases = string_set(v["aliases"]);
    e.roles = string_set(v["roles"]);
    e.mentions = static_cast<std::size_t>(v["mentions"].GetUint64());
    e.first_date = str(v["first_date"]);
    e.last_date = str(v["last_date"]);
    for (const Value& s : v["statements"].GetArray())
      e.statements.insert(Statement{str(s["quote"]), evidence(s["evidence"])});
    for (const auto& member : v.GetObject()) {
      std::string key = str(member.name);
      if (std::find(std::begin(kFixed), std::end(kFixed), key) == std::end(kFixed))
        e.attributes[key] = str(member.value);
    }
    return e;
  }

  KnowledgeGraph graph(const rapidjson::Document& doc) const {
    KnowledgeGraph graph;
    for (const auto& member : doc["graph"].GetObject())
      graph.attributes[str(member.name)] = str(member.value);
    // Optional: graphs written before the documents table have none.
    if (const auto documents = doc.FindMember("documents"); documents != doc.MemberEnd()) {
      const Value& list = documents->value;
      for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
        const Value& d = list[i];
        DocumentRecord record{str(d["id"]),   str(d["title"]),
                              str(d["url"]),  str(d["source"]),
                              str(d["date"]), static_cast<std::size_t>(d["bytes"].GetUint64())};
        if (!graph.documents.emplace(record.id, record).second)
          fail("/documents/" + std::to_string(i) + "/id",
               "duplicate document id \"" + record.id + "\"");
      }
    }
    const Value& nodes = doc["nodes"];
    for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
      std::string pointer = "/nodes/" + std::to_string(i);
      Entity e = entity(nodes[i]);
      if (graph.find_entity(e.id)) fail(pointer + "/id", "duplicate node id \"" + e.id + "\"");
      try {
        graph.add_entity(e);
      } catch (const InvalidArgument& error) {
        fail(pointer, error.what());
      }
    }
    const Value& links = doc["links"];
    for (rapidjson::SizeType i = 0; i < links.Size(); ++i) {
      std::string pointer = "/links/" + std::to_string(i);
      const Value& l = links[i];
      Relation r;
      r.source = str(l["source"]);
      r.target = str(l["target"]);
      r.type = str(l["relation"]);
      if (str(l["key"]) != r.type) fail(pointer + "/key", "key must equal relation \"" + r.type + "\"");
      if (!graph.find_entity(r.source))
        fail(pointer + "/source", "unknown node id \"" + r.source + "\"");
      if (!graph.find_entity(r.target))
        fail(pointer + "/target", "unknown node id \"" + r.target + "\"");
      if (graph.find_relation(r.source, r.type, r.target))
        fail(pointer, "duplicate link " + r.source + " -" + r.type + "-> " + r.target);
      for (const Value& e : l["evidence"].GetArray()) r.evidence.insert(evidence(e));
      // weight, confidence, documents and dates are derived from the evidence and
      // recomputed; a file whose figures disagree would be silently inconsistent.
      if (l["weight"].GetUint64() != r.weight())
        fail(pointer + "/weight", "weight " + std::to_string(l["weight"].GetUint64()) +
                                      " differs from the number of distinct evidence items (" +
                                      std::to_string(r.weight()) + ")");
      try {
        graph.add_relation(r);
      } catch (const InvalidArgument& error) {
        fail(pointer, error.what());
      }
    }
    return graph;
  }

 private:
  std::string origin_;
};

}  // namespace

KnowledgeGraph read_json(std::string_view json_text, std::string_view origin) {
  if (json_text.empty())
    throw ParseError(std::string(origin) + ":1:1: empty document, expected a graph JSON object");
  if (auto offset = detail::json_too_deep_at(json_text, kMaxDepth)) {
    throw ParseError(std::string(origin) + ":" + detail::json_line_column(json_text, *offset) +
                     ": nested deeper than " + std::to_string(kMaxDepth) + " levels");
  }
  rapidjson::Document doc;
  // Full precision so that every double reads back to the exact value written.
  doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(
      json_text.data(), json_text.size());
  if (doc.HasParseError()) {
    throw ParseError(std::string(origin) + ":" + detail::json_line_column(json_text, doc.GetErrorOffset()) +
                     ": " + rapidjson::GetParseError_En(doc.GetParseError()) + " (byte offset " +
                     std::to_string(doc.GetErrorOffset()) + ")");
  }
  rapidjson::SchemaValidator validator(graph_schema());
  if (!doc.Accept(validator)) {
    throw ParseError(std::string(origin) + ": " + detail::json_pointer_text(validator.GetInvalidDocumentPointer()) +
                     ": does not match the graph schema (keyword '" +
                     validator.GetInvalidSchemaKeyword() + "' at schema #" +
                     detail::json_pointer_text(validator.GetInvalidSchemaPointer()) + ")");
  }
  return GraphReader(origin).graph(doc);
}

KnowledgeGraph read_json_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw IoError("cannot read '" + path.string() + "': is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read '" + path.string() + "': cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw IoError("cannot read '" + path.string() + "': read error");
  return read_json(text.str(), path.string());
}

}  // namespace actorgraph
