// Cleaning an article: what of its text is prose to read, and what is debris.
#pragma once

#include "actorgraph/document.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph {

/// Splits `doc.text` into lines and classifies them.
///
/// Kept (CleanedText::blocks): the headline, dateline/byline header lines,
/// article prose (body; hard-wrapped lines of one paragraph are one block) and
/// photo captions. Left out (CleanedText::dropped, each with a reason):
/// section banners and navigation, subscription/login/newsletter prompts,
/// social-media prompts, copyright and legal footers, agency trailers
/// ("Enditem" ending a paragraph is trimmed off it; "Source: X" lines),
/// image-id debris ("_2727_612_438_95"), contact and address lines, author
/// bylines and biographies at the end, and verbatim repeats of a caption,
/// the headline or a paragraph.
///
/// The rules are general: line shape (length, final punctuation, capitalisation,
/// pipes, underscores, digits), position (header zone before the first prose
/// paragraph, footer zone after the last one), repetition and small vocabulary
/// classes (subscribe, password, rights reserved, follow, e-mail, ...).
///
/// Offsets point into doc.text; blocks and dropped are each sorted by offset,
/// cover no blank space at their ends and never overlap one another.
/// Runs in time linear in the text length.
CleanedText clean_document(const Document& doc);

}  // namespace actorgraph
