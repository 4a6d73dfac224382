//! Secrets at rest: authenticator secrets and identity providers' client secrets are sealed
//! with the server key file's key, the security codes' key is not in the database, and
//! `assist-server admin rotate-key` seals everything anew while old values keep working.

use reqwest::StatusCode;
use serde_json::json;
use sqlx::Row;

use crate::mfa::{code, enrolled};
use crate::support::{PASSWORD, TestApp, expect_json};

async fn stored_totp_secret(app: &TestApp) -> String {
    let deps = app.deps().await;
    let rows = assist_server::store::totp::all_secrets(&mut deps.store.db().await.unwrap(), "")
        .await
        .unwrap();
    rows[0].1.clone()
}

#[tokio::test]
async fn authenticator_secrets_are_sealed_and_the_code_key_is_not_in_the_database() {
    let app = TestApp::spawn().await;
    let (_, secret, _) = enrolled(&app).await;
    let stored = stored_totp_secret(&app).await;
    assert!(stored.starts_with("sealed:v1:"), "{stored}");
    assert!(!stored.contains(&secret));
    // The key file is the data directory's, readable by its owner only.
    let key_file = app.config.data_dir.join("server.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // No security-code key among the database's server keys.
    let deps = app.deps().await;
    let mut db = deps.store.db().await.unwrap();
    let keys = sqlx::query("SELECT COUNT(*) AS n FROM server_keys")
        .fetch_one(assist_server::store::Conn::conn(&mut db))
        .await;
    if let Ok(row) = keys {
        assert_eq!(row.try_get::<i64, _>("n").unwrap(), 0);
    }
    // And the sealed secret still works at sign-in (the next time step: a code works once).
    app.clock.advance(std::time::Duration::from_secs(30));
    let response = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD, "second_factor_code": code(&app, &secret) }))
        .send()
        .await
        .unwrap();
    expect_json(response, StatusCode::OK).await;
}

#[tokio::test]
async fn rotating_the_key_seals_again_and_old_secrets_keep_working() {
    let mut app = TestApp::spawn().await;
    let (_, secret, _) = enrolled(&app).await;
    let before = stored_totp_secret(&app).await;
    let key_file = app.config.data_dir.join("server.key");
    let (ok, stdout, stderr) = crate::cli::run(
        crate::cli::binary()
            .arg("admin")
            .arg("rotate-key")
            .env("ASSIST_DATA_DIR", &app.config.data_dir)
            .env(
                "ASSIST_DATABASE_URL",
                app.config.database_url.as_ref().unwrap().expose(),
            ),
    );
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("1 stored secrets sealed"), "{stdout}");
    let lines: Vec<String> = std::fs::read_to_string(&key_file)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_owned)
        .collect();
    assert_eq!(lines.len(), 2, "the new key first, the old one kept");
    let after = stored_totp_secret(&app).await;
    assert_ne!(before, after);
    // The running server still holds the old key alone: a restart reads the new file.
    app.restart().await;
    app.clock.advance(std::time::Duration::from_mins(1));
    let response = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD, "second_factor_code": code(&app, &secret) }))
        .send()
        .await
        .unwrap();
    expect_json(response, StatusCode::OK).await;
}
