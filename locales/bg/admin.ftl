# Messages of the admin console (/admin), Bulgarian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Административна конзола – { -product-name }
admin-page-title = { $section } – Административна конзола – { $organisation }
admin-console-name = Административна конзола
admin-back-home = Към началната страница
admin-nav-label = Административна конзола
admin-nav-group-people = Хора
admin-nav-group-access = Достъп
admin-nav-group-devices = Устройства
admin-nav-group-organisation = Организация
admin-nav-group-activity = Активност

admin-denied-title = Няма достъп – { -product-name }
admin-denied-heading = Нямате разрешение да използвате административната конзола
admin-denied-text = Акаунтът ви може да използва { -product-name }, но няма право да управлява организацията ви.
admin-denied-help = Ако трябва да управлявате потребители, устройства или настройки, помолете администратор на организацията си да ви присвои роля с тези разрешения.

## Shared words

admin-save = Запазване
admin-cancel = Отказ
admin-done = Готово
admin-edit = Редактиране
admin-delete = Изтриване
admin-remove = Премахване
admin-revoke = Анулиране
admin-manage = Управление
admin-copy = Копиране
admin-refresh = Опресняване
admin-search = Търсене
admin-apply-filters = Прилагане на филтрите
admin-clear-filters = Изчистване на филтрите
admin-export-csv = Експортиране в CSV
admin-filter-any = Всички
admin-filter-anyone = Всички хора
admin-filter-any-device = Всички устройства
admin-not-set = Не е зададено
admin-never = Никога
admin-no-changes = Няма нищо за запазване: не е променено нито едно поле.
admin-name-taken = Това име вече се използва. Изберете друго.
admin-number-range = Въведете цяло число от { $min } до { $max }.
admin-error-refused = Сървърът отказа: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Не можете да използвате този раздел: той изисква разрешението „{ $permission }“ за цялата организация (всички потребители и всички устройства), а ролите ви не го дават толкова широко.
admin-section-denied-ask = Помолете администратор на { $organisation } да ви го даде за цялата организация.
admin-choose-user = Изберете човек…
admin-choose-user-first = Първо изберете човек.
admin-choose-device = Изберете устройство…
admin-choose-device-first = Първо изберете устройство.
admin-choose-role = Изберете роля…
admin-no-devices-yet = Все още няма регистрирани устройства
admin-unknown-user = Неизвестен потребител
admin-unknown-group = Неизвестна група
admin-unknown-role = Неизвестна роля

admin-page-previous = Предишна страница
admin-page-next = Следваща страница
admin-page-number = Страница { $page }

admin-duration-seconds = { $seconds } с
admin-duration-minutes = { $minutes } мин
admin-duration-hours = { $hours } ч { $minutes } мин
admin-duration-running = { $duration } досега

## Table column headings

admin-column-name = Име
admin-column-email = Имейл
admin-column-job-title = Длъжност
admin-column-company = Фирма
admin-column-role = Роля
admin-column-status = Състояние
admin-column-actions = Действия
admin-column-description = Описание
admin-column-members = Членове
admin-column-created = Създадено
admin-column-permissions = Разрешения
admin-column-member-groups = Присвоена на
admin-column-scope = Обхват
admin-column-state = Състояние
admin-column-targets = Прилага се за
admin-column-conditions = Условия
admin-column-grant = Действие
admin-column-device = Устройство
admin-column-platform = Операционна система
admin-column-primary-user = Основен потребител
admin-column-agent = Версия на агента
admin-column-enrollment = Регистриране
admin-column-compliance = Съответствие
admin-column-last-check-in = Последна синхронизация
admin-column-uses = Регистрирани устройства
admin-column-expires = Изтича
admin-column-rules = Правила
admin-column-helper = Помощник
admin-column-sharer = Получател на помощ
admin-column-access = Предоставен достъп
admin-column-started = Начало
admin-column-duration = Продължителност
admin-column-outcome = Как приключи
admin-column-chat = Съобщения в чата
admin-column-time = Час
admin-column-actor = Кой
admin-column-action = Действие
admin-column-target = Обект
admin-column-detail = Подробности

## Users

admin-users-title = Потребители
admin-users-intro = Хората във вашата организация, които могат да влизат в { -product-name }, и профилите им така, както ги виждат хората, на които помагат.
admin-users-search = Търсене по име, имейл, длъжност или фирма
admin-users-search-label = Търсене на потребители
admin-users-pages = Страници с потребители
admin-users-search-summary =
    { $count ->
        [0] На тази страница няма потребители, отговарящи на „{ $term }“.
        [one] Един потребител отговаря на „{ $term }“.
       *[other] { $count } потребители отговарят на „{ $term }“.
    }
admin-users-none-found = Няма потребители, отговарящи на „{ $term }“.
admin-users-empty = Все още няма потребители.
admin-user-create = Създаване на потребител
admin-user-create-title = Създаване на потребител
admin-user-create-submit = Създаване на потребител
admin-user-created = Потребителят { $name } е създаден.
admin-user-job-title = Длъжност (по избор)
admin-user-company = Фирма (по избор)
admin-user-initial-password = Първоначална парола (по избор)
admin-user-initial-password-hint = Поне 12 знака. Без парола човекът може да влиза само чрез еднократна идентификация или с връзка за възстановяване.
admin-user-is-admin = Администратор на организацията
admin-user-is-admin-hint = Администраторите могат да правят всичко, независимо от ролите им.
admin-user-edit-title = Редактиране на { $name }
admin-user-edit-label = Редактиране на { $name }
admin-user-email-fixed = Имейл адресът идентифицира акаунта и не може да бъде променен тук.
admin-user-disabled = Влизането е забранено
admin-user-disabled-hint = Забраняването на влизането прекратява и сесиите на човека и анулира API маркерите му.
admin-user-new-password = Нова парола (по избор)
admin-user-new-password-hint = Оставете празно, за да запазите текущата парола. Ако зададете нова парола, човекът ще бъде изведен от акаунта си навсякъде.
admin-user-saved = Промените на { $name } са запазени.
admin-user-status-active = Активен
admin-user-status-disabled = Влизането е забранено
admin-user-delete-label = Изтриване на { $name }
admin-user-delete-title = Да се изтрие ли { $name }?
admin-user-delete-text = Акаунтът { $email } ще бъде изтрит и всичките му сесии ще бъдат прекратени. Това действие не може да бъде отменено.
admin-user-delete-confirm = Изтриване на потребителя
admin-user-deleted = Потребителят { $name } е изтрит.
admin-user-picture = Снимка на профила
admin-user-picture-choose = Качване на снимка
admin-user-picture-remove = Премахване на снимката
admin-user-picture-hint = Изображение PNG или JPEG с размер до 256 КБ. Промяната е незабавна; хората, на които помага този човек, виждат снимката, преди да споделят екрана си.
admin-user-picture-uploading = Качване на снимката…
admin-user-picture-updated = Снимката на { $name } е актуализирана.
admin-user-picture-removed = Снимката на { $name } е премахната.

## Groups

admin-groups-title = Групи
admin-groups-intro = Групите обединяват хора и устройства. Присвояванията на роли дават роли на членовете на групи спрямо други групи.
admin-groups-pages = Страници с групи
admin-groups-empty = Все още няма групи. Създайте група, за да давате роли на членовете ѝ.
admin-groups-back = Всички групи
admin-group-create = Създаване на група
admin-group-create-title = Създаване на група
admin-group-create-submit = Създаване на група
admin-group-created = Групата „{ $name }“ е създадена.
admin-group-name = Име на групата
admin-group-description = Описание (по избор)
admin-group-description-hint = За какво е групата, например „Служители на бюрото за помощ в Берлин“.
admin-group-member-count =
    { $count ->
        [0] Няма членове
        [one] { $count } член
       *[other] { $count } члена
    }
admin-group-manage-label = Управление на групата „{ $name }“
admin-group-delete = Изтриване на групата
admin-group-delete-label = Изтриване на групата „{ $name }“
admin-group-delete-title = Да се изтрие ли групата „{ $name }“?
admin-group-delete-text = Членовете ѝ запазват акаунтите си, но губят това, което присвояванията на роли им дават чрез тази група. Това действие не може да бъде отменено.
admin-group-delete-confirm = Изтриване на групата
admin-group-deleted = Групата „{ $name }“ е изтрита.
admin-group-detail-intro = Преименувайте групата и изберете членовете и устройствата ѝ.
admin-group-details = Име и описание
admin-group-saved = Групата „{ $name }“ е запазена.
admin-group-members = Членове
admin-group-no-members = Тази група все още няма членове.
admin-group-add-member = Добавяне на член
admin-group-add-member-label = Човек за добавяне
admin-group-everyone-member = Всички вече са членове
admin-group-member-added = Потребителят { $name } е добавен към „{ $group }“.
admin-group-member-removed = Потребителят { $name } е премахнат от „{ $group }“.
admin-group-remove-member-label = Премахване на { $name } от групата
admin-group-devices = Устройства
admin-group-devices-intro = Присвояванията на роли, чийто обхват включва тази група, обхващат и устройствата в нея.
admin-group-device-label = Устройство
admin-group-add-device = Добавяне към групата
admin-group-remove-device-label = Премахване на { $device } от групата
admin-group-no-devices = В тази група все още няма устройства.
admin-group-device-added = Устройството { $device } е добавено към „{ $group }“.
admin-group-device-removed = Устройството { $device } е премахнато от „{ $group }“.

## Roles and role assignments

admin-roles-title = Роли
admin-roles-intro = Ролята е набор от разрешения. Присвояванията на роли дават роля на членовете на групи спрямо хората и устройствата в техния обхват.
admin-roles-list = Роли
admin-roles-list-intro = Вградените роли не могат да се променят; копирайте някоя, за да започнете персонализирана роля.
admin-roles-empty = Няма роли.
admin-role-create = Създаване на роля
admin-role-create-title = Създаване на роля
admin-role-create-submit = Създаване на роля
admin-role-created = Ролята „{ $name }“ е създадена.
admin-role-edit-title = Редактиране на ролята „{ $name }“
admin-role-edit-label = Редактиране на ролята „{ $name }“
admin-role-saved = Ролята „{ $name }“ е запазена.
admin-role-copy = Копиране
admin-role-copy-label = Копиране на ролята „{ $name }“ като нова роля
admin-role-copy-name = { $name } (копие)
admin-role-name = Име на ролята
admin-role-description = Описание (по избор)
admin-role-built-in = Вградена
admin-role-no-permissions = Няма разрешения
admin-role-delete-label = Изтриване на ролята „{ $name }“
admin-role-delete-title = Да се изтрие ли ролята „{ $name }“?
admin-role-delete-text = Могат да се изтриват само роли, които не се дават от нито едно присвояване. Това действие не може да бъде отменено.
admin-role-delete-confirm = Изтриване на ролята
admin-role-deleted = Ролята „{ $name }“ е изтрита.

admin-perm-group-remote-help = Отдалечена помощ
admin-perm-group-reading = Четене
admin-perm-group-administration = Администриране
admin-perm-offer = Предлагане на отдалечена помощ
admin-perm-offer-hint = Започване на сесия за отдалечена помощ с човек от обхвата.
admin-perm-view-screen = Преглед на екрана
admin-perm-view-screen-hint = Виждане на екрана на човек от обхвата.
admin-perm-full-control = Поемане на пълен контрол
admin-perm-full-control-hint = Използване на мишката и клавиатурата на човек от обхвата с негово съгласие.
admin-perm-elevation = Повишаване на правата
admin-perm-elevation-hint = Запазено за бъдеща версия: изпълнение с повишени права на устройството на човека.
admin-perm-read = Четене на устройства и отчети
admin-perm-read-hint = Преглед на инвентара от устройства, активните сесии и отчетите за сесии.
admin-perm-manage-users = Управление на потребители и групи
admin-perm-manage-users-hint = Създаване, промяна и изтриване на потребители и групи, техните снимки и втори фактори.
admin-perm-manage-roles = Управление на роли
admin-perm-manage-roles-hint = Създаване и промяна на роли и присвоявания на роли.
admin-perm-manage-devices = Управление на устройства
admin-perm-manage-devices-hint = Създаване на маркери за регистриране, оттегляне и изтриване на устройства.
admin-perm-manage-settings = Управление на настройките
admin-perm-manage-settings-hint = Промяна на настройките и потвърдените домейни на организацията и спиране на активни сесии.
admin-perm-manage-policies = Управление на политики
admin-perm-manage-policies-hint = Създаване и промяна на политики за условен достъп и за съответствие.
admin-perm-read-audit = Четене на журнала за одит
admin-perm-read-audit-hint = Преглед и експортиране на всяка записана промяна и всяко влизане.
admin-perm-create-api-tokens = Създаване на API маркери
admin-perm-create-api-tokens-hint = Създаване на маркери за скриптове, които действат със собствените права на притежателя. Маркерите изтичат след 90 дни, освен ако не е зададено друго (най-много една година).

admin-assignments-title = Присвоявания на роли
admin-assignments-intro = Кой получава каква роля и спрямо кого.
admin-assignments-empty = Все още няма присвоявания на роли. Без тях само администраторите могат да помагат на когото и да било.
admin-assignment-create = Създаване на присвояване
admin-assignment-create-title = Създаване на присвояване на роля
admin-assignment-create-submit = Създаване на присвояване
admin-assignment-created = Присвояването „{ $name }“ е създадено.
admin-assignment-edit-title = Редактиране на присвояването „{ $name }“
admin-assignment-edit-label = Редактиране на присвояването „{ $name }“
admin-assignment-saved = Присвояването „{ $name }“ е запазено.
admin-assignment-name = Име на присвояването
admin-assignment-name-hint = Например „Бюрото за помощ помага на Финанси“.
admin-assignment-role = Роля
admin-assignment-members = Даване на ролята на членовете на
admin-assignment-members-hint = Помощниците: всички в тези групи получават ролята.
admin-assignment-no-groups = Все още няма групи. Първо създайте групи.
admin-assignment-scope = Обхват
admin-assignment-scope-hint = Хората и устройствата, които ролята обхваща.
admin-assignment-scope-groups = Хора и устройства в тези групи
admin-assignment-scope-groups-hint = Членовете и устройствата на избраните групи.
admin-assignment-needs-members = Изберете поне една група, на която да дадете ролята.
admin-assignment-needs-scope = Изберете какво обхваща ролята: всички потребители, всички устройства или групи.
admin-assignment-delete-label = Изтриване на присвояването „{ $name }“
admin-assignment-delete-title = Да се изтрие ли присвояването „{ $name }“?
admin-assignment-delete-text = Членовете на групите му незабавно губят ролята, която то им е дало. Това действие не може да бъде отменено.
admin-assignment-delete-confirm = Изтриване на присвояването
admin-assignment-deleted = Присвояването „{ $name }“ е изтрито.
admin-scope-all-users = Всички потребители
admin-scope-all-users-hint = Всеки човек в организацията.
admin-scope-all-devices = Всички устройства
admin-scope-all-devices-hint = Всяко регистрирано устройство на организацията.

## Conditional access

admin-policies-title = Условен достъп
admin-policies-intro = Политиките решават дали помощникът може да използва конзолата; проверяват се при влизане и отново при започване на сесия. При отказ се посочва името на политиката.
admin-policies-list = Политики
admin-policies-empty = Няма политики за условен достъп. Всеки помощник, който може да влезе, може да използва конзолата.
admin-policy-create = Създаване на политика
admin-policy-create-title = Създаване на политика за условен достъп
admin-policy-create-submit = Създаване на политика
admin-policy-created = Политиката „{ $name }“ е създадена.
admin-policy-edit-title = Редактиране на политиката „{ $name }“
admin-policy-edit-label = Редактиране на политиката „{ $name }“
admin-policy-saved = Политиката „{ $name }“ е запазена.
admin-policy-delete-label = Изтриване на политиката „{ $name }“
admin-policy-delete-title = Да се изтрие ли политиката „{ $name }“?
admin-policy-delete-text = Тя незабавно спира да се прилага. Това действие не може да бъде отменено.
admin-policy-delete-confirm = Изтриване на политиката
admin-policy-deleted = Политиката „{ $name }“ е изтрита.
admin-policy-name = Име на политиката
admin-policy-name-hint = Помощниците го виждат, когато политиката им откаже, затова посочете причината, например „Втори фактор извън офиса“.
admin-policy-state = Състояние
admin-policy-state-enabled = Включена
admin-policy-state-enabled-hint = Политиката се прилага.
admin-policy-state-report-only = Само отчет
admin-policy-state-report-only-hint = Политиката се оценява и това, което би направила, се записва в журнала за одит, но тя никога не отказва на никого. Първо изпробвайте новите политики по този начин.
admin-policy-state-disabled = Изключена
admin-policy-state-disabled-hint = Политиката се пренебрегва.
admin-policy-targets = Прилага се за
admin-policy-targets-hint = Помощниците, за които се отнася тази политика.
admin-policy-all-users = Всички потребители
admin-policy-users = Тези хора
admin-policy-groups = Членовете на тези групи
admin-policy-needs-targets = Изберете за кого се прилага политиката: всички потребители, конкретни хора или групи.
admin-policy-conditions = Условия
admin-policy-conditions-hint = Политиката се прилага само когато са изпълнени всички зададени тук условия. Оставете ги празни, за да се прилага винаги.
admin-policy-inside = Адресът на клиента е в една от тези мрежи
admin-policy-inside-hint = По един диапазон на ред в CIDR нотация, например 10.0.0.0/8 или 2001:db8::/32.
admin-policy-outside = Адресът на клиента не е в нито една от тези мрежи
admin-policy-outside-hint = За правила, които се прилагат извън офиса. По един диапазон на ред.
admin-policy-network-invalid = „{ $value }“ не е мрежов диапазон. Въвеждайте диапазони като 192.168.0.0/16.
admin-policy-second-factor = Втори фактор при влизане
admin-policy-second-factor-any = Без значение
admin-policy-second-factor-yes = Използван е втори фактор
admin-policy-second-factor-no = Не е използван втори фактор
admin-policy-grant = Действие
admin-policy-grant-allow = Разрешаване
admin-policy-grant-allow-hint = Записва се в журнала за одит; другите политики все пак могат да откажат.
admin-policy-grant-block = Блокиране
admin-policy-grant-block-hint = Отказване на влизането в конзолата и започването на сесии.
admin-policy-grant-second-factor = Изискване на втори фактор
admin-policy-grant-second-factor-hint = Разрешаване само на влизания, при които е използван втори фактор.
admin-policy-lockout-warning = Внимавайте да не блокирате собствения си достъп: политика, която ви блокира, се прилага от следващото ви влизане. Първо проверете политиката в режим „Само отчет“.
admin-policy-when-inside = В { $networks }
admin-policy-when-outside = Извън { $networks }
admin-policy-when-second-factor = Използван е втори фактор
admin-policy-when-no-second-factor = Не е използван втори фактор
admin-policy-always = Винаги

## Devices

admin-devices-title = Устройства
admin-devices-intro = Устройствата, регистрирани с приложението { -product-name }, с последно изпратените от тях данни и дали отговарят на политиките ви за съответствие.
admin-devices-enroll-link = Регистриране на устройства
admin-devices-filters = Филтриране на устройствата
admin-devices-search = Търсене
admin-devices-search-hint = Име на хоста, сериен номер, модел или основен потребител.
admin-devices-platform = Операционна система
admin-devices-compliance = Съответствие
admin-devices-state = Регистриране
admin-devices-pages = Страници с устройства
admin-devices-empty = Все още няма регистрирани устройства. Създайте маркер за регистриране, за да регистрирате първите.
admin-devices-none-match = Няма устройства, отговарящи на тези филтри.
admin-devices-back = Всички устройства
admin-device-remote-help = Нова сесия за отдалечена помощ
admin-device-unnamed = Устройство без име
admin-device-compliant = Отговаря на изискванията
admin-device-not-compliant = Не отговаря на изискванията
admin-device-failing-count =
    { $count ->
        [one] { $count } неизпълнено правило
       *[other] { $count } неизпълнени правила
    }
admin-device-state-active = Регистрирано
admin-device-state-retired = Оттеглено
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Не е съобщен
admin-device-details = Подробности
admin-device-host-name = Име на хоста
admin-device-model = Модел
admin-device-serial = Сериен номер
admin-device-agent-version = Версия на агента
admin-device-disk = Шифроване на диска
admin-device-disk-encrypted = Шифрован
admin-device-disk-not-encrypted = Не е шифрован
admin-device-enrolled-at = Регистрирано
admin-device-id = ИД на устройството
admin-device-compliance = Съответствие
admin-device-meets-all = Това устройство изпълнява всички правила на политиките ви за съответствие.
admin-device-failing-intro = Тези правила не са изпълнени:
admin-device-policies-link = Преглед на политиките за съответствие
admin-device-retire = Оттегляне на устройството
admin-device-retire-title = Да се оттегли ли { $name }?
admin-device-retire-text = Идентификационните му данни незабавно спират да работят: то вече не може да се синхронизира или да удостоверява самоличността си, когато някой поиска помощ на него. Устройството остава в списъка, отбелязано като оттеглено.
admin-device-retire-confirm = Оттегляне на устройството
admin-device-retired = { $name } е оттеглено.
admin-device-delete = Изтриване на устройството
admin-device-delete-title = Да се изтрие ли { $name }?
admin-device-delete-text = Устройството и историята му се премахват от инвентара. За да го използвате отново, регистрирайте го отново. Това действие не може да бъде отменено.
admin-device-delete-confirm = Изтриване на устройството

## Enrollment tokens

admin-tokens-title = Маркери за регистриране
admin-tokens-intro = Устройството се регистрира с маркер, който създавате тук. Всеки маркер работи ограничено време и за ограничен брой устройства.
admin-tokens-list = Маркери
admin-tokens-empty = Все още няма маркери за регистриране.
admin-token-create = Създаване на маркер
admin-token-create-title = Създаване на маркер за регистриране
admin-token-create-submit = Създаване на маркер
admin-token-created = Маркерът „{ $name }“ е създаден.
admin-token-name = Име
admin-token-name-hint = Къде се използва, например „Лаптопи в офиса в Берлин“.
admin-token-hours = Валиден за (часове)
admin-token-hours-hint = От 1 до 720 часа (30 дни).
admin-token-max-uses = Брой устройства, които може да регистрира
admin-token-max-uses-hint = От 1 до 10 000.
admin-token-shown-once = Копирайте този маркер сега. Той се показва само веднъж; ако бъде загубен, анулирайте го и създайте друг.
admin-token-secret = Маркер „{ $name }“
admin-token-secret-hint = Дайте го на приложението { -product-name }, когато регистрирате устройство (assist-agent enroll). Всеки, който го има, може да регистрира устройства във вашата организация, докато маркерът не изтече или не бъде анулиран.
admin-token-copy-label = Копиране на маркера
admin-token-copied = Маркерът е копиран в клипборда.
admin-token-copy-failed = Маркерът не можа да бъде копиран. Маркирайте го и го копирайте ръчно.
admin-token-active = Активен
admin-token-revoked = Анулиран
admin-token-expired = Изтекъл
admin-token-used-up = Изчерпан
admin-token-uses = { $uses } от { $max }
admin-token-revoke-label = Анулиране на маркера „{ $name }“
admin-token-revoke-title = Да се анулира ли маркерът „{ $name }“?
admin-token-revoke-text = С него повече не могат да се регистрират устройства. Устройствата, които вече е регистрирал, остават регистрирани.
admin-token-revoke-confirm = Анулиране на маркера
admin-token-revoked-done = Маркерът „{ $name }“ е анулиран.

## Compliance policies

admin-compliance-title = Политики за съответствие
admin-compliance-intro = Правила, които регистрираните устройства трябва да изпълняват. Устройство, което не изпълнява някое от тях, се отбелязва като неотговарящо на изискванията и помощниците получават предупреждение, преди да помагат на него.
admin-compliance-list = Политики
admin-compliance-empty = Няма политики за съответствие, затова всяко устройство се смята за отговарящо на изискванията.
admin-compliance-create = Създаване на политика
admin-compliance-create-title = Създаване на политика за съответствие
admin-compliance-create-submit = Създаване на политика
admin-compliance-created = Политиката „{ $name }“ е създадена. Устройствата са проверени отново.
admin-compliance-edit-title = Редактиране на политиката „{ $name }“
admin-compliance-edit-label = Редактиране на политиката „{ $name }“
admin-compliance-saved = Политиката „{ $name }“ е запазена. Устройствата са проверени отново.
admin-compliance-delete-label = Изтриване на политиката „{ $name }“
admin-compliance-delete-title = Да се изтрие ли политиката „{ $name }“?
admin-compliance-delete-text = Правилата ѝ спират да се прилагат и устройствата се проверяват отново. Това действие не може да бъде отменено.
admin-compliance-delete-confirm = Изтриване на политиката
admin-compliance-deleted = Политиката „{ $name }“ е изтрита.
admin-compliance-name = Име на политиката
admin-compliance-name-hint = Показва се до всяко неизпълнено правило, например „Базова защита“.
admin-compliance-os-legend = Минимална версия на операционната система
admin-compliance-os-hint = Оставете платформата празна, за да приемате всяка версия.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Например 14.2.1
admin-compliance-version-invalid = Въведете версията като числа, разделени с точки, например 14.2.1.
admin-compliance-other-legend = Други правила
admin-compliance-min-agent = Минимална версия на приложението { -product-name }
admin-compliance-max-days = Максимален брой дни от последната синхронизация
admin-compliance-max-days-hint = От 1 до 365. Оставете празно за неограничено.
admin-compliance-disk = Изискване на шифроване на диска
admin-compliance-disk-hint = Системният диск трябва да е шифрован (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } или по-нова
admin-rule-min-agent = Приложение { $version } или по-ново
admin-rule-check-in =
    { $days ->
        [one] Синхронизирано през последния ден
       *[other] Синхронизирано през последните { $days } дни
    }
admin-rule-disk = Шифрован диск
admin-rule-none = Няма правила

## Settings

admin-settings-title = Настройки
admin-settings-intro = Как работи отдалечената помощ във вашата организация. Всяка промяна се записва в журнала за одит.
admin-settings-organisation = Организация
admin-settings-name-hint = Показва се на хората, на които помагате, когато в профила на помощника не е посочена фирма.
admin-settings-remote-help-heading = Отдалечена помощ
admin-settings-remote-help = Разрешаване на отдалечена помощ
admin-settings-remote-help-hint = Помощниците могат да започват сесии само докато тази настройка е включена. Изключването ѝ прекратява и текущите сесии.
admin-settings-unenrolled = Разрешаване на помощ на нерегистрирани устройства
admin-settings-unenrolled-hint = Позволява на хората да споделят екрана си от уеб браузър или от нерегистрирано устройство. Помощниците все пак получават предупреждение, че устройството е неизвестно.
admin-settings-chat = Чат по време на сесиите
admin-settings-chat-hint = Помощниците и хората, на които помагат, могат да си пишат. Съобщенията се съхраняват с отчета за сесията.
admin-settings-limits = Кодове и отчети
admin-settings-code-lifetime = Валидност на кода за защита (минути)
admin-settings-code-lifetime-hint = Колко дълго е валиден кодът, който помощникът съобщава: от { $min } до { $max } минути.
admin-settings-retention = Съхраняване на отчетите за сесии (дни)
admin-settings-retention-hint = По-старите отчети и чатът към тях се изтриват: от { $min } до { $max } дни.
admin-settings-save = Запазване на настройките
admin-settings-saved = Настройките са запазени.
admin-settings-updated-at = Последна промяна: { $time }.
admin-settings-defaults = Това са настройките по подразбиране; никога не са променяни.

## Live sessions

admin-live-title = Активни сесии
admin-live-intro = Сесии за отдалечена помощ, които още не са приключили. Списъкът се опреснява на всеки няколко секунди.
admin-live-list = Текущи сесии
admin-live-empty = Няма текущи сесии.
admin-live-updated = Актуализирано: { $time }
admin-live-count =
    { $count ->
        [0] Няма текущи сесии.
        [one] Тече { $count } сесия.
       *[other] Текат { $count } сесии.
    }
admin-live-not-joined = Още няма присъединяване
admin-live-nobody = още никой
admin-live-state-waiting = Изчакване на код
admin-live-state-joined = Свързана
admin-live-state-requested = Искане на достъп
admin-live-state-active = Споделяне
admin-live-state-ended = Приключила
admin-live-revoke-label = Прекратяване на сесията на { $helper } с { $sharer }
admin-live-revoke-title = Да се спре ли тази сесия?
admin-live-revoke-text = Сесията на { $helper } с { $sharer } незабавно приключва и за двамата.
admin-live-revoke-confirm = Спиране на сесията
admin-live-revoked = Сесията на { $helper } е спряна.

## Session reports

admin-reports-title = Отчети за сесии
admin-reports-intro = Всяка сесия за отдалечена помощ: кой на кого е помогнал, на кое устройство, какъв достъп е предоставен и как е приключила.
admin-reports-filters = Филтриране на отчетите за сесии
admin-reports-export-label = Експортиране в CSV на отчетите за сесии, които отговарят на филтрите
admin-reports-helper = Помощник
admin-reports-sharer = Получател на помощ
admin-reports-device = Устройство
admin-reports-end-reason = Как приключи
admin-reports-from = Започнати от
admin-reports-to = Започнати преди
admin-reports-pages = Страници с отчети за сесии
admin-reports-empty = Все още няма отчети за сесии.
admin-reports-none-match = Няма сесии, отговарящи на тези филтри.
admin-reports-back = Всички отчети за сесии
admin-report-open-label = Сесия на { $helper }, започната { $time }
admin-report-title = { $helper } помага на { $sharer }
admin-report-title-alone = Сесия на { $helper }
admin-report-started = Начало: { $time }
admin-report-details = Подробности
admin-report-client = Споделено от
admin-report-joined = Присъединяване
admin-report-ended = Край
admin-report-id = ИД на сесията
admin-report-no-device = Няма устройство
admin-report-mode-control = Пълен контрол
admin-report-mode-view = Само преглед
admin-report-mode-none = Няма
admin-report-transcript = Запис на чата
admin-report-transcript-count =
    { $count ->
        [0] Запис на чата
        [one] Запис на чата ({ $count } съобщение)
       *[other] Запис на чата ({ $count } съобщения)
    }
admin-report-no-chat = В тази сесия не са писани съобщения в чата.
admin-role-helper = Помощник
admin-role-sharer = Получател на помощ
admin-client-agent = Приложение { -product-name }
admin-client-web = Уеб браузър

admin-end-helper-left = Прекратена от помощника
admin-end-sharer-left = Прекратена от получателя на помощ
admin-end-helper-disconnected = Загубена връзка с помощника
admin-end-sharer-disconnected = Загубена връзка с получателя на помощ
admin-end-code-expired = Кодът изтече неизползван
admin-end-declined-timeout = Няма отговор на искането
admin-end-revoked = Спряна от администратор
admin-end-policy = Спряна от правило на организацията
admin-end-access-withdrawn = Спряна: достъпът е отнет

## Audit log

admin-audit-title = Журнал за одит
admin-audit-intro = Всяка промяна, всяко влизане и всяко събитие от сесия, като най-новите са първи. В журнала може само да се добавя, а веригата му разкрива всяка манипулация.
admin-audit-filters = Филтриране на журнала за одит
admin-audit-export-label = Експортиране в CSV на събитията за одит, които отговарят на филтрите
admin-audit-actor = Кой
admin-audit-action = Действие
admin-audit-action-hint = Например user.created или settings.updated.
admin-audit-since = От
admin-audit-until = Преди
admin-audit-pages = Страници със събития за одит
admin-audit-empty = Журналът за одит е празен.
admin-audit-none-match = Няма събития, отговарящи на тези филтри.
admin-audit-show-detail = Показване на подробностите
admin-actor-cli = Команден ред на сървъра
admin-actor-setup-link = Връзка за настройване
admin-actor-sso = Еднократна идентификация
admin-actor-anonymous = Без влизане

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Започнете оттук
admin-start-title = Първи стъпки
admin-start-intro = Три неща, които трябва да уредите преди първата си сесия за отдалечена помощ. Всяко от тях може да се промени по-късно.
admin-start-done = Готово
admin-start-todo = Предстои
admin-start-settings-needed = За тази промяна е нужно разрешение за управление на настройките. Помолете администратор, който го има.
admin-start-remote-heading = Включете отдалечената помощ
admin-start-remote-off = Отдалечената помощ е изключена, затова все още никой не може да започне сесия.
admin-start-remote-on = Отдалечената помощ е включена: помощниците могат да започват сесии.
admin-start-remote-enable = Включване на отдалечената помощ
admin-start-remote-turned-on = Отдалечената помощ вече е включена.
admin-start-browser-heading = Споделяне от уеб браузър
admin-start-browser-allowed = Разрешено
admin-start-browser-not-allowed = Не е разрешено
admin-start-browser-explain = Уеб браузърът не може да докаже на кой компютър работи, затова се смята за нерегистрирано устройство. Разрешаването на помощ на нерегистрирани устройства позволява екранът да се споделя от браузър, без да се инсталира нищо. Тогава помощникът може само да вижда екрана, не и да го управлява, и получава предупреждение, че устройството е непознато.
admin-start-browser-off = Сега не е разрешено: само приложението { -product-name } на регистрирано устройство може да споделя. Който отвори страницата за споделяне в браузър и въведе код, ще бъде отказан.
admin-start-browser-on = Сега е разрешено: хората могат да споделят екрана си от браузър или от нерегистрирано устройство.
admin-start-browser-allow = Разрешаване на споделяне от браузър
admin-start-browser-stop = Спиране на споделянето от браузър
admin-start-browser-allowed-now = Споделянето от браузър вече е разрешено.
admin-start-browser-stopped = Споделянето от браузър вече не е разрешено.
admin-start-helpers-heading = Определяне на помощници
admin-start-helpers-none = Все още никой не може да предлага отдалечена помощ.
admin-start-helpers-count =
    { $count ->
        [one] { $count } човек може да предлага отдалечена помощ.
       *[other] { $count } души могат да предлагат отдалечена помощ.
    }
admin-start-helpers-explain = Помощниците предлагат отдалечена помощ на всички в организацията. Изберете хора и натиснете „Определяне на помощници“: те се присъединяват към групата { $group }, която има ролята Help Desk Operator за всички потребители.
admin-start-helpers-pick = Хора, които да станат помощници
admin-start-helpers-nobody = Всички тук вече са помощници. Създайте потребител, за да добавите някого.
admin-start-helpers-roles-needed = Първия път определянето на помощници дава и ролята на групата { $group }, за което е нужно разрешение за управление на роли. Помолете администратор, който го има.
admin-start-helpers-submit = Определяне на помощници
admin-start-helpers-choose = Изберете поне един човек.
admin-start-helpers-made =
    { $count ->
        [one] { $count } човек вече е помощник, в групата { $group }.
       *[other] { $count } души вече са помощници, в групата { $group }.
    }
admin-start-create-user = Създаване на потребител
admin-start-first-heading = Вашата първа сесия
admin-start-not-ready = Когато стъпките по-горе са готови:
admin-start-ready = Всичко е готово за първа сесия:
admin-start-first-helper = Помощник влиза, отваря „{ $page }“ и започва нова сесия за отдалечена помощ, която му дава код за сигурност:
admin-start-first-sharer = Човекът, който има нужда от помощ, влиза, отваря тази страница и въвежда кода:
admin-user-role = Роля
admin-user-role-member = Член
admin-user-role-member-hint = Влиза, иска помощ и споделя екрана си.
admin-user-role-helper = Помощник
admin-user-role-helper-hint = Предлага отдалечена помощ на всички в организацията като член на групата { $group }.
admin-user-role-administrator = Администратор
admin-user-created-helper = Потребителят { $name } е създаден и вече може да предлага отдалечена помощ.
