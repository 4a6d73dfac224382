# Messages of the web app (Spanish). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Ir al contenido principal
loading = Cargando…
go-to-sign-in = Ir a la página de inicio de sesión
sign-out = Cerrar sesión
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Idioma

## Form fields and checks

field-organisation-name = Nombre de la organización
field-organisation-name-hint = El nombre con el que la conocen sus compañeros. Puede cambiarlo más adelante.
field-full-name = Nombre completo
field-full-name-hint = Se muestra a las personas a las que ayuda, para que sepan quién se conecta.
field-email = Correo electrónico
field-job-title-optional = Cargo (opcional)
field-company-optional = Empresa (opcional)
field-password = Contraseña
field-new-password = Nueva contraseña
field-confirm-password = Confirmar contraseña
password-hint = Al menos 12 caracteres. Varias palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
form-required = Este campo es obligatorio.
form-email-invalid = Escriba una dirección de correo electrónico como nombre@example.com.
form-fix-fields = Algunos campos requieren su atención. Corrija los campos marcados a continuación.
form-error-summary = Corrija estos campos:
password-too-short = La contraseña debe tener al menos { $min } caracteres.
password-too-long = La contraseña debe tener como máximo { $max } caracteres.
password-mismatch = Las contraseñas no coinciden. Escriba la misma contraseña en ambos campos.

## Errors from the server, by code

error-network = No se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.
error-invalid-credentials = La dirección de correo electrónico o la contraseña no son correctas.
error-too-many-attempts = Demasiados intentos. Espere un momento e inténtelo de nuevo.
error-too-many-attempts-wait = Demasiados intentos. Espere { $seconds } segundos e inténtelo de nuevo.
error-setup-link-invalid = Este vínculo ya no es válido: es posible que ya se haya usado o que haya caducado.
error-conflict = Esto entra en conflicto con algo que ya existe.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
error-unauthenticated = No ha iniciado sesión o su sesión ha finalizado. Vuelva a iniciar sesión.
error-origin-mismatch = La solicitud se rechazó porque no procedía de este sitio. Vuelva a cargar la página e inténtelo de nuevo.
error-payload-too-large = Lo que ha enviado es demasiado grande.
error-forbidden = No tiene permiso para hacer esto.
error-timeout = El servidor tardó demasiado en responder. Inténtelo de nuevo.
error-unavailable = El servicio no está disponible temporalmente. Vuelva a intentarlo en unos minutos.
error-internal = Se ha producido un error en el servidor. Inténtelo de nuevo; si el problema persiste, informe a su administrador.
error-unexpected = Se ha producido un error inesperado. Inténtelo de nuevo.
error-second-factor-required = Escriba el código de su aplicación de autenticación o uno de sus códigos de recuperación.
error-invalid-second-factor = Ese código no es correcto o ya se ha usado. Espere a que aparezca un código nuevo e inténtelo de nuevo.
error-sso-not-configured = Su organización no ofrece inicio de sesión único para esta dirección de correo electrónico. Inicie sesión con su contraseña.
error-profile-managed = Su organización administra su nombre, su cargo y su empresa mediante el inicio de sesión único, por lo que solo un administrador puede cambiarlos.
error-sso-provider-unavailable = No se pudo conectar con el servicio de inicio de sesión de su organización. Vuelva a intentarlo en unos minutos.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = La directiva de acceso condicional «{ $policy }» de su organización no lo permite. Consulte a su administrador.

## Setup link page (/setup)

setup-page-title = Configuración – { -product-name }
setup-checking-heading = Comprobando el vínculo
setup-checking = Espere un momento mientras comprobamos el vínculo…
setup-expires = Este vínculo es válido hasta: { $time }.
setup-invalid-heading = No se puede usar este vínculo
setup-missing-heading = Esta página necesita un vínculo de configuración
setup-missing = Abra el vínculo completo que recibió, incluida la parte que sigue al signo #.
setup-error-heading = No se pudo comprobar el vínculo
setup-unknown-purpose = Este vínculo es para algo que esta página no admite.
setup-invalid-help =
    Pida un vínculo nuevo a su administrador. Quien administra el servidor puede generar uno
    con el comando “assist-server admin setup-link”.

first-admin-heading = Cree su organización
first-admin-intro = Configure { -product-name } para su organización y cree la primera cuenta de administrador. Después podrá invitar a sus compañeros.
first-admin-organisation-legend = Organización
first-admin-account-legend = Su cuenta de administrador
first-admin-submit = Crear organización

reset-heading = Elija una nueva contraseña
reset-intro = Establezca una nueva contraseña para { $email }.
reset-intro-no-email = Establezca una nueva contraseña para su cuenta.
reset-submit = Establecer contraseña

## Sign-in page (/sign-in)

sign-in-page-title = Iniciar sesión – { -product-name }
sign-in-heading = Iniciar sesión en { -product-name }
sign-in-intro = Use la dirección de correo electrónico y la contraseña de su cuenta.
sign-in-submit = Iniciar sesión
field-second-factor-code = Código de autenticación o código de recuperación
sign-in-sso = Iniciar sesión con la cuenta de su organización
sign-in-sso-needs-email = Primero escriba su dirección de correo electrónico para que podamos encontrar su organización.
sign-in-sso-refused = El inicio de sesión único no ha podido iniciar su sesión. Si su cuenta tiene su propia contraseña, inicie sesión con ella aquí y, después, vincule el inicio de sesión único en su página de inicio.
sign-in-or = o
sign-in-forgot = ¿Ha olvidado su contraseña? Pida un vínculo de recuperación a un administrador de su organización.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organización:
user-menu-label = Su cuenta
home-heading = Sesión iniciada como { $name }

profile-heading = Su perfil
profile-name = Nombre
profile-email = Correo electrónico
profile-job-title = Cargo
profile-company = Empresa
profile-role = Rol
profile-not-set = Sin definir
profile-edit = Editar perfil
profile-form-label = Editar su perfil
profile-save = Guardar
profile-cancel = Cancelar
profile-saved = Se ha guardado su perfil.
profile-managed = Su organización administra su nombre, su cargo y su empresa mediante el inicio de sesión único. Para cambiarlos, pídaselo a su administrador.
role-administrator = Administrador
role-member = Miembro

picture-change = Cambiar imagen
picture-hint = Una imagen PNG o JPEG de 256 KB como máximo. Las personas a las que ayuda la ven antes de compartir su pantalla.
picture-uploading = Cargando la imagen…
picture-updated = Su imagen se ha actualizado.
picture-wrong-type = Elija una imagen PNG o JPEG.
picture-too-large = La imagen ocupa más de 256 KB. Elija una imagen más pequeña.

sessions-heading = Dónde ha iniciado sesión
sessions-intro = Navegadores en los que su cuenta tiene la sesión iniciada. Cierre la sesión en los que no reconozca.
session-this-device = Este dispositivo
session-device = { $browser } en { $os }
session-device-unknown = Navegador desconocido
session-signed-in = Sesión iniciada: { $time }
session-last-active = Última actividad: { $time }
session-address = Desde la dirección { $address }
session-sign-out = Cerrar sesión
session-sign-out-label = Cerrar sesión en { $device }
session-signed-out = Se ha cerrado la sesión en { $device }.

home-admin-link = Consola de administración

## Home page: remote help

home-remote-help-heading = Ayuda remota
home-help-someone-text = Inicie una sesión y dé el código de seguridad a la persona.
home-help-someone = Ayudar a alguien
home-get-help-text = ¿Su asistente le ha dado un código de seguridad? Introdúzcalo aquí.
home-get-help = Obtener ayuda

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Inicio de sesión único
home-sso-linked = Su cuenta está vinculada al inicio de sesión único de su organización.
home-sso-not-linked = Su cuenta no está vinculada al inicio de sesión único de su organización.
home-sso-link-intro = Al vincularla, podrá iniciar sesión con la cuenta de su organización.
home-sso-link = Vincular el inicio de sesión único
home-sso-linking = Abriendo la página de inicio de sesión de su organización…
