// Graphs for the model and writer tests: a small graph full of hostile strings
// and a seeded generator of random-ish graphs over a shared id space.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>

#include <sys/wait.h>

#include "actorgraph/knowledge_graph.hpp"

namespace actorgraph::test {

inline Evidence make_evidence(std::string document, std::size_t sentence, std::string text,
                              std::string rule, std::string date, double confidence = 1.0) {
  Evidence e;
  e.document = std::move(document);
  e.sentence = sentence;
  e.start = sentence * 100;
  e.end = e.start + text.size();
  e.text = std::move(text);
  e.rule = std::move(rule);
  e.date = std::move(date);
  e.confidence = confidence;
  return e;
}

inline Entity make_entity(std::string id, std::string label, EntityType type, std::size_t mentions = 1,
                          std::string first = "", std::string last = "") {
  Entity e;
  e.id = std::move(id);
  e.label = std::move(label);
  e.type = type;
  e.aliases.insert(e.label);
  e.mentions = mentions;
  e.first_date = std::move(first);
  e.last_date = std::move(last);
  return e;
}

inline Relation make_relation(std::string source, std::string type, std::string target,
                              std::initializer_list<Evidence> evidence) {
  Relation r;
  r.source = std::move(source);
  r.type = std::move(type);
  r.target = std::move(target);
  r.evidence.insert(evidence.begin(), evidence.end());
  return r;
}

/// Ids and labels chosen to break naive writers: DOT keywords as ids, quotes,
/// backslashes, markup characters, a control character, non-ASCII scripts.
inline KnowledgeGraph hostile_graph() {
  KnowledgeGraph g;
  g.attributes["name"] = "hostile \"graph\" <&>";
  g.attributes["corpus"] = "unit-tests";
  Entity brazil = make_entity("brazil", "Brasil \"BR\" <&> São Paulo", EntityType::country, 7, "2020-05-01",
                              "2020-05-03");
  brazil.attributes["iso_code"] = "BR";
  brazil.roles.insert("Host, \"neutral\" party");
  g.add_entity(brazil);
  g.add_entity(make_entity("node", "node", EntityType::armed_group, 2, "2020-05-02", "2020-05-02"));
  g.add_entity(make_entity("graph", "Back\\slash \\N group", EntityType::organization, 1));
  Entity person = make_entity("nursultan-abdrakhmanov", "Нурсултан Абдрахманов", EntityType::person, 3,
                              "2020-05-01", "2020-05-03");
  person.roles.insert("Envoy");
  person.statements.insert(Statement{
      "We will \"not\" leave\x01 <now>",
      make_evidence("doc-2", 4, "\"We will not leave\", he said.", "quote.said", "2020-05-03", 0.9)});
  g.add_entity(person);
  Entity summit = make_entity("lima-summit", "Lima summit\nline two", EntityType::event, 4, "2020-05-01",
                              "2020-05-03");
  summit.attributes["place"] = "Lima, Perú";
  g.add_entity(summit);
  g.add_relation(make_relation(
      "brazil", "hosts", "lima-summit",
      {make_evidence("doc-1", 0, "Brazil hosted the Lima summit & more.", "svo.host", "2020-05-01", 0.8)}));
  g.add_relation(make_relation(
      "brazil", "attends", "lima-summit",
      {make_evidence("doc-1", 1, "Brazil attended <the> summit.", "svo.attend", "2020-05-01", 0.5),
       make_evidence("doc-2", 2, "Brasil, again, at the summit.", "svo.attend", "2020-05-03", 0.5)}));
  g.add_relation(make_relation(
      "nursultan-abdrakhmanov", "leads", "node",
      {make_evidence("doc-2", 3, "Абдрахманов leads the \"node\" faction.", "appos.lead", "2020-05-03", 0.7)}));
  g.add_relation(make_relation(
      "graph", "criticises", "brazil",
      {make_evidence("doc-3", 0, "The group said C:\\path\\n was wrong.", "svo.criticise", "", 0.6)}));
  return g;
}

/// Exit status of a shell command (-1 if it could not run).
inline int run_command(const std::string& command) {
  int status = std::system(command.c_str());
  return (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
}

/// True if `tool` is on PATH; tests that need it skip (with a warning) otherwise.
inline bool have_tool(const std::string& tool) {
  return run_command("command -v " + tool + " >/dev/null 2>&1") == 0;
}

/// A small deterministic pseudo-random generator (no dependence on the standard
/// library's distributions, whose output differs between implementations).
class Lcg {
 public:
  explicit Lcg(std::uint64_t seed) : state_(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
  std::uint64_t next(std::uint64_t bound) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state_ >> 33) % bound;
  }

 private:
  std::uint64_t state_;
};

/// A graph over a shared space of ids so that graphs built from different seeds
/// overlap and conflict (labels, types, attributes, dates, evidence).
inline KnowledgeGraph random_graph(std::uint64_t seed) {
  static const char* kLabels[] = {"Alpha", "Alpha Group", "Beta", "Bêta", "Gamma \"G\"", "Δelta", "E"};
  static const char* kRelations[] = {"backs", "attends", "hosts", "leads"};
  static const char* kDates[] = {"", "2021-01-02", "2021-01-05", "2021-02-01", "2020-12-31"};
  Lcg rng(seed);
  KnowledgeGraph g;
  g.attributes["source"] = "seed-" + std::to_string(seed % 3);
  g.attributes["shared"] = "v" + std::to_string(seed);
  std::size_t nodes = 3 + rng.next(5);
  for (std::size_t i = 0; i < nodes; ++i) {
    Entity e;
    e.id = "n" + std::to_string(rng.next(9));
    e.label = kLabels[rng.next(7)];
    e.type = kEntityTypes[rng.next(7)];
    e.aliases.insert(kLabels[rng.next(7)]);
    if (rng.next(2)) e.roles.insert("role" + std::to_string(rng.next(3)));
    e.mentions = rng.next(10);
    std::string d1 = kDates[rng.next(5)], d2 = kDates[rng.next(5)];
    if (!d1.empty() && !d2.empty() && d2 < d1) std::swap(d1, d2);
    e.first_date = d1.empty() ? d2 : d1;
    e.last_date = d2.empty() ? d1 : d2;
    if (rng.next(2)) e.attributes["country"] = "c" + std::to_string(rng.next(3));
    if (rng.next(3) == 0)
      e.statements.insert(Statement{"q" + std::to_string(rng.next(4)),
                                    make_evidence("d" + std::to_string(rng.next(3)), rng.next(5), "s", "quote",
                                                  kDates[rng.next(5)], 0.5)});
    g.add_entity(e);
  }
  auto entities = g.entities();
  std::size_t edges = 2 + rng.next(8);
  for (std::size_t i = 0; i < edges; ++i) {
    const Entity* s = entities[rng.next(entities.size())];
    const Entity* t = entities[rng.next(entities.size())];
    Relation r;
    r.source = s->id;
    r.target = t->id;
    r.type = kRelations[rng.next(4)];
    std::size_t evidence = 1 + rng.next(3);
    for (std::size_t k = 0; k < evidence; ++k)
      r.evidence.insert(make_evidence("d" + std::to_string(rng.next(3)), rng.next(6), "sentence",
                                      "rule" + std::to_string(rng.next(2)), kDates[rng.next(5)],
                                      0.25 * static_cast<double>(1 + rng.next(4))));
    g.add_relation(r);
  }
  return g;
}

}  // namespace actorgraph::test
