# Embeds schemas/graph.schema.json into the library as
# actorgraph::detail::graph_schema_json() (lib/src/io/graph_schema.hpp), so read_json
# validates graphs with no data files installed.
include(${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)
actorgraph_embed_data(NAME graph_schema HEADER "io/graph_schema.hpp"
  FILES graph_schema_json=${PROJECT_SOURCE_DIR}/schemas/graph.schema.json)
