# Messages of the Assist app (Serbian, Latin script as in session.ftl): the native program that
# shares the screen of the person being helped (the sharer). Terminal lines are plain text: keep
# each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: delite svoj ekran
agent-starting = Pokretanje…
agent-working = Sačekajte…

## Signing in

agent-sign-in-heading = Prijavite se da biste dobili pomoć
agent-email = E-pošta
agent-password = Lozinka
agent-sign-in = Prijavi se
agent-sign-in-sso = Prijavi se jedinstvenim prijavljivanjem
agent-second-factor-heading = Drugi korak prijavljivanja
agent-second-factor = Kod iz aplikacije za potvrdu identiteta
agent-second-factor-hint = Unesite kod koji prikazuje vaša aplikacija za potvrdu identiteta ili jedan od kodova za oporavak.
agent-continue = Nastavi
agent-sso-continues = Prijavljivanje se nastavlja u veb pregledaču. Ako se nije otvorio, idite na: { $url }

## The security code the helper gives

agent-code-heading = Unesite bezbednosni kod
agent-code-hint = Pomoćnik će vam dati bezbednosni kod od 8 cifara.
agent-code = Bezbednosni kod
agent-connect = Poveži se

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Vaš pomoćnik
agent-trust-name = Ime
agent-trust-job-title = Radno mesto
agent-trust-company = Preduzeće
agent-trust-domain = Domen e-pošte
agent-trust-not-given = nije navedeno
agent-trust-domain-verified = { $domain } (verifikovan domen)
agent-trust-domain-unverified = { $domain } (domen NIJE verifikovan)
agent-trust-not-enrolled = Ovaj uređaj nije registrovan u vašoj organizaciji; pomoćnik je o tome obavešten.
agent-waiting-for-request = Čeka se da pomoćnik { $name } zatraži da vidi vaš ekran. Ništa se ne deli dok to ne dozvolite.

## The helper's request

agent-request-control = Pomoćnik { $name } traži potpunu kontrolu (miš i tastatura).
agent-request-view = Pomoćnik { $name } traži da vidi vaš ekran.
agent-allow = Dozvoli
agent-allow-view-only = Dozvoli samo prikaz
agent-decline = Odbij

## Sharing

agent-sharing-control = Deljenje sa pomoćnikom { $name }: potpuna kontrola
agent-sharing-view = Deljenje sa pomoćnikom { $name }: samo prikaz
agent-sharing-paused = Deljenje sa pomoćnikom { $name }: kontrola je zaustavljena
agent-stop-control = Zaustavi kontrolu
agent-give-control-back = Vrati kontrolu
agent-end-session = Završi sesiju

## Chat

agent-chat-heading = Ćaskanje
agent-chat-input = Poruka
agent-chat-send = Pošalji
agent-chat-you = Vi

## Notices

agent-helper-away = Veza korisnika { $name } je prekinuta. Čeka se povratak…
agent-helper-away-time = Sesija će se završiti za { $time } ako se veza ne obnovi.
agent-helper-away-unseen = U međuvremenu niko ne može da vidi vaš ekran niti da njime upravlja.
agent-end-now = Završi odmah
agent-helper-back = { $name } je ponovo tu.
agent-notice-server-lost = Server nije dostupan. Kontrola je zaustavljena.
agent-notice-server-back = Server je ponovo dostupan. Kontrola ostaje zaustavljena dok je ne vratite.
agent-notice-connection-lost = Veza sa pomoćnikom je izgubljena. Kontrola je zaustavljena.
agent-notice-connected = Povezano: pomoćnik vidi vaš ekran.
agent-notice-control-stopped = Kontrola je zaustavljena: pomoćnik više ne može da koristi vaš miš i tastaturu.

## Updates

agent-update-available = Dostupna je novija verzija aplikacije { -product-name }: { $version }
agent-update-required = Ova aplikacija { -product-name } je zastarela i mora se ažurirati na verziju { $version } pre nego što budete mogli da delite ekran
agent-update-download = Preuzmite je sa adrese { $url }

## The end of the session

agent-ended-heading = Sesija je završena
agent-ended = Sesija je završena.
agent-ended-helper-left = Sesija je završena: završio ju je pomoćnik.
agent-ended-sharer-left = Sesija je završena: vi ste je završili.
agent-ended-sharer-disconnected = Sesija je završena: vaša veza je izgubljena i nije ponovo uspostavljena na vreme.
agent-ended-helper-disconnected = Sesija je završena: veza pomoćnika je izgubljena i nije ponovo uspostavljena na vreme.
agent-ended-code-expired = Sesija je završena: bezbednosni kod je istekao.
agent-ended-declined-timeout = Sesija je završena: na zahtev nije odgovoreno na vreme.
agent-ended-revoked = Sesija je završena: zaustavio ju je administrator.
agent-ended-policy = Sesija je završena: zaustavilo ju je pravilo vaše organizacije.
agent-ended-access-withdrawn = Sesija je završena: pomoćnik više ne sme da vam pomaže ili vam je oduzet sopstveni pristup.
agent-ended-error = Sesija je završena: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Ovaj uređaj nije registrovan, a vaša organizacija dozvoljava pomoć samo na registrovanim uređajima. Zamolite administratora da ga registruje.
agent-close = Zatvori

## Terminal mode only

agent-terminal-email = E-pošta:
agent-terminal-password = Lozinka (prazno za jedinstveno prijavljivanje):
agent-terminal-second-factor = Kod iz aplikacije za potvrdu identiteta:
agent-terminal-code = Bezbednosni kod:
agent-terminal-field = { $label }: { $value }
# The letters in brackets equal agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [d]ozvoli, samo [p]rikaz, [o]dbij:
agent-terminal-choices-view = [d]ozvoli, [o]dbij:
agent-terminal-key-allow = d
agent-terminal-key-view-only = p
agent-terminal-key-decline = o
agent-terminal-help = Komande: /stop preuzima kontrolu nazad, /resume je ponovo daje, /end završava sesiju; svaki drugi red se šalje kao poruka za ćaskanje.
agent-terminal-resume-hint = Unesite /resume da biste vratili kontrolu.
agent-terminal-end-now-hint = Unesite /end da biste odmah završili sesiju.
agent-terminal-unknown-command = Nepoznata komanda: { $command }. /help prikazuje komande; da biste poslali poruku za ćaskanje koja počinje znakom /, počnite red sa //.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Ova verzija aplikacije { -product-name } je previše stara za vašu organizaciju. Ažurirajte je, pa pokušajte ponovo.
agent-sso-browser-done = Prijavljeni ste. Možete da zatvorite ovu karticu i vratite se u aplikaciju { -product-name }.
agent-sso-browser-failed = Jedinstveno prijavljivanje nije uspelo. Vratite se u aplikaciju { -product-name } da biste videli zašto.
