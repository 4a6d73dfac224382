# Messages of the remote help pages (Spanish): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Finalizar sesión
session-ended-heading = Sesión finalizada
session-reconnecting = Se ha interrumpido la conexión. Reconectando…
session-replaced = Esta sesión se abrió en otra ventana, por lo que esta se ha detenido.
session-connection-closed = Se ha cerrado la conexión con el servidor.
go-home = Volver a la página principal

## The trust card: who is on the other side

trust-helper-heading = Su asistente
trust-sharer-heading = La persona a la que ayuda
trust-job-title = Cargo
trust-company = Empresa
trust-domain = Dominio de la organización
trust-domain-verified = Verificado
trust-domain-unverified = No verificado
trust-not-set = No indicado

## The device the helper is about to help with

device-heading = Dispositivo
device-name = Nombre
device-system = Sistema operativo
device-compliance = Cumplimiento
device-compliant = Conforme
device-not-compliant = No conforme
device-web-browser = La persona se ha unido desde un navegador web, por lo que no se puede identificar el dispositivo.
device-none = No hay información del dispositivo.
warning-device-not-enrolled = Este dispositivo no está inscrito en su organización.
warning-device-not-enrolled-detail = Se desconocen su identidad y su estado de seguridad. Tenga cuidado con lo que abre o escribe en él.
warning-device-not-compliant = Este dispositivo no cumple las directivas de cumplimiento de su organización:

## Chat

chat-heading = Chat
chat-list-label = Mensajes
chat-input-label = Mensaje
chat-placeholder = Escriba un mensaje…
chat-send = Enviar
chat-you = Usted
chat-role-helper = Asistente
chat-role-sharer = Persona asistida
chat-sending = Enviando…
chat-too-long = Un mensaje puede tener como máximo { $max } caracteres.

## Helper console

helper-page-title = Ayuda remota – Assist
helper-page-title-org = Ayuda remota – { $organisation }
helper-start-heading = Iniciar una sesión de ayuda remota
helper-start-intro = Recibirá un código de seguridad de 8 dígitos. Déselo a la persona a la que ayuda; esta lo introduce para conectarse.
helper-device-label = Dispositivo (opcional)
helper-device-none = Ningún dispositivo concreto
helper-device-hint = Elija el dispositivo de la persona si lo conoce: la sesión solo funcionará en ese dispositivo y podrá ver su estado de cumplimiento.
helper-start-button = Nueva sesión de ayuda remota
helper-start-another = Iniciar otra sesión
helper-session-heading = Sesión de ayuda remota
helper-code-heading = Código de seguridad
helper-code-copy = Copiar código
helper-code-copied = Código copiado.
helper-code-copy-failed = No se pudo copiar el código. Léaselo en voz alta.
helper-code-expires-in = Caduca en { $time }
helper-code-expired = El código ha caducado.
helper-code-one-minute = El código de seguridad caduca en un minuto.
helper-code-instructions = Pida a la persona que abra { $address }, inicie sesión e introduzca este código.
helper-code-not-shown-again = El código de seguridad solo se muestra una vez. Si la persona aún no se ha unido, finalice esta sesión e inicie una nueva.
helper-status-waiting = Esperando a que la persona introduzca el código…
helper-status-joined = { $name } se ha unido. Solicite ver su pantalla cuando lo desee.
helper-status-asked-view = Esperando a que { $name } le permita ver su pantalla…
helper-status-asked-control = Esperando a que { $name } permita el control total…
helper-status-connecting = Conectando con la pantalla de { $name }…
helper-status-viewing = Está viendo la pantalla de { $name }.
helper-sharer-joined = { $name } se ha unido a la sesión.
helper-request-declined = { $name } ha rechazado su solicitud.
helper-granted-view = { $name } le ha permitido ver su pantalla.
helper-granted-control = { $name } ha permitido el control total.
helper-granted-view-only = { $name } ha permitido solo ver.
helper-escalation-declined = { $name } ha mantenido el modo de solo ver.
helper-control-taken-back = { $name } ha recuperado el control. Todavía puede ver su pantalla.
helper-control-paused = { $name } ha pausado su control.
helper-control-resumed = { $name } le ha devuelto el control.
helper-connection-failed = No se pudo conectar la pantalla. Compruebe la red o finalice la sesión e inténtelo de nuevo.
helper-mode-heading = ¿Qué necesita?
helper-mode-hint = Solicite solo ver para observar, o control total para usar su ratón y su teclado. La persona decide.
helper-mode-web-hint = La persona está en un navegador web, que solo puede compartir la pantalla para verla. El control total requiere la aplicación Assist en su dispositivo.
helper-escalate-hint = Puede solicitar el control total; la persona vuelve a decidir.
helper-request-view = Solicitar solo ver
helper-request-control = Solicitar control total

## The remote screen in the helper console

viewer-heading = Pantalla de { $name }
viewer-stage-label = Pantalla remota de { $name }
viewer-toolbar-label = Vista de la pantalla
viewer-fit = Ajustar a la ventana
viewer-actual-size = Tamaño real
viewer-full-screen = Pantalla completa
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Solo ver
viewer-mode-control = Control total
viewer-mode-paused = Control en pausa
viewer-role-view = pantalla remota, solo ver
viewer-role-control = pantalla remota, su ratón y su teclado actúan en el otro equipo
viewer-hint-view = Puede ver la pantalla, pero no usarla.
viewer-hint-control = Haga clic en la pantalla para usarla. Mientras tenga el foco, todas las teclas, incluidos los métodos abreviados, se envían al otro equipo. Pulse Ctrl+Alt+Home para volver a la barra de herramientas.

## Sharer web app

share-page-title = Obtener ayuda – Assist
share-page-title-org = Obtener ayuda – { $organisation }
share-join-heading = Obtener ayuda
share-join-intro = Introduzca el código de seguridad que le ha dado su asistente. Verá quién es antes de que pueda ver nada.
share-code-label = Código de seguridad
share-code-hint = 8 dígitos, por ejemplo 1234 5678.
share-code-invalid-format = Introduzca los 8 dígitos del código de seguridad.
share-join-button = Continuar
share-join-another = Introducir otro código
share-session-heading = Ayuda remota
share-status-joined = Se ha establecido la conexión con { $name }. Le pedirá ver su pantalla.
share-status-asked = { $name } está esperando su respuesta.
share-status-sharing = Está compartiendo su pantalla con { $name }.
share-request-view-heading = { $name } solicita ver su pantalla
share-request-view-text = { $name } verá todo lo que aparezca en la pantalla que elija, pero no podrá usar su ratón ni su teclado. Puede detenerlo en cualquier momento.
share-request-control-heading = { $name } solicita el control total
share-request-control-text = Con el control total, { $name } podría usar su ratón y su teclado.
share-control-needs-app = El control total requiere la aplicación Assist en este dispositivo. En el navegador solo puede compartir la pantalla para que la vean.
share-allow = Permitir
share-allow-view-only = Permitir solo ver
share-decline = Rechazar
share-keep-view-only = Mantener solo ver
share-picker-cancelled = No se ha elegido ninguna pantalla, así que no se comparte nada. Elija Permitir de nuevo para seleccionar una pantalla, o Rechazar.
share-capture-failed = Este navegador no pudo compartir la pantalla. Pruebe con otro navegador o rechace la solicitud.
share-reshare-heading = Su pantalla ya no se comparte
share-reshare-text = La página se ha vuelto a cargar, por lo que { $name } ya no ve su pantalla. Vuelva a compartirla o finalice la sesión.
share-reshare-button = Volver a compartir mi pantalla
share-bar-label = Uso compartido de pantalla
share-bar-text = Está compartiendo su pantalla con { $name }
share-stop = Dejar de compartir
share-connection-failed = No se pudo enviar su pantalla. Compruebe la red o finalice la sesión e inténtelo de nuevo.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Ha finalizado la sesión.
ended-helper-sharer-left = { $name } ha finalizado la sesión.
ended-helper-helper-disconnected = Su conexión estuvo interrumpida demasiado tiempo, por lo que la sesión ha finalizado.
ended-helper-sharer-disconnected = Se perdió la conexión de { $name } y no se recuperó, por lo que la sesión ha finalizado.
ended-helper-code-expired = Nadie introdujo el código antes de que caducara.
ended-helper-declined-timeout = { $name } no respondió a su solicitud a tiempo.
ended-helper-revoked = Un administrador ha finalizado esta sesión.
ended-helper-policy = La sesión ha finalizado porque la ayuda remota se ha desactivado para su organización.
ended-helper-access-withdrawn = La sesión ha finalizado porque su acceso ha cambiado: su cuenta, su inicio de sesión o su rol de ayuda remota ya no permite esta sesión.
ended-helper-other = La sesión ha finalizado.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } ha finalizado la sesión.
ended-sharer-sharer-left = Ha finalizado la sesión. Ya no se comparte nada.
ended-sharer-helper-disconnected = Se perdió la conexión de { $name } y no se recuperó, por lo que la sesión ha finalizado.
ended-sharer-sharer-disconnected = Su conexión estuvo interrumpida demasiado tiempo, por lo que la sesión ha finalizado.
ended-sharer-code-expired = El código ha caducado.
ended-sharer-declined-timeout = No respondió a tiempo, por lo que la sesión ha finalizado. No se ha compartido nada.
ended-sharer-revoked = Un administrador ha finalizado esta sesión.
ended-sharer-policy = La sesión ha finalizado porque la ayuda remota se ha desactivado para su organización.
ended-sharer-access-withdrawn = La sesión ha finalizado porque { $name } ya no puede ayudarle o su propio acceso ha cambiado. Ya no se comparte nada.
ended-sharer-other = La sesión ha finalizado.

## Refusals from the server

error-remote-help-disabled = La ayuda remota está desactivada para su organización. Un administrador puede activarla.
error-code-invalid = Este código no es válido. Compruebe los dígitos e inténtelo de nuevo.
error-code-expired = Este código ha caducado. Pida uno nuevo a su asistente.
error-code-used = Este código ya se ha usado. Pida uno nuevo a su asistente.
error-unenrolled-device = Su organización solo permite la ayuda en dispositivos inscritos. Instale la aplicación Assist en este dispositivo o consulte a su administrador.
error-wrong-device = Esta sesión se inició para otro dispositivo. Pida a su asistente un código para este.
error-chat-disabled = El chat está desactivado para su organización.
error-invalid-transition = Eso no es posible en este momento de la sesión.
error-session-ended = Esta sesión ya ha finalizado.
error-control-needs-agent = El control total requiere la aplicación Assist en el dispositivo de la otra persona.
error-session-not-found = Esta sesión no existe o usted no forma parte de ella.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Su cuenta no puede ofrecer ayuda remota: necesita los permisos «Ofrecer asistencia remota» y «Ver la pantalla». Pida a un administrador de su organización que le haga asistente.
error-browser-sharing-not-allowed = Su organización no permite compartir la pantalla desde un navegador web. Instale la aplicación Assist en este dispositivo e introduzca allí el código, o consulte a su servicio de asistencia.
error-sharer-out-of-scope = Esta persona no puede ayudarle: su rol no le incluye a usted ni a este dispositivo. Pregunte a su servicio de asistencia quién puede ayudarle.
error-own-session = Usted mismo inició esta sesión. Dé el código a la persona a la que ayuda; ella lo introduce para conectarse.
error-helper-unavailable = La persona que le dio este código ya no puede ayudar. Pida a su servicio de asistencia otra persona.
error-device-in-other-organisation = Este dispositivo está inscrito en otra organización. Consulte a su administrador.
error-device-out-of-scope = Este dispositivo queda fuera de su rol: no puede ayudar en él. Elija otro dispositivo o ninguno.
error-chat-empty = Escriba un mensaje antes de enviarlo.
error-chat-too-long = Este mensaje es demasiado largo. Acórtelo y vuelva a enviarlo.
error-chat-invalid-characters = Este mensaje contiene caracteres de control invisibles que no se pueden enviar. Elimínelos e inténtelo de nuevo.
helper-permission-heading = Todavía no puede ofrecer ayuda remota
helper-permission-text = Ofrecer ayuda remota requiere los permisos «Ofrecer asistencia remota» y «Ver la pantalla», que su cuenta no tiene.
helper-ask-admin = Pida a un administrador de { $organisation } que lo cambie.
helper-disabled-heading = La ayuda remota está desactivada
helper-disabled-text = Su organización no ha activado la ayuda remota, así que todavía no se puede iniciar ninguna sesión.
helper-open-settings = Abrir la configuración de la organización
helper-browser-note = Su organización no permite compartir desde un navegador web: la persona a la que ayuda necesita la aplicación Assist en un dispositivo inscrito.
helper-join-refused-heading = Alguien intentó unirse con este código
helper-join-refused-browser-sharing-not-allowed = Usó un navegador web, y su organización no permite compartir desde un navegador. Pídale que introduzca el mismo código en la aplicación Assist: sigue siendo válido.
helper-join-refused-unenrolled-device = Su dispositivo no está inscrito, y su organización solo permite ayudar en dispositivos inscritos. Pídale que use la aplicación Assist en un dispositivo inscrito: el código sigue siendo válido.
helper-join-refused-sharer-out-of-scope = Su rol no incluye a esa persona ni a su dispositivo, así que no pudo unirse. Derívela a alguien cuyo rol la incluya, o pida a un administrador que amplíe el suyo.
helper-join-refused-wrong-device = Usó un dispositivo distinto del que eligió para esta sesión. Pídale que use la aplicación Assist en ese dispositivo: el código sigue siendo válido.
share-app-explained = La aplicación Assist es el programa de su organización para recibir ayuda en este equipo. Con ella, la persona que le ayuda puede usar su ratón y su teclado mientras usted mira, y usted puede recuperar el control o detenerlo en cualquier momento. Si no está instalada, consulte a su servicio de asistencia.
share-app-download = Descargar la aplicación Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Se ha perdido la conexión de { $name }. Esperando a que vuelva…
presence-grace-left = La sesión termina en { $time } si no vuelve.
presence-nobody-sees = Nadie puede ver su pantalla mientras no esté. El uso compartido se reanuda cuando vuelva.
presence-end-now = Terminar ahora
presence-back = { $name } ha vuelto.
presence-back-reshare = { $name } ha vuelto y se le pide que vuelva a compartir su pantalla.
share-bar-paused-text = Nadie ve su pantalla ahora: se ha perdido la conexión de { $name }
