//! Verified domains: claimed, proven by a TXT record that hickory's resolver reads from a real
//! DNS server (a small one started by the test), or marked verified by the operator.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;
use tokio::net::UdpSocket;

use crate::support::{TestApp, expect_error, expect_json};

/// A tiny authoritative DNS server over UDP answering TXT queries from a table.
struct DnsServer {
    addr: std::net::SocketAddr,
    records: Arc<Mutex<HashMap<String, Vec<String>>>>,
}

impl DnsServer {
    async fn start() -> Self {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let addr = socket.local_addr().unwrap();
        let records: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
        let table = records.clone();
        tokio::spawn(async move {
            let mut buf = [0_u8; 512];
            while let Ok((len, peer)) = socket.recv_from(&mut buf).await {
                if let Some(reply) = answer(&buf[..len], &table) {
                    let _ = socket.send_to(&reply, peer).await;
                }
            }
        });
        Self { addr, records }
    }

    fn publish(&self, name: &str, txt: &str) {
        self.records
            .lock()
            .unwrap()
            .entry(name.to_owned())
            .or_default()
            .push(txt.to_owned());
    }
}

/// Builds the response to one query: the TXT records of the name asked, or none.
fn answer(query: &[u8], table: &Mutex<HashMap<String, Vec<String>>>) -> Option<Vec<u8>> {
    let mut labels = Vec::new();
    let mut at = 12;
    loop {
        let len = usize::from(*query.get(at)?);
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_lowercase());
        at += len;
    }
    let qtype = u16::from_be_bytes([*query.get(at)?, *query.get(at + 1)?]);
    let question = query.get(12..at + 4)?;
    let records = if qtype == 16 {
        table
            .lock()
            .unwrap()
            .get(&labels.join("."))
            .cloned()
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut reply = Vec::new();
    reply.extend_from_slice(&query[..2]);
    reply.extend_from_slice(&[0x85, 0x80, 0, 1]);
    reply.extend_from_slice(&u16::try_from(records.len()).unwrap().to_be_bytes());
    reply.extend_from_slice(&[0, 0, 0, 0]);
    reply.extend_from_slice(question);
    for txt in records {
        let data = txt.as_bytes();
        reply.extend_from_slice(&[0xC0, 0x0C, 0, 16, 0, 1, 0, 0, 0, 60]);
        reply.extend_from_slice(&u16::try_from(data.len() + 1).unwrap().to_be_bytes());
        reply.push(u8::try_from(data.len()).unwrap());
        reply.extend_from_slice(data);
    }
    Some(reply)
}

#[tokio::test]
async fn a_domain_is_verified_by_its_txt_record_once_published() {
    let dns = DnsServer::start().await;
    let app = TestApp::spawn_with(|config| config.dns_server = Some(dns.addr)).await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let claimed = expect_json(
        admin
            .post(app.url("/api/v1/tenant/domains"))
            .json(&json!({ "domain": "Contoso.COM." }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(claimed["domain"], "contoso.com");
    assert!(claimed["verified_at"].is_null());
    let record = claimed["txt_record"].as_str().unwrap().to_owned();
    assert!(record.starts_with("assist-verification="));

    let verify = app.url("/api/v1/tenant/domains/contoso.com/verify");
    dns.publish("contoso.com", "v=spf1 -all");
    let message = expect_error(
        admin.post(&verify).send().await.unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    assert!(
        message.contains(&record),
        "the message says what to publish: {message}"
    );

    dns.publish("contoso.com", &record);
    let verified = expect_json(admin.post(&verify).send().await.unwrap(), StatusCode::OK).await;
    assert!(verified["verified_at"].is_string());
    let list = expect_json(
        admin
            .get(app.url("/api/v1/tenant/domains"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(list["items"][0]["domain"], "contoso.com");

    // Another tenant can claim the name but never verify it, even with its own record published.
    let (other, _) = app.tenant("Impostor", "mallory@impostor.example").await;
    let theirs = expect_json(
        other
            .post(app.url("/api/v1/tenant/domains"))
            .json(&json!({ "domain": "contoso.com" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    dns.publish("contoso.com", theirs["txt_record"].as_str().unwrap());
    expect_error(
        other.post(&verify).send().await.unwrap(),
        StatusCode::CONFLICT,
        ErrorCode::Conflict,
    )
    .await;

    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?action=domain.verified"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"][0]["detail"]["method"], "dns");
}

#[tokio::test]
async fn bad_domains_are_refused_and_removal_works() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    for bad in ["localhost", "no spaces.com", "-x.com", ""] {
        let response = admin
            .post(app.url("/api/v1/tenant/domains"))
            .json(&json!({ "domain": bad }))
            .send()
            .await
            .unwrap();
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    }
    expect_json(
        admin
            .post(app.url("/api/v1/tenant/domains"))
            .json(&json!({ "domain": "contoso.com" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let again = admin
        .post(app.url("/api/v1/tenant/domains"))
        .json(&json!({ "domain": "contoso.com" }))
        .send()
        .await
        .unwrap();
    expect_error(again, StatusCode::CONFLICT, ErrorCode::Conflict).await;
    let removed = admin
        .delete(app.url("/api/v1/tenant/domains/contoso.com"))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    expect_error(
        admin
            .delete(app.url("/api/v1/tenant/domains/contoso.com"))
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
}

#[tokio::test]
async fn addresses_on_a_verified_domain_belong_to_its_organisation_only() {
    let app = TestApp::spawn().await;
    let (contoso, me) = app.tenant("Contoso", "owner@contoso.com").await;
    let deps = app.deps().await;
    let operator = assist_server::domain::tenants::operate(&deps, me.tenant.id)
        .await
        .unwrap();
    assist_server::domain::domains::verify_by_operator(&deps, &operator, "contoso.com")
        .await
        .unwrap();
    let (fabrikam, _) = app.tenant("Fabrikam", "owner@fabrikam.com").await;
    let new_user = json!({ "email": "ceo@contoso.com", "display_name": "Not the CEO" });
    let taken = fabrikam
        .post(app.url("/api/v1/users"))
        .json(&new_user)
        .send()
        .await
        .unwrap();
    let message = expect_error(taken, StatusCode::CONFLICT, ErrorCode::Conflict).await;
    assert!(message.contains("contoso.com"), "{message}");
    // Nor may a new organisation start with such an address.
    let setup = app
        .browser()
        .post(app.url("/api/v1/setup/first-admin"))
        .json(&json!({ "token": app.setup_secret().await, "tenant_name": "Squatter",
            "email": "it@contoso.com", "display_name": "IT", "password": crate::support::PASSWORD }))
        .send()
        .await
        .unwrap();
    expect_error(setup, StatusCode::CONFLICT, ErrorCode::Conflict).await;
    // Contoso itself may.
    expect_json(
        contoso
            .post(app.url("/api/v1/users"))
            .json(&new_user)
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
}
