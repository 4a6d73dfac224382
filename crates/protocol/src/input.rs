//! The WebRTC data channels between the helper's browser and the sharer's Assist app: input
//! from the helper, and the sharer's screen facts (monitors, cursor) back.
//!
//! Every message is one JSON text, tagged by `type`. Coordinates are fractions of the shared
//! monitor (0.0 at the left or top edge, 1.0 at the right or bottom), so neither side needs
//! the other's pixel size. Parsing validates: a message that does not parse is dropped and
//! counted by the receiver, never injected.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Buttons, wheel, keys and text: ordered and reliable, so a release never overtakes its press.
pub const INPUT_CHANNEL: &str = "input";
/// Pointer moves: unordered and unreliable (`maxRetransmits: 0`); a late move is worthless.
pub const POINTER_CHANNEL: &str = "pointer";
/// The sharer's monitors and cursor, and the helper's choice of monitor: ordered and reliable.
pub const SCREEN_CHANNEL: &str = "screen";

/// The largest data-channel message either side accepts, in bytes.
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024;
/// The most characters one [`InputEvent::Text`] may carry.
pub const MAX_TEXT_CHARS: usize = 256;
/// The largest wheel delta accepted in one event, in CSS pixels.
pub const MAX_WHEEL_DELTA: f64 = 10_000.0;

/// A fraction of the shared monitor's width or height, from 0.0 (left or top) to 1.0.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "f64", into = "f64")]
#[schema(value_type = f64)]
pub struct Fraction(f64);

impl Fraction {
    /// The value, from 0.0 to 1.0.
    #[must_use]
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Fraction {
    type Error = &'static str;

    fn try_from(value: f64) -> Result<Self, Self::Error> {
        if value.is_finite() && (0.0..=1.0).contains(&value) {
            Ok(Self(value))
        } else {
            Err("a coordinate is a fraction from 0.0 to 1.0")
        }
    }
}

impl From<Fraction> for f64 {
    fn from(value: Fraction) -> Self {
        value.0
    }
}

/// A mouse button.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PointerButton {
    /// The primary button.
    Left,
    /// The wheel button.
    Middle,
    /// The secondary button.
    Right,
    /// The "back" side button.
    Back,
    /// The "forward" side button.
    Forward,
}

/// A physical key, named as `KeyboardEvent.code` names it (`KeyA`, `Digit1`, `ControlLeft`,
/// `Enter`): the key's place on the keyboard, whatever the layout.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String)]
pub struct KeyCode(String);

impl KeyCode {
    /// The name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for KeyCode {
    type Error = &'static str;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let well_formed = (1..=32).contains(&value.len())
            && value.starts_with(|c: char| c.is_ascii_uppercase())
            && value.chars().all(|c| c.is_ascii_alphanumeric());
        if well_formed {
            Ok(Self(value))
        } else {
            Err("a key code is a KeyboardEvent.code name such as \"KeyA\"")
        }
    }
}

impl From<KeyCode> for String {
    fn from(value: KeyCode) -> Self {
        value.0
    }
}

/// Text to type as it is, in any script (what a keyboard layout or an input method produced).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String)]
pub struct TypedText(String);

impl TypedText {
    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for TypedText {
    type Error = &'static str;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let count = value.chars().count();
        if count == 0 || count > MAX_TEXT_CHARS {
            return Err("typed text holds 1 to 256 characters");
        }
        if value.chars().any(char::is_control) {
            return Err("typed text holds no control characters; keys are sent as keys");
        }
        Ok(Self(value))
    }
}

impl From<TypedText> for String {
    fn from(value: TypedText) -> Self {
        value.0
    }
}

/// A wheel or trackpad scroll along one axis, in CSS pixels (positive: right or down).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "f64", into = "f64")]
#[schema(value_type = f64)]
pub struct WheelDelta(f64);

impl WheelDelta {
    /// The value in CSS pixels.
    #[must_use]
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for WheelDelta {
    type Error = &'static str;

    fn try_from(value: f64) -> Result<Self, Self::Error> {
        if value.is_finite() && value.abs() <= MAX_WHEEL_DELTA {
            Ok(Self(value))
        } else {
            Err("a wheel delta is at most 10000 pixels each way")
        }
    }
}

impl From<WheelDelta> for f64 {
    fn from(value: WheelDelta) -> Self {
        value.0
    }
}

/// What the helper sends on [`INPUT_CHANNEL`] and [`POINTER_CHANNEL`] while control is granted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum InputEvent {
    /// The pointer moved (on [`POINTER_CHANNEL`]). `seq` rises with every move, so the
    /// receiver drops a move that arrives after a later one.
    PointerMove {
        /// From the left.
        x: Fraction,
        /// From the top.
        y: Fraction,
        /// Sequence number.
        seq: u32,
    },
    /// A button was pressed or released at a position.
    PointerButton {
        /// Which.
        button: PointerButton,
        /// Pressed (true) or released.
        down: bool,
        /// From the left.
        x: Fraction,
        /// From the top.
        y: Fraction,
    },
    /// The wheel turned.
    Wheel {
        /// Horizontal.
        dx: WheelDelta,
        /// Vertical.
        dy: WheelDelta,
    },
    /// A key was pressed or released.
    Key {
        /// Which key.
        code: KeyCode,
        /// Pressed (true) or released.
        down: bool,
    },
    /// Text to type (characters the helper's layout or input method produced).
    Text {
        /// The text.
        text: TypedText,
    },
    /// Release every pressed key and button (the helper's viewer lost focus).
    ReleaseAll,
}

/// A monitor of the sharer's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Monitor {
    /// Its identifier, stable for the session.
    pub id: u32,
    /// A name to show, such as "DP-1".
    pub name: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether it is the primary monitor.
    pub primary: bool,
}

/// What travels on [`SCREEN_CHANNEL`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ScreenEvent {
    /// Sharer: the monitors, and which one is being sent.
    Monitors {
        /// Every monitor.
        monitors: Vec<Monitor>,
        /// The one in the video.
        selected: u32,
    },
    /// Sharer: where the cursor is on the shared monitor, and whether it is shown.
    Cursor {
        /// From the left.
        x: Fraction,
        /// From the top.
        y: Fraction,
        /// Whether the cursor is visible.
        visible: bool,
    },
    /// Sharer: the cursor's shape, as a PNG image (base64) with its hot spot in pixels.
    CursorShape {
        /// The image, base64-encoded PNG, at most 64x64 pixels.
        png: String,
        /// Hot spot from the left.
        hot_x: u32,
        /// Hot spot from the top.
        hot_y: u32,
    },
    /// Helper: send this monitor instead.
    SelectMonitor {
        /// The monitor's `id`.
        id: u32,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<InputEvent, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn well_formed_events_parse() {
        assert_eq!(
            parse(r#"{"type":"pointer_move","x":0.5,"y":1,"seq":7}"#).unwrap(),
            InputEvent::PointerMove {
                x: Fraction(0.5),
                y: Fraction(1.0),
                seq: 7
            }
        );
        assert_eq!(
            parse(r#"{"type":"key","code":"ControlLeft","down":true}"#).unwrap(),
            InputEvent::Key {
                code: KeyCode("ControlLeft".into()),
                down: true
            }
        );
        assert!(parse(r#"{"type":"text","text":"héllo 你好 مرحبا 👋"}"#).is_ok());
        assert!(parse(r#"{"type":"wheel","dx":0,"dy":-120}"#).is_ok());
        assert!(parse(r#"{"type":"release_all"}"#).is_ok());
    }

    #[test]
    fn out_of_range_or_malformed_events_are_refused() {
        for bad in [
            r#"{"type":"pointer_move","x":1.5,"y":0,"seq":1}"#,
            r#"{"type":"pointer_move","x":-0.1,"y":0,"seq":1}"#,
            r#"{"type":"pointer_button","button":"left","down":true,"x":0,"y":2}"#,
            r#"{"type":"pointer_button","button":"thumb","down":true,"x":0,"y":0}"#,
            r#"{"type":"wheel","dx":0,"dy":1e9}"#,
            r#"{"type":"key","code":"keyA","down":true}"#,
            r#"{"type":"key","code":"Key A","down":true}"#,
            r#"{"type":"text","text":""}"#,
            r#"{"type":"text","text":"a\u0007"}"#,
            r#"{"type":"key","code":"KeyA","down":true,"extra":1}"#,
            r#"{"type":"launch_missiles"}"#,
        ] {
            assert!(parse(bad).is_err(), "{bad} was accepted");
        }
        let long = format!(
            r#"{{"type":"text","text":"{}"}}"#,
            "x".repeat(MAX_TEXT_CHARS + 1)
        );
        assert!(parse(&long).is_err());
    }

    #[test]
    fn screen_events_round_trip() {
        let event = ScreenEvent::Cursor {
            x: Fraction(0.25),
            y: Fraction(0.75),
            visible: true,
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"type":"cursor","x":0.25,"y":0.75,"visible":true}"#
        );
        assert_eq!(serde_json::from_str::<ScreenEvent>(&json).unwrap(), event);
    }
}
