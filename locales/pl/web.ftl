# Messages of the web app (Polish). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Przejdź do głównej zawartości
loading = Ładowanie…
go-to-sign-in = Przejdź do strony logowania
sign-out = Wyloguj się
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Język

## Form fields and checks

field-organisation-name = Nazwa organizacji
field-organisation-name-hint = Nazwa, pod którą znają ją współpracownicy. Możesz ją później zmienić.
field-full-name = Imię i nazwisko
field-full-name-hint = Wyświetlane osobom, którym pomagasz, aby wiedziały, kto się łączy.
field-email = Adres e-mail
field-job-title-optional = Stanowisko (opcjonalnie)
field-company-optional = Firma (opcjonalnie)
field-password = Hasło
field-new-password = Nowe hasło
field-confirm-password = Potwierdź hasło
password-hint = Co najmniej 12 znaków. Kilka niepowiązanych ze sobą słów tworzy silne hasło, które łatwo zapamiętać.
form-required = To pole jest wymagane.
form-email-invalid = Wprowadź adres e-mail, na przykład nazwa@example.com.
form-fix-fields = Niektóre pola wymagają uwagi. Popraw pola oznaczone poniżej.
form-error-summary = Popraw te pola:
password-too-short =
    { $min ->
        [one] Hasło musi mieć co najmniej { $min } znak.
        [few] Hasło musi mieć co najmniej { $min } znaki.
        [many] Hasło musi mieć co najmniej { $min } znaków.
       *[other] Hasło musi mieć co najmniej { $min } znaku.
    }
password-too-long =
    { $max ->
        [one] Hasło może mieć maksymalnie { $max } znak.
        [few] Hasło może mieć maksymalnie { $max } znaki.
        [many] Hasło może mieć maksymalnie { $max } znaków.
       *[other] Hasło może mieć maksymalnie { $max } znaku.
    }
password-mismatch = Hasła nie są zgodne. Wpisz to samo hasło w obu polach.

## Errors from the server, by code

error-network = Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
error-invalid-credentials = Adres e-mail lub hasło jest nieprawidłowe.
error-too-many-attempts = Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.
error-too-many-attempts-wait =
    { $seconds ->
        [one] Zbyt wiele prób. Poczekaj { $seconds } sekundę i spróbuj ponownie.
        [few] Zbyt wiele prób. Poczekaj { $seconds } sekundy i spróbuj ponownie.
        [many] Zbyt wiele prób. Poczekaj { $seconds } sekund i spróbuj ponownie.
       *[other] Zbyt wiele prób. Poczekaj { $seconds } sekundy i spróbuj ponownie.
    }
error-setup-link-invalid = Ten link jest już nieważny: mógł zostać użyty lub wygasł.
error-conflict = Powoduje to konflikt z czymś, co już istnieje.
error-email-taken = Konto z tym adresem e-mail już istnieje.
error-unauthenticated = Nie zalogowano się lub sesja została zakończona. Zaloguj się ponownie.
error-origin-mismatch = Żądanie zostało odrzucone, ponieważ nie pochodziło z tej witryny. Załaduj stronę ponownie i spróbuj jeszcze raz.
error-payload-too-large = Przesłane dane są zbyt duże.
error-forbidden = Nie masz uprawnień do wykonania tej czynności.
error-timeout = Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.
error-unavailable = Usługa jest tymczasowo niedostępna. Spróbuj ponownie za kilka minut.
error-internal = Na serwerze wystąpił błąd. Spróbuj ponownie, a jeśli problem będzie się powtarzać, powiadom administratora.
error-unexpected = Wystąpił nieoczekiwany błąd. Spróbuj ponownie.
error-second-factor-required = Wprowadź kod z aplikacji uwierzytelniającej lub jeden z kodów odzyskiwania.
error-invalid-second-factor = Ten kod jest nieprawidłowy lub został już użyty. Poczekaj na nowy kod i spróbuj ponownie.
error-sso-not-configured = Twoja organizacja nie oferuje logowania jednokrotnego dla tego adresu e-mail. Zaloguj się przy użyciu hasła.
error-profile-managed = Twoja organizacja zarządza Twoim imieniem i nazwiskiem, stanowiskiem i firmą przez logowanie jednokrotne, więc zmienić je może tylko administrator.
error-sso-provider-unavailable = Nie można połączyć się z usługą logowania Twojej organizacji. Spróbuj ponownie za kilka minut.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Zasady dostępu warunkowego „{ $policy }” Twojej organizacji na to nie zezwalają. Skontaktuj się z administratorem.

## Setup link page (/setup)

setup-page-title = Konfiguracja – { -product-name }
setup-checking-heading = Sprawdzanie linku
setup-checking = Chwileczkę, sprawdzamy link…
setup-expires = Ten link jest ważny do { $time }.
setup-invalid-heading = Nie można użyć tego linku
setup-missing-heading = Ta strona wymaga linku konfiguracyjnego
setup-missing = Otwórz pełny otrzymany link, łącznie z częścią po znaku #.
setup-error-heading = Nie można sprawdzić linku
setup-unknown-purpose = Ten link służy do czegoś, czego ta strona nie obsługuje.
setup-invalid-help =
    Poproś administratora o nowy link. Osoba zarządzająca serwerem może go wygenerować
    poleceniem „assist-server admin setup-link”.

first-admin-heading = Utwórz organizację
first-admin-intro = Skonfiguruj { -product-name } dla swojej organizacji i utwórz pierwsze konto administratora. Współpracowników możesz zaprosić później.
first-admin-organisation-legend = Organizacja
first-admin-account-legend = Twoje konto administratora
first-admin-submit = Utwórz organizację

reset-heading = Wybierz nowe hasło
reset-intro = Ustaw nowe hasło dla konta { $email }.
reset-intro-no-email = Ustaw nowe hasło dla swojego konta.
reset-submit = Ustaw hasło

## Sign-in page (/sign-in)

sign-in-page-title = Logowanie – { -product-name }
sign-in-heading = Zaloguj się do { -product-name }
sign-in-intro = Użyj adresu e-mail i hasła swojego konta.
sign-in-submit = Zaloguj się
field-second-factor-code = Kod z aplikacji uwierzytelniającej lub kod odzyskiwania
sign-in-sso = Zaloguj się przy użyciu konta organizacji
sign-in-sso-needs-email = Najpierw wprowadź adres e-mail, abyśmy mogli znaleźć Twoją organizację.
sign-in-sso-refused = Nie udało się zalogować przy użyciu logowania jednokrotnego. Jeśli Twoje konto ma własne hasło, zaloguj się nim tutaj, a następnie połącz logowanie jednokrotne na swojej stronie głównej.
sign-in-or = lub
sign-in-forgot = Nie pamiętasz hasła? Poproś administratora swojej organizacji o link do odzyskiwania.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organizacja:
user-menu-label = Twoje konto
home-heading = Zalogowano jako { $name }

profile-heading = Twój profil
profile-name = Imię i nazwisko
profile-email = Adres e-mail
profile-job-title = Stanowisko
profile-company = Firma
profile-role = Rola
profile-not-set = Nie ustawiono
profile-edit = Edytuj profil
profile-form-label = Edycja Twojego profilu
profile-save = Zapisz
profile-cancel = Anuluj
profile-saved = Twój profil został zapisany.
profile-managed = Twoja organizacja zarządza Twoim imieniem i nazwiskiem, stanowiskiem i firmą przez logowanie jednokrotne. Aby je zmienić, zwróć się do administratora.
role-administrator = Administrator
role-member = Członek

picture-change = Zmień zdjęcie
picture-hint = Obraz PNG lub JPEG o rozmiarze maksymalnie 256 KB. Osoby, którym pomagasz, widzą go przed udostępnieniem ekranu.
picture-uploading = Przekazywanie zdjęcia…
picture-updated = Zdjęcie zostało zaktualizowane.
picture-wrong-type = Wybierz obraz PNG lub JPEG.
picture-too-large = Zdjęcie jest większe niż 256 KB. Wybierz mniejszy obraz.

sessions-heading = Aktywne logowania
sessions-intro = Przeglądarki, w których zalogowano się na Twoje konto. Wyloguj te, których nie rozpoznajesz.
session-this-device = To urządzenie
session-device = { $browser } w systemie { $os }
session-device-unknown = Nieznana przeglądarka
session-signed-in = Zalogowano: { $time }
session-last-active = Ostatnia aktywność: { $time }
session-address = Z adresu { $address }
session-sign-out = Wyloguj
session-sign-out-label = Wyloguj na urządzeniu { $device }
session-signed-out = Wylogowano na urządzeniu { $device }.

home-admin-link = Konsola administracyjna

## Home page: remote help

home-remote-help-heading = Pomoc zdalna
home-help-someone-text = Rozpocznij sesję i przekaż tej osobie kod zabezpieczeń.
home-help-someone = Pomóż komuś
home-get-help-text = Masz kod zabezpieczeń od pomocnika? Wprowadź go tutaj.
home-get-help = Uzyskaj pomoc

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Logowanie jednokrotne
home-sso-linked = Twoje konto jest połączone z logowaniem jednokrotnym Twojej organizacji.
home-sso-not-linked = Twoje konto nie jest połączone z logowaniem jednokrotnym Twojej organizacji.
home-sso-link-intro = Połączenie pozwala logować się przy użyciu konta organizacji.
home-sso-link = Połącz logowanie jednokrotne
home-sso-linking = Przechodzenie do strony logowania Twojej organizacji…
