# Messages of the admin console (/admin), Ukrainian. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Консоль адміністратора – { -product-name }
admin-page-title = { $section } – Консоль адміністратора – { $organisation }
admin-console-name = Консоль адміністратора
admin-back-home = На головну
admin-nav-label = Консоль адміністратора
admin-nav-group-people = Користувачі
admin-nav-group-access = Доступ
admin-nav-group-devices = Пристрої
admin-nav-group-organisation = Організація
admin-nav-group-activity = Активність

admin-denied-title = Немає доступу – { -product-name }
admin-denied-heading = У вас немає дозволу на використання консолі адміністратора
admin-denied-text = Ваш обліковий запис може використовувати { -product-name }, але не може керувати вашою організацією.
admin-denied-help = Якщо вам потрібно керувати користувачами, пристроями або параметрами, попросіть адміністратора вашої організації призначити вам роль із відповідними дозволами.

## Shared words

admin-save = Зберегти
admin-cancel = Скасувати
admin-done = Готово
admin-edit = Редагувати
admin-delete = Видалити
admin-remove = Вилучити
admin-revoke = Відкликати
admin-manage = Керувати
admin-copy = Копіювати
admin-refresh = Оновити
admin-search = Пошук
admin-apply-filters = Застосувати фільтри
admin-clear-filters = Скинути фільтри
admin-export-csv = Експорт у CSV
admin-filter-any = Усі
admin-filter-anyone = Усі користувачі
admin-filter-any-device = Усі пристрої
admin-not-set = Не задано
admin-never = Ніколи
admin-no-changes = Немає чого зберігати: жодне поле не змінено.
admin-name-taken = Це ім’я вже використовується. Виберіть інше.
admin-number-range = Введіть ціле число від { $min } до { $max }.
admin-error-refused = Сервер відхилив запит: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Ви не можете користуватися цим розділом: йому потрібен дозвіл «{ $permission }» на всю організацію (усіх користувачів і всі пристрої), а ваші ролі не дають його так широко.
admin-section-denied-ask = Попросіть адміністратора організації { $organisation } надати його вам на всю організацію.
admin-choose-user = Виберіть користувача…
admin-choose-user-first = Спершу виберіть користувача.
admin-choose-device = Виберіть пристрій…
admin-choose-device-first = Спершу виберіть пристрій.
admin-choose-role = Виберіть роль…
admin-no-devices-yet = Зареєстрованих пристроїв ще немає
admin-unknown-user = Невідомий користувач
admin-unknown-group = Невідома група
admin-unknown-role = Невідома роль

admin-page-previous = Попередня сторінка
admin-page-next = Наступна сторінка
admin-page-number = Сторінка { $page }

admin-duration-seconds = { $seconds } с
admin-duration-minutes = { $minutes } хв
admin-duration-hours = { $hours } год { $minutes } хв
admin-duration-running = поки що { $duration }

## Table column headings

admin-column-name = Ім’я
admin-column-email = Електронна пошта
admin-column-job-title = Посада
admin-column-company = Компанія
admin-column-role = Роль
admin-column-status = Статус
admin-column-actions = Дії
admin-column-description = Опис
admin-column-members = Учасники
admin-column-created = Створено
admin-column-permissions = Дозволи
admin-column-member-groups = Кому призначено
admin-column-scope = Область
admin-column-state = Стан
admin-column-targets = Застосовується до
admin-column-conditions = Умови
admin-column-grant = Дія
admin-column-device = Пристрій
admin-column-platform = Операційна система
admin-column-primary-user = Основний користувач
admin-column-agent = Версія агента
admin-column-enrollment = Реєстрація
admin-column-compliance = Відповідність
admin-column-last-check-in = Остання синхронізація
admin-column-uses = Зареєстровано пристроїв
admin-column-expires = Термін дії
admin-column-rules = Правила
admin-column-helper = Помічник
admin-column-sharer = Отримувач допомоги
admin-column-access = Наданий доступ
admin-column-started = Початок
admin-column-duration = Тривалість
admin-column-outcome = Завершення
admin-column-chat = Повідомлення чату
admin-column-time = Час
admin-column-actor = Хто
admin-column-action = Дія
admin-column-target = Об’єкт
admin-column-detail = Подробиці

## Users

admin-users-title = Користувачі
admin-users-intro = Працівники вашої організації, які можуть входити в { -product-name }, і їхні профілі в тому вигляді, у якому їх бачать отримувачі допомоги.
admin-users-search = Пошук за ім’ям, адресою електронної пошти, посадою або компанією
admin-users-search-label = Пошук користувачів
admin-users-pages = Сторінки користувачів
admin-users-search-summary =
    { $count ->
        [0] На цій сторінці немає користувачів, що відповідають запиту «{ $term }».
        [one] Запиту «{ $term }» відповідає { $count } користувач.
        [few] Запиту «{ $term }» відповідають { $count } користувачі.
        [many] Запиту «{ $term }» відповідають { $count } користувачів.
       *[other] Запиту «{ $term }» відповідають { $count } користувача.
    }
admin-users-none-found = Немає користувачів, що відповідають запиту «{ $term }».
admin-users-empty = Користувачів ще немає.
admin-user-create = Створити користувача
admin-user-create-title = Створення користувача
admin-user-create-submit = Створити користувача
admin-user-created = Користувача { $name } створено.
admin-user-job-title = Посада (необов’язково)
admin-user-company = Компанія (необов’язково)
admin-user-initial-password = Початковий пароль (необов’язково)
admin-user-initial-password-hint = Щонайменше 12 символів. Без пароля користувач зможе входити лише через єдиний вхід або за посиланням для відновлення.
admin-user-is-admin = Адміністратор організації
admin-user-is-admin-hint = Адміністратори можуть виконувати будь-які дії незалежно від призначених їм ролей.
admin-user-edit-title = Редагування користувача { $name }
admin-user-edit-label = Редагувати користувача { $name }
admin-user-email-fixed = Адреса електронної пошти ідентифікує обліковий запис, тому її не можна змінити тут.
admin-user-disabled = Вхід заборонено
admin-user-disabled-hint = Заборона входу також завершує сеанси користувача й відкликає його токени API.
admin-user-new-password = Новий пароль (необов’язково)
admin-user-new-password-hint = Залиште порожнім, щоб зберегти поточний пароль. Після встановлення нового пароля користувач виходить із системи на всіх пристроях.
admin-user-saved = Зміни користувача { $name } збережено.
admin-user-status-active = Активний
admin-user-status-disabled = Вхід заборонено
admin-user-delete-label = Видалити користувача { $name }
admin-user-delete-title = Видалити користувача { $name }?
admin-user-delete-text = Обліковий запис { $email } буде видалено, а його сеанси на всіх пристроях завершено. Цю дію не можна скасувати.
admin-user-delete-confirm = Видалити користувача
admin-user-deleted = Користувача { $name } видалено.
admin-user-picture = Фото профілю
admin-user-picture-choose = Завантажити фото
admin-user-picture-remove = Вилучити фото
admin-user-picture-hint = Зображення PNG або JPEG розміром не більше 256 КБ. Зміна застосовується відразу; отримувачі допомоги бачать фото, перш ніж показати свій екран.
admin-user-picture-uploading = Завантаження фото…
admin-user-picture-updated = Фото користувача { $name } оновлено.
admin-user-picture-removed = Фото користувача { $name } вилучено.

## Groups

admin-groups-title = Групи
admin-groups-intro = Групи об’єднують користувачів і пристрої. Призначення ролей надають ролі учасникам груп щодо інших груп.
admin-groups-pages = Сторінки груп
admin-groups-empty = Груп ще немає. Створіть групу, щоб призначати ролі її учасникам.
admin-groups-back = Усі групи
admin-group-create = Створити групу
admin-group-create-title = Створення групи
admin-group-create-submit = Створити групу
admin-group-created = Групу «{ $name }» створено.
admin-group-name = Ім’я групи
admin-group-description = Опис (необов’язково)
admin-group-description-hint = Призначення групи, наприклад «Працівники служби підтримки в Берліні».
admin-group-member-count =
    { $count ->
        [0] Немає учасників
        [one] { $count } учасник
        [few] { $count } учасники
        [many] { $count } учасників
       *[other] { $count } учасника
    }
admin-group-manage-label = Керувати групою «{ $name }»
admin-group-delete = Видалити групу
admin-group-delete-label = Видалити групу «{ $name }»
admin-group-delete-title = Видалити групу «{ $name }»?
admin-group-delete-text = Учасники збережуть свої облікові записи, але втратять те, що їм надавали призначення ролей через цю групу. Цю дію не можна скасувати.
admin-group-delete-confirm = Видалити групу
admin-group-deleted = Групу «{ $name }» видалено.
admin-group-detail-intro = Перейменуйте групу та виберіть її учасників і пристрої.
admin-group-details = Ім’я та опис
admin-group-saved = Групу «{ $name }» збережено.
admin-group-members = Учасники
admin-group-no-members = У цій групі ще немає учасників.
admin-group-add-member = Додати учасника
admin-group-add-member-label = Користувач, якого потрібно додати
admin-group-everyone-member = Усі користувачі вже є учасниками
admin-group-member-added = Користувача { $name } додано до групи «{ $group }».
admin-group-member-removed = Користувача { $name } вилучено з групи «{ $group }».
admin-group-remove-member-label = Вилучити користувача { $name } із групи
admin-group-devices = Пристрої
admin-group-devices-intro = Призначення ролей, в області яких указано цю групу, поширюються на її пристрої.
admin-group-device-label = Пристрій
admin-group-add-device = Додати до групи
admin-group-remove-device-label = Вилучити пристрій { $device } із групи
admin-group-no-devices = У цій групі ще немає пристроїв.
admin-group-device-added = Пристрій { $device } додано до групи «{ $group }».
admin-group-device-removed = Пристрій { $device } вилучено з групи «{ $group }».

## Roles and role assignments

admin-roles-title = Ролі
admin-roles-intro = Роль — це набір дозволів. Призначення ролей надають роль учасникам груп щодо користувачів і пристроїв, які входять в область призначення.
admin-roles-list = Ролі
admin-roles-list-intro = Вбудовані ролі змінити не можна; скопіюйте одну з них, щоб створити настроювану роль.
admin-roles-empty = Ролей немає.
admin-role-create = Створити роль
admin-role-create-title = Створення ролі
admin-role-create-submit = Створити роль
admin-role-created = Роль «{ $name }» створено.
admin-role-edit-title = Редагування ролі «{ $name }»
admin-role-edit-label = Редагувати роль «{ $name }»
admin-role-saved = Роль «{ $name }» збережено.
admin-role-copy = Копіювати
admin-role-copy-label = Копіювати роль «{ $name }» як нову роль
admin-role-copy-name = { $name } (копія)
admin-role-name = Ім’я ролі
admin-role-description = Опис (необов’язково)
admin-role-built-in = Вбудована
admin-role-no-permissions = Немає дозволів
admin-role-delete-label = Видалити роль «{ $name }»
admin-role-delete-title = Видалити роль «{ $name }»?
admin-role-delete-text = Видалити можна лише роль, яка не використовується в жодному призначенні. Цю дію не можна скасувати.
admin-role-delete-confirm = Видалити роль
admin-role-deleted = Роль «{ $name }» видалено.

admin-perm-group-remote-help = Віддалена допомога
admin-perm-group-reading = Читання
admin-perm-group-administration = Адміністрування
admin-perm-offer = Пропонування віддаленої допомоги
admin-perm-offer-hint = Починати сеанс віддаленої допомоги з користувачем з області призначення.
admin-perm-view-screen = Перегляд екрана
admin-perm-view-screen-hint = Бачити екран користувача з області призначення.
admin-perm-full-control = Повний контроль
admin-perm-full-control-hint = Використовувати мишу й клавіатуру користувача з області призначення за його згодою.
admin-perm-elevation = Підвищення прав
admin-perm-elevation-hint = Зарезервовано для майбутньої версії: виконання з підвищеними правами на пристрої користувача.
admin-perm-read = Читання пристроїв і звітів
admin-perm-read-hint = Переглядати список пристроїв, активні сеанси та звіти про сеанси.
admin-perm-manage-users = Керування користувачами та групами
admin-perm-manage-users-hint = Створювати, змінювати й видаляти користувачів і групи, їхні фото та другі фактори.
admin-perm-manage-roles = Керування ролями
admin-perm-manage-roles-hint = Створювати й змінювати ролі та призначення ролей.
admin-perm-manage-devices = Керування пристроями
admin-perm-manage-devices-hint = Створювати токени реєстрації, виводити пристрої з експлуатації та видаляти їх.
admin-perm-manage-settings = Керування параметрами
admin-perm-manage-settings-hint = Змінювати параметри організації та підтверджені домени, зупиняти активні сеанси.
admin-perm-manage-policies = Керування політиками
admin-perm-manage-policies-hint = Створювати й змінювати політики умовного доступу та політики відповідності.
admin-perm-read-audit = Читання журналу аудиту
admin-perm-read-audit-hint = Переглядати й експортувати всі записані зміни та входи.
admin-perm-create-api-tokens = Створення токенів API
admin-perm-create-api-tokens-hint = Створювати токени для скриптів, які діють із власними правами власника. Термін дії токенів спливає через 90 днів, якщо не задано інше (щонайбільше рік).

admin-assignments-title = Призначення ролей
admin-assignments-intro = Хто отримує яку роль і щодо кого.
admin-assignments-empty = Призначень ролей ще немає. Без них допомагати будь-кому можуть лише адміністратори.
admin-assignment-create = Створити призначення
admin-assignment-create-title = Створення призначення ролі
admin-assignment-create-submit = Створити призначення
admin-assignment-created = Призначення «{ $name }» створено.
admin-assignment-edit-title = Редагування призначення «{ $name }»
admin-assignment-edit-label = Редагувати призначення «{ $name }»
admin-assignment-saved = Призначення «{ $name }» збережено.
admin-assignment-name = Ім’я призначення
admin-assignment-name-hint = Наприклад, «Служба підтримки допомагає фінансовому відділу».
admin-assignment-role = Роль
admin-assignment-members = Призначити роль учасникам груп
admin-assignment-members-hint = Помічники: роль отримують усі учасники цих груп.
admin-assignment-no-groups = Груп ще немає. Спершу створіть групи.
admin-assignment-scope = Область
admin-assignment-scope-hint = Користувачі та пристрої, на які поширюється роль.
admin-assignment-scope-groups = Користувачі та пристрої в цих групах
admin-assignment-scope-groups-hint = Учасники й пристрої вибраних груп.
admin-assignment-needs-members = Виберіть принаймні одну групу, якій буде призначено роль.
admin-assignment-needs-scope = Виберіть, на що поширюється роль: усі користувачі, усі пристрої або групи.
admin-assignment-delete-label = Видалити призначення «{ $name }»
admin-assignment-delete-title = Видалити призначення «{ $name }»?
admin-assignment-delete-text = Учасники його груп відразу втратять роль, яку воно їм надавало. Цю дію не можна скасувати.
admin-assignment-delete-confirm = Видалити призначення
admin-assignment-deleted = Призначення «{ $name }» видалено.
admin-scope-all-users = Усі користувачі
admin-scope-all-users-hint = Усі користувачі організації.
admin-scope-all-devices = Усі пристрої
admin-scope-all-devices-hint = Усі зареєстровані пристрої організації.

## Conditional access

admin-policies-title = Умовний доступ
admin-policies-intro = Політики визначають, чи може помічник використовувати консоль. Перевірка виконується під час входу й ще раз на початку сеансу. У повідомленні про відмову зазначається ім’я політики.
admin-policies-list = Політики
admin-policies-empty = Політик умовного доступу немає. Консоль може використовувати будь-який помічник, який може ввійти в систему.
admin-policy-create = Створити політику
admin-policy-create-title = Створення політики умовного доступу
admin-policy-create-submit = Створити політику
admin-policy-created = Політику «{ $name }» створено.
admin-policy-edit-title = Редагування політики «{ $name }»
admin-policy-edit-label = Редагувати політику «{ $name }»
admin-policy-saved = Політику «{ $name }» збережено.
admin-policy-delete-label = Видалити політику «{ $name }»
admin-policy-delete-title = Видалити політику «{ $name }»?
admin-policy-delete-text = Вона відразу перестане застосовуватися. Цю дію не можна скасувати.
admin-policy-delete-confirm = Видалити політику
admin-policy-deleted = Політику «{ $name }» видалено.
admin-policy-name = Ім’я політики
admin-policy-name-hint = Помічники бачать його, коли політика їм відмовляє, тому вкажіть у ньому причину, наприклад «Другий фактор поза офісом».
admin-policy-state = Стан
admin-policy-state-enabled = Увімкнено
admin-policy-state-enabled-hint = Політика застосовується.
admin-policy-state-report-only = Лише звіт
admin-policy-state-report-only-hint = Політика оцінюється, і те, що вона зробила б, записується в журнал аудиту, але вона нікому не відмовляє. Спершу перевіряйте нові політики в цьому режимі.
admin-policy-state-disabled = Вимкнено
admin-policy-state-disabled-hint = Політика ігнорується.
admin-policy-targets = Застосовується до
admin-policy-targets-hint = Помічники, яких стосується ця політика.
admin-policy-all-users = Усі користувачі
admin-policy-users = Ці користувачі
admin-policy-groups = Учасники цих груп
admin-policy-needs-targets = Виберіть, до кого застосовується політика: до всіх користувачів, окремих користувачів або груп.
admin-policy-conditions = Умови
admin-policy-conditions-hint = Політика застосовується, лише якщо виконуються всі задані тут умови. Залиште їх порожніми, щоб політика застосовувалася завжди.
admin-policy-inside = Адреса клієнта входить до однієї з цих мереж
admin-policy-inside-hint = По одному діапазону в рядку в нотації CIDR, наприклад 10.0.0.0/8 або 2001:db8::/32.
admin-policy-outside = Адреса клієнта не входить до жодної з цих мереж
admin-policy-outside-hint = Для правил, що діють поза офісом. По одному діапазону в рядку.
admin-policy-network-invalid = «{ $value }» не є діапазоном мережі. Указуйте діапазони у форматі 192.168.0.0/16.
admin-policy-second-factor = Другий фактор під час входу
admin-policy-second-factor-any = Не важливо
admin-policy-second-factor-yes = Другий фактор використано
admin-policy-second-factor-no = Другий фактор не використано
admin-policy-grant = Дія
admin-policy-grant-allow = Дозволити
admin-policy-grant-allow-hint = Записується в журнал аудиту; інші політики все одно можуть відмовити.
admin-policy-grant-block = Заблокувати
admin-policy-grant-block-hint = Заборонити вхід у консоль і початок сеансів.
admin-policy-grant-second-factor = Вимагати другий фактор
admin-policy-grant-second-factor-hint = Дозволяти лише входи з використанням другого фактора.
admin-policy-lockout-warning = Будьте обережні, щоб не позбавити доступу себе: політика, яка вас блокує, діє з наступного входу. Спершу перевірте політику в режимі «Лише звіт».
admin-policy-when-inside = У мережах { $networks }
admin-policy-when-outside = Поза мережами { $networks }
admin-policy-when-second-factor = Другий фактор використано
admin-policy-when-no-second-factor = Другий фактор не використано
admin-policy-always = Завжди

## Devices

admin-devices-title = Пристрої
admin-devices-intro = Пристрої, зареєстровані за допомогою програми { -product-name }, відомості, які вони передали останніми, і те, чи відповідають вони вимогам ваших політик відповідності.
admin-devices-enroll-link = Реєстрація пристроїв
admin-devices-filters = Фільтр пристроїв
admin-devices-search = Пошук
admin-devices-search-hint = Ім’я вузла, серійний номер, модель або основний користувач.
admin-devices-platform = Операційна система
admin-devices-compliance = Відповідність
admin-devices-state = Реєстрація
admin-devices-pages = Сторінки пристроїв
admin-devices-empty = Зареєстрованих пристроїв ще немає. Створіть токен реєстрації, щоб зареєструвати перші пристрої.
admin-devices-none-match = Немає пристроїв, що відповідають цим фільтрам.
admin-devices-back = Усі пристрої
admin-device-remote-help = Новий сеанс віддаленої допомоги
admin-device-unnamed = Пристрій без імені
admin-device-compliant = Відповідає вимогам
admin-device-not-compliant = Не відповідає вимогам
admin-device-failing-count =
    { $count ->
        [one] { $count } правило не виконано
        [few] { $count } правила не виконано
        [many] { $count } правил не виконано
       *[other] { $count } правила не виконано
    }
admin-device-state-active = Зареєстровано
admin-device-state-retired = Виведено з експлуатації
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Немає відомостей
admin-device-details = Подробиці
admin-device-host-name = Ім’я вузла
admin-device-model = Модель
admin-device-serial = Серійний номер
admin-device-agent-version = Версія агента
admin-device-disk = Шифрування диска
admin-device-disk-encrypted = Зашифровано
admin-device-disk-not-encrypted = Не зашифровано
admin-device-enrolled-at = Дата реєстрації
admin-device-id = Ідентифікатор пристрою
admin-device-compliance = Відповідність
admin-device-meets-all = Цей пристрій відповідає всім правилам ваших політик відповідності.
admin-device-failing-intro = Не виконано такі правила:
admin-device-policies-link = Переглянути політики відповідності
admin-device-retire = Вивести з експлуатації
admin-device-retire-title = Вивести пристрій { $name } з експлуатації?
admin-device-retire-text = Його облікові дані відразу перестануть діяти: пристрій більше не зможе синхронізуватися або підтверджувати свою автентичність, коли хтось попросить допомоги на ньому. Пристрій залишиться в списку з позначкою «Виведено з експлуатації».
admin-device-retire-confirm = Вивести з експлуатації
admin-device-retired = Пристрій { $name } виведено з експлуатації.
admin-device-delete = Видалити пристрій
admin-device-delete-title = Видалити пристрій { $name }?
admin-device-delete-text = Пристрій та його історію буде видалено зі списку пристроїв. Щоб знову використовувати його, зареєструйте його повторно. Цю дію не можна скасувати.
admin-device-delete-confirm = Видалити пристрій

## Enrollment tokens

admin-tokens-title = Токени реєстрації
admin-tokens-intro = Пристрій реєструється за допомогою токена, створеного тут. Кожен токен діє обмежений час і для обмеженої кількості пристроїв.
admin-tokens-list = Токени
admin-tokens-empty = Токенів реєстрації ще немає.
admin-token-create = Створити токен
admin-token-create-title = Створення токена реєстрації
admin-token-create-submit = Створити токен
admin-token-created = Токен «{ $name }» створено.
admin-token-name = Ім’я
admin-token-name-hint = Де він використовується, наприклад «Ноутбуки берлінського офісу».
admin-token-hours = Термін дії (години)
admin-token-hours-hint = Від 1 до 720 годин (30 днів).
admin-token-max-uses = Скільки пристроїв можна зареєструвати
admin-token-max-uses-hint = Від 1 до 10 000.
admin-token-shown-once = Скопіюйте цей токен зараз. Він відображається лише один раз; якщо його буде втрачено, відкличте його та створіть новий.
admin-token-secret = Токен «{ $name }»
admin-token-secret-hint = Передайте його програмі { -product-name } під час реєстрації пристрою (assist-agent enroll). Будь-хто, у кого він є, може реєструвати пристрої у вашій організації, доки не спливе термін його дії або доки його не буде відкликано.
admin-token-copy-label = Копіювати токен
admin-token-copied = Токен скопійовано в буфер обміну.
admin-token-copy-failed = Не вдалося скопіювати токен. Виділіть і скопіюйте його вручну.
admin-token-active = Активний
admin-token-revoked = Відкликано
admin-token-expired = Термін дії минув
admin-token-used-up = Вичерпано
admin-token-uses = { $uses } з { $max }
admin-token-revoke-label = Відкликати токен «{ $name }»
admin-token-revoke-title = Відкликати токен «{ $name }»?
admin-token-revoke-text = За його допомогою більше не можна буде реєструвати пристрої. Пристрої, уже зареєстровані за його допомогою, залишаться зареєстрованими.
admin-token-revoke-confirm = Відкликати токен
admin-token-revoked-done = Токен «{ $name }» відкликано.

## Compliance policies

admin-compliance-title = Політики відповідності
admin-compliance-intro = Правила, яким мають відповідати зареєстровані пристрої. Пристрій, що не виконує хоча б одне з них, позначається як такий, що не відповідає вимогам, і помічники отримують попередження, перш ніж надавати допомогу на ньому.
admin-compliance-list = Політики
admin-compliance-empty = Політик відповідності немає, тому всі пристрої вважаються такими, що відповідають вимогам.
admin-compliance-create = Створити політику
admin-compliance-create-title = Створення політики відповідності
admin-compliance-create-submit = Створити політику
admin-compliance-created = Політику «{ $name }» створено. Пристрої перевірено повторно.
admin-compliance-edit-title = Редагування політики «{ $name }»
admin-compliance-edit-label = Редагувати політику «{ $name }»
admin-compliance-saved = Політику «{ $name }» збережено. Пристрої перевірено повторно.
admin-compliance-delete-label = Видалити політику «{ $name }»
admin-compliance-delete-title = Видалити політику «{ $name }»?
admin-compliance-delete-text = Її правила перестануть застосовуватися, а пристрої буде перевірено повторно. Цю дію не можна скасувати.
admin-compliance-delete-confirm = Видалити політику
admin-compliance-deleted = Політику «{ $name }» видалено.
admin-compliance-name = Ім’я політики
admin-compliance-name-hint = Відображається поруч із кожним невиконаним правилом, наприклад «Базова безпека».
admin-compliance-os-legend = Мінімальна версія операційної системи
admin-compliance-os-hint = Залиште поле платформи порожнім, щоб приймати будь-яку версію.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Наприклад, 14.2.1
admin-compliance-version-invalid = Укажіть версію у вигляді чисел, розділених крапками, наприклад 14.2.1.
admin-compliance-other-legend = Інші правила
admin-compliance-min-agent = Мінімальна версія програми { -product-name }
admin-compliance-max-days = Максимум днів від останньої синхронізації
admin-compliance-max-days-hint = Від 1 до 365. Залиште порожнім, щоб не обмежувати.
admin-compliance-disk = Вимагати шифрування диска
admin-compliance-disk-hint = Системний диск має бути зашифровано (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } або новішої версії
admin-rule-min-agent = Програма версії { $version } або новішої
admin-rule-check-in =
    { $days ->
        [1] Синхронізація за останній день
        [one] Синхронізація за останній { $days } день
        [few] Синхронізація за останні { $days } дні
        [many] Синхронізація за останні { $days } днів
       *[other] Синхронізація за останні { $days } дня
    }
admin-rule-disk = Диск зашифровано
admin-rule-none = Немає правил

## Settings

admin-settings-title = Параметри
admin-settings-intro = Як працює віддалена допомога у вашій організації. Кожна зміна записується в журнал аудиту.
admin-settings-organisation = Організація
admin-settings-name-hint = Відображається для отримувачів допомоги, якщо в профілі помічника не вказано компанію.
admin-settings-remote-help-heading = Віддалена допомога
admin-settings-remote-help = Дозволити віддалену допомогу
admin-settings-remote-help-hint = Помічники можуть починати сеанси, лише коли цей параметр увімкнено. Його вимкнення також завершує поточні сеанси.
admin-settings-unenrolled = Дозволити допомогу на незареєстрованих пристроях
admin-settings-unenrolled-hint = Дає змогу користувачам показувати екран із веббраузера або з незареєстрованого пристрою. Помічники й надалі отримують попередження про те, що пристрій невідомий.
admin-settings-chat = Чат під час сеансів
admin-settings-chat-hint = Помічники й отримувачі допомоги можуть листуватися. Повідомлення зберігаються разом зі звітом про сеанс.
admin-settings-limits = Коди та звіти
admin-settings-code-lifetime = Термін дії коду безпеки (хвилини)
admin-settings-code-lifetime-hint = Як довго дійсний код, який повідомляє помічник. Допустимі значення: від { $min } до { $max }.
admin-settings-retention = Зберігати звіти про сеанси (дні)
admin-settings-retention-hint = Старіші звіти та їхні чати видаляються. Допустимі значення: від { $min } до { $max }.
admin-settings-save = Зберегти параметри
admin-settings-saved = Параметри збережено.
admin-settings-updated-at = Остання зміна: { $time }.
admin-settings-defaults = Це параметри за замовчуванням; їх жодного разу не змінювали.

## Live sessions

admin-live-title = Активні сеанси
admin-live-intro = Сеанси віддаленої допомоги, які ще не завершилися. Список оновлюється кожні кілька секунд.
admin-live-list = Поточні сеанси
admin-live-empty = Немає поточних сеансів.
admin-live-updated = Оновлено: { $time }
admin-live-count =
    { $count ->
        [0] Немає поточних сеансів.
        [one] Триває { $count } сеанс.
        [few] Тривають { $count } сеанси.
        [many] Триває { $count } сеансів.
       *[other] Триває { $count } сеансу.
    }
admin-live-not-joined = Ще немає підключення
admin-live-nobody = поки нікого
admin-live-state-waiting = Очікування коду
admin-live-state-joined = Підключено
admin-live-state-requested = Запит доступу
admin-live-state-active = Показ екрана
admin-live-state-ended = Завершено
admin-live-revoke-label = Зупинити сеанс помічника { $helper } (отримувач допомоги: { $sharer })
admin-live-revoke-title = Зупинити цей сеанс?
admin-live-revoke-text = Сеанс помічника { $helper } (отримувач допомоги: { $sharer }) буде відразу завершено для обох учасників.
admin-live-revoke-confirm = Зупинити сеанс
admin-live-revoked = Сеанс помічника { $helper } зупинено.

## Session reports

admin-reports-title = Звіти про сеанси
admin-reports-intro = Усі сеанси віддаленої допомоги: хто кому допомагав, на якому пристрої, який доступ було надано та як завершився сеанс.
admin-reports-filters = Фільтр звітів про сеанси
admin-reports-export-label = Експортувати в CSV звіти про сеанси, що відповідають фільтрам
admin-reports-helper = Помічник
admin-reports-sharer = Отримувач допомоги
admin-reports-device = Пристрій
admin-reports-end-reason = Завершення
admin-reports-from = Початок з
admin-reports-to = Початок до
admin-reports-pages = Сторінки звітів про сеанси
admin-reports-empty = Звітів про сеанси ще немає.
admin-reports-none-match = Немає сеансів, що відповідають цим фільтрам.
admin-reports-back = Усі звіти про сеанси
admin-report-open-label = Сеанс помічника { $helper }, початок: { $time }
admin-report-title = { $helper } допомагає користувачу { $sharer }
admin-report-title-alone = Сеанс помічника { $helper }
admin-report-started = Початок: { $time }
admin-report-details = Подробиці
admin-report-client = Джерело показу
admin-report-joined = Підключення
admin-report-ended = Завершення
admin-report-id = Ідентифікатор сеансу
admin-report-no-device = Немає пристрою
admin-report-mode-control = Повний контроль
admin-report-mode-view = Лише перегляд
admin-report-mode-none = Немає
admin-report-transcript = Журнал чату
admin-report-transcript-count =
    { $count ->
        [0] Журнал чату
        [one] Журнал чату ({ $count } повідомлення)
        [few] Журнал чату ({ $count } повідомлення)
        [many] Журнал чату ({ $count } повідомлень)
       *[other] Журнал чату ({ $count } повідомлення)
    }
admin-report-no-chat = У цьому сеансі не було повідомлень чату.
admin-role-helper = Помічник
admin-role-sharer = Отримувач допомоги
admin-client-agent = Програма { -product-name }
admin-client-web = Веббраузер

admin-end-helper-left = Завершено помічником
admin-end-sharer-left = Завершено отримувачем допомоги
admin-end-helper-disconnected = Втрачено з’єднання з помічником
admin-end-sharer-disconnected = Втрачено з’єднання з отримувачем допомоги
admin-end-code-expired = Термін дії коду минув, код не використано
admin-end-declined-timeout = Немає відповіді на запит
admin-end-revoked = Зупинено адміністратором
admin-end-policy = Зупинено правилом організації
admin-end-access-withdrawn = Зупинено: доступ відкликано

## Audit log

admin-audit-title = Журнал аудиту
admin-audit-intro = Усі зміни, входи та події сеансів, починаючи з найновіших. Записи до журналу можна лише додавати, а ланцюжок записів дає змогу виявити їх підробку.
admin-audit-filters = Фільтр журналу аудиту
admin-audit-export-label = Експортувати в CSV події аудиту, що відповідають фільтрам
admin-audit-actor = Хто
admin-audit-action = Дія
admin-audit-action-hint = Наприклад, user.created або settings.updated.
admin-audit-since = З
admin-audit-until = До
admin-audit-pages = Сторінки подій аудиту
admin-audit-empty = Журнал аудиту порожній.
admin-audit-none-match = Немає подій, що відповідають цим фільтрам.
admin-audit-show-detail = Показати подробиці
admin-actor-cli = Командний рядок сервера
admin-actor-setup-link = Посилання для налаштування
admin-actor-sso = Єдиний вхід
admin-actor-anonymous = Вхід не виконано

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = З чого почати
admin-start-title = Початок роботи
admin-start-intro = Три речі, які слід вирішити до першого сеансу віддаленої допомоги. Кожну можна змінити пізніше.
admin-start-done = Готово
admin-start-todo = Не зроблено
admin-start-settings-needed = Для цього потрібен дозвіл на керування параметрами. Зверніться до адміністратора, який його має.
admin-start-remote-heading = Увімкніть віддалену допомогу
admin-start-remote-off = Віддалену допомогу вимкнено, тому ще ніхто не може почати сеанс.
admin-start-remote-on = Віддалену допомогу ввімкнено: помічники можуть починати сеанси.
admin-start-remote-enable = Увімкнути віддалену допомогу
admin-start-remote-turned-on = Віддалену допомогу тепер увімкнено.
admin-start-browser-heading = Показ екрана з веббраузера
admin-start-browser-allowed = Дозволено
admin-start-browser-not-allowed = Не дозволено
admin-start-browser-explain = Веббраузер не може довести, на якому комп’ютері він працює, тому вважається незареєстрованим пристроєм. Якщо дозволити допомогу на незареєстрованих пристроях, люди зможуть показувати екран із браузера, нічого не встановлюючи. Помічник тоді може лише бачити екран, а не керувати ним, і отримує попередження, що пристрій невідомий.
admin-start-browser-off = Зараз не дозволено: показувати екран може лише застосунок { -product-name } на зареєстрованому пристрої. Тому, хто відкриє сторінку показу екрана в браузері й введе код, буде відмовлено.
admin-start-browser-on = Зараз дозволено: люди можуть показувати екран із браузера або з незареєстрованого пристрою.
admin-start-browser-allow = Дозволити показ із браузера
admin-start-browser-stop = Заборонити показ із браузера
admin-start-browser-allowed-now = Показ екрана з браузера тепер дозволено.
admin-start-browser-stopped = Показ екрана з браузера більше не дозволено.
admin-start-helpers-heading = Призначити помічників
admin-start-helpers-none = Поки що ніхто не може пропонувати віддалену допомогу.
admin-start-helpers-count =
    { $count ->
        [one] { $count } особа може пропонувати віддалену допомогу.
        [few] { $count } особи можуть пропонувати віддалену допомогу.
       *[many] { $count } осіб можуть пропонувати віддалену допомогу.
    }
admin-start-helpers-explain = Помічники пропонують віддалену допомогу всім в організації. Виберіть людей і натисніть «Призначити помічників»: вони приєднаються до групи { $group }, яка має роль Help Desk Operator для всіх користувачів.
admin-start-helpers-pick = Люди, які стануть помічниками
admin-start-helpers-nobody = Тут усі вже помічники. Створіть користувача, щоб когось додати.
admin-start-helpers-roles-needed = Першого разу призначення помічників також надає групі { $group } її роль, а для цього потрібен дозвіл на керування ролями. Зверніться до адміністратора, який його має.
admin-start-helpers-submit = Призначити помічників
admin-start-helpers-choose = Виберіть принаймні одну особу.
admin-start-helpers-made =
    { $count ->
        [one] { $count } особа тепер помічник, у групі { $group }.
        [few] { $count } особи тепер помічники, у групі { $group }.
       *[many] { $count } осіб тепер помічники, у групі { $group }.
    }
admin-start-create-user = Створити користувача
admin-start-first-heading = Ваш перший сеанс
admin-start-not-ready = Коли кроки вище буде виконано:
admin-start-ready = Усе готово до першого сеансу:
admin-start-first-helper = Помічник входить, відкриває «{ $page }» і починає новий сеанс віддаленої допомоги, який дає йому код безпеки:
admin-start-first-sharer = Той, кому потрібна допомога, входить, відкриває цю сторінку й вводить цей код:
admin-user-role = Роль
admin-user-role-member = Учасник
admin-user-role-member-hint = Входить, просить про допомогу й показує свій екран.
admin-user-role-helper = Помічник
admin-user-role-helper-hint = Пропонує віддалену допомогу всім в організації як учасник групи { $group }.
admin-user-role-administrator = Адміністратор
admin-user-created-helper = Користувача { $name } створено, і тепер він може пропонувати віддалену допомогу.
