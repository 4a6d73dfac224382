# Messages of the admin console (/admin), Hungarian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Felügyeleti konzol – { -product-name }
admin-page-title = { $section } – Felügyeleti konzol – { $organisation }
admin-console-name = Felügyeleti konzol
admin-back-home = Vissza a kezdőlapra
admin-nav-label = Felügyeleti konzol
admin-nav-group-people = Személyek
admin-nav-group-access = Hozzáférés
admin-nav-group-devices = Eszközök
admin-nav-group-organisation = Szervezet
admin-nav-group-activity = Tevékenység

admin-denied-title = Nincs hozzáférés – { -product-name }
admin-denied-heading = Nincs engedélye a felügyeleti konzol használatára
admin-denied-text = A fiókja használhatja az { -product-name } szolgáltatást, de nem kezelheti a szervezetét.
admin-denied-help = Ha felhasználókat, eszközöket vagy beállításokat kell kezelnie, kérje meg a szervezete egyik rendszergazdáját, hogy rendeljen Önhöz egy ezekkel az engedélyekkel rendelkező szerepkört.

## Shared words

admin-save = Mentés
admin-cancel = Mégse
admin-done = Kész
admin-edit = Szerkesztés
admin-delete = Törlés
admin-remove = Eltávolítás
admin-revoke = Visszavonás
admin-manage = Kezelés
admin-copy = Másolás
admin-refresh = Frissítés
admin-search = Keresés
admin-apply-filters = Szűrők alkalmazása
admin-clear-filters = Szűrők törlése
admin-export-csv = Exportálás CSV-be
admin-filter-any = Bármelyik
admin-filter-anyone = Bárki
admin-filter-any-device = Bármelyik eszköz
admin-not-set = Nincs megadva
admin-never = Soha
admin-no-changes = Nincs mit menteni: egyetlen mező sem módosult.
admin-name-taken = Ez a név már használatban van. Válasszon másikat.
admin-number-range = Adjon meg egy egész számot { $min } és { $max } között.
admin-error-refused = A kiszolgáló elutasította a műveletet: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Ezt a részt nem használhatja: a(z) „{ $permission }” engedély kell hozzá a teljes szervezetre (minden felhasználóra és eszközre), a szerepkörei pedig nem adják meg ilyen szélesen.
admin-section-denied-ask = Kérje meg a(z) { $organisation } egyik rendszergazdáját, hogy adja meg Önnek a teljes szervezetre.
admin-choose-user = Válasszon személyt…
admin-choose-user-first = Először válasszon személyt.
admin-choose-device = Válasszon eszközt…
admin-choose-device-first = Először válasszon eszközt.
admin-choose-role = Válasszon szerepkört…
admin-no-devices-yet = Még nincsenek regisztrált eszközök
admin-unknown-user = Ismeretlen felhasználó
admin-unknown-group = Ismeretlen csoport
admin-unknown-role = Ismeretlen szerepkör

admin-page-previous = Előző oldal
admin-page-next = Következő oldal
admin-page-number = { $page }. oldal

admin-duration-seconds = { $seconds } mp
admin-duration-minutes = { $minutes } perc
admin-duration-hours = { $hours } óra { $minutes } perc
admin-duration-running = eddig { $duration }

## Table column headings

admin-column-name = Név
admin-column-email = E-mail-cím
admin-column-job-title = Beosztás
admin-column-company = Cég
admin-column-role = Szerepkör
admin-column-status = Állapot
admin-column-actions = Műveletek
admin-column-description = Leírás
admin-column-members = Tagok
admin-column-created = Létrehozva
admin-column-permissions = Engedélyek
admin-column-member-groups = Kik kapják
admin-column-scope = Hatókör
admin-column-state = Állapot
admin-column-targets = Kikre vonatkozik
admin-column-conditions = Feltételek
admin-column-grant = Művelet
admin-column-device = Eszköz
admin-column-platform = Operációs rendszer
admin-column-primary-user = Elsődleges felhasználó
admin-column-agent = Ügynök verziója
admin-column-enrollment = Regisztráció
admin-column-compliance = Megfelelőség
admin-column-last-check-in = Utolsó jelentkezés
admin-column-uses = Regisztrált eszközök
admin-column-expires = Lejárat
admin-column-rules = Szabályok
admin-column-helper = Segítő
admin-column-sharer = Segítséget kérő
admin-column-access = Megadott hozzáférés
admin-column-started = Kezdés
admin-column-duration = Időtartam
admin-column-outcome = Befejezés módja
admin-column-chat = Csevegőüzenetek
admin-column-time = Időpont
admin-column-actor = Ki
admin-column-action = Művelet
admin-column-target = Érintett elem
admin-column-detail = Részletek

## Users

admin-users-title = Felhasználók
admin-users-intro = A szervezete azon tagjai, akik bejelentkezhetnek az { -product-name } szolgáltatásba, valamint a profiljuk úgy, ahogyan azok látják, akiknek segítenek.
admin-users-search = Keresés név, e-mail-cím, beosztás vagy cég szerint
admin-users-search-label = Felhasználók keresése
admin-users-pages = Felhasználók oldalai
admin-users-search-summary =
    { $count ->
        [0] Ezen az oldalon egy felhasználó sem felel meg a keresésnek: „{ $term }”.
        [one] Egy felhasználó felel meg a keresésnek: „{ $term }”.
       *[other] { $count } felhasználó felel meg a keresésnek: „{ $term }”.
    }
admin-users-none-found = Egy felhasználó sem felel meg a keresésnek: „{ $term }”.
admin-users-empty = Még nincsenek felhasználók.
admin-user-create = Felhasználó létrehozása
admin-user-create-title = Felhasználó létrehozása
admin-user-create-submit = Felhasználó létrehozása
admin-user-created = A felhasználó létrejött: { $name }.
admin-user-job-title = Beosztás (nem kötelező)
admin-user-company = Cég (nem kötelező)
admin-user-initial-password = Kezdeti jelszó (nem kötelező)
admin-user-initial-password-hint = Legalább 12 karakter. Jelszó nélkül a felhasználó csak egyszeri bejelentkezéssel vagy helyreállítási hivatkozással tud bejelentkezni.
admin-user-is-admin = A szervezet rendszergazdája
admin-user-is-admin-hint = A rendszergazdák a szerepköreiktől függetlenül bármit megtehetnek.
admin-user-edit-title = Szerkesztés: { $name }
admin-user-edit-label = Szerkesztés: { $name }
admin-user-email-fixed = Az e-mail-cím azonosítja a fiókot, ezért itt nem módosítható.
admin-user-disabled = Bejelentkezés letiltva
admin-user-disabled-hint = A bejelentkezés letiltása a felhasználó munkameneteit is befejezi, és visszavonja az API-tokenjeit.
admin-user-new-password = Új jelszó (nem kötelező)
admin-user-new-password-hint = Hagyja üresen a jelenlegi jelszó megtartásához. Új jelszó megadásakor a felhasználó mindenhol kijelentkezik.
admin-user-saved = A módosítások mentve: { $name }.
admin-user-status-active = Aktív
admin-user-status-disabled = Bejelentkezés letiltva
admin-user-delete-label = Törlés: { $name }
admin-user-delete-title = Törli ezt a felhasználót: { $name }?
admin-user-delete-text = A(z) { $email } fiók törlődik, és mindenhol kijelentkezik. Ez a művelet nem vonható vissza.
admin-user-delete-confirm = Felhasználó törlése
admin-user-deleted = A felhasználó törölve: { $name }.
admin-user-picture = Profilkép
admin-user-picture-choose = Kép feltöltése
admin-user-picture-remove = Kép eltávolítása
admin-user-picture-hint = Legfeljebb 256 KB méretű PNG- vagy JPEG-kép. Azonnal érvénybe lép; akiknek a felhasználó segít, a képernyőjük megosztása előtt látják.
admin-user-picture-uploading = A kép feltöltése…
admin-user-picture-updated = A kép frissítve: { $name }.
admin-user-picture-removed = A kép eltávolítva: { $name }.

## Groups

admin-groups-title = Csoportok
admin-groups-intro = A csoportok személyeket és eszközöket fognak össze. A szerepkör-hozzárendelések a csoportok tagjainak adnak szerepköröket más csoportokra vonatkozóan.
admin-groups-pages = Csoportok oldalai
admin-groups-empty = Még nincsenek csoportok. Hozzon létre egyet, hogy szerepköröket adhasson a tagjainak.
admin-groups-back = Összes csoport
admin-group-create = Csoport létrehozása
admin-group-create-title = Csoport létrehozása
admin-group-create-submit = Csoport létrehozása
admin-group-created = A csoport létrejött: { $name }.
admin-group-name = Csoport neve
admin-group-description = Leírás (nem kötelező)
admin-group-description-hint = Mire szolgál a csoport, például „Berlini ügyfélszolgálati munkatársak”.
admin-group-member-count =
    { $count ->
        [0] Nincsenek tagok
        [one] 1 tag
       *[other] { $count } tag
    }
admin-group-manage-label = Csoport kezelése: { $name }
admin-group-delete = Csoport törlése
admin-group-delete-label = Csoport törlése: { $name }
admin-group-delete-title = Törli ezt a csoportot: { $name }?
admin-group-delete-text = A tagjai megtartják a fiókjukat, de elveszítik mindazt, amit a szerepkör-hozzárendelések ezen a csoporton keresztül adtak nekik. Ez a művelet nem vonható vissza.
admin-group-delete-confirm = Csoport törlése
admin-group-deleted = A csoport törölve: { $name }.
admin-group-detail-intro = Nevezze át a csoportot, és válassza ki a tagjait és az eszközeit.
admin-group-details = Név és leírás
admin-group-saved = A csoport mentve: { $name }.
admin-group-members = Tagok
admin-group-no-members = Ennek a csoportnak még nincsenek tagjai.
admin-group-add-member = Tag hozzáadása
admin-group-add-member-label = Hozzáadandó személy
admin-group-everyone-member = Már mindenki tag
admin-group-member-added = { $name } hozzáadva a csoporthoz: { $group }.
admin-group-member-removed = { $name } eltávolítva a csoportból: { $group }.
admin-group-remove-member-label = { $name } eltávolítása a csoportból
admin-group-devices = Eszközök
admin-group-devices-intro = Azok a szerepkör-hozzárendelések, amelyek hatókörében szerepel ez a csoport, a csoport eszközeire is vonatkoznak.
admin-group-device-label = Eszköz
admin-group-add-device = Hozzáadás a csoporthoz
admin-group-remove-device-label = { $device } eltávolítása a csoportból
admin-group-no-devices = Ebben a csoportban még nincsenek eszközök.
admin-group-device-added = { $device } hozzáadva a csoporthoz: { $group }.
admin-group-device-removed = { $device } eltávolítva a csoportból: { $group }.

## Roles and role assignments

admin-roles-title = Szerepkörök
admin-roles-intro = A szerepkör engedélyek készlete. A szerepkör-hozzárendelések a csoportok tagjainak adnak szerepkört a hatókörükbe tartozó személyekre és eszközökre vonatkozóan.
admin-roles-list = Szerepkörök
admin-roles-list-intro = A beépített szerepkörök nem módosíthatók; egyéni szerepkör létrehozásához másoljon le egyet.
admin-roles-empty = Nincsenek szerepkörök.
admin-role-create = Szerepkör létrehozása
admin-role-create-title = Szerepkör létrehozása
admin-role-create-submit = Szerepkör létrehozása
admin-role-created = A szerepkör létrejött: { $name }.
admin-role-edit-title = Szerepkör szerkesztése: { $name }
admin-role-edit-label = Szerepkör szerkesztése: { $name }
admin-role-saved = A szerepkör mentve: { $name }.
admin-role-copy = Másolás
admin-role-copy-label = Szerepkör másolása új szerepkörként: { $name }
admin-role-copy-name = { $name } (másolat)
admin-role-name = Szerepkör neve
admin-role-description = Leírás (nem kötelező)
admin-role-built-in = Beépített
admin-role-no-permissions = Nincsenek engedélyek
admin-role-delete-label = Szerepkör törlése: { $name }
admin-role-delete-title = Törli ezt a szerepkört: { $name }?
admin-role-delete-text = Csak olyan szerepkör törölhető, amelyet egyetlen hozzárendelés sem ad. Ez a művelet nem vonható vissza.
admin-role-delete-confirm = Szerepkör törlése
admin-role-deleted = A szerepkör törölve: { $name }.

admin-perm-group-remote-help = Távsegítség
admin-perm-group-reading = Olvasás
admin-perm-group-administration = Felügyelet
admin-perm-offer = Távsegítség felajánlása
admin-perm-offer-hint = Távsegítségi munkamenet indítása a hatókörbe tartozó személlyel.
admin-perm-view-screen = Képernyő megtekintése
admin-perm-view-screen-hint = A hatókörbe tartozó személy képernyőjének megtekintése.
admin-perm-full-control = Teljes irányítás átvétele
admin-perm-full-control-hint = A hatókörbe tartozó személy egerének és billentyűzetének használata az ő beleegyezésével.
admin-perm-elevation = Jogosultságszint emelése
admin-perm-elevation-hint = Egy későbbi verzióhoz fenntartva: emelt szintű futtatás a személy eszközén.
admin-perm-read = Eszközök és jelentések olvasása
admin-perm-read-hint = Az eszközleltár, az élő munkamenetek és a munkamenet-jelentések megtekintése.
admin-perm-manage-users = Felhasználók és csoportok kezelése
admin-perm-manage-users-hint = Felhasználók és csoportok, valamint képeik és második hitelesítési tényezőik létrehozása, módosítása és törlése.
admin-perm-manage-roles = Szerepkörök kezelése
admin-perm-manage-roles-hint = Szerepkörök és szerepkör-hozzárendelések létrehozása és módosítása.
admin-perm-manage-devices = Eszközök kezelése
admin-perm-manage-devices-hint = Regisztrációs tokenek létrehozása, eszközök kivonása és törlése.
admin-perm-manage-settings = Beállítások kezelése
admin-perm-manage-settings-hint = A szervezet beállításainak és ellenőrzött tartományainak módosítása, élő munkamenetek leállítása.
admin-perm-manage-policies = Szabályzatok kezelése
admin-perm-manage-policies-hint = Feltételes hozzáférési és megfelelőségi szabályzatok létrehozása és módosítása.
admin-perm-read-audit = Auditnapló olvasása
admin-perm-read-audit-hint = Minden rögzített módosítás és bejelentkezés megtekintése és exportálása.
admin-perm-create-api-tokens = API-tokenek létrehozása
admin-perm-create-api-tokens-hint = Tokenek létrehozása olyan szkriptekhez, amelyek a tulajdonos saját jogaival működnek. A tokenek 90 nap után lejárnak, hacsak nincs másként beállítva (legfeljebb egy év).

admin-assignments-title = Szerepkör-hozzárendelések
admin-assignments-intro = Ki milyen szerepkört kap, és kikre vonatkozóan.
admin-assignments-empty = Még nincsenek szerepkör-hozzárendelések. Ezek nélkül csak a rendszergazdák segíthetnek bárkinek.
admin-assignment-create = Hozzárendelés létrehozása
admin-assignment-create-title = Szerepkör-hozzárendelés létrehozása
admin-assignment-create-submit = Hozzárendelés létrehozása
admin-assignment-created = A hozzárendelés létrejött: { $name }.
admin-assignment-edit-title = Hozzárendelés szerkesztése: { $name }
admin-assignment-edit-label = Hozzárendelés szerkesztése: { $name }
admin-assignment-saved = A hozzárendelés mentve: { $name }.
admin-assignment-name = Hozzárendelés neve
admin-assignment-name-hint = Például „Az ügyfélszolgálat segít a pénzügynek”.
admin-assignment-role = Szerepkör
admin-assignment-members = A szerepkört megkapják ezen csoportok tagjai
admin-assignment-members-hint = A segítők: ezekben a csoportokban mindenki megkapja a szerepkört.
admin-assignment-no-groups = Még nincsenek csoportok. Először hozzon létre csoportokat.
admin-assignment-scope = Hatókör
admin-assignment-scope-hint = Azok a személyek és eszközök, amelyekre a szerepkör kiterjed.
admin-assignment-scope-groups = Ezen csoportok személyei és eszközei
admin-assignment-scope-groups-hint = A kiválasztott csoportok tagjai és eszközei.
admin-assignment-needs-members = Válasszon ki legalább egy csoportot, amely megkapja a szerepkört.
admin-assignment-needs-scope = Válassza ki, mire terjed ki a szerepkör: az összes felhasználóra, az összes eszközre vagy csoportokra.
admin-assignment-delete-label = Hozzárendelés törlése: { $name }
admin-assignment-delete-title = Törli ezt a hozzárendelést: { $name }?
admin-assignment-delete-text = A csoportjai tagjai azonnal elveszítik az általa adott szerepkört. Ez a művelet nem vonható vissza.
admin-assignment-delete-confirm = Hozzárendelés törlése
admin-assignment-deleted = A hozzárendelés törölve: { $name }.
admin-scope-all-users = Összes felhasználó
admin-scope-all-users-hint = A szervezet minden tagja.
admin-scope-all-devices = Összes eszköz
admin-scope-all-devices-hint = A szervezet minden regisztrált eszköze.

## Conditional access

admin-policies-title = Feltételes hozzáférés
admin-policies-intro = A szabályzatok döntik el, hogy egy segítő használhatja-e a konzolt; a rendszer bejelentkezéskor és munkamenet indításakor is ellenőrzi őket. Elutasításkor megjelenik a szabályzat neve.
admin-policies-list = Szabályzatok
admin-policies-empty = Nincsenek feltételes hozzáférési szabályzatok. Minden segítő, aki be tud jelentkezni, használhatja a konzolt.
admin-policy-create = Szabályzat létrehozása
admin-policy-create-title = Feltételes hozzáférési szabályzat létrehozása
admin-policy-create-submit = Szabályzat létrehozása
admin-policy-created = A szabályzat létrejött: { $name }.
admin-policy-edit-title = Szabályzat szerkesztése: { $name }
admin-policy-edit-label = Szabályzat szerkesztése: { $name }
admin-policy-saved = A szabályzat mentve: { $name }.
admin-policy-delete-label = Szabályzat törlése: { $name }
admin-policy-delete-title = Törli ezt a szabályzatot: { $name }?
admin-policy-delete-text = A szabályzat azonnal megszűnik érvényesülni. Ez a művelet nem vonható vissza.
admin-policy-delete-confirm = Szabályzat törlése
admin-policy-deleted = A szabályzat törölve: { $name }.
admin-policy-name = Szabályzat neve
admin-policy-name-hint = A segítők akkor látják, amikor a szabályzat elutasítja őket, ezért érdemes az okot megneveznie, például „Második tényező az irodán kívül”.
admin-policy-state = Állapot
admin-policy-state-enabled = Bekapcsolva
admin-policy-state-enabled-hint = A szabályzat érvényesül.
admin-policy-state-report-only = Csak jelentés
admin-policy-state-report-only-hint = A rendszer kiértékeli a szabályzatot, és az auditnaplóba írja, mit tett volna, de soha senkit nem utasít el. Az új szabályzatokat először így próbálja ki.
admin-policy-state-disabled = Kikapcsolva
admin-policy-state-disabled-hint = A rendszer figyelmen kívül hagyja a szabályzatot.
admin-policy-targets = Kikre vonatkozik
admin-policy-targets-hint = Azok a segítők, akikre ez a szabályzat vonatkozik.
admin-policy-all-users = Összes felhasználó
admin-policy-users = Ezek a személyek
admin-policy-groups = Ezen csoportok tagjai
admin-policy-needs-targets = Válassza ki, kikre vonatkozik a szabályzat: az összes felhasználóra, személyekre vagy csoportokra.
admin-policy-conditions = Feltételek
admin-policy-conditions-hint = A szabályzat csak akkor érvényes, ha az itt megadott összes feltétel teljesül. Ha üresen hagyja őket, mindig érvényes.
admin-policy-inside = Az ügyfél címe ezen hálózatok egyikében van
admin-policy-inside-hint = Soronként egy tartomány CIDR-jelöléssel, például 10.0.0.0/8 vagy 2001:db8::/32.
admin-policy-outside = Az ügyfél címe ezen hálózatok egyikében sincs
admin-policy-outside-hint = Az irodán kívül érvényes szabályokhoz. Soronként egy tartomány.
admin-policy-network-invalid = „{ $value }” nem hálózati tartomány. A tartományokat így adja meg: 192.168.0.0/16.
admin-policy-second-factor = Második tényező bejelentkezéskor
admin-policy-second-factor-any = Mindegy
admin-policy-second-factor-yes = Második tényezőt használtak
admin-policy-second-factor-no = Nem használtak második tényezőt
admin-policy-grant = Művelet
admin-policy-grant-allow = Engedélyezés
admin-policy-grant-allow-hint = Bekerül az auditnaplóba; más szabályzatok ettől még elutasíthatják.
admin-policy-grant-block = Letiltás
admin-policy-grant-block-hint = Elutasítja a bejelentkezést a konzolba és a munkamenetek indítását.
admin-policy-grant-second-factor = Második tényező megkövetelése
admin-policy-grant-second-factor-hint = Csak a második tényezővel végzett bejelentkezések engedélyezése.
admin-policy-lockout-warning = Ügyeljen arra, hogy ne zárja ki saját magát: az Önt letiltó szabályzat a következő bejelentkezésétől érvényes. Egy szabályzatot először Csak jelentés állapotban ellenőrizzen.
admin-policy-when-inside = Hálózaton belül: { $networks }
admin-policy-when-outside = Hálózaton kívül: { $networks }
admin-policy-when-second-factor = Második tényezőt használtak
admin-policy-when-no-second-factor = Nem használtak második tényezőt
admin-policy-always = Mindig

## Devices

admin-devices-title = Eszközök
admin-devices-intro = Az { -product-name } alkalmazással regisztrált eszközök a legutóbb jelentett adataikkal, és azzal, hogy megfelelnek-e a megfelelőségi szabályzatainak.
admin-devices-enroll-link = Eszközök regisztrálása
admin-devices-filters = Eszközök szűrése
admin-devices-search = Keresés
admin-devices-search-hint = Állomásnév, sorozatszám, modell vagy elsődleges felhasználó.
admin-devices-platform = Operációs rendszer
admin-devices-compliance = Megfelelőség
admin-devices-state = Regisztráció
admin-devices-pages = Eszközök oldalai
admin-devices-empty = Még nincsenek regisztrált eszközök. Hozzon létre regisztrációs tokent az első eszközök regisztrálásához.
admin-devices-none-match = Egy eszköz sem felel meg ezeknek a szűrőknek.
admin-devices-back = Összes eszköz
admin-device-remote-help = Új távsegítségi munkamenet
admin-device-unnamed = Névtelen eszköz
admin-device-compliant = Megfelelő
admin-device-not-compliant = Nem megfelelő
admin-device-failing-count =
    { $count ->
        [one] 1 nem teljesülő szabály
       *[other] { $count } nem teljesülő szabály
    }
admin-device-state-active = Regisztrálva
admin-device-state-retired = Kivonva
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nincs jelentve
admin-device-details = Részletek
admin-device-host-name = Állomásnév
admin-device-model = Modell
admin-device-serial = Sorozatszám
admin-device-agent-version = Ügynök verziója
admin-device-disk = Lemeztitkosítás
admin-device-disk-encrypted = Titkosítva
admin-device-disk-not-encrypted = Nincs titkosítva
admin-device-enrolled-at = Regisztrálva
admin-device-id = Eszközazonosító
admin-device-compliance = Megfelelőség
admin-device-meets-all = Ez az eszköz a megfelelőségi szabályzatok minden szabályának megfelel.
admin-device-failing-intro = Ezek a szabályok nem teljesülnek:
admin-device-policies-link = Megfelelőségi szabályzatok áttekintése
admin-device-retire = Eszköz kivonása
admin-device-retire-title = Kivonja ezt az eszközt: { $name }?
admin-device-retire-text = A hitelesítő adatai azonnal érvénytelenné válnak: többé nem tud jelentkezni, és nem tudja igazolni magát, amikor valaki segítséget kér rajta. Az eszköz a listában marad, kivontként megjelölve.
admin-device-retire-confirm = Eszköz kivonása
admin-device-retired = Az eszköz kivonva: { $name }.
admin-device-delete = Eszköz törlése
admin-device-delete-title = Törli ezt az eszközt: { $name }?
admin-device-delete-text = Az eszköz és az előzményei törlődnek a leltárból. Ha újra használni szeretné, regisztrálja újra. Ez a művelet nem vonható vissza.
admin-device-delete-confirm = Eszköz törlése

## Enrollment tokens

admin-tokens-title = Regisztrációs tokenek
admin-tokens-intro = Az eszközök az itt létrehozott tokennel regisztrálhatók. Minden token korlátozott ideig és korlátozott számú eszközhöz használható.
admin-tokens-list = Tokenek
admin-tokens-empty = Még nincsenek regisztrációs tokenek.
admin-token-create = Token létrehozása
admin-token-create-title = Regisztrációs token létrehozása
admin-token-create-submit = Token létrehozása
admin-token-created = A token létrejött: { $name }.
admin-token-name = Név
admin-token-name-hint = Hol használják, például „Berlini iroda laptopjai”.
admin-token-hours = Érvényesség (óra)
admin-token-hours-hint = 1–720 óra (30 nap).
admin-token-max-uses = Regisztrálható eszközök száma
admin-token-max-uses-hint = 1–10 000.
admin-token-shown-once = Másolja ki most ezt a tokent. Csak egyszer jelenik meg; ha elveszik, vonja vissza, és hozzon létre másikat.
admin-token-secret = Token: „{ $name }”
admin-token-secret-hint = Adja meg az { -product-name } alkalmazásnak az eszköz regisztrálásakor (assist-agent enroll). Bárki, akinél megvan, eszközöket regisztrálhat a szervezetébe, amíg le nem jár vagy vissza nem vonják.
admin-token-copy-label = Token másolása
admin-token-copied = A token a vágólapra másolva.
admin-token-copy-failed = Nem sikerült másolni a tokent. Jelölje ki, és másolja ki saját maga.
admin-token-active = Aktív
admin-token-revoked = Visszavonva
admin-token-expired = Lejárt
admin-token-used-up = Felhasználva
admin-token-uses = { $uses }/{ $max }
admin-token-revoke-label = Token visszavonása: { $name }
admin-token-revoke-title = Visszavonja ezt a tokent: { $name }?
admin-token-revoke-text = Ezzel a tokennel többé nem lehet eszközöket regisztrálni. A vele már regisztrált eszközök regisztráltak maradnak.
admin-token-revoke-confirm = Token visszavonása
admin-token-revoked-done = A token visszavonva: { $name }.

## Compliance policies

admin-compliance-title = Megfelelőségi szabályzatok
admin-compliance-intro = Szabályok, amelyeknek a regisztrált eszközöknek meg kell felelniük. Az az eszköz, amely valamelyiknek nem felel meg, nem megfelelőként lesz megjelölve, és a segítők figyelmeztetést kapnak, mielőtt segítenének rajta.
admin-compliance-list = Szabályzatok
admin-compliance-empty = Nincsenek megfelelőségi szabályzatok, így minden eszköz megfelelőnek számít.
admin-compliance-create = Szabályzat létrehozása
admin-compliance-create-title = Megfelelőségi szabályzat létrehozása
admin-compliance-create-submit = Szabályzat létrehozása
admin-compliance-created = A szabályzat létrejött: { $name }. Az eszközök ellenőrzése újra megtörtént.
admin-compliance-edit-title = Szabályzat szerkesztése: { $name }
admin-compliance-edit-label = Szabályzat szerkesztése: { $name }
admin-compliance-saved = A szabályzat mentve: { $name }. Az eszközök ellenőrzése újra megtörtént.
admin-compliance-delete-label = Szabályzat törlése: { $name }
admin-compliance-delete-title = Törli ezt a szabályzatot: { $name }?
admin-compliance-delete-text = A szabályai megszűnnek érvényesülni, és az eszközök ellenőrzése újra megtörténik. Ez a művelet nem vonható vissza.
admin-compliance-delete-confirm = Szabályzat törlése
admin-compliance-deleted = A szabályzat törölve: { $name }.
admin-compliance-name = Szabályzat neve
admin-compliance-name-hint = Minden nem teljesülő szabály mellett megjelenik, például „Alapszintű biztonság”.
admin-compliance-os-legend = Az operációs rendszer minimális verziója
admin-compliance-os-hint = Hagyja üresen a platformot, ha bármely verziót elfogad.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Például 14.2.1
admin-compliance-version-invalid = A verziót pontokkal elválasztott számokként adja meg, például 14.2.1.
admin-compliance-other-legend = Egyéb szabályok
admin-compliance-min-agent = Az { -product-name } alkalmazás minimális verziója
admin-compliance-max-days = Legfeljebb ennyi nap az utolsó jelentkezés óta
admin-compliance-max-days-hint = 1–365. Hagyja üresen, ha nem szeretne korlátot.
admin-compliance-disk = Lemeztitkosítás megkövetelése
admin-compliance-disk-hint = A rendszerlemeznek titkosítottnak kell lennie (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } vagy újabb
admin-rule-min-agent = Alkalmazás: { $version } vagy újabb
admin-rule-check-in =
    { $days ->
        [one] Jelentkezett az elmúlt egy napban
       *[other] Jelentkezett az elmúlt { $days } napban
    }
admin-rule-disk = Titkosított lemez
admin-rule-none = Nincsenek szabályok

## Settings

admin-settings-title = Beállítások
admin-settings-intro = Hogyan működik a távsegítség a szervezetében. Minden módosítás bekerül az auditnaplóba.
admin-settings-organisation = Szervezet
admin-settings-name-hint = Megjelenik a segítséget kérők számára, ha a segítő profiljában nincs megadva cég.
admin-settings-remote-help-heading = Távsegítség
admin-settings-remote-help = Távsegítség engedélyezése
admin-settings-remote-help-hint = A segítők csak akkor indíthatnak munkameneteket, ha ez be van kapcsolva. A kikapcsolása a folyamatban lévő munkameneteket is befejezi.
admin-settings-unenrolled = Segítségnyújtás engedélyezése nem regisztrált eszközökön
admin-settings-unenrolled-hint = Lehetővé teszi a képernyő megosztását webböngészőből vagy nem regisztrált eszközről. A segítők ekkor is figyelmeztetést kapnak, hogy az eszköz ismeretlen.
admin-settings-chat = Csevegés a munkamenetek alatt
admin-settings-chat-hint = A segítők és azok, akiknek segítenek, írhatnak egymásnak. Az üzenetek a munkamenet-jelentéssel együtt tárolódnak.
admin-settings-limits = Kódok és jelentések
admin-settings-code-lifetime = Biztonsági kód érvényessége (perc)
admin-settings-code-lifetime-hint = Meddig érvényes a segítő által felolvasott kód: { $min }–{ $max } perc.
admin-settings-retention = Munkamenet-jelentések megőrzése (nap)
admin-settings-retention-hint = A régebbi jelentések és a csevegésük törlődnek: { $min }–{ $max } nap.
admin-settings-save = Beállítások mentése
admin-settings-saved = A beállítások mentve.
admin-settings-updated-at = Utolsó módosítás: { $time }.
admin-settings-defaults = Ezek az alapértelmezett beállítások; még soha nem módosították őket.

## Live sessions

admin-live-title = Élő munkamenetek
admin-live-intro = Még be nem fejeződött távsegítségi munkamenetek. A lista néhány másodpercenként frissül.
admin-live-list = Folyamatban lévő munkamenetek
admin-live-empty = Nincs folyamatban lévő munkamenet.
admin-live-updated = Frissítve: { $time }
admin-live-count =
    { $count ->
        [0] Nincs folyamatban lévő munkamenet.
        [one] 1 munkamenet van folyamatban.
       *[other] { $count } munkamenet van folyamatban.
    }
admin-live-not-joined = Még nem csatlakozott
admin-live-nobody = még senki
admin-live-state-waiting = Várakozás a kódra
admin-live-state-joined = Csatlakozott
admin-live-state-requested = Hozzáférés kérése
admin-live-state-active = Megosztás
admin-live-state-ended = Véget ért
admin-live-revoke-label = { $helper } és { $sharer } munkamenetének leállítása
admin-live-revoke-title = Leállítja ezt a munkamenetet?
admin-live-revoke-text = { $helper } és { $sharer } munkamenete mindkettőjük számára azonnal véget ér.
admin-live-revoke-confirm = Munkamenet leállítása
admin-live-revoked = A munkamenet leállítva. Segítő: { $helper }.

## Session reports

admin-reports-title = Munkamenet-jelentések
admin-reports-intro = Minden távsegítségi munkamenet: ki kinek segített, melyik eszközön, milyen hozzáférést kapott, és hogyan ért véget.
admin-reports-filters = Munkamenet-jelentések szűrése
admin-reports-export-label = A szűrőknek megfelelő munkamenet-jelentések exportálása CSV-be
admin-reports-helper = Segítő
admin-reports-sharer = Segítséget kérő
admin-reports-device = Eszköz
admin-reports-end-reason = Befejezés módja
admin-reports-from = Kezdés ettől
admin-reports-to = Kezdés eddig
admin-reports-pages = Munkamenet-jelentések oldalai
admin-reports-empty = Még nincsenek munkamenet-jelentések.
admin-reports-none-match = Egy munkamenet sem felel meg ezeknek a szűrőknek.
admin-reports-back = Összes munkamenet-jelentés
admin-report-open-label = { $helper } munkamenete, kezdés: { $time }
admin-report-title = Segítő: { $helper } – segítséget kérő: { $sharer }
admin-report-title-alone = { $helper } munkamenete
admin-report-started = Kezdés: { $time }
admin-report-details = Részletek
admin-report-client = Megosztás innen
admin-report-joined = Csatlakozott
admin-report-ended = Véget ért
admin-report-id = Munkamenet-azonosító
admin-report-no-device = Nincs eszköz
admin-report-mode-control = Teljes irányítás
admin-report-mode-view = Csak megtekintés
admin-report-mode-none = Nincs
admin-report-transcript = Csevegés átirata
admin-report-transcript-count =
    { $count ->
        [0] Csevegés átirata
        [one] Csevegés átirata (1 üzenet)
       *[other] Csevegés átirata ({ $count } üzenet)
    }
admin-report-no-chat = Ebben a munkamenetben nem írtak csevegőüzenetet.
admin-role-helper = Segítő
admin-role-sharer = Segítséget kérő
admin-client-agent = { -product-name } alkalmazás
admin-client-web = Webböngésző

admin-end-helper-left = A segítő fejezte be
admin-end-sharer-left = A segítséget kérő fejezte be
admin-end-helper-disconnected = A segítő kapcsolata megszakadt
admin-end-sharer-disconnected = A segítséget kérő kapcsolata megszakadt
admin-end-code-expired = A kód felhasználatlanul lejárt
admin-end-declined-timeout = A kérésre nem érkezett válasz
admin-end-revoked = Egy rendszergazda leállította
admin-end-policy = Szervezeti szabály állította le
admin-end-access-withdrawn = Leállítva: hozzáférés visszavonva

## Audit log

admin-audit-title = Auditnapló
admin-audit-intro = Minden módosítás, bejelentkezés és munkamenet-esemény, a legújabbal kezdve. A napló csak bővíthető, és a láncolata felfedi az illetéktelen módosításokat.
admin-audit-filters = Az auditnapló szűrése
admin-audit-export-label = A szűrőknek megfelelő auditesemények exportálása CSV-be
admin-audit-actor = Ki
admin-audit-action = Művelet
admin-audit-action-hint = Például user.created vagy settings.updated.
admin-audit-since = Ettől
admin-audit-until = Eddig
admin-audit-pages = Auditesemények oldalai
admin-audit-empty = Az auditnapló üres.
admin-audit-none-match = Egy esemény sem felel meg ezeknek a szűrőknek.
admin-audit-show-detail = Részletek megjelenítése
admin-actor-cli = Kiszolgáló parancssora
admin-actor-setup-link = Beállítási hivatkozás
admin-actor-sso = Egyszeri bejelentkezés
admin-actor-anonymous = Nincs bejelentkezve

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Kezdje itt
admin-start-title = Első lépések
admin-start-intro = Három dolog, amelyet az első távsegítség-munkamenet előtt rendezni kell. Mindegyik később módosítható.
admin-start-done = Kész
admin-start-todo = Teendő
admin-start-settings-needed = Ehhez a beállítások kezelésére vonatkozó engedély kell. Kérje meg egy rendszergazdát, akinek megvan.
admin-start-remote-heading = Távsegítség bekapcsolása
admin-start-remote-off = A távsegítség ki van kapcsolva, így még senki sem indíthat munkamenetet.
admin-start-remote-on = A távsegítség be van kapcsolva: a segítők indíthatnak munkameneteket.
admin-start-remote-enable = Távsegítség bekapcsolása
admin-start-remote-turned-on = A távsegítség most már be van kapcsolva.
admin-start-browser-heading = Megosztás webböngészőből
admin-start-browser-allowed = Engedélyezve
admin-start-browser-not-allowed = Nincs engedélyezve
admin-start-browser-explain = A webböngésző nem tudja igazolni, melyik számítógépen fut, ezért nem regisztrált eszköznek számít. Ha a nem regisztrált eszközökön engedélyezett a segítségnyújtás, a képernyő böngészőből is megosztható, telepítés nélkül. A segítő ilyenkor csak látja a képernyőt, nem irányíthatja, és figyelmeztetést kap, hogy az eszköz ismeretlen.
admin-start-browser-off = Most nincs engedélyezve: csak a regisztrált eszközön futó { -product-name } alkalmazás oszthat meg. Aki böngészőben nyitja meg a megosztási oldalt és beír egy kódot, elutasítást kap.
admin-start-browser-on = Most engedélyezve: a képernyő megosztható böngészőből vagy nem regisztrált eszközről.
admin-start-browser-allow = Megosztás engedélyezése böngészőből
admin-start-browser-stop = Böngészős megosztás tiltása
admin-start-browser-allowed-now = A böngészőből való megosztás most már engedélyezett.
admin-start-browser-stopped = A böngészőből való megosztás már nem engedélyezett.
admin-start-helpers-heading = Segítők kijelölése
admin-start-helpers-none = Még senki sem nyújthat távsegítséget.
admin-start-helpers-count =
    { $count ->
        [one] { $count } személy nyújthat távsegítséget.
       *[other] { $count } személy nyújthat távsegítséget.
    }
admin-start-helpers-explain = A segítők a szervezet minden tagjának nyújtanak távsegítséget. Válasszon ki személyeket, majd a „Segítők kijelölése” gombot: a(z) { $group } csoport tagjai lesznek, amely Help Desk Operator szerepkörrel rendelkezik az összes felhasználó felett.
admin-start-helpers-pick = Segítővé váló személyek
admin-start-helpers-nobody = Itt már mindenki segítő. Valaki hozzáadásához hozzon létre egy felhasználót.
admin-start-helpers-roles-needed = Első alkalommal a segítők kijelölése a(z) { $group } csoportnak a szerepkörét is megadja, amihez a szerepkörök kezelésére vonatkozó engedély kell. Kérje meg egy rendszergazdát, akinek megvan.
admin-start-helpers-submit = Segítők kijelölése
admin-start-helpers-choose = Válasszon ki legalább egy személyt.
admin-start-helpers-made =
    { $count ->
        [one] { $count } személy mostantól segítő a(z) { $group } csoportban.
       *[other] { $count } személy mostantól segítő a(z) { $group } csoportban.
    }
admin-start-create-user = Felhasználó létrehozása
admin-start-first-heading = Az első munkamenet
admin-start-not-ready = Ha a fenti lépések elkészültek:
admin-start-ready = Minden készen áll az első munkamenethez:
admin-start-first-helper = Egy segítő bejelentkezik, megnyitja a(z) „{ $page }” oldalt, és új távsegítség-munkamenetet indít, amely biztonsági kódot ad neki:
admin-start-first-sharer = Aki segítséget kér, bejelentkezik, megnyitja ezt az oldalt, és beírja a kódot:
admin-user-role = Szerepkör
admin-user-role-member = Tag
admin-user-role-member-hint = Bejelentkezik, segítséget kér, és megosztja a képernyőjét.
admin-user-role-helper = Segítő
admin-user-role-helper-hint = A szervezet minden tagjának távsegítséget nyújt, a(z) { $group } csoport tagjaként.
admin-user-role-administrator = Rendszergazda
admin-user-created-helper = { $name } létrejött, és mostantól távsegítséget nyújthat.
