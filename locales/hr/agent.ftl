# Messages of the Assist app (Croatian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: dijelite svoj zaslon
agent-starting = Pokretanje…
# Shown after the person submitted a form, until the server answers.
agent-working = Pričekajte…

## Signing in

agent-sign-in-heading = Prijavite se kako biste dobili pomoć
agent-email = E-pošta
agent-password = Lozinka
agent-sign-in = Prijava
agent-sign-in-sso = Jedinstvena prijava (SSO)
agent-second-factor-heading = Drugi korak prijave
agent-second-factor = Kod iz aplikacije za autentifikaciju
agent-second-factor-hint = Unesite kod koji prikazuje vaša aplikacija za autentifikaciju ili jedan od svojih kodova za oporavak.
agent-continue = Nastavi
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Prijava se nastavlja u vašem web-pregledniku. Ako se nije otvorio, idite na: { $url }

## The security code the helper gives

agent-code-heading = Unesite sigurnosni kod
agent-code-hint = Pomagač će vam dati sigurnosni kod od 8 znamenki.
agent-code = Sigurnosni kod
agent-connect = Poveži

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Vaš pomagač
agent-trust-name = Ime
agent-trust-job-title = Radno mjesto
agent-trust-company = Tvrtka
agent-trust-domain = Domena e-pošte
# Shown instead of an empty job title or company.
agent-trust-not-given = nije navedeno
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (potvrđena domena)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domena NIJE potvrđena)
agent-trust-not-enrolled = Ovaj uređaj nije registriran u vašoj organizaciji; pomagač je o tome obaviješten.
# $name: the helper's full name.
agent-waiting-for-request = Čeka se da pomagač { $name } zatraži prikaz vašeg zaslona. Ništa se ne dijeli dok to ne dopustite.

## The helper's request

# $name: the helper's full name.
agent-request-control = Pomagač { $name } traži potpunu kontrolu (miš i tipkovnica).
agent-request-view = Pomagač { $name } traži da vidi vaš zaslon.
agent-allow = Dopusti
agent-allow-view-only = Dopusti samo prikaz
agent-decline = Odbij

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Dijeljenje s pomagačem { $name }: potpuna kontrola
agent-sharing-view = Dijeljenje s pomagačem { $name }: samo prikaz
agent-sharing-paused = Dijeljenje s pomagačem { $name }: kontrola je zaustavljena
agent-stop-control = Zaustavi kontrolu
agent-give-control-back = Vrati kontrolu
agent-end-session = Završi sesiju

## Chat

agent-chat-heading = Čavrljanje
agent-chat-input = Poruka
agent-chat-send = Pošalji
# The writer's name shown for the person's own messages.
agent-chat-you = Vi

## Notices

agent-helper-away = Veza korisnika { $name } je prekinuta. Čeka se povratak…
agent-helper-away-time = Sesija će završiti za { $time } ako se veza ne obnovi.
agent-helper-away-unseen = U međuvremenu nitko ne može vidjeti vaš zaslon niti upravljati njime.
agent-end-now = Završi odmah
agent-helper-back = { $name } je ponovno tu.
agent-notice-server-lost = Poslužitelj nije dostupan. Kontrola je zaustavljena.
agent-notice-server-back = Poslužitelj je ponovno dostupan. Kontrola ostaje zaustavljena dok je ne vratite.
agent-notice-connection-lost = Veza s pomagačem je izgubljena. Kontrola je zaustavljena.
agent-notice-connected = Povezano: pomagač vidi vaš zaslon.
agent-notice-control-stopped = Kontrola je zaustavljena: pomagač više ne može upotrebljavati vaš miš i tipkovnicu.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Dostupna je novija verzija aplikacije { -product-name }: { $version }
agent-update-required = Ova je verzija aplikacije { -product-name } zastarjela i prije dijeljenja morate je ažurirati na verziju { $version }
# $url: where to download the newer app.
agent-update-download = Preuzmite je s adrese { $url }

## The end of the session

agent-ended-heading = Sesija je završena
agent-ended = Sesija je završena.
agent-ended-helper-left = Sesija je završena: završio ju je pomagač.
agent-ended-sharer-left = Sesija je završena: završili ste je vi.
agent-ended-sharer-disconnected = Sesija je završena: vaša je veza izgubljena i nije ponovno uspostavljena na vrijeme.
agent-ended-helper-disconnected = Sesija je završena: veza s pomagačem izgubljena je i nije ponovno uspostavljena na vrijeme.
agent-ended-code-expired = Sesija je završena: sigurnosni kod je istekao.
agent-ended-declined-timeout = Sesija je završena: na zahtjev nije odgovoreno na vrijeme.
agent-ended-revoked = Sesija je završena: zaustavio ju je administrator.
agent-ended-policy = Sesija je završena: zaustavilo ju je pravilo vaše organizacije.
agent-ended-access-withdrawn = Sesija je završena: pomagač vam više ne smije pomagati ili vam je oduzet vlastiti pristup.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sesija je završena: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Ovaj uređaj nije registriran, a vaša organizacija dopušta pomoć samo na registriranim uređajima. Zamolite administratora da ga registrira.
agent-close = Zatvori

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-pošta:
agent-terminal-password = Lozinka (ostavite prazno za jedinstvenu prijavu):
agent-terminal-second-factor = Kod iz aplikacije za autentifikaciju:
agent-terminal-code = Sigurnosni kod:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [d]opusti, samo [p]rikaz, [o]dbij:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [d]opusti, [o]dbij:
# One lowercase letter each, all three different.
agent-terminal-key-allow = d
agent-terminal-key-view-only = p
agent-terminal-key-decline = o
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Naredbe: /stop preuzima kontrolu natrag, /resume je ponovno daje, /end završava sesiju; svaki drugi redak šalje se kao poruka čavrljanja.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Upišite /resume da biste vratili kontrolu.
agent-terminal-end-now-hint = Upišite /end da biste odmah završili sesiju.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Nepoznata naredba: { $command }. /help prikazuje popis naredbi; započnite redak s // da biste poslali poruku čavrljanja koja počinje znakom /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Ova verzija aplikacije { -product-name } prestara je za vašu organizaciju. Ažurirajte je i pokušajte ponovno.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Prijavljeni ste. Možete zatvoriti ovu karticu i vratiti se u aplikaciju { -product-name }.
agent-sso-browser-failed = Jedinstvena prijava nije uspjela. Vratite se u aplikaciju { -product-name } da biste vidjeli zašto.
