# Messages of the remote help pages (Polish): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Zakończ sesję
session-ended-heading = Sesja zakończona
session-reconnecting = Połączenie zostało przerwane. Ponowne łączenie…
session-replaced = Ta sesja została otwarta w innym oknie, więc w tym oknie została zatrzymana.
session-connection-closed = Połączenie z serwerem zostało zamknięte.
go-home = Wróć do strony głównej

## The trust card: who is on the other side

trust-helper-heading = Twój pomocnik
trust-sharer-heading = Osoba, której pomagasz
trust-job-title = Stanowisko
trust-company = Firma
trust-domain = Domena organizacji
trust-domain-verified = Zweryfikowana
trust-domain-unverified = Niezweryfikowana
trust-not-set = Nie podano

## The device the helper is about to help with

device-heading = Urządzenie
device-name = Nazwa
device-system = System operacyjny
device-compliance = Zgodność
device-compliant = Zgodne
device-not-compliant = Niezgodne
device-web-browser = Ta osoba dołączyła z przeglądarki internetowej, więc nie można zidentyfikować urządzenia.
device-none = Brak informacji o urządzeniu.
warning-device-not-enrolled = To urządzenie nie jest zarejestrowane w Twojej organizacji.
warning-device-not-enrolled-detail = Jego tożsamość i stan zabezpieczeń są nieznane. Zachowaj ostrożność przy otwieraniu i wpisywaniu czegokolwiek na tym urządzeniu.
warning-device-not-compliant = To urządzenie nie spełnia zasad zgodności Twojej organizacji:

## Chat

chat-heading = Czat
chat-list-label = Wiadomości
chat-input-label = Wiadomość
chat-placeholder = Napisz wiadomość…
chat-send = Wyślij
chat-you = Ty
chat-role-helper = Pomocnik
chat-role-sharer = Osoba otrzymująca pomoc
chat-sending = Wysyłanie…
chat-too-long =
    { $max ->
        [one] Wiadomość może mieć maksymalnie { $max } znak.
        [few] Wiadomość może mieć maksymalnie { $max } znaki.
        [many] Wiadomość może mieć maksymalnie { $max } znaków.
       *[other] Wiadomość może mieć maksymalnie { $max } znaku.
    }

## Helper console

helper-page-title = Pomoc zdalna – Assist
helper-page-title-org = Pomoc zdalna – { $organisation }
helper-start-heading = Rozpocznij sesję pomocy zdalnej
helper-start-intro = Otrzymasz 8-cyfrowy kod zabezpieczeń. Przekaż go osobie, której pomagasz – wprowadzi go, aby się połączyć.
helper-device-label = Urządzenie (opcjonalnie)
helper-device-none = Bez określonego urządzenia
helper-device-hint = Wybierz urządzenie tej osoby, jeśli je znasz: sesja będzie wtedy działać tylko na tym urządzeniu, a Ty zobaczysz jego stan zgodności.
helper-start-button = Nowa sesja pomocy zdalnej
helper-start-another = Rozpocznij kolejną sesję
helper-session-heading = Sesja pomocy zdalnej
helper-code-heading = Kod zabezpieczeń
helper-code-copy = Kopiuj kod
helper-code-copied = Skopiowano kod.
helper-code-copy-failed = Nie można skopiować kodu. Zamiast tego przeczytaj go na głos.
helper-code-expires-in = Wygasa za { $time }
helper-code-expired = Kod wygasł.
helper-code-one-minute = Kod zabezpieczeń wygaśnie za minutę.
helper-code-instructions = Poproś tę osobę, aby otworzyła stronę { $address }, zalogowała się i wprowadziła ten kod.
helper-code-not-shown-again = Kod zabezpieczeń jest wyświetlany tylko raz. Jeśli ta osoba jeszcze nie dołączyła, zakończ tę sesję i rozpocznij nową.
helper-status-waiting = Oczekiwanie na wprowadzenie kodu przez tę osobę…
helper-status-joined = Użytkownik { $name } dołączył. Gdy wszystko będzie gotowe, poproś o wyświetlenie ekranu.
helper-status-asked-view = Oczekiwanie, aż użytkownik { $name } zezwoli na wyświetlenie ekranu…
helper-status-asked-control = Oczekiwanie, aż użytkownik { $name } zezwoli na pełną kontrolę…
helper-status-connecting = Łączenie z ekranem użytkownika { $name }…
helper-status-viewing = Widzisz ekran użytkownika { $name }.
helper-sharer-joined = Użytkownik { $name } dołączył do sesji.
helper-request-declined = Użytkownik { $name } odrzucił Twoją prośbę.
helper-granted-view = Użytkownik { $name } zezwolił na wyświetlanie ekranu.
helper-granted-control = Użytkownik { $name } zezwolił na pełną kontrolę.
helper-granted-view-only = Użytkownik { $name } zezwolił tylko na wyświetlanie.
helper-escalation-declined = Użytkownik { $name } pozostawił tryb tylko do wyświetlania.
helper-control-taken-back = Użytkownik { $name } odebrał kontrolę. Nadal widzisz ekran.
helper-control-paused = Użytkownik { $name } wstrzymał Twoją kontrolę.
helper-control-resumed = Użytkownik { $name } ponownie przekazał Ci kontrolę.
helper-connection-failed = Nie można połączyć się z ekranem. Sprawdź sieć lub zakończ sesję i spróbuj ponownie.
helper-mode-heading = Czego potrzebujesz?
helper-mode-hint = Poproś o tryb tylko do wyświetlania, jeśli chcesz tylko obserwować, lub o pełną kontrolę, jeśli potrzebujesz używać myszy i klawiatury tej osoby. Decyzja należy do niej.
helper-mode-web-hint = Ta osoba korzysta z przeglądarki internetowej, która może udostępnić ekran tylko do wyświetlania. Pełna kontrola wymaga aplikacji Assist na jej urządzeniu.
helper-escalate-hint = Możesz poprosić o pełną kontrolę – ta osoba ponownie zdecyduje.
helper-request-view = Poproś o wyświetlanie
helper-request-control = Poproś o pełną kontrolę

## The remote screen in the helper console

viewer-heading = Ekran użytkownika { $name }
viewer-stage-label = Zdalny ekran użytkownika { $name }
viewer-toolbar-label = Widok ekranu
viewer-fit = Dopasuj do okna
viewer-actual-size = Rzeczywisty rozmiar
viewer-full-screen = Pełny ekran
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Tylko wyświetlanie
viewer-mode-control = Pełna kontrola
viewer-mode-paused = Kontrola wstrzymana
viewer-role-view = zdalny ekran, tylko wyświetlanie
viewer-role-control = zdalny ekran, Twoja mysz i klawiatura sterują drugim komputerem
viewer-hint-view = Widzisz ekran, ale nie możesz go używać.
viewer-hint-control = Kliknij ekran, aby go używać. Gdy jest aktywny, każdy naciśnięty klawisz, łącznie ze skrótami, trafia do drugiego komputera. Naciśnij Ctrl+Alt+Home, aby wrócić do paska narzędzi.

## Sharer web app

share-page-title = Uzyskaj pomoc – Assist
share-page-title-org = Uzyskaj pomoc – { $organisation }
share-join-heading = Uzyskaj pomoc
share-join-intro = Wprowadź kod zabezpieczeń otrzymany od pomocnika. Zobaczysz, kim jest ta osoba, zanim uzyska wgląd w cokolwiek.
share-code-label = Kod zabezpieczeń
share-code-hint = 8 cyfr, na przykład 1234 5678.
share-code-invalid-format = Wprowadź 8 cyfr kodu zabezpieczeń.
share-join-button = Dalej
share-join-another = Wprowadź inny kod
share-session-heading = Pomoc zdalna
share-status-joined = Połączono z użytkownikiem { $name }. Wkrótce pojawi się prośba o wyświetlenie Twojego ekranu.
share-status-asked = Użytkownik { $name } czeka na Twoją odpowiedź.
share-status-sharing = Udostępniasz ekran użytkownikowi { $name }.
share-request-view-heading = Użytkownik { $name } prosi o wyświetlenie Twojego ekranu
share-request-view-text = Użytkownik { $name } zobaczy wszystko na wybranym przez Ciebie ekranie, ale nie będzie mógł używać Twojej myszy ani klawiatury. Możesz przerwać w dowolnym momencie.
share-request-control-heading = Użytkownik { $name } prosi o pełną kontrolę
share-request-control-text = Przy pełnej kontroli użytkownik { $name } będzie mógł używać Twojej myszy i klawiatury.
share-control-needs-app = Pełna kontrola wymaga aplikacji Assist na tym urządzeniu. W przeglądarce możesz udostępnić ekran tylko do wyświetlania.
share-allow = Zezwól
share-allow-view-only = Zezwól tylko na wyświetlanie
share-decline = Odrzuć
share-keep-view-only = Pozostaw tylko wyświetlanie
share-picker-cancelled = Nie wybrano ekranu, więc nic nie jest udostępniane. Wybierz ponownie „Zezwól”, aby wskazać ekran, lub „Odrzuć”.
share-capture-failed = Ta przeglądarka nie może udostępnić ekranu. Spróbuj użyć innej przeglądarki lub odrzuć prośbę.
share-reshare-heading = Twój ekran nie jest już udostępniany
share-reshare-text = Strona została załadowana ponownie, więc użytkownik { $name } nie widzi już Twojego ekranu. Udostępnij go ponownie lub zakończ sesję.
share-reshare-button = Udostępnij ekran ponownie
share-bar-label = Udostępnianie ekranu
share-bar-text = Udostępniasz ekran użytkownikowi { $name }
share-stop = Zatrzymaj udostępnianie
share-connection-failed = Nie można przesłać obrazu ekranu. Sprawdź sieć lub zakończ sesję i spróbuj ponownie.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Sesja została przez Ciebie zakończona.
ended-helper-sharer-left = Użytkownik { $name } zakończył sesję.
ended-helper-helper-disconnected = Połączenie było zbyt długo przerwane, więc sesja została zakończona.
ended-helper-sharer-disconnected = Połączenie z użytkownikiem { $name } zostało utracone i nie zostało przywrócone, więc sesja została zakończona.
ended-helper-code-expired = Nikt nie wprowadził kodu przed jego wygaśnięciem.
ended-helper-declined-timeout = Użytkownik { $name } nie odpowiedział na czas na Twoją prośbę.
ended-helper-revoked = Administrator zakończył tę sesję.
ended-helper-policy = Sesja została zakończona, ponieważ pomoc zdalna została wyłączona w Twojej organizacji.
ended-helper-access-withdrawn = Sesja została zakończona, ponieważ zmienił się Twój dostęp: Twoje konto, logowanie lub rola pomocy zdalnej nie pozwala już na tę sesję.
ended-helper-other = Sesja została zakończona.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Użytkownik { $name } zakończył sesję.
ended-sharer-sharer-left = Sesja została przez Ciebie zakończona. Nic nie jest już udostępniane.
ended-sharer-helper-disconnected = Połączenie z użytkownikiem { $name } zostało utracone i nie zostało przywrócone, więc sesja została zakończona.
ended-sharer-sharer-disconnected = Twoje połączenie było zbyt długo przerwane, więc sesja została zakończona.
ended-sharer-code-expired = Kod wygasł.
ended-sharer-declined-timeout = Nie udzielono odpowiedzi na czas, więc sesja została zakończona. Nic nie zostało udostępnione.
ended-sharer-revoked = Administrator zakończył tę sesję.
ended-sharer-policy = Sesja została zakończona, ponieważ pomoc zdalna została wyłączona w Twojej organizacji.
ended-sharer-access-withdrawn = Sesja została zakończona, ponieważ użytkownik { $name } nie może już Ci pomagać lub zmienił się Twój własny dostęp. Nic nie jest już udostępniane.
ended-sharer-other = Sesja została zakończona.

## Refusals from the server

error-remote-help-disabled = Pomoc zdalna jest wyłączona w Twojej organizacji. Administrator może ją włączyć.
error-code-invalid = Ten kod jest nieprawidłowy. Sprawdź cyfry i spróbuj ponownie.
error-code-expired = Ten kod wygasł. Poproś pomocnika o nowy.
error-code-used = Ten kod został już użyty. Poproś pomocnika o nowy.
error-unenrolled-device = Twoja organizacja zezwala na pomoc tylko na zarejestrowanych urządzeniach. Zainstaluj aplikację Assist na tym urządzeniu lub skontaktuj się z administratorem.
error-wrong-device = Ta sesja została rozpoczęta dla innego urządzenia. Poproś pomocnika o kod dla tego urządzenia.
error-chat-disabled = Czat jest wyłączony w Twojej organizacji.
error-invalid-transition = Na tym etapie sesji nie jest to możliwe.
error-session-ended = Ta sesja została już zakończona.
error-control-needs-agent = Pełna kontrola wymaga aplikacji Assist na urządzeniu drugiej osoby.
error-session-not-found = Ta sesja nie istnieje lub nie uczestniczysz w niej.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Twoje konto nie może oferować pomocy zdalnej: potrzebuje uprawnień „Oferowanie pomocy zdalnej” i „Wyświetlanie ekranu”. Poproś administratora organizacji, aby nadał Ci rolę pomocnika.
error-browser-sharing-not-allowed = Twoja organizacja nie zezwala na udostępnianie ekranu z przeglądarki internetowej. Zainstaluj aplikację Assist na tym urządzeniu i wpisz w niej kod lub skontaktuj się z działem pomocy.
error-sharer-out-of-scope = Ta osoba nie może Ci pomóc: jej rola nie obejmuje Ciebie ani tego urządzenia. Zapytaj dział pomocy, kto może Ci pomóc.
error-own-session = To Ty rozpocząłeś tę sesję. Przekaż kod osobie, której pomagasz; wpisze go, aby się połączyć.
error-helper-unavailable = Osoba, która dała Ci ten kod, nie może już pomóc. Poproś dział pomocy o kogoś innego.
error-device-in-other-organisation = To urządzenie jest zarejestrowane w innej organizacji. Skontaktuj się z administratorem.
error-device-out-of-scope = To urządzenie jest poza Twoją rolą: nie możesz na nim pomagać. Wybierz inne urządzenie lub żadne.
error-chat-empty = Napisz wiadomość przed wysłaniem.
error-chat-too-long = Ta wiadomość jest za długa. Skróć ją i wyślij ponownie.
error-chat-invalid-characters = Ta wiadomość zawiera niewidoczne znaki sterujące, których nie można wysłać. Usuń je i spróbuj ponownie.
helper-permission-heading = Nie możesz jeszcze oferować pomocy zdalnej
helper-permission-text = Oferowanie pomocy zdalnej wymaga uprawnień „Oferowanie pomocy zdalnej” i „Wyświetlanie ekranu”, których Twoje konto nie ma.
helper-ask-admin = Poproś administratora organizacji { $organisation } o zmianę.
helper-disabled-heading = Pomoc zdalna jest wyłączona
helper-disabled-text = Twoja organizacja nie włączyła pomocy zdalnej, więc nie można jeszcze rozpocząć sesji.
helper-open-settings = Otwórz ustawienia organizacji
helper-browser-note = Twoja organizacja nie zezwala na udostępnianie z przeglądarki internetowej: osoba, której pomagasz, potrzebuje aplikacji Assist na zarejestrowanym urządzeniu.
helper-join-refused-heading = Ktoś próbował dołączyć z tym kodem
helper-join-refused-browser-sharing-not-allowed = Ta osoba użyła przeglądarki internetowej, a Twoja organizacja nie zezwala na udostępnianie z przeglądarki. Poproś ją o wpisanie tego samego kodu w aplikacji Assist: kod jest nadal ważny.
helper-join-refused-unenrolled-device = Jej urządzenie nie jest zarejestrowane, a Twoja organizacja zezwala na pomoc tylko na zarejestrowanych urządzeniach. Poproś ją o użycie aplikacji Assist na zarejestrowanym urządzeniu: kod jest nadal ważny.
helper-join-refused-sharer-out-of-scope = Twoja rola nie obejmuje tej osoby ani jej urządzenia, więc nie mogła dołączyć. Przekaż ją pomocnikowi, którego rola ją obejmuje, lub poproś administratora o rozszerzenie Twojej.
helper-join-refused-wrong-device = Ta osoba użyła innego urządzenia niż wybrane dla tej sesji. Poproś ją o użycie aplikacji Assist na tamtym urządzeniu: kod jest nadal ważny.
share-app-explained = Aplikacja Assist to program Twojej organizacji do uzyskiwania pomocy na tym komputerze. Dzięki niej pomocnik może używać Twojej myszy i klawiatury, gdy Ty patrzysz, a Ty w każdej chwili możesz odebrać sterowanie lub zakończyć. Jeśli nie jest zainstalowana, zapytaj dział pomocy.
share-app-download = Pobierz aplikację Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Połączenie użytkownika { $name } zostało przerwane. Czekamy na powrót…
presence-grace-left = Sesja zakończy się za { $time }, jeśli nie wróci.
presence-nobody-sees = Podczas nieobecności nikt nie widzi Twojego ekranu. Udostępnianie zostanie wznowione po powrocie.
presence-end-now = Zakończ teraz
presence-back = { $name } wrócił(a).
presence-back-reshare = { $name } wrócił(a) i zostanie poproszony(-a) o ponowne udostępnienie ekranu.
share-bar-paused-text = Nikt teraz nie widzi Twojego ekranu: połączenie użytkownika { $name } zostało przerwane
