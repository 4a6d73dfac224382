# Messages of the remote help pages (Norwegian Bokmål): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Avslutt økten
session-ended-heading = Økten er avsluttet
session-reconnecting = Tilkoblingen ble brutt. Kobler til på nytt…
session-replaced = Denne økten ble åpnet i et annet vindu, så den er stoppet her.
session-connection-closed = Tilkoblingen til serveren ble lukket.
go-home = Tilbake til startsiden

## The trust card: who is on the other side

trust-helper-heading = Hjelperen din
trust-sharer-heading = Personen du hjelper
trust-job-title = Stilling
trust-company = Firma
trust-domain = Organisasjonens domene
trust-domain-verified = Bekreftet
trust-domain-unverified = Ikke bekreftet
trust-not-set = Ikke oppgitt

## The device the helper is about to help with

device-heading = Enhet
device-name = Navn
device-system = Operativsystem
device-compliance = Samsvar
device-compliant = Kompatibel
device-not-compliant = Ikke kompatibel
device-web-browser = Personen ble med fra en nettleser, så enheten kan ikke identifiseres.
device-none = Ingen enhetsinformasjon.
warning-device-not-enrolled = Denne enheten er ikke registrert i organisasjonen din.
warning-device-not-enrolled-detail = Identiteten og sikkerhetstilstanden til enheten er ukjent. Vær forsiktig med hva du åpner eller skriver på den.
warning-device-not-compliant = Denne enheten oppfyller ikke samsvarspolicyene til organisasjonen din:

## Chat

chat-heading = Chat
chat-list-label = Meldinger
chat-input-label = Melding
chat-placeholder = Skriv en melding…
chat-send = Send
chat-you = Du
chat-role-helper = Hjelper
chat-role-sharer = Person som får hjelp
chat-sending = Sender…
chat-too-long = En melding kan ha maksimalt { $max } tegn.

## Helper console

helper-page-title = Fjernhjelp – Assist
helper-page-title-org = Fjernhjelp – { $organisation }
helper-start-heading = Start en fjernhjelpsøkt
helper-start-intro = Du får en sikkerhetskode på 8 sifre. Gi den til personen du hjelper; personen skriver den inn for å koble til.
helper-device-label = Enhet (valgfritt)
helper-device-none = Ingen bestemt enhet
helper-device-hint = Velg personens enhet hvis du kjenner den: Økten fungerer da bare på den enheten, og du ser samsvarsstatusen dens.
helper-start-button = Ny fjernhjelpsøkt
helper-start-another = Start en ny økt
helper-session-heading = Fjernhjelpsøkt
helper-code-heading = Sikkerhetskode
helper-code-copy = Kopier koden
helper-code-copied = Koden er kopiert.
helper-code-copy-failed = Kan ikke kopiere koden. Les den opp i stedet.
helper-code-expires-in = Utløper om { $time }
helper-code-expired = Koden er utløpt.
helper-code-one-minute = Sikkerhetskoden utløper om ett minutt.
helper-code-instructions = Be personen om å åpne { $address }, logge på og skrive inn denne koden.
helper-code-not-shown-again = Sikkerhetskoden vises bare én gang. Hvis personen ikke har blitt med ennå, avslutter du denne økten og starter en ny.
helper-status-waiting = Venter på at personen skal skrive inn koden…
helper-status-joined = { $name } har blitt med. Be om å få se skjermen når du er klar.
helper-status-asked-view = Venter på at { $name } skal la deg se skjermen…
helper-status-asked-control = Venter på at { $name } skal tillate full kontroll…
helper-status-connecting = Kobler til skjermen til { $name }…
helper-status-viewing = Du ser skjermen til { $name }.
helper-sharer-joined = { $name } har blitt med i økten.
helper-request-declined = { $name } avslo forespørselen din.
helper-granted-view = { $name } har latt deg se skjermen.
helper-granted-control = { $name } har tillatt full kontroll.
helper-granted-view-only = { $name } har tillatt bare visning.
helper-escalation-declined = { $name } beholdt bare visning.
helper-control-taken-back = { $name } har tatt tilbake kontrollen. Du kan fortsatt se skjermen.
helper-control-paused = { $name } har satt kontrollen din på pause.
helper-control-resumed = { $name } har gitt deg kontrollen igjen.
helper-connection-failed = Kan ikke koble til skjermen. Kontroller nettverket, eller avslutt økten og prøv på nytt.
helper-mode-heading = Hva trenger du?
helper-mode-hint = Be om bare visning for å se på, eller om full kontroll for å bruke personens mus og tastatur. Personen bestemmer.
helper-mode-web-hint = Personen bruker en nettleser, som bare kan dele skjermen for visning. Full kontroll krever Assist-appen på personens enhet.
helper-escalate-hint = Du kan be om full kontroll; personen bestemmer på nytt.
helper-request-view = Be om bare visning
helper-request-control = Be om full kontroll

## The remote screen in the helper console

viewer-heading = Skjermen til { $name }
viewer-stage-label = Den eksterne skjermen til { $name }
viewer-toolbar-label = Skjermvisning
viewer-fit = Tilpass til vinduet
viewer-actual-size = Faktisk størrelse
viewer-full-screen = Fullskjerm
viewer-monitor-label = Skjerm
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Bare visning
viewer-mode-control = Full kontroll
viewer-mode-paused = Kontroll satt på pause
viewer-role-view = ekstern skjerm, bare visning
viewer-role-control = ekstern skjerm, musen og tastaturet ditt styrer den andre datamaskinen
viewer-hint-view = Du kan se skjermen, men ikke bruke den.
viewer-hint-control = Klikk på skjermen for å bruke den. Mens den har fokus, sendes alle taster, også hurtigtaster, til den andre datamaskinen. Trykk på Ctrl+Alt+Home for å gå tilbake til verktøylinjen.

## Sharer web app

share-page-title = Få hjelp – Assist
share-page-title-org = Få hjelp – { $organisation }
share-join-heading = Få hjelp
share-join-intro = Skriv inn sikkerhetskoden du fikk av hjelperen din. Du ser hvem det er før vedkommende kan se noe.
share-code-label = Sikkerhetskode
share-code-hint = 8 sifre, for eksempel 1234 5678.
share-code-invalid-format = Skriv inn de 8 sifrene i sikkerhetskoden.
share-join-button = Fortsett
share-join-another = Skriv inn en annen kode
share-session-heading = Fjernhjelp
share-status-joined = Koblet til { $name }. Vedkommende vil be om å få se skjermen din.
share-status-asked = { $name } venter på svaret ditt.
share-status-sharing = Du deler skjermen din med { $name }.
share-request-view-heading = { $name } ber om å få se skjermen din
share-request-view-text = { $name } ser alt på skjermen du velger, men kan ikke bruke musen eller tastaturet ditt. Du kan stoppe når som helst.
share-request-control-heading = { $name } ber om full kontroll
share-request-control-text = Med full kontroll kan { $name } bruke musen og tastaturet ditt.
share-control-needs-app = Full kontroll krever Assist-appen på denne enheten. I nettleseren kan du bare dele skjermen for visning.
share-allow = Tillat
share-allow-view-only = Tillat bare visning
share-decline = Avslå
share-keep-view-only = Behold bare visning
share-picker-cancelled = Ingen skjerm ble valgt, så ingenting deles. Velg Tillat igjen for å velge en skjerm, eller Avslå.
share-capture-failed = Denne nettleseren kunne ikke dele skjermen. Prøv en annen nettleser, eller avslå.
share-reshare-heading = Skjermen din deles ikke lenger
share-reshare-text = Siden ble lastet inn på nytt, så { $name } ser ikke lenger skjermen din. Del den igjen, eller avslutt økten.
share-reshare-button = Del skjermen min igjen
share-bar-label = Skjermdeling
share-bar-text = Du deler skjermen din med { $name }
share-stop = Stopp delingen
share-connection-failed = Kan ikke sende skjermen din. Kontroller nettverket, eller avslutt økten og prøv på nytt.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Du avsluttet økten.
ended-helper-sharer-left = { $name } avsluttet økten.
ended-helper-helper-disconnected = Tilkoblingen din var brutt for lenge, så økten ble avsluttet.
ended-helper-sharer-disconnected = Tilkoblingen til { $name } ble brutt og kom ikke tilbake, så økten ble avsluttet.
ended-helper-code-expired = Ingen skrev inn koden før den utløp.
ended-helper-declined-timeout = { $name } svarte ikke på forespørselen din i tide.
ended-helper-revoked = En administrator avsluttet denne økten.
ended-helper-policy = Økten ble avsluttet fordi fjernhjelp er slått av for organisasjonen din.
ended-helper-access-withdrawn = Økten ble avsluttet fordi tilgangen din er endret: Kontoen din, påloggingen din eller fjernhjelprollen din tillater ikke lenger denne økten.
ended-helper-other = Økten ble avsluttet.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } avsluttet økten.
ended-sharer-sharer-left = Du avsluttet økten. Ingenting deles lenger.
ended-sharer-helper-disconnected = Tilkoblingen til { $name } ble brutt og kom ikke tilbake, så økten ble avsluttet.
ended-sharer-sharer-disconnected = Tilkoblingen din var brutt for lenge, så økten ble avsluttet.
ended-sharer-code-expired = Koden er utløpt.
ended-sharer-declined-timeout = Du svarte ikke i tide, så økten ble avsluttet. Ingenting ble delt.
ended-sharer-revoked = En administrator avsluttet denne økten.
ended-sharer-policy = Økten ble avsluttet fordi fjernhjelp er slått av for organisasjonen din.
ended-sharer-access-withdrawn = Økten ble avsluttet fordi { $name } ikke lenger kan hjelpe deg, eller fordi din egen tilgang er endret. Ingenting deles lenger.
ended-sharer-other = Økten ble avsluttet.

## Refusals from the server

error-remote-help-disabled = Fjernhjelp er slått av for organisasjonen din. En administrator kan slå det på.
error-code-invalid = Denne koden er ikke gyldig. Kontroller sifrene, og prøv på nytt.
error-code-expired = Denne koden er utløpt. Be hjelperen din om en ny.
error-code-used = Denne koden er allerede brukt. Be hjelperen din om en ny.
error-unenrolled-device = Organisasjonen din tillater bare hjelp på registrerte enheter. Installer Assist-appen på denne enheten, eller kontakt administratoren.
error-wrong-device = Denne økten ble startet for en annen enhet. Be hjelperen din om en kode for denne enheten.
error-chat-disabled = Chat er slått av for organisasjonen din.
error-invalid-transition = Det er ikke mulig på dette tidspunktet i økten.
error-session-ended = Denne økten er allerede avsluttet.
error-control-needs-agent = Full kontroll krever Assist-appen på den andre personens enhet.
error-session-not-found = Denne økten finnes ikke, eller du deltar ikke i den.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Kontoen din kan ikke tilby fjernhjelp: den trenger tillatelsene «Tilby fjernhjelp» og «Vis skjerm». Be en administrator i organisasjonen din om å gjøre deg til hjelper.
error-browser-sharing-not-allowed = Organisasjonen din tillater ikke deling av skjermen fra en nettleser. Installer Assist-appen på denne enheten og skriv inn koden der, eller kontakt brukerstøtten.
error-sharer-out-of-scope = Denne hjelperen kan ikke hjelpe deg: rollen dekker ikke deg eller denne enheten. Spør brukerstøtten hvem som kan hjelpe deg.
error-own-session = Du startet denne økten selv. Gi koden til personen du hjelper; vedkommende skriver den inn for å koble til.
error-helper-unavailable = Hjelperen som ga deg koden, kan ikke lenger hjelpe. Be brukerstøtten om en annen.
error-device-in-other-organisation = Denne enheten er registrert i en annen organisasjon. Kontakt administratoren.
error-device-out-of-scope = Denne enheten er utenfor rollen din: du kan ikke hjelpe på den. Velg en annen enhet, eller ingen.
error-chat-empty = Skriv en melding før du sender.
error-chat-too-long = Meldingen er for lang. Gjør den kortere og send den på nytt.
error-chat-invalid-characters = Meldingen inneholder usynlige kontrolltegn som ikke kan sendes. Fjern dem og prøv igjen.
helper-permission-heading = Du kan ikke tilby fjernhjelp ennå
helper-permission-text = Fjernhjelp krever tillatelsene «Tilby fjernhjelp» og «Vis skjerm», som kontoen din ikke har.
helper-ask-admin = Be en administrator i { $organisation } om å endre dette.
helper-disabled-heading = Fjernhjelp er slått av
helper-disabled-text = Organisasjonen din har ikke slått på fjernhjelp, så ingen økt kan startes ennå.
helper-open-settings = Åpne organisasjonens innstillinger
helper-browser-note = Organisasjonen din tillater ikke deling fra en nettleser: personen du hjelper, trenger Assist-appen på en registrert enhet.
helper-join-refused-heading = Noen prøvde å bli med med denne koden
helper-join-refused-browser-sharing-not-allowed = Vedkommende brukte en nettleser, og organisasjonen din tillater ikke deling fra en nettleser. Be vedkommende skrive inn den samme koden i Assist-appen: den er fortsatt gyldig.
helper-join-refused-unenrolled-device = Enheten er ikke registrert, og organisasjonen din tillater bare hjelp på registrerte enheter. Be vedkommende bruke Assist-appen på en registrert enhet: koden er fortsatt gyldig.
helper-join-refused-sharer-out-of-scope = Rollen din dekker ikke den personen eller enheten, så vedkommende kunne ikke bli med. Send vedkommende videre til en hjelper som har en rolle som dekker dem, eller be en administrator utvide din.
helper-join-refused-wrong-device = Vedkommende brukte en annen enhet enn den du valgte for denne økten. Be vedkommende bruke Assist-appen på den enheten: koden er fortsatt gyldig.
share-app-explained = Assist-appen er organisasjonens program for å få hjelp på denne datamaskinen. Med den kan hjelperen bruke musen og tastaturet ditt mens du ser på, og du kan når som helst ta tilbake kontrollen eller stoppe. Hvis den ikke er installert, spør brukerstøtten.
share-app-download = Last ned Assist-appen

## Presence: the other person's connection dropped, or came back.
presence-away = Forbindelsen til { $name } ble brutt. Venter på at vedkommende kommer tilbake…
presence-grace-left = Økten avsluttes om { $time } hvis vedkommende ikke kommer tilbake.
presence-nobody-sees = Ingen kan se skjermen din mens vedkommende er borte. Delingen fortsetter når vedkommende er tilbake.
presence-end-now = Avslutt nå
presence-back = { $name } er tilbake.
presence-back-reshare = { $name } er tilbake og blir bedt om å dele skjermen sin igjen.
share-bar-paused-text = Ingen ser skjermen din nå: forbindelsen til { $name } ble brutt
