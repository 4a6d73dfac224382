# Messages of the admin console (/admin), Slovak. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Konzola na správu – { -product-name }
admin-page-title = { $section } – Konzola na správu – { $organisation }
admin-console-name = Konzola na správu
admin-back-home = Späť na domovskú stránku
admin-nav-label = Konzola na správu
admin-nav-group-people = Ľudia
admin-nav-group-access = Prístup
admin-nav-group-devices = Zariadenia
admin-nav-group-organisation = Organizácia
admin-nav-group-activity = Aktivita

admin-denied-title = Bez prístupu – { -product-name }
admin-denied-heading = Nemáte povolenie používať konzolu na správu
admin-denied-text = Váš účet môže používať { -product-name }, ale nemá povolenie spravovať vašu organizáciu.
admin-denied-help = Ak potrebujete spravovať používateľov, zariadenia alebo nastavenia, požiadajte správcu svojej organizácie, aby vám pridelil rolu s príslušnými povoleniami.

## Shared words

admin-save = Uložiť
admin-cancel = Zrušiť
admin-done = Hotovo
admin-edit = Upraviť
admin-delete = Odstrániť
admin-remove = Odobrať
admin-revoke = Odvolať
admin-manage = Spravovať
admin-copy = Kopírovať
admin-refresh = Obnoviť
admin-search = Hľadať
admin-apply-filters = Použiť filtre
admin-clear-filters = Vymazať filtre
admin-export-csv = Exportovať do CSV
admin-filter-any = Ľubovoľné
admin-filter-anyone = Ktokoľvek
admin-filter-any-device = Ľubovoľné zariadenie
admin-not-set = Nenastavené
admin-never = Nikdy
admin-no-changes = Nie je čo uložiť: žiadne pole nebolo zmenené.
admin-name-taken = Tento názov sa už používa. Vyberte iný.
admin-number-range = Zadajte celé číslo od { $min } do { $max }.
admin-error-refused = Server akciu odmietol: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Túto sekciu nemôžete používať: vyžaduje oprávnenie „{ $permission }“ pre celú organizáciu (všetkých používateľov a všetky zariadenia) a vaše roly ho nedávajú tak široko.
admin-section-denied-ask = Požiadajte správcu organizácie { $organisation }, aby vám ho dal pre celú organizáciu.
admin-choose-user = Vyberte osobu…
admin-choose-user-first = Najprv vyberte osobu.
admin-choose-device = Vyberte zariadenie…
admin-choose-device-first = Najprv vyberte zariadenie.
admin-choose-role = Vyberte rolu…
admin-no-devices-yet = Zatiaľ nie sú zaregistrované žiadne zariadenia
admin-unknown-user = Neznámy používateľ
admin-unknown-group = Neznáma skupina
admin-unknown-role = Neznáma rola

admin-page-previous = Predchádzajúca strana
admin-page-next = Ďalšia strana
admin-page-number = Strana { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = zatiaľ { $duration }

## Table column headings

admin-column-name = Názov
admin-column-email = E-mail
admin-column-job-title = Pracovná pozícia
admin-column-company = Spoločnosť
admin-column-role = Rola
admin-column-status = Stav
admin-column-actions = Akcie
admin-column-description = Popis
admin-column-members = Členovia
admin-column-created = Vytvorené
admin-column-permissions = Povolenia
admin-column-member-groups = Pridelené skupinám
admin-column-scope = Rozsah
admin-column-state = Stav
admin-column-targets = Platí pre
admin-column-conditions = Podmienky
admin-column-grant = Akcia
admin-column-device = Zariadenie
admin-column-platform = Operačný systém
admin-column-primary-user = Primárny používateľ
admin-column-agent = Verzia agenta
admin-column-enrollment = Registrácia
admin-column-compliance = Súlad
admin-column-last-check-in = Posledný kontakt
admin-column-uses = Zaregistrované zariadenia
admin-column-expires = Platnosť do
admin-column-rules = Pravidlá
admin-column-helper = Pomocník
admin-column-sharer = Príjemca pomoci
admin-column-access = Udelený prístup
admin-column-started = Začiatok
admin-column-duration = Trvanie
admin-column-outcome = Spôsob ukončenia
admin-column-chat = Správy chatu
admin-column-time = Čas
admin-column-actor = Kto
admin-column-action = Akcia
admin-column-target = Cieľ
admin-column-detail = Podrobnosti

## Users

admin-users-title = Používatelia
admin-users-intro = Ľudia vo vašej organizácii, ktorí sa môžu prihlásiť do { -product-name }, a ich profily tak, ako ich vidia ľudia, ktorým pomáhajú.
admin-users-search = Hľadať podľa mena, e-mailu, pracovnej pozície alebo spoločnosti
admin-users-search-label = Hľadať používateľov
admin-users-pages = Strany používateľov
admin-users-search-summary =
    { $count ->
        [0] Hľadanému výrazu „{ $term }“ nezodpovedá na tejto strane žiadny používateľ.
        [one] Hľadanému výrazu „{ $term }“ zodpovedá jeden používateľ.
        [few] Hľadanému výrazu „{ $term }“ zodpovedajú { $count } používatelia.
        [many] Hľadanému výrazu „{ $term }“ zodpovedá { $count } používateľa.
       *[other] Hľadanému výrazu „{ $term }“ zodpovedá { $count } používateľov.
    }
admin-users-none-found = Hľadanému výrazu „{ $term }“ nezodpovedá žiadny používateľ.
admin-users-empty = Zatiaľ tu nie sú žiadni používatelia.
admin-user-create = Vytvoriť používateľa
admin-user-create-title = Vytvorenie používateľa
admin-user-create-submit = Vytvoriť používateľa
admin-user-created = Používateľ { $name } bol vytvorený.
admin-user-job-title = Pracovná pozícia (voliteľné)
admin-user-company = Spoločnosť (voliteľné)
admin-user-initial-password = Počiatočné heslo (voliteľné)
admin-user-initial-password-hint = Aspoň 12 znakov. Bez neho sa osoba môže prihlásiť len jednotným prihlásením alebo pomocou prepojenia na obnovenie.
admin-user-is-admin = Správca organizácie
admin-user-is-admin-hint = Správcovia môžu robiť čokoľvek bez ohľadu na svoje roly.
admin-user-edit-title = Upraviť používateľa { $name }
admin-user-edit-label = Upraviť používateľa { $name }
admin-user-email-fixed = E-mailová adresa identifikuje účet a tu ju nemožno zmeniť.
admin-user-disabled = Prihlasovanie zakázané
admin-user-disabled-hint = Zakázanie prihlasovania ukončí aj relácie tejto osoby a odvolá jej tokeny API.
admin-user-new-password = Nové heslo (voliteľné)
admin-user-new-password-hint = Ak chcete zachovať aktuálne heslo, ponechajte pole prázdne. Nastavenie nového hesla osobu všade odhlási.
admin-user-saved = Zmeny používateľa { $name } boli uložené.
admin-user-status-active = Aktívny
admin-user-status-disabled = Prihlasovanie zakázané
admin-user-delete-label = Odstrániť používateľa { $name }
admin-user-delete-title = Odstrániť používateľa { $name }?
admin-user-delete-text = Účet { $email } bude odstránený a všade odhlásený. Túto akciu nemožno vrátiť späť.
admin-user-delete-confirm = Odstrániť používateľa
admin-user-deleted = Používateľ { $name } bol odstránený.
admin-user-picture = Profilový obrázok
admin-user-picture-choose = Nahrať obrázok
admin-user-picture-remove = Odobrať obrázok
admin-user-picture-hint = Obrázok PNG alebo JPEG s veľkosťou najviac 256 KB. Zmena sa prejaví okamžite; ľudia, ktorým tento používateľ pomáha, obrázok uvidia skôr, ako budú zdieľať obrazovku.
admin-user-picture-uploading = Nahráva sa obrázok…
admin-user-picture-updated = Obrázok používateľa { $name } bol aktualizovaný.
admin-user-picture-removed = Obrázok používateľa { $name } bol odobratý.

## Groups

admin-groups-title = Skupiny
admin-groups-intro = Skupiny združujú ľudí a zariadenia. Priradenia rolí udeľujú roly členom skupín s rozsahom na iné skupiny.
admin-groups-pages = Strany skupín
admin-groups-empty = Zatiaľ tu nie sú žiadne skupiny. Vytvorte skupinu, aby ste mohli jej členom prideliť roly.
admin-groups-back = Všetky skupiny
admin-group-create = Vytvoriť skupinu
admin-group-create-title = Vytvorenie skupiny
admin-group-create-submit = Vytvoriť skupinu
admin-group-created = Skupina { $name } bola vytvorená.
admin-group-name = Názov skupiny
admin-group-description = Popis (voliteľné)
admin-group-description-hint = Na čo skupina slúži, napríklad „Pracovníci helpdesku v Berlíne“.
admin-group-member-count =
    { $count ->
        [0] Žiadni členovia
        [one] 1 člen
        [few] { $count } členovia
        [many] { $count } člena
       *[other] { $count } členov
    }
admin-group-manage-label = Spravovať skupinu { $name }
admin-group-delete = Odstrániť skupinu
admin-group-delete-label = Odstrániť skupinu { $name }
admin-group-delete-title = Odstrániť skupinu { $name }?
admin-group-delete-text = Jej členovia si ponechajú svoje účty, ale prídu o to, čo im prostredníctvom tejto skupiny udelili priradenia rolí. Túto akciu nemožno vrátiť späť.
admin-group-delete-confirm = Odstrániť skupinu
admin-group-deleted = Skupina { $name } bola odstránená.
admin-group-detail-intro = Premenujte skupinu a vyberte jej členov a zariadenia.
admin-group-details = Názov a popis
admin-group-saved = Skupina { $name } bola uložená.
admin-group-members = Členovia
admin-group-no-members = Táto skupina zatiaľ nemá žiadnych členov.
admin-group-add-member = Pridať člena
admin-group-add-member-label = Osoba, ktorú chcete pridať
admin-group-everyone-member = Všetci už sú členmi
admin-group-member-added = Používateľ { $name } bol pridaný do skupiny { $group }.
admin-group-member-removed = Používateľ { $name } bol odobratý zo skupiny { $group }.
admin-group-remove-member-label = Odobrať používateľa { $name } zo skupiny
admin-group-devices = Zariadenia
admin-group-devices-intro = Priradenia rolí, ktoré majú túto skupinu vo svojom rozsahu, sa vzťahujú aj na zariadenia v nej.
admin-group-device-label = Zariadenie
admin-group-add-device = Pridať do skupiny
admin-group-remove-device-label = Odobrať zariadenie { $device } zo skupiny
admin-group-no-devices = V tejto skupine zatiaľ nie sú žiadne zariadenia.
admin-group-device-added = Zariadenie { $device } bolo pridané do skupiny { $group }.
admin-group-device-removed = Zariadenie { $device } bolo odobraté zo skupiny { $group }.

## Roles and role assignments

admin-roles-title = Roly
admin-roles-intro = Rola je súbor povolení. Priradenia rolí udeľujú rolu členom skupín voči ľuďom a zariadeniam vo svojom rozsahu.
admin-roles-list = Roly
admin-roles-list-intro = Vstavané roly nemožno meniť; skopírujte niektorú z nich a vytvorte vlastnú rolu.
admin-roles-empty = Nie sú tu žiadne roly.
admin-role-create = Vytvoriť rolu
admin-role-create-title = Vytvorenie roly
admin-role-create-submit = Vytvoriť rolu
admin-role-created = Rola { $name } bola vytvorená.
admin-role-edit-title = Upraviť rolu { $name }
admin-role-edit-label = Upraviť rolu { $name }
admin-role-saved = Rola { $name } bola uložená.
admin-role-copy = Kopírovať
admin-role-copy-label = Skopírovať rolu { $name } ako novú rolu
admin-role-copy-name = { $name } (kópia)
admin-role-name = Názov roly
admin-role-description = Popis (voliteľné)
admin-role-built-in = Vstavaná
admin-role-no-permissions = Žiadne povolenia
admin-role-delete-label = Odstrániť rolu { $name }
admin-role-delete-title = Odstrániť rolu { $name }?
admin-role-delete-text = Odstrániť možno len roly, ktoré neudeľuje žiadne priradenie. Túto akciu nemožno vrátiť späť.
admin-role-delete-confirm = Odstrániť rolu
admin-role-deleted = Rola { $name } bola odstránená.

admin-perm-group-remote-help = Vzdialená pomoc
admin-perm-group-reading = Čítanie
admin-perm-group-administration = Správa
admin-perm-offer = Ponúkať vzdialenú pomoc
admin-perm-offer-hint = Spustiť reláciu vzdialenej pomoci s osobou v rozsahu.
admin-perm-view-screen = Zobraziť obrazovku
admin-perm-view-screen-hint = Vidieť obrazovku osoby v rozsahu.
admin-perm-full-control = Prevziať úplné ovládanie
admin-perm-full-control-hint = Používať myš a klávesnicu osoby v rozsahu s jej súhlasom.
admin-perm-elevation = Zvýšenie oprávnení
admin-perm-elevation-hint = Vyhradené pre budúcu verziu: spúšťanie so zvýšenými oprávneniami na zariadení danej osoby.
admin-perm-read = Čítať zariadenia a zostavy
admin-perm-read-hint = Zobraziť inventár zariadení, prebiehajúce relácie a zostavy relácií.
admin-perm-manage-users = Spravovať používateľov a skupiny
admin-perm-manage-users-hint = Vytvárať, meniť a odstraňovať používateľov a skupiny, ich obrázky a druhé faktory.
admin-perm-manage-roles = Spravovať roly
admin-perm-manage-roles-hint = Vytvárať a meniť roly a priradenia rolí.
admin-perm-manage-devices = Spravovať zariadenia
admin-perm-manage-devices-hint = Vytvárať registračné tokeny, vyraďovať a odstraňovať zariadenia.
admin-perm-manage-settings = Spravovať nastavenia
admin-perm-manage-settings-hint = Meniť nastavenia organizácie a overené domény a zastavovať prebiehajúce relácie.
admin-perm-manage-policies = Spravovať zásady
admin-perm-manage-policies-hint = Vytvárať a meniť zásady podmieneného prístupu a zásady súladu.
admin-perm-read-audit = Čítať denník auditu
admin-perm-read-audit-hint = Zobraziť a exportovať všetky zaznamenané zmeny a prihlásenia.
admin-perm-create-api-tokens = Vytvárať tokeny API
admin-perm-create-api-tokens-hint = Vytvárať tokeny pre skripty, ktoré konajú s vlastnými oprávneniami držiteľa. Platnosť tokenov vyprší po 90 dňoch, ak nie je nastavené inak (najviac jeden rok).

admin-assignments-title = Priradenia rolí
admin-assignments-intro = Kto dostane akú rolu a voči komu.
admin-assignments-empty = Zatiaľ neexistujú žiadne priradenia rolí. Bez nich môžu pomáhať len správcovia.
admin-assignment-create = Vytvoriť priradenie
admin-assignment-create-title = Vytvorenie priradenia roly
admin-assignment-create-submit = Vytvoriť priradenie
admin-assignment-created = Priradenie { $name } bolo vytvorené.
admin-assignment-edit-title = Upraviť priradenie { $name }
admin-assignment-edit-label = Upraviť priradenie { $name }
admin-assignment-saved = Priradenie { $name } bolo uložené.
admin-assignment-name = Názov priradenia
admin-assignment-name-hint = Napríklad „Helpdesk pomáha finančnému oddeleniu“.
admin-assignment-role = Rola
admin-assignment-members = Udeliť rolu členom skupín
admin-assignment-members-hint = Pomocníci: rolu dostane každý člen týchto skupín.
admin-assignment-no-groups = Zatiaľ tu nie sú žiadne skupiny. Najprv vytvorte skupiny.
admin-assignment-scope = Rozsah
admin-assignment-scope-hint = Ľudia a zariadenia, na ktoré sa rola vzťahuje.
admin-assignment-scope-groups = Ľudia a zariadenia v týchto skupinách
admin-assignment-scope-groups-hint = Členovia a zariadenia vybratých skupín.
admin-assignment-needs-members = Vyberte aspoň jednu skupinu, ktorej sa rola udelí.
admin-assignment-needs-scope = Vyberte, na čo sa rola vzťahuje: na všetkých používateľov, všetky zariadenia alebo skupiny.
admin-assignment-delete-label = Odstrániť priradenie { $name }
admin-assignment-delete-title = Odstrániť priradenie { $name }?
admin-assignment-delete-text = Členovia jeho skupín okamžite prídu o rolu, ktorú im udeľovalo. Túto akciu nemožno vrátiť späť.
admin-assignment-delete-confirm = Odstrániť priradenie
admin-assignment-deleted = Priradenie { $name } bolo odstránené.
admin-scope-all-users = Všetci používatelia
admin-scope-all-users-hint = Každá osoba v organizácii.
admin-scope-all-devices = Všetky zariadenia
admin-scope-all-devices-hint = Každé zaregistrované zariadenie organizácie.

## Conditional access

admin-policies-title = Podmienený prístup
admin-policies-intro = Zásady rozhodujú, či pomocník smie používať konzolu. Kontrolujú sa pri prihlásení a znova pri spustení relácie. Odmietnutie uvádza názov zásady.
admin-policies-list = Zásady
admin-policies-empty = Neexistujú žiadne zásady podmieneného prístupu. Konzolu môže používať každý pomocník, ktorý sa môže prihlásiť.
admin-policy-create = Vytvoriť zásadu
admin-policy-create-title = Vytvorenie zásady podmieneného prístupu
admin-policy-create-submit = Vytvoriť zásadu
admin-policy-created = Zásada { $name } bola vytvorená.
admin-policy-edit-title = Upraviť zásadu { $name }
admin-policy-edit-label = Upraviť zásadu { $name }
admin-policy-saved = Zásada { $name } bola uložená.
admin-policy-delete-label = Odstrániť zásadu { $name }
admin-policy-delete-title = Odstrániť zásadu { $name }?
admin-policy-delete-text = Zásada okamžite prestane platiť. Túto akciu nemožno vrátiť späť.
admin-policy-delete-confirm = Odstrániť zásadu
admin-policy-deleted = Zásada { $name } bola odstránená.
admin-policy-name = Názov zásady
admin-policy-name-hint = Pomocníci ho uvidia, keď ich zásada odmietne, takže by mal vysvetľovať prečo, napríklad „Druhý faktor mimo kancelárie“.
admin-policy-state = Stav
admin-policy-state-enabled = Zapnutá
admin-policy-state-enabled-hint = Zásada sa vynucuje.
admin-policy-state-report-only = Len zostavy
admin-policy-state-report-only-hint = Zásada sa vyhodnocuje a to, čo by urobila, sa zapisuje do denníka auditu, ale nikoho nikdy neodmietne. Nové zásady najprv vyskúšajte týmto spôsobom.
admin-policy-state-disabled = Vypnutá
admin-policy-state-disabled-hint = Zásada sa ignoruje.
admin-policy-targets = Platí pre
admin-policy-targets-hint = Pomocníci, ktorých sa táto zásada týka.
admin-policy-all-users = Všetci používatelia
admin-policy-users = Tieto osoby
admin-policy-groups = Členovia týchto skupín
admin-policy-needs-targets = Vyberte, pre koho zásada platí: pre všetkých používateľov, vybraté osoby alebo skupiny.
admin-policy-conditions = Podmienky
admin-policy-conditions-hint = Zásada platí, len keď sú splnené všetky tu nastavené podmienky. Ak ich ponecháte prázdne, platí vždy.
admin-policy-inside = Adresa klienta je v jednej z týchto sietí
admin-policy-inside-hint = Jeden rozsah na riadok v notácii CIDR, napríklad 10.0.0.0/8 alebo 2001:db8::/32.
admin-policy-outside = Adresa klienta nie je v žiadnej z týchto sietí
admin-policy-outside-hint = Pre pravidlá, ktoré platia mimo kancelárie. Jeden rozsah na riadok.
admin-policy-network-invalid = „{ $value }“ nie je rozsah siete. Zapíšte rozsahy napríklad ako 192.168.0.0/16.
admin-policy-second-factor = Druhý faktor pri prihlásení
admin-policy-second-factor-any = Na tom nezáleží
admin-policy-second-factor-yes = Bol použitý druhý faktor
admin-policy-second-factor-no = Nebol použitý druhý faktor
admin-policy-grant = Akcia
admin-policy-grant-allow = Povoliť
admin-policy-grant-allow-hint = Zaznamená sa do denníka auditu; iné zásady môžu prístup aj tak odmietnuť.
admin-policy-grant-block = Blokovať
admin-policy-grant-block-hint = Odmietne prihlásenie do konzoly a spustenie relácií.
admin-policy-grant-second-factor = Vyžadovať druhý faktor
admin-policy-grant-second-factor-hint = Povoliť len prihlásenia, pri ktorých bol použitý druhý faktor.
admin-policy-lockout-warning = Dajte pozor, aby ste si nezablokovali prístup: zásada, ktorá vás blokuje, platí od vášho nasledujúceho prihlásenia. Zásadu najprv overte v režime Len zostavy.
admin-policy-when-inside = V sieťach { $networks }
admin-policy-when-outside = Mimo sietí { $networks }
admin-policy-when-second-factor = Použitý druhý faktor
admin-policy-when-no-second-factor = Nepoužitý druhý faktor
admin-policy-always = Vždy

## Devices

admin-devices-title = Zariadenia
admin-devices-intro = Zariadenia zaregistrované pomocou aplikácie { -product-name } s naposledy hlásenými údajmi a informáciou, či spĺňajú vaše zásady súladu.
admin-devices-enroll-link = Registrovať zariadenia
admin-devices-filters = Filtrovať zariadenia
admin-devices-search = Hľadať
admin-devices-search-hint = Názov hostiteľa, sériové číslo, model alebo primárny používateľ.
admin-devices-platform = Operačný systém
admin-devices-compliance = Súlad
admin-devices-state = Registrácia
admin-devices-pages = Strany zariadení
admin-devices-empty = Zatiaľ nie sú zaregistrované žiadne zariadenia. Vytvorte registračný token a zaregistrujte prvé zariadenia.
admin-devices-none-match = Týmto filtrom nezodpovedajú žiadne zariadenia.
admin-devices-back = Všetky zariadenia
admin-device-remote-help = Nová relácia vzdialenej pomoci
admin-device-unnamed = Zariadenie bez názvu
admin-device-compliant = V súlade
admin-device-not-compliant = Nie je v súlade
admin-device-failing-count =
    { $count ->
        [one] 1 nesplnené pravidlo
        [few] { $count } nesplnené pravidlá
        [many] { $count } nesplneného pravidla
       *[other] { $count } nesplnených pravidiel
    }
admin-device-state-active = Zaregistrované
admin-device-state-retired = Vyradené
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nehlásený
admin-device-details = Podrobnosti
admin-device-host-name = Názov hostiteľa
admin-device-model = Model
admin-device-serial = Sériové číslo
admin-device-agent-version = Verzia agenta
admin-device-disk = Šifrovanie disku
admin-device-disk-encrypted = Šifrovaný
admin-device-disk-not-encrypted = Nešifrovaný
admin-device-enrolled-at = Zaregistrované
admin-device-id = ID zariadenia
admin-device-compliance = Súlad
admin-device-meets-all = Toto zariadenie spĺňa všetky pravidlá vašich zásad súladu.
admin-device-failing-intro = Tieto pravidlá nie sú splnené:
admin-device-policies-link = Skontrolovať zásady súladu
admin-device-retire = Vyradiť zariadenie
admin-device-retire-title = Vyradiť zariadenie { $name }?
admin-device-retire-text = Jeho poverenie okamžite prestane fungovať: zariadenie sa už nebude môcť hlásiť serveru ani preukázať svoju identitu, keď na ňom niekto požiada o pomoc. Zariadenie zostane v zozname s označením vyradené.
admin-device-retire-confirm = Vyradiť zariadenie
admin-device-retired = Zariadenie { $name } bolo vyradené.
admin-device-delete = Odstrániť zariadenie
admin-device-delete-title = Odstrániť zariadenie { $name }?
admin-device-delete-text = Zariadenie a jeho história sa odstránia z inventára. Ak ho chcete znova používať, zaregistrujte ho znova. Túto akciu nemožno vrátiť späť.
admin-device-delete-confirm = Odstrániť zariadenie

## Enrollment tokens

admin-tokens-title = Registračné tokeny
admin-tokens-intro = Zariadenie sa registruje pomocou tokenu, ktorý tu vytvoríte. Každý token funguje obmedzený čas a pre obmedzený počet zariadení.
admin-tokens-list = Tokeny
admin-tokens-empty = Zatiaľ neexistujú žiadne registračné tokeny.
admin-token-create = Vytvoriť token
admin-token-create-title = Vytvorenie registračného tokenu
admin-token-create-submit = Vytvoriť token
admin-token-created = Token { $name } bol vytvorený.
admin-token-name = Názov
admin-token-name-hint = Kde sa používa, napríklad „Notebooky kancelárie v Berlíne“.
admin-token-hours = Platnosť (hodiny)
admin-token-hours-hint = 1 až 720 hodín (30 dní).
admin-token-max-uses = Počet zariadení na registráciu
admin-token-max-uses-hint = 1 až 10 000.
admin-token-shown-once = Skopírujte si tento token hneď teraz. Zobrazuje sa len raz; ak ho stratíte, odvolajte ho a vytvorte nový.
admin-token-secret = Token „{ $name }“
admin-token-secret-hint = Zadajte ho do aplikácie { -product-name } pri registrácii zariadenia (assist-agent enroll). Ktokoľvek, kto ho má, môže registrovať zariadenia do vašej organizácie, kým neuplynie jeho platnosť alebo kým nebude odvolaný.
admin-token-copy-label = Skopírovať token
admin-token-copied = Token bol skopírovaný do schránky.
admin-token-copy-failed = Token sa nepodarilo skopírovať. Označte ho a skopírujte ho ručne.
admin-token-active = Aktívny
admin-token-revoked = Odvolaný
admin-token-expired = Platnosť uplynula
admin-token-used-up = Vyčerpaný
admin-token-uses = { $uses } z { $max }
admin-token-revoke-label = Odvolať token { $name }
admin-token-revoke-title = Odvolať token { $name }?
admin-token-revoke-text = Zariadenia sa ním už nebudú môcť registrovať. Zariadenia, ktoré ním už boli zaregistrované, zostanú zaregistrované.
admin-token-revoke-confirm = Odvolať token
admin-token-revoked-done = Token { $name } bol odvolaný.

## Compliance policies

admin-compliance-title = Zásady súladu
admin-compliance-intro = Pravidlá, ktoré musia zaregistrované zariadenia spĺňať. Zariadenie, ktoré niektoré z nich nespĺňa, sa označí ako nie v súlade a pomocníci sú na to upozornení skôr, ako na ňom začnú pomáhať.
admin-compliance-list = Zásady
admin-compliance-empty = Neexistujú žiadne zásady súladu, takže každé zariadenie sa považuje za zariadenie v súlade.
admin-compliance-create = Vytvoriť zásadu
admin-compliance-create-title = Vytvorenie zásady súladu
admin-compliance-create-submit = Vytvoriť zásadu
admin-compliance-created = Zásada { $name } bola vytvorená. Zariadenia boli znova skontrolované.
admin-compliance-edit-title = Upraviť zásadu { $name }
admin-compliance-edit-label = Upraviť zásadu { $name }
admin-compliance-saved = Zásada { $name } bola uložená. Zariadenia boli znova skontrolované.
admin-compliance-delete-label = Odstrániť zásadu { $name }
admin-compliance-delete-title = Odstrániť zásadu { $name }?
admin-compliance-delete-text = Jej pravidlá prestanú platiť a zariadenia sa znova skontrolujú. Túto akciu nemožno vrátiť späť.
admin-compliance-delete-confirm = Odstrániť zásadu
admin-compliance-deleted = Zásada { $name } bola odstránená.
admin-compliance-name = Názov zásady
admin-compliance-name-hint = Zobrazuje sa pri každom nesplnenom pravidle, napríklad „Základné zabezpečenie“.
admin-compliance-os-legend = Minimálna verzia operačného systému
admin-compliance-os-hint = Ak chcete prijať ľubovoľnú verziu, ponechajte platformu prázdnu.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Napríklad 14.2.1
admin-compliance-version-invalid = Zapíšte verziu ako čísla oddelené bodkami, napríklad 14.2.1.
admin-compliance-other-legend = Ďalšie pravidlá
admin-compliance-min-agent = Minimálna verzia aplikácie { -product-name }
admin-compliance-max-days = Najvyšší počet dní od posledného kontaktu
admin-compliance-max-days-hint = 1 až 365. Ak nechcete žiadny limit, ponechajte pole prázdne.
admin-compliance-disk = Vyžadovať šifrovanie disku
admin-compliance-disk-hint = Systémový disk musí byť šifrovaný (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } alebo novší
admin-rule-min-agent = Aplikácia { $version } alebo novšia
admin-rule-check-in =
    { $days ->
        [one] Kontakt počas posledného dňa
        [few] Kontakt počas posledných { $days } dní
        [many] Kontakt počas posledných { $days } dňa
       *[other] Kontakt počas posledných { $days } dní
    }
admin-rule-disk = Disk je šifrovaný
admin-rule-none = Žiadne pravidlá

## Settings

admin-settings-title = Nastavenia
admin-settings-intro = Ako funguje vzdialená pomoc vo vašej organizácii. Každá zmena sa zaznamenáva do denníka auditu.
admin-settings-organisation = Organizácia
admin-settings-name-hint = Zobrazuje sa ľuďom, ktorým sa pomáha, ak profil pomocníka neuvádza žiadnu spoločnosť.
admin-settings-remote-help-heading = Vzdialená pomoc
admin-settings-remote-help = Povoliť vzdialenú pomoc
admin-settings-remote-help-hint = Pomocníci môžu spúšťať relácie, len keď je táto možnosť zapnutá. Jej vypnutím sa ukončia aj prebiehajúce relácie.
admin-settings-unenrolled = Povoliť pomoc na nezaregistrovaných zariadeniach
admin-settings-unenrolled-hint = Umožňuje ľuďom zdieľať obrazovku z webového prehliadača alebo z nezaregistrovaného zariadenia. Pomocníci sú aj tak upozornení, že zariadenie je neznáme.
admin-settings-chat = Chat počas relácií
admin-settings-chat-hint = Pomocníci a ľudia, ktorým pomáhajú, si môžu písať. Správy sa uchovávajú spolu so zostavou relácie.
admin-settings-limits = Kódy a zostavy
admin-settings-code-lifetime = Platnosť bezpečnostného kódu (minúty)
admin-settings-code-lifetime-hint = Ako dlho zostáva kód, ktorý pomocník odovzdáva, platný: { $min } až { $max } minút.
admin-settings-retention = Uchovávať zostavy relácií (dni)
admin-settings-retention-hint = Staršie zostavy a ich chat sa odstraňujú: { $min } až { $max } dní.
admin-settings-save = Uložiť nastavenia
admin-settings-saved = Nastavenia boli uložené.
admin-settings-updated-at = Naposledy zmenené { $time }.
admin-settings-defaults = Toto sú predvolené nastavenia; nikdy neboli zmenené.

## Live sessions

admin-live-title = Prebiehajúce relácie
admin-live-intro = Relácie vzdialenej pomoci, ktoré sa ešte neskončili. Zoznam sa obnovuje každých niekoľko sekúnd.
admin-live-list = Prebiehajúce relácie
admin-live-empty = Neprebiehajú žiadne relácie.
admin-live-updated = Aktualizované { $time }
admin-live-count =
    { $count ->
        [0] Neprebiehajú žiadne relácie.
        [one] Prebieha 1 relácia.
        [few] Prebiehajú { $count } relácie.
        [many] Prebieha { $count } relácie.
       *[other] Prebieha { $count } relácií.
    }
admin-live-not-joined = Zatiaľ nepripojené
admin-live-nobody = zatiaľ nikto
admin-live-state-waiting = Čaká sa na kód
admin-live-state-joined = Pripojené
admin-live-state-requested = Žiadosť o prístup
admin-live-state-active = Zdieľanie
admin-live-state-ended = Ukončené
admin-live-revoke-label = Zastaviť reláciu používateľa { $helper } s používateľom { $sharer }
admin-live-revoke-title = Zastaviť túto reláciu?
admin-live-revoke-text = Relácia používateľa { $helper } s používateľom { $sharer } sa okamžite skončí pre oboch.
admin-live-revoke-confirm = Zastaviť reláciu
admin-live-revoked = Relácia používateľa { $helper } bola zastavená.

## Session reports

admin-reports-title = Zostavy relácií
admin-reports-intro = Každá relácia vzdialenej pomoci: kto komu pomáhal, na akom zariadení, aký prístup bol udelený a ako sa relácia skončila.
admin-reports-filters = Filtrovať zostavy relácií
admin-reports-export-label = Exportovať do CSV zostavy relácií zodpovedajúce filtrom
admin-reports-helper = Pomocník
admin-reports-sharer = Príjemca pomoci
admin-reports-device = Zariadenie
admin-reports-end-reason = Spôsob ukončenia
admin-reports-from = Začiatok od
admin-reports-to = Začiatok pred
admin-reports-pages = Strany zostáv relácií
admin-reports-empty = Zatiaľ neexistujú žiadne zostavy relácií.
admin-reports-none-match = Týmto filtrom nezodpovedajú žiadne relácie.
admin-reports-back = Všetky zostavy relácií
admin-report-open-label = Relácia používateľa { $helper } spustená { $time }
admin-report-title = { $helper } pomáha používateľovi { $sharer }
admin-report-title-alone = Relácia používateľa { $helper }
admin-report-started = Začiatok: { $time }
admin-report-details = Podrobnosti
admin-report-client = Zdieľané z
admin-report-joined = Pripojené
admin-report-ended = Ukončené
admin-report-id = ID relácie
admin-report-no-device = Žiadne zariadenie
admin-report-mode-control = Úplné ovládanie
admin-report-mode-view = Len zobrazenie
admin-report-mode-none = Žiadny
admin-report-transcript = Prepis chatu
admin-report-transcript-count =
    { $count ->
        [0] Prepis chatu
        [one] Prepis chatu (1 správa)
        [few] Prepis chatu ({ $count } správy)
        [many] Prepis chatu ({ $count } správy)
       *[other] Prepis chatu ({ $count } správ)
    }
admin-report-no-chat = V tejto relácii neboli napísané žiadne správy chatu.
admin-role-helper = Pomocník
admin-role-sharer = Príjemca pomoci
admin-client-agent = Aplikácia { -product-name }
admin-client-web = Webový prehliadač

admin-end-helper-left = Ukončil pomocník
admin-end-sharer-left = Ukončil príjemca pomoci
admin-end-helper-disconnected = Strata pripojenia pomocníka
admin-end-sharer-disconnected = Strata pripojenia príjemcu pomoci
admin-end-code-expired = Platnosť kódu uplynula bez použitia
admin-end-declined-timeout = Žiadosť nebola zodpovedaná
admin-end-revoked = Zastavené správcom
admin-end-policy = Zastavené pravidlom organizácie
admin-end-access-withdrawn = Zastavené: prístup odobratý

## Audit log

admin-audit-title = Denník auditu
admin-audit-intro = Každá zmena, prihlásenie a udalosť relácie, od najnovších. Do denníka možno len pridávať a jeho reťazec odhalí neoprávnené úpravy.
admin-audit-filters = Filtrovať denník auditu
admin-audit-export-label = Exportovať do CSV udalosti auditu zodpovedajúce filtrom
admin-audit-actor = Kto
admin-audit-action = Akcia
admin-audit-action-hint = Napríklad user.created alebo settings.updated.
admin-audit-since = Od
admin-audit-until = Pred
admin-audit-pages = Strany udalostí auditu
admin-audit-empty = Denník auditu je prázdny.
admin-audit-none-match = Týmto filtrom nezodpovedajú žiadne udalosti.
admin-audit-show-detail = Zobraziť podrobnosti
admin-actor-cli = Príkazový riadok servera
admin-actor-setup-link = Prepojenie na nastavenie
admin-actor-sso = Jednotné prihlásenie
admin-actor-anonymous = Neprihlásený používateľ

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Začnite tu
admin-start-title = Začíname
admin-start-intro = Tri veci, ktoré treba vyriešiť pred prvou reláciou vzdialenej pomoci. Každú možno neskôr zmeniť.
admin-start-done = Hotovo
admin-start-todo = Zostáva
admin-start-settings-needed = Táto zmena vyžaduje povolenie spravovať nastavenia. Požiadajte správcu, ktorý ho má.
admin-start-remote-heading = Zapnite vzdialenú pomoc
admin-start-remote-off = Vzdialená pomoc je vypnutá, takže zatiaľ nikto nemôže začať reláciu.
admin-start-remote-on = Vzdialená pomoc je zapnutá: pomocníci môžu začínať relácie.
admin-start-remote-enable = Zapnúť vzdialenú pomoc
admin-start-remote-turned-on = Vzdialená pomoc je teraz zapnutá.
admin-start-browser-heading = Zdieľanie z webového prehliadača
admin-start-browser-allowed = Povolené
admin-start-browser-not-allowed = Nepovolené
admin-start-browser-explain = Webový prehliadač nemôže dokázať, na ktorom počítači beží, preto sa počíta ako nezaregistrované zariadenie. Povolenie pomoci na nezaregistrovaných zariadeniach umožní zdieľať obrazovku z prehliadača bez inštalácie čohokoľvek. Pomocník potom obrazovku iba vidí, nemôže ju ovládať, a je upozornený, že zariadenie je neznáme.
admin-start-browser-off = Teraz nepovolené: zdieľať môže iba aplikácia { -product-name } na zaregistrovanom zariadení. Kto otvorí stránku zdieľania v prehliadači a zadá kód, bude odmietnutý.
admin-start-browser-on = Teraz povolené: ľudia môžu zdieľať obrazovku z prehliadača alebo z nezaregistrovaného zariadenia.
admin-start-browser-allow = Povoliť zdieľanie z prehliadača
admin-start-browser-stop = Zakázať zdieľanie z prehliadača
admin-start-browser-allowed-now = Zdieľanie z prehliadača je teraz povolené.
admin-start-browser-stopped = Zdieľanie z prehliadača už nie je povolené.
admin-start-helpers-heading = Určiť pomocníkov
admin-start-helpers-none = Zatiaľ nikto nemôže ponúkať vzdialenú pomoc.
admin-start-helpers-count =
    { $count ->
        [one] { $count } osoba môže ponúkať vzdialenú pomoc.
        [few] { $count } osoby môžu ponúkať vzdialenú pomoc.
       *[other] { $count } osôb môže ponúkať vzdialenú pomoc.
    }
admin-start-helpers-explain = Pomocníci ponúkajú vzdialenú pomoc všetkým v organizácii. Vyberte ľudí a zvoľte „Určiť pomocníkov“: stanú sa členmi skupiny { $group }, ktorá má rolu Help Desk Operator nad všetkými používateľmi.
admin-start-helpers-pick = Ľudia, ktorí sa stanú pomocníkmi
admin-start-helpers-nobody = Všetci tu už sú pomocníci. Ak chcete niekoho pridať, vytvorte používateľa.
admin-start-helpers-roles-needed = Prvýkrát určenie pomocníkov dáva skupine { $group } aj jej rolu, na čo je potrebné povolenie spravovať roly. Požiadajte správcu, ktorý ho má.
admin-start-helpers-submit = Určiť pomocníkov
admin-start-helpers-choose = Vyberte aspoň jednu osobu.
admin-start-helpers-made =
    { $count ->
        [one] { $count } osoba je teraz pomocníkom v skupine { $group }.
        [few] { $count } osoby sú teraz pomocníkmi v skupine { $group }.
       *[other] { $count } osôb je teraz pomocníkmi v skupine { $group }.
    }
admin-start-create-user = Vytvoriť používateľa
admin-start-first-heading = Vaša prvá relácia
admin-start-not-ready = Keď budú kroky vyššie hotové:
admin-start-ready = Všetko je pripravené na prvú reláciu:
admin-start-first-helper = Pomocník sa prihlási, otvorí „{ $page }“ a začne novú reláciu vzdialenej pomoci, ktorá mu dá bezpečnostný kód:
admin-start-first-sharer = Ten, kto potrebuje pomoc, sa prihlási, otvorí túto stránku a zadá ten kód:
admin-user-role = Rola
admin-user-role-member = Člen
admin-user-role-member-hint = Prihlasuje sa, žiada o pomoc a zdieľa svoju obrazovku.
admin-user-role-helper = Pomocník
admin-user-role-helper-hint = Ponúka vzdialenú pomoc všetkým v organizácii ako člen skupiny { $group }.
admin-user-role-administrator = Správca
admin-user-created-helper = Používateľ { $name } bol vytvorený a teraz môže ponúkať vzdialenú pomoc.
