// actorgraph train-parser --train X.conllu --dev Y.conllu -o MODEL: trains the
// tagger and dependency parser (docs/parser.md says how the shipped model was made).
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include <spdlog/spdlog.h>

#include "actorgraph/conllu.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/output_target.hpp"
#include "actorgraph/parser.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace actorgraph::cli {

namespace {

struct TrainParserArgs {
  std::string train;
  std::string dev;
  std::string output;
  std::string test;
  ParserTrainingOptions options;
};

void report(const char* name, const ParseScores& s) {
  spdlog::info("{}: {} words, UPOS {:.4f}, XPOS {:.4f}, UAS {:.4f}, LAS {:.4f}", name, s.words,
               s.upos, s.xpos, s.uas, s.las);
}

// The model is written like every other output (DependencyParser::save: atomic, through
// a symlink to its target, in place into a FIFO or device, `-o -` on standard output),
// and the path is checked before training, which takes hours on a real treebank: a
// folder, a block device or a missing folder fails now, not after the work is done.
std::filesystem::path checked_output(const std::string& output) {
  const std::filesystem::path path = output == "-" ? "/dev/stdout" : output;
  const OutputTarget target = resolve_output_target(path);
  if (target.mode == OutputMode::replace) {
    const auto folder =
        target.path.parent_path().empty() ? std::filesystem::path(".") : target.path.parent_path();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
      throw IoError("cannot write '" + output + "': no folder '" + folder.string() + "'");
  }
  return path;
}

int run_train_parser(TrainParserArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  const std::filesystem::path output = checked_output(args.output);
  const conllu::ReadOptions strict{.require_tree = true};
  const auto train = conllu::read_file(args.train, strict);
  const auto dev =
      args.dev.empty() ? std::vector<conllu::Sentence>{} : conllu::read_file(args.dev, strict);
  spdlog::info("training on {} sentences, choosing epochs on {}", train.size(), dev.size());
  args.options.log = [](const std::string& line) { spdlog::info("{}", line); };
  const auto parser = DependencyParser::train(train, dev, args.options);
  parser.save(output);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  spdlog::info("wrote {} ({}) in {:.1f} s", args.output, parser.description(), seconds);
  if (!dev.empty()) report("dev", parser.evaluate(dev));
  if (!args.test.empty()) report("test", parser.evaluate(conllu::read_file(args.test, strict)));
  return kExitOk;
}

}  // namespace

Command add_train_parser_command(CLI::App& app) {
  auto args = std::make_shared<TrainParserArgs>();
  auto* cmd = app.add_subcommand(
      "train-parser", "Train the part-of-speech tagger and dependency parser on CoNLL-U");
  cmd->add_option("--train", args->train, "Training treebank (CoNLL-U)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev", args->dev, "Development treebank: the best epochs on it are kept")
      ->check(CLI::ExistingFile);
  cmd->add_option("--test", args->test,
                  "Also report accuracy on this treebank (never used for choices)")
      ->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", args->output, "Model file to write (- for standard output)")
      ->required();
  cmd->add_option("--seed", args->options.seed, "Seed for shuffling and exploration")
      ->capture_default_str();
  cmd->add_option("--epochs", args->options.parser_epochs, "Parser epochs (at most)")
      ->capture_default_str();
  cmd->add_option("--tagger-epochs", args->options.tagger_epochs, "Tagger epochs (at most)")
      ->capture_default_str();
  cmd->add_flag("!--no-lexicon-features", args->options.lexicon_features,
                "Do not let the tagger read the embedded WSJ lexicon and WordNet");
  cmd->add_flag("--parser-lexicon-features", args->options.parser_lexicon_features,
                "Let the parser and labeller read lexicon signatures, suffixes and more pairs");
  cmd->add_option("--prune", args->options.prune,
                  "Drop features whose largest weight is at most N quantisation steps")
      ->capture_default_str();
  cmd->add_option("--jackknife", args->options.jackknife_folds,
                  "Train the parser on tags predicted by N-fold jackknifing (0: gold tags)")
      ->capture_default_str();
  cmd->footer(
      "Example: actorgraph train-parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu "
      "-o lib/data/models/en_ewt.agparse");
  return [args] { return run_train_parser(*args); };
}

}  // namespace actorgraph::cli
