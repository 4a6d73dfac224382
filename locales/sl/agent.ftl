# Messages of the Assist app (Slovenian): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: vaš zaslon je v skupni rabi
agent-starting = Zaganjanje …
agent-working = Počakajte …

## Signing in

agent-sign-in-heading = Vpišite se za pomoč
agent-email = E-pošta
agent-password = Geslo
agent-sign-in = Vpis
agent-sign-in-sso = Vpis z enotno prijavo
agent-second-factor-heading = Drugi korak vpisa
agent-second-factor = Koda za preverjanje pristnosti
agent-second-factor-hint = Vnesite kodo, ki jo prikazuje vaša aplikacija za preverjanje pristnosti, ali eno od obnovitvenih kod.
agent-continue = Nadaljuj
agent-sso-continues = Vpis se nadaljuje v spletnem brskalniku. Če se ni odprl, pojdite na: { $url }

## The security code the helper gives

agent-code-heading = Vnesite varnostno kodo
agent-code-hint = Pomočnik vam bo dal 8-mestno varnostno kodo.
agent-code = Varnostna koda
agent-connect = Poveži

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Vaš pomočnik
agent-trust-name = Ime
agent-trust-job-title = Delovno mesto
agent-trust-company = Podjetje
agent-trust-domain = Domena e-pošte
agent-trust-not-given = ni navedeno
agent-trust-domain-verified = { $domain } (preverjena domena)
agent-trust-domain-unverified = { $domain } (domena NI preverjena)
agent-trust-not-enrolled = Ta naprava ni registrirana v vaši organizaciji; pomočnik je o tem obveščen.
agent-waiting-for-request = Čakanje, da uporabnik { $name } zaprosi za ogled vašega zaslona. Dokler tega ne dovolite, ni nič v skupni rabi.

## The helper's request

agent-request-control = Uporabnik { $name } prosi za popoln nadzor (miška in tipkovnica).
agent-request-view = Uporabnik { $name } prosi za ogled vašega zaslona.
agent-allow = Dovoli
agent-allow-view-only = Dovoli samo ogled
agent-decline = Zavrni

## Sharing

agent-sharing-control = Skupna raba z uporabnikom { $name }: popoln nadzor
agent-sharing-view = Skupna raba z uporabnikom { $name }: samo ogled
agent-sharing-paused = Skupna raba z uporabnikom { $name }: nadzor ustavljen
agent-stop-control = Ustavi nadzor
agent-give-control-back = Vrni nadzor
agent-end-session = Končaj sejo

## Chat

agent-chat-heading = Klepet
agent-chat-input = Sporočilo
agent-chat-send = Pošlji
agent-chat-you = Vi

## Notices

agent-helper-away = Povezava uporabnika { $name } je prekinjena. Čakanje na vrnitev…
agent-helper-away-time = Seja se bo končala čez { $time }, če se povezava ne obnovi.
agent-helper-away-unseen = Medtem nihče ne more videti ali upravljati vašega zaslona.
agent-end-now = Končaj zdaj
agent-helper-back = { $name } je spet tu.
agent-notice-server-lost = Strežnik ni dosegljiv. Nadzor je ustavljen.
agent-notice-server-back = Strežnik je znova dosegljiv. Nadzor ostane ustavljen, dokler ga ne vrnete.
agent-notice-connection-lost = Povezava s pomočnikom je bila izgubljena. Nadzor je ustavljen.
agent-notice-connected = Povezano: pomočnik vidi vaš zaslon.
agent-notice-control-stopped = Nadzor je ustavljen: pomočnik ne more več uporabljati vaše miške in tipkovnice.

## Updates

agent-update-available = Na voljo je novejša različica aplikacije { -product-name }: { $version }
agent-update-required = Ta aplikacija { -product-name } je zastarela; pred skupno rabo jo morate posodobiti na različico { $version }
agent-update-download = Prenesite jo z naslova { $url }

## The end of the session

agent-ended-heading = Seja je končana
agent-ended = Seja je končana.
agent-ended-helper-left = Seja je končana: končal jo je pomočnik.
agent-ended-sharer-left = Seja je končana: končali ste jo vi.
agent-ended-sharer-disconnected = Seja je končana: vaša povezava je bila izgubljena in se ni pravočasno obnovila.
agent-ended-helper-disconnected = Seja je končana: povezava pomočnika je bila izgubljena in se ni pravočasno obnovila.
agent-ended-code-expired = Seja je končana: varnostna koda je potekla.
agent-ended-declined-timeout = Seja je končana: na zahtevo ni bilo pravočasnega odgovora.
agent-ended-revoked = Seja je končana: ustavil jo je skrbnik.
agent-ended-policy = Seja je končana: ustavilo jo je pravilo vaše organizacije.
agent-ended-access-withdrawn = Seja je končana: pomočnik vam ne sme več pomagati ali pa vam je bil odvzet lastni dostop.
agent-ended-error = Seja je končana: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Ta naprava ni včlanjena, vaša organizacija pa dovoli pomoč le na včlanjenih napravah. Skrbnika prosite, naj jo včlani.
agent-close = Zapri

## Terminal mode only

agent-terminal-email = E-pošta:
agent-terminal-password = Geslo (prazno za enotno prijavo):
agent-terminal-second-factor = Koda za preverjanje pristnosti:
agent-terminal-code = Varnostna koda:
agent-terminal-field = { $label }: { $value }
# The letters in brackets equal agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [d]ovoli, samo [o]gled, [z]avrni:
agent-terminal-choices-view = [d]ovoli, [z]avrni:
agent-terminal-key-allow = d
agent-terminal-key-view-only = o
agent-terminal-key-decline = z
agent-terminal-help = Ukazi: /stop prevzame nadzor nazaj, /resume ga znova preda, /end konča sejo; vsaka druga vrstica se pošlje kot sporočilo v klepet.
agent-terminal-resume-hint = Vnesite /resume, da vrnete nadzor.
agent-terminal-end-now-hint = Vnesite /end, da sejo končate zdaj.
agent-terminal-unknown-command = Neznan ukaz: { $command }. /help izpiše ukaze; če želite v klepet poslati sporočilo, ki se začne z /, začnite vrstico z //.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Ta različica aplikacije { -product-name } je prestara za vašo organizacijo. Posodobite jo in poskusite znova.
agent-sso-browser-done = Vpisani ste. Ta zavihek lahko zaprete in se vrnete v aplikacijo { -product-name }.
agent-sso-browser-failed = Enotna prijava ni uspela. Vrnite se v aplikacijo { -product-name }, da vidite, zakaj.
