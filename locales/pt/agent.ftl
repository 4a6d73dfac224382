# Messages of the Assist app (Portuguese): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: compartilhando sua tela
agent-starting = Iniciando…
# Shown after the person submitted a form, until the server answers.
agent-working = Aguarde…

## Signing in

agent-sign-in-heading = Entre para obter ajuda
agent-email = Email
agent-password = Senha
agent-sign-in = Entrar
agent-sign-in-sso = Entrar com logon único
agent-second-factor-heading = Segunda etapa da entrada
agent-second-factor = Código do autenticador
agent-second-factor-hint = Insira o código exibido no seu aplicativo autenticador ou um dos seus códigos de recuperação.
agent-continue = Continuar
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = A entrada continua no seu navegador da Web. Se ele não abriu, acesse: { $url }

## The security code the helper gives

agent-code-heading = Insira o código de segurança
agent-code-hint = Seu atendente passará a você um código de segurança de 8 dígitos.
agent-code = Código de segurança
agent-connect = Conectar

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Seu atendente
agent-trust-name = Nome
agent-trust-job-title = Cargo
agent-trust-company = Empresa
agent-trust-domain = Domínio de email
# Shown instead of an empty job title or company.
agent-trust-not-given = não informado
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (domínio verificado)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (domínio NÃO verificado)
agent-trust-not-enrolled = Este dispositivo não está registrado na sua organização; seu atendente será informado disso.
# $name: the helper's full name.
agent-waiting-for-request = Aguardando { $name } pedir para ver sua tela. Nada será compartilhado até que você permita.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } pede controle total (mouse e teclado).
agent-request-view = { $name } pede para ver sua tela.
agent-allow = Permitir
agent-allow-view-only = Permitir somente visualização
agent-decline = Recusar

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Compartilhando com { $name }: controle total
agent-sharing-view = Compartilhando com { $name }: somente visualização
agent-sharing-paused = Compartilhando com { $name }: controle interrompido
agent-stop-control = Interromper controle
agent-give-control-back = Devolver controle
agent-end-session = Encerrar sessão

## Chat

agent-chat-heading = Chat
agent-chat-input = Mensagem
agent-chat-send = Enviar
# The writer's name shown for the person's own messages.
agent-chat-you = Você

## Notices

agent-helper-away = A conexão de { $name } caiu. Aguardando o retorno…
agent-helper-away-time = A sessão será encerrada em { $time } se a conexão não voltar.
agent-helper-away-unseen = Enquanto isso, ninguém pode ver nem controlar sua tela.
agent-end-now = Encerrar agora
agent-helper-back = { $name } voltou.
agent-notice-server-lost = Não é possível acessar o servidor. O controle foi interrompido.
agent-notice-server-back = O servidor está acessível novamente. O controle continua interrompido até que você o devolva.
agent-notice-connection-lost = A conexão com seu atendente foi perdida. O controle foi interrompido.
agent-notice-connected = Conectado: seu atendente está vendo sua tela.
agent-notice-control-stopped = Controle interrompido: seu atendente não pode mais usar seu mouse e seu teclado.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Uma versão mais recente do aplicativo { -product-name } está disponível: { $version }
agent-update-required = Este aplicativo { -product-name } está desatualizado e precisa ser atualizado para a versão { $version } antes que você possa compartilhar
# $url: where to download the newer app.
agent-update-download = Baixe-o em { $url }

## The end of the session

agent-ended-heading = Sessão encerrada
agent-ended = Sessão encerrada.
agent-ended-helper-left = Sessão encerrada: seu atendente a encerrou.
agent-ended-sharer-left = Sessão encerrada: você a encerrou.
agent-ended-sharer-disconnected = Sessão encerrada: sua conexão foi perdida e não voltou a tempo.
agent-ended-helper-disconnected = Sessão encerrada: a conexão do seu atendente foi perdida e não voltou a tempo.
agent-ended-code-expired = Sessão encerrada: o código de segurança expirou.
agent-ended-declined-timeout = Sessão encerrada: a solicitação não foi respondida a tempo.
agent-ended-revoked = Sessão encerrada: um administrador a interrompeu.
agent-ended-policy = Sessão encerrada: uma regra da sua organização a interrompeu.
agent-ended-access-withdrawn = Sessão encerrada: seu atendente não pode mais ajudar você, ou seu próprio acesso foi retirado.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Sessão encerrada: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Este dispositivo não está registrado, e sua organização só permite ajuda em dispositivos registrados. Peça ao administrador para registrá-lo.
agent-close = Fechar

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Email:
agent-terminal-password = Senha (deixe em branco para usar logon único):
agent-terminal-second-factor = Código do autenticador:
agent-terminal-code = Código de segurança:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [p]ermitir, somente [v]isualização, [r]ecusar:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [p]ermitir, [r]ecusar:
# One lowercase letter each, all three different.
agent-terminal-key-allow = p
agent-terminal-key-view-only = v
agent-terminal-key-decline = r
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Comandos: /stop retoma o controle, /resume o devolve, /end encerra a sessão; qualquer outra linha é enviada como mensagem de chat.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Digite /resume para devolver o controle.
agent-terminal-end-now-hint = Digite /end para encerrar a sessão agora.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Comando desconhecido: { $command }. /help lista os comandos; comece uma linha com // para enviar uma mensagem de chat que comece com /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Esta versão do aplicativo { -product-name } é antiga demais para sua organização. Atualize-o e tente novamente.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Entrada concluída. Você pode fechar esta guia e voltar ao aplicativo { -product-name }.
agent-sso-browser-failed = O logon único não funcionou. Volte ao aplicativo { -product-name } para ver o motivo.
