//! The `cadregraph` command line: a thin layer over the library.
//!
//! Parses arguments (`cli`), calls the library, prints, and exits with 0 (ok),
//! 1 (a query found nothing, or an entity name was unknown or ambiguous) or 2
//! (an error, or an ingest that skipped a file). Errors print as
//! `cadregraph: {err:#}`, their context chain on one line.

mod cli;

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};

use cadregraph::export::{self, dot::DotOptions};
use cadregraph::graph::KnowledgeGraph;
use cadregraph::ingest::{Event, IngestOptions};
use cadregraph::lexicon::Lexicon;
use cadregraph::model::GraphDocument;
use cadregraph::query::{self, Request};
use cadregraph::store::Store;
use cadregraph::text::ingest::collect_paths;
use cadregraph::{eval, Error};
use cli::{Cli, Command, Format, IngestArgs, JsonFlag};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        // A closed pipe (`cadregraph export | head`) is the reader's choice, not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cadregraph: {err:#}");
            let no_result = matches!(
                err.downcast_ref::<Error>(),
                Some(Error::NotFound { .. } | Error::Ambiguous { .. })
            );
            ExitCode::from(if no_result { 1 } else { 2 })
        }
    }
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
            let store = open_existing(&cli.db)?;
            let graph = match &args.focus {
                Some(entity) => {
                    let depth = args.depth.unwrap_or(1);
                    // The focus's neighbourhood alone, unless the index cannot find it.
                    let part = cadregraph::subgraph::for_focus(&store, entity, depth)?;
                    let kg = KnowledgeGraph::from_document(match part {
                        Some(part) => part,
                        None => store.graph()?,
                    });
                    cadregraph::query::focus(&kg, entity, depth)?
                }
                None => store.graph()?,
            };
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
            let stats = open_existing(&cli.db)?.stats()?;
            print(output, &stats, || stats.render_text())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(args) => {
            let graph = open_existing(&cli.db)?.graph()?;
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

/// Runs a query over the part of the graph it needs (the whole graph when the
/// name index cannot tell); exit code 1 when it finds nothing.
fn ask(cli: &Cli, output: &JsonFlag, request: Request) -> anyhow::Result<ExitCode> {
    let store = open_existing(&cli.db)?;
    let graph =
        KnowledgeGraph::from_document(match cadregraph::subgraph::for_request(&store, &request)? {
            Some(part) => part,
            None => store.graph()?,
        });
    let answer = query::answer(&graph, &request)?;
    print(output, &answer, || answer.render_text())?;
    Ok(if answer.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// How often a non-terminal stderr gets a progress line.
const PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// `cadregraph ingest`: streaming, batched, parallel (see `cadregraph::ingest`).
/// Progress is a bar on a terminal, a line every few seconds otherwise, nothing
/// with `--quiet`.
fn ingest(cli: &Cli, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut store = open_store(&cli.db)?;
    let reader = open_store(&cli.db)?;
    let (files, errors) = collect_paths(&args.paths);
    let n_files = files.len() as u64;
    let tty = std::io::stderr().is_terminal();
    let progress = if cli.quiet || !tty {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::new(n_files);
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:40} {pos}/{len} articles, {per_sec}, ETA {eta} {msg}",
        ) {
            bar.set_style(style);
        }
        bar
    };
    let mut skipped = 0u64;
    for err in &errors {
        skipped += 1;
        let (path, why) = match err {
            Error::Io { path, source } => (path.as_path(), source.to_string()),
            other => (Path::new(""), other.to_string()),
        };
        progress.suspend(|| eprintln!("cadregraph: skipped {}: {why}", path.display()));
    }
    let options = IngestOptions {
        threads: args.threads.unwrap_or(0),
        ..IngestOptions::default()
    };
    let (mut done, mut last_line) = (0u64, Instant::now());
    let summary = cadregraph::ingest::ingest(
        &mut store,
        reader,
        &files,
        Lexicon::builtin(),
        options,
        &mut |event| match event {
            Event::Skipped { path, reason } => {
                progress.suspend(|| eprintln!("cadregraph: skipped {}: {reason}", path.display()))
            }
            Event::Saved { files, .. } => {
                done += files;
                progress.inc(files);
                if !cli.quiet && !tty && last_line.elapsed() >= PROGRESS_EVERY {
                    last_line = Instant::now();
                    let secs = started.elapsed().as_secs_f64();
                    let rate = done as f64 / secs.max(1e-9);
                    let eta = n_files.saturating_sub(done) as f64 / rate.max(1e-9);
                    eprintln!(
                        "cadregraph: ingest {done}/{n_files} articles, {rate:.0}/s, ETA {eta:.0}s"
                    );
                }
            }
        },
    )
    .with_context(|| format!("saving articles to {}", cli.db.display()))?;
    progress.finish_and_clear();
    skipped += summary.skipped;
    if let Some(path) = &args.dot {
        write_dot(&store.graph()?, path)?;
    }
    if !cli.quiet {
        let s = &summary.stats;
        let secs = started.elapsed().as_secs_f64();
        let mut stdout = std::io::stdout().lock();
        writeln!(
            stdout,
            "{} articles read: {} new, {} changed, {} unchanged; {} skipped",
            summary.read, s.new, s.changed, s.unchanged, skipped
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
        writeln!(
            stdout,
            "{:.1} MB of text, {:.1} MB/s, {:.0} articles/s",
            summary.bytes as f64 / 1e6,
            summary.bytes as f64 / 1e6 / secs.max(1e-9),
            summary.read as f64 / secs.max(1e-9)
        )?;
    }
    Ok(if skipped > 0 {
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
