//! No request reaches another tenant's rows: for every resource, an administrator of one
//! tenant gets "not found" for the other's, and lists show only their own.

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{TestApp, expect_error, expect_json};

#[tokio::test]
async fn an_administrator_cannot_reach_another_tenants_rows() {
    let app = TestApp::spawn().await;
    let (contoso, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (fabrikam, fabrikam_admin) = app.tenant("Fabrikam", "eve@fabrikam.com").await;

    // Contoso's rows: a user with a picture, a group with a member, a token, a session.
    let bob = app.user(&contoso, "bob@contoso.com", false).await;
    let png = crate::pictures::tiny_png();
    let put = contoso
        .put(app.url(&format!("/api/v1/users/{}/picture", bob.id)))
        .body(png.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), StatusCode::NO_CONTENT);
    let group = expect_json(
        contoso
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": "Help desk" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let group_id = group["id"].as_str().unwrap();
    let add = contoso
        .put(app.url(&format!("/api/v1/groups/{group_id}/members/{}", bob.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(add.status(), StatusCode::NO_CONTENT);
    let token = expect_json(
        contoso
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": "t" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let token_id = token["token"]["id"].as_str().unwrap();
    let sessions = expect_json(
        contoso
            .get(app.url("/api/v1/me/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let session_id = sessions[0]["id"].as_str().unwrap();

    let user_path = format!("/api/v1/users/{}", bob.id);
    let picture_path = format!("{user_path}/picture");
    let group_path = format!("/api/v1/groups/{group_id}");
    let members_path = format!("{group_path}/members");
    let member_path = format!("{group_path}/members/{}", bob.id);
    let eve_into_group = format!("{group_path}/members/{}", fabrikam_admin.user.id);
    let token_path = format!("/api/v1/tokens/{token_id}");
    let session_path = format!("/api/v1/me/sessions/{session_id}");

    let attempts = [
        fabrikam.get(app.url(&user_path)),
        fabrikam
            .patch(app.url(&user_path))
            .json(&json!({ "display_name": "Pwned" })),
        fabrikam.delete(app.url(&user_path)),
        fabrikam.get(app.url(&picture_path)),
        fabrikam.put(app.url(&picture_path)).body(png.clone()),
        fabrikam.delete(app.url(&picture_path)),
        fabrikam.get(app.url(&group_path)),
        fabrikam
            .patch(app.url(&group_path))
            .json(&json!({ "name": "Pwned" })),
        fabrikam.delete(app.url(&group_path)),
        fabrikam.get(app.url(&members_path)),
        fabrikam.put(app.url(&eve_into_group)),
        fabrikam.delete(app.url(&member_path)),
        fabrikam.delete(app.url(&token_path)),
        fabrikam.delete(app.url(&session_path)),
    ];
    for request in attempts {
        let request = request.build().unwrap();
        let what = format!("{} {}", request.method(), request.url().path());
        let response = fabrikam.execute(request).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::NOT_FOUND,
            "{what} reached another tenant"
        );
        expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    }
    // Fabrikam cannot pull Contoso's user into its own group either.
    let own = expect_json(
        fabrikam
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": "Mine" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let steal = fabrikam
        .put(app.url(&format!(
            "/api/v1/groups/{}/members/{}",
            own["id"].as_str().unwrap(),
            bob.id
        )))
        .send()
        .await
        .unwrap();
    expect_error(steal, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;

    // Lists show only their own rows.
    let users = expect_json(
        fabrikam.get(app.url("/api/v1/users")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let emails: Vec<&str> = users["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["eve@fabrikam.com"]);
    let groups = expect_json(
        fabrikam
            .get(app.url("/api/v1/groups"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(groups["items"].as_array().unwrap().len(), 1);
    let audit = expect_json(
        fabrikam
            .get(app.url("/api/v1/audit?limit=200"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert!(
        !audit.to_string().contains("contoso"),
        "Fabrikam's audit shows Contoso's events: {audit}"
    );
    let tenant = expect_json(
        fabrikam
            .get(app.url("/api/v1/tenant"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(tenant["name"], "Fabrikam");

    // And Contoso's rows are untouched.
    let bob_now = expect_json(
        contoso.get(app.url(&user_path)).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(bob_now["display_name"], "bob");
    assert_eq!(bob_now["has_picture"], true);
    let members = expect_json(
        contoso.get(app.url(&members_path)).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(members["items"].as_array().unwrap().len(), 1);
    expect_json(
        contoso.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let tokens = expect_json(
        contoso.get(app.url("/api/v1/tokens")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(tokens["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn members_who_are_not_administrators_are_forbidden_admin_calls() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let bob = app.user(&admin, "bob@contoso.com", false).await;
    let member = app.sign_in("bob@contoso.com").await;
    let user_path = format!("/api/v1/users/{}", bob.id);
    let attempts = [
        member.get(app.url("/api/v1/users")),
        member
            .post(app.url("/api/v1/users"))
            .json(&json!({ "email": "x@contoso.com", "display_name": "X" })),
        member
            .patch(app.url(&user_path))
            .json(&json!({ "is_admin": true })),
        member.get(app.url("/api/v1/groups")),
        member
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": "Mine" })),
        member
            .patch(app.url("/api/v1/tenant"))
            .json(&json!({ "name": "Mine" })),
        member.get(app.url("/api/v1/audit")),
    ];
    for request in attempts {
        let request = request.build().unwrap();
        let what = format!("{} {}", request.method(), request.url().path());
        let response = member.execute(request).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{what} allowed to a member"
        );
        expect_error(response, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;
    }
    // What members may do: read themselves and their tenant, list their own tokens; creating
    // one needs its permission.
    expect_json(
        member.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_json(
        member.get(app.url("/api/v1/tenant")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_json(
        member.get(app.url("/api/v1/tokens")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let mint = member
        .post(app.url("/api/v1/tokens"))
        .json(&json!({ "name": "mine" }))
        .send()
        .await
        .unwrap();
    let message = expect_error(mint, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;
    assert!(message.contains("api.create_tokens"), "{message}");
}
