//! Placeholder for the store module.
