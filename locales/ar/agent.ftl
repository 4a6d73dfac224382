# Messages of the Assist app (Arabic): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: تتم مشاركة شاشتك
agent-starting = جارٍ البدء…
# Shown after the person submitted a form, until the server answers.
agent-working = يُرجى الانتظار…

## Signing in

agent-sign-in-heading = سجّل الدخول للحصول على مساعدة
agent-email = البريد الإلكتروني
agent-password = كلمة المرور
agent-sign-in = تسجيل الدخول
agent-sign-in-sso = تسجيل الدخول الأحادي (SSO)
agent-second-factor-heading = الخطوة الثانية من تسجيل الدخول
agent-second-factor = رمز المصادقة
agent-second-factor-hint = أدخل الرمز الذي يعرضه تطبيق المصادقة، أو أحد رموز الاسترداد.
agent-continue = متابعة
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = يستمر تسجيل الدخول في متصفح الويب. إذا لم يُفتح المتصفح، فانتقل إلى: { $url }

## The security code the helper gives

agent-code-heading = أدخل رمز الأمان
agent-code-hint = سيعطيك المساعِد رمز أمان مكوّنًا من 8 أرقام.
agent-code = رمز الأمان
agent-connect = اتصال

## The trust card: who the helper is, before anything is shared

agent-trust-heading = المساعِد الخاص بك
agent-trust-name = الاسم
agent-trust-job-title = المسمى الوظيفي
agent-trust-company = الشركة
agent-trust-domain = مجال البريد الإلكتروني
# Shown instead of an empty job title or company.
agent-trust-not-given = غير مذكور
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (مجال تم التحقق منه)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (تحذير: لم يتم التحقق من المجال)
agent-trust-not-enrolled = هذا الجهاز غير مسجّل في مؤسستك؛ وقد أُبلغ المساعِد بذلك.
# $name: the helper's full name.
agent-waiting-for-request = في انتظار أن يطلب { $name } رؤية شاشتك. لن تتم مشاركة أي شيء حتى تسمح بذلك.

## The helper's request

# $name: the helper's full name.
agent-request-control = يطلب { $name } التحكم الكامل (الماوس ولوحة المفاتيح).
agent-request-view = يطلب { $name } رؤية شاشتك.
agent-allow = سماح
agent-allow-view-only = السماح بالعرض فقط
agent-decline = رفض

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = المشاركة مع { $name }: التحكم الكامل
agent-sharing-view = المشاركة مع { $name }: العرض فقط
agent-sharing-paused = المشاركة مع { $name }: التحكم متوقف
agent-stop-control = إيقاف التحكم
agent-give-control-back = إعادة منح التحكم
agent-end-session = إنهاء الجلسة

## Chat

agent-chat-heading = الدردشة
agent-chat-input = الرسالة
agent-chat-send = إرسال
# The writer's name shown for the person's own messages.
agent-chat-you = أنت

## Notices

agent-helper-away = انقطع اتصال { $name }. في انتظار عودة الاتصال…
agent-helper-away-time = ستنتهي الجلسة خلال { $time } ما لم يعد الاتصال.
agent-helper-away-unseen = لا يمكن لأحد رؤية شاشتك أو التحكم فيها أثناء انقطاع الاتصال.
agent-end-now = إنهاء الآن
agent-helper-back = عاد { $name } إلى الاتصال.
agent-notice-server-lost = تعذّر الوصول إلى الخادم. تم إيقاف التحكم.
agent-notice-server-back = أصبح الخادم متاحًا مجددًا. يبقى التحكم متوقفًا حتى تعيد منحه.
agent-notice-connection-lost = انقطع الاتصال بالمساعِد. تم إيقاف التحكم.
agent-notice-connected = تم الاتصال: يرى المساعِد شاشتك.
agent-notice-control-stopped = تم إيقاف التحكم: لم يعد بإمكان المساعِد استخدام الماوس ولوحة المفاتيح.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = يتوفر إصدار أحدث من تطبيق { -product-name }: { $version }
agent-update-required = تطبيق { -product-name } هذا قديم، ويجب تحديثه إلى الإصدار { $version } قبل أن تتمكن من المشاركة
# $url: where to download the newer app.
agent-update-download = نزّله من { $url }

## The end of the session

agent-ended-heading = انتهت الجلسة
agent-ended = انتهت الجلسة.
agent-ended-helper-left = انتهت الجلسة: أنهاها المساعِد.
agent-ended-sharer-left = انتهت الجلسة: أنهيتها أنت.
agent-ended-sharer-disconnected = انتهت الجلسة: انقطع اتصالك ولم يُستعد في الوقت المحدد.
agent-ended-helper-disconnected = انتهت الجلسة: انقطع اتصال المساعِد ولم يُستعد في الوقت المحدد.
agent-ended-code-expired = انتهت الجلسة: انتهت صلاحية رمز الأمان.
agent-ended-declined-timeout = انتهت الجلسة: لم يتم الرد على الطلب في الوقت المحدد.
agent-ended-revoked = انتهت الجلسة: أوقفها أحد المسؤولين.
agent-ended-policy = انتهت الجلسة: أوقفتها إحدى قواعد مؤسستك.
agent-ended-access-withdrawn = انتهت الجلسة: لم يعد مسموحًا للمساعِد بمساعدتك، أو سُحب وصولك أنت.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = انتهت الجلسة: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = هذا الجهاز غير مسجّل، ومؤسستك لا تسمح بالمساعدة إلا على الأجهزة المسجّلة. اطلب من المسؤول تسجيله.
agent-close = إغلاق

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = البريد الإلكتروني:
agent-terminal-password = كلمة المرور (اتركها فارغة لتسجيل الدخول الأحادي):
agent-terminal-second-factor = رمز المصادقة:
agent-terminal-code = رمز الأمان:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = سماح [س]، العرض فقط [ع]، رفض [ر]:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = سماح [س]، رفض [ر]:
# One lowercase letter each, all three different.
agent-terminal-key-allow = س
agent-terminal-key-view-only = ع
agent-terminal-key-decline = ر
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = الأوامر: /stop لاستعادة التحكم، /resume لإعادة منحه، /end لإنهاء الجلسة؛ وأي سطر آخر يُرسل كرسالة دردشة.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = اكتب /resume لإعادة منح التحكم.
agent-terminal-end-now-hint = اكتب /end لإنهاء الجلسة الآن.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = أمر غير معروف: { $command }. يعرض /help قائمة الأوامر؛ ابدأ السطر بـ // لإرسال رسالة دردشة تبدأ بـ /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = هذا الإصدار من تطبيق { -product-name } قديم جدًا بالنسبة إلى مؤسستك. حدّثه، ثم حاول مرة أخرى.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = تم تسجيل دخولك. يمكنك إغلاق علامة التبويب هذه والعودة إلى تطبيق { -product-name }.
agent-sso-browser-failed = لم ينجح تسجيل الدخول الأحادي. ارجع إلى تطبيق { -product-name } لمعرفة السبب.
