# Messages of the web app (Bulgarian). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Към основното съдържание
loading = Зареждане…
go-to-sign-in = Към страницата за влизане
sign-out = Изход
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Език

## Form fields and checks

field-organisation-name = Име на организацията
field-organisation-name-hint = Името, с което колегите ви я познават. Можете да го промените по-късно.
field-full-name = Пълно име
field-full-name-hint = Показва се на хората, на които помагате, за да знаят кой се свързва.
field-email = Имейл
field-job-title-optional = Длъжност (по избор)
field-company-optional = Фирма (по избор)
field-password = Парола
field-new-password = Нова парола
field-confirm-password = Потвърждение на паролата
password-hint = Поне 12 знака. Няколко несвързани помежду си думи образуват силна парола, която се запомня лесно.
form-required = Това поле е задължително.
form-email-invalid = Въведете имейл адрес, например name@example.com.
form-fix-fields = Някои полета изискват внимание. Коригирайте полетата, отбелязани по-долу.
form-error-summary = Коригирайте тези полета:
password-too-short =
    { $min ->
        [one] Паролата трябва да съдържа поне { $min } знак.
       *[other] Паролата трябва да съдържа поне { $min } знака.
    }
password-too-long =
    { $max ->
        [one] Паролата може да съдържа най-много { $max } знак.
       *[other] Паролата може да съдържа най-много { $max } знака.
    }
password-mismatch = Паролите не съвпадат. Въведете една и съща парола в двете полета.

## Errors from the server, by code

error-network = Няма връзка със сървъра. Проверете връзката си и опитайте отново.
error-invalid-credentials = Имейл адресът или паролата не са правилни.
error-too-many-attempts = Твърде много опити. Изчакайте малко и опитайте отново.
error-too-many-attempts-wait = Твърде много опити. Изчакайте { $seconds } с и опитайте отново.
error-setup-link-invalid = Тази връзка вече не е валидна: може би вече е използвана или е изтекла.
error-conflict = Това е в конфликт с нещо, което вече съществува.
error-email-taken = Вече съществува акаунт с този имейл адрес.
error-unauthenticated = Не сте влезли или сесията ви е приключила. Влезте отново.
error-origin-mismatch = Заявката беше отхвърлена, защото не идва от този сайт. Презаредете страницата и опитайте отново.
error-payload-too-large = Изпратените данни са твърде големи.
error-forbidden = Нямате разрешение за това действие.
error-timeout = Сървърът не отговори навреме. Опитайте отново.
error-unavailable = Услугата е временно недостъпна. Опитайте отново след няколко минути.
error-internal = Възникна грешка в сървъра. Опитайте отново; ако грешката се повтаря, уведомете администратора си.
error-unexpected = Възникна неочаквана грешка. Опитайте отново.
error-second-factor-required = Въведете кода от приложението си за удостоверяване или един от кодовете си за възстановяване.
error-invalid-second-factor = Този код не е правилен или вече е използван. Изчакайте нов код и опитайте отново.
error-sso-not-configured = Вашата организация не предлага еднократна идентификация за този имейл адрес. Влезте с паролата си.
error-profile-managed = Вашата организация управлява вашето име, длъжност и компания чрез еднократната идентификация, затова само администратор може да ги промени.
error-sso-provider-unavailable = Услугата за влизане на вашата организация е недостъпна. Опитайте отново след няколко минути.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Правилото за условен достъп „{ $policy }“ на организацията ви не позволява това. Обърнете се към администратора.

## Setup link page (/setup)

setup-page-title = Настройване – { -product-name }
setup-checking-heading = Проверка на връзката
setup-checking = Момент, проверяваме връзката ви…
setup-expires = Тази връзка е валидна до { $time }.
setup-invalid-heading = Тази връзка не може да се използва
setup-missing-heading = За тази страница е необходима връзка за настройване
setup-missing = Отворете цялата връзка, която сте получили, включително частта след знака #.
setup-error-heading = Връзката не можа да бъде проверена
setup-unknown-purpose = Тази връзка е за действие, което тази страница не поддържа.
setup-invalid-help =
    Поискайте нова връзка от администратора си. Този, който поддържа сървъра, може да я генерира
    с командата „assist-server admin setup-link“.

first-admin-heading = Създаване на организацията
first-admin-intro = Настройте { -product-name } за организацията си и създайте първия администраторски акаунт. След това можете да поканите колеги.
first-admin-organisation-legend = Организация
first-admin-account-legend = Вашият администраторски акаунт
first-admin-submit = Създаване на организацията

reset-heading = Изберете нова парола
reset-intro = Задайте нова парола за { $email }.
reset-intro-no-email = Задайте нова парола за акаунта си.
reset-submit = Задаване на паролата

## Sign-in page (/sign-in)

sign-in-page-title = Влизане – { -product-name }
sign-in-heading = Влизане в { -product-name }
sign-in-intro = Използвайте имейл адреса и паролата на акаунта си.
sign-in-submit = Влизане
field-second-factor-code = Код от приложението за удостоверяване или код за възстановяване
sign-in-sso = Влизане с акаунта на организацията
sign-in-sso-needs-email = Първо въведете имейл адреса си, за да намерим организацията ви.
sign-in-sso-refused = Влизането с еднократна идентификация не успя. Ако акаунтът ви има собствена парола, влезте с нея тук и след това свържете еднократната идентификация от началната си страница.
sign-in-or = или
sign-in-forgot = Забравили сте паролата си? Поискайте връзка за възстановяване от администратор на организацията си.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Организация:
user-menu-label = Вашият акаунт
home-heading = Влезли сте като { $name }

profile-heading = Вашият профил
profile-name = Име
profile-email = Имейл
profile-job-title = Длъжност
profile-company = Фирма
profile-role = Роля
profile-not-set = Не е зададено
profile-edit = Редактиране на профила
profile-form-label = Редактиране на вашия профил
profile-save = Запазване
profile-cancel = Отказ
profile-saved = Профилът ви е запазен.
profile-managed = Вашата организация управлява вашето име, длъжност и компания чрез еднократната идентификация. За да ги промените, обърнете се към администратора.
role-administrator = Администратор
role-member = Член

picture-change = Промяна на снимката
picture-hint = Изображение PNG или JPEG с размер до 256 КБ. Хората, на които помагате, го виждат, преди да споделят екрана си.
picture-uploading = Качване на снимката…
picture-updated = Снимката ви е актуализирана.
picture-wrong-type = Изберете изображение PNG или JPEG.
picture-too-large = Снимката е по-голяма от 256 КБ. Изберете по-малко изображение.

sessions-heading = Къде сте влезли
sessions-intro = Браузъри, в които сте влезли в акаунта си. Излезте от тези, които не разпознавате.
session-this-device = Това устройство
session-device = { $browser } на { $os }
session-device-unknown = Неизвестен браузър
session-signed-in = Влизане: { $time }
session-last-active = Последна активност: { $time }
session-address = От адрес { $address }
session-sign-out = Изход
session-sign-out-label = Изход от { $device }
session-signed-out = Излязохте от { $device }.

home-admin-link = Административна конзола

## Home page: remote help

home-remote-help-heading = Отдалечена помощ
home-help-someone-text = Започнете сесия и дайте на човека кода за защита.
home-help-someone = Оказване на помощ
home-get-help-text = Помощникът ви е дал код за защита? Въведете го тук.
home-get-help = Получаване на помощ

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Еднократна идентификация
home-sso-linked = Акаунтът ви е свързан с еднократната идентификация на организацията.
home-sso-not-linked = Акаунтът ви не е свързан с еднократната идентификация на организацията.
home-sso-link-intro = Свързването ви позволява да влизате с акаунта на организацията.
home-sso-link = Свързване на еднократна идентификация
home-sso-linking = Пренасочване към страницата за вход на организацията…
