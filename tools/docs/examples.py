#!/usr/bin/env python3
"""Docs that cannot go stale: run the ```console examples of README.md and docs/*.md.

Every ```console block holds commands ("$ COMMAND" lines) each followed by the
output it prints (stdout and stderr as a terminal shows them, then
"[exit status N]" when N is not 0). This script runs each command with the
built `actorgraph` first on PATH, in a scratch folder that has the repository's
corpus/, tests/, examples/ and schemas/ and an empty out/, in the order the
documents give them (one scratch folder per document, so a file's later blocks
see the files its earlier blocks wrote), under a pseudo-terminal so that
tables look as a user sees them (TSV where the example pipes the output).

  examples.py --check  CLI SOURCE_DIR WORK_DIR   exit 1 and print a diff if any block differs
  examples.py --update CLI SOURCE_DIR WORK_DIR   rewrite the blocks with the real output

A block opened with ```console no-run is shown but not run (for commands that
need a network, root, or minutes). In ```sh blocks, which show commands without
their output, every line that starts with "actorgraph " is run too and must
exit 0 (a renamed option or command fails the check); ```sh no-run marks a block
whose files are placeholders (my-actors.json).
"""
import difflib
import os
import pty
import re
import select
import shutil
import subprocess
import sys

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
FENCE_OPEN = re.compile(r"^```console(\s+no-run)?\s*$")


def documents(src):
    paths = [os.path.join(src, "README.md")]
    docs = os.path.join(src, "docs")
    paths += sorted(os.path.join(docs, n) for n in os.listdir(docs) if n.endswith(".md"))
    return paths


def run_in_pty(command, cwd, env):
    """Output of `bash -c command` on a pseudo-terminal, as the user sees it."""
    master, slave = pty.openpty()
    # A wide terminal: no line wrapping in the captured text.
    import fcntl, struct, termios
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    proc = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 600)
        if not ready:
            proc.kill()
            raise SystemExit(f"examples.py: '{command}' timed out")
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait()
    text = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    lines = []
    for line in ANSI.sub("", text).split("\n"):
        lines.append(line.split("\r")[-1])  # a progress line redrawn in place: what stays
    while lines and lines[-1].strip() == "":
        lines.pop()
    if code != 0:
        lines.append(f"[exit status {code}]")
    return lines


def scratch(src, work, name):
    folder = os.path.join(work, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "out"))
    for sub in ("corpus", "tests", "examples", "schemas"):
        os.symlink(os.path.join(src, sub), os.path.join(folder, sub))
    return folder


def process(path, cli, src, work, update):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", TERM="dumb")
    env["PATH"] = os.path.dirname(os.path.abspath(cli)) + os.pathsep + env.get("PATH", "")
    cwd = None
    out, diffs, count = [], [], 0
    i = 0
    while i < len(lines):
        if lines[i] == "```sh":
            end = i + 1
            while end < len(lines) and lines[end] != "```":
                end += 1
            for line in lines[i + 1:end]:
                command = line.split("  #")[0].strip()
                if not command.startswith("actorgraph "):
                    continue
                if cwd is None:
                    cwd = scratch(src, work, os.path.basename(path).replace(".md", ""))
                result = run_in_pty(command + " >/dev/null", cwd, env)
                count += 1
                if result and result[-1].startswith("[exit status"):
                    diffs.append(f"{path}:{i + 2}: '{command}' fails: " + " / ".join(result[-3:]))
        m = FENCE_OPEN.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end] != "```":
            end += 1
        block = lines[i + 1:end]
        if m.group(1) or not block or not block[0].startswith("$ "):
            out.extend(lines[i:end + 1])
            i = end + 1
            continue
        if cwd is None:
            cwd = scratch(src, work, os.path.basename(path).replace(".md", ""))
        new_block = []
        for line in block:
            if line.startswith("$ "):
                new_block.append(line)
                new_block.extend(run_in_pty(line[2:], cwd, env))
                count += 1
        if new_block != block:
            diffs.append("\n".join(difflib.unified_diff(block, new_block, f"{path}:{i + 2} (shown)",
                                                        f"{path}:{i + 2} (real)", lineterm="")))
        out.append(lines[i])
        out.extend(new_block)
        out.append("```")
        i = end + 1
    if update and diffs:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return count, diffs


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("--check", "--update"):
        raise SystemExit(__doc__)
    mode, cli, src, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    total, stale = 0, []
    for path in documents(src):
        count, diffs = process(path, cli, src, work, mode == "--update")
        total += count
        stale += diffs
    for diff in stale:
        print(diff)
    if mode == "--update":
        print(f"examples.py: ran {total} example(s), rewrote {len(stale)} block(s)")
        return 0
    if stale:
        print(f"FAIL: {len(stale)} example block(s) differ from real output; "
              "run tools/docs/examples.py --update CLI . build/docs-examples")
        return 1
    print(f"PASS: {total} documented command(s) print what the docs show")
    return 0


if __name__ == "__main__":
    sys.exit(main())
