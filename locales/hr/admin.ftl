# Messages of the admin console (/admin), Croatian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administratorska konzola – { -product-name }
admin-page-title = { $section } – Administratorska konzola – { $organisation }
admin-console-name = Administratorska konzola
admin-back-home = Natrag na početnu
admin-nav-label = Administratorska konzola
admin-nav-group-people = Osobe
admin-nav-group-access = Pristup
admin-nav-group-devices = Uređaji
admin-nav-group-organisation = Organizacija
admin-nav-group-activity = Aktivnost

admin-denied-title = Nema pristupa – { -product-name }
admin-denied-heading = Nemate dopuštenje za upotrebu administratorske konzole
admin-denied-text = Vaš račun može upotrebljavati { -product-name }, ali nema dopuštenje za upravljanje vašom organizacijom.
admin-denied-help = Ako trebate upravljati korisnicima, uređajima ili postavkama, zamolite administratora svoje organizacije da vam dodijeli ulogu s tim dopuštenjima.

## Shared words

admin-save = Spremi
admin-cancel = Odustani
admin-done = Gotovo
admin-edit = Uredi
admin-delete = Izbriši
admin-remove = Ukloni
admin-revoke = Opozovi
admin-manage = Upravljaj
admin-copy = Kopiraj
admin-refresh = Osvježi
admin-search = Pretraži
admin-apply-filters = Primijeni filtre
admin-clear-filters = Očisti filtre
admin-export-csv = Izvezi CSV
admin-filter-any = Sve
admin-filter-anyone = Bilo tko
admin-filter-any-device = Bilo koji uređaj
admin-not-set = Nije postavljeno
admin-never = Nikad
admin-no-changes = Nema se što spremiti: nijedno polje nije promijenjeno.
admin-name-taken = Ovaj se naziv već upotrebljava. Odaberite drugi.
admin-number-range = Unesite cijeli broj od { $min } do { $max }.
admin-error-refused = Poslužitelj je to odbio: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Ne možete upotrebljavati ovaj odjeljak: potrebno mu je dopuštenje „{ $permission }” za cijelu organizaciju (sve korisnike i sve uređaje), a vaše ga uloge ne daju tako široko.
admin-section-denied-ask = Zamolite administratora organizacije { $organisation } da vam ga dodijeli za cijelu organizaciju.
admin-choose-user = Odaberite osobu…
admin-choose-user-first = Najprije odaberite osobu.
admin-choose-device = Odaberite uređaj…
admin-choose-device-first = Najprije odaberite uređaj.
admin-choose-role = Odaberite ulogu…
admin-no-devices-yet = Još nema registriranih uređaja
admin-unknown-user = Nepoznati korisnik
admin-unknown-group = Nepoznata grupa
admin-unknown-role = Nepoznata uloga

admin-page-previous = Prethodna stranica
admin-page-next = Sljedeća stranica
admin-page-number = Stranica { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = zasad { $duration }

## Table column headings

admin-column-name = Naziv
admin-column-email = E-pošta
admin-column-job-title = Radno mjesto
admin-column-company = Tvrtka
admin-column-role = Uloga
admin-column-status = Status
admin-column-actions = Radnje
admin-column-description = Opis
admin-column-members = Članovi
admin-column-created = Stvoreno
admin-column-permissions = Dopuštenja
admin-column-member-groups = Dodijeljeno
admin-column-scope = Opseg
admin-column-state = Stanje
admin-column-targets = Primjenjuje se na
admin-column-conditions = Uvjeti
admin-column-grant = Radnja
admin-column-device = Uređaj
admin-column-platform = Operacijski sustav
admin-column-primary-user = Primarni korisnik
admin-column-agent = Verzija agenta
admin-column-enrollment = Registracija
admin-column-compliance = Usklađenost
admin-column-last-check-in = Posljednja sinkronizacija
admin-column-uses = Registrirani uređaji
admin-column-expires = Istječe
admin-column-rules = Pravila
admin-column-helper = Pomagač
admin-column-sharer = Primatelj pomoći
admin-column-access = Odobreni pristup
admin-column-started = Početak
admin-column-duration = Trajanje
admin-column-outcome = Način završetka
admin-column-chat = Poruke čavrljanja
admin-column-time = Vrijeme
admin-column-actor = Tko
admin-column-action = Radnja
admin-column-target = Objekt
admin-column-detail = Pojedinosti

## Users

admin-users-title = Korisnici
admin-users-intro = Osobe u vašoj organizaciji koje se mogu prijaviti u { -product-name } i njihovi profili onako kako ih vide osobe kojima pomažu.
admin-users-search = Pretražite po imenu, e-pošti, radnom mjestu ili tvrtki
admin-users-search-label = Pretraživanje korisnika
admin-users-pages = Stranice korisnika
admin-users-search-summary =
    { $count ->
        [0] Nijedan korisnik na ovoj stranici ne odgovara upitu „{ $term }”.
        [one] { $count } korisnik odgovara upitu „{ $term }”.
        [few] { $count } korisnika odgovaraju upitu „{ $term }”.
       *[other] { $count } korisnika odgovara upitu „{ $term }”.
    }
admin-users-none-found = Nijedan korisnik ne odgovara upitu „{ $term }”.
admin-users-empty = Još nema korisnika.
admin-user-create = Stvori korisnika
admin-user-create-title = Stvaranje korisnika
admin-user-create-submit = Stvori korisnika
admin-user-created = Korisnik { $name } je stvoren.
admin-user-job-title = Radno mjesto (neobavezno)
admin-user-company = Tvrtka (neobavezno)
admin-user-initial-password = Početna lozinka (neobavezno)
admin-user-initial-password-hint = Najmanje 12 znakova. Bez lozinke osoba se može prijaviti samo jedinstvenom prijavom ili putem poveznice za oporavak.
admin-user-is-admin = Administrator organizacije
admin-user-is-admin-hint = Administratori mogu sve, bez obzira na to koje su im uloge dodijeljene.
admin-user-edit-title = Uređivanje korisnika { $name }
admin-user-edit-label = Uredi korisnika { $name }
admin-user-email-fixed = Adresa e-pošte identificira račun i ovdje se ne može promijeniti.
admin-user-disabled = Prijava je onemogućena
admin-user-disabled-hint = Onemogućivanjem prijave završavaju se i sesije osobe te se opozivaju njezini API tokeni.
admin-user-new-password = Nova lozinka (neobavezno)
admin-user-new-password-hint = Ostavite prazno kako biste zadržali trenutačnu lozinku. Postavljanjem nove lozinke osoba se odjavljuje posvuda.
admin-user-saved = Promjene za korisnika { $name } su spremljene.
admin-user-status-active = Aktivan
admin-user-status-disabled = Prijava je onemogućena
admin-user-delete-label = Izbriši korisnika { $name }
admin-user-delete-title = Izbrisati korisnika { $name }?
admin-user-delete-text = Račun { $email } bit će izbrisan i odjavljen posvuda. Ovo se ne može poništiti.
admin-user-delete-confirm = Izbriši korisnika
admin-user-deleted = Korisnik { $name } je izbrisan.
admin-user-picture = Slika profila
admin-user-picture-choose = Prenesi sliku
admin-user-picture-remove = Ukloni sliku
admin-user-picture-hint = Slika u formatu PNG ili JPEG od najviše 256 KB. Mijenja se odmah; osobe kojima ova osoba pomaže vide je prije nego što podijele zaslon.
admin-user-picture-uploading = Prijenos slike…
admin-user-picture-updated = Slika korisnika { $name } je ažurirana.
admin-user-picture-removed = Slika korisnika { $name } je uklonjena.

## Groups

admin-groups-title = Grupe
admin-groups-intro = Grupe okupljaju osobe i uređaje. Dodjele uloga daju uloge članovima grupa nad drugim grupama.
admin-groups-pages = Stranice grupa
admin-groups-empty = Još nema grupa. Stvorite grupu kako biste dodijelili uloge njezinim članovima.
admin-groups-back = Sve grupe
admin-group-create = Stvori grupu
admin-group-create-title = Stvaranje grupe
admin-group-create-submit = Stvori grupu
admin-group-created = Grupa „{ $name }” je stvorena.
admin-group-name = Naziv grupe
admin-group-description = Opis (neobavezno)
admin-group-description-hint = Čemu grupa služi, primjerice „Djelatnici službe za podršku u Berlinu”.
admin-group-member-count =
    { $count ->
        [0] Nema članova
        [one] { $count } član
        [few] { $count } člana
       *[other] { $count } članova
    }
admin-group-manage-label = Upravljaj grupom „{ $name }”
admin-group-delete = Izbriši grupu
admin-group-delete-label = Izbriši grupu „{ $name }”
admin-group-delete-title = Izbrisati grupu „{ $name }”?
admin-group-delete-text = Njezini članovi zadržavaju račune, ali gube ono što su im dodjele uloga davale putem ove grupe. Ovo se ne može poništiti.
admin-group-delete-confirm = Izbriši grupu
admin-group-deleted = Grupa „{ $name }” je izbrisana.
admin-group-detail-intro = Preimenujte grupu i odaberite njezine članove i uređaje.
admin-group-details = Naziv i opis
admin-group-saved = Grupa „{ $name }” je spremljena.
admin-group-members = Članovi
admin-group-no-members = Ova grupa još nema članova.
admin-group-add-member = Dodaj člana
admin-group-add-member-label = Osoba koju treba dodati
admin-group-everyone-member = Svi su već članovi
admin-group-member-added = Korisnik { $name } dodan je u grupu „{ $group }”.
admin-group-member-removed = Korisnik { $name } uklonjen je iz grupe „{ $group }”.
admin-group-remove-member-label = Ukloni korisnika { $name } iz grupe
admin-group-devices = Uređaji
admin-group-devices-intro = Dodjele uloga koje ovu grupu navode u svojem opsegu obuhvaćaju i uređaje u njoj.
admin-group-device-label = Uređaj
admin-group-add-device = Dodaj u grupu
admin-group-remove-device-label = Ukloni uređaj { $device } iz grupe
admin-group-no-devices = U ovoj grupi još nema uređaja.
admin-group-device-added = Uređaj { $device } dodan je u grupu „{ $group }”.
admin-group-device-removed = Uređaj { $device } uklonjen je iz grupe „{ $group }”.

## Roles and role assignments

admin-roles-title = Uloge
admin-roles-intro = Uloga je skup dopuštenja. Dodjele uloga daju ulogu članovima grupa nad osobama i uređajima u svojem opsegu.
admin-roles-list = Uloge
admin-roles-list-intro = Ugrađene uloge ne mogu se mijenjati; kopirajte neku kako biste započeli prilagođenu ulogu.
admin-roles-empty = Nema uloga.
admin-role-create = Stvori ulogu
admin-role-create-title = Stvaranje uloge
admin-role-create-submit = Stvori ulogu
admin-role-created = Uloga „{ $name }” je stvorena.
admin-role-edit-title = Uređivanje uloge „{ $name }”
admin-role-edit-label = Uredi ulogu „{ $name }”
admin-role-saved = Uloga „{ $name }” je spremljena.
admin-role-copy = Kopiraj
admin-role-copy-label = Kopiraj ulogu „{ $name }” kao novu ulogu
admin-role-copy-name = { $name } (kopija)
admin-role-name = Naziv uloge
admin-role-description = Opis (neobavezno)
admin-role-built-in = Ugrađena
admin-role-no-permissions = Nema dopuštenja
admin-role-delete-label = Izbriši ulogu „{ $name }”
admin-role-delete-title = Izbrisati ulogu „{ $name }”?
admin-role-delete-text = Mogu se izbrisati samo uloge koje ne daje nijedna dodjela. Ovo se ne može poništiti.
admin-role-delete-confirm = Izbriši ulogu
admin-role-deleted = Uloga „{ $name }” je izbrisana.

admin-perm-group-remote-help = Pomoć na daljinu
admin-perm-group-reading = Čitanje
admin-perm-group-administration = Administracija
admin-perm-offer = Nuđenje pomoći na daljinu
admin-perm-offer-hint = Započinjanje sesije pomoći na daljinu s osobom iz opsega.
admin-perm-view-screen = Prikaz zaslona
admin-perm-view-screen-hint = Gledanje zaslona osobe iz opsega.
admin-perm-full-control = Preuzimanje potpune kontrole
admin-perm-full-control-hint = Upotreba miša i tipkovnice osobe iz opsega, uz njezin pristanak.
admin-perm-elevation = Povišene ovlasti
admin-perm-elevation-hint = Rezervirano za neku od sljedećih verzija: pokretanje s povišenim ovlastima na uređaju osobe.
admin-perm-read = Čitanje uređaja i izvješća
admin-perm-read-hint = Pregled inventara uređaja, aktivnih sesija i izvješća o sesijama.
admin-perm-manage-users = Upravljanje korisnicima i grupama
admin-perm-manage-users-hint = Stvaranje, mijenjanje i brisanje korisnika i grupa, njihovih slika i drugih faktora.
admin-perm-manage-roles = Upravljanje ulogama
admin-perm-manage-roles-hint = Stvaranje i mijenjanje uloga i dodjela uloga.
admin-perm-manage-devices = Upravljanje uređajima
admin-perm-manage-devices-hint = Stvaranje tokena za registraciju, povlačenje iz upotrebe i brisanje uređaja.
admin-perm-manage-settings = Upravljanje postavkama
admin-perm-manage-settings-hint = Mijenjanje postavki i potvrđenih domena organizacije te zaustavljanje aktivnih sesija.
admin-perm-manage-policies = Upravljanje pravilnicima
admin-perm-manage-policies-hint = Stvaranje i mijenjanje pravilnika uvjetnog pristupa i pravilnika o usklađenosti.
admin-perm-read-audit = Čitanje zapisnika revizije
admin-perm-read-audit-hint = Pregled i izvoz svake zabilježene promjene i prijave.
admin-perm-create-api-tokens = Stvaranje API tokena
admin-perm-create-api-tokens-hint = Stvaranje tokena za skripte koje djeluju s vlastitim pravima nositelja. Tokeni istječu nakon 90 dana, osim ako nije drukčije postavljeno (najviše godinu dana).

admin-assignments-title = Dodjele uloga
admin-assignments-intro = Tko dobiva koju ulogu i nad kim.
admin-assignments-empty = Još nema dodjela uloga. Bez njih samo administratori mogu bilo kome pomoći.
admin-assignment-create = Stvori dodjelu
admin-assignment-create-title = Stvaranje dodjele uloge
admin-assignment-create-submit = Stvori dodjelu
admin-assignment-created = Dodjela „{ $name }” je stvorena.
admin-assignment-edit-title = Uređivanje dodjele „{ $name }”
admin-assignment-edit-label = Uredi dodjelu „{ $name }”
admin-assignment-saved = Dodjela „{ $name }” je spremljena.
admin-assignment-name = Naziv dodjele
admin-assignment-name-hint = Primjerice „Služba za podršku pomaže Financijama”.
admin-assignment-role = Uloga
admin-assignment-members = Dodijeli ulogu članovima grupa
admin-assignment-members-hint = Pomagači: svi u ovim grupama dobivaju ulogu.
admin-assignment-no-groups = Još nema grupa. Najprije stvorite grupe.
admin-assignment-scope = Opseg
admin-assignment-scope-hint = Osobe i uređaji na koje se uloga odnosi.
admin-assignment-scope-groups = Osobe i uređaji u ovim grupama
admin-assignment-scope-groups-hint = Članovi i uređaji odabranih grupa.
admin-assignment-needs-members = Odaberite barem jednu grupu kojoj ćete dodijeliti ulogu.
admin-assignment-needs-scope = Odaberite na što se uloga odnosi: sve korisnike, sve uređaje ili grupe.
admin-assignment-delete-label = Izbriši dodjelu „{ $name }”
admin-assignment-delete-title = Izbrisati dodjelu „{ $name }”?
admin-assignment-delete-text = Članovi njezinih grupa odmah gube ulogu koju im je dala. Ovo se ne može poništiti.
admin-assignment-delete-confirm = Izbriši dodjelu
admin-assignment-deleted = Dodjela „{ $name }” je izbrisana.
admin-scope-all-users = Svi korisnici
admin-scope-all-users-hint = Svaka osoba u organizaciji.
admin-scope-all-devices = Svi uređaji
admin-scope-all-devices-hint = Svaki registrirani uređaj organizacije.

## Conditional access

admin-policies-title = Uvjetni pristup
admin-policies-intro = Pravilnici odlučuju smije li pomagač upotrebljavati konzolu; provjeravaju se pri prijavi i ponovno kada započne sesiju. Odbijanje navodi naziv pravilnika.
admin-policies-list = Pravilnici
admin-policies-empty = Nema pravilnika uvjetnog pristupa. Svaki pomagač koji se može prijaviti smije upotrebljavati konzolu.
admin-policy-create = Stvori pravilnik
admin-policy-create-title = Stvaranje pravilnika uvjetnog pristupa
admin-policy-create-submit = Stvori pravilnik
admin-policy-created = Pravilnik „{ $name }” je stvoren.
admin-policy-edit-title = Uređivanje pravilnika „{ $name }”
admin-policy-edit-label = Uredi pravilnik „{ $name }”
admin-policy-saved = Pravilnik „{ $name }” je spremljen.
admin-policy-delete-label = Izbriši pravilnik „{ $name }”
admin-policy-delete-title = Izbrisati pravilnik „{ $name }”?
admin-policy-delete-text = Odmah se prestaje primjenjivati. Ovo se ne može poništiti.
admin-policy-delete-confirm = Izbriši pravilnik
admin-policy-deleted = Pravilnik „{ $name }” je izbrisan.
admin-policy-name = Naziv pravilnika
admin-policy-name-hint = Pomagači ga vide kada ih pravilnik odbije pa neka kaže zašto, primjerice „Drugi faktor izvan ureda”.
admin-policy-state = Stanje
admin-policy-state-enabled = Omogućen
admin-policy-state-enabled-hint = Pravilnik se primjenjuje.
admin-policy-state-report-only = Samo izvješće
admin-policy-state-report-only-hint = Pravilnik se procjenjuje i ono što bi učinio upisuje se u zapisnik revizije, ali nikada nikoga ne odbija. Nove pravilnike najprije isprobajte na ovaj način.
admin-policy-state-disabled = Onemogućen
admin-policy-state-disabled-hint = Pravilnik se zanemaruje.
admin-policy-targets = Primjenjuje se na
admin-policy-targets-hint = Pomagači na koje se ovaj pravilnik odnosi.
admin-policy-all-users = Svi korisnici
admin-policy-users = Ove osobe
admin-policy-groups = Članovi ovih grupa
admin-policy-needs-targets = Odaberite na koga se pravilnik primjenjuje: sve korisnike, osobe ili grupe.
admin-policy-conditions = Uvjeti
admin-policy-conditions-hint = Pravilnik se primjenjuje samo kada su ispunjeni svi ovdje postavljeni uvjeti. Ostavite ih prazne kako bi se uvijek primjenjivao.
admin-policy-inside = Adresa klijenta nalazi se u jednoj od ovih mreža
admin-policy-inside-hint = Jedan raspon po retku u notaciji CIDR, primjerice 10.0.0.0/8 ili 2001:db8::/32.
admin-policy-outside = Adresa klijenta nije ni u jednoj od ovih mreža
admin-policy-outside-hint = Za pravila koja vrijede izvan ureda. Jedan raspon po retku.
admin-policy-network-invalid = „{ $value }” nije mrežni raspon. Unesite raspone kao što je 192.168.0.0/16.
admin-policy-second-factor = Drugi faktor pri prijavi
admin-policy-second-factor-any = Svejedno
admin-policy-second-factor-yes = Upotrijebljen je drugi faktor
admin-policy-second-factor-no = Nije upotrijebljen drugi faktor
admin-policy-grant = Radnja
admin-policy-grant-allow = Dopusti
admin-policy-grant-allow-hint = Bilježi se u zapisnik revizije; drugi pravilnici i dalje mogu odbiti.
admin-policy-grant-block = Blokiraj
admin-policy-grant-block-hint = Odbij prijavu u konzolu i započinjanje sesija.
admin-policy-grant-second-factor = Zahtijevaj drugi faktor
admin-policy-grant-second-factor-hint = Dopusti samo prijave u kojima je upotrijebljen drugi faktor.
admin-policy-lockout-warning = Pazite da sami sebi ne onemogućite pristup: pravilnik koji vas blokira primjenjuje se od vaše sljedeće prijave. Najprije provjerite pravilnik u načinu „Samo izvješće”.
admin-policy-when-inside = Unutar { $networks }
admin-policy-when-outside = Izvan { $networks }
admin-policy-when-second-factor = Upotrijebljen je drugi faktor
admin-policy-when-no-second-factor = Nije upotrijebljen drugi faktor
admin-policy-always = Uvijek

## Devices

admin-devices-title = Uređaji
admin-devices-intro = Uređaji registrirani putem aplikacije { -product-name }, s podacima koje su posljednje javili i informacijom zadovoljavaju li vaše pravilnike o usklađenosti.
admin-devices-enroll-link = Registriraj uređaje
admin-devices-filters = Filtriranje uređaja
admin-devices-search = Pretraživanje
admin-devices-search-hint = Naziv glavnog računala, serijski broj, model ili primarni korisnik.
admin-devices-platform = Operacijski sustav
admin-devices-compliance = Usklađenost
admin-devices-state = Registracija
admin-devices-pages = Stranice uređaja
admin-devices-empty = Još nema registriranih uređaja. Stvorite token za registraciju kako biste registrirali prve.
admin-devices-none-match = Nijedan uređaj ne odgovara ovim filtrima.
admin-devices-back = Svi uređaji
admin-device-remote-help = Nova sesija pomoći na daljinu
admin-device-unnamed = Neimenovani uređaj
admin-device-compliant = Usklađen
admin-device-not-compliant = Nije usklađen
admin-device-failing-count =
    { $count ->
        [one] { $count } neispunjeno pravilo
        [few] { $count } neispunjena pravila
       *[other] { $count } neispunjenih pravila
    }
admin-device-state-active = Registriran
admin-device-state-retired = Povučen iz upotrebe
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nije javljen
admin-device-details = Pojedinosti
admin-device-host-name = Naziv glavnog računala
admin-device-model = Model
admin-device-serial = Serijski broj
admin-device-agent-version = Verzija agenta
admin-device-disk = Šifriranje diska
admin-device-disk-encrypted = Šifriran
admin-device-disk-not-encrypted = Nije šifriran
admin-device-enrolled-at = Registriran
admin-device-id = ID uređaja
admin-device-compliance = Usklađenost
admin-device-meets-all = Ovaj uređaj zadovoljava sva pravila vaših pravilnika o usklađenosti.
admin-device-failing-intro = Ova pravila nisu ispunjena:
admin-device-policies-link = Pregledaj pravilnike o usklađenosti
admin-device-retire = Povuci uređaj iz upotrebe
admin-device-retire-title = Povući uređaj { $name } iz upotrebe?
admin-device-retire-text = Njegove vjerodajnice odmah prestaju vrijediti: više se ne može sinkronizirati niti potvrditi svoj identitet kada netko zatraži pomoć na njemu. Uređaj ostaje na popisu, označen kao povučen iz upotrebe.
admin-device-retire-confirm = Povuci uređaj iz upotrebe
admin-device-retired = Uređaj { $name } povučen je iz upotrebe.
admin-device-delete = Izbriši uređaj
admin-device-delete-title = Izbrisati uređaj { $name }?
admin-device-delete-text = Uređaj i njegova povijest uklanjaju se iz inventara. Da biste ga ponovno upotrebljavali, ponovno ga registrirajte. Ovo se ne može poništiti.
admin-device-delete-confirm = Izbriši uređaj

## Enrollment tokens

admin-tokens-title = Tokeni za registraciju
admin-tokens-intro = Uređaj se registrira pomoću tokena koji ovdje stvorite. Svaki token vrijedi ograničeno vrijeme i za ograničen broj uređaja.
admin-tokens-list = Tokeni
admin-tokens-empty = Još nema tokena za registraciju.
admin-token-create = Stvori token
admin-token-create-title = Stvaranje tokena za registraciju
admin-token-create-submit = Stvori token
admin-token-created = Token „{ $name }” je stvoren.
admin-token-name = Naziv
admin-token-name-hint = Gdje se upotrebljava, primjerice „Prijenosna računala ureda u Berlinu”.
admin-token-hours = Vrijedi (sati)
admin-token-hours-hint = Od 1 do 720 sati (30 dana).
admin-token-max-uses = Broj uređaja koje smije registrirati
admin-token-max-uses-hint = Od 1 do 10.000.
admin-token-shown-once = Kopirajte ovaj token sada. Prikazuje se samo jednom; ako se izgubi, opozovite ga i stvorite drugi.
admin-token-secret = Token „{ $name }”
admin-token-secret-hint = Dajte ga aplikaciji { -product-name } kada registrirate uređaj (assist-agent enroll). Svatko tko ga ima može registrirati uređaje u vašoj organizaciji dok ne istekne ili ne bude opozvan.
admin-token-copy-label = Kopiraj token
admin-token-copied = Token je kopiran u međuspremnik.
admin-token-copy-failed = Kopiranje tokena nije uspjelo. Označite ga i kopirajte ručno.
admin-token-active = Aktivan
admin-token-revoked = Opozvan
admin-token-expired = Istekao
admin-token-used-up = Iskorišten
admin-token-uses = { $uses } od { $max }
admin-token-revoke-label = Opozovi token „{ $name }”
admin-token-revoke-title = Opozvati token „{ $name }”?
admin-token-revoke-text = Uređaji se više ne mogu registrirati pomoću njega. Uređaji koje je već registrirao ostaju registrirani.
admin-token-revoke-confirm = Opozovi token
admin-token-revoked-done = Token „{ $name }” je opozvan.

## Compliance policies

admin-compliance-title = Pravilnici o usklađenosti
admin-compliance-intro = Pravila koja registrirani uređaji moraju zadovoljiti. Uređaj koji ne zadovolji neko od njih označava se kao neusklađen, a pomagači dobivaju upozorenje prije nego što na njemu pružaju pomoć.
admin-compliance-list = Pravilnici
admin-compliance-empty = Nema pravilnika o usklađenosti pa se svaki uređaj smatra usklađenim.
admin-compliance-create = Stvori pravilnik
admin-compliance-create-title = Stvaranje pravilnika o usklađenosti
admin-compliance-create-submit = Stvori pravilnik
admin-compliance-created = Pravilnik „{ $name }” je stvoren. Uređaji su ponovno provjereni.
admin-compliance-edit-title = Uređivanje pravilnika „{ $name }”
admin-compliance-edit-label = Uredi pravilnik „{ $name }”
admin-compliance-saved = Pravilnik „{ $name }” je spremljen. Uređaji su ponovno provjereni.
admin-compliance-delete-label = Izbriši pravilnik „{ $name }”
admin-compliance-delete-title = Izbrisati pravilnik „{ $name }”?
admin-compliance-delete-text = Njegova se pravila prestaju primjenjivati, a uređaji se ponovno provjeravaju. Ovo se ne može poništiti.
admin-compliance-delete-confirm = Izbriši pravilnik
admin-compliance-deleted = Pravilnik „{ $name }” je izbrisan.
admin-compliance-name = Naziv pravilnika
admin-compliance-name-hint = Prikazuje se uz svako neispunjeno pravilo, primjerice „Osnovna sigurnost”.
admin-compliance-os-legend = Minimalna verzija operacijskog sustava
admin-compliance-os-hint = Ostavite platformu praznom kako biste prihvatili bilo koju verziju.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Primjerice 14.2.1
admin-compliance-version-invalid = Unesite verziju kao brojeve odvojene točkama, primjerice 14.2.1.
admin-compliance-other-legend = Ostala pravila
admin-compliance-min-agent = Minimalna verzija aplikacije { -product-name }
admin-compliance-max-days = Najviše dana od posljednje sinkronizacije
admin-compliance-max-days-hint = Od 1 do 365. Ostavite prazno za neograničeno.
admin-compliance-disk = Zahtijevaj šifriranje diska
admin-compliance-disk-hint = Sistemski disk mora biti šifriran (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ili novija
admin-rule-min-agent = Aplikacija { $version } ili novija
admin-rule-check-in =
    { $days ->
        [1] Sinkroniziran tijekom posljednjeg dana
        [one] Sinkroniziran u proteklih { $days } dan
        [few] Sinkroniziran u protekla { $days } dana
       *[other] Sinkroniziran u proteklih { $days } dana
    }
admin-rule-disk = Disk je šifriran
admin-rule-none = Nema pravila

## Settings

admin-settings-title = Postavke
admin-settings-intro = Kako pomoć na daljinu funkcionira u vašoj organizaciji. Svaka se promjena bilježi u zapisnik revizije.
admin-settings-organisation = Organizacija
admin-settings-name-hint = Prikazuje se osobama kojima pomažete kada u profilu pomagača nije navedena tvrtka.
admin-settings-remote-help-heading = Pomoć na daljinu
admin-settings-remote-help = Dopusti pomoć na daljinu
admin-settings-remote-help-hint = Pomagači mogu započinjati sesije samo dok je ovo uključeno. Isključivanjem se završavaju i sesije u tijeku.
admin-settings-unenrolled = Dopusti pomoć na uređajima koji nisu registrirani
admin-settings-unenrolled-hint = Omogućuje osobama da dijele zaslon iz web-preglednika ili s uređaja koji nije registriran. Pomagači i dalje dobivaju upozorenje da je uređaj nepoznat.
admin-settings-chat = Čavrljanje tijekom sesija
admin-settings-chat-hint = Pomagači i osobe kojima pomažu mogu razmjenjivati poruke. Poruke se čuvaju uz izvješće o sesiji.
admin-settings-limits = Kodovi i izvješća
admin-settings-code-lifetime = Trajanje sigurnosnog koda (minute)
admin-settings-code-lifetime-hint = Koliko dugo vrijedi kod koji pomagač pročita: od { $min } do { $max } minuta.
admin-settings-retention = Čuvaj izvješća o sesijama (dana)
admin-settings-retention-hint = Starija izvješća i njihova čavrljanja brišu se: od { $min } do { $max } dana.
admin-settings-save = Spremi postavke
admin-settings-saved = Postavke su spremljene.
admin-settings-updated-at = Posljednja promjena: { $time }.
admin-settings-defaults = Ovo su zadane postavke; nikada nisu mijenjane.

## Live sessions

admin-live-title = Aktivne sesije
admin-live-intro = Sesije pomoći na daljinu koje još nisu završene. Popis se osvježava svakih nekoliko sekundi.
admin-live-list = Sesije u tijeku
admin-live-empty = Nema sesija u tijeku.
admin-live-updated = Ažurirano: { $time }
admin-live-count =
    { $count ->
        [0] Nema sesija u tijeku.
        [one] { $count } sesija je u tijeku.
        [few] { $count } sesije su u tijeku.
       *[other] { $count } sesija je u tijeku.
    }
admin-live-not-joined = Još nema pridruživanja
admin-live-nobody = još nitko
admin-live-state-waiting = Čeka se kod
admin-live-state-joined = Pridruženo
admin-live-state-requested = Traži se pristup
admin-live-state-active = Dijeljenje
admin-live-state-ended = Završeno
admin-live-revoke-label = Opozovi sesiju pomagača { $helper } (primatelj pomoći: { $sharer })
admin-live-revoke-title = Zaustaviti ovu sesiju?
admin-live-revoke-text = Sesija pomagača { $helper } (primatelj pomoći: { $sharer }) odmah završava za oba sudionika.
admin-live-revoke-confirm = Zaustavi sesiju
admin-live-revoked = Sesija pomagača { $helper } je zaustavljena.

## Session reports

admin-reports-title = Izvješća o sesijama
admin-reports-intro = Svaka sesija pomoći na daljinu: tko je kome pomogao, na kojem uređaju, koji je pristup odobren i kako je završila.
admin-reports-filters = Filtriranje izvješća o sesijama
admin-reports-export-label = Izvezi CSV izvješća o sesijama koja odgovaraju filtrima
admin-reports-helper = Pomagač
admin-reports-sharer = Primatelj pomoći
admin-reports-device = Uređaj
admin-reports-end-reason = Način završetka
admin-reports-from = Započete od
admin-reports-to = Započete prije
admin-reports-pages = Stranice izvješća o sesijama
admin-reports-empty = Još nema izvješća o sesijama.
admin-reports-none-match = Nijedna sesija ne odgovara ovim filtrima.
admin-reports-back = Sva izvješća o sesijama
admin-report-open-label = Sesija pomagača { $helper }, započeta { $time }
admin-report-title = { $helper } pomaže korisniku { $sharer }
admin-report-title-alone = Sesija pomagača { $helper }
admin-report-started = Početak: { $time }
admin-report-details = Pojedinosti
admin-report-client = Dijeljeno iz
admin-report-joined = Pridruživanje
admin-report-ended = Završetak
admin-report-id = ID sesije
admin-report-no-device = Nema uređaja
admin-report-mode-control = Potpuna kontrola
admin-report-mode-view = Samo prikaz
admin-report-mode-none = Nijedan
admin-report-transcript = Zapis čavrljanja
admin-report-transcript-count =
    { $count ->
        [0] Zapis čavrljanja
        [one] Zapis čavrljanja ({ $count } poruka)
        [few] Zapis čavrljanja ({ $count } poruke)
       *[other] Zapis čavrljanja ({ $count } poruka)
    }
admin-report-no-chat = U ovoj sesiji nije bilo poruka čavrljanja.
admin-role-helper = Pomagač
admin-role-sharer = Primatelj pomoći
admin-client-agent = Aplikacija { -product-name }
admin-client-web = Web-preglednik

admin-end-helper-left = Završio pomagač
admin-end-sharer-left = Završio primatelj pomoći
admin-end-helper-disconnected = Prekinuta veza pomagača
admin-end-sharer-disconnected = Prekinuta veza primatelja pomoći
admin-end-code-expired = Kod je istekao neiskorišten
admin-end-declined-timeout = Zahtjev bez odgovora
admin-end-revoked = Zaustavio administrator
admin-end-policy = Zaustavljeno pravilom organizacije
admin-end-access-withdrawn = Zaustavljeno: pristup oduzet

## Audit log

admin-audit-title = Zapisnik revizije
admin-audit-intro = Svaka promjena, prijava i događaj sesije, od najnovijih. U zapisnik se može samo dodavati, a njegov lanac otkriva svaku neovlaštenu izmjenu.
admin-audit-filters = Filtriranje zapisnika revizije
admin-audit-export-label = Izvezi CSV događaja revizije koji odgovaraju filtrima
admin-audit-actor = Tko
admin-audit-action = Radnja
admin-audit-action-hint = Primjerice user.created ili settings.updated.
admin-audit-since = Od
admin-audit-until = Prije
admin-audit-pages = Stranice događaja revizije
admin-audit-empty = Zapisnik revizije je prazan.
admin-audit-none-match = Nijedan događaj ne odgovara ovim filtrima.
admin-audit-show-detail = Prikaži pojedinosti
admin-actor-cli = Naredbeni redak poslužitelja
admin-actor-setup-link = Poveznica za postavljanje
admin-actor-sso = Jedinstvena prijava
admin-actor-anonymous = Nitko nije prijavljen

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Počnite ovdje
admin-start-title = Prvi koraci
admin-start-intro = Tri stvari koje treba riješiti prije prve sesije pomoći na daljinu. Svaku možete kasnije promijeniti.
admin-start-done = Gotovo
admin-start-todo = Za napraviti
admin-start-settings-needed = Za ovu promjenu potrebno je dopuštenje za upravljanje postavkama. Zamolite administratora koji ga ima.
admin-start-remote-heading = Uključite pomoć na daljinu
admin-start-remote-off = Pomoć na daljinu je isključena pa još nitko ne može započeti sesiju.
admin-start-remote-on = Pomoć na daljinu je uključena: pomagači mogu započinjati sesije.
admin-start-remote-enable = Uključi pomoć na daljinu
admin-start-remote-turned-on = Pomoć na daljinu sada je uključena.
admin-start-browser-heading = Dijeljenje iz web-preglednika
admin-start-browser-allowed = Dopušteno
admin-start-browser-not-allowed = Nije dopušteno
admin-start-browser-explain = Web-preglednik ne može dokazati na kojem računalu radi pa se smatra uređajem koji nije registriran. Ako je dopuštena pomoć na uređajima koji nisu registrirani, ljudi mogu dijeliti zaslon iz preglednika bez instaliranja ičega. Pomagač tada može samo vidjeti zaslon, ne i upravljati njime, i dobiva upozorenje da je uređaj nepoznat.
admin-start-browser-off = Sada nije dopušteno: dijeliti može samo aplikacija { -product-name } na registriranom uređaju. Tko otvori stranicu za dijeljenje u pregledniku i unese kôd, bit će odbijen.
admin-start-browser-on = Sada dopušteno: ljudi mogu dijeliti zaslon iz preglednika ili s uređaja koji nije registriran.
admin-start-browser-allow = Dopusti dijeljenje iz preglednika
admin-start-browser-stop = Zaustavi dijeljenje iz preglednika
admin-start-browser-allowed-now = Dijeljenje iz preglednika sada je dopušteno.
admin-start-browser-stopped = Dijeljenje iz preglednika više nije dopušteno.
admin-start-helpers-heading = Odredi pomagače
admin-start-helpers-none = Još nitko ne može nuditi pomoć na daljinu.
admin-start-helpers-count =
    { $count ->
        [one] { $count } osoba može nuditi pomoć na daljinu.
        [few] { $count } osobe mogu nuditi pomoć na daljinu.
       *[other] { $count } osoba može nuditi pomoć na daljinu.
    }
admin-start-helpers-explain = Pomagači nude pomoć na daljinu svima u organizaciji. Odaberite osobe, a zatim „Odredi pomagače”: pridružit će se grupi { $group }, koja ima ulogu Help Desk Operator nad svim korisnicima.
admin-start-helpers-pick = Osobe koje će postati pomagači
admin-start-helpers-nobody = Svi su ovdje već pomagači. Stvorite korisnika da biste nekoga dodali.
admin-start-helpers-roles-needed = Prvi put određivanje pomagača daje i grupi { $group } njezinu ulogu, za što je potrebno dopuštenje za upravljanje ulogama. Zamolite administratora koji ga ima.
admin-start-helpers-submit = Odredi pomagače
admin-start-helpers-choose = Odaberite barem jednu osobu.
admin-start-helpers-made =
    { $count ->
        [one] { $count } osoba sada je pomagač, u grupi { $group }.
        [few] { $count } osobe sada su pomagači, u grupi { $group }.
       *[other] { $count } osoba sada su pomagači, u grupi { $group }.
    }
admin-start-create-user = Stvori korisnika
admin-start-first-heading = Vaša prva sesija
admin-start-not-ready = Kad koraci iznad budu gotovi:
admin-start-ready = Sve je spremno za prvu sesiju:
admin-start-first-helper = Pomagač se prijavi, otvori „{ $page }” i započne novu sesiju pomoći na daljinu, koja mu daje sigurnosni kôd:
admin-start-first-sharer = Osoba kojoj treba pomoć prijavi se, otvori ovu stranicu i unese taj kôd:
admin-user-role = Uloga
admin-user-role-member = Član
admin-user-role-member-hint = Prijavljuje se, traži pomoć i dijeli svoj zaslon.
admin-user-role-helper = Pomagač
admin-user-role-helper-hint = Nudi pomoć na daljinu svima u organizaciji, kao član grupe { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = Korisnik { $name } je stvoren i sada može nuditi pomoć na daljinu.
