# Messages of the Assist app (Danish): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: din skærm deles
agent-starting = Starter…
# Shown after the person submitted a form, until the server answers.
agent-working = Vent venligst…

## Signing in

agent-sign-in-heading = Log på for at få hjælp
agent-email = Mail
agent-password = Adgangskode
agent-sign-in = Log på
agent-sign-in-sso = Log på med enkeltlogon
agent-second-factor-heading = Andet trin af logon
agent-second-factor = Godkendelseskode
agent-second-factor-hint = Angiv den kode, som din godkendelsesapp viser, eller en af dine gendannelseskoder.
agent-continue = Fortsæt
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Logon fortsætter i din webbrowser. Hvis den ikke blev åbnet, skal du gå til: { $url }

## The security code the helper gives

agent-code-heading = Angiv sikkerhedskoden
agent-code-hint = Din hjælper giver dig en sikkerhedskode på 8 cifre.
agent-code = Sikkerhedskode
agent-connect = Opret forbindelse

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Din hjælper
agent-trust-name = Navn
agent-trust-job-title = Stilling
agent-trust-company = Firma
agent-trust-domain = Maildomæne
# Shown instead of an empty job title or company.
agent-trust-not-given = ikke angivet
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (bekræftet domæne)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domænet er IKKE bekræftet)
agent-trust-not-enrolled = Denne enhed er ikke tilmeldt din organisation; din hjælper får besked om det.
# $name: the helper's full name.
agent-waiting-for-request = Venter på, at { $name } beder om at se din skærm. Intet deles, før du tillader det.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } beder om fuld kontrol (mus og tastatur).
agent-request-view = { $name } beder om at se din skærm.
agent-allow = Tillad
agent-allow-view-only = Tillad kun visning
agent-decline = Afvis

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Deler med { $name }: fuld kontrol
agent-sharing-view = Deler med { $name }: kun visning
agent-sharing-paused = Deler med { $name }: kontrol stoppet
agent-stop-control = Stop kontrol
agent-give-control-back = Giv kontrollen tilbage
agent-end-session = Afslut session

## Chat

agent-chat-heading = Chat
agent-chat-input = Besked
agent-chat-send = Send
# The writer's name shown for the person's own messages.
agent-chat-you = Dig

## Notices

agent-helper-away = Forbindelsen til { $name } blev afbrudt. Venter på, at vedkommende kommer tilbage…
agent-helper-away-time = Sessionen slutter om { $time }, medmindre vedkommende kommer tilbage.
agent-helper-away-unseen = Ingen kan se eller styre din skærm, mens vedkommende er væk.
agent-end-now = Afslut nu
agent-helper-back = { $name } er tilbage.
agent-notice-server-lost = Serveren kan ikke nås. Kontrollen er stoppet.
agent-notice-server-back = Serveren kan nås igen. Kontrollen forbliver stoppet, indtil du giver den tilbage.
agent-notice-connection-lost = Forbindelsen til din hjælper blev afbrudt. Kontrollen er stoppet.
agent-notice-connected = Forbundet: din hjælper kan se din skærm.
agent-notice-control-stopped = Kontrollen er stoppet: din hjælper kan ikke længere bruge din mus og dit tastatur.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = En nyere { -product-name }-app er tilgængelig: { $version }
agent-update-required = Denne { -product-name }-app er forældet og skal opdateres til { $version }, før du kan dele
# $url: where to download the newer app.
agent-update-download = Hent den fra { $url }

## The end of the session

agent-ended-heading = Sessionen er afsluttet
agent-ended = Sessionen er afsluttet.
agent-ended-helper-left = Sessionen er afsluttet: din hjælper afsluttede den.
agent-ended-sharer-left = Sessionen er afsluttet: du afsluttede den.
agent-ended-sharer-disconnected = Sessionen er afsluttet: din forbindelse blev afbrudt og kom ikke tilbage i tide.
agent-ended-helper-disconnected = Sessionen er afsluttet: din hjælpers forbindelse blev afbrudt og kom ikke tilbage i tide.
agent-ended-code-expired = Sessionen er afsluttet: sikkerhedskoden udløb.
agent-ended-declined-timeout = Sessionen er afsluttet: anmodningen blev ikke besvaret i tide.
agent-ended-revoked = Sessionen er afsluttet: en administrator stoppede den.
agent-ended-policy = Sessionen er afsluttet: en regel i din organisation stoppede den.
agent-ended-access-withdrawn = Sessionen er afsluttet: din hjælper må ikke længere hjælpe dig, eller din egen adgang er trukket tilbage.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sessionen er afsluttet: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Denne enhed er ikke tilmeldt, og din organisation tillader kun hjælp på tilmeldte enheder. Bed din administrator om at tilmelde den.
agent-close = Luk

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Mail:
agent-terminal-password = Adgangskode (tom for enkeltlogon):
agent-terminal-second-factor = Godkendelseskode:
agent-terminal-code = Sikkerhedskode:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [t]illad, kun [v]isning, [a]fvis:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [t]illad, [a]fvis:
# One lowercase letter each, all three different.
agent-terminal-key-allow = t
agent-terminal-key-view-only = v
agent-terminal-key-decline = a
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Kommandoer: /stop tager kontrollen tilbage, /resume giver den tilbage, /end afslutter sessionen; alle andre linjer sendes som chatbeskeder.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Skriv /resume for at give kontrollen tilbage.
agent-terminal-end-now-hint = Skriv /end for at afslutte sessionen nu.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Ukendt kommando: { $command }. /help viser kommandoerne; start en linje med // for at sende en chatbesked, der starter med /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Denne version af { -product-name }-appen er for gammel til din organisation. Opdater den, og prøv igen.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Du er logget på. Du kan lukke denne fane og gå tilbage til { -product-name }-appen.
agent-sso-browser-failed = Enkeltlogon mislykkedes. Gå tilbage til { -product-name }-appen for at se hvorfor.
