#!/usr/bin/env bash
# The installed package works for a consumer: `cmake --install` into a temporary
# prefix, then examples/ is configured and built out of tree against it with
# find_package(actorgraph CONFIG REQUIRED), both programs run and their output is
# checked against the CLI; pkg-config finds the library too.
# Usage: bash install_examples.sh CLI SOURCE_DIR WORK_DIR   (CLI = BUILD/apps/actorgraph)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
BUILD=$(cd "$(dirname "$CLI")/.." && pwd)
[ -f "$BUILD/CMakeCache.txt" ] || { echo "FAIL: no CMake build tree above $CLI"; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
PREFIX="$WORK/prefix"

cmake --install "$BUILD" --prefix "$PREFIX" >"$WORK/install.log"
for f in include/actorgraph/actorgraph.hpp include/actorgraph/graph_query.hpp bin/actorgraph \
         share/actorgraph/default_lexicon.json share/actorgraph/schemas/graph.schema.json \
         share/actorgraph/schemas/lexicon.schema.json; do
  [ -e "$PREFIX/$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
LIBDIR=$(dirname "$(find "$PREFIX" -name 'libactorgraph.*' | head -1)")
[ -n "$LIBDIR" ] && [ "$LIBDIR" != . ] || { echo "FAIL: library not installed"; exit 1; }
for f in actorgraphConfig.cmake actorgraphConfigVersion.cmake actorgraphTargets.cmake; do
  [ -f "$LIBDIR/cmake/actorgraph/$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
# The installed CLI runs on its own (embedded lexicon and language data).
"$PREFIX/bin/actorgraph" --version | grep -q '^actorgraph ' || { echo "FAIL: installed CLI"; exit 1; }

# Out-of-tree consumer build with the generator and compiler of our build.
GENERATOR=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$BUILD/CMakeCache.txt")
CXX_COMPILER=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
# A library built with ASan/UBSan (the CI's sanitizer stage) needs their runtime in
# whatever links it; a consumer of a release build never sees this.
SANITIZE_FLAGS=()
if grep -q '^ACTORGRAPH_SANITIZE:BOOL=ON$' "$BUILD/CMakeCache.txt"; then
  SANITIZE_FLAGS=(-fsanitize=address,undefined)
fi
cmake -S "$SRC/examples" -B "$WORK/examples" -G "${GENERATOR:-Unix Makefiles}" \
  -DCMAKE_CXX_COMPILER="$CXX_COMPILER" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_EXE_LINKER_FLAGS="${SANITIZE_FLAGS[*]}" \
  -DCMAKE_PREFIX_PATH="$PREFIX" >"$WORK/configure.log" 2>&1 || { cat "$WORK/configure.log"; exit 1; }
cmake --build "$WORK/examples" -j2 >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
grep -q "actorgraph_DIR:PATH=$LIBDIR/cmake/actorgraph" "$WORK/examples/CMakeCache.txt" ||
  { echo "FAIL: examples did not use the installed package"; exit 1; }

# 1. who_backs_whom: one line per "backs" edge, the same edges the CLI lists.
"$WORK/examples/who_backs_whom" "$SRC/corpus/astana-2017" >"$WORK/backs.txt" 2>"$WORK/backs.err"
grep -Eq '^5 documents, [0-9]+ actors, [0-9]+ edges$' "$WORK/backs.err" ||
  { echo "FAIL: who_backs_whom summary: $(cat "$WORK/backs.err")"; exit 1; }
"$CLI" query "$SRC/corpus/astana-2017" --relation backs >"$WORK/backs.tsv"
expected=$(($(wc -l <"$WORK/backs.tsv") - 1))
actual=$(grep -c ' backs ' "$WORK/backs.txt" || true)
[ "$actual" -eq "$expected" ] || { echo "FAIL: who_backs_whom printed $actual edges, the CLI lists $expected"; exit 1; }
echo "who_backs_whom: $actual backs edge(s)"

# 2. path_query on the fixture graph: a 4-step chain, each with its sentence.
"$WORK/examples/path_query" "$SRC/tests/data/fixture-graph.json" abdrakhmanov 'Back\slash Org' >"$WORK/path.txt"
head -1 "$WORK/path.txt" | grep -qF 'yerlan-abdrakhmanov -> back\slash-org in 4 step(s)' ||
  { echo "FAIL: path_query: $(cat "$WORK/path.txt")"; exit 1; }
[ "$(grep -c '^    "' "$WORK/path.txt")" -eq 4 ] || { echo "FAIL: path_query evidence lines"; exit 1; }
if "$WORK/examples/path_query" "$SRC/tests/data/fixture-graph.json" Turky node 2>"$WORK/path.err"; then
  echo "FAIL: path_query accepted an unknown name"; exit 1
fi
grep -qF "did you mean 'Türkiye'?" "$WORK/path.err" || { echo "FAIL: no suggestion: $(cat "$WORK/path.err")"; exit 1; }

# 3. pkg-config: flags resolve, and a one-file program links with them alone.
if command -v pkg-config >/dev/null; then
  export PKG_CONFIG_PATH="$LIBDIR/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
  flags=$(pkg-config --cflags --libs actorgraph) || { echo "FAIL: pkg-config --cflags --libs actorgraph"; exit 1; }
  echo "$flags" | grep -q -- "-I$PREFIX/include" || { echo "FAIL: pkg-config cflags: $flags"; exit 1; }
  [ "$(pkg-config --modversion actorgraph)" = "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")" ] ||
    { echo "FAIL: pkg-config version"; exit 1; }
  # shellcheck disable=SC2086
  "$CXX_COMPILER" -o "$WORK/pc_path_query" "$SRC/examples/path_query.cpp" $flags "${SANITIZE_FLAGS[@]}" ||
    { echo "FAIL: building with pkg-config flags"; exit 1; }
  "$WORK/pc_path_query" "$SRC/tests/data/fixture-graph.json" turkey node | grep -q 'turkiye backs node' ||
    { echo "FAIL: pkg-config build output"; exit 1; }
else
  echo "NOTE: pkg-config not installed; .pc file not checked"
fi
echo "PASS: installed package, out-of-tree examples and pkg-config"
