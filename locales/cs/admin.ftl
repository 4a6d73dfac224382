# Messages of the admin console (/admin), Czech. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Konzola pro správu – { -product-name }
admin-page-title = { $section } – Konzola pro správu – { $organisation }
admin-console-name = Konzola pro správu
admin-back-home = Zpět na domovskou stránku
admin-nav-label = Konzola pro správu
admin-nav-group-people = Lidé
admin-nav-group-access = Přístup
admin-nav-group-devices = Zařízení
admin-nav-group-organisation = Organizace
admin-nav-group-activity = Aktivita

admin-denied-title = Bez přístupu – { -product-name }
admin-denied-heading = Nemáte oprávnění používat konzolu pro správu
admin-denied-text = Váš účet může používat { -product-name }, ale nemá oprávnění spravovat vaši organizaci.
admin-denied-help = Pokud potřebujete spravovat uživatele, zařízení nebo nastavení, požádejte správce své organizace, aby vám přidělil roli s příslušnými oprávněními.

## Shared words

admin-save = Uložit
admin-cancel = Zrušit
admin-done = Hotovo
admin-edit = Upravit
admin-delete = Odstranit
admin-remove = Odebrat
admin-revoke = Odvolat
admin-manage = Spravovat
admin-copy = Kopírovat
admin-refresh = Aktualizovat
admin-search = Hledat
admin-apply-filters = Použít filtry
admin-clear-filters = Vymazat filtry
admin-export-csv = Exportovat do CSV
admin-filter-any = Libovolné
admin-filter-anyone = Kdokoli
admin-filter-any-device = Libovolné zařízení
admin-not-set = Nenastaveno
admin-never = Nikdy
admin-no-changes = Není co uložit: žádné pole nebylo změněno.
admin-name-taken = Tento název se už používá. Zvolte jiný.
admin-number-range = Zadejte celé číslo od { $min } do { $max }.
admin-error-refused = Server akci odmítl: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Tuto sekci nemůžete používat: vyžaduje oprávnění „{ $permission }“ pro celou organizaci (všechny uživatele a všechna zařízení) a vaše role ho nedávají tak široce.
admin-section-denied-ask = Požádejte správce organizace { $organisation }, aby vám ho dal pro celou organizaci.
admin-choose-user = Vyberte osobu…
admin-choose-user-first = Nejprve vyberte osobu.
admin-choose-device = Vyberte zařízení…
admin-choose-device-first = Nejprve vyberte zařízení.
admin-choose-role = Vyberte roli…
admin-no-devices-yet = Zatím nejsou zaregistrována žádná zařízení
admin-unknown-user = Neznámý uživatel
admin-unknown-group = Neznámá skupina
admin-unknown-role = Neznámá role

admin-page-previous = Předchozí stránka
admin-page-next = Další stránka
admin-page-number = Stránka { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = zatím { $duration }

## Table column headings

admin-column-name = Název
admin-column-email = E-mail
admin-column-job-title = Pracovní pozice
admin-column-company = Společnost
admin-column-role = Role
admin-column-status = Stav
admin-column-actions = Akce
admin-column-description = Popis
admin-column-members = Členové
admin-column-created = Vytvořeno
admin-column-permissions = Oprávnění
admin-column-member-groups = Přiděleno skupinám
admin-column-scope = Rozsah
admin-column-state = Stav
admin-column-targets = Platí pro
admin-column-conditions = Podmínky
admin-column-grant = Akce
admin-column-device = Zařízení
admin-column-platform = Operační systém
admin-column-primary-user = Primární uživatel
admin-column-agent = Verze agenta
admin-column-enrollment = Registrace
admin-column-compliance = Dodržování předpisů
admin-column-last-check-in = Poslední kontakt
admin-column-uses = Zaregistrovaná zařízení
admin-column-expires = Platnost do
admin-column-rules = Pravidla
admin-column-helper = Pomocník
admin-column-sharer = Příjemce pomoci
admin-column-access = Udělený přístup
admin-column-started = Zahájeno
admin-column-duration = Doba trvání
admin-column-outcome = Způsob ukončení
admin-column-chat = Zprávy chatu
admin-column-time = Čas
admin-column-actor = Kdo
admin-column-action = Akce
admin-column-target = Cíl
admin-column-detail = Podrobnosti

## Users

admin-users-title = Uživatelé
admin-users-intro = Lidé ve vaší organizaci, kteří se mohou přihlásit do { -product-name }, a jejich profily tak, jak je vidí lidé, kterým pomáhají.
admin-users-search = Hledat podle jména, e-mailu, pracovní pozice nebo společnosti
admin-users-search-label = Hledat uživatele
admin-users-pages = Stránky uživatelů
admin-users-search-summary =
    { $count ->
        [0] Hledanému výrazu „{ $term }“ neodpovídá na této stránce žádný uživatel.
        [one] Hledanému výrazu „{ $term }“ odpovídá jeden uživatel.
        [few] Hledanému výrazu „{ $term }“ odpovídají { $count } uživatelé.
        [many] Hledanému výrazu „{ $term }“ odpovídá { $count } uživatele.
       *[other] Hledanému výrazu „{ $term }“ odpovídá { $count } uživatelů.
    }
admin-users-none-found = Hledanému výrazu „{ $term }“ neodpovídá žádný uživatel.
admin-users-empty = Zatím tu nejsou žádní uživatelé.
admin-user-create = Vytvořit uživatele
admin-user-create-title = Vytvoření uživatele
admin-user-create-submit = Vytvořit uživatele
admin-user-created = Uživatel { $name } byl vytvořen.
admin-user-job-title = Pracovní pozice (nepovinné)
admin-user-company = Společnost (nepovinné)
admin-user-initial-password = Počáteční heslo (nepovinné)
admin-user-initial-password-hint = Alespoň 12 znaků. Bez něj se osoba může přihlásit jen jednotným přihlašováním nebo pomocí odkazu pro obnovení.
admin-user-is-admin = Správce organizace
admin-user-is-admin-hint = Správci mohou dělat cokoli bez ohledu na své role.
admin-user-edit-title = Upravit uživatele { $name }
admin-user-edit-label = Upravit uživatele { $name }
admin-user-email-fixed = E-mailová adresa identifikuje účet a zde ji nelze změnit.
admin-user-disabled = Přihlašování zakázáno
admin-user-disabled-hint = Zakázání přihlašování také ukončí relace této osoby a odvolá její tokeny API.
admin-user-new-password = Nové heslo (nepovinné)
admin-user-new-password-hint = Pokud chcete zachovat současné heslo, ponechte pole prázdné. Nastavení nového hesla osobu všude odhlásí.
admin-user-saved = Změny uživatele { $name } byly uloženy.
admin-user-status-active = Aktivní
admin-user-status-disabled = Přihlašování zakázáno
admin-user-delete-label = Odstranit uživatele { $name }
admin-user-delete-title = Odstranit uživatele { $name }?
admin-user-delete-text = Účet { $email } bude odstraněn a všude odhlášen. Tuto akci nelze vrátit zpět.
admin-user-delete-confirm = Odstranit uživatele
admin-user-deleted = Uživatel { $name } byl odstraněn.
admin-user-picture = Profilový obrázek
admin-user-picture-choose = Nahrát obrázek
admin-user-picture-remove = Odebrat obrázek
admin-user-picture-hint = Obrázek PNG nebo JPEG o velikosti nejvýše 256 KB. Změna se projeví okamžitě; lidé, kterým tento uživatel pomáhá, obrázek uvidí dříve, než budou sdílet obrazovku.
admin-user-picture-uploading = Nahrávání obrázku…
admin-user-picture-updated = Obrázek uživatele { $name } byl aktualizován.
admin-user-picture-removed = Obrázek uživatele { $name } byl odebrán.

## Groups

admin-groups-title = Skupiny
admin-groups-intro = Skupiny sdružují lidi a zařízení. Přiřazení rolí udělují role členům skupin s rozsahem na jiné skupiny.
admin-groups-pages = Stránky skupin
admin-groups-empty = Zatím tu nejsou žádné skupiny. Vytvořte skupinu, abyste mohli jejím členům přidělit role.
admin-groups-back = Všechny skupiny
admin-group-create = Vytvořit skupinu
admin-group-create-title = Vytvoření skupiny
admin-group-create-submit = Vytvořit skupinu
admin-group-created = Skupina { $name } byla vytvořena.
admin-group-name = Název skupiny
admin-group-description = Popis (nepovinné)
admin-group-description-hint = K čemu skupina slouží, například „Pracovníci helpdesku v Berlíně“.
admin-group-member-count =
    { $count ->
        [0] Žádní členové
        [one] 1 člen
        [few] { $count } členové
        [many] { $count } člena
       *[other] { $count } členů
    }
admin-group-manage-label = Spravovat skupinu { $name }
admin-group-delete = Odstranit skupinu
admin-group-delete-label = Odstranit skupinu { $name }
admin-group-delete-title = Odstranit skupinu { $name }?
admin-group-delete-text = Její členové si ponechají své účty, ale přijdou o to, co jim prostřednictvím této skupiny udělila přiřazení rolí. Tuto akci nelze vrátit zpět.
admin-group-delete-confirm = Odstranit skupinu
admin-group-deleted = Skupina { $name } byla odstraněna.
admin-group-detail-intro = Přejmenujte skupinu a vyberte její členy a zařízení.
admin-group-details = Název a popis
admin-group-saved = Skupina { $name } byla uložena.
admin-group-members = Členové
admin-group-no-members = Tato skupina zatím nemá žádné členy.
admin-group-add-member = Přidat člena
admin-group-add-member-label = Osoba, kterou chcete přidat
admin-group-everyone-member = Všichni už jsou členy
admin-group-member-added = Uživatel { $name } byl přidán do skupiny { $group }.
admin-group-member-removed = Uživatel { $name } byl odebrán ze skupiny { $group }.
admin-group-remove-member-label = Odebrat uživatele { $name } ze skupiny
admin-group-devices = Zařízení
admin-group-devices-intro = Přiřazení rolí, která mají tuto skupinu ve svém rozsahu, se vztahují i na zařízení v ní.
admin-group-device-label = Zařízení
admin-group-add-device = Přidat do skupiny
admin-group-remove-device-label = Odebrat zařízení { $device } ze skupiny
admin-group-no-devices = V této skupině zatím nejsou žádná zařízení.
admin-group-device-added = Zařízení { $device } bylo přidáno do skupiny { $group }.
admin-group-device-removed = Zařízení { $device } bylo odebráno ze skupiny { $group }.

## Roles and role assignments

admin-roles-title = Role
admin-roles-intro = Role je sada oprávnění. Přiřazení rolí udělují roli členům skupin vůči lidem a zařízením ve svém rozsahu.
admin-roles-list = Role
admin-roles-list-intro = Předdefinované role nelze měnit; zkopírujte některou z nich a vytvořte vlastní roli.
admin-roles-empty = Nejsou tu žádné role.
admin-role-create = Vytvořit roli
admin-role-create-title = Vytvoření role
admin-role-create-submit = Vytvořit roli
admin-role-created = Role { $name } byla vytvořena.
admin-role-edit-title = Upravit roli { $name }
admin-role-edit-label = Upravit roli { $name }
admin-role-saved = Role { $name } byla uložena.
admin-role-copy = Kopírovat
admin-role-copy-label = Zkopírovat roli { $name } jako novou roli
admin-role-copy-name = { $name } (kopie)
admin-role-name = Název role
admin-role-description = Popis (nepovinné)
admin-role-built-in = Předdefinovaná
admin-role-no-permissions = Žádná oprávnění
admin-role-delete-label = Odstranit roli { $name }
admin-role-delete-title = Odstranit roli { $name }?
admin-role-delete-text = Odstranit lze jen role, které neuděluje žádné přiřazení. Tuto akci nelze vrátit zpět.
admin-role-delete-confirm = Odstranit roli
admin-role-deleted = Role { $name } byla odstraněna.

admin-perm-group-remote-help = Vzdálená pomoc
admin-perm-group-reading = Čtení
admin-perm-group-administration = Správa
admin-perm-offer = Nabízet vzdálenou pomoc
admin-perm-offer-hint = Zahájit relaci vzdálené pomoci s osobou v rozsahu.
admin-perm-view-screen = Zobrazit obrazovku
admin-perm-view-screen-hint = Vidět obrazovku osoby v rozsahu.
admin-perm-full-control = Převzít plné ovládání
admin-perm-full-control-hint = Používat myš a klávesnici osoby v rozsahu s jejím souhlasem.
admin-perm-elevation = Zvýšení oprávnění
admin-perm-elevation-hint = Vyhrazeno pro budoucí verzi: spouštění se zvýšenými oprávněními na zařízení dané osoby.
admin-perm-read = Číst zařízení a sestavy
admin-perm-read-hint = Zobrazit inventář zařízení, probíhající relace a sestavy relací.
admin-perm-manage-users = Spravovat uživatele a skupiny
admin-perm-manage-users-hint = Vytvářet, měnit a odstraňovat uživatele a skupiny, jejich obrázky a druhé faktory.
admin-perm-manage-roles = Spravovat role
admin-perm-manage-roles-hint = Vytvářet a měnit role a přiřazení rolí.
admin-perm-manage-devices = Spravovat zařízení
admin-perm-manage-devices-hint = Vytvářet registrační tokeny, vyřazovat a odstraňovat zařízení.
admin-perm-manage-settings = Spravovat nastavení
admin-perm-manage-settings-hint = Měnit nastavení organizace a ověřené domény a zastavovat probíhající relace.
admin-perm-manage-policies = Spravovat zásady
admin-perm-manage-policies-hint = Vytvářet a měnit zásady podmíněného přístupu a zásady dodržování předpisů.
admin-perm-read-audit = Číst protokol auditu
admin-perm-read-audit-hint = Zobrazit a exportovat všechny zaznamenané změny a přihlášení.
admin-perm-create-api-tokens = Vytvářet tokeny API
admin-perm-create-api-tokens-hint = Vytvářet tokeny pro skripty, které jednají s vlastními oprávněními držitele. Platnost tokenů vyprší po 90 dnech, pokud není nastaveno jinak (nejvýše jeden rok).

admin-assignments-title = Přiřazení rolí
admin-assignments-intro = Kdo získá jakou roli a vůči komu.
admin-assignments-empty = Zatím neexistují žádná přiřazení rolí. Bez nich mohou pomáhat jen správci.
admin-assignment-create = Vytvořit přiřazení
admin-assignment-create-title = Vytvoření přiřazení role
admin-assignment-create-submit = Vytvořit přiřazení
admin-assignment-created = Přiřazení { $name } bylo vytvořeno.
admin-assignment-edit-title = Upravit přiřazení { $name }
admin-assignment-edit-label = Upravit přiřazení { $name }
admin-assignment-saved = Přiřazení { $name } bylo uloženo.
admin-assignment-name = Název přiřazení
admin-assignment-name-hint = Například „Helpdesk pomáhá finančnímu oddělení“.
admin-assignment-role = Role
admin-assignment-members = Udělit roli členům skupin
admin-assignment-members-hint = Pomocníci: roli získá každý člen těchto skupin.
admin-assignment-no-groups = Zatím tu nejsou žádné skupiny. Nejprve vytvořte skupiny.
admin-assignment-scope = Rozsah
admin-assignment-scope-hint = Lidé a zařízení, na které se role vztahuje.
admin-assignment-scope-groups = Lidé a zařízení v těchto skupinách
admin-assignment-scope-groups-hint = Členové a zařízení vybraných skupin.
admin-assignment-needs-members = Vyberte alespoň jednu skupinu, které se role udělí.
admin-assignment-needs-scope = Vyberte, na co se role vztahuje: na všechny uživatele, všechna zařízení nebo skupiny.
admin-assignment-delete-label = Odstranit přiřazení { $name }
admin-assignment-delete-title = Odstranit přiřazení { $name }?
admin-assignment-delete-text = Členové jeho skupin okamžitě ztratí roli, kterou jim udělovalo. Tuto akci nelze vrátit zpět.
admin-assignment-delete-confirm = Odstranit přiřazení
admin-assignment-deleted = Přiřazení { $name } bylo odstraněno.
admin-scope-all-users = Všichni uživatelé
admin-scope-all-users-hint = Každá osoba v organizaci.
admin-scope-all-devices = Všechna zařízení
admin-scope-all-devices-hint = Každé zaregistrované zařízení organizace.

## Conditional access

admin-policies-title = Podmíněný přístup
admin-policies-intro = Zásady rozhodují, zda pomocník smí používat konzolu. Kontrolují se při přihlášení a znovu při zahájení relace. Odmítnutí uvádí název zásady.
admin-policies-list = Zásady
admin-policies-empty = Neexistují žádné zásady podmíněného přístupu. Konzolu může používat každý pomocník, který se může přihlásit.
admin-policy-create = Vytvořit zásadu
admin-policy-create-title = Vytvoření zásady podmíněného přístupu
admin-policy-create-submit = Vytvořit zásadu
admin-policy-created = Zásada { $name } byla vytvořena.
admin-policy-edit-title = Upravit zásadu { $name }
admin-policy-edit-label = Upravit zásadu { $name }
admin-policy-saved = Zásada { $name } byla uložena.
admin-policy-delete-label = Odstranit zásadu { $name }
admin-policy-delete-title = Odstranit zásadu { $name }?
admin-policy-delete-text = Zásada okamžitě přestane platit. Tuto akci nelze vrátit zpět.
admin-policy-delete-confirm = Odstranit zásadu
admin-policy-deleted = Zásada { $name } byla odstraněna.
admin-policy-name = Název zásady
admin-policy-name-hint = Pomocníci ho uvidí, když je zásada odmítne, takže by měl vysvětlovat proč, například „Druhý faktor mimo kancelář“.
admin-policy-state = Stav
admin-policy-state-enabled = Zapnuto
admin-policy-state-enabled-hint = Zásada se vynucuje.
admin-policy-state-report-only = Jen sestavy
admin-policy-state-report-only-hint = Zásada se vyhodnocuje a to, co by udělala, se zapisuje do protokolu auditu, ale nikoho nikdy neodmítne. Nové zásady nejprve vyzkoušejte tímto způsobem.
admin-policy-state-disabled = Vypnuto
admin-policy-state-disabled-hint = Zásada se ignoruje.
admin-policy-targets = Platí pro
admin-policy-targets-hint = Pomocníci, kterých se tato zásada týká.
admin-policy-all-users = Všichni uživatelé
admin-policy-users = Tyto osoby
admin-policy-groups = Členové těchto skupin
admin-policy-needs-targets = Vyberte, pro koho zásada platí: pro všechny uživatele, vybrané osoby nebo skupiny.
admin-policy-conditions = Podmínky
admin-policy-conditions-hint = Zásada platí jen tehdy, když jsou splněny všechny zde nastavené podmínky. Pokud je ponecháte prázdné, platí vždy.
admin-policy-inside = Adresa klienta je v jedné z těchto sítí
admin-policy-inside-hint = Jeden rozsah na řádek v notaci CIDR, například 10.0.0.0/8 nebo 2001:db8::/32.
admin-policy-outside = Adresa klienta není v žádné z těchto sítí
admin-policy-outside-hint = Pro pravidla, která platí mimo kancelář. Jeden rozsah na řádek.
admin-policy-network-invalid = „{ $value }“ není rozsah sítě. Zapište rozsahy například jako 192.168.0.0/16.
admin-policy-second-factor = Druhý faktor při přihlášení
admin-policy-second-factor-any = Nezáleží na tom
admin-policy-second-factor-yes = Byl použit druhý faktor
admin-policy-second-factor-no = Nebyl použit druhý faktor
admin-policy-grant = Akce
admin-policy-grant-allow = Povolit
admin-policy-grant-allow-hint = Zaznamená se do protokolu auditu; jiné zásady přesto mohou přístup odmítnout.
admin-policy-grant-block = Blokovat
admin-policy-grant-block-hint = Odmítne přihlášení do konzoly a zahájení relací.
admin-policy-grant-second-factor = Vyžadovat druhý faktor
admin-policy-grant-second-factor-hint = Povolit jen přihlášení, při kterých byl použit druhý faktor.
admin-policy-lockout-warning = Dejte pozor, abyste si nezablokovali přístup: zásada, která vás blokuje, platí od vašeho příštího přihlášení. Zásadu nejprve ověřte v režimu Jen sestavy.
admin-policy-when-inside = V sítích { $networks }
admin-policy-when-outside = Mimo sítě { $networks }
admin-policy-when-second-factor = Použit druhý faktor
admin-policy-when-no-second-factor = Nepoužit druhý faktor
admin-policy-always = Vždy

## Devices

admin-devices-title = Zařízení
admin-devices-intro = Zařízení zaregistrovaná pomocí aplikace { -product-name }, s naposledy hlášenými údaji a informací, zda splňují vaše zásady dodržování předpisů.
admin-devices-enroll-link = Registrovat zařízení
admin-devices-filters = Filtrovat zařízení
admin-devices-search = Hledat
admin-devices-search-hint = Název hostitele, sériové číslo, model nebo primární uživatel.
admin-devices-platform = Operační systém
admin-devices-compliance = Dodržování předpisů
admin-devices-state = Registrace
admin-devices-pages = Stránky zařízení
admin-devices-empty = Zatím nejsou zaregistrována žádná zařízení. Vytvořte registrační token a zaregistrujte první zařízení.
admin-devices-none-match = Těmto filtrům neodpovídají žádná zařízení.
admin-devices-back = Všechna zařízení
admin-device-remote-help = Nová relace vzdálené pomoci
admin-device-unnamed = Zařízení bez názvu
admin-device-compliant = Vyhovuje
admin-device-not-compliant = Nevyhovuje
admin-device-failing-count =
    { $count ->
        [one] 1 nesplněné pravidlo
        [few] { $count } nesplněná pravidla
        [many] { $count } nesplněného pravidla
       *[other] { $count } nesplněných pravidel
    }
admin-device-state-active = Zaregistrováno
admin-device-state-retired = Vyřazeno
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nehlášen
admin-device-details = Podrobnosti
admin-device-host-name = Název hostitele
admin-device-model = Model
admin-device-serial = Sériové číslo
admin-device-agent-version = Verze agenta
admin-device-disk = Šifrování disku
admin-device-disk-encrypted = Šifrováno
admin-device-disk-not-encrypted = Nešifrováno
admin-device-enrolled-at = Zaregistrováno
admin-device-id = ID zařízení
admin-device-compliance = Dodržování předpisů
admin-device-meets-all = Toto zařízení splňuje všechna pravidla vašich zásad dodržování předpisů.
admin-device-failing-intro = Tato pravidla nejsou splněna:
admin-device-policies-link = Zkontrolovat zásady dodržování předpisů
admin-device-retire = Vyřadit zařízení
admin-device-retire-title = Vyřadit zařízení { $name }?
admin-device-retire-text = Jeho přihlašovací údaje okamžitě přestanou fungovat: zařízení se už nebude moci hlásit serveru ani prokázat svou identitu, když na něm někdo požádá o pomoc. Zařízení zůstane v seznamu s označením vyřazeno.
admin-device-retire-confirm = Vyřadit zařízení
admin-device-retired = Zařízení { $name } bylo vyřazeno.
admin-device-delete = Odstranit zařízení
admin-device-delete-title = Odstranit zařízení { $name }?
admin-device-delete-text = Zařízení a jeho historie budou odebrány z inventáře. Pokud ho chcete znovu používat, zaregistrujte ho znovu. Tuto akci nelze vrátit zpět.
admin-device-delete-confirm = Odstranit zařízení

## Enrollment tokens

admin-tokens-title = Registrační tokeny
admin-tokens-intro = Zařízení se registruje pomocí tokenu, který zde vytvoříte. Každý token funguje po omezenou dobu a pro omezený počet zařízení.
admin-tokens-list = Tokeny
admin-tokens-empty = Zatím neexistují žádné registrační tokeny.
admin-token-create = Vytvořit token
admin-token-create-title = Vytvoření registračního tokenu
admin-token-create-submit = Vytvořit token
admin-token-created = Token { $name } byl vytvořen.
admin-token-name = Název
admin-token-name-hint = Kde se používá, například „Notebooky kanceláře v Berlíně“.
admin-token-hours = Platnost (hodiny)
admin-token-hours-hint = 1 až 720 hodin (30 dní).
admin-token-max-uses = Počet zařízení k registraci
admin-token-max-uses-hint = 1 až 10 000.
admin-token-shown-once = Zkopírujte si token hned teď. Zobrazuje se jen jednou; pokud ho ztratíte, odvolejte ho a vytvořte nový.
admin-token-secret = Token „{ $name }“
admin-token-secret-hint = Zadejte ho do aplikace { -product-name } při registraci zařízení (assist-agent enroll). Kdokoli, kdo ho má, může registrovat zařízení do vaší organizace, dokud nevyprší jeho platnost nebo nebude odvolán.
admin-token-copy-label = Zkopírovat token
admin-token-copied = Token byl zkopírován do schránky.
admin-token-copy-failed = Token se nepodařilo zkopírovat. Označte ho a zkopírujte ho ručně.
admin-token-active = Aktivní
admin-token-revoked = Odvolaný
admin-token-expired = Platnost vypršela
admin-token-used-up = Vyčerpaný
admin-token-uses = { $uses } z { $max }
admin-token-revoke-label = Odvolat token { $name }
admin-token-revoke-title = Odvolat token { $name }?
admin-token-revoke-text = Zařízení se jím už nebudou moci registrovat. Zařízení, která jím už byla zaregistrována, zůstanou zaregistrovaná.
admin-token-revoke-confirm = Odvolat token
admin-token-revoked-done = Token { $name } byl odvolán.

## Compliance policies

admin-compliance-title = Zásady dodržování předpisů
admin-compliance-intro = Pravidla, která musí zaregistrovaná zařízení splňovat. Zařízení, které některé z nich nesplňuje, je označeno jako nevyhovující a pomocníci jsou na to upozorněni dříve, než na něm začnou pomáhat.
admin-compliance-list = Zásady
admin-compliance-empty = Neexistují žádné zásady dodržování předpisů, takže každé zařízení se považuje za vyhovující.
admin-compliance-create = Vytvořit zásadu
admin-compliance-create-title = Vytvoření zásady dodržování předpisů
admin-compliance-create-submit = Vytvořit zásadu
admin-compliance-created = Zásada { $name } byla vytvořena. Zařízení byla znovu zkontrolována.
admin-compliance-edit-title = Upravit zásadu { $name }
admin-compliance-edit-label = Upravit zásadu { $name }
admin-compliance-saved = Zásada { $name } byla uložena. Zařízení byla znovu zkontrolována.
admin-compliance-delete-label = Odstranit zásadu { $name }
admin-compliance-delete-title = Odstranit zásadu { $name }?
admin-compliance-delete-text = Její pravidla přestanou platit a zařízení budou znovu zkontrolována. Tuto akci nelze vrátit zpět.
admin-compliance-delete-confirm = Odstranit zásadu
admin-compliance-deleted = Zásada { $name } byla odstraněna.
admin-compliance-name = Název zásady
admin-compliance-name-hint = Zobrazuje se u každého nesplněného pravidla, například „Základní zabezpečení“.
admin-compliance-os-legend = Minimální verze operačního systému
admin-compliance-os-hint = Pokud chcete přijmout libovolnou verzi, ponechte platformu prázdnou.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Například 14.2.1
admin-compliance-version-invalid = Zapište verzi jako čísla oddělená tečkami, například 14.2.1.
admin-compliance-other-legend = Další pravidla
admin-compliance-min-agent = Minimální verze aplikace { -product-name }
admin-compliance-max-days = Nejvyšší počet dní od posledního kontaktu
admin-compliance-max-days-hint = 1 až 365. Ponechte prázdné, pokud nechcete žádný limit.
admin-compliance-disk = Vyžadovat šifrování disku
admin-compliance-disk-hint = Systémový disk musí být šifrovaný (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } nebo novější
admin-rule-min-agent = Aplikace { $version } nebo novější
admin-rule-check-in =
    { $days ->
        [one] Kontakt během posledního dne
        [few] Kontakt během posledních { $days } dnů
        [many] Kontakt během posledních { $days } dne
       *[other] Kontakt během posledních { $days } dnů
    }
admin-rule-disk = Disk je šifrovaný
admin-rule-none = Žádná pravidla

## Settings

admin-settings-title = Nastavení
admin-settings-intro = Jak vzdálená pomoc funguje ve vaší organizaci. Každá změna se zaznamenává do protokolu auditu.
admin-settings-organisation = Organizace
admin-settings-name-hint = Zobrazuje se lidem, kterým se pomáhá, pokud profil pomocníka neuvádí žádnou společnost.
admin-settings-remote-help-heading = Vzdálená pomoc
admin-settings-remote-help = Povolit vzdálenou pomoc
admin-settings-remote-help-hint = Pomocníci mohou zahajovat relace, jen když je tato možnost zapnutá. Vypnutím se také ukončí probíhající relace.
admin-settings-unenrolled = Povolit pomoc na nezaregistrovaných zařízeních
admin-settings-unenrolled-hint = Umožňuje lidem sdílet obrazovku z webového prohlížeče nebo z nezaregistrovaného zařízení. Pomocníci jsou i tak upozorněni, že zařízení je neznámé.
admin-settings-chat = Chat během relací
admin-settings-chat-hint = Pomocníci a lidé, kterým pomáhají, si mohou psát. Zprávy se uchovávají společně se sestavou relace.
admin-settings-limits = Kódy a sestavy
admin-settings-code-lifetime = Platnost bezpečnostního kódu (minuty)
admin-settings-code-lifetime-hint = Jak dlouho zůstává kód, který pomocník předává, platný: { $min } až { $max } minut.
admin-settings-retention = Uchovávat sestavy relací (dny)
admin-settings-retention-hint = Starší sestavy a jejich chat se odstraňují: { $min } až { $max } dní.
admin-settings-save = Uložit nastavení
admin-settings-saved = Nastavení bylo uloženo.
admin-settings-updated-at = Naposledy změněno { $time }.
admin-settings-defaults = Toto je výchozí nastavení; nikdy nebylo změněno.

## Live sessions

admin-live-title = Probíhající relace
admin-live-intro = Relace vzdálené pomoci, které ještě neskončily. Seznam se aktualizuje každých několik sekund.
admin-live-list = Probíhající relace
admin-live-empty = Neprobíhají žádné relace.
admin-live-updated = Aktualizováno { $time }
admin-live-count =
    { $count ->
        [0] Neprobíhají žádné relace.
        [one] Probíhá 1 relace.
        [few] Probíhají { $count } relace.
        [many] Probíhá { $count } relace.
       *[other] Probíhá { $count } relací.
    }
admin-live-not-joined = Zatím nepřipojeno
admin-live-nobody = zatím nikdo
admin-live-state-waiting = Čeká se na kód
admin-live-state-joined = Připojeno
admin-live-state-requested = Žádost o přístup
admin-live-state-active = Sdílení
admin-live-state-ended = Ukončeno
admin-live-revoke-label = Zastavit relaci uživatele { $helper } s uživatelem { $sharer }
admin-live-revoke-title = Zastavit tuto relaci?
admin-live-revoke-text = Relace uživatele { $helper } s uživatelem { $sharer } okamžitě skončí pro oba.
admin-live-revoke-confirm = Zastavit relaci
admin-live-revoked = Relace uživatele { $helper } byla zastavena.

## Session reports

admin-reports-title = Sestavy relací
admin-reports-intro = Každá relace vzdálené pomoci: kdo komu pomáhal, na jakém zařízení, jaký přístup byl udělen a jak relace skončila.
admin-reports-filters = Filtrovat sestavy relací
admin-reports-export-label = Exportovat do CSV sestavy relací odpovídající filtrům
admin-reports-helper = Pomocník
admin-reports-sharer = Příjemce pomoci
admin-reports-device = Zařízení
admin-reports-end-reason = Způsob ukončení
admin-reports-from = Zahájeno od
admin-reports-to = Zahájeno před
admin-reports-pages = Stránky sestav relací
admin-reports-empty = Zatím neexistují žádné sestavy relací.
admin-reports-none-match = Těmto filtrům neodpovídají žádné relace.
admin-reports-back = Všechny sestavy relací
admin-report-open-label = Relace uživatele { $helper } zahájená { $time }
admin-report-title = { $helper } pomáhá uživateli { $sharer }
admin-report-title-alone = Relace uživatele { $helper }
admin-report-started = Zahájeno { $time }
admin-report-details = Podrobnosti
admin-report-client = Sdíleno z
admin-report-joined = Připojeno
admin-report-ended = Ukončeno
admin-report-id = ID relace
admin-report-no-device = Žádné zařízení
admin-report-mode-control = Plné ovládání
admin-report-mode-view = Pouze zobrazení
admin-report-mode-none = Žádný
admin-report-transcript = Přepis chatu
admin-report-transcript-count =
    { $count ->
        [0] Přepis chatu
        [one] Přepis chatu (1 zpráva)
        [few] Přepis chatu ({ $count } zprávy)
        [many] Přepis chatu ({ $count } zprávy)
       *[other] Přepis chatu ({ $count } zpráv)
    }
admin-report-no-chat = V této relaci nebyly napsány žádné zprávy chatu.
admin-role-helper = Pomocník
admin-role-sharer = Příjemce pomoci
admin-client-agent = Aplikace { -product-name }
admin-client-web = Webový prohlížeč

admin-end-helper-left = Ukončil pomocník
admin-end-sharer-left = Ukončil příjemce pomoci
admin-end-helper-disconnected = Ztráta připojení pomocníka
admin-end-sharer-disconnected = Ztráta připojení příjemce pomoci
admin-end-code-expired = Platnost kódu vypršela bez použití
admin-end-declined-timeout = Žádost nebyla zodpovězena
admin-end-revoked = Zastaveno správcem
admin-end-policy = Zastaveno pravidlem organizace
admin-end-access-withdrawn = Zastaveno: přístup odebrán

## Audit log

admin-audit-title = Protokol auditu
admin-audit-intro = Každá změna, přihlášení a událost relace, od nejnovějších. Do protokolu lze pouze přidávat a jeho řetězec odhalí neoprávněné úpravy.
admin-audit-filters = Filtrovat protokol auditu
admin-audit-export-label = Exportovat do CSV události auditu odpovídající filtrům
admin-audit-actor = Kdo
admin-audit-action = Akce
admin-audit-action-hint = Například user.created nebo settings.updated.
admin-audit-since = Od
admin-audit-until = Před
admin-audit-pages = Stránky událostí auditu
admin-audit-empty = Protokol auditu je prázdný.
admin-audit-none-match = Těmto filtrům neodpovídají žádné události.
admin-audit-show-detail = Zobrazit podrobnosti
admin-actor-cli = Příkazový řádek serveru
admin-actor-setup-link = Odkaz pro nastavení
admin-actor-sso = Jednotné přihlašování
admin-actor-anonymous = Nepřihlášený uživatel

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Začněte zde
admin-start-title = Začínáme
admin-start-intro = Tři věci, které je třeba vyřešit před první relací vzdálené pomoci. Každou lze později změnit.
admin-start-done = Hotovo
admin-start-todo = Zbývá
admin-start-settings-needed = Tato změna vyžaduje oprávnění ke správě nastavení. Požádejte správce, který ho má.
admin-start-remote-heading = Zapněte vzdálenou pomoc
admin-start-remote-off = Vzdálená pomoc je vypnutá, takže zatím nikdo nemůže zahájit relaci.
admin-start-remote-on = Vzdálená pomoc je zapnutá: pomocníci mohou zahajovat relace.
admin-start-remote-enable = Zapnout vzdálenou pomoc
admin-start-remote-turned-on = Vzdálená pomoc je teď zapnutá.
admin-start-browser-heading = Sdílení z webového prohlížeče
admin-start-browser-allowed = Povoleno
admin-start-browser-not-allowed = Nepovoleno
admin-start-browser-explain = Webový prohlížeč nemůže prokázat, na kterém počítači běží, proto se počítá jako nezaregistrované zařízení. Povolení pomoci na nezaregistrovaných zařízeních umožní sdílet obrazovku z prohlížeče bez instalace čehokoli. Pomocník pak obrazovku jen vidí, nemůže ji ovládat, a je upozorněn, že zařízení je neznámé.
admin-start-browser-off = Nyní nepovoleno: sdílet může jen aplikace { -product-name } na zaregistrovaném zařízení. Kdo otevře stránku sdílení v prohlížeči a zadá kód, bude odmítnut.
admin-start-browser-on = Nyní povoleno: lidé mohou sdílet obrazovku z prohlížeče nebo z nezaregistrovaného zařízení.
admin-start-browser-allow = Povolit sdílení z prohlížeče
admin-start-browser-stop = Zakázat sdílení z prohlížeče
admin-start-browser-allowed-now = Sdílení z prohlížeče je teď povoleno.
admin-start-browser-stopped = Sdílení z prohlížeče už není povoleno.
admin-start-helpers-heading = Určit pomocníky
admin-start-helpers-none = Zatím nikdo nemůže nabízet vzdálenou pomoc.
admin-start-helpers-count =
    { $count ->
        [one] { $count } osoba může nabízet vzdálenou pomoc.
        [few] { $count } osoby mohou nabízet vzdálenou pomoc.
       *[other] { $count } osob může nabízet vzdálenou pomoc.
    }
admin-start-helpers-explain = Pomocníci nabízejí vzdálenou pomoc všem v organizaci. Vyberte lidi a zvolte „Určit pomocníky“: stanou se členy skupiny { $group }, která má roli Help Desk Operator nad všemi uživateli.
admin-start-helpers-pick = Lidé, kteří se stanou pomocníky
admin-start-helpers-nobody = Všichni tady už jsou pomocníci. Chcete-li někoho přidat, vytvořte uživatele.
admin-start-helpers-roles-needed = Poprvé určení pomocníků dává skupině { $group } také její roli, k čemuž je potřeba oprávnění ke správě rolí. Požádejte správce, který ho má.
admin-start-helpers-submit = Určit pomocníky
admin-start-helpers-choose = Vyberte alespoň jednu osobu.
admin-start-helpers-made =
    { $count ->
        [one] { $count } osoba je teď pomocníkem ve skupině { $group }.
        [few] { $count } osoby jsou teď pomocníky ve skupině { $group }.
       *[other] { $count } osob je teď pomocníky ve skupině { $group }.
    }
admin-start-create-user = Vytvořit uživatele
admin-start-first-heading = Vaše první relace
admin-start-not-ready = Až budou kroky výše hotové:
admin-start-ready = Vše je připraveno na první relaci:
admin-start-first-helper = Pomocník se přihlásí, otevře „{ $page }“ a zahájí novou relaci vzdálené pomoci, která mu dá bezpečnostní kód:
admin-start-first-sharer = Ten, kdo potřebuje pomoc, se přihlásí, otevře tuto stránku a zadá ten kód:
admin-user-role = Role
admin-user-role-member = Člen
admin-user-role-member-hint = Přihlašuje se, žádá o pomoc a sdílí svou obrazovku.
admin-user-role-helper = Pomocník
admin-user-role-helper-hint = Nabízí vzdálenou pomoc všem v organizaci jako člen skupiny { $group }.
admin-user-role-administrator = Správce
admin-user-created-helper = Uživatel { $name } byl vytvořen a může teď nabízet vzdálenou pomoc.
