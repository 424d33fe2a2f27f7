//! The command line's arguments (clap derive). The `///` comments are the
//! `--help` text. Nothing here runs anything; `main.rs` dispatches.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use cadregraph::model::NodeKind;

/// Turn Vietnamese political news articles into a knowledge graph of officials,
/// bodies, directive documents and meetings, kept in SQLite.
///
/// Exit codes: 0 ok, 1 a query found nothing (or an ambiguous name), 2 error.
#[derive(Debug, Parser)]
#[command(name = "cadregraph", version, max_term_width = 100)]
pub struct Cli {
    /// The SQLite database to read and write.
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        default_value = "cadregraph.db"
    )]
    pub db: PathBuf,

    /// Print no progress and no summary; results and errors only.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles (files, or directories walked for *.txt) into the database.
    ///
    /// Unchanged files (same content hash) are skipped without extraction; a
    /// changed file's old facts are replaced. An unreadable file is reported and
    /// skipped, and the run then ends with exit code 2.
    Ingest(IngestArgs),
    /// Write the graph as JSON (EXPORT_CONTRACT.md) or Graphviz DOT.
    Export(ExportArgs),
    /// Count articles, nodes per kind and edges per kind.
    Stats(JsonFlag),
    /// Score the database's graph against gold annotations (like eval/score.py).
    Eval(EvalArgs),
    /// Who chaired the meetings matching MEETING.
    WhoChaired {
        /// Words of the meeting's name, type or date ("hội thảo 2021-09-07").
        meeting: String,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// List meetings, filtered by who chaired, attended or organised them, what
    /// they discussed, and when.
    Meetings(MeetingsArgs),
    /// Follow the documents that implement DOC (and what DOC implements).
    Trace {
        /// The document ("Nghị quyết 12-NQ/TW").
        doc: String,
        /// How many hops to follow.
        #[arg(long, value_name = "N")]
        depth: Option<usize>,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Everything known about one entity: attributes, aliases, edges, sources.
    Show {
        /// The entity's name, an alias, or `#ID`.
        entity: String,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// Find entities whose names contain TEXT (diacritics optional).
    Search {
        /// The text to look for.
        text: String,
        /// Only entities of this kind.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<NodeKind>,
        #[command(flatten)]
        output: JsonFlag,
    },
}

/// Arguments of `ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article files or directories.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// After ingesting, write the whole graph as Graphviz DOT to FILE.
    #[arg(long, value_name = "FILE")]
    pub dot: Option<PathBuf>,

    /// Threads reading and extracting articles (default: one per core). One
    /// more thread writes the database.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// JSON, as EXPORT_CONTRACT.md describes.
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Export only the neighbourhood of this entity.
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,

    /// With --focus: how many hops around the entity.
    #[arg(long, value_name = "N", requires = "focus")]
    pub depth: Option<usize>,
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of gold annotation files (one JSON per article).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,

    /// Score only these articles (comma-separated file names).
    #[arg(long, value_name = "A.txt,B.txt", value_delimiter = ',')]
    pub docs: Vec<String>,

    /// Also list false merges and every false positive and negative.
    #[arg(long, short)]
    pub verbose: bool,

    #[command(flatten)]
    pub output: JsonFlag,
}

/// Arguments of `meetings`.
#[derive(Debug, Args)]
pub struct MeetingsArgs {
    /// Only meetings chaired by this person.
    #[arg(long, value_name = "PERSON")]
    pub chaired_by: Option<String>,
    /// Only meetings attended by this person.
    #[arg(long, value_name = "PERSON")]
    pub attended_by: Option<String>,
    /// Only meetings organised by this organisation.
    #[arg(long, value_name = "ORG")]
    pub organized_by: Option<String>,
    /// Only meetings that discussed this document.
    #[arg(long, value_name = "DOC")]
    pub discussed: Option<String>,
    /// Only meetings on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only meetings on or before this date.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[command(flatten)]
    pub output: JsonFlag,
}

/// The `--json` flag of commands that print results.
#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Parses a node kind (`person`, `organization`, `resolution`, `meeting`).
fn parse_kind(text: &str) -> Result<NodeKind, String> {
    NodeKind::parse(text).ok_or_else(|| {
        let kinds: Vec<&str> = NodeKind::ALL.iter().map(|k| k.as_str()).collect();
        format!(
            "unknown kind '{text}'; expected one of: {}",
            kinds.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn cli_parses_queries() {
        let cli = Cli::parse_from([
            "cadregraph",
            "--db",
            "x.db",
            "search",
            "Tỏ",
            "--kind",
            "person",
            "--json",
        ]);
        assert_eq!(cli.db, PathBuf::from("x.db"));
        match cli.command {
            Command::Search { kind, output, .. } => {
                assert_eq!(kind, Some(NodeKind::Person));
                assert!(output.json);
            }
            other => panic!("parsed as {other:?}"),
        }
        assert!(Cli::try_parse_from(["cadregraph", "search", "x", "--kind", "city"]).is_err());
    }
}
