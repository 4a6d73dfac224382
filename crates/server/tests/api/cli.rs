//! The `assist-server` binary: configuration errors stop it with the key and file named,
//! `admin` commands work for scripts, and SIGTERM stops it cleanly.

use std::process::{Command, Stdio};

pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_assist-server"));
    // A data directory of the tests' own (a test may set its own after): never the source
    // tree's ./assist-data, where the server key file would otherwise be created.
    command
        .env_remove("ASSIST_DATABASE_URL")
        .env_remove("ASSIST_LISTEN")
        .env(
            "ASSIST_DATA_DIR",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-data"),
        );
    command
}

pub fn run(command: &mut Command) -> (bool, String, String) {
    let output = command.stdin(Stdio::null()).output().expect("runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn an_unknown_key_stops_the_start_naming_key_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("assist.toml");
    std::fs::write(&file, "listen = \"127.0.0.1:0\"\nlisten_port = 8080\n").unwrap();
    let (ok, _, stderr) = run(binary().arg("--config").arg(&file).arg("migrate"));
    assert!(!ok);
    assert!(
        stderr.contains("listen_port") && stderr.contains(&file.display().to_string()),
        "{stderr}"
    );
}

#[test]
fn a_bad_value_stops_the_start_naming_key_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("assist.toml");
    std::fs::write(&file, "listen = \"not an address\"\n").unwrap();
    let (ok, _, stderr) = run(binary().arg("--config").arg(&file).arg("migrate"));
    assert!(!ok);
    assert!(
        stderr.contains("listen") && stderr.contains(&file.display().to_string()),
        "{stderr}"
    );

    std::fs::write(&file, "request_timeout_secs = 0\n").unwrap();
    let (ok, _, stderr) = run(binary().arg("--config").arg(&file).arg("migrate"));
    assert!(!ok);
    assert!(
        stderr.contains("request_timeout_secs") && stderr.contains("1 to 600"),
        "{stderr}"
    );

    let (ok, _, stderr) = run(binary()
        .env("ASSIST_SESSION_HOURS", "lots")
        .arg("--config")
        .arg(&file)
        .arg("migrate"));
    assert!(!ok);
    assert!(stderr.contains("ASSIST_SESSION_HOURS"), "{stderr}");

    let (ok, _, stderr) = run(binary()
        .arg("--config")
        .arg(dir.path().join("missing.toml"))
        .arg("migrate"));
    assert!(!ok);
    assert!(
        stderr.contains("missing.toml") && stderr.contains("does not exist"),
        "{stderr}"
    );
}

#[test]
fn admin_commands_script_a_tenant_and_verify_the_audit_log() {
    let dir = tempfile::tempdir().unwrap();
    let admin = |args: &[&str]| {
        let mut command = binary();
        command
            .env("ASSIST_DATA_DIR", dir.path())
            .arg("admin")
            .args(args);
        command
    };
    let (ok, tenant, stderr) = run(&mut admin(&["create-tenant", "--name", "Contoso"]));
    assert!(ok, "{stderr}");
    let tenant = tenant.trim().to_owned();
    let (ok, tenants, _) = run(&mut admin(&["list-tenants"]));
    assert!(
        ok && tenants.contains(&tenant) && tenants.contains("Contoso"),
        "{tenants}"
    );

    let mut create_user = admin(&[
        "create-user",
        "--tenant",
        &tenant,
        "--email",
        "ada@contoso.com",
        "--name",
        "Ada",
        "--admin",
        "--password-stdin",
    ]);
    let mut child = create_user
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(
        child.stdin.as_mut().unwrap(),
        b"correct horse battery staple\n",
    )
    .unwrap();
    assert!(child.wait_with_output().unwrap().status.success());

    let (ok, _, stderr) = run(&mut admin(&[
        "create-group",
        "--tenant",
        &tenant,
        "--name",
        "Help desk",
    ]));
    assert!(ok, "{stderr}");
    let (ok, _, stderr) = run(&mut admin(&[
        "add-member",
        "--tenant",
        &tenant,
        "--group",
        "Help desk",
        "--email",
        "ada@contoso.com",
    ]));
    assert!(ok, "{stderr}");
    let (ok, link, stderr) = run(&mut admin(&[
        "reset-password",
        "--email",
        "ada@contoso.com",
    ]));
    assert!(
        ok && link.trim().starts_with("http://127.0.0.1:8080/setup#asl_"),
        "{link} {stderr}"
    );
    let (ok, _, stderr) = run(&mut admin(&[
        "reset-password",
        "--email",
        "nobody@contoso.com",
    ]));
    assert!(!ok && stderr.contains("no account"), "{stderr}");
    let (ok, out, stderr) = run(&mut admin(&[
        "verify-domain",
        "--tenant",
        &tenant,
        "--domain",
        "Contoso.com",
    ]));
    assert!(ok && out.contains("contoso.com verified"), "{out} {stderr}");
    let (ok, report, _) = run(&mut admin(&["verify-audit"]));
    assert!(ok && report.contains("intact"), "{report}");

    // Tamper with the file, as someone with disk access might.
    let db = dir.path().join("assist.db");
    let status = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE audit_events SET detail='{}' WHERE action='user.created'\"); c.commit()")
        .arg(&db)
        .status();
    if status.is_ok_and(|s| s.success()) {
        let (ok, report, _) = run(&mut admin(&["verify-audit"]));
        assert!(
            !ok && report.contains("BROKEN") && report.contains("altered"),
            "{report}"
        );
    }
}

/// The scripted first session of the README: remote help and browser sharing turned on, and a
/// Help desk group given the Help Desk Operator role over everyone, all from the shell.
#[test]
fn admin_commands_turn_remote_help_on_and_make_helpers() {
    let dir = tempfile::tempdir().unwrap();
    let admin = |args: &[&str]| {
        let mut command = binary();
        command
            .env("ASSIST_DATA_DIR", dir.path())
            .arg("admin")
            .args(args);
        command
    };
    let (ok, tenant, stderr) = run(&mut admin(&["create-tenant", "--name", "Contoso"]));
    assert!(ok, "{stderr}");
    let tenant = tenant.trim().to_owned();

    let (ok, out, stderr) = run(&mut admin(&["settings", "--tenant", &tenant]));
    assert!(ok, "{stderr}");
    assert!(
        out.contains("remote-help\toff") && out.contains("unenrolled-help\toff"),
        "a new organisation has remote help off: {out}"
    );
    let (ok, out, stderr) = run(&mut admin(&[
        "settings",
        "--tenant",
        &tenant,
        "--remote-help",
        "on",
        "--unenrolled-help",
        "on",
    ]));
    assert!(ok, "{stderr}");
    assert!(
        out.contains("remote-help\ton")
            && out.contains("unenrolled-help\ton")
            && out.contains("chat\ton"),
        "{out}"
    );
    let (ok, _, stderr) = run(&mut admin(&[
        "settings",
        "--tenant",
        &tenant,
        "--code-lifetime-minutes",
        "0",
    ]));
    assert!(!ok && stderr.contains("code_lifetime_minutes"), "{stderr}");

    let (ok, roles, stderr) = run(&mut admin(&["list-roles", "--tenant", &tenant]));
    assert!(
        ok && roles.contains("\tHelp Desk Operator"),
        "{roles} {stderr}"
    );

    let (ok, _, stderr) = run(&mut admin(&[
        "create-group",
        "--tenant",
        &tenant,
        "--name",
        "Help desk",
    ]));
    assert!(ok, "{stderr}");
    let assign = |extra: &[&str]| {
        let mut args = vec![
            "assign-role",
            "--tenant",
            &tenant,
            "--role",
            "Help Desk Operator",
            "--group",
            "Help desk",
        ];
        args.extend_from_slice(extra);
        run(&mut admin(&args))
    };
    let (ok, _, stderr) = assign(&[]);
    assert!(!ok && stderr.contains("--all-users"), "over whom: {stderr}");
    let (ok, id, stderr) = assign(&["--all-users", "--all-devices"]);
    assert!(ok, "{stderr}");
    assert_eq!(id.trim().len(), 36, "prints the assignment's ID: {id}");
    let (ok, _, stderr) = assign(&["--all-users"]);
    assert!(
        !ok && stderr.contains("already used"),
        "one name once: {stderr}"
    );
    let (ok, _, stderr) = run(&mut admin(&[
        "assign-role",
        "--tenant",
        &tenant,
        "--role",
        "No such role",
        "--group",
        "Help desk",
        "--all-users",
    ]));
    assert!(!ok && stderr.contains("list-roles"), "{stderr}");

    let (ok, report, _) = run(&mut admin(&["verify-audit"]));
    assert!(ok && report.contains("intact"), "{report}");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = binary()
        .env("ASSIST_DATA_DIR", dir.path())
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Ready once it has printed where it runs, and said how to get the first-run link.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut printed = String::new();
    while !printed.contains("admin setup-link") {
        let mut line = String::new();
        assert!(
            std::io::BufRead::read_line(&mut stdout, &mut line).unwrap() > 0,
            "server exited early: {printed}"
        );
        printed.push_str(&line);
    }
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let stdout = printed;
    assert!(
        stdout.contains(&format!("http://127.0.0.1:{port}/")),
        "{stdout}"
    );
}
