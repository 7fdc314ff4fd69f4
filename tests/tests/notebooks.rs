//! Executes every notebook in `notebooks/` top to bottom in a fresh evcxr
//! (`rust`) kernel, one `#[test]` per notebook, through
//! `scripts/run_notebook.py`, which does the checking: no error output, no
//! `panicked at` anywhere in the outputs (evcxr reports a caught panic as a
//! successful cell), plus the notebook's own checks below (`--forbid-stderr`
//! catches a `?` that returned Err: evcxr only prints that error to stderr). On a
//! failure the test shows that script's whole output (cell times, outputs and
//! FAIL lines with diffs). Needs what `scripts/setup.sh` installs.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// Every notebook in `notebooks/`, with its extra checks (paths relative to the repo root).
const NOTEBOOKS: &[(&str, &[&str])] = &[(
    "01-brain-and-neurons.ipynb",
    &[
        "--expect-lines",
        "tests/reference/lecture01.txt",
        "--expect-svg-words",
        "step,cost",
        "--forbid-stderr",
    ],
)];

#[test]
fn notebook_01_brain_and_neurons() {
    run_notebook("01-brain-and-neurons.ipynb");
}

#[test]
fn every_notebook_has_a_test() {
    let dir = repo_root().join("notebooks");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ipynb"))
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut listed: Vec<String> = NOTEBOOKS.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "notebooks/*.ipynb and the NOTEBOOKS list in tests/tests/notebooks.rs differ: \
         give every notebook an entry there and a #[test] that calls run_notebook"
    );
}

/// One kernel at a time: each compiles the library and its dependencies, and
/// two such builds side by side on a small machine only make both slower.
static ONE_KERNEL_AT_A_TIME: Mutex<()> = Mutex::new(());

fn run_notebook(name: &str) {
    let root = repo_root();
    let python = root.join(".venv/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/setup.sh first (it installs the venv, evcxr_jupyter and the `rust` kernelspec)",
        python.display()
    );
    assert_rust_kernelspec(&root);
    let extra = NOTEBOOKS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("{name} is not in NOTEBOOKS"))
        .1;
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("notebooks");
    let stem = name.trim_end_matches(".ipynb");

    let _guard = ONE_KERNEL_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let output = Command::new(&python)
        .current_dir(&root)
        .env("PATH", path_with_cargo_bin())
        .arg("scripts/run_notebook.py")
        .arg(root.join("notebooks").join(name))
        .arg("--output")
        .arg(out_dir.join(name))
        .arg("--summary")
        .arg(out_dir.join(format!("{stem}.summary.json")))
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", python.display()));
    let report = format!(
        "--- scripts/run_notebook.py stdout:\n{}\n--- stderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "notebook {name} failed ({}); the FAIL lines at the end say why.\n{report}",
        output.status
    );
    println!("{report}");
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lies in the repository root")
        .to_path_buf()
}

fn assert_rust_kernelspec(root: &Path) {
    let jupyter = root.join(".venv/bin/jupyter");
    let listing = Command::new(&jupyter)
        .args(["kernelspec", "list"])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {} ({e}): run scripts/setup.sh first",
                jupyter.display()
            )
        });
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(
        listing
            .lines()
            .any(|line| line.split_whitespace().next() == Some("rust")),
        "Jupyter has no `rust` kernelspec: run scripts/setup.sh first (it installs evcxr_jupyter \
         and its kernelspec).\n`jupyter kernelspec list` said:\n{listing}"
    );
}

/// The kernel runs `cargo`: make sure the directory `cargo install`/rustup put it in is on PATH.
fn path_with_cargo_bin() -> OsString {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let mut dirs: Vec<PathBuf> = cargo_home.map(|c| c.join("bin")).into_iter().collect();
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).expect("PATH entries without separators")
}
