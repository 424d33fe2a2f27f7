//! Streaming ingest: article files to the store, in bounded batches.
//!
//! Files are taken in batches of [`IngestOptions::batch_size`]. A producer thread
//! reads each batch in parallel (rayon), drops the articles whose content hash is
//! already stored (without extracting them), extracts the rest in parallel, and
//! hands the batch's records to this thread, the one writer, which saves it in one
//! transaction while the producer works on the next batch. At most three batches
//! are in memory at once (one being saved, one waiting in the channel, one being
//! built), whatever the corpus size, and the database sees the batches
//! in file order, so its content does not depend on the number of threads.
//!
//! This module owns the orchestration only: reading is `text::ingest`, extraction
//! `pipeline::process`, writing `store`. It prints nothing; the caller learns of
//! progress and skipped files through [`Event`]s.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use rayon::prelude::*;

use crate::lexicon::Lexicon;
use crate::pipeline::{self, ArticleRecord};
use crate::store::{BatchStats, Prepared, Store};
use crate::{Error, Result};

/// Articles per batch by default. Larger batches write each index page
/// touched by many articles to the log fewer times, and hold more in memory:
/// up to three batches are. At 100,000 generated articles on 2 cores: 1,024
/// took 80 s (peak RSS 708 MB), 2,048 66–68 s (750 MB), 3,072 64 s (805–826 MB),
/// 4,096 69 s (859 MB).
pub const DEFAULT_BATCH_SIZE: usize = 3072;

/// How an ingest runs.
#[derive(Clone, Copy, Debug)]
pub struct IngestOptions {
    /// Articles per batch, and per transaction: bounds memory while keeping
    /// commits few.
    pub batch_size: usize,
    /// Worker threads for reading and extraction; 0 means one per core.
    pub threads: usize,
    /// Files larger than this many bytes are skipped, measured before reading.
    pub max_file_size: u64,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            batch_size: DEFAULT_BATCH_SIZE,
            threads: 0,
            max_file_size: crate::text::ingest::DEFAULT_MAX_BYTES,
        }
    }
}

/// Why a file was skipped.
#[derive(Debug)]
pub enum Skip<'a> {
    /// It could not be read as an article (IO, size, encoding, not a text).
    Unreadable(&'a Error),
    /// An earlier input has the same file name; sources cite articles by file
    /// name, so the two would mix.
    SameName {
        /// The earlier input.
        first: &'a Path,
    },
}

/// Why an ingest stopped: a database failure, at a hash look-up or a save.
/// The batches saved before it stay saved.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Looking up the stored hash of an article failed.
    #[error("looking up {doc}")]
    Lookup {
        /// The article's file name.
        doc: String,
        /// The store's error.
        #[source]
        source: Error,
    },
    /// Saving a batch failed (its transaction rolled back).
    #[error("saving articles")]
    Save(#[source] Error),
}

/// What the caller is told while an ingest runs.
#[derive(Debug)]
pub enum Event<'a> {
    /// A file could not be ingested; the run goes on.
    Skipped {
        /// The file.
        path: &'a Path,
        /// Why.
        why: Skip<'a>,
    },
    /// Every batch is saved, and the indexes a fresh ingest deferred are being
    /// built (seconds at 100,000 articles); sent only when there are some.
    Indexing,
    /// A batch was saved: `files` more files are done (ingested, unchanged or skipped).
    Saved {
        /// Files finished by this batch.
        files: u64,
        /// Bytes of article text read in this batch.
        bytes: u64,
    },
}

/// What an ingest run did.
#[derive(Clone, Copy, Debug, Default)]
pub struct IngestSummary {
    /// Files read successfully.
    pub read: u64,
    /// Files reported and skipped.
    pub skipped: u64,
    /// Bytes of article text read.
    pub bytes: u64,
    /// What the store did.
    pub stats: BatchStats,
}

/// A skipped file, as the producer hands it over.
enum Skipped {
    Unreadable(Error),
    SameName(PathBuf),
}

/// One batch on its way from the producer to the writer.
struct Batch {
    records: Vec<ArticleRecord>,
    /// `Prepared::of` each record, computed on the pool: the writer is the bound.
    prepared: Vec<Prepared>,
    skipped: Vec<(PathBuf, Skipped)>,
    read: u64,
    unchanged: u64,
    bytes: u64,
    files: u64,
}

/// Ingests `files` (in this order) into `store`; `reader`, a second connection
/// to the same database, serves the producer's hash look-ups.
///
/// Errors are the store's (a failed transaction ends the run; the batches
/// saved before it stay saved). Unreadable files are [`Event::Skipped`], not errors.
/// A pool that cannot start is [`IngestError::Save`] of an [`Error::Query`].
pub fn ingest(
    store: &mut Store,
    reader: Store,
    files: &[PathBuf],
    lexicon: &Lexicon,
    options: IngestOptions,
    on_event: &mut dyn FnMut(Event<'_>),
) -> Result<IngestSummary, IngestError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .start_handler(|_| yield_to_writer())
        .build()
        .map_err(|e| {
            IngestError::Save(Error::Query(format!(
                "cannot start {} threads: {e}",
                options.threads
            )))
        })?;
    let batch_size = options.batch_size.max(1);
    let mut summary = IngestSummary::default();
    // One batch being saved, one in the channel and one being built: memory
    // stays bounded.
    let (sender, receiver) = mpsc::sync_channel::<Result<Batch, IngestError>>(1);
    let run = std::thread::scope(|scope| {
        scope.spawn(move || {
            // Sources cite articles by file name, so two inputs with one name would mix.
            let mut first_path: HashMap<String, PathBuf> = HashMap::new();
            for chunk in files.chunks(batch_size) {
                let batch = produce(&pool, chunk, &reader, lexicon, options, &mut first_path);
                let failed = batch.is_err();
                if sender.send(batch).is_err() || failed {
                    // The writer stopped (an error): no use going on.
                    return;
                }
            }
        });
        for batch in receiver {
            let batch = batch?;
            for (path, skipped) in &batch.skipped {
                let why = match skipped {
                    Skipped::Unreadable(err) => Skip::Unreadable(err),
                    Skipped::SameName(first) => Skip::SameName { first },
                };
                on_event(Event::Skipped { path, why });
            }
            summary.skipped += batch.skipped.len() as u64;
            summary.read += batch.read;
            summary.bytes += batch.bytes;
            summary.stats.unchanged += batch.unchanged;
            summary.stats += store
                .save_prepared(&batch.records, &batch.prepared)
                .map_err(IngestError::Save)?;
            on_event(Event::Saved {
                files: batch.files,
                bytes: batch.bytes,
            });
        }
        Ok(summary)
    });
    // The indexes a fresh ingest deferred are built whether it ended well or
    // not: the batches saved stay saved.
    if store.has_deferred_indexes() {
        on_event(Event::Indexing);
    }
    let finished = store.finish_bulk().map_err(IngestError::Save);
    let summary = run?;
    finished?;
    Ok(summary)
}

/// Reads, filters and extracts one batch: reading and extraction on the pool,
/// hash look-ups on this thread (a connection is not shared between threads).
fn produce(
    pool: &rayon::ThreadPool,
    chunk: &[PathBuf],
    reader: &Store,
    lexicon: &Lexicon,
    options: IngestOptions,
    first_path: &mut HashMap<String, PathBuf>,
) -> Result<Batch, IngestError> {
    let read: Vec<(&PathBuf, Result<crate::text::ingest::Article>)> = pool.install(|| {
        chunk
            .par_iter()
            .map(|path| {
                let article =
                    crate::text::ingest::read_article_limited(path, options.max_file_size);
                (path, article)
            })
            .collect()
    });
    let mut batch = Batch {
        records: Vec::new(),
        prepared: Vec::new(),
        skipped: Vec::new(),
        read: 0,
        unchanged: 0,
        bytes: 0,
        files: chunk.len() as u64,
    };
    let mut todo = Vec::with_capacity(read.len());
    for (path, article) in read {
        let article = match article {
            Ok(article) => article,
            Err(err) => {
                batch.skipped.push((path.clone(), Skipped::Unreadable(err)));
                continue;
            }
        };
        if let Some(first) = first_path.get(&article.doc) {
            batch
                .skipped
                .push((path.clone(), Skipped::SameName(first.clone())));
            continue;
        }
        first_path.insert(article.doc.clone(), path.clone());
        batch.read += 1;
        batch.bytes += article.text.len() as u64;
        let stored = reader
            .article_hash(&article.doc)
            .map_err(|source| IngestError::Lookup {
                doc: article.doc.clone(),
                source,
            })?;
        if stored.as_deref() == Some(article.hash.as_str()) {
            batch.unchanged += 1;
        } else {
            todo.push(article);
        }
    }
    (batch.records, batch.prepared) = pool.install(|| {
        todo.par_iter()
            .map(|article| {
                let record = pipeline::process(article, lexicon);
                let prepared = Prepared::of(&record);
                (record, prepared)
            })
            .unzip()
    });
    Ok(batch)
}

/// The nice value of extraction threads, above the writer's (0).
const EXTRACTION_NICE: i32 = 5;

/// Lowers the calling (extraction) thread's scheduling priority. The writer is
/// the bound of an ingest: with more runnable threads than cores, equal
/// priorities gave it about two thirds of a core; this way it keeps one, and
/// the extraction threads share what is left (100,000 generated articles on 2
/// cores: see README, "Performance"). A no-op where threads have no nice value
/// of their own.
fn yield_to_writer() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid and setpriority take plain integers and touch no
        // memory of ours; on Linux a thread id names that thread alone. A
        // failure (ignored) leaves the thread at the writer's priority: slower,
        // not wrong.
        unsafe {
            let tid = libc::syscall(libc::SYS_gettid);
            libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, EXTRACTION_NICE);
        }
    }
}
