//! [`Tensor`]: a handle to one node of a [`Graph`]: running it, its gradients, assigning it.

use std::fmt;

use crate::array::Array;
use crate::error::Error;
use crate::graph::{Graph, NodeId};
use crate::operand::Operand;
use crate::ops::Op;

/// A value in a computational graph: data, a variable, or the result of an operation.
///
/// Combining tensors with `+ - * /` builds new nodes and computes nothing yet; [`eval`]
/// (TensorFlow's `sess.run`) computes a value. Numbers and arrays mix in freely and become
/// constants, so the lecture's `hypo = w * x_data` reads `let hypo = &w * x_data;`.
///
/// Operators take tensors by reference (`&w`) so that `w` stays usable afterwards.
/// Shapes broadcast as in NumPy; shapes that cannot be combined stop the cell with a message
/// naming both shapes and the operation.
///
/// [`eval`]: Tensor::eval
#[derive(Clone)]
pub struct Tensor {
    graph: Graph,
    id: NodeId,
}

impl Tensor {
    pub(crate) fn new(graph: Graph, id: NodeId) -> Tensor {
        Tensor { graph, id }
    }

    pub(crate) fn id(&self) -> NodeId {
        self.id
    }

    /// The graph this tensor belongs to.
    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The shape of its value, as known when the graph was built.
    pub fn shape(&self) -> Vec<usize> {
        self.graph.shape(self.id)
    }

    /// Computes the value (TensorFlow's `sess.run(tensor)`).
    ///
    /// Fails only when the tensor depends on a placeholder: use [`eval_with`](Tensor::eval_with).
    pub fn eval(&self) -> Result<Array, Error> {
        self.eval_with(&[])
    }

    /// Computes the value with data fed to placeholders (TensorFlow's `feed_dict`).
    ///
    /// ```
    /// use neuron_core::{Array, Graph};
    /// let g = Graph::new();
    /// let x = g.placeholder("x", &[None]);
    /// let w = g.variable([2.0]);
    /// let hypo = &w * &x;
    /// let out = hypo.eval_with(&[(&x, Array::from([1.0, 2.0, 3.0]))]).unwrap();
    /// assert_eq!(out.to_string(), "[2. 4. 6.]");
    /// ```
    pub fn eval_with(&self, feeds: &[(&Tensor, Array)]) -> Result<Array, Error> {
        let feeds = self.feed_ids(feeds)?;
        let mut values = self.graph.forward(self.id, &feeds)?;
        Ok(values[self.id]
            .take()
            .expect("the target is always computed"))
    }

    /// The gradient of this tensor (the sum of its numbers, if it holds several) with respect
    /// to each of `wrt`: what `minimize` follows downhill (TensorFlow's `tf.gradients`).
    ///
    /// ```
    /// use neuron_core::Graph;
    /// let g = Graph::new();
    /// let w = g.variable([3.0]);
    /// let cost = (&w * [1.0] - [1.0]).pow(2.0);
    /// // d/dw (w·1 - 1)² = 2 (w - 1) = 4 at w = 3
    /// assert_eq!(cost.gradients(&[&w]).unwrap()[0].to_string(), "[4.]");
    /// ```
    pub fn gradients(&self, wrt: &[&Tensor]) -> Result<Vec<Array>, Error> {
        self.gradients_with(wrt, &[])
    }

    /// [`gradients`](Tensor::gradients) with data fed to placeholders.
    pub fn gradients_with(
        &self,
        wrt: &[&Tensor],
        feeds: &[(&Tensor, Array)],
    ) -> Result<Vec<Array>, Error> {
        let ids = wrt
            .iter()
            .map(|t| {
                if t.graph.same_as(&self.graph) {
                    Ok(t.id)
                } else {
                    Err(Error::DifferentGraphs)
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        let feeds = self.feed_ids(feeds)?;
        Ok(self.graph.gradients(self.id, &ids, &feeds)?.1)
    }

    /// Sets a variable to a new value of the same shape (TensorFlow's `assign`), for example to
    /// try the lecture's hand-worked start `w = 3`.
    pub fn assign(&self, value: impl Into<Array>) -> Result<(), Error> {
        self.graph.set_variable(self.id, value.into())
    }

    pub(crate) fn feed_ids(
        &self,
        feeds: &[(&Tensor, Array)],
    ) -> Result<Vec<(NodeId, Array)>, Error> {
        feeds
            .iter()
            .map(|(tensor, value)| {
                if !tensor.graph.same_as(&self.graph) {
                    return Err(Error::DifferentGraphs);
                }
                match self.graph.node(tensor.id).op {
                    Op::Placeholder { .. } => Ok((tensor.id, value.clone())),
                    ref other => Err(Error::NotAPlaceholder { kind: other.name() }),
                }
            })
            .collect()
    }

    /// The tensor itself, or numbers made into a constant in this tensor's graph.
    pub(crate) fn operand(&self, operand: Operand) -> Tensor {
        match operand {
            Operand::Tensor(tensor) => {
                if !tensor.graph.same_as(&self.graph) {
                    panic!("{}", Error::DifferentGraphs);
                }
                tensor
            }
            Operand::Value(value) => self.graph.constant(value),
        }
    }

    /// Adds `op` to the graph after checking the shapes of its inputs. A mismatch stops the
    /// cell with the message (an operator cannot return a `Result`); the graph is unchanged.
    pub(crate) fn build(&self, op: Op) -> Tensor {
        let shapes: Vec<Vec<usize>> = op
            .inputs()
            .into_iter()
            .map(|i| self.graph.shape(i))
            .collect();
        let shape_refs: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
        match op.infer_shape(&shape_refs) {
            Ok(shape) => self.graph.push(op, shape),
            Err(error) => panic!("{error}"),
        }
    }
}

impl fmt::Display for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let node = self.graph.node(self.id);
        let name = match &node.op {
            Op::Placeholder { name, .. } => name.clone(),
            op => format!("{}_{}", op.name(), self.id),
        };
        write!(f, "Tensor(\"{name}\", shape={:?}, dtype=f32)", node.shape)
    }
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
