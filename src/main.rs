//! The `cadregraph` command line: a thin layer over the library.

fn main() {
    println!("cadregraph {}", env!("CARGO_PKG_VERSION"));
}
