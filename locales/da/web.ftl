# Messages of the web app (Danish). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Gå til hovedindholdet
loading = Indlæser…
go-to-sign-in = Gå til logonsiden
sign-out = Log af
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Sprog

## Form fields and checks

field-organisation-name = Organisationens navn
field-organisation-name-hint = Det navn, dine kolleger kender den under. Du kan ændre det senere.
field-full-name = Fulde navn
field-full-name-hint = Vises for de personer, du hjælper, så de ved, hvem der opretter forbindelse.
field-email = Mail
field-job-title-optional = Stilling (valgfrit)
field-company-optional = Firma (valgfrit)
field-password = Adgangskode
field-new-password = Ny adgangskode
field-confirm-password = Bekræft adgangskode
password-hint = Mindst 12 tegn. Nogle få ord, der ikke har noget med hinanden at gøre, giver en stærk adgangskode, der er let at huske.
form-required = Dette felt er obligatorisk.
form-email-invalid = Angiv en mailadresse som f.eks. navn@example.com.
form-fix-fields = Nogle felter kræver din opmærksomhed. Ret de felter, der er markeret nedenfor.
form-error-summary = Ret disse felter:
password-too-short = Adgangskoden skal indeholde mindst { $min } tegn.
password-too-long = Adgangskoden må højst indeholde { $max } tegn.
password-mismatch = Adgangskoderne stemmer ikke overens. Skriv den samme adgangskode i begge felter.

## Errors from the server, by code

error-network = Serveren kunne ikke kontaktes. Kontrollér din forbindelse, og prøv igen.
error-invalid-credentials = Mailadressen eller adgangskoden er forkert.
error-too-many-attempts = For mange forsøg. Vent et øjeblik, og prøv igen.
error-too-many-attempts-wait = For mange forsøg. Vent { $seconds } sekunder, og prøv igen.
error-setup-link-invalid = Dette link er ikke længere gyldigt: Det er måske allerede brugt, eller det er udløbet.
error-conflict = Dette er i konflikt med noget, der allerede findes.
error-email-taken = Der findes allerede en konto med denne mailadresse.
error-unauthenticated = Du er ikke logget på, eller din session er afsluttet. Log på igen.
error-origin-mismatch = Anmodningen blev afvist, fordi den ikke kom fra dette websted. Genindlæs siden, og prøv igen.
error-payload-too-large = Det, du sendte, er for stort.
error-forbidden = Du har ikke tilladelse til at gøre dette.
error-timeout = Serveren var for længe om at svare. Prøv igen.
error-unavailable = Tjenesten er midlertidigt utilgængelig. Prøv igen om et par minutter.
error-internal = Der opstod en fejl på serveren. Prøv igen. Kontakt din administrator, hvis problemet fortsætter.
error-unexpected = Der opstod en uventet fejl. Prøv igen.
error-second-factor-required = Angiv koden fra din godkendelsesapp eller en af dine gendannelseskoder.
error-invalid-second-factor = Koden er forkert, eller den er allerede brugt. Vent på en ny kode, og prøv igen.
error-sso-not-configured = Din organisation tilbyder ikke enkeltlogon for denne mailadresse. Log på med din adgangskode.
error-profile-managed = Din organisation administrerer dit navn, din stilling og din virksomhed via enkeltlogon, så kun en administrator kan ændre dem.
error-sso-provider-unavailable = Din organisations logontjeneste kunne ikke kontaktes. Prøv igen om et par minutter.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Din organisations politik for betinget adgang »{ $policy }« tillader ikke dette. Kontakt din administrator.

## Setup link page (/setup)

setup-page-title = Konfiguration – { -product-name }
setup-checking-heading = Dit link kontrolleres
setup-checking = Et øjeblik, mens vi kontrollerer dit link…
setup-expires = Dette link er gyldigt indtil { $time }.
setup-invalid-heading = Dette link kan ikke bruges
setup-missing-heading = Denne side kræver et konfigurationslink
setup-missing = Åbn hele det link, du har fået, inklusive delen efter tegnet #.
setup-error-heading = Linket kunne ikke kontrolleres
setup-unknown-purpose = Dette link er beregnet til noget, som denne side ikke understøtter.
setup-invalid-help =
    Bed din administrator om et nyt link. Den, der driver serveren, kan oprette et
    med kommandoen “assist-server admin setup-link”.

first-admin-heading = Opret din organisation
first-admin-intro = Konfigurer { -product-name } til din organisation, og opret den første administratorkonto. Du kan invitere kolleger bagefter.
first-admin-organisation-legend = Organisation
first-admin-account-legend = Din administratorkonto
first-admin-submit = Opret organisation

reset-heading = Vælg en ny adgangskode
reset-intro = Angiv en ny adgangskode til { $email }.
reset-intro-no-email = Angiv en ny adgangskode til din konto.
reset-submit = Angiv adgangskode

## Sign-in page (/sign-in)

sign-in-page-title = Log på – { -product-name }
sign-in-heading = Log på { -product-name }
sign-in-intro = Brug mailadressen og adgangskoden til din konto.
sign-in-submit = Log på
field-second-factor-code = Godkendelseskode eller gendannelseskode
sign-in-sso = Log på med din organisations konto
sign-in-sso-needs-email = Angiv først din mailadresse, så vi kan finde din organisation.
sign-in-sso-refused = Enkeltlogon loggede dig ikke på. Hvis din konto har sin egen adgangskode, skal du logge på med den her og derefter tilknytte enkeltlogon på din startside.
sign-in-or = eller
sign-in-forgot = Har du glemt din adgangskode? Bed en administrator i din organisation om et gendannelseslink.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisation:
user-menu-label = Din konto
home-heading = Logget på som { $name }

profile-heading = Din profil
profile-name = Navn
profile-email = Mail
profile-job-title = Stilling
profile-company = Firma
profile-role = Rolle
profile-not-set = Ikke angivet
profile-edit = Rediger profil
profile-form-label = Rediger din profil
profile-save = Gem
profile-cancel = Annuller
profile-saved = Din profil er gemt.
profile-managed = Din organisation administrerer dit navn, din stilling og din virksomhed via enkeltlogon. Bed din administrator om at ændre dem.
role-administrator = Administrator
role-member = Medlem

picture-change = Skift billede
picture-hint = Et PNG- eller JPEG-billede på højst 256 KB. De personer, du hjælper, ser det, før de deler deres skærm.
picture-uploading = Dit billede uploades…
picture-updated = Dit billede er opdateret.
picture-wrong-type = Vælg et PNG- eller JPEG-billede.
picture-too-large = Billedet er større end 256 KB. Vælg et mindre billede.

sessions-heading = Hvor du er logget på
sessions-intro = Browsere, hvor din konto er logget på. Log af dem, du ikke genkender.
session-this-device = Denne enhed
session-device = { $browser } på { $os }
session-device-unknown = Ukendt browser
session-signed-in = Logget på { $time }
session-last-active = Sidst aktiv { $time }
session-address = Fra adressen { $address }
session-sign-out = Log af
session-sign-out-label = Log af på { $device }
session-signed-out = Logget af på { $device }.

home-admin-link = Administrationskonsol

## Home page: remote help

home-remote-help-heading = Fjernhjælp
home-help-someone-text = Start en session, og giv personen sikkerhedskoden.
home-help-someone = Hjælp en anden
home-get-help-text = Har din hjælper givet dig en sikkerhedskode? Angiv den her.
home-get-help = Få hjælp

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Enkeltlogon
home-sso-linked = Din konto er tilknyttet din organisations enkeltlogon.
home-sso-not-linked = Din konto er ikke tilknyttet din organisations enkeltlogon.
home-sso-link-intro = Når du tilknytter den, kan du logge på med din organisations konto.
home-sso-link = Tilknyt enkeltlogon
home-sso-linking = Går til din organisations logonside…
