//! A private Xvfb per test, and a plain X client that draws, watches and rearranges it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::randr::{self, ConnectionExt as _};
use x11rb::protocol::xproto::{self, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

/// An `Xvfb` on a display number it chose itself; killed when dropped, even on panic.
pub struct Xvfb {
    child: Child,
    /// `:N`.
    pub display: String,
}

impl Xvfb {
    /// Starts `Xvfb` with one `width`x`height` 24-bit screen and a black root window. `None`
    /// (after saying why) when `Xvfb` is not installed.
    pub fn start(width: u32, height: u32) -> Option<Self> {
        let spawned = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0"])
            .arg(format!("{width}x{height}x24"))
            // No TCP; no reset when the last client leaves (that would undo the test's setup);
            // a black root window instead of the grey weave.
            .args(["-nolisten", "tcp", "-noreset", "-br"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                eprintln!("skipped: Xvfb is not installed (apt-get install xvfb)");
                return None;
            }
            Err(err) => panic!("starting Xvfb: {err}"),
        };
        // With -displayfd, Xvfb writes its display number once it accepts connections.
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let mut xvfb = Self {
            child,
            display: String::new(),
        };
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("Xvfb did not start within 30 s");
        let number: u32 = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("Xvfb did not start (it said {line:?})"));
        xvfb.display = format!(":{number}");
        Some(xvfb)
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain X client: the "other applications" of the sharer's desktop.
pub struct Client {
    pub conn: RustConnection,
    pub root: xproto::Window,
}

impl Client {
    pub fn connect(display: &str) -> Self {
        let (conn, screen) = RustConnection::connect(Some(display)).expect("connect to Xvfb");
        let root = conn.setup().roots[screen].root;
        Self { conn, root }
    }

    /// Waits until the server has handled everything sent so far.
    pub fn sync(&self) {
        self.conn.sync().expect("sync");
    }

    /// A mapped, unmanaged window with a black background, selecting `events`.
    pub fn window(
        &self,
        x: i16,
        y: i16,
        width: u16,
        height: u16,
        events: xproto::EventMask,
    ) -> xproto::Window {
        let window = self.conn.generate_id().expect("id");
        self.conn
            .create_window(
                x11rb::COPY_DEPTH_FROM_PARENT,
                window,
                self.root,
                x,
                y,
                width,
                height,
                0,
                xproto::WindowClass::INPUT_OUTPUT,
                x11rb::COPY_FROM_PARENT,
                &xproto::CreateWindowAux::new()
                    .background_pixel(0)
                    .override_redirect(1)
                    .event_mask(events),
            )
            .expect("create window");
        self.conn.map_window(window).expect("map");
        self.sync();
        window
    }

    /// Fills a rectangle of `drawable` with the colour `0xRRGGBB`.
    pub fn fill(
        &self,
        drawable: xproto::Drawable,
        x: i16,
        y: i16,
        width: u16,
        height: u16,
        rgb: u32,
    ) {
        let gc = self.conn.generate_id().expect("id");
        self.conn
            .create_gc(gc, drawable, &xproto::CreateGCAux::new().foreground(rgb))
            .expect("gc");
        self.conn
            .poly_fill_rectangle(
                drawable,
                gc,
                &[xproto::Rectangle {
                    x,
                    y,
                    width,
                    height,
                }],
            )
            .expect("fill");
        self.conn.free_gc(gc).expect("free gc");
        self.sync();
    }

    pub fn atom(&self, name: &str) -> xproto::Atom {
        self.conn
            .intern_atom(false, name.as_bytes())
            .expect("intern")
            .reply()
            .expect("atom")
            .atom
    }

    /// Declares a RandR 1.5 monitor (replacing any of the same name); `output` ties it to the
    /// screen's output, which hides the automatic monitor of that output.
    pub fn set_monitor(
        &self,
        name: &str,
        rect: (i16, i16, u16, u16),
        primary: bool,
        output: bool,
    ) -> xproto::Atom {
        let atom = self.atom(name);
        let outputs = if output {
            self.conn
                .randr_get_screen_resources_current(self.root)
                .expect("resources")
                .reply()
                .expect("resources")
                .outputs
        } else {
            Vec::new()
        };
        let (x, y, width, height) = rect;
        // The server refuses a second monitor of the same name: replacing is deleting first.
        let _ = self
            .conn
            .randr_delete_monitor(self.root, atom)
            .expect("delete monitor")
            .check();
        self.conn
            .randr_set_monitor(
                self.root,
                randr::MonitorInfo {
                    name: atom,
                    primary,
                    automatic: false,
                    x,
                    y,
                    width,
                    height,
                    width_in_millimeters: u32::from(width) / 4,
                    height_in_millimeters: u32::from(height) / 4,
                    outputs,
                },
            )
            .expect("set monitor")
            .check()
            .expect("the server takes the monitor");
        atom
    }

    /// The keysyms of `keycode` now.
    pub fn keysyms(&self, keycode: u8) -> Vec<u32> {
        self.conn
            .get_keyboard_mapping(keycode, 1)
            .expect("mapping")
            .reply()
            .expect("mapping")
            .keysyms
    }

    /// The whole keyboard mapping now.
    pub fn mapping(&self) -> Vec<u32> {
        let setup = self.conn.setup();
        self.conn
            .get_keyboard_mapping(setup.min_keycode, setup.max_keycode - setup.min_keycode + 1)
            .expect("mapping")
            .reply()
            .expect("mapping")
            .keysyms
    }
}

/// The keysym a key event types under the core protocol's rules: the second group (columns 2
/// and 3) while Mode_switch is on (Xvfb puts it on Mod5, and the server sets Mod5 for a client
/// without XKB while the second group is active) unless the key has no second group; the
/// shifted column while Shift is down (the unshifted one if that is empty).
pub fn typed_keysym(keysyms: &[u32], state: u16) -> u32 {
    let column = |index: usize| keysyms.get(index).copied().unwrap_or(0);
    let mode_switch = state & 0x80 != 0;
    let first = if mode_switch && (column(2) != 0 || column(3) != 0) {
        2
    } else {
        0
    };
    let shifted = state & 1 != 0;
    if shifted && column(first + 1) != 0 {
        column(first + 1)
    } else {
        column(first)
    }
}

/// The BGRA pixel at (x, y) of a frame.
pub fn pixel(frame: &assist_agent::capture::Frame, x: u32, y: u32) -> [u8; 4] {
    let at = y as usize * frame.stride + x as usize * 4;
    frame.data[at..at + 4].try_into().expect("4 bytes")
}
