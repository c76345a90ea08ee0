// Build-time generator of the language data embedded into libactorgraph.
//
// Reads the Debian copies of WordNet 3.0 (wordnet-base) and the festival part-of-speech
// lexicon and tag-trigram model (festlex-poslex) and writes one compact, deterministic text
// blob that lib/src/lang/language_data.cpp parses once at run time into hash maps.
//
//   language_data_gen WORDNET_DIR POSLEX_DIR OUTPUT
//
// Blob layout (all sections line based, '\n' separated, values separated by ' '):
//   ACTORGRAPH-LANGDATA 1
//   @wordnet <pos> <count>      then <count> lines: lemma (lower case, '_' -> ' ')
//   @exc <pos> <count>          then <count> lines: inflected base [base...]
//   @tags <V>                   then one line: the festival tag names
//   @unigram                    then one line: V tag counts
//   @trans <V>                  then V*V lines of V values: ln P(t3 | t1 t2), row = t1*V+t2
//   @lex <count>                then <count> lines: word tag:ln P(word|tag) ...
//   @suffix <count>             then <count> lines: suffix tag:count ... (rare words only)
//   @end
// Everything is sorted so that the same inputs give the same bytes.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.emplace_back(text, start, nl - start);
    start = nl + 1;
  }
  return lines;
}

std::vector<std::string> split_ws(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string wn_word(std::string w) {
  std::replace(w.begin(), w.end(), '_', ' ');
  for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

const std::array<std::pair<const char*, const char*>, 4> kWordNetPos{
    {{"n", "noun"}, {"v", "verb"}, {"a", "adj"}, {"r", "adv"}}};

void write_wordnet(std::ostream& out, const std::string& dir) {
  for (auto [pos, name] : kWordNetPos) {
    std::vector<std::string> words;
    for (const auto& line : split_lines(read_all(dir + "/index." + name))) {
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      auto sp = line.find(' ');
      words.push_back(wn_word(line.substr(0, sp)));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    out << "@wordnet " << pos << ' ' << words.size() << '\n';
    for (const auto& w : words) out << w << '\n';
  }
  for (auto [pos, name] : kWordNetPos) {
    std::map<std::string, std::vector<std::string>> exc;
    for (const auto& line : split_lines(read_all(dir + "/" + name + ".exc"))) {
      auto f = split_ws(line);
      if (f.size() < 2) continue;
      auto& bases = exc[wn_word(f[0])];
      for (std::size_t i = 1; i < f.size(); ++i) {
        auto b = wn_word(f[i]);
        if (std::find(bases.begin(), bases.end(), b) == bases.end()) bases.push_back(b);
      }
    }
    out << "@exc " << pos << ' ' << exc.size() << '\n';
    for (const auto& [form, bases] : exc) {
      // Multi-word forms cannot be written space separated; WordNet has few and we skip them.
      if (form.find(' ') != std::string::npos) {
        out << "-\n";
        continue;
      }
      out << form;
      for (const auto& b : bases) out << ' ' << (b.find(' ') == std::string::npos ? b : form);
      out << '\n';
    }
  }
}

double read_double(const unsigned char* p, bool swap) {
  unsigned char b[8];
  for (int i = 0; i < 8; ++i) b[i] = swap ? p[7 - i] : p[i];
  double d;
  std::memcpy(&d, b, 8);
  return d;
}

struct Ngram {
  std::vector<std::string> tags;
  std::vector<double> counts;  // V*V*V, index (t1*V+t2)*V+t3
};

// Decodes Edinburgh Speech Tools' "NgramBin_2" dense format: a 4-byte magic ("Ngra"), the text
// "mBin_2 ORDER\n", the vocabulary line, the predicted-vocabulary line, then one double per
// (state, word) in the writer's byte order, where a negative value -n after a value means that
// value occurs n times in a row (run-length encoding). States are indexed with the last context
// word as the least significant digit.
Ngram read_ngrambin(const std::string& path) {
  std::string data = read_all(path);
  if (data.size() < 16 || data.compare(0, 10, "NgramBin_2") != 0)
    throw std::runtime_error(path + ": not an EST NgramBin_2 file");
  std::size_t l1 = data.find('\n');
  std::size_t l2 = data.find('\n', l1 + 1);
  std::size_t l3 = data.find('\n', l2 + 1);
  if (l3 == std::string::npos) throw std::runtime_error(path + ": truncated header");
  int order = std::stoi(data.substr(11, l1 - 11));
  if (order != 3) throw std::runtime_error(path + ": expected a trigram model");
  Ngram g;
  g.tags = split_ws(data.substr(l1 + 1, l2 - l1 - 1));
  if (split_ws(data.substr(l2 + 1, l3 - l2 - 1)) != g.tags)
    throw std::runtime_error(path + ": vocabulary and predicted vocabulary differ");
  const std::size_t v = g.tags.size();
  const std::size_t total = v * v * v;
  const auto* p = reinterpret_cast<const unsigned char*>(data.data()) + l3 + 1;
  std::size_t n = (data.size() - l3 - 1) / 8;
  // The writer's byte order is not recorded; the first value is a count, so take the byte order
  // under which it reads as a plausible count (the other reading is a denormal or garbage).
  auto sane = [](double x) { return x == 0 || (x >= 1e-3 && x < 1e9); };
  const bool swap = !sane(read_double(p, false));
  if (!sane(read_double(p, swap))) throw std::runtime_error(path + ": unreadable frequency data");
  auto read = [&](std::size_t i) { return read_double(p + 8 * i, swap); };
  g.counts.reserve(total);
  for (std::size_t i = 0; i < n; ++i) {
    double d = read(i);
    if (d < -1) {
      if (g.counts.empty()) throw std::runtime_error(path + ": run length before any value");
      double last = g.counts.back();
      for (long k = 1; k < static_cast<long>(-d); ++k) g.counts.push_back(last);
    } else {
      g.counts.push_back(d);
    }
  }
  if (g.counts.size() != total)
    throw std::runtime_error(path + ": decoded " + std::to_string(g.counts.size()) +
                             " values, expected " + std::to_string(total));
  return g;
}

struct LexEntry {
  std::string word;
  std::vector<std::pair<int, double>> tags;  // tag index, ln P(word|tag)
};

std::vector<LexEntry> read_poslex(const std::string& path, const std::vector<std::string>& tags) {
  std::vector<LexEntry> lex;
  for (const auto& line : split_lines(read_all(path))) {
    if (line.size() < 4 || line[0] != '(' || line[1] != '"') continue;
    auto q = line.find('"', 2);
    if (q == std::string::npos) continue;
    LexEntry e;
    e.word = line.substr(2, q - 2);
    if (e.word.empty() || e.word.find(' ') != std::string::npos) continue;
    // The rest is "((tag logp) (tag logp) ... ) () )": drop the brackets, read pairs.
    std::string rest = line.substr(q + 1);
    std::replace(rest.begin(), rest.end(), '(', ' ');
    std::replace(rest.begin(), rest.end(), ')', ' ');
    auto f = split_ws(rest);
    for (std::size_t i = 0; i + 1 < f.size(); i += 2) {
      auto it = std::find(tags.begin(), tags.end(), f[i]);
      if (it == tags.end()) throw std::runtime_error(path + ": unknown tag " + f[i]);
      e.tags.emplace_back(static_cast<int>(it - tags.begin()), std::stod(f[i + 1]));
    }
    if (!e.tags.empty()) lex.push_back(std::move(e));
  }
  std::sort(lex.begin(), lex.end(), [](const auto& a, const auto& b) { return a.word < b.word; });
  return lex;
}

void write_tagger(std::ostream& out, const std::string& dir) {
  Ngram g = read_ngrambin(dir + "/wsj.wp39.tri.ngrambin");
  const std::size_t v = g.tags.size();
  auto c3 = [&](std::size_t a, std::size_t b, std::size_t c) {
    return g.counts[(a * v + b) * v + c];
  };
  std::vector<double> uni(v, 0.0), bi(v * v, 0.0);
  for (std::size_t a = 0; a < v; ++a)
    for (std::size_t b = 0; b < v; ++b)
      for (std::size_t c = 0; c < v; ++c) {
        bi[b * v + c] += c3(a, b, c);
        uni[c] += c3(a, b, c);
      }
  double n = 0;
  for (double u : uni) n += u;

  // Deleted interpolation (Brants 2000, TnT) for the trigram/bigram/unigram weights.
  double l1 = 0, l2 = 0, l3 = 0;
  for (std::size_t a = 0; a < v; ++a)
    for (std::size_t b = 0; b < v; ++b) {
      double ctx2 = 0;
      for (std::size_t c = 0; c < v; ++c) ctx2 += c3(a, b, c);
      for (std::size_t c = 0; c < v; ++c) {
        double f = c3(a, b, c);
        if (f < 1.5) continue;  // smoothed floor values, not observations
        double t3 = ctx2 > 1 ? (f - 1) / (ctx2 - 1) : 0;
        double t2 = uni[b] > 1 ? (bi[b * v + c] - 1) / (uni[b] - 1) : 0;
        double t1 = (uni[c] - 1) / (n - 1);
        if (t3 >= t2 && t3 >= t1)
          l3 += f;
        else if (t2 >= t1)
          l2 += f;
        else
          l1 += f;
      }
    }
  double lsum = l1 + l2 + l3;
  l1 /= lsum;
  l2 /= lsum;
  l3 /= lsum;

  out << "@tags " << v << '\n';
  for (std::size_t i = 0; i < v; ++i) out << (i ? " " : "") << g.tags[i];
  out << "\n@unigram\n";
  for (std::size_t i = 0; i < v; ++i) out << (i ? " " : "") << std::llround(uni[i]);
  out << "\n@trans " << v << '\n';
  char buf[64];
  for (std::size_t a = 0; a < v; ++a)
    for (std::size_t b = 0; b < v; ++b) {
      double ctx2 = 0;
      for (std::size_t c = 0; c < v; ++c) ctx2 += c3(a, b, c);
      for (std::size_t c = 0; c < v; ++c) {
        double p3 = ctx2 > 0 ? c3(a, b, c) / ctx2 : 0;
        double p2 = uni[b] > 0 ? bi[b * v + c] / uni[b] : 0;
        double p1 = uni[c] / n;
        double p = l3 * p3 + l2 * p2 + l1 * p1;
        if (p < 1e-12) p = 1e-12;
        std::snprintf(buf, sizeof buf, "%s%.3f", c ? " " : "", std::log(p));
        out << buf;
      }
      out << '\n';
    }

  auto lex = read_poslex(dir + "/wsj.wp39.poslexR", g.tags);
  out << "@lex " << lex.size() << '\n';
  for (const auto& e : lex) {
    out << e.word;
    for (auto [t, lp] : e.tags) {
      std::snprintf(buf, sizeof buf, " %d:%.3f", t, lp);
      out << buf;
    }
    out << '\n';
  }

  // Suffix statistics of rare words (TnT's unknown-word model): counts are recovered from
  // P(word|tag) * count(tag). Only words seen at most ten times are used, as they resemble
  // the unknown words of new text best.
  std::map<std::string, std::vector<double>> suffix;
  for (const auto& e : lex) {
    std::vector<double> counts(v, 0.0);
    double total = 0;
    for (auto [t, lp] : e.tags) {
      counts[t] = std::exp(lp) * uni[t];
      total += counts[t];
    }
    if (total > 10.5 || e.word.size() < 2) continue;
    bool alpha = std::all_of(e.word.begin(), e.word.end(),
                             [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '-'; });
    if (!alpha) continue;
    for (std::size_t len = 0; len <= 5 && len < e.word.size(); ++len) {
      auto& s = suffix[e.word.substr(e.word.size() - len)];
      if (s.empty()) s.assign(v, 0.0);
      for (std::size_t t = 0; t < v; ++t) s[t] += counts[t];
    }
  }
  std::vector<std::string> kept;
  for (const auto& [s, counts] : suffix) {
    double total = 0;
    for (double c : counts) total += c;
    if (total >= 2.0 || s.empty()) kept.push_back(s);
  }
  out << "@suffix " << kept.size() << '\n';
  for (const auto& s : kept) {
    out << (s.empty() ? std::string("^") : s);
    const auto& counts = suffix[s];
    for (std::size_t t = 0; t < v; ++t)
      if (counts[t] >= 0.05) {
        std::snprintf(buf, sizeof buf, " %zu:%.2f", t, counts[t]);
        out << buf;
      }
    out << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: language_data_gen WORDNET_DIR POSLEX_DIR OUTPUT\n";
    return 2;
  }
  try {
    std::ostringstream out;
    out << "ACTORGRAPH-LANGDATA 1\n";
    write_wordnet(out, argv[1]);
    write_tagger(out, argv[2]);
    out << "@end\n";
    // Write to a temporary name and rename, so an interrupted build leaves no half file.
    std::string tmp = std::string(argv[3]) + ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary);
      f << out.str();
      if (!f) throw std::runtime_error("cannot write " + tmp);
    }
    if (std::rename(tmp.c_str(), argv[3]) != 0) throw std::runtime_error("cannot rename " + tmp);
  } catch (const std::exception& e) {
    std::cerr << "language_data_gen: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
