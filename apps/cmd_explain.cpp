// actorgraph explain GRAPH A RELATION B: every sentence that supports the edge.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "actorgraph/lexicon.hpp"
#include "commands.hpp"
#include "graph_input.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct ExplainArgs {
  GraphInput input;
  std::string source, relation, target;
  bool json = false;
};

// Names and trigger in bold yellow, the whole matched span underlined. The
// sentence is the last column, so the escape bytes never upset the alignment
// of the columns before it.
std::string highlight(const std::string& text, const std::vector<TextSpan>& spans,
                      const std::optional<TextSpan>& matched) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (matched && i == matched->begin) out += "\033[4m";
    for (const TextSpan& span : spans)
      if (i == span.begin) out += "\033[1;33m";
    out += text[i];
    for (const TextSpan& span : spans)
      if (i + 1 == span.end) out += "\033[22;39m";
    if (matched && i + 1 == matched->end) out += "\033[24m";
  }
  return out + "\033[0m";
}

int run_explain(const ExplainArgs& args) {
  const KnowledgeGraph graph = args.input.load();
  const NameIndex names(graph);
  const std::string source = names.require(args.source);
  const std::string target = names.require(args.target);
  check_relations(graph, {args.relation});
  const Relation* relation = graph.find_relation(source, args.relation, target);
  // A symmetric relation ("meets") is stored one way round; either order names it.
  const RelationDef* def = Lexicon::builtin().find_relation(args.relation);
  if (!relation && def && def->symmetric)
    relation = graph.find_relation(target, args.relation, source);
  if (!relation) {
    std::string others;
    for (const Relation* r : graph.relations())
      if ((r->source == source && r->target == target) ||
          (r->source == target && r->target == source))
        others += (others.empty() ? "" : ", ") + r->source + " " + r->type + " " + r->target;
    spdlog::info("no '{}' edge from '{}' to '{}'{}", args.relation, source, target,
                 others.empty() ? std::string() : "; the graph has: " + others);
  }

  if (args.json) {
    JsonOutput json;
    if (relation) {
      std::vector<const Evidence*> evidence;
      for (const Evidence& e : relation->evidence) evidence.push_back(&e);
      write_relation_json(json, graph, *relation, evidence, true);
    } else {
      json.w().Null();
    }
    json.print();
    return kExitOk;
  }
  const bool colour = colour_terminal(stdout);
  Table table({"document", "sentence", "date", "rule", "confidence", "evidence"});
  if (relation) {
    for (const Evidence& e : relation->evidence) {
      table.add({e.document, std::to_string(e.sentence), e.date, e.rule,
                 format_number(e.confidence, 2),
                 colour ? highlight(e.text, evidence_spans(graph, *relation, e),
                                    matched_span(graph, *relation, e))
                        : e.text});
    }
  }
  table.print();
  return kExitOk;
}

}  // namespace

Command add_explain_command(CLI::App& app) {
  auto args = std::make_shared<ExplainArgs>();
  auto* cmd = app.add_subcommand(
      "explain", "Every evidence sentence for one edge, with document, date and rule");
  args->input.add_to(*cmd);
  cmd->add_option("source", args->source, "Source actor (id, name or alias)")->required();
  cmd->add_option("relation", args->relation, "Relation type")->required();
  cmd->add_option("target", args->target, "Target actor (id, name or alias)")->required();
  cmd->add_flag("--json", args->json,
                "JSON (the edge with all its evidence; null if there is no such edge)");
  cmd->footer("Example: actorgraph explain out/astana.json Russia brokered ceasefire");
  return [args] { return run_explain(*args); };
}

}  // namespace actorgraph::cli
