// Fuzzes the whole pipeline on arbitrary bytes as one document: as the reader
// would deliver them (through detail::read_stream, which repairs the encoding)
// and raw, so every stage sees hostile text, NULs and broken UTF-8.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "actorgraph/pipeline.hpp"
#include "io/corpus_reader_detail.hpp"

using namespace actorgraph;

// Warnings about repaired input are expected by the thousand: keep the log quiet.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Pipeline pipeline(Lexicon::builtin(), PipelineOptions{1, {}});
  const std::string bytes(reinterpret_cast<const char*>(data), size);

  Document raw;
  raw.id = "fuzz";
  raw.title = bytes.substr(0, bytes.find('\n'));
  raw.text = bytes;
  raw.date = "2020-01-01";
  try {
    KnowledgeGraph graph = pipeline.process(raw);
    pipeline.finalize(graph);
  } catch (const Error&) {
  }

  try {
    std::istringstream in(bytes);
    for (const Document& document : detail::read_stream(in, ReadOptions{.keep_going = true, .encoding = {}}, nullptr)) {
      const DocumentAnalysis analysis = pipeline.analyze(document);
      // Every offset points into the text.
      for (const auto& sentence : analysis.sentences)
        for (const auto& token : sentence.tokens)
          if (token.begin > token.end || token.end > document.text.size()) __builtin_trap();
    }
  } catch (const Error&) {
  }
  return 0;
}
