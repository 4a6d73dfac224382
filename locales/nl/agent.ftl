# Messages of the Assist app (Dutch): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: u deelt uw scherm
agent-starting = Starten…
# Shown after the person submitted a form, until the server answers.
agent-working = Even geduld…

## Signing in

agent-sign-in-heading = Meld u aan om hulp te krijgen
agent-email = E-mail
agent-password = Wachtwoord
agent-sign-in = Aanmelden
agent-sign-in-sso = Aanmelden met eenmalige aanmelding
agent-second-factor-heading = Tweede stap van het aanmelden
agent-second-factor = Verificatiecode
agent-second-factor-hint = Voer de code in die uw verificatie-app toont, of een van uw herstelcodes.
agent-continue = Doorgaan
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Het aanmelden gaat verder in uw webbrowser. Als die niet is geopend, gaat u naar: { $url }

## The security code the helper gives

agent-code-heading = Voer de beveiligingscode in
agent-code-hint = Uw helper geeft u een beveiligingscode van 8 cijfers.
agent-code = Beveiligingscode
agent-connect = Verbinden

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Uw helper
agent-trust-name = Naam
agent-trust-job-title = Functie
agent-trust-company = Bedrijf
agent-trust-domain = E-maildomein
# Shown instead of an empty job title or company.
agent-trust-not-given = niet opgegeven
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (geverifieerd domein)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domein NIET geverifieerd)
agent-trust-not-enrolled = Dit apparaat is niet ingeschreven bij uw organisatie; uw helper wordt hiervan op de hoogte gebracht.
# $name: the helper's full name.
agent-waiting-for-request = Wachten tot { $name } vraagt om uw scherm te zien. Er wordt niets gedeeld totdat u dat toestaat.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } vraagt om volledig beheer (muis en toetsenbord).
agent-request-view = { $name } vraagt om uw scherm te zien.
agent-allow = Toestaan
agent-allow-view-only = Alleen weergeven toestaan
agent-decline = Weigeren

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Gedeeld met { $name }: volledig beheer
agent-sharing-view = Gedeeld met { $name }: alleen weergeven
agent-sharing-paused = Gedeeld met { $name }: beheer gestopt
agent-stop-control = Beheer stoppen
agent-give-control-back = Beheer teruggeven
agent-end-session = Sessie beëindigen

## Chat

agent-chat-heading = Chat
agent-chat-input = Bericht
agent-chat-send = Verzenden
# The writer's name shown for the person's own messages.
agent-chat-you = U

## Notices

agent-helper-away = De verbinding van { $name } is verbroken. Wachten op terugkeer…
agent-helper-away-time = De sessie eindigt over { $time }, tenzij de verbinding terugkomt.
agent-helper-away-unseen = Zolang de verbinding weg is, kan niemand uw scherm zien of bedienen.
agent-end-now = Nu beëindigen
agent-helper-back = { $name } is terug.
agent-notice-server-lost = De server is niet bereikbaar. Beheer gestopt.
agent-notice-server-back = De server is weer bereikbaar. Het beheer blijft gestopt totdat u het teruggeeft.
agent-notice-connection-lost = De verbinding met uw helper is verbroken. Beheer gestopt.
agent-notice-connected = Verbonden: uw helper ziet uw scherm.
agent-notice-control-stopped = Beheer gestopt: uw helper kan uw muis en toetsenbord niet meer gebruiken.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Er is een nieuwere versie van de { -product-name }-app beschikbaar: { $version }
agent-update-required = Deze { -product-name }-app is verouderd en moet worden bijgewerkt naar { $version } voordat u kunt delen
# $url: where to download the newer app.
agent-update-download = Download de app via { $url }

## The end of the session

agent-ended-heading = Sessie beëindigd
agent-ended = Sessie beëindigd.
agent-ended-helper-left = Sessie beëindigd: uw helper heeft de sessie beëindigd.
agent-ended-sharer-left = Sessie beëindigd: u hebt de sessie beëindigd.
agent-ended-sharer-disconnected = Sessie beëindigd: uw verbinding is verbroken en niet op tijd hersteld.
agent-ended-helper-disconnected = Sessie beëindigd: de verbinding van uw helper is verbroken en niet op tijd hersteld.
agent-ended-code-expired = Sessie beëindigd: de beveiligingscode is verlopen.
agent-ended-declined-timeout = Sessie beëindigd: er is niet op tijd op de aanvraag gereageerd.
agent-ended-revoked = Sessie beëindigd: een beheerder heeft de sessie gestopt.
agent-ended-policy = Sessie beëindigd: een regel van uw organisatie heeft de sessie gestopt.
agent-ended-access-withdrawn = Sessie beëindigd: uw helper mag u niet meer helpen, of uw eigen toegang is ingetrokken.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sessie beëindigd: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Dit apparaat is niet ingeschreven, en uw organisatie staat hulp alleen op ingeschreven apparaten toe. Vraag uw beheerder om het in te schrijven.
agent-close = Sluiten

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-mail:
agent-terminal-password = Wachtwoord (leeg laten voor eenmalige aanmelding):
agent-terminal-second-factor = Verificatiecode:
agent-terminal-code = Beveiligingscode:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [t]oestaan, [a]lleen weergeven, [w]eigeren:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [t]oestaan, [w]eigeren:
# One lowercase letter each, all three different.
agent-terminal-key-allow = t
agent-terminal-key-view-only = a
agent-terminal-key-decline = w
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Opdrachten: /stop neemt het beheer terug, /resume geeft het weer terug, /end beëindigt de sessie; elke andere regel wordt als chatbericht verzonden.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Typ /resume om het beheer terug te geven.
agent-terminal-end-now-hint = Typ /end om de sessie nu te beëindigen.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Onbekende opdracht: { $command }. /help toont de opdrachten; begin een regel met // om een chatbericht te verzenden dat met / begint.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Deze versie van de { -product-name }-app is te oud voor uw organisatie. Werk de app bij en probeer het opnieuw.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = U bent aangemeld. U kunt dit tabblad sluiten en teruggaan naar de { -product-name }-app.
agent-sso-browser-failed = Eenmalige aanmelding is mislukt. Ga terug naar de { -product-name }-app om te zien waarom.
