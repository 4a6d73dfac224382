# Messages of the Assist app (Norwegian Bokmål): the native program that shares the screen of the
# person being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: Du deler skjermen din
agent-starting = Starter…
# Shown after the person submitted a form, until the server answers.
agent-working = Vent litt…

## Signing in

agent-sign-in-heading = Logg på for å få hjelp
agent-email = E-post
agent-password = Passord
agent-sign-in = Logg på
agent-sign-in-sso = Logg på med enkel pålogging
agent-second-factor-heading = Andre trinn i påloggingen
agent-second-factor = Kode fra godkjenningsappen
agent-second-factor-hint = Skriv inn koden som godkjenningsappen viser, eller én av gjenopprettingskodene dine.
agent-continue = Fortsett
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Påloggingen fortsetter i nettleseren din. Hvis den ikke ble åpnet, går du til: { $url }

## The security code the helper gives

agent-code-heading = Skriv inn sikkerhetskoden
agent-code-hint = Hjelperen din gir deg en sikkerhetskode på 8 sifre.
agent-code = Sikkerhetskode
agent-connect = Koble til

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Hjelperen din
agent-trust-name = Navn
agent-trust-job-title = Stilling
agent-trust-company = Firma
agent-trust-domain = E-postdomene
# Shown instead of an empty job title or company.
agent-trust-not-given = ikke oppgitt
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (bekreftet domene)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domenet er IKKE bekreftet)
agent-trust-not-enrolled = Denne enheten er ikke registrert i organisasjonen din; hjelperen din får beskjed om dette.
# $name: the helper's full name.
agent-waiting-for-request = Venter på at { $name } skal be om å få se skjermen din. Ingenting deles før du tillater det.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } ber om full kontroll (mus og tastatur).
agent-request-view = { $name } ber om å få se skjermen din.
agent-allow = Tillat
agent-allow-view-only = Tillat bare visning
agent-decline = Avslå

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Deler med { $name }: full kontroll
agent-sharing-view = Deler med { $name }: bare visning
agent-sharing-paused = Deler med { $name }: kontrollen er stoppet
agent-stop-control = Stopp kontrollen
agent-give-control-back = Gi tilbake kontrollen
agent-end-session = Avslutt økten

## Chat

agent-chat-heading = Chat
agent-chat-input = Melding
agent-chat-send = Send
# The writer's name shown for the person's own messages.
agent-chat-you = Du

## Notices

agent-helper-away = Tilkoblingen til { $name } ble brutt. Venter på at vedkommende kommer tilbake…
agent-helper-away-time = Økten avsluttes om { $time } hvis vedkommende ikke kommer tilbake.
agent-helper-away-unseen = Ingen kan se eller styre skjermen din så lenge vedkommende er borte.
agent-end-now = Avslutt nå
agent-helper-back = { $name } er tilbake.
agent-notice-server-lost = Serveren kan ikke nås. Kontrollen er stoppet.
agent-notice-server-back = Serveren kan nås igjen. Kontrollen forblir stoppet til du gir den tilbake.
agent-notice-connection-lost = Tilkoblingen til hjelperen din ble brutt. Kontrollen er stoppet.
agent-notice-connected = Tilkoblet: Hjelperen din ser skjermen din.
agent-notice-control-stopped = Kontrollen er stoppet: Hjelperen din kan ikke lenger bruke musen og tastaturet ditt.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = En nyere versjon av { -product-name }-appen er tilgjengelig: { $version }
agent-update-required = Denne { -product-name }-appen er utdatert og må oppdateres til { $version } før du kan dele
# $url: where to download the newer app.
agent-update-download = Last den ned fra { $url }

## The end of the session

agent-ended-heading = Økten er avsluttet
agent-ended = Økten er avsluttet.
agent-ended-helper-left = Økten er avsluttet: Hjelperen din avsluttet den.
agent-ended-sharer-left = Økten er avsluttet: Du avsluttet den.
agent-ended-sharer-disconnected = Økten er avsluttet: Tilkoblingen din ble brutt og kom ikke tilbake i tide.
agent-ended-helper-disconnected = Økten er avsluttet: Tilkoblingen til hjelperen din ble brutt og kom ikke tilbake i tide.
agent-ended-code-expired = Økten er avsluttet: Sikkerhetskoden utløp.
agent-ended-declined-timeout = Økten er avsluttet: Forespørselen ble ikke besvart i tide.
agent-ended-revoked = Økten er avsluttet: En administrator stoppet den.
agent-ended-policy = Økten er avsluttet: En regel i organisasjonen din stoppet den.
agent-ended-access-withdrawn = Økten er avsluttet: Hjelperen din kan ikke lenger hjelpe deg, eller din egen tilgang ble trukket tilbake.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Økten er avsluttet: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Denne enheten er ikke registrert, og organisasjonen din tillater bare hjelp på registrerte enheter. Be administratoren om å registrere den.
agent-close = Lukk

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-post:
agent-terminal-password = Passord (la stå tomt for enkel pålogging):
agent-terminal-second-factor = Kode fra godkjenningsappen:
agent-terminal-code = Sikkerhetskode:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [t]illat, bare [v]isning, [a]vslå:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [t]illat, [a]vslå:
# One lowercase letter each, all three different.
agent-terminal-key-allow = t
agent-terminal-key-view-only = v
agent-terminal-key-decline = a
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Kommandoer: /stop tar tilbake kontrollen, /resume gir den tilbake, /end avslutter økten; alle andre linjer sendes som chatmeldinger.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Skriv /resume for å gi tilbake kontrollen.
agent-terminal-end-now-hint = Skriv /end for å avslutte økten nå.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Ukjent kommando: { $command }. /help viser kommandoene; start en linje med // for å sende en chatmelding som begynner med /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Denne versjonen av { -product-name }-appen er for gammel for organisasjonen din. Oppdater den, og prøv på nytt.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Du er pålogget. Du kan lukke denne fanen og gå tilbake til { -product-name }-appen.
agent-sso-browser-failed = Enkel pålogging mislyktes. Gå tilbake til { -product-name }-appen for å se hvorfor.
