//! The consent gate. Input from the helper reaches the desktop only through [`Control`], and
//! only while this agent has granted control: the sharer's own device decides, whatever the
//! server or the helper's browser say. Revoking takes effect before the call returns (no
//! network involved) and releases every key and button the helper held.
//!
//! Every message is parsed and validated here; one that is malformed, out of range, of the
//! wrong channel, or arrives while control is not granted is dropped and counted.

use std::sync::Mutex;

use assist_protocol::input::{INPUT_CHANNEL, InputEvent, MAX_MESSAGE_BYTES, POINTER_CHANNEL};

use crate::input::{Injector, MonitorArea};

/// What happened to a message from the helper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Injected.
    Injected,
    /// Not injected: control is not granted now.
    NotGranted,
    /// Not injected: it did not parse, was too long, or came on the wrong channel.
    Malformed,
    /// Not injected: a pointer move older than one already applied.
    Stale,
    /// The injector failed (logged); nothing is retried.
    Failed,
}

/// Counters for the session's end report and the logs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ControlStats {
    /// Events injected.
    pub injected: u64,
    /// Dropped because control was not granted.
    pub not_granted: u64,
    /// Dropped because they were malformed.
    pub malformed: u64,
    /// Pointer moves dropped because a later one was already applied.
    pub stale: u64,
    /// Injections that failed.
    pub failed: u64,
}

/// The gate between the data channels and the injector.
pub struct Control {
    inner: Mutex<Inner>,
}

struct Inner {
    injector: Box<dyn Injector>,
    granted: bool,
    last_move: Option<u32>,
    stats: ControlStats,
}

impl std::fmt::Debug for Control {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        f.debug_struct("Control")
            .field("granted", &inner.granted)
            .field("stats", &inner.stats)
            .finish_non_exhaustive()
    }
}

impl Control {
    /// A closed gate in front of `injector`.
    #[must_use]
    pub fn new(injector: Box<dyn Injector>) -> Self {
        Self {
            inner: Mutex::new(Inner {
                injector,
                granted: false,
                last_move: None,
                stats: ControlStats::default(),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while injecting must not leave control stuck open or closed forever: the
        // state is a flag and counters, valid whatever was interrupted.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Opens the gate: the sharer allowed control and it is not paused.
    pub fn grant(&self) {
        let mut inner = self.lock();
        if !inner.granted {
            inner.granted = true;
            inner.last_move = None;
            tracing::info!("control granted");
        }
    }

    /// Closes the gate at once and releases everything the helper pressed. Safe to call
    /// whether or not control was granted.
    pub fn revoke(&self) {
        let mut inner = self.lock();
        let was = inner.granted;
        inner.granted = false;
        if let Err(err) = inner.injector.release_all() {
            tracing::warn!(%err, "releasing keys and buttons failed");
        }
        if was {
            tracing::info!(stats = ?inner.stats, "control revoked");
        }
    }

    /// Whether input is being injected now.
    #[must_use]
    pub fn is_granted(&self) -> bool {
        self.lock().granted
    }

    /// The monitor that pointer fractions refer to (the one being sent).
    pub fn set_area(&self, area: MonitorArea) {
        self.lock().injector.set_area(area);
    }

    /// Counters so far.
    #[must_use]
    pub fn stats(&self) -> ControlStats {
        self.lock().stats
    }

    /// Handles one data-channel message from the helper on `channel`.
    pub fn handle(&self, channel: &str, data: &[u8]) -> Verdict {
        let mut inner = self.lock();
        let verdict = inner.handle(channel, data);
        match verdict {
            Verdict::Injected => inner.stats.injected += 1,
            Verdict::NotGranted => inner.stats.not_granted += 1,
            Verdict::Malformed => inner.stats.malformed += 1,
            Verdict::Stale => inner.stats.stale += 1,
            Verdict::Failed => inner.stats.failed += 1,
        }
        verdict
    }
}

impl Inner {
    fn handle(&mut self, channel: &str, data: &[u8]) -> Verdict {
        if data.len() > MAX_MESSAGE_BYTES {
            return Verdict::Malformed;
        }
        let Ok(event) = serde_json::from_slice::<InputEvent>(data) else {
            return Verdict::Malformed;
        };
        // Moves travel unreliably on their own channel, everything else reliably: an event on
        // the other channel is a confused or hostile sender.
        let is_move = matches!(event, InputEvent::PointerMove { .. });
        let expected = if is_move {
            POINTER_CHANNEL
        } else {
            INPUT_CHANNEL
        };
        if channel != expected {
            return Verdict::Malformed;
        }
        if !self.granted {
            return Verdict::NotGranted;
        }
        let result = match event {
            InputEvent::PointerMove { x, y, seq } => {
                if self.last_move.is_some_and(|last| !is_later(seq, last)) {
                    return Verdict::Stale;
                }
                self.last_move = Some(seq);
                self.injector.pointer_move(x.get(), y.get())
            }
            InputEvent::PointerButton { button, down, x, y } => self
                .injector
                .pointer_move(x.get(), y.get())
                .and_then(|()| self.injector.button(button, down)),
            InputEvent::Wheel { dx, dy } => self.injector.wheel(dx.into(), dy.into()),
            InputEvent::Key { code, down } => self.injector.key(code.as_str(), down),
            InputEvent::Text { text } => self.injector.text(text.as_str()),
            InputEvent::ReleaseAll => self.injector.release_all(),
        };
        match result {
            Ok(()) => Verdict::Injected,
            Err(err) => {
                tracing::warn!(%err, "injection failed");
                Verdict::Failed
            }
        }
    }
}

/// Whether sequence number `seq` comes after `last`, allowing for wrap-around.
fn is_later(seq: u32, last: u32) -> bool {
    let ahead = seq.wrapping_sub(last);
    ahead != 0 && ahead < u32::MAX / 2
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use assist_protocol::input::PointerButton;

    use super::*;
    use crate::input::InjectError;

    /// Records what would have been injected (a unit-test double; the real XTest injector is
    /// exercised under Xvfb by the end-to-end test).
    #[derive(Default)]
    struct Recorder(Arc<Mutex<Vec<String>>>);

    impl Injector for Recorder {
        fn set_area(&mut self, area: MonitorArea) {
            self.push(format!("area {}x{}", area.width, area.height));
        }
        fn pointer_move(&mut self, x: f64, y: f64) -> Result<(), InjectError> {
            self.push(format!("move {x} {y}"));
            Ok(())
        }
        fn button(&mut self, button: PointerButton, down: bool) -> Result<(), InjectError> {
            self.push(format!("button {button:?} {down}"));
            Ok(())
        }
        fn wheel(&mut self, dx: f64, dy: f64) -> Result<(), InjectError> {
            self.push(format!("wheel {dx} {dy}"));
            Ok(())
        }
        fn key(&mut self, code: &str, down: bool) -> Result<(), InjectError> {
            if code == "F24" {
                return Err(InjectError::UnknownKey(code.to_owned()));
            }
            self.push(format!("key {code} {down}"));
            Ok(())
        }
        fn text(&mut self, text: &str) -> Result<(), InjectError> {
            self.push(format!("text {text}"));
            Ok(())
        }
        fn release_all(&mut self) -> Result<(), InjectError> {
            self.push("release_all".to_owned());
            Ok(())
        }
    }

    impl Recorder {
        fn push(&self, line: String) {
            self.0.lock().expect("not poisoned").push(line);
        }
    }

    fn gate() -> (Control, Arc<Mutex<Vec<String>>>) {
        let log = Arc::new(Mutex::new(Vec::new()));
        (Control::new(Box::new(Recorder(Arc::clone(&log)))), log)
    }

    fn taken(log: &Arc<Mutex<Vec<String>>>) -> Vec<String> {
        std::mem::take(&mut *log.lock().expect("not poisoned"))
    }

    const CLICK: &[u8] =
        br#"{"type":"pointer_button","button":"left","down":true,"x":0.5,"y":0.25}"#;

    #[test]
    fn nothing_is_injected_before_control_is_granted() {
        let (control, log) = gate();
        assert_eq!(control.handle(INPUT_CHANNEL, CLICK), Verdict::NotGranted);
        assert_eq!(
            control.handle(
                POINTER_CHANNEL,
                br#"{"type":"pointer_move","x":0.1,"y":0.2,"seq":1}"#
            ),
            Verdict::NotGranted
        );
        assert!(taken(&log).is_empty());
        assert_eq!(control.stats().not_granted, 2);
    }

    #[test]
    fn granted_input_is_injected_and_revoking_stops_it_and_releases_everything() {
        let (control, log) = gate();
        control.grant();
        assert_eq!(control.handle(INPUT_CHANNEL, CLICK), Verdict::Injected);
        assert_eq!(
            control.handle(
                INPUT_CHANNEL,
                br#"{"type":"key","code":"ShiftLeft","down":true}"#
            ),
            Verdict::Injected
        );
        assert_eq!(
            control.handle(
                INPUT_CHANNEL,
                "{\"type\":\"text\",\"text\":\"é中\"}".as_bytes()
            ),
            Verdict::Injected
        );
        assert_eq!(
            taken(&log),
            [
                "move 0.5 0.25",
                "button Left true",
                "key ShiftLeft true",
                "text é中"
            ]
        );
        control.revoke();
        assert_eq!(taken(&log), ["release_all"]);
        assert_eq!(control.handle(INPUT_CHANNEL, CLICK), Verdict::NotGranted);
        assert!(taken(&log).is_empty());
        assert!(!control.is_granted());
    }

    #[test]
    fn malformed_and_misrouted_events_are_dropped_and_counted() {
        let (control, log) = gate();
        control.grant();
        let bad: [(&str, &[u8]); 7] = [
            (INPUT_CHANNEL, b"not json"),
            (
                INPUT_CHANNEL,
                br#"{"type":"pointer_button","button":"left","down":true,"x":1.5,"y":0}"#,
            ),
            (
                INPUT_CHANNEL,
                br#"{"type":"key","code":"../../etc","down":true}"#,
            ),
            (INPUT_CHANNEL, br#"{"type":"text","text":"\u0007"}"#),
            (INPUT_CHANNEL, br#"{"type":"launch_missiles"}"#),
            // A move on the reliable channel, a click on the unreliable one.
            (
                INPUT_CHANNEL,
                br#"{"type":"pointer_move","x":0.1,"y":0.2,"seq":1}"#,
            ),
            (POINTER_CHANNEL, CLICK),
        ];
        for (channel, data) in bad {
            assert_eq!(
                control.handle(channel, data),
                Verdict::Malformed,
                "{data:?}"
            );
        }
        let huge = vec![b' '; MAX_MESSAGE_BYTES + 1];
        assert_eq!(control.handle(INPUT_CHANNEL, &huge), Verdict::Malformed);
        assert!(taken(&log).is_empty());
        assert_eq!(control.stats().malformed, 8);
    }

    #[test]
    fn a_move_older_than_the_last_applied_is_dropped() {
        let (control, log) = gate();
        control.grant();
        let mv = |seq: u32| format!(r#"{{"type":"pointer_move","x":0.5,"y":0.5,"seq":{seq}}}"#);
        assert_eq!(
            control.handle(POINTER_CHANNEL, mv(5).as_bytes()),
            Verdict::Injected
        );
        assert_eq!(
            control.handle(POINTER_CHANNEL, mv(4).as_bytes()),
            Verdict::Stale
        );
        assert_eq!(
            control.handle(POINTER_CHANNEL, mv(5).as_bytes()),
            Verdict::Stale
        );
        assert_eq!(
            control.handle(POINTER_CHANNEL, mv(6).as_bytes()),
            Verdict::Injected
        );
        assert!(is_later(0, u32::MAX), "wraps around");
        assert_eq!(taken(&log).len(), 2);
        assert_eq!(control.stats().stale, 2);
    }

    #[test]
    fn a_failing_injection_is_counted_not_fatal() {
        let (control, _log) = gate();
        control.grant();
        assert_eq!(
            control.handle(INPUT_CHANNEL, br#"{"type":"key","code":"F24","down":true}"#),
            Verdict::Failed
        );
        assert_eq!(control.handle(INPUT_CHANNEL, CLICK), Verdict::Injected);
        assert_eq!(control.stats().failed, 1);
    }
}
