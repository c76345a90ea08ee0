// Photo captions and credits through the whole pipeline (cleaner, segmenter,
// recogniser, resolver): the photographer and the label are never actors, and a
// pronoun of the story never resolves to them. Every line is written for the tests.
#include <catch2/catch.hpp>

#include <string>

#include "actorgraph/pipeline.hpp"

using namespace actorgraph;

namespace {

DocumentAnalysis analyse(std::string text) {
  Pipeline pipeline(Lexicon::builtin());
  Document document;
  document.id = "captions";
  document.text = std::move(text);
  return pipeline.analyze(document);
}

// Every node's label and aliases, for the failure message.
std::string nodes(const KnowledgeGraph& graph) {
  std::string s;
  for (const Entity* e : graph.entities()) s += e->id + " ";
  return s;
}

bool any_node_with(const KnowledgeGraph& graph, std::string_view word) {
  for (const Entity* e : graph.entities()) {
    if (e->label.find(word) != std::string::npos) return true;
    for (const auto& alias : e->aliases)
      if (alias.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("no node is made from a photo label or credit", "[cleaner][captions]") {
  const auto analysis = analyse(
      "Ghana cuts fuel tax\n\n"
      "FILE PHOTO: Ghana's Finance Minister Kofi Mensah speaks at a news conference in Accra, "
      "Ghana, March 3, 2019. REUTERS/Samuel Adeyemi/File Photo\n\n"
      "ACCRA (Reuters) - Ghana's Finance Minister Kofi Mensah said on Monday the government "
      "would cut the fuel tax. He said prices had risen too fast.\n\n"
      "Traders queue for fuel in Kumasi on Friday. (AFP/Kwame Boateng)\n\n"
      "Protesters march in Tamale. Photo: Yaw Asante/AP\n\n"
      "The opposition said the cut came too late.\n");
  const auto& graph = analysis.graph;
  INFO(nodes(graph));
  CHECK(graph.find_entity("kofi-mensah"));
  for (const auto* word : {"Adeyemi", "Boateng", "Asante", "FILE", "Photo", "PHOTO", "REUTERS"}) {
    INFO(word);
    CHECK_FALSE(any_node_with(graph, word));
  }
  // "He" is the minister of the story, never a name from a caption.
  for (const auto& m : analysis.mentions) {
    if (m.text != "He") continue;
    CHECK(m.entity == "kofi-mensah");
  }
}

TEST_CASE("a caption's subject is no antecedent of the story's pronouns", "[cleaner][captions]") {
  const auto analysis = analyse(
      "Port reopens\n\n"
      "FILE PHOTO: Harbour master Tomas Lind walks on the pier in Gdansk, Poland, May 2, 2018. "
      "REUTERS/Ewa Nowak/File Photo\n\n"
      "GDANSK (Reuters) - The port reopened on Monday after a storm. He said nothing more.\n");
  INFO(nodes(analysis.graph));
  CHECK_FALSE(any_node_with(analysis.graph, "Nowak"));
  for (const auto& m : analysis.mentions)
    if (m.text == "He") CHECK(m.entity.empty());
}

TEST_CASE("credits written name first and share buttons name no one", "[cleaner][captions]") {
  const auto analysis = analyse(
      "Dam talks resume\n\n"
      "Enlarge this image toggle caption Marta Silva/EPA/Landov Marta Silva/EPA/Landov\n\n"
      "Facebook Twitter Pinterest Engineers inspect the dam near Tete on Monday.\n\n"
      "MAPUTO (Reuters) - Mozambique's Energy Minister Carlos Zimba said on Monday the dam "
      "would reopen.\n");
  const auto& graph = analysis.graph;
  INFO(nodes(graph));
  CHECK(graph.find_entity("carlos-zimba"));
  for (const auto* word : {"Silva", "Facebook", "Pinterest", "Twitter"}) {
    INFO(word);
    CHECK_FALSE(any_node_with(graph, word));
  }
}

TEST_CASE("a credit opening a caption line, the caption after it", "[cleaner][captions]") {
  const auto analysis = analyse(
      "Summit ends\n\n"
      "The leaders met in Lima on Friday.\n\n"
      "Kirill Brandt/AP Chilean President Ana Lind (l.) and President Tomas Vik of Peru pose "
      "for a photo.\n\n"
      "Lind said the talks went well.\n");
  const auto& graph = analysis.graph;
  INFO(nodes(graph));
  CHECK_FALSE(any_node_with(graph, "Brandt"));
  CHECK(graph.find_entity("ana-lind"));  // the caption's own words still name people
  CHECK(graph.find_entity("tomas-vik"));
  // Mid-sentence, a name and a slash are prose ("the Lind/Vik talks"), not a credit.
  const auto prose = analyse("Talks\n\nOn Monday Ana Lind/AP reporters met in Lima.\n");
  INFO(nodes(prose.graph));
  CHECK(any_node_with(prose.graph, "Lind"));
}

TEST_CASE("a subheading in capitals names no one", "[cleaner][captions]") {
  const auto analysis = analyse(
      "Port deal\n\n"
      "Chile and Peru signed the port deal on Monday.\n\n"
      "\xE2\x80\x98"
      "COAST DESERVES BETTER"
      "\xE2\x80\x99"
      "\n\n"
      "SYMBOL OF HOPE\n\n"
      "Harbour master Tomas Lind said the deal would hold.\n");
  const auto& graph = analysis.graph;
  INFO(nodes(graph));
  CHECK_FALSE(any_node_with(graph, "DESERVES"));
  CHECK_FALSE(any_node_with(graph, "SYMBOL"));
  CHECK(graph.find_entity("tomas-lind"));
}
