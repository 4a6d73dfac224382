# Messages of the remote help pages (Finnish): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Lopeta istunto
session-ended-heading = Istunto päättyi
session-reconnecting = Yhteys katkesi. Yhdistetään uudelleen…
session-replaced = Tämä istunto avattiin toisessa ikkunassa, joten se pysäytettiin tässä ikkunassa.
session-connection-closed = Yhteys palvelimeen katkesi.
go-home = Takaisin etusivulle

## The trust card: who is on the other side

trust-helper-heading = Auttajasi
trust-sharer-heading = Autettava henkilö
trust-job-title = Tehtävänimike
trust-company = Yritys
trust-domain = Organisaation toimialue
trust-domain-verified = Vahvistettu
trust-domain-unverified = Ei vahvistettu
trust-not-set = Ei ilmoitettu

## The device the helper is about to help with

device-heading = Laite
device-name = Nimi
device-system = Käyttöjärjestelmä
device-compliance = Vaatimustenmukaisuus
device-compliant = Vaatimustenmukainen
device-not-compliant = Ei vaatimustenmukainen
device-web-browser = Henkilö liittyi verkkoselaimesta, joten laitetta ei voi tunnistaa.
device-none = Ei laitetietoja.
warning-device-not-enrolled = Tätä laitetta ei ole rekisteröity organisaatioosi.
warning-device-not-enrolled-detail = Laitteen identiteetti ja suojaustila ovat tuntemattomia. Ole varovainen sen suhteen, mitä avaat tai kirjoitat laitteella.
warning-device-not-compliant = Tämä laite ei täytä organisaatiosi vaatimustenmukaisuuskäytäntöjä:

## Chat

chat-heading = Keskustelu
chat-list-label = Viestit
chat-input-label = Viesti
chat-placeholder = Kirjoita viesti…
chat-send = Lähetä
chat-you = Sinä
chat-role-helper = Auttaja
chat-role-sharer = Autettava
chat-sending = Lähetetään…
chat-too-long = Viestissä voi olla enintään { $max } merkkiä.

## Helper console

helper-page-title = Etätuki – Assist
helper-page-title-org = Etätuki – { $organisation }
helper-start-heading = Aloita etätuki-istunto
helper-start-intro = Saat 8-numeroisen suojauskoodin. Anna se autettavalle henkilölle, joka muodostaa yhteyden antamalla koodin.
helper-device-label = Laite (valinnainen)
helper-device-none = Ei tiettyä laitetta
helper-device-hint = Valitse henkilön laite, jos tiedät sen: istunto toimii silloin vain kyseisellä laitteella, ja näet laitteen vaatimustenmukaisuuden.
helper-start-button = Uusi etätuki-istunto
helper-start-another = Aloita uusi istunto
helper-session-heading = Etätuki-istunto
helper-code-heading = Suojauskoodi
helper-code-copy = Kopioi koodi
helper-code-copied = Koodi kopioitu.
helper-code-copy-failed = Koodia ei voitu kopioida. Lue se ääneen.
helper-code-expires-in = Vanhenee { $time } kuluttua
helper-code-expired = Koodi on vanhentunut.
helper-code-one-minute = Suojauskoodi vanhenee minuutin kuluttua.
helper-code-instructions = Pyydä henkilöä avaamaan { $address }, kirjautumaan sisään ja antamaan tämä koodi.
helper-code-not-shown-again = Suojauskoodi näytetään vain kerran. Jos henkilö ei ole vielä liittynyt, lopeta tämä istunto ja aloita uusi.
helper-status-waiting = Odotetaan, että henkilö antaa koodin…
helper-status-joined = { $name } liittyi. Pyydä saada nähdä näyttö, kun olet valmis.
helper-status-asked-view = Odotetaan, että { $name } sallii sinun nähdä näytön…
helper-status-asked-control = Odotetaan, että { $name } sallii täyden hallinnan…
helper-status-connecting = Muodostetaan yhteyttä käyttäjän { $name } näyttöön…
helper-status-viewing = Näet käyttäjän { $name } näytön.
helper-sharer-joined = { $name } liittyi istuntoon.
helper-request-declined = { $name } hylkäsi pyyntösi.
helper-granted-view = { $name } salli sinun nähdä näytön.
helper-granted-control = { $name } salli täyden hallinnan.
helper-granted-view-only = { $name } salli vain katselun.
helper-escalation-declined = { $name } pitäytyi vain katselussa.
helper-control-taken-back = { $name } otti hallinnan takaisin. Näet edelleen näytön.
helper-control-paused = { $name } keskeytti hallintasi.
helper-control-resumed = { $name } antoi sinulle hallinnan takaisin.
helper-connection-failed = Näyttöön ei saatu yhteyttä. Tarkista verkko tai lopeta istunto ja yritä uudelleen.
helper-mode-heading = Mitä tarvitset?
helper-mode-hint = Pyydä vain katselua seurataksesi tai täyttä hallintaa käyttääksesi henkilön hiirtä ja näppäimistöä. Henkilö päättää.
helper-mode-web-hint = Henkilö käyttää verkkoselainta, joka voi jakaa näytön vain katseltavaksi. Täysi hallinta edellyttää Assist-sovellusta henkilön laitteessa.
helper-escalate-hint = Voit pyytää täyttä hallintaa; henkilö päättää uudelleen.
helper-request-view = Pyydä vain katselua
helper-request-control = Pyydä täyttä hallintaa

## The remote screen in the helper console

viewer-heading = Käyttäjän { $name } näyttö
viewer-stage-label = Käyttäjän { $name } etänäyttö
viewer-toolbar-label = Näyttönäkymä
viewer-fit = Sovita ikkunaan
viewer-actual-size = Todellinen koko
viewer-full-screen = Koko näyttö
viewer-monitor-label = Näyttö
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Vain katselu
viewer-mode-control = Täysi hallinta
viewer-mode-paused = Hallinta keskeytetty
viewer-role-view = etänäyttö, vain katselu
viewer-role-control = etänäyttö, hiiresi ja näppäimistösi ohjaavat toista tietokonetta
viewer-hint-view = Näet näytön, mutta et voi käyttää sitä.
viewer-hint-control = Käytä näyttöä napsauttamalla sitä. Kun näyttö on aktiivinen, kaikki näppäinpainallukset pikanäppäimiä myöten välitetään toiseen tietokoneeseen. Palaa työkaluriville painamalla Ctrl+Alt+Home.

## Sharer web app

share-page-title = Pyydä apua – Assist
share-page-title-org = Pyydä apua – { $organisation }
share-join-heading = Pyydä apua
share-join-intro = Anna auttajaltasi saamasi suojauskoodi. Näet, kuka auttaja on, ennen kuin hän näkee mitään.
share-code-label = Suojauskoodi
share-code-hint = 8 numeroa, esimerkiksi 1234 5678.
share-code-invalid-format = Anna suojauskoodin 8 numeroa.
share-join-button = Jatka
share-join-another = Anna toinen koodi
share-session-heading = Etätuki
share-status-joined = Yhteys muodostettu: { $name }. Hän pyytää pian saada nähdä näyttösi.
share-status-asked = { $name } odottaa vastaustasi.
share-status-sharing = Jaat näyttösi käyttäjälle { $name }.
share-request-view-heading = { $name } pyytää saada nähdä näyttösi
share-request-view-text = { $name } näkee kaiken valitsemallasi näytöllä, mutta ei voi käyttää hiirtäsi eikä näppäimistöäsi. Voit lopettaa milloin tahansa.
share-request-control-heading = { $name } pyytää täyttä hallintaa
share-request-control-text = Täydellä hallinnalla { $name } voisi käyttää hiirtäsi ja näppäimistöäsi.
share-control-needs-app = Täysi hallinta edellyttää Assist-sovellusta tässä laitteessa. Selaimessa voit jakaa näytön vain katseltavaksi.
share-allow = Salli
share-allow-view-only = Salli vain katselu
share-decline = Hylkää
share-keep-view-only = Pidä vain katselu
share-picker-cancelled = Näyttöä ei valittu, joten mitään ei jaeta. Valitse uudelleen Salli, jos haluat valita näytön, tai Hylkää.
share-capture-failed = Tämä selain ei pystynyt jakamaan näyttöä. Kokeile toista selainta tai hylkää pyyntö.
share-reshare-heading = Näyttöäsi ei enää jaeta
share-reshare-text = Sivu ladattiin uudelleen, joten { $name } ei enää näe näyttöäsi. Jaa se uudelleen tai lopeta istunto.
share-reshare-button = Jaa näyttöni uudelleen
share-bar-label = Näytön jakaminen
share-bar-text = Jaat näyttösi käyttäjälle { $name }
share-stop = Lopeta jakaminen
share-connection-failed = Näyttöäsi ei voitu lähettää. Tarkista verkko tai lopeta istunto ja yritä uudelleen.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Lopetit istunnon.
ended-helper-sharer-left = { $name } lopetti istunnon.
ended-helper-helper-disconnected = Yhteytesi oli poikki liian kauan, joten istunto päättyi.
ended-helper-sharer-disconnected = Käyttäjän { $name } yhteys katkesi eikä palannut, joten istunto päättyi.
ended-helper-code-expired = Kukaan ei antanut koodia ennen sen vanhenemista.
ended-helper-declined-timeout = { $name } ei vastannut pyyntöösi ajoissa.
ended-helper-revoked = Järjestelmänvalvoja lopetti tämän istunnon.
ended-helper-policy = Istunto päättyi, koska etätuki poistettiin käytöstä organisaatiossasi.
ended-helper-access-withdrawn = Istunto päättyi, koska käyttöoikeutesi muuttui: tilisi, kirjautumisesi tai etätukiroolisi ei enää salli tätä istuntoa.
ended-helper-other = Istunto päättyi.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } lopetti istunnon.
ended-sharer-sharer-left = Lopetit istunnon. Mitään ei enää jaeta.
ended-sharer-helper-disconnected = Käyttäjän { $name } yhteys katkesi eikä palannut, joten istunto päättyi.
ended-sharer-sharer-disconnected = Yhteytesi oli poikki liian kauan, joten istunto päättyi.
ended-sharer-code-expired = Koodi vanheni.
ended-sharer-declined-timeout = Et vastannut ajoissa, joten istunto päättyi. Mitään ei jaettu.
ended-sharer-revoked = Järjestelmänvalvoja lopetti tämän istunnon.
ended-sharer-policy = Istunto päättyi, koska etätuki poistettiin käytöstä organisaatiossasi.
ended-sharer-access-withdrawn = Istunto päättyi, koska { $name } ei enää saa auttaa sinua tai oma käyttöoikeutesi muuttui. Mitään ei enää jaeta.
ended-sharer-other = Istunto päättyi.

## Refusals from the server

error-remote-help-disabled = Etätuki ei ole käytössä organisaatiossasi. Järjestelmänvalvoja voi ottaa sen käyttöön.
error-code-invalid = Koodi ei kelpaa. Tarkista numerot ja yritä uudelleen.
error-code-expired = Koodi on vanhentunut. Pyydä auttajaltasi uusi koodi.
error-code-used = Koodi on jo käytetty. Pyydä auttajaltasi uusi koodi.
error-unenrolled-device = Organisaatiosi sallii tuen vain rekisteröidyillä laitteilla. Asenna Assist-sovellus tähän laitteeseen tai ota yhteyttä järjestelmänvalvojaan.
error-wrong-device = Tämä istunto aloitettiin toiselle laitteelle. Pyydä auttajaltasi koodi tälle laitteelle.
error-chat-disabled = Keskustelu ei ole käytössä organisaatiossasi.
error-invalid-transition = Se ei ole mahdollista istunnon tässä vaiheessa.
error-session-ended = Tämä istunto on jo päättynyt.
error-control-needs-agent = Täysi hallinta edellyttää Assist-sovellusta toisen henkilön laitteessa.
error-session-not-found = Istuntoa ei ole olemassa, tai et ole sen osallistuja.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Tilisi ei voi tarjota etätukea: siihen tarvitaan käyttöoikeudet ”Etätuen tarjoaminen” ja ”Näytön katselu”. Pyydä organisaatiosi järjestelmänvalvojaa tekemään sinusta tukihenkilö.
error-browser-sharing-not-allowed = Organisaatiosi ei salli näytön jakamista verkkoselaimesta. Asenna Assist-sovellus tähän laitteeseen ja syötä koodi siihen, tai kysy tukipalvelusta.
error-sharer-out-of-scope = Tämä tukihenkilö ei voi auttaa sinua: hänen roolinsa ei kata sinua tai tätä laitetta. Kysy tukipalvelusta, kuka voi auttaa.
error-own-session = Aloitit tämän istunnon itse. Anna koodi henkilölle, jota autat; hän syöttää sen muodostaakseen yhteyden.
error-helper-unavailable = Koodin antanut tukihenkilö ei voi enää auttaa. Pyydä tukipalvelusta toinen henkilö.
error-device-in-other-organisation = Tämä laite on rekisteröity toiseen organisaatioon. Ota yhteyttä järjestelmänvalvojaan.
error-device-out-of-scope = Tämä laite ei kuulu roolisi piiriin: et voi auttaa sillä. Valitse toinen laite tai ei mitään.
error-chat-empty = Kirjoita viesti ennen lähettämistä.
error-chat-too-long = Viesti on liian pitkä. Lyhennä sitä ja lähetä uudelleen.
error-chat-invalid-characters = Viestissä on näkymättömiä ohjausmerkkejä, joita ei voi lähettää. Poista ne ja yritä uudelleen.
helper-permission-heading = Et voi vielä tarjota etätukea
helper-permission-text = Etätuen tarjoaminen edellyttää käyttöoikeuksia ”Etätuen tarjoaminen” ja ”Näytön katselu”, joita tililläsi ei ole.
helper-ask-admin = Pyydä organisaation { $organisation } järjestelmänvalvojaa muuttamaan tämä.
helper-disabled-heading = Etätuki on poistettu käytöstä
helper-disabled-text = Organisaatiosi ei ole ottanut etätukea käyttöön, joten istuntoa ei voi vielä aloittaa.
helper-open-settings = Avaa organisaation asetukset
helper-browser-note = Organisaatiosi ei salli jakamista verkkoselaimesta: autettava henkilö tarvitsee Assist-sovelluksen rekisteröidyllä laitteella.
helper-join-refused-heading = Joku yritti liittyä tällä koodilla
helper-join-refused-browser-sharing-not-allowed = Hän käytti verkkoselainta, eikä organisaatiosi salli jakamista selaimesta. Pyydä häntä syöttämään sama koodi Assist-sovellukseen: se on yhä voimassa.
helper-join-refused-unenrolled-device = Hänen laitettaan ei ole rekisteröity, ja organisaatiosi sallii tuen vain rekisteröidyillä laitteilla. Pyydä häntä käyttämään Assist-sovellusta rekisteröidyllä laitteella: koodi on yhä voimassa.
helper-join-refused-sharer-out-of-scope = Roolisi ei kata tätä henkilöä tai hänen laitettaan, joten hän ei voinut liittyä. Ohjaa hänet tukihenkilölle, jonka rooli kattaa hänet, tai pyydä järjestelmänvalvojaa laajentamaan omaasi.
helper-join-refused-wrong-device = Hän käytti eri laitetta kuin sinä valitsit tälle istunnolle. Pyydä häntä käyttämään Assist-sovellusta kyseisellä laitteella: koodi on yhä voimassa.
share-app-explained = Assist-sovellus on organisaatiosi ohjelma, jolla saat tukea tällä tietokoneella. Sen avulla tukihenkilö voi käyttää hiirtäsi ja näppäimistöäsi, kun seuraat, ja voit milloin tahansa ottaa hallinnan takaisin tai lopettaa. Jos sitä ei ole asennettu, kysy tukipalvelusta.
share-app-download = Lataa Assist-sovellus

## Presence: the other person's connection dropped, or came back.
presence-away = Käyttäjän { $name } yhteys katkesi. Odotetaan paluuta…
presence-grace-left = Istunto päättyy { $time } kuluttua, ellei hän palaa.
presence-nobody-sees = Kukaan ei näe näyttöäsi hänen poissa ollessaan. Jakaminen jatkuu, kun hän palaa.
presence-end-now = Lopeta nyt
presence-back = { $name } on palannut.
presence-back-reshare = { $name } on palannut, ja häntä pyydetään jakamaan näyttönsä uudelleen.
share-bar-paused-text = Kukaan ei näe näyttöäsi nyt: käyttäjän { $name } yhteys katkesi
