//! Delegated administration: a user manager over one group reaches that group only, cannot
//! touch an owner or anyone holding more than they do, and cannot hand out a permission or a
//! scope they do not hold; a role manager likewise. Each refusal is checked against the same
//! call by the owner, which succeeds.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::rbac::{ADMINISTRATOR, HELP_DESK_OPERATOR, assign, group};
use crate::support::{TestApp, expect_json};

async fn role(app: &TestApp, owner: &reqwest::Client, name: &str, permissions: &[&str]) -> String {
    let role = expect_json(
        owner
            .post(app.url("/api/v1/roles"))
            .json(&json!({ "name": name, "permissions": permissions }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    role["id"].as_str().unwrap().to_owned()
}

async fn status(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    body: Option<Value>,
) -> StatusCode {
    let request = client.request(method, url);
    let request = match body {
        Some(body) => request.json(&body),
        None => request,
    };
    request.send().await.unwrap().status()
}

/// Contoso: the owner, Dee who manages users over the "Branch" group (Alice is in it, Bob is
/// not), and an "Admins" group holding the Administrator role over everyone.
struct Org {
    app: TestApp,
    owner: reqwest::Client,
    owner_id: String,
    dee: reqwest::Client,
    dee_id: String,
    alice: String,
    bob: String,
    branch: String,
    admins: String,
}

async fn org() -> Org {
    let app = TestApp::spawn().await;
    let (owner, me) = app.tenant("Contoso", "owner@contoso.com").await;
    let dee = app.user(&owner, "dee@contoso.com", false).await;
    let alice = app.user(&owner, "alice@contoso.com", false).await;
    let bob = app.user(&owner, "bob@contoso.com", false).await;
    let branch = group(&app, &owner, "Branch", &[&alice.id.to_string()]).await;
    let managers = group(&app, &owner, "Branch managers", &[&dee.id.to_string()]).await;
    let user_manager = role(&app, &owner, "Branch user manager", &["admin.manage_users"]).await;
    assign(
        &app,
        &owner,
        "Branch managers manage the branch",
        &user_manager,
        &managers,
        json!({ "groups": [branch] }),
    )
    .await;
    let admins = group(&app, &owner, "Admins", &[]).await;
    assign(
        &app,
        &owner,
        "Admins administer everyone",
        ADMINISTRATOR,
        &admins,
        json!({ "all_users": true, "all_devices": true }),
    )
    .await;
    Org {
        dee: app.sign_in("dee@contoso.com").await,
        dee_id: dee.id.to_string(),
        owner_id: me.user.id.to_string(),
        alice: alice.id.to_string(),
        bob: bob.id.to_string(),
        app,
        owner,
        branch,
        admins,
    }
}

#[tokio::test]
async fn a_user_manager_over_a_group_sees_and_changes_that_group_only() {
    let o = org().await;
    let listed = expect_json(
        o.dee.get(o.app.url("/api/v1/users")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let emails: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["alice@contoso.com"]);
    let owners_list = expect_json(
        o.owner
            .get(o.app.url("/api/v1/users"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(owners_list["items"].as_array().unwrap().len(), 4);

    let user = |id: &str| o.app.url(&format!("/api/v1/users/{id}"));
    let rename = || Some(json!({ "display_name": "Renamed" }));
    let reset = || Some(json!({ "password": "another long passphrase" }));
    // Within the group: allowed.
    assert_eq!(
        status(&o.dee, reqwest::Method::GET, user(&o.alice), None).await,
        StatusCode::OK
    );
    assert_eq!(
        status(&o.dee, reqwest::Method::PATCH, user(&o.alice), rename()).await,
        StatusCode::OK
    );
    assert_eq!(
        status(&o.dee, reqwest::Method::PATCH, user(&o.alice), reset()).await,
        StatusCode::OK
    );
    // Outside it: refused for Dee, allowed for the owner.
    for (method, body) in [
        (reqwest::Method::GET, None),
        (reqwest::Method::PATCH, rename()),
        (reqwest::Method::PATCH, reset()),
        (reqwest::Method::DELETE, None),
    ] {
        assert_eq!(
            status(&o.dee, method.clone(), user(&o.bob), body.clone()).await,
            StatusCode::FORBIDDEN,
            "{method} bob"
        );
        assert_eq!(
            status(&o.dee, method.clone(), user(&o.owner_id), body.clone()).await,
            StatusCode::FORBIDDEN,
            "{method} the owner"
        );
    }
    let second_factor = o
        .app
        .url(&format!("/api/v1/users/{}/second-factor", o.owner_id));
    assert_eq!(
        status(&o.dee, reqwest::Method::DELETE, second_factor, None).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::PATCH, user(&o.bob), rename()).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn only_an_owner_makes_an_owner_and_a_group_scope_creates_no_accounts() {
    let o = org().await;
    let users = o.app.url("/api/v1/users");
    let new = |is_admin: bool| {
        Some(json!({ "email": "new@contoso.com", "display_name": "New", "is_admin": is_admin }))
    };
    assert_eq!(
        status(&o.dee, reqwest::Method::POST, users.clone(), new(true)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&o.dee, reqwest::Method::POST, users.clone(), new(false)).await,
        StatusCode::FORBIDDEN
    );
    let alice = o.app.url(&format!("/api/v1/users/{}", o.alice));
    let promote = || Some(json!({ "is_admin": true }));
    assert_eq!(
        status(&o.dee, reqwest::Method::PATCH, alice.clone(), promote()).await,
        StatusCode::FORBIDDEN
    );
    let me = o.app.url(&format!("/api/v1/users/{}", o.dee_id));
    assert_eq!(
        status(&o.dee, reqwest::Method::PATCH, me, promote()).await,
        StatusCode::FORBIDDEN
    );

    // An administrator over everyone who is not an owner may create accounts but not owners.
    let admin = o.app.user(&o.owner, "adam@contoso.com", false).await;
    let member = o
        .app
        .url(&format!("/api/v1/groups/{}/members/{}", o.admins, admin.id));
    assert_eq!(
        status(&o.owner, reqwest::Method::PUT, member, None).await,
        StatusCode::NO_CONTENT
    );
    let adam = o.app.sign_in("adam@contoso.com").await;
    assert_eq!(
        status(&adam, reqwest::Method::POST, users.clone(), new(true)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&adam, reqwest::Method::PATCH, alice.clone(), promote()).await,
        StatusCode::FORBIDDEN
    );
    let owner = o.app.url(&format!("/api/v1/users/{}", o.owner_id));
    let reset = Some(json!({ "password": "another long passphrase" }));
    assert_eq!(
        status(&adam, reqwest::Method::PATCH, owner, reset).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&adam, reqwest::Method::POST, users.clone(), new(false)).await,
        StatusCode::CREATED
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::PATCH, alice, promote()).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn group_membership_cannot_hand_out_what_the_manager_does_not_hold() {
    let o = org().await;
    let member =
        |group: &str, user: &str| o.app.url(&format!("/api/v1/groups/{group}/members/{user}"));
    // Dee into Admins (a group beyond her reach that gives the Administrator role): refused.
    assert_eq!(
        status(
            &o.dee,
            reqwest::Method::PUT,
            member(&o.admins, &o.dee_id),
            None
        )
        .await,
        StatusCode::FORBIDDEN
    );
    // Alice (in reach) into Admins: still refused, Dee does not hold what Admins gives.
    assert_eq!(
        status(
            &o.dee,
            reqwest::Method::PUT,
            member(&o.admins, &o.alice),
            None
        )
        .await,
        StatusCode::FORBIDDEN
    );
    // Bob (beyond reach) into her own Branch group, to bring him within reach: refused.
    assert_eq!(
        status(
            &o.dee,
            reqwest::Method::PUT,
            member(&o.branch, &o.bob),
            None
        )
        .await,
        StatusCode::FORBIDDEN
    );
    // A group whose assignment gives help rights over the branch: Dee holds none of them.
    let helpers = group(&o.app, &o.owner, "Branch helpers", &[]).await;
    assign(
        &o.app,
        &o.owner,
        "Branch helpers help the branch",
        HELP_DESK_OPERATOR,
        &helpers,
        json!({ "groups": [o.branch] }),
    )
    .await;
    assert_eq!(
        status(
            &o.dee,
            reqwest::Method::PUT,
            member(&helpers, &o.alice),
            None
        )
        .await,
        StatusCode::FORBIDDEN
    );
    // The owner may do each of these.
    assert_eq!(
        status(
            &o.owner,
            reqwest::Method::PUT,
            member(&o.branch, &o.bob),
            None
        )
        .await,
        StatusCode::NO_CONTENT
    );
    // Bob is now in the branch: Dee reaches him, and may take him out again.
    assert_eq!(
        status(
            &o.dee,
            reqwest::Method::DELETE,
            member(&o.branch, &o.bob),
            None
        )
        .await,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn nobody_resets_someone_who_holds_more_than_they_do() {
    let o = org().await;
    // Alice, in the branch, is given the audit log over everyone; Dee does not hold it.
    let auditors = group(&o.app, &o.owner, "Auditors", &[&o.alice]).await;
    let reader = role(&o.app, &o.owner, "Auditor", &["admin.read_audit"]).await;
    assign(
        &o.app,
        &o.owner,
        "Auditors read",
        &reader,
        &auditors,
        json!({ "all_users": true }),
    )
    .await;
    let alice = o.app.url(&format!("/api/v1/users/{}", o.alice));
    let reset = || Some(json!({ "password": "another long passphrase" }));
    assert_eq!(
        status(&o.dee, reqwest::Method::PATCH, alice.clone(), reset()).await,
        StatusCode::FORBIDDEN
    );
    let disable = Some(json!({ "disabled": true }));
    assert_eq!(
        status(&o.dee, reqwest::Method::PATCH, alice.clone(), disable).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::PATCH, alice, reset()).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_role_manager_grants_only_what_they_hold_over_their_scope() {
    let o = org().await;
    // Rita manages roles and may help, over the branch only.
    let rita = o.app.user(&o.owner, "rita@contoso.com", false).await;
    let ritas = group(&o.app, &o.owner, "Role managers", &[&rita.id.to_string()]).await;
    let manager = role(
        &o.app,
        &o.owner,
        "Branch role manager",
        &[
            "admin.manage_roles",
            "remote_tasks.offer_remote_assistance",
            "remote_help.view_screen",
        ],
    )
    .await;
    assign(
        &o.app,
        &o.owner,
        "Rita over the branch",
        &manager,
        &ritas,
        json!({ "groups": [o.branch] }),
    )
    .await;
    let rita = o.app.sign_in("rita@contoso.com").await;
    let roles = o.app.url("/api/v1/roles");
    let new_role = |permissions: &[&str]| {
        Some(json!({ "name": format!("r{}", permissions.len()), "permissions": permissions }))
    };
    assert_eq!(
        status(
            &rita,
            reqwest::Method::POST,
            roles.clone(),
            new_role(&["admin.manage_users"])
        )
        .await,
        StatusCode::FORBIDDEN
    );
    let viewer = expect_json(
        rita.post(roles.clone())
            .json(&json!({ "name": "Viewer", "permissions": ["remote_tasks.offer_remote_assistance", "remote_help.view_screen"] }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let viewer = viewer["id"].as_str().unwrap();
    let assignments = o.app.url("/api/v1/role-assignments");
    let assignment = |name: &str, role: &str, scope: Value| {
        Some(json!({ "name": name, "role_id": role, "member_groups": [ritas], "scope": scope }))
    };
    // Over her own scope: allowed. Over everyone, or the Administrator role: refused.
    assert_eq!(
        status(
            &rita,
            reqwest::Method::POST,
            assignments.clone(),
            assignment("Branch view", viewer, json!({ "groups": [o.branch] }))
        )
        .await,
        StatusCode::CREATED
    );
    assert_eq!(
        status(
            &rita,
            reqwest::Method::POST,
            assignments.clone(),
            assignment("All view", viewer, json!({ "all_users": true }))
        )
        .await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(
            &rita,
            reqwest::Method::POST,
            assignments.clone(),
            assignment(
                "Branch admin",
                ADMINISTRATOR,
                json!({ "groups": [o.branch] })
            )
        )
        .await,
        StatusCode::FORBIDDEN
    );
    // Nor may she widen or withdraw a role given (to others) over a scope beyond hers.
    let everyone_viewer = expect_json(
        o.owner
            .post(assignments.clone())
            .json(&json!({ "name": "Everyone views", "role_id": viewer, "member_groups": [o.branch], "scope": { "all_users": true } }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let role_url = o.app.url(&format!("/api/v1/roles/{viewer}"));
    let widen = Some(
        json!({ "permissions": ["remote_tasks.offer_remote_assistance", "remote_help.view_screen", "remote_help.take_full_control"] }),
    );
    assert_eq!(
        status(
            &rita,
            reqwest::Method::PATCH,
            role_url.clone(),
            widen.clone()
        )
        .await,
        StatusCode::FORBIDDEN
    );
    let gone = o.app.url(&format!(
        "/api/v1/role-assignments/{}",
        everyone_viewer["id"].as_str().unwrap()
    ));
    assert_eq!(
        status(&rita, reqwest::Method::DELETE, gone.clone(), None).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::DELETE, gone, None).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::PATCH, role_url, widen).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn permissions_over_the_whole_organisation_count_only_when_given_over_it() {
    let o = org().await;
    let auditors = group(&o.app, &o.owner, "Branch auditors", &[&o.alice]).await;
    let reader = role(&o.app, &o.owner, "Auditor", &["admin.read_audit"]).await;
    let assignment = assign(
        &o.app,
        &o.owner,
        "Auditors over the branch",
        &reader,
        &auditors,
        json!({ "groups": [o.branch] }),
    )
    .await;
    let alice = o.app.sign_in("alice@contoso.com").await;
    let audit = o.app.url("/api/v1/audit");
    // The audit log has no group scope: given over a group, the permission does not count.
    assert_eq!(
        status(&alice, reqwest::Method::GET, audit.clone(), None).await,
        StatusCode::FORBIDDEN
    );
    let whole = json!({ "name": "Auditors over everyone", "role_id": reader,
        "member_groups": [auditors], "scope": { "all_users": true, "all_devices": true } });
    let url = o.app.url(&format!(
        "/api/v1/role-assignments/{}",
        assignment["id"].as_str().unwrap()
    ));
    assert_eq!(
        status(&o.owner, reqwest::Method::PUT, url, Some(whole)).await,
        StatusCode::OK
    );
    let alice = o.app.sign_in("alice@contoso.com").await;
    assert_eq!(
        status(&alice, reqwest::Method::GET, audit, None).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_device_reader_over_a_group_reads_that_groups_devices_only() {
    let o = org().await;
    let (token, _) = crate::devices::enrollment_token(&o.app, &o.owner, 2).await;
    let inside = crate::devices::enroll(
        &o.app,
        &token,
        crate::devices::facts("PC-IN", "10.0.1", true),
    )
    .await;
    let outside = crate::devices::enroll(
        &o.app,
        &token,
        crate::devices::facts("PC-OUT", "10.0.1", true),
    )
    .await;
    let put = o.app.url(&format!(
        "/api/v1/groups/{}/devices/{}",
        o.branch, inside.id
    ));
    assert_eq!(
        status(&o.owner, reqwest::Method::PUT, put, None).await,
        StatusCode::NO_CONTENT
    );
    let readers = group(&o.app, &o.owner, "Branch readers", &[&o.alice]).await;
    let reader = role(&o.app, &o.owner, "Device reader", &["connector.read"]).await;
    assign(
        &o.app,
        &o.owner,
        "Readers over the branch",
        &reader,
        &readers,
        json!({ "groups": [o.branch] }),
    )
    .await;
    let alice = o.app.sign_in("alice@contoso.com").await;
    let listed = expect_json(
        alice
            .get(o.app.url("/api/v1/devices"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let names: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["facts"]["host_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["PC-IN"]);
    let device = |id: &str| o.app.url(&format!("/api/v1/devices/{id}"));
    assert_eq!(
        status(&alice, reqwest::Method::GET, device(&inside.id), None).await,
        StatusCode::OK
    );
    assert_eq!(
        status(&alice, reqwest::Method::GET, device(&outside.id), None).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::GET, device(&outside.id), None).await,
        StatusCode::OK
    );
    // Session reports name every group's people and devices: not for a group-scoped reader.
    let reports = o.app.url("/api/v1/reports/sessions");
    assert_eq!(
        status(&alice, reqwest::Method::GET, reports.clone(), None).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&o.owner, reqwest::Method::GET, reports, None).await,
        StatusCode::OK
    );
}
