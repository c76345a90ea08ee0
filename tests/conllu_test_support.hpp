// Reads hand-written CoNLL-U (tests/data/*.conllu) into Sentences, with the
// test's own comment lines: "# mentions = SURFACE|id|type; ...", "# expect = s r t; ...",
// "# absent = ...", "# unasserted = ...". Lets the relation rules be tested on
// exact trees without a parser.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/mention.hpp"
#include "actorgraph/text.hpp"

namespace actorgraph::test {

struct ConlluCase {
  std::string id;
  std::string text;  ///< the tokens joined (SpaceAfter=No respected)
  Sentence sentence;
  std::vector<Mention> mentions;
  std::vector<std::string> expect, absent, unasserted;  ///< "source relation target"
};

inline std::vector<std::string> split_list(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) {
    const auto b = cur.find_first_not_of(' ');
    const auto e = cur.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
  }
  return out;
}

inline EntityType conllu_type(const std::string& t) {
  if (t == "country") return EntityType::country;
  if (t == "government") return EntityType::government;
  if (t == "armed_group") return EntityType::armed_group;
  if (t == "person") return EntityType::person;
  if (t == "location") return EntityType::location;
  if (t == "event") return EntityType::event;
  return EntityType::organization;
}

inline std::vector<ConlluCase> read_conllu_cases(const std::string& content) {
  std::vector<ConlluCase> cases;
  ConlluCase cur;
  std::vector<std::string> mention_specs;
  auto finish = [&] {
    if (cur.sentence.tokens.empty()) return;
    cur.sentence.begin = 0;
    cur.sentence.end = cur.text.size();
    for (const auto& spec : mention_specs) {
      const auto f = split_list(spec, '|');
      if (f.size() != 3) continue;
      const auto words = split_list(f[0], ' ');
      const auto& tk = cur.sentence.tokens;
      for (std::size_t b = 0; b + words.size() <= tk.size(); ++b) {
        bool ok = true;
        for (std::size_t w = 0; w < words.size() && ok; ++w) ok = tk[b + w].text == words[w];
        if (!ok) continue;
        Mention m;
        m.sentence = 0;
        m.token_begin = b;
        m.token_end = b + words.size();
        m.begin = tk[b].begin;
        m.end = tk[b + words.size() - 1].end;
        m.text = cur.text.substr(m.begin, m.end - m.begin);
        m.kind = f[2] == "event" ? MentionKind::nominal : MentionKind::name;
        m.type = conllu_type(f[2]);
        m.entity = f[1];
        m.name = f[0];
        cur.mentions.push_back(m);
        break;
      }
    }
    cases.push_back(std::move(cur));
    cur = ConlluCase{};
    mention_specs.clear();
  };
  std::istringstream in(content);
  std::string line;
  bool space_before = false;
  while (std::getline(in, line)) {
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      const auto eq = line.find(" = ");
      if (eq == std::string::npos) continue;
      const auto key = line.substr(2, eq - 2);
      const auto value = line.substr(eq + 3);
      if (key == "sent_id") cur.id = value;
      if (key == "mentions") mention_specs = split_list(value, ';');
      if (key == "expect") cur.expect = split_list(value, ';');
      if (key == "absent") cur.absent = split_list(value, ';');
      if (key == "unasserted") cur.unasserted = split_list(value, ';');
      continue;
    }
    std::vector<std::string> col;
    std::istringstream row(line);
    std::string c;
    while (std::getline(row, c, '\t')) col.push_back(c);
    if (col.size() < 10 || col[0].find_first_of("-.") != std::string::npos) continue;
    if (cur.sentence.tokens.empty()) space_before = false;
    if (space_before) cur.text += ' ';
    Token t;
    t.begin = cur.text.size();
    cur.text += col[1];
    t.end = cur.text.size();
    t.text = col[1];
    t.norm = col[1];
    t.lemma = col[2];
    for (auto& ch : t.lemma)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    t.upos = col[3];
    t.pos = col[4];
    t.head = std::stoi(col[6]) - 1;
    t.deprel = col[7];
    cur.sentence.tokens.push_back(std::move(t));
    space_before = col[9].find("SpaceAfter=No") == std::string::npos;
  }
  finish();
  return cases;
}

}  // namespace actorgraph::test
