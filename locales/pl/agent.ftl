# Messages of the Assist app (Polish): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: udostępniasz swój ekran
agent-starting = Uruchamianie…
# Shown after the person submitted a form, until the server answers.
agent-working = Proszę czekać…

## Signing in

agent-sign-in-heading = Zaloguj się, aby uzyskać pomoc
agent-email = Adres e-mail
agent-password = Hasło
agent-sign-in = Zaloguj się
agent-sign-in-sso = Zaloguj się przy użyciu logowania jednokrotnego
agent-second-factor-heading = Drugi krok logowania
agent-second-factor = Kod z aplikacji uwierzytelniającej
agent-second-factor-hint = Wprowadź kod wyświetlany w aplikacji uwierzytelniającej lub jeden z kodów odzyskiwania.
agent-continue = Dalej
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Logowanie będzie kontynuowane w przeglądarce internetowej. Jeśli się nie otworzyła, przejdź do: { $url }

## The security code the helper gives

agent-code-heading = Wprowadź kod zabezpieczeń
agent-code-hint = Pomocnik przekaże Ci 8-cyfrowy kod zabezpieczeń.
agent-code = Kod zabezpieczeń
agent-connect = Połącz

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Twój pomocnik
agent-trust-name = Imię i nazwisko
agent-trust-job-title = Stanowisko
agent-trust-company = Firma
agent-trust-domain = Domena e-mail
# Shown instead of an empty job title or company.
agent-trust-not-given = nie podano
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (zweryfikowana domena)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domena NIEZWERYFIKOWANA)
agent-trust-not-enrolled = To urządzenie nie jest zarejestrowane w Twojej organizacji; pomocnik zostanie o tym poinformowany.
# $name: the helper's full name.
agent-waiting-for-request = Oczekiwanie, aż użytkownik { $name } poprosi o wyświetlenie Twojego ekranu. Nic nie zostanie udostępnione bez Twojej zgody.

## The helper's request

# $name: the helper's full name.
agent-request-control = Użytkownik { $name } prosi o pełną kontrolę (mysz i klawiatura).
agent-request-view = Użytkownik { $name } prosi o wyświetlenie Twojego ekranu.
agent-allow = Zezwól
agent-allow-view-only = Zezwól tylko na wyświetlanie
agent-decline = Odrzuć

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Udostępniono użytkownikowi { $name }: pełna kontrola
agent-sharing-view = Udostępniono użytkownikowi { $name }: tylko wyświetlanie
agent-sharing-paused = Udostępniono użytkownikowi { $name }: kontrola zatrzymana
agent-stop-control = Zatrzymaj kontrolę
agent-give-control-back = Przekaż ponownie kontrolę
agent-end-session = Zakończ sesję

## Chat

agent-chat-heading = Czat
agent-chat-input = Wiadomość
agent-chat-send = Wyślij
# The writer's name shown for the person's own messages.
agent-chat-you = Ty

## Notices

agent-helper-away = Połączenie użytkownika { $name } zostało przerwane. Oczekiwanie na powrót…
agent-helper-away-time = Sesja zakończy się za { $time }, jeśli połączenie nie wróci.
agent-helper-away-unseen = W tym czasie nikt nie może widzieć Twojego ekranu ani nim sterować.
agent-end-now = Zakończ teraz
agent-helper-back = Użytkownik { $name } jest z powrotem.
agent-notice-server-lost = Nie można połączyć się z serwerem. Kontrola została zatrzymana.
agent-notice-server-back = Serwer jest znowu dostępny. Kontrola pozostanie zatrzymana, dopóki jej ponownie nie przekażesz.
agent-notice-connection-lost = Utracono połączenie z pomocnikiem. Kontrola została zatrzymana.
agent-notice-connected = Połączono: pomocnik widzi Twój ekran.
agent-notice-control-stopped = Kontrola zatrzymana: pomocnik nie może już używać Twojej myszy ani klawiatury.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Dostępna jest nowsza wersja aplikacji { -product-name }: { $version }
agent-update-required = Ta wersja aplikacji { -product-name } jest nieaktualna i przed udostępnieniem ekranu trzeba ją zaktualizować do wersji { $version }
# $url: where to download the newer app.
agent-update-download = Pobierz ją ze strony { $url }

## The end of the session

agent-ended-heading = Sesja zakończona
agent-ended = Sesja zakończona.
agent-ended-helper-left = Sesja zakończona: zakończył ją pomocnik.
agent-ended-sharer-left = Sesja zakończona: została zakończona przez Ciebie.
agent-ended-sharer-disconnected = Sesja zakończona: Twoje połączenie zostało utracone i nie zostało przywrócone na czas.
agent-ended-helper-disconnected = Sesja zakończona: połączenie pomocnika zostało utracone i nie zostało przywrócone na czas.
agent-ended-code-expired = Sesja zakończona: kod zabezpieczeń wygasł.
agent-ended-declined-timeout = Sesja zakończona: nie odpowiedziano na prośbę na czas.
agent-ended-revoked = Sesja zakończona: została zatrzymana przez administratora.
agent-ended-policy = Sesja zakończona: została zatrzymana przez regułę Twojej organizacji.
agent-ended-access-withdrawn = Sesja zakończona: pomocnik nie może już Ci pomagać lub cofnięto Twój własny dostęp.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sesja zakończona: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = To urządzenie nie jest zarejestrowane, a Twoja organizacja zezwala na pomoc tylko na zarejestrowanych urządzeniach. Poproś administratora o jego zarejestrowanie.
agent-close = Zamknij

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Adres e-mail:
agent-terminal-password = Hasło (pozostaw puste, aby użyć logowania jednokrotnego):
agent-terminal-second-factor = Kod z aplikacji uwierzytelniającej:
agent-terminal-code = Kod zabezpieczeń:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [z]ezwól, tylko [w]yświetlanie, [o]drzuć:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [z]ezwól, [o]drzuć:
# One lowercase letter each, all three different.
agent-terminal-key-allow = z
agent-terminal-key-view-only = w
agent-terminal-key-decline = o
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Polecenia: /stop odbiera kontrolę, /resume przekazuje ją ponownie, /end kończy sesję; każdy inny wiersz jest wysyłany jako wiadomość czatu.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Wpisz /resume, aby ponownie przekazać kontrolę.
agent-terminal-end-now-hint = Wpisz /end, aby zakończyć sesję teraz.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Nieznane polecenie: { $command }. /help wyświetla listę poleceń; aby wysłać wiadomość czatu zaczynającą się od /, rozpocznij wiersz od //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Ta wersja aplikacji { -product-name } jest zbyt stara dla Twojej organizacji. Zaktualizuj ją i spróbuj ponownie.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Zalogowano. Możesz zamknąć tę kartę i wrócić do aplikacji { -product-name }.
agent-sso-browser-failed = Logowanie jednokrotne nie powiodło się. Wróć do aplikacji { -product-name }, aby sprawdzić przyczynę.
