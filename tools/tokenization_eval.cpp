// tokenization_eval EWT.conllu...: how the segmenter's words and sentences compare
// with a treebank's, from the treebank's own `# text` lines (docs/parser.md).
//
// Words: each sentence's text is segmented alone, and the byte spans of our tokens
// are compared with the spans of the treebank's syntactic words (a multiword token
// such as "don't" gives the spans of "do" and "n't" when its words spell it).
// Sentences: each document's sentences are joined (a space between sentences, a
// blank line between paragraphs) and segmented whole; spans are compared.
// Prints precision, recall and F1 of both, and the most frequent mismatches.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/conllu.hpp"
#include "actorgraph/error.hpp"
#include "text/segmenter.hpp"

using namespace actorgraph;

namespace {

using Span = std::pair<std::size_t, std::size_t>;

struct Counts {
  std::size_t gold = 0;
  std::size_t ours = 0;
  std::size_t both = 0;
  void add(const std::set<Span>& g, const std::set<Span>& o) {
    gold += g.size();
    ours += o.size();
    for (const auto& s : o) both += g.count(s);
  }
  void print(const char* name) const {
    const double p = ours ? static_cast<double>(both) / static_cast<double>(ours) : 0;
    const double r = gold ? static_cast<double>(both) / static_cast<double>(gold) : 0;
    std::printf("%s: gold %zu, ours %zu, matched %zu, P %.4f R %.4f F1 %.4f\n", name, gold, ours,
                both, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
  }
};

// Byte spans of the sentence's words in `text` (empty when the forms cannot be found).
std::vector<Span> word_spans(const conllu::Sentence& s, std::string_view text) {
  std::vector<Span> spans(s.words.size(), Span{0, 0});
  std::size_t at = 0;
  std::size_t mwt = 0;
  for (std::size_t i = 0; i < s.words.size();) {
    std::string_view form = s.words[i].form;
    std::size_t last = i;
    if (mwt < s.multiword.size() && s.multiword[mwt].first == i) {
      form = s.multiword[mwt].form;
      last = s.multiword[mwt].last;
      ++mwt;
    }
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (text.substr(at, form.size()) != form) {
      const auto found = text.find(form, at);
      if (found == std::string_view::npos) return {};
      at = found;
    }
    // The words of a multiword token share its span, split where they spell it.
    std::size_t inner = at;
    bool spelled = true;
    for (std::size_t w = i; w <= last; ++w) {
      const auto& f = s.words[w].form;
      if (text.substr(inner, f.size()) != f) spelled = false;
      inner += f.size();
    }
    if (spelled && inner == at + form.size()) {
      inner = at;
      for (std::size_t w = i; w <= last; ++w) {
        spans[w] = {inner, inner + s.words[w].form.size()};
        inner += s.words[w].form.size();
      }
    } else {
      for (std::size_t w = i; w <= last; ++w) spans[w] = {at, at + form.size()};
    }
    at += form.size();
    i = last + 1;
  }
  return spans;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s TREEBANK.conllu...\n", argv[0]);
    return 2;
  }
  Counts words;
  Counts sentences;
  std::map<std::string, std::size_t> missed;  // gold words we did not produce
  std::size_t unaligned = 0;
  try {
    for (int a = 1; a < argc; ++a) {
      const auto treebank = conllu::read_file(argv[a]);
      std::string doc_text;
      std::set<Span> doc_sentences;
      auto flush = [&] {
        if (doc_text.empty()) return;
        const TextBlock block{0, doc_text.size(), BlockKind::body};
        std::set<Span> ours;
        for (const auto& s : segment(doc_text, std::span(&block, 1))) ours.insert({s.begin, s.end});
        sentences.add(doc_sentences, ours);
        doc_text.clear();
        doc_sentences.clear();
      };
      for (const auto& s : treebank) {
        if (!s.comment("newdoc id").empty()) flush();
        const std::string text(s.comment("text"));
        const auto spans = word_spans(s, text);
        if (spans.empty()) {
          ++unaligned;
          continue;
        }
        const TextBlock block{0, text.size(), BlockKind::body};
        std::set<Span> gold(spans.begin(), spans.end());
        std::set<Span> ours;
        for (const auto& sentence : segment(text, std::span(&block, 1))) {
          for (const auto& t : sentence.tokens) ours.insert({t.begin, t.end});
        }
        words.add(gold, ours);
        for (const auto& g : gold) {
          if (!ours.count(g)) ++missed[text.substr(g.first, g.second - g.first)];
        }
        if (!doc_text.empty()) doc_text += s.comment("newpar id").empty() ? " " : "\n\n";
        doc_sentences.insert({doc_text.size(), doc_text.size() + text.size()});
        doc_text += text;
      }
      flush();
    }
  } catch (const Error& e) {
    std::fprintf(stderr, "tokenization_eval: %s\n", e.what());
    return 1;
  }
  words.print("words");
  sentences.print("sentences");
  std::printf("sentences whose words could not be found in their text: %zu\n", unaligned);
  std::vector<std::pair<std::size_t, std::string>> top;
  for (const auto& [w, n] : missed) top.emplace_back(n, w);
  std::sort(top.rbegin(), top.rend());
  std::printf("most frequent gold words we did not produce:\n");
  for (std::size_t i = 0; i < std::min<std::size_t>(40, top.size()); ++i) {
    std::printf("  %6zu  %s\n", top[i].first, top[i].second.c_str());
  }
  return 0;
}
