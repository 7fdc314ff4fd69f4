#!/usr/bin/env bash
# Installs what only the benchmark needs: a second venv, bench/.venv-tf, with TensorFlow and
# matplotlib, and a Jupyter kernel `tf1-bench` inside it that runs the original TF1 notebook.
# Idempotent: skipped when the requirements' hash matches the stamp. The notebooks' own set-up
# (scripts/setup.sh) is run first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/bench/.venv-tf"
REQUIREMENTS="$ROOT/bench/requirements-tf.txt"
STAMP="$VENV/.requirements.sha256"

"$ROOT/scripts/setup.sh"

want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [[ "$(cat "$STAMP" 2>/dev/null || true)" != "$want" ]]; then
    echo "[bench] Installing TensorFlow (about 600 MB) into bench/.venv-tf, for the reference notebook only"
    [[ -x "$VENV/bin/python" ]] || "${PYTHON:-python3}" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    # The kernelspec lives inside this venv; bench/notebooks.py adds it to JUPYTER_PATH.
    "$VENV/bin/python" -m ipykernel install --prefix "$VENV" --name tf1-bench \
        --display-name "Python 3 (TensorFlow 1 benchmark)" >/dev/null
    printf '%s\n' "$want" >"$STAMP"
fi
