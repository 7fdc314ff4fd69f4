#!/usr/bin/env bash
# The benchmark command: installs what it needs (bench/setup.sh), measures the library
# (cargo bench) and the lecture notebook against the TensorFlow 1 original (bench/notebooks.py),
# and writes BENCHMARKS.md. Takes about 5 minutes. Run it on a quiet machine.
#   bench/run.sh [--runs N]     (N fresh-kernel runs of each notebook, default 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bench/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

library="$(cargo bench -q -p neuron-core --bench training 2>/dev/null | grep '^|')"
notebooks="$(.venv/bin/python bench/notebooks.py "$@")"
tf_version="$(bench/.venv-tf/bin/python -c 'import importlib.metadata as m; print(m.version("tensorflow-cpu"))')"

cat >BENCHMARKS.md <<MD
# Benchmarks

Written by \`bench/run.sh $*\` on $(date -u +%Y-%m-%d).
Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),
$(free -g | awk '/Mem:/ {print $2}') GiB; $(rustc --version); evcxr_jupyter 0.22.0;
tensorflow-cpu $tf_version (\`tensorflow.compat.v1\`) for the reference.

## The library: \`cargo bench -p neuron-core\`

$library

$notebooks

$(cat bench/LEVERS.md)
MD
echo "[bench] wrote BENCHMARKS.md"
