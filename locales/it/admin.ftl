# Messages of the admin console (/admin), Italian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Console di amministrazione – { -product-name }
admin-page-title = { $section } – Console di amministrazione – { $organisation }
admin-console-name = Console di amministrazione
admin-back-home = Torna alla home
admin-nav-label = Console di amministrazione
admin-nav-group-people = Persone
admin-nav-group-access = Accesso
admin-nav-group-devices = Dispositivi
admin-nav-group-organisation = Organizzazione
admin-nav-group-activity = Attività

admin-denied-title = Nessun accesso – { -product-name }
admin-denied-heading = Non si dispone dell'autorizzazione per usare la console di amministrazione
admin-denied-text = L'account può usare { -product-name }, ma non è autorizzato a gestire l'organizzazione.
admin-denied-help = Per gestire utenti, dispositivi o impostazioni, chiedere a un amministratore dell'organizzazione di assegnare un ruolo con tali autorizzazioni.

## Shared words

admin-save = Salva
admin-cancel = Annulla
admin-done = Fine
admin-edit = Modifica
admin-delete = Elimina
admin-remove = Rimuovi
admin-revoke = Revoca
admin-manage = Gestisci
admin-copy = Copia
admin-refresh = Aggiorna
admin-search = Cerca
admin-apply-filters = Applica filtri
admin-clear-filters = Cancella filtri
admin-export-csv = Esporta CSV
admin-filter-any = Qualsiasi
admin-filter-anyone = Chiunque
admin-filter-any-device = Qualsiasi dispositivo
admin-not-set = Non impostato
admin-never = Mai
admin-no-changes = Nulla da salvare: nessun campo è stato modificato.
admin-name-taken = Questo nome è già in uso. Sceglierne un altro.
admin-number-range = Immettere un numero intero compreso tra { $min } e { $max }.
admin-error-refused = Il server ha rifiutato l'operazione: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Non è possibile usare questa sezione: richiede l'autorizzazione "{ $permission }" su tutta l'organizzazione (tutti gli utenti e tutti i dispositivi), e i ruoli di questo account non la concedono in modo così ampio.
admin-section-denied-ask = Chiedere a un amministratore di { $organisation } di concederla su tutta l'organizzazione.
admin-choose-user = Scegliere una persona…
admin-choose-user-first = Scegliere prima una persona.
admin-choose-device = Scegliere un dispositivo…
admin-choose-device-first = Scegliere prima un dispositivo.
admin-choose-role = Scegliere un ruolo…
admin-no-devices-yet = Nessun dispositivo ancora registrato
admin-unknown-user = Utente sconosciuto
admin-unknown-group = Gruppo sconosciuto
admin-unknown-role = Ruolo sconosciuto

admin-page-previous = Pagina precedente
admin-page-next = Pagina successiva
admin-page-number = Pagina { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } finora

## Table column headings

admin-column-name = Nome
admin-column-email = E-mail
admin-column-job-title = Qualifica
admin-column-company = Azienda
admin-column-role = Ruolo
admin-column-status = Stato
admin-column-actions = Azioni
admin-column-description = Descrizione
admin-column-members = Membri
admin-column-created = Data di creazione
admin-column-permissions = Autorizzazioni
admin-column-member-groups = Assegnato a
admin-column-scope = Ambito
admin-column-state = Stato
admin-column-targets = Si applica a
admin-column-conditions = Condizioni
admin-column-grant = Azione
admin-column-device = Dispositivo
admin-column-platform = Sistema operativo
admin-column-primary-user = Utente primario
admin-column-agent = Versione dell'agente
admin-column-enrollment = Registrazione
admin-column-compliance = Conformità
admin-column-last-check-in = Ultima sincronizzazione
admin-column-uses = Dispositivi registrati
admin-column-expires = Scadenza
admin-column-rules = Regole
admin-column-helper = Operatore
admin-column-sharer = Persona assistita
admin-column-access = Accesso concesso
admin-column-started = Inizio
admin-column-duration = Durata
admin-column-outcome = Esito
admin-column-chat = Messaggi di chat
admin-column-time = Ora
admin-column-actor = Chi
admin-column-action = Azione
admin-column-target = Oggetto
admin-column-detail = Dettagli

## Users

admin-users-title = Utenti
admin-users-intro = Le persone dell'organizzazione che possono accedere a { -product-name } e i loro profili, così come li vedono le persone che assistono.
admin-users-search = Cerca per nome, e-mail, qualifica o azienda
admin-users-search-label = Cerca utenti
admin-users-pages = Pagine di utenti
admin-users-search-summary =
    { $count ->
        [0] Nessun utente di questa pagina corrisponde a “{ $term }”.
        [one] Un utente corrisponde a “{ $term }”.
        [many] { $count } di utenti corrispondono a “{ $term }”.
       *[other] { $count } utenti corrispondono a “{ $term }”.
    }
admin-users-none-found = Nessun utente corrisponde a “{ $term }”.
admin-users-empty = Non ci sono ancora utenti.
admin-user-create = Crea utente
admin-user-create-title = Crea un utente
admin-user-create-submit = Crea utente
admin-user-created = Utente { $name } creato.
admin-user-job-title = Qualifica (facoltativa)
admin-user-company = Azienda (facoltativa)
admin-user-initial-password = Password iniziale (facoltativa)
admin-user-initial-password-hint = Almeno 12 caratteri. Senza password, la persona può accedere solo con Single Sign-On o con un collegamento di ripristino.
admin-user-is-admin = Amministratore dell'organizzazione
admin-user-is-admin-hint = Gli amministratori possono fare tutto, indipendentemente dai ruoli assegnati.
admin-user-edit-title = Modifica { $name }
admin-user-edit-label = Modifica { $name }
admin-user-email-fixed = L'indirizzo e-mail identifica l'account e non può essere modificato qui.
admin-user-disabled = Accesso disabilitato
admin-user-disabled-hint = Disabilitando l'accesso si terminano anche le sessioni dell'utente e si revocano i suoi token API.
admin-user-new-password = Nuova password (facoltativa)
admin-user-new-password-hint = Lasciare vuoto per mantenere la password attuale. Impostandone una nuova, l'utente viene disconnesso ovunque.
admin-user-saved = Modifiche a { $name } salvate.
admin-user-status-active = Attivo
admin-user-status-disabled = Accesso disabilitato
admin-user-delete-label = Elimina { $name }
admin-user-delete-title = Eliminare { $name }?
admin-user-delete-text = L'account { $email } verrà eliminato e disconnesso ovunque. Questa operazione non può essere annullata.
admin-user-delete-confirm = Elimina utente
admin-user-deleted = Utente { $name } eliminato.
admin-user-picture = Immagine del profilo
admin-user-picture-choose = Carica immagine
admin-user-picture-remove = Rimuovi immagine
admin-user-picture-hint = Un'immagine PNG o JPEG di massimo 256 KB. La modifica è immediata; le persone assistite la vedono prima di condividere lo schermo.
admin-user-picture-uploading = Caricamento dell'immagine…
admin-user-picture-updated = Immagine di { $name } aggiornata.
admin-user-picture-removed = Immagine di { $name } rimossa.

## Groups

admin-groups-title = Gruppi
admin-groups-intro = I gruppi raccolgono persone e dispositivi. Le assegnazioni di ruolo conferiscono ruoli ai membri dei gruppi, su altri gruppi.
admin-groups-pages = Pagine di gruppi
admin-groups-empty = Non ci sono ancora gruppi. Crearne uno per assegnare ruoli ai suoi membri.
admin-groups-back = Tutti i gruppi
admin-group-create = Crea gruppo
admin-group-create-title = Crea un gruppo
admin-group-create-submit = Crea gruppo
admin-group-created = Gruppo { $name } creato.
admin-group-name = Nome del gruppo
admin-group-description = Descrizione (facoltativa)
admin-group-description-hint = Lo scopo del gruppo, ad esempio “Personale dell'help desk di Berlino”.
admin-group-member-count =
    { $count ->
        [0] Nessun membro
        [one] 1 membro
        [many] { $count } di membri
       *[other] { $count } membri
    }
admin-group-manage-label = Gestisci il gruppo { $name }
admin-group-delete = Elimina gruppo
admin-group-delete-label = Elimina il gruppo { $name }
admin-group-delete-title = Eliminare il gruppo { $name }?
admin-group-delete-text = I membri mantengono i propri account, ma perdono ciò che le assegnazioni di ruolo conferivano loro tramite questo gruppo. Questa operazione non può essere annullata.
admin-group-delete-confirm = Elimina gruppo
admin-group-deleted = Gruppo { $name } eliminato.
admin-group-detail-intro = Rinominare il gruppo e sceglierne membri e dispositivi.
admin-group-details = Nome e descrizione
admin-group-saved = Gruppo { $name } salvato.
admin-group-members = Membri
admin-group-no-members = Questo gruppo non ha ancora membri.
admin-group-add-member = Aggiungi membro
admin-group-add-member-label = Persona da aggiungere
admin-group-everyone-member = Tutti sono già membri
admin-group-member-added = { $name } ora fa parte di { $group }.
admin-group-member-removed = { $name } non fa più parte di { $group }.
admin-group-remove-member-label = Rimuovi { $name } dal gruppo
admin-group-devices = Dispositivi
admin-group-devices-intro = Le assegnazioni di ruolo che includono questo gruppo nel loro ambito raggiungono i dispositivi che contiene.
admin-group-device-label = Dispositivo
admin-group-add-device = Aggiungi al gruppo
admin-group-remove-device-label = Rimuovi { $device } dal gruppo
admin-group-no-devices = Questo gruppo non contiene ancora dispositivi.
admin-group-device-added = Dispositivo { $device } aggiunto a { $group }.
admin-group-device-removed = Dispositivo { $device } rimosso da { $group }.

## Roles and role assignments

admin-roles-title = Ruoli
admin-roles-intro = Un ruolo è un insieme di autorizzazioni. Le assegnazioni di ruolo conferiscono un ruolo ai membri dei gruppi, sulle persone e sui dispositivi del loro ambito.
admin-roles-list = Ruoli
admin-roles-list-intro = I ruoli predefiniti non possono essere modificati; copiarne uno per iniziare un ruolo personalizzato.
admin-roles-empty = Non ci sono ruoli.
admin-role-create = Crea ruolo
admin-role-create-title = Crea un ruolo
admin-role-create-submit = Crea ruolo
admin-role-created = Ruolo { $name } creato.
admin-role-edit-title = Modifica il ruolo { $name }
admin-role-edit-label = Modifica il ruolo { $name }
admin-role-saved = Ruolo { $name } salvato.
admin-role-copy = Copia
admin-role-copy-label = Copia il ruolo { $name } come nuovo ruolo
admin-role-copy-name = { $name } (copia)
admin-role-name = Nome del ruolo
admin-role-description = Descrizione (facoltativa)
admin-role-built-in = Predefinito
admin-role-no-permissions = Nessuna autorizzazione
admin-role-delete-label = Elimina il ruolo { $name }
admin-role-delete-title = Eliminare il ruolo { $name }?
admin-role-delete-text = È possibile eliminare solo i ruoli non conferiti da alcuna assegnazione. Questa operazione non può essere annullata.
admin-role-delete-confirm = Elimina ruolo
admin-role-deleted = Ruolo { $name } eliminato.

admin-perm-group-remote-help = Assistenza remota
admin-perm-group-reading = Lettura
admin-perm-group-administration = Amministrazione
admin-perm-offer = Offrire assistenza remota
admin-perm-offer-hint = Avviare una sessione di assistenza remota con una persona dell'ambito.
admin-perm-view-screen = Visualizzare lo schermo
admin-perm-view-screen-hint = Vedere lo schermo di una persona dell'ambito.
admin-perm-full-control = Assumere il controllo completo
admin-perm-full-control-hint = Usare il mouse e la tastiera di una persona dell'ambito, con il suo consenso.
admin-perm-elevation = Elevazione
admin-perm-elevation-hint = Riservato a una versione futura: eseguire con privilegi elevati sul dispositivo della persona.
admin-perm-read = Leggere dispositivi e report
admin-perm-read-hint = Vedere l'inventario dei dispositivi, le sessioni in corso e i report delle sessioni.
admin-perm-manage-users = Gestire utenti e gruppi
admin-perm-manage-users-hint = Creare, modificare ed eliminare utenti e gruppi, le loro immagini e i loro secondi fattori.
admin-perm-manage-roles = Gestire i ruoli
admin-perm-manage-roles-hint = Creare e modificare ruoli e assegnazioni di ruolo.
admin-perm-manage-devices = Gestire i dispositivi
admin-perm-manage-devices-hint = Creare token di registrazione, ritirare ed eliminare dispositivi.
admin-perm-manage-settings = Gestire le impostazioni
admin-perm-manage-settings-hint = Modificare le impostazioni e i domini verificati dell'organizzazione e interrompere le sessioni in corso.
admin-perm-manage-policies = Gestire i criteri
admin-perm-manage-policies-hint = Creare e modificare criteri di accesso condizionale e di conformità.
admin-perm-read-audit = Leggere il log di controllo
admin-perm-read-audit-hint = Vedere ed esportare ogni modifica e accesso registrato.
admin-perm-create-api-tokens = Creare token API
admin-perm-create-api-tokens-hint = Creare token per script che agiscono con i diritti del titolare. I token scadono dopo 90 giorni, salvo diversa impostazione (al massimo un anno).

admin-assignments-title = Assegnazioni di ruolo
admin-assignments-intro = Chi riceve quale ruolo e su chi.
admin-assignments-empty = Non ci sono ancora assegnazioni di ruolo. Senza assegnazioni, solo gli amministratori possono assistere qualcuno.
admin-assignment-create = Crea assegnazione
admin-assignment-create-title = Crea un'assegnazione di ruolo
admin-assignment-create-submit = Crea assegnazione
admin-assignment-created = Assegnazione { $name } creata.
admin-assignment-edit-title = Modifica l'assegnazione { $name }
admin-assignment-edit-label = Modifica l'assegnazione { $name }
admin-assignment-saved = Assegnazione { $name } salvata.
admin-assignment-name = Nome dell'assegnazione
admin-assignment-name-hint = Ad esempio “L'help desk assiste l'Amministrazione”.
admin-assignment-role = Ruolo
admin-assignment-members = Assegna il ruolo ai membri di
admin-assignment-members-hint = Gli operatori: tutte le persone di questi gruppi ricevono il ruolo.
admin-assignment-no-groups = Non ci sono ancora gruppi. Creare prima i gruppi.
admin-assignment-scope = Ambito
admin-assignment-scope-hint = Le persone e i dispositivi raggiunti dal ruolo.
admin-assignment-scope-groups = Persone e dispositivi di questi gruppi
admin-assignment-scope-groups-hint = Membri e dispositivi dei gruppi scelti.
admin-assignment-needs-members = Scegliere almeno un gruppo a cui assegnare il ruolo.
admin-assignment-needs-scope = Scegliere cosa raggiunge il ruolo: tutti gli utenti, tutti i dispositivi o dei gruppi.
admin-assignment-delete-label = Elimina l'assegnazione { $name }
admin-assignment-delete-title = Eliminare l'assegnazione { $name }?
admin-assignment-delete-text = I membri dei suoi gruppi perdono immediatamente il ruolo conferito. Questa operazione non può essere annullata.
admin-assignment-delete-confirm = Elimina assegnazione
admin-assignment-deleted = Assegnazione { $name } eliminata.
admin-scope-all-users = Tutti gli utenti
admin-scope-all-users-hint = Tutte le persone dell'organizzazione.
admin-scope-all-devices = Tutti i dispositivi
admin-scope-all-devices-hint = Tutti i dispositivi registrati dell'organizzazione.

## Conditional access

admin-policies-title = Accesso condizionale
admin-policies-intro = I criteri stabiliscono se un operatore può usare la console; vengono verificati all'accesso e di nuovo all'avvio di una sessione. Ogni rifiuto indica il nome del criterio.
admin-policies-list = Criteri
admin-policies-empty = Non ci sono criteri di accesso condizionale. Ogni operatore che può accedere può usare la console.
admin-policy-create = Crea criterio
admin-policy-create-title = Crea un criterio di accesso condizionale
admin-policy-create-submit = Crea criterio
admin-policy-created = Criterio { $name } creato.
admin-policy-edit-title = Modifica il criterio { $name }
admin-policy-edit-label = Modifica il criterio { $name }
admin-policy-saved = Criterio { $name } salvato.
admin-policy-delete-label = Elimina il criterio { $name }
admin-policy-delete-title = Eliminare il criterio { $name }?
admin-policy-delete-text = Smette di essere applicato immediatamente. Questa operazione non può essere annullata.
admin-policy-delete-confirm = Elimina criterio
admin-policy-deleted = Criterio { $name } eliminato.
admin-policy-name = Nome del criterio
admin-policy-name-hint = Gli operatori lo vedono quando il criterio li blocca, quindi deve spiegarne il motivo, ad esempio “Secondo fattore fuori dall'ufficio”.
admin-policy-state = Stato
admin-policy-state-enabled = Attivato
admin-policy-state-enabled-hint = Il criterio viene applicato.
admin-policy-state-report-only = Solo report
admin-policy-state-report-only-hint = Il criterio viene valutato e ciò che avrebbe fatto viene scritto nel log di controllo, ma non blocca mai nessuno. Provare prima in questo modo i nuovi criteri.
admin-policy-state-disabled = Disattivato
admin-policy-state-disabled-hint = Il criterio viene ignorato.
admin-policy-targets = Si applica a
admin-policy-targets-hint = Gli operatori a cui si riferisce questo criterio.
admin-policy-all-users = Tutti gli utenti
admin-policy-users = Queste persone
admin-policy-groups = Membri di questi gruppi
admin-policy-needs-targets = Scegliere a chi si applica il criterio: tutti gli utenti, persone o gruppi.
admin-policy-conditions = Condizioni
admin-policy-conditions-hint = Il criterio si applica solo quando tutte le condizioni impostate qui sono soddisfatte. Lasciarle vuote per applicarlo sempre.
admin-policy-inside = L'indirizzo del client è in una di queste reti
admin-policy-inside-hint = Un intervallo per riga in notazione CIDR, ad esempio 10.0.0.0/8 o 2001:db8::/32.
admin-policy-outside = L'indirizzo del client non è in nessuna di queste reti
admin-policy-outside-hint = Per regole che si applicano fuori dall'ufficio. Un intervallo per riga.
admin-policy-network-invalid = “{ $value }” non è un intervallo di rete. Scrivere intervalli come 192.168.0.0/16.
admin-policy-second-factor = Secondo fattore all'accesso
admin-policy-second-factor-any = Indifferente
admin-policy-second-factor-yes = È stato usato un secondo fattore
admin-policy-second-factor-no = Non è stato usato alcun secondo fattore
admin-policy-grant = Azione
admin-policy-grant-allow = Consenti
admin-policy-grant-allow-hint = Registrato nel log di controllo; altri criteri possono comunque rifiutare.
admin-policy-grant-block = Blocca
admin-policy-grant-block-hint = Rifiuta l'accesso alla console e l'avvio di sessioni.
admin-policy-grant-second-factor = Richiedi un secondo fattore
admin-policy-grant-second-factor-hint = Consente solo gli accessi effettuati con un secondo fattore.
admin-policy-lockout-warning = Attenzione a non bloccare il proprio accesso: un criterio che blocca l'utente corrente si applica dal suo accesso successivo. Usare la modalità Solo report per verificare prima un criterio.
admin-policy-when-inside = All'interno di { $networks }
admin-policy-when-outside = All'esterno di { $networks }
admin-policy-when-second-factor = Secondo fattore usato
admin-policy-when-no-second-factor = Nessun secondo fattore usato
admin-policy-always = Sempre

## Devices

admin-devices-title = Dispositivi
admin-devices-intro = Dispositivi registrati con l'app { -product-name }, con le ultime informazioni inviate e l'indicazione della conformità ai criteri.
admin-devices-enroll-link = Registra dispositivi
admin-devices-filters = Filtra dispositivi
admin-devices-search = Cerca
admin-devices-search-hint = Nome host, numero di serie, modello o utente primario.
admin-devices-platform = Sistema operativo
admin-devices-compliance = Conformità
admin-devices-state = Registrazione
admin-devices-pages = Pagine di dispositivi
admin-devices-empty = Nessun dispositivo ancora registrato. Creare un token di registrazione per registrare i primi.
admin-devices-none-match = Nessun dispositivo corrisponde a questi filtri.
admin-devices-back = Tutti i dispositivi
admin-device-remote-help = Nuova sessione di assistenza remota
admin-device-unnamed = Dispositivo senza nome
admin-device-compliant = Conforme
admin-device-not-compliant = Non conforme
admin-device-failing-count =
    { $count ->
        [one] 1 regola non soddisfatta
        [many] { $count } di regole non soddisfatte
       *[other] { $count } regole non soddisfatte
    }
admin-device-state-active = Registrato
admin-device-state-retired = Ritirato
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nessuno segnalato
admin-device-details = Dettagli
admin-device-host-name = Nome host
admin-device-model = Modello
admin-device-serial = Numero di serie
admin-device-agent-version = Versione dell'agente
admin-device-disk = Crittografia del disco
admin-device-disk-encrypted = Crittografato
admin-device-disk-not-encrypted = Non crittografato
admin-device-enrolled-at = Data di registrazione
admin-device-id = ID dispositivo
admin-device-compliance = Conformità
admin-device-meets-all = Questo dispositivo soddisfa tutte le regole dei criteri di conformità.
admin-device-failing-intro = Queste regole non sono soddisfatte:
admin-device-policies-link = Esamina i criteri di conformità
admin-device-retire = Ritira dispositivo
admin-device-retire-title = Ritirare { $name }?
admin-device-retire-text = Le sue credenziali smettono di funzionare immediatamente: non può più sincronizzarsi né dimostrare la propria identità quando qualcuno chiede assistenza su di esso. Il dispositivo resta nell'elenco, contrassegnato come ritirato.
admin-device-retire-confirm = Ritira dispositivo
admin-device-retired = Dispositivo { $name } ritirato.
admin-device-delete = Elimina dispositivo
admin-device-delete-title = Eliminare { $name }?
admin-device-delete-text = Il dispositivo e la sua cronologia vengono rimossi dall'inventario. Per usarlo di nuovo, occorre registrarlo di nuovo. Questa operazione non può essere annullata.
admin-device-delete-confirm = Elimina dispositivo

## Enrollment tokens

admin-tokens-title = Token di registrazione
admin-tokens-intro = Un dispositivo si registra con un token creato qui. Ogni token è valido per un tempo limitato e per un numero limitato di dispositivi.
admin-tokens-list = Token
admin-tokens-empty = Non ci sono ancora token di registrazione.
admin-token-create = Crea token
admin-token-create-title = Crea un token di registrazione
admin-token-create-submit = Crea token
admin-token-created = Token { $name } creato.
admin-token-name = Nome
admin-token-name-hint = Dove viene usato, ad esempio “Portatili dell'ufficio di Berlino”.
admin-token-hours = Validità (ore)
admin-token-hours-hint = Da 1 a 720 ore (30 giorni).
admin-token-max-uses = Dispositivi registrabili
admin-token-max-uses-hint = Da 1 a 10.000.
admin-token-shown-once = Copiare subito questo token. Viene mostrato una sola volta; se va perso, revocarlo e crearne un altro.
admin-token-secret = Token “{ $name }”
admin-token-secret-hint = Fornirlo all'app { -product-name } durante la registrazione di un dispositivo (assist-agent enroll). Chiunque lo possieda può registrare dispositivi nell'organizzazione finché non scade o viene revocato.
admin-token-copy-label = Copia il token
admin-token-copied = Il token è stato copiato negli Appunti.
admin-token-copy-failed = Impossibile copiare il token. Selezionarlo e copiarlo manualmente.
admin-token-active = Attivo
admin-token-revoked = Revocato
admin-token-expired = Scaduto
admin-token-used-up = Esaurito
admin-token-uses = { $uses } di { $max }
admin-token-revoke-label = Revoca il token { $name }
admin-token-revoke-title = Revocare il token { $name }?
admin-token-revoke-text = Non sarà più possibile registrare dispositivi con questo token. I dispositivi già registrati con esso restano registrati.
admin-token-revoke-confirm = Revoca token
admin-token-revoked-done = Token { $name } revocato.

## Compliance policies

admin-compliance-title = Criteri di conformità
admin-compliance-intro = Regole che i dispositivi registrati devono soddisfare. Un dispositivo che non ne soddisfa una viene contrassegnato come non conforme e gli operatori vengono avvisati prima di assisterlo.
admin-compliance-list = Criteri
admin-compliance-empty = Non ci sono criteri di conformità, quindi tutti i dispositivi sono considerati conformi.
admin-compliance-create = Crea criterio
admin-compliance-create-title = Crea un criterio di conformità
admin-compliance-create-submit = Crea criterio
admin-compliance-created = Criterio { $name } creato. I dispositivi sono stati verificati di nuovo.
admin-compliance-edit-title = Modifica il criterio { $name }
admin-compliance-edit-label = Modifica il criterio { $name }
admin-compliance-saved = Criterio { $name } salvato. I dispositivi sono stati verificati di nuovo.
admin-compliance-delete-label = Elimina il criterio { $name }
admin-compliance-delete-title = Eliminare il criterio { $name }?
admin-compliance-delete-text = Le sue regole smettono di essere applicate e i dispositivi vengono verificati di nuovo. Questa operazione non può essere annullata.
admin-compliance-delete-confirm = Elimina criterio
admin-compliance-deleted = Criterio { $name } eliminato.
admin-compliance-name = Nome del criterio
admin-compliance-name-hint = Viene mostrato con ogni regola non soddisfatta, ad esempio “Sicurezza di base”.
admin-compliance-os-legend = Versione minima del sistema operativo
admin-compliance-os-hint = Lasciare vuota una piattaforma per accettare qualsiasi versione.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Ad esempio 14.2.1
admin-compliance-version-invalid = Scrivere la versione come numeri separati da punti, ad esempio 14.2.1.
admin-compliance-other-legend = Altre regole
admin-compliance-min-agent = Versione minima dell'app { -product-name }
admin-compliance-max-days = Numero massimo di giorni dall'ultima sincronizzazione
admin-compliance-max-days-hint = Da 1 a 365. Lasciare vuoto per nessun limite.
admin-compliance-disk = Richiedi la crittografia del disco
admin-compliance-disk-hint = Il disco di sistema deve essere crittografato (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } o successiva
admin-rule-min-agent = App { $version } o successiva
admin-rule-check-in =
    { $days ->
        [one] Sincronizzato nell'ultimo giorno
        [many] Sincronizzato negli ultimi { $days } di giorni
       *[other] Sincronizzato negli ultimi { $days } giorni
    }
admin-rule-disk = Disco crittografato
admin-rule-none = Nessuna regola

## Settings

admin-settings-title = Impostazioni
admin-settings-intro = Come funziona l'assistenza remota nell'organizzazione. Ogni modifica viene registrata nel log di controllo.
admin-settings-organisation = Organizzazione
admin-settings-name-hint = Viene mostrato alle persone assistite quando il profilo dell'operatore non indica alcuna azienda.
admin-settings-remote-help-heading = Assistenza remota
admin-settings-remote-help = Consenti l'assistenza remota
admin-settings-remote-help-hint = Gli operatori possono avviare sessioni solo quando questa opzione è attiva. Disattivandola si terminano anche le sessioni in corso.
admin-settings-unenrolled = Consenti l'assistenza su dispositivi non registrati
admin-settings-unenrolled-hint = Consente di condividere lo schermo da un browser web o da un dispositivo non registrato. Gli operatori vengono comunque avvisati che il dispositivo è sconosciuto.
admin-settings-chat = Chat durante le sessioni
admin-settings-chat-hint = Gli operatori e le persone assistite possono scriversi. I messaggi vengono conservati con il report della sessione.
admin-settings-limits = Codici e report
admin-settings-code-lifetime = Durata del codice di sicurezza (minuti)
admin-settings-code-lifetime-hint = Per quanto tempo resta valido il codice comunicato da un operatore: da { $min } a { $max } minuti.
admin-settings-retention = Conserva i report delle sessioni per (giorni)
admin-settings-retention-hint = I report più vecchi e la relativa chat vengono eliminati: da { $min } a { $max } giorni.
admin-settings-save = Salva impostazioni
admin-settings-saved = Impostazioni salvate.
admin-settings-updated-at = Ultima modifica: { $time }.
admin-settings-defaults = Queste sono le impostazioni predefinite; non sono mai state modificate.

## Live sessions

admin-live-title = Sessioni in corso
admin-live-intro = Sessioni di assistenza remota non ancora terminate. L'elenco si aggiorna ogni pochi secondi.
admin-live-list = Sessioni in corso
admin-live-empty = Nessuna sessione in corso.
admin-live-updated = Aggiornato: { $time }
admin-live-count =
    { $count ->
        [0] Nessuna sessione in corso.
        [one] 1 sessione in corso.
        [many] { $count } di sessioni in corso.
       *[other] { $count } sessioni in corso.
    }
admin-live-not-joined = Non ancora collegato
admin-live-nobody = ancora nessuno
admin-live-state-waiting = In attesa del codice
admin-live-state-joined = Collegata
admin-live-state-requested = Richiesta di accesso
admin-live-state-active = Condivisione
admin-live-state-ended = Terminata
admin-live-revoke-label = Revoca la sessione di { $helper } con { $sharer }
admin-live-revoke-title = Interrompere questa sessione?
admin-live-revoke-text = La sessione di { $helper } con { $sharer } termina immediatamente per entrambi.
admin-live-revoke-confirm = Interrompi sessione
admin-live-revoked = Sessione di { $helper } interrotta.

## Session reports

admin-reports-title = Report delle sessioni
admin-reports-intro = Tutte le sessioni di assistenza remota: chi ha assistito chi, su quale dispositivo, quale accesso è stato concesso e come è terminata.
admin-reports-filters = Filtra i report delle sessioni
admin-reports-export-label = Esporta in CSV i report delle sessioni corrispondenti ai filtri
admin-reports-helper = Operatore
admin-reports-sharer = Persona assistita
admin-reports-device = Dispositivo
admin-reports-end-reason = Esito
admin-reports-from = Avviata dal
admin-reports-to = Avviata prima del
admin-reports-pages = Pagine di report delle sessioni
admin-reports-empty = Non ci sono ancora report delle sessioni.
admin-reports-none-match = Nessuna sessione corrisponde a questi filtri.
admin-reports-back = Tutti i report delle sessioni
admin-report-open-label = Sessione di { $helper } avviata il { $time }
admin-report-title = { $helper } assiste { $sharer }
admin-report-title-alone = Sessione di { $helper }
admin-report-started = Avvio: { $time }
admin-report-details = Dettagli
admin-report-client = Condivisa da
admin-report-joined = Collegamento
admin-report-ended = Fine
admin-report-id = ID sessione
admin-report-no-device = Nessun dispositivo
admin-report-mode-control = Controllo completo
admin-report-mode-view = Sola visualizzazione
admin-report-mode-none = Nessuno
admin-report-transcript = Trascrizione della chat
admin-report-transcript-count =
    { $count ->
        [0] Trascrizione della chat
        [one] Trascrizione della chat (1 messaggio)
        [many] Trascrizione della chat ({ $count } di messaggi)
       *[other] Trascrizione della chat ({ $count } messaggi)
    }
admin-report-no-chat = In questa sessione non sono stati scritti messaggi di chat.
admin-role-helper = Operatore
admin-role-sharer = Persona assistita
admin-client-agent = App { -product-name }
admin-client-web = Browser web

admin-end-helper-left = Terminata dall'operatore
admin-end-sharer-left = Terminata dalla persona assistita
admin-end-helper-disconnected = Connessione dell'operatore persa
admin-end-sharer-disconnected = Connessione della persona assistita persa
admin-end-code-expired = Codice scaduto senza essere usato
admin-end-declined-timeout = Richiesta senza risposta
admin-end-revoked = Interrotta da un amministratore
admin-end-policy = Interrotta da una regola dell'organizzazione
admin-end-access-withdrawn = Interrotta: accesso revocato

## Audit log

admin-audit-title = Log di controllo
admin-audit-intro = Ogni modifica, accesso ed evento di sessione, dal più recente. Il log accetta solo aggiunte e la sua catena rileva eventuali manomissioni.
admin-audit-filters = Filtra il log di controllo
admin-audit-export-label = Esporta in CSV gli eventi di controllo corrispondenti ai filtri
admin-audit-actor = Chi
admin-audit-action = Azione
admin-audit-action-hint = Ad esempio user.created o settings.updated.
admin-audit-since = Dal
admin-audit-until = Prima del
admin-audit-pages = Pagine di eventi di controllo
admin-audit-empty = Il log di controllo è vuoto.
admin-audit-none-match = Nessun evento corrisponde a questi filtri.
admin-audit-show-detail = Mostra dettagli
admin-actor-cli = Riga di comando del server
admin-actor-setup-link = Collegamento di configurazione
admin-actor-sso = Single Sign-On
admin-actor-anonymous = Accesso non effettuato

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Per iniziare
admin-start-title = Primi passi
admin-start-intro = Tre cose da sistemare prima della prima sessione di assistenza remota. Ognuna si può cambiare in seguito.
admin-start-done = Fatto
admin-start-todo = Da fare
admin-start-settings-needed = Per cambiarlo serve l'autorizzazione a gestire le impostazioni. Chiedi a un amministratore che la possiede.
admin-start-remote-heading = Attiva l'assistenza remota
admin-start-remote-off = L'assistenza remota è disattivata, quindi nessuno può ancora avviare una sessione.
admin-start-remote-on = L'assistenza remota è attiva: gli operatori possono avviare sessioni.
admin-start-remote-enable = Attiva l'assistenza remota
admin-start-remote-turned-on = L'assistenza remota ora è attiva.
admin-start-browser-heading = Condivisione da un browser web
admin-start-browser-allowed = Consentita
admin-start-browser-not-allowed = Non consentita
admin-start-browser-explain = Un browser web non può dimostrare su quale computer è in esecuzione, quindi conta come un dispositivo non registrato. Consentire l'assistenza su dispositivi non registrati permette di condividere lo schermo da un browser, senza installare nulla. L'operatore può allora solo vedere lo schermo, non controllarlo, e viene avvisato che il dispositivo è sconosciuto.
admin-start-browser-off = Ora non consentita: solo l'app { -product-name } su un dispositivo registrato può condividere. Chi apre la pagina di condivisione in un browser e inserisce un codice viene rifiutato.
admin-start-browser-on = Ora consentita: le persone possono condividere lo schermo da un browser o da un dispositivo non registrato.
admin-start-browser-allow = Consenti la condivisione da browser
admin-start-browser-stop = Non consentire più la condivisione da browser
admin-start-browser-allowed-now = Ora la condivisione da un browser è consentita.
admin-start-browser-stopped = La condivisione da un browser non è più consentita.
admin-start-helpers-heading = Nomina operatori
admin-start-helpers-none = Nessuno può ancora offrire assistenza remota.
admin-start-helpers-count =
    { $count ->
        [one] { $count } persona può offrire assistenza remota.
       *[other] { $count } persone possono offrire assistenza remota.
    }
admin-start-helpers-explain = Gli operatori offrono assistenza remota a tutta l'organizzazione. Scegli le persone e seleziona "Nomina operatori": entrano nel gruppo { $group }, che ha il ruolo Help Desk Operator su tutti gli utenti.
admin-start-helpers-pick = Persone da nominare operatori
admin-start-helpers-nobody = Qui sono già tutti operatori. Crea un utente per aggiungere qualcuno.
admin-start-helpers-roles-needed = La prima volta, nominare operatori dà anche al gruppo { $group } il suo ruolo, e per questo serve l'autorizzazione a gestire i ruoli. Chiedi a un amministratore che la possiede.
admin-start-helpers-submit = Nomina operatori
admin-start-helpers-choose = Scegli almeno una persona.
admin-start-helpers-made =
    { $count ->
        [one] { $count } persona ora è operatore, nel gruppo { $group }.
       *[other] { $count } persone ora sono operatori, nel gruppo { $group }.
    }
admin-start-create-user = Crea utente
admin-start-first-heading = La tua prima sessione
admin-start-not-ready = Una volta completati i passi qui sopra:
admin-start-ready = Tutto è pronto per una prima sessione:
admin-start-first-helper = Un operatore accede, apre "{ $page }" e avvia una nuova sessione di assistenza remota, che gli dà un codice di sicurezza:
admin-start-first-sharer = La persona che ha bisogno di aiuto accede, apre questa pagina e inserisce quel codice:
admin-user-role = Ruolo
admin-user-role-member = Membro
admin-user-role-member-hint = Accede, chiede aiuto e condivide il proprio schermo.
admin-user-role-helper = Operatore
admin-user-role-helper-hint = Offre assistenza remota a tutta l'organizzazione, come membro del gruppo { $group }.
admin-user-role-administrator = Amministratore
admin-user-created-helper = { $name } è stato creato e ora può offrire assistenza remota.
