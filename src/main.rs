//! The `cadregraph` command line: a thin layer over the library.
//!
//! Parses arguments (`cli`), calls the library, prints, and exits with 0 (ok),
//! 1 (a query found nothing, or an entity name was unknown or ambiguous) or 2
//! (an error, or an ingest that skipped a file). Errors print as
//! `cadregraph: {err:#}`, their context chain on one line.

mod cli;

use std::collections::{BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use cadregraph::export::{self, dot::DotOptions};
use cadregraph::graph::KnowledgeGraph;
use cadregraph::lexicon::Lexicon;
use cadregraph::model::GraphDocument;
use cadregraph::pipeline::{self, ArticleRecord};
use cadregraph::query::{self, Request};
use cadregraph::store::{BatchStats, Store};
use cadregraph::text::ingest::{collect_paths, read_article_limited, Article};
use cadregraph::{eval, Error};
use cli::{Cli, Command, Format, IngestArgs, JsonFlag};

/// Articles saved per transaction: bounds memory (texts and extractions of one
/// batch) while keeping commits few.
const BATCH_SIZE: usize = 256;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        // A closed pipe (`cadregraph export | head`) is the reader's choice, not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cadregraph: {}", one_line(&err));
            let no_result = matches!(
                err.downcast_ref::<Error>(),
                Some(Error::NotFound { .. } | Error::Ambiguous { .. })
            );
            ExitCode::from(if no_result { 1 } else { 2 })
        }
    }
}

/// An error and its causes on one line, `context: cause: cause`.
///
/// The chain stops at SQLite's error: its own source repeats it ("database is
/// locked: Error code 5: The database file is locked"). Line breaks inside
/// messages (an ambiguous name's candidates) are kept, being lists.
fn one_line(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&cause.to_string());
        let sqlite = cause.downcast_ref::<rusqlite::Error>().is_some()
            || matches!(cause.downcast_ref::<Error>(), Some(Error::Sqlite(_)));
        if sqlite {
            break;
        }
    }
    out
}

/// A path for a one-line message: control characters (a newline in a file
/// name) escaped, invalid UTF-8 shown as U+FFFD.
fn shown(path: &Path) -> String {
    let mut out = String::new();
    for c in path.display().to_string().chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether an error comes from writing to a closed pipe.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = match (
            cause.downcast_ref::<std::io::Error>(),
            cause.downcast_ref::<serde_json::Error>(),
        ) {
            (Some(io), _) => Some(io.kind()),
            (_, Some(json)) => json.io_error_kind(),
            _ => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Ingest(args) => ingest(cli, args),
        Command::Export(args) => {
            let mut graph = load_graph(&cli.db)?;
            if let Some(entity) = &args.focus {
                let kg = cadregraph::graph::KnowledgeGraph::from_document(graph);
                graph = cadregraph::query::focus(&kg, entity, args.depth.unwrap_or(1))?;
            }
            let out: Box<dyn Write> = match &args.output {
                Some(path) => Box::new(BufWriter::new(
                    File::create(path).with_context(|| format!("creating {}", path.display()))?,
                )),
                None => Box::new(std::io::stdout().lock()),
            };
            match args.format {
                Format::Json => export::json::write(&graph, out)?,
                Format::Dot => export::dot::write(&graph, &DotOptions::default(), out)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats(output) => {
            let stats = open_existing(&cli.db)?
                .stats()
                .with_context(|| format!("reading database {}", cli.db.display()))?;
            print(output, &stats, || stats.render_text())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(args) => {
            let graph = load_graph(&cli.db)?;
            let docs: Option<BTreeSet<String>> =
                (!args.docs.is_empty()).then(|| args.docs.iter().cloned().collect());
            let golds = eval::load_gold_dir(&args.gold, docs.as_ref())
                .with_context(|| format!("reading gold annotations in {}", args.gold.display()))?;
            let report = eval::evaluate(&graph, &golds);
            print(&args.output, &report, || {
                if args.verbose {
                    report.render_verbose()
                } else {
                    report.render_text()
                }
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::WhoChaired { meeting, output } => ask(
            cli,
            output,
            Request::WhoChaired {
                meeting: meeting.clone(),
            },
        ),
        Command::Meetings(args) => ask(
            cli,
            &args.output,
            Request::Meetings {
                chaired_by: args.chaired_by.clone(),
                attended_by: args.attended_by.clone(),
                organized_by: args.organized_by.clone(),
                discussed: args.discussed.clone(),
                from: args.from.clone(),
                to: args.to.clone(),
            },
        ),
        Command::Trace { doc, depth, output } => ask(
            cli,
            output,
            Request::Trace {
                doc: doc.clone(),
                depth: *depth,
            },
        ),
        Command::Show { entity, output } => ask(
            cli,
            output,
            Request::Show {
                entity: entity.clone(),
            },
        ),
        Command::Search { text, kind, output } => ask(
            cli,
            output,
            Request::Search {
                text: text.clone(),
                kind: *kind,
            },
        ),
    }
}

/// Opens (creating or upgrading) the database.
fn open_store(path: &Path) -> anyhow::Result<Store> {
    Store::open(path).map_err(|err| match err {
        // These name the file already.
        Error::BadDatabase { .. } => anyhow::Error::new(err),
        err => anyhow::Error::new(err).context(format!("opening database {}", path.display())),
    })
}

/// Opens a database that must exist: reading commands never create one.
fn open_existing(path: &Path) -> anyhow::Result<Store> {
    if !path.exists() {
        bail!(
            "database {} does not exist; create it with `cadregraph --db {} ingest PATH...`",
            path.display(),
            path.display()
        );
    }
    open_store(path)
}

/// Loads the whole graph of a database that must exist; a failure names it.
fn load_graph(path: &Path) -> anyhow::Result<GraphDocument> {
    open_existing(path)?
        .graph()
        .with_context(|| format!("reading database {}", path.display()))
}

/// Prints a result as pretty JSON or as text.
fn print<T: serde::Serialize>(
    output: &JsonFlag,
    value: &T,
    text: impl FnOnce() -> String,
) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    if output.json {
        serde_json::to_writer_pretty(&mut stdout, value)?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", text())?;
    }
    stdout.flush()?;
    Ok(())
}

/// Runs a query over the whole graph; exit code 1 when it finds nothing.
fn ask(cli: &Cli, output: &JsonFlag, request: Request) -> anyhow::Result<ExitCode> {
    let graph = KnowledgeGraph::from_document(load_graph(&cli.db)?);
    let answer = query::answer(&graph, &request)?;
    print(output, &answer, || answer.render_text())?;
    Ok(if answer.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What an ingest run did, for the final summary.
#[derive(Default)]
struct IngestSummary {
    read: u64,
    skipped: u64,
    stats: BatchStats,
}

/// Reports a file that cannot be ingested; the run goes on and ends with code 2.
fn skip(summary: &mut IngestSummary, progress: &ProgressBar, path: &Path, reason: &str) {
    summary.skipped += 1;
    progress.suspend(|| eprintln!("cadregraph: skipped {}: {reason}", shown(path)));
}

/// Why an article file could not be read, without the path the message already names.
fn reason(err: &Error) -> String {
    match err {
        Error::Io { path, source } => io_reason(path, source),
        Error::BadInput { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// An OS error in the style of our messages: lowercase, no "(os error N)",
/// and a dangling symbolic link or a loop of them named as such.
fn io_reason(path: &Path, err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match err.kind() {
        ErrorKind::NotFound if is_link => "broken symbolic link (its target does not exist)".into(),
        ErrorKind::NotFound => "no such file or directory".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        // ELOOP; `ErrorKind::FilesystemLoop` is not stable yet.
        _ if err.raw_os_error() == Some(40) && cfg!(target_os = "linux") => {
            "symbolic link loop".into()
        }
        _ => {
            let text = err.to_string();
            let text = match text.find(" (os error") {
                Some(at) => &text[..at],
                None => &text,
            };
            let mut chars = text.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// `cadregraph ingest`: batches of files read and extracted in parallel, saved
/// by this one thread, one transaction per batch.
fn ingest(cli: &Cli, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut store = open_store(&cli.db)?;
    if store.is_read_only() {
        bail!(
            "database {} is read-only; cannot ingest into it",
            shown(&cli.db)
        );
    }
    let (files, errors) = collect_paths(&args.paths);
    let progress = if cli.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} articles {msg}") {
            bar.set_style(style);
        }
        bar
    };
    let mut summary = IngestSummary::default();
    for err in &errors {
        match err {
            Error::Io { path, .. } => skip(&mut summary, &progress, path, &reason(err)),
            other => skip(&mut summary, &progress, Path::new(""), &other.to_string()),
        }
    }
    // Sources cite articles by file name, so two inputs with one name would mix.
    let mut first_path: HashMap<String, PathBuf> = HashMap::new();
    let lexicon = Lexicon::builtin();
    let batch_size = usize::try_from(args.batch_size).unwrap_or(BATCH_SIZE);
    for chunk in files.chunks(batch_size) {
        let read: Vec<(&PathBuf, cadregraph::Result<Article>)> = chunk
            .par_iter()
            .map(|path| (path, read_article_limited(path, args.max_file_size)))
            .collect();
        let mut todo: Vec<Article> = Vec::new();
        for (path, article) in read {
            let article = match article {
                Ok(article) => article,
                Err(err) => {
                    skip(&mut summary, &progress, path, &reason(&err));
                    continue;
                }
            };
            if let Some(first) = first_path.get(&article.doc) {
                let why = format!(
                    "same file name as {}; articles are identified by file name",
                    shown(first)
                );
                skip(&mut summary, &progress, path, &why);
                continue;
            }
            first_path.insert(article.doc.clone(), path.clone());
            summary.read += 1;
            let stored = store
                .article_hash(&article.doc)
                .with_context(|| format!("looking up {} in {}", article.doc, cli.db.display()))?;
            if stored.as_deref() == Some(article.hash.as_str()) {
                summary.stats.unchanged += 1;
            } else {
                todo.push(article);
            }
        }
        let records: Vec<ArticleRecord> = todo
            .par_iter()
            .map(|article| pipeline::process(article, lexicon))
            .collect();
        drop(todo);
        summary.stats += store
            .save_batch(&records)
            .with_context(|| format!("saving articles to {}", cli.db.display()))?;
        progress.inc(chunk.len() as u64);
    }
    progress.finish_and_clear();
    if let Some(path) = &args.dot {
        write_dot(&store.graph()?, path)?;
    }
    if !cli.quiet {
        let s = &summary.stats;
        let mut stdout = std::io::stdout().lock();
        writeln!(
            stdout,
            "{} articles read: {} new, {} changed, {} unchanged; {} skipped",
            summary.read, s.new, s.changed, s.unchanged, summary.skipped
        )?;
        writeln!(
            stdout,
            "nodes: {} added, {} removed; edges: {} added, {} removed; {:.2?}",
            s.nodes_added,
            s.nodes_removed,
            s.edges_added,
            s.edges_removed,
            started.elapsed()
        )?;
    }
    Ok(if summary.skipped > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes the whole graph as DOT to a file.
fn write_dot(graph: &GraphDocument, path: &Path) -> anyhow::Result<()> {
    let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
    export::dot::write(graph, &DotOptions::default(), BufWriter::new(file))
        .with_context(|| format!("writing {}", path.display()))
}
