# Shared by the client tests that count failures rather than stop at the first one
# (sourced, not run; it is outside the tests/clients/*.sh glob that CMake registers):
#   . "$(dirname "$0")/lib/checks.bash" "$@"
# It takes the test's three arguments (CLI SOURCE_DIR WORK_DIR) as CLI, SRC and WORK,
# and defines the checks below. The script then calls `requires` for what it needs
# (exit 77, "skipped", when a tool is absent), `fresh_work`, its checks, and `finish`.
set -uo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
failures=0

# requires TOOL...: skip (exit 77) unless every TOOL is installed; python3 means /usr/bin/python3.
requires() {
  local tool
  for tool in "$@"; do
    case $tool in
      python3) [ -x /usr/bin/python3 ] || { echo "SKIP: /usr/bin/python3 not installed"; exit 77; } ;;
      dot) command -v dot >/dev/null || { echo "SKIP: Graphviz dot not installed"; exit 77; } ;;
      *) command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; } ;;
    esac
  done
}
fresh_work() { rm -rf "$WORK" && mkdir -p "$WORK"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# code_is NAME EXPECTED CMD...: runs CMD, stdout in $WORK/NAME.out, stderr in $WORK/NAME.err
code_is() {
  local name=$1 expected=$2
  shift 2
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
  local code=$?
  [ "$code" -eq "$expected" ] || fail "$name: exit $code, expected $expected ($(head -c 300 "$WORK/$name.err"))"
}
# run NAME EXPECTED CLI-ARGS...: code_is for the CLI under test
run() {
  local name=$1 expected=$2
  shift 2
  code_is "$name" "$expected" "$CLI" "$@"
}
err_has() { grep -qF -- "$2" "$WORK/$1.err" || fail "$1: stderr lacks '$2' ($(head -c 400 "$WORK/$1.err"))"; }
out_has() { grep -qF -- "$2" "$WORK/$1.out" || fail "$1: stdout lacks '$2'"; }

# finish MESSAGE: exit 1 with the count if anything failed, else print PASS: MESSAGE
finish() {
  [ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
  echo "PASS: $*"
}
