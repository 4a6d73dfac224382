# Messages of the web app (Serbian, Latin script). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Pređi na glavni sadržaj
loading = Učitavanje…
go-to-sign-in = Idi na stranicu za prijavljivanje
sign-out = Odjavi se
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Jezik

## Form fields and checks

field-organisation-name = Naziv organizacije
field-organisation-name-hint = Naziv pod kojim je poznaju vaše kolege. Možete ga promeniti kasnije.
field-full-name = Ime i prezime
field-full-name-hint = Prikazuje se osobama kojima pomažete, da bi znale ko se povezuje.
field-email = E-pošta
field-job-title-optional = Radno mesto (opcionalno)
field-company-optional = Preduzeće (opcionalno)
field-password = Lozinka
field-new-password = Nova lozinka
field-confirm-password = Potvrdite lozinku
password-hint = Najmanje 12 znakova. Nekoliko nepovezanih reči čini jaku lozinku koju je lako zapamtiti.
form-required = Ovo polje je obavezno.
form-email-invalid = Unesite adresu e-pošte, na primer name@example.com.
form-fix-fields = Neka polja zahtevaju vašu pažnju. Ispravite polja označena u nastavku.
form-error-summary = Ispravite ova polja:
password-too-short =
    { $min ->
        [one] Lozinka mora imati najmanje { $min } znak.
        [few] Lozinka mora imati najmanje { $min } znaka.
       *[other] Lozinka mora imati najmanje { $min } znakova.
    }
password-too-long =
    { $max ->
        [one] Lozinka može imati najviše { $max } znak.
        [few] Lozinka može imati najviše { $max } znaka.
       *[other] Lozinka može imati najviše { $max } znakova.
    }
password-mismatch = Lozinke se ne podudaraju. Unesite istu lozinku u oba polja.

## Errors from the server, by code

error-network = Nije moguće povezati se sa serverom. Proverite vezu i pokušajte ponovo.
error-invalid-credentials = Adresa e-pošte ili lozinka nisu ispravne.
error-too-many-attempts = Previše pokušaja. Sačekajte trenutak i pokušajte ponovo.
error-too-many-attempts-wait = Previše pokušaja. Sačekajte { $seconds } s i pokušajte ponovo.
error-setup-link-invalid = Ova veza više ne važi: možda je već iskorišćena ili je istekla.
error-conflict = Ovo je u sukobu s nečim što već postoji.
error-email-taken = Nalog sa ovom adresom e-pošte već postoji.
error-unauthenticated = Niste prijavljeni ili je vaša sesija završena. Prijavite se ponovo.
error-origin-mismatch = Zahtev je odbijen jer nije poslat sa ovog sajta. Ponovo učitajte stranicu i pokušajte ponovo.
error-payload-too-large = Ono što ste poslali je preveliko.
error-forbidden = Nemate dozvolu za ovu radnju.
error-timeout = Serveru je trebalo previše vremena da odgovori. Pokušajte ponovo.
error-unavailable = Usluga je privremeno nedostupna. Pokušajte ponovo za nekoliko minuta.
error-internal = Došlo je do greške na serveru. Pokušajte ponovo; ako se greška ponavlja, obratite se administratoru.
error-unexpected = Došlo je do neočekivane greške. Pokušajte ponovo.
error-second-factor-required = Unesite kod iz aplikacije za potvrdu identiteta ili jedan od kodova za oporavak.
error-invalid-second-factor = Taj kod nije ispravan ili je već iskorišćen. Sačekajte novi kod i pokušajte ponovo.
error-sso-not-configured = Vaša organizacija ne nudi jedinstveno prijavljivanje za ovu adresu e-pošte. Prijavite se lozinkom.
error-profile-managed = Vaša organizacija upravlja vašim imenom, radnim mestom i kompanijom preko jedinstvenog prijavljivanja, pa ih može promeniti samo administrator.
error-sso-provider-unavailable = Nije moguće povezati se sa uslugom za prijavljivanje vaše organizacije. Pokušajte ponovo za nekoliko minuta.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Smernica uslovnog pristupa „{ $policy }“ vaše organizacije to ne dozvoljava. Obratite se administratoru.

## Setup link page (/setup)

setup-page-title = Podešavanje – { -product-name }
setup-checking-heading = Provera veze
setup-checking = Sačekajte trenutak dok proveravamo vezu…
setup-expires = Ova veza važi do { $time }.
setup-invalid-heading = Ova veza ne može da se koristi
setup-missing-heading = Za ovu stranicu je potrebna veza za podešavanje
setup-missing = Otvorite celu vezu koju ste dobili, uključujući deo posle znaka #.
setup-error-heading = Provera veze nije uspela
setup-unknown-purpose = Ova veza je namenjena nečemu što ova stranica ne podržava.
setup-invalid-help =
    Zatražite novu vezu od administratora. Osoba koja održava server može da je napravi
    komandom „assist-server admin setup-link“.

first-admin-heading = Napravite organizaciju
first-admin-intro = Podesite { -product-name } za svoju organizaciju i napravite prvi administratorski nalog. Kolege možete da pozovete kasnije.
first-admin-organisation-legend = Organizacija
first-admin-account-legend = Vaš administratorski nalog
first-admin-submit = Napravi organizaciju

reset-heading = Izaberite novu lozinku
reset-intro = Postavite novu lozinku za { $email }.
reset-intro-no-email = Postavite novu lozinku za svoj nalog.
reset-submit = Postavi lozinku

## Sign-in page (/sign-in)

sign-in-page-title = Prijavljivanje – { -product-name }
sign-in-heading = Prijavite se na { -product-name }
sign-in-intro = Koristite adresu e-pošte i lozinku svog naloga.
sign-in-submit = Prijavi se
field-second-factor-code = Kod iz aplikacije za potvrdu identiteta ili kod za oporavak
sign-in-sso = Prijavi se nalogom organizacije
sign-in-sso-needs-email = Najpre unesite adresu e-pošte da bismo pronašli vašu organizaciju.
sign-in-sso-refused = Jedinstveno prijavljivanje vas nije prijavilo. Ako vaš nalog ima sopstvenu lozinku, prijavite se njome ovde, a zatim povežite jedinstveno prijavljivanje na svojoj početnoj stranici.
sign-in-or = ili
sign-in-forgot = Zaboravili ste lozinku? Zatražite vezu za oporavak od administratora svoje organizacije.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizacija:
user-menu-label = Vaš nalog
home-heading = Prijavljeni ste kao { $name }

profile-heading = Vaš profil
profile-name = Ime
profile-email = E-pošta
profile-job-title = Radno mesto
profile-company = Preduzeće
profile-role = Uloga
profile-not-set = Nije podešeno
profile-edit = Uredi profil
profile-form-label = Uređivanje vašeg profila
profile-save = Sačuvaj
profile-cancel = Otkaži
profile-saved = Vaš profil je sačuvan.
profile-managed = Vaša organizacija upravlja vašim imenom, radnim mestom i kompanijom preko jedinstvenog prijavljivanja. Da biste ih promenili, obratite se administratoru.
role-administrator = Administrator
role-member = Član

picture-change = Promeni sliku
picture-hint = PNG ili JPEG slika od najviše 256 KB. Osobe kojima pomažete vide je pre nego što podele svoj ekran.
picture-uploading = Otpremanje slike…
picture-updated = Vaša slika je ažurirana.
picture-wrong-type = Izaberite PNG ili JPEG sliku.
picture-too-large = Slika je veća od 256 KB. Izaberite manju sliku.

sessions-heading = Gde ste prijavljeni
sessions-intro = Pregledači u kojima je vaš nalog prijavljen. Odjavite se iz onih koje ne prepoznajete.
session-this-device = Ovaj uređaj
session-device = { $browser } na sistemu { $os }
session-device-unknown = Nepoznat pregledač
session-signed-in = Prijava: { $time }
session-last-active = Poslednja aktivnost: { $time }
session-address = Sa adrese { $address }
session-sign-out = Odjavi se
session-sign-out-label = Odjavi se na uređaju { $device }
session-signed-out = Odjavljeni ste na uređaju { $device }.

home-admin-link = Administratorska konzola

## Home page: remote help

home-remote-help-heading = Pomoć na daljinu
home-help-someone-text = Započnite sesiju i dajte osobi bezbednosni kod.
home-help-someone = Pomozi nekome
home-get-help-text = Pomoćnik vam je dao bezbednosni kod? Unesite ga ovde.
home-get-help = Zatraži pomoć

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Jedinstveno prijavljivanje
home-sso-linked = Vaš nalog je povezan sa jedinstvenim prijavljivanjem vaše organizacije.
home-sso-not-linked = Vaš nalog nije povezan sa jedinstvenim prijavljivanjem vaše organizacije.
home-sso-link-intro = Povezivanje vam omogućava da se prijavljujete nalogom organizacije.
home-sso-link = Poveži jedinstveno prijavljivanje
home-sso-linking = Prelazak na stranicu za prijavljivanje vaše organizacije…
