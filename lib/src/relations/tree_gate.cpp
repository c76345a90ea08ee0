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

// What a tree rule can start from, as match_patterns() and prep_rules() read the
// lexicon: a verb, noun or adjective predicate anchors on its first word and needs its
// rest_words() in the tree too; a prepositional one ("in defiance of") starts from its
// noun (only that word is asked for: a safe superset).
Anchors anchors() {
  Anchors out;
  const PredicateLexicon& lexicon = PredicateLexicon::builtin();
  for (const auto& p : lexicon.entries()) {
    const std::string_view lemma = p.lemma;
    const auto space = lemma.find(' ');
    switch (p.pos) {
      case PredicatePos::verb:
      case PredicatePos::noun:
      case PredicatePos::adj: {
        const auto rest = lexicon.rest_words(p);
        out[std::string(lemma.substr(0, space))].emplace_back(rest.begin(), rest.end());
        break;
      }
      case PredicatePos::prep:
        if (space != std::string_view::npos) {
          const auto after = lemma.substr(space + 1);
          out[std::string(after.substr(0, after.find(' ')))].push_back({});
        }
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
