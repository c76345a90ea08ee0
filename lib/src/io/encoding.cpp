// Encoding detection and transcoding with ICU (libicu): no hand-made tables.
#include "io/encoding.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "actorgraph/error.hpp"

namespace actorgraph::detail {
namespace {

struct ConverterDeleter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterDeleter>;

struct DetectorDeleter {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

Converter open_converter(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status) || !converter) converter.reset();
  return converter;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// The charset an HTML page declares near its start (<meta charset="x"> or
/// <meta http-equiv="Content-Type" content="text/html; charset=x">).
std::optional<std::string> declared_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 1024));
  if (head.find("<meta") == std::string::npos) return std::nullopt;
  const auto at = head.find("charset=");
  if (at == std::string::npos) return std::nullopt;
  std::size_t begin = at + 8;
  while (begin < head.size() && (head[begin] == '"' || head[begin] == '\'' || head[begin] == ' '))
    ++begin;
  std::size_t end = begin;
  while (end < head.size() &&
         (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
          head[end] == '_' || head[end] == ':' || head[end] == '.'))
    ++end;
  if (end == begin) return std::nullopt;
  return std::string(bytes.substr(begin, end - begin));
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Counts what the converter could not decode, then substitutes U+FFFD as ICU's
// default callback does.
struct UndecodableCount {
  const char* input = nullptr;  // start of the whole input, for offsets
  std::size_t count = 0;
  std::size_t first_offset = static_cast<std::size_t>(-1);
};

void count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char* units,
                          int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason <= UCNV_IRREGULAR) {  // UCNV_UNASSIGNED, UCNV_ILLEGAL, UCNV_IRREGULAR
    auto* seen = static_cast<UndecodableCount*>(const_cast<void*>(context));
    if (seen->count++ == 0 && args->source)
      seen->first_offset = static_cast<std::size_t>(args->source - seen->input) -
                           static_cast<std::size_t>(std::max<int32_t>(length, 0));
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, units, length, reason, status);
}

}  // namespace

std::optional<UnicodeBom> unicode_bom(std::string_view bytes) {
  // UTF-32LE's mark begins with UTF-16LE's: test the longer first.
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return UnicodeBom{"UTF-32LE", 4};
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return UnicodeBom{"UTF-32BE", 4};
  if (bytes.starts_with("\xFF\xFE")) return UnicodeBom{"UTF-16LE", 2};
  if (bytes.starts_with("\xFE\xFF")) return UnicodeBom{"UTF-16BE", 2};
  return std::nullopt;
}

Utf8Profile utf8_profile(std::string_view s) {
  Utf8Profile profile;
  std::size_t i = 0;
  const std::size_t n = s.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    const unsigned char c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    bool valid = length > 0 && i + length <= n;
    for (std::size_t k = 1; valid && k < length; ++k) {
      const unsigned char b = byte(i + k);
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) valid = false;
    }
    if (valid) {
      ++profile.multibyte;
      i += length;
    } else {
      ++profile.invalid;
      ++i;
    }
  }
  return profile;
}

bool needs_transcoding(std::string_view bytes) {
  const Utf8Profile profile = utf8_profile(bytes);
  return profile.invalid > 0 && profile.multibyte == 0;
}

bool is_utf8_name(const std::string& encoding) {
  const std::string name = lower(encoding);
  return name == "utf-8" || name == "utf8";
}

void check_encoding(const std::string& encoding) {
  if (!open_converter(encoding))
    throw InvalidArgument("unknown encoding '" + encoding +
                          "' (--encoding: a name such as ISO-8859-1, windows-1252, Shift_JIS)");
}

std::optional<std::string> detect_encoding(std::string_view bytes) {
  if (auto declared = declared_charset(bytes);
      declared && !is_utf8_name(*declared) && open_converter(*declared))
    return declared;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
  if (U_FAILURE(status) || !detector) return std::nullopt;
  ucsdet_enableInputFilter(detector.get(), true);  // ignore <tags>
  // The detector takes an int32_t length; the start of a file tells its encoding.
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(detector.get(), bytes.data(), length, &status);
  // Best match first; the detector also knows charsets ICU has no converter for
  // ("IBM420_ltr", its name for Arabic with a text direction), skipped here.
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status) || !matches) return std::nullopt;
  for (int32_t k = 0; k < count; ++k) {
    UErrorCode name_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[k], &name_status);
    if (U_FAILURE(name_status) || !name) continue;
    if (open_converter(name)) return std::string(name);
  }
  return std::nullopt;
}

Transcoded transcode_to_utf8(std::string_view bytes, const std::string& encoding) {
  Converter converter = open_converter(encoding);
  if (!converter) check_encoding(encoding);
  UndecodableCount undecodable{bytes.data()};
  {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), count_and_substitute, &undecodable, nullptr, nullptr,
                        &status);
  }
  Transcoded out;
  out.encoding = encoding;  // as given (ICU's canonical names are "ibm-5348_P100-1997")
  std::size_t lines_before_undecodable = 0;
  out.text.reserve(bytes.size() + bytes.size() / 8);

  // Converts in chunks; ICU reports for every UTF-16 unit the offset of the
  // source byte it came from, which becomes the map back to the input.
  constexpr std::size_t kChunk = 1 << 14;
  std::vector<UChar> units(kChunk);
  std::vector<int32_t> offsets(kChunk);
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  char16_t pending_high = 0;
  std::size_t pending_offset = 0;
  bool have_pending = false;
  std::size_t previous_offset = 0;
  // Emits code point `cp` read from input offset `at`; its source ends where the next begins.
  std::size_t last_begin = 0;
  std::string last_bytes;
  bool have_last = false;
  auto flush_last = [&](std::size_t next_begin) {
    if (!have_last) return;
    const std::size_t end = std::max(next_begin, last_begin);
    out.text += last_bytes;
    out.map.append(last_bytes.size(), last_begin, end,
                   last_bytes.size() == 1 && end - last_begin == 1);
    have_last = false;
  };
  auto emit = [&](char32_t cp, std::size_t at) {
    at = std::max(at, previous_offset);
    previous_offset = at;
    if (cp == U'\n' && at < undecodable.first_offset) ++lines_before_undecodable;
    flush_last(at);
    last_bytes.clear();
    append_utf8(last_bytes, cp);
    last_begin = at;
    have_last = true;
  };
  bool done = false;
  while (!done) {
    UChar* target = units.data();
    const char* chunk_start = source;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, source_end,
                   offsets.data(), true, &status);
    const std::size_t base = static_cast<std::size_t>(chunk_start - bytes.data());
    if (status != U_BUFFER_OVERFLOW_ERROR) {
      done = true;
      if (U_FAILURE(status)) {
        // Should not happen with the substituting callback; keep what was read.
        source = source_end;
      }
    }
    const auto count = static_cast<std::size_t>(target - units.data());
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t at =
          offsets[k] < 0 ? previous_offset : base + static_cast<std::size_t>(offsets[k]);
      const char16_t u = units[k];
      if (have_pending) {
        have_pending = false;
        if (u >= 0xDC00 && u <= 0xDFFF) {
          emit(0x10000 + ((static_cast<char32_t>(pending_high) - 0xD800) << 10) + (u - 0xDC00),
               pending_offset);
          continue;
        }
        emit(0xFFFD, pending_offset);
      }
      if (u >= 0xD800 && u <= 0xDBFF) {
        pending_high = u;
        pending_offset = at;
        have_pending = true;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        emit(0xFFFD, at);
      } else {
        emit(u, at);
      }
    }
  }
  if (have_pending) emit(0xFFFD, pending_offset);
  flush_last(bytes.size());
  out.undecodable = undecodable.count;
  if (undecodable.count) out.first_undecodable_line = lines_before_undecodable + 1;
  return out;
}

}  // namespace actorgraph::detail
