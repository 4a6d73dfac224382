# Messages of the Assist app (Finnish): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: näyttöäsi jaetaan
agent-starting = Käynnistetään…
# Shown after the person submitted a form, until the server answers.
agent-working = Odota…

## Signing in

agent-sign-in-heading = Kirjaudu sisään saadaksesi apua
agent-email = Sähköposti
agent-password = Salasana
agent-sign-in = Kirjaudu sisään
agent-sign-in-sso = Kirjaudu kertakirjautumisella
agent-second-factor-heading = Kirjautumisen toinen vaihe
agent-second-factor = Todennuskoodi
agent-second-factor-hint = Anna todennussovelluksesi näyttämä koodi tai jokin palautuskoodeistasi.
agent-continue = Jatka
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Kirjautuminen jatkuu verkkoselaimessa. Jos selain ei auennut, siirry osoitteeseen: { $url }

## The security code the helper gives

agent-code-heading = Anna suojauskoodi
agent-code-hint = Auttajasi antaa sinulle 8-numeroisen suojauskoodin.
agent-code = Suojauskoodi
agent-connect = Yhdistä

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Auttajasi
agent-trust-name = Nimi
agent-trust-job-title = Tehtävänimike
agent-trust-company = Yritys
agent-trust-domain = Sähköpostin toimialue
# Shown instead of an empty job title or company.
agent-trust-not-given = ei ilmoitettu
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (vahvistettu toimialue)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (toimialuetta EI ole vahvistettu)
agent-trust-not-enrolled = Tätä laitetta ei ole rekisteröity organisaatioosi; auttajallesi on kerrottu tästä.
# $name: the helper's full name.
agent-waiting-for-request = Odotetaan, että { $name } pyytää saada nähdä näyttösi. Mitään ei jaeta ennen kuin sallit sen.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } pyytää täyttä hallintaa (hiiri ja näppäimistö).
agent-request-view = { $name } pyytää saada nähdä näyttösi.
agent-allow = Salli
agent-allow-view-only = Salli vain katselu
agent-decline = Hylkää

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Jaetaan käyttäjälle { $name }: täysi hallinta
agent-sharing-view = Jaetaan käyttäjälle { $name }: vain katselu
agent-sharing-paused = Jaetaan käyttäjälle { $name }: hallinta pysäytetty
agent-stop-control = Pysäytä hallinta
agent-give-control-back = Palauta hallinta
agent-end-session = Lopeta istunto

## Chat

agent-chat-heading = Keskustelu
agent-chat-input = Viesti
agent-chat-send = Lähetä
# The writer's name shown for the person's own messages.
agent-chat-you = Sinä

## Notices

agent-helper-away = Käyttäjän { $name } yhteys katkesi. Odotetaan paluuta…
agent-helper-away-time = Istunto päättyy { $time } kuluttua, ellei yhteys palaa.
agent-helper-away-unseen = Sillä välin kukaan ei näe eikä hallitse näyttöäsi.
agent-end-now = Lopeta nyt
agent-helper-back = { $name } on palannut.
agent-notice-server-lost = Palvelimeen ei saada yhteyttä. Hallinta pysäytettiin.
agent-notice-server-back = Palvelimeen saadaan taas yhteys. Hallinta pysyy pysäytettynä, kunnes palautat sen.
agent-notice-connection-lost = Yhteys auttajaasi katkesi. Hallinta pysäytettiin.
agent-notice-connected = Yhdistetty: auttajasi näkee näyttösi.
agent-notice-control-stopped = Hallinta pysäytettiin: auttajasi ei voi enää käyttää hiirtäsi ja näppäimistöäsi.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Uudempi { -product-name }-sovellus on saatavilla: { $version }
agent-update-required = Tämä { -product-name }-sovellus on vanhentunut, ja se on päivitettävä versioon { $version } ennen kuin voit jakaa näyttösi
# $url: where to download the newer app.
agent-update-download = Lataa se osoitteesta { $url }

## The end of the session

agent-ended-heading = Istunto päättyi
agent-ended = Istunto päättyi.
agent-ended-helper-left = Istunto päättyi: auttajasi lopetti sen.
agent-ended-sharer-left = Istunto päättyi: lopetit sen.
agent-ended-sharer-disconnected = Istunto päättyi: yhteytesi katkesi eikä palannut ajoissa.
agent-ended-helper-disconnected = Istunto päättyi: auttajasi yhteys katkesi eikä palannut ajoissa.
agent-ended-code-expired = Istunto päättyi: suojauskoodi vanheni.
agent-ended-declined-timeout = Istunto päättyi: pyyntöön ei vastattu ajoissa.
agent-ended-revoked = Istunto päättyi: järjestelmänvalvoja pysäytti sen.
agent-ended-policy = Istunto päättyi: organisaatiosi sääntö pysäytti sen.
agent-ended-access-withdrawn = Istunto päättyi: auttajasi ei enää saa auttaa sinua, tai oma käyttöoikeutesi peruttiin.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Istunto päättyi: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Tätä laitetta ei ole rekisteröity, ja organisaatiosi sallii tuen vain rekisteröidyillä laitteilla. Pyydä järjestelmänvalvojaa rekisteröimään se.
agent-close = Sulje

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Sähköposti:
agent-terminal-password = Salasana (tyhjä kertakirjautumista varten):
agent-terminal-second-factor = Todennuskoodi:
agent-terminal-code = Suojauskoodi:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [s]alli, vain [k]atselu, [h]ylkää:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [s]alli, [h]ylkää:
# One lowercase letter each, all three different.
agent-terminal-key-allow = s
agent-terminal-key-view-only = k
agent-terminal-key-decline = h
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Komennot: /stop ottaa hallinnan takaisin, /resume palauttaa sen, /end lopettaa istunnon; kaikki muut rivit lähetetään keskusteluviesteinä.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Palauta hallinta kirjoittamalla /resume.
agent-terminal-end-now-hint = Lopeta istunto heti kirjoittamalla /end.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Tuntematon komento: { $command }. /help näyttää komennot; jos haluat lähettää keskusteluviestin, joka alkaa merkillä /, aloita rivi merkeillä //.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Tämä { -product-name }-sovelluksen versio on liian vanha organisaatiollesi. Päivitä se ja yritä uudelleen.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Olet kirjautunut sisään. Voit sulkea tämän välilehden ja palata { -product-name }-sovellukseen.
agent-sso-browser-failed = Kertakirjautuminen ei onnistunut. Palaa { -product-name }-sovellukseen nähdäksesi syyn.
