# Messages of the web app (Latvian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Pāriet uz galveno saturu
loading = Notiek ielāde…
go-to-sign-in = Doties uz pierakstīšanās lapu
sign-out = Izrakstīties
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Valoda

## Form fields and checks

field-organisation-name = Organizācijas nosaukums
field-organisation-name-hint = Nosaukums, ar kuru to pazīst jūsu kolēģi. Vēlāk to var mainīt.
field-full-name = Pilns vārds
field-full-name-hint = Tiek rādīts cilvēkiem, kuriem palīdzat, lai viņi zinātu, kas izveido savienojumu.
field-email = E-pasts
field-job-title-optional = Amats (neobligāti)
field-company-optional = Uzņēmums (neobligāti)
field-password = Parole
field-new-password = Jaunā parole
field-confirm-password = Apstipriniet paroli
password-hint = Vismaz 12 rakstzīmes. Daži savstarpēji nesaistīti vārdi veido stipru paroli, ko ir viegli atcerēties.
form-required = Šis lauks ir obligāts.
form-email-invalid = Ievadiet e-pasta adresi, piemēram, name@example.com.
form-fix-fields = Dažiem laukiem jāpievērš uzmanība. Lūdzu, izlabojiet tālāk atzīmētos laukus.
form-error-summary = Lūdzu, izlabojiet šos laukus:
password-too-short =
    { $min ->
        [zero] Parolē jābūt vismaz { $min } rakstzīmēm.
        [one] Parolē jābūt vismaz { $min } rakstzīmei.
       *[other] Parolē jābūt vismaz { $min } rakstzīmēm.
    }
password-too-long =
    { $max ->
        [zero] Parolē drīkst būt ne vairāk kā { $max } rakstzīmes.
        [one] Parolē drīkst būt ne vairāk kā { $max } rakstzīme.
       *[other] Parolē drīkst būt ne vairāk kā { $max } rakstzīmes.
    }
password-mismatch = Paroles nesakrīt. Abos laukos ierakstiet vienu un to pašu paroli.

## Errors from the server, by code

error-network = Nevarēja sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
error-invalid-credentials = E-pasta adrese vai parole nav pareiza.
error-too-many-attempts = Pārāk daudz mēģinājumu. Lūdzu, brīdi uzgaidiet un mēģiniet vēlreiz.
error-too-many-attempts-wait = Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } s un mēģiniet vēlreiz.
error-setup-link-invalid = Šī saite vairs nav derīga: iespējams, tā jau ir izmantota vai tās derīguma termiņš ir beidzies.
error-conflict = Tas ir pretrunā ar kaut ko, kas jau pastāv.
error-email-taken = Konts ar šo e-pasta adresi jau pastāv.
error-unauthenticated = Pierakstīšanās nav veikta, vai jūsu sesija ir beigusies. Lūdzu, pierakstieties vēlreiz.
error-origin-mismatch = Pieprasījums tika noraidīts, jo tas netika nosūtīts no šīs vietnes. Pārlādējiet lapu un mēģiniet vēlreiz.
error-payload-too-large = Nosūtītie dati ir pārāk lieli.
error-forbidden = Jums nav atļaujas to darīt.
error-timeout = Serveris pārāk ilgi neatbildēja. Lūdzu, mēģiniet vēlreiz.
error-unavailable = Pakalpojums īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
error-internal = Serverī radās kļūda. Lūdzu, mēģiniet vēlreiz; ja tā atkārtojas, informējiet savu administratoru.
error-unexpected = Radās neparedzēta kļūda. Lūdzu, mēģiniet vēlreiz.
error-second-factor-required = Ievadiet kodu no autentifikatora lietotnes vai kādu no saviem atkopšanas kodiem.
error-invalid-second-factor = Šis kods nav pareizs vai jau ir izmantots. Uzgaidiet jaunu kodu un mēģiniet vēlreiz.
error-sso-not-configured = Jūsu organizācija nepiedāvā vienoto pierakstīšanos šai e-pasta adresei. Pierakstieties ar paroli.
error-profile-managed = Jūsu vārdu, amatu un uzņēmumu pārvalda jūsu organizācija, izmantojot vienoto pierakstīšanos, tāpēc tos var mainīt tikai administrators.
error-sso-provider-unavailable = Nevarēja sazināties ar jūsu organizācijas pierakstīšanās pakalpojumu. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Jūsu organizācijas nosacījumpiekļuves politika “{ $policy }” to neļauj. Vērsieties pie administratora.

## Setup link page (/setup)

setup-page-title = Iestatīšana – { -product-name }
setup-checking-heading = Notiek saites pārbaude
setup-checking = Lūdzu, uzgaidiet, kamēr pārbaudām jūsu saiti…
setup-expires = Šī saite ir derīga līdz { $time }.
setup-invalid-heading = Šo saiti nevar izmantot
setup-missing-heading = Šai lapai nepieciešama iestatīšanas saite
setup-missing = Atveriet visu saņemto saiti, ieskaitot daļu aiz zīmes #.
setup-error-heading = Saiti nevarēja pārbaudīt
setup-unknown-purpose = Šī saite ir paredzēta kaut kam, ko šī lapa neatbalsta.
setup-invalid-help =
    Lūdziet administratoram jaunu saiti. Servera uzturētājs to var izveidot
    ar komandu „assist-server admin setup-link”.

first-admin-heading = Izveidojiet savu organizāciju
first-admin-intro = Iestatiet { -product-name } savai organizācijai un izveidojiet pirmo administratora kontu. Kolēģus varēsiet uzaicināt vēlāk.
first-admin-organisation-legend = Organizācija
first-admin-account-legend = Jūsu administratora konts
first-admin-submit = Izveidot organizāciju

reset-heading = Izvēlieties jaunu paroli
reset-intro = Iestatiet jaunu paroli kontam { $email }.
reset-intro-no-email = Iestatiet jaunu paroli savam kontam.
reset-submit = Iestatīt paroli

## Sign-in page (/sign-in)

sign-in-page-title = Pierakstīšanās – { -product-name }
sign-in-heading = Pierakstīšanās pakalpojumā { -product-name }
sign-in-intro = Izmantojiet sava konta e-pasta adresi un paroli.
sign-in-submit = Pierakstīties
field-second-factor-code = Autentifikatora kods vai atkopšanas kods
sign-in-sso = Pierakstīties ar organizācijas kontu
sign-in-sso-needs-email = Vispirms ievadiet savu e-pasta adresi, lai mēs varētu atrast jūsu organizāciju.
sign-in-sso-refused = Vienotā pierakstīšanās jūs nepierakstīja. Ja jūsu kontam ir sava parole, pierakstieties ar to šeit un pēc tam sasaistiet vienoto pierakstīšanos savā sākumlapā.
sign-in-or = vai
sign-in-forgot = Aizmirsāt paroli? Lūdziet atkopšanas saiti savas organizācijas administratoram.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizācija:
user-menu-label = Jūsu konts
home-heading = Pierakstīts kā { $name }

profile-heading = Jūsu profils
profile-name = Vārds
profile-email = E-pasts
profile-job-title = Amats
profile-company = Uzņēmums
profile-role = Loma
profile-not-set = Nav iestatīts
profile-edit = Rediģēt profilu
profile-form-label = Jūsu profila rediģēšana
profile-save = Saglabāt
profile-cancel = Atcelt
profile-saved = Jūsu profils ir saglabāts.
profile-managed = Jūsu vārdu, amatu un uzņēmumu pārvalda jūsu organizācija, izmantojot vienoto pierakstīšanos. Lai tos mainītu, vērsieties pie administratora.
role-administrator = Administrators
role-member = Dalībnieks

picture-change = Mainīt attēlu
picture-hint = PNG vai JPEG attēls, ne lielāks par 256 KB. Cilvēki, kuriem palīdzat, to redz, pirms kopīgo savu ekrānu.
picture-uploading = Notiek attēla augšupielāde…
picture-updated = Jūsu attēls ir atjaunināts.
picture-wrong-type = Izvēlieties PNG vai JPEG attēlu.
picture-too-large = Attēls ir lielāks par 256 KB. Izvēlieties mazāku attēlu.

sessions-heading = Kur ir pierakstīts jūsu konts
sessions-intro = Pārlūkprogrammas, kurās ir pierakstīts jūsu konts. Izrakstieties no tām, kuras neatpazīstat.
session-this-device = Šī ierīce
session-device = { $browser } operētājsistēmā { $os }
session-device-unknown = Nezināma pārlūkprogramma
session-signed-in = Pierakstījās: { $time }
session-last-active = Pēdējā aktivitāte: { $time }
session-address = No adreses { $address }
session-sign-out = Izrakstīties
session-sign-out-label = Izrakstīties ierīcē { $device }
session-signed-out = Izrakstīšanās ierīcē { $device } ir veikta.

home-admin-link = Administrēšanas konsole

## Home page: remote help

home-remote-help-heading = Attālā palīdzība
home-help-someone-text = Sāciet sesiju un pasakiet personai drošības kodu.
home-help-someone = Palīdzēt kādam
home-get-help-text = Palīdzētājs jums iedeva drošības kodu? Ievadiet to šeit.
home-get-help = Saņemt palīdzību

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Vienotā pierakstīšanās
home-sso-linked = Jūsu konts ir sasaistīts ar jūsu organizācijas vienoto pierakstīšanos.
home-sso-not-linked = Jūsu konts nav sasaistīts ar jūsu organizācijas vienoto pierakstīšanos.
home-sso-link-intro = Sasaiste ļauj jums pierakstīties ar organizācijas kontu.
home-sso-link = Sasaistīt vienoto pierakstīšanos
home-sso-linking = Notiek pāreja uz jūsu organizācijas pierakstīšanās lapu…
