# Messages of the admin console (/admin), Lithuanian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administravimo konsolė – { -product-name }
admin-page-title = { $section } – Administravimo konsolė – { $organisation }
admin-console-name = Administravimo konsolė
admin-back-home = Grįžti į pradžią
admin-nav-label = Administravimo konsolė
admin-nav-group-people = Žmonės
admin-nav-group-access = Prieiga
admin-nav-group-devices = Įrenginiai
admin-nav-group-organisation = Organizacija
admin-nav-group-activity = Veikla

admin-denied-title = Prieigos nėra – { -product-name }
admin-denied-heading = Neturite teisės naudotis administravimo konsole
admin-denied-text = Jūsų paskyra gali naudotis { -product-name }, tačiau jai neleidžiama valdyti jūsų organizacijos.
admin-denied-help = Jei jums reikia valdyti naudotojus, įrenginius ar parametrus, paprašykite savo organizacijos administratoriaus suteikti jums vaidmenį su šiomis teisėmis.

## Shared words

admin-save = Įrašyti
admin-cancel = Atšaukti
admin-done = Atlikta
admin-edit = Redaguoti
admin-delete = Naikinti
admin-remove = Šalinti
admin-revoke = Atšaukti
admin-manage = Valdyti
admin-copy = Kopijuoti
admin-refresh = Atnaujinti
admin-search = Ieškoti
admin-apply-filters = Taikyti filtrus
admin-clear-filters = Valyti filtrus
admin-export-csv = Eksportuoti CSV
admin-filter-any = Bet koks
admin-filter-anyone = Bet kas
admin-filter-any-device = Bet koks įrenginys
admin-not-set = Nenustatyta
admin-never = Niekada
admin-no-changes = Nėra ką įrašyti: nepakeistas nė vienas laukas.
admin-name-taken = Šis pavadinimas jau naudojamas. Pasirinkite kitą.
admin-number-range = Įveskite sveikąjį skaičių nuo { $min } iki { $max }.
admin-error-refused = Serveris tai atmetė: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Negalite naudoti šio skyriaus: jam reikia leidimo „{ $permission }“ visai organizacijai (visiems naudotojams ir visiems įrenginiams), o jūsų vaidmenys jo taip plačiai nesuteikia.
admin-section-denied-ask = Paprašykite organizacijos { $organisation } administratoriaus suteikti jį jums visai organizacijai.
admin-choose-user = Pasirinkite asmenį…
admin-choose-user-first = Pirmiausia pasirinkite asmenį.
admin-choose-device = Pasirinkite įrenginį…
admin-choose-device-first = Pirmiausia pasirinkite įrenginį.
admin-choose-role = Pasirinkite vaidmenį…
admin-no-devices-yet = Dar neužregistruotas nė vienas įrenginys
admin-unknown-user = Nežinomas naudotojas
admin-unknown-group = Nežinoma grupė
admin-unknown-role = Nežinomas vaidmuo

admin-page-previous = Ankstesnis puslapis
admin-page-next = Kitas puslapis
admin-page-number = { $page } puslapis

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min.
admin-duration-hours = { $hours } val. { $minutes } min.
admin-duration-running = kol kas { $duration }

## Table column headings

admin-column-name = Pavadinimas
admin-column-email = El. paštas
admin-column-job-title = Pareigos
admin-column-company = Įmonė
admin-column-role = Vaidmuo
admin-column-status = Būsena
admin-column-actions = Veiksmai
admin-column-description = Aprašas
admin-column-members = Nariai
admin-column-created = Sukurta
admin-column-permissions = Teisės
admin-column-member-groups = Kam suteikta
admin-column-scope = Taikymo sritis
admin-column-state = Būsena
admin-column-targets = Taikoma
admin-column-conditions = Sąlygos
admin-column-grant = Rezultatas
admin-column-device = Įrenginys
admin-column-platform = Operacinė sistema
admin-column-primary-user = Pagrindinis naudotojas
admin-column-agent = Agento versija
admin-column-enrollment = Registracija
admin-column-compliance = Atitiktis
admin-column-last-check-in = Paskutinis ryšys
admin-column-uses = Užregistruota įrenginių
admin-column-expires = Galioja iki
admin-column-rules = Taisyklės
admin-column-helper = Pagalbininkas
admin-column-sharer = Pagalbos gavėjas
admin-column-access = Suteikta prieiga
admin-column-started = Pradėta
admin-column-duration = Trukmė
admin-column-outcome = Kaip baigėsi
admin-column-chat = Pokalbio pranešimai
admin-column-time = Laikas
admin-column-actor = Kas
admin-column-action = Veiksmas
admin-column-target = Kam
admin-column-detail = Išsami informacija

## Users

admin-users-title = Naudotojai
admin-users-intro = Jūsų organizacijos žmonės, kurie gali prisijungti prie { -product-name }, ir jų profiliai taip, kaip juos mato žmonės, kuriems jie padeda.
admin-users-search = Ieškokite pagal vardą, el. paštą, pareigas arba įmonę
admin-users-search-label = Ieškoti naudotojų
admin-users-pages = Naudotojų puslapiai
admin-users-search-summary =
    { $count ->
        [0] Šiame puslapyje nėra naudotojų, atitinkančių „{ $term }“.
        [one] „{ $term }“ atitinka { $count } naudotojas.
        [few] „{ $term }“ atitinka { $count } naudotojai.
        [many] „{ $term }“ atitinka { $count } naudotojo.
       *[other] „{ $term }“ atitinka { $count } naudotojų.
    }
admin-users-none-found = Nėra naudotojų, atitinkančių „{ $term }“.
admin-users-empty = Naudotojų dar nėra.
admin-user-create = Kurti naudotoją
admin-user-create-title = Naudotojo kūrimas
admin-user-create-submit = Kurti naudotoją
admin-user-created = Naudotojas { $name } sukurtas.
admin-user-job-title = Pareigos (neprivaloma)
admin-user-company = Įmonė (neprivaloma)
admin-user-initial-password = Pradinis slaptažodis (neprivaloma)
admin-user-initial-password-hint = Bent 12 simbolių. Jei jo nenustatysite, asmuo galės prisijungti tik naudodamas bendrąją prieigą arba atkūrimo nuorodą.
admin-user-is-admin = Organizacijos administratorius
admin-user-is-admin-hint = Administratoriai gali daryti viską, nepaisant jiems priskirtų vaidmenų.
admin-user-edit-title = Redaguoti naudotoją { $name }
admin-user-edit-label = Redaguoti naudotoją { $name }
admin-user-email-fixed = El. pašto adresas identifikuoja paskyrą, todėl čia jo pakeisti negalima.
admin-user-disabled = Prisijungimas išjungtas
admin-user-disabled-hint = Išjungus prisijungimą, taip pat baigiami šio asmens seansai ir atšaukiami jo API atpažinimo ženklai.
admin-user-new-password = Naujas slaptažodis (neprivaloma)
admin-user-new-password-hint = Palikite tuščią, jei norite išsaugoti dabartinį slaptažodį. Nustačius naują, asmuo atjungiamas visur.
admin-user-saved = Naudotojo { $name } pakeitimai įrašyti.
admin-user-status-active = Aktyvus
admin-user-status-disabled = Prisijungimas išjungtas
admin-user-delete-label = Naikinti naudotoją { $name }
admin-user-delete-title = Naikinti naudotoją { $name }?
admin-user-delete-text = Paskyra { $email } bus panaikinta ir atjungta visur. Šio veiksmo anuliuoti negalima.
admin-user-delete-confirm = Naikinti naudotoją
admin-user-deleted = Naudotojas { $name } panaikintas.
admin-user-picture = Profilio nuotrauka
admin-user-picture-choose = Įkelti nuotrauką
admin-user-picture-remove = Šalinti nuotrauką
admin-user-picture-hint = PNG arba JPEG vaizdas, ne didesnis nei 256 KB. Pakeitimas įsigalioja iš karto; žmonės, kuriems šis asmuo padeda, ją mato prieš bendrindami savo ekraną.
admin-user-picture-uploading = Įkeliama nuotrauka…
admin-user-picture-updated = Naudotojo { $name } nuotrauka atnaujinta.
admin-user-picture-removed = Naudotojo { $name } nuotrauka pašalinta.

## Groups

admin-groups-title = Grupės
admin-groups-intro = Grupės apjungia žmones ir įrenginius. Vaidmenų priskyrimai suteikia vaidmenis grupių nariams kitų grupių atžvilgiu.
admin-groups-pages = Grupių puslapiai
admin-groups-empty = Grupių dar nėra. Sukurkite grupę, kad galėtumėte suteikti vaidmenis jos nariams.
admin-groups-back = Visos grupės
admin-group-create = Kurti grupę
admin-group-create-title = Grupės kūrimas
admin-group-create-submit = Kurti grupę
admin-group-created = Grupė { $name } sukurta.
admin-group-name = Grupės pavadinimas
admin-group-description = Aprašas (neprivaloma)
admin-group-description-hint = Kam skirta grupė, pavyzdžiui, „Pagalbos tarnybos darbuotojai Berlyne“.
admin-group-member-count =
    { $count ->
        [0] Narių nėra
        [one] { $count } narys
        [few] { $count } nariai
        [many] { $count } nario
       *[other] { $count } narių
    }
admin-group-manage-label = Valdyti grupę { $name }
admin-group-delete = Naikinti grupę
admin-group-delete-label = Naikinti grupę { $name }
admin-group-delete-title = Naikinti grupę { $name }?
admin-group-delete-text = Jos nariai išsaugos savo paskyras, bet neteks to, ką jiems per šią grupę suteikė vaidmenų priskyrimai. Šio veiksmo anuliuoti negalima.
admin-group-delete-confirm = Naikinti grupę
admin-group-deleted = Grupė { $name } panaikinta.
admin-group-detail-intro = Pervardykite grupę ir pasirinkite jos narius bei įrenginius.
admin-group-details = Pavadinimas ir aprašas
admin-group-saved = Grupė { $name } įrašyta.
admin-group-members = Nariai
admin-group-no-members = Šioje grupėje dar nėra narių.
admin-group-add-member = Pridėti narį
admin-group-add-member-label = Pridedamas asmuo
admin-group-everyone-member = Visi jau yra nariai
admin-group-member-added = Naudotojas { $name } įtrauktas į grupę { $group }.
admin-group-member-removed = Naudotojas { $name } pašalintas iš grupės { $group }.
admin-group-remove-member-label = Šalinti naudotoją { $name } iš grupės
admin-group-devices = Įrenginiai
admin-group-devices-intro = Vaidmenų priskyrimai, kurių taikymo srityje nurodyta ši grupė, apima jos įrenginius.
admin-group-device-label = Įrenginys
admin-group-add-device = Įtraukti į grupę
admin-group-remove-device-label = Šalinti įrenginį { $device } iš grupės
admin-group-no-devices = Šioje grupėje dar nėra įrenginių.
admin-group-device-added = Įrenginys { $device } įtrauktas į grupę { $group }.
admin-group-device-removed = Įrenginys { $device } pašalintas iš grupės { $group }.

## Roles and role assignments

admin-roles-title = Vaidmenys
admin-roles-intro = Vaidmuo – tai teisių rinkinys. Vaidmenų priskyrimai suteikia vaidmenį grupių nariams jų taikymo srityje esančių žmonių ir įrenginių atžvilgiu.
admin-roles-list = Vaidmenys
admin-roles-list-intro = Integruotųjų vaidmenų keisti negalima; nukopijuokite vieną iš jų, kad sukurtumėte pasirinktinį vaidmenį.
admin-roles-empty = Vaidmenų nėra.
admin-role-create = Kurti vaidmenį
admin-role-create-title = Vaidmens kūrimas
admin-role-create-submit = Kurti vaidmenį
admin-role-created = Vaidmuo { $name } sukurtas.
admin-role-edit-title = Redaguoti vaidmenį { $name }
admin-role-edit-label = Redaguoti vaidmenį { $name }
admin-role-saved = Vaidmuo { $name } įrašytas.
admin-role-copy = Kopijuoti
admin-role-copy-label = Kopijuoti vaidmenį { $name } kaip naują vaidmenį
admin-role-copy-name = { $name } (kopija)
admin-role-name = Vaidmens pavadinimas
admin-role-description = Aprašas (neprivaloma)
admin-role-built-in = Integruotasis
admin-role-no-permissions = Teisių nėra
admin-role-delete-label = Naikinti vaidmenį { $name }
admin-role-delete-title = Naikinti vaidmenį { $name }?
admin-role-delete-text = Panaikinti galima tik tuos vaidmenis, kurių nesuteikia joks priskyrimas. Šio veiksmo anuliuoti negalima.
admin-role-delete-confirm = Naikinti vaidmenį
admin-role-deleted = Vaidmuo { $name } panaikintas.

admin-perm-group-remote-help = Nuotolinė pagalba
admin-perm-group-reading = Skaitymas
admin-perm-group-administration = Administravimas
admin-perm-offer = Siūlyti nuotolinę pagalbą
admin-perm-offer-hint = Pradėti nuotolinės pagalbos seansą su taikymo srityje esančiu asmeniu.
admin-perm-view-screen = Matyti ekraną
admin-perm-view-screen-hint = Matyti taikymo srityje esančio asmens ekraną.
admin-perm-full-control = Perimti visišką valdymą
admin-perm-full-control-hint = Naudotis taikymo srityje esančio asmens pele ir klaviatūra, gavus jo sutikimą.
admin-perm-elevation = Teisių padidinimas
admin-perm-elevation-hint = Rezervuota būsimai versijai: vykdymas su padidintomis teisėmis asmens įrenginyje.
admin-perm-read = Skaityti įrenginius ir ataskaitas
admin-perm-read-hint = Matyti įrenginių inventorių, vykstančius seansus ir seansų ataskaitas.
admin-perm-manage-users = Valdyti naudotojus ir grupes
admin-perm-manage-users-hint = Kurti, keisti ir naikinti naudotojus ir grupes, jų nuotraukas ir antruosius veiksnius.
admin-perm-manage-roles = Valdyti vaidmenis
admin-perm-manage-roles-hint = Kurti ir keisti vaidmenis bei vaidmenų priskyrimus.
admin-perm-manage-devices = Valdyti įrenginius
admin-perm-manage-devices-hint = Kurti registracijos atpažinimo ženklus, nurašyti ir naikinti įrenginius.
admin-perm-manage-settings = Valdyti parametrus
admin-perm-manage-settings-hint = Keisti organizacijos parametrus ir patvirtintus domenus bei stabdyti vykstančius seansus.
admin-perm-manage-policies = Valdyti strategijas
admin-perm-manage-policies-hint = Kurti ir keisti sąlyginės prieigos bei atitikties strategijas.
admin-perm-read-audit = Skaityti audito žurnalą
admin-perm-read-audit-hint = Matyti ir eksportuoti visus užregistruotus pakeitimus ir prisijungimus.
admin-perm-create-api-tokens = Kurti API atpažinimo ženklus
admin-perm-create-api-tokens-hint = Kurti atpažinimo ženklus scenarijams, veikiantiems paties turėtojo teisėmis. Atpažinimo ženklai nustoja galioti po 90 dienų, jei nenustatyta kitaip (ne ilgiau kaip metus).

admin-assignments-title = Vaidmenų priskyrimai
admin-assignments-intro = Kas gauna kokį vaidmenį ir kieno atžvilgiu.
admin-assignments-empty = Vaidmenų priskyrimų dar nėra. Be jų padėti kitiems gali tik administratoriai.
admin-assignment-create = Kurti priskyrimą
admin-assignment-create-title = Vaidmens priskyrimo kūrimas
admin-assignment-create-submit = Kurti priskyrimą
admin-assignment-created = Priskyrimas { $name } sukurtas.
admin-assignment-edit-title = Redaguoti priskyrimą { $name }
admin-assignment-edit-label = Redaguoti priskyrimą { $name }
admin-assignment-saved = Priskyrimas { $name } įrašytas.
admin-assignment-name = Priskyrimo pavadinimas
admin-assignment-name-hint = Pavyzdžiui, „Pagalbos tarnyba padeda Finansų skyriui“.
admin-assignment-role = Vaidmuo
admin-assignment-members = Suteikti vaidmenį šių grupių nariams
admin-assignment-members-hint = Pagalbininkai: vaidmenį gauna visi šių grupių nariai.
admin-assignment-no-groups = Grupių dar nėra. Pirmiausia sukurkite grupes.
admin-assignment-scope = Taikymo sritis
admin-assignment-scope-hint = Žmonės ir įrenginiai, kuriems taikomas vaidmuo.
admin-assignment-scope-groups = Šių grupių žmonės ir įrenginiai
admin-assignment-scope-groups-hint = Pasirinktų grupių nariai ir įrenginiai.
admin-assignment-needs-members = Pasirinkite bent vieną grupę, kuriai suteikti vaidmenį.
admin-assignment-needs-scope = Pasirinkite, kam taikomas vaidmuo: visiems naudotojams, visiems įrenginiams ar grupėms.
admin-assignment-delete-label = Naikinti priskyrimą { $name }
admin-assignment-delete-title = Naikinti priskyrimą { $name }?
admin-assignment-delete-text = Jo grupių nariai iš karto neteks juo suteikto vaidmens. Šio veiksmo anuliuoti negalima.
admin-assignment-delete-confirm = Naikinti priskyrimą
admin-assignment-deleted = Priskyrimas { $name } panaikintas.
admin-scope-all-users = Visi naudotojai
admin-scope-all-users-hint = Kiekvienas organizacijos asmuo.
admin-scope-all-devices = Visi įrenginiai
admin-scope-all-devices-hint = Kiekvienas užregistruotas organizacijos įrenginys.

## Conditional access

admin-policies-title = Sąlyginė prieiga
admin-policies-intro = Strategijos nustato, ar pagalbininkas gali naudotis konsole; tai tikrinama prisijungiant ir dar kartą pradedant seansą. Atsisakyme nurodoma strategija.
admin-policies-list = Strategijos
admin-policies-empty = Sąlyginės prieigos strategijų nėra. Konsole gali naudotis kiekvienas pagalbininkas, galintis prisijungti.
admin-policy-create = Kurti strategiją
admin-policy-create-title = Sąlyginės prieigos strategijos kūrimas
admin-policy-create-submit = Kurti strategiją
admin-policy-created = Strategija { $name } sukurta.
admin-policy-edit-title = Redaguoti strategiją { $name }
admin-policy-edit-label = Redaguoti strategiją { $name }
admin-policy-saved = Strategija { $name } įrašyta.
admin-policy-delete-label = Naikinti strategiją { $name }
admin-policy-delete-title = Naikinti strategiją { $name }?
admin-policy-delete-text = Ji iš karto nustos būti taikoma. Šio veiksmo anuliuoti negalima.
admin-policy-delete-confirm = Naikinti strategiją
admin-policy-deleted = Strategija { $name } panaikinta.
admin-policy-name = Strategijos pavadinimas
admin-policy-name-hint = Pagalbininkai jį mato, kai strategija jiems atsako, todėl nurodykite priežastį, pavyzdžiui, „Antrasis veiksnys už biuro ribų“.
admin-policy-state = Būsena
admin-policy-state-enabled = Įjungta
admin-policy-state-enabled-hint = Strategija taikoma.
admin-policy-state-report-only = Tik ataskaitos
admin-policy-state-report-only-hint = Strategija įvertinama ir tai, ką ji būtų padariusi, įrašoma į audito žurnalą, bet ji niekam neatsako. Naujas strategijas pirmiausia išbandykite šiuo būdu.
admin-policy-state-disabled = Išjungta
admin-policy-state-disabled-hint = Strategija nepaisoma.
admin-policy-targets = Taikoma
admin-policy-targets-hint = Pagalbininkai, kuriems skirta ši strategija.
admin-policy-all-users = Visi naudotojai
admin-policy-users = Šie žmonės
admin-policy-groups = Šių grupių nariai
admin-policy-needs-targets = Pasirinkite, kam taikoma strategija: visiems naudotojams, žmonėms ar grupėms.
admin-policy-conditions = Sąlygos
admin-policy-conditions-hint = Strategija taikoma tik tada, kai tenkinamos visos čia nustatytos sąlygos. Palikite jas tuščias, kad ji būtų taikoma visada.
admin-policy-inside = Kliento adresas yra viename iš šių tinklų
admin-policy-inside-hint = Po vieną diapazoną eilutėje CIDR formatu, pavyzdžiui, 10.0.0.0/8 arba 2001:db8::/32.
admin-policy-outside = Kliento adresas nėra nė viename iš šių tinklų
admin-policy-outside-hint = Taisyklėms, taikomoms už biuro ribų. Po vieną diapazoną eilutėje.
admin-policy-network-invalid = „{ $value }“ nėra tinklo diapazonas. Rašykite diapazonus, pavyzdžiui, 192.168.0.0/16.
admin-policy-second-factor = Antrasis veiksnys prisijungiant
admin-policy-second-factor-any = Nesvarbu
admin-policy-second-factor-yes = Naudotas antrasis veiksnys
admin-policy-second-factor-no = Antrasis veiksnys nenaudotas
admin-policy-grant = Rezultatas
admin-policy-grant-allow = Leisti
admin-policy-grant-allow-hint = Įrašoma į audito žurnalą; kitos strategijos vis tiek gali atsakyti.
admin-policy-grant-block = Blokuoti
admin-policy-grant-block-hint = Neleisti prisijungti prie konsolės ir pradėti seansų.
admin-policy-grant-second-factor = Reikalauti antrojo veiksnio
admin-policy-grant-second-factor-hint = Leisti tik tuos prisijungimus, kuriems buvo naudotas antrasis veiksnys.
admin-policy-lockout-warning = Būkite atsargūs, kad neužblokuotumėte patys sau prieigos: jus blokuojanti strategija įsigalioja nuo kito jūsų prisijungimo. Pirmiausia patikrinkite strategiją režimu „Tik ataskaitos“.
admin-policy-when-inside = Tinkle { $networks }
admin-policy-when-outside = Už tinklo { $networks } ribų
admin-policy-when-second-factor = Naudotas antrasis veiksnys
admin-policy-when-no-second-factor = Antrasis veiksnys nenaudotas
admin-policy-always = Visada

## Devices

admin-devices-title = Įrenginiai
admin-devices-intro = Įrenginiai, užregistruoti naudojant programėlę { -product-name }, su paskutine jų pateikta informacija ir nuoroda, ar jie atitinka jūsų atitikties strategijas.
admin-devices-enroll-link = Registruoti įrenginius
admin-devices-filters = Filtruoti įrenginius
admin-devices-search = Ieškoti
admin-devices-search-hint = Pagrindinio kompiuterio vardas, serijos numeris, modelis arba pagrindinis naudotojas.
admin-devices-platform = Operacinė sistema
admin-devices-compliance = Atitiktis
admin-devices-state = Registracija
admin-devices-pages = Įrenginių puslapiai
admin-devices-empty = Dar neužregistruotas nė vienas įrenginys. Sukurkite registracijos atpažinimo ženklą, kad užregistruotumėte pirmuosius.
admin-devices-none-match = Šiuos filtrus neatitinka nė vienas įrenginys.
admin-devices-back = Visi įrenginiai
admin-device-remote-help = Naujas nuotolinės pagalbos seansas
admin-device-unnamed = Įrenginys be pavadinimo
admin-device-compliant = Atitinka reikalavimus
admin-device-not-compliant = Neatitinka reikalavimų
admin-device-failing-count =
    { $count ->
        [one] { $count } neįvykdyta taisyklė
        [few] { $count } neįvykdytos taisyklės
        [many] { $count } neįvykdytos taisyklės
       *[other] { $count } neįvykdytų taisyklių
    }
admin-device-state-active = Užregistruotas
admin-device-state-retired = Nurašytas
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nepateikta
admin-device-details = Išsami informacija
admin-device-host-name = Pagrindinio kompiuterio vardas
admin-device-model = Modelis
admin-device-serial = Serijos numeris
admin-device-agent-version = Agento versija
admin-device-disk = Disko šifravimas
admin-device-disk-encrypted = Užšifruotas
admin-device-disk-not-encrypted = Neužšifruotas
admin-device-enrolled-at = Užregistruotas
admin-device-id = Įrenginio ID
admin-device-compliance = Atitiktis
admin-device-meets-all = Šis įrenginys atitinka visas jūsų atitikties strategijų taisykles.
admin-device-failing-intro = Neįvykdytos šios taisyklės:
admin-device-policies-link = Peržiūrėti atitikties strategijas
admin-device-retire = Nurašyti įrenginį
admin-device-retire-title = Nurašyti įrenginį { $name }?
admin-device-retire-text = Jo kredencialai iš karto nustos veikti: jis nebegalės susisiekti su serveriu ir patvirtinti savo tapatybės, kai kas nors paprašys pagalbos šiame įrenginyje. Įrenginys liks sąraše, pažymėtas kaip nurašytas.
admin-device-retire-confirm = Nurašyti įrenginį
admin-device-retired = Įrenginys { $name } nurašytas.
admin-device-delete = Naikinti įrenginį
admin-device-delete-title = Naikinti įrenginį { $name }?
admin-device-delete-text = Įrenginys ir jo istorija bus pašalinti iš inventoriaus. Norėdami jį vėl naudoti, užregistruokite jį iš naujo. Šio veiksmo anuliuoti negalima.
admin-device-delete-confirm = Naikinti įrenginį

## Enrollment tokens

admin-tokens-title = Registracijos atpažinimo ženklai
admin-tokens-intro = Įrenginys registruojamas naudojant čia sukurtą atpažinimo ženklą. Kiekvienas atpažinimo ženklas galioja ribotą laiką ir ribotam įrenginių skaičiui.
admin-tokens-list = Atpažinimo ženklai
admin-tokens-empty = Registracijos atpažinimo ženklų dar nėra.
admin-token-create = Kurti atpažinimo ženklą
admin-token-create-title = Registracijos atpažinimo ženklo kūrimas
admin-token-create-submit = Kurti atpažinimo ženklą
admin-token-created = Atpažinimo ženklas { $name } sukurtas.
admin-token-name = Pavadinimas
admin-token-name-hint = Kur jis naudojamas, pavyzdžiui, „Berlyno biuro nešiojamieji kompiuteriai“.
admin-token-hours = Galioja (valandomis)
admin-token-hours-hint = Nuo 1 iki 720 valandų (30 dienų).
admin-token-max-uses = Kiek įrenginių galima užregistruoti
admin-token-max-uses-hint = Nuo 1 iki 10 000.
admin-token-shown-once = Nukopijuokite šį atpažinimo ženklą dabar. Jis rodomas tik vieną kartą; jei jį pamesite, atšaukite jį ir sukurkite kitą.
admin-token-secret = Atpažinimo ženklas „{ $name }“
admin-token-secret-hint = Pateikite jį programėlei { -product-name }, kai registruojate įrenginį (assist-agent enroll). Bet kas, turintis šį ženklą, gali registruoti įrenginius jūsų organizacijoje, kol baigsis jo galiojimas arba jis bus atšauktas.
admin-token-copy-label = Kopijuoti atpažinimo ženklą
admin-token-copied = Atpažinimo ženklas nukopijuotas į mainų sritį.
admin-token-copy-failed = Atpažinimo ženklo nukopijuoti nepavyko. Pažymėkite jį ir nukopijuokite patys.
admin-token-active = Aktyvus
admin-token-revoked = Atšauktas
admin-token-expired = Nebegalioja
admin-token-used-up = Išnaudotas
admin-token-uses = { $uses } iš { $max }
admin-token-revoke-label = Atšaukti atpažinimo ženklą { $name }
admin-token-revoke-title = Atšaukti atpažinimo ženklą { $name }?
admin-token-revoke-text = Juo nebebus galima registruoti įrenginių. Jau juo užregistruoti įrenginiai liks užregistruoti.
admin-token-revoke-confirm = Atšaukti atpažinimo ženklą
admin-token-revoked-done = Atpažinimo ženklas { $name } atšauktas.

## Compliance policies

admin-compliance-title = Atitikties strategijos
admin-compliance-intro = Taisyklės, kurias turi atitikti užregistruoti įrenginiai. Įrenginys, neatitinkantis bent vienos iš jų, pažymimas kaip neatitinkantis reikalavimų, o pagalbininkai įspėjami prieš teikdami jame pagalbą.
admin-compliance-list = Strategijos
admin-compliance-empty = Atitikties strategijų nėra, todėl laikoma, kad visi įrenginiai atitinka reikalavimus.
admin-compliance-create = Kurti strategiją
admin-compliance-create-title = Atitikties strategijos kūrimas
admin-compliance-create-submit = Kurti strategiją
admin-compliance-created = Strategija { $name } sukurta. Įrenginiai patikrinti iš naujo.
admin-compliance-edit-title = Redaguoti strategiją { $name }
admin-compliance-edit-label = Redaguoti strategiją { $name }
admin-compliance-saved = Strategija { $name } įrašyta. Įrenginiai patikrinti iš naujo.
admin-compliance-delete-label = Naikinti strategiją { $name }
admin-compliance-delete-title = Naikinti strategiją { $name }?
admin-compliance-delete-text = Jos taisyklės nustos būti taikomos, o įrenginiai bus patikrinti iš naujo. Šio veiksmo anuliuoti negalima.
admin-compliance-delete-confirm = Naikinti strategiją
admin-compliance-deleted = Strategija { $name } panaikinta.
admin-compliance-name = Strategijos pavadinimas
admin-compliance-name-hint = Rodomas prie kiekvienos neįvykdytos taisyklės, pavyzdžiui, „Bazinė sauga“.
admin-compliance-os-legend = Minimali operacinės sistemos versija
admin-compliance-os-hint = Palikite platformos lauką tuščią, kad būtų priimama bet kuri versija.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Pavyzdžiui, 14.2.1
admin-compliance-version-invalid = Versiją rašykite kaip taškais atskirtus skaičius, pavyzdžiui, 14.2.1.
admin-compliance-other-legend = Kitos taisyklės
admin-compliance-min-agent = Minimali programėlės { -product-name } versija
admin-compliance-max-days = Daugiausia dienų nuo paskutinio ryšio
admin-compliance-max-days-hint = Nuo 1 iki 365. Palikite tuščią, jei apribojimo nereikia.
admin-compliance-disk = Reikalauti disko šifravimo
admin-compliance-disk-hint = Sistemos diskas turi būti užšifruotas (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } arba naujesnė versija
admin-rule-min-agent = Programėlė { $version } arba naujesnė versija
admin-rule-check-in =
    { $days ->
        [1] Ryšys per pastarąją parą
        [one] Ryšys per pastarąją { $days } dieną
        [few] Ryšys per pastarąsias { $days } dienas
        [many] Ryšys per pastarąsias { $days } dienos
       *[other] Ryšys per pastarąsias { $days } dienų
    }
admin-rule-disk = Diskas užšifruotas
admin-rule-none = Taisyklių nėra

## Settings

admin-settings-title = Parametrai
admin-settings-intro = Kaip nuotolinė pagalba veikia jūsų organizacijoje. Kiekvienas pakeitimas įrašomas į audito žurnalą.
admin-settings-organisation = Organizacija
admin-settings-name-hint = Rodoma žmonėms, kuriems padedate, kai pagalbininko profilyje nenurodyta įmonė.
admin-settings-remote-help-heading = Nuotolinė pagalba
admin-settings-remote-help = Leisti nuotolinę pagalbą
admin-settings-remote-help-hint = Pagalbininkai gali pradėti seansus tik tada, kai šis parametras įjungtas. Jį išjungus, baigiami ir vykstantys seansai.
admin-settings-unenrolled = Leisti pagalbą neužregistruotuose įrenginiuose
admin-settings-unenrolled-hint = Leidžia bendrinti ekraną iš žiniatinklio naršyklės arba neužregistruoto įrenginio. Pagalbininkai vis tiek įspėjami, kad įrenginys nežinomas.
admin-settings-chat = Pokalbiai seansų metu
admin-settings-chat-hint = Pagalbininkai ir pagalbos gavėjai gali rašyti vieni kitiems. Pranešimai saugomi kartu su seanso ataskaita.
admin-settings-limits = Kodai ir ataskaitos
admin-settings-code-lifetime = Saugos kodo galiojimo laikas (minutėmis)
admin-settings-code-lifetime-hint = Kiek laiko galioja kodas, kurį perduoda pagalbininkas: { $min }–{ $max } min.
admin-settings-retention = Seansų ataskaitų saugojimo laikas (dienomis)
admin-settings-retention-hint = Senesnės ataskaitos ir jų pokalbiai naikinami. Leistina reikšmė: { $min }–{ $max } d.
admin-settings-save = Įrašyti parametrus
admin-settings-saved = Parametrai įrašyti.
admin-settings-updated-at = Paskutinį kartą keista: { $time }.
admin-settings-defaults = Tai numatytieji parametrai; jie niekada nebuvo keisti.

## Live sessions

admin-live-title = Vykstantys seansai
admin-live-intro = Dar nepasibaigę nuotolinės pagalbos seansai. Sąrašas atnaujinamas kas kelias sekundes.
admin-live-list = Vykstantys seansai
admin-live-empty = Nevyksta jokių seansų.
admin-live-updated = Atnaujinta: { $time }
admin-live-count =
    { $count ->
        [0] Nevyksta jokių seansų.
        [one] Vyksta { $count } seansas.
        [few] Vyksta { $count } seansai.
        [many] Vyksta { $count } seanso.
       *[other] Vyksta { $count } seansų.
    }
admin-live-not-joined = Dar neprisijungė
admin-live-nobody = dar niekas
admin-live-state-waiting = Laukiama kodo
admin-live-state-joined = Prisijungė
admin-live-state-requested = Prašoma prieigos
admin-live-state-active = Bendrinama
admin-live-state-ended = Baigtas
admin-live-revoke-label = Atšaukti seansą: { $helper } ir { $sharer }
admin-live-revoke-title = Sustabdyti šį seansą?
admin-live-revoke-text = Seansas tarp { $helper } ir { $sharer } iš karto baigsis abiem.
admin-live-revoke-confirm = Stabdyti seansą
admin-live-revoked = Naudotojo { $helper } seansas sustabdytas.

## Session reports

admin-reports-title = Seansų ataskaitos
admin-reports-intro = Visi nuotolinės pagalbos seansai: kas kam padėjo, kuriame įrenginyje, kokia prieiga buvo suteikta ir kaip seansas baigėsi.
admin-reports-filters = Filtruoti seansų ataskaitas
admin-reports-export-label = Eksportuoti filtrus atitinkančias seansų ataskaitas CSV formatu
admin-reports-helper = Pagalbininkas
admin-reports-sharer = Pagalbos gavėjas
admin-reports-device = Įrenginys
admin-reports-end-reason = Kaip baigėsi
admin-reports-from = Pradėta nuo
admin-reports-to = Pradėta iki
admin-reports-pages = Seansų ataskaitų puslapiai
admin-reports-empty = Seansų ataskaitų dar nėra.
admin-reports-none-match = Šiuos filtrus neatitinka nė vienas seansas.
admin-reports-back = Visos seansų ataskaitos
admin-report-open-label = Naudotojo { $helper } seansas, pradėtas { $time }
admin-report-title = { $helper } padeda naudotojui { $sharer }
admin-report-title-alone = Naudotojo { $helper } seansas
admin-report-started = Pradėta: { $time }
admin-report-details = Išsami informacija
admin-report-client = Bendrinta iš
admin-report-joined = Prisijungė
admin-report-ended = Baigėsi
admin-report-id = Seanso ID
admin-report-no-device = Įrenginio nėra
admin-report-mode-control = Visiškas valdymas
admin-report-mode-view = Tik peržiūra
admin-report-mode-none = Jokios
admin-report-transcript = Pokalbio įrašas
admin-report-transcript-count =
    { $count ->
        [0] Pokalbio įrašas
        [one] Pokalbio įrašas ({ $count } pranešimas)
        [few] Pokalbio įrašas ({ $count } pranešimai)
        [many] Pokalbio įrašas ({ $count } pranešimo)
       *[other] Pokalbio įrašas ({ $count } pranešimų)
    }
admin-report-no-chat = Šiame seanse nebuvo parašyta jokių pokalbio pranešimų.
admin-role-helper = Pagalbininkas
admin-role-sharer = Pagalbos gavėjas
admin-client-agent = Programėlė { -product-name }
admin-client-web = Žiniatinklio naršyklė

admin-end-helper-left = Baigė pagalbininkas
admin-end-sharer-left = Baigė pagalbos gavėjas
admin-end-helper-disconnected = Nutrūko pagalbininko ryšys
admin-end-sharer-disconnected = Nutrūko pagalbos gavėjo ryšys
admin-end-code-expired = Kodas nebegalioja nepanaudotas
admin-end-declined-timeout = Į užklausą neatsakyta
admin-end-revoked = Sustabdė administratorius
admin-end-policy = Sustabdyta pagal organizacijos taisyklę
admin-end-access-withdrawn = Sustabdyta: prieiga atšaukta

## Audit log

admin-audit-title = Audito žurnalas
admin-audit-intro = Visi pakeitimai, prisijungimai ir seansų įvykiai, naujausi pirmiau. Į žurnalą galima tik papildomai įrašyti, o jo grandinė leidžia aptikti klastojimą.
admin-audit-filters = Filtruoti audito žurnalą
admin-audit-export-label = Eksportuoti filtrus atitinkančius audito įvykius CSV formatu
admin-audit-actor = Kas
admin-audit-action = Veiksmas
admin-audit-action-hint = Pavyzdžiui, user.created arba settings.updated.
admin-audit-since = Nuo
admin-audit-until = Iki
admin-audit-pages = Audito įvykių puslapiai
admin-audit-empty = Audito žurnalas tuščias.
admin-audit-none-match = Šiuos filtrus neatitinka nė vienas įvykis.
admin-audit-show-detail = Rodyti išsamią informaciją
admin-actor-cli = Serverio komandų eilutė
admin-actor-setup-link = Sąrankos nuoroda
admin-actor-sso = Bendroji prieiga
admin-actor-anonymous = Neprisijungęs

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Pradėkite čia
admin-start-title = Pirmieji žingsniai
admin-start-intro = Trys dalykai, kuriuos reikia sutvarkyti prieš pirmąjį nuotolinės pagalbos seansą. Kiekvieną galima pakeisti vėliau.
admin-start-done = Atlikta
admin-start-todo = Neatlikta
admin-start-settings-needed = Tam reikia leidimo tvarkyti parametrus. Kreipkitės į administratorių, kuris jį turi.
admin-start-remote-heading = Įjunkite nuotolinę pagalbą
admin-start-remote-off = Nuotolinė pagalba išjungta, todėl niekas dar negali pradėti seanso.
admin-start-remote-on = Nuotolinė pagalba įjungta: pagalbininkai gali pradėti seansus.
admin-start-remote-enable = Įjungti nuotolinę pagalbą
admin-start-remote-turned-on = Nuotolinė pagalba dabar įjungta.
admin-start-browser-heading = Bendrinimas iš žiniatinklio naršyklės
admin-start-browser-allowed = Leidžiama
admin-start-browser-not-allowed = Neleidžiama
admin-start-browser-explain = Žiniatinklio naršyklė negali įrodyti, kuriame kompiuteryje ji veikia, todėl laikoma neužregistruotu įrenginiu. Leidus pagalbą neužregistruotuose įrenginiuose, žmonės gali bendrinti ekraną iš naršyklės nieko nediegdami. Pagalbininkas tada gali tik matyti ekraną, bet ne jį valdyti, ir yra įspėjamas, kad įrenginys nežinomas.
admin-start-browser-off = Dabar neleidžiama: bendrinti gali tik programa { -product-name } užregistruotame įrenginyje. Kas atidaro bendrinimo puslapį naršyklėje ir įveda kodą, yra atmetamas.
admin-start-browser-on = Dabar leidžiama: žmonės gali bendrinti ekraną iš naršyklės arba iš neužregistruoto įrenginio.
admin-start-browser-allow = Leisti bendrinti iš naršyklės
admin-start-browser-stop = Nebeleisti bendrinti iš naršyklės
admin-start-browser-allowed-now = Bendrinti iš naršyklės dabar leidžiama.
admin-start-browser-stopped = Bendrinti iš naršyklės nebeleidžiama.
admin-start-helpers-heading = Paskirti pagalbininkus
admin-start-helpers-none = Niekas dar negali siūlyti nuotolinės pagalbos.
admin-start-helpers-count =
    { $count ->
        [one] { $count } asmuo gali siūlyti nuotolinę pagalbą.
        [few] { $count } asmenys gali siūlyti nuotolinę pagalbą.
       *[other] { $count } asmenų gali siūlyti nuotolinę pagalbą.
    }
admin-start-helpers-explain = Pagalbininkai siūlo nuotolinę pagalbą visiems organizacijoje. Pasirinkite žmones ir spustelėkite „Paskirti pagalbininkus“: jie prisijungs prie grupės { $group }, kuri turi vaidmenį Help Desk Operator visiems naudotojams.
admin-start-helpers-pick = Žmonės, kurie taps pagalbininkais
admin-start-helpers-nobody = Visi čia jau yra pagalbininkai. Norėdami ką nors pridėti, sukurkite naudotoją.
admin-start-helpers-roles-needed = Pirmą kartą skiriant pagalbininkus grupei { $group } suteikiamas ir jos vaidmuo, o tam reikia leidimo tvarkyti vaidmenis. Kreipkitės į administratorių, kuris jį turi.
admin-start-helpers-submit = Paskirti pagalbininkus
admin-start-helpers-choose = Pasirinkite bent vieną asmenį.
admin-start-helpers-made =
    { $count ->
        [one] { $count } asmuo dabar yra pagalbininkas grupėje { $group }.
        [few] { $count } asmenys dabar yra pagalbininkai grupėje { $group }.
       *[other] { $count } asmenų dabar yra pagalbininkai grupėje { $group }.
    }
admin-start-create-user = Kurti naudotoją
admin-start-first-heading = Jūsų pirmasis seansas
admin-start-not-ready = Kai aukščiau esantys žingsniai bus atlikti:
admin-start-ready = Viskas paruošta pirmajam seansui:
admin-start-first-helper = Pagalbininkas prisijungia, atidaro „{ $page }“ ir pradeda naują nuotolinės pagalbos seansą, kuris jam suteikia saugos kodą:
admin-start-first-sharer = Pagalbos prašantis asmuo prisijungia, atidaro šį puslapį ir įveda tą kodą:
admin-user-role = Vaidmuo
admin-user-role-member = Narys
admin-user-role-member-hint = Prisijungia, prašo pagalbos ir bendrina savo ekraną.
admin-user-role-helper = Pagalbininkas
admin-user-role-helper-hint = Siūlo nuotolinę pagalbą visiems organizacijoje kaip grupės { $group } narys.
admin-user-role-administrator = Administratorius
admin-user-created-helper = Naudotojas { $name } sukurtas ir dabar gali siūlyti nuotolinę pagalbą.
