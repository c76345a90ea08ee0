// actorgraph: the whole public API in one include.
//
//   #include <actorgraph/actorgraph.hpp>
//
// Link against the CMake target actorgraph::actorgraph (find_package(actorgraph
// CONFIG)) or use `pkg-config --cflags --libs actorgraph`.
#pragma once

// The graph model: nodes, edges and the evidence behind them.
#include "actorgraph/error.hpp"
#include "actorgraph/evidence.hpp"
#include "actorgraph/entity.hpp"
#include "actorgraph/relation.hpp"
#include "actorgraph/knowledge_graph.hpp"

// Reading and writing graphs (JSON, GraphML, GEXF, DOT, CSV).
#include "actorgraph/graph_format.hpp"

// Queries: filters, names, ego networks, paths, centrality.
#include "actorgraph/graph_filter.hpp"
#include "actorgraph/graph_query.hpp"
#include "actorgraph/output_target.hpp"

// From articles to graphs.
#include "actorgraph/source_map.hpp"
#include "actorgraph/document.hpp"
#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/text.hpp"
#include "actorgraph/dependency_tree.hpp"
#include "actorgraph/conllu.hpp"
#include "actorgraph/parser.hpp"
#include "actorgraph/lexicon.hpp"
#include "actorgraph/mention.hpp"
#include "actorgraph/pipeline.hpp"
#include "actorgraph/partial_graphs.hpp"

// Scoring a graph against gold annotations.
#include "actorgraph/evaluation.hpp"
