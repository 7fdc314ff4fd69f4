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

/// Every notebook in `notebooks/`: its reference lines (printed by its example twin, which
/// `tests/tests/examples.rs` checks against the same file) and words its plot must contain.
const NOTEBOOKS: &[(&str, &str, &str)] = &[
    (
        "01-brain-and-neurons.ipynb",
        "tests/reference/lecture01.txt",
        "step,cost",
    ),
    (
        "02-cost-curve.ipynb",
        "tests/reference/02-cost-curve.txt",
        "E(w),gradient-descent steps",
    ),
    (
        "03-with-bias.ipynb",
        "tests/reference/03-with-bias.txt",
        "step,cost",
    ),
    (
        "04-multiple-data.ipynb",
        "tests/reference/04-multiple-data.txt",
        "step,cost",
    ),
    (
        "05-multiple-inputs.ipynb",
        "tests/reference/05-multiple-inputs.txt",
        "step,cost",
    ),
    (
        "06-logistic.ipynb",
        "tests/reference/06-logistic.txt",
        "answer,h(x)",
    ),
    (
        "07-logistic-bias.ipynb",
        "tests/reference/07-logistic-bias.txt",
        "answer,h(x)",
    ),
    (
        "08-or-gate.ipynb",
        "tests/reference/08-or-gate.txt",
        "decision boundary,x₁,x₂",
    ),
    (
        "09-four-classes.ipynb",
        "tests/reference/09-four-classes.txt",
        "decision,boundary",
    ),
    (
        "10-placeholders.ipynb",
        "tests/reference/10-placeholders.txt",
        "decision,boundary",
    ),
    (
        "11-xor-one-neuron.ipynb",
        "tests/reference/11-xor-one-neuron.txt",
        "decision,boundary",
    ),
    (
        "12-xor-2-2-1.ipynb",
        "tests/reference/12-xor-2-2-1.txt",
        "decision,boundary",
    ),
    (
        "13-xor-4-layers-sigmoid.ipynb",
        "tests/reference/13-xor-4-layers-sigmoid.txt",
        "step,cost",
    ),
    (
        "14-xor-4-layers-relu.ipynb",
        "tests/reference/14-xor-4-layers-relu.txt",
        "ReLU,sigmoid",
    ),
];

#[test]
fn notebook_01_brain_and_neurons() {
    run_notebook("01-brain-and-neurons.ipynb");
}

#[test]
fn notebook_02_cost_curve() {
    run_notebook("02-cost-curve.ipynb");
}

#[test]
fn notebook_03_with_bias() {
    run_notebook("03-with-bias.ipynb");
}

#[test]
fn notebook_04_multiple_data() {
    run_notebook("04-multiple-data.ipynb");
}

#[test]
fn notebook_05_multiple_inputs() {
    run_notebook("05-multiple-inputs.ipynb");
}

#[test]
fn notebook_06_logistic() {
    run_notebook("06-logistic.ipynb");
}

#[test]
fn notebook_07_logistic_bias() {
    run_notebook("07-logistic-bias.ipynb");
}

#[test]
fn notebook_08_or_gate() {
    run_notebook("08-or-gate.ipynb");
}

#[test]
fn notebook_09_four_classes() {
    run_notebook("09-four-classes.ipynb");
}

#[test]
fn notebook_10_placeholders() {
    run_notebook("10-placeholders.ipynb");
}

#[test]
fn notebook_11_xor_one_neuron() {
    run_notebook("11-xor-one-neuron.ipynb");
}

#[test]
fn notebook_12_xor_2_2_1() {
    run_notebook("12-xor-2-2-1.ipynb");
}

#[test]
fn notebook_13_xor_4_layers_sigmoid() {
    run_notebook("13-xor-4-layers-sigmoid.ipynb");
}

#[test]
fn notebook_14_xor_4_layers_relu() {
    run_notebook("14-xor-4-layers-relu.ipynb");
}

#[test]
fn every_notebook_has_a_test() {
    let dir = repo_root().join("notebooks");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ipynb"))
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| is_course_notebook(name))
        .collect();
    found.sort();
    let mut listed: Vec<String> = NOTEBOOKS.iter().map(|(n, _, _)| n.to_string()).collect();
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
    let (_, expected_lines, svg_words) = NOTEBOOKS
        .iter()
        .find(|(n, _, _)| *n == name)
        .unwrap_or_else(|| panic!("{name} is not in NOTEBOOKS"));
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
        .args([
            "--expect-lines",
            expected_lines,
            "--expect-svg-words",
            svg_words,
            "--forbid-stderr",
        ])
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
    let spec = root.join(".venv/share/jupyter/kernels/rust/kernel.json");
    assert!(
        spec.exists(),
        "{} is missing: run scripts/setup.sh first (it installs evcxr_jupyter and this \
         checkout's `rust` kernelspec)",
        spec.display()
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

/// Course notebooks are named `NN-topic.ipynb`; a student's own notebook beside them (any other
/// name) is neither run nor required to have a test.
fn is_course_notebook(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() > 3 && bytes[0].is_ascii_digit() && bytes[1].is_ascii_digit() && bytes[2] == b'-'
}
