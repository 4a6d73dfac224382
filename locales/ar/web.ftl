# Messages of the web app (Arabic). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = الانتقال إلى المحتوى الرئيسي
loading = جارٍ التحميل…
go-to-sign-in = الانتقال إلى صفحة تسجيل الدخول
sign-out = تسجيل الخروج
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = اللغة

## Form fields and checks

field-organisation-name = اسم المؤسسة
field-organisation-name-hint = الاسم الذي يعرفها به زملاؤك. يمكنك تغييره لاحقًا.
field-full-name = الاسم الكامل
field-full-name-hint = يظهر للأشخاص الذين تساعدهم، ليعرفوا من يتصل بهم.
field-email = البريد الإلكتروني
field-job-title-optional = المسمى الوظيفي (اختياري)
field-company-optional = الشركة (اختياري)
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-confirm-password = تأكيد كلمة المرور
password-hint = 12 حرفًا على الأقل. بضع كلمات غير مترابطة تكوّن كلمة مرور قوية يسهل تذكرها.
form-required = هذا الحقل مطلوب.
form-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
form-fix-fields = بعض الحقول تحتاج إلى انتباهك. يُرجى تصحيح الحقول المحددة أدناه.
form-error-summary = يُرجى تصحيح هذه الحقول:
password-too-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }.
password-too-long = يجب ألا يزيد عدد أحرف كلمة المرور على { $max }.
password-mismatch = كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.

## Errors from the server, by code

error-network = تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.
error-invalid-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-too-many-attempts = محاولات كثيرة جدًا. يُرجى الانتظار قليلًا والمحاولة مرة أخرى.
error-too-many-attempts-wait =
    محاولات كثيرة جدًا. يُرجى الانتظار { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } والمحاولة مرة أخرى.
error-setup-link-invalid = هذا الرابط لم يعد صالحًا: ربما تم استخدامه بالفعل، أو انتهت صلاحيته.
error-conflict = يتعارض هذا مع شيء موجود بالفعل.
error-email-taken = يوجد حساب بعنوان البريد الإلكتروني هذا بالفعل.
error-unauthenticated = لم تسجّل الدخول، أو انتهت جلسة تسجيل الدخول. يُرجى تسجيل الدخول مرة أخرى.
error-origin-mismatch = تم رفض الطلب لأنه لم يصدر من هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى.
error-payload-too-large = ما أرسلته كبير جدًا.
error-forbidden = ليس لديك إذن بتنفيذ هذا الإجراء.
error-timeout = استغرق الخادم وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.
error-unavailable = الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-internal = حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى؛ وإذا تكرر ذلك، فأبلغ المسؤول.
error-unexpected = حدث خطأ غير متوقع. يُرجى المحاولة مرة أخرى.
error-second-factor-required = أدخل الرمز من تطبيق المصادقة، أو أحد رموز الاسترداد.
error-invalid-second-factor = هذا الرمز غير صحيح، أو تم استخدامه بالفعل. انتظر رمزًا جديدًا وحاول مرة أخرى.
error-sso-not-configured = لا توفر مؤسستك تسجيل الدخول الأحادي لعنوان البريد الإلكتروني هذا. سجّل الدخول باستخدام كلمة المرور.
error-profile-managed = تدير مؤسستك اسمك ومسمّاك الوظيفي وشركتك عبر تسجيل الدخول الأحادي، لذا لا يستطيع تغييرها إلا المسؤول.
error-sso-provider-unavailable = تعذّر الوصول إلى خدمة تسجيل الدخول الخاصة بمؤسستك. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = لا تسمح سياسة الوصول المشروط «{ $policy }» في مؤسستك بذلك. اسأل المسؤول.

## Setup link page (/setup)

setup-page-title = الإعداد – { -product-name }
setup-checking-heading = جارٍ التحقق من الرابط
setup-checking = لحظة من فضلك ريثما نتحقق من الرابط…
setup-expires = هذا الرابط صالح حتى { $time }.
setup-invalid-heading = لا يمكن استخدام هذا الرابط
setup-missing-heading = تحتاج هذه الصفحة إلى رابط إعداد
setup-missing = افتح الرابط الكامل الذي حصلت عليه، بما في ذلك الجزء الذي يلي العلامة #.
setup-error-heading = تعذّر التحقق من الرابط
setup-unknown-purpose = هذا الرابط مخصص لغرض لا تدعمه هذه الصفحة.
setup-invalid-help =
    اطلب رابطًا جديدًا من المسؤول. يمكن لمن يدير الخادم إنشاء رابط
    باستخدام الأمر “assist-server admin setup-link”.

first-admin-heading = إنشاء مؤسستك
first-admin-intro = أعدّ { -product-name } لمؤسستك وأنشئ أول حساب مسؤول. يمكنك دعوة زملائك بعد ذلك.
first-admin-organisation-legend = المؤسسة
first-admin-account-legend = حساب المسؤول الخاص بك
first-admin-submit = إنشاء المؤسسة

reset-heading = اختيار كلمة مرور جديدة
reset-intro = عيّن كلمة مرور جديدة للحساب { $email }.
reset-intro-no-email = عيّن كلمة مرور جديدة لحسابك.
reset-submit = تعيين كلمة المرور

## Sign-in page (/sign-in)

sign-in-page-title = تسجيل الدخول – { -product-name }
sign-in-heading = تسجيل الدخول إلى { -product-name }
sign-in-intro = استخدم عنوان البريد الإلكتروني وكلمة المرور الخاصين بحسابك.
sign-in-submit = تسجيل الدخول
field-second-factor-code = رمز المصادقة أو رمز الاسترداد
sign-in-sso = تسجيل الدخول باستخدام حساب مؤسستك
sign-in-sso-needs-email = أدخل عنوان بريدك الإلكتروني أولًا، حتى نتمكن من العثور على مؤسستك.
sign-in-sso-refused = لم يُدخلك تسجيل الدخول الأحادي. إذا كانت لحسابك كلمة مرور خاصة به، فسجّل الدخول بها هنا، ثم اربط تسجيل الدخول الأحادي من صفحتك الرئيسية.
sign-in-or = أو
sign-in-forgot = هل نسيت كلمة المرور؟ اطلب رابط استرداد من أحد مسؤولي مؤسستك.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = المؤسسة:
user-menu-label = حسابك
home-heading = تم تسجيل الدخول باسم { $name }

profile-heading = ملفك الشخصي
profile-name = الاسم
profile-email = البريد الإلكتروني
profile-job-title = المسمى الوظيفي
profile-company = الشركة
profile-role = الدور
profile-not-set = غير محدد
profile-edit = تعديل الملف الشخصي
profile-form-label = تعديل ملفك الشخصي
profile-save = حفظ
profile-cancel = إلغاء
profile-saved = تم حفظ ملفك الشخصي.
profile-managed = تدير مؤسستك اسمك ومسمّاك الوظيفي وشركتك عبر تسجيل الدخول الأحادي. لتغييرها، اطلب ذلك من المسؤول.
role-administrator = مسؤول
role-member = عضو

picture-change = تغيير الصورة
picture-hint = صورة PNG أو JPEG لا يتجاوز حجمها 256 كيلوبايت. يراها الأشخاص الذين تساعدهم قبل أن يشاركوا شاشتهم.
picture-uploading = جارٍ تحميل صورتك…
picture-updated = تم تحديث صورتك.
picture-wrong-type = اختر صورة PNG أو JPEG.
picture-too-large = حجم الصورة أكبر من 256 كيلوبايت. اختر صورة أصغر.

sessions-heading = الأماكن التي سجّلت الدخول منها
sessions-intro = المتصفحات التي تم تسجيل الدخول إلى حسابك منها. سجّل الخروج من أي متصفح لا تعرفه.
session-this-device = هذا الجهاز
session-device = { $browser } على { $os }
session-device-unknown = متصفح غير معروف
session-signed-in = تسجيل الدخول: { $time }
session-last-active = آخر نشاط: { $time }
session-address = من العنوان { $address }
session-sign-out = تسجيل الخروج
session-sign-out-label = تسجيل الخروج على { $device }
session-signed-out = تم تسجيل الخروج على { $device }.

home-admin-link = وحدة تحكم الإدارة

## Home page: remote help

home-remote-help-heading = المساعدة عن بُعد
home-help-someone-text = ابدأ جلسة وأعطِ الشخص رمز الأمان.
home-help-someone = مساعدة شخص ما
home-get-help-text = هل أعطاك المساعِد رمز أمان؟ أدخله هنا.
home-get-help = الحصول على مساعدة

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = تسجيل الدخول الأحادي
home-sso-linked = حسابك مرتبط بتسجيل الدخول الأحادي لمؤسستك.
home-sso-not-linked = حسابك غير مرتبط بتسجيل الدخول الأحادي لمؤسستك.
home-sso-link-intro = يتيح لك الربط تسجيل الدخول باستخدام حساب مؤسستك.
home-sso-link = ربط تسجيل الدخول الأحادي
home-sso-linking = جارٍ الانتقال إلى صفحة تسجيل الدخول في مؤسستك…
