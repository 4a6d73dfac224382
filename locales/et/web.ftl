# Messages of the web app (Estonian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Liigu põhisisu juurde
loading = Laadimine…
go-to-sign-in = Mine sisselogimislehele
sign-out = Logi välja
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Keel

## Form fields and checks

field-organisation-name = Asutuse nimi
field-organisation-name-hint = Nimi, mille järgi kolleegid asutust tunnevad. Saate seda hiljem muuta.
field-full-name = Täisnimi
field-full-name-hint = Kuvatakse inimestele, keda abistate, et nad teaksid, kes ühendust loob.
field-email = E-post
field-job-title-optional = Ametinimetus (valikuline)
field-company-optional = Ettevõte (valikuline)
field-password = Parool
field-new-password = Uus parool
field-confirm-password = Kinnitage parool
password-hint = Vähemalt 12 märki. Mõnest omavahel seosetust sõnast saab tugeva ja kergesti meeldejääva parooli.
form-required = See väli on kohustuslik.
form-email-invalid = Sisestage e-posti aadress, näiteks nimi@example.com.
form-fix-fields = Mõni väli vajab tähelepanu. Parandage allpool märgitud väljad.
form-error-summary = Parandage need väljad:
password-too-short = Parool peab olema vähemalt { $min } märki pikk.
password-too-long = Parool võib olla kuni { $max } märki pikk.
password-mismatch = Paroolid ei ühti. Tippige mõlemale väljale sama parool.

## Errors from the server, by code

error-network = Serveriga ei saanud ühendust. Kontrollige ühendust ja proovige uuesti.
error-invalid-credentials = E-posti aadress või parool pole õige.
error-too-many-attempts = Liiga palju katseid. Oodake hetk ja proovige uuesti.
error-too-many-attempts-wait = Liiga palju katseid. Oodake { $seconds } sekundit ja proovige uuesti.
error-setup-link-invalid = See link pole enam kehtiv: see võib olla juba kasutatud või aegunud.
error-conflict = See on vastuolus millegagi, mis on juba olemas.
error-email-taken = Selle e-posti aadressiga konto on juba olemas.
error-unauthenticated = Te pole sisse logitud või teie seanss on lõppenud. Logige uuesti sisse.
error-origin-mismatch = Taotlus lükati tagasi, sest see ei pärinenud sellelt saidilt. Laadige leht uuesti ja proovige uuesti.
error-payload-too-large = Saadetud andmed on liiga suured.
error-forbidden = Teil pole selleks õigust.
error-timeout = Server ei vastanud piisavalt kiiresti. Proovige uuesti.
error-unavailable = Teenus pole ajutiselt saadaval. Proovige mõne minuti pärast uuesti.
error-internal = Serveris tekkis tõrge. Proovige uuesti; kui probleem kordub, teavitage administraatorit.
error-unexpected = Tekkis ootamatu tõrge. Proovige uuesti.
error-second-factor-required = Sisestage autentimisrakenduse kood või mõni oma taastekoodidest.
error-invalid-second-factor = See kood pole õige või on juba kasutatud. Oodake uut koodi ja proovige uuesti.
error-sso-not-configured = Teie asutus ei paku selle e-posti aadressi jaoks ühekordset sisselogimist. Logige sisse parooliga.
error-profile-managed = Teie nime, ametinimetust ja ettevõtet haldab teie organisatsioon ühekordse sisselogimise kaudu, seega saab neid muuta ainult administraator.
error-sso-provider-unavailable = Teie asutuse sisselogimisteenusega ei saanud ühendust. Proovige mõne minuti pärast uuesti.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Teie organisatsiooni tingimusliku juurdepääsu poliitika „{ $policy }“ ei luba seda. Pöörduge administraatori poole.

## Setup link page (/setup)

setup-page-title = Seadistamine – { -product-name }
setup-checking-heading = Lingi kontrollimine
setup-checking = Oodake hetk, kontrollime teie linki…
setup-expires = See link kehtib kuni { $time }.
setup-invalid-heading = Seda linki ei saa kasutada
setup-missing-heading = See leht vajab seadistuslinki
setup-missing = Avage saadud link tervikuna, sealhulgas #-märgile järgnev osa.
setup-error-heading = Linki ei õnnestunud kontrollida
setup-unknown-purpose = See link on mõeldud toiminguks, mida see leht ei toeta.
setup-invalid-help =
    Küsige administraatorilt uut linki. Serveri haldaja saab selle luua
    käsuga „assist-server admin setup-link“.

first-admin-heading = Looge oma asutus
first-admin-intro = Seadistage { -product-name } oma asutuse jaoks ja looge esimene administraatorikonto. Kolleegid saate kutsuda hiljem.
first-admin-organisation-legend = Asutus
first-admin-account-legend = Teie administraatorikonto
first-admin-submit = Loo asutus

reset-heading = Valige uus parool
reset-intro = Määrake kontole { $email } uus parool.
reset-intro-no-email = Määrake oma kontole uus parool.
reset-submit = Määra parool

## Sign-in page (/sign-in)

sign-in-page-title = Sisselogimine – { -product-name }
sign-in-heading = Logige sisse rakendusse { -product-name }
sign-in-intro = Kasutage oma konto e-posti aadressi ja parooli.
sign-in-submit = Logi sisse
field-second-factor-code = Autentimisrakenduse kood või taastekood
sign-in-sso = Logi sisse asutuse kontoga
sign-in-sso-needs-email = Sisestage esmalt oma e-posti aadress, et saaksime teie asutuse leida.
sign-in-sso-refused = Ühekordne sisselogimine ei loginud teid sisse. Kui teie kontol on oma parool, logige siin sellega sisse ja seejärel siduge ühekordne sisselogimine oma avalehel.
sign-in-or = või
sign-in-forgot = Unustasite parooli? Küsige oma asutuse administraatorilt taastelinki.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Asutus:
user-menu-label = Teie konto
home-heading = Sisse logitud kui { $name }

profile-heading = Teie profiil
profile-name = Nimi
profile-email = E-post
profile-job-title = Ametinimetus
profile-company = Ettevõte
profile-role = Roll
profile-not-set = Määramata
profile-edit = Muuda profiili
profile-form-label = Oma profiili muutmine
profile-save = Salvesta
profile-cancel = Tühista
profile-saved = Teie profiil on salvestatud.
profile-managed = Teie nime, ametinimetust ja ettevõtet haldab teie organisatsioon ühekordse sisselogimise kaudu. Nende muutmiseks pöörduge administraatori poole.
role-administrator = Administraator
role-member = Liige

picture-change = Muuda pilti
picture-hint = PNG- või JPEG-pilt, kuni 256 KB. Inimesed, keda abistate, näevad seda enne oma ekraani jagamist.
picture-uploading = Pildi üleslaadimine…
picture-updated = Teie pilt on värskendatud.
picture-wrong-type = Valige PNG- või JPEG-pilt.
picture-too-large = Pilt on suurem kui 256 KB. Valige väiksem pilt.

sessions-heading = Kus olete sisse logitud
sessions-intro = Brauserid, kus teie konto on sisse logitud. Logige välja neist, mida te ei tunne.
session-this-device = See seade
session-device = { $browser }, { $os }
session-device-unknown = Tundmatu brauser
session-signed-in = Sisse logitud: { $time }
session-last-active = Viimati aktiivne: { $time }
session-address = Aadressilt { $address }
session-sign-out = Logi välja
session-sign-out-label = Logi välja: { $device }
session-signed-out = Välja logitud: { $device }.

home-admin-link = Halduskonsool

## Home page: remote help

home-remote-help-heading = Kaugabi
home-help-someone-text = Alustage seanss ja andke inimesele turvakood.
home-help-someone = Abista kedagi
home-get-help-text = Kas abistaja andis teile turvakoodi? Sisestage see siia.
home-get-help = Küsi abi

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Ühekordne sisselogimine
home-sso-linked = Teie konto on seotud teie asutuse ühekordse sisselogimisega.
home-sso-not-linked = Teie konto ei ole seotud teie asutuse ühekordse sisselogimisega.
home-sso-link-intro = Sidumine võimaldab teil sisse logida asutuse kontoga.
home-sso-link = Seo ühekordne sisselogimine
home-sso-linking = Suunamine teie asutuse sisselogimislehele…
