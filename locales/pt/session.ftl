# Messages of the remote help pages (Brazilian Portuguese): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Encerrar sessão
session-ended-heading = Sessão encerrada
session-reconnecting = A conexão foi interrompida. Reconectando…
session-replaced = Esta sessão foi aberta em outra janela, por isso esta foi interrompida.
session-connection-closed = A conexão com o servidor foi fechada.
go-home = Voltar para a página inicial

## The trust card: who is on the other side

trust-helper-heading = Seu atendente
trust-sharer-heading = A pessoa que você está atendendo
trust-job-title = Cargo
trust-company = Empresa
trust-domain = Domínio da organização
trust-domain-verified = Verificado
trust-domain-unverified = Não verificado
trust-not-set = Não informado

## The device the helper is about to help with

device-heading = Dispositivo
device-name = Nome
device-system = Sistema operacional
device-compliance = Conformidade
device-compliant = Em conformidade
device-not-compliant = Fora de conformidade
device-web-browser = A pessoa entrou por um navegador da Web, por isso não é possível identificar o dispositivo.
device-none = Nenhuma informação do dispositivo.
warning-device-not-enrolled = Este dispositivo não está registrado na sua organização.
warning-device-not-enrolled-detail = A identidade e o estado de segurança dele são desconhecidos. Tenha cuidado com o que você abre ou digita nele.
warning-device-not-compliant = Este dispositivo não atende às políticas de conformidade da sua organização:

## Chat

chat-heading = Chat
chat-list-label = Mensagens
chat-input-label = Mensagem
chat-placeholder = Escreva uma mensagem…
chat-send = Enviar
chat-you = Você
chat-role-helper = Atendente
chat-role-sharer = Pessoa atendida
chat-sending = Enviando…
chat-too-long = Uma mensagem pode ter no máximo { $max } caracteres.

## Helper console

helper-page-title = Ajuda remota – Assist
helper-page-title-org = Ajuda remota – { $organisation }
helper-start-heading = Iniciar uma sessão de ajuda remota
helper-start-intro = Você recebe um código de segurança de 8 dígitos. Passe-o para a pessoa que você está atendendo; ela o insere para se conectar.
helper-device-label = Dispositivo (opcional)
helper-device-none = Nenhum dispositivo específico
helper-device-hint = Escolha o dispositivo da pessoa, se você souber qual é: a sessão só funcionará nesse dispositivo e você verá a conformidade dele.
helper-start-button = Nova sessão de ajuda remota
helper-start-another = Iniciar outra sessão
helper-session-heading = Sessão de ajuda remota
helper-code-heading = Código de segurança
helper-code-copy = Copiar código
helper-code-copied = Código copiado.
helper-code-copy-failed = Não foi possível copiar o código. Leia-o em voz alta.
helper-code-expires-in = Expira em { $time }
helper-code-expired = O código expirou.
helper-code-one-minute = O código de segurança expira em um minuto.
helper-code-instructions = Peça à pessoa que abra { $address }, entre e insira este código.
helper-code-not-shown-again = O código de segurança é exibido apenas uma vez. Se a pessoa ainda não entrou, encerre esta sessão e inicie uma nova.
helper-status-waiting = Aguardando a pessoa inserir o código…
helper-status-joined = { $name } entrou. Peça para ver a tela quando quiser.
helper-status-asked-view = Aguardando { $name } permitir que você veja a tela…
helper-status-asked-control = Aguardando { $name } permitir o controle total…
helper-status-connecting = Conectando à tela de { $name }…
helper-status-viewing = Você está vendo a tela de { $name }.
helper-sharer-joined = { $name } entrou na sessão.
helper-request-declined = { $name } recusou sua solicitação.
helper-granted-view = { $name } permitiu que você veja a tela.
helper-granted-control = { $name } permitiu o controle total.
helper-granted-view-only = { $name } permitiu somente visualização.
helper-escalation-declined = { $name } manteve somente visualização.
helper-control-taken-back = { $name } retomou o controle. Você ainda pode ver a tela.
helper-control-paused = { $name } pausou seu controle.
helper-control-resumed = { $name } devolveu o controle a você.
helper-connection-failed = Não foi possível conectar à tela. Verifique a rede ou encerre a sessão e tente novamente.
helper-mode-heading = Do que você precisa?
helper-mode-hint = Solicite somente visualização para acompanhar ou controle total para usar o mouse e o teclado da pessoa. Ela decide.
helper-mode-web-hint = A pessoa está em um navegador da Web, que só pode compartilhar a tela para visualização. O controle total exige o aplicativo Assist no dispositivo dela.
helper-escalate-hint = Você pode solicitar o controle total; a pessoa decide novamente.
helper-request-view = Solicitar somente visualização
helper-request-control = Solicitar controle total

## The remote screen in the helper console

viewer-heading = Tela de { $name }
viewer-stage-label = Tela remota de { $name }
viewer-toolbar-label = Visualização da tela
viewer-fit = Ajustar à janela
viewer-actual-size = Tamanho real
viewer-full-screen = Tela inteira
viewer-monitor-label = Monitor
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Somente visualização
viewer-mode-control = Controle total
viewer-mode-paused = Controle pausado
viewer-role-view = tela remota, somente visualização
viewer-role-control = tela remota, seu mouse e teclado controlam o outro computador
viewer-hint-view = Você pode ver a tela, mas não usá-la.
viewer-hint-control = Clique na tela para usá-la. Enquanto ela estiver em foco, todas as teclas, inclusive atalhos, vão para o outro computador. Pressione Ctrl+Alt+Home para voltar à barra de ferramentas.

## Sharer web app

share-page-title = Obter ajuda – Assist
share-page-title-org = Obter ajuda – { $organisation }
share-join-heading = Obter ajuda
share-join-intro = Insira o código de segurança que seu atendente passou. Você verá quem está do outro lado antes que qualquer coisa seja compartilhada.
share-code-label = Código de segurança
share-code-hint = 8 dígitos, por exemplo 1234 5678.
share-code-invalid-format = Insira os 8 dígitos do código de segurança.
share-join-button = Continuar
share-join-another = Inserir outro código
share-session-heading = Ajuda remota
share-status-joined = Conexão estabelecida com { $name }, que pedirá para ver sua tela.
share-status-asked = { $name } está aguardando sua resposta.
share-status-sharing = Você está compartilhando sua tela com { $name }.
share-request-view-heading = { $name } pede para ver sua tela
share-request-view-text = { $name } verá tudo na tela que você escolher, mas não poderá usar seu mouse nem seu teclado. Você pode parar a qualquer momento.
share-request-control-heading = { $name } pede controle total
share-request-control-text = Com o controle total, { $name } poderá usar seu mouse e seu teclado.
share-control-needs-app = O controle total exige o aplicativo Assist neste dispositivo. No navegador, você pode compartilhar a tela somente para visualização.
share-allow = Permitir
share-allow-view-only = Permitir somente visualização
share-decline = Recusar
share-keep-view-only = Manter somente visualização
share-picker-cancelled = Nenhuma tela foi escolhida, por isso nada está sendo compartilhado. Escolha Permitir novamente para selecionar uma tela, ou Recusar.
share-capture-failed = Este navegador não conseguiu compartilhar a tela. Tente outro navegador ou recuse.
share-reshare-heading = Sua tela não está mais sendo compartilhada
share-reshare-text = A página foi recarregada, por isso { $name } não vê mais sua tela. Compartilhe-a novamente ou encerre a sessão.
share-reshare-button = Compartilhar minha tela novamente
share-bar-label = Compartilhamento de tela
share-bar-text = Você está compartilhando sua tela com { $name }
share-stop = Parar de compartilhar
share-connection-failed = Não foi possível enviar sua tela. Verifique a rede ou encerre a sessão e tente novamente.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Você encerrou a sessão.
ended-helper-sharer-left = { $name } encerrou a sessão.
ended-helper-helper-disconnected = Sua conexão ficou interrompida por muito tempo, por isso a sessão foi encerrada.
ended-helper-sharer-disconnected = A conexão de { $name } foi perdida e não voltou, por isso a sessão foi encerrada.
ended-helper-code-expired = Ninguém inseriu o código antes que ele expirasse.
ended-helper-declined-timeout = { $name } não respondeu à sua solicitação a tempo.
ended-helper-revoked = Um administrador encerrou esta sessão.
ended-helper-policy = A sessão foi encerrada porque a ajuda remota foi desativada para sua organização.
ended-helper-access-withdrawn = A sessão foi encerrada porque seu acesso mudou: sua conta, sua entrada ou sua função de ajuda remota não permite mais esta sessão.
ended-helper-other = A sessão foi encerrada.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } encerrou a sessão.
ended-sharer-sharer-left = Você encerrou a sessão. Nada mais está sendo compartilhado.
ended-sharer-helper-disconnected = A conexão de { $name } foi perdida e não voltou, por isso a sessão foi encerrada.
ended-sharer-sharer-disconnected = Sua conexão ficou interrompida por muito tempo, por isso a sessão foi encerrada.
ended-sharer-code-expired = O código expirou.
ended-sharer-declined-timeout = Você não respondeu a tempo, por isso a sessão foi encerrada. Nada foi compartilhado.
ended-sharer-revoked = Um administrador encerrou esta sessão.
ended-sharer-policy = A sessão foi encerrada porque a ajuda remota foi desativada para sua organização.
ended-sharer-access-withdrawn = A sessão foi encerrada porque { $name } não pode mais ajudar você, ou seu próprio acesso mudou. Nada mais está sendo compartilhado.
ended-sharer-other = A sessão foi encerrada.

## Refusals from the server

error-remote-help-disabled = A ajuda remota está desativada para sua organização. Um administrador pode ativá-la.
error-code-invalid = Este código não é válido. Verifique os dígitos e tente novamente.
error-code-expired = Este código expirou. Peça um novo ao seu atendente.
error-code-used = Este código já foi usado. Peça um novo ao seu atendente.
error-unenrolled-device = Sua organização só permite ajuda em dispositivos registrados. Instale o aplicativo Assist neste dispositivo ou fale com o administrador.
error-wrong-device = Esta sessão foi iniciada para outro dispositivo. Peça ao seu atendente um código para este.
error-chat-disabled = O chat está desativado para sua organização.
error-invalid-transition = Isso não é possível neste momento da sessão.
error-session-ended = Esta sessão já foi encerrada.
error-control-needs-agent = O controle total exige o aplicativo Assist no dispositivo da outra pessoa.
error-session-not-found = Esta sessão não existe ou você não participa dela.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Sua conta não pode oferecer ajuda remota: ela precisa das permissões “Oferecer assistência remota” e “Ver a tela”. Peça a um administrador da sua organização para torná-lo um atendente.
error-browser-sharing-not-allowed = Sua organização não permite compartilhar a tela a partir de um navegador web. Instale o aplicativo Assist neste dispositivo e digite o código nele, ou fale com o suporte técnico.
error-sharer-out-of-scope = Este atendente não pode ajudar você: a função dele não abrange você nem este dispositivo. Pergunte ao suporte técnico quem pode ajudar você.
error-own-session = Foi você quem iniciou esta sessão. Dê o código à pessoa que você está ajudando; ela o digita para se conectar.
error-helper-unavailable = O atendente que deu este código não pode mais ajudar. Peça outra pessoa ao suporte técnico.
error-device-in-other-organisation = Este dispositivo está registrado em outra organização. Fale com o administrador.
error-device-out-of-scope = Este dispositivo está fora da sua função: você não pode ajudar nele. Escolha outro dispositivo ou nenhum.
error-chat-empty = Escreva uma mensagem antes de enviar.
error-chat-too-long = Esta mensagem é longa demais. Encurte-a e envie novamente.
error-chat-invalid-characters = Esta mensagem contém caracteres de controle invisíveis que não podem ser enviados. Remova-os e tente novamente.
helper-permission-heading = Você ainda não pode oferecer ajuda remota
helper-permission-text = Oferecer ajuda remota exige as permissões “Oferecer assistência remota” e “Ver a tela”, que sua conta não tem.
helper-ask-admin = Peça a um administrador de { $organisation } para mudar isso.
helper-disabled-heading = A ajuda remota está desativada
helper-disabled-text = Sua organização não ativou a ajuda remota, então ainda não é possível iniciar nenhuma sessão.
helper-open-settings = Abrir as configurações da organização
helper-browser-note = Sua organização não permite compartilhar a partir de um navegador web: a pessoa que você ajuda precisa do aplicativo Assist em um dispositivo registrado.
helper-join-refused-heading = Alguém tentou entrar com este código
helper-join-refused-browser-sharing-not-allowed = A pessoa usou um navegador web, e sua organização não permite compartilhar a partir de um navegador. Peça que ela digite o mesmo código no aplicativo Assist: ele continua válido.
helper-join-refused-unenrolled-device = O dispositivo da pessoa não está registrado, e sua organização só permite ajuda em dispositivos registrados. Peça que ela use o aplicativo Assist em um dispositivo registrado: o código continua válido.
helper-join-refused-sharer-out-of-scope = Sua função não abrange essa pessoa nem o dispositivo dela, por isso ela não conseguiu entrar. Encaminhe-a a um atendente cuja função a abranja, ou peça a um administrador para ampliar a sua.
helper-join-refused-wrong-device = A pessoa usou um dispositivo diferente do que você escolheu para esta sessão. Peça que ela use o aplicativo Assist nesse dispositivo: o código continua válido.
share-app-explained = O aplicativo Assist é o programa da sua organização para receber ajuda neste computador. Com ele, o atendente pode usar seu mouse e teclado enquanto você acompanha, e você pode retomar o controle ou parar a qualquer momento. Se ele não estiver instalado, fale com o suporte técnico.
share-app-download = Baixar o aplicativo Assist

## Presence: the other person's connection dropped, or came back.
presence-away = A ligação de { $name } caiu. À espera de que volte…
presence-grace-left = A sessão termina dentro de { $time } se não voltar.
presence-nobody-sees = Ninguém pode ver o seu ecrã enquanto estiver ausente. A partilha continua quando voltar.
presence-end-now = Terminar agora
presence-back = { $name } voltou.
presence-back-reshare = { $name } voltou e é-lhe pedido que partilhe o ecrã novamente.
share-bar-paused-text = Ninguém vê o seu ecrã agora: a ligação de { $name } caiu
