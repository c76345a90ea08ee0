# Embeds schemas/gold.schema.json into the library as
# actorgraph::detail::gold_schema_json() (lib/src/eval/gold_schema.hpp), so read_gold
# validates gold files with no data files installed.
include(${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)
actorgraph_embed_data(NAME gold_schema HEADER "eval/gold_schema.hpp"
  FILES gold_schema_json=${PROJECT_SOURCE_DIR}/schemas/gold.schema.json)
