//! A synthetic screen for tests and benchmarks, where there is no X server: one or more
//! monitors side by side, each a solid background (its own colour, see [`background`]) with a
//! white block and a frame counter drawn as a row of black and white cells.
//!
//! The screen changes only when told, through a [`PatternHandle`] that stays with the test
//! while the capturer itself moves into the media pipeline: [`PatternHandle::advance`] moves
//! the block and bumps the counter once, [`PatternHandle::set_busy`] makes every captured
//! frame change (a scrolling band of fine detail, like text being scrolled), and nothing at all
//! changes otherwise, so a static screen really is static.
//!
//! Rows are padded (`stride` is more than `width * 4`) so that consumers must honour the
//! stride, as they must with MIT-SHM images.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use assist_protocol::input::Monitor;

use crate::capture::{CaptureError, Capturer, CursorImage, CursorPosition, Frame};
use crate::input::MonitorArea;

/// Bytes added to the end of every row.
const ROW_PADDING: usize = 64;
/// The side of the moving white block, in pixels.
pub const BLOCK: u32 = 64;
/// The side of one cell of the frame counter, in pixels.
const CELL: u32 = 8;
/// Bits of the frame counter drawn.
const COUNTER_BITS: u32 = 16;

/// The background colour of monitor `id`, as `[r, g, b]`. Far apart from one another and
/// from white and black, so a decoded picture tells which monitor it shows.
#[must_use]
pub fn background(id: u32) -> [u8; 3] {
    const COLOURS: [[u8; 3]; 4] = [[32, 64, 160], [40, 160, 60], [170, 50, 40], [150, 130, 30]];
    COLOURS[id as usize % COLOURS.len()]
}

/// Where the scene stands; shared between the capturer and its handles.
#[derive(Debug)]
struct Scene {
    /// Every monitor, left to right; the id is the index.
    sizes: Vec<(u32, u32)>,
    /// Bumped by every change; the capturer repaints when it differs from what it painted.
    version: u64,
    /// How many changes so far (moves the block, drawn as the counter).
    counter: u32,
    /// Every `next_frame` is a change.
    busy: bool,
    /// Where the cursor is, in fractions of the selected monitor.
    cursor: CursorPosition,
    /// A new cursor shape not yet taken by `cursor_image`.
    cursor_image: Option<CursorImage>,
    /// Frames handed out by `next_frame`.
    frames: u64,
}

/// Changes what a [`PatternCapturer`] shows, from any thread.
#[derive(Clone, Debug)]
pub struct PatternHandle(Arc<Mutex<Scene>>);

impl PatternHandle {
    fn lock(&self) -> MutexGuard<'_, Scene> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// One change: the block moves and the counter goes up by one.
    pub fn advance(&self) {
        let mut scene = self.lock();
        scene.counter = scene.counter.wrapping_add(1);
        scene.version += 1;
    }

    /// Whether every captured frame changes (a busy screen) or only on [`Self::advance`].
    pub fn set_busy(&self, busy: bool) {
        self.lock().busy = busy;
    }

    /// Adds a monitor to the right of the others; returns its id.
    #[must_use = "the new monitor's id"]
    pub fn add_monitor(&self, width: u32, height: u32) -> u32 {
        let mut scene = self.lock();
        scene.sizes.push((width.max(1), height.max(1)));
        u32::try_from(scene.sizes.len() - 1).unwrap_or(u32::MAX)
    }

    /// Moves the cursor (fractions of the selected monitor).
    pub fn set_cursor(&self, x: f64, y: f64, visible: bool) {
        self.lock().cursor = CursorPosition { x, y, visible };
    }

    /// Gives the cursor a new shape.
    pub fn set_cursor_image(&self, image: CursorImage) {
        self.lock().cursor_image = Some(image);
    }

    /// Frames the capturer has handed out so far.
    #[must_use]
    pub fn frames_captured(&self) -> u64 {
        self.lock().frames
    }

    /// How many changes [`Self::advance`] (or a busy screen) made so far.
    #[must_use]
    pub fn counter(&self) -> u32 {
        self.lock().counter
    }
}

/// A synthetic screen implementing [`Capturer`].
#[derive(Debug)]
pub struct PatternCapturer {
    scene: Arc<Mutex<Scene>>,
    selected: u32,
    frame: Frame,
    /// The scene version and monitor the frame shows; `None` forces a repaint.
    painted: Option<(u64, u32)>,
    /// The frame was handed out since it was painted.
    delivered: bool,
}

impl PatternCapturer {
    /// One monitor of `width` x `height` pixels (id 0, primary).
    #[must_use]
    pub fn new(width: u32, height: u32) -> Self {
        Self {
            scene: Arc::new(Mutex::new(Scene {
                sizes: vec![(width.max(1), height.max(1))],
                version: 0,
                counter: 0,
                busy: false,
                cursor: CursorPosition {
                    x: 0.5,
                    y: 0.5,
                    visible: true,
                },
                cursor_image: None,
                frames: 0,
            })),
            selected: 0,
            frame: Frame::default(),
            painted: None,
            delivered: false,
        }
    }

    /// The 1920x1080 default.
    #[must_use]
    pub fn full_hd() -> Self {
        Self::new(1920, 1080)
    }

    /// Adds a second (or further) monitor to the right.
    #[must_use]
    pub fn with_monitor(self, width: u32, height: u32) -> Self {
        let _ = self.handle().add_monitor(width, height);
        self
    }

    /// A handle that changes the scene while the capturer is elsewhere.
    #[must_use]
    pub fn handle(&self) -> PatternHandle {
        PatternHandle(Arc::clone(&self.scene))
    }

    fn lock(&self) -> MutexGuard<'_, Scene> {
        self.scene.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn paint(&mut self, counter: u32, busy_offset: Option<u32>, (width, height): (u32, u32)) {
        let stride = width as usize * 4 + ROW_PADDING;
        let frame = &mut self.frame;
        frame.width = width;
        frame.height = height;
        frame.stride = stride;
        frame.data.resize(stride * height as usize, 0);

        let [r, g, b] = background(self.selected);
        let background = [b, g, r, 255];
        for row in frame.data.chunks_exact_mut(stride) {
            for pixel in row[..width as usize * 4].chunks_exact_mut(4) {
                pixel.copy_from_slice(&background);
            }
        }

        // The block walks across the monitor in steps that do not line up with macroblocks.
        let span_x = width.saturating_sub(BLOCK).max(1);
        let span_y = height.saturating_sub(BLOCK).max(1);
        let bx = counter.wrapping_mul(37) % span_x;
        let by = counter.wrapping_mul(23) % span_y;
        fill(frame, bx, by, BLOCK, BLOCK, [255, 255, 255, 255]);

        for bit in 0..COUNTER_BITS {
            let colour = if (counter >> bit) & 1 == 1 {
                [255, 255, 255, 255]
            } else {
                [0, 0, 0, 255]
            };
            fill(frame, bit * CELL, 0, CELL, CELL, colour);
        }

        if let Some(offset) = busy_offset {
            // Fine detail scrolling upwards in the middle third, as when reading a long page.
            let top = height / 3;
            for y in top..(2 * top).min(height) {
                let row = &mut frame.data[y as usize * stride..][..width as usize * 4];
                let line = y.wrapping_add(offset.wrapping_mul(8));
                for (x, pixel) in row.chunks_exact_mut(4).enumerate() {
                    let x = u32::try_from(x).unwrap_or(u32::MAX);
                    let ink =
                        (line % 12 < 7) && (x.wrapping_mul(7) ^ line.wrapping_mul(13)) % 5 < 2;
                    if ink {
                        pixel.copy_from_slice(&[20, 20, 20, 255]);
                    }
                }
            }
        }
    }
}

/// Fills a rectangle, clipped to the frame.
fn fill(frame: &mut Frame, x: u32, y: u32, width: u32, height: u32, bgra: [u8; 4]) {
    let right = (x + width).min(frame.width) as usize;
    let bottom = (y + height).min(frame.height) as usize;
    for row in (y as usize)..bottom {
        let start = row * frame.stride + x as usize * 4;
        let end = row * frame.stride + right * 4;
        if start < end {
            for pixel in frame.data[start..end].chunks_exact_mut(4) {
                pixel.copy_from_slice(&bgra);
            }
        }
    }
}

impl Capturer for PatternCapturer {
    fn monitors(&mut self) -> Result<Vec<Monitor>, CaptureError> {
        let scene = self.lock();
        Ok(scene
            .sizes
            .iter()
            .enumerate()
            .map(|(index, &(width, height))| {
                let id = u32::try_from(index).unwrap_or(u32::MAX);
                Monitor {
                    id,
                    name: format!("PATTERN-{}", index + 1),
                    width,
                    height,
                    primary: id == 0,
                }
            })
            .collect())
    }

    fn selected(&self) -> u32 {
        self.selected
    }

    fn selected_area(&self) -> MonitorArea {
        let scene = self.lock();
        let left: u32 = scene
            .sizes
            .iter()
            .take(self.selected as usize)
            .map(|&(width, _)| width)
            .sum();
        let (width, height) = scene
            .sizes
            .get(self.selected as usize)
            .copied()
            .unwrap_or((1, 1));
        MonitorArea {
            x: i32::try_from(left).unwrap_or(i32::MAX),
            y: 0,
            width,
            height,
        }
    }

    fn select(&mut self, id: u32) -> Result<(), CaptureError> {
        if id as usize >= self.lock().sizes.len() {
            return Err(CaptureError::NoSuchMonitor(id));
        }
        self.selected = id;
        self.painted = None;
        Ok(())
    }

    fn next_frame(&mut self, force: bool) -> Result<Option<&Frame>, CaptureError> {
        let (version, counter, busy, size) = {
            let mut scene = self.lock();
            if scene.busy {
                scene.counter = scene.counter.wrapping_add(1);
                scene.version += 1;
            }
            let size = scene
                .sizes
                .get(self.selected as usize)
                .copied()
                .ok_or(CaptureError::NoSuchMonitor(self.selected))?;
            (scene.version, scene.counter, scene.busy, size)
        };
        let current = Some((version, self.selected));
        let size_changed = (self.frame.width, self.frame.height) != size;
        if self.painted != current || size_changed {
            self.paint(counter, busy.then_some(counter), size);
            self.painted = current;
            self.delivered = false;
        }
        if self.delivered && !force {
            return Ok(None);
        }
        self.delivered = true;
        self.lock().frames += 1;
        Ok(Some(&self.frame))
    }

    fn cursor_position(&mut self) -> Result<CursorPosition, CaptureError> {
        Ok(self.lock().cursor)
    }

    fn cursor_image(&mut self) -> Result<Option<CursorImage>, CaptureError> {
        Ok(self.lock().cursor_image.take())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(frame: &Frame, x: u32, y: u32) -> [u8; 4] {
        let at = y as usize * frame.stride + x as usize * 4;
        [
            frame.data[at],
            frame.data[at + 1],
            frame.data[at + 2],
            frame.data[at + 3],
        ]
    }

    #[test]
    fn a_static_screen_gives_one_frame_then_nothing_until_it_changes() {
        let mut capturer = PatternCapturer::new(320, 200);
        let handle = capturer.handle();
        let frame = capturer.next_frame(false).unwrap().expect("first frame");
        assert_eq!((frame.width, frame.height), (320, 200));
        assert!(frame.stride > 320 * 4);
        let [r, g, b] = background(0);
        assert_eq!(pixel(frame, 300, 190), [b, g, r, 255]);
        assert!(capturer.next_frame(false).unwrap().is_none());
        assert!(capturer.next_frame(true).unwrap().is_some(), "forced");
        handle.advance();
        assert!(capturer.next_frame(false).unwrap().is_some());
        assert!(capturer.next_frame(false).unwrap().is_none());
        assert_eq!(handle.frames_captured(), 3);
    }

    #[test]
    fn a_busy_screen_changes_every_frame() {
        let mut capturer = PatternCapturer::new(64, 48);
        capturer.handle().set_busy(true);
        for _ in 0..3 {
            assert!(capturer.next_frame(false).unwrap().is_some());
        }
    }

    #[test]
    fn monitors_lie_side_by_side_and_select_switches() {
        let mut capturer = PatternCapturer::new(1920, 1080).with_monitor(1280, 1024);
        let monitors = capturer.monitors().unwrap();
        assert_eq!(monitors.len(), 2);
        assert!(monitors[0].primary && !monitors[1].primary);
        capturer.next_frame(false).unwrap();
        capturer.select(1).unwrap();
        assert_eq!(
            capturer.selected_area(),
            MonitorArea {
                x: 1920,
                y: 0,
                width: 1280,
                height: 1024
            }
        );
        let frame = capturer.next_frame(false).unwrap().expect("new monitor");
        assert_eq!((frame.width, frame.height), (1280, 1024));
        let [r, g, b] = background(1);
        assert_eq!(pixel(frame, 1000, 1000), [b, g, r, 255]);
        assert!(matches!(
            capturer.select(7),
            Err(CaptureError::NoSuchMonitor(7))
        ));
        assert_eq!(capturer.selected(), 1);
    }

    #[test]
    fn odd_and_tiny_sizes_paint() {
        for (w, h) in [(1, 1), (33, 17), (63, 65)] {
            let mut capturer = PatternCapturer::new(w, h);
            let frame = capturer.next_frame(false).unwrap().expect("frame");
            assert_eq!((frame.width, frame.height), (w, h));
        }
    }
}
