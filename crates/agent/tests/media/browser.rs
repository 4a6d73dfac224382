//! A stand-in for the helper's browser: a second str0m instance that answers the agent's
//! offer, receives and decodes the video (openh264), and speaks on the agent's data channels.
//! It runs its own thread over a loopback UDP socket, like a browser would over its own.

use std::collections::HashMap;
use std::net::{SocketAddr, UdpSocket};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use assist_protocol::input::ScreenEvent;
use assist_protocol::ws::{IceCandidate, Sdp};
use openh264::decoder::Decoder;
use openh264::formats::YUVSource;
use str0m::change::SdpOffer;
use str0m::channel::ChannelId;
use str0m::media::KeyframeRequestKind;
use str0m::net::{Protocol, Receive};
use str0m::{Candidate, Event, Input, Output, Rtc};

/// One decoded picture, summarised.
#[derive(Clone, Debug)]
pub struct Picture {
    pub width: usize,
    pub height: usize,
    /// RGB at 90% of the width and height (clear of the pattern's block and counter).
    pub corner: [u8; 3],
}

/// What the browser has seen so far.
#[derive(Debug, Default)]
pub struct Seen {
    pub connected: bool,
    pub closed: bool,
    /// Open channels by label.
    pub channels: HashMap<String, ChannelId>,
    pub screen: Vec<ScreenEvent>,
    pub pictures: Vec<Picture>,
    pub decode_errors: usize,
    /// Every UDP byte received.
    pub udp_bytes: u64,
    /// Every video payload byte received.
    pub media_bytes: u64,
}

enum Command {
    Send(String, Vec<u8>),
    RequestKeyframe,
    /// A candidate the agent trickled (`a=candidate` line without the prefix).
    AddCandidate(String),
    /// Close gracefully (DTLS close_notify), as `RTCPeerConnection.close()` does.
    Close,
    /// Stop answering anything, as a browser whose network went away.
    Vanish,
}

/// The browser's handle.
pub struct Browser {
    commands: mpsc::Sender<Command>,
    seen: Arc<Mutex<Seen>>,
    thread: Option<JoinHandle<()>>,
    pub candidate: IceCandidate,
}

impl Browser {
    /// Answers `offer`; returns the browser and its answer.
    pub fn answer(offer: &Sdp) -> (Self, Sdp) {
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        socket
            .set_read_timeout(Some(Duration::from_millis(5)))
            .unwrap();
        let local = socket.local_addr().unwrap();

        let mut config = Rtc::builder().clear_codecs();
        config.codec_config().enable_h264(true);
        let mut rtc = config.build(Instant::now());
        let host = Candidate::host(local, "udp").unwrap();
        let candidate = IceCandidate {
            candidate: host.to_sdp_string(),
            sdp_mid: Some("0".into()),
            sdp_m_line_index: Some(0),
            username_fragment: None,
        };
        rtc.add_local_candidate(host);
        let offer = SdpOffer::from_sdp_string(offer.as_str()).unwrap();
        let answer = rtc.sdp_api().accept_offer(offer).unwrap();
        let answer = Sdp::try_from(answer.to_sdp_string()).unwrap();

        let seen = Arc::new(Mutex::new(Seen::default()));
        let (commands, inbox) = mpsc::channel();
        let thread = {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || run(rtc, &socket, local, &inbox, &seen))
        };
        (
            Self {
                commands,
                seen,
                thread: Some(thread),
                candidate,
            },
            answer,
        )
    }

    pub fn seen(&self) -> MutexGuard<'_, Seen> {
        self.seen.lock().unwrap()
    }

    /// Waits until `check` holds, or panics after `timeout` with `what`.
    pub fn wait_for(&self, what: &str, timeout: Duration, check: impl Fn(&Seen) -> bool) {
        let until = Instant::now() + timeout;
        while Instant::now() < until {
            if check(&self.seen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("timed out waiting for {what}: {:#?}", summary(&self.seen()));
    }

    pub fn send(&self, label: &str, data: &[u8]) {
        self.commands
            .send(Command::Send(label.into(), data.to_vec()))
            .unwrap();
    }

    /// Adds a candidate the agent trickled, as the helper's page does.
    pub fn add_candidate(&self, candidate: &IceCandidate) {
        self.commands
            .send(Command::AddCandidate(candidate.candidate.clone()))
            .unwrap();
    }

    pub fn request_keyframe(&self) {
        self.commands.send(Command::RequestKeyframe).unwrap();
    }

    pub fn close(&self) {
        let _ = self.commands.send(Command::Close);
    }

    pub fn vanish(&self) {
        let _ = self.commands.send(Command::Vanish);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.commands.send(Command::Vanish);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What to print when a wait times out (the pictures themselves are too many).
fn summary(seen: &Seen) -> String {
    format!(
        "connected={} closed={} channels={:?} screen={:?} pictures={} (last {:?}) decode_errors={} udp_bytes={}",
        seen.connected,
        seen.closed,
        seen.channels.keys().collect::<Vec<_>>(),
        seen.screen,
        seen.pictures.len(),
        seen.pictures.last(),
        seen.decode_errors,
        seen.udp_bytes,
    )
}

fn run(
    mut rtc: Rtc,
    socket: &UdpSocket,
    local: SocketAddr,
    inbox: &mpsc::Receiver<Command>,
    seen: &Mutex<Seen>,
) {
    let mut decoder = Decoder::new().unwrap();
    let mut buf = vec![0; 2048];
    let mut labels: HashMap<ChannelId, String> = HashMap::new();
    let mut video = None;
    loop {
        // Drain.
        let timeout = loop {
            if !rtc.is_alive() {
                seen.lock().unwrap().closed = true;
                return;
            }
            match rtc.poll_output() {
                Ok(Output::Timeout(at)) => break at,
                Ok(Output::Transmit(t)) => {
                    let _ = socket.send_to(&t.contents, t.destination);
                }
                Ok(Output::Event(event)) => {
                    on_event(event, &mut decoder, &mut labels, &mut video, seen);
                }
                Err(_) => {
                    seen.lock().unwrap().closed = true;
                    return;
                }
            }
        };

        // One mutation.
        match inbox.try_recv() {
            Ok(Command::Send(label, data)) => {
                let id = seen.lock().unwrap().channels.get(&label).copied();
                if let Some(mut channel) = id.and_then(|id| rtc.channel(id)) {
                    let _ = channel.write(false, &data);
                }
                continue;
            }
            Ok(Command::RequestKeyframe) => {
                if let Some(mut writer) = video.and_then(|mid| rtc.writer(mid)) {
                    let _ = writer.request_keyframe(None, KeyframeRequestKind::Pli);
                }
                continue;
            }
            Ok(Command::AddCandidate(line)) => {
                let line = line.strip_prefix("a=").unwrap_or(&line);
                rtc.add_remote_candidate(Candidate::from_sdp_string(line).unwrap());
                continue;
            }
            Ok(Command::Close) => {
                let _ = rtc.close();
                continue;
            }
            Ok(Command::Vanish) | Err(mpsc::TryRecvError::Disconnected) => return,
            Err(mpsc::TryRecvError::Empty) => {}
        }

        let now = Instant::now();
        if timeout <= now {
            let _ = rtc.handle_input(Input::Timeout(now));
            continue;
        }
        match socket.recv_from(&mut buf) {
            Ok((n, source)) => {
                seen.lock().unwrap().udp_bytes += n as u64;
                let Ok(contents) = buf[..n].try_into() else {
                    continue;
                };
                let input = Input::Receive(
                    Instant::now(),
                    Receive {
                        proto: Protocol::Udp,
                        source,
                        destination: local,
                        contents,
                    },
                );
                let _ = rtc.handle_input(input);
            }
            Err(_) => {
                let _ = rtc.handle_input(Input::Timeout(Instant::now()));
            }
        }
    }
}

fn on_event(
    event: Event,
    decoder: &mut Decoder,
    labels: &mut HashMap<ChannelId, String>,
    video: &mut Option<str0m::media::Mid>,
    seen: &Mutex<Seen>,
) {
    match event {
        Event::Connected => seen.lock().unwrap().connected = true,
        Event::MediaAdded(added) => *video = Some(added.mid),
        Event::ChannelOpen(id, label) => {
            labels.insert(id, label.clone());
            seen.lock().unwrap().channels.insert(label, id);
        }
        Event::ChannelData(data) if labels.get(&data.id).map(String::as_str) == Some("screen") => {
            let event: ScreenEvent = serde_json::from_slice(&data.data).unwrap();
            seen.lock().unwrap().screen.push(event);
        }
        Event::MediaData(media) => {
            let mut seen = seen.lock().unwrap();
            seen.media_bytes += media.data.len() as u64;
            match decoder.decode(&media.data) {
                Ok(Some(yuv)) => {
                    let (width, height) = yuv.dimensions();
                    let mut rgb = vec![0; width * height * 3];
                    yuv.write_rgb8(&mut rgb);
                    let at = (height * 9 / 10 * width + width * 9 / 10) * 3;
                    let corner = [rgb[at], rgb[at + 1], rgb[at + 2]];
                    seen.pictures.push(Picture {
                        width,
                        height,
                        corner,
                    });
                }
                Ok(None) => {}
                Err(_) => seen.decode_errors += 1,
            }
        }
        Event::Closed => seen.lock().unwrap().closed = true,
        _ => {}
    }
}
