#!/usr/bin/env bash
# Runs every check of the project: installs what is missing (scripts/setup.sh),
# then formatting, lints, and all tests of the workspace: unit, integration, doc
# tests and the notebook tests (tests/tests/notebooks.rs, a fresh evcxr kernel
# per notebook, 1-2 minutes each). Idempotent; exits non-zero on the first failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" # the notebook kernel runs cargo
# This checkout's `rust` kernelspec (scripts/setup.sh) comes before any other on this machine.
export JUPYTER_PATH="$ROOT/.venv/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"

step() { printf '[test] %s\n' "$*"; }
step "cargo fmt --all --check"
cargo fmt --all --check
step "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
step "cargo test --workspace"
cargo test --workspace
step "all checks passed"
