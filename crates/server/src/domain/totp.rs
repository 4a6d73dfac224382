//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, as every
//! authenticator app expects) and one-time recovery codes. Pure: time is an argument.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Algorithm, Secret, TOTP};

/// Seconds per step.
pub const STEP_SECS: u64 = 30;
/// How many recovery codes a user gets.
pub const RECOVERY_CODES: usize = 10;
/// The issuer shown in authenticator apps.
const ISSUER: &str = "Assist";

/// A new 160-bit secret (RFC 4226's recommended length), base32 as apps and the store want it.
#[must_use]
pub fn new_secret() -> String {
    let mut bytes = [0_u8; 20];
    OsRng.fill_bytes(&mut bytes);
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(text) => text,
        Secret::Raw(_) => String::new(),
    }
}

fn totp(secret: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().ok()?;
    // ':' separates issuer and account in the URI; an e-mail address has none.
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECS,
        bytes,
        Some(ISSUER.to_owned()),
        account.replace(':', ""),
    )
    .ok()
}

/// The `otpauth://` URI an authenticator app scans.
#[must_use]
pub fn enrolment_uri(secret: &str, account: &str) -> String {
    totp(secret, account)
        .map(|t| t.get_url())
        .unwrap_or_default()
}

/// The URI as a QR code, an SVG image.
#[must_use]
pub fn qr_svg(uri: &str) -> String {
    QrCode::new(uri.as_bytes())
        .map(|code| {
            code.render::<svg::Color<'_>>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

/// The time step of a valid `code` at `now_unix`, one step of drift allowed either way, that is
/// later than `last_step` (so a code works once). `None` when it is not valid.
#[must_use]
pub fn verify(secret: &str, code: &str, now_unix: u64, last_step: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, "")?;
    let now_step = now_unix / STEP_SECS;
    [now_step.saturating_sub(1), now_step, now_step + 1]
        .into_iter()
        .filter(|step| *step > last_step)
        .find(|step| constant_time_eq(totp.generate(step * STEP_SECS).as_bytes(), code.as_bytes()))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Ten new recovery codes, `xxxx-xxxx-xxxx` from an alphabet without look-alikes (about 60
/// bits each).
#[must_use]
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let chars: Vec<char> = (0..12)
                .map(|_| {
                    ALPHABET[usize::try_from(OsRng.next_u32()).unwrap_or(0) % ALPHABET.len()]
                        as char
                })
                .collect();
            format!(
                "{}-{}-{}",
                chars[..4].iter().collect::<String>(),
                chars[4..8].iter().collect::<String>(),
                chars[8..].iter().collect::<String>()
            )
        })
        .collect()
}

/// A recovery code as typed, reduced to the form that is hashed: lower case, no separators.
#[must_use]
pub fn normalise_recovery_code(input: &str) -> String {
    input
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // RFC 6238's "12345678901234567890"

    #[test]
    fn rfc_6238_vectors_verify_within_one_step() {
        // RFC 6238, SHA-1, T = 59 s: 94287082 (8 digits), so 287082 with 6.
        assert_eq!(verify(SECRET, "287082", 59, 0), Some(1));
        assert_eq!(
            verify(SECRET, "287 082", 59 + 30, 0),
            Some(1),
            "one step late is accepted"
        );
        assert_eq!(
            verify(SECRET, "287082", 59 + 90, 0),
            None,
            "three steps late is not"
        );
        assert_eq!(verify(SECRET, "000000", 59, 0), None);
        assert_eq!(verify(SECRET, "28708", 59, 0), None);
    }

    #[test]
    fn a_code_works_once() {
        assert_eq!(verify(SECRET, "287082", 59, 1), None);
    }

    #[test]
    fn enrolment_uri_names_issuer_and_account() {
        let secret = new_secret();
        let uri = enrolment_uri(&secret, "ada@contoso.com");
        assert!(
            uri.starts_with("otpauth://totp/Assist:ada%40contoso.com?"),
            "{uri}"
        );
        assert!(uri.contains(&format!("secret={secret}")), "{uri}");
        assert!(qr_svg(&uri).starts_with("<?xml"), "an SVG image");
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalise() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(
            codes.iter().collect::<std::collections::HashSet<_>>().len(),
            10
        );
        assert_eq!(normalise_recovery_code(" ABCD-efgh-2345 "), "abcdefgh2345");
    }
}
