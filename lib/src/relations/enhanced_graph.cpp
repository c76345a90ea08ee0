// Enhanced arcs over a basic UD tree (see enhanced_graph.hpp).
#include "relations/enhanced_graph.hpp"

#include "relations/dependency_patterns.hpp"

#include <algorithm>

namespace actorgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_verbal(const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; }

bool is_participle(const Token& t, bool past) {
  if (past) return t.pos == "VBN";
  return t.pos == "VBG";
}

// A verb whose object does what its infinitive says ("led him to quit", "forced X to").
bool implicative(const Token& t) {
  const auto& words = DependencyPatterns::builtin().implicative_object_controllers();
  const std::string l = lower(t.lemma.empty() ? t.text : t.lemma);
  return std::find(words.begin(), words.end(), l) != words.end();
}

// Relations a conjunct shares with its first conjunct's head.
bool shared_relation(std::string_view base) {
  return base == "nsubj" || base == "obj" || base == "iobj" || base == "obl" || base == "nmod" ||
         base == "appos" || base == "xcomp";
}

}  // namespace

bool EnhancedGraph::label_matches(std::string_view label, std::string_view pattern) {
  if (pattern.size() > 2 && pattern.substr(pattern.size() - 2) == ":*") {
    const auto base = pattern.substr(0, pattern.size() - 2);
    return label == base || (label.size() > base.size() && label.substr(0, base.size()) == base &&
                             label[base.size()] == ':');
  }
  return label == pattern;
}

std::string EnhancedGraph::case_of(std::size_t dep) const {
  std::string prep;
  for (std::size_t c : tree_.children(dep)) {
    const auto rel = tree_.relation(c);
    if (rel == "case" || rel == "mark") {
      // "out of", "on behalf of": the last case word is the preposition of the phrase.
      prep = lower(tree_.token(c).lemma.empty() ? tree_.token(c).text : tree_.token(c).lemma);
    }
    if (c > dep) break;
  }
  return prep;
}

bool EnhancedGraph::has_out(std::size_t head, std::string_view pattern) const {
  return std::any_of(out_[head].begin(), out_[head].end(),
                     [&](const Arc& a) { return label_matches(a.label, pattern); });
}

void EnhancedGraph::add(std::size_t head, std::size_t dep, std::string label,
                        std::size_t controller) {
  if (head == dep) return;
  for (const auto& a : out_[head])
    if (a.dep == dep && a.label == label) return;
  // A core argument inferred for another head has no case word: the dependent's own one
  // ("a truce in Bolivia ... the cessation in hostilities sponsored by X", where "in" ties
  // the noun to its own head) is not the participle's.
  const auto base = std::string_view(label).substr(0, label.find(':'));
  const bool core = base == "nsubj" || base == "obj" || base == "iobj";
  Arc arc{head, dep, std::move(label), core ? std::string() : case_of(dep), true, controller};
  out_[head].push_back(std::move(arc));
}

EnhancedGraph::EnhancedGraph(const DependencyTree& tree) : tree_(tree), out_(tree.size()) {
  const std::size_t n = tree.size();
  for (std::size_t i = 0; i < n; ++i) {
    const int h = tree.head(i);
    if (h < 0) continue;
    Arc arc{
        static_cast<std::size_t>(h), i, std::string(tree.relation(i)), case_of(i), false, kNone};
    out_[static_cast<std::size_t>(h)].push_back(std::move(arc));
  }
  // A bare nominal oblique right of a verb that has no object is the object the parser
  // missed ("annexed Ukraine's Crimea Peninsula" read as obl): an oblique has a case word,
  // and the temporal ones carry their own subtype (obl:tmod, obl:unmarked).
  for (std::size_t i = 0; i < n; ++i) {
    const int h = tree.head(i);
    if (h < 0 || static_cast<std::size_t>(h) >= i || tree.relation(i) != "obl") continue;
    const auto hu = static_cast<std::size_t>(h);
    const Token& tok = tree.token(i);
    if ((tok.upos != "NOUN" && tok.upos != "PROPN") || !case_of(i).empty()) continue;
    if (tree.token(hu).upos != "VERB" || has_out(hu, "obj")) continue;
    add(hu, i, "obj", kNone);
  }
  // A passive subject of a finite active verb (a VBD/VBZ/VBP without a passive
  // auxiliary: "Chile signed ..." misread as nsubj:pass) is its subject.
  for (std::size_t i = 0; i < n; ++i) {
    const int h = tree.head(i);
    if (h < 0 || tree.relation(i) != "nsubj:pass") continue;
    const auto hu = static_cast<std::size_t>(h);
    const auto& pos = tree.token(hu).pos;
    if ((pos == "VBD" || pos == "VBZ" || pos == "VBP") && !has_out(hu, "aux:pass"))
      add(hu, i, "nsubj", kNone);
  }
  // Whether token v is the only verb of a sentence whose root is a noun: then, whatever
  // its tag, it is the sentence's predicate ("Russian warplanes bombed/VBN rebel
  // positions" parsed as a noun list), not a modifier.
  auto verbless_but = [&](std::size_t v) {
    bool noun_root = false;
    for (std::size_t k = 0; k < n; ++k) {
      if (k != v && is_verbal(tree.token(k))) return false;
      if (tree.head(k) < 0 && (tree.token(k).upos == "NOUN" || tree.token(k).upos == "PROPN"))
        noun_root = true;
    }
    return noun_root;
  };
  // Two rounds reach chains ("X agreed to sign and ratify"); arcs only grow.
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < n; ++i) {
      const int h = tree.head(i);
      if (h < 0) continue;
      const auto hu = static_cast<std::size_t>(h);
      const auto rel = tree.relation(i);
      const Token& tok = tree.token(i);
      if (rel == "conj") {
        // A conjunct shares its first conjunct's relation to their head ...
        std::vector<Arc> intos;
        for (const Arc* into : in(hu)) intos.push_back(*into);  // add() may reallocate
        // A conjunct right before a gerund of its own is that gerund's subject, not a
        // second object ("with Moscow supporting Assad and Turkey backing rebels", where
        // the parser conjoined Assad and Turkey): it shares no object or oblique.
        const bool subject_of_gerund = i + 1 < n && tree.token(i + 1).upos == "VERB" &&
                                       tree.token(i + 1).text.ends_with("ing") &&
                                       tree.head(i + 1) != static_cast<int>(i);
        for (const Arc& into : intos) {
          const auto base = std::string_view(into.label).substr(0, into.label.find(':'));
          if (subject_of_gerund && base != "nsubj") continue;
          if (shared_relation(base)) {
            add(into.head, i, into.label, into.controller);
            // the case word of the first conjunct covers the rest ("on X and Y")
            auto& arcs = out_[into.head];
            if (arcs.back().dep == i && arcs.back().prep.empty()) arcs.back().prep = into.prep;
          }
        }
        // ... and a conjoined verb without a subject takes its first conjunct's subject,
        // a verb without an object its object (right-node raising attaches to the first).
        if (is_verbal(tok) && is_verbal(tree.token(hu))) {
          const bool own_subject = has_out(i, "nsubj:*") || has_out(i, "expl");
          const bool own_object = has_out(i, "obj");
          const std::vector<Arc> heads = out_[hu];
          // Right-node raising onto the first conjunct: "X signed and ratified the
          // accord" (nothing but the coordinator between the verbs) -- the object of
          // the second is the first's too.
          if (!own_subject && !has_out(hu, "obj") && round == 0) {
            bool adjacent = true;
            for (std::size_t k = hu + 1; k < i; ++k) {
              const auto r = tree.relation(k);
              if (r != "cc" && r != "punct" && r != "advmod") adjacent = false;
            }
            if (adjacent)
              for (const auto& a : std::vector<Arc>(out_[i]))
                if (a.label == "obj" && a.dep > i && !a.inferred) add(hu, a.dep, "obj", kNone);
          }
          for (const auto& a : heads) {
            // A passive conjunct takes the shared subject as its passive subject
            // ("which controls X and is backed by Y": the antecedent is what is backed).
            if (!own_subject && label_matches(a.label, "nsubj:*"))
              add(i, a.dep, has_out(i, "aux:pass") ? std::string("nsubj:pass") : a.label,
                  a.controller);
            if (!own_object && a.label == "obj" && a.dep > i) add(i, a.dep, a.label, kNone);
          }
        }
      } else if (rel == "xcomp") {
        // Control: the xcomp's subject is the controller's object, else its subject.
        if (!has_out(i, "nsubj:*")) {
          const std::vector<Arc> heads = out_[hu];
          bool object = false;
          for (const auto& a : heads)
            if (a.label == "obj" || a.label == "iobj") {
              add(i, a.dep, "nsubj", hu);
              object = true;
            }
          if (!object)
            for (const auto& a : heads)
              if (label_matches(a.label, "nsubj:*"))
                add(i, a.dep, a.label == "nsubj:pass" ? "nsubj:pass" : "nsubj", hu);
        }
      } else if (rel == "advcl" && tok.upos == "VERB" && !has_out(i, "nsubj:*") &&
                 implicative(tree.token(hu)) &&
                 std::any_of(tree.children(i).begin(), tree.children(i).end(), [&](std::size_t c) {
                   return tree.relation(c) == "mark" && lower(tree.token(c).text) == "to";
                 })) {
        // Object control the parser read as an adverbial ("a policy that led him to quit
        // the accord"): the controller's object does the act, as with an xcomp.
        const std::vector<Arc> heads = out_[hu];
        for (const auto& a : heads)
          if (a.label == "obj") add(i, a.dep, "nsubj", hu);
      } else if (rel == "advcl" && tok.upos == "VERB" && is_participle(tok, false) &&
                 !has_out(i, "nsubj:*") && !has_out(i, "expl") && case_of(i) != "for") {
        // An adverbial gerund without a subject is about the main clause's subject
        // ("X opened the talks by meeting Y", "X shelled the town, killing ..."); not a
        // reason with "for", which is about the one thanked or blamed ("thanked Y for
        // hosting the talks").
        const std::vector<Arc> heads = out_[hu];
        bool active = false;
        for (const auto& a : heads)
          if (a.label == "nsubj") {
            add(i, a.dep, "nsubj", kNone);
            active = true;
          }
        // A time clause's gerund ("while/after fighting ...") is about the main clause's
        // subject whatever its voice: "She was captured while fighting X" -- she fought.
        const auto mark = case_of(i);
        if (!active && (mark == "while" || mark == "after" || mark == "before" || mark == "when"))
          for (const auto& a : heads)
            if (a.label == "nsubj:pass") add(i, a.dep, "nsubj", kNone);
      } else if (rel == "advcl" && tok.upos == "VERB" && is_participle(tok, true) &&
                 !has_out(i, "nsubj:*") && !has_out(i, "aux") && !has_out(i, "aux:pass") &&
                 case_of(i).empty()) {
        // A bare past participle as an adverbial is a reduced passive about the noun it
        // follows or precedes: the object just before it ("end its programs, pursued in
        // defiance of ...": the programs are pursued), or, opening the clause, the
        // subject ("Backed by Chile, the militia ...").
        if (i < hu) {
          for (const auto& a : std::vector<Arc>(out_[hu]))
            if (label_matches(a.label, "nsubj") && a.dep > i) add(i, a.dep, "nsubj:pass", kNone);
        } else {
          std::size_t object = kNone;
          for (const auto& a : out_[hu])
            if (a.label == "obj" && a.dep < i && !a.inferred) object = a.dep;
          if (object != kNone) {
            // Only punctuation between the object's last word and the participle.
            // (the rightmost descendant: the rightmost child's, down the tree)
            std::size_t last = object;
            for (bool grew = true; grew;) {
              std::size_t next = last;
              for (std::size_t c : tree.children(last))
                if (c > next && c < i) next = c;
              grew = next != last;
              last = next;
            }
            bool adjacent = true;
            for (std::size_t k = last + 1; k < i; ++k)
              if (tree.relation(k) != "punct") adjacent = false;
            if (adjacent) add(i, object, "nsubj:pass", kNone);
          }
        }
      } else if (rel == "acl:relcl") {
        // The antecedent fills the gap the relative pronoun marks (or, without one,
        // the object if the verb has none, else the subject).
        std::string gap;
        std::size_t pronoun = kNone;
        for (std::size_t c : tree.children(i)) {
          const auto l =
              lower(tree.token(c).lemma.empty() ? tree.token(c).text : tree.token(c).lemma);
          if (l == "who" || l == "which" || l == "that" || l == "whom") {
            gap = std::string(tree.relation(c));
            pronoun = c;
            break;
          }
        }
        // A relative pronoun read as a subject beside a nominal subject of its own
        // ("the deal which Iran signed", both labelled subjects) marks the object gap,
        // when the verb has no object.
        if (pronoun != kNone && label_matches(gap, "nsubj:*") && !has_out(i, "obj")) {
          const bool other_subject =
              std::any_of(tree.children(i).begin(), tree.children(i).end(), [&](std::size_t c) {
                const auto u = tree.token(c).upos;
                return c != pronoun && c > pronoun && c < i &&
                       label_matches(tree.relation(c), "nsubj:*") &&
                       (u == "PROPN" || u == "NOUN" || u == "PRON");
              });
          if (other_subject) gap = "obj";
        }
        if (gap.empty()) gap = has_out(i, "obj") ? "nsubj" : "obj";
        // A bare relative pronoun the parser gave an adverbial label ("the sanctions
        // that X imposed on Y" with "that" as obl:unmarked) still fills the core gap
        // the verb lacks: its object, else its subject.
        if (gap == "obl:unmarked" || gap == "obl:npmod" || gap == "obl:tmod") {
          if (!has_out(i, "obj"))
            gap = "obj";
          else if (!has_out(i, "nsubj:*"))
            gap = "nsubj";
        }
        if (gap == "nsubj" || gap == "nsubj:pass" || gap == "obj") add(i, hu, gap, kNone);
      } else if ((rel == "acl" || rel == "amod") && is_verbal(tok) && case_of(i).empty()) {
        // (not a gerund complement with its own mark: "the policy of targeting X")
        // Participles: "talks convened by the UN" (past: the noun is the passive subject),
        // "rebels seeking his ouster" (present: the noun is the subject).
        // A past participle with an object of its own right after a bare plural is the
        // finite verb of that noun, VBD misread as VBN ("Chilean rebels engaged Peruvian
        // troops ..."): a reduced passive takes no object.
        bool own_object = false;
        for (std::size_t c : tree.children(i))
          if (c > i && tree.relation(c) == "obj") own_object = true;
        const bool bare_plural =
            hu + 1 == i && tree.token(hu).pos == "NNS" &&
            std::none_of(tree.children(hu).begin(), tree.children(hu).end(),
                         [&](std::size_t c) { return tree.relation(c) == "det"; });
        // A finite verb between two nouns read as the second's modifier ("Israeli jets
        // struck targets in X" parsed as a noun list; a participle too when it is the
        // sentence's only verb): the noun before is its subject, the noun it was hung on
        // its object.
        const bool verb_as_amod =
            rel == "amod" && hu > i && i > 0 && !has_out(i, "nsubj:*") &&
            (tok.pos == "VBD" || tok.pos == "VBZ" || verbless_but(i)) &&
            (tree.token(i - 1).upos == "NOUN" || tree.token(i - 1).upos == "PROPN") &&
            tree.head(i - 1) != static_cast<int>(hu);
        if (verb_as_amod) {
          add(i, i - 1, "nsubj", kNone);
          if (!has_out(i, "obj")) add(i, hu, "obj", kNone);
        } else if (is_participle(tok, true) && own_object && bare_plural &&
                   !has_out(i, "nsubj:*")) {
          add(i, hu, "nsubj", kNone);
        } else if (is_participle(tok, true)) {
          add(i, hu, "nsubj:pass", kNone);
          // "Iranian-backed": the nominal before the hyphen is the agent.
          for (std::size_t c : tree.children(i)) {
            const auto crel = tree.relation(c);
            if (c < i &&
                (crel == "compound" || crel == "obl:npmod" || crel == "nmod:npmod" ||
                 crel == "obl" || crel == "amod" || crel == "nmod") &&
                case_of(c).empty())
              add(i, c, "obl:agent", kNone);
          }
        } else if (is_participle(tok, false) && !has_out(i, "nsubj:*")) {
          add(i, hu, "nsubj", kNone);
        } else if ((tok.pos == "VBD" || tok.pos == "VBZ" || tok.pos == "VBP") && hu < i &&
                   !has_out(i, "nsubj:*")) {
          // A finite verb the parser hung off the noun before it is that noun's
          // predicate ("Iranian forces on the plateau shelled the outposts" read as acl).
          add(i, hu, "nsubj", kNone);
        }
      }
    }
  }
  // Basic arcs first, then inferred ones, each in dependent order: a fixed order.
  for (auto& arcs : out_)
    std::stable_sort(arcs.begin(), arcs.end(), [](const Arc& a, const Arc& b) {
      if (a.inferred != b.inferred) return !a.inferred;
      return a.dep < b.dep;
    });
}

std::span<const Arc> EnhancedGraph::out(std::size_t head) const { return out_[head]; }

std::vector<const Arc*> EnhancedGraph::in(std::size_t dep) const {
  std::vector<const Arc*> result;
  for (const auto& arcs : out_)
    for (const auto& a : arcs)
      if (a.dep == dep) result.push_back(&a);
  return result;
}

}  // namespace actorgraph
