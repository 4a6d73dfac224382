# Messages of the remote help pages (English): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = End session
session-ended-heading = Session ended
session-reconnecting = The connection was interrupted. Reconnecting…
session-replaced = This session was opened in another window, so this one stopped.
session-connection-closed = The connection to the server closed.
go-home = Back to the home page

## The trust card: who is on the other side

trust-helper-heading = Your helper
trust-sharer-heading = The person you are helping
trust-job-title = Job title
trust-company = Company
trust-domain = Organisation domain
trust-domain-verified = Verified
trust-domain-unverified = Not verified
trust-not-set = Not given

## The device the helper is about to help with

device-heading = Device
device-name = Name
device-system = Operating system
device-compliance = Compliance
device-compliant = Compliant
device-not-compliant = Not compliant
device-web-browser = The person joined from a web browser, so the device cannot be identified.
device-none = No device information.
warning-device-not-enrolled = This device is not enrolled in your organisation.
warning-device-not-enrolled-detail = Its identity and security state are unknown. Be careful with what you open or type on it.
warning-device-not-compliant = This device does not meet your organisation's compliance policies:

## Chat

chat-heading = Chat
chat-list-label = Messages
chat-input-label = Message
chat-placeholder = Write a message…
chat-send = Send
chat-you = You
chat-role-helper = Helper
chat-role-sharer = Person being helped
chat-sending = Sending…
chat-too-long = A message can have at most { $max } characters.

## Helper console

helper-page-title = Remote help – { -product-name }
helper-page-title-org = Remote help – { $organisation }
helper-start-heading = Start a remote help session
helper-start-intro = You get an 8-digit security code. Give it to the person you are helping; they enter it to connect.
helper-device-label = Device (optional)
helper-device-none = No particular device
helper-device-hint = Choose the person's device if you know it: the session then only works on that device, and you see its compliance.
helper-start-button = New remote help session
helper-start-another = Start another session
helper-session-heading = Remote help session
helper-code-heading = Security code
helper-code-copy = Copy code
helper-code-copied = Code copied.
helper-code-copy-failed = The code could not be copied. Please read it out instead.
helper-code-expires-in = Expires in { $time }
helper-code-expired = The code has expired.
helper-code-one-minute = The security code expires in one minute.
helper-code-instructions = Ask the person to open { $address }, sign in and enter this code.
helper-code-not-shown-again = The security code is shown only once. If the person has not joined yet, end this session and start a new one.
helper-status-waiting = Waiting for the person to enter the code…
helper-status-joined = { $name } has joined. Ask to see their screen when you are ready.
helper-status-asked-view = Waiting for { $name } to allow you to see their screen…
helper-status-asked-control = Waiting for { $name } to allow full control…
helper-status-connecting = Connecting to { $name }'s screen…
helper-status-viewing = You are seeing { $name }'s screen.
helper-sharer-joined = { $name } has joined the session.
helper-request-declined = { $name } declined your request.
helper-granted-view = { $name } allowed you to see their screen.
helper-granted-control = { $name } allowed full control.
helper-granted-view-only = { $name } allowed view only.
helper-escalation-declined = { $name } kept view only.
helper-control-taken-back = { $name } took back control. You can still see their screen.
helper-control-paused = { $name } paused your control.
helper-control-resumed = { $name } gave you control again.
helper-connection-failed = The screen could not be connected. Check the network, or end the session and try again.
helper-mode-heading = What do you need?
helper-mode-hint = Ask for view only to watch, or for full control to use their mouse and keyboard. They decide.
helper-mode-web-hint = They are in a web browser, which can share the screen for viewing only. Full control needs the Assist app on their device.
helper-escalate-hint = You can ask for full control; they decide again.
helper-request-view = Request view only
helper-request-control = Request full control

## The remote screen in the helper console

viewer-heading = { $name }'s screen
viewer-stage-label = Remote screen of { $name }
viewer-toolbar-label = Screen view
viewer-fit = Fit to window
viewer-actual-size = Actual size
viewer-full-screen = Full screen
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = View only
viewer-mode-control = Full control
viewer-mode-paused = Control paused
viewer-role-view = remote screen, view only
viewer-role-control = remote screen, your mouse and keyboard go to the other computer
viewer-hint-view = You can see the screen but not use it.
viewer-hint-control = Click the screen to use it. While it has focus, every key, shortcuts included, goes to the other computer. Press Ctrl+Alt+Home to go back to the toolbar.

## Sharer web app

share-page-title = Get help – { -product-name }
share-page-title-org = Get help – { $organisation }
share-join-heading = Get help
share-join-intro = Enter the security code your helper gave you. You see who they are before they can see anything.
share-code-label = Security code
share-code-hint = 8 digits, for example 1234 5678.
share-code-invalid-format = Enter the 8 digits of the security code.
share-join-button = Continue
share-join-another = Enter another code
share-session-heading = Remote help
share-status-joined = Connected with { $name }. They will ask to see your screen.
share-status-asked = { $name } is waiting for your answer.
share-status-sharing = You are sharing your screen with { $name }.
share-request-view-heading = { $name } asks to see your screen
share-request-view-text = { $name } will see everything on the screen you choose, but cannot use your mouse or keyboard. You can stop at any time.
share-request-control-heading = { $name } asks for full control
share-request-control-text = With full control, { $name } could use your mouse and keyboard.
share-control-needs-app = Full control needs the Assist app on this device. In the browser you can share your screen for viewing only.
share-allow = Allow
share-allow-view-only = Allow view only
share-decline = Decline
share-keep-view-only = Keep view only
share-picker-cancelled = No screen was chosen, so nothing is shared. Choose Allow again to pick a screen, or Decline.
share-capture-failed = This browser could not share the screen. Please try another browser, or decline.
share-reshare-heading = Your screen is not shared any more
share-reshare-text = The page was reloaded, so { $name } no longer sees your screen. Share it again, or end the session.
share-reshare-button = Share my screen again
share-bar-label = Screen sharing
share-bar-text = You are sharing your screen with { $name }
share-stop = Stop sharing
share-connection-failed = Your screen could not be sent. Check the network, or end the session and try again.

## Why a session ended, as the helper hears it

ended-helper-helper-left = You ended the session.
ended-helper-sharer-left = { $name } ended the session.
ended-helper-helper-disconnected = Your connection was lost for too long, so the session ended.
ended-helper-sharer-disconnected = { $name }'s connection was lost and did not come back, so the session ended.
ended-helper-code-expired = Nobody entered the code before it expired.
ended-helper-declined-timeout = { $name } did not answer your request in time.
ended-helper-revoked = An administrator ended this session.
ended-helper-policy = The session ended because remote help was turned off for your organisation.
ended-helper-access-withdrawn = The session ended because your access changed: your account, your sign-in or your remote help role no longer allows this session.
ended-helper-other = The session ended.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } ended the session.
ended-sharer-sharer-left = You ended the session. Nothing is shared any more.
ended-sharer-helper-disconnected = { $name }'s connection was lost and did not come back, so the session ended.
ended-sharer-sharer-disconnected = Your connection was lost for too long, so the session ended.
ended-sharer-code-expired = The code expired.
ended-sharer-declined-timeout = You did not answer in time, so the session ended. Nothing was shared.
ended-sharer-revoked = An administrator ended this session.
ended-sharer-policy = The session ended because remote help was turned off for your organisation.
ended-sharer-access-withdrawn = The session ended because { $name } may no longer help you, or your own access changed. Nothing is shared any more.
ended-sharer-other = The session ended.

## Refusals from the server

error-remote-help-disabled = Remote help is turned off for your organisation. An administrator can turn it on.
error-code-invalid = This code is not valid. Check the digits and try again.
error-code-expired = This code has expired. Ask your helper for a new one.
error-code-used = This code has already been used. Ask your helper for a new one.
error-unenrolled-device = Your organisation only allows help on enrolled devices. Install the Assist app on this device, or ask your administrator.
error-wrong-device = This session was started for another device. Ask your helper for a code for this one.
error-chat-disabled = Chat is turned off for your organisation.
error-invalid-transition = That is not possible at this point of the session.
error-session-ended = This session has already ended.
error-control-needs-agent = Full control needs the Assist app on the other person's device.
error-session-not-found = This session does not exist, or you are not part of it.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Your account may not offer remote help: it needs the permissions “Offer remote assistance” and “View screen”. Ask an administrator of your organisation to make you a helper.
error-browser-sharing-not-allowed = Your organisation does not allow sharing the screen from a web browser. Install the Assist app on this device and enter the code there, or ask your help desk.
error-sharer-out-of-scope = This helper may not help you: their role does not cover you or this device. Ask your help desk who can help you.
error-own-session = You started this session yourself. Give the code to the person you are helping; they enter it to connect.
error-helper-unavailable = The helper who gave you this code can no longer help. Ask your help desk for someone else.
error-device-in-other-organisation = This device is enrolled in another organisation. Ask your administrator.
error-device-out-of-scope = This device is outside your role: you may not help on it. Choose another device, or none.
error-chat-empty = Write a message before sending.
error-chat-too-long = This message is too long. Shorten it and send it again.
error-chat-invalid-characters = This message contains invisible control characters that cannot be sent. Remove them and try again.
helper-permission-heading = You cannot offer remote help yet
helper-permission-text = Offering remote help needs the permissions “Offer remote assistance” and “View screen”, which your account does not have.
helper-ask-admin = Ask an administrator of { $organisation } to change this.
helper-disabled-heading = Remote help is turned off
helper-disabled-text = Your organisation has not turned on remote help, so no session can be started yet.
helper-open-settings = Open the organisation's settings
helper-browser-note = Your organisation does not allow sharing from a web browser: the person you help needs the Assist app on an enrolled device.
helper-join-refused-heading = Someone tried to join with this code
helper-join-refused-browser-sharing-not-allowed = They used a web browser, and your organisation does not allow sharing from a browser. Ask them to enter the same code in the Assist app: it is still valid.
helper-join-refused-unenrolled-device = Their device is not enrolled, and your organisation allows help only on enrolled devices. Ask them to use the Assist app on an enrolled device: the code is still valid.
helper-join-refused-sharer-out-of-scope = Your role does not cover that person or their device, so they could not join. Pass them to a helper whose role covers them, or ask an administrator to widen yours.
helper-join-refused-wrong-device = They used another device than the one you chose for this session. Ask them to use the Assist app on that device: the code is still valid.
share-app-explained = The Assist app is your organisation's program for getting help on this computer. With it your helper can use your mouse and keyboard while you watch, and you can take control back or stop at any time. If it is not installed, ask your help desk.
share-app-download = Download the Assist app

## Presence: the other person's connection dropped, or came back.
presence-away = { $name }'s connection dropped. Waiting for them to come back…
presence-grace-left = The session ends in { $time } unless they come back.
presence-nobody-sees = Nobody can see your screen while they are away. Sharing resumes when they are back.
presence-end-now = End now
presence-back = { $name } is back.
presence-back-reshare = { $name } is back and is asked to share their screen again.
share-bar-paused-text = Nobody sees your screen now: { $name }'s connection dropped
