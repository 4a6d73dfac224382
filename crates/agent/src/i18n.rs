//! The app's words in the sharer's language: Fluent messages from `locales/<lang>/agent.ftl`,
//! embedded at build time, in the language that `ASSIST_LANG` names, else the one of the POSIX
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A message the language lacks, or whose
//! translation fails to format, falls back to English, so a missing translation shows English,
//! never a message ID.
//!
//! Every message the app uses is a constant in [`ids`]; a test checks that English has each.
//!
//! Fluent's bidi isolation marks (U+2068, U+2069 around each placeable) are off: terminals print
//! them as visible junk or break scripts' matching, and egui has no bidi layout that would use
//! them (see `ui::window`).

use std::sync::OnceLock;

use assist_protocol::error::ErrorCode;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

/// The messages of every language, read at build time. `web.ftl` comes along for the terms that
/// the agent's messages share with the web app (`-product-name`), and with `session.ftl` for the
/// server's refusals in words (the `error-…` messages the web app shows too); Fluent keys are
/// unique across a language's files, so nothing in them clashes with `agent.ftl`.
#[derive(RustEmbed)]
#[folder = "../../locales/"]
#[include = "*/agent.ftl"]
#[include = "*/web.ftl"]
#[include = "*/session.ftl"]
struct Locales;

/// The source language, which every message falls back to.
pub const ENGLISH: &str = "en";

macro_rules! message_ids {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        /// The ID of every message the app uses, in `locales/en/agent.ftl`.
        pub mod ids {
            $($(#[$doc])* pub const $name: &str = $id;)*
            /// All of them, for the test that English has each.
            pub const ALL: &[&str] = &[$($id),*];
        }
    };
}

message_ids! {
    WINDOW_TITLE = "agent-window-title";
    BANNER_TITLE = "agent-banner-title";
    STARTING = "agent-starting";
    WORKING = "agent-working";
    SIGN_IN_HEADING = "agent-sign-in-heading";
    EMAIL = "agent-email";
    PASSWORD = "agent-password";
    SIGN_IN = "agent-sign-in";
    SIGN_IN_SSO = "agent-sign-in-sso";
    SECOND_FACTOR_HEADING = "agent-second-factor-heading";
    SECOND_FACTOR = "agent-second-factor";
    SECOND_FACTOR_HINT = "agent-second-factor-hint";
    CONTINUE = "agent-continue";
    /// `$url`.
    SSO_CONTINUES = "agent-sso-continues";
    CODE_HEADING = "agent-code-heading";
    CODE_HINT = "agent-code-hint";
    CODE = "agent-code";
    CONNECT = "agent-connect";
    TRUST_HEADING = "agent-trust-heading";
    TRUST_NAME = "agent-trust-name";
    TRUST_JOB_TITLE = "agent-trust-job-title";
    TRUST_COMPANY = "agent-trust-company";
    TRUST_DOMAIN = "agent-trust-domain";
    TRUST_NOT_GIVEN = "agent-trust-not-given";
    /// `$domain`.
    TRUST_DOMAIN_VERIFIED = "agent-trust-domain-verified";
    /// `$domain`.
    TRUST_DOMAIN_UNVERIFIED = "agent-trust-domain-unverified";
    TRUST_NOT_ENROLLED = "agent-trust-not-enrolled";
    /// `$name`.
    WAITING_FOR_REQUEST = "agent-waiting-for-request";
    /// `$name`.
    REQUEST_CONTROL = "agent-request-control";
    /// `$name`.
    REQUEST_VIEW = "agent-request-view";
    ALLOW = "agent-allow";
    ALLOW_VIEW_ONLY = "agent-allow-view-only";
    DECLINE = "agent-decline";
    /// `$name`.
    SHARING_CONTROL = "agent-sharing-control";
    /// `$name`.
    SHARING_VIEW = "agent-sharing-view";
    /// `$name`.
    SHARING_PAUSED = "agent-sharing-paused";
    STOP_CONTROL = "agent-stop-control";
    GIVE_CONTROL_BACK = "agent-give-control-back";
    END_SESSION = "agent-end-session";
    CHAT_HEADING = "agent-chat-heading";
    CHAT_INPUT = "agent-chat-input";
    CHAT_SEND = "agent-chat-send";
    CHAT_YOU = "agent-chat-you";
    /// `$name`.
    HELPER_AWAY = "agent-helper-away";
    /// `$time`, such as 0:42.
    HELPER_AWAY_TIME = "agent-helper-away-time";
    HELPER_AWAY_UNSEEN = "agent-helper-away-unseen";
    END_NOW = "agent-end-now";
    /// `$name`.
    HELPER_BACK = "agent-helper-back";
    NOTICE_SERVER_LOST = "agent-notice-server-lost";
    NOTICE_SERVER_BACK = "agent-notice-server-back";
    NOTICE_CONNECTION_LOST = "agent-notice-connection-lost";
    NOTICE_CONNECTED = "agent-notice-connected";
    NOTICE_CONTROL_STOPPED = "agent-notice-control-stopped";
    /// `$version`.
    UPDATE_AVAILABLE = "agent-update-available";
    /// `$version`.
    UPDATE_REQUIRED = "agent-update-required";
    /// `$url`.
    UPDATE_DOWNLOAD = "agent-update-download";
    ENDED_HEADING = "agent-ended-heading";
    ENDED = "agent-ended";
    ENDED_HELPER_LEFT = "agent-ended-helper-left";
    ENDED_SHARER_LEFT = "agent-ended-sharer-left";
    ENDED_SHARER_DISCONNECTED = "agent-ended-sharer-disconnected";
    ENDED_HELPER_DISCONNECTED = "agent-ended-helper-disconnected";
    ENDED_CODE_EXPIRED = "agent-ended-code-expired";
    ENDED_DECLINED_TIMEOUT = "agent-ended-declined-timeout";
    ENDED_REVOKED = "agent-ended-revoked";
    ENDED_POLICY = "agent-ended-policy";
    ENDED_ACCESS_WITHDRAWN = "agent-ended-access-withdrawn";
    /// `$error`.
    ENDED_ERROR = "agent-ended-error";
    CLOSE = "agent-close";
    TERMINAL_EMAIL = "agent-terminal-email";
    TERMINAL_PASSWORD = "agent-terminal-password";
    TERMINAL_SECOND_FACTOR = "agent-terminal-second-factor";
    TERMINAL_CODE = "agent-terminal-code";
    /// `$label`, `$value`.
    TERMINAL_FIELD = "agent-terminal-field";
    TERMINAL_CHOICES_CONTROL = "agent-terminal-choices-control";
    TERMINAL_CHOICES_VIEW = "agent-terminal-choices-view";
    TERMINAL_KEY_ALLOW = "agent-terminal-key-allow";
    TERMINAL_KEY_VIEW_ONLY = "agent-terminal-key-view-only";
    TERMINAL_KEY_DECLINE = "agent-terminal-key-decline";
    TERMINAL_HELP = "agent-terminal-help";
    TERMINAL_RESUME_HINT = "agent-terminal-resume-hint";
    TERMINAL_END_NOW_HINT = "agent-terminal-end-now-hint";
    /// `$command`.
    TERMINAL_UNKNOWN_COMMAND = "agent-terminal-unknown-command";
    /// `$name`, `$text`.
    TERMINAL_CHAT = "agent-terminal-chat";
    /// Used by `session::flow`: the reason it gives up on an app that is too old.
    UPDATE_REQUIRED_BEFORE_SHARING = "agent-update-required-before-sharing";
    /// Used by `session::sso`: the browser page after single sign-on.
    SSO_BROWSER_DONE = "agent-sso-browser-done";
    /// Used by `session::sso`: the browser page after a failed single sign-on.
    SSO_BROWSER_FAILED = "agent-sso-browser-failed";
    /// Used by [`refusal`](super::refusal) for `unenrolled_device`.
    ERROR_UNENROLLED = "agent-error-unenrolled";
}

/// Messages of `web.ftl` and `session.ftl` the app uses too (the web app's words for the same
/// situations); the test below checks that English has each.
pub mod shared_ids {
    /// The server cannot be reached.
    pub const ERROR_NETWORK: &str = "error-network";
    /// What was typed is not eight digits.
    pub const CODE_FORMAT: &str = "share-code-invalid-format";
}

/// The words for a refusal from the server, by its stable code, in the sharer's language: the
/// `error-…` messages of `web.ftl` and `session.ftl` that the web app shows for the same codes.
/// `None` for a code whose words only the server's message carries (a conditional access
/// policy's name, why single sign-on failed), or that the app cannot meet.
#[must_use]
pub fn refusal(code: ErrorCode, retry_after_secs: Option<u64>) -> Option<String> {
    let id = match code {
        ErrorCode::TooManyAttempts => {
            return Some(match retry_after_secs {
                Some(secs) => t_args("error-too-many-attempts-wait", &[("seconds", secs.into())]),
                None => t("error-too-many-attempts"),
            });
        }
        ErrorCode::InvalidCredentials => "error-invalid-credentials",
        ErrorCode::SecondFactorRequired => "error-second-factor-required",
        ErrorCode::InvalidSecondFactor => "error-invalid-second-factor",
        ErrorCode::Unauthenticated => "error-unauthenticated",
        ErrorCode::Forbidden => "error-forbidden",
        ErrorCode::Timeout => "error-timeout",
        ErrorCode::Unavailable => "error-unavailable",
        ErrorCode::Internal => "error-internal",
        ErrorCode::SsoNotConfigured => "error-sso-not-configured",
        ErrorCode::SsoProviderUnavailable => "error-sso-provider-unavailable",
        ErrorCode::RemoteHelpDisabled => "error-remote-help-disabled",
        ErrorCode::CodeInvalid => "error-code-invalid",
        ErrorCode::CodeExpired => "error-code-expired",
        ErrorCode::CodeUsed => "error-code-used",
        ErrorCode::UnenrolledDevice => ids::ERROR_UNENROLLED,
        ErrorCode::WrongDevice => "error-wrong-device",
        ErrorCode::ChatDisabled => "error-chat-disabled",
        ErrorCode::InvalidTransition => "error-invalid-transition",
        ErrorCode::SessionEnded => "error-session-ended",
        ErrorCode::NotFound => "error-session-not-found",
        ErrorCode::SharerOutOfScope => "error-sharer-out-of-scope",
        ErrorCode::OwnSession => "error-own-session",
        ErrorCode::HelperUnavailable => "error-helper-unavailable",
        ErrorCode::DeviceInOtherOrganisation => "error-device-in-other-organisation",
        ErrorCode::ChatEmpty => "error-chat-empty",
        ErrorCode::ChatTooLong => "error-chat-too-long",
        ErrorCode::ChatInvalidCharacters => "error-chat-invalid-characters",
        _ => return None,
    };
    Some(t(id))
}

/// The message `id` in the sharer's language.
#[must_use]
pub fn t(id: &str) -> String {
    catalog().format(id, None)
}

/// The message `id` in the sharer's language, with its variables.
#[must_use]
pub fn t_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    catalog().format(id, Some(&fluent))
}

/// The language the app speaks, as its folder under `locales/` names it (such as `de`).
#[must_use]
pub fn language() -> &'static str {
    &catalog().language
}

/// Whether the language is written right to left (Arabic, Hebrew).
#[must_use]
pub fn is_right_to_left() -> bool {
    matches!(language(), "ar" | "he")
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    // Unit tests compare against English text whatever the developer's locale.
    CATALOG.get_or_init(|| {
        let language = if cfg!(test) {
            ENGLISH.to_owned()
        } else {
            language_from_env()
        };
        Catalog::new(&language)
    })
}

/// The language the environment asks for, among those that have the agent's messages.
#[must_use]
pub fn language_from_env() -> String {
    let var = |name| std::env::var(name).ok();
    let available = available();
    let available: Vec<&str> = available.iter().map(String::as_str).collect();
    choose(
        var("ASSIST_LANG").as_deref(),
        [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")]
            .iter()
            .flatten()
            .map(String::as_str),
        &available,
    )
    .to_owned()
}

/// The languages that have `agent.ftl`, English included.
fn available() -> Vec<String> {
    let mut languages: Vec<String> = Locales::iter()
        .filter_map(|path| {
            let (language, file) = path.split_once('/')?;
            (file == "agent.ftl").then(|| language.to_owned())
        })
        .collect();
    if !languages.iter().any(|l| l == ENGLISH) {
        languages.push(ENGLISH.to_owned());
    }
    languages.sort();
    languages
}

/// Picks a language: `assist` (the `ASSIST_LANG` setting) if it names an available one, else the
/// POSIX locale (the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX ranks them),
/// else English.
fn choose<'a>(
    assist: Option<&str>,
    posix: impl IntoIterator<Item = &'a str>,
    available: &[&'a str],
) -> &'a str {
    let posix = posix.into_iter().find(|value| !value.is_empty());
    [assist, posix]
        .into_iter()
        .flatten()
        .find_map(|setting| match_language(setting, available))
        .unwrap_or(ENGLISH)
}

/// The available language a locale setting (`de_DE.UTF-8`, `pt-BR`, `zh_TW`, `sr_RS@latin`)
/// means, if any.
fn match_language<'a>(setting: &str, available: &[&'a str]) -> Option<&'a str> {
    // Drop the encoding and the modifier; POSIX writes regions with `_`, BCP 47 with `-`.
    let tag = setting
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .trim()
        .replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let find = |name: &str| {
        available
            .iter()
            .copied()
            .find(|candidate| candidate.eq_ignore_ascii_case(name))
    };
    if let Some(exact) = find(&tag) {
        return Some(exact);
    }
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default().to_ascii_lowercase();
    let rest: Vec<String> = subtags.map(str::to_ascii_lowercase).collect();
    match primary.as_str() {
        // Chinese by script, else by region: Taiwan, Hong Kong and Macao write traditional.
        "zh" => {
            let traditional = rest.iter().any(|s| s == "hant")
                || (!rest.iter().any(|s| s == "hans")
                    && rest
                        .iter()
                        .any(|s| matches!(s.as_str(), "tw" | "hk" | "mo")));
            find(if traditional { "zh-Hant" } else { "zh-Hans" })
        }
        // Norwegian: the product ships Bokmål, which readers of Nynorsk read too.
        "no" | "nn" => find("nb"),
        _ => find(&primary),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One language's messages and English beneath them.
struct Catalog {
    language: String,
    /// `None` for English, or when the language has no `agent.ftl` yet.
    translated: Option<Bundle>,
    english: Bundle,
}

impl Catalog {
    fn new(language: &str) -> Self {
        let english = bundle(ENGLISH).unwrap_or_else(|| empty_bundle(ENGLISH));
        let translated = (language != ENGLISH).then(|| bundle(language)).flatten();
        let language = if translated.is_some() {
            language
        } else {
            ENGLISH
        };
        Self {
            language: language.to_owned(),
            translated,
            english,
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in [self.translated.as_ref(), Some(&self.english)]
            .into_iter()
            .flatten()
        {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
            tracing::warn!(id, language = %bundle.locales[0], ?errors, "message does not format");
        }
        tracing::warn!(id, "no such message");
        id.to_owned()
    }
}

fn empty_bundle(language: &str) -> Bundle {
    let id: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
}

/// The language's bundle, or `None` if it has no `agent.ftl`.
fn bundle(language: &str) -> Option<Bundle> {
    Locales::get(&format!("{language}/agent.ftl"))?;
    let mut bundle = empty_bundle(language);
    for file in ["agent.ftl", "web.ftl", "session.ftl"] {
        let Some(source) = Locales::get(&format!("{language}/{file}")) else {
            continue;
        };
        let source = String::from_utf8_lossy(&source.data).into_owned();
        // A file with a syntax error still yields its good messages; the locale check
        // (`cargo xtask check-locales`) reports the bad ones.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(language, file, ?errors, "messages defined twice");
        }
    }
    Some(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The product's languages, as `xtask/src/locales.rs` lists them.
    const PRODUCT: [&str; 34] = [
        "ar", "bg", "zh-Hans", "zh-Hant", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de",
        "el", "he", "hu", "it", "ja", "ko", "lv", "lt", "nb", "pl", "pt", "ro", "ru", "sr", "sk",
        "sl", "es", "sv", "th", "tr", "uk",
    ];

    #[test]
    fn every_refusal_the_app_can_meet_has_words() {
        let english = Catalog::new(ENGLISH);
        for code in [
            ErrorCode::CodeInvalid,
            ErrorCode::CodeExpired,
            ErrorCode::CodeUsed,
            ErrorCode::UnenrolledDevice,
            ErrorCode::WrongDevice,
            ErrorCode::SharerOutOfScope,
            ErrorCode::OwnSession,
            ErrorCode::HelperUnavailable,
            ErrorCode::DeviceInOtherOrganisation,
            ErrorCode::RemoteHelpDisabled,
            ErrorCode::InvalidCredentials,
            ErrorCode::ChatInvalidCharacters,
            ErrorCode::ChatTooLong,
        ] {
            let text = refusal(code, None).expect("words for the code");
            assert!(
                !text.starts_with("error-"),
                "{code:?} has no message: {text}"
            );
        }
        assert_eq!(
            refusal(ErrorCode::SharerOutOfScope, None).as_deref(),
            Some(
                "This helper may not help you: their role does not cover you or this device. Ask your help desk who can help you."
            )
        );
        assert!(
            refusal(ErrorCode::TooManyAttempts, Some(30))
                .expect("words")
                .contains("30")
        );
        // Every language has the words, in its own script.
        let german = Catalog::new("de");
        assert!(
            german
                .format("error-sharer-out-of-scope", None)
                .starts_with("Diese Person darf Ihnen nicht helfen")
        );
        let arabic = Catalog::new("ar");
        assert!(
            arabic
                .format("agent-error-unenrolled", None)
                .starts_with("هذا الجهاز غير مسجّل")
        );
        assert!(english.english.get_message("error-code-invalid").is_some());
        for id in [shared_ids::ERROR_NETWORK, shared_ids::CODE_FORMAT] {
            assert!(english.english.get_message(id).is_some(), "{id}");
        }
    }

    #[test]
    fn english_has_every_message_the_app_uses() {
        let english = Catalog::new(ENGLISH);
        for id in ids::ALL {
            let message = english.english.get_message(id);
            assert!(
                message.and_then(|m| m.value()).is_some(),
                "{id} is missing from locales/en/agent.ftl"
            );
        }
    }

    #[test]
    fn english_has_no_message_the_app_does_not_use() {
        let source = Locales::get("en/agent.ftl").expect("English messages are embedded");
        let source = String::from_utf8_lossy(&source.data).into_owned();
        for line in source.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            if !id.starts_with(['#', ' ', '-']) {
                assert!(ids::ALL.contains(&id), "{id} is not used by the app");
            }
        }
    }

    #[test]
    fn messages_format_without_isolation_marks() {
        assert_eq!(
            t_args(ids::REQUEST_VIEW, &[("name", "Ada Lovelace".into())]),
            "Ada Lovelace asks to see your screen."
        );
        // The term comes from web.ftl.
        assert_eq!(
            t_args(ids::UPDATE_AVAILABLE, &[("version", "1.4.0".into())]),
            "A newer Assist app is available: 1.4.0"
        );
        assert_eq!(t(ids::TERMINAL_EMAIL), "E-mail:");
    }

    #[test]
    fn an_unknown_id_or_a_missing_variable_does_not_panic() {
        assert_eq!(t("agent-no-such-message"), "agent-no-such-message");
        // A missing variable is an error in every language: the ID says something is wrong.
        assert_eq!(t(ids::REQUEST_VIEW), ids::REQUEST_VIEW);
    }

    #[test]
    fn a_language_without_messages_falls_back_to_english() {
        let catalog = Catalog::new("xx");
        assert_eq!(catalog.language, ENGLISH);
        assert_eq!(catalog.format(ids::ALLOW, None), "Allow");
    }

    #[test]
    fn english_is_always_available() {
        assert!(available().iter().any(|l| l == ENGLISH));
    }

    #[test]
    fn posix_locales_map_to_product_languages() {
        let pick = |setting| match_language(setting, &PRODUCT);
        assert_eq!(pick("de_DE.UTF-8"), Some("de"));
        assert_eq!(pick("de"), Some("de"));
        assert_eq!(pick("fr_CA"), Some("fr"));
        assert_eq!(pick("pt_BR.UTF-8"), Some("pt"));
        assert_eq!(pick("pt-PT"), Some("pt"));
        assert_eq!(pick("sr_RS@latin"), Some("sr"));
        assert_eq!(pick("zh_CN.UTF-8"), Some("zh-Hans"));
        assert_eq!(pick("zh_TW.UTF-8"), Some("zh-Hant"));
        assert_eq!(pick("zh_HK"), Some("zh-Hant"));
        assert_eq!(pick("zh-Hant-TW"), Some("zh-Hant"));
        assert_eq!(pick("zh-Hans-HK"), Some("zh-Hans"));
        assert_eq!(pick("zh-hans"), Some("zh-Hans"));
        assert_eq!(pick("zh"), Some("zh-Hans"));
        assert_eq!(pick("nn_NO"), Some("nb"));
        assert_eq!(pick("no"), Some("nb"));
        assert_eq!(pick("nb_NO.UTF-8"), Some("nb"));
        assert_eq!(pick("en_GB.UTF-8"), Some("en"));
        assert_eq!(pick("C.UTF-8"), None);
        assert_eq!(pick("POSIX"), None);
        assert_eq!(pick(""), None);
        assert_eq!(pick("eo"), None);
    }

    #[test]
    fn assist_lang_wins_then_the_first_set_posix_variable() {
        assert_eq!(choose(Some("ja"), ["de_DE.UTF-8"], &PRODUCT), "ja");
        // An unsupported ASSIST_LANG does not hide the locale.
        assert_eq!(choose(Some("eo"), ["de_DE.UTF-8"], &PRODUCT), "de");
        assert_eq!(
            choose(Some(""), ["", "fr_FR.UTF-8", "de_DE"], &PRODUCT),
            "fr"
        );
        // LC_ALL=C means English even when LANG names another language.
        assert_eq!(choose(None, ["C", "", "de_DE.UTF-8"], &PRODUCT), "en");
        assert_eq!(choose(None, [], &PRODUCT), "en");
        // Only languages that have the agent's messages count.
        assert_eq!(choose(Some("de"), [], &["en"]), "en");
    }
}
