# Messages of the web app (French). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Aller au contenu principal
loading = Chargement…
go-to-sign-in = Aller à la page de connexion
sign-out = Se déconnecter
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Langue

## Form fields and checks

field-organisation-name = Nom de l’organisation
field-organisation-name-hint = Le nom sous lequel vos collègues la connaissent. Vous pourrez le modifier plus tard.
field-full-name = Nom complet
field-full-name-hint = Affiché aux personnes que vous aidez, pour qu’elles sachent qui se connecte.
field-email = Adresse e-mail
field-job-title-optional = Fonction (facultatif)
field-company-optional = Entreprise (facultatif)
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-confirm-password = Confirmer le mot de passe
password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.
form-required = Ce champ est obligatoire.
form-email-invalid = Entrez une adresse e-mail, par exemple nom@example.com.
form-fix-fields = Certains champs nécessitent votre attention. Corrigez les champs signalés ci-dessous.
form-error-summary = Corrigez ces champs :
password-too-short = Le mot de passe doit comporter au moins { $min } caractères.
password-too-long = Le mot de passe doit comporter au plus { $max } caractères.
password-mismatch = Les mots de passe ne correspondent pas. Tapez le même mot de passe dans les deux champs.

## Errors from the server, by code

error-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect.
error-too-many-attempts = Trop de tentatives. Patientez un instant, puis réessayez.
error-too-many-attempts-wait = Trop de tentatives. Patientez { $seconds } secondes, puis réessayez.
error-setup-link-invalid = Ce lien n’est plus valide : il a peut-être déjà été utilisé ou il a expiré.
error-conflict = Cet élément est en conflit avec un élément existant.
error-email-taken = Un compte avec cette adresse e-mail existe déjà.
error-unauthenticated = Vous n’êtes pas connecté ou votre session a pris fin. Veuillez vous reconnecter.
error-origin-mismatch = La demande a été refusée, car elle ne provient pas de ce site. Rechargez la page et réessayez.
error-payload-too-large = Les données envoyées sont trop volumineuses.
error-forbidden = Vous n’avez pas l’autorisation d’effectuer cette action.
error-timeout = Le serveur a mis trop de temps à répondre. Veuillez réessayer.
error-unavailable = Le service est temporairement indisponible. Veuillez réessayer dans quelques minutes.
error-internal = Une erreur s’est produite sur le serveur. Veuillez réessayer ; si le problème persiste, contactez votre administrateur.
error-unexpected = Une erreur inattendue s’est produite. Veuillez réessayer.
error-second-factor-required = Entrez le code de votre application d’authentification ou l’un de vos codes de récupération.
error-invalid-second-factor = Ce code est incorrect ou a déjà été utilisé. Attendez un nouveau code et réessayez.
error-sso-not-configured = Votre organisation ne propose pas l’authentification unique pour cette adresse e-mail. Connectez-vous avec votre mot de passe.
error-profile-managed = Votre organisation gère votre nom, votre fonction et votre entreprise par l’authentification unique : seul un administrateur peut les modifier.
error-sso-provider-unavailable = Impossible de joindre le service de connexion de votre organisation. Veuillez réessayer dans quelques minutes.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = La stratégie d’accès conditionnel « { $policy } » de votre organisation ne le permet pas. Contactez votre administrateur.

## Setup link page (/setup)

setup-page-title = Configuration – { -product-name }
setup-checking-heading = Vérification de votre lien
setup-checking = Un instant, nous vérifions votre lien…
setup-expires = Ce lien est valide jusqu’au { $time }.
setup-invalid-heading = Ce lien ne peut pas être utilisé
setup-missing-heading = Cette page nécessite un lien de configuration
setup-missing = Ouvrez le lien complet qui vous a été fourni, y compris la partie située après le signe #.
setup-error-heading = Impossible de vérifier le lien
setup-unknown-purpose = Ce lien est destiné à une action que cette page ne prend pas en charge.
setup-invalid-help =
    Demandez un nouveau lien à votre administrateur. La personne qui gère le serveur peut en générer un
    avec la commande « assist-server admin setup-link ».

first-admin-heading = Créer votre organisation
first-admin-intro = Configurez { -product-name } pour votre organisation et créez le premier compte administrateur. Vous pourrez ensuite inviter vos collègues.
first-admin-organisation-legend = Organisation
first-admin-account-legend = Votre compte administrateur
first-admin-submit = Créer l’organisation

reset-heading = Choisir un nouveau mot de passe
reset-intro = Définissez un nouveau mot de passe pour { $email }.
reset-intro-no-email = Définissez un nouveau mot de passe pour votre compte.
reset-submit = Définir le mot de passe

## Sign-in page (/sign-in)

sign-in-page-title = Connexion – { -product-name }
sign-in-heading = Se connecter à { -product-name }
sign-in-intro = Utilisez l’adresse e-mail et le mot de passe de votre compte.
sign-in-submit = Se connecter
field-second-factor-code = Code d’authentification ou code de récupération
sign-in-sso = Se connecter avec le compte de votre organisation
sign-in-sso-needs-email = Entrez d’abord votre adresse e-mail pour que nous puissions trouver votre organisation.
sign-in-sso-refused = L’authentification unique ne vous a pas connecté. Si votre compte a son propre mot de passe, connectez-vous ici avec celui-ci, puis associez l’authentification unique depuis votre page d’accueil.
sign-in-or = ou
sign-in-forgot = Mot de passe oublié ? Demandez un lien de récupération à un administrateur de votre organisation.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organisation :
user-menu-label = Votre compte
home-heading = Connecté en tant que { $name }

profile-heading = Votre profil
profile-name = Nom
profile-email = Adresse e-mail
profile-job-title = Fonction
profile-company = Entreprise
profile-role = Rôle
profile-not-set = Non défini
profile-edit = Modifier le profil
profile-form-label = Modifier votre profil
profile-save = Enregistrer
profile-cancel = Annuler
profile-saved = Votre profil a été enregistré.
profile-managed = Votre organisation gère votre nom, votre fonction et votre entreprise par l’authentification unique. Pour les modifier, adressez-vous à votre administrateur.
role-administrator = Administrateur
role-member = Membre

picture-change = Changer de photo
picture-hint = Une image PNG ou JPEG de 256 Ko au maximum. Les personnes que vous aidez la voient avant de partager leur écran.
picture-uploading = Chargement de votre photo…
picture-updated = Votre photo a été mise à jour.
picture-wrong-type = Choisissez une image PNG ou JPEG.
picture-too-large = La photo dépasse 256 Ko. Choisissez une image plus petite.

sessions-heading = Où vous êtes connecté
sessions-intro = Navigateurs dans lesquels votre compte est connecté. Déconnectez ceux que vous ne reconnaissez pas.
session-this-device = Cet appareil
session-device = { $browser } sur { $os }
session-device-unknown = Navigateur inconnu
session-signed-in = Connecté le { $time }
session-last-active = Dernière activité le { $time }
session-address = Depuis l’adresse { $address }
session-sign-out = Se déconnecter
session-sign-out-label = Se déconnecter sur { $device }
session-signed-out = Déconnecté sur { $device }.

home-admin-link = Console d’administration

## Home page: remote help

home-remote-help-heading = Aide à distance
home-help-someone-text = Démarrez une session et communiquez le code de sécurité à la personne.
home-help-someone = Aider quelqu’un
home-get-help-text = Votre intervenant vous a donné un code de sécurité ? Entrez-le ici.
home-get-help = Obtenir de l’aide

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Authentification unique
home-sso-linked = Votre compte est associé à l’authentification unique de votre organisation.
home-sso-not-linked = Votre compte n’est pas associé à l’authentification unique de votre organisation.
home-sso-link-intro = Cette association vous permet de vous connecter avec le compte de votre organisation.
home-sso-link = Associer l’authentification unique
home-sso-linking = Redirection vers la page de connexion de votre organisation…
