//! The harness: a temporary directory per test holding the database and any
//! input files, a builder for `cadregraph` commands run there, and comparisons
//! that print both sides between rulers.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The repository's root.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary directory that a test works in; deleted when dropped.
pub struct TestDir {
    dir: tempfile::TempDir,
}

impl TestDir {
    pub fn new() -> TestDir {
        TestDir {
            dir: tempfile::Builder::new()
                .prefix("cadregraph-it")
                .tempdir()
                .expect("creating a temporary directory"),
        }
    }

    /// A path inside the directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The test's database.
    pub fn db(&self) -> PathBuf {
        self.path("graph.db")
    }

    /// Copies the repository's seed articles into `seeds/` and returns that path.
    pub fn seeds(&self) -> PathBuf {
        let to = self.path("seeds");
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(repo().join("seeds")).unwrap() {
            let from = entry.unwrap().path();
            std::fs::copy(&from, to.join(from.file_name().unwrap())).unwrap();
        }
        to
    }

    /// `cadregraph --db <db> ARGS...`, run in the directory.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cadregraph"));
        cmd.current_dir(self.dir.path())
            .arg("--db")
            .arg(self.db())
            .args(args);
        cmd
    }

    /// Runs a command that must exit 0 and returns its stdout.
    #[track_caller]
    pub fn stdout(&self, args: &[&str]) -> String {
        let output = self.cmd(args).output().unwrap();
        if !output.status.success() {
            panic!("cadregraph {args:?} failed\n{}", show(&output));
        }
        String::from_utf8(output.stdout).unwrap()
    }

    /// Ingests the seeds quietly into the test's database.
    pub fn ingest_seeds(&self) {
        let seeds = self.seeds();
        self.stdout(&["--quiet", "ingest", seeds.to_str().unwrap()]);
    }
}

/// A command's exit status, stdout and stderr, for failure messages.
pub fn show(output: &Output) -> String {
    format!(
        "status: {}\n{}\nstdout:\n{}\n{}\nstderr:\n{}\n{}",
        output.status,
        ruler(),
        String::from_utf8_lossy(&output.stdout),
        ruler(),
        String::from_utf8_lossy(&output.stderr),
        ruler()
    )
}

fn ruler() -> &'static str {
    "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~"
}

/// Asserts two texts equal, printing both between rulers when not.
#[track_caller]
pub fn assert_same(what: &str, expected: &str, got: &str) {
    if expected != got {
        panic!(
            "{what} differ\nexpected:\n{r}\n{expected}\n{r}\ngot:\n{r}\n{got}\n{r}",
            r = ruler()
        );
    }
}

/// Whether a program runs (`PROGRAM --version` succeeds).
pub fn have(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The articles an exported node's sources cite, in order, each once in a row.
pub fn source_docs(node: &serde_json::Value) -> Vec<String> {
    let mut docs: Vec<String> = node["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["doc"].as_str().unwrap().to_string())
        .collect();
    docs.dedup();
    docs
}
