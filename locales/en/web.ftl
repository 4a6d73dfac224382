# Messages of the web app (English). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Skip to main content
loading = Loading…
go-to-sign-in = Go to the sign-in page
sign-out = Sign out
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Language

## Form fields and checks

field-organisation-name = Organisation name
field-organisation-name-hint = The name your colleagues know it by. You can change it later.
field-full-name = Full name
field-full-name-hint = Shown to the people you help, so they know who is connecting.
field-email = E-mail
field-job-title-optional = Job title (optional)
field-company-optional = Company (optional)
field-password = Password
field-new-password = New password
field-confirm-password = Confirm password
password-hint = At least 12 characters. A few unrelated words make a strong password that is easy to remember.
form-required = This field is required.
form-email-invalid = Enter an e-mail address such as name@example.com.
form-fix-fields = Some fields need your attention. Please correct the fields marked below.
# The first line of a form's error summary; a link to each field in error follows.
form-error-summary = Please correct these fields:
password-too-short = The password must have at least { $min } characters.
password-too-long = The password must have at most { $max } characters.
password-mismatch = The passwords do not match. Type the same password in both fields.

## Errors from the server, by code

error-network = The server could not be reached. Check your connection and try again.
error-invalid-credentials = The e-mail address or password is not correct.
error-too-many-attempts = Too many attempts. Please wait a moment and try again.
error-too-many-attempts-wait =
    { $seconds ->
        [one] Too many attempts. Please wait one second and try again.
       *[other] Too many attempts. Please wait { $seconds } seconds and try again.
    }
error-setup-link-invalid = This link is not valid any more: it may have been used already, or it has expired.
error-conflict = This conflicts with something that already exists.
error-email-taken = An account with this e-mail address already exists.
error-unauthenticated = You are not signed in, or your session has ended. Please sign in again.
error-origin-mismatch = The request was refused because it did not come from this site. Reload the page and try again.
error-payload-too-large = What you sent is too large.
error-forbidden = You do not have permission to do this.
error-timeout = The server took too long to answer. Please try again.
error-unavailable = The service is temporarily unavailable. Please try again in a few minutes.
error-internal = Something went wrong on the server. Please try again; if it keeps happening, tell your administrator.
error-unexpected = Something unexpected went wrong. Please try again.
error-second-factor-required = Enter the code from your authenticator app, or one of your recovery codes.
error-invalid-second-factor = That code is not correct, or it was used already. Wait for a new code and try again.
error-sso-not-configured = Your organisation does not offer single sign-on for this e-mail address. Sign in with your password.
error-profile-managed = Your organisation manages your name, job title and company through single sign-on, so only an administrator can change them.
error-sso-provider-unavailable = Your organisation's sign-in service could not be reached. Please try again in a few minutes.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Your organisation's conditional access policy “{ $policy }” does not allow this. Ask your administrator.

## Setup link page (/setup)

setup-page-title = Set up – { -product-name }
setup-checking-heading = Checking your link
setup-checking = One moment while we check your link…
setup-expires = This link is valid until { $time }.
setup-invalid-heading = This link cannot be used
setup-missing-heading = This page needs a setup link
setup-missing = Open the complete link you were given, including the part after the # sign.
setup-error-heading = The link could not be checked
setup-unknown-purpose = This link is for something this page does not support.
setup-invalid-help =
    Ask your administrator for a new link. Whoever runs the server can print one
    with the command “assist-server admin setup-link”.

first-admin-heading = Create your organisation
first-admin-intro = Set up { -product-name } for your organisation and create the first administrator account. You can invite colleagues afterwards.
first-admin-organisation-legend = Organisation
first-admin-account-legend = Your administrator account
first-admin-submit = Create organisation

reset-heading = Choose a new password
reset-intro = Set a new password for { $email }.
reset-intro-no-email = Set a new password for your account.
reset-submit = Set password

## Sign-in page (/sign-in)

sign-in-page-title = Sign in – { -product-name }
sign-in-heading = Sign in to { -product-name }
sign-in-intro = Use the e-mail address and password of your account.
sign-in-submit = Sign in
field-second-factor-code = Authenticator code or recovery code
sign-in-sso = Sign in with your organisation's account
sign-in-sso-needs-email = Enter your e-mail address first, so we can find your organisation.
sign-in-sso-refused = Single sign-on did not sign you in. If your account has its own password, sign in with it here, then link single sign-on on your home page.
sign-in-or = or
sign-in-forgot = Forgot your password? Ask an administrator of your organisation for a recovery link.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisation:
user-menu-label = Your account
home-heading = Signed in as { $name }

profile-heading = Your profile
profile-name = Name
profile-email = E-mail
profile-job-title = Job title
profile-company = Company
profile-role = Role
profile-not-set = Not set
profile-edit = Edit profile
# The accessible name of the form that edits one's own name, job title and company.
profile-form-label = Edit your profile
profile-save = Save
profile-cancel = Cancel
profile-saved = Your profile has been saved.
profile-managed = Your organisation manages your name, job title and company through single sign-on. To change them, ask your administrator.
role-administrator = Administrator
role-member = Member

picture-change = Change picture
picture-hint = A PNG or JPEG image of at most 256 KB. People you help see it before they share their screen.
picture-uploading = Uploading your picture…
picture-updated = Your picture has been updated.
picture-wrong-type = Choose a PNG or JPEG image.
picture-too-large = The picture is larger than 256 KB. Choose a smaller image.

sessions-heading = Where you're signed in
sessions-intro = Browsers where your account is signed in. Sign out any you do not recognise.
session-this-device = This device
session-device = { $browser } on { $os }
session-device-unknown = Unknown browser
session-signed-in = Signed in { $time }
session-last-active = Last active { $time }
session-address = From address { $address }
session-sign-out = Sign out
session-sign-out-label = Sign out on { $device }
session-signed-out = Signed out on { $device }.

home-admin-link = Admin console

## Home page: remote help

home-remote-help-heading = Remote help
home-help-someone-text = Start a session and give the person the security code.
home-help-someone = Help someone
home-get-help-text = Your helper gave you a security code? Enter it here.
home-get-help = Get help

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Single sign-on
home-sso-linked = Your account is linked to your organisation's single sign-on.
home-sso-not-linked = Your account is not linked to your organisation's single sign-on.
home-sso-link-intro = Linking lets you sign in with your organisation's account.
home-sso-link = Link single sign-on
home-sso-linking = Going to your organisation's sign-in page…
