//! The MIT-SHM segment that grabs land in. The X server allocates it (`ShmCreateSegment`) and
//! hands over a file descriptor, which is mapped here: no System V IPC, and no copy through the
//! socket.

use std::fs::File;

use memmap2::{Mmap, MmapOptions};
use x11rb::connection::Connection;
use x11rb::protocol::shm;
use x11rb::rust_connection::RustConnection;

/// A segment shared with the X server, mapped read-only on this side.
#[derive(Debug)]
pub(super) struct Segment {
    seg: shm::Seg,
    map: Mmap,
}

/// Why a segment could not be made: the caller then captures without MIT-SHM.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(super) struct SegmentError(String);

impl Segment {
    /// Asks the server for a segment of `len` bytes and maps it.
    pub fn create(conn: &RustConnection, len: usize) -> Result<Self, SegmentError> {
        let size =
            u32::try_from(len).map_err(|_| SegmentError(format!("{len} bytes is too large")))?;
        let seg = conn
            .generate_id()
            .map_err(|err| SegmentError(err.to_string()))?;
        let reply = shm::create_segment(conn, seg, size, false)
            .map_err(|err| SegmentError(err.to_string()))?
            .reply()
            .map_err(|err| SegmentError(err.to_string()))?;
        let file = File::from(reply.shm_fd);
        match map(&file, len) {
            Ok(map) => Ok(Self { seg, map }),
            Err(err) => {
                // The server keeps the segment until it is detached.
                let _ = shm::detach(conn, seg);
                Err(SegmentError(format!("mapping the segment: {err}")))
            }
        }
    }

    /// The segment's id, for `ShmGetImage`.
    pub fn id(&self) -> shm::Seg {
        self.seg
    }

    /// Its size in bytes.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// What the server last wrote into it.
    pub fn bytes(&self) -> &[u8] {
        &self.map
    }

    /// Tells the server to let go of the segment (the mapping goes with `self`).
    pub fn release(self, conn: &RustConnection) {
        if let Err(err) = shm::detach(conn, self.seg) {
            tracing::debug!(%err, "detaching the MIT-SHM segment");
        }
    }
}

/// Maps the segment the server created for this connection.
#[allow(unsafe_code)]
fn map(file: &File, len: usize) -> std::io::Result<Mmap> {
    // SAFETY: `Mmap` is unsound only if the file is truncated or the memory changes while a
    // reference into it is alive. The X server created this segment for this connection alone
    // (the descriptor is shared with no other process) and never resizes it; it writes into it
    // only while it handles a ShmGetImage request from this connection, and the capturer reads
    // the bytes only after that request's reply arrived and before it sends the next request
    // (`bytes()` borrows the segment, and the next grab needs `&mut` on the capturer).
    unsafe { MmapOptions::new().len(len).map(file) }
}
