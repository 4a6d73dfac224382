//! Users and their profile pictures. Every query is bounded by a tenant, except the sign-in
//! lookup by e-mail (addresses are unique server-wide, so they name the tenant).

use assist_protocol::api::users::User;
use assist_protocol::ids::{GroupId, TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreResult, from_millis, parse_id, to_millis};

/// A user as stored: the API view plus what never leaves the server.
#[derive(Clone, Debug)]
pub struct UserRow {
    /// What the API shows.
    pub user: User,
    /// The argon2id hash, if the account has a password.
    pub password_hash: Option<String>,
}

const SELECT: &str = "SELECT u.id, u.tenant_id, u.email, u.display_name, u.job_title, u.company, \
     u.password_hash, u.is_admin, u.disabled, u.created_at, u.updated_at, \
     (SELECT COUNT(*) FROM user_pictures p WHERE p.user_id = u.id) AS pictures \
     FROM users u";

fn user_from_row(row: &AnyRow) -> StoreResult<UserRow> {
    Ok(UserRow {
        user: User {
            id: parse_id(&row.try_get::<String, _>("id")?)?,
            tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
            email: row.try_get("email")?,
            display_name: row.try_get("display_name")?,
            job_title: row.try_get("job_title")?,
            company: row.try_get("company")?,
            has_picture: row.try_get::<i64, _>("pictures")? > 0,
            is_admin: row.try_get::<i64, _>("is_admin")? != 0,
            disabled: row.try_get::<i64, _>("disabled")? != 0,
            created_at: from_millis(row.try_get("created_at")?)?,
            updated_at: from_millis(row.try_get("updated_at")?)?,
        },
        password_hash: row.try_get("password_hash")?,
    })
}

/// Adds a user. Fails with `Conflict` when the e-mail address is taken.
pub async fn insert(
    c: &mut impl Conn,
    user: &User,
    password_hash: Option<&str>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO users (id, tenant_id, email, display_name, job_title, company, \
         password_hash, is_admin, disabled, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(user.id.to_string())
    .bind(user.tenant_id.to_string())
    .bind(&user.email)
    .bind(&user.display_name)
    .bind(&user.job_title)
    .bind(&user.company)
    .bind(password_hash.map(str::to_owned))
    .bind(i64::from(user.is_admin))
    .bind(i64::from(user.disabled))
    .bind(to_millis(user.created_at))
    .bind(to_millis(user.updated_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// A user of `tenant`.
pub async fn get(c: &mut impl Conn, tenant: TenantId, id: UserId) -> StoreResult<Option<UserRow>> {
    let row = sqlx::query(&format!("{SELECT} WHERE u.tenant_id = $1 AND u.id = $2"))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(user_from_row).transpose()
}

/// The user with this (lower-case) e-mail address, in any tenant: for sign-in only.
pub async fn find_by_email(c: &mut impl Conn, email: &str) -> StoreResult<Option<UserRow>> {
    let row = sqlx::query(&format!("{SELECT} WHERE u.email = $1"))
        .bind(email)
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(user_from_row).transpose()
}

/// A page of `tenant`'s users after `after` (by ID, which orders by creation).
pub async fn list(
    c: &mut impl Conn,
    tenant: TenantId,
    after: Option<UserId>,
    limit: i64,
) -> StoreResult<Vec<UserRow>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE u.tenant_id = $1 AND u.id > $2 ORDER BY u.id LIMIT $3"
    ))
    .bind(tenant.to_string())
    .bind(after.map(|id| id.to_string()).unwrap_or_default())
    .bind(limit)
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(user_from_row).collect()
}

/// A page of `tenant`'s users in at least one of `groups`, after `after`.
pub async fn list_in_groups(
    c: &mut impl Conn,
    tenant: TenantId,
    groups: &[GroupId],
    after: Option<UserId>,
    limit: i64,
) -> StoreResult<Vec<UserRow>> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (0..groups.len()).map(|i| format!("${}", i + 4)).collect();
    let sql = format!(
        "{SELECT} WHERE u.tenant_id = $1 AND u.id > $2 AND EXISTS (SELECT 1 FROM group_members m \
         WHERE m.user_id = u.id AND m.group_id IN ({})) ORDER BY u.id LIMIT $3",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql)
        .bind(tenant.to_string())
        .bind(after.map(|id| id.to_string()).unwrap_or_default())
        .bind(limit);
    for group in groups {
        query = query.bind(group.to_string());
    }
    let rows = query.fetch_all(c.conn()).await?;
    rows.iter().map(user_from_row).collect()
}

/// `tenant`'s users matching a SQL condition on `u` whose only parameter, `$2`, is `arg`
/// (`$1` is the tenant). For fixed conditions written in this crate, never user input.
pub(super) async fn list_where(
    c: &mut impl Conn,
    tenant: TenantId,
    condition: &'static str,
    arg: &str,
) -> StoreResult<Vec<UserRow>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE u.tenant_id = $1 AND {condition} ORDER BY u.id"
    ))
    .bind(tenant.to_string())
    .bind(arg)
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(user_from_row).collect()
}

/// Writes the changeable profile fields of `user` (matched by tenant and ID).
pub async fn update(c: &mut impl Conn, user: &User) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE users SET display_name = $1, job_title = $2, company = $3, is_admin = $4, \
         disabled = $5, updated_at = $6 WHERE tenant_id = $7 AND id = $8",
    )
    .bind(&user.display_name)
    .bind(&user.job_title)
    .bind(&user.company)
    .bind(i64::from(user.is_admin))
    .bind(i64::from(user.disabled))
    .bind(to_millis(user.updated_at))
    .bind(user.tenant_id.to_string())
    .bind(user.id.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces a user's password hash.
pub async fn set_password(
    c: &mut impl Conn,
    tenant: TenantId,
    id: UserId,
    hash: &str,
    now: time::OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE users SET password_hash = $1, updated_at = $2 WHERE tenant_id = $3 AND id = $4",
    )
    .bind(hash)
    .bind(to_millis(now))
    .bind(tenant.to_string())
    .bind(id.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a user (their picture, memberships, sessions and tokens go with them).
pub async fn delete(c: &mut impl Conn, tenant: TenantId, id: UserId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM users WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// How many enabled administrators `tenant` has.
pub async fn count_active_admins(c: &mut impl Conn, tenant: TenantId) -> StoreResult<i64> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS n FROM users WHERE tenant_id = $1 AND is_admin = 1 AND disabled = 0",
    )
    .bind(tenant.to_string())
    .fetch_one(c.conn())
    .await?
    .try_get("n")?)
}

/// Sets or replaces a user's picture.
pub async fn put_picture(
    c: &mut impl Conn,
    tenant: TenantId,
    id: UserId,
    content_type: &str,
    bytes: &[u8],
    now: time::OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM user_pictures WHERE tenant_id = $1 AND user_id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    sqlx::query(
        "INSERT INTO user_pictures (user_id, tenant_id, content_type, bytes, updated_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id.to_string())
    .bind(tenant.to_string())
    .bind(content_type)
    .bind(bytes.to_vec())
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// A user's picture: its content type and bytes.
pub async fn get_picture(
    c: &mut impl Conn,
    tenant: TenantId,
    id: UserId,
) -> StoreResult<Option<(String, Vec<u8>)>> {
    let row = sqlx::query(
        "SELECT content_type, bytes FROM user_pictures WHERE tenant_id = $1 AND user_id = $2",
    )
    .bind(tenant.to_string())
    .bind(id.to_string())
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| Ok((row.try_get("content_type")?, row.try_get("bytes")?)))
        .transpose()
}

/// Removes a user's picture; false when there was none.
pub async fn delete_picture(c: &mut impl Conn, tenant: TenantId, id: UserId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM user_pictures WHERE tenant_id = $1 AND user_id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}
