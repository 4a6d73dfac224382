# Messages of the web app (Slovenian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Preskoči na glavno vsebino
loading = Nalaganje …
go-to-sign-in = Pojdi na stran za vpis
sign-out = Izpis
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Jezik

## Form fields and checks

field-organisation-name = Ime organizacije
field-organisation-name-hint = Ime, pod katerim jo poznajo vaši sodelavci. Pozneje ga lahko spremenite.
field-full-name = Polno ime
field-full-name-hint = Prikazano osebam, ki jim pomagate, da vedo, kdo se povezuje.
field-email = E-pošta
field-job-title-optional = Delovno mesto (izbirno)
field-company-optional = Podjetje (izbirno)
field-password = Geslo
field-new-password = Novo geslo
field-confirm-password = Potrditev gesla
password-hint = Vsaj 12 znakov. Nekaj nepovezanih besed da močno geslo, ki si ga je lahko zapomniti.
form-required = To polje je obvezno.
form-email-invalid = Vnesite e-poštni naslov, na primer ime@example.com.
form-fix-fields = Nekatera polja zahtevajo vašo pozornost. Popravite spodaj označena polja.
form-error-summary = Popravite ta polja:
password-too-short =
    { $min ->
        [one] Geslo mora imeti vsaj { $min } znak.
        [two] Geslo mora imeti vsaj { $min } znaka.
        [few] Geslo mora imeti vsaj { $min } znake.
       *[other] Geslo mora imeti vsaj { $min } znakov.
    }
password-too-long =
    { $max ->
        [one] Geslo ima lahko največ { $max } znak.
        [two] Geslo ima lahko največ { $max } znaka.
        [few] Geslo ima lahko največ { $max } znake.
       *[other] Geslo ima lahko največ { $max } znakov.
    }
password-mismatch = Gesli se ne ujemata. V obe polji vnesite enako geslo.

## Errors from the server, by code

error-network = Strežnika ni bilo mogoče doseči. Preverite povezavo in poskusite znova.
error-invalid-credentials = E-poštni naslov ali geslo ni pravilno.
error-too-many-attempts = Preveč poskusov. Počakajte trenutek in poskusite znova.
error-too-many-attempts-wait =
    { $seconds ->
        [one] Preveč poskusov. Počakajte { $seconds } sekundo in poskusite znova.
        [two] Preveč poskusov. Počakajte { $seconds } sekundi in poskusite znova.
        [few] Preveč poskusov. Počakajte { $seconds } sekunde in poskusite znova.
       *[other] Preveč poskusov. Počakajte { $seconds } sekund in poskusite znova.
    }
error-setup-link-invalid = Ta povezava ni več veljavna: morda je bila že uporabljena ali pa je potekla.
error-conflict = To je v sporu z nečim, kar že obstaja.
error-email-taken = Račun s tem e-poštnim naslovom že obstaja.
error-unauthenticated = Niste vpisani ali pa se je vaša seja končala. Znova se vpišite.
error-origin-mismatch = Zahteva je bila zavrnjena, ker ni prišla s tega spletnega mesta. Znova naložite stran in poskusite znova.
error-payload-too-large = Poslani podatki so preveliki.
error-forbidden = Za to nimate dovoljenja.
error-timeout = Strežnik se je predolgo odzival. Poskusite znova.
error-unavailable = Storitev začasno ni na voljo. Poskusite znova čez nekaj minut.
error-internal = V strežniku je prišlo do napake. Poskusite znova; če se težava ponavlja, obvestite skrbnika.
error-unexpected = Prišlo je do nepričakovane napake. Poskusite znova.
error-second-factor-required = Vnesite kodo iz aplikacije za preverjanje pristnosti ali eno od obnovitvenih kod.
error-invalid-second-factor = Ta koda ni pravilna ali pa je bila že uporabljena. Počakajte na novo kodo in poskusite znova.
error-sso-not-configured = Vaša organizacija za ta e-poštni naslov ne ponuja enotne prijave. Vpišite se z geslom.
error-profile-managed = Vaše ime, delovno mesto in podjetje upravlja vaša organizacija prek enotne prijave, zato jih lahko spremeni samo skrbnik.
error-sso-provider-unavailable = Storitve za vpis vaše organizacije ni bilo mogoče doseči. Poskusite znova čez nekaj minut.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Pravilnik pogojnega dostopa »{ $policy }« vaše organizacije tega ne dovoli. Obrnite se na skrbnika.

## Setup link page (/setup)

setup-page-title = Nastavitev – { -product-name }
setup-checking-heading = Preverjanje povezave
setup-checking = Trenutek, preverjamo vašo povezavo …
setup-expires = Ta povezava velja do { $time }.
setup-invalid-heading = Te povezave ni mogoče uporabiti
setup-missing-heading = Ta stran potrebuje povezavo za nastavitev
setup-missing = Odprite celotno povezavo, ki ste jo prejeli, vključno z delom za znakom #.
setup-error-heading = Povezave ni bilo mogoče preveriti
setup-unknown-purpose = Ta povezava je namenjena nečemu, česar ta stran ne podpira.
setup-invalid-help =
    Skrbnika prosite za novo povezavo. Kdor upravlja strežnik, jo lahko ustvari
    z ukazom „assist-server admin setup-link“.

first-admin-heading = Ustvarite svojo organizacijo
first-admin-intro = Nastavite { -product-name } za svojo organizacijo in ustvarite prvi skrbniški račun. Sodelavce lahko povabite pozneje.
first-admin-organisation-legend = Organizacija
first-admin-account-legend = Vaš skrbniški račun
first-admin-submit = Ustvari organizacijo

reset-heading = Izberite novo geslo
reset-intro = Nastavite novo geslo za račun { $email }.
reset-intro-no-email = Nastavite novo geslo za svoj račun.
reset-submit = Nastavi geslo

## Sign-in page (/sign-in)

sign-in-page-title = Vpis – { -product-name }
sign-in-heading = Vpis v { -product-name }
sign-in-intro = Uporabite e-poštni naslov in geslo svojega računa.
sign-in-submit = Vpis
field-second-factor-code = Koda iz aplikacije za preverjanje pristnosti ali obnovitvena koda
sign-in-sso = Vpis z računom organizacije
sign-in-sso-needs-email = Najprej vnesite svoj e-poštni naslov, da bomo lahko našli vašo organizacijo.
sign-in-sso-refused = Enotna prijava vas ni vpisala. Če ima vaš račun lastno geslo, se z njim vpišite tukaj, nato pa na domači strani povežite enotno prijavo.
sign-in-or = ali
sign-in-forgot = Ste pozabili geslo? Skrbnika svoje organizacije prosite za povezavo za obnovitev.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizacija:
user-menu-label = Vaš račun
home-heading = Vpisani ste kot { $name }

profile-heading = Vaš profil
profile-name = Ime
profile-email = E-pošta
profile-job-title = Delovno mesto
profile-company = Podjetje
profile-role = Vloga
profile-not-set = Ni nastavljeno
profile-edit = Uredi profil
profile-form-label = Urejanje vašega profila
profile-save = Shrani
profile-cancel = Prekliči
profile-saved = Vaš profil je shranjen.
profile-managed = Vaše ime, delovno mesto in podjetje upravlja vaša organizacija prek enotne prijave. Če jih želite spremeniti, se obrnite na skrbnika.
role-administrator = Skrbnik
role-member = Član

picture-change = Spremeni sliko
picture-hint = Slika PNG ali JPEG, velika največ 256 KB. Osebe, ki jim pomagate, jo vidijo, preden dajo zaslon v skupno rabo.
picture-uploading = Nalaganje vaše slike …
picture-updated = Vaša slika je posodobljena.
picture-wrong-type = Izberite sliko PNG ali JPEG.
picture-too-large = Slika je večja od 256 KB. Izberite manjšo sliko.

sessions-heading = Kje ste vpisani
sessions-intro = Brskalniki, v katerih je vpisan vaš račun. Izpišite vse, ki jih ne prepoznate.
session-this-device = Ta naprava
session-device = { $browser } v sistemu { $os }
session-device-unknown = Neznan brskalnik
session-signed-in = Vpis: { $time }
session-last-active = Nazadnje dejaven: { $time }
session-address = Z naslova { $address }
session-sign-out = Izpiši
session-sign-out-label = Izpiši v napravi { $device }
session-signed-out = Izpisano v napravi { $device }.

home-admin-link = Skrbniška konzola

## Home page: remote help

home-remote-help-heading = Oddaljena pomoč
home-help-someone-text = Začnite sejo in osebi posredujte varnostno kodo.
home-help-someone = Pomagaj nekomu
home-get-help-text = Vam je pomočnik dal varnostno kodo? Vnesite jo tukaj.
home-get-help = Pridobi pomoč

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Enotna prijava
home-sso-linked = Vaš račun je povezan z enotno prijavo vaše organizacije.
home-sso-not-linked = Vaš račun ni povezan z enotno prijavo vaše organizacije.
home-sso-link-intro = Povezava vam omogoča vpis z računom organizacije.
home-sso-link = Poveži enotno prijavo
home-sso-linking = Odpiranje strani za vpis vaše organizacije …
