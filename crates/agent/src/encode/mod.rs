//! H.264 constrained baseline with openh264 in screen-content mode.
//!
//! [`H264Encoder`] takes captured BGRA [`Frame`]s (any stride, any size) and gives Annex-B
//! access units, ready for the RTP packetizer. Choices, and why:
//! - **Constrained baseline, no B-frames**: every browser decodes it in hardware or software,
//!   and a frame is sent as soon as it is encoded (no reordering delay).
//! - **Screen-content mode, rate control by bitrate, frame skipping on**: sharp text at the
//!   bitrate the bandwidth estimate allows; under pressure openh264 skips frames rather than
//!   blurring or queueing.
//! - **IDR only on demand** (first frame, the browser's PLI/FIR, a new monitor): a static
//!   screen costs nothing, and periodic keyframes would be large bursts of identical pixels.
//! - **BT.601 limited range**, signalled in the VUI, which is what decoders assume anyway.
//!
//! Odd sizes are padded to even (the last column or row repeated); sizes beyond what openh264
//! encodes (3840x2160) are scaled down by an integer factor. Pointer coordinates are fractions
//! of the monitor, so neither changes where a click lands.

use std::time::Instant;

use openh264::Timestamp;
use openh264::encoder::{
    BitRate, Complexity, Encoder, EncoderConfig, FrameRate, FrameType, IntraFramePeriod, Profile,
    RateControlMode, SpsPpsStrategy, UsageType, VuiConfig,
};
use openh264::formats::YUVSource;

use crate::capture::Frame;

/// The lowest target bitrate: below this, screen text is unreadable anyway.
pub const MIN_BITRATE_BPS: u32 = 150_000;
/// The highest target bitrate; more buys nothing visible for screen content.
pub const MAX_BITRATE_BPS: u32 = 8_000_000;
/// Where the target starts before the bandwidth estimate says otherwise.
pub const START_BITRATE_BPS: u32 = 2_000_000;
/// The frame rate the encoder plans for.
pub const DEFAULT_MAX_FPS: f32 = 30.0;

/// The largest picture openh264 encodes, longer side by shorter side.
const MAX_LONG_SIDE: u32 = 3840;
const MAX_SHORT_SIDE: u32 = 2160;

/// Why encoding failed.
#[derive(Debug, thiserror::Error)]
pub enum EncodeError {
    /// The frame's size, stride and buffer do not agree.
    #[error("the frame is malformed: {0}")]
    BadFrame(&'static str),
    /// openh264 refused or failed.
    #[error("the H.264 encoder failed: {0}")]
    Encoder(String),
}

/// One encoded picture.
#[derive(Clone, Debug)]
pub struct EncodedFrame {
    /// Annex-B NAL units (start codes included); an IDR carries its SPS and PPS.
    pub data: Vec<u8>,
    /// Whether this is an IDR picture, decodable on its own.
    pub keyframe: bool,
    /// The encoded width (even).
    pub width: u32,
    /// The encoded height (even).
    pub height: u32,
}

/// An H.264 encoder for one screen, recreated whenever the picture size changes.
pub struct H264Encoder {
    encoder: Option<Encoder>,
    /// Source size the current encoder was made for.
    source_size: (u32, u32),
    bitrate: u32,
    max_fps: f32,
    force_keyframe: bool,
    yuv: I420,
    epoch: Instant,
    frames: u64,
}

impl std::fmt::Debug for H264Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("H264Encoder")
            .field("source_size", &self.source_size)
            .field("encoded_size", &(self.yuv.width, self.yuv.height))
            .field("bitrate", &self.bitrate)
            .field("max_fps", &self.max_fps)
            .field("frames", &self.frames)
            .finish_non_exhaustive()
    }
}

impl H264Encoder {
    /// An encoder aiming at `bitrate_bps` (clamped to the supported range) and at most
    /// `max_fps` frames a second. openh264 itself is set up at the first frame, when the size
    /// is known.
    #[must_use]
    pub fn new(bitrate_bps: u32, max_fps: f32) -> Self {
        Self {
            encoder: None,
            source_size: (0, 0),
            bitrate: clamp_bitrate(bitrate_bps),
            max_fps: max_fps.clamp(1.0, 60.0),
            force_keyframe: true,
            yuv: I420::default(),
            epoch: Instant::now(),
            frames: 0,
        }
    }

    /// The next frame will be an IDR.
    pub fn force_keyframe(&mut self) {
        self.force_keyframe = true;
    }

    /// The current target bitrate in bits a second.
    #[must_use]
    pub fn bitrate(&self) -> u32 {
        self.bitrate
    }

    /// Changes the target bitrate (clamped to [`MIN_BITRATE_BPS`]..=[`MAX_BITRATE_BPS`]),
    /// effective from the next frame, without a keyframe.
    pub fn set_bitrate(&mut self, bps: u32) {
        let bps = clamp_bitrate(bps);
        if bps == self.bitrate {
            return;
        }
        let raising = bps > self.bitrate;
        self.bitrate = bps;
        if let Some(encoder) = self.encoder.as_mut() {
            // openh264 refuses a target above the layer's maximum, so the order matters.
            let steps: [fn(&mut Encoder, u32) -> bool; 2] = if raising {
                [ffi::set_max_bitrate, ffi::set_bitrate]
            } else {
                [ffi::set_bitrate, ffi::set_max_bitrate]
            };
            if !steps.iter().all(|step| step(encoder, bps)) {
                tracing::warn!(
                    bps,
                    "openh264 refused the new bitrate; recreating the encoder"
                );
                self.encoder = None;
            }
        }
    }

    /// Changes the frame rate the rate control plans for.
    pub fn set_max_fps(&mut self, fps: f32) {
        let fps = fps.clamp(1.0, 60.0);
        #[allow(clippy::float_cmp)] // An exact repeat of the same setting is what is skipped.
        if fps == self.max_fps {
            return;
        }
        self.max_fps = fps;
        if let Some(encoder) = self.encoder.as_mut()
            && !ffi::set_frame_rate(encoder, fps)
        {
            self.encoder = None;
        }
    }

    /// Frames encoded so far (skipped ones not counted).
    #[must_use]
    pub fn frames(&self) -> u64 {
        self.frames
    }

    /// Encodes `frame`. `None` when the rate control skipped it to stay within the bitrate.
    pub fn encode(&mut self, frame: &Frame) -> Result<Option<EncodedFrame>, EncodeError> {
        check(frame)?;
        let size = (frame.width, frame.height);
        if self.encoder.is_none() || size != self.source_size {
            self.encoder = Some(self.create(size)?);
            self.source_size = size;
            self.force_keyframe = true;
        }
        let step = scale_step(frame.width, frame.height);
        self.yuv.convert(frame, step);

        let encoder = self.encoder.as_mut().expect("created above");
        if std::mem::take(&mut self.force_keyframe) {
            encoder.force_intra_frame();
        }
        let millis = u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX);
        let stream = encoder
            .encode_at(&self.yuv, Timestamp::from_millis(millis))
            .map_err(|err| EncodeError::Encoder(err.to_string()))?;
        let keyframe = match stream.frame_type() {
            FrameType::Skip => return Ok(None),
            FrameType::Invalid => {
                return Err(EncodeError::Encoder("openh264 returned no picture".into()));
            }
            FrameType::IDR => true,
            FrameType::I | FrameType::P | FrameType::IPMixed => false,
        };
        let data = stream.to_vec();
        if data.is_empty() {
            return Ok(None);
        }
        self.frames += 1;
        Ok(Some(EncodedFrame {
            data,
            keyframe,
            width: self.yuv.width,
            height: self.yuv.height,
        }))
    }

    fn create(&self, (width, height): (u32, u32)) -> Result<Encoder, EncodeError> {
        tracing::debug!(
            width,
            height,
            bitrate = self.bitrate,
            "creating the H.264 encoder"
        );
        let config = EncoderConfig::new()
            .usage_type(UsageType::ScreenContentRealTime)
            .rate_control_mode(RateControlMode::Bitrate)
            .bitrate(BitRate::from_bps(self.bitrate))
            .max_frame_rate(FrameRate::from_hz(self.max_fps))
            .skip_frames(true)
            .profile(Profile::Baseline)
            .complexity(Complexity::Low)
            .intra_frame_period(IntraFramePeriod::from_num_frames(0))
            .sps_pps_strategy(SpsPpsStrategy::ConstantId)
            .num_threads(1)
            // Neither applies to screen content (openh264 turns them off, with a warning).
            .adaptive_quantization(false)
            .background_detection(false)
            .vui(VuiConfig::bt601());
        let api = openh264::OpenH264API::from_source();
        Encoder::with_api_config(api, config).map_err(|err| EncodeError::Encoder(err.to_string()))
    }
}

fn clamp_bitrate(bps: u32) -> u32 {
    bps.clamp(MIN_BITRATE_BPS, MAX_BITRATE_BPS)
}

fn check(frame: &Frame) -> Result<(), EncodeError> {
    if frame.width == 0 || frame.height == 0 {
        return Err(EncodeError::BadFrame("empty"));
    }
    let row = frame.width as usize * 4;
    if frame.stride < row {
        return Err(EncodeError::BadFrame("stride shorter than a row"));
    }
    let needed = (frame.height as usize - 1) * frame.stride + row;
    if frame.data.len() < needed {
        return Err(EncodeError::BadFrame("buffer shorter than the picture"));
    }
    Ok(())
}

/// The smallest integer factor that brings the picture within what openh264 encodes.
fn scale_step(width: u32, height: u32) -> u32 {
    let (long, short) = (width.max(height), width.min(height));
    let mut step = 1;
    while long.div_ceil(step) > MAX_LONG_SIDE || short.div_ceil(step) > MAX_SHORT_SIDE {
        step += 1;
    }
    step
}

/// A planar 4:2:0 picture with even sides.
#[derive(Debug, Default)]
struct I420 {
    width: u32,
    height: u32,
    y: Vec<u8>,
    u: Vec<u8>,
    v: Vec<u8>,
}

impl I420 {
    /// Converts BGRA to BT.601 limited-range I420: every `step`th pixel, odd sides padded by
    /// repeating the last column or row, chroma the mean of each 2x2 block.
    #[allow(clippy::many_single_char_names)] // Pixel arithmetic: w, h, x, y, u, v.
    fn convert(&mut self, frame: &Frame, step: u32) {
        let src_w = frame.width.div_ceil(step);
        let src_h = frame.height.div_ceil(step);
        let (w, h) = (src_w + (src_w & 1), src_h + (src_h & 1));
        self.width = w;
        self.height = h;
        let (w, h) = (w as usize, h as usize);
        self.y.resize(w * h, 0);
        self.u.resize(w / 2 * (h / 2), 0);
        self.v.resize(w / 2 * (h / 2), 0);

        let step = step as usize;
        let last_x = frame.width as usize - 1;
        let last_y = frame.height as usize - 1;
        // Source byte offset of each output column.
        let columns: Vec<usize> = (0..w).map(|x| (x * step).min(last_x) * 4).collect();
        let contiguous = step == 1;
        let even = (frame.width as usize) & !1;

        let (y_rows, u_rows, v_rows) = (
            self.y.chunks_exact_mut(2 * w),
            self.u.chunks_exact_mut(w / 2),
            self.v.chunks_exact_mut(w / 2),
        );
        for (pair, ((y_pair, u_row), v_row)) in y_rows.zip(u_rows).zip(v_rows).enumerate() {
            let top = (2 * pair * step).min(last_y);
            let bottom = ((2 * pair + 1) * step).min(last_y);
            let src_top = &frame.data[top * frame.stride..];
            let src_bottom = &frame.data[bottom * frame.stride..];
            let (y_top, y_bottom) = y_pair.split_at_mut(w);

            let mut start = 0;
            if contiguous {
                // The common case, written so the compiler can keep it in registers: two
                // source rows, two pixels at a time.
                let pairs = src_top[..even * 4]
                    .chunks_exact(8)
                    .zip(src_bottom[..even * 4].chunks_exact(8));
                for (i, (t, b)) in pairs.enumerate() {
                    let (p0, p1, p2, p3) = (bgr(&t[..4]), bgr(&t[4..]), bgr(&b[..4]), bgr(&b[4..]));
                    y_top[2 * i] = luma(p0);
                    y_top[2 * i + 1] = luma(p1);
                    y_bottom[2 * i] = luma(p2);
                    y_bottom[2 * i + 1] = luma(p3);
                    let (cu, cv) = chroma(p0, p1, p2, p3);
                    u_row[i] = cu;
                    v_row[i] = cv;
                }
                start = even / 2;
            }
            for i in start..w / 2 {
                let (c0, c1) = (columns[2 * i], columns[2 * i + 1]);
                let (p0, p1, p2, p3) = (
                    bgr(&src_top[c0..c0 + 4]),
                    bgr(&src_top[c1..c1 + 4]),
                    bgr(&src_bottom[c0..c0 + 4]),
                    bgr(&src_bottom[c1..c1 + 4]),
                );
                y_top[2 * i] = luma(p0);
                y_top[2 * i + 1] = luma(p1);
                y_bottom[2 * i] = luma(p2);
                y_bottom[2 * i + 1] = luma(p3);
                let (cu, cv) = chroma(p0, p1, p2, p3);
                u_row[i] = cu;
                v_row[i] = cv;
            }
        }
    }
}

#[inline]
fn bgr(pixel: &[u8]) -> [i32; 3] {
    [
        i32::from(pixel[0]),
        i32::from(pixel[1]),
        i32::from(pixel[2]),
    ]
}

#[inline]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Within 16..=235 by design.
fn luma([b, g, r]: [i32; 3]) -> u8 {
    (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16) as u8
}

#[inline]
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss, // Within 16..=240 by design.
    clippy::many_single_char_names // r, g, b, u, v.
)]
fn chroma(p0: [i32; 3], p1: [i32; 3], p2: [i32; 3], p3: [i32; 3]) -> (u8, u8) {
    let b = p0[0] + p1[0] + p2[0] + p3[0];
    let g = p0[1] + p1[1] + p2[1] + p3[1];
    let r = p0[2] + p1[2] + p2[2] + p3[2];
    // Sums of four, hence 2 more bits of shift than for one pixel.
    let u = ((-38 * r - 74 * g + 112 * b + 512) >> 10) + 128;
    let v = ((112 * r - 94 * g - 18 * b + 512) >> 10) + 128;
    (u as u8, v as u8)
}

impl YUVSource for I420 {
    fn dimensions(&self) -> (usize, usize) {
        (self.width as usize, self.height as usize)
    }

    fn strides(&self) -> (usize, usize, usize) {
        let w = self.width as usize;
        (w, w / 2, w / 2)
    }

    fn y(&self) -> &[u8] {
        &self.y
    }

    fn u(&self) -> &[u8] {
        &self.u
    }

    fn v(&self) -> &[u8] {
        &self.v
    }
}

/// The encoder options openh264's safe wrapper does not expose: changing the bitrate and frame
/// rate of a running encoder. Recreating the encoder instead would cost an IDR (a burst of
/// the whole screen) every time the bandwidth estimate moves.
#[allow(unsafe_code)]
mod ffi {
    use openh264::encoder::Encoder;
    use openh264_sys2::{
        ENCODER_OPTION, ENCODER_OPTION_BITRATE, ENCODER_OPTION_FRAME_RATE,
        ENCODER_OPTION_MAX_BITRATE, LAYER_NUM, SBitrateInfo, SPATIAL_LAYER_0, SPATIAL_LAYER_ALL,
    };

    fn set_rate(encoder: &mut Encoder, option: ENCODER_OPTION, layer: LAYER_NUM, bps: u32) -> bool {
        let mut info = SBitrateInfo {
            iLayer: layer,
            iBitrate: i32::try_from(bps).unwrap_or(i32::MAX),
        };
        // SAFETY: the encoder is initialised (it has encoded a frame or was just created by
        // `Encoder::with_api_config`, which initialises it), and for these two options
        // openh264 reads exactly one `SBitrateInfo` through the pointer, which lives across
        // the call; nothing else is changed behind the wrapper's back.
        let status = unsafe { encoder.raw_api().set_option(option, (&raw mut info).cast()) };
        status == 0
    }

    /// The target bitrate of the whole stream.
    pub(super) fn set_bitrate(encoder: &mut Encoder, bps: u32) -> bool {
        set_rate(encoder, ENCODER_OPTION_BITRATE, SPATIAL_LAYER_ALL, bps)
    }

    /// The ceiling of the (only) spatial layer, which the target may not exceed.
    pub(super) fn set_max_bitrate(encoder: &mut Encoder, bps: u32) -> bool {
        set_rate(encoder, ENCODER_OPTION_MAX_BITRATE, SPATIAL_LAYER_0, bps)
    }

    /// The frame rate the rate control plans for.
    pub(super) fn set_frame_rate(encoder: &mut Encoder, fps: f32) -> bool {
        let mut value = fps;
        // SAFETY: as above; for this option openh264 reads one `float`.
        let status = unsafe {
            encoder
                .raw_api()
                .set_option(ENCODER_OPTION_FRAME_RATE, (&raw mut value).cast())
        };
        status == 0
    }
}

#[cfg(test)]
mod tests {
    use openh264::decoder::Decoder;

    use super::*;
    use crate::capture::Capturer;
    use crate::capture::pattern::{PatternCapturer, background};

    fn decode_rgb(decoder: &mut Decoder, data: &[u8]) -> (usize, usize, Vec<u8>) {
        let yuv = decoder.decode(data).expect("decodes").expect("a picture");
        let (w, h) = yuv.dimensions();
        let mut rgb = vec![0; w * h * 3];
        yuv.write_rgb8(&mut rgb);
        (w, h, rgb)
    }

    fn near(actual: &[u8], expected: [u8; 3], tolerance: u8) -> bool {
        actual
            .iter()
            .zip(expected)
            .all(|(&a, e)| a.abs_diff(e) <= tolerance)
    }

    #[test]
    fn a_frame_encodes_to_an_idr_that_decodes_to_the_same_colours() {
        let mut capturer = PatternCapturer::new(320, 240);
        let mut encoder = H264Encoder::new(START_BITRATE_BPS, 30.0);
        let frame = capturer.next_frame(false).unwrap().unwrap();
        let idr = encoder.encode(frame).unwrap().expect("not skipped");
        assert!(idr.keyframe);
        assert_eq!((idr.width, idr.height), (320, 240));
        assert!(idr.data.starts_with(&[0, 0, 0, 1]), "Annex-B start code");

        let mut decoder = Decoder::new().unwrap();
        let (w, h, rgb) = decode_rgb(&mut decoder, &idr.data);
        assert_eq!((w, h), (320, 240));
        // Far from the block and the counter: the background.
        let at = (200 * w + 300) * 3;
        assert!(
            near(&rgb[at..at + 3], background(0), 12),
            "{:?}",
            &rgb[at..at + 3]
        );
        // The block starts at the top left on frame 0 (under the counter row).
        let at = (40 * w + 40) * 3;
        assert!(
            near(&rgb[at..at + 3], [255, 255, 255], 12),
            "{:?}",
            &rgb[at..at + 3]
        );
    }

    #[test]
    fn a_static_repeat_is_small_and_a_keyframe_comes_on_demand() {
        let mut capturer = PatternCapturer::new(640, 360);
        let mut encoder = H264Encoder::new(START_BITRATE_BPS, 30.0);
        let first = encoder
            .encode(capturer.next_frame(false).unwrap().unwrap())
            .unwrap()
            .unwrap();
        let repeat = encoder
            .encode(capturer.next_frame(true).unwrap().unwrap())
            .unwrap();
        if let Some(repeat) = repeat {
            assert!(!repeat.keyframe);
            assert!(
                repeat.data.len() * 10 < first.data.len(),
                "{} vs {}",
                repeat.data.len(),
                first.data.len()
            );
        }
        encoder.force_keyframe();
        let again = encoder
            .encode(capturer.next_frame(true).unwrap().unwrap())
            .unwrap()
            .expect("a forced keyframe is not skipped");
        assert!(again.keyframe);
    }

    #[test]
    fn changes_of_size_and_bitrate_are_taken_in_stride() {
        let mut capturer = PatternCapturer::new(320, 240).with_monitor(161, 97);
        let handle = capturer.handle();
        let mut encoder = H264Encoder::new(START_BITRATE_BPS, 30.0);
        let mut decoder = Decoder::new().unwrap();
        let first = encoder
            .encode(capturer.next_frame(false).unwrap().unwrap())
            .unwrap()
            .unwrap();
        decode_rgb(&mut decoder, &first.data);

        encoder.set_bitrate(MAX_BITRATE_BPS * 2);
        assert_eq!(encoder.bitrate(), MAX_BITRATE_BPS);
        encoder.set_bitrate(1);
        assert_eq!(encoder.bitrate(), MIN_BITRATE_BPS);
        encoder.set_bitrate(1_000_000);
        encoder.set_max_fps(15.0);
        handle.advance();
        if let Some(delta) = encoder
            .encode(capturer.next_frame(false).unwrap().unwrap())
            .unwrap()
        {
            assert!(!delta.keyframe, "a bitrate change costs no keyframe");
            decode_rgb(&mut decoder, &delta.data);
        }

        // An odd-sized monitor: padded to even, and a new IDR.
        capturer.select(1).unwrap();
        let small = encoder
            .encode(capturer.next_frame(false).unwrap().unwrap())
            .unwrap()
            .expect("a new size starts with a keyframe");
        assert!(small.keyframe);
        assert_eq!((small.width, small.height), (162, 98));
        let (w, h, rgb) = decode_rgb(&mut decoder, &small.data);
        assert_eq!((w, h), (162, 98));
        // Right of the block (x 37..101 after one change), below the counter.
        let at = (90 * w + 150) * 3;
        assert!(
            near(&rgb[at..at + 3], background(1), 20),
            "{:?}",
            &rgb[at..at + 3]
        );
    }

    #[test]
    fn malformed_frames_are_refused() {
        let mut encoder = H264Encoder::new(START_BITRATE_BPS, 30.0);
        let empty = Frame::default();
        assert!(matches!(
            encoder.encode(&empty),
            Err(EncodeError::BadFrame(_))
        ));
        let short = Frame {
            width: 16,
            height: 16,
            stride: 64,
            data: vec![0; 100],
        };
        assert!(matches!(
            encoder.encode(&short),
            Err(EncodeError::BadFrame(_))
        ));
        let narrow = Frame {
            width: 16,
            height: 16,
            stride: 32,
            data: vec![0; 1024],
        };
        assert!(matches!(
            encoder.encode(&narrow),
            Err(EncodeError::BadFrame(_))
        ));
    }

    #[test]
    fn pictures_beyond_4k_are_scaled_down() {
        assert_eq!(scale_step(1920, 1080), 1);
        assert_eq!(scale_step(3840, 2160), 1);
        assert_eq!(scale_step(5120, 1440), 2);
        assert_eq!(scale_step(2160, 3840), 1);
        assert_eq!(scale_step(7680, 4320), 2);
        let frame = Frame {
            width: 5,
            height: 3,
            stride: 20,
            data: (0..60u8).map(|i| i.wrapping_mul(4)).collect(),
        };
        let mut yuv = I420::default();
        yuv.convert(&frame, 2);
        assert_eq!((yuv.width, yuv.height), (4, 2));
        assert_eq!(yuv.y.len(), 8);
        assert_eq!(yuv.u.len(), 2);
    }

    #[test]
    fn grey_converts_to_the_limited_range() {
        let frame = |value: u8| Frame {
            width: 2,
            height: 2,
            stride: 8,
            data: vec![value; 16],
        };
        let mut yuv = I420::default();
        yuv.convert(&frame(0), 1);
        assert_eq!((yuv.y[0], yuv.u[0], yuv.v[0]), (16, 128, 128));
        yuv.convert(&frame(255), 1);
        assert_eq!((yuv.y[0], yuv.u[0], yuv.v[0]), (235, 128, 128));
    }
}
