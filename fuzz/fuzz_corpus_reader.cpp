// Fuzzes the corpus reader on arbitrary bytes as standard input would give
// them: JSONL when the first non-blank byte is '{', else one text article.
// Also as a file on disk, so the file path (text, HTML, JSONL, binary and encoding
// detection) runs too.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "actorgraph/corpus_reader.hpp"
#include <spdlog/spdlog.h>

#include "actorgraph/error.hpp"
#include "io/corpus_reader_detail.hpp"

using namespace actorgraph;

// Warnings about repaired input are expected by the thousand: keep the log quiet.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (bool keep_going : {false, true}) {
    std::istringstream in(bytes);
    ReadStats stats;
    try {
      const auto documents = detail::read_stream(in, ReadOptions{.keep_going = keep_going, .encoding = {}}, &stats);
      for (const auto& d : documents) {
        // The reader's promises: ids are non-empty and unique, text is what was read.
        if (d.id.empty()) __builtin_trap();
      }
    } catch (const Error&) {
      // A clear error is a correct outcome; anything else escapes and is reported.
    }
  }
  detail::looks_binary(bytes);

  static const std::filesystem::path dir = [] {
    auto p = std::filesystem::temp_directory_path() / ("actorgraph-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(p);
    return p;
  }();
  for (const char* name : {"article.txt", "article.html", "feed.jsonl"}) {
    const auto path = dir / name;
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    try {
      CorpusReader reader({path}, ReadOptions{.keep_going = true, .encoding = {}});
      while (reader.next()) {
      }
    } catch (const Error&) {
    }
  }
  return 0;
}
