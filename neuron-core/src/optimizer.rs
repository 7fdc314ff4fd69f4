//! [`Optimizer`]: how a variable moves given its gradient, and [`TrainStep`], the training step
//! `minimize` builds (TensorFlow's `train = optimizer.minimize(cost)`).

use std::cell::{Cell, RefCell};

use crate::array::Array;
use crate::error::Error;
use crate::graph::NodeId;
use crate::tensor::Tensor;

/// An update rule for variables. Implementations keep any state they need (momentum, Adam's
/// moments) per variable, indexed by `slot`.
pub trait Optimizer {
    /// The learning rate: how far one step moves.
    fn learning_rate(&self) -> f32;

    /// The new value of variable number `slot`, from its current value and its gradient.
    fn update(&mut self, slot: usize, value: &Array, grad: &Array) -> Array;

    /// Called once at the start of every training step, before the updates.
    fn begin_step(&mut self) {}

    /// A training step that lowers `cost` by moving every variable it depends on.
    ///
    /// Fails when the cost depends on no variable or holds no numbers.
    fn minimize(self, cost: &Tensor) -> Result<TrainStep, Error>
    where
        Self: Sized + 'static,
    {
        TrainStep::new(cost, Box::new(self))
    }
}

/// One training step, ready to be run any number of times: compute the cost, its gradient with
/// respect to every variable under it, and move each variable.
///
/// ```
/// use neuron_core::{GradientDescent, Graph, Optimizer};
/// let g = Graph::new();
/// let w = g.variable([3.0]);
/// let cost = (&w * [1.0] - [1.0]).pow(2.0);
/// let train = GradientDescent::new(0.1).unwrap().minimize(&cost).unwrap();
/// train.run().unwrap(); // slope 4 at w = 3, so w = 3 - 0.1 * 4
/// assert_eq!(w.eval().unwrap().to_string(), "[2.6]");
/// ```
pub struct TrainStep {
    cost: Tensor,
    variables: Vec<NodeId>,
    optimizer: RefCell<Box<dyn Optimizer>>,
    steps_done: Cell<u64>,
}

impl TrainStep {
    fn new(cost: &Tensor, optimizer: Box<dyn Optimizer>) -> Result<TrainStep, Error> {
        if cost.shape().iter().product::<usize>() == 0 {
            return Err(Error::EmptyData {
                what: "the cost (and so the data under it)",
            });
        }
        let variables = cost.graph().variables_under(cost.id());
        if variables.is_empty() {
            return Err(Error::NoVariables);
        }
        Ok(TrainStep {
            cost: cost.clone(),
            variables,
            optimizer: RefCell::new(optimizer),
            steps_done: Cell::new(0),
        })
    }

    /// Runs one step (TensorFlow's `sess.run(train)`).
    ///
    /// If the cost or a new variable value is infinite or NaN, no variable is changed and the
    /// error names the step, the cost and the learning rate. (An optimiser with memory, such as
    /// Adam, has still counted the step: build a new one with a smaller rate.)
    pub fn run(&self) -> Result<(), Error> {
        self.run_with(&[])
    }

    /// Runs one step with data fed to placeholders.
    pub fn run_with(&self, feeds: &[(&Tensor, Array)]) -> Result<(), Error> {
        let feeds = self.cost.feed_ids(feeds)?;
        let graph = self.cost.graph();
        let (cost, grads) = graph.gradients(self.cost.id(), &self.variables, &feeds)?;
        let mut optimizer = self.optimizer.borrow_mut();
        let step = self.steps_done.get();
        let diverged = |cost: f32, learning_rate: f32| Error::Diverged {
            step,
            cost,
            learning_rate,
        };
        if let Some(&bad) = cost.as_slice().iter().find(|c| !c.is_finite()) {
            return Err(diverged(bad, optimizer.learning_rate()));
        }
        // New values are all computed and checked before any is stored, so a failing step
        // leaves every variable at its last finite value for the student to inspect.
        optimizer.begin_step();
        let mut updated = Vec::with_capacity(self.variables.len());
        for (slot, (&id, grad)) in self.variables.iter().zip(&grads).enumerate() {
            let new_value = optimizer.update(slot, &graph.variable_value(id), grad);
            if !new_value.is_finite() {
                return Err(diverged(f32::INFINITY, optimizer.learning_rate()));
            }
            updated.push((id, new_value));
        }
        for (id, value) in updated {
            graph.set_variable(id, value)?;
        }
        self.steps_done.set(step + 1);
        Ok(())
    }

    /// How many steps have run successfully.
    pub fn steps_done(&self) -> u64 {
        self.steps_done.get()
    }

    /// The cost this step lowers.
    pub fn cost(&self) -> &Tensor {
        &self.cost
    }
}

/// Checks a learning rate: finite and above zero.
pub(crate) fn check_learning_rate(learning_rate: f32) -> Result<f32, Error> {
    if learning_rate.is_finite() && learning_rate > 0.0 {
        Ok(learning_rate)
    } else {
        Err(Error::LearningRate {
            value: learning_rate,
        })
    }
}
