# Messages of the web app (Lithuanian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Pereiti prie pagrindinio turinio
loading = Įkeliama…
go-to-sign-in = Eiti į prisijungimo puslapį
sign-out = Atsijungti
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Kalba

## Form fields and checks

field-organisation-name = Organizacijos pavadinimas
field-organisation-name-hint = Pavadinimas, kurį žino jūsų kolegos. Vėliau jį galėsite pakeisti.
field-full-name = Vardas ir pavardė
field-full-name-hint = Rodoma žmonėms, kuriems padedate, kad jie žinotų, kas jungiasi.
field-email = El. paštas
field-job-title-optional = Pareigos (neprivaloma)
field-company-optional = Įmonė (neprivaloma)
field-password = Slaptažodis
field-new-password = Naujas slaptažodis
field-confirm-password = Patvirtinkite slaptažodį
password-hint = Bent 12 simbolių. Keli nesusiję žodžiai sudaro stiprų ir lengvai įsimenamą slaptažodį.
form-required = Šis laukas yra privalomas.
form-email-invalid = Įveskite el. pašto adresą, pavyzdžiui, name@example.com.
form-fix-fields = Kai kuriuose laukuose yra klaidų. Pataisykite toliau pažymėtus laukus.
form-error-summary = Pataisykite šiuos laukus:
password-too-short =
    { $min ->
        [one] Slaptažodį turi sudaryti bent { $min } simbolis.
        [few] Slaptažodį turi sudaryti bent { $min } simboliai.
        [many] Slaptažodį turi sudaryti bent { $min } simbolio.
       *[other] Slaptažodį turi sudaryti bent { $min } simbolių.
    }
password-too-long =
    { $max ->
        [one] Slaptažodį gali sudaryti ne daugiau kaip { $max } simbolis.
        [few] Slaptažodį gali sudaryti ne daugiau kaip { $max } simboliai.
        [many] Slaptažodį gali sudaryti ne daugiau kaip { $max } simbolio.
       *[other] Slaptažodį gali sudaryti ne daugiau kaip { $max } simbolių.
    }
password-mismatch = Slaptažodžiai nesutampa. Abiejuose laukuose įveskite tą patį slaptažodį.

## Errors from the server, by code

error-network = Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.
error-invalid-credentials = Neteisingas el. pašto adresas arba slaptažodis.
error-too-many-attempts = Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą.
error-too-many-attempts-wait = Per daug bandymų. Palaukite { $seconds } s ir bandykite dar kartą.
error-setup-link-invalid = Ši nuoroda nebegalioja: galbūt ji jau panaudota arba baigėsi jos galiojimo laikas.
error-conflict = Tai prieštarauja tam, kas jau egzistuoja.
error-email-taken = Paskyra su šiuo el. pašto adresu jau yra.
error-unauthenticated = Nesate prisijungę arba jūsų seansas baigėsi. Prisijunkite dar kartą.
error-origin-mismatch = Užklausa atmesta, nes ji atsiųsta ne iš šios svetainės. Įkelkite puslapį iš naujo ir bandykite dar kartą.
error-payload-too-large = Tai, ką siuntėte, yra per didelis.
error-forbidden = Neturite teisės tai daryti.
error-timeout = Serveris per ilgai neatsakė. Bandykite dar kartą.
error-unavailable = Paslauga laikinai nepasiekiama. Bandykite dar kartą po kelių minučių.
error-internal = Serveryje įvyko klaida. Bandykite dar kartą; jei klaida kartojasi, praneškite administratoriui.
error-unexpected = Įvyko netikėta klaida. Bandykite dar kartą.
error-second-factor-required = Įveskite kodą iš autentifikavimo programėlės arba vieną iš savo atkūrimo kodų.
error-invalid-second-factor = Šis kodas neteisingas arba jau panaudotas. Palaukite naujo kodo ir bandykite dar kartą.
error-sso-not-configured = Jūsų organizacija nesiūlo bendrosios prieigos šiam el. pašto adresui. Prisijunkite naudodami slaptažodį.
error-profile-managed = Jūsų vardą, pareigas ir įmonę tvarko jūsų organizacija per bendrąją prieigą, todėl juos pakeisti gali tik administratorius.
error-sso-provider-unavailable = Nepavyko susisiekti su jūsų organizacijos prisijungimo tarnyba. Bandykite dar kartą po kelių minučių.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Jūsų organizacijos sąlyginės prieigos strategija „{ $policy }“ to neleidžia. Kreipkitės į administratorių.

## Setup link page (/setup)

setup-page-title = Sąranka – { -product-name }
setup-checking-heading = Tikrinama jūsų nuoroda
setup-checking = Palaukite, kol patikrinsime jūsų nuorodą…
setup-expires = Ši nuoroda galioja iki { $time }.
setup-invalid-heading = Šios nuorodos naudoti negalima
setup-missing-heading = Šiam puslapiui reikalinga sąrankos nuoroda
setup-missing = Atidarykite visą gautą nuorodą, įskaitant dalį po ženklo #.
setup-error-heading = Nuorodos patikrinti nepavyko
setup-unknown-purpose = Ši nuoroda skirta tam, ko šis puslapis nepalaiko.
setup-invalid-help =
    Paprašykite administratoriaus naujos nuorodos. Serverį prižiūrintis asmuo ją gali sukurti
    komanda „assist-server admin setup-link“.

first-admin-heading = Sukurkite savo organizaciją
first-admin-intro = Nustatykite { -product-name } savo organizacijai ir sukurkite pirmąją administratoriaus paskyrą. Kolegas galėsite pakviesti vėliau.
first-admin-organisation-legend = Organizacija
first-admin-account-legend = Jūsų administratoriaus paskyra
first-admin-submit = Sukurti organizaciją

reset-heading = Pasirinkite naują slaptažodį
reset-intro = Nustatykite naują slaptažodį paskyrai { $email }.
reset-intro-no-email = Nustatykite naują savo paskyros slaptažodį.
reset-submit = Nustatyti slaptažodį

## Sign-in page (/sign-in)

sign-in-page-title = Prisijungimas – { -product-name }
sign-in-heading = Prisijungimas prie { -product-name }
sign-in-intro = Naudokite savo paskyros el. pašto adresą ir slaptažodį.
sign-in-submit = Prisijungti
field-second-factor-code = Autentifikavimo programėlės kodas arba atkūrimo kodas
sign-in-sso = Prisijungti naudojant organizacijos paskyrą
sign-in-sso-needs-email = Pirmiausia įveskite savo el. pašto adresą, kad galėtume rasti jūsų organizaciją.
sign-in-sso-refused = Bendroji prieiga jūsų neprijungė. Jei jūsų paskyra turi savo slaptažodį, prisijunkite juo čia, tada susiekite bendrąją prieigą savo pradžios puslapyje.
sign-in-or = arba
sign-in-forgot = Pamiršote slaptažodį? Paprašykite savo organizacijos administratoriaus atkūrimo nuorodos.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizacija:
user-menu-label = Jūsų paskyra
home-heading = Prisijungta kaip { $name }

profile-heading = Jūsų profilis
profile-name = Vardas
profile-email = El. paštas
profile-job-title = Pareigos
profile-company = Įmonė
profile-role = Vaidmuo
profile-not-set = Nenustatyta
profile-edit = Redaguoti profilį
profile-form-label = Jūsų profilio redagavimas
profile-save = Išsaugoti
profile-cancel = Atšaukti
profile-saved = Jūsų profilis išsaugotas.
profile-managed = Jūsų vardą, pareigas ir įmonę tvarko jūsų organizacija per bendrąją prieigą. Norėdami juos pakeisti, kreipkitės į administratorių.
role-administrator = Administratorius
role-member = Narys

picture-change = Keisti nuotrauką
picture-hint = PNG arba JPEG vaizdas, ne didesnis nei 256 KB. Žmonės, kuriems padedate, jį mato prieš bendrindami savo ekraną.
picture-uploading = Įkeliama jūsų nuotrauka…
picture-updated = Jūsų nuotrauka atnaujinta.
picture-wrong-type = Pasirinkite PNG arba JPEG vaizdą.
picture-too-large = Nuotrauka didesnė nei 256 KB. Pasirinkite mažesnį vaizdą.

sessions-heading = Kur esate prisijungę
sessions-intro = Naršyklės, kuriose prisijungta prie jūsų paskyros. Atsijunkite nuo tų, kurių neatpažįstate.
session-this-device = Šis įrenginys
session-device = { $browser }, { $os }
session-device-unknown = Nežinoma naršyklė
session-signed-in = Prisijungta: { $time }
session-last-active = Paskutinė veikla: { $time }
session-address = Iš adreso { $address }
session-sign-out = Atsijungti
session-sign-out-label = Atsijungti įrenginyje { $device }
session-signed-out = Atsijungta įrenginyje { $device }.

home-admin-link = Administravimo konsolė

## Home page: remote help

home-remote-help-heading = Nuotolinė pagalba
home-help-someone-text = Pradėkite seansą ir perduokite asmeniui saugos kodą.
home-help-someone = Padėti kitam
home-get-help-text = Pagalbininkas davė jums saugos kodą? Įveskite jį čia.
home-get-help = Gauti pagalbą

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Bendroji prieiga
home-sso-linked = Jūsų paskyra susieta su jūsų organizacijos bendrąja prieiga.
home-sso-not-linked = Jūsų paskyra nesusieta su jūsų organizacijos bendrąja prieiga.
home-sso-link-intro = Susieję galėsite prisijungti naudodami organizacijos paskyrą.
home-sso-link = Susieti bendrąją prieigą
home-sso-linking = Einama į jūsų organizacijos prisijungimo puslapį…
