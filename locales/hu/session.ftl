# Messages of the remote help pages (Hungarian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Munkamenet befejezése
session-ended-heading = A munkamenet véget ért
session-reconnecting = A kapcsolat megszakadt. Újracsatlakozás…
session-replaced = Ezt a munkamenetet egy másik ablakban nyitották meg, ezért ebben az ablakban leállt.
session-connection-closed = A kapcsolat a kiszolgálóval megszűnt.
go-home = Vissza a kezdőlapra

## The trust card: who is on the other side

trust-helper-heading = Az Ön segítője
trust-sharer-heading = Akinek segít
trust-job-title = Beosztás
trust-company = Cég
trust-domain = Szervezet tartománya
trust-domain-verified = Ellenőrzött
trust-domain-unverified = Nem ellenőrzött
trust-not-set = Nincs megadva

## The device the helper is about to help with

device-heading = Eszköz
device-name = Név
device-system = Operációs rendszer
device-compliance = Megfelelőség
device-compliant = Megfelelő
device-not-compliant = Nem megfelelő
device-web-browser = A másik személy webböngészőből csatlakozott, ezért az eszköz nem azonosítható.
device-none = Nincs információ az eszközről.
warning-device-not-enrolled = Ez az eszköz nincs regisztrálva a szervezetében.
warning-device-not-enrolled-detail = Az identitása és a biztonsági állapota ismeretlen. Legyen óvatos azzal, hogy mit nyit meg vagy ír be rajta.
warning-device-not-compliant = Ez az eszköz nem felel meg a szervezete megfelelőségi szabályzatainak:

## Chat

chat-heading = Csevegés
chat-list-label = Üzenetek
chat-input-label = Üzenet
chat-placeholder = Írjon üzenetet…
chat-send = Küldés
chat-you = Ön
chat-role-helper = Segítő
chat-role-sharer = Segítséget kérő
chat-sending = Küldés…
chat-too-long = Egy üzenet legfeljebb { $max } karakterből állhat.

## Helper console

helper-page-title = Távsegítség – Assist
helper-page-title-org = Távsegítség – { $organisation }
helper-start-heading = Távsegítségi munkamenet indítása
helper-start-intro = Egy 8 jegyű biztonsági kódot kap. Adja meg annak, akinek segít; a kód beírásával csatlakozik.
helper-device-label = Eszköz (nem kötelező)
helper-device-none = Nincs megadott eszköz
helper-device-hint = Ha ismeri, válassza ki a másik személy eszközét: a munkamenet ekkor csak azon az eszközön működik, és láthatja a megfelelőségi állapotát.
helper-start-button = Új távsegítségi munkamenet
helper-start-another = Újabb munkamenet indítása
helper-session-heading = Távsegítségi munkamenet
helper-code-heading = Biztonsági kód
helper-code-copy = Kód másolása
helper-code-copied = A kód vágólapra másolva.
helper-code-copy-failed = Nem sikerült másolni a kódot. Olvassa fel inkább.
helper-code-expires-in = Lejár: { $time }
helper-code-expired = A kód lejárt.
helper-code-one-minute = A biztonsági kód egy perc múlva lejár.
helper-code-instructions = Kérje meg a másik személyt, hogy nyissa meg a következő címet: { $address }, jelentkezzen be, és írja be ezt a kódot.
helper-code-not-shown-again = A biztonsági kód csak egyszer jelenik meg. Ha a másik személy még nem csatlakozott, fejezze be ezt a munkamenetet, és indítson újat.
helper-status-waiting = Várakozás, hogy a másik személy beírja a kódot…
helper-status-joined = { $name } csatlakozott. Ha készen áll, kérje a képernyője megtekintését.
helper-status-asked-view = Várakozás, hogy { $name } engedélyezze a képernyője megtekintését…
helper-status-asked-control = Várakozás, hogy { $name } engedélyezze a teljes irányítást…
helper-status-connecting = Csatlakozás { $name } képernyőjéhez…
helper-status-viewing = Ön { $name } képernyőjét látja.
helper-sharer-joined = { $name } csatlakozott a munkamenethez.
helper-request-declined = { $name } elutasította a kérését.
helper-granted-view = { $name } engedélyezte a képernyője megtekintését.
helper-granted-control = { $name } engedélyezte a teljes irányítást.
helper-granted-view-only = { $name } csak a megtekintést engedélyezte.
helper-escalation-declined = { $name } a csak megtekintés mellett maradt.
helper-control-taken-back = { $name } visszavette az irányítást. A képernyőjét továbbra is látja.
helper-control-paused = { $name } szüneteltette az Ön irányítását.
helper-control-resumed = { $name } ismét átadta Önnek az irányítást.
helper-connection-failed = Nem sikerült csatlakozni a képernyőhöz. Ellenőrizze a hálózatot, vagy fejezze be a munkamenetet, és próbálkozzon újra.
helper-mode-heading = Mire van szüksége?
helper-mode-hint = Kérjen csak megtekintést, ha csak figyelni szeretne, vagy teljes irányítást, ha az egerét és a billentyűzetét is használná. A döntés a másik személyé.
helper-mode-web-hint = A másik személy webböngészőt használ, amely csak megtekintésre tudja megosztani a képernyőt. A teljes irányításhoz az Assist alkalmazásra van szükség az eszközén.
helper-escalate-hint = Kérhet teljes irányítást; a másik személy ismét dönt.
helper-request-view = Csak megtekintés kérése
helper-request-control = Teljes irányítás kérése

## The remote screen in the helper console

viewer-heading = { $name } képernyője
viewer-stage-label = { $name } távoli képernyője
viewer-toolbar-label = Képernyőnézet
viewer-fit = Ablakhoz igazítás
viewer-actual-size = Tényleges méret
viewer-full-screen = Teljes képernyő
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Csak megtekintés
viewer-mode-control = Teljes irányítás
viewer-mode-paused = Irányítás szüneteltetve
viewer-role-view = távoli képernyő, csak megtekintés
viewer-role-control = távoli képernyő, az egere és a billentyűzete a másik számítógépet vezérli
viewer-hint-view = Látja a képernyőt, de nem használhatja.
viewer-hint-control = A használatához kattintson a képernyőre. Amíg fókuszban van, minden billentyűleütés – a billentyűparancsokat is beleértve – a másik számítógépre kerül. Az eszköztárra való visszatéréshez nyomja le a Ctrl+Alt+Home billentyűkombinációt.

## Sharer web app

share-page-title = Segítség kérése – Assist
share-page-title-org = Segítség kérése – { $organisation }
share-join-heading = Segítség kérése
share-join-intro = Írja be a segítőjétől kapott biztonsági kódot. Mielőtt a segítő bármit is látna, Ön láthatja, hogy kicsoda.
share-code-label = Biztonsági kód
share-code-hint = 8 számjegy, például 1234 5678.
share-code-invalid-format = Adja meg a biztonsági kód 8 számjegyét.
share-join-button = Tovább
share-join-another = Másik kód megadása
share-session-heading = Távsegítség
share-status-joined = Kapcsolódva a következő személyhez: { $name }. Hamarosan kérni fogja a képernyője megtekintését.
share-status-asked = { $name } az Ön válaszára vár.
share-status-sharing = Ön megosztja a képernyőjét a következő személlyel: { $name }.
share-request-view-heading = { $name } szeretné látni a képernyőjét
share-request-view-text = { $name } mindent látni fog a kiválasztott képernyőn, de nem használhatja az egerét és a billentyűzetét. Bármikor leállíthatja.
share-request-control-heading = { $name } teljes irányítást kér
share-request-control-text = Teljes irányítással { $name } használhatná az egerét és a billentyűzetét.
share-control-needs-app = A teljes irányításhoz az Assist alkalmazásra van szükség ezen az eszközön. A böngészőben csak megtekintésre oszthatja meg a képernyőjét.
share-allow = Engedélyezés
share-allow-view-only = Csak megtekintés engedélyezése
share-decline = Elutasítás
share-keep-view-only = Csak megtekintés megtartása
share-picker-cancelled = Nem választott képernyőt, ezért semmi sincs megosztva. Válassza ismét az Engedélyezés lehetőséget egy képernyő kiválasztásához, vagy az Elutasítás lehetőséget.
share-capture-failed = Ez a böngésző nem tudta megosztani a képernyőt. Próbálkozzon másik böngészővel, vagy utasítsa el a kérést.
share-reshare-heading = A képernyője már nincs megosztva
share-reshare-text = Az oldal újratöltődött, ezért { $name } már nem látja a képernyőjét. Ossza meg újra, vagy fejezze be a munkamenetet.
share-reshare-button = Képernyő ismételt megosztása
share-bar-label = Képernyőmegosztás
share-bar-text = Ön megosztja a képernyőjét a következő személlyel: { $name }
share-stop = Megosztás leállítása
share-connection-failed = Nem sikerült elküldeni a képernyő képét. Ellenőrizze a hálózatot, vagy fejezze be a munkamenetet, és próbálkozzon újra.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Ön befejezte a munkamenetet.
ended-helper-sharer-left = { $name } befejezte a munkamenetet.
ended-helper-helper-disconnected = A kapcsolata túl sokáig megszakadt, ezért a munkamenet véget ért.
ended-helper-sharer-disconnected = { $name } kapcsolata megszakadt, és nem állt helyre, ezért a munkamenet véget ért.
ended-helper-code-expired = Senki sem írta be a kódot a lejárata előtt.
ended-helper-declined-timeout = { $name } nem válaszolt időben a kérésére.
ended-helper-revoked = Egy rendszergazda befejezte ezt a munkamenetet.
ended-helper-policy = A munkamenet véget ért, mert a távsegítséget kikapcsolták a szervezetében.
ended-helper-access-withdrawn = A munkamenet véget ért, mert megváltozott a hozzáférése: a fiókja, a bejelentkezése vagy a távsegítségi szerepköre már nem engedélyezi ezt a munkamenetet.
ended-helper-other = A munkamenet véget ért.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } befejezte a munkamenetet.
ended-sharer-sharer-left = Ön befejezte a munkamenetet. Már semmi sincs megosztva.
ended-sharer-helper-disconnected = { $name } kapcsolata megszakadt, és nem állt helyre, ezért a munkamenet véget ért.
ended-sharer-sharer-disconnected = A kapcsolata túl sokáig megszakadt, ezért a munkamenet véget ért.
ended-sharer-code-expired = A kód lejárt.
ended-sharer-declined-timeout = Nem válaszolt időben, ezért a munkamenet véget ért. Semmi sem lett megosztva.
ended-sharer-revoked = Egy rendszergazda befejezte ezt a munkamenetet.
ended-sharer-policy = A munkamenet véget ért, mert a távsegítséget kikapcsolták a szervezetében.
ended-sharer-access-withdrawn = A munkamenet véget ért, mert { $name } már nem segíthet Önnek, vagy megváltozott a saját hozzáférése. Már semmi sincs megosztva.
ended-sharer-other = A munkamenet véget ért.

## Refusals from the server

error-remote-help-disabled = A távsegítség ki van kapcsolva a szervezetében. Egy rendszergazda bekapcsolhatja.
error-code-invalid = Ez a kód érvénytelen. Ellenőrizze a számjegyeket, és próbálkozzon újra.
error-code-expired = Ez a kód lejárt. Kérjen újat a segítőjétől.
error-code-used = Ezt a kódot már felhasználták. Kérjen újat a segítőjétől.
error-unenrolled-device = A szervezete csak regisztrált eszközökön engedélyezi a segítségnyújtást. Telepítse az Assist alkalmazást erre az eszközre, vagy forduljon a rendszergazdához.
error-wrong-device = Ezt a munkamenetet egy másik eszközhöz indították. Kérjen a segítőjétől kódot ehhez az eszközhöz.
error-chat-disabled = A csevegés ki van kapcsolva a szervezetében.
error-invalid-transition = Ez a munkamenet jelenlegi szakaszában nem lehetséges.
error-session-ended = Ez a munkamenet már véget ért.
error-control-needs-agent = A teljes irányításhoz az Assist alkalmazásra van szükség a másik személy eszközén.
error-session-not-found = Ez a munkamenet nem létezik, vagy Ön nem résztvevője.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = A fiókja nem ajánlhat fel távsegítséget: ehhez a(z) „Távsegítség felajánlása” és „Képernyő megtekintése” engedély kell. Kérje meg a szervezete egyik rendszergazdáját, hogy tegye segítővé.
error-browser-sharing-not-allowed = A szervezete nem engedélyezi a képernyő megosztását webböngészőből. Telepítse az Assist alkalmazást erre az eszközre, és ott adja meg a kódot, vagy forduljon az ügyfélszolgálathoz.
error-sharer-out-of-scope = Ez a segítő nem segíthet Önnek: a szerepköre nem terjed ki Önre vagy erre az eszközre. Kérdezze meg az ügyfélszolgálatot, ki segíthet.
error-own-session = Ezt a munkamenetet Ön indította. Adja meg a kódot annak, akinek segít; ő írja be a csatlakozáshoz.
error-helper-unavailable = A kódot adó segítő már nem tud segíteni. Kérjen mást az ügyfélszolgálattól.
error-device-in-other-organisation = Ez az eszköz egy másik szervezetben van regisztrálva. Forduljon a rendszergazdához.
error-device-out-of-scope = Ez az eszköz kívül esik a szerepkörén: nem segíthet rajta. Válasszon másik eszközt, vagy egyet se.
error-chat-empty = Küldés előtt írjon üzenetet.
error-chat-too-long = Ez az üzenet túl hosszú. Rövidítse le, és küldje el újra.
error-chat-invalid-characters = Ez az üzenet láthatatlan vezérlőkaraktereket tartalmaz, amelyeket nem lehet elküldeni. Távolítsa el őket, és próbálja újra.
helper-permission-heading = Még nem ajánlhat fel távsegítséget
helper-permission-text = A távsegítség felajánlásához a(z) „Távsegítség felajánlása” és „Képernyő megtekintése” engedély szükséges, amellyel a fiókja nem rendelkezik.
helper-ask-admin = Kérje meg a(z) { $organisation } egyik rendszergazdáját, hogy módosítsa ezt.
helper-disabled-heading = A távsegítség ki van kapcsolva
helper-disabled-text = A szervezete nem kapcsolta be a távsegítséget, ezért még nem indítható munkamenet.
helper-open-settings = A szervezet beállításainak megnyitása
helper-browser-note = A szervezete nem engedélyezi a megosztást webböngészőből: akinek segít, annak az Assist alkalmazásra van szüksége egy regisztrált eszközön.
helper-join-refused-heading = Valaki megpróbált csatlakozni ezzel a kóddal
helper-join-refused-browser-sharing-not-allowed = Webböngészőt használt, a szervezete pedig nem engedélyezi a megosztást böngészőből. Kérje meg, hogy ugyanezt a kódot az Assist alkalmazásban adja meg: még érvényes.
helper-join-refused-unenrolled-device = Az eszköze nincs regisztrálva, a szervezete pedig csak regisztrált eszközökön engedélyez segítséget. Kérje meg, hogy egy regisztrált eszközön használja az Assist alkalmazást: a kód még érvényes.
helper-join-refused-sharer-out-of-scope = A szerepköre nem terjed ki erre a személyre vagy az eszközére, ezért nem tudott csatlakozni. Adja át egy olyan segítőnek, akinek a szerepköre kiterjed rá, vagy kérje meg a rendszergazdát, hogy bővítse az Önét.
helper-join-refused-wrong-device = Más eszközt használt, mint amelyet ehhez a munkamenethez választott. Kérje meg, hogy azon az eszközön használja az Assist alkalmazást: a kód még érvényes.
share-app-explained = Az Assist alkalmazás a szervezete programja, amellyel segítséget kaphat ezen a számítógépen. Vele a segítő használhatja az egerét és a billentyűzetét, miközben Ön nézi, és Ön bármikor visszaveheti az irányítást vagy leállíthatja. Ha nincs telepítve, kérdezze meg az ügyfélszolgálatot.
share-app-download = Az Assist alkalmazás letöltése

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } kapcsolata megszakadt. Várakozás a visszatérésére…
presence-grace-left = A munkamenet { $time } múlva véget ér, ha nem tér vissza.
presence-nobody-sees = Amíg távol van, senki sem látja a képernyőjét. A megosztás a visszatérésekor folytatódik.
presence-end-now = Befejezés most
presence-back = { $name } visszatért.
presence-back-reshare = { $name } visszatért, és meg kell osztania újra a képernyőjét.
share-bar-paused-text = Most senki sem látja a képernyőjét: { $name } kapcsolata megszakadt
