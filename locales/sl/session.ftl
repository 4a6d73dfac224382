# Messages of the remote help pages (Slovenian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Končaj sejo
session-ended-heading = Seja je končana
session-reconnecting = Povezava je bila prekinjena. Vnovično povezovanje …
session-replaced = Ta seja je bila odprta v drugem oknu, zato se je v tem oknu ustavila.
session-connection-closed = Povezava s strežnikom je bila zaprta.
go-home = Nazaj na domačo stran

## The trust card: who is on the other side

trust-helper-heading = Vaš pomočnik
trust-sharer-heading = Oseba, ki ji pomagate
trust-job-title = Delovno mesto
trust-company = Podjetje
trust-domain = Domena organizacije
trust-domain-verified = Preverjena
trust-domain-unverified = Nepreverjena
trust-not-set = Ni navedeno

## The device the helper is about to help with

device-heading = Naprava
device-name = Ime
device-system = Operacijski sistem
device-compliance = Skladnost
device-compliant = Skladna
device-not-compliant = Neskladna
device-web-browser = Oseba se je pridružila iz spletnega brskalnika, zato naprave ni mogoče prepoznati.
device-none = Ni podatkov o napravi.
warning-device-not-enrolled = Ta naprava ni registrirana v vaši organizaciji.
warning-device-not-enrolled-detail = Njena identiteta in varnostno stanje nista znana. Bodite previdni pri tem, kaj v njej odpirate ali vnašate.
warning-device-not-compliant = Ta naprava ne izpolnjuje pravilnikov o skladnosti vaše organizacije:

## Chat

chat-heading = Klepet
chat-list-label = Sporočila
chat-input-label = Sporočilo
chat-placeholder = Napišite sporočilo …
chat-send = Pošlji
chat-you = Vi
chat-role-helper = Pomočnik
chat-role-sharer = Prejemnik pomoči
chat-sending = Pošiljanje …
chat-too-long =
    { $max ->
        [one] Sporočilo ima lahko največ { $max } znak.
        [two] Sporočilo ima lahko največ { $max } znaka.
        [few] Sporočilo ima lahko največ { $max } znake.
       *[other] Sporočilo ima lahko največ { $max } znakov.
    }

## Helper console

helper-page-title = Oddaljena pomoč – Assist
helper-page-title-org = Oddaljena pomoč – { $organisation }
helper-start-heading = Začnite sejo oddaljene pomoči
helper-start-intro = Prejeli boste 8-mestno varnostno kodo. Posredujte jo osebi, ki ji pomagate; ta jo vnese, da se poveže.
helper-device-label = Naprava (izbirno)
helper-device-none = Brez določene naprave
helper-device-hint = Če poznate napravo osebe, jo izberite: seja bo tedaj delovala samo v tej napravi, vi pa boste videli njeno skladnost.
helper-start-button = Nova seja oddaljene pomoči
helper-start-another = Začni novo sejo
helper-session-heading = Seja oddaljene pomoči
helper-code-heading = Varnostna koda
helper-code-copy = Kopiraj kodo
helper-code-copied = Koda je kopirana.
helper-code-copy-failed = Kode ni bilo mogoče kopirati. Namesto tega jo preberite na glas.
helper-code-expires-in = Poteče čez { $time }
helper-code-expired = Koda je potekla.
helper-code-one-minute = Varnostna koda poteče čez eno minuto.
helper-code-instructions = Osebo prosite, naj odpre { $address }, se vpiše in vnese to kodo.
helper-code-not-shown-again = Varnostna koda je prikazana samo enkrat. Če se oseba še ni pridružila, končajte to sejo in začnite novo.
helper-status-waiting = Čakanje, da oseba vnese kodo …
helper-status-joined = Uporabnik { $name } se je pridružil. Ko boste pripravljeni, prosite za ogled zaslona.
helper-status-asked-view = Čakanje, da vam uporabnik { $name } dovoli ogled zaslona …
helper-status-asked-control = Čakanje, da vam uporabnik { $name } dovoli popoln nadzor …
helper-status-connecting = Povezovanje z zaslonom uporabnika { $name } …
helper-status-viewing = Vidite zaslon uporabnika { $name }.
helper-sharer-joined = Uporabnik { $name } se je pridružil seji.
helper-request-declined = Uporabnik { $name } je zavrnil vašo zahtevo.
helper-granted-view = Uporabnik { $name } vam je dovolil ogled zaslona.
helper-granted-control = Uporabnik { $name } je dovolil popoln nadzor.
helper-granted-view-only = Uporabnik { $name } je dovolil samo ogled.
helper-escalation-declined = Uporabnik { $name } je ohranil samo ogled.
helper-control-taken-back = Uporabnik { $name } je prevzel nadzor nazaj. Zaslon še vedno vidite.
helper-control-paused = Uporabnik { $name } je začasno ustavil vaš nadzor.
helper-control-resumed = Uporabnik { $name } vam je znova predal nadzor.
helper-connection-failed = Zaslona ni bilo mogoče povezati. Preverite omrežje ali končajte sejo in poskusite znova.
helper-mode-heading = Kaj potrebujete?
helper-mode-hint = Prosite za samo ogled, če želite le spremljati, ali za popoln nadzor, če želite uporabljati miško in tipkovnico osebe. Odloči oseba.
helper-mode-web-hint = Oseba uporablja spletni brskalnik, ki lahko zaslon da v skupno rabo samo za ogled. Za popoln nadzor potrebuje aplikacijo Assist v svoji napravi.
helper-escalate-hint = Prosite lahko za popoln nadzor; oseba bo znova odločila.
helper-request-view = Zahtevaj samo ogled
helper-request-control = Zahtevaj popoln nadzor

## The remote screen in the helper console

viewer-heading = Zaslon uporabnika { $name }
viewer-stage-label = Oddaljeni zaslon uporabnika { $name }
viewer-toolbar-label = Pogled zaslona
viewer-fit = Prilagodi oknu
viewer-actual-size = Dejanska velikost
viewer-full-screen = Celozaslonski način
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Samo ogled
viewer-mode-control = Popoln nadzor
viewer-mode-paused = Nadzor je začasno ustavljen
viewer-role-view = oddaljeni zaslon, samo ogled
viewer-role-control = oddaljeni zaslon, vaša miška in tipkovnica upravljata drug računalnik
viewer-hint-view = Zaslon vidite, vendar ga ne morete uporabljati.
viewer-hint-control = Kliknite zaslon, da ga začnete uporabljati. Dokler je v fokusu, vsaka tipka, vključno z bližnjicami, gre v drug računalnik. Če se želite vrniti v orodno vrstico, pritisnite Ctrl+Alt+Home.

## Sharer web app

share-page-title = Pridobite pomoč – Assist
share-page-title-org = Pridobite pomoč – { $organisation }
share-join-heading = Pridobite pomoč
share-join-intro = Vnesite varnostno kodo, ki vam jo je dal pomočnik. Preden lahko karkoli vidi, boste videli, kdo je.
share-code-label = Varnostna koda
share-code-hint = 8 števk, na primer 1234 5678.
share-code-invalid-format = Vnesite 8 števk varnostne kode.
share-join-button = Nadaljuj
share-join-another = Vnesi drugo kodo
share-session-heading = Oddaljena pomoč
share-status-joined = Povezani ste z uporabnikom { $name }. Kmalu vas bo prosil za ogled zaslona.
share-status-asked = Uporabnik { $name } čaka na vaš odgovor.
share-status-sharing = Zaslon dajete v skupno rabo uporabniku { $name }.
share-request-view-heading = Uporabnik { $name } prosi za ogled vašega zaslona
share-request-view-text = Uporabnik { $name } bo videl vse na zaslonu, ki ga izberete, ne bo pa mogel uporabljati vaše miške ali tipkovnice. Skupno rabo lahko kadar koli ustavite.
share-request-control-heading = Uporabnik { $name } prosi za popoln nadzor
share-request-control-text = S popolnim nadzorom bi uporabnik { $name } lahko uporabljal vašo miško in tipkovnico.
share-control-needs-app = Za popoln nadzor je v tej napravi potrebna aplikacija Assist. V brskalniku lahko zaslon daste v skupno rabo samo za ogled.
share-allow = Dovoli
share-allow-view-only = Dovoli samo ogled
share-decline = Zavrni
share-keep-view-only = Ohrani samo ogled
share-picker-cancelled = Noben zaslon ni bil izbran, zato ni nič v skupni rabi. Znova izberite Dovoli, da izberete zaslon, ali Zavrni.
share-capture-failed = Ta brskalnik ni mogel dati zaslona v skupno rabo. Poskusite z drugim brskalnikom ali zavrnite zahtevo.
share-reshare-heading = Vaš zaslon ni več v skupni rabi
share-reshare-text = Stran je bila znova naložena, zato uporabnik { $name } ne vidi več vašega zaslona. Znova ga dajte v skupno rabo ali končajte sejo.
share-reshare-button = Znova daj zaslon v skupno rabo
share-bar-label = Skupna raba zaslona
share-bar-text = Zaslon dajete v skupno rabo uporabniku { $name }
share-stop = Ustavi skupno rabo
share-connection-failed = Vašega zaslona ni bilo mogoče poslati. Preverite omrežje ali končajte sejo in poskusite znova.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Sejo ste končali.
ended-helper-sharer-left = Uporabnik { $name } je končal sejo.
ended-helper-helper-disconnected = Vaša povezava je bila predolgo prekinjena, zato se je seja končala.
ended-helper-sharer-disconnected = Povezava z uporabnikom { $name } je bila izgubljena in se ni obnovila, zato se je seja končala.
ended-helper-code-expired = Nihče ni vnesel kode, preden je potekla.
ended-helper-declined-timeout = Uporabnik { $name } se na vašo zahtevo ni pravočasno odzval.
ended-helper-revoked = To sejo je končal skrbnik.
ended-helper-policy = Seja se je končala, ker je bila oddaljena pomoč v vaši organizaciji izklopljena.
ended-helper-access-withdrawn = Seja se je končala, ker se je vaš dostop spremenil: vaš račun, vaš vpis ali vaša vloga za oddaljeno pomoč te seje ne dovoljuje več.
ended-helper-other = Seja se je končala.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Uporabnik { $name } je končal sejo.
ended-sharer-sharer-left = Sejo ste končali. Nič ni več v skupni rabi.
ended-sharer-helper-disconnected = Povezava z uporabnikom { $name } je bila izgubljena in se ni obnovila, zato se je seja končala.
ended-sharer-sharer-disconnected = Vaša povezava je bila predolgo prekinjena, zato se je seja končala.
ended-sharer-code-expired = Koda je potekla.
ended-sharer-declined-timeout = Niste se pravočasno odzvali, zato se je seja končala. Nič ni bilo v skupni rabi.
ended-sharer-revoked = To sejo je končal skrbnik.
ended-sharer-policy = Seja se je končala, ker je bila oddaljena pomoč v vaši organizaciji izklopljena.
ended-sharer-access-withdrawn = Seja se je končala, ker vam uporabnik { $name } ne sme več pomagati ali pa se je spremenil vaš lastni dostop. Nič ni več v skupni rabi.
ended-sharer-other = Seja se je končala.

## Refusals from the server

error-remote-help-disabled = Oddaljena pomoč je v vaši organizaciji izklopljena. Vklopi jo lahko skrbnik.
error-code-invalid = Ta koda ni veljavna. Preverite števke in poskusite znova.
error-code-expired = Ta koda je potekla. Pomočnika prosite za novo.
error-code-used = Ta koda je bila že uporabljena. Pomočnika prosite za novo.
error-unenrolled-device = Vaša organizacija dovoljuje pomoč samo v registriranih napravah. V to napravo namestite aplikacijo Assist ali se obrnite na skrbnika.
error-wrong-device = Ta seja je bila začeta za drugo napravo. Pomočnika prosite za kodo za to napravo.
error-chat-disabled = Klepet je v vaši organizaciji izklopljen.
error-invalid-transition = Na tej stopnji seje to ni mogoče.
error-session-ended = Ta seja se je že končala.
error-control-needs-agent = Za popoln nadzor je v napravi druge osebe potrebna aplikacija Assist.
error-session-not-found = Ta seja ne obstaja ali pa niste njen udeleženec.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Vaš račun ne sme ponujati oddaljene pomoči: potrebuje dovoljenji »Ponujanje oddaljene pomoči« in »Ogled zaslona«. Skrbnika vaše organizacije prosite, naj vas nastavi za pomočnika.
error-browser-sharing-not-allowed = Vaša organizacija ne dovoli deljenja zaslona iz spletnega brskalnika. Na to napravo namestite aplikacijo Assist in kodo vnesite tam ali se obrnite na službo za pomoč.
error-sharer-out-of-scope = Ta pomočnik vam ne sme pomagati: njegova vloga ne zajema vas ali te naprave. Službo za pomoč vprašajte, kdo vam lahko pomaga.
error-own-session = To sejo ste začeli sami. Kodo dajte osebi, ki ji pomagate; vnese jo, da se poveže.
error-helper-unavailable = Pomočnik, ki vam je dal to kodo, ne more več pomagati. Službo za pomoč prosite za nekoga drugega.
error-device-in-other-organisation = Ta naprava je včlanjena v drugo organizacijo. Obrnite se na skrbnika.
error-device-out-of-scope = Ta naprava je zunaj vaše vloge: na njej ne smete pomagati. Izberite drugo napravo ali nobene.
error-chat-empty = Pred pošiljanjem napišite sporočilo.
error-chat-too-long = To sporočilo je predolgo. Skrajšajte ga in ga pošljite znova.
error-chat-invalid-characters = To sporočilo vsebuje nevidne kontrolne znake, ki jih ni mogoče poslati. Odstranite jih in poskusite znova.
helper-permission-heading = Oddaljene pomoči še ne morete ponujati
helper-permission-text = Za ponujanje oddaljene pomoči sta potrebni dovoljenji »Ponujanje oddaljene pomoči« in »Ogled zaslona«, ki ju vaš račun nima.
helper-ask-admin = Skrbnika organizacije { $organisation } prosite, naj to spremeni.
helper-disabled-heading = Oddaljena pomoč je izklopljena
helper-disabled-text = Vaša organizacija ni vklopila oddaljene pomoči, zato seje še ni mogoče začeti.
helper-open-settings = Odpri nastavitve organizacije
helper-browser-note = Vaša organizacija ne dovoli deljenja iz spletnega brskalnika: oseba, ki ji pomagate, potrebuje aplikacijo Assist na včlanjeni napravi.
helper-join-refused-heading = Nekdo se je poskušal pridružiti s to kodo
helper-join-refused-browser-sharing-not-allowed = Uporabil je spletni brskalnik, vaša organizacija pa ne dovoli deljenja iz brskalnika. Prosite ga, naj isto kodo vnese v aplikacijo Assist: še vedno velja.
helper-join-refused-unenrolled-device = Njegova naprava ni včlanjena, vaša organizacija pa dovoli pomoč le na včlanjenih napravah. Prosite ga, naj uporabi aplikacijo Assist na včlanjeni napravi: koda še vedno velja.
helper-join-refused-sharer-out-of-scope = Vaša vloga ne zajema te osebe ali njene naprave, zato se ni mogla pridružiti. Predajte jo pomočniku, čigar vloga jo zajema, ali skrbnika prosite, naj razširi vašo.
helper-join-refused-wrong-device = Uporabil je drugo napravo, kot ste jo izbrali za to sejo. Prosite ga, naj uporabi aplikacijo Assist na tisti napravi: koda še vedno velja.
share-app-explained = Aplikacija Assist je program vaše organizacije za pomoč na tem računalniku. Z njo lahko pomočnik uporablja vašo miško in tipkovnico, medtem ko gledate, vi pa lahko kadar koli prevzamete nadzor nazaj ali končate. Če ni nameščena, vprašajte službo za pomoč.
share-app-download = Prenesi aplikacijo Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Povezava uporabnika { $name } je prekinjena. Čakamo na vrnitev…
presence-grace-left = Seja se konča čez { $time }, če se ne vrne.
presence-nobody-sees = Med odsotnostjo nihče ne vidi vašega zaslona. Deljenje se nadaljuje ob vrnitvi.
presence-end-now = Končaj zdaj
presence-back = { $name } je spet tu.
presence-back-reshare = { $name } je spet tu in je naprošen, da znova deli zaslon.
share-bar-paused-text = Vašega zaslona zdaj nihče ne vidi: povezava uporabnika { $name } je prekinjena
