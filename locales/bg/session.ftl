# Messages of the remote help pages (Bulgarian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Прекратяване на сесията
session-ended-heading = Сесията приключи
session-reconnecting = Връзката прекъсна. Повторно свързване…
session-replaced = Тази сесия беше отворена в друг прозорец, затова тук беше спряна.
session-connection-closed = Връзката със сървъра беше затворена.
go-home = Обратно към началната страница

## The trust card: who is on the other side

trust-helper-heading = Вашият помощник
trust-sharer-heading = Човекът, на когото помагате
trust-job-title = Длъжност
trust-company = Фирма
trust-domain = Домейн на организацията
trust-domain-verified = Потвърден
trust-domain-unverified = Непотвърден
trust-not-set = Не е посочено

## The device the helper is about to help with

device-heading = Устройство
device-name = Име
device-system = Операционна система
device-compliance = Съответствие
device-compliant = Отговаря на изискванията
device-not-compliant = Не отговаря на изискванията
device-web-browser = Човекът се присъедини от уеб браузър, затова устройството не може да бъде идентифицирано.
device-none = Няма информация за устройството.
warning-device-not-enrolled = Това устройство не е регистрирано във вашата организация.
warning-device-not-enrolled-detail = Самоличността и състоянието на защитата му са неизвестни. Внимавайте какво отваряте или въвеждате на него.
warning-device-not-compliant = Това устройство не отговаря на политиките за съответствие на вашата организация:

## Chat

chat-heading = Чат
chat-list-label = Съобщения
chat-input-label = Съобщение
chat-placeholder = Напишете съобщение…
chat-send = Изпращане
chat-you = Вие
chat-role-helper = Помощник
chat-role-sharer = Получател на помощ
chat-sending = Изпращане…
chat-too-long =
    { $max ->
        [one] Съобщението може да съдържа най-много { $max } знак.
       *[other] Съобщението може да съдържа най-много { $max } знака.
    }

## Helper console

helper-page-title = Отдалечена помощ – Assist
helper-page-title-org = Отдалечена помощ – { $organisation }
helper-start-heading = Започване на сесия за отдалечена помощ
helper-start-intro = Ще получите 8-цифрен код за защита. Дайте го на човека, на когото помагате; той ще го въведе, за да се свърже.
helper-device-label = Устройство (по избор)
helper-device-none = Без конкретно устройство
helper-device-hint = Изберете устройството на човека, ако го знаете: тогава сесията ще работи само на това устройство и ще виждате дали то отговаря на изискванията.
helper-start-button = Нова сесия за отдалечена помощ
helper-start-another = Започване на друга сесия
helper-session-heading = Сесия за отдалечена помощ
helper-code-heading = Код за защита
helper-code-copy = Копиране на кода
helper-code-copied = Кодът е копиран.
helper-code-copy-failed = Кодът не можа да бъде копиран. Прочетете го на глас.
helper-code-expires-in = Изтича след { $time }
helper-code-expired = Кодът е изтекъл.
helper-code-one-minute = Кодът за защита изтича след една минута.
helper-code-instructions = Помолете човека да отвори { $address }, да влезе и да въведе този код.
helper-code-not-shown-again = Кодът за защита се показва само веднъж. Ако човекът още не се е присъединил, прекратете тази сесия и започнете нова.
helper-status-waiting = Изчакване човекът да въведе кода…
helper-status-joined = { $name } се присъедини. Когато сте готови, поискайте да видите екрана.
helper-status-asked-view = Изчакване { $name } да ви позволи да виждате екрана…
helper-status-asked-control = Изчакване { $name } да позволи пълен контрол…
helper-status-connecting = Свързване с екрана на { $name }…
helper-status-viewing = Виждате екрана на { $name }.
helper-sharer-joined = { $name } се присъедини към сесията.
helper-request-declined = { $name } отклони заявката ви.
helper-granted-view = { $name } ви позволи да виждате екрана.
helper-granted-control = { $name } позволи пълен контрол.
helper-granted-view-only = { $name } позволи само преглед.
helper-escalation-declined = { $name } запази режима само за преглед.
helper-control-taken-back = { $name } си върна контрола. Все още виждате екрана.
helper-control-paused = { $name } постави контрола ви на пауза.
helper-control-resumed = { $name } ви върна контрола.
helper-connection-failed = Не можа да се установи връзка с екрана. Проверете мрежата или прекратете сесията и опитайте отново.
helper-mode-heading = Какво ви е необходимо?
helper-mode-hint = Поискайте само преглед, за да наблюдавате, или пълен контрол, за да използвате мишката и клавиатурата на човека. Решението е на човека.
helper-mode-web-hint = Човекът е в уеб браузър, който може да споделя екрана само за преглед. За пълен контрол на устройството му е необходимо приложението Assist.
helper-escalate-hint = Можете да поискате пълен контрол; човекът ще реши отново.
helper-request-view = Искане на само преглед
helper-request-control = Искане на пълен контрол

## The remote screen in the helper console

viewer-heading = Екранът на { $name }
viewer-stage-label = Отдалечен екран на { $name }
viewer-toolbar-label = Изглед на екрана
viewer-fit = Побиране в прозореца
viewer-actual-size = Действителен размер
viewer-full-screen = Цял екран
viewer-monitor-label = Монитор
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Само преглед
viewer-mode-control = Пълен контрол
viewer-mode-paused = Контролът е на пауза
viewer-role-view = отдалечен екран, само преглед
viewer-role-control = отдалечен екран, мишката и клавиатурата ви управляват другия компютър
viewer-hint-view = Виждате екрана, но не можете да го използвате.
viewer-hint-control = Щракнете върху екрана, за да го използвате. Докато е на фокус, всеки клавиш, включително клавишните комбинации, се изпраща към другия компютър. Натиснете Ctrl+Alt+Home, за да се върнете към лентата с инструменти.

## Sharer web app

share-page-title = Получаване на помощ – Assist
share-page-title-org = Получаване на помощ – { $organisation }
share-join-heading = Получаване на помощ
share-join-intro = Въведете кода за защита, който ви е дал помощникът. Ще видите кой е той, преди да може да види каквото и да било.
share-code-label = Код за защита
share-code-hint = 8 цифри, например 1234 5678.
share-code-invalid-format = Въведете 8-те цифри на кода за защита.
share-join-button = Продължаване
share-join-another = Въвеждане на друг код
share-session-heading = Отдалечена помощ
share-status-joined = Свързани сте с { $name }. Помощникът ще поиска да види екрана ви.
share-status-asked = { $name } очаква отговора ви.
share-status-sharing = Споделяте екрана си с { $name }.
share-request-view-heading = { $name } иска да вижда екрана ви
share-request-view-text = { $name } ще вижда всичко на екрана, който изберете, но няма да може да използва мишката или клавиатурата ви. Можете да спрете по всяко време.
share-request-control-heading = { $name } иска пълен контрол
share-request-control-text = При пълен контрол { $name } ще може да използва мишката и клавиатурата ви.
share-control-needs-app = За пълен контрол е необходимо приложението Assist на това устройство. В браузъра можете да споделите екрана си само за преглед.
share-allow = Разрешаване
share-allow-view-only = Разрешаване само на преглед
share-decline = Отказване
share-keep-view-only = Запазване само на преглед
share-picker-cancelled = Не е избран екран, затова нищо не се споделя. Изберете „Разрешаване“ отново, за да посочите екран, или „Отказване“.
share-capture-failed = Този браузър не можа да сподели екрана. Опитайте с друг браузър или откажете.
share-reshare-heading = Екранът ви вече не се споделя
share-reshare-text = Страницата беше презаредена, затова { $name } вече не вижда екрана ви. Споделете го отново или прекратете сесията.
share-reshare-button = Повторно споделяне на екрана
share-bar-label = Споделяне на екрана
share-bar-text = Споделяте екрана си с { $name }
share-stop = Спиране на споделянето
share-connection-failed = Екранът ви не можа да бъде изпратен. Проверете мрежата или прекратете сесията и опитайте отново.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Прекратихте сесията.
ended-helper-sharer-left = { $name } прекрати сесията.
ended-helper-helper-disconnected = Връзката ви беше прекъсната твърде дълго, затова сесията приключи.
ended-helper-sharer-disconnected = Връзката с { $name } беше загубена и не се възстанови, затова сесията приключи.
ended-helper-code-expired = Никой не въведе кода, преди да изтече.
ended-helper-declined-timeout = { $name } не отговори навреме на заявката ви.
ended-helper-revoked = Администратор прекрати тази сесия.
ended-helper-policy = Сесията приключи, защото отдалечената помощ беше изключена за вашата организация.
ended-helper-access-withdrawn = Сесията приключи, защото достъпът ви се промени: акаунтът ви, влизането ви или ролята ви за отдалечена помощ вече не позволява тази сесия.
ended-helper-other = Сесията приключи.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } прекрати сесията.
ended-sharer-sharer-left = Прекратихте сесията. Нищо вече не се споделя.
ended-sharer-helper-disconnected = Връзката с { $name } беше загубена и не се възстанови, затова сесията приключи.
ended-sharer-sharer-disconnected = Връзката ви беше прекъсната твърде дълго, затова сесията приключи.
ended-sharer-code-expired = Кодът изтече.
ended-sharer-declined-timeout = Не отговорихте навреме, затова сесията приключи. Нищо не беше споделено.
ended-sharer-revoked = Администратор прекрати тази сесия.
ended-sharer-policy = Сесията приключи, защото отдалечената помощ беше изключена за вашата организация.
ended-sharer-access-withdrawn = Сесията приключи, защото { $name } вече няма право да ви помага или собственият ви достъп се промени. Вече нищо не се споделя.
ended-sharer-other = Сесията приключи.

## Refusals from the server

error-remote-help-disabled = Отдалечената помощ е изключена за вашата организация. Администратор може да я включи.
error-code-invalid = Този код не е валиден. Проверете цифрите и опитайте отново.
error-code-expired = Този код е изтекъл. Поискайте нов от помощника си.
error-code-used = Този код вече е използван. Поискайте нов от помощника си.
error-unenrolled-device = Вашата организация разрешава помощ само на регистрирани устройства. Инсталирайте приложението Assist на това устройство или се обърнете към администратора си.
error-wrong-device = Тази сесия е започната за друго устройство. Поискайте от помощника си код за това устройство.
error-chat-disabled = Чатът е изключен за вашата организация.
error-invalid-transition = Това не е възможно на този етап от сесията.
error-session-ended = Тази сесия вече е приключила.
error-control-needs-agent = За пълен контрол е необходимо приложението Assist на устройството на другия човек.
error-session-not-found = Тази сесия не съществува или не участвате в нея.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Акаунтът ви не може да предлага отдалечена помощ: нужни са разрешенията „Предлагане на отдалечена помощ“ и „Преглед на екрана“. Помолете администратор на организацията си да ви направи помощник.
error-browser-sharing-not-allowed = Организацията ви не разрешава споделяне на екрана от уеб браузър. Инсталирайте приложението Assist на това устройство и въведете кода в него или се обърнете към поддръжката.
error-sharer-out-of-scope = Този помощник не може да ви помага: ролята му не обхваща вас или това устройство. Попитайте поддръжката кой може да ви помогне.
error-own-session = Вие сте започнали тази сесия. Дайте кода на човека, на когото помагате; той го въвежда, за да се свърже.
error-helper-unavailable = Помощникът, който ви даде този код, вече не може да помага. Помолете поддръжката за някой друг.
error-device-in-other-organisation = Това устройство е регистрирано в друга организация. Обърнете се към администратора.
error-device-out-of-scope = Това устройство е извън ролята ви: не можете да помагате на него. Изберете друго устройство или никое.
error-chat-empty = Напишете съобщение, преди да изпратите.
error-chat-too-long = Това съобщение е твърде дълго. Съкратете го и го изпратете отново.
error-chat-invalid-characters = Това съобщение съдържа невидими управляващи знаци, които не могат да бъдат изпратени. Премахнете ги и опитайте отново.
helper-permission-heading = Все още не можете да предлагате отдалечена помощ
helper-permission-text = За предлагане на отдалечена помощ са нужни разрешенията „Предлагане на отдалечена помощ“ и „Преглед на екрана“, които акаунтът ви няма.
helper-ask-admin = Помолете администратор на { $organisation } да промени това.
helper-disabled-heading = Отдалечената помощ е изключена
helper-disabled-text = Организацията ви не е включила отдалечената помощ, затова все още не може да се започне сесия.
helper-open-settings = Отваряне на настройките на организацията
helper-browser-note = Организацията ви не разрешава споделяне от уеб браузър: човекът, на когото помагате, се нуждае от приложението Assist на регистрирано устройство.
helper-join-refused-heading = Някой се опита да се присъедини с този код
helper-join-refused-browser-sharing-not-allowed = Човекът е използвал уеб браузър, а организацията ви не разрешава споделяне от браузър. Помолете го да въведе същия код в приложението Assist: той все още е валиден.
helper-join-refused-unenrolled-device = Устройството му не е регистрирано, а организацията ви разрешава помощ само на регистрирани устройства. Помолете го да използва приложението Assist на регистрирано устройство: кодът все още е валиден.
helper-join-refused-sharer-out-of-scope = Ролята ви не обхваща този човек или устройството му, затова той не можа да се присъедини. Пренасочете го към помощник, чиято роля го обхваща, или помолете администратор да разшири вашата.
helper-join-refused-wrong-device = Човекът е използвал друго устройство, а не избраното за тази сесия. Помолете го да използва приложението Assist на онова устройство: кодът все още е валиден.
share-app-explained = Приложението Assist е програмата на вашата организация за получаване на помощ на този компютър. С него помощникът може да използва мишката и клавиатурата ви, докато гледате, а вие можете по всяко време да си върнете управлението или да спрете. Ако не е инсталирано, попитайте поддръжката.
share-app-download = Изтегляне на приложението Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Връзката на { $name } прекъсна. Изчакване да се върне…
presence-grace-left = Сесията приключва след { $time }, ако не се върне.
presence-nobody-sees = Никой не вижда екрана ви, докато го няма. Споделянето продължава, когато се върне.
presence-end-now = Прекрати сега
presence-back = { $name } се върна.
presence-back-reshare = { $name } се върна и е помолен да сподели екрана си отново.
share-bar-paused-text = Никой не вижда екрана ви сега: връзката на { $name } прекъсна
