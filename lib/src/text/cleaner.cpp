// Cleaning: which lines of an article are prose, and which are page debris.
//
// Web-scraped news carries the page around the article: banners, prompts to
// subscribe or log in, legal footers, agency trailers, image ids, author
// biographies. The rules below look at the *shape* of a line (length, final
// punctuation, capitals, pipes, digits), its *position* (before the first or
// after the last prose paragraph), *repetition*, and small *vocabulary classes*
// of words that page furniture uses and news prose rarely does in short lines.
#include "text/cleaner.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "time/article_date.hpp"
#include "lang/word_table.hpp"

namespace actorgraph {
namespace {

using detail::WordTable;

// ---------------------------------------------------------------- vocabulary

enum class Vocab : unsigned {
  none = 0,
  account = 1,
  newsletter = 2,
  legal = 4,
  social = 8,
  contact = 16,
  navigation = 32,
};

struct VocabWord {
  std::string_view word;  // lower case
  Vocab vocab;
  bool strong;  // strong: page furniture even in a sentence; weak: only in short fragments
};

// Single words. Weak words are common in prose too ("share", "rights",
// "address"), so they only count in short fragments or at the page's edges.
constexpr std::array kWords{
    VocabWord{"subscribe", Vocab::account, true},
    VocabWord{"subscribed", Vocab::account, false},
    VocabWord{"subscriber", Vocab::account, true},
    VocabWord{"subscribers", Vocab::account, true},
    VocabWord{"subscription", Vocab::account, true},
    VocabWord{"subscriptions", Vocab::account, true},
    VocabWord{"unsubscribe", Vocab::account, true},
    VocabWord{"login", Vocab::account, true},
    VocabWord{"logout", Vocab::account, true},
    VocabWord{"log-in", Vocab::account, true},
    VocabWord{"sign-up", Vocab::account, true},
    VocabWord{"signup", Vocab::account, true},
    VocabWord{"sign-in", Vocab::account, true},
    VocabWord{"signin", Vocab::account, true},
    VocabWord{"password", Vocab::account, true},
    VocabWord{"passwords", Vocab::account, true},
    VocabWord{"registration", Vocab::account, false},
    VocabWord{"register", Vocab::account, false},
    VocabWord{"registered", Vocab::account, false},
    VocabWord{"account", Vocab::account, false},
    VocabWord{"forgot", Vocab::account, false},
    VocabWord{"recover", Vocab::account, false},
    VocabWord{"recovery", Vocab::account, false},
    VocabWord{"paywall", Vocab::account, true},
    VocabWord{"premium", Vocab::account, false},
    VocabWord{"newsletter", Vocab::newsletter, true},
    VocabWord{"newsletters", Vocab::newsletter, true},
    VocabWord{"inbox", Vocab::newsletter, true},
    VocabWord{"updates", Vocab::newsletter, false},
    VocabWord{"alerts", Vocab::newsletter, false},
    VocabWord{"copyright", Vocab::legal, true},
    VocabWord{"copyrighted", Vocab::legal, true},
    VocabWord{"republication", Vocab::legal, true},
    VocabWord{"redistribution", Vocab::legal, true},
    VocabWord{"hyperlink", Vocab::legal, true},
    VocabWord{"rights", Vocab::legal, false},
    VocabWord{"reserved", Vocab::legal, false},
    VocabWord{"reproduction", Vocab::legal, false},
    VocabWord{"reproduce", Vocab::legal, false},
    VocabWord{"reproduced", Vocab::legal, false},
    VocabWord{"redistributed", Vocab::legal, false},
    VocabWord{"prohibited", Vocab::legal, false},
    VocabWord{"permission", Vocab::legal, false},
    VocabWord{"citation", Vocab::legal, false},
    VocabWord{"trademark", Vocab::legal, false},
    VocabWord{"trademarks", Vocab::legal, false},
    VocabWord{"cookies", Vocab::legal, false},
    VocabWord{"cookie", Vocab::legal, false},
    VocabWord{"disclaimer", Vocab::legal, true},
    VocabWord{"follow", Vocab::social, false},
    VocabWord{"share", Vocab::social, false},
    VocabWord{"tweet", Vocab::social, false},
    VocabWord{"facebook", Vocab::social, false},
    VocabWord{"twitter", Vocab::social, false},
    VocabWord{"instagram", Vocab::social, false},
    VocabWord{"telegram", Vocab::social, false},
    VocabWord{"whatsapp", Vocab::social, false},
    VocabWord{"linkedin", Vocab::social, false},
    VocabWord{"youtube", Vocab::social, false},
    VocabWord{"rss", Vocab::social, false},
    VocabWord{"e-mail", Vocab::contact, false},
    VocabWord{"email", Vocab::contact, false},
    VocabWord{"tel", Vocab::contact, false},
    VocabWord{"phone", Vocab::contact, false},
    VocabWord{"fax", Vocab::contact, false},
    VocabWord{"address", Vocab::contact, false},
    VocabWord{"breaking", Vocab::navigation, false},
    VocabWord{"headline", Vocab::navigation, false},
    VocabWord{"headlines", Vocab::navigation, false},
    VocabWord{"latest", Vocab::navigation, false},
    VocabWord{"trending", Vocab::navigation, false},
    VocabWord{"home", Vocab::navigation, false},
    VocabWord{"menu", Vocab::navigation, false},
    VocabWord{"divider", Vocab::navigation, false},
    VocabWord{"advertisement", Vocab::navigation, true},
    VocabWord{"sponsored", Vocab::navigation, false},
    VocabWord{"related", Vocab::navigation, false},
    VocabWord{"tags", Vocab::navigation, false},
    VocabWord{"topics", Vocab::navigation, false},
    VocabWord{"comments", Vocab::navigation, false},
    VocabWord{"print", Vocab::navigation, false},
    VocabWord{"live", Vocab::navigation, false},
    VocabWord{"news", Vocab::navigation, false},
};

struct VocabPhrase {
  std::string_view phrase;  // lower case, words separated by one space
  Vocab vocab;
};

// Multi-word prompts; each counts as a strong hit.
constexpr std::array kPhrases{
    VocabPhrase{"sign up", Vocab::account},
    VocabPhrase{"sign in", Vocab::account},
    VocabPhrase{"log in", Vocab::account},
    VocabPhrase{"log out", Vocab::account},
    VocabPhrase{"have an account", Vocab::account},
    VocabPhrase{"create an account", Vocab::account},
    VocabPhrase{"rights reserved", Vocab::legal},
    VocabPhrase{"terms of use", Vocab::legal},
    VocabPhrase{"terms of service", Vocab::legal},
    VocabPhrase{"privacy policy", Vocab::legal},
    VocabPhrase{"written permission", Vocab::legal},
    VocabPhrase{"written agreement", Vocab::legal},
    VocabPhrase{"written consent", Vocab::legal},
    VocabPhrase{"follow us", Vocab::social},
    VocabPhrase{"like us", Vocab::social},
    VocabPhrase{"contact us", Vocab::contact},
    VocabPhrase{"read more", Vocab::navigation},
    VocabPhrase{"view more", Vocab::navigation},
    VocabPhrase{"more articles", Vocab::navigation},
    VocabPhrase{"more stories", Vocab::navigation},
    VocabPhrase{"more from", Vocab::navigation},
    VocabPhrase{"most read", Vocab::navigation},
    VocabPhrase{"most popular", Vocab::navigation},
    VocabPhrase{"top stories", Vocab::navigation},
    VocabPhrase{"click here", Vocab::navigation},
    VocabPhrase{"back to top", Vocab::navigation},
    VocabPhrase{"see also", Vocab::navigation},
    VocabPhrase{"also read", Vocab::navigation},
    VocabPhrase{"skip to", Vocab::navigation},
    VocabPhrase{"load more", Vocab::navigation},
};

std::string reason_for(unsigned mask) {
  // Most specific first: a newsletter sign-up is a newsletter prompt.
  if (mask & static_cast<unsigned>(Vocab::legal)) return "copyright or legal footer";
  if (mask & static_cast<unsigned>(Vocab::newsletter)) return "newsletter prompt";
  if (mask & static_cast<unsigned>(Vocab::account)) return "subscription or login prompt";
  if (mask & static_cast<unsigned>(Vocab::contact)) return "contact details";
  if (mask & static_cast<unsigned>(Vocab::social)) return "social media prompt";
  return "navigation or section banner";
}

// Words that prompts are built around ("Follow us", "Share this", "Print now").
constexpr std::array<std::string_view, 18> kFunctionWords{
    "us", "our", "the",  "a",   "an",   "to",   "of",   "for",  "and",
    "on", "in",  "more", "now", "here", "this", "your", "also", "see"};
// Nouns that name parts of a web page: "More on this story", "Related coverage".
constexpr std::array<std::string_view, 14> kPageNouns{
    "story", "stories", "article", "articles", "coverage", "topics", "topic",
    "video", "videos",  "photos",  "gallery",  "content",  "links",  "recommended"};

// Person-name particles that stay lower case inside a name ("Staffan de Mistura").
constexpr std::array<std::string_view, 14> kNameParticles{
    "de", "da", "del", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "du"};

// Verbs that open an author's biography ("X has worked for", "X studied").
constexpr std::array<std::string_view, 18> kBioVerbs{
    "has",     "had",      "is",        "was",   "worked", "works",
    "studied", "joined",   "graduated", "holds", "writes", "covers",
    "reports", "received", "earned",    "lives", "began",  "previously"};
constexpr std::array<std::string_view, 12> kOccupations{
    "journalist", "journalism",  "correspondent", "editor",    "reporter", "writer",
    "columnist",  "contributor", "translator",    "freelance", "analyst",  "author"};

// ---------------------------------------------------------------- characters

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
// Bytes of multi-byte UTF-8 characters are counted as letters: names in other
// scripts or with diacritics are words, not debris.
bool is_letterish(char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool in_list(std::string_view word, auto const& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Closing quotes and brackets that may follow final punctuation.
std::string_view strip_closers(std::string_view s) {
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']' ||
        s.back() == '*') {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99") ||
               s.ends_with("\xC2\xBB")) {
      s.remove_suffix(s.ends_with("\xC2\xBB") ? 2 : 3);  // ” ’ »
    } else {
      break;
    }
  }
  return s;
}

bool ends_sentence(std::string_view s) {
  s = strip_closers(s);
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || s.ends_with("\xE2\x80\xA6");  // …
}

// ---------------------------------------------------------------- lines

enum class State { undecided, headline, dateline, body, caption, dropped };

struct Word {
  std::string_view text;  // as in the line, edge punctuation stripped
  std::string lower;
};

struct Line {
  std::size_t begin = 0;  // trimmed content [begin, end) in the document text
  std::size_t end = 0;
  std::string_view text;
  std::string lower;          // text in ASCII lower case (same length), set by analyse()
  bool blank_before = false;  // a blank line (paragraph break) precedes it

  std::size_t word_count = 0;
  std::size_t capitalized = 0;  // words starting with an upper-case letter
  bool terminal = false;        // ends with . ! ? (possibly before a closing quote)
  bool has_letters = false;
  bool has_digits = false;
  std::size_t pipes = 0;
  unsigned vocab = 0;  // Vocab bits hit
  int strong_hits = 0;
  int weak_hits = 0;
  bool web_address = false;   // an e-mail address or URL
  bool all_furniture = true;  // every word is a vocabulary word, page noun or function word
  int page_nouns = 0;
  std::string first_word_lower;

  State state = State::undecided;
  std::string reason;
  bool zone_candidate = false;    // weak furniture: drop if in the header or footer zone
  bool footer_candidate = false;  // furniture-like sentence: drop if in the footer zone

  bool fragment() const { return !terminal || word_count < 5; }
  bool kept() const {
    return state == State::headline || state == State::dateline || state == State::body ||
           state == State::caption;
  }
};

// Calls f(word) for each word of s: runs of non-space, edge punctuation stripped (ASCII
// only: UTF-8 letters are kept whole), empty ones skipped. Each word views s.
template <typename F>
void for_each_word(std::string_view s, F&& f) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    auto token = s.substr(start, i - start);
    auto edge = [](char c) {
      return !is_alpha(c) && !is_digit(c) && static_cast<unsigned char>(c) < 0x80 && c != '@';
    };
    while (!token.empty() && edge(token.front())) token.remove_prefix(1);
    while (!token.empty() && edge(token.back())) token.remove_suffix(1);
    if (!token.empty()) f(token);
  }
}

std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> words;
  for_each_word(s, [&](std::string_view token) { words.push_back({token, lower_copy(token)}); });
  return words;
}

// What analyse() needs to know of a lower-case word, from one table lookup instead of a
// scan of kFunctionWords and kPageNouns plus a lookup of kWords by word for every word.
struct WordInfo {
  bool function_word = false;
  bool page_noun = false;
  const VocabWord* vocab = nullptr;
};

const WordTable<WordInfo>& word_info() {
  static const auto map = [] {
    WordTable<WordInfo> m;
    for (auto w : kFunctionWords) m[w].function_word = true;
    for (auto w : kPageNouns) m[w].page_noun = true;
    for (const auto& entry : kWords) {
      auto& info = m[entry.word];
      if (!info.vocab) info.vocab = &entry;  // the first entry of a word counts
    }
    return m;
  }();
  return map;
}

bool is_web_address(std::string_view lower_token, std::string_view original) {
  // Every case below needs a '.' or a ':' ("http:"): most words have neither.
  if (std::none_of(lower_token.begin(), lower_token.end(), [](char c) { return c == '.' || c == ':'; }))
    return false;
  if (lower_token.starts_with("http:") || lower_token.starts_with("https:") ||
      lower_token.starts_with("www."))
    return true;
  auto at = lower_token.find('@');
  if (at != std::string_view::npos && at > 0 && lower_token.find('.', at) != std::string_view::npos)
    return true;
  // A bare domain ("akipress.com"): written in lower case, a 2-6 letter top-level label.
  if (original != lower_token) return false;
  auto dot = lower_token.rfind('.');
  if (dot == std::string_view::npos || dot < 2) return false;
  auto tld = lower_token.substr(dot + 1);
  return tld.size() >= 2 && tld.size() <= 6 && std::all_of(tld.begin(), tld.end(), is_lower) &&
         std::all_of(lower_token.begin(), lower_token.begin() + static_cast<std::ptrdiff_t>(dot),
                     [](char c) { return is_lower(c) || is_digit(c) || c == '-' || c == '.'; });
}

// Finds `phrase` in `lower` at word boundaries.
bool contains_phrase(std::string_view lower, std::string_view phrase) {
  for (std::size_t pos = lower.find(phrase); pos != std::string_view::npos;
       pos = lower.find(phrase, pos + 1)) {
    bool left = pos == 0 || !is_alpha(lower[pos - 1]);
    std::size_t after = pos + phrase.size();
    bool right = after >= lower.size() || !is_alpha(lower[after]);
    if (left && right) return true;
  }
  return false;
}

// The kPhrases that occur in `lower` as whole words, as bits (bit i: kPhrases[i]).
// One pass over the line's word starts instead of one search per phrase: every
// phrase begins with a letter, so it can only match where a word begins.
std::uint64_t phrases_in(std::string_view lower) {
  static_assert(kPhrases.size() <= 64, "phrase hits are bits of a 64-bit mask");
  static const auto by_letter = [] {
    std::array<std::vector<std::uint8_t>, 26> out{};
    for (std::size_t i = 0; i < kPhrases.size(); ++i) {
      const char c = kPhrases[i].phrase.front();
      if (c < 'a' || c > 'z') throw std::logic_error("cleaner: phrases must start with a-z");
      if (kPhrases[i].phrase.size() < 2) throw std::logic_error("cleaner: phrases have two bytes or more");
      out[static_cast<std::size_t>(c - 'a')].push_back(static_cast<std::uint8_t>(i));
    }
    return out;
  }();
  std::uint64_t found = 0;
  for (std::size_t pos = 0; pos < lower.size(); ++pos) {
    const char c = lower[pos];
    if (c < 'a' || c > 'z' || (pos > 0 && is_alpha(lower[pos - 1]))) continue;
    for (const std::uint8_t i : by_letter[static_cast<std::size_t>(c - 'a')]) {
      const std::string_view phrase = kPhrases[i].phrase;
      // Every phrase has two bytes or more: the second byte rejects most candidates inline.
      if (pos + 1 < lower.size() && lower[pos + 1] != phrase[1]) continue;
      if (lower.substr(pos, phrase.size()) != phrase) continue;
      const std::size_t after = pos + phrase.size();
      if (after >= lower.size() || !is_alpha(lower[after])) found |= std::uint64_t{1} << i;
    }
  }
  return found;
}

void analyse(Line& line) {
  // The line in lower case, once: ASCII lower-casing keeps every byte in place, so a word's
  // lower case is the same range of it (no string per word), and later passes reuse it.
  line.lower.assign(line.text);
  for (char& c : line.lower) c = to_lower(c);
  const std::string_view lower_text = line.lower;
  const auto& info_of = word_info();
  for_each_word(line.text, [&](std::string_view text) {
    const auto lower = lower_text.substr(static_cast<std::size_t>(text.data() - line.text.data()), text.size());
    if (is_upper(text.front())) ++line.capitalized;
    if (line.word_count++ == 0) line.first_word_lower.assign(lower);
    bool furniture = false;
    if (const WordInfo* found = info_of.find(lower)) {
      const WordInfo& info = *found;
      furniture = info.function_word;
      if (info.page_noun) {
        furniture = true;
        ++line.page_nouns;
      }
      if (info.vocab) {
        line.vocab |= static_cast<unsigned>(info.vocab->vocab);
        (info.vocab->strong ? line.strong_hits : line.weak_hits) += 1;
        furniture = true;
      }
    }
    if (!furniture) line.all_furniture = false;
    if (is_web_address(lower, text)) {
      line.web_address = true;
      line.vocab |= static_cast<unsigned>(Vocab::contact);
      ++line.strong_hits;
    }
  });
  for (char c : line.text) {
    if (is_letterish(c)) line.has_letters = true;
    if (is_digit(c)) line.has_digits = true;
    if (c == '|') ++line.pipes;
  }
  line.terminal = ends_sentence(line.text);
  // Phrases are looked up only in short lines: long prose lines use them in
  // other senses ("sign in" a treaty) and scanning stays linear either way.
  if (line.text.size() <= 400) {
    const std::uint64_t found = phrases_in(lower_text);
    for (std::size_t i = 0; i < kPhrases.size(); ++i) {
      if (found & (std::uint64_t{1} << i)) {
        line.vocab |= static_cast<unsigned>(kPhrases[i].vocab);
        ++line.strong_hits;
      }
    }
  }
  if (line.text.find("\xC2\xA9") != std::string_view::npos) {  // ©
    line.vocab |= static_cast<unsigned>(Vocab::legal);
    line.strong_hits += 2;
  }
}

// "Enditem", "(END)", "/end/", "ENDS", "###", "-30-": wire-agency end markers.
bool is_end_marker(std::string_view token) {
  auto lower = lower_copy(token);
  if (lower == "enditem" || lower == "(end)" || lower == "/end/" || lower == "[end]" ||
      lower == "###" || lower == "-30-" || lower == "(ends)")
    return true;
  return token == "ENDS" || token == "END";
}

// A line naming a person and nothing else ("Sergey Kwan", "Maria de la Cruz",
// "George A. Krol"): 2-4 words, capitalised or name particles, no digits.
bool is_name_shaped(const Line& line) {
  if (line.text.size() > 80 || line.terminal || line.has_digits || line.vocab != 0) return false;
  auto words = split_words(line.text);
  if (words.size() < 2 || words.size() > 4) return false;
  if (line.text.find_first_of(",;:|()\"") != std::string_view::npos) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    auto w = words[k].text;
    bool edge = k == 0 || k + 1 == words.size();
    if (!edge && in_list(words[k].lower, kNameParticles)) continue;
    if (w.size() == 1 && is_upper(w[0])) {
      if (edge) return false;
      continue;  // an initial
    }
    if (!is_upper(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) return false;
    // All-capital words are acronyms or shouting, not names.
    if (w.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return !is_lower(c); }))
      return false;
  }
  return true;
}

// A short line of capitals such as an outlet's abbreviation ("TCA", "RFE/RL").
bool is_abbreviation_line(const Line& line) {
  if (line.word_count == 0 || line.word_count > 3 || line.terminal || line.has_digits) return false;
  for (char c : line.text)
    if (is_lower(c)) return false;
  return true;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  return text.starts_with(word) && (text.size() == word.size() || !is_letterish(text[word.size()]));
}

// Caption shape: a photo credit at the end ("(AFP/Kiril Kudryatsev)",
// "(Photo: Reuters)", "(REUTERS)"), a position marker ("(C)", "(L-R)"), or a
// "Photo:" label at the start.
bool is_caption(const Line& line) {
  // A caption describes a scene: a few words at least, and not a whole story.
  if (line.word_count < 5 || line.word_count > 80) return false;
  const std::string_view lower = line.lower;
  for (std::string_view label : {"photo:", "photo -", "image:", "pictured:", "file photo",
                                 "photograph:", "image caption", "caption:", "photo caption"})
    if (lower.starts_with(label)) return true;
  // Every marker opens with '(': without one past the start, none can be found there.
  if (lower.find('(', 1) != std::string_view::npos) {
    for (std::string_view marker :
         {"(c)", "(l)", "(r)", "(l-r)", "(r-l)", "(left)", "(right)", "(center)", "(centre)",
          "(2nd l)", "(2nd r)", "(front)", "(back)"}) {
      auto pos = lower.find(marker);
      // "(c) 2017" is a copyright sign, not a position.
      if (pos != std::string_view::npos && pos > 0) return true;
    }
  }
  std::string_view text = line.text;
  if (text.back() != ')') return false;
  auto open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  auto inside = text.substr(open + 1, text.size() - open - 2);
  auto inside_lower = lower_copy(inside);
  if (inside_lower.find("photo") != std::string::npos ||
      inside_lower.find("image") != std::string::npos ||
      inside_lower.find("getty") != std::string::npos ||
      inside_lower.find("courtesy") != std::string::npos)
    return true;
  // "(AGENCY/Photographer Name)" or "(AGENCY)": an all-capital credit.
  auto slash = inside.find('/');
  auto agency = inside.substr(0, slash);
  if (agency.size() < 2 || agency.size() > 12) return false;
  bool capitals = std::all_of(agency.begin(), agency.end(),
                              [](char c) { return is_upper(c) || c == ' ' || c == '-'; });
  return capitals && (slash != std::string_view::npos || line.terminal || text[open - 1] == ' ');
}

// ---------------------------------------------------------------- passes

// Zone-independent decisions: debris and clear furniture.
void classify_line(Line& line) {
  std::string_view text = line.text;
  if (!line.has_letters) {
    if (parse_date(text)) return;  // a bare date: a dateline if in the header
    line.state = State::dropped;
    line.reason = (line.has_digits || text.find('_') != std::string_view::npos) ? "image-id debris"
                                                                                : "separator";
    return;
  }
  // One identifier-like token: "IMG_2727.jpg", "photo_0279_673".
  if (line.word_count == 1 && text.find(' ') == std::string_view::npos &&
      text.find('_') != std::string_view::npos) {
    line.state = State::dropped;
    line.reason = "image-id debris";
    return;
  }
  if (line.word_count == 1 && is_end_marker(text)) {
    line.state = State::dropped;
    line.reason = "agency trailer";
    return;
  }
  const std::string_view lower = std::string_view(line.lower).substr(0, 40);
  const std::string_view lower400 = std::string_view(line.lower).substr(0, 400);
  // Agency credit lines: "Source: ANTARA", "(Reporting by ...; Editing by ...)".
  if ((lower.starts_with("source:") || lower.starts_with("sources:") ||
       lower.starts_with("source -")) &&
      line.word_count <= 8) {
    line.state = State::dropped;
    line.reason = "agency trailer";
    return;
  }
  // Contributor credits: "Jane Roe in Lagos contributed to this report."
  if (line.word_count <= 30 &&
      (contains_phrase(lower400, "contributed to this report") ||
       contains_phrase(lower400, "contributed reporting") ||
       lower.starts_with("additional reporting by"))) {
    line.state = State::dropped;
    line.reason = "agency trailer";
    return;
  }
  if (lower.starts_with("(reporting by") || lower.starts_with("(writing by") ||
      lower.starts_with("(editing by") || lower.starts_with("(additional reporting") ||
      lower.starts_with("(compiled by")) {
    line.state = State::dropped;
    line.reason = "agency trailer";
    return;
  }
  // "(c) 2022 Outlet" is a copyright sign written in ASCII.
  bool ascii_copyright = lower.starts_with("(c) ") && line.word_count <= 12 && !line.terminal;
  if (ascii_copyright || (line.vocab & static_cast<unsigned>(Vocab::legal) &&
                          (text.find("\xC2\xA9") != std::string_view::npos ||
                           contains_phrase(lower400, "rights reserved") ||
                           (lower.starts_with("copyright") && line.word_count <= 20)))) {
    line.state = State::dropped;
    line.reason = "copyright or legal footer";
    return;
  }
  // Breadcrumbs and section paths: "World | Middle East | Syria".
  if (line.pipes >= 2 || (line.pipes == 1 && line.fragment() && line.word_count <= 8)) {
    line.state = State::dropped;
    line.reason = "section navigation";
    return;
  }
  if (line.web_address && (line.fragment() || line.word_count <= 12)) {
    line.state = State::dropped;
    line.reason = reason_for(line.vocab);
    return;
  }
  int hits = line.strong_hits + line.weak_hits;
  if (line.fragment()) {
    if (line.strong_hits >= 1 && line.word_count <= 16) {
      line.state = State::dropped;
      line.reason = reason_for(line.vocab);
      return;
    }
    // "Share", "Latest", "Share this article", "More on this story": nothing but furniture words.
    if (line.weak_hits + line.page_nouns >= 1 && line.word_count <= 4 && line.all_furniture) {
      line.state = State::dropped;
      line.reason = reason_for(line.vocab);
      return;
    }
    if (hits >= 1 && line.word_count <= 10) line.zone_candidate = true;
  } else if (line.strong_hits >= 1 && hits >= 2) {
    line.footer_candidate = true;
  }
  // A label line ending in ':' with furniture words ("Our address:", "Follow us:").
  if (text.back() == ':' && hits >= 1 && line.word_count <= 4) {
    line.state = State::dropped;
    line.reason = reason_for(line.vocab);
  }
}

bool is_clean_prose(const Line& line) {
  return line.state == State::undecided && !line.fragment() && line.vocab == 0 &&
         !line.zone_candidate;
}

// Bio paragraph: opens with the author's name (or a part of it, or a pronoun)
// and talks about a career.
bool is_biography(const Line& line, const std::vector<Word>& name) {
  auto words = split_words(line.text.substr(0, 600));  // the opening words decide
  if (words.size() < 3) return false;
  std::size_t skip = 0;
  // The full name, or any single part of it (usually the surname).
  bool full = words.size() > name.size();
  for (std::size_t k = 0; full && k < name.size(); ++k) full = words[k].text == name[k].text;
  if (full) {
    skip = name.size();
  } else if (words[0].lower == "he" || words[0].lower == "she" || words[0].lower == "they") {
    skip = 1;
  } else {
    for (const auto& part : name)
      if (part.text.size() > 2 && words[0].text == part.text) skip = 1;
  }
  if (skip == 0) return false;
  bool verb = in_list(words[skip].lower, kBioVerbs);
  bool occupation = false;
  for (const auto& w : words)
    if (in_list(w.lower, kOccupations)) occupation = true;
  return verb && (occupation || words[0].text == name.back().text || full);
}

void find_footer(std::vector<Line>& lines, std::size_t last_prose_end) {
  const std::size_t n = lines.size();
  // Weak furniture at the end, and sentences dense with furniture words.
  for (std::size_t i = last_prose_end; i < n; ++i) {
    auto& line = lines[i];
    if (line.state != State::undecided) continue;
    if (line.zone_candidate || line.footer_candidate) {
      line.state = State::dropped;
      line.reason = reason_for(line.vocab);
    }
  }
  // Lines under a dropped label ("Our address:" / the address itself).
  for (std::size_t i = std::max<std::size_t>(last_prose_end, 1); i < n; ++i) {
    auto& prev = lines[i - 1];
    auto& line = lines[i];
    if (line.state == State::undecided && line.fragment() && prev.state == State::dropped &&
        prev.text.back() == ':') {
      line.state = State::dropped;
      line.reason = prev.reason;
    }
  }
  // Street addresses: "12 Main Street, Springfield" (house number, commas, no sentence).
  for (std::size_t i = last_prose_end; i < n; ++i) {
    auto& line = lines[i];
    if (line.state == State::undecided && line.fragment() && is_digit(line.text.front()) &&
        line.text.find(',') != std::string_view::npos && line.word_count <= 14) {
      line.state = State::dropped;
      line.reason = "contact details";
    }
  }
}

// The author byline near the end ("Sergey Kwan" / "TCA") and the biography that follows it.
void find_byline(std::vector<Line>& lines, std::size_t search_from) {
  const std::size_t n = lines.size();
  constexpr std::size_t kTail = 12;  // the byline is among the last lines
  std::size_t from = std::max(search_from, n > kTail ? n - kTail : 0);
  for (std::size_t b = from; b < n; ++b) {
    auto& candidate = lines[b];
    if (candidate.state != State::undecided) continue;
    std::string_view name_text = candidate.text;
    if (starts_with_word(name_text, "By") && name_text.size() > 3 && candidate.word_count <= 6)
      name_text.remove_prefix(3);
    Line name_line = candidate;
    name_line.text = name_text;
    if (!is_name_shaped(name_line)) continue;
    auto name = split_words(name_text);
    // Everything after it must be byline or biography material or already dropped.
    bool all_bio = true;
    for (std::size_t k = b + 1; k < n && all_bio; ++k) {
      const auto& line = lines[k];
      all_bio =
          line.state == State::dropped || is_abbreviation_line(line) || is_biography(line, name);
    }
    if (!all_bio) continue;
    candidate.state = State::dropped;
    candidate.reason = "author byline";
    for (std::size_t k = b + 1; k < n; ++k) {
      auto& line = lines[k];
      if (line.state == State::dropped) continue;
      line.state = State::dropped;
      line.reason = is_abbreviation_line(line) ? "author byline" : "author biography";
    }
    return;
  }
  // No byline line: a last paragraph that is a biography ("Jane Roe is a
  // journalist based in Nairobi."): a name, then "is a/an" or a career verb,
  // with an occupation noun close behind. "Reporters Without Borders has
  // condemned the jailing of a journalist" is news, not a biography.
  for (std::size_t b = n; b-- > from;) {
    auto& line = lines[b];
    if (line.state == State::dropped) continue;
    if (line.state != State::undecided || line.word_count > 60) return;
    auto words = split_words(line.text.substr(0, 600));
    std::size_t k = 0;
    while (k < words.size() && k < 4 &&
           (is_upper(words[k].text.front()) || (k > 0 && in_list(words[k].lower, kNameParticles))))
      ++k;
    if (k < 2 || k + 2 >= words.size()) return;
    Line name_line;
    name_line.text =
        line.text.substr(0, static_cast<std::size_t>(words[k - 1].text.data() +
                                                     words[k - 1].text.size() - line.text.data()));
    if (!is_name_shaped(name_line)) return;
    const auto& verb = words[k].lower;
    const auto& next = words[k + 1].lower;
    bool career = ((verb == "is" || verb == "was") && (next == "a" || next == "an")) ||
                  (verb == "has" && (next == "worked" || next == "been" || next == "written" ||
                                     next == "reported")) ||
                  verb == "worked" || verb == "studied" || verb == "writes" || verb == "covers" ||
                  verb == "joined";
    bool occupation = false;
    for (std::size_t j = k + 1; j < words.size() && j < k + 8; ++j)
      if (in_list(words[j].lower, kOccupations)) occupation = true;
    if (!career || !occupation) return;
    line.state = State::dropped;
    line.reason = "author biography";
    return;
  }
}

bool is_dateline(const Line& line) {
  if (line.word_count > 16) return false;
  auto lower = lower_copy(line.text.substr(0, 20));
  for (std::string_view label : {"published", "updated", "posted", "last updated", "date:"})
    if (lower.starts_with(label)) return true;
  if (!find_article_date(line.text).empty()) return true;
  // A header byline: "By Jane Roe", "By Jane Roe, Reuters".
  if (starts_with_word(line.text, "By") && line.word_count <= 8 && !line.terminal) return true;
  return false;
}

bool is_banner(const Line& line) {
  if (line.state == State::dropped || line.zone_candidate) return true;
  // One or two words all in capitals: a section label ("WORLD", "MIDDLE EAST").
  if (line.word_count <= 2 && std::none_of(line.text.begin(), line.text.end(), is_lower))
    return true;
  return false;
}

bool is_title_like(const Line& line) {
  if (line.word_count < 2 || line.word_count > 30) return false;
  auto s = strip_closers(line.text);
  return !s.empty() && s.back() != '.' && s.back() != ',' && s.back() != ':' && s.back() != ';';
}

}  // namespace

CleanedText clean_document(const Document& doc) {
  const std::string& text = doc.text;
  std::vector<Line> lines;
  {
    std::size_t pos = 0;
    bool blank_before = false;
    while (pos <= text.size()) {
      auto nl = text.find('\n', pos);
      std::size_t stop = nl == std::string::npos ? text.size() : nl;
      std::size_t b = pos;
      std::size_t e = stop;
      while (b < e && is_space(text[b])) ++b;
      while (e > b && is_space(text[e - 1])) --e;
      if (b < e) {
        Line line;
        line.begin = b;
        line.end = e;
        line.text = std::string_view(text).substr(b, e - b);
        line.blank_before = blank_before;
        lines.push_back(std::move(line));
        blank_before = false;
      } else {
        blank_before = true;
      }
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
  }
  const std::size_t n = lines.size();
  for (auto& line : lines) {
    analyse(line);
    classify_line(line);
  }

  // Zones: the header is before the first clean prose line, the footer after the last.
  std::size_t first_prose = n;
  std::size_t last_prose = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_clean_prose(lines[i])) continue;
    if (first_prose == n) first_prose = i;
    last_prose = i;
  }
  std::size_t header_end = first_prose == n ? std::min<std::size_t>(n, 6) : first_prose;
  std::size_t footer_begin = last_prose == n ? n : last_prose + 1;

  for (std::size_t i = 0; i < header_end; ++i) {
    auto& line = lines[i];
    if (line.state == State::undecided && line.zone_candidate) {
      line.state = State::dropped;
      line.reason = reason_for(line.vocab);
    }
  }
  find_footer(lines, footer_begin);
  find_byline(lines, first_prose == n ? 0 : first_prose + 1);

  // Headline: the first line unless it is a banner; then the first title-like header line.
  std::size_t headline = n;
  if (!doc.title.empty() && n > 0 && lines[0].text != doc.title) {
    for (std::size_t i = 0; i < header_end && i < 8; ++i)
      if (lines[i].text == doc.title && lines[i].state == State::undecided) headline = i;
  }
  if (headline == n) {
    for (std::size_t i = 0; i < n && i < 8 && i <= header_end; ++i) {
      auto& line = lines[i];
      if (is_banner(line) || is_caption(line) || is_dateline(line)) continue;
      if (line.state == State::undecided && is_title_like(line)) headline = i;
      break;
    }
  }
  if (headline != n) {
    lines[headline].state = State::headline;
    // Section labels above the headline ("WORLD") are banners.
    for (std::size_t i = 0; i < headline; ++i) {
      if (lines[i].state == State::undecided && is_banner(lines[i])) {
        lines[i].state = State::dropped;
        lines[i].reason = "navigation or section banner";
      }
    }
  }

  for (std::size_t i = 0; i < n; ++i) {
    auto& line = lines[i];
    if (line.state != State::undecided) continue;
    if (is_caption(line)) {
      line.state = State::caption;
    } else if (i < header_end && i < 12 && is_dateline(line)) {
      line.state = State::dateline;
    } else {
      line.state = State::body;
    }
  }

  // A bare name next to a dateline in the header is the author's byline
  // ("Jane Roe" above "March 3, 2021"): metadata, not a line of the story.
  for (std::size_t i = headline == n ? 0 : headline + 1; i < header_end; ++i) {
    auto& line = lines[i];
    // Same paragraph as the dateline: a subheading stands apart after a blank line.
    bool near_dateline =
        (i > 0 && !line.blank_before && lines[i - 1].state == State::dateline) ||
        (i + 1 < n && !lines[i + 1].blank_before && lines[i + 1].state == State::dateline);
    if (line.state == State::body && near_dateline && is_name_shaped(line))
      line.state = State::dateline;
  }

  // Lists of links under a navigation label ("Related coverage" / "Aid convoys
  // reach Darfur"): fragments in the label's paragraph. Not in the header,
  // where a banner may sit right above the headline.
  for (std::size_t i = std::max<std::size_t>(header_end, 1); i < n; ++i) {
    auto& line = lines[i];
    const auto& prev = lines[i - 1];
    if (line.state == State::body && !line.blank_before && line.fragment() &&
        prev.state == State::dropped && prev.reason == "navigation or section banner") {
      line.state = State::dropped;
      line.reason = prev.reason;
    }
  }

  // Verbatim repeats of a kept line: kept once.
  {
    std::unordered_map<std::string_view, State> seen;
    for (auto& line : lines) {
      if (!line.kept() || line.state == State::dateline) continue;
      auto [it, inserted] = seen.emplace(line.text, line.state);
      if (inserted) continue;
      if (it->second == State::caption || line.state == State::caption) {
        line.reason = "repeated caption";
      } else if (it->second == State::headline) {
        line.reason = "repeated headline";
      } else if (line.word_count >= 3) {
        line.reason = "repeated paragraph";
      } else {
        continue;
      }
      line.state = State::dropped;
    }
  }

  // Blocks: hard-wrapped body lines (no blank line between, no final
  // punctuation before the break) are one paragraph.
  CleanedText out;
  auto kind_of = [](State s) {
    switch (s) {
      case State::headline:
        return BlockKind::headline;
      case State::dateline:
        return BlockKind::dateline;
      case State::caption:
        return BlockKind::caption;
      default:
        return BlockKind::body;
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    auto& line = lines[i];
    if (line.state == State::dropped) {
      out.dropped.push_back({line.begin, line.end, line.reason});
      continue;
    }
    bool wrapped = i > 0 && line.state == State::body && lines[i - 1].state == State::body &&
                   !line.blank_before && !lines[i - 1].terminal && !out.blocks.empty() &&
                   out.blocks.back().kind == BlockKind::body &&
                   out.blocks.back().end == lines[i - 1].end;
    if (wrapped) {
      out.blocks.back().end = line.end;
    } else {
      out.blocks.push_back({line.begin, line.end, kind_of(line.state)});
    }
  }

  // Agency end markers closing a paragraph ("... country. Enditem"): trimmed off.
  for (auto& block : out.blocks) {
    if (block.kind != BlockKind::body) continue;
    std::string_view content = std::string_view(text).substr(block.begin, block.end - block.begin);
    auto space = content.find_last_of(" \t\n");
    if (space == std::string_view::npos) continue;
    auto last = content.substr(space + 1);
    if (!is_end_marker(last)) continue;
    std::size_t marker_begin = block.begin + space + 1;
    std::size_t new_end = block.begin + space;
    while (new_end > block.begin && (is_space(text[new_end - 1]) || text[new_end - 1] == '\n'))
      --new_end;
    // "ENDS"/"END" in capitals only count after a finished sentence.
    if ((last == "ENDS" || last == "END") &&
        !ends_sentence(text.substr(block.begin, new_end - block.begin)))
      continue;
    out.dropped.push_back({marker_begin, block.end, "agency trailer"});
    block.end = new_end;
  }
  std::sort(out.dropped.begin(), out.dropped.end(),
            [](const DroppedBlock& a, const DroppedBlock& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace actorgraph
