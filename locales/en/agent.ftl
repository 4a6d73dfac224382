# Messages of the Assist app (English): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles and waiting

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: sharing your screen
agent-starting = Starting…
# Shown after the person submitted a form, until the server answers.
agent-working = Please wait…

## Signing in

agent-sign-in-heading = Sign in to get help
agent-email = E-mail
agent-password = Password
agent-sign-in = Sign in
agent-sign-in-sso = Sign in with single sign-on
agent-second-factor-heading = Second step of signing in
agent-second-factor = Authenticator code
agent-second-factor-hint = Enter the code your authenticator app shows, or one of your recovery codes.
agent-continue = Continue
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Sign-in continues in your web browser. If it did not open, go to: { $url }

## The security code the helper gives

agent-code-heading = Enter the security code
agent-code-hint = Your helper gives you an 8-digit security code.
agent-code = Security code
agent-connect = Connect

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Your helper
agent-trust-name = Name
agent-trust-job-title = Job title
agent-trust-company = Company
agent-trust-domain = E-mail domain
# Shown instead of an empty job title or company.
agent-trust-not-given = not given
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (verified domain)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domain NOT verified)
agent-trust-not-enrolled = This device is not enrolled in your organisation; your helper is told so.
# $name: the helper's full name.
agent-waiting-for-request = Waiting for { $name } to ask to see your screen. Nothing is shared until you allow it.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } asks for full control (mouse and keyboard).
agent-request-view = { $name } asks to see your screen.
agent-allow = Allow
agent-allow-view-only = Allow view only
agent-decline = Decline

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Sharing with { $name }: full control
agent-sharing-view = Sharing with { $name }: view only
agent-sharing-paused = Sharing with { $name }: control stopped
agent-stop-control = Stop control
agent-give-control-back = Give control back
agent-end-session = End session

## Chat

agent-chat-heading = Chat
agent-chat-input = Message
agent-chat-send = Send
# The writer's name shown for the person's own messages.
agent-chat-you = You

## The helper's connection dropped

# Shown, and kept on screen, while the helper's connection is gone (their page was closed, their
# app quit or their network failed; the app cannot tell which, so it blames nothing).
# $name: the helper's full name.
agent-helper-away = { $name }'s connection dropped. Waiting for them to come back…
# Counts down under agent-helper-away. $time: minutes and seconds left, such as 0:42.
agent-helper-away-time = The session ends in { $time } unless they come back.
agent-helper-away-unseen = Nobody can see your screen or control it while they are away.
# The button that ends the session at once instead of waiting.
agent-end-now = End now
# When the helper's connection comes back; sharing resumes by itself. $name: the helper's full name.
agent-helper-back = { $name } is back.

## Notices

agent-notice-server-lost = The server cannot be reached. Control stopped.
agent-notice-server-back = The server is reachable again. Control stays stopped until you give it back.
agent-notice-connection-lost = The connection to your helper was lost. Control stopped.
agent-notice-connected = Connected: your helper sees your screen.
agent-notice-control-stopped = Control stopped: your helper can no longer use your mouse and keyboard.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = A newer { -product-name } app is available: { $version }
agent-update-required = This { -product-name } app is out of date and must be updated to { $version } before you can share
# $url: where to download the newer app.
agent-update-download = Download it from { $url }

## The end of the session

agent-ended-heading = Session ended
agent-ended = Session ended.
agent-ended-helper-left = Session ended: your helper ended it.
agent-ended-sharer-left = Session ended: you ended it.
agent-ended-sharer-disconnected = Session ended: your connection was lost and did not come back in time.
agent-ended-helper-disconnected = Session ended: your helper's connection was lost and did not come back in time.
agent-ended-code-expired = Session ended: the security code expired.
agent-ended-declined-timeout = Session ended: the request was not answered in time.
agent-ended-revoked = Session ended: an administrator stopped it.
agent-ended-policy = Session ended: a rule of your organisation stopped it.
agent-ended-access-withdrawn = Session ended: your helper may no longer help you, or your own access was withdrawn.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Session ended: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = This device is not enrolled, and your organisation allows help only on enrolled devices. Ask your administrator to enroll it.
agent-close = Close

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-mail:
agent-terminal-password = Password (empty for single sign-on):
agent-terminal-second-factor = Authenticator code:
agent-terminal-code = Security code:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [a]llow, [v]iew only, [d]ecline:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [a]llow, [d]ecline:
# One lowercase letter each, all three different.
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Commands: /stop takes control back, /resume gives it back, /end ends the session; any other line is sent as chat.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Type /resume to give control back.
# Follows agent-helper-away-time on the next line. Keep /end as it is.
agent-terminal-end-now-hint = Type /end to end the session now.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Unknown command: { $command }. /help lists the commands; start a line with // to send a chat message that starts with /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = This version of the { -product-name } app is too old for your organisation. Update it, then try again.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = You are signed in. You can close this tab and go back to the { -product-name } app.
agent-sso-browser-failed = Single sign-on did not work. Go back to the { -product-name } app to see why.
