# Messages of the admin console (/admin), Hebrew. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = מסוף הניהול – { -product-name }
admin-page-title = { $section } – מסוף הניהול – { $organisation }
admin-console-name = מסוף הניהול
admin-back-home = חזרה לדף הבית
admin-nav-label = מסוף הניהול
admin-nav-group-people = אנשים
admin-nav-group-access = גישה
admin-nav-group-devices = מכשירים
admin-nav-group-organisation = ארגון
admin-nav-group-activity = פעילות

admin-denied-title = אין גישה – { -product-name }
admin-denied-heading = אין לך הרשאה להשתמש במסוף הניהול
admin-denied-text = החשבון שלך יכול להשתמש ב-{ -product-name }, אבל אינו מורשה לנהל את הארגון שלך.
admin-denied-help = אם יש לך צורך לנהל משתמשים, מכשירים או הגדרות, יש לבקש ממנהל מערכת בארגון להקצות לך תפקיד עם ההרשאות האלה.

## Shared words

admin-save = שמירה
admin-cancel = ביטול
admin-done = סיום
admin-edit = עריכה
admin-delete = מחיקה
admin-remove = הסרה
admin-revoke = ביטול גישה
admin-manage = ניהול
admin-copy = העתקה
admin-refresh = רענון
admin-search = חיפוש
admin-apply-filters = החלת מסננים
admin-clear-filters = ניקוי מסננים
admin-export-csv = ייצוא ל-CSV
admin-filter-any = הכול
admin-filter-anyone = כל אחד
admin-filter-any-device = כל מכשיר
admin-not-set = לא הוגדר
admin-never = אף פעם
admin-no-changes = אין מה לשמור: אף שדה לא השתנה.
admin-name-taken = השם הזה כבר בשימוש. יש לבחור שם אחר.
admin-number-range = יש להזין מספר שלם בין { $min } ל-{ $max }.
admin-error-refused = השרת דחה את הפעולה: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = אין לך אפשרות להשתמש באזור הזה: נדרשת לו ההרשאה "{ $permission }" על כל הארגון (כל המשתמשים וכל המכשירים), והתפקידים שלך לא נותנים אותה בהיקף כזה.
admin-section-denied-ask = יש לבקש ממנהל ב-{ $organisation } לתת לך אותה על כל הארגון.
admin-choose-user = בחירת אדם…
admin-choose-user-first = יש לבחור אדם קודם.
admin-choose-device = בחירת מכשיר…
admin-choose-device-first = יש לבחור מכשיר קודם.
admin-choose-role = בחירת תפקיד…
admin-no-devices-yet = עדיין אין מכשירים רשומים
admin-unknown-user = משתמש לא ידוע
admin-unknown-group = קבוצה לא ידועה
admin-unknown-role = תפקיד לא ידוע

admin-page-previous = הדף הקודם
admin-page-next = הדף הבא
admin-page-number = דף { $page }

admin-duration-seconds = { $seconds } שנ׳
admin-duration-minutes = { $minutes } דק׳
admin-duration-hours = { $hours } שע׳ { $minutes } דק׳
admin-duration-running = { $duration } עד כה

## Table column headings

admin-column-name = שם
admin-column-email = דואר אלקטרוני
admin-column-job-title = תואר משרה
admin-column-company = חברה
admin-column-role = תפקיד
admin-column-status = סטטוס
admin-column-actions = פעולות
admin-column-description = תיאור
admin-column-members = חברים
admin-column-created = נוצר
admin-column-permissions = הרשאות
admin-column-member-groups = ניתן לקבוצות
admin-column-scope = היקף
admin-column-state = מצב
admin-column-targets = חל על
admin-column-conditions = תנאים
admin-column-grant = תוצאה
admin-column-device = מכשיר
admin-column-platform = מערכת הפעלה
admin-column-primary-user = משתמש ראשי
admin-column-agent = גרסת האפליקציה
admin-column-enrollment = רישום
admin-column-compliance = תאימות
admin-column-last-check-in = דיווח אחרון
admin-column-uses = מכשירים שנרשמו
admin-column-expires = תפוגה
admin-column-rules = כללים
admin-column-helper = מסייע
admin-column-sharer = מקבל העזרה
admin-column-access = גישה שניתנה
admin-column-started = התחלה
admin-column-duration = משך
admin-column-outcome = אופן הסיום
admin-column-chat = הודעות צ'אט
admin-column-time = זמן
admin-column-actor = מי
admin-column-action = פעולה
admin-column-target = על מה
admin-column-detail = פרטים

## Users

admin-users-title = משתמשים
admin-users-intro = האנשים בארגון שלך שיכולים להיכנס ל-{ -product-name }, והפרופילים שלהם כפי שמקבלי העזרה רואים אותם.
admin-users-search = חיפוש לפי שם, דואר אלקטרוני, תואר משרה או חברה
admin-users-search-label = חיפוש משתמשים
admin-users-pages = דפי משתמשים
admin-users-search-summary =
    { $count ->
        [0] אין בדף הזה משתמשים שתואמים ל“{ $term }”.
        [one] משתמש אחד תואם ל“{ $term }”.
        [two] שני משתמשים תואמים ל“{ $term }”.
       *[other] { $count } משתמשים תואמים ל“{ $term }”.
    }
admin-users-none-found = אין משתמשים שתואמים ל“{ $term }”.
admin-users-empty = עדיין אין משתמשים.
admin-user-create = יצירת משתמש
admin-user-create-title = יצירת משתמש
admin-user-create-submit = יצירת משתמש
admin-user-created = { $name } נוצר.
admin-user-job-title = תואר משרה (אופציונלי)
admin-user-company = חברה (אופציונלי)
admin-user-initial-password = סיסמה ראשונית (אופציונלי)
admin-user-initial-password-hint = לפחות 12 תווים. בלי סיסמה, האדם יכול להיכנס רק באמצעות כניסה יחידה (SSO) או קישור שחזור.
admin-user-is-admin = מנהל מערכת של הארגון
admin-user-is-admin-hint = מנהלי מערכת יכולים לעשות הכול, ללא קשר לתפקידים שלהם.
admin-user-edit-title = עריכת { $name }
admin-user-edit-label = עריכת { $name }
admin-user-email-fixed = כתובת הדואר האלקטרוני מזהה את החשבון ולא ניתן לשנות אותה כאן.
admin-user-disabled = הכניסה מושבתת
admin-user-disabled-hint = השבתת הכניסה גם מסיימת את ההתחברויות של המשתמש ומבטלת את אסימוני ה-API שלו.
admin-user-new-password = סיסמה חדשה (אופציונלי)
admin-user-new-password-hint = יש להשאיר ריק כדי לשמור על הסיסמה הנוכחית. הגדרת סיסמה חדשה מוציאה את המשתמש מכל המכשירים.
admin-user-saved = השינויים ב-{ $name } נשמרו.
admin-user-status-active = פעיל
admin-user-status-disabled = הכניסה מושבתת
admin-user-delete-label = מחיקת { $name }
admin-user-delete-title = למחוק את { $name }?
admin-user-delete-text = החשבון { $email } יימחק והמשתמש יוצא מכל המכשירים. לא ניתן לבטל פעולה זו.
admin-user-delete-confirm = מחיקת משתמש
admin-user-deleted = { $name } נמחק.
admin-user-picture = תמונת פרופיל
admin-user-picture-choose = העלאת תמונה
admin-user-picture-remove = הסרת התמונה
admin-user-picture-hint = תמונת PNG או JPEG בגודל של עד 256KB. השינוי מיידי; מקבלי העזרה רואים אותה לפני שהם משתפים את המסך.
admin-user-picture-uploading = התמונה בהעלאה…
admin-user-picture-updated = התמונה של { $name } עודכנה.
admin-user-picture-removed = התמונה של { $name } הוסרה.

## Groups

admin-groups-title = קבוצות
admin-groups-intro = קבוצות מאגדות אנשים ומכשירים. הקצאות תפקידים מעניקות תפקידים לחברי קבוצות, על פני קבוצות אחרות.
admin-groups-pages = דפי קבוצות
admin-groups-empty = עדיין אין קבוצות. אפשר ליצור קבוצה כדי להעניק תפקידים לחבריה.
admin-groups-back = כל הקבוצות
admin-group-create = יצירת קבוצה
admin-group-create-title = יצירת קבוצה
admin-group-create-submit = יצירת קבוצה
admin-group-created = הקבוצה { $name } נוצרה.
admin-group-name = שם הקבוצה
admin-group-description = תיאור (אופציונלי)
admin-group-description-hint = מטרת הקבוצה, כגון “צוות התמיכה בברלין”.
admin-group-member-count =
    { $count ->
        [0] אין חברים
        [one] חבר אחד
        [two] שני חברים
       *[other] { $count } חברים
    }
admin-group-manage-label = ניהול הקבוצה { $name }
admin-group-delete = מחיקת הקבוצה
admin-group-delete-label = מחיקת הקבוצה { $name }
admin-group-delete-title = למחוק את הקבוצה { $name }?
admin-group-delete-text = החברים בקבוצה ישמרו על החשבונות שלהם, אבל יאבדו את מה שהקצאות התפקידים העניקו להם דרך הקבוצה הזו. לא ניתן לבטל פעולה זו.
admin-group-delete-confirm = מחיקת הקבוצה
admin-group-deleted = הקבוצה { $name } נמחקה.
admin-group-detail-intro = אפשר לשנות את שם הקבוצה ולבחור את החברים והמכשירים שלה.
admin-group-details = שם ותיאור
admin-group-saved = הקבוצה { $name } נשמרה.
admin-group-members = חברים
admin-group-no-members = לקבוצה הזו עדיין אין חברים.
admin-group-add-member = הוספת חבר
admin-group-add-member-label = האדם שיתווסף
admin-group-everyone-member = כולם כבר חברים בקבוצה
admin-group-member-added = { $name } נוסף/ה לקבוצה { $group }.
admin-group-member-removed = { $name } הוסר/ה מהקבוצה { $group }.
admin-group-remove-member-label = הסרת { $name } מהקבוצה
admin-group-devices = מכשירים
admin-group-devices-intro = הקצאות תפקידים שכוללות את הקבוצה הזו בהיקף שלהן חלות על המכשירים שבה.
admin-group-device-label = מכשיר
admin-group-add-device = הוספה לקבוצה
admin-group-remove-device-label = הסרת { $device } מהקבוצה
admin-group-no-devices = בקבוצה הזו עדיין אין מכשירים.
admin-group-device-added = { $device } נוסף לקבוצה { $group }.
admin-group-device-removed = { $device } הוסר מהקבוצה { $group }.

## Roles and role assignments

admin-roles-title = תפקידים
admin-roles-intro = תפקיד הוא אוסף של הרשאות. הקצאות תפקידים מעניקות תפקיד לחברי קבוצות, על פני האנשים והמכשירים שבהיקף שלהן.
admin-roles-list = תפקידים
admin-roles-list-intro = לא ניתן לשנות תפקידים מובנים; אפשר להעתיק תפקיד מובנה כדי ליצור תפקיד מותאם אישית.
admin-roles-empty = אין תפקידים.
admin-role-create = יצירת תפקיד
admin-role-create-title = יצירת תפקיד
admin-role-create-submit = יצירת תפקיד
admin-role-created = התפקיד { $name } נוצר.
admin-role-edit-title = עריכת התפקיד { $name }
admin-role-edit-label = עריכת התפקיד { $name }
admin-role-saved = התפקיד { $name } נשמר.
admin-role-copy = העתקה
admin-role-copy-label = העתקת התפקיד { $name } כתפקיד חדש
admin-role-copy-name = { $name } (עותק)
admin-role-name = שם התפקיד
admin-role-description = תיאור (אופציונלי)
admin-role-built-in = מובנה
admin-role-no-permissions = אין הרשאות
admin-role-delete-label = מחיקת התפקיד { $name }
admin-role-delete-title = למחוק את התפקיד { $name }?
admin-role-delete-text = ניתן למחוק רק תפקידים שאף הקצאה אינה מעניקה. לא ניתן לבטל פעולה זו.
admin-role-delete-confirm = מחיקת התפקיד
admin-role-deleted = התפקיד { $name } נמחק.

admin-perm-group-remote-help = עזרה מרחוק
admin-perm-group-reading = קריאה
admin-perm-group-administration = ניהול
admin-perm-offer = הצעת עזרה מרחוק
admin-perm-offer-hint = התחלת הפעלה של עזרה מרחוק עם אדם שבהיקף.
admin-perm-view-screen = צפייה במסך
admin-perm-view-screen-hint = צפייה במסך של אדם שבהיקף.
admin-perm-full-control = קבלת שליטה מלאה
admin-perm-full-control-hint = שימוש בעכבר ובמקלדת של אדם שבהיקף, בהסכמתו.
admin-perm-elevation = הרשאות מוגברות
admin-perm-elevation-hint = שמור לגרסה עתידית: הפעלה עם הרשאות מוגברות במכשיר של האדם.
admin-perm-read = קריאת מכשירים ודוחות
admin-perm-read-hint = צפייה במלאי המכשירים, בהפעלות פעילות ובדוחות ההפעלות.
admin-perm-manage-users = ניהול משתמשים וקבוצות
admin-perm-manage-users-hint = יצירה, שינוי ומחיקה של משתמשים וקבוצות, התמונות שלהם וגורמי האימות השניים שלהם.
admin-perm-manage-roles = ניהול תפקידים
admin-perm-manage-roles-hint = יצירה ושינוי של תפקידים והקצאות תפקידים.
admin-perm-manage-devices = ניהול מכשירים
admin-perm-manage-devices-hint = יצירת אסימוני רישום, הוצאה משימוש ומחיקה של מכשירים.
admin-perm-manage-settings = ניהול הגדרות
admin-perm-manage-settings-hint = שינוי ההגדרות והדומיינים המאומתים של הארגון, ועצירת הפעלות פעילות.
admin-perm-manage-policies = ניהול מדיניות
admin-perm-manage-policies-hint = יצירה ושינוי של מדיניות גישה מותנית ומדיניות תאימות.
admin-perm-read-audit = קריאת יומן הביקורת
admin-perm-read-audit-hint = צפייה בכל שינוי וכניסה שתועדו וייצוא שלהם.
admin-perm-create-api-tokens = יצירת אסימוני API
admin-perm-create-api-tokens-hint = יצירת אסימונים לסקריפטים שפועלים עם ההרשאות של בעל האסימון עצמו. תוקף האסימונים פג לאחר 90 יום, אלא אם נקבע אחרת (שנה לכל היותר).

admin-assignments-title = הקצאות תפקידים
admin-assignments-intro = מי מקבל איזה תפקיד, ועל פני מי.
admin-assignments-empty = עדיין אין הקצאות תפקידים. בלעדיהן, רק מנהלי מערכת יכולים לעזור למישהו.
admin-assignment-create = יצירת הקצאה
admin-assignment-create-title = יצירת הקצאת תפקיד
admin-assignment-create-submit = יצירת הקצאה
admin-assignment-created = ההקצאה { $name } נוצרה.
admin-assignment-edit-title = עריכת ההקצאה { $name }
admin-assignment-edit-label = עריכת ההקצאה { $name }
admin-assignment-saved = ההקצאה { $name } נשמרה.
admin-assignment-name = שם ההקצאה
admin-assignment-name-hint = כגון “התמיכה עוזרת למחלקת הכספים”.
admin-assignment-role = תפקיד
admin-assignment-members = הענקת התפקיד לחברי הקבוצות
admin-assignment-members-hint = המסייעים: כל מי שנמצא בקבוצות האלה מקבל את התפקיד.
admin-assignment-no-groups = עדיין אין קבוצות. יש ליצור קבוצות קודם.
admin-assignment-scope = היקף
admin-assignment-scope-hint = האנשים והמכשירים שהתפקיד חל עליהם.
admin-assignment-scope-groups = אנשים ומכשירים בקבוצות האלה
admin-assignment-scope-groups-hint = החברים והמכשירים של הקבוצות שנבחרו.
admin-assignment-needs-members = יש לבחור לפחות קבוצה אחת שתקבל את התפקיד.
admin-assignment-needs-scope = יש לבחור על מה התפקיד חל: כל המשתמשים, כל המכשירים או קבוצות.
admin-assignment-delete-label = מחיקת ההקצאה { $name }
admin-assignment-delete-title = למחוק את ההקצאה { $name }?
admin-assignment-delete-text = חברי הקבוצות שלה יאבדו מיד את התפקיד שהיא העניקה להם. לא ניתן לבטל פעולה זו.
admin-assignment-delete-confirm = מחיקת ההקצאה
admin-assignment-deleted = ההקצאה { $name } נמחקה.
admin-scope-all-users = כל המשתמשים
admin-scope-all-users-hint = כל אדם בארגון.
admin-scope-all-devices = כל המכשירים
admin-scope-all-devices-hint = כל מכשיר רשום של הארגון.

## Conditional access

admin-policies-title = גישה מותנית
admin-policies-intro = המדיניות קובעת אם מסייע רשאי להשתמש במסוף; היא נבדקת בעת הכניסה ושוב בעת התחלת הפעלה. במקרה של דחייה, שם המדיניות מוצג.
admin-policies-list = מדיניות
admin-policies-empty = אין מדיניות גישה מותנית. כל מסייע שיכול להיכנס רשאי להשתמש במסוף.
admin-policy-create = יצירת מדיניות
admin-policy-create-title = יצירת מדיניות גישה מותנית
admin-policy-create-submit = יצירת מדיניות
admin-policy-created = המדיניות { $name } נוצרה.
admin-policy-edit-title = עריכת המדיניות { $name }
admin-policy-edit-label = עריכת המדיניות { $name }
admin-policy-saved = המדיניות { $name } נשמרה.
admin-policy-delete-label = מחיקת המדיניות { $name }
admin-policy-delete-title = למחוק את המדיניות { $name }?
admin-policy-delete-text = המדיניות תפסיק לחול מיד. לא ניתן לבטל פעולה זו.
admin-policy-delete-confirm = מחיקת המדיניות
admin-policy-deleted = המדיניות { $name } נמחקה.
admin-policy-name = שם המדיניות
admin-policy-name-hint = המסייעים רואים את השם כשהמדיניות דוחה אותם, לכן כדאי שיסביר את הסיבה, כגון “גורם שני מחוץ למשרד”.
admin-policy-state = מצב
admin-policy-state-enabled = מופעלת
admin-policy-state-enabled-hint = המדיניות נאכפת.
admin-policy-state-report-only = דיווח בלבד
admin-policy-state-report-only-hint = המדיניות מוערכת ומה שהייתה עושה נרשם ביומן הביקורת, אך היא אף פעם לא דוחה איש. מומלץ לנסות כך מדיניות חדשה תחילה.
admin-policy-state-disabled = מושבתת
admin-policy-state-disabled-hint = המדיניות אינה נלקחת בחשבון.
admin-policy-targets = חל על
admin-policy-targets-hint = המסייעים שהמדיניות הזו עוסקת בהם.
admin-policy-all-users = כל המשתמשים
admin-policy-users = האנשים האלה
admin-policy-groups = חברי הקבוצות האלה
admin-policy-needs-targets = יש לבחור על מי המדיניות חלה: כל המשתמשים, אנשים או קבוצות.
admin-policy-conditions = תנאים
admin-policy-conditions-hint = המדיניות חלה רק כאשר כל התנאים שהוגדרו כאן מתקיימים. יש להשאיר אותם ריקים כדי שתחול תמיד.
admin-policy-inside = כתובת הלקוח נמצאת באחת מהרשתות האלה
admin-policy-inside-hint = טווח אחד בכל שורה בכתיב CIDR, כגון 10.0.0.0/8 או 2001:db8::/32.
admin-policy-outside = כתובת הלקוח אינה נמצאת באף אחת מהרשתות האלה
admin-policy-outside-hint = לכללים שחלים מחוץ למשרד. טווח אחד בכל שורה.
admin-policy-network-invalid = “{ $value }” אינו טווח רשת. יש לכתוב טווחים כגון 192.168.0.0/16.
admin-policy-second-factor = גורם שני בעת הכניסה
admin-policy-second-factor-any = לא משנה
admin-policy-second-factor-yes = נעשה שימוש בגורם שני
admin-policy-second-factor-no = לא נעשה שימוש בגורם שני
admin-policy-grant = תוצאה
admin-policy-grant-allow = אישור
admin-policy-grant-allow-hint = נרשם ביומן הביקורת; מדיניות אחרת עדיין עשויה לדחות.
admin-policy-grant-block = חסימה
admin-policy-grant-block-hint = דחיית הכניסה למסוף ודחיית התחלת הפעלות.
admin-policy-grant-second-factor = דרישת גורם שני
admin-policy-grant-second-factor-hint = אישור רק לכניסות שבהן נעשה שימוש בגורם שני.
admin-policy-lockout-warning = יש להיזהר לא לנעול את עצמך מחוץ למערכת: מדיניות שחוסמת אותך חלה מהכניסה הבאה שלך. מומלץ להשתמש במצב דיווח בלבד כדי לבדוק מדיניות תחילה.
admin-policy-when-inside = בתוך { $networks }
admin-policy-when-outside = מחוץ ל-{ $networks }
admin-policy-when-second-factor = נעשה שימוש בגורם שני
admin-policy-when-no-second-factor = לא נעשה שימוש בגורם שני
admin-policy-always = תמיד

## Devices

admin-devices-title = מכשירים
admin-devices-intro = מכשירים שנרשמו באמצעות אפליקציית { -product-name }, עם הנתונים האחרונים שדיווחו ואם הם עומדים במדיניות התאימות שלך.
admin-devices-enroll-link = רישום מכשירים
admin-devices-filters = סינון מכשירים
admin-devices-search = חיפוש
admin-devices-search-hint = שם מארח, מספר סידורי, דגם או משתמש ראשי.
admin-devices-platform = מערכת הפעלה
admin-devices-compliance = תאימות
admin-devices-state = רישום
admin-devices-pages = דפי מכשירים
admin-devices-empty = עדיין אין מכשירים רשומים. יש ליצור אסימון רישום כדי לרשום את המכשירים הראשונים.
admin-devices-none-match = אין מכשירים שתואמים למסננים האלה.
admin-devices-back = כל המכשירים
admin-device-remote-help = הפעלה חדשה של עזרה מרחוק
admin-device-unnamed = מכשיר ללא שם
admin-device-compliant = תואם
admin-device-not-compliant = לא תואם
admin-device-failing-count =
    { $count ->
        [one] כלל אחד לא מתקיים
        [two] שני כללים לא מתקיימים
       *[other] { $count } כללים לא מתקיימים
    }
admin-device-state-active = רשום
admin-device-state-retired = הוצא משימוש
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = לא דווח
admin-device-details = פרטים
admin-device-host-name = שם מארח
admin-device-model = דגם
admin-device-serial = מספר סידורי
admin-device-agent-version = גרסת האפליקציה
admin-device-disk = הצפנת דיסק
admin-device-disk-encrypted = מוצפן
admin-device-disk-not-encrypted = לא מוצפן
admin-device-enrolled-at = נרשם
admin-device-id = מזהה מכשיר
admin-device-compliance = תאימות
admin-device-meets-all = המכשיר הזה עומד בכל הכללים של מדיניות התאימות שלך.
admin-device-failing-intro = הכללים האלה אינם מתקיימים:
admin-device-policies-link = סקירת מדיניות התאימות
admin-device-retire = הוצאת המכשיר משימוש
admin-device-retire-title = להוציא את { $name } משימוש?
admin-device-retire-text = פרטי הזיהוי של המכשיר יפסיקו לפעול מיד: הוא לא יוכל עוד לדווח או להוכיח את זהותו כשמישהו מבקש עזרה בו. המכשיר יישאר ברשימה, מסומן כמכשיר שהוצא משימוש.
admin-device-retire-confirm = הוצאת המכשיר משימוש
admin-device-retired = { $name } הוצא משימוש.
admin-device-delete = מחיקת המכשיר
admin-device-delete-title = למחוק את { $name }?
admin-device-delete-text = המכשיר וההיסטוריה שלו יוסרו מהמלאי. כדי להשתמש בו שוב, יש לרשום אותו מחדש. לא ניתן לבטל פעולה זו.
admin-device-delete-confirm = מחיקת המכשיר

## Enrollment tokens

admin-tokens-title = אסימוני רישום
admin-tokens-intro = מכשיר נרשם באמצעות אסימון שיוצרים כאן. כל אסימון תקף לזמן מוגבל ולמספר מוגבל של מכשירים.
admin-tokens-list = אסימונים
admin-tokens-empty = עדיין אין אסימוני רישום.
admin-token-create = יצירת אסימון
admin-token-create-title = יצירת אסימון רישום
admin-token-create-submit = יצירת אסימון
admin-token-created = האסימון { $name } נוצר.
admin-token-name = שם
admin-token-name-hint = היכן הוא משמש, כגון “מחשבים ניידים במשרד ברלין”.
admin-token-hours = תקף למשך (שעות)
admin-token-hours-hint = 1 עד 720 שעות (30 ימים).
admin-token-max-uses = מספר המכשירים שהוא יכול לרשום
admin-token-max-uses-hint = 1 עד 10,000.
admin-token-shown-once = יש להעתיק את האסימון עכשיו. הוא מוצג פעם אחת בלבד; אם הוא אובד, יש לבטל אותו וליצור אסימון אחר.
admin-token-secret = האסימון “{ $name }”
admin-token-secret-hint = יש למסור אותו לאפליקציית { -product-name } בעת רישום מכשיר (assist-agent enroll). כל מי שמחזיק בו יכול לרשום מכשירים בארגון שלך עד שתוקפו יפוג או שהוא יבוטל.
admin-token-copy-label = העתקת האסימון
admin-token-copied = האסימון הועתק ללוח.
admin-token-copy-failed = לא ניתן היה להעתיק את האסימון. יש לסמן אותו ולהעתיק אותו ידנית.
admin-token-active = פעיל
admin-token-revoked = בוטל
admin-token-expired = פג תוקף
admin-token-used-up = נוצל במלואו
admin-token-uses = { $uses } מתוך { $max }
admin-token-revoke-label = ביטול האסימון { $name }
admin-token-revoke-title = לבטל את האסימון { $name }?
admin-token-revoke-text = לא ניתן יהיה עוד לרשום מכשירים באמצעותו. מכשירים שכבר נרשמו באמצעותו יישארו רשומים.
admin-token-revoke-confirm = ביטול האסימון
admin-token-revoked-done = האסימון { $name } בוטל.

## Compliance policies

admin-compliance-title = מדיניות תאימות
admin-compliance-intro = כללים שמכשירים רשומים חייבים לעמוד בהם. מכשיר שאינו עומד באחד מהם מסומן כלא תואם, והמסייעים מקבלים אזהרה לפני שהם עוזרים בו.
admin-compliance-list = מדיניות
admin-compliance-empty = אין מדיניות תאימות, ולכן כל מכשיר נחשב לתואם.
admin-compliance-create = יצירת מדיניות
admin-compliance-create-title = יצירת מדיניות תאימות
admin-compliance-create-submit = יצירת מדיניות
admin-compliance-created = המדיניות { $name } נוצרה. המכשירים נבדקו מחדש.
admin-compliance-edit-title = עריכת המדיניות { $name }
admin-compliance-edit-label = עריכת המדיניות { $name }
admin-compliance-saved = המדיניות { $name } נשמרה. המכשירים נבדקו מחדש.
admin-compliance-delete-label = מחיקת המדיניות { $name }
admin-compliance-delete-title = למחוק את המדיניות { $name }?
admin-compliance-delete-text = הכללים שלה יפסיקו לחול, והמכשירים ייבדקו מחדש. לא ניתן לבטל פעולה זו.
admin-compliance-delete-confirm = מחיקת המדיניות
admin-compliance-deleted = המדיניות { $name } נמחקה.
admin-compliance-name = שם המדיניות
admin-compliance-name-hint = מוצג עם כל כלל שאינו מתקיים, כגון “אבטחה בסיסית”.
admin-compliance-os-legend = גרסת מערכת ההפעלה המינימלית
admin-compliance-os-hint = יש להשאיר פלטפורמה ריקה כדי לקבל כל גרסה.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = כגון 14.2.1
admin-compliance-version-invalid = יש לכתוב גרסה כמספרים המופרדים בנקודות, כגון 14.2.1.
admin-compliance-other-legend = כללים אחרים
admin-compliance-min-agent = גרסת אפליקציית { -product-name } המינימלית
admin-compliance-max-days = מספר הימים המרבי מאז הדיווח האחרון
admin-compliance-max-days-hint = 1 עד 365. יש להשאיר ריק ללא הגבלה.
admin-compliance-disk = דרישת הצפנת דיסק
admin-compliance-disk-hint = דיסק המערכת חייב להיות מוצפן (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ואילך
admin-rule-min-agent = אפליקציה בגרסה { $version } ואילך
admin-rule-check-in =
    { $days ->
        [one] דיווח ביום האחרון
        [two] דיווח ביומיים האחרונים
       *[other] דיווח ב-{ $days } הימים האחרונים
    }
admin-rule-disk = הדיסק מוצפן
admin-rule-none = אין כללים

## Settings

admin-settings-title = הגדרות
admin-settings-intro = אופן הפעולה של העזרה מרחוק בארגון שלך. כל שינוי מתועד ביומן הביקורת.
admin-settings-organisation = ארגון
admin-settings-name-hint = מוצג למקבלי העזרה במקום שם החברה, כשהפרופיל אינו מציין חברה.
admin-settings-remote-help-heading = עזרה מרחוק
admin-settings-remote-help = התרת עזרה מרחוק
admin-settings-remote-help-hint = מסייעים יכולים להתחיל הפעלות רק כשההגדרה הזו מופעלת. כיבוי ההגדרה מסיים גם את ההפעלות המתנהלות.
admin-settings-unenrolled = התרת עזרה במכשירים שאינם רשומים
admin-settings-unenrolled-hint = מאפשרת לאנשים לשתף את המסך מדפדפן אינטרנט או ממכשיר שאינו רשום. המסייעים עדיין מקבלים אזהרה שהמכשיר אינו מוכר.
admin-settings-chat = צ'אט במהלך הפעלות
admin-settings-chat-hint = המסייעים ומקבלי העזרה יכולים להתכתב. ההודעות נשמרות עם דוח ההפעלה.
admin-settings-limits = קודים ודוחות
admin-settings-code-lifetime = משך התוקף של קוד האבטחה (דקות)
admin-settings-code-lifetime-hint = כמה זמן הקוד שהמסייע מקריא נשאר תקף: { $min } עד { $max } דקות.
admin-settings-retention = שמירת דוחות הפעלה למשך (ימים)
admin-settings-retention-hint = דוחות ישנים יותר והצ'אט שלהם נמחקים: { $min } עד { $max } ימים.
admin-settings-save = שמירת ההגדרות
admin-settings-saved = ההגדרות נשמרו.
admin-settings-updated-at = שינוי אחרון: { $time }.
admin-settings-defaults = אלה הגדרות ברירת המחדל; הן מעולם לא שונו.

## Live sessions

admin-live-title = הפעלות פעילות
admin-live-intro = הפעלות של עזרה מרחוק שעדיין לא הסתיימו. הרשימה מתרעננת כל כמה שניות.
admin-live-list = הפעלות מתנהלות
admin-live-empty = אין הפעלות מתנהלות.
admin-live-updated = עודכן { $time }
admin-live-count =
    { $count ->
        [0] אין הפעלות מתנהלות.
        [one] הפעלה אחת מתנהלת.
        [two] שתי הפעלות מתנהלות.
       *[other] { $count } הפעלות מתנהלות.
    }
admin-live-not-joined = עדיין לא הצטרף
admin-live-nobody = עדיין אף אחד
admin-live-state-waiting = ממתין לקוד
admin-live-state-joined = הצטרף
admin-live-state-requested = מבקש גישה
admin-live-state-active = משתף
admin-live-state-ended = הסתיימה
admin-live-revoke-label = ביטול ההפעלה של { $helper } עם { $sharer }
admin-live-revoke-title = לעצור את ההפעלה הזו?
admin-live-revoke-text = ההפעלה של { $helper } עם { $sharer } תסתיים מיד עבור שניהם.
admin-live-revoke-confirm = עצירת ההפעלה
admin-live-revoked = ההפעלה של { $helper } נעצרה.

## Session reports

admin-reports-title = דוחות הפעלות
admin-reports-intro = כל הפעלה של עזרה מרחוק: מי עזר למי, באיזה מכשיר, איזו גישה ניתנה ואיך היא הסתיימה.
admin-reports-filters = סינון דוחות הפעלות
admin-reports-export-label = ייצוא ל-CSV של דוחות ההפעלות שתואמים למסננים
admin-reports-helper = מסייע
admin-reports-sharer = מקבל העזרה
admin-reports-device = מכשיר
admin-reports-end-reason = אופן הסיום
admin-reports-from = התחלה מתאריך
admin-reports-to = התחלה לפני תאריך
admin-reports-pages = דפי דוחות הפעלות
admin-reports-empty = עדיין אין דוחות הפעלות.
admin-reports-none-match = אין הפעלות שתואמות למסננים האלה.
admin-reports-back = כל דוחות ההפעלות
admin-report-open-label = ההפעלה של { $helper } שהתחילה { $time }
admin-report-title = { $helper } עוזר/ת ל-{ $sharer }
admin-report-title-alone = ההפעלה של { $helper }
admin-report-started = התחילה { $time }
admin-report-details = פרטים
admin-report-client = מקור השיתוף
admin-report-joined = הצטרפות
admin-report-ended = סיום
admin-report-id = מזהה ההפעלה
admin-report-no-device = ללא מכשיר
admin-report-mode-control = שליטה מלאה
admin-report-mode-view = צפייה בלבד
admin-report-mode-none = ללא
admin-report-transcript = תמליל הצ'אט
admin-report-transcript-count =
    { $count ->
        [0] תמליל הצ'אט
        [one] תמליל הצ'אט (הודעה אחת)
        [two] תמליל הצ'אט (שתי הודעות)
       *[other] תמליל הצ'אט ({ $count } הודעות)
    }
admin-report-no-chat = לא נכתבו הודעות צ'אט בהפעלה הזו.
admin-role-helper = מסייע
admin-role-sharer = מקבל העזרה
admin-client-agent = אפליקציית { -product-name }
admin-client-web = דפדפן אינטרנט

admin-end-helper-left = המסייע סיים
admin-end-sharer-left = מקבל העזרה סיים
admin-end-helper-disconnected = החיבור של המסייע אבד
admin-end-sharer-disconnected = החיבור של מקבל העזרה אבד
admin-end-code-expired = תוקף הקוד פג ללא שימוש
admin-end-declined-timeout = לא התקבלה תשובה לבקשה
admin-end-revoked = נעצרה על ידי מנהל מערכת
admin-end-policy = נעצרה על ידי כלל ארגוני
admin-end-access-withdrawn = נעצרה: הגישה בוטלה

## Audit log

admin-audit-title = יומן ביקורת
admin-audit-intro = כל שינוי, כניסה ואירוע הפעלה, מהחדש לישן. ביומן ניתן רק להוסיף רשומות, והשרשרת שלו מזהה שיבוש.
admin-audit-filters = סינון יומן הביקורת
admin-audit-export-label = ייצוא ל-CSV של אירועי הביקורת שתואמים למסננים
admin-audit-actor = מי
admin-audit-action = פעולה
admin-audit-action-hint = כגון user.created או settings.updated.
admin-audit-since = מתאריך
admin-audit-until = לפני תאריך
admin-audit-pages = דפי אירועי ביקורת
admin-audit-empty = יומן הביקורת ריק.
admin-audit-none-match = אין אירועים שתואמים למסננים האלה.
admin-audit-show-detail = הצגת פרטים
admin-actor-cli = שורת הפקודה של השרת
admin-actor-setup-link = קישור הגדרה
admin-actor-sso = כניסה יחידה (SSO)
admin-actor-anonymous = לא מחובר

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = מתחילים כאן
admin-start-title = תחילת העבודה
admin-start-intro = שלושה דברים שיש להסדיר לפני סשן העזרה מרחוק הראשון. אפשר לשנות כל אחד מהם מאוחר יותר.
admin-start-done = בוצע
admin-start-todo = לביצוע
admin-start-settings-needed = שינוי זה דורש הרשאה לניהול הגדרות. בקשו ממנהל מערכת שיש לו אותה.
admin-start-remote-heading = הפעלת עזרה מרחוק
admin-start-remote-off = העזרה מרחוק כבויה, ולכן אף אחד עדיין לא יכול להתחיל סשן.
admin-start-remote-on = העזרה מרחוק פועלת: מסייעים יכולים להתחיל סשנים.
admin-start-remote-enable = הפעלת עזרה מרחוק
admin-start-remote-turned-on = העזרה מרחוק פועלת עכשיו.
admin-start-browser-heading = שיתוף מדפדפן אינטרנט
admin-start-browser-allowed = מותר
admin-start-browser-not-allowed = לא מותר
admin-start-browser-explain = דפדפן אינטרנט לא יכול להוכיח באיזה מחשב הוא פועל, ולכן הוא נחשב למכשיר שאינו רשום. התרת עזרה במכשירים שאינם רשומים מאפשרת לשתף את המסך מדפדפן, בלי להתקין דבר. המסייע יכול אז רק לראות את המסך, לא לשלוט בו, ומקבל אזהרה שהמכשיר אינו מוכר.
admin-start-browser-off = לא מותר כרגע: רק אפליקציית { -product-name } במכשיר רשום יכולה לשתף. מי שפותח את דף השיתוף בדפדפן ומזין קוד נדחה.
admin-start-browser-on = מותר כרגע: אפשר לשתף את המסך מדפדפן או ממכשיר שאינו רשום.
admin-start-browser-allow = התרת שיתוף מדפדפן
admin-start-browser-stop = הפסקת שיתוף מדפדפן
admin-start-browser-allowed-now = שיתוף מדפדפן מותר עכשיו.
admin-start-browser-stopped = שיתוף מדפדפן כבר לא מותר.
admin-start-helpers-heading = מינוי מסייעים
admin-start-helpers-none = אף אחד עדיין לא יכול להציע עזרה מרחוק.
admin-start-helpers-count =
    { $count ->
        [one] אדם אחד יכול להציע עזרה מרחוק.
        [two] שני אנשים יכולים להציע עזרה מרחוק.
       *[other] { $count } אנשים יכולים להציע עזרה מרחוק.
    }
admin-start-helpers-explain = מסייעים מציעים עזרה מרחוק לכל מי שבארגון. בחרו אנשים ואז „מינוי מסייעים”: הם מצטרפים לקבוצה { $group }, שיש לה התפקיד Help Desk Operator על כל המשתמשים.
admin-start-helpers-pick = אנשים שיהפכו למסייעים
admin-start-helpers-nobody = כל מי שכאן כבר מסייע. כדי להוסיף מישהו, צרו משתמש.
admin-start-helpers-roles-needed = בפעם הראשונה, מינוי מסייעים נותן גם לקבוצה { $group } את התפקיד שלה, וזה דורש הרשאה לניהול תפקידים. בקשו ממנהל מערכת שיש לו אותה.
admin-start-helpers-submit = מינוי מסייעים
admin-start-helpers-choose = בחרו לפחות אדם אחד.
admin-start-helpers-made =
    { $count ->
        [one] אדם אחד הוא עכשיו מסייע, בקבוצה { $group }.
        [two] שני אנשים הם עכשיו מסייעים, בקבוצה { $group }.
       *[other] { $count } אנשים הם עכשיו מסייעים, בקבוצה { $group }.
    }
admin-start-create-user = יצירת משתמש
admin-start-first-heading = הסשן הראשון שלכם
admin-start-not-ready = אחרי שהשלבים שלמעלה יבוצעו:
admin-start-ready = הכול מוכן לסשן ראשון:
admin-start-first-helper = מסייע נכנס, פותח את „{ $page }” ומתחיל סשן עזרה מרחוק חדש, שנותן לו קוד אבטחה:
admin-start-first-sharer = מי שזקוק לעזרה נכנס, פותח את הדף הזה ומזין את הקוד:
admin-user-role = תפקיד
admin-user-role-member = חבר
admin-user-role-member-hint = נכנס, מבקש עזרה ומשתף את המסך שלו.
admin-user-role-helper = מסייע
admin-user-role-helper-hint = מציע עזרה מרחוק לכל מי שבארגון, כחבר בקבוצה { $group }.
admin-user-role-administrator = מנהל מערכת
admin-user-created-helper = { $name } נוצר ויכול עכשיו להציע עזרה מרחוק.
