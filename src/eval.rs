//! Placeholder for the eval module.
