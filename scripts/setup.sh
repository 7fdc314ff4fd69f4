#!/usr/bin/env bash
# Installs everything the notebooks and the tests need, and nothing globally
# on the Python side:
#   - .venv/             project-local Python venv with JupyterLab + nbclient,
#                        pinned in scripts/requirements.txt (from PyPI)
#   - rust-src           rustup component (evcxr needs the standard library's source),
#                        and rustfmt + clippy for scripts/test.sh
#   - evcxr_jupyter      the Rust Jupyter kernel 0.22.0, built by `cargo install` (crates.io)
#   - kernelspec `rust`  so Jupyter can start that kernel
# Idempotent: every step checks first and is silent when there is nothing to do,
# so a second run takes a few seconds.
set -euo pipefail

EVCXR_VERSION=0.22.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
REQUIREMENTS="$ROOT/scripts/requirements.txt"
STAMP="$VENV/.requirements.sha256"
PYTHON="${PYTHON:-python3}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# Debian packages, only when something is missing and we may install them.
apt_install() {
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "Installing Debian package(s): $*"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        die "missing $*; install it with: sudo apt-get install $*"
    fi
}

# --- 0. Prerequisites ---------------------------------------------------------
command -v rustup >/dev/null || die "rustup not found: install Rust from https://rustup.rs first"
command -v cargo >/dev/null || die "cargo not found (is $CARGO_BIN on PATH?)"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    die "the pinned Jupyter packages need Python >= 3.11, $PYTHON is $("$PYTHON" --version 2>&1)"
command -v cc >/dev/null || apt_install gcc libc6-dev # linker for rustc, C code in evcxr's deps

# --- 1. Python venv with Jupyter ---------------------------------------------
if [[ -d "$VENV" ]] && ! "$VENV/bin/python" -c 'import pip' 2>/dev/null; then
    say "The venv in .venv is broken (its Python or pip is gone); recreating it"
    rm -rf "$VENV"
fi
if [[ ! -d "$VENV" ]]; then
    "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
    say "Creating the Python venv .venv ($("$PYTHON" --version 2>&1))"
    "$PYTHON" -m venv "$VENV"
fi
want_hash="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [[ "$(cat "$STAMP" 2>/dev/null || true)" != "$want_hash" ]]; then
    say "Installing jupyterlab 4.6.6, nbclient 0.11.0, nbformat 5.11.1 and their pinned dependencies into .venv (about a minute)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    "$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null ||
        die "pip check found inconsistent packages in .venv: $("$VENV/bin/python" -m pip check)"
    printf '%s\n' "$want_hash" >"$STAMP"
fi

# --- 2. rustup components ----------------------------------------------------------
# rust-src for evcxr; rustfmt and clippy for scripts/test.sh.
installed_components="$(rustup component list --installed 2>/dev/null || true)"
for component in rust-src rustfmt clippy; do
    if ! grep -Eq "^$component(-|$)" <<<"$installed_components"; then
        say "Adding the rustup component $component"
        rustup component add "$component"
    fi
done

# --- 3. evcxr_jupyter -------------------------------------------------------------
# evcxr_jupyter has no --version; cargo's own record of what it installed says it.
cargo_installed="$(cargo install --list)"
if [[ ! -x "$CARGO_BIN/evcxr_jupyter" ]] ||
    ! grep -qx "evcxr_jupyter v$EVCXR_VERSION:" <<<"$cargo_installed"; then
    say "Building evcxr_jupyter $EVCXR_VERSION with cargo install (from crates.io)."
    say "This takes 15-40 minutes on a 2-core machine, once; later runs skip it."
    cargo install --locked evcxr_jupyter --version "$EVCXR_VERSION"
fi
EVCXR="$CARGO_BIN/evcxr_jupyter"
[[ -x "$EVCXR" ]] || die "evcxr_jupyter is not in $CARGO_BIN after cargo install"

# --- 4. Jupyter kernelspec `rust` -----------------------------------------------
# This checkout's own kernelspec, inside its venv: .venv/share/jupyter/kernels/rust, whose
# command is scripts/kernel.sh (evcxr_jupyter with a build folder that survives the kernel; see
# that script and BENCHMARKS.md). Our scripts put .venv/share/jupyter first on JUPYTER_PATH, so
# two checkouts never start each other's kernel. `evcxr_jupyter --install` provides the files
# (and leaves evcxr's ordinary user-wide `rust` kernelspec for notebooks outside this project).
KERNEL_SH="$ROOT/scripts/kernel.sh"
KERNEL_DIR="$VENV/share/jupyter/kernels/rust"
kernelspec_ok() {
    [[ -f "$KERNEL_DIR/kernel.json" ]] && "$VENV/bin/python" -c '
import json, os, sys
argv = json.load(open(sys.argv[1]))["argv"]
sys.exit(0 if os.path.realpath(argv[0]) == os.path.realpath(sys.argv[2]) else 1)
' "$KERNEL_DIR/kernel.json" "$KERNEL_SH"
}
if ! kernelspec_ok; then
    say "Installing the Jupyter kernelspec 'rust' into .venv (started through scripts/kernel.sh)"
    "$EVCXR" --install >/dev/null
    user_spec="$("$VENV/bin/jupyter" --data-dir)/kernels/rust"
    [[ -f "$user_spec/kernel.json" ]] || die "evcxr_jupyter --install wrote no kernelspec to $user_spec"
    rm -rf "$KERNEL_DIR"
    mkdir -p "$(dirname "$KERNEL_DIR")"
    cp -r "$user_spec" "$KERNEL_DIR"
    "$VENV/bin/python" -c '
import json, sys
path, script = sys.argv[1], sys.argv[2]
spec = json.load(open(path))
spec["argv"] = [script, "--control_file", "{connection_file}"]
json.dump(spec, open(path, "w"), indent=2)
' "$KERNEL_DIR/kernel.json" "$KERNEL_SH"
    kernelspec_ok || die "the kernelspec in $KERNEL_DIR is still missing or wrong after installing it"
fi
