#include "actorgraph/pipeline.hpp"

#include <algorithm>
#include <string>

#include "actorgraph/cleaner.hpp"
#include "actorgraph/segmenter.hpp"
#include "actorgraph/tagger.hpp"

namespace actorgraph {

namespace {

// Walking-skeleton recogniser: exact lexicon names only, longest match first.
// Replaced by the mention recogniser and resolver.
std::vector<Mention> match_lexicon_names(const std::vector<Sentence>& sentences,
                                         std::string_view text, const Lexicon& lexicon) {
  std::vector<Mention> mentions;
  const std::size_t max_words = std::max<std::size_t>(1, lexicon.max_name_words());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    for (std::size_t i = 0; i < tokens.size();) {
      std::size_t matched = 0;
      const LexiconActor* actor = nullptr;
      for (std::size_t n = std::min(max_words, tokens.size() - i); n >= 1 && !actor; --n) {
        const auto surface = text.substr(tokens[i].begin, tokens[i + n - 1].end - tokens[i].begin);
        auto found = lexicon.lookup(surface);
        if (!found.empty() && found.front().kind != LexiconMatch::Kind::demonym) {
          actor = found.front().actor;
          matched = n;
        }
      }
      if (!actor) {
        ++i;
        continue;
      }
      Mention m;
      m.sentence = s;
      m.token_begin = i;
      m.token_end = i + matched;
      m.begin = tokens[i].begin;
      m.end = tokens[i + matched - 1].end;
      m.text = std::string(text.substr(m.begin, m.end - m.begin));
      m.type = actor->type;
      m.entity = actor->id;
      m.name = actor->name;
      mentions.push_back(std::move(m));
      i += matched;
    }
  }
  return mentions;
}

}  // namespace

Pipeline::Pipeline(Lexicon lexicon, PipelineOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}

DocumentAnalysis Pipeline::analyze(const Document& document) const {
  DocumentAnalysis analysis;
  analysis.cleaned = clean_document(document);
  analysis.sentences = segment(document.text, analysis.cleaned.blocks);
  const Tagger& tagger = Tagger::builtin();
  for (auto& sentence : analysis.sentences) tagger.tag(sentence);
  analysis.mentions = match_lexicon_names(analysis.sentences, document.text, lexicon_);
  for (const auto& mention : analysis.mentions) {
    const LexiconActor* actor = lexicon_.find_actor(mention.entity);
    if (!actor || actor->outlet) continue;
    Entity entity;
    entity.id = actor->id;
    entity.label = actor->name;
    entity.type = actor->type;
    entity.aliases.insert(mention.text);
    entity.mentions = 1;
    entity.first_date = entity.last_date = document.date;
    analysis.graph.add_entity(entity);
  }
  return analysis;
}

KnowledgeGraph Pipeline::process(const Document& document) const {
  return analyze(document).graph;
}

KnowledgeGraph Pipeline::build(CorpusReader& reader) const {
  KnowledgeGraph graph;
  while (auto document = reader.next()) graph.merge(process(*document));
  finalize(graph);
  return graph;
}

void Pipeline::finalize(KnowledgeGraph&) const {}

}  // namespace actorgraph
