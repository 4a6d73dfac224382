//! The `assist-server` command line: `serve` (the default), `migrate`, and `admin` commands
//! for scripts and recovery. This is the program's `main`, so it reports with `anyhow` and
//! prints to the terminal.
#![allow(clippy::print_stdout, reason = "a command line prints its results")]

use std::io::{BufRead, IsTerminal};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use assist_protocol::api::groups::CreateGroup;
use assist_protocol::api::users::CreateUser;
use assist_protocol::ids::TenantId;
use assist_protocol::text::{DisplayName, Email, GroupName, Password, ProfileText, TenantName};

use crate::config::{Config, LogFormat};
use crate::domain::access::{ManageSettings, ManageUsers};
use crate::domain::clock::SystemClock;
use crate::domain::tenants::ChainReport;
use crate::domain::{domains, groups, setup, tenants, users};
use crate::{Server, deps, open_store};

/// Assist: self-hosted remote assistance for IT help desks.
#[derive(Debug, Parser)]
#[command(name = "assist-server", version)]
struct Cli {
    /// Configuration file (default: ./assist.toml when it exists).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API and web app (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Administer tenants and users from the server's command line.
    #[command(subcommand)]
    Admin(Admin),
}

#[derive(Debug, Subcommand)]
enum Admin {
    /// Print a one-time link that creates a tenant and its first administrator (the first-run
    /// link; it retires any earlier one). Refused once a tenant exists, unless --another-tenant.
    SetupLink {
        /// Issue it even though tenants exist: the link creates one more.
        #[arg(long)]
        another_tenant: bool,
    },
    /// Create a tenant with no users; prints its ID.
    CreateTenant {
        /// The organisation's name.
        #[arg(long)]
        name: String,
    },
    /// List tenants.
    ListTenants,
    /// Create a user; with --password-stdin, reads the password from the first line of input.
    CreateUser {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
        /// E-mail address.
        #[arg(long)]
        email: String,
        /// Full name.
        #[arg(long)]
        name: String,
        /// Job title.
        #[arg(long, default_value = "")]
        job_title: String,
        /// Company.
        #[arg(long, default_value = "")]
        company: String,
        /// Make them a tenant administrator.
        #[arg(long)]
        admin: bool,
        /// Read the password from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Create a group; prints its ID.
    CreateGroup {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
        /// Group name.
        #[arg(long)]
        name: String,
    },
    /// Add a user (by e-mail) to a group (by name).
    AddMember {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
        /// Group name.
        #[arg(long)]
        group: String,
        /// Member's e-mail address.
        #[arg(long)]
        email: String,
    },
    /// Print a one-time link with which a user chooses a new password.
    ResetPassword {
        /// The account's e-mail address.
        #[arg(long)]
        email: String,
    },
    /// Mark a domain verified for a tenant without DNS (offline deployments); audited.
    VerifyDomain {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
        /// The domain, such as contoso.com.
        #[arg(long)]
        domain: String,
    },
    /// Check the audit log's hash chain; exits 1 and names the first broken link if any.
    VerifyAudit,
    /// Put a fresh key first in the server key file and seal every stored secret with it. The
    /// previous keys stay in the file, still opening what they sealed: copy the file to every
    /// node, restart them, then the old lines may be deleted. Security codes issued before
    /// stop working.
    RotateKey,
}

/// Runs the command line; the process's exit code.
#[must_use]
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::load(cli.config.as_deref()).context("configuration")?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            open_store(&config).await?;
            println!("database {} is up to date", config.database_url());
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin(admin) => administer(config, admin).await,
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

async fn serve(config: Config) -> Result<ExitCode> {
    init_logging(config.log_format);
    let started = Instant::now();
    let stop = shutdown_signal()?;
    let listener = TcpListener::bind(config.listen)
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    tracing::info!(database = %config.database_url(), "starting");
    let server = Server::start(config, listener, Arc::new(SystemClock)).await?;
    tracing::info!(
        address = %server.addr(),
        metrics_address = ?server.metrics_addr(),
        ready_ms = started.elapsed().as_millis(),
        "ready"
    );
    println!("Assist is running at {}/", server.origin());
    if let Some(link) = server.setup_link() {
        print_setup_link(link, std::io::stdout().is_terminal());
    }
    stop.await;
    tracing::info!("shutting down: finishing requests in flight");
    server.shutdown(Duration::from_secs(30)).await?;
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}

/// Shows the first-run link on a terminal only. When standard output is not a terminal it
/// usually goes to a log (the systemd journal, a container's log, a file), which other people
/// read and keep: the link would let its reader create the organisation and become its
/// administrator. There, one line says how to get the link instead (`admin setup-link`, which
/// issues a new one and retires this one).
fn print_setup_link(link: &str, terminal: bool) {
    if terminal {
        println!();
        println!(
            "First start: open this one-time link to create your organisation and its first administrator:"
        );
        println!("  {link}");
        println!("(It works once and expires; `assist-server admin setup-link` prints a new one.)");
    } else {
        println!(
            "First start: no organisation yet. Run `assist-server admin setup-link` with this \
             configuration for the one-time link that creates it (it is shown only on a \
             terminal, never in logs)."
        );
    }
}

/// Listens for Ctrl-C (SIGINT) and SIGTERM from now on; the future resolves on either. The
/// handlers are installed before the server starts, so an early signal still stops it cleanly.
fn shutdown_signal() -> Result<impl Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

async fn administer(config: Config, command: Admin) -> Result<ExitCode> {
    if matches!(command, Admin::RotateKey) {
        let path = config.secret_key_path();
        // Sealing the stored secrets needs the file's keys, so the file must exist first.
        crate::keyfile::load_or_create(&path)?;
        let keys = crate::keyfile::rotate(&path)?;
        println!(
            "server key file {}: new current key {}",
            path.display(),
            keys.current_id()
        );
    }
    let store = open_store(&config).await?;
    // Operator commands publish nothing that live connections need to hear.
    let deps = deps(
        &config,
        store.clone(),
        Arc::new(SystemClock),
        Arc::new(crate::bus::local::LocalBus::default()),
    )?;
    let origin = config.public_origin();
    match command {
        Admin::SetupLink { another_tenant } => {
            if !another_tenant && !tenants::list_all(&deps).await?.is_empty() {
                store.close().await;
                anyhow::bail!(
                    "this server already has an organisation (a tenant), so no first-run link was issued. \
                     To let someone create another tenant, run `assist-server admin setup-link --another-tenant`; \
                     to give an administrator a new password, `assist-server admin reset-password --email ADDRESS`."
                );
            }
            let link = setup::issue_first_admin_link(&deps).await?;
            println!("{}", link.url(&origin));
        }
        Admin::CreateTenant { name } => {
            let tenant = tenants::create(&deps, &TenantName::parse(&name)?).await?;
            println!("{}", tenant.id);
        }
        Admin::ListTenants => {
            for tenant in tenants::list_all(&deps).await? {
                println!("{}\t{}", tenant.id, tenant.name);
            }
        }
        Admin::CreateUser {
            tenant,
            email,
            name,
            job_title,
            company,
            admin,
            password_stdin,
        } => {
            let operator = tenants::operate::<ManageUsers>(&deps, tenant)
                .await
                .context("no such tenant")?;
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                Some(Password::parse(line.trim_end_matches(['\r', '\n']))?)
            } else {
                None
            };
            let input = CreateUser {
                email: Email::parse(&email)?,
                display_name: DisplayName::parse(&name)?,
                job_title: Some(ProfileText::parse(&job_title)?),
                company: Some(ProfileText::parse(&company)?),
                password,
                is_admin: admin,
            };
            let user = users::create(&deps, &operator, input).await?;
            println!("{}", user.id);
        }
        Admin::CreateGroup { tenant, name } => {
            let operator = tenants::operate::<ManageUsers>(&deps, tenant)
                .await
                .context("no such tenant")?;
            let group = groups::create(
                &deps,
                &operator,
                CreateGroup {
                    name: GroupName::parse(&name)?,
                    description: None,
                },
            )
            .await?;
            println!("{}", group.id);
        }
        Admin::AddMember {
            tenant,
            group,
            email,
        } => {
            let operator = tenants::operate::<ManageUsers>(&deps, tenant)
                .await
                .context("no such tenant")?;
            let group = groups::find_by_name(&deps, &operator, &group).await?;
            let user = users::find_by_email(&deps, &operator, &Email::parse(&email)?).await?;
            groups::add_member(&deps, &operator, group.id, user.id).await?;
            println!("added");
        }
        Admin::ResetPassword { email } => {
            let link = setup::issue_password_reset_link(&deps, &Email::parse(&email)?)
                .await
                .context("no account with this e-mail address")?;
            println!("{}", link.url(&origin));
        }
        Admin::VerifyDomain { tenant, domain } => {
            let operator = tenants::operate::<ManageSettings>(&deps, tenant)
                .await
                .context("no such tenant")?;
            let verified = domains::verify_by_operator(&deps, &operator, &domain).await?;
            println!("{} verified", verified.domain);
        }
        Admin::RotateKey => {
            let resealed = crate::domain::sealing_upkeep::seal_stored(&deps).await?;
            println!("{resealed} stored secrets sealed with the new key");
            println!(
                "copy the key file to every other node and restart them; the previous keys can then be deleted from it"
            );
        }
        Admin::VerifyAudit => match tenants::verify_audit_chain(&deps).await? {
            ChainReport::Intact { events, head_hash } => {
                println!("audit log intact: {events} events verified");
                println!(
                    "head hash: {head_hash} (keep a copy elsewhere: a rewritten chain would change it)"
                );
            }
            ChainReport::Broken(broken) => {
                println!("audit log BROKEN: {broken}");
                store.close().await;
                return Ok(ExitCode::FAILURE);
            }
        },
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
