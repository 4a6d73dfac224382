# Messages of the remote help pages (Russian): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Завершить сеанс
session-ended-heading = Сеанс завершен
session-reconnecting = Соединение прервано. Повторное подключение…
session-replaced = Этот сеанс открыт в другом окне, поэтому здесь он остановлен.
session-connection-closed = Соединение с сервером закрыто.
go-home = Вернуться на главную страницу

## The trust card: who is on the other side

trust-helper-heading = Ваш помощник
trust-sharer-heading = Пользователь, которому вы помогаете
trust-job-title = Должность
trust-company = Компания
trust-domain = Домен организации
trust-domain-verified = Подтвержден
trust-domain-unverified = Не подтвержден
trust-not-set = Не указано

## The device the helper is about to help with

device-heading = Устройство
device-name = Имя
device-system = Операционная система
device-compliance = Соответствие
device-compliant = Соответствует требованиям
device-not-compliant = Не соответствует требованиям
device-web-browser = Пользователь подключился из веб-браузера, поэтому устройство невозможно идентифицировать.
device-none = Нет сведений об устройстве.
warning-device-not-enrolled = Это устройство не зарегистрировано в вашей организации.
warning-device-not-enrolled-detail = Его подлинность и состояние безопасности неизвестны. Будьте осторожны с тем, что вы на нем открываете или вводите.
warning-device-not-compliant = Это устройство не отвечает требованиям политик соответствия вашей организации:

## Chat

chat-heading = Чат
chat-list-label = Сообщения
chat-input-label = Сообщение
chat-placeholder = Введите сообщение…
chat-send = Отправить
chat-you = Вы
chat-role-helper = Помощник
chat-role-sharer = Получатель помощи
chat-sending = Отправка…
chat-too-long =
    { $max ->
        [one] Длина сообщения не может превышать { $max } символ.
        [few] Длина сообщения не может превышать { $max } символа.
        [many] Длина сообщения не может превышать { $max } символов.
       *[other] Длина сообщения не может превышать { $max } символов.
    }

## Helper console

helper-page-title = Удаленная помощь – Assist
helper-page-title-org = Удаленная помощь – { $organisation }
helper-start-heading = Начать сеанс удаленной помощи
helper-start-intro = Вы получите 8-значный код безопасности. Передайте его пользователю, которому помогаете: он введет код, чтобы подключиться.
helper-device-label = Устройство (необязательно)
helper-device-none = Без привязки к устройству
helper-device-hint = Выберите устройство пользователя, если оно вам известно: тогда сеанс будет работать только на этом устройстве, и вы увидите, соответствует ли оно требованиям.
helper-start-button = Новый сеанс удаленной помощи
helper-start-another = Начать другой сеанс
helper-session-heading = Сеанс удаленной помощи
helper-code-heading = Код безопасности
helper-code-copy = Копировать код
helper-code-copied = Код скопирован.
helper-code-copy-failed = Не удалось скопировать код. Продиктуйте его.
helper-code-expires-in = Истекает через { $time }
helper-code-expired = Срок действия кода истек.
helper-code-one-minute = Срок действия кода безопасности истечет через минуту.
helper-code-instructions = Попросите пользователя открыть { $address }, войти и ввести этот код.
helper-code-not-shown-again = Код безопасности отображается только один раз. Если пользователь еще не подключился, завершите этот сеанс и начните новый.
helper-status-waiting = Ожидание ввода кода…
helper-status-joined = Пользователь { $name } подключился. Когда будете готовы, запросите показ экрана.
helper-status-asked-view = Ожидание, пока { $name } разрешит просмотр экрана…
helper-status-asked-control = Ожидание, пока { $name } разрешит полный контроль…
helper-status-connecting = Подключение к экрану пользователя { $name }…
helper-status-viewing = Вы видите экран пользователя { $name }.
helper-sharer-joined = Пользователь { $name } подключился к сеансу.
helper-request-declined = Пользователь { $name } отклонил ваш запрос.
helper-granted-view = Пользователь { $name } разрешил просмотр экрана.
helper-granted-control = Пользователь { $name } разрешил полный контроль.
helper-granted-view-only = Пользователь { $name } разрешил только просмотр.
helper-escalation-declined = Пользователь { $name } оставил режим только просмотра.
helper-control-taken-back = Пользователь { $name } забрал управление. Вы по-прежнему видите экран.
helper-control-paused = Пользователь { $name } приостановил ваше управление.
helper-control-resumed = Пользователь { $name } снова передал вам управление.
helper-connection-failed = Не удалось подключиться к экрану. Проверьте сеть или завершите сеанс и повторите попытку.
helper-mode-heading = Что вам нужно?
helper-mode-hint = Запросите только просмотр, чтобы наблюдать, или полный контроль, чтобы использовать мышь и клавиатуру пользователя. Решение принимает пользователь.
helper-mode-web-hint = Пользователь работает в веб-браузере, который позволяет показать экран только для просмотра. Для полного контроля на его устройстве нужно приложение Assist.
helper-escalate-hint = Вы можете запросить полный контроль; решение снова примет пользователь.
helper-request-view = Запросить только просмотр
helper-request-control = Запросить полный контроль

## The remote screen in the helper console

viewer-heading = Экран пользователя { $name }
viewer-stage-label = Удаленный экран пользователя { $name }
viewer-toolbar-label = Просмотр экрана
viewer-fit = По размеру окна
viewer-actual-size = Фактический размер
viewer-full-screen = Во весь экран
viewer-monitor-label = Монитор
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Только просмотр
viewer-mode-control = Полный контроль
viewer-mode-paused = Управление приостановлено
viewer-role-view = удаленный экран, только просмотр
viewer-role-control = удаленный экран, ваши мышь и клавиатура управляют другим компьютером
viewer-hint-view = Вы видите экран, но не можете им управлять.
viewer-hint-control = Щелкните экран, чтобы управлять им. Пока он в фокусе, все нажатия клавиш, включая сочетания клавиш, передаются на другой компьютер. Чтобы вернуться к панели инструментов, нажмите Ctrl+Alt+Home.

## Sharer web app

share-page-title = Получение помощи – Assist
share-page-title-org = Получение помощи – { $organisation }
share-join-heading = Получить помощь
share-join-intro = Введите код безопасности, полученный от помощника. Вы увидите, кто это, прежде чем помощник сможет что-либо увидеть.
share-code-label = Код безопасности
share-code-hint = 8 цифр, например 1234 5678.
share-code-invalid-format = Введите 8 цифр кода безопасности.
share-join-button = Продолжить
share-join-another = Ввести другой код
share-session-heading = Удаленная помощь
share-status-joined = Установлено подключение с помощником { $name }. Помощник запросит показ вашего экрана.
share-status-asked = Помощник { $name } ожидает вашего ответа.
share-status-sharing = Вы показываете свой экран помощнику { $name }.
share-request-view-heading = Помощник { $name } запрашивает просмотр вашего экрана
share-request-view-text = Помощник { $name } увидит все, что отображается на выбранном вами экране, но не сможет использовать вашу мышь или клавиатуру. Вы можете остановить показ в любой момент.
share-request-control-heading = Помощник { $name } запрашивает полный контроль
share-request-control-text = При полном контроле помощник { $name } сможет использовать вашу мышь и клавиатуру.
share-control-needs-app = Для полного контроля на этом устройстве нужно приложение Assist. В браузере можно показать экран только для просмотра.
share-allow = Разрешить
share-allow-view-only = Разрешить только просмотр
share-decline = Отклонить
share-keep-view-only = Оставить только просмотр
share-picker-cancelled = Экран не выбран, поэтому ничего не показывается. Нажмите «Разрешить» еще раз, чтобы выбрать экран, или «Отклонить».
share-capture-failed = Этому браузеру не удалось показать экран. Попробуйте другой браузер или отклоните запрос.
share-reshare-heading = Ваш экран больше не показывается
share-reshare-text = Страница была перезагружена, поэтому помощник { $name } больше не видит ваш экран. Покажите его снова или завершите сеанс.
share-reshare-button = Снова показать экран
share-bar-label = Показ экрана
share-bar-text = Вы показываете свой экран помощнику { $name }
share-stop = Остановить показ
share-connection-failed = Не удалось передать изображение экрана. Проверьте сеть или завершите сеанс и повторите попытку.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Вы завершили сеанс.
ended-helper-sharer-left = Пользователь { $name } завершил сеанс.
ended-helper-helper-disconnected = Ваше соединение отсутствовало слишком долго, поэтому сеанс завершен.
ended-helper-sharer-disconnected = Соединение с пользователем { $name } было потеряно и не восстановилось, поэтому сеанс завершен.
ended-helper-code-expired = Никто не ввел код до истечения срока его действия.
ended-helper-declined-timeout = Пользователь { $name } не ответил на ваш запрос вовремя.
ended-helper-revoked = Администратор завершил этот сеанс.
ended-helper-policy = Сеанс завершен, так как удаленная помощь отключена для вашей организации.
ended-helper-access-withdrawn = Сеанс завершен, так как ваш доступ изменился: ваша учетная запись, ваш вход или ваша роль удаленной помощи больше не позволяет проводить этот сеанс.
ended-helper-other = Сеанс завершен.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Помощник { $name } завершил сеанс.
ended-sharer-sharer-left = Вы завершили сеанс. Показ экрана прекращен.
ended-sharer-helper-disconnected = Соединение с помощником { $name } было потеряно и не восстановилось, поэтому сеанс завершен.
ended-sharer-sharer-disconnected = Ваше соединение отсутствовало слишком долго, поэтому сеанс завершен.
ended-sharer-code-expired = Срок действия кода истек.
ended-sharer-declined-timeout = Вы не ответили вовремя, поэтому сеанс завершен. Ничего не было показано.
ended-sharer-revoked = Администратор завершил этот сеанс.
ended-sharer-policy = Сеанс завершен, так как удаленная помощь отключена для вашей организации.
ended-sharer-access-withdrawn = Сеанс завершен, так как пользователю { $name } больше не разрешено помогать вам, или изменился ваш собственный доступ. Больше ничего не показывается.
ended-sharer-other = Сеанс завершен.

## Refusals from the server

error-remote-help-disabled = Удаленная помощь отключена для вашей организации. Администратор может ее включить.
error-code-invalid = Недействительный код. Проверьте цифры и повторите попытку.
error-code-expired = Срок действия кода истек. Попросите у помощника новый код.
error-code-used = Этот код уже использован. Попросите у помощника новый код.
error-unenrolled-device = Ваша организация разрешает помощь только на зарегистрированных устройствах. Установите приложение Assist на это устройство или обратитесь к администратору.
error-wrong-device = Этот сеанс начат для другого устройства. Попросите у помощника код для этого устройства.
error-chat-disabled = Чат отключен для вашей организации.
error-invalid-transition = На этом этапе сеанса это действие невозможно.
error-session-ended = Этот сеанс уже завершен.
error-control-needs-agent = Для полного контроля на устройстве другого пользователя нужно приложение Assist.
error-session-not-found = Этот сеанс не существует, или вы не являетесь его участником.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Ваша учетная запись не может предлагать удаленную помощь: для этого нужны разрешения «Предложение удаленной помощи» и «Просмотр экрана». Попросите администратора вашей организации назначить вас помощником.
error-browser-sharing-not-allowed = Ваша организация не разрешает показывать экран из веб-браузера. Установите приложение Assist на это устройство и введите код в нем или обратитесь в службу поддержки.
error-sharer-out-of-scope = Этот помощник не может вам помогать: его роль не охватывает вас или это устройство. Спросите в службе поддержки, кто может вам помочь.
error-own-session = Вы сами начали этот сеанс. Передайте код человеку, которому помогаете; он введет его, чтобы подключиться.
error-helper-unavailable = Помощник, который дал вам этот код, больше не может помогать. Попросите в службе поддержки кого-то другого.
error-device-in-other-organisation = Это устройство зарегистрировано в другой организации. Обратитесь к администратору.
error-device-out-of-scope = Это устройство вне вашей роли: вы не можете помогать на нем. Выберите другое устройство или никакое.
error-chat-empty = Напишите сообщение перед отправкой.
error-chat-too-long = Это сообщение слишком длинное. Сократите его и отправьте снова.
error-chat-invalid-characters = В этом сообщении есть невидимые управляющие символы, которые нельзя отправить. Удалите их и попробуйте снова.
helper-permission-heading = Вы пока не можете предлагать удаленную помощь
helper-permission-text = Для удаленной помощи нужны разрешения «Предложение удаленной помощи» и «Просмотр экрана», которых у вашей учетной записи нет.
helper-ask-admin = Попросите администратора организации { $organisation } изменить это.
helper-disabled-heading = Удаленная помощь выключена
helper-disabled-text = Ваша организация не включила удаленную помощь, поэтому начать сеанс пока нельзя.
helper-open-settings = Открыть настройки организации
helper-browser-note = Ваша организация не разрешает показ экрана из веб-браузера: человеку, которому вы помогаете, нужно приложение Assist на зарегистрированном устройстве.
helper-join-refused-heading = Кто-то пытался подключиться с этим кодом
helper-join-refused-browser-sharing-not-allowed = Человек использовал веб-браузер, а ваша организация не разрешает показ экрана из браузера. Попросите его ввести тот же код в приложении Assist: код все еще действует.
helper-join-refused-unenrolled-device = Его устройство не зарегистрировано, а ваша организация разрешает помощь только на зарегистрированных устройствах. Попросите его использовать приложение Assist на зарегистрированном устройстве: код все еще действует.
helper-join-refused-sharer-out-of-scope = Ваша роль не охватывает этого человека или его устройство, поэтому он не смог подключиться. Передайте его помощнику, чья роль его охватывает, или попросите администратора расширить вашу.
helper-join-refused-wrong-device = Человек использовал не то устройство, которое вы выбрали для этого сеанса. Попросите его использовать приложение Assist на том устройстве: код все еще действует.
share-app-explained = Приложение Assist — это программа вашей организации для получения помощи на этом компьютере. С ним помощник может пользоваться вашей мышью и клавиатурой, пока вы наблюдаете, а вы в любой момент можете вернуть себе управление или остановить сеанс. Если оно не установлено, обратитесь в службу поддержки.
share-app-download = Скачать приложение Assist

## Presence: the other person's connection dropped, or came back.
presence-away = Соединение с пользователем { $name } прервалось. Ожидаем возвращения…
presence-grace-left = Сеанс завершится через { $time }, если пользователь не вернётся.
presence-nobody-sees = Пока пользователя нет, никто не видит ваш экран. Показ продолжится, когда он вернётся.
presence-end-now = Завершить сейчас
presence-back = { $name } снова на связи.
presence-back-reshare = { $name } снова на связи, и его просят снова показать экран.
share-bar-paused-text = Сейчас никто не видит ваш экран: соединение с пользователем { $name } прервалось
