#!/usr/bin/env python3
"""Notebook latency, measured the way a student or an instructor meets it.

For each notebook: one untimed warm-up run (so build caches are warm), then --runs runs, each in
a fresh kernel, timing kernel start, every code cell, and the whole notebook; then, in the same
kernel, the instructor's move: change the learning rate in the cell that sets it and re-run from
that cell down to the plot. The Rust notebooks run in the `rust` (evcxr) kernel, the
TensorFlow 1 original in `tf1-bench` (bench/setup.sh). Prints a Markdown report.

Run it through bench/run.sh, which installs what it needs and writes BENCHMARKS.md.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parent.parent
LR_PATTERN = re.compile(r"(learning_rate\s*(?::\s*f32\s*)?=\s*)0\.01\b")


def code_cells(path):
    nb = nbformat.read(path, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code" and c.source.strip()]


class Kernel:
    def __init__(self, name, cwd):
        self.km = KernelManager(kernel_name=name)
        started = time.monotonic()
        # The kernel's own stdout and stderr (cargo's progress, evcxr's start-up lines) stay out
        # of the report.
        self.km.start_kernel(cwd=str(cwd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=300)
        self.start_seconds = time.monotonic() - started

    def run(self, source):
        """Seconds until the cell's reply, and its stdout+stderr text."""
        texts = []

        def keep(msg):
            if msg["msg_type"] == "stream":
                texts.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                texts.append("\n".join(msg["content"]["traceback"]))

        started = time.monotonic()
        reply = self.kc.execute_interactive(source, timeout=900, output_hook=keep)
        seconds = time.monotonic() - started
        text = "".join(texts)
        if reply["content"]["status"] != "ok" or "panicked at" in text:
            raise RuntimeError(f"cell failed:\n{source}\n---\n{text}")
        return seconds, text

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)


def one_run(path, kernel, rerun):
    cells = code_cells(path)
    k = Kernel(kernel, path.parent)
    try:
        times, output = [], ""
        for source in cells:
            seconds, text = k.run(source)
            times.append(seconds)
            output += text
        result = {"start": k.start_seconds, "cells": times, "output": output}
        if rerun:
            result["rerun"] = rerun_with_new_rate(k, cells)
        return result
    finally:
        k.close()


def rerun_with_new_rate(k, cells):
    """Learning rate 0.01 -> 0.02 where it is set, then every cell from there to the plot."""
    first = next(i for i, s in enumerate(cells) if LR_PATTERN.search(s))
    plot = next(i for i, s in enumerate(cells) if "plot" in s and i > first)
    training = next(i for i, s in enumerate(cells) if ("train.run" in s or "sess.run(train)" in s) and i > first)
    times = {}
    for i in range(first, plot + 1):
        source = LR_PATTERN.sub(r"\g<1>0.02", cells[i])
        times[i], _ = k.run(source)
    return {"chain": sum(times.values()), "train_plot": times[training] + times[plot], "cells": plot - first + 1}


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(values):
    med, lo, hi = stats(values)
    return f"{med:.2f} s ({lo:.2f}–{hi:.2f})"


def measure(path, kernel, runs):
    print(f"[bench] {path.relative_to(ROOT)}: warm-up run", file=sys.stderr, flush=True)
    one_run(path, kernel, rerun=False)
    results = []
    for r in range(runs):
        print(f"[bench] {path.relative_to(ROOT)}: run {r + 1}/{runs}", file=sys.stderr, flush=True)
        results.append(one_run(path, kernel, rerun=True))
    return results


def summary(results):
    cells = list(zip(*(r["cells"] for r in results)))
    totals = [r["start"] + sum(r["cells"]) for r in results]
    first = [r["start"] + r["cells"][0] for r in results]
    per_cell_medians = [statistics.median(c) for c in cells]
    return {
        "total": totals,
        "first": first,
        "start": [r["start"] for r in results],
        "cells": cells,
        "median_cell": statistics.median(per_cell_medians),
        "rerun": {key: statistics.median(r["rerun"][key] for r in results) for key in ("chain", "train_plot", "cells")},
    }


def report(name, s, sources):
    lines = [f"#### {name}", "",
             f"- whole notebook in a fresh kernel (kernel start + every cell): {fmt(s['total'])}",
             f"- kernel start until the first cell answers: {fmt(s['first'])} (kernel start alone {fmt(s['start'])})",
             f"- median code cell: {s['median_cell']:.2f} s",
             f"- learning rate changed, re-run in the same kernel (median of the runs): training + plot cells {s['rerun']['train_plot']:.2f} s; "
             f"all {s['rerun']['cells']} cells from the one that sets it to the plot {s['rerun']['chain']:.2f} s",
             "", "| cell | median | min | max |", "|---|---|---|---|"]
    for source, times in zip(sources, s["cells"]):
        med, lo, hi = stats(times)
        first_line = source.strip().splitlines()[0].replace("|", "\\|")[:60]
        lines.append(f"| `{first_line}` | {med:.2f} | {lo:.2f} | {hi:.2f} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kernel", default="rust", help="the Rust kernel to measure (default: rust)")
    ap.add_argument("--notebook", type=Path, default=ROOT / "notebooks/01-brain-and-neurons.ipynb")
    ap.add_argument("--reference", type=Path, default=ROOT / "bench/reference/01-brain-and-neurons-tf1.ipynb")
    ap.add_argument("--rust-only", action="store_true",
                    help="measure only the Rust notebook (for trying one lever at a time)")
    args = ap.parse_args()
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in [str(ROOT / ".venv/share/jupyter"), str(ROOT / "bench/.venv-tf/share/jupyter"),
                    os.environ.get("JUPYTER_PATH")] if p)

    rust = summary(measure(args.notebook.resolve(), args.kernel, args.runs))
    if args.rust_only:
        print(report(f"Rust: {args.notebook.relative_to(ROOT)} (kernel {args.kernel})", rust, code_cells(args.notebook)))
        return
    tf = summary(measure(args.reference.resolve(), "tf1-bench", args.runs))
    ratio = statistics.median(rust["total"]) / statistics.median(tf["total"])
    print("### Notebook latency: lecture 1, Rust (evcxr) against the TensorFlow 1 original\n")
    print(f"{args.runs} runs each, every run in a fresh kernel, after one warm-up run; median (min–max).\n")
    print("| | Rust / evcxr | TensorFlow 1 / ipykernel | Rust ÷ TF |")
    print("|---|---|---|---|")
    for label, key in [("whole notebook", "total"), ("kernel start → first cell answers", "first")]:
        r, t = statistics.median(rust[key]), statistics.median(tf[key])
        print(f"| {label} | {fmt(rust[key])} | {fmt(tf[key])} | {r / t:.2f} |")
    print(f"| median code cell | {rust['median_cell']:.2f} s | {tf['median_cell']:.2f} s | {rust['median_cell'] / tf['median_cell']:.1f} |")
    r, t = rust["rerun"]["train_plot"], tf["rerun"]["train_plot"]
    print(f"| re-run training + plot after a new learning rate | {r:.2f} s | {t:.2f} s | {r / t:.1f} |")
    print(f"\nRatio Rust ÷ TensorFlow for the whole notebook: **{ratio:.2f}**\n")
    print(report(f"Rust: {args.notebook.relative_to(ROOT)}", rust, code_cells(args.notebook)))
    print(report(f"TensorFlow 1: {args.reference.relative_to(ROOT)}", tf, code_cells(args.reference)))


if __name__ == "__main__":
    main()
