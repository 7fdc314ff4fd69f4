"""Produces tests/reference/optimizers_tf1.txt: Momentum and Adam trajectories on a small
problem, with TensorFlow 1's optimisers (tensorflow-cpu 2.21, `tensorflow.compat.v1`, graph
mode). Not run by the tests (TensorFlow is not a test dependency); run it by hand with a
TensorFlow venv to regenerate the figures:

    python tests/reference/optimizers_tf1.py > tests/reference/optimizers_tf1.txt
"""
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The course's "multiple inputs" lab, with a fixed start.
x_data = [[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]
y_data = [[1.0], [2.0], [3.0]]

for name, make in [
    ("momentum 0.01 0.9", lambda: tf.train.MomentumOptimizer(0.01, 0.9)),
    ("adam 0.1", lambda: tf.train.AdamOptimizer(0.1)),
    ("gradient_descent 0.01", lambda: tf.train.GradientDescentOptimizer(0.01)),
]:
    tf.reset_default_graph()
    W = tf.Variable(np.array([[0.5], [-0.3]], dtype=np.float32))
    b = tf.Variable(np.array([0.1], dtype=np.float32))
    hypo = tf.matmul(x_data, W) + b
    cost = tf.reduce_mean((hypo - y_data) ** 2)
    train = make().minimize(cost)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(name)
        for step in range(1, 21):
            sess.run(train)
            w_val, b_val, c_val = sess.run([W, b, cost])
            print(step, w_val.ravel(), b_val, c_val)
