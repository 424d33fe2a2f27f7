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
use cadregraph::ingest::{Event, IngestError, IngestOptions, Skip};
use cadregraph::lexicon::Lexicon;
use cadregraph::model::GraphDocument;
use cadregraph::query::{self, select::Selection, Answer, Request, TraceWay};
use cadregraph::store::{BatchStats, Store};
use cadregraph::text::ingest::collect_paths;
use cadregraph::{eval, Error};
use cli::{Cli, Command, DrawArgs, ExportArgs, Format, IngestArgs, JsonFlag, Render};

/// mimalloc: extraction allocates many small strings, which it serves
/// several times faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Articles saved per transaction: bounds memory (texts and extractions of one
/// batch) while keeping commits few.
const BATCH_SIZE: usize = cadregraph::ingest::DEFAULT_BATCH_SIZE;

fn main() -> ExitCode {
    no_huge_pages();
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

/// Turns transparent huge pages off for this process. mimalloc hands freed
/// pages back to the kernel and faults them in again as its heaps shrink and
/// grow; where it asked for huge pages (it does by default), each such fault
/// zeroed 2 MiB. That zeroing was 9.5% of an ingest's perf samples (20,000
/// generated articles, 2 threads); without it the ingest's system time halves
/// and its peak RSS drops (README, "Performance"). A no-op off Linux, and a
/// failure (ignored) only keeps the kernel's default.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
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
        Command::Export(args) => export_graph(cli, args),
        Command::Stats(output) => {
            let stats = open_existing(&cli.db)?
                .stats()
                .with_context(|| reading(&cli.db))?;
            print(output, &stats, || stats.render_text())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(args) => {
            let graph = read_graph(&cli.db)?;
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
        Command::WhoChaired {
            meeting,
            limit,
            output,
        } => ask(
            cli,
            output,
            None,
            Request::WhoChaired {
                meeting: meeting.join(" "),
                limit: (*limit > 0).then_some(*limit),
            },
        ),
        Command::Meetings(args) => ask(
            cli,
            &args.output,
            None,
            Request::Meetings {
                chaired_by: args.chaired_by.clone(),
                attended_by: args.attended_by.clone(),
                organized_by: args.organized_by.clone(),
                discussed: args.discussed.clone(),
                from: args.from.clone(),
                to: args.to.clone(),
            },
        ),
        Command::Trace {
            doc,
            up,
            down,
            depth,
            limit,
            output,
            draw,
        } => ask(
            cli,
            output,
            Some(draw),
            Request::Trace {
                doc: doc.join(" "),
                depth: *depth,
                way: TraceWay::from_flags(*up, *down),
                limit: (*limit > 0).then_some(*limit),
            },
        ),
        Command::Show {
            entity,
            limit,
            output,
            draw,
        } => ask(
            cli,
            output,
            Some(draw),
            Request::Show {
                entity: entity.join(" "),
                limit: (*limit > 0).then_some(*limit),
            },
        ),
        Command::Holders { role, of, output } => ask(
            cli,
            output,
            None,
            Request::Holders {
                role: role.join(" "),
                of: of.clone(),
            },
        ),
        Command::Path {
            from,
            to,
            output,
            draw,
        } => ask(
            cli,
            output,
            Some(draw),
            Request::Path {
                from: from.clone(),
                to: to.clone(),
            },
        ),
        Command::Search { text, kind, output } => ask(
            cli,
            output,
            None,
            Request::Search {
                text: text.join(" "),
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

/// The context of an error reading the database at `db`.
fn reading(db: &Path) -> String {
    format!("reading database {}", db.display())
}

/// Loads the whole graph of a database that must exist; a failure names it.
fn read_graph(path: &Path) -> anyhow::Result<GraphDocument> {
    open_existing(path)?.graph().with_context(|| reading(path))
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

/// The whole graph of the database, with its articles' dates.
fn load_graph(db: &Path) -> anyhow::Result<KnowledgeGraph> {
    let store = open_existing(db)?;
    let graph = store.graph().with_context(|| reading(db))?;
    let dates = store.article_dates().with_context(|| reading(db))?;
    Ok(KnowledgeGraph::from_document(graph).with_article_dates(dates))
}

/// A subgraph read from `store`, with the dates of the articles it cites.
fn dated(store: &Store, part: Option<GraphDocument>) -> cadregraph::Result<Option<KnowledgeGraph>> {
    let Some(part) = part else {
        return Ok(None);
    };
    let dates = store.article_dates_for(&part)?;
    Ok(Some(
        KnowledgeGraph::from_document(part).with_article_dates(dates),
    ))
}

/// Runs a query over the whole graph and prints the answer as text, JSON or a
/// diagram; exit code 1 when it finds nothing.
fn ask(
    cli: &Cli,
    output: &JsonFlag,
    draw: Option<&DrawArgs>,
    request: Request,
) -> anyhow::Result<ExitCode> {
    // Only the part of the graph the question needs, when the name index can
    // tell (see `cadregraph::subgraph`); the whole graph otherwise.
    let store = open_existing(&cli.db)?;
    let context = || reading(&cli.db);
    let draw = draw.filter(|d| d.wanted());
    // A subgraph comes without most quotes: the answer reads those it shows
    // (text lists a few articles per fact, JSON all, a diagram none) in the
    // same snapshot, so they quote the texts the subgraph was read from.
    let part = store
        .snapshot(|store| {
            let Some(graph) = dated(store, cadregraph::subgraph::for_request(store, &request)?)?
            else {
                return Ok(None);
            };
            let mut answer = query::answer(&graph, &request);
            if let (Ok(answer), None) = (&mut answer, draw) {
                answer.quote(!output.json, |wanted| store.quotes(wanted))?;
            }
            Ok(Some((graph, answer)))
        })
        .with_context(context)?;
    let (graph, answer) = match part {
        Some((graph, answer)) => (graph, answer?),
        None => {
            let graph = load_graph(&cli.db)?;
            let answer = query::answer(&graph, &request)?;
            (graph, answer)
        }
    };
    match draw {
        Some(draw) => {
            let opts = diagram_options(&answer);
            let mut text = Vec::new();
            export::dot::write(&answer.subgraph(&graph), &opts, &mut text)?;
            emit_diagram(text, draw.render, draw.output.as_deref())?;
        }
        None => print(output, &answer, || answer.render_text())?,
    }
    Ok(if answer.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The title and layout of a query's diagram. Every diagram runs left to right:
/// long Vietnamese labels stack better in columns than side by side in rows.
fn diagram_options(answer: &Answer) -> DotOptions {
    let title = match answer {
        // A diagram has no room for "… N earlier": its title says what is left out.
        Answer::Trace(trace) => match trace.omitted() {
            0 => format!("trace of {}", trace.document.name),
            n => format!(
                "trace of {} (the newest per level; {n} earlier documents and meetings not drawn, --limit 0 draws all)",
                trace.document.name
            ),
        },
        Answer::Path(chain) => format!("{} → {}", chain.from.name, chain.to.name),
        Answer::Show(profile) => match profile.sections.iter().map(|s| s.more).sum::<usize>() {
            0 => profile.entity.name.clone(),
            n => format!(
                "{} (the most recently reported per kind; {n} earlier facts not drawn, --limit 0 draws all)",
                profile.entity.name
            ),
        },
        _ => String::new(),
    };
    DotOptions {
        title: (!title.is_empty()).then_some(title),
        left_to_right: true,
        ..DotOptions::default()
    }
}

/// `cadregraph export`: the selected part of the graph as JSON, DOT, or a
/// rendered diagram.
fn export_graph(cli: &Cli, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let selection = Selection {
        articles: args.article.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        kinds: args.kind.clone(),
        edge_kinds: args.edge_kind.clone(),
        focus: args.focus.clone(),
        depth: args.depth.unwrap_or(1),
        max_neighbours: (args.max_neighbours > 0).then_some(args.max_neighbours),
    };
    // A diagram draws no sources: a focused DOT export reads none.
    let graph = export_source(&cli.db, &selection, args.format == Format::Json)?;
    let (doc, left_out) = if selection.is_everything() {
        (graph.to_document(), 0)
    } else {
        query::select::select_counted(&graph, &selection)?
    };
    if left_out > 0 && !cli.quiet {
        eprintln!(
            "note: {left_out} neighbours left out: at most {} per entity, relation kind and direction (--max-neighbours 0 follows all)",
            args.max_neighbours
        );
    }
    if args.format == Format::Json {
        if args.render.is_some() {
            bail!("--render draws diagrams; use it with --format dot");
        }
        let out: Box<dyn Write> = match to_file(args.output.as_deref()) {
            Some(path) => Box::new(BufWriter::new(
                File::create(path).with_context(|| format!("creating {}", path.display()))?,
            )),
            None => Box::new(std::io::stdout().lock()),
        };
        export::json::write(&doc, out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let opts = DotOptions {
        // `select` resolved the focus already; this cannot fail differently.
        title: match &args.focus {
            Some(focus) => Some(format!(
                "{}: {} hop{} around",
                query::lookup::resolve(&graph, focus, &[])?.name,
                selection.depth,
                if selection.depth == 1 { "" } else { "s" }
            )),
            None => None,
        },
        left_to_right: true,
        ..DotOptions::default()
    };
    let mut text = Vec::new();
    export::dot::write(&doc, &opts, &mut text)?;
    emit_diagram(text, args.render, args.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

/// The graph an export selects from: for a plain `--focus` (no other filter),
/// only the neighbourhood it draws, read through the store's indexes (see
/// `cadregraph::subgraph::for_focus`); the whole graph otherwise.
fn export_source(
    db: &Path,
    selection: &Selection,
    sources: bool,
) -> anyhow::Result<KnowledgeGraph> {
    let plain_focus = Selection {
        focus: selection.focus.clone(),
        depth: selection.depth,
        max_neighbours: selection.max_neighbours,
        ..Selection::default()
    };
    if let (Some(focus), true) = (&selection.focus, *selection == plain_focus) {
        let store = open_existing(db)?;
        let context = || reading(db);
        let part = store
            .snapshot(|store| {
                let part = cadregraph::subgraph::for_focus(
                    store,
                    focus,
                    selection.depth,
                    selection.max_neighbours,
                    sources,
                )?;
                dated(store, part)
            })
            .with_context(context)?;
        if let Some(part) = part {
            return Ok(part);
        }
    }
    load_graph(db)
}

/// Writes DOT text, or the image Graphviz renders from it, to a file or stdout.
/// The file an `--output` names; `-` (or none) is standard output.
fn to_file(output: Option<&Path>) -> Option<&Path> {
    output.filter(|path| path.as_os_str() != "-")
}

fn emit_diagram(dot: Vec<u8>, render: Option<Render>, output: Option<&Path>) -> anyhow::Result<()> {
    let bytes = match render {
        None => dot,
        Some(format) => render_with_graphviz(&dot, format)?,
    };
    match to_file(output) {
        Some(path) => {
            std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&bytes)?;
            stdout.flush()?;
        }
    }
    Ok(())
}

/// Runs `dot -T<format>` over DOT text.
fn render_with_graphviz(dot: &[u8], format: Render) -> anyhow::Result<Vec<u8>> {
    use std::process::{Command as Process, Stdio};
    let child = Process::new("dot")
        .arg(format!("-T{}", format.as_str()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => bail!(
            "--render needs Graphviz's `dot`, which is not installed; install it \
             (`apt-get install graphviz` on Debian or Ubuntu, `brew install graphviz` on macOS) \
             or leave out --render to write DOT"
        ),
        Err(err) => return Err(anyhow::Error::new(err).context("running Graphviz `dot`")),
    };
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(dot)
            .context("sending DOT to Graphviz `dot`")?;
    }
    let output = child.wait_with_output().context("running Graphviz `dot`")?;
    if !output.status.success() {
        bail!(
            "Graphviz `dot` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(output.stdout)
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

/// `cadregraph ingest`: the library's pipelined ingest (`cadregraph::ingest`):
/// batches read and extracted in parallel while this thread saves the last
/// one, one transaction per batch; this function reports and summarises.
fn ingest(cli: &Cli, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut store = open_store(&cli.db)?;
    if store.is_read_only() {
        bail!(
            "database {} is read-only; cannot ingest into it",
            shown(&cli.db)
        );
    }
    store.for_bulk_writes()?;
    // A second connection serves the reading thread's hash look-ups.
    let mut reader = open_store(&cli.db)?;
    reader.for_bulk_writes()?;
    let (files, errors) = collect_paths(&args.paths);
    let terminal = std::io::stderr().is_terminal();
    let progress = if cli.quiet || !terminal {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} articles {msg}") {
            bar.set_style(style);
        }
        bar
    };
    // Without a terminal (a log), a plain line now and then instead of a bar.
    let mut log = (!cli.quiet && !terminal).then(|| ProgressLog::new(files.len() as u64));
    let mut summary = IngestSummary::default();
    for err in &errors {
        match err {
            Error::Io { path, .. } => skip(&mut summary, &progress, path, &reason(err)),
            other => skip(&mut summary, &progress, Path::new(""), &other.to_string()),
        }
    }
    let options = IngestOptions {
        batch_size: usize::try_from(args.batch_size).unwrap_or(BATCH_SIZE),
        threads: args.threads.map_or(0, |n| n.max(1)),
        max_file_size: args.max_file_size,
    };
    let mut on_event = |event: Event<'_>| match event {
        Event::Skipped { path, why } => {
            let why = match why {
                Skip::Unreadable(err) => reason(err),
                Skip::SameName { first } => format!(
                    "same file name as {}; articles are identified by file name",
                    shown(first)
                ),
            };
            skip(&mut summary, &progress, path, &why);
        }
        Event::Indexing => {
            progress.set_message("building indexes");
            if let Some(log) = &log {
                log.indexing();
            }
        }
        Event::Saved { files, bytes } => {
            progress.inc(files);
            if let Some(log) = &mut log {
                log.saved(files, bytes);
            }
        }
    };
    let run = cadregraph::ingest::ingest(
        &mut store,
        reader,
        &files,
        Lexicon::builtin(),
        options,
        &mut on_event,
    );
    let done =
        run.map_err(|err| match err {
            IngestError::Lookup { doc, source } => anyhow::Error::new(source)
                .context(format!("looking up {doc} in {}", cli.db.display())),
            IngestError::Save(source) => anyhow::Error::new(source)
                .context(format!("saving articles to {}", cli.db.display())),
        })?;
    summary.read = done.read;
    summary.stats = done.stats;
    progress.finish_and_clear();
    if let Some(path) = &args.dot {
        let graph = store.graph().with_context(|| reading(&cli.db))?;
        write_dot(&graph, path)?;
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

/// Progress as plain lines on standard error, at most one per
/// [`ProgressLog::EVERY`]: for logs, where a bar would be noise.
struct ProgressLog {
    total: u64,
    files: u64,
    bytes: u64,
    started: Instant,
    last: Instant,
}

impl ProgressLog {
    const EVERY: std::time::Duration = std::time::Duration::from_secs(10);

    fn new(total: u64) -> ProgressLog {
        let now = Instant::now();
        ProgressLog {
            total,
            files: 0,
            bytes: 0,
            started: now,
            last: now,
        }
    }

    /// Says the articles are saved and the indexes being built, in a run
    /// long enough to have logged its progress (a short one just ends).
    fn indexing(&self) {
        if self.started.elapsed() >= Self::EVERY {
            eprintln!("cadregraph: articles saved; building indexes");
        }
    }

    fn saved(&mut self, files: u64, bytes: u64) {
        self.files += files;
        self.bytes += bytes;
        if self.last.elapsed() < Self::EVERY {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        eprintln!(
            "cadregraph: {}/{} articles, {:.1} MB, {:.1} MB/s",
            self.files,
            self.total,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / secs
        );
    }
}

/// Writes the whole graph as DOT to a file.
fn write_dot(graph: &GraphDocument, path: &Path) -> anyhow::Result<()> {
    let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let opts = DotOptions {
        left_to_right: true,
        ..DotOptions::default()
    };
    export::dot::write(graph, &opts, BufWriter::new(file))
        .with_context(|| format!("writing {}", path.display()))
}
