//! The window (`assist-agent share`): eframe on the main thread, the flow on a tokio runtime in
//! other threads. A thread forwards the flow's views and wakes egui, so the window repaints only
//! when something changed (no polling: the agent's CPU budget is spent on the screen).
//!
//! Screens: sign-in (with single sign-on and the second factor), the security code, the
//! helper's trust card, the helper's request, sharing, the end. While the screen is shared, a
//! small always-on-top banner window names the helper and the mode and holds "Stop control" (or
//! "Give control back") and "End session"; the main window has the same controls and the chat.
//! Closing the main window ends the session; the banner cannot be closed, only the session.
//!
//! Every control has an accessible name (AccessKit): buttons by their text, text fields by
//! their visible label. The tests find them the way a screen reader does.
//!
//! Limits: egui has no bidi layout, so Arabic and Hebrew (interface or chat) are laid out left
//! to right (see `ui::fonts`); scripts egui's fonts lack need system fonts (`ui::fonts`);
//! Wayland has no always-on-top, so there the banner is an ordinary window.

use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use assist_protocol::api::sessions::{Mode, Person};
use eframe::egui::{
    self, Button, CentralPanel, Color32, Grid, Key, Panel, RichText, ScrollArea, TextEdit, Ui,
    ViewportBuilder, ViewportClass, ViewportCommand, ViewportId,
};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

use super::fonts::FallbackFonts;
use super::{
    away_text, back_text, clean_line, clean_text, domain_text, ended_text, field_or_not_given,
    grace_text, left_until, name_of, notice_text, request_text, sharing_text, update_text,
};
use crate::i18n::{ids, t, t_args};
use crate::session::view::{Action, View};

/// How many notices stay on screen.
const NOTICES_SHOWN: usize = 4;

/// How often the helper's grace countdown is redrawn (the window repaints only on change).
const COUNTDOWN_REPAINT: Duration = Duration::from_millis(250);

/// Runs the window on the calling (main) thread until it is closed. Closing it sends
/// `Action::End` unless the session already ended.
pub fn run(
    views: UnboundedReceiver<View>,
    actions: UnboundedSender<Action>,
) -> Result<(), eframe::Error> {
    let title = t(ids::WINDOW_TITLE);
    let options = eframe::NativeOptions {
        viewport: ViewportBuilder::default()
            .with_title(title.clone())
            .with_app_id("assist-agent")
            .with_inner_size([480.0, 640.0])
            .with_min_inner_size([360.0, 420.0]),
        // `ui::fonts` stands in for eframe's system-font lookup, which this build leaves out.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        &title,
        options,
        Box::new(move |cc| {
            cc.egui_ctx.add_font_provider(FallbackFonts::system());
            let inbox = forward(views, cc.egui_ctx.clone())?;
            Ok(Box::new(SharerWindow::new(inbox, actions)))
        }),
    )
}

/// Moves the flow's views to the window's thread and wakes egui for each. When the flow closes
/// its channel, egui is woken once more and the window sees the end.
fn forward(
    mut views: UnboundedReceiver<View>,
    ctx: egui::Context,
) -> std::io::Result<Receiver<View>> {
    let (inbox, received) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("assist-views".to_owned())
        .spawn(move || {
            while let Some(view) = views.blocking_recv() {
                if inbox.send(view).is_err() {
                    return;
                }
                ctx.request_repaint();
            }
            drop(inbox);
            ctx.request_repaint();
        })?;
    Ok(received)
}

/// What the main window shows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Screen {
    /// Before the flow's first view.
    Starting,
    SignIn {
        error: Option<String>,
    },
    SecondFactor {
        error: Option<String>,
    },
    SingleSignOn {
        url: String,
    },
    Code {
        error: Option<String>,
    },
    Joined,
    Request {
        mode: Mode,
    },
    Sharing {
        mode: Mode,
        paused: bool,
    },
    Ended {
        text: String,
    },
}

/// A chat message as shown.
#[derive(Clone, Debug)]
struct ChatLine {
    name: String,
    text: String,
}

/// The helper's connection dropped, as shown until they are back.
#[derive(Clone, Debug)]
struct Away {
    /// "NAME's connection dropped. Waiting for them to come back…"
    headline: String,
    /// When the session ends unless they come back, when the server said.
    back_by: Option<Instant>,
}

/// A newer app, as shown.
#[derive(Clone, Debug)]
struct Update {
    text: String,
    required: bool,
    download: Option<String>,
}

/// What the sharer types.
#[derive(Default)]
struct Form {
    email: String,
    password: String,
    second_factor: String,
    code: String,
    message: String,
}

impl std::fmt::Debug for Form {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Form")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

/// The window's state: the flow's latest views and what the sharer typed.
#[derive(Debug)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about the window; no two of them make one state"
)]
pub(crate) struct SharerWindow {
    inbox: Receiver<View>,
    actions: UnboundedSender<Action>,
    screen: Screen,
    helper: Option<Person>,
    enrolled: bool,
    update: Option<Update>,
    notices: Vec<String>,
    /// While the helper's connection is gone.
    away: Option<Away>,
    chat: Vec<ChatLine>,
    form: Form,
    /// An action was sent and its answer (a view) has not come: buttons wait.
    busy: bool,
    /// `Action::End` was sent.
    end_sent: bool,
    /// Focus the screen's first field on the next frame.
    focus: bool,
}

impl SharerWindow {
    pub(crate) fn new(inbox: Receiver<View>, actions: UnboundedSender<Action>) -> Self {
        Self {
            inbox,
            actions,
            screen: Screen::Starting,
            helper: None,
            enrolled: true,
            update: None,
            notices: Vec::new(),
            away: None,
            chat: Vec::new(),
            form: Form::default(),
            busy: false,
            end_sent: false,
            focus: false,
        }
    }

    /// Takes every view that came since the last frame.
    fn receive(&mut self) {
        loop {
            match self.inbox.try_recv() {
                Ok(view) => self.apply(view),
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    if !matches!(self.screen, Screen::Ended { .. }) {
                        self.go(Screen::Ended {
                            text: ended_text(None, None),
                        });
                    }
                    return;
                }
            }
        }
    }

    fn apply(&mut self, view: View) {
        match view {
            View::UpdateAvailable {
                latest,
                required,
                download_url,
            } => {
                self.update = Some(Update {
                    text: update_text(&latest, required),
                    required,
                    download: download_url.map(|url| {
                        t_args(ids::UPDATE_DOWNLOAD, &[("url", clean_line(&url).into())])
                    }),
                });
            }
            View::SignIn { error } => {
                self.form.password.clear();
                self.go(Screen::SignIn {
                    error: error.as_deref().map(clean_line),
                });
            }
            View::SecondFactor { error } => {
                self.form.second_factor.clear();
                self.go(Screen::SecondFactor {
                    error: error.as_deref().map(clean_line),
                });
            }
            View::SingleSignOn { url } => self.go(Screen::SingleSignOn {
                url: clean_line(&url),
            }),
            View::Code { error } => {
                self.form.code.clear();
                self.go(Screen::Code {
                    error: error.as_deref().map(clean_line),
                });
            }
            View::Joined { helper, enrolled } => {
                self.helper = Some(helper);
                self.enrolled = enrolled;
                self.go(Screen::Joined);
            }
            View::Request { helper, mode } => {
                self.helper = Some(helper);
                self.go(Screen::Request { mode });
            }
            View::Sharing {
                helper,
                mode,
                paused,
            } => {
                self.helper = Some(helper);
                self.go(Screen::Sharing { mode, paused });
            }
            View::HelperAway { helper, back_by } => {
                self.away = Some(Away {
                    headline: away_text(&helper),
                    back_by,
                });
            }
            View::HelperBack { helper } => {
                self.away = None;
                self.notice(back_text(&helper));
            }
            View::Notice(notice) => self.notice(notice_text(notice)),
            View::Refused(text) => self.notice(text),
            View::Chat { mine, sender, text } => self.chat.push(ChatLine {
                name: if mine {
                    t(ids::CHAT_YOU)
                } else {
                    clean_line(&sender)
                },
                text: clean_text(&text),
            }),
            View::Ended { reason, error } => {
                self.away = None;
                self.go(Screen::Ended {
                    text: ended_text(reason, error.as_deref()),
                });
            }
        }
    }

    fn notice(&mut self, text: String) {
        self.notices.push(text);
        let excess = self.notices.len().saturating_sub(NOTICES_SHOWN);
        self.notices.drain(..excess);
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.busy = false;
        self.focus = true;
    }

    fn send(&mut self, action: Action) {
        self.busy = !matches!(
            action,
            Action::Chat(_) | Action::StopControl | Action::ResumeControl
        );
        self.end_sent |= action == Action::End;
        // The flow gone means the session is over; the window shows that when the views
        // channel closes.
        let _ = self.actions.send(action);
    }

    /// Draws the window (and the banner while sharing), and sends what the sharer did.
    pub(crate) fn show(&mut self, ui: &mut Ui) {
        self.receive();
        let mut action = None;
        if let Some(update) = &self.update {
            Panel::top("update").show(ui, |ui| show_update(ui, update));
        }
        let headline = self.away.as_ref().map(|away| away.headline.as_str());
        if let (Screen::Sharing { mode, paused }, Some(helper)) = (&self.screen, &self.helper) {
            action = banner(ui.ctx(), helper, *mode, *paused, self.end_sent, headline);
        }
        if matches!(
            self.screen,
            Screen::Joined | Screen::Request { .. } | Screen::Sharing { .. }
        ) {
            let chat = Panel::bottom("chat")
                .resizable(true)
                .default_size(220.0)
                .show(ui, |ui| self.chat_panel(ui))
                .inner;
            action = action.or(chat);
        }
        let screen = CentralPanel::default()
            .show(ui, |ui| {
                ScrollArea::vertical()
                    .id_salt("screen")
                    .show(ui, |ui| self.screen(ui))
                    .inner
            })
            .inner;
        action = action.or(screen);
        self.focus = false;
        if let Some(action) = action {
            self.send(action);
        }
    }

    fn screen(&mut self, ui: &mut Ui) -> Option<Action> {
        let in_session = matches!(
            self.screen,
            Screen::Joined | Screen::Request { .. } | Screen::Sharing { .. }
        );
        let away = match &self.away {
            Some(away) if in_session => away_block(ui, away, self.end_sent),
            _ => None,
        };
        let action = match self.screen.clone() {
            Screen::Starting => {
                ui.label(t(ids::STARTING));
                None
            }
            Screen::SignIn { error } => self.sign_in(ui, error.as_deref()),
            Screen::SecondFactor { error } => self.second_factor(ui, error.as_deref()),
            Screen::SingleSignOn { url } => {
                ui.heading(t(ids::SIGN_IN_HEADING));
                ui.label(t_args(ids::SSO_CONTINUES, &[("url", url.into())]));
                None
            }
            Screen::Code { error } => self.code(ui, error.as_deref()),
            Screen::Joined => {
                if let Some(helper) = &self.helper {
                    trust_card(ui, helper, self.enrolled);
                    ui.add_space(8.0);
                    ui.label(t_args(
                        ids::WAITING_FOR_REQUEST,
                        &[("name", name_of(helper).into())],
                    ));
                }
                ui.add_space(8.0);
                ui.add_enabled(!self.end_sent, Button::new(t(ids::END_SESSION)))
                    .clicked()
                    .then_some(Action::End)
            }
            Screen::Request { mode } => self.request(ui, mode),
            Screen::Sharing { mode, paused } => match &self.helper {
                Some(helper) => sharing_controls(ui, helper, mode, paused, self.end_sent, None),
                None => None,
            },
            Screen::Ended { text } => {
                ui.heading(t(ids::ENDED_HEADING));
                ui.label(text);
                ui.add_space(8.0);
                if ui.button(t(ids::CLOSE)).clicked() {
                    ui.ctx().send_viewport_cmd(ViewportCommand::Close);
                }
                None
            }
        };
        if !self.notices.is_empty() && !matches!(self.screen, Screen::Ended { .. }) {
            ui.add_space(12.0);
            ui.separator();
            for notice in &self.notices {
                ui.label(notice);
            }
        }
        away.or(action)
    }

    fn sign_in(&mut self, ui: &mut Ui, error: Option<&str>) -> Option<Action> {
        ui.heading(t(ids::SIGN_IN_HEADING));
        show_error(ui, error);
        let email = labelled_field(ui, ids::EMAIL, &mut self.form.email, false);
        let password = labelled_field(ui, ids::PASSWORD, &mut self.form.password, true);
        if self.focus {
            if self.form.email.is_empty() {
                email.request_focus();
            } else {
                password.request_focus();
            }
        }
        let has_email = !self.form.email.trim().is_empty() && !self.busy;
        let can_sign_in = has_email && !self.form.password.is_empty();
        let entered = password.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(8.0);
        let sign_in = ui
            .add_enabled(can_sign_in, Button::new(t(ids::SIGN_IN)))
            .clicked();
        let sso = ui
            .add_enabled(has_email, Button::new(t(ids::SIGN_IN_SSO)))
            .clicked();
        self.working(ui);
        let email = self.form.email.trim().to_owned();
        if sign_in || (entered && can_sign_in) {
            Some(Action::SignIn {
                email,
                password: std::mem::take(&mut self.form.password),
            })
        } else if sso {
            Some(Action::SingleSignOn { email })
        } else {
            None
        }
    }

    fn second_factor(&mut self, ui: &mut Ui, error: Option<&str>) -> Option<Action> {
        ui.heading(t(ids::SECOND_FACTOR_HEADING));
        ui.label(t(ids::SECOND_FACTOR_HINT));
        show_error(ui, error);
        let field = labelled_field(ui, ids::SECOND_FACTOR, &mut self.form.second_factor, false);
        let filled = !self.form.second_factor.trim().is_empty();
        self.submit(ui, &field, ids::CONTINUE, filled).then(|| {
            Action::SecondFactor(
                std::mem::take(&mut self.form.second_factor)
                    .trim()
                    .to_owned(),
            )
        })
    }

    fn code(&mut self, ui: &mut Ui, error: Option<&str>) -> Option<Action> {
        ui.heading(t(ids::CODE_HEADING));
        ui.label(t(ids::CODE_HINT));
        show_error(ui, error);
        let field = labelled_field(ui, ids::CODE, &mut self.form.code, false);
        let filled = !self.form.code.trim().is_empty();
        self.submit(ui, &field, ids::CONNECT, filled)
            .then(|| Action::Code(std::mem::take(&mut self.form.code).trim().to_owned()))
    }

    /// A one-field form's button: whether it was clicked, or Enter pressed in the field, with
    /// the field `filled`.
    fn submit(&self, ui: &mut Ui, field: &egui::Response, button: &str, filled: bool) -> bool {
        if self.focus {
            field.request_focus();
        }
        let ready = filled && !self.busy;
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(8.0);
        let clicked = ui.add_enabled(ready, Button::new(t(button))).clicked();
        self.working(ui);
        (clicked || entered) && ready
    }

    fn request(&self, ui: &mut Ui, mode: Mode) -> Option<Action> {
        let helper = self.helper.as_ref()?;
        trust_card(ui, helper, self.enrolled);
        ui.add_space(12.0);
        ui.heading(request_text(helper, mode));
        ui.add_space(8.0);
        let enabled = !self.busy;
        let mut action = None;
        // No default button: Enter must not share a screen.
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(enabled, Button::new(t(ids::ALLOW)))
                .clicked()
            {
                action = Some(Action::Allow);
            }
            if mode == Mode::Control
                && ui
                    .add_enabled(enabled, Button::new(t(ids::ALLOW_VIEW_ONLY)))
                    .clicked()
            {
                action = Some(Action::AllowViewOnly);
            }
            if ui
                .add_enabled(enabled, Button::new(t(ids::DECLINE)))
                .clicked()
            {
                action = Some(Action::Decline);
            }
        });
        self.working(ui);
        action
    }

    fn chat_panel(&mut self, ui: &mut Ui) -> Option<Action> {
        ui.add_space(4.0);
        ui.strong(t(ids::CHAT_HEADING));
        ScrollArea::vertical()
            .id_salt("chat")
            .max_height(ui.available_height() - 40.0)
            .stick_to_bottom(true)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for line in &self.chat {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&line.name);
                        ui.label(&line.text);
                    });
                }
            });
        let mut action = None;
        ui.horizontal(|ui| {
            let label = ui.label(t(ids::CHAT_INPUT));
            let width = (ui.available_width() - 80.0).max(80.0);
            let field = ui
                .add(TextEdit::singleline(&mut self.form.message).desired_width(width))
                .labelled_by(label.id);
            let filled = !self.form.message.trim().is_empty();
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let clicked = ui
                .add_enabled(filled, Button::new(t(ids::CHAT_SEND)))
                .clicked();
            if (clicked || entered) && filled {
                action = Some(Action::Chat(
                    std::mem::take(&mut self.form.message).trim().to_owned(),
                ));
                field.request_focus();
            }
        });
        ui.add_space(4.0);
        action
    }

    fn working(&self, ui: &mut Ui) {
        if self.busy {
            ui.label(t(ids::WORKING));
        }
    }
}

impl eframe::App for SharerWindow {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if !self.end_sent && !matches!(self.screen, Screen::Ended { .. }) {
            self.send(Action::End);
        }
    }
}

/// A text field under its visible label, which is also its accessible name.
fn labelled_field(ui: &mut Ui, label: &str, text: &mut String, secret: bool) -> egui::Response {
    let label = ui.label(t(label));
    ui.add(
        TextEdit::singleline(text)
            .password(secret)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

fn show_error(ui: &mut Ui, error: Option<&str>) {
    if let Some(error) = error {
        let color = ui.visuals().error_fg_color;
        ui.colored_label(color, error);
    }
}

fn show_update(ui: &mut Ui, update: &Update) {
    ui.add_space(4.0);
    let text = RichText::new(&update.text).strong();
    if update.required {
        let color = ui.visuals().error_fg_color;
        ui.label(text.color(color));
    } else {
        ui.label(text);
    }
    if let Some(download) = &update.download {
        ui.label(download);
    }
    ui.add_space(4.0);
}

/// Who the helper is, before anything is shared.
fn trust_card(ui: &mut Ui, helper: &Person, enrolled: bool) {
    ui.heading(t(ids::TRUST_HEADING));
    Grid::new("trust-card")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(t(ids::TRUST_NAME));
            ui.strong(name_of(helper));
            ui.end_row();
            ui.label(t(ids::TRUST_JOB_TITLE));
            ui.label(field_or_not_given(&helper.job_title));
            ui.end_row();
            ui.label(t(ids::TRUST_COMPANY));
            ui.label(field_or_not_given(&helper.company));
            ui.end_row();
            ui.label(t(ids::TRUST_DOMAIN));
            let domain = RichText::new(domain_text(helper)).strong();
            let color = if helper.domain_verified {
                Color32::from_rgb(0x2e, 0x9e, 0x4f)
            } else {
                ui.visuals().error_fg_color
            };
            ui.label(domain.color(color));
            ui.end_row();
        });
    if !enrolled {
        ui.add_space(4.0);
        ui.label(t(ids::TRUST_NOT_ENROLLED));
    }
}

/// While the helper is away, at the top of the main window: who dropped, the time left, that
/// nobody sees the screen, and "End now". Counts down by asking egui for a repaint.
fn away_block(ui: &mut Ui, away: &Away, end_sent: bool) -> Option<Action> {
    let mut action = None;
    egui::Frame::group(ui.style())
        .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
        .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&away.headline).strong().size(16.0));
            if let Some(back_by) = away.back_by {
                ui.label(grace_text(left_until(back_by, Instant::now())));
                ui.ctx().request_repaint_after(COUNTDOWN_REPAINT);
            }
            ui.label(t(ids::HELPER_AWAY_UNSEEN));
            ui.add_space(4.0);
            if ui
                .add_enabled(!end_sent, Button::new(t(ids::END_NOW)))
                .clicked()
            {
                action = Some(Action::End);
            }
        });
    ui.add_space(8.0);
    action
}

/// The banner's text and buttons (in the banner window and in the main window). `headline`
/// replaces the sharing line (while the helper is away).
fn sharing_controls(
    ui: &mut Ui,
    helper: &Person,
    mode: Mode,
    paused: bool,
    end_sent: bool,
    headline: Option<&str>,
) -> Option<Action> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        match headline {
            Some(headline) => ui.strong(headline),
            None => ui.strong(sharing_text(helper, mode, paused)),
        };
        if mode == Mode::Control {
            let (label, toggle) = if paused {
                (ids::GIVE_CONTROL_BACK, Action::ResumeControl)
            } else {
                (ids::STOP_CONTROL, Action::StopControl)
            };
            if ui.button(t(label)).clicked() {
                action = Some(toggle);
            }
        }
        if ui
            .add_enabled(!end_sent, Button::new(t(ids::END_SESSION)))
            .clicked()
        {
            action = Some(Action::End);
        }
    });
    action
}

/// The always-on-top banner window while the screen is shared. It cannot be closed: the session
/// ends by "End session" (or by closing the main window).
fn banner(
    ctx: &egui::Context,
    helper: &Person,
    mode: Mode,
    paused: bool,
    end_sent: bool,
    headline: Option<&str>,
) -> Option<Action> {
    let mut builder = ViewportBuilder::default()
        .with_title(t(ids::BANNER_TITLE))
        .with_always_on_top()
        .with_inner_size([560.0, 48.0])
        .with_resizable(false)
        .with_minimize_button(false)
        .with_maximize_button(false);
    // Top centre of the monitor, where it is seen and covers little.
    if let Some(monitor) = ctx.input(|i| i.viewport().monitor_size) {
        builder = builder.with_position([((monitor.x - 560.0) / 2.0).max(0.0), 0.0]);
    }
    ctx.show_viewport_immediate(
        ViewportId::from_hash_of("assist-banner"),
        builder,
        |ui, class| {
            if ui.input(|i| i.viewport().close_requested()) {
                ui.ctx().send_viewport_cmd(ViewportCommand::CancelClose);
            }
            if class == ViewportClass::EmbeddedWindow {
                sharing_controls(ui, helper, mode, paused, end_sent, headline)
            } else {
                CentralPanel::default()
                    .show(ui, |ui| {
                        sharing_controls(ui, helper, mode, paused, end_sent, headline)
                    })
                    .inner
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::view::Notice;
    use crate::ui::tests::ada;
    use assist_protocol::api::sessions::EndReason;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    use std::sync::mpsc::Sender;
    use tokio::sync::mpsc::unbounded_channel;

    /// The window in a test harness (no GPU: egui runs headless and is queried through its
    /// AccessKit tree, which also checks that every control has a name), the flow's end of the
    /// view channel, and the actions it sent.
    struct Test {
        harness: Harness<'static, SharerWindow>,
        views: Sender<View>,
        actions: UnboundedReceiver<Action>,
    }

    impl Test {
        fn new() -> Self {
            Self::with_fonts(|_| {})
        }

        fn with_fonts(setup: impl FnOnce(&egui::Context) + 'static) -> Self {
            let (views, inbox) = std::sync::mpsc::channel();
            let (actions_tx, actions) = unbounded_channel();
            let harness = Harness::builder()
                .with_size([480.0, 640.0])
                .with_context_setup(setup)
                .build_ui_state(
                    |ui, window: &mut SharerWindow| window.show(ui),
                    SharerWindow::new(inbox, actions_tx),
                );
            Self {
                harness,
                views,
                actions,
            }
        }

        /// What the flow shows next, as the forwarding thread would deliver it.
        fn show(&mut self, view: View) {
            self.views.send(view).expect("the window listens");
            self.harness.run();
        }

        /// Focuses the field named `label` and types into it.
        fn type_into(&mut self, label: &str, text: &str) {
            self.harness.get_by_label(label).focus();
            self.harness.run();
            self.harness.get_by_label(label).type_text(text);
            self.harness.run();
        }

        /// Clicks the first control named `label` as a screen reader would (the banner and the
        /// main window both have the sharing controls, and the banner may cover the other).
        fn click_first(&mut self, label: &str) {
            self.harness
                .query_all_by_label(label)
                .next()
                .unwrap_or_else(|| panic!("no control named {label:?}"))
                .click_accesskit();
            self.harness.run();
        }

        fn click(&mut self, label: &str) {
            self.harness.get_by_label(label).click();
            self.harness.run();
        }

        fn sent(&mut self) -> Vec<Action> {
            std::iter::from_fn(|| self.actions.try_recv().ok()).collect()
        }

        fn shows(&self, text: &str) -> bool {
            self.harness.query_by_label(text).is_some()
        }
    }

    #[test]
    fn starts_waiting_for_the_flow() {
        let test = Test::new();
        assert!(test.shows("Starting…"));
    }

    #[test]
    fn sign_in_with_a_password_or_single_sign_on() {
        let mut test = Test::new();
        test.show(View::SignIn {
            error: Some("Wrong e-mail address or password.".to_owned()),
        });
        assert!(test.shows("Wrong e-mail address or password."));
        assert!(
            test.harness
                .get_by_label("Sign in")
                .accesskit_node()
                .is_disabled(),
            "nothing typed yet"
        );
        test.type_into("E-mail", "ada@example.com");
        test.type_into("Password", "hunter2");
        test.click("Sign in");
        assert_eq!(
            test.sent(),
            vec![Action::SignIn {
                email: "ada@example.com".to_owned(),
                password: "hunter2".to_owned()
            }]
        );
        assert!(test.shows("Please wait…"));

        test.show(View::SignIn { error: None });
        test.click("Sign in with single sign-on");
        assert_eq!(
            test.sent(),
            vec![Action::SingleSignOn {
                email: "ada@example.com".to_owned()
            }]
        );
        test.show(View::SingleSignOn {
            url: "https://idp.example/auth".to_owned(),
        });
        assert!(
            test.harness
                .query_by_label_contains("https://idp.example/auth")
                .is_some()
        );
    }

    #[test]
    fn second_factor_and_security_code() {
        let mut test = Test::new();
        test.show(View::SecondFactor { error: None });
        test.type_into("Authenticator code", "123456");
        test.click("Continue");
        assert_eq!(test.sent(), vec![Action::SecondFactor("123456".to_owned())]);

        test.show(View::Code { error: None });
        test.type_into("Security code", " 12345678 ");
        test.click("Connect");
        assert_eq!(test.sent(), vec![Action::Code("12345678".to_owned())]);
    }

    #[test]
    fn the_trust_card_then_allow() {
        let mut test = Test::new();
        let mut helper = ada();
        helper.domain_verified = false;
        test.show(View::Joined {
            helper: helper.clone(),
            enrolled: false,
        });
        assert!(test.shows("Ada Lovelace"));
        assert!(test.shows("Help desk engineer"));
        assert!(test.shows("Analytical Engines Ltd"));
        assert!(test.shows("example.com (domain NOT verified)"));
        assert!(
            test.shows("This device is not enrolled in your organisation; your helper is told so.")
        );

        test.show(View::Request {
            helper,
            mode: Mode::Control,
        });
        assert!(test.shows("Ada Lovelace asks for full control (mouse and keyboard)."));
        assert!(test.shows("Allow view only"));
        test.click("Allow");
        assert_eq!(test.sent(), vec![Action::Allow]);
        assert!(
            test.harness
                .get_by_label("Allow")
                .accesskit_node()
                .is_disabled(),
            "one answer only"
        );
    }

    #[test]
    fn a_view_request_offers_allow_and_decline() {
        let mut test = Test::new();
        test.show(View::Request {
            helper: ada(),
            mode: Mode::View,
        });
        assert!(!test.shows("Allow view only"));
        test.click("Decline");
        assert_eq!(test.sent(), vec![Action::Decline]);
    }

    #[test]
    fn the_banner_names_the_helper_and_takes_control_back() {
        let mut test = Test::new();
        test.show(View::Sharing {
            helper: ada(),
            mode: Mode::Control,
            paused: false,
        });
        // The banner (embedded in the test, a window of its own on a desktop) and the main
        // window both say it.
        let banner = "Sharing with Ada Lovelace: full control";
        assert_eq!(test.harness.query_all_by_label(banner).count(), 2);
        assert!(
            test.shows("Assist: sharing your screen"),
            "the banner's title"
        );
        test.click_first("Stop control");
        assert_eq!(test.sent(), vec![Action::StopControl]);

        test.show(View::Sharing {
            helper: ada(),
            mode: Mode::Control,
            paused: true,
        });
        assert_eq!(
            test.harness
                .query_all_by_label("Sharing with Ada Lovelace: control stopped")
                .count(),
            2
        );
        test.click_first("Give control back");
        assert_eq!(test.sent(), vec![Action::ResumeControl]);

        test.click_first("End session");
        assert_eq!(test.sent(), vec![Action::End]);
    }

    #[test]
    fn view_only_sharing_has_no_control_button() {
        let mut test = Test::new();
        test.show(View::Sharing {
            helper: ada(),
            mode: Mode::View,
            paused: false,
        });
        assert_eq!(
            test.harness
                .query_all_by_label("Sharing with Ada Lovelace: view only")
                .count(),
            2
        );
        assert!(test.harness.query_by_label("Stop control").is_none());
    }

    #[test]
    fn chat_and_notices() {
        let mut test = Test::new();
        test.show(View::Joined {
            helper: ada(),
            enrolled: true,
        });
        test.show(View::Chat {
            mine: false,
            sender: "Ada Lovelace".to_owned(),
            text: "Hello, I am here to help.".to_owned(),
        });
        assert!(test.shows("Hello, I am here to help."));
        test.type_into("Message", "Thanks!");
        test.click("Send");
        assert_eq!(test.sent(), vec![Action::Chat("Thanks!".to_owned())]);
        assert_eq!(
            test.harness.get_by_label("Message").value().as_deref(),
            Some("")
        );

        test.show(View::Notice(Notice::ControlStopped));
        assert!(
            test.shows("Control stopped: your helper can no longer use your mouse and keyboard.")
        );
    }

    #[test]
    fn the_helper_away_then_back() {
        let mut test = Test::new();
        test.show(View::Sharing {
            helper: ada(),
            mode: Mode::Control,
            paused: false,
        });
        test.show(View::HelperAway {
            helper: ada(),
            back_by: Some(Instant::now() + Duration::from_mins(1)),
        });
        let headline = "Ada Lovelace's connection dropped. Waiting for them to come back…";
        // In the main window, and instead of the sharing line in the banner.
        assert_eq!(test.harness.query_all_by_label(headline).count(), 2);
        assert!(
            test.harness
                .query_all_by_label("Sharing with Ada Lovelace: full control")
                .count()
                == 1,
            "the main window's controls still say what was granted"
        );
        assert!(test.shows("The session ends in 1:00 unless they come back."));
        assert!(test.shows("Nobody can see your screen or control it while they are away."));
        test.click("End now");
        assert_eq!(test.sent(), vec![Action::End]);
        assert!(
            test.harness
                .get_by_label("End now")
                .accesskit_node()
                .is_disabled(),
            "ending once"
        );

        let mut test = Test::new();
        test.show(View::Joined {
            helper: ada(),
            enrolled: true,
        });
        test.show(View::HelperAway {
            helper: ada(),
            back_by: Some(Instant::now() + Duration::from_millis(8_400)),
        });
        assert!(test.shows("The session ends in 0:09 unless they come back."));
        test.show(View::HelperBack { helper: ada() });
        assert!(test.shows("Ada Lovelace is back."));
        assert!(!test.shows(headline));
        assert!(!test.shows("End now"));
    }

    #[test]
    fn the_end_and_a_closed_flow() {
        let mut test = Test::new();
        test.show(View::Ended {
            reason: Some(EndReason::HelperLeft),
            error: None,
        });
        assert!(test.shows("Session ended"));
        assert!(test.shows("Session ended: your helper ended it."));
        assert!(test.shows("Close"));

        let mut test = Test::new();
        test.show(View::Joined {
            helper: ada(),
            enrolled: true,
        });
        let Test { views, .. } = &mut test;
        drop(std::mem::replace(views, std::sync::mpsc::channel().0));
        test.harness.run();
        assert!(test.shows("Session ended."));
    }

    #[test]
    fn an_update_shows_above_everything() {
        let mut test = Test::new();
        test.show(View::UpdateAvailable {
            latest: "2.0.0".to_owned(),
            required: true,
            download_url: Some("https://assist.example/download".to_owned()),
        });
        assert!(test.shows(
            "This Assist app is out of date and must be updated to 2.0.0 before you can share"
        ));
        assert!(test.shows("Download it from https://assist.example/download"));
    }

    /// Chat in a script egui's own fonts lack draws with a system font where one exists (the
    /// harness panics on a character no font has).
    #[test]
    fn chat_in_other_scripts_draws_with_system_fonts() {
        let fonts = FallbackFonts::system();
        let samples = [
            (super::super::fonts::Script::Arabic, "مرحبا، كيف حالك؟"),
            (super::super::fonts::Script::Hebrew, "שלום, מה שלומך?"),
            (super::super::fonts::Script::Cjk, "你好，我能帮你什么？"),
            (super::super::fonts::Script::Thai, "สวัสดีครับ"),
        ];
        let scripts = fonts.scripts();
        let present: Vec<&str> = samples
            .iter()
            .filter(|(script, _)| {
                scripts.contains(script)
                    || (scripts.contains(&super::super::fonts::Script::Other)
                        && matches!(
                            script,
                            super::super::fonts::Script::Arabic
                                | super::super::fonts::Script::Hebrew
                        ))
            })
            .map(|(_, text)| *text)
            .collect();
        if present.is_empty() {
            eprintln!("no system font for Arabic, Hebrew, CJK or Thai here: nothing to check");
            return;
        }
        let mut test = Test::with_fonts(move |ctx| ctx.add_font_provider(fonts));
        test.show(View::Joined {
            helper: ada(),
            enrolled: true,
        });
        for text in &present {
            test.show(View::Chat {
                mine: false,
                sender: "Ada Lovelace".to_owned(),
                text: (*text).to_owned(),
            });
            assert!(test.shows(text));
        }
    }
}
