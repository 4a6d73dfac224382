//! Pixel conversions: the X server's ZPixmap images to the BGRA frames the encoder takes, and
//! XFixes cursor images (premultiplied ARGB) to straight RGBA.

/// How the root window's pixels are laid out in a 32-bit-per-pixel ZPixmap image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct PixelFormat {
    /// Bit offsets of the 8-bit red, green and blue channels in a pixel value.
    pub red: u32,
    pub green: u32,
    pub blue: u32,
    /// Whether pixel values are stored most significant byte first.
    pub big_endian: bool,
}

impl PixelFormat {
    /// The format of a TrueColor visual with these channel masks, if every channel is 8 bits.
    pub fn new(red_mask: u32, green_mask: u32, blue_mask: u32, big_endian: bool) -> Option<Self> {
        let shift = |mask: u32| {
            (mask != 0 && mask >> mask.trailing_zeros() == 0xff).then(|| mask.trailing_zeros())
        };
        Some(Self {
            red: shift(red_mask)?,
            green: shift(green_mask)?,
            blue: shift(blue_mask)?,
            big_endian,
        })
    }

    /// Whether the bytes in memory are already B, G, R, (pad): the usual case, copied as is.
    fn is_bgrx(self) -> bool {
        !self.big_endian && self.red == 16 && self.green == 8 && self.blue == 0
    }
}

/// Converts `src` (ZPixmap, 4 bytes a pixel) into `dst` (BGRA, alpha 255). Both hold the same
/// number of pixels.
pub(super) fn to_bgra(format: PixelFormat, src: &[u8], dst: &mut [u8]) {
    debug_assert_eq!(src.len(), dst.len());
    if format.is_bgrx() {
        // Two pixels at a time, as one little-endian u64 whose two alpha bytes are set: the
        // compiler vectorises this even in builds with debug assertions (a 1080p frame takes
        // about 0.2 ms optimised).
        const OPAQUE: u64 = 0xff00_0000_ff00_0000;
        let (dst_pairs, dst_rest) = dst.as_chunks_mut::<8>();
        let (src_pairs, src_rest) = src.as_chunks::<8>();
        for (d, s) in dst_pairs.iter_mut().zip(src_pairs) {
            *d = (u64::from_le_bytes(*s) | OPAQUE).to_le_bytes();
        }
        for (d, s) in dst_rest
            .as_chunks_mut::<4>()
            .0
            .iter_mut()
            .zip(src_rest.as_chunks::<4>().0)
        {
            *d = [s[0], s[1], s[2], 0xff];
        }
        return;
    }
    for (d, s) in dst
        .as_chunks_mut::<4>()
        .0
        .iter_mut()
        .zip(src.as_chunks::<4>().0)
    {
        let pixel = if format.big_endian {
            u32::from_be_bytes(*s)
        } else {
            u32::from_le_bytes(*s)
        };
        let channel = |shift: u32| (pixel >> shift).to_le_bytes()[0];
        *d = [
            channel(format.blue),
            channel(format.green),
            channel(format.red),
            0xff,
        ];
    }
}

/// Converts an XFixes cursor image (one premultiplied ARGB value a pixel) to straight RGBA.
pub(super) fn cursor_to_rgba(argb: &[u32], rgba: &mut Vec<u8>) {
    rgba.clear();
    rgba.reserve(argb.len() * 4);
    for &pixel in argb {
        let [b, g, r, a] = pixel.to_le_bytes();
        if a == 0 {
            rgba.extend_from_slice(&[0, 0, 0, 0]);
            continue;
        }
        let unpremultiply = |c: u8| {
            let straight = (u32::from(c) * 255 + u32::from(a) / 2) / u32::from(a);
            u8::try_from(straight).unwrap_or(u8::MAX)
        };
        rgba.extend_from_slice(&[unpremultiply(r), unpremultiply(g), unpremultiply(b), a]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_format_is_copied_with_opaque_alpha() {
        let format = PixelFormat::new(0xff_0000, 0xff00, 0xff, false).expect("8-bit channels");
        let src = [1, 2, 3, 0, 4, 5, 6, 99, 7, 8, 9, 0];
        let mut dst = [0; 12];
        to_bgra(format, &src, &mut dst);
        assert_eq!(
            dst,
            [1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255],
            "pairs, and an odd pixel"
        );
    }

    #[test]
    fn other_channel_orders_and_byte_orders_are_converted() {
        // RGB in the low bytes (red lowest), stored big-endian.
        let format = PixelFormat::new(0xff, 0xff00, 0xff_0000, true).expect("8-bit channels");
        let pixel: u32 = 0x00_30_20_10; // blue 0x30, green 0x20, red 0x10
        let mut dst = [0; 4];
        to_bgra(format, &pixel.to_be_bytes(), &mut dst);
        assert_eq!(dst, [0x30, 0x20, 0x10, 255]);
        assert_eq!(
            PixelFormat::new(0xf800, 0x07e0, 0x001f, false),
            None,
            "16-bit colour"
        );
    }

    #[test]
    fn cursor_pixels_are_unpremultiplied() {
        let mut rgba = Vec::new();
        cursor_to_rgba(&[0xff_ff_00_00, 0x80_40_00_80, 0x00_00_00_00], &mut rgba);
        assert_eq!(
            rgba,
            [255, 0, 0, 255, 0x80, 0, 0xff, 0x80, 0, 0, 0, 0],
            "opaque red, half-transparent (premultiplied) purple, transparent"
        );
    }
}
