// Entity resolution within one document: names, partial names, variants,
// acronyms, metonyms, pronouns and definite descriptions.
#include "resolve/entity_resolver.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "mentions/mention_words.hpp"

namespace actorgraph {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::vector<std::string> split_words(const std::string& key) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < key.size()) {
    auto end = key.find(' ', pos);
    if (end == std::string::npos) end = key.size();
    if (end > pos) words.push_back(key.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

bool org_like(EntityType t) { return t == EntityType::organization || t == EntityType::armed_group; }

bool compatible(EntityType a, EntityType b) { return a == b || (org_like(a) && org_like(b)); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  return out;
}

/// Is name `a` fuller than `b`? More words, then more bytes, then smaller text: a total order.
bool fuller(const std::string& a, const std::string& b) {
  const auto wa = std::count(a.begin(), a.end(), ' ');
  const auto wb = std::count(b.begin(), b.end(), ' ');
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

/// One entity being built for the document.
struct Cluster {
  std::string fixed_id;   // lexicon or rule id; empty: slug of the fullest name
  std::string label;      // fixed label, if any
  EntityType type = EntityType::organization;
  std::vector<std::vector<std::string>> keys;  // name keys, as words
  std::string fullest;    // fullest surface name seen
  std::string roles;      // roles of its mentions, lower case, for "the envoy"
  std::size_t last = 0;   // index of its last mention
};

bool is_suffix(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  if (part.empty() || part.size() > whole.size()) return false;
  return std::equal(part.rbegin(), part.rend(), whole.rbegin());
}

/// Can the person name `m` (key words) belong to cluster `c` without merging two people?
bool person_fits(const std::vector<std::string>& m, const Cluster& c) {
  for (const auto& k : c.keys) {
    if (k == m) return true;
    if (is_suffix(m, k) || is_suffix(k, m)) return true;  // "Abu Zaid" / "Osama Abu Zaid"; "Assad"
  }
  // Same surname, compatible first names: "Mohammad Alloush" / "Mohammed Alloush" share a key
  // already; "George A. Krol" / "George Krol" drop initials in the key. Anything else stays apart.
  return false;
}

class DocumentResolver {
 public:
  DocumentResolver(std::vector<Mention>& mentions, std::span<const Sentence> sentences, const Lexicon& lexicon)
      : m_(mentions), s_(sentences), lex_(lexicon), cluster_of_(mentions.size(), kNone) {}

  void run() {
    for (std::size_t i = 0; i < m_.size(); ++i) {
      auto& m = m_[i];
      if (m.kind == MentionKind::pronoun || m.kind == MentionKind::nominal) continue;
      resolve_name(i);
    }
    // Descriptions and pronouns, in order, so resolved pronouns become antecedents.
    for (std::size_t i = 0; i < m_.size(); ++i) {
      auto& m = m_[i];
      if (m.kind == MentionKind::pronoun) resolve_pronoun(i);
      else if (m.kind == MentionKind::nominal) resolve_description(i);
    }
    finish_ids();
  }

 private:
  // ---- names --------------------------------------------------------------

  std::size_t new_cluster(std::size_t i) {
    Cluster c;
    c.fixed_id = m_[i].entity;
    c.label = m_[i].label;
    c.type = m_[i].type;
    clusters_.push_back(std::move(c));
    return clusters_.size() - 1;
  }

  void join(std::size_t i, std::size_t c) {
    cluster_of_[i] = c;
    auto& cl = clusters_[c];
    cl.last = i;
    const auto& m = m_[i];
    const std::string& name = m.name;
    if (!name.empty() && m.kind != MentionKind::demonym && m.kind != MentionKind::metonym &&
        m.kind != MentionKind::nominal) {
      auto words = split_words(name_key(name));
      if (!words.empty() && std::find(cl.keys.begin(), cl.keys.end(), words) == cl.keys.end())
        cl.keys.push_back(std::move(words));
      if (m.kind != MentionKind::acronym && (cl.fullest.empty() || fuller(name, cl.fullest))) cl.fullest = name;
    }
    if (cl.label.empty() && !m.label.empty()) cl.label = m.label;
    if (!m.role.empty()) cl.roles += lower(m.role) + "|";
    if (cl.fixed_id.empty() && !m.entity.empty()) cl.fixed_id = m.entity;
  }

  std::size_t find_by_id(const std::string& id) const {
    for (std::size_t c = 0; c < clusters_.size(); ++c)
      if (clusters_[c].fixed_id == id) return c;
    return kNone;
  }

  std::size_t find_by_key(const std::vector<std::string>& key, EntityType type) const {
    for (std::size_t c = clusters_.size(); c-- > 0;)
      if (compatible(clusters_[c].type, type))
        for (const auto& k : clusters_[c].keys)
          if (k == key) return c;
    return kNone;
  }

  void resolve_name(std::size_t i) {
    auto& m = m_[i];
    if (!m.entity.empty()) {  // lexicon, state bodies, governments, places
      auto c = find_by_id(m.entity);
      if (c == kNone) c = new_cluster(i);
      join(i, c);
      return;
    }
    if (m.name.empty()) return;
    const auto key = split_words(name_key(m.name));
    if (key.empty()) return;
    // Declared equal in the text: "HNC" = "High Negotiations Committee".
    if (!m.alias_of.empty()) {
      const auto alias_key = split_words(name_key(m.alias_of));
      auto c = find_by_key(alias_key, m.type);
      if (c == kNone) {
        c = new_cluster(i);
        clusters_[c].keys.push_back(alias_key);
        clusters_[c].fullest = m.alias_of;
      }
      join(i, c);
      return;
    }
    if (m.type == EntityType::person) {
      std::size_t best = kNone;
      for (std::size_t c = 0; c < clusters_.size(); ++c) {
        if (clusters_[c].type != EntityType::person || !person_fits(key, clusters_[c])) continue;
        if (best == kNone || clusters_[c].last > clusters_[best].last) best = c;
      }
      // A surname-only mention must not hide a clash: "Krol" fits "George Krol" and "Anna Krol";
      // the most recently mentioned wins, which is what news prose means.
      // "Apple said" after "Apple Inc": a one-word name that begins an
      // organisation of the document is that organisation, not a person.
      if (best == kNone && key.size() == 1 && m.role.empty())
        if (const auto org = org_by_first_word(key[0]); org != kNone) {
          m.type = clusters_[org].type;
          join(i, org);
          return;
        }
      if (best == kNone) best = new_cluster(i);
      join(i, best);
      return;
    }
    auto c = find_by_key(key, m.type);
    if (c == kNone && org_like(m.type)) {
      // An undefined acronym used for a name given in full earlier ("FSA").
      const bool acronym = m.kind == MentionKind::acronym;
      if (acronym) c = acronym_target(m.name);
    }
    if (c == kNone && m.type == EntityType::government) {
      // "State Department" after "the U.S. State Department".
      const auto slug = "-" + slugify(m.name);
      for (std::size_t k = 0; k < clusters_.size(); ++k)
        if (clusters_[k].fixed_id.ends_with(slug)) c = k;
    }
    if (c == kNone && m.type == EntityType::location && key.size() == 1) c = place_by_first_word(key[0]);
    if (c == kNone) c = new_cluster(i);
    join(i, c);
  }

  /// "the Rixos hotel" after "Rixos President Hotel", "Gaza" after "the Gaza Strip":
  /// a one-word place named by the first word of a longer place of the document
  /// (the most recent one if several fit).
  std::size_t place_by_first_word(const std::string& word) const {
    for (std::size_t c = clusters_.size(); c-- > 0;) {
      if (clusters_[c].type != EntityType::location) continue;
      for (const auto& key : clusters_[c].keys)
        if (key.size() > 1 && key.front() == word) return c;
    }
    return kNone;
  }

  std::size_t org_by_first_word(const std::string& word) const {
    for (std::size_t c = clusters_.size(); c-- > 0;) {
      if (!org_like(clusters_[c].type)) continue;
      for (const auto& key : clusters_[c].keys)
        if (key.size() > 1 && key.front() == word) return c;
    }
    return kNone;
  }

  std::size_t acronym_target(const std::string& acronym) const {
    for (std::size_t c = clusters_.size(); c-- > 0;) {
      if (!org_like(clusters_[c].type) || clusters_[c].fullest.empty()) continue;
      std::string initials;
      for (const auto& w : split_words(lower(clusters_[c].fullest)))
        if (!detail::has_class(w, detail::kFunction)) initials.push_back(static_cast<char>(w[0] - 'a' + 'A'));
      std::string letters;
      for (char ch : acronym)
        if (ch >= 'A' && ch <= 'Z') letters.push_back(ch);
      if (!letters.empty() && initials == letters) return c;
    }
    return kNone;
  }

  // ---- antecedents --------------------------------------------------------

  const Token* token(const Mention& m, std::size_t k) const {
    if (m.sentence >= s_.size() || k >= s_[m.sentence].tokens.size()) return nullptr;
    return &s_[m.sentence].tokens[k];
  }

  std::string lower_token(const Mention& m, std::size_t k) const {
    const Token* t = token(m, k);
    return t ? lower(t->norm.empty() ? t->text : t->norm) : std::string();
  }

  /// A person mention next to a verb of speech ("X said", "said X", "X, ..., told").
  bool is_speaker(const Mention& m) const {
    const auto next = lower_token(m, m.token_end);
    if (detail::has_class(next, detail::kSpeech)) return true;
    if (next == "also" && detail::has_class(lower_token(m, m.token_end + 1), detail::kSpeech)) return true;
    if (m.token_begin > 0 && detail::has_class(lower_token(m, m.token_begin - 1), detail::kSpeech)) return true;
    // Apposition: "X, a spokesman for Y, told reporters".
    if (next == ",") {
      const auto& tokens = s_[m.sentence].tokens;
      for (std::size_t k = m.token_end + 1; k < tokens.size() && k < m.token_end + 14; ++k)
        if (lower_token(m, k) == "," && detail::has_class(lower_token(m, k + 1), detail::kSpeech)) return true;
    }
    return false;
  }

  /// The country, government, organisation or armed group an "it"/"its" refers to:
  /// the nearest one before it in the sentence ("Russia said it would halt its
  /// strikes", "the United States and its allies"), unless a place or an event is
  /// nearer; for "it", which the recogniser
  /// takes only after a verb of speech, that is the speaker ("Moscow said it"), and a
  /// person speaking ("the minister said it was unclear") means no actor. A sentence
  /// that names nothing before "its" takes the subject of the sentence before; one
  /// that names only places, events or people ("the truce, the first of its kind")
  /// has no antecedent: "its" then most often means a thing.
  std::size_t body_antecedent(std::size_t i) const {
    const auto& me = m_[i];
    if (me.sentence < s_.size() && s_[me.sentence].block == BlockKind::caption) return kNone;
    auto body = [&](std::size_t j) {
      if (cluster_of_[j] == kNone) return false;
      const auto t = clusters_[cluster_of_[j]].type;
      return t == EntityType::country || t == EntityType::government ||
             t == EntityType::organization || t == EntityType::armed_group;
    };
    const bool reported = lower(me.text) == "it";
    bool named_before = false;
    for (std::size_t j = i; j-- > 0 && m_[j].sentence == me.sentence;) {
      if (m_[j].token_end > me.token_begin) continue;
      named_before = true;
      if (body(j)) return j;
      // "Kiev in its conflict", "the edges of the enclave ... its fate": a place or an
      // event nearer than any actor is most often what "its" means.
      if (cluster_of_[j] != kNone && (clusters_[cluster_of_[j]].type == EntityType::location ||
                                      clusters_[cluster_of_[j]].type == EntityType::event))
        return kNone;
      if (reported && cluster_of_[j] != kNone &&
          clusters_[cluster_of_[j]].type == EntityType::person)
        return kNone;
    }
    if (named_before || reported || me.sentence == 0) return kNone;
    std::size_t j = i;
    while (j > 0 && m_[j - 1].sentence == me.sentence) --j;
    std::size_t first = kNone;
    for (std::size_t k = j; k-- > 0 && m_[k].sentence + 1 == me.sentence;)
      if (body(k)) first = k;  // walking back: the last kept is the sentence's first
    return first;
  }

  /// The person a "he"/"she" or "the diplomat" refers to.
  std::size_t person_antecedent(std::size_t i, std::string_view noun) const {
    const auto& me = m_[i];
    // A photo caption is no part of the story's prose: "he" never means its subject.
    auto person = [&](std::size_t j) {
      return cluster_of_[j] != kNone && clusters_[cluster_of_[j]].type == EntityType::person &&
             !(m_[j].sentence < s_.size() && s_[m_[j].sentence].block == BlockKind::caption);
    };
    // A description matching a role ("the envoy" -> the one whose role says envoy) wins within reach.
    if (!noun.empty()) {
      for (std::size_t j = i; j-- > 0;) {
        if (m_[j].sentence + 4 < me.sentence) break;
        if (!person(j)) continue;
        if (clusters_[cluster_of_[j]].roles.find(noun) != std::string::npos) return j;
      }
    }
    // Same sentence: a speaker before the pronoun, else the first person (the subject).
    std::size_t from = i;
    while (from > 0 && m_[from - 1].sentence + 4 >= me.sentence) --from;
    std::size_t first = kNone, speaker = kNone;
    for (std::size_t j = from; j < i; ++j) {
      if (m_[j].sentence != me.sentence || !person(j)) continue;
      if (first == kNone) first = j;
      if (speaker == kNone && is_speaker(m_[j])) speaker = j;
    }
    if (speaker != kNone) return speaker;
    if (first != kNone && noun.empty()) return first;
    // Previous sentences, nearest first: the speaker, else the subject.
    std::size_t sentence = me.sentence;
    for (int back = 0; back < 4 && sentence > 0; ++back) {
      --sentence;
      first = speaker = kNone;
      for (std::size_t j = from; j < i; ++j) {
        if (m_[j].sentence != sentence || !person(j)) continue;
        if (first == kNone) first = j;
        if (speaker == kNone && is_speaker(m_[j])) speaker = j;
      }
      if (speaker != kNone) return speaker;
      if (first != kNone) return first;
    }
    return kNone;
  }

  /// Coordinated lists of mentions ending before mention i: "Russia, Turkey and Iran".
  struct List {
    std::vector<std::size_t> members;  // mention indices
    std::size_t last = 0;
  };

  /// `window` is how many sentences back a list may start: short for "they" and bare plurals,
  /// the whole document for counted descriptions ("the three countries", "the trio"), whose
  /// size must match the list and so cannot pick up a nearer list by accident.
  std::vector<List> lists_before(std::size_t i, std::size_t window = 3) const {
    std::vector<List> lists;
    List current;
    auto separator_only = [&](const Mention& a, const Mention& b) {
      if (a.sentence != b.sentence) return false;
      bool separator = false;
      for (std::size_t k = a.token_end; k < b.token_begin; ++k) {
        const auto w = lower_token(a, k);
        if (w != "," && w != "and" && w != "or" && w != "as" && w != "well" && w != "the") return false;
        separator = separator || w == "," || w == "and" || w == "or";
      }
      return separator && b.token_begin >= a.token_end;
    };
    std::size_t prev = kNone;
    std::size_t from = i;  // lists more than `window` sentences back are out of reach
    while (from > 0 && m_[from - 1].sentence + window >= m_[i].sentence) --from;
    for (std::size_t j = from; j < i; ++j) {
      if (m_[j].kind == MentionKind::pronoun || m_[j].kind == MentionKind::nominal) continue;
      if (cluster_of_[j] == kNone) continue;
      if (prev != kNone && separator_only(m_[prev], m_[j])) {
        if (current.members.empty()) current.members.push_back(prev);
        current.members.push_back(j);
        current.last = j;
      } else {
        if (current.members.size() >= 2) lists.push_back(current);
        current = List{};
      }
      prev = j;
    }
    if (current.members.size() >= 2) lists.push_back(current);
    return lists;
  }

  std::vector<std::string> member_ids(const List& list) const {
    std::vector<std::string> ids;
    for (auto j : list.members) {
      const auto id = cluster_id(cluster_of_[j]);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids;
  }

  std::string cluster_id(std::size_t c) const {
    const auto& cl = clusters_[c];
    if (!cl.fixed_id.empty()) return cl.fixed_id;
    return slugify(cl.fullest);
  }

  void resolve_pronoun(std::size_t i) {
    auto& m = m_[i];
    const auto w = lower(m.text);
    if (detail::pronoun_number(w) == 1) {
      const auto j = person_antecedent(i, {});
      if (j != kNone) {
        cluster_of_[i] = cluster_of_[j];
        m.type = EntityType::person;
      }
      return;
    }
    if (detail::pronoun_number(w) == 3) {
      const auto j = body_antecedent(i);
      if (j != kNone) {
        cluster_of_[i] = cluster_of_[j];
        m.type = clusters_[cluster_of_[j]].type;
      }
      return;
    }
    // "they": the nearest coordinated list or collective group within two sentences.
    const auto lists = lists_before(i);
    std::size_t collective = kNone;
    for (std::size_t j = i; j-- > 0;) {
      if (m_[j].sentence + 2 < m.sentence) break;
      if (cluster_of_[j] == kNone) continue;
      const auto t = clusters_[cluster_of_[j]].type;
      const auto& text = m_[j].text;
      const bool plural = text.ends_with("s") || text.ends_with("opposition");
      if ((t == EntityType::armed_group || t == EntityType::government) && plural) { collective = j; break; }
    }
    // A plural description already resolved ("the three countries ... they").
    for (std::size_t j = i; j-- > 0;) {
      if (m_[j].sentence + 2 < m.sentence) break;
      if (m_[j].kind == MentionKind::nominal && !m_[j].members.empty() &&
          (collective == kNone || j > collective) && (lists.empty() || j > lists.back().last)) {
        m.members = m_[j].members;
        m.type = m_[j].type;
        return;
      }
    }
    // "fighters surged across Syria and Iraq ... launched strikes against them": a list
    // after a locative preposition names where, not who; "they" is not those places.
    const List* list = nullptr;
    for (auto it = lists.rbegin(); it != lists.rend() && !list; ++it) {
      const Mention& first = m_[it->members.front()];
      const bool located =
          first.token_begin > 0 &&
          detail::has_class(lower_token(first, first.token_begin - 1), detail::kLocative);
      if (!located) list = &*it;
    }
    if (list && m_[list->last].sentence + 2 < m.sentence) list = nullptr;
    if (list && (collective == kNone || list->last > collective)) {
      m.members = member_ids(*list);
      m.type = clusters_[cluster_of_[list->members.front()]].type;
      return;
    }
    if (collective != kNone) {
      cluster_of_[i] = cluster_of_[collective];
      m.type = clusters_[cluster_of_[collective]].type;
    }
  }

  static int count_in(const std::string& text) {
    static const std::pair<std::string_view, int> kCounts[] = {
        {"trio", 3}, {"duo", 2}, {"pair", 2}, {"both", 2}, {"two", 2}, {"three", 3}, {"four", 4},
        {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}};
    const auto l = lower(text);
    for (const auto& [word, n] : kCounts)
      for (const auto& w : split_words(l))
        if (w == word) return n;
    return 0;
  }

  void resolve_description(std::size_t i) {
    auto& m = m_[i];
    const auto head = lower(m.text.substr(m.text.rfind(' ') == std::string::npos ? 0 : m.text.rfind(' ') + 1));
    if (m.type == EntityType::country && (head == "north" || head == "south")) {
      resolve_half(i, head);
      return;
    }
    if (m.type == EntityType::country &&
        (head == "kingdom" || lower(m.text).ends_with("islamic republic"))) {
      resolve_state_form(i, head == "kingdom" ? "kingdom" : "islamic republic");
      return;
    }
    if (m.type == EntityType::organization &&
        (head == "group" || head == "militia" || head == "alliance" || head == "bloc" ||
         head == "movement" || head == "organisation" || head == "organization" ||
         head == "faction")) {
      resolve_group(i, head);
      return;
    }
    if (m.type == EntityType::government || m.type == EntityType::armed_group) {
      resolve_collective(i);
      return;
    }
    const int count = count_in(m.text);
    if (m.type == EntityType::person && count >= 2) {
      resolve_people(i, count);
      return;
    }
    if (m.type == EntityType::person) {
      const auto j = person_antecedent(i, head);
      if (j != kNone) cluster_of_[i] = cluster_of_[j];
      return;
    }
    // Countries: plural descriptions take a list; "the country" the country the passage is about.
    const bool collective_noun = head == "trio" || head == "duo" || head == "pair";
    const bool plural = count > 0 || head.ends_with("s") || collective_noun;
    if (plural) {
      const auto lists = lists_before(i, count > 0 ? std::numeric_limits<std::size_t>::max() / 2 : 3);
      for (auto it = lists.rbegin(); it != lists.rend(); ++it) {
        const auto ids = member_ids(*it);
        // "the trio" may be three people as well as three countries; "the three countries" only
        // countries.
        const auto type = clusters_[cluster_of_[it->members.front()]].type;
        bool same = type == EntityType::country || (collective_noun && type == EntityType::person);
        for (auto j : it->members) same = same && clusters_[cluster_of_[j]].type == type;
        if (!same || (count > 0 && static_cast<int>(ids.size()) != count)) continue;
        if (type == EntityType::person && m_[it->last].sentence + 2 < m.sentence) continue;
        m.members = ids;
        m.type = type;
        return;
      }
      m.decision = "abstain: no list of that size";
      return;
    }
    // "the country": the country the passage is about (salience over this sentence and the
    // two before: its name, demonym, government and officials), never merely the one named
    // last ("the U.S. ambassador to Kazakhstan will represent the country" is the U.S.'s).
    // Two equally salient countries, or none, and it abstains.
    bool tie = false;
    const auto best = salient_country(i, nullptr, tie);
    if (tie) {
      m.decision = "abstain: two countries equally salient";
      return;
    }
    if (best.empty()) {
      m.decision = "abstain: no country nearby";
      return;
    }
    auto c = find_by_id(best);
    if (c == kNone) {  // salient through its officials or government only
      const LexiconActor* country = lex_.find_actor(best);
      if (!country || country->type != EntityType::country) {
        m.decision = "abstain: no country nearby";
        return;
      }
      m.entity = country->id;
      m.label = country->name;
      c = new_cluster(i);
      clusters_[c].type = EntityType::country;
    }
    if (clusters_[c].type != EntityType::country) {
      m.decision = "abstain: no country nearby";
      return;
    }
    cluster_of_[i] = c;
    clusters_[c].last = i;
    m.decision = "salience: " + best;
  }

  /// "the North", "the South": the one country of the document so far whose name begins
  /// with that word ("North Korea", "South Sudan"); none or two such, and it abstains.
  void resolve_half(std::size_t i, const std::string& half) {
    auto& m = m_[i];
    const std::string prefix = half == "north" ? "north " : "south ";
    std::size_t found = kNone;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      const auto& cl = clusters_[c];
      if (cl.type != EntityType::country) continue;
      const auto name = lower(cl.label.empty() ? cl.fullest : cl.label);
      if (!name.starts_with(prefix)) continue;
      bool before = false;  // named before the description
      for (std::size_t j = 0; j < i && !before; ++j) before = cluster_of_[j] == c;
      if (!before) continue;
      if (found != kNone) {
        m.decision = "abstain: two countries of that half";
        return;
      }
      found = c;
    }
    if (found == kNone) {
      m.decision = "abstain: no country of that half";
      return;
    }
    cluster_of_[i] = found;
    clusters_[found].last = std::max(clusters_[found].last, i);
    m.decision = "half: " + cluster_id(found);
  }

  /// "the kingdom", "the Islamic Republic": the most salient country of this sentence and
  /// the two before (as for "the country") among those whose name or official name in the
  /// lexicon says that form of state ("Kingdom of Bahrain", "Islamic Republic of Iran").
  /// None such, or two equally salient, and it abstains.
  void resolve_state_form(std::size_t i, const std::string& form) {
    auto& m = m_[i];
    std::map<std::string, std::size_t> allowed;
    const auto says_form = [&](const LexiconActor& actor) {
      if (lower(actor.name).find(form) != std::string::npos) return true;
      for (const auto& alias : actor.aliases)
        if (lower(alias).find(form) != std::string::npos) return true;
      return false;
    };
    for (std::size_t j = i; j-- > 0 && m_[j].sentence + 2 >= m.sentence;) {
      const auto country = country_of(j);
      if (country.empty() || allowed.contains(country)) continue;
      const LexiconActor* actor = lex_.find_actor(country);
      if (actor && actor->type == EntityType::country && says_form(*actor)) allowed[country] = j;
    }
    bool tie = false;
    const auto best = allowed.empty() ? std::string() : salient_country(i, &allowed, tie);
    if (tie) {
      m.decision = "abstain: two countries equally salient";
      return;
    }
    if (best.empty()) {
      m.decision = "abstain: no country of that form nearby";
      return;
    }
    auto c = find_by_id(best);
    if (c == kNone) {  // salient through its officials or government only
      m.entity = best;
      m.label = lex_.find_actor(best)->name;
      c = new_cluster(i);
      clusters_[c].type = EntityType::country;
    }
    cluster_of_[i] = c;
    clusters_[c].last = std::max(clusters_[c].last, i);
    m.decision = "salience: " + best;
  }

  /// "the group", "the movement", "the militia", "the alliance", "the bloc": the
  /// organisation (an armed group for "militia", an intergovernmental body for "alliance"
  /// and "bloc") most salient in this sentence and the two before, by its names there
  /// (3 for this sentence, 2 and 1 before); news agencies, which report rather than act,
  /// and photo captions do not count. None, or two equally salient, and it abstains.
  void resolve_group(std::size_t i, const std::string& head) {
    auto& m = m_[i];
    const auto sentence = m.sentence;
    std::map<std::size_t, int> salience;  // cluster -> weight
    for (std::size_t j = i; j-- > 0;) {
      if (m_[j].sentence + 2 < sentence) break;
      if (cluster_of_[j] == kNone) continue;
      if (m_[j].kind != MentionKind::name && m_[j].kind != MentionKind::acronym) continue;
      if (m_[j].sentence < s_.size() && s_[m_[j].sentence].block == BlockKind::caption) continue;
      const auto& cl = clusters_[cluster_of_[j]];
      if (!org_like(cl.type) || is_collective(cl, EntityType::armed_group)) continue;
      if (head == "militia" && cl.type != EntityType::armed_group) continue;
      if ((head == "alliance" || head == "bloc") && cl.type != EntityType::organization) continue;
      if (const LexiconActor* actor = lex_.find_actor(cl.fixed_id); actor && actor->outlet)
        continue;
      salience[cluster_of_[j]] += 3 - static_cast<int>(sentence - m_[j].sentence);
    }
    std::size_t best = kNone;
    int best_n = 0, second_n = 0;
    for (const auto& [c, n] : salience) {
      if (n > best_n) {
        second_n = best_n;
        best_n = n;
        best = c;
      } else if (n > second_n) {
        second_n = n;
      }
    }
    if (best == kNone) {
      m.decision = "abstain: no organisation nearby";
      return;
    }
    if (best_n == second_n) {
      m.decision = "abstain: two organisations equally salient";
      return;
    }
    cluster_of_[i] = best;
    clusters_[best].last = std::max(clusters_[best].last, i);
    m.decision = "salience: " + cluster_id(best);
  }

  /// "the two leaders", "both ministers": a coordinated list of that many people in this
  /// sentence or the two before ("Ruto and Museveni"), else exactly that many people named
  /// there (a subject and an object: "Ruto met Museveni. The two leaders agreed"). More or
  /// fewer people than the count, and it abstains: which two is then a guess.
  void resolve_people(std::size_t i, int count) {
    auto& m = m_[i];
    const auto lists = lists_before(i, 2);
    for (auto it = lists.rbegin(); it != lists.rend(); ++it) {
      const auto ids = member_ids(*it);
      bool people = true;
      for (auto j : it->members)
        people = people && clusters_[cluster_of_[j]].type == EntityType::person;
      if (!people || static_cast<int>(ids.size()) != count) continue;
      m.members = ids;
      return;
    }
    std::vector<std::string> ids;
    for (std::size_t j = 0; j < i; ++j) {
      if (m_[j].sentence + 2 < m.sentence || cluster_of_[j] == kNone) continue;
      if (clusters_[cluster_of_[j]].type != EntityType::person) continue;
      if (m_[j].sentence < s_.size() && s_[m_[j].sentence].block == BlockKind::caption) continue;
      const auto id = cluster_id(cluster_of_[j]);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    if (static_cast<int>(ids.size()) != count) {
      m.decision = ids.size() < static_cast<std::size_t>(count)
                       ? "abstain: too few people nearby"
                       : "abstain: more people nearby than counted";
      return;
    }
    m.members = std::move(ids);
  }

  /// The country a mention is about: a country's own mention, or the country of its
  /// government, opposition or official; places do not count (a meeting's city says
  /// little about whose government acts).
  std::string country_of(std::size_t j) const {
    if (cluster_of_[j] == kNone) return {};
    const auto& cl = clusters_[cluster_of_[j]];
    if (cl.type == EntityType::country) return cluster_id(cluster_of_[j]);
    if (cl.type == EntityType::location || cl.type == EntityType::event) return {};
    return m_[j].country;
  }

  /// How much mention j makes its passage about its country: nearer sentences weigh
  /// more (3 for the mention's own sentence, 2 the one before, 1 the one before that); a
  /// country as a place ("across Syria", "in Yemen") twice as much; the backer of a
  /// compound ("Iran-backed") nothing, it is a modifier of someone else.
  int salience_weight(std::size_t j, std::size_t sentence) const {
    const auto& x = m_[j];
    const Token* t = token(x, x.token_begin);
    if (t && t->end > x.end && t->text.find('-') != std::string::npos) return 0;
    int w = 3 - static_cast<int>(sentence - x.sentence);
    if (w <= 0) return 0;
    if (x.kind == MentionKind::name && x.token_begin > 0) {
      const auto prev = lower_token(x, x.token_begin - 1);
      if (prev == "in" || prev == "across" || prev == "into" || prev == "inside" ||
          prev == "throughout" || prev == "within")
        w *= 2;
    }
    return w;
  }

  /// The most salient country in mention i's sentence and the two before, among
  /// `allowed` (any country if null). Empty if none; `tie` says two were equally so.
  std::string salient_country(std::size_t i, const std::map<std::string, std::size_t>* allowed,
                              bool& tie) const {
    std::map<std::string, int> salience;
    const auto sentence = m_[i].sentence;
    for (std::size_t j = i; j-- > 0;) {
      if (m_[j].sentence + 2 < sentence) break;
      const auto country = country_of(j);
      if (country.empty() || (allowed && !allowed->contains(country))) continue;
      salience[country] += salience_weight(j, sentence);
    }
    std::string best;
    int best_n = 0, second_n = 0;
    for (const auto& [country, n] : salience) {
      if (n > best_n) {
        second_n = best_n;
        best_n = n;
        best = country;
      } else if (n > second_n) {
        second_n = n;
      }
    }
    tie = best_n > 0 && best_n == second_n;
    return tie || best_n == 0 ? std::string() : best;
  }

  bool is_collective(const Cluster& cl, EntityType type) const {
    if (cl.type != type) return false;
    return type == EntityType::government
               ? cl.fixed_id.ends_with("-government") || cl.label.starts_with("Government of")
               : cl.fixed_id.ends_with("-opposition");
  }

  /// "the government", "the regime", "the rebels": the group, of those the document has
  /// named, whose country the passage is about: the most mentions of its country in this
  /// sentence and the two before; if two countries are equally salient there, the
  /// mention abstains, never taking the group last named by default. With no such
  /// group named yet, the group of the country the document's governments and
  /// oppositions are most about, else of its most mentioned country.
  void resolve_collective(std::size_t i) {
    auto& m = m_[i];
    // "the separatists" after "pro-Russian separatists", "the militias" after "Shia
    // militias": a group named by the same head noun earlier in the document is the
    // one meant (the nearest, if several), before any country's opposition. Where no
    // country's opposition is named at all, "rebels", "insurgents", "separatists" and
    // "guerrillas" are one head: "the rebels" after "pro-Russian separatists".
    const auto head_of = [](std::string text, bool rebel_class) {
      text = lower(text);
      if (const auto space = text.rfind(' '); space != std::string::npos)
        text = text.substr(space + 1);
      if (text.ends_with("s")) text.pop_back();
      if (rebel_class && (text == "insurgent" || text == "separatist" || text == "guerrilla" ||
                          text == "guerilla"))
        text = "rebel";
      return text;
    };
    const auto same_head_group = [&](bool rebel_class) -> std::size_t {
      const std::string head = head_of(m.text, rebel_class);
      if (head.size() < 4) return kNone;
      for (std::size_t j = i; j-- > 0;) {
        if (cluster_of_[j] == kNone || m_[j].kind != MentionKind::name) continue;
        const Cluster& cl = clusters_[cluster_of_[j]];
        if (cl.type != EntityType::armed_group || is_collective(cl, m.type)) continue;
        if (head_of(m_[j].text, rebel_class) == head) return j;
      }
      return kNone;
    };
    auto join_group = [&](std::size_t j) {
      cluster_of_[i] = cluster_of_[j];
      const Cluster& cl = clusters_[cluster_of_[j]];
      m.decision = "head: " + (cl.fixed_id.empty() ? slugify(cl.fullest) : cl.fixed_id);
    };
    if (m.type == EntityType::armed_group) {
      if (const std::size_t j = same_head_group(false); j != kNone) return join_group(j);
    }
    std::map<std::string, std::size_t> groups;  // country -> cluster of its named group
    for (std::size_t j = 0; j < i; ++j) {
      if (cluster_of_[j] == kNone || !is_collective(clusters_[cluster_of_[j]], m.type)) continue;
      const auto country = m_[j].country;
      if (!country.empty()) groups[country] = cluster_of_[j];
    }
    if (groups.empty() && m.type == EntityType::armed_group) {
      if (const std::size_t j = same_head_group(true); j != kNone) return join_group(j);
    }
    if (groups.size() == 1) {
      cluster_of_[i] = groups.begin()->second;
      m.decision = "salience: the only one named";
      return;
    }
    if (groups.size() > 1) {
      bool tie = false;
      const auto best = salient_country(i, &groups, tie);
      if (tie) {
        m.decision = "abstain: two countries equally salient";
        return;
      }
      if (!best.empty()) {
        cluster_of_[i] = groups[best];
        m.decision = "salience: " + best;
        return;
      }
      // Nothing salient nearby: the country whose groups the document names most.
    }
    const LexiconActor* country = nullptr;
    if (groups.empty()) {
      // The first such noun: the country the passage is about, if one stands out.
      bool tie = false;
      if (const auto best = salient_country(i, nullptr, tie); !best.empty()) {
        country = lex_.find_actor(best);
        if (country && country->type != EntityType::country) country = nullptr;
        if (country) m.decision = "salience: " + best;
      }
    }
    if (!country) {
      country = collective_country();
      if (!country) country = dominant_country();
      if (!country) {
        m.decision = "abstain: no country in the document";
        return;
      }
      m.decision = "salience: document";
    }
    if (m.type == EntityType::government) {
      std::string id = country->id + "-government", label = "Government of " + country->name;
      for (const auto& actor : lex_.actors())
        if (actor.type == EntityType::government && actor.country == country->id) {
          id = actor.id;
          label = actor.name;
          break;
        }
      m.entity = id;
      m.label = label;
    } else {
      const std::string demonym = country->demonyms.empty() ? country->name : country->demonyms.front();
      m.entity = slugify(demonym + " opposition");
      m.label = demonym + " opposition";
    }
    m.country = country->id;
    auto c = find_by_id(m.entity);
    if (c == kNone) c = new_cluster(i);
    cluster_of_[i] = c;
    clusters_[c].last = i;
  }

  /// The country whose government or opposition the document names most
  /// ("the Syrian government", "Syrian rebels"): unqualified "the government"
  /// and "the rebels" are usually that country's.
  const LexiconActor* collective_country() {
    std::map<std::string, int> counts;
    for (const auto& x : m_)
      if ((x.type == EntityType::government || x.type == EntityType::armed_group) && !x.country.empty() &&
          x.kind == MentionKind::name && (x.entity.ends_with("-government") || x.entity.ends_with("-opposition")))
        ++counts[x.country];
    const LexiconActor* best = nullptr;
    int best_count = 0;
    for (const auto& [id, n] : counts)
      if (n > best_count)
        if (const auto* actor = lex_.find_actor(id)) { best = actor; best_count = n; }
    return best;
  }

  const LexiconActor* dominant_country() {
    if (dominant_) return *dominant_;
    std::map<std::string, std::pair<int, std::size_t>> counts;  // id -> (count, -first)
    for (std::size_t j = 0; j < m_.size(); ++j) {
      const auto& x = m_[j];
      if (x.type != EntityType::country || x.entity.empty()) continue;
      auto [it, inserted] = counts.try_emplace(x.entity, 0, j);
      ++it->second.first;
    }
    const LexiconActor* best = nullptr;
    std::pair<int, std::size_t> best_score{0, 0};
    for (const auto& [id, score] : counts) {
      if (!best || score.first > best_score.first ||
          (score.first == best_score.first && score.second < best_score.second)) {
        if (const auto* actor = lex_.find_actor(id)) {
          best = actor;
          best_score = score;
        }
      }
    }
    dominant_ = best;
    return best;
  }

  // ---- ids ----------------------------------------------------------------

  void finish_ids() {
    for (std::size_t i = 0; i < m_.size(); ++i) {
      auto& m = m_[i];
      const bool reference = m.kind == MentionKind::pronoun || m.kind == MentionKind::nominal;
      if (m.decision.empty()) {
        if (!m.members.empty())
          m.decision = "members";
        else if (cluster_of_[i] == kNone)
          m.decision = reference ? "abstain: no antecedent" : "abstain: no name";
        else if (reference)
          m.decision = "antecedent";
        else if (lex_.find_actor(m.entity))
          m.decision = "lexicon";
        else
          m.decision = "name";
      }
      if (cluster_of_[i] == kNone) continue;
      const auto& cl = clusters_[cluster_of_[i]];
      m.entity = cluster_id(cluster_of_[i]);
      if (!cl.label.empty()) m.label = cl.label;
      else if (!cl.fullest.empty()) m.label = cl.fullest;
      if (m.kind == MentionKind::pronoun || m.kind == MentionKind::nominal) m.type = cl.type;
    }
  }

  std::vector<Mention>& m_;
  std::span<const Sentence> s_;
  const Lexicon& lex_;
  std::vector<std::size_t> cluster_of_;
  std::vector<Cluster> clusters_;
  std::optional<const LexiconActor*> dominant_;
};

}  // namespace

void resolve_mentions(std::vector<Mention>& mentions, std::span<const Sentence> sentences,
                      const Lexicon& lexicon) {
  DocumentResolver(mentions, sentences, lexicon).run();
}

std::vector<Entity> entities_from_mentions(std::span<const Mention> mentions, const Document& document) {
  std::map<std::string, Entity> entities;
  std::map<std::string, std::string> fullest;       // id -> fullest name
  std::map<std::string, bool> typed_by_name;        // id -> type came from a name mention
  std::unordered_map<std::string, std::string> id_of_name;  // name key -> id, for member_of
  const bool any_member_of =
      std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) { return !m.member_of.empty(); });
  for (const auto& m : mentions) {
    if (!any_member_of || m.entity.empty()) continue;
    if (!m.name.empty() && (m.kind == MentionKind::name || m.kind == MentionKind::acronym))
      id_of_name.emplace(name_key(m.name), m.entity);
  }
  for (const auto& m : mentions) {
    if (m.entity.empty()) continue;
    auto [it, inserted] = entities.try_emplace(m.entity);
    Entity& e = it->second;
    if (inserted) {
      e.id = m.entity;
      e.type = m.type;
      e.first_date = e.last_date = document.date;
    }
    const bool named = m.kind == MentionKind::name || m.kind == MentionKind::acronym;
    if (named && !typed_by_name[m.entity]) {
      e.type = m.type;
      typed_by_name[m.entity] = true;
    }
    ++e.mentions;
    if (!m.label.empty()) e.label = m.label;
    if (named && !m.name.empty()) {
      e.aliases.insert(m.name);
      auto& f = fullest[m.entity];
      if (m.kind == MentionKind::name && (f.empty() || fuller(m.name, f))) f = m.name;
    }
    // Collective groups are named by their descriptions ("the rebels", "government forces").
    if (m.kind == MentionKind::nominal && (m.type == EntityType::government || m.type == EntityType::armed_group)) {
      std::string name = m.text;
      if (lower(name).starts_with("the ")) name = name.substr(4);
      // "the group", "the militia" (resolve_group) name no group in particular.
      const auto l = lower(name);
      if (l != "group" && l != "militia" && l != "alliance" && l != "bloc" && l != "movement" &&
          l != "organisation" && l != "organization" && l != "faction")
        e.aliases.insert(name);
    }
    if (!m.role.empty()) e.roles.insert(m.role);
    if (!m.country.empty() && !e.attributes.contains("country") && m.entity != m.country)
      e.attributes["country"] = m.country;
    if (!m.member_of.empty() && !e.attributes.contains("member_of")) {
      auto found = id_of_name.find(name_key(m.member_of));
      e.attributes["member_of"] = found != id_of_name.end() ? found->second : slugify(m.member_of);
    }
  }
  std::vector<Entity> out;
  out.reserve(entities.size());
  for (auto& [id, e] : entities) {
    if (e.label.empty()) e.label = fullest.count(id) ? fullest[id] : id;
    e.aliases.insert(e.label);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace actorgraph
