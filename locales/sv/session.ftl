# Messages of the remote help pages (Swedish): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Avsluta sessionen
session-ended-heading = Sessionen har avslutats
session-reconnecting = Anslutningen avbröts. Ansluter igen…
session-replaced = Sessionen öppnades i ett annat fönster, så den har stoppats här.
session-connection-closed = Anslutningen till servern stängdes.
go-home = Tillbaka till startsidan

## The trust card: who is on the other side

trust-helper-heading = Din hjälpare
trust-sharer-heading = Personen du hjälper
trust-job-title = Befattning
trust-company = Företag
trust-domain = Organisationens domän
trust-domain-verified = Verifierad
trust-domain-unverified = Inte verifierad
trust-not-set = Inte angivet

## The device the helper is about to help with

device-heading = Enhet
device-name = Namn
device-system = Operativsystem
device-compliance = Efterlevnad
device-compliant = Kompatibel
device-not-compliant = Inte kompatibel
device-web-browser = Personen anslöt från en webbläsare, så enheten kan inte identifieras.
device-none = Ingen enhetsinformation.
warning-device-not-enrolled = Enheten är inte registrerad i din organisation.
warning-device-not-enrolled-detail = Dess identitet och säkerhetsstatus är okända. Var försiktig med vad du öppnar eller skriver på den.
warning-device-not-compliant = Enheten uppfyller inte organisationens efterlevnadsprinciper:

## Chat

chat-heading = Chatt
chat-list-label = Meddelanden
chat-input-label = Meddelande
chat-placeholder = Skriv ett meddelande…
chat-send = Skicka
chat-you = Du
chat-role-helper = Hjälpare
chat-role-sharer = Person som får hjälp
chat-sending = Skickar…
chat-too-long = Ett meddelande får innehålla högst { $max } tecken.

## Helper console

helper-page-title = Fjärrhjälp – Assist
helper-page-title-org = Fjärrhjälp – { $organisation }
helper-start-heading = Starta en fjärrhjälpssession
helper-start-intro = Du får en säkerhetskod med 8 siffror. Ge den till personen du hjälper; personen anger den för att ansluta.
helper-device-label = Enhet (valfritt)
helper-device-none = Ingen särskild enhet
helper-device-hint = Välj personens enhet om du känner till den: sessionen fungerar då bara på den enheten, och du ser dess efterlevnad.
helper-start-button = Ny fjärrhjälpssession
helper-start-another = Starta en ny session
helper-session-heading = Fjärrhjälpssession
helper-code-heading = Säkerhetskod
helper-code-copy = Kopiera koden
helper-code-copied = Koden har kopierats.
helper-code-copy-failed = Det gick inte att kopiera koden. Läs upp den i stället.
helper-code-expires-in = Går ut om { $time }
helper-code-expired = Koden har gått ut.
helper-code-one-minute = Säkerhetskoden går ut om en minut.
helper-code-instructions = Be personen att öppna { $address }, logga in och ange den här koden.
helper-code-not-shown-again = Säkerhetskoden visas bara en gång. Om personen inte har anslutit ännu avslutar du den här sessionen och startar en ny.
helper-status-waiting = Väntar på att personen ska ange koden…
helper-status-joined = { $name } har anslutit. Be om att få se skärmen när du är redo.
helper-status-asked-view = Väntar på att { $name } ska låta dig se skärmen…
helper-status-asked-control = Väntar på att { $name } ska tillåta fullständig kontroll…
helper-status-connecting = Ansluter till skärmen hos { $name }…
helper-status-viewing = Du ser skärmen hos { $name }.
helper-sharer-joined = { $name } har anslutit till sessionen.
helper-request-declined = { $name } avböjde din begäran.
helper-granted-view = { $name } har låtit dig se skärmen.
helper-granted-control = { $name } har tillåtit fullständig kontroll.
helper-granted-view-only = { $name } har tillåtit endast visning.
helper-escalation-declined = { $name } behöll endast visning.
helper-control-taken-back = { $name } har tagit tillbaka kontrollen. Du kan fortfarande se skärmen.
helper-control-paused = { $name } har pausat din kontroll.
helper-control-resumed = { $name } har gett dig kontrollen igen.
helper-connection-failed = Det gick inte att ansluta till skärmen. Kontrollera nätverket, eller avsluta sessionen och försök igen.
helper-mode-heading = Vad behöver du?
helper-mode-hint = Be om endast visning för att titta, eller om fullständig kontroll för att använda personens mus och tangentbord. Personen bestämmer.
helper-mode-web-hint = Personen använder en webbläsare, som bara kan dela skärmen för visning. Fullständig kontroll kräver Assist-appen på personens enhet.
helper-escalate-hint = Du kan be om fullständig kontroll; personen bestämmer igen.
helper-request-view = Begär endast visning
helper-request-control = Begär fullständig kontroll

## The remote screen in the helper console

viewer-heading = Skärmen hos { $name }
viewer-stage-label = Fjärrskärm hos { $name }
viewer-toolbar-label = Skärmvisning
viewer-fit = Anpassa till fönstret
viewer-actual-size = Faktisk storlek
viewer-full-screen = Helskärm
viewer-monitor-label = Bildskärm
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Endast visning
viewer-mode-control = Fullständig kontroll
viewer-mode-paused = Kontrollen är pausad
viewer-role-view = fjärrskärm, endast visning
viewer-role-control = fjärrskärm, din mus och ditt tangentbord styr den andra datorn
viewer-hint-view = Du kan se skärmen men inte använda den.
viewer-hint-control = Klicka på skärmen för att använda den. När den har fokus skickas varje tangent, även kortkommandon, till den andra datorn. Tryck på Ctrl+Alt+Home för att gå tillbaka till verktygsfältet.

## Sharer web app

share-page-title = Få hjälp – Assist
share-page-title-org = Få hjälp – { $organisation }
share-join-heading = Få hjälp
share-join-intro = Ange säkerhetskoden som du fick av din hjälpare. Du ser vem det är innan personen kan se något.
share-code-label = Säkerhetskod
share-code-hint = 8 siffror, till exempel 1234 5678.
share-code-invalid-format = Ange säkerhetskodens 8 siffror.
share-join-button = Fortsätt
share-join-another = Ange en annan kod
share-session-heading = Fjärrhjälp
share-status-joined = Ansluten till { $name }. Personen kommer att be om att få se din skärm.
share-status-asked = { $name } väntar på ditt svar.
share-status-sharing = Du delar din skärm med { $name }.
share-request-view-heading = { $name } ber om att få se din skärm
share-request-view-text = { $name } kommer att se allt på skärmen du väljer, men kan inte använda din mus eller ditt tangentbord. Du kan sluta när som helst.
share-request-control-heading = { $name } ber om fullständig kontroll
share-request-control-text = Med fullständig kontroll kan { $name } använda din mus och ditt tangentbord.
share-control-needs-app = Fullständig kontroll kräver Assist-appen på den här enheten. I webbläsaren kan du bara dela skärmen för visning.
share-allow = Tillåt
share-allow-view-only = Tillåt endast visning
share-decline = Avböj
share-keep-view-only = Behåll endast visning
share-picker-cancelled = Ingen skärm valdes, så ingenting delas. Välj Tillåt igen för att välja en skärm, eller Avböj.
share-capture-failed = Den här webbläsaren kunde inte dela skärmen. Prova en annan webbläsare eller avböj.
share-reshare-heading = Din skärm delas inte längre
share-reshare-text = Sidan lästes in igen, så { $name } ser inte längre din skärm. Dela den igen eller avsluta sessionen.
share-reshare-button = Dela min skärm igen
share-bar-label = Skärmdelning
share-bar-text = Du delar din skärm med { $name }
share-stop = Sluta dela
share-connection-failed = Det gick inte att skicka din skärm. Kontrollera nätverket, eller avsluta sessionen och försök igen.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Du avslutade sessionen.
ended-helper-sharer-left = { $name } avslutade sessionen.
ended-helper-helper-disconnected = Din anslutning var bruten för länge, så sessionen avslutades.
ended-helper-sharer-disconnected = Anslutningen till { $name } bröts och återställdes inte, så sessionen avslutades.
ended-helper-code-expired = Ingen angav koden innan den gick ut.
ended-helper-declined-timeout = { $name } svarade inte på din begäran i tid.
ended-helper-revoked = En administratör avslutade sessionen.
ended-helper-policy = Sessionen avslutades eftersom fjärrhjälp har stängts av för din organisation.
ended-helper-access-withdrawn = Sessionen avslutades eftersom din åtkomst har ändrats: ditt konto, din inloggning eller din roll för fjärrhjälp tillåter inte längre den här sessionen.
ended-helper-other = Sessionen avslutades.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } avslutade sessionen.
ended-sharer-sharer-left = Du avslutade sessionen. Ingenting delas längre.
ended-sharer-helper-disconnected = Anslutningen till { $name } bröts och återställdes inte, så sessionen avslutades.
ended-sharer-sharer-disconnected = Din anslutning var bruten för länge, så sessionen avslutades.
ended-sharer-code-expired = Koden gick ut.
ended-sharer-declined-timeout = Du svarade inte i tid, så sessionen avslutades. Ingenting delades.
ended-sharer-revoked = En administratör avslutade sessionen.
ended-sharer-policy = Sessionen avslutades eftersom fjärrhjälp har stängts av för din organisation.
ended-sharer-access-withdrawn = Sessionen avslutades eftersom { $name } inte längre får hjälpa dig, eller så har din egen åtkomst ändrats. Ingenting delas längre.
ended-sharer-other = Sessionen avslutades.

## Refusals from the server

error-remote-help-disabled = Fjärrhjälp är avstängt för din organisation. En administratör kan aktivera det.
error-code-invalid = Koden är inte giltig. Kontrollera siffrorna och försök igen.
error-code-expired = Koden har gått ut. Be din hjälpare om en ny.
error-code-used = Koden har redan använts. Be din hjälpare om en ny.
error-unenrolled-device = Din organisation tillåter bara hjälp på registrerade enheter. Installera Assist-appen på den här enheten eller kontakta administratören.
error-wrong-device = Sessionen startades för en annan enhet. Be din hjälpare om en kod för den här enheten.
error-chat-disabled = Chatten är avstängd för din organisation.
error-invalid-transition = Det går inte att göra i det här skedet av sessionen.
error-session-ended = Sessionen har redan avslutats.
error-control-needs-agent = Fullständig kontroll kräver Assist-appen på den andra personens enhet.
error-session-not-found = Sessionen finns inte, eller så deltar du inte i den.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Ditt konto får inte erbjuda fjärrhjälp: det behöver behörigheterna ”Erbjuda fjärrhjälp” och ”Visa skärm”. Be en administratör i din organisation att göra dig till hjälpare.
error-browser-sharing-not-allowed = Din organisation tillåter inte att skärmen delas från en webbläsare. Installera Assist-appen på den här enheten och ange koden där, eller kontakta din supportavdelning.
error-sharer-out-of-scope = Den här hjälparen får inte hjälpa dig: rollen omfattar inte dig eller den här enheten. Fråga din supportavdelning vem som kan hjälpa dig.
error-own-session = Du startade själv den här sessionen. Ge koden till personen du hjälper; hen anger den för att ansluta.
error-helper-unavailable = Hjälparen som gav dig koden kan inte längre hjälpa till. Be din supportavdelning om någon annan.
error-device-in-other-organisation = Den här enheten är registrerad i en annan organisation. Kontakta administratören.
error-device-out-of-scope = Den här enheten ligger utanför din roll: du får inte hjälpa på den. Välj en annan enhet eller ingen.
error-chat-empty = Skriv ett meddelande innan du skickar.
error-chat-too-long = Meddelandet är för långt. Korta ner det och skicka igen.
error-chat-invalid-characters = Meddelandet innehåller osynliga kontrolltecken som inte kan skickas. Ta bort dem och försök igen.
helper-permission-heading = Du kan inte erbjuda fjärrhjälp ännu
helper-permission-text = För att erbjuda fjärrhjälp krävs behörigheterna ”Erbjuda fjärrhjälp” och ”Visa skärm”, som ditt konto saknar.
helper-ask-admin = Be en administratör i { $organisation } att ändra detta.
helper-disabled-heading = Fjärrhjälp är avstängd
helper-disabled-text = Din organisation har inte slagit på fjärrhjälp, så ingen session kan startas än.
helper-open-settings = Öppna organisationens inställningar
helper-browser-note = Din organisation tillåter inte delning från en webbläsare: personen du hjälper behöver Assist-appen på en registrerad enhet.
helper-join-refused-heading = Någon försökte ansluta med den här koden
helper-join-refused-browser-sharing-not-allowed = Personen använde en webbläsare, och din organisation tillåter inte delning från en webbläsare. Be hen ange samma kod i Assist-appen: den gäller fortfarande.
helper-join-refused-unenrolled-device = Personens enhet är inte registrerad, och din organisation tillåter bara hjälp på registrerade enheter. Be hen använda Assist-appen på en registrerad enhet: koden gäller fortfarande.
helper-join-refused-sharer-out-of-scope = Din roll omfattar inte den personen eller enheten, så hen kunde inte ansluta. Skicka vidare till en hjälpare vars roll omfattar hen, eller be en administratör utöka din.
helper-join-refused-wrong-device = Personen använde en annan enhet än den du valde för sessionen. Be hen använda Assist-appen på den enheten: koden gäller fortfarande.
share-app-explained = Assist-appen är din organisations program för att få hjälp på den här datorn. Med den kan din hjälpare använda din mus och ditt tangentbord medan du tittar, och du kan när som helst ta tillbaka kontrollen eller avsluta. Om den inte är installerad, fråga din supportavdelning.
share-app-download = Ladda ner Assist-appen

## Presence: the other person's connection dropped, or came back.
presence-away = Anslutningen för { $name } bröts. Väntar på att personen kommer tillbaka…
presence-grace-left = Sessionen avslutas om { $time } om personen inte kommer tillbaka.
presence-nobody-sees = Ingen kan se din skärm medan personen är borta. Delningen fortsätter när personen är tillbaka.
presence-end-now = Avsluta nu
presence-back = { $name } är tillbaka.
presence-back-reshare = { $name } är tillbaka och ombeds dela sin skärm igen.
share-bar-paused-text = Ingen ser din skärm nu: anslutningen för { $name } bröts
