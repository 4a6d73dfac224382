//! Single sign-on for the app (RFC 8252): the system browser signs in at the organisation's
//! identity provider through the Assist server, which sends a one-time code to a loopback
//! address only this process listens on; the code is worth nothing without the PKCE verifier
//! this process holds.

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore as _;
use sha2::Digest as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;
use url::Url;

use crate::api::{Api, ApiError, AppToken};

/// How long the browser may take.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_mins(5);
const CALLBACK_PATH: &str = "/assist/callback";

/// Why single sign-on failed.
#[derive(Debug, thiserror::Error)]
pub enum SsoError {
    /// The loopback listener failed.
    #[error("cannot listen for the browser: {0}")]
    Listen(std::io::Error),
    /// Nothing came back in time.
    #[error("single sign-on did not finish within {} minutes", SIGN_IN_TIMEOUT.as_secs() / 60)]
    TimedOut,
    /// The server or provider refused; the code from the redirect.
    #[error("single sign-on was refused ({0})")]
    Refused(String),
    /// Redeeming the code failed.
    #[error(transparent)]
    Api(#[from] ApiError),
}

/// A started sign-in: open `url` in the browser, then `finish`.
#[derive(Debug)]
pub struct Pending {
    /// Where to send the browser.
    pub url: Url,
    listener: TcpListener,
    verifier: String,
    state: String,
}

fn random() -> String {
    let mut bytes = [0_u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Listens on a loopback port and builds the sign-in address for `email`.
pub async fn start(api: &Api, email: &str) -> Result<Pending, SsoError> {
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .await
        .map_err(SsoError::Listen)?;
    let port = listener.local_addr().map_err(SsoError::Listen)?.port();
    let verifier = random();
    let state = random();
    let challenge = URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier.as_bytes()));
    let mut url = api.url("/api/v1/auth/sso/start");
    url.query_pairs_mut()
        .append_pair("email", email.trim())
        .append_pair(
            "app_redirect_uri",
            &format!("http://127.0.0.1:{port}{CALLBACK_PATH}"),
        )
        .append_pair("app_state", &state)
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256");
    Ok(Pending {
        url,
        listener,
        verifier,
        state,
    })
}

/// Opens the system browser (best effort: the address is also shown to the sharer).
pub fn open_browser(url: &Url) {
    let opened = std::process::Command::new("xdg-open")
        .arg(url.as_str())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(err) = opened {
        tracing::info!(%err, "could not open the browser; the sharer has the address");
    }
}

impl Pending {
    /// Waits for the browser to come back, then redeems the code with the verifier.
    pub async fn finish(self, api: &Api) -> Result<AppToken, SsoError> {
        let (code, error) = tokio::time::timeout(SIGN_IN_TIMEOUT, self.wait_for_redirect())
            .await
            .map_err(|_| SsoError::TimedOut)??;
        if let Some(error) = error {
            return Err(SsoError::Refused(error));
        }
        Ok(api.redeem_sso_code(&code, &self.verifier).await?)
    }

    /// Serves the loopback address until a request with this sign-in's state arrives; other
    /// requests (a browser's favicon, a stray visitor) get 404 and are ignored.
    async fn wait_for_redirect(&self) -> Result<(String, Option<String>), SsoError> {
        loop {
            let (mut stream, _) = self.listener.accept().await.map_err(SsoError::Listen)?;
            let mut buffer = vec![0_u8; 8192];
            let mut read = 0;
            // Read the request head only; the redirect is a GET without a body.
            while read < buffer.len() && !buffer[..read].windows(4).any(|w| w == b"\r\n\r\n") {
                match tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buffer[read..]))
                    .await
                {
                    Ok(Ok(0) | Err(_)) | Err(_) => break,
                    Ok(Ok(n)) => read += n,
                }
            }
            let head = String::from_utf8_lossy(&buffer[..read]);
            let target = head
                .lines()
                .next()
                .and_then(|line| line.strip_prefix("GET "))
                .and_then(|rest| rest.split(' ').next())
                .unwrap_or_default();
            let outcome = Url::parse(&format!("http://127.0.0.1{target}"))
                .ok()
                .filter(|url| url.path() == CALLBACK_PATH)
                .and_then(|url| {
                    let get = |name: &str| {
                        url.query_pairs()
                            .find(|(k, _)| k == name)
                            .map(|(_, v)| v.into_owned())
                    };
                    (get("state").as_deref() == Some(self.state.as_str()))
                        .then(|| (get("code"), get("error")))
                });
            let Some((code, error)) = outcome else {
                let _ = stream
                    .write_all(
                        b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                    )
                    .await;
                continue;
            };
            let page = crate::i18n::t(if error.is_none() {
                crate::i18n::ids::SSO_BROWSER_DONE
            } else {
                crate::i18n::ids::SSO_BROWSER_FAILED
            });
            let body = format!(
                "<!doctype html><meta charset=utf-8><title>Assist</title><p>{}</p>",
                escape_html(&page)
            );
            let _ = stream
                .write_all(
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\ncache-control: no-store\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await;
            return match (code, error) {
                (_, Some(error)) => Ok((String::new(), Some(error))),
                (Some(code), None) => Ok((code, None)),
                (None, None) => Ok((String::new(), Some("no_code".to_owned()))),
            };
        }
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(port: u16, target: &str) -> String {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("connect");
        stream
            .write_all(format!("GET {target} HTTP/1.1\r\nhost: x\r\n\r\n").as_bytes())
            .await
            .expect("write");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.expect("read");
        answer
    }

    #[tokio::test]
    async fn the_redirect_must_carry_this_sign_ins_state() {
        let api = Api::new("https://assist.example").expect("api");
        let pending = start(&api, "sue@example.com").await.expect("started");
        let query: std::collections::HashMap<_, _> =
            pending.url.query_pairs().into_owned().collect();
        assert_eq!(query["code_challenge_method"], "S256");
        assert_eq!(
            query["code_challenge"],
            URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(pending.verifier.as_bytes()))
        );
        let redirect = Url::parse(&query["app_redirect_uri"]).expect("url");
        assert_eq!(redirect.host_str(), Some("127.0.0.1"));
        let port = redirect.port().expect("port");
        let state = query["app_state"].clone();
        let waiting = tokio::spawn(async move { pending.wait_for_redirect().await.map(|o| o.0) });
        assert!(get(port, "/favicon.ico").await.starts_with("HTTP/1.1 404"));
        assert!(
            get(port, &format!("{CALLBACK_PATH}?code=x&state=forged"))
                .await
                .starts_with("HTTP/1.1 404")
        );
        let ok = get(
            port,
            &format!("{CALLBACK_PATH}?code=the-code&state={state}"),
        )
        .await;
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
        assert_eq!(waiting.await.expect("joined").expect("code"), "the-code");
    }
}
