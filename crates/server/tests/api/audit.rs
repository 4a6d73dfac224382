//! The audit chain: changes are recorded with actor and target, and any altered, removed or
//! truncated row is detected and named.

use assist_server::domain::audit::Break;
use assist_server::domain::tenants::{ChainReport, verify_audit_chain};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{TestApp, expect_json};

async fn raw_sql(app: &TestApp, sql: &str) {
    sqlx::any::install_default_drivers();
    let mut conn =
        <sqlx::AnyConnection as sqlx::Connection>::connect(app.config.database_url().expose())
            .await
            .unwrap();
    sqlx::query(sql).execute(&mut conn).await.unwrap();
}

async fn report(app: &TestApp) -> ChainReport {
    verify_audit_chain(&app.deps().await).await.unwrap()
}

async fn populated() -> TestApp {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    app.user(&admin, "bob@contoso.com", false).await;
    expect_json(
        admin
            .post(app.url("/api/v1/groups"))
            .json(&json!({ "name": "Help desk" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let audit = expect_json(
        admin.get(app.url("/api/v1/audit")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "group.created",
            "user.created",
            "auth.signed_in",
            "user.created",
            "tenant.created"
        ]
    );
    assert_eq!(audit["items"][0]["actor"], format!("user:{}", me.user.id));
    app
}

#[tokio::test]
async fn an_untouched_chain_verifies() {
    let app = populated().await;
    // The first-run link issue and the operator's link issue are events too.
    let report = report(&app).await;
    assert!(
        matches!(&report, ChainReport::Intact { events, head_hash } if *events >= 7 && head_hash.len() == 64),
        "{report:?}"
    );
}

#[tokio::test]
async fn an_altered_row_is_detected() {
    let app = populated().await;
    raw_sql(
        &app,
        "UPDATE audit_events SET actor = 'cli' WHERE action = 'group.created'",
    )
    .await;
    let ChainReport::Broken(Break::Altered { seq }) = report(&app).await else {
        panic!("not detected")
    };
    assert!(seq > 1);
}

#[tokio::test]
async fn a_removed_row_is_detected() {
    let app = populated().await;
    raw_sql(
        &app,
        "DELETE FROM audit_events WHERE action = 'tenant.created'",
    )
    .await;
    assert!(matches!(
        report(&app).await,
        ChainReport::Broken(Break::Missing { .. })
    ));
}

#[tokio::test]
async fn a_removed_newest_row_is_detected() {
    let app = populated().await;
    raw_sql(
        &app,
        "DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)",
    )
    .await;
    assert!(matches!(
        report(&app).await,
        ChainReport::Broken(Break::Truncated { .. })
    ));
}
