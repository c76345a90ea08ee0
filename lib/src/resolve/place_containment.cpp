// Places inside places, read from one sentence each:
//   "the Ethiopian capital of Addis Ababa", "Ethiopia's capital, Addis Ababa"  (place-of)
//   "Nairobi's Serena Hotel", "Syria's Aleppo"                                  (place-possessive)
//   "the Serena hotel in Nairobi"                                                (venue-in)
// The lexicon says which entity a name is; whether one place lies in another is
// only ever read from these words, so removing the sentence removes the edge.
#include "resolve/place_containment.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace actorgraph::detail {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Nouns naming a kind of settlement or area ("the Kenyan port city of Mombasa").
constexpr std::array<std::string_view, 12> kAreaNouns = {
    "capital",  "city",   "county", "district", "enclave", "port",
    "province", "region", "state",  "town",     "village", "municipality"};

// Last words of a venue's name ("Serena Hotel", "Palace of Nations" is not caught).
constexpr std::array<std::string_view, 15> kVenueHeads = {
    "arena",  "building", "center",    "centre",  "compound",   "embassy", "hall", "hotel",
    "palace", "resort",   "residence", "stadium", "university", "airport", "base"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_place(const Mention& m) {
  return m.type == EntityType::location && !m.entity.empty() && m.kind != MentionKind::pronoun;
}
bool is_country(const Mention& m) { return m.type == EntityType::country && !m.entity.empty(); }

bool venue_name(const Mention& m) {
  const auto space = m.text.rfind(' ');
  const std::string last = lower(space == std::string::npos ? m.text : m.text.substr(space + 1));
  return one_of(kVenueHeads, last);
}

class SentencePlaces {
 public:
  SentencePlaces(const Document& doc, const Sentence& s, std::size_t index,
                 std::vector<const Mention*> mentions,
                 std::map<std::pair<std::string, std::string>, Relation>& out)
      : doc_(doc), s_(s), index_(index), mentions_(std::move(mentions)), out_(out) {
    start_at_.assign(s.tokens.size(), nullptr);
    for (const Mention* m : mentions_)
      if (m->token_begin < s.tokens.size() &&
          (!start_at_[m->token_begin] || m->token_end > start_at_[m->token_begin]->token_end))
        start_at_[m->token_begin] = m;
  }

  void run(bool dateline) {
    for (const Mention* m : mentions_) {
      if (dateline) {
        if (is_place(*m)) place_comma_country(*m);
        continue;
      }
      if (is_country(*m) || is_place(*m)) {
        area_of(*m);
        possessive(*m);
      }
      if (is_place(*m)) {
        place_in(*m);
        place_comma_country(*m);
        named_area_of(*m);
      }
    }
  }

 private:
  std::string word(std::size_t k) const {
    const auto& t = s_.tokens[k];
    return lower(t.norm.empty() ? t.text : t.norm);
  }
  const std::string& pos(std::size_t k) const { return s_.tokens[k].pos; }
  bool modifier(std::size_t k) const {
    const auto& p = pos(k);
    return p.starts_with("JJ") || p == "CD" || p == "HYPH" || p == "RBS";
  }

  void emit(const Mention& inner, const Mention& outer, std::size_t b, std::size_t e,
            const char* rule, double confidence) {
    if (inner.entity == outer.entity || e <= b || e > s_.tokens.size()) return;
    Relation& r = out_[{inner.entity, outer.entity}];
    r.source = inner.entity;
    r.type = "located_in";
    r.target = outer.entity;
    Evidence ev;
    ev.document = doc_.id;
    ev.sentence = index_;
    ev.start = s_.tokens[b].begin;
    ev.end = s_.tokens[e - 1].end;
    if (s_.begin <= s_.end && s_.end <= doc_.text.size())
      ev.text = doc_.text.substr(s_.begin, s_.end - s_.begin);
    ev.rule = rule;
    ev.date = doc_.date;
    ev.confidence = confidence;
    r.evidence.insert(std::move(ev));
  }

  // "the Kazakh capital of Astana", "the northern Syrian port city of Latakia",
  // "the Kenyan capital Nairobi", "Ethiopia's capital, Addis Ababa": a country
  // (name or demonym) or a region, an area noun, then the place's name.
  void area_of(const Mention& outer) {
    const std::size_t n = s_.tokens.size();
    std::size_t k = outer.token_end;
    const bool possessed = k < n && pos(k) == "POS";
    if (possessed) ++k;
    std::size_t skipped = 0;
    while (k < n && skipped < 2 && modifier(k) && !one_of(kAreaNouns, word(k))) {
      ++k;
      ++skipped;
    }
    // A noun modifying the area noun: "the Russian resort city of Sochi".
    if (k + 1 < n && pos(k) == "NN" && !start_at_[k] && !one_of(kAreaNouns, word(k)) &&
        one_of(kAreaNouns, word(k + 1)))
      ++k;
    // One or two area nouns: "capital", "port city".
    std::size_t nouns = 0;
    // ("port" is often tagged as an adjective in "port city").
    while (k < n && nouns < 2 && one_of(kAreaNouns, word(k)) &&
           (pos(k) == "NN" || pos(k).starts_with("JJ"))) {
      ++k;
      ++nouns;
    }
    if (nouns == 0 || k >= n) return;
    // A demonym needs its article ("the Kazakh capital"): "Kazakh city officials" is no place.
    if (!possessed && outer.kind == MentionKind::demonym &&
        (outer.token_begin == 0 ||
         (word(outer.token_begin - 1) != "the" && !modifier(outer.token_begin - 1))))
      return;
    std::size_t at = k;
    if (word(at) == "of" || word(at) == ",") ++at;
    if (at >= n) return;
    const Mention* inner = start_at_[at];
    if (!inner || !is_place(*inner) || venue_name(*inner)) return;
    // "the Syrian city of Aleppo and the Turkish town of Kilis" is fine; "the
    // Syrian capital of Damascus's suburbs" is about the suburbs, still in it.
    emit(*inner, outer, outer.token_begin, inner->token_end, "place-of", 0.85);
  }

  // "the Donbass region of eastern Ukraine", "the Rift Valley province of Kenya": a
  // place's name, its area noun (inside the name or after it), "of", at most two
  // modifiers ("eastern", "north-west") and a country or region.
  void named_area_of(const Mention& inner) {
    const std::size_t n = s_.tokens.size();
    std::size_t k = inner.token_end;
    const bool noun_inside = one_of(kAreaNouns, word(inner.token_end - 1));
    if (!noun_inside) {
      if (k >= n || !one_of(kAreaNouns, word(k)) || !pos(k).starts_with("NN")) return;
      ++k;
    }
    if (k >= n || word(k) != "of") return;
    ++k;
    if (k < n && word(k) == "the") ++k;
    for (std::size_t skipped = 0; k < n && skipped < 2 && modifier(k) && !start_at_[k]; ++skipped)
      ++k;
    if (k >= n) return;
    const Mention* outer = start_at_[k];
    if (!outer || outer->kind == MentionKind::demonym || !(is_country(*outer) || is_place(*outer)))
      return;
    // "the city of Aleppo" reads the other way (place-of); a country in a place is a slip.
    if (is_country(inner)) return;
    emit(inner, *outer, inner.token_begin, outer->token_end, "place-area-of", 0.8);
  }

  // "Nairobi's Serena Hotel", "Syria's Aleppo", "Astana's five-star Rixos hotel".
  void possessive(const Mention& outer) {
    const std::size_t n = s_.tokens.size();
    std::size_t k = outer.token_end;
    if (k >= n || pos(k) != "POS") return;
    ++k;
    std::size_t skipped = 0;
    while (k < n && skipped < 3 && modifier(k) && !start_at_[k]) {
      ++k;
      ++skipped;
    }
    if (k >= n) return;
    const Mention* inner = start_at_[k];
    if (!inner || !is_place(*inner)) return;
    // A country is in no city: "Astana's Kazakhstan" would be a slip.
    if (is_place(outer) && !venue_name(*inner) && outer.type == EntityType::location &&
        inner->entity == outer.country)
      return;
    emit(*inner, outer, outer.token_begin, inner->token_end, "place-possessive", 0.8);
  }

  // "the Serena hotel in Nairobi": a venue, "in", a place or country;
  // "Liberec in Czechoslovakia": a place, "in", a country.
  void place_in(const Mention& inner) {
    const std::size_t n = s_.tokens.size();
    std::size_t k = inner.token_end;
    // "the Umaliqa base in Amran": the venue's head noun after its name.
    const bool venue_after = k + 2 < n && one_of(kVenueHeads, word(k)) && pos(k) == "NN";
    if (venue_after) ++k;
    if (k + 1 >= n || word(k) != "in") return;
    ++k;
    if (word(k) == "the") ++k;
    // "Raqqa in north-east Syria", "in southern Ruritania".
    for (std::size_t skipped = 0; k < n && skipped < 2 && modifier(k) && !start_at_[k]; ++skipped)
      ++k;
    if (k >= n) return;
    const Mention* outer = start_at_[k];
    if (!outer || outer->kind == MentionKind::demonym) return;
    const bool venue = venue_after || venue_name(inner);
    // "the Payette National Forest in Idaho": a place the lexicon does not know, in a
    // region it places in a country (a US state); two known regions are no containment.
    const bool region = is_place(*outer) && !outer->country.empty() && inner.country.empty() &&
                        outer->kind == MentionKind::name;
    if (venue ? !(is_place(*outer) || is_country(*outer)) || venue_name(*outer)
              : !(is_country(*outer) || region) || outer->kind != MentionKind::name)
      return;
    // "Oslo in 2015" is no place; "talks in Oslo in Norway's name" is rare enough.
    emit(inner, *outer, inner.token_begin, outer->token_end, venue ? "venue-in" : "place-in", 0.8);
    // "Ostrava, Brno and Liberec in Czechia": the list before the last place is in it too,
    // unless a member lies in another country.
    if (venue) return;
    for (std::size_t k = inner.token_begin; k >= 2;) {
      const std::string sep = word(k - 1);
      if (sep != "," && sep != "and") break;
      std::size_t j = k - 1;
      if (sep == "and" && j >= 1 && word(j - 1) == ",") --j;  // serial comma
      const Mention* member = nullptr;
      for (const Mention* m : mentions_)
        if (m->token_end == j && (!member || m->token_begin < member->token_begin)) member = m;
      if (!member || !is_place(*member) || venue_name(*member) || member->entity == outer->entity)
        break;
      // "Liberec in Czechia and Gmund in Austria": a member that is itself the container of
      // a name before it ("Name in X") is no member of this list.
      if (member->token_begin >= 2 && word(member->token_begin - 1) == "in") {
        const std::string& before = s_.tokens[member->token_begin - 2].text;
        if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z') break;
      }
      const std::string& country = is_country(*outer) ? outer->entity : outer->country;
      if (!member->country.empty() && member->country != country) break;
      emit(*member, *outer, member->token_begin, outer->token_end, "place-in", 0.75);
      k = member->token_begin;
    }
  }

  // "Ottawa, Canada", "in Fresno, Calif., on Monday": a place, a comma and the
  // name of a country, or of a region the lexicon places in a country (a US state,
  // a Canadian province), that ends the phrase. A list ("Damascus, Iran and Turkey",
  // "Cairo, Jordan, Iraq") is not a containment, nor is a place of another country
  // ("Toronto, Ohio" would be a list or a slip).
  void place_comma_country(const Mention& inner) {
    const std::size_t n = s_.tokens.size();
    const std::size_t k = inner.token_end;
    if (k + 1 >= n || word(k) != ",") return;
    const Mention* outer = start_at_[k + 1];
    // "N.C." is read as an acronym: an abbreviated region is as good as its name.
    if (!outer || (outer->kind != MentionKind::name && outer->kind != MentionKind::acronym)) return;
    if (outer->kind == MentionKind::acronym && !is_place(*outer)) return;
    // A region contains a place the lexicon does not know ("Lubbock, Texas") or knows in
    // the region's country ("Boise, Idaho"); two regions side by side are a list ("Ohio,
    // Texas", caught by the list checks below), a place of another country a slip.
    const bool region = is_place(*outer) && !outer->country.empty() &&
                        (inner.country.empty() || inner.country == outer->country) &&
                        inner.entity != outer->entity;
    if (!is_country(*outer) && !region) return;
    const std::size_t after = outer->token_end;
    if (after < n) {
      const std::string w = word(after);
      if (!(w == "," || w == "." || w == ";" || w == "(" || w == ")" || w == ":")) return;
      // ", Iran, Iraq and Turkey", ", Texas, and Florida": another name after the
      // comma continues a list.
      std::size_t next = after + 1;
      if (w == "," && next < n && (word(next) == "and" || word(next) == "or")) ++next;
      // "Jacksonville, N.C., and Dodge City, Kan.": a place with its own region after
      // it is the next pair, not the list's next member.
      const auto own_region = [&](const Mention& m) {
        const std::size_t c = m.token_end;
        return is_place(m) && c + 1 < n && word(c) == "," && start_at_[c + 1] &&
               is_place(*start_at_[c + 1]) && !start_at_[c + 1]->country.empty() &&
               m.country.empty();
      };
      if (w == "," && next < n && start_at_[next] &&
          (is_country(*start_at_[next]) || is_place(*start_at_[next])) &&
          !own_region(*start_at_[next]))
        return;
    }
    // "Cairo, Damascus, Iran" or "Egypt, Cairo, Iran": a name and a comma before is a list.
    if (inner.token_begin >= 2 && word(inner.token_begin - 1) == ",") return;
    // "Ellington Air Force Base and Galveston, Texas": the last of two joined places
    // is in the region; "Iran, Iraq and Damascus, Syria" (a list before) is not read.
    if (inner.token_begin >= 1 &&
        (word(inner.token_begin - 1) == "and" || word(inner.token_begin - 1) == "or")) {
      const std::size_t before = inner.token_begin - 1;
      const Mention* other = nullptr;
      for (const Mention* m : mentions_)
        if (m->token_end == before) other = m;
      if (!other || !is_place(*other) ||
          (other->token_begin >= 1 && word(other->token_begin - 1) == ","))
        return;
    }
    emit(inner, *outer, inner.token_begin, outer->token_end, "place-comma", 0.75);
  }

  const Document& doc_;
  const Sentence& s_;
  std::size_t index_;
  std::vector<const Mention*> mentions_;
  std::vector<const Mention*> start_at_;  // longest mention starting at each token
  std::map<std::pair<std::string, std::string>, Relation>& out_;
};

}  // namespace

std::vector<Relation> read_place_containment(const Document& document,
                                             std::span<const Sentence> sentences,
                                             std::span<const Mention> mentions) {
  std::vector<std::vector<const Mention*>> by_sentence(sentences.size());
  for (const auto& m : mentions)
    if (m.sentence < sentences.size() && m.token_begin < m.token_end &&
        m.token_end <= sentences[m.sentence].tokens.size() && m.type != EntityType::event &&
        !m.entity.empty())
      by_sentence[m.sentence].push_back(&m);
  std::map<std::pair<std::string, std::string>, Relation> out;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (by_sentence[i].size() < 2) continue;
    // A dateline says only where the story was filed: "FRESNO, Calif. (AP)".
    SentencePlaces(document, sentences[i], i, std::move(by_sentence[i]), out)
        .run(sentences[i].block == BlockKind::dateline);
  }
  std::vector<Relation> result;
  result.reserve(out.size());
  for (auto& [key, relation] : out) result.push_back(std::move(relation));
  return result;
}

}  // namespace actorgraph::detail
