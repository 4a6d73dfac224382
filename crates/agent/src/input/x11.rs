//! Linux/X11 injection through XTest over one pure-Rust connection (x11rb).
//!
//! Keys are pressed by their place on the keyboard (`keymap`: `KeyboardEvent.code` → evdev →
//! X keycode), so shortcuts work whatever the sharer's layout. Text is typed by keysym: a
//! character the current layout has on some key (plain or shifted, in the active group) is
//! typed with that key; any other character is put on a spare keycode (one the layout leaves
//! empty) with `ChangeKeyboardMapping`, typed, and the keycode is given back later.
//!
//! Remapping races with the clients: a client reads the keyboard mapping lazily after the
//! MappingNotify, possibly after later changes. So the spare keycodes are used in rotation
//! (least recently used first), and a keycode is not remapped or given back until
//! [`REUSE_AFTER`] has passed since it was last pressed: a client that handles its key events
//! within that time reads the right keysym however fast text arrives.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use assist_protocol::input::PointerButton;
use x11rb::connection::{Connection, RequestConnection};
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{self, ConnectionExt as _};
use x11rb::protocol::xtest::{self, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;

use super::keymap;
use super::{InjectError, Injector, MonitorArea};

/// The most spare keycodes used for typing characters the layout lacks.
const SPARE_POOL: usize = 10;
/// How long a remapped keycode keeps its keysym after its last press, at least.
pub const REUSE_AFTER: Duration = Duration::from_millis(30);
/// CSS pixels per wheel click (what browsers send for one notch).
const WHEEL_STEP: f64 = 100.0;
/// The most wheel clicks one event turns into.
const MAX_CLICKS: u32 = 50;
/// `NoSymbol`.
const NO_SYMBOL: u32 = 0;
/// The Shift and Lock bits of a core state mask.
const SHIFT_MASK: u16 = 1;
const LOCK_MASK: u16 = 2;
/// The Caps_Lock keysym.
const CAPS_LOCK: u32 = 0xffe5;

/// Injects input into an X11 display. See the module documentation.
pub struct X11Injector {
    conn: RustConnection,
    root: xproto::Window,
    area: MonitorArea,
    keyboard: Keyboard,
    /// Keycodes the helper holds down, pressed through this injector.
    keys: BTreeSet<u8>,
    /// Buttons the helper holds down.
    buttons: BTreeSet<u8>,
    /// Wheel pixels not yet turned into clicks (horizontal, vertical).
    wheel: (f64, f64),
    /// The keyboard mapping changed (another client): read it again before typing.
    stale: bool,
}

/// What the injector knows of the keyboard mapping.
#[derive(Debug)]
struct Keyboard {
    min_keycode: u8,
    max_keycode: u8,
    per_keycode: usize,
    /// `per_keycode` keysyms for each keycode from `min_keycode`.
    keysyms: Vec<u32>,
    /// Keycodes of the Shift modifier.
    shift: Vec<u8>,
    /// A Caps_Lock key of the Lock modifier, to turn Caps Lock off while typing text.
    caps_lock: Option<u8>,
    spares: Vec<Spare>,
}

/// A keycode the layout leaves empty, lent to characters it lacks.
#[derive(Debug)]
struct Spare {
    keycode: u8,
    /// What it types now (`None`: nothing, as the layout left it).
    keysym: Option<u32>,
    last_used: Option<Instant>,
}

fn failed(err: impl std::fmt::Display) -> InjectError {
    InjectError::Connection(err.to_string())
}

impl std::fmt::Debug for X11Injector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("X11Injector")
            .field("root", &self.root)
            .field("area", &self.area)
            .field("keys", &self.keys)
            .field("buttons", &self.buttons)
            .field("spares", &self.keyboard.spares)
            .finish_non_exhaustive()
    }
}

impl X11Injector {
    /// Connects to `display` (`None`: `$DISPLAY`). Pointer fractions refer to the whole screen
    /// until [`Injector::set_area`].
    pub fn open(display: Option<&str>) -> Result<Self, InjectError> {
        let (conn, screen_num) = RustConnection::connect(display)
            .map_err(|err| InjectError::NoDisplay(err.to_string()))?;
        let screen = &conn.setup().roots[screen_num];
        let root = screen.root;
        let area = MonitorArea {
            x: 0,
            y: 0,
            width: u32::from(screen.width_in_pixels),
            height: u32::from(screen.height_in_pixels),
        };
        if conn
            .extension_information(xtest::X11_EXTENSION_NAME)
            .map_err(failed)?
            .is_none()
        {
            return Err(InjectError::Unsupported("XTest"));
        }
        conn.xtest_get_version(2, 2)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        let keyboard = Keyboard::read(&conn, Vec::new())?;
        if keyboard.spares.is_empty() {
            tracing::warn!(
                "the keyboard mapping has no empty keycode: only characters of the layout can be typed"
            );
        }
        Ok(Self {
            conn,
            root,
            area,
            keyboard,
            keys: BTreeSet::new(),
            buttons: BTreeSet::new(),
            wheel: (0.0, 0.0),
            stale: false,
        })
    }

    fn fake(&self, kind: u8, detail: u8) -> Result<(), InjectError> {
        self.conn
            .xtest_fake_input(kind, detail, x11rb::CURRENT_TIME, self.root, 0, 0, 0)
            .map_err(failed)?;
        Ok(())
    }

    fn tap(&self, keycode: u8) -> Result<(), InjectError> {
        self.fake(xproto::KEY_PRESS_EVENT, keycode)?;
        self.fake(xproto::KEY_RELEASE_EVENT, keycode)
    }

    /// Sends what is queued and handles what the server sent: the end of every call.
    fn finish(&mut self) -> Result<(), InjectError> {
        self.conn.flush().map_err(failed)?;
        while let Some(event) = self.conn.poll_for_event().map_err(failed)? {
            match event {
                Event::MappingNotify(event) => {
                    let own = event.count == 1
                        && self
                            .keyboard
                            .spares
                            .iter()
                            .any(|spare| spare.keycode == event.first_keycode);
                    if !own {
                        self.stale = true;
                    }
                }
                Event::Error(err) => tracing::warn!(?err, "the X server refused an injection"),
                _ => {}
            }
        }
        Ok(())
    }

    /// The core state now: modifiers (bits 0–7) and the XKB group (bits 13–14).
    fn state(&self) -> Result<u16, InjectError> {
        let pointer = self
            .conn
            .query_pointer(self.root)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        Ok(u16::from(pointer.mask))
    }

    /// Types one character, given the state when the text began.
    fn type_char(&mut self, c: char, state: u16) -> Result<(), InjectError> {
        let shift_active = state & SHIFT_MASK != 0;
        // Caps Lock on (the keyboard has no Caps_Lock key to turn it off): no layout key can be
        // trusted with a letter; a spare keycode is the best chance.
        let caps = state & LOCK_MASK != 0 && has_case(c);
        let group = (state >> 13) & 3;
        let found = if caps {
            None
        } else {
            self.keyboard.find(c, group, shift_active)
        };
        let held_shifts: Vec<u8> = self
            .keys
            .iter()
            .copied()
            .filter(|keycode| self.keyboard.shift.contains(keycode))
            .collect();
        match found {
            Some((keycode, level)) if (level == 1) == shift_active => self.tap(keycode),
            Some((keycode, 1)) => match self.keyboard.shift.first() {
                Some(&shift) => {
                    self.fake(xproto::KEY_PRESS_EVENT, shift)?;
                    self.tap(keycode)?;
                    self.fake(xproto::KEY_RELEASE_EVENT, shift)
                }
                None => self.type_remapped(c),
            },
            // Shift is down but the character is unshifted: let go of the helper's Shift for
            // the key (a Shift held on the sharer's own keyboard cannot be let go of).
            Some((keycode, _)) if !held_shifts.is_empty() => {
                for &shift in &held_shifts {
                    self.fake(xproto::KEY_RELEASE_EVENT, shift)?;
                }
                self.tap(keycode)?;
                for &shift in &held_shifts {
                    self.fake(xproto::KEY_PRESS_EVENT, shift)?;
                }
                Ok(())
            }
            _ => self.type_remapped(c),
        }
    }

    /// Types a character on a spare keycode, remapping one if no spare has it yet.
    fn type_remapped(&mut self, c: char) -> Result<(), InjectError> {
        let keysym = keymap::unicode_keysym(c);
        let cached = self
            .keyboard
            .spares
            .iter()
            .position(|spare| spare.keysym == Some(keysym));
        let index = if let Some(index) = cached {
            index
        } else {
            let index = self
                .keyboard
                .spares
                .iter()
                .enumerate()
                .min_by_key(|(_, spare)| spare.last_used)
                .map(|(index, _)| index)
                .ok_or(InjectError::Unsupported(
                    "typing characters the keyboard layout lacks (no empty keycode)",
                ))?;
            let spare = &self.keyboard.spares[index];
            wait_until_idle(spare.last_used);
            let mut keysyms = vec![NO_SYMBOL; self.keyboard.per_keycode];
            // The same keysym at both levels: Shift does not change it, and XKB does not give
            // the key an upper case of its own.
            for slot in keysyms.iter_mut().take(2) {
                *slot = keysym;
            }
            // The server handles this connection's requests in order, so the press cannot
            // overtake the remap; the round trip is so that a refused remap fails this call
            // rather than typing whatever the keycode had. (Tests showed no pause is needed
            // beyond `REUSE_AFTER`.)
            if let Err(err) = self
                .keyboard
                .remap(&self.conn, spare.keycode, &keysyms, true)
            {
                self.stale = true;
                return Err(err);
            }
            self.keyboard.spares[index].keysym = Some(keysym);
            index
        };
        let keycode = self.keyboard.spares[index].keycode;
        self.tap(keycode)?;
        self.keyboard.spares[index].last_used = Some(Instant::now());
        Ok(())
    }

    /// Gives the spare keycodes back their empty mapping.
    fn restore_spares(&mut self) -> Result<(), InjectError> {
        let last = self
            .keyboard
            .spares
            .iter()
            .filter(|spare| spare.keysym.is_some())
            .filter_map(|spare| spare.last_used)
            .max();
        wait_until_idle(last);
        let empty = vec![NO_SYMBOL; self.keyboard.per_keycode];
        let remapped: Vec<u8> = self
            .keyboard
            .spares
            .iter()
            .filter(|spare| spare.keysym.is_some())
            .map(|spare| spare.keycode)
            .collect();
        for keycode in remapped {
            self.keyboard.remap(&self.conn, keycode, &empty, false)?;
        }
        for spare in &mut self.keyboard.spares {
            spare.keysym = None;
        }
        Ok(())
    }

    /// Turns one wheel axis: `pending` pixels so far plus `delta`, one click per step.
    fn turn(
        &mut self,
        pending: f64,
        delta: f64,
        back: u8,
        forward: u8,
    ) -> Result<f64, InjectError> {
        let mut pending = pending + delta;
        let mut clicks = 0;
        while pending.abs() >= WHEEL_STEP {
            if clicks == MAX_CLICKS {
                pending %= WHEEL_STEP;
                break;
            }
            let button = if pending > 0.0 { forward } else { back };
            self.fake(xproto::BUTTON_PRESS_EVENT, button)?;
            self.fake(xproto::BUTTON_RELEASE_EVENT, button)?;
            pending -= WHEEL_STEP.copysign(pending);
            clicks += 1;
        }
        Ok(pending)
    }
}

impl Injector for X11Injector {
    fn set_area(&mut self, area: MonitorArea) {
        self.area = area;
    }

    fn pointer_move(&mut self, x: f64, y: f64) -> Result<(), InjectError> {
        let root_x = to_root(x, self.area.x, self.area.width);
        let root_y = to_root(y, self.area.y, self.area.height);
        // Detail 0: absolute coordinates on `root`.
        self.conn
            .xtest_fake_input(
                xproto::MOTION_NOTIFY_EVENT,
                0,
                x11rb::CURRENT_TIME,
                self.root,
                root_x,
                root_y,
                0,
            )
            .map_err(failed)?;
        self.finish()
    }

    fn button(&mut self, button: PointerButton, down: bool) -> Result<(), InjectError> {
        let number = match button {
            PointerButton::Left => 1,
            PointerButton::Middle => 2,
            PointerButton::Right => 3,
            PointerButton::Back => 8,
            PointerButton::Forward => 9,
        };
        if down {
            self.buttons.insert(number);
            self.fake(xproto::BUTTON_PRESS_EVENT, number)?;
        } else if self.buttons.remove(&number) {
            self.fake(xproto::BUTTON_RELEASE_EVENT, number)?;
        }
        self.finish()
    }

    fn wheel(&mut self, dx: f64, dy: f64) -> Result<(), InjectError> {
        let (dx, dy) = (
            if dx.is_finite() { dx } else { 0.0 },
            if dy.is_finite() { dy } else { 0.0 },
        );
        // Buttons 4/5 turn up/down, 6/7 left/right.
        self.wheel.1 = self.turn(self.wheel.1, dy, 4, 5)?;
        self.wheel.0 = self.turn(self.wheel.0, dx, 6, 7)?;
        self.finish()
    }

    fn key(&mut self, code: &str, down: bool) -> Result<(), InjectError> {
        let keycode = keymap::x11_keycode(code)
            .filter(|keycode| {
                (self.keyboard.min_keycode..=self.keyboard.max_keycode).contains(keycode)
            })
            .ok_or_else(|| InjectError::UnknownKey(code.to_owned()))?;
        if down {
            self.keys.insert(keycode);
            self.fake(xproto::KEY_PRESS_EVENT, keycode)?;
        } else if self.keys.remove(&keycode) {
            self.fake(xproto::KEY_RELEASE_EVENT, keycode)?;
        }
        self.finish()
    }

    fn text(&mut self, text: &str) -> Result<(), InjectError> {
        self.finish()?;
        if self.stale {
            self.stale = false;
            let spares = std::mem::take(&mut self.keyboard.spares);
            self.keyboard = Keyboard::read(&self.conn, spares)?;
        }
        let mut state = self.state()?;
        // Caps Lock would turn letters to capitals (clients with XKB do so even on keys whose
        // type ignores Lock, such as the spare keycodes): off for the text, on again after.
        let caps_lock = if state & LOCK_MASK != 0 && text.chars().any(has_case) {
            self.keyboard.caps_lock
        } else {
            None
        };
        if let Some(key) = caps_lock {
            self.tap(key)?;
            state &= !LOCK_MASK;
        }
        let mut result = Ok(());
        for c in text.chars().filter(|c| !c.is_control()) {
            result = self.type_char(c, state);
            if result.is_err() {
                break;
            }
        }
        if let Some(key) = caps_lock {
            result = result.and(self.tap(key));
        }
        self.finish()?;
        result
    }

    fn release_all(&mut self) -> Result<(), InjectError> {
        for keycode in std::mem::take(&mut self.keys) {
            self.fake(xproto::KEY_RELEASE_EVENT, keycode)?;
        }
        for button in std::mem::take(&mut self.buttons) {
            self.fake(xproto::BUTTON_RELEASE_EVENT, button)?;
        }
        self.wheel = (0.0, 0.0);
        self.restore_spares()?;
        self.finish()
    }
}

impl Drop for X11Injector {
    fn drop(&mut self) {
        if let Err(err) = self.release_all() {
            tracing::debug!(%err, "releasing input on close");
        }
        // Wait until the server has handled everything: closing a Unix socket with unread
        // events in it (our own MappingNotify) resets the connection, and the server then
        // drops the requests it had not read yet.
        if let Ok(cookie) = self.conn.get_input_focus() {
            let _ = cookie.reply();
        }
    }
}

impl Keyboard {
    /// Reads the mapping and the modifiers, keeping the spares of `previous` that are still
    /// ours and topping the pool up with empty keycodes.
    fn read(conn: &RustConnection, previous: Vec<Spare>) -> Result<Self, InjectError> {
        let setup = conn.setup();
        let (min_keycode, max_keycode) = (setup.min_keycode, setup.max_keycode);
        let mapping = conn
            .get_keyboard_mapping(min_keycode, max_keycode - min_keycode + 1)
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        let modifiers = conn
            .get_modifier_mapping()
            .map_err(failed)?
            .reply()
            .map_err(failed)?;
        let per_modifier = modifiers.keycodes.len() / 8;
        let shift: Vec<u8> = modifiers.keycodes[..per_modifier]
            .iter()
            .copied()
            .filter(|&keycode| keycode != 0)
            .collect();
        let mut keyboard = Self {
            min_keycode,
            max_keycode,
            per_keycode: usize::from(mapping.keysyms_per_keycode).max(1),
            keysyms: mapping.keysyms,
            shift,
            caps_lock: None,
            spares: Vec::new(),
        };
        keyboard.caps_lock = modifiers.keycodes[per_modifier..2 * per_modifier]
            .iter()
            .copied()
            .find(|&keycode| {
                keycode >= min_keycode && keyboard.syms(keycode).first() == Some(&CAPS_LOCK)
            });
        // A spare another client has since given keysyms of its own is no longer ours.
        for spare in previous {
            let syms = keyboard.syms(spare.keycode);
            if syms
                .iter()
                .all(|&sym| sym == NO_SYMBOL || Some(sym) == spare.keysym)
            {
                keyboard.spares.push(spare);
            }
        }
        let modifier_keys: BTreeSet<u8> = modifiers.keycodes.iter().copied().collect();
        let named_keys: BTreeSet<u8> = keymap::codes().filter_map(keymap::x11_keycode).collect();
        // Empty keycodes from the top: first those no `KeyboardEvent.code` maps to (so the
        // helper pressing a physical key never hits a remapped one), then any.
        for allow_named in [false, true] {
            for keycode in (min_keycode..=max_keycode).rev() {
                if keyboard.spares.len() >= SPARE_POOL
                    || (allow_named && keyboard.spares.len() >= 4)
                {
                    break;
                }
                let empty = keyboard.syms(keycode).iter().all(|&sym| sym == NO_SYMBOL);
                let taken = keyboard.spares.iter().any(|spare| spare.keycode == keycode);
                if empty
                    && !taken
                    && !modifier_keys.contains(&keycode)
                    && (allow_named || !named_keys.contains(&keycode))
                {
                    keyboard.spares.push(Spare {
                        keycode,
                        keysym: None,
                        last_used: None,
                    });
                }
            }
        }
        Ok(keyboard)
    }

    fn syms(&self, keycode: u8) -> &[u32] {
        let start = usize::from(keycode - self.min_keycode) * self.per_keycode;
        &self.keysyms[start..start + self.per_keycode]
    }

    /// A key of the layout that types `c` in `group` (0 or 1; the core mapping lists the
    /// second group in columns 2 and 3), and at which level (0 plain, 1 shifted), preferring
    /// the level that matches the Shift state.
    fn find(&self, c: char, group: u16, shifted: bool) -> Option<(u8, usize)> {
        if group > 1 {
            return None;
        }
        let cp = u32::from(c);
        let wanted = [
            Some(keymap::unicode_keysym(c)),
            Some(0x0100_0000 + cp),
            keymap::legacy_keysym(c),
        ];
        let mut best = None;
        for keycode in self.min_keycode..=self.max_keycode {
            if self.spares.iter().any(|spare| spare.keycode == keycode) {
                continue;
            }
            let syms = self.syms(keycode);
            let column = |index: usize| syms.get(index).copied().unwrap_or(NO_SYMBOL);
            // A key without symbols in the active group wraps to its first group.
            let first = if group == 1 && (column(2) != NO_SYMBOL || column(3) != NO_SYMBOL) {
                2
            } else {
                0
            };
            for level in 0..2 {
                let sym = column(first + level);
                if sym != NO_SYMBOL && wanted.contains(&Some(sym)) {
                    if (level == 1) == shifted {
                        return Some((keycode, level));
                    }
                    best = best.or(Some((keycode, level)));
                }
            }
        }
        best
    }

    /// Sets one keycode's keysyms, and remembers them. With `checked`, waits for the server's
    /// answer (a round trip), so that a refused remap fails here.
    fn remap(
        &mut self,
        conn: &RustConnection,
        keycode: u8,
        keysyms: &[u32],
        checked: bool,
    ) -> Result<(), InjectError> {
        let per = u8::try_from(self.per_keycode).map_err(failed)?;
        let cookie = conn
            .change_keyboard_mapping(1, keycode, per, keysyms)
            .map_err(failed)?;
        let start = usize::from(keycode - self.min_keycode) * self.per_keycode;
        self.keysyms[start..start + self.per_keycode].copy_from_slice(keysyms);
        if checked {
            cookie.check().map_err(failed)?;
        }
        Ok(())
    }
}

/// A fraction of an area's side → a root window coordinate: `start + round(fraction *
/// (size - 1))`, so that 0.0 and 1.0 are the first and last pixels.
// Clamped to the range of i16 and rounded: the cast is exact.
#[allow(clippy::cast_possible_truncation)]
fn to_root(fraction: f64, start: i32, size: u32) -> i16 {
    let offset = (fraction.clamp(0.0, 1.0) * f64::from(size.saturating_sub(1))).round();
    (f64::from(start) + offset).clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16
}

/// Whether Caps Lock changes `c` (it has a lower and an upper case).
fn has_case(c: char) -> bool {
    c.to_lowercase().ne(c.to_uppercase())
}

/// Sleeps until [`REUSE_AFTER`] has passed since `last_used`.
fn wait_until_idle(last_used: Option<Instant>) {
    if let Some(wait) = last_used.and_then(|last| REUSE_AFTER.checked_sub(last.elapsed())) {
        std::thread::sleep(wait);
    }
}
