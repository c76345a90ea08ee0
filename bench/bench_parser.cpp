// Tagger and parser speed and memory, on one thread:
//   bench_parser [FILE.conllu] [--model FILE] [--repeat N]
// Without a CoNLL-U file, the sentences of corpus/ (segmented as the pipeline
// does) are parsed. Reports words/s for tagging alone and for tag+parse, and the
// resident memory the model adds when it is loaded.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "actorgraph/conllu.hpp"
#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/parser.hpp"
#include "syntax/parser_model.hpp"
#include "text/cleaner.hpp"
#include "text/segmenter.hpp"

using namespace actorgraph;

namespace {

double rss_mb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string conllu_path;
  std::string model_path;
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) {
      model_path = argv[++i];
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::stoi(argv[++i]);
    } else {
      conllu_path = a;
    }
  }
  std::vector<std::vector<std::string>> sentences;
  if (!conllu_path.empty()) {
    for (const auto& s : conllu::read_file(conllu_path)) {
      std::vector<std::string> words;
      for (const auto& w : s.words) words.push_back(w.form);
      sentences.push_back(std::move(words));
    }
  } else {
    CorpusReader reader({std::filesystem::path(ACTORGRAPH_SOURCE_DIR) / "corpus"});
    while (auto document = reader.next()) {
      const auto cleaned = clean_document(*document);
      for (const auto& s : segment(document->text, cleaned.blocks)) {
        std::vector<std::string> words;
        for (const auto& t : s.tokens) words.push_back(t.text);
        sentences.push_back(std::move(words));
      }
    }
  }
  std::size_t words = 0;
  for (const auto& s : sentences) words += s.size();

  const double before = rss_mb();
  const auto load_start = std::chrono::steady_clock::now();
  std::optional<DependencyParser> loaded;
  if (!model_path.empty()) loaded.emplace(DependencyParser::load(model_path));
  const DependencyParser& parser = loaded ? *loaded : DependencyParser::builtin();
  const double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  const double after = rss_mb();

  // Inputs as Sentence values, copied fresh for every run.
  std::vector<Sentence> input;
  for (const auto& s : sentences) {
    Sentence sentence;
    for (const auto& w : s) {
      Token t;
      t.text = w;
      sentence.tokens.push_back(std::move(t));
    }
    input.push_back(std::move(sentence));
  }
  // CPU time of this thread, so that a busy machine does not count against the parser.
  const auto cpu_seconds = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  };
  double best = 1e30;
  double best_cpu = 1e30;
  for (int r = 0; r < repeat; ++r) {
    auto work = input;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    for (auto& s : work) parser.parse(s);
    best_cpu = std::min(best_cpu, cpu_seconds() - cpu_start);
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("%s: %zu sentences, %zu words\n",
              conllu_path.empty() ? "corpus/" : conllu_path.c_str(), sentences.size(), words);
  std::printf("model: %s\n", parser.description().c_str());
  std::printf(
      "tag+parse, one thread: %.3f s wall, %.0f words/s; %.3f s CPU, %.0f words per CPU second "
      "(best of %d)\n",
      best, static_cast<double>(words) / best, best_cpu, static_cast<double>(words) / best_cpu,
      repeat);
  std::printf("model load: %.3f s; resident memory %.1f MB -> %.1f MB (the model adds %.1f MB)\n",
              load_seconds, before, after, after - before);
  return 0;
}
