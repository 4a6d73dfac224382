# Messages of the remote help pages (Arabic): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = إنهاء الجلسة
session-ended-heading = انتهت الجلسة
session-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال…
session-replaced = تم فتح هذه الجلسة في نافذة أخرى، لذا توقفت في هذه النافذة.
session-connection-closed = تم إغلاق الاتصال بالخادم.
go-home = العودة إلى الصفحة الرئيسية

## The trust card: who is on the other side

trust-helper-heading = المساعِد الخاص بك
trust-sharer-heading = الشخص الذي تساعده
trust-job-title = المسمى الوظيفي
trust-company = الشركة
trust-domain = مجال المؤسسة
trust-domain-verified = تم التحقق منه
trust-domain-unverified = لم يتم التحقق منه
trust-not-set = غير مذكور

## The device the helper is about to help with

device-heading = الجهاز
device-name = الاسم
device-system = نظام التشغيل
device-compliance = التوافق
device-compliant = متوافق
device-not-compliant = غير متوافق
device-web-browser = انضم الشخص من متصفح ويب، لذا لا يمكن التعرف على الجهاز.
device-none = لا توجد معلومات عن الجهاز.
warning-device-not-enrolled = هذا الجهاز غير مسجّل في مؤسستك.
warning-device-not-enrolled-detail = هوية الجهاز وحالة أمانه غير معروفتين. توخَّ الحذر فيما تفتحه أو تكتبه عليه.
warning-device-not-compliant = لا يستوفي هذا الجهاز نُهج التوافق الخاصة بمؤسستك:

## Chat

chat-heading = الدردشة
chat-list-label = الرسائل
chat-input-label = الرسالة
chat-placeholder = اكتب رسالة…
chat-send = إرسال
chat-you = أنت
chat-role-helper = المساعِد
chat-role-sharer = متلقي المساعدة
chat-sending = جارٍ الإرسال…
chat-too-long = يجب ألا يزيد عدد أحرف الرسالة على { $max }.

## Helper console

helper-page-title = المساعدة عن بُعد – Assist
helper-page-title-org = المساعدة عن بُعد – { $organisation }
helper-start-heading = بدء جلسة مساعدة عن بُعد
helper-start-intro = ستحصل على رمز أمان مكوّن من 8 أرقام. أعطه للشخص الذي تساعده؛ ليدخله ويتصل.
helper-device-label = الجهاز (اختياري)
helper-device-none = لا يوجد جهاز محدد
helper-device-hint = اختر جهاز الشخص إذا كنت تعرفه: عندئذٍ لا تعمل الجلسة إلا على ذلك الجهاز، وترى حالة توافقه.
helper-start-button = جلسة مساعدة عن بُعد جديدة
helper-start-another = بدء جلسة أخرى
helper-session-heading = جلسة المساعدة عن بُعد
helper-code-heading = رمز الأمان
helper-code-copy = نسخ الرمز
helper-code-copied = تم نسخ الرمز.
helper-code-copy-failed = تعذّر نسخ الرمز. يُرجى قراءته بصوت عالٍ بدلًا من ذلك.
helper-code-expires-in = تنتهي صلاحيته خلال { $time }
helper-code-expired = انتهت صلاحية الرمز.
helper-code-one-minute = تنتهي صلاحية رمز الأمان خلال دقيقة واحدة.
helper-code-instructions = اطلب من الشخص فتح { $address } وتسجيل الدخول وإدخال هذا الرمز.
helper-code-not-shown-again = يظهر رمز الأمان مرة واحدة فقط. إذا لم ينضم الشخص بعد، فأنهِ هذه الجلسة وابدأ جلسة جديدة.
helper-status-waiting = في انتظار إدخال الشخص للرمز…
helper-status-joined = انضم { $name }. اطلب رؤية شاشته عندما تكون مستعدًا.
helper-status-asked-view = في انتظار سماح { $name } لك برؤية شاشته…
helper-status-asked-control = في انتظار سماح { $name } بالتحكم الكامل…
helper-status-connecting = جارٍ الاتصال بشاشة { $name }…
helper-status-viewing = أنت ترى شاشة { $name }.
helper-sharer-joined = انضم { $name } إلى الجلسة.
helper-request-declined = رفض { $name } طلبك.
helper-granted-view = سمح لك { $name } برؤية شاشته.
helper-granted-control = سمح { $name } بالتحكم الكامل.
helper-granted-view-only = سمح { $name } بالعرض فقط.
helper-escalation-declined = أبقى { $name } على العرض فقط.
helper-control-taken-back = استعاد { $name } التحكم. لا يزال بإمكانك رؤية شاشته.
helper-control-paused = أوقف { $name } تحكمك مؤقتًا.
helper-control-resumed = أعاد { $name } إليك التحكم.
helper-connection-failed = تعذّر الاتصال بالشاشة. تحقق من الشبكة، أو أنهِ الجلسة وحاول مرة أخرى.
helper-mode-heading = ما الذي تحتاج إليه؟
helper-mode-hint = اطلب العرض فقط للمشاهدة، أو التحكم الكامل لاستخدام الماوس ولوحة المفاتيح الخاصين بالشخص. القرار له.
helper-mode-web-hint = يستخدم الشخص متصفح ويب، ولا يمكنه مشاركة الشاشة إلا للعرض فقط. يتطلب التحكم الكامل وجود تطبيق Assist على جهازه.
helper-escalate-hint = يمكنك طلب التحكم الكامل؛ والقرار للشخص مرة أخرى.
helper-request-view = طلب العرض فقط
helper-request-control = طلب التحكم الكامل

## The remote screen in the helper console

viewer-heading = شاشة { $name }
viewer-stage-label = الشاشة البعيدة لـ { $name }
viewer-toolbar-label = عرض الشاشة
viewer-fit = احتواء في النافذة
viewer-actual-size = الحجم الفعلي
viewer-full-screen = ملء الشاشة
viewer-monitor-label = الشاشة
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = العرض فقط
viewer-mode-control = التحكم الكامل
viewer-mode-paused = التحكم متوقف مؤقتًا
viewer-role-view = شاشة بعيدة، العرض فقط
viewer-role-control = شاشة بعيدة، يتم إرسال الماوس ولوحة المفاتيح إلى الكمبيوتر الآخر
viewer-hint-view = يمكنك رؤية الشاشة ولكن لا يمكنك استخدامها.
viewer-hint-control = انقر فوق الشاشة لاستخدامها. أثناء تركيز الإدخال عليها، يُرسل كل مفتاح، بما في ذلك الاختصارات، إلى الكمبيوتر الآخر. اضغط على Ctrl+Alt+Home للعودة إلى شريط الأدوات.

## Sharer web app

share-page-title = الحصول على مساعدة – Assist
share-page-title-org = الحصول على مساعدة – { $organisation }
share-join-heading = الحصول على مساعدة
share-join-intro = أدخل رمز الأمان الذي أعطاك إياه المساعِد. سترى هويته قبل أن يتمكن من رؤية أي شيء.
share-code-label = رمز الأمان
share-code-hint = 8 أرقام، على سبيل المثال 1234 5678.
share-code-invalid-format = أدخل أرقام رمز الأمان الثمانية.
share-join-button = متابعة
share-join-another = إدخال رمز آخر
share-session-heading = المساعدة عن بُعد
share-status-joined = تم الاتصال بـ { $name }. سيطلب رؤية شاشتك.
share-status-asked = ينتظر { $name } ردك.
share-status-sharing = أنت تشارك شاشتك مع { $name }.
share-request-view-heading = يطلب { $name } رؤية شاشتك
share-request-view-text = سيرى { $name } كل ما يظهر على الشاشة التي تختارها، لكنه لن يتمكن من استخدام الماوس أو لوحة المفاتيح. يمكنك الإيقاف في أي وقت.
share-request-control-heading = يطلب { $name } التحكم الكامل
share-request-control-text = بالتحكم الكامل، سيتمكن { $name } من استخدام الماوس ولوحة المفاتيح الخاصين بك.
share-control-needs-app = يتطلب التحكم الكامل وجود تطبيق Assist على هذا الجهاز. في المتصفح، يمكنك مشاركة شاشتك للعرض فقط.
share-allow = سماح
share-allow-view-only = السماح بالعرض فقط
share-decline = رفض
share-keep-view-only = الإبقاء على العرض فقط
share-picker-cancelled = لم يتم اختيار أي شاشة، لذا لا تتم مشاركة أي شيء. اختر “سماح” مرة أخرى لتحديد شاشة، أو اختر “رفض”.
share-capture-failed = تعذّر على هذا المتصفح مشاركة الشاشة. يُرجى تجربة متصفح آخر، أو رفض الطلب.
share-reshare-heading = لم تعد شاشتك مُشارَكة
share-reshare-text = تمت إعادة تحميل الصفحة، لذا لم يعد { $name } يرى شاشتك. شاركها مرة أخرى، أو أنهِ الجلسة.
share-reshare-button = مشاركة شاشتي مرة أخرى
share-bar-label = مشاركة الشاشة
share-bar-text = أنت تشارك شاشتك مع { $name }
share-stop = إيقاف المشاركة
share-connection-failed = تعذّر إرسال شاشتك. تحقق من الشبكة، أو أنهِ الجلسة وحاول مرة أخرى.

## Why a session ended, as the helper hears it

ended-helper-helper-left = لقد أنهيت الجلسة.
ended-helper-sharer-left = أنهى { $name } الجلسة.
ended-helper-helper-disconnected = انقطع اتصالك لفترة طويلة جدًا، لذا انتهت الجلسة.
ended-helper-sharer-disconnected = انقطع اتصال { $name } ولم يعد، لذا انتهت الجلسة.
ended-helper-code-expired = لم يُدخل أحد الرمز قبل انتهاء صلاحيته.
ended-helper-declined-timeout = لم يرد { $name } على طلبك في الوقت المحدد.
ended-helper-revoked = أنهى أحد المسؤولين هذه الجلسة.
ended-helper-policy = انتهت الجلسة لأنه تم إيقاف المساعدة عن بُعد في مؤسستك.
ended-helper-access-withdrawn = انتهت الجلسة لأن وصولك تغيّر: لم يعد حسابك أو تسجيل دخولك أو دورك في المساعدة عن بُعد يسمح بهذه الجلسة.
ended-helper-other = انتهت الجلسة.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = أنهى { $name } الجلسة.
ended-sharer-sharer-left = لقد أنهيت الجلسة. لم تعد هناك أي مشاركة.
ended-sharer-helper-disconnected = انقطع اتصال { $name } ولم يعد، لذا انتهت الجلسة.
ended-sharer-sharer-disconnected = انقطع اتصالك لفترة طويلة جدًا، لذا انتهت الجلسة.
ended-sharer-code-expired = انتهت صلاحية الرمز.
ended-sharer-declined-timeout = لم ترد في الوقت المحدد، لذا انتهت الجلسة. لم تتم مشاركة أي شيء.
ended-sharer-revoked = أنهى أحد المسؤولين هذه الجلسة.
ended-sharer-policy = انتهت الجلسة لأنه تم إيقاف المساعدة عن بُعد في مؤسستك.
ended-sharer-access-withdrawn = انتهت الجلسة لأنه لم يعد مسموحًا لـ { $name } بمساعدتك، أو لأن وصولك أنت تغيّر. لم تعد تتم مشاركة أي شيء.
ended-sharer-other = انتهت الجلسة.

## Refusals from the server

error-remote-help-disabled = المساعدة عن بُعد متوقفة في مؤسستك. يمكن للمسؤول تشغيلها.
error-code-invalid = هذا الرمز غير صالح. تحقق من الأرقام وحاول مرة أخرى.
error-code-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا من المساعِد.
error-code-used = تم استخدام هذا الرمز بالفعل. اطلب رمزًا جديدًا من المساعِد.
error-unenrolled-device = لا تسمح مؤسستك بالمساعدة إلا على الأجهزة المسجّلة. ثبّت تطبيق Assist على هذا الجهاز، أو اسأل المسؤول.
error-wrong-device = بدأت هذه الجلسة لجهاز آخر. اطلب من المساعِد رمزًا لهذا الجهاز.
error-chat-disabled = الدردشة متوقفة في مؤسستك.
error-invalid-transition = لا يمكن تنفيذ ذلك في هذه المرحلة من الجلسة.
error-session-ended = انتهت هذه الجلسة بالفعل.
error-control-needs-agent = يتطلب التحكم الكامل وجود تطبيق Assist على جهاز الشخص الآخر.
error-session-not-found = هذه الجلسة غير موجودة، أو أنك لست مشاركًا فيها.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = لا يمكن لحسابك تقديم المساعدة عن بُعد: يحتاج إلى الإذنين «تقديم المساعدة عن بُعد» و«عرض الشاشة». اطلب من أحد مسؤولي مؤسستك أن يجعلك مساعدًا.
error-browser-sharing-not-allowed = لا تسمح مؤسستك بمشاركة الشاشة من متصفح الويب. ثبّت تطبيق Assist على هذا الجهاز وأدخل الرمز فيه، أو اسأل مكتب الدعم.
error-sharer-out-of-scope = لا يمكن لهذا المساعد مساعدتك: دوره لا يشملك أو لا يشمل هذا الجهاز. اسأل مكتب الدعم عمّن يمكنه مساعدتك.
error-own-session = أنت من بدأ هذه الجلسة. أعطِ الرمز للشخص الذي تساعده؛ فهو من يُدخله للاتصال.
error-helper-unavailable = المساعد الذي أعطاك هذا الرمز لم يعد يستطيع المساعدة. اطلب شخصًا آخر من مكتب الدعم.
error-device-in-other-organisation = هذا الجهاز مسجّل في مؤسسة أخرى. اسأل المسؤول.
error-device-out-of-scope = هذا الجهاز خارج نطاق دورك: لا يمكنك المساعدة عليه. اختر جهازًا آخر، أو لا تختر أي جهاز.
error-chat-empty = اكتب رسالة قبل الإرسال.
error-chat-too-long = هذه الرسالة طويلة جدًا. اختصرها وأرسلها مرة أخرى.
error-chat-invalid-characters = تحتوي هذه الرسالة على أحرف تحكم غير مرئية لا يمكن إرسالها. احذفها وحاول مرة أخرى.
helper-permission-heading = لا يمكنك تقديم المساعدة عن بُعد بعد
helper-permission-text = يتطلب تقديم المساعدة عن بُعد الإذنين «تقديم المساعدة عن بُعد» و«عرض الشاشة»، وحسابك لا يملكهما.
helper-ask-admin = اطلب من أحد مسؤولي { $organisation } تغيير ذلك.
helper-disabled-heading = المساعدة عن بُعد متوقفة
helper-disabled-text = لم تفعّل مؤسستك المساعدة عن بُعد، لذا لا يمكن بدء أي جلسة بعد.
helper-open-settings = فتح إعدادات المؤسسة
helper-browser-note = لا تسمح مؤسستك بالمشاركة من متصفح الويب: يحتاج الشخص الذي تساعده إلى تطبيق Assist على جهاز مسجّل.
helper-join-refused-heading = حاول شخص ما الانضمام بهذا الرمز
helper-join-refused-browser-sharing-not-allowed = استخدم متصفح ويب، ومؤسستك لا تسمح بالمشاركة من المتصفح. اطلب منه إدخال الرمز نفسه في تطبيق Assist: ما زال صالحًا.
helper-join-refused-unenrolled-device = جهازه غير مسجّل، ومؤسستك لا تسمح بالمساعدة إلا على الأجهزة المسجّلة. اطلب منه استخدام تطبيق Assist على جهاز مسجّل: الرمز ما زال صالحًا.
helper-join-refused-sharer-out-of-scope = دورك لا يشمل هذا الشخص أو جهازه، لذا لم يتمكن من الانضمام. حوّله إلى مساعد يشمله دوره، أو اطلب من أحد المسؤولين توسيع دورك.
helper-join-refused-wrong-device = استخدم جهازًا غير الذي اخترته لهذه الجلسة. اطلب منه استخدام تطبيق Assist على ذلك الجهاز: الرمز ما زال صالحًا.
share-app-explained = تطبيق Assist هو برنامج مؤسستك للحصول على المساعدة على هذا الكمبيوتر. به يستطيع المساعد استخدام الفأرة ولوحة المفاتيح بينما تشاهد، ويمكنك استعادة التحكم أو الإيقاف في أي وقت. إن لم يكن مثبّتًا، فاسأل مكتب الدعم.
share-app-download = تنزيل تطبيق Assist

## Presence: the other person's connection dropped, or came back.
presence-away = انقطع اتصال { $name }. في انتظار عودته…
presence-grace-left = تنتهي الجلسة خلال { $time } ما لم يعد.
presence-nobody-sees = لا يمكن لأحد رؤية شاشتك أثناء غيابه. تُستأنف المشاركة عند عودته.
presence-end-now = إنهاء الآن
presence-back = عاد { $name }.
presence-back-reshare = عاد { $name } وطُلب منه مشاركة شاشته مرة أخرى.
share-bar-paused-text = لا أحد يرى شاشتك الآن: انقطع اتصال { $name }
