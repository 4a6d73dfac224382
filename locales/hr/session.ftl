# Messages of the remote help pages (Croatian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Završi sesiju
session-ended-heading = Sesija je završena
session-reconnecting = Veza je prekinuta. Ponovno povezivanje…
session-replaced = Ova je sesija otvorena u drugom prozoru pa je ovdje zaustavljena.
session-connection-closed = Veza s poslužiteljem je zatvorena.
go-home = Natrag na početnu stranicu

## The trust card: who is on the other side

trust-helper-heading = Vaš pomagač
trust-sharer-heading = Osoba kojoj pomažete
trust-job-title = Radno mjesto
trust-company = Tvrtka
trust-domain = Domena organizacije
trust-domain-verified = Potvrđena
trust-domain-unverified = Nije potvrđena
trust-not-set = Nije navedeno

## The device the helper is about to help with

device-heading = Uređaj
device-name = Naziv
device-system = Operacijski sustav
device-compliance = Usklađenost
device-compliant = Usklađen
device-not-compliant = Nije usklađen
device-web-browser = Osoba se pridružila iz web-preglednika pa se uređaj ne može identificirati.
device-none = Nema podataka o uređaju.
warning-device-not-enrolled = Ovaj uređaj nije registriran u vašoj organizaciji.
warning-device-not-enrolled-detail = Njegov identitet i sigurnosno stanje nisu poznati. Budite oprezni s onim što na njemu otvarate ili upisujete.
warning-device-not-compliant = Ovaj uređaj ne zadovoljava pravilnike o usklađenosti vaše organizacije:

## Chat

chat-heading = Čavrljanje
chat-list-label = Poruke
chat-input-label = Poruka
chat-placeholder = Napišite poruku…
chat-send = Pošalji
chat-you = Vi
chat-role-helper = Pomagač
chat-role-sharer = Osoba kojoj se pomaže
chat-sending = Slanje…
chat-too-long =
    { $max ->
        [one] Poruka smije imati najviše { $max } znak.
        [few] Poruka smije imati najviše { $max } znaka.
       *[other] Poruka smije imati najviše { $max } znakova.
    }

## Helper console

helper-page-title = Pomoć na daljinu – Assist
helper-page-title-org = Pomoć na daljinu – { $organisation }
helper-start-heading = Započnite sesiju pomoći na daljinu
helper-start-intro = Dobit ćete sigurnosni kod od 8 znamenki. Dajte ga osobi kojoj pomažete; ona ga unosi kako bi se povezala.
helper-device-label = Uređaj (neobavezno)
helper-device-none = Bez određenog uređaja
helper-device-hint = Odaberite uređaj osobe ako ga znate: sesija tada radi samo na tom uređaju, a vi vidite njegovu usklađenost.
helper-start-button = Nova sesija pomoći na daljinu
helper-start-another = Započni drugu sesiju
helper-session-heading = Sesija pomoći na daljinu
helper-code-heading = Sigurnosni kod
helper-code-copy = Kopiraj kod
helper-code-copied = Kod je kopiran.
helper-code-copy-failed = Kopiranje koda nije uspjelo. Pročitajte ga naglas.
helper-code-expires-in = Istječe za { $time }
helper-code-expired = Kod je istekao.
helper-code-one-minute = Sigurnosni kod istječe za jednu minutu.
helper-code-instructions = Zamolite osobu da otvori { $address }, prijavi se i unese ovaj kod.
helper-code-not-shown-again = Sigurnosni kod prikazuje se samo jednom. Ako se osoba još nije pridružila, završite ovu sesiju i započnite novu.
helper-status-waiting = Čeka se da osoba unese kod…
helper-status-joined = Korisnik { $name } se pridružio. Kada budete spremni, zatražite prikaz zaslona.
helper-status-asked-view = Čeka se da vam { $name } dopusti prikaz zaslona…
helper-status-asked-control = Čeka se da vam { $name } dopusti potpunu kontrolu…
helper-status-connecting = Povezivanje sa zaslonom korisnika { $name }…
helper-status-viewing = Vidite zaslon korisnika { $name }.
helper-sharer-joined = Korisnik { $name } se pridružio sesiji.
helper-request-declined = Korisnik { $name } odbio je vaš zahtjev.
helper-granted-view = Korisnik { $name } dopustio vam je prikaz zaslona.
helper-granted-control = Korisnik { $name } dopustio je potpunu kontrolu.
helper-granted-view-only = Korisnik { $name } dopustio je samo prikaz.
helper-escalation-declined = Korisnik { $name } zadržao je samo prikaz.
helper-control-taken-back = Korisnik { $name } preuzeo je kontrolu natrag. I dalje vidite zaslon.
helper-control-paused = Korisnik { $name } pauzirao je vašu kontrolu.
helper-control-resumed = Korisnik { $name } ponovno vam je dao kontrolu.
helper-connection-failed = Povezivanje sa zaslonom nije uspjelo. Provjerite mrežu ili završite sesiju i pokušajte ponovno.
helper-mode-heading = Što vam je potrebno?
helper-mode-hint = Zatražite samo prikaz kako biste promatrali ili potpunu kontrolu kako biste upotrebljavali miš i tipkovnicu osobe. Odluka je na osobi.
helper-mode-web-hint = Osoba upotrebljava web-preglednik, koji može dijeliti zaslon samo za prikaz. Za potpunu kontrolu potrebna je aplikacija Assist na njezinu uređaju.
helper-escalate-hint = Možete zatražiti potpunu kontrolu; osoba ponovno odlučuje.
helper-request-view = Zatraži samo prikaz
helper-request-control = Zatraži potpunu kontrolu

## The remote screen in the helper console

viewer-heading = Zaslon korisnika { $name }
viewer-stage-label = Udaljeni zaslon korisnika { $name }
viewer-toolbar-label = Prikaz zaslona
viewer-fit = Prilagodi prozoru
viewer-actual-size = Stvarna veličina
viewer-full-screen = Cijeli zaslon
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Samo prikaz
viewer-mode-control = Potpuna kontrola
viewer-mode-paused = Kontrola je pauzirana
viewer-role-view = udaljeni zaslon, samo prikaz
viewer-role-control = udaljeni zaslon, vaš miš i tipkovnica upravljaju drugim računalom
viewer-hint-view = Vidite zaslon, ali ga ne možete upotrebljavati.
viewer-hint-control = Kliknite zaslon kako biste ga upotrebljavali. Dok je u fokusu, svaka tipka, uključujući tipkovne prečace, šalje se drugom računalu. Da biste se vratili na alatnu traku, pritisnite Ctrl+Alt+Home.

## Sharer web app

share-page-title = Zatražite pomoć – Assist
share-page-title-org = Zatražite pomoć – { $organisation }
share-join-heading = Zatražite pomoć
share-join-intro = Unesite sigurnosni kod koji vam je dao pomagač. Vidjet ćete tko je to prije nego što on može bilo što vidjeti.
share-code-label = Sigurnosni kod
share-code-hint = 8 znamenki, primjerice 1234 5678.
share-code-invalid-format = Unesite 8 znamenki sigurnosnog koda.
share-join-button = Nastavi
share-join-another = Unesi drugi kod
share-session-heading = Pomoć na daljinu
share-status-joined = Povezani ste s pomagačem { $name }. Pomagač će zatražiti da vidi vaš zaslon.
share-status-asked = Pomagač { $name } čeka vaš odgovor.
share-status-sharing = Dijelite zaslon s pomagačem { $name }.
share-request-view-heading = Pomagač { $name } traži da vidi vaš zaslon
share-request-view-text = Pomagač { $name } vidjet će sve na zaslonu koji odaberete, ali neće moći upotrebljavati vaš miš ni tipkovnicu. Dijeljenje možete zaustaviti u bilo kojem trenutku.
share-request-control-heading = Pomagač { $name } traži potpunu kontrolu
share-request-control-text = S potpunom kontrolom pomagač { $name } mogao bi upotrebljavati vaš miš i tipkovnicu.
share-control-needs-app = Za potpunu kontrolu potrebna je aplikacija Assist na ovom uređaju. U pregledniku možete dijeliti zaslon samo za prikaz.
share-allow = Dopusti
share-allow-view-only = Dopusti samo prikaz
share-decline = Odbij
share-keep-view-only = Zadrži samo prikaz
share-picker-cancelled = Nije odabran nijedan zaslon pa se ništa ne dijeli. Ponovno odaberite „Dopusti” kako biste odabrali zaslon ili „Odbij”.
share-capture-failed = Ovaj preglednik nije mogao dijeliti zaslon. Pokušajte s drugim preglednikom ili odbijte zahtjev.
share-reshare-heading = Vaš se zaslon više ne dijeli
share-reshare-text = Stranica je ponovno učitana pa pomagač { $name } više ne vidi vaš zaslon. Ponovno ga podijelite ili završite sesiju.
share-reshare-button = Ponovno podijeli zaslon
share-bar-label = Dijeljenje zaslona
share-bar-text = Dijelite zaslon s pomagačem { $name }
share-stop = Zaustavi dijeljenje
share-connection-failed = Slanje zaslona nije uspjelo. Provjerite mrežu ili završite sesiju i pokušajte ponovno.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Završili ste sesiju.
ended-helper-sharer-left = Korisnik { $name } završio je sesiju.
ended-helper-helper-disconnected = Vaša je veza bila prekinuta predugo pa je sesija završena.
ended-helper-sharer-disconnected = Veza s korisnikom { $name } izgubljena je i nije ponovno uspostavljena pa je sesija završena.
ended-helper-code-expired = Nitko nije unio kod prije nego što je istekao.
ended-helper-declined-timeout = Korisnik { $name } nije na vrijeme odgovorio na vaš zahtjev.
ended-helper-revoked = Administrator je završio ovu sesiju.
ended-helper-policy = Sesija je završena jer je pomoć na daljinu isključena za vašu organizaciju.
ended-helper-access-withdrawn = Sesija je završena jer se vaš pristup promijenio: vaš račun, vaša prijava ili vaša uloga za pomoć na daljinu više ne dopušta ovu sesiju.
ended-helper-other = Sesija je završena.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Pomagač { $name } završio je sesiju.
ended-sharer-sharer-left = Završili ste sesiju. Ništa se više ne dijeli.
ended-sharer-helper-disconnected = Veza s pomagačem { $name } izgubljena je i nije ponovno uspostavljena pa je sesija završena.
ended-sharer-sharer-disconnected = Vaša je veza bila prekinuta predugo pa je sesija završena.
ended-sharer-code-expired = Kod je istekao.
ended-sharer-declined-timeout = Niste odgovorili na vrijeme pa je sesija završena. Ništa nije podijeljeno.
ended-sharer-revoked = Administrator je završio ovu sesiju.
ended-sharer-policy = Sesija je završena jer je pomoć na daljinu isključena za vašu organizaciju.
ended-sharer-access-withdrawn = Sesija je završena jer vam korisnik { $name } više ne smije pomagati ili se promijenio vaš vlastiti pristup. Više se ništa ne dijeli.
ended-sharer-other = Sesija je završena.

## Refusals from the server

error-remote-help-disabled = Pomoć na daljinu isključena je za vašu organizaciju. Administrator je može uključiti.
error-code-invalid = Ovaj kod nije valjan. Provjerite znamenke i pokušajte ponovno.
error-code-expired = Ovaj je kod istekao. Zatražite novi od pomagača.
error-code-used = Ovaj je kod već iskorišten. Zatražite novi od pomagača.
error-unenrolled-device = Vaša organizacija dopušta pomoć samo na registriranim uređajima. Instalirajte aplikaciju Assist na ovaj uređaj ili se obratite administratoru.
error-wrong-device = Ova je sesija započeta za drugi uređaj. Zatražite od pomagača kod za ovaj uređaj.
error-chat-disabled = Čavrljanje je isključeno za vašu organizaciju.
error-invalid-transition = To nije moguće u ovoj fazi sesije.
error-session-ended = Ova je sesija već završena.
error-control-needs-agent = Za potpunu kontrolu potrebna je aplikacija Assist na uređaju druge osobe.
error-session-not-found = Ova sesija ne postoji ili niste njezin sudionik.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Vaš račun ne smije nuditi pomoć na daljinu: potrebna su mu dopuštenja „Nuđenje pomoći na daljinu” i „Prikaz zaslona”. Zamolite administratora svoje organizacije da vas postavi za pomagača.
error-browser-sharing-not-allowed = Vaša organizacija ne dopušta dijeljenje zaslona iz web-preglednika. Instalirajte aplikaciju Assist na ovaj uređaj i ondje unesite kôd ili se obratite službi za podršku.
error-sharer-out-of-scope = Ovaj vam pomagač ne smije pomagati: njegova uloga ne obuhvaća vas ni ovaj uređaj. Pitajte službu za podršku tko vam može pomoći.
error-own-session = Ovu ste sesiju sami pokrenuli. Dajte kôd osobi kojoj pomažete; ona ga unosi da bi se povezala.
error-helper-unavailable = Pomagač koji vam je dao ovaj kôd više ne može pomagati. Zatražite nekoga drugog od službe za podršku.
error-device-in-other-organisation = Ovaj je uređaj registriran u drugoj organizaciji. Obratite se administratoru.
error-device-out-of-scope = Ovaj je uređaj izvan vaše uloge: na njemu ne smijete pomagati. Odaberite drugi uređaj ili nijedan.
error-chat-empty = Napišite poruku prije slanja.
error-chat-too-long = Ova je poruka preduga. Skratite je i ponovno pošaljite.
error-chat-invalid-characters = Ova poruka sadrži nevidljive kontrolne znakove koji se ne mogu poslati. Uklonite ih i pokušajte ponovno.
helper-permission-heading = Još ne možete nuditi pomoć na daljinu
helper-permission-text = Za nuđenje pomoći na daljinu potrebna su dopuštenja „Nuđenje pomoći na daljinu” i „Prikaz zaslona”, koja vaš račun nema.
helper-ask-admin = Zamolite administratora organizacije { $organisation } da to promijeni.
helper-disabled-heading = Pomoć na daljinu isključena je
helper-disabled-text = Vaša organizacija nije uključila pomoć na daljinu pa se još ne može pokrenuti nijedna sesija.
helper-open-settings = Otvori postavke organizacije
helper-browser-note = Vaša organizacija ne dopušta dijeljenje iz web-preglednika: osobi kojoj pomažete potrebna je aplikacija Assist na registriranom uređaju.
helper-join-refused-heading = Netko se pokušao pridružiti ovim kôdom
helper-join-refused-browser-sharing-not-allowed = Ta je osoba upotrijebila web-preglednik, a vaša organizacija ne dopušta dijeljenje iz preglednika. Zamolite je da isti kôd unese u aplikaciju Assist: još uvijek vrijedi.
helper-join-refused-unenrolled-device = Njezin uređaj nije registriran, a vaša organizacija dopušta pomoć samo na registriranim uređajima. Zamolite je da upotrijebi aplikaciju Assist na registriranom uređaju: kôd još uvijek vrijedi.
helper-join-refused-sharer-out-of-scope = Vaša uloga ne obuhvaća tu osobu ni njezin uređaj pa se nije mogla pridružiti. Proslijedite je pomagaču čija je uloga obuhvaća ili zamolite administratora da proširi vašu.
helper-join-refused-wrong-device = Ta je osoba upotrijebila drugi uređaj od onoga koji ste odabrali za ovu sesiju. Zamolite je da upotrijebi aplikaciju Assist na tom uređaju: kôd još uvijek vrijedi.
share-app-explained = Aplikacija Assist program je vaše organizacije za dobivanje pomoći na ovom računalu. S njom vaš pomagač može upotrebljavati vaš miš i tipkovnicu dok vi gledate, a vi u svakom trenutku možete preuzeti upravljanje ili prekinuti. Ako nije instalirana, pitajte službu za podršku.
share-app-download = Preuzmi aplikaciju Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Veza korisnika { $name } je prekinuta. Čeka se povratak…
presence-grace-left = Sesija završava za { $time } ako se ne vrati.
presence-nobody-sees = Nitko ne vidi vaš zaslon dok ga nema. Dijeljenje se nastavlja kad se vrati.
presence-end-now = Završi sada
presence-back = { $name } se vratio.
presence-back-reshare = { $name } se vratio i zamoljen je da ponovno podijeli zaslon.
share-bar-paused-text = Nitko sada ne vidi vaš zaslon: veza korisnika { $name } je prekinuta
