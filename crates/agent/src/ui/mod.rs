//! The sharer's interfaces over `session::flow`: both show [`View`]s and turn what the sharer
//! does into [`Action`]s, in the sharer's language (`crate::i18n`).
//!
//! - `terminal`: line by line on stdin and stdout, for scripts and tests
//!   (`assist-agent share --terminal`).
//! - `window`: the eframe window, with the always-on-top banner while the screen is shared.
//!
//! This module holds what both word the same way: end reasons, notices, the banner, and the
//! cleaning of text that came from the other side.
//!
//! [`View`]: crate::session::view::View
//! [`Action`]: crate::session::view::Action

mod fonts;
pub mod terminal;
pub mod window;

use std::time::{Duration, Instant};

use assist_protocol::api::sessions::{EndReason, Mode, Person};

use crate::i18n::{ids, t, t_args};
use crate::session::view::Notice;

/// "Session ended: …", from the server's reason or the agent's error.
fn ended_text(reason: Option<EndReason>, error: Option<&str>) -> String {
    match (reason, error) {
        (Some(reason), _) => t(match reason {
            EndReason::HelperLeft => ids::ENDED_HELPER_LEFT,
            EndReason::SharerLeft => ids::ENDED_SHARER_LEFT,
            EndReason::SharerDisconnected => ids::ENDED_SHARER_DISCONNECTED,
            EndReason::HelperDisconnected => ids::ENDED_HELPER_DISCONNECTED,
            EndReason::CodeExpired => ids::ENDED_CODE_EXPIRED,
            EndReason::DeclinedTimeout => ids::ENDED_DECLINED_TIMEOUT,
            EndReason::Revoked => ids::ENDED_REVOKED,
            EndReason::Policy => ids::ENDED_POLICY,
            EndReason::AccessWithdrawn => ids::ENDED_ACCESS_WITHDRAWN,
        }),
        (None, Some(error)) => t_args(ids::ENDED_ERROR, &[("error", clean_line(error).into())]),
        (None, None) => t(ids::ENDED),
    }
}

fn notice_text(notice: Notice) -> String {
    t(match notice {
        Notice::ServerLost => ids::NOTICE_SERVER_LOST,
        Notice::ServerBack => ids::NOTICE_SERVER_BACK,
        Notice::ConnectionLost => ids::NOTICE_CONNECTION_LOST,
        Notice::Connected => ids::NOTICE_CONNECTED,
        Notice::ControlStopped => ids::NOTICE_CONTROL_STOPPED,
    })
}

/// "NAME's connection dropped. Waiting for them to come back…"
fn away_text(helper: &Person) -> String {
    t_args(ids::HELPER_AWAY, &[("name", name_of(helper).into())])
}

/// "The session ends in M:SS unless they come back.", from the time left.
fn grace_text(left: Duration) -> String {
    t_args(ids::HELPER_AWAY_TIME, &[("time", clock(left).into())])
}

/// "NAME is back."
fn back_text(helper: &Person) -> String {
    t_args(ids::HELPER_BACK, &[("name", name_of(helper).into())])
}

/// A countdown as minutes and seconds (`1:00`, `0:09`), rounded up: it shows `0:00` only
/// when the time is over.
fn clock(left: Duration) -> String {
    let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The time left until `back_by`, zero once past.
fn left_until(back_by: Instant, now: Instant) -> Duration {
    back_by.saturating_duration_since(now)
}

/// "Sharing with NAME: full control / view only / control stopped".
fn sharing_text(helper: &Person, mode: Mode, paused: bool) -> String {
    let id = match (mode, paused) {
        (Mode::Control, false) => ids::SHARING_CONTROL,
        (Mode::Control, true) => ids::SHARING_PAUSED,
        (Mode::View, _) => ids::SHARING_VIEW,
    };
    t_args(id, &[("name", name_of(helper).into())])
}

fn request_text(helper: &Person, mode: Mode) -> String {
    let id = match mode {
        Mode::Control => ids::REQUEST_CONTROL,
        Mode::View => ids::REQUEST_VIEW,
    };
    t_args(id, &[("name", name_of(helper).into())])
}

fn domain_text(helper: &Person) -> String {
    let id = if helper.domain_verified {
        ids::TRUST_DOMAIN_VERIFIED
    } else {
        ids::TRUST_DOMAIN_UNVERIFIED
    };
    t_args(id, &[("domain", clean_line(&helper.email_domain).into())])
}

fn update_text(latest: &str, required: bool) -> String {
    let id = if required {
        ids::UPDATE_REQUIRED
    } else {
        ids::UPDATE_AVAILABLE
    };
    t_args(id, &[("version", clean_line(latest).into())])
}

/// The helper's name as shown.
fn name_of(person: &Person) -> String {
    clean_line(&person.display_name)
}

/// A profile field as shown, "not given" when empty.
fn field_or_not_given(value: &str) -> String {
    let value = clean_line(value);
    if value.trim().is_empty() {
        t(ids::TRUST_NOT_GIVEN)
    } else {
        value
    }
}

/// Whether a character may not be shown as it came from the other side: controls (a terminal
/// would obey escape sequences in a helper's name or chat) and the bidi overrides and isolates,
/// which can make a name read as another (the "Trojan Source" trick) where bidi is laid out.
fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One line of text from the other side (a name, a domain, an error), safe to print.
fn clean_line(text: &str) -> String {
    text.chars()
        .map(|c| if is_hidden_control(c) { ' ' } else { c })
        .collect()
}

/// A chat message from either side, safe to print: line breaks stay, other controls go.
fn clean_text(text: &str) -> String {
    text.lines().map(clean_line).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use assist_protocol::ids::UserId;

    pub(crate) fn ada() -> Person {
        Person {
            id: UserId::generate(),
            display_name: "Ada Lovelace".to_owned(),
            job_title: "Help desk engineer".to_owned(),
            company: "Analytical Engines Ltd".to_owned(),
            has_picture: false,
            email_domain: "example.com".to_owned(),
            domain_verified: true,
        }
    }

    #[test]
    fn escape_sequences_and_bidi_overrides_do_not_reach_the_screen() {
        assert_eq!(clean_line("Ada\u{1b}[2J\u{7}"), "Ada [2J ");
        assert_eq!(clean_line("evil\u{202E}gpj.exe"), "evil gpj.exe");
        assert_eq!(clean_text("one\r\ntwo\n\u{1b}]0;x"), "one\ntwo\n ]0;x");
        // Scripts and emoji (with joiners) pass.
        assert_eq!(clean_line("مرحبا 你好 👩‍💻"), "مرحبا 你好 👩‍💻");
    }

    #[test]
    fn the_countdown_reads_minutes_and_seconds_rounded_up() {
        assert_eq!(clock(Duration::from_mins(1)), "1:00");
        assert_eq!(clock(Duration::from_millis(59_001)), "1:00");
        assert_eq!(clock(Duration::from_secs(59)), "0:59");
        assert_eq!(clock(Duration::from_millis(8_400)), "0:09");
        assert_eq!(clock(Duration::from_millis(1)), "0:01");
        assert_eq!(clock(Duration::ZERO), "0:00");
        assert_eq!(clock(Duration::from_secs(125)), "2:05");
        let now = Instant::now();
        assert_eq!(
            left_until(now, now + Duration::from_secs(3)),
            Duration::ZERO
        );
        assert_eq!(
            grace_text(Duration::from_millis(42_500)),
            "The session ends in 0:43 unless they come back."
        );
    }

    #[test]
    fn a_drop_and_a_return_name_the_helper() {
        assert_eq!(
            away_text(&ada()),
            "Ada Lovelace's connection dropped. Waiting for them to come back…"
        );
        assert_eq!(back_text(&ada()), "Ada Lovelace is back.");
    }

    #[test]
    fn every_end_reason_is_worded() {
        for reason in [
            EndReason::HelperLeft,
            EndReason::SharerLeft,
            EndReason::SharerDisconnected,
            EndReason::HelperDisconnected,
            EndReason::CodeExpired,
            EndReason::DeclinedTimeout,
            EndReason::Revoked,
            EndReason::Policy,
            EndReason::AccessWithdrawn,
        ] {
            let text = ended_text(Some(reason), None);
            assert!(text.starts_with("Session ended: "), "{text}");
            assert!(!text.contains("agent-"), "{text}");
        }
        assert_eq!(ended_text(None, Some("refused")), "Session ended: refused");
        assert_eq!(ended_text(None, None), "Session ended.");
    }
}
