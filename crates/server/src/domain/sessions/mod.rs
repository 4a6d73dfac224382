//! Remote help sessions: start with a security code, join by redeeming it, the trust screen's
//! data and warnings, mode requests and consent, chat, presence, timers and administration.
//!
//! Every change is one transaction that re-reads the session, applies the pure
//! [`machine::Machine`], writes it back guarded by its version, and appends its audit events;
//! then the change is published on the bus so both participants' connections, on whichever
//! node, hear of it.

pub mod code;
pub mod ice;
pub mod machine;
pub mod reports;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use assist_protocol::api::roles::Permission;
use assist_protocol::api::sessions::{
    ChatMessage, CreateSession, CreatedSession, DeviceSummary, JoinSession, Mode, Person, Role,
    SessionReport, SessionReportList, SessionState, SessionView, SharerClient, Warning,
};
use assist_protocol::error::ErrorCode;
use assist_protocol::ids::{SessionId, TenantId, UserId};
use assist_protocol::text::{ChatText, ChatTextProblem};
use assist_protocol::ws::{PresenceStatus, ServerMessage};
use serde_json::{Value, json};
use uuid::Uuid;

use super::access::{Granted, ManageSettings, Principal, ReadDevices};
use super::attempt::Attempt;
use super::audit::{Actor, Entry};
use super::throttle::Outcome;
use super::{Client, Deps, Error, Result, conditional_access, devices, roles, settings};
use crate::bus::{Bus, BusEvent};
use crate::store::help_sessions::{self, Filter, SessionRow};
use crate::store::{Conn, StoreError, audit, domains, users};
use machine::{By, Input, Machine, Refusal, Timing};

/// The path whose signing input a device proof signs.
pub const JOIN_PATH: &str = "/api/v1/sessions/join";

/// Why a session operation was refused (besides the general [`Error`]s).
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The tenant has remote help turned off.
    #[error(
        "remote help is turned off for your organisation; an administrator can turn it on in the settings"
    )]
    Disabled,
    /// No live session has this code in the caller's tenant.
    #[error("this code is not valid; check the digits with your helper")]
    CodeInvalid,
    /// The code expired.
    #[error("this code has expired; ask your helper for a new one")]
    CodeExpired,
    /// The code was already redeemed.
    #[error("this code was already used; ask your helper for a new one")]
    CodeUsed,
    /// Not enrolled, and the tenant does not allow that.
    #[error(
        "your device is not enrolled, and your organisation allows help only on enrolled devices: use the Assist app on an enrolled device"
    )]
    Unenrolled,
    /// The helper picked another device.
    #[error(
        "this session is for another device: join from the Assist app on the device your helper chose"
    )]
    WrongDevice,
    /// The tenant has chat turned off.
    #[error("chat is turned off for your organisation")]
    ChatDisabled,
    /// A web browser, and the tenant allows help only on enrolled devices.
    #[error(
        "sharing from a web browser is not allowed in your organisation: use the Assist app on an enrolled device, or ask your help desk"
    )]
    BrowserSharingNotAllowed,
    /// The helper's roles do not cover the sharer or their device.
    #[error(
        "this helper's remote help roles do not cover you or your device: ask your help desk who can help you"
    )]
    OutOfScope,
    /// The device chosen at the start is outside the helper's roles.
    #[error("this device is outside the scope of your remote help roles")]
    DeviceOutOfScope,
    /// The helper redeemed their own code.
    #[error("you started this session: the code is for the person you help")]
    OwnSession,
    /// The helper's account was disabled since the session started.
    #[error("the helper's account is no longer active; ask your help desk for another helper")]
    HelperUnavailable,
    /// The app's device belongs to another tenant.
    #[error("this device is enrolled in another organisation")]
    DeviceInOtherTenant,
    /// The helper lacks a permission that starting a session needs.
    #[error(
        "starting remote help needs the permissions remote_tasks.offer_remote_assistance and remote_help.view_screen"
    )]
    PermissionMissing,
    /// A chat message that is not one.
    #[error("{}", chat_problem(*.0))]
    ChatText(ChatTextProblem),
    /// The state machine refused.
    #[error(transparent)]
    Refused(#[from] Refusal),
}

fn chat_problem(problem: ChatTextProblem) -> String {
    match problem {
        ChatTextProblem::Empty => "a chat message must not be empty".to_owned(),
        ChatTextProblem::TooLong => format!(
            "a chat message has at most {} characters",
            ChatText::MAX_CHARS
        ),
        ChatTextProblem::InvalidCharacters => "a chat message must not contain control characters (other than line feed and tab) or characters that reorder text".to_owned(),
    }
}

impl SessionError {
    /// For a join with the right code refused for who or what is joining: the code the
    /// session's helper hears it by (`join_refused`). `None` for every other refusal.
    fn join_refusal(&self) -> Option<ErrorCode> {
        match self {
            Self::BrowserSharingNotAllowed => Some(ErrorCode::BrowserSharingNotAllowed),
            Self::Unenrolled => Some(ErrorCode::UnenrolledDevice),
            Self::WrongDevice => Some(ErrorCode::WrongDevice),
            Self::OutOfScope => Some(ErrorCode::SharerOutOfScope),
            _ => None,
        }
    }
}

impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Self {
        Self::Session(SessionError::Refused(refusal))
    }
}

impl From<SessionError> for Error {
    fn from(err: SessionError) -> Self {
        Self::Session(err)
    }
}

/// What sessions need at run time, shared by every request of the process.
#[derive(Debug)]
pub struct Runtime {
    /// Where changes are published.
    pub bus: Arc<dyn Bus>,
    /// Consent timeout and reconnection grace.
    pub timing: Timing,
    guard: Mutex<code::Guard>,
}

impl Runtime {
    /// A runtime publishing on `bus`.
    #[must_use]
    pub fn new(bus: Arc<dyn Bus>, timing: Timing) -> Self {
        Self {
            bus,
            timing,
            guard: Mutex::new(code::Guard::default()),
        }
    }

    fn guard(&self) -> std::sync::MutexGuard<'_, code::Guard> {
        self.guard
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Proof that a user is one side of a session: only [`participant`] makes one, and every
/// participant operation takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Participant {
    tenant_id: TenantId,
    user_id: UserId,
    session_id: SessionId,
    role: Role,
}

impl Participant {
    /// The session.
    #[must_use]
    pub fn session_id(&self) -> SessionId {
        self.session_id
    }

    /// Which side.
    #[must_use]
    pub fn role(&self) -> Role {
        self.role
    }
}

/// The caller's side of session `id`; `NotFound` when they are neither (or it is another
/// tenant's).
pub async fn participant(deps: &Deps, principal: &Principal, id: SessionId) -> Result<Participant> {
    side(deps, principal, id, false).await
}

/// Like [`participant`], refused with `Ended` once the session has ended (for connecting).
pub async fn live_participant(
    deps: &Deps,
    principal: &Principal,
    id: SessionId,
) -> Result<Participant> {
    side(deps, principal, id, true).await
}

async fn side(
    deps: &Deps,
    principal: &Principal,
    id: SessionId,
    live: bool,
) -> Result<Participant> {
    let row = help_sessions::get(&mut deps.store.db().await?, principal.tenant_id, id)
        .await?
        .ok_or(Error::NotFound)?;
    let role = row.role_of(principal.user_id).ok_or(Error::NotFound)?;
    if live && row.machine.end_reason().is_some() {
        return Err(Refusal::Ended.into());
    }
    Ok(Participant {
        tenant_id: principal.tenant_id,
        user_id: principal.user_id,
        session_id: id,
        role,
    })
}

/// The key of the security codes' HMAC: derived from the server key file, so the database
/// alone does not reveal live codes.
fn code_key(deps: &Deps) -> [u8; 32] {
    deps.keys.code_key()
}

fn target(id: SessionId) -> String {
    format!("session:{id}")
}

/// Starts a session: the helper needs the offer and view permissions, remote help must be on,
/// conditional access must allow it, and a picked device must be in the helper's scope.
pub async fn start(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    input: CreateSession,
) -> Result<CreatedSession> {
    if !(principal.has(Permission::OfferRemoteAssistance) && principal.has(Permission::ViewScreen))
    {
        return Err(SessionError::PermissionMissing.into());
    }
    let tenant = principal.tenant_id;
    let settings = settings::load(&mut deps.store.db().await?, tenant).await?;
    if !settings.remote_help_enabled {
        return Err(SessionError::Disabled.into());
    }
    conditional_access::check(
        deps,
        principal.user_id,
        tenant,
        client.address,
        principal.second_factor,
        "session_start",
    )
    .await?;
    if let Some(device) = input.device_id {
        match roles::authorize_help_on_device(deps, principal, device).await {
            Err(Error::Forbidden(_)) => return Err(SessionError::DeviceOutOfScope.into()),
            other => other?,
        };
    }
    let helper = users::get(&mut deps.store.db().await?, tenant, principal.user_id)
        .await?
        .ok_or(Error::Unauthenticated)?
        .user;
    let now = deps.clock.now();
    let code_expires_at = now + Duration::from_mins(u64::from(settings.code_lifetime_minutes));
    let machine = Machine::new(code_expires_at);
    let deadline = machine.deadline(deps.sessions.timing);
    let row = SessionRow {
        tenant_id: tenant,
        report: SessionReport {
            id: SessionId::generate(),
            helper_id: helper.id,
            helper_name: helper.display_name,
            helper_email: helper.email,
            sharer_id: None,
            sharer_name: None,
            sharer_email: None,
            device_id: None,
            device_name: None,
            sharer_client: None,
            state: machine.state_name().to_owned(),
            started_at: now,
            joined_at: None,
            ended_at: None,
            view_granted: false,
            control_granted: false,
            end_reason: None,
            chat_messages: 0,
        },
        requested_device_id: input.device_id,
        machine,
        version: 0,
        helper_connection: None,
        sharer_connection: None,
    };
    let key = code_key(deps);
    // A clash with another live code of the tenant is rare (live codes / 10^8); draw again.
    for _ in 0..5 {
        let code = code::generate();
        let mut tx = deps.store.begin().await?;
        match help_sessions::insert(&mut tx, &row, &code::hash(&key, tenant, &code), deadline).await
        {
            Err(StoreError::Conflict) => continue,
            other => other?,
        }
        audit::append(
            &mut tx,
            &Entry {
                tenant: Some(tenant),
                at: now,
                actor: Actor::User(principal.user_id),
                action: "session.started",
                target: target(row.report.id),
                detail: json!({ "device_id": input.device_id }),
            },
        )
        .await?;
        tx.commit().await?;
        return Ok(CreatedSession {
            session: render(deps, &row, Role::Helper).await?,
            code: code.display(),
            code_expires_at,
        });
    }
    Err(Error::Unexpected(
        "could not draw a free security code".to_owned(),
    ))
}

/// Redeems a code: the sharer joins. Failed redemptions, and refused joins with the right code,
/// count towards the sharer's, their address's and their tenant's limits.
pub async fn join(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    input: JoinSession,
) -> Result<SessionView> {
    let (tenant, user, address) = (principal.tenant_id, principal.user_id, client.address);
    deps.sessions
        .guard()
        .begin(tenant, user, address, deps.clock.now())
        .map_err(|retry_after| Error::TooManyAttempts { retry_after })?;
    let attempt = Attempt::new(|outcome| {
        let now = deps.clock.now();
        deps.sessions
            .guard()
            .settle(tenant, user, address, outcome, now);
    });
    let result = redeem(deps, principal, client, input).await;
    match &result {
        Ok(_) => attempt.settle(Outcome::Succeeded),
        Err(Error::Session(
            reason @ (SessionError::CodeInvalid
            | SessionError::CodeExpired
            | SessionError::CodeUsed),
        )) => {
            attempt.settle(Outcome::Failed);
            audit_failed_redemption(deps, principal, client, reason).await?;
        }
        // The right code, refused for who or what is joining: it counts too, so that repeating
        // it cannot flood the helper with notices and the audit trail with rows
        // (`refuse_join` audited it already).
        Err(Error::Session(refused)) if refused.join_refusal().is_some() => {
            attempt.settle(Outcome::Failed);
        }
        Err(_) => attempt.settle(Outcome::NotTried),
    }
    result
}

/// [`join`]'s work once the guard admitted the attempt.
async fn redeem(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    input: JoinSession,
) -> Result<SessionView> {
    let tenant = principal.tenant_id;
    let user = principal.user_id;
    let now = deps.clock.now();
    let settings = settings::load(&mut deps.store.db().await?, tenant).await?;
    if !settings.remote_help_enabled {
        return Err(SessionError::Disabled.into());
    }
    let hash = code::hash(&code_key(deps), tenant, &input.code);
    let found = help_sessions::find_by_code(&mut deps.store.db().await?, tenant, &hash).await?;
    let refused = match &found {
        None => Some(SessionError::CodeInvalid),
        Some((row, false))
            if row.report.end_reason
                == Some(assist_protocol::api::sessions::EndReason::CodeExpired) =>
        {
            Some(SessionError::CodeExpired)
        }
        Some((_, false)) => Some(SessionError::CodeUsed),
        Some((row, true)) => match row.machine.state {
            SessionState::Waiting { code_expires_at } if now >= code_expires_at => {
                Some(SessionError::CodeExpired)
            }
            _ => None,
        },
    };
    let row = match (found, refused) {
        (Some((row, _)), None) => row,
        (_, Some(reason)) => return Err(reason.into()),
        (None, None) => unreachable!("no row means a refusal"),
    };
    if row.report.helper_id == user {
        return Err(SessionError::OwnSession.into());
    }
    let device = match &input.device {
        Some(proof) => {
            let signed = devices::signing_input(
                "POST",
                JOIN_PATH,
                proof.timestamp_ms,
                input.code.digits().as_bytes(),
            );
            let device = devices::authenticate(
                deps,
                &proof.credential,
                proof.timestamp_ms,
                &proof.signature,
                &signed,
            )
            .await?;
            if device.tenant_id != tenant {
                return Err(SessionError::DeviceInOtherTenant.into());
            }
            Some(device.device_id)
        }
        None => None,
    };
    if row.requested_device_id.is_some() && row.requested_device_id != device {
        return Err(refuse_join(deps, principal, client, &row, SessionError::WrongDevice).await);
    }
    if device.is_none() && !settings.unenrolled_help_enabled {
        let why = match input.client {
            SharerClient::Web => SessionError::BrowserSharingNotAllowed,
            SharerClient::Agent => SessionError::Unenrolled,
        };
        return Err(refuse_join(deps, principal, client, &row, why).await);
    }
    let helper = users::get(&mut deps.store.db().await?, tenant, row.report.helper_id)
        .await?
        .filter(|h| !h.user.disabled)
        .ok_or(SessionError::HelperUnavailable)?;
    let (helper_id, owner) = (helper.user.id, helper.user.is_admin);
    let may = match roles::help_scope(deps, tenant, helper_id, owner, user).await {
        Err(Error::Forbidden(_)) => {
            return Err(refuse_join(deps, principal, client, &row, SessionError::OutOfScope).await);
        }
        other => other?,
    };
    let device_control = match device {
        Some(id) => match roles::device_scope(deps, tenant, helper_id, owner, id).await {
            Err(Error::Forbidden(_)) => {
                let out = SessionError::OutOfScope;
                return Err(refuse_join(deps, principal, client, &row, out).await);
            }
            other => other?,
        },
        None => true,
    };
    // One pooled connection at a time: holding one while the scope checks take another
    // starves the pool under load.
    let mut db = deps.store.db().await?;
    let sharer = users::get(&mut db, tenant, user)
        .await?
        .ok_or(Error::Unauthenticated)?
        .user;
    let device_name = match device {
        Some(id) => devices::current_in(&mut db, tenant, id, now)
            .await?
            .map(|d| d.facts.host_name.to_string()),
        None => None,
    };
    drop(db);
    let client_kind = input.client;
    let joined = transition(deps, tenant, row.report.id, Actor::User(user), |row| {
        row.machine
            .apply(
                By::Participant(Role::Sharer),
                Input::Join(client_kind),
                now,
                deps.sessions.timing,
            )
            .map_err(|refusal| match refusal {
                Refusal::CodeExpired => SessionError::CodeExpired,
                _ => SessionError::CodeUsed,
            })?;
        row.machine.helper_may_control = may.may_control() && device_control;
        let report = &mut row.report;
        report.sharer_id = Some(sharer.id);
        report.sharer_name = Some(sharer.display_name.clone());
        report.sharer_email = Some(sharer.email.clone());
        report.device_id = device;
        report.device_name.clone_from(&device_name);
        report.sharer_client = Some(client_kind);
        report.joined_at = Some(now);
        Ok(Change::Audited(
            "session.joined",
            json!({ "client": client_kind, "device_id": device }),
        ))
    })
    .await;
    let joined = joined?;
    let known = Known {
        users: &[&helper.user, &sharer],
        settings: Some(&settings),
    };
    render_with(deps, &joined, Role::Sharer, &known).await
}

/// A right code whose join is refused for a reason the helper can act on (sharing from a
/// browser not allowed, the sharer outside the helper's scope, ...): audited against the
/// session, and the helper's connection is told (`join_refused`) so they do not wait for
/// someone who cannot come. The sharer gets `why` as their answer; the code stays valid.
async fn refuse_join(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    row: &SessionRow,
    why: SessionError,
) -> Error {
    let Some(reason) = why.join_refusal() else {
        return why.into();
    };
    let id = row.report.id;
    let entry = Entry {
        tenant: Some(principal.tenant_id),
        at: deps.clock.now(),
        actor: Actor::User(principal.user_id),
        action: "session.join_refused",
        target: target(id),
        detail: json!({ "reason": reason, "address": client.address.to_string() }),
    };
    if let Err(err) = audit_alone(deps, &entry).await {
        return err;
    }
    publish(deps, id, &BusEvent::JoinRefused { reason }).await;
    why.into()
}

/// Audits a failed redemption (the guard has counted it).
async fn audit_failed_redemption(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    reason: &SessionError,
) -> Result<()> {
    let code = match reason {
        SessionError::CodeExpired => "code_expired",
        SessionError::CodeUsed => "code_used",
        _ => "code_invalid",
    };
    let entry = Entry {
        tenant: Some(principal.tenant_id),
        at: deps.clock.now(),
        actor: Actor::User(principal.user_id),
        action: "session.join_refused",
        target: format!("user:{}", principal.user_id),
        detail: json!({ "reason": code, "address": client.address.to_string() }),
    };
    audit_alone(deps, &entry).await
}

async fn audit_alone(deps: &Deps, entry: &Entry) -> Result<()> {
    let mut tx = deps.store.begin().await?;
    audit::append(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// What a step did, for the audit log.
enum Change {
    /// Nothing: do not write.
    None,
    /// A change not worth an audit event (presence).
    Quiet,
    /// A change with its audit event.
    Audited(&'static str, Value),
}

/// Re-reads session `id`, lets `step` change it, and writes it back with its audit events and
/// an `ended` event when it ended; retried when another node changed it in between. Publishes
/// `Changed` when the state changed.
async fn transition(
    deps: &Deps,
    tenant: TenantId,
    id: SessionId,
    actor: Actor,
    mut step: impl FnMut(&mut SessionRow) -> Result<Change> + Send,
) -> Result<SessionRow> {
    for _ in 0..8 {
        let now = deps.clock.now();
        let mut tx = deps.store.begin().await?;
        let mut row = help_sessions::get(&mut tx, tenant, id)
            .await?
            .ok_or(Error::NotFound)?;
        let before = row.machine.state.clone();
        let change = step(&mut row)?;
        if matches!(change, Change::None) {
            return Ok(row);
        }
        let ended = row.machine.end_reason();
        if ended.is_some() && row.report.ended_at.is_none() {
            row.report.ended_at = Some(now);
        }
        if !help_sessions::update(&mut tx, &row, row.machine.deadline(deps.sessions.timing)).await?
        {
            continue;
        }
        row.version += 1;
        row.report.state = row.machine.state_name().to_owned();
        let mut entries = Vec::new();
        if let Change::Audited(action, detail) = change {
            entries.push((action, detail));
        }
        if let (Some(reason), false) = (ended, matches!(before, SessionState::Ended { .. })) {
            entries.push(("session.ended", json!({ "reason": reason })));
        }
        for (action, detail) in entries {
            audit::append(
                &mut tx,
                &Entry {
                    tenant: Some(tenant),
                    at: now,
                    actor,
                    action,
                    target: target(id),
                    detail,
                },
            )
            .await?;
        }
        tx.commit().await?;
        if row.machine.state != before {
            publish(deps, id, &BusEvent::Changed).await;
        }
        return Ok(row);
    }
    Err(Error::Unexpected(format!(
        "session {id} kept changing under a transition"
    )))
}

/// Publishes, logging a failure: the change is committed, and connections also reload on
/// reconnect, so a lost event delays news rather than losing it.
async fn publish(deps: &Deps, id: SessionId, event: &BusEvent) {
    if let Err(err) = deps.sessions.bus.publish(id, event).await {
        tracing::warn!(error = %err, session = %id, "could not publish a session event");
    }
}

/// The audit detail of a participant's input.
fn describe(input: Input, row: &SessionRow) -> Change {
    match input {
        Input::RequestMode(mode) => {
            Change::Audited("session.mode_requested", json!({ "mode": mode }))
        }
        Input::Consent { allow, .. } => Change::Audited(
            "session.consent",
            json!({ "allow": allow, "granted": row.machine.granted() }),
        ),
        Input::DropToView => Change::Audited(
            "session.control_changed",
            json!({ "change": "drop_to_view" }),
        ),
        Input::PauseControl => {
            Change::Audited("session.control_changed", json!({ "change": "pause" }))
        }
        Input::ResumeControl => {
            Change::Audited("session.control_changed", json!({ "change": "resume" }))
        }
        // A join is audited by `join`; an end as `session.ended` with its reason.
        Input::Connected(_)
        | Input::Lost(_)
        | Input::Join(_)
        | Input::Leave
        | Input::Revoke
        | Input::Policy
        | Input::Withdraw => Change::Quiet,
    }
}

/// A participant's move: a mode request, an answer, a change of control, or leaving.
pub async fn act(deps: &Deps, who: &Participant, input: Input) -> Result<SessionRow> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    transition(
        deps,
        who.tenant_id,
        who.session_id,
        Actor::User(who.user_id),
        |row| {
            row.machine
                .apply(By::Participant(who.role), input, now, timing)?;
            Ok(describe(input, row))
        },
    )
    .await
}

/// The session as `who` sees it now.
pub async fn view(deps: &Deps, who: &Participant) -> Result<SessionView> {
    let row = help_sessions::get(&mut deps.store.db().await?, who.tenant_id, who.session_id)
        .await?
        .ok_or(Error::NotFound)?;
    render(deps, &row, who.role).await
}

/// What a connection needs first.
#[derive(Debug)]
pub struct Welcome {
    /// The session as this side sees it.
    pub session: SessionView,
    /// The chat so far.
    pub chat: Vec<ChatMessage>,
    /// Whether the other side is connected.
    pub peer_online: bool,
    /// While the other side's connection is lost: milliseconds left in its grace window.
    pub peer_grace_ms: Option<u64>,
}

/// Milliseconds from `now` until `role`'s grace window ends, while its connection is lost.
fn grace_left(
    row: &SessionRow,
    role: Role,
    now: time::OffsetDateTime,
    timing: Timing,
) -> Option<u64> {
    let back_by = row.machine.back_by(role, timing)?;
    let left = (back_by - now).whole_milliseconds().max(0);
    Some(u64::try_from(left).unwrap_or(u64::MAX))
}

/// A participant's connection `connection` came up: it becomes their current one (an older
/// one is told to close), a lost mark is cleared, and the other side hears they are online.
pub async fn connect(deps: &Deps, who: &Participant, connection: Uuid) -> Result<Welcome> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    let role = who.role;
    let row = transition(
        deps,
        who.tenant_id,
        who.session_id,
        Actor::User(who.user_id),
        |row| {
            row.machine
                .apply(By::Server, Input::Connected(role), now, timing)?;
            let slot = match role {
                Role::Helper => &mut row.helper_connection,
                Role::Sharer => &mut row.sharer_connection,
            };
            *slot = Some(connection.to_string());
            Ok(Change::Quiet)
        },
    )
    .await?;
    publish(
        deps,
        who.session_id,
        &BusEvent::Replaced { role, connection },
    )
    .await;
    publish(
        deps,
        who.session_id,
        &BusEvent::Presence {
            role,
            status: PresenceStatus::Online,
            grace_ms: None,
        },
    )
    .await;
    let chat = help_sessions::chat(&mut deps.store.db().await?, who.session_id).await?;
    Ok(Welcome {
        session: render(deps, &row, role).await?,
        chat,
        peer_online: row.connection(role.other()).is_some(),
        peer_grace_ms: grace_left(&row, role.other(), now, timing),
    })
}

/// A participant's connection `connection` went away without leaving: if it is still their
/// current one, the grace window starts and the other side hears they are offline.
pub async fn disconnect(deps: &Deps, who: &Participant, connection: Uuid) -> Result<()> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    let role = who.role;
    let mine = connection.to_string();
    let mut lost = false;
    let row = transition(deps, who.tenant_id, who.session_id, Actor::Server, |row| {
        if row.connection(role) != Some(mine.as_str()) {
            return Ok(Change::None);
        }
        match role {
            Role::Helper => row.helper_connection = None,
            Role::Sharer => row.sharer_connection = None,
        }
        if row.machine.end_reason().is_none() {
            row.machine
                .apply(By::Server, Input::Lost(role), now, timing)?;
            lost = true;
        }
        Ok(Change::Quiet)
    })
    .await?;
    if lost {
        publish(
            deps,
            who.session_id,
            &BusEvent::Presence {
                role,
                status: PresenceStatus::Offline,
                grace_ms: grace_left(&row, role, now, timing),
            },
        )
        .await;
    }
    Ok(())
}

/// Relays a WebRTC message to the other side; only once a mode is granted, so nothing is
/// shared before the sharer consents. `granted` is the connection's latest view of the state.
pub async fn signal(
    deps: &Deps,
    who: &Participant,
    granted: Option<Mode>,
    message: ServerMessage,
) -> Result<()> {
    if granted.is_none() {
        return Err(Refusal::InvalidTransition(
            "nothing can be shared before the sharer allows it",
        )
        .into());
    }
    deps.sessions
        .bus
        .publish(
            who.session_id,
            &BusEvent::Relay {
                to: who.role.other(),
                message: Box::new(message),
            },
        )
        .await
        .map_err(|err| Error::Unexpected(err.to_string()))
}

/// Stores and sends a chat message from `who`; `connection` gets its `client_id` back.
pub async fn chat(
    deps: &Deps,
    who: &Participant,
    text: &ChatText,
    client_id: Option<String>,
    connection: Uuid,
) -> Result<ChatMessage> {
    if client_id.as_ref().is_some_and(|id| id.len() > 64) {
        return Err(Error::Invalid(
            "client_id must have at most 64 characters".to_owned(),
        ));
    }
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let row = help_sessions::get(&mut tx, who.tenant_id, who.session_id)
        .await?
        .ok_or(Error::NotFound)?;
    match row.machine.state {
        SessionState::Ended { .. } => return Err(Refusal::Ended.into()),
        SessionState::Waiting { .. } => {
            return Err(Refusal::InvalidTransition("chat opens when the sharer joins").into());
        }
        _ => {}
    }
    if !settings::load(&mut tx, who.tenant_id).await?.chat_enabled {
        return Err(SessionError::ChatDisabled.into());
    }
    let message = help_sessions::insert_chat(
        &mut tx,
        who.session_id,
        who.role,
        who.user_id,
        text.as_str(),
        now,
    )
    .await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(who.tenant_id),
            at: now,
            actor: Actor::User(who.user_id),
            action: "session.chat_sent",
            target: target(who.session_id),
            detail: json!({ "seq": message.seq, "characters": text.as_str().chars().count() }),
        },
    )
    .await?;
    tx.commit().await?;
    publish(
        deps,
        who.session_id,
        &BusEvent::Chat {
            message: message.clone(),
            client_id,
            connection,
        },
    )
    .await;
    Ok(message)
}

/// Live sessions of the tenant, for administrators.
pub async fn list_live(deps: &Deps, reader: &Granted<ReadDevices>) -> Result<SessionReportList> {
    reports::whole_tenant(reader)?;
    let items = help_sessions::list(
        &mut deps.store.db().await?,
        reader.tenant_id(),
        &Filter {
            live: true,
            ..Filter::default()
        },
        i64::from(crate::store::MAX_PAGE),
    )
    .await?;
    Ok(SessionReportList {
        items,
        next_cursor: None,
    })
}

/// Stops a live session (an administrator).
pub async fn revoke(deps: &Deps, admin: &Granted<ManageSettings>, id: SessionId) -> Result<()> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    transition(deps, admin.tenant_id(), id, admin.actor(), |row| {
        row.machine
            .apply(By::Administrator, Input::Revoke, now, timing)?;
        Ok(Change::Quiet)
    })
    .await?;
    Ok(())
}

/// Applies what time decides to every session whose deadline has passed; how many changed.
pub async fn expire_due(deps: &Deps) -> Result<usize> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    let due = help_sessions::due(&mut deps.store.db().await?, now, 200).await?;
    let mut changed = 0;
    for (tenant, id) in due {
        let mut fell_back = false;
        transition(deps, tenant, id, Actor::Server, |row| {
            let before = row.machine.state.clone();
            // Re-read inside the transaction: the deadline may have moved meanwhile.
            if !row.machine.tick(now, timing) {
                // Still write the recomputed deadline, so a stale one stops matching.
                return Ok(Change::Quiet);
            }
            fell_back = matches!(before, SessionState::ModeRequested { .. })
                && row.machine.end_reason().is_none();
            Ok(if fell_back {
                Change::Audited(
                    "session.request_expired",
                    json!({ "granted": row.machine.granted() }),
                )
            } else {
                Change::Quiet
            })
        })
        .await?;
        changed += 1;
    }
    Ok(changed)
}

/// Runs [`expire_due`] every 250 ms until the task is aborted at shutdown.
pub async fn run_timers(deps: Deps) {
    let mut interval = tokio::time::interval(Duration::from_millis(250));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        if let Err(err) = expire_due(&deps).await {
            tracing::warn!(error = %err, "session timers failed; will retry");
        }
    }
}

/// What a render may reuse instead of reading it again (the join has just read both people
/// and the settings; every query saved is a round trip on the hot path).
#[derive(Default)]
struct Known<'a> {
    users: &'a [&'a assist_protocol::api::users::User],
    settings: Option<&'a assist_protocol::api::settings::TenantSettings>,
}

async fn person(
    c: &mut impl Conn,
    tenant: TenantId,
    id: UserId,
    name: &str,
    email: &str,
    known: &Known<'_>,
) -> Result<Person> {
    let user = match known.users.iter().find(|u| u.id == id) {
        Some(user) => Some((*user).clone()),
        None => users::get(c, tenant, id).await?.map(|row| row.user),
    };
    let email = user.as_ref().map_or(email, |u| u.email.as_str()).to_owned();
    let email_domain = email
        .rsplit_once('@')
        .map(|(_, d)| d)
        .unwrap_or_default()
        .to_owned();
    let domain_verified = domains::is_verified(c, tenant, &email_domain).await?;
    Ok(match user {
        Some(user) => Person {
            id,
            display_name: user.display_name,
            job_title: user.job_title,
            company: user.company,
            has_picture: user.has_picture,
            email_domain,
            domain_verified,
        },
        None => Person {
            id,
            display_name: name.to_owned(),
            job_title: String::new(),
            company: String::new(),
            has_picture: false,
            email_domain,
            domain_verified,
        },
    })
}

/// The session as `role` sees it: both people for the trust screen, and for the helper the
/// device and the warnings.
async fn render(deps: &Deps, row: &SessionRow, role: Role) -> Result<SessionView> {
    render_with(deps, row, role, &Known::default()).await
}

async fn render_with(
    deps: &Deps,
    row: &SessionRow,
    role: Role,
    known: &Known<'_>,
) -> Result<SessionView> {
    let now = deps.clock.now();
    let tenant = row.tenant_id;
    let r = &row.report;
    let mut db = deps.store.db().await?;
    let helper = person(
        &mut db,
        tenant,
        r.helper_id,
        &r.helper_name,
        &r.helper_email,
        known,
    )
    .await?;
    let sharer = match r.sharer_id {
        Some(id) => Some(
            person(
                &mut db,
                tenant,
                id,
                r.sharer_name.as_deref().unwrap_or_default(),
                r.sharer_email.as_deref().unwrap_or_default(),
                known,
            )
            .await?,
        ),
        None => None,
    };
    let device = match (role, r.device_id) {
        (Role::Helper, Some(id)) => devices::current_in(&mut db, tenant, id, now)
            .await?
            .map(|d| DeviceSummary {
                id: d.id,
                name: d.facts.host_name.to_string(),
                platform: d.facts.platform,
                os_version: d.facts.os_version.to_string(),
                compliance: d.compliance,
            }),
        _ => None,
    };
    let mut warnings = Vec::new();
    if role == Role::Helper && r.sharer_id.is_some() {
        match &device {
            None => warnings.push(Warning::DeviceNotEnrolled),
            Some(d) if !d.compliance.compliant => warnings.push(Warning::DeviceNotCompliant {
                failing: d.compliance.failing.clone(),
            }),
            Some(_) => {}
        }
    }
    let chat_enabled = match known.settings {
        Some(settings) => settings.chat_enabled,
        None => settings::load(&mut db, tenant).await?.chat_enabled,
    };
    Ok(SessionView {
        id: r.id,
        your_role: role,
        state: row.machine.state.clone(),
        helper,
        sharer,
        sharer_client: r.sharer_client,
        device,
        requested_device_id: row.requested_device_id,
        warnings,
        helper_may_control: row.machine.helper_may_control,
        chat_enabled,
        created_at: r.started_at,
        joined_at: r.joined_at,
        ended_at: r.ended_at,
    })
}

/// Whether `who` (authenticated as `principal`, connected from `address`) may still take part:
/// their sign-in or token is still live and their account enabled; for the helper also that
/// their roles still cover the person and the device helped and that no conditional access
/// policy now refuses them. Asked again and again by the session WebSocket; `Some(why)` when
/// they may not.
pub async fn withdrawn(
    deps: &Deps,
    who: &Participant,
    principal: &Principal,
    address: std::net::IpAddr,
) -> Result<Option<&'static str>> {
    let principal = match super::auth::recheck(deps, principal).await {
        Ok(principal) => principal,
        Err(Error::Unauthenticated) => return Ok(Some("signed_out_or_disabled")),
        Err(err) => return Err(err),
    };
    if who.role != Role::Helper {
        return Ok(None);
    }
    if !(principal.has(Permission::OfferRemoteAssistance) && principal.has(Permission::ViewScreen))
    {
        return Ok(Some("role_removed"));
    }
    let row = help_sessions::get(&mut deps.store.db().await?, who.tenant_id, who.session_id)
        .await?
        .ok_or(Error::NotFound)?;
    let (tenant, helper, owner) = (who.tenant_id, who.user_id, principal.is_admin);
    if let Some(sharer) = row.report.sharer_id {
        match roles::help_scope(deps, tenant, helper, owner, sharer).await {
            Ok(_) => {}
            Err(Error::Forbidden(_)) => return Ok(Some("out_of_scope")),
            Err(err) => return Err(err),
        }
    }
    if let Some(device) = row.report.device_id {
        match roles::device_scope(deps, tenant, helper, owner, device).await {
            Ok(_) => {}
            Err(Error::Forbidden(_) | Error::NotFound) => return Ok(Some("out_of_scope")),
            Err(err) => return Err(err),
        }
    }
    let second_factor = principal.second_factor;
    if conditional_access::blocking_policy(deps, helper, tenant, address, second_factor)
        .await?
        .is_some()
    {
        return Ok(Some("conditional_access"));
    }
    Ok(None)
}

/// Ends `who`'s session because they may no longer take part (see [`withdrawn`]); both sides
/// are told `access_withdrawn`, and the audit event says whose access and why.
pub async fn withdraw(deps: &Deps, who: &Participant, why: &'static str) -> Result<()> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    let role = who.role;
    transition(deps, who.tenant_id, who.session_id, Actor::Server, |row| {
        Ok(
            match row.machine.apply(By::Server, Input::Withdraw, now, timing) {
                Ok(()) => Change::Audited(
                    "session.access_withdrawn",
                    json!({ "role": role, "user": who.user_id, "reason": why }),
                ),
                Err(_) => Change::None,
            },
        )
    })
    .await?;
    Ok(())
}

/// Ends at once every live session `user` takes part in (their account was disabled or
/// deleted), as [`withdraw`] does for one.
pub async fn withdraw_user(
    deps: &Deps,
    tenant: TenantId,
    user: UserId,
    why: &'static str,
) -> Result<usize> {
    let mut ended = 0;
    for side in [Role::Helper, Role::Sharer] {
        let filter = Filter {
            live: true,
            helper: (side == Role::Helper).then_some(user),
            sharer: (side == Role::Sharer).then_some(user),
            ..Filter::default()
        };
        let live =
            help_sessions::list(&mut deps.store.db().await?, tenant, &filter, 10_000).await?;
        for session in &live {
            let who = Participant {
                tenant_id: tenant,
                user_id: user,
                session_id: session.id,
                role: side,
            };
            withdraw(deps, &who, why).await?;
            ended += 1;
        }
    }
    Ok(ended)
}

/// Ends every live session of a tenant whose remote help was turned off.
pub async fn end_all_for_policy(deps: &Deps, tenant: TenantId) -> Result<usize> {
    let now = deps.clock.now();
    let timing = deps.sessions.timing;
    let live = help_sessions::list(
        &mut deps.store.db().await?,
        tenant,
        &Filter {
            live: true,
            ..Filter::default()
        },
        10_000,
    )
    .await?;
    for session in &live {
        transition(deps, tenant, session.id, Actor::Server, |row| {
            Ok(
                match row.machine.apply(By::Server, Input::Policy, now, timing) {
                    Ok(()) => Change::Quiet,
                    Err(_) => Change::None,
                },
            )
        })
        .await?;
    }
    Ok(live.len())
}
