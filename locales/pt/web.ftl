# Messages of the web app (Brazilian Portuguese). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Ir para o conteúdo principal
loading = Carregando…
go-to-sign-in = Ir para a página de entrada
sign-out = Sair
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Idioma

## Form fields and checks

field-organisation-name = Nome da organização
field-organisation-name-hint = O nome pelo qual seus colegas a conhecem. Você pode alterá-lo depois.
field-full-name = Nome completo
field-full-name-hint = Exibido para as pessoas que você atende, para que saibam quem está se conectando.
field-email = Email
field-job-title-optional = Cargo (opcional)
field-company-optional = Empresa (opcional)
field-password = Senha
field-new-password = Nova senha
field-confirm-password = Confirmar senha
password-hint = Pelo menos 12 caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.
form-required = Este campo é obrigatório.
form-email-invalid = Insira um endereço de email como nome@example.com.
form-fix-fields = Alguns campos precisam de atenção. Corrija os campos marcados abaixo.
form-error-summary = Corrija estes campos:
password-too-short = A senha deve ter pelo menos { $min } caracteres.
password-too-long = A senha deve ter no máximo { $max } caracteres.
password-mismatch = As senhas não coincidem. Digite a mesma senha nos dois campos.

## Errors from the server, by code

error-network = Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.
error-invalid-credentials = O endereço de email ou a senha não está correto.
error-too-many-attempts = Muitas tentativas. Aguarde um momento e tente novamente.
error-too-many-attempts-wait = Muitas tentativas. Aguarde { $seconds } segundos e tente novamente.
error-setup-link-invalid = Este link não é mais válido: ele pode já ter sido usado ou ter expirado.
error-conflict = Isso entra em conflito com algo que já existe.
error-email-taken = Já existe uma conta com este endereço de email.
error-unauthenticated = Você não está conectado ou sua sessão terminou. Entre novamente.
error-origin-mismatch = A solicitação foi recusada porque não veio deste site. Recarregue a página e tente novamente.
error-payload-too-large = O que você enviou é grande demais.
error-forbidden = Você não tem permissão para fazer isso.
error-timeout = O servidor demorou demais para responder. Tente novamente.
error-unavailable = O serviço está temporariamente indisponível. Tente novamente em alguns minutos.
error-internal = Algo deu errado no servidor. Tente novamente; se o problema continuar, avise o administrador.
error-unexpected = Algo inesperado deu errado. Tente novamente.
error-second-factor-required = Insira o código do seu aplicativo autenticador ou um dos seus códigos de recuperação.
error-invalid-second-factor = Esse código não está correto ou já foi usado. Aguarde um novo código e tente novamente.
error-sso-not-configured = Sua organização não oferece logon único para este endereço de email. Entre com sua senha.
error-profile-managed = Sua organização gerencia seu nome, cargo e empresa pelo logon único, então somente um administrador pode alterá-los.
error-sso-provider-unavailable = Não foi possível acessar o serviço de entrada da sua organização. Tente novamente em alguns minutos.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = A política de acesso condicional “{ $policy }” da sua organização não permite isso. Fale com o administrador.

## Setup link page (/setup)

setup-page-title = Configuração – { -product-name }
setup-checking-heading = Verificando seu link
setup-checking = Aguarde enquanto verificamos seu link…
setup-expires = Este link é válido até { $time }.
setup-invalid-heading = Este link não pode ser usado
setup-missing-heading = Esta página precisa de um link de configuração
setup-missing = Abra o link completo que você recebeu, incluindo a parte após o sinal #.
setup-error-heading = Não foi possível verificar o link
setup-unknown-purpose = Este link é para algo que esta página não oferece.
setup-invalid-help =
    Peça um novo link ao administrador. Quem administra o servidor pode gerar um
    com o comando “assist-server admin setup-link”.

first-admin-heading = Crie sua organização
first-admin-intro = Configure o { -product-name } para sua organização e crie a primeira conta de administrador. Você poderá convidar colegas depois.
first-admin-organisation-legend = Organização
first-admin-account-legend = Sua conta de administrador
first-admin-submit = Criar organização

reset-heading = Escolha uma nova senha
reset-intro = Defina uma nova senha para { $email }.
reset-intro-no-email = Defina uma nova senha para sua conta.
reset-submit = Definir senha

## Sign-in page (/sign-in)

sign-in-page-title = Entrar – { -product-name }
sign-in-heading = Entrar no { -product-name }
sign-in-intro = Use o endereço de email e a senha da sua conta.
sign-in-submit = Entrar
field-second-factor-code = Código do autenticador ou código de recuperação
sign-in-sso = Entrar com a conta da sua organização
sign-in-sso-needs-email = Primeiro insira seu endereço de email, para que possamos encontrar sua organização.
sign-in-sso-refused = O logon único não conectou você. Se sua conta tiver uma senha própria, entre com ela aqui e depois vincule o logon único na sua página inicial.
sign-in-or = ou
sign-in-forgot = Esqueceu sua senha? Peça um link de recuperação a um administrador da sua organização.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Organização:
user-menu-label = Sua conta
home-heading = Conectado como { $name }

profile-heading = Seu perfil
profile-name = Nome
profile-email = Email
profile-job-title = Cargo
profile-company = Empresa
profile-role = Função
profile-not-set = Não definido
profile-edit = Editar perfil
profile-form-label = Editar seu perfil
profile-save = Salvar
profile-cancel = Cancelar
profile-saved = Seu perfil foi salvo.
profile-managed = Sua organização gerencia seu nome, cargo e empresa pelo logon único. Para alterá-los, peça ao seu administrador.
role-administrator = Administrador
role-member = Membro

picture-change = Alterar foto
picture-hint = Uma imagem PNG ou JPEG de no máximo 256 KB. As pessoas que você atende a veem antes de compartilhar a tela.
picture-uploading = Enviando sua foto…
picture-updated = Sua foto foi atualizada.
picture-wrong-type = Escolha uma imagem PNG ou JPEG.
picture-too-large = A foto tem mais de 256 KB. Escolha uma imagem menor.

sessions-heading = Onde você está conectado
sessions-intro = Navegadores em que sua conta está conectada. Saia dos que você não reconhecer.
session-this-device = Este dispositivo
session-device = { $browser } no { $os }
session-device-unknown = Navegador desconhecido
session-signed-in = Entrada em { $time }
session-last-active = Última atividade em { $time }
session-address = Do endereço { $address }
session-sign-out = Sair
session-sign-out-label = Sair em { $device }
session-signed-out = Sessão encerrada em { $device }.

home-admin-link = Console de administração

## Home page: remote help

home-remote-help-heading = Ajuda remota
home-help-someone-text = Inicie uma sessão e passe o código de segurança para a pessoa.
home-help-someone = Ajudar alguém
home-get-help-text = Seu atendente passou um código de segurança para você? Insira-o aqui.
home-get-help = Obter ajuda

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Logon único
home-sso-linked = Sua conta está vinculada ao logon único da sua organização.
home-sso-not-linked = Sua conta não está vinculada ao logon único da sua organização.
home-sso-link-intro = A vinculação permite que você entre com a conta da sua organização.
home-sso-link = Vincular logon único
home-sso-linking = Indo para a página de entrada da sua organização…
