# Messages of the web app (Norwegian Bokmål). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Gå til hovedinnholdet
loading = Laster inn…
go-to-sign-in = Gå til påloggingssiden
sign-out = Logg av
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Språk

## Form fields and checks

field-organisation-name = Organisasjonens navn
field-organisation-name-hint = Navnet kollegene dine kjenner den under. Du kan endre det senere.
field-full-name = Fullt navn
field-full-name-hint = Vises for personene du hjelper, slik at de vet hvem som kobler til.
field-email = E-post
field-job-title-optional = Stilling (valgfritt)
field-company-optional = Firma (valgfritt)
field-password = Passord
field-new-password = Nytt passord
field-confirm-password = Bekreft passordet
password-hint = Minst 12 tegn. Noen få ord som ikke har noe med hverandre å gjøre, gir et sterkt passord som er lett å huske.
form-required = Dette feltet er obligatorisk.
form-email-invalid = Skriv inn en e-postadresse, for eksempel navn@example.com.
form-fix-fields = Noen felt må rettes. Rett opp feltene som er merket nedenfor.
form-error-summary = Rett opp disse feltene:
password-too-short = Passordet må ha minst { $min } tegn.
password-too-long = Passordet kan ha maksimalt { $max } tegn.
password-mismatch = Passordene er ikke like. Skriv inn det samme passordet i begge feltene.

## Errors from the server, by code

error-network = Kan ikke nå serveren. Kontroller tilkoblingen, og prøv på nytt.
error-invalid-credentials = E-postadressen eller passordet er feil.
error-too-many-attempts = For mange forsøk. Vent litt, og prøv på nytt.
error-too-many-attempts-wait = For mange forsøk. Vent { $seconds } sekunder, og prøv på nytt.
error-setup-link-invalid = Denne koblingen er ikke lenger gyldig: Den kan allerede være brukt, eller den kan ha utløpt.
error-conflict = Dette er i konflikt med noe som allerede finnes.
error-email-taken = Det finnes allerede en konto med denne e-postadressen.
error-unauthenticated = Du er ikke pålogget, eller økten din er avsluttet. Logg på igjen.
error-origin-mismatch = Forespørselen ble avvist fordi den ikke kom fra dette nettstedet. Last inn siden på nytt, og prøv igjen.
error-payload-too-large = Det du sendte, er for stort.
error-forbidden = Du har ikke tillatelse til å gjøre dette.
error-timeout = Serveren brukte for lang tid på å svare. Prøv på nytt.
error-unavailable = Tjenesten er midlertidig utilgjengelig. Prøv på nytt om noen minutter.
error-internal = Noe gikk galt på serveren. Prøv på nytt. Kontakt administratoren hvis problemet vedvarer.
error-unexpected = Noe uventet gikk galt. Prøv på nytt.
error-second-factor-required = Skriv inn koden fra godkjenningsappen eller én av gjenopprettingskodene dine.
error-invalid-second-factor = Koden er feil, eller den er allerede brukt. Vent på en ny kode, og prøv på nytt.
error-sso-not-configured = Organisasjonen din tilbyr ikke enkel pålogging for denne e-postadressen. Logg på med passordet ditt.
error-profile-managed = Organisasjonen din styrer navnet, stillingen og firmaet ditt gjennom enkel pålogging, så bare en administrator kan endre dem.
error-sso-provider-unavailable = Kan ikke nå organisasjonens påloggingstjeneste. Prøv på nytt om noen minutter.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Organisasjonens policy for betinget tilgang «{ $policy }» tillater ikke dette. Kontakt administratoren.

## Setup link page (/setup)

setup-page-title = Oppsett – { -product-name }
setup-checking-heading = Koblingen kontrolleres
setup-checking = Et øyeblikk mens vi kontrollerer koblingen…
setup-expires = Denne koblingen er gyldig til { $time }.
setup-invalid-heading = Denne koblingen kan ikke brukes
setup-missing-heading = Denne siden krever en oppsettkobling
setup-missing = Åpne hele koblingen du fikk, inkludert delen etter tegnet #.
setup-error-heading = Kan ikke kontrollere koblingen
setup-unknown-purpose = Denne koblingen er ment for noe denne siden ikke støtter.
setup-invalid-help =
    Be administratoren om en ny kobling. Den som drifter serveren, kan lage en
    med kommandoen «assist-server admin setup-link».

first-admin-heading = Opprett organisasjonen din
first-admin-intro = Konfigurer { -product-name } for organisasjonen din, og opprett den første administratorkontoen. Du kan invitere kolleger etterpå.
first-admin-organisation-legend = Organisasjon
first-admin-account-legend = Administratorkontoen din
first-admin-submit = Opprett organisasjon

reset-heading = Velg et nytt passord
reset-intro = Angi et nytt passord for { $email }.
reset-intro-no-email = Angi et nytt passord for kontoen din.
reset-submit = Angi passord

## Sign-in page (/sign-in)

sign-in-page-title = Logg på – { -product-name }
sign-in-heading = Logg på { -product-name }
sign-in-intro = Bruk e-postadressen og passordet for kontoen din.
sign-in-submit = Logg på
field-second-factor-code = Godkjenningskode eller gjenopprettingskode
sign-in-sso = Logg på med organisasjonens konto
sign-in-sso-needs-email = Skriv inn e-postadressen din først, slik at vi kan finne organisasjonen din.
sign-in-sso-refused = Enkel pålogging logget deg ikke på. Hvis kontoen din har sitt eget passord, logg på med det her, og koble deretter til enkel pålogging på startsiden din.
sign-in-or = eller
sign-in-forgot = Glemt passordet? Be en administrator i organisasjonen din om en gjenopprettingskobling.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisasjon:
user-menu-label = Kontoen din
home-heading = Pålogget som { $name }

profile-heading = Profilen din
profile-name = Navn
profile-email = E-post
profile-job-title = Stilling
profile-company = Firma
profile-role = Rolle
profile-not-set = Ikke angitt
profile-edit = Rediger profil
profile-form-label = Rediger profilen din
profile-save = Lagre
profile-cancel = Avbryt
profile-saved = Profilen din er lagret.
profile-managed = Organisasjonen din styrer navnet, stillingen og firmaet ditt gjennom enkel pålogging. Be administratoren din om å endre dem.
role-administrator = Administrator
role-member = Medlem

picture-change = Endre bilde
picture-hint = Et PNG- eller JPEG-bilde på maksimalt 256 kB. Personer du hjelper, ser det før de deler skjermen sin.
picture-uploading = Laster opp bildet ditt…
picture-updated = Bildet ditt er oppdatert.
picture-wrong-type = Velg et PNG- eller JPEG-bilde.
picture-too-large = Bildet er større enn 256 kB. Velg et mindre bilde.

sessions-heading = Der du er pålogget
sessions-intro = Nettlesere der kontoen din er pålogget. Logg av de du ikke kjenner igjen.
session-this-device = Denne enheten
session-device = { $browser } på { $os }
session-device-unknown = Ukjent nettleser
session-signed-in = Pålogget { $time }
session-last-active = Sist aktiv { $time }
session-address = Fra adressen { $address }
session-sign-out = Logg av
session-sign-out-label = Logg av på { $device }
session-signed-out = Logget av på { $device }.

home-admin-link = Administrasjonskonsoll

## Home page: remote help

home-remote-help-heading = Fjernhjelp
home-help-someone-text = Start en økt, og gi personen sikkerhetskoden.
home-help-someone = Hjelp noen
home-get-help-text = Har hjelperen din gitt deg en sikkerhetskode? Skriv den inn her.
home-get-help = Få hjelp

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Enkel pålogging
home-sso-linked = Kontoen din er koblet til organisasjonens enkle pålogging.
home-sso-not-linked = Kontoen din er ikke koblet til organisasjonens enkle pålogging.
home-sso-link-intro = Når du kobler den til, kan du logge på med organisasjonens konto.
home-sso-link = Koble til enkel pålogging
home-sso-linking = Går til organisasjonens påloggingsside…
