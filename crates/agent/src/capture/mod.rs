//! Screen capture behind one trait, so the media pipeline does not know the platform. Linux/X11
//! is `x11` (MIT-SHM, XDamage, RandR, XFixes); macOS would be ScreenCaptureKit (docs/MACOS.md).
//! `pattern` is a synthetic screen for tests and benchmarks.

use assist_protocol::input::Monitor;

use crate::input::MonitorArea;

pub mod pattern;
pub mod x11;

/// A rectangle in pixels of the selected monitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    /// From the left.
    pub x: u32,
    /// From the top.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// One captured picture of the selected monitor: BGRA, 4 bytes a pixel, rows `stride` apart.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Bytes from one row to the next.
    pub stride: usize,
    /// The pixels.
    pub data: Vec<u8>,
}

/// Where the cursor is on the selected monitor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CursorPosition {
    /// Fraction from the left (0.0 to 1.0); meaningless when not `visible`.
    pub x: f64,
    /// Fraction from the top.
    pub y: f64,
    /// Whether the cursor is on the selected monitor and shown.
    pub visible: bool,
}

/// The cursor's picture: RGBA, with its hot spot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CursorImage {
    /// Width in pixels (at most 64 is sent).
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Hot spot from the left.
    pub hot_x: u32,
    /// Hot spot from the top.
    pub hot_y: u32,
    /// RGBA pixels, row by row.
    pub rgba: Vec<u8>,
    /// Changes whenever the shape changes.
    pub serial: u32,
}

/// Why capture failed.
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    /// No display to capture (no `DISPLAY`, or it refused the connection).
    #[error("cannot open the display: {0}")]
    NoDisplay(String),
    /// The display lacks something capture needs.
    #[error("the display does not support {0}")]
    Unsupported(&'static str),
    /// The monitor asked for does not exist.
    #[error("there is no monitor {0}")]
    NoSuchMonitor(u32),
    /// The display connection failed mid-way.
    #[error("the display connection failed: {0}")]
    Connection(String),
}

/// A screen to capture. Implementations keep their own damage tracking, so that asking for a
/// frame of an unchanged screen costs almost nothing.
pub trait Capturer: Send {
    /// Every monitor, with stable ids.
    fn monitors(&mut self) -> Result<Vec<Monitor>, CaptureError>;
    /// The monitor being captured.
    fn selected(&self) -> u32;
    /// Where the selected monitor lies on the desktop (what the injector scales to).
    fn selected_area(&self) -> MonitorArea;
    /// Captures this monitor from now on; the next `next_frame` returns a full frame.
    fn select(&mut self, id: u32) -> Result<(), CaptureError>;
    /// The selected monitor's picture if anything on it changed since the last frame (or
    /// since `select`), else `None`. `force` returns a frame even if nothing changed.
    fn next_frame(&mut self, force: bool) -> Result<Option<&Frame>, CaptureError>;
    /// Where the cursor is now, relative to the selected monitor.
    fn cursor_position(&mut self) -> Result<CursorPosition, CaptureError>;
    /// The cursor's shape, if it changed since the last call.
    fn cursor_image(&mut self) -> Result<Option<CursorImage>, CaptureError>;
}
