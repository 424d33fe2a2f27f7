//! Placeholder for the query module.
