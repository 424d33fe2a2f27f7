//! The one integration binary: the `cadregraph` executable driven end to end,
//! each test in its own temporary directory (see `util`).

mod bad_input;
mod cli;
mod eval;
mod exports;
mod faults;
mod hostile;
mod oddities;
mod props;
mod quality;
mod queries;
mod store;
mod upgrade;
mod util;
