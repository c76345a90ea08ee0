// actorgraph parse: text in, CoNLL-U out (UPOS, Penn XPOS, HEAD, DEPREL from the
// built-in tagger and parser). With --pretokenized, the words of a CoNLL-U file
// are parsed as they are, so that the output can be scored against the file.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "actorgraph/conllu.hpp"
#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/error.hpp"
#include "actorgraph/parser.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace actorgraph::cli {

namespace {

struct ParseArgs {
  ReadingOptions reading;
  std::string text;
  std::string pretokenized;
  std::string output;
  std::string model;
};

void emit(const ParseArgs& args, const std::string& contents) {
  if (args.output.empty() || args.output == "-") {
    std::fwrite(contents.data(), 1, contents.size(), stdout);
    std::fflush(stdout);
    return;
  }
  // Written whole through a temporary file, so a failure leaves no half file.
  const std::filesystem::path target(args.output);
  const auto temporary = target.string() + ".tmp-actorgraph";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw IoError(temporary + ": cannot open for writing");
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.close();
    if (!out) throw IoError(temporary + ": write failed");
  }
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    throw IoError(args.output + ": cannot write");
  }
}

conllu::Sentence to_conllu(const Document& document, const Sentence& sentence, std::size_t index) {
  conllu::Sentence out;
  out.comments.push_back("sent_id = " + document.id + "-" + std::to_string(index + 1));
  std::string text = document.text.substr(sentence.begin, sentence.end - sentence.begin);
  for (auto& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  out.comments.push_back("text = " + text);
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const auto& t = sentence.tokens[i];
    conllu::Word w;
    w.form = t.text;
    w.lemma = t.lemma.empty() ? "_" : t.lemma;
    w.upos = t.upos.empty() ? "_" : t.upos;
    w.xpos = t.pos.empty() ? "_" : t.pos;
    w.head = t.head;
    w.deprel = t.deprel.empty() ? "_" : t.deprel;
    w.misc = "TokenRange=" + std::to_string(t.begin) + ":" + std::to_string(t.end);
    const bool glued = i + 1 < sentence.tokens.size() && sentence.tokens[i + 1].begin == t.end;
    if (glued) w.misc = "SpaceAfter=No|" + w.misc;
    out.words.push_back(std::move(w));
  }
  return out;
}

int run_parse(const ParseArgs& args) {
  const DependencyParser* parser = &DependencyParser::builtin();
  std::unique_ptr<DependencyParser> loaded;
  if (!args.model.empty()) {
    loaded = std::make_unique<DependencyParser>(DependencyParser::load(args.model));
    parser = loaded.get();
  }
  std::ostringstream out;
  std::size_t sentences = 0;
  std::size_t words = 0;
  if (!args.pretokenized.empty()) {
    auto input = conllu::read_file(args.pretokenized);
    for (auto& s : input) {
      parser->parse(s);
      conllu::write(out, s);
      ++sentences;
      words += s.words.size();
    }
  } else {
    Pipeline pipeline(Lexicon::builtin());
    auto handle = [&](const Document& document) {
      const auto analysis = pipeline.analyze(document);
      for (std::size_t i = 0; i < analysis.sentences.size(); ++i) {
        Sentence sentence = analysis.sentences[i];
        if (sentence.tokens.empty()) continue;
        parser->parse(sentence);
        conllu::write(out, to_conllu(document, sentence, i));
        ++sentences;
        words += sentence.tokens.size();
      }
    };
    if (!args.text.empty()) {
      Document document;
      document.id = "text";
      document.text = args.text;
      document.origin = "--text";
      handle(document);
    }
    if (!args.reading.inputs.empty()) {
      std::vector<std::filesystem::path> inputs(args.reading.inputs.begin(),
                                                args.reading.inputs.end());
      CorpusReader reader(inputs, args.reading.read_options());
      while (auto document = reader.next()) handle(*document);
    }
  }
  emit(args, out.str());
  spdlog::info("parsed {} sentences, {} words", sentences, words);
  return kExitOk;
}

}  // namespace

Command add_parse_command(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  auto* cmd =
      app.add_subcommand("parse", "Tag and parse text into CoNLL-U (Universal Dependencies)");
  cmd->add_option("inputs", args->reading.inputs,
                  "Corpus: directories of .txt files, .txt or .jsonl files, or - for stdin");
  cmd->add_option("--text", args->text, "Parse this text");
  cmd->add_option(
         "--pretokenized", args->pretokenized,
         "Parse the words of this CoNLL-U file as given (its annotation is ignored and replaced)")
      ->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", args->output, "CoNLL-U file to write (default: stdout)");
  cmd->add_option("--model", args->model, "Use this model file instead of the built-in one");
  cmd->footer(
      "Examples: actorgraph parse --text 'Talks were brokered by Qatar.'\n"
      "          actorgraph parse --pretokenized en_ewt-ud-test.conllu -o predicted.conllu");
  return [args] {
    const int given = (args->pretokenized.empty() ? 0 : 1) +
                      ((args->text.empty() && args->reading.inputs.empty()) ? 0 : 1);
    if (given != 1)
      throw UsageError("parse: give text (--text or input paths) or --pretokenized FILE, not both");
    return run_parse(*args);
  };
}

}  // namespace actorgraph::cli
