# Messages of the Assist app (Greek): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: κοινοποίηση της οθόνης σας
agent-starting = Έναρξη…
# Shown after the person submitted a form, until the server answers.
agent-working = Περιμένετε…

## Signing in

agent-sign-in-heading = Συνδεθείτε για να λάβετε βοήθεια
agent-email = Email
agent-password = Κωδικός πρόσβασης
agent-sign-in = Σύνδεση
agent-sign-in-sso = Σύνδεση μέσω καθολικής σύνδεσης
agent-second-factor-heading = Δεύτερο βήμα σύνδεσης
agent-second-factor = Κωδικός εφαρμογής ελέγχου ταυτότητας
agent-second-factor-hint = Εισαγάγετε τον κωδικό που εμφανίζει η εφαρμογή ελέγχου ταυτότητας ή έναν από τους κωδικούς αποκατάστασης.
agent-continue = Συνέχεια
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = Η σύνδεση συνεχίζεται στο πρόγραμμα περιήγησης. Αν δεν άνοιξε, μεταβείτε στη διεύθυνση: { $url }

## The security code the helper gives

agent-code-heading = Εισαγάγετε τον κωδικό ασφαλείας
agent-code-hint = Ο βοηθός σας θα σας δώσει έναν 8ψήφιο κωδικό ασφαλείας.
agent-code = Κωδικός ασφαλείας
agent-connect = Σύνδεση

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Ο βοηθός σας
agent-trust-name = Όνομα
agent-trust-job-title = Θέση εργασίας
agent-trust-company = Εταιρεία
agent-trust-domain = Τομέας email
# Shown instead of an empty job title or company.
agent-trust-not-given = δεν δόθηκε
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (επαληθευμένος τομέας)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (ο τομέας ΔΕΝ έχει επαληθευτεί)
agent-trust-not-enrolled = Αυτή η συσκευή δεν είναι εγγεγραμμένη στον οργανισμό σας· ο βοηθός σας έχει ενημερωθεί γι' αυτό.
# $name: the helper's full name.
agent-waiting-for-request = Αναμονή για να ζητήσει ο χρήστης { $name } να δει την οθόνη σας. Δεν κοινοποιείται τίποτα μέχρι να το επιτρέψετε.

## The helper's request

# $name: the helper's full name.
agent-request-control = Ο χρήστης { $name } ζητά πλήρη έλεγχο (ποντίκι και πληκτρολόγιο).
agent-request-view = Ο χρήστης { $name } ζητά να δει την οθόνη σας.
agent-allow = Να επιτρέπεται
agent-allow-view-only = Να επιτρέπεται μόνο προβολή
agent-decline = Απόρριψη

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = Κοινοποίηση στον χρήστη { $name }: πλήρης έλεγχος
agent-sharing-view = Κοινοποίηση στον χρήστη { $name }: μόνο προβολή
agent-sharing-paused = Κοινοποίηση στον χρήστη { $name }: ο έλεγχος διακόπηκε
agent-stop-control = Διακοπή ελέγχου
agent-give-control-back = Επιστροφή ελέγχου
agent-end-session = Τερματισμός συνεδρίας

## Chat

agent-chat-heading = Συνομιλία
agent-chat-input = Μήνυμα
agent-chat-send = Αποστολή
# The writer's name shown for the person's own messages.
agent-chat-you = Εσείς

## Notices

agent-helper-away = Η σύνδεση του χρήστη { $name } διακόπηκε. Αναμονή για επιστροφή…
agent-helper-away-time = Η συνεδρία θα τερματιστεί σε { $time }, εκτός αν αποκατασταθεί η σύνδεση.
agent-helper-away-unseen = Στο μεταξύ κανείς δεν μπορεί να δει ή να ελέγξει την οθόνη σας.
agent-end-now = Τερματισμός τώρα
agent-helper-back = Ο χρήστης { $name } επέστρεψε.
agent-notice-server-lost = Ο διακομιστής δεν είναι προσβάσιμος. Ο έλεγχος διακόπηκε.
agent-notice-server-back = Ο διακομιστής είναι ξανά προσβάσιμος. Ο έλεγχος παραμένει διακομμένος μέχρι να τον επιστρέψετε.
agent-notice-connection-lost = Η σύνδεση με τον βοηθό σας χάθηκε. Ο έλεγχος διακόπηκε.
agent-notice-connected = Συνδέθηκε: ο βοηθός σας βλέπει την οθόνη σας.
agent-notice-control-stopped = Ο έλεγχος διακόπηκε: ο βοηθός σας δεν μπορεί πλέον να χρησιμοποιεί το ποντίκι και το πληκτρολόγιό σας.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = Διατίθεται νεότερη εφαρμογή { -product-name }: { $version }
agent-update-required = Αυτή η εφαρμογή { -product-name } είναι παλιά και πρέπει να ενημερωθεί στην έκδοση { $version } για να μπορέσετε να κοινοποιήσετε την οθόνη σας
# $url: where to download the newer app.
agent-update-download = Κατεβάστε την από τη διεύθυνση { $url }

## The end of the session

agent-ended-heading = Η συνεδρία τερματίστηκε
agent-ended = Η συνεδρία τερματίστηκε.
agent-ended-helper-left = Η συνεδρία τερματίστηκε: την τερμάτισε ο βοηθός σας.
agent-ended-sharer-left = Η συνεδρία τερματίστηκε: την τερματίσατε εσείς.
agent-ended-sharer-disconnected = Η συνεδρία τερματίστηκε: η σύνδεσή σας χάθηκε και δεν αποκαταστάθηκε εγκαίρως.
agent-ended-helper-disconnected = Η συνεδρία τερματίστηκε: η σύνδεση του βοηθού σας χάθηκε και δεν αποκαταστάθηκε εγκαίρως.
agent-ended-code-expired = Η συνεδρία τερματίστηκε: ο κωδικός ασφαλείας έληξε.
agent-ended-declined-timeout = Η συνεδρία τερματίστηκε: δεν δόθηκε εγκαίρως απάντηση στο αίτημα.
agent-ended-revoked = Η συνεδρία τερματίστηκε: τη διέκοψε ένας διαχειριστής.
agent-ended-policy = Η συνεδρία τερματίστηκε: τη διέκοψε ένας κανόνας του οργανισμού σας.
agent-ended-access-withdrawn = Η συνεδρία τερματίστηκε: ο βοηθός σας δεν επιτρέπεται πλέον να σας βοηθά ή ανακλήθηκε η δική σας πρόσβαση.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = Η συνεδρία τερματίστηκε: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Αυτή η συσκευή δεν είναι εγγεγραμμένη, και ο οργανισμός σας επιτρέπει βοήθεια μόνο σε εγγεγραμμένες συσκευές. Ζητήστε από τον διαχειριστή να την εγγράψει.
agent-close = Κλείσιμο

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = Email:
agent-terminal-password = Κωδικός πρόσβασης (κενό για καθολική σύνδεση):
agent-terminal-second-factor = Κωδικός εφαρμογής ελέγχου ταυτότητας:
agent-terminal-code = Κωδικός ασφαλείας:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [ε]πιτρέπεται, μόνο [π]ροβολή, [α]πόρριψη:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [ε]πιτρέπεται, [α]πόρριψη:
# One lowercase letter each, all three different.
agent-terminal-key-allow = ε
agent-terminal-key-view-only = π
agent-terminal-key-decline = α
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = Εντολές: το /stop ανακτά τον έλεγχο, το /resume τον επιστρέφει, το /end τερματίζει τη συνεδρία· κάθε άλλη γραμμή αποστέλλεται ως μήνυμα συνομιλίας.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = Πληκτρολογήστε /resume για να επιστρέψετε τον έλεγχο.
agent-terminal-end-now-hint = Πληκτρολογήστε /end για να τερματίσετε τη συνεδρία τώρα.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = Άγνωστη εντολή: { $command }. Το /help εμφανίζει τις εντολές· ξεκινήστε μια γραμμή με // για να στείλετε μήνυμα συνομιλίας που αρχίζει με /.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = Αυτή η έκδοση της εφαρμογής { -product-name } είναι πολύ παλιά για τον οργανισμό σας. Ενημερώστε την και δοκιμάστε ξανά.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = Έχετε συνδεθεί. Μπορείτε να κλείσετε αυτήν την καρτέλα και να επιστρέψετε στην εφαρμογή { -product-name }.
agent-sso-browser-failed = Η καθολική σύνδεση απέτυχε. Επιστρέψτε στην εφαρμογή { -product-name } για να δείτε τον λόγο.
