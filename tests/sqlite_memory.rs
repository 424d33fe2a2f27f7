//! SQLite allocates from mimalloc once a store has opened (`store::memory`).
//! A test binary of its own: in a process where some other test opened a
//! plain connection first, SQLite would rightly keep its default allocator.

use cadregraph::store::Store;

#[test]
fn sqlite_allocates_from_mimalloc_once_a_store_opens() {
    let _store = Store::open_in_memory().unwrap();
    // SAFETY: a plain allocation from SQLite, freed by SQLite below; the
    // heap check only reads mimalloc's own bookkeeping.
    unsafe {
        let block = rusqlite::ffi::sqlite3_malloc(4096);
        assert!(!block.is_null());
        let ours = libmimalloc_sys::mi_is_in_heap_region(block);
        rusqlite::ffi::sqlite3_free(block);
        assert!(ours, "SQLite's page-sized blocks should come from mimalloc");
    }
}
