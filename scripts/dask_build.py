#!/usr/bin/python3
"""Build an actorgraph graph on a Dask distributed cluster.

    scripts/dask_build.py CORPUS... -o OUT [-o OUT2 ...] [--workers N] [--scheduler ADDRESS]

The same map/reduce as docs/scaling.md, run by a real engine:

  map     shard k of n: `actorgraph extract CORPUS... --shard k/n -o -`
          (one partial graph per document, JSONL)
  reduce  groups of --fan-in partial outputs: `actorgraph merge --no-finalize - -o -`,
          level after level (a tree), until one partial graph is left
  finish  `actorgraph merge - -o OUT ...` on this machine: the corpus-level pass
          and every output format (by extension, or --format), written atomically

Merging is associative and commutative and sharding keeps the document ids of an
unsharded read, so the result is byte-identical to `actorgraph build CORPUS... -o OUT`
(tests/clients/dask_build.sh checks it).

Without --scheduler a local cluster of --workers worker processes (one thread each)
is started and stopped. With --scheduler tcp://host:8786 the tasks run on an existing
cluster: every worker then needs the actorgraph program (--actorgraph PATH, default
the one on PATH) and the corpus at the same absolute paths (a shared file system);
partial graphs travel between workers through Dask, not through files.
Exit status: 0 success, 1 a task failed (its command and error are printed), 2 usage.
"""

import argparse
import os
import shutil
import subprocess
import sys


def run(command, stdin_bytes=None):
    """Runs one actorgraph command; returns its standard output as bytes."""
    result = subprocess.run(command, input=stdin_bytes, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        raise RuntimeError("`%s` failed (exit %d): %s" % (" ".join(command), result.returncode,
                                                           result.stderr.decode("utf-8", "replace").strip()))
    return result.stdout


def extract_shard(actorgraph, corpus, shard, shards, common):
    return run([actorgraph, "-q", "extract", *corpus, "--shard", "%d/%d" % (shard, shards), "-j", "1",
                "-o", "-", *common])


def merge_partials(actorgraph, common, *parts):
    return run([actorgraph, "-q", "merge", "--no-finalize", "-", "-o", "-", *common], b"".join(parts))


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="dask_build.py", description="Build an actorgraph graph on a Dask distributed cluster.",
        epilog="Example: scripts/dask_build.py corpus/astana-2017 -o g.json -o g.gexf --workers 2")
    parser.add_argument("corpus", nargs="+", help="folders of articles, .txt/.jsonl files (as for `actorgraph build`)")
    parser.add_argument("-o", "--output", action="append", required=True,
                        help="output file, format from the extension (repeatable)")
    parser.add_argument("--format", help="force the output format: json, graphml, gexf, dot, csv")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler (tcp://host:8786)")
    parser.add_argument("--shards", type=int, help="map tasks (default: 4 per worker)")
    parser.add_argument("--fan-in", type=int, default=4, help="partial graphs merged per reduce task (default 4)")
    parser.add_argument("--actorgraph", default=shutil.which("actorgraph") or "actorgraph",
                        help="the actorgraph program (default: the one on PATH)")
    parser.add_argument("--lexicon", action="append", default=[], help="lexicon JSON file (repeatable)")
    parser.add_argument("--no-default-lexicon", action="store_true", help="do not start from the built-in lexicon")
    parser.add_argument("--keep-going", action="store_true", help="skip malformed JSONL lines instead of stopping")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.shards is not None and args.shards < 1:
        parser.error("--shards must be at least 1")
    if args.fan_in < 2:
        parser.error("--fan-in must be at least 2")
    for path in args.corpus:
        if not os.path.exists(path):
            parser.error("cannot read '%s': no such file or directory" % path)
    return args


def main(argv):
    args = parse_args(argv)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("dask_build.py: error: Dask distributed is not installed (Debian: apt-get install python3-distributed)",
              file=sys.stderr)
        return 1
    actorgraph = os.path.abspath(args.actorgraph) if os.sep in args.actorgraph else args.actorgraph
    corpus = [os.path.abspath(path) for path in args.corpus]
    lexicon = [arg for path in args.lexicon for arg in ("--lexicon", os.path.abspath(path))]
    if args.no_default_lexicon:
        lexicon.append("--no-default-lexicon")
    extract_options = lexicon + (["--keep-going"] if args.keep_going else [])

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
        workers = args.workers
    try:
        shards = args.shards or 4 * workers
        level = [client.submit(extract_shard, actorgraph, corpus, k, shards, extract_options,
                               key="extract-%d-of-%d" % (k, shards), pure=False)
                 for k in range(shards)]
        depth = 0
        while len(level) > 1:
            depth += 1
            level = [client.submit(merge_partials, actorgraph, lexicon, *level[i:i + args.fan_in],
                                   key="merge-%d-%d" % (depth, i // args.fan_in), pure=False)
                     for i in range(0, len(level), args.fan_in)]
        combined = level[0].result()
    except RuntimeError as error:
        print("dask_build.py: error: %s" % error, file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    finish = [actorgraph, "-q", "merge", "-", *lexicon]
    for output in args.output:
        finish += ["-o", output]
    if args.format:
        finish += ["--format", args.format]
    result = subprocess.run(finish, input=combined)
    if result.returncode != 0:
        print("dask_build.py: error: the final merge failed (exit %d)" % result.returncode, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
