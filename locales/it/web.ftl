# Messages of the web app (Italian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Vai al contenuto principale
loading = Caricamento…
go-to-sign-in = Vai alla pagina di accesso
sign-out = Esci
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Lingua

## Form fields and checks

field-organisation-name = Nome dell'organizzazione
field-organisation-name-hint = Il nome con cui la conoscono i colleghi. Sarà possibile modificarlo in seguito.
field-full-name = Nome completo
field-full-name-hint = Viene mostrato alle persone che assiste, così sanno chi si sta collegando.
field-email = E-mail
field-job-title-optional = Qualifica (facoltativa)
field-company-optional = Azienda (facoltativa)
field-password = Password
field-new-password = Nuova password
field-confirm-password = Conferma password
password-hint = Almeno 12 caratteri. Alcune parole senza relazione tra loro formano una password sicura e facile da ricordare.
form-required = Questo campo è obbligatorio.
form-email-invalid = Immettere un indirizzo e-mail come nome@example.com.
form-fix-fields = Alcuni campi richiedono attenzione. Correggere i campi contrassegnati di seguito.
form-error-summary = Correggere questi campi:
password-too-short = La password deve contenere almeno { $min } caratteri.
password-too-long = La password può contenere al massimo { $max } caratteri.
password-mismatch = Le password non corrispondono. Digitare la stessa password in entrambi i campi.

## Errors from the server, by code

error-network = Impossibile raggiungere il server. Verificare la connessione e riprovare.
error-invalid-credentials = L'indirizzo e-mail o la password non sono corretti.
error-too-many-attempts = Troppi tentativi. Attendere qualche istante e riprovare.
error-too-many-attempts-wait = Troppi tentativi. Attendere { $seconds } secondi e riprovare.
error-setup-link-invalid = Questo collegamento non è più valido: potrebbe essere già stato usato o essere scaduto.
error-conflict = Questa operazione è in conflitto con un elemento già esistente.
error-email-taken = Esiste già un account con questo indirizzo e-mail.
error-unauthenticated = L'accesso non è stato effettuato o la sessione è terminata. Accedere di nuovo.
error-origin-mismatch = La richiesta è stata rifiutata perché non proviene da questo sito. Ricaricare la pagina e riprovare.
error-payload-too-large = I dati inviati sono troppo grandi.
error-forbidden = Non si dispone dell'autorizzazione per eseguire questa operazione.
error-timeout = Il server ha impiegato troppo tempo a rispondere. Riprovare.
error-unavailable = Il servizio non è temporaneamente disponibile. Riprovare tra qualche minuto.
error-internal = Si è verificato un errore sul server. Riprovare; se il problema persiste, contattare l'amministratore.
error-unexpected = Si è verificato un errore imprevisto. Riprovare.
error-second-factor-required = Immettere il codice dell'app di autenticazione o uno dei codici di ripristino.
error-invalid-second-factor = Il codice non è corretto o è già stato usato. Attendere un nuovo codice e riprovare.
error-sso-not-configured = L'organizzazione non offre l'accesso Single Sign-On per questo indirizzo e-mail. Accedere con la password.
error-profile-managed = La sua organizzazione gestisce nome, qualifica e azienda tramite il Single Sign-On, quindi solo un amministratore può modificarli.
error-sso-provider-unavailable = Impossibile raggiungere il servizio di accesso dell'organizzazione. Riprovare tra qualche minuto.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Il criterio di accesso condizionale "{ $policy }" dell'organizzazione non lo consente. Rivolgersi all'amministratore.

## Setup link page (/setup)

setup-page-title = Configurazione – { -product-name }
setup-checking-heading = Verifica del collegamento
setup-checking = Attendere mentre verifichiamo il collegamento…
setup-expires = Questo collegamento è valido fino a: { $time }.
setup-invalid-heading = Impossibile usare questo collegamento
setup-missing-heading = Questa pagina richiede un collegamento di configurazione
setup-missing = Aprire il collegamento completo ricevuto, inclusa la parte dopo il simbolo #.
setup-error-heading = Impossibile verificare il collegamento
setup-unknown-purpose = Questo collegamento è destinato a un'operazione non supportata da questa pagina.
setup-invalid-help =
    Chiedere un nuovo collegamento all'amministratore. Chi gestisce il server può generarne uno
    con il comando “assist-server admin setup-link”.

first-admin-heading = Creare l'organizzazione
first-admin-intro = Configurare { -product-name } per l'organizzazione e creare il primo account amministratore. Sarà possibile invitare i colleghi in seguito.
first-admin-organisation-legend = Organizzazione
first-admin-account-legend = Il suo account amministratore
first-admin-submit = Crea organizzazione

reset-heading = Scegliere una nuova password
reset-intro = Impostare una nuova password per { $email }.
reset-intro-no-email = Impostare una nuova password per l'account.
reset-submit = Imposta password

## Sign-in page (/sign-in)

sign-in-page-title = Accedi – { -product-name }
sign-in-heading = Accedi a { -product-name }
sign-in-intro = Usare l'indirizzo e-mail e la password dell'account.
sign-in-submit = Accedi
field-second-factor-code = Codice dell'app di autenticazione o codice di ripristino
sign-in-sso = Accedi con l'account dell'organizzazione
sign-in-sso-needs-email = Immettere prima l'indirizzo e-mail, così possiamo trovare l'organizzazione.
sign-in-sso-refused = L'accesso Single Sign-On non è riuscito. Se l'account ha una password propria, accedere qui con quella, quindi collegare il Single Sign-On dalla pagina iniziale.
sign-in-or = oppure
sign-in-forgot = Password dimenticata? Chiedere un collegamento di ripristino a un amministratore dell'organizzazione.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizzazione:
user-menu-label = Il suo account
home-heading = Accesso effettuato come { $name }

profile-heading = Il suo profilo
profile-name = Nome
profile-email = E-mail
profile-job-title = Qualifica
profile-company = Azienda
profile-role = Ruolo
profile-not-set = Non impostato
profile-edit = Modifica profilo
profile-form-label = Modifica del suo profilo
profile-save = Salva
profile-cancel = Annulla
profile-saved = Il suo profilo è stato salvato.
profile-managed = La sua organizzazione gestisce nome, qualifica e azienda tramite il Single Sign-On. Per modificarli, si rivolga all’amministratore.
role-administrator = Amministratore
role-member = Membro

picture-change = Cambia immagine
picture-hint = Un'immagine PNG o JPEG di massimo 256 KB. Le persone che assiste la vedono prima di condividere lo schermo.
picture-uploading = Caricamento dell'immagine…
picture-updated = L'immagine è stata aggiornata.
picture-wrong-type = Scegliere un'immagine PNG o JPEG.
picture-too-large = L'immagine supera 256 KB. Scegliere un'immagine più piccola.

sessions-heading = Dove è stato effettuato l'accesso
sessions-intro = Browser in cui è stato effettuato l'accesso con il suo account. Disconnettere quelli che non si riconoscono.
session-this-device = Questo dispositivo
session-device = { $browser } su { $os }
session-device-unknown = Browser sconosciuto
session-signed-in = Accesso: { $time }
session-last-active = Ultima attività: { $time }
session-address = Dall'indirizzo { $address }
session-sign-out = Esci
session-sign-out-label = Esci su { $device }
session-signed-out = Disconnessione da { $device } eseguita.

home-admin-link = Console di amministrazione

## Home page: remote help

home-remote-help-heading = Assistenza remota
home-help-someone-text = Avviare una sessione e comunicare il codice di sicurezza alla persona.
home-help-someone = Assisti qualcuno
home-get-help-text = L'operatore le ha fornito un codice di sicurezza? Immetterlo qui.
home-get-help = Ricevi assistenza

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Single Sign-On
home-sso-linked = L'account è collegato al Single Sign-On dell'organizzazione.
home-sso-not-linked = L'account non è collegato al Single Sign-On dell'organizzazione.
home-sso-link-intro = Il collegamento consente di accedere con l'account dell'organizzazione.
home-sso-link = Collega Single Sign-On
home-sso-linking = Apertura della pagina di accesso dell'organizzazione…
