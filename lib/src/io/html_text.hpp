// Reading an HTML page: the article's text, title and date, with a map back to the page's bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "actorgraph/source_map.hpp"

namespace actorgraph::detail {

/// What extract_html_text() found in a page.
struct HtmlText {
  std::string
      text;       ///< The article text: one block (heading, paragraph, list item...) per paragraph.
  SourceMap map;  ///< Offsets of `text` -> offsets of the page's bytes.
  std::string title;  ///< og:title, else <title>, else the first <h1>; white space collapsed.
  std::string date;   ///< article:published_time (or a similar meta / <time datetime>), as written.
  std::string url;    ///< <link rel="canonical">, else og:url.
  std::string source;     ///< og:site_name.
  bool too_deep = false;  ///< Not parsed: nested deeper than kMaxHtmlDepth (all else empty).
};

/// Pages nested deeper than this are not parsed: the HTML5 tree builder checks
/// the stack of open elements at every tag, so a hostile page of 10^5 nested
/// elements would take hours. Real pages nest a few dozen deep.
inline constexpr std::size_t kMaxHtmlDepth = 2000;

/// An upper estimate of how deep `html` nests, from its tags alone (linear time).
std::size_t estimated_depth(std::string_view html);

/// Parses `html` (UTF-8) with gumbo, an HTML5-conformant parser, and keeps the
/// article's text: headings, paragraphs, list items, block quotes, table cells
/// and captions of the page's <article> or <main> with the most paragraph text
/// (the <body> if it has neither), leaving out scripts, styles, templates,
/// forms, navigation, asides, page headers and footers (a <header> inside an
/// <article> is the article's own and kept), hidden elements and ARIA
/// navigation/banner/complementary/contentinfo regions. Entities are decoded,
/// runs of white space (and no-break spaces) collapse to one space, and every
/// block boundary becomes a paragraph break ("\n\n"; <br> a line break).
/// Never throws on malformed input; runs in time linear in the page.
HtmlText extract_html_text(std::string_view html);

/// True if `head` (the first bytes of a file or stream) looks like an HTML
/// document: after blanks and a byte-order mark, "<!doctype html" or "<html"
/// (case-insensitive).
bool looks_like_html(std::string_view head);

}  // namespace actorgraph::detail
