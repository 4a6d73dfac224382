# Messages of the admin console (/admin), Finnish. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Hallintakonsoli – { -product-name }
admin-page-title = { $section } – Hallintakonsoli – { $organisation }
admin-console-name = Hallintakonsoli
admin-back-home = Takaisin etusivulle
admin-nav-label = Hallintakonsoli
admin-nav-group-people = Henkilöt
admin-nav-group-access = Käyttöoikeudet
admin-nav-group-devices = Laitteet
admin-nav-group-organisation = Organisaatio
admin-nav-group-activity = Toiminta

admin-denied-title = Ei käyttöoikeutta – { -product-name }
admin-denied-heading = Sinulla ei ole oikeutta käyttää hallintakonsolia
admin-denied-text = Tililläsi voi käyttää { -product-name }-palvelua, mutta sillä ei ole oikeutta hallita organisaatiotasi.
admin-denied-help = Jos sinun täytyy hallita käyttäjiä, laitteita tai asetuksia, pyydä organisaatiosi järjestelmänvalvojaa antamaan sinulle rooli, jolla on nämä oikeudet.

## Shared words

admin-save = Tallenna
admin-cancel = Peruuta
admin-done = Valmis
admin-edit = Muokkaa
admin-delete = Poista
admin-remove = Poista
admin-revoke = Kumoa
admin-manage = Hallitse
admin-copy = Kopioi
admin-refresh = Päivitä
admin-search = Hae
admin-apply-filters = Käytä suodattimia
admin-clear-filters = Tyhjennä suodattimet
admin-export-csv = Vie CSV
admin-filter-any = Mikä tahansa
admin-filter-anyone = Kuka tahansa
admin-filter-any-device = Mikä tahansa laite
admin-not-set = Ei määritetty
admin-never = Ei koskaan
admin-no-changes = Ei tallennettavaa: mitään kenttää ei muutettu.
admin-name-taken = Nimi on jo käytössä. Valitse toinen.
admin-number-range = Anna kokonaisluku väliltä { $min }–{ $max }.
admin-error-refused = Palvelin hylkäsi toiminnon: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Et voi käyttää tätä osiota: se edellyttää käyttöoikeutta ”{ $permission }” koko organisaatioon (kaikki käyttäjät ja kaikki laitteet), eivätkä roolisi anna sitä niin laajasti.
admin-section-denied-ask = Pyydä organisaation { $organisation } järjestelmänvalvojaa antamaan se sinulle koko organisaatioon.
admin-choose-user = Valitse henkilö…
admin-choose-user-first = Valitse ensin henkilö.
admin-choose-device = Valitse laite…
admin-choose-device-first = Valitse ensin laite.
admin-choose-role = Valitse rooli…
admin-no-devices-yet = Laitteita ei ole vielä rekisteröity
admin-unknown-user = Tuntematon käyttäjä
admin-unknown-group = Tuntematon ryhmä
admin-unknown-role = Tuntematon rooli

admin-page-previous = Edellinen sivu
admin-page-next = Seuraava sivu
admin-page-number = Sivu { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } tähän mennessä

## Table column headings

admin-column-name = Nimi
admin-column-email = Sähköposti
admin-column-job-title = Tehtävänimike
admin-column-company = Yritys
admin-column-role = Rooli
admin-column-status = Tila
admin-column-actions = Toiminnot
admin-column-description = Kuvaus
admin-column-members = Jäsenet
admin-column-created = Luotu
admin-column-permissions = Oikeudet
admin-column-member-groups = Annettu ryhmille
admin-column-scope = Kohde
admin-column-state = Tila
admin-column-targets = Koskee
admin-column-conditions = Ehdot
admin-column-grant = Toimenpide
admin-column-device = Laite
admin-column-platform = Käyttöjärjestelmä
admin-column-primary-user = Ensisijainen käyttäjä
admin-column-agent = Agentin versio
admin-column-enrollment = Rekisteröinti
admin-column-compliance = Vaatimustenmukaisuus
admin-column-last-check-in = Viimeisin synkronointi
admin-column-uses = Rekisteröidyt laitteet
admin-column-expires = Vanhenee
admin-column-rules = Säännöt
admin-column-helper = Auttaja
admin-column-sharer = Autettava
admin-column-access = Myönnetty käyttöoikeus
admin-column-started = Aloitettu
admin-column-duration = Kesto
admin-column-outcome = Päättymistapa
admin-column-chat = Keskusteluviestit
admin-column-time = Aika
admin-column-actor = Kuka
admin-column-action = Toiminto
admin-column-target = Kohde
admin-column-detail = Tiedot

## Users

admin-users-title = Käyttäjät
admin-users-intro = Organisaatiosi henkilöt, jotka voivat kirjautua palveluun { -product-name }, sekä heidän profiilinsa sellaisina kuin autettavat näkevät ne.
admin-users-search = Hae nimen, sähköpostin, tehtävänimikkeen tai yrityksen perusteella
admin-users-search-label = Hae käyttäjiä
admin-users-pages = Käyttäjäsivut
admin-users-search-summary =
    { $count ->
        [0] Yksikään tämän sivun käyttäjä ei vastaa hakua ”{ $term }”.
        [one] Yksi käyttäjä vastaa hakua ”{ $term }”.
       *[other] { $count } käyttäjää vastaa hakua ”{ $term }”.
    }
admin-users-none-found = Yksikään käyttäjä ei vastaa hakua ”{ $term }”.
admin-users-empty = Käyttäjiä ei ole vielä.
admin-user-create = Luo käyttäjä
admin-user-create-title = Luo käyttäjä
admin-user-create-submit = Luo käyttäjä
admin-user-created = Käyttäjä { $name } luotiin.
admin-user-job-title = Tehtävänimike (valinnainen)
admin-user-company = Yritys (valinnainen)
admin-user-initial-password = Alkuperäinen salasana (valinnainen)
admin-user-initial-password-hint = Vähintään 12 merkkiä. Ilman salasanaa henkilö voi kirjautua vain kertakirjautumisella tai palautuslinkillä.
admin-user-is-admin = Organisaation järjestelmänvalvoja
admin-user-is-admin-hint = Järjestelmänvalvojat voivat tehdä mitä tahansa rooleistaan riippumatta.
admin-user-edit-title = Muokkaa käyttäjää { $name }
admin-user-edit-label = Muokkaa käyttäjää { $name }
admin-user-email-fixed = Sähköpostiosoite yksilöi tilin, eikä sitä voi muuttaa tässä.
admin-user-disabled = Kirjautuminen estetty
admin-user-disabled-hint = Kirjautumisen estäminen lopettaa myös henkilön istunnot ja kumoaa hänen API-tunnuksensa.
admin-user-new-password = Uusi salasana (valinnainen)
admin-user-new-password-hint = Jätä tyhjäksi, jos haluat säilyttää nykyisen salasanan. Uuden salasanan asettaminen kirjaa henkilön ulos kaikkialta.
admin-user-saved = Käyttäjän { $name } muutokset tallennettiin.
admin-user-status-active = Aktiivinen
admin-user-status-disabled = Kirjautuminen estetty
admin-user-delete-label = Poista käyttäjä { $name }
admin-user-delete-title = Poistetaanko käyttäjä { $name }?
admin-user-delete-text = Tili { $email } poistetaan ja kirjataan ulos kaikkialta. Toimintoa ei voi kumota.
admin-user-delete-confirm = Poista käyttäjä
admin-user-deleted = Käyttäjä { $name } poistettiin.
admin-user-picture = Profiilikuva
admin-user-picture-choose = Lataa kuva
admin-user-picture-remove = Poista kuva
admin-user-picture-hint = PNG- tai JPEG-kuva, enintään 256 kt. Muutos tulee voimaan heti; autettavat näkevät kuvan ennen kuin jakavat näyttönsä.
admin-user-picture-uploading = Kuvaa ladataan…
admin-user-picture-updated = Käyttäjän { $name } kuva päivitettiin.
admin-user-picture-removed = Käyttäjän { $name } kuva poistettiin.

## Groups

admin-groups-title = Ryhmät
admin-groups-intro = Ryhmiin kootaan henkilöitä ja laitteita. Roolimääritykset antavat rooleja ryhmien jäsenille muihin ryhmiin kohdistuen.
admin-groups-pages = Ryhmäsivut
admin-groups-empty = Ryhmiä ei ole vielä. Luo ryhmä, jotta voit antaa sen jäsenille rooleja.
admin-groups-back = Kaikki ryhmät
admin-group-create = Luo ryhmä
admin-group-create-title = Luo ryhmä
admin-group-create-submit = Luo ryhmä
admin-group-created = Ryhmä { $name } luotiin.
admin-group-name = Ryhmän nimi
admin-group-description = Kuvaus (valinnainen)
admin-group-description-hint = Mihin ryhmää käytetään, esimerkiksi ”Berliinin tukipalvelun henkilöstö”.
admin-group-member-count =
    { $count ->
        [0] Ei jäseniä
        [one] 1 jäsen
       *[other] { $count } jäsentä
    }
admin-group-manage-label = Hallitse ryhmää { $name }
admin-group-delete = Poista ryhmä
admin-group-delete-label = Poista ryhmä { $name }
admin-group-delete-title = Poistetaanko ryhmä { $name }?
admin-group-delete-text = Jäsenet säilyttävät tilinsä, mutta menettävät sen, mitä roolimääritykset antoivat heille tämän ryhmän kautta. Toimintoa ei voi kumota.
admin-group-delete-confirm = Poista ryhmä
admin-group-deleted = Ryhmä { $name } poistettiin.
admin-group-detail-intro = Nimeä ryhmä uudelleen ja valitse sen jäsenet ja laitteet.
admin-group-details = Nimi ja kuvaus
admin-group-saved = Ryhmä { $name } tallennettiin.
admin-group-members = Jäsenet
admin-group-no-members = Ryhmässä ei ole vielä jäseniä.
admin-group-add-member = Lisää jäsen
admin-group-add-member-label = Lisättävä henkilö
admin-group-everyone-member = Kaikki ovat jo jäseniä
admin-group-member-added = { $name } lisättiin ryhmään { $group }.
admin-group-member-removed = { $name } poistettiin ryhmästä { $group }.
admin-group-remove-member-label = Poista { $name } ryhmästä
admin-group-devices = Laitteet
admin-group-devices-intro = Roolimääritykset, joiden kohteena tämä ryhmä on, ulottuvat ryhmän laitteisiin.
admin-group-device-label = Laite
admin-group-add-device = Lisää ryhmään
admin-group-remove-device-label = Poista laite { $device } ryhmästä
admin-group-no-devices = Ryhmässä ei ole vielä laitteita.
admin-group-device-added = Laite { $device } lisättiin ryhmään { $group }.
admin-group-device-removed = Laite { $device } poistettiin ryhmästä { $group }.

## Roles and role assignments

admin-roles-title = Roolit
admin-roles-intro = Rooli on joukko oikeuksia. Roolimääritykset antavat roolin ryhmien jäsenille, ja rooli koskee määrityksen kohteena olevia henkilöitä ja laitteita.
admin-roles-list = Roolit
admin-roles-list-intro = Valmiita rooleja ei voi muuttaa; kopioi rooli mukautetun roolin pohjaksi.
admin-roles-empty = Rooleja ei ole.
admin-role-create = Luo rooli
admin-role-create-title = Luo rooli
admin-role-create-submit = Luo rooli
admin-role-created = Rooli { $name } luotiin.
admin-role-edit-title = Muokkaa roolia { $name }
admin-role-edit-label = Muokkaa roolia { $name }
admin-role-saved = Rooli { $name } tallennettiin.
admin-role-copy = Kopioi
admin-role-copy-label = Kopioi rooli { $name } uudeksi rooliksi
admin-role-copy-name = { $name } (kopio)
admin-role-name = Roolin nimi
admin-role-description = Kuvaus (valinnainen)
admin-role-built-in = Valmis
admin-role-no-permissions = Ei oikeuksia
admin-role-delete-label = Poista rooli { $name }
admin-role-delete-title = Poistetaanko rooli { $name }?
admin-role-delete-text = Vain rooleja, joita mikään määritys ei anna, voi poistaa. Toimintoa ei voi kumota.
admin-role-delete-confirm = Poista rooli
admin-role-deleted = Rooli { $name } poistettiin.

admin-perm-group-remote-help = Etätuki
admin-perm-group-reading = Luku
admin-perm-group-administration = Hallinta
admin-perm-offer = Etätuen tarjoaminen
admin-perm-offer-hint = Etätuki-istunnon aloittaminen kohteena olevan henkilön kanssa.
admin-perm-view-screen = Näytön katselu
admin-perm-view-screen-hint = Kohteena olevan henkilön näytön katselu.
admin-perm-full-control = Täyden hallinnan ottaminen
admin-perm-full-control-hint = Kohteena olevan henkilön hiiren ja näppäimistön käyttö hänen suostumuksellaan.
admin-perm-elevation = Oikeuksien korotus
admin-perm-elevation-hint = Varattu myöhemmälle versiolle: suorittaminen korotetuin oikeuksin henkilön laitteessa.
admin-perm-read = Laitteiden ja raporttien luku
admin-perm-read-hint = Laiteluettelon, käynnissä olevien istuntojen ja istuntoraporttien katselu.
admin-perm-manage-users = Käyttäjien ja ryhmien hallinta
admin-perm-manage-users-hint = Käyttäjien ja ryhmien sekä niiden kuvien ja toisten todennustekijöiden luominen, muuttaminen ja poistaminen.
admin-perm-manage-roles = Roolien hallinta
admin-perm-manage-roles-hint = Roolien ja roolimääritysten luominen ja muuttaminen.
admin-perm-manage-devices = Laitteiden hallinta
admin-perm-manage-devices-hint = Rekisteröintitunnusten luominen sekä laitteiden käytöstä poistaminen ja poistaminen luettelosta.
admin-perm-manage-settings = Asetusten hallinta
admin-perm-manage-settings-hint = Organisaation asetusten ja vahvistettujen toimialueiden muuttaminen sekä käynnissä olevien istuntojen pysäyttäminen.
admin-perm-manage-policies = Käytäntöjen hallinta
admin-perm-manage-policies-hint = Ehdollisen käyttöoikeuden ja vaatimustenmukaisuuden käytäntöjen luominen ja muuttaminen.
admin-perm-read-audit = Valvontalokin luku
admin-perm-read-audit-hint = Kaikkien kirjattujen muutosten ja kirjautumisten katselu ja vienti.
admin-perm-create-api-tokens = API-tunnusten luominen
admin-perm-create-api-tokens-hint = Tunnusten luominen skripteille, jotka toimivat haltijan omilla oikeuksilla. Tunnukset vanhenevat 90 päivän kuluttua, ellei toisin määritetä (enintään vuosi).

admin-assignments-title = Roolimääritykset
admin-assignments-intro = Kuka saa minkäkin roolin ja keihin se kohdistuu.
admin-assignments-empty = Roolimäärityksiä ei ole vielä. Ilman niitä vain järjestelmänvalvojat voivat auttaa ketään.
admin-assignment-create = Luo määritys
admin-assignment-create-title = Luo roolimääritys
admin-assignment-create-submit = Luo määritys
admin-assignment-created = Määritys { $name } luotiin.
admin-assignment-edit-title = Muokkaa määritystä { $name }
admin-assignment-edit-label = Muokkaa määritystä { $name }
admin-assignment-saved = Määritys { $name } tallennettiin.
admin-assignment-name = Määrityksen nimi
admin-assignment-name-hint = Esimerkiksi ”Tukipalvelu auttaa taloushallintoa”.
admin-assignment-role = Rooli
admin-assignment-members = Anna rooli näiden ryhmien jäsenille
admin-assignment-members-hint = Auttajat: kaikki näiden ryhmien jäsenet saavat roolin.
admin-assignment-no-groups = Ryhmiä ei ole vielä. Luo ensin ryhmät.
admin-assignment-scope = Kohde
admin-assignment-scope-hint = Henkilöt ja laitteet, joihin rooli ulottuu.
admin-assignment-scope-groups = Näiden ryhmien henkilöt ja laitteet
admin-assignment-scope-groups-hint = Valittujen ryhmien jäsenet ja laitteet.
admin-assignment-needs-members = Valitse vähintään yksi ryhmä, jolle rooli annetaan.
admin-assignment-needs-scope = Valitse, mihin rooli ulottuu: kaikkiin käyttäjiin, kaikkiin laitteisiin vai ryhmiin.
admin-assignment-delete-label = Poista määritys { $name }
admin-assignment-delete-title = Poistetaanko määritys { $name }?
admin-assignment-delete-text = Sen ryhmien jäsenet menettävät heti määrityksen antaman roolin. Toimintoa ei voi kumota.
admin-assignment-delete-confirm = Poista määritys
admin-assignment-deleted = Määritys { $name } poistettiin.
admin-scope-all-users = Kaikki käyttäjät
admin-scope-all-users-hint = Kaikki organisaation henkilöt.
admin-scope-all-devices = Kaikki laitteet
admin-scope-all-devices-hint = Kaikki organisaation rekisteröidyt laitteet.

## Conditional access

admin-policies-title = Ehdollinen käyttöoikeus
admin-policies-intro = Käytännöt määräävät, saako auttaja käyttää konsolia. Ne tarkistetaan kirjautumisen yhteydessä ja uudelleen istunnon alkaessa. Hylkäysviestissä kerrotaan käytännön nimi.
admin-policies-list = Käytännöt
admin-policies-empty = Ehdollisen käyttöoikeuden käytäntöjä ei ole. Jokainen auttaja, joka voi kirjautua sisään, voi käyttää konsolia.
admin-policy-create = Luo käytäntö
admin-policy-create-title = Luo ehdollisen käyttöoikeuden käytäntö
admin-policy-create-submit = Luo käytäntö
admin-policy-created = Käytäntö { $name } luotiin.
admin-policy-edit-title = Muokkaa käytäntöä { $name }
admin-policy-edit-label = Muokkaa käytäntöä { $name }
admin-policy-saved = Käytäntö { $name } tallennettiin.
admin-policy-delete-label = Poista käytäntö { $name }
admin-policy-delete-title = Poistetaanko käytäntö { $name }?
admin-policy-delete-text = Käytäntö lakkaa olemasta voimassa heti. Toimintoa ei voi kumota.
admin-policy-delete-confirm = Poista käytäntö
admin-policy-deleted = Käytäntö { $name } poistettiin.
admin-policy-name = Käytännön nimi
admin-policy-name-hint = Auttajat näkevät nimen, kun käytäntö estää heidät, joten kerro siinä syy, esimerkiksi ”Toinen todennustekijä toimiston ulkopuolella”.
admin-policy-state = Tila
admin-policy-state-enabled = Käytössä
admin-policy-state-enabled-hint = Käytäntöä noudatetaan.
admin-policy-state-report-only = Vain raportti
admin-policy-state-report-only-hint = Käytäntö arvioidaan ja sen mahdollinen vaikutus kirjataan valvontalokiin, mutta se ei koskaan estä ketään. Kokeile uusia käytäntöjä ensin näin.
admin-policy-state-disabled = Ei käytössä
admin-policy-state-disabled-hint = Käytäntö ohitetaan.
admin-policy-targets = Koskee
admin-policy-targets-hint = Auttajat, joita tämä käytäntö koskee.
admin-policy-all-users = Kaikki käyttäjät
admin-policy-users = Nämä henkilöt
admin-policy-groups = Näiden ryhmien jäsenet
admin-policy-needs-targets = Valitse, ketä käytäntö koskee: kaikkia käyttäjiä, henkilöitä vai ryhmiä.
admin-policy-conditions = Ehdot
admin-policy-conditions-hint = Käytäntöä sovelletaan vain, kun kaikki tässä asetetut ehdot täyttyvät. Jätä ne tyhjiksi, jos haluat soveltaa sitä aina.
admin-policy-inside = Asiakkaan osoite on jossakin näistä verkoista
admin-policy-inside-hint = Yksi osoitealue riviä kohden CIDR-muodossa, esimerkiksi 10.0.0.0/8 tai 2001:db8::/32.
admin-policy-outside = Asiakkaan osoite ei ole missään näistä verkoista
admin-policy-outside-hint = Toimiston ulkopuolella sovellettaville säännöille. Yksi osoitealue riviä kohden.
admin-policy-network-invalid = ”{ $value }” ei ole verkon osoitealue. Kirjoita osoitealueet muodossa 192.168.0.0/16.
admin-policy-second-factor = Toinen todennustekijä kirjautuessa
admin-policy-second-factor-any = Kummin tahansa
admin-policy-second-factor-yes = Toista todennustekijää käytettiin
admin-policy-second-factor-no = Toista todennustekijää ei käytetty
admin-policy-grant = Toimenpide
admin-policy-grant-allow = Salli
admin-policy-grant-allow-hint = Kirjataan valvontalokiin; muut käytännöt voivat silti estää.
admin-policy-grant-block = Estä
admin-policy-grant-block-hint = Estä kirjautuminen konsoliin ja istuntojen aloittaminen.
admin-policy-grant-second-factor = Vaadi toinen todennustekijä
admin-policy-grant-second-factor-hint = Salli vain kirjautumiset, joissa käytettiin toista todennustekijää.
admin-policy-lockout-warning = Varo estämästä omaa pääsyäsi: sinut estävä käytäntö tulee voimaan seuraavasta kirjautumisestasi alkaen. Tarkista käytäntö ensin Vain raportti -tilassa.
admin-policy-when-inside = Verkoissa { $networks }
admin-policy-when-outside = Verkkojen { $networks } ulkopuolella
admin-policy-when-second-factor = Toista todennustekijää käytetty
admin-policy-when-no-second-factor = Toista todennustekijää ei käytetty
admin-policy-always = Aina

## Devices

admin-devices-title = Laitteet
admin-devices-intro = { -product-name }-sovelluksella rekisteröidyt laitteet, niiden viimeksi ilmoittamat tiedot ja tieto siitä, täyttävätkö ne vaatimustenmukaisuuskäytäntösi.
admin-devices-enroll-link = Rekisteröi laitteita
admin-devices-filters = Suodata laitteita
admin-devices-search = Hae
admin-devices-search-hint = Isäntänimi, sarjanumero, malli tai ensisijainen käyttäjä.
admin-devices-platform = Käyttöjärjestelmä
admin-devices-compliance = Vaatimustenmukaisuus
admin-devices-state = Rekisteröinti
admin-devices-pages = Laitesivut
admin-devices-empty = Laitteita ei ole vielä rekisteröity. Luo rekisteröintitunnus ensimmäisten laitteiden rekisteröimiseksi.
admin-devices-none-match = Mikään laite ei vastaa näitä suodattimia.
admin-devices-back = Kaikki laitteet
admin-device-remote-help = Uusi etätuki-istunto
admin-device-unnamed = Nimetön laite
admin-device-compliant = Vaatimustenmukainen
admin-device-not-compliant = Ei vaatimustenmukainen
admin-device-failing-count =
    { $count ->
        [one] 1 sääntö ei täyty
       *[other] { $count } sääntöä ei täyty
    }
admin-device-state-active = Rekisteröity
admin-device-state-retired = Poistettu käytöstä
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Ei ilmoitettu
admin-device-details = Tiedot
admin-device-host-name = Isäntänimi
admin-device-model = Malli
admin-device-serial = Sarjanumero
admin-device-agent-version = Agentin versio
admin-device-disk = Levyn salaus
admin-device-disk-encrypted = Salattu
admin-device-disk-not-encrypted = Ei salattu
admin-device-enrolled-at = Rekisteröity
admin-device-id = Laitetunnus
admin-device-compliance = Vaatimustenmukaisuus
admin-device-meets-all = Laite täyttää kaikki vaatimustenmukaisuuskäytäntöjesi säännöt.
admin-device-failing-intro = Nämä säännöt eivät täyty:
admin-device-policies-link = Tarkastele vaatimustenmukaisuuskäytäntöjä
admin-device-retire = Poista laite käytöstä
admin-device-retire-title = Poistetaanko { $name } käytöstä?
admin-device-retire-text = Laitteen tunnistetiedot lakkaavat toimimasta heti: laite ei voi enää synkronoida eikä todistaa identiteettiään, kun joku pyytää apua sillä. Laite jää luetteloon käytöstä poistetuksi merkittynä.
admin-device-retire-confirm = Poista laite käytöstä
admin-device-retired = Laite { $name } poistettiin käytöstä.
admin-device-delete = Poista laite
admin-device-delete-title = Poistetaanko { $name }?
admin-device-delete-text = Laite ja sen historia poistetaan laiteluettelosta. Jos haluat käyttää laitetta uudelleen, rekisteröi se uudelleen. Toimintoa ei voi kumota.
admin-device-delete-confirm = Poista laite

## Enrollment tokens

admin-tokens-title = Rekisteröintitunnukset
admin-tokens-intro = Laite rekisteröidään täällä luodulla tunnuksella. Kukin tunnus toimii rajoitetun ajan ja rajoitetulle määrälle laitteita.
admin-tokens-list = Tunnukset
admin-tokens-empty = Rekisteröintitunnuksia ei ole vielä.
admin-token-create = Luo tunnus
admin-token-create-title = Luo rekisteröintitunnus
admin-token-create-submit = Luo tunnus
admin-token-created = Tunnus { $name } luotiin.
admin-token-name = Nimi
admin-token-name-hint = Missä tunnusta käytetään, esimerkiksi ”Berliinin toimiston kannettavat”.
admin-token-hours = Voimassa (tuntia)
admin-token-hours-hint = 1–720 tuntia (30 päivää).
admin-token-max-uses = Rekisteröitävien laitteiden enimmäismäärä
admin-token-max-uses-hint = 1–10 000.
admin-token-shown-once = Kopioi tunnus nyt. Se näytetään vain kerran; jos se katoaa, kumoa se ja luo uusi.
admin-token-secret = Tunnus ”{ $name }”
admin-token-secret-hint = Anna tunnus { -product-name }-sovellukselle laitetta rekisteröidessäsi (assist-agent enroll). Kuka tahansa, jolla tunnus on, voi rekisteröidä laitteita organisaatioosi, kunnes tunnus vanhenee tai kumotaan.
admin-token-copy-label = Kopioi tunnus
admin-token-copied = Tunnus kopioitiin leikepöydälle.
admin-token-copy-failed = Tunnusta ei voitu kopioida. Valitse ja kopioi se itse.
admin-token-active = Aktiivinen
admin-token-revoked = Kumottu
admin-token-expired = Vanhentunut
admin-token-used-up = Käytetty loppuun
admin-token-uses = { $uses }/{ $max }
admin-token-revoke-label = Kumoa tunnus { $name }
admin-token-revoke-title = Kumotaanko tunnus { $name }?
admin-token-revoke-text = Laitteita ei voi enää rekisteröidä tällä tunnuksella. Sillä jo rekisteröidyt laitteet pysyvät rekisteröityinä.
admin-token-revoke-confirm = Kumoa tunnus
admin-token-revoked-done = Tunnus { $name } kumottiin.

## Compliance policies

admin-compliance-title = Vaatimustenmukaisuuskäytännöt
admin-compliance-intro = Säännöt, jotka rekisteröityjen laitteiden on täytettävä. Jos laite ei täytä jotakin sääntöä, se merkitään ei-vaatimustenmukaiseksi, ja auttajia varoitetaan ennen kuin he auttavat sillä.
admin-compliance-list = Käytännöt
admin-compliance-empty = Vaatimustenmukaisuuskäytäntöjä ei ole, joten kaikki laitteet katsotaan vaatimustenmukaisiksi.
admin-compliance-create = Luo käytäntö
admin-compliance-create-title = Luo vaatimustenmukaisuuskäytäntö
admin-compliance-create-submit = Luo käytäntö
admin-compliance-created = Käytäntö { $name } luotiin. Laitteet tarkistettiin uudelleen.
admin-compliance-edit-title = Muokkaa käytäntöä { $name }
admin-compliance-edit-label = Muokkaa käytäntöä { $name }
admin-compliance-saved = Käytäntö { $name } tallennettiin. Laitteet tarkistettiin uudelleen.
admin-compliance-delete-label = Poista käytäntö { $name }
admin-compliance-delete-title = Poistetaanko käytäntö { $name }?
admin-compliance-delete-text = Sen säännöt lakkaavat olemasta voimassa, ja laitteet tarkistetaan uudelleen. Toimintoa ei voi kumota.
admin-compliance-delete-confirm = Poista käytäntö
admin-compliance-deleted = Käytäntö { $name } poistettiin.
admin-compliance-name = Käytännön nimi
admin-compliance-name-hint = Näytetään jokaisen täyttymättömän säännön yhteydessä, esimerkiksi ”Perustietoturva”.
admin-compliance-os-legend = Käyttöjärjestelmän vähimmäisversio
admin-compliance-os-hint = Jätä alusta tyhjäksi, jos mikä tahansa versio kelpaa.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Esimerkiksi 14.2.1
admin-compliance-version-invalid = Kirjoita versio pisteillä erotettuina numeroina, esimerkiksi 14.2.1.
admin-compliance-other-legend = Muut säännöt
admin-compliance-min-agent = { -product-name }-sovelluksen vähimmäisversio
admin-compliance-max-days = Enimmäispäivät viimeisimmästä synkronoinnista
admin-compliance-max-days-hint = 1–365. Jätä tyhjäksi, jos rajaa ei ole.
admin-compliance-disk = Vaadi levyn salaus
admin-compliance-disk-hint = Järjestelmälevyn on oltava salattu (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } tai uudempi
admin-rule-min-agent = Sovellus { $version } tai uudempi
admin-rule-check-in =
    { $days ->
        [one] Synkronoitu viimeisen vuorokauden aikana
       *[other] Synkronoitu viimeisten { $days } päivän aikana
    }
admin-rule-disk = Levy salattu
admin-rule-none = Ei sääntöjä

## Settings

admin-settings-title = Asetukset
admin-settings-intro = Miten etätuki toimii organisaatiossasi. Jokainen muutos kirjataan valvontalokiin.
admin-settings-organisation = Organisaatio
admin-settings-name-hint = Näytetään autettaville, kun auttajan profiilissa ei ole yritystä.
admin-settings-remote-help-heading = Etätuki
admin-settings-remote-help = Salli etätuki
admin-settings-remote-help-hint = Auttajat voivat aloittaa istuntoja vain, kun tämä on käytössä. Poistaminen käytöstä lopettaa myös käynnissä olevat istunnot.
admin-settings-unenrolled = Salli tuki rekisteröimättömillä laitteilla
admin-settings-unenrolled-hint = Henkilöt voivat jakaa näyttönsä verkkoselaimesta tai rekisteröimättömältä laitteelta. Auttajia varoitetaan silti siitä, että laite on tuntematon.
admin-settings-chat = Keskustelu istuntojen aikana
admin-settings-chat-hint = Auttajat ja autettavat voivat kirjoittaa toisilleen. Viestit säilytetään istuntoraportin yhteydessä.
admin-settings-limits = Koodit ja raportit
admin-settings-code-lifetime = Suojauskoodin voimassaoloaika (minuuttia)
admin-settings-code-lifetime-hint = Kuinka kauan auttajan kertoma koodi on voimassa: { $min }–{ $max } minuuttia.
admin-settings-retention = Istuntoraporttien säilytysaika (päivää)
admin-settings-retention-hint = Vanhemmat raportit ja niiden keskustelut poistetaan: { $min }–{ $max } päivää.
admin-settings-save = Tallenna asetukset
admin-settings-saved = Asetukset tallennettiin.
admin-settings-updated-at = Muutettu viimeksi: { $time }.
admin-settings-defaults = Nämä ovat oletusasetukset; niitä ei ole koskaan muutettu.

## Live sessions

admin-live-title = Käynnissä olevat istunnot
admin-live-intro = Etätuki-istunnot, jotka eivät ole päättyneet. Luettelo päivittyy muutaman sekunnin välein.
admin-live-list = Käynnissä olevat istunnot
admin-live-empty = Käynnissä ei ole istuntoja.
admin-live-updated = Päivitetty: { $time }
admin-live-count =
    { $count ->
        [0] Käynnissä ei ole istuntoja.
        [one] 1 istunto käynnissä.
       *[other] { $count } istuntoa käynnissä.
    }
admin-live-not-joined = Ei vielä liittynyt
admin-live-nobody = ei vielä ketään
admin-live-state-waiting = Odottaa koodia
admin-live-state-joined = Liittynyt
admin-live-state-requested = Pyytää käyttöoikeutta
admin-live-state-active = Jakaa näyttöä
admin-live-state-ended = Päättynyt
admin-live-revoke-label = Pysäytä käyttäjien { $helper } ja { $sharer } välinen istunto
admin-live-revoke-title = Pysäytetäänkö tämä istunto?
admin-live-revoke-text = Käyttäjien { $helper } ja { $sharer } välinen istunto päättyy heti molemmilta.
admin-live-revoke-confirm = Pysäytä istunto
admin-live-revoked = Auttajan { $helper } istunto pysäytettiin.

## Session reports

admin-reports-title = Istuntoraportit
admin-reports-intro = Kaikki etätuki-istunnot: kuka auttoi ketä, millä laitteella, mikä käyttöoikeus myönnettiin ja miten istunto päättyi.
admin-reports-filters = Suodata istuntoraportteja
admin-reports-export-label = Vie suodattimia vastaavat istuntoraportit CSV-muodossa
admin-reports-helper = Auttaja
admin-reports-sharer = Autettava
admin-reports-device = Laite
admin-reports-end-reason = Päättymistapa
admin-reports-from = Aloitettu alkaen
admin-reports-to = Aloitettu ennen
admin-reports-pages = Istuntoraporttisivut
admin-reports-empty = Istuntoraportteja ei ole vielä.
admin-reports-none-match = Mikään istunto ei vastaa näitä suodattimia.
admin-reports-back = Kaikki istuntoraportit
admin-report-open-label = Auttajan { $helper } istunto, aloitettu { $time }
admin-report-title = Auttaja { $helper }, autettava { $sharer }
admin-report-title-alone = Auttajan { $helper } istunto
admin-report-started = Aloitettu { $time }
admin-report-details = Tiedot
admin-report-client = Jakotapa
admin-report-joined = Liittyi
admin-report-ended = Päättyi
admin-report-id = Istunnon tunnus
admin-report-no-device = Ei laitetta
admin-report-mode-control = Täysi hallinta
admin-report-mode-view = Vain katselu
admin-report-mode-none = Ei mitään
admin-report-transcript = Keskustelun tekstitallenne
admin-report-transcript-count =
    { $count ->
        [0] Keskustelun tekstitallenne
        [one] Keskustelun tekstitallenne (1 viesti)
       *[other] Keskustelun tekstitallenne ({ $count } viestiä)
    }
admin-report-no-chat = Tässä istunnossa ei kirjoitettu keskusteluviestejä.
admin-role-helper = Auttaja
admin-role-sharer = Autettava
admin-client-agent = { -product-name }-sovellus
admin-client-web = Verkkoselain

admin-end-helper-left = Auttaja lopetti
admin-end-sharer-left = Autettava lopetti
admin-end-helper-disconnected = Auttajan yhteys katkesi
admin-end-sharer-disconnected = Autettavan yhteys katkesi
admin-end-code-expired = Koodi vanheni käyttämättä
admin-end-declined-timeout = Pyyntöön ei vastattu
admin-end-revoked = Järjestelmänvalvoja pysäytti
admin-end-policy = Organisaation sääntö pysäytti
admin-end-access-withdrawn = Pysäytetty: käyttöoikeus peruttu

## Audit log

admin-audit-title = Valvontaloki
admin-audit-intro = Kaikki muutokset, kirjautumiset ja istuntotapahtumat uusimmasta alkaen. Lokiin voi vain lisätä merkintöjä, ja sen ketju paljastaa peukaloinnin.
admin-audit-filters = Suodata valvontalokia
admin-audit-export-label = Vie suodattimia vastaavat valvontatapahtumat CSV-muodossa
admin-audit-actor = Kuka
admin-audit-action = Toiminto
admin-audit-action-hint = Esimerkiksi user.created tai settings.updated.
admin-audit-since = Alkaen
admin-audit-until = Ennen
admin-audit-pages = Valvontatapahtumasivut
admin-audit-empty = Valvontaloki on tyhjä.
admin-audit-none-match = Mikään tapahtuma ei vastaa näitä suodattimia.
admin-audit-show-detail = Näytä tiedot
admin-actor-cli = Palvelimen komentorivi
admin-actor-setup-link = Käyttöönottolinkki
admin-actor-sso = Kertakirjautuminen
admin-actor-anonymous = Ei kirjautunut

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Aloita tästä
admin-start-title = Aloitus
admin-start-intro = Kolme asiaa, jotka on hoidettava ennen ensimmäistä etätukiistuntoa. Kaikkia voi muuttaa myöhemmin.
admin-start-done = Valmis
admin-start-todo = Tekemättä
admin-start-settings-needed = Tähän tarvitaan oikeus hallita asetuksia. Pyydä järjestelmänvalvojaa, jolla se on.
admin-start-remote-heading = Ota etätuki käyttöön
admin-start-remote-off = Etätuki on poissa käytöstä, joten kukaan ei voi vielä aloittaa istuntoa.
admin-start-remote-on = Etätuki on käytössä: auttajat voivat aloittaa istuntoja.
admin-start-remote-enable = Ota etätuki käyttöön
admin-start-remote-turned-on = Etätuki on nyt käytössä.
admin-start-browser-heading = Jakaminen verkkoselaimesta
admin-start-browser-allowed = Sallittu
admin-start-browser-not-allowed = Ei sallittu
admin-start-browser-explain = Verkkoselain ei voi todistaa, millä tietokoneella se toimii, joten se lasketaan rekisteröimättömäksi laitteeksi. Kun tuki rekisteröimättömillä laitteilla on sallittu, näytön voi jakaa selaimesta asentamatta mitään. Auttaja voi silloin vain nähdä näytön, ei ohjata sitä, ja hän saa varoituksen, että laite on tuntematon.
admin-start-browser-off = Ei sallittu nyt: vain rekisteröidyn laitteen { -product-name }-sovellus voi jakaa. Jos joku avaa jakosivun selaimessa ja antaa koodin, se hylätään.
admin-start-browser-on = Sallittu nyt: näytön voi jakaa selaimesta tai rekisteröimättömältä laitteelta.
admin-start-browser-allow = Salli jakaminen selaimesta
admin-start-browser-stop = Lopeta jakaminen selaimesta
admin-start-browser-allowed-now = Jakaminen selaimesta on nyt sallittu.
admin-start-browser-stopped = Jakaminen selaimesta ei ole enää sallittu.
admin-start-helpers-heading = Nimeä auttajat
admin-start-helpers-none = Kukaan ei voi vielä tarjota etätukea.
admin-start-helpers-count =
    { $count ->
        [one] { $count } henkilö voi tarjota etätukea.
       *[other] { $count } henkilöä voi tarjota etätukea.
    }
admin-start-helpers-explain = Auttajat tarjoavat etätukea kaikille organisaatiossa. Valitse henkilöt ja valitse ”Nimeä auttajat”: he liittyvät ryhmään { $group }, jolla on Help Desk Operator -rooli kaikkiin käyttäjiin.
admin-start-helpers-pick = Auttajiksi nimettävät henkilöt
admin-start-helpers-nobody = Kaikki täällä ovat jo auttajia. Luo käyttäjä lisätäksesi jonkun.
admin-start-helpers-roles-needed = Ensimmäisellä kerralla auttajien nimeäminen antaa myös ryhmälle { $group } sen roolin, mihin tarvitaan oikeus hallita rooleja. Pyydä järjestelmänvalvojaa, jolla se on.
admin-start-helpers-submit = Nimeä auttajat
admin-start-helpers-choose = Valitse vähintään yksi henkilö.
admin-start-helpers-made =
    { $count ->
        [one] { $count } henkilö on nyt auttaja ryhmässä { $group }.
       *[other] { $count } henkilöä on nyt auttajia ryhmässä { $group }.
    }
admin-start-create-user = Luo käyttäjä
admin-start-first-heading = Ensimmäinen istunto
admin-start-not-ready = Kun yllä olevat vaiheet on tehty:
admin-start-ready = Kaikki on valmiina ensimmäiseen istuntoon:
admin-start-first-helper = Auttaja kirjautuu, avaa sivun ”{ $page }” ja aloittaa uuden etätukiistunnon, josta hän saa suojauskoodin:
admin-start-first-sharer = Apua tarvitseva kirjautuu, avaa tämän sivun ja antaa koodin:
admin-user-role = Rooli
admin-user-role-member = Jäsen
admin-user-role-member-hint = Kirjautuu, pyytää apua ja jakaa näyttönsä.
admin-user-role-helper = Auttaja
admin-user-role-helper-hint = Tarjoaa etätukea kaikille organisaatiossa ryhmän { $group } jäsenenä.
admin-user-role-administrator = Järjestelmänvalvoja
admin-user-created-helper = { $name } luotiin, ja hän voi nyt tarjota etätukea.
