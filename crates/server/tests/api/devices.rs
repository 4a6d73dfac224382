//! Devices: enrollment with tokens and an Ed25519 key, signed check-ins that cannot be forged
//! or replayed, the inventory with search and filters, compliance policies, retire and delete.

use assist_protocol::error::ErrorCode;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signer, SigningKey};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{TestApp, expect_error, expect_json};

/// A device as the agent will be: its key and, once enrolled, its ID and credential.
pub struct TestDevice {
    key: SigningKey,
    pub id: String,
    credential: String,
}

pub fn facts(host: &str, os: &str, encrypted: bool) -> Value {
    json!({ "host_name": host, "platform": "windows", "os_version": os, "agent_version": "1.0.0",
            "model": "Surface Laptop 5", "serial_number": format!("SN-{host}"), "disk_encrypted": encrypted,
            "primary_user": "sam@contoso.com" })
}

/// Creates an enrollment token as `admin`.
pub async fn enrollment_token(
    app: &TestApp,
    admin: &reqwest::Client,
    max_uses: u32,
) -> (String, String) {
    let created = expect_json(
        admin
            .post(app.url("/api/v1/enrollment-tokens"))
            .json(
                &json!({ "name": "Office rollout", "expires_in_hours": 24, "max_uses": max_uses }),
            )
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    (
        created["secret"].as_str().unwrap().to_owned(),
        created["token"]["id"].as_str().unwrap().to_owned(),
    )
}

async fn try_enroll(
    app: &TestApp,
    token: &str,
    key: &SigningKey,
    facts: Value,
) -> reqwest::Response {
    let body = json!({ "enrollment_token": token, "public_key": STANDARD.encode(key.verifying_key().as_bytes()), "facts": facts });
    reqwest::Client::new()
        .post(app.url("/api/v1/devices/enroll"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Enrolls a new device with `token`.
pub async fn enroll(app: &TestApp, token: &str, facts: Value) -> TestDevice {
    let key = SigningKey::from_bytes(&rand_bytes());
    let enrolled = expect_json(
        try_enroll(app, token, &key, facts).await,
        StatusCode::CREATED,
    )
    .await;
    TestDevice {
        key,
        id: enrolled["device_id"].as_str().unwrap().to_owned(),
        credential: enrolled["credential"].as_str().unwrap().to_owned(),
    }
}

fn rand_bytes() -> [u8; 32] {
    let mut bytes = [0_u8; 32];
    for (i, b) in uuid::Uuid::new_v4()
        .as_bytes()
        .iter()
        .chain(uuid::Uuid::new_v4().as_bytes())
        .enumerate()
    {
        bytes[i] = *b;
    }
    bytes
}

impl TestDevice {
    /// The device proof the agent sends with a code redemption, signed now.
    pub fn join_proof(&self, app: &TestApp, code_digits: &str) -> Value {
        let now = assist_server::domain::clock::Clock::now(app.clock.as_ref());
        let timestamp = i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap();
        let signed = assist_server::domain::devices::signing_input(
            "POST",
            "/api/v1/sessions/join",
            timestamp,
            code_digits.as_bytes(),
        );
        json!({
            "credential": self.credential,
            "timestamp_ms": timestamp,
            "signature": STANDARD.encode(self.key.sign(&signed).to_bytes()),
        })
    }

    /// A signed check-in at `timestamp_ms` (the app's clock unless given).
    pub fn check_in(
        &self,
        app: &TestApp,
        facts: &Value,
        timestamp_ms: Option<i64>,
    ) -> reqwest::RequestBuilder {
        let now = assist_server::domain::clock::Clock::now(app.clock.as_ref());
        let timestamp = timestamp_ms
            .unwrap_or_else(|| i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap());
        let body = serde_json::to_vec(&json!({ "facts": facts })).unwrap();
        let signed = assist_server::domain::devices::signing_input(
            "POST",
            "/api/v1/devices/check-in",
            timestamp,
            &body,
        );
        let signature = STANDARD.encode(self.key.sign(&signed).to_bytes());
        reqwest::Client::new()
            .post(app.url("/api/v1/devices/check-in"))
            .header("authorization", format!("Device {}", self.credential))
            .header("x-assist-timestamp", timestamp.to_string())
            .header("x-assist-signature", signature)
            .header("content-type", "application/json")
            .body(body)
    }
}

#[tokio::test]
async fn enrollment_tokens_are_checked_and_counted() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (token, token_id) = enrollment_token(&app, &admin, 2).await;
    let key = SigningKey::from_bytes(&rand_bytes());

    let bad_key = reqwest::Client::new()
        .post(app.url("/api/v1/devices/enroll"))
        .json(&json!({ "enrollment_token": token, "public_key": "bm90IGEga2V5", "facts": facts("PC-1", "10.0.22631", true) }))
        .send()
        .await
        .unwrap();
    expect_error(bad_key, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    let bad_facts = try_enroll(
        &app,
        &token,
        &key,
        json!({ "host_name": "PC-1", "platform": "amiga" }),
    )
    .await;
    expect_error(
        bad_facts,
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    let message = expect_error(
        try_enroll(&app, "ase_forged", &key, facts("PC-1", "10", true)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::EnrollmentRefused,
    )
    .await;
    assert!(message.contains("not known"), "{message}");

    enroll(&app, &token, facts("PC-1", "10.0.22631", true)).await;
    enroll(&app, &token, facts("PC-2", "10.0.22631", true)).await;
    let message = expect_error(
        try_enroll(&app, &token, &key, facts("PC-3", "10", true)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::EnrollmentRefused,
    )
    .await;
    assert!(message.contains("used as many times"), "{message}");
    let tokens = expect_json(
        admin
            .get(app.url("/api/v1/enrollment-tokens"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(tokens["items"][0]["uses"], 2);
    assert!(
        !tokens.to_string().contains(&token),
        "secrets are never listed"
    );

    let (revoked, revoked_id) = enrollment_token(&app, &admin, 5).await;
    assert_eq!(
        admin
            .delete(app.url(&format!("/api/v1/enrollment-tokens/{revoked_id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    let message = expect_error(
        try_enroll(&app, &revoked, &key, facts("PC-4", "10", true)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::EnrollmentRefused,
    )
    .await;
    assert!(message.contains("revoked"), "{message}");

    let (expiring, _) = enrollment_token(&app, &admin, 5).await;
    app.clock.advance(std::time::Duration::from_hours(25));
    let message = expect_error(
        try_enroll(&app, &expiring, &key, facts("PC-5", "10", true)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::EnrollmentRefused,
    )
    .await;
    assert!(message.contains("expired"), "{message}");
    let admin = app.sign_in("ada@contoso.com").await;
    let devices = expect_json(
        admin.get(app.url("/api/v1/devices")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        devices["items"].as_array().unwrap().len(),
        2,
        "refused enrollments leave nothing behind"
    );
    let _ = token_id;
}

#[tokio::test]
async fn check_ins_must_be_signed_fresh_and_in_order() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (token, _) = enrollment_token(&app, &admin, 5).await;
    let device = enroll(&app, &token, facts("PC-1", "10.0.22631", true)).await;
    let current = facts("PC-1", "10.0.22631", true);

    let first = device.check_in(&app, &current, None).build().unwrap();
    let replay = first.try_clone().unwrap();
    let compliance = expect_json(
        reqwest::Client::new().execute(first).await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(compliance, json!({ "compliant": true, "failing": [] }));
    let replayed = reqwest::Client::new().execute(replay).await.unwrap();
    expect_error(
        replayed,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;

    // A tampered body no longer matches its signature.
    app.clock.advance(std::time::Duration::from_secs(1));
    let mut tampered = device.check_in(&app, &current, None).build().unwrap();
    *tampered.body_mut() = Some(
        serde_json::to_vec(&json!({ "facts": facts("EVIL", "10.0.22631", true) }))
            .unwrap()
            .into(),
    );
    expect_error(
        reqwest::Client::new().execute(tampered).await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    // Stale timestamps, a forged credential, another key, and no signature are refused.
    let now_ms = i64::try_from(
        assist_server::domain::clock::Clock::now(app.clock.as_ref()).unix_timestamp_nanos()
            / 1_000_000,
    )
    .unwrap();
    expect_error(
        device
            .check_in(&app, &current, Some(now_ms - 10 * 60 * 1000))
            .send()
            .await
            .unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let impostor = TestDevice {
        key: SigningKey::from_bytes(&rand_bytes()),
        id: device.id.clone(),
        credential: device.credential.clone(),
    };
    expect_error(
        impostor
            .check_in(&app, &current, None)
            .send()
            .await
            .unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let forged = TestDevice {
        key: device.key.clone(),
        id: device.id.clone(),
        credential: "asd_forged".to_owned(),
    };
    expect_error(
        forged.check_in(&app, &current, None).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let unsigned = reqwest::Client::new()
        .post(app.url("/api/v1/devices/check-in"))
        .header("authorization", format!("Device {}", device.credential))
        .json(&json!({ "facts": current }))
        .send()
        .await
        .unwrap();
    expect_error(
        unsigned,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    // A device credential is not a user's token.
    let as_user = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&device.credential)
        .send()
        .await
        .unwrap();
    expect_error(
        as_user,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;

    // A later, properly signed check-in still works; retiring stops it.
    app.clock.advance(std::time::Duration::from_secs(1));
    expect_json(
        device.check_in(&app, &current, None).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        admin
            .post(app.url(&format!("/api/v1/devices/{}/retire", device.id)))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    app.clock.advance(std::time::Duration::from_secs(1));
    expect_error(
        device.check_in(&app, &current, None).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let retired = expect_json(
        admin
            .get(app.url(&format!("/api/v1/devices/{}", device.id)))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(retired["state"], "retired");
    assert_eq!(
        admin
            .delete(app.url(&format!("/api/v1/devices/{}", device.id)))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    expect_error(
        admin
            .get(app.url(&format!("/api/v1/devices/{}", device.id)))
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
}

#[tokio::test]
async fn compliance_policies_judge_devices_on_change_on_check_in_and_over_time() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (token, _) = enrollment_token(&app, &admin, 5).await;
    let old = enroll(&app, &token, facts("OLD-PC", "10.0.19045", false)).await;
    let new = enroll(&app, &token, facts("NEW-PC", "10.0.22631", true)).await;

    let policy = expect_json(
        admin
            .post(app.url("/api/v1/compliance-policies"))
            .json(&json!({ "name": "Baseline", "rules": { "min_os_version": { "windows": "10.0.22000" }, "disk_encryption_required": true, "max_days_since_check_in": 7 } }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let bad = admin
        .post(app.url("/api/v1/compliance-policies"))
        .json(&json!({ "name": "Bad", "rules": { "min_os_version": { "windows": "ten" } } }))
        .send()
        .await
        .unwrap();
    expect_error(bad, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;

    let failing = expect_json(
        admin
            .get(app.url("/api/v1/devices?compliant=false"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let items = failing["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["facts"]["host_name"], "OLD-PC");
    assert_eq!(
        items[0]["compliance"]["failing"],
        json!([
            "Baseline: Windows 10.0.19045 is older than the required 10.0.22000",
            "Baseline: disk encryption is off"
        ])
    );

    // Updating fixes it at check-in.
    let fixed = expect_json(
        old.check_in(&app, &facts("OLD-PC", "10.0.22631", true), None)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(fixed["compliant"], true);

    // Time passes without check-ins: both fall out of compliance.
    app.clock.advance(std::time::Duration::from_hours(8 * 24));
    let admin = app.sign_in("ada@contoso.com").await;
    let detail = expect_json(
        admin
            .get(app.url(&format!("/api/v1/devices/{}", new.id)))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        detail["compliance"]["failing"],
        json!(["Baseline: last check-in 8 days ago, more than the allowed 7"])
    );

    // Deleting the policy re-evaluates everyone.
    let id = policy["id"].as_str().unwrap();
    assert_eq!(
        admin
            .delete(app.url(&format!("/api/v1/compliance-policies/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    let all = expect_json(
        admin
            .get(app.url("/api/v1/devices?compliant=true"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(all["items"].as_array().unwrap().len(), 2);

    // Search and filters.
    let found = expect_json(
        admin
            .get(app.url("/api/v1/devices?search=new-"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(found["items"].as_array().unwrap().len(), 1);
    let macs = expect_json(
        admin
            .get(app.url("/api/v1/devices?platform=macos"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(macs["items"].as_array().unwrap().len(), 0);
    // Devices of a group: only the one added to it.
    let group = crate::rbac::group(&app, &admin, "Laptops", &[]).await;
    assert_eq!(
        admin
            .put(app.url(&format!("/api/v1/groups/{group}/devices/{}", new.id)))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    let in_group = expect_json(
        admin
            .get(app.url(&format!("/api/v1/devices?group_id={group}")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let ids: Vec<&str> = in_group["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [new.id.as_str()]);
    expect_error(
        admin
            .get(app.url("/api/v1/devices?group_id=not-a-group"))
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    let paged = expect_json(
        admin
            .get(app.url("/api/v1/devices?limit=1"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert!(paged["next_cursor"].is_string());
    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?action=device.enrolled"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 2);
}
