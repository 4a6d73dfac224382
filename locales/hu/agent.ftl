# Messages of the Assist app (Hungarian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: Ön megosztja a képernyőjét
agent-starting = Indítás…
# Shown after the person submitted a form, until the server answers.
agent-working = Kis türelmet…

## Signing in

agent-sign-in-heading = Jelentkezzen be, hogy segítséget kapjon
agent-email = E-mail-cím
agent-password = Jelszó
agent-sign-in = Bejelentkezés
agent-sign-in-sso = Bejelentkezés egyszeri bejelentkezéssel
agent-second-factor-heading = A bejelentkezés második lépése
agent-second-factor = Hitelesítő alkalmazás kódja
agent-second-factor-hint = Adja meg a hitelesítő alkalmazásában látható kódot vagy az egyik helyreállítási kódját.
agent-continue = Tovább
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = A bejelentkezés a webböngészőben folytatódik. Ha a böngésző nem nyílt meg, nyissa meg ezt a címet: { $url }

## The security code the helper gives

agent-code-heading = Adja meg a biztonsági kódot
agent-code-hint = A segítője egy 8 jegyű biztonsági kódot ad Önnek.
agent-code = Biztonsági kód
agent-connect = Csatlakozás

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Az Ön segítője
agent-trust-name = Név
agent-trust-job-title = Beosztás
agent-trust-company = Cég
agent-trust-domain = E-mail-tartomány
# Shown instead of an empty job title or company.
agent-trust-not-given = nincs megadva
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (ellenőrzött tartomány)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (a tartomány NINCS ellenőrizve)
agent-trust-not-enrolled = Ez az eszköz nincs regisztrálva a szervezetében; a segítője erről értesítést kap.
# $name: the helper's full name.
agent-waiting-for-request = Várakozás, hogy { $name } kérje a képernyője megtekintését. Semmi sincs megosztva, amíg Ön nem engedélyezi.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } teljes irányítást kér (egér és billentyűzet).
agent-request-view = { $name } szeretné látni a képernyőjét.
agent-allow = Engedélyezés
agent-allow-view-only = Csak megtekintés engedélyezése
agent-decline = Elutasítás

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Megosztás – { $name }: teljes irányítás
agent-sharing-view = Megosztás – { $name }: csak megtekintés
agent-sharing-paused = Megosztás – { $name }: irányítás leállítva
agent-stop-control = Irányítás leállítása
agent-give-control-back = Irányítás visszaadása
agent-end-session = Munkamenet befejezése

## Chat

agent-chat-heading = Csevegés
agent-chat-input = Üzenet
agent-chat-send = Küldés
# The writer's name shown for the person's own messages.
agent-chat-you = Ön

## Notices

agent-helper-away = { $name } kapcsolata megszakadt. Várakozás a visszatérésre…
agent-helper-away-time = A munkamenet { $time } múlva véget ér, ha a kapcsolat nem áll helyre.
agent-helper-away-unseen = Addig senki sem láthatja és nem irányíthatja a képernyőjét.
agent-end-now = Befejezés most
agent-helper-back = { $name } visszatért.
agent-notice-server-lost = A kiszolgáló nem érhető el. Az irányítás leállt.
agent-notice-server-back = A kiszolgáló ismét elérhető. Az irányítás leállítva marad, amíg vissza nem adja.
agent-notice-connection-lost = A kapcsolat a segítőjével megszakadt. Az irányítás leállt.
agent-notice-connected = Csatlakozva: a segítője látja a képernyőjét.
agent-notice-control-stopped = Az irányítás leállt: a segítője már nem használhatja az egerét és a billentyűzetét.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Elérhető az { -product-name } alkalmazás újabb verziója: { $version }
agent-update-required = Ez az { -product-name } alkalmazás elavult, a megosztás előtt frissíteni kell erre a verzióra: { $version }
# $url: where to download the newer app.
agent-update-download = Letöltés innen: { $url }

## The end of the session

agent-ended-heading = A munkamenet véget ért
agent-ended = A munkamenet véget ért.
agent-ended-helper-left = A munkamenet véget ért: a segítője befejezte.
agent-ended-sharer-left = A munkamenet véget ért: Ön befejezte.
agent-ended-sharer-disconnected = A munkamenet véget ért: az Ön kapcsolata megszakadt, és nem állt helyre időben.
agent-ended-helper-disconnected = A munkamenet véget ért: a segítője kapcsolata megszakadt, és nem állt helyre időben.
agent-ended-code-expired = A munkamenet véget ért: a biztonsági kód lejárt.
agent-ended-declined-timeout = A munkamenet véget ért: a kérésre nem érkezett időben válasz.
agent-ended-revoked = A munkamenet véget ért: egy rendszergazda leállította.
agent-ended-policy = A munkamenet véget ért: a szervezete egyik szabálya leállította.
agent-ended-access-withdrawn = A munkamenet véget ért: a segítője már nem segíthet Önnek, vagy a saját hozzáférését visszavonták.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = A munkamenet véget ért: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Ez az eszköz nincs regisztrálva, a szervezete pedig csak regisztrált eszközökön engedélyez segítséget. Kérje meg a rendszergazdát, hogy regisztrálja.
agent-close = Bezárás

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-mail-cím:
agent-terminal-password = Jelszó (egyszeri bejelentkezéshez hagyja üresen):
agent-terminal-second-factor = Hitelesítő alkalmazás kódja:
agent-terminal-code = Biztonsági kód:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [e]ngedélyezés, csak [m]egtekintés, elu[t]asítás:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [e]ngedélyezés, elu[t]asítás:
# One lowercase letter each, all three different.
agent-terminal-key-allow = e
agent-terminal-key-view-only = m
agent-terminal-key-decline = t
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Parancsok: a /stop visszaveszi az irányítást, a /resume ismét átadja, az /end befejezi a munkamenetet; minden más sort csevegőüzenetként küld el az alkalmazás.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Írja be a /resume parancsot az irányítás visszaadásához.
agent-terminal-end-now-hint = Írja be a /end parancsot a munkamenet azonnali befejezéséhez.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Ismeretlen parancs: { $command }. A /help kilistázza a parancsokat; ha /-rel kezdődő csevegőüzenetet szeretne küldeni, kezdje a sort //-rel.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Az { -product-name } alkalmazás ezen verziója túl régi a szervezete számára. Frissítse, majd próbálkozzon újra.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Sikeresen bejelentkezett. Bezárhatja ezt a lapot, és visszatérhet az { -product-name } alkalmazáshoz.
agent-sso-browser-failed = Az egyszeri bejelentkezés nem sikerült. Térjen vissza az { -product-name } alkalmazáshoz, ott láthatja az okát.
