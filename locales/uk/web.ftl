# Messages of the web app (Ukrainian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Перейти до основного вмісту
loading = Завантаження…
go-to-sign-in = Перейти на сторінку входу
sign-out = Вийти
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Мова

## Form fields and checks

field-organisation-name = Назва організації
field-organisation-name-hint = Назва, під якою її знають ваші колеги. Її можна змінити пізніше.
field-full-name = Повне ім’я
field-full-name-hint = Відображається для користувачів, яким ви допомагаєте, щоб вони знали, хто підключається.
field-email = Електронна пошта
field-job-title-optional = Посада (необов’язково)
field-company-optional = Компанія (необов’язково)
field-password = Пароль
field-new-password = Новий пароль
field-confirm-password = Підтвердження пароля
password-hint = Щонайменше 12 символів. Кілька не пов’язаних між собою слів утворюють надійний пароль, який легко запам’ятати.
form-required = Це поле обов’язкове.
form-email-invalid = Введіть адресу електронної пошти, наприклад name@example.com.
form-fix-fields = Деякі поля потребують уваги. Виправте поля, позначені нижче.
form-error-summary = Виправте ці поля:
password-too-short =
    { $min ->
        [one] Пароль має містити щонайменше { $min } символ.
        [few] Пароль має містити щонайменше { $min } символи.
        [many] Пароль має містити щонайменше { $min } символів.
       *[other] Пароль має містити щонайменше { $min } символу.
    }
password-too-long =
    { $max ->
        [one] Пароль має містити щонайбільше { $max } символ.
        [few] Пароль має містити щонайбільше { $max } символи.
        [many] Пароль має містити щонайбільше { $max } символів.
       *[other] Пароль має містити щонайбільше { $max } символу.
    }
password-mismatch = Паролі не збігаються. Введіть однаковий пароль в обидва поля.

## Errors from the server, by code

error-network = Не вдалося зв’язатися із сервером. Перевірте підключення та повторіть спробу.
error-invalid-credentials = Неправильна адреса електронної пошти або пароль.
error-too-many-attempts = Забагато спроб. Зачекайте трохи й повторіть спробу.
error-too-many-attempts-wait = Забагато спроб. Зачекайте { $seconds } с і повторіть спробу.
error-setup-link-invalid = Це посилання більше не дійсне: можливо, його вже використано або термін його дії минув.
error-conflict = Це суперечить уже наявним даним.
error-email-taken = Обліковий запис із цією адресою електронної пошти вже існує.
error-unauthenticated = Ви не ввійшли в систему, або ваш сеанс завершився. Увійдіть знову.
error-origin-mismatch = Запит відхилено, оскільки його надіслано не з цього сайту. Перезавантажте сторінку й повторіть спробу.
error-payload-too-large = Надіслані дані завеликі.
error-forbidden = У вас немає дозволу на цю дію.
error-timeout = Сервер надто довго не відповідав. Повторіть спробу.
error-unavailable = Служба тимчасово недоступна. Повторіть спробу за кілька хвилин.
error-internal = На сервері сталася помилка. Повторіть спробу; якщо помилка повториться, зверніться до адміністратора.
error-unexpected = Сталася неочікувана помилка. Повторіть спробу.
error-second-factor-required = Введіть код із програми автентифікації або один із кодів відновлення.
error-invalid-second-factor = Код неправильний або вже використаний. Дочекайтеся нового коду й повторіть спробу.
error-sso-not-configured = Ваша організація не надає єдиного входу для цієї адреси електронної пошти. Увійдіть за допомогою пароля.
error-profile-managed = Вашим ім’ям, посадою та компанією керує ваша організація через єдиний вхід, тому змінити їх може лише адміністратор.
error-sso-provider-unavailable = Не вдалося зв’язатися зі службою входу вашої організації. Повторіть спробу за кілька хвилин.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Політика умовного доступу «{ $policy }» вашої організації не дозволяє цього. Зверніться до адміністратора.

## Setup link page (/setup)

setup-page-title = Налаштування – { -product-name }
setup-checking-heading = Перевірка посилання
setup-checking = Зачекайте, триває перевірка посилання…
setup-expires = Посилання дійсне до { $time }.
setup-invalid-heading = Це посилання не можна використати
setup-missing-heading = Для цієї сторінки потрібне посилання для налаштування
setup-missing = Відкрийте отримане посилання повністю, разом із частиною після знака #.
setup-error-heading = Не вдалося перевірити посилання
setup-unknown-purpose = Це посилання призначене для дії, яку ця сторінка не підтримує.
setup-invalid-help =
    Попросіть в адміністратора нове посилання. Той, хто обслуговує сервер, може створити його
    командою «assist-server admin setup-link».

first-admin-heading = Створення організації
first-admin-intro = Налаштуйте { -product-name } для своєї організації та створіть перший обліковий запис адміністратора. Запросити колег можна буде пізніше.
first-admin-organisation-legend = Організація
first-admin-account-legend = Ваш обліковий запис адміністратора
first-admin-submit = Створити організацію

reset-heading = Виберіть новий пароль
reset-intro = Установіть новий пароль для { $email }.
reset-intro-no-email = Установіть новий пароль для свого облікового запису.
reset-submit = Установити пароль

## Sign-in page (/sign-in)

sign-in-page-title = Вхід – { -product-name }
sign-in-heading = Вхід в { -product-name }
sign-in-intro = Використовуйте адресу електронної пошти та пароль свого облікового запису.
sign-in-submit = Увійти
field-second-factor-code = Код із програми автентифікації або код відновлення
sign-in-sso = Увійти за допомогою облікового запису організації
sign-in-sso-needs-email = Спершу введіть адресу електронної пошти, щоб ми могли знайти вашу організацію.
sign-in-sso-refused = Не вдалося ввійти за допомогою єдиного входу. Якщо ваш обліковий запис має власний пароль, увійдіть із ним тут, а потім прив’яжіть єдиний вхід на своїй головній сторінці.
sign-in-or = або
sign-in-forgot = Забули пароль? Попросіть адміністратора вашої організації надати посилання для відновлення.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Організація:
user-menu-label = Ваш обліковий запис
home-heading = Ви ввійшли як { $name }

profile-heading = Ваш профіль
profile-name = Ім’я
profile-email = Електронна пошта
profile-job-title = Посада
profile-company = Компанія
profile-role = Роль
profile-not-set = Не задано
profile-edit = Редагувати профіль
profile-form-label = Редагування вашого профілю
profile-save = Зберегти
profile-cancel = Скасувати
profile-saved = Ваш профіль збережено.
profile-managed = Вашим ім’ям, посадою та компанією керує ваша організація через єдиний вхід. Щоб змінити їх, зверніться до адміністратора.
role-administrator = Адміністратор
role-member = Учасник

picture-change = Змінити фото
picture-hint = Зображення PNG або JPEG розміром не більше 256 КБ. Користувачі, яким ви допомагаєте, бачать його, перш ніж показати свій екран.
picture-uploading = Завантаження фото…
picture-updated = Фото оновлено.
picture-wrong-type = Виберіть зображення PNG або JPEG.
picture-too-large = Розмір зображення перевищує 256 КБ. Виберіть менше зображення.

sessions-heading = Де виконано вхід
sessions-intro = Браузери, у яких виконано вхід у ваш обліковий запис. Вийдіть із тих, які вам незнайомі.
session-this-device = Цей пристрій
session-device = { $browser } в { $os }
session-device-unknown = Невідомий браузер
session-signed-in = Вхід виконано: { $time }
session-last-active = Остання активність: { $time }
session-address = З адреси { $address }
session-sign-out = Вийти
session-sign-out-label = Вийти на пристрої { $device }
session-signed-out = Виконано вихід на пристрої { $device }.

home-admin-link = Консоль адміністратора

## Home page: remote help

home-remote-help-heading = Віддалена допомога
home-help-someone-text = Почніть сеанс і повідомте користувачу код безпеки.
home-help-someone = Допомогти користувачу
home-get-help-text = Помічник повідомив вам код безпеки? Введіть його тут.
home-get-help = Отримати допомогу

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Єдиний вхід
home-sso-linked = Ваш обліковий запис прив’язано до єдиного входу вашої організації.
home-sso-not-linked = Ваш обліковий запис не прив’язано до єдиного входу вашої організації.
home-sso-link-intro = Після прив’язки ви зможете входити за допомогою облікового запису організації.
home-sso-link = Прив’язати єдиний вхід
home-sso-linking = Перехід на сторінку входу вашої організації…
