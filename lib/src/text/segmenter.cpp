#include "text/segmenter.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "lang/language_data.hpp"

namespace actorgraph {
namespace {

// ---------------------------------------------------------------------------------------------
// Characters

enum class CharClass { space, newline, letter, digit, mark, punct };

struct Char {
  char32_t cp = 0;
  int len = 0;  // bytes; 0 at end of range
  CharClass cls = CharClass::space;
  bool upper = false;
  bool lower = false;
};

constexpr CharClass classify_slow(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::newline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp < 0x20 ||
        cp == 0x7F)
      return CharClass::space;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::letter;
    if (cp >= '0' && cp <= '9') return CharClass::digit;
    if (cp == '_') return CharClass::mark;  // joins inside words ("_2727_612")
    return CharClass::punct;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return CharClass::newline;
  if (cp == 0x200B || cp == 0xFEFF) return CharClass::space;  // zero-width space, BOM
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::letter;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::digit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:  // soft hyphen, zero-width joiners: keep words whole
      return CharClass::mark;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::space;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::newline;
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CS:
      return CharClass::letter;  // unassigned/private: keep with the word, never crash
    default:
      return CharClass::punct;
  }
}

// classify_slow for every ASCII code point, computed once: the tokenizer classifies each
// character of the text, most of them ASCII.
constexpr auto kAsciiClass = [] {
  std::array<CharClass, 128> table{};
  for (char32_t cp = 0; cp < 128; ++cp) table[cp] = classify_slow(cp);
  return table;
}();

inline CharClass classify(char32_t cp) { return cp < 0x80 ? kAsciiClass[cp] : classify_slow(cp); }

// The text range being tokenised, with UTF-8 decoding; invalid bytes decode as one-byte letters
// so that they stay inside tokens and offsets remain exact.
class Text {
 public:
  Text(std::string_view s, std::size_t end) : s_(s), end_(end) {}

  // Small enough to inline: ASCII (most of the text) is one table load; the rest decodes.
  Char at(std::size_t i) const {
    if (i >= end_) return Char{};
    auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) return kAsciiChar[b];
    return decode(i);
  }
  // The character ending just before byte i (UTF-8 continuation bytes skipped back).
  Char before(std::size_t i, std::size_t floor) const {
    if (i <= floor) return Char{};
    if (i - 1 < end_ && static_cast<unsigned char>(s_[i - 1]) < 0x80)
      return kAsciiChar[static_cast<unsigned char>(s_[i - 1])];  // what before_slow finds
    return before_slow(i, floor);
  }
  std::string_view str() const { return s_; }
  std::size_t end() const { return end_; }

 private:
  // What decode() gives for each ASCII byte.
  static constexpr auto kAsciiChar = [] {
    std::array<Char, 128> table{};
    for (char32_t cp = 0; cp < 128; ++cp) {
      Char& c = table[cp];
      c.cp = cp;
      c.len = 1;
      c.cls = classify_slow(cp);
      if (c.cls == CharClass::letter) {
        c.upper = cp >= 'A' && cp <= 'Z';
        c.lower = cp >= 'a' && cp <= 'z';
      }
    }
    return table;
  }();

  [[gnu::noinline]] Char decode(std::size_t i) const {
    Char c;
    auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) {
      c.cp = b;
      c.len = 1;
    } else {
      utf8proc_int32_t cp = 0;
      auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s_.data() + i),
                                static_cast<utf8proc_ssize_t>(end_ - i), &cp);
      if (n <= 0) {
        c.cp = 0xFFFD;
        c.len = 1;
        c.cls = CharClass::letter;
        return c;
      }
      c.cp = static_cast<char32_t>(cp);
      c.len = static_cast<int>(n);
    }
    c.cls = classify(c.cp);
    if (c.cls == CharClass::letter) {
      if (c.cp < 0x80) {
        c.upper = c.cp >= 'A' && c.cp <= 'Z';
        c.lower = c.cp >= 'a' && c.cp <= 'z';
      } else {
        auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c.cp));
        c.upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
        c.lower = cat == UTF8PROC_CATEGORY_LL;
      }
    }
    return c;
  }
  [[gnu::noinline]] Char before_slow(std::size_t i, std::size_t floor) const {
    std::size_t j = i - 1;
    while (j > floor && (static_cast<unsigned char>(s_[j]) & 0xC0) == 0x80 && i - j < 4) --j;
    Char c = at(j);
    if (j + static_cast<std::size_t>(c.len) != i) {  // invalid sequence: treat the byte alone
      c = Char{0xFFFD, 1, CharClass::letter, false, false};
    }
    return c;
  }

  std::string_view s_;
  std::size_t end_;
};

bool is_alnum(const Char& c) {
  return c.cls == CharClass::letter || c.cls == CharClass::digit || c.cls == CharClass::mark;
}
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// The ASCII bytes that is_alnum() accepts (letters, digits, '_').
constexpr auto kAsciiWordByte = [] {
  std::array<bool, 128> table{};
  for (char32_t cp = 0; cp < 128; ++cp) {
    const CharClass cls = classify_slow(cp);
    table[cp] = cls == CharClass::letter || cls == CharClass::digit || cls == CharClass::mark;
  }
  return table;
}();
bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_dash(char32_t cp) { return cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015; }
bool is_opening_quote(char32_t cp) {
  return cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0xAB;
}
bool is_closing_quote(char32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0xBB; }

// ---------------------------------------------------------------------------------------------
// Abbreviations

// Titles and labels that precede a name or a number: a period after them never ends a sentence.
constexpr std::array<std::string_view, 43> kTitleAbbreviations{
    "Mr",  "Mrs", "Ms",    "Messrs", "Mme",  "Mlle", "Dr",   "Prof", "Gen",  "Gens", "Lt",
    "Col", "Maj", "Capt",  "Cpt",    "Cmdr", "Cdr",  "Sgt",  "Cpl",  "Pvt",  "Adm",  "Brig",
    "Gov", "Sen", "Rep",   "Rev",    "Hon",  "Pres", "Supt", "Insp", "Amb",  "Fr",   "St",
    "Mt",  "Ft",  "Lieut", "Cmdt",   "Sec",  "Atty", "Dep",  "vs",   "Msgr", "Sens"};
// Abbreviations that may also close a sentence: months, weekdays, company suffixes, US state
// abbreviations in AP style, Latin abbreviations.
constexpr std::array<std::string_view, 78> kOtherAbbreviations{
    "Jan", "Feb",    "Mar",  "Apr",   "Jun",  "Jul",  "Aug",  "Sep",  "Sept",  "Oct",
    "Nov", "Dec",    "Mon",  "Tue",   "Tues", "Wed",  "Thu",  "Thur", "Thurs", "Fri",
    "Sat", "Sun",    "Inc",  "Corp",  "Co",   "Ltd",  "Plc",  "Bros", "Jr",    "Sr",
    "etc", "approx", "est",  "Dept",  "Univ", "Assn", "Ave",  "Blvd", "Rd",    "Hwy",
    "Ala", "Ariz",   "Ark",  "Calif", "Colo", "Conn", "Del",  "Fla",  "Ga",    "Ill",
    "Ind", "Kan",    "Kans", "Ky",    "La",   "Md",   "Mass", "Mich", "Minn",  "Miss",
    "Mo",  "Mont",   "Neb",  "Nev",   "Okla", "Ore",  "Pa",   "Tenn", "Tex",   "Va",
    "Vt",  "Wash",   "Wis",  "Wyo",   "cf",   "al",   "Esq",  "Ph"};

template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// ---------------------------------------------------------------------------------------------
// Tokens

enum class Kind {
  word,
  abbreviation,        // ends with its period ("U.S.", "Jan.", "A.")
  title_abbreviation,  // "Mr.", "Gen.", "No." before a number: never ends a sentence
  url,
  punct,
};

struct RawToken {
  std::size_t begin = 0;
  std::size_t end = 0;
  Kind kind = Kind::word;
  int newlines_before = 0;  // newlines in the gap before this token
  bool blank_line_before = false;
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::size_t begin, std::size_t end)
      : t_(text, end), begin_(begin) {}

  std::vector<RawToken> run() {
    std::vector<RawToken> out;
    std::size_t i = begin_;
    int newlines = 0;
    bool blank = false;
    bool line_has_text = true;  // whether the current line had non-space text before a newline
    while (i < t_.end()) {
      Char c = t_.at(i);
      if (c.cls == CharClass::space) {
        i += c.len;
        continue;
      }
      if (c.cls == CharClass::newline) {
        if (!line_has_text && newlines > 0) blank = true;
        ++newlines;
        line_has_text = false;
        i += c.len;
        continue;
      }
      line_has_text = true;
      std::size_t before = out.size();
      i = next_token(i, out);
      if (out.size() > before) {
        out[before].newlines_before = newlines;
        out[before].blank_line_before = blank;
        newlines = 0;
        blank = false;
      }
    }
    return out;
  }

 private:
  void push(std::vector<RawToken>& out, std::size_t b, std::size_t e, Kind k) {
    if (e > b) out.push_back(RawToken{b, e, k, 0, false});
  }

  bool starts_with_ci(std::size_t i, std::string_view prefix) const {
    if (i + prefix.size() > t_.end()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      char a = t_.str()[i + k];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if (a != prefix[k]) return false;
    }
    return true;
  }

  // End of a run of non-space characters, with trailing sentence punctuation and closing
  // brackets/quotes given back (URLs and e-mail addresses).
  std::size_t link_end(std::size_t i) const {
    std::size_t j = i;
    while (j < t_.end()) {
      Char c = t_.at(j);
      if (c.cls == CharClass::space || c.cls == CharClass::newline) break;
      if (c.cp == '"' || c.cp == '<' || c.cp == '>' || is_opening_quote(c.cp) ||
          is_closing_quote(c.cp))
        break;
      j += c.len;
    }
    while (j > i) {
      Char c = t_.before(j, i);
      if (c.cp == '.' || c.cp == ',' || c.cp == ';' || c.cp == ':' || c.cp == '!' || c.cp == '?' ||
          c.cp == ')' || c.cp == ']' || c.cp == '}' || c.cp == '\'') {
        // Keep a closing bracket whose opening bracket is inside the link (Wikipedia URLs).
        if (c.cp == ')' &&
            std::string_view(t_.str().data() + i, j - i).find('(') != std::string_view::npos)
          break;
        j -= c.len;
      } else {
        break;
      }
    }
    return j;
  }

  // Length of a dotted abbreviation at i ("U.S.", "a.m.", "e.g.", "Ph.D."): two or more letter
  // groups each followed by a period, single letters except that the first may have two;
  // 0 if none.
  std::size_t dotted_abbreviation(std::size_t i) const {
    std::size_t j = i;
    int groups = 0;
    while (true) {
      Char c = t_.at(j);
      if (c.cls != CharClass::letter) break;
      std::size_t g = j + static_cast<std::size_t>(c.len);
      if (groups == 0) {  // a two-letter first group ("Ph.")
        Char c2 = t_.at(g);
        if (c2.cls == CharClass::letter && t_.at(g + static_cast<std::size_t>(c2.len)).cp == '.')
          g += static_cast<std::size_t>(c2.len);
      }
      if (t_.at(g).cp != '.') break;
      j = g + 1;
      ++groups;
    }
    if (groups < 2) return 0;
    // "U.S.A" without its last period: take the final letter too.
    Char last = t_.at(j);
    if (last.cls == CharClass::letter && !is_alnum(t_.at(j + static_cast<std::size_t>(last.len))))
      j += static_cast<std::size_t>(last.len);
    return j - i;
  }

  // Whether a top-level domain label starts at i ("AKIPRESS.COM", "bbc.co.uk"): bare domain
  // names are one token, but "end.The" (a missing space) is not joined.
  bool domain_label_follows(std::size_t i) const {
    static constexpr std::array<std::string_view, 24> kTopLevel{
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co",   "uk",
        "ru",  "kz",  "cn",  "de",  "fr",  "tr",  "ir",  "eu",   "in",  "tv", "news", "ua"};
    std::size_t j = i;
    std::string label;
    int upper = 0;
    while (j < t_.end() && label.size() <= 4) {
      Char c = t_.at(j);
      if (c.cls != CharClass::letter || c.cp >= 0x80) break;
      upper += c.upper ? 1 : 0;
      label += static_cast<char>(std::tolower(static_cast<int>(c.cp)));
      ++j;
    }
    if (label.empty() || is_alnum(t_.at(j))) return false;
    if (in_list(kTopLevel, label)) return true;
    // Any other two-letter country domain, written in the case of the name before it
    // ("KABAR.KG", "gov.kg"); a mixed-case label ("end.It") is a sentence start.
    bool prev_upper = t_.before(i - 1, 0).upper;
    return label.size() == 2 && (prev_upper ? upper == 2 : upper == 0);
  }

  std::size_t next_token(std::size_t i, std::vector<RawToken>& out) {
    Char c = t_.at(i);
    // URLs and e-mail addresses are single tokens.
    if (starts_with_ci(i, "http://") || starts_with_ci(i, "https://") ||
        (starts_with_ci(i, "www.") && is_alnum(t_.at(i + 4)))) {
      std::size_t e = link_end(i);
      push(out, i, e, Kind::url);
      return e;
    }
    if (is_alnum(c)) return word(i, out);
    return punctuation(i, c, out);
  }

  std::size_t word(std::size_t i, std::vector<RawToken>& out) {
    if (std::size_t n = dotted_abbreviation(i); n > 0) {
      std::size_t e = i + n;
      // "U.S.-led": the hyphenated compound continues.
      Char h = t_.at(e);
      if (is_hyphen(h.cp) && t_.at(e + static_cast<std::size_t>(h.len)).cls == CharClass::letter)
        return word_from(i, e + static_cast<std::size_t>(h.len), out);
      push(out, i, e, Kind::abbreviation);
      return e;
    }
    return word_from(i, i, out);
  }

  // Scans a word starting at `start`, whose first `j - start` bytes are already accepted.
  std::size_t word_from(std::size_t start, std::size_t j, std::vector<RawToken>& out) {
    bool has_at = false;
    const std::string_view text = t_.str();
    while (j < t_.end()) {
      // ASCII letters, digits and '_' (most of a word) without building a Char.
      if (const auto b = static_cast<unsigned char>(text[j]); b < 0x80 && kAsciiWordByte[b]) {
        ++j;
        continue;
      }
      Char c = t_.at(j);
      if (is_alnum(c)) {
        j += c.len;
        continue;
      }
      Char prev = t_.before(j, start);
      Char next = t_.at(j + c.len);
      bool prev_an = is_alnum(prev), next_an = is_alnum(next);
      bool join = false;
      if (is_hyphen(c.cp)) {
        join = prev_an && next_an;
      } else if (c.cp == '.') {
        join = (prev.cls == CharClass::digit && next.cls == CharClass::digit) ||
               (has_at && next_an) ||  // e-mail domain
               (prev.cls == CharClass::letter && domain_label_follows(j + 1));
      } else if (c.cp == ',') {
        // Thousands separator: digit , three digits, then no further digit.
        if (prev.cls == CharClass::digit) {
          bool three = true;
          for (int k = 1; k <= 3; ++k)
            if (t_.at(j + static_cast<std::size_t>(k)).cls != CharClass::digit) three = false;
          join = three && t_.at(j + 4).cls != CharClass::digit;
        }
      } else if (c.cp == ':' || c.cp == '/') {
        join = prev.cls == CharClass::digit && next.cls == CharClass::digit;
      } else if (c.cp == '&') {
        join = prev.upper && next.upper;  // AT&T, S&P
      } else if (is_apostrophe(c.cp)) {
        join = prev.cls == CharClass::letter && next.cls == CharClass::letter;
      } else if (c.cp == '@') {
        join = prev_an && next_an && !has_at;
        if (join) has_at = true;
      }
      if (!join) break;
      j += c.len;
    }
    if (has_at) {  // e-mail address: keep the whole address
      push(out, start, j, Kind::url);
      return j;
    }
    return finish_word(start, j, out);
  }

  // Splits clitics off a scanned word and decides about a following period or apostrophe.
  std::size_t finish_word(std::size_t b, std::size_t e, std::vector<RawToken>& out) {
    std::string_view w = t_.str().substr(b, e - b);
    // Penn clitics: "don't" -> "do" "n't"; "Russia's" -> "Russia" "'s".
    auto lower_tail = [&](std::size_t n) {
      std::string tail;
      for (char ch : w.substr(w.size() - n))
        tail += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return tail;
    };
    auto apostrophe_at = [&](std::size_t pos) -> std::size_t {  // byte length of apostrophe at pos
      if (pos < w.size() && w[pos] == '\'') return 1;
      if (pos + 3 <= w.size() && w.substr(pos, 3) == "\xE2\x80\x99") return 3;
      return 0;
    };
    // n't / n’t, with at least one letter before it ("don't" -> "do" "n't").
    for (std::size_t alen : {std::size_t{1}, std::size_t{3}}) {
      std::size_t tail = alen + 2;  // n + apostrophe + t
      if (w.size() <= tail) continue;
      std::size_t npos = w.size() - tail;
      char n = w[npos];
      char t = w.back();
      if ((n == 'n' || n == 'N') && (t == 't' || t == 'T') && apostrophe_at(npos + 1) == alen) {
        push(out, b, b + npos, Kind::word);
        push(out, b + npos, e, Kind::word);
        return after_word(b + npos, e, out);
      }
    }
    // 's 're 've 'll 'd 'm. Only an apostrophe in the last five bytes (’ is three) can
    // leave one or two bytes after it; the first one found further left ends the search
    // just the same, so the scan stops there.
    const std::size_t lowest = w.size() > 6 ? w.size() - 6 : 0;
    for (std::size_t pos = w.size(); pos-- > 1 && pos > lowest;) {
      std::size_t alen = apostrophe_at(pos);
      if (alen == 0) continue;
      std::size_t rest = w.size() - pos - alen;
      if (rest == 0 || rest > 2) break;
      std::string tail = lower_tail(rest);
      if (tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" ||
          tail == "m") {
        push(out, b, b + pos, Kind::word);
        push(out, b + pos, e, Kind::word);
        return after_word(b + pos, e, out);
      }
      break;
    }
    // "2pm", "10am": number and time marker.
    {
      std::size_t k = 0;
      while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
      if (k > 0 && k + 2 == w.size()) {
        std::string tail = lower_tail(2);
        if (tail == "am" || tail == "pm") {
          push(out, b, b + k, Kind::word);
          push(out, b + k, e, Kind::word);
          return e;
        }
      }
    }
    // A period right after the word: part of an abbreviation or an initial?
    Char next = t_.at(e);
    if (next.cp == '.' && t_.at(e + 1).cp != '.') {
      Char after = t_.at(e + 1);
      bool followed_by_word_char = is_alnum(after);
      if (!followed_by_word_char) {
        if (in_list(kTitleAbbreviations, w)) {
          push(out, b, e + 1, Kind::title_abbreviation);
          return e + 1;
        }
        if ((w == "No" || w == "no" || w == "Nos" || w == "Art" || w == "Vol" || w == "p" ||
             w == "pp") &&
            next_non_space_is_digit(e + 1)) {
          push(out, b, e + 1, Kind::title_abbreviation);
          return e + 1;
        }
        Char first = t_.at(b);
        bool single_letter = static_cast<std::size_t>(first.len) == w.size() && first.upper;
        if (single_letter || in_list(kOtherAbbreviations, w)) {
          push(out, b, e + 1, Kind::abbreviation);
          return e + 1;
        }
      }
    }
    push(out, b, e, Kind::word);
    return after_word(b, e, out);
  }

  // A possessive apostrophe after a plural ("rebels'") becomes its own token.
  std::size_t after_word(std::size_t b, std::size_t e, std::vector<RawToken>& out) {
    Char next = t_.at(e);
    if (is_apostrophe(next.cp)) {
      Char last = t_.before(e, b);
      Char after = t_.at(e + next.len);
      if ((last.cp == 's' || last.cp == 'S') && !is_alnum(after)) {
        push(out, e, e + next.len, Kind::word);
        return e + next.len;
      }
    }
    return e;
  }

  bool next_non_space_is_digit(std::size_t i) const {
    while (i < t_.end()) {
      Char c = t_.at(i);
      if (c.cls == CharClass::space) {
        i += c.len;
        continue;
      }
      return c.cls == CharClass::digit;
    }
    return false;
  }

  std::size_t punctuation(std::size_t i, const Char& c, std::vector<RawToken>& out) {
    auto run_of = [&](auto pred) {
      std::size_t j = i;
      while (j < t_.end()) {
        Char d = t_.at(j);
        if (!pred(d.cp)) break;
        j += d.len;
      }
      return j;
    };
    std::size_t e = i + static_cast<std::size_t>(c.len);
    if (c.cp == '.') {
      e = run_of([](char32_t x) { return x == '.'; });  // "." or an ellipsis "..."
    } else if (c.cp == '-') {
      e = run_of([](char32_t x) { return x == '-'; });  // "-" or "--"
    } else if (is_dash(c.cp)) {
      e = run_of([c](char32_t x) { return x == c.cp; });
    } else if (c.cp == '?' || c.cp == '!') {
      e = run_of([](char32_t x) { return x == '?' || x == '!'; });
    } else if (c.cp == '`' || (c.cp == '\'' && t_.at(i + 1).cp == '\'')) {
      e = run_of([c](char32_t x) { return x == c.cp; });  // `` and ''
    } else if (is_apostrophe(c.cp)) {
      // Words that start with an apostrophe ("'90s", "'em", "'til"), and a clitic after a
      // number ("1990's"), which the word scanner leaves because a digit precedes it.
      std::size_t j = e;
      while (j < t_.end() && is_alnum(t_.at(j))) j += static_cast<std::size_t>(t_.at(j).len);
      std::string_view rest = t_.str().substr(e, j - e);
      bool decade = !rest.empty() && rest[0] >= '0' && rest[0] <= '9' &&
                    std::all_of(rest.begin(), rest.end(),
                                [](char ch) { return (ch >= '0' && ch <= '9') || ch == 's'; });
      bool clitic =
          rest == "s" || rest == "re" || rest == "ll" || rest == "ve" || rest == "d" || rest == "m";
      if (decade || rest == "em" || rest == "til" || (clitic && is_alnum(t_.before(i, begin_))))
        e = j;
    }
    push(out, i, e, Kind::punct);
    return e;
  }

  Text t_;
  std::size_t begin_;
};

// ---------------------------------------------------------------------------------------------
// Sentences

// Normalised form of a token: no-break spaces, curly quotes, dashes and hyphens made ASCII.
// Only sequences led by 0xC2 or 0xE2 change; a token without those bytes (nearly all of
// them) is its own normal form, copied whole instead of byte by byte.
void normalise(std::string_view s, std::string& out) {
  if (std::none_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xE2;
      })) {
    out.assign(s);
    return;
  }
  out.clear();
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out += ' ';
      ++i;
      continue;
    }
    if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      auto c = static_cast<unsigned char>(s[i + 2]);
      const char* rep = nullptr;
      switch (c) {
        case 0x98:
        case 0x99:
        case 0x9B:
          rep = "'";
          break;  // ‘ ’ ‛
        case 0x9C:
        case 0x9D:
        case 0x9F:
          rep = "\"";
          break;  // “ ” ‟
        case 0x9E:
          rep = "\"";
          break;  // „
        case 0x93:
        case 0x94:
        case 0x95:
          rep = "--";
          break;  // – — ―
        case 0x90:
        case 0x91:
          rep = "-";
          break;  // ‐ ‑ (hyphens)
        case 0xB2:
          rep = "'";
          break;  // ′
        case 0xB3:
          rep = "\"";
          break;  // ″
        default:
          break;
      }
      if (rep) {
        out += rep;
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(b);
  }
}

// Longest sentence the splitter emits; longer runs are cut (see split()).
constexpr std::size_t kMaxSentenceTokens = 1000;

class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view text)
      : text_(text), data_(detail::LanguageData::instance()) {}

  void split(const std::vector<RawToken>& toks, BlockKind kind, std::vector<Sentence>& out) const {
    std::size_t start = 0;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (k + 1 == toks.size()) {
        emit(toks, start, k + 1, kind, out);
        break;
      }
      std::size_t end_after = boundary_after(toks, k);
      if (end_after == 0 && k + 1 - start >= kMaxSentenceTokens) end_after = forced_cut(toks, start, k);
      if (end_after != 0) {
        emit(toks, start, end_after, kind, out);
        start = end_after;
        k = end_after - 1;
      }
    }
  }

  // A headline or dateline line: one sentence whatever the punctuation inside
  // it, cut only past kMaxSentenceTokens.
  void split_line(const std::vector<RawToken>& toks, BlockKind kind,
                  std::vector<Sentence>& out) const {
    std::size_t start = 0;
    while (start < toks.size()) {
      std::size_t end = toks.size();
      if (end - start > kMaxSentenceTokens) end = forced_cut(toks, start, start + kMaxSentenceTokens - 1);
      emit(toks, start, end, kind, out);
      start = end;
    }
  }

 private:
  std::string_view surface(const RawToken& t) const {
    return text_.substr(t.begin, t.end - t.begin);
  }

  // No prose sentence is kMaxSentenceTokens long (a run-on line, a table, a
  // generated file): such a run is cut after toks[k], or after the last comma or
  // semicolon of its second half, so that the later stages work on bounded
  // sentences (their memory and time grow with the sentence, not only the text).
  std::size_t forced_cut(const std::vector<RawToken>& toks, std::size_t start, std::size_t k) const {
    for (std::size_t j = k; j > start + kMaxSentenceTokens / 2; --j) {
      const auto w = surface(toks[j]);
      if (w == "," || w == ";") return j + 1;
    }
    return k + 1;
  }

  void emit(const std::vector<RawToken>& toks, std::size_t from, std::size_t to, BlockKind kind,
            std::vector<Sentence>& out) const {
    if (from >= to) return;
    Sentence s;
    s.begin = toks[from].begin;
    s.end = toks[to - 1].end;
    s.block = kind;
    s.tokens.reserve(to - from);
    for (std::size_t k = from; k < to; ++k) {
      Token& tok = s.tokens.emplace_back();
      tok.begin = toks[k].begin;
      tok.end = toks[k].end;
      tok.text.assign(surface(toks[k]));
      normalise(tok.text, tok.norm);
    }
    out.push_back(std::move(s));
  }

  bool starts_upper(const RawToken& t) const {
    Text tx(text_, t.end);
    Char c = tx.at(t.begin);
    return c.upper;
  }
  bool starts_lower(const RawToken& t) const {
    Text tx(text_, t.end);
    return tx.at(t.begin).lower;
  }
  bool starts_digit(const RawToken& t) const {
    Text tx(text_, t.end);
    return tx.at(t.begin).cls == CharClass::digit;
  }

  bool is_closing(const std::vector<RawToken>& toks, std::size_t k) const {
    auto s = surface(toks[k]);
    if (s == ")" || s == "]" || s == "}" || s == "''" || s == "\xE2\x80\x9D" ||
        s == "\xE2\x80\x99" || s == "\xC2\xBB")
      return true;
    if (s == "\"" || s == "'") {
      // A straight quote glued to the preceding token closes a quotation.
      return k > 0 && toks[k - 1].end == toks[k].begin;
    }
    return false;
  }

  bool is_opening(const RawToken& t) const {
    auto s = surface(t);
    return s == "\"" || s == "(" || s == "[" || s == "``" || s == "'" || s == "\xE2\x80\x9C" ||
           s == "\xE2\x80\x98" || s == "\xC2\xAB";
  }

  bool is_terminal(std::string_view s) const {
    if (s.empty()) return false;
    if (s == "\xE2\x80\xA6") return true;  // …
    return std::all_of(s.begin(), s.end(),
                       [](char ch) { return ch == '.' || ch == '?' || ch == '!'; });
  }

  // A capitalised word that is mostly a closed-class word (The, He, But, In, However) in the
  // tagger's lexicon: after an abbreviation, such a word starts a new sentence.
  bool clear_sentence_start(const RawToken& t) const {
    auto s = surface(t);
    if (is_opening(t)) return true;
    if (!starts_upper(t)) return false;
    std::string lower;
    for (char ch : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    double closed = 0, total = 0;
    for (auto ts : data_.lexicon(lower)) {
      double c = std::exp(static_cast<double>(ts.value)) * data_.tag_count_of(ts.tag);
      auto name = data_.tag_name(ts.tag);
      total += c;
      if (name == "dt" || name == "prp" || name == "in" || name == "cc" || name == "wdt" ||
          name == "wp" || name == "wrb" || name == "ex" || name == "pdt" || name == "of" ||
          name == "to" || name == "md" || name == "rb")
        closed += c;
    }
    return total > 0 && closed >= 0.5 * total;
  }

  // If a sentence ends after token k (possibly extended over closing quotes/brackets), returns
  // the index one past its last token; otherwise 0.
  std::size_t boundary_after(const std::vector<RawToken>& toks, std::size_t k) const {
    const RawToken& t = toks[k];
    const RawToken& next = toks[k + 1];
    if (next.blank_line_before) return k + 1;
    auto s = surface(t);

    if (t.kind == Kind::punct && is_terminal(s)) {
      std::size_t m = k;
      while (m + 1 < toks.size() && is_closing(toks, m + 1) && toks[m + 1].newlines_before == 0)
        ++m;
      if (m + 1 >= toks.size()) return 0;  // the block end closes it anyway
      const RawToken& n = toks[m + 1];
      if (n.blank_line_before) return m + 1;
      if (starts_lower(n)) return 0;
      auto ns = surface(n);
      if (ns == "," || ns == ";" || ns == ":" || is_terminal(ns)) return 0;
      return m + 1;
    }
    if (t.kind == Kind::abbreviation) {
      if (clear_sentence_start(next) && !is_opening(next)) return k + 1;
      if (next.newlines_before > 0 && (starts_upper(next) || is_opening(next))) return k + 1;
      return 0;
    }
    if (next.newlines_before > 0) {
      // A single line break: a paragraph break unless the line visibly continues.
      if (t.kind == Kind::title_abbreviation) return 0;
      if (starts_lower(t) || s == "," || s == ";" || s == ":" || s == "-" || s == "(" || s == "&" ||
          s == "\xE2\x80\x93" || s == "\xE2\x80\x94")
        return 0;
      if (starts_upper(next) || starts_digit(next) || is_opening(next)) return k + 1;
    }
    return 0;
  }

  std::string_view text_;
  const detail::LanguageData& data_;
};

}  // namespace

std::vector<Sentence> segment(std::string_view text, std::span<const TextBlock> blocks) {
  std::vector<Sentence> out;
  SentenceSplitter splitter(text);
  for (const auto& block : blocks) {
    std::size_t b = std::min(block.begin, text.size());
    std::size_t e = std::min(std::max(block.end, b), text.size());
    if (block.kind == BlockKind::headline || block.kind == BlockKind::dateline) {
      // One sentence per line.
      std::size_t line = b;
      while (line < e) {
        std::size_t nl = text.find('\n', line);
        std::size_t le = (nl == std::string_view::npos || nl > e) ? e : nl;
        splitter.split_line(Tokenizer(text, line, le).run(), block.kind, out);
        line = le + 1;
      }
      continue;
    }
    auto toks = Tokenizer(text, b, e).run();
    splitter.split(toks, block.kind, out);
  }
  return out;
}

}  // namespace actorgraph
