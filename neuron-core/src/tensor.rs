//! [`Tensor`]: a handle to one node of a [`Graph`], combined with ordinary operators.

use std::fmt;
use std::ops::{Add, Div, Mul, Neg, Sub};

use crate::array::Array;
use crate::error::Error;
use crate::graph::{Graph, NodeId};
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

/// Something that can stand on either side of an operator with a tensor: another tensor, or
/// plain numbers that become a constant in the tensor's graph.
#[derive(Clone, Debug)]
pub enum Operand {
    /// A tensor.
    Tensor(Tensor),
    /// Numbers, turned into a constant.
    Value(Array),
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

    /// Raises every number to the power `p` (Python's `** p`).
    pub fn pow(&self, p: f32) -> Tensor {
        self.unary(Op::Pow(self.id, p))
    }

    /// Squares every number: the same as `pow(2.0)`.
    pub fn square(&self) -> Tensor {
        self.pow(2.0)
    }

    /// The sum of all numbers, a scalar (TensorFlow's `reduce_sum`).
    pub fn sum(&self) -> Tensor {
        self.unary(Op::Sum(self.id))
    }

    /// The mean of all numbers, a scalar (TensorFlow's `reduce_mean`).
    ///
    /// Stops the cell with a message if the tensor holds no numbers.
    pub fn mean(&self) -> Tensor {
        self.unary(Op::Mean(self.id))
    }

    /// The matrix product `self · other` (TensorFlow's `matmul`): shapes `[n, k]` and `[k, m]`
    /// give `[n, m]`.
    pub fn matmul(&self, other: impl IntoOperand) -> Tensor {
        let other = self.operand(other.into_operand());
        self.build(Op::MatMul(self.id, other.id))
    }

    fn unary(&self, op: Op) -> Tensor {
        self.build(op)
    }

    /// The tensor itself, or numbers made into a constant in this tensor's graph.
    fn operand(&self, operand: Operand) -> Tensor {
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
    fn build(&self, op: Op) -> Tensor {
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

/// Builds `left op right` where at least one side is a tensor.
fn binary(left: Operand, right: Operand, op: fn(NodeId, NodeId) -> Op) -> Tensor {
    let anchor = match (&left, &right) {
        (Operand::Tensor(t), _) | (_, Operand::Tensor(t)) => t.clone(),
        _ => unreachable!("operators are only defined with a tensor on one side"),
    };
    let a = anchor.operand(left);
    let b = anchor.operand(right);
    anchor.build(op(a.id, b.id))
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

/// Turns a value into an [`Operand`]: implemented for tensors, arrays and float32 numbers.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be combined with a tensor",
    label = "not a tensor or float32 numbers",
    note = "tensors hold float32 numbers: write `[1.0f32]`, or give the data a type such as \
            `let x_data: [f32; 1] = [1.0];` (a cell fixes an untyped `1.0` to f64)"
)]
pub trait IntoOperand {
    /// The operand.
    fn into_operand(self) -> Operand;
}

impl IntoOperand for Operand {
    fn into_operand(self) -> Operand {
        self
    }
}

impl IntoOperand for Tensor {
    fn into_operand(self) -> Operand {
        Operand::Tensor(self)
    }
}

impl IntoOperand for &Tensor {
    fn into_operand(self) -> Operand {
        Operand::Tensor(self.clone())
    }
}

impl IntoOperand for Array {
    fn into_operand(self) -> Operand {
        Operand::Value(self)
    }
}

impl IntoOperand for &Array {
    fn into_operand(self) -> Operand {
        Operand::Value(self.clone())
    }
}

impl IntoOperand for f32 {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::scalar(self))
    }
}

impl<const N: usize> IntoOperand for [f32; N] {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self))
    }
}

impl<const N: usize> IntoOperand for &[f32; N] {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(*self))
    }
}

impl<const R: usize, const C: usize> IntoOperand for [[f32; C]; R] {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self))
    }
}

impl IntoOperand for Vec<f32> {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self))
    }
}

impl IntoOperand for &Vec<f32> {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self.as_slice()))
    }
}

/// `tensor op anything` and `&tensor op anything`, plus numbers on the left of a tensor.
macro_rules! operator {
    ($trait:ident, $method:ident, $op:ident) => {
        impl<R: IntoOperand> $trait<R> for Tensor {
            type Output = Tensor;
            fn $method(self, right: R) -> Tensor {
                binary(Operand::Tensor(self), right.into_operand(), Op::$op)
            }
        }
        impl<R: IntoOperand> $trait<R> for &Tensor {
            type Output = Tensor;
            fn $method(self, right: R) -> Tensor {
                binary(Operand::Tensor(self.clone()), right.into_operand(), Op::$op)
            }
        }
        impl $trait<&Tensor> for f32 {
            type Output = Tensor;
            fn $method(self, right: &Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
        impl $trait<Tensor> for f32 {
            type Output = Tensor;
            fn $method(self, right: Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
        impl<const N: usize> $trait<&Tensor> for [f32; N] {
            type Output = Tensor;
            fn $method(self, right: &Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
        impl<const N: usize> $trait<Tensor> for [f32; N] {
            type Output = Tensor;
            fn $method(self, right: Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
    };
}

operator!(Add, add, Add);
operator!(Sub, sub, Sub);
operator!(Mul, mul, Mul);
operator!(Div, div, Div);

impl Neg for &Tensor {
    type Output = Tensor;
    fn neg(self) -> Tensor {
        self.unary(Op::Neg(self.id))
    }
}

impl Neg for Tensor {
    type Output = Tensor;
    fn neg(self) -> Tensor {
        -&self
    }
}
