//! DNS lookups for domain verification, through hickory's resolver: the system's name servers,
//! or the one named by the `dns_server` setting (for closed networks and tests).

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;

use hickory_resolver::TokioAsyncResolver;
use hickory_resolver::config::{NameServerConfigGroup, ResolverConfig, ResolverOpts};

/// A DNS resolver shared by every request.
#[derive(Clone)]
pub struct Dns(Option<Arc<TokioAsyncResolver>>);

impl fmt::Debug for Dns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Dns(ready)"
        } else {
            "Dns(unconfigured)"
        })
    }
}

impl Dns {
    /// A resolver asking `server`, or the system's name servers. Without either (no
    /// `/etc/resolv.conf`), lookups fail with a clear message instead of the start failing.
    #[must_use]
    pub fn new(server: Option<SocketAddr>) -> Self {
        // No cache: someone who just published their record must not be told about a stale
        // answer for the record's TTL.
        let mut options = ResolverOpts::default();
        options.cache_size = 0;
        let resolver = match server {
            Some(server) => {
                let servers = NameServerConfigGroup::from_ips_clear(&[server.ip()], server.port(), true);
                Some(TokioAsyncResolver::tokio(ResolverConfig::from_parts(None, vec![], servers), options))
            }
            None => hickory_resolver::system_conf::read_system_conf()
                .map(|(config, _)| TokioAsyncResolver::tokio(config, options))
                .inspect_err(|err| tracing::warn!(error = %err, "no system DNS configuration; domain verification by DNS is unavailable"))
                .ok(),
        };
        Self(resolver.map(Arc::new))
    }

    /// The TXT strings published at `name` (each record's strings joined, as RFC 7208 reads
    /// them). An error says why, for the person verifying.
    pub async fn txt(&self, name: &str) -> Result<Vec<String>, String> {
        let resolver = self
            .0
            .as_ref()
            .ok_or("this server has no DNS configuration")?;
        let fqdn = format!("{}.", name.trim_end_matches('.'));
        match resolver.txt_lookup(fqdn).await {
            Ok(lookup) => Ok(lookup
                .iter()
                .map(|txt| {
                    txt.txt_data()
                        .iter()
                        .map(|part| String::from_utf8_lossy(part))
                        .collect::<String>()
                })
                .collect()),
            Err(err)
                if matches!(
                    err.kind(),
                    hickory_resolver::error::ResolveErrorKind::NoRecordsFound { .. }
                ) =>
            {
                Ok(Vec::new())
            }
            Err(err) => Err(format!("DNS lookup of {name} failed: {err}")),
        }
    }
}
