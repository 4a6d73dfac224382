//! Linux/X11 capture over one pure-Rust connection (x11rb): RandR 1.5 monitors, MIT-SHM grabs
//! of the selected monitor's rectangle of the root window, XDamage so that an unchanged screen
//! costs one non-blocking read, XFixes for the cursor.
//!
//! Damage is tracked at the `NonEmpty` level: the server sends one event when the damaged
//! region stops being empty, and the capturer then takes (subtracts) the region and asks for
//! its rectangles. However busy the screen, that is at most one event and one round trip per
//! frame, and nothing at all while the screen is still.

mod pixels;
mod shm;

use std::collections::HashMap;

use assist_protocol::input::Monitor;
use x11rb::connection::{Connection, RequestConnection};
use x11rb::errors::ReplyError;
use x11rb::protocol::Event;
use x11rb::protocol::damage::{self, ConnectionExt as _};
use x11rb::protocol::randr::{self, ConnectionExt as _};
use x11rb::protocol::shm::ConnectionExt as _;
use x11rb::protocol::xfixes::{self, ConnectionExt as _};
use x11rb::protocol::xproto::{self, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;

use self::pixels::PixelFormat;
use self::shm::Segment;
use super::{CaptureError, Capturer, CursorImage, CursorPosition, Frame};
use crate::input::MonitorArea;

/// The id of the single monitor reported when RandR 1.5 is missing: the whole root window.
const WHOLE_SCREEN: u32 = 0;

/// Captures an X11 display. See the module documentation.
pub struct X11Capturer {
    conn: RustConnection,
    root: xproto::Window,
    format: PixelFormat,
    /// Whether RandR 1.5 monitors are available.
    randr: bool,
    monitors: Vec<Output>,
    atom_names: HashMap<xproto::Atom, String>,
    selected: Output,
    grabber: Grabber,
    damage: damage::Damage,
    /// Receives the damaged region when the capturer takes it.
    parts: xfixes::Region,
    /// The next `next_frame` must return a frame: the selected monitor was damaged since the
    /// last one, selected, moved or resized.
    due: bool,
    frame: Frame,
    cursor_changed: bool,
    cursor_serial: Option<u32>,
    cursor_rgba: Vec<u8>,
}

/// A monitor as the capturer knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Output {
    /// The name atom under RandR (stable while the session lasts), else [`WHOLE_SCREEN`].
    id: u32,
    name: String,
    area: MonitorArea,
    primary: bool,
}

/// How pixels travel from the server.
#[derive(Debug)]
enum Grabber {
    /// Through a shared-memory segment, made on first use and remade when the size changes.
    Shm(Option<Segment>),
    /// Through the socket (MIT-SHM missing, or no descriptor passing: a remote display).
    Plain,
}

/// Why one grab failed.
enum GrabError {
    /// MIT-SHM does not work here: capture through the socket from now on.
    NoShm(String),
    /// The server refused the request (an X error): the screen may have changed under us.
    Refused(String),
    /// The connection is broken.
    Failed(String),
}

impl From<ReplyError> for GrabError {
    fn from(err: ReplyError) -> Self {
        match err {
            ReplyError::X11Error(err) => Self::Refused(format!("{err:?}")),
            ReplyError::ConnectionError(err) => Self::Failed(err.to_string()),
        }
    }
}

impl From<x11rb::errors::ConnectionError> for GrabError {
    fn from(err: x11rb::errors::ConnectionError) -> Self {
        Self::Failed(err.to_string())
    }
}

fn failed(err: impl std::fmt::Display) -> CaptureError {
    CaptureError::Connection(err.to_string())
}

impl std::fmt::Debug for X11Capturer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("X11Capturer")
            .field("root", &self.root)
            .field("format", &self.format)
            .field("randr", &self.randr)
            .field("monitors", &self.monitors)
            .field("selected", &self.selected)
            .field("grabber", &self.grabber)
            .finish_non_exhaustive()
    }
}

impl X11Capturer {
    /// Connects to `display` (`None`: `$DISPLAY`) and selects the primary monitor (or the first).
    pub fn open(display: Option<&str>) -> Result<Self, CaptureError> {
        let (conn, screen_num) = RustConnection::connect(display)
            .map_err(|err| CaptureError::NoDisplay(err.to_string()))?;
        let screen = &conn.setup().roots[screen_num];
        let root = screen.root;
        let format = pixel_format(conn.setup(), screen)?;

        if !has_extension(&conn, xfixes::X11_EXTENSION_NAME)? {
            return Err(CaptureError::Unsupported("XFixes"));
        }
        let version = conn
            .xfixes_query_version(5, 0)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        if version.major_version < 2 {
            return Err(CaptureError::Unsupported("XFixes 2.0"));
        }
        if !has_extension(&conn, damage::X11_EXTENSION_NAME)? {
            return Err(CaptureError::Unsupported("XDamage"));
        }
        conn.damage_query_version(1, 1)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;

        let randr = has_extension(&conn, randr::X11_EXTENSION_NAME)? && {
            let version = conn
                .randr_query_version(1, 5)
                .map_err(failed)?
                .reply()
                .map_err(failed)?;
            (version.major_version, version.minor_version) >= (1, 5)
        };
        if randr {
            conn.randr_select_input(
                root,
                randr::NotifyMask::SCREEN_CHANGE
                    | randr::NotifyMask::CRTC_CHANGE
                    | randr::NotifyMask::OUTPUT_CHANGE,
            )
            .map_err(failed)?;
        } else {
            tracing::info!("RandR 1.5 is missing: capturing the whole screen as one monitor");
        }
        // A resize without RandR still reaches the root window as a ConfigureNotify.
        conn.change_window_attributes(
            root,
            &xproto::ChangeWindowAttributesAux::new()
                .event_mask(xproto::EventMask::STRUCTURE_NOTIFY),
        )
        .map_err(failed)?;

        let grabber = if shm_usable(&conn)? {
            Grabber::Shm(None)
        } else {
            tracing::warn!("MIT-SHM 1.2 is missing: capturing through the socket (slower)");
            Grabber::Plain
        };

        let damage = conn.generate_id().map_err(failed)?;
        conn.damage_create(damage, root, damage::ReportLevel::NON_EMPTY)
            .map_err(failed)?;
        let parts = conn.generate_id().map_err(failed)?;
        conn.xfixes_create_region(parts, &[]).map_err(failed)?;
        conn.xfixes_select_cursor_input(root, xfixes::CursorNotifyMask::DISPLAY_CURSOR)
            .map_err(failed)?;

        let whole = Output {
            id: WHOLE_SCREEN,
            name: "screen".to_owned(),
            area: MonitorArea {
                x: 0,
                y: 0,
                width: u32::from(screen.width_in_pixels),
                height: u32::from(screen.height_in_pixels),
            },
            primary: true,
        };
        let mut capturer = Self {
            conn,
            root,
            format,
            randr,
            monitors: Vec::new(),
            atom_names: HashMap::new(),
            selected: whole,
            grabber,
            damage,
            parts,
            due: true,
            frame: Frame::default(),
            cursor_changed: true,
            cursor_serial: None,
            cursor_rgba: Vec::new(),
        };
        capturer.refresh_monitors()?;
        if let Some(primary) = capturer
            .monitors
            .iter()
            .find(|monitor| monitor.primary)
            .or_else(|| capturer.monitors.first())
        {
            capturer.selected = primary.clone();
        }
        capturer.conn.flush().map_err(failed)?;
        Ok(capturer)
    }

    /// Captures through the socket from now on, even where MIT-SHM works (to compare the two,
    /// or for a display whose MIT-SHM misbehaves).
    #[must_use]
    pub fn without_shm(mut self) -> Self {
        self.release_segment();
        self.grabber = Grabber::Plain;
        self
    }

    /// Whether grabs go through MIT-SHM (else through the socket: slower).
    #[must_use]
    pub fn uses_shm(&self) -> bool {
        matches!(self.grabber, Grabber::Shm(_))
    }

    /// Reads the monitors again and follows the selected one (its new place and size, or the
    /// primary monitor if it is gone).
    fn refresh_monitors(&mut self) -> Result<(), CaptureError> {
        let geometry = self
            .conn
            .get_geometry(self.root)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        let root = MonitorArea {
            x: 0,
            y: 0,
            width: u32::from(geometry.width),
            height: u32::from(geometry.height),
        };
        let mut monitors = Vec::new();
        if self.randr {
            let reply = self
                .conn
                .randr_get_monitors(self.root, true)
                .map_err(failed)?
                .reply()
                .map_err(failed)?;
            for info in reply.monitors {
                let area = MonitorArea {
                    x: i32::from(info.x),
                    y: i32::from(info.y),
                    width: u32::from(info.width),
                    height: u32::from(info.height),
                };
                let Some(area) = intersect(area, root) else {
                    continue;
                };
                monitors.push(Output {
                    id: info.name,
                    name: self.atom_name(info.name)?,
                    area,
                    primary: info.primary,
                });
            }
        }
        if monitors.is_empty() {
            monitors.push(Output {
                id: WHOLE_SCREEN,
                name: "screen".to_owned(),
                area: root,
                primary: true,
            });
        }
        let current = monitors
            .iter()
            .find(|monitor| monitor.id == self.selected.id)
            .or_else(|| {
                tracing::info!(monitor = %self.selected.name, "the monitor is gone: capturing the primary one");
                monitors.iter().find(|monitor| monitor.primary)
            })
            .unwrap_or(&monitors[0])
            .clone();
        if current.area != self.selected.area || current.id != self.selected.id {
            self.due = true;
        }
        self.selected = current;
        self.monitors = monitors;
        Ok(())
    }

    fn atom_name(&mut self, atom: xproto::Atom) -> Result<String, CaptureError> {
        if let Some(name) = self.atom_names.get(&atom) {
            return Ok(name.clone());
        }
        let reply = self
            .conn
            .get_atom_name(atom)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        let name = String::from_utf8_lossy(&reply.name).into_owned();
        self.atom_names.insert(atom, name.clone());
        Ok(name)
    }

    /// Handles whatever the server sent since the last call, without waiting.
    fn pump(&mut self) -> Result<(), CaptureError> {
        let mut damaged = false;
        let mut resized = false;
        while let Some(event) = self.conn.poll_for_event().map_err(failed)? {
            match event {
                Event::DamageNotify(_) => damaged = true,
                Event::RandrScreenChangeNotify(_) | Event::RandrNotify(_) => resized = true,
                Event::ConfigureNotify(event) if event.window == self.root => resized = true,
                Event::XfixesCursorNotify(_) => self.cursor_changed = true,
                Event::Error(err) => tracing::debug!(?err, "X error"),
                _ => {}
            }
        }
        if resized {
            self.refresh_monitors()?;
        }
        if damaged {
            // Take the damage (the next change raises a new event) and see whether any of it
            // lies on the selected monitor.
            self.conn
                .damage_subtract(self.damage, x11rb::NONE, self.parts)
                .map_err(failed)?;
            let region = self
                .conn
                .xfixes_fetch_region(self.parts)
                .map_err(failed)?
                .reply()
                .map_err(failed)?;
            let area = self.selected.area;
            if region.rectangles.iter().any(|rect| {
                let rect = MonitorArea {
                    x: i32::from(rect.x),
                    y: i32::from(rect.y),
                    width: u32::from(rect.width),
                    height: u32::from(rect.height),
                };
                intersect(rect, area).is_some()
            }) {
                self.due = true;
            }
        }
        Ok(())
    }

    /// Grabs the selected monitor into `self.frame`, falling back from MIT-SHM to the socket,
    /// and following a screen that changed under the request.
    fn grab(&mut self) -> Result<(), CaptureError> {
        let mut retried = false;
        loop {
            let area = self.selected.area;
            let result = match &mut self.grabber {
                Grabber::Shm(segment) => grab_shm(
                    &self.conn,
                    self.root,
                    area,
                    self.format,
                    segment,
                    &mut self.frame,
                ),
                Grabber::Plain => {
                    grab_plain(&self.conn, self.root, area, self.format, &mut self.frame)
                }
            };
            match result {
                Ok(()) => return Ok(()),
                Err(GrabError::NoShm(reason)) => {
                    tracing::warn!(%reason, "MIT-SHM does not work: capturing through the socket (slower)");
                    self.release_segment();
                    self.grabber = Grabber::Plain;
                }
                Err(GrabError::Refused(reason)) if !retried => {
                    tracing::debug!(%reason, "the grab was refused: reading the screen again");
                    retried = true;
                    self.refresh_monitors()?;
                }
                Err(GrabError::Refused(reason)) if matches!(self.grabber, Grabber::Shm(_)) => {
                    tracing::warn!(%reason, "MIT-SHM grabs are refused: capturing through the socket (slower)");
                    self.release_segment();
                    self.grabber = Grabber::Plain;
                }
                Err(GrabError::Refused(reason) | GrabError::Failed(reason)) => {
                    return Err(CaptureError::Connection(reason));
                }
            }
        }
    }

    fn release_segment(&mut self) {
        if let Grabber::Shm(segment) = &mut self.grabber
            && let Some(segment) = segment.take()
        {
            segment.release(&self.conn);
        }
    }
}

impl Capturer for X11Capturer {
    fn monitors(&mut self) -> Result<Vec<Monitor>, CaptureError> {
        self.pump()?;
        self.refresh_monitors()?;
        Ok(self
            .monitors
            .iter()
            .map(|monitor| Monitor {
                id: monitor.id,
                name: monitor.name.clone(),
                width: monitor.area.width,
                height: monitor.area.height,
                primary: monitor.primary,
            })
            .collect())
    }

    fn selected(&self) -> u32 {
        self.selected.id
    }

    fn selected_area(&self) -> MonitorArea {
        self.selected.area
    }

    fn select(&mut self, id: u32) -> Result<(), CaptureError> {
        if !self.monitors.iter().any(|monitor| monitor.id == id) {
            self.refresh_monitors()?;
        }
        let monitor = self
            .monitors
            .iter()
            .find(|monitor| monitor.id == id)
            .ok_or(CaptureError::NoSuchMonitor(id))?;
        self.selected = monitor.clone();
        self.due = true;
        Ok(())
    }

    fn next_frame(&mut self, force: bool) -> Result<Option<&Frame>, CaptureError> {
        self.pump()?;
        if !(force || self.due) {
            return Ok(None);
        }
        self.grab()?;
        self.due = false;
        Ok(Some(&self.frame))
    }

    fn cursor_position(&mut self) -> Result<CursorPosition, CaptureError> {
        let pointer = self
            .conn
            .query_pointer(self.root)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        let area = self.selected.area;
        let (x, y) = (
            i32::from(pointer.root_x) - area.x,
            i32::from(pointer.root_y) - area.y,
        );
        let inside =
            |offset: i32, size: u32| u32::try_from(offset).is_ok_and(|offset| offset < size);
        Ok(CursorPosition {
            x: fraction(x, area.width),
            y: fraction(y, area.height),
            visible: pointer.same_screen && inside(x, area.width) && inside(y, area.height),
        })
    }

    fn cursor_image(&mut self) -> Result<Option<CursorImage>, CaptureError> {
        self.pump()?;
        if !self.cursor_changed {
            return Ok(None);
        }
        self.cursor_changed = false;
        let image = self
            .conn
            .xfixes_get_cursor_image()
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        if self.cursor_serial == Some(image.cursor_serial) {
            return Ok(None);
        }
        self.cursor_serial = Some(image.cursor_serial);
        pixels::cursor_to_rgba(&image.cursor_image, &mut self.cursor_rgba);
        Ok(Some(CursorImage {
            width: u32::from(image.width),
            height: u32::from(image.height),
            hot_x: u32::from(image.xhot),
            hot_y: u32::from(image.yhot),
            rgba: self.cursor_rgba.clone(),
            serial: image.cursor_serial,
        }))
    }
}

/// Grabs through the shared segment, (re)making it for the area's size.
fn grab_shm(
    conn: &RustConnection,
    root: xproto::Window,
    area: MonitorArea,
    format: PixelFormat,
    segment: &mut Option<Segment>,
    frame: &mut Frame,
) -> Result<(), GrabError> {
    let (x, y, width, height) = request_rect(area)?;
    let len = area.width as usize * area.height as usize * 4;
    if segment.as_ref().is_some_and(|segment| segment.len() != len)
        && let Some(old) = segment.take()
    {
        old.release(conn);
    }
    let segment = match segment {
        Some(segment) => segment,
        None => segment
            .insert(Segment::create(conn, len).map_err(|err| GrabError::NoShm(err.to_string()))?),
    };
    let reply = conn
        .shm_get_image(
            root,
            x,
            y,
            width,
            height,
            !0,
            xproto::ImageFormat::Z_PIXMAP.into(),
            segment.id(),
            0,
        )?
        .reply()?;
    let written = usize::try_from(reply.size).unwrap_or(usize::MAX);
    if written < len {
        return Err(GrabError::NoShm(format!(
            "the server wrote {written} of {len} bytes"
        )));
    }
    fill(frame, area, format, &segment.bytes()[..len]);
    Ok(())
}

/// Grabs through the socket.
fn grab_plain(
    conn: &RustConnection,
    root: xproto::Window,
    area: MonitorArea,
    format: PixelFormat,
    frame: &mut Frame,
) -> Result<(), GrabError> {
    let (x, y, width, height) = request_rect(area)?;
    let len = area.width as usize * area.height as usize * 4;
    let reply = conn
        .get_image(xproto::ImageFormat::Z_PIXMAP, root, x, y, width, height, !0)?
        .reply()?;
    if reply.data.len() < len {
        return Err(GrabError::Failed(format!(
            "the server sent {} of {len} bytes",
            reply.data.len()
        )));
    }
    fill(frame, area, format, &reply.data[..len]);
    Ok(())
}

/// The area in the types X requests take.
fn request_rect(area: MonitorArea) -> Result<(i16, i16, u16, u16), GrabError> {
    let too_large = || GrabError::Refused(format!("{area:?} does not fit an X request"));
    Ok((
        i16::try_from(area.x).map_err(|_| too_large())?,
        i16::try_from(area.y).map_err(|_| too_large())?,
        u16::try_from(area.width).map_err(|_| too_large())?,
        u16::try_from(area.height).map_err(|_| too_large())?,
    ))
}

/// Converts a grab into the reused frame buffer (no allocation unless the size grew).
fn fill(frame: &mut Frame, area: MonitorArea, format: PixelFormat, pixels: &[u8]) {
    frame.width = area.width;
    frame.height = area.height;
    frame.stride = area.width as usize * 4;
    frame.data.resize(pixels.len(), 0);
    pixels::to_bgra(format, pixels, &mut frame.data);
}

/// A pixel offset as a fraction of a size, as the injector scales back (`offset / (size-1)`).
fn fraction(offset: i32, size: u32) -> f64 {
    if size <= 1 {
        return 0.0;
    }
    (f64::from(offset) / f64::from(size - 1)).clamp(0.0, 1.0)
}

/// The overlap of two rectangles, if they overlap.
fn intersect(a: MonitorArea, b: MonitorArea) -> Option<MonitorArea> {
    let right = |r: MonitorArea| i64::from(r.x) + i64::from(r.width);
    let bottom = |r: MonitorArea| i64::from(r.y) + i64::from(r.height);
    let x = a.x.max(b.x);
    let y = a.y.max(b.y);
    let width = right(a).min(right(b)) - i64::from(x);
    let height = bottom(a).min(bottom(b)) - i64::from(y);
    if width <= 0 || height <= 0 {
        return None;
    }
    Some(MonitorArea {
        x,
        y,
        width: u32::try_from(width).ok()?,
        height: u32::try_from(height).ok()?,
    })
}

fn has_extension(conn: &RustConnection, name: &'static str) -> Result<bool, CaptureError> {
    Ok(conn.extension_information(name).map_err(failed)?.is_some())
}

/// Whether the server can make shared segments for us (MIT-SHM 1.2, `ShmCreateSegment`).
fn shm_usable(conn: &RustConnection) -> Result<bool, CaptureError> {
    if !has_extension(conn, x11rb::protocol::shm::X11_EXTENSION_NAME)? {
        return Ok(false);
    }
    let version = conn
        .shm_query_version()
        .map_err(failed)?
        .reply()
        .map_err(failed)?;
    Ok((version.major_version, version.minor_version) >= (1, 2))
}

/// The root window's pixel layout, if capture understands it (32 bits a pixel, TrueColor with
/// 8-bit channels: every depth-24 and depth-32 server today).
fn pixel_format(
    setup: &xproto::Setup,
    screen: &xproto::Screen,
) -> Result<PixelFormat, CaptureError> {
    const UNSUPPORTED: CaptureError =
        CaptureError::Unsupported("this pixel format (24-bit TrueColor needed)");
    let (depth, visual) = screen
        .allowed_depths
        .iter()
        .find_map(|depth| {
            depth
                .visuals
                .iter()
                .find(|visual| visual.visual_id == screen.root_visual)
                .map(|visual| (depth.depth, visual))
        })
        .ok_or(UNSUPPORTED)?;
    let bits_per_pixel = setup
        .pixmap_formats
        .iter()
        .find(|format| format.depth == depth)
        .map(|format| format.bits_per_pixel);
    let true_colour = matches!(
        visual.class,
        xproto::VisualClass::TRUE_COLOR | xproto::VisualClass::DIRECT_COLOR
    );
    if bits_per_pixel != Some(32) || !true_colour {
        return Err(UNSUPPORTED);
    }
    PixelFormat::new(
        visual.red_mask,
        visual.green_mask,
        visual.blue_mask,
        setup.image_byte_order == xproto::ImageOrder::MSB_FIRST,
    )
    .ok_or(UNSUPPORTED)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(x: i32, y: i32, width: u32, height: u32) -> MonitorArea {
        MonitorArea {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn rectangles_intersect() {
        assert_eq!(
            intersect(area(0, 0, 10, 10), area(5, 5, 10, 10)),
            Some(area(5, 5, 5, 5))
        );
        assert_eq!(intersect(area(0, 0, 10, 10), area(10, 0, 10, 10)), None);
        assert_eq!(
            intersect(area(-5, 0, 10, 10), area(0, 0, 100, 100)),
            Some(area(0, 0, 5, 10))
        );
    }

    #[test]
    fn fractions_match_the_injectors_scaling() {
        assert!((fraction(0, 1280) - 0.0).abs() < f64::EPSILON);
        assert!((fraction(1279, 1280) - 1.0).abs() < f64::EPSILON);
        assert!((fraction(-3, 1280) - 0.0).abs() < f64::EPSILON);
        assert!((fraction(5, 1) - 0.0).abs() < f64::EPSILON);
    }
}
