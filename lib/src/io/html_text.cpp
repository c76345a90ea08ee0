// HTML pages to article text with gumbo (Debian's libgumbo), mapping offsets back.
//
// Why gumbo: it implements the HTML5 parsing algorithm (what browsers do with
// broken markup), decodes entities, and keeps for every text node the original
// bytes it came from, so each byte of the extracted text can be traced back to
// the page. libxml2's HTML parser is an HTML 4 parser that reports only line
// numbers; lexbor is not packaged in Debian 12.
#include "io/html_text.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include <gumbo.h>

namespace actorgraph::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// Trims and collapses white space (no-break spaces included) to single spaces.
std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool blank = is_space(s[i]);
    if (!blank && s.substr(i).starts_with(kNoBreakSpace)) {
      blank = true;
      ++i;
    }
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

/// Bytes of the first `count` code points of s (fewer if s ends).
std::size_t code_point_bytes(std::string_view s, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < count && at < s.size(); ++n)
    at += std::min(utf8_length(static_cast<unsigned char>(s[at])), s.size() - at);
  return at;
}

/// End of the character reference starting at o[i] == '&', or i + 1 if none.
std::size_t reference_end(std::string_view o, std::size_t i) {
  std::size_t e = i + 1;
  if (e < o.size() && o[e] == '#') {
    ++e;
    bool hex = e < o.size() && (o[e] == 'x' || o[e] == 'X');
    if (hex) ++e;
    std::size_t digits = e;
    while (e < o.size() && (hex ? is_hex(o[e]) : (o[e] >= '0' && o[e] <= '9'))) ++e;
    if (e == digits) return i + 1;
  } else {
    std::size_t name = e;
    while (e < o.size() && is_alnum(o[e])) ++e;
    if (e == name) return i + 1;
  }
  if (e < o.size() && o[e] == ';') ++e;
  return e;
}

bool has_attribute(const GumboElement& element, const char* name) {
  return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

std::string attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a && a->value ? std::string(a->value) : std::string();
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

/// Elements whose content is never article text. A <header> is left out
/// unless it is inside an <article> (then it is that article's own header).
bool is_left_out(const GumboElement& element, bool in_article) {
  switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_MENU:
      return true;
    case GUMBO_TAG_HEADER:
      if (!in_article) return true;
      break;
    default:
      break;
  }
  if (has_attribute(element, "hidden")) return true;
  if (lower(attribute(element, "aria-hidden")) == "true") return true;
  const std::string role = lower(attribute(element, "role"));
  if (role == "navigation" || role == "banner" || role == "complementary" ||
      role == "contentinfo" || role == "search" || role == "dialog")
    return true;
  std::string style = lower(attribute(element, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), is_space), style.end());
  return style.find("display:none") != std::string::npos;
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
    return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

const GumboNode* child(const GumboVector& children, unsigned i) {
  return static_cast<const GumboNode*>(children.data[i]);
}

/// Depth-first walk without recursion (hostile pages nest deeply): calls
/// enter(node) -> bool (descend?) and leave(node) for elements it descended into.
template <class Enter, class Leave>
void walk(const GumboNode* root, Enter enter, Leave leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  if (enter(root)) stack.push_back({root, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = children_of(top.node);
    if (!children || top.next >= children->length) {
      const GumboNode* done = top.node;
      stack.pop_back();
      leave(done);
      continue;
    }
    const GumboNode* next = child(*children, top.next++);
    if (enter(next) && children_of(next)) stack.push_back({next, 0});
  }
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string text_content(const GumboNode* node) {
  std::string out;
  walk(
      node,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA)
          out += n->v.text.text ? n->v.text.text : "";
        return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT;
      },
      [](const GumboNode*) {});
  return collapse(out);
}

/// The page's metadata and the element whose text is the article.
struct PageScan {
  const GumboNode* body = nullptr;
  const GumboNode* container = nullptr;  // <article>/<main> with the most paragraph text
  const GumboNode* first_h1 = nullptr;
  bool container_has_h1 = false;
  std::string title_element, og_title, date, canonical, og_url, site_name;
};

PageScan scan(const GumboNode* root) {
  PageScan page;
  struct Candidate {
    const GumboNode* node;
    std::size_t paragraph_text = 0;
    std::size_t depth = 0;
    bool has_h1 = false;
  };
  std::vector<Candidate> candidates;
  std::vector<std::size_t> open;  // candidates enclosing the current node
  std::size_t depth = 0, in_paragraph = 0, in_article = 0;
  walk(
      root,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT) {
          if (in_paragraph)
            for (std::size_t c : open) candidates[c].paragraph_text += std::strlen(n->v.text.text);
          return false;
        }
        if (n->type == GUMBO_NODE_DOCUMENT) return true;
        if (n->type != GUMBO_NODE_ELEMENT) return false;
        const GumboElement& e = n->v.element;
        if (e.tag == GUMBO_TAG_TITLE && page.title_element.empty())
          page.title_element = text_content(n);
        if (e.tag == GUMBO_TAG_META) {
          const std::string key = lower(
              attribute(e, "property").empty()
                  ? (attribute(e, "name").empty() ? attribute(e, "itemprop") : attribute(e, "name"))
                  : attribute(e, "property"));
          const std::string content = collapse(attribute(e, "content"));
          if (key == "og:title" && page.og_title.empty()) page.og_title = content;
          if (key == "og:url" && page.og_url.empty()) page.og_url = content;
          if (key == "og:site_name" && page.site_name.empty()) page.site_name = content;
          if ((key == "article:published_time" || key == "datepublished" || key == "date" ||
               key == "pubdate" || key == "publishdate" || key == "dc.date" ||
               key == "dcterms.created") &&
              page.date.empty())
            page.date = content;
        }
        if (e.tag == GUMBO_TAG_LINK && lower(attribute(e, "rel")) == "canonical" &&
            page.canonical.empty())
          page.canonical = collapse(attribute(e, "href"));
        if (e.tag == GUMBO_TAG_BODY && !page.body) page.body = n;
        if (e.tag == GUMBO_TAG_HEAD) return true;  // for <title> and <meta>
        if (is_left_out(e, in_article > 0)) return false;
        if (e.tag == GUMBO_TAG_TIME && lower(attribute(e, "itemprop")) == "datepublished" &&
            page.date.empty())
          page.date = collapse(attribute(e, "datetime"));
        if (e.tag == GUMBO_TAG_H1) {
          if (!page.first_h1) page.first_h1 = n;
          for (std::size_t c : open) candidates[c].has_h1 = true;
        }
        ++depth;
        if (e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN) {
          open.push_back(candidates.size());
          candidates.push_back({n, 0, depth, false});
        }
        if (e.tag == GUMBO_TAG_ARTICLE) ++in_article;
        if (e.tag == GUMBO_TAG_P) ++in_paragraph;
        return true;
      },
      [&](const GumboNode* n) {
        if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag == GUMBO_TAG_HEAD) return;
        const GumboTag tag = n->v.element.tag;
        --depth;
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) open.pop_back();
        if (tag == GUMBO_TAG_ARTICLE) --in_article;
        if (tag == GUMBO_TAG_P) --in_paragraph;
      });
  const Candidate* best = nullptr;
  for (const Candidate& c : candidates)
    if (!best || c.paragraph_text > best->paragraph_text ||
        (c.paragraph_text == best->paragraph_text && c.depth > best->depth))
      best = &c;
  if (best && (best->paragraph_text > 0 || candidates.size() == 1)) {
    page.container = best->node;
    page.container_has_h1 = best->has_h1;
  }
  return page;
}

/// Builds the text and its map, collapsing white space and turning block
/// boundaries into breaks.
class TextBuilder {
 public:
  explicit TextBuilder(std::string_view html) : html_(html) {}

  void block_boundary() { pending_break_ = std::max(pending_break_, 2); }
  void line_break() { pending_break_ = std::max(pending_break_, 1); }

  void text_node(const GumboText& node) {
    const std::string_view decoded = node.text ? std::string_view(node.text) : std::string_view();
    std::string_view original;
    std::size_t base = std::min<std::size_t>(node.start_pos.offset, html_.size());
    const char* data = node.original_text.data;
    if (data && data >= html_.data() && node.original_text.length <= html_.size() &&
        data - html_.data() <=
            static_cast<std::ptrdiff_t>(html_.size() - node.original_text.length)) {
      base = static_cast<std::size_t>(data - html_.data());
      original = std::string_view(data, node.original_text.length);
    }
    align(decoded, original, base);
  }

  void whitespace_node(const GumboText& node) {
    std::size_t at = std::min<std::size_t>(node.start_pos.offset, html_.size());
    space(at, at + std::min(node.original_text.length, html_.size() - at));
  }

  HtmlText finish() && {
    HtmlText out;
    out.text = std::move(text_);
    out.map = std::move(map_);
    return out;
  }

 private:
  // Matches the decoded text of one node against its original bytes: equal
  // stretches map byte for byte, a character reference maps to its source as a
  // whole, white space runs collapse. Robust to any mismatch (one code point
  // for one code point), so offsets always stay within the page and in order.
  void align(std::string_view d, std::string_view o, std::size_t base) {
    std::size_t i = 0, j = 0;
    while (j < d.size()) {
      if (is_space(d[j])) {
        while (j < d.size() && is_space(d[j])) ++j;
        const std::size_t from = i;
        while (i < o.size() && is_space(o[i])) ++i;
        space(base + from, base + i);
        continue;
      }
      if (i < o.size() && o[i] == '&') {
        const std::size_t e = reference_end(o, i);
        if (e > i + 1) {
          const std::size_t k = j + decoded_length(d.substr(j), o.substr(i, e - i), o.substr(e));
          const std::string_view piece = d.substr(j, k - j);
          if (piece == kNoBreakSpace)
            space(base + i, base + e);
          else
            emit(piece, base + i, base + e, false);
          i = e;
          j = k;
          continue;
        }
      }
      if (i < o.size() && o[i] == d[j]) {
        const std::size_t i0 = i, j0 = j;
        while (j < d.size() && i < o.size() && o[i] == d[j] && !is_space(d[j]) && o[i] != '&') {
          ++i;
          ++j;
        }
        if (j > j0) {
          emit(d.substr(j0, j - j0), base + i0, base + i, true);
          continue;
        }
      }
      // Out of step (or past the original bytes): one code point for one.
      const std::size_t dn = code_point_bytes(d.substr(j), 1);
      const std::size_t on = code_point_bytes(o.substr(std::min(i, o.size())), 1);
      const std::string_view piece = d.substr(j, dn);
      if (piece == kNoBreakSpace)
        space(base + i, base + i + on);
      else
        emit(piece, base + i, base + i + on, false);
      i = std::min(o.size(), i + on);
      j += dn;
    }
  }

  /// How many decoded bytes the reference `ref` (followed by `after`) stands for.
  static std::size_t decoded_length(std::string_view d, std::string_view ref,
                                    std::string_view after) {
    auto follows = [&](std::size_t k) {
      if (k > d.size()) return false;
      const std::size_t m = std::min({std::size_t{16}, d.size() - k, after.size()});
      return d.substr(k, m) == after.substr(0, m);
    };
    if (d.substr(0, ref.size()) == ref && follows(ref.size())) return ref.size();  // not decoded
    for (std::size_t n = 1; n <= 2; ++n)
      if (const std::size_t k = code_point_bytes(d, n); follows(k)) return k;
    return code_point_bytes(d, 1);
  }

  void space(std::size_t begin, std::size_t end) {
    if (!has_space_) space_begin_ = begin;
    has_space_ = true;
    space_end_ = std::max(end, space_begin_);
  }

  void emit(std::string_view bytes, std::size_t begin, std::size_t end, bool exact) {
    if (bytes.empty()) return;
    if (!text_.empty()) {
      if (pending_break_ > 0) {
        const std::string_view gap = pending_break_ == 2 ? "\n\n" : "\n";
        text_ += gap;
        map_.append(gap.size(), begin, begin, false);
      } else if (has_space_) {
        text_ += ' ';
        // One plain space in the page too: an exact piece, joined with its neighbours.
        map_.append(1, space_begin_, space_end_,
                    space_end_ - space_begin_ == 1 && space_end_ <= html_.size() &&
                        html_[space_begin_] == ' ');
      }
    }
    pending_break_ = 0;
    has_space_ = false;
    text_ += bytes;
    map_.append(bytes.size(), begin, end, exact);
  }

  std::string_view html_;
  std::string text_;
  SourceMap map_;
  int pending_break_ = 0;
  bool has_space_ = false;
  std::size_t space_begin_ = 0, space_end_ = 0;
};

void append_text(TextBuilder& builder, const GumboNode* root, bool root_in_article) {
  std::size_t in_article = root_in_article ? 1 : 0;
  walk(
      root,
      [&](const GumboNode* n) {
        switch (n->type) {
          case GUMBO_NODE_TEXT:
          case GUMBO_NODE_CDATA:
            builder.text_node(n->v.text);
            return false;
          case GUMBO_NODE_WHITESPACE:
            builder.whitespace_node(n->v.text);
            return false;
          case GUMBO_NODE_DOCUMENT:
            return true;
          case GUMBO_NODE_ELEMENT:
          case GUMBO_NODE_TEMPLATE:
            break;
          default:
            return false;
        }
        const GumboElement& e = n->v.element;
        if (n->type == GUMBO_NODE_TEMPLATE || is_left_out(e, in_article > 0)) return false;
        if (e.tag == GUMBO_TAG_BR) builder.line_break();
        if (is_block(e.tag)) builder.block_boundary();
        if (e.tag == GUMBO_TAG_ARTICLE) ++in_article;
        return true;
      },
      [&](const GumboNode* n) {
        if (n->type != GUMBO_NODE_ELEMENT) return;
        if (is_block(n->v.element.tag)) builder.block_boundary();
        if (n->v.element.tag == GUMBO_TAG_ARTICLE) --in_article;
      });
}

bool inside(const GumboNode* node, const GumboNode* ancestor) {
  for (; node; node = node->parent)
    if (node == ancestor) return true;
  return false;
}

bool is_tag_byte(char c) { return is_alnum(c) || c == '-' || c == ':' || c == '_'; }

bool is_void(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area",  "base",   "br",    "col",  "embed",
                                               "hr",    "img",    "input", "link", "meta",
                                               "param", "source", "track", "wbr",  "keygen"};
  return std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid);
}

/// Elements a start tag of the same name closes (a new <p> ends the open one).
bool closes_itself(std::string_view name) {
  return name == "p" || name == "a" || name == "li" || name == "dt" || name == "dd" ||
         name == "option" || name == "tr" || name == "td" || name == "th";
}

}  // namespace

std::size_t estimated_depth(std::string_view html) {
  // A tokenizer-level model of the stack of open elements: start tags push
  // (void elements, and elements closed by a sibling of their own name, aside),
  // end tags pop to the nearest open element of that name among the top few.
  // It errs on the deep side, which is the safe side for a limit.
  constexpr std::size_t kLookBack = 16;
  std::vector<std::string> stack;
  std::size_t deepest = 0;
  std::size_t i = 0;
  const std::size_t n = html.size();
  while (i < n) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    i = lt + 1;
    if (html.substr(lt, 4) == "<!--") {
      const std::size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    const bool closing = html[i] == '/';
    if (closing) ++i;
    std::size_t name_end = i;
    while (name_end < n && is_tag_byte(html[name_end])) ++name_end;
    if (name_end == i) continue;
    const std::string name = lower(html.substr(i, name_end - i));
    const std::size_t gt = html.find('>', name_end);
    i = gt == std::string_view::npos ? n : gt + 1;
    if (closing) {
      for (std::size_t k = 0; k < std::min(kLookBack, stack.size()); ++k)
        if (stack[stack.size() - 1 - k] == name) {
          stack.resize(stack.size() - 1 - k);
          break;
        }
      continue;
    }
    if (is_void(name) || (gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/')) continue;
    if (closes_itself(name))
      for (std::size_t k = 0; k < std::min(kLookBack, stack.size()); ++k)
        if (stack[stack.size() - 1 - k] == name) {
          stack.resize(stack.size() - 1 - k);
          break;
        }
    if (name == "script" || name == "style" || name == "textarea" || name == "title") {
      // Raw text up to the end tag: markup-looking strings inside are not elements.
      const std::string end_tag = "</" + name;
      std::size_t at = i;
      while (at < n) {
        const std::size_t next = html.find("</", at);
        if (next == std::string_view::npos) {
          at = n;
          break;
        }
        if (lower(html.substr(next, end_tag.size())) == end_tag) {
          at = next;
          break;
        }
        at = next + 2;
      }
      i = at;
      continue;
    }
    stack.push_back(name);
    deepest = std::max(deepest, stack.size());
  }
  return deepest;
}

bool looks_like_html(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && is_space(head.front())) head.remove_prefix(1);
  const std::string start = lower(head.substr(0, 14));
  return start.starts_with("<!doctype html") || start.starts_with("<html");
}

HtmlText extract_html_text(std::string_view html) {
  if (estimated_depth(html) > kMaxHtmlDepth) {
    HtmlText refused;
    refused.too_deep = true;
    return refused;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 1000;  // error records are not used; cap their memory
  struct OutputDeleter {
    GumboOptions* options;
    void operator()(GumboOutput* output) const { gumbo_destroy_output(options, output); }
  };
  std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, html.data(), html.size()), OutputDeleter{&options});
  if (!output) return {};

  const PageScan page = scan(output->document);
  TextBuilder builder(html);
  const GumboNode* root = page.container ? page.container
                          : page.body    ? page.body
                                         : output->document;
  if (page.container && !page.container_has_h1 && page.first_h1 && !inside(page.first_h1, root) &&
      page.first_h1->v.element.start_pos.offset <= page.container->v.element.start_pos.offset) {
    append_text(builder, page.first_h1, false);
    builder.block_boundary();
  }
  bool root_in_article = false;
  for (const GumboNode* n = root->parent; n; n = n->parent)
    if (is_element(n, GUMBO_TAG_ARTICLE)) root_in_article = true;
  append_text(builder, root, root_in_article);

  HtmlText result = std::move(builder).finish();
  result.title = !page.og_title.empty()        ? page.og_title
                 : !page.title_element.empty() ? page.title_element
                 : page.first_h1               ? text_content(page.first_h1)
                                               : std::string();
  result.date = page.date;
  result.url = !page.canonical.empty() ? page.canonical : page.og_url;
  result.source = page.site_name;
  return result;
}

}  // namespace actorgraph::detail
