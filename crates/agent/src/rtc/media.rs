//! The capture and encode thread: at most `max_fps` times a second it asks the capturer for a
//! frame and encodes it only if the screen changed, so a static screen costs almost nothing.
//! It also follows the cursor and the monitor list for the `screen` channel, and obeys the
//! driver's commands (connected, keyframe, monitor choice, bandwidth estimate).

use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use assist_protocol::input::{Fraction, Monitor, ScreenEvent};

use super::cursor::{self, CursorShape};
use super::driver::Input;
use super::{PeerOptions, Shared};
use crate::capture::{Capturer, CursorPosition};
use crate::encode::{EncodedFrame, H264Encoder, MAX_BITRATE_BPS, MIN_BITRATE_BPS};
use crate::session::control::Control;

/// How often the monitor list is looked at for changes.
const MONITOR_POLL: Duration = Duration::from_secs(1);
/// Keyframes asked for by the browser come at most this often (a lossy link can send a PLI
/// per lost packet; each keyframe is a burst of the whole screen).
const KEYFRAME_REQUEST_GAP: Duration = Duration::from_millis(500);
/// The most video the send queue may hold, in seconds at the target bitrate, before frames
/// are skipped: latency stays bounded when the link is slower than the picture changes.
const MAX_QUEUE_SECONDS: f64 = 0.5;
/// Encoded frames handed to the driver and not yet written, before frames are skipped.
const MAX_IN_FLIGHT: u64 = 3;
/// On a static screen, the unchanged picture is sent again this often (a P-frame of skipped
/// blocks, some tens of bytes). Chromium asks for a keyframe after 3 s without a frame, and a
/// 1080p keyframe every 3 s costs far more than these.
const KEEPALIVE: Duration = Duration::from_secs(2);
/// Consecutive capture or encode failures before the connection is given up.
const MAX_FAILURES: u32 = 30;

/// What the driver tells the media thread.
#[derive(Debug)]
pub(super) enum Command {
    /// ICE and DTLS are up: start sending, beginning with a keyframe.
    Connected,
    /// The `screen` channel opened: send the monitors and the cursor.
    ScreenOpen,
    /// The helper chose a monitor.
    Select(u32),
    /// The browser asked for a keyframe.
    Keyframe,
    /// The bandwidth estimate's share for video, in bits a second.
    Bitrate(u64),
    /// Stop.
    Stop,
}

/// An encoded frame on its way to the driver.
#[derive(Debug)]
pub(super) struct Outgoing {
    pub encoded: EncodedFrame,
    /// When the picture was taken (its RTP time).
    pub captured: Instant,
}

/// A virtual send queue: fills with every frame's bits, drains at the target bitrate.
#[derive(Debug)]
struct Queue {
    bits: f64,
    at: Instant,
}

impl Queue {
    #[allow(clippy::cast_precision_loss)] // Bitrates and sizes far within f64's range.
    fn drain(&mut self, now: Instant, bps: u64) {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.bits = (self.bits - elapsed * bps as f64).max(0.0);
        self.at = now;
    }

    #[allow(clippy::cast_precision_loss)]
    fn is_backed_up(&self, bps: u64) -> bool {
        self.bits > bps as f64 * MAX_QUEUE_SECONDS
    }
}

#[allow(clippy::struct_excessive_bools)] // Independent facts about the loop, not one mode.
pub(super) struct Media {
    capturer: Box<dyn Capturer>,
    control: Arc<Control>,
    shared: Arc<Shared>,
    to_driver: mpsc::Sender<Input>,
    encoder: H264Encoder,
    interval: Duration,
    connected: bool,
    screen_open: bool,
    /// The next frame must be sent even if nothing changed, as a keyframe.
    keyframe: bool,
    /// The next frame must be sent even if nothing changed (the last change was skipped).
    refresh: bool,
    last_keyframe_request: Option<Instant>,
    /// When the last frame was handed to the driver.
    last_sent: Option<Instant>,
    cursor_sent: Option<CursorPosition>,
    shape: Option<CursorShape>,
    shape_sent: bool,
    monitors: Vec<Monitor>,
    monitors_checked: Option<Instant>,
    queue: Queue,
    failures: u32,
}

impl Media {
    pub(super) fn new(
        capturer: Box<dyn Capturer>,
        control: Arc<Control>,
        shared: Arc<Shared>,
        to_driver: mpsc::Sender<Input>,
        options: &PeerOptions,
        started: Instant,
    ) -> Self {
        let fps = options.max_fps.clamp(1, 60);
        #[allow(clippy::cast_precision_loss)] // 1 to 60.
        let encoder = H264Encoder::new(options.start_bitrate_bps, fps as f32);
        Self {
            capturer,
            control,
            shared,
            to_driver,
            encoder,
            interval: Duration::from_secs(1) / fps,
            connected: false,
            screen_open: false,
            keyframe: true,
            refresh: false,
            last_keyframe_request: None,
            last_sent: None,
            cursor_sent: None,
            shape: None,
            shape_sent: false,
            monitors: Vec::new(),
            monitors_checked: None,
            queue: Queue {
                bits: 0.0,
                at: started,
            },
            failures: 0,
        }
    }

    pub(super) fn run(mut self, commands: &mpsc::Receiver<Command>) {
        let mut next_tick = Instant::now();
        loop {
            let now = Instant::now();
            match commands.recv_timeout(next_tick.saturating_duration_since(now)) {
                Ok(Command::Stop) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Ok(command) => {
                    self.on_command(&command);
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
            }
            if self.shared.stop.load(Ordering::Relaxed) {
                break;
            }
            let now = Instant::now();
            next_tick += self.interval;
            if next_tick < now {
                // Fell behind (a slow encode): no catching up in a burst.
                next_tick = now + self.interval;
            }
            if self.connected {
                self.tick(now);
            }
        }
    }

    fn on_command(&mut self, command: &Command) {
        match *command {
            Command::Connected => {
                self.connected = true;
                self.keyframe = true;
            }
            Command::ScreenOpen => {
                self.screen_open = true;
                self.refresh_monitors(true);
                self.shape_sent = false;
                self.cursor_sent = None;
                self.send_cursor();
            }
            Command::Select(id) => match self.capturer.select(id) {
                Ok(()) => {
                    tracing::info!(id, "the helper chose a monitor");
                    self.control.set_area(self.capturer.selected_area());
                    self.keyframe = true;
                    self.cursor_sent = None;
                    self.refresh_monitors(true);
                }
                Err(err) => {
                    tracing::debug!(%err, "the helper chose a monitor that is not there");
                    Shared::add(&self.shared.screen_dropped, 1);
                }
            },
            Command::Keyframe => {
                let now = Instant::now();
                let recent = self
                    .last_keyframe_request
                    .is_some_and(|at| now.duration_since(at) < KEYFRAME_REQUEST_GAP);
                if !recent {
                    self.last_keyframe_request = Some(now);
                    self.keyframe = true;
                }
            }
            Command::Bitrate(bps) => {
                let bps = bps.clamp(u64::from(MIN_BITRATE_BPS), u64::from(MAX_BITRATE_BPS));
                self.shared.target_bitrate.store(bps, Ordering::Relaxed);
                self.encoder
                    .set_bitrate(u32::try_from(bps).unwrap_or(MAX_BITRATE_BPS));
            }
            Command::Stop => {}
        }
    }

    fn tick(&mut self, now: Instant) {
        if self.screen_open {
            self.send_cursor();
        }
        if self
            .monitors_checked
            .is_none_or(|at| now.duration_since(at) >= MONITOR_POLL)
        {
            self.refresh_monitors(false);
        }

        let target = Shared::get(&self.shared.target_bitrate);
        self.queue.drain(now, target);
        let keepalive = self
            .last_sent
            .is_some_and(|at| now.duration_since(at) >= KEEPALIVE);
        let force = self.keyframe || self.refresh || keepalive;
        let in_flight = self.shared.in_flight.load(Ordering::Relaxed);
        if !self.keyframe && (self.queue.is_backed_up(target) || in_flight >= MAX_IN_FLIGHT) {
            // Not even looking at the screen: the change stays pending in the capturer.
            Shared::add(&self.shared.frames_dropped, 1);
            return;
        }

        let started = Instant::now();
        let frame = match self.capturer.next_frame(force) {
            Ok(Some(frame)) => frame,
            Ok(None) => return,
            Err(err) => {
                self.fail(&format!("screen capture failed: {err}"));
                return;
            }
        };
        Shared::add(&self.shared.frames_captured, 1);
        if self.keyframe {
            self.encoder.force_keyframe();
        }
        let encoded = self.encoder.encode(frame);
        let spent = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        Shared::add(&self.shared.encode_micros, spent);
        match encoded {
            Ok(Some(encoded)) => {
                self.failures = 0;
                self.keyframe = false;
                self.refresh = false;
                #[allow(clippy::cast_precision_loss)] // Frame sizes far within range.
                let bits = encoded.data.len() as f64 * 8.0;
                self.queue.bits += bits;
                self.last_sent = Some(now);
                tracing::trace!(
                    bytes = encoded.data.len(),
                    keyframe = encoded.keyframe,
                    keepalive,
                    "frame"
                );
                self.shared.in_flight.fetch_add(1, Ordering::Relaxed);
                let outgoing = Outgoing {
                    encoded,
                    captured: started,
                };
                if self.to_driver.send(Input::Frame(outgoing)).is_err() {
                    self.shared.in_flight.fetch_sub(1, Ordering::Relaxed);
                }
            }
            Ok(None) if keepalive && !self.keyframe => {
                // Nothing to say for the unchanged screen: try again at the next keepalive.
                self.last_sent = Some(now);
            }
            Ok(None) => {
                // The rate control skipped it: send the screen again next time even if it
                // stays as it is, or the helper would keep seeing the picture before.
                Shared::add(&self.shared.frames_dropped, 1);
                self.refresh = true;
            }
            Err(err) => self.fail(&format!("encoding failed: {err}")),
        }
    }

    fn fail(&mut self, why: &str) {
        self.failures += 1;
        tracing::warn!(why, failures = self.failures, "media");
        if self.failures == MAX_FAILURES {
            let _ = self.to_driver.send(Input::Fatal(why.to_owned()));
        }
    }

    fn send_screen(&self, event: &ScreenEvent) {
        match serde_json::to_string(event) {
            Ok(text) => {
                let _ = self.to_driver.send(Input::Screen(text));
            }
            Err(err) => tracing::warn!(%err, "a screen message did not serialise"),
        }
    }

    /// Sends the monitor list if it changed (or `always`).
    fn refresh_monitors(&mut self, always: bool) {
        self.monitors_checked = Some(Instant::now());
        let monitors = match self.capturer.monitors() {
            Ok(monitors) => monitors,
            Err(err) => {
                tracing::debug!(%err, "listing the monitors failed");
                return;
            }
        };
        let changed = monitors != self.monitors;
        self.monitors = monitors;
        if self.screen_open && (changed || always) {
            self.send_screen(&ScreenEvent::Monitors {
                monitors: self.monitors.clone(),
                selected: self.capturer.selected(),
            });
        }
    }

    /// Sends the cursor's shape and position if they changed.
    fn send_cursor(&mut self) {
        match self.capturer.cursor_image() {
            Ok(Some(image)) => {
                if let Some(shape) = cursor::encode(&image) {
                    self.shape = Some(shape);
                    self.shape_sent = false;
                }
            }
            Ok(None) => {}
            Err(err) => tracing::debug!(%err, "reading the cursor shape failed"),
        }
        if !self.shape_sent
            && let Some(shape) = &self.shape
        {
            self.send_screen(&ScreenEvent::CursorShape {
                png: shape.png.clone(),
                hot_x: shape.hot_x,
                hot_y: shape.hot_y,
            });
            self.shape_sent = true;
        }

        let Ok(position) = self.capturer.cursor_position() else {
            return;
        };
        if self.cursor_sent == Some(position) {
            return;
        }
        let fraction = |v: f64| {
            Fraction::try_from(if v.is_finite() {
                v.clamp(0.0, 1.0)
            } else {
                0.0
            })
        };
        let (Ok(x), Ok(y)) = (fraction(position.x), fraction(position.y)) else {
            return;
        };
        self.send_screen(&ScreenEvent::Cursor {
            x,
            y,
            visible: position.visible,
        });
        self.cursor_sent = Some(position);
    }
}
