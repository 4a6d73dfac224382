# Messages of the remote help pages (French): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Terminer la session
session-ended-heading = Session terminée
session-reconnecting = La connexion a été interrompue. Reconnexion…
session-replaced = Cette session a été ouverte dans une autre fenêtre ; elle s’est donc arrêtée ici.
session-connection-closed = La connexion au serveur a été fermée.
go-home = Retour à la page d’accueil

## The trust card: who is on the other side

trust-helper-heading = Votre intervenant
trust-sharer-heading = La personne que vous aidez
trust-job-title = Fonction
trust-company = Entreprise
trust-domain = Domaine de l’organisation
trust-domain-verified = Vérifié
trust-domain-unverified = Non vérifié
trust-not-set = Non renseigné

## The device the helper is about to help with

device-heading = Appareil
device-name = Nom
device-system = Système d’exploitation
device-compliance = Conformité
device-compliant = Conforme
device-not-compliant = Non conforme
device-web-browser = La personne s’est connectée depuis un navigateur web ; l’appareil ne peut donc pas être identifié.
device-none = Aucune information sur l’appareil.
warning-device-not-enrolled = Cet appareil n’est pas inscrit dans votre organisation.
warning-device-not-enrolled-detail = Son identité et son état de sécurité sont inconnus. Soyez prudent avec ce que vous y ouvrez ou tapez.
warning-device-not-compliant = Cet appareil ne respecte pas les stratégies de conformité de votre organisation :

## Chat

chat-heading = Conversation
chat-list-label = Messages
chat-input-label = Message
chat-placeholder = Écrire un message…
chat-send = Envoyer
chat-you = Vous
chat-role-helper = Intervenant
chat-role-sharer = Personne aidée
chat-sending = Envoi…
chat-too-long = Un message peut comporter au maximum { $max } caractères.

## Helper console

helper-page-title = Aide à distance – Assist
helper-page-title-org = Aide à distance – { $organisation }
helper-start-heading = Démarrer une session d’aide à distance
helper-start-intro = Vous obtenez un code de sécurité à 8 chiffres. Communiquez-le à la personne que vous aidez ; elle le saisit pour se connecter.
helper-device-label = Appareil (facultatif)
helper-device-none = Aucun appareil en particulier
helper-device-hint = Choisissez l’appareil de la personne si vous le connaissez : la session ne fonctionnera alors que sur cet appareil, et vous verrez sa conformité.
helper-start-button = Nouvelle session d’aide à distance
helper-start-another = Démarrer une autre session
helper-session-heading = Session d’aide à distance
helper-code-heading = Code de sécurité
helper-code-copy = Copier le code
helper-code-copied = Code copié.
helper-code-copy-failed = Impossible de copier le code. Lisez-le plutôt à voix haute.
helper-code-expires-in = Expire dans { $time }
helper-code-expired = Le code a expiré.
helper-code-one-minute = Le code de sécurité expire dans une minute.
helper-code-instructions = Demandez à la personne d’ouvrir { $address }, de se connecter et de saisir ce code.
helper-code-not-shown-again = Le code de sécurité n’est affiché qu’une seule fois. Si la personne ne s’est pas encore connectée, terminez cette session et démarrez-en une nouvelle.
helper-status-waiting = En attente de la saisie du code par la personne…
helper-status-joined = { $name } a rejoint la session. Demandez à voir son écran dès que vous le souhaitez.
helper-status-asked-view = En attente de l’autorisation de { $name } pour voir son écran…
helper-status-asked-control = En attente de l’autorisation de { $name } pour le contrôle total…
helper-status-connecting = Connexion à l’écran de { $name }…
helper-status-viewing = Vous voyez l’écran de { $name }.
helper-sharer-joined = { $name } a rejoint la session.
helper-request-declined = { $name } a refusé votre demande.
helper-granted-view = { $name } vous a autorisé à voir son écran.
helper-granted-control = { $name } a autorisé le contrôle total.
helper-granted-view-only = { $name } a autorisé l’affichage seul.
helper-escalation-declined = { $name } a conservé l’affichage seul.
helper-control-taken-back = { $name } a repris le contrôle. Vous voyez toujours son écran.
helper-control-paused = { $name } a suspendu votre contrôle.
helper-control-resumed = { $name } vous a rendu le contrôle.
helper-connection-failed = Impossible de se connecter à l’écran. Vérifiez le réseau, ou terminez la session et réessayez.
helper-mode-heading = De quoi avez-vous besoin ?
helper-mode-hint = Demandez l’affichage seul pour regarder, ou le contrôle total pour utiliser sa souris et son clavier. La personne décide.
helper-mode-web-hint = La personne utilise un navigateur web, qui ne peut partager l’écran qu’en affichage seul. Le contrôle total nécessite l’application Assist sur son appareil.
helper-escalate-hint = Vous pouvez demander le contrôle total ; la personne décide à nouveau.
helper-request-view = Demander l’affichage seul
helper-request-control = Demander le contrôle total

## The remote screen in the helper console

viewer-heading = Écran de { $name }
viewer-stage-label = Écran distant de { $name }
viewer-toolbar-label = Affichage de l’écran
viewer-fit = Ajuster à la fenêtre
viewer-actual-size = Taille réelle
viewer-full-screen = Plein écran
viewer-monitor-label = Moniteur
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Affichage seul
viewer-mode-control = Contrôle total
viewer-mode-paused = Contrôle suspendu
viewer-role-view = écran distant, affichage seul
viewer-role-control = écran distant, votre souris et votre clavier agissent sur l’autre ordinateur
viewer-hint-view = Vous pouvez voir l’écran, mais pas l’utiliser.
viewer-hint-control = Cliquez sur l’écran pour l’utiliser. Tant qu’il a le focus, chaque touche, raccourcis compris, est envoyée à l’autre ordinateur. Appuyez sur Ctrl+Alt+Home pour revenir à la barre d’outils.

## Sharer web app

share-page-title = Obtenir de l’aide – Assist
share-page-title-org = Obtenir de l’aide – { $organisation }
share-join-heading = Obtenir de l’aide
share-join-intro = Entrez le code de sécurité que votre intervenant vous a donné. Vous voyez de qui il s’agit avant que cette personne puisse voir quoi que ce soit.
share-code-label = Code de sécurité
share-code-hint = 8 chiffres, par exemple 1234 5678.
share-code-invalid-format = Entrez les 8 chiffres du code de sécurité.
share-join-button = Continuer
share-join-another = Entrer un autre code
share-session-heading = Aide à distance
share-status-joined = Connecté avec { $name }. Cette personne va vous demander à voir votre écran.
share-status-asked = { $name } attend votre réponse.
share-status-sharing = Vous partagez votre écran avec { $name }.
share-request-view-heading = { $name } demande à voir votre écran
share-request-view-text = { $name } verra tout ce qui s’affiche sur l’écran que vous choisissez, mais ne pourra pas utiliser votre souris ni votre clavier. Vous pouvez arrêter à tout moment.
share-request-control-heading = { $name } demande le contrôle total
share-request-control-text = Avec le contrôle total, { $name } pourrait utiliser votre souris et votre clavier.
share-control-needs-app = Le contrôle total nécessite l’application Assist sur cet appareil. Dans le navigateur, vous pouvez partager votre écran en affichage seul.
share-allow = Autoriser
share-allow-view-only = Autoriser l’affichage seul
share-decline = Refuser
share-keep-view-only = Conserver l’affichage seul
share-picker-cancelled = Aucun écran n’a été choisi ; rien n’est donc partagé. Choisissez à nouveau Autoriser pour sélectionner un écran, ou Refuser.
share-capture-failed = Ce navigateur n’a pas pu partager l’écran. Essayez un autre navigateur, ou refusez.
share-reshare-heading = Votre écran n’est plus partagé
share-reshare-text = La page a été rechargée ; { $name } ne voit donc plus votre écran. Partagez-le à nouveau, ou terminez la session.
share-reshare-button = Partager à nouveau mon écran
share-bar-label = Partage d’écran
share-bar-text = Vous partagez votre écran avec { $name }
share-stop = Arrêter le partage
share-connection-failed = Impossible de transmettre votre écran. Vérifiez le réseau, ou terminez la session et réessayez.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Vous avez terminé la session.
ended-helper-sharer-left = { $name } a terminé la session.
ended-helper-helper-disconnected = Votre connexion a été perdue trop longtemps ; la session a donc pris fin.
ended-helper-sharer-disconnected = La connexion de { $name } a été perdue et n’a pas été rétablie ; la session a donc pris fin.
ended-helper-code-expired = Personne n’a saisi le code avant son expiration.
ended-helper-declined-timeout = { $name } n’a pas répondu à temps à votre demande.
ended-helper-revoked = Un administrateur a mis fin à cette session.
ended-helper-policy = La session a pris fin, car l’aide à distance a été désactivée pour votre organisation.
ended-helper-access-withdrawn = La session a pris fin, car votre accès a changé : votre compte, votre connexion ou votre rôle d’aide à distance n’autorise plus cette session.
ended-helper-other = La session a pris fin.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } a terminé la session.
ended-sharer-sharer-left = Vous avez terminé la session. Plus rien n’est partagé.
ended-sharer-helper-disconnected = La connexion de { $name } a été perdue et n’a pas été rétablie ; la session a donc pris fin.
ended-sharer-sharer-disconnected = Votre connexion a été perdue trop longtemps ; la session a donc pris fin.
ended-sharer-code-expired = Le code a expiré.
ended-sharer-declined-timeout = Vous n’avez pas répondu à temps ; la session a donc pris fin. Rien n’a été partagé.
ended-sharer-revoked = Un administrateur a mis fin à cette session.
ended-sharer-policy = La session a pris fin, car l’aide à distance a été désactivée pour votre organisation.
ended-sharer-access-withdrawn = La session a pris fin, car { $name } n’est plus autorisé à vous aider, ou votre propre accès a changé. Plus rien n’est partagé.
ended-sharer-other = La session a pris fin.

## Refusals from the server

error-remote-help-disabled = L’aide à distance est désactivée pour votre organisation. Un administrateur peut l’activer.
error-code-invalid = Ce code n’est pas valide. Vérifiez les chiffres et réessayez.
error-code-expired = Ce code a expiré. Demandez-en un nouveau à votre intervenant.
error-code-used = Ce code a déjà été utilisé. Demandez-en un nouveau à votre intervenant.
error-unenrolled-device = Votre organisation n’autorise l’aide que sur les appareils inscrits. Installez l’application Assist sur cet appareil ou contactez votre administrateur.
error-wrong-device = Cette session a été démarrée pour un autre appareil. Demandez à votre intervenant un code pour celui-ci.
error-chat-disabled = La conversation est désactivée pour votre organisation.
error-invalid-transition = Cette action n’est pas possible à ce stade de la session.
error-session-ended = Cette session a déjà pris fin.
error-control-needs-agent = Le contrôle total nécessite l’application Assist sur l’appareil de l’autre personne.
error-session-not-found = Cette session n’existe pas, ou vous n’y participez pas.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Votre compte ne peut pas proposer d’aide à distance : il lui faut les autorisations « Proposer une assistance à distance » et « Voir l’écran ». Demandez à un administrateur de votre organisation de faire de vous un assistant.
error-browser-sharing-not-allowed = Votre organisation n’autorise pas le partage d’écran depuis un navigateur web. Installez l’application Assist sur cet appareil et saisissez-y le code, ou contactez votre support.
error-sharer-out-of-scope = Cette personne ne peut pas vous aider : son rôle ne vous couvre pas, ni cet appareil. Demandez à votre support qui peut vous aider.
error-own-session = Vous avez démarré cette session vous-même. Donnez le code à la personne que vous aidez ; elle le saisit pour se connecter.
error-helper-unavailable = La personne qui vous a donné ce code ne peut plus aider. Demandez quelqu’un d’autre à votre support.
error-device-in-other-organisation = Cet appareil est inscrit dans une autre organisation. Contactez votre administrateur.
error-device-out-of-scope = Cet appareil n’est pas couvert par votre rôle : vous ne pouvez pas aider sur celui-ci. Choisissez un autre appareil, ou aucun.
error-chat-empty = Écrivez un message avant de l’envoyer.
error-chat-too-long = Ce message est trop long. Raccourcissez-le et renvoyez-le.
error-chat-invalid-characters = Ce message contient des caractères de contrôle invisibles qui ne peuvent pas être envoyés. Supprimez-les et réessayez.
helper-permission-heading = Vous ne pouvez pas encore proposer d’aide à distance
helper-permission-text = Proposer une aide à distance nécessite les autorisations « Proposer une assistance à distance » et « Voir l’écran », que votre compte n’a pas.
helper-ask-admin = Demandez à un administrateur de { $organisation } de changer cela.
helper-disabled-heading = L’aide à distance est désactivée
helper-disabled-text = Votre organisation n’a pas activé l’aide à distance : aucune session ne peut encore être démarrée.
helper-open-settings = Ouvrir les paramètres de l’organisation
helper-browser-note = Votre organisation n’autorise pas le partage depuis un navigateur web : la personne que vous aidez a besoin de l’application Assist sur un appareil inscrit.
helper-join-refused-heading = Quelqu’un a essayé de rejoindre la session avec ce code
helper-join-refused-browser-sharing-not-allowed = Cette personne a utilisé un navigateur web, et votre organisation n’autorise pas le partage depuis un navigateur. Demandez-lui de saisir le même code dans l’application Assist : il est toujours valide.
helper-join-refused-unenrolled-device = Son appareil n’est pas inscrit, et votre organisation n’autorise l’aide que sur les appareils inscrits. Demandez-lui d’utiliser l’application Assist sur un appareil inscrit : le code est toujours valide.
helper-join-refused-sharer-out-of-scope = Votre rôle ne couvre pas cette personne ou son appareil : elle n’a pas pu rejoindre la session. Confiez-la à quelqu’un dont le rôle la couvre, ou demandez à un administrateur d’élargir le vôtre.
helper-join-refused-wrong-device = Cette personne a utilisé un autre appareil que celui choisi pour cette session. Demandez-lui d’utiliser l’application Assist sur cet appareil : le code est toujours valide.
share-app-explained = L’application Assist est le programme de votre organisation pour obtenir de l’aide sur cet ordinateur. Avec elle, la personne qui vous aide peut utiliser votre souris et votre clavier pendant que vous regardez, et vous pouvez reprendre la main ou arrêter à tout moment. Si elle n’est pas installée, contactez votre support.
share-app-download = Télécharger l’application Assist

## Presence: the other person's connection dropped, or came back.
presence-away = La connexion de { $name } a été perdue. En attente de son retour…
presence-grace-left = La session se termine dans { $time } si cette personne ne revient pas.
presence-nobody-sees = Personne ne voit votre écran pendant son absence. Le partage reprend à son retour.
presence-end-now = Terminer maintenant
presence-back = { $name } est de retour.
presence-back-reshare = { $name } est de retour et doit à nouveau partager son écran.
share-bar-paused-text = Personne ne voit votre écran : la connexion de { $name } a été perdue
