# Messages of the Assist app (Italian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: condivisione dello schermo in corso
agent-starting = Avvio in corso…
# Shown after the person submitted a form, until the server answers.
agent-working = Attendere…

## Signing in

agent-sign-in-heading = Accedere per ricevere assistenza
agent-email = E-mail
agent-password = Password
agent-sign-in = Accedi
agent-sign-in-sso = Accedi con Single Sign-On
agent-second-factor-heading = Secondo passaggio dell'accesso
agent-second-factor = Codice dell'app di autenticazione
agent-second-factor-hint = Immettere il codice mostrato dall'app di autenticazione o uno dei codici di ripristino.
agent-continue = Continua
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = L'accesso prosegue nel browser web. Se il browser non si è aperto, andare a: { $url }

## The security code the helper gives

agent-code-heading = Immettere il codice di sicurezza
agent-code-hint = L'operatore le fornirà un codice di sicurezza di 8 cifre.
agent-code = Codice di sicurezza
agent-connect = Connetti

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Il suo operatore
agent-trust-name = Nome
agent-trust-job-title = Qualifica
agent-trust-company = Azienda
agent-trust-domain = Dominio e-mail
# Shown instead of an empty job title or company.
agent-trust-not-given = non indicato
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (dominio verificato)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (dominio NON verificato)
agent-trust-not-enrolled = Questo dispositivo non è registrato nell'organizzazione; l'operatore ne viene informato.
# $name: the helper's full name.
agent-waiting-for-request = In attesa che { $name } chieda di vedere lo schermo. Non viene condiviso nulla finché non lo si consente.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } chiede il controllo completo (mouse e tastiera).
agent-request-view = { $name } chiede di vedere lo schermo.
agent-allow = Consenti
agent-allow-view-only = Consenti sola visualizzazione
agent-decline = Rifiuta

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Condivisione con { $name }: controllo completo
agent-sharing-view = Condivisione con { $name }: sola visualizzazione
agent-sharing-paused = Condivisione con { $name }: controllo interrotto
agent-stop-control = Interrompi controllo
agent-give-control-back = Restituisci controllo
agent-end-session = Termina sessione

## Chat

agent-chat-heading = Chat
agent-chat-input = Messaggio
agent-chat-send = Invia
# The writer's name shown for the person's own messages.
agent-chat-you = Lei

## Notices

agent-helper-away = La connessione di { $name } si è interrotta. In attesa del ritorno…
agent-helper-away-time = La sessione terminerà tra { $time } se la connessione non viene ripristinata.
agent-helper-away-unseen = Nel frattempo nessuno può vedere o controllare lo schermo.
agent-end-now = Termina ora
agent-helper-back = La connessione di { $name } è stata ripristinata.
agent-notice-server-lost = Impossibile raggiungere il server. Controllo interrotto.
agent-notice-server-back = Il server è di nuovo raggiungibile. Il controllo resta interrotto finché non viene restituito.
agent-notice-connection-lost = La connessione con l'operatore si è interrotta. Controllo interrotto.
agent-notice-connected = Connessione stabilita: l'operatore vede lo schermo.
agent-notice-control-stopped = Controllo interrotto: l'operatore non può più usare il mouse e la tastiera.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = È disponibile una versione più recente dell'app { -product-name }: { $version }
agent-update-required = Questa versione dell'app { -product-name } non è aggiornata e, prima di poter condividere lo schermo, deve essere aggiornata alla versione { $version }
# $url: where to download the newer app.
agent-update-download = Scaricarla da { $url }

## The end of the session

agent-ended-heading = Sessione terminata
agent-ended = Sessione terminata.
agent-ended-helper-left = Sessione terminata: l'ha terminata l'operatore.
agent-ended-sharer-left = Sessione terminata: l'ha terminata Lei.
agent-ended-sharer-disconnected = Sessione terminata: la connessione si è interrotta e non è stata ripristinata in tempo.
agent-ended-helper-disconnected = Sessione terminata: la connessione dell'operatore si è interrotta e non è stata ripristinata in tempo.
agent-ended-code-expired = Sessione terminata: il codice di sicurezza è scaduto.
agent-ended-declined-timeout = Sessione terminata: la richiesta non ha ricevuto risposta in tempo.
agent-ended-revoked = Sessione terminata: è stata interrotta da un amministratore.
agent-ended-policy = Sessione terminata: è stata interrotta da una regola dell'organizzazione.
agent-ended-access-withdrawn = Sessione terminata: l'operatore non è più autorizzato a fornire assistenza oppure è stato revocato l'accesso personale.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sessione terminata: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Questo dispositivo non è registrato, e l'organizzazione consente l'assistenza solo sui dispositivi registrati. Chiedere all'amministratore di registrarlo.
agent-close = Chiudi

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = E-mail:
agent-terminal-password = Password (lasciare vuoto per il Single Sign-On):
agent-terminal-second-factor = Codice dell'app di autenticazione:
agent-terminal-code = Codice di sicurezza:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [c]onsenti, sola [v]isualizzazione, [r]ifiuta:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [c]onsenti, [r]ifiuta:
# One lowercase letter each, all three different.
agent-terminal-key-allow = c
agent-terminal-key-view-only = v
agent-terminal-key-decline = r
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Comandi: /stop riprende il controllo, /resume lo restituisce, /end termina la sessione; qualsiasi altra riga viene inviata come messaggio di chat.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Digitare /resume per restituire il controllo.
agent-terminal-end-now-hint = Digitare /end per terminare subito la sessione.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Comando sconosciuto: { $command }. /help elenca i comandi; per inviare un messaggio di chat che inizia con /, iniziare la riga con //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Questa versione dell'app { -product-name } è troppo vecchia per l'organizzazione. Aggiornarla e riprovare.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Accesso effettuato. È possibile chiudere questa scheda e tornare all'app { -product-name }.
agent-sso-browser-failed = L'accesso Single Sign-On non è riuscito. Tornare all'app { -product-name } per scoprirne il motivo.
