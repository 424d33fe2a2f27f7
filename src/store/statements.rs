//! The prepared statements of one write transaction.
//!
//! The writer runs a few dozen statements, each thousands of times a batch.
//! rusqlite's `prepare_cached` finds a statement by hashing its whole SQL
//! text (SipHash) on every call and hashes it again to put it back: 8% of the
//! writer's instructions. Here a statement is prepared once per
//! transaction and found by the address and length of its `'static` SQL
//! text.

use rusqlite::{Connection, Statement};
use rustc_hash::FxHashMap;

use crate::Result;

/// Statements prepared on one connection, by SQL text. Dropped (finalized)
/// before the transaction they serve commits.
pub(super) struct Statements<'c> {
    conn: &'c Connection,
    prepared: FxHashMap<(usize, usize), Statement<'c>>,
}

impl<'c> Statements<'c> {
    /// No statements yet, on `conn`.
    pub(super) fn new(conn: &'c Connection) -> Self {
        Statements {
            conn,
            prepared: FxHashMap::default(),
        }
    }

    /// The statement of `sql`, prepared on first use. rusqlite resets a
    /// statement after each `execute` and when its rows are dropped, and every
    /// call binds all parameters, so a statement is ready for the next use.
    pub(super) fn get(&mut self, sql: &'static str) -> Result<&mut Statement<'c>> {
        let conn = self.conn;
        Ok(
            match self.prepared.entry((sql.as_ptr() as usize, sql.len())) {
                std::collections::hash_map::Entry::Occupied(found) => found.into_mut(),
                std::collections::hash_map::Entry::Vacant(slot) => slot.insert(conn.prepare(sql)?),
            },
        )
    }

    /// The connection, for what is run once a batch.
    pub(super) fn conn(&self) -> &'c Connection {
        self.conn
    }
}
