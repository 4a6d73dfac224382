# Messages of the admin console (/admin), Swedish. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administratörskonsol – { -product-name }
admin-page-title = { $section } – Administratörskonsol – { $organisation }
admin-console-name = Administratörskonsol
admin-back-home = Tillbaka till startsidan
admin-nav-label = Administratörskonsol
admin-nav-group-people = Personer
admin-nav-group-access = Åtkomst
admin-nav-group-devices = Enheter
admin-nav-group-organisation = Organisation
admin-nav-group-activity = Aktivitet

admin-denied-title = Ingen åtkomst – { -product-name }
admin-denied-heading = Du har inte behörighet att använda administratörskonsolen
admin-denied-text = Ditt konto kan använda { -product-name }, men det får inte hantera din organisation.
admin-denied-help = Om du behöver hantera användare, enheter eller inställningar ber du en administratör i din organisation att ge dig en roll med de behörigheterna.

## Shared words

admin-save = Spara
admin-cancel = Avbryt
admin-done = Klar
admin-edit = Redigera
admin-delete = Ta bort
admin-remove = Ta bort
admin-revoke = Återkalla
admin-manage = Hantera
admin-copy = Kopiera
admin-refresh = Uppdatera
admin-search = Sök
admin-apply-filters = Använd filter
admin-clear-filters = Rensa filter
admin-export-csv = Exportera CSV
admin-filter-any = Alla
admin-filter-anyone = Alla personer
admin-filter-any-device = Alla enheter
admin-not-set = Inte angivet
admin-never = Aldrig
admin-no-changes = Inget att spara: inget fält har ändrats.
admin-name-taken = Namnet används redan. Välj ett annat.
admin-number-range = Ange ett heltal från { $min } till { $max }.
admin-error-refused = Servern avvisade detta: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Du kan inte använda det här avsnittet: det kräver behörigheten ”{ $permission }” över hela organisationen (alla användare och alla enheter), och dina roller ger den inte så brett.
admin-section-denied-ask = Be en administratör i { $organisation } att ge dig den över hela organisationen.
admin-choose-user = Välj en person…
admin-choose-user-first = Välj en person först.
admin-choose-device = Välj en enhet…
admin-choose-device-first = Välj en enhet först.
admin-choose-role = Välj en roll…
admin-no-devices-yet = Inga enheter har registrerats ännu
admin-unknown-user = Okänd användare
admin-unknown-group = Okänd grupp
admin-unknown-role = Okänd roll

admin-page-previous = Föregående sida
admin-page-next = Nästa sida
admin-page-number = Sida { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } hittills

## Table column headings

admin-column-name = Namn
admin-column-email = E-post
admin-column-job-title = Befattning
admin-column-company = Företag
admin-column-role = Roll
admin-column-status = Status
admin-column-actions = Åtgärder
admin-column-description = Beskrivning
admin-column-members = Medlemmar
admin-column-created = Skapad
admin-column-permissions = Behörigheter
admin-column-member-groups = Tilldelad till
admin-column-scope = Omfång
admin-column-state = Tillstånd
admin-column-targets = Gäller för
admin-column-conditions = När
admin-column-grant = Då
admin-column-device = Enhet
admin-column-platform = Operativsystem
admin-column-primary-user = Primär användare
admin-column-agent = Agentversion
admin-column-enrollment = Registrering
admin-column-compliance = Efterlevnad
admin-column-last-check-in = Senaste incheckning
admin-column-uses = Registrerade enheter
admin-column-expires = Går ut
admin-column-rules = Regler
admin-column-helper = Hjälpare
admin-column-sharer = Person som fick hjälp
admin-column-access = Beviljad åtkomst
admin-column-started = Startad
admin-column-duration = Varaktighet
admin-column-outcome = Avslut
admin-column-chat = Chattmeddelanden
admin-column-time = Tid
admin-column-actor = Vem
admin-column-action = Åtgärd
admin-column-target = Objekt
admin-column-detail = Information

## Users

admin-users-title = Användare
admin-users-intro = Personer i din organisation som kan logga in på { -product-name }, och deras profiler så som personerna de hjälper ser dem.
admin-users-search = Sök efter namn, e-post, befattning eller företag
admin-users-search-label = Sök efter användare
admin-users-pages = Sidor med användare
admin-users-search-summary =
    { $count ->
        [0] Inga användare på den här sidan matchar ”{ $term }”.
        [one] En användare matchar ”{ $term }”.
       *[other] { $count } användare matchar ”{ $term }”.
    }
admin-users-none-found = Inga användare matchar ”{ $term }”.
admin-users-empty = Det finns inga användare ännu.
admin-user-create = Skapa användare
admin-user-create-title = Skapa en användare
admin-user-create-submit = Skapa användare
admin-user-created = { $name } har skapats.
admin-user-job-title = Befattning (valfritt)
admin-user-company = Företag (valfritt)
admin-user-initial-password = Första lösenord (valfritt)
admin-user-initial-password-hint = Minst 12 tecken. Utan lösenord kan personen bara logga in med enkel inloggning eller med en återställningslänk.
admin-user-is-admin = Administratör för organisationen
admin-user-is-admin-hint = Administratörer kan göra allt, oavsett vilka roller de har.
admin-user-edit-title = Redigera { $name }
admin-user-edit-label = Redigera { $name }
admin-user-email-fixed = E-postadressen identifierar kontot och kan inte ändras här.
admin-user-disabled = Inloggning inaktiverad
admin-user-disabled-hint = Om du inaktiverar inloggningen avslutas även personens sessioner och personens API-token återkallas.
admin-user-new-password = Nytt lösenord (valfritt)
admin-user-new-password-hint = Lämna tomt för att behålla det nuvarande lösenordet. Om du anger ett nytt loggas personen ut överallt.
admin-user-saved = Ändringarna för { $name } har sparats.
admin-user-status-active = Aktiv
admin-user-status-disabled = Inloggning inaktiverad
admin-user-delete-label = Ta bort { $name }
admin-user-delete-title = Vill du ta bort { $name }?
admin-user-delete-text = Kontot { $email } tas bort och loggas ut överallt. Det går inte att ångra.
admin-user-delete-confirm = Ta bort användaren
admin-user-deleted = { $name } har tagits bort.
admin-user-picture = Profilbild
admin-user-picture-choose = Ladda upp bild
admin-user-picture-remove = Ta bort bild
admin-user-picture-hint = En PNG- eller JPEG-bild på högst 256 kB. Den ändras direkt; personerna som användaren hjälper ser den innan de delar sin skärm.
admin-user-picture-uploading = Bilden laddas upp…
admin-user-picture-updated = Bilden för { $name } har uppdaterats.
admin-user-picture-removed = Bilden för { $name } har tagits bort.

## Groups

admin-groups-title = Grupper
admin-groups-intro = Grupper samlar personer och enheter. Rolltilldelningar ger roller till medlemmarna i grupper, över andra grupper.
admin-groups-pages = Sidor med grupper
admin-groups-empty = Det finns inga grupper ännu. Skapa en för att ge dess medlemmar roller.
admin-groups-back = Alla grupper
admin-group-create = Skapa grupp
admin-group-create-title = Skapa en grupp
admin-group-create-submit = Skapa grupp
admin-group-created = Gruppen { $name } har skapats.
admin-group-name = Gruppnamn
admin-group-description = Beskrivning (valfritt)
admin-group-description-hint = Vad gruppen är till för, till exempel ”Supportpersonal i Berlin”.
admin-group-member-count =
    { $count ->
        [0] Inga medlemmar
        [one] 1 medlem
       *[other] { $count } medlemmar
    }
admin-group-manage-label = Hantera gruppen { $name }
admin-group-delete = Ta bort grupp
admin-group-delete-label = Ta bort gruppen { $name }
admin-group-delete-title = Vill du ta bort gruppen { $name }?
admin-group-delete-text = Medlemmarna behåller sina konton men förlorar det som rolltilldelningar gav dem via den här gruppen. Det går inte att ångra.
admin-group-delete-confirm = Ta bort grupp
admin-group-deleted = Gruppen { $name } har tagits bort.
admin-group-detail-intro = Byt namn på gruppen och välj dess medlemmar och enheter.
admin-group-details = Namn och beskrivning
admin-group-saved = Gruppen { $name } har sparats.
admin-group-members = Medlemmar
admin-group-no-members = Gruppen har inga medlemmar ännu.
admin-group-add-member = Lägg till medlem
admin-group-add-member-label = Person att lägga till
admin-group-everyone-member = Alla är redan medlemmar
admin-group-member-added = { $name } har lagts till i { $group }.
admin-group-member-removed = { $name } har tagits bort från { $group }.
admin-group-remove-member-label = Ta bort { $name } från gruppen
admin-group-devices = Enheter
admin-group-devices-intro = Rolltilldelningar som har den här gruppen i sitt omfång omfattar enheterna i den.
admin-group-device-label = Enhet
admin-group-add-device = Lägg till i gruppen
admin-group-remove-device-label = Ta bort { $device } från gruppen
admin-group-no-devices = Gruppen har inga enheter ännu.
admin-group-device-added = { $device } har lagts till i { $group }.
admin-group-device-removed = { $device } har tagits bort från { $group }.

## Roles and role assignments

admin-roles-title = Roller
admin-roles-intro = En roll är en uppsättning behörigheter. Rolltilldelningar ger en roll till medlemmarna i grupper, över personerna och enheterna i deras omfång.
admin-roles-list = Roller
admin-roles-list-intro = Inbyggda roller kan inte ändras; kopiera en för att skapa en anpassad roll.
admin-roles-empty = Det finns inga roller.
admin-role-create = Skapa roll
admin-role-create-title = Skapa en roll
admin-role-create-submit = Skapa roll
admin-role-created = Rollen { $name } har skapats.
admin-role-edit-title = Redigera rollen { $name }
admin-role-edit-label = Redigera rollen { $name }
admin-role-saved = Rollen { $name } har sparats.
admin-role-copy = Kopiera
admin-role-copy-label = Kopiera rollen { $name } som en ny roll
admin-role-copy-name = { $name } (kopia)
admin-role-name = Rollnamn
admin-role-description = Beskrivning (valfritt)
admin-role-built-in = Inbyggd
admin-role-no-permissions = Inga behörigheter
admin-role-delete-label = Ta bort rollen { $name }
admin-role-delete-title = Vill du ta bort rollen { $name }?
admin-role-delete-text = Bara roller som ingen tilldelning ger kan tas bort. Det går inte att ångra.
admin-role-delete-confirm = Ta bort roll
admin-role-deleted = Rollen { $name } har tagits bort.

admin-perm-group-remote-help = Fjärrhjälp
admin-perm-group-reading = Läsning
admin-perm-group-administration = Administration
admin-perm-offer = Erbjuda fjärrhjälp
admin-perm-offer-hint = Starta en fjärrhjälpssession med en person inom omfånget.
admin-perm-view-screen = Visa skärm
admin-perm-view-screen-hint = Se skärmen hos en person inom omfånget.
admin-perm-full-control = Ta fullständig kontroll
admin-perm-full-control-hint = Använd musen och tangentbordet hos en person inom omfånget, med personens medgivande.
admin-perm-elevation = Utökade behörigheter
admin-perm-elevation-hint = Reserverat för en senare version: kör med utökade behörigheter på personens enhet.
admin-perm-read = Läsa enheter och rapporter
admin-perm-read-hint = Se enhetsinventeringen, pågående sessioner och sessionsrapporter.
admin-perm-manage-users = Hantera användare och grupper
admin-perm-manage-users-hint = Skapa, ändra och ta bort användare och grupper, inklusive deras bilder och andra faktorer.
admin-perm-manage-roles = Hantera roller
admin-perm-manage-roles-hint = Skapa och ändra roller och rolltilldelningar.
admin-perm-manage-devices = Hantera enheter
admin-perm-manage-devices-hint = Skapa registreringstoken, ta enheter ur bruk och ta bort enheter.
admin-perm-manage-settings = Hantera inställningar
admin-perm-manage-settings-hint = Ändra organisationens inställningar och verifierade domäner, och stoppa pågående sessioner.
admin-perm-manage-policies = Hantera principer
admin-perm-manage-policies-hint = Skapa och ändra principer för villkorsstyrd åtkomst och efterlevnadsprinciper.
admin-perm-read-audit = Läsa granskningsloggen
admin-perm-read-audit-hint = Se och exportera alla registrerade ändringar och inloggningar.
admin-perm-create-api-tokens = Skapa API-token
admin-perm-create-api-tokens-hint = Skapa token för skript som agerar med innehavarens egna behörigheter. Token upphör att gälla efter 90 dagar om inget annat anges (högst ett år).

admin-assignments-title = Rolltilldelningar
admin-assignments-intro = Vem som får vilken roll, och över vem.
admin-assignments-empty = Det finns inga rolltilldelningar ännu. Utan en tilldelning kan bara administratörer hjälpa någon.
admin-assignment-create = Skapa tilldelning
admin-assignment-create-title = Skapa en rolltilldelning
admin-assignment-create-submit = Skapa tilldelning
admin-assignment-created = Tilldelningen { $name } har skapats.
admin-assignment-edit-title = Redigera tilldelningen { $name }
admin-assignment-edit-label = Redigera tilldelningen { $name }
admin-assignment-saved = Tilldelningen { $name } har sparats.
admin-assignment-name = Namn på tilldelningen
admin-assignment-name-hint = Till exempel ”Supporten hjälper Ekonomi”.
admin-assignment-role = Roll
admin-assignment-members = Ge rollen till medlemmar i
admin-assignment-members-hint = Hjälparna: alla i de här grupperna får rollen.
admin-assignment-no-groups = Det finns inga grupper ännu. Skapa grupper först.
admin-assignment-scope = Omfång
admin-assignment-scope-hint = De personer och enheter som rollen omfattar.
admin-assignment-scope-groups = Personer och enheter i de här grupperna
admin-assignment-scope-groups-hint = Medlemmar och enheter i de valda grupperna.
admin-assignment-needs-members = Välj minst en grupp att ge rollen till.
admin-assignment-needs-scope = Välj vad rollen omfattar: alla användare, alla enheter eller grupper.
admin-assignment-delete-label = Ta bort tilldelningen { $name }
admin-assignment-delete-title = Vill du ta bort tilldelningen { $name }?
admin-assignment-delete-text = Medlemmarna i dess grupper förlorar direkt rollen som den gav dem. Det går inte att ångra.
admin-assignment-delete-confirm = Ta bort tilldelning
admin-assignment-deleted = Tilldelningen { $name } har tagits bort.
admin-scope-all-users = Alla användare
admin-scope-all-users-hint = Alla personer i organisationen.
admin-scope-all-devices = Alla enheter
admin-scope-all-devices-hint = Alla registrerade enheter i organisationen.

## Conditional access

admin-policies-title = Villkorsstyrd åtkomst
admin-policies-intro = Principer avgör om en hjälpare får använda konsolen. De kontrolleras vid inloggning och igen när en session startas. En nekad åtkomst anger principens namn.
admin-policies-list = Principer
admin-policies-empty = Det finns inga principer för villkorsstyrd åtkomst. Alla hjälpare som kan logga in får använda konsolen.
admin-policy-create = Skapa princip
admin-policy-create-title = Skapa en princip för villkorsstyrd åtkomst
admin-policy-create-submit = Skapa princip
admin-policy-created = Principen { $name } har skapats.
admin-policy-edit-title = Redigera principen { $name }
admin-policy-edit-label = Redigera principen { $name }
admin-policy-saved = Principen { $name } har sparats.
admin-policy-delete-label = Ta bort principen { $name }
admin-policy-delete-title = Vill du ta bort principen { $name }?
admin-policy-delete-text = Den slutar gälla direkt. Det går inte att ångra.
admin-policy-delete-confirm = Ta bort princip
admin-policy-deleted = Principen { $name } har tagits bort.
admin-policy-name = Principnamn
admin-policy-name-hint = Hjälpare ser namnet när principen nekar dem, så låt det förklara varför, till exempel ”Andra faktor utanför kontoret”.
admin-policy-state = Tillstånd
admin-policy-state-enabled = Aktiverad
admin-policy-state-enabled-hint = Principen tillämpas.
admin-policy-state-report-only = Endast rapport
admin-policy-state-report-only-hint = Principen utvärderas och det den skulle ha gjort skrivs till granskningsloggen, men den nekar aldrig någon. Prova nya principer på det här sättet först.
admin-policy-state-disabled = Inaktiverad
admin-policy-state-disabled-hint = Principen ignoreras.
admin-policy-targets = Gäller för
admin-policy-targets-hint = De hjälpare som principen gäller.
admin-policy-all-users = Alla användare
admin-policy-users = De här personerna
admin-policy-groups = Medlemmar i de här grupperna
admin-policy-needs-targets = Välj vilka principen gäller för: alla användare, personer eller grupper.
admin-policy-conditions = När
admin-policy-conditions-hint = Principen gäller bara när alla villkor som anges här är uppfyllda. Lämna dem tomma för att alltid tillämpa den.
admin-policy-inside = Klientadressen finns i något av de här nätverken
admin-policy-inside-hint = Ett intervall per rad i CIDR-notation, till exempel 10.0.0.0/8 eller 2001:db8::/32.
admin-policy-outside = Klientadressen finns inte i något av de här nätverken
admin-policy-outside-hint = För regler som gäller utanför kontoret. Ett intervall per rad.
admin-policy-network-invalid = ”{ $value }” är inte ett nätverksintervall. Skriv intervall som 192.168.0.0/16.
admin-policy-second-factor = Andra faktor vid inloggning
admin-policy-second-factor-any = Oavsett
admin-policy-second-factor-yes = En andra faktor användes
admin-policy-second-factor-no = Ingen andra faktor användes
admin-policy-grant = Då
admin-policy-grant-allow = Tillåt
admin-policy-grant-allow-hint = Registreras i granskningsloggen; andra principer kan ändå neka.
admin-policy-grant-block = Blockera
admin-policy-grant-block-hint = Neka inloggning i konsolen och start av sessioner.
admin-policy-grant-second-factor = Kräv en andra faktor
admin-policy-grant-second-factor-hint = Tillåt bara inloggningar där en andra faktor användes.
admin-policy-lockout-warning = Se till att du inte låser ute dig själv: en princip som blockerar dig gäller från och med din nästa inloggning. Använd Endast rapport för att kontrollera en princip först.
admin-policy-when-inside = Inom { $networks }
admin-policy-when-outside = Utanför { $networks }
admin-policy-when-second-factor = Andra faktor använd
admin-policy-when-no-second-factor = Ingen andra faktor använd
admin-policy-always = Alltid

## Devices

admin-devices-title = Enheter
admin-devices-intro = Enheter som har registrerats med { -product-name }-appen, med det de senast rapporterade och om de uppfyller dina efterlevnadsprinciper.
admin-devices-enroll-link = Registrera enheter
admin-devices-filters = Filtrera enheter
admin-devices-search = Sök
admin-devices-search-hint = Värdnamn, serienummer, modell eller primär användare.
admin-devices-platform = Operativsystem
admin-devices-compliance = Efterlevnad
admin-devices-state = Registrering
admin-devices-pages = Sidor med enheter
admin-devices-empty = Inga enheter har registrerats ännu. Skapa en registreringstoken för att registrera de första.
admin-devices-none-match = Inga enheter matchar de här filtren.
admin-devices-back = Alla enheter
admin-device-remote-help = Ny fjärrhjälpssession
admin-device-unnamed = Namnlös enhet
admin-device-compliant = Kompatibel
admin-device-not-compliant = Inte kompatibel
admin-device-failing-count =
    { $count ->
        [one] 1 regel uppfylls inte
       *[other] { $count } regler uppfylls inte
    }
admin-device-state-active = Registrerad
admin-device-state-retired = Tagen ur bruk
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Ingen rapporterad
admin-device-details = Information
admin-device-host-name = Värdnamn
admin-device-model = Modell
admin-device-serial = Serienummer
admin-device-agent-version = Agentversion
admin-device-disk = Diskkryptering
admin-device-disk-encrypted = Krypterad
admin-device-disk-not-encrypted = Inte krypterad
admin-device-enrolled-at = Registrerad
admin-device-id = Enhets-ID
admin-device-compliance = Efterlevnad
admin-device-meets-all = Enheten uppfyller alla regler i dina efterlevnadsprinciper.
admin-device-failing-intro = De här reglerna uppfylls inte:
admin-device-policies-link = Granska efterlevnadsprinciper
admin-device-retire = Ta enheten ur bruk
admin-device-retire-title = Vill du ta { $name } ur bruk?
admin-device-retire-text = Dess autentiseringsuppgifter slutar fungera direkt: den kan inte längre checka in eller styrka sin identitet när någon ber om hjälp på den. Enheten finns kvar i listan, markerad som tagen ur bruk.
admin-device-retire-confirm = Ta enheten ur bruk
admin-device-retired = { $name } har tagits ur bruk.
admin-device-delete = Ta bort enhet
admin-device-delete-title = Vill du ta bort { $name }?
admin-device-delete-text = Enheten och dess historik tas bort från inventeringen. Registrera den igen för att använda den på nytt. Det går inte att ångra.
admin-device-delete-confirm = Ta bort enhet

## Enrollment tokens

admin-tokens-title = Registreringstoken
admin-tokens-intro = En enhet registreras med en token som du skapar här. Varje token fungerar under en begränsad tid och för ett begränsat antal enheter.
admin-tokens-list = Token
admin-tokens-empty = Det finns inga registreringstoken ännu.
admin-token-create = Skapa token
admin-token-create-title = Skapa en registreringstoken
admin-token-create-submit = Skapa token
admin-token-created = Token { $name } har skapats.
admin-token-name = Namn
admin-token-name-hint = Var den används, till exempel ”Bärbara datorer på kontoret i Berlin”.
admin-token-hours = Giltig i (timmar)
admin-token-hours-hint = 1 till 720 timmar (30 dagar).
admin-token-max-uses = Antal enheter den får registrera
admin-token-max-uses-hint = 1 till 10 000.
admin-token-shown-once = Kopiera den här token nu. Den visas bara en gång; om den försvinner återkallar du den och skapar en ny.
admin-token-secret = Token ”{ $name }”
admin-token-secret-hint = Ange den i { -product-name }-appen när du registrerar en enhet (assist-agent enroll). Alla som har den kan registrera enheter i din organisation tills den går ut eller återkallas.
admin-token-copy-label = Kopiera token
admin-token-copied = Token har kopierats till Urklipp.
admin-token-copy-failed = Det gick inte att kopiera token. Markera den och kopiera den själv.
admin-token-active = Aktiv
admin-token-revoked = Återkallad
admin-token-expired = Har gått ut
admin-token-used-up = Förbrukad
admin-token-uses = { $uses } av { $max }
admin-token-revoke-label = Återkalla token { $name }
admin-token-revoke-title = Vill du återkalla token { $name }?
admin-token-revoke-text = Det går inte längre att registrera enheter med den. Enheter som redan har registrerats med den förblir registrerade.
admin-token-revoke-confirm = Återkalla token
admin-token-revoked-done = Token { $name } har återkallats.

## Compliance policies

admin-compliance-title = Efterlevnadsprinciper
admin-compliance-intro = Regler som registrerade enheter måste uppfylla. En enhet som inte uppfyller en regel markeras som inte kompatibel, och hjälpare varnas innan de hjälper till på den.
admin-compliance-list = Principer
admin-compliance-empty = Det finns inga efterlevnadsprinciper, så alla enheter räknas som kompatibla.
admin-compliance-create = Skapa princip
admin-compliance-create-title = Skapa en efterlevnadsprincip
admin-compliance-create-submit = Skapa princip
admin-compliance-created = Principen { $name } har skapats. Enheterna har kontrollerats igen.
admin-compliance-edit-title = Redigera principen { $name }
admin-compliance-edit-label = Redigera principen { $name }
admin-compliance-saved = Principen { $name } har sparats. Enheterna har kontrollerats igen.
admin-compliance-delete-label = Ta bort principen { $name }
admin-compliance-delete-title = Vill du ta bort principen { $name }?
admin-compliance-delete-text = Dess regler slutar gälla och enheterna kontrolleras igen. Det går inte att ångra.
admin-compliance-delete-confirm = Ta bort princip
admin-compliance-deleted = Principen { $name } har tagits bort.
admin-compliance-name = Principnamn
admin-compliance-name-hint = Visas med varje regel som inte uppfylls, till exempel ”Grundläggande säkerhet”.
admin-compliance-os-legend = Lägsta version av operativsystemet
admin-compliance-os-hint = Lämna en plattform tom för att godkänna alla versioner.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Till exempel 14.2.1
admin-compliance-version-invalid = Skriv en version som tal åtskilda av punkter, till exempel 14.2.1.
admin-compliance-other-legend = Andra regler
admin-compliance-min-agent = Lägsta version av { -product-name }-appen
admin-compliance-max-days = Högsta antal dagar sedan senaste incheckning
admin-compliance-max-days-hint = 1 till 365. Lämna tomt för ingen gräns.
admin-compliance-disk = Kräv diskkryptering
admin-compliance-disk-hint = Systemdisken måste vara krypterad (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } eller senare
admin-rule-min-agent = App { $version } eller senare
admin-rule-check-in =
    { $days ->
        [one] Incheckad under det senaste dygnet
       *[other] Incheckad inom { $days } dagar
    }
admin-rule-disk = Disken krypterad
admin-rule-none = Inga regler

## Settings

admin-settings-title = Inställningar
admin-settings-intro = Hur fjärrhjälp fungerar i din organisation. Varje ändring registreras i granskningsloggen.
admin-settings-organisation = Organisation
admin-settings-name-hint = Visas för personerna du hjälper när deras profil inte anger något företag.
admin-settings-remote-help-heading = Fjärrhjälp
admin-settings-remote-help = Tillåt fjärrhjälp
admin-settings-remote-help-hint = Hjälpare kan bara starta sessioner medan det här är aktiverat. Om du inaktiverar det avslutas även pågående sessioner.
admin-settings-unenrolled = Tillåt hjälp på enheter som inte är registrerade
admin-settings-unenrolled-hint = Låter personer dela sin skärm från en webbläsare eller en enhet som inte är registrerad. Hjälpare varnas ändå om att enheten är okänd.
admin-settings-chat = Chatt under sessioner
admin-settings-chat-hint = Hjälpare och personerna de hjälper kan skriva till varandra. Meddelandena sparas med sessionsrapporten.
admin-settings-limits = Koder och rapporter
admin-settings-code-lifetime = Säkerhetskodens livslängd (minuter)
admin-settings-code-lifetime-hint = Hur länge koden som en hjälpare läser upp är giltig: { $min } till { $max } minuter.
admin-settings-retention = Spara sessionsrapporter i (dagar)
admin-settings-retention-hint = Äldre rapporter och deras chatt tas bort: { $min } till { $max } dagar.
admin-settings-save = Spara inställningar
admin-settings-saved = Inställningarna har sparats.
admin-settings-updated-at = Senast ändrad { $time }.
admin-settings-defaults = Det här är standardinställningarna; de har aldrig ändrats.

## Live sessions

admin-live-title = Pågående sessioner
admin-live-intro = Fjärrhjälpssessioner som inte har avslutats. Listan uppdateras med några sekunders mellanrum.
admin-live-list = Pågående sessioner
admin-live-empty = Inga sessioner pågår.
admin-live-updated = Uppdaterad { $time }
admin-live-count =
    { $count ->
        [0] Inga sessioner pågår.
        [one] 1 session pågår.
       *[other] { $count } sessioner pågår.
    }
admin-live-not-joined = Inte ansluten ännu
admin-live-nobody = ingen ännu
admin-live-state-waiting = Väntar på kod
admin-live-state-joined = Ansluten
admin-live-state-requested = Begär åtkomst
admin-live-state-active = Delar
admin-live-state-ended = Avslutad
admin-live-revoke-label = Stoppa sessionen mellan { $helper } och { $sharer }
admin-live-revoke-title = Vill du stoppa den här sessionen?
admin-live-revoke-text = Sessionen mellan { $helper } och { $sharer } avslutas direkt för båda.
admin-live-revoke-confirm = Stoppa sessionen
admin-live-revoked = Sessionen för { $helper } har stoppats.

## Session reports

admin-reports-title = Sessionsrapporter
admin-reports-intro = Varje fjärrhjälpssession: vem som hjälpte vem, på vilken enhet, vilken åtkomst som beviljades och hur den avslutades.
admin-reports-filters = Filtrera sessionsrapporter
admin-reports-export-label = Exportera de sessionsrapporter som matchar filtren som CSV
admin-reports-helper = Hjälpare
admin-reports-sharer = Person som fick hjälp
admin-reports-device = Enhet
admin-reports-end-reason = Avslut
admin-reports-from = Startad från
admin-reports-to = Startad före
admin-reports-pages = Sidor med sessionsrapporter
admin-reports-empty = Det finns inga sessionsrapporter ännu.
admin-reports-none-match = Inga sessioner matchar de här filtren.
admin-reports-back = Alla sessionsrapporter
admin-report-open-label = Session för { $helper }, startad { $time }
admin-report-title = { $helper } hjälper { $sharer }
admin-report-title-alone = Session för { $helper }
admin-report-started = Startad { $time }
admin-report-details = Information
admin-report-client = Delad från
admin-report-joined = Ansluten
admin-report-ended = Avslutad
admin-report-id = Sessions-ID
admin-report-no-device = Ingen enhet
admin-report-mode-control = Fullständig kontroll
admin-report-mode-view = Endast visning
admin-report-mode-none = Ingen
admin-report-transcript = Chattavskrift
admin-report-transcript-count =
    { $count ->
        [0] Chattavskrift
        [one] Chattavskrift (1 meddelande)
       *[other] Chattavskrift ({ $count } meddelanden)
    }
admin-report-no-chat = Inga chattmeddelanden skrevs under den här sessionen.
admin-role-helper = Hjälpare
admin-role-sharer = Person som fick hjälp
admin-client-agent = { -product-name }-appen
admin-client-web = Webbläsare

admin-end-helper-left = Avslutad av hjälparen
admin-end-sharer-left = Avslutad av personen som fick hjälp
admin-end-helper-disconnected = Hjälparens anslutning bröts
admin-end-sharer-disconnected = Anslutningen till personen som fick hjälp bröts
admin-end-code-expired = Koden gick ut oanvänd
admin-end-declined-timeout = Begäran besvarades inte
admin-end-revoked = Stoppad av en administratör
admin-end-policy = Stoppad av en regel i organisationen
admin-end-access-withdrawn = Stoppad: åtkomst återkallad

## Audit log

admin-audit-title = Granskningslogg
admin-audit-intro = Alla ändringar, inloggningar och sessionshändelser, de senaste först. Loggen kan bara utökas och dess kedja avslöjar manipulering.
admin-audit-filters = Filtrera granskningsloggen
admin-audit-export-label = Exportera de granskningshändelser som matchar filtren som CSV
admin-audit-actor = Vem
admin-audit-action = Åtgärd
admin-audit-action-hint = Till exempel user.created eller settings.updated.
admin-audit-since = Från
admin-audit-until = Före
admin-audit-pages = Sidor med granskningshändelser
admin-audit-empty = Granskningsloggen är tom.
admin-audit-none-match = Inga händelser matchar de här filtren.
admin-audit-show-detail = Visa information
admin-actor-cli = Serverns kommandorad
admin-actor-setup-link = Konfigurationslänk
admin-actor-sso = Enkel inloggning
admin-actor-anonymous = Inte inloggad

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Börja här
admin-start-title = Kom igång
admin-start-intro = Tre saker att ordna före din första session med fjärrhjälp. Allt kan ändras senare.
admin-start-done = Klart
admin-start-todo = Att göra
admin-start-settings-needed = Det kräver behörighet att hantera inställningar. Fråga en administratör som har den.
admin-start-remote-heading = Slå på fjärrhjälp
admin-start-remote-off = Fjärrhjälp är avstängd, så ingen kan starta en session ännu.
admin-start-remote-on = Fjärrhjälp är påslagen: hjälpare kan starta sessioner.
admin-start-remote-enable = Slå på fjärrhjälp
admin-start-remote-turned-on = Fjärrhjälp är nu påslagen.
admin-start-browser-heading = Delning från en webbläsare
admin-start-browser-allowed = Tillåten
admin-start-browser-not-allowed = Inte tillåten
admin-start-browser-explain = En webbläsare kan inte bevisa vilken dator den körs på, så den räknas som en enhet som inte är registrerad. När hjälp på enheter som inte är registrerade är tillåten kan man dela sin skärm från en webbläsare utan att installera något. Hjälparen kan då bara se skärmen, inte styra den, och varnas för att enheten är okänd.
admin-start-browser-off = Inte tillåten nu: bara { -product-name }-appen på en registrerad enhet kan dela. Den som öppnar delningssidan i en webbläsare och anger en kod nekas.
admin-start-browser-on = Tillåten nu: man kan dela sin skärm från en webbläsare eller från en enhet som inte är registrerad.
admin-start-browser-allow = Tillåt delning från webbläsare
admin-start-browser-stop = Sluta tillåta delning från webbläsare
admin-start-browser-allowed-now = Delning från en webbläsare är nu tillåten.
admin-start-browser-stopped = Delning från en webbläsare är inte längre tillåten.
admin-start-helpers-heading = Utse hjälpare
admin-start-helpers-none = Ingen kan erbjuda fjärrhjälp ännu.
admin-start-helpers-count =
    { $count ->
        [one] { $count } person kan erbjuda fjärrhjälp.
       *[other] { $count } personer kan erbjuda fjärrhjälp.
    }
admin-start-helpers-explain = Hjälpare erbjuder fjärrhjälp till alla i organisationen. Välj personer och välj ”Utse hjälpare”: de går med i gruppen { $group }, som har rollen Help Desk Operator för alla användare.
admin-start-helpers-pick = Personer som ska bli hjälpare
admin-start-helpers-nobody = Alla här är redan hjälpare. Skapa en användare för att lägga till någon.
admin-start-helpers-roles-needed = Första gången får gruppen { $group } också sin roll när hjälpare utses, och det kräver behörighet att hantera roller. Fråga en administratör som har den.
admin-start-helpers-submit = Utse hjälpare
admin-start-helpers-choose = Välj minst en person.
admin-start-helpers-made =
    { $count ->
        [one] { $count } person är nu hjälpare, i gruppen { $group }.
       *[other] { $count } personer är nu hjälpare, i gruppen { $group }.
    }
admin-start-create-user = Skapa användare
admin-start-first-heading = Din första session
admin-start-not-ready = När stegen ovan är klara:
admin-start-ready = Allt är klart för en första session:
admin-start-first-helper = En hjälpare loggar in, öppnar ”{ $page }” och startar en ny session med fjärrhjälp, som ger en säkerhetskod:
admin-start-first-sharer = Den som behöver hjälp loggar in, öppnar den här sidan och anger koden:
admin-user-role = Roll
admin-user-role-member = Medlem
admin-user-role-member-hint = Loggar in, ber om hjälp och delar sin skärm.
admin-user-role-helper = Hjälpare
admin-user-role-helper-hint = Erbjuder fjärrhjälp till alla i organisationen, som medlem i gruppen { $group }.
admin-user-role-administrator = Administratör
admin-user-created-helper = { $name } har skapats och kan nu erbjuda fjärrhjälp.
