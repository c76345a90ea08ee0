// actorgraph query GRAPH [--source A] [--relation R] [--target B] [--type T]
//                        [--since DATE] [--until DATE] [--doc ID] [--min-weight N]
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "graph_input.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct QueryArgs {
  GraphInput input;
  std::string source, target, type, since, until, document;
  std::vector<std::string> relations;
  std::size_t min_weight = 0;
  bool json = false;
  bool evidence = false;
  double min_confidence = 0.0;
  std::size_t max_evidence = 0;
  std::vector<std::string> outputs;
  std::string format;
};

// The matching edges as a graph: each with its matching evidence, and the
// nodes at their ends (no dangling node, no edge without its ends).
KnowledgeGraph matching_graph(const KnowledgeGraph& graph, const RelationFilter& filter,
                              const std::vector<const Relation*>& found, std::size_t max_evidence) {
  KnowledgeGraph out;
  out.attributes = graph.attributes;
  out.documents = graph.documents;
  for (const Relation* r : found) {
    out.add_entity(*graph.find_entity(r->source));
    out.add_entity(*graph.find_entity(r->target));
  }
  for (const Relation* r : found) {
    Relation copy{r->source, r->type, r->target, {}};
    for (const Evidence* e : filter.matching_evidence(*r)) copy.evidence.insert(*e);
    out.add_relation(std::move(copy));
  }
  GraphFilter cap;
  cap.max_evidence = max_evidence;
  return filter_graph(out, cap);
}

std::string join(const std::set<std::string>& values, std::string_view separator) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : std::string(separator)) + v;
  return out;
}

int run_query(const QueryArgs& args) {
  const auto outputs = resolve_outputs(args.outputs, args.format);
  // Standard output carries one thing: the matching graph (-o -) or the listing.
  const bool graph_on_stdout = writes_standard_output(outputs);
  if (graph_on_stdout && args.json)
    throw UsageError(
        "-o - writes the matching graph to standard output; --json would print there too: "
        "write the graph to a file");
  const KnowledgeGraph graph = args.input.load();
  const NameIndex names(graph);
  RelationFilter filter;
  if (!args.source.empty()) filter.source = names.require(args.source);
  if (!args.target.empty()) filter.target = names.require(args.target);
  filter.relations = check_relations(graph, args.relations);
  if (!args.type.empty()) {
    filter.endpoint_type = entity_type_from_string(args.type);
    if (!filter.endpoint_type) {
      std::vector<std::string> all;
      for (EntityType t : kEntityTypes) all.emplace_back(to_string(t));
      std::vector<std::string> close;
      for (const auto& t : all)
        if (edit_distance(args.type, t) <= 3) close.push_back(t);
      throw UnknownName("type", args.type, close);
    }
  }
  filter.since = args.since;
  filter.until = args.until;
  if (!args.document.empty()) filter.document = args.document;
  filter.min_weight = args.min_weight;

  auto found = find_relations(graph, filter);
  if (args.min_confidence > 0) {
    // Confidence over the matching evidence, as the listing shows it.
    std::erase_if(found, [&](const Relation* r) {
      Relation matching{r->source, r->type, r->target, {}};
      for (const Evidence* e : filter.matching_evidence(*r)) matching.evidence.insert(*e);
      return matching.confidence() < args.min_confidence;
    });
  }
  write_outputs(matching_graph(graph, filter, found, args.max_evidence), outputs);
  if (graph_on_stdout) return kExitOk;
  spdlog::debug("{} matching edge(s)", found.size());
  if (args.json) {
    JsonOutput json;
    json.w().StartArray();
    for (const Relation* r : found)
      write_relation_json(json, graph, *r, filter.matching_evidence(*r), args.evidence);
    json.w().EndArray();
    json.print();
    return kExitOk;
  }
  Table table({"source", "relation", "target", "weight", "evidence", "confidence", "first_date",
               "last_date", "documents"});
  for (const Relation* r : found) {
    const auto evidence = filter.matching_evidence(*r);
    std::set<std::string> dates, documents;
    for (const Evidence* e : evidence) {
      if (!e->date.empty()) dates.insert(e->date);
      documents.insert(e->document);
    }
    table.add({r->source, r->type, r->target, std::to_string(r->weight()),
               std::to_string(evidence.size()), format_number(r->confidence(), 3),
               dates.empty() ? "" : *dates.begin(), dates.empty() ? "" : *dates.rbegin(),
               join(documents, ",")});
  }
  table.print();
  return kExitOk;
}

}  // namespace

Command add_query_command(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  auto* cmd = app.add_subcommand(
      "query", "List the edges that match: who did what to whom, when, where it was read");
  args->input.add_to(*cmd);
  cmd->add_option("-s,--source", args->source,
                  "Source actor (id, name or alias; case and accents ignored)");
  cmd->add_option("-r,--relation", args->relations,
                  "Relation type (repeatable): backs, brokered, attends, ...");
  cmd->add_option("-t,--target", args->target, "Target actor (id, name or alias)");
  cmd->add_option("--type", args->type,
                  "Source or target has this node type (country, person, event, ...)");
  cmd->add_option("--since", args->since,
                  "Only evidence dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(date_validator());
  cmd->add_option("--until", args->until,
                  "Only evidence dated on or before (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(date_validator());
  cmd->add_option("--doc", args->document, "Only evidence from this document id");
  cmd->add_option("--min-weight", args->min_weight,
                  "At least this many matching evidence sentences");
  cmd->add_option("--min-confidence", args->min_confidence,
                  "Only edges whose confidence over the matching evidence is at least this (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option(
      "-o,--output", args->outputs,
      "Also write the matching edges as a graph (repeatable): .json .graphml .gexf .dot .csv; "
      "- writes it to standard output instead of the table");
  cmd->add_option("--format", args->format,
                  "Force the output format: json, graphml, gexf, dot, csv");
  cmd->add_option("--max-evidence", args->max_evidence,
                  "With -o: at most N evidence items per edge, the most confident (0 = all)");
  cmd->add_flag("--json", args->json, "JSON array instead of a table");
  cmd->add_flag("--evidence", args->evidence,
                "With --json: include every matching evidence sentence");
  cmd->footer("Example: actorgraph query out/astana.json --source russia --relation brokered");
  return [args] { return run_query(*args); };
}

}  // namespace actorgraph::cli
