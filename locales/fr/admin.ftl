# Messages of the admin console (/admin), French. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Console d’administration – { -product-name }
admin-page-title = { $section } – Console d’administration – { $organisation }
admin-console-name = Console d’administration
admin-back-home = Retour à l’accueil
admin-nav-label = Console d’administration
admin-nav-group-people = Personnes
admin-nav-group-access = Accès
admin-nav-group-devices = Appareils
admin-nav-group-organisation = Organisation
admin-nav-group-activity = Activité

admin-denied-title = Accès refusé – { -product-name }
admin-denied-heading = Vous n’avez pas l’autorisation d’utiliser la console d’administration
admin-denied-text = Votre compte peut utiliser { -product-name }, mais il n’est pas autorisé à gérer votre organisation.
admin-denied-help = Si vous devez gérer des utilisateurs, des appareils ou des paramètres, demandez à un administrateur de votre organisation de vous attribuer un rôle disposant de ces autorisations.

## Shared words

admin-save = Enregistrer
admin-cancel = Annuler
admin-done = Terminé
admin-edit = Modifier
admin-delete = Supprimer
admin-remove = Retirer
admin-revoke = Révoquer
admin-manage = Gérer
admin-copy = Copier
admin-refresh = Actualiser
admin-search = Rechercher
admin-apply-filters = Appliquer les filtres
admin-clear-filters = Effacer les filtres
admin-export-csv = Exporter en CSV
admin-filter-any = Tous
admin-filter-anyone = Tout le monde
admin-filter-any-device = Tous les appareils
admin-not-set = Non défini
admin-never = Jamais
admin-no-changes = Rien à enregistrer : aucun champ n’a été modifié.
admin-name-taken = Ce nom est déjà utilisé. Choisissez-en un autre.
admin-number-range = Entrez un nombre entier compris entre { $min } et { $max }.
admin-error-refused = Le serveur a refusé cette action : { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Vous ne pouvez pas utiliser cette section : elle nécessite l’autorisation « { $permission } » sur toute l’organisation (tous les utilisateurs et tous les appareils), et vos rôles ne la donnent pas aussi largement.
admin-section-denied-ask = Demandez à un administrateur de { $organisation } de vous la donner sur toute l’organisation.
admin-choose-user = Choisir une personne…
admin-choose-user-first = Choisissez d’abord une personne.
admin-choose-device = Choisir un appareil…
admin-choose-device-first = Choisissez d’abord un appareil.
admin-choose-role = Choisir un rôle…
admin-no-devices-yet = Aucun appareil n’est encore inscrit
admin-unknown-user = Utilisateur inconnu
admin-unknown-group = Groupe inconnu
admin-unknown-role = Rôle inconnu

admin-page-previous = Page précédente
admin-page-next = Page suivante
admin-page-number = Page { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } jusqu’ici

## Table column headings

admin-column-name = Nom
admin-column-email = Adresse e-mail
admin-column-job-title = Fonction
admin-column-company = Entreprise
admin-column-role = Rôle
admin-column-status = Statut
admin-column-actions = Actions
admin-column-description = Description
admin-column-members = Membres
admin-column-created = Création
admin-column-permissions = Autorisations
admin-column-member-groups = Attribué à
admin-column-scope = Étendue
admin-column-state = État
admin-column-targets = S’applique à
admin-column-conditions = Quand
admin-column-grant = Alors
admin-column-device = Appareil
admin-column-platform = Système d’exploitation
admin-column-primary-user = Utilisateur principal
admin-column-agent = Version de l’agent
admin-column-enrollment = Inscription
admin-column-compliance = Conformité
admin-column-last-check-in = Dernier contact
admin-column-uses = Appareils inscrits
admin-column-expires = Expiration
admin-column-rules = Règles
admin-column-helper = Intervenant
admin-column-sharer = Personne aidée
admin-column-access = Accès accordé
admin-column-started = Début
admin-column-duration = Durée
admin-column-outcome = Fin de session
admin-column-chat = Messages de conversation
admin-column-time = Heure
admin-column-actor = Qui
admin-column-action = Action
admin-column-target = Objet
admin-column-detail = Détails

## Users

admin-users-title = Utilisateurs
admin-users-intro = Les personnes de votre organisation qui peuvent se connecter à { -product-name }, et leur profil tel que le voient les personnes qu’elles aident.
admin-users-search = Rechercher par nom, adresse e-mail, fonction ou entreprise
admin-users-search-label = Rechercher des utilisateurs
admin-users-pages = Pages d’utilisateurs
admin-users-search-summary =
    { $count ->
        [0] Aucun utilisateur ne correspond à « { $term } » sur cette page.
        [one] Un utilisateur correspond à « { $term } ».
       *[other] { $count } utilisateurs correspondent à « { $term } ».
    }
admin-users-none-found = Aucun utilisateur ne correspond à « { $term } ».
admin-users-empty = Il n’y a encore aucun utilisateur.
admin-user-create = Créer un utilisateur
admin-user-create-title = Créer un utilisateur
admin-user-create-submit = Créer l’utilisateur
admin-user-created = Le compte de { $name } a été créé.
admin-user-job-title = Fonction (facultatif)
admin-user-company = Entreprise (facultatif)
admin-user-initial-password = Mot de passe initial (facultatif)
admin-user-initial-password-hint = Au moins 12 caractères. Sans mot de passe, la personne ne peut se connecter que par authentification unique ou avec un lien de récupération.
admin-user-is-admin = Administrateur de l’organisation
admin-user-is-admin-hint = Les administrateurs peuvent tout faire, quels que soient leurs rôles.
admin-user-edit-title = Modifier { $name }
admin-user-edit-label = Modifier { $name }
admin-user-email-fixed = L’adresse e-mail identifie le compte et ne peut pas être modifiée ici.
admin-user-disabled = Connexion désactivée
admin-user-disabled-hint = La désactivation de la connexion met également fin à ses sessions et révoque ses jetons d’API.
admin-user-new-password = Nouveau mot de passe (facultatif)
admin-user-new-password-hint = Laissez vide pour conserver le mot de passe actuel. En définir un déconnecte la personne partout.
admin-user-saved = Les modifications de { $name } ont été enregistrées.
admin-user-status-active = Actif
admin-user-status-disabled = Connexion désactivée
admin-user-delete-label = Supprimer { $name }
admin-user-delete-title = Supprimer { $name } ?
admin-user-delete-text = Le compte { $email } sera supprimé et déconnecté partout. Cette action est irréversible.
admin-user-delete-confirm = Supprimer l’utilisateur
admin-user-deleted = Le compte de { $name } a été supprimé.
admin-user-picture = Photo de profil
admin-user-picture-choose = Charger une photo
admin-user-picture-remove = Supprimer la photo
admin-user-picture-hint = Une image PNG ou JPEG de 256 Ko au maximum. Elle change immédiatement ; les personnes aidées la voient avant de partager leur écran.
admin-user-picture-uploading = Chargement de la photo…
admin-user-picture-updated = La photo de { $name } a été mise à jour.
admin-user-picture-removed = La photo de { $name } a été supprimée.

## Groups

admin-groups-title = Groupes
admin-groups-intro = Les groupes rassemblent des personnes et des appareils. Les attributions de rôle donnent des rôles aux membres de groupes, sur d’autres groupes.
admin-groups-pages = Pages de groupes
admin-groups-empty = Il n’y a encore aucun groupe. Créez-en un pour attribuer des rôles à ses membres.
admin-groups-back = Tous les groupes
admin-group-create = Créer un groupe
admin-group-create-title = Créer un groupe
admin-group-create-submit = Créer le groupe
admin-group-created = Le groupe { $name } a été créé.
admin-group-name = Nom du groupe
admin-group-description = Description (facultatif)
admin-group-description-hint = La raison d’être du groupe, par exemple « Support informatique de Berlin ».
admin-group-member-count =
    { $count ->
        [0] Aucun membre
        [one] 1 membre
       *[other] { $count } membres
    }
admin-group-manage-label = Gérer le groupe { $name }
admin-group-delete = Supprimer le groupe
admin-group-delete-label = Supprimer le groupe { $name }
admin-group-delete-title = Supprimer le groupe { $name } ?
admin-group-delete-text = Ses membres conservent leur compte, mais perdent ce que les attributions de rôle leur accordaient par ce groupe. Cette action est irréversible.
admin-group-delete-confirm = Supprimer le groupe
admin-group-deleted = Le groupe { $name } a été supprimé.
admin-group-detail-intro = Renommez le groupe et choisissez ses membres et ses appareils.
admin-group-details = Nom et description
admin-group-saved = Le groupe { $name } a été enregistré.
admin-group-members = Membres
admin-group-no-members = Ce groupe n’a encore aucun membre.
admin-group-add-member = Ajouter un membre
admin-group-add-member-label = Personne à ajouter
admin-group-everyone-member = Tout le monde est déjà membre
admin-group-member-added = { $name } a été ajouté à { $group }.
admin-group-member-removed = { $name } a été retiré de { $group }.
admin-group-remove-member-label = Retirer { $name } du groupe
admin-group-devices = Appareils
admin-group-devices-intro = Les attributions de rôle dont l’étendue inclut ce groupe s’appliquent aux appareils qu’il contient.
admin-group-device-label = Appareil
admin-group-add-device = Ajouter au groupe
admin-group-remove-device-label = Retirer { $device } du groupe
admin-group-no-devices = Ce groupe ne contient encore aucun appareil.
admin-group-device-added = { $device } a été ajouté à { $group }.
admin-group-device-removed = { $device } a été retiré de { $group }.

## Roles and role assignments

admin-roles-title = Rôles
admin-roles-intro = Un rôle est un ensemble d’autorisations. Les attributions de rôle donnent un rôle aux membres de groupes, sur les personnes et les appareils de leur étendue.
admin-roles-list = Rôles
admin-roles-list-intro = Les rôles intégrés ne peuvent pas être modifiés ; copiez-en un pour créer un rôle personnalisé.
admin-roles-empty = Il n’y a aucun rôle.
admin-role-create = Créer un rôle
admin-role-create-title = Créer un rôle
admin-role-create-submit = Créer le rôle
admin-role-created = Le rôle { $name } a été créé.
admin-role-edit-title = Modifier le rôle { $name }
admin-role-edit-label = Modifier le rôle { $name }
admin-role-saved = Le rôle { $name } a été enregistré.
admin-role-copy = Copier
admin-role-copy-label = Copier le rôle { $name } en tant que nouveau rôle
admin-role-copy-name = { $name } (copie)
admin-role-name = Nom du rôle
admin-role-description = Description (facultatif)
admin-role-built-in = Intégré
admin-role-no-permissions = Aucune autorisation
admin-role-delete-label = Supprimer le rôle { $name }
admin-role-delete-title = Supprimer le rôle { $name } ?
admin-role-delete-text = Seuls les rôles qu’aucune attribution n’accorde peuvent être supprimés. Cette action est irréversible.
admin-role-delete-confirm = Supprimer le rôle
admin-role-deleted = Le rôle { $name } a été supprimé.

admin-perm-group-remote-help = Aide à distance
admin-perm-group-reading = Lecture
admin-perm-group-administration = Administration
admin-perm-offer = Proposer une assistance à distance
admin-perm-offer-hint = Démarrer une session d’aide à distance avec une personne de l’étendue.
admin-perm-view-screen = Voir l’écran
admin-perm-view-screen-hint = Voir l’écran d’une personne de l’étendue.
admin-perm-full-control = Prendre le contrôle total
admin-perm-full-control-hint = Utiliser la souris et le clavier d’une personne de l’étendue, avec son consentement.
admin-perm-elevation = Élévation
admin-perm-elevation-hint = Réservé à une version ultérieure : exécuter avec élévation de privilèges sur l’appareil de la personne.
admin-perm-read = Consulter les appareils et les rapports
admin-perm-read-hint = Voir l’inventaire des appareils, les sessions en cours et les rapports de session.
admin-perm-manage-users = Gérer les utilisateurs et les groupes
admin-perm-manage-users-hint = Créer, modifier et supprimer des utilisateurs et des groupes, ainsi que leurs photos et seconds facteurs.
admin-perm-manage-roles = Gérer les rôles
admin-perm-manage-roles-hint = Créer et modifier des rôles et des attributions de rôle.
admin-perm-manage-devices = Gérer les appareils
admin-perm-manage-devices-hint = Créer des jetons d’inscription, mettre hors service et supprimer des appareils.
admin-perm-manage-settings = Gérer les paramètres
admin-perm-manage-settings-hint = Modifier les paramètres et les domaines vérifiés de l’organisation, et arrêter les sessions en cours.
admin-perm-manage-policies = Gérer les stratégies
admin-perm-manage-policies-hint = Créer et modifier les stratégies d’accès conditionnel et de conformité.
admin-perm-read-audit = Consulter le journal d’audit
admin-perm-read-audit-hint = Voir et exporter chaque modification et connexion enregistrée.
admin-perm-create-api-tokens = Créer des jetons d’API
admin-perm-create-api-tokens-hint = Créer des jetons pour des scripts qui agissent avec les propres droits de leur détenteur. Les jetons expirent après 90 jours, sauf indication contraire (un an au maximum).

admin-assignments-title = Attributions de rôle
admin-assignments-intro = Qui obtient quel rôle, et sur qui.
admin-assignments-empty = Il n’y a encore aucune attribution de rôle. Sans attribution, seuls les administrateurs peuvent aider quelqu’un.
admin-assignment-create = Créer une attribution
admin-assignment-create-title = Créer une attribution de rôle
admin-assignment-create-submit = Créer l’attribution
admin-assignment-created = L’attribution { $name } a été créée.
admin-assignment-edit-title = Modifier l’attribution { $name }
admin-assignment-edit-label = Modifier l’attribution { $name }
admin-assignment-saved = L’attribution { $name } a été enregistrée.
admin-assignment-name = Nom de l’attribution
admin-assignment-name-hint = Par exemple « Le support aide la Finance ».
admin-assignment-role = Rôle
admin-assignment-members = Attribuer le rôle aux membres de
admin-assignment-members-hint = Les intervenants : toutes les personnes de ces groupes obtiennent le rôle.
admin-assignment-no-groups = Il n’y a encore aucun groupe. Créez d’abord des groupes.
admin-assignment-scope = Étendue
admin-assignment-scope-hint = Les personnes et les appareils sur lesquels le rôle s’applique.
admin-assignment-scope-groups = Personnes et appareils de ces groupes
admin-assignment-scope-groups-hint = Membres et appareils des groupes choisis.
admin-assignment-needs-members = Choisissez au moins un groupe auquel attribuer le rôle.
admin-assignment-needs-scope = Choisissez sur quoi le rôle s’applique : tous les utilisateurs, tous les appareils ou des groupes.
admin-assignment-delete-label = Supprimer l’attribution { $name }
admin-assignment-delete-title = Supprimer l’attribution { $name } ?
admin-assignment-delete-text = Les membres de ses groupes perdent immédiatement le rôle qu’elle leur accordait. Cette action est irréversible.
admin-assignment-delete-confirm = Supprimer l’attribution
admin-assignment-deleted = L’attribution { $name } a été supprimée.
admin-scope-all-users = Tous les utilisateurs
admin-scope-all-users-hint = Toutes les personnes de l’organisation.
admin-scope-all-devices = Tous les appareils
admin-scope-all-devices-hint = Tous les appareils inscrits de l’organisation.

## Conditional access

admin-policies-title = Accès conditionnel
admin-policies-intro = Les stratégies déterminent si un intervenant peut utiliser la console ; elles sont vérifiées à la connexion, puis au démarrage de chaque session. Un refus indique le nom de la stratégie.
admin-policies-list = Stratégies
admin-policies-empty = Il n’y a aucune stratégie d’accès conditionnel. Tout intervenant qui peut se connecter peut utiliser la console.
admin-policy-create = Créer une stratégie
admin-policy-create-title = Créer une stratégie d’accès conditionnel
admin-policy-create-submit = Créer la stratégie
admin-policy-created = La stratégie { $name } a été créée.
admin-policy-edit-title = Modifier la stratégie { $name }
admin-policy-edit-label = Modifier la stratégie { $name }
admin-policy-saved = La stratégie { $name } a été enregistrée.
admin-policy-delete-label = Supprimer la stratégie { $name }
admin-policy-delete-title = Supprimer la stratégie { $name } ?
admin-policy-delete-text = Elle cesse de s’appliquer immédiatement. Cette action est irréversible.
admin-policy-delete-confirm = Supprimer la stratégie
admin-policy-deleted = La stratégie { $name } a été supprimée.
admin-policy-name = Nom de la stratégie
admin-policy-name-hint = Les intervenants le voient quand la stratégie les refuse : faites-lui donc indiquer la raison, par exemple « Second facteur hors du bureau ».
admin-policy-state = État
admin-policy-state-enabled = Activée
admin-policy-state-enabled-hint = La stratégie est appliquée.
admin-policy-state-report-only = Rapport uniquement
admin-policy-state-report-only-hint = La stratégie est évaluée et ce qu’elle aurait fait est consigné dans le journal d’audit, mais elle ne refuse jamais personne. Testez d’abord les nouvelles stratégies de cette façon.
admin-policy-state-disabled = Désactivée
admin-policy-state-disabled-hint = La stratégie est ignorée.
admin-policy-targets = S’applique à
admin-policy-targets-hint = Les intervenants concernés par cette stratégie.
admin-policy-all-users = Tous les utilisateurs
admin-policy-users = Ces personnes
admin-policy-groups = Membres de ces groupes
admin-policy-needs-targets = Choisissez à qui la stratégie s’applique : tous les utilisateurs, des personnes ou des groupes.
admin-policy-conditions = Quand
admin-policy-conditions-hint = La stratégie ne s’applique que si toutes les conditions définies ici sont remplies. Laissez-les vides pour qu’elle s’applique toujours.
admin-policy-inside = L’adresse du client se trouve dans l’un de ces réseaux
admin-policy-inside-hint = Une plage par ligne en notation CIDR, par exemple 10.0.0.0/8 ou 2001:db8::/32.
admin-policy-outside = L’adresse du client ne se trouve dans aucun de ces réseaux
admin-policy-outside-hint = Pour les règles qui s’appliquent hors du bureau. Une plage par ligne.
admin-policy-network-invalid = « { $value } » n’est pas une plage réseau. Écrivez des plages telles que 192.168.0.0/16.
admin-policy-second-factor = Second facteur à la connexion
admin-policy-second-factor-any = Indifférent
admin-policy-second-factor-yes = Un second facteur a été utilisé
admin-policy-second-factor-no = Aucun second facteur n’a été utilisé
admin-policy-grant = Alors
admin-policy-grant-allow = Autoriser
admin-policy-grant-allow-hint = Consigné dans le journal d’audit ; d’autres stratégies peuvent tout de même refuser.
admin-policy-grant-block = Bloquer
admin-policy-grant-block-hint = Refuser la connexion à la console et le démarrage de sessions.
admin-policy-grant-second-factor = Exiger un second facteur
admin-policy-grant-second-factor-hint = N’autoriser que les connexions ayant utilisé un second facteur.
admin-policy-lockout-warning = Veillez à ne pas vous bloquer vous-même : une stratégie qui vous bloque s’applique dès votre prochaine connexion. Utilisez le mode Rapport uniquement pour tester d’abord une stratégie.
admin-policy-when-inside = Dans { $networks }
admin-policy-when-outside = Hors de { $networks }
admin-policy-when-second-factor = Second facteur utilisé
admin-policy-when-no-second-factor = Aucun second facteur utilisé
admin-policy-always = Toujours

## Devices

admin-devices-title = Appareils
admin-devices-intro = Les appareils inscrits avec l’application { -product-name }, avec les dernières informations qu’ils ont transmises et leur conformité à vos stratégies.
admin-devices-enroll-link = Inscrire des appareils
admin-devices-filters = Filtrer les appareils
admin-devices-search = Rechercher
admin-devices-search-hint = Nom d’hôte, numéro de série, modèle ou utilisateur principal.
admin-devices-platform = Système d’exploitation
admin-devices-compliance = Conformité
admin-devices-state = Inscription
admin-devices-pages = Pages d’appareils
admin-devices-empty = Aucun appareil n’est encore inscrit. Créez un jeton d’inscription pour inscrire les premiers.
admin-devices-none-match = Aucun appareil ne correspond à ces filtres.
admin-devices-back = Tous les appareils
admin-device-remote-help = Nouvelle session d’aide à distance
admin-device-unnamed = Appareil sans nom
admin-device-compliant = Conforme
admin-device-not-compliant = Non conforme
admin-device-failing-count =
    { $count ->
        [one] 1 règle non respectée
       *[other] { $count } règles non respectées
    }
admin-device-state-active = Inscrit
admin-device-state-retired = Hors service
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Aucun signalé
admin-device-details = Détails
admin-device-host-name = Nom d’hôte
admin-device-model = Modèle
admin-device-serial = Numéro de série
admin-device-agent-version = Version de l’agent
admin-device-disk = Chiffrement du disque
admin-device-disk-encrypted = Chiffré
admin-device-disk-not-encrypted = Non chiffré
admin-device-enrolled-at = Date d’inscription
admin-device-id = ID de l’appareil
admin-device-compliance = Conformité
admin-device-meets-all = Cet appareil respecte toutes les règles de vos stratégies de conformité.
admin-device-failing-intro = Ces règles ne sont pas respectées :
admin-device-policies-link = Consulter les stratégies de conformité
admin-device-retire = Mettre l’appareil hors service
admin-device-retire-title = Mettre { $name } hors service ?
admin-device-retire-text = Ses identifiants cessent immédiatement de fonctionner : il ne peut plus contacter le serveur ni prouver son identité lorsque quelqu’un demande de l’aide sur cet appareil. L’appareil reste dans la liste, marqué hors service.
admin-device-retire-confirm = Mettre l’appareil hors service
admin-device-retired = { $name } a été mis hors service.
admin-device-delete = Supprimer l’appareil
admin-device-delete-title = Supprimer { $name } ?
admin-device-delete-text = L’appareil et son historique sont supprimés de l’inventaire. Pour le réutiliser, inscrivez-le à nouveau. Cette action est irréversible.
admin-device-delete-confirm = Supprimer l’appareil

## Enrollment tokens

admin-tokens-title = Jetons d’inscription
admin-tokens-intro = Un appareil s’inscrit avec un jeton que vous créez ici. Chaque jeton est valable pour une durée et un nombre d’appareils limités.
admin-tokens-list = Jetons
admin-tokens-empty = Il n’y a encore aucun jeton d’inscription.
admin-token-create = Créer un jeton
admin-token-create-title = Créer un jeton d’inscription
admin-token-create-submit = Créer le jeton
admin-token-created = Le jeton { $name } a été créé.
admin-token-name = Nom
admin-token-name-hint = Où il est utilisé, par exemple « Ordinateurs portables du bureau de Berlin ».
admin-token-hours = Valable pendant (heures)
admin-token-hours-hint = De 1 à 720 heures (30 jours).
admin-token-max-uses = Nombre d’appareils pouvant être inscrits
admin-token-max-uses-hint = De 1 à 10 000.
admin-token-shown-once = Copiez ce jeton maintenant. Il n’est affiché qu’une seule fois ; s’il est perdu, révoquez-le et créez-en un autre.
admin-token-secret = Jeton « { $name } »
admin-token-secret-hint = Fournissez-le à l’application { -product-name } lors de l’inscription d’un appareil (assist-agent enroll). Toute personne qui le possède peut inscrire des appareils dans votre organisation jusqu’à son expiration ou sa révocation.
admin-token-copy-label = Copier le jeton
admin-token-copied = Le jeton a été copié dans le presse-papiers.
admin-token-copy-failed = Impossible de copier le jeton. Sélectionnez-le et copiez-le vous-même.
admin-token-active = Actif
admin-token-revoked = Révoqué
admin-token-expired = Expiré
admin-token-used-up = Épuisé
admin-token-uses = { $uses } sur { $max }
admin-token-revoke-label = Révoquer le jeton { $name }
admin-token-revoke-title = Révoquer le jeton { $name } ?
admin-token-revoke-text = Il ne permet plus d’inscrire des appareils. Les appareils déjà inscrits avec ce jeton le restent.
admin-token-revoke-confirm = Révoquer le jeton
admin-token-revoked-done = Le jeton { $name } a été révoqué.

## Compliance policies

admin-compliance-title = Stratégies de conformité
admin-compliance-intro = Règles que les appareils inscrits doivent respecter. Un appareil qui n’en respecte pas une est marqué non conforme, et les intervenants sont avertis avant de l’utiliser pour aider.
admin-compliance-list = Stratégies
admin-compliance-empty = Il n’y a aucune stratégie de conformité ; tous les appareils sont donc considérés comme conformes.
admin-compliance-create = Créer une stratégie
admin-compliance-create-title = Créer une stratégie de conformité
admin-compliance-create-submit = Créer la stratégie
admin-compliance-created = La stratégie { $name } a été créée. Les appareils ont été vérifiés à nouveau.
admin-compliance-edit-title = Modifier la stratégie { $name }
admin-compliance-edit-label = Modifier la stratégie { $name }
admin-compliance-saved = La stratégie { $name } a été enregistrée. Les appareils ont été vérifiés à nouveau.
admin-compliance-delete-label = Supprimer la stratégie { $name }
admin-compliance-delete-title = Supprimer la stratégie { $name } ?
admin-compliance-delete-text = Ses règles cessent de s’appliquer, et les appareils sont vérifiés à nouveau. Cette action est irréversible.
admin-compliance-delete-confirm = Supprimer la stratégie
admin-compliance-deleted = La stratégie { $name } a été supprimée.
admin-compliance-name = Nom de la stratégie
admin-compliance-name-hint = Affiché avec chaque règle non respectée, par exemple « Sécurité de base ».
admin-compliance-os-legend = Version minimale du système d’exploitation
admin-compliance-os-hint = Laissez une plateforme vide pour accepter toutes les versions.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Par exemple 14.2.1
admin-compliance-version-invalid = Écrivez une version sous forme de nombres séparés par des points, par exemple 14.2.1.
admin-compliance-other-legend = Autres règles
admin-compliance-min-agent = Version minimale de l’application { -product-name }
admin-compliance-max-days = Nombre maximal de jours depuis le dernier contact
admin-compliance-max-days-hint = De 1 à 365. Laissez vide pour ne fixer aucune limite.
admin-compliance-disk = Exiger le chiffrement du disque
admin-compliance-disk-hint = Le disque système doit être chiffré (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ou version ultérieure
admin-rule-min-agent = Application { $version } ou version ultérieure
admin-rule-check-in =
    { $days ->
        [one] Dernier contact au cours du dernier jour
       *[other] Dernier contact au cours des { $days } derniers jours
    }
admin-rule-disk = Disque chiffré
admin-rule-none = Aucune règle

## Settings

admin-settings-title = Paramètres
admin-settings-intro = Fonctionnement de l’aide à distance dans votre organisation. Chaque modification est consignée dans le journal d’audit.
admin-settings-organisation = Organisation
admin-settings-name-hint = Affiché aux personnes que vous aidez lorsque leur profil n’indique aucune entreprise.
admin-settings-remote-help-heading = Aide à distance
admin-settings-remote-help = Autoriser l’aide à distance
admin-settings-remote-help-hint = Les intervenants ne peuvent démarrer des sessions que si cette option est activée. La désactiver met également fin aux sessions en cours.
admin-settings-unenrolled = Autoriser l’aide sur les appareils non inscrits
admin-settings-unenrolled-hint = Permet de partager son écran depuis un navigateur web ou un appareil non inscrit. Les intervenants sont toujours avertis que l’appareil est inconnu.
admin-settings-chat = Conversation pendant les sessions
admin-settings-chat-hint = Les intervenants et les personnes qu’ils aident peuvent s’écrire. Les messages sont conservés avec le rapport de session.
admin-settings-limits = Codes et rapports
admin-settings-code-lifetime = Durée de validité du code de sécurité (minutes)
admin-settings-code-lifetime-hint = Durée pendant laquelle le code lu par un intervenant reste valide : de { $min } à { $max } minutes.
admin-settings-retention = Conserver les rapports de session pendant (jours)
admin-settings-retention-hint = Les rapports plus anciens et leur conversation sont supprimés : de { $min } à { $max } jours.
admin-settings-save = Enregistrer les paramètres
admin-settings-saved = Paramètres enregistrés.
admin-settings-updated-at = Dernière modification le { $time }.
admin-settings-defaults = Ce sont les paramètres par défaut ; ils n’ont jamais été modifiés.

## Live sessions

admin-live-title = Sessions en cours
admin-live-intro = Sessions d’aide à distance qui ne sont pas terminées. La liste s’actualise toutes les quelques secondes.
admin-live-list = Sessions en cours
admin-live-empty = Aucune session n’est en cours.
admin-live-updated = Mis à jour le { $time }
admin-live-count =
    { $count ->
        [0] Aucune session n’est en cours.
        [one] 1 session est en cours.
       *[other] { $count } sessions sont en cours.
    }
admin-live-not-joined = Pas encore rejoint
admin-live-nobody = personne pour l’instant
admin-live-state-waiting = En attente du code
admin-live-state-joined = Rejoint
admin-live-state-requested = Demande d’accès
admin-live-state-active = Partage en cours
admin-live-state-ended = Terminée
admin-live-revoke-label = Arrêter la session de { $helper } avec { $sharer }
admin-live-revoke-title = Arrêter cette session ?
admin-live-revoke-text = La session de { $helper } avec { $sharer } prend fin immédiatement pour les deux.
admin-live-revoke-confirm = Arrêter la session
admin-live-revoked = La session de { $helper } a été arrêtée.

## Session reports

admin-reports-title = Rapports de session
admin-reports-intro = Toutes les sessions d’aide à distance : qui a aidé qui, sur quel appareil, quel accès a été accordé et comment la session a pris fin.
admin-reports-filters = Filtrer les rapports de session
admin-reports-export-label = Exporter en CSV les rapports de session correspondant aux filtres
admin-reports-helper = Intervenant
admin-reports-sharer = Personne aidée
admin-reports-device = Appareil
admin-reports-end-reason = Fin de session
admin-reports-from = Démarrée à partir de
admin-reports-to = Démarrée avant
admin-reports-pages = Pages de rapports de session
admin-reports-empty = Il n’y a encore aucun rapport de session.
admin-reports-none-match = Aucune session ne correspond à ces filtres.
admin-reports-back = Tous les rapports de session
admin-report-open-label = Session de { $helper } démarrée le { $time }
admin-report-title = { $helper } aide { $sharer }
admin-report-title-alone = Session de { $helper }
admin-report-started = Démarrée le { $time }
admin-report-details = Détails
admin-report-client = Partagé depuis
admin-report-joined = Rejointe
admin-report-ended = Terminée
admin-report-id = ID de session
admin-report-no-device = Aucun appareil
admin-report-mode-control = Contrôle total
admin-report-mode-view = Affichage seul
admin-report-mode-none = Aucun
admin-report-transcript = Transcription de la conversation
admin-report-transcript-count =
    { $count ->
        [0] Transcription de la conversation
        [one] Transcription de la conversation (1 message)
       *[other] Transcription de la conversation ({ $count } messages)
    }
admin-report-no-chat = Aucun message n’a été écrit pendant cette session.
admin-role-helper = Intervenant
admin-role-sharer = Personne aidée
admin-client-agent = Application { -product-name }
admin-client-web = Navigateur web

admin-end-helper-left = Terminée par l’intervenant
admin-end-sharer-left = Terminée par la personne aidée
admin-end-helper-disconnected = Connexion de l’intervenant perdue
admin-end-sharer-disconnected = Connexion de la personne aidée perdue
admin-end-code-expired = Code expiré sans être utilisé
admin-end-declined-timeout = Demande sans réponse
admin-end-revoked = Arrêtée par un administrateur
admin-end-policy = Arrêtée par une règle de l’organisation
admin-end-access-withdrawn = Arrêtée : accès retiré

## Audit log

admin-audit-title = Journal d’audit
admin-audit-intro = Toutes les modifications, connexions et événements de session, du plus récent au plus ancien. Le journal est en ajout seul et son chaînage détecte toute falsification.
admin-audit-filters = Filtrer le journal d’audit
admin-audit-export-label = Exporter en CSV les événements d’audit correspondant aux filtres
admin-audit-actor = Qui
admin-audit-action = Action
admin-audit-action-hint = Par exemple user.created ou settings.updated.
admin-audit-since = Depuis
admin-audit-until = Avant
admin-audit-pages = Pages d’événements d’audit
admin-audit-empty = Le journal d’audit est vide.
admin-audit-none-match = Aucun événement ne correspond à ces filtres.
admin-audit-show-detail = Afficher les détails
admin-actor-cli = Ligne de commande du serveur
admin-actor-setup-link = Lien de configuration
admin-actor-sso = Authentification unique
admin-actor-anonymous = Non connecté

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Pour commencer
admin-start-title = Premiers pas
admin-start-intro = Trois points à régler avant votre première session d’aide à distance. Chacun peut être modifié plus tard.
admin-start-done = Fait
admin-start-todo = À faire
admin-start-settings-needed = Cette modification nécessite l’autorisation de gérer les paramètres. Demandez-la à un administrateur qui la possède.
admin-start-remote-heading = Activer l’aide à distance
admin-start-remote-off = L’aide à distance est désactivée : personne ne peut encore démarrer de session.
admin-start-remote-on = L’aide à distance est activée : les intervenants peuvent démarrer des sessions.
admin-start-remote-enable = Activer l’aide à distance
admin-start-remote-turned-on = L’aide à distance est maintenant activée.
admin-start-browser-heading = Partage depuis un navigateur web
admin-start-browser-allowed = Autorisé
admin-start-browser-not-allowed = Non autorisé
admin-start-browser-explain = Un navigateur web ne peut pas prouver sur quel ordinateur il fonctionne : il compte donc comme un appareil non inscrit. Autoriser l’aide sur les appareils non inscrits permet de partager son écran depuis un navigateur, sans rien installer. L’intervenant peut alors seulement voir l’écran, pas le contrôler, et il est averti que l’appareil est inconnu.
admin-start-browser-off = Non autorisé pour l’instant : seule l’application { -product-name } sur un appareil inscrit peut partager. Quiconque ouvre la page de partage dans un navigateur et saisit un code est refusé.
admin-start-browser-on = Autorisé pour l’instant : chacun peut partager son écran depuis un navigateur ou depuis un appareil non inscrit.
admin-start-browser-allow = Autoriser le partage depuis un navigateur
admin-start-browser-stop = Arrêter le partage depuis un navigateur
admin-start-browser-allowed-now = Le partage depuis un navigateur est maintenant autorisé.
admin-start-browser-stopped = Le partage depuis un navigateur n’est plus autorisé.
admin-start-helpers-heading = Désigner des intervenants
admin-start-helpers-none = Personne ne peut encore proposer d’aide à distance.
admin-start-helpers-count =
    { $count ->
        [one] { $count } personne peut proposer de l’aide à distance.
       *[other] { $count } personnes peuvent proposer de l’aide à distance.
    }
admin-start-helpers-explain = Les intervenants proposent de l’aide à distance à toute votre organisation. Choisissez des personnes puis « Désigner des intervenants » : elles rejoignent le groupe { $group }, qui a le rôle Help Desk Operator sur tous les utilisateurs.
admin-start-helpers-pick = Personnes à désigner comme intervenants
admin-start-helpers-nobody = Tout le monde ici est déjà intervenant. Créez un utilisateur pour ajouter quelqu’un.
admin-start-helpers-roles-needed = La première fois, désigner des intervenants donne aussi son rôle au groupe { $group }, ce qui nécessite l’autorisation de gérer les rôles. Demandez-la à un administrateur qui la possède.
admin-start-helpers-submit = Désigner des intervenants
admin-start-helpers-choose = Choisissez au moins une personne.
admin-start-helpers-made =
    { $count ->
        [one] { $count } personne est maintenant intervenant, dans le groupe { $group }.
       *[other] { $count } personnes sont maintenant intervenants, dans le groupe { $group }.
    }
admin-start-create-user = Créer un utilisateur
admin-start-first-heading = Votre première session
admin-start-not-ready = Une fois les étapes ci-dessus terminées :
admin-start-ready = Tout est prêt pour une première session :
admin-start-first-helper = Un intervenant se connecte, ouvre « { $page } » et démarre une nouvelle session d’aide à distance, qui lui donne un code de sécurité :
admin-start-first-sharer = La personne qui a besoin d’aide se connecte, ouvre cette page et saisit ce code :
admin-user-role = Rôle
admin-user-role-member = Membre
admin-user-role-member-hint = Se connecte, demande de l’aide et partage son écran.
admin-user-role-helper = Intervenant
admin-user-role-helper-hint = Propose de l’aide à distance à toute l’organisation, comme membre du groupe { $group }.
admin-user-role-administrator = Administrateur
admin-user-created-helper = { $name } a été créé et peut maintenant proposer de l’aide à distance.
