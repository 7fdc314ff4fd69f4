//! [`Graph`]: the computational graph, built once and run many times, as in TensorFlow 1.
//!
//! Building `hypo = w * x` computes nothing: it adds a node that remembers "multiply w by x".
//! Running a tensor ([`Tensor::eval`]) walks the nodes it depends on, oldest first, and
//! computes their values. Because every node only reads older nodes, the order the nodes were
//! made in is already an order in which they can be computed, so no recursion is needed.

use std::cell::RefCell;
use std::rc::Rc;

use crate::array::Array;
use crate::error::Error;
use crate::ops::Op;
use crate::tensor::Tensor;

/// The position of a node in its graph.
pub(crate) type NodeId = usize;

/// One node: what it computes and the shape of its value.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub(crate) op: Op,
    pub(crate) shape: Vec<usize>,
}

/// A computational graph: the nodes of a model and the current values of its variables.
///
/// A `Graph` is a cheap handle: clones share the same nodes. Build a model with the methods
/// below and ordinary operators on the [`Tensor`]s they return; the tensors stay usable from one
/// notebook cell to the next.
///
/// ```
/// use neuron_core::Graph;
/// let g = Graph::new();
/// let w = g.variable([3.0]);
/// let cost = (&w * [1.0] - [1.0]).pow(2.0);
/// assert_eq!(cost.eval().unwrap().to_string(), "[4.]");
/// ```
#[derive(Clone, Default)]
pub struct Graph {
    nodes: Rc<RefCell<Vec<Node>>>,
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Graph {
        Graph::default()
    }

    /// A fixed value: data such as `x_data`, or any array.
    pub fn constant(&self, value: impl Into<Array>) -> Tensor {
        let value = value.into();
        let shape = value.shape().to_vec();
        self.push(Op::Constant(value), shape)
    }

    /// A variable (a weight or bias) starting at `value`; training changes it.
    pub fn variable(&self, value: impl Into<Array>) -> Tensor {
        let value = value.into();
        let shape = value.shape().to_vec();
        self.push(Op::Variable(value), shape)
    }

    /// A placeholder: an input whose value is fed at run time (see [`Tensor::eval_with`]).
    ///
    /// `shape` may leave an axis open with `None`, as TensorFlow's `[None, 2]` does for "any
    /// number of rows of two".
    pub fn placeholder(&self, name: &str, shape: &[Option<usize>]) -> Tensor {
        // Until fed, an open axis counts as length 1 for shape checks when building.
        let build_shape = shape.iter().map(|d| d.unwrap_or(1)).collect();
        self.push(
            Op::Placeholder {
                name: name.to_string(),
                shape: shape.to_vec(),
            },
            build_shape,
        )
    }

    /// How many nodes the graph holds.
    pub fn len(&self) -> usize {
        self.nodes.borrow().len()
    }

    /// True for a graph with no nodes yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn push(&self, op: Op, shape: Vec<usize>) -> Tensor {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node { op, shape });
        Tensor::new(self.clone(), nodes.len() - 1)
    }

    pub(crate) fn same_as(&self, other: &Graph) -> bool {
        Rc::ptr_eq(&self.nodes, &other.nodes)
    }

    pub(crate) fn node(&self, id: NodeId) -> Node {
        self.nodes.borrow()[id].clone()
    }

    pub(crate) fn shape(&self, id: NodeId) -> Vec<usize> {
        self.nodes.borrow()[id].shape.clone()
    }

    /// The variables `target` depends on, oldest first.
    pub(crate) fn variables_under(&self, target: NodeId) -> Vec<NodeId> {
        let nodes = self.nodes.borrow();
        let needed = reachable(&nodes, target, &[]);
        (0..=target)
            .filter(|&id| needed[id] && matches!(nodes[id].op, Op::Variable(_)))
            .collect()
    }

    /// The current value of a variable (an empty array for any other node).
    pub(crate) fn variable_value(&self, id: NodeId) -> Array {
        match &self.nodes.borrow()[id].op {
            Op::Variable(value) => value.clone(),
            _ => Array::zeros(&[0]),
        }
    }

    /// Replaces a variable's value; fails for any other kind of node or another shape.
    pub(crate) fn set_variable(&self, id: NodeId, value: Array) -> Result<(), Error> {
        let mut nodes = self.nodes.borrow_mut();
        let node = &mut nodes[id];
        match &mut node.op {
            Op::Variable(current) if current.shape() == value.shape() => {
                *current = value;
                Ok(())
            }
            Op::Variable(current) => Err(Error::ShapeMismatch {
                op: "assign",
                left: current.shape().to_vec(),
                right: value.shape().to_vec(),
                rule: "a variable keeps its shape: assign a value of the same shape",
            }),
            other => Err(Error::NotAVariable { kind: other.name() }),
        }
    }

    /// Computes the value of every node `target` depends on, oldest first.
    ///
    /// Returns one slot per node up to `target`; slots of nodes not needed stay `None`.
    pub(crate) fn forward(
        &self,
        target: NodeId,
        feeds: &[(NodeId, Array)],
    ) -> Result<Vec<Option<Array>>, Error> {
        let nodes = self.nodes.borrow();
        let fed: Vec<NodeId> = feeds.iter().map(|(id, _)| *id).collect();
        let needed = reachable(&nodes, target, &fed);
        let mut values: Vec<Option<Array>> = vec![None; target + 1];
        for id in 0..=target {
            if !needed[id] {
                continue;
            }
            let node = &nodes[id];
            let value = match &node.op {
                Op::Placeholder { name, shape } => fed_value(id, name, shape, feeds)?,
                // Any other node given a value (the plots feed a grid in place of the data).
                _ if fed.contains(&id) => {
                    let (_, value) = feeds.iter().find(|(f, _)| *f == id).expect("listed in fed");
                    value.clone()
                }
                Op::Constant(value) | Op::Variable(value) => value.clone(),
                op => {
                    let read =
                        |input: NodeId| values[input].as_ref().expect("inputs are computed first");
                    // Shapes are checked again: a placeholder may be fed more rows than it was
                    // built with.
                    let input_shapes: Vec<&[usize]> =
                        op.inputs().into_iter().map(|i| read(i).shape()).collect();
                    let shape = op.infer_shape(&input_shapes)?;
                    op.forward(&read, &shape)
                }
            };
            values[id] = Some(value);
        }
        Ok(values)
    }

    /// The value of `target` and its gradient with respect to each of `wrt`, by the chain
    /// rule applied from `target` back to the leaves (reverse-mode differentiation).
    ///
    /// The gradient of a cost with several numbers is that of their sum, as in TensorFlow.
    pub(crate) fn gradients(
        &self,
        target: NodeId,
        wrt: &[NodeId],
        feeds: &[(NodeId, Array)],
    ) -> Result<(Array, Vec<Array>), Error> {
        let values = self.forward(target, feeds)?;
        let nodes = self.nodes.borrow();
        let read = |id: NodeId| {
            values[id]
                .as_ref()
                .expect("forward computed every needed node")
        };
        let cost = read(target).clone();

        // Only nodes that lie between a variable in `wrt` and the target need a gradient.
        let mut leads_to_wrt = vec![false; target + 1];
        for id in 0..=target {
            leads_to_wrt[id] =
                wrt.contains(&id) || nodes[id].op.inputs().iter().any(|&i| leads_to_wrt[i]);
        }

        let mut grads: Vec<Option<Array>> = vec![None; target + 1];
        let mut wrt_grads: Vec<Option<Array>> = vec![None; wrt.len()];
        grads[target] = Some(Array::full(cost.shape(), 1.0));
        // Newest first: by the time a node is reached, every node that reads it has passed its
        // share of the gradient back, so its gradient is complete.
        for id in (0..=target).rev() {
            let Some(grad) = grads[id].take() else {
                continue;
            };
            for (k, _) in wrt.iter().enumerate().filter(|(_, &w)| w == id) {
                wrt_grads[k] = Some(grad.clone());
            }
            let op = &nodes[id].op;
            let inputs = op.inputs();
            if !inputs.iter().any(|&i| leads_to_wrt[i]) {
                continue;
            }
            for (input, input_grad) in inputs.into_iter().zip(op.backward(&read, read(id), &grad)) {
                if !leads_to_wrt[input] {
                    continue;
                }
                grads[input] = Some(match grads[input].take() {
                    None => input_grad,
                    Some(sum) => {
                        let shape = sum.shape().to_vec();
                        crate::ops::arithmetic::add(&sum, &input_grad, &shape)
                    }
                });
            }
        }
        let wrt_grads = wrt_grads
            .into_iter()
            .zip(wrt)
            .map(|(grad, &id)| grad.unwrap_or_else(|| Array::zeros(&nodes[id].shape)))
            .collect();
        Ok((cost, wrt_grads))
    }
}

/// Which nodes `target` depends on (itself included), found with an explicit stack.
/// The nodes given a value in `fed` are taken as they are: what lies under them is not needed.
fn reachable(nodes: &[Node], target: NodeId, fed: &[NodeId]) -> Vec<bool> {
    let mut seen = vec![false; target + 1];
    let mut stack = vec![target];
    while let Some(id) = stack.pop() {
        if !seen[id] {
            seen[id] = true;
            if !fed.contains(&id) {
                stack.extend(nodes[id].op.inputs());
            }
        }
    }
    seen
}

fn fed_value(
    id: NodeId,
    name: &str,
    shape: &[Option<usize>],
    feeds: &[(NodeId, Array)],
) -> Result<Array, Error> {
    let (_, value) = feeds
        .iter()
        .find(|(fed, _)| *fed == id)
        .ok_or_else(|| Error::NotFed {
            name: name.to_string(),
        })?;
    let fits = value.shape().len() == shape.len()
        && value
            .shape()
            .iter()
            .zip(shape)
            .all(|(&got, want)| want.is_none_or(|w| w == got));
    if !fits {
        return Err(Error::FeedShape {
            name: name.to_string(),
            declared: shape.to_vec(),
            fed: value.shape().to_vec(),
        });
    }
    Ok(value.clone())
}
