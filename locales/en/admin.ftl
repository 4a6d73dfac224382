# Messages of the admin console (/admin), English. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Admin console – { -product-name }
admin-page-title = { $section } – Admin console – { $organisation }
admin-console-name = Admin console
admin-back-home = Back to home
admin-nav-label = Admin console
admin-nav-group-people = People
admin-nav-group-access = Access
admin-nav-group-devices = Devices
admin-nav-group-organisation = Organisation
admin-nav-group-activity = Activity

admin-denied-title = No access – { -product-name }
admin-denied-heading = You do not have permission to use the admin console
admin-denied-text = Your account can use { -product-name }, but it is not allowed to manage your organisation.
admin-denied-help = If you need to manage users, devices or settings, ask an administrator of your organisation to give you a role with those permissions.

## Shared words

admin-save = Save
admin-cancel = Cancel
admin-done = Done
admin-edit = Edit
admin-delete = Delete
admin-remove = Remove
admin-revoke = Revoke
admin-manage = Manage
admin-copy = Copy
admin-refresh = Refresh
admin-search = Search
admin-apply-filters = Apply filters
admin-clear-filters = Clear filters
admin-export-csv = Export CSV
admin-filter-any = Any
admin-filter-anyone = Anyone
admin-filter-any-device = Any device
admin-not-set = Not set
admin-never = Never
admin-no-changes = Nothing to save: no field was changed.
admin-name-taken = This name is already used. Choose another.
admin-number-range = Enter a whole number from { $min } to { $max }.
admin-error-refused = The server refused this: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = You cannot use this section: it needs the permission “{ $permission }” over the whole organisation (all users and all devices), and your roles do not give it that widely.
admin-section-denied-ask = Ask an administrator of { $organisation } to give it to you over the whole organisation.
admin-choose-user = Choose a person…
admin-choose-user-first = Choose a person first.
admin-choose-device = Choose a device…
admin-choose-device-first = Choose a device first.
admin-choose-role = Choose a role…
admin-no-devices-yet = No devices are enrolled yet
admin-unknown-user = Unknown user
admin-unknown-group = Unknown group
admin-unknown-role = Unknown role

admin-page-previous = Previous page
admin-page-next = Next page
admin-page-number = Page { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
# A session still running: how long it has run so far ($duration is one of the three above).
admin-duration-running = { $duration } so far

## Table column headings

admin-column-name = Name
admin-column-email = E-mail
admin-column-job-title = Job title
admin-column-company = Company
admin-column-role = Role
admin-column-status = Status
admin-column-actions = Actions
admin-column-description = Description
admin-column-members = Members
admin-column-created = Created
admin-column-permissions = Permissions
admin-column-member-groups = Assigned to
admin-column-scope = Scope
admin-column-state = State
admin-column-targets = Applies to
admin-column-conditions = Conditions
admin-column-grant = Result
admin-column-device = Device
admin-column-platform = Operating system
admin-column-primary-user = Primary user
admin-column-agent = Agent version
admin-column-enrollment = Enrollment
admin-column-compliance = Compliance
admin-column-last-check-in = Last check-in
admin-column-uses = Devices enrolled
admin-column-expires = Expires
admin-column-rules = Rules
admin-column-helper = Helper
admin-column-sharer = Person helped
admin-column-access = Access granted
admin-column-started = Started
admin-column-duration = Duration
admin-column-outcome = How it ended
admin-column-chat = Chat messages
admin-column-time = Time
admin-column-actor = Who
admin-column-action = Action
admin-column-target = On what
admin-column-detail = Details

## Users

admin-users-title = Users
admin-users-intro = People in your organisation who can sign in to { -product-name }, and their profiles as the people they help see them.
admin-users-search = Search by name, e-mail, job title or company
admin-users-search-label = Search users
admin-users-pages = Pages of users
admin-users-search-summary =
    { $count ->
        [0] No users match “{ $term }” on this page.
        [one] One user matches “{ $term }”.
       *[other] { $count } users match “{ $term }”.
    }
admin-users-none-found = No users match “{ $term }”.
admin-users-empty = There are no users yet.
admin-user-create = Create user
admin-user-create-title = Create a user
admin-user-create-submit = Create user
admin-user-created = { $name } was created.
admin-user-job-title = Job title (optional)
admin-user-company = Company (optional)
admin-user-initial-password = Initial password (optional)
admin-user-initial-password-hint = At least 12 characters. Without one, the person can sign in only with single sign-on or with a recovery link.
admin-user-is-admin = Administrator of the organisation
admin-user-is-admin-hint = Administrators can do everything, whatever their roles say.
admin-user-edit-title = Edit { $name }
admin-user-edit-label = Edit { $name }
admin-user-email-fixed = The e-mail address identifies the account and cannot be changed here.
admin-user-disabled = Sign-in disabled
admin-user-disabled-hint = Disabling sign-in also ends their sessions and revokes their API tokens.
admin-user-new-password = New password (optional)
admin-user-new-password-hint = Leave empty to keep the current password. Setting one signs them out everywhere.
admin-user-saved = Changes to { $name } were saved.
admin-user-status-active = Active
admin-user-status-disabled = Sign-in disabled
admin-user-delete-label = Delete { $name }
admin-user-delete-title = Delete { $name }?
admin-user-delete-text = The account { $email } will be deleted and signed out everywhere. This cannot be undone.
admin-user-delete-confirm = Delete user
admin-user-deleted = { $name } was deleted.
admin-user-picture = Profile picture
admin-user-picture-choose = Upload picture
admin-user-picture-remove = Remove picture
admin-user-picture-hint = A PNG or JPEG image of at most 256 KB. It changes at once; the people they help see it before sharing their screen.
admin-user-picture-uploading = Uploading the picture…
admin-user-picture-updated = The picture of { $name } was updated.
admin-user-picture-removed = The picture of { $name } was removed.

## Groups

admin-groups-title = Groups
admin-groups-intro = Groups collect people and devices. Role assignments give roles to the members of groups, over other groups.
admin-groups-pages = Pages of groups
admin-groups-empty = There are no groups yet. Create one to give roles to its members.
admin-groups-back = All groups
admin-group-create = Create group
admin-group-create-title = Create a group
admin-group-create-submit = Create group
admin-group-created = The group { $name } was created.
admin-group-name = Group name
admin-group-description = Description (optional)
admin-group-description-hint = What the group is for, such as “Help desk staff in Berlin”.
admin-group-member-count =
    { $count ->
        [0] No members
        [one] 1 member
       *[other] { $count } members
    }
admin-group-manage-label = Manage the group { $name }
admin-group-delete = Delete group
admin-group-delete-label = Delete the group { $name }
admin-group-delete-title = Delete the group { $name }?
admin-group-delete-text = Its members keep their accounts, but lose what role assignments gave them through this group. This cannot be undone.
admin-group-delete-confirm = Delete group
admin-group-deleted = The group { $name } was deleted.
admin-group-detail-intro = Rename the group, and choose its members and devices.
admin-group-details = Name and description
admin-group-saved = The group { $name } was saved.
admin-group-members = Members
admin-group-no-members = This group has no members yet.
admin-group-add-member = Add member
admin-group-add-member-label = Person to add
admin-group-everyone-member = Everyone is already a member
admin-group-member-added = { $name } was added to { $group }.
admin-group-member-removed = { $name } was removed from { $group }.
admin-group-remove-member-label = Remove { $name } from the group
admin-group-devices = Devices
admin-group-devices-intro = Role assignments that name this group in their scope reach the devices in it.
admin-group-device-label = Device
admin-group-add-device = Add to group
admin-group-remove-device-label = Remove { $device } from the group
admin-group-no-devices = No devices in this group yet.
admin-group-device-added = { $device } was added to { $group }.
admin-group-device-removed = { $device } was removed from { $group }.

## Roles and role assignments

admin-roles-title = Roles
admin-roles-intro = A role is a set of permissions. Role assignments give a role to the members of groups, over the people and devices in their scope.
admin-roles-list = Roles
admin-roles-list-intro = Built-in roles cannot be changed; copy one to start a custom role.
admin-roles-empty = There are no roles.
admin-role-create = Create role
admin-role-create-title = Create a role
admin-role-create-submit = Create role
admin-role-created = The role { $name } was created.
admin-role-edit-title = Edit the role { $name }
admin-role-edit-label = Edit the role { $name }
admin-role-saved = The role { $name } was saved.
admin-role-copy = Copy
admin-role-copy-label = Copy the role { $name } as a new role
admin-role-copy-name = { $name } (copy)
admin-role-name = Role name
admin-role-description = Description (optional)
admin-role-built-in = Built-in
admin-role-no-permissions = No permissions
admin-role-delete-label = Delete the role { $name }
admin-role-delete-title = Delete the role { $name }?
admin-role-delete-text = Only roles that no assignment gives can be deleted. This cannot be undone.
admin-role-delete-confirm = Delete role
admin-role-deleted = The role { $name } was deleted.

admin-perm-group-remote-help = Remote help
admin-perm-group-reading = Reading
admin-perm-group-administration = Administration
admin-perm-offer = Offer remote assistance
admin-perm-offer-hint = Start a remote help session with a person in scope.
admin-perm-view-screen = View screen
admin-perm-view-screen-hint = See the screen of a person in scope.
admin-perm-full-control = Take full control
admin-perm-full-control-hint = Use the mouse and keyboard of a person in scope, with their consent.
admin-perm-elevation = Elevation
admin-perm-elevation-hint = Reserved for a later version: run elevated on the person's device.
admin-perm-read = Read devices and reports
admin-perm-read-hint = See the device inventory, live sessions and session reports.
admin-perm-manage-users = Manage users and groups
admin-perm-manage-users-hint = Create, change and delete users and groups, their pictures and second factors.
admin-perm-manage-roles = Manage roles
admin-perm-manage-roles-hint = Create and change roles and role assignments.
admin-perm-manage-devices = Manage devices
admin-perm-manage-devices-hint = Create enrollment tokens, retire and delete devices.
admin-perm-manage-settings = Manage settings
admin-perm-manage-settings-hint = Change the organisation's settings and verified domains, and stop live sessions.
admin-perm-manage-policies = Manage policies
admin-perm-manage-policies-hint = Create and change conditional access and compliance policies.
admin-perm-read-audit = Read the audit log
admin-perm-read-audit-hint = See and export every recorded change and sign-in.
admin-perm-create-api-tokens = Create API tokens
admin-perm-create-api-tokens-hint = Create tokens for scripts that act with the holder's own rights. Tokens expire after 90 days unless set otherwise (at most a year).

admin-assignments-title = Role assignments
admin-assignments-intro = Who gets which role, and over whom.
admin-assignments-empty = There are no role assignments yet. Without one, only administrators can help anyone.
admin-assignment-create = Create assignment
admin-assignment-create-title = Create a role assignment
admin-assignment-create-submit = Create assignment
admin-assignment-created = The assignment { $name } was created.
admin-assignment-edit-title = Edit the assignment { $name }
admin-assignment-edit-label = Edit the assignment { $name }
admin-assignment-saved = The assignment { $name } was saved.
admin-assignment-name = Assignment name
admin-assignment-name-hint = Such as “Help desk helps Finance”.
admin-assignment-role = Role
admin-assignment-members = Give the role to members of
admin-assignment-members-hint = The helpers: everyone in these groups gets the role.
admin-assignment-no-groups = There are no groups yet. Create groups first.
admin-assignment-scope = Scope
admin-assignment-scope-hint = The people and devices the role reaches.
admin-assignment-scope-groups = People and devices in these groups
admin-assignment-scope-groups-hint = Members and devices of the groups chosen.
admin-assignment-needs-members = Choose at least one group to give the role to.
admin-assignment-needs-scope = Choose what the role reaches: all users, all devices, or groups.
admin-assignment-delete-label = Delete the assignment { $name }
admin-assignment-delete-title = Delete the assignment { $name }?
admin-assignment-delete-text = Members of its groups lose the role it gave them at once. This cannot be undone.
admin-assignment-delete-confirm = Delete assignment
admin-assignment-deleted = The assignment { $name } was deleted.
admin-scope-all-users = All users
admin-scope-all-users-hint = Every person in the organisation.
admin-scope-all-devices = All devices
admin-scope-all-devices-hint = Every enrolled device of the organisation.

## Conditional access

admin-policies-title = Conditional access
admin-policies-intro = Policies decide whether a helper may use the console, checked when they sign in and again when they start a session. A refusal names the policy.
admin-policies-list = Policies
admin-policies-empty = There are no conditional access policies. Every helper who can sign in may use the console.
admin-policy-create = Create policy
admin-policy-create-title = Create a conditional access policy
admin-policy-create-submit = Create policy
admin-policy-created = The policy { $name } was created.
admin-policy-edit-title = Edit the policy { $name }
admin-policy-edit-label = Edit the policy { $name }
admin-policy-saved = The policy { $name } was saved.
admin-policy-delete-label = Delete the policy { $name }
admin-policy-delete-title = Delete the policy { $name }?
admin-policy-delete-text = It stops applying at once. This cannot be undone.
admin-policy-delete-confirm = Delete policy
admin-policy-deleted = The policy { $name } was deleted.
admin-policy-name = Policy name
admin-policy-name-hint = Helpers see it when the policy refuses them, so make it say why, such as “Second factor outside the office”.
admin-policy-state = State
admin-policy-state-enabled = Enabled
admin-policy-state-enabled-hint = The policy is enforced.
admin-policy-state-report-only = Report-only
admin-policy-state-report-only-hint = The policy is evaluated and what it would have done is written to the audit log, but it never refuses anyone. Try new policies this way first.
admin-policy-state-disabled = Disabled
admin-policy-state-disabled-hint = The policy is ignored.
admin-policy-targets = Applies to
admin-policy-targets-hint = The helpers this policy is about.
admin-policy-all-users = All users
admin-policy-users = These people
admin-policy-groups = Members of these groups
admin-policy-needs-targets = Choose whom the policy applies to: all users, people or groups.
admin-policy-conditions = Conditions
admin-policy-conditions-hint = The policy applies only when every condition set here holds. Leave them empty to apply it always.
admin-policy-inside = The client address is in one of these networks
admin-policy-inside-hint = One range per line in CIDR notation, such as 10.0.0.0/8 or 2001:db8::/32.
admin-policy-outside = The client address is in none of these networks
admin-policy-outside-hint = For rules that apply outside the office. One range per line.
admin-policy-network-invalid = “{ $value }” is not a network range. Write ranges such as 192.168.0.0/16.
admin-policy-second-factor = Second factor at sign-in
admin-policy-second-factor-any = Either way
admin-policy-second-factor-yes = A second factor was used
admin-policy-second-factor-no = No second factor was used
admin-policy-grant = Result
admin-policy-grant-allow = Allow
admin-policy-grant-allow-hint = Recorded in the audit log; other policies may still refuse.
admin-policy-grant-block = Block
admin-policy-grant-block-hint = Refuse sign-in to the console and the start of sessions.
admin-policy-grant-second-factor = Require a second factor
admin-policy-grant-second-factor-hint = Allow only sign-ins that used a second factor.
admin-policy-lockout-warning = Take care not to lock yourself out: a policy that blocks you applies from your next sign-in. Use report-only to check a policy first.
admin-policy-when-inside = Inside { $networks }
admin-policy-when-outside = Outside { $networks }
admin-policy-when-second-factor = Second factor used
admin-policy-when-no-second-factor = No second factor used
admin-policy-always = Always

## Devices

admin-devices-title = Devices
admin-devices-intro = Devices enrolled with the { -product-name } app, with what they last reported and whether they meet your compliance policies.
admin-devices-enroll-link = Enroll devices
admin-devices-filters = Filter devices
admin-devices-search = Search
admin-devices-search-hint = Host name, serial number, model or primary user.
admin-devices-platform = Operating system
admin-devices-compliance = Compliance
admin-devices-state = Enrollment
admin-devices-pages = Pages of devices
admin-devices-empty = No devices are enrolled yet. Create an enrollment token to enroll the first ones.
admin-devices-none-match = No devices match these filters.
admin-devices-back = All devices
admin-device-remote-help = New remote help session
admin-device-unnamed = Unnamed device
admin-device-compliant = Compliant
admin-device-not-compliant = Not compliant
admin-device-failing-count =
    { $count ->
        [one] 1 failing rule
       *[other] { $count } failing rules
    }
admin-device-state-active = Enrolled
admin-device-state-retired = Retired
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = None reported
admin-device-details = Details
admin-device-host-name = Host name
admin-device-model = Model
admin-device-serial = Serial number
admin-device-agent-version = Agent version
admin-device-disk = Disk encryption
admin-device-disk-encrypted = Encrypted
admin-device-disk-not-encrypted = Not encrypted
admin-device-enrolled-at = Enrolled
admin-device-id = Device ID
admin-device-compliance = Compliance
admin-device-meets-all = This device meets every rule of your compliance policies.
admin-device-failing-intro = These rules are not met:
admin-device-policies-link = Review compliance policies
admin-device-retire = Retire device
admin-device-retire-title = Retire { $name }?
admin-device-retire-text = Its credential stops working at once: it can no longer check in or prove itself when someone asks for help on it. The device stays in the list, marked retired.
admin-device-retire-confirm = Retire device
admin-device-retired = { $name } was retired.
admin-device-delete = Delete device
admin-device-delete-title = Delete { $name }?
admin-device-delete-text = The device and its history are removed from the inventory. To use it again, enroll it again. This cannot be undone.
admin-device-delete-confirm = Delete device

## Enrollment tokens

admin-tokens-title = Enrollment tokens
admin-tokens-intro = A device enrolls with a token you create here. Each token works for a limited time and number of devices.
admin-tokens-list = Tokens
admin-tokens-empty = There are no enrollment tokens yet.
admin-token-create = Create token
admin-token-create-title = Create an enrollment token
admin-token-create-submit = Create token
admin-token-created = The token { $name } was created.
admin-token-name = Name
admin-token-name-hint = Where it is used, such as “Berlin office laptops”.
admin-token-hours = Valid for (hours)
admin-token-hours-hint = 1 to 720 hours (30 days).
admin-token-max-uses = Devices it may enroll
admin-token-max-uses-hint = 1 to 10,000.
admin-token-shown-once = Copy this token now. It is shown only once; if it is lost, revoke it and create another.
admin-token-secret = Token “{ $name }”
admin-token-secret-hint = Give it to the { -product-name } app when you enroll a device (assist-agent enroll). Anyone who has it can enroll devices into your organisation until it expires or is revoked.
admin-token-copy-label = Copy the token
admin-token-copied = The token was copied to the clipboard.
admin-token-copy-failed = The token could not be copied. Select it and copy it yourself.
admin-token-active = Active
admin-token-revoked = Revoked
admin-token-expired = Expired
admin-token-used-up = Used up
admin-token-uses = { $uses } of { $max }
admin-token-revoke-label = Revoke the token { $name }
admin-token-revoke-title = Revoke the token { $name }?
admin-token-revoke-text = Devices can no longer enroll with it. Devices it has already enrolled stay enrolled.
admin-token-revoke-confirm = Revoke token
admin-token-revoked-done = The token { $name } was revoked.

## Compliance policies

admin-compliance-title = Compliance policies
admin-compliance-intro = Rules that enrolled devices must meet. A device that fails one is marked not compliant, and helpers are warned before they help on it.
admin-compliance-list = Policies
admin-compliance-empty = There are no compliance policies, so every device counts as compliant.
admin-compliance-create = Create policy
admin-compliance-create-title = Create a compliance policy
admin-compliance-create-submit = Create policy
admin-compliance-created = The policy { $name } was created. Devices were checked again.
admin-compliance-edit-title = Edit the policy { $name }
admin-compliance-edit-label = Edit the policy { $name }
admin-compliance-saved = The policy { $name } was saved. Devices were checked again.
admin-compliance-delete-label = Delete the policy { $name }
admin-compliance-delete-title = Delete the policy { $name }?
admin-compliance-delete-text = Its rules stop applying, and devices are checked again. This cannot be undone.
admin-compliance-delete-confirm = Delete policy
admin-compliance-deleted = The policy { $name } was deleted.
admin-compliance-name = Policy name
admin-compliance-name-hint = Shown with each failing rule, such as “Baseline security”.
admin-compliance-os-legend = Minimum operating system version
admin-compliance-os-hint = Leave a platform empty to accept any version.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Such as 14.2.1
admin-compliance-version-invalid = Write a version as numbers separated by dots, such as 14.2.1.
admin-compliance-other-legend = Other rules
admin-compliance-min-agent = Minimum { -product-name } app version
admin-compliance-max-days = Maximum days since the last check-in
admin-compliance-max-days-hint = 1 to 365. Leave empty for no limit.
admin-compliance-disk = Require disk encryption
admin-compliance-disk-hint = The system disk must be encrypted (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } or later
admin-rule-min-agent = App { $version } or later
admin-rule-check-in =
    { $days ->
        [one] Checked in within the last day
       *[other] Checked in within { $days } days
    }
admin-rule-disk = Disk encrypted
admin-rule-none = No rules

## Settings

admin-settings-title = Settings
admin-settings-intro = How remote help works in your organisation. Every change is recorded in the audit log.
admin-settings-organisation = Organisation
admin-settings-name-hint = Shown to the people you help when their profile names no company.
admin-settings-remote-help-heading = Remote help
admin-settings-remote-help = Allow remote help
admin-settings-remote-help-hint = Helpers can start sessions only while this is on. Turning it off also ends the sessions in progress.
admin-settings-unenrolled = Allow help on devices that are not enrolled
admin-settings-unenrolled-hint = Lets people share their screen from a web browser or a device that is not enrolled. Helpers are still warned that the device is unknown.
admin-settings-chat = Chat during sessions
admin-settings-chat-hint = Helpers and the people they help can write to each other. Messages are kept with the session report.
admin-settings-limits = Codes and reports
admin-settings-code-lifetime = Security code lifetime (minutes)
admin-settings-code-lifetime-hint = How long the code a helper reads out stays valid: { $min } to { $max } minutes.
admin-settings-retention = Keep session reports for (days)
admin-settings-retention-hint = Older reports and their chat are deleted: { $min } to { $max } days.
admin-settings-save = Save settings
admin-settings-saved = Settings saved.
admin-settings-updated-at = Last changed { $time }.
admin-settings-defaults = These are the default settings; they have never been changed.

## Live sessions

admin-live-title = Live sessions
admin-live-intro = Remote help sessions that have not ended. The list refreshes every few seconds.
admin-live-list = Sessions in progress
admin-live-empty = No sessions are in progress.
admin-live-updated = Updated { $time }
admin-live-count =
    { $count ->
        [0] No sessions are in progress.
        [one] 1 session is in progress.
       *[other] { $count } sessions are in progress.
    }
admin-live-not-joined = Not joined yet
admin-live-nobody = nobody yet
admin-live-state-waiting = Waiting for code
admin-live-state-joined = Joined
admin-live-state-requested = Asking for access
admin-live-state-active = Sharing
admin-live-state-ended = Ended
admin-live-revoke-label = Stop the session of { $helper } with { $sharer }
admin-live-revoke-title = Stop this session?
admin-live-revoke-text = The session of { $helper } with { $sharer } ends at once for both of them.
admin-live-revoke-confirm = Stop session
admin-live-revoked = The session of { $helper } was stopped.

## Session reports

admin-reports-title = Session reports
admin-reports-intro = Every remote help session: who helped whom, on which device, what access was granted and how it ended.
admin-reports-filters = Filter session reports
admin-reports-export-label = Export CSV of the session reports that match the filters
admin-reports-helper = Helper
admin-reports-sharer = Person helped
admin-reports-device = Device
admin-reports-end-reason = How it ended
admin-reports-from = Started from
admin-reports-to = Started before
admin-reports-pages = Pages of session reports
admin-reports-empty = There are no session reports yet.
admin-reports-none-match = No sessions match these filters.
admin-reports-back = All session reports
admin-report-open-label = Session of { $helper } started { $time }
admin-report-title = { $helper } helping { $sharer }
admin-report-title-alone = Session of { $helper }
admin-report-started = Started { $time }
admin-report-details = Details
admin-report-client = Shared from
admin-report-joined = Joined
admin-report-ended = Ended
admin-report-id = Session ID
admin-report-no-device = No device
admin-report-mode-control = Full control
admin-report-mode-view = View only
admin-report-mode-none = None
admin-report-transcript = Chat transcript
admin-report-transcript-count =
    { $count ->
        [0] Chat transcript
        [one] Chat transcript (1 message)
       *[other] Chat transcript ({ $count } messages)
    }
admin-report-no-chat = No chat messages were written in this session.
admin-role-helper = Helper
admin-role-sharer = Person helped
admin-client-agent = { -product-name } app
admin-client-web = Web browser

admin-end-helper-left = Helper ended it
admin-end-sharer-left = Person helped ended it
admin-end-helper-disconnected = Helper's connection lost
admin-end-sharer-disconnected = Connection of person helped lost
admin-end-code-expired = Code expired unused
admin-end-declined-timeout = Request not answered
admin-end-revoked = Stopped by an administrator
admin-end-policy = Stopped by an organisation rule
admin-end-access-withdrawn = Stopped: access withdrawn

## Audit log

admin-audit-title = Audit log
admin-audit-intro = Every change, sign-in and session event, newest first. The log is append-only and its chain detects tampering.
admin-audit-filters = Filter the audit log
admin-audit-export-label = Export CSV of the audit events that match the filters
admin-audit-actor = Who
admin-audit-action = Action
admin-audit-action-hint = Such as user.created or settings.updated.
admin-audit-since = From
admin-audit-until = Before
admin-audit-pages = Pages of audit events
admin-audit-empty = The audit log is empty.
admin-audit-none-match = No events match these filters.
admin-audit-show-detail = Show details
admin-actor-cli = Server command line
admin-actor-setup-link = Setup link
admin-actor-sso = Single sign-on
admin-actor-anonymous = Not signed in

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Start here
admin-start-title = Get started
admin-start-intro = Three things to settle before your first remote help session. Each can be changed later.
admin-start-done = Done
admin-start-todo = To do
admin-start-settings-needed = Changing this needs the permission to manage settings. Ask an administrator who has it.
admin-start-remote-heading = Turn remote help on
admin-start-remote-off = Remote help is off, so nobody can start a session yet.
admin-start-remote-on = Remote help is on: helpers can start sessions.
admin-start-remote-enable = Turn remote help on
admin-start-remote-turned-on = Remote help is now on.
admin-start-browser-heading = Sharing from a web browser
admin-start-browser-allowed = Allowed
admin-start-browser-not-allowed = Not allowed
admin-start-browser-explain = A web browser cannot prove which computer it runs on, so it counts as a device that is not enrolled. Allowing help on devices that are not enrolled lets people share their screen from a browser, with nothing to install. The helper can then only see the screen, not control it, and is warned that the device is unknown.
admin-start-browser-off = Not allowed now: only the { -product-name } app on an enrolled device can share. Someone who opens the sharing page in a browser and enters a code is refused.
admin-start-browser-on = Allowed now: people can share their screen from a browser, or from a device that is not enrolled.
admin-start-browser-allow = Allow sharing from a browser
admin-start-browser-stop = Stop sharing from a browser
admin-start-browser-allowed-now = Sharing from a browser is now allowed.
admin-start-browser-stopped = Sharing from a browser is no longer allowed.
admin-start-helpers-heading = Make helpers
admin-start-helpers-none = Nobody can offer remote help yet.
admin-start-helpers-count =
    { $count ->
        [one] { $count } person can offer remote help.
       *[other] { $count } people can offer remote help.
    }
admin-start-helpers-explain = Helpers offer remote help to everyone in your organisation. Choose people and select Make helpers: they join the group { $group }, which has the Help Desk Operator role over all users.
admin-start-helpers-pick = People to make helpers
admin-start-helpers-nobody = Everyone here is a helper already. Create a user to add someone.
admin-start-helpers-roles-needed = The first time, making helpers also gives the group { $group } its role, which needs the permission to manage roles. Ask an administrator who has it.
admin-start-helpers-submit = Make helpers
admin-start-helpers-choose = Choose at least one person.
admin-start-helpers-made =
    { $count ->
        [one] { $count } person is now a helper, in the group { $group }.
       *[other] { $count } people are now helpers, in the group { $group }.
    }
admin-start-create-user = Create user
admin-start-first-heading = Your first session
admin-start-not-ready = Once the steps above are done:
admin-start-ready = Everything is ready for a first session:
admin-start-first-helper = A helper signs in, opens { $page } and starts a new remote help session, which gives them a security code:
admin-start-first-sharer = The person who needs help signs in, opens this page and enters that code:
admin-user-role = Role
admin-user-role-member = Member
admin-user-role-member-hint = Signs in, asks for help and shares their screen.
admin-user-role-helper = Helper
admin-user-role-helper-hint = Offers remote help to everyone in the organisation, as a member of the group { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = { $name } was created and can now offer remote help.
