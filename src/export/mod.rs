//! Writers of the graph for other tools: [`json`] (the contract of
//! `EXPORT_CONTRACT.md`) and [`dot`] (Graphviz). Both read a
//! [`GraphDocument`](crate::model::GraphDocument) and know nothing of the store.

pub mod dot;
pub mod json;
