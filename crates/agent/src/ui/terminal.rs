//! The terminal mode (`assist-agent share --terminal`): each view becomes lines on stdout, each
//! line on stdin an answer to the prompt shown, a command or a chat message. Scripts and the
//! end-to-end test drive it, so the English prompts are part of its interface.
//!
//! Two halves: [`Prompter`], a state machine that turns views and lines into text and actions
//! with no terminal (what the tests drive), and [`run`], which feeds it from the flow's channel
//! and from a thread that reads stdin, one line per request. Reading only on request keeps
//! typed-ahead lines in stdin until a prompt wants them, and lets each read choose its echo:
//! on a terminal, passwords and codes are read without echo.

use std::io::{self, BufRead as _, IsTerminal as _, Write};
use std::time::{Duration, Instant};

use assist_protocol::api::sessions::{Mode, Person};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

use super::{
    away_text, back_text, clean_line, clean_text, domain_text, ended_text, field_or_not_given,
    grace_text, left_until, name_of, notice_text, request_text, sharing_text, update_text,
};
use crate::i18n::{ids, t, t_args};
use crate::session::view::{Action, Notice, View};

/// Shows the flow's views on the terminal and sends what the sharer types as actions. Returns
/// once `View::Ended` was shown or the flow closed its channel; when stdin closes first, sends
/// `Action::End` and returns.
pub async fn run(
    mut views: UnboundedReceiver<View>,
    actions: UnboundedSender<Action>,
) -> io::Result<()> {
    let interactive = io::stdin().is_terminal();
    let (requests, wanted) = std::sync::mpsc::channel();
    let (lines_in, mut lines) = unbounded_channel();
    // A plain thread, not `spawn_blocking`: it may stay blocked in a read after `run` returns,
    // and the runtime would wait for a blocking task at shutdown. The process exits around it.
    std::thread::Builder::new()
        .name("assist-stdin".to_owned())
        .spawn(move || read_lines(interactive, &wanted, &lines_in))?;

    let mut prompter = Prompter::new(io::stdout(), !interactive);
    drive(&mut prompter, &mut views, &actions, &requests, &mut lines).await
}

/// The terminal mode's loop: shows views as they come, asks the reader for a line whenever one
/// is expected, and sends the actions the lines mean. A view always goes first, so that a line
/// typed after it is read in its light.
async fn drive<W: Write>(
    prompter: &mut Prompter<W>,
    views: &mut UnboundedReceiver<View>,
    actions: &UnboundedSender<Action>,
    requests: &std::sync::mpsc::Sender<Input>,
    lines: &mut Lines,
) -> io::Result<()> {
    loop {
        if let Some(input) = prompter.wants()
            && requests.send(input).is_err()
        {
            // The reader stopped after an end of input it already reported.
            break;
        }
        let reminder = prompter.next_reminder();
        tokio::select! {
            biased;
            view = views.recv() => {
                let Some(view) = view else {
                    return prompter.finish();
                };
                if prompter.show(view)? == Shown::Ended {
                    return Ok(());
                }
            }
            line = lines.recv() => match line {
                Some(Ok(Some(line))) => {
                    if let Some(action) = prompter.line(&line)? {
                        // The flow gone means the session is over: Ended, or the closed
                        // channel, comes next.
                        let _ = actions.send(action);
                    }
                }
                Some(Err(err)) => {
                    let _ = actions.send(Action::End);
                    prompter.finish()?;
                    return Err(err);
                }
                Some(Ok(None)) | None => break,
            },
            () = sleep_until(reminder) => prompter.remind(Instant::now())?,
        }
    }
    let _ = actions.send(Action::End);
    prompter.finish()
}

/// Waits until `at`, or forever.
async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => std::future::pending().await,
    }
}

/// How long before the end of the helper's grace the terminal says again how much is left (a
/// terminal cannot count down in place without taking over the screen).
const REMINDERS: [Duration; 2] = [Duration::from_secs(30), Duration::from_secs(10)];

/// The helper is away: when the session ends unless they come back, and the reminders still to
/// print.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Away {
    back_by: Instant,
    /// Times left to remind of, longest first.
    reminders: Vec<Duration>,
}

impl Away {
    fn new(back_by: Instant, now: Instant) -> Self {
        let left = left_until(back_by, now);
        // A reminder within a second of the first line would only repeat it.
        let reminders = REMINDERS
            .into_iter()
            .filter(|mark| *mark + Duration::from_secs(1) < left)
            .collect();
        Self { back_by, reminders }
    }
}

/// The lines read from stdin, one per request; `Ok(None)` is the end of input.
type Lines = UnboundedReceiver<io::Result<Option<String>>>;

/// How the next line is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Input {
    /// With echo: e-mail, answers, commands, chat.
    Line,
    /// Without echo on a terminal: passwords and codes.
    Secret,
}

/// Reads one line per request until stdin ends. `Ok(None)`: the end of input.
fn read_lines(
    interactive: bool,
    wanted: &std::sync::mpsc::Receiver<Input>,
    lines: &UnboundedSender<io::Result<Option<String>>>,
) {
    while let Ok(input) = wanted.recv() {
        let line = if interactive && input == Input::Secret {
            match rpassword::read_password() {
                Ok(secret) => Ok(Some(secret)),
                // Ctrl-D, or Ctrl-C (rpassword has raised SIGINT already): the sharer is done.
                Err(err)
                    if matches!(
                        err.kind(),
                        io::ErrorKind::UnexpectedEof | io::ErrorKind::Interrupted
                    ) =>
                {
                    Ok(None)
                }
                // No controlling terminal to turn echo off on: read the line as it comes.
                Err(_) => read_line(),
            }
        } else {
            read_line()
        };
        let more = matches!(line, Ok(Some(_)));
        if lines.send(line).is_err() || !more {
            return;
        }
    }
}

fn read_line() -> io::Result<Option<String>> {
    let mut line = String::new();
    if io::stdin().lock().read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let end = line.trim_end_matches(['\n', '\r']).len();
    line.truncate(end);
    Ok(Some(line))
}

/// The action an answer to the request means. `keys`: the sharer's language's letters for
/// allow, view only and decline. They come first: where one is an English letter with another
/// meaning (German "a" for "ablehnen", decline), the translation wins; the English letters work
/// where they mean nothing else, for scripts.
fn answer_for(answer: &str, mode: Mode, keys: &[String; 3]) -> Option<Action> {
    let [allow, view_only, decline] = keys.each_ref().map(|key| key.trim().to_lowercase());
    [
        (allow.as_str(), Action::Allow),
        (view_only.as_str(), Action::AllowViewOnly),
        (decline.as_str(), Action::Decline),
        ("a", Action::Allow),
        ("v", Action::AllowViewOnly),
        ("d", Action::Decline),
    ]
    .into_iter()
    .filter(|(_, action)| mode == Mode::Control || *action != Action::AllowViewOnly)
    .find(|(key, _)| *key == answer)
    .map(|(_, action)| action)
}

/// What [`Prompter::show`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shown {
    /// The session goes on.
    More,
    /// `View::Ended` was shown: the terminal mode is over.
    Ended,
}

/// What the next line means.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Expect {
    /// No line: the flow is working (signing in, joining, ending).
    Nothing,
    Email,
    Password {
        email: String,
    },
    SecondFactor,
    Code,
    /// An answer to the helper's request.
    Answer {
        mode: Mode,
    },
    /// A command or a chat message (joined or sharing).
    Command,
}

/// The terminal mode's state machine: views and lines in, text and actions out.
#[derive(Debug)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about the terminal; no two of them make one state"
)]
pub(crate) struct Prompter<W> {
    out: W,
    /// Ends each answered prompt with a line break: when stdin is not a terminal, nothing echoes
    /// the answer and its Enter, and the transcript would run on.
    break_after_answer: bool,
    expect: Expect,
    /// The prompt waiting for its line, printed again after an interruption.
    prompt: Option<String>,
    /// Whether the cursor stands after the prompt (so other output starts on a new line).
    prompt_on_screen: bool,
    /// Whether a line was asked of the reader and has not come yet.
    reading: bool,
    /// The helper whose card was shown, by name.
    helper: Option<String>,
    /// Whether the last view was `Sharing` (the help line is shown once per stretch).
    sharing: bool,
    /// Whether the sharer ended the session: views that were on their way still show, but no
    /// longer ask for anything.
    ending: bool,
    /// While the helper is away and the server said for how long.
    away: Option<Away>,
}

impl<W: Write> Prompter<W> {
    pub(crate) fn new(out: W, break_after_answer: bool) -> Self {
        Self {
            out,
            break_after_answer,
            expect: Expect::Nothing,
            prompt: None,
            prompt_on_screen: false,
            reading: false,
            helper: None,
            sharing: false,
            ending: false,
            away: None,
        }
    }

    /// When the next reminder of the helper's grace is due, if any.
    fn next_reminder(&self) -> Option<Instant> {
        let away = self.away.as_ref()?;
        let mark = away.reminders.first()?;
        Some(away.back_by.checked_sub(*mark).unwrap_or(away.back_by))
    }

    /// Prints how long the session waits for the helper, once for the reminders due at `now`.
    pub(crate) fn remind(&mut self, now: Instant) -> io::Result<()> {
        let Some(away) = &mut self.away else {
            return Ok(());
        };
        let left = left_until(away.back_by, now);
        let before = away.reminders.len();
        away.reminders.retain(|mark| *mark < left);
        if away.reminders.len() < before {
            self.say(&grace_text(left))?;
            self.show_prompt()?;
        }
        Ok(())
    }

    /// The next line to read, once per line: `None` while no line is expected or one is asked.
    fn wants(&mut self) -> Option<Input> {
        let input = match self.expect {
            Expect::Nothing => return None,
            Expect::Password { .. } | Expect::SecondFactor | Expect::Code => Input::Secret,
            Expect::Email | Expect::Answer { .. } | Expect::Command => Input::Line,
        };
        if self.reading {
            return None;
        }
        self.reading = true;
        Some(input)
    }

    /// Shows a view.
    pub(crate) fn show(&mut self, view: View) -> io::Result<Shown> {
        self.leave_prompt_line()?;
        match view {
            View::UpdateAvailable {
                latest,
                required,
                download_url,
            } => {
                self.say(&update_text(&latest, required))?;
                if let Some(url) = download_url {
                    self.say(&t_args(
                        ids::UPDATE_DOWNLOAD,
                        &[("url", clean_line(&url).into())],
                    ))?;
                }
            }
            View::SignIn { error } => {
                self.say_error(error.as_deref())?;
                self.ask(Expect::Email, t(ids::TERMINAL_EMAIL));
            }
            View::SecondFactor { error } => {
                self.say_error(error.as_deref())?;
                self.ask(Expect::SecondFactor, t(ids::TERMINAL_SECOND_FACTOR));
            }
            View::SingleSignOn { url } => {
                self.wait();
                self.say(&t_args(
                    ids::SSO_CONTINUES,
                    &[("url", clean_line(&url).into())],
                ))?;
            }
            View::Code { error } => {
                self.say_error(error.as_deref())?;
                self.ask(Expect::Code, t(ids::TERMINAL_CODE));
            }
            View::Joined { helper, enrolled } => {
                self.sharing = false;
                let name = name_of(&helper);
                if self.helper.as_deref() != Some(name.as_str()) {
                    self.trust_card(&helper, enrolled)?;
                    self.helper = Some(name.clone());
                }
                self.say(&t_args(ids::WAITING_FOR_REQUEST, &[("name", name.into())]))?;
                self.listen();
            }
            View::Request { helper, mode } => {
                self.sharing = false;
                let choices = t(match mode {
                    Mode::Control => ids::TERMINAL_CHOICES_CONTROL,
                    Mode::View => ids::TERMINAL_CHOICES_VIEW,
                });
                self.ask(
                    Expect::Answer { mode },
                    format!("{} {choices}", request_text(&helper, mode)),
                );
            }
            View::Sharing {
                helper,
                mode,
                paused,
            } => {
                self.say(&sharing_text(&helper, mode, paused))?;
                if !self.sharing {
                    self.say(&t(ids::TERMINAL_HELP))?;
                }
                self.sharing = true;
                self.listen();
            }
            View::HelperAway { helper, back_by } => {
                self.say(&away_text(&helper))?;
                self.say(&t(ids::HELPER_AWAY_UNSEEN))?;
                let now = Instant::now();
                if let Some(back_by) = back_by {
                    self.say(&grace_text(left_until(back_by, now)))?;
                }
                self.away = back_by.map(|back_by| Away::new(back_by, now));
                if !self.ending {
                    self.say(&t(ids::TERMINAL_END_NOW_HINT))?;
                }
            }
            View::HelperBack { helper } => {
                self.away = None;
                self.say(&back_text(&helper))?;
            }
            View::Refused(text) => self.say(&text)?,
            View::Notice(notice) => {
                self.say(&notice_text(notice))?;
                if notice == Notice::ServerBack {
                    self.say(&t(ids::TERMINAL_RESUME_HINT))?;
                }
            }
            View::Chat { mine, sender, text } => {
                let name = if mine {
                    t(ids::CHAT_YOU)
                } else {
                    clean_line(&sender)
                };
                // Continuation lines are indented so that no line of a message can pass for
                // a line of the app.
                let text = clean_text(&text).replace('\n', "\n  ");
                self.say(&t_args(
                    ids::TERMINAL_CHAT,
                    &[("name", name.into()), ("text", text.into())],
                ))?;
            }
            View::Ended { reason, error } => {
                self.wait();
                self.away = None;
                self.say(&ended_text(reason, error.as_deref()))?;
                self.out.flush()?;
                return Ok(Shown::Ended);
            }
        }
        self.show_prompt()?;
        Ok(Shown::More)
    }

    /// Takes a line the sharer typed; returns the action it means, if any.
    pub(crate) fn line(&mut self, line: &str) -> io::Result<Option<Action>> {
        self.reading = false;
        let answered = self.prompt_on_screen;
        self.prompt_on_screen = false;
        if answered && self.break_after_answer {
            writeln!(self.out)?;
        }
        let action = match std::mem::replace(&mut self.expect, Expect::Nothing) {
            Expect::Nothing => None,
            Expect::Email => {
                let email = line.trim();
                if email.is_empty() {
                    self.expect = Expect::Email;
                } else {
                    let prompt = t(ids::TERMINAL_PASSWORD);
                    self.ask(
                        Expect::Password {
                            email: email.to_owned(),
                        },
                        prompt,
                    );
                }
                None
            }
            // A password is taken as typed: spaces may belong to it.
            Expect::Password { email } => Some(if line.is_empty() {
                Action::SingleSignOn { email }
            } else {
                Action::SignIn {
                    email,
                    password: line.to_owned(),
                }
            }),
            Expect::SecondFactor => self.code(line, Expect::SecondFactor, Action::SecondFactor),
            Expect::Code => self.code(line, Expect::Code, Action::Code),
            Expect::Answer { mode } => self.answer(line, mode)?,
            Expect::Command => {
                self.expect = Expect::Command;
                self.command(line)?
            }
        };
        if action.is_some() && self.expect == Expect::Nothing {
            self.prompt = None;
        }
        if action == Some(Action::End) {
            self.ending = true;
            self.wait();
        }
        self.show_prompt()?;
        Ok(action)
    }

    /// Ends the output cleanly when the terminal mode stops.
    fn finish(&mut self) -> io::Result<()> {
        self.leave_prompt_line()?;
        self.out.flush()
    }

    fn code(&mut self, line: &str, again: Expect, action: fn(String) -> Action) -> Option<Action> {
        let code = line.trim();
        if code.is_empty() {
            self.expect = again;
            return None;
        }
        Some(action(code.to_owned()))
    }

    fn answer(&mut self, line: &str, mode: Mode) -> io::Result<Option<Action>> {
        let answer = line.trim().to_lowercase();
        if answer.starts_with('/') {
            // Commands work at the request too (`/end`); the request stays open.
            self.expect = Expect::Answer { mode };
            return self.command(line);
        }
        let keys = [
            t(ids::TERMINAL_KEY_ALLOW),
            t(ids::TERMINAL_KEY_VIEW_ONLY),
            t(ids::TERMINAL_KEY_DECLINE),
        ];
        let Some(action) = answer_for(&answer, mode, &keys) else {
            self.expect = Expect::Answer { mode };
            return Ok(None);
        };
        self.expect = Expect::Command;
        self.prompt = None;
        Ok(Some(action))
    }

    fn command(&mut self, line: &str) -> io::Result<Option<Action>> {
        let line = line.trim();
        if line.is_empty() {
            return Ok(None);
        }
        if let Some(chat) = line.strip_prefix("//") {
            return Ok(Some(Action::Chat(format!("/{chat}"))));
        }
        if !line.starts_with('/') {
            return Ok(Some(Action::Chat(line.to_owned())));
        }
        Ok(match line.to_lowercase().as_str() {
            "/stop" => Some(Action::StopControl),
            "/resume" => Some(Action::ResumeControl),
            "/end" => Some(Action::End),
            "/help" => {
                self.say(&t(ids::TERMINAL_HELP))?;
                None
            }
            _ => {
                self.say(&t_args(
                    ids::TERMINAL_UNKNOWN_COMMAND,
                    &[("command", clean_line(line).into())],
                ))?;
                None
            }
        })
    }

    fn trust_card(&mut self, helper: &Person, enrolled: bool) -> io::Result<()> {
        self.say(&t(ids::TRUST_HEADING))?;
        let fields = [
            (ids::TRUST_NAME, name_of(helper)),
            (ids::TRUST_JOB_TITLE, field_or_not_given(&helper.job_title)),
            (ids::TRUST_COMPANY, field_or_not_given(&helper.company)),
            (ids::TRUST_DOMAIN, domain_text(helper)),
        ];
        for (label, value) in fields {
            let line = t_args(
                ids::TERMINAL_FIELD,
                &[("label", t(label).into()), ("value", value.into())],
            );
            self.say(&format!("  {line}"))?;
        }
        if !enrolled {
            self.say(&t(ids::TRUST_NOT_ENROLLED))?;
        }
        Ok(())
    }

    /// Shows a prompt and expects its line.
    fn ask(&mut self, expect: Expect, prompt: String) {
        if !self.ending {
            self.expect = expect;
            self.prompt = Some(prompt);
        }
    }

    /// Expects commands and chat, with no prompt.
    fn listen(&mut self) {
        if !self.ending {
            self.expect = Expect::Command;
            self.prompt = None;
        }
    }

    /// Expects no line until the next view.
    fn wait(&mut self) {
        self.expect = Expect::Nothing;
        self.prompt = None;
    }

    /// Prints the pending prompt, if it is not on screen yet.
    fn show_prompt(&mut self) -> io::Result<()> {
        if let Some(prompt) = &self.prompt
            && !self.prompt_on_screen
        {
            write!(self.out, "{prompt} ")?;
            self.prompt_on_screen = true;
        }
        self.out.flush()
    }

    /// Moves below a prompt on screen, so that other text starts a line of its own (the prompt
    /// is printed again after it).
    fn leave_prompt_line(&mut self) -> io::Result<()> {
        if self.prompt_on_screen {
            writeln!(self.out)?;
            self.prompt_on_screen = false;
        }
        Ok(())
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        self.leave_prompt_line()?;
        writeln!(self.out, "{text}")
    }

    fn say_error(&mut self, error: Option<&str>) -> io::Result<()> {
        match error {
            Some(error) => self.say(&clean_line(error)),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tests::ada;
    use assist_protocol::api::sessions::EndReason;

    /// A prompter writing to memory, as when a script pipes stdin.
    fn prompter() -> Prompter<Vec<u8>> {
        Prompter::new(Vec::new(), true)
    }

    /// The text printed since the last call.
    fn printed(p: &mut Prompter<Vec<u8>>) -> String {
        String::from_utf8(std::mem::take(&mut p.out)).expect("UTF-8 output")
    }

    fn show(p: &mut Prompter<Vec<u8>>, view: View) -> String {
        assert_eq!(p.show(view).expect("writes to memory"), Shown::More);
        printed(p)
    }

    /// Types a line as the reader would deliver it: only when one was asked.
    fn type_line(p: &mut Prompter<Vec<u8>>, line: &str) -> Option<Action> {
        assert!(
            p.wants().is_some() || p.reading,
            "no line is expected for {line:?}"
        );
        p.line(line).expect("writes to memory")
    }

    #[test]
    fn password_sign_in() {
        let mut p = prompter();
        assert_eq!(p.wants(), None);
        assert_eq!(show(&mut p, View::SignIn { error: None }), "E-mail: ");
        assert_eq!(p.wants(), Some(Input::Line));
        assert_eq!(p.wants(), None, "one request per line");
        assert_eq!(type_line(&mut p, " ada@example.com "), None);
        assert_eq!(printed(&mut p), "\nPassword (empty for single sign-on): ");
        assert_eq!(p.wants(), Some(Input::Secret));
        let action = p.line(" pass word").expect("writes to memory");
        assert_eq!(
            action,
            Some(Action::SignIn {
                email: "ada@example.com".to_owned(),
                password: " pass word".to_owned()
            })
        );
        assert_eq!(printed(&mut p), "\n");
        assert_eq!(p.wants(), None, "nothing is read while the flow signs in");
    }

    #[test]
    fn empty_password_means_single_sign_on() {
        let mut p = prompter();
        show(
            &mut p,
            View::SignIn {
                error: Some("Wrong password.".to_owned()),
            },
        );
        type_line(&mut p, "ada@example.com");
        assert_eq!(
            type_line(&mut p, ""),
            Some(Action::SingleSignOn {
                email: "ada@example.com".to_owned()
            })
        );
        let text = show(
            &mut p,
            View::SingleSignOn {
                url: "https://idp.example/auth".to_owned(),
            },
        );
        assert!(
            text.contains("browser") && text.contains("https://idp.example/auth"),
            "{text}"
        );
        assert_eq!(p.wants(), None);
    }

    #[test]
    fn sign_in_error_comes_before_the_prompt_and_empty_email_asks_again() {
        let mut p = Prompter::new(Vec::new(), false);
        assert_eq!(
            show(
                &mut p,
                View::SignIn {
                    error: Some("Wrong password.".to_owned())
                }
            ),
            "Wrong password.\nE-mail: "
        );
        assert_eq!(type_line(&mut p, "  "), None);
        assert_eq!(printed(&mut p), "E-mail: ");
        assert_eq!(p.wants(), Some(Input::Line));
    }

    #[test]
    fn second_factor_and_code() {
        let mut p = prompter();
        assert_eq!(
            show(&mut p, View::SecondFactor { error: None }),
            "Authenticator code: "
        );
        assert_eq!(p.wants(), Some(Input::Secret));
        assert_eq!(
            p.line("123456").expect("writes to memory"),
            Some(Action::SecondFactor("123456".to_owned()))
        );
        assert_eq!(
            show(
                &mut p,
                View::Code {
                    error: Some("That code is not valid.".to_owned())
                }
            ),
            "\nThat code is not valid.\nSecurity code: "
        );
        assert_eq!(p.wants(), Some(Input::Secret));
        assert_eq!(
            p.line(" 1234 5678 ").expect("writes to memory"),
            Some(Action::Code("1234 5678".to_owned()))
        );
    }

    #[test]
    fn trust_card_then_request_then_sharing() {
        let mut p = prompter();
        let text = show(
            &mut p,
            View::Joined {
                helper: ada(),
                enrolled: false,
            },
        );
        assert_eq!(
            text,
            "Your helper\n  Name: Ada Lovelace\n  Job title: Help desk engineer\n  \
             Company: Analytical Engines Ltd\n  E-mail domain: example.com (verified domain)\n\
             This device is not enrolled in your organisation; your helper is told so.\n\
             Waiting for Ada Lovelace to ask to see your screen. Nothing is shared until you \
             allow it.\n"
        );
        // Chat works while waiting.
        assert_eq!(p.wants(), Some(Input::Line));
        assert_eq!(
            p.line("hello").expect("writes to memory"),
            Some(Action::Chat("hello".to_owned()))
        );

        let text = show(
            &mut p,
            View::Request {
                helper: ada(),
                mode: Mode::Control,
            },
        );
        assert_eq!(
            text,
            "Ada Lovelace asks for full control (mouse and keyboard). [a]llow, [v]iew only, \
             [d]ecline: "
        );
        assert_eq!(type_line(&mut p, "x"), None, "other input asks again");
        assert_eq!(
            printed(&mut p),
            "\nAda Lovelace asks for full control (mouse and keyboard). [a]llow, [v]iew only, \
             [d]ecline: "
        );
        assert_eq!(type_line(&mut p, "A"), Some(Action::Allow));

        let text = show(
            &mut p,
            View::Sharing {
                helper: ada(),
                mode: Mode::Control,
                paused: false,
            },
        );
        assert_eq!(
            text,
            "\nSharing with Ada Lovelace: full control\nCommands: /stop takes control back, \
             /resume gives it back, /end ends the session; any other line is sent as chat.\n"
        );
        assert_eq!(type_line(&mut p, "/stop"), Some(Action::StopControl));
        let text = show(
            &mut p,
            View::Sharing {
                helper: ada(),
                mode: Mode::Control,
                paused: true,
            },
        );
        assert_eq!(text, "Sharing with Ada Lovelace: control stopped\n");
        assert_eq!(type_line(&mut p, "/resume"), Some(Action::ResumeControl));
        assert_eq!(type_line(&mut p, "/help"), None);
        assert!(printed(&mut p).starts_with("Commands: /stop"));
        assert_eq!(type_line(&mut p, "/stpo"), None);
        assert!(printed(&mut p).starts_with("Unknown command: /stpo."));
        assert_eq!(
            type_line(&mut p, "//etc is full"),
            Some(Action::Chat("/etc is full".to_owned()))
        );
        assert_eq!(type_line(&mut p, ""), None);
        assert_eq!(type_line(&mut p, "/end"), Some(Action::End));
        assert_eq!(p.wants(), None, "nothing more is read after /end");
    }

    #[test]
    fn views_on_their_way_after_end_ask_for_nothing() {
        let mut p = prompter();
        show(
            &mut p,
            View::Joined {
                helper: ada(),
                enrolled: true,
            },
        );
        assert_eq!(type_line(&mut p, "/end"), Some(Action::End));
        let text = show(
            &mut p,
            View::Request {
                helper: ada(),
                mode: Mode::View,
            },
        );
        assert_eq!(text, "");
        let text = show(
            &mut p,
            View::Sharing {
                helper: ada(),
                mode: Mode::View,
                paused: false,
            },
        );
        assert!(
            text.starts_with("Sharing with Ada Lovelace: view only\n"),
            "{text}"
        );
        assert_eq!(p.wants(), None);
    }

    #[test]
    fn view_request_offers_no_view_only() {
        let mut p = prompter();
        let text = show(
            &mut p,
            View::Request {
                helper: ada(),
                mode: Mode::View,
            },
        );
        assert_eq!(
            text,
            "Ada Lovelace asks to see your screen. [a]llow, [d]ecline: "
        );
        assert_eq!(type_line(&mut p, "v"), None);
        printed(&mut p);
        assert_eq!(type_line(&mut p, "d"), Some(Action::Decline));
        let text = show(
            &mut p,
            View::Sharing {
                helper: ada(),
                mode: Mode::View,
                paused: false,
            },
        );
        assert!(
            text.starts_with("\nSharing with Ada Lovelace: view only\n"),
            "{text}"
        );
    }

    #[test]
    fn the_sharers_letters_win_over_the_english_ones() {
        let german = ["z", "n", "a"].map(str::to_owned);
        assert_eq!(answer_for("z", Mode::Control, &german), Some(Action::Allow));
        assert_eq!(
            answer_for("n", Mode::Control, &german),
            Some(Action::AllowViewOnly)
        );
        assert_eq!(
            answer_for("a", Mode::Control, &german),
            Some(Action::Decline)
        );
        assert_eq!(
            answer_for("d", Mode::Control, &german),
            Some(Action::Decline)
        );
        assert_eq!(
            answer_for("v", Mode::Control, &german),
            Some(Action::AllowViewOnly)
        );
        assert_eq!(answer_for("n", Mode::View, &german), None);
        assert_eq!(answer_for("v", Mode::View, &german), None);
        let arabic = ["س", "ع", "ر"].map(str::to_owned);
        assert_eq!(answer_for("س", Mode::View, &arabic), Some(Action::Allow));
        assert_eq!(answer_for("x", Mode::View, &arabic), None);
    }

    #[test]
    fn end_is_a_command_at_the_request_too() {
        let mut p = prompter();
        show(
            &mut p,
            View::Request {
                helper: ada(),
                mode: Mode::Control,
            },
        );
        assert_eq!(type_line(&mut p, "/end"), Some(Action::End));
    }

    #[test]
    fn a_view_interrupting_a_prompt_gets_its_own_line_and_the_prompt_comes_back() {
        let mut p = Prompter::new(Vec::new(), false);
        show(
            &mut p,
            View::Request {
                helper: ada(),
                mode: Mode::View,
            },
        );
        let text = show(
            &mut p,
            View::Chat {
                mine: false,
                sender: "Ada\u{1b}[31m".to_owned(),
                text: "Please allow.\nThanks".to_owned(),
            },
        );
        assert_eq!(
            text,
            "\n[Ada [31m] Please allow.\n  Thanks\nAda Lovelace asks to see your screen. \
             [a]llow, [d]ecline: "
        );
        assert_eq!(type_line(&mut p, "a"), Some(Action::Allow));
    }

    #[test]
    fn ended_while_a_prompt_waits() {
        let mut p = prompter();
        show(&mut p, View::Code { error: None });
        assert_eq!(p.wants(), Some(Input::Secret));
        let shown = p
            .show(View::Ended {
                reason: Some(EndReason::CodeExpired),
                error: None,
            })
            .expect("writes to memory");
        assert_eq!(shown, Shown::Ended);
        assert_eq!(
            printed(&mut p),
            "\nSession ended: the security code expired.\n"
        );
        let shown = p
            .show(View::Ended {
                reason: None,
                error: Some("The server refused the sign-in.".to_owned()),
            })
            .expect("writes to memory");
        assert_eq!(shown, Shown::Ended);
        assert_eq!(
            printed(&mut p),
            "Session ended: The server refused the sign-in.\n"
        );
    }

    #[test]
    fn chat_notices_and_updates() {
        let mut p = prompter();
        assert_eq!(
            show(
                &mut p,
                View::Chat {
                    mine: true,
                    sender: "Grace".to_owned(),
                    text: "مرحبا 你好".to_owned()
                }
            ),
            "[You] مرحبا 你好\n"
        );
        assert_eq!(
            show(&mut p, View::Notice(Notice::ServerBack)),
            "The server is reachable again. Control stays stopped until you give it back.\n\
             Type /resume to give control back.\n"
        );
        for notice in [
            Notice::ServerLost,
            Notice::ConnectionLost,
            Notice::Connected,
            Notice::ControlStopped,
        ] {
            let text = show(&mut p, View::Notice(notice));
            assert!(text.ends_with('\n') && !text.contains("agent-"), "{text}");
        }
        assert_eq!(
            show(
                &mut p,
                View::UpdateAvailable {
                    latest: "1.4.0".to_owned(),
                    required: false,
                    download_url: Some("https://assist.example/download".to_owned())
                }
            ),
            "A newer Assist app is available: 1.4.0\n\
             Download it from https://assist.example/download\n"
        );
        assert_eq!(
            show(
                &mut p,
                View::UpdateAvailable {
                    latest: "2.0.0".to_owned(),
                    required: true,
                    download_url: None
                }
            ),
            "This Assist app is out of date and must be updated to 2.0.0 before you can share\n"
        );
    }

    #[test]
    fn the_helper_away_counts_down_then_is_back() {
        let mut p = prompter();
        show(
            &mut p,
            View::Sharing {
                helper: ada(),
                mode: Mode::Control,
                paused: false,
            },
        );
        let now = Instant::now();
        let back_by = now + Duration::from_mins(1);
        let text = show(
            &mut p,
            View::HelperAway {
                helper: ada(),
                back_by: Some(back_by),
            },
        );
        assert_eq!(
            text,
            "Ada Lovelace's connection dropped. Waiting for them to come back…\n\
             Nobody can see your screen or control it while they are away.\n\
             The session ends in 1:00 unless they come back.\n\
             Type /end to end the session now.\n"
        );
        assert_eq!(p.wants(), Some(Input::Line), "/end works meanwhile");
        // Reminders at 30 s and 10 s left, once each.
        let at30 = back_by
            .checked_sub(Duration::from_secs(30))
            .expect("in range");
        assert_eq!(p.next_reminder(), Some(at30));
        p.remind(now + Duration::from_secs(10))
            .expect("writes to memory");
        assert_eq!(printed(&mut p), "", "not yet");
        p.remind(at30 + Duration::from_millis(1))
            .expect("writes to memory");
        assert_eq!(
            printed(&mut p),
            "The session ends in 0:30 unless they come back.\n"
        );
        assert_eq!(
            p.next_reminder(),
            back_by.checked_sub(Duration::from_secs(10))
        );
        let text = show(&mut p, View::HelperBack { helper: ada() });
        assert_eq!(text, "Ada Lovelace is back.\n");
        assert_eq!(p.next_reminder(), None, "no reminder once back");
        assert_eq!(type_line(&mut p, "/end"), Some(Action::End));

        // Late in the grace (the app reconnected), only the reminders still ahead remain; a
        // server that says no time gets no countdown.
        let mut p = prompter();
        let now = Instant::now();
        let text = show(
            &mut p,
            View::HelperAway {
                helper: ada(),
                back_by: Some(now + Duration::from_secs(20)),
            },
        );
        assert!(text.contains("The session ends in 0:20 unless"), "{text}");
        assert_eq!(p.next_reminder(), Some(now + Duration::from_secs(10)));
        let text = show(
            &mut p,
            View::HelperAway {
                helper: ada(),
                back_by: None,
            },
        );
        assert!(!text.contains("The session ends"), "{text}");
        assert_eq!(p.next_reminder(), None);
    }

    #[test]
    fn the_trust_card_is_shown_once_per_helper() {
        let mut p = prompter();
        let mut helper = ada();
        helper.job_title = String::new();
        helper.domain_verified = false;
        let text = show(
            &mut p,
            View::Joined {
                helper: helper.clone(),
                enrolled: true,
            },
        );
        assert!(text.contains("  Job title: not given\n"), "{text}");
        assert!(
            text.contains("  E-mail domain: example.com (domain NOT verified)\n"),
            "{text}"
        );
        assert!(!text.contains("not enrolled"), "{text}");
        // Back to joined after a decline: only the waiting line.
        let text = show(
            &mut p,
            View::Joined {
                helper,
                enrolled: true,
            },
        );
        assert!(text.starts_with("Waiting for Ada Lovelace"), "{text}");
    }

    /// A stand-in for the stdin thread: answers each request with the next scripted line, then
    /// reports the end of input.
    fn scripted_reader(
        script: &[&str],
    ) -> (
        std::sync::mpsc::Sender<Input>,
        Lines,
        std::thread::JoinHandle<Vec<Input>>,
    ) {
        let (requests, wanted) = std::sync::mpsc::channel::<Input>();
        let (lines_in, lines) = unbounded_channel();
        let mut script: std::collections::VecDeque<String> =
            script.iter().map(|&line| line.to_owned()).collect();
        let reader = std::thread::spawn(move || {
            let mut asked = Vec::new();
            while let Ok(input) = wanted.recv() {
                asked.push(input);
                let line = script.pop_front();
                let end = line.is_none();
                if lines_in.send(Ok(line)).is_err() || end {
                    break;
                }
            }
            asked
        });
        (requests, lines, reader)
    }

    /// A stand-in for `session::flow`: answers each action with the views the real one would
    /// send, and returns the actions it got.
    fn scripted_flow(
        views: UnboundedSender<View>,
        mut actions: UnboundedReceiver<Action>,
    ) -> tokio::task::JoinHandle<Vec<Action>> {
        tokio::spawn(async move {
            let send = |view| views.send(view).expect("the terminal listens");
            send(View::SignIn { error: None });
            let mut got = Vec::new();
            while let Some(action) = actions.recv().await {
                got.push(action.clone());
                match action {
                    Action::SignIn { .. } => send(View::Code { error: None }),
                    Action::Code(_) => {
                        send(View::Joined {
                            helper: ada(),
                            enrolled: true,
                        });
                        send(View::Request {
                            helper: ada(),
                            mode: Mode::Control,
                        });
                    }
                    Action::Allow => send(View::Sharing {
                        helper: ada(),
                        mode: Mode::Control,
                        paused: false,
                    }),
                    Action::Chat(text) => send(View::Chat {
                        mine: true,
                        sender: "Grace Hopper".to_owned(),
                        text,
                    }),
                    Action::End => {
                        send(View::Ended {
                            reason: Some(EndReason::SharerLeft),
                            error: None,
                        });
                        break;
                    }
                    _ => {}
                }
            }
            got
        })
    }

    #[tokio::test]
    async fn a_whole_session_through_the_loop() {
        let (views_tx, mut views) = unbounded_channel();
        let (actions, actions_rx) = unbounded_channel();
        let flow = scripted_flow(views_tx, actions_rx);
        let (requests, mut lines, reader) = scripted_reader(&[
            "grace@example.com",
            "hunter2",
            "12345678",
            "a",
            "hello",
            "/end",
        ]);
        let mut p = prompter();
        drive(&mut p, &mut views, &actions, &requests, &mut lines)
            .await
            .expect("writes to memory");
        drop(requests);
        assert_eq!(
            flow.await.expect("the flow finishes"),
            vec![
                Action::SignIn {
                    email: "grace@example.com".to_owned(),
                    password: "hunter2".to_owned()
                },
                Action::Code("12345678".to_owned()),
                Action::Allow,
                Action::Chat("hello".to_owned()),
                Action::End,
            ]
        );
        assert_eq!(
            reader.join().expect("the reader finishes"),
            vec![
                Input::Line,
                Input::Secret,
                Input::Secret,
                Input::Line,
                Input::Line,
                Input::Line
            ]
        );
        let text = printed(&mut p);
        let expected = [
            "E-mail: \n",
            "Password (empty for single sign-on): \n",
            "Security code: \n",
            "  Name: Ada Lovelace\n",
            "Ada Lovelace asks for full control (mouse and keyboard). [a]llow, [v]iew only, \
             [d]ecline: \n",
            "Sharing with Ada Lovelace: full control\n",
            "[You] hello\n",
            "Session ended: you ended it.\n",
        ];
        let mut rest = text.as_str();
        for line in expected {
            let at = rest
                .find(line)
                .unwrap_or_else(|| panic!("{line:?} missing, in order, from:\n{text}"));
            rest = &rest[at + line.len()..];
        }
        assert!(rest.is_empty(), "{rest:?} after the end");
    }

    #[tokio::test]
    async fn the_end_of_input_ends_the_session() {
        let (_views_tx, mut views) = unbounded_channel();
        let (actions, mut actions_rx) = unbounded_channel();
        let (requests, mut lines, _reader) = scripted_reader(&["grace@example.com"]);
        let mut p = prompter();
        p.show(View::SignIn { error: None })
            .expect("writes to memory");
        drive(&mut p, &mut views, &actions, &requests, &mut lines)
            .await
            .expect("writes to memory");
        assert_eq!(actions_rx.try_recv().ok(), Some(Action::End));
        assert_eq!(
            printed(&mut p),
            "E-mail: \nPassword (empty for single sign-on): \n"
        );
    }

    #[tokio::test]
    async fn a_closed_flow_ends_the_loop() {
        let (views_tx, mut views) = unbounded_channel();
        let (actions, _actions_rx) = unbounded_channel();
        let (requests, mut lines, _reader) = scripted_reader(&[]);
        drop(views_tx);
        let mut p = prompter();
        drive(&mut p, &mut views, &actions, &requests, &mut lines)
            .await
            .expect("writes to memory");
        assert_eq!(printed(&mut p), "");
    }
}
