//! The command line's arguments (clap derive). The `///` comments are the
//! `--help` text. Nothing here runs anything; `main.rs` dispatches.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use cadregraph::model::{EdgeKind, NodeKind};

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
        /// Words of the meeting's name, type or date ("hội thảo 2021-09-07");
        /// quotes optional.
        #[arg(required = true, num_args = 1.., value_name = "MEETING")]
        meeting: Vec<String>,
        /// Show at most N meetings, the newest (0: all).
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// List meetings, filtered by who chaired, attended or organised them, what
    /// they discussed, and when.
    Meetings(MeetingsArgs),
    /// The implementation tree of DOC: what it implements up to the root
    /// directive, everything that implements it, what it supersedes and what
    /// supersedes it, with issuers, dates and the meetings that discussed each.
    Trace {
        /// The document: a name, an alias, a number ("12-NQ/TW", "NQ 12") or
        /// `#ID`; quotes optional.
        #[arg(required = true, num_args = 1.., value_name = "DOC")]
        doc: Vec<String>,
        /// Only follow links up: what DOC implements and what it supersedes.
        #[arg(long)]
        up: bool,
        /// Only follow links down: what implements DOC and what supersedes it.
        #[arg(long)]
        down: bool,
        /// How many links to follow each way (unlimited by default).
        #[arg(long, value_name = "N")]
        depth: Option<usize>,
        /// Show at most N documents below each document, and N meetings that
        /// discussed it: the newest (0: all).
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        output: JsonFlag,
        #[command(flatten)]
        draw: DrawArgs,
    },
    /// The profile of one entity: a person's posts (a timeline) and meetings, a
    /// body's members, parent and child bodies, documents and meetings, a
    /// document's issuer, links and meetings, a meeting's people and documents.
    Show {
        /// The entity: a name, an alias, a document number, or `#ID`; quotes optional.
        #[arg(required = true, num_args = 1.., value_name = "ENTITY")]
        entity: Vec<String>,
        /// Show at most N posts, meetings, members, documents... of each kind:
        /// the most recently reported (0: all).
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        output: JsonFlag,
        #[command(flatten)]
        draw: DrawArgs,
    },
    /// Who held a post ("Thứ trưởng", optionally --of "Bộ Công an"), and when
    /// the articles reported it.
    Holders {
        /// The role, diacritics and case optional; quotes optional.
        #[arg(required = true, num_args = 1.., value_name = "ROLE")]
        role: Vec<String>,
        /// Only posts in this body.
        #[arg(long, value_name = "BODY")]
        of: Option<String>,
        #[command(flatten)]
        output: JsonFlag,
    },
    /// The shortest chain of relations linking two entities, each link with
    /// the sentence that states it.
    Path {
        /// Where the chain starts.
        from: String,
        /// Where it ends.
        to: String,
        #[command(flatten)]
        output: JsonFlag,
        #[command(flatten)]
        draw: DrawArgs,
    },
    /// Find entities by name, ranked: case, diacritics, tone placement and word
    /// order are ignored, abbreviations match their bodies ("BCA").
    Search {
        /// The text to look for; quotes optional.
        #[arg(required = true, num_args = 1.., value_name = "TEXT")]
        text: Vec<String>,
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

    /// Skip (and report) files larger than SIZE: bytes, or with a K, M or G
    /// suffix (powers of 1024). A file is measured before it is read, so a huge
    /// file costs no memory.
    #[arg(
        long,
        value_name = "SIZE",
        default_value = "8M",
        value_parser = parse_size
    )]
    pub max_file_size: u64,

    /// Articles saved per transaction (hidden: for tests that interrupt an
    /// ingest between commits, and for tuning).
    #[arg(
        long,
        value_name = "N",
        hide = true,
        default_value_t = crate::BATCH_SIZE as u64,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub batch_size: u64,

    /// Threads reading and extracting articles (default: one per core). One
    /// more thread writes the database.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// Parses a size: `4096`, `512K`, `8M`, `1G` (powers of 1024; `KiB`, `MB`... too).
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("'{text}' is not a size (e.g. 4096, 512K, 8M, 1G)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("'{text}' has an unknown unit; use K, M or G")),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("'{text}' is too large"))
}

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// JSON, as EXPORT_CONTRACT.md describes.
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Neighbours per entity, relation kind and direction that `export --focus`
/// follows unless told otherwise.
pub const DEFAULT_MAX_NEIGHBOURS: usize = 25;

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,

    /// Write to FILE instead of standard output (`-`: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Export only the neighbourhood of this entity.
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,

    /// With --focus: how many hops around the entity (default 1).
    #[arg(long, value_name = "N", requires = "focus")]
    pub depth: Option<usize>,

    /// With --focus: follow at most N neighbours of each entity per relation
    /// kind and direction, the latest stored first (0: all), so that a hub such
    /// as "Bộ Chính trị" shows a sample of each relation, not thousands of nodes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_NEIGHBOURS)]
    pub max_neighbours: usize,

    /// Only nodes of these kinds (person, organization, resolution, meeting).
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = parse_kind)]
    pub kind: Vec<NodeKind>,

    /// Only edges of these kinds (chaired, holds_position, ...).
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = parse_edge_kind)]
    pub edge_kind: Vec<EdgeKind>,

    /// Only facts from articles published on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,

    /// Only facts from articles published on or before DATE.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,

    /// Only facts stated in this article (its file name; repeatable).
    #[arg(long, value_name = "FILE")]
    pub article: Vec<String>,

    /// With --format dot: run Graphviz `dot` and write SVG or PNG instead of DOT.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub render: Option<Render>,
}

/// Image formats Graphviz renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Render {
    /// Scalable vector graphics.
    Svg,
    /// A bitmap.
    Png,
}

impl Render {
    /// The `dot -T` argument.
    pub fn as_str(self) -> &'static str {
        match self {
            Render::Svg => "svg",
            Render::Png => "png",
        }
    }
}

/// Drawing options of queries that can answer with a diagram.
#[derive(Debug, Args)]
pub struct DrawArgs {
    /// Print the answer as a Graphviz DOT diagram instead of text.
    #[arg(long)]
    pub dot: bool,
    /// Run Graphviz `dot` and write the diagram as SVG or PNG (implies --dot).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub render: Option<Render>,
    /// Write the diagram to FILE instead of standard output (`-`: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl DrawArgs {
    /// Whether a diagram was asked for.
    pub fn wanted(&self) -> bool {
        self.dot || self.render.is_some() || self.output.is_some()
    }
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

/// Parses an edge kind (`chaired`, `holds_position`, ...).
fn parse_edge_kind(text: &str) -> Result<EdgeKind, String> {
    EdgeKind::parse(text).ok_or_else(|| {
        let kinds: Vec<&str> = EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
        format!(
            "unknown edge kind '{text}'; expected one of: {}",
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

    #[test]
    fn cli_parses_sizes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("512K"), Ok(512 << 10));
        assert_eq!(parse_size("8M"), Ok(8 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert!(parse_size("8X").unwrap_err().contains("unknown unit"));
        assert!(parse_size("M").unwrap_err().contains("not a size"));
        assert!(parse_size("99999999999999G")
            .unwrap_err()
            .contains("too large"));
    }
}
