# Messages of the Assist app (Swedish): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: delar din skärm
agent-starting = Startar…
agent-working = Vänta…

## Signing in

agent-sign-in-heading = Logga in för att få hjälp
agent-email = E-post
agent-password = Lösenord
agent-sign-in = Logga in
agent-sign-in-sso = Logga in med enkel inloggning
agent-second-factor-heading = Andra steget i inloggningen
agent-second-factor = Autentiseringskod
agent-second-factor-hint = Ange koden som din autentiseringsapp visar, eller en av dina återställningskoder.
agent-continue = Fortsätt
agent-sso-continues = Inloggningen fortsätter i webbläsaren. Om den inte öppnades går du till: { $url }

## The security code the helper gives

agent-code-heading = Ange säkerhetskoden
agent-code-hint = Din hjälpare ger dig en säkerhetskod med 8 siffror.
agent-code = Säkerhetskod
agent-connect = Anslut

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Din hjälpare
agent-trust-name = Namn
agent-trust-job-title = Befattning
agent-trust-company = Företag
agent-trust-domain = E-postdomän
agent-trust-not-given = inte angivet
agent-trust-domain-verified = { $domain } (verifierad domän)
agent-trust-domain-unverified = { $domain } (domänen är INTE verifierad)
agent-trust-not-enrolled = Enheten är inte registrerad i din organisation; din hjälpare får veta det.
agent-waiting-for-request = Väntar på att { $name } ska be om att få se din skärm. Ingenting delas förrän du tillåter det.

## The helper's request

agent-request-control = { $name } ber om fullständig kontroll (mus och tangentbord).
agent-request-view = { $name } ber om att få se din skärm.
agent-allow = Tillåt
agent-allow-view-only = Tillåt endast visning
agent-decline = Avböj

## Sharing

agent-sharing-control = Delar med { $name }: fullständig kontroll
agent-sharing-view = Delar med { $name }: endast visning
agent-sharing-paused = Delar med { $name }: kontrollen stoppad
agent-stop-control = Stoppa kontrollen
agent-give-control-back = Ge tillbaka kontrollen
agent-end-session = Avsluta sessionen

## Chat

agent-chat-heading = Chatt
agent-chat-input = Meddelande
agent-chat-send = Skicka
agent-chat-you = Du

## Notices

agent-helper-away = Anslutningen till { $name } bröts. Väntar på återanslutning…
agent-helper-away-time = Sessionen avslutas om { $time } om anslutningen inte kommer tillbaka.
agent-helper-away-unseen = Under tiden kan ingen se eller styra din skärm.
agent-end-now = Avsluta nu
agent-helper-back = { $name } är tillbaka.
agent-notice-server-lost = Det går inte att nå servern. Kontrollen har stoppats.
agent-notice-server-back = Servern går att nå igen. Kontrollen förblir stoppad tills du ger tillbaka den.
agent-notice-connection-lost = Anslutningen till din hjälpare bröts. Kontrollen har stoppats.
agent-notice-connected = Ansluten: din hjälpare ser din skärm.
agent-notice-control-stopped = Kontrollen har stoppats: din hjälpare kan inte längre använda din mus och ditt tangentbord.

## Updates

agent-update-available = En nyare version av { -product-name }-appen finns: { $version }
agent-update-required = Den här { -product-name }-appen är inaktuell och måste uppdateras till { $version } innan du kan dela
agent-update-download = Ladda ned den från { $url }

## The end of the session

agent-ended-heading = Sessionen har avslutats
agent-ended = Sessionen har avslutats.
agent-ended-helper-left = Sessionen har avslutats: din hjälpare avslutade den.
agent-ended-sharer-left = Sessionen har avslutats: du avslutade den.
agent-ended-sharer-disconnected = Sessionen har avslutats: din anslutning bröts och återställdes inte i tid.
agent-ended-helper-disconnected = Sessionen har avslutats: din hjälpares anslutning bröts och återställdes inte i tid.
agent-ended-code-expired = Sessionen har avslutats: säkerhetskoden gick ut.
agent-ended-declined-timeout = Sessionen har avslutats: förfrågan besvarades inte i tid.
agent-ended-revoked = Sessionen har avslutats: en administratör stoppade den.
agent-ended-policy = Sessionen har avslutats: en regel i din organisation stoppade den.
agent-ended-access-withdrawn = Sessionen har avslutats: din hjälpare får inte längre hjälpa dig, eller så har din egen åtkomst återkallats.
agent-ended-error = Sessionen har avslutats: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Den här enheten är inte registrerad, och din organisation tillåter bara hjälp på registrerade enheter. Be administratören att registrera den.
agent-close = Stäng

## Terminal mode only

agent-terminal-email = E-post:
agent-terminal-password = Lösenord (tomt för enkel inloggning):
agent-terminal-second-factor = Autentiseringskod:
agent-terminal-code = Säkerhetskod:
agent-terminal-field = { $label }: { $value }
# The letters in brackets equal agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [t]illåt, endast [v]isning, [a]vböj:
agent-terminal-choices-view = [t]illåt, [a]vböj:
agent-terminal-key-allow = t
agent-terminal-key-view-only = v
agent-terminal-key-decline = a
agent-terminal-help = Kommandon: /stop tar tillbaka kontrollen, /resume lämnar tillbaka den, /end avslutar sessionen; alla andra rader skickas som chattmeddelanden.
agent-terminal-resume-hint = Skriv /resume för att ge tillbaka kontrollen.
agent-terminal-end-now-hint = Skriv /end för att avsluta sessionen nu.
agent-terminal-unknown-command = Okänt kommando: { $command }. /help visar kommandona; börja raden med // för att skicka ett chattmeddelande som börjar med /.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Den här versionen av { -product-name }-appen är för gammal för din organisation. Uppdatera den och försök sedan igen.
agent-sso-browser-done = Du är inloggad. Du kan stänga den här fliken och gå tillbaka till { -product-name }-appen.
agent-sso-browser-failed = Enkel inloggning fungerade inte. Gå tillbaka till { -product-name }-appen för att se varför.
