# Embeds schemas/article.schema.json into the library as
# actorgraph::detail::article_schema_json (see lib/src/io/article_schema.hpp), so
# the reader validates JSONL records with no data files installed.
#
# This file has two roles: included from lib/CMakeLists.txt it adds the build
# step; run with `cmake -P` (by that step) it writes the C++ source.
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${SCHEMA}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  # Bytes as hex literals: no escaping issues and no string-literal length limits.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  file(WRITE "${OUTPUT}.tmp"
    "// Generated from schemas/article.schema.json by lib/cmake/article_schema.cmake. Do not edit.\n"
    "#include \"io/article_schema.hpp\"\n"
    "namespace actorgraph::detail {\n"
    "namespace {\nconstexpr char kArticleSchema[] = {${bytes} '\\0'};\n}\n"
    "std::string_view article_schema_json() noexcept { return {kArticleSchema, ${size}}; }\n"
    "}  // namespace actorgraph::detail\n")
  file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
  file(REMOVE "${OUTPUT}.tmp")
  return()
endif()

set(ACTORGRAPH_ARTICLE_SCHEMA ${PROJECT_SOURCE_DIR}/schemas/article.schema.json)
set(ACTORGRAPH_ARTICLE_SCHEMA_CPP ${CMAKE_CURRENT_BINARY_DIR}/generated/article_schema.cpp)
add_custom_command(
  OUTPUT ${ACTORGRAPH_ARTICLE_SCHEMA_CPP}
  COMMAND ${CMAKE_COMMAND} -DSCHEMA=${ACTORGRAPH_ARTICLE_SCHEMA} -DOUTPUT=${ACTORGRAPH_ARTICLE_SCHEMA_CPP}
          -P ${CMAKE_CURRENT_LIST_FILE}
  DEPENDS ${ACTORGRAPH_ARTICLE_SCHEMA} ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Embedding the article schema"
  VERBATIM)
target_sources(actorgraph PRIVATE ${ACTORGRAPH_ARTICLE_SCHEMA_CPP})
