#!/usr/bin/env bash
# Opens the lecture's notebook in JupyterLab, or runs it headless.
#
#   scripts/lecture.sh                 install what is missing (scripts/setup.sh), then start
#                                      JupyterLab on 127.0.0.1 (token auth) at the notebook
#   scripts/lecture.sh --headless      execute the notebook top to bottom in a fresh kernel,
#                                      print each cell's time and output, write the executed
#                                      copy to target/notebooks/, exit non-zero on an error/panic
#   scripts/lecture.sh --inplace       like --headless, then (only if it passed) write the
#                                      executed notebook over the source (for maintainers, so
#                                      committed notebooks carry outputs and counts 1..N)
#   --notebook PATH                    another notebook (default notebooks/01-brain-and-neurons.ipynb)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notebook="$ROOT/notebooks/01-brain-and-neurons.ipynb"
headless=0
inplace=0

usage() { sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while (($#)); do
    case "$1" in
        --headless) headless=1 ;;
        --inplace) headless=1 inplace=1 ;;
        --notebook) notebook="${2:?--notebook needs a path}"; shift ;;
        --notebook=*) notebook="${1#*=}" ;;
        -h | --help) usage; exit 0 ;;
        *) echo "lecture.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
[[ -f "$notebook" ]] || { echo "lecture.sh: no such notebook: $notebook" >&2; exit 2; }
notebook="$(realpath "$notebook")"

"$ROOT/scripts/setup.sh"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" # the kernel runs cargo
# This checkout's `rust` kernelspec (scripts/setup.sh) comes before any other on this machine.
export JUPYTER_PATH="$ROOT/.venv/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
cd "$ROOT"

if ((headless == 0)); then
    relative="$(realpath --relative-to="$ROOT" "$notebook")"
    [[ $relative != ../* ]] || { echo "lecture.sh: $notebook is outside $ROOT" >&2; exit 2; }
    extra=()
    [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]] || extra+=(--no-browser) # no desktop: just print the URL
    [[ $(id -u) -ne 0 ]] || extra+=(--allow-root)                      # Jupyter refuses root otherwise
    echo "[lecture] Starting JupyterLab on http://127.0.0.1 (token in the URL below); stop it with Ctrl-C"
    # The token is Jupyter's own random one; it is never disabled here.
    exec "$ROOT/.venv/bin/jupyter" lab "${extra[@]}" \
        --ServerApp.ip=127.0.0.1 --ServerApp.allow_remote_access=False \
        --ServerApp.root_dir="$ROOT" --LabApp.default_url="/lab/tree/$relative"
fi

executed="$ROOT/target/notebooks/$(basename "$notebook")"
status=0
# --forbid-stderr: evcxr reports a `?` that returned an error only on stderr, as a successful cell.
"$ROOT/.venv/bin/python" "$ROOT/scripts/run_notebook.py" "$notebook" --output "$executed" --forbid-stderr || status=$?
echo "[lecture] Executed notebook written to ${executed#"$ROOT"/}"
if ((status != 0)); then
    echo "[lecture] FAILED: ${notebook#"$ROOT"/} did not run cleanly (reasons on the FAIL lines above)" >&2
    ((inplace == 0)) || echo "[lecture] The source notebook was left unchanged." >&2
    exit "$status"
fi
if ((inplace == 1)); then
    cp "$executed" "$notebook"
    echo "[lecture] ...and copied over ${notebook#"$ROOT"/}"
fi
