# Messages of the Assist app (Czech): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: sdílíte obrazovku
agent-starting = Spouštění…
# Shown after the person submitted a form, until the server answers.
agent-working = Čekejte prosím…

## Signing in

agent-sign-in-heading = Přihlaste se a získejte pomoc
agent-email = E-mail
agent-password = Heslo
agent-sign-in = Přihlásit se
agent-sign-in-sso = Přihlásit se jednotným přihlašováním
agent-second-factor-heading = Druhý krok přihlášení
agent-second-factor = Kód z ověřovací aplikace
agent-second-factor-hint = Zadejte kód, který zobrazuje vaše ověřovací aplikace, nebo jeden z kódů pro obnovení.
agent-continue = Pokračovat
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Přihlášení pokračuje ve webovém prohlížeči. Pokud se prohlížeč neotevřel, přejděte na: { $url }

## The security code the helper gives

agent-code-heading = Zadejte bezpečnostní kód
agent-code-hint = Pomocník vám sdělí 8místný bezpečnostní kód.
agent-code = Bezpečnostní kód
agent-connect = Připojit

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Váš pomocník
agent-trust-name = Jméno
agent-trust-job-title = Pracovní pozice
agent-trust-company = Společnost
agent-trust-domain = E-mailová doména
# Shown instead of an empty job title or company.
agent-trust-not-given = neuvedeno
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (ověřená doména)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (doména NENÍ ověřená)
agent-trust-not-enrolled = Toto zařízení není zaregistrované ve vaší organizaci; pomocník je o tom informován.
# $name: the helper's full name.
agent-waiting-for-request = Čeká se, až uživatel { $name } požádá o zobrazení vaší obrazovky. Dokud to nepovolíte, nic se nesdílí.

## The helper's request

# $name: the helper's full name.
agent-request-control = Uživatel { $name } žádá o plné ovládání (myš a klávesnice).
agent-request-view = Uživatel { $name } žádá o zobrazení vaší obrazovky.
agent-allow = Povolit
agent-allow-view-only = Povolit pouze zobrazení
agent-decline = Odmítnout

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Sdílení s uživatelem { $name }: plné ovládání
agent-sharing-view = Sdílení s uživatelem { $name }: pouze zobrazení
agent-sharing-paused = Sdílení s uživatelem { $name }: ovládání zastaveno
agent-stop-control = Zastavit ovládání
agent-give-control-back = Vrátit ovládání
agent-end-session = Ukončit relaci

## Chat

agent-chat-heading = Chat
agent-chat-input = Zpráva
agent-chat-send = Odeslat
# The writer's name shown for the person's own messages.
agent-chat-you = Vy

## Notices

agent-helper-away = Připojení uživatele { $name } spadlo. Čeká se na návrat…
agent-helper-away-time = Relace skončí za { $time }, pokud se připojení neobnoví.
agent-helper-away-unseen = Mezitím nikdo nevidí vaši obrazovku ani ji neovládá.
agent-end-now = Ukončit hned
agent-helper-back = Uživatel { $name } je zpět.
agent-notice-server-lost = Server je nedostupný. Ovládání bylo zastaveno.
agent-notice-server-back = Server je opět dostupný. Ovládání zůstane zastavené, dokud ho nevrátíte.
agent-notice-connection-lost = Spojení s pomocníkem bylo ztraceno. Ovládání bylo zastaveno.
agent-notice-connected = Připojeno: pomocník vidí vaši obrazovku.
agent-notice-control-stopped = Ovládání zastaveno: pomocník už nemůže používat vaši myš a klávesnici.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Je k dispozici novější aplikace { -product-name }: { $version }
agent-update-required = Tato aplikace { -product-name } je zastaralá a před sdílením je nutné ji aktualizovat na verzi { $version }
# $url: where to download the newer app.
agent-update-download = Stáhněte ji z { $url }

## The end of the session

agent-ended-heading = Relace skončila
agent-ended = Relace skončila.
agent-ended-helper-left = Relace skončila: ukončil ji pomocník.
agent-ended-sharer-left = Relace skončila: ukončili jste ji.
agent-ended-sharer-disconnected = Relace skončila: vaše připojení bylo ztraceno a včas se neobnovilo.
agent-ended-helper-disconnected = Relace skončila: připojení pomocníka bylo ztraceno a včas se neobnovilo.
agent-ended-code-expired = Relace skončila: platnost bezpečnostního kódu vypršela.
agent-ended-declined-timeout = Relace skončila: žádost nebyla včas zodpovězena.
agent-ended-revoked = Relace skončila: zastavil ji správce.
agent-ended-policy = Relace skončila: zastavilo ji pravidlo vaší organizace.
agent-ended-access-withdrawn = Relace skončila: váš pomocník vám již nesmí pomáhat, nebo byl odebrán váš vlastní přístup.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Relace skončila: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Toto zařízení není zaregistrované a vaše organizace povoluje pomoc jen na zaregistrovaných zařízeních. Požádejte správce, aby ho zaregistroval.
agent-close = Zavřít

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-mail:
agent-terminal-password = Heslo (prázdné pro jednotné přihlašování):
agent-terminal-second-factor = Kód z ověřovací aplikace:
agent-terminal-code = Bezpečnostní kód:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [p]ovolit, pouze [z]obrazení, [o]dmítnout:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [p]ovolit, [o]dmítnout:
# One lowercase letter each, all three different.
agent-terminal-key-allow = p
agent-terminal-key-view-only = z
agent-terminal-key-decline = o
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Příkazy: /stop vezme ovládání zpět, /resume ho znovu předá, /end ukončí relaci; každý jiný řádek se odešle jako zpráva do chatu.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Ovládání vrátíte zadáním /resume.
agent-terminal-end-now-hint = Relaci ukončíte hned zadáním /end.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Neznámý příkaz: { $command }. Příkazy vypíše /help; zprávu do chatu, která začíná znakem /, odešlete tak, že řádek začnete znaky //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Tato verze aplikace { -product-name } je pro vaši organizaci příliš stará. Aktualizujte ji a zkuste to znovu.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Jste přihlášeni. Tuto kartu můžete zavřít a vrátit se do aplikace { -product-name }.
agent-sso-browser-failed = Jednotné přihlašování se nezdařilo. Důvod zjistíte po návratu do aplikace { -product-name }.
