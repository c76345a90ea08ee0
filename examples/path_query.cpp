// Loads a graph JSON written by `actorgraph build` and prints the shortest
// chain of relations between two actors, each step with one evidence sentence.
//
//   path_query astana.json Iran "Syrian opposition"
#include <cstdio>
#include <exception>

#include <actorgraph/actorgraph.hpp>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s GRAPH.json ACTOR ACTOR\n", argv[0]);
    return 2;
  }
  try {
    const actorgraph::KnowledgeGraph graph = actorgraph::read_json_file(argv[1]);
    // Names resolve through ids, labels and aliases, ignoring case and accents;
    // require() throws UnknownName ("did you mean ...?") for a name it cannot place.
    const actorgraph::NameIndex names(graph);
    const std::string from = names.require(argv[2]);
    const std::string to = names.require(argv[3]);

    const auto path = actorgraph::shortest_path(graph, from, to);
    if (!path) {
      std::printf("no chain of relations links %s and %s\n", from.c_str(), to.c_str());
      return 0;
    }
    std::printf("%s -> %s in %zu step(s)\n", from.c_str(), to.c_str(), path->hops.size());
    for (const actorgraph::PathHop& hop : path->hops) {
      const actorgraph::Relation& r = *hop.relation;
      std::printf("  %s %s %s\n", r.source.c_str(), r.type.c_str(), r.target.c_str());
      if (hop.evidence)
        std::printf("    \"%s\" (%s)\n", hop.evidence->text.c_str(),
                    hop.evidence->document.c_str());
    }
  } catch (const actorgraph::Error& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
  return 0;
}
