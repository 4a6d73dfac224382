# Messages of the admin console (/admin), Dutch. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Beheerconsole – { -product-name }
admin-page-title = { $section } – Beheerconsole – { $organisation }
admin-console-name = Beheerconsole
admin-back-home = Terug naar start
admin-nav-label = Beheerconsole
admin-nav-group-people = Personen
admin-nav-group-access = Toegang
admin-nav-group-devices = Apparaten
admin-nav-group-organisation = Organisatie
admin-nav-group-activity = Activiteit

admin-denied-title = Geen toegang – { -product-name }
admin-denied-heading = U bent niet gemachtigd om de beheerconsole te gebruiken
admin-denied-text = Uw account kan { -product-name } gebruiken, maar mag uw organisatie niet beheren.
admin-denied-help = Als u gebruikers, apparaten of instellingen moet beheren, vraagt u een beheerder van uw organisatie om u een rol met die machtigingen te geven.

## Shared words

admin-save = Opslaan
admin-cancel = Annuleren
admin-done = Gereed
admin-edit = Bewerken
admin-delete = Verwijderen
admin-remove = Verwijderen
admin-revoke = Intrekken
admin-manage = Beheren
admin-copy = Kopiëren
admin-refresh = Vernieuwen
admin-search = Zoeken
admin-apply-filters = Filters toepassen
admin-clear-filters = Filters wissen
admin-export-csv = Exporteren als CSV
admin-filter-any = Alle
admin-filter-anyone = Iedereen
admin-filter-any-device = Alle apparaten
admin-not-set = Niet ingesteld
admin-never = Nooit
admin-no-changes = Niets om op te slaan: er is geen veld gewijzigd.
admin-name-taken = Deze naam is al in gebruik. Kies een andere.
admin-number-range = Voer een geheel getal van { $min } tot en met { $max } in.
admin-error-refused = De server heeft dit geweigerd: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = U kunt dit onderdeel niet gebruiken: het vraagt het recht ‘{ $permission }’ over de hele organisatie (alle gebruikers en alle apparaten), en uw rollen geven dat niet zo ruim.
admin-section-denied-ask = Vraag een beheerder van { $organisation } om het u over de hele organisatie te geven.
admin-choose-user = Kies een persoon…
admin-choose-user-first = Kies eerst een persoon.
admin-choose-device = Kies een apparaat…
admin-choose-device-first = Kies eerst een apparaat.
admin-choose-role = Kies een rol…
admin-no-devices-yet = Er zijn nog geen apparaten ingeschreven
admin-unknown-user = Onbekende gebruiker
admin-unknown-group = Onbekende groep
admin-unknown-role = Onbekende rol

admin-page-previous = Vorige pagina
admin-page-next = Volgende pagina
admin-page-number = Pagina { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } u { $minutes } min
admin-duration-running = tot nu toe { $duration }

## Table column headings

admin-column-name = Naam
admin-column-email = E-mail
admin-column-job-title = Functie
admin-column-company = Bedrijf
admin-column-role = Rol
admin-column-status = Status
admin-column-actions = Acties
admin-column-description = Beschrijving
admin-column-members = Leden
admin-column-created = Gemaakt
admin-column-permissions = Machtigingen
admin-column-member-groups = Toegewezen aan
admin-column-scope = Bereik
admin-column-state = Staat
admin-column-targets = Van toepassing op
admin-column-conditions = Als
admin-column-grant = Dan
admin-column-device = Apparaat
admin-column-platform = Besturingssysteem
admin-column-primary-user = Primaire gebruiker
admin-column-agent = Agentversie
admin-column-enrollment = Inschrijving
admin-column-compliance = Naleving
admin-column-last-check-in = Laatst ingecheckt
admin-column-uses = Ingeschreven apparaten
admin-column-expires = Verloopt
admin-column-rules = Regels
admin-column-helper = Helper
admin-column-sharer = Geholpen persoon
admin-column-access = Verleende toegang
admin-column-started = Gestart
admin-column-duration = Duur
admin-column-outcome = Einde
admin-column-chat = Chatberichten
admin-column-time = Tijd
admin-column-actor = Wie
admin-column-action = Actie
admin-column-target = Waarop
admin-column-detail = Details

## Users

admin-users-title = Gebruikers
admin-users-intro = Personen in uw organisatie die zich kunnen aanmelden bij { -product-name }, en hun profielen zoals de personen die ze helpen die zien.
admin-users-search = Zoeken op naam, e-mail, functie of bedrijf
admin-users-search-label = Gebruikers zoeken
admin-users-pages = Pagina's met gebruikers
admin-users-search-summary =
    { $count ->
        [0] Op deze pagina komen geen gebruikers overeen met ‘{ $term }’.
        [one] Eén gebruiker komt overeen met ‘{ $term }’.
       *[other] { $count } gebruikers komen overeen met ‘{ $term }’.
    }
admin-users-none-found = Er komen geen gebruikers overeen met ‘{ $term }’.
admin-users-empty = Er zijn nog geen gebruikers.
admin-user-create = Gebruiker maken
admin-user-create-title = Een gebruiker maken
admin-user-create-submit = Gebruiker maken
admin-user-created = { $name } is gemaakt.
admin-user-job-title = Functie (optioneel)
admin-user-company = Bedrijf (optioneel)
admin-user-initial-password = Eerste wachtwoord (optioneel)
admin-user-initial-password-hint = Minimaal 12 tekens. Zonder wachtwoord kan de persoon zich alleen aanmelden met eenmalige aanmelding of met een herstelkoppeling.
admin-user-is-admin = Beheerder van de organisatie
admin-user-is-admin-hint = Beheerders kunnen alles, ongeacht hun rollen.
admin-user-edit-title = { $name } bewerken
admin-user-edit-label = { $name } bewerken
admin-user-email-fixed = Het e-mailadres identificeert het account en kan hier niet worden gewijzigd.
admin-user-disabled = Aanmelden uitgeschakeld
admin-user-disabled-hint = Als u aanmelden uitschakelt, worden ook de sessies van de persoon beëindigd en de API-tokens ingetrokken.
admin-user-new-password = Nieuw wachtwoord (optioneel)
admin-user-new-password-hint = Laat leeg om het huidige wachtwoord te behouden. Als u een wachtwoord instelt, wordt de persoon overal afgemeld.
admin-user-saved = De wijzigingen voor { $name } zijn opgeslagen.
admin-user-status-active = Actief
admin-user-status-disabled = Aanmelden uitgeschakeld
admin-user-delete-label = { $name } verwijderen
admin-user-delete-title = { $name } verwijderen?
admin-user-delete-text = Het account { $email } wordt verwijderd en overal afgemeld. Dit kan niet ongedaan worden gemaakt.
admin-user-delete-confirm = Gebruiker verwijderen
admin-user-deleted = { $name } is verwijderd.
admin-user-picture = Profielafbeelding
admin-user-picture-choose = Afbeelding uploaden
admin-user-picture-remove = Afbeelding verwijderen
admin-user-picture-hint = Een PNG- of JPEG-afbeelding van maximaal 256 KB. De wijziging geldt direct; de personen die deze gebruiker helpt, zien de afbeelding voordat ze hun scherm delen.
admin-user-picture-uploading = De afbeelding wordt geüpload…
admin-user-picture-updated = De afbeelding van { $name } is bijgewerkt.
admin-user-picture-removed = De afbeelding van { $name } is verwijderd.

## Groups

admin-groups-title = Groepen
admin-groups-intro = Groepen bundelen personen en apparaten. Roltoewijzingen geven rollen aan de leden van groepen, voor andere groepen.
admin-groups-pages = Pagina's met groepen
admin-groups-empty = Er zijn nog geen groepen. Maak een groep om de leden ervan rollen te geven.
admin-groups-back = Alle groepen
admin-group-create = Groep maken
admin-group-create-title = Een groep maken
admin-group-create-submit = Groep maken
admin-group-created = De groep { $name } is gemaakt.
admin-group-name = Groepsnaam
admin-group-description = Beschrijving (optioneel)
admin-group-description-hint = Waarvoor de groep dient, zoals ‘Helpdeskmedewerkers in Berlijn’.
admin-group-member-count =
    { $count ->
        [0] Geen leden
        [one] 1 lid
       *[other] { $count } leden
    }
admin-group-manage-label = De groep { $name } beheren
admin-group-delete = Groep verwijderen
admin-group-delete-label = De groep { $name } verwijderen
admin-group-delete-title = De groep { $name } verwijderen?
admin-group-delete-text = De leden behouden hun account, maar verliezen wat roltoewijzingen hun via deze groep gaven. Dit kan niet ongedaan worden gemaakt.
admin-group-delete-confirm = Groep verwijderen
admin-group-deleted = De groep { $name } is verwijderd.
admin-group-detail-intro = Wijzig de naam van de groep en kies de leden en apparaten.
admin-group-details = Naam en beschrijving
admin-group-saved = De groep { $name } is opgeslagen.
admin-group-members = Leden
admin-group-no-members = Deze groep heeft nog geen leden.
admin-group-add-member = Lid toevoegen
admin-group-add-member-label = Toe te voegen persoon
admin-group-everyone-member = Iedereen is al lid
admin-group-member-added = { $name } is toegevoegd aan { $group }.
admin-group-member-removed = { $name } is verwijderd uit { $group }.
admin-group-remove-member-label = { $name } uit de groep verwijderen
admin-group-devices = Apparaten
admin-group-devices-intro = Roltoewijzingen met deze groep in hun bereik gelden voor de apparaten in de groep.
admin-group-device-label = Apparaat
admin-group-add-device = Toevoegen aan groep
admin-group-remove-device-label = { $device } uit de groep verwijderen
admin-group-no-devices = Deze groep bevat nog geen apparaten.
admin-group-device-added = { $device } is toegevoegd aan { $group }.
admin-group-device-removed = { $device } is verwijderd uit { $group }.

## Roles and role assignments

admin-roles-title = Rollen
admin-roles-intro = Een rol is een verzameling machtigingen. Roltoewijzingen geven een rol aan de leden van groepen, voor de personen en apparaten in hun bereik.
admin-roles-list = Rollen
admin-roles-list-intro = Ingebouwde rollen kunnen niet worden gewijzigd; kopieer er een om een aangepaste rol te maken.
admin-roles-empty = Er zijn geen rollen.
admin-role-create = Rol maken
admin-role-create-title = Een rol maken
admin-role-create-submit = Rol maken
admin-role-created = De rol { $name } is gemaakt.
admin-role-edit-title = De rol { $name } bewerken
admin-role-edit-label = De rol { $name } bewerken
admin-role-saved = De rol { $name } is opgeslagen.
admin-role-copy = Kopiëren
admin-role-copy-label = De rol { $name } kopiëren als nieuwe rol
admin-role-copy-name = { $name } (kopie)
admin-role-name = Rolnaam
admin-role-description = Beschrijving (optioneel)
admin-role-built-in = Ingebouwd
admin-role-no-permissions = Geen machtigingen
admin-role-delete-label = De rol { $name } verwijderen
admin-role-delete-title = De rol { $name } verwijderen?
admin-role-delete-text = Alleen rollen die door geen enkele toewijzing worden gegeven, kunnen worden verwijderd. Dit kan niet ongedaan worden gemaakt.
admin-role-delete-confirm = Rol verwijderen
admin-role-deleted = De rol { $name } is verwijderd.

admin-perm-group-remote-help = Hulp op afstand
admin-perm-group-reading = Lezen
admin-perm-group-administration = Beheer
admin-perm-offer = Hulp op afstand aanbieden
admin-perm-offer-hint = Een sessie voor hulp op afstand starten met een persoon binnen het bereik.
admin-perm-view-screen = Scherm weergeven
admin-perm-view-screen-hint = Het scherm zien van een persoon binnen het bereik.
admin-perm-full-control = Volledig beheer overnemen
admin-perm-full-control-hint = De muis en het toetsenbord gebruiken van een persoon binnen het bereik, met diens toestemming.
admin-perm-elevation = Uitbreiding van bevoegdheden
admin-perm-elevation-hint = Gereserveerd voor een latere versie: met verhoogde bevoegdheden uitvoeren op het apparaat van de persoon.
admin-perm-read = Apparaten en rapporten lezen
admin-perm-read-hint = De apparaatinventaris, actieve sessies en sessierapporten bekijken.
admin-perm-manage-users = Gebruikers en groepen beheren
admin-perm-manage-users-hint = Gebruikers en groepen maken, wijzigen en verwijderen, inclusief hun afbeeldingen en tweede factoren.
admin-perm-manage-roles = Rollen beheren
admin-perm-manage-roles-hint = Rollen en roltoewijzingen maken en wijzigen.
admin-perm-manage-devices = Apparaten beheren
admin-perm-manage-devices-hint = Inschrijvingstokens maken, apparaten buiten gebruik stellen en verwijderen.
admin-perm-manage-settings = Instellingen beheren
admin-perm-manage-settings-hint = De instellingen en geverifieerde domeinen van de organisatie wijzigen en actieve sessies stoppen.
admin-perm-manage-policies = Beleid beheren
admin-perm-manage-policies-hint = Beleid voor voorwaardelijke toegang en nalevingsbeleid maken en wijzigen.
admin-perm-read-audit = Het auditlogboek lezen
admin-perm-read-audit-hint = Elke vastgelegde wijziging en aanmelding bekijken en exporteren.
admin-perm-create-api-tokens = API-tokens maken
admin-perm-create-api-tokens-hint = Tokens maken voor scripts die handelen met de eigen rechten van de houder. Tokens verlopen na 90 dagen, tenzij anders ingesteld (maximaal een jaar).

admin-assignments-title = Roltoewijzingen
admin-assignments-intro = Wie welke rol krijgt, en voor wie.
admin-assignments-empty = Er zijn nog geen roltoewijzingen. Zonder toewijzing kunnen alleen beheerders iemand helpen.
admin-assignment-create = Toewijzing maken
admin-assignment-create-title = Een roltoewijzing maken
admin-assignment-create-submit = Toewijzing maken
admin-assignment-created = De toewijzing { $name } is gemaakt.
admin-assignment-edit-title = De toewijzing { $name } bewerken
admin-assignment-edit-label = De toewijzing { $name } bewerken
admin-assignment-saved = De toewijzing { $name } is opgeslagen.
admin-assignment-name = Naam van de toewijzing
admin-assignment-name-hint = Zoals ‘Helpdesk helpt Financiën’.
admin-assignment-role = Rol
admin-assignment-members = De rol geven aan leden van
admin-assignment-members-hint = De helpers: iedereen in deze groepen krijgt de rol.
admin-assignment-no-groups = Er zijn nog geen groepen. Maak eerst groepen.
admin-assignment-scope = Bereik
admin-assignment-scope-hint = De personen en apparaten waarvoor de rol geldt.
admin-assignment-scope-groups = Personen en apparaten in deze groepen
admin-assignment-scope-groups-hint = Leden en apparaten van de gekozen groepen.
admin-assignment-needs-members = Kies ten minste één groep om de rol aan te geven.
admin-assignment-needs-scope = Kies waarvoor de rol geldt: alle gebruikers, alle apparaten of groepen.
admin-assignment-delete-label = De toewijzing { $name } verwijderen
admin-assignment-delete-title = De toewijzing { $name } verwijderen?
admin-assignment-delete-text = Leden van de groepen verliezen direct de rol die ze via deze toewijzing kregen. Dit kan niet ongedaan worden gemaakt.
admin-assignment-delete-confirm = Toewijzing verwijderen
admin-assignment-deleted = De toewijzing { $name } is verwijderd.
admin-scope-all-users = Alle gebruikers
admin-scope-all-users-hint = Elke persoon in de organisatie.
admin-scope-all-devices = Alle apparaten
admin-scope-all-devices-hint = Elk ingeschreven apparaat van de organisatie.

## Conditional access

admin-policies-title = Voorwaardelijke toegang
admin-policies-intro = Beleidsregels bepalen of een helper de console mag gebruiken. Ze worden gecontroleerd bij het aanmelden en opnieuw bij het starten van een sessie. Bij een weigering wordt het beleid genoemd.
admin-policies-list = Beleidsregels
admin-policies-empty = Er zijn geen beleidsregels voor voorwaardelijke toegang. Elke helper die zich kan aanmelden, mag de console gebruiken.
admin-policy-create = Beleid maken
admin-policy-create-title = Beleid voor voorwaardelijke toegang maken
admin-policy-create-submit = Beleid maken
admin-policy-created = Het beleid { $name } is gemaakt.
admin-policy-edit-title = Het beleid { $name } bewerken
admin-policy-edit-label = Het beleid { $name } bewerken
admin-policy-saved = Het beleid { $name } is opgeslagen.
admin-policy-delete-label = Het beleid { $name } verwijderen
admin-policy-delete-title = Het beleid { $name } verwijderen?
admin-policy-delete-text = Het is direct niet meer van toepassing. Dit kan niet ongedaan worden gemaakt.
admin-policy-delete-confirm = Beleid verwijderen
admin-policy-deleted = Het beleid { $name } is verwijderd.
admin-policy-name = Beleidsnaam
admin-policy-name-hint = Helpers zien deze naam wanneer het beleid hen weigert, dus laat de naam de reden noemen, zoals ‘Tweede factor buiten kantoor’.
admin-policy-state = Staat
admin-policy-state-enabled = Ingeschakeld
admin-policy-state-enabled-hint = Het beleid wordt afgedwongen.
admin-policy-state-report-only = Alleen rapporteren
admin-policy-state-report-only-hint = Het beleid wordt geëvalueerd en wat het zou hebben gedaan, wordt vastgelegd in het auditlogboek, maar het weigert nooit iemand. Probeer nieuw beleid eerst op deze manier.
admin-policy-state-disabled = Uitgeschakeld
admin-policy-state-disabled-hint = Het beleid wordt genegeerd.
admin-policy-targets = Van toepassing op
admin-policy-targets-hint = De helpers waarop dit beleid betrekking heeft.
admin-policy-all-users = Alle gebruikers
admin-policy-users = Deze personen
admin-policy-groups = Leden van deze groepen
admin-policy-needs-targets = Kies op wie het beleid van toepassing is: alle gebruikers, personen of groepen.
admin-policy-conditions = Als
admin-policy-conditions-hint = Het beleid is alleen van toepassing als aan elke hier ingestelde voorwaarde is voldaan. Laat ze leeg om het altijd toe te passen.
admin-policy-inside = Het clientadres ligt in een van deze netwerken
admin-policy-inside-hint = Eén bereik per regel in CIDR-notatie, zoals 10.0.0.0/8 of 2001:db8::/32.
admin-policy-outside = Het clientadres ligt in geen van deze netwerken
admin-policy-outside-hint = Voor regels die buiten kantoor gelden. Eén bereik per regel.
admin-policy-network-invalid = ‘{ $value }’ is geen netwerkbereik. Schrijf bereiken zoals 192.168.0.0/16.
admin-policy-second-factor = Tweede factor bij aanmelding
admin-policy-second-factor-any = Maakt niet uit
admin-policy-second-factor-yes = Er is een tweede factor gebruikt
admin-policy-second-factor-no = Er is geen tweede factor gebruikt
admin-policy-grant = Dan
admin-policy-grant-allow = Toestaan
admin-policy-grant-allow-hint = Wordt vastgelegd in het auditlogboek; ander beleid kan nog steeds weigeren.
admin-policy-grant-block = Blokkeren
admin-policy-grant-block-hint = Aanmelden bij de console en het starten van sessies weigeren.
admin-policy-grant-second-factor = Tweede factor vereisen
admin-policy-grant-second-factor-hint = Alleen aanmeldingen toestaan waarbij een tweede factor is gebruikt.
admin-policy-lockout-warning = Zorg dat u uzelf niet buitensluit: een beleid dat u blokkeert, geldt vanaf uw volgende aanmelding. Gebruik Alleen rapporteren om een beleid eerst te controleren.
admin-policy-when-inside = Binnen { $networks }
admin-policy-when-outside = Buiten { $networks }
admin-policy-when-second-factor = Tweede factor gebruikt
admin-policy-when-no-second-factor = Geen tweede factor gebruikt
admin-policy-always = Altijd

## Devices

admin-devices-title = Apparaten
admin-devices-intro = Apparaten die zijn ingeschreven met de { -product-name }-app, met wat ze het laatst hebben gerapporteerd en of ze voldoen aan uw nalevingsbeleid.
admin-devices-enroll-link = Apparaten inschrijven
admin-devices-filters = Apparaten filteren
admin-devices-search = Zoeken
admin-devices-search-hint = Hostnaam, serienummer, model of primaire gebruiker.
admin-devices-platform = Besturingssysteem
admin-devices-compliance = Naleving
admin-devices-state = Inschrijving
admin-devices-pages = Pagina's met apparaten
admin-devices-empty = Er zijn nog geen apparaten ingeschreven. Maak een inschrijvingstoken om de eerste apparaten in te schrijven.
admin-devices-none-match = Er komen geen apparaten overeen met deze filters.
admin-devices-back = Alle apparaten
admin-device-remote-help = Nieuwe sessie voor hulp op afstand
admin-device-unnamed = Naamloos apparaat
admin-device-compliant = Compatibel
admin-device-not-compliant = Niet compatibel
admin-device-failing-count =
    { $count ->
        [one] 1 regel niet nageleefd
       *[other] { $count } regels niet nageleefd
    }
admin-device-state-active = Ingeschreven
admin-device-state-retired = Buiten gebruik
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Geen gerapporteerd
admin-device-details = Details
admin-device-host-name = Hostnaam
admin-device-model = Model
admin-device-serial = Serienummer
admin-device-agent-version = Agentversie
admin-device-disk = Schijfversleuteling
admin-device-disk-encrypted = Versleuteld
admin-device-disk-not-encrypted = Niet versleuteld
admin-device-enrolled-at = Ingeschreven op
admin-device-id = Apparaat-id
admin-device-compliance = Naleving
admin-device-meets-all = Dit apparaat voldoet aan alle regels van uw nalevingsbeleid.
admin-device-failing-intro = Aan deze regels wordt niet voldaan:
admin-device-policies-link = Nalevingsbeleid bekijken
admin-device-retire = Apparaat buiten gebruik stellen
admin-device-retire-title = { $name } buiten gebruik stellen?
admin-device-retire-text = De referentie ervan werkt direct niet meer: het apparaat kan niet meer inchecken en zich niet meer identificeren wanneer iemand erop om hulp vraagt. Het apparaat blijft in de lijst, gemarkeerd als buiten gebruik.
admin-device-retire-confirm = Apparaat buiten gebruik stellen
admin-device-retired = { $name } is buiten gebruik gesteld.
admin-device-delete = Apparaat verwijderen
admin-device-delete-title = { $name } verwijderen?
admin-device-delete-text = Het apparaat en de geschiedenis ervan worden uit de inventaris verwijderd. Schrijf het opnieuw in om het weer te gebruiken. Dit kan niet ongedaan worden gemaakt.
admin-device-delete-confirm = Apparaat verwijderen

## Enrollment tokens

admin-tokens-title = Inschrijvingstokens
admin-tokens-intro = Een apparaat schrijft zich in met een token dat u hier maakt. Elk token werkt gedurende een beperkte tijd en voor een beperkt aantal apparaten.
admin-tokens-list = Tokens
admin-tokens-empty = Er zijn nog geen inschrijvingstokens.
admin-token-create = Token maken
admin-token-create-title = Een inschrijvingstoken maken
admin-token-create-submit = Token maken
admin-token-created = Het token { $name } is gemaakt.
admin-token-name = Naam
admin-token-name-hint = Waar het wordt gebruikt, zoals ‘Laptops kantoor Berlijn’.
admin-token-hours = Geldig gedurende (uren)
admin-token-hours-hint = 1 tot 720 uur (30 dagen).
admin-token-max-uses = Aantal apparaten dat het mag inschrijven
admin-token-max-uses-hint = 1 tot 10.000.
admin-token-shown-once = Kopieer dit token nu. Het wordt maar één keer weergegeven; als het kwijtraakt, trekt u het in en maakt u een nieuw token.
admin-token-secret = Token ‘{ $name }’
admin-token-secret-hint = Geef het aan de { -product-name }-app wanneer u een apparaat inschrijft (assist-agent enroll). Iedereen die het heeft, kan apparaten bij uw organisatie inschrijven totdat het verloopt of wordt ingetrokken.
admin-token-copy-label = Het token kopiëren
admin-token-copied = Het token is naar het klembord gekopieerd.
admin-token-copy-failed = Het token kan niet worden gekopieerd. Selecteer het en kopieer het zelf.
admin-token-active = Actief
admin-token-revoked = Ingetrokken
admin-token-expired = Verlopen
admin-token-used-up = Opgebruikt
admin-token-uses = { $uses } van { $max }
admin-token-revoke-label = Het token { $name } intrekken
admin-token-revoke-title = Het token { $name } intrekken?
admin-token-revoke-text = Er kunnen geen apparaten meer mee worden ingeschreven. Apparaten die er al mee zijn ingeschreven, blijven ingeschreven.
admin-token-revoke-confirm = Token intrekken
admin-token-revoked-done = Het token { $name } is ingetrokken.

## Compliance policies

admin-compliance-title = Nalevingsbeleid
admin-compliance-intro = Regels waaraan ingeschreven apparaten moeten voldoen. Een apparaat dat niet aan een regel voldoet, wordt gemarkeerd als niet compatibel en helpers worden gewaarschuwd voordat ze erop helpen.
admin-compliance-list = Beleidsregels
admin-compliance-empty = Er is geen nalevingsbeleid, dus elk apparaat geldt als compatibel.
admin-compliance-create = Beleid maken
admin-compliance-create-title = Nalevingsbeleid maken
admin-compliance-create-submit = Beleid maken
admin-compliance-created = Het beleid { $name } is gemaakt. De apparaten zijn opnieuw gecontroleerd.
admin-compliance-edit-title = Het beleid { $name } bewerken
admin-compliance-edit-label = Het beleid { $name } bewerken
admin-compliance-saved = Het beleid { $name } is opgeslagen. De apparaten zijn opnieuw gecontroleerd.
admin-compliance-delete-label = Het beleid { $name } verwijderen
admin-compliance-delete-title = Het beleid { $name } verwijderen?
admin-compliance-delete-text = De regels ervan gelden niet meer en de apparaten worden opnieuw gecontroleerd. Dit kan niet ongedaan worden gemaakt.
admin-compliance-delete-confirm = Beleid verwijderen
admin-compliance-deleted = Het beleid { $name } is verwijderd.
admin-compliance-name = Beleidsnaam
admin-compliance-name-hint = Wordt getoond bij elke regel waaraan niet wordt voldaan, zoals ‘Basisbeveiliging’.
admin-compliance-os-legend = Minimale versie van het besturingssysteem
admin-compliance-os-hint = Laat een platform leeg om elke versie te accepteren.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Zoals 14.2.1
admin-compliance-version-invalid = Schrijf een versie als getallen gescheiden door punten, zoals 14.2.1.
admin-compliance-other-legend = Overige regels
admin-compliance-min-agent = Minimale versie van de { -product-name }-app
admin-compliance-max-days = Maximaal aantal dagen sinds laatste keer inchecken
admin-compliance-max-days-hint = 1 tot 365. Laat leeg voor geen limiet.
admin-compliance-disk = Schijfversleuteling vereisen
admin-compliance-disk-hint = De systeemschijf moet versleuteld zijn (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } of hoger
admin-rule-min-agent = App { $version } of hoger
admin-rule-check-in =
    { $days ->
        [one] Ingecheckt in de afgelopen dag
       *[other] Ingecheckt in de afgelopen { $days } dagen
    }
admin-rule-disk = Schijf versleuteld
admin-rule-none = Geen regels

## Settings

admin-settings-title = Instellingen
admin-settings-intro = Hoe hulp op afstand werkt in uw organisatie. Elke wijziging wordt vastgelegd in het auditlogboek.
admin-settings-organisation = Organisatie
admin-settings-name-hint = Wordt getoond aan de personen die u helpt wanneer hun profiel geen bedrijf vermeldt.
admin-settings-remote-help-heading = Hulp op afstand
admin-settings-remote-help = Hulp op afstand toestaan
admin-settings-remote-help-hint = Helpers kunnen alleen sessies starten als dit is ingeschakeld. Uitschakelen beëindigt ook de lopende sessies.
admin-settings-unenrolled = Hulp toestaan op apparaten die niet zijn ingeschreven
admin-settings-unenrolled-hint = Hiermee kunnen personen hun scherm delen vanuit een webbrowser of vanaf een apparaat dat niet is ingeschreven. Helpers worden nog steeds gewaarschuwd dat het apparaat onbekend is.
admin-settings-chat = Chat tijdens sessies
admin-settings-chat-hint = Helpers en de personen die ze helpen, kunnen elkaar berichten sturen. Berichten worden bij het sessierapport bewaard.
admin-settings-limits = Codes en rapporten
admin-settings-code-lifetime = Geldigheidsduur van beveiligingscode (minuten)
admin-settings-code-lifetime-hint = Hoe lang de code die een helper voorleest geldig blijft: { $min } tot { $max } minuten.
admin-settings-retention = Sessierapporten bewaren gedurende (dagen)
admin-settings-retention-hint = Oudere rapporten en hun chat worden verwijderd: { $min } tot { $max } dagen.
admin-settings-save = Instellingen opslaan
admin-settings-saved = Instellingen opgeslagen.
admin-settings-updated-at = Laatst gewijzigd op { $time }.
admin-settings-defaults = Dit zijn de standaardinstellingen; ze zijn nooit gewijzigd.

## Live sessions

admin-live-title = Actieve sessies
admin-live-intro = Sessies voor hulp op afstand die nog niet zijn beëindigd. De lijst wordt om de paar seconden vernieuwd.
admin-live-list = Lopende sessies
admin-live-empty = Er zijn geen lopende sessies.
admin-live-updated = Bijgewerkt op { $time }
admin-live-count =
    { $count ->
        [0] Er zijn geen lopende sessies.
        [one] Er is 1 lopende sessie.
       *[other] Er zijn { $count } lopende sessies.
    }
admin-live-not-joined = Nog niet verbonden
admin-live-nobody = nog niemand
admin-live-state-waiting = Wacht op code
admin-live-state-joined = Verbonden
admin-live-state-requested = Vraagt om toegang
admin-live-state-active = Delen
admin-live-state-ended = Beëindigd
admin-live-revoke-label = De sessie van { $helper } met { $sharer } stoppen
admin-live-revoke-title = Deze sessie stoppen?
admin-live-revoke-text = De sessie van { $helper } met { $sharer } eindigt direct voor beiden.
admin-live-revoke-confirm = Sessie stoppen
admin-live-revoked = De sessie van { $helper } is gestopt.

## Session reports

admin-reports-title = Sessierapporten
admin-reports-intro = Elke sessie voor hulp op afstand: wie wie heeft geholpen, op welk apparaat, welke toegang is verleend en hoe de sessie is geëindigd.
admin-reports-filters = Sessierapporten filteren
admin-reports-export-label = Sessierapporten die overeenkomen met de filters exporteren als CSV
admin-reports-helper = Helper
admin-reports-sharer = Geholpen persoon
admin-reports-device = Apparaat
admin-reports-end-reason = Einde
admin-reports-from = Gestart vanaf
admin-reports-to = Gestart vóór
admin-reports-pages = Pagina's met sessierapporten
admin-reports-empty = Er zijn nog geen sessierapporten.
admin-reports-none-match = Er komen geen sessies overeen met deze filters.
admin-reports-back = Alle sessierapporten
admin-report-open-label = Sessie van { $helper }, gestart op { $time }
admin-report-title = { $helper } helpt { $sharer }
admin-report-title-alone = Sessie van { $helper }
admin-report-started = Gestart op { $time }
admin-report-details = Details
admin-report-client = Gedeeld vanuit
admin-report-joined = Verbonden
admin-report-ended = Beëindigd
admin-report-id = Sessie-id
admin-report-no-device = Geen apparaat
admin-report-mode-control = Volledig beheer
admin-report-mode-view = Alleen weergeven
admin-report-mode-none = Geen
admin-report-transcript = Chattranscript
admin-report-transcript-count =
    { $count ->
        [0] Chattranscript
        [one] Chattranscript (1 bericht)
       *[other] Chattranscript ({ $count } berichten)
    }
admin-report-no-chat = In deze sessie zijn geen chatberichten geschreven.
admin-role-helper = Helper
admin-role-sharer = Geholpen persoon
admin-client-agent = { -product-name }-app
admin-client-web = Webbrowser

admin-end-helper-left = Beëindigd door helper
admin-end-sharer-left = Beëindigd door geholpen persoon
admin-end-helper-disconnected = Verbinding van helper verbroken
admin-end-sharer-disconnected = Verbinding van geholpen persoon verbroken
admin-end-code-expired = Code ongebruikt verlopen
admin-end-declined-timeout = Aanvraag niet beantwoord
admin-end-revoked = Gestopt door een beheerder
admin-end-policy = Gestopt door een regel van de organisatie
admin-end-access-withdrawn = Gestopt: toegang ingetrokken

## Audit log

admin-audit-title = Auditlogboek
admin-audit-intro = Elke wijziging, aanmelding en sessiegebeurtenis, nieuwste eerst. Het logboek kan alleen worden aangevuld en de keten ervan detecteert manipulatie.
admin-audit-filters = Het auditlogboek filteren
admin-audit-export-label = Auditgebeurtenissen die overeenkomen met de filters exporteren als CSV
admin-audit-actor = Wie
admin-audit-action = Actie
admin-audit-action-hint = Zoals user.created of settings.updated.
admin-audit-since = Vanaf
admin-audit-until = Vóór
admin-audit-pages = Pagina's met auditgebeurtenissen
admin-audit-empty = Het auditlogboek is leeg.
admin-audit-none-match = Er komen geen gebeurtenissen overeen met deze filters.
admin-audit-show-detail = Details weergeven
admin-actor-cli = Opdrachtregel van de server
admin-actor-setup-link = Installatiekoppeling
admin-actor-sso = Eenmalige aanmelding
admin-actor-anonymous = Niet aangemeld

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Begin hier
admin-start-title = Aan de slag
admin-start-intro = Drie dingen om te regelen vóór uw eerste sessie voor hulp op afstand. Alles is later te wijzigen.
admin-start-done = Klaar
admin-start-todo = Te doen
admin-start-settings-needed = Hiervoor is de machtiging om instellingen te beheren nodig. Vraag het aan een beheerder die die heeft.
admin-start-remote-heading = Hulp op afstand inschakelen
admin-start-remote-off = Hulp op afstand staat uit, dus niemand kan nog een sessie starten.
admin-start-remote-on = Hulp op afstand staat aan: helpers kunnen sessies starten.
admin-start-remote-enable = Hulp op afstand inschakelen
admin-start-remote-turned-on = Hulp op afstand staat nu aan.
admin-start-browser-heading = Delen vanuit een webbrowser
admin-start-browser-allowed = Toegestaan
admin-start-browser-not-allowed = Niet toegestaan
admin-start-browser-explain = Een webbrowser kan niet bewijzen op welke computer hij draait, dus telt hij als een apparaat dat niet is ingeschreven. Als hulp op niet-ingeschreven apparaten is toegestaan, kunnen mensen hun scherm vanuit een browser delen, zonder iets te installeren. De helper kan het scherm dan alleen zien, niet bedienen, en krijgt een waarschuwing dat het apparaat onbekend is.
admin-start-browser-off = Nu niet toegestaan: alleen de { -product-name }-app op een ingeschreven apparaat kan delen. Wie de deelpagina in een browser opent en een code invoert, wordt geweigerd.
admin-start-browser-on = Nu toegestaan: mensen kunnen hun scherm delen vanuit een browser of vanaf een apparaat dat niet is ingeschreven.
admin-start-browser-allow = Delen vanuit een browser toestaan
admin-start-browser-stop = Delen vanuit een browser niet meer toestaan
admin-start-browser-allowed-now = Delen vanuit een browser is nu toegestaan.
admin-start-browser-stopped = Delen vanuit een browser is niet meer toegestaan.
admin-start-helpers-heading = Helpers aanwijzen
admin-start-helpers-none = Nog niemand kan hulp op afstand bieden.
admin-start-helpers-count =
    { $count ->
        [one] { $count } persoon kan hulp op afstand bieden.
       *[other] { $count } personen kunnen hulp op afstand bieden.
    }
admin-start-helpers-explain = Helpers bieden iedereen in uw organisatie hulp op afstand. Kies mensen en selecteer ‘Helpers aanwijzen’: ze worden lid van de groep { $group }, die de rol Help Desk Operator heeft voor alle gebruikers.
admin-start-helpers-pick = Mensen die helper worden
admin-start-helpers-nobody = Iedereen hier is al helper. Maak een gebruiker om iemand toe te voegen.
admin-start-helpers-roles-needed = De eerste keer krijgt de groep { $group } bij het aanwijzen van helpers ook haar rol, en daarvoor is de machtiging om rollen te beheren nodig. Vraag het aan een beheerder die die heeft.
admin-start-helpers-submit = Helpers aanwijzen
admin-start-helpers-choose = Kies ten minste één persoon.
admin-start-helpers-made =
    { $count ->
        [one] { $count } persoon is nu helper, in de groep { $group }.
       *[other] { $count } personen zijn nu helper, in de groep { $group }.
    }
admin-start-create-user = Gebruiker maken
admin-start-first-heading = Uw eerste sessie
admin-start-not-ready = Zodra de stappen hierboven klaar zijn:
admin-start-ready = Alles is klaar voor een eerste sessie:
admin-start-first-helper = Een helper meldt zich aan, opent ‘{ $page }’ en start een nieuwe sessie voor hulp op afstand, die een beveiligingscode geeft:
admin-start-first-sharer = Wie hulp nodig heeft, meldt zich aan, opent deze pagina en voert die code in:
admin-user-role = Rol
admin-user-role-member = Lid
admin-user-role-member-hint = Meldt zich aan, vraagt om hulp en deelt het eigen scherm.
admin-user-role-helper = Helper
admin-user-role-helper-hint = Biedt iedereen in de organisatie hulp op afstand, als lid van de groep { $group }.
admin-user-role-administrator = Beheerder
admin-user-created-helper = { $name } is gemaakt en kan nu hulp op afstand bieden.
