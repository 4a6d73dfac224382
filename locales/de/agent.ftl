# Messages of the Assist app (German): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: Ihr Bildschirm wird freigegeben
agent-starting = Wird gestartet…
# Shown after the person submitted a form, until the server answers.
agent-working = Bitte warten…

## Signing in

agent-sign-in-heading = Anmelden, um Hilfe zu erhalten
agent-email = E-Mail
agent-password = Kennwort
agent-sign-in = Anmelden
agent-sign-in-sso = Mit einmaligem Anmelden (SSO) anmelden
agent-second-factor-heading = Zweiter Schritt der Anmeldung
agent-second-factor = Authenticator-Code
agent-second-factor-hint = Geben Sie den Code ein, den Ihre Authenticator-App anzeigt, oder einen Ihrer Wiederherstellungscodes.
agent-continue = Weiter
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Die Anmeldung wird in Ihrem Webbrowser fortgesetzt. Falls er sich nicht geöffnet hat, rufen Sie diese Adresse auf: { $url }

## The security code the helper gives

agent-code-heading = Sicherheitscode eingeben
agent-code-hint = Ihr Helfer gibt Ihnen einen 8-stelligen Sicherheitscode.
agent-code = Sicherheitscode
agent-connect = Verbinden

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Ihr Helfer
agent-trust-name = Name
agent-trust-job-title = Position
agent-trust-company = Unternehmen
agent-trust-domain = E-Mail-Domäne
# Shown instead of an empty job title or company.
agent-trust-not-given = nicht angegeben
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (verifizierte Domäne)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (Domäne NICHT verifiziert)
agent-trust-not-enrolled = Dieses Gerät ist nicht in Ihrer Organisation registriert; Ihr Helfer wird darauf hingewiesen.
# $name: the helper's full name.
agent-waiting-for-request = Warten, bis { $name } darum bittet, Ihren Bildschirm zu sehen. Es wird nichts freigegeben, bevor Sie es zulassen.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } bittet um vollständige Steuerung (Maus und Tastatur).
agent-request-view = { $name } möchte Ihren Bildschirm sehen.
agent-allow = Zulassen
agent-allow-view-only = Nur Anzeigen zulassen
agent-decline = Ablehnen

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Freigabe für { $name }: vollständige Steuerung
agent-sharing-view = Freigabe für { $name }: nur anzeigen
agent-sharing-paused = Freigabe für { $name }: Steuerung beendet
agent-stop-control = Steuerung beenden
agent-give-control-back = Steuerung zurückgeben
agent-end-session = Sitzung beenden

## Chat

agent-chat-heading = Chat
agent-chat-input = Nachricht
agent-chat-send = Senden
# The writer's name shown for the person's own messages.
agent-chat-you = Sie

## Notices

agent-helper-away = Die Verbindung von { $name } wurde unterbrochen. Warten auf die Rückkehr…
agent-helper-away-time = Die Sitzung endet in { $time }, wenn die Verbindung nicht zurückkommt.
agent-helper-away-unseen = Solange die Verbindung fehlt, kann niemand Ihren Bildschirm sehen oder steuern.
agent-end-now = Jetzt beenden
agent-helper-back = { $name } ist wieder da.
agent-notice-server-lost = Der Server ist nicht erreichbar. Die Steuerung wurde beendet.
agent-notice-server-back = Der Server ist wieder erreichbar. Die Steuerung bleibt beendet, bis Sie sie zurückgeben.
agent-notice-connection-lost = Die Verbindung zu Ihrem Helfer wurde unterbrochen. Die Steuerung wurde beendet.
agent-notice-connected = Verbunden: Ihr Helfer sieht Ihren Bildschirm.
agent-notice-control-stopped = Steuerung beendet: Ihr Helfer kann Ihre Maus und Tastatur nicht mehr verwenden.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Eine neuere { -product-name }-App ist verfügbar: { $version }
agent-update-required = Diese { -product-name }-App ist veraltet und muss auf { $version } aktualisiert werden, bevor Sie Ihren Bildschirm freigeben können
# $url: where to download the newer app.
agent-update-download = Laden Sie sie hier herunter: { $url }

## The end of the session

agent-ended-heading = Sitzung beendet
agent-ended = Sitzung beendet.
agent-ended-helper-left = Sitzung beendet: Ihr Helfer hat sie beendet.
agent-ended-sharer-left = Sitzung beendet: Sie haben sie beendet.
agent-ended-sharer-disconnected = Sitzung beendet: Ihre Verbindung wurde unterbrochen und nicht rechtzeitig wiederhergestellt.
agent-ended-helper-disconnected = Sitzung beendet: Die Verbindung Ihres Helfers wurde unterbrochen und nicht rechtzeitig wiederhergestellt.
agent-ended-code-expired = Sitzung beendet: Der Sicherheitscode ist abgelaufen.
agent-ended-declined-timeout = Sitzung beendet: Die Anfrage wurde nicht rechtzeitig beantwortet.
agent-ended-revoked = Sitzung beendet: Ein Administrator hat sie beendet.
agent-ended-policy = Sitzung beendet: Eine Regel Ihrer Organisation hat sie beendet.
agent-ended-access-withdrawn = Sitzung beendet: Ihr Helfer darf Ihnen nicht mehr helfen, oder Ihr eigener Zugriff wurde entzogen.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sitzung beendet: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Dieses Gerät ist nicht registriert, und Ihre Organisation erlaubt Hilfe nur auf registrierten Geräten. Bitten Sie Ihre Administration, es zu registrieren.
agent-close = Schließen

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-Mail:
agent-terminal-password = Kennwort (leer für einmaliges Anmelden):
agent-terminal-second-factor = Authenticator-Code:
agent-terminal-code = Sicherheitscode:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [z]ulassen, [n]ur anzeigen, [a]blehnen:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [z]ulassen, [a]blehnen:
# One lowercase letter each, all three different.
agent-terminal-key-allow = z
agent-terminal-key-view-only = n
agent-terminal-key-decline = a
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Befehle: /stop nimmt die Steuerung zurück, /resume gibt sie wieder ab, /end beendet die Sitzung; jede andere Zeile wird als Chatnachricht gesendet.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Geben Sie /resume ein, um die Steuerung zurückzugeben.
agent-terminal-end-now-hint = Geben Sie /end ein, um die Sitzung jetzt zu beenden.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Unbekannter Befehl: { $command }. /help listet die Befehle auf; beginnen Sie eine Zeile mit //, um eine Chatnachricht zu senden, die mit / beginnt.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Diese Version der { -product-name }-App ist für Ihre Organisation zu alt. Aktualisieren Sie sie, und versuchen Sie es dann erneut.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Sie sind angemeldet. Sie können diesen Tab schließen und zur { -product-name }-App zurückkehren.
agent-sso-browser-failed = Das einmalige Anmelden (SSO) hat nicht funktioniert. Kehren Sie zur { -product-name }-App zurück, um den Grund zu sehen.
