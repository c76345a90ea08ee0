# Language data for the text layer (segmenter, lemmatizer, tagger), generated at build time
# from Debian's WordNet 3.0 (wordnet-base) and festival part-of-speech data (festlex-poslex)
# and embedded into the library. Nothing generated is committed; see docs/language-data.md.
#
# Included from lib/CMakeLists.txt, in the scope of the `actorgraph` target.

set(ACTORGRAPH_WORDNET_DIR "/usr/share/wordnet" CACHE PATH
    "WordNet 3.0 database directory (Debian package wordnet-base)")
set(ACTORGRAPH_POSLEX_DIR "/usr/share/festival/dicts" CACHE PATH
    "festival part-of-speech lexicon directory (Debian package festlex-poslex)")

set(_ag_wordnet_inputs)
foreach(_f index.noun index.verb index.adj index.adv noun.exc verb.exc adj.exc adv.exc)
  if(NOT EXISTS "${ACTORGRAPH_WORDNET_DIR}/${_f}")
    message(FATAL_ERROR
      "WordNet 3.0 data file ${ACTORGRAPH_WORDNET_DIR}/${_f} is missing. "
      "Install the Debian package 'wordnet-base' (apt-get install wordnet-base) "
      "or point ACTORGRAPH_WORDNET_DIR at a WordNet 3.0 'dict' directory.")
  endif()
  list(APPEND _ag_wordnet_inputs "${ACTORGRAPH_WORDNET_DIR}/${_f}")
endforeach()
set(_ag_poslex_inputs)
foreach(_f wsj.wp39.poslexR wsj.wp39.tri.ngrambin)
  if(NOT EXISTS "${ACTORGRAPH_POSLEX_DIR}/${_f}")
    message(FATAL_ERROR
      "festival POS data file ${ACTORGRAPH_POSLEX_DIR}/${_f} is missing. "
      "Install the Debian package 'festlex-poslex' (apt-get install festlex-poslex) "
      "or point ACTORGRAPH_POSLEX_DIR at the directory holding ${_f}.")
  endif()
  list(APPEND _ag_poslex_inputs "${ACTORGRAPH_POSLEX_DIR}/${_f}")
endforeach()

# The generator is a small host program; it runs in well under a second.
add_executable(actorgraph_language_data_gen ${PROJECT_SOURCE_DIR}/tools/language_data_gen.cpp)
target_compile_options(actorgraph_language_data_gen PRIVATE ${ACTORGRAPH_WARNINGS})

set(_ag_gen_dir "${CMAKE_CURRENT_BINARY_DIR}/generated")
set(_ag_blob "${_ag_gen_dir}/actorgraph_language_data.txt")
add_custom_command(
  OUTPUT "${_ag_blob}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${_ag_gen_dir}"
  COMMAND actorgraph_language_data_gen "${ACTORGRAPH_WORDNET_DIR}" "${ACTORGRAPH_POSLEX_DIR}" "${_ag_blob}"
  DEPENDS actorgraph_language_data_gen ${_ag_wordnet_inputs} ${_ag_poslex_inputs}
  COMMENT "Generating embedded language data (WordNet 3.0, festlex-poslex)"
  VERBATIM)

# The blob is embedded like every data file (embed_data.cmake); listing it as a source
# makes the generation step part of the target.
include(${CMAKE_CURRENT_LIST_DIR}/embed_data.cmake)
actorgraph_embed_data(NAME language_data HEADER "lang/language_data.hpp" MAY_THROW
  FILES embedded_language_data=${_ag_blob})
target_sources(actorgraph PRIVATE "${_ag_blob}")
