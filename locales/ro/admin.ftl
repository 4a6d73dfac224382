# Messages of the admin console (/admin), Romanian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Consola de administrare – { -product-name }
admin-page-title = { $section } – Consola de administrare – { $organisation }
admin-console-name = Consola de administrare
admin-back-home = Înapoi la pagina de pornire
admin-nav-label = Consola de administrare
admin-nav-group-people = Persoane
admin-nav-group-access = Acces
admin-nav-group-devices = Dispozitive
admin-nav-group-organisation = Organizație
admin-nav-group-activity = Activitate

admin-denied-title = Fără acces – { -product-name }
admin-denied-heading = Nu aveți permisiunea de a folosi consola de administrare
admin-denied-text = Contul dvs. poate folosi { -product-name }, dar nu are permisiunea de a administra organizația.
admin-denied-help = Dacă trebuie să administrați utilizatori, dispozitive sau setări, cereți unui administrator al organizației să vă atribuie un rol cu aceste permisiuni.

## Shared words

admin-save = Salvați
admin-cancel = Anulați
admin-done = Gata
admin-edit = Editați
admin-delete = Ștergeți
admin-remove = Eliminați
admin-revoke = Revocați
admin-manage = Gestionați
admin-copy = Copiați
admin-refresh = Reîmprospătați
admin-search = Căutați
admin-apply-filters = Aplicați filtrele
admin-clear-filters = Goliți filtrele
admin-export-csv = Exportați CSV
admin-filter-any = Oricare
admin-filter-anyone = Oricine
admin-filter-any-device = Orice dispozitiv
admin-not-set = Nesetat
admin-never = Niciodată
admin-no-changes = Nimic de salvat: niciun câmp nu a fost modificat.
admin-name-taken = Acest nume este deja folosit. Alegeți altul.
admin-number-range = Introduceți un număr întreg între { $min } și { $max }.
admin-error-refused = Serverul a refuzat operațiunea: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Nu puteți folosi această secțiune: necesită permisiunea „{ $permission }” asupra întregii organizații (toți utilizatorii și toate dispozitivele), iar rolurile dvs. nu o acordă atât de larg.
admin-section-denied-ask = Cereți unui administrator al { $organisation } să v-o acorde asupra întregii organizații.
admin-choose-user = Alegeți o persoană…
admin-choose-user-first = Alegeți mai întâi o persoană.
admin-choose-device = Alegeți un dispozitiv…
admin-choose-device-first = Alegeți mai întâi un dispozitiv.
admin-choose-role = Alegeți un rol…
admin-no-devices-yet = Încă nu există dispozitive înscrise
admin-unknown-user = Utilizator necunoscut
admin-unknown-group = Grup necunoscut
admin-unknown-role = Rol necunoscut

admin-page-previous = Pagina anterioară
admin-page-next = Pagina următoare
admin-page-number = Pagina { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } până acum

## Table column headings

admin-column-name = Nume
admin-column-email = E-mail
admin-column-job-title = Funcție
admin-column-company = Companie
admin-column-role = Rol
admin-column-status = Stare
admin-column-actions = Acțiuni
admin-column-description = Descriere
admin-column-members = Membri
admin-column-created = Creat
admin-column-permissions = Permisiuni
admin-column-member-groups = Atribuit către
admin-column-scope = Domeniu
admin-column-state = Stare
admin-column-targets = Se aplică pentru
admin-column-conditions = Condiții
admin-column-grant = Acțiune
admin-column-device = Dispozitiv
admin-column-platform = Sistem de operare
admin-column-primary-user = Utilizator principal
admin-column-agent = Versiunea agentului
admin-column-enrollment = Înscriere
admin-column-compliance = Conformitate
admin-column-last-check-in = Ultima sincronizare
admin-column-uses = Dispozitive înscrise
admin-column-expires = Expiră
admin-column-rules = Reguli
admin-column-helper = Asistent
admin-column-sharer = Persoana asistată
admin-column-access = Acces acordat
admin-column-started = Începută
admin-column-duration = Durată
admin-column-outcome = Mod de încheiere
admin-column-chat = Mesaje de chat
admin-column-time = Ora
admin-column-actor = Cine
admin-column-action = Acțiune
admin-column-target = Asupra a ce
admin-column-detail = Detalii

## Users

admin-users-title = Utilizatori
admin-users-intro = Persoanele din organizația dvs. care se pot conecta la { -product-name } și profilurile lor, așa cum le văd persoanele pe care le ajută.
admin-users-search = Căutați după nume, e-mail, funcție sau companie
admin-users-search-label = Căutați utilizatori
admin-users-pages = Pagini de utilizatori
admin-users-search-summary =
    { $count ->
        [0] Niciun utilizator de pe această pagină nu corespunde cu „{ $term }”.
        [one] Un utilizator corespunde cu „{ $term }”.
        [few] { $count } utilizatori corespund cu „{ $term }”.
       *[other] { $count } de utilizatori corespund cu „{ $term }”.
    }
admin-users-none-found = Niciun utilizator nu corespunde cu „{ $term }”.
admin-users-empty = Încă nu există utilizatori.
admin-user-create = Creați un utilizator
admin-user-create-title = Creați un utilizator
admin-user-create-submit = Creați utilizatorul
admin-user-created = Utilizatorul { $name } a fost creat.
admin-user-job-title = Funcție (opțional)
admin-user-company = Companie (opțional)
admin-user-initial-password = Parolă inițială (opțional)
admin-user-initial-password-hint = Cel puțin 12 caractere. Fără parolă, persoana se poate conecta doar prin autentificare unică sau cu un link de recuperare.
admin-user-is-admin = Administrator al organizației
admin-user-is-admin-hint = Administratorii pot face orice, indiferent de rolurile lor.
admin-user-edit-title = Editați { $name }
admin-user-edit-label = Editați { $name }
admin-user-email-fixed = Adresa de e-mail identifică contul și nu poate fi modificată aici.
admin-user-disabled = Conectare dezactivată
admin-user-disabled-hint = Dezactivarea conectării încheie și sesiunile persoanei și îi revocă tokenurile API.
admin-user-new-password = Parolă nouă (opțional)
admin-user-new-password-hint = Lăsați gol pentru a păstra parola actuală. Setarea unei parole noi deconectează persoana de peste tot.
admin-user-saved = Modificările pentru { $name } au fost salvate.
admin-user-status-active = Activ
admin-user-status-disabled = Conectare dezactivată
admin-user-delete-label = Ștergeți { $name }
admin-user-delete-title = Ștergeți { $name }?
admin-user-delete-text = Contul { $email } va fi șters și deconectat de peste tot. Această acțiune este ireversibilă.
admin-user-delete-confirm = Ștergeți utilizatorul
admin-user-deleted = Utilizatorul { $name } a fost șters.
admin-user-picture = Fotografie de profil
admin-user-picture-choose = Încărcați o fotografie
admin-user-picture-remove = Eliminați fotografia
admin-user-picture-hint = O imagine PNG sau JPEG de cel mult 256 KB. Se schimbă imediat; persoanele asistate o văd înainte de a-și partaja ecranul.
admin-user-picture-uploading = Se încarcă fotografia…
admin-user-picture-updated = Fotografia pentru { $name } a fost actualizată.
admin-user-picture-removed = Fotografia pentru { $name } a fost eliminată.

## Groups

admin-groups-title = Grupuri
admin-groups-intro = Grupurile reunesc persoane și dispozitive. Atribuirile de rol acordă roluri membrilor grupurilor, asupra altor grupuri.
admin-groups-pages = Pagini de grupuri
admin-groups-empty = Încă nu există grupuri. Creați unul pentru a acorda roluri membrilor săi.
admin-groups-back = Toate grupurile
admin-group-create = Creați un grup
admin-group-create-title = Creați un grup
admin-group-create-submit = Creați grupul
admin-group-created = Grupul { $name } a fost creat.
admin-group-name = Numele grupului
admin-group-description = Descriere (opțional)
admin-group-description-hint = Scopul grupului, de exemplu „Personalul de asistență tehnică din Berlin”.
admin-group-member-count =
    { $count ->
        [0] Niciun membru
        [one] 1 membru
        [few] { $count } membri
       *[other] { $count } de membri
    }
admin-group-manage-label = Gestionați grupul { $name }
admin-group-delete = Ștergeți grupul
admin-group-delete-label = Ștergeți grupul { $name }
admin-group-delete-title = Ștergeți grupul { $name }?
admin-group-delete-text = Membrii își păstrează conturile, dar pierd ceea ce le acordau atribuirile de rol prin acest grup. Această acțiune este ireversibilă.
admin-group-delete-confirm = Ștergeți grupul
admin-group-deleted = Grupul { $name } a fost șters.
admin-group-detail-intro = Redenumiți grupul și alegeți-i membrii și dispozitivele.
admin-group-details = Nume și descriere
admin-group-saved = Grupul { $name } a fost salvat.
admin-group-members = Membri
admin-group-no-members = Acest grup nu are încă membri.
admin-group-add-member = Adăugați un membru
admin-group-add-member-label = Persoana de adăugat
admin-group-everyone-member = Toată lumea este deja membru
admin-group-member-added = { $name } face acum parte din { $group }.
admin-group-member-removed = { $name } nu mai face parte din { $group }.
admin-group-remove-member-label = Eliminați { $name } din grup
admin-group-devices = Dispozitive
admin-group-devices-intro = Atribuirile de rol care includ acest grup în domeniul lor ajung la dispozitivele din el.
admin-group-device-label = Dispozitiv
admin-group-add-device = Adăugați în grup
admin-group-remove-device-label = Eliminați { $device } din grup
admin-group-no-devices = Acest grup nu are încă dispozitive.
admin-group-device-added = Dispozitivul { $device } a fost adăugat în { $group }.
admin-group-device-removed = Dispozitivul { $device } a fost eliminat din { $group }.

## Roles and role assignments

admin-roles-title = Roluri
admin-roles-intro = Un rol este un set de permisiuni. Atribuirile de rol acordă un rol membrilor grupurilor, asupra persoanelor și dispozitivelor din domeniul lor.
admin-roles-list = Roluri
admin-roles-list-intro = Rolurile predefinite nu pot fi modificate; copiați unul pentru a începe un rol personalizat.
admin-roles-empty = Nu există roluri.
admin-role-create = Creați un rol
admin-role-create-title = Creați un rol
admin-role-create-submit = Creați rolul
admin-role-created = Rolul { $name } a fost creat.
admin-role-edit-title = Editați rolul { $name }
admin-role-edit-label = Editați rolul { $name }
admin-role-saved = Rolul { $name } a fost salvat.
admin-role-copy = Copiați
admin-role-copy-label = Copiați rolul { $name } ca rol nou
admin-role-copy-name = { $name } (copie)
admin-role-name = Numele rolului
admin-role-description = Descriere (opțional)
admin-role-built-in = Predefinit
admin-role-no-permissions = Nicio permisiune
admin-role-delete-label = Ștergeți rolul { $name }
admin-role-delete-title = Ștergeți rolul { $name }?
admin-role-delete-text = Pot fi șterse doar rolurile pe care nu le acordă nicio atribuire. Această acțiune este ireversibilă.
admin-role-delete-confirm = Ștergeți rolul
admin-role-deleted = Rolul { $name } a fost șters.

admin-perm-group-remote-help = Asistență la distanță
admin-perm-group-reading = Citire
admin-perm-group-administration = Administrare
admin-perm-offer = Oferirea asistenței la distanță
admin-perm-offer-hint = Începerea unei sesiuni de asistență la distanță cu o persoană din domeniu.
admin-perm-view-screen = Vizualizarea ecranului
admin-perm-view-screen-hint = Vizualizarea ecranului unei persoane din domeniu.
admin-perm-full-control = Preluarea controlului complet
admin-perm-full-control-hint = Folosirea mouse-ului și a tastaturii unei persoane din domeniu, cu consimțământul acesteia.
admin-perm-elevation = Elevare
admin-perm-elevation-hint = Rezervat pentru o versiune ulterioară: rulare cu privilegii ridicate pe dispozitivul persoanei.
admin-perm-read = Citirea dispozitivelor și a rapoartelor
admin-perm-read-hint = Vizualizarea inventarului de dispozitive, a sesiunilor în desfășurare și a rapoartelor de sesiune.
admin-perm-manage-users = Gestionarea utilizatorilor și a grupurilor
admin-perm-manage-users-hint = Crearea, modificarea și ștergerea utilizatorilor și grupurilor, a fotografiilor și a factorilor secundari ai acestora.
admin-perm-manage-roles = Gestionarea rolurilor
admin-perm-manage-roles-hint = Crearea și modificarea rolurilor și a atribuirilor de rol.
admin-perm-manage-devices = Gestionarea dispozitivelor
admin-perm-manage-devices-hint = Crearea tokenurilor de înscriere, retragerea și ștergerea dispozitivelor.
admin-perm-manage-settings = Gestionarea setărilor
admin-perm-manage-settings-hint = Modificarea setărilor și a domeniilor verificate ale organizației și oprirea sesiunilor în desfășurare.
admin-perm-manage-policies = Gestionarea politicilor
admin-perm-manage-policies-hint = Crearea și modificarea politicilor de acces condiționat și de conformitate.
admin-perm-read-audit = Citirea jurnalului de audit
admin-perm-read-audit-hint = Vizualizarea și exportul tuturor modificărilor și conectărilor înregistrate.
admin-perm-create-api-tokens = Crearea tokenurilor API
admin-perm-create-api-tokens-hint = Crearea de tokenuri pentru scripturi care acționează cu drepturile proprii ale deținătorului. Tokenurile expiră după 90 de zile, dacă nu se setează altfel (cel mult un an).

admin-assignments-title = Atribuiri de rol
admin-assignments-intro = Cine primește ce rol și asupra cui.
admin-assignments-empty = Încă nu există atribuiri de rol. Fără ele, doar administratorii pot ajuta pe cineva.
admin-assignment-create = Creați o atribuire
admin-assignment-create-title = Creați o atribuire de rol
admin-assignment-create-submit = Creați atribuirea
admin-assignment-created = Atribuirea { $name } a fost creată.
admin-assignment-edit-title = Editați atribuirea { $name }
admin-assignment-edit-label = Editați atribuirea { $name }
admin-assignment-saved = Atribuirea { $name } a fost salvată.
admin-assignment-name = Numele atribuirii
admin-assignment-name-hint = De exemplu, „Asistența tehnică ajută departamentul Financiar”.
admin-assignment-role = Rol
admin-assignment-members = Acordați rolul membrilor din
admin-assignment-members-hint = Asistenții: toți cei din aceste grupuri primesc rolul.
admin-assignment-no-groups = Încă nu există grupuri. Creați mai întâi grupuri.
admin-assignment-scope = Domeniu
admin-assignment-scope-hint = Persoanele și dispozitivele la care ajunge rolul.
admin-assignment-scope-groups = Persoane și dispozitive din aceste grupuri
admin-assignment-scope-groups-hint = Membrii și dispozitivele grupurilor alese.
admin-assignment-needs-members = Alegeți cel puțin un grup căruia să i se acorde rolul.
admin-assignment-needs-scope = Alegeți la ce ajunge rolul: toți utilizatorii, toate dispozitivele sau grupuri.
admin-assignment-delete-label = Ștergeți atribuirea { $name }
admin-assignment-delete-title = Ștergeți atribuirea { $name }?
admin-assignment-delete-text = Membrii grupurilor sale pierd imediat rolul acordat. Această acțiune este ireversibilă.
admin-assignment-delete-confirm = Ștergeți atribuirea
admin-assignment-deleted = Atribuirea { $name } a fost ștearsă.
admin-scope-all-users = Toți utilizatorii
admin-scope-all-users-hint = Toate persoanele din organizație.
admin-scope-all-devices = Toate dispozitivele
admin-scope-all-devices-hint = Toate dispozitivele înscrise ale organizației.

## Conditional access

admin-policies-title = Acces condiționat
admin-policies-intro = Politicile decid dacă un asistent poate folosi consola; sunt verificate la conectare și din nou la începerea unei sesiuni. Orice refuz indică numele politicii.
admin-policies-list = Politici
admin-policies-empty = Nu există politici de acces condiționat. Orice asistent care se poate conecta poate folosi consola.
admin-policy-create = Creați o politică
admin-policy-create-title = Creați o politică de acces condiționat
admin-policy-create-submit = Creați politica
admin-policy-created = Politica { $name } a fost creată.
admin-policy-edit-title = Editați politica { $name }
admin-policy-edit-label = Editați politica { $name }
admin-policy-saved = Politica { $name } a fost salvată.
admin-policy-delete-label = Ștergeți politica { $name }
admin-policy-delete-title = Ștergeți politica { $name }?
admin-policy-delete-text = Nu se mai aplică de îndată. Această acțiune este ireversibilă.
admin-policy-delete-confirm = Ștergeți politica
admin-policy-deleted = Politica { $name } a fost ștearsă.
admin-policy-name = Numele politicii
admin-policy-name-hint = Asistenții îl văd atunci când politica îi refuză, așa că explicați motivul, de exemplu „Factor secundar în afara biroului”.
admin-policy-state = Stare
admin-policy-state-enabled = Activată
admin-policy-state-enabled-hint = Politica este aplicată.
admin-policy-state-report-only = Doar raportare
admin-policy-state-report-only-hint = Politica este evaluată, iar ceea ce ar fi făcut este scris în jurnalul de audit, dar nu refuză niciodată pe nimeni. Testați mai întâi politicile noi în acest mod.
admin-policy-state-disabled = Dezactivată
admin-policy-state-disabled-hint = Politica este ignorată.
admin-policy-targets = Se aplică pentru
admin-policy-targets-hint = Asistenții la care se referă această politică.
admin-policy-all-users = Toți utilizatorii
admin-policy-users = Aceste persoane
admin-policy-groups = Membrii acestor grupuri
admin-policy-needs-targets = Alegeți pentru cine se aplică politica: toți utilizatorii, anumite persoane sau grupuri.
admin-policy-conditions = Condiții
admin-policy-conditions-hint = Politica se aplică doar atunci când sunt îndeplinite toate condițiile setate aici. Lăsați-le goale pentru a o aplica întotdeauna.
admin-policy-inside = Adresa clientului se află într-una dintre aceste rețele
admin-policy-inside-hint = Câte un interval pe linie, în notație CIDR, de exemplu 10.0.0.0/8 sau 2001:db8::/32.
admin-policy-outside = Adresa clientului nu se află în niciuna dintre aceste rețele
admin-policy-outside-hint = Pentru reguli care se aplică în afara biroului. Câte un interval pe linie.
admin-policy-network-invalid = „{ $value }” nu este un interval de rețea. Scrieți intervale precum 192.168.0.0/16.
admin-policy-second-factor = Factor secundar la conectare
admin-policy-second-factor-any = Indiferent
admin-policy-second-factor-yes = S-a folosit un factor secundar
admin-policy-second-factor-no = Nu s-a folosit niciun factor secundar
admin-policy-grant = Acțiune
admin-policy-grant-allow = Permiteți
admin-policy-grant-allow-hint = Se înregistrează în jurnalul de audit; alte politici pot totuși refuza.
admin-policy-grant-block = Blocați
admin-policy-grant-block-hint = Refuză conectarea la consolă și începerea sesiunilor.
admin-policy-grant-second-factor = Solicitați un factor secundar
admin-policy-grant-second-factor-hint = Permite doar conectările care au folosit un factor secundar.
admin-policy-lockout-warning = Aveți grijă să nu vă blocați propriul acces: o politică ce vă blochează se aplică de la următoarea conectare. Folosiți modul Doar raportare pentru a verifica mai întâi o politică.
admin-policy-when-inside = În { $networks }
admin-policy-when-outside = În afara { $networks }
admin-policy-when-second-factor = S-a folosit un factor secundar
admin-policy-when-no-second-factor = Nu s-a folosit niciun factor secundar
admin-policy-always = Întotdeauna

## Devices

admin-devices-title = Dispozitive
admin-devices-intro = Dispozitivele înscrise cu aplicația { -product-name }, cu ultimele informații raportate și dacă respectă politicile dvs. de conformitate.
admin-devices-enroll-link = Înscrieți dispozitive
admin-devices-filters = Filtrați dispozitivele
admin-devices-search = Căutați
admin-devices-search-hint = Nume gazdă, număr de serie, model sau utilizator principal.
admin-devices-platform = Sistem de operare
admin-devices-compliance = Conformitate
admin-devices-state = Înscriere
admin-devices-pages = Pagini de dispozitive
admin-devices-empty = Încă nu există dispozitive înscrise. Creați un token de înscriere pentru a le înscrie pe primele.
admin-devices-none-match = Niciun dispozitiv nu corespunde acestor filtre.
admin-devices-back = Toate dispozitivele
admin-device-remote-help = Sesiune nouă de asistență la distanță
admin-device-unnamed = Dispozitiv fără nume
admin-device-compliant = Conform
admin-device-not-compliant = Neconform
admin-device-failing-count =
    { $count ->
        [one] 1 regulă nerespectată
        [few] { $count } reguli nerespectate
       *[other] { $count } de reguli nerespectate
    }
admin-device-state-active = Înscris
admin-device-state-retired = Retras
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Niciunul raportat
admin-device-details = Detalii
admin-device-host-name = Nume gazdă
admin-device-model = Model
admin-device-serial = Număr de serie
admin-device-agent-version = Versiunea agentului
admin-device-disk = Criptarea discului
admin-device-disk-encrypted = Criptat
admin-device-disk-not-encrypted = Necriptat
admin-device-enrolled-at = Înscris la
admin-device-id = ID dispozitiv
admin-device-compliance = Conformitate
admin-device-meets-all = Acest dispozitiv respectă toate regulile politicilor dvs. de conformitate.
admin-device-failing-intro = Aceste reguli nu sunt respectate:
admin-device-policies-link = Examinați politicile de conformitate
admin-device-retire = Retrageți dispozitivul
admin-device-retire-title = Retrageți { $name }?
admin-device-retire-text = Acreditarea sa nu mai funcționează de îndată: nu se mai poate sincroniza și nu își mai poate dovedi identitatea când cineva cere ajutor pe el. Dispozitivul rămâne în listă, marcat ca retras.
admin-device-retire-confirm = Retrageți dispozitivul
admin-device-retired = Dispozitivul { $name } a fost retras.
admin-device-delete = Ștergeți dispozitivul
admin-device-delete-title = Ștergeți { $name }?
admin-device-delete-text = Dispozitivul și istoricul său sunt eliminate din inventar. Pentru a-l folosi din nou, înscrieți-l din nou. Această acțiune este ireversibilă.
admin-device-delete-confirm = Ștergeți dispozitivul

## Enrollment tokens

admin-tokens-title = Tokenuri de înscriere
admin-tokens-intro = Un dispozitiv se înscrie cu un token creat aici. Fiecare token funcționează o perioadă limitată și pentru un număr limitat de dispozitive.
admin-tokens-list = Tokenuri
admin-tokens-empty = Încă nu există tokenuri de înscriere.
admin-token-create = Creați un token
admin-token-create-title = Creați un token de înscriere
admin-token-create-submit = Creați tokenul
admin-token-created = Tokenul { $name } a fost creat.
admin-token-name = Nume
admin-token-name-hint = Unde este folosit, de exemplu „Laptopurile biroului din Berlin”.
admin-token-hours = Valabil (ore)
admin-token-hours-hint = Între 1 și 720 de ore (30 de zile).
admin-token-max-uses = Dispozitive pe care le poate înscrie
admin-token-max-uses-hint = Între 1 și 10.000.
admin-token-shown-once = Copiați acum acest token. Este afișat o singură dată; dacă se pierde, revocați-l și creați altul.
admin-token-secret = Tokenul „{ $name }”
admin-token-secret-hint = Furnizați-l aplicației { -product-name } când înscrieți un dispozitiv (assist-agent enroll). Oricine îl deține poate înscrie dispozitive în organizația dvs. până când expiră sau este revocat.
admin-token-copy-label = Copiați tokenul
admin-token-copied = Tokenul a fost copiat în clipboard.
admin-token-copy-failed = Tokenul nu a putut fi copiat. Selectați-l și copiați-l manual.
admin-token-active = Activ
admin-token-revoked = Revocat
admin-token-expired = Expirat
admin-token-used-up = Epuizat
admin-token-uses = { $uses } din { $max }
admin-token-revoke-label = Revocați tokenul { $name }
admin-token-revoke-title = Revocați tokenul { $name }?
admin-token-revoke-text = Dispozitivele nu se mai pot înscrie cu el. Dispozitivele deja înscrise cu el rămân înscrise.
admin-token-revoke-confirm = Revocați tokenul
admin-token-revoked-done = Tokenul { $name } a fost revocat.

## Compliance policies

admin-compliance-title = Politici de conformitate
admin-compliance-intro = Reguli pe care dispozitivele înscrise trebuie să le respecte. Un dispozitiv care nu respectă una dintre ele este marcat ca neconform, iar asistenții sunt avertizați înainte să ajute pe el.
admin-compliance-list = Politici
admin-compliance-empty = Nu există politici de conformitate, așa că toate dispozitivele sunt considerate conforme.
admin-compliance-create = Creați o politică
admin-compliance-create-title = Creați o politică de conformitate
admin-compliance-create-submit = Creați politica
admin-compliance-created = Politica { $name } a fost creată. Dispozitivele au fost reverificate.
admin-compliance-edit-title = Editați politica { $name }
admin-compliance-edit-label = Editați politica { $name }
admin-compliance-saved = Politica { $name } a fost salvată. Dispozitivele au fost reverificate.
admin-compliance-delete-label = Ștergeți politica { $name }
admin-compliance-delete-title = Ștergeți politica { $name }?
admin-compliance-delete-text = Regulile sale nu se mai aplică, iar dispozitivele sunt reverificate. Această acțiune este ireversibilă.
admin-compliance-delete-confirm = Ștergeți politica
admin-compliance-deleted = Politica { $name } a fost ștearsă.
admin-compliance-name = Numele politicii
admin-compliance-name-hint = Afișat lângă fiecare regulă nerespectată, de exemplu „Securitate de bază”.
admin-compliance-os-legend = Versiunea minimă a sistemului de operare
admin-compliance-os-hint = Lăsați o platformă goală pentru a accepta orice versiune.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = De exemplu, 14.2.1
admin-compliance-version-invalid = Scrieți versiunea ca numere separate prin puncte, de exemplu 14.2.1.
admin-compliance-other-legend = Alte reguli
admin-compliance-min-agent = Versiunea minimă a aplicației { -product-name }
admin-compliance-max-days = Număr maxim de zile de la ultima sincronizare
admin-compliance-max-days-hint = Între 1 și 365. Lăsați gol pentru nicio limită.
admin-compliance-disk = Solicitați criptarea discului
admin-compliance-disk-hint = Discul de sistem trebuie să fie criptat (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } sau mai recent
admin-rule-min-agent = Aplicația { $version } sau mai recentă
admin-rule-check-in =
    { $days ->
        [one] Sincronizat în ultima zi
        [few] Sincronizat în ultimele { $days } zile
       *[other] Sincronizat în ultimele { $days } de zile
    }
admin-rule-disk = Disc criptat
admin-rule-none = Nicio regulă

## Settings

admin-settings-title = Setări
admin-settings-intro = Cum funcționează asistența la distanță în organizația dvs. Fiecare modificare este înregistrată în jurnalul de audit.
admin-settings-organisation = Organizație
admin-settings-name-hint = Afișat persoanelor asistate atunci când profilul asistentului nu indică nicio companie.
admin-settings-remote-help-heading = Asistență la distanță
admin-settings-remote-help = Permiteți asistența la distanță
admin-settings-remote-help-hint = Asistenții pot începe sesiuni doar cât timp această opțiune este activată. Dezactivarea ei încheie și sesiunile în desfășurare.
admin-settings-unenrolled = Permiteți asistența pe dispozitive neînscrise
admin-settings-unenrolled-hint = Permite partajarea ecranului dintr-un browser web sau de pe un dispozitiv neînscris. Asistenții sunt totuși avertizați că dispozitivul este necunoscut.
admin-settings-chat = Chat în timpul sesiunilor
admin-settings-chat-hint = Asistenții și persoanele asistate își pot scrie mesaje. Mesajele sunt păstrate împreună cu raportul sesiunii.
admin-settings-limits = Coduri și rapoarte
admin-settings-code-lifetime = Valabilitatea codului de securitate (minute)
admin-settings-code-lifetime-hint = Cât timp rămâne valabil codul comunicat de un asistent: între { $min } și { $max } minute.
admin-settings-retention = Păstrați rapoartele de sesiune (zile)
admin-settings-retention-hint = Rapoartele mai vechi și chatul lor sunt șterse: între { $min } și { $max } zile.
admin-settings-save = Salvați setările
admin-settings-saved = Setările au fost salvate.
admin-settings-updated-at = Ultima modificare: { $time }.
admin-settings-defaults = Acestea sunt setările implicite; nu au fost modificate niciodată.

## Live sessions

admin-live-title = Sesiuni în desfășurare
admin-live-intro = Sesiunile de asistență la distanță care nu s-au încheiat. Lista se reîmprospătează la câteva secunde.
admin-live-list = Sesiuni în desfășurare
admin-live-empty = Nu există sesiuni în desfășurare.
admin-live-updated = Actualizat: { $time }
admin-live-count =
    { $count ->
        [0] Nu există sesiuni în desfășurare.
        [one] 1 sesiune în desfășurare.
        [few] { $count } sesiuni în desfășurare.
       *[other] { $count } de sesiuni în desfășurare.
    }
admin-live-not-joined = Încă nu s-a alăturat
admin-live-nobody = încă nimeni
admin-live-state-waiting = Se așteaptă codul
admin-live-state-joined = Conectată
admin-live-state-requested = Se solicită acces
admin-live-state-active = Partajare
admin-live-state-ended = Încheiată
admin-live-revoke-label = Revocați sesiunea dintre { $helper } și { $sharer }
admin-live-revoke-title = Opriți această sesiune?
admin-live-revoke-text = Sesiunea dintre { $helper } și { $sharer } se încheie imediat pentru amândoi.
admin-live-revoke-confirm = Opriți sesiunea
admin-live-revoked = Sesiunea inițiată de { $helper } a fost oprită.

## Session reports

admin-reports-title = Rapoarte de sesiune
admin-reports-intro = Toate sesiunile de asistență la distanță: cine pe cine a ajutat, pe ce dispozitiv, ce acces a fost acordat și cum s-au încheiat.
admin-reports-filters = Filtrați rapoartele de sesiune
admin-reports-export-label = Exportați în CSV rapoartele de sesiune care corespund filtrelor
admin-reports-helper = Asistent
admin-reports-sharer = Persoana asistată
admin-reports-device = Dispozitiv
admin-reports-end-reason = Mod de încheiere
admin-reports-from = Începute de la
admin-reports-to = Începute înainte de
admin-reports-pages = Pagini de rapoarte de sesiune
admin-reports-empty = Încă nu există rapoarte de sesiune.
admin-reports-none-match = Nicio sesiune nu corespunde acestor filtre.
admin-reports-back = Toate rapoartele de sesiune
admin-report-open-label = Sesiunea inițiată de { $helper } la { $time }
admin-report-title = { $helper } oferă asistență pentru { $sharer }
admin-report-title-alone = Sesiunea inițiată de { $helper }
admin-report-started = Începută: { $time }
admin-report-details = Detalii
admin-report-client = Partajat din
admin-report-joined = Alăturare
admin-report-ended = Încheiere
admin-report-id = ID sesiune
admin-report-no-device = Niciun dispozitiv
admin-report-mode-control = Control complet
admin-report-mode-view = Doar vizualizare
admin-report-mode-none = Niciunul
admin-report-transcript = Transcrierea chatului
admin-report-transcript-count =
    { $count ->
        [0] Transcrierea chatului
        [one] Transcrierea chatului (1 mesaj)
        [few] Transcrierea chatului ({ $count } mesaje)
       *[other] Transcrierea chatului ({ $count } de mesaje)
    }
admin-report-no-chat = Nu au fost scrise mesaje de chat în această sesiune.
admin-role-helper = Asistent
admin-role-sharer = Persoana asistată
admin-client-agent = Aplicația { -product-name }
admin-client-web = Browser web

admin-end-helper-left = Încheiată de asistent
admin-end-sharer-left = Încheiată de persoana asistată
admin-end-helper-disconnected = Conexiunea asistentului s-a pierdut
admin-end-sharer-disconnected = Conexiunea persoanei asistate s-a pierdut
admin-end-code-expired = Codul a expirat nefolosit
admin-end-declined-timeout = Solicitare fără răspuns
admin-end-revoked = Oprită de un administrator
admin-end-policy = Oprită de o regulă a organizației
admin-end-access-withdrawn = Oprită: acces retras

## Audit log

admin-audit-title = Jurnal de audit
admin-audit-intro = Toate modificările, conectările și evenimentele de sesiune, cele mai recente primele. Jurnalul permite doar adăugarea, iar lanțul său detectează modificările neautorizate.
admin-audit-filters = Filtrați jurnalul de audit
admin-audit-export-label = Exportați în CSV evenimentele de audit care corespund filtrelor
admin-audit-actor = Cine
admin-audit-action = Acțiune
admin-audit-action-hint = De exemplu, user.created sau settings.updated.
admin-audit-since = De la
admin-audit-until = Înainte de
admin-audit-pages = Pagini de evenimente de audit
admin-audit-empty = Jurnalul de audit este gol.
admin-audit-none-match = Niciun eveniment nu corespunde acestor filtre.
admin-audit-show-detail = Afișați detaliile
admin-actor-cli = Linia de comandă a serverului
admin-actor-setup-link = Link de configurare
admin-actor-sso = Autentificare unică
admin-actor-anonymous = Neconectat

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Începeți aici
admin-start-title = Primii pași
admin-start-intro = Trei lucruri de stabilit înainte de prima sesiune de asistență la distanță. Fiecare poate fi schimbat mai târziu.
admin-start-done = Gata
admin-start-todo = De făcut
admin-start-settings-needed = Pentru această schimbare este nevoie de permisiunea de a gestiona setările. Cereți-o unui administrator care o are.
admin-start-remote-heading = Activați asistența la distanță
admin-start-remote-off = Asistența la distanță este dezactivată, deci nimeni nu poate începe încă o sesiune.
admin-start-remote-on = Asistența la distanță este activată: asistenții pot începe sesiuni.
admin-start-remote-enable = Activați asistența la distanță
admin-start-remote-turned-on = Asistența la distanță este acum activată.
admin-start-browser-heading = Partajarea dintr-un browser web
admin-start-browser-allowed = Permisă
admin-start-browser-not-allowed = Nepermisă
admin-start-browser-explain = Un browser web nu poate dovedi pe ce computer rulează, așa că este considerat un dispozitiv neînscris. Permiterea asistenței pe dispozitive neînscrise le dă oamenilor posibilitatea să își partajeze ecranul dintr-un browser, fără să instaleze nimic. Asistentul poate atunci doar să vadă ecranul, nu să îl controleze, și este avertizat că dispozitivul este necunoscut.
admin-start-browser-off = Nepermisă acum: doar aplicația { -product-name } de pe un dispozitiv înscris poate partaja. Cine deschide pagina de partajare într-un browser și introduce un cod este refuzat.
admin-start-browser-on = Permisă acum: oamenii își pot partaja ecranul dintr-un browser sau de pe un dispozitiv neînscris.
admin-start-browser-allow = Permiteți partajarea din browser
admin-start-browser-stop = Opriți partajarea din browser
admin-start-browser-allowed-now = Partajarea dintr-un browser este acum permisă.
admin-start-browser-stopped = Partajarea dintr-un browser nu mai este permisă.
admin-start-helpers-heading = Desemnați asistenți
admin-start-helpers-none = Nimeni nu poate oferi încă asistență la distanță.
admin-start-helpers-count =
    { $count ->
        [one] { $count } persoană poate oferi asistență la distanță.
        [few] { $count } persoane pot oferi asistență la distanță.
       *[other] { $count } de persoane pot oferi asistență la distanță.
    }
admin-start-helpers-explain = Asistenții oferă asistență la distanță tuturor din organizație. Alegeți persoanele și selectați „Desemnați asistenți”: ele intră în grupul { $group }, care are rolul Help Desk Operator asupra tuturor utilizatorilor.
admin-start-helpers-pick = Persoane care devin asistenți
admin-start-helpers-nobody = Toți de aici sunt deja asistenți. Creați un utilizator pentru a adăuga pe cineva.
admin-start-helpers-roles-needed = Prima dată, desemnarea asistenților îi dă și grupului { $group } rolul său, iar pentru aceasta este nevoie de permisiunea de a gestiona roluri. Cereți-o unui administrator care o are.
admin-start-helpers-submit = Desemnați asistenți
admin-start-helpers-choose = Alegeți cel puțin o persoană.
admin-start-helpers-made =
    { $count ->
        [one] { $count } persoană este acum asistent, în grupul { $group }.
        [few] { $count } persoane sunt acum asistenți, în grupul { $group }.
       *[other] { $count } de persoane sunt acum asistenți, în grupul { $group }.
    }
admin-start-create-user = Creați un utilizator
admin-start-first-heading = Prima dvs. sesiune
admin-start-not-ready = După ce pașii de mai sus sunt gata:
admin-start-ready = Totul este pregătit pentru o primă sesiune:
admin-start-first-helper = Un asistent se conectează, deschide „{ $page }” și începe o nouă sesiune de asistență la distanță, care îi dă un cod de securitate:
admin-start-first-sharer = Persoana care are nevoie de ajutor se conectează, deschide această pagină și introduce acel cod:
admin-user-role = Rol
admin-user-role-member = Membru
admin-user-role-member-hint = Se conectează, cere ajutor și își partajează ecranul.
admin-user-role-helper = Asistent
admin-user-role-helper-hint = Oferă asistență la distanță tuturor din organizație, ca membru al grupului { $group }.
admin-user-role-administrator = Administrator
admin-user-created-helper = Utilizatorul { $name } a fost creat și poate oferi acum asistență la distanță.
