# Messages of the Assist app (Hebrew): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: המסך שלך משותף
agent-starting = מתחילים…
# Shown after the person submitted a form, until the server answers.
agent-working = נא להמתין…

## Signing in

agent-sign-in-heading = כניסה לקבלת עזרה
agent-email = דואר אלקטרוני
agent-password = סיסמה
agent-sign-in = כניסה
agent-sign-in-sso = כניסה יחידה (SSO)
agent-second-factor-heading = שלב שני של הכניסה
agent-second-factor = קוד מאפליקציית האימות
agent-second-factor-hint = יש להזין את הקוד שמוצג באפליקציית האימות, או אחד מקודי השחזור.
agent-continue = המשך
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = הכניסה נמשכת בדפדפן האינטרנט. אם הדפדפן לא נפתח, יש לעבור אל: { $url }

## The security code the helper gives

agent-code-heading = הזנת קוד האבטחה
agent-code-hint = המסייע שלך ימסור לך קוד אבטחה בן 8 ספרות.
agent-code = קוד אבטחה
agent-connect = התחברות

## The trust card: who the helper is, before anything is shared

agent-trust-heading = המסייע שלך
agent-trust-name = שם
agent-trust-job-title = תואר משרה
agent-trust-company = חברה
agent-trust-domain = דומיין הדואר האלקטרוני
# Shown instead of an empty job title or company.
agent-trust-not-given = לא צוין
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (דומיין מאומת)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (אזהרה: הדומיין אינו מאומת)
agent-trust-not-enrolled = המכשיר הזה אינו רשום בארגון שלך; המסייע שלך קיבל הודעה על כך.
# $name: the helper's full name.
agent-waiting-for-request = בהמתנה לבקשה של { $name } לראות את המסך שלך. שום דבר אינו משותף עד לאישור שלך.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } מבקש/ת שליטה מלאה (עכבר ומקלדת).
agent-request-view = { $name } מבקש/ת לראות את המסך שלך.
agent-allow = אישור
agent-allow-view-only = אישור צפייה בלבד
agent-decline = דחייה

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = משותף עם { $name }: שליטה מלאה
agent-sharing-view = משותף עם { $name }: צפייה בלבד
agent-sharing-paused = משותף עם { $name }: השליטה הופסקה
agent-stop-control = הפסקת השליטה
agent-give-control-back = החזרת השליטה
agent-end-session = סיום ההפעלה

## Chat

agent-chat-heading = צ'אט
agent-chat-input = הודעה
agent-chat-send = שליחה
# The writer's name shown for the person's own messages.
agent-chat-you = את/ה

## Notices

agent-helper-away = החיבור של { $name } נותק. ממתינים לחזרה…
agent-helper-away-time = ההפעלה תסתיים בעוד { $time } אם החיבור לא יחזור.
agent-helper-away-unseen = בינתיים אף אחד לא יכול לראות את המסך שלך או לשלוט בו.
agent-end-now = סיום עכשיו
agent-helper-back = החיבור של { $name } חזר.
agent-notice-server-lost = אין גישה לשרת. השליטה הופסקה.
agent-notice-server-back = יש שוב גישה לשרת. השליטה תישאר מופסקת עד שתחזיר/י אותה.
agent-notice-connection-lost = החיבור למסייע שלך אבד. השליטה הופסקה.
agent-notice-connected = החיבור הושלם: המסייע שלך רואה את המסך שלך.
agent-notice-control-stopped = השליטה הופסקה: המסייע שלך כבר לא יכול להשתמש בעכבר ובמקלדת שלך.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = גרסה חדשה יותר של אפליקציית { -product-name } זמינה: { $version }
agent-update-required = אפליקציית { -product-name } הזו מיושנת, ויש לעדכן אותה לגרסה { $version } לפני שאפשר יהיה לשתף
# $url: where to download the newer app.
agent-update-download = אפשר להוריד אותה מהכתובת { $url }

## The end of the session

agent-ended-heading = ההפעלה הסתיימה
agent-ended = ההפעלה הסתיימה.
agent-ended-helper-left = ההפעלה הסתיימה: המסייע שלך סיים אותה.
agent-ended-sharer-left = ההפעלה הסתיימה: סיימת אותה.
agent-ended-sharer-disconnected = ההפעלה הסתיימה: החיבור שלך אבד ולא חזר בזמן.
agent-ended-helper-disconnected = ההפעלה הסתיימה: החיבור של המסייע שלך אבד ולא חזר בזמן.
agent-ended-code-expired = ההפעלה הסתיימה: תוקף קוד האבטחה פג.
agent-ended-declined-timeout = ההפעלה הסתיימה: לא התקבלה תשובה לבקשה בזמן.
agent-ended-revoked = ההפעלה הסתיימה: מנהל מערכת עצר אותה.
agent-ended-policy = ההפעלה הסתיימה: כלל של הארגון שלך עצר אותה.
agent-ended-access-withdrawn = ההפעלה הסתיימה: המסייע שלך כבר לא רשאי לעזור לך, או שהגישה שלך בוטלה.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = ההפעלה הסתיימה: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = המכשיר הזה לא רשום, והארגון שלך מתיר עזרה רק במכשירים רשומים. יש לבקש ממנהל המערכת לרשום אותו.
agent-close = סגירה

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = דואר אלקטרוני:
agent-terminal-password = סיסמה (ריקה לכניסה יחידה):
agent-terminal-second-factor = קוד מאפליקציית האימות:
agent-terminal-code = קוד אבטחה:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = אישור [א], צפייה בלבד [צ], דחייה [ד]:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = אישור [א], דחייה [ד]:
# One lowercase letter each, all three different.
agent-terminal-key-allow = א
agent-terminal-key-view-only = צ
agent-terminal-key-decline = ד
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = פקודות: /stop לוקחת בחזרה את השליטה, /resume מחזירה אותה, /end מסיימת את ההפעלה; כל שורה אחרת נשלחת כהודעת צ'אט.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = כדי להחזיר את השליטה, יש להקליד /resume.
agent-terminal-end-now-hint = כדי לסיים את ההפעלה עכשיו, יש להקליד /end.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = פקודה לא מוכרת: { $command }. הפקודה /help מציגה את רשימת הפקודות; כדי לשלוח הודעת צ'אט שמתחילה ב-/, יש להתחיל את השורה ב-//.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = הגרסה הזו של אפליקציית { -product-name } ישנה מדי עבור הארגון שלך. יש לעדכן אותה ולנסות שוב.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = הכניסה הושלמה. אפשר לסגור את הכרטיסייה הזו ולחזור לאפליקציית { -product-name }.
agent-sso-browser-failed = הכניסה היחידה (SSO) נכשלה. יש לחזור לאפליקציית { -product-name } כדי לראות את הסיבה.
