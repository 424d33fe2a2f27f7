//! The one integration binary: the `cadregraph` executable driven end to end,
//! each test in its own temporary directory (see `util`).

mod cli;
mod eval;
mod exports;
mod quality;
mod queries;
mod store;
mod util;
