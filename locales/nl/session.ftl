# Messages of the remote help pages (Dutch): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Sessie beëindigen
session-ended-heading = Sessie beëindigd
session-reconnecting = De verbinding is onderbroken. Opnieuw verbinden…
session-replaced = Deze sessie is in een ander venster geopend, dus deze is gestopt.
session-connection-closed = De verbinding met de server is verbroken.
go-home = Terug naar de startpagina

## The trust card: who is on the other side

trust-helper-heading = Uw helper
trust-sharer-heading = De persoon die u helpt
trust-job-title = Functie
trust-company = Bedrijf
trust-domain = Domein van de organisatie
trust-domain-verified = Geverifieerd
trust-domain-unverified = Niet geverifieerd
trust-not-set = Niet opgegeven

## The device the helper is about to help with

device-heading = Apparaat
device-name = Naam
device-system = Besturingssysteem
device-compliance = Naleving
device-compliant = Compatibel
device-not-compliant = Niet compatibel
device-web-browser = De persoon heeft verbinding gemaakt vanuit een webbrowser, dus het apparaat kan niet worden geïdentificeerd.
device-none = Geen apparaatgegevens.
warning-device-not-enrolled = Dit apparaat is niet ingeschreven bij uw organisatie.
warning-device-not-enrolled-detail = De identiteit en beveiligingsstatus ervan zijn onbekend. Wees voorzichtig met wat u erop opent of typt.
warning-device-not-compliant = Dit apparaat voldoet niet aan het nalevingsbeleid van uw organisatie:

## Chat

chat-heading = Chat
chat-list-label = Berichten
chat-input-label = Bericht
chat-placeholder = Typ een bericht…
chat-send = Verzenden
chat-you = U
chat-role-helper = Helper
chat-role-sharer = Geholpen persoon
chat-sending = Verzenden…
chat-too-long = Een bericht mag maximaal { $max } tekens bevatten.

## Helper console

helper-page-title = Hulp op afstand – Assist
helper-page-title-org = Hulp op afstand – { $organisation }
helper-start-heading = Een sessie voor hulp op afstand starten
helper-start-intro = U krijgt een beveiligingscode van 8 cijfers. Geef deze aan de persoon die u helpt; die voert de code in om verbinding te maken.
helper-device-label = Apparaat (optioneel)
helper-device-none = Geen specifiek apparaat
helper-device-hint = Kies het apparaat van de persoon als u het kent: de sessie werkt dan alleen op dat apparaat en u ziet de nalevingsstatus ervan.
helper-start-button = Nieuwe sessie voor hulp op afstand
helper-start-another = Nog een sessie starten
helper-session-heading = Sessie voor hulp op afstand
helper-code-heading = Beveiligingscode
helper-code-copy = Code kopiëren
helper-code-copied = Code gekopieerd.
helper-code-copy-failed = De code kan niet worden gekopieerd. Lees de code in plaats daarvan voor.
helper-code-expires-in = Verloopt over { $time }
helper-code-expired = De code is verlopen.
helper-code-one-minute = De beveiligingscode verloopt over één minuut.
helper-code-instructions = Vraag de persoon om { $address } te openen, zich aan te melden en deze code in te voeren.
helper-code-not-shown-again = De beveiligingscode wordt maar één keer weergegeven. Als de persoon nog niet is verbonden, beëindigt u deze sessie en start u een nieuwe.
helper-status-waiting = Wachten tot de persoon de code invoert…
helper-status-joined = { $name } is verbonden. Vraag om het scherm te zien wanneer u klaar bent.
helper-status-asked-view = Wachten tot { $name } u toestaat het scherm te zien…
helper-status-asked-control = Wachten tot { $name } volledig beheer toestaat…
helper-status-connecting = Verbinding maken met het scherm van { $name }…
helper-status-viewing = U ziet het scherm van { $name }.
helper-sharer-joined = { $name } neemt nu deel aan de sessie.
helper-request-declined = { $name } heeft uw aanvraag geweigerd.
helper-granted-view = { $name } heeft u toegestaan het scherm te zien.
helper-granted-control = { $name } heeft volledig beheer toegestaan.
helper-granted-view-only = { $name } heeft alleen weergeven toegestaan.
helper-escalation-declined = { $name } houdt het bij alleen weergeven.
helper-control-taken-back = { $name } heeft het beheer teruggenomen. U ziet het scherm nog steeds.
helper-control-paused = { $name } heeft uw beheer onderbroken.
helper-control-resumed = { $name } heeft u het beheer teruggegeven.
helper-connection-failed = Kan geen verbinding maken met het scherm. Controleer het netwerk of beëindig de sessie en probeer het opnieuw.
helper-mode-heading = Wat hebt u nodig?
helper-mode-hint = Vraag om alleen weergeven om mee te kijken, of om volledig beheer om de muis en het toetsenbord van de persoon te gebruiken. De persoon beslist.
helper-mode-web-hint = De persoon gebruikt een webbrowser, die het scherm alleen kan delen om te bekijken. Voor volledig beheer is de Assist-app op het apparaat van de persoon nodig.
helper-escalate-hint = U kunt om volledig beheer vragen; de persoon beslist opnieuw.
helper-request-view = Alleen weergeven aanvragen
helper-request-control = Volledig beheer aanvragen

## The remote screen in the helper console

viewer-heading = Scherm van { $name }
viewer-stage-label = Extern scherm van { $name }
viewer-toolbar-label = Schermweergave
viewer-fit = Aanpassen aan venster
viewer-actual-size = Werkelijke grootte
viewer-full-screen = Volledig scherm
viewer-monitor-label = Beeldscherm
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Alleen weergeven
viewer-mode-control = Volledig beheer
viewer-mode-paused = Beheer onderbroken
viewer-role-view = extern scherm, alleen weergeven
viewer-role-control = extern scherm, uw muis en toetsenbord bedienen de andere computer
viewer-hint-view = U kunt het scherm zien, maar niet gebruiken.
viewer-hint-control = Klik op het scherm om het te gebruiken. Zolang het de focus heeft, gaat elke toets, sneltoetsen inbegrepen, naar de andere computer. Druk op Ctrl+Alt+Home om terug te gaan naar de werkbalk.

## Sharer web app

share-page-title = Hulp krijgen – Assist
share-page-title-org = Hulp krijgen – { $organisation }
share-join-heading = Hulp krijgen
share-join-intro = Voer de beveiligingscode in die u van uw helper hebt gekregen. U ziet wie het is voordat die persoon iets kan zien.
share-code-label = Beveiligingscode
share-code-hint = 8 cijfers, bijvoorbeeld 1234 5678.
share-code-invalid-format = Voer de 8 cijfers van de beveiligingscode in.
share-join-button = Doorgaan
share-join-another = Een andere code invoeren
share-session-heading = Hulp op afstand
share-status-joined = Verbonden met { $name }. { $name } zal vragen om uw scherm te zien.
share-status-asked = { $name } wacht op uw antwoord.
share-status-sharing = U deelt uw scherm met { $name }.
share-request-view-heading = { $name } vraagt om uw scherm te zien
share-request-view-text = { $name } ziet alles op het scherm dat u kiest, maar kan uw muis en toetsenbord niet gebruiken. U kunt op elk moment stoppen.
share-request-control-heading = { $name } vraagt om volledig beheer
share-request-control-text = Met volledig beheer kan { $name } uw muis en toetsenbord gebruiken.
share-control-needs-app = Voor volledig beheer is de Assist-app op dit apparaat nodig. In de browser kunt u uw scherm alleen delen om te bekijken.
share-allow = Toestaan
share-allow-view-only = Alleen weergeven toestaan
share-decline = Weigeren
share-keep-view-only = Alleen weergeven behouden
share-picker-cancelled = Er is geen scherm gekozen, dus er wordt niets gedeeld. Kies opnieuw Toestaan om een scherm te kiezen, of Weigeren.
share-capture-failed = Deze browser kan het scherm niet delen. Probeer een andere browser of weiger.
share-reshare-heading = Uw scherm wordt niet meer gedeeld
share-reshare-text = De pagina is opnieuw geladen, dus { $name } ziet uw scherm niet meer. Deel het opnieuw of beëindig de sessie.
share-reshare-button = Mijn scherm opnieuw delen
share-bar-label = Scherm delen
share-bar-text = U deelt uw scherm met { $name }
share-stop = Delen stoppen
share-connection-failed = Uw scherm kan niet worden verzonden. Controleer het netwerk of beëindig de sessie en probeer het opnieuw.

## Why a session ended, as the helper hears it

ended-helper-helper-left = U hebt de sessie beëindigd.
ended-helper-sharer-left = { $name } heeft de sessie beëindigd.
ended-helper-helper-disconnected = Uw verbinding was te lang verbroken, dus de sessie is beëindigd.
ended-helper-sharer-disconnected = De verbinding met { $name } is verbroken en niet hersteld, dus de sessie is beëindigd.
ended-helper-code-expired = Niemand heeft de code ingevoerd voordat deze verliep.
ended-helper-declined-timeout = { $name } heeft niet op tijd op uw aanvraag gereageerd.
ended-helper-revoked = Een beheerder heeft deze sessie beëindigd.
ended-helper-policy = De sessie is beëindigd omdat hulp op afstand is uitgeschakeld voor uw organisatie.
ended-helper-access-withdrawn = De sessie is beëindigd omdat uw toegang is gewijzigd: uw account, uw aanmelding of uw rol voor hulp op afstand staat deze sessie niet meer toe.
ended-helper-other = De sessie is beëindigd.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } heeft de sessie beëindigd.
ended-sharer-sharer-left = U hebt de sessie beëindigd. Er wordt niets meer gedeeld.
ended-sharer-helper-disconnected = De verbinding met { $name } is verbroken en niet hersteld, dus de sessie is beëindigd.
ended-sharer-sharer-disconnected = Uw verbinding was te lang verbroken, dus de sessie is beëindigd.
ended-sharer-code-expired = De code is verlopen.
ended-sharer-declined-timeout = U hebt niet op tijd gereageerd, dus de sessie is beëindigd. Er is niets gedeeld.
ended-sharer-revoked = Een beheerder heeft deze sessie beëindigd.
ended-sharer-policy = De sessie is beëindigd omdat hulp op afstand is uitgeschakeld voor uw organisatie.
ended-sharer-access-withdrawn = De sessie is beëindigd omdat { $name } u niet meer mag helpen, of uw eigen toegang is gewijzigd. Er wordt niets meer gedeeld.
ended-sharer-other = De sessie is beëindigd.

## Refusals from the server

error-remote-help-disabled = Hulp op afstand is uitgeschakeld voor uw organisatie. Een beheerder kan het inschakelen.
error-code-invalid = Deze code is ongeldig. Controleer de cijfers en probeer het opnieuw.
error-code-expired = Deze code is verlopen. Vraag uw helper om een nieuwe.
error-code-used = Deze code is al gebruikt. Vraag uw helper om een nieuwe.
error-unenrolled-device = Uw organisatie staat alleen hulp toe op ingeschreven apparaten. Installeer de Assist-app op dit apparaat of neem contact op met uw beheerder.
error-wrong-device = Deze sessie is voor een ander apparaat gestart. Vraag uw helper om een code voor dit apparaat.
error-chat-disabled = Chat is uitgeschakeld voor uw organisatie.
error-invalid-transition = Dat is op dit moment in de sessie niet mogelijk.
error-session-ended = Deze sessie is al beëindigd.
error-control-needs-agent = Voor volledig beheer is de Assist-app op het apparaat van de andere persoon nodig.
error-session-not-found = Deze sessie bestaat niet of u neemt er niet aan deel.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Uw account mag geen hulp op afstand aanbieden: daarvoor zijn de rechten ‘Hulp op afstand aanbieden’ en ‘Scherm weergeven’ nodig. Vraag een beheerder van uw organisatie om u helper te maken.
error-browser-sharing-not-allowed = Uw organisatie staat niet toe dat het scherm vanuit een webbrowser wordt gedeeld. Installeer de Assist-app op dit apparaat en voer daar de code in, of vraag het uw helpdesk.
error-sharer-out-of-scope = Deze helper mag u niet helpen: de rol omvat u of dit apparaat niet. Vraag uw helpdesk wie u kan helpen.
error-own-session = U hebt deze sessie zelf gestart. Geef de code aan de persoon die u helpt; die voert hem in om verbinding te maken.
error-helper-unavailable = De helper die u deze code gaf, kan niet meer helpen. Vraag uw helpdesk om iemand anders.
error-device-in-other-organisation = Dit apparaat is ingeschreven bij een andere organisatie. Vraag het uw beheerder.
error-device-out-of-scope = Dit apparaat valt buiten uw rol: u mag er niet op helpen. Kies een ander apparaat, of geen.
error-chat-empty = Schrijf een bericht voordat u verstuurt.
error-chat-too-long = Dit bericht is te lang. Maak het korter en verstuur het opnieuw.
error-chat-invalid-characters = Dit bericht bevat onzichtbare stuurtekens die niet kunnen worden verstuurd. Verwijder ze en probeer het opnieuw.
helper-permission-heading = U kunt nog geen hulp op afstand aanbieden
helper-permission-text = Voor hulp op afstand zijn de rechten ‘Hulp op afstand aanbieden’ en ‘Scherm weergeven’ nodig, en die heeft uw account niet.
helper-ask-admin = Vraag een beheerder van { $organisation } om dit te wijzigen.
helper-disabled-heading = Hulp op afstand staat uit
helper-disabled-text = Uw organisatie heeft hulp op afstand niet aangezet, dus er kan nog geen sessie worden gestart.
helper-open-settings = Instellingen van de organisatie openen
helper-browser-note = Uw organisatie staat delen vanuit een webbrowser niet toe: de persoon die u helpt, heeft de Assist-app nodig op een ingeschreven apparaat.
helper-join-refused-heading = Iemand probeerde deel te nemen met deze code
helper-join-refused-browser-sharing-not-allowed = Die persoon gebruikte een webbrowser, en uw organisatie staat delen vanuit een browser niet toe. Vraag om dezelfde code in de Assist-app in te voeren: hij is nog geldig.
helper-join-refused-unenrolled-device = Het apparaat is niet ingeschreven, en uw organisatie staat hulp alleen op ingeschreven apparaten toe. Vraag om de Assist-app op een ingeschreven apparaat te gebruiken: de code is nog geldig.
helper-join-refused-sharer-out-of-scope = Uw rol omvat die persoon of dat apparaat niet, dus deelnemen lukte niet. Verwijs door naar een helper wiens rol hen omvat, of vraag een beheerder uw rol te verruimen.
helper-join-refused-wrong-device = Die persoon gebruikte een ander apparaat dan u voor deze sessie koos. Vraag om de Assist-app op dat apparaat te gebruiken: de code is nog geldig.
share-app-explained = De Assist-app is het programma van uw organisatie om hulp te krijgen op deze computer. Daarmee kan uw helper uw muis en toetsenbord gebruiken terwijl u meekijkt, en u kunt de besturing op elk moment terugnemen of stoppen. Is de app niet geïnstalleerd, vraag het dan uw helpdesk.
share-app-download = De Assist-app downloaden

## Presence: the other person's connection dropped, or came back.
presence-away = De verbinding van { $name } is verbroken. Wachten tot die terugkomt…
presence-grace-left = De sessie eindigt over { $time } als die niet terugkomt.
presence-nobody-sees = Niemand kan uw scherm zien zolang die weg is. Het delen gaat verder zodra die terug is.
presence-end-now = Nu beëindigen
presence-back = { $name } is terug.
presence-back-reshare = { $name } is terug en wordt gevraagd het scherm opnieuw te delen.
share-bar-paused-text = Niemand ziet uw scherm nu: de verbinding van { $name } is verbroken
