// actorgraph convert GRAPH.json -o FILE [-o FILE ...]
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/graph_format.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace actorgraph::cli {

namespace {

struct ConvertArgs {
  std::string input;
  std::vector<std::string> outputs;
  std::string format;
  FilterOptions filters;
};

int run_convert(const ConvertArgs& args) {
  const auto outputs = resolve_outputs(args.outputs, args.format);
  write_outputs(args.filters.apply(read_json_file(args.input)), outputs);
  return kExitOk;
}

}  // namespace

Command add_convert_command(CLI::App& app) {
  auto args = std::make_shared<ConvertArgs>();
  auto* cmd = app.add_subcommand("convert", "Convert a graph JSON written by build into other formats");
  cmd->add_option("graph", args->input, "Graph JSON file")->required();
  cmd->add_option("-o,--output", args->outputs,
                  "Output file (repeatable); format from the extension; - is standard output "
                  "(--format, else JSON)")
      ->required();
  cmd->add_option("--format", args->format, "Force the output format: json, graphml, gexf, dot, csv");
  args->filters.add_to(*cmd);
  cmd->footer("Example: actorgraph convert out/astana.json -o out/astana.graphml -o out/astana.dot");
  return [args] { return run_convert(*args); };
}

}  // namespace actorgraph::cli
