# Messages of the web app (Hungarian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Ugrás a fő tartalomra
loading = Betöltés…
go-to-sign-in = Ugrás a bejelentkezési oldalra
sign-out = Kijelentkezés
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Nyelv

## Form fields and checks

field-organisation-name = Szervezet neve
field-organisation-name-hint = Az a név, amelyen a kollégái ismerik. Később módosíthatja.
field-full-name = Teljes név
field-full-name-hint = Megjelenik azok számára, akiknek segít, így tudják, ki csatlakozik.
field-email = E-mail-cím
field-job-title-optional = Beosztás (nem kötelező)
field-company-optional = Cég (nem kötelező)
field-password = Jelszó
field-new-password = Új jelszó
field-confirm-password = Jelszó megerősítése
password-hint = Legalább 12 karakter. Néhány egymással össze nem függő szó erős és könnyen megjegyezhető jelszót ad.
form-required = Ezt a mezőt kötelező kitölteni.
form-email-invalid = Adjon meg egy e-mail-címet, például nev@example.com.
form-fix-fields = Néhány mező figyelmet igényel. Javítsa ki az alább megjelölt mezőket.
form-error-summary = Javítsa ki ezeket a mezőket:
password-too-short = A jelszónak legalább { $min } karakterből kell állnia.
password-too-long = A jelszó legfeljebb { $max } karakterből állhat.
password-mismatch = A jelszavak nem egyeznek. Mindkét mezőbe ugyanazt a jelszót írja be.

## Errors from the server, by code

error-network = A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, és próbálkozzon újra.
error-invalid-credentials = Az e-mail-cím vagy a jelszó helytelen.
error-too-many-attempts = Túl sok próbálkozás. Várjon egy kicsit, majd próbálkozzon újra.
error-too-many-attempts-wait = Túl sok próbálkozás. Várjon { $seconds } másodpercet, majd próbálkozzon újra.
error-setup-link-invalid = Ez a hivatkozás már nem érvényes: lehet, hogy már felhasználták, vagy lejárt.
error-conflict = Ez ütközik egy már létező elemmel.
error-email-taken = Már létezik fiók ezzel az e-mail-címmel.
error-unauthenticated = Nincs bejelentkezve, vagy a munkamenete véget ért. Jelentkezzen be újra.
error-origin-mismatch = A kérés el lett utasítva, mert nem erről a webhelyről érkezett. Töltse be újra az oldalt, és próbálkozzon újra.
error-payload-too-large = Az elküldött adatok túl nagyok.
error-forbidden = Nincs engedélye ehhez a művelethez.
error-timeout = A kiszolgáló túl sokáig nem válaszolt. Próbálkozzon újra.
error-unavailable = A szolgáltatás átmenetileg nem érhető el. Néhány perc múlva próbálkozzon újra.
error-internal = Hiba történt a kiszolgálón. Próbálkozzon újra; ha a hiba továbbra is fennáll, értesítse a rendszergazdát.
error-unexpected = Váratlan hiba történt. Próbálkozzon újra.
error-second-factor-required = Adja meg a hitelesítő alkalmazásban látható kódot vagy az egyik helyreállítási kódját.
error-invalid-second-factor = Ez a kód helytelen, vagy már felhasználták. Várja meg az új kódot, és próbálkozzon újra.
error-sso-not-configured = A szervezete ehhez az e-mail-címhez nem kínál egyszeri bejelentkezést. Jelentkezzen be a jelszavával.
error-profile-managed = A nevét, a beosztását és a cégét a szervezete az egyszeri bejelentkezésen keresztül kezeli, ezért csak rendszergazda módosíthatja őket.
error-sso-provider-unavailable = A szervezete bejelentkezési szolgáltatása nem érhető el. Néhány perc múlva próbálkozzon újra.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = A szervezete „{ $policy }” feltételes hozzáférési szabályzata ezt nem engedélyezi. Forduljon a rendszergazdához.

## Setup link page (/setup)

setup-page-title = Beállítás – { -product-name }
setup-checking-heading = A hivatkozás ellenőrzése
setup-checking = Egy pillanat, ellenőrizzük a hivatkozást…
setup-expires = Ez a hivatkozás eddig érvényes: { $time }.
setup-invalid-heading = Ez a hivatkozás nem használható
setup-missing-heading = Ehhez az oldalhoz beállítási hivatkozás szükséges
setup-missing = Nyissa meg a kapott teljes hivatkozást, a # jel utáni résszel együtt.
setup-error-heading = Nem sikerült ellenőrizni a hivatkozást
setup-unknown-purpose = Ez a hivatkozás olyan célra szolgál, amelyet ez az oldal nem támogat.
setup-invalid-help =
    Kérjen új hivatkozást a rendszergazdától. A kiszolgáló üzemeltetője
    az „assist-server admin setup-link” paranccsal hozhat létre újat.

first-admin-heading = A szervezet létrehozása
first-admin-intro = Állítsa be az { -product-name } szolgáltatást a szervezete számára, és hozza létre az első rendszergazdai fiókot. A kollégáit később is meghívhatja.
first-admin-organisation-legend = Szervezet
first-admin-account-legend = Az Ön rendszergazdai fiókja
first-admin-submit = Szervezet létrehozása

reset-heading = Új jelszó választása
reset-intro = Új jelszó beállítása a következő fiókhoz: { $email }.
reset-intro-no-email = Új jelszó beállítása a fiókjához.
reset-submit = Jelszó beállítása

## Sign-in page (/sign-in)

sign-in-page-title = Bejelentkezés – { -product-name }
sign-in-heading = Bejelentkezés – { -product-name }
sign-in-intro = Használja a fiókja e-mail-címét és jelszavát.
sign-in-submit = Bejelentkezés
field-second-factor-code = Hitelesítő alkalmazás kódja vagy helyreállítási kód
sign-in-sso = Bejelentkezés a szervezeti fiókkal
sign-in-sso-needs-email = Először adja meg az e-mail-címét, hogy megtaláljuk a szervezetét.
sign-in-sso-refused = Az egyszeri bejelentkezés nem jelentkeztette be. Ha a fiókjának saját jelszava van, jelentkezzen be vele itt, majd kapcsolja össze az egyszeri bejelentkezést a kezdőlapján.
sign-in-or = vagy
sign-in-forgot = Elfelejtette a jelszavát? Kérjen helyreállítási hivatkozást a szervezete egyik rendszergazdájától.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Szervezet:
user-menu-label = Az Ön fiókja
home-heading = Bejelentkezve: { $name }

profile-heading = Az Ön profilja
profile-name = Név
profile-email = E-mail-cím
profile-job-title = Beosztás
profile-company = Cég
profile-role = Szerepkör
profile-not-set = Nincs megadva
profile-edit = Profil szerkesztése
profile-form-label = Saját profil szerkesztése
profile-save = Mentés
profile-cancel = Mégse
profile-saved = A profilját mentettük.
profile-managed = A nevét, a beosztását és a cégét a szervezete az egyszeri bejelentkezésen keresztül kezeli. Módosításukhoz forduljon a rendszergazdához.
role-administrator = Rendszergazda
role-member = Tag

picture-change = Kép módosítása
picture-hint = Legfeljebb 256 KB méretű PNG- vagy JPEG-kép. Akiknek segít, a képernyőjük megosztása előtt látják.
picture-uploading = A kép feltöltése…
picture-updated = A kép frissítve.
picture-wrong-type = Válasszon PNG- vagy JPEG-képet.
picture-too-large = A kép nagyobb 256 KB-nál. Válasszon kisebb képet.

sessions-heading = Hol van bejelentkezve
sessions-intro = Böngészők, amelyekben a fiókja be van jelentkezve. Jelentkezzen ki mindegyikből, amelyet nem ismer fel.
session-this-device = Ez az eszköz
session-device = { $browser } – { $os }
session-device-unknown = Ismeretlen böngésző
session-signed-in = Bejelentkezés: { $time }
session-last-active = Utolsó aktivitás: { $time }
session-address = Cím: { $address }
session-sign-out = Kijelentkezés
session-sign-out-label = Kijelentkezés ezen: { $device }
session-signed-out = Kijelentkezve ezen: { $device }.

home-admin-link = Felügyeleti konzol

## Home page: remote help

home-remote-help-heading = Távsegítség
home-help-someone-text = Indítson munkamenetet, és adja meg a biztonsági kódot a másik személynek.
home-help-someone = Segítségnyújtás
home-get-help-text = Biztonsági kódot kapott a segítőjétől? Itt adhatja meg.
home-get-help = Segítség kérése

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Egyszeri bejelentkezés
home-sso-linked = A fiókja össze van kapcsolva a szervezete egyszeri bejelentkezésével.
home-sso-not-linked = A fiókja nincs összekapcsolva a szervezete egyszeri bejelentkezésével.
home-sso-link-intro = Az összekapcsolás után a szervezeti fiókjával is bejelentkezhet.
home-sso-link = Egyszeri bejelentkezés összekapcsolása
home-sso-linking = Átirányítás a szervezete bejelentkezési oldalára…
