# Messages of the remote help pages (German): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Sitzung beenden
session-ended-heading = Sitzung beendet
session-reconnecting = Die Verbindung wurde unterbrochen. Verbindung wird wiederhergestellt…
session-replaced = Diese Sitzung wurde in einem anderen Fenster geöffnet, daher wurde sie hier beendet.
session-connection-closed = Die Verbindung zum Server wurde getrennt.
go-home = Zurück zur Startseite

## The trust card: who is on the other side

trust-helper-heading = Ihr Helfer
trust-sharer-heading = Die Person, der Sie helfen
trust-job-title = Position
trust-company = Unternehmen
trust-domain = Domäne der Organisation
trust-domain-verified = Verifiziert
trust-domain-unverified = Nicht verifiziert
trust-not-set = Nicht angegeben

## The device the helper is about to help with

device-heading = Gerät
device-name = Name
device-system = Betriebssystem
device-compliance = Konformität
device-compliant = Konform
device-not-compliant = Nicht konform
device-web-browser = Die Person hat sich über einen Webbrowser verbunden, daher kann das Gerät nicht identifiziert werden.
device-none = Keine Geräteinformationen.
warning-device-not-enrolled = Dieses Gerät ist nicht in Ihrer Organisation registriert.
warning-device-not-enrolled-detail = Seine Identität und sein Sicherheitsstatus sind unbekannt. Seien Sie vorsichtig mit dem, was Sie darauf öffnen oder eingeben.
warning-device-not-compliant = Dieses Gerät erfüllt die Konformitätsrichtlinien Ihrer Organisation nicht:

## Chat

chat-heading = Chat
chat-list-label = Nachrichten
chat-input-label = Nachricht
chat-placeholder = Nachricht schreiben…
chat-send = Senden
chat-you = Sie
chat-role-helper = Helfer
chat-role-sharer = Unterstützte Person
chat-sending = Wird gesendet…
chat-too-long = Eine Nachricht darf höchstens { $max } Zeichen lang sein.

## Helper console

helper-page-title = Remotehilfe – Assist
helper-page-title-org = Remotehilfe – { $organisation }
helper-start-heading = Remotehilfesitzung starten
helper-start-intro = Sie erhalten einen 8-stelligen Sicherheitscode. Geben Sie ihn an die Person weiter, der Sie helfen; sie gibt ihn ein, um die Verbindung herzustellen.
helper-device-label = Gerät (optional)
helper-device-none = Kein bestimmtes Gerät
helper-device-hint = Wählen Sie das Gerät der Person aus, wenn Sie es kennen: Die Sitzung funktioniert dann nur auf diesem Gerät, und Sie sehen seine Konformität.
helper-start-button = Neue Remotehilfesitzung
helper-start-another = Weitere Sitzung starten
helper-session-heading = Remotehilfesitzung
helper-code-heading = Sicherheitscode
helper-code-copy = Code kopieren
helper-code-copied = Code kopiert.
helper-code-copy-failed = Der Code konnte nicht kopiert werden. Bitte lesen Sie ihn stattdessen vor.
helper-code-expires-in = Läuft ab in { $time }
helper-code-expired = Der Code ist abgelaufen.
helper-code-one-minute = Der Sicherheitscode läuft in einer Minute ab.
helper-code-instructions = Bitten Sie die Person, { $address } zu öffnen, sich anzumelden und diesen Code einzugeben.
helper-code-not-shown-again = Der Sicherheitscode wird nur einmal angezeigt. Wenn die Person noch nicht beigetreten ist, beenden Sie diese Sitzung, und starten Sie eine neue.
helper-status-waiting = Warten, bis die Person den Code eingibt…
helper-status-joined = { $name } ist beigetreten. Bitten Sie darum, den Bildschirm zu sehen, sobald Sie bereit sind.
helper-status-asked-view = Warten, bis { $name } Ihnen erlaubt, den Bildschirm zu sehen…
helper-status-asked-control = Warten, bis { $name } die vollständige Steuerung erlaubt…
helper-status-connecting = Verbindung mit dem Bildschirm von { $name } wird hergestellt…
helper-status-viewing = Sie sehen den Bildschirm von { $name }.
helper-sharer-joined = { $name } ist der Sitzung beigetreten.
helper-request-declined = { $name } hat Ihre Anfrage abgelehnt.
helper-granted-view = { $name } hat Ihnen erlaubt, den Bildschirm zu sehen.
helper-granted-control = { $name } hat die vollständige Steuerung erlaubt.
helper-granted-view-only = { $name } hat nur das Anzeigen erlaubt.
helper-escalation-declined = { $name } hat es beim Nur-Anzeigen belassen.
helper-control-taken-back = { $name } hat die Steuerung zurückgenommen. Sie sehen den Bildschirm weiterhin.
helper-control-paused = { $name } hat Ihre Steuerung angehalten.
helper-control-resumed = { $name } hat Ihnen die Steuerung wieder übergeben.
helper-connection-failed = Der Bildschirm konnte nicht verbunden werden. Überprüfen Sie das Netzwerk, oder beenden Sie die Sitzung, und versuchen Sie es erneut.
helper-mode-heading = Was benötigen Sie?
helper-mode-hint = Fordern Sie „Nur anzeigen“ an, um zuzusehen, oder „Vollständige Steuerung“, um Maus und Tastatur der Person zu verwenden. Die Person entscheidet.
helper-mode-web-hint = Die Person verwendet einen Webbrowser, der den Bildschirm nur zum Anzeigen freigeben kann. Für die vollständige Steuerung ist die Assist-App auf ihrem Gerät erforderlich.
helper-escalate-hint = Sie können die vollständige Steuerung anfordern; die Person entscheidet erneut.
helper-request-view = Nur anzeigen anfordern
helper-request-control = Vollständige Steuerung anfordern

## The remote screen in the helper console

viewer-heading = Bildschirm von { $name }
viewer-stage-label = Remotebildschirm von { $name }
viewer-toolbar-label = Bildschirmansicht
viewer-fit = An Fenster anpassen
viewer-actual-size = Tatsächliche Größe
viewer-full-screen = Vollbild
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Nur anzeigen
viewer-mode-control = Vollständige Steuerung
viewer-mode-paused = Steuerung angehalten
viewer-role-view = Remotebildschirm, nur anzeigen
viewer-role-control = Remotebildschirm, Ihre Maus und Tastatur steuern den anderen Computer
viewer-hint-view = Sie können den Bildschirm sehen, aber nicht bedienen.
viewer-hint-control = Klicken Sie auf den Bildschirm, um ihn zu bedienen. Solange er den Fokus hat, geht jede Taste, auch Tastenkombinationen, an den anderen Computer. Drücken Sie Ctrl+Alt+Home, um zur Symbolleiste zurückzukehren.

## Sharer web app

share-page-title = Hilfe erhalten – Assist
share-page-title-org = Hilfe erhalten – { $organisation }
share-join-heading = Hilfe erhalten
share-join-intro = Geben Sie den Sicherheitscode ein, den Ihr Helfer Ihnen gegeben hat. Sie sehen, wer es ist, bevor diese Person etwas sehen kann.
share-code-label = Sicherheitscode
share-code-hint = 8 Ziffern, z. B. 1234 5678.
share-code-invalid-format = Geben Sie die 8 Ziffern des Sicherheitscodes ein.
share-join-button = Weiter
share-join-another = Anderen Code eingeben
share-session-heading = Remotehilfe
share-status-joined = Verbunden mit { $name }. { $name } wird Sie bitten, Ihren Bildschirm sehen zu dürfen.
share-status-asked = { $name } wartet auf Ihre Antwort.
share-status-sharing = Sie geben Ihren Bildschirm für { $name } frei.
share-request-view-heading = { $name } möchte Ihren Bildschirm sehen
share-request-view-text = { $name } sieht alles auf dem Bildschirm, den Sie auswählen, kann aber Ihre Maus und Tastatur nicht verwenden. Sie können jederzeit beenden.
share-request-control-heading = { $name } bittet um vollständige Steuerung
share-request-control-text = Mit vollständiger Steuerung könnte { $name } Ihre Maus und Tastatur verwenden.
share-control-needs-app = Für die vollständige Steuerung ist die Assist-App auf diesem Gerät erforderlich. Im Browser können Sie Ihren Bildschirm nur zum Anzeigen freigeben.
share-allow = Zulassen
share-allow-view-only = Nur Anzeigen zulassen
share-decline = Ablehnen
share-keep-view-only = Bei „Nur anzeigen“ bleiben
share-picker-cancelled = Es wurde kein Bildschirm ausgewählt, daher wird nichts freigegeben. Wählen Sie erneut „Zulassen“, um einen Bildschirm auszuwählen, oder „Ablehnen“.
share-capture-failed = Dieser Browser konnte den Bildschirm nicht freigeben. Bitte versuchen Sie es mit einem anderen Browser, oder lehnen Sie ab.
share-reshare-heading = Ihr Bildschirm wird nicht mehr freigegeben
share-reshare-text = Die Seite wurde neu geladen, daher sieht { $name } Ihren Bildschirm nicht mehr. Geben Sie ihn erneut frei, oder beenden Sie die Sitzung.
share-reshare-button = Bildschirm erneut freigeben
share-bar-label = Bildschirmfreigabe
share-bar-text = Sie geben Ihren Bildschirm für { $name } frei
share-stop = Freigabe beenden
share-connection-failed = Ihr Bildschirm konnte nicht übertragen werden. Überprüfen Sie das Netzwerk, oder beenden Sie die Sitzung, und versuchen Sie es erneut.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Sie haben die Sitzung beendet.
ended-helper-sharer-left = { $name } hat die Sitzung beendet.
ended-helper-helper-disconnected = Ihre Verbindung war zu lange unterbrochen, daher wurde die Sitzung beendet.
ended-helper-sharer-disconnected = Die Verbindung zu { $name } wurde unterbrochen und nicht wiederhergestellt, daher wurde die Sitzung beendet.
ended-helper-code-expired = Niemand hat den Code eingegeben, bevor er abgelaufen ist.
ended-helper-declined-timeout = { $name } hat nicht rechtzeitig auf Ihre Anfrage geantwortet.
ended-helper-revoked = Ein Administrator hat diese Sitzung beendet.
ended-helper-policy = Die Sitzung wurde beendet, weil die Remotehilfe für Ihre Organisation deaktiviert wurde.
ended-helper-access-withdrawn = Die Sitzung wurde beendet, weil sich Ihr Zugriff geändert hat: Ihr Konto, Ihre Anmeldung oder Ihre Rolle für Remotehilfe lässt diese Sitzung nicht mehr zu.
ended-helper-other = Die Sitzung wurde beendet.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } hat die Sitzung beendet.
ended-sharer-sharer-left = Sie haben die Sitzung beendet. Es wird nichts mehr freigegeben.
ended-sharer-helper-disconnected = Die Verbindung zu { $name } wurde unterbrochen und nicht wiederhergestellt, daher wurde die Sitzung beendet.
ended-sharer-sharer-disconnected = Ihre Verbindung war zu lange unterbrochen, daher wurde die Sitzung beendet.
ended-sharer-code-expired = Der Code ist abgelaufen.
ended-sharer-declined-timeout = Sie haben nicht rechtzeitig geantwortet, daher wurde die Sitzung beendet. Es wurde nichts freigegeben.
ended-sharer-revoked = Ein Administrator hat diese Sitzung beendet.
ended-sharer-policy = Die Sitzung wurde beendet, weil die Remotehilfe für Ihre Organisation deaktiviert wurde.
ended-sharer-access-withdrawn = Die Sitzung wurde beendet, weil { $name } Ihnen nicht mehr helfen darf oder sich Ihr eigener Zugriff geändert hat. Es wird nichts mehr freigegeben.
ended-sharer-other = Die Sitzung wurde beendet.

## Refusals from the server

error-remote-help-disabled = Die Remotehilfe ist für Ihre Organisation deaktiviert. Ein Administrator kann sie aktivieren.
error-code-invalid = Dieser Code ist ungültig. Überprüfen Sie die Ziffern, und versuchen Sie es erneut.
error-code-expired = Dieser Code ist abgelaufen. Bitten Sie Ihren Helfer um einen neuen Code.
error-code-used = Dieser Code wurde bereits verwendet. Bitten Sie Ihren Helfer um einen neuen Code.
error-unenrolled-device = Ihre Organisation erlaubt Hilfe nur auf registrierten Geräten. Installieren Sie die Assist-App auf diesem Gerät, oder wenden Sie sich an Ihren Administrator.
error-wrong-device = Diese Sitzung wurde für ein anderes Gerät gestartet. Bitten Sie Ihren Helfer um einen Code für dieses Gerät.
error-chat-disabled = Der Chat ist für Ihre Organisation deaktiviert.
error-invalid-transition = Das ist zu diesem Zeitpunkt der Sitzung nicht möglich.
error-session-ended = Diese Sitzung wurde bereits beendet.
error-control-needs-agent = Für die vollständige Steuerung ist die Assist-App auf dem Gerät der anderen Person erforderlich.
error-session-not-found = Diese Sitzung ist nicht vorhanden, oder Sie nehmen nicht daran teil.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Ihr Konto darf keine Remotehilfe anbieten: Dafür sind die Berechtigungen „Remoteunterstützung anbieten“ und „Bildschirm anzeigen“ nötig. Bitten Sie eine Administratorin oder einen Administrator Ihrer Organisation, Sie als Helfer einzurichten.
error-browser-sharing-not-allowed = Ihre Organisation erlaubt keine Bildschirmfreigabe aus einem Webbrowser. Installieren Sie die Assist-App auf diesem Gerät und geben Sie den Code dort ein, oder wenden Sie sich an Ihren Helpdesk.
error-sharer-out-of-scope = Diese Person darf Ihnen nicht helfen: Ihre Rolle umfasst weder Sie noch dieses Gerät. Fragen Sie Ihren Helpdesk, wer Ihnen helfen kann.
error-own-session = Sie haben diese Sitzung selbst gestartet. Geben Sie den Code der Person, der Sie helfen; sie gibt ihn ein, um sich zu verbinden.
error-helper-unavailable = Die Person, die Ihnen diesen Code gegeben hat, kann nicht mehr helfen. Bitten Sie Ihren Helpdesk um jemand anderen.
error-device-in-other-organisation = Dieses Gerät ist in einer anderen Organisation registriert. Wenden Sie sich an Ihre Administration.
error-device-out-of-scope = Dieses Gerät liegt außerhalb Ihrer Rolle: Sie dürfen darauf nicht helfen. Wählen Sie ein anderes Gerät oder keines.
error-chat-empty = Schreiben Sie vor dem Senden eine Nachricht.
error-chat-too-long = Diese Nachricht ist zu lang. Kürzen Sie sie und senden Sie sie erneut.
error-chat-invalid-characters = Diese Nachricht enthält unsichtbare Steuerzeichen, die nicht gesendet werden können. Entfernen Sie sie und versuchen Sie es erneut.
helper-permission-heading = Sie können noch keine Remotehilfe anbieten
helper-permission-text = Für Remotehilfe sind die Berechtigungen „Remoteunterstützung anbieten“ und „Bildschirm anzeigen“ nötig, die Ihr Konto nicht hat.
helper-ask-admin = Bitten Sie eine Administratorin oder einen Administrator von { $organisation }, dies zu ändern.
helper-disabled-heading = Remotehilfe ist ausgeschaltet
helper-disabled-text = Ihre Organisation hat Remotehilfe nicht eingeschaltet, daher kann noch keine Sitzung gestartet werden.
helper-open-settings = Einstellungen der Organisation öffnen
helper-browser-note = Ihre Organisation erlaubt keine Freigabe aus einem Webbrowser: Die Person, der Sie helfen, braucht die Assist-App auf einem registrierten Gerät.
helper-join-refused-heading = Jemand hat versucht, mit diesem Code beizutreten
helper-join-refused-browser-sharing-not-allowed = Die Person hat einen Webbrowser verwendet, und Ihre Organisation erlaubt keine Freigabe aus einem Browser. Bitten Sie sie, denselben Code in der Assist-App einzugeben: Er ist noch gültig.
helper-join-refused-unenrolled-device = Das Gerät der Person ist nicht registriert, und Ihre Organisation erlaubt Hilfe nur auf registrierten Geräten. Bitten Sie die Person, die Assist-App auf einem registrierten Gerät zu verwenden: Der Code ist noch gültig.
helper-join-refused-sharer-out-of-scope = Ihre Rolle umfasst diese Person oder ihr Gerät nicht, daher konnte sie nicht beitreten. Geben Sie sie an jemanden weiter, dessen Rolle sie umfasst, oder bitten Sie die Administration, Ihre Rolle zu erweitern.
helper-join-refused-wrong-device = Die Person hat ein anderes Gerät verwendet als das, das Sie für diese Sitzung gewählt haben. Bitten Sie sie, die Assist-App auf jenem Gerät zu verwenden: Der Code ist noch gültig.
share-app-explained = Die Assist-App ist das Programm Ihrer Organisation, um auf diesem Computer Hilfe zu bekommen. Damit kann Ihre Helferin oder Ihr Helfer Maus und Tastatur verwenden, während Sie zusehen, und Sie können die Steuerung jederzeit zurücknehmen oder beenden. Ist sie nicht installiert, fragen Sie Ihren Helpdesk.
share-app-download = Assist-App herunterladen

## Presence: the other person's connection dropped, or came back.
presence-away = Die Verbindung von { $name } wurde unterbrochen. Warten auf die Rückkehr…
presence-grace-left = Die Sitzung endet in { $time }, wenn die Person nicht zurückkommt.
presence-nobody-sees = Solange die Person weg ist, sieht niemand Ihren Bildschirm. Die Freigabe läuft weiter, sobald sie zurück ist.
presence-end-now = Jetzt beenden
presence-back = { $name } ist wieder da.
presence-back-reshare = { $name } ist wieder da und wird gebeten, den Bildschirm erneut freizugeben.
share-bar-paused-text = Niemand sieht Ihren Bildschirm: Die Verbindung von { $name } wurde unterbrochen
