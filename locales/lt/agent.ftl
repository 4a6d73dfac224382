# Messages of the Assist app (Lithuanian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: bendrinate savo ekraną
agent-starting = Paleidžiama…
# Shown after the person submitted a form, until the server answers.
agent-working = Palaukite…

## Signing in

agent-sign-in-heading = Prisijunkite, kad gautumėte pagalbą
agent-email = El. paštas
agent-password = Slaptažodis
agent-sign-in = Prisijungti
agent-sign-in-sso = Prisijungti naudojant bendrąją prieigą
agent-second-factor-heading = Antrasis prisijungimo veiksmas
agent-second-factor = Autentifikavimo programėlės kodas
agent-second-factor-hint = Įveskite kodą, kurį rodo jūsų autentifikavimo programėlė, arba vieną iš savo atkūrimo kodų.
agent-continue = Tęsti
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Prisijungimas tęsiamas jūsų žiniatinklio naršyklėje. Jei ji neatsidarė, eikite adresu: { $url }

## The security code the helper gives

agent-code-heading = Įveskite saugos kodą
agent-code-hint = Pagalbininkas jums pateiks 8 skaitmenų saugos kodą.
agent-code = Saugos kodas
agent-connect = Jungtis

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Jūsų pagalbininkas
agent-trust-name = Vardas ir pavardė
agent-trust-job-title = Pareigos
agent-trust-company = Įmonė
agent-trust-domain = El. pašto domenas
# Shown instead of an empty job title or company.
agent-trust-not-given = nenurodyta
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (patvirtintas domenas)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domenas NEPATVIRTINTAS)
agent-trust-not-enrolled = Šis įrenginys neužregistruotas jūsų organizacijoje; pagalbininkui apie tai pranešama.
# $name: the helper's full name.
agent-waiting-for-request = Laukiama, kol { $name } paprašys leidimo matyti jūsų ekraną. Niekas nebendrinama, kol to neleisite.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } prašo visiško valdymo (pelės ir klaviatūros).
agent-request-view = { $name } prašo leidimo matyti jūsų ekraną.
agent-allow = Leisti
agent-allow-view-only = Leisti tik peržiūrą
agent-decline = Atmesti

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Bendrinama su naudotoju { $name }: visiškas valdymas
agent-sharing-view = Bendrinama su naudotoju { $name }: tik peržiūra
agent-sharing-paused = Bendrinama su naudotoju { $name }: valdymas sustabdytas
agent-stop-control = Sustabdyti valdymą
agent-give-control-back = Grąžinti valdymą
agent-end-session = Baigti seansą

## Chat

agent-chat-heading = Pokalbis
agent-chat-input = Pranešimas
agent-chat-send = Siųsti
# The writer's name shown for the person's own messages.
agent-chat-you = Jūs

## Notices

agent-helper-away = Naudotojo { $name } ryšys nutrūko. Laukiama, kol vėl prisijungs…
agent-helper-away-time = Jei ryšys neatsinaujins, seansas baigsis po { $time }.
agent-helper-away-unseen = Tuo metu niekas negali matyti ar valdyti jūsų ekrano.
agent-end-now = Baigti dabar
agent-helper-back = { $name } vėl prisijungė.
agent-notice-server-lost = Nepavyksta pasiekti serverio. Valdymas sustabdytas.
agent-notice-server-back = Serveris vėl pasiekiamas. Valdymas liks sustabdytas, kol jį grąžinsite.
agent-notice-connection-lost = Ryšys su pagalbininku nutrūko. Valdymas sustabdytas.
agent-notice-connected = Prisijungta: pagalbininkas mato jūsų ekraną.
agent-notice-control-stopped = Valdymas sustabdytas: pagalbininkas nebegali naudotis jūsų pele ir klaviatūra.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Yra naujesnė programėlės { -product-name } versija: { $version }
agent-update-required = Ši programėlės { -product-name } versija pasenusi; prieš bendrinant ją reikia atnaujinti į versiją { $version }
# $url: where to download the newer app.
agent-update-download = Atsisiųskite ją iš { $url }

## The end of the session

agent-ended-heading = Seansas baigtas
agent-ended = Seansas baigtas.
agent-ended-helper-left = Seansas baigtas: jį baigė pagalbininkas.
agent-ended-sharer-left = Seansas baigtas: jį baigėte jūs.
agent-ended-sharer-disconnected = Seansas baigtas: jūsų ryšys nutrūko ir laiku neatsinaujino.
agent-ended-helper-disconnected = Seansas baigtas: pagalbininko ryšys nutrūko ir laiku neatsinaujino.
agent-ended-code-expired = Seansas baigtas: baigėsi saugos kodo galiojimo laikas.
agent-ended-declined-timeout = Seansas baigtas: į užklausą nebuvo laiku atsakyta.
agent-ended-revoked = Seansas baigtas: jį sustabdė administratorius.
agent-ended-policy = Seansas baigtas: jį sustabdė jūsų organizacijos taisyklė.
agent-ended-access-withdrawn = Seansas baigtas: pagalbininkui nebeleidžiama jums padėti arba buvo atšaukta jūsų pačių prieiga.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Seansas baigtas: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Šis įrenginys neužregistruotas, o jūsų organizacija leidžia padėti tik užregistruotuose įrenginiuose. Paprašykite administratoriaus jį užregistruoti.
agent-close = Uždaryti

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = El. paštas:
agent-terminal-password = Slaptažodis (palikite tuščią, jei jungiatės per bendrąją prieigą):
agent-terminal-second-factor = Autentifikavimo programėlės kodas:
agent-terminal-code = Saugos kodas:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [l]eisti, tik [p]eržiūra, [a]tmesti:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [l]eisti, [a]tmesti:
# One lowercase letter each, all three different.
agent-terminal-key-allow = l
agent-terminal-key-view-only = p
agent-terminal-key-decline = a
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Komandos: /stop susigrąžina valdymą, /resume vėl jį suteikia, /end baigia seansą; bet kuri kita eilutė siunčiama kaip pokalbio pranešimas.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Įveskite /resume, kad grąžintumėte valdymą.
agent-terminal-end-now-hint = Įveskite /end, kad seansą baigtumėte dabar.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Nežinoma komanda: { $command }. /help parodo komandų sąrašą; norėdami išsiųsti pokalbio pranešimą, prasidedantį simboliu /, pradėkite eilutę simboliais //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Ši programėlės { -product-name } versija per sena jūsų organizacijai. Atnaujinkite ją ir bandykite dar kartą.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Prisijungėte. Galite uždaryti šį skirtuką ir grįžti į programėlę { -product-name }.
agent-sso-browser-failed = Bendroji prieiga nepavyko. Grįžkite į programėlę { -product-name }, kad sužinotumėte priežastį.
