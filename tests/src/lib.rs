//! Shared helpers for the workspace-level tests (the tests live in `tests/tests/`).
