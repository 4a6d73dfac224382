# Messages of the admin console (/admin), Russian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Консоль администратора – { -product-name }
admin-page-title = { $section } – Консоль администратора – { $organisation }
admin-console-name = Консоль администратора
admin-back-home = На главную
admin-nav-label = Консоль администратора
admin-nav-group-people = Пользователи
admin-nav-group-access = Доступ
admin-nav-group-devices = Устройства
admin-nav-group-organisation = Организация
admin-nav-group-activity = Активность

admin-denied-title = Нет доступа – { -product-name }
admin-denied-heading = У вас нет разрешения на использование консоли администратора
admin-denied-text = Ваша учетная запись может использовать { -product-name }, но не может управлять вашей организацией.
admin-denied-help = Если вам нужно управлять пользователями, устройствами или параметрами, попросите администратора вашей организации назначить вам роль с этими разрешениями.

## Shared words

admin-save = Сохранить
admin-cancel = Отмена
admin-done = Готово
admin-edit = Изменить
admin-delete = Удалить
admin-remove = Удалить
admin-revoke = Отозвать
admin-manage = Управление
admin-copy = Копировать
admin-refresh = Обновить
admin-search = Поиск
admin-apply-filters = Применить фильтры
admin-clear-filters = Сбросить фильтры
admin-export-csv = Экспорт в CSV
admin-filter-any = Все
admin-filter-anyone = Все пользователи
admin-filter-any-device = Все устройства
admin-not-set = Не задано
admin-never = Никогда
admin-no-changes = Нечего сохранять: ни одно поле не изменено.
admin-name-taken = Это имя уже используется. Выберите другое.
admin-number-range = Введите целое число от { $min } до { $max }.
admin-error-refused = Сервер отклонил запрос: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Вы не можете пользоваться этим разделом: ему нужно разрешение «{ $permission }» на всю организацию (всех пользователей и все устройства), а ваши роли не дают его так широко.
admin-section-denied-ask = Попросите администратора организации { $organisation } выдать его вам на всю организацию.
admin-choose-user = Выберите пользователя…
admin-choose-user-first = Сначала выберите пользователя.
admin-choose-device = Выберите устройство…
admin-choose-device-first = Сначала выберите устройство.
admin-choose-role = Выберите роль…
admin-no-devices-yet = Зарегистрированных устройств пока нет
admin-unknown-user = Неизвестный пользователь
admin-unknown-group = Неизвестная группа
admin-unknown-role = Неизвестная роль

admin-page-previous = Предыдущая страница
admin-page-next = Следующая страница
admin-page-number = Страница { $page }

admin-duration-seconds = { $seconds } с
admin-duration-minutes = { $minutes } мин
admin-duration-hours = { $hours } ч { $minutes } мин
admin-duration-running = пока { $duration }

## Table column headings

admin-column-name = Имя
admin-column-email = Электронная почта
admin-column-job-title = Должность
admin-column-company = Компания
admin-column-role = Роль
admin-column-status = Статус
admin-column-actions = Действия
admin-column-description = Описание
admin-column-members = Участники
admin-column-created = Создано
admin-column-permissions = Разрешения
admin-column-member-groups = Кому назначена
admin-column-scope = Область
admin-column-state = Состояние
admin-column-targets = Применяется к
admin-column-conditions = Условия
admin-column-grant = Действие
admin-column-device = Устройство
admin-column-platform = Операционная система
admin-column-primary-user = Основной пользователь
admin-column-agent = Версия агента
admin-column-enrollment = Регистрация
admin-column-compliance = Соответствие
admin-column-last-check-in = Последняя синхронизация
admin-column-uses = Зарегистрировано устройств
admin-column-expires = Срок действия
admin-column-rules = Правила
admin-column-helper = Помощник
admin-column-sharer = Получатель помощи
admin-column-access = Предоставленный доступ
admin-column-started = Начало
admin-column-duration = Длительность
admin-column-outcome = Завершение
admin-column-chat = Сообщения чата
admin-column-time = Время
admin-column-actor = Кто
admin-column-action = Действие
admin-column-target = Объект
admin-column-detail = Подробности

## Users

admin-users-title = Пользователи
admin-users-intro = Сотрудники вашей организации, которые могут входить в { -product-name }, и их профили в том виде, в каком их видят получатели помощи.
admin-users-search = Поиск по имени, адресу электронной почты, должности или компании
admin-users-search-label = Поиск пользователей
admin-users-pages = Страницы пользователей
admin-users-search-summary =
    { $count ->
        [0] На этой странице нет пользователей, соответствующих запросу «{ $term }».
        [one] Запросу «{ $term }» соответствует { $count } пользователь.
        [few] Запросу «{ $term }» соответствуют { $count } пользователя.
        [many] Запросу «{ $term }» соответствуют { $count } пользователей.
       *[other] Запросу «{ $term }» соответствуют { $count } пользователей.
    }
admin-users-none-found = Нет пользователей, соответствующих запросу «{ $term }».
admin-users-empty = Пользователей пока нет.
admin-user-create = Создать пользователя
admin-user-create-title = Создание пользователя
admin-user-create-submit = Создать пользователя
admin-user-created = Пользователь { $name } создан.
admin-user-job-title = Должность (необязательно)
admin-user-company = Компания (необязательно)
admin-user-initial-password = Начальный пароль (необязательно)
admin-user-initial-password-hint = Не менее 12 символов. Без пароля пользователь сможет входить только с помощью единого входа или по ссылке для восстановления.
admin-user-is-admin = Администратор организации
admin-user-is-admin-hint = Администраторы могут выполнять любые действия независимо от назначенных им ролей.
admin-user-edit-title = Изменение пользователя { $name }
admin-user-edit-label = Изменить пользователя { $name }
admin-user-email-fixed = Адрес электронной почты идентифицирует учетную запись, поэтому изменить его здесь нельзя.
admin-user-disabled = Вход запрещен
admin-user-disabled-hint = При запрете входа также завершаются сеансы пользователя и отзываются его токены API.
admin-user-new-password = Новый пароль (необязательно)
admin-user-new-password-hint = Оставьте пустым, чтобы сохранить текущий пароль. При задании нового пароля пользователь выходит из системы на всех устройствах.
admin-user-saved = Изменения пользователя { $name } сохранены.
admin-user-status-active = Активен
admin-user-status-disabled = Вход запрещен
admin-user-delete-label = Удалить пользователя { $name }
admin-user-delete-title = Удалить пользователя { $name }?
admin-user-delete-text = Учетная запись { $email } будет удалена, а ее сеансы на всех устройствах завершены. Это действие нельзя отменить.
admin-user-delete-confirm = Удалить пользователя
admin-user-deleted = Пользователь { $name } удален.
admin-user-picture = Фото профиля
admin-user-picture-choose = Загрузить фото
admin-user-picture-remove = Удалить фото
admin-user-picture-hint = Изображение PNG или JPEG размером не более 256 КБ. Изменение применяется сразу; получатели помощи видят фото, прежде чем показать свой экран.
admin-user-picture-uploading = Загрузка фото…
admin-user-picture-updated = Фото пользователя { $name } обновлено.
admin-user-picture-removed = Фото пользователя { $name } удалено.

## Groups

admin-groups-title = Группы
admin-groups-intro = Группы объединяют пользователей и устройства. Назначения ролей предоставляют роли участникам групп в отношении других групп.
admin-groups-pages = Страницы групп
admin-groups-empty = Групп пока нет. Создайте группу, чтобы назначать роли ее участникам.
admin-groups-back = Все группы
admin-group-create = Создать группу
admin-group-create-title = Создание группы
admin-group-create-submit = Создать группу
admin-group-created = Группа «{ $name }» создана.
admin-group-name = Имя группы
admin-group-description = Описание (необязательно)
admin-group-description-hint = Назначение группы, например «Сотрудники службы поддержки в Берлине».
admin-group-member-count =
    { $count ->
        [0] Нет участников
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участников
    }
admin-group-manage-label = Управление группой «{ $name }»
admin-group-delete = Удалить группу
admin-group-delete-label = Удалить группу «{ $name }»
admin-group-delete-title = Удалить группу «{ $name }»?
admin-group-delete-text = Участники сохранят свои учетные записи, но потеряют то, что им давали назначения ролей через эту группу. Это действие нельзя отменить.
admin-group-delete-confirm = Удалить группу
admin-group-deleted = Группа «{ $name }» удалена.
admin-group-detail-intro = Переименуйте группу и выберите ее участников и устройства.
admin-group-details = Имя и описание
admin-group-saved = Группа «{ $name }» сохранена.
admin-group-members = Участники
admin-group-no-members = В этой группе пока нет участников.
admin-group-add-member = Добавить участника
admin-group-add-member-label = Добавляемый пользователь
admin-group-everyone-member = Все пользователи уже являются участниками
admin-group-member-added = Пользователь { $name } добавлен в группу «{ $group }».
admin-group-member-removed = Пользователь { $name } удален из группы «{ $group }».
admin-group-remove-member-label = Удалить пользователя { $name } из группы
admin-group-devices = Устройства
admin-group-devices-intro = Назначения ролей, в области которых указана эта группа, распространяются на ее устройства.
admin-group-device-label = Устройство
admin-group-add-device = Добавить в группу
admin-group-remove-device-label = Удалить устройство { $device } из группы
admin-group-no-devices = В этой группе пока нет устройств.
admin-group-device-added = Устройство { $device } добавлено в группу «{ $group }».
admin-group-device-removed = Устройство { $device } удалено из группы «{ $group }».

## Roles and role assignments

admin-roles-title = Роли
admin-roles-intro = Роль — это набор разрешений. Назначения ролей предоставляют роль участникам групп в отношении пользователей и устройств, входящих в область назначения.
admin-roles-list = Роли
admin-roles-list-intro = Встроенные роли изменить нельзя; скопируйте одну из них, чтобы создать настраиваемую роль.
admin-roles-empty = Ролей нет.
admin-role-create = Создать роль
admin-role-create-title = Создание роли
admin-role-create-submit = Создать роль
admin-role-created = Роль «{ $name }» создана.
admin-role-edit-title = Изменение роли «{ $name }»
admin-role-edit-label = Изменить роль «{ $name }»
admin-role-saved = Роль «{ $name }» сохранена.
admin-role-copy = Копировать
admin-role-copy-label = Копировать роль «{ $name }» как новую роль
admin-role-copy-name = { $name } (копия)
admin-role-name = Имя роли
admin-role-description = Описание (необязательно)
admin-role-built-in = Встроенная
admin-role-no-permissions = Нет разрешений
admin-role-delete-label = Удалить роль «{ $name }»
admin-role-delete-title = Удалить роль «{ $name }»?
admin-role-delete-text = Удалить можно только роль, которая не используется ни в одном назначении. Это действие нельзя отменить.
admin-role-delete-confirm = Удалить роль
admin-role-deleted = Роль «{ $name }» удалена.

admin-perm-group-remote-help = Удаленная помощь
admin-perm-group-reading = Чтение
admin-perm-group-administration = Администрирование
admin-perm-offer = Предложение удаленной помощи
admin-perm-offer-hint = Начинать сеанс удаленной помощи с пользователем из области назначения.
admin-perm-view-screen = Просмотр экрана
admin-perm-view-screen-hint = Видеть экран пользователя из области назначения.
admin-perm-full-control = Полный контроль
admin-perm-full-control-hint = Использовать мышь и клавиатуру пользователя из области назначения с его согласия.
admin-perm-elevation = Повышение прав
admin-perm-elevation-hint = Зарезервировано для будущей версии: выполнение с повышенными правами на устройстве пользователя.
admin-perm-read = Чтение устройств и отчетов
admin-perm-read-hint = Просматривать список устройств, активные сеансы и отчеты о сеансах.
admin-perm-manage-users = Управление пользователями и группами
admin-perm-manage-users-hint = Создавать, изменять и удалять пользователей и группы, их фото и вторые факторы.
admin-perm-manage-roles = Управление ролями
admin-perm-manage-roles-hint = Создавать и изменять роли и назначения ролей.
admin-perm-manage-devices = Управление устройствами
admin-perm-manage-devices-hint = Создавать токены регистрации, выводить устройства из эксплуатации и удалять их.
admin-perm-manage-settings = Управление параметрами
admin-perm-manage-settings-hint = Изменять параметры организации и подтвержденные домены, останавливать активные сеансы.
admin-perm-manage-policies = Управление политиками
admin-perm-manage-policies-hint = Создавать и изменять политики условного доступа и политики соответствия.
admin-perm-read-audit = Чтение журнала аудита
admin-perm-read-audit-hint = Просматривать и экспортировать все записанные изменения и входы.
admin-perm-create-api-tokens = Создание токенов API
admin-perm-create-api-tokens-hint = Создавать токены для скриптов, которые действуют с собственными правами владельца. Срок действия токенов истекает через 90 дней, если не задано иное (не более года).

admin-assignments-title = Назначения ролей
admin-assignments-intro = Кто получает какую роль и в отношении кого.
admin-assignments-empty = Назначений ролей пока нет. Без них помогать кому-либо могут только администраторы.
admin-assignment-create = Создать назначение
admin-assignment-create-title = Создание назначения роли
admin-assignment-create-submit = Создать назначение
admin-assignment-created = Назначение «{ $name }» создано.
admin-assignment-edit-title = Изменение назначения «{ $name }»
admin-assignment-edit-label = Изменить назначение «{ $name }»
admin-assignment-saved = Назначение «{ $name }» сохранено.
admin-assignment-name = Имя назначения
admin-assignment-name-hint = Например, «Служба поддержки помогает финансовому отделу».
admin-assignment-role = Роль
admin-assignment-members = Назначить роль участникам групп
admin-assignment-members-hint = Помощники: роль получают все участники этих групп.
admin-assignment-no-groups = Групп пока нет. Сначала создайте группы.
admin-assignment-scope = Область
admin-assignment-scope-hint = Пользователи и устройства, на которые распространяется роль.
admin-assignment-scope-groups = Пользователи и устройства в этих группах
admin-assignment-scope-groups-hint = Участники и устройства выбранных групп.
admin-assignment-needs-members = Выберите хотя бы одну группу, которой будет назначена роль.
admin-assignment-needs-scope = Выберите, на что распространяется роль: все пользователи, все устройства или группы.
admin-assignment-delete-label = Удалить назначение «{ $name }»
admin-assignment-delete-title = Удалить назначение «{ $name }»?
admin-assignment-delete-text = Участники его групп сразу потеряют роль, которую оно им давало. Это действие нельзя отменить.
admin-assignment-delete-confirm = Удалить назначение
admin-assignment-deleted = Назначение «{ $name }» удалено.
admin-scope-all-users = Все пользователи
admin-scope-all-users-hint = Все пользователи организации.
admin-scope-all-devices = Все устройства
admin-scope-all-devices-hint = Все зарегистрированные устройства организации.

## Conditional access

admin-policies-title = Условный доступ
admin-policies-intro = Политики определяют, может ли помощник использовать консоль. Проверка выполняется при входе и еще раз при начале сеанса. В сообщении об отказе указывается имя политики.
admin-policies-list = Политики
admin-policies-empty = Политик условного доступа нет. Консоль может использовать любой помощник, который может войти в систему.
admin-policy-create = Создать политику
admin-policy-create-title = Создание политики условного доступа
admin-policy-create-submit = Создать политику
admin-policy-created = Политика «{ $name }» создана.
admin-policy-edit-title = Изменение политики «{ $name }»
admin-policy-edit-label = Изменить политику «{ $name }»
admin-policy-saved = Политика «{ $name }» сохранена.
admin-policy-delete-label = Удалить политику «{ $name }»
admin-policy-delete-title = Удалить политику «{ $name }»?
admin-policy-delete-text = Она сразу перестанет применяться. Это действие нельзя отменить.
admin-policy-delete-confirm = Удалить политику
admin-policy-deleted = Политика «{ $name }» удалена.
admin-policy-name = Имя политики
admin-policy-name-hint = Помощники видят его, когда политика им отказывает, поэтому укажите в нем причину, например «Второй фактор вне офиса».
admin-policy-state = Состояние
admin-policy-state-enabled = Включена
admin-policy-state-enabled-hint = Политика применяется.
admin-policy-state-report-only = Только отчет
admin-policy-state-report-only-hint = Политика оценивается, и то, что она сделала бы, записывается в журнал аудита, но она никому не отказывает. Сначала проверяйте новые политики в этом режиме.
admin-policy-state-disabled = Отключена
admin-policy-state-disabled-hint = Политика игнорируется.
admin-policy-targets = Применяется к
admin-policy-targets-hint = Помощники, к которым относится эта политика.
admin-policy-all-users = Все пользователи
admin-policy-users = Эти пользователи
admin-policy-groups = Участники этих групп
admin-policy-needs-targets = Выберите, к кому применяется политика: ко всем пользователям, к отдельным пользователям или к группам.
admin-policy-conditions = Условия
admin-policy-conditions-hint = Политика применяется, только если выполняются все заданные здесь условия. Оставьте их пустыми, чтобы политика применялась всегда.
admin-policy-inside = Адрес клиента входит в одну из этих сетей
admin-policy-inside-hint = По одному диапазону в строке в нотации CIDR, например 10.0.0.0/8 или 2001:db8::/32.
admin-policy-outside = Адрес клиента не входит ни в одну из этих сетей
admin-policy-outside-hint = Для правил, действующих за пределами офиса. По одному диапазону в строке.
admin-policy-network-invalid = «{ $value }» не является диапазоном сети. Укажите диапазоны в формате 192.168.0.0/16.
admin-policy-second-factor = Второй фактор при входе
admin-policy-second-factor-any = Не важно
admin-policy-second-factor-yes = Второй фактор использовался
admin-policy-second-factor-no = Второй фактор не использовался
admin-policy-grant = Действие
admin-policy-grant-allow = Разрешить
admin-policy-grant-allow-hint = Записывается в журнал аудита; другие политики все равно могут отказать.
admin-policy-grant-block = Заблокировать
admin-policy-grant-block-hint = Запретить вход в консоль и начало сеансов.
admin-policy-grant-second-factor = Требовать второй фактор
admin-policy-grant-second-factor-hint = Разрешать только входы с использованием второго фактора.
admin-policy-lockout-warning = Будьте осторожны, чтобы не лишить доступа себя: политика, которая вас блокирует, действует со следующего входа. Сначала проверьте политику в режиме «Только отчет».
admin-policy-when-inside = В сетях { $networks }
admin-policy-when-outside = Вне сетей { $networks }
admin-policy-when-second-factor = Использовался второй фактор
admin-policy-when-no-second-factor = Второй фактор не использовался
admin-policy-always = Всегда

## Devices

admin-devices-title = Устройства
admin-devices-intro = Устройства, зарегистрированные с помощью приложения { -product-name }, сведения, которые они передали последними, и соответствие требованиям ваших политик соответствия.
admin-devices-enroll-link = Регистрация устройств
admin-devices-filters = Фильтр устройств
admin-devices-search = Поиск
admin-devices-search-hint = Имя узла, серийный номер, модель или основной пользователь.
admin-devices-platform = Операционная система
admin-devices-compliance = Соответствие
admin-devices-state = Регистрация
admin-devices-pages = Страницы устройств
admin-devices-empty = Зарегистрированных устройств пока нет. Создайте токен регистрации, чтобы зарегистрировать первые устройства.
admin-devices-none-match = Нет устройств, соответствующих этим фильтрам.
admin-devices-back = Все устройства
admin-device-remote-help = Новый сеанс удаленной помощи
admin-device-unnamed = Устройство без имени
admin-device-compliant = Соответствует требованиям
admin-device-not-compliant = Не соответствует требованиям
admin-device-failing-count =
    { $count ->
        [one] { $count } правило не выполнено
        [few] { $count } правила не выполнены
        [many] { $count } правил не выполнено
       *[other] { $count } правил не выполнено
    }
admin-device-state-active = Зарегистрировано
admin-device-state-retired = Выведено из эксплуатации
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Нет сведений
admin-device-details = Подробности
admin-device-host-name = Имя узла
admin-device-model = Модель
admin-device-serial = Серийный номер
admin-device-agent-version = Версия агента
admin-device-disk = Шифрование диска
admin-device-disk-encrypted = Зашифрован
admin-device-disk-not-encrypted = Не зашифрован
admin-device-enrolled-at = Дата регистрации
admin-device-id = Идентификатор устройства
admin-device-compliance = Соответствие
admin-device-meets-all = Это устройство отвечает всем правилам ваших политик соответствия.
admin-device-failing-intro = Не выполнены следующие правила:
admin-device-policies-link = Просмотреть политики соответствия
admin-device-retire = Вывести из эксплуатации
admin-device-retire-title = Вывести устройство { $name } из эксплуатации?
admin-device-retire-text = Его учетные данные сразу перестанут действовать: устройство больше не сможет синхронизироваться или подтверждать свою подлинность, когда кто-то запросит помощь на нем. Устройство останется в списке с отметкой «Выведено из эксплуатации».
admin-device-retire-confirm = Вывести из эксплуатации
admin-device-retired = Устройство { $name } выведено из эксплуатации.
admin-device-delete = Удалить устройство
admin-device-delete-title = Удалить устройство { $name }?
admin-device-delete-text = Устройство и его история будут удалены из списка устройств. Чтобы снова использовать его, зарегистрируйте его повторно. Это действие нельзя отменить.
admin-device-delete-confirm = Удалить устройство

## Enrollment tokens

admin-tokens-title = Токены регистрации
admin-tokens-intro = Устройство регистрируется с помощью токена, созданного здесь. Каждый токен действует ограниченное время и для ограниченного числа устройств.
admin-tokens-list = Токены
admin-tokens-empty = Токенов регистрации пока нет.
admin-token-create = Создать токен
admin-token-create-title = Создание токена регистрации
admin-token-create-submit = Создать токен
admin-token-created = Токен «{ $name }» создан.
admin-token-name = Имя
admin-token-name-hint = Где он используется, например «Ноутбуки берлинского офиса».
admin-token-hours = Срок действия (часов)
admin-token-hours-hint = От 1 до 720 часов (30 дней).
admin-token-max-uses = Сколько устройств можно зарегистрировать
admin-token-max-uses-hint = От 1 до 10 000.
admin-token-shown-once = Скопируйте этот токен сейчас. Он отображается только один раз; если он будет утерян, отзовите его и создайте новый.
admin-token-secret = Токен «{ $name }»
admin-token-secret-hint = Передайте его приложению { -product-name } при регистрации устройства (assist-agent enroll). Любой, у кого он есть, может регистрировать устройства в вашей организации, пока не истечет срок его действия или пока он не будет отозван.
admin-token-copy-label = Копировать токен
admin-token-copied = Токен скопирован в буфер обмена.
admin-token-copy-failed = Не удалось скопировать токен. Выделите и скопируйте его вручную.
admin-token-active = Активен
admin-token-revoked = Отозван
admin-token-expired = Истек
admin-token-used-up = Исчерпан
admin-token-uses = { $uses } из { $max }
admin-token-revoke-label = Отозвать токен «{ $name }»
admin-token-revoke-title = Отозвать токен «{ $name }»?
admin-token-revoke-text = С его помощью больше нельзя будет регистрировать устройства. Устройства, уже зарегистрированные с его помощью, останутся зарегистрированными.
admin-token-revoke-confirm = Отозвать токен
admin-token-revoked-done = Токен «{ $name }» отозван.

## Compliance policies

admin-compliance-title = Политики соответствия
admin-compliance-intro = Правила, которым должны отвечать зарегистрированные устройства. Устройство, не выполняющее хотя бы одно из них, помечается как не соответствующее требованиям, и помощники получают предупреждение, прежде чем оказывать помощь на нем.
admin-compliance-list = Политики
admin-compliance-empty = Политик соответствия нет, поэтому все устройства считаются соответствующими требованиям.
admin-compliance-create = Создать политику
admin-compliance-create-title = Создание политики соответствия
admin-compliance-create-submit = Создать политику
admin-compliance-created = Политика «{ $name }» создана. Устройства проверены повторно.
admin-compliance-edit-title = Изменение политики «{ $name }»
admin-compliance-edit-label = Изменить политику «{ $name }»
admin-compliance-saved = Политика «{ $name }» сохранена. Устройства проверены повторно.
admin-compliance-delete-label = Удалить политику «{ $name }»
admin-compliance-delete-title = Удалить политику «{ $name }»?
admin-compliance-delete-text = Ее правила перестанут применяться, а устройства будут проверены повторно. Это действие нельзя отменить.
admin-compliance-delete-confirm = Удалить политику
admin-compliance-deleted = Политика «{ $name }» удалена.
admin-compliance-name = Имя политики
admin-compliance-name-hint = Отображается рядом с каждым невыполненным правилом, например «Базовая безопасность».
admin-compliance-os-legend = Минимальная версия операционной системы
admin-compliance-os-hint = Оставьте поле платформы пустым, чтобы принимать любую версию.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Например, 14.2.1
admin-compliance-version-invalid = Укажите версию в виде чисел, разделенных точками, например 14.2.1.
admin-compliance-other-legend = Другие правила
admin-compliance-min-agent = Минимальная версия приложения { -product-name }
admin-compliance-max-days = Максимум дней с последней синхронизации
admin-compliance-max-days-hint = От 1 до 365. Оставьте пустым, чтобы не ограничивать.
admin-compliance-disk = Требовать шифрование диска
admin-compliance-disk-hint = Системный диск должен быть зашифрован (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } или более поздней версии
admin-rule-min-agent = Приложение версии { $version } или более поздней
admin-rule-check-in =
    { $days ->
        [1] Синхронизация за последний день
        [one] Синхронизация за последние { $days } день
        [few] Синхронизация за последние { $days } дня
        [many] Синхронизация за последние { $days } дней
       *[other] Синхронизация за последние { $days } дней
    }
admin-rule-disk = Диск зашифрован
admin-rule-none = Нет правил

## Settings

admin-settings-title = Параметры
admin-settings-intro = Как работает удаленная помощь в вашей организации. Каждое изменение записывается в журнал аудита.
admin-settings-organisation = Организация
admin-settings-name-hint = Отображается для получателей помощи, если в профиле помощника не указана компания.
admin-settings-remote-help-heading = Удаленная помощь
admin-settings-remote-help = Разрешить удаленную помощь
admin-settings-remote-help-hint = Помощники могут начинать сеансы, только когда этот параметр включен. При его отключении также завершаются текущие сеансы.
admin-settings-unenrolled = Разрешить помощь на незарегистрированных устройствах
admin-settings-unenrolled-hint = Позволяет пользователям показывать экран из веб-браузера или с незарегистрированного устройства. Помощники по-прежнему получают предупреждение о том, что устройство неизвестно.
admin-settings-chat = Чат во время сеансов
admin-settings-chat-hint = Помощники и получатели помощи могут переписываться. Сообщения хранятся вместе с отчетом о сеансе.
admin-settings-limits = Коды и отчеты
admin-settings-code-lifetime = Срок действия кода безопасности (минут)
admin-settings-code-lifetime-hint = Как долго действителен код, который сообщает помощник. Допустимые значения: от { $min } до { $max }.
admin-settings-retention = Хранить отчеты о сеансах (дней)
admin-settings-retention-hint = Более старые отчеты и их чаты удаляются. Допустимые значения: от { $min } до { $max }.
admin-settings-save = Сохранить параметры
admin-settings-saved = Параметры сохранены.
admin-settings-updated-at = Последнее изменение: { $time }.
admin-settings-defaults = Это параметры по умолчанию; они ни разу не изменялись.

## Live sessions

admin-live-title = Активные сеансы
admin-live-intro = Сеансы удаленной помощи, которые еще не завершены. Список обновляется каждые несколько секунд.
admin-live-list = Текущие сеансы
admin-live-empty = Нет текущих сеансов.
admin-live-updated = Обновлено: { $time }
admin-live-count =
    { $count ->
        [0] Нет текущих сеансов.
        [one] Выполняется { $count } сеанс.
        [few] Выполняется { $count } сеанса.
        [many] Выполняется { $count } сеансов.
       *[other] Выполняется { $count } сеансов.
    }
admin-live-not-joined = Еще нет подключения
admin-live-nobody = пока никто
admin-live-state-waiting = Ожидание кода
admin-live-state-joined = Подключено
admin-live-state-requested = Запрос доступа
admin-live-state-active = Показ экрана
admin-live-state-ended = Завершен
admin-live-revoke-label = Остановить сеанс помощника { $helper } (получатель помощи: { $sharer })
admin-live-revoke-title = Остановить этот сеанс?
admin-live-revoke-text = Сеанс помощника { $helper } (получатель помощи: { $sharer }) будет сразу завершен для обоих участников.
admin-live-revoke-confirm = Остановить сеанс
admin-live-revoked = Сеанс помощника { $helper } остановлен.

## Session reports

admin-reports-title = Отчеты о сеансах
admin-reports-intro = Все сеансы удаленной помощи: кто кому помогал, на каком устройстве, какой доступ был предоставлен и как завершился сеанс.
admin-reports-filters = Фильтр отчетов о сеансах
admin-reports-export-label = Экспортировать в CSV отчеты о сеансах, соответствующие фильтрам
admin-reports-helper = Помощник
admin-reports-sharer = Получатель помощи
admin-reports-device = Устройство
admin-reports-end-reason = Завершение
admin-reports-from = Начало с
admin-reports-to = Начало до
admin-reports-pages = Страницы отчетов о сеансах
admin-reports-empty = Отчетов о сеансах пока нет.
admin-reports-none-match = Нет сеансов, соответствующих этим фильтрам.
admin-reports-back = Все отчеты о сеансах
admin-report-open-label = Сеанс помощника { $helper }, начало: { $time }
admin-report-title = { $helper } помогает пользователю { $sharer }
admin-report-title-alone = Сеанс помощника { $helper }
admin-report-started = Начало: { $time }
admin-report-details = Подробности
admin-report-client = Источник показа
admin-report-joined = Подключение
admin-report-ended = Завершение
admin-report-id = Идентификатор сеанса
admin-report-no-device = Нет устройства
admin-report-mode-control = Полный контроль
admin-report-mode-view = Только просмотр
admin-report-mode-none = Нет
admin-report-transcript = Журнал чата
admin-report-transcript-count =
    { $count ->
        [0] Журнал чата
        [one] Журнал чата ({ $count } сообщение)
        [few] Журнал чата ({ $count } сообщения)
        [many] Журнал чата ({ $count } сообщений)
       *[other] Журнал чата ({ $count } сообщений)
    }
admin-report-no-chat = В этом сеансе не было сообщений чата.
admin-role-helper = Помощник
admin-role-sharer = Получатель помощи
admin-client-agent = Приложение { -product-name }
admin-client-web = Веб-браузер

admin-end-helper-left = Завершен помощником
admin-end-sharer-left = Завершен получателем помощи
admin-end-helper-disconnected = Потеряно соединение с помощником
admin-end-sharer-disconnected = Потеряно соединение с получателем помощи
admin-end-code-expired = Срок действия кода истек, код не использован
admin-end-declined-timeout = Нет ответа на запрос
admin-end-revoked = Остановлен администратором
admin-end-policy = Остановлен правилом организации
admin-end-access-withdrawn = Остановлен: доступ отозван

## Audit log

admin-audit-title = Журнал аудита
admin-audit-intro = Все изменения, входы и события сеансов, начиная с самых новых. Записи в журнал можно только добавлять, а цепочка записей позволяет обнаружить их подделку.
admin-audit-filters = Фильтр журнала аудита
admin-audit-export-label = Экспортировать в CSV события аудита, соответствующие фильтрам
admin-audit-actor = Кто
admin-audit-action = Действие
admin-audit-action-hint = Например, user.created или settings.updated.
admin-audit-since = С
admin-audit-until = До
admin-audit-pages = Страницы событий аудита
admin-audit-empty = Журнал аудита пуст.
admin-audit-none-match = Нет событий, соответствующих этим фильтрам.
admin-audit-show-detail = Показать подробности
admin-actor-cli = Командная строка сервера
admin-actor-setup-link = Ссылка для настройки
admin-actor-sso = Единый вход
admin-actor-anonymous = Вход не выполнен

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = С чего начать
admin-start-title = Начало работы
admin-start-intro = Три вещи, которые нужно решить до первого сеанса удаленной помощи. Каждую можно изменить позже.
admin-start-done = Готово
admin-start-todo = Не сделано
admin-start-settings-needed = Для этого нужно разрешение на управление параметрами. Обратитесь к администратору, у которого оно есть.
admin-start-remote-heading = Включите удаленную помощь
admin-start-remote-off = Удаленная помощь выключена, поэтому пока никто не может начать сеанс.
admin-start-remote-on = Удаленная помощь включена: помощники могут начинать сеансы.
admin-start-remote-enable = Включить удаленную помощь
admin-start-remote-turned-on = Удаленная помощь теперь включена.
admin-start-browser-heading = Показ экрана из веб-браузера
admin-start-browser-allowed = Разрешен
admin-start-browser-not-allowed = Не разрешен
admin-start-browser-explain = Веб-браузер не может доказать, на каком компьютере он работает, поэтому считается незарегистрированным устройством. Если разрешить помощь на незарегистрированных устройствах, люди смогут показывать экран из браузера, ничего не устанавливая. Помощник тогда может только видеть экран, но не управлять им, и получает предупреждение, что устройство неизвестно.
admin-start-browser-off = Сейчас не разрешен: показывать экран может только приложение { -product-name } на зарегистрированном устройстве. Тому, кто откроет страницу показа экрана в браузере и введет код, будет отказано.
admin-start-browser-on = Сейчас разрешен: люди могут показывать экран из браузера или с незарегистрированного устройства.
admin-start-browser-allow = Разрешить показ из браузера
admin-start-browser-stop = Запретить показ из браузера
admin-start-browser-allowed-now = Показ экрана из браузера теперь разрешен.
admin-start-browser-stopped = Показ экрана из браузера больше не разрешен.
admin-start-helpers-heading = Назначить помощников
admin-start-helpers-none = Пока никто не может предлагать удаленную помощь.
admin-start-helpers-count =
    { $count ->
        [one] { $count } человек может предлагать удаленную помощь.
        [few] { $count } человека могут предлагать удаленную помощь.
       *[many] { $count } человек могут предлагать удаленную помощь.
    }
admin-start-helpers-explain = Помощники предлагают удаленную помощь всем в организации. Выберите людей и нажмите «Назначить помощников»: они войдут в группу { $group }, у которой есть роль Help Desk Operator для всех пользователей.
admin-start-helpers-pick = Люди, которые станут помощниками
admin-start-helpers-nobody = Здесь все уже помощники. Создайте пользователя, чтобы добавить кого-то.
admin-start-helpers-roles-needed = В первый раз назначение помощников также дает группе { $group } ее роль, а для этого нужно разрешение на управление ролями. Обратитесь к администратору, у которого оно есть.
admin-start-helpers-submit = Назначить помощников
admin-start-helpers-choose = Выберите хотя бы одного человека.
admin-start-helpers-made =
    { $count ->
        [one] { $count } человек теперь помощник, в группе { $group }.
        [few] { $count } человека теперь помощники, в группе { $group }.
       *[many] { $count } человек теперь помощники, в группе { $group }.
    }
admin-start-create-user = Создать пользователя
admin-start-first-heading = Ваш первый сеанс
admin-start-not-ready = Когда шаги выше будут выполнены:
admin-start-ready = Все готово к первому сеансу:
admin-start-first-helper = Помощник входит, открывает «{ $page }» и начинает новый сеанс удаленной помощи, который дает ему код безопасности:
admin-start-first-sharer = Тот, кому нужна помощь, входит, открывает эту страницу и вводит этот код:
admin-user-role = Роль
admin-user-role-member = Участник
admin-user-role-member-hint = Входит, просит о помощи и показывает свой экран.
admin-user-role-helper = Помощник
admin-user-role-helper-hint = Предлагает удаленную помощь всем в организации как участник группы { $group }.
admin-user-role-administrator = Администратор
admin-user-created-helper = Пользователь { $name } создан и теперь может предлагать удаленную помощь.
