# Messages of the web app (Czech). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Přejít na hlavní obsah
loading = Načítání…
go-to-sign-in = Přejít na přihlašovací stránku
sign-out = Odhlásit se
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Jazyk

## Form fields and checks

field-organisation-name = Název organizace
field-organisation-name-hint = Název, pod kterým ji znají vaši kolegové. Později ho můžete změnit.
field-full-name = Celé jméno
field-full-name-hint = Zobrazuje se lidem, kterým pomáháte, aby věděli, kdo se připojuje.
field-email = E-mail
field-job-title-optional = Pracovní pozice (nepovinné)
field-company-optional = Společnost (nepovinné)
field-password = Heslo
field-new-password = Nové heslo
field-confirm-password = Potvrzení hesla
password-hint = Alespoň 12 znaků. Několik nesouvisejících slov tvoří silné heslo, které si snadno zapamatujete.
form-required = Toto pole je povinné.
form-email-invalid = Zadejte e-mailovou adresu, například jmeno@example.com.
form-fix-fields = Některá pole vyžadují vaši pozornost. Opravte prosím pole označená níže.
form-error-summary = Opravte prosím tato pole:
password-too-short =
    { $min ->
        [one] Heslo musí mít alespoň { $min } znak.
        [few] Heslo musí mít alespoň { $min } znaky.
        [many] Heslo musí mít alespoň { $min } znaku.
       *[other] Heslo musí mít alespoň { $min } znaků.
    }
password-too-long =
    { $max ->
        [one] Heslo může mít nejvýše { $max } znak.
        [few] Heslo může mít nejvýše { $max } znaky.
        [many] Heslo může mít nejvýše { $max } znaku.
       *[other] Heslo může mít nejvýše { $max } znaků.
    }
password-mismatch = Hesla se neshodují. Zadejte do obou polí stejné heslo.

## Errors from the server, by code

error-network = Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.
error-invalid-credentials = E-mailová adresa nebo heslo nejsou správné.
error-too-many-attempts = Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.
error-too-many-attempts-wait =
    { $seconds ->
        [one] Příliš mnoho pokusů. Počkejte { $seconds } sekundu a zkuste to znovu.
        [few] Příliš mnoho pokusů. Počkejte { $seconds } sekundy a zkuste to znovu.
        [many] Příliš mnoho pokusů. Počkejte { $seconds } sekundy a zkuste to znovu.
       *[other] Příliš mnoho pokusů. Počkejte { $seconds } sekund a zkuste to znovu.
    }
error-setup-link-invalid = Tento odkaz už není platný: mohl být již použit, nebo jeho platnost vypršela.
error-conflict = Dochází ke konfliktu s něčím, co už existuje.
error-email-taken = Účet s touto e-mailovou adresou už existuje.
error-unauthenticated = Nejste přihlášeni nebo vaše relace skončila. Přihlaste se prosím znovu.
error-origin-mismatch = Požadavek byl odmítnut, protože nepochází z tohoto webu. Načtěte stránku znovu a zkuste to znovu.
error-payload-too-large = Odeslaná data jsou příliš velká.
error-forbidden = K této akci nemáte oprávnění.
error-timeout = Serveru trvala odpověď příliš dlouho. Zkuste to prosím znovu.
error-unavailable = Služba je dočasně nedostupná. Zkuste to prosím znovu za několik minut.
error-internal = Na serveru došlo k chybě. Zkuste to prosím znovu; pokud se to bude opakovat, obraťte se na správce.
error-unexpected = Došlo k neočekávané chybě. Zkuste to prosím znovu.
error-second-factor-required = Zadejte kód z ověřovací aplikace nebo jeden z kódů pro obnovení.
error-invalid-second-factor = Tento kód není správný nebo už byl použit. Počkejte na nový kód a zkuste to znovu.
error-sso-not-configured = Vaše organizace pro tuto e-mailovou adresu nenabízí jednotné přihlašování. Přihlaste se heslem.
error-profile-managed = Vaše jméno, pracovní pozici a společnost spravuje vaše organizace prostřednictvím jednotného přihlašování, takže je může změnit jen správce.
error-sso-provider-unavailable = Přihlašovací službu vaší organizace se nepodařilo kontaktovat. Zkuste to prosím znovu za několik minut.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Zásada podmíněného přístupu „{ $policy }“ vaší organizace to nepovoluje. Obraťte se na správce.

## Setup link page (/setup)

setup-page-title = Nastavení – { -product-name }
setup-checking-heading = Kontrola odkazu
setup-checking = Chvíli strpení, kontrolujeme váš odkaz…
setup-expires = Tento odkaz je platný do { $time }.
setup-invalid-heading = Tento odkaz nelze použít
setup-missing-heading = Tato stránka vyžaduje odkaz pro nastavení
setup-missing = Otevřete celý odkaz, který jste obdrželi, včetně části za znakem #.
setup-error-heading = Odkaz se nepodařilo zkontrolovat
setup-unknown-purpose = Tento odkaz slouží k něčemu, co tato stránka nepodporuje.
setup-invalid-help =
    Požádejte správce o nový odkaz. Kdokoli, kdo spravuje server, ho může vygenerovat
    příkazem „assist-server admin setup-link“.

first-admin-heading = Vytvořte svou organizaci
first-admin-intro = Nastavte { -product-name } pro svou organizaci a vytvořte první účet správce. Kolegy můžete pozvat později.
first-admin-organisation-legend = Organizace
first-admin-account-legend = Váš účet správce
first-admin-submit = Vytvořit organizaci

reset-heading = Zvolte nové heslo
reset-intro = Nastavte nové heslo pro účet { $email }.
reset-intro-no-email = Nastavte nové heslo pro svůj účet.
reset-submit = Nastavit heslo

## Sign-in page (/sign-in)

sign-in-page-title = Přihlášení – { -product-name }
sign-in-heading = Přihlášení do { -product-name }
sign-in-intro = Použijte e-mailovou adresu a heslo svého účtu.
sign-in-submit = Přihlásit se
field-second-factor-code = Kód z ověřovací aplikace nebo kód pro obnovení
sign-in-sso = Přihlásit se účtem organizace
sign-in-sso-needs-email = Nejprve zadejte svou e-mailovou adresu, abychom mohli najít vaši organizaci.
sign-in-sso-refused = Jednotné přihlašování vás nepřihlásilo. Pokud má váš účet vlastní heslo, přihlaste se jím zde a potom propojte jednotné přihlašování na své domovské stránce.
sign-in-or = nebo
sign-in-forgot = Zapomněli jste heslo? Požádejte správce své organizace o odkaz pro obnovení.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizace:
user-menu-label = Váš účet
home-heading = Přihlášeno jako { $name }

profile-heading = Váš profil
profile-name = Jméno
profile-email = E-mail
profile-job-title = Pracovní pozice
profile-company = Společnost
profile-role = Role
profile-not-set = Nenastaveno
profile-edit = Upravit profil
profile-form-label = Úprava vašeho profilu
profile-save = Uložit
profile-cancel = Zrušit
profile-saved = Váš profil byl uložen.
profile-managed = Vaše jméno, pracovní pozici a společnost spravuje vaše organizace prostřednictvím jednotného přihlašování. Chcete-li je změnit, obraťte se na správce.
role-administrator = Správce
role-member = Člen

picture-change = Změnit obrázek
picture-hint = Obrázek PNG nebo JPEG o velikosti nejvýše 256 KB. Lidé, kterým pomáháte, ho uvidí dříve, než budou sdílet obrazovku.
picture-uploading = Nahrávání obrázku…
picture-updated = Váš obrázek byl aktualizován.
picture-wrong-type = Zvolte obrázek PNG nebo JPEG.
picture-too-large = Obrázek je větší než 256 KB. Zvolte menší obrázek.

sessions-heading = Kde jste přihlášeni
sessions-intro = Prohlížeče, ve kterých je přihlášen váš účet. Odhlaste všechny, které nepoznáváte.
session-this-device = Toto zařízení
session-device = { $browser } v systému { $os }
session-device-unknown = Neznámý prohlížeč
session-signed-in = Přihlášení: { $time }
session-last-active = Poslední aktivita: { $time }
session-address = Z adresy { $address }
session-sign-out = Odhlásit
session-sign-out-label = Odhlásit na zařízení { $device }
session-signed-out = Odhlášeno na zařízení { $device }.

home-admin-link = Konzola pro správu

## Home page: remote help

home-remote-help-heading = Vzdálená pomoc
home-help-someone-text = Zahajte relaci a předejte dané osobě bezpečnostní kód.
home-help-someone = Pomoct někomu
home-get-help-text = Dostali jste bezpečnostní kód od pomocníka? Zadejte ho sem.
home-get-help = Získat pomoc

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Jednotné přihlašování
home-sso-linked = Váš účet je propojen s jednotným přihlašováním vaší organizace.
home-sso-not-linked = Váš účet není propojen s jednotným přihlašováním vaší organizace.
home-sso-link-intro = Propojení vám umožní přihlašovat se účtem organizace.
home-sso-link = Propojit jednotné přihlašování
home-sso-linking = Přechod na přihlašovací stránku vaší organizace…
