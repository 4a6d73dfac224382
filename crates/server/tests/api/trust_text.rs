//! Names shown on a trust screen or in an administrator's list cannot be disguised: user names,
//! job titles and companies, group, role and token names and descriptions, device facts and the
//! app label refuse bidirectional controls and invisible characters with `invalid_request`
//! naming the field, and keep every script and emoji as typed (Arabic, Persian with its
//! zero-width non-joiner, emoji joined with a zero-width joiner).

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::devices::{enroll, enrollment_token, facts};
use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

/// `Invoice<RLO>gpj.exe`, which a browser shows as `Invoiceexe.jpg`.
const OVERRIDE: &str = "Invoice\u{202e}gpj.exe";
/// `Ada<ZWSP>Lovelace`, which looks like `AdaLovelace` and is not.
const ZERO_WIDTH: &str = "Ada\u{200b}Lovelace";
/// What each disguise's refusal names.
const DISGUISES: [(&str, &str); 2] = [(OVERRIDE, "U+202E"), (ZERO_WIDTH, "U+200B")];

/// Names in scripts that need what the rule could be mistaken to refuse.
const ARABIC: &str = "محمد عبد الله";
/// Persian "Mohammad-Reza" with ZERO WIDTH NON-JOINER (U+200C) inside the word.
const PERSIAN: &str = "محمد\u{200c}رضا";
/// A woman technologist: WOMAN, ZERO WIDTH JOINER, LAPTOP.
const EMOJI: &str = "Ada \u{1f469}\u{200d}\u{1f4bb}";

/// Sends `request`; asserts a 400 `invalid_request` whose message names `field` and the
/// character (`code`).
async fn refused(request: reqwest::RequestBuilder, field: &str, code: &str) {
    let message = expect_error(
        request.send().await.unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    assert!(
        message.contains(field) && message.contains(code),
        "the message should name {field} and {code}: {message}"
    );
}

#[tokio::test]
async fn users_and_profiles_refuse_disguised_names() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    let me_id = me.user.id.to_string();
    for (i, (text, code)) in DISGUISES.into_iter().enumerate() {
        for field in ["display_name", "job_title", "company"] {
            let mut body = json!({
                "email": format!("new{i}-{field}@contoso.com"),
                "display_name": "New Person",
                "password": PASSWORD,
            });
            body[field] = json!(text);
            let request = admin.post(app.url("/api/v1/users")).json(&body);
            refused(request, field, code).await;

            let request = admin
                .patch(app.url(&format!("/api/v1/users/{me_id}")))
                .json(&json!({ field: text }));
            refused(request, field, code).await;
        }
    }
    // Nothing was created and the profile is unchanged.
    let users = expect_json(
        admin.get(app.url("/api/v1/users")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(users["items"].as_array().unwrap().len(), 1);
    assert_eq!(users["items"][0]["display_name"], "Admin of Contoso");
}

#[tokio::test]
async fn every_script_and_emoji_is_kept_as_typed() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    for (i, name) in [ARABIC, PERSIAN, EMOJI].into_iter().enumerate() {
        let created = expect_json(
            admin
                .post(app.url("/api/v1/users"))
                .json(&json!({
                    "email": format!("person{i}@contoso.com"),
                    "display_name": name,
                    "job_title": name,
                    "company": name,
                    "password": PASSWORD,
                }))
                .send()
                .await
                .unwrap(),
            StatusCode::CREATED,
        )
        .await;
        for field in ["display_name", "job_title", "company"] {
            assert_eq!(created[field], name, "{field}");
        }
        let id = created["id"].as_str().unwrap();
        let changed = expect_json(
            admin
                .patch(app.url(&format!("/api/v1/users/{id}")))
                .json(&json!({ "display_name": format!("{name} 2") }))
                .send()
                .await
                .unwrap(),
            StatusCode::OK,
        )
        .await;
        assert_eq!(changed["display_name"], format!("{name} 2"));

        let group = expect_json(
            admin
                .post(app.url("/api/v1/groups"))
                .json(&json!({ "name": name, "description": name }))
                .send()
                .await
                .unwrap(),
            StatusCode::CREATED,
        )
        .await;
        assert_eq!(
            (&group["name"], &group["description"]),
            (&json!(name), &json!(name))
        );
        let role = expect_json(
            admin
                .post(app.url("/api/v1/roles"))
                .json(&json!({ "name": name, "description": name, "permissions": [] }))
                .send()
                .await
                .unwrap(),
            StatusCode::CREATED,
        )
        .await;
        assert_eq!(
            (&role["name"], &role["description"]),
            (&json!(name), &json!(name))
        );
        let token = expect_json(
            admin
                .post(app.url("/api/v1/tokens"))
                .json(&json!({ "name": name }))
                .send()
                .await
                .unwrap(),
            StatusCode::CREATED,
        )
        .await;
        assert_eq!(token["token"]["name"], name);
    }
}

#[tokio::test]
async fn groups_roles_and_tokens_refuse_disguised_names() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let group = expect_json(
        admin
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": "Finance" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let group_id = group["id"].as_str().unwrap();
    let role = expect_json(
        admin
            .post(app.url("/api/v1/roles"))
            .json(&json!({ "name": "Viewer", "permissions": [] }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let role_id = role["id"].as_str().unwrap();

    for (text, code) in DISGUISES {
        for field in ["name", "description"] {
            let mut body = json!({ "name": "Help desk" });
            body[field] = json!(text);
            let request = admin.post(app.url("/api/v1/groups")).json(&body);
            refused(request, field, code).await;
            let request = admin
                .patch(app.url(&format!("/api/v1/groups/{group_id}")))
                .json(&json!({ field: text }));
            refused(request, field, code).await;

            body["permissions"] = json!([]);
            let request = admin.post(app.url("/api/v1/roles")).json(&body);
            refused(request, field, code).await;
            let request = admin
                .patch(app.url(&format!("/api/v1/roles/{role_id}")))
                .json(&json!({ field: text }));
            refused(request, field, code).await;
        }
        let request = admin
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": text }));
        refused(request, "name", code).await;
        let request = admin
            .post(app.url("/api/v1/enrollment-tokens"))
            .json(&json!({ "name": text, "expires_in_hours": 24, "max_uses": 1 }));
        refused(request, "name", code).await;
    }
    let groups: Value = expect_json(
        admin.get(app.url("/api/v1/groups")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(groups["items"].as_array().unwrap().len(), 1);
    assert_eq!(groups["items"][0]["name"], "Finance");
    let tokens: Value = expect_json(
        admin.get(app.url("/api/v1/tokens")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(tokens["items"], json!([]));
}

#[tokio::test]
async fn devices_cannot_report_disguised_names() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (token, _) = enrollment_token(&app, &admin, 5).await;
    for (text, code) in DISGUISES {
        let body = json!({
            "enrollment_token": token,
            "public_key": "A".repeat(43) + "=",
            "facts": facts(text, "10.0.22631", true),
        });
        let client = reqwest::Client::new();
        let request = client.post(app.url("/api/v1/devices/enroll")).json(&body);
        refused(request, "host_name", code).await;
    }

    let device = enroll(&app, &token, facts("PC-1", "10.0.22631", true)).await;
    for (i, (text, code)) in DISGUISES.into_iter().enumerate() {
        app.clock.advance(std::time::Duration::from_secs(
            u64::try_from(i).unwrap() + 1,
        ));
        let request = device.check_in(&app, &facts(text, "10.0.22631", true), None);
        refused(request, "host_name", code).await;
    }
    let listed = expect_json(
        admin.get(app.url("/api/v1/devices")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed["items"][0]["facts"]["host_name"], "PC-1");
}

#[tokio::test]
async fn the_app_label_refuses_disguises() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let client = reqwest::Client::new();
    for (text, code) in DISGUISES {
        let request = client
            .post(app.url("/api/v1/auth/app/sign-in"))
            .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD, "app": text }));
        refused(request, "app", code).await;
    }
    let label = format!("Assist app on {PERSIAN}");
    expect_json(
        client
            .post(app.url("/api/v1/auth/app/sign-in"))
            .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD, "app": label }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
}
