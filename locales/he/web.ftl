# Messages of the web app (Hebrew). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = דילוג לתוכן הראשי
loading = בטעינה…
go-to-sign-in = מעבר לדף הכניסה
sign-out = יציאה
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = שפה

## Form fields and checks

field-organisation-name = שם הארגון
field-organisation-name-hint = השם שבו העמיתים שלך מכירים אותו. אפשר לשנות אותו מאוחר יותר.
field-full-name = שם מלא
field-full-name-hint = מוצג לאנשים שמקבלים ממך עזרה, כדי שיידעו מי מתחבר.
field-email = דואר אלקטרוני
field-job-title-optional = תואר משרה (אופציונלי)
field-company-optional = חברה (אופציונלי)
field-password = סיסמה
field-new-password = סיסמה חדשה
field-confirm-password = אישור הסיסמה
password-hint = לפחות 12 תווים. כמה מילים שאינן קשורות זו לזו יוצרות סיסמה חזקה שקל לזכור.
form-required = זהו שדה חובה.
form-email-invalid = יש להזין כתובת דואר אלקטרוני, כגון name@example.com.
form-fix-fields = חלק מהשדות דורשים את תשומת לבך. יש לתקן את השדות המסומנים למטה.
form-error-summary = יש לתקן את השדות האלה:
password-too-short = הסיסמה חייבת להכיל לפחות { $min } תווים.
password-too-long = הסיסמה יכולה להכיל { $max } תווים לכל היותר.
password-mismatch = הסיסמאות אינן תואמות. יש להקליד את אותה סיסמה בשני השדות.

## Errors from the server, by code

error-network = לא ניתן להתחבר לשרת. יש לבדוק את החיבור ולנסות שוב.
error-invalid-credentials = כתובת הדואר האלקטרוני או הסיסמה שגויות.
error-too-many-attempts = יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.
error-too-many-attempts-wait = יותר מדי ניסיונות. יש להמתין { $seconds } שניות ולנסות שוב.
error-setup-link-invalid = הקישור הזה כבר אינו תקף: ייתכן שכבר נעשה בו שימוש או שתוקפו פג.
error-conflict = הפעולה מתנגשת עם משהו שכבר קיים.
error-email-taken = כבר קיים חשבון עם כתובת הדואר האלקטרוני הזו.
error-unauthenticated = לא בוצעה כניסה, או שההתחברות הסתיימה. יש להיכנס שוב.
error-origin-mismatch = הבקשה נדחתה כי היא לא הגיעה מהאתר הזה. יש לטעון מחדש את הדף ולנסות שוב.
error-payload-too-large = התוכן שנשלח גדול מדי.
error-forbidden = אין לך הרשאה לבצע פעולה זו.
error-timeout = השרת לא הגיב בזמן. יש לנסות שוב.
error-unavailable = השירות אינו זמין באופן זמני. יש לנסות שוב בעוד כמה דקות.
error-internal = משהו השתבש בשרת. יש לנסות שוב; אם הבעיה חוזרת, יש לפנות למנהל המערכת.
error-unexpected = אירעה שגיאה בלתי צפויה. יש לנסות שוב.
error-second-factor-required = יש להזין את הקוד מאפליקציית האימות, או אחד מקודי השחזור.
error-invalid-second-factor = הקוד שגוי או שכבר נעשה בו שימוש. יש להמתין לקוד חדש ולנסות שוב.
error-sso-not-configured = הארגון שלך אינו מציע כניסה יחידה (SSO) עבור כתובת דואר אלקטרוני זו. יש להיכנס באמצעות הסיסמה.
error-profile-managed = הארגון שלך מנהל את השם, התפקיד והחברה שלך דרך הכניסה היחידה (SSO), ולכן רק מנהל מערכת יכול לשנות אותם.
error-sso-provider-unavailable = לא ניתן להתחבר לשירות הכניסה של הארגון שלך. יש לנסות שוב בעוד כמה דקות.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = מדיניות הגישה המותנית "{ $policy }" של הארגון שלך לא מתירה זאת. יש לפנות למנהל המערכת.

## Setup link page (/setup)

setup-page-title = הגדרה – { -product-name }
setup-checking-heading = בודקים את הקישור
setup-checking = רק רגע, בודקים את הקישור…
setup-expires = הקישור הזה תקף עד { $time }.
setup-invalid-heading = לא ניתן להשתמש בקישור הזה
setup-missing-heading = דף זה דורש קישור הגדרה
setup-missing = יש לפתוח את הקישור המלא שקיבלת, כולל החלק שאחרי הסימן #.
setup-error-heading = לא ניתן היה לבדוק את הקישור
setup-unknown-purpose = הקישור הזה מיועד לפעולה שהדף הזה אינו תומך בה.
setup-invalid-help =
    יש לבקש קישור חדש ממנהל המערכת. מי שמפעיל את השרת יכול להפיק קישור
    באמצעות הפקודה “assist-server admin setup-link”.

first-admin-heading = יצירת הארגון שלך
first-admin-intro = הגדרת { -product-name } עבור הארגון שלך ויצירת חשבון מנהל המערכת הראשון. אפשר להזמין עמיתים לאחר מכן.
first-admin-organisation-legend = ארגון
first-admin-account-legend = חשבון מנהל המערכת שלך
first-admin-submit = יצירת ארגון

reset-heading = בחירת סיסמה חדשה
reset-intro = הגדרת סיסמה חדשה עבור { $email }.
reset-intro-no-email = הגדרת סיסמה חדשה לחשבון שלך.
reset-submit = הגדרת סיסמה

## Sign-in page (/sign-in)

sign-in-page-title = כניסה – { -product-name }
sign-in-heading = כניסה אל { -product-name }
sign-in-intro = יש להשתמש בכתובת הדואר האלקטרוני ובסיסמה של החשבון שלך.
sign-in-submit = כניסה
field-second-factor-code = קוד מאפליקציית האימות או קוד שחזור
sign-in-sso = כניסה עם החשבון הארגוני
sign-in-sso-needs-email = יש להזין קודם את כתובת הדואר האלקטרוני, כדי שנוכל למצוא את הארגון שלך.
sign-in-sso-refused = הכניסה היחידה (SSO) לא הצליחה. אם לחשבון שלך יש סיסמה משלו, יש להיכנס איתה כאן, ולאחר מכן לקשר את הכניסה היחידה בדף הבית שלך.
sign-in-or = או
sign-in-forgot = שכחת את הסיסמה? אפשר לבקש קישור שחזור ממנהל מערכת בארגון שלך.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = ארגון:
user-menu-label = החשבון שלך
home-heading = מחובר/ת בתור { $name }

profile-heading = הפרופיל שלך
profile-name = שם
profile-email = דואר אלקטרוני
profile-job-title = תואר משרה
profile-company = חברה
profile-role = תפקיד
profile-not-set = לא הוגדר
profile-edit = עריכת הפרופיל
profile-form-label = עריכת הפרופיל שלך
profile-save = שמירה
profile-cancel = ביטול
profile-saved = הפרופיל שלך נשמר.
profile-managed = הארגון שלך מנהל את השם, התפקיד והחברה שלך דרך הכניסה היחידה (SSO). כדי לשנות אותם, יש לפנות למנהל המערכת.
role-administrator = מנהל מערכת
role-member = חבר

picture-change = שינוי תמונה
picture-hint = תמונת PNG או JPEG בגודל של עד 256KB. האנשים שמקבלים ממך עזרה רואים אותה לפני שהם משתפים את המסך.
picture-uploading = התמונה שלך בהעלאה…
picture-updated = התמונה שלך עודכנה.
picture-wrong-type = יש לבחור תמונת PNG או JPEG.
picture-too-large = התמונה גדולה מ-256KB. יש לבחור תמונה קטנה יותר.

sessions-heading = איפה בוצעה כניסה לחשבון
sessions-intro = דפדפנים שבהם בוצעה כניסה לחשבון שלך. מומלץ לצאת מכל דפדפן שאינו מוכר לך.
session-this-device = המכשיר הזה
session-device = { $browser } ב-{ $os }
session-device-unknown = דפדפן לא ידוע
session-signed-in = כניסה: { $time }
session-last-active = פעילות אחרונה: { $time }
session-address = מהכתובת { $address }
session-sign-out = יציאה
session-sign-out-label = יציאה ב-{ $device }
session-signed-out = בוצעה יציאה ב-{ $device }.

home-admin-link = מסוף הניהול

## Home page: remote help

home-remote-help-heading = עזרה מרחוק
home-help-someone-text = יש להתחיל הפעלה ולמסור לאדם את קוד האבטחה.
home-help-someone = עזרה למישהו
home-get-help-text = קיבלת קוד אבטחה מהמסייע? אפשר להזין אותו כאן.
home-get-help = קבלת עזרה

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = כניסה יחידה (SSO)
home-sso-linked = החשבון שלך מקושר לכניסה היחידה (SSO) של הארגון.
home-sso-not-linked = החשבון שלך אינו מקושר לכניסה היחידה (SSO) של הארגון.
home-sso-link-intro = הקישור מאפשר לך להיכנס עם החשבון הארגוני.
home-sso-link = קישור כניסה יחידה
home-sso-linking = מעבר לדף הכניסה של הארגון…
