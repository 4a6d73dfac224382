# Messages of the remote help pages (Serbian, Latin script): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Završi sesiju
session-ended-heading = Sesija je završena
session-reconnecting = Veza je prekinuta. Ponovno povezivanje…
session-replaced = Ova sesija je otvorena u drugom prozoru, pa je ovde zaustavljena.
session-connection-closed = Veza sa serverom je zatvorena.
go-home = Nazad na početnu stranicu

## The trust card: who is on the other side

trust-helper-heading = Vaš pomoćnik
trust-sharer-heading = Osoba kojoj pomažete
trust-job-title = Radno mesto
trust-company = Preduzeće
trust-domain = Domen organizacije
trust-domain-verified = Verifikovan
trust-domain-unverified = Nije verifikovan
trust-not-set = Nije navedeno

## The device the helper is about to help with

device-heading = Uređaj
device-name = Naziv
device-system = Operativni sistem
device-compliance = Usaglašenost
device-compliant = Usaglašen
device-not-compliant = Nije usaglašen
device-web-browser = Osoba se pridružila iz veb pregledača, pa uređaj ne može da se identifikuje.
device-none = Nema informacija o uređaju.
warning-device-not-enrolled = Ovaj uređaj nije registrovan u vašoj organizaciji.
warning-device-not-enrolled-detail = Njegov identitet i bezbednosno stanje nisu poznati. Budite oprezni s onim što na njemu otvarate ili kucate.
warning-device-not-compliant = Ovaj uređaj ne ispunjava smernice za usaglašenost vaše organizacije:

## Chat

chat-heading = Ćaskanje
chat-list-label = Poruke
chat-input-label = Poruka
chat-placeholder = Napišite poruku…
chat-send = Pošalji
chat-you = Vi
chat-role-helper = Pomoćnik
chat-role-sharer = Osoba kojoj se pomaže
chat-sending = Slanje…
chat-too-long =
    { $max ->
        [one] Poruka može imati najviše { $max } znak.
        [few] Poruka može imati najviše { $max } znaka.
       *[other] Poruka može imati najviše { $max } znakova.
    }

## Helper console

helper-page-title = Pomoć na daljinu – Assist
helper-page-title-org = Pomoć na daljinu – { $organisation }
helper-start-heading = Započnite sesiju pomoći na daljinu
helper-start-intro = Dobićete bezbednosni kod od 8 cifara. Dajte ga osobi kojoj pomažete; ona ga unosi da bi se povezala.
helper-device-label = Uređaj (opcionalno)
helper-device-none = Bez određenog uređaja
helper-device-hint = Izaberite uređaj osobe ako ga znate: sesija će tada raditi samo na tom uređaju, a vi ćete videti njegovu usaglašenost.
helper-start-button = Nova sesija pomoći na daljinu
helper-start-another = Započni drugu sesiju
helper-session-heading = Sesija pomoći na daljinu
helper-code-heading = Bezbednosni kod
helper-code-copy = Kopiraj kod
helper-code-copied = Kod je kopiran.
helper-code-copy-failed = Kopiranje koda nije uspelo. Pročitajte ga naglas.
helper-code-expires-in = Ističe za { $time }
helper-code-expired = Kod je istekao.
helper-code-one-minute = Bezbednosni kod ističe za jedan minut.
helper-code-instructions = Zamolite osobu da otvori { $address }, prijavi se i unese ovaj kod.
helper-code-not-shown-again = Bezbednosni kod se prikazuje samo jednom. Ako se osoba još nije pridružila, završite ovu sesiju i započnite novu.
helper-status-waiting = Čeka se da osoba unese kod…
helper-status-joined = Korisnik { $name } se pridružio. Kada budete spremni, zatražite prikaz ekrana.
helper-status-asked-view = Čeka se da vam { $name } dozvoli prikaz ekrana…
helper-status-asked-control = Čeka se da vam { $name } dozvoli potpunu kontrolu…
helper-status-connecting = Povezivanje sa ekranom korisnika { $name }…
helper-status-viewing = Vidite ekran korisnika { $name }.
helper-sharer-joined = Korisnik { $name } se pridružio sesiji.
helper-request-declined = Korisnik { $name } je odbio vaš zahtev.
helper-granted-view = Korisnik { $name } vam je dozvolio prikaz ekrana.
helper-granted-control = Korisnik { $name } je dozvolio potpunu kontrolu.
helper-granted-view-only = Korisnik { $name } je dozvolio samo prikaz.
helper-escalation-declined = Korisnik { $name } je zadržao samo prikaz.
helper-control-taken-back = Korisnik { $name } je preuzeo kontrolu nazad. I dalje vidite ekran.
helper-control-paused = Korisnik { $name } je pauzirao vašu kontrolu.
helper-control-resumed = Korisnik { $name } vam je ponovo dao kontrolu.
helper-connection-failed = Povezivanje sa ekranom nije uspelo. Proverite mrežu ili završite sesiju i pokušajte ponovo.
helper-mode-heading = Šta vam je potrebno?
helper-mode-hint = Zatražite samo prikaz da biste posmatrali ili potpunu kontrolu da biste koristili miš i tastaturu osobe. Odluka je na osobi.
helper-mode-web-hint = Osoba koristi veb pregledač, koji može da deli ekran samo za prikaz. Za potpunu kontrolu potrebna je aplikacija Assist na njenom uređaju.
helper-escalate-hint = Možete da zatražite potpunu kontrolu; osoba ponovo odlučuje.
helper-request-view = Zatraži samo prikaz
helper-request-control = Zatraži potpunu kontrolu

## The remote screen in the helper console

viewer-heading = Ekran korisnika { $name }
viewer-stage-label = Udaljeni ekran korisnika { $name }
viewer-toolbar-label = Prikaz ekrana
viewer-fit = Uklopi u prozor
viewer-actual-size = Stvarna veličina
viewer-full-screen = Ceo ekran
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Samo prikaz
viewer-mode-control = Potpuna kontrola
viewer-mode-paused = Kontrola je pauzirana
viewer-role-view = udaljeni ekran, samo prikaz
viewer-role-control = udaljeni ekran, vaš miš i tastatura upravljaju drugim računarom
viewer-hint-view = Vidite ekran, ali ne možete da ga koristite.
viewer-hint-control = Kliknite na ekran da biste ga koristili. Dok je u fokusu, svaki taster, uključujući prečice, šalje se drugom računaru. Da biste se vratili na traku sa alatkama, pritisnite Ctrl+Alt+Home.

## Sharer web app

share-page-title = Dobijanje pomoći – Assist
share-page-title-org = Dobijanje pomoći – { $organisation }
share-join-heading = Dobijte pomoć
share-join-intro = Unesite bezbednosni kod koji vam je dao pomoćnik. Videćete ko je to pre nego što on bilo šta može da vidi.
share-code-label = Bezbednosni kod
share-code-hint = 8 cifara, na primer 1234 5678.
share-code-invalid-format = Unesite 8 cifara bezbednosnog koda.
share-join-button = Nastavi
share-join-another = Unesi drugi kod
share-session-heading = Pomoć na daljinu
share-status-joined = Povezani ste sa pomoćnikom { $name }. Pomoćnik će zatražiti da vidi vaš ekran.
share-status-asked = Pomoćnik { $name } čeka vaš odgovor.
share-status-sharing = Delite ekran sa pomoćnikom { $name }.
share-request-view-heading = Pomoćnik { $name } traži da vidi vaš ekran
share-request-view-text = Pomoćnik { $name } će videti sve na ekranu koji izaberete, ali neće moći da koristi vaš miš ni tastaturu. Deljenje možete da zaustavite u bilo kom trenutku.
share-request-control-heading = Pomoćnik { $name } traži potpunu kontrolu
share-request-control-text = Sa potpunom kontrolom, pomoćnik { $name } bi mogao da koristi vaš miš i tastaturu.
share-control-needs-app = Za potpunu kontrolu potrebna je aplikacija Assist na ovom uređaju. U pregledaču možete da delite ekran samo za prikaz.
share-allow = Dozvoli
share-allow-view-only = Dozvoli samo prikaz
share-decline = Odbij
share-keep-view-only = Zadrži samo prikaz
share-picker-cancelled = Nije izabran nijedan ekran, pa se ništa ne deli. Ponovo izaberite „Dozvoli“ da biste izabrali ekran ili „Odbij“.
share-capture-failed = Ovaj pregledač nije mogao da deli ekran. Probajte drugi pregledač ili odbijte zahtev.
share-reshare-heading = Vaš ekran se više ne deli
share-reshare-text = Stranica je ponovo učitana, pa pomoćnik { $name } više ne vidi vaš ekran. Ponovo ga podelite ili završite sesiju.
share-reshare-button = Ponovo podeli ekran
share-bar-label = Deljenje ekrana
share-bar-text = Delite ekran sa pomoćnikom { $name }
share-stop = Zaustavi deljenje
share-connection-failed = Slanje ekrana nije uspelo. Proverite mrežu ili završite sesiju i pokušajte ponovo.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Završili ste sesiju.
ended-helper-sharer-left = Korisnik { $name } je završio sesiju.
ended-helper-helper-disconnected = Vaša veza je bila prekinuta predugo, pa je sesija završena.
ended-helper-sharer-disconnected = Veza sa korisnikom { $name } je izgubljena i nije ponovo uspostavljena, pa je sesija završena.
ended-helper-code-expired = Niko nije uneo kod pre nego što je istekao.
ended-helper-declined-timeout = Korisnik { $name } nije na vreme odgovorio na vaš zahtev.
ended-helper-revoked = Administrator je završio ovu sesiju.
ended-helper-policy = Sesija je završena jer je pomoć na daljinu isključena za vašu organizaciju.
ended-helper-access-withdrawn = Sesija je završena jer se vaš pristup promenio: vaš nalog, vaše prijavljivanje ili vaša uloga za pomoć na daljinu više ne dozvoljava ovu sesiju.
ended-helper-other = Sesija je završena.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Pomoćnik { $name } je završio sesiju.
ended-sharer-sharer-left = Završili ste sesiju. Ništa se više ne deli.
ended-sharer-helper-disconnected = Veza sa pomoćnikom { $name } je izgubljena i nije ponovo uspostavljena, pa je sesija završena.
ended-sharer-sharer-disconnected = Vaša veza je bila prekinuta predugo, pa je sesija završena.
ended-sharer-code-expired = Kod je istekao.
ended-sharer-declined-timeout = Niste odgovorili na vreme, pa je sesija završena. Ništa nije podeljeno.
ended-sharer-revoked = Administrator je završio ovu sesiju.
ended-sharer-policy = Sesija je završena jer je pomoć na daljinu isključena za vašu organizaciju.
ended-sharer-access-withdrawn = Sesija je završena jer korisnik { $name } više ne sme da vam pomaže ili se promenio vaš sopstveni pristup. Više se ništa ne deli.
ended-sharer-other = Sesija je završena.

## Refusals from the server

error-remote-help-disabled = Pomoć na daljinu je isključena za vašu organizaciju. Administrator može da je uključi.
error-code-invalid = Ovaj kod nije važeći. Proverite cifre i pokušajte ponovo.
error-code-expired = Ovaj kod je istekao. Zatražite novi od pomoćnika.
error-code-used = Ovaj kod je već iskorišćen. Zatražite novi od pomoćnika.
error-unenrolled-device = Vaša organizacija dozvoljava pomoć samo na registrovanim uređajima. Instalirajte aplikaciju Assist na ovaj uređaj ili se obratite administratoru.
error-wrong-device = Ova sesija je započeta za drugi uređaj. Zatražite od pomoćnika kod za ovaj uređaj.
error-chat-disabled = Ćaskanje je isključeno za vašu organizaciju.
error-invalid-transition = To nije moguće u ovoj fazi sesije.
error-session-ended = Ova sesija je već završena.
error-control-needs-agent = Za potpunu kontrolu potrebna je aplikacija Assist na uređaju druge osobe.
error-session-not-found = Ova sesija ne postoji ili niste njen učesnik.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Vaš nalog ne sme da nudi pomoć na daljinu: potrebne su mu dozvole „Nuđenje pomoći na daljinu“ i „Prikaz ekrana“. Zamolite administratora svoje organizacije da vas postavi za pomagača.
error-browser-sharing-not-allowed = Vaša organizacija ne dozvoljava deljenje ekrana iz veb-pregledača. Instalirajte aplikaciju Assist na ovaj uređaj i tamo unesite kod ili se obratite službi za podršku.
error-sharer-out-of-scope = Ovaj pomagač ne sme da vam pomaže: njegova uloga ne obuhvata vas ni ovaj uređaj. Pitajte službu za podršku ko može da vam pomogne.
error-own-session = Ovu sesiju ste sami pokrenuli. Dajte kod osobi kojoj pomažete; ona ga unosi da bi se povezala.
error-helper-unavailable = Pomagač koji vam je dao ovaj kod više ne može da pomaže. Zatražite nekog drugog od službe za podršku.
error-device-in-other-organisation = Ovaj uređaj je registrovan u drugoj organizaciji. Obratite se administratoru.
error-device-out-of-scope = Ovaj uređaj je van vaše uloge: na njemu ne smete da pomažete. Izaberite drugi uređaj ili nijedan.
error-chat-empty = Napišite poruku pre slanja.
error-chat-too-long = Ova poruka je predugačka. Skratite je i ponovo pošaljite.
error-chat-invalid-characters = Ova poruka sadrži nevidljive kontrolne znakove koji ne mogu da se pošalju. Uklonite ih i pokušajte ponovo.
helper-permission-heading = Još ne možete da nudite pomoć na daljinu
helper-permission-text = Za nuđenje pomoći na daljinu potrebne su dozvole „Nuđenje pomoći na daljinu“ i „Prikaz ekrana“, koje vaš nalog nema.
helper-ask-admin = Zamolite administratora organizacije { $organisation } da to promeni.
helper-disabled-heading = Pomoć na daljinu je isključena
helper-disabled-text = Vaša organizacija nije uključila pomoć na daljinu, pa još nijedna sesija ne može da se pokrene.
helper-open-settings = Otvori podešavanja organizacije
helper-browser-note = Vaša organizacija ne dozvoljava deljenje iz veb-pregledača: osobi kojoj pomažete potrebna je aplikacija Assist na registrovanom uređaju.
helper-join-refused-heading = Neko je pokušao da se pridruži ovim kodom
helper-join-refused-browser-sharing-not-allowed = Ta osoba je koristila veb-pregledač, a vaša organizacija ne dozvoljava deljenje iz pregledača. Zamolite je da isti kod unese u aplikaciju Assist: još uvek važi.
helper-join-refused-unenrolled-device = Njen uređaj nije registrovan, a vaša organizacija dozvoljava pomoć samo na registrovanim uređajima. Zamolite je da koristi aplikaciju Assist na registrovanom uređaju: kod još uvek važi.
helper-join-refused-sharer-out-of-scope = Vaša uloga ne obuhvata tu osobu ni njen uređaj, pa nije mogla da se pridruži. Prosledite je pomagaču čija je uloga obuhvata ili zamolite administratora da proširi vašu.
helper-join-refused-wrong-device = Ta osoba je koristila drugi uređaj od onog koji ste izabrali za ovu sesiju. Zamolite je da koristi aplikaciju Assist na tom uređaju: kod još uvek važi.
share-app-explained = Aplikacija Assist je program vaše organizacije za dobijanje pomoći na ovom računaru. Uz nju vaš pomagač može da koristi vaš miš i tastaturu dok vi gledate, a vi u svakom trenutku možete da preuzmete kontrolu ili prekinete. Ako nije instalirana, pitajte službu za podršku.
share-app-download = Preuzmi aplikaciju Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Веза корисника { $name } је прекинута. Чека се повратак…
presence-grace-left = Сесија се завршава за { $time } ако се не врати.
presence-nobody-sees = Нико не види ваш екран док је одсутан. Дељење се наставља када се врати.
presence-end-now = Заврши сада
presence-back = { $name } се вратио.
presence-back-reshare = { $name } се вратио и замољен је да поново подели екран.
share-bar-paused-text = Нико сада не види ваш екран: веза корисника { $name } је прекинута
