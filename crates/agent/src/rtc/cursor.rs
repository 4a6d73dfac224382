//! The cursor's shape as the helper's browser gets it: a PNG of at most 64x64 pixels, base64,
//! with its hot spot. Larger cursors (high-DPI themes, accessibility sizes) are scaled down by
//! an integer factor, averaging each block with its alpha, and the hot spot with them.

use base64::Engine as _;

use crate::capture::CursorImage;

/// The largest side sent.
pub const MAX_SIDE: u32 = 64;

/// A cursor shape ready for [`assist_protocol::input::ScreenEvent::CursorShape`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CursorShape {
    /// Base64 of the PNG.
    pub png: String,
    /// Hot spot from the left.
    pub hot_x: u32,
    /// Hot spot from the top.
    pub hot_y: u32,
}

/// Encodes `image`, or `None` if it is empty or its pixels do not match its size.
#[must_use]
pub fn encode(image: &CursorImage) -> Option<CursorShape> {
    let (w, h) = (image.width as usize, image.height as usize);
    if w == 0 || h == 0 || image.rgba.len() != w * h * 4 {
        return None;
    }
    let factor = image.width.max(image.height).div_ceil(MAX_SIDE).max(1);
    let (out_w, out_h) = (image.width.div_ceil(factor), image.height.div_ceil(factor));
    let rgba = if factor == 1 {
        image.rgba.clone()
    } else {
        shrink(
            &image.rgba,
            w,
            h,
            factor as usize,
            out_w as usize,
            out_h as usize,
        )
    };

    let mut png_bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png_bytes, out_w, out_h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().ok()?;
        writer.write_image_data(&rgba).ok()?;
        writer.finish().ok()?;
    }
    Some(CursorShape {
        png: base64::engine::general_purpose::STANDARD.encode(&png_bytes),
        hot_x: (image.hot_x / factor).min(out_w - 1),
        hot_y: (image.hot_y / factor).min(out_h - 1),
    })
}

/// Box-averages `factor` x `factor` blocks, weighting colour by alpha so that transparent
/// pixels do not darken the edges.
#[allow(clippy::many_single_char_names)] // Pixel arithmetic: r, g, b, a, n, x, y.
fn shrink(rgba: &[u8], w: usize, h: usize, factor: usize, out_w: usize, out_h: usize) -> Vec<u8> {
    let mut out = vec![0; out_w * out_h * 4];
    for oy in 0..out_h {
        for ox in 0..out_w {
            let (mut r, mut g, mut b, mut a, mut n) = (0u32, 0u32, 0u32, 0u32, 0u32);
            for y in oy * factor..((oy + 1) * factor).min(h) {
                for x in ox * factor..((ox + 1) * factor).min(w) {
                    let p = &rgba[(y * w + x) * 4..][..4];
                    let alpha = u32::from(p[3]);
                    r += u32::from(p[0]) * alpha;
                    g += u32::from(p[1]) * alpha;
                    b += u32::from(p[2]) * alpha;
                    a += alpha;
                    n += 1;
                }
            }
            let o = &mut out[(oy * out_w + ox) * 4..][..4];
            let channel = |sum: u32, of: u32| {
                sum.checked_div(of)
                    .map_or(0, |v| u8::try_from(v).unwrap_or(u8::MAX))
            };
            if a > 0 {
                o[0] = channel(r, a);
                o[1] = channel(g, a);
                o[2] = channel(b, a);
                o[3] = channel(a, n);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(width: u32, height: u32, hot: (u32, u32)) -> CursorImage {
        CursorImage {
            width,
            height,
            hot_x: hot.0,
            hot_y: hot.1,
            rgba: [255, 0, 0, 255].repeat((width * height) as usize),
            serial: 1,
        }
    }

    fn decode(shape: &CursorShape) -> (u32, u32, Vec<u8>) {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&shape.png)
            .unwrap();
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        buf.truncate(info.buffer_size());
        (info.width, info.height, buf)
    }

    #[test]
    fn a_small_cursor_is_sent_as_it_is() {
        let shape = encode(&image(24, 24, (3, 4))).unwrap();
        assert_eq!((shape.hot_x, shape.hot_y), (3, 4));
        let (w, h, pixels) = decode(&shape);
        assert_eq!((w, h), (24, 24));
        assert_eq!(&pixels[..4], &[255, 0, 0, 255]);
    }

    #[test]
    fn a_large_cursor_is_scaled_down_with_its_hot_spot() {
        let shape = encode(&image(200, 96, (100, 95))).unwrap();
        let (w, h, pixels) = decode(&shape);
        assert_eq!((w, h), (50, 24));
        assert_eq!((shape.hot_x, shape.hot_y), (25, 23));
        assert_eq!(&pixels[..4], &[255, 0, 0, 255]);
    }

    #[test]
    fn inconsistent_images_are_refused() {
        let mut bad = image(8, 8, (0, 0));
        bad.rgba.pop();
        assert!(encode(&bad).is_none());
        assert!(encode(&image(0, 8, (0, 0))).is_none());
    }
}
