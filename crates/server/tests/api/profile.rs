//! A person's own profile: they change their name, job title and company themselves
//! (`PATCH /api/v1/me`, audited), unless their organisation's single sign-on manages them.

use assist_protocol::api::sso::SsoClaimNames;
use assist_protocol::error::ErrorCode;
use assist_server::store::sso::SsoRow;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{TestApp, expect_error, expect_json};

#[tokio::test]
async fn people_change_their_own_name_job_title_and_company() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "owner@contoso.com").await;
    app.user(&owner, "sue@contoso.com", false).await;
    let sue = app.sign_in("sue@contoso.com").await;

    let me = expect_json(
        sue.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["profile_managed"], false);

    let changed = expect_json(
        sue.patch(app.url("/api/v1/me"))
            .json(&json!({ "display_name": "Sue Sharer", "job_title": "Accountant", "company": "Contoso Finance" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(changed["display_name"], "Sue Sharer");
    assert_eq!(changed["job_title"], "Accountant");
    assert_eq!(changed["company"], "Contoso Finance");
    let me = expect_json(
        sue.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["user"]["display_name"], "Sue Sharer");

    // Only the fields given change; an empty job title clears it.
    let changed = expect_json(
        sue.patch(app.url("/api/v1/me"))
            .json(&json!({ "job_title": "" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(changed["job_title"], "");
    assert_eq!(changed["company"], "Contoso Finance");

    // A name is needed, and nothing else of the account can be changed this way.
    for body in [
        json!({ "display_name": "  " }),
        json!({ "is_admin": true }),
        json!({ "email": "boss@contoso.com" }),
    ] {
        expect_error(
            sue.patch(app.url("/api/v1/me"))
                .json(&body)
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
    }

    // Audited as Sue's own act, with before and after.
    let page = expect_json(
        owner
            .get(app.url("/api/v1/audit"))
            .query(&[("action", "user.profile_updated")])
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let events = page["items"].as_array().unwrap();
    assert_eq!(events.len(), 2, "{events:?}");
    let first = events
        .iter()
        .find(|event| {
            event["detail"]["after"]["display_name"] == "Sue Sharer"
                && event["detail"]["before"]["company"] == ""
        })
        .expect("the first change");
    assert_eq!(
        first["actor"],
        me["user"]["id"]
            .as_str()
            .map(|id| format!("user:{id}"))
            .unwrap()
    );
    assert_eq!(
        first["detail"]["changed"],
        json!(["display_name", "job_title", "company"])
    );
}

#[tokio::test]
async fn a_profile_from_single_sign_on_is_the_organisations_to_change() {
    let app = TestApp::spawn().await;
    let (owner, admin) = app.tenant("Contoso", "owner@contoso.com").await;
    let sue = app.user(&owner, "sue@contoso.com", false).await;
    let browser = app.sign_in("sue@contoso.com").await;

    // Contoso signs in with its identity provider, and Sue's account is linked to it.
    let deps = app.deps().await;
    let mut config = SsoRow {
        tenant_id: admin.tenant.id,
        issuer: "https://login.contoso.com".to_owned(),
        client_id: "assist".to_owned(),
        client_secret: None,
        scopes: vec!["openid".to_owned(), "email".to_owned()],
        claims: SsoClaimNames::default(),
        button_label: "Sign in with Contoso".to_owned(),
        enabled: true,
        updated_at: deps.clock.now(),
    };
    {
        let mut db = deps.store.db().await.unwrap();
        assist_server::store::sso::put(&mut db, &config)
            .await
            .unwrap();
        assist_server::store::sso::link_identity(
            &mut db,
            &config.issuer,
            "sue-at-contoso",
            admin.tenant.id,
            sue.id,
            deps.clock.now(),
        )
        .await
        .unwrap();
    }
    let me = expect_json(
        browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["profile_managed"], true);
    let message = expect_error(
        browser
            .patch(app.url("/api/v1/me"))
            .json(&json!({ "job_title": "Chief Executive" }))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        ErrorCode::ProfileManaged,
    )
    .await;
    assert!(message.contains("administrator"), "{message}");

    // Her administrator still can.
    expect_json(
        owner
            .patch(app.url(&format!("/api/v1/users/{}", sue.id)))
            .json(&json!({ "job_title": "Senior Accountant" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;

    // The owner's account is not linked: their profile stays their own.
    let owner_me = expect_json(
        owner.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(owner_me["profile_managed"], false);

    // With single sign-on turned off, the profile is Sue's own again.
    config.enabled = false;
    assist_server::store::sso::put(&mut deps.store.db().await.unwrap(), &config)
        .await
        .unwrap();
    let changed = expect_json(
        browser
            .patch(app.url("/api/v1/me"))
            .json(&json!({ "job_title": "Accountant" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(changed["job_title"], "Accountant");
}
