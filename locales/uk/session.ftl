# Messages of the remote help pages (Ukrainian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Завершити сеанс
session-ended-heading = Сеанс завершено
session-reconnecting = З’єднання перервано. Повторне підключення…
session-replaced = Цей сеанс відкрито в іншому вікні, тому тут його зупинено.
session-connection-closed = З’єднання із сервером закрито.
go-home = Повернутися на головну сторінку

## The trust card: who is on the other side

trust-helper-heading = Ваш помічник
trust-sharer-heading = Користувач, якому ви допомагаєте
trust-job-title = Посада
trust-company = Компанія
trust-domain = Домен організації
trust-domain-verified = Підтверджено
trust-domain-unverified = Не підтверджено
trust-not-set = Не вказано

## The device the helper is about to help with

device-heading = Пристрій
device-name = Ім’я
device-system = Операційна система
device-compliance = Відповідність
device-compliant = Відповідає вимогам
device-not-compliant = Не відповідає вимогам
device-web-browser = Користувач підключився з веббраузера, тому пристрій неможливо ідентифікувати.
device-none = Немає відомостей про пристрій.
warning-device-not-enrolled = Цей пристрій не зареєстровано у вашій організації.
warning-device-not-enrolled-detail = Його автентичність і стан безпеки невідомі. Будьте обережні з тим, що ви на ньому відкриваєте або вводите.
warning-device-not-compliant = Цей пристрій не відповідає вимогам політик відповідності вашої організації:

## Chat

chat-heading = Чат
chat-list-label = Повідомлення
chat-input-label = Повідомлення
chat-placeholder = Введіть повідомлення…
chat-send = Надіслати
chat-you = Ви
chat-role-helper = Помічник
chat-role-sharer = Отримувач допомоги
chat-sending = Надсилання…
chat-too-long =
    { $max ->
        [one] Повідомлення може містити щонайбільше { $max } символ.
        [few] Повідомлення може містити щонайбільше { $max } символи.
        [many] Повідомлення може містити щонайбільше { $max } символів.
       *[other] Повідомлення може містити щонайбільше { $max } символу.
    }

## Helper console

helper-page-title = Віддалена допомога – Assist
helper-page-title-org = Віддалена допомога – { $organisation }
helper-start-heading = Почати сеанс віддаленої допомоги
helper-start-intro = Ви отримаєте 8-значний код безпеки. Передайте його користувачу, якому допомагаєте: він введе код, щоб підключитися.
helper-device-label = Пристрій (необов’язково)
helper-device-none = Без прив’язки до пристрою
helper-device-hint = Виберіть пристрій користувача, якщо він вам відомий: тоді сеанс працюватиме лише на цьому пристрої, і ви побачите, чи відповідає він вимогам.
helper-start-button = Новий сеанс віддаленої допомоги
helper-start-another = Почати інший сеанс
helper-session-heading = Сеанс віддаленої допомоги
helper-code-heading = Код безпеки
helper-code-copy = Копіювати код
helper-code-copied = Код скопійовано.
helper-code-copy-failed = Не вдалося скопіювати код. Продиктуйте його.
helper-code-expires-in = Спливає через { $time }
helper-code-expired = Термін дії коду минув.
helper-code-one-minute = Термін дії коду безпеки спливе за хвилину.
helper-code-instructions = Попросіть користувача відкрити { $address }, увійти та ввести цей код.
helper-code-not-shown-again = Код безпеки відображається лише один раз. Якщо користувач ще не підключився, завершіть цей сеанс і почніть новий.
helper-status-waiting = Очікування введення коду…
helper-status-joined = Користувач { $name } підключився. Коли будете готові, запросіть показ екрана.
helper-status-asked-view = Очікування, поки { $name } дозволить перегляд екрана…
helper-status-asked-control = Очікування, поки { $name } дозволить повний контроль…
helper-status-connecting = Підключення до екрана користувача { $name }…
helper-status-viewing = Ви бачите екран користувача { $name }.
helper-sharer-joined = Користувач { $name } підключився до сеансу.
helper-request-declined = Користувач { $name } відхилив ваш запит.
helper-granted-view = Користувач { $name } дозволив перегляд екрана.
helper-granted-control = Користувач { $name } дозволив повний контроль.
helper-granted-view-only = Користувач { $name } дозволив лише перегляд.
helper-escalation-declined = Користувач { $name } залишив режим лише перегляду.
helper-control-taken-back = Користувач { $name } забрав керування. Ви й надалі бачите екран.
helper-control-paused = Користувач { $name } призупинив ваше керування.
helper-control-resumed = Користувач { $name } знову передав вам керування.
helper-connection-failed = Не вдалося підключитися до екрана. Перевірте мережу або завершіть сеанс і повторіть спробу.
helper-mode-heading = Що вам потрібно?
helper-mode-hint = Запросіть лише перегляд, щоб спостерігати, або повний контроль, щоб використовувати мишу й клавіатуру користувача. Рішення ухвалює користувач.
helper-mode-web-hint = Користувач працює у веббраузері, який дає змогу показати екран лише для перегляду. Для повного контролю на його пристрої потрібна програма Assist.
helper-escalate-hint = Ви можете запросити повний контроль; рішення знову ухвалить користувач.
helper-request-view = Запросити лише перегляд
helper-request-control = Запросити повний контроль

## The remote screen in the helper console

viewer-heading = Екран користувача { $name }
viewer-stage-label = Віддалений екран користувача { $name }
viewer-toolbar-label = Перегляд екрана
viewer-fit = За розміром вікна
viewer-actual-size = Фактичний розмір
viewer-full-screen = На весь екран
viewer-monitor-label = Монітор
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Лише перегляд
viewer-mode-control = Повний контроль
viewer-mode-paused = Керування призупинено
viewer-role-view = віддалений екран, лише перегляд
viewer-role-control = віддалений екран, ваші миша й клавіатура керують іншим комп’ютером
viewer-hint-view = Ви бачите екран, але не можете ним керувати.
viewer-hint-control = Клацніть екран, щоб керувати ним. Поки він у фокусі, усі натискання клавіш, зокрема сполучення клавіш, передаються на інший комп’ютер. Щоб повернутися до панелі інструментів, натисніть Ctrl+Alt+Home.

## Sharer web app

share-page-title = Отримання допомоги – Assist
share-page-title-org = Отримання допомоги – { $organisation }
share-join-heading = Отримати допомогу
share-join-intro = Введіть код безпеки, отриманий від помічника. Ви побачите, хто це, перш ніж помічник зможе щось побачити.
share-code-label = Код безпеки
share-code-hint = 8 цифр, наприклад 1234 5678.
share-code-invalid-format = Введіть 8 цифр коду безпеки.
share-join-button = Продовжити
share-join-another = Ввести інший код
share-session-heading = Віддалена допомога
share-status-joined = Установлено з’єднання з помічником { $name }. Помічник запросить показ вашого екрана.
share-status-asked = Помічник { $name } очікує на вашу відповідь.
share-status-sharing = Ви показуєте свій екран помічнику { $name }.
share-request-view-heading = Помічник { $name } просить дозволу переглядати ваш екран
share-request-view-text = Помічник { $name } бачитиме все, що відображається на вибраному вами екрані, але не зможе використовувати вашу мишу чи клавіатуру. Ви можете зупинити показ будь-коли.
share-request-control-heading = Помічник { $name } просить повного контролю
share-request-control-text = Маючи повний контроль, помічник { $name } зможе використовувати вашу мишу й клавіатуру.
share-control-needs-app = Для повного контролю на цьому пристрої потрібна програма Assist. У браузері можна показати екран лише для перегляду.
share-allow = Дозволити
share-allow-view-only = Дозволити лише перегляд
share-decline = Відхилити
share-keep-view-only = Залишити лише перегляд
share-picker-cancelled = Екран не вибрано, тому нічого не показується. Натисніть «Дозволити» ще раз, щоб вибрати екран, або «Відхилити».
share-capture-failed = Цьому браузеру не вдалося показати екран. Спробуйте інший браузер або відхиліть запит.
share-reshare-heading = Ваш екран більше не показується
share-reshare-text = Сторінку перезавантажено, тому помічник { $name } більше не бачить ваш екран. Покажіть його знову або завершіть сеанс.
share-reshare-button = Знову показати екран
share-bar-label = Показ екрана
share-bar-text = Ви показуєте свій екран помічнику { $name }
share-stop = Зупинити показ
share-connection-failed = Не вдалося передати зображення екрана. Перевірте мережу або завершіть сеанс і повторіть спробу.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Ви завершили сеанс.
ended-helper-sharer-left = Користувач { $name } завершив сеанс.
ended-helper-helper-disconnected = Ваше з’єднання було відсутнє надто довго, тому сеанс завершено.
ended-helper-sharer-disconnected = З’єднання з користувачем { $name } було втрачено й не відновилося, тому сеанс завершено.
ended-helper-code-expired = Ніхто не ввів код, доки не сплив термін його дії.
ended-helper-declined-timeout = Користувач { $name } не відповів на ваш запит вчасно.
ended-helper-revoked = Адміністратор завершив цей сеанс.
ended-helper-policy = Сеанс завершено, оскільки віддалену допомогу вимкнено для вашої організації.
ended-helper-access-withdrawn = Сеанс завершено, оскільки ваш доступ змінився: ваш обліковий запис, ваш вхід або ваша роль віддаленої допомоги більше не дозволяє цей сеанс.
ended-helper-other = Сеанс завершено.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Помічник { $name } завершив сеанс.
ended-sharer-sharer-left = Ви завершили сеанс. Показ екрана припинено.
ended-sharer-helper-disconnected = З’єднання з помічником { $name } було втрачено й не відновилося, тому сеанс завершено.
ended-sharer-sharer-disconnected = Ваше з’єднання було відсутнє надто довго, тому сеанс завершено.
ended-sharer-code-expired = Термін дії коду минув.
ended-sharer-declined-timeout = Ви не відповіли вчасно, тому сеанс завершено. Нічого не було показано.
ended-sharer-revoked = Адміністратор завершив цей сеанс.
ended-sharer-policy = Сеанс завершено, оскільки віддалену допомогу вимкнено для вашої організації.
ended-sharer-access-withdrawn = Сеанс завершено, оскільки користувачу { $name } більше не дозволено допомагати вам, або змінився ваш власний доступ. Більше нічого не показується.
ended-sharer-other = Сеанс завершено.

## Refusals from the server

error-remote-help-disabled = Віддалену допомогу вимкнено для вашої організації. Адміністратор може її ввімкнути.
error-code-invalid = Недійсний код. Перевірте цифри й повторіть спробу.
error-code-expired = Термін дії цього коду минув. Попросіть у помічника новий код.
error-code-used = Цей код уже використано. Попросіть у помічника новий код.
error-unenrolled-device = Ваша організація дозволяє допомогу лише на зареєстрованих пристроях. Установіть програму Assist на цей пристрій або зверніться до адміністратора.
error-wrong-device = Цей сеанс розпочато для іншого пристрою. Попросіть у помічника код для цього пристрою.
error-chat-disabled = Чат вимкнено для вашої організації.
error-invalid-transition = На цьому етапі сеансу ця дія неможлива.
error-session-ended = Цей сеанс уже завершено.
error-control-needs-agent = Для повного контролю на пристрої іншого користувача потрібна програма Assist.
error-session-not-found = Цей сеанс не існує, або ви не є його учасником.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Ваш обліковий запис не може пропонувати віддалену допомогу: потрібні дозволи «Пропонування віддаленої допомоги» і «Перегляд екрана». Попросіть адміністратора вашої організації призначити вас помічником.
error-browser-sharing-not-allowed = Ваша організація не дозволяє показувати екран із веббраузера. Установіть застосунок Assist на цей пристрій і введіть код у ньому або зверніться до служби підтримки.
error-sharer-out-of-scope = Цей помічник не може вам допомагати: його роль не охоплює вас або цей пристрій. Запитайте в службі підтримки, хто може вам допомогти.
error-own-session = Ви самі почали цей сеанс. Передайте код людині, якій допомагаєте; вона введе його, щоб під’єднатися.
error-helper-unavailable = Помічник, який дав вам цей код, більше не може допомагати. Попросіть у службі підтримки когось іншого.
error-device-in-other-organisation = Цей пристрій зареєстровано в іншій організації. Зверніться до адміністратора.
error-device-out-of-scope = Цей пристрій поза вашою роллю: ви не можете допомагати на ньому. Виберіть інший пристрій або жодного.
error-chat-empty = Напишіть повідомлення перед надсиланням.
error-chat-too-long = Це повідомлення задовге. Скоротіть його й надішліть знову.
error-chat-invalid-characters = Це повідомлення містить невидимі керівні символи, які не можна надіслати. Видаліть їх і спробуйте знову.
helper-permission-heading = Ви ще не можете пропонувати віддалену допомогу
helper-permission-text = Для віддаленої допомоги потрібні дозволи «Пропонування віддаленої допомоги» і «Перегляд екрана», яких ваш обліковий запис не має.
helper-ask-admin = Попросіть адміністратора організації { $organisation } змінити це.
helper-disabled-heading = Віддалену допомогу вимкнено
helper-disabled-text = Ваша організація не ввімкнула віддалену допомогу, тож почати сеанс поки неможливо.
helper-open-settings = Відкрити налаштування організації
helper-browser-note = Ваша організація не дозволяє показ екрана з веббраузера: людині, якій ви допомагаєте, потрібен застосунок Assist на зареєстрованому пристрої.
helper-join-refused-heading = Хтось намагався під’єднатися з цим кодом
helper-join-refused-browser-sharing-not-allowed = Людина використала веббраузер, а ваша організація не дозволяє показ екрана з браузера. Попросіть її ввести той самий код у застосунку Assist: код досі дійсний.
helper-join-refused-unenrolled-device = Її пристрій не зареєстровано, а ваша організація дозволяє допомогу лише на зареєстрованих пристроях. Попросіть її використати застосунок Assist на зареєстрованому пристрої: код досі дійсний.
helper-join-refused-sharer-out-of-scope = Ваша роль не охоплює цю людину або її пристрій, тому вона не змогла під’єднатися. Передайте її помічникові, чия роль її охоплює, або попросіть адміністратора розширити вашу.
helper-join-refused-wrong-device = Людина використала інший пристрій, ніж ви вибрали для цього сеансу. Попросіть її використати застосунок Assist на тому пристрої: код досі дійсний.
share-app-explained = Застосунок Assist — це програма вашої організації для отримання допомоги на цьому комп’ютері. З ним помічник може користуватися вашою мишею та клавіатурою, поки ви спостерігаєте, а ви будь-коли можете повернути собі керування або зупинити сеанс. Якщо його не встановлено, зверніться до служби підтримки.
share-app-download = Завантажити застосунок Assist

## Presence: the other person's connection dropped, or came back.
presence-away = З’єднання з користувачем { $name } перервалося. Очікуємо на повернення…
presence-grace-left = Сеанс завершиться через { $time }, якщо користувач не повернеться.
presence-nobody-sees = Поки користувача немає, ніхто не бачить ваш екран. Показ продовжиться, коли він повернеться.
presence-end-now = Завершити зараз
presence-back = { $name } знову на зв’язку.
presence-back-reshare = { $name } знову на зв’язку, і його просять знову показати екран.
share-bar-paused-text = Зараз ніхто не бачить ваш екран: з’єднання з користувачем { $name } перервалося
