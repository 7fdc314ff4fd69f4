#!/usr/bin/env python3
"""Execute a notebook top to bottom in a fresh Jupyter kernel (default `rust`,
i.e. evcxr) and check the result. Used by scripts/lecture.sh --headless and by
tests/tests/notebooks.rs; run it with the project's venv: .venv/bin/python.

The kernel's working directory is the notebook's folder, so a cell
`:dep neuron-core = { path = "../neuron-core" }` resolves. Every cell runs even
after an error; the exit code is 1 if any cell errored, any output contains
panic text (`panicked at`; evcxr reports a caught panic as a successful cell),
or an --expect-*/--forbid-stderr check failed. For each code cell it prints the wall time and
the outputs' text.
"""

import argparse
import difflib
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from jupyter_client.kernelspec import NoSuchKernel
from nbclient.exceptions import CellTimeoutError, DeadKernelError

PANIC = "panicked at"
ROOT = Path(__file__).resolve().parent.parent
# This checkout's `rust` kernelspec (installed by scripts/setup.sh into .venv) comes first.
os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p for p in [str(ROOT / ".venv/share/jupyter"), os.environ.get("JUPYTER_PATH")] if p)
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def plain(text):
    return ANSI.sub("", "".join(text) if isinstance(text, list) else text)


def output_texts(output):
    """Every piece of text in one output (for the panic search and the log)."""
    kind = output["output_type"]
    if kind == "stream":
        return [plain(output["text"])]
    if kind == "error":
        return [f'{output["ename"]}: {output["evalue"]}'] + [plain(t) for t in output["traceback"]]
    data = output.get("data", {})
    return [plain(v) for k, v in data.items() if k.startswith("text/") or k.endswith("+xml")]


def describe(output):
    """What to print for one output: its text, or a placeholder for pictures."""
    kind = output["output_type"]
    if kind == "stream":
        return plain(output["text"])
    if kind == "error":
        lines = [f'ERROR {output["ename"]}: {output["evalue"]}'] + [plain(t) for t in output["traceback"]]
        return "\n".join(lines) + "\n"
    parts = []
    for mime, value in output.get("data", {}).items():
        if mime == "text/plain":
            parts.append(plain(value) + "\n")
        else:
            parts.append(f"[{mime}, {len(plain(value))} characters]\n")
    return "".join(parts)


def summarize(index, cell, seconds):
    streams = {"stdout": "", "stderr": ""}
    mimes = []
    for out in cell.outputs:
        if out["output_type"] == "stream":
            streams[out["name"]] = streams.get(out["name"], "") + plain(out["text"])
        elif out["output_type"] in ("display_data", "execute_result"):
            mimes += list(out.get("data", {}))
    return {
        "index": index,
        "source": cell.source,
        "execution_count": cell.get("execution_count"),
        "seconds": round(seconds, 3) if seconds is not None else None,
        "stdout": streams["stdout"],
        "stderr": streams["stderr"],
        "mime_types": mimes,
        "error": any(o["output_type"] == "error" for o in cell.outputs),
        "panicked": any(PANIC in t for o in cell.outputs for t in output_texts(o)),
    }


def find_lines(expected, cells):
    """Expected lines must appear in the cells' stdout as whole lines, in order.
    Inside one cell they must follow each other directly; between two expected
    lines printed by different cells anything may come. Returns None when
    found, else the index of the first expected line that could not be placed."""
    flat = [(c, line) for c, cell in enumerate(cells) for line in cell["stdout"].splitlines()]
    best = [0]
    memo = {}

    def place(i, after):  # can expected[i:] be placed, the previous line being flat[after]?
        if i == len(expected):
            return True
        if (i, after) in memo:
            return memo[i, after]
        best[0] = max(best[0], i)
        if after is None:
            candidates = range(len(flat))
        else:
            prev_cell = flat[after][0]
            candidates = [after + 1] if after + 1 < len(flat) and flat[after + 1][0] == prev_cell else []
            candidates += [p for p in range(after + 1, len(flat)) if flat[p][0] > prev_cell]
        ok = any(flat[p][1] == expected[i] and place(i + 1, p) for p in candidates)
        memo[i, after] = ok
        return ok

    return None if place(0, None) else best[0]


def check_lines(path, cells):
    expected = Path(path).read_text().splitlines()
    missing = find_lines(expected, cells)
    if missing is None:
        return []
    actual = [line for cell in cells for line in cell["stdout"].splitlines()]
    diff = "\n".join(difflib.unified_diff(expected, actual, f"expected ({path})", "stdout of all cells", lineterm=""))
    return [
        f"expected line {missing + 1} of {path} not found in place: {expected[missing]!r}\n"
        "(expected lines must be whole stdout lines, in order, consecutive within a cell)\n" + diff
    ]


def check_svg(words, nb):
    svgs = [
        plain(o["data"]["image/svg+xml"])
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.outputs
        if "image/svg+xml" in o.get("data", {})
    ]
    if any(all(w.lower() in svg.lower() for w in words) for svg in svgs):
        return []
    return [f"no image/svg+xml output contains all of {words} (found {len(svgs)} SVG outputs; "
            + "; ".join(f"SVG {i + 1} lacks {[w for w in words if w.lower() not in s.lower()]}" for i, s in enumerate(svgs))
            + ")"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebook", type=Path)
    ap.add_argument("--output", type=Path, help="write the executed notebook here (may be the notebook itself)")
    ap.add_argument("--summary", type=Path, help="write a JSON summary of the code cells here")
    ap.add_argument("--kernel", default="rust", help="kernel name (default: rust)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell (default: 600)")
    ap.add_argument("--expect-lines", metavar="FILE", help="lines that the cells' stdout must contain")
    ap.add_argument("--expect-svg-words", metavar="W1,W2", help="words that one SVG output must contain")
    ap.add_argument("--forbid-stderr", action="store_true",
                    help="fail if a cell writes to stderr (where evcxr reports a `?` that returned Err, "
                    "counting the cell as a success)")
    args = ap.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.source.strip()]
    started, seconds = {}, {}

    def on_execute(cell, cell_index):
        started[cell_index] = time.monotonic()
        n = code_cells.index(cell_index) + 1
        print(f"--- cell {cell_index} (code {n}/{len(code_cells)}) ...", flush=True)

    def on_executed(cell, cell_index, execute_reply):
        seconds[cell_index] = time.monotonic() - started[cell_index]
        print(f"--- cell {cell_index} took {seconds[cell_index]:.2f} s", flush=True)
        for out in cell.outputs:
            print(describe(out), end="", flush=True)

    client = NotebookClient(
        nb,
        kernel_name=args.kernel,
        timeout=args.timeout,
        allow_errors=True,
        record_timing=False,  # keeps timestamps out of committed notebooks
        resources={"metadata": {"path": str(args.notebook.resolve().parent)}},
        on_cell_execute=on_execute,
        on_cell_executed=on_executed,
    )
    print(f"=== {args.notebook} in a fresh '{args.kernel}' kernel", flush=True)
    t0 = time.monotonic()
    problems = []
    try:
        client.execute()
    except (CellTimeoutError, DeadKernelError) as e:
        problems.append(f"execution aborted: {type(e).__name__}: {str(e).strip().splitlines()[0]}")
    except NoSuchKernel:
        problems.append(f"Jupyter has no kernel named {args.kernel!r}: run scripts/setup.sh")
    total = time.monotonic() - t0

    cells = [summarize(i, nb.cells[i], seconds.get(i)) for i in code_cells]
    for c in cells:
        if c["error"]:
            problems.append(f"cell {c['index']} raised an error")
        if c["panicked"]:
            problems.append(f"cell {c['index']} output contains {PANIC!r}")
        elif args.forbid_stderr and c["stderr"].strip():
            problems.append(f"cell {c['index']} wrote to stderr (a `?` that returned Err?): {c['stderr'].strip()[:200]!r}")
    if args.expect_lines:
        problems += check_lines(args.expect_lines, cells)
    if args.expect_svg_words:
        problems += check_svg([w for w in args.expect_svg_words.split(",") if w], nb)

    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, args.output)
    if args.summary:
        args.summary.parent.mkdir(parents=True, exist_ok=True)
        summary = {"notebook": str(args.notebook), "kernel": args.kernel, "seconds": round(total, 3),
                   "ok": not problems, "problems": problems, "cells": cells}
        args.summary.write_text(json.dumps(summary, indent=2) + "\n")

    print(f"=== {args.notebook}: {len(cells)} code cells in {total:.1f} s", flush=True)
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr, flush=True)
    if problems:
        sys.exit(1)
    checked = args.expect_lines or args.expect_svg_words or args.forbid_stderr
    print("OK: no errors, no panics" + (", expectations met" if checked else ""))


if __name__ == "__main__":
    main()
