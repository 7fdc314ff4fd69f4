//! Every notebook's example twin prints exactly the lines in `tests/reference/` (the notebook
//! tests check the notebooks against the same files), and refuses bad arguments with its usage
//! and exit code 2.

use neuron_tests::run_example;

/// Example name and reference file, one per notebook, in course order.
const TWINS: &[(&str, &str)] = &[
    ("01_brain_and_neurons", "lecture01.txt"),
    ("02_cost_curve", "02-cost-curve.txt"),
    ("03_with_bias", "03-with-bias.txt"),
    ("04_multiple_data", "04-multiple-data.txt"),
    ("05_multiple_inputs", "05-multiple-inputs.txt"),
    ("06_logistic", "06-logistic.txt"),
    ("07_logistic_bias", "07-logistic-bias.txt"),
    ("08_or_gate", "08-or-gate.txt"),
    ("09_four_classes", "09-four-classes.txt"),
    ("10_placeholders", "10-placeholders.txt"),
    ("11_xor_one_neuron", "11-xor-one-neuron.txt"),
    ("12_xor_2_2_1", "12-xor-2-2-1.txt"),
    ("13_xor_4_layers_sigmoid", "13-xor-4-layers-sigmoid.txt"),
    ("14_xor_4_layers_relu", "14-xor-4-layers-relu.txt"),
];

fn reference(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("reference")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn every_twin_prints_its_reference_lines() {
    let mut wrong = Vec::new();
    for (example, file) in TWINS {
        let out = run_example(example, &[]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || stdout.lines().ne(reference(file).lines()) {
            wrong.push(format!(
                "{example} (against tests/reference/{file}), {}:\n{stdout}{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_twin_refuses_bad_arguments_with_its_usage_and_code_2() {
    for (example, _) in TWINS {
        for args in [
            &["--lr", "fast"][..],
            &["--bogus", "1"],
            &["--steps"],
            &["--steps", "-3"],
        ] {
            let out = run_example(example, args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{example} {args:?}: {stderr}");
            assert!(stderr.contains("usage:"), "{example} {args:?}: {stderr}");
        }
    }
}

#[test]
fn every_notebook_has_a_twin() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../notebooks");
    let mut notebooks: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ipynb"))
        // Course notebooks are `NN-topic.ipynb`; a student's own notebook needs no twin.
        .filter(|name| {
            name.as_bytes().get(2) == Some(&b'-') && name[..2].bytes().all(|b| b.is_ascii_digit())
        })
        .map(|name| name.trim_end_matches(".ipynb").replace('-', "_"))
        .collect();
    notebooks.sort();
    let twins: Vec<&str> = TWINS.iter().map(|(example, _)| *example).collect();
    assert_eq!(notebooks, twins);
}
