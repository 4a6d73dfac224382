# Messages of the Assist app (Slovak): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: zdieľanie vašej obrazovky
agent-starting = Spúšťa sa…
agent-working = Čakajte, prosím…

## Signing in

agent-sign-in-heading = Prihláste sa a získajte pomoc
agent-email = E-mail
agent-password = Heslo
agent-sign-in = Prihlásiť sa
agent-sign-in-sso = Prihlásiť sa jednotným prihlásením
agent-second-factor-heading = Druhý krok prihlásenia
agent-second-factor = Kód z overovacej aplikácie
agent-second-factor-hint = Zadajte kód, ktorý zobrazuje vaša overovacia aplikácia, alebo jeden z kódov na obnovenie.
agent-continue = Pokračovať
agent-sso-continues = Prihlásenie pokračuje vo webovom prehliadači. Ak sa neotvoril, prejdite na: { $url }

## The security code the helper gives

agent-code-heading = Zadajte bezpečnostný kód
agent-code-hint = Pomocník vám poskytne 8-miestny bezpečnostný kód.
agent-code = Bezpečnostný kód
agent-connect = Pripojiť

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Váš pomocník
agent-trust-name = Meno
agent-trust-job-title = Pracovná pozícia
agent-trust-company = Spoločnosť
agent-trust-domain = E-mailová doména
agent-trust-not-given = neuvedené
agent-trust-domain-verified = { $domain } (overená doména)
agent-trust-domain-unverified = { $domain } (doména NIE JE overená)
agent-trust-not-enrolled = Toto zariadenie nie je zaregistrované vo vašej organizácii; pomocník o tom dostane informáciu.
agent-waiting-for-request = Čaká sa, kým používateľ { $name } požiada o zobrazenie vašej obrazovky. Kým to nepovolíte, nič sa nezdieľa.

## The helper's request

agent-request-control = Používateľ { $name } žiada o úplné ovládanie (myš a klávesnica).
agent-request-view = Používateľ { $name } žiada o zobrazenie vašej obrazovky.
agent-allow = Povoliť
agent-allow-view-only = Povoliť len zobrazenie
agent-decline = Odmietnuť

## Sharing

agent-sharing-control = Zdieľanie s používateľom { $name }: úplné ovládanie
agent-sharing-view = Zdieľanie s používateľom { $name }: len zobrazenie
agent-sharing-paused = Zdieľanie s používateľom { $name }: ovládanie zastavené
agent-stop-control = Zastaviť ovládanie
agent-give-control-back = Vrátiť ovládanie
agent-end-session = Ukončiť reláciu

## Chat

agent-chat-heading = Chat
agent-chat-input = Správa
agent-chat-send = Odoslať
agent-chat-you = Vy

## Notices

agent-helper-away = Pripojenie používateľa { $name } sa prerušilo. Čaká sa na návrat…
agent-helper-away-time = Relácia sa skončí o { $time }, ak sa pripojenie neobnoví.
agent-helper-away-unseen = Medzitým nikto nevidí vašu obrazovku ani ju neovláda.
agent-end-now = Ukončiť teraz
agent-helper-back = { $name } je späť.
agent-notice-server-lost = Server je nedostupný. Ovládanie sa zastavilo.
agent-notice-server-back = Server je znova dostupný. Ovládanie zostane zastavené, kým ho nevrátite.
agent-notice-connection-lost = Pripojenie k pomocníkovi sa stratilo. Ovládanie sa zastavilo.
agent-notice-connected = Pripojené: pomocník vidí vašu obrazovku.
agent-notice-control-stopped = Ovládanie sa zastavilo: pomocník už nemôže používať vašu myš a klávesnicu.

## Updates

agent-update-available = K dispozícii je novšia verzia aplikácie { -product-name }: { $version }
agent-update-required = Táto aplikácia { -product-name } je zastaraná a pred zdieľaním ju treba aktualizovať na verziu { $version }
agent-update-download = Stiahnite si ju z adresy { $url }

## The end of the session

agent-ended-heading = Relácia sa skončila
agent-ended = Relácia sa skončila.
agent-ended-helper-left = Relácia sa skončila: ukončil ju pomocník.
agent-ended-sharer-left = Relácia sa skončila: ukončili ste ju vy.
agent-ended-sharer-disconnected = Relácia sa skončila: vaše pripojenie sa stratilo a včas sa neobnovilo.
agent-ended-helper-disconnected = Relácia sa skončila: pripojenie pomocníka sa stratilo a včas sa neobnovilo.
agent-ended-code-expired = Relácia sa skončila: platnosť bezpečnostného kódu uplynula.
agent-ended-declined-timeout = Relácia sa skončila: na žiadosť nikto včas neodpovedal.
agent-ended-revoked = Relácia sa skončila: zastavil ju správca.
agent-ended-policy = Relácia sa skončila: zastavilo ju pravidlo vašej organizácie.
agent-ended-access-withdrawn = Relácia sa skončila: pomocník vám už nesmie pomáhať alebo vám bol odobratý vlastný prístup.
agent-ended-error = Relácia sa skončila: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Toto zariadenie nie je zaregistrované a vaša organizácia povoľuje pomoc len na zaregistrovaných zariadeniach. Požiadajte správcu, aby ho zaregistroval.
agent-close = Zavrieť

## Terminal mode only

agent-terminal-email = E-mail:
agent-terminal-password = Heslo (pri jednotnom prihlásení nechajte prázdne):
agent-terminal-second-factor = Kód z overovacej aplikácie:
agent-terminal-code = Bezpečnostný kód:
agent-terminal-field = { $label }: { $value }
# The letters in brackets equal agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [p]ovoliť, len [z]obrazenie, [o]dmietnuť:
agent-terminal-choices-view = [p]ovoliť, [o]dmietnuť:
agent-terminal-key-allow = p
agent-terminal-key-view-only = z
agent-terminal-key-decline = o
agent-terminal-help = Príkazy: /stop vezme ovládanie späť, /resume ho znova odovzdá, /end ukončí reláciu; každý iný riadok sa odošle ako správa do chatu.
agent-terminal-resume-hint = Ak chcete vrátiť ovládanie, zadajte /resume.
agent-terminal-end-now-hint = Ak chcete reláciu ukončiť hneď, zadajte /end.
agent-terminal-unknown-command = Neznámy príkaz: { $command }. /help zobrazí zoznam príkazov; ak chcete do chatu odoslať správu začínajúcu znakom /, začnite riadok znakmi //.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Táto verzia aplikácie { -product-name } je pre vašu organizáciu príliš stará. Aktualizujte ju a skúste to znova.
agent-sso-browser-done = Ste prihlásení. Túto kartu môžete zavrieť a vrátiť sa do aplikácie { -product-name }.
agent-sso-browser-failed = Jednotné prihlásenie zlyhalo. Dôvod zistíte po návrate do aplikácie { -product-name }.
