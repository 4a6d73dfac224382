//! A real TURN server for the relay tests: Debian's coturn (`turnserver`), on loopback, with
//! UDP, TCP and TLS listeners and one long-term credential. Tests are skipped, with a message,
//! on a machine without it (`.ci/run` installs it).

use std::net::{TcpListener, TcpStream, UdpSocket};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use assist_protocol::api::sessions::IceServer;

pub const USER: &str = "assist";
pub const PASSWORD: &str = "relay-secret";

pub struct TurnServer {
    child: Child,
    /// UDP and TCP.
    pub port: u16,
    /// TLS over TCP.
    pub tls_port: u16,
    /// The authority that signed the TLS certificate (for `localhost`).
    pub roots: Arc<rustls::RootCertStore>,
    _dir: tempfile::TempDir,
}

impl TurnServer {
    /// Starts coturn; `None` (and a message) when it is not installed.
    pub fn start() -> Option<Self> {
        if Command::new("turnserver")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_err()
        {
            eprintln!("skipped: coturn's `turnserver` is not installed (apt-get install coturn)");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let (cert, key, roots) = certificate();
        std::fs::write(dir.path().join("cert.pem"), cert).unwrap();
        std::fs::write(dir.path().join("key.pem"), key).unwrap();
        let port = free_port();
        let tls_port = free_port();
        let child = Command::new("turnserver")
            .current_dir(dir.path())
            .args([
                "-n",
                "--listening-ip=127.0.0.1",
                "--relay-ip=127.0.0.1",
                &format!("--listening-port={port}"),
                &format!("--tls-listening-port={tls_port}"),
                "--lt-cred-mech",
                &format!("--user={USER}:{PASSWORD}"),
                "--realm=assist.test",
                // The peers of these tests are on loopback, which coturn refuses by default.
                "--allow-loopback-peers",
                "--cert=cert.pem",
                "--pkey=key.pem",
                "--no-cli",
                "--no-dtls",
                "--log-file=stdout",
                "--simple-log",
                &format!("--pidfile={}", dir.path().join("turnserver.pid").display()),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Self {
            child,
            port,
            tls_port,
            roots: Arc::new(roots),
            _dir: dir,
        };
        let until = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", tls_port)).is_err() {
            assert!(Instant::now() < until, "coturn did not start listening");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }

    /// The ICE server list entry for `url`, with the right credential.
    pub fn ice_server(url: String) -> IceServer {
        IceServer {
            urls: vec![url],
            username: Some(USER.into()),
            credential: Some(PASSWORD.into()),
        }
    }
}

impl Drop for TurnServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port free on loopback for both UDP and TCP (as free as a test can know).
fn free_port() -> u16 {
    loop {
        let tcp = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = tcp.local_addr().unwrap().port();
        if UdpSocket::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// A certificate for `localhost` signed by a fresh authority: (cert PEM, key PEM, roots).
fn certificate() -> (String, String, rustls::RootCertStore) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let ca = ca.self_signed(&ca_key).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["localhost".to_owned()])
        .unwrap()
        .signed_by(&key, &ca, &ca_key)
        .unwrap();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca.der().clone()).unwrap();
    (leaf.pem(), key.serialize_pem(), roots)
}
