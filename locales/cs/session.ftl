# Messages of the remote help pages (Czech): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Ukončit relaci
session-ended-heading = Relace skončila
session-reconnecting = Připojení bylo přerušeno. Probíhá opětovné připojení…
session-replaced = Tato relace byla otevřena v jiném okně, takže v tomto okně byla zastavena.
session-connection-closed = Připojení k serveru bylo ukončeno.
go-home = Zpět na domovskou stránku

## The trust card: who is on the other side

trust-helper-heading = Váš pomocník
trust-sharer-heading = Osoba, které pomáháte
trust-job-title = Pracovní pozice
trust-company = Společnost
trust-domain = Doména organizace
trust-domain-verified = Ověřeno
trust-domain-unverified = Neověřeno
trust-not-set = Neuvedeno

## The device the helper is about to help with

device-heading = Zařízení
device-name = Název
device-system = Operační systém
device-compliance = Dodržování předpisů
device-compliant = Vyhovuje
device-not-compliant = Nevyhovuje
device-web-browser = Osoba se připojila z webového prohlížeče, takže zařízení nelze identifikovat.
device-none = Žádné informace o zařízení.
warning-device-not-enrolled = Toto zařízení není zaregistrované ve vaší organizaci.
warning-device-not-enrolled-detail = Jeho identita a stav zabezpečení nejsou známé. Buďte opatrní s tím, co na něm otevíráte nebo píšete.
warning-device-not-compliant = Toto zařízení nesplňuje zásady dodržování předpisů vaší organizace:

## Chat

chat-heading = Chat
chat-list-label = Zprávy
chat-input-label = Zpráva
chat-placeholder = Napište zprávu…
chat-send = Odeslat
chat-you = Vy
chat-role-helper = Pomocník
chat-role-sharer = Příjemce pomoci
chat-sending = Odesílání…
chat-too-long =
    { $max ->
        [one] Zpráva může mít nejvýše { $max } znak.
        [few] Zpráva může mít nejvýše { $max } znaky.
        [many] Zpráva může mít nejvýše { $max } znaku.
       *[other] Zpráva může mít nejvýše { $max } znaků.
    }

## Helper console

helper-page-title = Vzdálená pomoc – Assist
helper-page-title-org = Vzdálená pomoc – { $organisation }
helper-start-heading = Zahájit relaci vzdálené pomoci
helper-start-intro = Získáte 8místný bezpečnostní kód. Předejte ho osobě, které pomáháte; ta ho zadá, aby se připojila.
helper-device-label = Zařízení (nepovinné)
helper-device-none = Žádné konkrétní zařízení
helper-device-hint = Pokud zařízení dané osoby znáte, vyberte ho: relace pak bude fungovat jen na tomto zařízení a uvidíte, zda vyhovuje předpisům.
helper-start-button = Nová relace vzdálené pomoci
helper-start-another = Zahájit další relaci
helper-session-heading = Relace vzdálené pomoci
helper-code-heading = Bezpečnostní kód
helper-code-copy = Kopírovat kód
helper-code-copied = Kód byl zkopírován.
helper-code-copy-failed = Kód se nepodařilo zkopírovat. Přečtěte ho prosím nahlas.
helper-code-expires-in = Platnost vyprší za { $time }
helper-code-expired = Platnost kódu vypršela.
helper-code-one-minute = Platnost bezpečnostního kódu vyprší za minutu.
helper-code-instructions = Požádejte danou osobu, aby otevřela { $address }, přihlásila se a zadala tento kód.
helper-code-not-shown-again = Bezpečnostní kód se zobrazuje jen jednou. Pokud se osoba ještě nepřipojila, ukončete tuto relaci a zahajte novou.
helper-status-waiting = Čeká se, až osoba zadá kód…
helper-status-joined = Uživatel { $name } se připojil. Až budete připraveni, požádejte o zobrazení obrazovky.
helper-status-asked-view = Čeká se, až vám uživatel { $name } povolí zobrazit obrazovku…
helper-status-asked-control = Čeká se, až vám uživatel { $name } povolí plné ovládání…
helper-status-connecting = Připojování k obrazovce uživatele { $name }…
helper-status-viewing = Vidíte obrazovku uživatele { $name }.
helper-sharer-joined = Uživatel { $name } se připojil k relaci.
helper-request-declined = Uživatel { $name } vaši žádost odmítl.
helper-granted-view = Uživatel { $name } vám povolil zobrazit obrazovku.
helper-granted-control = Uživatel { $name } povolil plné ovládání.
helper-granted-view-only = Uživatel { $name } povolil pouze zobrazení.
helper-escalation-declined = Uživatel { $name } ponechal pouze zobrazení.
helper-control-taken-back = Uživatel { $name } převzal ovládání zpět. Obrazovku stále vidíte.
helper-control-paused = Uživatel { $name } pozastavil vaše ovládání.
helper-control-resumed = Uživatel { $name } vám znovu předal ovládání.
helper-connection-failed = Obrazovku se nepodařilo připojit. Zkontrolujte síť nebo ukončete relaci a zkuste to znovu.
helper-mode-heading = Co potřebujete?
helper-mode-hint = Pokud chcete jen sledovat, požádejte o režim Pouze zobrazení; pokud potřebujete používat myš a klávesnici dané osoby, požádejte o plné ovládání. Rozhodnutí je na ní.
helper-mode-web-hint = Osoba používá webový prohlížeč, který umí sdílet obrazovku jen pro zobrazení. Plné ovládání vyžaduje aplikaci Assist na jejím zařízení.
helper-escalate-hint = Můžete požádat o plné ovládání; osoba znovu rozhodne.
helper-request-view = Požádat o zobrazení
helper-request-control = Požádat o plné ovládání

## The remote screen in the helper console

viewer-heading = Obrazovka uživatele { $name }
viewer-stage-label = Vzdálená obrazovka uživatele { $name }
viewer-toolbar-label = Zobrazení obrazovky
viewer-fit = Přizpůsobit oknu
viewer-actual-size = Skutečná velikost
viewer-full-screen = Celá obrazovka
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Pouze zobrazení
viewer-mode-control = Plné ovládání
viewer-mode-paused = Ovládání pozastaveno
viewer-role-view = vzdálená obrazovka, pouze zobrazení
viewer-role-control = vzdálená obrazovka, vaše myš a klávesnice ovládají druhý počítač
viewer-hint-view = Obrazovku vidíte, ale nemůžete ji ovládat.
viewer-hint-control = Kliknutím na obrazovku ji začnete ovládat. Dokud je aktivní, každá klávesa včetně klávesových zkratek se posílá do druhého počítače. Stisknutím Ctrl+Alt+Home se vrátíte na panel nástrojů.

## Sharer web app

share-page-title = Získat pomoc – Assist
share-page-title-org = Získat pomoc – { $organisation }
share-join-heading = Získat pomoc
share-join-intro = Zadejte bezpečnostní kód, který vám dal pomocník. Dříve, než cokoli uvidí, uvidíte, kdo to je.
share-code-label = Bezpečnostní kód
share-code-hint = 8 číslic, například 1234 5678.
share-code-invalid-format = Zadejte 8 číslic bezpečnostního kódu.
share-join-button = Pokračovat
share-join-another = Zadat jiný kód
share-session-heading = Vzdálená pomoc
share-status-joined = Spojeno s uživatelem { $name }. Brzy vás požádá o zobrazení obrazovky.
share-status-asked = Uživatel { $name } čeká na vaši odpověď.
share-status-sharing = Sdílíte obrazovku s uživatelem { $name }.
share-request-view-heading = Uživatel { $name } žádá o zobrazení vaší obrazovky
share-request-view-text = Uživatel { $name } uvidí vše na obrazovce, kterou vyberete, ale nebude moci používat vaši myš ani klávesnici. Sdílení můžete kdykoli zastavit.
share-request-control-heading = Uživatel { $name } žádá o plné ovládání
share-request-control-text = S plným ovládáním by uživatel { $name } mohl používat vaši myš a klávesnici.
share-control-needs-app = Plné ovládání vyžaduje aplikaci Assist na tomto zařízení. V prohlížeči můžete sdílet obrazovku pouze pro zobrazení.
share-allow = Povolit
share-allow-view-only = Povolit pouze zobrazení
share-decline = Odmítnout
share-keep-view-only = Ponechat pouze zobrazení
share-picker-cancelled = Nebyla vybrána žádná obrazovka, takže se nic nesdílí. Zvolte znovu Povolit a vyberte obrazovku, nebo zvolte Odmítnout.
share-capture-failed = Tento prohlížeč nemohl sdílet obrazovku. Zkuste prosím jiný prohlížeč, nebo žádost odmítněte.
share-reshare-heading = Vaše obrazovka už se nesdílí
share-reshare-text = Stránka byla znovu načtena, takže uživatel { $name } už vaši obrazovku nevidí. Sdílejte ji znovu, nebo ukončete relaci.
share-reshare-button = Znovu sdílet obrazovku
share-bar-label = Sdílení obrazovky
share-bar-text = Sdílíte obrazovku s uživatelem { $name }
share-stop = Zastavit sdílení
share-connection-failed = Vaši obrazovku se nepodařilo odeslat. Zkontrolujte síť nebo ukončete relaci a zkuste to znovu.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Relaci jste ukončili.
ended-helper-sharer-left = Uživatel { $name } ukončil relaci.
ended-helper-helper-disconnected = Vaše připojení bylo příliš dlouho přerušené, takže relace skončila.
ended-helper-sharer-disconnected = Připojení uživatele { $name } bylo ztraceno a neobnovilo se, takže relace skončila.
ended-helper-code-expired = Nikdo nezadal kód před vypršením jeho platnosti.
ended-helper-declined-timeout = Uživatel { $name } na vaši žádost včas neodpověděl.
ended-helper-revoked = Tuto relaci ukončil správce.
ended-helper-policy = Relace skončila, protože vzdálená pomoc byla pro vaši organizaci vypnuta.
ended-helper-access-withdrawn = Relace skončila, protože se změnil váš přístup: váš účet, vaše přihlášení nebo vaše role vzdálené pomoci už tuto relaci nepovoluje.
ended-helper-other = Relace skončila.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Uživatel { $name } ukončil relaci.
ended-sharer-sharer-left = Relaci jste ukončili. Nic se už nesdílí.
ended-sharer-helper-disconnected = Připojení uživatele { $name } bylo ztraceno a neobnovilo se, takže relace skončila.
ended-sharer-sharer-disconnected = Vaše připojení bylo příliš dlouho přerušené, takže relace skončila.
ended-sharer-code-expired = Platnost kódu vypršela.
ended-sharer-declined-timeout = Neodpověděli jste včas, takže relace skončila. Nic nebylo sdíleno.
ended-sharer-revoked = Tuto relaci ukončil správce.
ended-sharer-policy = Relace skončila, protože vzdálená pomoc byla pro vaši organizaci vypnuta.
ended-sharer-access-withdrawn = Relace skončila, protože uživatel { $name } vám již nesmí pomáhat, nebo se změnil váš vlastní přístup. Nic už se nesdílí.
ended-sharer-other = Relace skončila.

## Refusals from the server

error-remote-help-disabled = Vzdálená pomoc je pro vaši organizaci vypnutá. Správce ji může zapnout.
error-code-invalid = Tento kód není platný. Zkontrolujte číslice a zkuste to znovu.
error-code-expired = Platnost tohoto kódu vypršela. Požádejte pomocníka o nový.
error-code-used = Tento kód už byl použit. Požádejte pomocníka o nový.
error-unenrolled-device = Vaše organizace povoluje pomoc jen na zaregistrovaných zařízeních. Nainstalujte na toto zařízení aplikaci Assist, nebo se obraťte na správce.
error-wrong-device = Tato relace byla zahájena pro jiné zařízení. Požádejte pomocníka o kód pro toto zařízení.
error-chat-disabled = Chat je pro vaši organizaci vypnutý.
error-invalid-transition = V této fázi relace to není možné.
error-session-ended = Tato relace už skončila.
error-control-needs-agent = Plné ovládání vyžaduje aplikaci Assist na zařízení druhé osoby.
error-session-not-found = Tato relace neexistuje nebo nejste jejím účastníkem.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Váš účet nemůže nabízet vzdálenou pomoc: potřebuje oprávnění „Nabízet vzdálenou pomoc“ a „Zobrazit obrazovku“. Požádejte správce vaší organizace, aby z vás udělal pomocníka.
error-browser-sharing-not-allowed = Vaše organizace nepovoluje sdílení obrazovky z webového prohlížeče. Nainstalujte na toto zařízení aplikaci Assist a zadejte kód v ní, nebo se obraťte na helpdesk.
error-sharer-out-of-scope = Tento pomocník vám nesmí pomáhat: jeho role nezahrnuje vás ani toto zařízení. Zeptejte se helpdesku, kdo vám může pomoci.
error-own-session = Tuto relaci jste zahájili sami. Dejte kód osobě, které pomáháte; ta ho zadá, aby se připojila.
error-helper-unavailable = Pomocník, který vám dal tento kód, už pomáhat nemůže. Požádejte helpdesk o někoho jiného.
error-device-in-other-organisation = Toto zařízení je zaregistrováno v jiné organizaci. Obraťte se na správce.
error-device-out-of-scope = Toto zařízení je mimo vaši roli: nesmíte na něm pomáhat. Zvolte jiné zařízení, nebo žádné.
error-chat-empty = Před odesláním napište zprávu.
error-chat-too-long = Tato zpráva je příliš dlouhá. Zkraťte ji a odešlete znovu.
error-chat-invalid-characters = Tato zpráva obsahuje neviditelné řídicí znaky, které nelze odeslat. Odstraňte je a zkuste to znovu.
helper-permission-heading = Zatím nemůžete nabízet vzdálenou pomoc
helper-permission-text = Nabízení vzdálené pomoci vyžaduje oprávnění „Nabízet vzdálenou pomoc“ a „Zobrazit obrazovku“, která váš účet nemá.
helper-ask-admin = Požádejte správce organizace { $organisation } o změnu.
helper-disabled-heading = Vzdálená pomoc je vypnutá
helper-disabled-text = Vaše organizace nezapnula vzdálenou pomoc, takže zatím nelze zahájit žádnou relaci.
helper-open-settings = Otevřít nastavení organizace
helper-browser-note = Vaše organizace nepovoluje sdílení z webového prohlížeče: osoba, které pomáháte, potřebuje aplikaci Assist na zaregistrovaném zařízení.
helper-join-refused-heading = Někdo se pokusil připojit s tímto kódem
helper-join-refused-browser-sharing-not-allowed = Použil webový prohlížeč a vaše organizace nepovoluje sdílení z prohlížeče. Požádejte ho, aby zadal stejný kód v aplikaci Assist: kód stále platí.
helper-join-refused-unenrolled-device = Jeho zařízení není zaregistrované a vaše organizace povoluje pomoc jen na zaregistrovaných zařízeních. Požádejte ho, aby použil aplikaci Assist na zaregistrovaném zařízení: kód stále platí.
helper-join-refused-sharer-out-of-scope = Vaše role nezahrnuje tuto osobu ani její zařízení, takže se nemohla připojit. Předejte ji pomocníkovi, jehož role ji zahrnuje, nebo požádejte správce o rozšíření vaší role.
helper-join-refused-wrong-device = Použil jiné zařízení, než jaké jste pro tuto relaci zvolili. Požádejte ho, aby použil aplikaci Assist na tom zařízení: kód stále platí.
share-app-explained = Aplikace Assist je program vaší organizace pro získání pomoci na tomto počítači. S ní může pomocník používat vaši myš a klávesnici, zatímco se díváte, a vy můžete kdykoli převzít ovládání zpět nebo skončit. Pokud není nainstalovaná, zeptejte se helpdesku.
share-app-download = Stáhnout aplikaci Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Spojení s uživatelem { $name } bylo přerušeno. Čeká se na jeho návrat…
presence-grace-left = Relace skončí za { $time }, pokud se nevrátí.
presence-nobody-sees = Během jeho nepřítomnosti vaši obrazovku nikdo nevidí. Sdílení pokračuje po jeho návratu.
presence-end-now = Ukončit hned
presence-back = { $name } je zpět.
presence-back-reshare = { $name } je zpět a je požádán, aby znovu sdílel obrazovku.
share-bar-paused-text = Vaši obrazovku teď nikdo nevidí: spojení s uživatelem { $name } bylo přerušeno
