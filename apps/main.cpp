// actorgraph: news articles in, an explainable actor-and-event graph out.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <exception>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_query.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace {

namespace cli = actorgraph::cli;

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

// Errors found before logging is set up use the same "actorgraph: error:" prefix.
int usage_error(const std::string& message, const std::string& command) {
  std::fprintf(stderr, "actorgraph: error: %s\n", message.c_str());
  const std::string help = command.empty() ? "actorgraph --help" : "actorgraph help " + command;
  std::fprintf(stderr, "Run '%s' for usage.\n", help.c_str());
  return cli::kExitUsage;
}

// "; did you mean 'build'?" for the nearest candidates, or nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& candidate : candidates)
    ranked.emplace_back(actorgraph::edit_distance(word, candidate), candidate);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> close;
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  for (const auto& [distance, candidate] : ranked)
    if (distance <= limit && close.size() < 3) close.push_back("'" + candidate + "'");
  if (close.empty()) return "";
  std::string out = "; did you mean " + close.front();
  for (std::size_t i = 1; i < close.size(); ++i)
    out += (i + 1 == close.size() ? " or " : ", ") + close[i];
  return out + "?";
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::App* app : {&command, command.get_parent()}) {
    if (app == nullptr) continue;
    for (const CLI::Option* option : app->get_options([](const CLI::Option*) { return true; })) {
      for (const auto& name : option->get_lnames()) names.push_back("--" + name);
      for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
  }
  return names;
}

bool is_global_flag(std::string_view arg) {
  if (arg == "--verbose" || arg == "--quiet") return true;
  return arg.size() >= 2 && arg[0] == '-' &&
         arg.find_first_not_of("vq", 1) == std::string_view::npos;
}

// The command word: the first argument that is not a global flag ("" if none).
std::string command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (is_global_flag(arg)) continue;
    return std::string(arg);
  }
  return "";
}

// Counts (--top, --jobs, --depth, ...) are whole numbers written in decimal:
// CLI11 would take "-1" as 2^64-1 and "010" as octal 8.
const CLI::Validator& count_validator() {
  static const CLI::Validator validator(
      [](std::string& value) -> std::string {
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos)
          return "expected a whole number >= 0, got '" + value + "'";
        value.erase(0, std::min(value.find_first_not_of('0'), value.size() - 1));
        return "";
      },
      "");
  return validator;
}

void check_counts(CLI::App& app) {
  for (CLI::Option* option : app.get_options([](const CLI::Option*) { return true; }))
    if (option->get_type_name() == "UINT") option->check(count_validator());
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    check_counts(*sub);
}

// The first argument of `command` that looks like an option and is none of its options.
std::string unknown_option(const CLI::App& command, int argc, char** argv) {
  const auto known = option_names(command);
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-' || std::isdigit(static_cast<unsigned char>(arg[1])))
      continue;
    if (const auto eq = arg.find('='); eq != std::string::npos) arg.resize(eq);
    if (arg.rfind("--", 0) != 0 && arg.size() > 2) arg.resize(2);  // -xVALUE
    if (std::find(known.begin(), known.end(), arg) == known.end() && arg != "-h" && arg != "--help")
      return arg;
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"actorgraph: build an explainable actor-and-event knowledge graph from news articles"};
  app.name("actorgraph");
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

  // actorgraph help [COMMAND]: the same text as COMMAND --help.
  std::string help_topic;
  auto* help = app.add_subcommand("help", "Show the help of a command (or the list of commands)");
  help->add_option("command", help_topic, "The command to explain");
  check_counts(app);

  const std::string word = command_word(argc, argv);
  const auto names = subcommand_names(app);
  if (word.empty()) return usage_error("no command given", "");
  if (word[0] != '-' && std::find(names.begin(), names.end(), word) == names.end())
    return usage_error("unknown command '" + word + "'" + did_you_mean(word, names), "");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    CLI::App* command = word[0] == '-' ? nullptr : app.get_subcommand(word);
    const std::string name = command ? word : "";
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
      const std::string unknown = unknown_option(command ? *command : app, argc, argv);
      if (!unknown.empty())
        return usage_error("unknown option '" + unknown + "'" +
                               (command ? " for '" + word + "'" : "") +
                               did_you_mean(unknown, option_names(command ? *command : app)),
                           name);
    }
    return usage_error(e.what(), name);
  }
  if (help->parsed()) {
    if (help_topic.empty()) {
      // app.help() would show the selected subcommand's ("help") help instead.
      std::fputs(
          app.get_formatter()->make_help(&app, "actorgraph", CLI::AppFormatMode::Normal).c_str(),
          stdout);
      return cli::kExitOk;
    }
    CLI::App* topic = std::find(names.begin(), names.end(), help_topic) == names.end()
                          ? nullptr
                          : app.get_subcommand(help_topic);
    if (topic == nullptr)
      return usage_error("unknown command '" + help_topic + "'" + did_you_mean(help_topic, names),
                         "");
    std::fputs(topic->help("actorgraph").c_str(), stdout);
    return cli::kExitOk;
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
