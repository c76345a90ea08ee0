// Lexicon: who the actors are, what role nouns and relation triggers look like.
//
// The lexicon says who an actor is (names, aliases, type, country, titles),
// never what it did: relations are read from text, not stored here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/entity.hpp"

namespace actorgraph {

/// A known actor.
struct LexiconActor {
  std::string id;                     ///< Stable slug, used as the node id ("russia").
  std::string name;                   ///< Canonical name ("Russia").
  EntityType type = EntityType::organization;
  std::vector<std::string> aliases;   ///< Other names ("Russian Federation", "RF").
  std::vector<std::string> demonyms;  ///< Adjectives and demonyms ("Russian", "Russians").
  std::vector<std::string> capitals;  ///< Capitals usable as metonyms ("Moscow").
  std::string country;                ///< Id of the country it belongs to, if any.
  std::vector<std::string> titles;    ///< Titles or roles ("President", "UN Special Envoy").
  /// A news agency or broadcaster ("Reuters", "Xinhua"): as the source or byline of an
  /// article it is document metadata, not an actor of the story.
  bool outlet = false;
  friend bool operator==(const LexiconActor&, const LexiconActor&) = default;
};

/// A noun that names a role ("envoy", "foreign minister", "rebels").
struct RoleNoun {
  std::string phrase;                 ///< Lower-case words ("foreign minister").
  EntityType refers_to = EntityType::person;  ///< What a phrase headed by it denotes.
  bool is_title = false;              ///< Can precede a name as a title ("Foreign Minister Lavrov").
  friend bool operator==(const RoleNoun&, const RoleNoun&) = default;
};

/// A relation type with its direction rule, event-data codes and triggers.
struct RelationDef {
  std::string type;                    ///< "brokered", "backs", ...
  std::string description;             ///< One line for humans.
  bool symmetric = false;              ///< meets, negotiates_with: direction is not meaningful.
  /// Done to a thing someone owns, it is done to the owner: "shelled Chile's
  /// positions" attacks Chile, "condemned Peru's military action" accuses Peru.
  bool reaches_owner = false;
  std::string cameo;                   ///< CAMEO code ("042"), for interoperability; empty for
                                       ///< relations that are states, not events (member_of).
  std::string plover;                  ///< PLOVER event type ("CONSULT"); empty likewise.
  std::vector<std::string> verbs;      ///< Verb lemmas, maybe with a particle ("broker", "take part in").
  std::vector<std::string> nouns;      ///< Nominal triggers ("supporter", "ally").
  /// Adjective compounds. A suffix ("-backed", "-led") names the source:
  /// "Turkish-backed rebels" is Turkey -> rebels. A prefix ("anti-", "pro-")
  /// names the target: "anti-Assad rebels" is rebels -> Assad; except for "backs",
  /// where it names the backer: "pro-Moscow separatists" is Moscow -> separatists.
  std::vector<std::string> compounds;
  friend bool operator==(const RelationDef&, const RelationDef&) = default;
};

/// An event kind (a family of trigger nouns that name the same sort of event):
/// "talks" ~ "negotiations" ~ "round"; "ceasefire" ~ "truce" ~ "cessation of hostilities".
/// Read by recognize_events() (event_recognizer.hpp); see docs/events.md.
struct EventKindDef {
  std::string kind;                    ///< Family id ("talks"): the "event_kind" attribute and part of ids.
  std::string label;                   ///< Noun that names an event of it ("talks" -> "Astana talks").
  /// People gather at a venue (talks, summit): a country before the noun ("Syria talks")
  /// is the topic, not the place. Not a gathering (ceasefire, agreement): it is the place.
  bool gathering = false;
  /// Holds over a territory (ceasefire, truce): a country before the noun ("the Syrian
  /// ceasefire") is where it holds. Otherwise (agreements, resolutions, exchanges) a
  /// country before the noun is what the event is about ("the Iran deal", "Russia's
  /// draft resolution"): its topic, never its place. Ignored for gatherings.
  bool located = false;
  /// Named in passing far more often than acted on (a resolution "based on" which talks
  /// are held): its events become nodes only when a relation refers to one.
  bool needs_relation = false;
  std::vector<std::string> triggers;   ///< Lower-case nouns or phrases naming it alone ("talks", "cease-fire").
  /// Nouns naming it only with a place, a date or participants, in a compound with a
  /// trigger, or when the document has the event already ("round", "session").
  std::vector<std::string> weak_triggers;
  /// Verb phrases (lemma first, then any particle or preposition: "sign", "withdraw from")
  /// whose object a weak trigger names an event of this kind on its own: "Norway signed
  /// the pact", "the pact was signed", "Chile pulled out of the deal".
  std::vector<std::string> weak_trigger_verbs;
  /// Lower-case words that, right before a trigger, make it no event ("press" conference).
  std::vector<std::string> excluded_modifiers;
  /// Lower-case past-tense verbs reporting such a gathering with no noun for it ("met",
  /// "convened"): with a body or several parties as subject and a place after it.
  std::vector<std::string> verbs;
  friend bool operator==(const EventKindDef&, const EventKindDef&) = default;
};

/// A matched name: the actor it names and how it was named.
struct LexiconMatch {
  enum class Kind { name, alias, demonym, capital };
  const LexiconActor* actor = nullptr;
  Kind kind = Kind::name;
};

/// An immutable-after-load set of actors, role nouns and relation definitions.
/// Copying is cheap-ish (values); const lookups are safe from many threads.
class Lexicon {
 public:
  Lexicon() = default;

  /// The lexicon compiled into the library: UN member states and common
  /// non-members, major intergovernmental organisations, news agencies, role
  /// nouns and the relation vocabulary.
  static const Lexicon& builtin();

  /// Loads a lexicon JSON file, validated against schemas/lexicon.schema.json.
  /// Throws ParseError naming the file and the JSON pointer of the problem.
  static Lexicon from_file(const std::filesystem::path& path);
  /// Same, from JSON text; `origin` names it in messages.
  static Lexicon from_json(std::string_view json, std::string_view origin);

  /// Adds everything of `other`; an actor, role noun, relation or event kind with
  /// the same id/phrase/type/kind as an existing one replaces it.
  void merge(const Lexicon& other);

  /// A digest of everything loaded into the lexicon ("fnv1a64:0123456789abcdef"):
  /// of each JSON text read, in order of loading and merging, so two graphs made
  /// with the same lexicon files say so, and a changed file changes it.
  std::string digest() const;

  /// All actors, sorted by id.
  std::span<const LexiconActor> actors() const noexcept { return actors_; }
  std::span<const RoleNoun> role_nouns() const noexcept { return roles_; }
  std::span<const RelationDef> relations() const noexcept { return relations_; }
  /// Event kinds (optional "events" section), sorted by kind.
  std::span<const EventKindDef> event_kinds() const noexcept { return event_kinds_; }

  const LexiconActor* find_actor(std::string_view id) const;
  const RelationDef* find_relation(std::string_view type) const;
  const RoleNoun* find_role(std::string_view lower_phrase) const;
  const EventKindDef* find_event_kind(std::string_view kind) const;

  /// Looks a surface name up, exactly as written ("US", "Russian", "Moscow").
  /// Case matters where it should: "US" matches the country, "us" does not;
  /// an all-lower-case common word never matches a capitalised name.
  /// Several actors may share a name; they are returned sorted by id.
  ///
  /// Precisely: the surface matches a name written the same way, after folding
  /// curly apostrophes to ', dashes to -, runs of spaces to one space and
  /// accented letters to ASCII ("Turkiye" matches "Türkiye" and back). Beyond
  /// that exact form, a name also matches
  ///  - with its first letter capitalised ("De Mistura" for "de Mistura");
  ///  - written in all capitals, unless the name is itself all capitals
  ///    ("TURKEY" matches "Turkey"; "Us" and "us" never match "US").
  /// The caller strips a leading "the" and a possessive "'s" before looking
  /// up. One actor is returned once, with the strongest kind (name, alias,
  /// demonym, capital in that order). The pointers stay valid until the
  /// lexicon is modified or destroyed.
  std::vector<LexiconMatch> lookup(std::string_view surface) const;

  /// Longest number of words in any name, alias, demonym or capital, so a
  /// gazetteer knows how far to look ahead.
  std::size_t max_name_words() const noexcept { return max_name_words_; }

 private:
  void rebuild_index();
  std::vector<LexiconActor> actors_;
  std::vector<RoleNoun> roles_;
  std::vector<RelationDef> relations_;
  std::vector<EventKindDef> event_kinds_;
  /// Folded form (case kept) -> actor indices and how they are named.
  std::map<std::string, std::vector<std::pair<std::size_t, LexiconMatch::Kind>>, std::less<>> index_;
  /// Upper-cased folded form of every name that is not all capitals -> same, for
  /// all-caps headlines ("TURKEY").
  std::map<std::string, std::vector<std::pair<std::size_t, LexiconMatch::Kind>>, std::less<>>
      caps_index_;
  std::size_t max_name_words_ = 0;
  std::uint64_t digest_ = 14695981039346656037ull;  ///< FNV-1a 64 offset basis: nothing loaded
};

}  // namespace actorgraph
