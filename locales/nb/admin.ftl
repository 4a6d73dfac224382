# Messages of the admin console (/admin), Norwegian Bokmål. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administrasjonskonsoll – { -product-name }
admin-page-title = { $section } – Administrasjonskonsoll – { $organisation }
admin-console-name = Administrasjonskonsoll
admin-back-home = Tilbake til start
admin-nav-label = Administrasjonskonsoll
admin-nav-group-people = Personer
admin-nav-group-access = Tilgang
admin-nav-group-devices = Enheter
admin-nav-group-organisation = Organisasjon
admin-nav-group-activity = Aktivitet

admin-denied-title = Ingen tilgang – { -product-name }
admin-denied-heading = Du har ikke tillatelse til å bruke administrasjonskonsollen
admin-denied-text = Kontoen din kan bruke { -product-name }, men den har ikke tillatelse til å administrere organisasjonen din.
admin-denied-help = Hvis du må administrere brukere, enheter eller innstillinger, ber du en administrator i organisasjonen din om å gi deg en rolle med disse tillatelsene.

## Shared words

admin-save = Lagre
admin-cancel = Avbryt
admin-done = Ferdig
admin-edit = Rediger
admin-delete = Slett
admin-remove = Fjern
admin-revoke = Tilbakekall
admin-manage = Administrer
admin-copy = Kopier
admin-refresh = Oppdater
admin-search = Søk
admin-apply-filters = Bruk filtre
admin-clear-filters = Fjern filtre
admin-export-csv = Eksporter CSV
admin-filter-any = Alle
admin-filter-anyone = Alle personer
admin-filter-any-device = Alle enheter
admin-not-set = Ikke angitt
admin-never = Aldri
admin-no-changes = Ingenting å lagre: Ingen felt er endret.
admin-name-taken = Dette navnet er allerede i bruk. Velg et annet.
admin-number-range = Skriv inn et heltall fra { $min } til { $max }.
admin-error-refused = Serveren avviste dette: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Du kan ikke bruke denne delen: den krever tillatelsen «{ $permission }» over hele organisasjonen (alle brukere og alle enheter), og rollene dine gir den ikke så bredt.
admin-section-denied-ask = Be en administrator i { $organisation } om å gi deg den over hele organisasjonen.
admin-choose-user = Velg en person…
admin-choose-user-first = Velg en person først.
admin-choose-device = Velg en enhet…
admin-choose-device-first = Velg en enhet først.
admin-choose-role = Velg en rolle…
admin-no-devices-yet = Ingen enheter er registrert ennå
admin-unknown-user = Ukjent bruker
admin-unknown-group = Ukjent gruppe
admin-unknown-role = Ukjent rolle

admin-page-previous = Forrige side
admin-page-next = Neste side
admin-page-number = Side { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } t { $minutes } min
admin-duration-running = { $duration } så langt

## Table column headings

admin-column-name = Navn
admin-column-email = E-post
admin-column-job-title = Stilling
admin-column-company = Firma
admin-column-role = Rolle
admin-column-status = Status
admin-column-actions = Handlinger
admin-column-description = Beskrivelse
admin-column-members = Medlemmer
admin-column-created = Opprettet
admin-column-permissions = Tillatelser
admin-column-member-groups = Tildelt til
admin-column-scope = Omfang
admin-column-state = Tilstand
admin-column-targets = Gjelder for
admin-column-conditions = Når
admin-column-grant = Da
admin-column-device = Enhet
admin-column-platform = Operativsystem
admin-column-primary-user = Primærbruker
admin-column-agent = Agentversjon
admin-column-enrollment = Registrering
admin-column-compliance = Samsvar
admin-column-last-check-in = Siste innsjekking
admin-column-uses = Registrerte enheter
admin-column-expires = Utløper
admin-column-rules = Regler
admin-column-helper = Hjelper
admin-column-sharer = Person som fikk hjelp
admin-column-access = Gitt tilgang
admin-column-started = Startet
admin-column-duration = Varighet
admin-column-outcome = Avslutning
admin-column-chat = Chatmeldinger
admin-column-time = Tidspunkt
admin-column-actor = Hvem
admin-column-action = Handling
admin-column-target = Objekt
admin-column-detail = Detaljer

## Users

admin-users-title = Brukere
admin-users-intro = Personer i organisasjonen din som kan logge på { -product-name }, og profilene deres slik personene de hjelper, ser dem.
admin-users-search = Søk etter navn, e-post, stilling eller firma
admin-users-search-label = Søk etter brukere
admin-users-pages = Sider med brukere
admin-users-search-summary =
    { $count ->
        [0] Ingen brukere på denne siden samsvarer med «{ $term }».
        [one] Én bruker samsvarer med «{ $term }».
       *[other] { $count } brukere samsvarer med «{ $term }».
    }
admin-users-none-found = Ingen brukere samsvarer med «{ $term }».
admin-users-empty = Det finnes ingen brukere ennå.
admin-user-create = Opprett bruker
admin-user-create-title = Opprett en bruker
admin-user-create-submit = Opprett bruker
admin-user-created = { $name } ble opprettet.
admin-user-job-title = Stilling (valgfritt)
admin-user-company = Firma (valgfritt)
admin-user-initial-password = Første passord (valgfritt)
admin-user-initial-password-hint = Minst 12 tegn. Uten passord kan personen bare logge på med enkel pålogging eller med en gjenopprettingskobling.
admin-user-is-admin = Administrator for organisasjonen
admin-user-is-admin-hint = Administratorer kan gjøre alt, uansett hvilke roller de har.
admin-user-edit-title = Rediger { $name }
admin-user-edit-label = Rediger { $name }
admin-user-email-fixed = E-postadressen identifiserer kontoen og kan ikke endres her.
admin-user-disabled = Pålogging deaktivert
admin-user-disabled-hint = Når påloggingen deaktiveres, avsluttes også personens økter, og API-tokenene til personen tilbakekalles.
admin-user-new-password = Nytt passord (valgfritt)
admin-user-new-password-hint = La feltet stå tomt for å beholde det gjeldende passordet. Hvis du angir et nytt, logges personen av overalt.
admin-user-saved = Endringene for { $name } ble lagret.
admin-user-status-active = Aktiv
admin-user-status-disabled = Pålogging deaktivert
admin-user-delete-label = Slett { $name }
admin-user-delete-title = Vil du slette { $name }?
admin-user-delete-text = Kontoen { $email } slettes og logges av overalt. Dette kan ikke angres.
admin-user-delete-confirm = Slett bruker
admin-user-deleted = { $name } ble slettet.
admin-user-picture = Profilbilde
admin-user-picture-choose = Last opp bilde
admin-user-picture-remove = Fjern bilde
admin-user-picture-hint = Et PNG- eller JPEG-bilde på maksimalt 256 kB. Det endres med en gang; personene brukeren hjelper, ser det før de deler skjermen sin.
admin-user-picture-uploading = Laster opp bildet…
admin-user-picture-updated = Bildet av { $name } ble oppdatert.
admin-user-picture-removed = Bildet av { $name } ble fjernet.

## Groups

admin-groups-title = Grupper
admin-groups-intro = Grupper samler personer og enheter. Rolletildelinger gir medlemmene i grupper roller over andre grupper.
admin-groups-pages = Sider med grupper
admin-groups-empty = Det finnes ingen grupper ennå. Opprett en for å gi medlemmene roller.
admin-groups-back = Alle grupper
admin-group-create = Opprett gruppe
admin-group-create-title = Opprett en gruppe
admin-group-create-submit = Opprett gruppe
admin-group-created = Gruppen { $name } ble opprettet.
admin-group-name = Gruppenavn
admin-group-description = Beskrivelse (valgfritt)
admin-group-description-hint = Hva gruppen brukes til, for eksempel «Brukerstøtte i Berlin».
admin-group-member-count =
    { $count ->
        [0] Ingen medlemmer
        [one] 1 medlem
       *[other] { $count } medlemmer
    }
admin-group-manage-label = Administrer gruppen { $name }
admin-group-delete = Slett gruppe
admin-group-delete-label = Slett gruppen { $name }
admin-group-delete-title = Vil du slette gruppen { $name }?
admin-group-delete-text = Medlemmene beholder kontoene sine, men mister det rolletildelinger ga dem gjennom denne gruppen. Dette kan ikke angres.
admin-group-delete-confirm = Slett gruppe
admin-group-deleted = Gruppen { $name } ble slettet.
admin-group-detail-intro = Gi gruppen nytt navn, og velg medlemmene og enhetene.
admin-group-details = Navn og beskrivelse
admin-group-saved = Gruppen { $name } ble lagret.
admin-group-members = Medlemmer
admin-group-no-members = Denne gruppen har ingen medlemmer ennå.
admin-group-add-member = Legg til medlem
admin-group-add-member-label = Person som skal legges til
admin-group-everyone-member = Alle er allerede medlemmer
admin-group-member-added = { $name } ble lagt til i { $group }.
admin-group-member-removed = { $name } ble fjernet fra { $group }.
admin-group-remove-member-label = Fjern { $name } fra gruppen
admin-group-devices = Enheter
admin-group-devices-intro = Rolletildelinger som har denne gruppen i omfanget, omfatter enhetene i den.
admin-group-device-label = Enhet
admin-group-add-device = Legg til i gruppen
admin-group-remove-device-label = Fjern { $device } fra gruppen
admin-group-no-devices = Denne gruppen har ingen enheter ennå.
admin-group-device-added = { $device } ble lagt til i { $group }.
admin-group-device-removed = { $device } ble fjernet fra { $group }.

## Roles and role assignments

admin-roles-title = Roller
admin-roles-intro = En rolle er et sett med tillatelser. Rolletildelinger gir medlemmene i grupper en rolle over personene og enhetene i omfanget.
admin-roles-list = Roller
admin-roles-list-intro = Innebygde roller kan ikke endres; kopier en for å starte en egendefinert rolle.
admin-roles-empty = Det finnes ingen roller.
admin-role-create = Opprett rolle
admin-role-create-title = Opprett en rolle
admin-role-create-submit = Opprett rolle
admin-role-created = Rollen { $name } ble opprettet.
admin-role-edit-title = Rediger rollen { $name }
admin-role-edit-label = Rediger rollen { $name }
admin-role-saved = Rollen { $name } ble lagret.
admin-role-copy = Kopier
admin-role-copy-label = Kopier rollen { $name } som en ny rolle
admin-role-copy-name = { $name } (kopi)
admin-role-name = Rollenavn
admin-role-description = Beskrivelse (valgfritt)
admin-role-built-in = Innebygd
admin-role-no-permissions = Ingen tillatelser
admin-role-delete-label = Slett rollen { $name }
admin-role-delete-title = Vil du slette rollen { $name }?
admin-role-delete-text = Bare roller som ingen tildeling gir, kan slettes. Dette kan ikke angres.
admin-role-delete-confirm = Slett rolle
admin-role-deleted = Rollen { $name } ble slettet.

admin-perm-group-remote-help = Fjernhjelp
admin-perm-group-reading = Lesing
admin-perm-group-administration = Administrasjon
admin-perm-offer = Tilby fjernhjelp
admin-perm-offer-hint = Start en fjernhjelpsøkt med en person innenfor omfanget.
admin-perm-view-screen = Vis skjerm
admin-perm-view-screen-hint = Se skjermen til en person innenfor omfanget.
admin-perm-full-control = Ta full kontroll
admin-perm-full-control-hint = Bruk musen og tastaturet til en person innenfor omfanget, med vedkommendes samtykke.
admin-perm-elevation = Utvidede rettigheter
admin-perm-elevation-hint = Reservert for en senere versjon: Kjør med utvidede rettigheter på personens enhet.
admin-perm-read = Les enheter og rapporter
admin-perm-read-hint = Se enhetsoversikten, pågående økter og øktrapporter.
admin-perm-manage-users = Administrer brukere og grupper
admin-perm-manage-users-hint = Opprett, endre og slett brukere og grupper, inkludert bildene og de andre faktorene deres.
admin-perm-manage-roles = Administrer roller
admin-perm-manage-roles-hint = Opprett og endre roller og rolletildelinger.
admin-perm-manage-devices = Administrer enheter
admin-perm-manage-devices-hint = Opprett registreringstokener, ta enheter ut av bruk og slett enheter.
admin-perm-manage-settings = Administrer innstillinger
admin-perm-manage-settings-hint = Endre organisasjonens innstillinger og bekreftede domener, og stopp pågående økter.
admin-perm-manage-policies = Administrer policyer
admin-perm-manage-policies-hint = Opprett og endre policyer for betinget tilgang og samsvarspolicyer.
admin-perm-read-audit = Les overvåkingsloggen
admin-perm-read-audit-hint = Se og eksporter alle registrerte endringer og pålogginger.
admin-perm-create-api-tokens = Opprett API-tokener
admin-perm-create-api-tokens-hint = Opprett tokener for skript som handler med innehaverens egne rettigheter. Tokener utløper etter 90 dager med mindre noe annet er angitt (maksimalt ett år).

admin-assignments-title = Rolletildelinger
admin-assignments-intro = Hvem som får hvilken rolle, og over hvem.
admin-assignments-empty = Det finnes ingen rolletildelinger ennå. Uten en tildeling kan bare administratorer hjelpe noen.
admin-assignment-create = Opprett tildeling
admin-assignment-create-title = Opprett en rolletildeling
admin-assignment-create-submit = Opprett tildeling
admin-assignment-created = Tildelingen { $name } ble opprettet.
admin-assignment-edit-title = Rediger tildelingen { $name }
admin-assignment-edit-label = Rediger tildelingen { $name }
admin-assignment-saved = Tildelingen { $name } ble lagret.
admin-assignment-name = Navn på tildelingen
admin-assignment-name-hint = For eksempel «Brukerstøtte hjelper Økonomi».
admin-assignment-role = Rolle
admin-assignment-members = Gi rollen til medlemmer av
admin-assignment-members-hint = Hjelperne: Alle i disse gruppene får rollen.
admin-assignment-no-groups = Det finnes ingen grupper ennå. Opprett grupper først.
admin-assignment-scope = Omfang
admin-assignment-scope-hint = Personene og enhetene rollen omfatter.
admin-assignment-scope-groups = Personer og enheter i disse gruppene
admin-assignment-scope-groups-hint = Medlemmer og enheter i de valgte gruppene.
admin-assignment-needs-members = Velg minst én gruppe som skal få rollen.
admin-assignment-needs-scope = Velg hva rollen omfatter: alle brukere, alle enheter eller grupper.
admin-assignment-delete-label = Slett tildelingen { $name }
admin-assignment-delete-title = Vil du slette tildelingen { $name }?
admin-assignment-delete-text = Medlemmene av gruppene mister umiddelbart rollen tildelingen ga dem. Dette kan ikke angres.
admin-assignment-delete-confirm = Slett tildeling
admin-assignment-deleted = Tildelingen { $name } ble slettet.
admin-scope-all-users = Alle brukere
admin-scope-all-users-hint = Alle personer i organisasjonen.
admin-scope-all-devices = Alle enheter
admin-scope-all-devices-hint = Alle registrerte enheter i organisasjonen.

## Conditional access

admin-policies-title = Betinget tilgang
admin-policies-intro = Policyer avgjør om en hjelper kan bruke konsollen. De kontrolleres ved pålogging og på nytt når en økt startes. En avvisning oppgir navnet på policyen.
admin-policies-list = Policyer
admin-policies-empty = Det finnes ingen policyer for betinget tilgang. Alle hjelpere som kan logge på, kan bruke konsollen.
admin-policy-create = Opprett policy
admin-policy-create-title = Opprett en policy for betinget tilgang
admin-policy-create-submit = Opprett policy
admin-policy-created = Policyen { $name } ble opprettet.
admin-policy-edit-title = Rediger policyen { $name }
admin-policy-edit-label = Rediger policyen { $name }
admin-policy-saved = Policyen { $name } ble lagret.
admin-policy-delete-label = Slett policyen { $name }
admin-policy-delete-title = Vil du slette policyen { $name }?
admin-policy-delete-text = Den slutter å gjelde umiddelbart. Dette kan ikke angres.
admin-policy-delete-confirm = Slett policy
admin-policy-deleted = Policyen { $name } ble slettet.
admin-policy-name = Policynavn
admin-policy-name-hint = Hjelpere ser navnet når policyen avviser dem, så la det forklare hvorfor, for eksempel «Annen faktor utenfor kontoret».
admin-policy-state = Tilstand
admin-policy-state-enabled = Aktivert
admin-policy-state-enabled-hint = Policyen håndheves.
admin-policy-state-report-only = Bare rapport
admin-policy-state-report-only-hint = Policyen evalueres, og det den ville ha gjort, skrives til overvåkingsloggen, men den avviser aldri noen. Prøv nye policyer på denne måten først.
admin-policy-state-disabled = Deaktivert
admin-policy-state-disabled-hint = Policyen ignoreres.
admin-policy-targets = Gjelder for
admin-policy-targets-hint = Hjelperne denne policyen gjelder.
admin-policy-all-users = Alle brukere
admin-policy-users = Disse personene
admin-policy-groups = Medlemmer av disse gruppene
admin-policy-needs-targets = Velg hvem policyen gjelder for: alle brukere, personer eller grupper.
admin-policy-conditions = Når
admin-policy-conditions-hint = Policyen gjelder bare når alle betingelsene som er angitt her, er oppfylt. La dem stå tomme for at den alltid skal gjelde.
admin-policy-inside = Klientadressen er i ett av disse nettverkene
admin-policy-inside-hint = Ett område per linje i CIDR-notasjon, for eksempel 10.0.0.0/8 eller 2001:db8::/32.
admin-policy-outside = Klientadressen er ikke i noen av disse nettverkene
admin-policy-outside-hint = For regler som gjelder utenfor kontoret. Ett område per linje.
admin-policy-network-invalid = «{ $value }» er ikke et nettverksområde. Skriv områder som 192.168.0.0/16.
admin-policy-second-factor = Annen faktor ved pålogging
admin-policy-second-factor-any = Uansett
admin-policy-second-factor-yes = En annen faktor ble brukt
admin-policy-second-factor-no = Ingen annen faktor ble brukt
admin-policy-grant = Da
admin-policy-grant-allow = Tillat
admin-policy-grant-allow-hint = Registreres i overvåkingsloggen; andre policyer kan likevel avvise.
admin-policy-grant-block = Blokker
admin-policy-grant-block-hint = Avvis pålogging på konsollen og start av økter.
admin-policy-grant-second-factor = Krev en annen faktor
admin-policy-grant-second-factor-hint = Tillat bare pålogginger der en annen faktor ble brukt.
admin-policy-lockout-warning = Pass på at du ikke stenger deg selv ute: En policy som blokkerer deg, gjelder fra neste gang du logger på. Bruk Bare rapport for å kontrollere en policy først.
admin-policy-when-inside = Innenfor { $networks }
admin-policy-when-outside = Utenfor { $networks }
admin-policy-when-second-factor = Annen faktor brukt
admin-policy-when-no-second-factor = Ingen annen faktor brukt
admin-policy-always = Alltid

## Devices

admin-devices-title = Enheter
admin-devices-intro = Enheter som er registrert med { -product-name }-appen, med det de sist rapporterte, og om de oppfyller samsvarspolicyene dine.
admin-devices-enroll-link = Registrer enheter
admin-devices-filters = Filtrer enheter
admin-devices-search = Søk
admin-devices-search-hint = Vertsnavn, serienummer, modell eller primærbruker.
admin-devices-platform = Operativsystem
admin-devices-compliance = Samsvar
admin-devices-state = Registrering
admin-devices-pages = Sider med enheter
admin-devices-empty = Ingen enheter er registrert ennå. Opprett et registreringstoken for å registrere de første.
admin-devices-none-match = Ingen enheter samsvarer med disse filtrene.
admin-devices-back = Alle enheter
admin-device-remote-help = Ny fjernhjelpsøkt
admin-device-unnamed = Enhet uten navn
admin-device-compliant = Kompatibel
admin-device-not-compliant = Ikke kompatibel
admin-device-failing-count =
    { $count ->
        [one] 1 regel ikke oppfylt
       *[other] { $count } regler ikke oppfylt
    }
admin-device-state-active = Registrert
admin-device-state-retired = Tatt ut av bruk
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Ingen rapportert
admin-device-details = Detaljer
admin-device-host-name = Vertsnavn
admin-device-model = Modell
admin-device-serial = Serienummer
admin-device-agent-version = Agentversjon
admin-device-disk = Diskkryptering
admin-device-disk-encrypted = Kryptert
admin-device-disk-not-encrypted = Ikke kryptert
admin-device-enrolled-at = Registrert
admin-device-id = Enhets-ID
admin-device-compliance = Samsvar
admin-device-meets-all = Denne enheten oppfyller alle reglene i samsvarspolicyene dine.
admin-device-failing-intro = Disse reglene er ikke oppfylt:
admin-device-policies-link = Se gjennom samsvarspolicyer
admin-device-retire = Ta enheten ut av bruk
admin-device-retire-title = Vil du ta { $name } ut av bruk?
admin-device-retire-text = Legitimasjonen til enheten slutter å virke umiddelbart: Den kan ikke lenger sjekke inn eller bevise identiteten sin når noen ber om hjelp på den. Enheten blir værende i listen, merket som tatt ut av bruk.
admin-device-retire-confirm = Ta enheten ut av bruk
admin-device-retired = { $name } ble tatt ut av bruk.
admin-device-delete = Slett enhet
admin-device-delete-title = Vil du slette { $name }?
admin-device-delete-text = Enheten og historikken dens fjernes fra oversikten. Registrer den på nytt for å bruke den igjen. Dette kan ikke angres.
admin-device-delete-confirm = Slett enhet

## Enrollment tokens

admin-tokens-title = Registreringstokener
admin-tokens-intro = En enhet registreres med et token du oppretter her. Hvert token virker i en begrenset periode og for et begrenset antall enheter.
admin-tokens-list = Tokener
admin-tokens-empty = Det finnes ingen registreringstokener ennå.
admin-token-create = Opprett token
admin-token-create-title = Opprett et registreringstoken
admin-token-create-submit = Opprett token
admin-token-created = Tokenet { $name } ble opprettet.
admin-token-name = Navn
admin-token-name-hint = Hvor det brukes, for eksempel «Bærbare datamaskiner på kontoret i Berlin».
admin-token-hours = Gyldig i (timer)
admin-token-hours-hint = 1 til 720 timer (30 dager).
admin-token-max-uses = Antall enheter det kan registrere
admin-token-max-uses-hint = 1 til 10 000.
admin-token-shown-once = Kopier dette tokenet nå. Det vises bare én gang; hvis det går tapt, tilbakekaller du det og oppretter et nytt.
admin-token-secret = Token «{ $name }»
admin-token-secret-hint = Oppgi det i { -product-name }-appen når du registrerer en enhet (assist-agent enroll). Alle som har det, kan registrere enheter i organisasjonen din til det utløper eller tilbakekalles.
admin-token-copy-label = Kopier tokenet
admin-token-copied = Tokenet ble kopiert til utklippstavlen.
admin-token-copy-failed = Kan ikke kopiere tokenet. Merk det, og kopier det selv.
admin-token-active = Aktivt
admin-token-revoked = Tilbakekalt
admin-token-expired = Utløpt
admin-token-used-up = Brukt opp
admin-token-uses = { $uses } av { $max }
admin-token-revoke-label = Tilbakekall tokenet { $name }
admin-token-revoke-title = Vil du tilbakekalle tokenet { $name }?
admin-token-revoke-text = Enheter kan ikke lenger registreres med det. Enheter som allerede er registrert med det, forblir registrert.
admin-token-revoke-confirm = Tilbakekall token
admin-token-revoked-done = Tokenet { $name } ble tilbakekalt.

## Compliance policies

admin-compliance-title = Samsvarspolicyer
admin-compliance-intro = Regler som registrerte enheter må oppfylle. En enhet som ikke oppfyller en regel, merkes som ikke kompatibel, og hjelpere advares før de hjelper på den.
admin-compliance-list = Policyer
admin-compliance-empty = Det finnes ingen samsvarspolicyer, så alle enheter regnes som kompatible.
admin-compliance-create = Opprett policy
admin-compliance-create-title = Opprett en samsvarspolicy
admin-compliance-create-submit = Opprett policy
admin-compliance-created = Policyen { $name } ble opprettet. Enhetene ble kontrollert på nytt.
admin-compliance-edit-title = Rediger policyen { $name }
admin-compliance-edit-label = Rediger policyen { $name }
admin-compliance-saved = Policyen { $name } ble lagret. Enhetene ble kontrollert på nytt.
admin-compliance-delete-label = Slett policyen { $name }
admin-compliance-delete-title = Vil du slette policyen { $name }?
admin-compliance-delete-text = Reglene i den slutter å gjelde, og enhetene kontrolleres på nytt. Dette kan ikke angres.
admin-compliance-delete-confirm = Slett policy
admin-compliance-deleted = Policyen { $name } ble slettet.
admin-compliance-name = Policynavn
admin-compliance-name-hint = Vises sammen med hver regel som ikke er oppfylt, for eksempel «Grunnleggende sikkerhet».
admin-compliance-os-legend = Laveste versjon av operativsystemet
admin-compliance-os-hint = La en plattform stå tom for å godta alle versjoner.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = For eksempel 14.2.1
admin-compliance-version-invalid = Skriv en versjon som tall atskilt med punktum, for eksempel 14.2.1.
admin-compliance-other-legend = Andre regler
admin-compliance-min-agent = Laveste versjon av { -product-name }-appen
admin-compliance-max-days = Maksimalt antall dager siden siste innsjekking
admin-compliance-max-days-hint = 1 til 365. La feltet stå tomt for ingen grense.
admin-compliance-disk = Krev diskkryptering
admin-compliance-disk-hint = Systemdisken må være kryptert (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } eller nyere
admin-rule-min-agent = App { $version } eller nyere
admin-rule-check-in =
    { $days ->
        [one] Sjekket inn i løpet av det siste døgnet
       *[other] Sjekket inn i løpet av { $days } dager
    }
admin-rule-disk = Disk kryptert
admin-rule-none = Ingen regler

## Settings

admin-settings-title = Innstillinger
admin-settings-intro = Slik fungerer fjernhjelp i organisasjonen din. Alle endringer registreres i overvåkingsloggen.
admin-settings-organisation = Organisasjon
admin-settings-name-hint = Vises for personene du hjelper, når profilen deres ikke oppgir noe firma.
admin-settings-remote-help-heading = Fjernhjelp
admin-settings-remote-help = Tillat fjernhjelp
admin-settings-remote-help-hint = Hjelpere kan bare starte økter mens dette er slått på. Hvis det slås av, avsluttes også pågående økter.
admin-settings-unenrolled = Tillat hjelp på enheter som ikke er registrert
admin-settings-unenrolled-hint = Lar personer dele skjermen sin fra en nettleser eller en enhet som ikke er registrert. Hjelpere advares fortsatt om at enheten er ukjent.
admin-settings-chat = Chat under økter
admin-settings-chat-hint = Hjelpere og personene de hjelper, kan skrive til hverandre. Meldingene lagres sammen med øktrapporten.
admin-settings-limits = Koder og rapporter
admin-settings-code-lifetime = Levetid for sikkerhetskoden (minutter)
admin-settings-code-lifetime-hint = Hvor lenge koden en hjelper leser opp, er gyldig: { $min } til { $max } minutter.
admin-settings-retention = Behold øktrapporter i (dager)
admin-settings-retention-hint = Eldre rapporter og chatten deres slettes: { $min } til { $max } dager.
admin-settings-save = Lagre innstillingene
admin-settings-saved = Innstillingene er lagret.
admin-settings-updated-at = Sist endret { $time }.
admin-settings-defaults = Dette er standardinnstillingene; de har aldri blitt endret.

## Live sessions

admin-live-title = Pågående økter
admin-live-intro = Fjernhjelpsøkter som ikke er avsluttet. Listen oppdateres med noen sekunders mellomrom.
admin-live-list = Pågående økter
admin-live-empty = Ingen økter pågår.
admin-live-updated = Oppdatert { $time }
admin-live-count =
    { $count ->
        [0] Ingen økter pågår.
        [one] 1 økt pågår.
       *[other] { $count } økter pågår.
    }
admin-live-not-joined = Ikke blitt med ennå
admin-live-nobody = ingen ennå
admin-live-state-waiting = Venter på kode
admin-live-state-joined = Blitt med
admin-live-state-requested = Ber om tilgang
admin-live-state-active = Deler
admin-live-state-ended = Avsluttet
admin-live-revoke-label = Stopp økten mellom { $helper } og { $sharer }
admin-live-revoke-title = Vil du stoppe denne økten?
admin-live-revoke-text = Økten mellom { $helper } og { $sharer } avsluttes umiddelbart for begge.
admin-live-revoke-confirm = Stopp økten
admin-live-revoked = Økten til { $helper } ble stoppet.

## Session reports

admin-reports-title = Øktrapporter
admin-reports-intro = Alle fjernhjelpsøkter: hvem som hjalp hvem, på hvilken enhet, hvilken tilgang som ble gitt, og hvordan økten ble avsluttet.
admin-reports-filters = Filtrer øktrapporter
admin-reports-export-label = Eksporter øktrapportene som samsvarer med filtrene, som CSV
admin-reports-helper = Hjelper
admin-reports-sharer = Person som fikk hjelp
admin-reports-device = Enhet
admin-reports-end-reason = Avslutning
admin-reports-from = Startet fra
admin-reports-to = Startet før
admin-reports-pages = Sider med øktrapporter
admin-reports-empty = Det finnes ingen øktrapporter ennå.
admin-reports-none-match = Ingen økter samsvarer med disse filtrene.
admin-reports-back = Alle øktrapporter
admin-report-open-label = Økten til { $helper }, startet { $time }
admin-report-title = { $helper } hjelper { $sharer }
admin-report-title-alone = Økten til { $helper }
admin-report-started = Startet { $time }
admin-report-details = Detaljer
admin-report-client = Delt fra
admin-report-joined = Ble med
admin-report-ended = Avsluttet
admin-report-id = Økt-ID
admin-report-no-device = Ingen enhet
admin-report-mode-control = Full kontroll
admin-report-mode-view = Bare visning
admin-report-mode-none = Ingen
admin-report-transcript = Chatutskrift
admin-report-transcript-count =
    { $count ->
        [0] Chatutskrift
        [one] Chatutskrift (1 melding)
       *[other] Chatutskrift ({ $count } meldinger)
    }
admin-report-no-chat = Ingen chatmeldinger ble skrevet i denne økten.
admin-role-helper = Hjelper
admin-role-sharer = Person som fikk hjelp
admin-client-agent = { -product-name }-appen
admin-client-web = Nettleser

admin-end-helper-left = Avsluttet av hjelperen
admin-end-sharer-left = Avsluttet av personen som fikk hjelp
admin-end-helper-disconnected = Hjelperens tilkobling ble brutt
admin-end-sharer-disconnected = Tilkoblingen til personen som fikk hjelp, ble brutt
admin-end-code-expired = Koden utløp ubrukt
admin-end-declined-timeout = Forespørselen ble ikke besvart
admin-end-revoked = Stoppet av en administrator
admin-end-policy = Stoppet av en regel i organisasjonen
admin-end-access-withdrawn = Stoppet: tilgang trukket tilbake

## Audit log

admin-audit-title = Overvåkingslogg
admin-audit-intro = Alle endringer, pålogginger og økthendelser, nyeste først. Loggen kan bare utvides, og kjeden i den avslører manipulering.
admin-audit-filters = Filtrer overvåkingsloggen
admin-audit-export-label = Eksporter overvåkingshendelsene som samsvarer med filtrene, som CSV
admin-audit-actor = Hvem
admin-audit-action = Handling
admin-audit-action-hint = For eksempel user.created eller settings.updated.
admin-audit-since = Fra
admin-audit-until = Før
admin-audit-pages = Sider med overvåkingshendelser
admin-audit-empty = Overvåkingsloggen er tom.
admin-audit-none-match = Ingen hendelser samsvarer med disse filtrene.
admin-audit-show-detail = Vis detaljer
admin-actor-cli = Serverens kommandolinje
admin-actor-setup-link = Oppsettkobling
admin-actor-sso = Enkel pålogging
admin-actor-anonymous = Ikke pålogget

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Start her
admin-start-title = Kom i gang
admin-start-intro = Tre ting å ordne før den første økten med fjernhjelp. Alt kan endres senere.
admin-start-done = Fullført
admin-start-todo = Gjenstår
admin-start-settings-needed = Dette krever tillatelse til å administrere innstillinger. Spør en administrator som har den.
admin-start-remote-heading = Slå på fjernhjelp
admin-start-remote-off = Fjernhjelp er slått av, så ingen kan starte en økt ennå.
admin-start-remote-on = Fjernhjelp er slått på: hjelpere kan starte økter.
admin-start-remote-enable = Slå på fjernhjelp
admin-start-remote-turned-on = Fjernhjelp er nå slått på.
admin-start-browser-heading = Deling fra en nettleser
admin-start-browser-allowed = Tillatt
admin-start-browser-not-allowed = Ikke tillatt
admin-start-browser-explain = En nettleser kan ikke bevise hvilken datamaskin den kjører på, så den regnes som en enhet som ikke er registrert. Når hjelp på enheter som ikke er registrert er tillatt, kan folk dele skjermen fra en nettleser uten å installere noe. Hjelperen kan da bare se skjermen, ikke styre den, og blir varslet om at enheten er ukjent.
admin-start-browser-off = Ikke tillatt nå: bare { -product-name }-appen på en registrert enhet kan dele. Den som åpner delingssiden i en nettleser og skriver inn en kode, blir avvist.
admin-start-browser-on = Tillatt nå: folk kan dele skjermen fra en nettleser eller fra en enhet som ikke er registrert.
admin-start-browser-allow = Tillat deling fra en nettleser
admin-start-browser-stop = Stopp deling fra en nettleser
admin-start-browser-allowed-now = Deling fra en nettleser er nå tillatt.
admin-start-browser-stopped = Deling fra en nettleser er ikke lenger tillatt.
admin-start-helpers-heading = Gjør personer til hjelpere
admin-start-helpers-none = Ingen kan tilby fjernhjelp ennå.
admin-start-helpers-count =
    { $count ->
        [one] { $count } person kan tilby fjernhjelp.
       *[other] { $count } personer kan tilby fjernhjelp.
    }
admin-start-helpers-explain = Hjelpere tilbyr fjernhjelp til alle i organisasjonen. Velg personer og velg «Gjør til hjelpere»: de blir med i gruppen { $group }, som har rollen Help Desk Operator for alle brukere.
admin-start-helpers-pick = Personer som skal bli hjelpere
admin-start-helpers-nobody = Alle her er allerede hjelpere. Opprett en bruker for å legge til noen.
admin-start-helpers-roles-needed = Første gang gir det å gjøre personer til hjelpere også gruppen { $group } rollen sin, og det krever tillatelse til å administrere roller. Spør en administrator som har den.
admin-start-helpers-submit = Gjør til hjelpere
admin-start-helpers-choose = Velg minst én person.
admin-start-helpers-made =
    { $count ->
        [one] { $count } person er nå hjelper, i gruppen { $group }.
       *[other] { $count } personer er nå hjelpere, i gruppen { $group }.
    }
admin-start-create-user = Opprett bruker
admin-start-first-heading = Den første økten
admin-start-not-ready = Når trinnene over er fullført:
admin-start-ready = Alt er klart for en første økt:
admin-start-first-helper = En hjelper logger på, åpner «{ $page }» og starter en ny økt med fjernhjelp, som gir en sikkerhetskode:
admin-start-first-sharer = Den som trenger hjelp, logger på, åpner denne siden og skriver inn koden:
admin-user-role = Rolle
admin-user-role-member = Medlem
admin-user-role-member-hint = Logger på, ber om hjelp og deler skjermen sin.
admin-user-role-helper = Hjelper
admin-user-role-helper-hint = Tilbyr fjernhjelp til alle i organisasjonen, som medlem av gruppen { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = { $name } er opprettet og kan nå tilby fjernhjelp.
