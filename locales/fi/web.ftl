# Messages of the web app (Finnish). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Siirry pääsisältöön
loading = Ladataan…
go-to-sign-in = Siirry kirjautumissivulle
sign-out = Kirjaudu ulos
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Kieli

## Form fields and checks

field-organisation-name = Organisaation nimi
field-organisation-name-hint = Nimi, jolla kollegasi tuntevat organisaation. Voit muuttaa sitä myöhemmin.
field-full-name = Koko nimi
field-full-name-hint = Näytetään auttamillesi henkilöille, jotta he tietävät, kuka on muodostamassa yhteyttä.
field-email = Sähköposti
field-job-title-optional = Tehtävänimike (valinnainen)
field-company-optional = Yritys (valinnainen)
field-password = Salasana
field-new-password = Uusi salasana
field-confirm-password = Vahvista salasana
password-hint = Vähintään 12 merkkiä. Muutama toisiinsa liittymätön sana on vahva ja helposti muistettava salasana.
form-required = Tämä kenttä on pakollinen.
form-email-invalid = Anna sähköpostiosoite, esimerkiksi nimi@example.com.
form-fix-fields = Joissakin kentissä on korjattavaa. Korjaa alla merkityt kentät.
form-error-summary = Korjaa nämä kentät:
password-too-short = Salasanassa on oltava vähintään { $min } merkkiä.
password-too-long = Salasanassa saa olla enintään { $max } merkkiä.
password-mismatch = Salasanat eivät täsmää. Kirjoita sama salasana molempiin kenttiin.

## Errors from the server, by code

error-network = Palvelimeen ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.
error-invalid-credentials = Sähköpostiosoite tai salasana on virheellinen.
error-too-many-attempts = Liian monta yritystä. Odota hetki ja yritä uudelleen.
error-too-many-attempts-wait = Liian monta yritystä. Odota { $seconds } sekuntia ja yritä uudelleen.
error-setup-link-invalid = Tämä linkki ei ole enää voimassa: se on ehkä jo käytetty tai se on vanhentunut.
error-conflict = Tämä on ristiriidassa jonkin jo olemassa olevan kanssa.
error-email-taken = Tällä sähköpostiosoitteella on jo tili.
error-unauthenticated = Et ole kirjautunut sisään, tai istuntosi on päättynyt. Kirjaudu uudelleen sisään.
error-origin-mismatch = Pyyntö hylättiin, koska se ei tullut tältä sivustolta. Lataa sivu uudelleen ja yritä uudelleen.
error-payload-too-large = Lähettämäsi tiedot ovat liian suuria.
error-forbidden = Sinulla ei ole oikeutta tehdä tätä.
error-timeout = Palvelin ei vastannut ajoissa. Yritä uudelleen.
error-unavailable = Palvelu ei ole tilapäisesti käytettävissä. Yritä uudelleen muutaman minuutin kuluttua.
error-internal = Palvelimella tapahtui virhe. Yritä uudelleen. Jos ongelma toistuu, ilmoita siitä järjestelmänvalvojalle.
error-unexpected = Tapahtui odottamaton virhe. Yritä uudelleen.
error-second-factor-required = Anna todennussovelluksen koodi tai jokin palautuskoodeistasi.
error-invalid-second-factor = Koodi on virheellinen tai jo käytetty. Odota uutta koodia ja yritä uudelleen.
error-sso-not-configured = Organisaatiosi ei tarjoa kertakirjautumista tälle sähköpostiosoitteelle. Kirjaudu sisään salasanalla.
error-profile-managed = Organisaatiosi hallitsee nimeäsi, tehtävänimikettäsi ja yritystäsi kertakirjautumisen kautta, joten vain järjestelmänvalvoja voi muuttaa niitä.
error-sso-provider-unavailable = Organisaatiosi kirjautumispalveluun ei saatu yhteyttä. Yritä uudelleen muutaman minuutin kuluttua.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Organisaatiosi ehdollisen käyttöoikeuden käytäntö ”{ $policy }” ei salli tätä. Ota yhteyttä järjestelmänvalvojaan.

## Setup link page (/setup)

setup-page-title = Käyttöönotto – { -product-name }
setup-checking-heading = Linkkiä tarkistetaan
setup-checking = Hetkinen, tarkistamme linkkiä…
setup-expires = Linkki on voimassa { $time } asti.
setup-invalid-heading = Tätä linkkiä ei voi käyttää
setup-missing-heading = Tämä sivu tarvitsee käyttöönottolinkin
setup-missing = Avaa saamasi linkki kokonaisuudessaan, myös #-merkin jälkeinen osa.
setup-error-heading = Linkkiä ei voitu tarkistaa
setup-unknown-purpose = Linkki on tarkoitettu toimintoon, jota tämä sivu ei tue.
setup-invalid-help =
    Pyydä uusi linkki järjestelmänvalvojalta. Palvelimen ylläpitäjä voi luoda linkin
    komennolla ”assist-server admin setup-link”.

first-admin-heading = Luo organisaatio
first-admin-intro = Ota { -product-name } käyttöön organisaatiollesi ja luo ensimmäinen järjestelmänvalvojan tili. Voit kutsua kollegoita myöhemmin.
first-admin-organisation-legend = Organisaatio
first-admin-account-legend = Järjestelmänvalvojan tilisi
first-admin-submit = Luo organisaatio

reset-heading = Valitse uusi salasana
reset-intro = Aseta uusi salasana tilille { $email }.
reset-intro-no-email = Aseta tilillesi uusi salasana.
reset-submit = Aseta salasana

## Sign-in page (/sign-in)

sign-in-page-title = Kirjaudu sisään – { -product-name }
sign-in-heading = Kirjaudu palveluun { -product-name }
sign-in-intro = Käytä tilisi sähköpostiosoitetta ja salasanaa.
sign-in-submit = Kirjaudu sisään
field-second-factor-code = Todennuskoodi tai palautuskoodi
sign-in-sso = Kirjaudu organisaatiosi tilillä
sign-in-sso-needs-email = Anna ensin sähköpostiosoitteesi, jotta löydämme organisaatiosi.
sign-in-sso-refused = Kertakirjautuminen ei kirjannut sinua sisään. Jos tililläsi on oma salasana, kirjaudu sillä sisään tässä ja yhdistä sitten kertakirjautuminen etusivullasi.
sign-in-or = tai
sign-in-forgot = Unohditko salasanasi? Pyydä palautuslinkki organisaatiosi järjestelmänvalvojalta.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisaatio:
user-menu-label = Oma tili
home-heading = Kirjautunut käyttäjä: { $name }

profile-heading = Oma profiili
profile-name = Nimi
profile-email = Sähköposti
profile-job-title = Tehtävänimike
profile-company = Yritys
profile-role = Rooli
profile-not-set = Ei määritetty
profile-edit = Muokkaa profiilia
profile-form-label = Muokkaa profiiliasi
profile-save = Tallenna
profile-cancel = Peruuta
profile-saved = Profiilisi on tallennettu.
profile-managed = Organisaatiosi hallitsee nimeäsi, tehtävänimikettäsi ja yritystäsi kertakirjautumisen kautta. Pyydä järjestelmänvalvojaa muuttamaan niitä.
role-administrator = Järjestelmänvalvoja
role-member = Jäsen

picture-change = Vaihda kuva
picture-hint = PNG- tai JPEG-kuva, enintään 256 kt. Auttamasi henkilöt näkevät sen ennen kuin jakavat näyttönsä.
picture-uploading = Kuvaa ladataan…
picture-updated = Kuvasi on päivitetty.
picture-wrong-type = Valitse PNG- tai JPEG-kuva.
picture-too-large = Kuva on suurempi kuin 256 kt. Valitse pienempi kuva.

sessions-heading = Missä olet kirjautuneena
sessions-intro = Selaimet, joissa tilisi on kirjautuneena. Kirjaudu ulos niistä, joita et tunnista.
session-this-device = Tämä laite
session-device = { $browser }, { $os }
session-device-unknown = Tuntematon selain
session-signed-in = Kirjautunut: { $time }
session-last-active = Viimeksi aktiivinen: { $time }
session-address = Osoitteesta { $address }
session-sign-out = Kirjaudu ulos
session-sign-out-label = Kirjaudu ulos: { $device }
session-signed-out = Kirjauduttu ulos: { $device }.

home-admin-link = Hallintakonsoli

## Home page: remote help

home-remote-help-heading = Etätuki
home-help-someone-text = Aloita istunto ja anna suojauskoodi autettavalle henkilölle.
home-help-someone = Auta jotakuta
home-get-help-text = Saitko auttajaltasi suojauskoodin? Anna se tässä.
home-get-help = Pyydä apua

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Kertakirjautuminen
home-sso-linked = Tilisi on yhdistetty organisaatiosi kertakirjautumiseen.
home-sso-not-linked = Tiliäsi ei ole yhdistetty organisaatiosi kertakirjautumiseen.
home-sso-link-intro = Kun yhdistät sen, voit kirjautua sisään organisaatiosi tilillä.
home-sso-link = Yhdistä kertakirjautuminen
home-sso-linking = Siirrytään organisaatiosi kirjautumissivulle…
