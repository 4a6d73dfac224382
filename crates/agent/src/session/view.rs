//! What the sharer's flow shows and what the sharer does: the only vocabulary between
//! `session::flow` and a user interface (the window or the terminal). Views carry data, not
//! sentences; each interface words them in the sharer's language.

use std::time::Instant;

use assist_protocol::api::sessions::{EndReason, Mode, Person};

/// Something to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// A newer agent exists. `required`: older than the organisation's minimum, so sharing
    /// is refused until the update.
    UpdateAvailable {
        /// The newer version.
        latest: String,
        /// Whether sharing is refused until then.
        required: bool,
        /// Where to get it.
        download_url: Option<String>,
    },
    /// Ask for the e-mail address and password (an empty password means single sign-on).
    SignIn {
        /// Why the last attempt failed.
        error: Option<String>,
    },
    /// Ask for the authenticator or recovery code.
    SecondFactor {
        /// Why the last attempt failed.
        error: Option<String>,
    },
    /// Single sign-on continues in the browser at this address.
    SingleSignOn {
        /// The address the browser was sent to (shown in case it did not open).
        url: String,
    },
    /// Signed in: ask for the helper's security code.
    Code {
        /// Why the last code failed.
        error: Option<String>,
    },
    /// Joined: the helper's trust card, before anything is shared.
    Joined {
        /// The helper.
        helper: Person,
        /// Whether this device is enrolled (the helper sees a warning when not).
        enrolled: bool,
    },
    /// The helper asks for a mode: Allow, Allow view only (for control), or Decline.
    Request {
        /// The helper.
        helper: Person,
        /// What they ask for.
        mode: Mode,
    },
    /// Sharing: the always-visible banner.
    Sharing {
        /// The helper.
        helper: Person,
        /// The granted mode.
        mode: Mode,
        /// Control granted but paused (taken back by the sharer).
        paused: bool,
    },
    /// Something the sharer sent was refused (a chat message that cannot be sent, a frame the
    /// server turned down): why, in their language.
    Refused(String),
    /// The helper's connection dropped: nobody sees the screen and control is stopped until
    /// they come back (sharing then resumes by itself). Shown until `HelperBack`, `Ended` or
    /// another `HelperAway`.
    HelperAway {
        /// The helper.
        helper: Person,
        /// When the server ends the session unless they come back (`None`: it did not say).
        back_by: Option<Instant>,
    },
    /// The helper is back after a drop that was shown (never on a first connection).
    HelperBack {
        /// The helper.
        helper: Person,
    },
    /// Something happened the sharer should know.
    Notice(Notice),
    /// A chat message.
    Chat {
        /// Written by the sharer.
        mine: bool,
        /// The writer's name.
        sender: String,
        /// The text, exactly as written.
        text: String,
    },
    /// Over.
    Ended {
        /// Why, when the session ended on the server.
        reason: Option<EndReason>,
        /// Why, when the agent could not go on (sign-in refused for good, server gone).
        error: Option<String>,
    },
}

/// Events worth a line in the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The server cannot be reached; control stopped.
    ServerLost,
    /// The server is reachable again (control stays stopped until resumed).
    ServerBack,
    /// The peer-to-peer connection failed or closed; control stopped.
    ConnectionLost,
    /// The helper's view is connected.
    Connected,
    /// The sharer stopped control; input is no longer injected.
    ControlStopped,
}

/// What the sharer did.
#[derive(Clone, PartialEq, Eq)]
pub enum Action {
    /// Sign in with a password.
    SignIn {
        /// E-mail address.
        email: String,
        /// Password.
        password: String,
    },
    /// Sign in through the organisation's identity provider, in the browser.
    SingleSignOn {
        /// E-mail address (its domain names the organisation).
        email: String,
    },
    /// The authenticator or recovery code.
    SecondFactor(String),
    /// The helper's security code.
    Code(String),
    /// Allow what the helper asked for.
    Allow,
    /// Allow viewing only (when control was asked).
    AllowViewOnly,
    /// Decline.
    Decline,
    /// Take control back (pause); input stops at once.
    StopControl,
    /// Give control back after stopping it.
    ResumeControl,
    /// Send a chat message.
    Chat(String),
    /// End the session.
    End,
}

impl std::fmt::Debug for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SignIn { email, .. } => f
                .debug_struct("SignIn")
                .field("email", email)
                .finish_non_exhaustive(),
            Self::SingleSignOn { email } => f
                .debug_struct("SingleSignOn")
                .field("email", email)
                .finish(),
            Self::SecondFactor(_) => f.write_str("SecondFactor(<redacted>)"),
            Self::Code(_) => f.write_str("Code(<redacted>)"),
            Self::Allow => f.write_str("Allow"),
            Self::AllowViewOnly => f.write_str("AllowViewOnly"),
            Self::Decline => f.write_str("Decline"),
            Self::StopControl => f.write_str("StopControl"),
            Self::ResumeControl => f.write_str("ResumeControl"),
            Self::Chat(_) => f.write_str("Chat(..)"),
            Self::End => f.write_str("End"),
        }
    }
}
