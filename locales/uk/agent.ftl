# Messages of the Assist app (Ukrainian): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: показ вашого екрана
agent-starting = Запуск…
agent-working = Зачекайте…

## Signing in

agent-sign-in-heading = Увійдіть, щоб отримати допомогу
agent-email = Електронна пошта
agent-password = Пароль
agent-sign-in = Увійти
agent-sign-in-sso = Увійти за допомогою єдиного входу
agent-second-factor-heading = Другий етап входу
agent-second-factor = Код із програми автентифікації
agent-second-factor-hint = Введіть код, який показує програма автентифікації, або один із кодів відновлення.
agent-continue = Продовжити
agent-sso-continues = Вхід продовжиться у веббраузері. Якщо браузер не відкрився, перейдіть за адресою: { $url }

## The security code the helper gives

agent-code-heading = Введіть код безпеки
agent-code-hint = Помічник повідомить вам 8-значний код безпеки.
agent-code = Код безпеки
agent-connect = Підключитися

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Ваш помічник
agent-trust-name = Ім’я
agent-trust-job-title = Посада
agent-trust-company = Компанія
agent-trust-domain = Домен електронної пошти
agent-trust-not-given = не вказано
agent-trust-domain-verified = { $domain } (домен підтверджено)
agent-trust-domain-unverified = { $domain } (домен НЕ підтверджено)
agent-trust-not-enrolled = Цей пристрій не зареєстровано у вашій організації; помічника про це повідомлено.
agent-waiting-for-request = Очікування, поки помічник { $name } запросить перегляд вашого екрана. Нічого не буде показано без вашого дозволу.

## The helper's request

agent-request-control = Помічник { $name } просить повного контролю (миша й клавіатура).
agent-request-view = Помічник { $name } просить дозволу переглядати ваш екран.
agent-allow = Дозволити
agent-allow-view-only = Дозволити лише перегляд
agent-decline = Відхилити

## Sharing

agent-sharing-control = Показ екрана помічнику { $name }: повний контроль
agent-sharing-view = Показ екрана помічнику { $name }: лише перегляд
agent-sharing-paused = Показ екрана помічнику { $name }: керування зупинено
agent-stop-control = Забрати керування
agent-give-control-back = Повернути керування
agent-end-session = Завершити сеанс

## Chat

agent-chat-heading = Чат
agent-chat-input = Повідомлення
agent-chat-send = Надіслати
agent-chat-you = Ви

## Notices

agent-helper-away = З’єднання з користувачем { $name } перервалося. Очікування повернення…
agent-helper-away-time = Сеанс завершиться через { $time }, якщо з’єднання не відновиться.
agent-helper-away-unseen = Поки з’єднання немає, ніхто не може бачити ваш екран або керувати ним.
agent-end-now = Завершити зараз
agent-helper-back = { $name } знову на зв’язку.
agent-notice-server-lost = Сервер недоступний. Керування зупинено.
agent-notice-server-back = Сервер знову доступний. Керування залишатиметься зупиненим, доки ви його не повернете.
agent-notice-connection-lost = З’єднання з помічником втрачено. Керування зупинено.
agent-notice-connected = Підключено: помічник бачить ваш екран.
agent-notice-control-stopped = Керування зупинено: помічник більше не може використовувати вашу мишу й клавіатуру.

## Updates

agent-update-available = Доступна новіша версія програми { -product-name }: { $version }
agent-update-required = Програма { -product-name } застаріла: щоб показувати екран, оновіть її до версії { $version }
agent-update-download = Завантажте її за адресою { $url }

## The end of the session

agent-ended-heading = Сеанс завершено
agent-ended = Сеанс завершено.
agent-ended-helper-left = Сеанс завершено: його завершив помічник.
agent-ended-sharer-left = Сеанс завершено: ви його завершили.
agent-ended-sharer-disconnected = Сеанс завершено: ваше з’єднання було втрачено й не відновилося вчасно.
agent-ended-helper-disconnected = Сеанс завершено: з’єднання помічника було втрачено й не відновилося вчасно.
agent-ended-code-expired = Сеанс завершено: термін дії коду безпеки минув.
agent-ended-declined-timeout = Сеанс завершено: на запит не відповіли вчасно.
agent-ended-revoked = Сеанс завершено: його зупинив адміністратор.
agent-ended-policy = Сеанс завершено: його зупинило правило вашої організації.
agent-ended-access-withdrawn = Сеанс завершено: помічнику більше не дозволено допомагати вам, або ваш власний доступ відкликано.
agent-ended-error = Сеанс завершено: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Цей пристрій не зареєстровано, а ваша організація дозволяє допомогу лише на зареєстрованих пристроях. Попросіть адміністратора зареєструвати його.
agent-close = Закрити

## Terminal mode only

agent-terminal-email = Електронна пошта:
agent-terminal-password = Пароль (залиште порожнім для єдиного входу):
agent-terminal-second-factor = Код із програми автентифікації:
agent-terminal-code = Код безпеки:
agent-terminal-field = { $label }: { $value }
# Latin letters, as for the /commands: equal to agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [a] дозволити, [v] лише перегляд, [d] відхилити:
agent-terminal-choices-view = [a] дозволити, [d] відхилити:
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
agent-terminal-help = Команди: /stop забирає керування, /resume повертає його, /end завершує сеанс; будь-який інший рядок надсилається в чат.
agent-terminal-resume-hint = Введіть /resume, щоб повернути керування.
agent-terminal-end-now-hint = Введіть /end, щоб завершити сеанс зараз.
agent-terminal-unknown-command = Невідома команда: { $command }. /help показує список команд; щоб надіслати в чат повідомлення, яке починається з /, почніть рядок із //.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Ця версія програми { -product-name } застара для вашої організації. Оновіть її та спробуйте ще раз.
agent-sso-browser-done = Ви ввійшли. Можете закрити цю вкладку й повернутися до програми { -product-name }.
agent-sso-browser-failed = Не вдалося виконати єдиний вхід. Поверніться до програми { -product-name }, щоб дізнатися причину.
