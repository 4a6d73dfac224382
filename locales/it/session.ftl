# Messages of the remote help pages (Italian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Termina sessione
session-ended-heading = Sessione terminata
session-reconnecting = La connessione si è interrotta. Riconnessione in corso…
session-replaced = Questa sessione è stata aperta in un'altra finestra, quindi questa è stata interrotta.
session-connection-closed = La connessione al server è stata chiusa.
go-home = Torna alla home page

## The trust card: who is on the other side

trust-helper-heading = Il suo operatore
trust-sharer-heading = La persona che sta assistendo
trust-job-title = Qualifica
trust-company = Azienda
trust-domain = Dominio dell'organizzazione
trust-domain-verified = Verificato
trust-domain-unverified = Non verificato
trust-not-set = Non indicato

## The device the helper is about to help with

device-heading = Dispositivo
device-name = Nome
device-system = Sistema operativo
device-compliance = Conformità
device-compliant = Conforme
device-not-compliant = Non conforme
device-web-browser = La persona si è collegata da un browser web, quindi non è possibile identificare il dispositivo.
device-none = Nessuna informazione sul dispositivo.
warning-device-not-enrolled = Questo dispositivo non è registrato nell'organizzazione.
warning-device-not-enrolled-detail = La sua identità e il suo stato di sicurezza sono sconosciuti. Prestare attenzione a ciò che si apre o si digita su di esso.
warning-device-not-compliant = Questo dispositivo non soddisfa i criteri di conformità dell'organizzazione:

## Chat

chat-heading = Chat
chat-list-label = Messaggi
chat-input-label = Messaggio
chat-placeholder = Scrivere un messaggio…
chat-send = Invia
chat-you = Lei
chat-role-helper = Operatore
chat-role-sharer = Persona assistita
chat-sending = Invio in corso…
chat-too-long = Un messaggio può contenere al massimo { $max } caratteri.

## Helper console

helper-page-title = Assistenza remota – Assist
helper-page-title-org = Assistenza remota – { $organisation }
helper-start-heading = Avvia una sessione di assistenza remota
helper-start-intro = Si riceve un codice di sicurezza di 8 cifre. Comunicarlo alla persona da assistere, che lo immetterà per connettersi.
helper-device-label = Dispositivo (facoltativo)
helper-device-none = Nessun dispositivo specifico
helper-device-hint = Scegliere il dispositivo della persona, se noto: la sessione funzionerà solo su quel dispositivo e ne sarà visibile lo stato di conformità.
helper-start-button = Nuova sessione di assistenza remota
helper-start-another = Avvia un'altra sessione
helper-session-heading = Sessione di assistenza remota
helper-code-heading = Codice di sicurezza
helper-code-copy = Copia codice
helper-code-copied = Codice copiato.
helper-code-copy-failed = Impossibile copiare il codice. Leggerlo ad alta voce.
helper-code-expires-in = Scade tra { $time }
helper-code-expired = Il codice è scaduto.
helper-code-one-minute = Il codice di sicurezza scade tra un minuto.
helper-code-instructions = Chiedere alla persona di aprire { $address }, accedere e immettere questo codice.
helper-code-not-shown-again = Il codice di sicurezza viene mostrato una sola volta. Se la persona non si è ancora collegata, terminare questa sessione e avviarne una nuova.
helper-status-waiting = In attesa che la persona immetta il codice…
helper-status-joined = { $name } partecipa alla sessione. Chiedere di vedere lo schermo quando si è pronti.
helper-status-asked-view = In attesa che { $name } consenta di vedere lo schermo…
helper-status-asked-control = In attesa che { $name } consenta il controllo completo…
helper-status-connecting = Connessione allo schermo di { $name }…
helper-status-viewing = Sta vedendo lo schermo di { $name }.
helper-sharer-joined = { $name } partecipa ora alla sessione.
helper-request-declined = { $name } ha rifiutato la richiesta.
helper-granted-view = { $name } ha consentito di vedere lo schermo.
helper-granted-control = { $name } ha consentito il controllo completo.
helper-granted-view-only = { $name } ha consentito la sola visualizzazione.
helper-escalation-declined = { $name } ha mantenuto la sola visualizzazione.
helper-control-taken-back = { $name } ha ripreso il controllo. Lo schermo resta visibile.
helper-control-paused = { $name } ha sospeso il controllo remoto.
helper-control-resumed = { $name } ha restituito il controllo.
helper-connection-failed = Impossibile connettere lo schermo. Verificare la rete oppure terminare la sessione e riprovare.
helper-mode-heading = Di cosa ha bisogno?
helper-mode-hint = Richiedere la sola visualizzazione per osservare o il controllo completo per usare mouse e tastiera della persona. La decisione spetta alla persona.
helper-mode-web-hint = La persona usa un browser web, che può condividere lo schermo solo in visualizzazione. Il controllo completo richiede l'app Assist sul suo dispositivo.
helper-escalate-hint = È possibile richiedere il controllo completo; la persona deciderà di nuovo.
helper-request-view = Richiedi sola visualizzazione
helper-request-control = Richiedi controllo completo

## The remote screen in the helper console

viewer-heading = Schermo di { $name }
viewer-stage-label = Schermo remoto di { $name }
viewer-toolbar-label = Visualizzazione dello schermo
viewer-fit = Adatta alla finestra
viewer-actual-size = Dimensioni effettive
viewer-full-screen = Schermo intero
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Sola visualizzazione
viewer-mode-control = Controllo completo
viewer-mode-paused = Controllo sospeso
viewer-role-view = schermo remoto, sola visualizzazione
viewer-role-control = schermo remoto, mouse e tastiera agiscono sull'altro computer
viewer-hint-view = Lo schermo è visibile ma non utilizzabile.
viewer-hint-control = Fare clic sullo schermo per usarlo. Finché ha lo stato attivo, ogni tasto, scelte rapide incluse, viene inviato all'altro computer. Premere Ctrl+Alt+Home per tornare alla barra degli strumenti.

## Sharer web app

share-page-title = Ricevi assistenza – Assist
share-page-title-org = Ricevi assistenza – { $organisation }
share-join-heading = Ricevi assistenza
share-join-intro = Immettere il codice di sicurezza ricevuto dall'operatore. Prima che l'operatore possa vedere qualsiasi cosa, verrà mostrato chi è.
share-code-label = Codice di sicurezza
share-code-hint = 8 cifre, ad esempio 1234 5678.
share-code-invalid-format = Immettere le 8 cifre del codice di sicurezza.
share-join-button = Continua
share-join-another = Immetti un altro codice
share-session-heading = Assistenza remota
share-status-joined = Connessione stabilita con { $name }, che chiederà di vedere lo schermo.
share-status-asked = { $name } è in attesa di una risposta.
share-status-sharing = Sta condividendo lo schermo con { $name }.
share-request-view-heading = { $name } chiede di vedere lo schermo
share-request-view-text = { $name } vedrà tutto ciò che compare sullo schermo scelto, ma non potrà usare mouse e tastiera. È possibile interrompere in qualsiasi momento.
share-request-control-heading = { $name } chiede il controllo completo
share-request-control-text = Con il controllo completo, { $name } potrebbe usare il mouse e la tastiera di questo computer.
share-control-needs-app = Il controllo completo richiede l'app Assist su questo dispositivo. Nel browser è possibile condividere lo schermo solo in visualizzazione.
share-allow = Consenti
share-allow-view-only = Consenti sola visualizzazione
share-decline = Rifiuta
share-keep-view-only = Mantieni sola visualizzazione
share-picker-cancelled = Non è stato scelto alcuno schermo, quindi non viene condiviso nulla. Scegliere di nuovo Consenti per selezionare uno schermo, oppure Rifiuta.
share-capture-failed = Questo browser non è riuscito a condividere lo schermo. Provare con un altro browser oppure rifiutare.
share-reshare-heading = Lo schermo non è più condiviso
share-reshare-text = La pagina è stata ricaricata, quindi { $name } non vede più lo schermo. Condividerlo di nuovo oppure terminare la sessione.
share-reshare-button = Condividi di nuovo lo schermo
share-bar-label = Condivisione dello schermo
share-bar-text = Sta condividendo lo schermo con { $name }
share-stop = Interrompi condivisione
share-connection-failed = Impossibile inviare lo schermo. Verificare la rete oppure terminare la sessione e riprovare.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Ha terminato la sessione.
ended-helper-sharer-left = { $name } ha terminato la sessione.
ended-helper-helper-disconnected = La connessione è rimasta interrotta troppo a lungo, quindi la sessione è terminata.
ended-helper-sharer-disconnected = La connessione di { $name } si è interrotta e non è stata ripristinata, quindi la sessione è terminata.
ended-helper-code-expired = Nessuno ha immesso il codice prima della scadenza.
ended-helper-declined-timeout = { $name } non ha risposto alla richiesta in tempo.
ended-helper-revoked = Un amministratore ha terminato questa sessione.
ended-helper-policy = La sessione è terminata perché l'assistenza remota è stata disattivata per l'organizzazione.
ended-helper-access-withdrawn = La sessione è terminata perché l'accesso è cambiato: l'account, l'accesso effettuato o il ruolo di assistenza remota non consente più questa sessione.
ended-helper-other = La sessione è terminata.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } ha terminato la sessione.
ended-sharer-sharer-left = Ha terminato la sessione. Non viene più condiviso nulla.
ended-sharer-helper-disconnected = La connessione di { $name } si è interrotta e non è stata ripristinata, quindi la sessione è terminata.
ended-sharer-sharer-disconnected = La connessione è rimasta interrotta troppo a lungo, quindi la sessione è terminata.
ended-sharer-code-expired = Il codice è scaduto.
ended-sharer-declined-timeout = Non è stata data una risposta in tempo, quindi la sessione è terminata. Non è stato condiviso nulla.
ended-sharer-revoked = Un amministratore ha terminato questa sessione.
ended-sharer-policy = La sessione è terminata perché l'assistenza remota è stata disattivata per l'organizzazione.
ended-sharer-access-withdrawn = La sessione è terminata perché { $name } non è più autorizzato a fornire assistenza oppure l'accesso personale è cambiato. Non viene più condiviso nulla.
ended-sharer-other = La sessione è terminata.

## Refusals from the server

error-remote-help-disabled = L'assistenza remota è disattivata per l'organizzazione. Un amministratore può attivarla.
error-code-invalid = Questo codice non è valido. Controllare le cifre e riprovare.
error-code-expired = Questo codice è scaduto. Chiederne uno nuovo all'operatore.
error-code-used = Questo codice è già stato usato. Chiederne uno nuovo all'operatore.
error-unenrolled-device = L'organizzazione consente l'assistenza solo sui dispositivi registrati. Installare l'app Assist su questo dispositivo o rivolgersi all'amministratore.
error-wrong-device = Questa sessione è stata avviata per un altro dispositivo. Chiedere all'operatore un codice per questo dispositivo.
error-chat-disabled = La chat è disattivata per l'organizzazione.
error-invalid-transition = Operazione non possibile in questa fase della sessione.
error-session-ended = Questa sessione è già terminata.
error-control-needs-agent = Il controllo completo richiede l'app Assist sul dispositivo dell'altra persona.
error-session-not-found = Questa sessione non esiste oppure non se ne fa parte.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = L'account non può offrire assistenza remota: servono le autorizzazioni "Offrire assistenza remota" e "Visualizzare lo schermo". Chiedere a un amministratore dell'organizzazione di essere abilitati come operatore.
error-browser-sharing-not-allowed = L'organizzazione non consente di condividere lo schermo da un browser web. Installare l'app Assist su questo dispositivo e immettervi il codice, oppure rivolgersi all'help desk.
error-sharer-out-of-scope = Questo operatore non può fornire assistenza: il suo ruolo non comprende questa persona o questo dispositivo. Chiedere all'help desk chi può aiutare.
error-own-session = Questa sessione è stata avviata da questo account. Dare il codice alla persona da aiutare; lo immette per collegarsi.
error-helper-unavailable = L'operatore che ha fornito questo codice non può più aiutare. Chiedere un altro operatore all'help desk.
error-device-in-other-organisation = Questo dispositivo è registrato in un'altra organizzazione. Rivolgersi all'amministratore.
error-device-out-of-scope = Questo dispositivo è fuori dal ruolo di questo account: non è possibile fornire assistenza su di esso. Scegliere un altro dispositivo o nessuno.
error-chat-empty = Scrivere un messaggio prima di inviarlo.
error-chat-too-long = Questo messaggio è troppo lungo. Accorciarlo e inviarlo di nuovo.
error-chat-invalid-characters = Questo messaggio contiene caratteri di controllo invisibili che non possono essere inviati. Rimuoverli e riprovare.
helper-permission-heading = Non è ancora possibile offrire assistenza remota
helper-permission-text = Per offrire assistenza remota servono le autorizzazioni "Offrire assistenza remota" e "Visualizzare lo schermo", che questo account non ha.
helper-ask-admin = Chiedere a un amministratore di { $organisation } di modificarlo.
helper-disabled-heading = L'assistenza remota è disattivata
helper-disabled-text = L'organizzazione non ha attivato l'assistenza remota, quindi non è ancora possibile avviare sessioni.
helper-open-settings = Apri le impostazioni dell'organizzazione
helper-browser-note = L'organizzazione non consente la condivisione da un browser web: la persona da aiutare ha bisogno dell'app Assist su un dispositivo registrato.
helper-join-refused-heading = Qualcuno ha provato a collegarsi con questo codice
helper-join-refused-browser-sharing-not-allowed = È stato usato un browser web, e l'organizzazione non consente la condivisione da un browser. Chiedere alla persona di immettere lo stesso codice nell'app Assist: è ancora valido.
helper-join-refused-unenrolled-device = Il dispositivo non è registrato, e l'organizzazione consente l'assistenza solo sui dispositivi registrati. Chiedere alla persona di usare l'app Assist su un dispositivo registrato: il codice è ancora valido.
helper-join-refused-sharer-out-of-scope = Il ruolo di questo account non comprende quella persona o il suo dispositivo, quindi non ha potuto collegarsi. Affidarla a un operatore il cui ruolo la comprende, o chiedere a un amministratore di estendere il proprio.
helper-join-refused-wrong-device = È stato usato un dispositivo diverso da quello scelto per questa sessione. Chiedere alla persona di usare l'app Assist su quel dispositivo: il codice è ancora valido.
share-app-explained = L'app Assist è il programma dell'organizzazione per ricevere assistenza su questo computer. Con essa l'operatore può usare mouse e tastiera mentre si osserva, ed è possibile riprendere il controllo o interrompere in qualsiasi momento. Se non è installata, rivolgersi all'help desk.
share-app-download = Scarica l'app Assist

## Presence: the other person's connection dropped, or came back.
presence-away = La connessione di { $name } si è interrotta. In attesa del suo ritorno…
presence-grace-left = La sessione termina tra { $time } se non torna.
presence-nobody-sees = Nessuno può vedere lo schermo mentre è assente. La condivisione riprende al suo ritorno.
presence-end-now = Termina ora
presence-back = { $name } è tornato.
presence-back-reshare = { $name } è tornato e gli viene chiesto di condividere di nuovo lo schermo.
share-bar-paused-text = Nessuno vede lo schermo ora: la connessione di { $name } si è interrotta
