# Messages of the web app (Dutch). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Naar de hoofdinhoud
loading = Laden…
go-to-sign-in = Naar de aanmeldpagina
sign-out = Afmelden
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Taal

## Form fields and checks

field-organisation-name = Naam van de organisatie
field-organisation-name-hint = De naam waaronder uw collega's de organisatie kennen. U kunt deze later wijzigen.
field-full-name = Volledige naam
field-full-name-hint = Wordt getoond aan de personen die u helpt, zodat ze weten wie verbinding maakt.
field-email = E-mail
field-job-title-optional = Functie (optioneel)
field-company-optional = Bedrijf (optioneel)
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Wachtwoord bevestigen
password-hint = Minimaal 12 tekens. Een paar woorden die niets met elkaar te maken hebben, vormen een sterk wachtwoord dat gemakkelijk te onthouden is.
form-required = Dit veld is verplicht.
form-email-invalid = Voer een e-mailadres in, zoals naam@example.com.
form-fix-fields = Sommige velden vereisen uw aandacht. Corrigeer de hieronder gemarkeerde velden.
form-error-summary = Corrigeer deze velden:
password-too-short = Het wachtwoord moet minimaal { $min } tekens bevatten.
password-too-long = Het wachtwoord mag maximaal { $max } tekens bevatten.
password-mismatch = De wachtwoorden komen niet overeen. Typ in beide velden hetzelfde wachtwoord.

## Errors from the server, by code

error-network = De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.
error-invalid-credentials = Het e-mailadres of wachtwoord is onjuist.
error-too-many-attempts = Te veel pogingen. Wacht even en probeer het opnieuw.
error-too-many-attempts-wait = Te veel pogingen. Wacht { $seconds } seconden en probeer het opnieuw.
error-setup-link-invalid = Deze koppeling is niet meer geldig: mogelijk is deze al gebruikt of verlopen.
error-conflict = Dit conflicteert met iets wat al bestaat.
error-email-taken = Er bestaat al een account met dit e-mailadres.
error-unauthenticated = U bent niet aangemeld of uw sessie is beëindigd. Meld u opnieuw aan.
error-origin-mismatch = De aanvraag is geweigerd omdat deze niet van deze site afkomstig is. Laad de pagina opnieuw en probeer het nogmaals.
error-payload-too-large = Wat u hebt verzonden, is te groot.
error-forbidden = U bent niet gemachtigd om dit te doen.
error-timeout = De server deed er te lang over om te antwoorden. Probeer het opnieuw.
error-unavailable = De service is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.
error-internal = Er is iets misgegaan op de server. Probeer het opnieuw. Neem contact op met uw beheerder als het probleem zich blijft voordoen.
error-unexpected = Er is iets onverwachts misgegaan. Probeer het opnieuw.
error-second-factor-required = Voer de code van uw verificatie-app of een van uw herstelcodes in.
error-invalid-second-factor = Die code is onjuist of al gebruikt. Wacht op een nieuwe code en probeer het opnieuw.
error-sso-not-configured = Uw organisatie biedt geen eenmalige aanmelding aan voor dit e-mailadres. Meld u aan met uw wachtwoord.
error-profile-managed = Uw organisatie beheert uw naam, functie en bedrijf via eenmalige aanmelding, dus alleen een beheerder kan ze wijzigen.
error-sso-provider-unavailable = De aanmeldservice van uw organisatie is niet bereikbaar. Probeer het over een paar minuten opnieuw.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Het beleid voor voorwaardelijke toegang ‘{ $policy }’ van uw organisatie staat dit niet toe. Vraag het uw beheerder.

## Setup link page (/setup)

setup-page-title = Instellen – { -product-name }
setup-checking-heading = Uw koppeling wordt gecontroleerd
setup-checking = Een ogenblik, uw koppeling wordt gecontroleerd…
setup-expires = Deze koppeling is geldig tot { $time }.
setup-invalid-heading = Deze koppeling kan niet worden gebruikt
setup-missing-heading = Voor deze pagina is een installatiekoppeling nodig
setup-missing = Open de volledige koppeling die u hebt ontvangen, inclusief het deel na het #-teken.
setup-error-heading = De koppeling kan niet worden gecontroleerd
setup-unknown-purpose = Deze koppeling is bedoeld voor iets wat deze pagina niet ondersteunt.
setup-invalid-help =
    Vraag uw beheerder om een nieuwe koppeling. Wie de server beheert, kan er een maken
    met de opdracht ‘assist-server admin setup-link’.

first-admin-heading = Uw organisatie maken
first-admin-intro = Stel { -product-name } in voor uw organisatie en maak het eerste beheerdersaccount. Daarna kunt u collega's uitnodigen.
first-admin-organisation-legend = Organisatie
first-admin-account-legend = Uw beheerdersaccount
first-admin-submit = Organisatie maken

reset-heading = Kies een nieuw wachtwoord
reset-intro = Stel een nieuw wachtwoord in voor { $email }.
reset-intro-no-email = Stel een nieuw wachtwoord in voor uw account.
reset-submit = Wachtwoord instellen

## Sign-in page (/sign-in)

sign-in-page-title = Aanmelden – { -product-name }
sign-in-heading = Aanmelden bij { -product-name }
sign-in-intro = Gebruik het e-mailadres en wachtwoord van uw account.
sign-in-submit = Aanmelden
field-second-factor-code = Verificatiecode of herstelcode
sign-in-sso = Aanmelden met het account van uw organisatie
sign-in-sso-needs-email = Voer eerst uw e-mailadres in, zodat we uw organisatie kunnen vinden.
sign-in-sso-refused = Eenmalige aanmelding heeft u niet aangemeld. Als uw account een eigen wachtwoord heeft, meldt u zich hier daarmee aan en koppelt u daarna eenmalige aanmelding op uw startpagina.
sign-in-or = of
sign-in-forgot = Wachtwoord vergeten? Vraag een beheerder van uw organisatie om een herstelkoppeling.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisatie:
user-menu-label = Uw account
home-heading = Aangemeld als { $name }

profile-heading = Uw profiel
profile-name = Naam
profile-email = E-mail
profile-job-title = Functie
profile-company = Bedrijf
profile-role = Rol
profile-not-set = Niet ingesteld
profile-edit = Profiel bewerken
profile-form-label = Uw profiel bewerken
profile-save = Opslaan
profile-cancel = Annuleren
profile-saved = Uw profiel is opgeslagen.
profile-managed = Uw organisatie beheert uw naam, functie en bedrijf via eenmalige aanmelding. Vraag uw beheerder om ze te wijzigen.
role-administrator = Beheerder
role-member = Lid

picture-change = Afbeelding wijzigen
picture-hint = Een PNG- of JPEG-afbeelding van maximaal 256 KB. Personen die u helpt, zien deze voordat ze hun scherm delen.
picture-uploading = Uw afbeelding wordt geüpload…
picture-updated = Uw afbeelding is bijgewerkt.
picture-wrong-type = Kies een PNG- of JPEG-afbeelding.
picture-too-large = De afbeelding is groter dan 256 KB. Kies een kleinere afbeelding.

sessions-heading = Waar u bent aangemeld
sessions-intro = Browsers waarin uw account is aangemeld. Meld browsers af die u niet herkent.
session-this-device = Dit apparaat
session-device = { $browser } op { $os }
session-device-unknown = Onbekende browser
session-signed-in = Aangemeld op { $time }
session-last-active = Laatst actief op { $time }
session-address = Vanaf adres { $address }
session-sign-out = Afmelden
session-sign-out-label = Afmelden op { $device }
session-signed-out = Afgemeld op { $device }.

home-admin-link = Beheerconsole

## Home page: remote help

home-remote-help-heading = Hulp op afstand
home-help-someone-text = Start een sessie en geef de persoon de beveiligingscode.
home-help-someone = Iemand helpen
home-get-help-text = Hebt u een beveiligingscode van uw helper gekregen? Voer deze hier in.
home-get-help = Hulp krijgen

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Eenmalige aanmelding
home-sso-linked = Uw account is gekoppeld aan de eenmalige aanmelding van uw organisatie.
home-sso-not-linked = Uw account is niet gekoppeld aan de eenmalige aanmelding van uw organisatie.
home-sso-link-intro = Door te koppelen kunt u zich aanmelden met het account van uw organisatie.
home-sso-link = Eenmalige aanmelding koppelen
home-sso-linking = Naar de aanmeldpagina van uw organisatie…
