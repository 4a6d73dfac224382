# Messages of the web app (German). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Zum Hauptinhalt springen
loading = Wird geladen…
go-to-sign-in = Zur Anmeldeseite
sign-out = Abmelden
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Sprache

## Form fields and checks

field-organisation-name = Name der Organisation
field-organisation-name-hint = Der Name, unter dem Ihre Kolleginnen und Kollegen sie kennen. Sie können ihn später ändern.
field-full-name = Vollständiger Name
field-full-name-hint = Wird den Personen angezeigt, denen Sie helfen, damit sie wissen, wer sich verbindet.
field-email = E-Mail
field-job-title-optional = Position (optional)
field-company-optional = Unternehmen (optional)
field-password = Kennwort
field-new-password = Neues Kennwort
field-confirm-password = Kennwort bestätigen
password-hint = Mindestens 12 Zeichen. Einige Wörter ohne Zusammenhang ergeben ein sicheres Kennwort, das leicht zu merken ist.
form-required = Dieses Feld ist erforderlich.
form-email-invalid = Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.
form-fix-fields = Einige Felder erfordern Ihre Aufmerksamkeit. Korrigieren Sie bitte die unten markierten Felder.
form-error-summary = Bitte korrigieren Sie diese Felder:
password-too-short = Das Kennwort muss mindestens { $min } Zeichen lang sein.
password-too-long = Das Kennwort darf höchstens { $max } Zeichen lang sein.
password-mismatch = Die Kennwörter stimmen nicht überein. Geben Sie in beiden Feldern dasselbe Kennwort ein.

## Errors from the server, by code

error-network = Der Server ist nicht erreichbar. Überprüfen Sie Ihre Verbindung, und versuchen Sie es erneut.
error-invalid-credentials = Die E-Mail-Adresse oder das Kennwort ist falsch.
error-too-many-attempts = Zu viele Versuche. Bitte warten Sie einen Moment, und versuchen Sie es dann erneut.
error-too-many-attempts-wait = Zu viele Versuche. Bitte warten Sie { $seconds } Sekunden, und versuchen Sie es dann erneut.
error-setup-link-invalid = Dieser Link ist nicht mehr gültig: Er wurde möglicherweise bereits verwendet, oder er ist abgelaufen.
error-conflict = Dies steht im Konflikt mit einem bereits vorhandenen Element.
error-email-taken = Es ist bereits ein Konto mit dieser E-Mail-Adresse vorhanden.
error-unauthenticated = Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
error-origin-mismatch = Die Anfrage wurde abgelehnt, weil sie nicht von dieser Website stammt. Laden Sie die Seite neu, und versuchen Sie es erneut.
error-payload-too-large = Die gesendeten Daten sind zu groß.
error-forbidden = Sie sind dazu nicht berechtigt.
error-timeout = Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.
error-unavailable = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.
error-internal = Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Administrator.
error-unexpected = Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.
error-second-factor-required = Geben Sie den Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.
error-invalid-second-factor = Dieser Code ist falsch oder wurde bereits verwendet. Warten Sie auf einen neuen Code, und versuchen Sie es erneut.
error-sso-not-configured = Ihre Organisation bietet für diese E-Mail-Adresse kein einmaliges Anmelden (SSO) an. Melden Sie sich mit Ihrem Kennwort an.
error-profile-managed = Ihre Organisation verwaltet Ihren Namen, Ihre Position und Ihr Unternehmen über das einmalige Anmelden (SSO), daher kann nur ein Administrator sie ändern.
error-sso-provider-unavailable = Der Anmeldedienst Ihrer Organisation ist nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Die Richtlinie für bedingten Zugriff „{ $policy }“ Ihrer Organisation erlaubt dies nicht. Wenden Sie sich an Ihre Administration.

## Setup link page (/setup)

setup-page-title = Einrichtung – { -product-name }
setup-checking-heading = Ihr Link wird überprüft
setup-checking = Einen Moment, Ihr Link wird überprüft…
setup-expires = Dieser Link ist gültig bis { $time }.
setup-invalid-heading = Dieser Link kann nicht verwendet werden
setup-missing-heading = Für diese Seite ist ein Einrichtungslink erforderlich
setup-missing = Öffnen Sie den vollständigen Link, den Sie erhalten haben, einschließlich des Teils nach dem Zeichen #.
setup-error-heading = Der Link konnte nicht überprüft werden
setup-unknown-purpose = Dieser Link ist für einen Zweck bestimmt, den diese Seite nicht unterstützt.
setup-invalid-help =
    Bitten Sie Ihren Administrator um einen neuen Link. Wer den Server betreibt,
    kann mit dem Befehl „assist-server admin setup-link“ einen neuen Link erzeugen.

first-admin-heading = Organisation erstellen
first-admin-intro = Richten Sie { -product-name } für Ihre Organisation ein, und erstellen Sie das erste Administratorkonto. Anschließend können Sie Kolleginnen und Kollegen einladen.
first-admin-organisation-legend = Organisation
first-admin-account-legend = Ihr Administratorkonto
first-admin-submit = Organisation erstellen

reset-heading = Neues Kennwort festlegen
reset-intro = Legen Sie ein neues Kennwort für { $email } fest.
reset-intro-no-email = Legen Sie ein neues Kennwort für Ihr Konto fest.
reset-submit = Kennwort festlegen

## Sign-in page (/sign-in)

sign-in-page-title = Anmelden – { -product-name }
sign-in-heading = Bei { -product-name } anmelden
sign-in-intro = Verwenden Sie die E-Mail-Adresse und das Kennwort Ihres Kontos.
sign-in-submit = Anmelden
field-second-factor-code = Authenticator-Code oder Wiederherstellungscode
sign-in-sso = Mit dem Konto Ihrer Organisation anmelden
sign-in-sso-needs-email = Geben Sie zuerst Ihre E-Mail-Adresse ein, damit wir Ihre Organisation finden können.
sign-in-sso-refused = Das einmalige Anmelden (SSO) hat Sie nicht angemeldet. Wenn Ihr Konto ein eigenes Kennwort hat, melden Sie sich hier damit an, und verknüpfen Sie dann das einmalige Anmelden auf Ihrer Startseite.
sign-in-or = oder
sign-in-forgot = Kennwort vergessen? Bitten Sie einen Administrator Ihrer Organisation um einen Wiederherstellungslink.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisation:
user-menu-label = Ihr Konto
home-heading = Angemeldet als { $name }

profile-heading = Ihr Profil
profile-name = Name
profile-email = E-Mail
profile-job-title = Position
profile-company = Unternehmen
profile-role = Rolle
profile-not-set = Nicht festgelegt
profile-edit = Profil bearbeiten
profile-form-label = Ihr Profil bearbeiten
profile-save = Speichern
profile-cancel = Abbrechen
profile-saved = Ihr Profil wurde gespeichert.
profile-managed = Ihre Organisation verwaltet Ihren Namen, Ihre Position und Ihr Unternehmen über das einmalige Anmelden (SSO). Wenden Sie sich für Änderungen an Ihren Administrator.
role-administrator = Administrator
role-member = Mitglied

picture-change = Bild ändern
picture-hint = Ein PNG- oder JPEG-Bild mit höchstens 256 KB. Personen, denen Sie helfen, sehen es, bevor sie ihren Bildschirm freigeben.
picture-uploading = Ihr Bild wird hochgeladen…
picture-updated = Ihr Bild wurde aktualisiert.
picture-wrong-type = Wählen Sie ein PNG- oder JPEG-Bild aus.
picture-too-large = Das Bild ist größer als 256 KB. Wählen Sie ein kleineres Bild aus.

sessions-heading = Wo Sie angemeldet sind
sessions-intro = Browser, in denen Ihr Konto angemeldet ist. Melden Sie alle ab, die Sie nicht kennen.
session-this-device = Dieses Gerät
session-device = { $browser } unter { $os }
session-device-unknown = Unbekannter Browser
session-signed-in = Angemeldet: { $time }
session-last-active = Zuletzt aktiv: { $time }
session-address = Von Adresse { $address }
session-sign-out = Abmelden
session-sign-out-label = Auf { $device } abmelden
session-signed-out = Auf { $device } abgemeldet.

home-admin-link = Verwaltungskonsole

## Home page: remote help

home-remote-help-heading = Remotehilfe
home-help-someone-text = Starten Sie eine Sitzung, und geben Sie der Person den Sicherheitscode.
home-help-someone = Jemandem helfen
home-get-help-text = Hat Ihr Helfer Ihnen einen Sicherheitscode gegeben? Geben Sie ihn hier ein.
home-get-help = Hilfe erhalten

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Einmaliges Anmelden (SSO)
home-sso-linked = Ihr Konto ist mit dem einmaligen Anmelden (SSO) Ihrer Organisation verknüpft.
home-sso-not-linked = Ihr Konto ist nicht mit dem einmaligen Anmelden (SSO) Ihrer Organisation verknüpft.
home-sso-link-intro = Nach dem Verknüpfen können Sie sich mit dem Konto Ihrer Organisation anmelden.
home-sso-link = Einmaliges Anmelden verknüpfen
home-sso-linking = Weiter zur Anmeldeseite Ihrer Organisation…
