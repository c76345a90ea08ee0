#!/usr/bin/env bash
# train-parser -o writes its model like every other output (issue 15): atomically,
# through a symlink (the link survives, its target gets the model), into a FIFO read
# by a reader, to standard output with -o -; a folder or a missing folder is refused
# before any training. Trains on the small fixture treebank (seconds).
# Usage: bash train_parser_output.sh CLI SOURCE_DIR WORK_DIR   (exit 0 pass, 77 skip, else fail)
. "$(dirname "$0")/lib/checks.bash" "$@"
requires python3
fresh_work
TREES="$SRC/tests/data/parser-fixture.conllu"
train() { "$CLI" train-parser --train "$TREES" --epochs 1 --tagger-epochs 1 "$@"; }
echo "running as uid $(id -u)"

train -o "$WORK/model.agparse" 2>"$WORK/plain.err" || fail "train-parser -o FILE ($(tail -2 "$WORK/plain.err"))"
[ -s "$WORK/model.agparse" ] || fail "no model written"

# a symlink: written through, the link stays a link
mkdir -p "$WORK/real" "$WORK/links"
echo old >"$WORK/real/model.agparse"
ln -s ../real/model.agparse "$WORK/links/model.agparse"
train -o "$WORK/links/model.agparse" 2>"$WORK/link.err" || fail "train-parser -o SYMLINK ($(tail -2 "$WORK/link.err"))"
[ -L "$WORK/links/model.agparse" ] || fail "the symlink was replaced"
cmp -s "$WORK/real/model.agparse" "$WORK/model.agparse" || fail "the link's target did not get the model"

# a FIFO: written in place, still a FIFO afterwards
mkfifo "$WORK/model.fifo"
cat "$WORK/model.fifo" >"$WORK/from-fifo" &
reader=$!
train -o "$WORK/model.fifo" 2>"$WORK/fifo.err" || fail "train-parser -o FIFO ($(tail -2 "$WORK/fifo.err"))"
wait "$reader"
[ -p "$WORK/model.fifo" ] || fail "the FIFO was replaced"
cmp -s "$WORK/from-fifo" "$WORK/model.agparse" || fail "the FIFO's reader did not get the model"

# -o - : standard output, logs stay on stderr
train -o - >"$WORK/stdout.agparse" 2>"$WORK/stdout.err" || fail "train-parser -o -"
cmp -s "$WORK/stdout.agparse" "$WORK/model.agparse" || fail "-o - did not write the model on stdout"
[ -e ./- ] && fail "-o - created a file named '-'"

# refused before training: a folder, a missing folder
code_is folder 1 train -o "$WORK/real"
err_has folder "it is a folder"
grep -q "training on" "$WORK/folder.err" && fail "folder: trained before refusing"
code_is nofolder 1 train -o "$WORK/missing/model.agparse"
err_has nofolder "no folder"
grep -q "training on" "$WORK/nofolder.err" && fail "missing folder: trained before refusing"

leftovers=$(find "$WORK" -name '.*.tmp-*' | head)
[ -z "$leftovers" ] || fail "temporary files left: $leftovers"
finish "train-parser -o: file, symlink, FIFO, standard output; bad paths refused before training"
