//! Input injection behind one trait. Linux/X11 is `x11` (XTest, keysym remapping for text);
//! macOS would be CGEvent (docs/MACOS.md). Only `session::control` calls an injector, and only
//! while the sharer's own agent has granted control.

use assist_protocol::input::PointerButton;

pub mod keymap;
pub mod x11;

/// The part of the X screen (or desktop) that the shared monitor covers, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonitorArea {
    /// Left edge on the whole desktop.
    pub x: i32,
    /// Top edge on the whole desktop.
    pub y: i32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// Why an injection failed.
#[derive(Debug, thiserror::Error)]
pub enum InjectError {
    /// No display to inject into.
    #[error("cannot open the display: {0}")]
    NoDisplay(String),
    /// The display lacks something injection needs.
    #[error("the display does not support {0}")]
    Unsupported(&'static str),
    /// A key code this keyboard has no key for.
    #[error("no key for {0}")]
    UnknownKey(String),
    /// The display connection failed mid-way.
    #[error("the display connection failed: {0}")]
    Connection(String),
}

/// Synthetic input into the sharer's desktop. Implementations remember what they pressed, so
/// that `release_all` can let go of exactly that.
pub trait Injector: Send {
    /// The monitor that pointer fractions refer to.
    fn set_area(&mut self, area: MonitorArea);
    /// Moves the pointer to fractions (0.0 to 1.0) of the area.
    fn pointer_move(&mut self, x: f64, y: f64) -> Result<(), InjectError>;
    /// Presses or releases a button (the pointer was moved first by the caller).
    fn button(&mut self, button: PointerButton, down: bool) -> Result<(), InjectError>;
    /// Turns the wheel by CSS pixels (positive: right and down).
    fn wheel(&mut self, dx: f64, dy: f64) -> Result<(), InjectError>;
    /// Presses or releases a physical key, named by `KeyboardEvent.code`.
    fn key(&mut self, code: &str, down: bool) -> Result<(), InjectError>;
    /// Types text, any script, whatever the sharer's keyboard layout.
    fn text(&mut self, text: &str) -> Result<(), InjectError>;
    /// Releases every key and button this injector holds down.
    fn release_all(&mut self) -> Result<(), InjectError>;
}
