//! The session state machine, pure: time is an argument, nothing is stored or sent here.
//!
//! `Waiting → Joined → ModeRequested → Active ⇄ ModeRequested → Ended`. A declined request
//! returns to where the session was (`Joined`, or the mode already granted); a first request
//! left unanswered past the consent timeout ends the session (`declined_timeout`); an
//! unanswered escalation falls back to the mode already granted. A participant whose
//! connection is lost has a grace window to come back before the session ends.

use std::time::Duration;

use assist_protocol::api::sessions::{EndReason, Mode, Role, SessionState, SharerClient};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Durations the machine needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    /// How long a mode request waits for the sharer's answer.
    pub consent_timeout: Duration,
    /// How long a lost participant may take to reconnect.
    pub reconnect_grace: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            consent_timeout: Duration::from_mins(2),
            reconnect_grace: Duration::from_mins(1),
        }
    }
}

/// Who acts on a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// One of the two participants.
    Participant(Role),
    /// An administrator.
    Administrator,
    /// The server itself (timers, policy).
    Server,
}

/// What can happen to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// The sharer redeemed the code.
    Join(SharerClient),
    /// The helper asks for a mode.
    RequestMode(Mode),
    /// The sharer answers the pending request; `grant` may be less than asked.
    Consent {
        /// Allow or decline.
        allow: bool,
        /// What to grant, by default what was asked.
        grant: Option<Mode>,
    },
    /// The sharer takes control back and keeps sharing.
    DropToView,
    /// The sharer pauses control.
    PauseControl,
    /// The sharer resumes paused control.
    ResumeControl,
    /// A participant ends the session.
    Leave,
    /// An administrator stops it.
    Revoke,
    /// An organisation rule stops it.
    Policy,
    /// A participant may no longer take part (checked by the server).
    Withdraw,
    /// A participant's connection came (back).
    Connected(Role),
    /// A participant's connection was lost.
    Lost(Role),
}

/// Why an input was refused. The session is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The session has ended.
    #[error("the session has ended")]
    Ended,
    /// The code expired before it was redeemed.
    #[error("the security code has expired; ask the helper for a new one")]
    CodeExpired,
    /// Someone tried what only the other side (or nobody now) may do.
    #[error("{0}")]
    NotAllowed(&'static str),
    /// The input makes no sense in the current state.
    #[error("{0}")]
    InvalidTransition(&'static str),
    /// Full control needs the native app.
    #[error(
        "full control needs the Assist app on the sharer's device; the web app can share the screen for viewing only"
    )]
    ControlNeedsAgent,
}

/// The mode granted in `state`, if any: what media and input may flow.
#[must_use]
pub fn granted_in(state: &SessionState) -> Option<Mode> {
    match state {
        SessionState::Active { mode, .. } => Some(*mode),
        SessionState::ModeRequested { granted, .. } => *granted,
        _ => None,
    }
}

/// A session's state and what it needs to decide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Machine {
    /// Where the session is.
    pub state: SessionState,
    /// What the sharer uses, once joined.
    pub sharer_client: Option<SharerClient>,
    /// Whether the helper's roles allow control of this sharer (known at join).
    pub helper_may_control: bool,
    /// When the helper's connection was lost, while it is.
    pub helper_lost_at: Option<OffsetDateTime>,
    /// When the sharer's connection was lost, while it is.
    pub sharer_lost_at: Option<OffsetDateTime>,
    /// Whether view was ever granted (for the report).
    pub view_granted: bool,
    /// Whether control was ever granted (for the report).
    pub control_granted: bool,
}

impl Machine {
    /// A new session waiting for its code until `code_expires_at`.
    #[must_use]
    pub fn new(code_expires_at: OffsetDateTime) -> Self {
        Self {
            state: SessionState::Waiting { code_expires_at },
            sharer_client: None,
            helper_may_control: false,
            helper_lost_at: None,
            sharer_lost_at: None,
            view_granted: false,
            control_granted: false,
        }
    }

    /// The short state name stored beside the machine.
    #[must_use]
    pub fn state_name(&self) -> &'static str {
        match self.state {
            SessionState::Waiting { .. } => "waiting",
            SessionState::Joined => "joined",
            SessionState::ModeRequested { .. } => "mode_requested",
            SessionState::Active { .. } => "active",
            SessionState::Ended { .. } => "ended",
        }
    }

    /// Why it ended, once it has.
    #[must_use]
    pub fn end_reason(&self) -> Option<EndReason> {
        match self.state {
            SessionState::Ended { reason } => Some(reason),
            _ => None,
        }
    }

    /// The mode currently granted, if any: what media and input may flow.
    #[must_use]
    pub fn granted(&self) -> Option<Mode> {
        granted_in(&self.state)
    }

    /// Applies `input` from `by` at `now`.
    pub fn apply(
        &mut self,
        by: By,
        input: Input,
        now: OffsetDateTime,
        timing: Timing,
    ) -> Result<(), Refusal> {
        use Role::{Helper, Sharer};
        if matches!(self.state, SessionState::Ended { .. }) {
            return Err(Refusal::Ended);
        }
        let helper = by == By::Participant(Helper);
        let sharer = by == By::Participant(Sharer);
        let current = self.state.clone();
        let next = match (input, &current) {
            (Input::Join(client), SessionState::Waiting { code_expires_at }) if sharer => {
                if now >= *code_expires_at {
                    return Err(Refusal::CodeExpired);
                }
                self.sharer_client = Some(client);
                SessionState::Joined
            }
            (Input::Join(_), _) => {
                return Err(Refusal::InvalidTransition(
                    "someone already joined this session",
                ));
            }
            (Input::RequestMode(mode), state) if helper => {
                if mode == Mode::Control && !self.helper_may_control {
                    return Err(Refusal::NotAllowed(
                        "your roles allow viewing this person's screen, not controlling it",
                    ));
                }
                let granted = match state {
                    SessionState::Joined => None,
                    SessionState::Active { mode: current, .. } if *current != mode => {
                        Some(*current)
                    }
                    SessionState::Active { .. } => {
                        return Err(Refusal::InvalidTransition("this mode is already granted"));
                    }
                    SessionState::ModeRequested { .. } => {
                        return Err(Refusal::InvalidTransition(
                            "a request is already waiting for the sharer's answer",
                        ));
                    }
                    _ => {
                        return Err(Refusal::InvalidTransition(
                            "nobody has joined this session yet",
                        ));
                    }
                };
                SessionState::ModeRequested {
                    mode,
                    granted,
                    expires_at: now + timing.consent_timeout,
                }
            }
            (
                Input::Consent { allow, grant },
                SessionState::ModeRequested {
                    mode,
                    granted: before,
                    ..
                },
            ) if sharer => {
                if allow {
                    let grant = grant.unwrap_or(*mode);
                    if grant > *mode {
                        return Err(Refusal::InvalidTransition(
                            "you cannot grant more than the helper asked for",
                        ));
                    }
                    if grant == Mode::Control && self.sharer_client != Some(SharerClient::Agent) {
                        return Err(Refusal::ControlNeedsAgent);
                    }
                    self.view_granted = true;
                    self.control_granted |= grant == Mode::Control;
                    SessionState::Active {
                        mode: grant,
                        paused: false,
                    }
                } else {
                    Self::fall_back(*before)
                }
            }
            (
                Input::DropToView,
                SessionState::Active {
                    mode: Mode::Control,
                    ..
                },
            ) if sharer => SessionState::Active {
                mode: Mode::View,
                paused: false,
            },
            (
                Input::PauseControl | Input::ResumeControl,
                SessionState::Active {
                    mode: Mode::Control,
                    ..
                },
            ) if sharer => SessionState::Active {
                mode: Mode::Control,
                paused: input == Input::PauseControl,
            },
            (Input::Leave, _) if helper => SessionState::Ended {
                reason: EndReason::HelperLeft,
            },
            (Input::Leave, _) if sharer => SessionState::Ended {
                reason: EndReason::SharerLeft,
            },
            (Input::Revoke, _) if by == By::Administrator => SessionState::Ended {
                reason: EndReason::Revoked,
            },
            (Input::Policy, _) if by == By::Server => SessionState::Ended {
                reason: EndReason::Policy,
            },
            (Input::Withdraw, _) if by == By::Server => SessionState::Ended {
                reason: EndReason::AccessWithdrawn,
            },
            (Input::Connected(role), _) => {
                *self.lost_at(role) = None;
                current
            }
            (Input::Lost(role), _) => {
                self.lost_at(role).get_or_insert(now);
                current
            }
            (
                Input::RequestMode(_)
                | Input::Consent { .. }
                | Input::DropToView
                | Input::PauseControl
                | Input::ResumeControl
                | Input::Leave
                | Input::Revoke
                | Input::Policy
                | Input::Withdraw,
                _,
            ) => return Err(Self::refusal(by, input)),
        };
        self.state = next;
        Ok(())
    }

    /// Why `by` may not do `input` now: the wrong side, or the wrong moment.
    fn refusal(by: By, input: Input) -> Refusal {
        let side = match input {
            Input::RequestMode(_) => Some(By::Participant(Role::Helper)),
            Input::Consent { .. }
            | Input::DropToView
            | Input::PauseControl
            | Input::ResumeControl => Some(By::Participant(Role::Sharer)),
            _ => None,
        };
        match (input, side) {
            (Input::RequestMode(_), Some(side)) if side != by => {
                Refusal::NotAllowed("only the helper asks for a mode")
            }
            (_, Some(side)) if side != by => {
                Refusal::NotAllowed("only the sharer decides what the helper may do")
            }
            (Input::Consent { .. }, _) => {
                Refusal::InvalidTransition("there is no request waiting for an answer")
            }
            (Input::DropToView | Input::PauseControl | Input::ResumeControl, _) => {
                Refusal::InvalidTransition("full control is not granted")
            }
            _ => Refusal::NotAllowed("you cannot do this in this session"),
        }
    }

    fn fall_back(granted: Option<Mode>) -> SessionState {
        granted.map_or(SessionState::Joined, |mode| SessionState::Active {
            mode,
            paused: false,
        })
    }

    fn lost_at(&mut self, role: Role) -> &mut Option<OffsetDateTime> {
        match role {
            Role::Helper => &mut self.helper_lost_at,
            Role::Sharer => &mut self.sharer_lost_at,
        }
    }

    /// While `role`'s connection is lost: when its grace window ends.
    #[must_use]
    pub fn back_by(&self, role: Role, timing: Timing) -> Option<OffsetDateTime> {
        let lost = match role {
            Role::Helper => self.helper_lost_at,
            Role::Sharer => self.sharer_lost_at,
        };
        lost.map(|at| at + timing.reconnect_grace)
    }

    /// When time alone will next change the session: code expiry, consent timeout, or the
    /// end of a lost participant's grace window.
    #[must_use]
    pub fn deadline(&self, timing: Timing) -> Option<OffsetDateTime> {
        let by_state = match self.state {
            SessionState::Waiting { code_expires_at } => Some(code_expires_at),
            SessionState::ModeRequested { expires_at, .. } => Some(expires_at),
            SessionState::Ended { .. } => return None,
            _ => None,
        };
        [self.helper_lost_at, self.sharer_lost_at]
            .into_iter()
            .flatten()
            .map(|lost| lost + timing.reconnect_grace)
            .chain(by_state)
            .min()
    }

    /// Applies what time alone decides at `now`; true when the state changed.
    pub fn tick(&mut self, now: OffsetDateTime, timing: Timing) -> bool {
        let grace = timing.reconnect_grace;
        let gone = |lost: Option<OffsetDateTime>| lost.is_some_and(|at| now >= at + grace);
        let next = match self.state {
            SessionState::Ended { .. } => return false,
            _ if gone(self.sharer_lost_at) => SessionState::Ended {
                reason: EndReason::SharerDisconnected,
            },
            _ if gone(self.helper_lost_at) => SessionState::Ended {
                reason: EndReason::HelperDisconnected,
            },
            SessionState::Waiting { code_expires_at } if now >= code_expires_at => {
                SessionState::Ended {
                    reason: EndReason::CodeExpired,
                }
            }
            SessionState::ModeRequested {
                granted,
                expires_at,
                ..
            } if now >= expires_at => match granted {
                None => SessionState::Ended {
                    reason: EndReason::DeclinedTimeout,
                },
                Some(_) => Self::fall_back(granted),
            },
            _ => return false,
        };
        self.state = next;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELPER: By = By::Participant(Role::Helper);
    const SHARER: By = By::Participant(Role::Sharer);

    fn t(secs: i64) -> OffsetDateTime {
        OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(secs)
    }

    fn timing() -> Timing {
        Timing::default()
    }

    /// A session the sharer joined at t=10 with `client`, the helper allowed to control.
    fn joined(client: SharerClient) -> Machine {
        let mut m = Machine::new(t(600));
        m.helper_may_control = true;
        m.apply(SHARER, Input::Join(client), t(10), timing())
            .expect("join");
        m
    }

    fn active(m: &Machine) -> Option<(Mode, bool)> {
        match m.state {
            SessionState::Active { mode, paused } => Some((mode, paused)),
            _ => None,
        }
    }

    #[test]
    fn view_then_escalation_to_control_with_consent_each_time() {
        let mut m = joined(SharerClient::Agent);
        assert_eq!(m.state, SessionState::Joined);
        m.apply(HELPER, Input::RequestMode(Mode::View), t(11), timing())
            .expect("request view");
        assert_eq!(m.granted(), None, "nothing flows before consent");
        m.apply(
            SHARER,
            Input::Consent {
                allow: true,
                grant: None,
            },
            t(12),
            timing(),
        )
        .expect("allow");
        assert_eq!(active(&m), Some((Mode::View, false)));
        m.apply(HELPER, Input::RequestMode(Mode::Control), t(13), timing())
            .expect("escalate");
        assert_eq!(m.granted(), Some(Mode::View), "view continues while asking");
        m.apply(
            SHARER,
            Input::Consent {
                allow: true,
                grant: None,
            },
            t(14),
            timing(),
        )
        .expect("allow control");
        assert_eq!(active(&m), Some((Mode::Control, false)));
        assert!(m.view_granted && m.control_granted);
        m.apply(SHARER, Input::PauseControl, t(15), timing())
            .expect("pause");
        assert_eq!(active(&m), Some((Mode::Control, true)));
        m.apply(SHARER, Input::ResumeControl, t(16), timing())
            .expect("resume");
        assert_eq!(active(&m), Some((Mode::Control, false)));
        m.apply(SHARER, Input::DropToView, t(17), timing())
            .expect("drop");
        assert_eq!(active(&m), Some((Mode::View, false)));
        m.apply(SHARER, Input::Leave, t(18), timing())
            .expect("leave");
        assert_eq!(m.end_reason(), Some(EndReason::SharerLeft));
        assert_eq!(
            m.apply(HELPER, Input::RequestMode(Mode::View), t(19), timing()),
            Err(Refusal::Ended)
        );
    }

    #[test]
    fn decline_returns_to_where_the_session_was() {
        let mut m = joined(SharerClient::Agent);
        m.apply(HELPER, Input::RequestMode(Mode::View), t(11), timing())
            .expect("request");
        m.apply(
            SHARER,
            Input::Consent {
                allow: false,
                grant: None,
            },
            t(12),
            timing(),
        )
        .expect("decline");
        assert_eq!(m.state, SessionState::Joined);
        m.apply(HELPER, Input::RequestMode(Mode::View), t(13), timing())
            .expect("again");
        m.apply(
            SHARER,
            Input::Consent {
                allow: true,
                grant: None,
            },
            t(14),
            timing(),
        )
        .expect("allow");
        m.apply(HELPER, Input::RequestMode(Mode::Control), t(15), timing())
            .expect("escalate");
        m.apply(
            SHARER,
            Input::Consent {
                allow: false,
                grant: None,
            },
            t(16),
            timing(),
        )
        .expect("decline escalation");
        assert_eq!(active(&m), Some((Mode::View, false)));
        assert!(!m.control_granted);
    }

    #[test]
    fn web_sharers_can_grant_view_only() {
        let mut m = joined(SharerClient::Web);
        m.apply(HELPER, Input::RequestMode(Mode::Control), t(11), timing())
            .expect("request");
        assert_eq!(
            m.apply(
                SHARER,
                Input::Consent {
                    allow: true,
                    grant: None
                },
                t(12),
                timing()
            ),
            Err(Refusal::ControlNeedsAgent)
        );
        m.apply(
            SHARER,
            Input::Consent {
                allow: true,
                grant: Some(Mode::View),
            },
            t(12),
            timing(),
        )
        .expect("view instead");
        assert_eq!(active(&m), Some((Mode::View, false)));
    }

    #[test]
    fn each_side_may_only_make_its_own_moves() {
        let mut m = joined(SharerClient::Agent);
        assert!(matches!(
            m.apply(SHARER, Input::RequestMode(Mode::View), t(11), timing()),
            Err(Refusal::NotAllowed(_))
        ));
        m.apply(HELPER, Input::RequestMode(Mode::View), t(11), timing())
            .expect("request");
        assert!(matches!(
            m.apply(
                HELPER,
                Input::Consent {
                    allow: true,
                    grant: None
                },
                t(12),
                timing()
            ),
            Err(Refusal::NotAllowed(_))
        ));
        assert!(matches!(
            m.apply(HELPER, Input::RequestMode(Mode::Control), t(12), timing()),
            Err(Refusal::InvalidTransition(_))
        ));
        assert!(matches!(
            m.apply(
                SHARER,
                Input::Consent {
                    allow: true,
                    grant: Some(Mode::Control)
                },
                t(12),
                timing()
            ),
            Err(Refusal::InvalidTransition(_))
        ));
        assert!(matches!(
            m.apply(HELPER, Input::Revoke, t(12), timing()),
            Err(Refusal::NotAllowed(_))
        ));
        m.apply(By::Administrator, Input::Revoke, t(13), timing())
            .expect("revoke");
        assert_eq!(m.end_reason(), Some(EndReason::Revoked));
    }

    #[test]
    fn only_the_server_withdraws_a_participant() {
        let mut m = joined(SharerClient::Agent);
        assert!(matches!(
            m.apply(HELPER, Input::Withdraw, t(12), timing()),
            Err(Refusal::NotAllowed(_))
        ));
        assert!(
            m.apply(By::Administrator, Input::Withdraw, t(12), timing())
                .is_err()
        );
        m.apply(By::Server, Input::Withdraw, t(13), timing())
            .expect("withdraw");
        assert_eq!(m.end_reason(), Some(EndReason::AccessWithdrawn));
        assert!(matches!(
            m.apply(By::Server, Input::Withdraw, t(14), timing()),
            Err(Refusal::Ended)
        ));
    }

    #[test]
    fn control_needs_the_helpers_right() {
        let mut m = joined(SharerClient::Agent);
        m.helper_may_control = false;
        assert!(matches!(
            m.apply(HELPER, Input::RequestMode(Mode::Control), t(11), timing()),
            Err(Refusal::NotAllowed(_))
        ));
    }

    #[test]
    fn codes_expire_and_first_requests_time_out() {
        let mut m = Machine::new(t(600));
        assert_eq!(m.deadline(timing()), Some(t(600)));
        assert!(!m.tick(t(599), timing()));
        assert_eq!(
            m.clone()
                .apply(SHARER, Input::Join(SharerClient::Web), t(600), timing()),
            Err(Refusal::CodeExpired)
        );
        assert!(m.tick(t(600), timing()));
        assert_eq!(m.end_reason(), Some(EndReason::CodeExpired));
        assert_eq!(m.deadline(timing()), None);

        let mut m = joined(SharerClient::Web);
        assert_eq!(m.deadline(timing()), None);
        m.apply(HELPER, Input::RequestMode(Mode::View), t(20), timing())
            .expect("request");
        assert_eq!(m.deadline(timing()), Some(t(140)));
        assert!(!m.tick(t(139), timing()));
        assert!(m.tick(t(140), timing()));
        assert_eq!(m.end_reason(), Some(EndReason::DeclinedTimeout));
    }

    #[test]
    fn an_unanswered_escalation_keeps_the_granted_mode() {
        let mut m = joined(SharerClient::Agent);
        m.apply(HELPER, Input::RequestMode(Mode::View), t(11), timing())
            .expect("request");
        m.apply(
            SHARER,
            Input::Consent {
                allow: true,
                grant: None,
            },
            t(12),
            timing(),
        )
        .expect("allow");
        m.apply(HELPER, Input::RequestMode(Mode::Control), t(20), timing())
            .expect("escalate");
        assert!(m.tick(t(140), timing()));
        assert_eq!(active(&m), Some((Mode::View, false)));
    }

    #[test]
    fn a_lost_participant_has_a_grace_window() {
        let mut m = joined(SharerClient::Web);
        m.apply(By::Server, Input::Lost(Role::Sharer), t(30), timing())
            .expect("lost");
        assert_eq!(m.deadline(timing()), Some(t(90)));
        m.apply(By::Server, Input::Connected(Role::Sharer), t(50), timing())
            .expect("back");
        assert_eq!(m.deadline(timing()), None);
        assert!(!m.tick(t(100), timing()));
        m.apply(By::Server, Input::Lost(Role::Helper), t(100), timing())
            .expect("lost");
        assert!(!m.tick(t(159), timing()));
        assert!(m.tick(t(160), timing()));
        assert_eq!(m.end_reason(), Some(EndReason::HelperDisconnected));
    }
}
