# Messages of the web app (Romanian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Salt la conținutul principal
loading = Se încarcă…
go-to-sign-in = Accesați pagina de conectare
sign-out = Deconectare
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Limbă

## Form fields and checks

field-organisation-name = Numele organizației
field-organisation-name-hint = Numele sub care o cunosc colegii dvs. Îl puteți modifica ulterior.
field-full-name = Nume complet
field-full-name-hint = Afișat persoanelor pe care le ajutați, ca să știe cine se conectează.
field-email = E-mail
field-job-title-optional = Funcție (opțional)
field-company-optional = Companie (opțional)
field-password = Parolă
field-new-password = Parolă nouă
field-confirm-password = Confirmați parola
password-hint = Cel puțin 12 caractere. Câteva cuvinte fără legătură între ele formează o parolă puternică, ușor de reținut.
form-required = Acest câmp este obligatoriu.
form-email-invalid = Introduceți o adresă de e-mail, de exemplu nume@example.com.
form-fix-fields = Unele câmpuri necesită atenție. Corectați câmpurile marcate mai jos.
form-error-summary = Corectați aceste câmpuri:
password-too-short = Parola trebuie să aibă cel puțin { $min } caractere.
password-too-long = Parola poate avea cel mult { $max } caractere.
password-mismatch = Parolele nu coincid. Introduceți aceeași parolă în ambele câmpuri.

## Errors from the server, by code

error-network = Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.
error-invalid-credentials = Adresa de e-mail sau parola nu este corectă.
error-too-many-attempts = Prea multe încercări. Așteptați puțin și încercați din nou.
error-too-many-attempts-wait = Prea multe încercări. Așteptați { $seconds } secunde și încercați din nou.
error-setup-link-invalid = Acest link nu mai este valid: este posibil să fi fost deja folosit sau să fi expirat.
error-conflict = Acest lucru intră în conflict cu un element care există deja.
error-email-taken = Există deja un cont cu această adresă de e-mail.
error-unauthenticated = Nu sunteți conectat sau sesiunea dvs. s-a încheiat. Conectați-vă din nou.
error-origin-mismatch = Solicitarea a fost refuzată deoarece nu provine de pe acest site. Reîncărcați pagina și încercați din nou.
error-payload-too-large = Datele trimise sunt prea mari.
error-forbidden = Nu aveți permisiunea de a face acest lucru.
error-timeout = Serverul a răspuns prea târziu. Încercați din nou.
error-unavailable = Serviciul este temporar indisponibil. Încercați din nou peste câteva minute.
error-internal = A apărut o eroare pe server. Încercați din nou; dacă problema persistă, anunțați administratorul.
error-unexpected = A apărut o eroare neașteptată. Încercați din nou.
error-second-factor-required = Introduceți codul din aplicația de autentificare sau unul dintre codurile de recuperare.
error-invalid-second-factor = Codul nu este corect sau a fost deja folosit. Așteptați un cod nou și încercați din nou.
error-sso-not-configured = Organizația dvs. nu oferă autentificare unică pentru această adresă de e-mail. Conectați-vă cu parola.
error-profile-managed = Organizația dvs. gestionează numele, funcția și compania dvs. prin autentificarea unică, așa că doar un administrator le poate modifica.
error-sso-provider-unavailable = Serviciul de conectare al organizației dvs. nu a putut fi contactat. Încercați din nou peste câteva minute.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Politica de acces condiționat „{ $policy }” a organizației dvs. nu permite acest lucru. Adresați-vă administratorului.

## Setup link page (/setup)

setup-page-title = Configurare – { -product-name }
setup-checking-heading = Se verifică linkul
setup-checking = Așteptați puțin cât verificăm linkul…
setup-expires = Acest link este valid până la { $time }.
setup-invalid-heading = Acest link nu poate fi folosit
setup-missing-heading = Această pagină necesită un link de configurare
setup-missing = Deschideți linkul complet pe care l-ați primit, inclusiv partea de după semnul #.
setup-error-heading = Linkul nu a putut fi verificat
setup-unknown-purpose = Acest link este destinat unei operațiuni pe care această pagină nu o acceptă.
setup-invalid-help =
    Cereți administratorului un link nou. Persoana care administrează serverul poate genera unul
    cu comanda „assist-server admin setup-link”.

first-admin-heading = Creați organizația
first-admin-intro = Configurați { -product-name } pentru organizația dvs. și creați primul cont de administrator. Ulterior îi puteți invita pe colegi.
first-admin-organisation-legend = Organizație
first-admin-account-legend = Contul dvs. de administrator
first-admin-submit = Creați organizația

reset-heading = Alegeți o parolă nouă
reset-intro = Setați o parolă nouă pentru { $email }.
reset-intro-no-email = Setați o parolă nouă pentru contul dvs.
reset-submit = Setați parola

## Sign-in page (/sign-in)

sign-in-page-title = Conectare – { -product-name }
sign-in-heading = Conectați-vă la { -product-name }
sign-in-intro = Folosiți adresa de e-mail și parola contului dvs.
sign-in-submit = Conectare
field-second-factor-code = Cod de autentificare sau cod de recuperare
sign-in-sso = Conectați-vă cu contul organizației
sign-in-sso-needs-email = Introduceți mai întâi adresa de e-mail, ca să putem găsi organizația dvs.
sign-in-sso-refused = Autentificarea unică nu v-a conectat. Dacă contul dvs. are o parolă proprie, conectați-vă cu ea aici, apoi asociați autentificarea unică din pagina dvs. de pornire.
sign-in-or = sau
sign-in-forgot = Ați uitat parola? Cereți un link de recuperare unui administrator al organizației dvs.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizație:
user-menu-label = Contul dvs.
home-heading = Conectat ca { $name }

profile-heading = Profilul dvs.
profile-name = Nume
profile-email = E-mail
profile-job-title = Funcție
profile-company = Companie
profile-role = Rol
profile-not-set = Nesetat
profile-edit = Editați profilul
profile-form-label = Editarea profilului dvs.
profile-save = Salvați
profile-cancel = Anulați
profile-saved = Profilul dvs. a fost salvat.
profile-managed = Organizația dvs. gestionează numele, funcția și compania dvs. prin autentificarea unică. Pentru a le modifica, adresați-vă administratorului.
role-administrator = Administrator
role-member = Membru

picture-change = Schimbați fotografia
picture-hint = O imagine PNG sau JPEG de cel mult 256 KB. Persoanele pe care le ajutați o văd înainte de a-și partaja ecranul.
picture-uploading = Se încarcă fotografia…
picture-updated = Fotografia dvs. a fost actualizată.
picture-wrong-type = Alegeți o imagine PNG sau JPEG.
picture-too-large = Fotografia depășește 256 KB. Alegeți o imagine mai mică.

sessions-heading = Unde sunteți conectat
sessions-intro = Browserele în care contul dvs. este conectat. Deconectați-le pe cele pe care nu le recunoașteți.
session-this-device = Acest dispozitiv
session-device = { $browser } pe { $os }
session-device-unknown = Browser necunoscut
session-signed-in = Conectare: { $time }
session-last-active = Ultima activitate: { $time }
session-address = De la adresa { $address }
session-sign-out = Deconectare
session-sign-out-label = Deconectare de pe { $device }
session-signed-out = V-ați deconectat de pe { $device }.

home-admin-link = Consola de administrare

## Home page: remote help

home-remote-help-heading = Asistență la distanță
home-help-someone-text = Începeți o sesiune și comunicați persoanei codul de securitate.
home-help-someone = Ajutați pe cineva
home-get-help-text = Ați primit un cod de securitate de la asistent? Introduceți-l aici.
home-get-help = Obțineți ajutor

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Autentificare unică
home-sso-linked = Contul dvs. este asociat cu autentificarea unică a organizației.
home-sso-not-linked = Contul dvs. nu este asociat cu autentificarea unică a organizației.
home-sso-link-intro = Asocierea vă permite să vă conectați cu contul organizației.
home-sso-link = Asociați autentificarea unică
home-sso-linking = Se deschide pagina de conectare a organizației…
