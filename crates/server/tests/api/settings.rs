//! Tenant settings: documented defaults, read by members, changed by administrators within
//! range, audited; and the audit log's filters and CSV export.

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{TestApp, expect_error, expect_json};

#[tokio::test]
async fn settings_default_safe_and_change_only_within_range() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    app.user(&admin, "bob@contoso.com", false).await;
    let member = app.sign_in("bob@contoso.com").await;
    let url = app.url("/api/v1/tenant/settings");

    let defaults = expect_json(member.get(&url).send().await.unwrap(), StatusCode::OK).await;
    assert_eq!(defaults["remote_help_enabled"], false);
    assert_eq!(defaults["unenrolled_help_enabled"], false);
    assert_eq!(defaults["chat_enabled"], true);
    assert_eq!(defaults["code_lifetime_minutes"], 10);
    assert_eq!(defaults["report_retention_days"], 30);

    let forbidden = member
        .patch(&url)
        .json(&json!({ "remote_help_enabled": true }))
        .send()
        .await
        .unwrap();
    expect_error(forbidden, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;
    for bad in [
        json!({ "code_lifetime_minutes": 0 }),
        json!({ "report_retention_days": 5000 }),
        json!({ "chat_enabled": "yes" }),
        json!({ "colour": 1 }),
    ] {
        let response = admin.patch(&url).json(&bad).send().await.unwrap();
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    }
    let changed = expect_json(
        admin
            .patch(&url)
            .json(&json!({ "remote_help_enabled": true, "code_lifetime_minutes": 5 }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(changed["remote_help_enabled"], true);
    assert_eq!(changed["code_lifetime_minutes"], 5);
    assert_eq!(
        changed["chat_enabled"], true,
        "untouched fields keep their values"
    );
    let seen = expect_json(member.get(&url).send().await.unwrap(), StatusCode::OK).await;
    assert_eq!(seen, changed);

    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?action=settings.updated"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let events = audit["items"].as_array().unwrap();
    assert_eq!(
        events.len(),
        1,
        "refused changes are not recorded as changes"
    );
    assert_eq!(events[0]["detail"]["before"]["remote_help_enabled"], false);
    assert_eq!(events[0]["detail"]["after"]["remote_help_enabled"], true);
}

#[tokio::test]
async fn the_audit_log_filters_by_time_and_exports_csv() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    let before_groups = time::OffsetDateTime::now_utc();
    app.clock.advance(std::time::Duration::from_hours(1));
    let marker = assist_server::domain::clock::Clock::now(app.clock.as_ref());
    for name in ["Help desk", "Field service"] {
        expect_json(
            admin
                .post(app.url("/api/v1/groups"))
                .json(&json!({ "name": name }))
                .send()
                .await
                .unwrap(),
            StatusCode::CREATED,
        )
        .await;
    }
    let since = marker
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let recent = expect_json(
        admin
            .get(app.url("/api/v1/audit"))
            .query(&[("since", since.as_str())])
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let actions: Vec<&str> = recent["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["group.created", "group.created"]);
    let until = before_groups
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let older = expect_json(
        admin
            .get(app.url("/api/v1/audit"))
            .query(&[("until", until.as_str())])
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert!(
        older["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] != "group.created")
    );
    let bad = admin
        .get(app.url("/api/v1/audit?since=yesterday"))
        .send()
        .await
        .unwrap();
    expect_error(bad, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;

    let response = admin
        .get(app.url("/api/v1/audit/export.csv"))
        .query(&[("action", "group.created")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers().get("content-type").unwrap(),
        "text/csv; charset=utf-8"
    );
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "seq,time,actor,action,target,detail");
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[1].contains(&format!("user:{}", me.user.id)) && lines[1].contains("Field service"),
        "{csv}"
    );
}
