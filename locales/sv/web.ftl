# Messages of the web app (Swedish). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Hoppa till huvudinnehållet
loading = Läser in…
go-to-sign-in = Gå till inloggningssidan
sign-out = Logga ut
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Språk

## Form fields and checks

field-organisation-name = Organisationens namn
field-organisation-name-hint = Namnet som dina kollegor känner den under. Du kan ändra det senare.
field-full-name = Fullständigt namn
field-full-name-hint = Visas för personerna du hjälper, så att de vet vem som ansluter.
field-email = E-post
field-job-title-optional = Befattning (valfritt)
field-company-optional = Företag (valfritt)
field-password = Lösenord
field-new-password = Nytt lösenord
field-confirm-password = Bekräfta lösenordet
password-hint = Minst 12 tecken. Några ord som inte hör ihop ger ett starkt lösenord som är lätt att komma ihåg.
form-required = Det här fältet är obligatoriskt.
form-email-invalid = Ange en e-postadress, till exempel namn@example.com.
form-fix-fields = Några fält behöver din uppmärksamhet. Korrigera fälten som är markerade nedan.
form-error-summary = Korrigera de här fälten:
password-too-short = Lösenordet måste innehålla minst { $min } tecken.
password-too-long = Lösenordet får innehålla högst { $max } tecken.
password-mismatch = Lösenorden matchar inte. Skriv samma lösenord i båda fälten.

## Errors from the server, by code

error-network = Det gick inte att nå servern. Kontrollera anslutningen och försök igen.
error-invalid-credentials = E-postadressen eller lösenordet är felaktigt.
error-too-many-attempts = För många försök. Vänta en stund och försök igen.
error-too-many-attempts-wait = För många försök. Vänta { $seconds } sekunder och försök igen.
error-setup-link-invalid = Länken är inte längre giltig: den kan redan ha använts eller ha gått ut.
error-conflict = Detta står i konflikt med något som redan finns.
error-email-taken = Det finns redan ett konto med den här e-postadressen.
error-unauthenticated = Du är inte inloggad, eller så har din session upphört. Logga in igen.
error-origin-mismatch = Begäran avvisades eftersom den inte kom från den här webbplatsen. Läs in sidan igen och försök på nytt.
error-payload-too-large = Det du skickade är för stort.
error-forbidden = Du har inte behörighet att göra detta.
error-timeout = Servern tog för lång tid på sig att svara. Försök igen.
error-unavailable = Tjänsten är inte tillgänglig för tillfället. Försök igen om några minuter.
error-internal = Något gick fel på servern. Försök igen. Kontakta administratören om problemet kvarstår.
error-unexpected = Något oväntat gick fel. Försök igen.
error-second-factor-required = Ange koden från din autentiseringsapp eller en av dina återställningskoder.
error-invalid-second-factor = Koden är felaktig eller har redan använts. Vänta på en ny kod och försök igen.
error-sso-not-configured = Din organisation erbjuder inte enkel inloggning för den här e-postadressen. Logga in med ditt lösenord.
error-profile-managed = Din organisation hanterar ditt namn, din befattning och ditt företag via enkel inloggning, så bara en administratör kan ändra dem.
error-sso-provider-unavailable = Det gick inte att nå organisationens inloggningstjänst. Försök igen om några minuter.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Organisationens princip för villkorsstyrd åtkomst ”{ $policy }” tillåter inte detta. Kontakta administratören.

## Setup link page (/setup)

setup-page-title = Konfiguration – { -product-name }
setup-checking-heading = Länken kontrolleras
setup-checking = Ett ögonblick medan vi kontrollerar länken…
setup-expires = Länken är giltig till { $time }.
setup-invalid-heading = Länken kan inte användas
setup-missing-heading = Den här sidan kräver en konfigurationslänk
setup-missing = Öppna hela länken som du fick, inklusive delen efter tecknet #.
setup-error-heading = Det gick inte att kontrollera länken
setup-unknown-purpose = Länken är avsedd för något som den här sidan inte stöder.
setup-invalid-help =
    Be administratören om en ny länk. Den som driver servern kan skapa en
    med kommandot ”assist-server admin setup-link”.

first-admin-heading = Skapa din organisation
first-admin-intro = Konfigurera { -product-name } för din organisation och skapa det första administratörskontot. Du kan bjuda in kollegor efteråt.
first-admin-organisation-legend = Organisation
first-admin-account-legend = Ditt administratörskonto
first-admin-submit = Skapa organisation

reset-heading = Välj ett nytt lösenord
reset-intro = Ange ett nytt lösenord för { $email }.
reset-intro-no-email = Ange ett nytt lösenord för ditt konto.
reset-submit = Ange lösenord

## Sign-in page (/sign-in)

sign-in-page-title = Logga in – { -product-name }
sign-in-heading = Logga in på { -product-name }
sign-in-intro = Använd e-postadressen och lösenordet för ditt konto.
sign-in-submit = Logga in
field-second-factor-code = Autentiseringskod eller återställningskod
sign-in-sso = Logga in med organisationens konto
sign-in-sso-needs-email = Ange först din e-postadress så att vi kan hitta din organisation.
sign-in-sso-refused = Enkel inloggning loggade inte in dig. Om ditt konto har ett eget lösenord, logga in med det här och koppla sedan enkel inloggning på din startsida.
sign-in-or = eller
sign-in-forgot = Har du glömt lösenordet? Be en administratör i din organisation om en återställningslänk.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisation:
user-menu-label = Ditt konto
home-heading = Inloggad som { $name }

profile-heading = Din profil
profile-name = Namn
profile-email = E-post
profile-job-title = Befattning
profile-company = Företag
profile-role = Roll
profile-not-set = Inte angivet
profile-edit = Redigera profil
profile-form-label = Redigera din profil
profile-save = Spara
profile-cancel = Avbryt
profile-saved = Din profil har sparats.
profile-managed = Din organisation hanterar ditt namn, din befattning och ditt företag via enkel inloggning. Be din administratör om du vill ändra dem.
role-administrator = Administratör
role-member = Medlem

picture-change = Byt bild
picture-hint = En PNG- eller JPEG-bild på högst 256 kB. Personer som du hjälper ser den innan de delar sin skärm.
picture-uploading = Din bild laddas upp…
picture-updated = Din bild har uppdaterats.
picture-wrong-type = Välj en PNG- eller JPEG-bild.
picture-too-large = Bilden är större än 256 kB. Välj en mindre bild.

sessions-heading = Där du är inloggad
sessions-intro = Webbläsare där ditt konto är inloggat. Logga ut från dem som du inte känner igen.
session-this-device = Den här enheten
session-device = { $browser } på { $os }
session-device-unknown = Okänd webbläsare
session-signed-in = Inloggad { $time }
session-last-active = Senast aktiv { $time }
session-address = Från adressen { $address }
session-sign-out = Logga ut
session-sign-out-label = Logga ut på { $device }
session-signed-out = Utloggad på { $device }.

home-admin-link = Administratörskonsol

## Home page: remote help

home-remote-help-heading = Fjärrhjälp
home-help-someone-text = Starta en session och ge personen säkerhetskoden.
home-help-someone = Hjälp någon
home-get-help-text = Har din hjälpare gett dig en säkerhetskod? Ange den här.
home-get-help = Få hjälp

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Enkel inloggning
home-sso-linked = Ditt konto är kopplat till organisationens enkla inloggning.
home-sso-not-linked = Ditt konto är inte kopplat till organisationens enkla inloggning.
home-sso-link-intro = När du kopplar det kan du logga in med organisationens konto.
home-sso-link = Koppla enkel inloggning
home-sso-linking = Går till organisationens inloggningssida…
