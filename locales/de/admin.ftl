# Messages of the admin console (/admin), German. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Verwaltungskonsole – { -product-name }
admin-page-title = { $section } – Verwaltungskonsole – { $organisation }
admin-console-name = Verwaltungskonsole
admin-back-home = Zurück zur Startseite
admin-nav-label = Verwaltungskonsole
admin-nav-group-people = Personen
admin-nav-group-access = Zugriff
admin-nav-group-devices = Geräte
admin-nav-group-organisation = Organisation
admin-nav-group-activity = Aktivität

admin-denied-title = Kein Zugriff – { -product-name }
admin-denied-heading = Sie sind nicht berechtigt, die Verwaltungskonsole zu verwenden
admin-denied-text = Ihr Konto kann { -product-name } verwenden, darf Ihre Organisation aber nicht verwalten.
admin-denied-help = Wenn Sie Benutzer, Geräte oder Einstellungen verwalten müssen, bitten Sie einen Administrator Ihrer Organisation, Ihnen eine Rolle mit diesen Berechtigungen zuzuweisen.

## Shared words

admin-save = Speichern
admin-cancel = Abbrechen
admin-done = Fertig
admin-edit = Bearbeiten
admin-delete = Löschen
admin-remove = Entfernen
admin-revoke = Widerrufen
admin-manage = Verwalten
admin-copy = Kopieren
admin-refresh = Aktualisieren
admin-search = Suchen
admin-apply-filters = Filter anwenden
admin-clear-filters = Filter löschen
admin-export-csv = CSV exportieren
admin-filter-any = Alle
admin-filter-anyone = Alle Personen
admin-filter-any-device = Alle Geräte
admin-not-set = Nicht festgelegt
admin-never = Nie
admin-no-changes = Nichts zu speichern: Es wurde kein Feld geändert.
admin-name-taken = Dieser Name wird bereits verwendet. Wählen Sie einen anderen.
admin-number-range = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
admin-error-refused = Der Server hat dies abgelehnt: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Sie können diesen Bereich nicht verwenden: Er braucht die Berechtigung „{ $permission }“ für die ganze Organisation (alle Benutzer und alle Geräte), und Ihre Rollen geben sie nicht so weit.
admin-section-denied-ask = Bitten Sie eine Administratorin oder einen Administrator von { $organisation }, sie Ihnen für die ganze Organisation zu geben.
admin-choose-user = Person auswählen…
admin-choose-user-first = Wählen Sie zuerst eine Person aus.
admin-choose-device = Gerät auswählen…
admin-choose-device-first = Wählen Sie zuerst ein Gerät aus.
admin-choose-role = Rolle auswählen…
admin-no-devices-yet = Es sind noch keine Geräte registriert
admin-unknown-user = Unbekannter Benutzer
admin-unknown-group = Unbekannte Gruppe
admin-unknown-role = Unbekannte Rolle

admin-page-previous = Vorherige Seite
admin-page-next = Nächste Seite
admin-page-number = Seite { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = bisher { $duration }

## Table column headings

admin-column-name = Name
admin-column-email = E-Mail
admin-column-job-title = Position
admin-column-company = Unternehmen
admin-column-role = Rolle
admin-column-status = Status
admin-column-actions = Aktionen
admin-column-description = Beschreibung
admin-column-members = Mitglieder
admin-column-created = Erstellt
admin-column-permissions = Berechtigungen
admin-column-member-groups = Zugewiesen an
admin-column-scope = Bereich
admin-column-state = Zustand
admin-column-targets = Gilt für
admin-column-conditions = Wenn
admin-column-grant = Dann
admin-column-device = Gerät
admin-column-platform = Betriebssystem
admin-column-primary-user = Primärer Benutzer
admin-column-agent = Agent-Version
admin-column-enrollment = Registrierung
admin-column-compliance = Konformität
admin-column-last-check-in = Letzter Check-in
admin-column-uses = Registrierte Geräte
admin-column-expires = Läuft ab
admin-column-rules = Regeln
admin-column-helper = Helfer
admin-column-sharer = Unterstützte Person
admin-column-access = Gewährter Zugriff
admin-column-started = Gestartet
admin-column-duration = Dauer
admin-column-outcome = Sitzungsende
admin-column-chat = Chatnachrichten
admin-column-time = Zeit
admin-column-actor = Wer
admin-column-action = Aktion
admin-column-target = Objekt
admin-column-detail = Details

## Users

admin-users-title = Benutzer
admin-users-intro = Personen in Ihrer Organisation, die sich bei { -product-name } anmelden können, und ihre Profile, wie die Personen, denen sie helfen, sie sehen.
admin-users-search = Nach Name, E-Mail, Position oder Unternehmen suchen
admin-users-search-label = Benutzer suchen
admin-users-pages = Seiten der Benutzerliste
admin-users-search-summary =
    { $count ->
        [0] Auf dieser Seite entsprechen keine Benutzer „{ $term }“.
        [one] Ein Benutzer entspricht „{ $term }“.
       *[other] { $count } Benutzer entsprechen „{ $term }“.
    }
admin-users-none-found = Keine Benutzer entsprechen „{ $term }“.
admin-users-empty = Es sind noch keine Benutzer vorhanden.
admin-user-create = Benutzer erstellen
admin-user-create-title = Benutzer erstellen
admin-user-create-submit = Benutzer erstellen
admin-user-created = { $name } wurde erstellt.
admin-user-job-title = Position (optional)
admin-user-company = Unternehmen (optional)
admin-user-initial-password = Anfangskennwort (optional)
admin-user-initial-password-hint = Mindestens 12 Zeichen. Ohne Kennwort kann sich die Person nur per einmaligem Anmelden (SSO) oder mit einem Wiederherstellungslink anmelden.
admin-user-is-admin = Administrator der Organisation
admin-user-is-admin-hint = Administratoren können alles tun, unabhängig von ihren Rollen.
admin-user-edit-title = { $name } bearbeiten
admin-user-edit-label = { $name } bearbeiten
admin-user-email-fixed = Die E-Mail-Adresse identifiziert das Konto und kann hier nicht geändert werden.
admin-user-disabled = Anmeldung deaktiviert
admin-user-disabled-hint = Durch das Deaktivieren der Anmeldung werden auch die Sitzungen der Person beendet und ihre API-Token widerrufen.
admin-user-new-password = Neues Kennwort (optional)
admin-user-new-password-hint = Leer lassen, um das aktuelle Kennwort beizubehalten. Wenn Sie ein Kennwort festlegen, wird die Person überall abgemeldet.
admin-user-saved = Die Änderungen an { $name } wurden gespeichert.
admin-user-status-active = Aktiv
admin-user-status-disabled = Anmeldung deaktiviert
admin-user-delete-label = { $name } löschen
admin-user-delete-title = { $name } löschen?
admin-user-delete-text = Das Konto { $email } wird gelöscht und überall abgemeldet. Dies kann nicht rückgängig gemacht werden.
admin-user-delete-confirm = Benutzer löschen
admin-user-deleted = { $name } wurde gelöscht.
admin-user-picture = Profilbild
admin-user-picture-choose = Bild hochladen
admin-user-picture-remove = Bild entfernen
admin-user-picture-hint = Ein PNG- oder JPEG-Bild mit höchstens 256 KB. Es wird sofort geändert; die Personen, denen diese Person hilft, sehen es, bevor sie ihren Bildschirm freigeben.
admin-user-picture-uploading = Das Bild wird hochgeladen…
admin-user-picture-updated = Das Bild von { $name } wurde aktualisiert.
admin-user-picture-removed = Das Bild von { $name } wurde entfernt.

## Groups

admin-groups-title = Gruppen
admin-groups-intro = Gruppen fassen Personen und Geräte zusammen. Rollenzuweisungen weisen den Mitgliedern von Gruppen Rollen für andere Gruppen zu.
admin-groups-pages = Seiten der Gruppenliste
admin-groups-empty = Es sind noch keine Gruppen vorhanden. Erstellen Sie eine, um ihren Mitgliedern Rollen zuzuweisen.
admin-groups-back = Alle Gruppen
admin-group-create = Gruppe erstellen
admin-group-create-title = Gruppe erstellen
admin-group-create-submit = Gruppe erstellen
admin-group-created = Die Gruppe { $name } wurde erstellt.
admin-group-name = Gruppenname
admin-group-description = Beschreibung (optional)
admin-group-description-hint = Wofür die Gruppe dient, z. B. „Helpdesk-Mitarbeitende in Berlin“.
admin-group-member-count =
    { $count ->
        [0] Keine Mitglieder
        [one] 1 Mitglied
       *[other] { $count } Mitglieder
    }
admin-group-manage-label = Gruppe { $name } verwalten
admin-group-delete = Gruppe löschen
admin-group-delete-label = Gruppe { $name } löschen
admin-group-delete-title = Gruppe { $name } löschen?
admin-group-delete-text = Die Mitglieder behalten ihre Konten, verlieren aber, was ihnen Rollenzuweisungen über diese Gruppe gewährt haben. Dies kann nicht rückgängig gemacht werden.
admin-group-delete-confirm = Gruppe löschen
admin-group-deleted = Die Gruppe { $name } wurde gelöscht.
admin-group-detail-intro = Benennen Sie die Gruppe um, und wählen Sie ihre Mitglieder und Geräte aus.
admin-group-details = Name und Beschreibung
admin-group-saved = Die Gruppe { $name } wurde gespeichert.
admin-group-members = Mitglieder
admin-group-no-members = Diese Gruppe hat noch keine Mitglieder.
admin-group-add-member = Mitglied hinzufügen
admin-group-add-member-label = Hinzuzufügende Person
admin-group-everyone-member = Alle sind bereits Mitglied
admin-group-member-added = { $name } wurde zu { $group } hinzugefügt.
admin-group-member-removed = { $name } wurde aus { $group } entfernt.
admin-group-remove-member-label = { $name } aus der Gruppe entfernen
admin-group-devices = Geräte
admin-group-devices-intro = Rollenzuweisungen, deren Bereich diese Gruppe enthält, gelten für die Geräte darin.
admin-group-device-label = Gerät
admin-group-add-device = Zur Gruppe hinzufügen
admin-group-remove-device-label = { $device } aus der Gruppe entfernen
admin-group-no-devices = In dieser Gruppe sind noch keine Geräte.
admin-group-device-added = { $device } wurde zu { $group } hinzugefügt.
admin-group-device-removed = { $device } wurde aus { $group } entfernt.

## Roles and role assignments

admin-roles-title = Rollen
admin-roles-intro = Eine Rolle ist eine Sammlung von Berechtigungen. Rollenzuweisungen weisen den Mitgliedern von Gruppen eine Rolle für die Personen und Geräte in ihrem Bereich zu.
admin-roles-list = Rollen
admin-roles-list-intro = Integrierte Rollen können nicht geändert werden; kopieren Sie eine, um eine benutzerdefinierte Rolle zu beginnen.
admin-roles-empty = Es sind keine Rollen vorhanden.
admin-role-create = Rolle erstellen
admin-role-create-title = Rolle erstellen
admin-role-create-submit = Rolle erstellen
admin-role-created = Die Rolle { $name } wurde erstellt.
admin-role-edit-title = Rolle { $name } bearbeiten
admin-role-edit-label = Rolle { $name } bearbeiten
admin-role-saved = Die Rolle { $name } wurde gespeichert.
admin-role-copy = Kopieren
admin-role-copy-label = Rolle { $name } als neue Rolle kopieren
admin-role-copy-name = { $name } (Kopie)
admin-role-name = Rollenname
admin-role-description = Beschreibung (optional)
admin-role-built-in = Integriert
admin-role-no-permissions = Keine Berechtigungen
admin-role-delete-label = Rolle { $name } löschen
admin-role-delete-title = Rolle { $name } löschen?
admin-role-delete-text = Nur Rollen, die von keiner Zuweisung vergeben werden, können gelöscht werden. Dies kann nicht rückgängig gemacht werden.
admin-role-delete-confirm = Rolle löschen
admin-role-deleted = Die Rolle { $name } wurde gelöscht.

admin-perm-group-remote-help = Remotehilfe
admin-perm-group-reading = Lesen
admin-perm-group-administration = Verwaltung
admin-perm-offer = Remoteunterstützung anbieten
admin-perm-offer-hint = Eine Remotehilfesitzung mit einer Person im Bereich starten.
admin-perm-view-screen = Bildschirm anzeigen
admin-perm-view-screen-hint = Den Bildschirm einer Person im Bereich sehen.
admin-perm-full-control = Vollständige Steuerung übernehmen
admin-perm-full-control-hint = Maus und Tastatur einer Person im Bereich mit deren Zustimmung verwenden.
admin-perm-elevation = Rechteerhöhung
admin-perm-elevation-hint = Für eine spätere Version reserviert: mit erhöhten Rechten auf dem Gerät der Person ausführen.
admin-perm-read = Geräte und Berichte lesen
admin-perm-read-hint = Das Geräteinventar, laufende Sitzungen und Sitzungsberichte einsehen.
admin-perm-manage-users = Benutzer und Gruppen verwalten
admin-perm-manage-users-hint = Benutzer und Gruppen erstellen, ändern und löschen, einschließlich ihrer Bilder und zweiten Faktoren.
admin-perm-manage-roles = Rollen verwalten
admin-perm-manage-roles-hint = Rollen und Rollenzuweisungen erstellen und ändern.
admin-perm-manage-devices = Geräte verwalten
admin-perm-manage-devices-hint = Registrierungstoken erstellen, Geräte außer Betrieb nehmen und löschen.
admin-perm-manage-settings = Einstellungen verwalten
admin-perm-manage-settings-hint = Die Einstellungen und verifizierten Domänen der Organisation ändern und laufende Sitzungen beenden.
admin-perm-manage-policies = Richtlinien verwalten
admin-perm-manage-policies-hint = Richtlinien für bedingten Zugriff und Konformitätsrichtlinien erstellen und ändern.
admin-perm-read-audit = Überwachungsprotokoll lesen
admin-perm-read-audit-hint = Jede aufgezeichnete Änderung und Anmeldung einsehen und exportieren.
admin-perm-create-api-tokens = API-Token erstellen
admin-perm-create-api-tokens-hint = Token für Skripts erstellen, die mit den eigenen Rechten des Inhabers handeln. Token laufen nach 90 Tagen ab, sofern nichts anderes festgelegt ist (höchstens ein Jahr).

admin-assignments-title = Rollenzuweisungen
admin-assignments-intro = Wer welche Rolle erhält und für wen.
admin-assignments-empty = Es sind noch keine Rollenzuweisungen vorhanden. Ohne Zuweisung können nur Administratoren anderen helfen.
admin-assignment-create = Zuweisung erstellen
admin-assignment-create-title = Rollenzuweisung erstellen
admin-assignment-create-submit = Zuweisung erstellen
admin-assignment-created = Die Zuweisung { $name } wurde erstellt.
admin-assignment-edit-title = Zuweisung { $name } bearbeiten
admin-assignment-edit-label = Zuweisung { $name } bearbeiten
admin-assignment-saved = Die Zuweisung { $name } wurde gespeichert.
admin-assignment-name = Name der Zuweisung
admin-assignment-name-hint = Z. B. „Helpdesk unterstützt Finanzabteilung“.
admin-assignment-role = Rolle
admin-assignment-members = Rolle zuweisen an Mitglieder von
admin-assignment-members-hint = Die Helfer: Alle Personen in diesen Gruppen erhalten die Rolle.
admin-assignment-no-groups = Es sind noch keine Gruppen vorhanden. Erstellen Sie zuerst Gruppen.
admin-assignment-scope = Bereich
admin-assignment-scope-hint = Die Personen und Geräte, für die die Rolle gilt.
admin-assignment-scope-groups = Personen und Geräte in diesen Gruppen
admin-assignment-scope-groups-hint = Mitglieder und Geräte der ausgewählten Gruppen.
admin-assignment-needs-members = Wählen Sie mindestens eine Gruppe aus, der die Rolle zugewiesen wird.
admin-assignment-needs-scope = Wählen Sie aus, wofür die Rolle gilt: alle Benutzer, alle Geräte oder Gruppen.
admin-assignment-delete-label = Zuweisung { $name } löschen
admin-assignment-delete-title = Zuweisung { $name } löschen?
admin-assignment-delete-text = Die Mitglieder ihrer Gruppen verlieren die damit zugewiesene Rolle sofort. Dies kann nicht rückgängig gemacht werden.
admin-assignment-delete-confirm = Zuweisung löschen
admin-assignment-deleted = Die Zuweisung { $name } wurde gelöscht.
admin-scope-all-users = Alle Benutzer
admin-scope-all-users-hint = Jede Person in der Organisation.
admin-scope-all-devices = Alle Geräte
admin-scope-all-devices-hint = Jedes registrierte Gerät der Organisation.

## Conditional access

admin-policies-title = Bedingter Zugriff
admin-policies-intro = Richtlinien entscheiden, ob ein Helfer die Konsole verwenden darf. Sie werden bei der Anmeldung und erneut beim Starten einer Sitzung geprüft. Eine Ablehnung nennt die Richtlinie.
admin-policies-list = Richtlinien
admin-policies-empty = Es sind keine Richtlinien für bedingten Zugriff vorhanden. Jeder Helfer, der sich anmelden kann, darf die Konsole verwenden.
admin-policy-create = Richtlinie erstellen
admin-policy-create-title = Richtlinie für bedingten Zugriff erstellen
admin-policy-create-submit = Richtlinie erstellen
admin-policy-created = Die Richtlinie { $name } wurde erstellt.
admin-policy-edit-title = Richtlinie { $name } bearbeiten
admin-policy-edit-label = Richtlinie { $name } bearbeiten
admin-policy-saved = Die Richtlinie { $name } wurde gespeichert.
admin-policy-delete-label = Richtlinie { $name } löschen
admin-policy-delete-title = Richtlinie { $name } löschen?
admin-policy-delete-text = Sie gilt ab sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.
admin-policy-delete-confirm = Richtlinie löschen
admin-policy-deleted = Die Richtlinie { $name } wurde gelöscht.
admin-policy-name = Richtlinienname
admin-policy-name-hint = Helfer sehen ihn, wenn die Richtlinie sie ablehnt. Formulieren Sie ihn daher so, dass er den Grund nennt, z. B. „Zweiter Faktor außerhalb des Büros“.
admin-policy-state = Zustand
admin-policy-state-enabled = Aktiviert
admin-policy-state-enabled-hint = Die Richtlinie wird durchgesetzt.
admin-policy-state-report-only = Nur Bericht
admin-policy-state-report-only-hint = Die Richtlinie wird ausgewertet, und was sie bewirkt hätte, wird im Überwachungsprotokoll festgehalten, aber sie lehnt niemanden ab. Testen Sie neue Richtlinien zuerst auf diese Weise.
admin-policy-state-disabled = Deaktiviert
admin-policy-state-disabled-hint = Die Richtlinie wird ignoriert.
admin-policy-targets = Gilt für
admin-policy-targets-hint = Die Helfer, für die diese Richtlinie gilt.
admin-policy-all-users = Alle Benutzer
admin-policy-users = Diese Personen
admin-policy-groups = Mitglieder dieser Gruppen
admin-policy-needs-targets = Wählen Sie aus, für wen die Richtlinie gilt: alle Benutzer, Personen oder Gruppen.
admin-policy-conditions = Wenn
admin-policy-conditions-hint = Die Richtlinie gilt nur, wenn alle hier festgelegten Bedingungen erfüllt sind. Lassen Sie sie leer, damit sie immer gilt.
admin-policy-inside = Die Clientadresse liegt in einem dieser Netzwerke
admin-policy-inside-hint = Ein Bereich pro Zeile in CIDR-Notation, z. B. 10.0.0.0/8 oder 2001:db8::/32.
admin-policy-outside = Die Clientadresse liegt in keinem dieser Netzwerke
admin-policy-outside-hint = Für Regeln, die außerhalb des Büros gelten. Ein Bereich pro Zeile.
admin-policy-network-invalid = „{ $value }“ ist kein Netzwerkbereich. Geben Sie Bereiche wie 192.168.0.0/16 ein.
admin-policy-second-factor = Zweiter Faktor bei der Anmeldung
admin-policy-second-factor-any = Beliebig
admin-policy-second-factor-yes = Ein zweiter Faktor wurde verwendet
admin-policy-second-factor-no = Kein zweiter Faktor wurde verwendet
admin-policy-grant = Dann
admin-policy-grant-allow = Zulassen
admin-policy-grant-allow-hint = Wird im Überwachungsprotokoll festgehalten; andere Richtlinien können trotzdem ablehnen.
admin-policy-grant-block = Blockieren
admin-policy-grant-block-hint = Die Anmeldung an der Konsole und das Starten von Sitzungen ablehnen.
admin-policy-grant-second-factor = Zweiten Faktor erfordern
admin-policy-grant-second-factor-hint = Nur Anmeldungen zulassen, bei denen ein zweiter Faktor verwendet wurde.
admin-policy-lockout-warning = Achten Sie darauf, sich nicht selbst auszusperren: Eine Richtlinie, die Sie blockiert, gilt ab Ihrer nächsten Anmeldung. Verwenden Sie „Nur Bericht“, um eine Richtlinie zuerst zu prüfen.
admin-policy-when-inside = Innerhalb von { $networks }
admin-policy-when-outside = Außerhalb von { $networks }
admin-policy-when-second-factor = Zweiter Faktor verwendet
admin-policy-when-no-second-factor = Kein zweiter Faktor verwendet
admin-policy-always = Immer

## Devices

admin-devices-title = Geräte
admin-devices-intro = Mit der { -product-name }-App registrierte Geräte, mit ihren zuletzt gemeldeten Daten und der Angabe, ob sie Ihre Konformitätsrichtlinien erfüllen.
admin-devices-enroll-link = Geräte registrieren
admin-devices-filters = Geräte filtern
admin-devices-search = Suchen
admin-devices-search-hint = Hostname, Seriennummer, Modell oder primärer Benutzer.
admin-devices-platform = Betriebssystem
admin-devices-compliance = Konformität
admin-devices-state = Registrierung
admin-devices-pages = Seiten der Geräteliste
admin-devices-empty = Es sind noch keine Geräte registriert. Erstellen Sie ein Registrierungstoken, um die ersten Geräte zu registrieren.
admin-devices-none-match = Keine Geräte entsprechen diesen Filtern.
admin-devices-back = Alle Geräte
admin-device-remote-help = Neue Remotehilfesitzung
admin-device-unnamed = Unbenanntes Gerät
admin-device-compliant = Konform
admin-device-not-compliant = Nicht konform
admin-device-failing-count =
    { $count ->
        [one] 1 nicht erfüllte Regel
       *[other] { $count } nicht erfüllte Regeln
    }
admin-device-state-active = Registriert
admin-device-state-retired = Außer Betrieb
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Keiner gemeldet
admin-device-details = Details
admin-device-host-name = Hostname
admin-device-model = Modell
admin-device-serial = Seriennummer
admin-device-agent-version = Agent-Version
admin-device-disk = Datenträgerverschlüsselung
admin-device-disk-encrypted = Verschlüsselt
admin-device-disk-not-encrypted = Nicht verschlüsselt
admin-device-enrolled-at = Registriert am
admin-device-id = Geräte-ID
admin-device-compliance = Konformität
admin-device-meets-all = Dieses Gerät erfüllt alle Regeln Ihrer Konformitätsrichtlinien.
admin-device-failing-intro = Diese Regeln sind nicht erfüllt:
admin-device-policies-link = Konformitätsrichtlinien überprüfen
admin-device-retire = Gerät außer Betrieb nehmen
admin-device-retire-title = { $name } außer Betrieb nehmen?
admin-device-retire-text = Seine Anmeldeinformationen funktionieren sofort nicht mehr: Es kann sich nicht mehr melden und sich nicht mehr ausweisen, wenn jemand auf ihm Hilfe anfordert. Das Gerät bleibt in der Liste und wird als außer Betrieb markiert.
admin-device-retire-confirm = Gerät außer Betrieb nehmen
admin-device-retired = { $name } wurde außer Betrieb genommen.
admin-device-delete = Gerät löschen
admin-device-delete-title = { $name } löschen?
admin-device-delete-text = Das Gerät und sein Verlauf werden aus dem Inventar entfernt. Um es wieder zu verwenden, registrieren Sie es erneut. Dies kann nicht rückgängig gemacht werden.
admin-device-delete-confirm = Gerät löschen

## Enrollment tokens

admin-tokens-title = Registrierungstoken
admin-tokens-intro = Ein Gerät wird mit einem Token registriert, das Sie hier erstellen. Jedes Token ist für eine begrenzte Zeit und eine begrenzte Anzahl von Geräten gültig.
admin-tokens-list = Token
admin-tokens-empty = Es sind noch keine Registrierungstoken vorhanden.
admin-token-create = Token erstellen
admin-token-create-title = Registrierungstoken erstellen
admin-token-create-submit = Token erstellen
admin-token-created = Das Token { $name } wurde erstellt.
admin-token-name = Name
admin-token-name-hint = Wo es verwendet wird, z. B. „Laptops Büro Berlin“.
admin-token-hours = Gültig für (Stunden)
admin-token-hours-hint = 1 bis 720 Stunden (30 Tage).
admin-token-max-uses = Anzahl registrierbarer Geräte
admin-token-max-uses-hint = 1 bis 10.000.
admin-token-shown-once = Kopieren Sie dieses Token jetzt. Es wird nur einmal angezeigt; wenn es verloren geht, widerrufen Sie es, und erstellen Sie ein neues.
admin-token-secret = Token „{ $name }“
admin-token-secret-hint = Geben Sie es bei der Registrierung eines Geräts in der { -product-name }-App an (assist-agent enroll). Jeder, der es besitzt, kann Geräte in Ihrer Organisation registrieren, bis es abläuft oder widerrufen wird.
admin-token-copy-label = Token kopieren
admin-token-copied = Das Token wurde in die Zwischenablage kopiert.
admin-token-copy-failed = Das Token konnte nicht kopiert werden. Markieren Sie es, und kopieren Sie es selbst.
admin-token-active = Aktiv
admin-token-revoked = Widerrufen
admin-token-expired = Abgelaufen
admin-token-used-up = Aufgebraucht
admin-token-uses = { $uses } von { $max }
admin-token-revoke-label = Token { $name } widerrufen
admin-token-revoke-title = Token { $name } widerrufen?
admin-token-revoke-text = Mit diesem Token können keine Geräte mehr registriert werden. Bereits damit registrierte Geräte bleiben registriert.
admin-token-revoke-confirm = Token widerrufen
admin-token-revoked-done = Das Token { $name } wurde widerrufen.

## Compliance policies

admin-compliance-title = Konformitätsrichtlinien
admin-compliance-intro = Regeln, die registrierte Geräte erfüllen müssen. Ein Gerät, das eine Regel nicht erfüllt, wird als nicht konform markiert, und Helfer werden gewarnt, bevor sie auf ihm helfen.
admin-compliance-list = Richtlinien
admin-compliance-empty = Es sind keine Konformitätsrichtlinien vorhanden, daher gilt jedes Gerät als konform.
admin-compliance-create = Richtlinie erstellen
admin-compliance-create-title = Konformitätsrichtlinie erstellen
admin-compliance-create-submit = Richtlinie erstellen
admin-compliance-created = Die Richtlinie { $name } wurde erstellt. Die Geräte wurden erneut geprüft.
admin-compliance-edit-title = Richtlinie { $name } bearbeiten
admin-compliance-edit-label = Richtlinie { $name } bearbeiten
admin-compliance-saved = Die Richtlinie { $name } wurde gespeichert. Die Geräte wurden erneut geprüft.
admin-compliance-delete-label = Richtlinie { $name } löschen
admin-compliance-delete-title = Richtlinie { $name } löschen?
admin-compliance-delete-text = Ihre Regeln gelten nicht mehr, und die Geräte werden erneut geprüft. Dies kann nicht rückgängig gemacht werden.
admin-compliance-delete-confirm = Richtlinie löschen
admin-compliance-deleted = Die Richtlinie { $name } wurde gelöscht.
admin-compliance-name = Richtlinienname
admin-compliance-name-hint = Wird bei jeder nicht erfüllten Regel angezeigt, z. B. „Grundlegende Sicherheit“.
admin-compliance-os-legend = Mindestversion des Betriebssystems
admin-compliance-os-hint = Lassen Sie eine Plattform leer, um jede Version zu akzeptieren.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Z. B. 14.2.1
admin-compliance-version-invalid = Geben Sie eine Version als durch Punkte getrennte Zahlen ein, z. B. 14.2.1.
admin-compliance-other-legend = Weitere Regeln
admin-compliance-min-agent = Mindestversion der { -product-name }-App
admin-compliance-max-days = Maximale Anzahl Tage seit dem letzten Check-in
admin-compliance-max-days-hint = 1 bis 365. Leer lassen für keine Begrenzung.
admin-compliance-disk = Datenträgerverschlüsselung erfordern
admin-compliance-disk-hint = Der Systemdatenträger muss verschlüsselt sein (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } oder höher
admin-rule-min-agent = App { $version } oder höher
admin-rule-check-in =
    { $days ->
        [one] Check-in innerhalb des letzten Tages
       *[other] Check-in innerhalb von { $days } Tagen
    }
admin-rule-disk = Datenträger verschlüsselt
admin-rule-none = Keine Regeln

## Settings

admin-settings-title = Einstellungen
admin-settings-intro = Wie die Remotehilfe in Ihrer Organisation funktioniert. Jede Änderung wird im Überwachungsprotokoll festgehalten.
admin-settings-organisation = Organisation
admin-settings-name-hint = Wird den Personen angezeigt, denen Sie helfen, wenn ihr Profil kein Unternehmen nennt.
admin-settings-remote-help-heading = Remotehilfe
admin-settings-remote-help = Remotehilfe zulassen
admin-settings-remote-help-hint = Helfer können nur Sitzungen starten, solange diese Option aktiviert ist. Beim Deaktivieren werden auch laufende Sitzungen beendet.
admin-settings-unenrolled = Hilfe auf nicht registrierten Geräten zulassen
admin-settings-unenrolled-hint = Ermöglicht es Personen, ihren Bildschirm über einen Webbrowser oder ein nicht registriertes Gerät freizugeben. Helfer werden weiterhin gewarnt, dass das Gerät unbekannt ist.
admin-settings-chat = Chat während Sitzungen
admin-settings-chat-hint = Helfer und die Personen, denen sie helfen, können einander schreiben. Nachrichten werden mit dem Sitzungsbericht aufbewahrt.
admin-settings-limits = Codes und Berichte
admin-settings-code-lifetime = Gültigkeitsdauer des Sicherheitscodes (Minuten)
admin-settings-code-lifetime-hint = Wie lange der Code, den ein Helfer vorliest, gültig bleibt: { $min } bis { $max } Minuten.
admin-settings-retention = Sitzungsberichte aufbewahren für (Tage)
admin-settings-retention-hint = Ältere Berichte und ihr Chat werden gelöscht: { $min } bis { $max } Tage.
admin-settings-save = Einstellungen speichern
admin-settings-saved = Einstellungen gespeichert.
admin-settings-updated-at = Zuletzt geändert: { $time }.
admin-settings-defaults = Dies sind die Standardeinstellungen; sie wurden noch nie geändert.

## Live sessions

admin-live-title = Laufende Sitzungen
admin-live-intro = Remotehilfesitzungen, die noch nicht beendet sind. Die Liste wird alle paar Sekunden aktualisiert.
admin-live-list = Laufende Sitzungen
admin-live-empty = Es laufen keine Sitzungen.
admin-live-updated = Aktualisiert: { $time }
admin-live-count =
    { $count ->
        [0] Es laufen keine Sitzungen.
        [one] 1 Sitzung läuft.
       *[other] { $count } Sitzungen laufen.
    }
admin-live-not-joined = Noch nicht beigetreten
admin-live-nobody = noch niemand
admin-live-state-waiting = Wartet auf Code
admin-live-state-joined = Beigetreten
admin-live-state-requested = Zugriff angefragt
admin-live-state-active = Freigabe aktiv
admin-live-state-ended = Beendet
admin-live-revoke-label = Sitzung von { $helper } mit { $sharer } beenden
admin-live-revoke-title = Diese Sitzung beenden?
admin-live-revoke-text = Die Sitzung von { $helper } mit { $sharer } wird für beide sofort beendet.
admin-live-revoke-confirm = Sitzung beenden
admin-live-revoked = Die Sitzung von { $helper } wurde beendet.

## Session reports

admin-reports-title = Sitzungsberichte
admin-reports-intro = Jede Remotehilfesitzung: wer wem auf welchem Gerät geholfen hat, welcher Zugriff gewährt wurde und wie sie endete.
admin-reports-filters = Sitzungsberichte filtern
admin-reports-export-label = Sitzungsberichte, die den Filtern entsprechen, als CSV exportieren
admin-reports-helper = Helfer
admin-reports-sharer = Unterstützte Person
admin-reports-device = Gerät
admin-reports-end-reason = Sitzungsende
admin-reports-from = Gestartet ab
admin-reports-to = Gestartet vor
admin-reports-pages = Seiten der Sitzungsberichte
admin-reports-empty = Es sind noch keine Sitzungsberichte vorhanden.
admin-reports-none-match = Keine Sitzungen entsprechen diesen Filtern.
admin-reports-back = Alle Sitzungsberichte
admin-report-open-label = Sitzung von { $helper }, gestartet { $time }
admin-report-title = { $helper } hilft { $sharer }
admin-report-title-alone = Sitzung von { $helper }
admin-report-started = Gestartet: { $time }
admin-report-details = Details
admin-report-client = Freigegeben über
admin-report-joined = Beigetreten
admin-report-ended = Beendet
admin-report-id = Sitzungs-ID
admin-report-no-device = Kein Gerät
admin-report-mode-control = Vollständige Steuerung
admin-report-mode-view = Nur anzeigen
admin-report-mode-none = Keiner
admin-report-transcript = Chatverlauf
admin-report-transcript-count =
    { $count ->
        [0] Chatverlauf
        [one] Chatverlauf (1 Nachricht)
       *[other] Chatverlauf ({ $count } Nachrichten)
    }
admin-report-no-chat = In dieser Sitzung wurden keine Chatnachrichten geschrieben.
admin-role-helper = Helfer
admin-role-sharer = Unterstützte Person
admin-client-agent = { -product-name }-App
admin-client-web = Webbrowser

admin-end-helper-left = Vom Helfer beendet
admin-end-sharer-left = Von der unterstützten Person beendet
admin-end-helper-disconnected = Verbindung des Helfers verloren
admin-end-sharer-disconnected = Verbindung der unterstützten Person verloren
admin-end-code-expired = Code ungenutzt abgelaufen
admin-end-declined-timeout = Anfrage nicht beantwortet
admin-end-revoked = Von einem Administrator beendet
admin-end-policy = Durch eine Regel der Organisation beendet
admin-end-access-withdrawn = Beendet: Zugriff entzogen

## Audit log

admin-audit-title = Überwachungsprotokoll
admin-audit-intro = Jede Änderung, Anmeldung und jedes Sitzungsereignis, neueste zuerst. Das Protokoll kann nur ergänzt werden, und seine Verkettung erkennt Manipulationen.
admin-audit-filters = Überwachungsprotokoll filtern
admin-audit-export-label = Überwachungsereignisse, die den Filtern entsprechen, als CSV exportieren
admin-audit-actor = Wer
admin-audit-action = Aktion
admin-audit-action-hint = Z. B. user.created oder settings.updated.
admin-audit-since = Ab
admin-audit-until = Vor
admin-audit-pages = Seiten des Überwachungsprotokolls
admin-audit-empty = Das Überwachungsprotokoll ist leer.
admin-audit-none-match = Keine Ereignisse entsprechen diesen Filtern.
admin-audit-show-detail = Details anzeigen
admin-actor-cli = Server-Befehlszeile
admin-actor-setup-link = Einrichtungslink
admin-actor-sso = Einmaliges Anmelden (SSO)
admin-actor-anonymous = Nicht angemeldet

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Erste Schritte
admin-start-title = Erste Schritte
admin-start-intro = Drei Dinge, die vor Ihrer ersten Remotehilfe-Sitzung zu klären sind. Alles lässt sich später ändern.
admin-start-done = Erledigt
admin-start-todo = Offen
admin-start-settings-needed = Dafür ist die Berechtigung zum Verwalten der Einstellungen nötig. Fragen Sie einen Administrator, der sie hat.
admin-start-remote-heading = Remotehilfe einschalten
admin-start-remote-off = Die Remotehilfe ist ausgeschaltet, daher kann noch niemand eine Sitzung starten.
admin-start-remote-on = Die Remotehilfe ist eingeschaltet: Helfer können Sitzungen starten.
admin-start-remote-enable = Remotehilfe einschalten
admin-start-remote-turned-on = Die Remotehilfe ist jetzt eingeschaltet.
admin-start-browser-heading = Freigabe aus einem Webbrowser
admin-start-browser-allowed = Zugelassen
admin-start-browser-not-allowed = Nicht zugelassen
admin-start-browser-explain = Ein Webbrowser kann nicht nachweisen, auf welchem Computer er läuft, deshalb gilt er als nicht registriertes Gerät. Wenn Hilfe auf nicht registrierten Geräten zugelassen ist, können Personen ihren Bildschirm aus dem Browser freigeben, ohne etwas zu installieren. Der Helfer kann den Bildschirm dann nur sehen, nicht steuern, und wird gewarnt, dass das Gerät unbekannt ist.
admin-start-browser-off = Derzeit nicht zugelassen: Nur die { -product-name }-App auf einem registrierten Gerät kann freigeben. Wer die Freigabeseite im Browser öffnet und einen Code eingibt, wird abgewiesen.
admin-start-browser-on = Derzeit zugelassen: Personen können ihren Bildschirm aus einem Browser oder von einem nicht registrierten Gerät freigeben.
admin-start-browser-allow = Freigabe aus dem Browser zulassen
admin-start-browser-stop = Freigabe aus dem Browser beenden
admin-start-browser-allowed-now = Die Freigabe aus einem Browser ist jetzt zugelassen.
admin-start-browser-stopped = Die Freigabe aus einem Browser ist nicht mehr zugelassen.
admin-start-helpers-heading = Helfer festlegen
admin-start-helpers-none = Noch niemand kann Remotehilfe anbieten.
admin-start-helpers-count =
    { $count ->
        [one] { $count } Person kann Remotehilfe anbieten.
       *[other] { $count } Personen können Remotehilfe anbieten.
    }
admin-start-helpers-explain = Helfer bieten allen in Ihrer Organisation Remotehilfe an. Wählen Sie Personen aus und dann „Helfer festlegen“: Sie werden Mitglied der Gruppe { $group }, die die Rolle „Help Desk Operator“ für alle Benutzer hat.
admin-start-helpers-pick = Personen, die Helfer werden
admin-start-helpers-nobody = Alle hier sind bereits Helfer. Erstellen Sie einen Benutzer, um jemanden hinzuzufügen.
admin-start-helpers-roles-needed = Beim ersten Mal erhält die Gruppe { $group } dabei auch ihre Rolle; dafür ist die Berechtigung zum Verwalten von Rollen nötig. Fragen Sie einen Administrator, der sie hat.
admin-start-helpers-submit = Helfer festlegen
admin-start-helpers-choose = Wählen Sie mindestens eine Person aus.
admin-start-helpers-made =
    { $count ->
        [one] { $count } Person ist jetzt Helfer, in der Gruppe { $group }.
       *[other] { $count } Personen sind jetzt Helfer, in der Gruppe { $group }.
    }
admin-start-create-user = Benutzer erstellen
admin-start-first-heading = Ihre erste Sitzung
admin-start-not-ready = Sobald die Schritte oben erledigt sind:
admin-start-ready = Alles ist bereit für eine erste Sitzung:
admin-start-first-helper = Ein Helfer meldet sich an, öffnet „{ $page }“ und startet eine neue Remotehilfe-Sitzung, die ihm einen Sicherheitscode gibt:
admin-start-first-sharer = Die Person, die Hilfe braucht, meldet sich an, öffnet diese Seite und gibt den Code ein:
admin-user-role = Rolle
admin-user-role-member = Mitglied
admin-user-role-member-hint = Meldet sich an, bittet um Hilfe und gibt den eigenen Bildschirm frei.
admin-user-role-helper = Helfer
admin-user-role-helper-hint = Bietet allen in der Organisation Remotehilfe an, als Mitglied der Gruppe { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = { $name } wurde erstellt und kann jetzt Remotehilfe anbieten.
