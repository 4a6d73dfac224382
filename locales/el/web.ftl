# Messages of the web app (Greek). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
loading = Φόρτωση…
go-to-sign-in = Μετάβαση στη σελίδα σύνδεσης
sign-out = Αποσύνδεση
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Γλώσσα

## Form fields and checks

field-organisation-name = Όνομα οργανισμού
field-organisation-name-hint = Το όνομα με το οποίο τον γνωρίζουν οι συνάδελφοί σας. Μπορείτε να το αλλάξετε αργότερα.
field-full-name = Ονοματεπώνυμο
field-full-name-hint = Εμφανίζεται στα άτομα που βοηθάτε, ώστε να γνωρίζουν ποιος συνδέεται.
field-email = Email
field-job-title-optional = Θέση εργασίας (προαιρετικό)
field-company-optional = Εταιρεία (προαιρετικό)
field-password = Κωδικός πρόσβασης
field-new-password = Νέος κωδικός πρόσβασης
field-confirm-password = Επιβεβαίωση κωδικού πρόσβασης
password-hint = Τουλάχιστον 12 χαρακτήρες. Μερικές άσχετες μεταξύ τους λέξεις δημιουργούν έναν ισχυρό κωδικό πρόσβασης που θυμάστε εύκολα.
form-required = Αυτό το πεδίο είναι υποχρεωτικό.
form-email-invalid = Εισαγάγετε μια διεύθυνση email, όπως name@example.com.
form-fix-fields = Ορισμένα πεδία χρειάζονται την προσοχή σας. Διορθώστε τα πεδία που επισημαίνονται παρακάτω.
form-error-summary = Διορθώστε αυτά τα πεδία:
password-too-short = Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον { $min } χαρακτήρες.
password-too-long = Ο κωδικός πρόσβασης μπορεί να έχει έως { $max } χαρακτήρες.
password-mismatch = Οι κωδικοί πρόσβασης δεν ταιριάζουν. Πληκτρολογήστε τον ίδιο κωδικό πρόσβασης και στα δύο πεδία.

## Errors from the server, by code

error-network = Δεν ήταν δυνατή η σύνδεση με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
error-invalid-credentials = Η διεύθυνση email ή ο κωδικός πρόσβασης δεν είναι σωστά.
error-too-many-attempts = Πάρα πολλές προσπάθειες. Περιμένετε λίγο και δοκιμάστε ξανά.
error-too-many-attempts-wait = Πάρα πολλές προσπάθειες. Περιμένετε { $seconds } δευτερόλεπτα και δοκιμάστε ξανά.
error-setup-link-invalid = Αυτός ο σύνδεσμος δεν είναι πλέον έγκυρος: μπορεί να έχει ήδη χρησιμοποιηθεί ή να έχει λήξει.
error-conflict = Αυτό έρχεται σε διένεξη με κάτι που υπάρχει ήδη.
error-email-taken = Υπάρχει ήδη λογαριασμός με αυτήν τη διεύθυνση email.
error-unauthenticated = Δεν έχετε συνδεθεί ή η περίοδος σύνδεσής σας έληξε. Συνδεθείτε ξανά.
error-origin-mismatch = Το αίτημα απορρίφθηκε επειδή δεν προήλθε από αυτόν τον ιστότοπο. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
error-payload-too-large = Αυτό που στείλατε είναι πολύ μεγάλο.
error-forbidden = Δεν έχετε δικαίωμα να το κάνετε αυτό.
error-timeout = Ο διακομιστής άργησε πολύ να απαντήσει. Δοκιμάστε ξανά.
error-unavailable = Η υπηρεσία δεν είναι προσωρινά διαθέσιμη. Δοκιμάστε ξανά σε λίγα λεπτά.
error-internal = Παρουσιάστηκε πρόβλημα στον διακομιστή. Δοκιμάστε ξανά. Αν το πρόβλημα παραμένει, ενημερώστε τον διαχειριστή σας.
error-unexpected = Παρουσιάστηκε ένα μη αναμενόμενο πρόβλημα. Δοκιμάστε ξανά.
error-second-factor-required = Εισαγάγετε τον κωδικό από την εφαρμογή ελέγχου ταυτότητας ή έναν από τους κωδικούς αποκατάστασης.
error-invalid-second-factor = Ο κωδικός δεν είναι σωστός ή έχει ήδη χρησιμοποιηθεί. Περιμένετε νέο κωδικό και δοκιμάστε ξανά.
error-sso-not-configured = Ο οργανισμός σας δεν προσφέρει καθολική σύνδεση για αυτήν τη διεύθυνση email. Συνδεθείτε με τον κωδικό πρόσβασής σας.
error-profile-managed = Ο οργανισμός σας διαχειρίζεται το όνομα, τη θέση εργασίας και την εταιρεία σας μέσω της καθολικής σύνδεσης, οπότε μόνο ένας διαχειριστής μπορεί να τα αλλάξει.
error-sso-provider-unavailable = Δεν ήταν δυνατή η πρόσβαση στην υπηρεσία σύνδεσης του οργανισμού σας. Δοκιμάστε ξανά σε λίγα λεπτά.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Η πολιτική πρόσβασης υπό όρους «{ $policy }» του οργανισμού σας δεν το επιτρέπει. Απευθυνθείτε στον διαχειριστή.

## Setup link page (/setup)

setup-page-title = Ρύθμιση – { -product-name }
setup-checking-heading = Έλεγχος του συνδέσμου σας
setup-checking = Μια στιγμή, ελέγχουμε τον σύνδεσμό σας…
setup-expires = Αυτός ο σύνδεσμος ισχύει έως { $time }.
setup-invalid-heading = Αυτός ο σύνδεσμος δεν μπορεί να χρησιμοποιηθεί
setup-missing-heading = Αυτή η σελίδα χρειάζεται σύνδεσμο ρύθμισης
setup-missing = Ανοίξτε ολόκληρο τον σύνδεσμο που σας δόθηκε, μαζί με το τμήμα μετά το σύμβολο #.
setup-error-heading = Δεν ήταν δυνατός ο έλεγχος του συνδέσμου
setup-unknown-purpose = Αυτός ο σύνδεσμος προορίζεται για κάτι που δεν υποστηρίζει αυτή η σελίδα.
setup-invalid-help =
    Ζητήστε νέο σύνδεσμο από τον διαχειριστή σας. Όποιος διαχειρίζεται τον διακομιστή μπορεί
    να δημιουργήσει έναν με την εντολή «assist-server admin setup-link».

first-admin-heading = Δημιουργία του οργανισμού σας
first-admin-intro = Ρυθμίστε το { -product-name } για τον οργανισμό σας και δημιουργήστε τον πρώτο λογαριασμό διαχειριστή. Μπορείτε να προσκαλέσετε συναδέλφους αργότερα.
first-admin-organisation-legend = Οργανισμός
first-admin-account-legend = Ο λογαριασμός διαχειριστή σας
first-admin-submit = Δημιουργία οργανισμού

reset-heading = Επιλέξτε νέο κωδικό πρόσβασης
reset-intro = Ορίστε νέο κωδικό πρόσβασης για τον λογαριασμό { $email }.
reset-intro-no-email = Ορίστε νέο κωδικό πρόσβασης για τον λογαριασμό σας.
reset-submit = Ορισμός κωδικού πρόσβασης

## Sign-in page (/sign-in)

sign-in-page-title = Σύνδεση – { -product-name }
sign-in-heading = Σύνδεση στο { -product-name }
sign-in-intro = Χρησιμοποιήστε τη διεύθυνση email και τον κωδικό πρόσβασης του λογαριασμού σας.
sign-in-submit = Σύνδεση
field-second-factor-code = Κωδικός εφαρμογής ελέγχου ταυτότητας ή κωδικός αποκατάστασης
sign-in-sso = Σύνδεση με τον λογαριασμό του οργανισμού σας
sign-in-sso-needs-email = Εισαγάγετε πρώτα τη διεύθυνση email σας, ώστε να βρούμε τον οργανισμό σας.
sign-in-sso-refused = Η καθολική σύνδεση δεν σας συνέδεσε. Αν ο λογαριασμός σας έχει δικό του κωδικό πρόσβασης, συνδεθείτε με αυτόν εδώ και, στη συνέχεια, συσχετίστε την καθολική σύνδεση από την αρχική σας σελίδα.
sign-in-or = ή
sign-in-forgot = Ξεχάσατε τον κωδικό πρόσβασής σας; Ζητήστε έναν σύνδεσμο αποκατάστασης από έναν διαχειριστή του οργανισμού σας.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Οργανισμός:
user-menu-label = Ο λογαριασμός σας
home-heading = Έχετε συνδεθεί ως { $name }

profile-heading = Το προφίλ σας
profile-name = Όνομα
profile-email = Email
profile-job-title = Θέση εργασίας
profile-company = Εταιρεία
profile-role = Ρόλος
profile-not-set = Δεν έχει οριστεί
profile-edit = Επεξεργασία προφίλ
profile-form-label = Επεξεργασία του προφίλ σας
profile-save = Αποθήκευση
profile-cancel = Ακύρωση
profile-saved = Το προφίλ σας αποθηκεύτηκε.
profile-managed = Ο οργανισμός σας διαχειρίζεται το όνομα, τη θέση εργασίας και την εταιρεία σας μέσω της καθολικής σύνδεσης. Για να τα αλλάξετε, απευθυνθείτε στον διαχειριστή σας.
role-administrator = Διαχειριστής
role-member = Μέλος

picture-change = Αλλαγή εικόνας
picture-hint = Εικόνα PNG ή JPEG έως 256 KB. Τα άτομα που βοηθάτε τη βλέπουν πριν μοιραστούν την οθόνη τους.
picture-uploading = Αποστολή της εικόνας σας…
picture-updated = Η εικόνα σας ενημερώθηκε.
picture-wrong-type = Επιλέξτε εικόνα PNG ή JPEG.
picture-too-large = Η εικόνα είναι μεγαλύτερη από 256 KB. Επιλέξτε μικρότερη εικόνα.

sessions-heading = Πού έχετε συνδεθεί
sessions-intro = Προγράμματα περιήγησης στα οποία είναι συνδεδεμένος ο λογαριασμός σας. Αποσυνδεθείτε από όσα δεν αναγνωρίζετε.
session-this-device = Αυτή η συσκευή
session-device = { $browser } σε { $os }
session-device-unknown = Άγνωστο πρόγραμμα περιήγησης
session-signed-in = Σύνδεση: { $time }
session-last-active = Τελευταία δραστηριότητα: { $time }
session-address = Από τη διεύθυνση { $address }
session-sign-out = Αποσύνδεση
session-sign-out-label = Αποσύνδεση από { $device }
session-signed-out = Έγινε αποσύνδεση από { $device }.

home-admin-link = Κονσόλα διαχείρισης

## Home page: remote help

home-remote-help-heading = Απομακρυσμένη βοήθεια
home-help-someone-text = Ξεκινήστε μια συνεδρία και δώστε στο άτομο τον κωδικό ασφαλείας.
home-help-someone = Βοηθήστε κάποιον
home-get-help-text = Σας έδωσε ο βοηθός σας έναν κωδικό ασφαλείας; Εισαγάγετέ τον εδώ.
home-get-help = Λήψη βοήθειας

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Καθολική σύνδεση
home-sso-linked = Ο λογαριασμός σας είναι συσχετισμένος με την καθολική σύνδεση του οργανισμού σας.
home-sso-not-linked = Ο λογαριασμός σας δεν είναι συσχετισμένος με την καθολική σύνδεση του οργανισμού σας.
home-sso-link-intro = Η συσχέτιση σάς επιτρέπει να συνδέεστε με τον λογαριασμό του οργανισμού σας.
home-sso-link = Συσχέτιση καθολικής σύνδεσης
home-sso-linking = Μετάβαση στη σελίδα σύνδεσης του οργανισμού σας…
