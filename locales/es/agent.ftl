# Messages of the Assist app (Spanish): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: está compartiendo su pantalla
agent-starting = Iniciando…
# Shown after the person submitted a form, until the server answers.
agent-working = Espere, por favor…

## Signing in

agent-sign-in-heading = Inicie sesión para obtener ayuda
agent-email = Correo electrónico
agent-password = Contraseña
agent-sign-in = Iniciar sesión
agent-sign-in-sso = Usar el inicio de sesión único
agent-second-factor-heading = Segundo paso del inicio de sesión
agent-second-factor = Código de autenticación
agent-second-factor-hint = Escriba el código que muestra su aplicación de autenticación o uno de sus códigos de recuperación.
agent-continue = Continuar
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = El inicio de sesión continúa en su navegador web. Si no se ha abierto, vaya a: { $url }

## The security code the helper gives

agent-code-heading = Introduzca el código de seguridad
agent-code-hint = Su asistente le dará un código de seguridad de 8 dígitos.
agent-code = Código de seguridad
agent-connect = Conectar

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Su asistente
agent-trust-name = Nombre
agent-trust-job-title = Cargo
agent-trust-company = Empresa
agent-trust-domain = Dominio de correo electrónico
# Shown instead of an empty job title or company.
agent-trust-not-given = no indicado
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (dominio verificado)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (dominio NO verificado)
agent-trust-not-enrolled = Este dispositivo no está inscrito en su organización; se ha informado de ello a su asistente.
# $name: the helper's full name.
agent-waiting-for-request = Esperando a que { $name } solicite ver su pantalla. No se comparte nada hasta que usted lo permita.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } solicita el control total (ratón y teclado).
agent-request-view = { $name } solicita ver su pantalla.
agent-allow = Permitir
agent-allow-view-only = Permitir solo ver
agent-decline = Rechazar

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Compartiendo con { $name }: control total
agent-sharing-view = Compartiendo con { $name }: solo ver
agent-sharing-paused = Compartiendo con { $name }: control detenido
agent-stop-control = Detener el control
agent-give-control-back = Devolver el control
agent-end-session = Finalizar sesión

## Chat

agent-chat-heading = Chat
agent-chat-input = Mensaje
agent-chat-send = Enviar
# The writer's name shown for the person's own messages.
agent-chat-you = Usted

## Notices

agent-helper-away = Se ha cortado la conexión de { $name }. Esperando a que vuelva…
agent-helper-away-time = La sesión finalizará en { $time } si no vuelve.
agent-helper-away-unseen = Mientras tanto, nadie puede ver ni controlar su pantalla.
agent-end-now = Finalizar ahora
agent-helper-back = { $name } ha vuelto.
agent-notice-server-lost = No se puede acceder al servidor. El control se ha detenido.
agent-notice-server-back = Se puede volver a acceder al servidor. El control sigue detenido hasta que usted lo devuelva.
agent-notice-connection-lost = Se ha perdido la conexión con su asistente. El control se ha detenido.
agent-notice-connected = Conectado: su asistente ve su pantalla.
agent-notice-control-stopped = Control detenido: su asistente ya no puede usar su ratón ni su teclado.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Hay una versión más reciente de la aplicación { -product-name }: { $version }
agent-update-required = Esta aplicación { -product-name } está obsoleta y debe actualizarse a la versión { $version } antes de que pueda compartir
# $url: where to download the newer app.
agent-update-download = Descárguela desde { $url }

## The end of the session

agent-ended-heading = Sesión finalizada
agent-ended = Sesión finalizada.
agent-ended-helper-left = Sesión finalizada: su asistente la ha finalizado.
agent-ended-sharer-left = Sesión finalizada: usted la ha finalizado.
agent-ended-sharer-disconnected = Sesión finalizada: se perdió su conexión y no se recuperó a tiempo.
agent-ended-helper-disconnected = Sesión finalizada: se perdió la conexión de su asistente y no se recuperó a tiempo.
agent-ended-code-expired = Sesión finalizada: el código de seguridad ha caducado.
agent-ended-declined-timeout = Sesión finalizada: la solicitud no se respondió a tiempo.
agent-ended-revoked = Sesión finalizada: un administrador la ha detenido.
agent-ended-policy = Sesión finalizada: una regla de su organización la ha detenido.
agent-ended-access-withdrawn = Sesión finalizada: su asistente ya no puede ayudarle o se ha retirado su propio acceso.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sesión finalizada: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Este dispositivo no está inscrito, y su organización solo permite ayudar en dispositivos inscritos. Pida a su administrador que lo inscriba.
agent-close = Cerrar

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Correo electrónico:
agent-terminal-password = Contraseña (vacía para el inicio de sesión único):
agent-terminal-second-factor = Código de autenticación:
agent-terminal-code = Código de seguridad:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [p]ermitir, [s]olo ver, [r]echazar:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [p]ermitir, [r]echazar:
# One lowercase letter each, all three different.
agent-terminal-key-allow = p
agent-terminal-key-view-only = s
agent-terminal-key-decline = r
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Comandos: /stop recupera el control, /resume lo devuelve, /end finaliza la sesión; cualquier otra línea se envía como mensaje de chat.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Escriba /resume para devolver el control.
agent-terminal-end-now-hint = Escriba /end para finalizar la sesión ahora.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Comando desconocido: { $command }. /help muestra los comandos; empiece una línea con // para enviar un mensaje de chat que empiece por /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Esta versión de la aplicación { -product-name } es demasiado antigua para su organización. Actualícela y vuelva a intentarlo.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Ha iniciado sesión. Puede cerrar esta pestaña y volver a la aplicación { -product-name }.
agent-sso-browser-failed = El inicio de sesión único no ha funcionado. Vuelva a la aplicación { -product-name } para ver el motivo.
