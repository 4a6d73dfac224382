# Messages of the admin console (/admin), Latvian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Administrēšanas konsole – { -product-name }
admin-page-title = { $section } – Administrēšanas konsole – { $organisation }
admin-console-name = Administrēšanas konsole
admin-back-home = Atpakaļ uz sākumlapu
admin-nav-label = Administrēšanas konsole
admin-nav-group-people = Personas
admin-nav-group-access = Piekļuve
admin-nav-group-devices = Ierīces
admin-nav-group-organisation = Organizācija
admin-nav-group-activity = Aktivitāte

admin-denied-title = Nav piekļuves – { -product-name }
admin-denied-heading = Jums nav atļaujas izmantot administrēšanas konsoli
admin-denied-text = Jūsu konts var izmantot { -product-name }, taču tam nav atļauts pārvaldīt jūsu organizāciju.
admin-denied-help = Ja jums jāpārvalda lietotāji, ierīces vai iestatījumi, lūdziet savas organizācijas administratoram piešķirt jums lomu ar šīm atļaujām.

## Shared words

admin-save = Saglabāt
admin-cancel = Atcelt
admin-done = Gatavs
admin-edit = Rediģēt
admin-delete = Dzēst
admin-remove = Noņemt
admin-revoke = Atsaukt
admin-manage = Pārvaldīt
admin-copy = Kopēt
admin-refresh = Atsvaidzināt
admin-search = Meklēt
admin-apply-filters = Lietot filtrus
admin-clear-filters = Notīrīt filtrus
admin-export-csv = Eksportēt CSV
admin-filter-any = Jebkurš
admin-filter-anyone = Jebkurš lietotājs
admin-filter-any-device = Jebkura ierīce
admin-not-set = Nav iestatīts
admin-never = Nekad
admin-no-changes = Nav ko saglabāt: neviens lauks netika mainīts.
admin-name-taken = Šis nosaukums jau tiek izmantots. Izvēlieties citu.
admin-number-range = Ievadiet veselu skaitli no { $min } līdz { $max }.
admin-error-refused = Serveris to noraidīja: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Jūs nevarat izmantot šo sadaļu: tai vajadzīga atļauja “{ $permission }” visai organizācijai (visiem lietotājiem un visām ierīcēm), bet jūsu lomas to nedod tik plaši.
admin-section-denied-ask = Lūdziet organizācijas { $organisation } administratoram piešķirt to jums visai organizācijai.
admin-choose-user = Izvēlieties personu…
admin-choose-user-first = Vispirms izvēlieties personu.
admin-choose-device = Izvēlieties ierīci…
admin-choose-device-first = Vispirms izvēlieties ierīci.
admin-choose-role = Izvēlieties lomu…
admin-no-devices-yet = Vēl nav reģistrēta neviena ierīce
admin-unknown-user = Nezināms lietotājs
admin-unknown-group = Nezināma grupa
admin-unknown-role = Nezināma loma

admin-page-previous = Iepriekšējā lapa
admin-page-next = Nākamā lapa
admin-page-number = { $page }. lapa

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = pagaidām { $duration }

## Table column headings

admin-column-name = Nosaukums
admin-column-email = E-pasts
admin-column-job-title = Amats
admin-column-company = Uzņēmums
admin-column-role = Loma
admin-column-status = Statuss
admin-column-actions = Darbības
admin-column-description = Apraksts
admin-column-members = Dalībnieki
admin-column-created = Izveidots
admin-column-permissions = Atļaujas
admin-column-member-groups = Kam piešķirta
admin-column-scope = Darbības joma
admin-column-state = Stāvoklis
admin-column-targets = Attiecas uz
admin-column-conditions = Nosacījumi
admin-column-grant = Rezultāts
admin-column-device = Ierīce
admin-column-platform = Operētājsistēma
admin-column-primary-user = Primārais lietotājs
admin-column-agent = Aģenta versija
admin-column-enrollment = Reģistrācija
admin-column-compliance = Atbilstība
admin-column-last-check-in = Pēdējā saziņa
admin-column-uses = Reģistrētās ierīces
admin-column-expires = Derīgs līdz
admin-column-rules = Noteikumi
admin-column-helper = Palīdzētājs
admin-column-sharer = Palīdzības saņēmējs
admin-column-access = Piešķirtā piekļuve
admin-column-started = Sākta
admin-column-duration = Ilgums
admin-column-outcome = Kā beidzās
admin-column-chat = Tērzēšanas ziņojumi
admin-column-time = Laiks
admin-column-actor = Kas
admin-column-action = Darbība
admin-column-target = Objekts
admin-column-detail = Detalizēta informācija

## Users

admin-users-title = Lietotāji
admin-users-intro = Jūsu organizācijas personas, kas var pierakstīties pakalpojumā { -product-name }, un viņu profili tādi, kādus tos redz cilvēki, kuriem viņi palīdz.
admin-users-search = Meklēt pēc vārda, e-pasta, amata vai uzņēmuma
admin-users-search-label = Meklēt lietotājus
admin-users-pages = Lietotāju lapas
admin-users-search-summary =
    { $count ->
        [0] Šajā lapā neviens lietotājs neatbilst vaicājumam „{ $term }”.
        [zero] Vaicājumam „{ $term }” atbilst { $count } lietotāji.
        [one] Vaicājumam „{ $term }” atbilst { $count } lietotājs.
       *[other] Vaicājumam „{ $term }” atbilst { $count } lietotāji.
    }
admin-users-none-found = Neviens lietotājs neatbilst vaicājumam „{ $term }”.
admin-users-empty = Vēl nav neviena lietotāja.
admin-user-create = Izveidot lietotāju
admin-user-create-title = Lietotāja izveide
admin-user-create-submit = Izveidot lietotāju
admin-user-created = Lietotājs { $name } ir izveidots.
admin-user-job-title = Amats (neobligāti)
admin-user-company = Uzņēmums (neobligāti)
admin-user-initial-password = Sākotnējā parole (neobligāti)
admin-user-initial-password-hint = Vismaz 12 rakstzīmes. Bez tās persona var pierakstīties tikai ar vienoto pierakstīšanos vai atkopšanas saiti.
admin-user-is-admin = Organizācijas administrators
admin-user-is-admin-hint = Administratori var darīt visu neatkarīgi no tā, kādas lomas viņiem ir piešķirtas.
admin-user-edit-title = Rediģēt lietotāju { $name }
admin-user-edit-label = Rediģēt lietotāju { $name }
admin-user-email-fixed = E-pasta adrese identificē kontu, un to šeit nevar mainīt.
admin-user-disabled = Pierakstīšanās atspējota
admin-user-disabled-hint = Atspējojot pierakstīšanos, tiek beigtas arī šīs personas sesijas un atsaukti tās API marķieri.
admin-user-new-password = Jaunā parole (neobligāti)
admin-user-new-password-hint = Atstājiet tukšu, lai paturētu pašreizējo paroli. Iestatot jaunu paroli, persona tiek izrakstīta visur.
admin-user-saved = Lietotāja { $name } izmaiņas ir saglabātas.
admin-user-status-active = Aktīvs
admin-user-status-disabled = Pierakstīšanās atspējota
admin-user-delete-label = Dzēst lietotāju { $name }
admin-user-delete-title = Vai dzēst lietotāju { $name }?
admin-user-delete-text = Konts { $email } tiks dzēsts un izrakstīts visur. Šo darbību nevar atsaukt.
admin-user-delete-confirm = Dzēst lietotāju
admin-user-deleted = Lietotājs { $name } ir dzēsts.
admin-user-picture = Profila attēls
admin-user-picture-choose = Augšupielādēt attēlu
admin-user-picture-remove = Noņemt attēlu
admin-user-picture-hint = PNG vai JPEG attēls, ne lielāks par 256 KB. Tas mainās nekavējoties; cilvēki, kuriem šī persona palīdz, to redz, pirms kopīgo savu ekrānu.
admin-user-picture-uploading = Notiek attēla augšupielāde…
admin-user-picture-updated = Lietotāja { $name } attēls ir atjaunināts.
admin-user-picture-removed = Lietotāja { $name } attēls ir noņemts.

## Groups

admin-groups-title = Grupas
admin-groups-intro = Grupās tiek apvienotas personas un ierīces. Lomu piešķires piešķir lomas grupu dalībniekiem attiecībā uz citām grupām.
admin-groups-pages = Grupu lapas
admin-groups-empty = Vēl nav nevienas grupas. Izveidojiet grupu, lai piešķirtu lomas tās dalībniekiem.
admin-groups-back = Visas grupas
admin-group-create = Izveidot grupu
admin-group-create-title = Grupas izveide
admin-group-create-submit = Izveidot grupu
admin-group-created = Grupa { $name } ir izveidota.
admin-group-name = Grupas nosaukums
admin-group-description = Apraksts (neobligāti)
admin-group-description-hint = Grupas mērķis, piemēram, „Palīdzības dienesta darbinieki Berlīnē”.
admin-group-member-count =
    { $count ->
        [0] Nav dalībnieku
        [zero] { $count } dalībnieki
        [one] { $count } dalībnieks
       *[other] { $count } dalībnieki
    }
admin-group-manage-label = Pārvaldīt grupu { $name }
admin-group-delete = Dzēst grupu
admin-group-delete-label = Dzēst grupu { $name }
admin-group-delete-title = Vai dzēst grupu { $name }?
admin-group-delete-text = Dalībnieki saglabās savus kontus, taču zaudēs to, ko lomu piešķires viņiem bija piešķīrušas ar šīs grupas starpniecību. Šo darbību nevar atsaukt.
admin-group-delete-confirm = Dzēst grupu
admin-group-deleted = Grupa { $name } ir dzēsta.
admin-group-detail-intro = Pārdēvējiet grupu un izvēlieties tās dalībniekus un ierīces.
admin-group-details = Nosaukums un apraksts
admin-group-saved = Grupa { $name } ir saglabāta.
admin-group-members = Dalībnieki
admin-group-no-members = Šajā grupā vēl nav dalībnieku.
admin-group-add-member = Pievienot dalībnieku
admin-group-add-member-label = Pievienojamā persona
admin-group-everyone-member = Visi jau ir dalībnieki
admin-group-member-added = Lietotājs { $name } ir pievienots grupai { $group }.
admin-group-member-removed = Lietotājs { $name } ir noņemts no grupas { $group }.
admin-group-remove-member-label = Noņemt lietotāju { $name } no grupas
admin-group-devices = Ierīces
admin-group-devices-intro = Lomu piešķires, kuru darbības jomā ir norādīta šī grupa, attiecas uz tajā esošajām ierīcēm.
admin-group-device-label = Ierīce
admin-group-add-device = Pievienot grupai
admin-group-remove-device-label = Noņemt ierīci { $device } no grupas
admin-group-no-devices = Šajā grupā vēl nav ierīču.
admin-group-device-added = Ierīce { $device } ir pievienota grupai { $group }.
admin-group-device-removed = Ierīce { $device } ir noņemta no grupas { $group }.

## Roles and role assignments

admin-roles-title = Lomas
admin-roles-intro = Loma ir atļauju kopa. Lomu piešķires piešķir lomu grupu dalībniekiem attiecībā uz personām un ierīcēm to darbības jomā.
admin-roles-list = Lomas
admin-roles-list-intro = Iebūvētās lomas nevar mainīt; nokopējiet kādu no tām, lai izveidotu pielāgotu lomu.
admin-roles-empty = Nav nevienas lomas.
admin-role-create = Izveidot lomu
admin-role-create-title = Lomas izveide
admin-role-create-submit = Izveidot lomu
admin-role-created = Loma { $name } ir izveidota.
admin-role-edit-title = Rediģēt lomu { $name }
admin-role-edit-label = Rediģēt lomu { $name }
admin-role-saved = Loma { $name } ir saglabāta.
admin-role-copy = Kopēt
admin-role-copy-label = Kopēt lomu { $name } kā jaunu lomu
admin-role-copy-name = { $name } (kopija)
admin-role-name = Lomas nosaukums
admin-role-description = Apraksts (neobligāti)
admin-role-built-in = Iebūvēta
admin-role-no-permissions = Nav atļauju
admin-role-delete-label = Dzēst lomu { $name }
admin-role-delete-title = Vai dzēst lomu { $name }?
admin-role-delete-text = Var dzēst tikai tās lomas, kuras netiek piešķirtas nevienā piešķirē. Šo darbību nevar atsaukt.
admin-role-delete-confirm = Dzēst lomu
admin-role-deleted = Loma { $name } ir dzēsta.

admin-perm-group-remote-help = Attālā palīdzība
admin-perm-group-reading = Lasīšana
admin-perm-group-administration = Administrēšana
admin-perm-offer = Piedāvāt attālo palīdzību
admin-perm-offer-hint = Sākt attālās palīdzības sesiju ar personu darbības jomā.
admin-perm-view-screen = Skatīt ekrānu
admin-perm-view-screen-hint = Redzēt darbības jomā esošas personas ekrānu.
admin-perm-full-control = Pārņemt pilnu kontroli
admin-perm-full-control-hint = Izmantot darbības jomā esošas personas peli un tastatūru ar tās piekrišanu.
admin-perm-elevation = Paaugstināšana
admin-perm-elevation-hint = Rezervēts kādai nākamajai versijai: palaišana ar paaugstinātām tiesībām personas ierīcē.
admin-perm-read = Lasīt ierīces un pārskatus
admin-perm-read-hint = Redzēt ierīču inventāru, aktīvās sesijas un sesiju pārskatus.
admin-perm-manage-users = Pārvaldīt lietotājus un grupas
admin-perm-manage-users-hint = Izveidot, mainīt un dzēst lietotājus un grupas, kā arī to attēlus un otros faktorus.
admin-perm-manage-roles = Pārvaldīt lomas
admin-perm-manage-roles-hint = Izveidot un mainīt lomas un lomu piešķires.
admin-perm-manage-devices = Pārvaldīt ierīces
admin-perm-manage-devices-hint = Izveidot reģistrācijas marķierus, izņemt ierīces no lietošanas un dzēst tās.
admin-perm-manage-settings = Pārvaldīt iestatījumus
admin-perm-manage-settings-hint = Mainīt organizācijas iestatījumus un verificētos domēnus, kā arī apturēt aktīvās sesijas.
admin-perm-manage-policies = Pārvaldīt politikas
admin-perm-manage-policies-hint = Izveidot un mainīt nosacījumpiekļuves un atbilstības politikas.
admin-perm-read-audit = Lasīt audita žurnālu
admin-perm-read-audit-hint = Skatīt un eksportēt visas reģistrētās izmaiņas un pierakstīšanās.
admin-perm-create-api-tokens = Izveidot API marķierus
admin-perm-create-api-tokens-hint = Izveidot marķierus skriptiem, kas darbojas ar paša turētāja tiesībām. Marķieri zaudē derīgumu pēc 90 dienām, ja nav iestatīts citādi (ne ilgāk kā gadu).

admin-assignments-title = Lomu piešķires
admin-assignments-intro = Kurš saņem kuru lomu un attiecībā uz ko.
admin-assignments-empty = Vēl nav nevienas lomu piešķires. Bez tām palīdzēt citiem var tikai administratori.
admin-assignment-create = Izveidot piešķiri
admin-assignment-create-title = Lomas piešķires izveide
admin-assignment-create-submit = Izveidot piešķiri
admin-assignment-created = Piešķire { $name } ir izveidota.
admin-assignment-edit-title = Rediģēt piešķiri { $name }
admin-assignment-edit-label = Rediģēt piešķiri { $name }
admin-assignment-saved = Piešķire { $name } ir saglabāta.
admin-assignment-name = Piešķires nosaukums
admin-assignment-name-hint = Piemēram, „Palīdzības dienests palīdz Finanšu nodaļai”.
admin-assignment-role = Loma
admin-assignment-members = Piešķirt lomu šo grupu dalībniekiem
admin-assignment-members-hint = Palīdzētāji: lomu saņem visi šo grupu dalībnieki.
admin-assignment-no-groups = Vēl nav nevienas grupas. Vispirms izveidojiet grupas.
admin-assignment-scope = Darbības joma
admin-assignment-scope-hint = Personas un ierīces, uz kurām attiecas loma.
admin-assignment-scope-groups = Personas un ierīces šajās grupās
admin-assignment-scope-groups-hint = Izvēlēto grupu dalībnieki un ierīces.
admin-assignment-needs-members = Izvēlieties vismaz vienu grupu, kurai piešķirt lomu.
admin-assignment-needs-scope = Izvēlieties, uz ko attiecas loma: visi lietotāji, visas ierīces vai grupas.
admin-assignment-delete-label = Dzēst piešķiri { $name }
admin-assignment-delete-title = Vai dzēst piešķiri { $name }?
admin-assignment-delete-text = Tās grupu dalībnieki nekavējoties zaudēs ar to piešķirto lomu. Šo darbību nevar atsaukt.
admin-assignment-delete-confirm = Dzēst piešķiri
admin-assignment-deleted = Piešķire { $name } ir dzēsta.
admin-scope-all-users = Visi lietotāji
admin-scope-all-users-hint = Katra organizācijas persona.
admin-scope-all-devices = Visas ierīces
admin-scope-all-devices-hint = Katra organizācijas reģistrētā ierīce.

## Conditional access

admin-policies-title = Nosacījumpiekļuve
admin-policies-intro = Politikas nosaka, vai palīdzētājs drīkst izmantot konsoli; tās tiek pārbaudītas pierakstīšanās brīdī un vēlreiz, sākot sesiju. Atteikumā tiek norādīta politika.
admin-policies-list = Politikas
admin-policies-empty = Nav nevienas nosacījumpiekļuves politikas. Konsoli drīkst izmantot ikviens palīdzētājs, kas var pierakstīties.
admin-policy-create = Izveidot politiku
admin-policy-create-title = Nosacījumpiekļuves politikas izveide
admin-policy-create-submit = Izveidot politiku
admin-policy-created = Politika { $name } ir izveidota.
admin-policy-edit-title = Rediģēt politiku { $name }
admin-policy-edit-label = Rediģēt politiku { $name }
admin-policy-saved = Politika { $name } ir saglabāta.
admin-policy-delete-label = Dzēst politiku { $name }
admin-policy-delete-title = Vai dzēst politiku { $name }?
admin-policy-delete-text = Tā nekavējoties vairs netiks piemērota. Šo darbību nevar atsaukt.
admin-policy-delete-confirm = Dzēst politiku
admin-policy-deleted = Politika { $name } ir dzēsta.
admin-policy-name = Politikas nosaukums
admin-policy-name-hint = Palīdzētāji to redz, kad politika viņiem atsaka, tāpēc nosaukumā norādiet iemeslu, piemēram, „Otrais faktors ārpus biroja”.
admin-policy-state = Stāvoklis
admin-policy-state-enabled = Iespējota
admin-policy-state-enabled-hint = Politika tiek piemērota.
admin-policy-state-report-only = Tikai ziņošana
admin-policy-state-report-only-hint = Politika tiek novērtēta, un tas, ko tā būtu darījusi, tiek ierakstīts audita žurnālā, taču tā nevienam neatsaka. Vispirms izmēģiniet jaunas politikas šādā veidā.
admin-policy-state-disabled = Atspējota
admin-policy-state-disabled-hint = Politika tiek ignorēta.
admin-policy-targets = Attiecas uz
admin-policy-targets-hint = Palīdzētāji, uz kuriem attiecas šī politika.
admin-policy-all-users = Visi lietotāji
admin-policy-users = Šīs personas
admin-policy-groups = Šo grupu dalībnieki
admin-policy-needs-targets = Izvēlieties, uz ko attiecas politika: visi lietotāji, personas vai grupas.
admin-policy-conditions = Nosacījumi
admin-policy-conditions-hint = Politika tiek piemērota tikai tad, ja ir izpildīti visi šeit iestatītie nosacījumi. Atstājiet tos tukšus, lai to piemērotu vienmēr.
admin-policy-inside = Klienta adrese ir kādā no šiem tīkliem
admin-policy-inside-hint = Viens diapazons katrā rindiņā CIDR pierakstā, piemēram, 10.0.0.0/8 vai 2001:db8::/32.
admin-policy-outside = Klienta adrese nav nevienā no šiem tīkliem
admin-policy-outside-hint = Noteikumiem, kas attiecas ārpus biroja. Viens diapazons katrā rindiņā.
admin-policy-network-invalid = „{ $value }” nav tīkla diapazons. Rakstiet diapazonus, piemēram, 192.168.0.0/16.
admin-policy-second-factor = Otrais faktors pierakstīšanās laikā
admin-policy-second-factor-any = Jebkurā gadījumā
admin-policy-second-factor-yes = Tika izmantots otrais faktors
admin-policy-second-factor-no = Netika izmantots otrais faktors
admin-policy-grant = Rezultāts
admin-policy-grant-allow = Atļaut
admin-policy-grant-allow-hint = Tiek ierakstīts audita žurnālā; citas politikas joprojām var atteikt.
admin-policy-grant-block = Bloķēt
admin-policy-grant-block-hint = Atteikt pierakstīšanos konsolē un sesiju sākšanu.
admin-policy-grant-second-factor = Pieprasīt otro faktoru
admin-policy-grant-second-factor-hint = Atļaut tikai tās pierakstīšanās, kurās tika izmantots otrais faktors.
admin-policy-lockout-warning = Uzmanieties, lai nebloķētu piekļuvi pats sev: politika, kas bloķē jūs, stājas spēkā no nākamās pierakstīšanās. Vispirms pārbaudiet politiku režīmā „Tikai ziņošana”.
admin-policy-when-inside = Tīklā { $networks }
admin-policy-when-outside = Ārpus tīkla { $networks }
admin-policy-when-second-factor = Izmantots otrais faktors
admin-policy-when-no-second-factor = Nav izmantots otrais faktors
admin-policy-always = Vienmēr

## Devices

admin-devices-title = Ierīces
admin-devices-intro = Ierīces, kas reģistrētas ar lietotni { -product-name }, ar to pēdējo ziņoto informāciju un norādi, vai tās atbilst jūsu atbilstības politikām.
admin-devices-enroll-link = Reģistrēt ierīces
admin-devices-filters = Filtrēt ierīces
admin-devices-search = Meklēt
admin-devices-search-hint = Resursdatora nosaukums, sērijas numurs, modelis vai primārais lietotājs.
admin-devices-platform = Operētājsistēma
admin-devices-compliance = Atbilstība
admin-devices-state = Reģistrācija
admin-devices-pages = Ierīču lapas
admin-devices-empty = Vēl nav reģistrēta neviena ierīce. Izveidojiet reģistrācijas marķieri, lai reģistrētu pirmās ierīces.
admin-devices-none-match = Šiem filtriem neatbilst neviena ierīce.
admin-devices-back = Visas ierīces
admin-device-remote-help = Jauna attālās palīdzības sesija
admin-device-unnamed = Ierīce bez nosaukuma
admin-device-compliant = Atbilstoša
admin-device-not-compliant = Neatbilstoša
admin-device-failing-count =
    { $count ->
        [zero] { $count } neizpildīti noteikumi
        [one] { $count } neizpildīts noteikums
       *[other] { $count } neizpildīti noteikumi
    }
admin-device-state-active = Reģistrēta
admin-device-state-retired = Izņemta no lietošanas
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nav ziņots
admin-device-details = Detalizēta informācija
admin-device-host-name = Resursdatora nosaukums
admin-device-model = Modelis
admin-device-serial = Sērijas numurs
admin-device-agent-version = Aģenta versija
admin-device-disk = Diska šifrēšana
admin-device-disk-encrypted = Šifrēts
admin-device-disk-not-encrypted = Nav šifrēts
admin-device-enrolled-at = Reģistrēta
admin-device-id = Ierīces ID
admin-device-compliance = Atbilstība
admin-device-meets-all = Šī ierīce atbilst visiem jūsu atbilstības politiku noteikumiem.
admin-device-failing-intro = Šie noteikumi nav izpildīti:
admin-device-policies-link = Pārskatīt atbilstības politikas
admin-device-retire = Izņemt ierīci no lietošanas
admin-device-retire-title = Vai izņemt ierīci { $name } no lietošanas?
admin-device-retire-text = Tās akreditācijas dati nekavējoties pārstās darboties: tā vairs nevarēs sazināties ar serveri vai apliecināt savu identitāti, kad kāds lūgs palīdzību šajā ierīcē. Ierīce paliks sarakstā ar atzīmi „Izņemta no lietošanas”.
admin-device-retire-confirm = Izņemt ierīci no lietošanas
admin-device-retired = Ierīce { $name } ir izņemta no lietošanas.
admin-device-delete = Dzēst ierīci
admin-device-delete-title = Vai dzēst ierīci { $name }?
admin-device-delete-text = Ierīce un tās vēsture tiks noņemta no inventāra. Lai to izmantotu vēlreiz, reģistrējiet to no jauna. Šo darbību nevar atsaukt.
admin-device-delete-confirm = Dzēst ierīci

## Enrollment tokens

admin-tokens-title = Reģistrācijas marķieri
admin-tokens-intro = Ierīce tiek reģistrēta ar marķieri, ko izveidojat šeit. Katrs marķieris darbojas ierobežotu laiku un ierobežotam ierīču skaitam.
admin-tokens-list = Marķieri
admin-tokens-empty = Vēl nav neviena reģistrācijas marķiera.
admin-token-create = Izveidot marķieri
admin-token-create-title = Reģistrācijas marķiera izveide
admin-token-create-submit = Izveidot marķieri
admin-token-created = Marķieris { $name } ir izveidots.
admin-token-name = Nosaukums
admin-token-name-hint = Kur tas tiek izmantots, piemēram, „Berlīnes biroja klēpjdatori”.
admin-token-hours = Derīgs (stundas)
admin-token-hours-hint = No 1 līdz 720 stundām (30 dienas).
admin-token-max-uses = Cik ierīces var reģistrēt
admin-token-max-uses-hint = No 1 līdz 10 000.
admin-token-shown-once = Nokopējiet šo marķieri tūlīt. Tas tiek parādīts tikai vienu reizi; ja tas tiek pazaudēts, atsauciet to un izveidojiet citu.
admin-token-secret = Marķieris „{ $name }”
admin-token-secret-hint = Norādiet to lietotnei { -product-name }, kad reģistrējat ierīci (assist-agent enroll). Ikviens, kam tas ir, var reģistrēt ierīces jūsu organizācijā, līdz beidzas tā derīguma termiņš vai tas tiek atsaukts.
admin-token-copy-label = Kopēt marķieri
admin-token-copied = Marķieris ir nokopēts starpliktuvē.
admin-token-copy-failed = Marķieri nevarēja nokopēt. Atlasiet to un nokopējiet pats.
admin-token-active = Aktīvs
admin-token-revoked = Atsaukts
admin-token-expired = Beidzies derīguma termiņš
admin-token-used-up = Izlietots
admin-token-uses = { $uses } no { $max }
admin-token-revoke-label = Atsaukt marķieri { $name }
admin-token-revoke-title = Vai atsaukt marķieri { $name }?
admin-token-revoke-text = Ar to vairs nevarēs reģistrēt ierīces. Ierīces, kas ar to jau reģistrētas, paliks reģistrētas.
admin-token-revoke-confirm = Atsaukt marķieri
admin-token-revoked-done = Marķieris { $name } ir atsaukts.

## Compliance policies

admin-compliance-title = Atbilstības politikas
admin-compliance-intro = Noteikumi, kuriem jāatbilst reģistrētajām ierīcēm. Ierīce, kas neatbilst kādam no tiem, tiek atzīmēta kā neatbilstoša, un palīdzētāji tiek brīdināti, pirms palīdz šajā ierīcē.
admin-compliance-list = Politikas
admin-compliance-empty = Nav nevienas atbilstības politikas, tāpēc visas ierīces tiek uzskatītas par atbilstošām.
admin-compliance-create = Izveidot politiku
admin-compliance-create-title = Atbilstības politikas izveide
admin-compliance-create-submit = Izveidot politiku
admin-compliance-created = Politika { $name } ir izveidota. Ierīces tika pārbaudītas vēlreiz.
admin-compliance-edit-title = Rediģēt politiku { $name }
admin-compliance-edit-label = Rediģēt politiku { $name }
admin-compliance-saved = Politika { $name } ir saglabāta. Ierīces tika pārbaudītas vēlreiz.
admin-compliance-delete-label = Dzēst politiku { $name }
admin-compliance-delete-title = Vai dzēst politiku { $name }?
admin-compliance-delete-text = Tās noteikumi vairs netiks piemēroti, un ierīces tiks pārbaudītas vēlreiz. Šo darbību nevar atsaukt.
admin-compliance-delete-confirm = Dzēst politiku
admin-compliance-deleted = Politika { $name } ir dzēsta.
admin-compliance-name = Politikas nosaukums
admin-compliance-name-hint = Tiek rādīts pie katra neizpildītā noteikuma, piemēram, „Drošības pamatprasības”.
admin-compliance-os-legend = Minimālā operētājsistēmas versija
admin-compliance-os-hint = Atstājiet platformu tukšu, lai pieņemtu jebkuru versiju.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Piemēram, 14.2.1
admin-compliance-version-invalid = Rakstiet versiju kā ar punktiem atdalītus skaitļus, piemēram, 14.2.1.
admin-compliance-other-legend = Citi noteikumi
admin-compliance-min-agent = Minimālā lietotnes { -product-name } versija
admin-compliance-max-days = Maksimālais dienu skaits kopš pēdējās saziņas
admin-compliance-max-days-hint = No 1 līdz 365. Atstājiet tukšu, ja ierobežojuma nav.
admin-compliance-disk = Pieprasīt diska šifrēšanu
admin-compliance-disk-hint = Sistēmas diskam jābūt šifrētam (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } vai jaunāka versija
admin-rule-min-agent = Lietotne { $version } vai jaunāka versija
admin-rule-check-in =
    { $days ->
        [1] Saziņa pēdējās dienas laikā
        [one] Saziņa pēdējās { $days } dienas laikā
       *[other] Saziņa pēdējo { $days } dienu laikā
    }
admin-rule-disk = Disks šifrēts
admin-rule-none = Nav noteikumu

## Settings

admin-settings-title = Iestatījumi
admin-settings-intro = Kā attālā palīdzība darbojas jūsu organizācijā. Katra izmaiņa tiek ierakstīta audita žurnālā.
admin-settings-organisation = Organizācija
admin-settings-name-hint = Tiek rādīts cilvēkiem, kuriem palīdzat, ja palīdzētāja profilā nav norādīts uzņēmums.
admin-settings-remote-help-heading = Attālā palīdzība
admin-settings-remote-help = Atļaut attālo palīdzību
admin-settings-remote-help-hint = Palīdzētāji var sākt sesijas tikai tad, kad šis iestatījums ir ieslēgts. Izslēdzot to, tiek beigtas arī notiekošās sesijas.
admin-settings-unenrolled = Atļaut palīdzību nereģistrētās ierīcēs
admin-settings-unenrolled-hint = Ļauj kopīgot ekrānu no tīmekļa pārlūkprogrammas vai nereģistrētas ierīces. Palīdzētāji joprojām tiek brīdināti, ka ierīce nav zināma.
admin-settings-chat = Tērzēšana sesiju laikā
admin-settings-chat-hint = Palīdzētāji un palīdzības saņēmēji var sarakstīties. Ziņojumi tiek glabāti kopā ar sesijas pārskatu.
admin-settings-limits = Kodi un pārskati
admin-settings-code-lifetime = Drošības koda derīgums (minūtes)
admin-settings-code-lifetime-hint = Cik ilgi ir derīgs kods, ko palīdzētājs nolasa: no { $min } līdz { $max } minūtēm.
admin-settings-retention = Sesiju pārskatu glabāšana (dienas)
admin-settings-retention-hint = Vecāki pārskati un to tērzēšana tiek dzēsti: no { $min } līdz { $max } dienām.
admin-settings-save = Saglabāt iestatījumus
admin-settings-saved = Iestatījumi ir saglabāti.
admin-settings-updated-at = Pēdējoreiz mainīts: { $time }.
admin-settings-defaults = Šie ir noklusējuma iestatījumi; tie nekad nav mainīti.

## Live sessions

admin-live-title = Aktīvās sesijas
admin-live-intro = Attālās palīdzības sesijas, kas vēl nav beigušās. Saraksts tiek atsvaidzināts ik pēc dažām sekundēm.
admin-live-list = Notiekošās sesijas
admin-live-empty = Nenotiek neviena sesija.
admin-live-updated = Atjaunināts: { $time }
admin-live-count =
    { $count ->
        [0] Nenotiek neviena sesija.
        [zero] Notiek { $count } sesijas.
        [one] Notiek { $count } sesija.
       *[other] Notiek { $count } sesijas.
    }
admin-live-not-joined = Vēl nav pievienojies
admin-live-nobody = vēl neviens
admin-live-state-waiting = Gaida kodu
admin-live-state-joined = Pievienojies
admin-live-state-requested = Pieprasa piekļuvi
admin-live-state-active = Kopīgo
admin-live-state-ended = Beigusies
admin-live-revoke-label = Atsaukt sesiju: { $helper } un { $sharer }
admin-live-revoke-title = Vai apturēt šo sesiju?
admin-live-revoke-text = Sesija starp { $helper } un { $sharer } nekavējoties beigsies abiem.
admin-live-revoke-confirm = Apturēt sesiju
admin-live-revoked = Lietotāja { $helper } sesija ir apturēta.

## Session reports

admin-reports-title = Sesiju pārskati
admin-reports-intro = Visas attālās palīdzības sesijas: kas kam palīdzēja, kurā ierīcē, kāda piekļuve tika piešķirta un kā sesija beidzās.
admin-reports-filters = Filtrēt sesiju pārskatus
admin-reports-export-label = Eksportēt filtriem atbilstošos sesiju pārskatus CSV formātā
admin-reports-helper = Palīdzētājs
admin-reports-sharer = Palīdzības saņēmējs
admin-reports-device = Ierīce
admin-reports-end-reason = Kā beidzās
admin-reports-from = Sākta no
admin-reports-to = Sākta pirms
admin-reports-pages = Sesiju pārskatu lapas
admin-reports-empty = Vēl nav neviena sesijas pārskata.
admin-reports-none-match = Šiem filtriem neatbilst neviena sesija.
admin-reports-back = Visi sesiju pārskati
admin-report-open-label = Lietotāja { $helper } sesija, sākta { $time }
admin-report-title = { $helper } palīdz lietotājam { $sharer }
admin-report-title-alone = Lietotāja { $helper } sesija
admin-report-started = Sākta: { $time }
admin-report-details = Detalizēta informācija
admin-report-client = Kopīgots no
admin-report-joined = Pievienojās
admin-report-ended = Beidzās
admin-report-id = Sesijas ID
admin-report-no-device = Nav ierīces
admin-report-mode-control = Pilna kontrole
admin-report-mode-view = Tikai skatīšana
admin-report-mode-none = Nav
admin-report-transcript = Tērzēšanas ieraksts
admin-report-transcript-count =
    { $count ->
        [0] Tērzēšanas ieraksts
        [zero] Tērzēšanas ieraksts ({ $count } ziņojumi)
        [one] Tērzēšanas ieraksts ({ $count } ziņojums)
       *[other] Tērzēšanas ieraksts ({ $count } ziņojumi)
    }
admin-report-no-chat = Šajā sesijā netika rakstīts neviens tērzēšanas ziņojums.
admin-role-helper = Palīdzētājs
admin-role-sharer = Palīdzības saņēmējs
admin-client-agent = Lietotne { -product-name }
admin-client-web = Tīmekļa pārlūkprogramma

admin-end-helper-left = Beidza palīdzētājs
admin-end-sharer-left = Beidza palīdzības saņēmējs
admin-end-helper-disconnected = Zaudēts palīdzētāja savienojums
admin-end-sharer-disconnected = Zaudēts palīdzības saņēmēja savienojums
admin-end-code-expired = Kods beidzās neizmantots
admin-end-declined-timeout = Pieprasījums netika atbildēts
admin-end-revoked = Apturēja administrators
admin-end-policy = Apturēta saskaņā ar organizācijas noteikumu
admin-end-access-withdrawn = Apturēta: piekļuve atsaukta

## Audit log

admin-audit-title = Audita žurnāls
admin-audit-intro = Visas izmaiņas, pierakstīšanās un sesiju notikumi, jaunākie vispirms. Žurnālu var tikai papildināt, un tā ķēde atklāj viltojumus.
admin-audit-filters = Filtrēt audita žurnālu
admin-audit-export-label = Eksportēt filtriem atbilstošos audita notikumus CSV formātā
admin-audit-actor = Kas
admin-audit-action = Darbība
admin-audit-action-hint = Piemēram, user.created vai settings.updated.
admin-audit-since = No
admin-audit-until = Pirms
admin-audit-pages = Audita notikumu lapas
admin-audit-empty = Audita žurnāls ir tukšs.
admin-audit-none-match = Šiem filtriem neatbilst neviens notikums.
admin-audit-show-detail = Rādīt detalizētu informāciju
admin-actor-cli = Servera komandrinda
admin-actor-setup-link = Iestatīšanas saite
admin-actor-sso = Vienotā pierakstīšanās
admin-actor-anonymous = Nav pierakstījies

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Sāciet šeit
admin-start-title = Darba sākšana
admin-start-intro = Trīs lietas, kas jānokārto pirms pirmās attālās palīdzības sesijas. Katru no tām var mainīt vēlāk.
admin-start-done = Paveikts
admin-start-todo = Jāpaveic
admin-start-settings-needed = Šim nolūkam vajadzīga atļauja pārvaldīt iestatījumus. Palūdziet administratoru, kuram tā ir.
admin-start-remote-heading = Ieslēdziet attālo palīdzību
admin-start-remote-off = Attālā palīdzība ir izslēgta, tāpēc vēl neviens nevar sākt sesiju.
admin-start-remote-on = Attālā palīdzība ir ieslēgta: palīdzētāji var sākt sesijas.
admin-start-remote-enable = Ieslēgt attālo palīdzību
admin-start-remote-turned-on = Attālā palīdzība tagad ir ieslēgta.
admin-start-browser-heading = Kopīgošana no tīmekļa pārlūka
admin-start-browser-allowed = Atļauta
admin-start-browser-not-allowed = Nav atļauta
admin-start-browser-explain = Tīmekļa pārlūks nevar pierādīt, kurā datorā tas darbojas, tāpēc to uzskata par nereģistrētu ierīci. Ja palīdzība nereģistrētās ierīcēs ir atļauta, cilvēki var kopīgot ekrānu no pārlūka, neko neinstalējot. Palīdzētājs tad var ekrānu tikai redzēt, nevis vadīt, un tiek brīdināts, ka ierīce ir nezināma.
admin-start-browser-off = Pašlaik nav atļauta: kopīgot var tikai lietotne { -product-name } reģistrētā ierīcē. Kas atver kopīgošanas lapu pārlūkā un ievada kodu, tiek noraidīts.
admin-start-browser-on = Pašlaik atļauta: cilvēki var kopīgot ekrānu no pārlūka vai no nereģistrētas ierīces.
admin-start-browser-allow = Atļaut kopīgošanu no pārlūka
admin-start-browser-stop = Pārtraukt kopīgošanu no pārlūka
admin-start-browser-allowed-now = Kopīgošana no pārlūka tagad ir atļauta.
admin-start-browser-stopped = Kopīgošana no pārlūka vairs nav atļauta.
admin-start-helpers-heading = Norīkot palīdzētājus
admin-start-helpers-none = Vēl neviens nevar piedāvāt attālo palīdzību.
admin-start-helpers-count =
    { $count ->
        [zero] { $count } personu var piedāvāt attālo palīdzību.
        [one] { $count } persona var piedāvāt attālo palīdzību.
       *[other] { $count } personas var piedāvāt attālo palīdzību.
    }
admin-start-helpers-explain = Palīdzētāji piedāvā attālo palīdzību visiem organizācijā. Izvēlieties cilvēkus un noklikšķiniet uz “Norīkot palīdzētājus”: viņi pievienosies grupai { $group }, kurai ir loma Help Desk Operator pār visiem lietotājiem.
admin-start-helpers-pick = Cilvēki, kas kļūs par palīdzētājiem
admin-start-helpers-nobody = Visi šeit jau ir palīdzētāji. Lai kādu pievienotu, izveidojiet lietotāju.
admin-start-helpers-roles-needed = Pirmajā reizē, norīkojot palīdzētājus, arī grupai { $group } tiek piešķirta tās loma, un tam vajadzīga atļauja pārvaldīt lomas. Palūdziet administratoru, kuram tā ir.
admin-start-helpers-submit = Norīkot palīdzētājus
admin-start-helpers-choose = Izvēlieties vismaz vienu personu.
admin-start-helpers-made =
    { $count ->
        [zero] { $count } personu tagad ir palīdzētāji grupā { $group }.
        [one] { $count } persona tagad ir palīdzētājs grupā { $group }.
       *[other] { $count } personas tagad ir palīdzētāji grupā { $group }.
    }
admin-start-create-user = Izveidot lietotāju
admin-start-first-heading = Jūsu pirmā sesija
admin-start-not-ready = Kad iepriekš minētās darbības ir paveiktas:
admin-start-ready = Viss ir gatavs pirmajai sesijai:
admin-start-first-helper = Palīdzētājs pierakstās, atver “{ $page }” un sāk jaunu attālās palīdzības sesiju, kas viņam dod drošības kodu:
admin-start-first-sharer = Persona, kurai vajadzīga palīdzība, pierakstās, atver šo lapu un ievada šo kodu:
admin-user-role = Loma
admin-user-role-member = Dalībnieks
admin-user-role-member-hint = Pierakstās, lūdz palīdzību un kopīgo savu ekrānu.
admin-user-role-helper = Palīdzētājs
admin-user-role-helper-hint = Piedāvā attālo palīdzību visiem organizācijā kā grupas { $group } dalībnieks.
admin-user-role-administrator = Administrators
admin-user-created-helper = Lietotājs { $name } ir izveidots un tagad var piedāvāt attālo palīdzību.
