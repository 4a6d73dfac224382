//! Conditional access: policies that block, allow or require a second factor, by user, group and
//! network, enforced at sign-in, report-only when asked, and audited with the policy's name.

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::rbac::group;
use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

async fn policy(app: &TestApp, admin: &reqwest::Client, body: Value) -> Value {
    expect_json(
        admin
            .post(app.url("/api/v1/access-policies"))
            .json(&body)
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await
}

async fn sign_in(app: &TestApp, email: &str) -> reqwest::Response {
    app.browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_blocking_policy_refuses_its_targets_by_name_and_is_audited() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let contractor = app.user(&admin, "carl@contoso.com", false).await;
    app.user(&admin, "sam@contoso.com", false).await;
    let contractors = group(&app, &admin, "Contractors", &[&contractor.id.to_string()]).await;
    policy(&app, &admin, json!({ "name": "No contractors", "state": "enabled", "targets": { "groups": [contractors] }, "grant": "block" })).await;

    let message = expect_error(
        sign_in(&app, "carl@contoso.com").await,
        StatusCode::FORBIDDEN,
        ErrorCode::ConditionalAccessBlocked,
    )
    .await;
    assert!(message.contains("No contractors"), "{message}");
    expect_json(sign_in(&app, "sam@contoso.com").await, StatusCode::OK).await;
    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?action=conditional_access.blocked"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 1);
    assert_eq!(audit["items"][0]["detail"]["policy"], "No contractors");
    assert_eq!(
        audit["items"][0]["target"],
        format!("user:{}", contractor.id)
    );
}

#[tokio::test]
async fn report_only_and_disabled_policies_never_refuse() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    app.user(&admin, "sam@contoso.com", false).await;
    policy(&app, &admin, json!({ "name": "Trial block", "state": "report_only", "targets": { "all_users": true }, "grant": "block" })).await;
    policy(&app, &admin, json!({ "name": "Old block", "state": "disabled", "targets": { "all_users": true }, "grant": "block" })).await;
    expect_json(sign_in(&app, "sam@contoso.com").await, StatusCode::OK).await;
    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?action=conditional_access.report_only"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let items = audit["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "the disabled policy is not evaluated");
    assert_eq!(items[0]["detail"]["policy"], "Trial block");
    assert_eq!(items[0]["detail"]["would_allow"], false);
}

#[tokio::test]
async fn networks_and_second_factor_conditions() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    app.user(&admin, "sam@contoso.com", false).await;
    // Applies only inside 10.0.0.0/8: tests connect from 127.0.0.1, so it does not apply.
    let office = policy(
        &app,
        &admin,
        json!({ "name": "Office only", "state": "enabled", "targets": { "all_users": true },
        "conditions": { "client_networks": ["10.0.0.0/8"] }, "grant": "block" }),
    )
    .await;
    expect_json(sign_in(&app, "sam@contoso.com").await, StatusCode::OK).await;
    // "Outside the office" (everything but 127.0.0.0/8 here) needs a second factor.
    let id = office["id"].as_str().unwrap();
    let outside = json!({ "name": "Second factor away from the office", "state": "enabled", "targets": { "all_users": true },
        "conditions": { "excluded_networks": ["192.0.2.0/24"] }, "grant": "require_second_factor" });
    expect_json(
        admin
            .put(app.url(&format!("/api/v1/access-policies/{id}")))
            .json(&outside)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let message = expect_error(
        sign_in(&app, "sam@contoso.com").await,
        StatusCode::FORBIDDEN,
        ErrorCode::ConditionalAccessBlocked,
    )
    .await;
    assert!(
        message.contains("Second factor away from the office"),
        "{message}"
    );
    // Excluding the address the tests come from lifts it.
    let inside = json!({ "name": "Second factor away from the office", "state": "enabled", "targets": { "all_users": true },
        "conditions": { "excluded_networks": ["127.0.0.0/8"] }, "grant": "require_second_factor" });
    expect_json(
        admin
            .put(app.url(&format!("/api/v1/access-policies/{id}")))
            .json(&inside)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_json(sign_in(&app, "sam@contoso.com").await, StatusCode::OK).await;
    let _ = me;
}

#[tokio::test]
async fn policies_are_validated() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (other, _) = app.tenant("Fabrikam", "eve@fabrikam.com").await;
    let theirs = group(&app, &other, "Theirs", &[]).await;
    for bad in [
        json!({ "name": "x", "state": "enabled", "targets": { "all_users": true }, "conditions": { "client_networks": ["10.0.0.0/33"] }, "grant": "block" }),
        json!({ "name": "x", "state": "enabled", "targets": { "groups": [theirs] }, "grant": "block" }),
        json!({ "name": "x", "state": "enabled", "targets": {}, "grant": "block" }),
        json!({ "name": "x", "state": "sometimes", "targets": { "all_users": true }, "grant": "block" }),
        json!({ "name": "x", "state": "enabled", "targets": { "all_users": true }, "grant": "maybe" }),
    ] {
        let response = admin
            .post(app.url("/api/v1/access-policies"))
            .json(&bad)
            .send()
            .await
            .unwrap();
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    }
    let list = expect_json(
        admin
            .get(app.url("/api/v1/access-policies"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}
