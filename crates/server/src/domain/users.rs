//! Managing a tenant's users and profile pictures.

use assist_protocol::api::PageQuery;
use assist_protocol::api::users::{CreateUser, NewUserRole, UpdateUser, User, UserList};
use assist_protocol::ids::UserId;
use serde_json::json;

use super::access::{Granted, ManageRoles, ManageUsers, Principal, TenantMember};
use super::audit::{Actor, Entry};
use super::picture;
use super::{Deps, Error, Result, delegation, help_desk};
use crate::store::{self, audit, sessions, tokens, users};

/// Parses a list cursor (the last ID of the previous page).
pub(crate) fn parse_cursor<T: std::str::FromStr>(cursor: Option<&str>) -> Result<Option<T>> {
    cursor
        .map(|text| {
            text.parse()
                .map_err(|_| Error::Invalid("invalid cursor".to_owned()))
        })
        .transpose()
}

fn entry(
    admin: &Granted<ManageUsers>,
    now: time::OffsetDateTime,
    action: &'static str,
    user: UserId,
    detail: serde_json::Value,
) -> Entry {
    Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action,
        target: format!("user:{user}"),
        detail,
    }
}

/// Creates a member or an administrator in the administrator's tenant (see [`create_with`]
/// for helpers).
pub async fn create(deps: &Deps, admin: &Granted<ManageUsers>, input: CreateUser) -> Result<User> {
    create_with(deps, admin, None, input).await
}

/// The role a new account asks for: `role`, or `is_admin`'s older spelling of it.
fn new_role(input: &CreateUser) -> Result<NewUserRole> {
    match (input.role, input.is_admin) {
        (None, false) => Ok(NewUserRole::Member),
        (None | Some(NewUserRole::Administrator), true) => Ok(NewUserRole::Administrator),
        (Some(role), false) => Ok(role),
        (Some(_), true) => Err(Error::Invalid(
            "is_admin contradicts role; send role alone".to_owned(),
        )),
    }
}

/// Creates a user in the administrator's tenant with the role they get: a member, a helper
/// (put in the Help desk group in the same transaction, as `help_desk::make_helpers` does,
/// which may need `roles`), or an administrator (a tenant owner: only an owner may make one).
pub async fn create_with(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    roles: Option<&Granted<ManageRoles>>,
    input: CreateUser,
) -> Result<User> {
    delegation::reach_everyone(admin)?;
    let role = new_role(&input)?;
    if role == NewUserRole::Administrator {
        delegation::owner_only(admin)?;
    }
    claimable(&mut deps.store.db().await?, admin.tenant_id(), &input.email).await?;
    let hash = match &input.password {
        Some(password) => Some(deps.hashing.hash(password.expose().to_owned()).await?),
        None => None,
    };
    let now = deps.clock.now();
    let user = User {
        id: UserId::generate(),
        tenant_id: admin.tenant_id(),
        email: input.email.to_string(),
        display_name: input.display_name.to_string(),
        job_title: input.job_title.map(String::from).unwrap_or_default(),
        company: input.company.map(String::from).unwrap_or_default(),
        has_picture: false,
        is_admin: role == NewUserRole::Administrator,
        disabled: false,
        created_at: now,
        updated_at: now,
    };
    for _ in 0..3 {
        let mut tx = deps.store.begin().await?;
        users::insert(&mut tx, &user, hash.as_deref())
            .await
            .map_err(Error::on_conflict(
                "this e-mail address already has an account",
            ))?;
        let detail = json!({ "email": user.email, "display_name": user.display_name, "is_admin": user.is_admin, "role": role, "password_set": hash.is_some() });
        audit::append(&mut tx, &entry(admin, now, "user.created", user.id, detail)).await?;
        if role == NewUserRole::Helper
            && help_desk::within(&mut tx, deps, admin, roles, &[user.id])
                .await?
                .is_none()
        {
            // Another call made the Help desk group first: start again, and find it.
            continue;
        }
        tx.commit().await?;
        return Ok(user);
    }
    Err(Error::Unexpected(
        "the Help desk group kept changing while it was being made".to_owned(),
    ))
}

/// Refuses an address on a domain that another organisation has verified: such addresses are
/// that organisation's alone (else anyone could take a name its people need, or pose as one).
pub(crate) async fn claimable(
    c: &mut impl store::Conn,
    tenant: assist_protocol::ids::TenantId,
    email: &assist_protocol::text::Email,
) -> Result<()> {
    match store::domains::verified_owner(c, email.domain()).await? {
        Some(owner) if owner != tenant => Err(Error::Conflict(format!(
            "{} is a verified domain of another organisation; its addresses belong to that organisation",
            email.domain()
        ))),
        _ => Ok(()),
    }
}

/// One user of the administrator's tenant, within their reach.
pub async fn get(deps: &Deps, admin: &Granted<ManageUsers>, id: UserId) -> Result<User> {
    let mut db = deps.store.db().await?;
    let row = users::get(&mut db, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    delegation::reach_user(&mut db, admin, id).await?;
    Ok(row.user)
}

/// A user the administrator may change: within their reach and holding nothing more.
pub(crate) async fn changeable(
    c: &mut impl store::Conn,
    admin: &Granted<ManageUsers>,
    id: UserId,
) -> Result<User> {
    let user = users::get(c, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?
        .user;
    delegation::reach_user(c, admin, id).await?;
    delegation::not_above(c, admin, &user).await?;
    Ok(user)
}

/// A page of the tenant's users.
pub async fn list(deps: &Deps, admin: &Granted<ManageUsers>, page: &PageQuery) -> Result<UserList> {
    let after = parse_cursor::<UserId>(page.cursor.as_deref())?;
    let limit = store::page_size(page.limit);
    let reach = admin.reach();
    let mut db = deps.store.db().await?;
    let rows = if reach.all_users {
        users::list(&mut db, admin.tenant_id(), after, limit).await?
    } else {
        let groups: Vec<_> = reach.groups.into_iter().collect();
        users::list_in_groups(&mut db, admin.tenant_id(), &groups, after, limit).await?
    };
    let next_cursor = (i64::try_from(rows.len()).ok() == Some(limit))
        .then(|| rows.last().map(|row| row.user.id.to_string()))
        .flatten();
    Ok(UserList {
        items: rows.into_iter().map(|row| row.user).collect(),
        next_cursor,
    })
}

/// Changes a user. Disabling, or setting a new password, ends their sessions and revokes their
/// tokens. A tenant always keeps one enabled administrator.
pub async fn update(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: UserId,
    input: UpdateUser,
) -> Result<User> {
    let hash = match &input.password {
        Some(password) => Some(deps.hashing.hash(password.expose().to_owned()).await?),
        None => None,
    };
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut user = changeable(&mut tx, admin, id).await?;
    if input
        .is_admin
        .is_some_and(|is_admin| is_admin != user.is_admin)
    {
        delegation::owner_only(admin)?;
    }
    let mut changed = Vec::new();
    if let Some(name) = input.display_name {
        user.display_name = name.into();
        changed.push("display_name");
    }
    if let Some(title) = input.job_title {
        user.job_title = title.into();
        changed.push("job_title");
    }
    if let Some(company) = input.company {
        user.company = company.into();
        changed.push("company");
    }
    if let Some(is_admin) = input.is_admin {
        user.is_admin = is_admin;
        changed.push("is_admin");
    }
    if let Some(disabled) = input.disabled {
        user.disabled = disabled;
        changed.push("disabled");
        if disabled {
            sessions::revoke_all(&mut tx, admin.tenant_id(), id, now).await?;
            tokens::revoke_all(&mut tx, admin.tenant_id(), id, now).await?;
        }
    }
    if let Some(hash) = &hash {
        users::set_password(&mut tx, admin.tenant_id(), id, hash, now).await?;
        sessions::revoke_all(&mut tx, admin.tenant_id(), id, now).await?;
        tokens::revoke_all(&mut tx, admin.tenant_id(), id, now).await?;
        changed.push("password");
    }
    user.updated_at = now;
    users::update(&mut tx, &user).await?;
    keep_an_admin(&mut tx, admin).await?;
    let detail =
        json!({ "changed": changed, "is_admin": user.is_admin, "disabled": user.disabled });
    audit::append(&mut tx, &entry(admin, now, "user.updated", id, detail)).await?;
    tx.commit().await?;
    if user.disabled {
        super::sessions::withdraw_user(deps, admin.tenant_id(), id, "account_disabled").await?;
    }
    Ok(user)
}

/// Deletes a user and everything that is only theirs.
pub async fn delete(deps: &Deps, admin: &Granted<ManageUsers>, id: UserId) -> Result<()> {
    let now = deps.clock.now();
    changeable(&mut deps.store.db().await?, admin, id).await?;
    super::sessions::withdraw_user(deps, admin.tenant_id(), id, "account_deleted").await?;
    let mut tx = deps.store.begin().await?;
    let user = changeable(&mut tx, admin, id).await?;
    users::delete(&mut tx, admin.tenant_id(), id).await?;
    keep_an_admin(&mut tx, admin).await?;
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "user.deleted",
            id,
            json!({ "email": user.email }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Refuses (rolling back the caller's transaction) when the tenant would be left with no
/// enabled administrator, which no one could then recover but the server operator.
async fn keep_an_admin(tx: &mut store::Tx, admin: &Granted<ManageUsers>) -> Result<()> {
    if users::count_active_admins(tx, admin.tenant_id()).await? == 0 {
        return Err(Error::Conflict(
            "a tenant must keep at least one enabled administrator".to_owned(),
        ));
    }
    Ok(())
}

/// Sets a user's picture, as their administrator.
pub async fn put_picture(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: UserId,
    bytes: &[u8],
) -> Result<()> {
    changeable(&mut deps.store.db().await?, admin, id).await?;
    store_picture(deps, admin.tenant_id(), admin.actor(), id, bytes).await
}

/// Sets the caller's own picture.
pub async fn put_own_picture(deps: &Deps, principal: &Principal, bytes: &[u8]) -> Result<()> {
    store_picture(
        deps,
        principal.tenant_id,
        Actor::User(principal.user_id),
        principal.user_id,
        bytes,
    )
    .await
}

async fn store_picture(
    deps: &Deps,
    tenant: assist_protocol::ids::TenantId,
    actor: Actor,
    id: UserId,
    bytes: &[u8],
) -> Result<()> {
    let kind = picture::check(bytes).map_err(|err| match err {
        picture::PictureError::TooLarge => Error::TooLarge(err.to_string()),
        _ => Error::Invalid(err.to_string()),
    })?;
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    users::get(&mut tx, tenant, id)
        .await?
        .ok_or(Error::NotFound)?;
    users::put_picture(&mut tx, tenant, id, kind.content_type(), bytes, now).await?;
    let detail = json!({ "content_type": kind.content_type(), "bytes": bytes.len() });
    let entry = Entry {
        tenant: Some(tenant),
        at: now,
        actor,
        action: "user.picture_set",
        target: format!("user:{id}"),
        detail,
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// A user's picture (content type and bytes), for any member of their tenant.
pub async fn get_picture(
    deps: &Deps,
    member: &TenantMember,
    id: UserId,
) -> Result<(String, Vec<u8>)> {
    users::get_picture(&mut deps.store.db().await?, member.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)
}

/// Removes a user's picture.
pub async fn delete_picture(deps: &Deps, admin: &Granted<ManageUsers>, id: UserId) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    changeable(&mut tx, admin, id).await?;
    if !users::delete_picture(&mut tx, admin.tenant_id(), id).await? {
        return Err(Error::NotFound);
    }
    audit::append(
        &mut tx,
        &entry(admin, now, "user.picture_removed", id, json!({})),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A user of the tenant by e-mail address (admin CLI).
pub async fn find_by_email(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    email: &assist_protocol::text::Email,
) -> Result<User> {
    users::find_by_email(&mut deps.store.db().await?, email.as_str())
        .await?
        .map(|row| row.user)
        .filter(|user| user.tenant_id == admin.tenant_id())
        .ok_or(Error::NotFound)
}
