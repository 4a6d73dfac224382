//! The migrations embedded in the binary, one folder per database.
//!
//! sqlx's `migrate!` macro would embed them too, but it is a procedural macro that compiles
//! sqlx's SQLite and PostgreSQL drivers (bundled SQLite's C source included) a second time, for
//! the compiler's own use. Here the files are embedded with rust-embed and turned into sqlx's
//! [`Migration`]s by the same rules as sqlx's own resolver (a test holds the two equal), so a
//! database migrated by either records the same versions and checksums.

use std::borrow::Cow;

use futures_util::future::BoxFuture;
use rust_embed::RustEmbed;
use sqlx::error::BoxDynError;
use sqlx::migrate::{MigrateError, Migration, MigrationSource, MigrationType, Migrator};

use super::Backend;

#[derive(RustEmbed)]
#[folder = "migrations/sqlite/"]
#[include = "*.sql"]
struct Sqlite;

#[derive(RustEmbed)]
#[folder = "migrations/postgres/"]
#[include = "*.sql"]
struct Postgres;

/// The migrator for `backend`, its migrations in version order.
pub(super) async fn migrator(backend: Backend) -> Result<Migrator, MigrateError> {
    Migrator::new(Embedded(backend)).await
}

/// sqlx's source of migrations, read from the files embedded for one database.
#[derive(Debug)]
struct Embedded(Backend);

impl<'s> MigrationSource<'s> for Embedded {
    fn resolve(self) -> BoxFuture<'s, Result<Vec<Migration>, BoxDynError>> {
        let migrations = match self.0 {
            Backend::Sqlite => embedded::<Sqlite>(),
            Backend::Postgres => embedded::<Postgres>(),
        };
        Box::pin(std::future::ready(migrations))
    }
}

fn embedded<Folder: RustEmbed>() -> Result<Vec<Migration>, BoxDynError> {
    let mut migrations = Vec::new();
    for name in Folder::iter() {
        let Some(file) = Folder::get(&name) else {
            continue;
        };
        let sql = String::from_utf8(file.data.into_owned())
            .map_err(|_| format!("migration {name} is not UTF-8"))?;
        migrations.extend(parse(&name, sql));
    }
    Ok(migrations)
}

/// One migration from its file name (`<version>_<description>.sql`) and text, as sqlx's
/// resolver reads it: `_` in the description becomes a space, and a file that starts with
/// `-- no-transaction` runs outside a transaction. `None` for a name of another form.
fn parse(file_name: &str, sql: String) -> Option<Migration> {
    let (version, rest) = file_name.split_once('_')?;
    #[expect(
        clippy::case_sensitive_file_extension_comparisons,
        reason = "sqlx's resolver takes exactly `.sql`; a `.SQL` file must not run here only"
    )]
    if !rest.ends_with(".sql") {
        return None;
    }
    let version = version.parse().ok()?;
    let migration_type = MigrationType::from_filename(rest);
    let description = rest
        .trim_end_matches(migration_type.suffix())
        .replace('_', " ");
    let no_tx = sql.starts_with("-- no-transaction");
    Some(Migration::new(
        version,
        Cow::Owned(description),
        migration_type,
        Cow::Owned(sql),
        no_tx,
    ))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// What sqlx's own resolver reads from the folder, which is what `migrate!` embedded
    /// before: the same versions, descriptions, checksums and transaction modes, so databases
    /// migrated by earlier builds see nothing changed.
    async fn assert_matches_sqlx(backend: Backend, folder: &str) {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let expected = Migrator::new(folder.as_path()).await.unwrap();
        let actual = migrator(backend).await.unwrap();
        let summary = |migrator: &Migrator| {
            migrator
                .iter()
                .map(|m| {
                    (
                        m.version,
                        m.description.to_string(),
                        m.checksum.to_vec(),
                        m.no_tx,
                        m.migration_type.label(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert!(actual.iter().count() >= 10);
        assert_eq!(summary(&actual), summary(&expected));
    }

    #[tokio::test]
    async fn sqlite_migrations_match_sqlx_resolver() {
        assert_matches_sqlx(Backend::Sqlite, "migrations/sqlite").await;
    }

    #[tokio::test]
    async fn postgres_migrations_match_sqlx_resolver() {
        assert_matches_sqlx(Backend::Postgres, "migrations/postgres").await;
    }

    #[test]
    fn file_names_are_read_as_sqlx_reads_them() {
        let migration = parse(
            "0012_add_some_table.sql",
            "-- no-transaction\nSELECT 1".into(),
        )
        .expect("a migration");
        assert_eq!(migration.version, 12);
        assert_eq!(migration.description, "add some table");
        assert!(migration.no_tx);
        assert!(parse("README.md", String::new()).is_none());
        assert!(parse("x_name.sql", String::new()).is_none());
        assert!(parse("0001.sql", String::new()).is_none());
    }
}
