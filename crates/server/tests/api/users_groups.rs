//! Users and groups: create, read, page, change, delete, membership, and the rule that a
//! tenant keeps an enabled administrator.

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{TestApp, expect_error, expect_json};

#[tokio::test]
async fn users_are_created_paged_changed_and_deleted() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    for i in 0..5 {
        app.user(&admin, &format!("user{i}@contoso.com"), false)
            .await;
    }
    let duplicate = admin
        .post(app.url("/api/v1/users"))
        .json(&json!({ "email": "USER0@contoso.com", "display_name": "Again" }))
        .send()
        .await
        .unwrap();
    expect_error(duplicate, StatusCode::CONFLICT, ErrorCode::Conflict).await;

    let first = expect_json(
        admin
            .get(app.url("/api/v1/users?limit=4"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(first["items"].as_array().unwrap().len(), 4);
    let cursor = first["next_cursor"].as_str().expect("more pages");
    let second = expect_json(
        admin
            .get(app.url(&format!("/api/v1/users?limit=4&cursor={cursor}")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(second["items"].as_array().unwrap().len(), 2);
    assert!(second["next_cursor"].is_null());

    let id = second["items"][1]["id"].as_str().unwrap().to_owned();
    let changed = expect_json(
        admin
            .patch(app.url(&format!("/api/v1/users/{id}")))
            .json(&json!({ "display_name": "محمد 李 🎉", "job_title": "Technician", "company": "Contoso Ltd" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(changed["display_name"], "محمد 李 🎉");
    assert_eq!(changed["job_title"], "Technician");

    let deleted = admin
        .delete(app.url(&format!("/api/v1/users/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    expect_error(
        admin
            .get(app.url(&format!("/api/v1/users/{id}")))
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
}

#[tokio::test]
async fn the_last_enabled_administrator_cannot_be_removed() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    let path = app.url(&format!("/api/v1/users/{}", me.user.id));
    expect_error(
        admin
            .patch(&path)
            .json(&json!({ "is_admin": false }))
            .send()
            .await
            .unwrap(),
        StatusCode::CONFLICT,
        ErrorCode::Conflict,
    )
    .await;
    expect_error(
        admin
            .patch(&path)
            .json(&json!({ "disabled": true }))
            .send()
            .await
            .unwrap(),
        StatusCode::CONFLICT,
        ErrorCode::Conflict,
    )
    .await;
    expect_error(
        admin.delete(&path).send().await.unwrap(),
        StatusCode::CONFLICT,
        ErrorCode::Conflict,
    )
    .await;
    // Nothing changed, and the session survived the refused disable.
    let me_now = expect_json(
        admin.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me_now["user"]["is_admin"], true);
    assert_eq!(me_now["user"]["disabled"], false);

    let second = app.user(&admin, "grace@contoso.com", true).await;
    let demote = expect_json(
        admin
            .patch(&path)
            .json(&json!({ "is_admin": false }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(demote["is_admin"], false);
    assert!(second.is_admin);
}

#[tokio::test]
async fn groups_hold_members_of_their_tenant() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let bob = app.user(&admin, "bob@contoso.com", false).await;
    let group = expect_json(
        admin
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": "Help desk", "description": "First line" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let id = group["id"].as_str().unwrap();
    let same_name = admin
        .post(app.url("/api/v1/groups"))
        .json(&json!({ "name": "Help desk" }))
        .send()
        .await
        .unwrap();
    expect_error(same_name, StatusCode::CONFLICT, ErrorCode::Conflict).await;

    let member = app.url(&format!("/api/v1/groups/{id}/members/{}", bob.id));
    for _ in 0..2 {
        assert_eq!(
            admin.put(&member).send().await.unwrap().status(),
            StatusCode::NO_CONTENT,
            "idempotent"
        );
    }
    let members = expect_json(
        admin
            .get(app.url(&format!("/api/v1/groups/{id}/members")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(members["items"][0]["email"], "bob@contoso.com");
    let fetched = expect_json(
        admin
            .get(app.url(&format!("/api/v1/groups/{id}")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(fetched["member_count"], 1);

    let renamed = expect_json(
        admin
            .patch(app.url(&format!("/api/v1/groups/{id}")))
            .json(&json!({ "name": "Service desk" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(renamed["name"], "Service desk");
    assert_eq!(renamed["description"], "First line");

    assert_eq!(
        admin.delete(&member).send().await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    expect_error(
        admin.delete(&member).send().await.unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    assert_eq!(
        admin
            .delete(app.url(&format!("/api/v1/groups/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    // The user outlives the group.
    expect_json(
        admin
            .get(app.url(&format!("/api/v1/users/{}", bob.id)))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
}
