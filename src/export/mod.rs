//! Writers that turn a [`crate::model::GraphDocument`] into files for other tools:
//! Graphviz DOT ([`dot`]). The JSON writer lives beside it (owned by the store work).

pub mod dot;
