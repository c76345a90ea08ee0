// Closed word classes of English news prose used by mention recognition and
// resolution: function words, name particles, head nouns of organisation
// names, titles, verbs of speech. These are grammar, not facts about actors:
// who an actor is comes from the lexicon, never from here.
#pragma once

#include <string_view>

namespace actorgraph::detail {

/// Bit flags of a lower-case word.
enum WordClass : unsigned {
  kFunction = 1u << 0,       ///< Determiners, pronouns, prepositions, conjunctions, auxiliaries.
  kParticle = 1u << 1,       ///< Name particles: de, van, von, bin, ibn, al, el, da, di, le, la...
  kMonth = 1u << 2,          ///< Month names and their abbreviations.
  kWeekday = 1u << 3,        ///< Weekday names.
  kOrgHead = 1u << 4,        ///< Last word of an organisation name: Council, Ministry, Party...
  kArmedHead = 1u << 5,      ///< Last word of an armed group's name: Army, Front, Brigades...
  kPlaceHead = 1u << 6,      ///< Last word of a place name: Hotel, Airport, Square, Province...
  kTitle = 1u << 7,          ///< Head of a title or role: president, minister, envoy, spokesman...
  kTitleModifier = 1u << 8,  ///< Words inside titles: foreign, deputy, chief, special, acting...
  kSpeech = 1u << 9,         ///< Verbs of speech and report: said, told, added, stressed...
  kLocative = 1u << 10,      ///< Prepositions before a place: in, at, near, from, to...
  kOutletNoun = 1u << 11,    ///< Nouns naming news outlets: agency, newspaper, broadcaster...
  kGenericBody =
      1u << 12,  ///< Words of generic state bodies: foreign, ministry, state, department...
  kArabicGroup = 1u << 13,  ///< First word of Arabic-named groups: Jaish, Jabhat, Harakat, Ahrar...
  kGroupNoun = 1u << 14,    ///< Lower-case nouns after a group's name: group, movement, faction...
  kHonorific = 1u << 15,    ///< Mr, Mrs, Ms, Dr, Sheikh, Gen...: always before a person.
  kNotName = 1u << 16,      ///< Capitalised words that are never names alone: God, Government...
  kGovernmentNoun = 1u << 17,  ///< government, regime, administration, authorities.
  kOppositionNoun = 1u << 18,  ///< opposition, rebels, insurgents, rebel.
  kCountryNoun =
      1u << 19,  ///< country, nation, trio, countries...: heads of descriptions of countries.
  kMilitaryNoun = 1u << 20,  ///< army, military, troops, forces, soldiers: a state's armed forces.
  kCollectiveHead =
      1u << 21,             ///< militias, separatists, forces...: heads of "Iran-backed militias".
  kCompanyNoun = 1u << 22,  ///< companies, firms, carriers...: "oil companies Shell and BP".
  kPlaceFirst = 1u << 23,  ///< deir, tell, wadi, jabal, kafr...: first words of Arabic place names.
  kCompass = 1u << 24,     ///< eastern, western, northern, southern: "Eastern Ghouta".
  kJournalistNoun = 1u << 25,   ///< columnist, editor, correspondent...: "editor at the X Post".
  kAreaNoun = 1u << 26,         ///< region, province, district...: "the Kivu region of Congo".
  kSocialNetwork = 1u << 27,    ///< Facebook, Twitter...: share buttons printed into the text.
  kQuotedGroupHead = 1u << 28,  ///< platform, bloc, faction...: the "Cairo platform".
};

/// The classes of a lower-case word (0 if none). O(1): one hash lookup.
unsigned word_class(std::string_view lower);

inline bool has_class(std::string_view lower, unsigned mask) { return (word_class(lower) & mask) != 0; }

/// Pronouns that can stand for an actor: 1 a person ("he", "his", "she", "her"), 2 plural
/// ("they", "their"), 3 a country, government or organisation ("it", "its", "itself"); 0 otherwise.
int pronoun_number(std::string_view lower);

}  // namespace actorgraph::detail
