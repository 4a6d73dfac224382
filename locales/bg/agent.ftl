# Messages of the Assist app (Bulgarian): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: екранът ви се споделя
agent-starting = Стартиране…
# Shown after the person submitted a form, until the server answers.
agent-working = Моля, изчакайте…

## Signing in

agent-sign-in-heading = Влезте, за да получите помощ
agent-email = Имейл
agent-password = Парола
agent-sign-in = Влизане
agent-sign-in-sso = Влизане с еднократна идентификация
agent-second-factor-heading = Втора стъпка на влизането
agent-second-factor = Код от приложението за удостоверяване
agent-second-factor-hint = Въведете кода, който показва приложението ви за удостоверяване, или един от кодовете си за възстановяване.
agent-continue = Продължаване
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Влизането продължава в уеб браузъра ви. Ако той не се е отворил, отидете на: { $url }

## The security code the helper gives

agent-code-heading = Въведете кода за защита
agent-code-hint = Помощникът ви ще ви даде 8-цифрен код за защита.
agent-code = Код за защита
agent-connect = Свързване

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Вашият помощник
agent-trust-name = Име
agent-trust-job-title = Длъжност
agent-trust-company = Фирма
agent-trust-domain = Имейл домейн
# Shown instead of an empty job title or company.
agent-trust-not-given = не е посочено
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (потвърден домейн)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (домейнът НЕ е потвърден)
agent-trust-not-enrolled = Това устройство не е регистрирано във вашата организация; помощникът ви е уведомен за това.
# $name: the helper's full name.
agent-waiting-for-request = Изчаква се { $name } да поиска да види екрана ви. Нищо не се споделя, докато не разрешите.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } иска пълен контрол (мишка и клавиатура).
agent-request-view = { $name } иска да вижда екрана ви.
agent-allow = Разрешаване
agent-allow-view-only = Разрешаване само на преглед
agent-decline = Отказване

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Споделяне с { $name }: пълен контрол
agent-sharing-view = Споделяне с { $name }: само преглед
agent-sharing-paused = Споделяне с { $name }: контролът е спрян
agent-stop-control = Спиране на контрола
agent-give-control-back = Връщане на контрола
agent-end-session = Прекратяване на сесията

## Chat

agent-chat-heading = Чат
agent-chat-input = Съобщение
agent-chat-send = Изпращане
# The writer's name shown for the person's own messages.
agent-chat-you = Вие

## Notices

agent-helper-away = Връзката на { $name } прекъсна. Изчаква се завръщането…
agent-helper-away-time = Сесията ще приключи след { $time }, ако връзката не се възстанови.
agent-helper-away-unseen = Никой не може да вижда или управлява екрана ви, докато връзката липсва.
agent-end-now = Прекрати сега
agent-helper-back = { $name } се върна.
agent-notice-server-lost = Сървърът е недостъпен. Контролът е спрян.
agent-notice-server-back = Сървърът отново е достъпен. Контролът остава спрян, докато не го върнете.
agent-notice-connection-lost = Връзката с помощника ви беше загубена. Контролът е спрян.
agent-notice-connected = Свързано: помощникът ви вижда екрана ви.
agent-notice-control-stopped = Контролът е спрян: помощникът ви вече не може да използва мишката и клавиатурата ви.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Налично е по-ново приложение { -product-name }: { $version }
agent-update-required = Това приложение { -product-name } е остаряло и трябва да бъде обновено до { $version }, преди да можете да споделяте
# $url: where to download the newer app.
agent-update-download = Изтеглете го от { $url }

## The end of the session

agent-ended-heading = Сесията приключи
agent-ended = Сесията приключи.
agent-ended-helper-left = Сесията приключи: помощникът ви я прекрати.
agent-ended-sharer-left = Сесията приключи: вие я прекратихте.
agent-ended-sharer-disconnected = Сесията приключи: връзката ви беше загубена и не се възстанови навреме.
agent-ended-helper-disconnected = Сесията приключи: връзката на помощника ви беше загубена и не се възстанови навреме.
agent-ended-code-expired = Сесията приключи: кодът за защита изтече.
agent-ended-declined-timeout = Сесията приключи: на искането не беше отговорено навреме.
agent-ended-revoked = Сесията приключи: администратор я спря.
agent-ended-policy = Сесията приключи: правило на вашата организация я спря.
agent-ended-access-withdrawn = Сесията приключи: помощникът ви вече няма право да ви помага или собственият ви достъп беше отнет.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Сесията приключи: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Това устройство не е регистрирано, а организацията ви разрешава помощ само на регистрирани устройства. Помолете администратора да го регистрира.
agent-close = Затваряне

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Имейл:
agent-terminal-password = Парола (оставете празно за еднократна идентификация):
agent-terminal-second-factor = Код от приложението за удостоверяване:
agent-terminal-code = Код за защита:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [р]азрешаване, само [п]реглед, [о]тказване:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [р]азрешаване, [о]тказване:
# One lowercase letter each, all three different.
agent-terminal-key-allow = р
agent-terminal-key-view-only = п
agent-terminal-key-decline = о
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Команди: /stop си връща контрола, /resume го връща на помощника, /end прекратява сесията; всеки друг ред се изпраща като съобщение в чата.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Въведете /resume, за да върнете контрола.
agent-terminal-end-now-hint = Въведете /end, за да прекратите сесията сега.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Непозната команда: { $command }. /help показва командите; започнете реда с //, за да изпратите съобщение в чата, което започва с /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Тази версия на приложението { -product-name } е твърде стара за вашата организация. Обновете я и опитайте отново.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Влязохте. Можете да затворите този раздел и да се върнете в приложението { -product-name }.
agent-sso-browser-failed = Еднократната идентификация не успя. Върнете се в приложението { -product-name }, за да видите защо.
