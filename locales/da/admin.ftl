# Messages of the admin console (/admin), Danish. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administrationskonsol – { -product-name }
admin-page-title = { $section } – Administrationskonsol – { $organisation }
admin-console-name = Administrationskonsol
admin-back-home = Tilbage til start
admin-nav-label = Administrationskonsol
admin-nav-group-people = Personer
admin-nav-group-access = Adgang
admin-nav-group-devices = Enheder
admin-nav-group-organisation = Organisation
admin-nav-group-activity = Aktivitet

admin-denied-title = Ingen adgang – { -product-name }
admin-denied-heading = Du har ikke tilladelse til at bruge administrationskonsollen
admin-denied-text = Din konto kan bruge { -product-name }, men den har ikke tilladelse til at administrere din organisation.
admin-denied-help = Hvis du skal administrere brugere, enheder eller indstillinger, skal du bede en administrator i din organisation om at give dig en rolle med disse tilladelser.

## Shared words

admin-save = Gem
admin-cancel = Annuller
admin-done = Udført
admin-edit = Rediger
admin-delete = Slet
admin-remove = Fjern
admin-revoke = Tilbagekald
admin-manage = Administrer
admin-copy = Kopiér
admin-refresh = Opdater
admin-search = Søg
admin-apply-filters = Anvend filtre
admin-clear-filters = Ryd filtre
admin-export-csv = Eksportér CSV
admin-filter-any = Alle
admin-filter-anyone = Alle personer
admin-filter-any-device = Alle enheder
admin-not-set = Ikke angivet
admin-never = Aldrig
admin-no-changes = Intet at gemme: Ingen felter er ændret.
admin-name-taken = Dette navn er allerede i brug. Vælg et andet.
admin-number-range = Angiv et helt tal fra { $min } til { $max }.
admin-error-refused = Serveren afviste dette: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Du kan ikke bruge dette afsnit: det kræver tilladelsen »{ $permission }« over hele organisationen (alle brugere og alle enheder), og dine roller giver den ikke så bredt.
admin-section-denied-ask = Bed en administrator i { $organisation } om at give dig den over hele organisationen.
admin-choose-user = Vælg en person…
admin-choose-user-first = Vælg først en person.
admin-choose-device = Vælg en enhed…
admin-choose-device-first = Vælg først en enhed.
admin-choose-role = Vælg en rolle…
admin-no-devices-yet = Der er endnu ingen tilmeldte enheder
admin-unknown-user = Ukendt bruger
admin-unknown-group = Ukendt gruppe
admin-unknown-role = Ukendt rolle

admin-page-previous = Forrige side
admin-page-next = Næste side
admin-page-number = Side { $page }

admin-duration-seconds = { $seconds } sek.
admin-duration-minutes = { $minutes } min.
admin-duration-hours = { $hours } t { $minutes } min.
admin-duration-running = { $duration } indtil videre

## Table column headings

admin-column-name = Navn
admin-column-email = Mail
admin-column-job-title = Stilling
admin-column-company = Firma
admin-column-role = Rolle
admin-column-status = Status
admin-column-actions = Handlinger
admin-column-description = Beskrivelse
admin-column-members = Medlemmer
admin-column-created = Oprettet
admin-column-permissions = Tilladelser
admin-column-member-groups = Tildelt til
admin-column-scope = Omfang
admin-column-state = Tilstand
admin-column-targets = Gælder for
admin-column-conditions = Når
admin-column-grant = Så
admin-column-device = Enhed
admin-column-platform = Operativsystem
admin-column-primary-user = Primær bruger
admin-column-agent = Agentversion
admin-column-enrollment = Tilmelding
admin-column-compliance = Overholdelse
admin-column-last-check-in = Seneste indtjekning
admin-column-uses = Tilmeldte enheder
admin-column-expires = Udløber
admin-column-rules = Regler
admin-column-helper = Hjælper
admin-column-sharer = Person, der fik hjælp
admin-column-access = Givet adgang
admin-column-started = Startet
admin-column-duration = Varighed
admin-column-outcome = Afslutning
admin-column-chat = Chatbeskeder
admin-column-time = Tidspunkt
admin-column-actor = Hvem
admin-column-action = Handling
admin-column-target = Objekt
admin-column-detail = Detaljer

## Users

admin-users-title = Brugere
admin-users-intro = Personer i din organisation, der kan logge på { -product-name }, og deres profiler, som de personer, de hjælper, ser dem.
admin-users-search = Søg efter navn, mail, stilling eller firma
admin-users-search-label = Søg efter brugere
admin-users-pages = Sider med brugere
admin-users-search-summary =
    { $count ->
        [0] Ingen brugere på denne side matcher “{ $term }”.
        [one] Én bruger matcher “{ $term }”.
       *[other] { $count } brugere matcher “{ $term }”.
    }
admin-users-none-found = Ingen brugere matcher “{ $term }”.
admin-users-empty = Der er endnu ingen brugere.
admin-user-create = Opret bruger
admin-user-create-title = Opret en bruger
admin-user-create-submit = Opret bruger
admin-user-created = { $name } blev oprettet.
admin-user-job-title = Stilling (valgfrit)
admin-user-company = Firma (valgfrit)
admin-user-initial-password = Startadgangskode (valgfrit)
admin-user-initial-password-hint = Mindst 12 tegn. Uden en adgangskode kan personen kun logge på med enkeltlogon eller med et gendannelseslink.
admin-user-is-admin = Administrator for organisationen
admin-user-is-admin-hint = Administratorer kan gøre alt, uanset hvilke roller de har.
admin-user-edit-title = Rediger { $name }
admin-user-edit-label = Rediger { $name }
admin-user-email-fixed = Mailadressen identificerer kontoen og kan ikke ændres her.
admin-user-disabled = Logon deaktiveret
admin-user-disabled-hint = Når logon deaktiveres, afsluttes personens sessioner også, og personens API-tokens tilbagekaldes.
admin-user-new-password = Ny adgangskode (valgfrit)
admin-user-new-password-hint = Lad feltet være tomt for at beholde den nuværende adgangskode. Hvis du angiver en, logges personen af overalt.
admin-user-saved = Ændringerne af { $name } blev gemt.
admin-user-status-active = Aktiv
admin-user-status-disabled = Logon deaktiveret
admin-user-delete-label = Slet { $name }
admin-user-delete-title = Vil du slette { $name }?
admin-user-delete-text = Kontoen { $email } slettes og logges af overalt. Dette kan ikke fortrydes.
admin-user-delete-confirm = Slet bruger
admin-user-deleted = { $name } blev slettet.
admin-user-picture = Profilbillede
admin-user-picture-choose = Upload billede
admin-user-picture-remove = Fjern billede
admin-user-picture-hint = Et PNG- eller JPEG-billede på højst 256 KB. Det ændres med det samme; de personer, brugeren hjælper, ser det, før de deler deres skærm.
admin-user-picture-uploading = Billedet uploades…
admin-user-picture-updated = Billedet af { $name } blev opdateret.
admin-user-picture-removed = Billedet af { $name } blev fjernet.

## Groups

admin-groups-title = Grupper
admin-groups-intro = Grupper samler personer og enheder. Rolletildelinger giver medlemmerne af grupper roller over andre grupper.
admin-groups-pages = Sider med grupper
admin-groups-empty = Der er endnu ingen grupper. Opret en for at give dens medlemmer roller.
admin-groups-back = Alle grupper
admin-group-create = Opret gruppe
admin-group-create-title = Opret en gruppe
admin-group-create-submit = Opret gruppe
admin-group-created = Gruppen { $name } blev oprettet.
admin-group-name = Gruppenavn
admin-group-description = Beskrivelse (valgfrit)
admin-group-description-hint = Hvad gruppen bruges til, f.eks. “Helpdeskmedarbejdere i Berlin”.
admin-group-member-count =
    { $count ->
        [0] Ingen medlemmer
        [one] 1 medlem
       *[other] { $count } medlemmer
    }
admin-group-manage-label = Administrer gruppen { $name }
admin-group-delete = Slet gruppe
admin-group-delete-label = Slet gruppen { $name }
admin-group-delete-title = Vil du slette gruppen { $name }?
admin-group-delete-text = Medlemmerne beholder deres konti, men mister det, som rolletildelinger gav dem via denne gruppe. Dette kan ikke fortrydes.
admin-group-delete-confirm = Slet gruppe
admin-group-deleted = Gruppen { $name } blev slettet.
admin-group-detail-intro = Omdøb gruppen, og vælg dens medlemmer og enheder.
admin-group-details = Navn og beskrivelse
admin-group-saved = Gruppen { $name } blev gemt.
admin-group-members = Medlemmer
admin-group-no-members = Denne gruppe har endnu ingen medlemmer.
admin-group-add-member = Tilføj medlem
admin-group-add-member-label = Person, der skal tilføjes
admin-group-everyone-member = Alle er allerede medlemmer
admin-group-member-added = { $name } blev føjet til { $group }.
admin-group-member-removed = { $name } blev fjernet fra { $group }.
admin-group-remove-member-label = Fjern { $name } fra gruppen
admin-group-devices = Enheder
admin-group-devices-intro = Rolletildelinger, der har denne gruppe i deres omfang, omfatter enhederne i den.
admin-group-device-label = Enhed
admin-group-add-device = Føj til gruppe
admin-group-remove-device-label = Fjern { $device } fra gruppen
admin-group-no-devices = Der er endnu ingen enheder i denne gruppe.
admin-group-device-added = { $device } blev føjet til { $group }.
admin-group-device-removed = { $device } blev fjernet fra { $group }.

## Roles and role assignments

admin-roles-title = Roller
admin-roles-intro = En rolle er et sæt tilladelser. Rolletildelinger giver medlemmerne af grupper en rolle over personerne og enhederne i deres omfang.
admin-roles-list = Roller
admin-roles-list-intro = Indbyggede roller kan ikke ændres; kopiér en for at starte en brugerdefineret rolle.
admin-roles-empty = Der er ingen roller.
admin-role-create = Opret rolle
admin-role-create-title = Opret en rolle
admin-role-create-submit = Opret rolle
admin-role-created = Rollen { $name } blev oprettet.
admin-role-edit-title = Rediger rollen { $name }
admin-role-edit-label = Rediger rollen { $name }
admin-role-saved = Rollen { $name } blev gemt.
admin-role-copy = Kopiér
admin-role-copy-label = Kopiér rollen { $name } som en ny rolle
admin-role-copy-name = { $name } (kopi)
admin-role-name = Rollenavn
admin-role-description = Beskrivelse (valgfrit)
admin-role-built-in = Indbygget
admin-role-no-permissions = Ingen tilladelser
admin-role-delete-label = Slet rollen { $name }
admin-role-delete-title = Vil du slette rollen { $name }?
admin-role-delete-text = Kun roller, som ingen tildeling giver, kan slettes. Dette kan ikke fortrydes.
admin-role-delete-confirm = Slet rolle
admin-role-deleted = Rollen { $name } blev slettet.

admin-perm-group-remote-help = Fjernhjælp
admin-perm-group-reading = Læsning
admin-perm-group-administration = Administration
admin-perm-offer = Tilbyd fjernhjælp
admin-perm-offer-hint = Start en fjernhjælpssession med en person inden for omfanget.
admin-perm-view-screen = Se skærm
admin-perm-view-screen-hint = Se skærmen hos en person inden for omfanget.
admin-perm-full-control = Overtag fuld kontrol
admin-perm-full-control-hint = Brug musen og tastaturet hos en person inden for omfanget med vedkommendes samtykke.
admin-perm-elevation = Udvidede rettigheder
admin-perm-elevation-hint = Reserveret til en senere version: Kør med udvidede rettigheder på personens enhed.
admin-perm-read = Læs enheder og rapporter
admin-perm-read-hint = Se enhedsoversigten, igangværende sessioner og sessionsrapporter.
admin-perm-manage-users = Administrer brugere og grupper
admin-perm-manage-users-hint = Opret, rediger og slet brugere og grupper, deres billeder og andenfaktorer.
admin-perm-manage-roles = Administrer roller
admin-perm-manage-roles-hint = Opret og rediger roller og rolletildelinger.
admin-perm-manage-devices = Administrer enheder
admin-perm-manage-devices-hint = Opret tilmeldingstokens, udfas og slet enheder.
admin-perm-manage-settings = Administrer indstillinger
admin-perm-manage-settings-hint = Rediger organisationens indstillinger og bekræftede domæner, og stop igangværende sessioner.
admin-perm-manage-policies = Administrer politikker
admin-perm-manage-policies-hint = Opret og rediger politikker for betinget adgang og overholdelse.
admin-perm-read-audit = Læs overvågningsloggen
admin-perm-read-audit-hint = Se og eksportér alle registrerede ændringer og logon.
admin-perm-create-api-tokens = Opret API-tokens
admin-perm-create-api-tokens-hint = Opret tokens til scripts, der handler med indehaverens egne rettigheder. Tokens udløber efter 90 dage, medmindre andet er angivet (højst et år).

admin-assignments-title = Rolletildelinger
admin-assignments-intro = Hvem der får hvilken rolle, og over hvem.
admin-assignments-empty = Der er endnu ingen rolletildelinger. Uden en tildeling kan kun administratorer hjælpe nogen.
admin-assignment-create = Opret tildeling
admin-assignment-create-title = Opret en rolletildeling
admin-assignment-create-submit = Opret tildeling
admin-assignment-created = Tildelingen { $name } blev oprettet.
admin-assignment-edit-title = Rediger tildelingen { $name }
admin-assignment-edit-label = Rediger tildelingen { $name }
admin-assignment-saved = Tildelingen { $name } blev gemt.
admin-assignment-name = Navn på tildeling
admin-assignment-name-hint = F.eks. “Helpdesk hjælper Økonomi”.
admin-assignment-role = Rolle
admin-assignment-members = Giv rollen til medlemmer af
admin-assignment-members-hint = Hjælperne: Alle i disse grupper får rollen.
admin-assignment-no-groups = Der er endnu ingen grupper. Opret grupper først.
admin-assignment-scope = Omfang
admin-assignment-scope-hint = De personer og enheder, rollen omfatter.
admin-assignment-scope-groups = Personer og enheder i disse grupper
admin-assignment-scope-groups-hint = Medlemmer og enheder i de valgte grupper.
admin-assignment-needs-members = Vælg mindst én gruppe, der skal have rollen.
admin-assignment-needs-scope = Vælg, hvad rollen omfatter: alle brugere, alle enheder eller grupper.
admin-assignment-delete-label = Slet tildelingen { $name }
admin-assignment-delete-title = Vil du slette tildelingen { $name }?
admin-assignment-delete-text = Medlemmerne af dens grupper mister straks den rolle, den gav dem. Dette kan ikke fortrydes.
admin-assignment-delete-confirm = Slet tildeling
admin-assignment-deleted = Tildelingen { $name } blev slettet.
admin-scope-all-users = Alle brugere
admin-scope-all-users-hint = Alle personer i organisationen.
admin-scope-all-devices = Alle enheder
admin-scope-all-devices-hint = Alle tilmeldte enheder i organisationen.

## Conditional access

admin-policies-title = Betinget adgang
admin-policies-intro = Politikker afgør, om en hjælper må bruge konsollen. De kontrolleres ved logon og igen, når en session startes. En afvisning angiver politikkens navn.
admin-policies-list = Politikker
admin-policies-empty = Der er ingen politikker for betinget adgang. Alle hjælpere, der kan logge på, må bruge konsollen.
admin-policy-create = Opret politik
admin-policy-create-title = Opret en politik for betinget adgang
admin-policy-create-submit = Opret politik
admin-policy-created = Politikken { $name } blev oprettet.
admin-policy-edit-title = Rediger politikken { $name }
admin-policy-edit-label = Rediger politikken { $name }
admin-policy-saved = Politikken { $name } blev gemt.
admin-policy-delete-label = Slet politikken { $name }
admin-policy-delete-title = Vil du slette politikken { $name }?
admin-policy-delete-text = Den holder straks op med at gælde. Dette kan ikke fortrydes.
admin-policy-delete-confirm = Slet politik
admin-policy-deleted = Politikken { $name } blev slettet.
admin-policy-name = Politiknavn
admin-policy-name-hint = Hjælpere ser navnet, når politikken afviser dem, så lad det forklare hvorfor, f.eks. “Andenfaktor uden for kontoret”.
admin-policy-state = Tilstand
admin-policy-state-enabled = Aktiveret
admin-policy-state-enabled-hint = Politikken håndhæves.
admin-policy-state-report-only = Kun rapport
admin-policy-state-report-only-hint = Politikken evalueres, og det, den ville have gjort, skrives i overvågningsloggen, men den afviser aldrig nogen. Afprøv nye politikker på denne måde først.
admin-policy-state-disabled = Deaktiveret
admin-policy-state-disabled-hint = Politikken ignoreres.
admin-policy-targets = Gælder for
admin-policy-targets-hint = De hjælpere, som denne politik omfatter.
admin-policy-all-users = Alle brugere
admin-policy-users = Disse personer
admin-policy-groups = Medlemmer af disse grupper
admin-policy-needs-targets = Vælg, hvem politikken gælder for: alle brugere, personer eller grupper.
admin-policy-conditions = Når
admin-policy-conditions-hint = Politikken gælder kun, når alle de betingelser, der er angivet her, er opfyldt. Lad dem være tomme for altid at anvende den.
admin-policy-inside = Klientadressen er i et af disse netværk
admin-policy-inside-hint = Ét område pr. linje i CIDR-notation, f.eks. 10.0.0.0/8 eller 2001:db8::/32.
admin-policy-outside = Klientadressen er ikke i nogen af disse netværk
admin-policy-outside-hint = Til regler, der gælder uden for kontoret. Ét område pr. linje.
admin-policy-network-invalid = “{ $value }” er ikke et netværksområde. Skriv områder som f.eks. 192.168.0.0/16.
admin-policy-second-factor = Andenfaktor ved logon
admin-policy-second-factor-any = Uanset hvad
admin-policy-second-factor-yes = Der blev brugt en andenfaktor
admin-policy-second-factor-no = Der blev ikke brugt nogen andenfaktor
admin-policy-grant = Så
admin-policy-grant-allow = Tillad
admin-policy-grant-allow-hint = Registreres i overvågningsloggen; andre politikker kan stadig afvise.
admin-policy-grant-block = Bloker
admin-policy-grant-block-hint = Afvis logon på konsollen og start af sessioner.
admin-policy-grant-second-factor = Kræv en andenfaktor
admin-policy-grant-second-factor-hint = Tillad kun logon, hvor der blev brugt en andenfaktor.
admin-policy-lockout-warning = Pas på ikke at låse dig selv ude: En politik, der blokerer dig, gælder fra dit næste logon. Brug Kun rapport til at kontrollere en politik først.
admin-policy-when-inside = Inden for { $networks }
admin-policy-when-outside = Uden for { $networks }
admin-policy-when-second-factor = Andenfaktor brugt
admin-policy-when-no-second-factor = Ingen andenfaktor brugt
admin-policy-always = Altid

## Devices

admin-devices-title = Enheder
admin-devices-intro = Enheder, der er tilmeldt med { -product-name }-appen, med det, de senest har rapporteret, og om de overholder dine politikker for overholdelse.
admin-devices-enroll-link = Tilmeld enheder
admin-devices-filters = Filtrer enheder
admin-devices-search = Søg
admin-devices-search-hint = Værtsnavn, serienummer, model eller primær bruger.
admin-devices-platform = Operativsystem
admin-devices-compliance = Overholdelse
admin-devices-state = Tilmelding
admin-devices-pages = Sider med enheder
admin-devices-empty = Der er endnu ingen tilmeldte enheder. Opret et tilmeldingstoken for at tilmelde de første.
admin-devices-none-match = Ingen enheder matcher disse filtre.
admin-devices-back = Alle enheder
admin-device-remote-help = Ny fjernhjælpssession
admin-device-unnamed = Unavngivet enhed
admin-device-compliant = Kompatibel
admin-device-not-compliant = Ikke kompatibel
admin-device-failing-count =
    { $count ->
        [one] 1 regel ikke overholdt
       *[other] { $count } regler ikke overholdt
    }
admin-device-state-active = Tilmeldt
admin-device-state-retired = Udfaset
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Ingen rapporteret
admin-device-details = Detaljer
admin-device-host-name = Værtsnavn
admin-device-model = Model
admin-device-serial = Serienummer
admin-device-agent-version = Agentversion
admin-device-disk = Diskkryptering
admin-device-disk-encrypted = Krypteret
admin-device-disk-not-encrypted = Ikke krypteret
admin-device-enrolled-at = Tilmeldt den
admin-device-id = Enheds-id
admin-device-compliance = Overholdelse
admin-device-meets-all = Denne enhed overholder alle regler i dine politikker for overholdelse.
admin-device-failing-intro = Disse regler er ikke overholdt:
admin-device-policies-link = Gennemse politikker for overholdelse
admin-device-retire = Udfas enhed
admin-device-retire-title = Vil du udfase { $name }?
admin-device-retire-text = Enhedens legitimationsoplysninger holder straks op med at virke: Den kan ikke længere tjekke ind eller bevise sin identitet, når nogen beder om hjælp på den. Enheden forbliver på listen, markeret som udfaset.
admin-device-retire-confirm = Udfas enhed
admin-device-retired = { $name } blev udfaset.
admin-device-delete = Slet enhed
admin-device-delete-title = Vil du slette { $name }?
admin-device-delete-text = Enheden og dens historik fjernes fra oversigten. Tilmeld den igen for at bruge den igen. Dette kan ikke fortrydes.
admin-device-delete-confirm = Slet enhed

## Enrollment tokens

admin-tokens-title = Tilmeldingstokens
admin-tokens-intro = En enhed tilmeldes med et token, du opretter her. Hvert token virker i en begrænset periode og til et begrænset antal enheder.
admin-tokens-list = Tokens
admin-tokens-empty = Der er endnu ingen tilmeldingstokens.
admin-token-create = Opret token
admin-token-create-title = Opret et tilmeldingstoken
admin-token-create-submit = Opret token
admin-token-created = Tokenet { $name } blev oprettet.
admin-token-name = Navn
admin-token-name-hint = Hvor det bruges, f.eks. “Bærbare computere på kontoret i Berlin”.
admin-token-hours = Gyldigt i (timer)
admin-token-hours-hint = 1 til 720 timer (30 dage).
admin-token-max-uses = Antal enheder, det må tilmelde
admin-token-max-uses-hint = 1 til 10.000.
admin-token-shown-once = Kopiér dette token nu. Det vises kun én gang; hvis det går tabt, skal du tilbagekalde det og oprette et nyt.
admin-token-secret = Token “{ $name }”
admin-token-secret-hint = Angiv det i { -product-name }-appen, når du tilmelder en enhed (assist-agent enroll). Alle, der har det, kan tilmelde enheder til din organisation, indtil det udløber eller tilbagekaldes.
admin-token-copy-label = Kopiér tokenet
admin-token-copied = Tokenet blev kopieret til Udklipsholder.
admin-token-copy-failed = Tokenet kunne ikke kopieres. Markér det, og kopiér det selv.
admin-token-active = Aktivt
admin-token-revoked = Tilbagekaldt
admin-token-expired = Udløbet
admin-token-used-up = Opbrugt
admin-token-uses = { $uses } af { $max }
admin-token-revoke-label = Tilbagekald tokenet { $name }
admin-token-revoke-title = Vil du tilbagekalde tokenet { $name }?
admin-token-revoke-text = Der kan ikke længere tilmeldes enheder med det. Enheder, der allerede er tilmeldt med det, forbliver tilmeldt.
admin-token-revoke-confirm = Tilbagekald token
admin-token-revoked-done = Tokenet { $name } blev tilbagekaldt.

## Compliance policies

admin-compliance-title = Politikker for overholdelse
admin-compliance-intro = Regler, som tilmeldte enheder skal overholde. En enhed, der ikke overholder en regel, markeres som ikke kompatibel, og hjælpere advares, før de hjælper på den.
admin-compliance-list = Politikker
admin-compliance-empty = Der er ingen politikker for overholdelse, så alle enheder regnes som kompatible.
admin-compliance-create = Opret politik
admin-compliance-create-title = Opret en politik for overholdelse
admin-compliance-create-submit = Opret politik
admin-compliance-created = Politikken { $name } blev oprettet. Enhederne er blevet kontrolleret igen.
admin-compliance-edit-title = Rediger politikken { $name }
admin-compliance-edit-label = Rediger politikken { $name }
admin-compliance-saved = Politikken { $name } blev gemt. Enhederne er blevet kontrolleret igen.
admin-compliance-delete-label = Slet politikken { $name }
admin-compliance-delete-title = Vil du slette politikken { $name }?
admin-compliance-delete-text = Dens regler holder op med at gælde, og enhederne kontrolleres igen. Dette kan ikke fortrydes.
admin-compliance-delete-confirm = Slet politik
admin-compliance-deleted = Politikken { $name } blev slettet.
admin-compliance-name = Politiknavn
admin-compliance-name-hint = Vises ved hver regel, der ikke er overholdt, f.eks. “Grundlæggende sikkerhed”.
admin-compliance-os-legend = Mindste version af operativsystemet
admin-compliance-os-hint = Lad en platform være tom for at acceptere alle versioner.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = F.eks. 14.2.1
admin-compliance-version-invalid = Skriv en version som tal adskilt af punktummer, f.eks. 14.2.1.
admin-compliance-other-legend = Andre regler
admin-compliance-min-agent = Mindste version af { -product-name }-appen
admin-compliance-max-days = Maksimalt antal dage siden seneste indtjekning
admin-compliance-max-days-hint = 1 til 365. Lad feltet være tomt for ingen grænse.
admin-compliance-disk = Kræv diskkryptering
admin-compliance-disk-hint = Systemdisken skal være krypteret (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } eller nyere
admin-rule-min-agent = App { $version } eller nyere
admin-rule-check-in =
    { $days ->
        [one] Tjekket ind inden for det seneste døgn
       *[other] Tjekket ind inden for { $days } dage
    }
admin-rule-disk = Disk krypteret
admin-rule-none = Ingen regler

## Settings

admin-settings-title = Indstillinger
admin-settings-intro = Sådan fungerer fjernhjælp i din organisation. Alle ændringer registreres i overvågningsloggen.
admin-settings-organisation = Organisation
admin-settings-name-hint = Vises for de personer, du hjælper, når deres profil ikke angiver noget firma.
admin-settings-remote-help-heading = Fjernhjælp
admin-settings-remote-help = Tillad fjernhjælp
admin-settings-remote-help-hint = Hjælpere kan kun starte sessioner, mens dette er slået til. Hvis det slås fra, afsluttes igangværende sessioner også.
admin-settings-unenrolled = Tillad hjælp på enheder, der ikke er tilmeldt
admin-settings-unenrolled-hint = Lader personer dele deres skærm fra en webbrowser eller en enhed, der ikke er tilmeldt. Hjælpere advares stadig om, at enheden er ukendt.
admin-settings-chat = Chat under sessioner
admin-settings-chat-hint = Hjælpere og de personer, de hjælper, kan skrive til hinanden. Beskederne gemmes sammen med sessionsrapporten.
admin-settings-limits = Koder og rapporter
admin-settings-code-lifetime = Sikkerhedskodens levetid (minutter)
admin-settings-code-lifetime-hint = Hvor længe den kode, en hjælper læser op, forbliver gyldig: { $min } til { $max } minutter.
admin-settings-retention = Gem sessionsrapporter i (dage)
admin-settings-retention-hint = Ældre rapporter og deres chat slettes: { $min } til { $max } dage.
admin-settings-save = Gem indstillinger
admin-settings-saved = Indstillingerne er gemt.
admin-settings-updated-at = Senest ændret { $time }.
admin-settings-defaults = Dette er standardindstillingerne; de er aldrig blevet ændret.

## Live sessions

admin-live-title = Igangværende sessioner
admin-live-intro = Fjernhjælpssessioner, der ikke er afsluttet. Listen opdateres med få sekunders mellemrum.
admin-live-list = Igangværende sessioner
admin-live-empty = Der er ingen igangværende sessioner.
admin-live-updated = Opdateret { $time }
admin-live-count =
    { $count ->
        [0] Der er ingen igangværende sessioner.
        [one] 1 session er i gang.
       *[other] { $count } sessioner er i gang.
    }
admin-live-not-joined = Endnu ikke tilsluttet
admin-live-nobody = ingen endnu
admin-live-state-waiting = Venter på kode
admin-live-state-joined = Tilsluttet
admin-live-state-requested = Anmoder om adgang
admin-live-state-active = Deler
admin-live-state-ended = Afsluttet
admin-live-revoke-label = Stop sessionen mellem { $helper } og { $sharer }
admin-live-revoke-title = Vil du stoppe denne session?
admin-live-revoke-text = Sessionen mellem { $helper } og { $sharer } afsluttes straks for dem begge.
admin-live-revoke-confirm = Stop session
admin-live-revoked = Sessionen for { $helper } blev stoppet.

## Session reports

admin-reports-title = Sessionsrapporter
admin-reports-intro = Alle fjernhjælpssessioner: hvem der hjalp hvem, på hvilken enhed, hvilken adgang der blev givet, og hvordan sessionen sluttede.
admin-reports-filters = Filtrer sessionsrapporter
admin-reports-export-label = Eksportér de sessionsrapporter, der matcher filtrene, som CSV
admin-reports-helper = Hjælper
admin-reports-sharer = Person, der fik hjælp
admin-reports-device = Enhed
admin-reports-end-reason = Afslutning
admin-reports-from = Startet fra
admin-reports-to = Startet før
admin-reports-pages = Sider med sessionsrapporter
admin-reports-empty = Der er endnu ingen sessionsrapporter.
admin-reports-none-match = Ingen sessioner matcher disse filtre.
admin-reports-back = Alle sessionsrapporter
admin-report-open-label = Session for { $helper }, startet { $time }
admin-report-title = { $helper } hjælper { $sharer }
admin-report-title-alone = Session for { $helper }
admin-report-started = Startet { $time }
admin-report-details = Detaljer
admin-report-client = Delt fra
admin-report-joined = Tilsluttet
admin-report-ended = Afsluttet
admin-report-id = Sessions-id
admin-report-no-device = Ingen enhed
admin-report-mode-control = Fuld kontrol
admin-report-mode-view = Kun visning
admin-report-mode-none = Ingen
admin-report-transcript = Chatudskrift
admin-report-transcript-count =
    { $count ->
        [0] Chatudskrift
        [one] Chatudskrift (1 besked)
       *[other] Chatudskrift ({ $count } beskeder)
    }
admin-report-no-chat = Der blev ikke skrevet nogen chatbeskeder i denne session.
admin-role-helper = Hjælper
admin-role-sharer = Person, der fik hjælp
admin-client-agent = { -product-name }-appen
admin-client-web = Webbrowser

admin-end-helper-left = Afsluttet af hjælperen
admin-end-sharer-left = Afsluttet af personen, der fik hjælp
admin-end-helper-disconnected = Hjælperens forbindelse blev afbrudt
admin-end-sharer-disconnected = Forbindelsen til personen, der fik hjælp, blev afbrudt
admin-end-code-expired = Koden udløb ubrugt
admin-end-declined-timeout = Anmodningen blev ikke besvaret
admin-end-revoked = Stoppet af en administrator
admin-end-policy = Stoppet af en regel i organisationen
admin-end-access-withdrawn = Stoppet: adgang trukket tilbage

## Audit log

admin-audit-title = Overvågningslog
admin-audit-intro = Alle ændringer, logon og sessionshændelser, nyeste først. Loggen kan kun udvides, og dens kæde afslører manipulation.
admin-audit-filters = Filtrer overvågningsloggen
admin-audit-export-label = Eksportér de overvågningshændelser, der matcher filtrene, som CSV
admin-audit-actor = Hvem
admin-audit-action = Handling
admin-audit-action-hint = F.eks. user.created eller settings.updated.
admin-audit-since = Fra
admin-audit-until = Før
admin-audit-pages = Sider med overvågningshændelser
admin-audit-empty = Overvågningsloggen er tom.
admin-audit-none-match = Ingen hændelser matcher disse filtre.
admin-audit-show-detail = Vis detaljer
admin-actor-cli = Serverens kommandolinje
admin-actor-setup-link = Konfigurationslink
admin-actor-sso = Enkeltlogon
admin-actor-anonymous = Ikke logget på

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Start her
admin-start-title = Kom i gang
admin-start-intro = Tre ting, der skal på plads før din første session med fjernhjælp. Alt kan ændres senere.
admin-start-done = Udført
admin-start-todo = Mangler
admin-start-settings-needed = Det kræver tilladelse til at administrere indstillinger. Spørg en administrator, der har den.
admin-start-remote-heading = Slå fjernhjælp til
admin-start-remote-off = Fjernhjælp er slået fra, så ingen kan starte en session endnu.
admin-start-remote-on = Fjernhjælp er slået til: hjælpere kan starte sessioner.
admin-start-remote-enable = Slå fjernhjælp til
admin-start-remote-turned-on = Fjernhjælp er nu slået til.
admin-start-browser-heading = Deling fra en webbrowser
admin-start-browser-allowed = Tilladt
admin-start-browser-not-allowed = Ikke tilladt
admin-start-browser-explain = En webbrowser kan ikke bevise, hvilken computer den kører på, så den regnes som en enhed, der ikke er tilmeldt. Når hjælp på enheder, der ikke er tilmeldt, er tilladt, kan folk dele deres skærm fra en browser uden at installere noget. Hjælperen kan så kun se skærmen, ikke styre den, og får en advarsel om, at enheden er ukendt.
admin-start-browser-off = Ikke tilladt nu: kun { -product-name }-appen på en tilmeldt enhed kan dele. Den, der åbner delingssiden i en browser og indtaster en kode, bliver afvist.
admin-start-browser-on = Tilladt nu: folk kan dele deres skærm fra en browser eller fra en enhed, der ikke er tilmeldt.
admin-start-browser-allow = Tillad deling fra en browser
admin-start-browser-stop = Stop deling fra en browser
admin-start-browser-allowed-now = Deling fra en browser er nu tilladt.
admin-start-browser-stopped = Deling fra en browser er ikke længere tilladt.
admin-start-helpers-heading = Udpeg hjælpere
admin-start-helpers-none = Ingen kan tilbyde fjernhjælp endnu.
admin-start-helpers-count =
    { $count ->
        [one] { $count } person kan tilbyde fjernhjælp.
       *[other] { $count } personer kan tilbyde fjernhjælp.
    }
admin-start-helpers-explain = Hjælpere tilbyder fjernhjælp til alle i organisationen. Vælg personer, og vælg "Udpeg hjælpere": de bliver medlem af gruppen { $group }, som har rollen Help Desk Operator for alle brugere.
admin-start-helpers-pick = Personer, der skal være hjælpere
admin-start-helpers-nobody = Alle her er allerede hjælpere. Opret en bruger for at tilføje nogen.
admin-start-helpers-roles-needed = Første gang giver udpegning af hjælpere også gruppen { $group } dens rolle, og det kræver tilladelse til at administrere roller. Spørg en administrator, der har den.
admin-start-helpers-submit = Udpeg hjælpere
admin-start-helpers-choose = Vælg mindst én person.
admin-start-helpers-made =
    { $count ->
        [one] { $count } person er nu hjælper i gruppen { $group }.
       *[other] { $count } personer er nu hjælpere i gruppen { $group }.
    }
admin-start-create-user = Opret bruger
admin-start-first-heading = Din første session
admin-start-not-ready = Når trinnene ovenfor er udført:
admin-start-ready = Alt er klar til en første session:
admin-start-first-helper = En hjælper logger på, åbner "{ $page }" og starter en ny session med fjernhjælp, som giver en sikkerhedskode:
admin-start-first-sharer = Den, der har brug for hjælp, logger på, åbner denne side og indtaster koden:
admin-user-role = Rolle
admin-user-role-member = Medlem
admin-user-role-member-hint = Logger på, beder om hjælp og deler sin skærm.
admin-user-role-helper = Hjælper
admin-user-role-helper-hint = Tilbyder fjernhjælp til alle i organisationen som medlem af gruppen { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = { $name } er oprettet og kan nu tilbyde fjernhjælp.
