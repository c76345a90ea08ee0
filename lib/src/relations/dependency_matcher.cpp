// Matching dependency patterns over an enhanced UD graph (see dependency_matcher.hpp).
#include "relations/dependency_matcher.hpp"

#include <algorithm>
#include <string_view>

namespace actorgraph {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string lemma_of(const Token& t) { return lower(t.lemma.empty() ? t.text : t.lemma); }

bool in(const std::vector<std::string>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool matches_any(std::string_view label, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return EnhancedGraph::label_matches(label, p); });
}

// Which lexicon part of speech an anchor's UPOS can carry.
bool pos_fits(PredicatePos pos, const Token& t) {
  switch (pos) {
    case PredicatePos::verb:
      return t.upos == "VERB";
    case PredicatePos::noun:
      return t.upos == "NOUN" || t.upos == "PROPN";
    case PredicatePos::adj:
      return t.upos == "ADJ" || (t.upos == "VERB" && t.pos == "VBN");
    default:
      return false;
  }
}

// An argument's role as the predicate sees it: a by-phrase of a noun is its agent.
bool slot_fits(const std::vector<ArgSlot>& slots, ArgRole role, std::string_view prep) {
  return std::any_of(slots.begin(), slots.end(), [&](const ArgSlot& s) {
    if (role == ArgRole::oblique) return s.role == ArgRole::oblique && s.prep == prep;
    return s.role == role;
  });
}

// The anchor token and the tokens its multiword lemma's other words sit on
// ("impose" + the "sanction" it governs; "shoot" + particle "down"), or empty
// when the words are not there.
std::vector<std::size_t> anchor_nodes(const EnhancedGraph& g, std::size_t anchor,
                                      std::span<const std::string> rest) {
  std::vector<std::size_t> nodes{anchor};
  for (const auto& word : rest) {
    bool found = false;
    auto is_word = [&](std::size_t k) {
      const Token& t = g.tree().token(k);
      return lemma_of(t) == word || lower(t.text) == word;
    };
    // By index over the nodes found so far (the loop appends to `nodes`).
    const std::size_t known = nodes.size();
    for (std::size_t fi = 0; fi < known; ++fi) {
      const std::size_t from = nodes[fi];
      for (const auto& a : g.out(from)) {
        if (is_word(a.dep)) {
          nodes.push_back(a.dep);
          // A later conjunct ("traded insults and threats with Y"): what depends on the
          // whole coordination hangs off its first conjunct, so that one is read too.
          if (g.tree().relation(a.dep) == "conj" && g.tree().head(a.dep) >= 0) {
            const auto first = static_cast<std::size_t>(g.tree().head(a.dep));
            if (first != from && std::find(nodes.begin(), nodes.end(), first) == nodes.end())
              nodes.push_back(first);
          }
          found = true;
          break;
        }
        // A particle analysed as part of a complex preposition: "pulled [out of] the accord".
        for (std::size_t c : g.tree().children(a.dep)) {
          const auto rel = g.tree().relation(c);
          if ((rel == "case" || rel == "fixed") && is_word(c)) found = true;
        }
        if (found) break;
      }
      if (found) break;
    }
    if (!found) return {};
  }
  return nodes;
}

struct Found {
  std::size_t token;
  std::string prep;
};

// The tokens an argument spec reaches from the anchor's nodes.
std::vector<Found> reach(const EnhancedGraph& g, const std::vector<std::size_t>& nodes,
                         const PatternArg& arg, const DependencyPatterns& patterns) {
  std::vector<Found> out;
  for (std::size_t node : nodes) {
    if (arg.from_parent) {
      for (const Arc* a : g.in(node))
        if (matches_any(a->label, arg.deprels)) out.push_back({a->head, ""});
      continue;
    }
    for (const auto& a : g.out(node)) {
      if (!matches_any(a.label, arg.deprels)) continue;
      // obl:agent says "by" itself; an oblique without a case word is no oblique.
      std::string prep = a.label == "obl:agent" ? std::string("by") : a.prep;
      if (!arg.cases.empty() && !in(arg.cases, prep)) continue;
      if (arg.slot == ArgRole::oblique && prep.empty()) continue;
      if (arg.slot != ArgRole::oblique && arg.cases.empty() && !a.prep.empty() &&
          (arg.slot == ArgRole::subject || arg.slot == ArgRole::object ||
           arg.slot == ArgRole::modifier || arg.slot == ArgRole::head))
        continue;  // "by X" is not a bare subject
      const bool dup =
          std::any_of(out.begin(), out.end(), [&](const Found& f) { return f.token == a.dep; });
      if (!dup) out.push_back({a.dep, prep});
    }
    // "fought with X against Y": the parser hangs the adversative phrase off the
    // oblique before it; it is the verb's oblique as much as the noun's.
    if (arg.slot == ArgRole::oblique && !arg.from_parent)
      for (const auto& a : g.out(node)) {
        if (!EnhancedGraph::label_matches(a.label, "obl:*") || a.prep.empty()) continue;
        for (const auto& b : g.out(a.dep))
          if (EnhancedGraph::label_matches(b.label, "nmod:*") && b.prep == "against" &&
              (arg.cases.empty() || in(arg.cases, b.prep)) &&
              std::none_of(out.begin(), out.end(),
                           [&](const Found& f) { return f.token == b.dep; }))
            out.push_back({b.dep, b.prep});
      }
  }
  // What a quantity or a list stands for is its members: "all of the X" (partitive
  // heads), "states including X and Y" (inclusive participles) -- each is an argument too.
  const auto& tree = g.tree();
  const auto& partitive = patterns.partitive_heads();
  const auto& inclusive = patterns.inclusive_participles();
  // (members of members too: "all of the states including X"; bounded, arcs are finite)
  const std::size_t bound = out.size() * 8 + 8;
  auto push = [&](std::size_t tok, const std::string& prep) {
    if (std::none_of(out.begin(), out.end(), [&](const Found& f) { return f.token == tok; }))
      out.push_back({tok, prep});
  };
  for (std::size_t fi = 0; fi < out.size() && out.size() < bound; ++fi) {
    const Found f = out[fi];
    const bool part = in(partitive, lemma_of(tree.token(f.token)));
    for (const auto& a : g.out(f.token))
      if (a.label == "nmod" && ((part && a.prep == "of") || in(inclusive, a.prep)))
        push(a.dep, f.prep);
    for (const auto& a : g.out(f.token)) {
      if (a.label != "acl" || !in(inclusive, lemma_of(tree.token(a.dep)))) continue;
      for (const auto& b : g.out(a.dep))
        if (b.label == "obj") push(b.dep, f.prep);
    }
  }
  return out;
}

bool anchor_fits(const EnhancedGraph& g, std::size_t anchor, const PatternRule& rule) {
  const Token& t = g.tree().token(anchor);
  if (!rule.upos.empty() && !in(rule.upos, t.upos)) return false;
  for (const auto& need : rule.requires_arcs)
    if (std::none_of(g.out(anchor).begin(), g.out(anchor).end(),
                     [&](const Arc& a) { return EnhancedGraph::label_matches(a.label, need); }))
      return false;
  for (const auto& a : g.out(anchor))
    if (!a.prep.empty() && in(rule.forbids_cases, a.prep)) return false;
  for (const auto& ban : rule.forbids_arcs)
    if (std::any_of(g.out(anchor).begin(), g.out(anchor).end(),
                    [&](const Arc& a) { return EnhancedGraph::label_matches(a.label, ban); }))
      return false;
  return true;
}

}  // namespace

const char* modality_at(const EnhancedGraph& g, std::size_t anchor, const ModalityWords& w) {
  const DependencyTree& tree = g.tree();
  std::size_t cur = anchor;
  // A nominal predicate takes the modality of the verb it is an argument of
  // ("did not launch an attack on", "threatened sanctions on").
  if (tree.token(cur).upos == "NOUN" && tree.head(cur) >= 0) {
    const auto rel = tree.base_relation(cur);
    const auto h = static_cast<std::size_t>(tree.head(cur));
    if ((rel == "obj" || rel == "nsubj") && tree.token(h).upos == "VERB") {
      const auto hl = lemma_of(tree.token(h));
      if (rel == "obj" && in(w.intending_controllers, hl)) return "intended";
      if (rel == "obj" && in(w.demanding_controllers, hl)) return "demanded";
      if (rel == "obj" && in(w.negating_controllers, hl)) return "negated";
      cur = h;
    }
  }
  const char* why = nullptr;
  // A conditional clause attached to the predicate: "if the truce holds, X attends";
  // a temporal one when the predicate is future: "once the truce holds, X will attend".
  auto conditioned = [&](std::size_t predicate) {
    bool future = false;
    for (std::size_t c : tree.children(predicate))
      if (tree.base_relation(c) == "aux" && in(w.future_aux, lemma_of(tree.token(c))))
        future = true;
    for (std::size_t c : tree.children(predicate)) {
      if (tree.base_relation(c) != "advcl") continue;
      for (std::size_t m : tree.children(c)) {
        // A subordinator the parser read as an adverb ("[only] once/when the truce holds
        // will X attend", with the subject-auxiliary inversion) marks the clause as well.
        const auto mrel = tree.base_relation(m);
        const bool adverbial =
            mrel == "advmod" && (tree.token(m).pos == "IN" || tree.token(m).pos == "WRB");
        if (mrel != "mark" && !adverbial) continue;
        const auto ml = lemma_of(tree.token(m));
        if (in(w.conditional_marks, ml) || (future && in(w.future_conditional_marks, ml)))
          return true;
      }
    }
    return false;
  };
  if (conditioned(cur)) return "hypothetical";
  for (int guard = 0; guard < 8; ++guard) {
    for (std::size_t c : tree.children(cur)) {
      const auto rel = tree.base_relation(c);
      const auto l = lemma_of(tree.token(c));
      if ((rel == "advmod" || rel == "neg" || rel == "det") && in(w.negation, l)) return "negated";
      // "None of the states condemned X", "Neither side attacked": a negative subject.
      if (rel == "nsubj" && in(w.negation, l)) return "negated";
      if (rel == "aux" && in(w.hypothetical_aux, l) && !why) why = "hypothetical";
      if (rel == "aux" && in(w.demanded_aux, l)) why = "demanded";
      if (rel == "mark" && in(w.conditional_marks, l)) why = "hypothetical";
    }
    if (tree.head(cur) < 0) {
      // A bare infinitive as the sentence itself, as headlines announce plans
      // ("Chile to attend talks"): intended.
      for (std::size_t c : tree.children(cur))
        if (tree.base_relation(c) == "mark" && in(w.intending_marks, lemma_of(tree.token(c))) &&
            c < cur && !why)
          why = "intended";
      break;
    }
    const auto rel = tree.relation(cur);
    const auto h = static_cast<std::size_t>(tree.head(cur));
    const auto hl = lemma_of(tree.token(h));
    if (rel == "xcomp") {
      if (in(w.negating_controllers, hl)) return "negated";
      if (in(w.intending_controllers, hl) && !why) why = "intended";
      if (in(w.demanding_controllers, hl)) why = "demanded";
      cur = h;  // "did not agree to sign": the controller's negation counts
      continue;
    }
    if (rel == "ccomp" && in(w.demanding_controllers, hl)) return "demanded";
    // "X denied that it had backed Y": a clause under a negating verb is not asserted.
    if (rel == "ccomp" && in(w.negating_controllers, hl)) return "negated";
    if (rel == "advcl" || rel == "ccomp" || rel == "conj" || rel == "parataxis") {
      // A conditional clause above makes everything in it hypothetical.
      std::size_t up = cur;
      for (int g2 = 0; g2 < 8 && tree.head(up) >= 0; ++g2) {
        for (std::size_t c : tree.children(up))
          if (tree.base_relation(c) == "mark" && in(w.conditional_marks, lemma_of(tree.token(c))))
            return "hypothetical";
        if (tree.relation(up) != "conj") break;
        up = static_cast<std::size_t>(tree.head(up));
      }
    }
    break;
  }
  return why;
}

std::vector<TreeMatch> match_patterns(const EnhancedGraph& g, const DependencyPatterns& patterns,
                                      const PredicateLexicon& predicates) {
  std::vector<TreeMatch> out;
  const DependencyTree& tree = g.tree();
  for (const auto& rule : patterns.rules()) {
    for (std::size_t anchor = 0; anchor < tree.size(); ++anchor) {
      const Token& t = tree.token(anchor);
      if (!pos_fits(rule.predicate, t) || !anchor_fits(g, anchor, rule)) continue;
      // By lemma, or by the word as written for plural-only entries ("talks").
      auto cands = predicates.with_head(lemma_of(t), rule.predicate);
      if (const auto written = lower(t.text); written != lemma_of(t))
        for (const Predicate* p : predicates.with_head(written, rule.predicate))
          if (std::find(cands.begin(), cands.end(), p) == cands.end()) cands.push_back(p);
      if (cands.empty()) continue;
      const char* why = nullptr;
      bool why_known = false;
      for (const Predicate* p : cands) {
        if (!rule.relation.empty() && p->relation != rule.relation) continue;
        if (!rule.lemmas.empty() && !in(rule.lemmas, p->lemma)) continue;
        const auto nodes = anchor_nodes(g, anchor, predicates.rest_words(*p));
        if (nodes.empty()) continue;
        if (!why_known) {
          why = modality_at(g, anchor, patterns.modality());
          why_known = true;
        }
        auto emit = [&](std::size_t s, std::size_t tg, const PatternArg* sa, const PatternArg* ta) {
          if (s == tg || s == anchor || tg == anchor) return;
          out.push_back({&rule, p, anchor, s, tg, sa, ta, why});
        };
        if (rule.args.size() == 1) {
          // Pairwise: "talks between X and Y", "X and Y traded threats" -- every two
          // conjuncts of the argument, each way (a symmetric relation is stored once).
          const auto& arg = rule.args[0];
          const auto found = reach(g, nodes, arg, patterns);
          std::vector<std::size_t> ends;
          for (const auto& f : found)
            if (slot_fits(p->target, arg.slot, f.prep) ||
                (!rule.lemmas.empty() && slot_fits(p->source, arg.slot, f.prep)))
              ends.push_back(f.token);
          std::sort(ends.begin(), ends.end());
          for (std::size_t i = 0; i < ends.size(); ++i)
            for (std::size_t j = i + 1; j < ends.size(); ++j) {
              emit(ends[i], ends[j], &arg, &arg);
              emit(ends[j], ends[i], &arg, &arg);
            }
          continue;
        }
        // A reciprocal predicate (source and target both the subject) is read pairwise, or
        // by a rule whose two arguments are both subjects ("X traded threats with Y": the
        // with-phrase is a co-subject), each way; no other rule reads it.
        const auto& a0 = rule.args[0];
        const auto& a1 = rule.args[1];
        const bool reciprocal =
            std::any_of(p->source.begin(), p->source.end(), [&](const ArgSlot& s) {
              return std::find(p->target.begin(), p->target.end(), s) != p->target.end();
            });
        const bool co_subjects = a0.slot == ArgRole::subject && a1.slot == ArgRole::subject;
        if (reciprocal != co_subjects) continue;
        if (co_subjects) {
          const auto f0 = reach(g, nodes, a0, patterns);
          const auto f1 = f0.empty() ? std::vector<Found>{} : reach(g, nodes, a1, patterns);
          for (const auto& x : f0)
            for (const auto& y : f1) {
              emit(x.token, y.token, &a0, &a1);
              emit(y.token, x.token, &a1, &a0);
            }
          continue;
        }
        const auto f0 = reach(g, nodes, a0, patterns);
        if (f0.empty()) continue;
        const auto f1 = reach(g, nodes, a1, patterns);
        for (const auto& x : f0)
          for (const auto& y : f1) {
            if (x.token == y.token) continue;
            if (slot_fits(p->source, a0.slot, x.prep) && slot_fits(p->target, a1.slot, y.prep))
              emit(x.token, y.token, &a0, &a1);
            else if (slot_fits(p->source, a1.slot, y.prep) && slot_fits(p->target, a0.slot, x.prep))
              emit(y.token, x.token, &a1, &a0);
          }
      }
    }
  }
  // The longest predicate wins between the same two arguments of one anchor: "talked on
  // the phone with Y" is the phone entry's (talks), not also "talk with"'s (a meeting).
  auto words = [](const Predicate* p) { return std::count(p->lemma.begin(), p->lemma.end(), ' '); };
  std::vector<TreeMatch> kept;
  kept.reserve(out.size());
  for (const auto& m : out) {
    const bool longer = std::any_of(out.begin(), out.end(), [&](const TreeMatch& o) {
      return o.anchor == m.anchor && o.predicate->relation != m.predicate->relation &&
             ((o.source == m.source && o.target == m.target) ||
              (o.source == m.target && o.target == m.source)) &&
             words(o.predicate) > words(m.predicate);
    });
    if (!longer) kept.push_back(m);
  }
  return kept;
}

}  // namespace actorgraph
