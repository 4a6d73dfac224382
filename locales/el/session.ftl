# Messages of the remote help pages (Greek): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Τερματισμός συνεδρίας
session-ended-heading = Η συνεδρία τερματίστηκε
session-reconnecting = Η σύνδεση διακόπηκε. Επανασύνδεση…
session-replaced = Αυτή η συνεδρία άνοιξε σε άλλο παράθυρο, γι' αυτό διακόπηκε εδώ.
session-connection-closed = Η σύνδεση με τον διακομιστή έκλεισε.
go-home = Επιστροφή στην αρχική σελίδα

## The trust card: who is on the other side

trust-helper-heading = Ο βοηθός σας
trust-sharer-heading = Το άτομο που βοηθάτε
trust-job-title = Θέση εργασίας
trust-company = Εταιρεία
trust-domain = Τομέας οργανισμού
trust-domain-verified = Επαληθευμένος
trust-domain-unverified = Μη επαληθευμένος
trust-not-set = Δεν δόθηκε

## The device the helper is about to help with

device-heading = Συσκευή
device-name = Όνομα
device-system = Λειτουργικό σύστημα
device-compliance = Συμμόρφωση
device-compliant = Συμβατή
device-not-compliant = Μη συμβατή
device-web-browser = Το άτομο συνδέθηκε από πρόγραμμα περιήγησης, επομένως δεν είναι δυνατή η αναγνώριση της συσκευής.
device-none = Δεν υπάρχουν πληροφορίες συσκευής.
warning-device-not-enrolled = Αυτή η συσκευή δεν είναι εγγεγραμμένη στον οργανισμό σας.
warning-device-not-enrolled-detail = Η ταυτότητα και η κατάσταση ασφαλείας της είναι άγνωστες. Προσέξτε τι ανοίγετε ή πληκτρολογείτε σε αυτήν.
warning-device-not-compliant = Αυτή η συσκευή δεν πληροί τις πολιτικές συμμόρφωσης του οργανισμού σας:

## Chat

chat-heading = Συνομιλία
chat-list-label = Μηνύματα
chat-input-label = Μήνυμα
chat-placeholder = Γράψτε ένα μήνυμα…
chat-send = Αποστολή
chat-you = Εσείς
chat-role-helper = Βοηθός
chat-role-sharer = Άτομο που λαμβάνει βοήθεια
chat-sending = Αποστολή…
chat-too-long = Ένα μήνυμα μπορεί να έχει έως { $max } χαρακτήρες.

## Helper console

helper-page-title = Απομακρυσμένη βοήθεια – Assist
helper-page-title-org = Απομακρυσμένη βοήθεια – { $organisation }
helper-start-heading = Έναρξη συνεδρίας απομακρυσμένης βοήθειας
helper-start-intro = Θα λάβετε έναν 8ψήφιο κωδικό ασφαλείας. Δώστε τον στο άτομο που βοηθάτε· θα τον εισαγάγει για να συνδεθεί.
helper-device-label = Συσκευή (προαιρετικό)
helper-device-none = Καμία συγκεκριμένη συσκευή
helper-device-hint = Επιλέξτε τη συσκευή του ατόμου, αν τη γνωρίζετε: η συνεδρία θα λειτουργεί μόνο σε αυτήν τη συσκευή και θα βλέπετε τη συμμόρφωσή της.
helper-start-button = Νέα συνεδρία απομακρυσμένης βοήθειας
helper-start-another = Έναρξη άλλης συνεδρίας
helper-session-heading = Συνεδρία απομακρυσμένης βοήθειας
helper-code-heading = Κωδικός ασφαλείας
helper-code-copy = Αντιγραφή κωδικού
helper-code-copied = Ο κωδικός αντιγράφηκε.
helper-code-copy-failed = Δεν ήταν δυνατή η αντιγραφή του κωδικού. Διαβάστε τον φωναχτά.
helper-code-expires-in = Λήγει σε { $time }
helper-code-expired = Ο κωδικός έχει λήξει.
helper-code-one-minute = Ο κωδικός ασφαλείας λήγει σε ένα λεπτό.
helper-code-instructions = Ζητήστε από το άτομο να ανοίξει τη διεύθυνση { $address }, να συνδεθεί και να εισαγάγει αυτόν τον κωδικό.
helper-code-not-shown-again = Ο κωδικός ασφαλείας εμφανίζεται μόνο μία φορά. Αν το άτομο δεν έχει συνδεθεί ακόμη, τερματίστε αυτήν τη συνεδρία και ξεκινήστε νέα.
helper-status-waiting = Αναμονή για την εισαγωγή του κωδικού από το άτομο…
helper-status-joined = Ο χρήστης { $name } συνδέθηκε. Ζητήστε να δείτε την οθόνη του όταν είστε έτοιμοι.
helper-status-asked-view = Αναμονή για άδεια από τον χρήστη { $name } για προβολή της οθόνης του…
helper-status-asked-control = Αναμονή για άδεια πλήρους ελέγχου από τον χρήστη { $name }…
helper-status-connecting = Σύνδεση με την οθόνη του χρήστη { $name }…
helper-status-viewing = Βλέπετε την οθόνη του χρήστη { $name }.
helper-sharer-joined = Ο χρήστης { $name } συνδέθηκε στη συνεδρία.
helper-request-declined = Ο χρήστης { $name } απέρριψε το αίτημά σας.
helper-granted-view = Ο χρήστης { $name } σας επέτρεψε να βλέπετε την οθόνη του.
helper-granted-control = Ο χρήστης { $name } επέτρεψε πλήρη έλεγχο.
helper-granted-view-only = Ο χρήστης { $name } επέτρεψε μόνο προβολή.
helper-escalation-declined = Ο χρήστης { $name } διατήρησε τη λειτουργία μόνο προβολής.
helper-control-taken-back = Ο χρήστης { $name } ανέκτησε τον έλεγχο. Εξακολουθείτε να βλέπετε την οθόνη του.
helper-control-paused = Ο χρήστης { $name } έθεσε σε παύση τον έλεγχό σας.
helper-control-resumed = Ο χρήστης { $name } σας έδωσε ξανά τον έλεγχο.
helper-connection-failed = Δεν ήταν δυνατή η σύνδεση με την οθόνη. Ελέγξτε το δίκτυο ή τερματίστε τη συνεδρία και δοκιμάστε ξανά.
helper-mode-heading = Τι χρειάζεστε;
helper-mode-hint = Ζητήστε μόνο προβολή για να παρακολουθείτε ή πλήρη έλεγχο για να χρησιμοποιείτε το ποντίκι και το πληκτρολόγιο του ατόμου. Εκείνο αποφασίζει.
helper-mode-web-hint = Το άτομο χρησιμοποιεί πρόγραμμα περιήγησης, το οποίο μπορεί να κοινοποιεί την οθόνη μόνο για προβολή. Για πλήρη έλεγχο απαιτείται η εφαρμογή Assist στη συσκευή του.
helper-escalate-hint = Μπορείτε να ζητήσετε πλήρη έλεγχο· το άτομο θα αποφασίσει ξανά.
helper-request-view = Αίτημα μόνο προβολής
helper-request-control = Αίτημα πλήρους ελέγχου

## The remote screen in the helper console

viewer-heading = Οθόνη του χρήστη { $name }
viewer-stage-label = Απομακρυσμένη οθόνη του χρήστη { $name }
viewer-toolbar-label = Προβολή οθόνης
viewer-fit = Προσαρμογή στο παράθυρο
viewer-actual-size = Πραγματικό μέγεθος
viewer-full-screen = Πλήρης οθόνη
viewer-monitor-label = Οθόνη
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Μόνο προβολή
viewer-mode-control = Πλήρης έλεγχος
viewer-mode-paused = Ο έλεγχος τέθηκε σε παύση
viewer-role-view = απομακρυσμένη οθόνη, μόνο προβολή
viewer-role-control = απομακρυσμένη οθόνη, το ποντίκι και το πληκτρολόγιό σας ελέγχουν τον άλλο υπολογιστή
viewer-hint-view = Μπορείτε να βλέπετε την οθόνη, αλλά όχι να τη χρησιμοποιείτε.
viewer-hint-control = Κάντε κλικ στην οθόνη για να τη χρησιμοποιήσετε. Όσο είναι εστιασμένη, κάθε πλήκτρο, ακόμη και οι συντομεύσεις, αποστέλλεται στον άλλο υπολογιστή. Πατήστε Ctrl+Alt+Home για να επιστρέψετε στη γραμμή εργαλείων.

## Sharer web app

share-page-title = Λήψη βοήθειας – Assist
share-page-title-org = Λήψη βοήθειας – { $organisation }
share-join-heading = Λήψη βοήθειας
share-join-intro = Εισαγάγετε τον κωδικό ασφαλείας που σας έδωσε ο βοηθός σας. Βλέπετε ποιος είναι πριν μπορέσει να δει οτιδήποτε.
share-code-label = Κωδικός ασφαλείας
share-code-hint = 8 ψηφία, για παράδειγμα 1234 5678.
share-code-invalid-format = Εισαγάγετε τα 8 ψηφία του κωδικού ασφαλείας.
share-join-button = Συνέχεια
share-join-another = Εισαγωγή άλλου κωδικού
share-session-heading = Απομακρυσμένη βοήθεια
share-status-joined = Συνδεθήκατε με τον χρήστη { $name }. Θα ζητήσει να δει την οθόνη σας.
share-status-asked = Ο χρήστης { $name } περιμένει την απάντησή σας.
share-status-sharing = Κοινοποιείτε την οθόνη σας στον χρήστη { $name }.
share-request-view-heading = Ο χρήστης { $name } ζητά να δει την οθόνη σας
share-request-view-text = Ο χρήστης { $name } θα βλέπει ό,τι υπάρχει στην οθόνη που θα επιλέξετε, αλλά δεν θα μπορεί να χρησιμοποιήσει το ποντίκι ή το πληκτρολόγιό σας. Μπορείτε να σταματήσετε ανά πάσα στιγμή.
share-request-control-heading = Ο χρήστης { $name } ζητά πλήρη έλεγχο
share-request-control-text = Με πλήρη έλεγχο, ο χρήστης { $name } θα μπορεί να χρησιμοποιεί το ποντίκι και το πληκτρολόγιό σας.
share-control-needs-app = Για πλήρη έλεγχο απαιτείται η εφαρμογή Assist σε αυτήν τη συσκευή. Στο πρόγραμμα περιήγησης μπορείτε να κοινοποιήσετε την οθόνη σας μόνο για προβολή.
share-allow = Να επιτρέπεται
share-allow-view-only = Να επιτρέπεται μόνο προβολή
share-decline = Απόρριψη
share-keep-view-only = Διατήρηση μόνο προβολής
share-picker-cancelled = Δεν επιλέχθηκε οθόνη, επομένως δεν κοινοποιείται τίποτα. Επιλέξτε ξανά «Να επιτρέπεται» για να διαλέξετε οθόνη ή «Απόρριψη».
share-capture-failed = Αυτό το πρόγραμμα περιήγησης δεν μπόρεσε να κοινοποιήσει την οθόνη. Δοκιμάστε άλλο πρόγραμμα περιήγησης ή απορρίψτε το αίτημα.
share-reshare-heading = Η οθόνη σας δεν κοινοποιείται πλέον
share-reshare-text = Η σελίδα φορτώθηκε ξανά, επομένως ο χρήστης { $name } δεν βλέπει πλέον την οθόνη σας. Κοινοποιήστε την ξανά ή τερματίστε τη συνεδρία.
share-reshare-button = Εκ νέου κοινοποίηση της οθόνης μου
share-bar-label = Κοινή χρήση οθόνης
share-bar-text = Κοινοποιείτε την οθόνη σας στον χρήστη { $name }
share-stop = Διακοπή κοινής χρήσης
share-connection-failed = Δεν ήταν δυνατή η αποστολή της οθόνης σας. Ελέγξτε το δίκτυο ή τερματίστε τη συνεδρία και δοκιμάστε ξανά.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Τερματίσατε τη συνεδρία.
ended-helper-sharer-left = Ο χρήστης { $name } τερμάτισε τη συνεδρία.
ended-helper-helper-disconnected = Η σύνδεσή σας διακόπηκε για πολύ ώρα, επομένως η συνεδρία τερματίστηκε.
ended-helper-sharer-disconnected = Η σύνδεση του χρήστη { $name } χάθηκε και δεν αποκαταστάθηκε, επομένως η συνεδρία τερματίστηκε.
ended-helper-code-expired = Κανείς δεν εισήγαγε τον κωδικό πριν λήξει.
ended-helper-declined-timeout = Ο χρήστης { $name } δεν απάντησε εγκαίρως στο αίτημά σας.
ended-helper-revoked = Ένας διαχειριστής τερμάτισε αυτήν τη συνεδρία.
ended-helper-policy = Η συνεδρία τερματίστηκε επειδή η απομακρυσμένη βοήθεια απενεργοποιήθηκε για τον οργανισμό σας.
ended-helper-access-withdrawn = Η συνεδρία τερματίστηκε επειδή άλλαξε η πρόσβασή σας: ο λογαριασμός σας, η σύνδεσή σας ή ο ρόλος σας στην απομακρυσμένη βοήθεια δεν επιτρέπει πλέον αυτήν τη συνεδρία.
ended-helper-other = Η συνεδρία τερματίστηκε.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = Ο χρήστης { $name } τερμάτισε τη συνεδρία.
ended-sharer-sharer-left = Τερματίσατε τη συνεδρία. Δεν κοινοποιείται πλέον τίποτα.
ended-sharer-helper-disconnected = Η σύνδεση του χρήστη { $name } χάθηκε και δεν αποκαταστάθηκε, επομένως η συνεδρία τερματίστηκε.
ended-sharer-sharer-disconnected = Η σύνδεσή σας διακόπηκε για πολύ ώρα, επομένως η συνεδρία τερματίστηκε.
ended-sharer-code-expired = Ο κωδικός έληξε.
ended-sharer-declined-timeout = Δεν απαντήσατε εγκαίρως, επομένως η συνεδρία τερματίστηκε. Δεν κοινοποιήθηκε τίποτα.
ended-sharer-revoked = Ένας διαχειριστής τερμάτισε αυτήν τη συνεδρία.
ended-sharer-policy = Η συνεδρία τερματίστηκε επειδή η απομακρυσμένη βοήθεια απενεργοποιήθηκε για τον οργανισμό σας.
ended-sharer-access-withdrawn = Η συνεδρία τερματίστηκε επειδή ο χρήστης { $name } δεν επιτρέπεται πλέον να σας βοηθά ή άλλαξε η δική σας πρόσβαση. Δεν κοινοποιείται πλέον τίποτα.
ended-sharer-other = Η συνεδρία τερματίστηκε.

## Refusals from the server

error-remote-help-disabled = Η απομακρυσμένη βοήθεια είναι απενεργοποιημένη για τον οργανισμό σας. Ένας διαχειριστής μπορεί να την ενεργοποιήσει.
error-code-invalid = Αυτός ο κωδικός δεν είναι έγκυρος. Ελέγξτε τα ψηφία και δοκιμάστε ξανά.
error-code-expired = Αυτός ο κωδικός έχει λήξει. Ζητήστε νέο από τον βοηθό σας.
error-code-used = Αυτός ο κωδικός έχει ήδη χρησιμοποιηθεί. Ζητήστε νέο από τον βοηθό σας.
error-unenrolled-device = Ο οργανισμός σας επιτρέπει βοήθεια μόνο σε εγγεγραμμένες συσκευές. Εγκαταστήστε την εφαρμογή Assist σε αυτήν τη συσκευή ή απευθυνθείτε στον διαχειριστή σας.
error-wrong-device = Αυτή η συνεδρία ξεκίνησε για άλλη συσκευή. Ζητήστε από τον βοηθό σας κωδικό για αυτήν τη συσκευή.
error-chat-disabled = Η συνομιλία είναι απενεργοποιημένη για τον οργανισμό σας.
error-invalid-transition = Αυτό δεν είναι δυνατό σε αυτό το σημείο της συνεδρίας.
error-session-ended = Αυτή η συνεδρία έχει ήδη τερματιστεί.
error-control-needs-agent = Για πλήρη έλεγχο απαιτείται η εφαρμογή Assist στη συσκευή του άλλου ατόμου.
error-session-not-found = Αυτή η συνεδρία δεν υπάρχει ή δεν συμμετέχετε σε αυτήν.

## Presence: the other person's connection dropped, or came back.
presence-away = Η σύνδεση του/της { $name } διακόπηκε. Αναμονή για επιστροφή…
presence-grace-left = Η συνεδρία λήγει σε { $time } αν δεν επιστρέψει.
presence-nobody-sees = Κανείς δεν βλέπει την οθόνη σας όσο λείπει. Η κοινή χρήση συνεχίζεται όταν επιστρέψει.
presence-end-now = Τερματισμός τώρα
presence-back = Ο/Η { $name } επέστρεψε.
presence-back-reshare = Ο/Η { $name } επέστρεψε και του ζητείται να κοινοποιήσει ξανά την οθόνη του.
share-bar-paused-text = Κανείς δεν βλέπει την οθόνη σας τώρα: η σύνδεση του/της { $name } διακόπηκε
