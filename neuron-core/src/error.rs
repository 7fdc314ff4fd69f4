//! [`Error`]: everything that can go wrong, each message naming the values involved.

use std::fmt;

/// What went wrong, in words a student can act on.
///
/// `Debug` prints the same sentence as `Display`, so a notebook cell ending in `?` shows the
/// message itself rather than a struct dump.
#[derive(Clone, PartialEq)]
pub enum Error {
    /// Two shapes that an operation cannot combine.
    ShapeMismatch {
        /// The operation, in words (`"multiply"`).
        op: &'static str,
        /// Shape of the left operand.
        left: Vec<usize>,
        /// Shape of the right operand.
        right: Vec<usize>,
        /// Why these shapes do not fit.
        rule: &'static str,
    },
    /// An operation got an input whose shape it cannot take.
    BadShape {
        /// The operation, in words.
        op: &'static str,
        /// The shape it got.
        shape: Vec<usize>,
        /// What it needs.
        needs: &'static str,
    },
    /// A shape and a list of numbers that do not agree.
    DataLength {
        /// The shape asked for.
        shape: Vec<usize>,
        /// How many numbers that shape holds.
        expected: usize,
        /// How many numbers were given.
        found: usize,
    },
    /// Data with no numbers in it, where some are needed.
    EmptyData {
        /// What was empty.
        what: &'static str,
    },
    /// A learning rate that is zero, negative, infinite or NaN.
    LearningRate {
        /// The rate given.
        value: f32,
    },
    /// A hyperparameter outside its range.
    Hyperparameter {
        /// Its name.
        name: &'static str,
        /// The value given.
        value: f32,
        /// The range it must lie in.
        range: &'static str,
    },
    /// Training made the cost infinite or NaN.
    Diverged {
        /// The training step (counting from 0) whose cost was not finite.
        step: u64,
        /// That cost.
        cost: f32,
        /// The optimiser's learning rate.
        learning_rate: f32,
    },
    /// A cost with no variables under it: nothing to train.
    NoVariables,
    /// Tensors from two different graphs combined into one expression.
    DifferentGraphs,
    /// A placeholder that was run without a value fed to it.
    NotFed {
        /// The placeholder's name.
        name: String,
    },
    /// A value fed to something that is not a placeholder.
    NotAPlaceholder {
        /// What the tensor is.
        kind: &'static str,
    },
    /// A value assigned to something that is not a variable.
    NotAVariable {
        /// What the tensor is.
        kind: &'static str,
    },
    /// A fed value whose shape does not fit the placeholder.
    FeedShape {
        /// The placeholder's name.
        name: String,
        /// The shape it was declared with (`None` = any length on that axis).
        declared: Vec<Option<usize>>,
        /// The shape of the value fed.
        fed: Vec<usize>,
    },
    /// `item()` on an array that does not hold exactly one number.
    NotOneNumber {
        /// Its shape.
        shape: Vec<usize>,
    },
    /// A plot that could not be drawn or saved.
    Plot {
        /// What failed.
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::ShapeMismatch {
                op,
                left,
                right,
                rule,
            } => write!(f, "cannot {op} shapes {left:?} and {right:?}: {rule}"),
            Error::BadShape { op, shape, needs } => {
                write!(f, "cannot {op} a tensor of shape {shape:?}: {needs}")
            }
            Error::DataLength {
                shape,
                expected,
                found,
            } => write!(
                f,
                "shape {shape:?} holds {expected} numbers, but {found} were given"
            ),
            Error::EmptyData { what } => write!(f, "{what} is empty: give it at least one number"),
            Error::LearningRate { value } => write!(
                f,
                "learning rate {value} is not usable: it must be a finite number above 0, \
                 such as 0.01"
            ),
            Error::Hyperparameter { name, value, range } => {
                write!(f, "{name} = {value} is out of range: it must be {range}")
            }
            Error::Diverged {
                step,
                cost,
                learning_rate,
            } => {
                write!(
                    f,
                    "training diverged at step {step}: the cost became {cost} with learning rate \
                     {learning_rate}. "
                )?;
                if cost.is_nan() {
                    write!(
                        f,
                        "A NaN comes from 0 × ∞ or ∞ − ∞: often a sigmoid output that reached \
                         exactly 0 or 1 inside a log (`cost::sigmoid_cross_entropy` never takes \
                         that log), or updates that overshot until they overflowed. "
                    )?;
                } else {
                    write!(f, "Each update overshot the minimum by more than the last. ")?;
                }
                write!(f, "Try a smaller learning rate, such as {}", a_tenth(*learning_rate))
            }
            Error::NoVariables => write!(
                f,
                "the cost depends on no variable, so there is nothing to train: build it from \
                 a variable such as `g.variable([0.5])`"
            ),
            Error::DifferentGraphs => write!(
                f,
                "these tensors belong to different graphs: build the whole model in one `Graph`"
            ),
            Error::NotFed { name } => write!(
                f,
                "placeholder `{name}` has no value: feed one, as in `.eval_with(&[(&{name}, data)])`"
            ),
            Error::NotAPlaceholder { kind } => {
                write!(f, "only placeholders can be fed, and this tensor is a {kind}")
            }
            Error::NotAVariable { kind } => {
                write!(f, "only variables can be assigned a value, and this tensor is a {kind}")
            }
            Error::FeedShape {
                name,
                declared,
                fed,
            } => {
                let declared: Vec<String> = declared
                    .iter()
                    .map(|d| d.map_or("any".to_string(), |n| n.to_string()))
                    .collect();
                write!(
                    f,
                    "placeholder `{name}` takes shape [{}], but was fed shape {fed:?}",
                    declared.join(", ")
                )
            }
            Error::NotOneNumber { shape } => write!(
                f,
                "an array of shape {shape:?} does not hold exactly one number"
            ),
            Error::Plot { reason } => write!(f, "could not draw the plot: {reason}"),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {}

/// A tenth of a learning rate, written with as few digits as it needs (0.6 gives "0.06", not
/// the float32 value 0.060000002).
fn a_tenth(learning_rate: f32) -> String {
    let tenth = f64::from(learning_rate) / 10.0;
    if tenth >= 1e4 {
        return format!("{:.0e}", tenth);
    }
    let digits = (-tenth.log10().floor()).max(0.0) as usize + 1;
    let text = format!("{tenth:.digits$}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hint_is_a_tenth_in_few_digits() {
        assert_eq!(a_tenth(0.6), "0.06");
        assert_eq!(a_tenth(1.1), "0.11");
        assert_eq!(a_tenth(0.01), "0.001");
        assert_eq!(a_tenth(25.0), "2.5");
        assert_eq!(a_tenth(3e-5), "0.000003");
        assert_eq!(a_tenth(1e30), "1e29");
    }

    #[test]
    fn a_nan_cost_is_explained_differently_from_an_infinite_one() {
        let inf = Error::Diverged {
            step: 245,
            cost: f32::INFINITY,
            learning_rate: 1.1,
        };
        assert!(inf.to_string().contains("overshot the minimum"), "{inf}");
        let nan = Error::Diverged {
            step: 2838,
            cost: f32::NAN,
            learning_rate: 1.0,
        };
        assert!(nan.to_string().contains("sigmoid_cross_entropy"), "{nan}");
        assert!(nan.to_string().ends_with("such as 0.1"), "{nan}");
    }
}
