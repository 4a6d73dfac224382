//! Profile pictures: PNG or JPEG up to 256 KiB, recognised by their content (the declared
//! content type is not trusted) and with a header that parses to sane dimensions.

use assist_protocol::api::users::MAX_PICTURE_BYTES;

/// An accepted picture format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureType {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

impl PictureType {
    /// The content type to serve it with.
    #[must_use]
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }
}

/// Why a picture was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PictureError {
    /// Larger than 256 KiB.
    #[error("the picture is larger than {} KiB", MAX_PICTURE_BYTES / 1024)]
    TooLarge,
    /// Not PNG or JPEG by content.
    #[error("the picture must be a PNG or JPEG image")]
    NotAnImage,
    /// A PNG or JPEG signature, but no readable dimensions, or absurd ones.
    #[error("the picture is damaged or its dimensions are not between 1 and 4096 pixels")]
    Damaged,
}

/// Checks an uploaded picture and says what it is.
pub fn check(bytes: &[u8]) -> Result<PictureType, PictureError> {
    if bytes.len() > MAX_PICTURE_BYTES {
        return Err(PictureError::TooLarge);
    }
    let kind = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        PictureType::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        PictureType::Jpeg
    } else {
        return Err(PictureError::NotAnImage);
    };
    let size = imagesize::blob_size(bytes).map_err(|_| PictureError::Damaged)?;
    if !(1..=4096).contains(&size.width) || !(1..=4096).contains(&size.height) {
        return Err(PictureError::Damaged);
    }
    Ok(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1x1 PNG.
    pub(crate) const TINY_PNG: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
        0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn accepts_png_and_refuses_impostors() {
        assert_eq!(check(TINY_PNG), Ok(PictureType::Png));
        assert_eq!(
            check(b"<svg onload=alert(1)>"),
            Err(PictureError::NotAnImage)
        );
        assert_eq!(check(&TINY_PNG[..12]), Err(PictureError::Damaged));
        let mut huge = TINY_PNG.to_vec();
        huge.resize(MAX_PICTURE_BYTES + 1, 0);
        assert_eq!(check(&huge), Err(PictureError::TooLarge));
    }
}
