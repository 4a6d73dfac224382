# Messages of the Assist app (Romanian): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: vă partajați ecranul
agent-starting = Se pornește…
agent-working = Așteptați…

## Signing in

agent-sign-in-heading = Conectați-vă pentru a primi ajutor
agent-email = E-mail
agent-password = Parolă
agent-sign-in = Conectare
agent-sign-in-sso = Conectați-vă prin autentificare unică
agent-second-factor-heading = Al doilea pas al conectării
agent-second-factor = Cod de autentificare
agent-second-factor-hint = Introduceți codul afișat de aplicația de autentificare sau unul dintre codurile de recuperare.
agent-continue = Continuați
agent-sso-continues = Conectarea continuă în browserul web. Dacă acesta nu s-a deschis, accesați: { $url }

## The security code the helper gives

agent-code-heading = Introduceți codul de securitate
agent-code-hint = Asistentul vă comunică un cod de securitate din 8 cifre.
agent-code = Cod de securitate
agent-connect = Conectare

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Asistentul dvs.
agent-trust-name = Nume
agent-trust-job-title = Funcție
agent-trust-company = Companie
agent-trust-domain = Domeniu de e-mail
agent-trust-not-given = nespecificat
agent-trust-domain-verified = { $domain } (domeniu verificat)
agent-trust-domain-unverified = { $domain } (domeniul NU este verificat)
agent-trust-not-enrolled = Acest dispozitiv nu este înscris în organizația dvs.; asistentul este informat despre acest lucru.
agent-waiting-for-request = Se așteaptă ca { $name } să ceară să vă vadă ecranul. Nu se partajează nimic până nu permiteți.

## The helper's request

agent-request-control = { $name } cere control complet (mouse și tastatură).
agent-request-view = { $name } cere să vă vadă ecranul.
agent-allow = Permiteți
agent-allow-view-only = Permiteți doar vizualizarea
agent-decline = Refuzați

## Sharing

agent-sharing-control = Partajare cu { $name }: control complet
agent-sharing-view = Partajare cu { $name }: doar vizualizare
agent-sharing-paused = Partajare cu { $name }: control oprit
agent-stop-control = Opriți controlul
agent-give-control-back = Redați controlul
agent-end-session = Încheiați sesiunea

## Chat

agent-chat-heading = Chat
agent-chat-input = Mesaj
agent-chat-send = Trimiteți
agent-chat-you = Dvs.

## Notices

agent-helper-away = Conexiunea utilizatorului { $name } s-a întrerupt. Se așteaptă revenirea…
agent-helper-away-time = Sesiunea se încheie în { $time } dacă conexiunea nu revine.
agent-helper-away-unseen = Între timp, nimeni nu vă poate vedea sau controla ecranul.
agent-end-now = Încheiați acum
agent-helper-back = { $name } a revenit.
agent-notice-server-lost = Serverul nu poate fi contactat. Controlul a fost oprit.
agent-notice-server-back = Serverul poate fi contactat din nou. Controlul rămâne oprit până când îl redați.
agent-notice-connection-lost = Conexiunea cu asistentul s-a pierdut. Controlul a fost oprit.
agent-notice-connected = Conectat: asistentul vă vede ecranul.
agent-notice-control-stopped = Control oprit: asistentul nu vă mai poate folosi mouse-ul și tastatura.

## Updates

agent-update-available = Este disponibilă o versiune mai nouă a aplicației { -product-name }: { $version }
agent-update-required = Această aplicație { -product-name } este învechită și trebuie actualizată la { $version } înainte de a putea partaja
agent-update-download = Descărcați-o de la { $url }

## The end of the session

agent-ended-heading = Sesiune încheiată
agent-ended = Sesiune încheiată.
agent-ended-helper-left = Sesiune încheiată: asistentul a încheiat-o.
agent-ended-sharer-left = Sesiune încheiată: ați încheiat-o dvs.
agent-ended-sharer-disconnected = Sesiune încheiată: conexiunea dvs. s-a pierdut și nu a revenit la timp.
agent-ended-helper-disconnected = Sesiune încheiată: conexiunea asistentului s-a pierdut și nu a revenit la timp.
agent-ended-code-expired = Sesiune încheiată: codul de securitate a expirat.
agent-ended-declined-timeout = Sesiune încheiată: solicitarea nu a primit răspuns la timp.
agent-ended-revoked = Sesiune încheiată: un administrator a oprit-o.
agent-ended-policy = Sesiune încheiată: o regulă a organizației dvs. a oprit-o.
agent-ended-access-withdrawn = Sesiune încheiată: asistentul nu mai are voie să vă ajute sau accesul dvs. a fost retras.
agent-ended-error = Sesiune încheiată: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Acest dispozitiv nu este înregistrat, iar organizația dvs. permite ajutorul doar pe dispozitive înregistrate. Cereți administratorului să îl înregistreze.
agent-close = Închideți

## Terminal mode only

agent-terminal-email = E-mail:
agent-terminal-password = Parolă (lăsați gol pentru autentificare unică):
agent-terminal-second-factor = Cod de autentificare:
agent-terminal-code = Cod de securitate:
agent-terminal-field = { $label }: { $value }
# The letters in brackets equal agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [p]ermiteți, doar [v]izualizare, [r]efuzați:
agent-terminal-choices-view = [p]ermiteți, [r]efuzați:
agent-terminal-key-allow = p
agent-terminal-key-view-only = v
agent-terminal-key-decline = r
agent-terminal-help = Comenzi: /stop preia înapoi controlul, /resume îl redă, /end încheie sesiunea; orice alt rând este trimis ca mesaj de chat.
agent-terminal-resume-hint = Tastați /resume pentru a reda controlul.
agent-terminal-end-now-hint = Tastați /end pentru a încheia sesiunea acum.
agent-terminal-unknown-command = Comandă necunoscută: { $command }. /help afișează comenzile; începeți un rând cu // pentru a trimite un mesaj de chat care începe cu /.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Această versiune a aplicației { -product-name } este prea veche pentru organizația dvs. Actualizați-o, apoi încercați din nou.
agent-sso-browser-done = V-ați conectat. Puteți închide această filă și reveni la aplicația { -product-name }.
agent-sso-browser-failed = Autentificarea unică nu a funcționat. Reveniți la aplicația { -product-name } pentru a vedea motivul.
