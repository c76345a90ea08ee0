# Embeds the predicate lexicon (lib/data/predicates.json, schemas/predicates.schema.json)
# and the dependency patterns (lib/data/patterns/dependency.json,
# schemas/patterns.schema.json) into the library (lib/src/relations/rule_data.hpp).
include(${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)
actorgraph_embed_data(NAME predicate_data HEADER "relations/rule_data.hpp"
  FILES predicates_schema_text=${PROJECT_SOURCE_DIR}/schemas/predicates.schema.json
        default_predicates_text=${CMAKE_CURRENT_SOURCE_DIR}/data/predicates.json
        patterns_schema_text=${PROJECT_SOURCE_DIR}/schemas/patterns.schema.json
        default_patterns_text=${CMAKE_CURRENT_SOURCE_DIR}/data/patterns/dependency.json)
