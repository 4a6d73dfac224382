# Messages of the Assist app (French): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name } : partage de votre écran en cours
agent-starting = Démarrage…
# Shown after the person submitted a form, until the server answers.
agent-working = Veuillez patienter…

## Signing in

agent-sign-in-heading = Connectez-vous pour obtenir de l’aide
agent-email = Adresse e-mail
agent-password = Mot de passe
agent-sign-in = Se connecter
agent-sign-in-sso = Se connecter par authentification unique
agent-second-factor-heading = Deuxième étape de la connexion
agent-second-factor = Code d’authentification
agent-second-factor-hint = Entrez le code affiché par votre application d’authentification ou l’un de vos codes de récupération.
agent-continue = Continuer
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = La connexion se poursuit dans votre navigateur web. S’il ne s’est pas ouvert, accédez à : { $url }

## The security code the helper gives

agent-code-heading = Entrez le code de sécurité
agent-code-hint = Votre intervenant vous communique un code de sécurité à 8 chiffres.
agent-code = Code de sécurité
agent-connect = Connecter

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Votre intervenant
agent-trust-name = Nom
agent-trust-job-title = Fonction
agent-trust-company = Entreprise
agent-trust-domain = Domaine de l’adresse e-mail
# Shown instead of an empty job title or company.
agent-trust-not-given = non renseigné
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (domaine vérifié)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domaine NON vérifié)
agent-trust-not-enrolled = Cet appareil n’est pas inscrit dans votre organisation ; votre intervenant en est informé.
# $name: the helper's full name.
agent-waiting-for-request = En attente de la demande de { $name } pour voir votre écran. Rien n’est partagé tant que vous ne l’avez pas autorisé.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } demande le contrôle total (souris et clavier).
agent-request-view = { $name } demande à voir votre écran.
agent-allow = Autoriser
agent-allow-view-only = Autoriser l’affichage seul
agent-decline = Refuser

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Partage avec { $name } : contrôle total
agent-sharing-view = Partage avec { $name } : affichage seul
agent-sharing-paused = Partage avec { $name } : contrôle arrêté
agent-stop-control = Arrêter le contrôle
agent-give-control-back = Rendre le contrôle
agent-end-session = Terminer la session

## Chat

agent-chat-heading = Conversation
agent-chat-input = Message
agent-chat-send = Envoyer
# The writer's name shown for the person's own messages.
agent-chat-you = Vous

## Notices

agent-helper-away = La connexion de { $name } a été interrompue. En attente de son retour…
agent-helper-away-time = La session se terminera dans { $time } si la connexion ne revient pas.
agent-helper-away-unseen = Personne ne peut voir ni contrôler votre écran pendant cette absence.
agent-end-now = Terminer maintenant
agent-helper-back = { $name } est de retour.
agent-notice-server-lost = Le serveur est injoignable. Le contrôle est arrêté.
agent-notice-server-back = Le serveur est de nouveau joignable. Le contrôle reste arrêté jusqu’à ce que vous le rendiez.
agent-notice-connection-lost = La connexion avec votre intervenant a été perdue. Le contrôle est arrêté.
agent-notice-connected = Connecté : votre intervenant voit votre écran.
agent-notice-control-stopped = Contrôle arrêté : votre intervenant ne peut plus utiliser votre souris ni votre clavier.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Une version plus récente de l’application { -product-name } est disponible : { $version }
agent-update-required = Cette application { -product-name } est obsolète et doit être mise à jour vers la version { $version } avant que vous puissiez partager votre écran
# $url: where to download the newer app.
agent-update-download = Téléchargez-la depuis { $url }

## The end of the session

agent-ended-heading = Session terminée
agent-ended = Session terminée.
agent-ended-helper-left = Session terminée : votre intervenant y a mis fin.
agent-ended-sharer-left = Session terminée : vous y avez mis fin.
agent-ended-sharer-disconnected = Session terminée : votre connexion a été perdue et n’a pas été rétablie à temps.
agent-ended-helper-disconnected = Session terminée : la connexion de votre intervenant a été perdue et n’a pas été rétablie à temps.
agent-ended-code-expired = Session terminée : le code de sécurité a expiré.
agent-ended-declined-timeout = Session terminée : la demande n’a pas reçu de réponse à temps.
agent-ended-revoked = Session terminée : un administrateur l’a arrêtée.
agent-ended-policy = Session terminée : une règle de votre organisation l’a arrêtée.
agent-ended-access-withdrawn = Session terminée : votre intervenant n’est plus autorisé à vous aider, ou votre propre accès a été retiré.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Session terminée : { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Cet appareil n’est pas inscrit, et votre organisation n’autorise l’aide que sur les appareils inscrits. Demandez à votre administrateur de l’inscrire.
agent-close = Fermer

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Adresse e-mail :
agent-terminal-password = Mot de passe (vide pour l’authentification unique) :
agent-terminal-second-factor = Code d’authentification :
agent-terminal-code = Code de sécurité :
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label } : { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [a]utoriser, affichage [s]eul, [r]efuser :
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [a]utoriser, [r]efuser :
# One lowercase letter each, all three different.
agent-terminal-key-allow = a
agent-terminal-key-view-only = s
agent-terminal-key-decline = r
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Commandes : /stop reprend le contrôle, /resume le rend, /end termine la session ; toute autre ligne est envoyée comme message dans la conversation.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Tapez /resume pour rendre le contrôle.
agent-terminal-end-now-hint = Tapez /end pour terminer la session maintenant.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Commande inconnue : { $command }. /help liste les commandes ; commencez une ligne par // pour envoyer un message qui commence par /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Cette version de l’application { -product-name } est trop ancienne pour votre organisation. Mettez-la à jour, puis réessayez.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à l’application { -product-name }.
agent-sso-browser-failed = L’authentification unique a échoué. Revenez à l’application { -product-name } pour en connaître la raison.
