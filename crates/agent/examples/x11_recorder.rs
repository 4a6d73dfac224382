//! A test window for the end-to-end test and the benchmarks: it covers the X screen with a
//! known pattern, takes the keyboard focus, and prints what it receives, one JSON line per
//! event, with the wall-clock time in milliseconds. `--counter` repaints a frame counter as a
//! pixel code every frame, for the glass-to-glass benchmark.
//!
//! The pattern: four quadrants, red (top left), green (top right), blue (bottom left) and
//! white (bottom right), so a helper's decoded video can be checked pixel by pixel. The
//! counter: 16 blocks of 16x16 pixels along the top edge, black for 0 and white for 1, most
//! significant first, on a grey band. `--busy` also repaints the whole screen every frame
//! (moving stripes), the worst case for capture and encoding.
#![allow(clippy::print_stdout)] // Printing events is what this program is for.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use x11rb::connection::Connection as _;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    ChangeGCAux, ConnectionExt as _, CreateGCAux, CreateWindowAux, EventMask, InputFocus,
    Rectangle, WindowClass,
};

const RED: u32 = 0x00ff_0000;
const GREEN: u32 = 0x0000_ff00;
const BLUE: u32 = 0x0000_00ff;
const WHITE: u32 = 0x00ff_ffff;
const BLACK: u32 = 0;
const GREY: u32 = 0x0080_8080;
/// Pixel-code blocks: size and count.
const BLOCK: u16 = 16;
const BITS: u16 = 16;

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// The character a keysym stands for, when it stands for one: the agent's own table, plus
/// Return as a line end (the test types Enter).
fn keysym_char(keysym: u32) -> Option<char> {
    const RETURN: u32 = 0xff0d;
    assist_agent::input::keymap::keysym_char(keysym).or((keysym == RETURN).then_some('\n'))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let busy = std::env::args().any(|a| a == "--busy");
    let counter = busy || std::env::args().any(|a| a == "--counter");
    let (conn, screen_num) = x11rb::connect(None)?;
    let screen = conn.setup().roots[screen_num].clone();
    let (width, height) = (screen.width_in_pixels, screen.height_in_pixels);
    let window = conn.generate_id()?;
    conn.create_window(
        screen.root_depth,
        window,
        screen.root,
        0,
        0,
        width,
        height,
        0,
        WindowClass::INPUT_OUTPUT,
        screen.root_visual,
        &CreateWindowAux::new()
            .background_pixel(GREY)
            .override_redirect(1)
            .event_mask(
                EventMask::EXPOSURE
                    | EventMask::KEY_PRESS
                    | EventMask::KEY_RELEASE
                    | EventMask::BUTTON_PRESS
                    | EventMask::BUTTON_RELEASE,
            ),
    )?;
    conn.map_window(window)?;
    let gc = conn.generate_id()?;
    conn.create_gc(gc, window, &CreateGCAux::new().foreground(RED))?;
    let fill =
        |color: u32, x: i16, y: i16, w: u16, h: u16| -> Result<(), Box<dyn std::error::Error>> {
            conn.change_gc(gc, &ChangeGCAux::new().foreground(color))?;
            conn.poly_fill_rectangle(
                window,
                gc,
                &[Rectangle {
                    x,
                    y,
                    width: w,
                    height: h,
                }],
            )?;
            Ok(())
        };
    let (half_w, half_h) = (width / 2, height / 2);
    let paint = || -> Result<(), Box<dyn std::error::Error>> {
        let (hw, hh) = (i16::try_from(half_w)?, i16::try_from(half_h)?);
        fill(RED, 0, 0, half_w, half_h)?;
        fill(GREEN, hw, 0, width - half_w, half_h)?;
        fill(BLUE, 0, hh, half_w, height - half_h)?;
        fill(WHITE, hw, hh, width - half_w, height - half_h)?;
        Ok(())
    };
    let paint_stripes = |n: u16| -> Result<(), Box<dyn std::error::Error>> {
        const STRIPE: u16 = 64;
        let shift = (n % 8) * (STRIPE / 8);
        let mut x: i32 = -i32::from(STRIPE) + i32::from(shift);
        let mut i = 0_usize;
        while x < i32::from(width) {
            let color = [RED, GREEN, BLUE, WHITE, BLACK][i % 5];
            fill(color, i16::try_from(x)?, 0, STRIPE, height)?;
            x += i32::from(STRIPE);
            i += 1;
        }
        Ok(())
    };
    let paint_counter = |n: u16| -> Result<(), Box<dyn std::error::Error>> {
        if busy {
            paint_stripes(n)?;
        }
        fill(GREY, 0, 0, BLOCK * (BITS + 2), BLOCK * 3)?;
        for bit in 0..BITS {
            let on = n >> (BITS - 1 - bit) & 1 == 1;
            let x = i16::try_from(BLOCK * (bit + 1))?;
            fill(
                if on { WHITE } else { BLACK },
                x,
                i16::try_from(BLOCK)?,
                BLOCK,
                BLOCK,
            )?;
        }
        Ok(())
    };
    paint()?;
    conn.set_input_focus(InputFocus::POINTER_ROOT, window, x11rb::CURRENT_TIME)?;
    conn.flush()?;

    let setup = conn.setup();
    let (min_keycode, max_keycode) = (setup.min_keycode, setup.max_keycode);
    let load_mapping = || -> Result<HashMap<u8, Vec<u32>>, Box<dyn std::error::Error>> {
        let reply = conn
            .get_keyboard_mapping(min_keycode, max_keycode - min_keycode + 1)?
            .reply()?;
        let per = usize::from(reply.keysyms_per_keycode).max(1);
        Ok(reply
            .keysyms
            .chunks(per)
            .zip(min_keycode..=max_keycode)
            .map(|(syms, code)| (code, syms.to_vec()))
            .collect())
    };
    let mut mapping = load_mapping()?;
    println!(
        "{}",
        serde_json::json!({"event": "ready", "width": width, "height": height, "t": now_ms()})
    );

    let mut frame: u16 = 0;
    let mut next_paint = Instant::now();
    loop {
        let event = if counter {
            let wait = next_paint.saturating_duration_since(Instant::now());
            if wait.is_zero() {
                frame = frame.wrapping_add(1);
                paint_counter(frame)?;
                conn.get_input_focus()?.reply()?; // A round trip: the paint is done.
                println!(
                    "{}",
                    serde_json::json!({"event": "painted", "counter": frame, "t": now_ms()})
                );
                next_paint += Duration::from_millis(33);
                continue;
            }
            let Some(event) = conn.poll_for_event()? else {
                std::thread::sleep(wait.min(Duration::from_millis(2)));
                continue;
            };
            event
        } else {
            conn.wait_for_event()?
        };
        match event {
            Event::Expose(_) => {
                paint()?;
                conn.flush()?;
            }
            Event::MappingNotify(_) => mapping = load_mapping()?,
            Event::KeyPress(e) | Event::KeyRelease(e) => {
                let down = e.response_type & 0x7f == x11rb::protocol::xproto::KEY_PRESS_EVENT;
                let shifted =
                    u16::from(e.state) & u16::from(x11rb::protocol::xproto::KeyButMask::SHIFT) != 0;
                let syms = mapping.get(&e.detail).cloned().unwrap_or_default();
                // Column 1 with Shift when it has a symbol, else column 0 (upper case of a
                // letter is not needed here: the injector types capitals through Shift+key).
                let keysym = syms
                    .get(usize::from(shifted))
                    .copied()
                    .filter(|&s| s != 0)
                    .or_else(|| syms.first().copied())
                    .unwrap_or(0);
                let text = keysym_char(keysym).map(String::from);
                println!(
                    "{}",
                    serde_json::json!({"event": "key", "down": down, "keycode": e.detail, "keysym": keysym, "text": text, "t": now_ms()})
                );
            }
            Event::ButtonPress(e) | Event::ButtonRelease(e) => {
                let down = e.response_type & 0x7f == x11rb::protocol::xproto::BUTTON_PRESS_EVENT;
                println!(
                    "{}",
                    serde_json::json!({"event": "button", "down": down, "button": e.detail, "x": e.event_x, "y": e.event_y, "t": now_ms()})
                );
            }
            _ => {}
        }
    }
}
