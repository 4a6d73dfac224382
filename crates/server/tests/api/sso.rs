//! Single sign-on against a real OpenID Connect provider (`tests/oidc-provider`, node-oidc-
//! provider, installed with `npm ci` on first use): configuration, first and later sign-ins,
//! and the refusals (unverified domain, wrong audience, expired token, replayed state, another
//! organisation's account), key rotation, and the client secret never shown.

use std::fs::File;
use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use assist_protocol::api::domains::Domain;
use assist_protocol::api::sso::SsoClaimNames;
use assist_protocol::error::ErrorCode;
use assist_server::store::sso::SsoRow;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, LOCATION, SET_COOKIE};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncBufReadExt, BufReader};
use url::Url;

use crate::support::{TestApp, expect_error, expect_json};

const FIXTURE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oidc-provider");
const CALLBACK: &str = "/api/v1/auth/sso/callback";
/// The secret of the provider's `assist` client; must never come back out of Assist.
const SECRET: &str = "s3cret-never-shown-4f9c2e";
const OTHER_SECRET: &str = "s3cret-of-another-client";

/// Installs the provider's npm packages once per test process, when they are missing. A file
/// lock keeps two test processes from running `npm ci` in the same folder at once.
fn install_fixture() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let lock = File::create(Path::new(env!("CARGO_TARGET_TMPDIR")).join("oidc-provider.lock"))
            .expect("lock file");
        lock.lock().expect("lock");
        let marker = Path::new(FIXTURE_DIR).join("node_modules/oidc-provider/package.json");
        if !marker.exists() {
            let output = std::process::Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(FIXTURE_DIR)
                .output()
                .expect("npm runs (Node.js >= 20.19 and npm are needed for the SSO tests)");
            assert!(
                output.status.success(),
                "npm ci in {FIXTURE_DIR} failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    });
}

/// A running provider process, killed when dropped. Its stderr is kept and printed only when
/// the test fails.
struct Idp {
    issuer: String,
    logs: Arc<Mutex<String>>,
    http: reqwest::Client,
    _child: tokio::process::Child,
}

impl Idp {
    /// Starts the provider with clients `assist` and `other` whose redirect URI is `app`'s
    /// callback, and these accounts.
    async fn start(app: &TestApp, accounts: &Value) -> Self {
        install_fixture();
        let fixture = json!({
            "clients": [
                { "client_id": "assist", "client_secret": SECRET, "redirect_uris": [app.url(CALLBACK)] },
                { "client_id": "other", "client_secret": OTHER_SECRET, "redirect_uris": [app.url(CALLBACK)] },
            ],
            "accounts": accounts,
        });
        let mut child = tokio::process::Command::new("node")
            .arg("provider.mjs")
            .current_dir(FIXTURE_DIR)
            .env("PORT", "0")
            .env("OIDC_FIXTURE_JSON", fixture.to_string())
            .env("EXIT_ON_STDIN_CLOSE", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("node starts");
        let logs = Arc::new(Mutex::new(String::new()));
        let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
        let sink = logs.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = stderr.next_line().await {
                let mut logs = sink.lock().unwrap();
                logs.push_str(&line);
                logs.push('\n');
            }
        });
        let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
        let ready = tokio::time::timeout(Duration::from_mins(1), stdout.next_line())
            .await
            .expect("the provider says READY within a minute")
            .unwrap()
            .unwrap_or_else(|| panic!("provider exited: {}", logs.lock().unwrap()));
        let issuer = ready.strip_prefix("READY ").expect("READY line").to_owned();
        Self {
            issuer,
            logs,
            http: reqwest::Client::new(),
            _child: child,
        }
    }

    /// Calls a fixture control route.
    async fn control(&self, path: &str, body: Value) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.issuer))
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_json(response, StatusCode::OK).await
    }
}

impl Drop for Idp {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "--- OIDC provider log ---\n{}",
                self.logs.lock().map(|l| l.clone()).unwrap_or_default()
            );
        }
    }
}

/// The provider's people: two at contoso.com (one with a second factor and a picture), one
/// whose provider e-mail is on a domain Contoso has not verified, one whose address the
/// provider has not verified, and one with an account in another organisation.
fn accounts(picture_url: &str) -> Value {
    json!([
        { "sub": "u-ada", "email": "ada@contoso.com", "email_verified": true, "name": "Ada Lovelace",
          "job_title": "Service Desk Lead", "company": "Contoso", "picture": picture_url,
          "amr": ["pwd", "otp"] },
        { "sub": "u-bob", "email": "bob@contoso.com", "email_verified": true, "name": "Bob Builder",
          "amr": ["pwd"] },
        // Signed in by `login_hint=carol@contoso.com` (matched as `sub`), but the provider
        // asserts an address on a domain Contoso never verified.
        { "sub": "carol@contoso.com", "email": "carol@partner.example", "email_verified": true,
          "name": "Carol Contractor", "amr": ["pwd"] },
        { "sub": "u-dan", "email": "dan@contoso.com", "email_verified": false, "name": "Dan",
          "amr": ["pwd"] },
        { "sub": "u-eve", "email": "eve@contoso.com", "email_verified": true, "name": "Eve",
          "amr": ["pwd"] },
        // Someone the provider lets assert the owner's address: an account with a password
        // of its own must not be reachable through it until the owner links it.
        { "sub": "u-owner", "email": "owner@contoso.com", "email_verified": true,
          "name": "Owner at the provider", "amr": ["pwd"] },
        { "sub": "u-fay", "email": "fay@contoso.com", "email_verified": true, "name": "Fay",
          "amr": ["pwd"] },
        // Another subject asserting Fay's address (signed in by `login_hint=fay2@contoso.com`,
        // matched as `sub`): it must not reach Fay's account, which is linked to u-fay.
        { "sub": "fay2@contoso.com", "email": "fay@contoso.com", "email_verified": true,
          "name": "Not Fay", "amr": ["pwd"] },
    ])
}

/// Serves a PNG at `/ada.png` on a port of its own; returns its URL.
async fn picture_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = axum::Router::new().route(
        "/ada.png",
        axum::routing::get(|| async {
            (
                [(axum::http::header::CONTENT_TYPE, "image/png")],
                crate::pictures::tiny_png(),
            )
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{addr}/ada.png")
}

/// Marks `domain` verified for `tenant` through the store (as the server operator would).
async fn verified_domain(app: &TestApp, tenant: assist_protocol::ids::TenantId, domain: &str) {
    let deps = app.deps().await;
    let mut db = deps.store.db().await.unwrap();
    let now = deps.clock.now();
    let claim = Domain {
        domain: domain.to_owned(),
        txt_record: format!("assist-verification={domain}"),
        created_at: now,
        verified_at: None,
    };
    assist_server::store::domains::insert(&mut db, tenant, &claim)
        .await
        .unwrap();
    assert!(
        assist_server::store::domains::mark_verified(&mut db, tenant, domain, "cli", now)
            .await
            .unwrap()
    );
}

/// Contoso with contoso.com verified, its owner's browser, a provider, and SSO configured.
struct World {
    app: TestApp,
    owner: reqwest::Client,
    tenant: assist_protocol::ids::TenantId,
    /// Bind it in every test (`idp: _idp`): a `..` pattern drops it, which stops the provider.
    idp: Idp,
}

/// A server that lets a tenant use an identity provider on this machine (the test's).
async fn local_provider_allowed() -> TestApp {
    TestApp::spawn_with(|config| config.sso_local_issuers = true).await
}

#[tokio::test]
async fn a_provider_on_the_servers_own_machine_is_refused_unless_configured() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "owner@contoso.com").await;
    for issuer in [
        "http://127.0.0.1:9",
        app.origin.as_str(),
        "http://localhost:8080",
        "https://[::1]",
        "https://169.254.169.254",
    ] {
        let message = expect_error(
            owner
                .put(app.url("/api/v1/tenant/sso"))
                .json(&json!({ "issuer": issuer, "client_id": "assist" }))
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
        assert!(
            message.contains("must not be on this machine"),
            "{issuer}: {message}"
        );
    }
}

async fn world() -> World {
    // Installed before the server starts: the tests' clock stands still from then on, and ID
    // tokens carry the real time.
    install_fixture();
    let app = local_provider_allowed().await;
    let (owner, me) = app.tenant("Contoso", "owner@contoso.com").await;
    verified_domain(&app, me.tenant.id, "contoso.com").await;
    let idp = Idp::start(&app, &accounts(&picture_server().await)).await;
    let config = configure(&app, &owner, &idp.issuer, "assist", Some(SECRET)).await;
    assert_eq!(config["client_secret_set"], true);
    // Stored sealed with the server key file's key (every sign-in below opens it).
    let deps = app.deps().await;
    let stored =
        assist_server::store::sso::all_client_secrets(&mut deps.store.db().await.unwrap(), "")
            .await
            .unwrap();
    assert!(stored[0].1.starts_with("sealed:v1:") && !stored[0].1.contains(SECRET));
    World {
        app,
        owner,
        tenant: me.tenant.id,
        idp,
    }
}

async fn configure(
    app: &TestApp,
    admin: &reqwest::Client,
    issuer: &str,
    client_id: &str,
    secret: Option<&str>,
) -> Value {
    let mut body = json!({ "issuer": issuer, "client_id": client_id });
    if let Some(secret) = secret {
        body["client_secret"] = json!(secret);
    }
    expect_json(
        admin
            .put(app.url("/api/v1/tenant/sso"))
            .json(&body)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await
}

/// A browser that keeps cookies and does not follow redirects, so each hop can be checked.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .unwrap_or_else(|| panic!("no Location in a {} answer", response.status()))
        .to_str()
        .unwrap()
        .to_owned()
}

fn query_param(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Asks Assist to start SSO for `email`; returns the provider's authorisation URL.
async fn start(browser: &reqwest::Client, app: &TestApp, email: &str) -> Url {
    let response = browser
        .get(app.url("/api/v1/auth/sso/start"))
        .query(&[("email", email)])
        .header(ACCEPT, "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap_or_default()
    );
    Url::parse(&location(&response)).unwrap()
}

/// Follows the provider's redirects by hand until one points at Assist's callback.
async fn through_provider(browser: &reqwest::Client, app: &TestApp, mut url: Url) -> Url {
    let callback = app.url(CALLBACK);
    for _ in 0..10 {
        let response = browser.get(url.clone()).send().await.unwrap();
        let status = response.status();
        assert!(
            status.is_redirection(),
            "{status} at {url}: {}",
            response.text().await.unwrap_or_default()
        );
        let next = url.join(&location(&response)).unwrap();
        if next.as_str().starts_with(&callback) {
            return next;
        }
        url = next;
    }
    panic!("the provider never sent the browser back");
}

/// Delivers the provider's answer to Assist, asking for JSON errors.
async fn finish(browser: &reqwest::Client, callback: &Url) -> reqwest::Response {
    browser
        .get(callback.clone())
        .header(ACCEPT, "application/json")
        .send()
        .await
        .unwrap()
}

/// The provider's answer for `email`, ready to deliver, and the browser that started it.
async fn answer_for(app: &TestApp, email: &str) -> (reqwest::Client, Url) {
    let browser = browser();
    let authorize = start(&browser, app, email).await;
    let callback = through_provider(&browser, app, authorize).await;
    (browser, callback)
}

/// A whole sign-in that must succeed; returns the signed-in browser and who it is.
async fn sso_sign_in(app: &TestApp, email: &str) -> (reqwest::Client, Value) {
    let (browser, callback) = answer_for(app, email).await;
    let response = finish(&browser, &callback).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap_or_default()
    );
    assert_eq!(location(&response), "/");
    let me = expect_json(
        browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    (browser, me)
}

/// Delivers an answer that must be refused with `sso_failed`; returns the message.
async fn refused(browser: &reqwest::Client, callback: &Url) -> String {
    expect_error(
        finish(browser, callback).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::SsoFailed,
    )
    .await
}

async fn audit(app: &TestApp, admin: &reqwest::Client, action: &str) -> Vec<Value> {
    let page = expect_json(
        admin
            .get(app.url("/api/v1/audit"))
            .query(&[("action", action), ("limit", "200")])
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    page["items"].as_array().unwrap().clone()
}

async fn user_emails(app: &TestApp, admin: &reqwest::Client) -> Vec<String> {
    let page = expect_json(
        admin.get(app.url("/api/v1/users")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn administrators_configure_sso_and_the_secret_never_comes_back() {
    install_fixture();
    let app = local_provider_allowed().await;
    let (owner, _) = app.tenant("Contoso", "owner@contoso.com").await;
    let idp = Idp::start(&app, &accounts("https://pictures.invalid/ada.png")).await;

    // Before configuration: the defaults, and the redirect URI to register.
    let empty = expect_json(
        owner
            .get(app.url("/api/v1/tenant/sso"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(empty["configured"], false);
    assert_eq!(empty["scopes"], json!(["openid", "email", "profile"]));
    assert_eq!(empty["claims"]["display_name"], "name");
    assert_eq!(empty["redirect_uri"], app.url(CALLBACK));

    // Bad issuers are refused with a reason: nothing listening, not an OpenID provider, not
    // https on a public host.
    for (issuer, words) in [
        ("http://127.0.0.1:9", "could not be reached"),
        (&app.origin as &str, "HTTP 404"),
        ("http://idp.example.com", "https://"),
        ("not a url", "not a URL"),
    ] {
        let message = expect_error(
            owner
                .put(app.url("/api/v1/tenant/sso"))
                .json(&json!({ "issuer": issuer, "client_id": "assist" }))
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
        assert!(message.contains(words), "{issuer}: {message}");
        // Fixed words only: nothing from the network stack or the answer's body.
        for internal in ["tcp", "connect", "refused", "os error", "Not Found"] {
            assert!(!message.contains(internal), "{issuer}: {message}");
        }
    }
    // Unknown fields and bad scopes are refused too.
    for body in [
        json!({ "issuer": idp.issuer, "client_id": "assist", "secret": "x" }),
        json!({ "issuer": idp.issuer, "client_id": "assist", "scopes": ["openid", "two words"] }),
        json!({ "issuer": idp.issuer, "client_id": " " }),
    ] {
        expect_error(
            owner
                .put(app.url("/api/v1/tenant/sso"))
                .json(&body)
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
    }

    // A good configuration; the issuer may be typed with a trailing slash.
    let config = expect_json(
        owner
            .put(app.url("/api/v1/tenant/sso"))
            .json(&json!({
                "issuer": format!("{}/", idp.issuer),
                "client_id": "assist",
                "client_secret": SECRET,
                "scopes": ["email", "profile"],
                "claims": { "job_title": "title" },
                "button_label": "Sign in with Contoso",
            }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(config["configured"], true);
    assert_eq!(config["enabled"], true);
    assert_eq!(config["issuer"], idp.issuer, "the provider's own spelling");
    assert_eq!(config["client_secret_set"], true);
    assert_eq!(config["scopes"], json!(["openid", "email", "profile"]));
    assert_eq!(config["claims"]["job_title"], "title");
    assert_eq!(config["claims"]["company"], "company");
    assert_eq!(config["button_label"], "Sign in with Contoso");

    // Changing it without a secret keeps the secret.
    let kept = configure(&app, &owner, &idp.issuer, "assist", None).await;
    assert_eq!(kept["client_secret_set"], true);

    // Only administrators see or change it.
    app.user(&owner, "bob@contoso.com", false).await;
    let bob = app.sign_in("bob@contoso.com").await;
    expect_error(
        bob.get(app.url("/api/v1/tenant/sso")).send().await.unwrap(),
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;
    expect_error(
        bob.put(app.url("/api/v1/tenant/sso"))
            .json(&json!({ "issuer": idp.issuer, "client_id": "mine" }))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    )
    .await;

    // The secret appears in no answer and no audit event (JSON or CSV).
    let shown = owner
        .get(app.url("/api/v1/tenant/sso"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let events = owner
        .get(app.url("/api/v1/audit"))
        .query(&[("limit", "200")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csv = owner
        .get(app.url("/api/v1/audit/export.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for text in [&shown, &events, &csv] {
        assert!(!text.contains(SECRET), "secret leaked: {text}");
    }
    let configured = audit(&app, &owner, "sso.configured").await;
    assert_eq!(configured.len(), 2);
    assert_eq!(configured[0]["detail"]["client_secret"], "kept");
    assert_eq!(configured[1]["detail"]["client_secret"], "set");
    assert_eq!(configured[1]["detail"]["after"]["client_id"], "assist");

    // Removing it is audited, and repeating it is harmless.
    for _ in 0..2 {
        let response = owner
            .delete(app.url("/api/v1/tenant/sso"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    let after = expect_json(
        owner
            .get(app.url("/api/v1/tenant/sso"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(after["configured"], false);
    assert_eq!(after["client_secret_set"], false);
    assert_eq!(audit(&app, &owner, "sso.removed").await.len(), 1);
}

#[tokio::test]
async fn first_sign_in_creates_the_user_from_claims_and_later_ones_reuse_them() {
    let World {
        app, owner, idp, ..
    } = world().await;

    // The start: PKCE S256, state, nonce, login_hint, our callback; a Lax binding cookie.
    let browser = browser();
    let response = browser
        .get(app.url("/api/v1/auth/sso/start"))
        .query(&[("email", "Ada@Contoso.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = response
        .headers()
        .get(SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("assist_sso="), "{cookie}");
    for attribute in [
        "HttpOnly",
        "SameSite=Lax",
        "Path=/api/v1/auth/sso",
        "Max-Age=600",
    ] {
        assert!(cookie.contains(attribute), "{attribute} missing: {cookie}");
    }
    let authorize = Url::parse(&location(&response)).unwrap();
    assert!(authorize.as_str().starts_with(&idp.issuer), "{authorize}");
    assert_eq!(
        query_param(&authorize, "response_type").as_deref(),
        Some("code")
    );
    assert_eq!(
        query_param(&authorize, "client_id").as_deref(),
        Some("assist")
    );
    assert_eq!(
        query_param(&authorize, "code_challenge_method").as_deref(),
        Some("S256")
    );
    assert_eq!(
        query_param(&authorize, "login_hint").as_deref(),
        Some("ada@contoso.com")
    );
    assert_eq!(
        query_param(&authorize, "redirect_uri"),
        Some(app.url(CALLBACK))
    );
    for name in ["state", "nonce", "code_challenge"] {
        assert!(
            query_param(&authorize, name).is_some_and(|v| v.len() >= 43),
            "{name} missing or short"
        );
    }
    assert_eq!(
        query_param(&authorize, "scope").as_deref(),
        Some("openid email profile")
    );

    // The provider signs Ada in and sends her back; Assist creates her account from the
    // claims and signs her in, with the provider's second factor.
    let callback = through_provider(&browser, &app, authorize).await;
    let response = finish(&browser, &callback).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    let cookies: Vec<&str> = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        cookies.iter().any(|c| c.starts_with("assist_session=")
            && c.contains("HttpOnly")
            && c.contains("SameSite=Strict")),
        "{cookies:?}"
    );
    let me = expect_json(
        browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["user"]["email"], "ada@contoso.com");
    assert_eq!(me["user"]["display_name"], "Ada Lovelace");
    assert_eq!(me["user"]["job_title"], "Service Desk Lead");
    assert_eq!(me["user"]["company"], "Contoso");
    assert_eq!(me["user"]["is_admin"], false);
    assert_eq!(me["user"]["has_picture"], true);
    assert_eq!(me["second_factor"], true, "amr has otp");
    assert_eq!(me["via"], "cookie");
    let ada_id = me["user"]["id"].as_str().unwrap().to_owned();
    let picture = browser
        .get(app.url(&format!("/api/v1/users/{ada_id}/picture")))
        .send()
        .await
        .unwrap();
    assert_eq!(picture.status(), StatusCode::OK);
    assert_eq!(
        picture.bytes().await.unwrap().to_vec(),
        crate::pictures::tiny_png()
    );

    // The organisation manages her profile through its provider: she cannot change it...
    assert_eq!(me["profile_managed"], true);
    expect_error(
        browser
            .patch(app.url("/api/v1/me"))
            .header(reqwest::header::ORIGIN, app.origin.as_str())
            .json(&json!({ "job_title": "Chief Executive" }))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        ErrorCode::ProfileManaged,
    )
    .await;
    // ...and a change made here gives way to the provider's claims at her next sign-in.
    expect_json(
        owner
            .patch(app.url(&format!("/api/v1/users/{ada_id}")))
            .json(&json!({ "job_title": "Intern", "display_name": "Ada L." }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;

    // A second sign-in, in another browser, is the same person; no second account.
    let (_, again) = sso_sign_in(&app, "ada@contoso.com").await;
    assert_eq!(again["user"]["id"], ada_id.as_str());
    assert_eq!(again["user"]["display_name"], "Ada Lovelace");
    assert_eq!(again["user"]["job_title"], "Service Desk Lead");
    let synced = audit(&app, &owner, "user.profile_synced").await;
    assert_eq!(synced.len(), 1, "{synced:?}");
    assert_eq!(synced[0]["actor"], "sso");
    assert_eq!(
        synced[0]["detail"]["changed"],
        json!(["display_name", "job_title"])
    );
    let created = audit(&app, &owner, "user.created").await;
    let by_sso: Vec<&Value> = created.iter().filter(|e| e["actor"] == "sso").collect();
    assert_eq!(by_sso.len(), 1, "{created:?}");
    assert_eq!(by_sso[0]["target"], format!("user:{ada_id}"));
    assert_eq!(by_sso[0]["detail"]["via"], "sso");
    let signed_in = audit(&app, &owner, "auth.signed_in").await;
    let sso_sign_ins = signed_in
        .iter()
        .filter(|e| e["detail"]["method"] == "sso" && e["actor"] == format!("user:{ada_id}"))
        .count();
    assert_eq!(sso_sign_ins, 2);

    // Bob's provider used a password only: no second factor.
    let (_, bob) = sso_sign_in(&app, "bob@contoso.com").await;
    assert_eq!(bob["user"]["display_name"], "Bob Builder");
    assert_eq!(bob["second_factor"], false);
    assert_eq!(bob["user"]["has_picture"], false);

    // A disabled account is refused.
    let bob_id = bob["user"]["id"].as_str().unwrap();
    expect_json(
        owner
            .patch(app.url(&format!("/api/v1/users/{bob_id}")))
            .json(&json!({ "disabled": true }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let (browser, callback) = answer_for(&app, "bob@contoso.com").await;
    assert!(refused(&browser, &callback).await.contains("disabled"));

    // An address the provider has not verified is refused, and creates nobody.
    let (browser, callback) = answer_for(&app, "dan@contoso.com").await;
    assert!(refused(&browser, &callback).await.contains("not verified"));
    assert!(
        !user_emails(&app, &owner)
            .await
            .contains(&"dan@contoso.com".to_owned())
    );
}

#[tokio::test]
async fn starting_needs_a_verified_domain_with_sso_enabled() {
    let World {
        app, owner, idp, ..
    } = world().await;
    let browser = browser();
    // A domain nobody verified: JSON for scripts, a redirect with the code for browsers.
    expect_error(
        browser
            .get(app.url("/api/v1/auth/sso/start"))
            .query(&[("email", "someone@elsewhere.example")])
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::SsoNotConfigured,
    )
    .await;
    let redirected = browser
        .get(app.url("/api/v1/auth/sso/start"))
        .query(&[("email", "someone@elsewhere.example")])
        .send()
        .await
        .unwrap();
    assert_eq!(redirected.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&redirected),
        "/sign-in?sso_error=sso_not_configured"
    );
    expect_error(
        browser
            .get(app.url("/api/v1/auth/sso/start"))
            .query(&[("email", "not an address")])
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;

    // Turned off, the tenant's SSO is not offered.
    expect_json(
        owner
            .put(app.url("/api/v1/tenant/sso"))
            .json(&json!({ "issuer": idp.issuer, "client_id": "assist", "enabled": false }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_error(
        browser
            .get(app.url("/api/v1/auth/sso/start"))
            .query(&[("email", "ada@contoso.com")])
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::SsoNotConfigured,
    )
    .await;

    // Turned on again, with the provider gone: a gateway error, its details only in the log.
    configure(&app, &owner, &idp.issuer, "assist", None).await;
    drop(idp);
    let message = expect_error(
        browser
            .get(app.url("/api/v1/auth/sso/start"))
            .query(&[("email", "ada@contoso.com")])
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_GATEWAY,
        ErrorCode::SsoProviderUnavailable,
    )
    .await;
    assert!(message.contains("could not be reached"), "{message}");
    assert!(!message.contains("127.0.0.1"), "{message}");
}

#[tokio::test]
async fn an_address_on_an_unverified_domain_gets_no_account() {
    let World {
        app,
        owner,
        tenant,
        idp: _idp,
    } = world().await;
    // Claimed but not verified: still not enough.
    let deps = app.deps().await;
    let claim = Domain {
        domain: "partner.example".to_owned(),
        txt_record: "assist-verification=x".to_owned(),
        created_at: deps.clock.now(),
        verified_at: None,
    };
    assist_server::store::domains::insert(&mut deps.store.db().await.unwrap(), tenant, &claim)
        .await
        .unwrap();

    let (browser, callback) = answer_for(&app, "carol@contoso.com").await;
    let message = refused(&browser, &callback).await;
    assert!(
        message.contains("partner.example is not a verified domain of this organisation"),
        "{message}"
    );
    let me = browser.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    assert!(
        !user_emails(&app, &owner)
            .await
            .iter()
            .any(|e| e.contains("carol"))
    );
    let failures = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(failures[0]["target"], "email:carol@partner.example");
    assert_eq!(failures[0]["detail"]["reason"], "domain_not_verified");
    assert_eq!(failures[0]["detail"]["method"], "sso");

    // A browser gets the code in the sign-in page's address.
    let (browser, callback) = answer_for(&app, "carol@contoso.com").await;
    let response = browser.get(callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/sign-in?sso_error=sso_failed");
}

#[tokio::test]
async fn tokens_for_another_audience_and_codes_of_another_client_are_refused() {
    let World {
        app, tenant, idp, ..
    } = world().await;

    // A genuine ID token from the provider, issued to the client `other`: signature, issuer
    // and expiry are fine, the audience is not ours.
    let verifier = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let nonce = "nonce-for-other";
    let authorize = Url::parse_with_params(
        &format!("{}/auth", idp.issuer),
        &[
            ("response_type", "code"),
            ("client_id", "other"),
            ("redirect_uri", &app.url(CALLBACK)),
            ("scope", "openid email profile"),
            ("state", "state-for-other"),
            ("nonce", nonce),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
            ("login_hint", "ada@contoso.com"),
        ],
    )
    .unwrap();
    let answer = through_provider(&browser(), &app, authorize).await;
    let code = query_param(&answer, "code").expect("code");
    let tokens = expect_json(
        reqwest::Client::new()
            .post(format!("{}/token", idp.issuer))
            .basic_auth("other", Some(OTHER_SECRET))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", &app.url(CALLBACK)),
                ("code_verifier", &verifier),
            ])
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let id_token = tokens["id_token"].as_str().unwrap();
    let deps = app.deps().await;
    let metadata = deps.sso.discover(&idp.issuer).await.unwrap();
    let now = deps.clock.now();
    let config = |client_id: &str| SsoRow {
        tenant_id: tenant,
        issuer: idp.issuer.clone(),
        client_id: client_id.to_owned(),
        client_secret: None,
        scopes: vec!["openid".to_owned()],
        claims: SsoClaimNames::default(),
        button_label: String::new(),
        enabled: true,
        updated_at: now,
    };
    let err = assist_server::domain::sso::verify_id_token(
        &metadata,
        &config("assist"),
        id_token,
        nonce,
        now,
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("meant for another application"),
        "{err}"
    );
    // The same token checks out for its real audience, so audience is what was refused.
    let claims = assist_server::domain::sso::verify_id_token(
        &metadata,
        &config("other"),
        id_token,
        nonce,
        now,
    )
    .unwrap();
    assert_eq!(claims["aud"], "other");
    // And a wrong nonce is refused too.
    assert!(
        assist_server::domain::sso::verify_id_token(
            &metadata,
            &config("other"),
            id_token,
            "another nonce",
            now
        )
        .is_err()
    );

    // Through the callback: a code the provider issued to `other` (the authorisation URL's
    // client swapped) cannot be redeemed by Assist's client.
    let browser = browser();
    let authorize = start(&browser, &app, "ada@contoso.com").await;
    let swapped: Vec<(String, String)> = authorize
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "client_id" { "other".into() } else { v };
            (k.into_owned(), v.into_owned())
        })
        .collect();
    let mut foreign = authorize.clone();
    foreign.query_pairs_mut().clear().extend_pairs(swapped);
    let callback = through_provider(&browser, &app, foreign).await;
    let message = refused(&browser, &callback).await;
    assert!(message.contains("refused to redeem"), "{message}");
}

#[tokio::test]
async fn an_expired_id_token_is_refused() {
    let World {
        app, owner, idp, ..
    } = world().await;
    idp.control("/__fixture/config", json!({ "id_token_ttl_seconds": 1 }))
        .await;
    let (browser, callback) = answer_for(&app, "ada@contoso.com").await;
    // Well past the token's expiry and the allowed clock skew, within the sign-in's lifetime.
    app.clock.advance(Duration::from_mins(9));
    let message = refused(&browser, &callback).await;
    assert!(message.contains("expired"), "{message}");
    assert!(
        !user_emails(&app, &owner)
            .await
            .contains(&"ada@contoso.com".to_owned())
    );
    let failures = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(failures[0]["detail"]["reason"], "invalid_id_token");
}

#[tokio::test]
async fn a_state_is_single_use_bound_to_its_browser_and_short_lived() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;

    // Unknown state.
    let stranger = browser();
    let bogus = Url::parse(&format!("{}?code=x&state=made-up", app.url(CALLBACK))).unwrap();
    assert!(refused(&stranger, &bogus).await.contains("unknown"));

    // A stolen answer is useless in another browser, and does not spoil the real one.
    let (browser, callback) = answer_for(&app, "ada@contoso.com").await;
    assert!(
        refused(&stranger, &callback)
            .await
            .contains("another browser")
    );
    let response = finish(&browser, &callback).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");

    // Replayed, by the same browser or another one: refused.
    assert!(
        refused(&browser, &callback)
            .await
            .contains("already completed")
    );
    assert!(
        refused(&stranger, &callback)
            .await
            .contains("already completed")
    );
    let failures = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(failures[0]["detail"]["reason"], "state_replayed");

    // Older than ten minutes: refused.
    let (browser, callback) = answer_for(&app, "bob@contoso.com").await;
    app.clock.advance(Duration::from_mins(11));
    assert!(refused(&browser, &callback).await.contains("10 minutes"));

    // The provider's own refusal (it knows nobody by that name) is passed on.
    let (browser, callback) = answer_for(&app, "nobody@contoso.com").await;
    assert_eq!(
        query_param(&callback, "error").as_deref(),
        Some("access_denied")
    );
    let message = refused(&browser, &callback).await;
    assert!(
        message.contains("refused the sign-in (access_denied)"),
        "{message}"
    );
}

#[tokio::test]
async fn rotated_provider_keys_are_fetched() {
    let World { app, idp, .. } = world().await;
    sso_sign_in(&app, "ada@contoso.com").await;
    let rotated = idp.control("/__fixture/rotate-keys", json!({})).await;
    let new_kid = rotated["kid"].as_str().unwrap().to_owned();
    // Assist has the old key set cached; the new kid makes it fetch the set again.
    let (_, me) = sso_sign_in(&app, "bob@contoso.com").await;
    assert_eq!(me["user"]["email"], "bob@contoso.com");
    let kept = idp.control("/__fixture/drop-old-keys", json!({})).await;
    assert_eq!(kept["kids"], json!([new_kid]));
    sso_sign_in(&app, "ada@contoso.com").await;
}

#[tokio::test]
async fn an_account_of_another_organisation_is_refused() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;
    // Fabrikam has an account for eve@contoso.com (addresses are unique server-wide), made
    // before Contoso verified contoso.com: the API refuses such an address now, so the test
    // writes it to the store as an older server would have.
    let (_, fabrikam) = app.tenant("Fabrikam", "owner@fabrikam.com").await;
    let deps = app.deps().await;
    let now = assist_server::domain::clock::Clock::now(deps.clock.as_ref());
    let eve = assist_protocol::api::users::User {
        id: assist_protocol::ids::UserId::generate(),
        tenant_id: fabrikam.tenant.id,
        email: "eve@contoso.com".to_owned(),
        display_name: "Eve".to_owned(),
        job_title: String::new(),
        company: String::new(),
        has_picture: false,
        is_admin: false,
        disabled: false,
        created_at: now,
        updated_at: now,
    };
    let hash = assist_server::domain::secrets::hash_password(crate::support::PASSWORD).unwrap();
    assist_server::store::users::insert(&mut deps.store.db().await.unwrap(), &eve, Some(&hash))
        .await
        .unwrap();

    let (browser, callback) = answer_for(&app, "eve@contoso.com").await;
    let message = refused(&browser, &callback).await;
    assert!(message.contains("another organisation"), "{message}");
    assert_eq!(
        browser
            .get(app.url("/api/v1/me"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // Eve's own password still works in Fabrikam; Contoso gained no account.
    app.sign_in("eve@contoso.com").await;
    assert!(
        !user_emails(&app, &owner)
            .await
            .contains(&"eve@contoso.com".to_owned())
    );
}

// ---------------------------------------------------------------------------------------------
// Native apps (RFC 8252): the system browser, a loopback redirect URI and PKCE
// ---------------------------------------------------------------------------------------------

/// Where the test's "app" listens (nothing needs to: the test reads the redirect).
const APP_REDIRECT: &str = "http://127.0.0.1:49152/callback";

/// A PKCE verifier (64 unreserved characters) and its S256 challenge.
fn pkce() -> (String, String) {
    let verifier = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    (verifier, challenge)
}

/// Starts an app's single sign-on for `email` in a fresh "system browser"; answers the browser
/// and the start's response.
async fn app_start(
    app: &TestApp,
    email: &str,
    redirect_uri: &str,
    challenge: &str,
) -> (reqwest::Client, reqwest::Response) {
    let browser = browser();
    let response = browser
        .get(app.url("/api/v1/auth/sso/start"))
        .query(&[
            ("email", email),
            ("app_redirect_uri", redirect_uri),
            ("app_state", "xyz 1/2"),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ])
        .send()
        .await
        .unwrap();
    (browser, response)
}

/// An app's whole trip through the provider; answers the URL Assist finally sent the browser
/// to (the app's redirect URI with its parameters) and the browser.
async fn app_redirect(app: &TestApp, email: &str, challenge: &str) -> (reqwest::Client, Url) {
    let (browser, response) = app_start(app, email, APP_REDIRECT, challenge).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap_or_default()
    );
    let authorize = Url::parse(&location(&response)).unwrap();
    let callback = through_provider(&browser, app, authorize).await;
    let response = browser.get(callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .all(|c| !c.to_str().unwrap().starts_with("assist_session=")),
        "an app's sign-in sets no session cookie in the browser"
    );
    let to = Url::parse(&location(&response)).unwrap();
    assert!(to.as_str().starts_with(&format!("{APP_REDIRECT}?")), "{to}");
    assert_eq!(query_param(&to, "state").as_deref(), Some("xyz 1/2"));
    (browser, to)
}

async fn redeem(app: &TestApp, code: &str, verifier: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url("/api/v1/auth/app/token"))
        .json(&json!({ "code": code, "code_verifier": verifier, "app": "Assist app 0.1.0" }))
        .send()
        .await
        .unwrap()
}

async fn me_with(app: &TestApp, token: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_app_signs_in_through_the_system_browser_with_a_loopback_redirect_and_pkce() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;
    let (verifier, challenge) = pkce();
    let (browser, to) = app_redirect(&app, "ada@contoso.com", &challenge).await;
    let code = query_param(&to, "code").unwrap();
    assert!(code.starts_with("asc_") && code.len() == 47, "{code}");
    // The browser itself is not signed in.
    assert_eq!(
        browser
            .get(app.url("/api/v1/me"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );

    // The app redeems the code with its verifier: a bearer token, the provider's second factor.
    let answer = expect_json(redeem(&app, &code, &verifier).await, StatusCode::OK).await;
    let token = answer["token"].as_str().unwrap().to_owned();
    assert!(token.starts_with("asa_"), "{token}");
    assert!(answer["expires_at"].is_string());
    let me = expect_json(me_with(&app, &token).await, StatusCode::OK).await;
    assert_eq!(me["user"]["email"], "ada@contoso.com");
    assert_eq!(me["via"], "app");
    assert_eq!(me["second_factor"], true, "amr has otp");
    let sessions = expect_json(
        reqwest::Client::new()
            .get(app.url("/api/v1/me/sessions"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(sessions[0]["kind"], "app");
    assert_eq!(sessions[0]["app"], "Assist app 0.1.0");
    let signed_in = audit(&app, &owner, "auth.signed_in").await;
    assert!(
        signed_in
            .iter()
            .any(|e| e["detail"]["method"] == "sso" && e["detail"]["client"] == "app"),
        "{signed_in:?}"
    );

    // The code works once; presented again it is refused and the session it gave ends.
    expect_error(
        redeem(&app, &code, &verifier).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    expect_error(
        me_with(&app, &token).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let failures = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(failures[0]["detail"]["reason"], "app_code_replayed");
    assert!(failures[0]["detail"]["revoked_session"].is_string());

    // The browser flow is unchanged beside it.
    let (_, me) = sso_sign_in(&app, "ada@contoso.com").await;
    assert_eq!(me["via"], "cookie");
}

#[tokio::test]
async fn an_app_code_needs_its_verifier_in_time_and_is_burnt_by_a_wrong_one() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;

    // A wrong verifier (another flow's) is refused, and burns the code.
    let (verifier, challenge) = pkce();
    let (other_verifier, _) = pkce();
    let (_, to) = app_redirect(&app, "bob@contoso.com", &challenge).await;
    let code = query_param(&to, "code").unwrap();
    for wrong in [other_verifier.as_str(), "short", challenge.as_str()] {
        expect_error(
            redeem(&app, &code, wrong).await,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    expect_error(
        redeem(&app, &code, &verifier).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let failures = audit(&app, &owner, "auth.sign_in_failed").await;
    let reasons: Vec<&str> = failures
        .iter()
        .map(|e| e["detail"]["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons[..4],
        [
            "app_code_replayed",
            "app_code_replayed",
            "app_code_replayed",
            "pkce_mismatch"
        ]
    );

    // After 60 seconds the code is dead.
    let (verifier, challenge) = pkce();
    let (_, to) = app_redirect(&app, "bob@contoso.com", &challenge).await;
    let code = query_param(&to, "code").unwrap();
    app.clock.advance(Duration::from_secs(61));
    expect_error(
        redeem(&app, &code, &verifier).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let failures = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(failures[0]["detail"]["reason"], "app_code_expired");

    // Within 60 seconds it works; an unknown code never does.
    let (verifier, challenge) = pkce();
    let (_, to) = app_redirect(&app, "bob@contoso.com", &challenge).await;
    let code = query_param(&to, "code").unwrap();
    app.clock.advance(Duration::from_secs(59));
    expect_json(redeem(&app, &code, &verifier).await, StatusCode::OK).await;
    expect_error(
        redeem(&app, &format!("asc_{}", "A".repeat(43)), &verifier).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
}

#[tokio::test]
async fn only_loopback_redirects_with_s256_are_accepted_and_refusals_go_to_the_app() {
    let World { app, idp: _idp, .. } = world().await;
    let (_, challenge) = pkce();

    // Anything but a loopback IP literal with a port is refused, and nobody is redirected
    // there: JSON for scripts, Assist's own sign-in page for browsers.
    for bad in [
        "http://localhost:49152/callback",
        "https://127.0.0.1:49152/callback",
        "http://evil.example/callback",
        "http://127.0.0.1/callback",
        "http://127.0.0.1:49152/callback?next=1",
        "http://127.0.0.1:49152@evil.example/callback",
    ] {
        let (browser, response) = app_start(&app, "ada@contoso.com", bad, &challenge).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{bad}");
        assert_eq!(
            location(&response),
            "/sign-in?sso_error=invalid_request",
            "{bad}"
        );
        let message = expect_error(
            browser
                .get(app.url("/api/v1/auth/sso/start"))
                .query(&[
                    ("email", "ada@contoso.com"),
                    ("app_redirect_uri", bad),
                    ("code_challenge", &challenge),
                    ("code_challenge_method", "S256"),
                ])
                .header(ACCEPT, "application/json")
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
        assert!(message.contains("loopback"), "{bad}: {message}");
    }
    // All or nothing, S256 only, a well-formed challenge.
    for query in [
        vec![("app_redirect_uri", APP_REDIRECT)],
        vec![
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ],
        vec![
            ("app_redirect_uri", APP_REDIRECT),
            ("code_challenge", challenge.as_str()),
        ],
        vec![
            ("app_redirect_uri", APP_REDIRECT),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "plain"),
        ],
        vec![
            ("app_redirect_uri", APP_REDIRECT),
            ("code_challenge", "too-short"),
            ("code_challenge_method", "S256"),
        ],
        vec![("app_state", "lonely")],
    ] {
        let mut query = query;
        query.push(("email", "ada@contoso.com"));
        expect_error(
            browser()
                .get(app.url("/api/v1/auth/sso/start"))
                .query(&query)
                .header(ACCEPT, "application/json")
                .send()
                .await
                .unwrap(),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
    }

    // Once the app's parameters are accepted, a refusal goes to the app, with its state.
    let (_, response) = app_start(
        &app,
        "someone@elsewhere.example",
        "http://[::1]:40000/cb",
        &challenge,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let to = Url::parse(&location(&response)).unwrap();
    assert!(to.as_str().starts_with("http://[::1]:40000/cb?"), "{to}");
    assert_eq!(
        query_param(&to, "error").as_deref(),
        Some("sso_not_configured")
    );
    assert_eq!(query_param(&to, "state").as_deref(), Some("xyz 1/2"));
    assert!(query_param(&to, "code").is_none());

    // Refused at the callback (the provider has not verified Dan's address): to the app too.
    let (verifier, challenge) = pkce();
    let (browser, response) = app_start(&app, "dan@contoso.com", APP_REDIRECT, &challenge).await;
    let authorize = Url::parse(&location(&response)).unwrap();
    let callback = through_provider(&browser, &app, authorize).await;
    let response = browser.get(callback).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let to = Url::parse(&location(&response)).unwrap();
    assert!(to.as_str().starts_with(&format!("{APP_REDIRECT}?")), "{to}");
    assert_eq!(query_param(&to, "error").as_deref(), Some("sso_failed"));
    assert!(
        query_param(&to, "error_description")
            .unwrap()
            .contains("not verified")
    );
    assert_eq!(query_param(&to, "state").as_deref(), Some("xyz 1/2"));
    assert!(query_param(&to, "code").is_none());
    let _ = verifier;
}

// ---------------------------------------------------------------------------------------------
// Linking: an identity (issuer and subject) signs in only the account it is linked to
// ---------------------------------------------------------------------------------------------

/// A browser signed in with a password that does not follow redirects, with this server's
/// `Origin` for its state-changing calls.
async fn password_browser(app: &TestApp, email: &str, code: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ORIGIN,
        reqwest::header::HeaderValue::from_str(&app.origin).unwrap(),
    );
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = browser
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": email, "password": crate::support::PASSWORD, "second_factor_code": code }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    browser
}

async fn link_status(app: &TestApp, browser: &reqwest::Client) -> Value {
    expect_json(
        browser.get(app.url("/api/v1/me/sso")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await
}

#[tokio::test]
async fn an_account_with_its_own_password_is_reached_only_once_its_owner_links_it() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;
    // The provider asserts the owner's address: refused, the account has a password.
    let (browser, callback) = answer_for(&app, "owner@contoso.com").await;
    let message = refused(&browser, &callback).await;
    assert!(message.contains("link single sign-on"), "{message}");
    let refusals = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(refusals[0]["detail"]["reason"], "link_required");
    assert!(audit(&app, &owner, "sso.identity_linked").await.is_empty());

    // The owner signs in with the password and links the provider to the account.
    let own = password_browser(&app, "owner@contoso.com", None).await;
    assert_eq!(
        link_status(&app, &own).await,
        json!({ "available": true, "linked": false })
    );
    let started = expect_json(
        own.post(app.url("/api/v1/me/sso/link"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let authorize = Url::parse(started["authorize_url"].as_str().unwrap()).unwrap();
    let callback = through_provider(&own, &app, authorize).await;
    let response = finish(&own, &callback).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    assert_eq!(
        link_status(&app, &own).await,
        json!({ "available": true, "linked": true })
    );
    let linked = audit(&app, &owner, "sso.identity_linked").await;
    assert_eq!(linked[0]["detail"]["subject"], "u-owner");

    // From now on the provider signs the owner in.
    let (_, me) = sso_sign_in(&app, "owner@contoso.com").await;
    assert_eq!(me["user"]["email"], "owner@contoso.com");
}

#[tokio::test]
async fn a_link_started_by_one_account_cannot_take_over_another_identity() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;
    // Fay's account comes from her first single sign-on (linked to u-fay).
    sso_sign_in(&app, "fay@contoso.com").await;
    // Bob has a password; he starts a link but the provider answers for Fay.
    app.user(&owner, "bob@contoso.com", false).await;
    let bob = password_browser(&app, "bob@contoso.com", None).await;
    let started = expect_json(
        bob.post(app.url("/api/v1/me/sso/link"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let mut authorize = Url::parse(started["authorize_url"].as_str().unwrap()).unwrap();
    let pairs: Vec<(String, String)> = authorize
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "login_hint" {
                "fay@contoso.com".into()
            } else {
                v
            };
            (k.into_owned(), v.into_owned())
        })
        .collect();
    authorize.query_pairs_mut().clear().extend_pairs(pairs);
    let callback = through_provider(&bob, &app, authorize).await;
    let message = refused(&bob, &callback).await;
    assert!(
        message.contains("already linked to another account"),
        "{message}"
    );
    assert_eq!(
        link_status(&app, &bob).await,
        json!({ "available": true, "linked": false })
    );
}

#[tokio::test]
async fn another_subject_with_the_same_address_does_not_take_over_a_linked_account() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;
    // Fay's account comes from her first single sign-on: linked to u-fay, no password.
    sso_sign_in(&app, "fay@contoso.com").await;
    let (browser, callback) = answer_for(&app, "fay2@contoso.com").await;
    let message = refused(&browser, &callback).await;
    assert!(message.contains("linked to another identity"), "{message}");
    let refusals = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(refusals[0]["detail"]["reason"], "identity_mismatch");
    // Fay herself still signs in.
    let (_, me) = sso_sign_in(&app, "fay@contoso.com").await;
    assert_eq!(me["user"]["display_name"], "Fay");
}

#[tokio::test]
async fn a_local_second_factor_is_still_needed_unless_the_provider_proves_one() {
    let World {
        app,
        owner,
        idp: _idp,
        ..
    } = world().await;
    // Bob signs in through the provider (password only there), then adds an authenticator.
    let (bob, _) = sso_sign_in(&app, "bob@contoso.com").await;
    let enrolment = expect_json(
        bob.post(app.url("/api/v1/me/second-factor/totp"))
            .header(reqwest::header::ORIGIN, &app.origin)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let secret = enrolment["secret"].as_str().unwrap();
    expect_json(
        bob.post(app.url("/api/v1/me/second-factor/totp/confirm"))
            .header(reqwest::header::ORIGIN, &app.origin)
            .json(&json!({ "code": crate::mfa::code(&app, secret) }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let (browser, callback) = answer_for(&app, "bob@contoso.com").await;
    let message = refused(&browser, &callback).await;
    assert!(message.contains("authenticator app"), "{message}");
    let refusals = audit(&app, &owner, "auth.sign_in_failed").await;
    assert_eq!(refusals[0]["detail"]["reason"], "second_factor_required");
    // Ada's provider proves a second factor (amr otp): her local one is not asked again.
    let (_, me) = sso_sign_in(&app, "ada@contoso.com").await;
    assert_eq!(me["second_factor"], true);
}

/// The sign-in page offers single sign-on only when it can work: some organisation has it
/// turned on and has verified a domain (how a sign-in finds the organisation).
#[tokio::test]
async fn single_sign_on_is_offered_only_when_it_can_work() {
    let app = TestApp::spawn().await;
    let available = || async {
        let status = expect_json(
            reqwest::get(app.url("/api/v1/auth/sso")).await.unwrap(),
            StatusCode::OK,
        )
        .await;
        status["available"].as_bool().unwrap()
    };
    assert!(!available().await, "a new server has no single sign-on");

    let (_, me) = app.tenant("Contoso", "owner@contoso.com").await;
    let deps = app.deps().await;
    let mut row = SsoRow {
        tenant_id: me.tenant.id,
        issuer: "https://login.contoso.com".to_owned(),
        client_id: "assist".to_owned(),
        client_secret: None,
        scopes: vec!["openid".to_owned(), "email".to_owned()],
        claims: SsoClaimNames::default(),
        button_label: "Sign in with Contoso".to_owned(),
        enabled: true,
        updated_at: deps.clock.now(),
    };
    assist_server::store::sso::put(&mut deps.store.db().await.unwrap(), &row)
        .await
        .unwrap();
    assert!(
        !available().await,
        "without a verified domain no e-mail address leads to it"
    );

    verified_domain(&app, me.tenant.id, "contoso.com").await;
    assert!(available().await);

    row.enabled = false;
    assist_server::store::sso::put(&mut deps.store.db().await.unwrap(), &row)
        .await
        .unwrap();
    assert!(!available().await, "turned off, it is not offered");
}
