//! Parsed text inputs. Each type can only be built through `parse` (or deserialisation, which
//! calls it), so holding one proves the text passed its rules. Errors name the rule broken.

use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why a text input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidText {
    /// What the text was meant to be ("e-mail address", "display name", ...).
    pub what: &'static str,
    /// The rule it broke, in words for a person.
    pub reason: String,
}

impl fmt::Display for InvalidText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: {}", self.what, self.reason)
    }
}

impl std::error::Error for InvalidText {}

fn invalid(what: &'static str, reason: impl Into<String>) -> InvalidText {
    InvalidText {
        what,
        reason: reason.into(),
    }
}

/// Trims `raw` and checks its length (in characters), that it holds no control characters, and
/// that it cannot be shown as something other than what it holds ([`disguise`]).
fn bounded_line(
    what: &'static str,
    raw: &str,
    min: usize,
    max: usize,
) -> Result<String, InvalidText> {
    let text = raw.trim();
    let len = text.chars().count();
    if len < min {
        return Err(invalid(
            what,
            format!("must have at least {min} characters"),
        ));
    }
    if len > max {
        return Err(invalid(what, format!("must have at most {max} characters")));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(what, "must not contain control characters"));
    }
    if let Some(reason) = disguise(text) {
        return Err(invalid(what, reason));
    }
    Ok(text.to_owned())
}

/// Why a character is refused in text shown as a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Disguise {
    /// A bidirectional control: it changes the order in which the text around it is shown.
    Reorders,
    /// A character shown as nothing.
    Invisible,
    /// A line or paragraph separator: a name is one line.
    Breaks,
    /// A joiner (U+200C, U+200D) where no script or emoji uses one.
    LoneJoiner,
    /// A variation selector where it selects nothing.
    LoneSelector,
}

impl Disguise {
    fn reason(self, c: char) -> String {
        let code = format!("U+{:04X}", u32::from(c));
        match self {
            Self::Reorders => format!(
                "must not contain {code}, a bidirectional control that changes the order in \
                 which text is shown"
            ),
            Self::Invisible => format!("must not contain {code}, an invisible character"),
            Self::Breaks => format!("must not contain {code}, a line or paragraph separator"),
            Self::LoneJoiner => format!(
                "may contain the joiner {code} only after a character outside basic Latin (as \
                 in Persian, Indic scripts and emoji), not at the start, after a space, after \
                 A-Z, digits or punctuation, or after another joiner"
            ),
            Self::LoneSelector => format!(
                "may contain the variation selector {code} only right after a character \
                 outside basic Latin (an emoji, an ideograph) or in a keycap emoji"
            ),
        }
    }
}

/// Embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069) make text read
/// differently from what it is: `Invoice\u{202E}gpj.exe` shows as `Invoiceexe.jpg`. Refused in
/// chat messages and, with more ([`disguise`]), in every name.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER: invisible, but they choose letter forms in
/// Persian, Arabic and Indic scripts and build emoji sequences.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}')
}

/// Variation selectors (U+FE00..U+FE0F: emoji or text presentation, standardized variants;
/// U+E0100..U+E01EF: ideographic variants, as Japanese names use) and the Mongolian free
/// variation selectors (U+180B..U+180D, U+180F).
fn is_selector(c: char) -> bool {
    matches!(
        c,
        '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' | '\u{180b}'..='\u{180d}' | '\u{180f}'
    )
}

/// What `c` does to a name regardless of its neighbours: the bidirectional controls (the
/// overrides and isolates, and the marks U+200E, U+200F, U+061C, invisible letters of a
/// direction), every other default-ignorable code point (Unicode's `Default_Ignorable_Code_Point`,
/// shown as nothing) but the joiners and the variation selectors, the interlinear annotation
/// characters (U+FFF9..U+FFFB, which hide text in some renderers), and the line and paragraph
/// separators.
fn refused_anywhere(c: char) -> Option<Disguise> {
    if is_bidi_override(c) || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}') {
        return Some(Disguise::Reorders);
    }
    if matches!(c, '\u{2028}' | '\u{2029}') {
        return Some(Disguise::Breaks);
    }
    let invisible = matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{115f}'..='\u{1160}'
            | '\u{17b4}'..='\u{17b5}'
            | '\u{180e}'
            | '\u{200b}'
            | '\u{2060}'..='\u{2065}'
            | '\u{206a}'..='\u{206f}'
            | '\u{3164}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff0}'..='\u{fffb}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e00ff}'
            | '\u{e01f0}'..='\u{e0fff}'
    );
    invisible.then_some(Disguise::Invisible)
}

/// Whether a joiner or selector may follow `prev`: a character outside basic Latin that is not
/// white space, a joiner or a selector.
fn carries_format(prev: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_ascii() && !p.is_whitespace() && !is_joiner(p) && !is_selector(p))
}

/// What `c`, between `prev` and `next`, does to a name; `None` when it is fine there.
fn refused_at(prev: Option<char>, c: char, next: Option<char>) -> Option<Disguise> {
    if let Some(why) = refused_anywhere(c) {
        return Some(why);
    }
    if is_joiner(c) {
        // A joiner may follow a selector: U+FE0F then U+200D, as in the rainbow flag.
        let fine = prev.is_some_and(|p| is_selector(p) || carries_format(Some(p)));
        return (!fine).then_some(Disguise::LoneJoiner);
    }
    if is_selector(c) {
        let keycap =
            prev.is_some_and(|p| matches!(p, '0'..='9' | '#' | '*')) && next == Some('\u{20e3}');
        return (!(keycap || carries_format(prev))).then_some(Disguise::LoneSelector);
    }
    None
}

/// Why `text` cannot be shown as a name, on a trust screen or in an administrator's list, in
/// words naming the first offending character; `None` when it can. The rule, shared by every
/// name type here ([`DisplayName`], [`ProfileText`], [`GroupName`], [`Description`],
/// [`TokenName`], [`FactText`], [`TenantName`]) and by the server's other labels:
///
/// - refused anywhere: the bidirectional controls (U+202A..U+202E, U+2066..U+2069, and the
///   marks U+200E, U+200F, U+061C), the invisible characters (U+200B, U+2060..U+2064, U+FEFF,
///   U+180E, U+034F, U+00AD, the Hangul fillers and the rest of Unicode's default-ignorable
///   code points, the tag characters included), and the line and paragraph separators;
/// - allowed where a script or an emoji uses them: the joiners U+200C and U+200D after a
///   character outside basic Latin (Persian words, Devanagari conjuncts, emoji sequences),
///   and the variation selectors right after such a character (the red heart U+2764 U+FE0F,
///   Japanese ideographic variants) or in a keycap (`#` U+FE0F U+20E3).
#[must_use]
pub fn disguise(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().find_map(|(i, &c)| {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        refused_at(prev, c, chars.get(i + 1).copied()).map(|why| why.reason(c))
    })
}

/// `text` without what [`disguise`] refuses, for names that come from elsewhere and cannot be
/// sent back to be fixed (single sign-on claims, the facts a device reports).
#[must_use]
pub fn without_disguises(text: &str) -> String {
    let kept: Vec<char> = text
        .chars()
        .filter(|&c| refused_anywhere(c).is_none())
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    for (i, &c) in kept.iter().enumerate() {
        // Only joiners and selectors depend on their place; what follows one is kept.
        if refused_at(prev, c, kept.get(i + 1).copied()).is_none() {
            out.push(c);
            prev = Some(c);
        }
    }
    out
}

macro_rules! line_type {
    ($(#[$meta:meta])* $name:ident, $what:literal, $min:literal, $max:literal) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
        #[serde(try_from = "String", into = "String")]
        #[schema(value_type = String)]
        pub struct $name(String);

        impl $name {
            /// Parses the text: trimmed, within the length bounds, no control characters, nothing
            /// that would show it as other than it is (see [`disguise`]).
            pub fn parse(raw: &str) -> Result<Self, InvalidText> {
                bounded_line($what, raw, $min, $max).map(Self)
            }

            /// The text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidText;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

line_type!(
    /// An organisation's name, 1 to 200 characters.
    TenantName, "tenant name", 1, 200
);
line_type!(
    /// A person's full name as shown on the trust screen, 1 to 200 characters.
    DisplayName, "display name", 1, 200
);
line_type!(
    /// A job title or company name, up to 200 characters; empty means "not set".
    ProfileText, "profile text", 0, 200
);
line_type!(
    /// A group's name, 1 to 200 characters, unique within its tenant.
    GroupName, "group name", 1, 200
);
line_type!(
    /// A free-text description, up to 1,000 characters.
    Description, "description", 0, 1000
);
line_type!(
    /// A label for an API token, 1 to 100 characters.
    TokenName, "token name", 1, 100
);
line_type!(
    /// A fact a device reports about itself (host name, model, ...), up to 200 characters.
    FactText, "device fact", 0, 200
);

/// An e-mail address, stored and compared in lower case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, format = Email)]
pub struct Email(String);

impl Email {
    /// Parses an address of the form `local@domain.tld`. This is deliberately stricter than
    /// RFC 5322 (no quoted local parts, no IP literals): addresses here identify people in
    /// organisations whose domains are verified by DNS.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        const WHAT: &str = "e-mail address";
        let text = raw.trim().to_lowercase();
        if text.len() > 254 {
            return Err(invalid(WHAT, "must have at most 254 characters"));
        }
        let Some((local, domain)) = text.split_once('@') else {
            return Err(invalid(WHAT, "must contain '@'"));
        };
        if local.is_empty() || local.len() > 64 {
            return Err(invalid(
                WHAT,
                "the part before '@' must have 1 to 64 characters",
            ));
        }
        let local_ok = local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok || local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(invalid(
                WHAT,
                "the part before '@' has characters that are not allowed",
            ));
        }
        if !is_domain_name(domain) {
            return Err(invalid(WHAT, "the part after '@' is not a domain name"));
        }
        Ok(Self(text))
    }

    /// The address, in lower case.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The domain part, after the `@`.
    #[must_use]
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, domain)| domain)
    }
}

/// Whether `domain` is a DNS name with at least two labels of letters, digits and inner hyphens.
#[must_use]
pub fn is_domain_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

impl TryFrom<String> for Email {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A dotted numeric version (`10.0.22631`, `14.2.1`, `1.4`), compared part by part.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "14.2.1")]
pub struct Version(String);

impl Version {
    /// Parses 1 to 6 dot-separated non-negative numbers.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let text = raw.trim();
        let parts = text.split('.').count();
        if (1..=6).contains(&parts)
            && text.len() <= 50
            && text.split('.').all(|part| part.parse::<u64>().is_ok())
        {
            Ok(Self(text.to_owned()))
        } else {
            Err(invalid(
                "version",
                "must be dot-separated numbers such as 14.2.1",
            ))
        }
    }

    /// The version as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn parts(&self) -> Vec<u64> {
        self.0
            .split('.')
            .map(|part| part.parse().unwrap_or(0))
            .collect()
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    /// Part by part, missing parts counting as zero (`14.2` equals `14.2.0`).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let (mine, theirs) = (self.parts(), other.parts());
        let len = mine.len().max(theirs.len());
        (0..len)
            .map(|i| mine.get(i).unwrap_or(&0).cmp(theirs.get(i).unwrap_or(&0)))
            .find(|order| order.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }
}

impl TryFrom<String> for Version {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Version> for String {
    fn from(value: Version) -> Self {
        value.0
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: 12 to 1,024 characters. Its `Debug` output never shows it, and it is never
/// serialised back out.
#[derive(Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(try_from = "String")]
#[schema(value_type = String, format = Password)]
pub struct Password(String);

impl Password {
    /// The shortest password accepted, in characters.
    pub const MIN_CHARS: usize = 12;

    /// Parses a new password. Length is the rule that matters (NIST SP 800-63B); composition
    /// rules are not imposed. Surrounding spaces are kept: they are part of what was typed.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let len = raw.chars().count();
        if len < Self::MIN_CHARS {
            return Err(invalid(
                "password",
                format!("must have at least {} characters", Self::MIN_CHARS),
            ));
        }
        if len > 1024 {
            return Err(invalid("password", "must have at most 1024 characters"));
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password, to be hashed.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Password {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// A remote help security code: 8 decimal digits. People read it aloud and type it, so it is
/// accepted with spaces or dashes anywhere (`1234 5678`, `1234-5678`) and shown as `1234 5678`.
/// It is a secret until redeemed: `Debug` hides it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "1234 5678")]
pub struct SecurityCode(String);

impl SecurityCode {
    /// How many digits a code has.
    pub const DIGITS: usize = 8;

    /// Parses a typed code: exactly eight ASCII digits once spaces and dashes are removed.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let digits: String = raw
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
            .collect();
        if digits.len() != Self::DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(
                "security code",
                "must be 8 digits (spaces and dashes are ignored)",
            ));
        }
        Ok(Self(digits))
    }

    /// The eight digits, no separators: what is hashed.
    #[must_use]
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The code as people read it: `1234 5678`.
    #[must_use]
    pub fn display(&self) -> String {
        format!("{} {}", &self.0[..4], &self.0[4..])
    }
}

impl TryFrom<String> for SecurityCode {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SecurityCode> for String {
    fn from(value: SecurityCode) -> Self {
        value.0
    }
}

impl fmt::Debug for SecurityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecurityCode(****)")
    }
}

/// A chat message: 1 to 4,000 characters of any script (CJK, Arabic, emoji), kept exactly as
/// typed apart from surrounding white space. Line feeds and tabs are allowed; every other
/// control character is refused, and so are the bidirectional embedding, override and isolate
/// controls that could disguise text. Marks (U+200E, U+200F, U+061C), joiners and zero-width
/// spaces are kept: free text in mixed directions, Thai or Khmer uses them, and a message is
/// not a name anyone picks from a list (names follow the stricter [`disguise`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String)]
pub struct ChatText(String);

impl ChatText {
    /// The longest message, in characters (Unicode scalar values).
    pub const MAX_CHARS: usize = 4000;

    /// Parses a message.
    pub fn parse(raw: &str) -> Result<Self, InvalidText> {
        let text = raw.trim();
        match Self::problem(raw) {
            None => Ok(Self(text.to_owned())),
            Some(ChatTextProblem::Empty) => Err(invalid("chat message", "must not be empty")),
            Some(ChatTextProblem::TooLong) => Err(invalid(
                "chat message",
                format!("must have at most {} characters", Self::MAX_CHARS),
            )),
            Some(ChatTextProblem::InvalidCharacters) => Err(invalid(
                "chat message",
                match text.chars().find(|&c| is_bidi_override(c)) {
                    Some(c) => Disguise::Reorders.reason(c),
                    None => "must not contain control characters other than line feed and tab"
                        .to_owned(),
                },
            )),
        }
    }

    /// What is wrong with `raw` as a chat message, if anything: the rule [`parse`](Self::parse)
    /// applies, as a value a client can turn into its own words.
    #[must_use]
    pub fn problem(raw: &str) -> Option<ChatTextProblem> {
        let text = raw.trim();
        if text.is_empty() {
            return Some(ChatTextProblem::Empty);
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Some(ChatTextProblem::TooLong);
        }
        // Free text keeps the marks, joiners and invisible separators that mixed-direction and
        // Thai or Khmer writing use; only control characters and the controls that reorder
        // text are refused.
        if text
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_override(c))
        {
            return Some(ChatTextProblem::InvalidCharacters);
        }
        None
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a chat message was refused; each has its own [`ErrorCode`](crate::error::ErrorCode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatTextProblem {
    /// Nothing but spaces.
    Empty,
    /// More than [`ChatText::MAX_CHARS`] characters.
    TooLong,
    /// A control character other than line feed and tab, or one that reorders text.
    InvalidCharacters,
}

impl ChatTextProblem {
    /// The error code a refusal for this reason carries.
    #[must_use]
    pub fn code(self) -> crate::error::ErrorCode {
        use crate::error::ErrorCode;
        match self {
            Self::Empty => ErrorCode::ChatEmpty,
            Self::TooLong => ErrorCode::ChatTooLong,
            Self::InvalidCharacters => ErrorCode::ChatInvalidCharacters,
        }
    }
}

impl TryFrom<String> for ChatText {
    type Error = InvalidText;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ChatText> for String {
    fn from(value: ChatText) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_lowercased_and_split() {
        let email = Email::parse("  Ada.Lovelace@Example.COM ").expect("valid");
        assert_eq!(email.as_str(), "ada.lovelace@example.com");
        assert_eq!(email.domain(), "example.com");
    }

    #[test]
    fn email_rejects_malformed_addresses() {
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a@localhost",
            "a@-x.com",
            "a..b@x.com",
            "a b@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            DisplayName::parse("  Ada  ").expect("valid").as_str(),
            "Ada"
        );
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(201)).is_err());
        assert!(DisplayName::parse("a\u{0}b").is_err());
        assert_eq!(
            DisplayName::parse("李小龙 محمد 🎉")
                .expect("any script")
                .as_str(),
            "李小龙 محمد 🎉"
        );
        assert_eq!(ProfileText::parse("").expect("empty allowed").as_str(), "");
    }

    #[test]
    fn versions_compare_numerically() {
        let v = |s: &str| Version::parse(s).expect("valid");
        assert!(v("10.0.22631") > v("10.0.9999"));
        assert!(v("14.2") == v("14.2.0").max(v("14.2")));
        assert_eq!(v("14.2").cmp(&v("14.2.0")), std::cmp::Ordering::Equal);
        assert!(v("1.10") > v("1.9"));
        assert!(Version::parse("1.x").is_err() && Version::parse("").is_err());
    }

    #[test]
    fn password_debug_is_redacted() {
        let password = Password::parse("correct horse battery").expect("valid");
        assert_eq!(format!("{password:?}"), "Password(<redacted>)");
        assert!(Password::parse("short").is_err());
    }

    #[test]
    fn deserialising_validates() {
        let err = serde_json::from_str::<Email>("\"nope\"").expect_err("invalid");
        assert!(err.to_string().contains("e-mail address"), "{err}");
    }

    #[test]
    fn security_codes_accept_separators_and_refuse_the_rest() {
        for typed in ["12345678", "1234 5678", "1234-5678", " 12 34 56 78 "] {
            let code = SecurityCode::parse(typed).expect(typed);
            assert_eq!(code.digits(), "12345678");
            assert_eq!(code.display(), "1234 5678");
        }
        for typed in ["1234567", "123456789", "1234 567a", "１２３４５６７８", ""] {
            assert!(SecurityCode::parse(typed).is_err(), "{typed}");
        }
        assert!(!format!("{:?}", SecurityCode::parse("12345678").expect("valid")).contains('1'));
    }

    #[test]
    fn chat_text_takes_any_script_and_refuses_controls() {
        for text in [
            "你好，我的屏幕是黑的",
            "مرحبا، هل يمكنك المساعدة؟",
            "👍🏽 done",
            "line one\nline\ttwo",
        ] {
            assert_eq!(ChatText::parse(text).expect(text).as_str(), text);
        }
        assert!(ChatText::parse("   ").is_err());
        assert!(ChatText::parse("bell\u{7}").is_err());
        assert!(ChatText::parse("evil\u{202e}txt.exe").is_err());
        assert!(ChatText::parse(&"字".repeat(4000)).is_ok());
        assert!(ChatText::parse(&"字".repeat(4001)).is_err());
        assert_eq!(ChatText::problem("  "), Some(ChatTextProblem::Empty));
        assert_eq!(
            ChatText::problem(&"a".repeat(4001)),
            Some(ChatTextProblem::TooLong)
        );
        assert_eq!(
            ChatText::problem("bell\u{7}"),
            Some(ChatTextProblem::InvalidCharacters)
        );
        assert_eq!(
            ChatText::problem("evil\u{202e}txt.exe"),
            Some(ChatTextProblem::InvalidCharacters)
        );
        assert_eq!(ChatText::problem("line\nand\ttab"), None);
    }

    #[test]
    fn chat_text_shares_the_bidi_rule_and_keeps_marks() {
        let err = ChatText::parse("Invoice\u{202e}gpj.exe").expect_err("override");
        assert!(err.to_string().contains("U+202E"), "{err}");
        assert!(ChatText::parse("\u{2067}evil\u{2069}").is_err());
        // Free text keeps marks and zero-width spaces (mixed directions, Thai line breaks).
        for text in ["عدد 5\u{200f}!", "ภาษา\u{200b}ไทย", "می\u{200c}خواهم"]
        {
            assert_eq!(ChatText::parse(text).expect(text).as_str(), text);
        }
    }

    /// Every name type refuses what could disguise it, with a reason naming the character.
    #[test]
    fn names_refuse_bidi_controls_and_invisible_characters() {
        let refused = [
            ("Invoice\u{202e}gpj.exe", "U+202E"),
            ("a\u{202a}b", "U+202A"),
            ("a\u{202b}b", "U+202B"),
            ("a\u{202c}b", "U+202C"),
            ("a\u{202d}b", "U+202D"),
            ("a\u{2066}b\u{2069}", "U+2066"),
            ("a\u{2067}b", "U+2067"),
            ("a\u{2068}b", "U+2068"),
            ("Ada\u{200e}", "U+200E"),
            ("\u{200f}Ada", "U+200F"),
            ("محمد\u{061c}", "U+061C"),
            ("Ad\u{200b}a", "U+200B"),
            ("Ad\u{2060}a", "U+2060"),
            ("Ad\u{2061}a", "U+2061"),
            ("Ad\u{2064}a", "U+2064"),
            ("Ad\u{feff}a", "U+FEFF"),
            ("Ad\u{180e}a", "U+180E"),
            ("Ad\u{34f}a", "U+034F"),
            ("Ad\u{ad}a", "U+00AD"),
            ("\u{3164}", "U+3164"),
            ("Ad\u{206f}a", "U+206F"),
            ("Ada\u{e0041}\u{e0042}", "U+E0041"),
            ("Ada\u{2028}Admin", "U+2028"),
            ("Ada\u{2029}Admin", "U+2029"),
            // Joiners and selectors where no script or emoji uses them.
            ("Ad\u{200c}a", "U+200C"),
            ("Ada\u{200d}", "U+200D"),
            ("\u{200d}محمد", "U+200D"),
            ("محمد \u{200c}", "U+200C"),
            ("می\u{200c}\u{200c}خواهم", "U+200C"),
            ("Admins\u{fe0f}", "U+FE0F"),
            ("Ad\u{e0100}a", "U+E0100"),
            ("❤\u{fe0f}\u{fe0f}", "U+FE0F"),
        ];
        for (text, code) in refused {
            for err in [
                DisplayName::parse(text).expect_err(text),
                ProfileText::parse(text).expect_err(text),
                GroupName::parse(text).expect_err(text),
                Description::parse(text).expect_err(text),
                TokenName::parse(text).expect_err(text),
                FactText::parse(text).expect_err(text),
                TenantName::parse(text).expect_err(text),
            ] {
                assert!(err.to_string().contains(code), "{text:?}: {err}");
            }
        }
        let err =
            serde_json::from_str::<DisplayName>("\"Invoice\\u202egpj.exe\"").expect_err("serde");
        assert!(
            err.to_string().starts_with(
                "invalid display name: must not contain U+202E, a bidirectional control that \
                 changes the order in which text is shown"
            ),
            "{err}"
        );
    }

    #[test]
    fn names_keep_what_scripts_and_emoji_need() {
        for text in [
            "محمد عبد الله",
            "שרה כהן",
            // Persian, ZWNJ inside a word.
            "می\u{200c}خواهم",
            // Devanagari, ZWJ after the virama.
            "क\u{94d}\u{200d}ष",
            // Malayalam, ZWJ ending a word (the older chillu spelling).
            "അവന\u{d4d}\u{200d} നായർ",
            // Emoji: a ZWJ sequence, a selector then ZWJ, emoji presentation, a keycap.
            "Ada \u{1f469}\u{200d}\u{1f4bb}",
            "\u{1f3f3}\u{fe0f}\u{200d}\u{1f308} Pride",
            "\u{2764}\u{fe0f} Ada",
            "#\u{fe0f}\u{20e3} Support",
            // An ideographic variant (Japanese names) and a Mongolian free variation selector.
            "葛\u{e0100}飾",
            "ᠮᠣᠩᠭᠣᠯ\u{180b}",
            "Zoë Ångström-O'Brien",
        ] {
            assert_eq!(DisplayName::parse(text).expect(text).as_str(), text);
            assert_eq!(disguise(text), None, "{text}");
            assert_eq!(without_disguises(text), text);
        }
    }

    #[test]
    fn stripping_leaves_a_name_that_passes() {
        for (raw, clean) in [
            ("Invoice\u{202e}gpj.exe", "Invoicegpj.exe"),
            ("\u{200b}Ada\u{200d}\u{feff}", "Ada"),
            ("\u{200c}می\u{200c}\u{200c}خواهم", "می\u{200c}خواهم"),
            ("Admins\u{fe0f}", "Admins"),
            ("❤\u{200b}\u{fe0f}", "❤\u{fe0f}"),
            ("#\u{fe0f}\u{200b}\u{20e3}", "#\u{fe0f}\u{20e3}"),
            ("\u{2067}\u{2069}", ""),
        ] {
            let stripped = without_disguises(raw);
            assert_eq!(stripped, clean, "{raw:?}");
            assert_eq!(disguise(&stripped), None, "{raw:?}");
        }
    }
}
