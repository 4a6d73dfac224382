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
use assist_protocol::api::roles::{AssignmentInput, Scope};
use assist_protocol::api::settings::UpdateTenantSettings;
use assist_protocol::api::users::CreateUser;
use assist_protocol::ids::TenantId;
use assist_protocol::text::{DisplayName, Email, GroupName, Password, ProfileText, TenantName};

use crate::config::{Config, LogFormat};
use crate::domain::access::{ManageRoles, ManageSettings, ManageUsers};
use crate::domain::clock::SystemClock;
use crate::domain::tenants::ChainReport;
use crate::domain::{domains, groups, roles, settings, setup, tenants, users};
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
    /// Change the organisation's settings; prints them all afterwards (with no option, only
    /// prints them). The same settings as the admin console's Settings page.
    Settings {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
        /// Remote help: whether helpers may start sessions at all (off on a new organisation).
        #[arg(long, value_name = "on|off")]
        remote_help: Option<Switch>,
        /// Help on devices that are not enrolled, which includes every sharer using a web
        /// browser at /share (off on a new organisation).
        #[arg(long, value_name = "on|off")]
        unenrolled_help: Option<Switch>,
        /// Chat in sessions (on on a new organisation).
        #[arg(long, value_name = "on|off")]
        chat: Option<Switch>,
        /// How long a security code works, 1 to 60 minutes.
        #[arg(long, value_name = "MINUTES")]
        code_lifetime_minutes: Option<u32>,
    },
    /// List the organisation's roles, built-in ones first.
    ListRoles {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
    },
    /// Give a role (by name) to the members of a group (by name), over every user, every
    /// device or the members of other groups; prints the assignment's ID.
    AssignRole {
        /// Tenant ID.
        #[arg(long)]
        tenant: TenantId,
        /// The role's name, such as "Help Desk Operator".
        #[arg(long)]
        role: String,
        /// The group whose members get the role.
        #[arg(long)]
        group: String,
        /// Over every user of the organisation.
        #[arg(long)]
        all_users: bool,
        /// Over every enrolled device of the organisation.
        #[arg(long)]
        all_devices: bool,
        /// Over the users and devices in this group (repeatable).
        #[arg(long = "scope-group", value_name = "GROUP")]
        scope_groups: Vec<String>,
        /// The assignment's name (default: "ROLE for GROUP").
        #[arg(long)]
        name: Option<String>,
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

/// A setting's value on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Switch {
    On,
    Off,
}

impl From<Switch> for bool {
    fn from(switch: Switch) -> Self {
        matches!(switch, Switch::On)
    }
}

fn on_off(value: bool) -> &'static str {
    if value { "on" } else { "off" }
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
    // The log goes to standard output, like the lines printed above it.
    let colour = log_colour(
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty()),
    );
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(colour);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// Whether the text log is coloured: only on a terminal, and not when `NO_COLOR` is set
/// (<https://no-color.org>). A log read from a file or a journal would otherwise be full of
/// escape sequences.
fn log_colour(terminal: bool, no_color: bool) -> bool {
    terminal && !no_color
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
                role: None,
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
        Admin::Settings {
            tenant,
            remote_help,
            unenrolled_help,
            chat,
            code_lifetime_minutes,
        } => {
            let operator = tenants::operate::<ManageSettings>(&deps, tenant)
                .await
                .context("no such tenant")?;
            let unchanged = remote_help.is_none()
                && unenrolled_help.is_none()
                && chat.is_none()
                && code_lifetime_minutes.is_none();
            let change = UpdateTenantSettings {
                remote_help_enabled: remote_help.map(bool::from),
                unenrolled_help_enabled: unenrolled_help.map(bool::from),
                chat_enabled: chat.map(bool::from),
                code_lifetime_minutes,
                report_retention_days: None,
            };
            let now = if unchanged {
                settings::load(&mut deps.store.db().await?, tenant).await?
            } else {
                settings::update(&deps, &operator, change).await?
            };
            println!("remote-help\t{}", on_off(now.remote_help_enabled));
            println!("unenrolled-help\t{}", on_off(now.unenrolled_help_enabled));
            println!("chat\t{}", on_off(now.chat_enabled));
            println!("code-lifetime-minutes\t{}", now.code_lifetime_minutes);
        }
        Admin::ListRoles { tenant } => {
            let operator = tenants::operate::<ManageRoles>(&deps, tenant)
                .await
                .context("no such tenant")?;
            for role in roles::list(&deps, &operator).await?.items {
                println!("{}\t{}", role.id, role.name);
            }
        }
        Admin::AssignRole {
            tenant,
            role,
            group,
            all_users,
            all_devices,
            scope_groups,
            name,
        } => {
            if !all_users && !all_devices && scope_groups.is_empty() {
                anyhow::bail!("say over whom: --all-users, --all-devices or --scope-group GROUP");
            }
            let roles_operator = tenants::operate::<ManageRoles>(&deps, tenant)
                .await
                .context("no such tenant")?;
            let users_operator = tenants::operate::<ManageUsers>(&deps, tenant).await?;
            let role_id = roles::list(&deps, &roles_operator)
                .await?
                .items
                .into_iter()
                .find(|candidate| candidate.name.eq_ignore_ascii_case(role.trim()))
                .map(|found| found.id)
                .with_context(|| {
                    format!("no role named {role:?} (`assist-server admin list-roles` lists them)")
                })?;
            let find_group = |name: String| {
                let deps = &deps;
                let users_operator = &users_operator;
                async move {
                    groups::find_by_name(deps, users_operator, &name)
                        .await
                        .with_context(|| format!("no group named {name:?}"))
                        .map(|found| found.id)
                }
            };
            let member_group = find_group(group.clone()).await?;
            let mut scope = Scope {
                all_users,
                all_devices,
                groups: Vec::new(),
            };
            for scope_group in scope_groups {
                scope.groups.push(find_group(scope_group).await?);
            }
            let name = name.unwrap_or_else(|| format!("{} for {}", role.trim(), group.trim()));
            let assignment = roles::put_assignment(
                &deps,
                &roles_operator,
                None,
                AssignmentInput {
                    name: GroupName::parse(&name)?,
                    role_id,
                    member_groups: vec![member_group],
                    scope,
                },
            )
            .await?;
            println!("{}", assignment.id);
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

#[cfg(test)]
mod tests {
    use super::log_colour;

    #[test]
    fn the_log_is_coloured_only_on_a_terminal_without_no_color() {
        assert!(log_colour(true, false));
        assert!(
            !log_colour(false, false),
            "a pipe, a file or a journal gets plain text"
        );
        assert!(
            !log_colour(true, true),
            "NO_COLOR turns colour off on a terminal too"
        );
        assert!(!log_colour(false, true));
    }
}
