# Messages of the admin console (/admin), Brazilian Portuguese. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Console de administração – { -product-name }
admin-page-title = { $section } – Console de administração – { $organisation }
admin-console-name = Console de administração
admin-back-home = Voltar ao início
admin-nav-label = Console de administração
admin-nav-group-people = Pessoas
admin-nav-group-access = Acesso
admin-nav-group-devices = Dispositivos
admin-nav-group-organisation = Organização
admin-nav-group-activity = Atividade

admin-denied-title = Sem acesso – { -product-name }
admin-denied-heading = Você não tem permissão para usar o console de administração
admin-denied-text = Sua conta pode usar o { -product-name }, mas não tem permissão para gerenciar sua organização.
admin-denied-help = Se você precisa gerenciar usuários, dispositivos ou configurações, peça a um administrador da sua organização que atribua a você uma função com essas permissões.

## Shared words

admin-save = Salvar
admin-cancel = Cancelar
admin-done = Concluído
admin-edit = Editar
admin-delete = Excluir
admin-remove = Remover
admin-revoke = Revogar
admin-manage = Gerenciar
admin-copy = Copiar
admin-refresh = Atualizar
admin-search = Pesquisar
admin-apply-filters = Aplicar filtros
admin-clear-filters = Limpar filtros
admin-export-csv = Exportar CSV
admin-filter-any = Qualquer
admin-filter-anyone = Qualquer pessoa
admin-filter-any-device = Qualquer dispositivo
admin-not-set = Não definido
admin-never = Nunca
admin-no-changes = Nada para salvar: nenhum campo foi alterado.
admin-name-taken = Este nome já está em uso. Escolha outro.
admin-number-range = Insira um número inteiro de { $min } a { $max }.
admin-error-refused = O servidor recusou a operação: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Você não pode usar esta seção: ela exige a permissão “{ $permission }” sobre toda a organização (todos os usuários e todos os dispositivos), e suas funções não a concedem de forma tão ampla.
admin-section-denied-ask = Peça a um administrador de { $organisation } para concedê-la a você sobre toda a organização.
admin-choose-user = Escolha uma pessoa…
admin-choose-user-first = Escolha uma pessoa primeiro.
admin-choose-device = Escolha um dispositivo…
admin-choose-device-first = Escolha um dispositivo primeiro.
admin-choose-role = Escolha uma função…
admin-no-devices-yet = Nenhum dispositivo registrado ainda
admin-unknown-user = Usuário desconhecido
admin-unknown-group = Grupo desconhecido
admin-unknown-role = Função desconhecida

admin-page-previous = Página anterior
admin-page-next = Próxima página
admin-page-number = Página { $page }

admin-duration-seconds = { $seconds } s
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-running = { $duration } até agora

## Table column headings

admin-column-name = Nome
admin-column-email = Email
admin-column-job-title = Cargo
admin-column-company = Empresa
admin-column-role = Função
admin-column-status = Status
admin-column-actions = Ações
admin-column-description = Descrição
admin-column-members = Membros
admin-column-created = Criado em
admin-column-permissions = Permissões
admin-column-member-groups = Atribuída a
admin-column-scope = Escopo
admin-column-state = Estado
admin-column-targets = Aplica-se a
admin-column-conditions = Condições
admin-column-grant = Ação
admin-column-device = Dispositivo
admin-column-platform = Sistema operacional
admin-column-primary-user = Usuário principal
admin-column-agent = Versão do agente
admin-column-enrollment = Registro
admin-column-compliance = Conformidade
admin-column-last-check-in = Último check-in
admin-column-uses = Dispositivos registrados
admin-column-expires = Expira em
admin-column-rules = Regras
admin-column-helper = Atendente
admin-column-sharer = Pessoa atendida
admin-column-access = Acesso concedido
admin-column-started = Início
admin-column-duration = Duração
admin-column-outcome = Como terminou
admin-column-chat = Mensagens de chat
admin-column-time = Hora
admin-column-actor = Quem
admin-column-action = Ação
admin-column-target = Em quê
admin-column-detail = Detalhes

## Users

admin-users-title = Usuários
admin-users-intro = Pessoas da sua organização que podem entrar no { -product-name } e os perfis delas, como as pessoas atendidas os veem.
admin-users-search = Pesquisar por nome, email, cargo ou empresa
admin-users-search-label = Pesquisar usuários
admin-users-pages = Páginas de usuários
admin-users-search-summary =
    { $count ->
        [0] Nenhum usuário nesta página corresponde a “{ $term }”.
        [one] Um usuário corresponde a “{ $term }”.
        [many] { $count } de usuários correspondem a “{ $term }”.
       *[other] { $count } usuários correspondem a “{ $term }”.
    }
admin-users-none-found = Nenhum usuário corresponde a “{ $term }”.
admin-users-empty = Ainda não há usuários.
admin-user-create = Criar usuário
admin-user-create-title = Criar um usuário
admin-user-create-submit = Criar usuário
admin-user-created = Usuário { $name } criado.
admin-user-job-title = Cargo (opcional)
admin-user-company = Empresa (opcional)
admin-user-initial-password = Senha inicial (opcional)
admin-user-initial-password-hint = Pelo menos 12 caracteres. Sem senha, a pessoa só pode entrar com logon único ou com um link de recuperação.
admin-user-is-admin = Administrador da organização
admin-user-is-admin-hint = Os administradores podem fazer tudo, independentemente das funções atribuídas.
admin-user-edit-title = Editar { $name }
admin-user-edit-label = Editar { $name }
admin-user-email-fixed = O endereço de email identifica a conta e não pode ser alterado aqui.
admin-user-disabled = Entrada desabilitada
admin-user-disabled-hint = Desabilitar a entrada também encerra as sessões da pessoa e revoga os tokens de API dela.
admin-user-new-password = Nova senha (opcional)
admin-user-new-password-hint = Deixe em branco para manter a senha atual. Definir uma nova senha encerra as sessões da pessoa em todos os lugares.
admin-user-saved = As alterações de { $name } foram salvas.
admin-user-status-active = Ativo
admin-user-status-disabled = Entrada desabilitada
admin-user-delete-label = Excluir { $name }
admin-user-delete-title = Excluir { $name }?
admin-user-delete-text = A conta { $email } será excluída e desconectada em todos os lugares. Essa ação não pode ser desfeita.
admin-user-delete-confirm = Excluir usuário
admin-user-deleted = Usuário { $name } excluído.
admin-user-picture = Foto do perfil
admin-user-picture-choose = Carregar foto
admin-user-picture-remove = Remover foto
admin-user-picture-hint = Uma imagem PNG ou JPEG de no máximo 256 KB. A alteração é imediata; as pessoas atendidas a veem antes de compartilhar a tela.
admin-user-picture-uploading = Enviando a foto…
admin-user-picture-updated = A foto de { $name } foi atualizada.
admin-user-picture-removed = A foto de { $name } foi removida.

## Groups

admin-groups-title = Grupos
admin-groups-intro = Os grupos reúnem pessoas e dispositivos. As atribuições de função dão funções aos membros de grupos, sobre outros grupos.
admin-groups-pages = Páginas de grupos
admin-groups-empty = Ainda não há grupos. Crie um para atribuir funções aos membros dele.
admin-groups-back = Todos os grupos
admin-group-create = Criar grupo
admin-group-create-title = Criar um grupo
admin-group-create-submit = Criar grupo
admin-group-created = O grupo { $name } foi criado.
admin-group-name = Nome do grupo
admin-group-description = Descrição (opcional)
admin-group-description-hint = A finalidade do grupo, por exemplo “Equipe de suporte técnico em Berlim”.
admin-group-member-count =
    { $count ->
        [0] Nenhum membro
        [one] { $count } membro
        [many] { $count } de membros
       *[other] { $count } membros
    }
admin-group-manage-label = Gerenciar o grupo { $name }
admin-group-delete = Excluir grupo
admin-group-delete-label = Excluir o grupo { $name }
admin-group-delete-title = Excluir o grupo { $name }?
admin-group-delete-text = Os membros mantêm suas contas, mas perdem o que as atribuições de função concediam a eles por meio deste grupo. Essa ação não pode ser desfeita.
admin-group-delete-confirm = Excluir grupo
admin-group-deleted = O grupo { $name } foi excluído.
admin-group-detail-intro = Renomeie o grupo e escolha os membros e dispositivos dele.
admin-group-details = Nome e descrição
admin-group-saved = O grupo { $name } foi salvo.
admin-group-members = Membros
admin-group-no-members = Este grupo ainda não tem membros.
admin-group-add-member = Adicionar membro
admin-group-add-member-label = Pessoa a adicionar
admin-group-everyone-member = Todos já são membros
admin-group-member-added = { $name } agora faz parte de { $group }.
admin-group-member-removed = { $name } não faz mais parte de { $group }.
admin-group-remove-member-label = Remover { $name } do grupo
admin-group-devices = Dispositivos
admin-group-devices-intro = As atribuições de função que incluem este grupo no escopo alcançam os dispositivos dele.
admin-group-device-label = Dispositivo
admin-group-add-device = Adicionar ao grupo
admin-group-remove-device-label = Remover { $device } do grupo
admin-group-no-devices = Este grupo ainda não tem dispositivos.
admin-group-device-added = O dispositivo { $device } foi adicionado a { $group }.
admin-group-device-removed = O dispositivo { $device } foi removido de { $group }.

## Roles and role assignments

admin-roles-title = Funções
admin-roles-intro = Uma função é um conjunto de permissões. As atribuições de função dão uma função aos membros de grupos, sobre as pessoas e os dispositivos do escopo delas.
admin-roles-list = Funções
admin-roles-list-intro = As funções internas não podem ser alteradas; copie uma para começar uma função personalizada.
admin-roles-empty = Não há funções.
admin-role-create = Criar função
admin-role-create-title = Criar uma função
admin-role-create-submit = Criar função
admin-role-created = A função { $name } foi criada.
admin-role-edit-title = Editar a função { $name }
admin-role-edit-label = Editar a função { $name }
admin-role-saved = A função { $name } foi salva.
admin-role-copy = Copiar
admin-role-copy-label = Copiar a função { $name } como uma nova função
admin-role-copy-name = { $name } (cópia)
admin-role-name = Nome da função
admin-role-description = Descrição (opcional)
admin-role-built-in = Interna
admin-role-no-permissions = Sem permissões
admin-role-delete-label = Excluir a função { $name }
admin-role-delete-title = Excluir a função { $name }?
admin-role-delete-text = Só podem ser excluídas funções que nenhuma atribuição concede. Essa ação não pode ser desfeita.
admin-role-delete-confirm = Excluir função
admin-role-deleted = A função { $name } foi excluída.

admin-perm-group-remote-help = Ajuda remota
admin-perm-group-reading = Leitura
admin-perm-group-administration = Administração
admin-perm-offer = Oferecer assistência remota
admin-perm-offer-hint = Iniciar uma sessão de ajuda remota com uma pessoa do escopo.
admin-perm-view-screen = Ver a tela
admin-perm-view-screen-hint = Ver a tela de uma pessoa do escopo.
admin-perm-full-control = Assumir o controle total
admin-perm-full-control-hint = Usar o mouse e o teclado de uma pessoa do escopo, com o consentimento dela.
admin-perm-elevation = Elevação
admin-perm-elevation-hint = Reservado para uma versão futura: executar com privilégios elevados no dispositivo da pessoa.
admin-perm-read = Ler dispositivos e relatórios
admin-perm-read-hint = Ver o inventário de dispositivos, as sessões ao vivo e os relatórios de sessão.
admin-perm-manage-users = Gerenciar usuários e grupos
admin-perm-manage-users-hint = Criar, alterar e excluir usuários e grupos, suas fotos e seus segundos fatores.
admin-perm-manage-roles = Gerenciar funções
admin-perm-manage-roles-hint = Criar e alterar funções e atribuições de função.
admin-perm-manage-devices = Gerenciar dispositivos
admin-perm-manage-devices-hint = Criar tokens de registro, desativar e excluir dispositivos.
admin-perm-manage-settings = Gerenciar configurações
admin-perm-manage-settings-hint = Alterar as configurações e os domínios verificados da organização e interromper sessões ao vivo.
admin-perm-manage-policies = Gerenciar políticas
admin-perm-manage-policies-hint = Criar e alterar políticas de acesso condicional e de conformidade.
admin-perm-read-audit = Ler o log de auditoria
admin-perm-read-audit-hint = Ver e exportar todas as alterações e entradas registradas.
admin-perm-create-api-tokens = Criar tokens de API
admin-perm-create-api-tokens-hint = Criar tokens para scripts que agem com os próprios direitos do titular. Os tokens expiram após 90 dias, a menos que seja definido outro prazo (no máximo um ano).

admin-assignments-title = Atribuições de função
admin-assignments-intro = Quem recebe qual função e sobre quem.
admin-assignments-empty = Ainda não há atribuições de função. Sem nenhuma, somente administradores podem ajudar alguém.
admin-assignment-create = Criar atribuição
admin-assignment-create-title = Criar uma atribuição de função
admin-assignment-create-submit = Criar atribuição
admin-assignment-created = A atribuição { $name } foi criada.
admin-assignment-edit-title = Editar a atribuição { $name }
admin-assignment-edit-label = Editar a atribuição { $name }
admin-assignment-saved = A atribuição { $name } foi salva.
admin-assignment-name = Nome da atribuição
admin-assignment-name-hint = Por exemplo, “Suporte técnico atende o Financeiro”.
admin-assignment-role = Função
admin-assignment-members = Atribuir a função aos membros de
admin-assignment-members-hint = Os atendentes: todas as pessoas destes grupos recebem a função.
admin-assignment-no-groups = Ainda não há grupos. Crie grupos primeiro.
admin-assignment-scope = Escopo
admin-assignment-scope-hint = As pessoas e os dispositivos que a função alcança.
admin-assignment-scope-groups = Pessoas e dispositivos destes grupos
admin-assignment-scope-groups-hint = Membros e dispositivos dos grupos escolhidos.
admin-assignment-needs-members = Escolha pelo menos um grupo que receberá a função.
admin-assignment-needs-scope = Escolha o que a função alcança: todos os usuários, todos os dispositivos ou grupos.
admin-assignment-delete-label = Excluir a atribuição { $name }
admin-assignment-delete-title = Excluir a atribuição { $name }?
admin-assignment-delete-text = Os membros dos grupos dela perdem imediatamente a função concedida. Essa ação não pode ser desfeita.
admin-assignment-delete-confirm = Excluir atribuição
admin-assignment-deleted = A atribuição { $name } foi excluída.
admin-scope-all-users = Todos os usuários
admin-scope-all-users-hint = Todas as pessoas da organização.
admin-scope-all-devices = Todos os dispositivos
admin-scope-all-devices-hint = Todos os dispositivos registrados da organização.

## Conditional access

admin-policies-title = Acesso condicional
admin-policies-intro = As políticas decidem se um atendente pode usar o console; elas são verificadas na entrada e novamente ao iniciar uma sessão. Toda recusa informa o nome da política.
admin-policies-list = Políticas
admin-policies-empty = Não há políticas de acesso condicional. Todo atendente que consegue entrar pode usar o console.
admin-policy-create = Criar política
admin-policy-create-title = Criar uma política de acesso condicional
admin-policy-create-submit = Criar política
admin-policy-created = A política { $name } foi criada.
admin-policy-edit-title = Editar a política { $name }
admin-policy-edit-label = Editar a política { $name }
admin-policy-saved = A política { $name } foi salva.
admin-policy-delete-label = Excluir a política { $name }
admin-policy-delete-title = Excluir a política { $name }?
admin-policy-delete-text = Ela deixa de ser aplicada imediatamente. Essa ação não pode ser desfeita.
admin-policy-delete-confirm = Excluir política
admin-policy-deleted = A política { $name } foi excluída.
admin-policy-name = Nome da política
admin-policy-name-hint = Os atendentes veem esse nome quando a política os recusa, então informe o motivo, por exemplo “Segundo fator fora do escritório”.
admin-policy-state = Estado
admin-policy-state-enabled = Habilitada
admin-policy-state-enabled-hint = A política é aplicada.
admin-policy-state-report-only = Somente relatório
admin-policy-state-report-only-hint = A política é avaliada e o que ela teria feito é registrado no log de auditoria, mas ela nunca recusa ninguém. Teste novas políticas dessa forma primeiro.
admin-policy-state-disabled = Desabilitada
admin-policy-state-disabled-hint = A política é ignorada.
admin-policy-targets = Aplica-se a
admin-policy-targets-hint = Os atendentes aos quais esta política se refere.
admin-policy-all-users = Todos os usuários
admin-policy-users = Estas pessoas
admin-policy-groups = Membros destes grupos
admin-policy-needs-targets = Escolha a quem a política se aplica: todos os usuários, pessoas ou grupos.
admin-policy-conditions = Condições
admin-policy-conditions-hint = A política só se aplica quando todas as condições definidas aqui são atendidas. Deixe-as em branco para aplicá-la sempre.
admin-policy-inside = O endereço do cliente está em uma destas redes
admin-policy-inside-hint = Um intervalo por linha em notação CIDR, por exemplo 10.0.0.0/8 ou 2001:db8::/32.
admin-policy-outside = O endereço do cliente não está em nenhuma destas redes
admin-policy-outside-hint = Para regras que se aplicam fora do escritório. Um intervalo por linha.
admin-policy-network-invalid = “{ $value }” não é um intervalo de rede. Escreva intervalos como 192.168.0.0/16.
admin-policy-second-factor = Segundo fator na entrada
admin-policy-second-factor-any = Tanto faz
admin-policy-second-factor-yes = Um segundo fator foi usado
admin-policy-second-factor-no = Nenhum segundo fator foi usado
admin-policy-grant = Ação
admin-policy-grant-allow = Permitir
admin-policy-grant-allow-hint = Registrado no log de auditoria; outras políticas ainda podem recusar.
admin-policy-grant-block = Bloquear
admin-policy-grant-block-hint = Recusar a entrada no console e o início de sessões.
admin-policy-grant-second-factor = Exigir um segundo fator
admin-policy-grant-second-factor-hint = Permitir somente entradas que usaram um segundo fator.
admin-policy-lockout-warning = Cuidado para não bloquear seu próprio acesso: uma política que bloqueia você se aplica a partir da sua próxima entrada. Use o modo Somente relatório para verificar uma política antes.
admin-policy-when-inside = Dentro de { $networks }
admin-policy-when-outside = Fora de { $networks }
admin-policy-when-second-factor = Segundo fator usado
admin-policy-when-no-second-factor = Nenhum segundo fator usado
admin-policy-always = Sempre

## Devices

admin-devices-title = Dispositivos
admin-devices-intro = Dispositivos registrados com o aplicativo { -product-name }, com as últimas informações que eles relataram e se atendem às suas políticas de conformidade.
admin-devices-enroll-link = Registrar dispositivos
admin-devices-filters = Filtrar dispositivos
admin-devices-search = Pesquisar
admin-devices-search-hint = Nome do host, número de série, modelo ou usuário principal.
admin-devices-platform = Sistema operacional
admin-devices-compliance = Conformidade
admin-devices-state = Registro
admin-devices-pages = Páginas de dispositivos
admin-devices-empty = Ainda não há dispositivos registrados. Crie um token de registro para registrar os primeiros.
admin-devices-none-match = Nenhum dispositivo corresponde a estes filtros.
admin-devices-back = Todos os dispositivos
admin-device-remote-help = Nova sessão de ajuda remota
admin-device-unnamed = Dispositivo sem nome
admin-device-compliant = Em conformidade
admin-device-not-compliant = Fora de conformidade
admin-device-failing-count =
    { $count ->
        [one] { $count } regra não atendida
        [many] { $count } de regras não atendidas
       *[other] { $count } regras não atendidas
    }
admin-device-state-active = Registrado
admin-device-state-retired = Desativado
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Nenhum informado
admin-device-details = Detalhes
admin-device-host-name = Nome do host
admin-device-model = Modelo
admin-device-serial = Número de série
admin-device-agent-version = Versão do agente
admin-device-disk = Criptografia de disco
admin-device-disk-encrypted = Criptografado
admin-device-disk-not-encrypted = Não criptografado
admin-device-enrolled-at = Registrado em
admin-device-id = ID do dispositivo
admin-device-compliance = Conformidade
admin-device-meets-all = Este dispositivo atende a todas as regras das suas políticas de conformidade.
admin-device-failing-intro = Estas regras não são atendidas:
admin-device-policies-link = Revisar as políticas de conformidade
admin-device-retire = Desativar dispositivo
admin-device-retire-title = Desativar { $name }?
admin-device-retire-text = A credencial dele deixa de funcionar imediatamente: ele não pode mais fazer check-in nem comprovar a identidade quando alguém pedir ajuda nele. O dispositivo continua na lista, marcado como desativado.
admin-device-retire-confirm = Desativar dispositivo
admin-device-retired = O dispositivo { $name } foi desativado.
admin-device-delete = Excluir dispositivo
admin-device-delete-title = Excluir { $name }?
admin-device-delete-text = O dispositivo e o histórico dele são removidos do inventário. Para usá-lo novamente, registre-o de novo. Essa ação não pode ser desfeita.
admin-device-delete-confirm = Excluir dispositivo

## Enrollment tokens

admin-tokens-title = Tokens de registro
admin-tokens-intro = Um dispositivo é registrado com um token criado aqui. Cada token funciona por tempo limitado e para um número limitado de dispositivos.
admin-tokens-list = Tokens
admin-tokens-empty = Ainda não há tokens de registro.
admin-token-create = Criar token
admin-token-create-title = Criar um token de registro
admin-token-create-submit = Criar token
admin-token-created = O token { $name } foi criado.
admin-token-name = Nome
admin-token-name-hint = Onde ele é usado, por exemplo “Notebooks do escritório de Berlim”.
admin-token-hours = Válido por (horas)
admin-token-hours-hint = De 1 a 720 horas (30 dias).
admin-token-max-uses = Dispositivos que ele pode registrar
admin-token-max-uses-hint = De 1 a 10.000.
admin-token-shown-once = Copie este token agora. Ele é exibido apenas uma vez; se for perdido, revogue-o e crie outro.
admin-token-secret = Token “{ $name }”
admin-token-secret-hint = Informe-o ao aplicativo { -product-name } ao registrar um dispositivo (assist-agent enroll). Qualquer pessoa que o tenha pode registrar dispositivos na sua organização até que ele expire ou seja revogado.
admin-token-copy-label = Copiar o token
admin-token-copied = O token foi copiado para a área de transferência.
admin-token-copy-failed = Não foi possível copiar o token. Selecione-o e copie-o manualmente.
admin-token-active = Ativo
admin-token-revoked = Revogado
admin-token-expired = Expirado
admin-token-used-up = Esgotado
admin-token-uses = { $uses } de { $max }
admin-token-revoke-label = Revogar o token { $name }
admin-token-revoke-title = Revogar o token { $name }?
admin-token-revoke-text = Não será mais possível registrar dispositivos com ele. Os dispositivos já registrados com ele continuam registrados.
admin-token-revoke-confirm = Revogar token
admin-token-revoked-done = O token { $name } foi revogado.

## Compliance policies

admin-compliance-title = Políticas de conformidade
admin-compliance-intro = Regras que os dispositivos registrados devem atender. Um dispositivo que não atende a uma delas é marcado como fora de conformidade, e os atendentes são avisados antes de ajudar nele.
admin-compliance-list = Políticas
admin-compliance-empty = Não há políticas de conformidade, portanto todos os dispositivos são considerados em conformidade.
admin-compliance-create = Criar política
admin-compliance-create-title = Criar uma política de conformidade
admin-compliance-create-submit = Criar política
admin-compliance-created = A política { $name } foi criada. Os dispositivos foram verificados novamente.
admin-compliance-edit-title = Editar a política { $name }
admin-compliance-edit-label = Editar a política { $name }
admin-compliance-saved = A política { $name } foi salva. Os dispositivos foram verificados novamente.
admin-compliance-delete-label = Excluir a política { $name }
admin-compliance-delete-title = Excluir a política { $name }?
admin-compliance-delete-text = As regras dela deixam de ser aplicadas e os dispositivos são verificados novamente. Essa ação não pode ser desfeita.
admin-compliance-delete-confirm = Excluir política
admin-compliance-deleted = A política { $name } foi excluída.
admin-compliance-name = Nome da política
admin-compliance-name-hint = Exibido com cada regra não atendida, por exemplo “Segurança básica”.
admin-compliance-os-legend = Versão mínima do sistema operacional
admin-compliance-os-hint = Deixe uma plataforma em branco para aceitar qualquer versão.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Por exemplo, 14.2.1
admin-compliance-version-invalid = Escreva a versão como números separados por pontos, por exemplo 14.2.1.
admin-compliance-other-legend = Outras regras
admin-compliance-min-agent = Versão mínima do aplicativo { -product-name }
admin-compliance-max-days = Máximo de dias desde o último check-in
admin-compliance-max-days-hint = De 1 a 365. Deixe em branco para não ter limite.
admin-compliance-disk = Exigir criptografia de disco
admin-compliance-disk-hint = O disco do sistema deve estar criptografado (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ou posterior
admin-rule-min-agent = Aplicativo { $version } ou posterior
admin-rule-check-in =
    { $days ->
        [one] Check-in no último dia
        [many] Check-in nos últimos { $days } de dias
       *[other] Check-in nos últimos { $days } dias
    }
admin-rule-disk = Disco criptografado
admin-rule-none = Nenhuma regra

## Settings

admin-settings-title = Configurações
admin-settings-intro = Como a ajuda remota funciona na sua organização. Toda alteração é registrada no log de auditoria.
admin-settings-organisation = Organização
admin-settings-name-hint = Exibido para as pessoas atendidas quando o perfil do atendente não informa uma empresa.
admin-settings-remote-help-heading = Ajuda remota
admin-settings-remote-help = Permitir ajuda remota
admin-settings-remote-help-hint = Os atendentes só podem iniciar sessões enquanto esta opção estiver ativada. Desativá-la também encerra as sessões em andamento.
admin-settings-unenrolled = Permitir ajuda em dispositivos não registrados
admin-settings-unenrolled-hint = Permite que as pessoas compartilhem a tela em um navegador da Web ou em um dispositivo não registrado. Os atendentes continuam sendo avisados de que o dispositivo é desconhecido.
admin-settings-chat = Chat durante as sessões
admin-settings-chat-hint = Os atendentes e as pessoas atendidas podem trocar mensagens. As mensagens são mantidas com o relatório da sessão.
admin-settings-limits = Códigos e relatórios
admin-settings-code-lifetime = Validade do código de segurança (minutos)
admin-settings-code-lifetime-hint = Por quanto tempo o código que o atendente informa continua válido: de { $min } a { $max } minutos.
admin-settings-retention = Manter relatórios de sessão por (dias)
admin-settings-retention-hint = Relatórios mais antigos e o chat deles são excluídos: de { $min } a { $max } dias.
admin-settings-save = Salvar configurações
admin-settings-saved = Configurações salvas.
admin-settings-updated-at = Última alteração em { $time }.
admin-settings-defaults = Estas são as configurações padrão; elas nunca foram alteradas.

## Live sessions

admin-live-title = Sessões ao vivo
admin-live-intro = Sessões de ajuda remota que ainda não terminaram. A lista é atualizada a cada poucos segundos.
admin-live-list = Sessões em andamento
admin-live-empty = Nenhuma sessão em andamento.
admin-live-updated = Atualizado em { $time }
admin-live-count =
    { $count ->
        [0] Nenhuma sessão em andamento.
        [one] { $count } sessão em andamento.
        [many] { $count } de sessões em andamento.
       *[other] { $count } sessões em andamento.
    }
admin-live-not-joined = Ainda não entrou
admin-live-nobody = ninguém ainda
admin-live-state-waiting = Aguardando o código
admin-live-state-joined = Conectada
admin-live-state-requested = Solicitando acesso
admin-live-state-active = Compartilhando
admin-live-state-ended = Encerrada
admin-live-revoke-label = Revogar a sessão de { $helper } com { $sharer }
admin-live-revoke-title = Interromper esta sessão?
admin-live-revoke-text = A sessão de { $helper } com { $sharer } termina imediatamente para os dois.
admin-live-revoke-confirm = Interromper sessão
admin-live-revoked = A sessão de { $helper } foi interrompida.

## Session reports

admin-reports-title = Relatórios de sessão
admin-reports-intro = Todas as sessões de ajuda remota: quem ajudou quem, em qual dispositivo, qual acesso foi concedido e como terminou.
admin-reports-filters = Filtrar relatórios de sessão
admin-reports-export-label = Exportar em CSV os relatórios de sessão que correspondem aos filtros
admin-reports-helper = Atendente
admin-reports-sharer = Pessoa atendida
admin-reports-device = Dispositivo
admin-reports-end-reason = Como terminou
admin-reports-from = Iniciada a partir de
admin-reports-to = Iniciada antes de
admin-reports-pages = Páginas de relatórios de sessão
admin-reports-empty = Ainda não há relatórios de sessão.
admin-reports-none-match = Nenhuma sessão corresponde a estes filtros.
admin-reports-back = Todos os relatórios de sessão
admin-report-open-label = Sessão de { $helper } iniciada em { $time }
admin-report-title = { $helper } atendendo { $sharer }
admin-report-title-alone = Sessão de { $helper }
admin-report-started = Iniciada em { $time }
admin-report-details = Detalhes
admin-report-client = Compartilhada por
admin-report-joined = Entrada
admin-report-ended = Encerramento
admin-report-id = ID da sessão
admin-report-no-device = Nenhum dispositivo
admin-report-mode-control = Controle total
admin-report-mode-view = Somente visualização
admin-report-mode-none = Nenhum
admin-report-transcript = Transcrição do chat
admin-report-transcript-count =
    { $count ->
        [0] Transcrição do chat
        [one] Transcrição do chat ({ $count } mensagem)
        [many] Transcrição do chat ({ $count } de mensagens)
       *[other] Transcrição do chat ({ $count } mensagens)
    }
admin-report-no-chat = Nenhuma mensagem de chat foi escrita nesta sessão.
admin-role-helper = Atendente
admin-role-sharer = Pessoa atendida
admin-client-agent = Aplicativo { -product-name }
admin-client-web = Navegador da Web

admin-end-helper-left = Encerrada pelo atendente
admin-end-sharer-left = Encerrada pela pessoa atendida
admin-end-helper-disconnected = Conexão do atendente perdida
admin-end-sharer-disconnected = Conexão da pessoa atendida perdida
admin-end-code-expired = Código expirado sem uso
admin-end-declined-timeout = Solicitação sem resposta
admin-end-revoked = Interrompida por um administrador
admin-end-policy = Interrompida por uma regra da organização
admin-end-access-withdrawn = Interrompida: acesso retirado

## Audit log

admin-audit-title = Log de auditoria
admin-audit-intro = Todas as alterações, entradas e eventos de sessão, dos mais recentes aos mais antigos. O log só aceita acréscimos, e a cadeia dele detecta adulterações.
admin-audit-filters = Filtrar o log de auditoria
admin-audit-export-label = Exportar em CSV os eventos de auditoria que correspondem aos filtros
admin-audit-actor = Quem
admin-audit-action = Ação
admin-audit-action-hint = Por exemplo, user.created ou settings.updated.
admin-audit-since = De
admin-audit-until = Antes de
admin-audit-pages = Páginas de eventos de auditoria
admin-audit-empty = O log de auditoria está vazio.
admin-audit-none-match = Nenhum evento corresponde a estes filtros.
admin-audit-show-detail = Mostrar detalhes
admin-actor-cli = Linha de comando do servidor
admin-actor-setup-link = Link de configuração
admin-actor-sso = Logon único
admin-actor-anonymous = Não conectado

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Para começar
admin-start-title = Primeiros passos
admin-start-intro = Três coisas a definir antes da sua primeira sessão de ajuda remota. Cada uma pode ser alterada depois.
admin-start-done = Concluído
admin-start-todo = Pendente
admin-start-settings-needed = Para alterar isto é preciso a permissão de gerenciar as configurações. Peça a um administrador que a tenha.
admin-start-remote-heading = Ativar a ajuda remota
admin-start-remote-off = A ajuda remota está desativada, então ninguém pode iniciar uma sessão ainda.
admin-start-remote-on = A ajuda remota está ativada: os atendentes podem iniciar sessões.
admin-start-remote-enable = Ativar a ajuda remota
admin-start-remote-turned-on = A ajuda remota agora está ativada.
admin-start-browser-heading = Compartilhar de um navegador da web
admin-start-browser-allowed = Permitido
admin-start-browser-not-allowed = Não permitido
admin-start-browser-explain = Um navegador da web não consegue provar em qual computador está sendo executado, por isso conta como um dispositivo não registrado. Permitir a ajuda em dispositivos não registrados deixa as pessoas compartilharem a tela de um navegador, sem instalar nada. O atendente então só pode ver a tela, não controlá-la, e é avisado de que o dispositivo é desconhecido.
admin-start-browser-off = Não permitido agora: só o aplicativo { -product-name } em um dispositivo registrado pode compartilhar. Quem abrir a página de compartilhamento em um navegador e inserir um código será recusado.
admin-start-browser-on = Permitido agora: as pessoas podem compartilhar a tela de um navegador ou de um dispositivo não registrado.
admin-start-browser-allow = Permitir compartilhar de um navegador
admin-start-browser-stop = Deixar de permitir compartilhar de um navegador
admin-start-browser-allowed-now = Compartilhar de um navegador agora é permitido.
admin-start-browser-stopped = Compartilhar de um navegador não é mais permitido.
admin-start-helpers-heading = Definir atendentes
admin-start-helpers-none = Ninguém pode oferecer ajuda remota ainda.
admin-start-helpers-count =
    { $count ->
        [one] { $count } pessoa pode oferecer ajuda remota.
       *[other] { $count } pessoas podem oferecer ajuda remota.
    }
admin-start-helpers-explain = Os atendentes oferecem ajuda remota a toda a organização. Escolha pessoas e selecione "Definir atendentes": elas entram no grupo { $group }, que tem a função Help Desk Operator sobre todos os usuários.
admin-start-helpers-pick = Pessoas que serão atendentes
admin-start-helpers-nobody = Todos aqui já são atendentes. Crie um usuário para adicionar alguém.
admin-start-helpers-roles-needed = Na primeira vez, definir atendentes também dá ao grupo { $group } a sua função, o que exige a permissão de gerenciar funções. Peça a um administrador que a tenha.
admin-start-helpers-submit = Definir atendentes
admin-start-helpers-choose = Escolha pelo menos uma pessoa.
admin-start-helpers-made =
    { $count ->
        [one] { $count } pessoa agora é atendente, no grupo { $group }.
       *[other] { $count } pessoas agora são atendentes, no grupo { $group }.
    }
admin-start-create-user = Criar usuário
admin-start-first-heading = Sua primeira sessão
admin-start-not-ready = Quando os passos acima estiverem concluídos:
admin-start-ready = Tudo pronto para uma primeira sessão:
admin-start-first-helper = Um atendente entra, abre "{ $page }" e inicia uma nova sessão de ajuda remota, que lhe dá um código de segurança:
admin-start-first-sharer = A pessoa que precisa de ajuda entra, abre esta página e insere esse código:
admin-user-role = Função
admin-user-role-member = Membro
admin-user-role-member-hint = Entra, pede ajuda e compartilha a própria tela.
admin-user-role-helper = Atendente
admin-user-role-helper-hint = Oferece ajuda remota a toda a organização, como membro do grupo { $group }.
admin-user-role-administrator = Administrador
admin-user-created-helper = { $name } foi criado e agora pode oferecer ajuda remota.
