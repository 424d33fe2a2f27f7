//! SQLite's memory allocator: mimalloc instead of the C library's `malloc`.
//!
//! A query reads a few thousand scattered pages into SQLite's page cache,
//! each one a separate allocation. From the C library's heap, every page of
//! fresh memory was a page fault (a third of `search`'s time at 100,000
//! articles, 4,400 faults a run); mimalloc takes its memory from the system
//! in large segments that, where the process allows transparent huge pages,
//! come as 2 MiB pages: a few faults instead of thousands. It also serves the
//! rest of the process (the global allocator), so SQLite and Rust share one
//! heap.
//!
//! SQLite takes an allocator only before it initialises: [`install`] runs once,
//! before the first connection opens; if something else initialised SQLite
//! first (another library in the process), SQLite keeps its own allocator.

use std::os::raw::{c_int, c_void};
use std::sync::Once;

use rusqlite::ffi;

/// Routes SQLite's allocations to mimalloc, once per process; a no-op if
/// SQLite was initialised before (then it keeps its default allocator).
pub(super) fn install() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let methods = ffi::sqlite3_mem_methods {
            xMalloc: Some(malloc),
            xFree: Some(free),
            xRealloc: Some(realloc),
            xSize: Some(size),
            xRoundup: Some(roundup),
            xInit: Some(init),
            xShutdown: Some(shutdown),
            pAppData: std::ptr::null_mut(),
        };
        // SAFETY: SQLITE_CONFIG_MALLOC takes a pointer to a methods struct
        // that SQLite copies (so a local will do); the functions below keep its contract (8-byte
        // aligned blocks, sizes as allocated). SQLite refuses the call with
        // SQLITE_MISUSE once initialised, which leaves its allocator as it was.
        unsafe {
            ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &methods);
        }
    });
}

// The functions SQLite calls. mimalloc aligns every block to at least 8
// bytes, takes null in free and realloc, and knows each block's usable size.

unsafe extern "C" fn malloc(n: c_int) -> *mut c_void {
    // SAFETY: any size; SQLite never asks for a negative one.
    unsafe { libmimalloc_sys::mi_malloc(n.max(0) as usize) }
}

unsafe extern "C" fn free(p: *mut c_void) {
    // SAFETY: `p` came from `malloc` or `realloc` above.
    unsafe { libmimalloc_sys::mi_free(p) }
}

unsafe extern "C" fn realloc(p: *mut c_void, n: c_int) -> *mut c_void {
    // SAFETY: `p` came from `malloc` or `realloc` above.
    unsafe { libmimalloc_sys::mi_realloc(p, n.max(0) as usize) }
}

unsafe extern "C" fn size(p: *mut c_void) -> c_int {
    // SAFETY: `p` came from `malloc` or `realloc` above (or is null: 0).
    let n = unsafe { libmimalloc_sys::mi_usable_size(p) };
    c_int::try_from(n).unwrap_or(c_int::MAX)
}

unsafe extern "C" fn roundup(n: c_int) -> c_int {
    // Blocks are at least 8-byte multiples; SQLite asks before allocating.
    n.saturating_add(7) & !7
}

unsafe extern "C" fn init(_: *mut c_void) -> c_int {
    ffi::SQLITE_OK
}

unsafe extern "C" fn shutdown(_: *mut c_void) {}
