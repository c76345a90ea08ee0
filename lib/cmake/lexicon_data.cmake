# Embeds the lexicon schema (schemas/lexicon.schema.json) and the default lexicon
# (lib/data/default_lexicon.json) into the library (lib/src/lexicon/lexicon_data.hpp),
# so the CLI works with no data files. The JSON is the committed source of truth.
include(${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)
actorgraph_embed_data(NAME lexicon_data HEADER "lexicon/lexicon_data.hpp"
  FILES lexicon_schema_text=${PROJECT_SOURCE_DIR}/schemas/lexicon.schema.json
        default_lexicon_text=${CMAKE_CURRENT_SOURCE_DIR}/data/default_lexicon.json)
