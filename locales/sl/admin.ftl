# Messages of the admin console (/admin), Slovenian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Skrbniška konzola – { -product-name }
admin-page-title = { $section } – Skrbniška konzola – { $organisation }
admin-console-name = Skrbniška konzola
admin-back-home = Nazaj na domačo stran
admin-nav-label = Skrbniška konzola
admin-nav-group-people = Osebe
admin-nav-group-access = Dostop
admin-nav-group-devices = Naprave
admin-nav-group-organisation = Organizacija
admin-nav-group-activity = Dejavnost

admin-denied-title = Ni dostopa – { -product-name }
admin-denied-heading = Nimate dovoljenja za uporabo skrbniške konzole
admin-denied-text = Vaš račun lahko uporablja { -product-name }, ne sme pa upravljati vaše organizacije.
admin-denied-help = Če morate upravljati uporabnike, naprave ali nastavitve, skrbnika svoje organizacije prosite, da vam dodeli vlogo s temi dovoljenji.

## Shared words

admin-save = Shrani
admin-cancel = Prekliči
admin-done = Končano
admin-edit = Uredi
admin-delete = Izbriši
admin-remove = Odstrani
admin-revoke = Prekliči
admin-manage = Upravljaj
admin-copy = Kopiraj
admin-refresh = Osveži
admin-search = Iskanje
admin-apply-filters = Uporabi filtre
admin-clear-filters = Počisti filtre
admin-export-csv = Izvozi v CSV
admin-filter-any = Kateri koli
admin-filter-anyone = Kdor koli
admin-filter-any-device = Katera koli naprava
admin-not-set = Ni nastavljeno
admin-never = Nikoli
admin-no-changes = Ničesar ni treba shraniti: nobeno polje ni bilo spremenjeno.
admin-name-taken = To ime je že v uporabi. Izberite drugo.
admin-number-range = Vnesite celo število od { $min } do { $max }.
admin-error-refused = Strežnik je to zavrnil: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Tega razdelka ne morete uporabljati: potrebuje dovoljenje »{ $permission }« za vso organizacijo (vse uporabnike in vse naprave), vaše vloge pa ga ne dajejo tako široko.
admin-section-denied-ask = Skrbnika organizacije { $organisation } prosite, naj vam ga da za vso organizacijo.
admin-choose-user = Izberite osebo …
admin-choose-user-first = Najprej izberite osebo.
admin-choose-device = Izberite napravo …
admin-choose-device-first = Najprej izberite napravo.
admin-choose-role = Izberite vlogo …
admin-no-devices-yet = Registrirana ni še nobena naprava
admin-unknown-user = Neznan uporabnik
admin-unknown-group = Neznana skupina
admin-unknown-role = Neznana vloga

admin-page-previous = Prejšnja stran
admin-page-next = Naslednja stran
admin-page-number = Stran { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = doslej { $duration }

## Table column headings

admin-column-name = Ime
admin-column-email = E-pošta
admin-column-job-title = Delovno mesto
admin-column-company = Podjetje
admin-column-role = Vloga
admin-column-status = Stanje
admin-column-actions = Dejanja
admin-column-description = Opis
admin-column-members = Člani
admin-column-created = Ustvarjeno
admin-column-permissions = Dovoljenja
admin-column-member-groups = Dodeljeno skupinam
admin-column-scope = Obseg
admin-column-state = Stanje
admin-column-targets = Velja za
admin-column-conditions = Pogoji
admin-column-grant = Dejanje
admin-column-device = Naprava
admin-column-platform = Operacijski sistem
admin-column-primary-user = Primarni uporabnik
admin-column-agent = Različica agenta
admin-column-enrollment = Registracija
admin-column-compliance = Skladnost
admin-column-last-check-in = Zadnji stik
admin-column-uses = Registrirane naprave
admin-column-expires = Poteče
admin-column-rules = Pravila
admin-column-helper = Pomočnik
admin-column-sharer = Prejemnik pomoči
admin-column-access = Odobren dostop
admin-column-started = Začetek
admin-column-duration = Trajanje
admin-column-outcome = Način konca
admin-column-chat = Sporočila klepeta
admin-column-time = Čas
admin-column-actor = Kdo
admin-column-action = Dejanje
admin-column-target = Predmet
admin-column-detail = Podrobnosti

## Users

admin-users-title = Uporabniki
admin-users-intro = Osebe v vaši organizaciji, ki se lahko vpišejo v { -product-name }, in njihovi profili, kot jih vidijo osebe, ki jim pomagajo.
admin-users-search = Iskanje po imenu, e-pošti, delovnem mestu ali podjetju
admin-users-search-label = Iskanje uporabnikov
admin-users-pages = Strani uporabnikov
admin-users-search-summary =
    { $count ->
        [0] Iskalnemu nizu „{ $term }“ na tej strani ne ustreza noben uporabnik.
        [one] Iskalnemu nizu „{ $term }“ ustreza { $count } uporabnik.
        [two] Iskalnemu nizu „{ $term }“ ustrezata { $count } uporabnika.
        [few] Iskalnemu nizu „{ $term }“ ustrezajo { $count } uporabniki.
       *[other] Iskalnemu nizu „{ $term }“ ustreza { $count } uporabnikov.
    }
admin-users-none-found = Iskalnemu nizu „{ $term }“ ne ustreza noben uporabnik.
admin-users-empty = Uporabnikov še ni.
admin-user-create = Ustvari uporabnika
admin-user-create-title = Ustvarjanje uporabnika
admin-user-create-submit = Ustvari uporabnika
admin-user-created = Uporabnik { $name } je ustvarjen.
admin-user-job-title = Delovno mesto (izbirno)
admin-user-company = Podjetje (izbirno)
admin-user-initial-password = Začetno geslo (izbirno)
admin-user-initial-password-hint = Vsaj 12 znakov. Brez gesla se oseba lahko vpiše samo z enotno prijavo ali s povezavo za obnovitev.
admin-user-is-admin = Skrbnik organizacije
admin-user-is-admin-hint = Skrbniki lahko naredijo vse, ne glede na svoje vloge.
admin-user-edit-title = Urejanje uporabnika { $name }
admin-user-edit-label = Uredi uporabnika { $name }
admin-user-email-fixed = E-poštni naslov določa račun, zato ga tukaj ni mogoče spremeniti.
admin-user-disabled = Vpis je onemogočen
admin-user-disabled-hint = Onemogočanje vpisa konča tudi seje te osebe in prekliče njene žetone API.
admin-user-new-password = Novo geslo (izbirno)
admin-user-new-password-hint = Pustite prazno, če želite ohraniti trenutno geslo. Z nastavitvijo novega gesla se oseba povsod izpiše.
admin-user-saved = Spremembe uporabnika { $name } so shranjene.
admin-user-status-active = Aktiven
admin-user-status-disabled = Vpis je onemogočen
admin-user-delete-label = Izbriši uporabnika { $name }
admin-user-delete-title = Želite izbrisati uporabnika { $name }?
admin-user-delete-text = Račun { $email } bo izbrisan in povsod izpisan. Tega ni mogoče razveljaviti.
admin-user-delete-confirm = Izbriši uporabnika
admin-user-deleted = Uporabnik { $name } je izbrisan.
admin-user-picture = Profilna slika
admin-user-picture-choose = Naloži sliko
admin-user-picture-remove = Odstrani sliko
admin-user-picture-hint = Slika PNG ali JPEG, velika največ 256 KB. Spremeni se takoj; osebe, ki jim ta uporabnik pomaga, jo vidijo, preden dajo zaslon v skupno rabo.
admin-user-picture-uploading = Nalaganje slike …
admin-user-picture-updated = Slika uporabnika { $name } je posodobljena.
admin-user-picture-removed = Slika uporabnika { $name } je odstranjena.

## Groups

admin-groups-title = Skupine
admin-groups-intro = Skupine združujejo osebe in naprave. Dodelitve vlog dodeljujejo vloge članom skupin z obsegom na druge skupine.
admin-groups-pages = Strani skupin
admin-groups-empty = Skupin še ni. Ustvarite skupino, da boste lahko njenim članom dodelili vloge.
admin-groups-back = Vse skupine
admin-group-create = Ustvari skupino
admin-group-create-title = Ustvarjanje skupine
admin-group-create-submit = Ustvari skupino
admin-group-created = Skupina { $name } je ustvarjena.
admin-group-name = Ime skupine
admin-group-description = Opis (izbirno)
admin-group-description-hint = Čemu je skupina namenjena, na primer „Osebje službe za pomoč v Berlinu“.
admin-group-member-count =
    { $count ->
        [0] Ni članov
        [one] { $count } član
        [two] { $count } člana
        [few] { $count } člani
       *[other] { $count } članov
    }
admin-group-manage-label = Upravljaj skupino { $name }
admin-group-delete = Izbriši skupino
admin-group-delete-label = Izbriši skupino { $name }
admin-group-delete-title = Želite izbrisati skupino { $name }?
admin-group-delete-text = Njeni člani obdržijo svoje račune, izgubijo pa tisto, kar so jim dodelitve vlog dale prek te skupine. Tega ni mogoče razveljaviti.
admin-group-delete-confirm = Izbriši skupino
admin-group-deleted = Skupina { $name } je izbrisana.
admin-group-detail-intro = Preimenujte skupino ter izberite njene člane in naprave.
admin-group-details = Ime in opis
admin-group-saved = Skupina { $name } je shranjena.
admin-group-members = Člani
admin-group-no-members = Ta skupina še nima članov.
admin-group-add-member = Dodaj člana
admin-group-add-member-label = Oseba, ki jo želite dodati
admin-group-everyone-member = Vsi so že člani
admin-group-member-added = Uporabnik { $name } je dodan v skupino { $group }.
admin-group-member-removed = Uporabnik { $name } je odstranjen iz skupine { $group }.
admin-group-remove-member-label = Odstrani uporabnika { $name } iz skupine
admin-group-devices = Naprave
admin-group-devices-intro = Dodelitve vlog, ki imajo to skupino v svojem obsegu, veljajo tudi za naprave v njej.
admin-group-device-label = Naprava
admin-group-add-device = Dodaj v skupino
admin-group-remove-device-label = Odstrani napravo { $device } iz skupine
admin-group-no-devices = V tej skupini še ni naprav.
admin-group-device-added = Naprava { $device } je dodana v skupino { $group }.
admin-group-device-removed = Naprava { $device } je odstranjena iz skupine { $group }.

## Roles and role assignments

admin-roles-title = Vloge
admin-roles-intro = Vloga je nabor dovoljenj. Dodelitve vlog dodeljujejo vlogo članom skupin za osebe in naprave v svojem obsegu.
admin-roles-list = Vloge
admin-roles-list-intro = Vgrajenih vlog ni mogoče spreminjati; kopirajte eno od njih, da ustvarite vlogo po meri.
admin-roles-empty = Ni vlog.
admin-role-create = Ustvari vlogo
admin-role-create-title = Ustvarjanje vloge
admin-role-create-submit = Ustvari vlogo
admin-role-created = Vloga { $name } je ustvarjena.
admin-role-edit-title = Urejanje vloge { $name }
admin-role-edit-label = Uredi vlogo { $name }
admin-role-saved = Vloga { $name } je shranjena.
admin-role-copy = Kopiraj
admin-role-copy-label = Kopiraj vlogo { $name } kot novo vlogo
admin-role-copy-name = { $name } (kopija)
admin-role-name = Ime vloge
admin-role-description = Opis (izbirno)
admin-role-built-in = Vgrajena
admin-role-no-permissions = Ni dovoljenj
admin-role-delete-label = Izbriši vlogo { $name }
admin-role-delete-title = Želite izbrisati vlogo { $name }?
admin-role-delete-text = Izbrisati je mogoče samo vloge, ki jih ne dodeljuje nobena dodelitev. Tega ni mogoče razveljaviti.
admin-role-delete-confirm = Izbriši vlogo
admin-role-deleted = Vloga { $name } je izbrisana.

admin-perm-group-remote-help = Oddaljena pomoč
admin-perm-group-reading = Branje
admin-perm-group-administration = Skrbništvo
admin-perm-offer = Ponujanje oddaljene pomoči
admin-perm-offer-hint = Začetek seje oddaljene pomoči z osebo v obsegu.
admin-perm-view-screen = Ogled zaslona
admin-perm-view-screen-hint = Ogled zaslona osebe v obsegu.
admin-perm-full-control = Prevzem popolnega nadzora
admin-perm-full-control-hint = Uporaba miške in tipkovnice osebe v obsegu z njenim soglasjem.
admin-perm-elevation = Povišanje pravic
admin-perm-elevation-hint = Rezervirano za prihodnjo različico: izvajanje s povišanimi pravicami v napravi osebe.
admin-perm-read = Branje naprav in poročil
admin-perm-read-hint = Ogled popisa naprav, sej v teku in poročil o sejah.
admin-perm-manage-users = Upravljanje uporabnikov in skupin
admin-perm-manage-users-hint = Ustvarjanje, spreminjanje in brisanje uporabnikov in skupin, njihovih slik in drugih faktorjev.
admin-perm-manage-roles = Upravljanje vlog
admin-perm-manage-roles-hint = Ustvarjanje in spreminjanje vlog in dodelitev vlog.
admin-perm-manage-devices = Upravljanje naprav
admin-perm-manage-devices-hint = Ustvarjanje žetonov za registracijo ter umik in brisanje naprav.
admin-perm-manage-settings = Upravljanje nastavitev
admin-perm-manage-settings-hint = Spreminjanje nastavitev organizacije in preverjenih domen ter ustavljanje sej v teku.
admin-perm-manage-policies = Upravljanje pravilnikov
admin-perm-manage-policies-hint = Ustvarjanje in spreminjanje pravilnikov za pogojni dostop in pravilnikov o skladnosti.
admin-perm-read-audit = Branje revizijskega dnevnika
admin-perm-read-audit-hint = Ogled in izvoz vseh zabeleženih sprememb in vpisov.
admin-perm-create-api-tokens = Ustvarjanje žetonov API
admin-perm-create-api-tokens-hint = Ustvarjanje žetonov za skripte, ki delujejo z lastnimi pravicami imetnika. Žetoni potečejo po 90 dneh, razen če je nastavljeno drugače (največ eno leto).

admin-assignments-title = Dodelitve vlog
admin-assignments-intro = Kdo dobi katero vlogo in za koga.
admin-assignments-empty = Dodelitev vlog še ni. Brez njih lahko pomagajo samo skrbniki.
admin-assignment-create = Ustvari dodelitev
admin-assignment-create-title = Ustvarjanje dodelitve vloge
admin-assignment-create-submit = Ustvari dodelitev
admin-assignment-created = Dodelitev { $name } je ustvarjena.
admin-assignment-edit-title = Urejanje dodelitve { $name }
admin-assignment-edit-label = Uredi dodelitev { $name }
admin-assignment-saved = Dodelitev { $name } je shranjena.
admin-assignment-name = Ime dodelitve
admin-assignment-name-hint = Na primer „Služba za pomoč pomaga financam“.
admin-assignment-role = Vloga
admin-assignment-members = Vlogo dodeli članom skupin
admin-assignment-members-hint = Pomočniki: vlogo dobi vsak član teh skupin.
admin-assignment-no-groups = Skupin še ni. Najprej ustvarite skupine.
admin-assignment-scope = Obseg
admin-assignment-scope-hint = Osebe in naprave, za katere velja vloga.
admin-assignment-scope-groups = Osebe in naprave v teh skupinah
admin-assignment-scope-groups-hint = Člani in naprave izbranih skupin.
admin-assignment-needs-members = Izberite vsaj eno skupino, ki ji boste dodelili vlogo.
admin-assignment-needs-scope = Izberite, za kaj velja vloga: za vse uporabnike, vse naprave ali skupine.
admin-assignment-delete-label = Izbriši dodelitev { $name }
admin-assignment-delete-title = Želite izbrisati dodelitev { $name }?
admin-assignment-delete-text = Člani njenih skupin takoj izgubijo vlogo, ki jim jo je dodelila. Tega ni mogoče razveljaviti.
admin-assignment-delete-confirm = Izbriši dodelitev
admin-assignment-deleted = Dodelitev { $name } je izbrisana.
admin-scope-all-users = Vsi uporabniki
admin-scope-all-users-hint = Vsaka oseba v organizaciji.
admin-scope-all-devices = Vse naprave
admin-scope-all-devices-hint = Vsaka registrirana naprava organizacije.

## Conditional access

admin-policies-title = Pogojni dostop
admin-policies-intro = Pravilniki določajo, ali sme pomočnik uporabljati konzolo; preverijo se ob vpisu in znova ob začetku seje. Zavrnitev navede ime pravilnika.
admin-policies-list = Pravilniki
admin-policies-empty = Ni pravilnikov za pogojni dostop. Konzolo lahko uporablja vsak pomočnik, ki se lahko vpiše.
admin-policy-create = Ustvari pravilnik
admin-policy-create-title = Ustvarjanje pravilnika za pogojni dostop
admin-policy-create-submit = Ustvari pravilnik
admin-policy-created = Pravilnik { $name } je ustvarjen.
admin-policy-edit-title = Urejanje pravilnika { $name }
admin-policy-edit-label = Uredi pravilnik { $name }
admin-policy-saved = Pravilnik { $name } je shranjen.
admin-policy-delete-label = Izbriši pravilnik { $name }
admin-policy-delete-title = Želite izbrisati pravilnik { $name }?
admin-policy-delete-text = Takoj preneha veljati. Tega ni mogoče razveljaviti.
admin-policy-delete-confirm = Izbriši pravilnik
admin-policy-deleted = Pravilnik { $name } je izbrisan.
admin-policy-name = Ime pravilnika
admin-policy-name-hint = Pomočniki ga vidijo, ko jih pravilnik zavrne, zato naj pove, zakaj, na primer „Drugi faktor zunaj pisarne“.
admin-policy-state = Stanje
admin-policy-state-enabled = Omogočen
admin-policy-state-enabled-hint = Pravilnik se uveljavlja.
admin-policy-state-report-only = Samo poročanje
admin-policy-state-report-only-hint = Pravilnik se ovrednoti in v revizijski dnevnik se zapiše, kaj bi naredil, vendar nikoli nikogar ne zavrne. Nove pravilnike najprej preizkusite na ta način.
admin-policy-state-disabled = Onemogočen
admin-policy-state-disabled-hint = Pravilnik se prezre.
admin-policy-targets = Velja za
admin-policy-targets-hint = Pomočniki, na katere se nanaša ta pravilnik.
admin-policy-all-users = Vsi uporabniki
admin-policy-users = Te osebe
admin-policy-groups = Člani teh skupin
admin-policy-needs-targets = Izberite, za koga velja pravilnik: za vse uporabnike, osebe ali skupine.
admin-policy-conditions = Pogoji
admin-policy-conditions-hint = Pravilnik velja samo, ko so izpolnjeni vsi tukaj nastavljeni pogoji. Če jih pustite prazne, velja vedno.
admin-policy-inside = Naslov odjemalca je v enem od teh omrežij
admin-policy-inside-hint = En obseg na vrstico v zapisu CIDR, na primer 10.0.0.0/8 ali 2001:db8::/32.
admin-policy-outside = Naslov odjemalca ni v nobenem od teh omrežij
admin-policy-outside-hint = Za pravila, ki veljajo zunaj pisarne. En obseg na vrstico.
admin-policy-network-invalid = „{ $value }“ ni omrežni obseg. Obsege zapišite na primer kot 192.168.0.0/16.
admin-policy-second-factor = Drugi faktor ob vpisu
admin-policy-second-factor-any = Vseeno
admin-policy-second-factor-yes = Uporabljen je bil drugi faktor
admin-policy-second-factor-no = Drugi faktor ni bil uporabljen
admin-policy-grant = Dejanje
admin-policy-grant-allow = Dovoli
admin-policy-grant-allow-hint = Zabeleži se v revizijski dnevnik; drugi pravilniki lahko vseeno zavrnejo.
admin-policy-grant-block = Blokiraj
admin-policy-grant-block-hint = Zavrne vpis v konzolo in začetek sej.
admin-policy-grant-second-factor = Zahtevaj drugi faktor
admin-policy-grant-second-factor-hint = Dovoli samo vpise, pri katerih je bil uporabljen drugi faktor.
admin-policy-lockout-warning = Pazite, da ne zaklenete sami sebe: pravilnik, ki vas blokira, velja od vašega naslednjega vpisa. Pravilnik najprej preverite v načinu Samo poročanje.
admin-policy-when-inside = Znotraj { $networks }
admin-policy-when-outside = Zunaj { $networks }
admin-policy-when-second-factor = Uporabljen drugi faktor
admin-policy-when-no-second-factor = Drugi faktor ni uporabljen
admin-policy-always = Vedno

## Devices

admin-devices-title = Naprave
admin-devices-intro = Naprave, registrirane z aplikacijo { -product-name }, z nazadnje sporočenimi podatki in informacijo, ali izpolnjujejo vaše pravilnike o skladnosti.
admin-devices-enroll-link = Registriraj naprave
admin-devices-filters = Filtriranje naprav
admin-devices-search = Iskanje
admin-devices-search-hint = Ime gostitelja, serijska številka, model ali primarni uporabnik.
admin-devices-platform = Operacijski sistem
admin-devices-compliance = Skladnost
admin-devices-state = Registracija
admin-devices-pages = Strani naprav
admin-devices-empty = Registrirana ni še nobena naprava. Ustvarite žeton za registracijo, da registrirate prve naprave.
admin-devices-none-match = Tem filtrom ne ustreza nobena naprava.
admin-devices-back = Vse naprave
admin-device-remote-help = Nova seja oddaljene pomoči
admin-device-unnamed = Neimenovana naprava
admin-device-compliant = Skladna
admin-device-not-compliant = Neskladna
admin-device-failing-count =
    { $count ->
        [one] { $count } neizpolnjeno pravilo
        [two] { $count } neizpolnjeni pravili
        [few] { $count } neizpolnjena pravila
       *[other] { $count } neizpolnjenih pravil
    }
admin-device-state-active = Registrirana
admin-device-state-retired = Umaknjena
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Ni sporočen
admin-device-details = Podrobnosti
admin-device-host-name = Ime gostitelja
admin-device-model = Model
admin-device-serial = Serijska številka
admin-device-agent-version = Različica agenta
admin-device-disk = Šifriranje diska
admin-device-disk-encrypted = Šifriran
admin-device-disk-not-encrypted = Ni šifriran
admin-device-enrolled-at = Registrirana
admin-device-id = ID naprave
admin-device-compliance = Skladnost
admin-device-meets-all = Ta naprava izpolnjuje vsa pravila vaših pravilnikov o skladnosti.
admin-device-failing-intro = Ta pravila niso izpolnjena:
admin-device-policies-link = Preglej pravilnike o skladnosti
admin-device-retire = Umakni napravo
admin-device-retire-title = Želite umakniti napravo { $name }?
admin-device-retire-text = Njene poverilnice takoj prenehajo delovati: naprava se ne more več javljati strežniku niti dokazati svoje identitete, ko kdo v njej prosi za pomoč. Naprava ostane na seznamu, označena kot umaknjena.
admin-device-retire-confirm = Umakni napravo
admin-device-retired = Naprava { $name } je umaknjena.
admin-device-delete = Izbriši napravo
admin-device-delete-title = Želite izbrisati napravo { $name }?
admin-device-delete-text = Naprava in njena zgodovina bosta odstranjeni iz popisa. Če jo želite znova uporabljati, jo znova registrirajte. Tega ni mogoče razveljaviti.
admin-device-delete-confirm = Izbriši napravo

## Enrollment tokens

admin-tokens-title = Žetoni za registracijo
admin-tokens-intro = Naprava se registrira z žetonom, ki ga ustvarite tukaj. Vsak žeton deluje omejen čas in za omejeno število naprav.
admin-tokens-list = Žetoni
admin-tokens-empty = Žetonov za registracijo še ni.
admin-token-create = Ustvari žeton
admin-token-create-title = Ustvarjanje žetona za registracijo
admin-token-create-submit = Ustvari žeton
admin-token-created = Žeton { $name } je ustvarjen.
admin-token-name = Ime
admin-token-name-hint = Kje se uporablja, na primer „Prenosniki pisarne v Berlinu“.
admin-token-hours = Veljavnost (ure)
admin-token-hours-hint = Od 1 do 720 ur (30 dni).
admin-token-max-uses = Število naprav, ki jih lahko registrira
admin-token-max-uses-hint = Od 1 do 10.000.
admin-token-shown-once = Kopirajte ta žeton zdaj. Prikazan je samo enkrat; če ga izgubite, ga prekličite in ustvarite novega.
admin-token-secret = Žeton „{ $name }“
admin-token-secret-hint = Vnesite ga v aplikacijo { -product-name }, ko registrirate napravo (assist-agent enroll). Kdor koli ga ima, lahko registrira naprave v vašo organizacijo, dokler ne poteče ali ni preklican.
admin-token-copy-label = Kopiraj žeton
admin-token-copied = Žeton je kopiran v odložišče.
admin-token-copy-failed = Žetona ni bilo mogoče kopirati. Izberite ga in ga kopirajte sami.
admin-token-active = Aktiven
admin-token-revoked = Preklican
admin-token-expired = Potekel
admin-token-used-up = Porabljen
admin-token-uses = { $uses } od { $max }
admin-token-revoke-label = Prekliči žeton { $name }
admin-token-revoke-title = Želite preklicati žeton { $name }?
admin-token-revoke-text = Naprave se z njim ne bodo mogle več registrirati. Naprave, ki jih je že registriral, ostanejo registrirane.
admin-token-revoke-confirm = Prekliči žeton
admin-token-revoked-done = Žeton { $name } je preklican.

## Compliance policies

admin-compliance-title = Pravilniki o skladnosti
admin-compliance-intro = Pravila, ki jih morajo izpolnjevati registrirane naprave. Naprava, ki ne izpolnjuje katerega od njih, je označena kot neskladna, pomočniki pa so opozorjeni, preden ji začnejo pomagati.
admin-compliance-list = Pravilniki
admin-compliance-empty = Ni pravilnikov o skladnosti, zato vsaka naprava velja za skladno.
admin-compliance-create = Ustvari pravilnik
admin-compliance-create-title = Ustvarjanje pravilnika o skladnosti
admin-compliance-create-submit = Ustvari pravilnik
admin-compliance-created = Pravilnik { $name } je ustvarjen. Naprave so bile znova preverjene.
admin-compliance-edit-title = Urejanje pravilnika { $name }
admin-compliance-edit-label = Uredi pravilnik { $name }
admin-compliance-saved = Pravilnik { $name } je shranjen. Naprave so bile znova preverjene.
admin-compliance-delete-label = Izbriši pravilnik { $name }
admin-compliance-delete-title = Želite izbrisati pravilnik { $name }?
admin-compliance-delete-text = Njegova pravila prenehajo veljati, naprave pa se znova preverijo. Tega ni mogoče razveljaviti.
admin-compliance-delete-confirm = Izbriši pravilnik
admin-compliance-deleted = Pravilnik { $name } je izbrisan.
admin-compliance-name = Ime pravilnika
admin-compliance-name-hint = Prikazano ob vsakem neizpolnjenem pravilu, na primer „Osnovna varnost“.
admin-compliance-os-legend = Najnižja različica operacijskega sistema
admin-compliance-os-hint = Če želite sprejeti katero koli različico, pustite platformo prazno.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Na primer 14.2.1
admin-compliance-version-invalid = Različico zapišite kot števila, ločena s pikami, na primer 14.2.1.
admin-compliance-other-legend = Druga pravila
admin-compliance-min-agent = Najnižja različica aplikacije { -product-name }
admin-compliance-max-days = Največ dni od zadnjega stika
admin-compliance-max-days-hint = Od 1 do 365. Pustite prazno, če ne želite omejitve.
admin-compliance-disk = Zahtevaj šifriranje diska
admin-compliance-disk-hint = Sistemski disk mora biti šifriran (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ali novejši
admin-rule-min-agent = Aplikacija { $version } ali novejša
admin-rule-check-in =
    { $days ->
        [one] Stik v zadnjem dnevu
        [two] Stik v zadnjih { $days } dneh
        [few] Stik v zadnjih { $days } dneh
       *[other] Stik v zadnjih { $days } dneh
    }
admin-rule-disk = Disk je šifriran
admin-rule-none = Ni pravil

## Settings

admin-settings-title = Nastavitve
admin-settings-intro = Kako deluje oddaljena pomoč v vaši organizaciji. Vsaka sprememba se zabeleži v revizijski dnevnik.
admin-settings-organisation = Organizacija
admin-settings-name-hint = Prikazano osebam, ki jim pomagate, kadar profil pomočnika ne navaja podjetja.
admin-settings-remote-help-heading = Oddaljena pomoč
admin-settings-remote-help = Dovoli oddaljeno pomoč
admin-settings-remote-help-hint = Pomočniki lahko začnejo seje samo, ko je to vklopljeno. Izklop konča tudi seje v teku.
admin-settings-unenrolled = Dovoli pomoč v napravah, ki niso registrirane
admin-settings-unenrolled-hint = Osebam omogoča skupno rabo zaslona iz spletnega brskalnika ali naprave, ki ni registrirana. Pomočniki so kljub temu opozorjeni, da je naprava neznana.
admin-settings-chat = Klepet med sejami
admin-settings-chat-hint = Pomočniki in osebe, ki jim pomagajo, si lahko pišejo. Sporočila se hranijo skupaj s poročilom o seji.
admin-settings-limits = Kode in poročila
admin-settings-code-lifetime = Veljavnost varnostne kode (minute)
admin-settings-code-lifetime-hint = Kako dolgo ostane veljavna koda, ki jo pomočnik prebere: od { $min } do { $max } minut.
admin-settings-retention = Hrani poročila o sejah (dni)
admin-settings-retention-hint = Starejša poročila in njihov klepet se izbrišejo: od { $min } do { $max } dni.
admin-settings-save = Shrani nastavitve
admin-settings-saved = Nastavitve so shranjene.
admin-settings-updated-at = Nazadnje spremenjeno: { $time }.
admin-settings-defaults = To so privzete nastavitve; nikoli niso bile spremenjene.

## Live sessions

admin-live-title = Seje v živo
admin-live-intro = Seje oddaljene pomoči, ki se še niso končale. Seznam se osveži vsakih nekaj sekund.
admin-live-list = Seje v teku
admin-live-empty = Nobena seja ni v teku.
admin-live-updated = Posodobljeno: { $time }
admin-live-count =
    { $count ->
        [0] Nobena seja ni v teku.
        [one] V teku je { $count } seja.
        [two] V teku sta { $count } seji.
        [few] V teku so { $count } seje.
       *[other] V teku je { $count } sej.
    }
admin-live-not-joined = Še ni pridružen
admin-live-nobody = še nihče
admin-live-state-waiting = Čakanje na kodo
admin-live-state-joined = Pridružen
admin-live-state-requested = Zahteva za dostop
admin-live-state-active = Skupna raba
admin-live-state-ended = Končana
admin-live-revoke-label = Ustavi sejo uporabnika { $helper } z uporabnikom { $sharer }
admin-live-revoke-title = Želite ustaviti to sejo?
admin-live-revoke-text = Seja uporabnika { $helper } z uporabnikom { $sharer } se takoj konča za oba.
admin-live-revoke-confirm = Ustavi sejo
admin-live-revoked = Seja uporabnika { $helper } je ustavljena.

## Session reports

admin-reports-title = Poročila o sejah
admin-reports-intro = Vsaka seja oddaljene pomoči: kdo je komu pomagal, v kateri napravi, kakšen dostop je bil odobren in kako se je končala.
admin-reports-filters = Filtriranje poročil o sejah
admin-reports-export-label = Izvozi v CSV poročila o sejah, ki ustrezajo filtrom
admin-reports-helper = Pomočnik
admin-reports-sharer = Prejemnik pomoči
admin-reports-device = Naprava
admin-reports-end-reason = Način konca
admin-reports-from = Začetek od
admin-reports-to = Začetek pred
admin-reports-pages = Strani poročil o sejah
admin-reports-empty = Poročil o sejah še ni.
admin-reports-none-match = Tem filtrom ne ustreza nobena seja.
admin-reports-back = Vsa poročila o sejah
admin-report-open-label = Seja uporabnika { $helper }, začeta { $time }
admin-report-title = { $helper } pomaga uporabniku { $sharer }
admin-report-title-alone = Seja uporabnika { $helper }
admin-report-started = Začetek: { $time }
admin-report-details = Podrobnosti
admin-report-client = V skupni rabi iz
admin-report-joined = Pridružen
admin-report-ended = Končana
admin-report-id = ID seje
admin-report-no-device = Ni naprave
admin-report-mode-control = Popoln nadzor
admin-report-mode-view = Samo ogled
admin-report-mode-none = Brez
admin-report-transcript = Prepis klepeta
admin-report-transcript-count =
    { $count ->
        [0] Prepis klepeta
        [one] Prepis klepeta ({ $count } sporočilo)
        [two] Prepis klepeta ({ $count } sporočili)
        [few] Prepis klepeta ({ $count } sporočila)
       *[other] Prepis klepeta ({ $count } sporočil)
    }
admin-report-no-chat = V tej seji ni bilo napisano nobeno sporočilo klepeta.
admin-role-helper = Pomočnik
admin-role-sharer = Prejemnik pomoči
admin-client-agent = Aplikacija { -product-name }
admin-client-web = Spletni brskalnik

admin-end-helper-left = Končal jo je pomočnik
admin-end-sharer-left = Končal jo je prejemnik pomoči
admin-end-helper-disconnected = Povezava pomočnika je bila izgubljena
admin-end-sharer-disconnected = Povezava prejemnika pomoči je bila izgubljena
admin-end-code-expired = Koda je potekla neuporabljena
admin-end-declined-timeout = Na zahtevo ni bilo odgovora
admin-end-revoked = Ustavil jo je skrbnik
admin-end-policy = Ustavilo jo je pravilo organizacije
admin-end-access-withdrawn = Ustavljena: dostop odvzet

## Audit log

admin-audit-title = Revizijski dnevnik
admin-audit-intro = Vse spremembe, vpisi in dogodki sej, od najnovejših. V dnevnik je mogoče samo dodajati, njegova veriga pa zazna nedovoljene posege.
admin-audit-filters = Filtriranje revizijskega dnevnika
admin-audit-export-label = Izvozi v CSV revizijske dogodke, ki ustrezajo filtrom
admin-audit-actor = Kdo
admin-audit-action = Dejanje
admin-audit-action-hint = Na primer user.created ali settings.updated.
admin-audit-since = Od
admin-audit-until = Pred
admin-audit-pages = Strani revizijskih dogodkov
admin-audit-empty = Revizijski dnevnik je prazen.
admin-audit-none-match = Tem filtrom ne ustreza noben dogodek.
admin-audit-show-detail = Pokaži podrobnosti
admin-actor-cli = Ukazna vrstica strežnika
admin-actor-setup-link = Povezava za nastavitev
admin-actor-sso = Enotna prijava
admin-actor-anonymous = Ni vpisan

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Začnite tukaj
admin-start-title = Prvi koraki
admin-start-intro = Tri stvari, ki jih je treba urediti pred prvo sejo oddaljene pomoči. Vsako lahko pozneje spremenite.
admin-start-done = Opravljeno
admin-start-todo = Za narediti
admin-start-settings-needed = Za to potrebujete dovoljenje za upravljanje nastavitev. Prosite skrbnika, ki ga ima.
admin-start-remote-heading = Vklopite oddaljeno pomoč
admin-start-remote-off = Oddaljena pomoč je izklopljena, zato še nihče ne more začeti seje.
admin-start-remote-on = Oddaljena pomoč je vklopljena: pomočniki lahko začenjajo seje.
admin-start-remote-enable = Vklopi oddaljeno pomoč
admin-start-remote-turned-on = Oddaljena pomoč je zdaj vklopljena.
admin-start-browser-heading = Deljenje iz spletnega brskalnika
admin-start-browser-allowed = Dovoljeno
admin-start-browser-not-allowed = Ni dovoljeno
admin-start-browser-explain = Spletni brskalnik ne more dokazati, na katerem računalniku teče, zato šteje kot naprava, ki ni registrirana. Če je pomoč v napravah, ki niso registrirane, dovoljena, lahko ljudje delijo zaslon iz brskalnika, ne da bi kar koli namestili. Pomočnik lahko zaslon takrat samo vidi, ne more ga upravljati, in je opozorjen, da je naprava neznana.
admin-start-browser-off = Zdaj ni dovoljeno: deliti lahko samo aplikacija { -product-name } v registrirani napravi. Kdor odpre stran za deljenje v brskalniku in vnese kodo, je zavrnjen.
admin-start-browser-on = Zdaj dovoljeno: ljudje lahko delijo zaslon iz brskalnika ali iz naprave, ki ni registrirana.
admin-start-browser-allow = Dovoli deljenje iz brskalnika
admin-start-browser-stop = Ustavi deljenje iz brskalnika
admin-start-browser-allowed-now = Deljenje iz brskalnika je zdaj dovoljeno.
admin-start-browser-stopped = Deljenje iz brskalnika ni več dovoljeno.
admin-start-helpers-heading = Določi pomočnike
admin-start-helpers-none = Še nihče ne more ponujati oddaljene pomoči.
admin-start-helpers-count =
    { $count ->
        [one] { $count } oseba lahko ponuja oddaljeno pomoč.
        [two] { $count } osebi lahko ponujata oddaljeno pomoč.
        [few] { $count } osebe lahko ponujajo oddaljeno pomoč.
       *[other] { $count } oseb lahko ponuja oddaljeno pomoč.
    }
admin-start-helpers-explain = Pomočniki ponujajo oddaljeno pomoč vsem v organizaciji. Izberite ljudi in nato »Določi pomočnike«: pridružijo se skupini { $group }, ki ima vlogo Help Desk Operator nad vsemi uporabniki.
admin-start-helpers-pick = Ljudje, ki bodo pomočniki
admin-start-helpers-nobody = Vsi tukaj so že pomočniki. Če želite koga dodati, ustvarite uporabnika.
admin-start-helpers-roles-needed = Prvič določitev pomočnikov skupini { $group } dodeli tudi njeno vlogo, za kar potrebujete dovoljenje za upravljanje vlog. Prosite skrbnika, ki ga ima.
admin-start-helpers-submit = Določi pomočnike
admin-start-helpers-choose = Izberite vsaj eno osebo.
admin-start-helpers-made =
    { $count ->
        [one] { $count } oseba je zdaj pomočnik v skupini { $group }.
        [two] { $count } osebi sta zdaj pomočnika v skupini { $group }.
        [few] { $count } osebe so zdaj pomočniki v skupini { $group }.
       *[other] { $count } oseb je zdaj pomočnikov v skupini { $group }.
    }
admin-start-create-user = Ustvari uporabnika
admin-start-first-heading = Vaša prva seja
admin-start-not-ready = Ko so zgornji koraki opravljeni:
admin-start-ready = Vse je pripravljeno za prvo sejo:
admin-start-first-helper = Pomočnik se prijavi, odpre »{ $page }« in začne novo sejo oddaljene pomoči, ki mu da varnostno kodo:
admin-start-first-sharer = Oseba, ki potrebuje pomoč, se prijavi, odpre to stran in vnese to kodo:
admin-user-role = Vloga
admin-user-role-member = Član
admin-user-role-member-hint = Se prijavi, prosi za pomoč in deli svoj zaslon.
admin-user-role-helper = Pomočnik
admin-user-role-helper-hint = Ponuja oddaljeno pomoč vsem v organizaciji kot član skupine { $group }.
admin-user-role-administrator = Skrbnik
admin-user-created-helper = Uporabnik { $name } je ustvarjen in lahko zdaj ponuja oddaljeno pomoč.
