#!/usr/bin/env bash
# Output files are written atomically: a build killed with SIGKILL at any moment,
# an extract killed mid-stream, and runs whose writes fail (file size limit) leave
# no partial output file behind, and an existing output stays as it was.
# Usage: bash kill_build.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
set -euo pipefail
CLI=${1:?usage: $0 CLI SOURCE_DIR WORK_DIR}
SRC=${2:?usage: $0 CLI SOURCE_DIR WORK_DIR}
WORK=${3:?usage: $0 CLI SOURCE_DIR WORK_DIR}
command -v python3 >/dev/null || { echo "SKIP: python3 not found" >&2; exit 77; }
rm -rf "$WORK" && mkdir -p "$WORK"
fail() { echo "FAIL: $*" >&2; exit 1; }

# A corpus large enough that a build takes a while: the sample articles replicated
# with distinct ids (about 20 MB).
python3 - "$SRC/corpus/astana-2017" "$WORK/big.jsonl" <<'PY'
import json, pathlib, sys
docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    size, r = 0, 0
    while size < 20_000_000:
        for stem, text in docs:
            line = json.dumps({"id": f"r{r}/{stem}", "title": text.strip().splitlines()[0], "text": text}) + "\n"
            out.write(line)
            size += len(line)
        r += 1
PY

# Lists everything in a folder, hidden files included.
contents() { ls -A "$1"; }

# 1. kill -9 a build at several moments: nothing, or the complete old file, is there.
for delay in 0.1 0.5 1 2; do
  out="$WORK/kill-$delay"
  mkdir -p "$out"
  printf 'OLD\n' > "$out/kept.json"
  "$CLI" -q build "$WORK/big.jsonl" -j 2 -o "$out/new.json" -o "$out/new.gexf" -o "$out/kept.json" &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e "$out/new.json" ]; then
    # The build finished first: then every file is complete.
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/new.json" || fail "new.json is partial"
    k=$(cat "$out/kept.json")
    [ "$k" = "OLD" ] || python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/kept.json" ||
      fail "kept.json is partial"
  else
    [ "$(cat "$out/kept.json")" = "OLD" ] || fail "an existing output changed after kill at ${delay}s"
    [ "$(contents "$out")" = "kept.json" ] || fail "kill at ${delay}s left: $(contents "$out" | tr '\n' ' ')"
  fi
done

# 2. kill -9 an extract while it streams its output: no file at all (O_TMPFILE).
out="$WORK/kill-extract"
mkdir -p "$out"
"$CLI" -q extract "$WORK/big.jsonl" -j 2 -o "$out/parts.jsonl" &
pid=$!
sleep 1
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -z "$(contents "$out")" ] || [ "$(contents "$out")" = "parts.jsonl" ] || fail "killed extract left: $(contents "$out" | tr '\n' ' ')"

# 3. Writes that fail (file size limit: write() returns EFBIG once SIGXFSZ is
#    ignored) end in a clear error and leave nothing behind.
small="$SRC/corpus/astana-2017"
for command in "build $small -o $WORK/fsize/g.json" "extract $small -o $WORK/fsize/parts.jsonl" \
               "build $small -o $WORK/fsize/g.csv"; do
  rm -rf "$WORK/fsize" && mkdir -p "$WORK/fsize"
  # shellcheck disable=SC2086
  if err=$( (trap '' XFSZ; ulimit -f 1; "$CLI" $command) 2>&1 ); then
    fail "'$command' succeeded under a 1 KB file size limit"
  fi
  echo "$err" | grep -qi "cannot write" || fail "'$command': unclear error: $err"
  [ -z "$(contents "$WORK/fsize")" ] || fail "'$command' left: $(contents "$WORK/fsize" | tr '\n' ' ')"
done
echo "PASS: no partial output after kill -9 or failed writes"
