//! Criterion benchmarks of the pipeline's stages, in MB/s of article text:
//! clean + segment (`text::prepare`), extraction (`extract::extract`), resolution
//! (`resolve::resolve`) and the store's `save_batch` (in memory, a fresh
//! database per iteration).
//!
//! Input: the seeds and the held-out corpus, or the first 200 articles of
//! `$CADREGRAPH_BENCH_CORPUS` (a directory, e.g. `gen_corpus` output) when set.
//! Run with `cargo bench --bench stages`; `cargo test` does not run it.

use std::path::PathBuf;

/// mimalloc: extraction allocates many small strings, which it serves
/// several times faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

use cadregraph::lexicon::Lexicon;
use cadregraph::pipeline::{self, ArticleRecord};
use cadregraph::store::Store;
use cadregraph::text::ingest::{collect_paths, Article};

/// Articles read from generated corpora: enough for stable numbers, quick to load.
const MAX_GENERATED: usize = 200;

fn articles() -> Vec<Article> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let roots = match std::env::var_os("CADREGRAPH_BENCH_CORPUS") {
        Some(dir) => vec![PathBuf::from(dir)],
        None => vec![root.join("seeds"), root.join("tests/corpus")],
    };
    let (files, _) = collect_paths(&roots);
    files
        .iter()
        .take(MAX_GENERATED)
        .filter_map(|path| pipeline::read(path).ok())
        .collect()
}

fn stages(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let articles = articles();
    let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
    let docs: Vec<_> = articles
        .iter()
        .map(|a| cadregraph::text::prepare(a, lexicon))
        .collect();
    let mentions: Vec<_> = docs
        .iter()
        .map(|d| cadregraph::extract::extract(d, lexicon))
        .collect();
    let records: Vec<ArticleRecord> = articles
        .iter()
        .map(|a| pipeline::process(a, lexicon))
        .collect();

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("clean_segment", |b| {
        b.iter(|| {
            for article in &articles {
                std::hint::black_box(cadregraph::text::prepare(article, lexicon));
            }
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            for doc in &docs {
                std::hint::black_box(cadregraph::extract::extract(doc, lexicon));
            }
        })
    });
    group.bench_function("resolve", |b| {
        b.iter(|| {
            for (doc, found) in docs.iter().zip(&mentions) {
                std::hint::black_box(cadregraph::resolve::resolve(doc, found, lexicon));
            }
        })
    });
    group.bench_function("process_all", |b| {
        b.iter(|| {
            for article in &articles {
                std::hint::black_box(pipeline::process(article, lexicon));
            }
        })
    });
    group.bench_function("store_save_batch", |b| {
        b.iter_batched(
            || Store::open_in_memory().expect("in-memory database"),
            |mut store| {
                store.save_batch(&records).expect("save");
                store
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
