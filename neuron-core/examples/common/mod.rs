//! What every example twin shares: reading its flags (the notebook's parameters cell, one flag
//! per parameter), the parameters most notebooks have, and ending with the right exit code.

// Each example compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

/// Runs an example: reads `--flag value` pairs into `params` with `set`, then calls `run`.
///
/// `--help` prints `usage`; an unknown flag or a value that does not parse prints the problem
/// and `usage` on stderr and exits with code 2; an error from `run` exits with code 1.
pub fn main<P>(
    usage: &str,
    mut params: P,
    set: impl Fn(&mut P, &str, &str) -> Result<(), String>,
    run: impl FnOnce(&P) -> Result<(), neuron_core::Error>,
) -> ExitCode {
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--help" || flag == "-h" {
            println!("{usage}");
            return ExitCode::SUCCESS;
        }
        let set_one = match args.next() {
            Some(value) => set(&mut params, &flag, &value),
            None => Err(format!("{flag} needs a value")),
        };
        if let Err(problem) = set_one {
            eprintln!("{problem}\n{usage}");
            return ExitCode::from(2);
        }
    }
    match run(&params) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `value` read as a number of type `T`, or a message naming the flag.
pub fn number<T: FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .trim()
        .parse()
        .map_err(|_| format!("{flag} {value}: not a valid {}", std::any::type_name::<T>()))
}

/// The message for a flag this example does not know.
pub fn unknown(flag: &str) -> Result<(), String> {
    Err(format!("unknown option {flag}"))
}

/// The parameters cell most notebooks share: `--lr`, `--steps`, `--seed`, and `--plot` for the
/// file the twin writes its picture to.
pub struct Params {
    pub learning_rate: f32,
    pub steps: usize,
    pub seed: u64,
    pub plot: Option<PathBuf>,
}

impl Params {
    /// Sets the parameter a flag names.
    pub fn set(&mut self, flag: &str, value: &str) -> Result<(), String> {
        match flag {
            "--lr" => self.learning_rate = number(flag, value)?,
            "--steps" => self.steps = number(flag, value)?,
            "--seed" => self.seed = number(flag, value)?,
            "--plot" => self.plot = Some(PathBuf::from(value)),
            _ => return unknown(flag),
        }
        Ok(())
    }
}
