#!/usr/bin/env bash
# The `rust` Jupyter kernel as this project starts it (scripts/setup.sh points the kernelspec
# here): evcxr_jupyter, building in a folder that outlives the kernel.
#
# evcxr compiles every cell as a crate linked against the notebook's dependencies. By default it
# does so in a new temporary folder, so each fresh kernel compiles neuron-core, rand and plotters
# again (about 30 s). Here each kernel takes one of a few numbered build folders, locked while it
# runs, so a restarted kernel finds them already built. A cargo config beside those folders
# compiles the dependencies once with optimisations; each cell's own code is compiled at the opt
# level of notebooks/evcxr.toml.
set -euo pipefail

evcxr="${EVCXR_JUPYTER:-${CARGO_HOME:-$HOME/.cargo}/bin/evcxr_jupyter}"
cache="${NEURON_KERNEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/neuron-notebooks}"
mkdir -p "$cache/.cargo"
cat >"$cache/.cargo/config.toml" <<'TOML'
# Written by scripts/kernel.sh. Cargo reads this for every build folder below it: the notebooks'
# dependencies (neuron-core, rand, plotters) are compiled once, optimised, and then reused.
[profile.dev.package."*"]
opt-level = 3
debug = false
TOML

# Each cell is a shared library that needs Rust's own libstd.so. Cargo records where to find it
# as a path relative to the library, computed one folder too deep: it only works by luck when
# the build folder and the toolchain share no parent folder (as in /tmp and ~/.rustup). Telling
# the loader directly makes it work from any build folder.
toolchain_libs="$(rustc --print target-libdir)"
export LD_LIBRARY_PATH="$toolchain_libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

# A panicking cell (a shape mismatch, say) should show its one-line message, not a backtrace of
# the kernel's internals.
export RUST_BACKTRACE=0

for slot in 0 1 2 3 4 5 6 7; do
    dir="$cache/kernel-$slot"
    mkdir -p "$dir"
    exec 9>"$dir.lock"
    # The lock is held by evcxr_jupyter itself (it inherits fd 9) until the kernel exits.
    if flock --nonblock 9; then
        export EVCXR_TMPDIR="$dir"
        exec "$evcxr" "$@"
    fi
done
# Eight kernels already running: this one builds in a temporary folder, as evcxr does by default.
exec 9>&-
exec "$evcxr" "$@"
