# Messages of the web app (Russian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Перейти к основному содержимому
loading = Загрузка…
go-to-sign-in = Перейти на страницу входа
sign-out = Выйти
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Язык

## Form fields and checks

field-organisation-name = Название организации
field-organisation-name-hint = Название, под которым ее знают ваши коллеги. Его можно изменить позже.
field-full-name = Полное имя
field-full-name-hint = Отображается для пользователей, которым вы помогаете, чтобы они знали, кто подключается.
field-email = Электронная почта
field-job-title-optional = Должность (необязательно)
field-company-optional = Компания (необязательно)
field-password = Пароль
field-new-password = Новый пароль
field-confirm-password = Подтверждение пароля
password-hint = Не менее 12 символов. Несколько не связанных между собой слов образуют надежный пароль, который легко запомнить.
form-required = Это поле обязательно для заполнения.
form-email-invalid = Введите адрес электронной почты, например name@example.com.
form-fix-fields = Некоторые поля требуют внимания. Исправьте поля, отмеченные ниже.
form-error-summary = Исправьте эти поля:
password-too-short =
    { $min ->
        [one] Пароль должен содержать не менее { $min } символа.
       *[other] Пароль должен содержать не менее { $min } символов.
    }
password-too-long =
    { $max ->
        [one] Пароль должен содержать не более { $max } символа.
       *[other] Пароль должен содержать не более { $max } символов.
    }
password-mismatch = Пароли не совпадают. Введите один и тот же пароль в оба поля.

## Errors from the server, by code

error-network = Не удалось подключиться к серверу. Проверьте подключение и повторите попытку.
error-invalid-credentials = Неверный адрес электронной почты или пароль.
error-too-many-attempts = Слишком много попыток. Подождите немного и повторите попытку.
error-too-many-attempts-wait = Слишком много попыток. Подождите { $seconds } с и повторите попытку.
error-setup-link-invalid = Эта ссылка больше недействительна: возможно, она уже использована или срок ее действия истек.
error-conflict = Это противоречит уже существующим данным.
error-email-taken = Учетная запись с этим адресом электронной почты уже существует.
error-unauthenticated = Вы не вошли в систему, или ваш сеанс завершился. Войдите снова.
error-origin-mismatch = Запрос отклонен, так как он отправлен не с этого сайта. Перезагрузите страницу и повторите попытку.
error-payload-too-large = Отправленные данные слишком велики.
error-forbidden = У вас нет разрешения на это действие.
error-timeout = Сервер слишком долго не отвечал. Повторите попытку.
error-unavailable = Служба временно недоступна. Повторите попытку через несколько минут.
error-internal = На сервере произошла ошибка. Повторите попытку; если ошибка повторится, обратитесь к администратору.
error-unexpected = Произошла непредвиденная ошибка. Повторите попытку.
error-second-factor-required = Введите код из приложения для проверки подлинности или один из кодов восстановления.
error-invalid-second-factor = Код неверен или уже использован. Дождитесь нового кода и повторите попытку.
error-sso-not-configured = Ваша организация не предоставляет единый вход для этого адреса электронной почты. Войдите с помощью пароля.
error-profile-managed = Ваше имя, должность и компанию задаёт ваша организация через единый вход, поэтому изменить их может только администратор.
error-sso-provider-unavailable = Не удалось подключиться к службе входа вашей организации. Повторите попытку через несколько минут.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Политика условного доступа «{ $policy }» вашей организации не разрешает это. Обратитесь к администратору.

## Setup link page (/setup)

setup-page-title = Настройка – { -product-name }
setup-checking-heading = Проверка ссылки
setup-checking = Подождите, идет проверка ссылки…
setup-expires = Ссылка действительна до { $time }.
setup-invalid-heading = Эту ссылку нельзя использовать
setup-missing-heading = Для этой страницы нужна ссылка для настройки
setup-missing = Откройте полученную ссылку целиком, включая часть после знака #.
setup-error-heading = Не удалось проверить ссылку
setup-unknown-purpose = Эта ссылка предназначена для действия, которое эта страница не поддерживает.
setup-invalid-help =
    Попросите у администратора новую ссылку. Тот, кто обслуживает сервер, может создать ее
    командой «assist-server admin setup-link».

first-admin-heading = Создание организации
first-admin-intro = Настройте { -product-name } для своей организации и создайте первую учетную запись администратора. Пригласить коллег можно будет позже.
first-admin-organisation-legend = Организация
first-admin-account-legend = Ваша учетная запись администратора
first-admin-submit = Создать организацию

reset-heading = Выберите новый пароль
reset-intro = Задайте новый пароль для { $email }.
reset-intro-no-email = Задайте новый пароль для своей учетной записи.
reset-submit = Задать пароль

## Sign-in page (/sign-in)

sign-in-page-title = Вход – { -product-name }
sign-in-heading = Вход в { -product-name }
sign-in-intro = Используйте адрес электронной почты и пароль своей учетной записи.
sign-in-submit = Войти
field-second-factor-code = Код из приложения для проверки подлинности или код восстановления
sign-in-sso = Войти с учетной записью организации
sign-in-sso-needs-email = Сначала введите адрес электронной почты, чтобы мы могли найти вашу организацию.
sign-in-sso-refused = Не удалось войти с помощью единого входа. Если у вашей учетной записи есть собственный пароль, войдите с ним здесь, а затем привяжите единый вход на своей главной странице.
sign-in-or = или
sign-in-forgot = Забыли пароль? Попросите администратора вашей организации выдать ссылку для восстановления.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Организация:
user-menu-label = Ваша учетная запись
home-heading = Вы вошли как { $name }

profile-heading = Ваш профиль
profile-name = Имя
profile-email = Электронная почта
profile-job-title = Должность
profile-company = Компания
profile-role = Роль
profile-not-set = Не задано
profile-edit = Изменить профиль
profile-form-label = Изменение вашего профиля
profile-save = Сохранить
profile-cancel = Отмена
profile-saved = Ваш профиль сохранён.
profile-managed = Ваше имя, должность и компанию задаёт ваша организация через единый вход. Чтобы изменить их, обратитесь к администратору.
role-administrator = Администратор
role-member = Участник

picture-change = Изменить фото
picture-hint = Изображение PNG или JPEG размером не более 256 КБ. Пользователи, которым вы помогаете, видят его, прежде чем показать свой экран.
picture-uploading = Загрузка фото…
picture-updated = Фото обновлено.
picture-wrong-type = Выберите изображение PNG или JPEG.
picture-too-large = Размер изображения превышает 256 КБ. Выберите изображение меньшего размера.

sessions-heading = Где выполнен вход
sessions-intro = Браузеры, в которых выполнен вход в вашу учетную запись. Выйдите из тех, которые вам незнакомы.
session-this-device = Это устройство
session-device = { $browser } в { $os }
session-device-unknown = Неизвестный браузер
session-signed-in = Вход выполнен: { $time }
session-last-active = Последняя активность: { $time }
session-address = С адреса { $address }
session-sign-out = Выйти
session-sign-out-label = Выйти на устройстве { $device }
session-signed-out = Выполнен выход на устройстве { $device }.

home-admin-link = Консоль администратора

## Home page: remote help

home-remote-help-heading = Удаленная помощь
home-help-someone-text = Начните сеанс и сообщите пользователю код безопасности.
home-help-someone = Помочь пользователю
home-get-help-text = Помощник сообщил вам код безопасности? Введите его здесь.
home-get-help = Получить помощь

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Единый вход
home-sso-linked = Ваша учетная запись привязана к единому входу вашей организации.
home-sso-not-linked = Ваша учетная запись не привязана к единому входу вашей организации.
home-sso-link-intro = После привязки вы сможете входить с учетной записью организации.
home-sso-link = Привязать единый вход
home-sso-linking = Переход на страницу входа вашей организации…
