#include "lexicon/lexicon_fold.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace actorgraph::detail {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const noexcept { std::free(p); }
};

void append_utf8(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// Decodes one code point at `pos`; -1 on invalid UTF-8.
utf8proc_int32_t next_code_point(std::string_view text, std::size_t& pos) {
  utf8proc_int32_t cp = -1;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return -1;
  pos += static_cast<std::size_t>(n);
  return cp;
}

// Letters that carry no combining mark to strip, spelled the way English news
// writes them without the accent.
const char* ascii_spelling(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x00D8:
      return "O";  // Ø
    case 0x00F8:
      return "o";  // ø
    case 0x0141:
      return "L";  // Ł
    case 0x0142:
      return "l";  // ł
    case 0x0110:
      return "D";  // Đ
    case 0x0111:
      return "d";  // đ
    case 0x0131:
      return "i";  // dotless ı
    case 0x00DF:
      return "ss";  // ß
    case 0x00C6:
      return "AE";  // Æ
    case 0x00E6:
      return "ae";  // æ
    case 0x0152:
      return "OE";  // Œ
    case 0x0153:
      return "oe";  // œ
    case 0x00DE:
      return "Th";  // Þ
    case 0x00FE:
      return "th";  // þ
    default:
      return nullptr;
  }
}

bool is_apostrophe(utf8proc_int32_t cp) {
  // ’ ‘ ʼ ʻ ′ ` ´ — all written for the apostrophe in names ("Côte d’Ivoire").
  return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB || cp == 0x2032 ||
         cp == 0x0060 || cp == 0x00B4;
}

bool is_hyphen(utf8proc_int32_t cp) {
  // hyphen, non-breaking hyphen, figure dash, en dash, minus sign
  return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2212;
}

bool is_space(utf8proc_int32_t cp) {
  const auto cat = utf8proc_category(cp);
  return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

// Fast path for the common case: NFKC and mark stripping leave ASCII as it is,
// so only whitespace runs and the grave accent (an apostrophe) change. Lookups
// fold every candidate n-gram of every sentence; skipping utf8proc here made
// the whole pipeline several times faster.
std::string fold_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.push_back(c == '`' ? '\'' : c);
  }
  return out;
}

}  // namespace

std::string fold_name(std::string_view text) {
  // One pass decides between three paths. ASCII that fold_ascii would leave as it is (no
  // white space but single spaces between words, no grave accent) is copied whole: nearly
  // every n-gram the recogniser looks up.
  bool ascii = true, unchanged = true;
  char previous = ' ';  // a leading space is dropped, so it counts as a change
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '`' ||
        (c == ' ' && previous == ' '))
      unchanged = false;
    previous = c;
  }
  if (ascii && unchanged && previous != ' ') return std::string(text);
  if (ascii) return fold_ascii(text);
  utf8proc_uint8_t* raw = nullptr;
  const auto len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &raw,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
  if (len < 0) return {};
  const std::string_view nfkc(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(len));

  std::string out;
  out.reserve(nfkc.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < nfkc.size();) {
    const auto cp = next_code_point(nfkc, pos);
    if (cp < 0) return {};
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (is_apostrophe(cp)) {
      out.push_back('\'');
    } else if (is_hyphen(cp)) {
      out.push_back('-');
    } else if (const char* ascii = ascii_spelling(cp)) {
      out.append(ascii);
    } else {
      append_utf8(out, cp);
    }
  }
  return out;
}

std::string upper_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = next_code_point(text, pos);
    if (cp < 0) return {};
    append_utf8(out, utf8proc_toupper(cp));
  }
  return out;
}

std::string capitalise_first(std::string_view text) {
  std::size_t pos = 0;
  const auto cp = next_code_point(text, pos);
  if (cp < 0) return std::string(text);
  std::string out;
  append_utf8(out, utf8proc_toupper(cp));
  out.append(text.substr(pos));
  return out;
}

bool is_all_caps(std::string_view text) {
  bool upper = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = next_code_point(text, pos);
    if (cp < 0) return false;
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) upper = true;
  }
  return upper;
}

bool starts_lower(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = next_code_point(text, pos);
    if (cp < 0) return false;
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LL) return true;
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO)
      return false;
  }
  return false;
}

std::size_t count_name_tokens(std::string_view name) {
  std::size_t tokens = 0;
  bool in_word = false;
  for (const char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      in_word = false;
    } else if (c == '-' || c == '/' || c == '\'' || c == '.') {
      ++tokens;
      in_word = false;
    } else if (!in_word) {
      ++tokens;
      in_word = true;
    }
  }
  return tokens;
}

std::string acronym_as_word(std::string_view key) {
  if (key.size() < 4) return {};
  for (const char c : key)
    if (c < 'A' || c > 'Z') return {};
  std::string out(key);
  for (std::size_t k = 1; k < out.size(); ++k) out[k] = static_cast<char>(out[k] - 'A' + 'a');
  return out;
}

}  // namespace actorgraph::detail
