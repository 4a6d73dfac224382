//! Remote help sessions end to end over the real API and two real WebSocket clients: codes,
//! joining and its refusals, the trust screen, warnings, consent, signaling, chat, presence,
//! timers, revocation, reports and retention.

use std::time::{Duration, Instant};

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::devices::{TestDevice, enroll, enrollment_token, facts};
use crate::peers::{CLOSED, Desk, Peer, code_of, desk, join_web, settings, start, token};
use crate::support::{TestApp, expect_error, expect_json};

fn id_of(created: &Value) -> String {
    created["session"]["id"].as_str().unwrap().to_owned()
}

/// The sharer redeems `code` with the Assist app on `device`.
async fn join_agent(
    app: &TestApp,
    desk: &Desk,
    code: &str,
    device: &TestDevice,
) -> reqwest::Response {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    desk.sharer
        .post(app.url("/api/v1/sessions/join"))
        .json(
            &json!({ "code": code, "client": "agent", "device": device.join_proof(app, &digits) }),
        )
        .send()
        .await
        .unwrap()
}

/// A started session the web sharer joined, with both sides connected and welcomed.
async fn connected(app: &TestApp, desk: &Desk) -> (String, Peer, Peer) {
    let created = start(app, desk, None).await;
    let id = id_of(&created);
    expect_json(
        join_web(app, &desk.sharer, &code_of(&created)).await,
        StatusCode::OK,
    )
    .await;
    let mut helper = Peer::connect(app, &desk.helper_token, &id, true).await;
    helper.expect("welcome").await;
    let mut sharer = Peer::connect(app, &desk.sharer_token, &id, true).await;
    sharer.expect("welcome").await;
    assert_eq!(helper.until("presence").await["status"], "online");
    (id, helper, sharer)
}

async fn grant_view(helper: &mut Peer, sharer: &mut Peer) {
    helper.send(&json!({ "type": "request_mode", "mode": "view" }));
    assert_eq!(sharer.state().await["state"], "mode_requested");
    sharer.send(&json!({ "type": "consent", "allow": true }));
    assert_eq!(
        helper.until("session").await["session"]["state"]["state"],
        "mode_requested"
    );
    assert_eq!(
        helper.state().await,
        json!({ "state": "active", "mode": "view", "paused": false })
    );
    assert_eq!(sharer.state().await["state"], "active");
}

#[tokio::test]
async fn the_whole_flow_with_the_app_view_then_control_chat_and_report() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, false).await;
    let (enrollment, _) = enrollment_token(&app, &desk.admin, 1).await;
    let device = enroll(&app, &enrollment, facts("PC-SUE", "10.0.22631", true)).await;

    let created = start(&app, &desk, Some(&device.id)).await;
    let code = code_of(&created);
    assert!(
        code.len() == 9
            && code.as_bytes()[4] == b' '
            && code.replace(' ', "").bytes().all(|b| b.is_ascii_digit()),
        "{code}"
    );
    assert_eq!(created["session"]["state"]["state"], "waiting");
    let id = id_of(&created);

    // Typed with a dash instead of the space.
    let typed = code.replace(' ', "-");
    let joined = expect_json(
        join_agent(&app, &desk, &typed, &device).await,
        StatusCode::OK,
    )
    .await;
    // The sharer's trust screen: the helper, no warnings, no device details.
    assert_eq!(joined["your_role"], "sharer");
    assert_eq!(joined["helper"]["display_name"], "Hal Helper");
    assert_eq!(joined["helper"]["job_title"], "Service Desk Analyst");
    assert_eq!(joined["helper"]["company"], "Contoso");
    assert_eq!(joined["helper"]["email_domain"], "contoso.com");
    assert_eq!(joined["helper"]["domain_verified"], false);
    assert_eq!(joined["warnings"], json!([]));
    assert_eq!(joined["device"], Value::Null);

    // The helper's: the sharer and the device, compliant, so no warnings.
    let seen = expect_json(
        desk.helper
            .get(app.url(&format!("/api/v1/sessions/{id}")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(seen["sharer"]["id"], desk.sharer_id.as_str());
    assert_eq!(seen["sharer_client"], "agent");
    assert_eq!(seen["device"]["name"], "PC-SUE");
    assert_eq!(seen["device"]["compliance"]["compliant"], true);
    assert_eq!(seen["warnings"], json!([]));
    assert_eq!(seen["helper_may_control"], true);

    let mut helper = Peer::connect(&app, &desk.helper_token, &id, true).await;
    let welcome = helper.expect("welcome").await;
    assert_eq!(welcome["peer_online"], false);
    assert_eq!(welcome["heartbeat_interval_ms"], 1000);
    let mut sharer = Peer::connect(&app, &desk.sharer_token, &id, true).await;
    assert_eq!(sharer.expect("welcome").await["peer_online"], true);
    assert_eq!(
        helper.until("presence").await,
        json!({ "type": "presence", "role": "sharer", "status": "online" })
    );

    // Nothing is relayed before consent.
    sharer.send(&json!({ "type": "offer", "sdp": "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\n" }));
    let refused = sharer.expect("error").await;
    assert_eq!(refused["code"], "invalid_transition");

    grant_view(&mut helper, &mut sharer).await;

    // Signaling crosses both ways once view is granted.
    sharer.send(&json!({ "type": "offer", "sdp": "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\n" }));
    assert_eq!(
        helper.until("offer").await["sdp"],
        "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\n"
    );
    helper.send(&json!({ "type": "answer", "sdp": "v=0\r\no=- 2 1 IN IP4 0.0.0.0\r\n" }));
    assert_eq!(
        sharer.until("answer").await["sdp"],
        "v=0\r\no=- 2 1 IN IP4 0.0.0.0\r\n"
    );
    let candidate = json!({ "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54321 typ host", "sdpMid": "0", "sdpMLineIndex": 0 });
    helper.send(&json!({ "type": "ice", "candidate": candidate }));
    assert_eq!(sharer.until("ice").await["candidate"], candidate);

    // Escalation needs new consent; view continues meanwhile.
    helper.send(&json!({ "type": "request_mode", "mode": "control" }));
    let asked = sharer.state().await;
    assert_eq!(asked["state"], "mode_requested");
    assert_eq!(asked["mode"], "control");
    assert_eq!(asked["granted"], "view");
    sharer.send(&json!({ "type": "consent", "allow": true }));
    assert_eq!(
        sharer.state().await,
        json!({ "state": "active", "mode": "control", "paused": false })
    );
    sharer.send(&json!({ "type": "pause_control" }));
    assert_eq!(sharer.state().await["paused"], true);
    sharer.send(&json!({ "type": "resume_control" }));
    assert_eq!(sharer.state().await["paused"], false);
    sharer.send(&json!({ "type": "drop_to_view" }));
    assert_eq!(
        sharer.state().await,
        json!({ "state": "active", "mode": "view", "paused": false })
    );
    // The helper may not answer for the sharer.
    helper.send(&json!({ "type": "consent", "allow": true }));
    assert_eq!(helper.until("error").await["code"], "forbidden");

    // Chat in any script, numbered, echoed to the sender with its reference.
    let lines = [
        "你好，我的屏幕是黑的",
        "مرحبا، سأساعدك الآن",
        "👍🏽 thanks!\nsecond line",
    ];
    helper.send(&json!({ "type": "chat", "text": lines[0], "client_id": "h-1" }));
    let mine = helper.until("chat").await;
    assert_eq!(mine["client_id"], "h-1");
    assert_eq!(mine["message"]["seq"], 1);
    let theirs = sharer.until("chat").await;
    assert_eq!(theirs["message"]["text"], lines[0]);
    assert_eq!(theirs["message"]["sender"], "helper");
    assert!(theirs.get("client_id").is_none());
    sharer.send(&json!({ "type": "chat", "text": lines[1] }));
    assert_eq!(helper.until("chat").await["message"]["seq"], 2);
    sharer.send(&json!({ "type": "chat", "text": lines[2] }));
    assert_eq!(helper.until("chat").await["message"]["text"], lines[2]);

    // The sharer ends; the helper is told within half a second.
    let sent = Instant::now();
    sharer.send(&json!({ "type": "end" }));
    let ended = helper.state().await;
    let took = sent.elapsed();
    assert_eq!(ended, json!({ "state": "ended", "reason": "sharer_left" }));
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert_eq!(helper.until(CLOSED).await["code"], 1000);

    // The report: who, where, modes, outcome, chat.
    let reports = expect_json(
        desk.admin
            .get(app.url("/api/v1/reports/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let report = &reports["items"][0];
    assert_eq!(report["id"], id.as_str());
    assert_eq!(report["helper_name"], "Hal Helper");
    assert_eq!(report["sharer_email"], "sue@contoso.com");
    assert_eq!(report["device_name"], "PC-SUE");
    assert_eq!(report["view_granted"], true);
    assert_eq!(report["control_granted"], true);
    assert_eq!(report["end_reason"], "sharer_left");
    assert_eq!(report["chat_messages"], 3);
    let transcript = expect_json(
        desk.admin
            .get(app.url(&format!("/api/v1/reports/sessions/{id}")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let texts: Vec<&str> = transcript["chat"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, lines);
    let csv = desk
        .admin
        .get(app.url("/api/v1/reports/sessions/export.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("session_id,started_at,"), "{csv}");
    assert!(
        csv.contains("Hal Helper") && csv.contains("PC-SUE") && csv.contains("sharer_left"),
        "{csv}"
    );

    // The audit log tells the story.
    let audit = expect_json(
        desk.admin
            .get(app.url("/api/v1/audit?limit=200"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "session.started",
        "session.joined",
        "session.mode_requested",
        "session.consent",
        "session.control_changed",
        "session.chat_sent",
        "session.ended",
    ] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
}

#[tokio::test]
async fn web_sharers_grant_view_only_and_the_helper_is_warned_about_unenrolled_devices() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (id, mut helper, mut sharer) = connected(&app, &desk).await;
    let seen = expect_json(
        desk.helper
            .get(app.url(&format!("/api/v1/sessions/{id}")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(seen["warnings"], json!([{ "kind": "device_not_enrolled" }]));
    assert_eq!(seen["sharer_client"], "web");

    helper.send(&json!({ "type": "request_mode", "mode": "control" }));
    assert_eq!(sharer.state().await["mode"], "control");
    assert_eq!(helper.state().await["state"], "mode_requested");
    sharer.send(&json!({ "type": "consent", "allow": true }));
    assert_eq!(sharer.until("error").await["code"], "control_needs_agent");
    sharer.send(&json!({ "type": "consent", "allow": true, "grant": "view" }));
    assert_eq!(
        helper.state().await,
        json!({ "state": "active", "mode": "view", "paused": false })
    );
    assert_eq!(sharer.state().await["state"], "active");

    // A declined escalation keeps view.
    helper.send(&json!({ "type": "request_mode", "mode": "control" }));
    assert_eq!(sharer.state().await["state"], "mode_requested");
    sharer.send(&json!({ "type": "consent", "allow": false }));
    assert_eq!(
        sharer.state().await,
        json!({ "state": "active", "mode": "view", "paused": false })
    );
}

#[tokio::test]
async fn a_non_compliant_device_warns_the_helper_with_the_failing_rules() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, false).await;
    expect_json(
        desk.admin
            .post(app.url("/api/v1/compliance-policies"))
            .json(&json!({ "name": "Baseline", "rules": { "disk_encryption_required": true } }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let (enrollment, _) = enrollment_token(&app, &desk.admin, 1).await;
    let device = enroll(&app, &enrollment, facts("PC-OLD", "10.0.22631", false)).await;
    let created = start(&app, &desk, None).await;
    expect_json(
        join_agent(&app, &desk, &code_of(&created), &device).await,
        StatusCode::OK,
    )
    .await;
    let seen = expect_json(
        desk.helper
            .get(app.url(&format!("/api/v1/sessions/{}", id_of(&created))))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(seen["warnings"][0]["kind"], "device_not_compliant");
    let failing = seen["warnings"][0]["failing"].as_array().unwrap();
    assert!(
        failing[0].as_str().unwrap().starts_with("Baseline:"),
        "{failing:?}"
    );
}

#[tokio::test]
async fn starting_is_refused_when_off_unpermitted_out_of_scope_or_blocked() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    settings(&app, &desk.admin, json!({ "remote_help_enabled": false })).await;
    let response = desk
        .helper
        .post(app.url("/api/v1/sessions"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    expect_error(
        response,
        StatusCode::FORBIDDEN,
        ErrorCode::RemoteHelpDisabled,
    )
    .await;
    settings(&app, &desk.admin, json!({ "remote_help_enabled": true })).await;

    // The sharer has no remote help role: the refusal names what is missing.
    let response = desk
        .sharer
        .post(app.url("/api/v1/sessions"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    let message = expect_error(
        response,
        StatusCode::FORBIDDEN,
        ErrorCode::PermissionMissing,
    )
    .await;
    assert!(
        message.contains("remote_tasks.offer_remote_assistance"),
        "{message}"
    );

    // A device outside the helper's scope: the desk covers all devices, a viewer role none.
    let viewer = app.user(&desk.admin, "vic@contoso.com", false).await;
    let viewers = crate::rbac::group(&app, &desk.admin, "Viewers", &[&viewer.id.to_string()]).await;
    crate::rbac::assign(
        &app,
        &desk.admin,
        "Viewers over staff",
        crate::rbac::HELP_DESK_OPERATOR,
        &viewers,
        json!({ "groups": [desk.staff_group] }),
    )
    .await;
    let (enrollment, _) = enrollment_token(&app, &desk.admin, 1).await;
    let device = enroll(&app, &enrollment, facts("PC-X", "10.0.22631", true)).await;
    let vic = app.sign_in("vic@contoso.com").await;
    let response = vic
        .post(app.url("/api/v1/sessions"))
        .json(&json!({ "device_id": device.id }))
        .send()
        .await
        .unwrap();
    expect_error(response, StatusCode::FORBIDDEN, ErrorCode::DeviceOutOfScope).await;

    // Conditional access blocks the helper by name.
    expect_json(
        desk.admin
            .post(app.url("/api/v1/access-policies"))
            .json(&json!({ "name": "No remote help from here", "state": "enabled", "targets": { "all_users": true }, "grant": "require_second_factor" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let response = desk
        .helper
        .post(app.url("/api/v1/sessions"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    let message = expect_error(
        response,
        StatusCode::FORBIDDEN,
        ErrorCode::ConditionalAccessBlocked,
    )
    .await;
    assert!(message.contains("No remote help from here"), "{message}");
}

#[tokio::test]
async fn joining_is_refused_for_bad_codes_scope_and_unenrolled_devices() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, false).await;
    let created = start(&app, &desk, None).await;
    let code = code_of(&created);

    // Unenrolled help is off: the web app cannot join, and is told to use the app.
    let message = expect_error(
        join_web(&app, &desk.sharer, &code).await,
        StatusCode::FORBIDDEN,
        ErrorCode::BrowserSharingNotAllowed,
    )
    .await;
    assert!(message.contains("Assist app"), "{message}");
    settings(
        &app,
        &desk.admin,
        json!({ "unenrolled_help_enabled": true }),
    )
    .await;

    // Malformed, wrong, another tenant's.
    expect_error(
        join_web(&app, &desk.sharer, "1234").await,
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    let wrong = if code.starts_with('9') {
        "1111 1111"
    } else {
        "9999 9999"
    };
    expect_error(
        join_web(&app, &desk.sharer, wrong).await,
        StatusCode::NOT_FOUND,
        ErrorCode::CodeInvalid,
    )
    .await;
    let (fabrikam, _) = app.tenant("Fabrikam", "fred@fabrikam.com").await;
    settings(
        &app,
        &fabrikam,
        json!({ "remote_help_enabled": true, "unenrolled_help_enabled": true }),
    )
    .await;
    expect_error(
        join_web(&app, &fabrikam, &code).await,
        StatusCode::NOT_FOUND,
        ErrorCode::CodeInvalid,
    )
    .await;

    // The helper cannot redeem their own code; someone outside the helper's scope cannot.
    expect_error(
        join_web(&app, &desk.helper, &code).await,
        StatusCode::FORBIDDEN,
        ErrorCode::OwnSession,
    )
    .await;
    app.user(&desk.admin, "olga@contoso.com", false).await;
    let outsider = app.sign_in("olga@contoso.com").await;
    expect_error(
        join_web(&app, &outsider, &code).await,
        StatusCode::FORBIDDEN,
        ErrorCode::SharerOutOfScope,
    )
    .await;

    // The right person joins once; the code is then spent.
    expect_json(join_web(&app, &desk.sharer, &code).await, StatusCode::OK).await;
    expect_error(
        join_web(&app, &desk.sharer, &code).await,
        StatusCode::GONE,
        ErrorCode::CodeUsed,
    )
    .await;

    // Codes expire with the tenant's lifetime (10 minutes by default).
    let later = start(&app, &desk, None).await;
    app.clock.advance(Duration::from_mins(10));
    expect_error(
        join_web(&app, &desk.sharer, &code_of(&later)).await,
        StatusCode::GONE,
        ErrorCode::CodeExpired,
    )
    .await;
    // The timer ends it, and it stays expired.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let ended = expect_json(
        desk.helper
            .get(app.url(&format!("/api/v1/sessions/{}", id_of(&later))))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        ended["state"],
        json!({ "state": "ended", "reason": "code_expired" })
    );
    expect_error(
        join_web(&app, &desk.sharer, &code_of(&later)).await,
        StatusCode::GONE,
        ErrorCode::CodeExpired,
    )
    .await;

    // A session for a chosen device needs that device.
    let (enrollment, _) = enrollment_token(&app, &desk.admin, 2).await;
    let chosen = enroll(&app, &enrollment, facts("PC-A", "10.0.22631", true)).await;
    let other = enroll(&app, &enrollment, facts("PC-B", "10.0.22631", true)).await;
    let for_device = start(&app, &desk, Some(&chosen.id)).await;
    expect_error(
        join_web(&app, &desk.sharer, &code_of(&for_device)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::WrongDevice,
    )
    .await;
    expect_error(
        join_agent(&app, &desk, &code_of(&for_device), &other).await,
        StatusCode::FORBIDDEN,
        ErrorCode::WrongDevice,
    )
    .await;
    expect_json(
        join_agent(&app, &desk, &code_of(&for_device), &chosen).await,
        StatusCode::OK,
    )
    .await;

    // The Assist app on a device enrolled in another organisation is told so.
    let (foreign_token, _) = enrollment_token(&app, &fabrikam, 1).await;
    let foreign = enroll(&app, &foreign_token, facts("PC-F", "10.0.22631", true)).await;
    let fresh = start(&app, &desk, None).await;
    expect_error(
        join_agent(&app, &desk, &code_of(&fresh), &foreign).await,
        StatusCode::FORBIDDEN,
        ErrorCode::DeviceInOtherOrganisation,
    )
    .await;
}

/// The audit events of `action` against `target`, newest first.
async fn audited(app: &TestApp, admin: &reqwest::Client, action: &str, target: &str) -> Vec<Value> {
    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?limit=200"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action && e["target"] == target)
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_refused_join_with_the_right_code_tells_the_helper_why() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, false).await;
    let created = start(&app, &desk, None).await;
    let (id, code) = (id_of(&created), code_of(&created));
    let mut helper = Peer::connect(&app, &desk.helper_token, &id, true).await;
    helper.expect("welcome").await;

    // From a browser while only enrolled devices may be helped: both hear why.
    expect_error(
        join_web(&app, &desk.sharer, &code).await,
        StatusCode::FORBIDDEN,
        ErrorCode::BrowserSharingNotAllowed,
    )
    .await;
    let told = helper.until("join_refused").await;
    assert_eq!(
        told,
        json!({ "type": "join_refused", "reason": "browser_sharing_not_allowed" })
    );

    // Someone outside the helper's scope, once browsers may share.
    settings(
        &app,
        &desk.admin,
        json!({ "unenrolled_help_enabled": true }),
    )
    .await;
    app.user(&desk.admin, "olga@contoso.com", false).await;
    let outsider = app.sign_in("olga@contoso.com").await;
    expect_error(
        join_web(&app, &outsider, &code).await,
        StatusCode::FORBIDDEN,
        ErrorCode::SharerOutOfScope,
    )
    .await;
    assert_eq!(
        helper.until("join_refused").await["reason"],
        "sharer_out_of_scope"
    );

    // A wrong code says nothing to this helper; the right person still joins with the code.
    let wrong = if code.starts_with('9') {
        "1111 1111"
    } else {
        "9999 9999"
    };
    expect_error(
        join_web(&app, &outsider, wrong).await,
        StatusCode::NOT_FOUND,
        ErrorCode::CodeInvalid,
    )
    .await;
    assert!(helper.quiet_for(Duration::from_millis(300)).await);
    expect_json(join_web(&app, &desk.sharer, &code).await, StatusCode::OK).await;
    assert_eq!(helper.state().await["state"], "joined");

    // Each refusal is audited against the session, with its reason.
    let refusals = audited(
        &app,
        &desk.admin,
        "session.join_refused",
        &format!("session:{id}"),
    )
    .await;
    let reasons: Vec<&str> = refusals
        .iter()
        .map(|e| e["detail"]["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        ["sharer_out_of_scope", "browser_sharing_not_allowed"]
    );
}

#[tokio::test]
async fn wrong_codes_lock_the_person_out_with_growing_delays() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let created = start(&app, &desk, None).await;
    let code = code_of(&created);
    let wrong = if code.starts_with('9') {
        "1111 1111"
    } else {
        "9999 9999"
    };
    for _ in 0..5 {
        expect_error(
            join_web(&app, &desk.sharer, wrong).await,
            StatusCode::NOT_FOUND,
            ErrorCode::CodeInvalid,
        )
        .await;
    }
    expect_error(
        join_web(&app, &desk.sharer, wrong).await,
        StatusCode::NOT_FOUND,
        ErrorCode::CodeInvalid,
    )
    .await;
    // Locked now, even with the right code.
    let locked = join_web(&app, &desk.sharer, &code).await;
    assert_eq!(locked.headers()["retry-after"], "2");
    expect_error(
        locked,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    app.clock.advance(Duration::from_secs(2));
    expect_error(
        join_web(&app, &desk.sharer, wrong).await,
        StatusCode::NOT_FOUND,
        ErrorCode::CodeInvalid,
    )
    .await;
    let longer = join_web(&app, &desk.sharer, &code).await;
    assert_eq!(longer.headers()["retry-after"], "4");
    app.clock.advance(Duration::from_secs(4));
    expect_json(join_web(&app, &desk.sharer, &code).await, StatusCode::OK).await;
    let audit = expect_json(
        desk.admin
            .get(app.url("/api/v1/audit?action=session.join_refused"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 7);
}

#[tokio::test]
async fn an_unanswered_first_request_ends_the_session_after_two_minutes() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    helper.send(&json!({ "type": "request_mode", "mode": "view" }));
    let asked = sharer.state().await;
    assert_eq!(asked["state"], "mode_requested");
    assert_eq!(helper.state().await["state"], "mode_requested");
    app.clock.advance(Duration::from_secs(119));
    assert!(
        helper.quiet_for(Duration::from_millis(700)).await,
        "nothing before the timeout"
    );
    app.clock.advance(Duration::from_secs(1));
    assert_eq!(
        helper.state().await,
        json!({ "state": "ended", "reason": "declined_timeout" })
    );
    assert_eq!(
        sharer.state().await,
        json!({ "state": "ended", "reason": "declined_timeout" })
    );
}

#[tokio::test]
async fn administrators_see_live_sessions_and_revoke_them() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (id, mut helper, mut sharer) = connected(&app, &desk).await;
    let live = expect_json(
        desk.admin
            .get(app.url("/api/v1/sessions/live"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(live["items"][0]["id"], id.as_str());
    assert_eq!(live["items"][0]["state"], "joined");
    let response = desk
        .sharer
        .get(app.url("/api/v1/sessions/live"))
        .send()
        .await
        .unwrap();
    expect_error(response, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;
    let response = desk
        .helper
        .post(app.url(&format!("/api/v1/sessions/{id}/revoke")))
        .send()
        .await
        .unwrap();
    expect_error(response, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;
    let response = desk
        .admin
        .post(app.url(&format!("/api/v1/sessions/{id}/revoke")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        helper.state().await,
        json!({ "state": "ended", "reason": "revoked" })
    );
    assert_eq!(
        sharer.state().await,
        json!({ "state": "ended", "reason": "revoked" })
    );
    let live = expect_json(
        desk.admin
            .get(app.url("/api/v1/sessions/live"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(live["items"], json!([]));
    let again = desk
        .admin
        .post(app.url(&format!("/api/v1/sessions/{id}/revoke")))
        .send()
        .await
        .unwrap();
    expect_error(again, StatusCode::CONFLICT, ErrorCode::SessionEnded).await;
    // An ended session takes no new connection.
    assert_eq!(
        Peer::try_connect(&app, &desk.helper_token, &id, true)
            .await
            .err(),
        Some(409)
    );
}

#[tokio::test]
async fn lost_connections_are_declared_fast_and_may_resume_within_the_grace_window() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (id, mut helper, sharer) = connected(&app, &desk).await;
    sharer.send(&json!({ "type": "chat", "text": "before the crash" }));
    helper.until("chat").await;

    // Abrupt: the socket dies without a goodbye.
    let killed = Instant::now();
    sharer.kill();
    let offline = helper.until("presence").await;
    assert_eq!(offline["status"], "offline");
    assert!(
        killed.elapsed() < Duration::from_secs(5),
        "took {:?}",
        killed.elapsed()
    );
    // The helper is told how long the session waits: the whole minute of grace.
    assert_eq!(offline["grace_ms"], 60_000, "{offline}");

    // A helper page opened meanwhile learns the sharer is away and for how much longer.
    app.clock.advance(Duration::from_secs(20));
    let mut reloaded = Peer::connect(&app, &desk.helper_token, &id, true).await;
    let welcome = reloaded.expect("welcome").await;
    assert_eq!(welcome["peer_online"], false);
    assert_eq!(welcome["peer_grace_ms"], 40_000, "{welcome}");
    drop(reloaded);
    helper = Peer::connect(&app, &desk.helper_token, &id, true).await;
    let welcome = helper.expect("welcome").await;
    assert_eq!(welcome["peer_grace_ms"], 40_000, "{welcome}");

    // Back within the grace window: same session, chat history, the helper hears it.
    app.clock.advance(Duration::from_secs(10));
    let mut sharer = Peer::connect(&app, &desk.sharer_token, &id, true).await;
    let welcome = sharer.expect("welcome").await;
    assert_eq!(welcome["session"]["state"]["state"], "joined");
    assert_eq!(welcome["chat"][0]["text"], "before the crash");
    assert_eq!(welcome["peer_online"], true);
    assert!(welcome.get("peer_grace_ms").is_none(), "{welcome}");
    let online = helper.until("presence").await;
    assert_eq!(online["status"], "online");
    assert!(online.get("grace_ms").is_none(), "{online}");
    app.clock.advance(Duration::from_mins(1));
    assert!(
        helper.quiet_for(Duration::from_millis(700)).await,
        "the session goes on"
    );

    // Silent: the socket stays open but heartbeats stop; declared after three intervals.
    drop(sharer);
    let mut silent = Peer::connect(&app, &desk.sharer_token, &id, false).await;
    silent.expect("welcome").await;
    helper.until("presence").await;
    let went_quiet = Instant::now();
    let offline = loop {
        let message = helper.next().await;
        if message["type"] == "presence" && message["status"] == "offline" {
            break went_quiet.elapsed();
        }
    };
    assert!(
        offline >= Duration::from_millis(2900) && offline < Duration::from_secs(5),
        "{offline:?}"
    );

    // Not back within the grace window: the session ends.
    app.clock.advance(Duration::from_mins(1));
    assert_eq!(
        helper.state().await,
        json!({ "state": "ended", "reason": "sharer_disconnected" })
    );
}

#[tokio::test]
async fn turning_remote_help_off_ends_the_sessions_in_progress() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    settings(&app, &desk.admin, json!({ "remote_help_enabled": false })).await;
    assert_eq!(
        helper.state().await,
        json!({ "state": "ended", "reason": "policy" })
    );
    assert_eq!(
        sharer.state().await,
        json!({ "state": "ended", "reason": "policy" })
    );
}

#[tokio::test]
async fn a_newer_connection_replaces_an_older_one() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (id, _helper, mut sharer) = connected(&app, &desk).await;
    let mut second = Peer::connect(&app, &desk.sharer_token, &id, true).await;
    second.expect("welcome").await;
    assert_eq!(sharer.until(CLOSED).await["code"], 4001);
}

#[tokio::test]
async fn malformed_frames_get_error_frames_and_the_connection_stays() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    helper.send_raw(Message::Text("{not json".into()));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    helper.send(&json!({ "type": "teleport" }));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    helper.send(&json!({ "type": "request_mode", "mode": "view", "extra": true }));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    helper.send_raw(Message::Binary(vec![1, 2, 3].into()));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    // A chat text that is not one says which rule it broke, each with its own code.
    helper.send(&json!({ "type": "chat", "text": "x".repeat(4001) }));
    assert_eq!(helper.expect("error").await["code"], "chat_too_long");
    helper.send(&json!({ "type": "chat", "text": "ring\u{7}" }));
    assert_eq!(
        helper.expect("error").await["code"],
        "chat_invalid_characters"
    );
    helper.send(&json!({ "type": "chat", "text": "evil\u{202e}txt.exe" }));
    assert_eq!(
        helper.expect("error").await["code"],
        "chat_invalid_characters"
    );
    helper.send(&json!({ "type": "chat", "text": "   " }));
    assert_eq!(helper.expect("error").await["code"], "chat_empty");
    helper.send(&json!({ "type": "chat", "text": 5 }));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    helper.send(&json!({ "type": "chat", "text": "y".repeat(70_000) }));
    assert_eq!(helper.expect("error").await["code"], "payload_too_large");
    helper.send(&json!({ "type": "ice", "candidate": { "candidate": "a".repeat(2000) } }));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    // A message without fields refuses fields too (serde alone would ignore them).
    helper.send(&json!({ "type": "end", "force": true }));
    assert_eq!(helper.expect("error").await["code"], "invalid_request");
    // Still connected and working.
    helper.send(&json!({ "type": "chat", "text": "still here" }));
    assert_eq!(sharer.until("chat").await["message"]["text"], "still here");
}

#[tokio::test]
async fn binary_floods_are_limited_and_an_oversized_frame_is_told_before_the_close() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, _sharer) = connected(&app, &desk).await;
    for _ in 0..100 {
        helper.send_raw(Message::Binary(vec![0; 16].into()));
    }
    let mut codes = Vec::new();
    for _ in 0..100 {
        codes.push(
            helper.expect("error").await["code"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let limited = codes.iter().filter(|c| *c == "too_many_attempts").count();
    assert!(
        limited >= 30,
        "the frame budget applies to binary frames: {codes:?}"
    );
    // Past the hard cap (1 MiB) the socket closes, but with an error frame first and 1009.
    tokio::time::sleep(Duration::from_secs(2)).await;
    helper.send_raw(Message::Text("z".repeat(2 * 1024 * 1024).into()));
    assert_eq!(helper.until("error").await["code"], "payload_too_large");
    assert_eq!(helper.until(CLOSED).await["code"], 1009);
}

#[tokio::test]
async fn chat_can_be_turned_off_and_survives_a_restart() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (id, helper, mut sharer) = connected(&app, &desk).await;
    helper.send(&json!({ "type": "chat", "text": "السلام عليكم 👋" }));
    sharer.until("chat").await;
    settings(&app, &desk.admin, json!({ "chat_enabled": false })).await;
    sharer.send(&json!({ "type": "chat", "text": "hello?" }));
    assert_eq!(sharer.until("error").await["code"], "chat_disabled");
    settings(&app, &desk.admin, json!({ "chat_enabled": true })).await;
    drop(helper);
    drop(sharer);

    let mut app = app;
    app.restart().await;
    let mut helper = Peer::connect(&app, &desk.helper_token, &id, true).await;
    let welcome = helper.expect("welcome").await;
    assert_eq!(welcome["chat"].as_array().unwrap().len(), 1);
    assert_eq!(welcome["chat"][0]["text"], "السلام عليكم 👋");
}

#[tokio::test]
async fn only_participants_connect_and_browsers_must_be_same_origin() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let created = start(&app, &desk, None).await;
    let id = id_of(&created);
    let admin_token = token(&app, "ada@contoso.com").await;
    assert_eq!(
        Peer::try_connect(&app, &admin_token, &id, true).await.err(),
        Some(404)
    );
    let response = desk
        .admin
        .get(app.url(&format!("/api/v1/sessions/{id}")))
        .send()
        .await
        .unwrap();
    expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    // A cookie-authenticated upgrade from another site is refused.
    let response = desk
        .helper
        .get(app.url(&format!("/api/v1/sessions/{id}/ws")))
        .header("origin", "https://evil.example")
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-version", "13")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .send()
        .await
        .unwrap();
    expect_error(response, StatusCode::FORBIDDEN, ErrorCode::OriginMismatch).await;
    // Same origin (the browser client sends it) upgrades.
    let response = desk
        .helper
        .get(app.url(&format!("/api/v1/sessions/{id}/ws")))
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-version", "13")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SWITCHING_PROTOCOLS);
}

#[tokio::test]
async fn ice_servers_come_from_configuration_with_short_lived_turn_credentials() {
    let app = TestApp::spawn_with(|config| {
        config.stun_urls = vec!["stun:stun.contoso.com:3478".to_owned()];
        config.turn_urls = vec!["turns:turn.contoso.com:443?transport=tcp".to_owned()];
        config.turn_secret = Some(assist_server::config::Secret::new("shared with coturn"));
    })
    .await;
    let desk = desk(&app, true).await;
    let created = start(&app, &desk, None).await;
    let id = id_of(&created);
    expect_json(
        join_web(&app, &desk.sharer, &code_of(&created)).await,
        StatusCode::OK,
    )
    .await;
    let ice_for = |client: &reqwest::Client, query: String| {
        client
            .get(app.url(&format!("/api/v1/ice-servers{query}")))
            .send()
    };
    let ice = expect_json(
        ice_for(&desk.sharer, format!("?session={id}"))
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        ice["ice_servers"][0],
        json!({ "urls": ["stun:stun.contoso.com:3478"] })
    );
    let username = ice["ice_servers"][1]["username"].as_str().unwrap();
    assert!(
        username.ends_with(&format!(":{id}:{}", desk.sharer_id)),
        "bound to the session and the person: {username}"
    );
    assert!(ice["ice_servers"][1]["credential"].as_str().unwrap().len() >= 28);

    // Without a session: STUN only. Someone who is not a participant: refused.
    let plain = expect_json(
        ice_for(&desk.sharer, String::new()).await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(plain["ice_servers"].as_array().unwrap().len(), 1, "{plain}");
    let outsider = app.user(&desk.admin, "otto@contoso.com", false).await;
    let otto = app.sign_in(&outsider.email).await;
    expect_error(
        ice_for(&otto, format!("?session={id}")).await.unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    // Once the session has ended, no more credentials for it.
    let ended = desk
        .admin
        .post(app.url(&format!("/api/v1/sessions/{id}/revoke")))
        .send()
        .await
        .unwrap();
    assert!(ended.status().is_success(), "{}", ended.status());
    assert_eq!(
        ice_for(&desk.sharer, format!("?session={id}"))
            .await
            .unwrap()
            .status(),
        StatusCode::CONFLICT
    );
    let anonymous = reqwest::get(app.url("/api/v1/ice-servers")).await.unwrap();
    expect_error(
        anonymous,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
}

#[tokio::test]
async fn reports_filter_page_and_expire_after_the_retention_period() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    settings(&app, &desk.admin, json!({ "report_retention_days": 7 })).await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let created = start(&app, &desk, None).await;
        let id = id_of(&created);
        let response = desk
            .helper
            .get(app.url(&format!("/api/v1/sessions/{id}")))
            .send()
            .await
            .unwrap();
        expect_json(response, StatusCode::OK).await;
        ids.push(id);
    }
    // Two expire unredeemed; one is joined and still live.
    expect_json(
        join_web(
            &app,
            &desk.sharer,
            &code_of(&start(&app, &desk, None).await),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    app.clock.advance(Duration::from_mins(11));
    tokio::time::sleep(Duration::from_millis(600)).await;
    let expired = expect_json(
        desk.admin
            .get(app.url("/api/v1/reports/sessions?end_reason=code_expired&limit=2"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(expired["items"].as_array().unwrap().len(), 2);
    assert_eq!(expired["items"][0]["id"], ids[2].as_str());
    let cursor = expired["next_cursor"].as_str().unwrap();
    let rest = expect_json(
        desk.admin
            .get(app.url(&format!(
                "/api/v1/reports/sessions?end_reason=code_expired&limit=2&cursor={cursor}"
            )))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(rest["items"][0]["id"], ids[0].as_str());
    assert_eq!(rest["next_cursor"], Value::Null);
    let by_sharer = expect_json(
        desk.admin
            .get(app.url(&format!(
                "/api/v1/reports/sessions?sharer_id={}",
                desk.sharer_id
            )))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(by_sharer["items"].as_array().unwrap().len(), 1);
    assert_eq!(by_sharer["items"][0]["state"], "joined");
    let bad = desk
        .admin
        .get(app.url("/api/v1/reports/sessions?end_reason=bored"))
        .send()
        .await
        .unwrap();
    expect_error(bad, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    // Sharers cannot read reports.
    let response = desk
        .sharer
        .get(app.url("/api/v1/reports/sessions"))
        .send()
        .await
        .unwrap();
    expect_error(response, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;

    // After the retention period, housekeeping deletes ended sessions, not live ones.
    app.clock
        .advance(Duration::from_hours(7 * 24) + Duration::from_secs(1));
    let pruned = assist_server::domain::maintenance::prune(&app.deps().await)
        .await
        .unwrap();
    assert_eq!(pruned.session_reports, 3);
    let admin = app.sign_in("ada@contoso.com").await;
    let left = expect_json(
        admin
            .get(app.url("/api/v1/reports/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(left["items"].as_array().unwrap().len(), 1);
    assert_eq!(left["items"][0]["state"], "joined");
}

/// Both sides hear, within the WebSocket's recheck, that the session ended because someone's
/// access was withdrawn; the audit says whose and why.
async fn both_told_access_withdrawn(
    app: &TestApp,
    desk: &Desk,
    helper: &mut Peer,
    sharer: &mut Peer,
    why: &str,
) {
    let ended = json!({ "state": "ended", "reason": "access_withdrawn" });
    for peer in [helper, sharer] {
        loop {
            let state = peer.state().await;
            if state["state"] == "ended" {
                assert_eq!(state, ended);
                break;
            }
        }
    }
    let audit = expect_json(
        desk.admin
            .get(app.url("/api/v1/audit?action=session.access_withdrawn"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"][0]["detail"]["reason"], why, "{audit}");
}

async fn helper_id(app: &TestApp, desk: &Desk) -> String {
    let me = expect_json(
        desk.helper.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    me["user"]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn disabling_the_helper_ends_the_live_session_at_once_for_both() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    grant_view(&mut helper, &mut sharer).await;
    let started = Instant::now();
    let user = app.url(&format!("/api/v1/users/{}", helper_id(&app, &desk).await));
    let disable = desk.admin.patch(user).json(&json!({ "disabled": true }));
    expect_json(disable.send().await.unwrap(), StatusCode::OK).await;
    both_told_access_withdrawn(&app, &desk, &mut helper, &mut sharer, "account_disabled").await;
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn removing_the_helpers_role_ends_the_live_session() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    grant_view(&mut helper, &mut sharer).await;
    let assignments = expect_json(
        desk.admin
            .get(app.url("/api/v1/role-assignments"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let id = assignments["items"][0]["id"].as_str().unwrap();
    let url = app.url(&format!("/api/v1/role-assignments/{id}"));
    let removed = desk.admin.delete(url).send().await.unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    both_told_access_withdrawn(&app, &desk, &mut helper, &mut sharer, "role_removed").await;
}

#[tokio::test]
async fn revoking_the_helpers_sign_in_ends_the_live_session() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    // The helper's connection holds an app's sign-in; the helper signs it out from a browser.
    let sign_ins = expect_json(
        desk.helper
            .get(app.url("/api/v1/me/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let app_sign_in = sign_ins
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "app")
        .unwrap();
    let id = app_sign_in["id"].as_str().unwrap();
    let revoked = desk
        .helper
        .delete(app.url(&format!("/api/v1/me/sessions/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
    both_told_access_withdrawn(
        &app,
        &desk,
        &mut helper,
        &mut sharer,
        "signed_out_or_disabled",
    )
    .await;
}

#[tokio::test]
async fn a_conditional_access_policy_that_now_blocks_the_helper_ends_the_live_session() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    let helper_user = helper_id(&app, &desk).await;
    let policy = json!({ "name": "Helpers only from the office", "state": "enabled",
        "targets": { "users": [helper_user] }, "grant": "block" });
    expect_json(
        desk.admin
            .post(app.url("/api/v1/access-policies"))
            .json(&policy)
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    both_told_access_withdrawn(&app, &desk, &mut helper, &mut sharer, "conditional_access").await;
}

#[tokio::test]
async fn a_helper_whose_access_stands_keeps_the_session() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let (_, mut helper, mut sharer) = connected(&app, &desk).await;
    // Several rechecks pass without anything changing.
    assert!(helper.quiet_for(Duration::from_secs(5)).await);
    assert!(sharer.quiet_for(Duration::from_millis(100)).await);
}
