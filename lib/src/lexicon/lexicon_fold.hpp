// Folding of names for lexicon lookups: the forms under which a surface string
// and a lexicon name are compared. Private to the library; the mention
// recogniser may reuse it to build keys that agree with Lexicon::lookup.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph::detail {

/// NFKC, diacritics stripped and a few letters spelled in ASCII (ø->o, ß->ss,
/// ı->i), curly and modifier apostrophes -> ', Unicode hyphens and dashes
/// between letters -> -, whitespace runs -> one space, trimmed. Case is kept.
/// Invalid UTF-8 yields an empty string (it names nothing).
std::string fold_name(std::string_view text);

/// Upper-cases every letter (Unicode simple case mapping).
std::string upper_case(std::string_view text);

/// Upper-cases the first code point only ("de Mistura" -> "De Mistura").
std::string capitalise_first(std::string_view text);

/// True if the text has an upper-case letter and no lower-case letter ("US", "U.S.", "G7").
bool is_all_caps(std::string_view text);

/// True if the first letter of the text is lower-case ("de Mistura", "dpa").
bool starts_lower(std::string_view text);

/// "Nato" for "NATO": an acronym of four or more ASCII capital letters (nothing else)
/// as a word with one capital; empty for anything else ("US", "U.N.", "G7", "Nato").
std::string acronym_as_word(std::string_view key);

/// An upper bound on how many tokens a tokenizer makes of a name: words split at
/// whitespace, with every hyphen, slash, apostrophe and period counted as a token too.
std::size_t count_name_tokens(std::string_view name);

}  // namespace actorgraph::detail
