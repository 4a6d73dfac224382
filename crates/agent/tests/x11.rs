//! The X11 capturer and injector against a real X server: each test starts its own `Xvfb` (and
//! is skipped, saying so, where `Xvfb` is not installed) and checks what a plain X client sees.

mod x11 {
    pub mod support;
}

use std::sync::mpsc;
use std::time::{Duration, Instant};

use assist_agent::capture::x11::X11Capturer;
use assist_agent::capture::{CaptureError, Capturer};
use assist_agent::input::x11::X11Injector;
use assist_agent::input::{InjectError, Injector, MonitorArea, keymap};
use assist_protocol::input::PointerButton;
use x11::support::{Client, Xvfb, pixel, typed_keysym};
use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::randr::{self, ConnectionExt as _};
use x11rb::protocol::xproto::{self, ConnectionExt as _};

const RED: [u8; 4] = [0, 0, 255, 255];
const GREEN: [u8; 4] = [0, 255, 0, 255];
const BLUE: [u8; 4] = [255, 0, 0, 255];
const BLACK: [u8; 4] = [0, 0, 0, 255];
const YELLOW: [u8; 4] = [0, 255, 255, 255];
const MAGENTA: [u8; 4] = [255, 0, 255, 255];

/// Calls `next_frame(false)` until it returns a frame (the damage event may take a moment to
/// arrive), and returns the frame's size and the pixels asked for.
fn wait_frame(capturer: &mut X11Capturer, at: &[(u32, u32)]) -> ((u32, u32), Vec<[u8; 4]>) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(frame) = capturer.next_frame(false).expect("next_frame") {
            let pixels = at.iter().map(|&(x, y)| pixel(frame, x, y)).collect();
            return ((frame.width, frame.height), pixels);
        }
        assert!(Instant::now() < deadline, "no frame after the change");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Asserts that `next_frame(false)` keeps returning nothing for a while.
fn assert_no_frame(capturer: &mut X11Capturer, times: usize) {
    for attempt in 0..times {
        assert!(
            capturer.next_frame(false).expect("next_frame").is_none(),
            "a frame came from an unchanged monitor (attempt {attempt})"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn capture_returns_a_windows_pixels_and_only_frames_that_changed() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let client = Client::connect(&xvfb.display);
    let window = client.window(100, 50, 200, 100, xproto::EventMask::NO_EVENT);
    client.fill(window, 0, 0, 100, 100, 0xff_0000);
    client.fill(window, 100, 0, 100, 100, 0x00_ff00);
    client.fill(window, 50, 25, 1, 1, 0x00_00ff);

    let mut capturer = X11Capturer::open(Some(&xvfb.display)).expect("open the capturer");
    let monitors = capturer.monitors().expect("monitors");
    assert_eq!(monitors.len(), 1, "{monitors:?}");
    assert_eq!((monitors[0].width, monitors[0].height), (1280, 800));
    assert_eq!(
        capturer.selected_area(),
        MonitorArea {
            x: 0,
            y: 0,
            width: 1280,
            height: 800
        }
    );

    let frame = capturer
        .next_frame(false)
        .expect("grab")
        .expect("the first frame is full");
    assert_eq!(
        (frame.width, frame.height, frame.stride),
        (1280, 800, 1280 * 4)
    );
    assert_eq!(frame.data.len(), 1280 * 800 * 4);
    assert_eq!(pixel(frame, 100, 50), RED, "top left of the window");
    assert_eq!(pixel(frame, 199, 149), RED, "bottom right of the red half");
    assert_eq!(pixel(frame, 200, 50), GREEN, "top left of the green half");
    assert_eq!(pixel(frame, 299, 149), GREEN, "bottom right of the window");
    assert_eq!(pixel(frame, 150, 75), BLUE, "the single blue pixel");
    assert_eq!(pixel(frame, 99, 50), BLACK, "left of the window");
    assert_eq!(pixel(frame, 300, 149), BLACK, "right of the window");
    assert_eq!(pixel(frame, 1279, 799), BLACK, "the last pixel");
    let first_buffer = frame.data.as_ptr();

    assert_no_frame(&mut capturer, 100);

    client.fill(window, 20, 10, 10, 10, 0xff_ff00);
    let (size, pixels) = wait_frame(&mut capturer, &[(125, 65), (100, 50), (150, 75)]);
    assert_eq!(size, (1280, 800));
    assert_eq!(
        pixels,
        [YELLOW, RED, BLUE],
        "the change, and what did not change"
    );
    assert_no_frame(&mut capturer, 20);

    let frame = capturer
        .next_frame(true)
        .expect("grab")
        .expect("a forced frame");
    assert_eq!(pixel(frame, 125, 65), YELLOW);
    assert_eq!(
        frame.data.as_ptr(),
        first_buffer,
        "the frame buffer is reused"
    );
    assert_no_frame(&mut capturer, 5);

    // Timing: full-screen grabs of 1280x800.
    let mut times = Vec::new();
    for _ in 0..30 {
        let start = Instant::now();
        capturer.next_frame(true).expect("grab").expect("forced");
        times.push(start.elapsed());
    }
    times.sort();
    eprintln!(
        "timing: forced grab of 1280x800: median {:?}, max {:?}",
        times[15], times[29]
    );
}

#[test]
fn capture_of_1080p_takes_milliseconds() {
    let Some(xvfb) = Xvfb::start(1920, 1080) else {
        return;
    };
    let client = Client::connect(&xvfb.display);
    let window = client.window(0, 0, 1920, 1080, xproto::EventMask::NO_EVENT);
    let capturer = X11Capturer::open(Some(&xvfb.display)).expect("open the capturer");
    assert!(
        capturer.uses_shm(),
        "Xvfb has MIT-SHM with descriptor passing"
    );
    let capturer = time_grabs(&client, window, capturer, "MIT-SHM");
    time_grabs(&client, window, capturer.without_shm(), "the socket");
}

/// Grabs a changing 1920x1080 screen 40 times, checking a pixel each time, and says how long
/// grabs and unchanged-screen checks took.
fn time_grabs(
    client: &Client,
    window: xproto::Window,
    mut capturer: X11Capturer,
    how: &str,
) -> X11Capturer {
    capturer.next_frame(true).expect("grab");
    let mut forced = Vec::new();
    let mut idle = Vec::new();
    for i in 0..40u32 {
        let rgb = i * 0x0003_0507;
        client.fill(window, 0, 0, 1920, 1080, rgb);
        let start = Instant::now();
        let frame = capturer.next_frame(true).expect("grab").expect("forced");
        forced.push(start.elapsed());
        assert_eq!((frame.width, frame.height), (1920, 1080));
        let [b, g, r, _] = rgb.to_le_bytes();
        assert_eq!(pixel(frame, 1919, 1079), [b, g, r, 255]);
        // Usually nothing (the forced frame took the fill's damage); timed either way.
        let start = Instant::now();
        let _ = capturer.next_frame(false).expect("check");
        idle.push(start.elapsed());
    }
    forced.sort();
    idle.sort();
    eprintln!(
        "timing: 1920x1080 grab through {how}: median {:?}, 95th percentile {:?}; an unchanged-screen check: median {:?}",
        forced[20], forced[38], idle[20]
    );
    capturer
}

#[test]
fn two_monitors_are_listed_and_captured_separately() {
    let Some(xvfb) = Xvfb::start(2560, 800) else {
        return;
    };
    let client = Client::connect(&xvfb.display);
    // The left monitor takes over the screen's output (hiding its automatic monitor).
    let left = client.set_monitor("LEFT", (0, 0, 1280, 800), true, true);
    let right = client.set_monitor("RIGHT", (1280, 0, 1280, 800), false, false);
    let window = client.window(1400, 100, 100, 100, xproto::EventMask::NO_EVENT);
    client.fill(window, 0, 0, 100, 100, 0xff_00ff);
    let left_window = client.window(10, 10, 50, 50, xproto::EventMask::NO_EVENT);

    let mut capturer = X11Capturer::open(Some(&xvfb.display)).expect("open the capturer");
    let mut monitors = capturer.monitors().expect("monitors");
    monitors.sort_by(|a, b| a.name.cmp(&b.name));
    let summary: Vec<_> = monitors
        .iter()
        .map(|m| (m.id, m.name.as_str(), m.width, m.height, m.primary))
        .collect();
    assert_eq!(
        summary,
        [
            (left, "LEFT", 1280, 800, true),
            (right, "RIGHT", 1280, 800, false)
        ]
    );
    assert_eq!(capturer.selected(), left, "the primary monitor first");
    let (size, pixels) = wait_frame(&mut capturer, &[(20, 20), (1279, 799)]);
    assert_eq!(size, (1280, 800));
    assert_eq!(pixels, [BLACK, BLACK]);

    capturer.select(right).expect("select the right monitor");
    assert_eq!(capturer.selected(), right);
    assert_eq!(
        capturer.selected_area(),
        MonitorArea {
            x: 1280,
            y: 0,
            width: 1280,
            height: 800
        }
    );
    let (size, pixels) = wait_frame(
        &mut capturer,
        &[(120, 100), (219, 199), (119, 100), (220, 199)],
    );
    assert_eq!(size, (1280, 800));
    assert_eq!(
        pixels,
        [MAGENTA, MAGENTA, BLACK, BLACK],
        "the window at x 1400 on the right half"
    );
    assert_no_frame(&mut capturer, 10);

    // A change on the other monitor is no reason for a frame.
    client.fill(left_window, 0, 0, 50, 50, 0xff_ffff);
    assert_no_frame(&mut capturer, 25);
    client.fill(window, 0, 0, 10, 10, 0x00_ff00);
    let (_, pixels) = wait_frame(&mut capturer, &[(125, 105)]);
    assert_eq!(pixels, [GREEN]);

    // The cursor, relative to the selected monitor.
    client
        .conn
        .warp_pointer(x11rb::NONE, client.root, 0, 0, 0, 0, 1280 + 639, 400)
        .expect("warp");
    client.sync();
    let position = capturer.cursor_position().expect("cursor");
    assert!(position.visible);
    assert!((position.x - 639.0 / 1279.0).abs() < 1e-9, "{position:?}");
    assert!((position.y - 400.0 / 799.0).abs() < 1e-9, "{position:?}");
    capturer.select(left).expect("select the left monitor");
    assert!(
        !capturer.cursor_position().expect("cursor").visible,
        "the cursor is on the other monitor"
    );

    assert!(matches!(
        capturer.select(12345),
        Err(CaptureError::NoSuchMonitor(12345))
    ));

    // The selected monitor changes size: the next frame has the new size.
    capturer.select(right).expect("select the right monitor");
    wait_frame(&mut capturer, &[]);
    client.set_monitor("RIGHT", (1380, 100, 1000, 600), false, false);
    // RandR tells the capturer (a screen change notification): no need to ask.
    let (size, _) = wait_frame(&mut capturer, &[]);
    assert_eq!(size, (1000, 600));
    assert_eq!(
        capturer.selected_area(),
        MonitorArea {
            x: 1380,
            y: 100,
            width: 1000,
            height: 600
        }
    );
    let monitors = capturer.monitors().expect("monitors");
    assert!(
        monitors
            .iter()
            .any(|m| m.id == right && (m.width, m.height) == (1000, 600)),
        "{monitors:?}"
    );
    let frame = capturer.next_frame(true).expect("grab").expect("forced");
    assert_eq!((frame.width, frame.height, frame.stride), (1000, 600, 4000));
    // The window at (1400, 100) is at (20, 0) of the monitor at (1380, 100) now.
    assert_eq!(pixel(frame, 35, 5), MAGENTA);
    assert_eq!(pixel(frame, 25, 5), GREEN);
    assert_eq!(pixel(frame, 119, 99), MAGENTA);
    assert_eq!(pixel(frame, 120, 100), BLACK);
}

#[test]
fn a_resolution_change_is_followed() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let client = Client::connect(&xvfb.display);
    let mut capturer = X11Capturer::open(Some(&xvfb.display)).expect("open the capturer");
    let frame = capturer
        .next_frame(false)
        .expect("grab")
        .expect("first frame");
    assert_eq!((frame.width, frame.height), (1280, 800));

    // Xvfb has one output with one mode; give it a smaller mode and switch to it.
    let conn = &client.conn;
    let resources = conn
        .randr_get_screen_resources_current(client.root)
        .expect("resources")
        .reply()
        .expect("resources");
    let name = b"1024x768";
    let mode = randr::ModeInfo {
        id: 0,
        width: 1024,
        height: 768,
        dot_clock: 60 * 1344 * 806,
        hsync_start: 1048,
        hsync_end: 1184,
        htotal: 1344,
        hskew: 0,
        vsync_start: 771,
        vsync_end: 777,
        vtotal: 806,
        name_len: u16::try_from(name.len()).expect("short name"),
        mode_flags: randr::ModeFlag::default(),
    };
    let switched = (|| -> Result<(), String> {
        let mode = conn
            .randr_create_mode(client.root, mode, name)
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| format!("create mode: {e:?}"))?
            .mode;
        conn.randr_add_output_mode(resources.outputs[0], mode)
            .map_err(|e| e.to_string())?
            .check()
            .map_err(|e| format!("add output mode: {e:?}"))?;
        let reply = conn
            .randr_set_crtc_config(
                resources.crtcs[0],
                x11rb::CURRENT_TIME,
                resources.config_timestamp,
                0,
                0,
                mode,
                randr::Rotation::ROTATE0,
                &resources.outputs[..1],
            )
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| format!("set crtc: {e:?}"))?;
        if reply.status != randr::SetConfig::SUCCESS {
            return Err(format!("set crtc: {:?}", reply.status));
        }
        conn.randr_set_screen_size(client.root, 1024, 768, 270, 203)
            .map_err(|e| e.to_string())?
            .check()
            .map_err(|e| format!("set screen size: {e:?}"))?;
        let geometry = conn
            .get_geometry(client.root)
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        if (geometry.width, geometry.height) != (1024, 768) {
            return Err(format!(
                "the root is still {}x{}",
                geometry.width, geometry.height
            ));
        }
        Ok(())
    })();
    if let Err(why) = switched {
        eprintln!("skipped: this Xvfb cannot change its resolution ({why})");
        return;
    }
    let (size, _) = wait_frame(&mut capturer, &[]);
    assert_eq!(size, (1024, 768));
    let window = client.window(1000, 700, 24, 68, xproto::EventMask::NO_EVENT);
    client.fill(window, 0, 0, 24, 68, 0xff_0000);
    let (size, pixels) = wait_frame(&mut capturer, &[(1023, 767), (999, 767)]);
    assert_eq!(size, (1024, 768));
    assert_eq!(pixels, [RED, BLACK]);
    assert_eq!(
        capturer.selected_area(),
        MonitorArea {
            x: 0,
            y: 0,
            width: 1024,
            height: 768
        }
    );
}

#[test]
fn the_cursor_position_and_shape_are_reported() {
    let Some(xvfb) = Xvfb::start(640, 480) else {
        return;
    };
    let client = Client::connect(&xvfb.display);
    let mut capturer = X11Capturer::open(Some(&xvfb.display)).expect("open the capturer");
    let conn = &client.conn;
    conn.warp_pointer(x11rb::NONE, client.root, 0, 0, 0, 0, 320, 240)
        .expect("warp");
    client.sync();
    let position = capturer.cursor_position().expect("cursor");
    assert!(position.visible);
    assert!((position.x - 320.0 / 639.0).abs() < 1e-9, "{position:?}");
    assert!((position.y - 240.0 / 479.0).abs() < 1e-9, "{position:?}");
    conn.warp_pointer(x11rb::NONE, client.root, 0, 0, 0, 0, 639, 0)
        .expect("warp");
    client.sync();
    let position = capturer.cursor_position().expect("cursor");
    assert!(
        (position.x - 1.0).abs() < 1e-9 && position.y.abs() < 1e-9,
        "{position:?}"
    );

    let first = capturer
        .cursor_image()
        .expect("cursor image")
        .expect("the first shape");
    assert!(first.width > 0 && first.height > 0);
    assert_eq!(first.rgba.len(), (first.width * first.height * 4) as usize);
    assert_eq!(
        capturer.cursor_image().expect("cursor image"),
        None,
        "unchanged"
    );

    // A window with a 16x16 cursor, red where the mask is set (left half), hot spot (3, 4).
    let source = conn.generate_id().expect("id");
    let mask = conn.generate_id().expect("id");
    conn.create_pixmap(1, source, client.root, 16, 16)
        .expect("pixmap");
    conn.create_pixmap(1, mask, client.root, 16, 16)
        .expect("pixmap");
    client.fill(source, 0, 0, 16, 16, 1);
    client.fill(mask, 0, 0, 16, 16, 0);
    client.fill(mask, 0, 0, 8, 16, 1);
    let cursor = conn.generate_id().expect("id");
    conn.create_cursor(cursor, source, mask, 0xffff, 0, 0, 0, 0, 0xffff, 3, 4)
        .expect("cursor");
    let window = client.window(100, 100, 200, 200, xproto::EventMask::NO_EVENT);
    conn.change_window_attributes(
        window,
        &xproto::ChangeWindowAttributesAux::new().cursor(cursor),
    )
    .expect("set the cursor");
    conn.warp_pointer(x11rb::NONE, client.root, 0, 0, 0, 0, 150, 150)
        .expect("warp");
    client.sync();

    let deadline = Instant::now() + Duration::from_secs(5);
    let image = loop {
        if let Some(image) = capturer.cursor_image().expect("cursor image") {
            break image;
        }
        assert!(Instant::now() < deadline, "no new cursor shape");
        std::thread::sleep(Duration::from_millis(2));
    };
    assert_ne!(image.serial, first.serial);
    assert_eq!(
        (image.width, image.height, image.hot_x, image.hot_y),
        (16, 16, 3, 4)
    );
    assert_eq!(
        &image.rgba[..4],
        &[255, 0, 0, 255],
        "opaque red at the top left"
    );
    let right_half = (5 * 16 + 12) * 4;
    assert_eq!(
        image.rgba[right_half + 3],
        0,
        "transparent where the mask is clear"
    );
    assert_eq!(
        capturer.cursor_image().expect("cursor image"),
        None,
        "unchanged"
    );
    let position = capturer.cursor_position().expect("cursor");
    assert!((position.x - 150.0 / 639.0).abs() < 1e-9, "{position:?}");
}

/// What the test window received.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seen {
    Motion(i16, i16),
    Button {
        down: bool,
        button: u8,
    },
    Key {
        down: bool,
        keycode: u8,
        state: u16,
        keysyms: Vec<u32>,
    },
}

impl Seen {
    /// The character a key press typed, if it typed one.
    fn typed(&self) -> Option<char> {
        match self {
            Seen::Key {
                down: true,
                state,
                keysyms,
                ..
            } => {
                let c = keymap::keysym_char(typed_keysym(keysyms, *state))?;
                // Caps Lock, as the core protocol applies it: lower case becomes upper case.
                if state & 2 != 0 {
                    c.to_uppercase().next()
                } else {
                    Some(c)
                }
            }
            _ => None,
        }
    }
}

/// A full-screen window with the input focus, whose events a thread records. Each key event's
/// keysyms are read as soon as the event arrives, as a real client would.
fn recorder(display: &str) -> (mpsc::Receiver<(Instant, Seen)>, Client) {
    let client = Client::connect(display);
    let window = client.window(
        0,
        0,
        1280,
        800,
        xproto::EventMask::KEY_PRESS
            | xproto::EventMask::KEY_RELEASE
            | xproto::EventMask::BUTTON_PRESS
            | xproto::EventMask::BUTTON_RELEASE
            | xproto::EventMask::POINTER_MOTION,
    );
    client
        .conn
        .set_input_focus(
            xproto::InputFocus::POINTER_ROOT,
            window,
            x11rb::CURRENT_TIME,
        )
        .expect("focus");
    client.sync();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Ends when the test ends and Xvfb goes away.
        while let Ok(event) = client.conn.wait_for_event() {
            let seen = match event {
                Event::MotionNotify(e) => Seen::Motion(e.root_x, e.root_y),
                Event::ButtonPress(e) => Seen::Button {
                    down: true,
                    button: e.detail,
                },
                Event::ButtonRelease(e) => Seen::Button {
                    down: false,
                    button: e.detail,
                },
                Event::KeyPress(e) | Event::KeyRelease(e) => Seen::Key {
                    down: e.response_type & 0x7f == xproto::KEY_PRESS_EVENT,
                    keycode: e.detail,
                    state: u16::from(e.state),
                    keysyms: client.keysyms(e.detail),
                },
                _ => continue,
            };
            if tx.send((Instant::now(), seen)).is_err() {
                break;
            }
        }
    });
    (rx, Client::connect(display))
}

/// The next `n` things the window saw.
fn seen(rx: &mpsc::Receiver<(Instant, Seen)>, n: usize) -> Vec<Seen> {
    (0..n)
        .map(|i| {
            rx.recv_timeout(Duration::from_secs(5))
                .unwrap_or_else(|_| panic!("only {i} of {n} events arrived"))
                .1
        })
        .collect()
}

/// Asserts that the window sees nothing more for a while.
fn quiet(rx: &mpsc::Receiver<(Instant, Seen)>) {
    if let Ok((_, extra)) = rx.recv_timeout(Duration::from_millis(150)) {
        panic!("unexpected event {extra:?}");
    }
}

/// The characters the key presses in `events` typed.
fn typed(events: &[Seen]) -> String {
    events.iter().filter_map(Seen::typed).collect()
}

/// Collects events until `n` characters were typed (key presses of modifiers type none).
fn typed_chars(rx: &mpsc::Receiver<(Instant, Seen)>, n: usize) -> (String, Vec<Seen>) {
    let mut events = Vec::new();
    while typed(&events).chars().count() < n {
        let (_, event) = rx
            .recv_timeout(Duration::from_secs(5))
            .unwrap_or_else(|_| panic!("typed only {:?}", typed(&events)));
        events.push(event);
    }
    // The release of the last key, and of a Shift pressed for it.
    while let Ok((_, event)) = rx.recv_timeout(Duration::from_millis(100)) {
        events.push(event);
    }
    (typed(&events), events)
}

fn click(down: bool, button: u8) -> Seen {
    Seen::Button { down, button }
}

#[test]
fn pointer_moves_buttons_and_wheel_reach_the_window() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let (rx, _client) = recorder(&xvfb.display);
    let mut injector = X11Injector::open(Some(&xvfb.display)).expect("open the injector");

    // The whole screen until told otherwise.
    injector.pointer_move(0.25, 0.5).expect("move");
    assert_eq!(
        seen(&rx, 1),
        [Seen::Motion(320, 400)],
        "round(0.25 * 1279), round(0.5 * 799)"
    );
    injector.set_area(MonitorArea {
        x: 100,
        y: 50,
        width: 800,
        height: 600,
    });
    injector.pointer_move(1.0, 1.0).expect("move");
    injector.pointer_move(0.0, 0.0).expect("move");
    injector.pointer_move(0.5, 0.1).expect("move");
    assert_eq!(
        seen(&rx, 3),
        [
            Seen::Motion(899, 649),
            Seen::Motion(100, 50),
            Seen::Motion(500, 110)
        ],
        "fractions of the monitor at (100, 50), 800x600"
    );

    for (button, number) in [
        (PointerButton::Left, 1),
        (PointerButton::Middle, 2),
        (PointerButton::Right, 3),
        (PointerButton::Back, 8),
        (PointerButton::Forward, 9),
    ] {
        injector.button(button, true).expect("press");
        injector.button(button, false).expect("release");
        assert_eq!(
            seen(&rx, 2),
            [click(true, number), click(false, number)],
            "{button:?}"
        );
    }
    injector
        .button(PointerButton::Left, false)
        .expect("release what is not pressed");
    quiet(&rx);

    // One click per 100 pixels, the rest kept for later; 4/5 vertical, 6/7 horizontal.
    injector.wheel(0.0, 250.0).expect("wheel");
    assert_eq!(
        seen(&rx, 4),
        [
            click(true, 5),
            click(false, 5),
            click(true, 5),
            click(false, 5)
        ]
    );
    injector.wheel(0.0, 60.0).expect("wheel");
    assert_eq!(
        seen(&rx, 2),
        [click(true, 5), click(false, 5)],
        "50 kept + 60"
    );
    injector.wheel(0.0, -30.0).expect("wheel");
    injector.wheel(0.0, 15.0).expect("wheel");
    quiet(&rx);
    injector.wheel(-120.0, -100.0).expect("wheel");
    assert_eq!(
        seen(&rx, 4),
        [
            click(true, 4),
            click(false, 4),
            click(true, 6),
            click(false, 6)
        ]
    );
    injector.wheel(100.0, 0.0).expect("wheel");
    quiet(&rx);
    injector.wheel(30.0, 0.0).expect("wheel");
    assert_eq!(
        seen(&rx, 2),
        [click(true, 7), click(false, 7)],
        "-20 kept + 100 + 30"
    );

    // A huge delta is capped.
    injector.wheel(0.0, 10_000.0).expect("wheel");
    let events = seen(&rx, 100);
    assert!(
        events
            .chunks(2)
            .all(|pair| pair == [click(true, 5), click(false, 5)])
    );
    quiet(&rx);
}

#[test]
fn keys_are_pressed_by_their_place_on_the_keyboard() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let (rx, _client) = recorder(&xvfb.display);
    let mut injector = X11Injector::open(Some(&xvfb.display)).expect("open the injector");

    for (code, keysym) in [
        ("KeyA", 0x61),
        ("KeyZ", 0x7a),
        ("Digit1", 0x31),
        ("Minus", 0x2d),
        ("Enter", 0xff0d),
        ("Escape", 0xff1b),
        ("Backspace", 0xff08),
        ("Tab", 0xff09),
        ("Space", 0x20),
        ("ArrowUp", 0xff52),
        ("ArrowLeft", 0xff51),
        ("Home", 0xff50),
        ("Delete", 0xffff),
        ("F1", 0xffbe),
        ("F12", 0xffc9),
        ("ShiftLeft", 0xffe1),
        ("ShiftRight", 0xffe2),
        ("ControlLeft", 0xffe3),
        ("ControlRight", 0xffe4),
        ("AltLeft", 0xffe9),
        ("MetaLeft", 0xffeb),
        ("CapsLock", 0xffe5),
        ("NumpadEnter", 0xff8d),
        ("NumpadAdd", 0xffab),
        ("Numpad1", 0xff9c),
        ("IntlBackslash", 0x3c),
        ("ContextMenu", 0xff67),
    ] {
        let keycode = keymap::x11_keycode(code).expect("known code");
        injector.key(code, true).expect("press");
        injector.key(code, false).expect("release");
        let events = seen(&rx, 2);
        let Seen::Key {
            keycode: pressed,
            keysyms,
            down: true,
            ..
        } = &events[0]
        else {
            panic!("{code}: {events:?}");
        };
        assert_eq!(*pressed, keycode, "{code}");
        assert_eq!(
            keysyms[0], keysym,
            "{code}: keycode {keycode} is evdev + 8 in Xvfb's keymap"
        );
        assert!(matches!(events[1], Seen::Key { down: false, keycode: k, .. } if k == keycode));
    }

    // Shift held by the helper shifts the next key.
    injector.key("ShiftLeft", true).expect("press");
    injector.key("KeyA", true).expect("press");
    injector.key("KeyA", false).expect("release");
    injector.key("ShiftLeft", false).expect("release");
    assert_eq!(typed(&seen(&rx, 4)), "A");

    assert!(
        matches!(injector.key("NoSuchKey", true), Err(InjectError::UnknownKey(code)) if code == "NoSuchKey")
    );
    injector
        .key("KeyQ", false)
        .expect("releasing a key not pressed does nothing");
    quiet(&rx);
}

#[test]
fn text_in_any_script_is_typed_and_the_mapping_restored() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let (rx, client) = recorder(&xvfb.display);
    let before = client.mapping();
    let mut injector = X11Injector::open(Some(&xvfb.display)).expect("open the injector");

    injector.text("Hé 中文 ✓").expect("text");
    let (text, _) = typed_chars(&rx, 7);
    assert_eq!(text, "Hé 中文 ✓");
    injector.text("ß😀€ 123 ?").expect("text");
    assert_eq!(typed_chars(&rx, 9).0, "ß😀€ 123 ?");

    // With the helper's Shift held, text still types what it says.
    injector.key("ShiftLeft", true).expect("press");
    injector.text("aBé").expect("text");
    let (text, events) = typed_chars(&rx, 3);
    assert_eq!(text, "aBé", "{events:#?}");
    let shift = keymap::x11_keycode("ShiftLeft").expect("known");
    let last_shift = events
        .iter()
        .rev()
        .find_map(|event| match event {
            Seen::Key { down, keycode, .. } if *keycode == shift => Some(*down),
            _ => None,
        })
        .expect("Shift was let go of and pressed again");
    assert!(
        last_shift,
        "the helper's Shift is held again after the text"
    );
    injector.key("ShiftLeft", false).expect("release");
    seen(&rx, 1);

    // Caps Lock is off while text is typed, and on again after.
    injector.key("CapsLock", true).expect("press");
    injector.key("CapsLock", false).expect("release");
    seen(&rx, 2);
    let locked = |client: &Client| {
        let pointer = client
            .conn
            .query_pointer(client.root)
            .expect("query")
            .reply()
            .expect("reply");
        u16::from(pointer.mask) & 2 != 0
    };
    assert!(locked(&client));
    injector.text("aB1éÉ").expect("text");
    let (text, events) = typed_chars(&rx, 5);
    assert_eq!(text, "aB1éÉ", "{events:x?}");
    assert!(locked(&client), "Caps Lock is on again");
    injector.key("CapsLock", true).expect("press");
    injector.key("CapsLock", false).expect("release");
    seen(&rx, 2);
    assert!(!locked(&client));

    // More different characters than there are spare keycodes, as fast as they come.
    let long: String = ('\u{4e00}'..='\u{4e27}').collect();
    let start = Instant::now();
    injector.text(&long).expect("text");
    let took = start.elapsed();
    let (text, _) = typed_chars(&rx, long.chars().count());
    assert_eq!(text, long);
    eprintln!(
        "timing: typing {} characters the layout lacks took {took:?}",
        long.chars().count()
    );

    // Holding keys and a button, then letting go of everything.
    injector.key("ShiftLeft", true).expect("press");
    injector.key("KeyA", true).expect("press");
    injector.button(PointerButton::Left, true).expect("press");
    let events = seen(&rx, 3);
    assert_eq!(events[2], click(true, 1));
    injector.release_all().expect("release all");
    let events = seen(&rx, 3);
    let released: Vec<_> = events
        .iter()
        .map(|event| match event {
            Seen::Key {
                down: false,
                keycode,
                ..
            } => (false, *keycode),
            Seen::Button {
                down: false,
                button,
            } => (true, *button),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        released,
        [
            (false, keymap::x11_keycode("KeyA").expect("known")),
            (false, shift),
            (true, 1)
        ]
    );
    quiet(&rx);
    assert!(
        client.mapping() == before,
        "the spare keycodes have their empty mapping again"
    );
    let pointer = client
        .conn
        .query_pointer(client.root)
        .expect("query")
        .reply()
        .expect("reply");
    assert_eq!(
        u16::from(pointer.mask) & 0x1fff,
        0,
        "no modifier or button is down"
    );

    // Typing again after release_all remaps again; dropping the injector restores again.
    injector.text("ü✓").expect("text");
    assert_eq!(typed_chars(&rx, 2).0, "ü✓");
    assert!(client.mapping() != before);
    drop(injector);
    assert!(
        client.mapping() == before,
        "dropping the injector restores the mapping"
    );
}

#[test]
fn injection_is_fast() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let (rx, _client) = recorder(&xvfb.display);
    let mut injector = X11Injector::open(Some(&xvfb.display)).expect("open the injector");
    let mut calls = Vec::new();
    let mut delivered = Vec::new();
    for i in 0..200u32 {
        let start = Instant::now();
        injector
            .pointer_move(f64::from(i % 100) / 100.0, 0.5)
            .expect("move");
        calls.push(start.elapsed());
        let (at, _) = rx.recv_timeout(Duration::from_secs(5)).expect("motion");
        delivered.push(at - start);
    }
    for code in ["KeyA", "KeyB"].iter().cycle().take(100) {
        let start = Instant::now();
        injector.key(code, true).expect("press");
        calls.push(start.elapsed());
        let (at, _) = rx.recv_timeout(Duration::from_secs(5)).expect("key");
        delivered.push(at - start);
        injector.key(code, false).expect("release");
        rx.recv_timeout(Duration::from_secs(5)).expect("key");
    }
    calls.sort();
    delivered.sort();
    let p95 = |v: &[Duration]| v[v.len() * 95 / 100];
    eprintln!(
        "timing: inject call median {:?}, 95th percentile {:?}; call → event at the client median {:?}, 95th percentile {:?}",
        calls[calls.len() / 2],
        p95(&calls),
        delivered[delivered.len() / 2],
        p95(&delivered)
    );
    assert!(p95(&delivered) < Duration::from_millis(30));
}

#[test]
fn text_follows_the_active_layout_group() {
    let Some(xvfb) = Xvfb::start(1280, 800) else {
        return;
    };
    let (rx, client) = recorder(&xvfb.display);
    let conn = &client.conn;
    let per = conn
        .get_keyboard_mapping(8, 1)
        .expect("mapping")
        .reply()
        .expect("mapping")
        .keysyms_per_keycode;
    // A second group on KeyA (a A | ф Ф), as a "us,ru" layout has, and an empty key that
    // switches to the next group.
    let key_a = keymap::x11_keycode("KeyA").expect("known");
    let mut syms = vec![0; usize::from(per)];
    syms[..4].copy_from_slice(&[0x61, 0x41, 0x6c6, 0x6e6]);
    conn.change_keyboard_mapping(1, key_a, per, &syms)
        .expect("map")
        .check()
        .expect("mapped");
    let switch = keymap::x11_keycode("Lang5").expect("known");
    let mut syms = vec![0; usize::from(per)];
    syms[0] = 0xfe08; // ISO_Next_Group
    conn.change_keyboard_mapping(1, switch, per, &syms)
        .expect("map")
        .check()
        .expect("mapped");
    let mut injector = X11Injector::open(Some(&xvfb.display)).expect("open the injector");
    injector.text("aф").expect("text");
    assert_eq!(typed_chars(&rx, 2).0, "aф", "the first group");

    injector.key("Lang5", true).expect("press");
    injector.key("Lang5", false).expect("release");
    seen(&rx, 2);
    let pointer = conn
        .query_pointer(client.root)
        .expect("query")
        .reply()
        .expect("reply");
    assert_eq!(
        u16::from(pointer.mask) & 0x6000,
        0x2000,
        "the second group is active"
    );

    // ф and Ф are on KeyA in this group; a and A no longer are (they go on spare keycodes);
    // b is on KeyB in both groups.
    injector.text("фaФAb").expect("text");
    let (text, events) = typed_chars(&rx, 5);
    assert_eq!(text, "фaФAb", "{events:x?}");
    let keycodes: Vec<u8> = events
        .iter()
        .filter_map(|event| match event {
            Seen::Key {
                down: true,
                keycode,
                ..
            } if event.typed().is_some() => Some(*keycode),
            _ => None,
        })
        .collect();
    assert_eq!(keycodes[0], key_a);
    assert_eq!(keycodes[2], key_a);
    assert!(keycodes[1] != key_a && keycodes[3] != key_a);
}
