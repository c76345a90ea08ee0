// networkx node-link JSON writer (lossless: evidence and statements included).
#include <cmath>
#include <ostream>
#include <string>

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include "actorgraph/graph_format.hpp"
#include "io/export_text.hpp"

namespace actorgraph {

namespace {

/// A RapidJSON output stream that hands the text to a std::ostream 64 KiB at a
/// time: the graph is written as it is walked, never held whole in memory (a
/// large corpus gives a graph file of hundreds of megabytes).
class ChunkedStream {
 public:
  using Ch = char;
  explicit ChunkedStream(std::ostream& out) : out_(out) { chunk_.reserve(kChunk); }
  ~ChunkedStream() { Flush(); }
  ChunkedStream(const ChunkedStream&) = delete;
  ChunkedStream& operator=(const ChunkedStream&) = delete;
  void Put(char c) {
    chunk_.push_back(c);
    if (chunk_.size() >= kChunk) Flush();
  }
  void Flush() {
    out_.write(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
    chunk_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  std::ostream& out_;
  std::string chunk_;
};

// Pretty for files people open, compact for JSONL streams of partial graphs;
// both emit the same values in the same order.
using PrettyJsonWriter = rapidjson::PrettyWriter<ChunkedStream>;
using CompactJsonWriter = rapidjson::Writer<ChunkedStream>;

template <class JsonWriter>
void put(JsonWriter& w, std::string_view text) {
  // RapidJSON copies bytes as they are; repair the encoding so the file is always
  // JSON. Almost every string is valid already and is written without a copy.
  if (detail::is_valid_utf8(text)) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return;
  }
  std::string valid = detail::export_utf8(text);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

template <class JsonWriter>
void put_key(JsonWriter& w, std::string_view key) { put(w, key); }

template <class JsonWriter>
void put_set(JsonWriter& w, const std::set<std::string>& values) {
  w.StartArray();
  for (const std::string& v : values) put(w, v);
  w.EndArray();
}

template <class JsonWriter>
void put_number(JsonWriter& w, double value) {
  // Confidences are validated to [0, 1] on insertion; this guards the writer's
  // promise never to fail (RapidJSON refuses NaN and infinities).
  if (!std::isfinite(value)) value = 0.0;
  w.Double(value);
}

template <class JsonWriter>
void put_evidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  put_key(w, "document"), put(w, e.document);
  put_key(w, "sentence"), w.Uint64(e.sentence);
  put_key(w, "start"), w.Uint64(e.start);
  put_key(w, "end"), w.Uint64(e.end);
  put_key(w, "text"), put(w, e.text);
  put_key(w, "rule"), put(w, e.rule);
  put_key(w, "date"), put(w, e.date);
  put_key(w, "confidence"), put_number(w, e.confidence);
  if (e.text_end > e.text_start) {  // only an extracted or transcoded document has them
    put_key(w, "text_start"), w.Uint64(e.text_start);
    put_key(w, "text_end"), w.Uint64(e.text_end);
  }
  w.EndObject();
}

template <class JsonWriter>
void put_entity(JsonWriter& w, const Entity& entity) {
  w.StartObject();
  put_key(w, "id"), put(w, entity.id);
  put_key(w, "label"), put(w, entity.label);
  put_key(w, "type"), put(w, to_string(entity.type));
  put_key(w, "aliases"), put_set(w, entity.aliases);
  put_key(w, "roles"), put_set(w, entity.roles);
  put_key(w, "mentions"), w.Uint64(entity.mentions);
  put_key(w, "first_date"), put(w, entity.first_date);
  put_key(w, "last_date"), put(w, entity.last_date);
  put_key(w, "statements");
  w.StartArray();
  for (const Statement& s : entity.statements) {
    w.StartObject();
    put_key(w, "quote"), put(w, s.quote);
    put_key(w, "evidence"), put_evidence(w, s.evidence);
    w.EndObject();
  }
  w.EndArray();
  // Flattened like networkx node attributes; add_entity keeps them off the fixed keys.
  for (const auto& [key, value] : entity.attributes) put_key(w, key), put(w, value);
  w.EndObject();
}

template <class JsonWriter>
void put_relation(JsonWriter& w, const Relation& r) {
  w.StartObject();
  put_key(w, "source"), put(w, r.source);
  put_key(w, "target"), put(w, r.target);
  put_key(w, "key"), put(w, r.type);
  put_key(w, "relation"), put(w, r.type);
  put_key(w, "weight"), w.Uint64(r.weight());
  put_key(w, "confidence"), put_number(w, r.confidence());
  put_key(w, "documents"), put_set(w, r.documents());
  put_key(w, "dates"), put_set(w, r.dates());
  put_key(w, "evidence");
  w.StartArray();
  for (const Evidence& e : r.evidence) put_evidence(w, e);
  w.EndArray();
  w.EndObject();
}

template <class JsonWriter>
void put_graph(JsonWriter& w, const KnowledgeGraph& graph) {
  w.StartObject();
  put_key(w, "directed"), w.Bool(true);
  put_key(w, "multigraph"), w.Bool(true);
  put_key(w, "graph");
  w.StartObject();
  for (const auto& [key, value] : graph.attributes) put_key(w, key), put(w, value);
  w.EndObject();
  // The documents table (networkx's node_link_graph ignores keys it does not know).
  put_key(w, "documents");
  w.StartArray();
  for (const auto& [id, d] : graph.documents) {
    w.StartObject();
    put_key(w, "id"), put(w, d.id);
    put_key(w, "title"), put(w, d.title);
    put_key(w, "url"), put(w, d.url);
    put_key(w, "source"), put(w, d.source);
    put_key(w, "date"), put(w, d.date);
    put_key(w, "bytes"), w.Uint64(d.bytes);
    w.EndObject();
  }
  w.EndArray();
  put_key(w, "nodes");
  w.StartArray();
  for (const Entity* entity : graph.entities()) put_entity(w, *entity);
  w.EndArray();
  put_key(w, "links");
  w.StartArray();
  for (const Relation* relation : graph.relations()) put_relation(w, *relation);
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_json(const KnowledgeGraph& graph, std::ostream& out) {
  {
    ChunkedStream stream(out);
    PrettyJsonWriter w(stream);
    w.SetIndent(' ', 2);
    put_graph(w, graph);
  }
  out.put('\n');
}

void write_json_line(const KnowledgeGraph& graph, std::ostream& out) {
  {
    ChunkedStream stream(out);
    CompactJsonWriter w(stream);
    put_graph(w, graph);
  }
  out.put('\n');
}

}  // namespace actorgraph
