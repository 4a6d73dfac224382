# Messages of the admin console (/admin), Serbian (Latin script). Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administratorska konzola – { -product-name }
admin-page-title = { $section } – Administratorska konzola – { $organisation }
admin-console-name = Administratorska konzola
admin-back-home = Nazad na početnu
admin-nav-label = Administratorska konzola
admin-nav-group-people = Osobe
admin-nav-group-access = Pristup
admin-nav-group-devices = Uređaji
admin-nav-group-organisation = Organizacija
admin-nav-group-activity = Aktivnost

admin-denied-title = Nema pristupa – { -product-name }
admin-denied-heading = Nemate dozvolu za korišćenje administratorske konzole
admin-denied-text = Vaš nalog može da koristi { -product-name }, ali nema dozvolu da upravlja vašom organizacijom.
admin-denied-help = Ako treba da upravljate korisnicima, uređajima ili podešavanjima, zamolite administratora svoje organizacije da vam dodeli ulogu sa tim dozvolama.

## Shared words

admin-save = Sačuvaj
admin-cancel = Otkaži
admin-done = Gotovo
admin-edit = Uredi
admin-delete = Izbriši
admin-remove = Ukloni
admin-revoke = Opozovi
admin-manage = Upravljaj
admin-copy = Kopiraj
admin-refresh = Osveži
admin-search = Pretraži
admin-apply-filters = Primeni filtere
admin-clear-filters = Obriši filtere
admin-export-csv = Izvezi CSV
admin-filter-any = Sve
admin-filter-anyone = Bilo ko
admin-filter-any-device = Bilo koji uređaj
admin-not-set = Nije podešeno
admin-never = Nikad
admin-no-changes = Nema šta da se sačuva: nijedno polje nije promenjeno.
admin-name-taken = Ovaj naziv se već koristi. Izaberite drugi.
admin-number-range = Unesite ceo broj od { $min } do { $max }.
admin-error-refused = Server je ovo odbio: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Ne možete da koristite ovaj odeljak: potrebna mu je dozvola „{ $permission }“ za celu organizaciju (sve korisnike i sve uređaje), a vaše uloge je ne daju tako široko.
admin-section-denied-ask = Zamolite administratora organizacije { $organisation } da vam je dodeli za celu organizaciju.
admin-choose-user = Izaberite osobu…
admin-choose-user-first = Najpre izaberite osobu.
admin-choose-device = Izaberite uređaj…
admin-choose-device-first = Najpre izaberite uređaj.
admin-choose-role = Izaberite ulogu…
admin-no-devices-yet = Još nema registrovanih uređaja
admin-unknown-user = Nepoznat korisnik
admin-unknown-group = Nepoznata grupa
admin-unknown-role = Nepoznata uloga

admin-page-previous = Prethodna stranica
admin-page-next = Sledeća stranica
admin-page-number = Stranica { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = zasad { $duration }

## Table column headings

admin-column-name = Naziv
admin-column-email = E-pošta
admin-column-job-title = Radno mesto
admin-column-company = Preduzeće
admin-column-role = Uloga
admin-column-status = Status
admin-column-actions = Radnje
admin-column-description = Opis
admin-column-members = Članovi
admin-column-created = Napravljeno
admin-column-permissions = Dozvole
admin-column-member-groups = Dodeljeno
admin-column-scope = Opseg
admin-column-state = Stanje
admin-column-targets = Primenjuje se na
admin-column-conditions = Uslovi
admin-column-grant = Radnja
admin-column-device = Uređaj
admin-column-platform = Operativni sistem
admin-column-primary-user = Primarni korisnik
admin-column-agent = Verzija agenta
admin-column-enrollment = Registracija
admin-column-compliance = Usaglašenost
admin-column-last-check-in = Poslednja sinhronizacija
admin-column-uses = Registrovani uređaji
admin-column-expires = Ističe
admin-column-rules = Pravila
admin-column-helper = Pomoćnik
admin-column-sharer = Primalac pomoći
admin-column-access = Odobreni pristup
admin-column-started = Početak
admin-column-duration = Trajanje
admin-column-outcome = Način završetka
admin-column-chat = Poruke ćaskanja
admin-column-time = Vreme
admin-column-actor = Ko
admin-column-action = Radnja
admin-column-target = Objekat
admin-column-detail = Detalji

## Users

admin-users-title = Korisnici
admin-users-intro = Osobe u vašoj organizaciji koje mogu da se prijave na { -product-name } i njihovi profili onako kako ih vide osobe kojima pomažu.
admin-users-search = Pretražite po imenu, e-pošti, radnom mestu ili preduzeću
admin-users-search-label = Pretraga korisnika
admin-users-pages = Stranice korisnika
admin-users-search-summary =
    { $count ->
        [0] Nijedan korisnik na ovoj stranici ne odgovara upitu „{ $term }“.
        [one] { $count } korisnik odgovara upitu „{ $term }“.
        [few] { $count } korisnika odgovaraju upitu „{ $term }“.
       *[other] { $count } korisnika odgovara upitu „{ $term }“.
    }
admin-users-none-found = Nijedan korisnik ne odgovara upitu „{ $term }“.
admin-users-empty = Još nema korisnika.
admin-user-create = Napravi korisnika
admin-user-create-title = Pravljenje korisnika
admin-user-create-submit = Napravi korisnika
admin-user-created = Korisnik { $name } je napravljen.
admin-user-job-title = Radno mesto (opcionalno)
admin-user-company = Preduzeće (opcionalno)
admin-user-initial-password = Početna lozinka (opcionalno)
admin-user-initial-password-hint = Najmanje 12 znakova. Bez lozinke osoba može da se prijavi samo jedinstvenim prijavljivanjem ili pomoću veze za oporavak.
admin-user-is-admin = Administrator organizacije
admin-user-is-admin-hint = Administratori mogu sve, bez obzira na to koje su im uloge dodeljene.
admin-user-edit-title = Uređivanje korisnika { $name }
admin-user-edit-label = Uredi korisnika { $name }
admin-user-email-fixed = Adresa e-pošte identifikuje nalog i ovde ne može da se promeni.
admin-user-disabled = Prijavljivanje je onemogućeno
admin-user-disabled-hint = Onemogućavanjem prijavljivanja završavaju se i sesije osobe i opozivaju njeni API tokeni.
admin-user-new-password = Nova lozinka (opcionalno)
admin-user-new-password-hint = Ostavite prazno da biste zadržali trenutnu lozinku. Postavljanjem nove lozinke osoba se odjavljuje svuda.
admin-user-saved = Promene za korisnika { $name } su sačuvane.
admin-user-status-active = Aktivan
admin-user-status-disabled = Prijavljivanje je onemogućeno
admin-user-delete-label = Izbriši korisnika { $name }
admin-user-delete-title = Izbrisati korisnika { $name }?
admin-user-delete-text = Nalog { $email } biće izbrisan i odjavljen svuda. Ovo ne može da se opozove.
admin-user-delete-confirm = Izbriši korisnika
admin-user-deleted = Korisnik { $name } je izbrisan.
admin-user-picture = Slika profila
admin-user-picture-choose = Otpremi sliku
admin-user-picture-remove = Ukloni sliku
admin-user-picture-hint = PNG ili JPEG slika od najviše 256 KB. Menja se odmah; osobe kojima ova osoba pomaže vide je pre nego što podele ekran.
admin-user-picture-uploading = Otpremanje slike…
admin-user-picture-updated = Slika korisnika { $name } je ažurirana.
admin-user-picture-removed = Slika korisnika { $name } je uklonjena.

## Groups

admin-groups-title = Grupe
admin-groups-intro = Grupe okupljaju osobe i uređaje. Dodele uloga daju uloge članovima grupa nad drugim grupama.
admin-groups-pages = Stranice grupa
admin-groups-empty = Još nema grupa. Napravite grupu da biste dodelili uloge njenim članovima.
admin-groups-back = Sve grupe
admin-group-create = Napravi grupu
admin-group-create-title = Pravljenje grupe
admin-group-create-submit = Napravi grupu
admin-group-created = Grupa „{ $name }“ je napravljena.
admin-group-name = Naziv grupe
admin-group-description = Opis (opcionalno)
admin-group-description-hint = Čemu grupa služi, na primer „Zaposleni u službi za podršku u Berlinu“.
admin-group-member-count =
    { $count ->
        [0] Nema članova
        [one] { $count } član
        [few] { $count } člana
       *[other] { $count } članova
    }
admin-group-manage-label = Upravljaj grupom „{ $name }“
admin-group-delete = Izbriši grupu
admin-group-delete-label = Izbriši grupu „{ $name }“
admin-group-delete-title = Izbrisati grupu „{ $name }“?
admin-group-delete-text = Njeni članovi zadržavaju naloge, ali gube ono što su im dodele uloga davale preko ove grupe. Ovo ne može da se opozove.
admin-group-delete-confirm = Izbriši grupu
admin-group-deleted = Grupa „{ $name }“ je izbrisana.
admin-group-detail-intro = Preimenujte grupu i izaberite njene članove i uređaje.
admin-group-details = Naziv i opis
admin-group-saved = Grupa „{ $name }“ je sačuvana.
admin-group-members = Članovi
admin-group-no-members = Ova grupa još nema članova.
admin-group-add-member = Dodaj člana
admin-group-add-member-label = Osoba koju treba dodati
admin-group-everyone-member = Svi su već članovi
admin-group-member-added = Korisnik { $name } je dodat u grupu „{ $group }“.
admin-group-member-removed = Korisnik { $name } je uklonjen iz grupe „{ $group }“.
admin-group-remove-member-label = Ukloni korisnika { $name } iz grupe
admin-group-devices = Uređaji
admin-group-devices-intro = Dodele uloga koje ovu grupu navode u svom opsegu obuhvataju i uređaje u njoj.
admin-group-device-label = Uređaj
admin-group-add-device = Dodaj u grupu
admin-group-remove-device-label = Ukloni uređaj { $device } iz grupe
admin-group-no-devices = U ovoj grupi još nema uređaja.
admin-group-device-added = Uređaj { $device } je dodat u grupu „{ $group }“.
admin-group-device-removed = Uređaj { $device } je uklonjen iz grupe „{ $group }“.

## Roles and role assignments

admin-roles-title = Uloge
admin-roles-intro = Uloga je skup dozvola. Dodele uloga daju ulogu članovima grupa nad osobama i uređajima u svom opsegu.
admin-roles-list = Uloge
admin-roles-list-intro = Ugrađene uloge ne mogu da se menjaju; kopirajte neku da biste započeli prilagođenu ulogu.
admin-roles-empty = Nema uloga.
admin-role-create = Napravi ulogu
admin-role-create-title = Pravljenje uloge
admin-role-create-submit = Napravi ulogu
admin-role-created = Uloga „{ $name }“ je napravljena.
admin-role-edit-title = Uređivanje uloge „{ $name }“
admin-role-edit-label = Uredi ulogu „{ $name }“
admin-role-saved = Uloga „{ $name }“ je sačuvana.
admin-role-copy = Kopiraj
admin-role-copy-label = Kopiraj ulogu „{ $name }“ kao novu ulogu
admin-role-copy-name = { $name } (kopija)
admin-role-name = Naziv uloge
admin-role-description = Opis (opcionalno)
admin-role-built-in = Ugrađena
admin-role-no-permissions = Nema dozvola
admin-role-delete-label = Izbriši ulogu „{ $name }“
admin-role-delete-title = Izbrisati ulogu „{ $name }“?
admin-role-delete-text = Mogu da se izbrišu samo uloge koje ne daje nijedna dodela. Ovo ne može da se opozove.
admin-role-delete-confirm = Izbriši ulogu
admin-role-deleted = Uloga „{ $name }“ je izbrisana.

admin-perm-group-remote-help = Pomoć na daljinu
admin-perm-group-reading = Čitanje
admin-perm-group-administration = Administracija
admin-perm-offer = Nuđenje pomoći na daljinu
admin-perm-offer-hint = Započinjanje sesije pomoći na daljinu sa osobom iz opsega.
admin-perm-view-screen = Prikaz ekrana
admin-perm-view-screen-hint = Gledanje ekrana osobe iz opsega.
admin-perm-full-control = Preuzimanje potpune kontrole
admin-perm-full-control-hint = Korišćenje miša i tastature osobe iz opsega, uz njenu saglasnost.
admin-perm-elevation = Povišena prava
admin-perm-elevation-hint = Rezervisano za neku od narednih verzija: pokretanje s povišenim pravima na uređaju osobe.
admin-perm-read = Čitanje uređaja i izveštaja
admin-perm-read-hint = Pregled inventara uređaja, aktivnih sesija i izveštaja o sesijama.
admin-perm-manage-users = Upravljanje korisnicima i grupama
admin-perm-manage-users-hint = Pravljenje, menjanje i brisanje korisnika i grupa, njihovih slika i drugih faktora.
admin-perm-manage-roles = Upravljanje ulogama
admin-perm-manage-roles-hint = Pravljenje i menjanje uloga i dodela uloga.
admin-perm-manage-devices = Upravljanje uređajima
admin-perm-manage-devices-hint = Pravljenje tokena za registraciju, povlačenje i brisanje uređaja.
admin-perm-manage-settings = Upravljanje podešavanjima
admin-perm-manage-settings-hint = Menjanje podešavanja i verifikovanih domena organizacije i zaustavljanje aktivnih sesija.
admin-perm-manage-policies = Upravljanje smernicama
admin-perm-manage-policies-hint = Pravljenje i menjanje smernica za uslovni pristup i usaglašenost.
admin-perm-read-audit = Čitanje evidencije nadzora
admin-perm-read-audit-hint = Pregled i izvoz svake zabeležene promene i prijave.
admin-perm-create-api-tokens = Pravljenje API tokena
admin-perm-create-api-tokens-hint = Pravljenje tokena za skripte koje deluju sa sopstvenim pravima vlasnika. Tokeni ističu posle 90 dana, osim ako nije drugačije podešeno (najviše godinu dana).

admin-assignments-title = Dodele uloga
admin-assignments-intro = Ko dobija koju ulogu i nad kim.
admin-assignments-empty = Još nema dodela uloga. Bez njih samo administratori mogu bilo kome da pomognu.
admin-assignment-create = Napravi dodelu
admin-assignment-create-title = Pravljenje dodele uloge
admin-assignment-create-submit = Napravi dodelu
admin-assignment-created = Dodela „{ $name }“ je napravljena.
admin-assignment-edit-title = Uređivanje dodele „{ $name }“
admin-assignment-edit-label = Uredi dodelu „{ $name }“
admin-assignment-saved = Dodela „{ $name }“ je sačuvana.
admin-assignment-name = Naziv dodele
admin-assignment-name-hint = Na primer „Služba za podršku pomaže Finansijama“.
admin-assignment-role = Uloga
admin-assignment-members = Dodeli ulogu članovima grupa
admin-assignment-members-hint = Pomoćnici: svi u ovim grupama dobijaju ulogu.
admin-assignment-no-groups = Još nema grupa. Najpre napravite grupe.
admin-assignment-scope = Opseg
admin-assignment-scope-hint = Osobe i uređaji na koje se uloga odnosi.
admin-assignment-scope-groups = Osobe i uređaji u ovim grupama
admin-assignment-scope-groups-hint = Članovi i uređaji izabranih grupa.
admin-assignment-needs-members = Izaberite bar jednu grupu kojoj ćete dodeliti ulogu.
admin-assignment-needs-scope = Izaberite na šta se uloga odnosi: sve korisnike, sve uređaje ili grupe.
admin-assignment-delete-label = Izbriši dodelu „{ $name }“
admin-assignment-delete-title = Izbrisati dodelu „{ $name }“?
admin-assignment-delete-text = Članovi njenih grupa odmah gube ulogu koju im je dala. Ovo ne može da se opozove.
admin-assignment-delete-confirm = Izbriši dodelu
admin-assignment-deleted = Dodela „{ $name }“ je izbrisana.
admin-scope-all-users = Svi korisnici
admin-scope-all-users-hint = Svaka osoba u organizaciji.
admin-scope-all-devices = Svi uređaji
admin-scope-all-devices-hint = Svaki registrovani uređaj organizacije.

## Conditional access

admin-policies-title = Uslovni pristup
admin-policies-intro = Smernice odlučuju da li pomoćnik sme da koristi konzolu; proveravaju se pri prijavljivanju i ponovo kada započne sesiju. Odbijanje navodi naziv smernice.
admin-policies-list = Smernice
admin-policies-empty = Nema smernica za uslovni pristup. Svaki pomoćnik koji može da se prijavi sme da koristi konzolu.
admin-policy-create = Napravi smernicu
admin-policy-create-title = Pravljenje smernice za uslovni pristup
admin-policy-create-submit = Napravi smernicu
admin-policy-created = Smernica „{ $name }“ je napravljena.
admin-policy-edit-title = Uređivanje smernice „{ $name }“
admin-policy-edit-label = Uredi smernicu „{ $name }“
admin-policy-saved = Smernica „{ $name }“ je sačuvana.
admin-policy-delete-label = Izbriši smernicu „{ $name }“
admin-policy-delete-title = Izbrisati smernicu „{ $name }“?
admin-policy-delete-text = Odmah prestaje da se primenjuje. Ovo ne može da se opozove.
admin-policy-delete-confirm = Izbriši smernicu
admin-policy-deleted = Smernica „{ $name }“ je izbrisana.
admin-policy-name = Naziv smernice
admin-policy-name-hint = Pomoćnici ga vide kada ih smernica odbije, pa neka kaže zašto, na primer „Drugi faktor van kancelarije“.
admin-policy-state = Stanje
admin-policy-state-enabled = Omogućeno
admin-policy-state-enabled-hint = Smernica se primenjuje.
admin-policy-state-report-only = Samo izveštaj
admin-policy-state-report-only-hint = Smernica se procenjuje i ono što bi uradila upisuje se u evidenciju nadzora, ali nikada nikoga ne odbija. Nove smernice najpre isprobajte na ovaj način.
admin-policy-state-disabled = Onemogućeno
admin-policy-state-disabled-hint = Smernica se zanemaruje.
admin-policy-targets = Primenjuje se na
admin-policy-targets-hint = Pomoćnici na koje se ova smernica odnosi.
admin-policy-all-users = Svi korisnici
admin-policy-users = Ove osobe
admin-policy-groups = Članovi ovih grupa
admin-policy-needs-targets = Izaberite na koga se smernica primenjuje: sve korisnike, osobe ili grupe.
admin-policy-conditions = Uslovi
admin-policy-conditions-hint = Smernica se primenjuje samo kada su ispunjeni svi ovde postavljeni uslovi. Ostavite ih prazne da bi se uvek primenjivala.
admin-policy-inside = Adresa klijenta je u jednoj od ovih mreža
admin-policy-inside-hint = Jedan opseg po redu u CIDR notaciji, na primer 10.0.0.0/8 ili 2001:db8::/32.
admin-policy-outside = Adresa klijenta nije ni u jednoj od ovih mreža
admin-policy-outside-hint = Za pravila koja važe van kancelarije. Jedan opseg po redu.
admin-policy-network-invalid = „{ $value }“ nije mrežni opseg. Unesite opsege kao što je 192.168.0.0/16.
admin-policy-second-factor = Drugi faktor pri prijavljivanju
admin-policy-second-factor-any = Svejedno
admin-policy-second-factor-yes = Korišćen je drugi faktor
admin-policy-second-factor-no = Nije korišćen drugi faktor
admin-policy-grant = Radnja
admin-policy-grant-allow = Dozvoli
admin-policy-grant-allow-hint = Beleži se u evidenciji nadzora; druge smernice i dalje mogu da odbiju.
admin-policy-grant-block = Blokiraj
admin-policy-grant-block-hint = Odbij prijavljivanje na konzolu i započinjanje sesija.
admin-policy-grant-second-factor = Zahtevaj drugi faktor
admin-policy-grant-second-factor-hint = Dozvoli samo prijavljivanja koja su koristila drugi faktor.
admin-policy-lockout-warning = Pazite da sebi ne zaključate pristup: smernica koja vas blokira primenjuje se od vašeg sledećeg prijavljivanja. Najpre proverite smernicu u režimu „Samo izveštaj“.
admin-policy-when-inside = Unutar { $networks }
admin-policy-when-outside = Izvan { $networks }
admin-policy-when-second-factor = Korišćen je drugi faktor
admin-policy-when-no-second-factor = Nije korišćen drugi faktor
admin-policy-always = Uvek

## Devices

admin-devices-title = Uređaji
admin-devices-intro = Uređaji registrovani pomoću aplikacije { -product-name }, sa podacima koje su poslednje prijavili i informacijom o tome da li ispunjavaju vaše smernice za usaglašenost.
admin-devices-enroll-link = Registruj uređaje
admin-devices-filters = Filtriranje uređaja
admin-devices-search = Pretraga
admin-devices-search-hint = Ime hosta, serijski broj, model ili primarni korisnik.
admin-devices-platform = Operativni sistem
admin-devices-compliance = Usaglašenost
admin-devices-state = Registracija
admin-devices-pages = Stranice uređaja
admin-devices-empty = Još nema registrovanih uređaja. Napravite token za registraciju da biste registrovali prve.
admin-devices-none-match = Nijedan uređaj ne odgovara ovim filterima.
admin-devices-back = Svi uređaji
admin-device-remote-help = Nova sesija pomoći na daljinu
admin-device-unnamed = Neimenovani uređaj
admin-device-compliant = Usaglašen
admin-device-not-compliant = Nije usaglašen
admin-device-failing-count =
    { $count ->
        [one] { $count } neispunjeno pravilo
        [few] { $count } neispunjena pravila
       *[other] { $count } neispunjenih pravila
    }
admin-device-state-active = Registrovan
admin-device-state-retired = Povučen
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nije prijavljen
admin-device-details = Detalji
admin-device-host-name = Ime hosta
admin-device-model = Model
admin-device-serial = Serijski broj
admin-device-agent-version = Verzija agenta
admin-device-disk = Šifrovanje diska
admin-device-disk-encrypted = Šifrovan
admin-device-disk-not-encrypted = Nije šifrovan
admin-device-enrolled-at = Registrovan
admin-device-id = ID uređaja
admin-device-compliance = Usaglašenost
admin-device-meets-all = Ovaj uređaj ispunjava sva pravila vaših smernica za usaglašenost.
admin-device-failing-intro = Ova pravila nisu ispunjena:
admin-device-policies-link = Pregledaj smernice za usaglašenost
admin-device-retire = Povuci uređaj
admin-device-retire-title = Povući uređaj { $name }?
admin-device-retire-text = Njegovi akreditivi odmah prestaju da važe: više ne može da se sinhronizuje niti da potvrdi svoj identitet kada neko zatraži pomoć na njemu. Uređaj ostaje na listi, označen kao povučen.
admin-device-retire-confirm = Povuci uređaj
admin-device-retired = Uređaj { $name } je povučen.
admin-device-delete = Izbriši uređaj
admin-device-delete-title = Izbrisati uređaj { $name }?
admin-device-delete-text = Uređaj i njegova istorija uklanjaju se iz inventara. Da biste ga ponovo koristili, ponovo ga registrujte. Ovo ne može da se opozove.
admin-device-delete-confirm = Izbriši uređaj

## Enrollment tokens

admin-tokens-title = Tokeni za registraciju
admin-tokens-intro = Uređaj se registruje pomoću tokena koji ovde napravite. Svaki token važi ograničeno vreme i za ograničen broj uređaja.
admin-tokens-list = Tokeni
admin-tokens-empty = Još nema tokena za registraciju.
admin-token-create = Napravi token
admin-token-create-title = Pravljenje tokena za registraciju
admin-token-create-submit = Napravi token
admin-token-created = Token „{ $name }“ je napravljen.
admin-token-name = Naziv
admin-token-name-hint = Gde se koristi, na primer „Laptopovi kancelarije u Berlinu“.
admin-token-hours = Važi (sati)
admin-token-hours-hint = Od 1 do 720 sati (30 dana).
admin-token-max-uses = Broj uređaja koje može da registruje
admin-token-max-uses-hint = Od 1 do 10.000.
admin-token-shown-once = Kopirajte ovaj token sada. Prikazuje se samo jednom; ako se izgubi, opozovite ga i napravite drugi.
admin-token-secret = Token „{ $name }“
admin-token-secret-hint = Dajte ga aplikaciji { -product-name } kada registrujete uređaj (assist-agent enroll). Svako ko ga ima može da registruje uređaje u vašoj organizaciji dok ne istekne ili ne bude opozvan.
admin-token-copy-label = Kopiraj token
admin-token-copied = Token je kopiran u ostavu.
admin-token-copy-failed = Kopiranje tokena nije uspelo. Izaberite ga i kopirajte ručno.
admin-token-active = Aktivan
admin-token-revoked = Opozvan
admin-token-expired = Istekao
admin-token-used-up = Iskorišćen
admin-token-uses = { $uses } od { $max }
admin-token-revoke-label = Opozovi token „{ $name }“
admin-token-revoke-title = Opozvati token „{ $name }“?
admin-token-revoke-text = Uređaji više ne mogu da se registruju pomoću njega. Uređaji koje je već registrovao ostaju registrovani.
admin-token-revoke-confirm = Opozovi token
admin-token-revoked-done = Token „{ $name }“ je opozvan.

## Compliance policies

admin-compliance-title = Smernice za usaglašenost
admin-compliance-intro = Pravila koja registrovani uređaji moraju da ispune. Uređaj koji ne ispuni neko od njih označava se kao neusaglašen, a pomoćnici dobijaju upozorenje pre nego što na njemu pružaju pomoć.
admin-compliance-list = Smernice
admin-compliance-empty = Nema smernica za usaglašenost, pa se svaki uređaj smatra usaglašenim.
admin-compliance-create = Napravi smernicu
admin-compliance-create-title = Pravljenje smernice za usaglašenost
admin-compliance-create-submit = Napravi smernicu
admin-compliance-created = Smernica „{ $name }“ je napravljena. Uređaji su ponovo provereni.
admin-compliance-edit-title = Uređivanje smernice „{ $name }“
admin-compliance-edit-label = Uredi smernicu „{ $name }“
admin-compliance-saved = Smernica „{ $name }“ je sačuvana. Uređaji su ponovo provereni.
admin-compliance-delete-label = Izbriši smernicu „{ $name }“
admin-compliance-delete-title = Izbrisati smernicu „{ $name }“?
admin-compliance-delete-text = Njena pravila prestaju da se primenjuju, a uređaji se ponovo proveravaju. Ovo ne može da se opozove.
admin-compliance-delete-confirm = Izbriši smernicu
admin-compliance-deleted = Smernica „{ $name }“ je izbrisana.
admin-compliance-name = Naziv smernice
admin-compliance-name-hint = Prikazuje se uz svako neispunjeno pravilo, na primer „Osnovna bezbednost“.
admin-compliance-os-legend = Minimalna verzija operativnog sistema
admin-compliance-os-hint = Ostavite platformu praznu da biste prihvatili bilo koju verziju.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Na primer 14.2.1
admin-compliance-version-invalid = Unesite verziju kao brojeve razdvojene tačkama, na primer 14.2.1.
admin-compliance-other-legend = Ostala pravila
admin-compliance-min-agent = Minimalna verzija aplikacije { -product-name }
admin-compliance-max-days = Najviše dana od poslednje sinhronizacije
admin-compliance-max-days-hint = Od 1 do 365. Ostavite prazno za neograničeno.
admin-compliance-disk = Zahtevaj šifrovanje diska
admin-compliance-disk-hint = Sistemski disk mora biti šifrovan (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ili novija
admin-rule-min-agent = Aplikacija { $version } ili novija
admin-rule-check-in =
    { $days ->
        [1] Sinhronizovan tokom poslednjeg dana
        [one] Sinhronizovan u proteklih { $days } dan
        [few] Sinhronizovan u protekla { $days } dana
       *[other] Sinhronizovan u proteklih { $days } dana
    }
admin-rule-disk = Disk je šifrovan
admin-rule-none = Nema pravila

## Settings

admin-settings-title = Podešavanja
admin-settings-intro = Kako pomoć na daljinu funkcioniše u vašoj organizaciji. Svaka promena se beleži u evidenciji nadzora.
admin-settings-organisation = Organizacija
admin-settings-name-hint = Prikazuje se osobama kojima pomažete kada u profilu pomoćnika nije navedeno preduzeće.
admin-settings-remote-help-heading = Pomoć na daljinu
admin-settings-remote-help = Dozvoli pomoć na daljinu
admin-settings-remote-help-hint = Pomoćnici mogu da započinju sesije samo dok je ovo uključeno. Isključivanjem se završavaju i sesije koje su u toku.
admin-settings-unenrolled = Dozvoli pomoć na uređajima koji nisu registrovani
admin-settings-unenrolled-hint = Omogućava osobama da dele ekran iz veb pregledača ili sa uređaja koji nije registrovan. Pomoćnici i dalje dobijaju upozorenje da je uređaj nepoznat.
admin-settings-chat = Ćaskanje tokom sesija
admin-settings-chat-hint = Pomoćnici i osobe kojima pomažu mogu da razmenjuju poruke. Poruke se čuvaju uz izveštaj o sesiji.
admin-settings-limits = Kodovi i izveštaji
admin-settings-code-lifetime = Trajanje bezbednosnog koda (minuti)
admin-settings-code-lifetime-hint = Koliko dugo važi kod koji pomoćnik saopštava: od { $min } do { $max } minuta.
admin-settings-retention = Čuvaj izveštaje o sesijama (dana)
admin-settings-retention-hint = Stariji izveštaji i njihova ćaskanja se brišu: od { $min } do { $max } dana.
admin-settings-save = Sačuvaj podešavanja
admin-settings-saved = Podešavanja su sačuvana.
admin-settings-updated-at = Poslednja promena: { $time }.
admin-settings-defaults = Ovo su podrazumevana podešavanja; nikada nisu menjana.

## Live sessions

admin-live-title = Aktivne sesije
admin-live-intro = Sesije pomoći na daljinu koje još nisu završene. Lista se osvežava na nekoliko sekundi.
admin-live-list = Sesije u toku
admin-live-empty = Nema sesija u toku.
admin-live-updated = Ažurirano: { $time }
admin-live-count =
    { $count ->
        [0] Nema sesija u toku.
        [one] { $count } sesija je u toku.
        [few] { $count } sesije su u toku.
       *[other] { $count } sesija je u toku.
    }
admin-live-not-joined = Još nema pridruživanja
admin-live-nobody = još niko
admin-live-state-waiting = Čeka se kod
admin-live-state-joined = Pridruženo
admin-live-state-requested = Traži se pristup
admin-live-state-active = Deljenje
admin-live-state-ended = Završeno
admin-live-revoke-label = Opozovi sesiju pomoćnika { $helper } (primalac pomoći: { $sharer })
admin-live-revoke-title = Zaustaviti ovu sesiju?
admin-live-revoke-text = Sesija pomoćnika { $helper } (primalac pomoći: { $sharer }) odmah se završava za oba učesnika.
admin-live-revoke-confirm = Zaustavi sesiju
admin-live-revoked = Sesija pomoćnika { $helper } je zaustavljena.

## Session reports

admin-reports-title = Izveštaji o sesijama
admin-reports-intro = Svaka sesija pomoći na daljinu: ko je kome pomogao, na kom uređaju, koji je pristup odobren i kako se završila.
admin-reports-filters = Filtriranje izveštaja o sesijama
admin-reports-export-label = Izvezi CSV izveštaja o sesijama koji odgovaraju filterima
admin-reports-helper = Pomoćnik
admin-reports-sharer = Primalac pomoći
admin-reports-device = Uređaj
admin-reports-end-reason = Način završetka
admin-reports-from = Započete od
admin-reports-to = Započete pre
admin-reports-pages = Stranice izveštaja o sesijama
admin-reports-empty = Još nema izveštaja o sesijama.
admin-reports-none-match = Nijedna sesija ne odgovara ovim filterima.
admin-reports-back = Svi izveštaji o sesijama
admin-report-open-label = Sesija pomoćnika { $helper }, započeta { $time }
admin-report-title = { $helper } pomaže korisniku { $sharer }
admin-report-title-alone = Sesija pomoćnika { $helper }
admin-report-started = Početak: { $time }
admin-report-details = Detalji
admin-report-client = Deljeno iz
admin-report-joined = Pridruživanje
admin-report-ended = Završetak
admin-report-id = ID sesije
admin-report-no-device = Nema uređaja
admin-report-mode-control = Potpuna kontrola
admin-report-mode-view = Samo prikaz
admin-report-mode-none = Nijedan
admin-report-transcript = Zapis ćaskanja
admin-report-transcript-count =
    { $count ->
        [0] Zapis ćaskanja
        [one] Zapis ćaskanja ({ $count } poruka)
        [few] Zapis ćaskanja ({ $count } poruke)
       *[other] Zapis ćaskanja ({ $count } poruka)
    }
admin-report-no-chat = U ovoj sesiji nije bilo poruka ćaskanja.
admin-role-helper = Pomoćnik
admin-role-sharer = Primalac pomoći
admin-client-agent = Aplikacija { -product-name }
admin-client-web = Veb pregledač

admin-end-helper-left = Završio pomoćnik
admin-end-sharer-left = Završio primalac pomoći
admin-end-helper-disconnected = Prekinuta veza pomoćnika
admin-end-sharer-disconnected = Prekinuta veza primaoca pomoći
admin-end-code-expired = Kod je istekao neiskorišćen
admin-end-declined-timeout = Zahtev bez odgovora
admin-end-revoked = Zaustavio administrator
admin-end-policy = Zaustavljeno pravilom organizacije
admin-end-access-withdrawn = Zaustavljeno: pristup oduzet

## Audit log

admin-audit-title = Evidencija nadzora
admin-audit-intro = Svaka promena, prijava i događaj sesije, od najnovijih. U evidenciju se može samo dodavati, a njen lanac otkriva svaku neovlašćenu izmenu.
admin-audit-filters = Filtriranje evidencije nadzora
admin-audit-export-label = Izvezi CSV događaja nadzora koji odgovaraju filterima
admin-audit-actor = Ko
admin-audit-action = Radnja
admin-audit-action-hint = Na primer user.created ili settings.updated.
admin-audit-since = Od
admin-audit-until = Pre
admin-audit-pages = Stranice događaja nadzora
admin-audit-empty = Evidencija nadzora je prazna.
admin-audit-none-match = Nijedan događaj ne odgovara ovim filterima.
admin-audit-show-detail = Prikaži detalje
admin-actor-cli = Komandna linija servera
admin-actor-setup-link = Veza za podešavanje
admin-actor-sso = Jedinstveno prijavljivanje
admin-actor-anonymous = Niko nije prijavljen

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Počnite ovde
admin-start-title = Prvi koraci
admin-start-intro = Tri stvari koje treba srediti pre prve sesije pomoći na daljinu. Svaku možete kasnije promeniti.
admin-start-done = Gotovo
admin-start-todo = Preostalo
admin-start-settings-needed = Za ovu promenu potrebna je dozvola za upravljanje podešavanjima. Zamolite administratora koji je ima.
admin-start-remote-heading = Uključite pomoć na daljinu
admin-start-remote-off = Pomoć na daljinu je isključena, pa još niko ne može da započne sesiju.
admin-start-remote-on = Pomoć na daljinu je uključena: pomoćnici mogu da započinju sesije.
admin-start-remote-enable = Uključi pomoć na daljinu
admin-start-remote-turned-on = Pomoć na daljinu je sada uključena.
admin-start-browser-heading = Deljenje iz veb pregledača
admin-start-browser-allowed = Dozvoljeno
admin-start-browser-not-allowed = Nije dozvoljeno
admin-start-browser-explain = Veb pregledač ne može da dokaže na kom računaru radi, pa se računa kao uređaj koji nije registrovan. Ako je dozvoljena pomoć na uređajima koji nisu registrovani, ljudi mogu da dele ekran iz pregledača, bez instaliranja bilo čega. Pomoćnik tada može samo da vidi ekran, ne i da njime upravlja, i dobija upozorenje da je uređaj nepoznat.
admin-start-browser-off = Sada nije dozvoljeno: deliti može samo aplikacija { -product-name } na registrovanom uređaju. Ko otvori stranicu za deljenje u pregledaču i unese kôd, biće odbijen.
admin-start-browser-on = Sada dozvoljeno: ljudi mogu da dele ekran iz pregledača ili sa uređaja koji nije registrovan.
admin-start-browser-allow = Dozvoli deljenje iz pregledača
admin-start-browser-stop = Zaustavi deljenje iz pregledača
admin-start-browser-allowed-now = Deljenje iz pregledača je sada dozvoljeno.
admin-start-browser-stopped = Deljenje iz pregledača više nije dozvoljeno.
admin-start-helpers-heading = Odredi pomoćnike
admin-start-helpers-none = Još niko ne može da nudi pomoć na daljinu.
admin-start-helpers-count =
    { $count ->
        [one] { $count } osoba može da nudi pomoć na daljinu.
        [few] { $count } osobe mogu da nude pomoć na daljinu.
       *[other] { $count } osoba može da nudi pomoć na daljinu.
    }
admin-start-helpers-explain = Pomoćnici nude pomoć na daljinu svima u organizaciji. Izaberite osobe, a zatim „Odredi pomoćnike”: pridružiće se grupi { $group }, koja ima ulogu Help Desk Operator nad svim korisnicima.
admin-start-helpers-pick = Osobe koje će postati pomoćnici
admin-start-helpers-nobody = Svi ovde su već pomoćnici. Napravite korisnika da biste nekoga dodali.
admin-start-helpers-roles-needed = Prvi put određivanje pomoćnika daje i grupi { $group } njenu ulogu, za šta je potrebna dozvola za upravljanje ulogama. Zamolite administratora koji je ima.
admin-start-helpers-submit = Odredi pomoćnike
admin-start-helpers-choose = Izaberite bar jednu osobu.
admin-start-helpers-made =
    { $count ->
        [one] { $count } osoba je sada pomoćnik, u grupi { $group }.
        [few] { $count } osobe su sada pomoćnici, u grupi { $group }.
       *[other] { $count } osoba su sada pomoćnici, u grupi { $group }.
    }
admin-start-create-user = Napravi korisnika
admin-start-first-heading = Vaša prva sesija
admin-start-not-ready = Kada koraci iznad budu gotovi:
admin-start-ready = Sve je spremno za prvu sesiju:
admin-start-first-helper = Pomoćnik se prijavi, otvori „{ $page }” i započne novu sesiju pomoći na daljinu, koja mu daje bezbednosni kôd:
admin-start-first-sharer = Osoba kojoj treba pomoć se prijavi, otvori ovu stranicu i unese taj kôd:
admin-user-role = Uloga
admin-user-role-member = Član
admin-user-role-member-hint = Prijavljuje se, traži pomoć i deli svoj ekran.
admin-user-role-helper = Pomoćnik
admin-user-role-helper-hint = Nudi pomoć na daljinu svima u organizaciji, kao član grupe { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = Korisnik { $name } je napravljen i sada može da nudi pomoć na daljinu.
