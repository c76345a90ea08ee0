# Embeds schemas/article.schema.json into the library as
# actorgraph::detail::article_schema_json() (lib/src/io/article_schema.hpp), so the
# reader validates JSONL records with no data files installed.
include(${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)
actorgraph_embed_data(NAME article_schema HEADER "io/article_schema.hpp"
  FILES article_schema_json=${PROJECT_SOURCE_DIR}/schemas/article.schema.json)
