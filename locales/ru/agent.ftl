# Messages of the Assist app (Russian): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: показ вашего экрана
agent-starting = Запуск…
agent-working = Подождите…

## Signing in

agent-sign-in-heading = Войдите, чтобы получить помощь
agent-email = Электронная почта
agent-password = Пароль
agent-sign-in = Войти
agent-sign-in-sso = Войти с помощью единого входа
agent-second-factor-heading = Второй этап входа
agent-second-factor = Код из приложения для проверки подлинности
agent-second-factor-hint = Введите код, который показывает приложение для проверки подлинности, или один из кодов восстановления.
agent-continue = Продолжить
agent-sso-continues = Вход продолжится в веб-браузере. Если браузер не открылся, перейдите по адресу: { $url }

## The security code the helper gives

agent-code-heading = Введите код безопасности
agent-code-hint = Помощник сообщит вам 8-значный код безопасности.
agent-code = Код безопасности
agent-connect = Подключиться

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Ваш помощник
agent-trust-name = Имя
agent-trust-job-title = Должность
agent-trust-company = Компания
agent-trust-domain = Домен электронной почты
agent-trust-not-given = не указано
agent-trust-domain-verified = { $domain } (домен подтвержден)
agent-trust-domain-unverified = { $domain } (домен НЕ подтвержден)
agent-trust-not-enrolled = Это устройство не зарегистрировано в вашей организации; помощник об этом уведомлен.
agent-waiting-for-request = Ожидание, пока помощник { $name } запросит просмотр вашего экрана. Ничего не будет показано без вашего разрешения.

## The helper's request

agent-request-control = Помощник { $name } запрашивает полный контроль (мышь и клавиатура).
agent-request-view = Помощник { $name } запрашивает просмотр вашего экрана.
agent-allow = Разрешить
agent-allow-view-only = Разрешить только просмотр
agent-decline = Отклонить

## Sharing

agent-sharing-control = Показ экрана помощнику { $name }: полный контроль
agent-sharing-view = Показ экрана помощнику { $name }: только просмотр
agent-sharing-paused = Показ экрана помощнику { $name }: управление остановлено
agent-stop-control = Забрать управление
agent-give-control-back = Вернуть управление
agent-end-session = Завершить сеанс

## Chat

agent-chat-heading = Чат
agent-chat-input = Сообщение
agent-chat-send = Отправить
agent-chat-you = Вы

## Notices

agent-helper-away = Соединение с пользователем { $name } прервалось. Ожидание возвращения…
agent-helper-away-time = Сеанс завершится через { $time }, если соединение не восстановится.
agent-helper-away-unseen = Пока соединения нет, никто не может видеть ваш экран или управлять им.
agent-end-now = Завершить сейчас
agent-helper-back = { $name } снова на связи.
agent-notice-server-lost = Сервер недоступен. Управление остановлено.
agent-notice-server-back = Сервер снова доступен. Управление останется остановленным, пока вы его не вернете.
agent-notice-connection-lost = Соединение с помощником потеряно. Управление остановлено.
agent-notice-connected = Подключено: помощник видит ваш экран.
agent-notice-control-stopped = Управление остановлено: помощник больше не может использовать вашу мышь и клавиатуру.

## Updates

agent-update-available = Доступна новая версия приложения { -product-name }: { $version }
agent-update-required = Приложение { -product-name } устарело: чтобы показывать экран, обновите его до версии { $version }
agent-update-download = Скачайте ее по адресу { $url }

## The end of the session

agent-ended-heading = Сеанс завершен
agent-ended = Сеанс завершен.
agent-ended-helper-left = Сеанс завершен: помощник завершил его.
agent-ended-sharer-left = Сеанс завершен: вы завершили его.
agent-ended-sharer-disconnected = Сеанс завершен: ваше соединение было потеряно и не восстановилось вовремя.
agent-ended-helper-disconnected = Сеанс завершен: соединение помощника было потеряно и не восстановилось вовремя.
agent-ended-code-expired = Сеанс завершен: срок действия кода безопасности истек.
agent-ended-declined-timeout = Сеанс завершен: на запрос не ответили вовремя.
agent-ended-revoked = Сеанс завершен: его остановил администратор.
agent-ended-policy = Сеанс завершен: его остановило правило вашей организации.
agent-ended-access-withdrawn = Сеанс завершен: помощнику больше не разрешено помогать вам, или ваш собственный доступ был отозван.
agent-ended-error = Сеанс завершен: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Это устройство не зарегистрировано, а ваша организация разрешает помощь только на зарегистрированных устройствах. Попросите администратора зарегистрировать его.
agent-close = Закрыть

## Terminal mode only

agent-terminal-email = Электронная почта:
agent-terminal-password = Пароль (оставьте пустым для единого входа):
agent-terminal-second-factor = Код из приложения для проверки подлинности:
agent-terminal-code = Код безопасности:
agent-terminal-field = { $label }: { $value }
# Latin letters, as for the /commands: equal to agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [a] разрешить, [v] только просмотр, [d] отклонить:
agent-terminal-choices-view = [a] разрешить, [d] отклонить:
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
agent-terminal-help = Команды: /stop забирает управление, /resume возвращает его, /end завершает сеанс; любая другая строка отправляется в чат.
agent-terminal-resume-hint = Введите /resume, чтобы вернуть управление.
agent-terminal-end-now-hint = Введите /end, чтобы завершить сеанс сейчас.
agent-terminal-unknown-command = Неизвестная команда: { $command }. /help выводит список команд; чтобы отправить в чат сообщение, начинающееся с /, начните строку с //.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = Эта версия приложения { -product-name } слишком старая для вашей организации. Обновите ее и повторите попытку.
agent-sso-browser-done = Вы вошли в систему. Эту вкладку можно закрыть и вернуться в приложение { -product-name }.
agent-sso-browser-failed = Не удалось выполнить единый вход. Вернитесь в приложение { -product-name }, чтобы узнать причину.
