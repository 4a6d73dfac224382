# Messages of the remote help pages (Hebrew): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = סיום ההפעלה
session-ended-heading = ההפעלה הסתיימה
session-reconnecting = החיבור נקטע. מתחבר מחדש…
session-replaced = ההפעלה נפתחה בחלון אחר, ולכן היא הופסקה בחלון זה.
session-connection-closed = החיבור לשרת נסגר.
go-home = חזרה לדף הבית

## The trust card: who is on the other side

trust-helper-heading = המסייע שלך
trust-sharer-heading = האדם שמקבל ממך עזרה
trust-job-title = תואר משרה
trust-company = חברה
trust-domain = דומיין הארגון
trust-domain-verified = מאומת
trust-domain-unverified = לא מאומת
trust-not-set = לא צוין

## The device the helper is about to help with

device-heading = מכשיר
device-name = שם
device-system = מערכת הפעלה
device-compliance = תאימות
device-compliant = תואם
device-not-compliant = לא תואם
device-web-browser = האדם הצטרף מדפדפן אינטרנט, ולכן לא ניתן לזהות את המכשיר.
device-none = אין מידע על המכשיר.
warning-device-not-enrolled = המכשיר הזה אינו רשום בארגון שלך.
warning-device-not-enrolled-detail = הזהות ומצב האבטחה של המכשיר אינם ידועים. יש להיזהר במה שפותחים או מקלידים בו.
warning-device-not-compliant = המכשיר הזה אינו עומד במדיניות התאימות של הארגון שלך:

## Chat

chat-heading = צ'אט
chat-list-label = הודעות
chat-input-label = הודעה
chat-placeholder = כתיבת הודעה…
chat-send = שליחה
chat-you = את/ה
chat-role-helper = מסייע
chat-role-sharer = מקבל העזרה
chat-sending = בשליחה…
chat-too-long = הודעה יכולה להכיל { $max } תווים לכל היותר.

## Helper console

helper-page-title = עזרה מרחוק – Assist
helper-page-title-org = עזרה מרחוק – { $organisation }
helper-start-heading = התחלת הפעלה של עזרה מרחוק
helper-start-intro = יתקבל קוד אבטחה בן 8 ספרות. יש למסור אותו לאדם שמקבל ממך עזרה; הוא יזין אותו כדי להתחבר.
helper-device-label = מכשיר (אופציונלי)
helper-device-none = ללא מכשיר מסוים
helper-device-hint = אם המכשיר של האדם ידוע לך, כדאי לבחור אותו: ההפעלה תעבוד רק במכשיר הזה, ומצב התאימות שלו יוצג לך.
helper-start-button = הפעלה חדשה של עזרה מרחוק
helper-start-another = התחלת הפעלה נוספת
helper-session-heading = הפעלה של עזרה מרחוק
helper-code-heading = קוד אבטחה
helper-code-copy = העתקת הקוד
helper-code-copied = הקוד הועתק.
helper-code-copy-failed = לא ניתן היה להעתיק את הקוד. אפשר להקריא אותו במקום זאת.
helper-code-expires-in = התוקף יפוג בעוד { $time }
helper-code-expired = תוקף הקוד פג.
helper-code-one-minute = תוקף קוד האבטחה יפוג בעוד דקה.
helper-code-instructions = יש לבקש מהאדם לפתוח את { $address }, להיכנס ולהזין את הקוד הזה.
helper-code-not-shown-again = קוד האבטחה מוצג פעם אחת בלבד. אם האדם עדיין לא הצטרף, יש לסיים את ההפעלה הזו ולהתחיל הפעלה חדשה.
helper-status-waiting = ממתין שהאדם יזין את הקוד…
helper-status-joined = { $name } הצטרף/ה. כשיהיה לך נוח, אפשר לבקש לראות את המסך.
helper-status-asked-view = ממתין לאישור של { $name } לצפייה במסך…
helper-status-asked-control = ממתין לאישור של { $name } לשליטה מלאה…
helper-status-connecting = מתחבר למסך של { $name }…
helper-status-viewing = המסך של { $name } מוצג לך.
helper-sharer-joined = { $name } הצטרף/ה להפעלה.
helper-request-declined = { $name } דחה/תה את הבקשה שלך.
helper-granted-view = { $name } אישר/ה לך לראות את המסך.
helper-granted-control = { $name } אישר/ה שליטה מלאה.
helper-granted-view-only = { $name } אישר/ה צפייה בלבד.
helper-escalation-declined = { $name } השאיר/ה צפייה בלבד.
helper-control-taken-back = { $name } לקח/ה בחזרה את השליטה. המסך עדיין מוצג לך.
helper-control-paused = { $name } השהה/תה את השליטה שלך.
helper-control-resumed = { $name } החזיר/ה לך את השליטה.
helper-connection-failed = לא ניתן היה להתחבר למסך. יש לבדוק את הרשת, או לסיים את ההפעלה ולנסות שוב.
helper-mode-heading = מה נדרש לך?
helper-mode-hint = אפשר לבקש צפייה בלבד כדי לצפות, או שליטה מלאה כדי להשתמש בעכבר ובמקלדת של האדם. ההחלטה בידיו.
helper-mode-web-hint = האדם משתמש בדפדפן אינטרנט, שיכול לשתף את המסך לצפייה בלבד. שליטה מלאה מחייבת את אפליקציית Assist במכשיר שלו.
helper-escalate-hint = אפשר לבקש שליטה מלאה; ההחלטה שוב בידי האדם.
helper-request-view = בקשת צפייה בלבד
helper-request-control = בקשת שליטה מלאה

## The remote screen in the helper console

viewer-heading = המסך של { $name }
viewer-stage-label = המסך המרוחק של { $name }
viewer-toolbar-label = תצוגת מסך
viewer-fit = התאמה לחלון
viewer-actual-size = גודל אמיתי
viewer-full-screen = מסך מלא
viewer-monitor-label = צג
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = צפייה בלבד
viewer-mode-control = שליטה מלאה
viewer-mode-paused = השליטה מושהית
viewer-role-view = מסך מרוחק, צפייה בלבד
viewer-role-control = מסך מרוחק, העכבר והמקלדת שלך שולטים במחשב השני
viewer-hint-view = אפשר לראות את המסך אך לא להשתמש בו.
viewer-hint-control = יש ללחוץ על המסך כדי להשתמש בו. כל עוד הוא בפוקוס, כל מקש, כולל קיצורי מקשים, נשלח למחשב השני. כדי לחזור לסרגל הכלים, יש להקיש Ctrl+Alt+Home.

## Sharer web app

share-page-title = קבלת עזרה – Assist
share-page-title-org = קבלת עזרה – { $organisation }
share-join-heading = קבלת עזרה
share-join-intro = יש להזין את קוד האבטחה שקיבלת מהמסייע. יוצג לך מי הוא לפני שהוא יוכל לראות משהו.
share-code-label = קוד אבטחה
share-code-hint = 8 ספרות, לדוגמה 1234 5678.
share-code-invalid-format = יש להזין את 8 הספרות של קוד האבטחה.
share-join-button = המשך
share-join-another = הזנת קוד אחר
share-session-heading = עזרה מרחוק
share-status-joined = נוצר חיבור עם { $name }. בקרוב תתקבל בקשה לראות את המסך שלך.
share-status-asked = { $name } ממתין/ה לתשובתך.
share-status-sharing = המסך שלך משותף עם { $name }.
share-request-view-heading = { $name } מבקש/ת לראות את המסך שלך
share-request-view-text = { $name } יוכל/תוכל לראות את כל מה שמופיע במסך שבחרת, אבל לא להשתמש בעכבר או במקלדת שלך. אפשר להפסיק בכל עת.
share-request-control-heading = { $name } מבקש/ת שליטה מלאה
share-request-control-text = עם שליטה מלאה, { $name } יוכל/תוכל להשתמש בעכבר ובמקלדת שלך.
share-control-needs-app = שליטה מלאה מחייבת את אפליקציית Assist במכשיר הזה. בדפדפן אפשר לשתף את המסך לצפייה בלבד.
share-allow = אישור
share-allow-view-only = אישור צפייה בלבד
share-decline = דחייה
share-keep-view-only = להישאר בצפייה בלבד
share-picker-cancelled = לא נבחר מסך, ולכן שום דבר אינו משותף. אפשר לבחור שוב “אישור” כדי לבחור מסך, או “דחייה”.
share-capture-failed = הדפדפן הזה לא הצליח לשתף את המסך. אפשר לנסות דפדפן אחר, או לדחות את הבקשה.
share-reshare-heading = המסך שלך כבר אינו משותף
share-reshare-text = הדף נטען מחדש, ולכן { $name } כבר לא רואה את המסך שלך. אפשר לשתף אותו שוב, או לסיים את ההפעלה.
share-reshare-button = שיתוף המסך מחדש
share-bar-label = שיתוף מסך
share-bar-text = המסך שלך משותף עם { $name }
share-stop = הפסקת השיתוף
share-connection-failed = לא ניתן היה לשלוח את המסך שלך. יש לבדוק את הרשת, או לסיים את ההפעלה ולנסות שוב.

## Why a session ended, as the helper hears it

ended-helper-helper-left = סיימת את ההפעלה.
ended-helper-sharer-left = { $name } סיים/ה את ההפעלה.
ended-helper-helper-disconnected = החיבור שלך היה מנותק זמן רב מדי, ולכן ההפעלה הסתיימה.
ended-helper-sharer-disconnected = החיבור של { $name } אבד ולא חזר, ולכן ההפעלה הסתיימה.
ended-helper-code-expired = איש לא הזין את הקוד לפני שתוקפו פג.
ended-helper-declined-timeout = { $name } לא השיב/ה לבקשה שלך בזמן.
ended-helper-revoked = מנהל מערכת סיים את ההפעלה הזו.
ended-helper-policy = ההפעלה הסתיימה כי העזרה מרחוק הושבתה עבור הארגון שלך.
ended-helper-access-withdrawn = ההפעלה הסתיימה כי הגישה שלך השתנתה: החשבון, הכניסה או תפקיד העזרה מרחוק שלך כבר לא מתירים את ההפעלה הזו.
ended-helper-other = ההפעלה הסתיימה.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } סיים/ה את ההפעלה.
ended-sharer-sharer-left = סיימת את ההפעלה. שום דבר כבר אינו משותף.
ended-sharer-helper-disconnected = החיבור של { $name } אבד ולא חזר, ולכן ההפעלה הסתיימה.
ended-sharer-sharer-disconnected = החיבור שלך היה מנותק זמן רב מדי, ולכן ההפעלה הסתיימה.
ended-sharer-code-expired = תוקף הקוד פג.
ended-sharer-declined-timeout = לא התקבלה ממך תשובה בזמן, ולכן ההפעלה הסתיימה. שום דבר לא שותף.
ended-sharer-revoked = מנהל מערכת סיים את ההפעלה הזו.
ended-sharer-policy = ההפעלה הסתיימה כי העזרה מרחוק הושבתה עבור הארגון שלך.
ended-sharer-access-withdrawn = ההפעלה הסתיימה כי { $name } כבר לא רשאי/ת לעזור לך, או שהגישה שלך השתנתה. שום דבר כבר לא משותף.
ended-sharer-other = ההפעלה הסתיימה.

## Refusals from the server

error-remote-help-disabled = העזרה מרחוק מושבתת עבור הארגון שלך. מנהל מערכת יכול להפעיל אותה.
error-code-invalid = הקוד הזה אינו תקף. יש לבדוק את הספרות ולנסות שוב.
error-code-expired = תוקף הקוד הזה פג. יש לבקש קוד חדש מהמסייע.
error-code-used = כבר נעשה שימוש בקוד הזה. יש לבקש קוד חדש מהמסייע.
error-unenrolled-device = הארגון שלך מתיר עזרה רק במכשירים רשומים. יש להתקין את אפליקציית Assist במכשיר הזה, או לפנות למנהל המערכת.
error-wrong-device = ההפעלה הזו הותחלה עבור מכשיר אחר. יש לבקש מהמסייע קוד עבור המכשיר הזה.
error-chat-disabled = הצ'אט מושבת עבור הארגון שלך.
error-invalid-transition = הפעולה אינה אפשרית בשלב זה של ההפעלה.
error-session-ended = ההפעלה הזו כבר הסתיימה.
error-control-needs-agent = שליטה מלאה מחייבת את אפליקציית Assist במכשיר של האדם השני.
error-session-not-found = ההפעלה הזו אינה קיימת, או שאינך משתתף/ת בה.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = החשבון שלך לא יכול להציע עזרה מרחוק: נדרשות לו ההרשאות "הצעת עזרה מרחוק" ו-"צפייה במסך". יש לבקש ממנהל בארגון להגדיר אותך כעוזר.
error-browser-sharing-not-allowed = הארגון שלך לא מתיר שיתוף מסך מדפדפן אינטרנט. יש להתקין את אפליקציית Assist במכשיר הזה ולהזין בה את הקוד, או לפנות לתמיכה.
error-sharer-out-of-scope = העוזר הזה לא רשאי לעזור לך: התפקיד שלו לא כולל אותך או את המכשיר הזה. יש לשאול את התמיכה מי יכול לעזור לך.
error-own-session = התחלת את הסשן הזה בעצמך. יש למסור את הקוד לאדם שאת/ה עוזר/ת לו; הוא מזין אותו כדי להתחבר.
error-helper-unavailable = העוזר שנתן לך את הקוד כבר לא יכול לעזור. יש לבקש מהתמיכה מישהו אחר.
error-device-in-other-organisation = המכשיר הזה רשום בארגון אחר. יש לפנות למנהל המערכת.
error-device-out-of-scope = המכשיר הזה מחוץ לתפקיד שלך: אין לך אפשרות לעזור בו. יש לבחור מכשיר אחר, או לא לבחור מכשיר.
error-chat-empty = יש לכתוב הודעה לפני השליחה.
error-chat-too-long = ההודעה ארוכה מדי. יש לקצר אותה ולשלוח שוב.
error-chat-invalid-characters = ההודעה מכילה תווי בקרה בלתי נראים שאי אפשר לשלוח. יש להסיר אותם ולנסות שוב.
helper-permission-heading = עדיין אין לך אפשרות להציע עזרה מרחוק
helper-permission-text = כדי להציע עזרה מרחוק נדרשות ההרשאות "הצעת עזרה מרחוק" ו-"צפייה במסך", והן לא קיימות בחשבון שלך.
helper-ask-admin = יש לבקש ממנהל ב-{ $organisation } לשנות זאת.
helper-disabled-heading = העזרה מרחוק כבויה
helper-disabled-text = הארגון שלך לא הפעיל עזרה מרחוק, ולכן עדיין אי אפשר להתחיל סשן.
helper-open-settings = פתיחת הגדרות הארגון
helper-browser-note = הארגון שלך לא מתיר שיתוף מדפדפן אינטרנט: האדם שאת/ה עוזר/ת לו צריך את אפליקציית Assist במכשיר רשום.
helper-join-refused-heading = מישהו ניסה להצטרף עם הקוד הזה
helper-join-refused-browser-sharing-not-allowed = נעשה שימוש בדפדפן אינטרנט, והארגון שלך לא מתיר שיתוף מדפדפן. יש לבקש להזין את אותו קוד באפליקציית Assist: הוא עדיין בתוקף.
helper-join-refused-unenrolled-device = המכשיר שלו לא רשום, והארגון שלך מתיר עזרה רק במכשירים רשומים. יש לבקש להשתמש באפליקציית Assist במכשיר רשום: הקוד עדיין בתוקף.
helper-join-refused-sharer-out-of-scope = התפקיד שלך לא כולל את האדם הזה או את המכשיר שלו, ולכן הוא לא הצליח להצטרף. יש להעביר אותו לעוזר שהתפקיד שלו כולל אותו, או לבקש ממנהל להרחיב את התפקיד שלך.
helper-join-refused-wrong-device = נעשה שימוש במכשיר אחר מזה שבחרת לסשן הזה. יש לבקש להשתמש באפליקציית Assist במכשיר ההוא: הקוד עדיין בתוקף.
share-app-explained = אפליקציית Assist היא התוכנה של הארגון שלך לקבלת עזרה במחשב הזה. בעזרתה העוזר יכול להשתמש בעכבר ובמקלדת שלך בזמן שאת/ה צופה, ואפשר בכל רגע לקחת בחזרה את השליטה או לעצור. אם היא לא מותקנת, יש לפנות לתמיכה.
share-app-download = הורדת אפליקציית Assist

## Presence: the other person's connection dropped, or came back.
presence-away = החיבור של { $name } נותק. ממתינים לחזרה…
presence-grace-left = הפגישה תסתיים בעוד { $time } אם לא יחזרו.
presence-nobody-sees = אף אחד לא רואה את המסך שלך בזמן ההיעדרות. השיתוף יתחדש כשיחזרו.
presence-end-now = סיום עכשיו
presence-back = { $name } חזר/ה.
presence-back-reshare = { $name } חזר/ה ומתבקש/ת לשתף שוב את המסך.
share-bar-paused-text = אף אחד לא רואה את המסך שלך כעת: החיבור של { $name } נותק
