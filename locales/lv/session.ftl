# Messages of the remote help pages (Latvian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Beigt sesiju
session-ended-heading = Sesija ir beigusies
session-reconnecting = Savienojums tika pārtraukts. Notiek atkārtota savienojuma izveide…
session-replaced = Šī sesija tika atvērta citā logā, tāpēc šajā logā tā tika apturēta.
session-connection-closed = Savienojums ar serveri tika slēgts.
go-home = Atpakaļ uz sākumlapu

## The trust card: who is on the other side

trust-helper-heading = Jūsu palīdzētājs
trust-sharer-heading = Persona, kurai palīdzat
trust-job-title = Amats
trust-company = Uzņēmums
trust-domain = Organizācijas domēns
trust-domain-verified = Verificēts
trust-domain-unverified = Nav verificēts
trust-not-set = Nav norādīts

## The device the helper is about to help with

device-heading = Ierīce
device-name = Nosaukums
device-system = Operētājsistēma
device-compliance = Atbilstība
device-compliant = Atbilstoša
device-not-compliant = Neatbilstoša
device-web-browser = Persona pievienojās no tīmekļa pārlūkprogrammas, tāpēc ierīci nevar identificēt.
device-none = Nav informācijas par ierīci.
warning-device-not-enrolled = Šī ierīce nav reģistrēta jūsu organizācijā.
warning-device-not-enrolled-detail = Tās identitāte un drošības stāvoklis nav zināmi. Ievērojiet piesardzību, kad tajā kaut ko atverat vai ievadāt.
warning-device-not-compliant = Šī ierīce neatbilst jūsu organizācijas atbilstības politikām:

## Chat

chat-heading = Tērzēšana
chat-list-label = Ziņojumi
chat-input-label = Ziņojums
chat-placeholder = Rakstiet ziņojumu…
chat-send = Sūtīt
chat-you = Jūs
chat-role-helper = Palīdzētājs
chat-role-sharer = Palīdzības saņēmējs
chat-sending = Notiek sūtīšana…
chat-too-long =
    { $max ->
        [zero] Ziņojumā var būt ne vairāk kā { $max } rakstzīmes.
        [one] Ziņojumā var būt ne vairāk kā { $max } rakstzīme.
       *[other] Ziņojumā var būt ne vairāk kā { $max } rakstzīmes.
    }

## Helper console

helper-page-title = Attālā palīdzība – Assist
helper-page-title-org = Attālā palīdzība – { $organisation }
helper-start-heading = Sākt attālās palīdzības sesiju
helper-start-intro = Jūs saņemsiet 8 ciparu drošības kodu. Pasakiet to personai, kurai palīdzat; tā ievadīs kodu, lai izveidotu savienojumu.
helper-device-label = Ierīce (neobligāti)
helper-device-none = Nav konkrētas ierīces
helper-device-hint = Ja zināt personas ierīci, izvēlieties to: tad sesija darbosies tikai šajā ierīcē, un jūs redzēsiet tās atbilstību.
helper-start-button = Jauna attālās palīdzības sesija
helper-start-another = Sākt citu sesiju
helper-session-heading = Attālās palīdzības sesija
helper-code-heading = Drošības kods
helper-code-copy = Kopēt kodu
helper-code-copied = Kods ir nokopēts.
helper-code-copy-failed = Kodu nevarēja nokopēt. Lūdzu, nolasiet to priekšā.
helper-code-expires-in = Derīguma termiņš beigsies pēc { $time }
helper-code-expired = Koda derīguma termiņš ir beidzies.
helper-code-one-minute = Drošības koda derīguma termiņš beigsies pēc vienas minūtes.
helper-code-instructions = Palūdziet personai atvērt { $address }, pierakstīties un ievadīt šo kodu.
helper-code-not-shown-again = Drošības kods tiek parādīts tikai vienu reizi. Ja persona vēl nav pievienojusies, beidziet šo sesiju un sāciet jaunu.
helper-status-waiting = Gaida, kamēr persona ievadīs kodu…
helper-status-joined = { $name } pievienojās. Kad viss ir gatavs, palūdziet atļauju redzēt ekrānu.
helper-status-asked-view = Gaida, kamēr { $name } atļaus jums redzēt savu ekrānu…
helper-status-asked-control = Gaida, kamēr { $name } atļaus pilnu kontroli…
helper-status-connecting = Notiek savienojuma izveide ar lietotāja { $name } ekrānu…
helper-status-viewing = Jūs redzat lietotāja { $name } ekrānu.
helper-sharer-joined = { $name } pievienojās sesijai.
helper-request-declined = { $name } noraidīja jūsu pieprasījumu.
helper-granted-view = { $name } atļāva jums redzēt savu ekrānu.
helper-granted-control = { $name } atļāva pilnu kontroli.
helper-granted-view-only = { $name } atļāva tikai skatīšanu.
helper-escalation-declined = { $name } paturēja tikai skatīšanu.
helper-control-taken-back = { $name } atņēma kontroli. Jūs joprojām redzat ekrānu.
helper-control-paused = { $name } apturēja jūsu kontroli.
helper-control-resumed = { $name } atkal piešķīra jums kontroli.
helper-connection-failed = Nevarēja izveidot savienojumu ar ekrānu. Pārbaudiet tīklu vai beidziet sesiju un mēģiniet vēlreiz.
helper-mode-heading = Kas jums nepieciešams?
helper-mode-hint = Pieprasiet tikai skatīšanu, lai vērotu, vai pilnu kontroli, lai izmantotu personas peli un tastatūru. Lēmumu pieņem persona.
helper-mode-web-hint = Persona izmanto tīmekļa pārlūkprogrammu, kas var kopīgot ekrānu tikai skatīšanai. Pilnai kontrolei personas ierīcē ir nepieciešama lietotne Assist.
helper-escalate-hint = Varat pieprasīt pilnu kontroli; persona lems vēlreiz.
helper-request-view = Pieprasīt tikai skatīšanu
helper-request-control = Pieprasīt pilnu kontroli

## The remote screen in the helper console

viewer-heading = Lietotāja { $name } ekrāns
viewer-stage-label = Lietotāja { $name } attālais ekrāns
viewer-toolbar-label = Ekrāna skats
viewer-fit = Ietilpināt logā
viewer-actual-size = Faktiskais lielums
viewer-full-screen = Pilnekrāna režīms
viewer-monitor-label = Monitors
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Tikai skatīšana
viewer-mode-control = Pilna kontrole
viewer-mode-paused = Kontrole apturēta
viewer-role-view = attālais ekrāns, tikai skatīšana
viewer-role-control = attālais ekrāns, jūsu pele un tastatūra darbojas otrā datorā
viewer-hint-view = Jūs redzat ekrānu, bet nevarat to izmantot.
viewer-hint-control = Noklikšķiniet uz ekrāna, lai to izmantotu. Kamēr tas ir fokusā, katrs taustiņš, arī īsinājumtaustiņi, tiek nosūtīts uz otru datoru. Lai atgrieztos rīkjoslā, nospiediet Ctrl+Alt+Home.

## Sharer web app

share-page-title = Saņemt palīdzību – Assist
share-page-title-org = Saņemt palīdzību – { $organisation }
share-join-heading = Saņemt palīdzību
share-join-intro = Ievadiet drošības kodu, ko jums iedeva palīdzētājs. Pirms palīdzētājs var kaut ko redzēt, jūs redzēsiet, kas viņš ir.
share-code-label = Drošības kods
share-code-hint = 8 cipari, piemēram, 1234 5678.
share-code-invalid-format = Ievadiet drošības koda 8 ciparus.
share-join-button = Turpināt
share-join-another = Ievadīt citu kodu
share-session-heading = Attālā palīdzība
share-status-joined = Izveidots savienojums ar lietotāju { $name }. Šī persona lūgs atļauju redzēt jūsu ekrānu.
share-status-asked = { $name } gaida jūsu atbildi.
share-status-sharing = Jūs kopīgojat savu ekrānu ar lietotāju { $name }.
share-request-view-heading = { $name } lūdz atļauju redzēt jūsu ekrānu
share-request-view-text = { $name } redzēs visu izvēlētajā ekrānā, bet nevarēs izmantot jūsu peli vai tastatūru. Jūs varat to pārtraukt jebkurā brīdī.
share-request-control-heading = { $name } lūdz pilnu kontroli
share-request-control-text = Ar pilnu kontroli { $name } varētu izmantot jūsu peli un tastatūru.
share-control-needs-app = Pilnai kontrolei šajā ierīcē ir nepieciešama lietotne Assist. Pārlūkprogrammā ekrānu var kopīgot tikai skatīšanai.
share-allow = Atļaut
share-allow-view-only = Atļaut tikai skatīšanu
share-decline = Noraidīt
share-keep-view-only = Paturēt tikai skatīšanu
share-picker-cancelled = Netika izvēlēts neviens ekrāns, tāpēc nekas netiek kopīgots. Vēlreiz izvēlieties „Atļaut”, lai izvēlētos ekrānu, vai „Noraidīt”.
share-capture-failed = Šī pārlūkprogramma nevarēja kopīgot ekrānu. Lūdzu, izmēģiniet citu pārlūkprogrammu vai noraidiet.
share-reshare-heading = Jūsu ekrāns vairs netiek kopīgots
share-reshare-text = Lapa tika pārlādēta, tāpēc { $name } vairs neredz jūsu ekrānu. Kopīgojiet to vēlreiz vai beidziet sesiju.
share-reshare-button = Vēlreiz kopīgot ekrānu
share-bar-label = Ekrāna kopīgošana
share-bar-text = Jūs kopīgojat savu ekrānu ar lietotāju { $name }
share-stop = Pārtraukt kopīgošanu
share-connection-failed = Jūsu ekrānu nevarēja nosūtīt. Pārbaudiet tīklu vai beidziet sesiju un mēģiniet vēlreiz.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Jūs beidzāt sesiju.
ended-helper-sharer-left = { $name } beidza sesiju.
ended-helper-helper-disconnected = Jūsu savienojums bija pārtraukts pārāk ilgi, tāpēc sesija beidzās.
ended-helper-sharer-disconnected = Savienojums ar lietotāju { $name } tika zaudēts un netika atjaunots, tāpēc sesija beidzās.
ended-helper-code-expired = Neviens neievadīja kodu, pirms beidzās tā derīguma termiņš.
ended-helper-declined-timeout = { $name } laikus neatbildēja uz jūsu pieprasījumu.
ended-helper-revoked = Administrators beidza šo sesiju.
ended-helper-policy = Sesija beidzās, jo jūsu organizācijā tika izslēgta attālā palīdzība.
ended-helper-access-withdrawn = Sesija beidzās, jo mainījās jūsu piekļuve: jūsu konts, pierakstīšanās vai attālās palīdzības loma vairs neatļauj šo sesiju.
ended-helper-other = Sesija beidzās.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } beidza sesiju.
ended-sharer-sharer-left = Jūs beidzāt sesiju. Nekas vairs netiek kopīgots.
ended-sharer-helper-disconnected = Savienojums ar lietotāju { $name } tika zaudēts un netika atjaunots, tāpēc sesija beidzās.
ended-sharer-sharer-disconnected = Jūsu savienojums bija pārtraukts pārāk ilgi, tāpēc sesija beidzās.
ended-sharer-code-expired = Koda derīguma termiņš beidzās.
ended-sharer-declined-timeout = Jūs laikus neatbildējāt, tāpēc sesija beidzās. Nekas netika kopīgots.
ended-sharer-revoked = Administrators beidza šo sesiju.
ended-sharer-policy = Sesija beidzās, jo jūsu organizācijā tika izslēgta attālā palīdzība.
ended-sharer-access-withdrawn = Sesija beidzās, jo { $name } vairs nedrīkst jums palīdzēt, vai arī mainījās jūsu piekļuve. Nekas vairs netiek kopīgots.
ended-sharer-other = Sesija beidzās.

## Refusals from the server

error-remote-help-disabled = Jūsu organizācijā attālā palīdzība ir izslēgta. Administrators to var ieslēgt.
error-code-invalid = Šis kods nav derīgs. Pārbaudiet ciparus un mēģiniet vēlreiz.
error-code-expired = Šī koda derīguma termiņš ir beidzies. Lūdziet palīdzētājam jaunu kodu.
error-code-used = Šis kods jau ir izmantots. Lūdziet palīdzētājam jaunu kodu.
error-unenrolled-device = Jūsu organizācija atļauj palīdzību tikai reģistrētās ierīcēs. Instalējiet šajā ierīcē lietotni Assist vai sazinieties ar administratoru.
error-wrong-device = Šī sesija tika sākta citai ierīcei. Lūdziet palīdzētājam kodu šai ierīcei.
error-chat-disabled = Jūsu organizācijā tērzēšana ir izslēgta.
error-invalid-transition = Šajā sesijas posmā tas nav iespējams.
error-session-ended = Šī sesija jau ir beigusies.
error-control-needs-agent = Pilnai kontrolei otras personas ierīcē ir nepieciešama lietotne Assist.
error-session-not-found = Šī sesija nepastāv, vai jūs tajā nepiedalāties.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Jūsu konts nedrīkst piedāvāt attālo palīdzību: tam vajadzīgas atļaujas “Piedāvāt attālo palīdzību” un “Skatīt ekrānu”. Lūdziet savas organizācijas administratoram padarīt jūs par palīgu.
error-browser-sharing-not-allowed = Jūsu organizācija neļauj kopīgot ekrānu no tīmekļa pārlūka. Instalējiet šajā ierīcē lietotni Assist un ievadiet kodu tajā vai vērsieties atbalsta dienestā.
error-sharer-out-of-scope = Šis palīgs nedrīkst jums palīdzēt: viņa loma neaptver jūs vai šo ierīci. Jautājiet atbalsta dienestam, kas var jums palīdzēt.
error-own-session = Šo sesiju sākāt jūs pats. Iedodiet kodu personai, kurai palīdzat; tā to ievada, lai izveidotu savienojumu.
error-helper-unavailable = Palīgs, kurš jums iedeva šo kodu, vairs nevar palīdzēt. Lūdziet atbalsta dienestam kādu citu.
error-device-in-other-organisation = Šī ierīce ir reģistrēta citā organizācijā. Vērsieties pie administratora.
error-device-out-of-scope = Šī ierīce ir ārpus jūsu lomas: jūs nedrīkstat tajā palīdzēt. Izvēlieties citu ierīci vai nevienu.
error-chat-empty = Pirms sūtīšanas uzrakstiet ziņojumu.
error-chat-too-long = Šis ziņojums ir pārāk garš. Saīsiniet to un nosūtiet vēlreiz.
error-chat-invalid-characters = Šajā ziņojumā ir neredzamas vadības rakstzīmes, kuras nevar nosūtīt. Noņemiet tās un mēģiniet vēlreiz.
helper-permission-heading = Jūs vēl nevarat piedāvāt attālo palīdzību
helper-permission-text = Attālās palīdzības piedāvāšanai vajadzīgas atļaujas “Piedāvāt attālo palīdzību” un “Skatīt ekrānu”, kuru jūsu kontam nav.
helper-ask-admin = Lūdziet organizācijas { $organisation } administratoram to mainīt.
helper-disabled-heading = Attālā palīdzība ir izslēgta
helper-disabled-text = Jūsu organizācija nav ieslēgusi attālo palīdzību, tāpēc sesiju vēl nevar sākt.
helper-open-settings = Atvērt organizācijas iestatījumus
helper-browser-note = Jūsu organizācija neļauj kopīgot no tīmekļa pārlūka: personai, kurai palīdzat, vajadzīga lietotne Assist reģistrētā ierīcē.
helper-join-refused-heading = Kāds mēģināja pievienoties ar šo kodu
helper-join-refused-browser-sharing-not-allowed = Persona izmantoja tīmekļa pārlūku, bet jūsu organizācija neļauj kopīgot no pārlūka. Lūdziet ievadīt to pašu kodu lietotnē Assist: tas joprojām ir derīgs.
helper-join-refused-unenrolled-device = Personas ierīce nav reģistrēta, bet jūsu organizācija ļauj palīdzēt tikai reģistrētās ierīcēs. Lūdziet izmantot lietotni Assist reģistrētā ierīcē: kods joprojām ir derīgs.
helper-join-refused-sharer-out-of-scope = Jūsu loma neaptver šo personu vai tās ierīci, tāpēc tā nevarēja pievienoties. Nododiet to palīgam, kura loma to aptver, vai lūdziet administratoram paplašināt jūsu lomu.
helper-join-refused-wrong-device = Persona izmantoja citu ierīci, nevis to, kuru izvēlējāties šai sesijai. Lūdziet izmantot lietotni Assist tajā ierīcē: kods joprojām ir derīgs.
share-app-explained = Lietotne Assist ir jūsu organizācijas programma palīdzības saņemšanai šajā datorā. Ar to palīgs var izmantot jūsu peli un tastatūru, kamēr jūs skatāties, un jūs jebkurā brīdī varat atgūt vadību vai beigt. Ja tā nav instalēta, jautājiet atbalsta dienestam.
share-app-download = Lejupielādēt lietotni Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Lietotāja { $name } savienojums pārtrūka. Gaidām atgriešanos…
presence-grace-left = Sesija beigsies pēc { $time }, ja viņš neatgriezīsies.
presence-nobody-sees = Kamēr viņa nav, neviens neredz jūsu ekrānu. Kopīgošana turpināsies, kad viņš atgriezīsies.
presence-end-now = Beigt tūlīt
presence-back = { $name } ir atpakaļ.
presence-back-reshare = { $name } ir atpakaļ, un viņam lūgts vēlreiz kopīgot ekrānu.
share-bar-paused-text = Neviens tagad neredz jūsu ekrānu: lietotāja { $name } savienojums pārtrūka
