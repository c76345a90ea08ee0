// actorgraph: news articles in, an explainable actor-and-event graph out.
#include <cstdio>
#include <exception>
#include <map>
#include <string>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace {

// Logs go to stderr so that stdout carries only data (tables, TSV, JSON).
void configure_logging(int verbosity, bool quiet) {
  auto logger = spdlog::stderr_color_mt("actorgraph");
  logger->set_pattern("actorgraph: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  if (quiet) {
    spdlog::set_level(spdlog::level::err);
  } else if (verbosity >= 2) {
    spdlog::set_level(spdlog::level::trace);
  } else if (verbosity == 1) {
    spdlog::set_level(spdlog::level::debug);
  } else {
    spdlog::set_level(spdlog::level::info);
  }
}

}  // namespace

int main(int argc, char** argv) {
  namespace cli = actorgraph::cli;
  CLI::App app{"actorgraph: build an explainable actor-and-event knowledge graph from news articles"};
  app.set_version_flag("--version", std::string("actorgraph ") + ACTORGRAPH_VERSION);
  app.require_subcommand(1);
  // -v/-q are accepted after the subcommand too ("actorgraph build ... -q").
  app.fallthrough();
  int verbosity = 0;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbosity, "More log output on stderr (repeat for more)");
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");

  std::map<CLI::App*, cli::Command> commands;
  auto add = [&](cli::Command (*make)(CLI::App&)) {
    auto command = make(app);
    // get_subcommands() without a filter lists only parsed ones; a filter lists all.
    auto all = app.get_subcommands([](CLI::App*) { return true; });
    commands.emplace(all.back(), std::move(command));
  };
  add(cli::add_build_command);
  add(cli::add_convert_command);
  add(cli::add_stats_command);
  add(cli::add_mentions_command);
  add(cli::add_extract_command);
  add(cli::add_merge_command);
  add(cli::add_eval_command);
  add(cli::add_query_command);
  add(cli::add_neighbors_command);
  add(cli::add_path_command);
  add(cli::add_explain_command);
  add(cli::add_parse_command);
  add(cli::add_train_parser_command);
  add(cli::add_view_command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  configure_logging(verbosity, quiet);
  try {
    for (const auto& [sub, command] : commands) {
      if (sub->parsed()) return command();
    }
    return cli::kExitUsage;
  } catch (const cli::UsageError& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  } catch (const std::exception& e) {
    // One clear line: the library's messages already name the file and place.
    spdlog::error("{}", e.what());
    return cli::kExitFailure;
  }
}
