# Messages of the remote help pages (Estonian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Lõpeta seanss
session-ended-heading = Seanss on lõppenud
session-reconnecting = Ühendus katkes. Ühendatakse uuesti…
session-replaced = See seanss avati teises aknas, seega siin aknas see peatati.
session-connection-closed = Ühendus serveriga suleti.
go-home = Tagasi avalehele

## The trust card: who is on the other side

trust-helper-heading = Teie abistaja
trust-sharer-heading = Inimene, keda abistate
trust-job-title = Ametinimetus
trust-company = Ettevõte
trust-domain = Asutuse domeen
trust-domain-verified = Kinnitatud
trust-domain-unverified = Kinnitamata
trust-not-set = Pole märgitud

## The device the helper is about to help with

device-heading = Seade
device-name = Nimi
device-system = Operatsioonisüsteem
device-compliance = Nõuetele vastavus
device-compliant = Nõuetele vastav
device-not-compliant = Nõuetele mittevastav
device-web-browser = Inimene liitus veebibrauserist, seega ei saa seadet tuvastada.
device-none = Seadme teave puudub.
warning-device-not-enrolled = See seade pole teie asutuses registreeritud.
warning-device-not-enrolled-detail = Selle identiteet ja turvaolek pole teada. Olge ettevaatlik, mida selles seadmes avate või tipite.
warning-device-not-compliant = See seade ei vasta teie asutuse nõuetele vastavuse poliitikatele:

## Chat

chat-heading = Vestlus
chat-list-label = Sõnumid
chat-input-label = Sõnum
chat-placeholder = Kirjutage sõnum…
chat-send = Saada
chat-you = Teie
chat-role-helper = Abistaja
chat-role-sharer = Abistatav
chat-sending = Saatmine…
chat-too-long = Sõnum võib olla kuni { $max } märki pikk.

## Helper console

helper-page-title = Kaugabi – Assist
helper-page-title-org = Kaugabi – { $organisation }
helper-start-heading = Kaugabiseansi alustamine
helper-start-intro = Saate 8-kohalise turvakoodi. Andke see inimesele, keda abistate; ühenduse loomiseks sisestab ta selle.
helper-device-label = Seade (valikuline)
helper-device-none = Kindel seade puudub
helper-device-hint = Kui teate inimese seadet, valige see: siis töötab seanss ainult selles seadmes ja näete selle nõuetele vastavust.
helper-start-button = Uus kaugabiseanss
helper-start-another = Alusta uut seanssi
helper-session-heading = Kaugabiseanss
helper-code-heading = Turvakood
helper-code-copy = Kopeeri kood
helper-code-copied = Kood on kopeeritud.
helper-code-copy-failed = Koodi ei õnnestunud kopeerida. Lugege see ette.
helper-code-expires-in = Aegub { $time } pärast
helper-code-expired = Kood on aegunud.
helper-code-one-minute = Turvakood aegub ühe minuti pärast.
helper-code-instructions = Paluge inimesel avada { $address }, sisse logida ja sisestada see kood.
helper-code-not-shown-again = Turvakoodi kuvatakse ainult üks kord. Kui inimene pole veel liitunud, lõpetage see seanss ja alustage uut.
helper-status-waiting = Ootame, et inimene sisestaks koodi…
helper-status-joined = { $name } liitus. Kui olete valmis, paluge luba ekraani nägemiseks.
helper-status-asked-view = Ootame, et { $name } lubaks teil ekraani näha…
helper-status-asked-control = Ootame, et { $name } lubaks täieliku juhtimise…
helper-status-connecting = Ühendamine kasutaja { $name } ekraaniga…
helper-status-viewing = Näete kasutaja { $name } ekraani.
helper-sharer-joined = { $name } liitus seansiga.
helper-request-declined = { $name } keeldus teie taotlusest.
helper-granted-view = { $name } lubas teil oma ekraani näha.
helper-granted-control = { $name } lubas täieliku juhtimise.
helper-granted-view-only = { $name } lubas ainult vaatamise.
helper-escalation-declined = { $name } jättis alles ainult vaatamise.
helper-control-taken-back = { $name } võttis juhtimise tagasi. Näete ekraani endiselt.
helper-control-paused = { $name } peatas teie juhtimise.
helper-control-resumed = { $name } andis teile juhtimise tagasi.
helper-connection-failed = Ekraaniga ei õnnestunud ühendust luua. Kontrollige võrku või lõpetage seanss ja proovige uuesti.
helper-mode-heading = Mida vajate?
helper-mode-hint = Jälgimiseks taotlege ainult vaatamist, inimese hiire ja klaviatuuri kasutamiseks täielikku juhtimist. Otsuse teeb tema.
helper-mode-web-hint = Inimene kasutab veebibrauserit, mis saab ekraani jagada ainult vaatamiseks. Täielik juhtimine nõuab tema seadmes rakendust Assist.
helper-escalate-hint = Võite taotleda täielikku juhtimist; inimene otsustab uuesti.
helper-request-view = Taotle ainult vaatamist
helper-request-control = Taotle täielikku juhtimist

## The remote screen in the helper console

viewer-heading = Kasutaja { $name } ekraan
viewer-stage-label = Kasutaja { $name } kaugekraan
viewer-toolbar-label = Ekraanivaade
viewer-fit = Sobita aknasse
viewer-actual-size = Tegelik suurus
viewer-full-screen = Täisekraan
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Ainult vaatamine
viewer-mode-control = Täielik juhtimine
viewer-mode-paused = Juhtimine on peatatud
viewer-role-view = kaugekraan, ainult vaatamine
viewer-role-control = kaugekraan, teie hiir ja klaviatuur juhivad teist arvutit
viewer-hint-view = Näete ekraani, kuid ei saa seda kasutada.
viewer-hint-control = Ekraani kasutamiseks klõpsake sellel. Kui ekraan on fookuses, saadetakse kõik klahvivajutused, ka kiirklahvid, teise arvutisse. Tööriistaribale naasmiseks vajutage Ctrl+Alt+Home.

## Sharer web app

share-page-title = Abi saamine – Assist
share-page-title-org = Abi saamine – { $organisation }
share-join-heading = Abi saamine
share-join-intro = Sisestage turvakood, mille abistaja teile andis. Näete, kes ta on, enne kui ta midagi näha saab.
share-code-label = Turvakood
share-code-hint = 8 numbrit, näiteks 1234 5678.
share-code-invalid-format = Sisestage turvakoodi 8 numbrit.
share-join-button = Jätka
share-join-another = Sisesta teine kood
share-session-heading = Kaugabi
share-status-joined = Ühendus loodud: { $name }. Järgmiseks palutakse luba teie ekraani nägemiseks.
share-status-asked = { $name } ootab teie vastust.
share-status-sharing = Jagate oma ekraani kasutajaga { $name }.
share-request-view-heading = { $name } soovib näha teie ekraani
share-request-view-text = { $name } näeb kõike teie valitud ekraanil, kuid ei saa kasutada teie hiirt ega klaviatuuri. Saate jagamise igal ajal lõpetada.
share-request-control-heading = { $name } soovib täielikku juhtimist
share-request-control-text = Täieliku juhtimisega saaks { $name } kasutada teie hiirt ja klaviatuuri.
share-control-needs-app = Täielik juhtimine nõuab selles seadmes rakendust Assist. Brauseris saate ekraani jagada ainult vaatamiseks.
share-allow = Luba
share-allow-view-only = Luba ainult vaatamine
share-decline = Keeldu
share-keep-view-only = Jäta ainult vaatamine
share-picker-cancelled = Ühtegi ekraani ei valitud, seega midagi ei jagata. Ekraani valimiseks valige uuesti Luba või valige Keeldu.
share-capture-failed = See brauser ei saanud ekraani jagada. Proovige mõnda teist brauserit või keelduge.
share-reshare-heading = Teie ekraani enam ei jagata
share-reshare-text = Leht laaditi uuesti, seega { $name } ei näe enam teie ekraani. Jagage seda uuesti või lõpetage seanss.
share-reshare-button = Jaga ekraani uuesti
share-bar-label = Ekraani jagamine
share-bar-text = Jagate oma ekraani kasutajaga { $name }
share-stop = Lõpeta jagamine
share-connection-failed = Teie ekraani ei õnnestunud edastada. Kontrollige võrku või lõpetage seanss ja proovige uuesti.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Lõpetasite seansi.
ended-helper-sharer-left = { $name } lõpetas seansi.
ended-helper-helper-disconnected = Teie ühendus oli liiga kaua katkenud, seega seanss lõppes.
ended-helper-sharer-disconnected = Ühendus kasutajaga { $name } katkes ega taastunud, seega seanss lõppes.
ended-helper-code-expired = Keegi ei sisestanud koodi enne selle aegumist.
ended-helper-declined-timeout = { $name } ei vastanud teie taotlusele õigeks ajaks.
ended-helper-revoked = Administraator lõpetas selle seansi.
ended-helper-policy = Seanss lõppes, sest kaugabi lülitati teie asutuses välja.
ended-helper-access-withdrawn = Seanss lõppes, sest teie juurdepääs muutus: teie konto, sisselogimine või kaugabi roll ei luba seda seanssi enam.
ended-helper-other = Seanss lõppes.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } lõpetas seansi.
ended-sharer-sharer-left = Lõpetasite seansi. Midagi ei jagata enam.
ended-sharer-helper-disconnected = Ühendus kasutajaga { $name } katkes ega taastunud, seega seanss lõppes.
ended-sharer-sharer-disconnected = Teie ühendus oli liiga kaua katkenud, seega seanss lõppes.
ended-sharer-code-expired = Kood aegus.
ended-sharer-declined-timeout = Te ei vastanud õigeks ajaks, seega seanss lõppes. Midagi ei jagatud.
ended-sharer-revoked = Administraator lõpetas selle seansi.
ended-sharer-policy = Seanss lõppes, sest kaugabi lülitati teie asutuses välja.
ended-sharer-access-withdrawn = Seanss lõppes, sest { $name } ei tohi teid enam aidata või muutus teie enda juurdepääs. Midagi ei jagata enam.
ended-sharer-other = Seanss lõppes.

## Refusals from the server

error-remote-help-disabled = Kaugabi on teie asutuses välja lülitatud. Administraator saab selle sisse lülitada.
error-code-invalid = See kood pole kehtiv. Kontrollige numbreid ja proovige uuesti.
error-code-expired = See kood on aegunud. Küsige abistajalt uut koodi.
error-code-used = Seda koodi on juba kasutatud. Küsige abistajalt uut koodi.
error-unenrolled-device = Teie asutus lubab abi ainult registreeritud seadmetes. Installige sellesse seadmesse rakendus Assist või pöörduge administraatori poole.
error-wrong-device = See seanss alustati teise seadme jaoks. Küsige abistajalt selle seadme jaoks koodi.
error-chat-disabled = Vestlus on teie asutuses välja lülitatud.
error-invalid-transition = See pole seansi praeguses etapis võimalik.
error-session-ended = See seanss on juba lõppenud.
error-control-needs-agent = Täielik juhtimine nõuab teise inimese seadmes rakendust Assist.
error-session-not-found = Seda seanssi pole olemas või te ei osale selles.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Teie konto ei tohi kaugabi pakkuda: selleks on vaja õigusi „Kaugabi pakkumine“ ja „Ekraani vaatamine“. Paluge oma organisatsiooni administraatoril teid abistajaks määrata.
error-browser-sharing-not-allowed = Teie organisatsioon ei luba ekraani jagada veebibrauserist. Installige sellesse seadmesse rakendus Assist ja sisestage kood seal või pöörduge kasutajatoe poole.
error-sharer-out-of-scope = See abistaja ei tohi teid aidata: tema roll ei hõlma teid ega seda seadet. Küsige kasutajatoelt, kes saab teid aidata.
error-own-session = Alustasite selle seansi ise. Andke kood inimesele, keda aitate; tema sisestab selle ühenduse loomiseks.
error-helper-unavailable = Abistaja, kes teile selle koodi andis, ei saa enam aidata. Paluge kasutajatoelt kedagi teist.
error-device-in-other-organisation = See seade on registreeritud teises organisatsioonis. Pöörduge administraatori poole.
error-device-out-of-scope = See seade on väljaspool teie rolli: te ei tohi selles aidata. Valige muu seade või mitte ükski.
error-chat-empty = Kirjutage enne saatmist sõnum.
error-chat-too-long = See sõnum on liiga pikk. Lühendage seda ja saatke uuesti.
error-chat-invalid-characters = Selles sõnumis on nähtamatuid juhtmärke, mida ei saa saata. Eemaldage need ja proovige uuesti.
helper-permission-heading = Te ei saa veel kaugabi pakkuda
helper-permission-text = Kaugabi pakkumiseks on vaja õigusi „Kaugabi pakkumine“ ja „Ekraani vaatamine“, mida teie kontol ei ole.
helper-ask-admin = Paluge organisatsiooni { $organisation } administraatoril seda muuta.
helper-disabled-heading = Kaugabi on välja lülitatud
helper-disabled-text = Teie organisatsioon pole kaugabi sisse lülitanud, seega ei saa veel ühtegi seanssi alustada.
helper-open-settings = Ava organisatsiooni seaded
helper-browser-note = Teie organisatsioon ei luba jagamist veebibrauserist: inimene, keda aitate, vajab rakendust Assist registreeritud seadmes.
helper-join-refused-heading = Keegi proovis selle koodiga liituda
helper-join-refused-browser-sharing-not-allowed = Ta kasutas veebibrauserit ja teie organisatsioon ei luba brauserist jagamist. Paluge tal sisestada sama kood rakendusse Assist: see kehtib endiselt.
helper-join-refused-unenrolled-device = Tema seade pole registreeritud ja teie organisatsioon lubab abi ainult registreeritud seadmetes. Paluge tal kasutada rakendust Assist registreeritud seadmes: kood kehtib endiselt.
helper-join-refused-sharer-out-of-scope = Teie roll ei hõlma seda inimest ega tema seadet, seega ei saanud ta liituda. Suunake ta abistajale, kelle roll teda hõlmab, või paluge administraatoril teie rolli laiendada.
helper-join-refused-wrong-device = Ta kasutas teist seadet kui see, mille selle seansi jaoks valisite. Paluge tal kasutada rakendust Assist sellel seadmel: kood kehtib endiselt.
share-app-explained = Rakendus Assist on teie organisatsiooni programm selles arvutis abi saamiseks. Sellega saab abistaja kasutada teie hiirt ja klaviatuuri, kui te vaatate, ning teie saate igal ajal juhtimise tagasi võtta või lõpetada. Kui see pole installitud, küsige kasutajatoelt.
share-app-download = Laadi alla rakendus Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Kasutaja { $name } ühendus katkes. Ootame tema tagasitulekut…
presence-grace-left = Seanss lõpeb { $time } pärast, kui ta tagasi ei tule.
presence-nobody-sees = Tema äraolekul ei näe keegi teie ekraani. Jagamine jätkub, kui ta tagasi tuleb.
presence-end-now = Lõpeta kohe
presence-back = { $name } on tagasi.
presence-back-reshare = { $name } on tagasi ja teda palutakse ekraani uuesti jagada.
share-bar-paused-text = Keegi ei näe praegu teie ekraani: kasutaja { $name } ühendus katkes
