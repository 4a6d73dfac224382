# Messages of the admin console (/admin), Polish. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Konsola administracyjna – { -product-name }
admin-page-title = { $section } – Konsola administracyjna – { $organisation }
admin-console-name = Konsola administracyjna
admin-back-home = Wróć do strony głównej
admin-nav-label = Konsola administracyjna
admin-nav-group-people = Osoby
admin-nav-group-access = Dostęp
admin-nav-group-devices = Urządzenia
admin-nav-group-organisation = Organizacja
admin-nav-group-activity = Aktywność

admin-denied-title = Brak dostępu – { -product-name }
admin-denied-heading = Nie masz uprawnień do korzystania z konsoli administracyjnej
admin-denied-text = Twoje konto może korzystać z { -product-name }, ale nie ma uprawnień do zarządzania organizacją.
admin-denied-help = Jeśli musisz zarządzać użytkownikami, urządzeniami lub ustawieniami, poproś administratora organizacji o przypisanie Ci roli z odpowiednimi uprawnieniami.

## Shared words

admin-save = Zapisz
admin-cancel = Anuluj
admin-done = Gotowe
admin-edit = Edytuj
admin-delete = Usuń
admin-remove = Usuń
admin-revoke = Odwołaj
admin-manage = Zarządzaj
admin-copy = Kopiuj
admin-refresh = Odśwież
admin-search = Szukaj
admin-apply-filters = Zastosuj filtry
admin-clear-filters = Wyczyść filtry
admin-export-csv = Eksportuj do CSV
admin-filter-any = Dowolne
admin-filter-anyone = Dowolna osoba
admin-filter-any-device = Dowolne urządzenie
admin-not-set = Nie ustawiono
admin-never = Nigdy
admin-no-changes = Nie ma nic do zapisania: żadne pole nie zostało zmienione.
admin-name-taken = Ta nazwa jest już używana. Wybierz inną.
admin-number-range = Wprowadź liczbę całkowitą od { $min } do { $max }.
admin-error-refused = Serwer odrzucił tę operację: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Nie możesz korzystać z tej sekcji: wymaga uprawnienia „{ $permission }” w całej organizacji (wszyscy użytkownicy i wszystkie urządzenia), a Twoje role nie dają go tak szeroko.
admin-section-denied-ask = Poproś administratora organizacji { $organisation } o nadanie go w całej organizacji.
admin-choose-user = Wybierz osobę…
admin-choose-user-first = Najpierw wybierz osobę.
admin-choose-device = Wybierz urządzenie…
admin-choose-device-first = Najpierw wybierz urządzenie.
admin-choose-role = Wybierz rolę…
admin-no-devices-yet = Nie zarejestrowano jeszcze żadnych urządzeń
admin-unknown-user = Nieznany użytkownik
admin-unknown-group = Nieznana grupa
admin-unknown-role = Nieznana rola

admin-page-previous = Poprzednia strona
admin-page-next = Następna strona
admin-page-number = Strona { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } godz. { $minutes } min
admin-duration-running = na razie { $duration }

## Table column headings

admin-column-name = Nazwa
admin-column-email = Adres e-mail
admin-column-job-title = Stanowisko
admin-column-company = Firma
admin-column-role = Rola
admin-column-status = Stan
admin-column-actions = Akcje
admin-column-description = Opis
admin-column-members = Członkowie
admin-column-created = Utworzono
admin-column-permissions = Uprawnienia
admin-column-member-groups = Nadana grupom
admin-column-scope = Zakres
admin-column-state = Stan
admin-column-targets = Dotyczy
admin-column-conditions = Warunki
admin-column-grant = Działanie
admin-column-device = Urządzenie
admin-column-platform = System operacyjny
admin-column-primary-user = Użytkownik podstawowy
admin-column-agent = Wersja agenta
admin-column-enrollment = Rejestracja
admin-column-compliance = Zgodność
admin-column-last-check-in = Ostatni kontakt
admin-column-uses = Zarejestrowane urządzenia
admin-column-expires = Wygasa
admin-column-rules = Reguły
admin-column-helper = Pomocnik
admin-column-sharer = Osoba otrzymująca pomoc
admin-column-access = Przyznany dostęp
admin-column-started = Rozpoczęto
admin-column-duration = Czas trwania
admin-column-outcome = Sposób zakończenia
admin-column-chat = Wiadomości czatu
admin-column-time = Czas
admin-column-actor = Kto
admin-column-action = Akcja
admin-column-target = Obiekt
admin-column-detail = Szczegóły

## Users

admin-users-title = Użytkownicy
admin-users-intro = Osoby w Twojej organizacji, które mogą logować się do { -product-name }, oraz ich profile w postaci widocznej dla osób, którym pomagają.
admin-users-search = Szukaj według imienia i nazwiska, adresu e-mail, stanowiska lub firmy
admin-users-search-label = Szukaj użytkowników
admin-users-pages = Strony użytkowników
admin-users-search-summary =
    { $count ->
        [0] Na tej stronie żaden użytkownik nie pasuje do wyszukiwania „{ $term }”.
        [one] Jeden użytkownik pasuje do wyszukiwania „{ $term }”.
        [few] { $count } użytkowników pasuje do wyszukiwania „{ $term }”.
        [many] { $count } użytkowników pasuje do wyszukiwania „{ $term }”.
       *[other] { $count } użytkownika pasuje do wyszukiwania „{ $term }”.
    }
admin-users-none-found = Żaden użytkownik nie pasuje do wyszukiwania „{ $term }”.
admin-users-empty = Nie ma jeszcze żadnych użytkowników.
admin-user-create = Utwórz użytkownika
admin-user-create-title = Tworzenie użytkownika
admin-user-create-submit = Utwórz użytkownika
admin-user-created = Utworzono użytkownika { $name }.
admin-user-job-title = Stanowisko (opcjonalnie)
admin-user-company = Firma (opcjonalnie)
admin-user-initial-password = Hasło początkowe (opcjonalnie)
admin-user-initial-password-hint = Co najmniej 12 znaków. Bez hasła ta osoba może się zalogować tylko przez logowanie jednokrotne lub za pomocą linku do odzyskiwania.
admin-user-is-admin = Administrator organizacji
admin-user-is-admin-hint = Administratorzy mogą wykonywać wszystkie czynności, niezależnie od przypisanych ról.
admin-user-edit-title = Edytuj użytkownika { $name }
admin-user-edit-label = Edytuj użytkownika { $name }
admin-user-email-fixed = Adres e-mail identyfikuje konto i nie można go tutaj zmienić.
admin-user-disabled = Logowanie wyłączone
admin-user-disabled-hint = Wyłączenie logowania kończy również sesje tej osoby i odwołuje jej tokeny API.
admin-user-new-password = Nowe hasło (opcjonalnie)
admin-user-new-password-hint = Pozostaw puste, aby zachować bieżące hasło. Ustawienie nowego hasła wyloguje tę osobę ze wszystkich urządzeń.
admin-user-saved = Zapisano zmiany użytkownika { $name }.
admin-user-status-active = Aktywny
admin-user-status-disabled = Logowanie wyłączone
admin-user-delete-label = Usuń użytkownika { $name }
admin-user-delete-title = Usunąć użytkownika { $name }?
admin-user-delete-text = Konto { $email } zostanie usunięte i wylogowane ze wszystkich urządzeń. Tej operacji nie można cofnąć.
admin-user-delete-confirm = Usuń użytkownika
admin-user-deleted = Usunięto użytkownika { $name }.
admin-user-picture = Zdjęcie profilowe
admin-user-picture-choose = Przekaż zdjęcie
admin-user-picture-remove = Usuń zdjęcie
admin-user-picture-hint = Obraz PNG lub JPEG o rozmiarze maksymalnie 256 KB. Zmiana obowiązuje od razu; osoby, którym ten użytkownik pomaga, widzą zdjęcie przed udostępnieniem ekranu.
admin-user-picture-uploading = Przekazywanie zdjęcia…
admin-user-picture-updated = Zaktualizowano zdjęcie użytkownika { $name }.
admin-user-picture-removed = Usunięto zdjęcie użytkownika { $name }.

## Groups

admin-groups-title = Grupy
admin-groups-intro = Grupy skupiają osoby i urządzenia. Przypisania ról nadają role członkom grup w odniesieniu do innych grup.
admin-groups-pages = Strony grup
admin-groups-empty = Nie ma jeszcze żadnych grup. Utwórz grupę, aby nadać role jej członkom.
admin-groups-back = Wszystkie grupy
admin-group-create = Utwórz grupę
admin-group-create-title = Tworzenie grupy
admin-group-create-submit = Utwórz grupę
admin-group-created = Utworzono grupę { $name }.
admin-group-name = Nazwa grupy
admin-group-description = Opis (opcjonalnie)
admin-group-description-hint = Przeznaczenie grupy, na przykład „Pracownicy pomocy technicznej w Berlinie”.
admin-group-member-count =
    { $count ->
        [0] Brak członków
        [one] 1 członek
        [few] { $count } członków
        [many] { $count } członków
       *[other] { $count } członka
    }
admin-group-manage-label = Zarządzaj grupą { $name }
admin-group-delete = Usuń grupę
admin-group-delete-label = Usuń grupę { $name }
admin-group-delete-title = Usunąć grupę { $name }?
admin-group-delete-text = Jej członkowie zachowają swoje konta, ale utracą to, co przypisania ról nadawały im za pośrednictwem tej grupy. Tej operacji nie można cofnąć.
admin-group-delete-confirm = Usuń grupę
admin-group-deleted = Usunięto grupę { $name }.
admin-group-detail-intro = Zmień nazwę grupy oraz wybierz jej członków i urządzenia.
admin-group-details = Nazwa i opis
admin-group-saved = Zapisano grupę { $name }.
admin-group-members = Członkowie
admin-group-no-members = Ta grupa nie ma jeszcze członków.
admin-group-add-member = Dodaj członka
admin-group-add-member-label = Osoba do dodania
admin-group-everyone-member = Wszyscy są już członkami
admin-group-member-added = Dodano użytkownika { $name } do grupy { $group }.
admin-group-member-removed = Usunięto użytkownika { $name } z grupy { $group }.
admin-group-remove-member-label = Usuń użytkownika { $name } z grupy
admin-group-devices = Urządzenia
admin-group-devices-intro = Przypisania ról, które obejmują tę grupę swoim zakresem, dotyczą także urządzeń w tej grupie.
admin-group-device-label = Urządzenie
admin-group-add-device = Dodaj do grupy
admin-group-remove-device-label = Usuń urządzenie { $device } z grupy
admin-group-no-devices = W tej grupie nie ma jeszcze urządzeń.
admin-group-device-added = Dodano urządzenie { $device } do grupy { $group }.
admin-group-device-removed = Usunięto urządzenie { $device } z grupy { $group }.

## Roles and role assignments

admin-roles-title = Role
admin-roles-intro = Rola to zestaw uprawnień. Przypisania ról nadają rolę członkom grup w odniesieniu do osób i urządzeń w swoim zakresie.
admin-roles-list = Role
admin-roles-list-intro = Wbudowanych ról nie można zmieniać; skopiuj jedną z nich, aby utworzyć rolę niestandardową.
admin-roles-empty = Brak ról.
admin-role-create = Utwórz rolę
admin-role-create-title = Tworzenie roli
admin-role-create-submit = Utwórz rolę
admin-role-created = Utworzono rolę { $name }.
admin-role-edit-title = Edytuj rolę { $name }
admin-role-edit-label = Edytuj rolę { $name }
admin-role-saved = Zapisano rolę { $name }.
admin-role-copy = Kopiuj
admin-role-copy-label = Skopiuj rolę { $name } jako nową rolę
admin-role-copy-name = { $name } (kopia)
admin-role-name = Nazwa roli
admin-role-description = Opis (opcjonalnie)
admin-role-built-in = Wbudowana
admin-role-no-permissions = Brak uprawnień
admin-role-delete-label = Usuń rolę { $name }
admin-role-delete-title = Usunąć rolę { $name }?
admin-role-delete-text = Można usunąć tylko role, których nie nadaje żadne przypisanie. Tej operacji nie można cofnąć.
admin-role-delete-confirm = Usuń rolę
admin-role-deleted = Usunięto rolę { $name }.

admin-perm-group-remote-help = Pomoc zdalna
admin-perm-group-reading = Odczyt
admin-perm-group-administration = Administracja
admin-perm-offer = Oferowanie pomocy zdalnej
admin-perm-offer-hint = Rozpoczynanie sesji pomocy zdalnej z osobą objętą zakresem.
admin-perm-view-screen = Wyświetlanie ekranu
admin-perm-view-screen-hint = Wyświetlanie ekranu osoby objętej zakresem.
admin-perm-full-control = Przejmowanie pełnej kontroli
admin-perm-full-control-hint = Używanie myszy i klawiatury osoby objętej zakresem, za jej zgodą.
admin-perm-elevation = Podniesienie uprawnień
admin-perm-elevation-hint = Zarezerwowane dla przyszłej wersji: uruchamianie z podwyższonymi uprawnieniami na urządzeniu tej osoby.
admin-perm-read = Odczyt urządzeń i raportów
admin-perm-read-hint = Wyświetlanie spisu urządzeń, bieżących sesji i raportów sesji.
admin-perm-manage-users = Zarządzanie użytkownikami i grupami
admin-perm-manage-users-hint = Tworzenie, zmienianie i usuwanie użytkowników i grup, ich zdjęć oraz drugich składników uwierzytelniania.
admin-perm-manage-roles = Zarządzanie rolami
admin-perm-manage-roles-hint = Tworzenie i zmienianie ról oraz przypisań ról.
admin-perm-manage-devices = Zarządzanie urządzeniami
admin-perm-manage-devices-hint = Tworzenie tokenów rejestracji, wycofywanie i usuwanie urządzeń.
admin-perm-manage-settings = Zarządzanie ustawieniami
admin-perm-manage-settings-hint = Zmienianie ustawień organizacji i zweryfikowanych domen oraz zatrzymywanie bieżących sesji.
admin-perm-manage-policies = Zarządzanie zasadami
admin-perm-manage-policies-hint = Tworzenie i zmienianie zasad dostępu warunkowego i zasad zgodności.
admin-perm-read-audit = Odczyt dziennika inspekcji
admin-perm-read-audit-hint = Wyświetlanie i eksportowanie wszystkich zarejestrowanych zmian i logowań.
admin-perm-create-api-tokens = Tworzenie tokenów API
admin-perm-create-api-tokens-hint = Tworzenie tokenów dla skryptów działających z uprawnieniami ich posiadacza. Tokeny wygasają po 90 dniach, chyba że ustawiono inaczej (maksymalnie rok).

admin-assignments-title = Przypisania ról
admin-assignments-intro = Kto otrzymuje jaką rolę i wobec kogo.
admin-assignments-empty = Nie ma jeszcze żadnych przypisań ról. Bez nich tylko administratorzy mogą komukolwiek pomagać.
admin-assignment-create = Utwórz przypisanie
admin-assignment-create-title = Tworzenie przypisania roli
admin-assignment-create-submit = Utwórz przypisanie
admin-assignment-created = Utworzono przypisanie { $name }.
admin-assignment-edit-title = Edytuj przypisanie { $name }
admin-assignment-edit-label = Edytuj przypisanie { $name }
admin-assignment-saved = Zapisano przypisanie { $name }.
admin-assignment-name = Nazwa przypisania
admin-assignment-name-hint = Na przykład „Pomoc techniczna pomaga działowi finansów”.
admin-assignment-role = Rola
admin-assignment-members = Nadaj rolę członkom grup
admin-assignment-members-hint = Pomocnicy: każda osoba w tych grupach otrzymuje rolę.
admin-assignment-no-groups = Nie ma jeszcze żadnych grup. Najpierw utwórz grupy.
admin-assignment-scope = Zakres
admin-assignment-scope-hint = Osoby i urządzenia, których dotyczy rola.
admin-assignment-scope-groups = Osoby i urządzenia w tych grupach
admin-assignment-scope-groups-hint = Członkowie i urządzenia wybranych grup.
admin-assignment-needs-members = Wybierz co najmniej jedną grupę, której zostanie nadana rola.
admin-assignment-needs-scope = Wybierz, czego dotyczy rola: wszystkich użytkowników, wszystkich urządzeń lub grup.
admin-assignment-delete-label = Usuń przypisanie { $name }
admin-assignment-delete-title = Usunąć przypisanie { $name }?
admin-assignment-delete-text = Członkowie jego grup natychmiast utracą nadaną przez nie rolę. Tej operacji nie można cofnąć.
admin-assignment-delete-confirm = Usuń przypisanie
admin-assignment-deleted = Usunięto przypisanie { $name }.
admin-scope-all-users = Wszyscy użytkownicy
admin-scope-all-users-hint = Każda osoba w organizacji.
admin-scope-all-devices = Wszystkie urządzenia
admin-scope-all-devices-hint = Każde zarejestrowane urządzenie organizacji.

## Conditional access

admin-policies-title = Dostęp warunkowy
admin-policies-intro = Zasady decydują, czy pomocnik może korzystać z konsoli. Są sprawdzane podczas logowania i ponownie przy rozpoczynaniu sesji. Odmowa zawiera nazwę zasad.
admin-policies-list = Zasady
admin-policies-empty = Brak zasad dostępu warunkowego. Każdy pomocnik, który może się zalogować, może korzystać z konsoli.
admin-policy-create = Utwórz zasady
admin-policy-create-title = Tworzenie zasad dostępu warunkowego
admin-policy-create-submit = Utwórz zasady
admin-policy-created = Utworzono zasady { $name }.
admin-policy-edit-title = Edytuj zasady { $name }
admin-policy-edit-label = Edytuj zasady { $name }
admin-policy-saved = Zapisano zasady { $name }.
admin-policy-delete-label = Usuń zasady { $name }
admin-policy-delete-title = Usunąć zasady { $name }?
admin-policy-delete-text = Zasady natychmiast przestaną obowiązywać. Tej operacji nie można cofnąć.
admin-policy-delete-confirm = Usuń zasady
admin-policy-deleted = Usunięto zasady { $name }.
admin-policy-name = Nazwa zasad
admin-policy-name-hint = Pomocnicy widzą ją, gdy zasady im odmawiają, więc powinna wyjaśniać przyczynę, na przykład „Drugi składnik poza biurem”.
admin-policy-state = Stan
admin-policy-state-enabled = Włączone
admin-policy-state-enabled-hint = Zasady są wymuszane.
admin-policy-state-report-only = Tylko raportowanie
admin-policy-state-report-only-hint = Zasady są oceniane, a to, co by zrobiły, jest zapisywane w dzienniku inspekcji, ale nigdy nikomu nie odmawiają. W ten sposób najpierw wypróbuj nowe zasady.
admin-policy-state-disabled = Wyłączone
admin-policy-state-disabled-hint = Zasady są ignorowane.
admin-policy-targets = Dotyczy
admin-policy-targets-hint = Pomocnicy, których dotyczą te zasady.
admin-policy-all-users = Wszyscy użytkownicy
admin-policy-users = Wybrane osoby
admin-policy-groups = Członkowie wybranych grup
admin-policy-needs-targets = Wybierz, kogo dotyczą zasady: wszystkich użytkowników, wybrane osoby lub grupy.
admin-policy-conditions = Warunki
admin-policy-conditions-hint = Zasady obowiązują tylko wtedy, gdy spełnione są wszystkie ustawione tutaj warunki. Pozostaw je puste, aby zasady obowiązywały zawsze.
admin-policy-inside = Adres klienta należy do jednej z tych sieci
admin-policy-inside-hint = Jeden zakres w wierszu w notacji CIDR, na przykład 10.0.0.0/8 lub 2001:db8::/32.
admin-policy-outside = Adres klienta nie należy do żadnej z tych sieci
admin-policy-outside-hint = Dla reguł obowiązujących poza biurem. Jeden zakres w wierszu.
admin-policy-network-invalid = „{ $value }” nie jest zakresem sieci. Wpisz zakresy w postaci takiej jak 192.168.0.0/16.
admin-policy-second-factor = Drugi składnik podczas logowania
admin-policy-second-factor-any = Bez znaczenia
admin-policy-second-factor-yes = Użyto drugiego składnika
admin-policy-second-factor-no = Nie użyto drugiego składnika
admin-policy-grant = Działanie
admin-policy-grant-allow = Zezwól
admin-policy-grant-allow-hint = Rejestrowane w dzienniku inspekcji; inne zasady mogą mimo to odmówić.
admin-policy-grant-block = Zablokuj
admin-policy-grant-block-hint = Odmowa logowania do konsoli i rozpoczynania sesji.
admin-policy-grant-second-factor = Wymagaj drugiego składnika
admin-policy-grant-second-factor-hint = Zezwalaj tylko na logowania, podczas których użyto drugiego składnika.
admin-policy-lockout-warning = Uważaj, aby nie zablokować sobie dostępu: zasady, które Cię blokują, obowiązują od następnego logowania. Aby najpierw sprawdzić zasady, użyj trybu „Tylko raportowanie”.
admin-policy-when-inside = W sieciach { $networks }
admin-policy-when-outside = Poza sieciami { $networks }
admin-policy-when-second-factor = Użyto drugiego składnika
admin-policy-when-no-second-factor = Nie użyto drugiego składnika
admin-policy-always = Zawsze

## Devices

admin-devices-title = Urządzenia
admin-devices-intro = Urządzenia zarejestrowane za pomocą aplikacji { -product-name } wraz z ostatnio zgłoszonymi danymi i informacją, czy spełniają zasady zgodności.
admin-devices-enroll-link = Zarejestruj urządzenia
admin-devices-filters = Filtruj urządzenia
admin-devices-search = Szukaj
admin-devices-search-hint = Nazwa hosta, numer seryjny, model lub użytkownik podstawowy.
admin-devices-platform = System operacyjny
admin-devices-compliance = Zgodność
admin-devices-state = Rejestracja
admin-devices-pages = Strony urządzeń
admin-devices-empty = Nie zarejestrowano jeszcze żadnych urządzeń. Utwórz token rejestracji, aby zarejestrować pierwsze urządzenia.
admin-devices-none-match = Żadne urządzenie nie pasuje do tych filtrów.
admin-devices-back = Wszystkie urządzenia
admin-device-remote-help = Nowa sesja pomocy zdalnej
admin-device-unnamed = Urządzenie bez nazwy
admin-device-compliant = Zgodne
admin-device-not-compliant = Niezgodne
admin-device-failing-count =
    { $count ->
        [one] 1 niespełniona reguła
        [few] { $count } niespełnione reguły
        [many] { $count } niespełnionych reguł
       *[other] { $count } niespełnionej reguły
    }
admin-device-state-active = Zarejestrowane
admin-device-state-retired = Wycofane
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nie zgłoszono
admin-device-details = Szczegóły
admin-device-host-name = Nazwa hosta
admin-device-model = Model
admin-device-serial = Numer seryjny
admin-device-agent-version = Wersja agenta
admin-device-disk = Szyfrowanie dysku
admin-device-disk-encrypted = Zaszyfrowany
admin-device-disk-not-encrypted = Niezaszyfrowany
admin-device-enrolled-at = Zarejestrowano
admin-device-id = Identyfikator urządzenia
admin-device-compliance = Zgodność
admin-device-meets-all = To urządzenie spełnia wszystkie reguły zasad zgodności.
admin-device-failing-intro = Te reguły nie są spełnione:
admin-device-policies-link = Przejrzyj zasady zgodności
admin-device-retire = Wycofaj urządzenie
admin-device-retire-title = Wycofać urządzenie { $name }?
admin-device-retire-text = Jego poświadczenie natychmiast przestanie działać: urządzenie nie będzie już mogło kontaktować się z serwerem ani potwierdzać swojej tożsamości, gdy ktoś poprosi na nim o pomoc. Urządzenie pozostanie na liście z oznaczeniem „Wycofane”.
admin-device-retire-confirm = Wycofaj urządzenie
admin-device-retired = Wycofano urządzenie { $name }.
admin-device-delete = Usuń urządzenie
admin-device-delete-title = Usunąć urządzenie { $name }?
admin-device-delete-text = Urządzenie i jego historia zostaną usunięte ze spisu. Aby ponownie go używać, zarejestruj je jeszcze raz. Tej operacji nie można cofnąć.
admin-device-delete-confirm = Usuń urządzenie

## Enrollment tokens

admin-tokens-title = Tokeny rejestracji
admin-tokens-intro = Urządzenie rejestruje się za pomocą tokenu utworzonego tutaj. Każdy token działa przez ograniczony czas i dla ograniczonej liczby urządzeń.
admin-tokens-list = Tokeny
admin-tokens-empty = Nie ma jeszcze żadnych tokenów rejestracji.
admin-token-create = Utwórz token
admin-token-create-title = Tworzenie tokenu rejestracji
admin-token-create-submit = Utwórz token
admin-token-created = Utworzono token { $name }.
admin-token-name = Nazwa
admin-token-name-hint = Miejsce użycia, na przykład „Laptopy biura w Berlinie”.
admin-token-hours = Ważny przez (godziny)
admin-token-hours-hint = Od 1 do 720 godzin (30 dni).
admin-token-max-uses = Liczba urządzeń do zarejestrowania
admin-token-max-uses-hint = Od 1 do 10 000.
admin-token-shown-once = Skopiuj ten token teraz. Jest wyświetlany tylko raz; jeśli go utracisz, odwołaj go i utwórz nowy.
admin-token-secret = Token „{ $name }”
admin-token-secret-hint = Podaj go aplikacji { -product-name } podczas rejestrowania urządzenia (assist-agent enroll). Każdy, kto go ma, może rejestrować urządzenia w Twojej organizacji, dopóki token nie wygaśnie lub nie zostanie odwołany.
admin-token-copy-label = Skopiuj token
admin-token-copied = Token został skopiowany do schowka.
admin-token-copy-failed = Nie można skopiować tokenu. Zaznacz go i skopiuj samodzielnie.
admin-token-active = Aktywny
admin-token-revoked = Odwołany
admin-token-expired = Wygasły
admin-token-used-up = Wykorzystany
admin-token-uses = { $uses } z { $max }
admin-token-revoke-label = Odwołaj token { $name }
admin-token-revoke-title = Odwołać token { $name }?
admin-token-revoke-text = Urządzenia nie będą już mogły się za jego pomocą rejestrować. Urządzenia już zarejestrowane pozostaną zarejestrowane.
admin-token-revoke-confirm = Odwołaj token
admin-token-revoked-done = Odwołano token { $name }.

## Compliance policies

admin-compliance-title = Zasady zgodności
admin-compliance-intro = Reguły, które muszą spełniać zarejestrowane urządzenia. Urządzenie, które nie spełnia którejś z nich, jest oznaczane jako niezgodne, a pomocnicy są ostrzegani, zanim zaczną na nim pomagać.
admin-compliance-list = Zasady
admin-compliance-empty = Brak zasad zgodności, więc każde urządzenie jest uznawane za zgodne.
admin-compliance-create = Utwórz zasady
admin-compliance-create-title = Tworzenie zasad zgodności
admin-compliance-create-submit = Utwórz zasady
admin-compliance-created = Utworzono zasady { $name }. Urządzenia zostały ponownie sprawdzone.
admin-compliance-edit-title = Edytuj zasady { $name }
admin-compliance-edit-label = Edytuj zasady { $name }
admin-compliance-saved = Zapisano zasady { $name }. Urządzenia zostały ponownie sprawdzone.
admin-compliance-delete-label = Usuń zasady { $name }
admin-compliance-delete-title = Usunąć zasady { $name }?
admin-compliance-delete-text = Ich reguły przestaną obowiązywać, a urządzenia zostaną ponownie sprawdzone. Tej operacji nie można cofnąć.
admin-compliance-delete-confirm = Usuń zasady
admin-compliance-deleted = Usunięto zasady { $name }.
admin-compliance-name = Nazwa zasad
admin-compliance-name-hint = Wyświetlana przy każdej niespełnionej regule, na przykład „Podstawowe zabezpieczenia”.
admin-compliance-os-legend = Minimalna wersja systemu operacyjnego
admin-compliance-os-hint = Pozostaw pole platformy puste, aby akceptować dowolną wersję.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Na przykład 14.2.1
admin-compliance-version-invalid = Wpisz wersję jako liczby oddzielone kropkami, na przykład 14.2.1.
admin-compliance-other-legend = Inne reguły
admin-compliance-min-agent = Minimalna wersja aplikacji { -product-name }
admin-compliance-max-days = Maksymalna liczba dni od ostatniego kontaktu
admin-compliance-max-days-hint = Od 1 do 365. Pozostaw puste, aby nie ustawiać limitu.
admin-compliance-disk = Wymagaj szyfrowania dysku
admin-compliance-disk-hint = Dysk systemowy musi być zaszyfrowany (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } lub nowszy
admin-rule-min-agent = Aplikacja w wersji { $version } lub nowszej
admin-rule-check-in =
    { $days ->
        [one] Kontakt w ciągu ostatniego dnia
        [few] Kontakt w ciągu ostatnich { $days } dni
        [many] Kontakt w ciągu ostatnich { $days } dni
       *[other] Kontakt w ciągu ostatnich { $days } dnia
    }
admin-rule-disk = Dysk zaszyfrowany
admin-rule-none = Brak reguł

## Settings

admin-settings-title = Ustawienia
admin-settings-intro = Sposób działania pomocy zdalnej w Twojej organizacji. Każda zmiana jest rejestrowana w dzienniku inspekcji.
admin-settings-organisation = Organizacja
admin-settings-name-hint = Wyświetlana osobom, którym udzielana jest pomoc, gdy w profilu pomocnika nie podano firmy.
admin-settings-remote-help-heading = Pomoc zdalna
admin-settings-remote-help = Zezwalaj na pomoc zdalną
admin-settings-remote-help-hint = Pomocnicy mogą rozpoczynać sesje tylko wtedy, gdy ta opcja jest włączona. Jej wyłączenie kończy również trwające sesje.
admin-settings-unenrolled = Zezwalaj na pomoc na niezarejestrowanych urządzeniach
admin-settings-unenrolled-hint = Umożliwia udostępnianie ekranu z przeglądarki internetowej lub z niezarejestrowanego urządzenia. Pomocnicy są nadal ostrzegani, że urządzenie jest nieznane.
admin-settings-chat = Czat podczas sesji
admin-settings-chat-hint = Pomocnicy i osoby, którym pomagają, mogą do siebie pisać. Wiadomości są przechowywane wraz z raportem sesji.
admin-settings-limits = Kody i raporty
admin-settings-code-lifetime = Okres ważności kodu zabezpieczeń (minuty)
admin-settings-code-lifetime-hint = Jak długo kod przekazywany przez pomocnika pozostaje ważny: od { $min } do { $max } minut.
admin-settings-retention = Przechowuj raporty sesji przez (dni)
admin-settings-retention-hint = Starsze raporty wraz z czatem są usuwane: od { $min } do { $max } dni.
admin-settings-save = Zapisz ustawienia
admin-settings-saved = Zapisano ustawienia.
admin-settings-updated-at = Ostatnia zmiana: { $time }.
admin-settings-defaults = To są ustawienia domyślne; nigdy nie zostały zmienione.

## Live sessions

admin-live-title = Bieżące sesje
admin-live-intro = Sesje pomocy zdalnej, które jeszcze się nie zakończyły. Lista jest odświeżana co kilka sekund.
admin-live-list = Trwające sesje
admin-live-empty = Brak trwających sesji.
admin-live-updated = Zaktualizowano: { $time }
admin-live-count =
    { $count ->
        [0] Brak trwających sesji.
        [one] Trwa 1 sesja.
        [few] Trwają { $count } sesje.
        [many] Trwa { $count } sesji.
       *[other] Trwa { $count } sesji.
    }
admin-live-not-joined = Jeszcze nie dołączono
admin-live-nobody = jeszcze nikt
admin-live-state-waiting = Oczekiwanie na kod
admin-live-state-joined = Dołączono
admin-live-state-requested = Prośba o dostęp
admin-live-state-active = Udostępnianie
admin-live-state-ended = Zakończona
admin-live-revoke-label = Zatrzymaj sesję użytkownika { $helper } z użytkownikiem { $sharer }
admin-live-revoke-title = Zatrzymać tę sesję?
admin-live-revoke-text = Sesja użytkownika { $helper } z użytkownikiem { $sharer } zakończy się natychmiast dla obu stron.
admin-live-revoke-confirm = Zatrzymaj sesję
admin-live-revoked = Zatrzymano sesję użytkownika { $helper }.

## Session reports

admin-reports-title = Raporty sesji
admin-reports-intro = Wszystkie sesje pomocy zdalnej: kto komu pomagał, na jakim urządzeniu, jaki dostęp przyznano i jak sesja się zakończyła.
admin-reports-filters = Filtruj raporty sesji
admin-reports-export-label = Eksportuj do CSV raporty sesji pasujące do filtrów
admin-reports-helper = Pomocnik
admin-reports-sharer = Osoba otrzymująca pomoc
admin-reports-device = Urządzenie
admin-reports-end-reason = Sposób zakończenia
admin-reports-from = Rozpoczęte od
admin-reports-to = Rozpoczęte przed
admin-reports-pages = Strony raportów sesji
admin-reports-empty = Nie ma jeszcze żadnych raportów sesji.
admin-reports-none-match = Żadna sesja nie pasuje do tych filtrów.
admin-reports-back = Wszystkie raporty sesji
admin-report-open-label = Sesja użytkownika { $helper } rozpoczęta { $time }
admin-report-title = { $helper } pomaga użytkownikowi { $sharer }
admin-report-title-alone = Sesja użytkownika { $helper }
admin-report-started = Rozpoczęto: { $time }
admin-report-details = Szczegóły
admin-report-client = Udostępniono z
admin-report-joined = Dołączono
admin-report-ended = Zakończono
admin-report-id = Identyfikator sesji
admin-report-no-device = Brak urządzenia
admin-report-mode-control = Pełna kontrola
admin-report-mode-view = Tylko wyświetlanie
admin-report-mode-none = Brak
admin-report-transcript = Zapis czatu
admin-report-transcript-count =
    { $count ->
        [0] Zapis czatu
        [one] Zapis czatu (1 wiadomość)
        [few] Zapis czatu ({ $count } wiadomości)
        [many] Zapis czatu ({ $count } wiadomości)
       *[other] Zapis czatu ({ $count } wiadomości)
    }
admin-report-no-chat = W tej sesji nie napisano żadnych wiadomości czatu.
admin-role-helper = Pomocnik
admin-role-sharer = Osoba otrzymująca pomoc
admin-client-agent = Aplikacja { -product-name }
admin-client-web = Przeglądarka internetowa

admin-end-helper-left = Zakończona przez pomocnika
admin-end-sharer-left = Zakończona przez osobę otrzymującą pomoc
admin-end-helper-disconnected = Utracono połączenie z pomocnikiem
admin-end-sharer-disconnected = Utracono połączenie z osobą otrzymującą pomoc
admin-end-code-expired = Kod wygasł nieużyty
admin-end-declined-timeout = Brak odpowiedzi na prośbę
admin-end-revoked = Zatrzymana przez administratora
admin-end-policy = Zatrzymana przez regułę organizacji
admin-end-access-withdrawn = Zatrzymana: cofnięto dostęp

## Audit log

admin-audit-title = Dziennik inspekcji
admin-audit-intro = Wszystkie zmiany, logowania i zdarzenia sesji, od najnowszych. Do dziennika można tylko dopisywać wpisy, a jego łańcuch wykrywa manipulacje.
admin-audit-filters = Filtruj dziennik inspekcji
admin-audit-export-label = Eksportuj do CSV zdarzenia inspekcji pasujące do filtrów
admin-audit-actor = Kto
admin-audit-action = Akcja
admin-audit-action-hint = Na przykład user.created lub settings.updated.
admin-audit-since = Od
admin-audit-until = Przed
admin-audit-pages = Strony zdarzeń inspekcji
admin-audit-empty = Dziennik inspekcji jest pusty.
admin-audit-none-match = Żadne zdarzenie nie pasuje do tych filtrów.
admin-audit-show-detail = Pokaż szczegóły
admin-actor-cli = Wiersz poleceń serwera
admin-actor-setup-link = Link konfiguracyjny
admin-actor-sso = Logowanie jednokrotne
admin-actor-anonymous = Niezalogowany

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Zacznij tutaj
admin-start-title = Pierwsze kroki
admin-start-intro = Trzy sprawy do ustalenia przed pierwszą sesją pomocy zdalnej. Każdą można później zmienić.
admin-start-done = Gotowe
admin-start-todo = Do zrobienia
admin-start-settings-needed = Ta zmiana wymaga uprawnienia do zarządzania ustawieniami. Poproś administratora, który je ma.
admin-start-remote-heading = Włącz pomoc zdalną
admin-start-remote-off = Pomoc zdalna jest wyłączona, więc nikt nie może jeszcze rozpocząć sesji.
admin-start-remote-on = Pomoc zdalna jest włączona: pomocnicy mogą rozpoczynać sesje.
admin-start-remote-enable = Włącz pomoc zdalną
admin-start-remote-turned-on = Pomoc zdalna jest teraz włączona.
admin-start-browser-heading = Udostępnianie z przeglądarki
admin-start-browser-allowed = Dozwolone
admin-start-browser-not-allowed = Niedozwolone
admin-start-browser-explain = Przeglądarka internetowa nie może udowodnić, na jakim komputerze działa, dlatego liczy się jako urządzenie niezarejestrowane. Zezwolenie na pomoc na niezarejestrowanych urządzeniach pozwala udostępniać ekran z przeglądarki bez instalowania czegokolwiek. Pomocnik może wtedy tylko widzieć ekran, a nie nim sterować, i dostaje ostrzeżenie, że urządzenie jest nieznane.
admin-start-browser-off = Teraz niedozwolone: udostępniać może tylko aplikacja { -product-name } na zarejestrowanym urządzeniu. Kto otworzy stronę udostępniania w przeglądarce i wpisze kod, zostanie odrzucony.
admin-start-browser-on = Teraz dozwolone: można udostępniać ekran z przeglądarki lub z niezarejestrowanego urządzenia.
admin-start-browser-allow = Zezwól na udostępnianie z przeglądarki
admin-start-browser-stop = Wyłącz udostępnianie z przeglądarki
admin-start-browser-allowed-now = Udostępnianie z przeglądarki jest teraz dozwolone.
admin-start-browser-stopped = Udostępnianie z przeglądarki nie jest już dozwolone.
admin-start-helpers-heading = Wyznacz pomocników
admin-start-helpers-none = Nikt nie może jeszcze oferować pomocy zdalnej.
admin-start-helpers-count =
    { $count ->
        [one] { $count } osoba może oferować pomoc zdalną.
        [few] { $count } osoby mogą oferować pomoc zdalną.
       *[many] { $count } osób może oferować pomoc zdalną.
    }
admin-start-helpers-explain = Pomocnicy oferują pomoc zdalną wszystkim w organizacji. Wybierz osoby i kliknij „Wyznacz pomocników”: dołączą do grupy { $group }, która ma rolę Help Desk Operator wobec wszystkich użytkowników.
admin-start-helpers-pick = Osoby, które zostaną pomocnikami
admin-start-helpers-nobody = Wszyscy tutaj są już pomocnikami. Utwórz użytkownika, aby kogoś dodać.
admin-start-helpers-roles-needed = Za pierwszym razem wyznaczenie pomocników nadaje też grupie { $group } jej rolę, co wymaga uprawnienia do zarządzania rolami. Poproś administratora, który je ma.
admin-start-helpers-submit = Wyznacz pomocników
admin-start-helpers-choose = Wybierz co najmniej jedną osobę.
admin-start-helpers-made =
    { $count ->
        [one] { $count } osoba jest teraz pomocnikiem, w grupie { $group }.
        [few] { $count } osoby są teraz pomocnikami, w grupie { $group }.
       *[many] { $count } osób jest teraz pomocnikami, w grupie { $group }.
    }
admin-start-create-user = Utwórz użytkownika
admin-start-first-heading = Twoja pierwsza sesja
admin-start-not-ready = Gdy powyższe kroki będą gotowe:
admin-start-ready = Wszystko gotowe do pierwszej sesji:
admin-start-first-helper = Pomocnik loguje się, otwiera „{ $page }” i rozpoczyna nową sesję pomocy zdalnej, która daje mu kod zabezpieczający:
admin-start-first-sharer = Osoba potrzebująca pomocy loguje się, otwiera tę stronę i wpisuje ten kod:
admin-user-role = Rola
admin-user-role-member = Członek
admin-user-role-member-hint = Loguje się, prosi o pomoc i udostępnia swój ekran.
admin-user-role-helper = Pomocnik
admin-user-role-helper-hint = Oferuje pomoc zdalną wszystkim w organizacji jako członek grupy { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = Utworzono konto { $name }; ta osoba może teraz oferować pomoc zdalną.
