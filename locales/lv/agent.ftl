# Messages of the Assist app (Latvian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: jūs kopīgojat savu ekrānu
agent-starting = Notiek palaišana…
# Shown after the person submitted a form, until the server answers.
agent-working = Lūdzu, uzgaidiet…

## Signing in

agent-sign-in-heading = Pierakstieties, lai saņemtu palīdzību
agent-email = E-pasts
agent-password = Parole
agent-sign-in = Pierakstīties
agent-sign-in-sso = Pierakstīties, izmantojot vienoto pierakstīšanos
agent-second-factor-heading = Pierakstīšanās otrais solis
agent-second-factor = Autentifikatora lietotnes kods
agent-second-factor-hint = Ievadiet kodu, ko rāda jūsu autentifikatora lietotne, vai kādu no saviem atkopšanas kodiem.
agent-continue = Turpināt
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Pierakstīšanās turpinās jūsu tīmekļa pārlūkprogrammā. Ja tā netika atvērta, dodieties uz: { $url }

## The security code the helper gives

agent-code-heading = Ievadiet drošības kodu
agent-code-hint = Palīdzētājs jums iedos 8 ciparu drošības kodu.
agent-code = Drošības kods
agent-connect = Izveidot savienojumu

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Jūsu palīdzētājs
agent-trust-name = Vārds
agent-trust-job-title = Amats
agent-trust-company = Uzņēmums
agent-trust-domain = E-pasta domēns
# Shown instead of an empty job title or company.
agent-trust-not-given = nav norādīts
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (verificēts domēns)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domēns NAV verificēts)
agent-trust-not-enrolled = Šī ierīce nav reģistrēta jūsu organizācijā; jūsu palīdzētājs par to tiek informēts.
# $name: the helper's full name.
agent-waiting-for-request = Gaida, kamēr { $name } lūgs atļauju redzēt jūsu ekrānu. Nekas netiek kopīgots, kamēr jūs to neatļaujat.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } lūdz pilnu kontroli (pele un tastatūra).
agent-request-view = { $name } lūdz atļauju redzēt jūsu ekrānu.
agent-allow = Atļaut
agent-allow-view-only = Atļaut tikai skatīšanu
agent-decline = Noraidīt

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Kopīgošana ar lietotāju { $name }: pilna kontrole
agent-sharing-view = Kopīgošana ar lietotāju { $name }: tikai skatīšana
agent-sharing-paused = Kopīgošana ar lietotāju { $name }: kontrole apturēta
agent-stop-control = Apturēt kontroli
agent-give-control-back = Atdot kontroli
agent-end-session = Beigt sesiju

## Chat

agent-chat-heading = Tērzēšana
agent-chat-input = Ziņojums
agent-chat-send = Sūtīt
# The writer's name shown for the person's own messages.
agent-chat-you = Jūs

## Notices

agent-helper-away = Lietotāja { $name } savienojums pārtrūka. Gaida atgriešanos…
agent-helper-away-time = Sesija beigsies pēc { $time }, ja savienojums netiks atjaunots.
agent-helper-away-unseen = Tikmēr neviens nevar redzēt vai vadīt jūsu ekrānu.
agent-end-now = Beigt tagad
agent-helper-back = { $name } ir atpakaļ.
agent-notice-server-lost = Serveris nav sasniedzams. Kontrole apturēta.
agent-notice-server-back = Serveris atkal ir sasniedzams. Kontrole paliek apturēta, līdz jūs to atdodat.
agent-notice-connection-lost = Savienojums ar palīdzētāju tika zaudēts. Kontrole apturēta.
agent-notice-connected = Savienojums izveidots: palīdzētājs redz jūsu ekrānu.
agent-notice-control-stopped = Kontrole apturēta: palīdzētājs vairs nevar izmantot jūsu peli un tastatūru.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Ir pieejama jaunāka lietotnes { -product-name } versija: { $version }
agent-update-required = Šī lietotnes { -product-name } versija ir novecojusi; pirms kopīgošanas tā jāatjaunina uz versiju { $version }
# $url: where to download the newer app.
agent-update-download = Lejupielādējiet to no { $url }

## The end of the session

agent-ended-heading = Sesija ir beigusies
agent-ended = Sesija ir beigusies.
agent-ended-helper-left = Sesija ir beigusies: to beidza palīdzētājs.
agent-ended-sharer-left = Sesija ir beigusies: jūs to beidzāt.
agent-ended-sharer-disconnected = Sesija ir beigusies: jūsu savienojums tika zaudēts un netika laikus atjaunots.
agent-ended-helper-disconnected = Sesija ir beigusies: palīdzētāja savienojums tika zaudēts un netika laikus atjaunots.
agent-ended-code-expired = Sesija ir beigusies: drošības koda derīguma termiņš beidzās.
agent-ended-declined-timeout = Sesija ir beigusies: uz pieprasījumu netika laikus atbildēts.
agent-ended-revoked = Sesija ir beigusies: to apturēja administrators.
agent-ended-policy = Sesija ir beigusies: to apturēja jūsu organizācijas noteikums.
agent-ended-access-withdrawn = Sesija ir beigusies: palīdzētājs vairs nedrīkst jums palīdzēt, vai arī jūsu piekļuve tika atsaukta.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sesija ir beigusies: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Šī ierīce nav reģistrēta, bet jūsu organizācija ļauj palīdzēt tikai reģistrētās ierīcēs. Lūdziet administratoram to reģistrēt.
agent-close = Aizvērt

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-pasts:
agent-terminal-password = Parole (atstājiet tukšu, ja izmantojat vienoto pierakstīšanos):
agent-terminal-second-factor = Autentifikatora lietotnes kods:
agent-terminal-code = Drošības kods:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [a]tļaut, tikai [s]katīšanu, [n]oraidīt:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [a]tļaut, [n]oraidīt:
# One lowercase letter each, all three different.
agent-terminal-key-allow = a
agent-terminal-key-view-only = s
agent-terminal-key-decline = n
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Komandas: /stop atsauc kontroli, /resume to atdod atpakaļ, /end beidz sesiju; jebkura cita rinda tiek nosūtīta kā tērzēšanas ziņojums.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Ierakstiet /resume, lai atdotu kontroli.
agent-terminal-end-now-hint = Ierakstiet /end, lai beigtu sesiju tagad.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Nezināma komanda: { $command }. /help parāda komandu sarakstu; lai nosūtītu tērzēšanas ziņojumu, kas sākas ar /, sāciet rindu ar //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Šī lietotnes { -product-name } versija jūsu organizācijai ir pārāk veca. Atjauniniet to un mēģiniet vēlreiz.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Pierakstīšanās ir pabeigta. Varat aizvērt šo cilni un atgriezties lietotnē { -product-name }.
agent-sso-browser-failed = Vienotā pierakstīšanās neizdevās. Atgriezieties lietotnē { -product-name }, lai redzētu iemeslu.
