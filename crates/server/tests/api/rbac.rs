//! Role-based access control: built-in and custom roles, assignments from member groups over
//! scopes, and the scoped answer to "may this helper help this person?".

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{TestApp, expect_error, expect_json};

pub const ADMINISTRATOR: &str = "00000000-0000-0000-0000-000000000001";
pub const HELP_DESK_OPERATOR: &str = "00000000-0000-0000-0000-000000000002";
pub const READ_ONLY_OPERATOR: &str = "00000000-0000-0000-0000-000000000003";

/// Creates a group holding these users; returns its ID.
pub async fn group(app: &TestApp, admin: &reqwest::Client, name: &str, members: &[&str]) -> String {
    let group = expect_json(
        admin
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": name }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let id = group["id"].as_str().unwrap().to_owned();
    for member in members {
        let response = admin
            .put(app.url(&format!("/api/v1/groups/{id}/members/{member}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    id
}

/// Gives `role` to the members of `members` over `scope`; returns the assignment.
pub async fn assign(
    app: &TestApp,
    admin: &reqwest::Client,
    name: &str,
    role: &str,
    members: &str,
    scope: Value,
) -> Value {
    expect_json(
        admin
            .post(app.url("/api/v1/role-assignments"))
            .json(&json!({ "name": name, "role_id": role, "member_groups": [members], "scope": scope }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await
}

#[tokio::test]
async fn built_in_roles_exist_and_cannot_change() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let roles = expect_json(
        admin.get(app.url("/api/v1/roles")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let names: Vec<&str> = roles["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Administrator", "Help Desk Operator", "Read-only Operator"]
    );
    let operator = &roles["items"][1];
    assert_eq!(operator["built_in"], true);
    assert_eq!(
        operator["permissions"],
        json!([
            "remote_help.view_screen",
            "remote_help.take_full_control",
            "remote_tasks.offer_remote_assistance",
            "connector.read"
        ])
    );
    let path = app.url(&format!("/api/v1/roles/{HELP_DESK_OPERATOR}"));
    expect_error(
        admin
            .patch(&path)
            .json(&json!({ "name": "Mine" }))
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
    let unknown = admin
        .post(app.url("/api/v1/roles"))
        .json(&json!({ "name": "X", "permissions": ["admin.everything"] }))
        .send()
        .await
        .unwrap();
    expect_error(unknown, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
}

#[tokio::test]
async fn assignments_scope_who_may_help_whom() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let helper = app.user(&admin, "helper@contoso.com", false).await;
    let junior = app.user(&admin, "junior@contoso.com", false).await;
    let sales = app.user(&admin, "sam@contoso.com", false).await;
    let finance = app.user(&admin, "fiona@contoso.com", false).await;
    let desk = group(&app, &admin, "Help desk", &[&helper.id.to_string()]).await;
    let juniors = group(&app, &admin, "Junior desk", &[&junior.id.to_string()]).await;
    let sales_group = group(&app, &admin, "Sales", &[&sales.id.to_string()]).await;
    let assignment = assign(
        &app,
        &admin,
        "Desk over sales",
        HELP_DESK_OPERATOR,
        &desk,
        json!({ "groups": [sales_group] }),
    )
    .await;
    let view_only = expect_json(
        admin
            .post(app.url("/api/v1/roles"))
            .json(&json!({ "name": "Viewer", "permissions": ["remote_tasks.offer_remote_assistance", "remote_help.view_screen"] }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    assign(
        &app,
        &admin,
        "Juniors view everyone",
        view_only["id"].as_str().unwrap(),
        &juniors,
        json!({ "all_users": true }),
    )
    .await;

    let eligibility = |client: reqwest::Client, target: String| {
        let url = app.url(&format!("/api/v1/users/{target}/remote-help"));
        async move { expect_json(client.get(url).send().await.unwrap(), StatusCode::OK).await }
    };
    let helper_browser = app.sign_in("helper@contoso.com").await;
    let junior_browser = app.sign_in("junior@contoso.com").await;
    assert_eq!(
        eligibility(helper_browser.clone(), sales.id.to_string()).await,
        json!({ "may_view": true, "may_control": true })
    );
    assert_eq!(
        eligibility(helper_browser.clone(), finance.id.to_string()).await,
        json!({ "may_view": false, "may_control": false })
    );
    assert_eq!(
        eligibility(junior_browser.clone(), finance.id.to_string()).await,
        json!({ "may_view": true, "may_control": false })
    );
    let me = expect_json(
        helper_browser
            .get(app.url("/api/v1/me"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        me["permissions"],
        json!([
            "remote_help.view_screen",
            "remote_help.take_full_control",
            "remote_tasks.offer_remote_assistance",
            "connector.read"
        ])
    );

    // Operators are not administrators.
    expect_error(
        helper_browser
            .get(app.url("/api/v1/users"))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;

    // Removing the scope member, or the assignment, withdraws the right at once.
    let remove = admin
        .delete(app.url(&format!(
            "/api/v1/groups/{sales_group}/members/{}",
            sales.id
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(remove.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        eligibility(helper_browser.clone(), sales.id.to_string()).await["may_view"],
        false
    );
    let id = assignment["id"].as_str().unwrap();
    let role_in_use = admin
        .delete(app.url(&format!(
            "/api/v1/roles/{}",
            view_only["id"].as_str().unwrap()
        )))
        .send()
        .await
        .unwrap();
    expect_error(role_in_use, StatusCode::CONFLICT, ErrorCode::Conflict).await;
    assert_eq!(
        admin
            .delete(app.url(&format!("/api/v1/role-assignments/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    let me = expect_json(
        helper_browser
            .get(app.url("/api/v1/me"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["permissions"], json!([]));
    // Nobody outside the tenant is in anyone's scope.
    let (_, other) = app.tenant("Fabrikam", "eve@fabrikam.com").await;
    let outsider = junior_browser
        .get(app.url(&format!("/api/v1/users/{}/remote-help", other.user.id)))
        .send()
        .await
        .unwrap();
    expect_error(outsider, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
}

#[tokio::test]
async fn assignments_only_reference_the_tenants_own_roles_and_groups() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let (other, _) = app.tenant("Fabrikam", "eve@fabrikam.com").await;
    let theirs = group(&app, &other, "Theirs", &[]).await;
    let their_role = expect_json(
        other
            .post(app.url("/api/v1/roles"))
            .json(&json!({ "name": "Theirs", "permissions": ["admin.read_audit"] }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let ours = group(&app, &admin, "Ours", &[]).await;
    let url = app.url("/api/v1/role-assignments");
    for body in [
        json!({ "name": "a", "role_id": HELP_DESK_OPERATOR, "member_groups": [theirs], "scope": { "all_users": true } }),
        json!({ "name": "b", "role_id": HELP_DESK_OPERATOR, "member_groups": [ours], "scope": { "groups": [theirs] } }),
        json!({ "name": "c", "role_id": their_role["id"], "member_groups": [ours], "scope": { "all_users": true } }),
        json!({ "name": "d", "role_id": HELP_DESK_OPERATOR, "member_groups": [], "scope": { "all_users": true } }),
        json!({ "name": "e", "role_id": HELP_DESK_OPERATOR, "member_groups": [ours], "scope": {} }),
    ] {
        let response = admin.post(&url).json(&body).send().await.unwrap();
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    }
    let list = expect_json(admin.get(&url).send().await.unwrap(), StatusCode::OK).await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        0,
        "nothing half-written"
    );
}

#[tokio::test]
async fn device_scopes_follow_all_devices_and_device_groups() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let helper = app.user(&admin, "helper@contoso.com", false).await;
    let desk = group(&app, &admin, "Help desk", &[&helper.id.to_string()]).await;
    let kiosks = group(&app, &admin, "Kiosks", &[]).await;
    let (token, _) = crate::devices::enrollment_token(&app, &admin, 2).await;
    let kiosk = crate::devices::enroll(
        &app,
        &token,
        crate::devices::facts("KIOSK-1", "10.0.22631", true),
    )
    .await;
    let laptop = crate::devices::enroll(
        &app,
        &token,
        crate::devices::facts("LAPTOP-1", "10.0.22631", true),
    )
    .await;
    let add = admin
        .put(app.url(&format!("/api/v1/groups/{kiosks}/devices/{}", kiosk.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(add.status(), StatusCode::NO_CONTENT);
    assign(
        &app,
        &admin,
        "Desk over kiosks",
        HELP_DESK_OPERATOR,
        &desk,
        json!({ "groups": [kiosks] }),
    )
    .await;

    let helper_browser = app.sign_in("helper@contoso.com").await;
    let on = |device: String| {
        let url = app.url(&format!("/api/v1/devices/{device}/remote-help"));
        let client = helper_browser.clone();
        async move { expect_json(client.get(url).send().await.unwrap(), StatusCode::OK).await }
    };
    assert_eq!(
        on(kiosk.id.clone()).await,
        json!({ "may_view": true, "may_control": true })
    );
    assert_eq!(
        on(laptop.id.clone()).await,
        json!({ "may_view": false, "may_control": false })
    );
    assign(
        &app,
        &admin,
        "Desk over all devices",
        READ_ONLY_OPERATOR,
        &desk,
        json!({ "all_devices": true }),
    )
    .await;
    assert_eq!(
        on(laptop.id.clone()).await["may_view"],
        false,
        "read-only gives no help rights"
    );
    let viewer = expect_json(
        admin
            .post(app.url("/api/v1/roles"))
            .json(&json!({ "name": "Viewer", "permissions": ["remote_tasks.offer_remote_assistance", "remote_help.view_screen"] }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    assign(
        &app,
        &admin,
        "Desk views all devices",
        viewer["id"].as_str().unwrap(),
        &desk,
        json!({ "all_devices": true }),
    )
    .await;
    assert_eq!(
        on(laptop.id.clone()).await,
        json!({ "may_view": true, "may_control": false })
    );
    let removed = admin
        .delete(app.url(&format!("/api/v1/groups/{kiosks}/devices/{}", kiosk.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        on(kiosk.id.clone()).await,
        json!({ "may_view": true, "may_control": false }),
        "now only through all devices"
    );
}
