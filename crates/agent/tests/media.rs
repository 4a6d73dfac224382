//! The media path end to end without a browser: the agent's [`Peer`] over a synthetic screen,
//! against a second str0m instance that answers as the helper's browser would, over loopback.
//! (The end-to-end suite repeats this with a real Chromium.)

// A test harness reports an unexpected failure by panicking, helpers included.
#![allow(clippy::unwrap_used)]

#[path = "media/browser.rs"]
mod browser;
#[path = "media/turn_server.rs"]
mod turn_server;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use assist_agent::capture::CursorImage;
use assist_agent::capture::pattern::{PatternCapturer, PatternHandle, background};
use assist_agent::input::{InjectError, Injector, MonitorArea};
use assist_agent::rtc::{Peer, PeerEvent, PeerOptions};
use assist_agent::session::control::Control;
use assist_protocol::input::{
    INPUT_CHANNEL, POINTER_CHANNEL, PointerButton, SCREEN_CHANNEL, ScreenEvent,
};
use assist_protocol::ws::Sdp;
use browser::{Browser, Seen};
use tokio::sync::mpsc::UnboundedReceiver;

const WAIT: Duration = Duration::from_secs(10);

/// Records what would have been injected.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<String>>>);

impl Recorder {
    fn push(&self, line: String) {
        self.0.lock().unwrap().push(line);
    }

    fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

impl Injector for Recorder {
    fn set_area(&mut self, area: MonitorArea) {
        self.push(format!(
            "area {} {} {}x{}",
            area.x, area.y, area.width, area.height
        ));
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
        self.push(format!("key {code} {down}"));
        Ok(())
    }
    fn text(&mut self, text: &str) -> Result<(), InjectError> {
        self.push(format!("text {text}"));
        Ok(())
    }
    fn release_all(&mut self) -> Result<(), InjectError> {
        self.push("release_all".into());
        Ok(())
    }
}

/// The agent's log on standard error when `ASSIST_LOG` is set (`ASSIST_LOG=debug cargo test
/// … -- --nocapture`), to see why a connection does not come up.
fn log_to_stderr() {
    if let Ok(filter) = std::env::var("ASSIST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    }
}

/// An agent peer and a browser, connected.
struct Rig {
    peer: Peer,
    events: UnboundedReceiver<PeerEvent>,
    seen_events: Vec<PeerEvent>,
    browser: Browser,
    control: Arc<Control>,
    injected: Recorder,
    screen: PatternHandle,
    started: Instant,
}

fn loopback() -> PeerOptions {
    PeerOptions {
        host_addresses: Some(vec!["127.0.0.1".parse().unwrap()]),
        ..PeerOptions::default()
    }
}

fn rig(capturer: PatternCapturer) -> Rig {
    rig_with(capturer, loopback())
}

fn rig_with(capturer: PatternCapturer, options: PeerOptions) -> Rig {
    log_to_stderr();
    let screen = capturer.handle();
    let injected = Recorder::default();
    let control = Arc::new(Control::new(Box::new(injected.clone())));
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let started = Instant::now();
    let peer = Peer::start(options, Box::new(capturer), Arc::clone(&control), tx).unwrap();
    let Ok(PeerEvent::Offer(offer)) = events.try_recv() else {
        panic!("the offer comes first");
    };
    let (browser, answer) = Browser::answer(&offer);
    peer.accept_answer(&answer).unwrap();
    // Trickled as well as in the answer, as a browser does.
    peer.add_remote_candidate(&browser.candidate);
    let mut rig = Rig {
        peer,
        events,
        seen_events: Vec::new(),
        browser,
        control,
        injected,
        screen,
        started,
    };
    rig.wait_event("connected", |e| *e == PeerEvent::Connected);
    rig.browser
        .wait_for("the channels", WAIT, |seen| seen.channels.len() == 3);
    rig
}

impl Rig {
    /// Waits for an event of the peer's (or finds it among those already seen). Trickled
    /// candidates are handed to the browser on the way, as the helper's page does.
    fn wait_event(&mut self, what: &str, check: impl Fn(&PeerEvent) -> bool) -> PeerEvent {
        let until = Instant::now() + WAIT;
        loop {
            if let Some(event) = self.seen_events.iter().find(|e| check(e)) {
                return event.clone();
            }
            while let Ok(event) = self.events.try_recv() {
                if let PeerEvent::LocalCandidate(candidate) = &event {
                    self.browser.add_candidate(candidate);
                }
                self.seen_events.push(event);
            }
            if self.seen_events.iter().any(&check) {
                continue;
            }
            assert!(Instant::now() < until, "no {what}: {:?}", self.seen_events);
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn wait_for(&self, what: &str, check: impl Fn(&Seen) -> bool) {
        self.browser.wait_for(what, WAIT, check);
    }
}

fn near(rgb: [u8; 3], expected: [u8; 3]) -> bool {
    rgb.iter().zip(expected).all(|(&a, e)| a.abs_diff(e) <= 16)
}

fn monitors_selected(event: &ScreenEvent) -> Option<(usize, u32)> {
    match event {
        ScreenEvent::Monitors { monitors, selected } => Some((monitors.len(), *selected)),
        _ => None,
    }
}

#[test]
fn the_offer_is_what_a_browser_expects() {
    let control = Arc::new(Control::new(Box::new(Recorder::default())));
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let capturer = Box::new(PatternCapturer::new(640, 360));
    // Production settings: the interfaces' addresses, never loopback.
    let peer = match Peer::start(PeerOptions::default(), capturer, control, tx) {
        Ok(peer) => peer,
        Err(assist_agent::rtc::RtcError::NoAddress) => {
            eprintln!("no network interface besides loopback here; nothing to check");
            return;
        }
        Err(err) => panic!("{err}"),
    };
    let offer = match events.try_recv() {
        Ok(PeerEvent::Offer(offer)) => offer,
        other => panic!("{other:?}"),
    };
    let sdp = offer.as_str();
    let lines: Vec<&str> = sdp.lines().collect();
    let video = lines
        .iter()
        .find(|l| l.starts_with("m=video"))
        .expect("a video m-line");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("m=application") && l.contains("webrtc-datachannel"))
    );
    assert!(lines.contains(&"a=sendonly"), "{sdp}");
    // H.264 only: the video line's payload types are H.264 and its retransmissions.
    let rtpmaps: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("a=rtpmap:"))
        .copied()
        .collect();
    assert!(
        rtpmaps
            .iter()
            .all(|l| l.ends_with("H264/90000") || l.ends_with("rtx/90000")),
        "{rtpmaps:?}"
    );
    assert_eq!(video.split(' ').count(), 5, "{video}");
    let fmtp = lines
        .iter()
        .find(|l| l.starts_with("a=fmtp:") && l.contains("profile-level-id"))
        .expect("H.264 parameters");
    assert!(fmtp.contains("profile-level-id=42e01f"), "{fmtp}");
    assert!(fmtp.contains("packetization-mode=1"), "{fmtp}");
    for feedback in ["nack pli", "ccm fir", "transport-cc"] {
        assert!(sdp.contains(feedback), "{feedback}: {sdp}");
    }
    // The agent is the DTLS client (see rtc::driver on why not `actpass`).
    assert!(sdp.contains("a=setup:active"));
    assert!(sdp.contains("a=fingerprint:sha-256"));
    let candidates: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("a=candidate:"))
        .copied()
        .collect();
    assert!(!candidates.is_empty(), "{sdp}");
    assert!(
        candidates
            .iter()
            .all(|c| !c.contains(" 127.0.0.1 ") && !c.contains(" ::1 ")),
        "{candidates:?}"
    );
    drop(peer);
}

#[test]
fn the_screen_video_and_input_flow_between_agent_and_browser() {
    let mut rig = rig(PatternCapturer::new(640, 360).with_monitor(320, 240));
    rig.wait_event("the first frame", |e| *e == PeerEvent::FirstFrameSent);

    // Video: decodes to the first monitor's colours.
    rig.wait_for("a picture of monitor 0", |seen| {
        seen.pictures
            .last()
            .is_some_and(|p| (p.width, p.height) == (640, 360) && near(p.corner, background(0)))
    });
    // The screen channel: the monitors as soon as it opened, and the cursor.
    rig.wait_for("the monitors", |seen| {
        seen.screen
            .iter()
            .filter_map(monitors_selected)
            .any(|m| m == (2, 0))
    });
    rig.wait_for("the cursor", |seen| {
        seen.screen
            .iter()
            .any(|e| matches!(e, ScreenEvent::Cursor { visible: true, .. }))
    });
    let connect = rig.peer.stats().connect_time.expect("connected");
    eprintln!(
        "connected after {connect:?}, first picture within {:?}",
        rig.started.elapsed()
    );

    // Changes are sent; a keyframe request is honoured.
    let before = rig.browser.seen().pictures.len();
    rig.screen.advance();
    rig.wait_for("the change", |seen| seen.pictures.len() > before);
    let keyframes = rig.peer.stats().keyframes_sent;
    rig.browser.request_keyframe();
    let until = Instant::now() + WAIT;
    while rig.peer.stats().keyframes_sent == keyframes {
        assert!(
            Instant::now() < until,
            "no keyframe after a PLI: {:?}",
            rig.peer.stats()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(rig.peer.stats().keyframe_requests >= 1);

    // Input: dropped until the sharer grants control, then injected.
    let click = br#"{"type":"pointer_button","button":"left","down":true,"x":0.5,"y":0.25}"#;
    rig.browser.send(INPUT_CHANNEL, click);
    let until = Instant::now() + WAIT;
    while rig.control.stats().not_granted == 0 {
        assert!(Instant::now() < until, "the click never reached control");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!rig.injected.lines().iter().any(|l| l.starts_with("button")));
    rig.control.grant();
    rig.browser.send(INPUT_CHANNEL, click);
    rig.browser.send(
        POINTER_CHANNEL,
        br#"{"type":"pointer_move","x":0.75,"y":0.5,"seq":1}"#,
    );
    rig.browser.send(
        INPUT_CHANNEL,
        br#"{"type":"key","code":"KeyA","down":true}"#,
    );
    let until = Instant::now() + WAIT;
    loop {
        let lines = rig.injected.lines();
        if lines.iter().any(|l| l == "key KeyA true") && lines.iter().any(|l| l == "move 0.75 0.5")
        {
            assert!(lines.iter().any(|l| l == "button Left true"));
            break;
        }
        assert!(Instant::now() < until, "input not injected: {lines:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
    // The area was set at start, for monitor 0.
    assert_eq!(rig.injected.lines()[0], "area 0 0 640x360");

    // The helper picks the second monitor: video, area and monitor list follow.
    rig.browser
        .send(SCREEN_CHANNEL, br#"{"type":"select_monitor","id":1}"#);
    rig.wait_for("a picture of monitor 1", |seen| {
        seen.pictures
            .last()
            .is_some_and(|p| (p.width, p.height) == (320, 240) && near(p.corner, background(1)))
    });
    rig.wait_for("the new selection", |seen| {
        seen.screen
            .iter()
            .filter_map(monitors_selected)
            .any(|m| m == (2, 1))
    });
    assert!(
        rig.injected
            .lines()
            .contains(&"area 640 0 320x240".to_owned())
    );

    // An unknown monitor, a malformed message: dropped and counted, nothing breaks.
    rig.browser
        .send(SCREEN_CHANNEL, br#"{"type":"select_monitor","id":9}"#);
    rig.browser.send(SCREEN_CHANNEL, b"{nonsense");
    rig.browser.send(
        SCREEN_CHANNEL,
        br#"{"type":"cursor","x":0.1,"y":0.1,"visible":true}"#,
    );
    let until = Instant::now() + WAIT;
    while rig.peer.stats().screen_dropped < 3 {
        assert!(Instant::now() < until, "{:?}", rig.peer.stats());
        std::thread::sleep(Duration::from_millis(10));
    }

    // A monitor plugged in: the helper hears of it.
    let id = rig.screen.add_monitor(800, 600);
    assert_eq!(id, 2);
    rig.wait_for("three monitors", |seen| {
        seen.screen
            .iter()
            .filter_map(monitors_selected)
            .any(|m| m == (3, 1))
    });

    // The cursor moves and changes shape.
    rig.screen.set_cursor(0.25, 0.75, true);
    rig.screen.set_cursor_image(CursorImage {
        width: 100,
        height: 100,
        hot_x: 50,
        hot_y: 10,
        rgba: [0, 0, 0, 255].repeat(100 * 100),
        serial: 2,
    });
    rig.wait_for("the cursor's move", |seen| {
        seen.screen.iter().any(|e| {
            matches!(e, ScreenEvent::Cursor { x, y, visible: true }
                if (x.get() - 0.25).abs() < 1e-9 && (y.get() - 0.75).abs() < 1e-9)
        })
    });
    rig.wait_for("the cursor's shape", |seen| {
        seen.screen.iter().any(|e| {
            matches!(e, ScreenEvent::CursorShape { hot_x: 25, hot_y: 5, png } if !png.is_empty())
        })
    });

    let stats = rig.peer.stats();
    assert!(stats.frames_sent >= 3, "{stats:?}");
    assert!(
        stats.media_bytes > 0 && stats.bytes_sent > stats.media_bytes,
        "{stats:?}"
    );
    assert_eq!(rig.browser.seen().decode_errors, 0);
    assert!(rig.control.is_granted());
    drop(rig.peer);
    assert!(
        !rig.control.is_granted(),
        "dropping the peer revokes control"
    );
    rig.browser
        .wait_for("the goodbye", WAIT, |seen| seen.closed);
}

#[test]
fn a_static_screen_sends_almost_nothing() {
    let mut rig = rig(PatternCapturer::new(640, 360));
    rig.wait_event("the first frame", |e| *e == PeerEvent::FirstFrameSent);
    rig.wait_for("a picture", |seen| !seen.pictures.is_empty());
    // Let the start settle (channel setup, the first RTCP reports).
    if std::env::var("PROBE_IDLE").is_ok() {
        let mut last = rig.browser.seen().udp_bytes;
        for second in 0..12 {
            std::thread::sleep(Duration::from_secs(1));
            let now = rig.browser.seen().udp_bytes;
            eprintln!("second {second}: {} bytes", now - last);
            last = now;
        }
    }
    std::thread::sleep(Duration::from_secs(1));
    let before = rig.peer.stats();
    let bytes = rig.browser.seen().udp_bytes;
    let media = rig.browser.seen().media_bytes;
    std::thread::sleep(Duration::from_secs(5));
    let stats = rig.peer.stats();
    let wire = rig.browser.seen().udp_bytes - bytes;
    eprintln!(
        "static screen: {wire} bytes on the wire in 5 s ({} bit/s); {stats:?}",
        wire * 8 / 5
    );
    // Only keepalives: the unchanged picture every 2 s as a tiny delta frame (a browser that
    // sees no frame for 3 s asks for a keyframe), never a keyframe.
    let keepalives = stats.frames_sent - before.frames_sent;
    assert!((1..=3).contains(&keepalives), "{keepalives} frames in 5 s");
    assert_eq!(stats.keyframes_sent, before.keyframes_sent, "no keyframe");
    let media = rig.browser.seen().media_bytes - media;
    assert!(
        media < keepalives * 300,
        "{media} bytes of video in {keepalives} keepalives"
    );
    // The bar is 30 kbit/s for an idle screen: 18,750 bytes in 5 s.
    assert!(wire < 18_750, "{wire} bytes in 5 s");

    // After a long still, a change is sent at once, and a busy screen flows.
    let pictures = rig.browser.seen().pictures.len();
    rig.screen.advance();
    rig.wait_for("the change after the still", |seen| {
        seen.pictures.len() > pictures
    });
    rig.screen.set_busy(true);
    std::thread::sleep(Duration::from_secs(2));
    rig.screen.set_busy(false);
    let stats = rig.peer.stats();
    eprintln!("after 2 s busy: {stats:?}");
    assert!(stats.frames_sent > before.frames_sent + 20, "{stats:?}");
    assert_eq!(rig.browser.seen().decode_errors, 0);
}

#[test]
fn the_helper_closing_ends_control_at_once() {
    let mut rig = rig(PatternCapturer::new(320, 240));
    rig.control.grant();
    rig.browser.close();
    let PeerEvent::Closed { why, by_helper } =
        rig.wait_event("closed", |e| matches!(e, PeerEvent::Closed { .. }))
    else {
        unreachable!()
    };
    eprintln!("closed: {why}");
    assert!(by_helper, "the helper's side closed it: {why}");
    assert!(!rig.control.is_granted());
    assert_eq!(
        rig.injected.lines().last().map(String::as_str),
        Some("release_all")
    );
}

#[test]
fn a_helper_that_vanishes_is_noticed_and_control_ends() {
    let mut rig = rig(PatternCapturer::new(320, 240));
    rig.control.grant();
    let gone = Instant::now();
    rig.browser.vanish();
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        while let Ok(event) = rig.events.try_recv() {
            rig.seen_events.push(event);
        }
        if rig
            .seen_events
            .iter()
            .any(|e| matches!(e, PeerEvent::Closed { .. }))
        {
            break;
        }
        assert!(Instant::now() < until, "{:?}", rig.seen_events);
        std::thread::sleep(Duration::from_millis(50));
    }
    eprintln!("a vanished helper was noticed after {:?}", gone.elapsed());
    assert!(!rig.control.is_granted());
}

#[test]
fn an_answer_that_does_not_fit_is_refused() {
    let control = Arc::new(Control::new(Box::new(Recorder::default())));
    let (tx, _events) = tokio::sync::mpsc::unbounded_channel();
    let peer = Peer::start(
        loopback(),
        Box::new(PatternCapturer::new(64, 64)),
        control,
        tx,
    )
    .unwrap();
    let nonsense = Sdp::try_from("v=0\r\nthis is no answer\r\n".to_owned()).unwrap();
    assert!(peer.accept_answer(&nonsense).is_err());
}

/// Numbers for docs/PERFORMANCE.md, not a pass/fail check. Run optimised:
/// `cargo test --release -p assist-agent --test media -- --ignored --nocapture measure`
#[test]
#[ignore = "a measurement; run it in release mode"]
fn measure_encoding_and_bitrates_at_1080p() {
    use assist_agent::capture::Capturer;
    use assist_agent::encode::{H264Encoder, START_BITRATE_BPS};

    // Encode time of one 1920x1080 frame (conversion included), keyframe and busy deltas.
    let mut capturer = PatternCapturer::full_hd();
    let screen = capturer.handle();
    let mut encoder = H264Encoder::new(START_BITRATE_BPS, 30.0);
    let frame = capturer.next_frame(false).unwrap().unwrap();
    let started = Instant::now();
    let idr = encoder.encode(frame).unwrap().unwrap();
    let idr_time = started.elapsed();
    // An unchanged picture: conversion plus openh264 finding nothing to code.
    let started = Instant::now();
    for _ in 0..30 {
        let frame = capturer.next_frame(true).unwrap().unwrap();
        let _ = encoder.encode(frame).unwrap();
    }
    eprintln!("1080p unchanged frame: {:?} each", started.elapsed() / 30);
    screen.set_busy(true);
    let mut times = Vec::new();
    let mut sizes = 0;
    for _ in 0..90 {
        let frame = capturer.next_frame(false).unwrap().unwrap();
        let started = Instant::now();
        if let Some(encoded) = encoder.encode(frame).unwrap() {
            sizes += encoded.data.len();
        }
        times.push(started.elapsed());
    }
    times.sort();
    let mean = times.iter().sum::<Duration>() / 90;
    eprintln!(
        "1080p encode: keyframe {idr_time:?} ({} bytes); busy frames mean {mean:?}, median {:?}, p95 {:?}, {} bytes each on average",
        idr.data.len(),
        times[45],
        times[85],
        sizes / 90
    );

    // On the wire, through the peer: static and busy screens.
    let mut rig = rig(PatternCapturer::full_hd());
    eprintln!("connected after {:?}", rig.peer.stats().connect_time);
    rig.wait_event("the first frame", |e| *e == PeerEvent::FirstFrameSent);
    rig.wait_for("a picture", |seen| !seen.pictures.is_empty());
    eprintln!("first picture {:?} after start", rig.started.elapsed());
    std::thread::sleep(Duration::from_secs(2));
    let window = Duration::from_secs(5);
    let (wire, media) = {
        let seen = rig.browser.seen();
        (seen.udp_bytes, seen.media_bytes)
    };
    std::thread::sleep(window);
    let (wire_static, media_static) = {
        let seen = rig.browser.seen();
        (seen.udp_bytes - wire, seen.media_bytes - media)
    };
    rig.screen.set_busy(true);
    std::thread::sleep(Duration::from_secs(1));
    let (wire, media, frames) = {
        let seen = rig.browser.seen();
        (seen.udp_bytes, seen.media_bytes, seen.pictures.len())
    };
    std::thread::sleep(window);
    let (wire_busy, media_busy, frames_busy) = {
        let seen = rig.browser.seen();
        (
            seen.udp_bytes - wire,
            seen.media_bytes - media,
            seen.pictures.len() - frames,
        )
    };
    rig.screen.set_busy(false);
    let secs = window.as_secs();
    eprintln!(
        "static: {} bit/s on the wire ({} bit/s video); busy: {} bit/s on the wire ({} bit/s video, {} frames/s); {:?}",
        wire_static * 8 / secs,
        media_static * 8 / secs,
        wire_busy * 8 / secs,
        media_busy * 8 / secs,
        frames_busy as u64 / secs,
        rig.peer.stats()
    );
}

#[test]
fn a_stun_server_yields_a_trickled_server_reflexive_candidate() {
    use assist_protocol::api::sessions::IceServer;

    // A STUN server on loopback that answers as if this host sat behind a NAT.
    let server = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    server
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let url = format!("stun:{}", server.local_addr().unwrap());
    let answering = std::thread::spawn(move || {
        let mut buf = [0; 1500];
        let (n, from) = server.recv_from(&mut buf).unwrap();
        assert_eq!(n, 20, "a bare Binding request");
        assert_eq!(&buf[..2], &[0, 1]);
        let mut reply = vec![0x01, 0x01, 0, 12];
        reply.extend_from_slice(&buf[4..20]);
        // XOR-MAPPED-ADDRESS 203.0.113.5:40000.
        reply.extend_from_slice(&[0x00, 0x20, 0x00, 0x08, 0x00, 0x01]);
        reply.extend_from_slice(&(0x9C40_u16 ^ 0x2112).to_be_bytes()); // 40000
        for (octet, key) in [203u8, 0, 113, 5].iter().zip([0x21, 0x12, 0xA4, 0x42]) {
            reply.push(octet ^ key);
        }
        server.send_to(&reply, from).unwrap();
    });

    let control = Arc::new(Control::new(Box::new(Recorder::default())));
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let options = PeerOptions {
        ice_servers: vec![IceServer {
            urls: vec![url],
            username: None,
            credential: None,
        }],
        ..loopback()
    };
    let peer = Peer::start(options, Box::new(PatternCapturer::new(64, 64)), control, tx).unwrap();
    answering.join().unwrap();
    let until = Instant::now() + WAIT;
    let candidate = loop {
        match events.try_recv() {
            Ok(PeerEvent::LocalCandidate(candidate)) => break candidate,
            Ok(_) => {}
            Err(_) => {
                assert!(Instant::now() < until, "no candidate");
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    };
    assert!(
        candidate.candidate.starts_with("candidate:")
            && candidate.candidate.contains(" 203.0.113.5 40000 typ srflx"),
        "{candidate:?}"
    );
    assert!(candidate.sdp_mid.is_some() && candidate.username_fragment.is_some());
    assert!(candidate.is_well_formed());
    drop(peer);
}

/// Relay only, through a real TURN server over each transport: the offer names no address of
/// this host, the relayed candidate is trickled, and video and input cross the relay.
#[test]
fn a_relay_only_peer_reaches_the_browser_through_turn_over_udp_tcp_and_tls() {
    let Some(turn) = turn_server::TurnServer::start() else {
        return;
    };
    for url in [
        format!("turn:127.0.0.1:{}?transport=udp", turn.port),
        format!("turn:127.0.0.1:{}?transport=tcp", turn.port),
        format!("turns:localhost:{}", turn.tls_port),
    ] {
        let options = PeerOptions {
            ice_servers: vec![turn_server::TurnServer::ice_server(url.clone())],
            relay_only: true,
            tls_roots: Arc::clone(&turn.roots),
            ..loopback()
        };
        let mut rig = rig_with(PatternCapturer::new(320, 240), options);
        let offer = rig.seen_events.iter().find_map(|e| match e {
            PeerEvent::Offer(sdp) => Some(sdp.as_str().to_owned()),
            _ => None,
        });
        if let Some(offer) = offer {
            assert!(!offer.contains("typ host"), "{url}: {offer}");
        }
        let relayed = rig.wait_event(
            "a relayed candidate",
            |e| matches!(e, PeerEvent::LocalCandidate(c) if c.candidate.contains(" typ relay")),
        );
        eprintln!("{url}: {relayed:?}");
        rig.wait_event("the first frame", |e| *e == PeerEvent::FirstFrameSent);
        rig.wait_for("a picture through the relay", |seen| {
            seen.pictures
                .last()
                .is_some_and(|p| (p.width, p.height) == (320, 240))
        });
        rig.control.grant();
        rig.browser.send(
            INPUT_CHANNEL,
            br#"{"type":"key","code":"KeyB","down":true}"#,
        );
        let until = Instant::now() + WAIT;
        while !rig.injected.lines().iter().any(|l| l == "key KeyB true") {
            assert!(Instant::now() < until, "{url}: no input through the relay");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

#[test]
fn relay_only_needs_a_turn_server() {
    let control = Arc::new(Control::new(Box::new(Recorder::default())));
    let (tx, _events) = tokio::sync::mpsc::unbounded_channel();
    let options = PeerOptions {
        ice_servers: vec![assist_protocol::api::sessions::IceServer {
            urls: vec!["stun:127.0.0.1:3478".into()],
            username: None,
            credential: None,
        }],
        relay_only: true,
        ..loopback()
    };
    let result = Peer::start(options, Box::new(PatternCapturer::new(64, 64)), control, tx);
    assert!(
        matches!(result, Err(assist_agent::rtc::RtcError::NoRelay)),
        "{result:?}"
    );
}

/// A TURN server that refuses the credential: relay only, the peer gives up at once with the
/// reason instead of waiting out the connection timeout.
#[test]
fn a_refused_turn_credential_ends_a_relay_only_peer_with_the_reason() {
    let Some(turn) = turn_server::TurnServer::start() else {
        return;
    };
    let mut server = turn_server::TurnServer::ice_server(format!("turn:127.0.0.1:{}", turn.port));
    server.credential = Some("wrong".into());
    let control = Arc::new(Control::new(Box::new(Recorder::default())));
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let options = PeerOptions {
        ice_servers: vec![server],
        relay_only: true,
        ..loopback()
    };
    log_to_stderr();
    let started = Instant::now();
    let peer = Peer::start(options, Box::new(PatternCapturer::new(64, 64)), control, tx).unwrap();
    let why = loop {
        match events.try_recv() {
            Ok(PeerEvent::Closed { why, .. }) => break why,
            Ok(_) => {}
            Err(_) => {
                assert!(started.elapsed() < WAIT, "the peer did not give up");
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    };
    assert!(why.contains("TURN"), "{why}");
    drop(peer);
}
