# Installation and packaging: `cmake --install BUILD [--prefix DIR]` installs
#   include/actorgraph/*.hpp          public headers
#   lib/libactorgraph.a               the library (with its embedded data)
#   bin/actorgraph                    the command-line tool
#   share/actorgraph/                 default_lexicon.json and schemas/
#   lib/cmake/actorgraph/             actorgraphConfig.cmake, ...ConfigVersion.cmake, ...Targets.cmake
#   lib/pkgconfig/actorgraph.pc       for pkg-config
# Included at the end of the top-level CMakeLists.txt, after lib/ and apps/.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(ACTORGRAPH_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/actorgraph")
set(ACTORGRAPH_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/actorgraph")

# Consumers compile our headers as C++20 whatever their own default is.
target_compile_features(actorgraph PUBLIC cxx_std_20)

get_target_property(_actorgraph_type actorgraph TYPE)
if(_actorgraph_type STREQUAL "STATIC_LIBRARY")
  set(ACTORGRAPH_STATIC TRUE)
else()
  set(ACTORGRAPH_STATIC FALSE)
endif()
set(ACTORGRAPH_BOOST_VERSION "${Boost_VERSION_MAJOR}.${Boost_VERSION_MINOR}")

install(TARGETS actorgraph EXPORT actorgraphTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/actorgraph
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")
install(TARGETS actorgraph_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/lib/data/default_lexicon.json DESTINATION ${ACTORGRAPH_INSTALL_DATADIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${ACTORGRAPH_INSTALL_DATADIR}/schemas)
install(FILES ${PROJECT_SOURCE_DIR}/lib/data/models/en_ewt.agparse ${PROJECT_SOURCE_DIR}/lib/data/models/NOTICE
              ${PROJECT_SOURCE_DIR}/lib/data/models/LICENSE-CC-BY-SA-4.0.txt
        DESTINATION ${ACTORGRAPH_INSTALL_DATADIR}/models)

install(EXPORT actorgraphTargets NAMESPACE actorgraph:: DESTINATION ${ACTORGRAPH_INSTALL_CMAKEDIR})
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/actorgraphConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/actorgraphConfig.cmake
  INSTALL_DESTINATION ${ACTORGRAPH_INSTALL_CMAKEDIR}
  PATH_VARS ACTORGRAPH_INSTALL_DATADIR CMAKE_INSTALL_BINDIR)
# 0.x: only the same minor version promises the same API.
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/actorgraphConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/actorgraphConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/actorgraphConfigVersion.cmake
        DESTINATION ${ACTORGRAPH_INSTALL_CMAKEDIR})

# pkg-config. A static library needs its dependencies on every link line, so
# they go into Requires/Libs; a shared one keeps them private.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(ACTORGRAPH_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(ACTORGRAPH_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(ACTORGRAPH_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(ACTORGRAPH_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
set(ACTORGRAPH_PC_DATADIR "\${prefix}/${ACTORGRAPH_INSTALL_DATADIR}")
if(ACTORGRAPH_STATIC)
  set(ACTORGRAPH_PC_REQUIRES "Requires: libutf8proc, spdlog, gumbo, icu-uc, icu-i18n")
  set(ACTORGRAPH_PC_LIBS "-lboost_graph -pthread")
  set(ACTORGRAPH_PC_LIBS_PRIVATE "")
else()
  set(ACTORGRAPH_PC_REQUIRES "Requires.private: libutf8proc, spdlog, gumbo, icu-uc, icu-i18n")
  set(ACTORGRAPH_PC_LIBS "")
  set(ACTORGRAPH_PC_LIBS_PRIVATE "Libs.private: -lboost_graph -pthread")
endif()
# The prefix is substituted at install time so that `cmake --install BUILD
# --prefix DIR` writes a .pc file pointing into DIR (DESTDIR is not part of it).
set(ACTORGRAPH_PC_PREFIX "%ACTORGRAPH_INSTALL_PREFIX%")
configure_file(${CMAKE_CURRENT_LIST_DIR}/actorgraph.pc.in ${CMAKE_CURRENT_BINARY_DIR}/actorgraph.pc.in @ONLY)
install(CODE "
  file(READ \"${CMAKE_CURRENT_BINARY_DIR}/actorgraph.pc.in\" _actorgraph_pc)
  string(REPLACE \"%ACTORGRAPH_INSTALL_PREFIX%\" \"\${CMAKE_INSTALL_PREFIX}\" _actorgraph_pc \"\${_actorgraph_pc}\")
  set(_actorgraph_pc_file \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig/actorgraph.pc\")
  message(STATUS \"Installing: \${_actorgraph_pc_file}\")
  file(WRITE \"\${_actorgraph_pc_file}\" \"\${_actorgraph_pc}\")
")
