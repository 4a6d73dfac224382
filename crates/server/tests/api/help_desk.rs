//! The guided first run: the "Get started" checklist, "Make helpers" (one Help desk group with
//! the Help Desk Operator role over all users, found again after a rename, never made twice,
//! even by simultaneous calls), "Create user" with the role the person gets, and the limits of
//! delegated administration on both.

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::rbac::{HELP_DESK_OPERATOR, assign, group};
use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

async fn get_started(app: &TestApp, client: &reqwest::Client) -> Value {
    expect_json(
        client
            .get(app.url("/api/v1/tenant/get-started"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await
}

async fn make_helpers(
    app: &TestApp,
    client: &reqwest::Client,
    users: &[&str],
) -> reqwest::Response {
    client
        .post(app.url("/api/v1/helpers"))
        .json(&json!({ "users": users }))
        .send()
        .await
        .unwrap()
}

async fn assignments(app: &TestApp, owner: &reqwest::Client) -> Vec<Value> {
    expect_json(
        owner
            .get(app.url("/api/v1/role-assignments"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

async fn groups_named(app: &TestApp, owner: &reqwest::Client, name: &str) -> Vec<Value> {
    expect_json(
        owner.get(app.url("/api/v1/groups")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["name"] == name)
        .cloned()
        .collect()
}

async fn members(app: &TestApp, owner: &reqwest::Client, group: &str) -> Vec<String> {
    let mut emails: Vec<String> = expect_json(
        owner
            .get(app.url(&format!("/api/v1/groups/{group}/members")))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_owned())
        .collect();
    emails.sort();
    emails
}

async fn create_user(app: &TestApp, client: &reqwest::Client, body: Value) -> reqwest::Response {
    client
        .post(app.url("/api/v1/users"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_checklist_follows_the_first_run_and_make_helpers_is_one_step() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let hal = app.user(&owner, "hal@contoso.com", false).await;
    let sue = app.user(&owner, "sue@contoso.com", false).await;

    let fresh = get_started(&app, &owner).await;
    assert_eq!(fresh["remote_help_enabled"], false);
    assert_eq!(fresh["unenrolled_help_enabled"], false);
    assert_eq!(
        fresh["helpers"], 0,
        "an owner alone is not counted as a helper"
    );
    assert!(fresh["help_desk_group"].is_null());
    assert_eq!(fresh["done"], false);

    let made = expect_json(
        make_helpers(&app, &owner, &[&hal.id.to_string()]).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(made["group"]["name"], "Help desk");
    assert_eq!(made["group"]["member_count"], 1);
    assert_eq!(made["group_created"], true);
    assert_eq!(made["assignment_created"], true);
    assert_eq!(made["added"], json!([hal.id.to_string()]));
    let desk = made["group"]["id"].as_str().unwrap().to_owned();
    let given = assignments(&app, &owner).await;
    assert_eq!(given.len(), 1);
    assert_eq!(given[0]["role_id"], HELP_DESK_OPERATOR);
    assert_eq!(given[0]["member_groups"], json!([desk]));
    assert_eq!(given[0]["scope"]["all_users"], true);
    assert_eq!(given[0]["scope"]["all_devices"], true);

    let after = get_started(&app, &owner).await;
    assert_eq!(after["helpers"], 1);
    assert_eq!(after["help_desk_group"]["id"], desk.as_str());
    assert_eq!(
        after["done"], false,
        "remote help is still off: not done yet"
    );

    // Hal may now help Sue once remote help is on.
    let hal_client = app.sign_in("hal@contoso.com").await;
    let may = expect_json(
        hal_client
            .get(app.url(&format!("/api/v1/users/{}/remote-help", sue.id)))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(may["may_view"], true, "{may}");
    expect_json(
        owner
            .patch(app.url("/api/v1/tenant/settings"))
            .json(&json!({ "remote_help_enabled": true }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(get_started(&app, &owner).await["done"], true);
    expect_json(
        hal_client
            .post(app.url("/api/v1/sessions"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;

    // Renamed, the group is still the Help desk: the next call reuses it and its assignment,
    // adds only who is new, and makes nothing twice.
    expect_json(
        owner
            .patch(app.url(&format!("/api/v1/groups/{desk}")))
            .json(&json!({ "name": "Service desk" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let again = expect_json(
        make_helpers(&app, &owner, &[&hal.id.to_string(), &sue.id.to_string()]).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(again["group"]["id"], desk.as_str());
    assert_eq!(again["group"]["name"], "Service desk");
    assert_eq!(again["group_created"], false);
    assert_eq!(again["assignment_created"], false);
    assert_eq!(again["added"], json!([sue.id.to_string()]));
    assert_eq!(assignments(&app, &owner).await.len(), 1);
    assert_eq!(get_started(&app, &owner).await["helpers"], 2);

    // Nobody, a stranger, or a person of another organisation: refused, nothing changes.
    expect_error(
        make_helpers(&app, &owner, &[]).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    let (other_owner, other) = app.tenant("Fabrikam", "owner@fabrikam.com").await;
    expect_error(
        make_helpers(&app, &owner, &[&other.user.id.to_string()]).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    // The other organisation gets a Help desk of its own.
    let theirs = expect_json(
        make_helpers(&app, &other_owner, &[&other.user.id.to_string()]).await,
        StatusCode::OK,
    )
    .await;
    assert_ne!(theirs["group"]["id"], desk.as_str());
    assert_eq!(theirs["group_created"], true);

    // The audit log records the step.
    let audit = expect_json(
        owner
            .get(app.url("/api/v1/audit?action=help_desk.helpers_made"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 2, "{audit}");
}

#[tokio::test]
async fn a_group_named_help_desk_is_adopted_rather_than_duplicated() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let hal = app.user(&owner, "hal@contoso.com", false).await;
    let existing = group(&app, &owner, "Help desk", &[]).await;
    let made = expect_json(
        make_helpers(&app, &owner, &[&hal.id.to_string()]).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(made["group"]["id"], existing.as_str());
    assert_eq!(made["group_created"], false);
    assert_eq!(made["assignment_created"], true);
    assert_eq!(groups_named(&app, &owner, "Help desk").await.len(), 1);
}

#[tokio::test]
async fn simultaneous_calls_make_one_group_and_one_assignment() {
    let app = TestApp::spawn().await;
    for round in 0..4 {
        let (owner, _) = app
            .tenant(
                &format!("Org {round}"),
                &format!("owner@org{round}.example"),
            )
            .await;
        let mut ids = Vec::new();
        for i in 0..4 {
            ids.push(
                app.user(&owner, &format!("p{i}@org{round}.example"), false)
                    .await
                    .id
                    .to_string(),
            );
        }
        // Real parallel requests, each on its own connection.
        let calls = ids.iter().map(|id| {
            let owner = owner.clone();
            let url = app.url("/api/v1/helpers");
            let body = json!({ "users": [id] });
            tokio::spawn(async move { owner.post(url).json(&body).send().await.unwrap() })
        });
        let mut created = 0;
        let mut desks = std::collections::BTreeSet::new();
        for call in calls.collect::<Vec<_>>() {
            let answer = expect_json(call.await.unwrap(), StatusCode::OK).await;
            if answer["group_created"] == true {
                created += 1;
            }
            desks.insert(answer["group"]["id"].as_str().unwrap().to_owned());
        }
        assert_eq!(created, 1, "round {round}: exactly one call made the group");
        assert_eq!(
            desks.len(),
            1,
            "round {round}: every call used the same group"
        );
        let desk = desks.into_iter().next().unwrap();
        assert_eq!(groups_named(&app, &owner, "Help desk").await.len(), 1);
        assert_eq!(assignments(&app, &owner).await.len(), 1);
        assert_eq!(members(&app, &owner, &desk).await.len(), 4);
        assert_eq!(get_started(&app, &owner).await["helpers"], 4);
    }
}

#[tokio::test]
async fn create_user_gives_the_role_the_person_gets() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let member = expect_json(
        create_user(
            &app,
            &owner,
            json!({ "email": "mia@contoso.com", "display_name": "Mia", "role": "member" }),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(member["is_admin"], false);
    let helper = expect_json(
        create_user(
            &app,
            &owner,
            json!({ "email": "hal@contoso.com", "display_name": "Hal", "password": PASSWORD, "role": "helper" }),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(helper["is_admin"], false);
    let admin = expect_json(
        create_user(
            &app,
            &owner,
            json!({ "email": "ann@contoso.com", "display_name": "Ann", "role": "administrator" }),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(admin["is_admin"], true);
    let started = get_started(&app, &owner).await;
    assert_eq!(started["helpers"], 1);
    let desk = started["help_desk_group"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(members(&app, &owner, &desk).await, ["hal@contoso.com"]);
    // The helper may offer help at once.
    let hal = app.sign_in("hal@contoso.com").await;
    let may = expect_json(
        hal.get(app.url(&format!(
            "/api/v1/users/{}/remote-help",
            member["id"].as_str().unwrap()
        )))
        .send()
        .await
        .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(may["may_view"], true);

    // A second helper joins the same group.
    expect_json(
        create_user(
            &app,
            &owner,
            json!({ "email": "hil@contoso.com", "display_name": "Hil", "role": "helper" }),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        members(&app, &owner, &desk).await,
        ["hal@contoso.com", "hil@contoso.com"]
    );
    assert_eq!(assignments(&app, &owner).await.len(), 1);

    // `is_admin` still works alone, and cannot contradict `role`.
    let old_style = app.user(&owner, "old@contoso.com", true).await;
    assert!(old_style.is_admin);
    expect_error(
        create_user(
            &app,
            &owner,
            json!({ "email": "odd@contoso.com", "display_name": "Odd", "role": "helper", "is_admin": true }),
        )
        .await,
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    expect_error(
        create_user(
            &app,
            &owner,
            json!({ "email": "odd@contoso.com", "display_name": "Odd", "role": "boss" }),
        )
        .await,
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
}

/// Makes a custom role with these permissions; returns its ID.
async fn role(app: &TestApp, owner: &reqwest::Client, name: &str, permissions: &[&str]) -> String {
    expect_json(
        owner
            .post(app.url("/api/v1/roles"))
            .json(&json!({ "name": name, "permissions": permissions }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

const HELP: [&str; 4] = [
    "remote_tasks.offer_remote_assistance",
    "remote_help.view_screen",
    "remote_help.take_full_control",
    "connector.read",
];

#[tokio::test]
async fn a_delegated_administrator_makes_helpers_only_within_what_they_hold() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let alice = app.user(&owner, "alice@contoso.com", false).await;
    let bob = app.user(&owner, "bob@contoso.com", false).await;
    let dee = app.user(&owner, "dee@contoso.com", false).await;
    let (alice, bob) = (alice.id.to_string(), bob.id.to_string());
    let branch = group(&app, &owner, "Branch", &[&alice]).await;
    let managers = group(&app, &owner, "Managers", &[&dee.id.to_string()]).await;
    let dee_client = app.sign_in("dee@contoso.com").await;

    // Dee manages the users of Branch only: she cannot make the Help desk group (that needs
    // user management over everyone), nor hand out a role she does not hold.
    let branch_manager = role(&app, &owner, "Branch manager", &["admin.manage_users"]).await;
    assign(
        &app,
        &owner,
        "Dee manages Branch",
        &branch_manager,
        &managers,
        json!({ "groups": [branch] }),
    )
    .await;
    expect_error(
        make_helpers(&app, &dee_client, &[&alice]).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    assert!(
        get_started(&app, &owner).await["help_desk_group"].is_null(),
        "nothing was made"
    );
    // Nor create a helper: refused, and no account is left behind.
    expect_error(
        create_user(
            &app,
            &dee_client,
            json!({ "email": "new@contoso.com", "display_name": "New", "role": "helper" }),
        )
        .await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;

    // With user management over everyone but no role management, she can make helpers once
    // the Help desk has its role, not before; and only if she holds that role's rights.
    let everyone_manager = role(&app, &owner, "User manager", &["admin.manage_users"]).await;
    let everyone_assignment = assign(
        &app,
        &owner,
        "Dee manages everyone",
        &everyone_manager,
        &managers,
        json!({ "all_users": true }),
    )
    .await;
    let dee_client = app.sign_in("dee@contoso.com").await;
    let refused = expect_error(
        make_helpers(&app, &dee_client, &[&alice]).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    assert!(refused.contains("admin.manage_roles"), "{refused}");
    assert!(get_started(&app, &owner).await["help_desk_group"].is_null());
    // An account Dee cannot create as a helper is not created at all.
    let users_before = expect_json(
        owner.get(app.url("/api/v1/users")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .len();
    expect_error(
        create_user(
            &app,
            &dee_client,
            json!({ "email": "new@contoso.com", "display_name": "New", "role": "helper" }),
        )
        .await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    let users_after = expect_json(
        owner.get(app.url("/api/v1/users")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(users_before, users_after);

    // The owner makes the Help desk. Dee still holds no help rights, so she may not put
    // anyone in it.
    let made = expect_json(
        make_helpers(&app, &owner, &[&dee.id.to_string()]).await,
        StatusCode::OK,
    )
    .await;
    // Dee is now in the Help desk, so she holds its rights over everyone: she may add Alice.
    let dee_client = app.sign_in("dee@contoso.com").await;
    let added = expect_json(
        make_helpers(&app, &dee_client, &[&alice]).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(added["added"], json!([alice]));

    // Dee never makes an owner.
    expect_error(
        create_user(
            &app,
            &dee_client,
            json!({ "email": "boss@contoso.com", "display_name": "Boss", "role": "administrator" }),
        )
        .await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;

    // Back to Branch only, holding the help rights over everyone through the Help desk: the
    // Help desk group itself is outside her reach, so she cannot add Bob, nor Alice again.
    expect_json(
        owner
            .delete(app.url(&format!(
                "/api/v1/role-assignments/{}",
                everyone_assignment["id"].as_str().unwrap()
            )))
            .send()
            .await
            .unwrap(),
        StatusCode::NO_CONTENT,
    )
    .await;
    let dee_client = app.sign_in("dee@contoso.com").await;
    expect_error(
        make_helpers(&app, &dee_client, &[&bob]).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    // Given user management over the Help desk group and Branch (not Bob's), she reaches
    // Alice but not Bob.
    let desk_manager = role(&app, &owner, "Desk manager", &["admin.manage_users"]).await;
    assign(
        &app,
        &owner,
        "Dee manages the desk",
        &desk_manager,
        &managers,
        json!({ "groups": [made["group"]["id"], branch] }),
    )
    .await;
    let dee_client = app.sign_in("dee@contoso.com").await;
    let refused = expect_error(
        make_helpers(&app, &dee_client, &[&bob]).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    assert!(refused.contains("outside"), "{refused}");
    expect_json(
        make_helpers(&app, &dee_client, &[&alice]).await,
        StatusCode::OK,
    )
    .await;
}

#[tokio::test]
async fn a_role_manager_without_the_help_rights_cannot_give_them() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let alice = app.user(&owner, "alice@contoso.com", false).await;
    let rob = app.user(&owner, "rob@contoso.com", false).await;
    let admins = group(&app, &owner, "Admins", &[&rob.id.to_string()]).await;
    // Rob manages users and roles over everyone, but holds no remote help rights.
    let manager = role(
        &app,
        &owner,
        "People and roles",
        &["admin.manage_users", "admin.manage_roles"],
    )
    .await;
    assign(
        &app,
        &owner,
        "Rob manages people and roles",
        &manager,
        &admins,
        json!({ "all_users": true, "all_devices": true }),
    )
    .await;
    let rob_client = app.sign_in("rob@contoso.com").await;
    let refused = expect_error(
        make_helpers(&app, &rob_client, &[&alice.id.to_string()]).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    assert!(refused.contains("do not hold"), "{refused}");
    assert!(get_started(&app, &owner).await["help_desk_group"].is_null());

    // The help rights over every user but no device are still less than the Help desk gets
    // (every user and every device).
    let helping = role(&app, &owner, "Helping", &HELP).await;
    assign(
        &app,
        &owner,
        "Rob helps everyone",
        &helping,
        &admins,
        json!({ "all_users": true }),
    )
    .await;
    let rob_client = app.sign_in("rob@contoso.com").await;
    let refused = expect_error(
        make_helpers(&app, &rob_client, &[&alice.id.to_string()]).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    assert!(refused.contains("do not hold"), "{refused}");

    // Given them over every device as well, he may.
    assign(
        &app,
        &owner,
        "Rob helps on every device",
        &helping,
        &admins,
        json!({ "all_devices": true }),
    )
    .await;
    let rob_client = app.sign_in("rob@contoso.com").await;
    let made = expect_json(
        make_helpers(&app, &rob_client, &[&alice.id.to_string()]).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(made["assignment_created"], true);
}
