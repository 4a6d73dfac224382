//! `TestApp`: a real server on 127.0.0.1:0 with a fresh database and a manual clock, plus
//! HTTP clients that behave like a browser of that origin (cookie jar, `Origin` header).

use std::net::TcpListener;
use std::sync::Arc;

use assist_protocol::api::auth::Me;
use assist_protocol::api::users::User;
use assist_protocol::error::{ErrorBody, ErrorCode};
use assist_server::Server;
use assist_server::config::{Config, DatabaseUrl};
use assist_server::domain::Deps;
use assist_server::domain::clock::ManualClock;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use serde_json::{Value, json};

/// The password every test account uses.
pub const PASSWORD: &str = "correct horse battery staple";

/// A running server and what a test needs to drive it.
pub struct TestApp {
    pub server: Option<Server>,
    pub origin: String,
    pub clock: Arc<ManualClock>,
    pub config: Config,
    pub first_run_link: Option<String>,
    _dir: tempfile::TempDir,
}

/// Where this test's database lives: a SQLite file in `dir`, or a fresh schema in the
/// PostgreSQL database named by `ASSIST_TEST_DATABASE_URL`.
pub async fn fresh_database(dir: &std::path::Path) -> DatabaseUrl {
    match std::env::var("ASSIST_TEST_DATABASE_URL") {
        Ok(base) if !base.is_empty() => {
            let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
            let pool = sqlx::PgPool::connect(&base)
                .await
                .expect("connect to ASSIST_TEST_DATABASE_URL");
            sqlx::query(&format!("CREATE SCHEMA {schema}"))
                .execute(&pool)
                .await
                .expect("create schema");
            pool.close().await;
            let separator = if base.contains('?') { '&' } else { '?' };
            DatabaseUrl::new(format!(
                "{base}{separator}options=-c%20search_path%3D{schema}"
            ))
        }
        _ => DatabaseUrl::new(format!(
            "sqlite://{}?mode=rwc",
            dir.join("assist.db").display()
        )),
    }
}

impl TestApp {
    /// A server with the default configuration.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// A server whose configuration `adjust` changes first.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> Self {
        // Server warnings and errors, shown with a failing test's output.
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter("warn")
            .try_init();
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = Config {
            data_dir: dir.path().to_owned(),
            ..Config::default()
        };
        config.database_url = Some(fresh_database(dir.path()).await);
        adjust(&mut config);
        let clock = Arc::new(ManualClock::starting_now());
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let server = Server::start(config.clone(), listener, clock.clone())
            .await
            .expect("server starts");
        let origin = server.origin().to_owned();
        let first_run_link = server.setup_link().map(str::to_owned);
        Self {
            server: Some(server),
            origin,
            clock,
            config,
            first_run_link,
            _dir: dir,
        }
    }

    /// A handle on servers this test started itself (other processes) on `config`'s store,
    /// reached at `origin`.
    pub fn external(origin: String, config: Config, dir: tempfile::TempDir) -> Self {
        Self {
            server: None,
            origin,
            clock: Arc::new(ManualClock::starting_now()),
            config,
            first_run_link: None,
            _dir: dir,
        }
    }

    /// Stops the server and starts it again on the same address and store, as an operator's
    /// restart would.
    pub async fn restart(&mut self) {
        let server = self.server.take().expect("server");
        let addr = server.addr();
        server
            .shutdown(std::time::Duration::from_secs(5))
            .await
            .expect("stops");
        let listener = TcpListener::bind(addr).expect("bind the same address again");
        let server = Server::start(self.config.clone(), listener, self.clock.clone())
            .await
            .expect("restarts");
        self.server = Some(server);
    }

    /// An absolute URL on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// A new browser-like client: its own cookie jar, and this server's `Origin`.
    pub fn browser(&self) -> reqwest::Client {
        let mut headers = HeaderMap::new();
        headers.insert(
            ORIGIN,
            HeaderValue::from_str(&self.origin).expect("origin header"),
        );
        reqwest::Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .danger_accept_invalid_certs(true)
            .build()
            .expect("client")
    }

    /// The domain's dependencies on this server's store and clock, for what only the server's
    /// operator can do (issue links) and for tampering tests.
    pub async fn deps(&self) -> Deps {
        let store = assist_server::open_store(&self.config)
            .await
            .expect("store");
        assist_server::deps(
            &self.config,
            store,
            self.clock.clone(),
            Arc::new(assist_server::bus::local::LocalBus::default()),
        )
        .expect("the server key file")
    }

    /// A fresh first-admin link's secret (the first start's, then ones the operator issues).
    pub async fn setup_secret(&self) -> String {
        let link = assist_server::domain::setup::issue_first_admin_link(&self.deps().await)
            .await
            .expect("issue link");
        link.secret
    }

    /// Creates a tenant and its administrator through a setup link; returns their signed-in
    /// browser and who they are.
    pub async fn tenant(&self, name: &str, admin_email: &str) -> (reqwest::Client, Me) {
        let browser = self.browser();
        let response = browser
            .post(self.url("/api/v1/setup/first-admin"))
            .json(&json!({
                "token": self.setup_secret().await,
                "tenant_name": name,
                "email": admin_email,
                "display_name": format!("Admin of {name}"),
                "job_title": "IT Manager",
                "company": name,
                "password": PASSWORD,
            }))
            .send()
            .await
            .expect("send");
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{}",
            response.text().await.unwrap_or_default()
        );
        let me = response.json().await.expect("me");
        (browser, me)
    }

    /// Creates a user (with the shared password) as `admin`.
    pub async fn user(&self, admin: &reqwest::Client, email: &str, is_admin: bool) -> User {
        let response = admin
            .post(self.url("/api/v1/users"))
            .json(&json!({
                "email": email,
                "display_name": email.split('@').next().unwrap_or(email),
                "password": PASSWORD,
                "is_admin": is_admin,
            }))
            .send()
            .await
            .expect("send");
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "{}",
            response.text().await.unwrap_or_default()
        );
        response.json().await.expect("user")
    }

    /// Signs in with the shared password; returns the signed-in browser.
    pub async fn sign_in(&self, email: &str) -> reqwest::Client {
        let browser = self.browser();
        let response = browser
            .post(self.url("/api/v1/auth/sign-in"))
            .json(&json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .expect("send");
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{}",
            response.text().await.unwrap_or_default()
        );
        browser
    }
}

/// Asserts a response is the API error `code` with `status`, and returns its message.
pub async fn expect_error(
    response: reqwest::Response,
    status: StatusCode,
    code: ErrorCode,
) -> String {
    let actual = response.status();
    let text = response.text().await.expect("body");
    assert_eq!(actual, status, "unexpected status; body: {text}");
    let body: ErrorBody =
        serde_json::from_str(&text).unwrap_or_else(|err| panic!("error body {text:?}: {err}"));
    assert_eq!(
        body.code, code,
        "unexpected code; message: {}",
        body.message
    );
    assert!(!body.message.is_empty());
    body.message
}

/// Reads a successful JSON response.
pub async fn expect_json(response: reqwest::Response, status: StatusCode) -> Value {
    let actual = response.status();
    let text = response.text().await.expect("body");
    assert_eq!(actual, status, "unexpected status; body: {text}");
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).expect("JSON body")
    }
}
