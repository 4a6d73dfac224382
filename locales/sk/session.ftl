# Messages of the remote help pages (Slovak): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Ukončiť reláciu
session-ended-heading = Relácia sa skončila
session-reconnecting = Pripojenie sa prerušilo. Prebieha opätovné pripájanie…
session-replaced = Táto relácia bola otvorená v inom okne, preto sa v tomto okne zastavila.
session-connection-closed = Pripojenie k serveru sa ukončilo.
go-home = Späť na domovskú stránku

## The trust card: who is on the other side

trust-helper-heading = Váš pomocník
trust-sharer-heading = Osoba, ktorej pomáhate
trust-job-title = Pracovná pozícia
trust-company = Spoločnosť
trust-domain = Doména organizácie
trust-domain-verified = Overená
trust-domain-unverified = Neoverená
trust-not-set = Neuvedené

## The device the helper is about to help with

device-heading = Zariadenie
device-name = Názov
device-system = Operačný systém
device-compliance = Súlad
device-compliant = V súlade
device-not-compliant = Nie je v súlade
device-web-browser = Osoba sa pripojila z webového prehliadača, takže zariadenie nemožno identifikovať.
device-none = Žiadne informácie o zariadení.
warning-device-not-enrolled = Toto zariadenie nie je zaregistrované vo vašej organizácii.
warning-device-not-enrolled-detail = Jeho identita a stav zabezpečenia nie sú známe. Buďte opatrní pri tom, čo na ňom otvárate alebo píšete.
warning-device-not-compliant = Toto zariadenie nespĺňa zásady súladu vašej organizácie:

## Chat

chat-heading = Chat
chat-list-label = Správy
chat-input-label = Správa
chat-placeholder = Napíšte správu…
chat-send = Odoslať
chat-you = Vy
chat-role-helper = Pomocník
chat-role-sharer = Príjemca pomoci
chat-sending = Odosiela sa…
chat-too-long =
    { $max ->
        [one] Správa môže mať najviac { $max } znak.
        [few] Správa môže mať najviac { $max } znaky.
        [many] Správa môže mať najviac { $max } znaku.
       *[other] Správa môže mať najviac { $max } znakov.
    }

## Helper console

helper-page-title = Vzdialená pomoc – Assist
helper-page-title-org = Vzdialená pomoc – { $organisation }
helper-start-heading = Spustiť reláciu vzdialenej pomoci
helper-start-intro = Dostanete 8-miestny bezpečnostný kód. Dajte ho osobe, ktorej pomáhate; tá ho zadá, aby sa pripojila.
helper-device-label = Zariadenie (voliteľné)
helper-device-none = Žiadne konkrétne zariadenie
helper-device-hint = Ak poznáte zariadenie danej osoby, vyberte ho: relácia potom bude fungovať len na tomto zariadení a uvidíte jeho stav súladu.
helper-start-button = Nová relácia vzdialenej pomoci
helper-start-another = Spustiť ďalšiu reláciu
helper-session-heading = Relácia vzdialenej pomoci
helper-code-heading = Bezpečnostný kód
helper-code-copy = Kopírovať kód
helper-code-copied = Kód bol skopírovaný.
helper-code-copy-failed = Kód sa nepodarilo skopírovať. Prečítajte ho nahlas.
helper-code-expires-in = Platnosť uplynie o { $time }
helper-code-expired = Platnosť kódu uplynula.
helper-code-one-minute = Platnosť bezpečnostného kódu uplynie o minútu.
helper-code-instructions = Požiadajte danú osobu, aby otvorila { $address }, prihlásila sa a zadala tento kód.
helper-code-not-shown-again = Bezpečnostný kód sa zobrazuje len raz. Ak sa osoba ešte nepripojila, ukončite túto reláciu a spustite novú.
helper-status-waiting = Čaká sa, kým osoba zadá kód…
helper-status-joined = Používateľ { $name } sa pripojil. Keď budete pripravení, požiadajte o zobrazenie obrazovky.
helper-status-asked-view = Čaká sa, kým vám používateľ { $name } povolí zobraziť obrazovku…
helper-status-asked-control = Čaká sa, kým vám používateľ { $name } povolí úplné ovládanie…
helper-status-connecting = Pripája sa k obrazovke používateľa { $name }…
helper-status-viewing = Vidíte obrazovku používateľa { $name }.
helper-sharer-joined = Používateľ { $name } sa pripojil k relácii.
helper-request-declined = Používateľ { $name } odmietol vašu žiadosť.
helper-granted-view = Používateľ { $name } vám povolil zobraziť obrazovku.
helper-granted-control = Používateľ { $name } povolil úplné ovládanie.
helper-granted-view-only = Používateľ { $name } povolil len zobrazenie.
helper-escalation-declined = Používateľ { $name } ponechal len zobrazenie.
helper-control-taken-back = Používateľ { $name } prevzal ovládanie späť. Obrazovku stále vidíte.
helper-control-paused = Používateľ { $name } pozastavil vaše ovládanie.
helper-control-resumed = Používateľ { $name } vám znova odovzdal ovládanie.
helper-connection-failed = Obrazovku sa nepodarilo pripojiť. Skontrolujte sieť alebo ukončite reláciu a skúste to znova.
helper-mode-heading = Čo potrebujete?
helper-mode-hint = Ak chcete iba sledovať, požiadajte o režim Len zobrazenie; ak potrebujete používať myš a klávesnicu danej osoby, požiadajte o úplné ovládanie. Rozhodnutie je na nej.
helper-mode-web-hint = Osoba používa webový prehliadač, ktorý dokáže zdieľať obrazovku len na zobrazenie. Úplné ovládanie vyžaduje aplikáciu Assist na jej zariadení.
helper-escalate-hint = Môžete požiadať o úplné ovládanie; osoba opäť rozhodne.
helper-request-view = Požiadať o zobrazenie
helper-request-control = Požiadať o úplné ovládanie

## The remote screen in the helper console

viewer-heading = Obrazovka používateľa { $name }
viewer-stage-label = Vzdialená obrazovka používateľa { $name }
viewer-toolbar-label = Zobrazenie obrazovky
viewer-fit = Prispôsobiť oknu
viewer-actual-size = Skutočná veľkosť
viewer-full-screen = Celá obrazovka
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Len zobrazenie
viewer-mode-control = Úplné ovládanie
viewer-mode-paused = Ovládanie pozastavené
viewer-role-view = vzdialená obrazovka, len zobrazenie
viewer-role-control = vzdialená obrazovka, vaša myš a klávesnica ovládajú druhý počítač
viewer-hint-view = Obrazovku vidíte, ale nemôžete ju ovládať.
viewer-hint-control = Kliknutím na obrazovku ju začnete ovládať. Kým je aktívna, každý kláves vrátane klávesových skratiek sa odosiela do druhého počítača. Stlačením Ctrl+Alt+Home sa vrátite na panel s nástrojmi.

## Sharer web app

share-page-title = Získať pomoc – Assist
share-page-title-org = Získať pomoc – { $organisation }
share-join-heading = Získať pomoc
share-join-intro = Zadajte bezpečnostný kód, ktorý vám dal pomocník. Skôr než niečo uvidí, uvidíte, kto to je.
share-code-label = Bezpečnostný kód
share-code-hint = 8 číslic, napríklad 1234 5678.
share-code-invalid-format = Zadajte 8 číslic bezpečnostného kódu.
share-join-button = Pokračovať
share-join-another = Zadať iný kód
share-session-heading = Vzdialená pomoc
share-status-joined = Spojenie s používateľom { $name } je nadviazané. Čoskoro vás požiada o zobrazenie obrazovky.
share-status-asked = Používateľ { $name } čaká na vašu odpoveď.
share-status-sharing = Zdieľate obrazovku s používateľom { $name }.
share-request-view-heading = Používateľ { $name } žiada o zobrazenie vašej obrazovky
share-request-view-text = Používateľ { $name } uvidí všetko na obrazovke, ktorú vyberiete, ale nebude môcť používať vašu myš ani klávesnicu. Zdieľanie môžete kedykoľvek zastaviť.
share-request-control-heading = Používateľ { $name } žiada o úplné ovládanie
share-request-control-text = S úplným ovládaním by používateľ { $name } mohol používať vašu myš a klávesnicu.
share-control-needs-app = Úplné ovládanie vyžaduje aplikáciu Assist na tomto zariadení. V prehliadači môžete zdieľať obrazovku len na zobrazenie.
share-allow = Povoliť
share-allow-view-only = Povoliť len zobrazenie
share-decline = Odmietnuť
share-keep-view-only = Ponechať len zobrazenie
share-picker-cancelled = Nebola vybratá žiadna obrazovka, takže sa nič nezdieľa. Znova vyberte Povoliť a zvoľte obrazovku, alebo vyberte Odmietnuť.
share-capture-failed = Tento prehliadač nedokázal zdieľať obrazovku. Skúste iný prehliadač alebo žiadosť odmietnite.
share-reshare-heading = Vaša obrazovka sa už nezdieľa
share-reshare-text = Stránka sa znova načítala, takže používateľ { $name } už vašu obrazovku nevidí. Zdieľajte ju znova alebo ukončite reláciu.
share-reshare-button = Znova zdieľať obrazovku
share-bar-label = Zdieľanie obrazovky
share-bar-text = Zdieľate obrazovku s používateľom { $name }
share-stop = Zastaviť zdieľanie
share-connection-failed = Vašu obrazovku sa nepodarilo odoslať. Skontrolujte sieť alebo ukončite reláciu a skúste to znova.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Reláciu ste ukončili.
ended-helper-sharer-left = Používateľ { $name } ukončil reláciu.
ended-helper-helper-disconnected = Vaše pripojenie bolo príliš dlho prerušené, preto sa relácia skončila.
ended-helper-sharer-disconnected = Pripojenie používateľa { $name } sa stratilo a neobnovilo, preto sa relácia skončila.
ended-helper-code-expired = Nikto nezadal kód pred uplynutím jeho platnosti.
ended-helper-declined-timeout = Používateľ { $name } na vašu žiadosť včas neodpovedal.
ended-helper-revoked = Túto reláciu ukončil správca.
ended-helper-policy = Relácia sa skončila, pretože vzdialená pomoc bola pre vašu organizáciu vypnutá.
ended-helper-access-withdrawn = Relácia sa skončila, pretože sa zmenil váš prístup: váš účet, vaše prihlásenie alebo vaša rola vzdialenej pomoci už túto reláciu nepovoľuje.
ended-helper-other = Relácia sa skončila.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Používateľ { $name } ukončil reláciu.
ended-sharer-sharer-left = Reláciu ste ukončili. Nič sa už nezdieľa.
ended-sharer-helper-disconnected = Pripojenie používateľa { $name } sa stratilo a neobnovilo, preto sa relácia skončila.
ended-sharer-sharer-disconnected = Vaše pripojenie bolo príliš dlho prerušené, preto sa relácia skončila.
ended-sharer-code-expired = Platnosť kódu uplynula.
ended-sharer-declined-timeout = Neodpovedali ste včas, preto sa relácia skončila. Nič sa nezdieľalo.
ended-sharer-revoked = Túto reláciu ukončil správca.
ended-sharer-policy = Relácia sa skončila, pretože vzdialená pomoc bola pre vašu organizáciu vypnutá.
ended-sharer-access-withdrawn = Relácia sa skončila, pretože používateľ { $name } vám už nesmie pomáhať alebo sa zmenil váš vlastný prístup. Už sa nič nezdieľa.
ended-sharer-other = Relácia sa skončila.

## Refusals from the server

error-remote-help-disabled = Vzdialená pomoc je pre vašu organizáciu vypnutá. Správca ju môže zapnúť.
error-code-invalid = Tento kód nie je platný. Skontrolujte číslice a skúste to znova.
error-code-expired = Platnosť tohto kódu uplynula. Požiadajte pomocníka o nový.
error-code-used = Tento kód už bol použitý. Požiadajte pomocníka o nový.
error-unenrolled-device = Vaša organizácia povoľuje pomoc len na zaregistrovaných zariadeniach. Nainštalujte do tohto zariadenia aplikáciu Assist alebo sa obráťte na správcu.
error-wrong-device = Táto relácia bola spustená pre iné zariadenie. Požiadajte pomocníka o kód pre toto zariadenie.
error-chat-disabled = Chat je pre vašu organizáciu vypnutý.
error-invalid-transition = V tejto fáze relácie to nie je možné.
error-session-ended = Táto relácia sa už skončila.
error-control-needs-agent = Úplné ovládanie vyžaduje aplikáciu Assist na zariadení druhej osoby.
error-session-not-found = Táto relácia neexistuje alebo nie ste jej účastníkom.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Váš účet nemôže ponúkať vzdialenú pomoc: potrebuje oprávnenia „Ponúkať vzdialenú pomoc“ a „Zobraziť obrazovku“. Požiadajte správcu vašej organizácie, aby z vás urobil pomocníka.
error-browser-sharing-not-allowed = Vaša organizácia nepovoľuje zdieľanie obrazovky z webového prehliadača. Nainštalujte do tohto zariadenia aplikáciu Assist a zadajte kód v nej, alebo sa obráťte na helpdesk.
error-sharer-out-of-scope = Tento pomocník vám nesmie pomáhať: jeho rola nezahŕňa vás ani toto zariadenie. Opýtajte sa helpdesku, kto vám môže pomôcť.
error-own-session = Túto reláciu ste začali sami. Dajte kód osobe, ktorej pomáhate; tá ho zadá, aby sa pripojila.
error-helper-unavailable = Pomocník, ktorý vám dal tento kód, už nemôže pomáhať. Požiadajte helpdesk o niekoho iného.
error-device-in-other-organisation = Toto zariadenie je zaregistrované v inej organizácii. Obráťte sa na správcu.
error-device-out-of-scope = Toto zariadenie je mimo vašej roly: nesmiete na ňom pomáhať. Zvoľte iné zariadenie alebo žiadne.
error-chat-empty = Pred odoslaním napíšte správu.
error-chat-too-long = Táto správa je príliš dlhá. Skráťte ju a odošlite znova.
error-chat-invalid-characters = Táto správa obsahuje neviditeľné riadiace znaky, ktoré nemožno odoslať. Odstráňte ich a skúste to znova.
helper-permission-heading = Zatiaľ nemôžete ponúkať vzdialenú pomoc
helper-permission-text = Ponúkanie vzdialenej pomoci vyžaduje oprávnenia „Ponúkať vzdialenú pomoc“ a „Zobraziť obrazovku“, ktoré váš účet nemá.
helper-ask-admin = Požiadajte správcu organizácie { $organisation } o zmenu.
helper-disabled-heading = Vzdialená pomoc je vypnutá
helper-disabled-text = Vaša organizácia nezapla vzdialenú pomoc, takže zatiaľ nemožno začať žiadnu reláciu.
helper-open-settings = Otvoriť nastavenia organizácie
helper-browser-note = Vaša organizácia nepovoľuje zdieľanie z webového prehliadača: osoba, ktorej pomáhate, potrebuje aplikáciu Assist na zaregistrovanom zariadení.
helper-join-refused-heading = Niekto sa pokúsil pripojiť s týmto kódom
helper-join-refused-browser-sharing-not-allowed = Použil webový prehliadač a vaša organizácia nepovoľuje zdieľanie z prehliadača. Požiadajte ho, aby zadal rovnaký kód v aplikácii Assist: kód stále platí.
helper-join-refused-unenrolled-device = Jeho zariadenie nie je zaregistrované a vaša organizácia povoľuje pomoc len na zaregistrovaných zariadeniach. Požiadajte ho, aby použil aplikáciu Assist na zaregistrovanom zariadení: kód stále platí.
helper-join-refused-sharer-out-of-scope = Vaša rola nezahŕňa túto osobu ani jej zariadenie, preto sa nemohla pripojiť. Odovzdajte ju pomocníkovi, ktorého rola ju zahŕňa, alebo požiadajte správcu o rozšírenie vašej.
helper-join-refused-wrong-device = Použil iné zariadenie, než ste pre túto reláciu zvolili. Požiadajte ho, aby použil aplikáciu Assist na tom zariadení: kód stále platí.
share-app-explained = Aplikácia Assist je program vašej organizácie na získanie pomoci na tomto počítači. S ňou môže pomocník používať vašu myš a klávesnicu, kým sa pozeráte, a vy môžete kedykoľvek prevziať ovládanie späť alebo skončiť. Ak nie je nainštalovaná, opýtajte sa helpdesku.
share-app-download = Stiahnuť aplikáciu Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Spojenie s používateľom { $name } sa prerušilo. Čaká sa na jeho návrat…
presence-grace-left = Relácia sa skončí o { $time }, ak sa nevráti.
presence-nobody-sees = Počas jeho neprítomnosti nikto nevidí vašu obrazovku. Zdieľanie pokračuje po jeho návrate.
presence-end-now = Ukončiť hneď
presence-back = { $name } je späť.
presence-back-reshare = { $name } je späť a je požiadaný, aby znova zdieľal obrazovku.
share-bar-paused-text = Vašu obrazovku teraz nikto nevidí: spojenie s používateľom { $name } sa prerušilo
