# Messages of the remote help pages (Danish): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Afslut session
session-ended-heading = Sessionen er afsluttet
session-reconnecting = Forbindelsen blev afbrudt. Opretter forbindelse igen…
session-replaced = Denne session blev åbnet i et andet vindue, så den er stoppet her.
session-connection-closed = Forbindelsen til serveren blev lukket.
go-home = Tilbage til startsiden

## The trust card: who is on the other side

trust-helper-heading = Din hjælper
trust-sharer-heading = Den person, du hjælper
trust-job-title = Stilling
trust-company = Firma
trust-domain = Organisationens domæne
trust-domain-verified = Bekræftet
trust-domain-unverified = Ikke bekræftet
trust-not-set = Ikke angivet

## The device the helper is about to help with

device-heading = Enhed
device-name = Navn
device-system = Operativsystem
device-compliance = Overholdelse
device-compliant = Kompatibel
device-not-compliant = Ikke kompatibel
device-web-browser = Personen deltager fra en webbrowser, så enheden kan ikke identificeres.
device-none = Ingen oplysninger om enheden.
warning-device-not-enrolled = Denne enhed er ikke tilmeldt din organisation.
warning-device-not-enrolled-detail = Dens identitet og sikkerhedstilstand er ukendt. Vær forsigtig med, hvad du åbner eller skriver på den.
warning-device-not-compliant = Denne enhed overholder ikke din organisations politikker for overholdelse:

## Chat

chat-heading = Chat
chat-list-label = Beskeder
chat-input-label = Besked
chat-placeholder = Skriv en besked…
chat-send = Send
chat-you = Dig
chat-role-helper = Hjælper
chat-role-sharer = Person, der får hjælp
chat-sending = Sender…
chat-too-long = En besked må højst indeholde { $max } tegn.

## Helper console

helper-page-title = Fjernhjælp – Assist
helper-page-title-org = Fjernhjælp – { $organisation }
helper-start-heading = Start en fjernhjælpssession
helper-start-intro = Du får en sikkerhedskode på 8 cifre. Giv den til den person, du hjælper; personen angiver den for at oprette forbindelse.
helper-device-label = Enhed (valgfrit)
helper-device-none = Ingen bestemt enhed
helper-device-hint = Vælg personens enhed, hvis du kender den: Sessionen virker så kun på den enhed, og du kan se, om den er kompatibel.
helper-start-button = Ny fjernhjælpssession
helper-start-another = Start en anden session
helper-session-heading = Fjernhjælpssession
helper-code-heading = Sikkerhedskode
helper-code-copy = Kopiér kode
helper-code-copied = Koden er kopieret.
helper-code-copy-failed = Koden kunne ikke kopieres. Læs den op i stedet.
helper-code-expires-in = Udløber om { $time }
helper-code-expired = Koden er udløbet.
helper-code-one-minute = Sikkerhedskoden udløber om ét minut.
helper-code-instructions = Bed personen om at åbne { $address }, logge på og angive denne kode.
helper-code-not-shown-again = Sikkerhedskoden vises kun én gang. Hvis personen endnu ikke har tilsluttet sig, skal du afslutte denne session og starte en ny.
helper-status-waiting = Venter på, at personen angiver koden…
helper-status-joined = { $name } har tilsluttet sig. Bed om at se skærmen, når du er klar.
helper-status-asked-view = Venter på, at { $name } giver dig lov til at se skærmen…
helper-status-asked-control = Venter på, at { $name } tillader fuld kontrol…
helper-status-connecting = Opretter forbindelse til skærmen hos { $name }…
helper-status-viewing = Du ser skærmen hos { $name }.
helper-sharer-joined = { $name } har tilsluttet sig sessionen.
helper-request-declined = { $name } afviste din anmodning.
helper-granted-view = { $name } har givet dig lov til at se skærmen.
helper-granted-control = { $name } har tilladt fuld kontrol.
helper-granted-view-only = { $name } har kun tilladt visning.
helper-escalation-declined = { $name } beholdt kun visning.
helper-control-taken-back = { $name } har taget kontrollen tilbage. Du kan stadig se skærmen.
helper-control-paused = { $name } har sat din kontrol på pause.
helper-control-resumed = { $name } har givet dig kontrollen igen.
helper-connection-failed = Der kunne ikke oprettes forbindelse til skærmen. Kontrollér netværket, eller afslut sessionen, og prøv igen.
helper-mode-heading = Hvad har du brug for?
helper-mode-hint = Bed om kun visning for at se med, eller om fuld kontrol for at bruge personens mus og tastatur. Personen bestemmer.
helper-mode-web-hint = Personen bruger en webbrowser, som kun kan dele skærmen til visning. Fuld kontrol kræver Assist-appen på personens enhed.
helper-escalate-hint = Du kan bede om fuld kontrol; personen bestemmer igen.
helper-request-view = Anmod om kun visning
helper-request-control = Anmod om fuld kontrol

## The remote screen in the helper console

viewer-heading = Skærmen hos { $name }
viewer-stage-label = Fjernskærm hos { $name }
viewer-toolbar-label = Skærmvisning
viewer-fit = Tilpas til vindue
viewer-actual-size = Faktisk størrelse
viewer-full-screen = Fuld skærm
viewer-monitor-label = Skærm
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Kun visning
viewer-mode-control = Fuld kontrol
viewer-mode-paused = Kontrol sat på pause
viewer-role-view = fjernskærm, kun visning
viewer-role-control = fjernskærm, din mus og dit tastatur styrer den anden computer
viewer-hint-view = Du kan se skærmen, men ikke bruge den.
viewer-hint-control = Klik på skærmen for at bruge den. Mens den har fokus, sendes alle taster, også genveje, til den anden computer. Tryk på Ctrl+Alt+Home for at gå tilbage til værktøjslinjen.

## Sharer web app

share-page-title = Få hjælp – Assist
share-page-title-org = Få hjælp – { $organisation }
share-join-heading = Få hjælp
share-join-intro = Angiv den sikkerhedskode, du har fået af din hjælper. Du ser, hvem det er, før vedkommende kan se noget.
share-code-label = Sikkerhedskode
share-code-hint = 8 cifre, f.eks. 1234 5678.
share-code-invalid-format = Angiv sikkerhedskodens 8 cifre.
share-join-button = Fortsæt
share-join-another = Angiv en anden kode
share-session-heading = Fjernhjælp
share-status-joined = Forbundet med { $name }. Vedkommende vil bede om at se din skærm.
share-status-asked = { $name } venter på dit svar.
share-status-sharing = Du deler din skærm med { $name }.
share-request-view-heading = { $name } beder om at se din skærm
share-request-view-text = { $name } kan se alt på den skærm, du vælger, men kan ikke bruge din mus eller dit tastatur. Du kan stoppe når som helst.
share-request-control-heading = { $name } beder om fuld kontrol
share-request-control-text = Med fuld kontrol kan { $name } bruge din mus og dit tastatur.
share-control-needs-app = Fuld kontrol kræver Assist-appen på denne enhed. I browseren kan du kun dele din skærm til visning.
share-allow = Tillad
share-allow-view-only = Tillad kun visning
share-decline = Afvis
share-keep-view-only = Behold kun visning
share-picker-cancelled = Der blev ikke valgt nogen skærm, så intet deles. Vælg Tillad igen for at vælge en skærm, eller Afvis.
share-capture-failed = Denne browser kunne ikke dele skærmen. Prøv en anden browser, eller afvis.
share-reshare-heading = Din skærm deles ikke længere
share-reshare-text = Siden blev genindlæst, så { $name } kan ikke længere se din skærm. Del den igen, eller afslut sessionen.
share-reshare-button = Del min skærm igen
share-bar-label = Skærmdeling
share-bar-text = Du deler din skærm med { $name }
share-stop = Stop deling
share-connection-failed = Din skærm kunne ikke sendes. Kontrollér netværket, eller afslut sessionen, og prøv igen.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Du afsluttede sessionen.
ended-helper-sharer-left = { $name } afsluttede sessionen.
ended-helper-helper-disconnected = Din forbindelse var afbrudt for længe, så sessionen blev afsluttet.
ended-helper-sharer-disconnected = Forbindelsen til { $name } blev afbrudt og kom ikke tilbage, så sessionen blev afsluttet.
ended-helper-code-expired = Ingen angav koden, før den udløb.
ended-helper-declined-timeout = { $name } svarede ikke på din anmodning i tide.
ended-helper-revoked = En administrator afsluttede denne session.
ended-helper-policy = Sessionen blev afsluttet, fordi fjernhjælp er slået fra for din organisation.
ended-helper-access-withdrawn = Sessionen blev afsluttet, fordi din adgang er ændret: din konto, dit logon eller din rolle til fjernhjælp tillader ikke længere denne session.
ended-helper-other = Sessionen blev afsluttet.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } afsluttede sessionen.
ended-sharer-sharer-left = Du afsluttede sessionen. Intet deles længere.
ended-sharer-helper-disconnected = Forbindelsen til { $name } blev afbrudt og kom ikke tilbage, så sessionen blev afsluttet.
ended-sharer-sharer-disconnected = Din forbindelse var afbrudt for længe, så sessionen blev afsluttet.
ended-sharer-code-expired = Koden er udløbet.
ended-sharer-declined-timeout = Du svarede ikke i tide, så sessionen blev afsluttet. Intet blev delt.
ended-sharer-revoked = En administrator afsluttede denne session.
ended-sharer-policy = Sessionen blev afsluttet, fordi fjernhjælp er slået fra for din organisation.
ended-sharer-access-withdrawn = Sessionen blev afsluttet, fordi { $name } ikke længere må hjælpe dig, eller fordi din egen adgang er ændret. Intet deles længere.
ended-sharer-other = Sessionen blev afsluttet.

## Refusals from the server

error-remote-help-disabled = Fjernhjælp er slået fra for din organisation. En administrator kan slå det til.
error-code-invalid = Denne kode er ikke gyldig. Kontrollér cifrene, og prøv igen.
error-code-expired = Denne kode er udløbet. Bed din hjælper om en ny.
error-code-used = Denne kode er allerede brugt. Bed din hjælper om en ny.
error-unenrolled-device = Din organisation tillader kun hjælp på tilmeldte enheder. Installer Assist-appen på denne enhed, eller kontakt din administrator.
error-wrong-device = Denne session blev startet til en anden enhed. Bed din hjælper om en kode til denne enhed.
error-chat-disabled = Chat er slået fra for din organisation.
error-invalid-transition = Det er ikke muligt på dette tidspunkt i sessionen.
error-session-ended = Denne session er allerede afsluttet.
error-control-needs-agent = Fuld kontrol kræver Assist-appen på den anden persons enhed.
error-session-not-found = Denne session findes ikke, eller du deltager ikke i den.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Din konto må ikke tilbyde fjernhjælp: den skal have tilladelserne »Tilbyd fjernhjælp« og »Se skærm«. Bed en administrator i din organisation om at gøre dig til hjælper.
error-browser-sharing-not-allowed = Din organisation tillader ikke deling af skærmen fra en webbrowser. Installer Assist-appen på denne enhed, og indtast koden der, eller kontakt din helpdesk.
error-sharer-out-of-scope = Denne hjælper må ikke hjælpe dig: rollen dækker ikke dig eller denne enhed. Spørg din helpdesk, hvem der kan hjælpe dig.
error-own-session = Du har selv startet denne session. Giv koden til den person, du hjælper; vedkommende indtaster den for at oprette forbindelse.
error-helper-unavailable = Hjælperen, der gav dig denne kode, kan ikke længere hjælpe. Bed din helpdesk om en anden.
error-device-in-other-organisation = Denne enhed er tilmeldt en anden organisation. Kontakt din administrator.
error-device-out-of-scope = Denne enhed ligger uden for din rolle: du må ikke hjælpe på den. Vælg en anden enhed eller ingen.
error-chat-empty = Skriv en besked, før du sender.
error-chat-too-long = Denne besked er for lang. Gør den kortere, og send den igen.
error-chat-invalid-characters = Denne besked indeholder usynlige kontroltegn, som ikke kan sendes. Fjern dem, og prøv igen.
helper-permission-heading = Du kan endnu ikke tilbyde fjernhjælp
helper-permission-text = Fjernhjælp kræver tilladelserne »Tilbyd fjernhjælp« og »Se skærm«, som din konto ikke har.
helper-ask-admin = Bed en administrator i { $organisation } om at ændre det.
helper-disabled-heading = Fjernhjælp er slået fra
helper-disabled-text = Din organisation har ikke slået fjernhjælp til, så der kan endnu ikke startes en session.
helper-open-settings = Åbn organisationens indstillinger
helper-browser-note = Din organisation tillader ikke deling fra en webbrowser: den person, du hjælper, skal bruge Assist-appen på en tilmeldt enhed.
helper-join-refused-heading = Nogen forsøgte at deltage med denne kode
helper-join-refused-browser-sharing-not-allowed = Vedkommende brugte en webbrowser, og din organisation tillader ikke deling fra en browser. Bed vedkommende indtaste den samme kode i Assist-appen: den er stadig gyldig.
helper-join-refused-unenrolled-device = Vedkommendes enhed er ikke tilmeldt, og din organisation tillader kun hjælp på tilmeldte enheder. Bed vedkommende bruge Assist-appen på en tilmeldt enhed: koden er stadig gyldig.
helper-join-refused-sharer-out-of-scope = Din rolle dækker ikke den person eller enheden, så vedkommende kunne ikke deltage. Send vedkommende videre til en hjælper, hvis rolle dækker dem, eller bed en administrator udvide din.
helper-join-refused-wrong-device = Vedkommende brugte en anden enhed end den, du valgte til denne session. Bed vedkommende bruge Assist-appen på den enhed: koden er stadig gyldig.
share-app-explained = Assist-appen er din organisations program til at få hjælp på denne computer. Med den kan din hjælper bruge din mus og dit tastatur, mens du ser på, og du kan til enhver tid tage styringen tilbage eller stoppe. Hvis den ikke er installeret, så spørg din helpdesk.
share-app-download = Hent Assist-appen

## Presence: the other person's connection dropped, or came back.
presence-away = Forbindelsen til { $name } blev afbrudt. Venter på, at vedkommende kommer tilbage…
presence-grace-left = Sessionen slutter om { $time }, medmindre vedkommende kommer tilbage.
presence-nobody-sees = Ingen kan se din skærm, mens vedkommende er væk. Delingen fortsætter, når vedkommende er tilbage.
presence-end-now = Afslut nu
presence-back = { $name } er tilbage.
presence-back-reshare = { $name } er tilbage og bliver bedt om at dele sin skærm igen.
share-bar-paused-text = Ingen ser din skærm nu: forbindelsen til { $name } blev afbrudt
