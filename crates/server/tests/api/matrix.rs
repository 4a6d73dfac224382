//! The authorisation matrix: every endpoint, driven by a user holding each built-in role, a
//! user with no role, and the owner of another tenant, against one table of expected outcomes.
//! An endpoint in the OpenAPI document without a row here fails the test.

use std::collections::BTreeSet;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::rbac::{ADMINISTRATOR, HELP_DESK_OPERATOR, READ_ONLY_OPERATOR, assign, group};
use crate::support::{PASSWORD, TestApp, expect_json};

/// Callers, in the order of each row's expectations.
const CALLERS: [&str; 5] = [
    "administrator",
    "operator",
    "read-only",
    "no role",
    "other tenant",
];

/// `A`: allowed (the row's status); `D`: denied (403); `H`: hidden, another tenant's (404).
struct Row {
    method: &'static str,
    path: &'static str,
    ok: u16,
    expect: &'static str,
}

const fn row(method: &'static str, path: &'static str, ok: u16, expect: &'static str) -> Row {
    Row {
        method,
        path,
        ok,
        expect,
    }
}

/// Endpoints that need no sign-in, covered by their own tests.
const PUBLIC: [(&str, &str); 15] = [
    ("post", "/api/v1/devices/enroll"),
    ("post", "/api/v1/devices/check-in"),
    ("get", "/healthz"),
    ("get", "/readyz"),
    ("get", "/metrics"),
    ("post", "/api/v1/setup/inspect"),
    ("post", "/api/v1/setup/first-admin"),
    ("post", "/api/v1/setup/password-reset"),
    ("post", "/api/v1/auth/sign-in"),
    ("post", "/api/v1/auth/app/sign-in"),
    ("post", "/api/v1/auth/app/token"),
    ("get", "/api/v1/agent/version"),
    ("get", "/api/v1/auth/sso"),
    ("get", "/api/v1/auth/sso/start"),
    ("get", "/api/v1/auth/sso/callback"),
];

const ROWS: &[Row] = &[
    // Self-service: every signed-in user, on their own account.
    row("get", "/api/v1/me", 200, "AAAAA"),
    row("patch", "/api/v1/me", 200, "AAAAA"),
    row("post", "/api/v1/auth/sign-out", 204, "AAAAA"),
    row("get", "/api/v1/me/sessions", 200, "AAAAA"),
    row("delete", "/api/v1/me/sessions/{id}", 204, "AAAAA"),
    row("put", "/api/v1/me/picture", 204, "AAAAA"),
    row("get", "/api/v1/me/second-factor", 200, "AAAAA"),
    row("post", "/api/v1/me/second-factor/totp", 200, "AAAAA"),
    row(
        "post",
        "/api/v1/me/second-factor/totp/confirm",
        200,
        "AAAAA",
    ),
    row("post", "/api/v1/me/second-factor/disable", 204, "AAAAA"),
    row(
        "post",
        "/api/v1/me/second-factor/recovery-codes",
        200,
        "AAAAA",
    ),
    row("get", "/api/v1/me/sso", 200, "AAAAA"),
    // No organisation here offers single sign-on, so every caller may ask and is told so.
    row("post", "/api/v1/me/sso/link", 404, "AAAAA"),
    row("get", "/api/v1/tokens", 200, "AAAAA"),
    // Creating API tokens needs its permission (in the Administrator role); anyone may list
    // and revoke their own.
    row("post", "/api/v1/tokens", 201, "ADDDA"),
    row("delete", "/api/v1/tokens/{id}", 204, "AAAAA"),
    row("get", "/api/v1/tenant", 200, "AAAAA"),
    row("get", "/api/v1/tenant/settings", 200, "AAAAA"),
    row("get", "/api/v1/tenant/get-started", 200, "ADDDA"),
    // Anyone may ask whom they may help; the answer is scoped.
    row("get", "/api/v1/users/{id}/remote-help", 200, "AAAAH"),
    row("get", "/api/v1/users/{id}/picture", 200, "AAAAH"),
    // Administration. The other tenant's owner manages their own tenant (lists, creation)
    // but cannot see this one's rows.
    row("get", "/api/v1/users", 200, "ADDDA"),
    row("post", "/api/v1/users", 201, "ADDDA"),
    row("get", "/api/v1/users/{id}", 200, "ADDDH"),
    row("patch", "/api/v1/users/{id}", 200, "ADDDH"),
    row("delete", "/api/v1/users/{id}", 204, "ADDDH"),
    row("put", "/api/v1/users/{id}/picture", 204, "ADDDH"),
    row("delete", "/api/v1/users/{id}/picture", 204, "ADDDH"),
    row("delete", "/api/v1/users/{id}/second-factor", 204, "ADDDH"),
    row("get", "/api/v1/groups", 200, "ADDDA"),
    // The other tenant's owner names a person of this one: not found.
    row("post", "/api/v1/helpers", 200, "ADDDH"),
    row("post", "/api/v1/groups", 201, "ADDDA"),
    row("get", "/api/v1/groups/{id}", 200, "ADDDH"),
    row("patch", "/api/v1/groups/{id}", 200, "ADDDH"),
    row("delete", "/api/v1/groups/{id}", 204, "ADDDH"),
    row("get", "/api/v1/groups/{id}/members", 200, "ADDDH"),
    row("put", "/api/v1/groups/{id}/members/{user_id}", 204, "ADDDH"),
    row(
        "delete",
        "/api/v1/groups/{id}/members/{user_id}",
        204,
        "ADDDH",
    ),
    row("get", "/api/v1/roles", 200, "ADDDA"),
    row("post", "/api/v1/roles", 201, "ADDDA"),
    row("get", "/api/v1/roles/{id}", 200, "ADDDH"),
    row("patch", "/api/v1/roles/{id}", 200, "ADDDH"),
    row("delete", "/api/v1/roles/{id}", 204, "ADDDH"),
    row("get", "/api/v1/role-assignments", 200, "ADDDA"),
    row("post", "/api/v1/role-assignments", 201, "ADDDA"),
    row("get", "/api/v1/role-assignments/{id}", 200, "ADDDH"),
    row("put", "/api/v1/role-assignments/{id}", 200, "ADDDH"),
    row("delete", "/api/v1/role-assignments/{id}", 204, "ADDDH"),
    row("get", "/api/v1/tenant/sso", 200, "ADDDA"),
    // No provider runs here: an administrator's PUT gets as far as discovery, which fails.
    // Changing the identity provider is an owner's act: the Administrator role is not enough.
    row("put", "/api/v1/tenant/sso", 400, "DDDDA"),
    row("delete", "/api/v1/tenant/sso", 204, "DDDDA"),
    row("patch", "/api/v1/tenant", 200, "ADDDA"),
    row("patch", "/api/v1/tenant/settings", 200, "ADDDA"),
    row("get", "/api/v1/tenant/domains", 200, "ADDDA"),
    row("post", "/api/v1/tenant/domains", 201, "ADDDA"),
    row(
        "post",
        "/api/v1/tenant/domains/{domain}/verify",
        200,
        "ADDDH",
    ),
    row("delete", "/api/v1/tenant/domains/{domain}", 204, "ADDDH"),
    row("get", "/api/v1/enrollment-tokens", 200, "ADDDA"),
    row("post", "/api/v1/enrollment-tokens", 201, "ADDDA"),
    row("delete", "/api/v1/enrollment-tokens/{id}", 204, "ADDDH"),
    row("get", "/api/v1/devices", 200, "AAADA"),
    // A device reader over a group reads the devices in it only (this one is in none).
    row("get", "/api/v1/devices/{id}", 200, "ADDDH"),
    row("get", "/api/v1/devices/{id}/remote-help", 200, "AAAAH"),
    row(
        "put",
        "/api/v1/groups/{id}/devices/{device_id}",
        204,
        "ADDDH",
    ),
    row(
        "delete",
        "/api/v1/groups/{id}/devices/{device_id}",
        204,
        "ADDDH",
    ),
    row("post", "/api/v1/devices/{id}/retire", 204, "ADDDH"),
    row("delete", "/api/v1/devices/{id}", 204, "ADDDH"),
    row("get", "/api/v1/compliance-policies", 200, "ADDDA"),
    row("post", "/api/v1/compliance-policies", 201, "ADDDA"),
    row("get", "/api/v1/compliance-policies/{id}", 200, "ADDDH"),
    row("put", "/api/v1/compliance-policies/{id}", 200, "ADDDH"),
    row("delete", "/api/v1/compliance-policies/{id}", 204, "ADDDH"),
    row("get", "/api/v1/access-policies", 200, "ADDDA"),
    row("post", "/api/v1/access-policies", 201, "ADDDA"),
    row("get", "/api/v1/access-policies/{id}", 200, "ADDDH"),
    row("put", "/api/v1/access-policies/{id}", 200, "ADDDH"),
    row("delete", "/api/v1/access-policies/{id}", 204, "ADDDH"),
    row("get", "/api/v1/audit", 200, "ADDDA"),
    row("get", "/api/v1/audit/export.csv", 200, "ADDDA"),
    // Remote help: helpers start; anyone in the tenant may be helped; participants see and
    // connect (a plain GET of the WebSocket is answered 400, after the checks).
    row("post", "/api/v1/sessions", 201, "AADDA"),
    row("post", "/api/v1/sessions/join", 200, "AAAAH"),
    row("get", "/api/v1/sessions/{id}", 200, "AAAAH"),
    row("get", "/api/v1/sessions/{id}/ws", 400, "AAAAH"),
    // Session reports and live sessions need connector.read over the whole organisation.
    row("get", "/api/v1/sessions/live", 200, "ADDDA"),
    row("post", "/api/v1/sessions/{id}/revoke", 204, "ADDDH"),
    row("get", "/api/v1/reports/sessions", 200, "ADDDA"),
    row("get", "/api/v1/reports/sessions/export.csv", 200, "ADDDA"),
    row("get", "/api/v1/reports/sessions/{id}", 200, "ADDDH"),
    row("get", "/api/v1/ice-servers", 200, "AAAAA"),
];

/// One caller: their e-mail and bearer token, and the owner of the tenant they belong to.
struct Caller {
    email: String,
    token: String,
    outsider: bool,
}

struct World {
    app: TestApp,
    /// Owner of the tenant under test.
    owner: reqwest::Client,
    /// Owner of the other tenant.
    other_owner: reqwest::Client,
    callers: Vec<Caller>,
    counter: std::sync::atomic::AtomicU32,
}

impl World {
    fn unique(&self, prefix: &str) -> String {
        let n = self
            .counter
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        format!("{prefix}{n}")
    }

    fn client_for(caller: &Caller) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "authorization",
            format!("Bearer {}", caller.token).parse().unwrap(),
        );
        reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap()
    }

    /// The owner of the caller's own tenant.
    fn home_owner(&self, caller: &Caller) -> &reqwest::Client {
        if caller.outsider {
            &self.other_owner
        } else {
            &self.owner
        }
    }

    async fn post(&self, client: &reqwest::Client, path: &str, body: Value) -> Value {
        let response = client
            .post(self.app.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "setup {path}: {}",
            response.status()
        );
        response.json().await.unwrap_or(Value::Null)
    }

    /// A token of `client`'s user, made through the store (not every caller may create one).
    async fn spare_token(&self, client: &reqwest::Client) -> Value {
        let me: Value = client
            .get(self.app.url("/api/v1/me"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let tenant = me["tenant"]["id"].as_str().unwrap().parse().unwrap();
        let user = me["user"]["id"].as_str().unwrap().parse().unwrap();
        let (id, _) = mint(&self.app, tenant, user).await;
        json!({ "token": { "id": id } })
    }

    async fn new_user(&self, with_picture: bool) -> String {
        let email = format!("{}@contoso.com", self.unique("target"));
        let user = self
            .post(
                &self.owner,
                "/api/v1/users",
                json!({ "email": email, "display_name": "Target", "password": PASSWORD }),
            )
            .await;
        let id = user["id"].as_str().unwrap().to_owned();
        if with_picture {
            let response = self
                .owner
                .put(self.app.url(&format!("/api/v1/users/{id}/picture")))
                .body(crate::pictures::tiny_png())
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::NO_CONTENT);
        }
        id
    }

    async fn new_group(&self) -> String {
        let group = self
            .post(
                &self.owner,
                "/api/v1/groups",
                json!({ "name": self.unique("group") }),
            )
            .await;
        group["id"].as_str().unwrap().to_owned()
    }

    async fn new_role(&self) -> String {
        let role = self
            .post(
                &self.owner,
                "/api/v1/roles",
                json!({ "name": self.unique("role"), "permissions": ["connector.read"] }),
            )
            .await;
        role["id"].as_str().unwrap().to_owned()
    }

    async fn assignment_body(&self, owner: &reqwest::Client) -> Value {
        let group = self
            .post(
                owner,
                "/api/v1/groups",
                json!({ "name": self.unique("group") }),
            )
            .await;
        json!({ "name": self.unique("assignment"), "role_id": READ_ONLY_OPERATOR, "member_groups": [group["id"]], "scope": { "all_users": true } })
    }

    /// Starts enrolling a new authenticator for the account behind `client`, its tenant's
    /// `owner` removing any earlier one first; answers the enrolment (with the secret).
    async fn start_enrolment(&self, client: &reqwest::Client, owner: &reqwest::Client) -> Value {
        let me = client
            .get(self.app.url("/api/v1/me"))
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap();
        let id = me["user"]["id"].as_str().unwrap();
        let reset = owner
            .delete(self.app.url(&format!("/api/v1/users/{id}/second-factor")))
            .send()
            .await
            .unwrap();
        assert!(
            matches!(reset.status().as_u16(), 204 | 404),
            "reset: {}",
            reset.status()
        );
        self.post(client, "/api/v1/me/second-factor/totp", json!({}))
            .await
    }

    /// Enrols a new authenticator for the account behind `client` (its owner removing any
    /// earlier one first); returns a recovery code.
    async fn enrol(&self, client: &reqwest::Client, owner: &reqwest::Client) -> String {
        let enrolment = self.start_enrolment(client, owner).await;
        let codes = self
            .post(
                client,
                "/api/v1/me/second-factor/totp/confirm",
                json!({ "code": totp_now(&self.app, enrolment["secret"].as_str().unwrap()) }),
            )
            .await;
        codes["codes"][0].as_str().unwrap().to_owned()
    }

    /// The concrete path and body to send for `row` as `caller`, creating what it needs.
    async fn prepare(
        &self,
        row: &Row,
        caller: &Caller,
        client: &reqwest::Client,
    ) -> (String, Option<Value>) {
        let home = self.home_owner(caller);
        match (row.method, row.path) {
            ("delete", "/api/v1/me/sessions/{id}") => {
                let browser = self.app.browser();
                let response = browser
                    .post(self.app.url("/api/v1/auth/sign-in"))
                    .json(&json!({ "email": caller.email, "password": PASSWORD }))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                let sessions = expect_json(
                    browser
                        .get(self.app.url("/api/v1/me/sessions"))
                        .send()
                        .await
                        .unwrap(),
                    StatusCode::OK,
                )
                .await;
                let id = sessions
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|s| s["current"] == true)
                    .unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_owned();
                (format!("/api/v1/me/sessions/{id}"), None)
            }
            ("post", "/api/v1/me/second-factor/totp/confirm") => {
                let enrolment = self.start_enrolment(client, home).await;
                (
                    row.path.to_owned(),
                    Some(
                        json!({ "code": totp_now(&self.app, enrolment["secret"].as_str().unwrap()) }),
                    ),
                )
            }
            (
                "post",
                "/api/v1/me/second-factor/disable" | "/api/v1/me/second-factor/recovery-codes",
            ) => {
                let code = self.enrol(client, home).await;
                (row.path.to_owned(), Some(json!({ "code": code })))
            }
            ("delete", "/api/v1/me/second-factor/totp" | "/api/v1/users/{id}/second-factor") => {
                let id = self.new_user(false).await;
                let email = self
                    .owner
                    .get(self.app.url(&format!("/api/v1/users/{id}")))
                    .send()
                    .await
                    .unwrap()
                    .json::<Value>()
                    .await
                    .unwrap()["email"]
                    .as_str()
                    .unwrap()
                    .to_owned();
                let target = self.app.sign_in(&email).await;
                self.enrol(&target, &self.owner).await;
                (format!("/api/v1/users/{id}/second-factor"), None)
            }
            ("delete", "/api/v1/tokens/{id}") => {
                // A token of the caller's own, minted directly (not every caller may create one).
                let token = self.spare_token(client).await;
                (
                    format!("/api/v1/tokens/{}", token["token"]["id"].as_str().unwrap()),
                    None,
                )
            }
            ("put", "/api/v1/me/picture") => (row.path.to_owned(), None),
            ("post", "/api/v1/tokens") => (row.path.to_owned(), Some(json!({ "name": "probe" }))),
            ("post", "/api/v1/users") => (
                row.path.to_owned(),
                Some(
                    json!({ "email": format!("{}@example.com", self.unique("new")), "display_name": "New" }),
                ),
            ),
            ("post", "/api/v1/helpers") => {
                let id = self.new_user(false).await;
                (row.path.to_owned(), Some(json!({ "users": [id] })))
            }
            ("post", "/api/v1/groups") => (
                row.path.to_owned(),
                Some(json!({ "name": self.unique("new group") })),
            ),
            ("post", "/api/v1/roles") => (
                row.path.to_owned(),
                Some(json!({ "name": self.unique("new role"), "permissions": [] })),
            ),
            ("post", "/api/v1/role-assignments") => {
                (row.path.to_owned(), Some(self.assignment_body(home).await))
            }
            ("post", "/api/v1/tenant/domains") => (
                row.path.to_owned(),
                Some(json!({ "domain": format!("{}.example", self.unique("d")) })),
            ),
            (_, path) if path.starts_with("/api/v1/tenant/domains/{domain}") => {
                // A domain of the tenant under test, verified by the operator so that the
                // verify call succeeds without DNS.
                let domain = format!("{}.example", self.unique("d"));
                let deps = self.app.deps().await;
                let tenant = self
                    .owner
                    .get(self.app.url("/api/v1/tenant"))
                    .send()
                    .await
                    .unwrap()
                    .json::<Value>()
                    .await
                    .unwrap();
                let tenant = tenant["id"].as_str().unwrap().parse().unwrap();
                let operator = assist_server::domain::tenants::operate(&deps, tenant)
                    .await
                    .unwrap();
                assist_server::domain::domains::verify_by_operator(&deps, &operator, &domain)
                    .await
                    .unwrap();
                (path.replace("{domain}", &domain), None)
            }
            ("put", "/api/v1/tenant/sso") => (
                row.path.to_owned(),
                Some(json!({ "issuer": "http://127.0.0.1:9", "client_id": "matrix" })),
            ),
            ("post", "/api/v1/enrollment-tokens") => (
                row.path.to_owned(),
                Some(json!({ "name": "probe", "expires_in_hours": 1, "max_uses": 1 })),
            ),
            ("delete", "/api/v1/enrollment-tokens/{id}") => {
                let (_, id) = crate::devices::enrollment_token(&self.app, &self.owner, 1).await;
                (format!("/api/v1/enrollment-tokens/{id}"), None)
            }
            (_, path) if path.starts_with("/api/v1/devices/{id}") => {
                let (token, _) = crate::devices::enrollment_token(&self.app, &self.owner, 1).await;
                let device = crate::devices::enroll(
                    &self.app,
                    &token,
                    crate::devices::facts("PC", "10.0.1", true),
                )
                .await;
                (path.replace("{id}", &device.id), None)
            }
            ("post", "/api/v1/compliance-policies") => (
                row.path.to_owned(),
                Some(json!({ "name": self.unique("policy"), "rules": {} })),
            ),
            (_, path) if path.starts_with("/api/v1/compliance-policies/{id}") => {
                let created = self
                    .post(
                        &self.owner,
                        "/api/v1/compliance-policies",
                        json!({ "name": self.unique("policy"), "rules": {} }),
                    )
                    .await;
                let body = (row.method == "put").then(|| json!({ "name": self.unique("policy"), "rules": { "disk_encryption_required": true } }));
                (path.replace("{id}", created["id"].as_str().unwrap()), body)
            }
            ("post", "/api/v1/access-policies") => (
                row.path.to_owned(),
                Some(access_policy(&self.unique("policy"))),
            ),
            (_, path) if path.starts_with("/api/v1/access-policies/{id}") => {
                let created = self
                    .post(
                        &self.owner,
                        "/api/v1/access-policies",
                        access_policy(&self.unique("policy")),
                    )
                    .await;
                let body = (row.method == "put").then(|| access_policy(&self.unique("policy")));
                (path.replace("{id}", created["id"].as_str().unwrap()), body)
            }
            ("patch", "/api/v1/tenant") => {
                (row.path.to_owned(), Some(json!({ "name": "Renamed" })))
            }
            ("patch", "/api/v1/tenant/settings") => {
                (row.path.to_owned(), Some(json!({ "chat_enabled": true })))
            }
            ("patch", "/api/v1/me") => (row.path.to_owned(), Some(json!({ "job_title": "Probe" }))),
            (_, path) if path.starts_with("/api/v1/users/{id}") => {
                let id = self
                    .new_user(row.path.ends_with("picture") && row.method != "put")
                    .await;
                let body = (row.method == "patch").then(|| json!({ "job_title": "Changed" }));
                (path.replace("{id}", &id), body)
            }
            (_, path) if path.starts_with("/api/v1/groups/{id}/devices/") => {
                let id = self.new_group().await;
                let (token, _) = crate::devices::enrollment_token(&self.app, &self.owner, 1).await;
                let device = crate::devices::enroll(
                    &self.app,
                    &token,
                    crate::devices::facts("PC", "10.0.1", true),
                )
                .await;
                if row.method == "delete" {
                    let add = self
                        .owner
                        .put(
                            self.app
                                .url(&format!("/api/v1/groups/{id}/devices/{}", device.id)),
                        )
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(add.status(), StatusCode::NO_CONTENT);
                }
                (
                    path.replace("{id}", &id).replace("{device_id}", &device.id),
                    None,
                )
            }
            (_, path) if path.starts_with("/api/v1/groups/{id}") => {
                let id = self.new_group().await;
                let user = self.new_user(false).await;
                if row.method == "delete" && path.ends_with("{user_id}") {
                    let add = self
                        .owner
                        .put(self.app.url(&format!("/api/v1/groups/{id}/members/{user}")))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(add.status(), StatusCode::NO_CONTENT);
                }
                let body = (row.method == "patch").then(|| json!({ "description": "Changed" }));
                (path.replace("{id}", &id).replace("{user_id}", &user), body)
            }
            (_, path) if path.starts_with("/api/v1/roles/{id}") => {
                let body = (row.method == "patch").then(|| json!({ "description": "Changed" }));
                (path.replace("{id}", &self.new_role().await), body)
            }
            (_, path) if path.starts_with("/api/v1/role-assignments/{id}") => {
                let created = self
                    .post(
                        &self.owner,
                        "/api/v1/role-assignments",
                        self.assignment_body(&self.owner).await,
                    )
                    .await;
                let body = if row.method == "put" {
                    Some(self.assignment_body(&self.owner).await)
                } else {
                    None
                };
                (path.replace("{id}", created["id"].as_str().unwrap()), body)
            }
            ("post", "/api/v1/sessions") => (row.path.to_owned(), Some(json!({}))),
            ("post", "/api/v1/sessions/join") => {
                let created = self.post(&self.owner, "/api/v1/sessions", json!({})).await;
                (
                    row.path.to_owned(),
                    Some(json!({ "code": created["code"], "client": "web" })),
                )
            }
            ("get", "/api/v1/sessions/{id}" | "/api/v1/sessions/{id}/ws") => {
                // The caller joins (when they can) so that they are a participant.
                let created = self.post(&self.owner, "/api/v1/sessions", json!({})).await;
                let _ = client
                    .post(self.app.url("/api/v1/sessions/join"))
                    .json(&json!({ "code": created["code"], "client": "web" }))
                    .send()
                    .await
                    .unwrap();
                let id = created["session"]["id"].as_str().unwrap();
                (row.path.replace("{id}", id), None)
            }
            (_, path)
                if path.starts_with("/api/v1/sessions/{id}")
                    || path.starts_with("/api/v1/reports/sessions/{id}") =>
            {
                let created = self.post(&self.owner, "/api/v1/sessions", json!({})).await;
                (
                    path.replace("{id}", created["session"]["id"].as_str().unwrap()),
                    None,
                )
            }
            (_, path) => (path.to_owned(), None),
        }
    }
}

/// A harmless policy: disabled, so the matrix's own sign-ins are not refused.
fn access_policy(name: &str) -> Value {
    json!({ "name": name, "state": "disabled", "targets": { "all_users": true }, "grant": "block" })
}

fn totp_now(app: &TestApp, secret: &str) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let totp = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, bytes, None, String::new());
    let now = assist_server::domain::clock::Clock::now(app.clock.as_ref());
    totp.generate(u64::try_from(now.unix_timestamp()).unwrap())
}

/// An API token for `email`, made through the store: the matrix tests what a token may call,
/// not who may create one (its own row does), and an app's sign-in would end at the sign-out
/// row.
async fn token_for(app: &TestApp, email: &str) -> String {
    let deps = app.deps().await;
    let user =
        assist_server::store::users::find_by_email(&mut deps.store.db().await.unwrap(), email)
            .await
            .unwrap()
            .unwrap()
            .user;
    mint(app, user.tenant_id, user.id).await.1
}

/// Stores a live API token of `user`; answers its ID and secret.
async fn mint(
    app: &TestApp,
    tenant: assist_protocol::ids::TenantId,
    user: assist_protocol::ids::UserId,
) -> (String, String) {
    let deps = app.deps().await;
    let now = assist_server::domain::clock::Clock::now(deps.clock.as_ref());
    let row = assist_server::store::tokens::TokenRow {
        token: assist_protocol::api::tokens::ApiToken {
            id: assist_protocol::ids::ApiTokenId::generate(),
            name: "matrix".to_owned(),
            created_at: now,
            expires_at: Some(now + time::Duration::days(1)),
            last_used_at: None,
        },
        tenant_id: tenant,
        user_id: user,
        revoked_at: None,
    };
    let secret = assist_server::domain::secrets::new_token("ast");
    let hash = assist_server::domain::secrets::token_hash(&secret);
    let mut db = deps.store.db().await.unwrap();
    assist_server::store::tokens::insert(&mut db, &row, &hash)
        .await
        .unwrap();
    (row.token.id.to_string(), secret)
}

#[tokio::test]
async fn every_endpoint_answers_every_kind_of_caller_as_the_table_says() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "owner@contoso.com").await;
    let (other_owner, _) = app.tenant("Fabrikam", "eve@fabrikam.com").await;
    for tenant_owner in [&owner, &other_owner] {
        crate::peers::settings(
            &app,
            tenant_owner,
            json!({ "remote_help_enabled": true, "unenrolled_help_enabled": true }),
        )
        .await;
    }
    let everyone = group(&app, &owner, "Everyone", &[]).await;
    let mut callers = Vec::new();
    for (who, role) in [
        ("admin", Some(ADMINISTRATOR)),
        ("operator", Some(HELP_DESK_OPERATOR)),
        ("readonly", Some(READ_ONLY_OPERATOR)),
        ("norole", None),
    ] {
        let email = format!("{who}@contoso.com");
        let user = app.user(&owner, &email, false).await;
        if let Some(role) = role {
            let members = group(
                &app,
                &owner,
                &format!("{who} group"),
                &[&user.id.to_string()],
            )
            .await;
            assign(
                &app,
                &owner,
                &format!("{who} assignment"),
                role,
                &members,
                // The Administrator role over the whole tenant; the others over a group (a
                // delegated administrator's narrower reach is tested in `delegation`).
                if role == ADMINISTRATOR {
                    json!({ "all_users": true, "all_devices": true })
                } else {
                    json!({ "groups": [everyone] })
                },
            )
            .await;
        }
        callers.push(Caller {
            token: token_for(&app, &email).await,
            email,
            outsider: false,
        });
    }
    callers.push(Caller {
        token: token_for(&app, "eve@fabrikam.com").await,
        email: "eve@fabrikam.com".to_owned(),
        outsider: true,
    });
    let world = World {
        app,
        owner,
        other_owner,
        callers,
        counter: std::sync::atomic::AtomicU32::new(0),
    };

    // Every documented endpoint has a row, and every row an endpoint.
    let doc = world
        .app
        .browser()
        .get(world.app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    let tabled: BTreeSet<(String, String)> = ROWS
        .iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .chain(
            PUBLIC
                .iter()
                .map(|(m, p)| ((*m).to_owned(), (*p).to_owned())),
        )
        .collect();
    assert_eq!(
        documented.difference(&tabled).collect::<Vec<_>>(),
        Vec::<&(String, String)>::new(),
        "endpoints without a row in the matrix"
    );
    assert_eq!(
        tabled.difference(&documented).collect::<Vec<_>>(),
        Vec::<&(String, String)>::new(),
        "rows for endpoints that do not exist"
    );

    // The document agrees with the table: the public endpoints need no credential, every other
    // one needs one and lists 401, which it answers without one; and every status the table
    // expects below (403 for a denied role, 404 for another tenant's row) is listed.
    let mut failures = Vec::new();
    let operation = |method: &str, path: &str| doc["paths"][path][method].clone();
    for (method, path) in PUBLIC {
        if operation(method, path).get("security").is_some() {
            failures.push(format!(
                "{method} {path}: public, but documented with a security requirement"
            ));
        }
    }
    for row in ROWS {
        let documented = operation(row.method, row.path);
        if !documented["security"].is_array() || !documented["responses"]["401"].is_object() {
            failures.push(format!(
                "{} {}: not documented as needing a credential (security, 401)",
                row.method, row.path
            ));
        }
        let method = Method::from_bytes(row.method.to_uppercase().as_bytes()).unwrap();
        let anonymous = reqwest::Client::new()
            .request(method, world.app.url(row.path))
            .send()
            .await
            .unwrap()
            .status();
        if anonymous != StatusCode::UNAUTHORIZED {
            failures.push(format!(
                "{} {} without a credential: {anonymous}, expected 401",
                row.method, row.path
            ));
        }
    }

    for row in ROWS {
        let documented = operation(row.method, row.path);
        for (index, caller) in world.callers.iter().enumerate() {
            let client = World::client_for(caller);
            let (path, body) = world.prepare(row, caller, &client).await;
            let method = Method::from_bytes(row.method.to_uppercase().as_bytes()).unwrap();
            let mut request = client.request(method, world.app.url(&path));
            if row.path.ends_with("picture") && row.method == "put" {
                request = request.body(crate::pictures::tiny_png());
            } else if let Some(body) = body {
                request = request.json(&body);
            }
            let status = request.send().await.unwrap().status().as_u16();
            let expected = match row.expect.as_bytes()[index] {
                b'A' => row.ok,
                b'D' => 403,
                _ => 404,
            };
            if status != expected {
                failures.push(format!(
                    "{} {} as {}: {status}, expected {expected}",
                    row.method, row.path, CALLERS[index]
                ));
            }
            if documented["responses"][status.to_string()].is_null() {
                failures.push(format!(
                    "{} {} as {}: {status} is not in the OpenAPI document",
                    row.method, row.path, CALLERS[index]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "authorisation matrix:\n{}",
        failures.join("\n")
    );
}
