# Messages of the web app (Slovak). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Prejsť na hlavný obsah
loading = Načítava sa…
go-to-sign-in = Prejsť na prihlasovaciu stránku
sign-out = Odhlásiť sa
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Jazyk

## Form fields and checks

field-organisation-name = Názov organizácie
field-organisation-name-hint = Názov, pod ktorým ju poznajú vaši kolegovia. Neskôr ho môžete zmeniť.
field-full-name = Celé meno
field-full-name-hint = Zobrazuje sa ľuďom, ktorým pomáhate, aby vedeli, kto sa pripája.
field-email = E-mail
field-job-title-optional = Pracovná pozícia (voliteľné)
field-company-optional = Spoločnosť (voliteľné)
field-password = Heslo
field-new-password = Nové heslo
field-confirm-password = Potvrdenie hesla
password-hint = Aspoň 12 znakov. Niekoľko nesúvisiacich slov tvorí silné heslo, ktoré si ľahko zapamätáte.
form-required = Toto pole je povinné.
form-email-invalid = Zadajte e-mailovú adresu, napríklad meno@example.com.
form-fix-fields = Niektoré polia si vyžadujú vašu pozornosť. Opravte polia označené nižšie.
form-error-summary = Opravte tieto polia:
password-too-short =
    { $min ->
        [one] Heslo musí mať aspoň { $min } znak.
        [few] Heslo musí mať aspoň { $min } znaky.
        [many] Heslo musí mať aspoň { $min } znaku.
       *[other] Heslo musí mať aspoň { $min } znakov.
    }
password-too-long =
    { $max ->
        [one] Heslo môže mať najviac { $max } znak.
        [few] Heslo môže mať najviac { $max } znaky.
        [many] Heslo môže mať najviac { $max } znaku.
       *[other] Heslo môže mať najviac { $max } znakov.
    }
password-mismatch = Heslá sa nezhodujú. Do oboch polí zadajte rovnaké heslo.

## Errors from the server, by code

error-network = Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.
error-invalid-credentials = E-mailová adresa alebo heslo nie sú správne.
error-too-many-attempts = Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.
error-too-many-attempts-wait =
    { $seconds ->
        [one] Príliš veľa pokusov. Počkajte { $seconds } sekundu a skúste to znova.
        [few] Príliš veľa pokusov. Počkajte { $seconds } sekundy a skúste to znova.
        [many] Príliš veľa pokusov. Počkajte { $seconds } sekundy a skúste to znova.
       *[other] Príliš veľa pokusov. Počkajte { $seconds } sekúnd a skúste to znova.
    }
error-setup-link-invalid = Toto prepojenie už nie je platné: mohlo byť už použité alebo mu uplynula platnosť.
error-conflict = Je to v konflikte s niečím, čo už existuje.
error-email-taken = Účet s touto e-mailovou adresou už existuje.
error-unauthenticated = Nie ste prihlásení alebo sa vaša relácia skončila. Prihláste sa znova.
error-origin-mismatch = Požiadavka bola odmietnutá, pretože nepochádza z tejto lokality. Znova načítajte stránku a skúste to znova.
error-payload-too-large = Odoslané údaje sú príliš veľké.
error-forbidden = Na túto akciu nemáte povolenie.
error-timeout = Serveru trvala odpoveď príliš dlho. Skúste to znova.
error-unavailable = Služba je dočasne nedostupná. Skúste to znova o niekoľko minút.
error-internal = Na serveri sa vyskytla chyba. Skúste to znova; ak sa to bude opakovať, obráťte sa na správcu.
error-unexpected = Vyskytla sa neočakávaná chyba. Skúste to znova.
error-second-factor-required = Zadajte kód z overovacej aplikácie alebo jeden z kódov na obnovenie.
error-invalid-second-factor = Tento kód nie je správny alebo už bol použitý. Počkajte na nový kód a skúste to znova.
error-sso-not-configured = Vaša organizácia pre túto e-mailovú adresu neponúka jednotné prihlásenie. Prihláste sa heslom.
error-profile-managed = Vaše meno, pracovnú pozíciu a spoločnosť spravuje vaša organizácia prostredníctvom jednotného prihlásenia, takže ich môže zmeniť len správca.
error-sso-provider-unavailable = Prihlasovaciu službu vašej organizácie sa nepodarilo kontaktovať. Skúste to znova o niekoľko minút.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Politika podmieneného prístupu „{ $policy }“ vašej organizácie to nepovoľuje. Obráťte sa na správcu.

## Setup link page (/setup)

setup-page-title = Nastavenie – { -product-name }
setup-checking-heading = Kontroluje sa prepojenie
setup-checking = Chvíľku strpenia, kontrolujeme vaše prepojenie…
setup-expires = Toto prepojenie je platné do { $time }.
setup-invalid-heading = Toto prepojenie sa nedá použiť
setup-missing-heading = Táto stránka vyžaduje prepojenie na nastavenie
setup-missing = Otvorte celé prepojenie, ktoré ste dostali, vrátane časti za znakom #.
setup-error-heading = Prepojenie sa nepodarilo skontrolovať
setup-unknown-purpose = Toto prepojenie slúži na niečo, čo táto stránka nepodporuje.
setup-invalid-help =
    Požiadajte správcu o nové prepojenie. Ktokoľvek, kto spravuje server, ho môže vygenerovať
    príkazom „assist-server admin setup-link“.

first-admin-heading = Vytvorte svoju organizáciu
first-admin-intro = Nastavte { -product-name } pre svoju organizáciu a vytvorte prvý účet správcu. Kolegov môžete pozvať neskôr.
first-admin-organisation-legend = Organizácia
first-admin-account-legend = Váš účet správcu
first-admin-submit = Vytvoriť organizáciu

reset-heading = Zvoľte nové heslo
reset-intro = Nastavte nové heslo pre účet { $email }.
reset-intro-no-email = Nastavte nové heslo pre svoj účet.
reset-submit = Nastaviť heslo

## Sign-in page (/sign-in)

sign-in-page-title = Prihlásenie – { -product-name }
sign-in-heading = Prihlásenie do { -product-name }
sign-in-intro = Použite e-mailovú adresu a heslo svojho účtu.
sign-in-submit = Prihlásiť sa
field-second-factor-code = Kód z overovacej aplikácie alebo kód na obnovenie
sign-in-sso = Prihlásiť sa účtom organizácie
sign-in-sso-needs-email = Najprv zadajte svoju e-mailovú adresu, aby sme mohli nájsť vašu organizáciu.
sign-in-sso-refused = Jednotné prihlásenie vás neprihlásilo. Ak má váš účet vlastné heslo, prihláste sa ním tu a potom prepojte jednotné prihlásenie na svojej domovskej stránke.
sign-in-or = alebo
sign-in-forgot = Zabudli ste heslo? Požiadajte správcu svojej organizácie o prepojenie na obnovenie.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizácia:
user-menu-label = Váš účet
home-heading = Prihlásený používateľ: { $name }

profile-heading = Váš profil
profile-name = Meno
profile-email = E-mail
profile-job-title = Pracovná pozícia
profile-company = Spoločnosť
profile-role = Rola
profile-not-set = Nenastavené
profile-edit = Upraviť profil
profile-form-label = Úprava vášho profilu
profile-save = Uložiť
profile-cancel = Zrušiť
profile-saved = Váš profil bol uložený.
profile-managed = Vaše meno, pracovnú pozíciu a spoločnosť spravuje vaša organizácia prostredníctvom jednotného prihlásenia. Ak ich chcete zmeniť, obráťte sa na správcu.
role-administrator = Správca
role-member = Člen

picture-change = Zmeniť obrázok
picture-hint = Obrázok PNG alebo JPEG s veľkosťou najviac 256 KB. Ľudia, ktorým pomáhate, ho uvidia skôr, ako budú zdieľať obrazovku.
picture-uploading = Nahráva sa váš obrázok…
picture-updated = Váš obrázok bol aktualizovaný.
picture-wrong-type = Vyberte obrázok PNG alebo JPEG.
picture-too-large = Obrázok je väčší ako 256 KB. Vyberte menší obrázok.

sessions-heading = Kde ste prihlásení
sessions-intro = Prehliadače, v ktorých je prihlásený váš účet. Odhláste všetky, ktoré nepoznáte.
session-this-device = Toto zariadenie
session-device = { $browser } v systéme { $os }
session-device-unknown = Neznámy prehliadač
session-signed-in = Prihlásenie: { $time }
session-last-active = Posledná aktivita: { $time }
session-address = Z adresy { $address }
session-sign-out = Odhlásiť
session-sign-out-label = Odhlásiť na zariadení { $device }
session-signed-out = Odhlásené na zariadení { $device }.

home-admin-link = Konzola na správu

## Home page: remote help

home-remote-help-heading = Vzdialená pomoc
home-help-someone-text = Spustite reláciu a dajte danej osobe bezpečnostný kód.
home-help-someone = Pomôcť niekomu
home-get-help-text = Dostali ste bezpečnostný kód od pomocníka? Zadajte ho sem.
home-get-help = Získať pomoc

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Jednotné prihlásenie
home-sso-linked = Váš účet je prepojený s jednotným prihlásením vašej organizácie.
home-sso-not-linked = Váš účet nie je prepojený s jednotným prihlásením vašej organizácie.
home-sso-link-intro = Prepojenie vám umožní prihlasovať sa účtom organizácie.
home-sso-link = Prepojiť jednotné prihlásenie
home-sso-linking = Prechod na prihlasovaciu stránku vašej organizácie…
