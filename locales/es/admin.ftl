# Messages of the admin console (/admin), Spanish. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Consola de administración – { -product-name }
admin-page-title = { $section } – Consola de administración – { $organisation }
admin-console-name = Consola de administración
admin-back-home = Volver al inicio
admin-nav-label = Consola de administración
admin-nav-group-people = Personas
admin-nav-group-access = Acceso
admin-nav-group-devices = Dispositivos
admin-nav-group-organisation = Organización
admin-nav-group-activity = Actividad

admin-denied-title = Sin acceso – { -product-name }
admin-denied-heading = No tiene permiso para usar la consola de administración
admin-denied-text = Su cuenta puede usar { -product-name }, pero no tiene permiso para administrar su organización.
admin-denied-help = Si necesita administrar usuarios, dispositivos o la configuración, pida a un administrador de su organización que le asigne un rol con esos permisos.

## Shared words

admin-save = Guardar
admin-cancel = Cancelar
admin-done = Listo
admin-edit = Editar
admin-delete = Eliminar
admin-remove = Quitar
admin-revoke = Revocar
admin-manage = Administrar
admin-copy = Copiar
admin-refresh = Actualizar
admin-search = Buscar
admin-apply-filters = Aplicar filtros
admin-clear-filters = Borrar filtros
admin-export-csv = Exportar CSV
admin-filter-any = Cualquiera
admin-filter-anyone = Cualquier persona
admin-filter-any-device = Cualquier dispositivo
admin-not-set = Sin definir
admin-never = Nunca
admin-no-changes = No hay nada que guardar: no se ha cambiado ningún campo.
admin-name-taken = Este nombre ya está en uso. Elija otro.
admin-number-range = Escriba un número entero entre { $min } y { $max }.
admin-error-refused = El servidor lo ha rechazado: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = No puede usar esta sección: necesita el permiso «{ $permission }» sobre toda la organización (todos los usuarios y todos los dispositivos), y sus roles no lo dan tan ampliamente.
admin-section-denied-ask = Pida a un administrador de { $organisation } que se lo dé sobre toda la organización.
admin-choose-user = Elija una persona…
admin-choose-user-first = Elija primero una persona.
admin-choose-device = Elija un dispositivo…
admin-choose-device-first = Elija primero un dispositivo.
admin-choose-role = Elija un rol…
admin-no-devices-yet = Todavía no hay dispositivos inscritos
admin-unknown-user = Usuario desconocido
admin-unknown-group = Grupo desconocido
admin-unknown-role = Rol desconocido

admin-page-previous = Página anterior
admin-page-next = Página siguiente
admin-page-number = Página { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } hasta ahora

## Table column headings

admin-column-name = Nombre
admin-column-email = Correo electrónico
admin-column-job-title = Cargo
admin-column-company = Empresa
admin-column-role = Rol
admin-column-status = Estado
admin-column-actions = Acciones
admin-column-description = Descripción
admin-column-members = Miembros
admin-column-created = Creado
admin-column-permissions = Permisos
admin-column-member-groups = Asignado a
admin-column-scope = Ámbito
admin-column-state = Estado
admin-column-targets = Se aplica a
admin-column-conditions = Condiciones
admin-column-grant = Acción
admin-column-device = Dispositivo
admin-column-platform = Sistema operativo
admin-column-primary-user = Usuario principal
admin-column-agent = Versión del agente
admin-column-enrollment = Inscripción
admin-column-compliance = Cumplimiento
admin-column-last-check-in = Última sincronización
admin-column-uses = Dispositivos inscritos
admin-column-expires = Caduca
admin-column-rules = Reglas
admin-column-helper = Asistente
admin-column-sharer = Persona asistida
admin-column-access = Acceso concedido
admin-column-started = Inicio
admin-column-duration = Duración
admin-column-outcome = Cómo finalizó
admin-column-chat = Mensajes de chat
admin-column-time = Hora
admin-column-actor = Quién
admin-column-action = Acción
admin-column-target = Sobre qué
admin-column-detail = Detalles

## Users

admin-users-title = Usuarios
admin-users-intro = Personas de su organización que pueden iniciar sesión en { -product-name } y sus perfiles tal como los ven las personas a las que ayudan.
admin-users-search = Buscar por nombre, correo electrónico, cargo o empresa
admin-users-search-label = Buscar usuarios
admin-users-pages = Páginas de usuarios
admin-users-search-summary =
    { $count ->
        [0] Ningún usuario de esta página coincide con “{ $term }”.
        [one] Un usuario coincide con “{ $term }”.
        [many] { $count } de usuarios coinciden con “{ $term }”.
       *[other] { $count } usuarios coinciden con “{ $term }”.
    }
admin-users-none-found = Ningún usuario coincide con “{ $term }”.
admin-users-empty = Todavía no hay usuarios.
admin-user-create = Crear usuario
admin-user-create-title = Crear un usuario
admin-user-create-submit = Crear usuario
admin-user-created = Se ha creado el usuario { $name }.
admin-user-job-title = Cargo (opcional)
admin-user-company = Empresa (opcional)
admin-user-initial-password = Contraseña inicial (opcional)
admin-user-initial-password-hint = Al menos 12 caracteres. Sin ella, la persona solo puede iniciar sesión con el inicio de sesión único o con un vínculo de recuperación.
admin-user-is-admin = Administrador de la organización
admin-user-is-admin-hint = Los administradores pueden hacer cualquier cosa, independientemente de sus roles.
admin-user-edit-title = Editar a { $name }
admin-user-edit-label = Editar a { $name }
admin-user-email-fixed = La dirección de correo electrónico identifica la cuenta y no se puede cambiar aquí.
admin-user-disabled = Inicio de sesión deshabilitado
admin-user-disabled-hint = Al deshabilitar el inicio de sesión también se finalizan sus sesiones y se revocan sus tokens de API.
admin-user-new-password = Nueva contraseña (opcional)
admin-user-new-password-hint = Déjelo vacío para mantener la contraseña actual. Si establece una, se cerrarán todas sus sesiones.
admin-user-saved = Se han guardado los cambios de { $name }.
admin-user-status-active = Activo
admin-user-status-disabled = Inicio de sesión deshabilitado
admin-user-delete-label = Eliminar a { $name }
admin-user-delete-title = ¿Eliminar a { $name }?
admin-user-delete-text = La cuenta { $email } se eliminará y se cerrarán todas sus sesiones. Esta acción no se puede deshacer.
admin-user-delete-confirm = Eliminar usuario
admin-user-deleted = Se ha eliminado el usuario { $name }.
admin-user-picture = Imagen de perfil
admin-user-picture-choose = Cargar imagen
admin-user-picture-remove = Quitar imagen
admin-user-picture-hint = Una imagen PNG o JPEG de 256 KB como máximo. El cambio es inmediato; las personas a las que ayuda la ven antes de compartir su pantalla.
admin-user-picture-uploading = Cargando la imagen…
admin-user-picture-updated = Se ha actualizado la imagen de { $name }.
admin-user-picture-removed = Se ha quitado la imagen de { $name }.

## Groups

admin-groups-title = Grupos
admin-groups-intro = Los grupos reúnen personas y dispositivos. Las asignaciones de roles otorgan roles a los miembros de grupos, sobre otros grupos.
admin-groups-pages = Páginas de grupos
admin-groups-empty = Todavía no hay grupos. Cree uno para otorgar roles a sus miembros.
admin-groups-back = Todos los grupos
admin-group-create = Crear grupo
admin-group-create-title = Crear un grupo
admin-group-create-submit = Crear grupo
admin-group-created = Se ha creado el grupo { $name }.
admin-group-name = Nombre del grupo
admin-group-description = Descripción (opcional)
admin-group-description-hint = Para qué sirve el grupo, por ejemplo “Personal del departamento de soporte de Berlín”.
admin-group-member-count =
    { $count ->
        [0] Sin miembros
        [one] 1 miembro
        [many] { $count } de miembros
       *[other] { $count } miembros
    }
admin-group-manage-label = Administrar el grupo { $name }
admin-group-delete = Eliminar grupo
admin-group-delete-label = Eliminar el grupo { $name }
admin-group-delete-title = ¿Eliminar el grupo { $name }?
admin-group-delete-text = Sus miembros conservan sus cuentas, pero pierden lo que las asignaciones de roles les otorgaban a través de este grupo. Esta acción no se puede deshacer.
admin-group-delete-confirm = Eliminar grupo
admin-group-deleted = Se ha eliminado el grupo { $name }.
admin-group-detail-intro = Cambie el nombre del grupo y elija sus miembros y dispositivos.
admin-group-details = Nombre y descripción
admin-group-saved = Se ha guardado el grupo { $name }.
admin-group-members = Miembros
admin-group-no-members = Este grupo todavía no tiene miembros.
admin-group-add-member = Agregar miembro
admin-group-add-member-label = Persona que se agregará
admin-group-everyone-member = Todos ya son miembros
admin-group-member-added = Se ha agregado a { $name } a { $group }.
admin-group-member-removed = Se ha quitado a { $name } de { $group }.
admin-group-remove-member-label = Quitar a { $name } del grupo
admin-group-devices = Dispositivos
admin-group-devices-intro = Las asignaciones de roles que incluyen este grupo en su ámbito alcanzan a sus dispositivos.
admin-group-device-label = Dispositivo
admin-group-add-device = Agregar al grupo
admin-group-remove-device-label = Quitar { $device } del grupo
admin-group-no-devices = Este grupo todavía no tiene dispositivos.
admin-group-device-added = Se ha agregado { $device } a { $group }.
admin-group-device-removed = Se ha quitado { $device } de { $group }.

## Roles and role assignments

admin-roles-title = Roles
admin-roles-intro = Un rol es un conjunto de permisos. Las asignaciones de roles otorgan un rol a los miembros de grupos, sobre las personas y los dispositivos de su ámbito.
admin-roles-list = Roles
admin-roles-list-intro = Los roles integrados no se pueden cambiar; copie uno para empezar un rol personalizado.
admin-roles-empty = No hay roles.
admin-role-create = Crear rol
admin-role-create-title = Crear un rol
admin-role-create-submit = Crear rol
admin-role-created = Se ha creado el rol { $name }.
admin-role-edit-title = Editar el rol { $name }
admin-role-edit-label = Editar el rol { $name }
admin-role-saved = Se ha guardado el rol { $name }.
admin-role-copy = Copiar
admin-role-copy-label = Copiar el rol { $name } como un rol nuevo
admin-role-copy-name = { $name } (copia)
admin-role-name = Nombre del rol
admin-role-description = Descripción (opcional)
admin-role-built-in = Integrado
admin-role-no-permissions = Sin permisos
admin-role-delete-label = Eliminar el rol { $name }
admin-role-delete-title = ¿Eliminar el rol { $name }?
admin-role-delete-text = Solo se pueden eliminar los roles que ninguna asignación otorga. Esta acción no se puede deshacer.
admin-role-delete-confirm = Eliminar rol
admin-role-deleted = Se ha eliminado el rol { $name }.

admin-perm-group-remote-help = Ayuda remota
admin-perm-group-reading = Lectura
admin-perm-group-administration = Administración
admin-perm-offer = Ofrecer asistencia remota
admin-perm-offer-hint = Iniciar una sesión de ayuda remota con una persona del ámbito.
admin-perm-view-screen = Ver la pantalla
admin-perm-view-screen-hint = Ver la pantalla de una persona del ámbito.
admin-perm-full-control = Tomar el control total
admin-perm-full-control-hint = Usar el ratón y el teclado de una persona del ámbito, con su consentimiento.
admin-perm-elevation = Elevación
admin-perm-elevation-hint = Reservado para una versión futura: ejecutar con privilegios elevados en el dispositivo de la persona.
admin-perm-read = Leer dispositivos e informes
admin-perm-read-hint = Ver el inventario de dispositivos, las sesiones en curso y los informes de sesión.
admin-perm-manage-users = Administrar usuarios y grupos
admin-perm-manage-users-hint = Crear, cambiar y eliminar usuarios y grupos, sus imágenes y sus segundos factores.
admin-perm-manage-roles = Administrar roles
admin-perm-manage-roles-hint = Crear y cambiar roles y asignaciones de roles.
admin-perm-manage-devices = Administrar dispositivos
admin-perm-manage-devices-hint = Crear tokens de inscripción, retirar y eliminar dispositivos.
admin-perm-manage-settings = Administrar la configuración
admin-perm-manage-settings-hint = Cambiar la configuración y los dominios verificados de la organización, y detener sesiones en curso.
admin-perm-manage-policies = Administrar directivas
admin-perm-manage-policies-hint = Crear y cambiar directivas de acceso condicional y de cumplimiento.
admin-perm-read-audit = Leer el registro de auditoría
admin-perm-read-audit-hint = Ver y exportar todos los cambios e inicios de sesión registrados.
admin-perm-create-api-tokens = Crear tokens de API
admin-perm-create-api-tokens-hint = Crear tokens para scripts que actúan con los propios permisos de su titular. Los tokens caducan a los 90 días, salvo que se indique otra cosa (como máximo, un año).

admin-assignments-title = Asignaciones de roles
admin-assignments-intro = Quién recibe qué rol y sobre quién.
admin-assignments-empty = Todavía no hay asignaciones de roles. Sin ninguna, solo los administradores pueden ayudar a otras personas.
admin-assignment-create = Crear asignación
admin-assignment-create-title = Crear una asignación de roles
admin-assignment-create-submit = Crear asignación
admin-assignment-created = Se ha creado la asignación { $name }.
admin-assignment-edit-title = Editar la asignación { $name }
admin-assignment-edit-label = Editar la asignación { $name }
admin-assignment-saved = Se ha guardado la asignación { $name }.
admin-assignment-name = Nombre de la asignación
admin-assignment-name-hint = Por ejemplo, “Soporte técnico ayuda a Finanzas”.
admin-assignment-role = Rol
admin-assignment-members = Otorgar el rol a los miembros de
admin-assignment-members-hint = Los asistentes: todas las personas de estos grupos reciben el rol.
admin-assignment-no-groups = Todavía no hay grupos. Cree primero los grupos.
admin-assignment-scope = Ámbito
admin-assignment-scope-hint = Las personas y los dispositivos a los que alcanza el rol.
admin-assignment-scope-groups = Personas y dispositivos de estos grupos
admin-assignment-scope-groups-hint = Miembros y dispositivos de los grupos elegidos.
admin-assignment-needs-members = Elija al menos un grupo al que otorgar el rol.
admin-assignment-needs-scope = Elija a qué alcanza el rol: todos los usuarios, todos los dispositivos o grupos.
admin-assignment-delete-label = Eliminar la asignación { $name }
admin-assignment-delete-title = ¿Eliminar la asignación { $name }?
admin-assignment-delete-text = Los miembros de sus grupos pierden inmediatamente el rol que les otorgaba. Esta acción no se puede deshacer.
admin-assignment-delete-confirm = Eliminar asignación
admin-assignment-deleted = Se ha eliminado la asignación { $name }.
admin-scope-all-users = Todos los usuarios
admin-scope-all-users-hint = Todas las personas de la organización.
admin-scope-all-devices = Todos los dispositivos
admin-scope-all-devices-hint = Todos los dispositivos inscritos de la organización.

## Conditional access

admin-policies-title = Acceso condicional
admin-policies-intro = Las directivas deciden si un asistente puede usar la consola; se comprueban cuando inicia sesión y de nuevo cuando inicia una sesión de ayuda. Cada rechazo indica el nombre de la directiva.
admin-policies-list = Directivas
admin-policies-empty = No hay directivas de acceso condicional. Todos los asistentes que pueden iniciar sesión pueden usar la consola.
admin-policy-create = Crear directiva
admin-policy-create-title = Crear una directiva de acceso condicional
admin-policy-create-submit = Crear directiva
admin-policy-created = Se ha creado la directiva { $name }.
admin-policy-edit-title = Editar la directiva { $name }
admin-policy-edit-label = Editar la directiva { $name }
admin-policy-saved = Se ha guardado la directiva { $name }.
admin-policy-delete-label = Eliminar la directiva { $name }
admin-policy-delete-title = ¿Eliminar la directiva { $name }?
admin-policy-delete-text = Deja de aplicarse inmediatamente. Esta acción no se puede deshacer.
admin-policy-delete-confirm = Eliminar directiva
admin-policy-deleted = Se ha eliminado la directiva { $name }.
admin-policy-name = Nombre de la directiva
admin-policy-name-hint = Los asistentes lo ven cuando la directiva los rechaza, así que indique el motivo, por ejemplo “Segundo factor fuera de la oficina”.
admin-policy-state = Estado
admin-policy-state-enabled = Habilitada
admin-policy-state-enabled-hint = La directiva se aplica.
admin-policy-state-report-only = Solo informe
admin-policy-state-report-only-hint = La directiva se evalúa y lo que habría hecho se escribe en el registro de auditoría, pero nunca rechaza a nadie. Pruebe así primero las directivas nuevas.
admin-policy-state-disabled = Deshabilitada
admin-policy-state-disabled-hint = La directiva se ignora.
admin-policy-targets = Se aplica a
admin-policy-targets-hint = Los asistentes a los que afecta esta directiva.
admin-policy-all-users = Todos los usuarios
admin-policy-users = Estas personas
admin-policy-groups = Miembros de estos grupos
admin-policy-needs-targets = Elija a quién se aplica la directiva: todos los usuarios, personas o grupos.
admin-policy-conditions = Condiciones
admin-policy-conditions-hint = La directiva solo se aplica cuando se cumplen todas las condiciones definidas aquí. Déjelas vacías para aplicarla siempre.
admin-policy-inside = La dirección del cliente está en una de estas redes
admin-policy-inside-hint = Un intervalo por línea en notación CIDR, por ejemplo 10.0.0.0/8 o 2001:db8::/32.
admin-policy-outside = La dirección del cliente no está en ninguna de estas redes
admin-policy-outside-hint = Para reglas que se aplican fuera de la oficina. Un intervalo por línea.
admin-policy-network-invalid = “{ $value }” no es un intervalo de red. Escriba intervalos como 192.168.0.0/16.
admin-policy-second-factor = Segundo factor al iniciar sesión
admin-policy-second-factor-any = Indiferente
admin-policy-second-factor-yes = Se usó un segundo factor
admin-policy-second-factor-no = No se usó ningún segundo factor
admin-policy-grant = Acción
admin-policy-grant-allow = Permitir
admin-policy-grant-allow-hint = Se registra en el registro de auditoría; otras directivas pueden rechazar igualmente.
admin-policy-grant-block = Bloquear
admin-policy-grant-block-hint = Rechazar el inicio de sesión en la consola y el inicio de sesiones de ayuda.
admin-policy-grant-second-factor = Exigir un segundo factor
admin-policy-grant-second-factor-hint = Permitir solo los inicios de sesión en los que se usó un segundo factor.
admin-policy-lockout-warning = Tenga cuidado de no bloquear su propio acceso: una directiva que le bloquee se aplica a partir de su próximo inicio de sesión. Use el modo Solo informe para comprobar antes una directiva.
admin-policy-when-inside = Dentro de { $networks }
admin-policy-when-outside = Fuera de { $networks }
admin-policy-when-second-factor = Se usó un segundo factor
admin-policy-when-no-second-factor = No se usó ningún segundo factor
admin-policy-always = Siempre

## Devices

admin-devices-title = Dispositivos
admin-devices-intro = Dispositivos inscritos con la aplicación { -product-name }, con lo último que notificaron y si cumplen sus directivas de cumplimiento.
admin-devices-enroll-link = Inscribir dispositivos
admin-devices-filters = Filtrar dispositivos
admin-devices-search = Buscar
admin-devices-search-hint = Nombre de host, número de serie, modelo o usuario principal.
admin-devices-platform = Sistema operativo
admin-devices-compliance = Cumplimiento
admin-devices-state = Inscripción
admin-devices-pages = Páginas de dispositivos
admin-devices-empty = Todavía no hay dispositivos inscritos. Cree un token de inscripción para inscribir los primeros.
admin-devices-none-match = Ningún dispositivo coincide con estos filtros.
admin-devices-back = Todos los dispositivos
admin-device-remote-help = Nueva sesión de ayuda remota
admin-device-unnamed = Dispositivo sin nombre
admin-device-compliant = Conforme
admin-device-not-compliant = No conforme
admin-device-failing-count =
    { $count ->
        [one] 1 regla incumplida
        [many] { $count } de reglas incumplidas
       *[other] { $count } reglas incumplidas
    }
admin-device-state-active = Inscrito
admin-device-state-retired = Retirado
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = No se ha notificado ninguno
admin-device-details = Detalles
admin-device-host-name = Nombre de host
admin-device-model = Modelo
admin-device-serial = Número de serie
admin-device-agent-version = Versión del agente
admin-device-disk = Cifrado de disco
admin-device-disk-encrypted = Cifrado
admin-device-disk-not-encrypted = Sin cifrar
admin-device-enrolled-at = Inscrito
admin-device-id = Id. de dispositivo
admin-device-compliance = Cumplimiento
admin-device-meets-all = Este dispositivo cumple todas las reglas de sus directivas de cumplimiento.
admin-device-failing-intro = No se cumplen estas reglas:
admin-device-policies-link = Revisar las directivas de cumplimiento
admin-device-retire = Retirar dispositivo
admin-device-retire-title = ¿Retirar { $name }?
admin-device-retire-text = Su credencial deja de funcionar inmediatamente: ya no puede sincronizarse ni demostrar su identidad cuando alguien solicite ayuda en él. El dispositivo permanece en la lista, marcado como retirado.
admin-device-retire-confirm = Retirar dispositivo
admin-device-retired = Se ha retirado { $name }.
admin-device-delete = Eliminar dispositivo
admin-device-delete-title = ¿Eliminar { $name }?
admin-device-delete-text = El dispositivo y su historial se quitan del inventario. Para volver a usarlo, inscríbalo de nuevo. Esta acción no se puede deshacer.
admin-device-delete-confirm = Eliminar dispositivo

## Enrollment tokens

admin-tokens-title = Tokens de inscripción
admin-tokens-intro = Un dispositivo se inscribe con un token que usted crea aquí. Cada token funciona durante un tiempo limitado y para un número limitado de dispositivos.
admin-tokens-list = Tokens
admin-tokens-empty = Todavía no hay tokens de inscripción.
admin-token-create = Crear token
admin-token-create-title = Crear un token de inscripción
admin-token-create-submit = Crear token
admin-token-created = Se ha creado el token { $name }.
admin-token-name = Nombre
admin-token-name-hint = Dónde se usa, por ejemplo “Portátiles de la oficina de Berlín”.
admin-token-hours = Válido durante (horas)
admin-token-hours-hint = De 1 a 720 horas (30 días).
admin-token-max-uses = Dispositivos que puede inscribir
admin-token-max-uses-hint = De 1 a 10 000.
admin-token-shown-once = Copie este token ahora. Solo se muestra una vez; si se pierde, revóquelo y cree otro.
admin-token-secret = Token “{ $name }”
admin-token-secret-hint = Proporciónelo a la aplicación { -product-name } al inscribir un dispositivo (assist-agent enroll). Cualquiera que lo tenga puede inscribir dispositivos en su organización hasta que caduque o se revoque.
admin-token-copy-label = Copiar el token
admin-token-copied = El token se ha copiado en el portapapeles.
admin-token-copy-failed = No se pudo copiar el token. Selecciónelo y cópielo usted mismo.
admin-token-active = Activo
admin-token-revoked = Revocado
admin-token-expired = Caducado
admin-token-used-up = Agotado
admin-token-uses = { $uses } de { $max }
admin-token-revoke-label = Revocar el token { $name }
admin-token-revoke-title = ¿Revocar el token { $name }?
admin-token-revoke-text = Ya no se podrán inscribir dispositivos con él. Los dispositivos que ya inscribió siguen inscritos.
admin-token-revoke-confirm = Revocar token
admin-token-revoked-done = Se ha revocado el token { $name }.

## Compliance policies

admin-compliance-title = Directivas de cumplimiento
admin-compliance-intro = Reglas que deben cumplir los dispositivos inscritos. Un dispositivo que incumple alguna se marca como no conforme y se advierte a los asistentes antes de ayudar en él.
admin-compliance-list = Directivas
admin-compliance-empty = No hay directivas de cumplimiento, por lo que todos los dispositivos se consideran conformes.
admin-compliance-create = Crear directiva
admin-compliance-create-title = Crear una directiva de cumplimiento
admin-compliance-create-submit = Crear directiva
admin-compliance-created = Se ha creado la directiva { $name }. Se han vuelto a comprobar los dispositivos.
admin-compliance-edit-title = Editar la directiva { $name }
admin-compliance-edit-label = Editar la directiva { $name }
admin-compliance-saved = Se ha guardado la directiva { $name }. Se han vuelto a comprobar los dispositivos.
admin-compliance-delete-label = Eliminar la directiva { $name }
admin-compliance-delete-title = ¿Eliminar la directiva { $name }?
admin-compliance-delete-text = Sus reglas dejan de aplicarse y se vuelven a comprobar los dispositivos. Esta acción no se puede deshacer.
admin-compliance-delete-confirm = Eliminar directiva
admin-compliance-deleted = Se ha eliminado la directiva { $name }.
admin-compliance-name = Nombre de la directiva
admin-compliance-name-hint = Se muestra junto a cada regla incumplida, por ejemplo “Seguridad básica”.
admin-compliance-os-legend = Versión mínima del sistema operativo
admin-compliance-os-hint = Deje una plataforma vacía para aceptar cualquier versión.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Por ejemplo, 14.2.1
admin-compliance-version-invalid = Escriba la versión como números separados por puntos, por ejemplo 14.2.1.
admin-compliance-other-legend = Otras reglas
admin-compliance-min-agent = Versión mínima de la aplicación { -product-name }
admin-compliance-max-days = Máximo de días desde la última sincronización
admin-compliance-max-days-hint = De 1 a 365. Déjelo vacío para no poner límite.
admin-compliance-disk = Exigir cifrado de disco
admin-compliance-disk-hint = El disco del sistema debe estar cifrado (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } o posterior
admin-rule-min-agent = Aplicación { $version } o posterior
admin-rule-check-in =
    { $days ->
        [one] Sincronizado en el último día
        [many] Sincronizado en los últimos { $days } de días
       *[other] Sincronizado en los últimos { $days } días
    }
admin-rule-disk = Disco cifrado
admin-rule-none = Sin reglas

## Settings

admin-settings-title = Configuración
admin-settings-intro = Cómo funciona la ayuda remota en su organización. Cada cambio se anota en el registro de auditoría.
admin-settings-organisation = Organización
admin-settings-name-hint = Se muestra a las personas a las que se ayuda cuando el perfil del asistente no indica ninguna empresa.
admin-settings-remote-help-heading = Ayuda remota
admin-settings-remote-help = Permitir la ayuda remota
admin-settings-remote-help-hint = Los asistentes solo pueden iniciar sesiones mientras esta opción está activada. Al desactivarla también se finalizan las sesiones en curso.
admin-settings-unenrolled = Permitir la ayuda en dispositivos no inscritos
admin-settings-unenrolled-hint = Permite compartir la pantalla desde un navegador web o desde un dispositivo no inscrito. Aun así, se advierte a los asistentes de que el dispositivo es desconocido.
admin-settings-chat = Chat durante las sesiones
admin-settings-chat-hint = Los asistentes y las personas a las que ayudan pueden escribirse. Los mensajes se conservan con el informe de sesión.
admin-settings-limits = Códigos e informes
admin-settings-code-lifetime = Validez del código de seguridad (minutos)
admin-settings-code-lifetime-hint = Durante cuánto tiempo es válido el código que comunica un asistente: de { $min } a { $max } minutos.
admin-settings-retention = Conservar los informes de sesión durante (días)
admin-settings-retention-hint = Los informes más antiguos y su chat se eliminan: de { $min } a { $max } días.
admin-settings-save = Guardar configuración
admin-settings-saved = Configuración guardada.
admin-settings-updated-at = Último cambio: { $time }.
admin-settings-defaults = Esta es la configuración predeterminada; nunca se ha cambiado.

## Live sessions

admin-live-title = Sesiones en curso
admin-live-intro = Sesiones de ayuda remota que no han finalizado. La lista se actualiza cada pocos segundos.
admin-live-list = Sesiones en curso
admin-live-empty = No hay ninguna sesión en curso.
admin-live-updated = Actualizado: { $time }
admin-live-count =
    { $count ->
        [0] No hay ninguna sesión en curso.
        [one] Hay 1 sesión en curso.
        [many] Hay { $count } de sesiones en curso.
       *[other] Hay { $count } sesiones en curso.
    }
admin-live-not-joined = Aún no se ha unido
admin-live-nobody = nadie todavía
admin-live-state-waiting = Esperando el código
admin-live-state-joined = Conectada
admin-live-state-requested = Solicitando acceso
admin-live-state-active = Compartiendo
admin-live-state-ended = Finalizada
admin-live-revoke-label = Revocar la sesión de { $helper } con { $sharer }
admin-live-revoke-title = ¿Detener esta sesión?
admin-live-revoke-text = La sesión de { $helper } con { $sharer } finaliza inmediatamente para ambos.
admin-live-revoke-confirm = Detener sesión
admin-live-revoked = Se ha detenido la sesión de { $helper }.

## Session reports

admin-reports-title = Informes de sesión
admin-reports-intro = Todas las sesiones de ayuda remota: quién ayudó a quién, en qué dispositivo, qué acceso se concedió y cómo finalizó.
admin-reports-filters = Filtrar informes de sesión
admin-reports-export-label = Exportar a CSV los informes de sesión que coinciden con los filtros
admin-reports-helper = Asistente
admin-reports-sharer = Persona asistida
admin-reports-device = Dispositivo
admin-reports-end-reason = Cómo finalizó
admin-reports-from = Iniciada desde
admin-reports-to = Iniciada antes de
admin-reports-pages = Páginas de informes de sesión
admin-reports-empty = Todavía no hay informes de sesión.
admin-reports-none-match = Ninguna sesión coincide con estos filtros.
admin-reports-back = Todos los informes de sesión
admin-report-open-label = Sesión de { $helper } iniciada el { $time }
admin-report-title = { $helper } ayuda a { $sharer }
admin-report-title-alone = Sesión de { $helper }
admin-report-started = Inicio: { $time }
admin-report-details = Detalles
admin-report-client = Compartida desde
admin-report-joined = Conexión
admin-report-ended = Fin
admin-report-id = Id. de sesión
admin-report-no-device = Sin dispositivo
admin-report-mode-control = Control total
admin-report-mode-view = Solo ver
admin-report-mode-none = Ninguno
admin-report-transcript = Transcripción del chat
admin-report-transcript-count =
    { $count ->
        [0] Transcripción del chat
        [one] Transcripción del chat (1 mensaje)
        [many] Transcripción del chat ({ $count } de mensajes)
       *[other] Transcripción del chat ({ $count } mensajes)
    }
admin-report-no-chat = No se escribieron mensajes de chat en esta sesión.
admin-role-helper = Asistente
admin-role-sharer = Persona asistida
admin-client-agent = Aplicación { -product-name }
admin-client-web = Navegador web

admin-end-helper-left = Finalizada por el asistente
admin-end-sharer-left = Finalizada por la persona asistida
admin-end-helper-disconnected = Conexión del asistente perdida
admin-end-sharer-disconnected = Conexión de la persona asistida perdida
admin-end-code-expired = El código caducó sin usarse
admin-end-declined-timeout = Solicitud sin respuesta
admin-end-revoked = Detenida por un administrador
admin-end-policy = Detenida por una regla de la organización
admin-end-access-withdrawn = Detenida: acceso retirado

## Audit log

admin-audit-title = Registro de auditoría
admin-audit-intro = Todos los cambios, inicios de sesión y eventos de sesión, del más reciente al más antiguo. El registro solo admite anexar entradas y su cadena detecta cualquier manipulación.
admin-audit-filters = Filtrar el registro de auditoría
admin-audit-export-label = Exportar a CSV los eventos de auditoría que coinciden con los filtros
admin-audit-actor = Quién
admin-audit-action = Acción
admin-audit-action-hint = Por ejemplo, user.created o settings.updated.
admin-audit-since = Desde
admin-audit-until = Antes de
admin-audit-pages = Páginas de eventos de auditoría
admin-audit-empty = El registro de auditoría está vacío.
admin-audit-none-match = Ningún evento coincide con estos filtros.
admin-audit-show-detail = Mostrar detalles
admin-actor-cli = Línea de comandos del servidor
admin-actor-setup-link = Vínculo de configuración
admin-actor-sso = Inicio de sesión único
admin-actor-anonymous = Sin sesión iniciada

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Para empezar
admin-start-title = Primeros pasos
admin-start-intro = Tres cosas que decidir antes de la primera sesión de ayuda remota. Todas se pueden cambiar después.
admin-start-done = Hecho
admin-start-todo = Pendiente
admin-start-settings-needed = Para cambiar esto se necesita el permiso de administrar la configuración. Pídaselo a un administrador que lo tenga.
admin-start-remote-heading = Activar la ayuda remota
admin-start-remote-off = La ayuda remota está desactivada, así que nadie puede iniciar una sesión todavía.
admin-start-remote-on = La ayuda remota está activada: los asistentes pueden iniciar sesiones.
admin-start-remote-enable = Activar la ayuda remota
admin-start-remote-turned-on = La ayuda remota ya está activada.
admin-start-browser-heading = Compartir desde un navegador web
admin-start-browser-allowed = Permitido
admin-start-browser-not-allowed = No permitido
admin-start-browser-explain = Un navegador web no puede demostrar en qué equipo se ejecuta, así que cuenta como un dispositivo no inscrito. Permitir la ayuda en dispositivos no inscritos deja compartir la pantalla desde un navegador, sin instalar nada. El asistente solo puede ver la pantalla, no controlarla, y se le avisa de que el dispositivo es desconocido.
admin-start-browser-off = No permitido ahora: solo la aplicación { -product-name } en un dispositivo inscrito puede compartir. Quien abra la página para compartir en un navegador e introduzca un código será rechazado.
admin-start-browser-on = Permitido ahora: las personas pueden compartir su pantalla desde un navegador o desde un dispositivo no inscrito.
admin-start-browser-allow = Permitir compartir desde un navegador
admin-start-browser-stop = Dejar de permitir compartir desde un navegador
admin-start-browser-allowed-now = Ahora se permite compartir desde un navegador.
admin-start-browser-stopped = Ya no se permite compartir desde un navegador.
admin-start-helpers-heading = Nombrar asistentes
admin-start-helpers-none = Todavía nadie puede ofrecer ayuda remota.
admin-start-helpers-count =
    { $count ->
        [one] { $count } persona puede ofrecer ayuda remota.
       *[other] { $count } personas pueden ofrecer ayuda remota.
    }
admin-start-helpers-explain = Los asistentes ofrecen ayuda remota a toda la organización. Elija personas y seleccione «Nombrar asistentes»: se unen al grupo { $group }, que tiene el rol Help Desk Operator sobre todos los usuarios.
admin-start-helpers-pick = Personas que serán asistentes
admin-start-helpers-nobody = Aquí todos son ya asistentes. Cree un usuario para añadir a alguien.
admin-start-helpers-roles-needed = La primera vez, nombrar asistentes también da su rol al grupo { $group }, lo que necesita el permiso de administrar roles. Pídaselo a un administrador que lo tenga.
admin-start-helpers-submit = Nombrar asistentes
admin-start-helpers-choose = Elija al menos una persona.
admin-start-helpers-made =
    { $count ->
        [one] { $count } persona es ahora asistente, en el grupo { $group }.
       *[other] { $count } personas son ahora asistentes, en el grupo { $group }.
    }
admin-start-create-user = Crear usuario
admin-start-first-heading = Su primera sesión
admin-start-not-ready = Cuando estén hechos los pasos anteriores:
admin-start-ready = Todo está listo para una primera sesión:
admin-start-first-helper = Un asistente inicia sesión, abre «{ $page }» e inicia una nueva sesión de ayuda remota, que le da un código de seguridad:
admin-start-first-sharer = La persona que necesita ayuda inicia sesión, abre esta página e introduce ese código:
admin-user-role = Rol
admin-user-role-member = Miembro
admin-user-role-member-hint = Inicia sesión, pide ayuda y comparte su pantalla.
admin-user-role-helper = Asistente
admin-user-role-helper-hint = Ofrece ayuda remota a toda la organización, como miembro del grupo { $group }.
admin-user-role-administrator = Administrador
admin-user-created-helper = Se creó a { $name }, que ya puede ofrecer ayuda remota.
