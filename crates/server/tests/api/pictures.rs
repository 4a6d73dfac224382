//! Profile pictures: PNG or JPEG by content, up to 256 KiB, readable by the tenant's members.

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;

use crate::support::{TestApp, expect_error, expect_json};

/// A valid 1x1 PNG.
pub fn tiny_png() -> Vec<u8> {
    vec![
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
        0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
}

#[tokio::test]
async fn pictures_are_checked_by_content_and_served_to_members() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    app.user(&admin, "bob@contoso.com", false).await;
    let bob = app.sign_in("bob@contoso.com").await;
    let own = app.url("/api/v1/me/picture");
    let ada_picture = app.url(&format!("/api/v1/users/{}/picture", me.user.id));

    // An SVG (script-capable) claiming to be a PNG is refused.
    let svg = admin
        .put(&own)
        .header("content-type", "image/png")
        .body("<svg onload=alert(1)></svg>")
        .send()
        .await
        .unwrap();
    let message = expect_error(svg, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    assert!(message.contains("PNG or JPEG"), "{message}");
    // A truncated PNG is refused.
    let damaged = admin
        .put(&own)
        .body(tiny_png()[..20].to_vec())
        .send()
        .await
        .unwrap();
    expect_error(damaged, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    // Over 256 KiB is refused, before or after the body limit.
    let mut huge = tiny_png();
    huge.resize(256 * 1024 + 1, 0);
    let too_big = admin.put(&own).body(huge).send().await.unwrap();
    expect_error(
        too_big,
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::PayloadTooLarge,
    )
    .await;
    expect_error(
        bob.get(&ada_picture).send().await.unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;

    // Declared as JPEG, but it is a PNG: stored and served as what it is.
    let ok = admin
        .put(&own)
        .header("content-type", "image/jpeg")
        .body(tiny_png())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::NO_CONTENT);
    let served = bob.get(&ada_picture).send().await.unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers().get("content-type").unwrap(), "image/png");
    assert_eq!(
        served.headers().get("x-content-type-options").unwrap(),
        "nosniff"
    );
    assert_eq!(served.bytes().await.unwrap().to_vec(), tiny_png());
    let profile = expect_json(
        admin.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(profile["user"]["has_picture"], true);

    let removed = admin.delete(&ada_picture).send().await.unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    expect_error(
        bob.get(&ada_picture).send().await.unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
}
