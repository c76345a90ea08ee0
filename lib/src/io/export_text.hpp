// Text helpers shared by the graph writers: UTF-8 repair, XML escaping,
// locale-independent numbers, date checks.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace actorgraph::detail {

/// `text` with every invalid UTF-8 sequence replaced by U+FFFD, so writers never
/// emit a file that a strict reader rejects for its encoding.
std::string export_utf8(std::string_view text);

/// True if `text` is valid UTF-8, i.e. `export_utf8(text) == text`. Writers test
/// this first so that the common, valid string is written without a copy.
bool is_valid_utf8(std::string_view text) noexcept;

/// `text` as XML 1.0 character data or attribute value: valid UTF-8, characters
/// XML 1.0 forbids (C0 controls but TAB/LF/CR, U+FFFE, U+FFFF) dropped, markup
/// escaped. In attributes, TAB/LF/CR become character references so that
/// attribute-value normalisation does not turn them into spaces.
std::string xml_escape(std::string_view text, bool attribute);

/// The shortest decimal that reads back as `value` ("0.5", "3"), independent of the
/// global locale; non-finite values are written as 0.
std::string format_double(double value);
/// `value` with a fixed number of decimals, locale-independent.
std::string format_fixed(double value, int decimals);

/// True if `text` is a real calendar date written YYYY-MM-DD (what xsd:date accepts
/// without a time zone). Writers only emit time spells for such dates.
bool is_iso_date(std::string_view text);

/// A node attribute name as GEXF/GraphML writers emit it, safe for web viewers:
/// graphology and sigma.js (Gephi Lite) read `type` as the renderer program's
/// name and `size`, `color`, `x`, `y`, `z`, `hidden`, `highlighted`, `shape`,
/// `image`, `label` as drawing settings, so a free attribute with one of those
/// names is written as "attr_NAME". (The entity type itself is `actor_type`.)
std::string viewer_safe_name(std::string_view name);

/// The elements of `values` joined with `separator`.
std::string join(const std::set<std::string>& values, std::string_view separator);

}  // namespace actorgraph::detail
