// The `actorgraph` subcommands. Each registers itself on the CLI11 app and
// returns the function that runs it once the arguments are parsed.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace actorgraph::cli {

/// Runs a parsed subcommand; returns the process exit code.
using Command = std::function<int()>;

/// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  ///< Runtime error: unreadable input, bad data, failed write.
inline constexpr int kExitUsage = 2;    ///< The command line itself is wrong.

Command add_build_command(CLI::App& app);
Command add_convert_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
Command add_mentions_command(CLI::App& app);
Command add_extract_command(CLI::App& app);
Command add_merge_command(CLI::App& app);
Command add_eval_command(CLI::App& app);
// Queries over a graph (or a corpus built on the fly).
Command add_query_command(CLI::App& app);
Command add_neighbors_command(CLI::App& app);
Command add_path_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
// Syntax: tagging and dependency parsing.
Command add_parse_command(CLI::App& app);
Command add_train_parser_command(CLI::App& app);
// The evidence viewer page.
Command add_view_command(CLI::App& app);

}  // namespace actorgraph::cli
