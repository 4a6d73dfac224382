# Messages of the remote help pages (Romanian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Încheiați sesiunea
session-ended-heading = Sesiune încheiată
session-reconnecting = Conexiunea a fost întreruptă. Se reconectează…
session-replaced = Această sesiune a fost deschisă în altă fereastră, așa că aceasta s-a oprit.
session-connection-closed = Conexiunea cu serverul s-a închis.
go-home = Înapoi la pagina de pornire

## The trust card: who is on the other side

trust-helper-heading = Asistentul dvs.
trust-sharer-heading = Persoana pe care o ajutați
trust-job-title = Funcție
trust-company = Companie
trust-domain = Domeniul organizației
trust-domain-verified = Verificat
trust-domain-unverified = Neverificat
trust-not-set = Nespecificat

## The device the helper is about to help with

device-heading = Dispozitiv
device-name = Nume
device-system = Sistem de operare
device-compliance = Conformitate
device-compliant = Conform
device-not-compliant = Neconform
device-web-browser = Persoana s-a alăturat dintr-un browser web, așa că dispozitivul nu poate fi identificat.
device-none = Nu există informații despre dispozitiv.
warning-device-not-enrolled = Acest dispozitiv nu este înscris în organizația dvs.
warning-device-not-enrolled-detail = Identitatea și starea sa de securitate sunt necunoscute. Aveți grijă ce deschideți sau tastați pe el.
warning-device-not-compliant = Acest dispozitiv nu respectă politicile de conformitate ale organizației dvs.:

## Chat

chat-heading = Chat
chat-list-label = Mesaje
chat-input-label = Mesaj
chat-placeholder = Scrieți un mesaj…
chat-send = Trimiteți
chat-you = Dvs.
chat-role-helper = Asistent
chat-role-sharer = Persoana asistată
chat-sending = Se trimite…
chat-too-long = Un mesaj poate avea cel mult { $max } caractere.

## Helper console

helper-page-title = Asistență la distanță – Assist
helper-page-title-org = Asistență la distanță – { $organisation }
helper-start-heading = Începeți o sesiune de asistență la distanță
helper-start-intro = Veți primi un cod de securitate din 8 cifre. Comunicați-l persoanei pe care o ajutați; aceasta îl introduce pentru a se conecta.
helper-device-label = Dispozitiv (opțional)
helper-device-none = Niciun dispozitiv anume
helper-device-hint = Alegeți dispozitivul persoanei, dacă îl cunoașteți: sesiunea va funcționa doar pe acel dispozitiv și îi veți vedea conformitatea.
helper-start-button = Sesiune nouă de asistență la distanță
helper-start-another = Începeți altă sesiune
helper-session-heading = Sesiune de asistență la distanță
helper-code-heading = Cod de securitate
helper-code-copy = Copiați codul
helper-code-copied = Codul a fost copiat.
helper-code-copy-failed = Codul nu a putut fi copiat. Citiți-l cu voce tare.
helper-code-expires-in = Expiră în { $time }
helper-code-expired = Codul a expirat.
helper-code-one-minute = Codul de securitate expiră într-un minut.
helper-code-instructions = Cereți persoanei să deschidă { $address }, să se conecteze și să introducă acest cod.
helper-code-not-shown-again = Codul de securitate este afișat o singură dată. Dacă persoana nu s-a alăturat încă, încheiați această sesiune și începeți una nouă.
helper-status-waiting = Se așteaptă ca persoana să introducă codul…
helper-status-joined = { $name } s-a alăturat. Cereți să vedeți ecranul atunci când doriți.
helper-status-asked-view = Se așteaptă ca { $name } să vă permită să vedeți ecranul…
helper-status-asked-control = Se așteaptă ca { $name } să permită controlul complet…
helper-status-connecting = Se conectează la ecranul partajat de { $name }…
helper-status-viewing = Vedeți ecranul partajat de { $name }.
helper-sharer-joined = { $name } s-a alăturat sesiunii.
helper-request-declined = { $name } a refuzat solicitarea dvs.
helper-granted-view = { $name } v-a permis să vedeți ecranul.
helper-granted-control = { $name } a permis controlul complet.
helper-granted-view-only = { $name } a permis doar vizualizarea.
helper-escalation-declined = { $name } a păstrat doar vizualizarea.
helper-control-taken-back = { $name } a preluat înapoi controlul. Puteți vedea în continuare ecranul.
helper-control-paused = { $name } v-a suspendat controlul.
helper-control-resumed = { $name } v-a redat controlul.
helper-connection-failed = Ecranul nu a putut fi conectat. Verificați rețeaua sau încheiați sesiunea și încercați din nou.
helper-mode-heading = De ce aveți nevoie?
helper-mode-hint = Cereți doar vizualizare pentru a urmări sau control complet pentru a folosi mouse-ul și tastatura persoanei. Persoana decide.
helper-mode-web-hint = Persoana folosește un browser web, care poate partaja ecranul doar pentru vizualizare. Controlul complet necesită aplicația Assist pe dispozitivul acesteia.
helper-escalate-hint = Puteți cere control complet; persoana decide din nou.
helper-request-view = Cereți doar vizualizare
helper-request-control = Cereți control complet

## The remote screen in the helper console

viewer-heading = Ecranul partajat de { $name }
viewer-stage-label = Ecran la distanță: { $name }
viewer-toolbar-label = Vizualizarea ecranului
viewer-fit = Potrivire la fereastră
viewer-actual-size = Dimensiune reală
viewer-full-screen = Ecran complet
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Doar vizualizare
viewer-mode-control = Control complet
viewer-mode-paused = Control suspendat
viewer-role-view = ecran la distanță, doar vizualizare
viewer-role-control = ecran la distanță, mouse-ul și tastatura dvs. acționează pe celălalt computer
viewer-hint-view = Puteți vedea ecranul, dar nu îl puteți folosi.
viewer-hint-control = Faceți clic pe ecran pentru a-l folosi. Cât timp este activ, orice tastă, inclusiv comenzile rapide, ajunge la celălalt computer. Apăsați Ctrl+Alt+Home pentru a reveni la bara de instrumente.

## Sharer web app

share-page-title = Obțineți ajutor – Assist
share-page-title-org = Obțineți ajutor – { $organisation }
share-join-heading = Obțineți ajutor
share-join-intro = Introduceți codul de securitate primit de la asistent. Veți vedea cine este înainte ca acesta să poată vedea ceva.
share-code-label = Cod de securitate
share-code-hint = 8 cifre, de exemplu 1234 5678.
share-code-invalid-format = Introduceți cele 8 cifre ale codului de securitate.
share-join-button = Continuați
share-join-another = Introduceți alt cod
share-session-heading = Asistență la distanță
share-status-joined = Conexiune stabilită cu { $name }, care vă va cere să vă vadă ecranul.
share-status-asked = { $name } așteaptă răspunsul dvs.
share-status-sharing = Vă partajați ecranul cu { $name }.
share-request-view-heading = { $name } cere să vă vadă ecranul
share-request-view-text = { $name } va vedea tot ce apare pe ecranul ales, dar nu vă poate folosi mouse-ul sau tastatura. Puteți opri oricând.
share-request-control-heading = { $name } cere control complet
share-request-control-text = Cu control complet, { $name } v-ar putea folosi mouse-ul și tastatura.
share-control-needs-app = Controlul complet necesită aplicația Assist pe acest dispozitiv. În browser puteți partaja ecranul doar pentru vizualizare.
share-allow = Permiteți
share-allow-view-only = Permiteți doar vizualizarea
share-decline = Refuzați
share-keep-view-only = Păstrați doar vizualizarea
share-picker-cancelled = Nu a fost ales niciun ecran, așa că nu se partajează nimic. Alegeți din nou Permiteți pentru a selecta un ecran sau Refuzați.
share-capture-failed = Acest browser nu a putut partaja ecranul. Încercați alt browser sau refuzați.
share-reshare-heading = Ecranul dvs. nu mai este partajat
share-reshare-text = Pagina a fost reîncărcată, așa că { $name } nu vă mai vede ecranul. Partajați-l din nou sau încheiați sesiunea.
share-reshare-button = Partajați din nou ecranul
share-bar-label = Partajarea ecranului
share-bar-text = Vă partajați ecranul cu { $name }
share-stop = Opriți partajarea
share-connection-failed = Ecranul dvs. nu a putut fi transmis. Verificați rețeaua sau încheiați sesiunea și încercați din nou.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Ați încheiat sesiunea.
ended-helper-sharer-left = { $name } a încheiat sesiunea.
ended-helper-helper-disconnected = Conexiunea dvs. a fost întreruptă prea mult timp, așa că sesiunea s-a încheiat.
ended-helper-sharer-disconnected = Conexiunea cu { $name } s-a pierdut și nu a revenit, așa că sesiunea s-a încheiat.
ended-helper-code-expired = Nimeni nu a introdus codul înainte să expire.
ended-helper-declined-timeout = { $name } nu a răspuns la timp la solicitarea dvs.
ended-helper-revoked = Un administrator a încheiat această sesiune.
ended-helper-policy = Sesiunea s-a încheiat deoarece asistența la distanță a fost dezactivată pentru organizația dvs.
ended-helper-access-withdrawn = Sesiunea s-a încheiat deoarece accesul dvs. s-a schimbat: contul, conectarea sau rolul dvs. de asistență la distanță nu mai permite această sesiune.
ended-helper-other = Sesiunea s-a încheiat.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } a încheiat sesiunea.
ended-sharer-sharer-left = Ați încheiat sesiunea. Nu se mai partajează nimic.
ended-sharer-helper-disconnected = Conexiunea cu { $name } s-a pierdut și nu a revenit, așa că sesiunea s-a încheiat.
ended-sharer-sharer-disconnected = Conexiunea dvs. a fost întreruptă prea mult timp, așa că sesiunea s-a încheiat.
ended-sharer-code-expired = Codul a expirat.
ended-sharer-declined-timeout = Nu ați răspuns la timp, așa că sesiunea s-a încheiat. Nu s-a partajat nimic.
ended-sharer-revoked = Un administrator a încheiat această sesiune.
ended-sharer-policy = Sesiunea s-a încheiat deoarece asistența la distanță a fost dezactivată pentru organizația dvs.
ended-sharer-access-withdrawn = Sesiunea s-a încheiat deoarece { $name } nu mai are voie să vă ajute sau accesul dvs. s-a schimbat. Nu se mai partajează nimic.
ended-sharer-other = Sesiunea s-a încheiat.

## Refusals from the server

error-remote-help-disabled = Asistența la distanță este dezactivată pentru organizația dvs. Un administrator o poate activa.
error-code-invalid = Acest cod nu este valid. Verificați cifrele și încercați din nou.
error-code-expired = Acest cod a expirat. Cereți unul nou de la asistent.
error-code-used = Acest cod a fost deja folosit. Cereți unul nou de la asistent.
error-unenrolled-device = Organizația dvs. permite asistența doar pe dispozitive înscrise. Instalați aplicația Assist pe acest dispozitiv sau adresați-vă administratorului.
error-wrong-device = Această sesiune a fost începută pentru alt dispozitiv. Cereți asistentului un cod pentru acesta.
error-chat-disabled = Chatul este dezactivat pentru organizația dvs.
error-invalid-transition = Acest lucru nu este posibil în acest moment al sesiunii.
error-session-ended = Această sesiune s-a încheiat deja.
error-control-needs-agent = Controlul complet necesită aplicația Assist pe dispozitivul celeilalte persoane.
error-session-not-found = Această sesiune nu există sau nu faceți parte din ea.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Contul dvs. nu poate oferi ajutor la distanță: are nevoie de permisiunile „Oferirea asistenței la distanță” și „Vizualizarea ecranului”. Cereți unui administrator al organizației să vă facă asistent.
error-browser-sharing-not-allowed = Organizația dvs. nu permite partajarea ecranului dintr-un browser web. Instalați aplicația Assist pe acest dispozitiv și introduceți codul acolo sau adresați-vă serviciului de asistență.
error-sharer-out-of-scope = Acest asistent nu are voie să vă ajute: rolul său nu vă include pe dvs. sau acest dispozitiv. Întrebați serviciul de asistență cine vă poate ajuta.
error-own-session = Dvs. ați pornit această sesiune. Dați codul persoanei pe care o ajutați; ea îl introduce pentru a se conecta.
error-helper-unavailable = Asistentul care v-a dat acest cod nu mai poate ajuta. Cereți serviciului de asistență pe altcineva.
error-device-in-other-organisation = Acest dispozitiv este înregistrat în altă organizație. Adresați-vă administratorului.
error-device-out-of-scope = Acest dispozitiv este în afara rolului dvs.: nu aveți voie să ajutați pe el. Alegeți alt dispozitiv sau niciunul.
error-chat-empty = Scrieți un mesaj înainte de a-l trimite.
error-chat-too-long = Acest mesaj este prea lung. Scurtați-l și trimiteți-l din nou.
error-chat-invalid-characters = Acest mesaj conține caractere de control invizibile care nu pot fi trimise. Eliminați-le și încercați din nou.
helper-permission-heading = Încă nu puteți oferi ajutor la distanță
helper-permission-text = Oferirea ajutorului la distanță necesită permisiunile „Oferirea asistenței la distanță” și „Vizualizarea ecranului”, pe care contul dvs. nu le are.
helper-ask-admin = Cereți unui administrator al { $organisation } să schimbe acest lucru.
helper-disabled-heading = Ajutorul la distanță este dezactivat
helper-disabled-text = Organizația dvs. nu a activat ajutorul la distanță, așa că încă nu se poate porni nicio sesiune.
helper-open-settings = Deschideți setările organizației
helper-browser-note = Organizația dvs. nu permite partajarea dintr-un browser web: persoana pe care o ajutați are nevoie de aplicația Assist pe un dispozitiv înregistrat.
helper-join-refused-heading = Cineva a încercat să se alăture cu acest cod
helper-join-refused-browser-sharing-not-allowed = A folosit un browser web, iar organizația dvs. nu permite partajarea dintr-un browser. Cereți-i să introducă același cod în aplicația Assist: este încă valabil.
helper-join-refused-unenrolled-device = Dispozitivul său nu este înregistrat, iar organizația dvs. permite ajutorul doar pe dispozitive înregistrate. Cereți-i să folosească aplicația Assist pe un dispozitiv înregistrat: codul este încă valabil.
helper-join-refused-sharer-out-of-scope = Rolul dvs. nu include acea persoană sau dispozitivul ei, așa că nu s-a putut alătura. Îndrumați-o către un asistent al cărui rol o include sau cereți unui administrator să vi-l extindă pe al dvs.
helper-join-refused-wrong-device = A folosit alt dispozitiv decât cel ales pentru această sesiune. Cereți-i să folosească aplicația Assist pe acel dispozitiv: codul este încă valabil.
share-app-explained = Aplicația Assist este programul organizației dvs. pentru a primi ajutor pe acest computer. Cu ea, asistentul vă poate folosi mouse-ul și tastatura în timp ce urmăriți, iar dvs. puteți relua controlul sau opri oricând. Dacă nu este instalată, întrebați serviciul de asistență.
share-app-download = Descărcați aplicația Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Conexiunea lui { $name } s-a întrerupt. Se așteaptă revenirea…
presence-grace-left = Sesiunea se încheie în { $time } dacă nu revine.
presence-nobody-sees = Nimeni nu vă poate vedea ecranul cât timp lipsește. Partajarea continuă când revine.
presence-end-now = Încheiați acum
presence-back = { $name } a revenit.
presence-back-reshare = { $name } a revenit și i se cere să partajeze din nou ecranul.
share-bar-paused-text = Nimeni nu vă vede ecranul acum: conexiunea lui { $name } s-a întrerupt
