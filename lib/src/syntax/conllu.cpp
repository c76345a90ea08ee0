#include "actorgraph/conllu.hpp"

#include <array>
#include <charconv>
#include <fstream>
#include <istream>
#include <ostream>

#include "actorgraph/error.hpp"

namespace actorgraph::conllu {

namespace {

[[noreturn]] void fail(std::string_view name, std::size_t line, const std::string& what) {
  throw ParseError(std::string(name) + ":" + std::to_string(line) + ": " + what);
}

bool parse_uint(std::string_view text, std::size_t& value) {
  if (text.empty()) return false;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc{} && ptr == end;
}

// Splits a word line into its ten columns; false when the count is wrong.
bool split_columns(std::string_view line, std::array<std::string_view, 10>& columns) {
  std::size_t count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (count == columns.size()) return false;
      columns[count++] = line.substr(start, i - start);
      start = i + 1;
    }
  }
  return count == columns.size();
}

// Every sentence's words form one tree: each word reaches the root without a cycle.
void check_tree(const Sentence& sentence, std::string_view name) {
  std::size_t roots = 0;
  const auto n = sentence.words.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (sentence.words[i].head < 0) ++roots;
    int at = static_cast<int>(i);
    std::size_t steps = 0;
    while (at >= 0) {
      at = sentence.words[static_cast<std::size_t>(at)].head;
      if (++steps > n) fail(name, sentence.line, "HEAD: the words' heads form a cycle");
    }
  }
  if (roots != 1)
    fail(name, sentence.line, "HEAD: " + std::to_string(roots) + " roots (one expected)");
}

}  // namespace

std::string_view Sentence::comment(std::string_view key) const {
  for (const auto& c : comments) {
    std::string_view text = c;
    if (text.size() > key.size() && text.substr(0, key.size()) == key) {
      text.remove_prefix(key.size());
      const auto eq = text.find_first_not_of(' ');
      if (eq == std::string_view::npos || text[eq] != '=') continue;
      text.remove_prefix(eq + 1);
      if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
      return text;
    }
  }
  return {};
}

std::vector<Sentence> read(std::istream& in, std::string_view name, ReadOptions options) {
  std::vector<Sentence> sentences;
  Sentence current;
  bool open = false;
  std::vector<std::size_t> head_lines;  // line of each word, for HEAD errors
  std::vector<std::size_t> raw_heads;   // HEAD column (1-based, 0 = root, npos = "_")
  constexpr std::size_t kNoHead = static_cast<std::size_t>(-1);

  auto finish = [&] {
    if (!open) return;
    if (current.words.empty()) fail(name, current.line, "sentence block without words");
    const auto n = current.words.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (raw_heads[i] == kNoHead) {
        if (options.require_tree) fail(name, head_lines[i], "HEAD: '_' where a head is required");
        continue;
      }
      if (raw_heads[i] > n) {
        fail(name, head_lines[i],
             "HEAD: " + std::to_string(raw_heads[i]) + " is past the sentence's " +
                 std::to_string(n) + " words");
      }
      current.words[i].head = static_cast<int>(raw_heads[i]) - 1;
    }
    for (const auto& mwt : current.multiword) {
      if (mwt.last >= n)
        fail(name, current.line, "multiword token range past the sentence's words");
    }
    if (options.require_tree) check_tree(current, name);
    sentences.push_back(std::move(current));
    current = Sentence{};
    head_lines.clear();
    raw_heads.clear();
    open = false;
  };

  std::string line;
  std::size_t number = 0;
  std::array<std::string_view, 10> col;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (!open) {
      open = true;
      current.line = number;
    }
    if (line.front() == '#') {
      if (!current.words.empty()) fail(name, number, "comment line inside a sentence's words");
      std::string_view text(line);
      text.remove_prefix(1);
      if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
      current.comments.emplace_back(text);
      continue;
    }
    if (!split_columns(line, col)) fail(name, number, "a word line has 10 tab-separated columns");
    for (std::size_t c = 0; c < col.size(); ++c) {
      if (col[c].empty()) fail(name, number, "column " + std::to_string(c + 1) + " is empty");
    }
    const std::string_view id = col[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node (enhanced graph only)
    if (const auto dash = id.find('-'); dash != std::string_view::npos) {
      std::size_t first = 0;
      std::size_t last = 0;
      if (!parse_uint(id.substr(0, dash), first) || !parse_uint(id.substr(dash + 1), last) ||
          first == 0 || last < first) {
        fail(name, number, "ID: bad multiword range '" + std::string(id) + "'");
      }
      if (first != current.words.size() + 1) fail(name, number, "ID: multiword range out of order");
      current.multiword.push_back({first - 1, last - 1, std::string(col[1]), std::string(col[9])});
      continue;
    }
    std::size_t index = 0;
    if (!parse_uint(id, index))
      fail(name, number, "ID: '" + std::string(id) + "' is not a word index");
    if (index != current.words.size() + 1) {
      fail(name, number,
           "ID: " + std::string(id) + " where " + std::to_string(current.words.size() + 1) +
               " was expected");
    }
    Word word;
    word.form = col[1];
    word.lemma = col[2];
    word.upos = col[3];
    word.xpos = col[4];
    word.feats = col[5];
    word.deprel = col[7];
    word.deps = col[8];
    word.misc = col[9];
    std::size_t head = kNoHead;
    if (col[6] != "_" && !parse_uint(col[6], head)) {
      fail(name, number, "HEAD: '" + std::string(col[6]) + "' is not a word index");
    }
    if (head == index) fail(name, number, "HEAD: a word cannot be its own head");
    if (options.require_tree && word.deprel == "_")
      fail(name, number, "DEPREL: '_' where a relation is required");
    raw_heads.push_back(head);
    head_lines.push_back(number);
    current.words.push_back(std::move(word));
  }
  if (in.bad()) throw IoError(std::string(name) + ": read error");
  finish();
  return sentences;
}

std::vector<Sentence> read_file(const std::string& path, ReadOptions options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path + ": cannot open for reading");
  return read(in, path, options);
}

void write(std::ostream& out, const Sentence& sentence) {
  for (const auto& c : sentence.comments) out << "# " << c << '\n';
  std::size_t next_mwt = 0;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    while (next_mwt < sentence.multiword.size() && sentence.multiword[next_mwt].first == i) {
      const auto& m = sentence.multiword[next_mwt++];
      out << m.first + 1 << '-' << m.last + 1 << '\t' << m.form << "\t_\t_\t_\t_\t_\t_\t_\t"
          << m.misc << '\n';
    }
    const auto& w = sentence.words[i];
    out << i + 1 << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t'
        << w.feats << '\t';
    if (w.head < 0 && w.deprel == "_") {
      out << '_';
    } else {
      out << w.head + 1;
    }
    out << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc << '\n';
  }
  out << '\n';
}

}  // namespace actorgraph::conllu
