# Messages of the web app (Croatian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Prijeđi na glavni sadržaj
loading = Učitavanje…
go-to-sign-in = Idi na stranicu za prijavu
sign-out = Odjava
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Jezik

## Form fields and checks

field-organisation-name = Naziv organizacije
field-organisation-name-hint = Naziv pod kojim je poznaju vaši kolege. Možete ga promijeniti kasnije.
field-full-name = Ime i prezime
field-full-name-hint = Prikazuje se osobama kojima pomažete kako bi znale tko se povezuje.
field-email = E-pošta
field-job-title-optional = Radno mjesto (neobavezno)
field-company-optional = Tvrtka (neobavezno)
field-password = Lozinka
field-new-password = Nova lozinka
field-confirm-password = Potvrdite lozinku
password-hint = Najmanje 12 znakova. Nekoliko nepovezanih riječi čini jaku lozinku koju je lako zapamtiti.
form-required = Ovo je polje obavezno.
form-email-invalid = Unesite adresu e-pošte, primjerice name@example.com.
form-fix-fields = Neka polja zahtijevaju vašu pozornost. Ispravite polja označena u nastavku.
form-error-summary = Ispravite ova polja:
password-too-short =
    { $min ->
        [one] Lozinka mora imati najmanje { $min } znak.
        [few] Lozinka mora imati najmanje { $min } znaka.
       *[other] Lozinka mora imati najmanje { $min } znakova.
    }
password-too-long =
    { $max ->
        [one] Lozinka smije imati najviše { $max } znak.
        [few] Lozinka smije imati najviše { $max } znaka.
       *[other] Lozinka smije imati najviše { $max } znakova.
    }
password-mismatch = Lozinke se ne podudaraju. Unesite istu lozinku u oba polja.

## Errors from the server, by code

error-network = Nije moguće povezati se s poslužiteljem. Provjerite vezu i pokušajte ponovno.
error-invalid-credentials = Adresa e-pošte ili lozinka nisu točni.
error-too-many-attempts = Previše pokušaja. Pričekajte trenutak i pokušajte ponovno.
error-too-many-attempts-wait = Previše pokušaja. Pričekajte { $seconds } s i pokušajte ponovno.
error-setup-link-invalid = Ova poveznica više ne vrijedi: možda je već iskorištena ili je istekla.
error-conflict = Ovo je u sukobu s nečim što već postoji.
error-email-taken = Račun s ovom adresom e-pošte već postoji.
error-unauthenticated = Niste prijavljeni ili je vaša sesija završila. Prijavite se ponovno.
error-origin-mismatch = Zahtjev je odbijen jer nije poslan s ove web-lokacije. Ponovno učitajte stranicu i pokušajte ponovno.
error-payload-too-large = Ono što ste poslali preveliko je.
error-forbidden = Nemate dopuštenje za ovu radnju.
error-timeout = Poslužitelju je trebalo predugo da odgovori. Pokušajte ponovno.
error-unavailable = Usluga je privremeno nedostupna. Pokušajte ponovno za nekoliko minuta.
error-internal = Došlo je do pogreške na poslužitelju. Pokušajte ponovno; ako se pogreška ponavlja, obratite se administratoru.
error-unexpected = Došlo je do neočekivane pogreške. Pokušajte ponovno.
error-second-factor-required = Unesite kod iz aplikacije za autentifikaciju ili jedan od kodova za oporavak.
error-invalid-second-factor = Taj kod nije točan ili je već iskorišten. Pričekajte novi kod i pokušajte ponovno.
error-sso-not-configured = Vaša organizacija ne nudi jedinstvenu prijavu za ovu adresu e-pošte. Prijavite se lozinkom.
error-profile-managed = Vaša organizacija upravlja vašim imenom, radnim mjestom i tvrtkom putem jedinstvene prijave, pa ih može promijeniti samo administrator.
error-sso-provider-unavailable = Nije moguće povezati se s uslugom za prijavu vaše organizacije. Pokušajte ponovno za nekoliko minuta.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Pravilo uvjetnog pristupa „{ $policy }” vaše organizacije to ne dopušta. Obratite se administratoru.

## Setup link page (/setup)

setup-page-title = Postavljanje – { -product-name }
setup-checking-heading = Provjera poveznice
setup-checking = Pričekajte trenutak dok provjeravamo poveznicu…
setup-expires = Ova poveznica vrijedi do { $time }.
setup-invalid-heading = Ova se poveznica ne može upotrijebiti
setup-missing-heading = Za ovu je stranicu potrebna poveznica za postavljanje
setup-missing = Otvorite cijelu poveznicu koju ste dobili, uključujući dio nakon znaka #.
setup-error-heading = Provjera poveznice nije uspjela
setup-unknown-purpose = Ova je poveznica namijenjena nečemu što ova stranica ne podržava.
setup-invalid-help =
    Zatražite novu poveznicu od administratora. Osoba koja održava poslužitelj može je izraditi
    naredbom „assist-server admin setup-link”.

first-admin-heading = Stvorite organizaciju
first-admin-intro = Postavite { -product-name } za svoju organizaciju i stvorite prvi administratorski račun. Kolege možete pozvati poslije.
first-admin-organisation-legend = Organizacija
first-admin-account-legend = Vaš administratorski račun
first-admin-submit = Stvori organizaciju

reset-heading = Odaberite novu lozinku
reset-intro = Postavite novu lozinku za { $email }.
reset-intro-no-email = Postavite novu lozinku za svoj račun.
reset-submit = Postavi lozinku

## Sign-in page (/sign-in)

sign-in-page-title = Prijava – { -product-name }
sign-in-heading = Prijavite se u { -product-name }
sign-in-intro = Upotrijebite adresu e-pošte i lozinku svojeg računa.
sign-in-submit = Prijava
field-second-factor-code = Kod iz aplikacije za autentifikaciju ili kod za oporavak
sign-in-sso = Prijava računom organizacije
sign-in-sso-needs-email = Najprije unesite adresu e-pošte kako bismo pronašli vašu organizaciju.
sign-in-sso-refused = Jedinstvena prijava vas nije prijavila. Ako vaš račun ima vlastitu lozinku, prijavite se njome ovdje, a zatim povežite jedinstvenu prijavu na svojoj početnoj stranici.
sign-in-or = ili
sign-in-forgot = Zaboravili ste lozinku? Zatražite poveznicu za oporavak od administratora svoje organizacije.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizacija:
user-menu-label = Vaš račun
home-heading = Prijavljeni ste kao { $name }

profile-heading = Vaš profil
profile-name = Ime
profile-email = E-pošta
profile-job-title = Radno mjesto
profile-company = Tvrtka
profile-role = Uloga
profile-not-set = Nije postavljeno
profile-edit = Uredi profil
profile-form-label = Uređivanje vašeg profila
profile-save = Spremi
profile-cancel = Odustani
profile-saved = Vaš je profil spremljen.
profile-managed = Vaša organizacija upravlja vašim imenom, radnim mjestom i tvrtkom putem jedinstvene prijave. Za promjenu se obratite administratoru.
role-administrator = Administrator
role-member = Član

picture-change = Promijeni sliku
picture-hint = Slika u formatu PNG ili JPEG od najviše 256 KB. Osobe kojima pomažete vide je prije nego što podijele svoj zaslon.
picture-uploading = Prijenos slike…
picture-updated = Vaša je slika ažurirana.
picture-wrong-type = Odaberite sliku u formatu PNG ili JPEG.
picture-too-large = Slika je veća od 256 KB. Odaberite manju sliku.

sessions-heading = Gdje ste prijavljeni
sessions-intro = Preglednici u kojima je vaš račun prijavljen. Odjavite se iz onih koje ne prepoznajete.
session-this-device = Ovaj uređaj
session-device = { $browser } na sustavu { $os }
session-device-unknown = Nepoznati preglednik
session-signed-in = Prijava: { $time }
session-last-active = Posljednja aktivnost: { $time }
session-address = S adrese { $address }
session-sign-out = Odjava
session-sign-out-label = Odjava na uređaju { $device }
session-signed-out = Odjavljeni ste na uređaju { $device }.

home-admin-link = Administratorska konzola

## Home page: remote help

home-remote-help-heading = Pomoć na daljinu
home-help-someone-text = Započnite sesiju i dajte osobi sigurnosni kod.
home-help-someone = Pomozi nekome
home-get-help-text = Pomagač vam je dao sigurnosni kod? Unesite ga ovdje.
home-get-help = Zatraži pomoć

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Jedinstvena prijava
home-sso-linked = Vaš je račun povezan s jedinstvenom prijavom vaše organizacije.
home-sso-not-linked = Vaš račun nije povezan s jedinstvenom prijavom vaše organizacije.
home-sso-link-intro = Povezivanjem se možete prijavljivati računom organizacije.
home-sso-link = Poveži jedinstvenu prijavu
home-sso-linking = Prelazak na stranicu za prijavu vaše organizacije…
