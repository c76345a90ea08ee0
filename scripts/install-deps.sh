#!/usr/bin/env bash
# Installs the Debian 12 packages actorgraph needs. Idempotent: packages already
# present are not fetched again, so a machine without network that has them works.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --tests  also what the tests' real clients, the
#                                    sanitizer and the fuzz builds need
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libspdlog-dev libcli11-dev libutf8proc-dev libgumbo-dev libicu-dev catch2 libmimalloc-dev
  wordnet-base festlex-poslex iso-codes python3
)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(python3-networkx python3-distributed graphviz libxml2-utils chromium clang libclang-rt-14-dev ccache)
  # node runs graphology's GEXF/GraphML parsers (tests/clients/graphology_load.sh) and the
  # viewer's DevTools driver; npm comes with it or as its own package.
  packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "actorgraph: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  echo "actorgraph: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--tests" ]]; then
  # The web-viewer clients, pinned by tests/clients/js/package-lock.json (npm registry).
  js_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/clients/js"
  if [[ ! -d "$js_dir/node_modules/graphology-gexf" ]]; then
    echo "actorgraph: installing graphology test clients (npm ci in $js_dir)" >&2
    (cd "$js_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
