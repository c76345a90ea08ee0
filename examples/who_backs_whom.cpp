// Reads a folder of news articles, builds their knowledge graph and prints
// every "backs" edge with the number of sentences that support it.
//
//   who_backs_whom corpus/astana-2017
#include <cstdio>
#include <exception>

#include <actorgraph/actorgraph.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
    return 2;
  }
  try {
    // The built-in lexicon knows countries, organisations and relation words.
    const actorgraph::Pipeline pipeline(actorgraph::Lexicon::builtin());
    actorgraph::CorpusReader reader({argv[1]});
    const actorgraph::KnowledgeGraph graph = pipeline.build(reader);

    actorgraph::RelationFilter filter;
    filter.relations = {"backs"};
    for (const actorgraph::Relation* edge : actorgraph::find_relations(graph, filter)) {
      const auto* source = graph.find_entity(edge->source);
      const auto* target = graph.find_entity(edge->target);
      std::printf("%s backs %s (%zu sentence%s)\n", source->label.c_str(), target->label.c_str(),
                  edge->weight(), edge->weight() == 1 ? "" : "s");
    }
    std::fprintf(stderr, "%zu documents, %zu actors, %zu edges\n", reader.stats().documents,
                 graph.entity_count(), graph.relation_count());
  } catch (const actorgraph::Error& e) {  // every library error names the file or field
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
  return 0;
}
