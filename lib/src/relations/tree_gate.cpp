#include "relations/tree_gate.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "relations/predicate_lexicon.hpp"

namespace actorgraph {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
/// Head word -> for each predicate with that head, the other words a match needs.
using Anchors =
    std::unordered_map<std::string, std::vector<std::vector<std::string>>, Hash, std::equal_to<>>;

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto sp = text.find(' ', pos);
    out.emplace_back(text.substr(pos, sp == std::string_view::npos ? text.npos : sp - pos));
    if (sp == std::string_view::npos) break;
    pos = sp + 1;
  }
  return out;
}

bool oblique_prep(const std::vector<ArgSlot>& slots, std::string_view prep) {
  for (const auto& s : slots)
    if (s.role == ArgRole::oblique && s.prep == prep) return true;
  return false;
}

// What a tree rule can start from, as match_patterns() and prep_rules() read the
// lexicon: a verb, noun or adjective predicate anchors on its first word and needs
// every later word in the tree too, except a last word that is an oblique's
// preposition (anchor_nodes()); a prepositional one ("in defiance of") starts from its
// noun (only that word is asked for: a safe superset).
Anchors anchors() {
  Anchors out;
  for (const auto& p : PredicateLexicon::builtin().entries()) {
    auto words = split(p.lemma);
    switch (p.pos) {
      case PredicatePos::verb:
      case PredicatePos::noun:
      case PredicatePos::adj: {
        std::vector<std::string> rest(words.begin() + 1, words.end());
        if (!rest.empty() &&
            (oblique_prep(p.target, rest.back()) || oblique_prep(p.source, rest.back())))
          rest.pop_back();
        out[words.front()].push_back(std::move(rest));
        break;
      }
      case PredicatePos::prep:
        if (words.size() >= 2) out[words[1]].push_back({});
        break;
      default:
        break;  // compounds are read from the tokens, not the tree
    }
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool relation_stage_reads_tree(const Sentence& sentence) {
  static const Anchors table = anchors();
  // Each token's lemma and its form and normalised form in lower case: the words the
  // matcher compares (lemma_of(), lower(text)).
  thread_local std::vector<std::string> words;
  words.clear();
  for (const auto& t : sentence.tokens) {
    words.push_back(t.lemma);
    words.push_back(lower(t.text));
    words.push_back(lower(t.norm));
  }
  auto present = [&](const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  for (const auto& w : words) {
    const auto it = table.find(std::string_view(w));
    if (it == table.end()) continue;
    for (const auto& rest : it->second)
      if (std::all_of(rest.begin(), rest.end(), present)) return true;
  }
  return false;
}

bool worth_parsing(const Sentence& sentence, std::size_t mentions, bool every_candidate) {
  return mentions >= 2 && sentence.tokens.size() <= kMaxParsedTokens &&
         (every_candidate || relation_stage_reads_tree(sentence));
}

}  // namespace actorgraph
