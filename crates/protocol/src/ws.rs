//! The session WebSocket (`/api/v1/sessions/{id}/ws`): JSON text frames tagged by `type`.
//! A participant sends [`ClientMessage`]s and receives [`ServerMessage`]s. A frame that does
//! not parse, or is not allowed now, is answered with [`ServerMessage::Error`]; the connection
//! stays open.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::sessions::{ChatMessage, Mode, Role, SessionView};
use crate::error::ErrorCode;
use crate::text::ChatText;

/// How often both sides send a heartbeat, in milliseconds.
pub const HEARTBEAT_INTERVAL_MS: u32 = 1000;
/// A peer silent for this many heartbeat intervals is declared lost.
pub const MISSED_HEARTBEATS: u32 = 3;
/// The largest frame a participant may send, in bytes (an SDP with many candidates fits).
pub const MAX_FRAME_BYTES: usize = 64 * 1024;

/// A session description, relayed as is between the peers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String)]
pub struct Sdp(String);

impl Sdp {
    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Sdp {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if !value.starts_with("v=0") {
            return Err("an SDP starts with \"v=0\"".to_owned());
        }
        if value.len() > MAX_FRAME_BYTES - 1024 {
            return Err("the SDP is too long".to_owned());
        }
        if value
            .chars()
            .any(|c| c.is_control() && c != '\r' && c != '\n')
        {
            return Err("an SDP holds no control characters besides line ends".to_owned());
        }
        Ok(Self(value))
    }
}

impl From<Sdp> for String {
    fn from(value: Sdp) -> Self {
        value.0
    }
}

/// An ICE candidate, in the shape of `RTCIceCandidateInit`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IceCandidate {
    /// The `candidate:` line; empty marks the end of candidates.
    pub candidate: String,
    /// The media stream identification tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdp_mid: Option<String>,
    /// The index of the media description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdp_m_line_index: Option<u16>,
    /// The ICE user fragment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username_fragment: Option<String>,
}

impl IceCandidate {
    /// Whether the fields are within bounds and free of control characters.
    #[must_use]
    pub fn is_well_formed(&self) -> bool {
        let fine = |s: &str, max: usize| s.len() <= max && !s.chars().any(char::is_control);
        fine(&self.candidate, 1024)
            && self.sdp_mid.as_deref().is_none_or(|s| fine(s, 64))
            && self
                .username_fragment
                .as_deref()
                .is_none_or(|s| fine(s, 256))
    }
}

/// What a participant sends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMessage {
    /// "Still here", every [`HEARTBEAT_INTERVAL_MS`].
    Heartbeat,
    /// Helper: ask for a mode (escalating from view to control asks again).
    RequestMode {
        /// The mode wanted.
        mode: Mode,
    },
    /// Sharer: answer the pending request.
    Consent {
        /// Allow or decline.
        allow: bool,
        /// Grant less than asked (view when control was asked); default: what was asked.
        #[serde(default)]
        grant: Option<Mode>,
    },
    /// Sharer: take control back and keep sharing the screen.
    DropToView,
    /// Sharer: pause control; the helper keeps viewing.
    PauseControl,
    /// Sharer: give paused control back.
    ResumeControl,
    /// WebRTC offer, relayed to the other side once a mode is granted.
    Offer {
        /// The session description.
        sdp: Sdp,
    },
    /// WebRTC answer, relayed likewise.
    Answer {
        /// The session description.
        sdp: Sdp,
    },
    /// A trickled ICE candidate, relayed likewise.
    Ice {
        /// The candidate.
        candidate: IceCandidate,
    },
    /// A chat message.
    Chat {
        /// The text.
        text: ChatText,
        /// The sender's own reference, echoed back so it can match its message.
        #[serde(default)]
        client_id: Option<String>,
    },
    /// End the session (a graceful leave).
    End,
}

impl ClientMessage {
    /// Parses a frame. As serde does, and also refuses fields on the variants that have none
    /// (serde lets an internally tagged unit variant ignore them), so every variant is as
    /// strict as the ones with fields.
    ///
    /// # Errors
    /// What is wrong with the frame, for the error frame's message.
    pub fn parse(text: &str) -> Result<Self, String> {
        let message: Self = serde_json::from_str(text).map_err(|err| err.to_string())?;
        let unit = matches!(
            message,
            Self::Heartbeat
                | Self::DropToView
                | Self::PauseControl
                | Self::ResumeControl
                | Self::End
        );
        if unit {
            let object: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(text).map_err(|err| err.to_string())?;
            if let Some(extra) = object.keys().find(|key| *key != "type") {
                return Err(format!(
                    "unknown field `{extra}`: this message has no fields"
                ));
            }
        }
        Ok(message)
    }
}

/// Whether a participant is connected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PresenceStatus {
    /// Connected.
    Online,
    /// The connection was lost; the session waits for them to come back.
    Offline,
}

/// What the server sends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage {
    /// First frame: the session, its chat so far, and whether the other side is connected.
    Welcome {
        /// The session as this participant sees it.
        session: SessionView,
        /// The chat thread so far, in order.
        chat: Vec<ChatMessage>,
        /// Whether the other participant is connected.
        peer_online: bool,
        /// While the other participant's connection is lost: milliseconds left before the
        /// session ends unless they come back.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        peer_grace_ms: Option<u64>,
        /// How often to send heartbeats.
        heartbeat_interval_ms: u32,
    },
    /// "Still here", every [`HEARTBEAT_INTERVAL_MS`].
    Heartbeat,
    /// The session changed (a join, a request, an answer, an end): its new view.
    Session {
        /// The session as this participant sees it.
        session: SessionView,
    },
    /// The other side connected, or its connection was lost.
    Presence {
        /// Which side.
        role: Role,
        /// Its status.
        status: PresenceStatus,
        /// When `offline`: milliseconds left before the session ends unless they come back.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        grace_ms: Option<u64>,
    },
    /// The other side's WebRTC offer.
    Offer {
        /// The session description.
        sdp: Sdp,
    },
    /// The other side's WebRTC answer.
    Answer {
        /// The session description.
        sdp: Sdp,
    },
    /// The other side's ICE candidate.
    Ice {
        /// The candidate.
        candidate: IceCandidate,
    },
    /// A chat message, from either side (the sender gets its own back, with its `client_id`).
    Chat {
        /// The stored message.
        message: ChatMessage,
        /// The sender's reference, on the sender's copy only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        client_id: Option<String>,
    },
    /// Helper only: someone redeemed this session's code, and the join was refused for a
    /// reason the helper can act on. The code stays valid; who tried is not said.
    JoinRefused {
        /// Why: `browser_sharing_not_allowed`, `unenrolled_device`, `sharer_out_of_scope` or
        /// `wrong_device`, the code the sharer's own refusal carries.
        reason: ErrorCode,
    },
    /// A frame was refused; the connection stays open.
    Error {
        /// Stable code.
        code: ErrorCode,
        /// Human explanation.
        message: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_without_fields_refuse_fields_too() {
        assert_eq!(
            ClientMessage::parse(r#"{"type":"end"}"#),
            Ok(ClientMessage::End)
        );
        for text in [
            r#"{"type":"end","force":true}"#,
            r#"{"type":"heartbeat","x":1}"#,
            r#"{"type":"drop_to_view","mode":"control"}"#,
        ] {
            let err = ClientMessage::parse(text).expect_err(text);
            assert!(err.contains("unknown field"), "{err}");
        }
        assert!(ClientMessage::parse(r#"{"type":"request_mode","mode":"view","x":1}"#).is_err());
    }

    fn parse(json: &str) -> Result<ClientMessage, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn client_messages_are_tagged_and_strict() {
        assert_eq!(
            parse(r#"{"type":"request_mode","mode":"control"}"#).expect("valid"),
            ClientMessage::RequestMode {
                mode: Mode::Control
            }
        );
        assert_eq!(
            parse(r#"{"type":"consent","allow":true}"#).expect("valid"),
            ClientMessage::Consent {
                allow: true,
                grant: None
            }
        );
        assert!(parse(r#"{"type":"request_mode","mode":"control","extra":1}"#).is_err());
        assert!(parse(r#"{"type":"teleport"}"#).is_err());
        assert!(parse(r#"{"type":"chat","text":"   "}"#).is_err());
        assert!(parse(r#"{"type":"offer","sdp":"not sdp"}"#).is_err());
        assert!(parse(r#"{"type":"offer","sdp":"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}"#).is_ok());
    }
}
