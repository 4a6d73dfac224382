# Messages of the admin console (/admin), Arabic. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = وحدة تحكم الإدارة – { -product-name }
admin-page-title = { $section } – وحدة تحكم الإدارة – { $organisation }
admin-console-name = وحدة تحكم الإدارة
admin-back-home = العودة إلى الصفحة الرئيسية
admin-nav-label = وحدة تحكم الإدارة
admin-nav-group-people = الأشخاص
admin-nav-group-access = الوصول
admin-nav-group-devices = الأجهزة
admin-nav-group-organisation = المؤسسة
admin-nav-group-activity = النشاط

admin-denied-title = لا يوجد وصول – { -product-name }
admin-denied-heading = ليس لديك إذن باستخدام وحدة تحكم الإدارة
admin-denied-text = يمكن لحسابك استخدام { -product-name }، لكنه غير مسموح له بإدارة مؤسستك.
admin-denied-help = إذا كنت بحاجة إلى إدارة المستخدمين أو الأجهزة أو الإعدادات، فاطلب من أحد مسؤولي مؤسستك منحك دورًا يتضمن هذه الأذونات.

## Shared words

admin-save = حفظ
admin-cancel = إلغاء
admin-done = تم
admin-edit = تحرير
admin-delete = حذف
admin-remove = إزالة
admin-revoke = إبطال
admin-manage = إدارة
admin-copy = نسخ
admin-refresh = تحديث
admin-search = بحث
admin-apply-filters = تطبيق عوامل التصفية
admin-clear-filters = مسح عوامل التصفية
admin-export-csv = تصدير CSV
admin-filter-any = الكل
admin-filter-anyone = أي شخص
admin-filter-any-device = أي جهاز
admin-not-set = غير محدد
admin-never = أبدًا
admin-no-changes = لا يوجد ما يُحفظ: لم يتم تغيير أي حقل.
admin-name-taken = هذا الاسم مستخدم بالفعل. اختر اسمًا آخر.
admin-number-range = أدخل عددًا صحيحًا من { $min } إلى { $max }.
admin-error-refused = رفض الخادم هذا الإجراء: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = لا يمكنك استخدام هذا القسم: يحتاج إلى الإذن «{ $permission }» على المؤسسة كلها (جميع المستخدمين وجميع الأجهزة)، وأدوارك لا تمنحه بهذا الاتساع.
admin-section-denied-ask = اطلب من أحد مسؤولي { $organisation } منحك إياه على المؤسسة كلها.
admin-choose-user = اختر شخصًا…
admin-choose-user-first = اختر شخصًا أولًا.
admin-choose-device = اختر جهازًا…
admin-choose-device-first = اختر جهازًا أولًا.
admin-choose-role = اختر دورًا…
admin-no-devices-yet = لا توجد أجهزة مسجّلة بعد
admin-unknown-user = مستخدم غير معروف
admin-unknown-group = مجموعة غير معروفة
admin-unknown-role = دور غير معروف

admin-page-previous = الصفحة السابقة
admin-page-next = الصفحة التالية
admin-page-number = الصفحة { $page }

admin-duration-seconds = { $seconds } ث
admin-duration-minutes = { $minutes } د
admin-duration-hours = { $hours } س { $minutes } د
admin-duration-running = { $duration } حتى الآن

## Table column headings

admin-column-name = الاسم
admin-column-email = البريد الإلكتروني
admin-column-job-title = المسمى الوظيفي
admin-column-company = الشركة
admin-column-role = الدور
admin-column-status = الحالة
admin-column-actions = الإجراءات
admin-column-description = الوصف
admin-column-members = الأعضاء
admin-column-created = تاريخ الإنشاء
admin-column-permissions = الأذونات
admin-column-member-groups = ممنوح للمجموعات
admin-column-scope = النطاق
admin-column-state = الحالة
admin-column-targets = ينطبق على
admin-column-conditions = الشروط
admin-column-grant = الإجراء
admin-column-device = الجهاز
admin-column-platform = نظام التشغيل
admin-column-primary-user = المستخدم الأساسي
admin-column-agent = إصدار التطبيق
admin-column-enrollment = التسجيل
admin-column-compliance = التوافق
admin-column-last-check-in = آخر اتصال
admin-column-uses = الأجهزة المسجّلة
admin-column-expires = تاريخ انتهاء الصلاحية
admin-column-rules = القواعد
admin-column-helper = المساعِد
admin-column-sharer = متلقي المساعدة
admin-column-access = الوصول الممنوح
admin-column-started = وقت البدء
admin-column-duration = المدة
admin-column-outcome = طريقة الانتهاء
admin-column-chat = رسائل الدردشة
admin-column-time = الوقت
admin-column-actor = من
admin-column-action = الإجراء
admin-column-target = على ماذا
admin-column-detail = التفاصيل

## Users

admin-users-title = المستخدمون
admin-users-intro = الأشخاص في مؤسستك الذين يمكنهم تسجيل الدخول إلى { -product-name }، وملفاتهم الشخصية كما يراها الأشخاص الذين يساعدونهم.
admin-users-search = البحث بالاسم أو البريد الإلكتروني أو المسمى الوظيفي أو الشركة
admin-users-search-label = البحث عن مستخدمين
admin-users-pages = صفحات المستخدمين
admin-users-search-summary =
    { $count ->
        [0] لا يوجد في هذه الصفحة مستخدمون يطابقون “{ $term }”.
        [one] يطابق “{ $term }” مستخدم واحد.
        [two] يطابق “{ $term }” مستخدمان.
        [few] يطابق “{ $term }” { $count } مستخدمين.
        [many] يطابق “{ $term }” { $count } مستخدمًا.
       *[other] يطابق “{ $term }” { $count } مستخدم.
    }
admin-users-none-found = لا يوجد مستخدمون يطابقون “{ $term }”.
admin-users-empty = لا يوجد مستخدمون بعد.
admin-user-create = إنشاء مستخدم
admin-user-create-title = إنشاء مستخدم
admin-user-create-submit = إنشاء المستخدم
admin-user-created = تم إنشاء { $name }.
admin-user-job-title = المسمى الوظيفي (اختياري)
admin-user-company = الشركة (اختياري)
admin-user-initial-password = كلمة المرور الأولية (اختياري)
admin-user-initial-password-hint = 12 حرفًا على الأقل. بدونها، لا يمكن للشخص تسجيل الدخول إلا عبر تسجيل الدخول الأحادي أو رابط استرداد.
admin-user-is-admin = مسؤول المؤسسة
admin-user-is-admin-hint = يمكن للمسؤولين فعل كل شيء، بصرف النظر عن أدوارهم.
admin-user-edit-title = تحرير { $name }
admin-user-edit-label = تحرير { $name }
admin-user-email-fixed = عنوان البريد الإلكتروني يحدد الحساب ولا يمكن تغييره هنا.
admin-user-disabled = تسجيل الدخول معطّل
admin-user-disabled-hint = يؤدي تعطيل تسجيل الدخول أيضًا إلى إنهاء جلسات تسجيل الدخول الخاصة بالشخص وإبطال رموز API المميزة الخاصة به.
admin-user-new-password = كلمة مرور جديدة (اختياري)
admin-user-new-password-hint = اتركه فارغًا للإبقاء على كلمة المرور الحالية. يؤدي تعيين كلمة مرور جديدة إلى تسجيل خروج الشخص من كل مكان.
admin-user-saved = تم حفظ التغييرات على { $name }.
admin-user-status-active = نشط
admin-user-status-disabled = تسجيل الدخول معطّل
admin-user-delete-label = حذف { $name }
admin-user-delete-title = هل تريد حذف { $name }؟
admin-user-delete-text = سيتم حذف الحساب { $email } وتسجيل خروجه من كل مكان. لا يمكن التراجع عن هذا الإجراء.
admin-user-delete-confirm = حذف المستخدم
admin-user-deleted = تم حذف { $name }.
admin-user-picture = صورة الملف الشخصي
admin-user-picture-choose = تحميل صورة
admin-user-picture-remove = إزالة الصورة
admin-user-picture-hint = صورة PNG أو JPEG لا يتجاوز حجمها 256 كيلوبايت. تتغير على الفور؛ ويراها الأشخاص الذين يساعدهم قبل مشاركة شاشتهم.
admin-user-picture-uploading = جارٍ تحميل الصورة…
admin-user-picture-updated = تم تحديث صورة { $name }.
admin-user-picture-removed = تمت إزالة صورة { $name }.

## Groups

admin-groups-title = المجموعات
admin-groups-intro = تجمع المجموعات الأشخاص والأجهزة. تمنح تعيينات الأدوار أدوارًا لأعضاء المجموعات، على مجموعات أخرى.
admin-groups-pages = صفحات المجموعات
admin-groups-empty = لا توجد مجموعات بعد. أنشئ مجموعة لمنح أعضائها أدوارًا.
admin-groups-back = كل المجموعات
admin-group-create = إنشاء مجموعة
admin-group-create-title = إنشاء مجموعة
admin-group-create-submit = إنشاء المجموعة
admin-group-created = تم إنشاء المجموعة { $name }.
admin-group-name = اسم المجموعة
admin-group-description = الوصف (اختياري)
admin-group-description-hint = الغرض من المجموعة، مثل “موظفو مكتب الدعم في برلين”.
admin-group-member-count =
    { $count ->
        [0] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
admin-group-manage-label = إدارة المجموعة { $name }
admin-group-delete = حذف المجموعة
admin-group-delete-label = حذف المجموعة { $name }
admin-group-delete-title = هل تريد حذف المجموعة { $name }؟
admin-group-delete-text = يحتفظ أعضاؤها بحساباتهم، لكنهم يفقدون ما منحته لهم تعيينات الأدوار من خلال هذه المجموعة. لا يمكن التراجع عن هذا الإجراء.
admin-group-delete-confirm = حذف المجموعة
admin-group-deleted = تم حذف المجموعة { $name }.
admin-group-detail-intro = أعد تسمية المجموعة، واختر أعضاءها وأجهزتها.
admin-group-details = الاسم والوصف
admin-group-saved = تم حفظ المجموعة { $name }.
admin-group-members = الأعضاء
admin-group-no-members = لا يوجد أعضاء في هذه المجموعة بعد.
admin-group-add-member = إضافة عضو
admin-group-add-member-label = الشخص المراد إضافته
admin-group-everyone-member = الجميع أعضاء بالفعل
admin-group-member-added = تمت إضافة { $name } إلى { $group }.
admin-group-member-removed = تمت إزالة { $name } من { $group }.
admin-group-remove-member-label = إزالة { $name } من المجموعة
admin-group-devices = الأجهزة
admin-group-devices-intro = تعيينات الأدوار التي تتضمن هذه المجموعة في نطاقها تشمل الأجهزة الموجودة فيها.
admin-group-device-label = الجهاز
admin-group-add-device = إضافة إلى المجموعة
admin-group-remove-device-label = إزالة { $device } من المجموعة
admin-group-no-devices = لا توجد أجهزة في هذه المجموعة بعد.
admin-group-device-added = تمت إضافة { $device } إلى { $group }.
admin-group-device-removed = تمت إزالة { $device } من { $group }.

## Roles and role assignments

admin-roles-title = الأدوار
admin-roles-intro = الدور هو مجموعة من الأذونات. تمنح تعيينات الأدوار دورًا لأعضاء المجموعات، على الأشخاص والأجهزة ضمن نطاقها.
admin-roles-list = الأدوار
admin-roles-list-intro = لا يمكن تغيير الأدوار المضمّنة؛ انسخ أحدها لبدء دور مخصص.
admin-roles-empty = لا توجد أدوار.
admin-role-create = إنشاء دور
admin-role-create-title = إنشاء دور
admin-role-create-submit = إنشاء الدور
admin-role-created = تم إنشاء الدور { $name }.
admin-role-edit-title = تحرير الدور { $name }
admin-role-edit-label = تحرير الدور { $name }
admin-role-saved = تم حفظ الدور { $name }.
admin-role-copy = نسخ
admin-role-copy-label = نسخ الدور { $name } كدور جديد
admin-role-copy-name = { $name } (نسخة)
admin-role-name = اسم الدور
admin-role-description = الوصف (اختياري)
admin-role-built-in = مضمّن
admin-role-no-permissions = لا توجد أذونات
admin-role-delete-label = حذف الدور { $name }
admin-role-delete-title = هل تريد حذف الدور { $name }؟
admin-role-delete-text = لا يمكن حذف إلا الأدوار التي لا يمنحها أي تعيين. لا يمكن التراجع عن هذا الإجراء.
admin-role-delete-confirm = حذف الدور
admin-role-deleted = تم حذف الدور { $name }.

admin-perm-group-remote-help = المساعدة عن بُعد
admin-perm-group-reading = القراءة
admin-perm-group-administration = الإدارة
admin-perm-offer = تقديم المساعدة عن بُعد
admin-perm-offer-hint = بدء جلسة مساعدة عن بُعد مع شخص ضمن النطاق.
admin-perm-view-screen = عرض الشاشة
admin-perm-view-screen-hint = رؤية شاشة شخص ضمن النطاق.
admin-perm-full-control = تولي التحكم الكامل
admin-perm-full-control-hint = استخدام الماوس ولوحة المفاتيح لشخص ضمن النطاق، بموافقته.
admin-perm-elevation = رفع الامتيازات
admin-perm-elevation-hint = محجوز لإصدار لاحق: التشغيل بامتيازات مرتفعة على جهاز الشخص.
admin-perm-read = قراءة الأجهزة والتقارير
admin-perm-read-hint = رؤية مخزون الأجهزة والجلسات المباشرة وتقارير الجلسات.
admin-perm-manage-users = إدارة المستخدمين والمجموعات
admin-perm-manage-users-hint = إنشاء المستخدمين والمجموعات وتغييرها وحذفها، وكذلك صورهم وعوامل المصادقة الثانية الخاصة بهم.
admin-perm-manage-roles = إدارة الأدوار
admin-perm-manage-roles-hint = إنشاء الأدوار وتعيينات الأدوار وتغييرها.
admin-perm-manage-devices = إدارة الأجهزة
admin-perm-manage-devices-hint = إنشاء رموز التسجيل المميزة، وإيقاف الأجهزة عن الخدمة وحذفها.
admin-perm-manage-settings = إدارة الإعدادات
admin-perm-manage-settings-hint = تغيير إعدادات المؤسسة والمجالات التي تم التحقق منها، وإيقاف الجلسات المباشرة.
admin-perm-manage-policies = إدارة النُهج
admin-perm-manage-policies-hint = إنشاء نُهج الوصول المشروط والتوافق وتغييرها.
admin-perm-read-audit = قراءة سجل التدقيق
admin-perm-read-audit-hint = رؤية كل تغيير وتسجيل دخول مسجّل وتصديره.
admin-perm-create-api-tokens = إنشاء رموز API المميزة
admin-perm-create-api-tokens-hint = إنشاء رموز مميزة للبرامج النصية تعمل بصلاحيات حاملها نفسه. تنتهي صلاحية الرموز المميزة بعد 90 يومًا ما لم يُحدَّد غير ذلك (سنة واحدة كحد أقصى).

admin-assignments-title = تعيينات الأدوار
admin-assignments-intro = من يحصل على أي دور، وعلى من.
admin-assignments-empty = لا توجد تعيينات أدوار بعد. بدونها، لا يمكن إلا للمسؤولين مساعدة أي شخص.
admin-assignment-create = إنشاء تعيين
admin-assignment-create-title = إنشاء تعيين دور
admin-assignment-create-submit = إنشاء التعيين
admin-assignment-created = تم إنشاء التعيين { $name }.
admin-assignment-edit-title = تحرير التعيين { $name }
admin-assignment-edit-label = تحرير التعيين { $name }
admin-assignment-saved = تم حفظ التعيين { $name }.
admin-assignment-name = اسم التعيين
admin-assignment-name-hint = مثل “مكتب الدعم يساعد قسم المالية”.
admin-assignment-role = الدور
admin-assignment-members = منح الدور لأعضاء المجموعات
admin-assignment-members-hint = المساعِدون: يحصل كل من في هذه المجموعات على الدور.
admin-assignment-no-groups = لا توجد مجموعات بعد. أنشئ مجموعات أولًا.
admin-assignment-scope = النطاق
admin-assignment-scope-hint = الأشخاص والأجهزة التي يشملها الدور.
admin-assignment-scope-groups = الأشخاص والأجهزة في هذه المجموعات
admin-assignment-scope-groups-hint = أعضاء المجموعات المختارة وأجهزتها.
admin-assignment-needs-members = اختر مجموعة واحدة على الأقل لمنحها الدور.
admin-assignment-needs-scope = اختر ما يشمله الدور: كل المستخدمين، أو كل الأجهزة، أو مجموعات.
admin-assignment-delete-label = حذف التعيين { $name }
admin-assignment-delete-title = هل تريد حذف التعيين { $name }؟
admin-assignment-delete-text = يفقد أعضاء مجموعاته الدور الذي منحهم إياه على الفور. لا يمكن التراجع عن هذا الإجراء.
admin-assignment-delete-confirm = حذف التعيين
admin-assignment-deleted = تم حذف التعيين { $name }.
admin-scope-all-users = كل المستخدمين
admin-scope-all-users-hint = كل شخص في المؤسسة.
admin-scope-all-devices = كل الأجهزة
admin-scope-all-devices-hint = كل جهاز مسجّل في المؤسسة.

## Conditional access

admin-policies-title = الوصول المشروط
admin-policies-intro = تحدد النُهج ما إذا كان يمكن للمساعِد استخدام وحدة التحكم، ويتم التحقق منها عند تسجيل دخوله ومرة أخرى عند بدء جلسة. عند الرفض، يُذكر اسم النهج.
admin-policies-list = النُهج
admin-policies-empty = لا توجد نُهج وصول مشروط. يمكن لكل مساعِد قادر على تسجيل الدخول استخدام وحدة التحكم.
admin-policy-create = إنشاء نهج
admin-policy-create-title = إنشاء نهج وصول مشروط
admin-policy-create-submit = إنشاء النهج
admin-policy-created = تم إنشاء النهج { $name }.
admin-policy-edit-title = تحرير النهج { $name }
admin-policy-edit-label = تحرير النهج { $name }
admin-policy-saved = تم حفظ النهج { $name }.
admin-policy-delete-label = حذف النهج { $name }
admin-policy-delete-title = هل تريد حذف النهج { $name }؟
admin-policy-delete-text = يتوقف تطبيقه على الفور. لا يمكن التراجع عن هذا الإجراء.
admin-policy-delete-confirm = حذف النهج
admin-policy-deleted = تم حذف النهج { $name }.
admin-policy-name = اسم النهج
admin-policy-name-hint = يراه المساعِدون عندما يرفضهم النهج، لذا اجعله يوضح السبب، مثل “عامل ثانٍ خارج المكتب”.
admin-policy-state = الحالة
admin-policy-state-enabled = ممكّن
admin-policy-state-enabled-hint = يتم فرض النهج.
admin-policy-state-report-only = إعداد التقارير فقط
admin-policy-state-report-only-hint = يتم تقييم النهج وتسجيل ما كان سيفعله في سجل التدقيق، لكنه لا يرفض أحدًا أبدًا. جرّب النُهج الجديدة بهذه الطريقة أولًا.
admin-policy-state-disabled = معطّل
admin-policy-state-disabled-hint = يتم تجاهل النهج.
admin-policy-targets = ينطبق على
admin-policy-targets-hint = المساعِدون الذين يتعلق بهم هذا النهج.
admin-policy-all-users = كل المستخدمين
admin-policy-users = هؤلاء الأشخاص
admin-policy-groups = أعضاء هذه المجموعات
admin-policy-needs-targets = اختر من ينطبق عليهم النهج: كل المستخدمين، أو أشخاص، أو مجموعات.
admin-policy-conditions = الشروط
admin-policy-conditions-hint = لا ينطبق النهج إلا عند تحقق كل الشروط المحددة هنا. اتركها فارغة لتطبيقه دائمًا.
admin-policy-inside = عنوان العميل ضمن إحدى هذه الشبكات
admin-policy-inside-hint = نطاق واحد في كل سطر بصيغة CIDR، مثل 10.0.0.0/8 أو 2001:db8::/32.
admin-policy-outside = عنوان العميل ليس ضمن أي من هذه الشبكات
admin-policy-outside-hint = للقواعد التي تنطبق خارج المكتب. نطاق واحد في كل سطر.
admin-policy-network-invalid = “{ $value }” ليس نطاق شبكة. اكتب نطاقات مثل 192.168.0.0/16.
admin-policy-second-factor = العامل الثاني عند تسجيل الدخول
admin-policy-second-factor-any = أيًّا كان
admin-policy-second-factor-yes = تم استخدام عامل ثانٍ
admin-policy-second-factor-no = لم يتم استخدام عامل ثانٍ
admin-policy-grant = الإجراء
admin-policy-grant-allow = سماح
admin-policy-grant-allow-hint = يُسجَّل في سجل التدقيق؛ وقد ترفض نُهج أخرى مع ذلك.
admin-policy-grant-block = حظر
admin-policy-grant-block-hint = رفض تسجيل الدخول إلى وحدة التحكم وبدء الجلسات.
admin-policy-grant-second-factor = طلب عامل ثانٍ
admin-policy-grant-second-factor-hint = السماح فقط بعمليات تسجيل الدخول التي استخدمت عاملًا ثانيًا.
admin-policy-lockout-warning = احرص على ألا تمنع نفسك من الوصول: يسري النهج الذي يحظرك بدءًا من تسجيل دخولك التالي. استخدم وضع إعداد التقارير فقط للتحقق من النهج أولًا.
admin-policy-when-inside = داخل { $networks }
admin-policy-when-outside = خارج { $networks }
admin-policy-when-second-factor = تم استخدام عامل ثانٍ
admin-policy-when-no-second-factor = لم يتم استخدام عامل ثانٍ
admin-policy-always = دائمًا

## Devices

admin-devices-title = الأجهزة
admin-devices-intro = الأجهزة المسجّلة باستخدام تطبيق { -product-name }، مع آخر ما أبلغت عنه وما إذا كانت تستوفي نُهج التوافق الخاصة بك.
admin-devices-enroll-link = تسجيل الأجهزة
admin-devices-filters = تصفية الأجهزة
admin-devices-search = بحث
admin-devices-search-hint = اسم المضيف أو الرقم التسلسلي أو الطراز أو المستخدم الأساسي.
admin-devices-platform = نظام التشغيل
admin-devices-compliance = التوافق
admin-devices-state = التسجيل
admin-devices-pages = صفحات الأجهزة
admin-devices-empty = لا توجد أجهزة مسجّلة بعد. أنشئ رمز تسجيل مميزًا لتسجيل الأجهزة الأولى.
admin-devices-none-match = لا توجد أجهزة تطابق عوامل التصفية هذه.
admin-devices-back = كل الأجهزة
admin-device-remote-help = جلسة مساعدة عن بُعد جديدة
admin-device-unnamed = جهاز بلا اسم
admin-device-compliant = متوافق
admin-device-not-compliant = غير متوافق
admin-device-failing-count =
    { $count ->
        [one] قاعدة واحدة غير مستوفاة
        [two] قاعدتان غير مستوفاتين
        [few] { $count } قواعد غير مستوفاة
        [many] { $count } قاعدة غير مستوفاة
       *[other] { $count } قاعدة غير مستوفاة
    }
admin-device-state-active = مسجّل
admin-device-state-retired = موقوف عن الخدمة
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = لم يتم الإبلاغ عنه
admin-device-details = التفاصيل
admin-device-host-name = اسم المضيف
admin-device-model = الطراز
admin-device-serial = الرقم التسلسلي
admin-device-agent-version = إصدار التطبيق
admin-device-disk = تشفير القرص
admin-device-disk-encrypted = مشفّر
admin-device-disk-not-encrypted = غير مشفّر
admin-device-enrolled-at = تاريخ التسجيل
admin-device-id = معرّف الجهاز
admin-device-compliance = التوافق
admin-device-meets-all = يستوفي هذا الجهاز كل قواعد نُهج التوافق الخاصة بك.
admin-device-failing-intro = القواعد التالية غير مستوفاة:
admin-device-policies-link = مراجعة نُهج التوافق
admin-device-retire = إيقاف الجهاز عن الخدمة
admin-device-retire-title = هل تريد إيقاف { $name } عن الخدمة؟
admin-device-retire-text = تتوقف بيانات اعتماده عن العمل على الفور: لن يتمكن بعد ذلك من الاتصال بالخادم أو إثبات هويته عندما يطلب أحد المساعدة عليه. يبقى الجهاز في القائمة مع وضع علامة “موقوف عن الخدمة” عليه.
admin-device-retire-confirm = إيقاف الجهاز عن الخدمة
admin-device-retired = تم إيقاف { $name } عن الخدمة.
admin-device-delete = حذف الجهاز
admin-device-delete-title = هل تريد حذف { $name }؟
admin-device-delete-text = تتم إزالة الجهاز وسجله من المخزون. لاستخدامه مرة أخرى، سجّله من جديد. لا يمكن التراجع عن هذا الإجراء.
admin-device-delete-confirm = حذف الجهاز

## Enrollment tokens

admin-tokens-title = رموز التسجيل المميزة
admin-tokens-intro = يتم تسجيل الجهاز باستخدام رمز مميز تنشئه هنا. يعمل كل رمز مميز لفترة محدودة ولعدد محدود من الأجهزة.
admin-tokens-list = الرموز المميزة
admin-tokens-empty = لا توجد رموز تسجيل مميزة بعد.
admin-token-create = إنشاء رمز مميز
admin-token-create-title = إنشاء رمز تسجيل مميز
admin-token-create-submit = إنشاء الرمز المميز
admin-token-created = تم إنشاء الرمز المميز { $name }.
admin-token-name = الاسم
admin-token-name-hint = مكان استخدامه، مثل “أجهزة الكمبيوتر المحمولة في مكتب برلين”.
admin-token-hours = صالح لمدة (ساعات)
admin-token-hours-hint = من 1 إلى 720 ساعة (30 يومًا).
admin-token-max-uses = عدد الأجهزة التي يمكنه تسجيلها
admin-token-max-uses-hint = من 1 إلى 10,000.
admin-token-shown-once = انسخ هذا الرمز المميز الآن. يظهر مرة واحدة فقط؛ وإذا فُقد، فأبطله وأنشئ رمزًا آخر.
admin-token-secret = الرمز المميز “{ $name }”
admin-token-secret-hint = أعطه لتطبيق { -product-name } عند تسجيل جهاز (assist-agent enroll). يمكن لأي شخص يملكه تسجيل أجهزة في مؤسستك حتى تنتهي صلاحيته أو يتم إبطاله.
admin-token-copy-label = نسخ الرمز المميز
admin-token-copied = تم نسخ الرمز المميز إلى الحافظة.
admin-token-copy-failed = تعذّر نسخ الرمز المميز. حدده وانسخه بنفسك.
admin-token-active = نشط
admin-token-revoked = تم إبطاله
admin-token-expired = منتهي الصلاحية
admin-token-used-up = مستنفد
admin-token-uses = { $uses } من { $max }
admin-token-revoke-label = إبطال الرمز المميز { $name }
admin-token-revoke-title = هل تريد إبطال الرمز المميز { $name }؟
admin-token-revoke-text = لن يعود بإمكان الأجهزة التسجيل باستخدامه. تبقى الأجهزة التي سجّلها بالفعل مسجّلة.
admin-token-revoke-confirm = إبطال الرمز المميز
admin-token-revoked-done = تم إبطال الرمز المميز { $name }.

## Compliance policies

admin-compliance-title = نُهج التوافق
admin-compliance-intro = قواعد يجب أن تستوفيها الأجهزة المسجّلة. يتم وضع علامة “غير متوافق” على الجهاز الذي لا يستوفي إحداها، ويتم تحذير المساعِدين قبل المساعدة عليه.
admin-compliance-list = النُهج
admin-compliance-empty = لا توجد نُهج توافق، لذا يُعتبر كل جهاز متوافقًا.
admin-compliance-create = إنشاء نهج
admin-compliance-create-title = إنشاء نهج توافق
admin-compliance-create-submit = إنشاء النهج
admin-compliance-created = تم إنشاء النهج { $name }. تم التحقق من الأجهزة مرة أخرى.
admin-compliance-edit-title = تحرير النهج { $name }
admin-compliance-edit-label = تحرير النهج { $name }
admin-compliance-saved = تم حفظ النهج { $name }. تم التحقق من الأجهزة مرة أخرى.
admin-compliance-delete-label = حذف النهج { $name }
admin-compliance-delete-title = هل تريد حذف النهج { $name }؟
admin-compliance-delete-text = تتوقف قواعده عن السريان، ويتم التحقق من الأجهزة مرة أخرى. لا يمكن التراجع عن هذا الإجراء.
admin-compliance-delete-confirm = حذف النهج
admin-compliance-deleted = تم حذف النهج { $name }.
admin-compliance-name = اسم النهج
admin-compliance-name-hint = يظهر مع كل قاعدة غير مستوفاة، مثل “الأمان الأساسي”.
admin-compliance-os-legend = الحد الأدنى لإصدار نظام التشغيل
admin-compliance-os-hint = اترك النظام الأساسي فارغًا لقبول أي إصدار.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = مثل 14.2.1
admin-compliance-version-invalid = اكتب الإصدار كأرقام تفصل بينها نقاط، مثل 14.2.1.
admin-compliance-other-legend = قواعد أخرى
admin-compliance-min-agent = الحد الأدنى لإصدار تطبيق { -product-name }
admin-compliance-max-days = الحد الأقصى للأيام منذ آخر اتصال
admin-compliance-max-days-hint = من 1 إلى 365. اتركه فارغًا لعدم وضع حد.
admin-compliance-disk = طلب تشفير القرص
admin-compliance-disk-hint = يجب أن يكون قرص النظام مشفّرًا (BitLocker أو FileVault أو LUKS).
admin-rule-min-os = { $platform } { $version } أو أحدث
admin-rule-min-agent = التطبيق { $version } أو أحدث
admin-rule-check-in =
    { $days ->
        [one] اتصل خلال اليوم الأخير
        [two] اتصل خلال اليومين الأخيرين
        [few] اتصل خلال آخر { $days } أيام
        [many] اتصل خلال آخر { $days } يومًا
       *[other] اتصل خلال آخر { $days } يوم
    }
admin-rule-disk = القرص مشفّر
admin-rule-none = لا توجد قواعد

## Settings

admin-settings-title = الإعدادات
admin-settings-intro = كيفية عمل المساعدة عن بُعد في مؤسستك. يتم تسجيل كل تغيير في سجل التدقيق.
admin-settings-organisation = المؤسسة
admin-settings-name-hint = يظهر للأشخاص الذين تساعدهم بدلًا من اسم الشركة عندما لا يذكر الملف الشخصي أي شركة.
admin-settings-remote-help-heading = المساعدة عن بُعد
admin-settings-remote-help = السماح بالمساعدة عن بُعد
admin-settings-remote-help-hint = لا يمكن للمساعِدين بدء الجلسات إلا أثناء تشغيل هذا الإعداد. يؤدي إيقافه أيضًا إلى إنهاء الجلسات الجارية.
admin-settings-unenrolled = السماح بالمساعدة على الأجهزة غير المسجّلة
admin-settings-unenrolled-hint = يتيح للأشخاص مشاركة شاشتهم من متصفح ويب أو من جهاز غير مسجّل. ويظل المساعِدون يتلقون تحذيرًا بأن الجهاز غير معروف.
admin-settings-chat = الدردشة أثناء الجلسات
admin-settings-chat-hint = يمكن للمساعِدين والأشخاص الذين يساعدونهم تبادل الرسائل. يتم الاحتفاظ بالرسائل مع تقرير الجلسة.
admin-settings-limits = الرموز والتقارير
admin-settings-code-lifetime = مدة صلاحية رمز الأمان (بالدقائق)
admin-settings-code-lifetime-hint = المدة التي يظل فيها الرمز الذي يقرأه المساعِد صالحًا: من { $min } إلى { $max } دقيقة.
admin-settings-retention = الاحتفاظ بتقارير الجلسات لمدة (بالأيام)
admin-settings-retention-hint = يتم حذف التقارير الأقدم ودردشاتها: من { $min } إلى { $max } يوم.
admin-settings-save = حفظ الإعدادات
admin-settings-saved = تم حفظ الإعدادات.
admin-settings-updated-at = آخر تغيير: { $time }.
admin-settings-defaults = هذه هي الإعدادات الافتراضية؛ لم يتم تغييرها مطلقًا.

## Live sessions

admin-live-title = الجلسات المباشرة
admin-live-intro = جلسات المساعدة عن بُعد التي لم تنتهِ بعد. يتم تحديث القائمة كل بضع ثوانٍ.
admin-live-list = الجلسات الجارية
admin-live-empty = لا توجد جلسات جارية.
admin-live-updated = آخر تحديث: { $time }
admin-live-count =
    { $count ->
        [0] لا توجد جلسات جارية.
        [one] توجد جلسة واحدة جارية.
        [two] توجد جلستان جاريتان.
        [few] توجد { $count } جلسات جارية.
        [many] توجد { $count } جلسة جارية.
       *[other] توجد { $count } جلسة جارية.
    }
admin-live-not-joined = لم ينضم بعد
admin-live-nobody = لا أحد بعد
admin-live-state-waiting = في انتظار الرمز
admin-live-state-joined = انضم
admin-live-state-requested = يطلب الوصول
admin-live-state-active = قيد المشاركة
admin-live-state-ended = انتهت
admin-live-revoke-label = إبطال جلسة { $helper } مع { $sharer }
admin-live-revoke-title = هل تريد إيقاف هذه الجلسة؟
admin-live-revoke-text = تنتهي جلسة { $helper } مع { $sharer } على الفور لكليهما.
admin-live-revoke-confirm = إيقاف الجلسة
admin-live-revoked = تم إيقاف جلسة { $helper }.

## Session reports

admin-reports-title = تقارير الجلسات
admin-reports-intro = كل جلسة مساعدة عن بُعد: من ساعد من، وعلى أي جهاز، وما الوصول الذي تم منحه، وكيف انتهت.
admin-reports-filters = تصفية تقارير الجلسات
admin-reports-export-label = تصدير تقارير الجلسات المطابقة لعوامل التصفية بتنسيق CSV
admin-reports-helper = المساعِد
admin-reports-sharer = متلقي المساعدة
admin-reports-device = الجهاز
admin-reports-end-reason = طريقة الانتهاء
admin-reports-from = بدأت من
admin-reports-to = بدأت قبل
admin-reports-pages = صفحات تقارير الجلسات
admin-reports-empty = لا توجد تقارير جلسات بعد.
admin-reports-none-match = لا توجد جلسات تطابق عوامل التصفية هذه.
admin-reports-back = كل تقارير الجلسات
admin-report-open-label = جلسة { $helper } التي بدأت { $time }
admin-report-title = { $helper } يساعد { $sharer }
admin-report-title-alone = جلسة { $helper }
admin-report-started = بدأت { $time }
admin-report-details = التفاصيل
admin-report-client = تمت المشاركة من
admin-report-joined = وقت الانضمام
admin-report-ended = وقت الانتهاء
admin-report-id = معرّف الجلسة
admin-report-no-device = لا يوجد جهاز
admin-report-mode-control = التحكم الكامل
admin-report-mode-view = العرض فقط
admin-report-mode-none = لا شيء
admin-report-transcript = نص الدردشة
admin-report-transcript-count =
    { $count ->
        [0] نص الدردشة
        [one] نص الدردشة (رسالة واحدة)
        [two] نص الدردشة (رسالتان)
        [few] نص الدردشة ({ $count } رسائل)
        [many] نص الدردشة ({ $count } رسالة)
       *[other] نص الدردشة ({ $count } رسالة)
    }
admin-report-no-chat = لم تتم كتابة أي رسائل دردشة في هذه الجلسة.
admin-role-helper = المساعِد
admin-role-sharer = متلقي المساعدة
admin-client-agent = تطبيق { -product-name }
admin-client-web = متصفح ويب

admin-end-helper-left = أنهاها المساعِد
admin-end-sharer-left = أنهاها متلقي المساعدة
admin-end-helper-disconnected = انقطع اتصال المساعِد
admin-end-sharer-disconnected = انقطع اتصال متلقي المساعدة
admin-end-code-expired = انتهت صلاحية الرمز دون استخدامه
admin-end-declined-timeout = لم يتم الرد على الطلب
admin-end-revoked = أوقفها أحد المسؤولين
admin-end-policy = أوقفتها قاعدة في المؤسسة
admin-end-access-withdrawn = أُوقفت: سُحب الوصول

## Audit log

admin-audit-title = سجل التدقيق
admin-audit-intro = كل تغيير وتسجيل دخول وحدث جلسة، بدءًا من الأحدث. لا يمكن إلا الإضافة إلى السجل، وتكشف سلسلته أي عبث.
admin-audit-filters = تصفية سجل التدقيق
admin-audit-export-label = تصدير أحداث التدقيق المطابقة لعوامل التصفية بتنسيق CSV
admin-audit-actor = من
admin-audit-action = الإجراء
admin-audit-action-hint = مثل user.created أو settings.updated.
admin-audit-since = من
admin-audit-until = قبل
admin-audit-pages = صفحات أحداث التدقيق
admin-audit-empty = سجل التدقيق فارغ.
admin-audit-none-match = لا توجد أحداث تطابق عوامل التصفية هذه.
admin-audit-show-detail = إظهار التفاصيل
admin-actor-cli = سطر أوامر الخادم
admin-actor-setup-link = رابط الإعداد
admin-actor-sso = تسجيل الدخول الأحادي
admin-actor-anonymous = لم يسجّل الدخول

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = ابدأ من هنا
admin-start-title = البدء
admin-start-intro = ثلاثة أمور يجب ضبطها قبل أول جلسة مساعدة عن بُعد. يمكن تغيير كل منها لاحقًا.
admin-start-done = تم
admin-start-todo = مطلوب
admin-start-settings-needed = يتطلب هذا التغيير إذن إدارة الإعدادات. اطلبه من مسؤول لديه هذا الإذن.
admin-start-remote-heading = تشغيل المساعدة عن بُعد
admin-start-remote-off = المساعدة عن بُعد متوقفة، لذا لا يمكن لأحد بدء جلسة بعد.
admin-start-remote-on = المساعدة عن بُعد مشغّلة: يمكن للمساعِدين بدء الجلسات.
admin-start-remote-enable = تشغيل المساعدة عن بُعد
admin-start-remote-turned-on = المساعدة عن بُعد مشغّلة الآن.
admin-start-browser-heading = المشاركة من متصفح الويب
admin-start-browser-allowed = مسموح بها
admin-start-browser-not-allowed = غير مسموح بها
admin-start-browser-explain = لا يستطيع متصفح الويب إثبات الكمبيوتر الذي يعمل عليه، لذا يُعدّ جهازًا غير مسجّل. السماح بالمساعدة على الأجهزة غير المسجّلة يتيح للأشخاص مشاركة شاشاتهم من المتصفح دون تثبيت أي شيء. ويستطيع المساعِد حينها رؤية الشاشة فقط دون التحكم فيها، ويُنبَّه إلى أن الجهاز غير معروف.
admin-start-browser-off = غير مسموح بها الآن: لا يستطيع المشاركة إلا تطبيق { -product-name } على جهاز مسجّل. ومن يفتح صفحة المشاركة في متصفح ويُدخل رمزًا يُرفض.
admin-start-browser-on = مسموح بها الآن: يستطيع الأشخاص مشاركة شاشاتهم من متصفح أو من جهاز غير مسجّل.
admin-start-browser-allow = السماح بالمشاركة من المتصفح
admin-start-browser-stop = إيقاف المشاركة من المتصفح
admin-start-browser-allowed-now = أصبحت المشاركة من المتصفح مسموحًا بها.
admin-start-browser-stopped = لم تعد المشاركة من المتصفح مسموحًا بها.
admin-start-helpers-heading = تعيين مساعِدين
admin-start-helpers-none = لا يستطيع أحد تقديم المساعدة عن بُعد بعد.
admin-start-helpers-count =
    { $count ->
        [zero] لا يستطيع أحد تقديم المساعدة عن بُعد.
        [one] يستطيع شخص واحد تقديم المساعدة عن بُعد.
        [two] يستطيع شخصان تقديم المساعدة عن بُعد.
        [few] يستطيع { $count } أشخاص تقديم المساعدة عن بُعد.
        [many] يستطيع { $count } شخصًا تقديم المساعدة عن بُعد.
       *[other] يستطيع { $count } شخص تقديم المساعدة عن بُعد.
    }
admin-start-helpers-explain = يقدّم المساعِدون المساعدة عن بُعد لكل من في مؤسستك. اختر الأشخاص ثم «تعيين مساعِدين»: ينضمون إلى المجموعة { $group }، التي لها دور Help Desk Operator على جميع المستخدمين.
admin-start-helpers-pick = الأشخاص الذين سيصبحون مساعِدين
admin-start-helpers-nobody = الجميع هنا مساعِدون بالفعل. أنشئ مستخدمًا لإضافة شخص جديد.
admin-start-helpers-roles-needed = في المرة الأولى، يمنح تعيين المساعِدين المجموعةَ { $group } دورها أيضًا، وهذا يتطلب إذن إدارة الأدوار. اطلبه من مسؤول لديه هذا الإذن.
admin-start-helpers-submit = تعيين مساعِدين
admin-start-helpers-choose = اختر شخصًا واحدًا على الأقل.
admin-start-helpers-made =
    { $count ->
        [zero] لم يُعيَّن أحد في المجموعة { $group }.
        [one] أصبح شخص واحد مساعِدًا، في المجموعة { $group }.
        [two] أصبح شخصان مساعِدَين، في المجموعة { $group }.
        [few] أصبح { $count } أشخاص مساعِدين، في المجموعة { $group }.
        [many] أصبح { $count } شخصًا مساعِدين، في المجموعة { $group }.
       *[other] أصبح { $count } شخص مساعِدين، في المجموعة { $group }.
    }
admin-start-create-user = إنشاء مستخدم
admin-start-first-heading = جلستك الأولى
admin-start-not-ready = بعد إتمام الخطوات أعلاه:
admin-start-ready = كل شيء جاهز لجلسة أولى:
admin-start-first-helper = يسجّل المساعِد دخوله ويفتح «{ $page }» ويبدأ جلسة مساعدة عن بُعد جديدة تعطيه رمز أمان:
admin-start-first-sharer = يسجّل من يحتاج إلى المساعدة دخوله ويفتح هذه الصفحة ويُدخل ذلك الرمز:
admin-user-role = الدور
admin-user-role-member = عضو
admin-user-role-member-hint = يسجّل الدخول ويطلب المساعدة ويشارك شاشته.
admin-user-role-helper = مساعِد
admin-user-role-helper-hint = يقدّم المساعدة عن بُعد لكل من في المؤسسة، بصفته عضوًا في المجموعة { $group }.
admin-user-role-administrator = مسؤول
admin-user-created-helper = تم إنشاء { $name } ويمكنه الآن تقديم المساعدة عن بُعد.
