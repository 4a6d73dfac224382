# Messages of the remote help pages (Lithuanian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Baigti seansą
session-ended-heading = Seansas baigtas
session-reconnecting = Ryšys nutrūko. Jungiamasi iš naujo…
session-replaced = Šis seansas buvo atidarytas kitame lange, todėl šiame lange jis sustabdytas.
session-connection-closed = Ryšys su serveriu nutrauktas.
go-home = Grįžti į pradžios puslapį

## The trust card: who is on the other side

trust-helper-heading = Jūsų pagalbininkas
trust-sharer-heading = Asmuo, kuriam padedate
trust-job-title = Pareigos
trust-company = Įmonė
trust-domain = Organizacijos domenas
trust-domain-verified = Patvirtintas
trust-domain-unverified = Nepatvirtintas
trust-not-set = Nenurodyta

## The device the helper is about to help with

device-heading = Įrenginys
device-name = Pavadinimas
device-system = Operacinė sistema
device-compliance = Atitiktis
device-compliant = Atitinka reikalavimus
device-not-compliant = Neatitinka reikalavimų
device-web-browser = Asmuo prisijungė iš žiniatinklio naršyklės, todėl įrenginio nustatyti neįmanoma.
device-none = Nėra informacijos apie įrenginį.
warning-device-not-enrolled = Šis įrenginys neužregistruotas jūsų organizacijoje.
warning-device-not-enrolled-detail = Jo tapatybė ir saugos būsena nežinomos. Būkite atsargūs, ką jame atidarote ar įvedate.
warning-device-not-compliant = Šis įrenginys neatitinka jūsų organizacijos atitikties strategijų:

## Chat

chat-heading = Pokalbis
chat-list-label = Pranešimai
chat-input-label = Pranešimas
chat-placeholder = Rašykite pranešimą…
chat-send = Siųsti
chat-you = Jūs
chat-role-helper = Pagalbininkas
chat-role-sharer = Pagalbos gavėjas
chat-sending = Siunčiama…
chat-too-long =
    { $max ->
        [one] Pranešime gali būti ne daugiau kaip { $max } simbolis.
        [few] Pranešime gali būti ne daugiau kaip { $max } simboliai.
        [many] Pranešime gali būti ne daugiau kaip { $max } simbolio.
       *[other] Pranešime gali būti ne daugiau kaip { $max } simbolių.
    }

## Helper console

helper-page-title = Nuotolinė pagalba – Assist
helper-page-title-org = Nuotolinė pagalba – { $organisation }
helper-start-heading = Pradėti nuotolinės pagalbos seansą
helper-start-intro = Gausite 8 skaitmenų saugos kodą. Perduokite jį asmeniui, kuriam padedate; jis įves kodą, kad prisijungtų.
helper-device-label = Įrenginys (neprivaloma)
helper-device-none = Jokio konkretaus įrenginio
helper-device-hint = Jei žinote asmens įrenginį, pasirinkite jį: tada seansas veiks tik tame įrenginyje, o jūs matysite jo atitiktį.
helper-start-button = Naujas nuotolinės pagalbos seansas
helper-start-another = Pradėti kitą seansą
helper-session-heading = Nuotolinės pagalbos seansas
helper-code-heading = Saugos kodas
helper-code-copy = Kopijuoti kodą
helper-code-copied = Kodas nukopijuotas.
helper-code-copy-failed = Kodo nukopijuoti nepavyko. Perskaitykite jį balsu.
helper-code-expires-in = Nustos galioti po { $time }
helper-code-expired = Kodo galiojimo laikas baigėsi.
helper-code-one-minute = Saugos kodas nustos galioti po vienos minutės.
helper-code-instructions = Paprašykite asmens atidaryti { $address }, prisijungti ir įvesti šį kodą.
helper-code-not-shown-again = Saugos kodas rodomas tik vieną kartą. Jei asmuo dar neprisijungė, baikite šį seansą ir pradėkite naują.
helper-status-waiting = Laukiama, kol asmuo įves kodą…
helper-status-joined = { $name } prisijungė. Kai būsite pasiruošę, paprašykite leidimo matyti ekraną.
helper-status-asked-view = Laukiama, kol { $name } leis jums matyti savo ekraną…
helper-status-asked-control = Laukiama, kol { $name } leis visiškai valdyti…
helper-status-connecting = Jungiamasi prie naudotojo { $name } ekrano…
helper-status-viewing = Matote naudotojo { $name } ekraną.
helper-sharer-joined = { $name } prisijungė prie seanso.
helper-request-declined = { $name } atmetė jūsų užklausą.
helper-granted-view = { $name } leido jums matyti savo ekraną.
helper-granted-control = { $name } leido visiškai valdyti.
helper-granted-view-only = { $name } leido tik peržiūrą.
helper-escalation-declined = { $name } paliko tik peržiūrą.
helper-control-taken-back = { $name } susigrąžino valdymą. Vis dar matote ekraną.
helper-control-paused = { $name } pristabdė jūsų valdymą.
helper-control-resumed = { $name } vėl suteikė jums valdymą.
helper-connection-failed = Nepavyko prisijungti prie ekrano. Patikrinkite tinklą arba baikite seansą ir bandykite dar kartą.
helper-mode-heading = Ko jums reikia?
helper-mode-hint = Paprašykite tik peržiūros, kad stebėtumėte, arba visiško valdymo, kad galėtumėte naudotis asmens pele ir klaviatūra. Sprendžia asmuo.
helper-mode-web-hint = Asmuo naudoja žiniatinklio naršyklę, kuri gali bendrinti ekraną tik peržiūrai. Visiškam valdymui asmens įrenginyje reikalinga programėlė Assist.
helper-escalate-hint = Galite paprašyti visiško valdymo; asmuo vėl nuspręs.
helper-request-view = Prašyti tik peržiūros
helper-request-control = Prašyti visiško valdymo

## The remote screen in the helper console

viewer-heading = Naudotojo { $name } ekranas
viewer-stage-label = Naudotojo { $name } nuotolinis ekranas
viewer-toolbar-label = Ekrano rodinys
viewer-fit = Pritaikyti prie lango
viewer-actual-size = Tikrasis dydis
viewer-full-screen = Visas ekranas
viewer-monitor-label = Monitorius
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Tik peržiūra
viewer-mode-control = Visiškas valdymas
viewer-mode-paused = Valdymas pristabdytas
viewer-role-view = nuotolinis ekranas, tik peržiūra
viewer-role-control = nuotolinis ekranas, jūsų pelė ir klaviatūra valdo kitą kompiuterį
viewer-hint-view = Ekraną matote, bet negalite juo naudotis.
viewer-hint-control = Spustelėkite ekraną, kad galėtumėte juo naudotis. Kol jis suaktyvintas, kiekvienas klavišas, įskaitant sparčiuosius klavišus, siunčiamas į kitą kompiuterį. Norėdami grįžti į įrankių juostą, paspauskite Ctrl+Alt+Home.

## Sharer web app

share-page-title = Gauti pagalbą – Assist
share-page-title-org = Gauti pagalbą – { $organisation }
share-join-heading = Gauti pagalbą
share-join-intro = Įveskite saugos kodą, kurį jums davė pagalbininkas. Pirma pamatysite, kas jis yra, ir tik tada jis galės ką nors matyti.
share-code-label = Saugos kodas
share-code-hint = 8 skaitmenys, pavyzdžiui, 1234 5678.
share-code-invalid-format = Įveskite 8 saugos kodo skaitmenis.
share-join-button = Tęsti
share-join-another = Įvesti kitą kodą
share-session-heading = Nuotolinė pagalba
share-status-joined = Prisijungta prie naudotojo { $name }. Šis asmuo paprašys leidimo matyti jūsų ekraną.
share-status-asked = { $name } laukia jūsų atsakymo.
share-status-sharing = Bendrinate savo ekraną su naudotoju { $name }.
share-request-view-heading = { $name } prašo leidimo matyti jūsų ekraną
share-request-view-text = { $name } matys viską pasirinktame ekrane, bet negalės naudotis jūsų pele ar klaviatūra. Galite bet kada sustabdyti.
share-request-control-heading = { $name } prašo visiško valdymo
share-request-control-text = Suteikus visišką valdymą, { $name } galėtų naudotis jūsų pele ir klaviatūra.
share-control-needs-app = Visiškam valdymui šiame įrenginyje reikalinga programėlė Assist. Naršyklėje ekraną galite bendrinti tik peržiūrai.
share-allow = Leisti
share-allow-view-only = Leisti tik peržiūrą
share-decline = Atmesti
share-keep-view-only = Palikti tik peržiūrą
share-picker-cancelled = Nepasirinktas joks ekranas, todėl niekas nebendrinama. Dar kartą pasirinkite „Leisti“, kad pasirinktumėte ekraną, arba „Atmesti“.
share-capture-failed = Ši naršyklė negalėjo bendrinti ekrano. Pabandykite kitą naršyklę arba atmeskite.
share-reshare-heading = Jūsų ekranas nebebendrinamas
share-reshare-text = Puslapis buvo įkeltas iš naujo, todėl { $name } nebemato jūsų ekrano. Bendrinkite jį dar kartą arba baikite seansą.
share-reshare-button = Vėl bendrinti ekraną
share-bar-label = Ekrano bendrinimas
share-bar-text = Bendrinate savo ekraną su naudotoju { $name }
share-stop = Nebebendrinti
share-connection-failed = Nepavyko išsiųsti jūsų ekrano. Patikrinkite tinklą arba baikite seansą ir bandykite dar kartą.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Baigėte seansą.
ended-helper-sharer-left = { $name } baigė seansą.
ended-helper-helper-disconnected = Jūsų ryšys buvo nutrūkęs per ilgai, todėl seansas baigėsi.
ended-helper-sharer-disconnected = Ryšys su naudotoju { $name } nutrūko ir nebeatsinaujino, todėl seansas baigėsi.
ended-helper-code-expired = Niekas neįvedė kodo, kol jis galiojo.
ended-helper-declined-timeout = { $name } laiku neatsakė į jūsų užklausą.
ended-helper-revoked = Administratorius baigė šį seansą.
ended-helper-policy = Seansas baigėsi, nes jūsų organizacijoje buvo išjungta nuotolinė pagalba.
ended-helper-access-withdrawn = Seansas baigėsi, nes pasikeitė jūsų prieiga: jūsų paskyra, prisijungimas arba nuotolinės pagalbos vaidmuo šio seanso nebeleidžia.
ended-helper-other = Seansas baigėsi.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } baigė seansą.
ended-sharer-sharer-left = Baigėte seansą. Niekas nebebendrinama.
ended-sharer-helper-disconnected = Ryšys su naudotoju { $name } nutrūko ir nebeatsinaujino, todėl seansas baigėsi.
ended-sharer-sharer-disconnected = Jūsų ryšys buvo nutrūkęs per ilgai, todėl seansas baigėsi.
ended-sharer-code-expired = Kodo galiojimo laikas baigėsi.
ended-sharer-declined-timeout = Laiku neatsakėte, todėl seansas baigėsi. Niekas nebuvo bendrinama.
ended-sharer-revoked = Administratorius baigė šį seansą.
ended-sharer-policy = Seansas baigėsi, nes jūsų organizacijoje buvo išjungta nuotolinė pagalba.
ended-sharer-access-withdrawn = Seansas baigėsi, nes { $name } nebegali jums padėti arba pasikeitė jūsų pačių prieiga. Niekas nebebendrinama.
ended-sharer-other = Seansas baigėsi.

## Refusals from the server

error-remote-help-disabled = Jūsų organizacijoje nuotolinė pagalba išjungta. Administratorius gali ją įjungti.
error-code-invalid = Šis kodas negalioja. Patikrinkite skaitmenis ir bandykite dar kartą.
error-code-expired = Šio kodo galiojimo laikas baigėsi. Paprašykite pagalbininko naujo kodo.
error-code-used = Šis kodas jau panaudotas. Paprašykite pagalbininko naujo kodo.
error-unenrolled-device = Jūsų organizacija leidžia teikti pagalbą tik užregistruotuose įrenginiuose. Įdiekite šiame įrenginyje programėlę Assist arba kreipkitės į administratorių.
error-wrong-device = Šis seansas pradėtas kitam įrenginiui. Paprašykite pagalbininko kodo šiam įrenginiui.
error-chat-disabled = Jūsų organizacijoje pokalbiai išjungti.
error-invalid-transition = Šiame seanso etape tai neįmanoma.
error-session-ended = Šis seansas jau baigėsi.
error-control-needs-agent = Visiškam valdymui kito asmens įrenginyje reikalinga programėlė Assist.
error-session-not-found = Šis seansas neegzistuoja arba jūs jame nedalyvaujate.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Jūsų paskyra negali siūlyti nuotolinės pagalbos: reikia leidimų „Siūlyti nuotolinę pagalbą“ ir „Matyti ekraną“. Paprašykite savo organizacijos administratoriaus paskirti jus pagalbininku.
error-browser-sharing-not-allowed = Jūsų organizacija neleidžia bendrinti ekrano iš žiniatinklio naršyklės. Įdiekite programėlę Assist šiame įrenginyje ir įveskite kodą joje arba kreipkitės į pagalbos tarnybą.
error-sharer-out-of-scope = Šis pagalbininkas negali jums padėti: jo vaidmuo neapima jūsų ar šio įrenginio. Paklauskite pagalbos tarnybos, kas gali jums padėti.
error-own-session = Šį seansą pradėjote jūs patys. Duokite kodą asmeniui, kuriam padedate; jis įves jį, kad prisijungtų.
error-helper-unavailable = Pagalbininkas, davęs jums šį kodą, nebegali padėti. Paprašykite pagalbos tarnybos kito asmens.
error-device-in-other-organisation = Šis įrenginys užregistruotas kitoje organizacijoje. Kreipkitės į administratorių.
error-device-out-of-scope = Šis įrenginys nepatenka į jūsų vaidmenį: jame padėti negalite. Pasirinkite kitą įrenginį arba jokio.
error-chat-empty = Prieš siųsdami parašykite žinutę.
error-chat-too-long = Ši žinutė per ilga. Sutrumpinkite ją ir išsiųskite dar kartą.
error-chat-invalid-characters = Šioje žinutėje yra nematomų valdymo simbolių, kurių negalima išsiųsti. Pašalinkite juos ir bandykite dar kartą.
helper-permission-heading = Kol kas negalite siūlyti nuotolinės pagalbos
helper-permission-text = Nuotolinei pagalbai siūlyti reikia leidimų „Siūlyti nuotolinę pagalbą“ ir „Matyti ekraną“, kurių jūsų paskyra neturi.
helper-ask-admin = Paprašykite organizacijos { $organisation } administratoriaus tai pakeisti.
helper-disabled-heading = Nuotolinė pagalba išjungta
helper-disabled-text = Jūsų organizacija neįjungė nuotolinės pagalbos, todėl seanso dar negalima pradėti.
helper-open-settings = Atverti organizacijos nustatymus
helper-browser-note = Jūsų organizacija neleidžia bendrinti iš žiniatinklio naršyklės: asmeniui, kuriam padedate, reikia programėlės Assist užregistruotame įrenginyje.
helper-join-refused-heading = Kažkas bandė prisijungti su šiuo kodu
helper-join-refused-browser-sharing-not-allowed = Asmuo naudojo žiniatinklio naršyklę, o jūsų organizacija neleidžia bendrinti iš naršyklės. Paprašykite įvesti tą patį kodą programėlėje Assist: jis vis dar galioja.
helper-join-refused-unenrolled-device = Asmens įrenginys neužregistruotas, o jūsų organizacija leidžia padėti tik užregistruotuose įrenginiuose. Paprašykite naudoti programėlę Assist užregistruotame įrenginyje: kodas vis dar galioja.
helper-join-refused-sharer-out-of-scope = Jūsų vaidmuo neapima šio asmens ar jo įrenginio, todėl jis negalėjo prisijungti. Perduokite jį pagalbininkui, kurio vaidmuo jį apima, arba paprašykite administratoriaus išplėsti jūsų vaidmenį.
helper-join-refused-wrong-device = Asmuo naudojo kitą įrenginį nei tas, kurį pasirinkote šiam seansui. Paprašykite naudoti programėlę Assist tame įrenginyje: kodas vis dar galioja.
share-app-explained = Programėlė Assist – tai jūsų organizacijos programa pagalbai šiame kompiuteryje gauti. Su ja pagalbininkas gali naudoti jūsų pelę ir klaviatūrą, kol jūs stebite, o jūs bet kada galite susigrąžinti valdymą arba baigti. Jei ji neįdiegta, paklauskite pagalbos tarnybos.
share-app-download = Atsisiųsti programėlę Assist

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } ryšys nutrūko. Laukiama, kol sugrįš…
presence-grace-left = Seansas baigsis po { $time }, jei nesugrįš.
presence-nobody-sees = Kol jo nėra, niekas nemato jūsų ekrano. Bendrinimas tęsis jam sugrįžus.
presence-end-now = Baigti dabar
presence-back = { $name } sugrįžo.
presence-back-reshare = { $name } sugrįžo ir prašomas vėl bendrinti ekraną.
share-bar-paused-text = Dabar niekas nemato jūsų ekrano: { $name } ryšys nutrūko
