# Messages of the admin console (/admin), Estonian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Halduskonsool – { -product-name }
admin-page-title = { $section } – Halduskonsool – { $organisation }
admin-console-name = Halduskonsool
admin-back-home = Tagasi avalehele
admin-nav-label = Halduskonsool
admin-nav-group-people = Inimesed
admin-nav-group-access = Juurdepääs
admin-nav-group-devices = Seadmed
admin-nav-group-organisation = Asutus
admin-nav-group-activity = Tegevus

admin-denied-title = Juurdepääs puudub – { -product-name }
admin-denied-heading = Teil pole õigust halduskonsooli kasutada
admin-denied-text = Teie konto saab kasutada rakendust { -product-name }, kuid sellel pole õigust teie asutust hallata.
admin-denied-help = Kui peate haldama kasutajaid, seadmeid või sätteid, paluge oma asutuse administraatoril määrata teile nende õigustega roll.

## Shared words

admin-save = Salvesta
admin-cancel = Loobu
admin-done = Valmis
admin-edit = Redigeeri
admin-delete = Kustuta
admin-remove = Eemalda
admin-revoke = Tühista
admin-manage = Halda
admin-copy = Kopeeri
admin-refresh = Värskenda
admin-search = Otsi
admin-apply-filters = Rakenda filtrid
admin-clear-filters = Tühjenda filtrid
admin-export-csv = Ekspordi CSV
admin-filter-any = Mis tahes
admin-filter-anyone = Kes tahes
admin-filter-any-device = Mis tahes seade
admin-not-set = Määramata
admin-never = Mitte kunagi
admin-no-changes = Pole midagi salvestada: ühtegi välja ei muudetud.
admin-name-taken = See nimi on juba kasutusel. Valige mõni muu.
admin-number-range = Sisestage täisarv vahemikus { $min }–{ $max }.
admin-error-refused = Server keeldus: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Te ei saa seda jaotist kasutada: see vajab õigust „{ $permission }“ kogu organisatsioonile (kõik kasutajad ja kõik seadmed), aga teie rollid ei anna seda nii laialt.
admin-section-denied-ask = Paluge organisatsiooni { $organisation } administraatoril anda see teile kogu organisatsioonile.
admin-choose-user = Valige inimene…
admin-choose-user-first = Valige esmalt inimene.
admin-choose-device = Valige seade…
admin-choose-device-first = Valige esmalt seade.
admin-choose-role = Valige roll…
admin-no-devices-yet = Registreeritud seadmeid veel pole
admin-unknown-user = Tundmatu kasutaja
admin-unknown-group = Tundmatu rühm
admin-unknown-role = Tundmatu roll

admin-page-previous = Eelmine leht
admin-page-next = Järgmine leht
admin-page-number = Leht { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = seni { $duration }

## Table column headings

admin-column-name = Nimi
admin-column-email = E-post
admin-column-job-title = Ametinimetus
admin-column-company = Ettevõte
admin-column-role = Roll
admin-column-status = Olek
admin-column-actions = Toimingud
admin-column-description = Kirjeldus
admin-column-members = Liikmed
admin-column-created = Loodud
admin-column-permissions = Õigused
admin-column-member-groups = Kellele antud
admin-column-scope = Ulatus
admin-column-state = Olek
admin-column-targets = Kehtib
admin-column-conditions = Tingimused
admin-column-grant = Toiming
admin-column-device = Seade
admin-column-platform = Operatsioonisüsteem
admin-column-primary-user = Peamine kasutaja
admin-column-agent = Agendi versioon
admin-column-enrollment = Registreerimine
admin-column-compliance = Nõuetele vastavus
admin-column-last-check-in = Viimane sünkroonimine
admin-column-uses = Registreeritud seadmed
admin-column-expires = Aegub
admin-column-rules = Reeglid
admin-column-helper = Abistaja
admin-column-sharer = Abistatav
admin-column-access = Antud juurdepääs
admin-column-started = Algus
admin-column-duration = Kestus
admin-column-outcome = Kuidas lõppes
admin-column-chat = Vestlussõnumid
admin-column-time = Aeg
admin-column-actor = Kes
admin-column-action = Toiming
admin-column-target = Millele
admin-column-detail = Üksikasjad

## Users

admin-users-title = Kasutajad
admin-users-intro = Teie asutuse inimesed, kes saavad rakendusse { -product-name } sisse logida, ja nende profiilid sellisena, nagu abistatavad neid näevad.
admin-users-search = Otsige nime, e-posti, ametinimetuse või ettevõtte järgi
admin-users-search-label = Otsi kasutajaid
admin-users-pages = Kasutajate lehed
admin-users-search-summary =
    { $count ->
        [0] Sellel lehel ei vasta päringule „{ $term }“ ükski kasutaja.
        [one] Päringule „{ $term }“ vastab üks kasutaja.
       *[other] Päringule „{ $term }“ vastab { $count } kasutajat.
    }
admin-users-none-found = Päringule „{ $term }“ ei vasta ükski kasutaja.
admin-users-empty = Kasutajaid veel pole.
admin-user-create = Loo kasutaja
admin-user-create-title = Kasutaja loomine
admin-user-create-submit = Loo kasutaja
admin-user-created = Kasutaja { $name } on loodud.
admin-user-job-title = Ametinimetus (valikuline)
admin-user-company = Ettevõte (valikuline)
admin-user-initial-password = Algne parool (valikuline)
admin-user-initial-password-hint = Vähemalt 12 märki. Ilma paroolita saab inimene sisse logida ainult ühekordse sisselogimise või taastelingiga.
admin-user-is-admin = Asutuse administraator
admin-user-is-admin-hint = Administraatorid saavad teha kõike, olenemata nende rollidest.
admin-user-edit-title = Kasutaja { $name } redigeerimine
admin-user-edit-label = Redigeeri kasutajat { $name }
admin-user-email-fixed = E-posti aadress tuvastab konto ja seda ei saa siin muuta.
admin-user-disabled = Sisselogimine keelatud
admin-user-disabled-hint = Sisselogimise keelamine lõpetab ka inimese seansid ja tühistab tema API-tõendid.
admin-user-new-password = Uus parool (valikuline)
admin-user-new-password-hint = Praeguse parooli säilitamiseks jätke väli tühjaks. Uue parooli määramine logib inimese kõikjalt välja.
admin-user-saved = Kasutaja { $name } muudatused on salvestatud.
admin-user-status-active = Aktiivne
admin-user-status-disabled = Sisselogimine keelatud
admin-user-delete-label = Kustuta kasutaja { $name }
admin-user-delete-title = Kas kustutada kasutaja { $name }?
admin-user-delete-text = Konto { $email } kustutatakse ja logitakse kõikjalt välja. Seda ei saa tagasi võtta.
admin-user-delete-confirm = Kustuta kasutaja
admin-user-deleted = Kasutaja { $name } on kustutatud.
admin-user-picture = Profiilipilt
admin-user-picture-choose = Laadi pilt üles
admin-user-picture-remove = Eemalda pilt
admin-user-picture-hint = PNG- või JPEG-pilt, kuni 256 KB. Muutub kohe; abistatavad näevad seda enne oma ekraani jagamist.
admin-user-picture-uploading = Pildi üleslaadimine…
admin-user-picture-updated = Kasutaja { $name } pilt on värskendatud.
admin-user-picture-removed = Kasutaja { $name } pilt on eemaldatud.

## Groups

admin-groups-title = Rühmad
admin-groups-intro = Rühmad koondavad inimesi ja seadmeid. Rollimääramised annavad rühmade liikmetele rolle teiste rühmade suhtes.
admin-groups-pages = Rühmade lehed
admin-groups-empty = Rühmi veel pole. Looge rühm, et anda selle liikmetele rolle.
admin-groups-back = Kõik rühmad
admin-group-create = Loo rühm
admin-group-create-title = Rühma loomine
admin-group-create-submit = Loo rühm
admin-group-created = Rühm { $name } on loodud.
admin-group-name = Rühma nimi
admin-group-description = Kirjeldus (valikuline)
admin-group-description-hint = Milleks rühm on mõeldud, näiteks „Berliini kasutajatoe töötajad“.
admin-group-member-count =
    { $count ->
        [0] Liikmeid pole
        [one] 1 liige
       *[other] { $count } liiget
    }
admin-group-manage-label = Halda rühma { $name }
admin-group-delete = Kustuta rühm
admin-group-delete-label = Kustuta rühm { $name }
admin-group-delete-title = Kas kustutada rühm { $name }?
admin-group-delete-text = Liikmed säilitavad oma kontod, kuid kaotavad selle, mida rollimääramised neile selle rühma kaudu andsid. Seda ei saa tagasi võtta.
admin-group-delete-confirm = Kustuta rühm
admin-group-deleted = Rühm { $name } on kustutatud.
admin-group-detail-intro = Nimetage rühm ümber ning valige selle liikmed ja seadmed.
admin-group-details = Nimi ja kirjeldus
admin-group-saved = Rühm { $name } on salvestatud.
admin-group-members = Liikmed
admin-group-no-members = Selles rühmas pole veel liikmeid.
admin-group-add-member = Lisa liige
admin-group-add-member-label = Lisatav inimene
admin-group-everyone-member = Kõik on juba liikmed
admin-group-member-added = { $name } lisati rühma { $group }.
admin-group-member-removed = { $name } eemaldati rühmast { $group }.
admin-group-remove-member-label = Eemalda { $name } rühmast
admin-group-devices = Seadmed
admin-group-devices-intro = Rollimääramised, mille ulatuses see rühm on, hõlmavad ka rühma seadmeid.
admin-group-device-label = Seade
admin-group-add-device = Lisa rühma
admin-group-remove-device-label = Eemalda seade { $device } rühmast
admin-group-no-devices = Selles rühmas pole veel seadmeid.
admin-group-device-added = Seade { $device } lisati rühma { $group }.
admin-group-device-removed = Seade { $device } eemaldati rühmast { $group }.

## Roles and role assignments

admin-roles-title = Rollid
admin-roles-intro = Roll on õiguste kogum. Rollimääramised annavad rolli rühmade liikmetele nende ulatusse jäävate inimeste ja seadmete suhtes.
admin-roles-list = Rollid
admin-roles-list-intro = Sisseehitatud rolle ei saa muuta; kohandatud rolli loomiseks kopeerige mõni neist.
admin-roles-empty = Rolle pole.
admin-role-create = Loo roll
admin-role-create-title = Rolli loomine
admin-role-create-submit = Loo roll
admin-role-created = Roll { $name } on loodud.
admin-role-edit-title = Rolli { $name } redigeerimine
admin-role-edit-label = Redigeeri rolli { $name }
admin-role-saved = Roll { $name } on salvestatud.
admin-role-copy = Kopeeri
admin-role-copy-label = Kopeeri roll { $name } uueks rolliks
admin-role-copy-name = { $name } (koopia)
admin-role-name = Rolli nimi
admin-role-description = Kirjeldus (valikuline)
admin-role-built-in = Sisseehitatud
admin-role-no-permissions = Õigusi pole
admin-role-delete-label = Kustuta roll { $name }
admin-role-delete-title = Kas kustutada roll { $name }?
admin-role-delete-text = Kustutada saab ainult rolle, mida ükski määramine ei anna. Seda ei saa tagasi võtta.
admin-role-delete-confirm = Kustuta roll
admin-role-deleted = Roll { $name } on kustutatud.

admin-perm-group-remote-help = Kaugabi
admin-perm-group-reading = Lugemine
admin-perm-group-administration = Haldus
admin-perm-offer = Kaugabi pakkumine
admin-perm-offer-hint = Kaugabiseansi alustamine ulatusse jääva inimesega.
admin-perm-view-screen = Ekraani vaatamine
admin-perm-view-screen-hint = Ulatusse jääva inimese ekraani nägemine.
admin-perm-full-control = Täieliku juhtimise ülevõtmine
admin-perm-full-control-hint = Ulatusse jääva inimese hiire ja klaviatuuri kasutamine tema nõusolekul.
admin-perm-elevation = Õiguste tõstmine
admin-perm-elevation-hint = Reserveeritud tulevase versiooni jaoks: kõrgendatud õigustega käitamine inimese seadmes.
admin-perm-read = Seadmete ja aruannete lugemine
admin-perm-read-hint = Seadmete loendi, käimasolevate seansside ja seansiaruannete vaatamine.
admin-perm-manage-users = Kasutajate ja rühmade haldamine
admin-perm-manage-users-hint = Kasutajate ja rühmade ning nende piltide ja teiste tegurite loomine, muutmine ja kustutamine.
admin-perm-manage-roles = Rollide haldamine
admin-perm-manage-roles-hint = Rollide ja rollimääramiste loomine ning muutmine.
admin-perm-manage-devices = Seadmete haldamine
admin-perm-manage-devices-hint = Registreerimistõendite loomine ning seadmete kasutusest kõrvaldamine ja kustutamine.
admin-perm-manage-settings = Sätete haldamine
admin-perm-manage-settings-hint = Asutuse sätete ja kinnitatud domeenide muutmine ning käimasolevate seansside peatamine.
admin-perm-manage-policies = Poliitikate haldamine
admin-perm-manage-policies-hint = Tingimusliku juurdepääsu ja nõuetele vastavuse poliitikate loomine ning muutmine.
admin-perm-read-audit = Auditilogi lugemine
admin-perm-read-audit-hint = Kõigi salvestatud muudatuste ja sisselogimiste vaatamine ning eksportimine.
admin-perm-create-api-tokens = API-tõendite loomine
admin-perm-create-api-tokens-hint = Tõendite loomine skriptidele, mis toimivad omaniku enda õigustega. Tõendid aeguvad 90 päeva pärast, kui pole määratud teisiti (kuni üks aasta).

admin-assignments-title = Rollimääramised
admin-assignments-intro = Kes saab millise rolli ja kelle suhtes.
admin-assignments-empty = Rollimääramisi veel pole. Ilma nendeta saavad abistada ainult administraatorid.
admin-assignment-create = Loo määramine
admin-assignment-create-title = Rollimääramise loomine
admin-assignment-create-submit = Loo määramine
admin-assignment-created = Määramine { $name } on loodud.
admin-assignment-edit-title = Määramise { $name } redigeerimine
admin-assignment-edit-label = Redigeeri määramist { $name }
admin-assignment-saved = Määramine { $name } on salvestatud.
admin-assignment-name = Määramise nimi
admin-assignment-name-hint = Näiteks „Kasutajatugi abistab finantsosakonda“.
admin-assignment-role = Roll
admin-assignment-members = Anna roll nende rühmade liikmetele
admin-assignment-members-hint = Abistajad: kõik nende rühmade liikmed saavad rolli.
admin-assignment-no-groups = Rühmi veel pole. Looge esmalt rühmad.
admin-assignment-scope = Ulatus
admin-assignment-scope-hint = Inimesed ja seadmed, keda roll hõlmab.
admin-assignment-scope-groups = Nende rühmade inimesed ja seadmed
admin-assignment-scope-groups-hint = Valitud rühmade liikmed ja seadmed.
admin-assignment-needs-members = Valige vähemalt üks rühm, kellele roll anda.
admin-assignment-needs-scope = Valige, mida roll hõlmab: kõiki kasutajaid, kõiki seadmeid või rühmi.
admin-assignment-delete-label = Kustuta määramine { $name }
admin-assignment-delete-title = Kas kustutada määramine { $name }?
admin-assignment-delete-text = Selle rühmade liikmed kaotavad kohe määramisega antud rolli. Seda ei saa tagasi võtta.
admin-assignment-delete-confirm = Kustuta määramine
admin-assignment-deleted = Määramine { $name } on kustutatud.
admin-scope-all-users = Kõik kasutajad
admin-scope-all-users-hint = Kõik asutuse inimesed.
admin-scope-all-devices = Kõik seadmed
admin-scope-all-devices-hint = Kõik asutuse registreeritud seadmed.

## Conditional access

admin-policies-title = Tingimuslik juurdepääs
admin-policies-intro = Poliitikad otsustavad, kas abistaja tohib konsooli kasutada; neid kontrollitakse sisselogimisel ja uuesti seansi alustamisel. Keeldumise korral nimetatakse poliitika.
admin-policies-list = Poliitikad
admin-policies-empty = Tingimusliku juurdepääsu poliitikaid pole. Iga abistaja, kes saab sisse logida, tohib konsooli kasutada.
admin-policy-create = Loo poliitika
admin-policy-create-title = Tingimusliku juurdepääsu poliitika loomine
admin-policy-create-submit = Loo poliitika
admin-policy-created = Poliitika { $name } on loodud.
admin-policy-edit-title = Poliitika { $name } redigeerimine
admin-policy-edit-label = Redigeeri poliitikat { $name }
admin-policy-saved = Poliitika { $name } on salvestatud.
admin-policy-delete-label = Kustuta poliitika { $name }
admin-policy-delete-title = Kas kustutada poliitika { $name }?
admin-policy-delete-text = Poliitika lakkab kohe kehtimast. Seda ei saa tagasi võtta.
admin-policy-delete-confirm = Kustuta poliitika
admin-policy-deleted = Poliitika { $name } on kustutatud.
admin-policy-name = Poliitika nimi
admin-policy-name-hint = Abistajad näevad nime, kui poliitika neile juurdepääsu ei luba, seega märkige sellesse põhjus, näiteks „Teine tegur väljaspool kontorit“.
admin-policy-state = Olek
admin-policy-state-enabled = Lubatud
admin-policy-state-enabled-hint = Poliitikat jõustatakse.
admin-policy-state-report-only = Ainult aruanne
admin-policy-state-report-only-hint = Poliitikat hinnatakse ja see, mida see oleks teinud, kirjutatakse auditilogisse, kuid see ei keela kunagi kellelegi juurdepääsu. Proovige uusi poliitikaid esmalt nii.
admin-policy-state-disabled = Keelatud
admin-policy-state-disabled-hint = Poliitikat eiratakse.
admin-policy-targets = Kehtib
admin-policy-targets-hint = Abistajad, keda see poliitika puudutab.
admin-policy-all-users = Kõik kasutajad
admin-policy-users = Need inimesed
admin-policy-groups = Nende rühmade liikmed
admin-policy-needs-targets = Valige, kellele poliitika kehtib: kõigile kasutajatele, inimestele või rühmadele.
admin-policy-conditions = Tingimused
admin-policy-conditions-hint = Poliitika kehtib ainult siis, kui kõik siin määratud tingimused on täidetud. Kui soovite, et see kehtiks alati, jätke need tühjaks.
admin-policy-inside = Kliendi aadress on mõnes neist võrkudest
admin-policy-inside-hint = Üks vahemik rea kohta CIDR-kujul, näiteks 10.0.0.0/8 või 2001:db8::/32.
admin-policy-outside = Kliendi aadress ei ole üheski neist võrkudest
admin-policy-outside-hint = Reeglitele, mis kehtivad väljaspool kontorit. Üks vahemik rea kohta.
admin-policy-network-invalid = „{ $value }“ pole võrguvahemik. Kirjutage vahemikud kujul 192.168.0.0/16.
admin-policy-second-factor = Teine tegur sisselogimisel
admin-policy-second-factor-any = Pole oluline
admin-policy-second-factor-yes = Kasutati teist tegurit
admin-policy-second-factor-no = Teist tegurit ei kasutatud
admin-policy-grant = Toiming
admin-policy-grant-allow = Luba
admin-policy-grant-allow-hint = Salvestatakse auditilogisse; teised poliitikad võivad siiski keelata.
admin-policy-grant-block = Blokeeri
admin-policy-grant-block-hint = Keelab konsooli sisselogimise ja seansside alustamise.
admin-policy-grant-second-factor = Nõua teist tegurit
admin-policy-grant-second-factor-hint = Lubab ainult sisselogimised, kus kasutati teist tegurit.
admin-policy-lockout-warning = Olge ettevaatlik, et te ei lukustaks iseennast välja: teid blokeeriv poliitika kehtib alates teie järgmisest sisselogimisest. Kontrollige poliitikat esmalt režiimis Ainult aruanne.
admin-policy-when-inside = Võrkudes { $networks }
admin-policy-when-outside = Väljaspool võrke { $networks }
admin-policy-when-second-factor = Kasutati teist tegurit
admin-policy-when-no-second-factor = Teist tegurit ei kasutatud
admin-policy-always = Alati

## Devices

admin-devices-title = Seadmed
admin-devices-intro = Rakendusega { -product-name } registreeritud seadmed koos viimati edastatud andmetega ja teabega, kas need vastavad teie nõuetele vastavuse poliitikatele.
admin-devices-enroll-link = Registreeri seadmeid
admin-devices-filters = Filtreeri seadmeid
admin-devices-search = Otsi
admin-devices-search-hint = Hostinimi, seerianumber, mudel või peamine kasutaja.
admin-devices-platform = Operatsioonisüsteem
admin-devices-compliance = Nõuetele vastavus
admin-devices-state = Registreerimine
admin-devices-pages = Seadmete lehed
admin-devices-empty = Registreeritud seadmeid veel pole. Esimeste seadmete registreerimiseks looge registreerimistõend.
admin-devices-none-match = Ükski seade ei vasta neile filtritele.
admin-devices-back = Kõik seadmed
admin-device-remote-help = Uus kaugabiseanss
admin-device-unnamed = Nimetu seade
admin-device-compliant = Nõuetele vastav
admin-device-not-compliant = Nõuetele mittevastav
admin-device-failing-count =
    { $count ->
        [one] 1 täitmata reegel
       *[other] { $count } täitmata reeglit
    }
admin-device-state-active = Registreeritud
admin-device-state-retired = Kasutusest kõrvaldatud
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Pole teatatud
admin-device-details = Üksikasjad
admin-device-host-name = Hostinimi
admin-device-model = Mudel
admin-device-serial = Seerianumber
admin-device-agent-version = Agendi versioon
admin-device-disk = Ketta krüptimine
admin-device-disk-encrypted = Krüptitud
admin-device-disk-not-encrypted = Krüptimata
admin-device-enrolled-at = Registreeritud
admin-device-id = Seadme ID
admin-device-compliance = Nõuetele vastavus
admin-device-meets-all = See seade vastab kõigile teie nõuetele vastavuse poliitikate reeglitele.
admin-device-failing-intro = Need reeglid on täitmata:
admin-device-policies-link = Vaata nõuetele vastavuse poliitikaid
admin-device-retire = Kõrvalda seade kasutusest
admin-device-retire-title = Kas kõrvaldada { $name } kasutusest?
admin-device-retire-text = Selle mandaat lakkab kohe töötamast: seade ei saa enam sünkroonida ega end tuvastada, kui keegi selles abi palub. Seade jääb loendisse, märgituna kasutusest kõrvaldatuks.
admin-device-retire-confirm = Kõrvalda seade kasutusest
admin-device-retired = Seade { $name } on kasutusest kõrvaldatud.
admin-device-delete = Kustuta seade
admin-device-delete-title = Kas kustutada { $name }?
admin-device-delete-text = Seade ja selle ajalugu eemaldatakse loendist. Seadme uuesti kasutamiseks registreerige see uuesti. Seda ei saa tagasi võtta.
admin-device-delete-confirm = Kustuta seade

## Enrollment tokens

admin-tokens-title = Registreerimistõendid
admin-tokens-intro = Seade registreeritakse siin loodud tõendiga. Iga tõend kehtib piiratud aja ja piiratud arvu seadmete jaoks.
admin-tokens-list = Tõendid
admin-tokens-empty = Registreerimistõendeid veel pole.
admin-token-create = Loo tõend
admin-token-create-title = Registreerimistõendi loomine
admin-token-create-submit = Loo tõend
admin-token-created = Tõend { $name } on loodud.
admin-token-name = Nimi
admin-token-name-hint = Kus seda kasutatakse, näiteks „Berliini kontori sülearvutid“.
admin-token-hours = Kehtivus (tundides)
admin-token-hours-hint = 1 kuni 720 tundi (30 päeva).
admin-token-max-uses = Registreeritavate seadmete arv
admin-token-max-uses-hint = 1 kuni 10 000.
admin-token-shown-once = Kopeerige see tõend kohe. Seda kuvatakse ainult üks kord; kui see kaob, tühistage see ja looge uus.
admin-token-secret = Tõend „{ $name }“
admin-token-secret-hint = Andke see seadme registreerimisel rakendusele { -product-name } (assist-agent enroll). Igaüks, kellel see on, saab registreerida seadmeid teie asutusse, kuni tõend aegub või tühistatakse.
admin-token-copy-label = Kopeeri tõend
admin-token-copied = Tõend kopeeriti lõikelauale.
admin-token-copy-failed = Tõendit ei õnnestunud kopeerida. Valige see ja kopeerige ise.
admin-token-active = Aktiivne
admin-token-revoked = Tühistatud
admin-token-expired = Aegunud
admin-token-used-up = Ära kasutatud
admin-token-uses = { $uses }/{ $max }
admin-token-revoke-label = Tühista tõend { $name }
admin-token-revoke-title = Kas tühistada tõend { $name }?
admin-token-revoke-text = Sellega ei saa enam seadmeid registreerida. Juba registreeritud seadmed jäävad registreerituks.
admin-token-revoke-confirm = Tühista tõend
admin-token-revoked-done = Tõend { $name } on tühistatud.

## Compliance policies

admin-compliance-title = Nõuetele vastavuse poliitikad
admin-compliance-intro = Reeglid, millele registreeritud seadmed peavad vastama. Seade, mis mõnele neist ei vasta, märgitakse nõuetele mittevastavaks ja abistajaid hoiatatakse enne, kui nad selles abistavad.
admin-compliance-list = Poliitikad
admin-compliance-empty = Nõuetele vastavuse poliitikaid pole, seega loetakse kõik seadmed nõuetele vastavaks.
admin-compliance-create = Loo poliitika
admin-compliance-create-title = Nõuetele vastavuse poliitika loomine
admin-compliance-create-submit = Loo poliitika
admin-compliance-created = Poliitika { $name } on loodud. Seadmed kontrolliti uuesti.
admin-compliance-edit-title = Poliitika { $name } redigeerimine
admin-compliance-edit-label = Redigeeri poliitikat { $name }
admin-compliance-saved = Poliitika { $name } on salvestatud. Seadmed kontrolliti uuesti.
admin-compliance-delete-label = Kustuta poliitika { $name }
admin-compliance-delete-title = Kas kustutada poliitika { $name }?
admin-compliance-delete-text = Selle reeglid lakkavad kehtimast ja seadmed kontrollitakse uuesti. Seda ei saa tagasi võtta.
admin-compliance-delete-confirm = Kustuta poliitika
admin-compliance-deleted = Poliitika { $name } on kustutatud.
admin-compliance-name = Poliitika nimi
admin-compliance-name-hint = Kuvatakse iga täitmata reegli juures, näiteks „Põhiturve“.
admin-compliance-os-legend = Operatsioonisüsteemi minimaalne versioon
admin-compliance-os-hint = Kui mis tahes versioon sobib, jätke platvormi väli tühjaks.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Näiteks 14.2.1
admin-compliance-version-invalid = Kirjutage versioon punktidega eraldatud numbritena, näiteks 14.2.1.
admin-compliance-other-legend = Muud reeglid
admin-compliance-min-agent = Rakenduse { -product-name } minimaalne versioon
admin-compliance-max-days = Maksimaalne päevade arv viimasest sünkroonimisest
admin-compliance-max-days-hint = 1 kuni 365. Piirangu puudumisel jätke tühjaks.
admin-compliance-disk = Nõua ketta krüptimist
admin-compliance-disk-hint = Süsteemiketas peab olema krüptitud (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } või uuem
admin-rule-min-agent = Rakendus { $version } või uuem
admin-rule-check-in =
    { $days ->
        [one] Sünkroonitud viimase päeva jooksul
       *[other] Sünkroonitud viimase { $days } päeva jooksul
    }
admin-rule-disk = Ketas krüptitud
admin-rule-none = Reegleid pole

## Settings

admin-settings-title = Sätted
admin-settings-intro = Kuidas kaugabi teie asutuses toimib. Iga muudatus salvestatakse auditilogisse.
admin-settings-organisation = Asutus
admin-settings-name-hint = Kuvatakse abistatavatele, kui abistaja profiilis pole ettevõtet märgitud.
admin-settings-remote-help-heading = Kaugabi
admin-settings-remote-help = Luba kaugabi
admin-settings-remote-help-hint = Abistajad saavad seansse alustada ainult siis, kui see on sisse lülitatud. Väljalülitamine lõpetab ka käimasolevad seansid.
admin-settings-unenrolled = Luba abi registreerimata seadmetes
admin-settings-unenrolled-hint = Võimaldab jagada ekraani veebibrauserist või registreerimata seadmest. Abistajaid hoiatatakse siiski, et seade on tundmatu.
admin-settings-chat = Vestlus seansside ajal
admin-settings-chat-hint = Abistajad ja abistatavad saavad teineteisele kirjutada. Sõnumid säilitatakse koos seansiaruandega.
admin-settings-limits = Koodid ja aruanded
admin-settings-code-lifetime = Turvakoodi kehtivus (minutites)
admin-settings-code-lifetime-hint = Kui kaua abistaja antud kood kehtib: { $min } kuni { $max } minutit.
admin-settings-retention = Seansiaruannete säilitamisaeg (päevades)
admin-settings-retention-hint = Vanemad aruanded ja nende vestlused kustutatakse: { $min } kuni { $max } päeva.
admin-settings-save = Salvesta sätted
admin-settings-saved = Sätted on salvestatud.
admin-settings-updated-at = Viimati muudetud: { $time }.
admin-settings-defaults = Need on vaikesätted; neid pole kunagi muudetud.

## Live sessions

admin-live-title = Käimasolevad seansid
admin-live-intro = Kaugabiseansid, mis pole veel lõppenud. Loend värskendub iga paari sekundi järel.
admin-live-list = Käimasolevad seansid
admin-live-empty = Käimasolevaid seansse pole.
admin-live-updated = Värskendatud: { $time }
admin-live-count =
    { $count ->
        [0] Käimasolevaid seansse pole.
        [one] Käimas on 1 seanss.
       *[other] Käimas on { $count } seanssi.
    }
admin-live-not-joined = Pole veel liitunud
admin-live-nobody = veel mitte keegi
admin-live-state-waiting = Ootab koodi
admin-live-state-joined = Liitunud
admin-live-state-requested = Taotleb juurdepääsu
admin-live-state-active = Jagamine
admin-live-state-ended = Lõppenud
admin-live-revoke-label = Lõpeta seanss: { $helper } ja { $sharer }
admin-live-revoke-title = Kas peatada see seanss?
admin-live-revoke-text = Seanss ({ $helper } ja { $sharer }) lõpeb kohe mõlema jaoks.
admin-live-revoke-confirm = Peata seanss
admin-live-revoked = Abistaja { $helper } seanss on peatatud.

## Session reports

admin-reports-title = Seansiaruanded
admin-reports-intro = Kõik kaugabiseansid: kes keda abistas, millises seadmes, milline juurdepääs anti ja kuidas seanss lõppes.
admin-reports-filters = Filtreeri seansiaruandeid
admin-reports-export-label = Ekspordi filtritele vastavad seansiaruanded CSV-failina
admin-reports-helper = Abistaja
admin-reports-sharer = Abistatav
admin-reports-device = Seade
admin-reports-end-reason = Kuidas lõppes
admin-reports-from = Alanud alates
admin-reports-to = Alanud enne
admin-reports-pages = Seansiaruannete lehed
admin-reports-empty = Seansiaruandeid veel pole.
admin-reports-none-match = Ükski seanss ei vasta neile filtritele.
admin-reports-back = Kõik seansiaruanded
admin-report-open-label = Abistaja { $helper } seanss, alanud { $time }
admin-report-title = Abistaja { $helper }, abistatav { $sharer }
admin-report-title-alone = Abistaja { $helper } seanss
admin-report-started = Alanud { $time }
admin-report-details = Üksikasjad
admin-report-client = Jagamisviis
admin-report-joined = Liitus
admin-report-ended = Lõppes
admin-report-id = Seansi ID
admin-report-no-device = Seade puudub
admin-report-mode-control = Täielik juhtimine
admin-report-mode-view = Ainult vaatamine
admin-report-mode-none = Puudub
admin-report-transcript = Vestluse ärakiri
admin-report-transcript-count =
    { $count ->
        [0] Vestluse ärakiri
        [one] Vestluse ärakiri (1 sõnum)
       *[other] Vestluse ärakiri ({ $count } sõnumit)
    }
admin-report-no-chat = Selles seansis vestlussõnumeid ei kirjutatud.
admin-role-helper = Abistaja
admin-role-sharer = Abistatav
admin-client-agent = Rakendus { -product-name }
admin-client-web = Veebibrauser

admin-end-helper-left = Abistaja lõpetas
admin-end-sharer-left = Abistatav lõpetas
admin-end-helper-disconnected = Abistaja ühendus katkes
admin-end-sharer-disconnected = Abistatava ühendus katkes
admin-end-code-expired = Kood aegus kasutamata
admin-end-declined-timeout = Taotlusele ei vastatud
admin-end-revoked = Administraator peatas
admin-end-policy = Peatatud asutuse reegli alusel
admin-end-access-withdrawn = Peatatud: juurdepääs võeti ära

## Audit log

admin-audit-title = Auditilogi
admin-audit-intro = Kõik muudatused, sisselogimised ja seansisündmused, uusimad eespool. Logisse saab ainult lisada ja selle ahel tuvastab võltsimise.
admin-audit-filters = Filtreeri auditilogi
admin-audit-export-label = Ekspordi filtritele vastavad auditisündmused CSV-failina
admin-audit-actor = Kes
admin-audit-action = Toiming
admin-audit-action-hint = Näiteks user.created või settings.updated.
admin-audit-since = Alates
admin-audit-until = Enne
admin-audit-pages = Auditisündmuste lehed
admin-audit-empty = Auditilogi on tühi.
admin-audit-none-match = Ükski sündmus ei vasta neile filtritele.
admin-audit-show-detail = Kuva üksikasjad
admin-actor-cli = Serveri käsurida
admin-actor-setup-link = Seadistuslink
admin-actor-sso = Ühekordne sisselogimine
admin-actor-anonymous = Pole sisse logitud

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Alusta siit
admin-start-title = Alustamine
admin-start-intro = Kolm asja, mis tuleb enne esimest kaugabi seanssi paika panna. Kõike saab hiljem muuta.
admin-start-done = Tehtud
admin-start-todo = Teha
admin-start-settings-needed = Selleks on vaja sätete haldamise õigust. Küsige administraatorilt, kellel see on.
admin-start-remote-heading = Lülitage kaugabi sisse
admin-start-remote-off = Kaugabi on välja lülitatud, seega ei saa keegi veel seanssi alustada.
admin-start-remote-on = Kaugabi on sisse lülitatud: abistajad saavad seansse alustada.
admin-start-remote-enable = Lülita kaugabi sisse
admin-start-remote-turned-on = Kaugabi on nüüd sisse lülitatud.
admin-start-browser-heading = Jagamine veebibrauserist
admin-start-browser-allowed = Lubatud
admin-start-browser-not-allowed = Pole lubatud
admin-start-browser-explain = Veebibrauser ei saa tõestada, millises arvutis see töötab, seega loetakse see registreerimata seadmeks. Kui abi registreerimata seadmetes on lubatud, saab ekraani jagada brauserist, midagi installimata. Abistaja saab siis ekraani ainult näha, mitte juhtida, ja teda hoiatatakse, et seade on tundmatu.
admin-start-browser-off = Praegu pole lubatud: jagada saab ainult { -product-name } rakendus registreeritud seadmes. Kes avab jagamislehe brauseris ja sisestab koodi, lükatakse tagasi.
admin-start-browser-on = Praegu lubatud: ekraani saab jagada brauserist või registreerimata seadmest.
admin-start-browser-allow = Luba jagamine brauserist
admin-start-browser-stop = Lõpeta jagamine brauserist
admin-start-browser-allowed-now = Jagamine brauserist on nüüd lubatud.
admin-start-browser-stopped = Jagamine brauserist pole enam lubatud.
admin-start-helpers-heading = Määra abistajad
admin-start-helpers-none = Keegi ei saa veel kaugabi pakkuda.
admin-start-helpers-count =
    { $count ->
        [one] { $count } inimene saab pakkuda kaugabi.
       *[other] { $count } inimest saavad pakkuda kaugabi.
    }
admin-start-helpers-explain = Abistajad pakuvad kaugabi kõigile organisatsioonis. Valige inimesed ja seejärel „Määra abistajad“: nad lisatakse gruppi { $group }, millel on roll Help Desk Operator kõigi kasutajate üle.
admin-start-helpers-pick = Inimesed, kellest saavad abistajad
admin-start-helpers-nobody = Kõik siin on juba abistajad. Kellegi lisamiseks looge kasutaja.
admin-start-helpers-roles-needed = Esimesel korral annab abistajate määramine ka grupile { $group } selle rolli, milleks on vaja rollide haldamise õigust. Küsige administraatorilt, kellel see on.
admin-start-helpers-submit = Määra abistajad
admin-start-helpers-choose = Valige vähemalt üks inimene.
admin-start-helpers-made =
    { $count ->
        [one] { $count } inimene on nüüd abistaja grupis { $group }.
       *[other] { $count } inimest on nüüd abistajad grupis { $group }.
    }
admin-start-create-user = Loo kasutaja
admin-start-first-heading = Teie esimene seanss
admin-start-not-ready = Kui ülaltoodud sammud on tehtud:
admin-start-ready = Kõik on esimeseks seansiks valmis:
admin-start-first-helper = Abistaja logib sisse, avab lehe „{ $page }“ ja alustab uut kaugabi seanssi, mis annab talle turvakoodi:
admin-start-first-sharer = Abi vajav inimene logib sisse, avab selle lehe ja sisestab koodi:
admin-user-role = Roll
admin-user-role-member = Liige
admin-user-role-member-hint = Logib sisse, palub abi ja jagab oma ekraani.
admin-user-role-helper = Abistaja
admin-user-role-helper-hint = Pakub kaugabi kõigile organisatsioonis, grupi { $group } liikmena.
admin-user-role-administrator = Administraator
admin-user-created-helper = { $name } on loodud ja saab nüüd kaugabi pakkuda.
