# Messages of the Assist app (Estonian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: teie ekraani jagatakse
agent-starting = Käivitamine…
# Shown after the person submitted a form, until the server answers.
agent-working = Palun oodake…

## Signing in

agent-sign-in-heading = Abi saamiseks logige sisse
agent-email = E-post
agent-password = Parool
agent-sign-in = Logi sisse
agent-sign-in-sso = Logi sisse ühekordse sisselogimisega
agent-second-factor-heading = Sisselogimise teine samm
agent-second-factor = Autentimisrakenduse kood
agent-second-factor-hint = Sisestage autentimisrakenduses kuvatud kood või mõni oma taastekoodidest.
agent-continue = Jätka
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Sisselogimine jätkub teie veebibrauseris. Kui brauser ei avanenud, avage: { $url }

## The security code the helper gives

agent-code-heading = Sisestage turvakood
agent-code-hint = Abistaja annab teile 8-kohalise turvakoodi.
agent-code = Turvakood
agent-connect = Ühenda

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Teie abistaja
agent-trust-name = Nimi
agent-trust-job-title = Ametinimetus
agent-trust-company = Ettevõte
agent-trust-domain = E-posti domeen
# Shown instead of an empty job title or company.
agent-trust-not-given = pole märgitud
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (kinnitatud domeen)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domeen EI OLE kinnitatud)
agent-trust-not-enrolled = See seade pole teie asutuses registreeritud; teie abistajale on sellest teatatud.
# $name: the helper's full name.
agent-waiting-for-request = Ootame, kuni { $name } palub teie ekraani näha. Midagi ei jagata enne, kui te seda lubate.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } soovib täielikku juhtimist (hiir ja klaviatuur).
agent-request-view = { $name } soovib näha teie ekraani.
agent-allow = Luba
agent-allow-view-only = Luba ainult vaatamine
agent-decline = Keeldu

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Jagamine kasutajaga { $name }: täielik juhtimine
agent-sharing-view = Jagamine kasutajaga { $name }: ainult vaatamine
agent-sharing-paused = Jagamine kasutajaga { $name }: juhtimine on peatatud
agent-stop-control = Peata juhtimine
agent-give-control-back = Anna juhtimine tagasi
agent-end-session = Lõpeta seanss

## Chat

agent-chat-heading = Vestlus
agent-chat-input = Sõnum
agent-chat-send = Saada
# The writer's name shown for the person's own messages.
agent-chat-you = Teie

## Notices

agent-helper-away = Kasutaja { $name } ühendus katkes. Ootame tagasitulekut…
agent-helper-away-time = Seanss lõpeb { $time } pärast, kui ühendus ei taastu.
agent-helper-away-unseen = Seni ei saa keegi teie ekraani näha ega juhtida.
agent-end-now = Lõpeta kohe
agent-helper-back = { $name } on tagasi.
agent-notice-server-lost = Server pole kättesaadav. Juhtimine peatati.
agent-notice-server-back = Server on taas kättesaadav. Juhtimine jääb peatatuks, kuni te selle tagasi annate.
agent-notice-connection-lost = Ühendus abistajaga katkes. Juhtimine peatati.
agent-notice-connected = Ühendatud: abistaja näeb teie ekraani.
agent-notice-control-stopped = Juhtimine peatati: abistaja ei saa enam teie hiirt ja klaviatuuri kasutada.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Saadaval on rakenduse { -product-name } uuem versioon: { $version }
agent-update-required = See rakenduse { -product-name } versioon on aegunud ja enne jagamist tuleb see värskendada versioonile { $version }
# $url: where to download the newer app.
agent-update-download = Laadige see alla aadressilt { $url }

## The end of the session

agent-ended-heading = Seanss on lõppenud
agent-ended = Seanss on lõppenud.
agent-ended-helper-left = Seanss on lõppenud: abistaja lõpetas selle.
agent-ended-sharer-left = Seanss on lõppenud: te lõpetasite selle.
agent-ended-sharer-disconnected = Seanss on lõppenud: teie ühendus katkes ega taastunud õigel ajal.
agent-ended-helper-disconnected = Seanss on lõppenud: abistaja ühendus katkes ega taastunud õigel ajal.
agent-ended-code-expired = Seanss on lõppenud: turvakood aegus.
agent-ended-declined-timeout = Seanss on lõppenud: taotlusele ei vastatud õigeks ajaks.
agent-ended-revoked = Seanss on lõppenud: administraator peatas selle.
agent-ended-policy = Seanss on lõppenud: teie asutuse reegel peatas selle.
agent-ended-access-withdrawn = Seanss on lõppenud: abistaja ei tohi teid enam aidata või võeti teie enda juurdepääs ära.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Seanss on lõppenud: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = See seade pole registreeritud ja teie organisatsioon lubab abi ainult registreeritud seadmetes. Paluge administraatoril see registreerida.
agent-close = Sulge

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-post:
agent-terminal-password = Parool (ühekordse sisselogimise korral jätke tühjaks):
agent-terminal-second-factor = Autentimisrakenduse kood:
agent-terminal-code = Turvakood:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [l]uba, ainult [v]aatamine, [k]eeldu:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [l]uba, [k]eeldu:
# One lowercase letter each, all three different.
agent-terminal-key-allow = l
agent-terminal-key-view-only = v
agent-terminal-key-decline = k
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Käsud: /stop võtab juhtimise tagasi, /resume annab selle tagasi, /end lõpetab seansi; iga muu rida saadetakse vestlussõnumina.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Juhtimise tagasiandmiseks sisestage /resume.
agent-terminal-end-now-hint = Seansi kohe lõpetamiseks sisestage /end.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Tundmatu käsk: { $command }. /help loetleb käsud; kaldkriipsuga / algava vestlussõnumi saatmiseks alustage rida märkidega //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = See rakenduse { -product-name } versioon on teie asutuse jaoks liiga vana. Värskendage seda ja proovige uuesti.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Olete sisse logitud. Võite selle vahekaardi sulgeda ja naasta rakendusse { -product-name }.
agent-sso-browser-failed = Ühekordne sisselogimine ei õnnestunud. Põhjuse nägemiseks naaske rakendusse { -product-name }.
