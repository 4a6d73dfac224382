# Messages of the admin console (/admin), Greek. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Κονσόλα διαχείρισης – { -product-name }
admin-page-title = { $section } – Κονσόλα διαχείρισης – { $organisation }
admin-console-name = Κονσόλα διαχείρισης
admin-back-home = Επιστροφή στην αρχική σελίδα
admin-nav-label = Κονσόλα διαχείρισης
admin-nav-group-people = Άτομα
admin-nav-group-access = Πρόσβαση
admin-nav-group-devices = Συσκευές
admin-nav-group-organisation = Οργανισμός
admin-nav-group-activity = Δραστηριότητα

admin-denied-title = Χωρίς πρόσβαση – { -product-name }
admin-denied-heading = Δεν έχετε δικαίωμα χρήσης της κονσόλας διαχείρισης
admin-denied-text = Ο λογαριασμός σας μπορεί να χρησιμοποιεί το { -product-name }, αλλά δεν επιτρέπεται να διαχειρίζεται τον οργανισμό σας.
admin-denied-help = Αν χρειάζεται να διαχειρίζεστε χρήστες, συσκευές ή ρυθμίσεις, ζητήστε από έναν διαχειριστή του οργανισμού σας να σας αναθέσει έναν ρόλο με αυτά τα δικαιώματα.

## Shared words

admin-save = Αποθήκευση
admin-cancel = Άκυρο
admin-done = Τέλος
admin-edit = Επεξεργασία
admin-delete = Διαγραφή
admin-remove = Κατάργηση
admin-revoke = Ανάκληση
admin-manage = Διαχείριση
admin-copy = Αντιγραφή
admin-refresh = Ανανέωση
admin-search = Αναζήτηση
admin-apply-filters = Εφαρμογή φίλτρων
admin-clear-filters = Απαλοιφή φίλτρων
admin-export-csv = Εξαγωγή CSV
admin-filter-any = Οποιοδήποτε
admin-filter-anyone = Οποιοσδήποτε
admin-filter-any-device = Οποιαδήποτε συσκευή
admin-not-set = Δεν έχει οριστεί
admin-never = Ποτέ
admin-no-changes = Δεν υπάρχει τίποτα για αποθήκευση: δεν άλλαξε κανένα πεδίο.
admin-name-taken = Αυτό το όνομα χρησιμοποιείται ήδη. Επιλέξτε άλλο.
admin-number-range = Εισαγάγετε έναν ακέραιο αριθμό από { $min } έως { $max }.
admin-error-refused = Ο διακομιστής απέρριψε την ενέργεια: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Δεν μπορείτε να χρησιμοποιήσετε αυτή την ενότητα: χρειάζεται το δικαίωμα «{ $permission }» σε όλο τον οργανισμό (όλους τους χρήστες και όλες τις συσκευές), και οι ρόλοι σας δεν το δίνουν τόσο ευρέως.
admin-section-denied-ask = Ζητήστε από έναν διαχειριστή του { $organisation } να σας το δώσει για όλο τον οργανισμό.
admin-choose-user = Επιλέξτε άτομο…
admin-choose-user-first = Επιλέξτε πρώτα ένα άτομο.
admin-choose-device = Επιλέξτε συσκευή…
admin-choose-device-first = Επιλέξτε πρώτα μια συσκευή.
admin-choose-role = Επιλέξτε ρόλο…
admin-no-devices-yet = Δεν υπάρχουν ακόμη εγγεγραμμένες συσκευές
admin-unknown-user = Άγνωστος χρήστης
admin-unknown-group = Άγνωστη ομάδα
admin-unknown-role = Άγνωστος ρόλος

admin-page-previous = Προηγούμενη σελίδα
admin-page-next = Επόμενη σελίδα
admin-page-number = Σελίδα { $page }

admin-duration-seconds = { $seconds } δευτ.
admin-duration-minutes = { $minutes } λεπτ.
admin-duration-hours = { $hours } ώρ. { $minutes } λεπτ.
admin-duration-running = { $duration } μέχρι τώρα

## Table column headings

admin-column-name = Όνομα
admin-column-email = Email
admin-column-job-title = Θέση εργασίας
admin-column-company = Εταιρεία
admin-column-role = Ρόλος
admin-column-status = Κατάσταση
admin-column-actions = Ενέργειες
admin-column-description = Περιγραφή
admin-column-members = Μέλη
admin-column-created = Δημιουργία
admin-column-permissions = Δικαιώματα
admin-column-member-groups = Ανατίθεται σε
admin-column-scope = Εμβέλεια
admin-column-state = Κατάσταση
admin-column-targets = Ισχύει για
admin-column-conditions = Συνθήκες
admin-column-grant = Αποτέλεσμα
admin-column-device = Συσκευή
admin-column-platform = Λειτουργικό σύστημα
admin-column-primary-user = Κύριος χρήστης
admin-column-agent = Έκδοση εφαρμογής
admin-column-enrollment = Εγγραφή
admin-column-compliance = Συμμόρφωση
admin-column-last-check-in = Τελευταίος έλεγχος
admin-column-uses = Εγγεγραμμένες συσκευές
admin-column-expires = Λήξη
admin-column-rules = Κανόνες
admin-column-helper = Βοηθός
admin-column-sharer = Άτομο που βοηθήθηκε
admin-column-access = Πρόσβαση που παραχωρήθηκε
admin-column-started = Έναρξη
admin-column-duration = Διάρκεια
admin-column-outcome = Τρόπος τερματισμού
admin-column-chat = Μηνύματα συνομιλίας
admin-column-time = Ώρα
admin-column-actor = Ποιος
admin-column-action = Ενέργεια
admin-column-target = Σε τι
admin-column-detail = Λεπτομέρειες

## Users

admin-users-title = Χρήστες
admin-users-intro = Άτομα του οργανισμού σας που μπορούν να συνδέονται στο { -product-name } και τα προφίλ τους, όπως τα βλέπουν τα άτομα που βοηθούν.
admin-users-search = Αναζήτηση κατά όνομα, email, θέση εργασίας ή εταιρεία
admin-users-search-label = Αναζήτηση χρηστών
admin-users-pages = Σελίδες χρηστών
admin-users-search-summary =
    { $count ->
        [0] Κανένας χρήστης σε αυτήν τη σελίδα δεν ταιριάζει με «{ $term }».
        [one] Ένας χρήστης ταιριάζει με «{ $term }».
       *[other] { $count } χρήστες ταιριάζουν με «{ $term }».
    }
admin-users-none-found = Κανένας χρήστης δεν ταιριάζει με «{ $term }».
admin-users-empty = Δεν υπάρχουν ακόμη χρήστες.
admin-user-create = Δημιουργία χρήστη
admin-user-create-title = Δημιουργία χρήστη
admin-user-create-submit = Δημιουργία χρήστη
admin-user-created = Ο χρήστης { $name } δημιουργήθηκε.
admin-user-job-title = Θέση εργασίας (προαιρετικό)
admin-user-company = Εταιρεία (προαιρετικό)
admin-user-initial-password = Αρχικός κωδικός πρόσβασης (προαιρετικό)
admin-user-initial-password-hint = Τουλάχιστον 12 χαρακτήρες. Χωρίς κωδικό, το άτομο μπορεί να συνδεθεί μόνο με καθολική σύνδεση ή με σύνδεσμο αποκατάστασης.
admin-user-is-admin = Διαχειριστής του οργανισμού
admin-user-is-admin-hint = Οι διαχειριστές μπορούν να κάνουν τα πάντα, ανεξάρτητα από τους ρόλους τους.
admin-user-edit-title = Επεξεργασία: { $name }
admin-user-edit-label = Επεξεργασία: { $name }
admin-user-email-fixed = Η διεύθυνση email προσδιορίζει τον λογαριασμό και δεν μπορεί να αλλάξει εδώ.
admin-user-disabled = Η σύνδεση απενεργοποιήθηκε
admin-user-disabled-hint = Η απενεργοποίηση της σύνδεσης τερματίζει επίσης τις περιόδους σύνδεσης του ατόμου και ανακαλεί τα διακριτικά API του.
admin-user-new-password = Νέος κωδικός πρόσβασης (προαιρετικό)
admin-user-new-password-hint = Αφήστε το κενό για να διατηρηθεί ο τρέχων κωδικός πρόσβασης. Ο ορισμός νέου κωδικού αποσυνδέει το άτομο από παντού.
admin-user-saved = Οι αλλαγές για τον χρήστη { $name } αποθηκεύτηκαν.
admin-user-status-active = Ενεργός
admin-user-status-disabled = Η σύνδεση απενεργοποιήθηκε
admin-user-delete-label = Διαγραφή: { $name }
admin-user-delete-title = Διαγραφή του χρήστη { $name };
admin-user-delete-text = Ο λογαριασμός { $email } θα διαγραφεί και θα αποσυνδεθεί από παντού. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-user-delete-confirm = Διαγραφή χρήστη
admin-user-deleted = Ο χρήστης { $name } διαγράφηκε.
admin-user-picture = Εικόνα προφίλ
admin-user-picture-choose = Αποστολή εικόνας
admin-user-picture-remove = Κατάργηση εικόνας
admin-user-picture-hint = Εικόνα PNG ή JPEG έως 256 KB. Αλλάζει αμέσως· τα άτομα που βοηθά ο χρήστης τη βλέπουν πριν μοιραστούν την οθόνη τους.
admin-user-picture-uploading = Αποστολή της εικόνας…
admin-user-picture-updated = Η εικόνα του χρήστη { $name } ενημερώθηκε.
admin-user-picture-removed = Η εικόνα του χρήστη { $name } καταργήθηκε.

## Groups

admin-groups-title = Ομάδες
admin-groups-intro = Οι ομάδες συγκεντρώνουν άτομα και συσκευές. Οι αναθέσεις ρόλων δίνουν ρόλους στα μέλη ομάδων, με εμβέλεια σε άλλες ομάδες.
admin-groups-pages = Σελίδες ομάδων
admin-groups-empty = Δεν υπάρχουν ακόμη ομάδες. Δημιουργήστε μία για να δώσετε ρόλους στα μέλη της.
admin-groups-back = Όλες οι ομάδες
admin-group-create = Δημιουργία ομάδας
admin-group-create-title = Δημιουργία ομάδας
admin-group-create-submit = Δημιουργία ομάδας
admin-group-created = Η ομάδα { $name } δημιουργήθηκε.
admin-group-name = Όνομα ομάδας
admin-group-description = Περιγραφή (προαιρετικό)
admin-group-description-hint = Ο σκοπός της ομάδας, για παράδειγμα «Προσωπικό υποστήριξης στο Βερολίνο».
admin-group-member-count =
    { $count ->
        [0] Κανένα μέλος
        [one] 1 μέλος
       *[other] { $count } μέλη
    }
admin-group-manage-label = Διαχείριση της ομάδας { $name }
admin-group-delete = Διαγραφή ομάδας
admin-group-delete-label = Διαγραφή της ομάδας { $name }
admin-group-delete-title = Διαγραφή της ομάδας { $name };
admin-group-delete-text = Τα μέλη της διατηρούν τους λογαριασμούς τους, αλλά χάνουν ό,τι τους έδιναν οι αναθέσεις ρόλων μέσω αυτής της ομάδας. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-group-delete-confirm = Διαγραφή ομάδας
admin-group-deleted = Η ομάδα { $name } διαγράφηκε.
admin-group-detail-intro = Μετονομάστε την ομάδα και επιλέξτε τα μέλη και τις συσκευές της.
admin-group-details = Όνομα και περιγραφή
admin-group-saved = Η ομάδα { $name } αποθηκεύτηκε.
admin-group-members = Μέλη
admin-group-no-members = Αυτή η ομάδα δεν έχει ακόμη μέλη.
admin-group-add-member = Προσθήκη μέλους
admin-group-add-member-label = Άτομο προς προσθήκη
admin-group-everyone-member = Όλοι είναι ήδη μέλη
admin-group-member-added = Ο χρήστης { $name } προστέθηκε στην ομάδα { $group }.
admin-group-member-removed = Ο χρήστης { $name } καταργήθηκε από την ομάδα { $group }.
admin-group-remove-member-label = Κατάργηση του χρήστη { $name } από την ομάδα
admin-group-devices = Συσκευές
admin-group-devices-intro = Οι αναθέσεις ρόλων που περιλαμβάνουν αυτήν την ομάδα στην εμβέλειά τους καλύπτουν τις συσκευές της.
admin-group-device-label = Συσκευή
admin-group-add-device = Προσθήκη στην ομάδα
admin-group-remove-device-label = Κατάργηση της συσκευής { $device } από την ομάδα
admin-group-no-devices = Αυτή η ομάδα δεν έχει ακόμη συσκευές.
admin-group-device-added = Η συσκευή { $device } προστέθηκε στην ομάδα { $group }.
admin-group-device-removed = Η συσκευή { $device } καταργήθηκε από την ομάδα { $group }.

## Roles and role assignments

admin-roles-title = Ρόλοι
admin-roles-intro = Ένας ρόλος είναι ένα σύνολο δικαιωμάτων. Οι αναθέσεις ρόλων δίνουν έναν ρόλο στα μέλη ομάδων, με εμβέλεια στα άτομα και τις συσκευές που καλύπτουν.
admin-roles-list = Ρόλοι
admin-roles-list-intro = Οι ενσωματωμένοι ρόλοι δεν μπορούν να αλλάξουν· αντιγράψτε έναν για να ξεκινήσετε έναν προσαρμοσμένο ρόλο.
admin-roles-empty = Δεν υπάρχουν ρόλοι.
admin-role-create = Δημιουργία ρόλου
admin-role-create-title = Δημιουργία ρόλου
admin-role-create-submit = Δημιουργία ρόλου
admin-role-created = Ο ρόλος { $name } δημιουργήθηκε.
admin-role-edit-title = Επεξεργασία του ρόλου { $name }
admin-role-edit-label = Επεξεργασία του ρόλου { $name }
admin-role-saved = Ο ρόλος { $name } αποθηκεύτηκε.
admin-role-copy = Αντιγραφή
admin-role-copy-label = Αντιγραφή του ρόλου { $name } ως νέου ρόλου
admin-role-copy-name = { $name } (αντίγραφο)
admin-role-name = Όνομα ρόλου
admin-role-description = Περιγραφή (προαιρετικό)
admin-role-built-in = Ενσωματωμένος
admin-role-no-permissions = Χωρίς δικαιώματα
admin-role-delete-label = Διαγραφή του ρόλου { $name }
admin-role-delete-title = Διαγραφή του ρόλου { $name };
admin-role-delete-text = Μπορούν να διαγραφούν μόνο ρόλοι που δεν δίνει καμία ανάθεση. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-role-delete-confirm = Διαγραφή ρόλου
admin-role-deleted = Ο ρόλος { $name } διαγράφηκε.

admin-perm-group-remote-help = Απομακρυσμένη βοήθεια
admin-perm-group-reading = Ανάγνωση
admin-perm-group-administration = Διαχείριση
admin-perm-offer = Προσφορά απομακρυσμένης βοήθειας
admin-perm-offer-hint = Έναρξη συνεδρίας απομακρυσμένης βοήθειας με ένα άτομο εντός εμβέλειας.
admin-perm-view-screen = Προβολή οθόνης
admin-perm-view-screen-hint = Προβολή της οθόνης ενός ατόμου εντός εμβέλειας.
admin-perm-full-control = Ανάληψη πλήρους ελέγχου
admin-perm-full-control-hint = Χρήση του ποντικιού και του πληκτρολογίου ενός ατόμου εντός εμβέλειας, με τη συγκατάθεσή του.
admin-perm-elevation = Αναβάθμιση δικαιωμάτων
admin-perm-elevation-hint = Προορίζεται για μελλοντική έκδοση: εκτέλεση με αυξημένα δικαιώματα στη συσκευή του ατόμου.
admin-perm-read = Ανάγνωση συσκευών και αναφορών
admin-perm-read-hint = Προβολή του αποθέματος συσκευών, των ενεργών συνεδριών και των αναφορών συνεδριών.
admin-perm-manage-users = Διαχείριση χρηστών και ομάδων
admin-perm-manage-users-hint = Δημιουργία, αλλαγή και διαγραφή χρηστών και ομάδων, των εικόνων τους και των δεύτερων παραγόντων τους.
admin-perm-manage-roles = Διαχείριση ρόλων
admin-perm-manage-roles-hint = Δημιουργία και αλλαγή ρόλων και αναθέσεων ρόλων.
admin-perm-manage-devices = Διαχείριση συσκευών
admin-perm-manage-devices-hint = Δημιουργία διακριτικών εγγραφής, απόσυρση και διαγραφή συσκευών.
admin-perm-manage-settings = Διαχείριση ρυθμίσεων
admin-perm-manage-settings-hint = Αλλαγή των ρυθμίσεων και των επαληθευμένων τομέων του οργανισμού και διακοπή ενεργών συνεδριών.
admin-perm-manage-policies = Διαχείριση πολιτικών
admin-perm-manage-policies-hint = Δημιουργία και αλλαγή πολιτικών πρόσβασης υπό όρους και συμμόρφωσης.
admin-perm-read-audit = Ανάγνωση του αρχείου καταγραφής ελέγχου
admin-perm-read-audit-hint = Προβολή και εξαγωγή κάθε καταγεγραμμένης αλλαγής και σύνδεσης.
admin-perm-create-api-tokens = Δημιουργία διακριτικών API
admin-perm-create-api-tokens-hint = Δημιουργία διακριτικών για σενάρια που ενεργούν με τα δικαιώματα του ίδιου του κατόχου. Τα διακριτικά λήγουν μετά από 90 ημέρες, εκτός αν οριστεί διαφορετικά (το πολύ ένα έτος).

admin-assignments-title = Αναθέσεις ρόλων
admin-assignments-intro = Ποιος λαμβάνει ποιον ρόλο και για ποιους.
admin-assignments-empty = Δεν υπάρχουν ακόμη αναθέσεις ρόλων. Χωρίς αυτές, μόνο οι διαχειριστές μπορούν να βοηθούν.
admin-assignment-create = Δημιουργία ανάθεσης
admin-assignment-create-title = Δημιουργία ανάθεσης ρόλου
admin-assignment-create-submit = Δημιουργία ανάθεσης
admin-assignment-created = Η ανάθεση { $name } δημιουργήθηκε.
admin-assignment-edit-title = Επεξεργασία της ανάθεσης { $name }
admin-assignment-edit-label = Επεξεργασία της ανάθεσης { $name }
admin-assignment-saved = Η ανάθεση { $name } αποθηκεύτηκε.
admin-assignment-name = Όνομα ανάθεσης
admin-assignment-name-hint = Για παράδειγμα «Η υποστήριξη βοηθά το Οικονομικό τμήμα».
admin-assignment-role = Ρόλος
admin-assignment-members = Ανάθεση του ρόλου σε μέλη των ομάδων
admin-assignment-members-hint = Οι βοηθοί: όλοι σε αυτές τις ομάδες λαμβάνουν τον ρόλο.
admin-assignment-no-groups = Δεν υπάρχουν ακόμη ομάδες. Δημιουργήστε πρώτα ομάδες.
admin-assignment-scope = Εμβέλεια
admin-assignment-scope-hint = Τα άτομα και οι συσκευές που καλύπτει ο ρόλος.
admin-assignment-scope-groups = Άτομα και συσκευές σε αυτές τις ομάδες
admin-assignment-scope-groups-hint = Μέλη και συσκευές των επιλεγμένων ομάδων.
admin-assignment-needs-members = Επιλέξτε τουλάχιστον μία ομάδα στην οποία θα ανατεθεί ο ρόλος.
admin-assignment-needs-scope = Επιλέξτε τι καλύπτει ο ρόλος: όλους τους χρήστες, όλες τις συσκευές ή ομάδες.
admin-assignment-delete-label = Διαγραφή της ανάθεσης { $name }
admin-assignment-delete-title = Διαγραφή της ανάθεσης { $name };
admin-assignment-delete-text = Τα μέλη των ομάδων της χάνουν αμέσως τον ρόλο που τους έδινε. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-assignment-delete-confirm = Διαγραφή ανάθεσης
admin-assignment-deleted = Η ανάθεση { $name } διαγράφηκε.
admin-scope-all-users = Όλοι οι χρήστες
admin-scope-all-users-hint = Κάθε άτομο του οργανισμού.
admin-scope-all-devices = Όλες οι συσκευές
admin-scope-all-devices-hint = Κάθε εγγεγραμμένη συσκευή του οργανισμού.

## Conditional access

admin-policies-title = Πρόσβαση υπό όρους
admin-policies-intro = Οι πολιτικές καθορίζουν αν ένας βοηθός μπορεί να χρησιμοποιήσει την κονσόλα· ελέγχονται κατά τη σύνδεση και ξανά κατά την έναρξη μιας συνεδρίας. Σε περίπτωση άρνησης, αναφέρεται η πολιτική.
admin-policies-list = Πολιτικές
admin-policies-empty = Δεν υπάρχουν πολιτικές πρόσβασης υπό όρους. Κάθε βοηθός που μπορεί να συνδεθεί μπορεί να χρησιμοποιήσει την κονσόλα.
admin-policy-create = Δημιουργία πολιτικής
admin-policy-create-title = Δημιουργία πολιτικής πρόσβασης υπό όρους
admin-policy-create-submit = Δημιουργία πολιτικής
admin-policy-created = Η πολιτική { $name } δημιουργήθηκε.
admin-policy-edit-title = Επεξεργασία της πολιτικής { $name }
admin-policy-edit-label = Επεξεργασία της πολιτικής { $name }
admin-policy-saved = Η πολιτική { $name } αποθηκεύτηκε.
admin-policy-delete-label = Διαγραφή της πολιτικής { $name }
admin-policy-delete-title = Διαγραφή της πολιτικής { $name };
admin-policy-delete-text = Η πολιτική παύει να ισχύει αμέσως. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-policy-delete-confirm = Διαγραφή πολιτικής
admin-policy-deleted = Η πολιτική { $name } διαγράφηκε.
admin-policy-name = Όνομα πολιτικής
admin-policy-name-hint = Οι βοηθοί το βλέπουν όταν η πολιτική τούς απορρίπτει, οπότε φροντίστε να εξηγεί τον λόγο, για παράδειγμα «Δεύτερος παράγοντας εκτός γραφείου».
admin-policy-state = Κατάσταση
admin-policy-state-enabled = Ενεργοποιημένη
admin-policy-state-enabled-hint = Η πολιτική εφαρμόζεται.
admin-policy-state-report-only = Μόνο αναφορά
admin-policy-state-report-only-hint = Η πολιτική αξιολογείται και ό,τι θα έκανε καταγράφεται στο αρχείο καταγραφής ελέγχου, αλλά δεν απορρίπτει ποτέ κανέναν. Δοκιμάστε πρώτα τις νέες πολιτικές με αυτόν τον τρόπο.
admin-policy-state-disabled = Απενεργοποιημένη
admin-policy-state-disabled-hint = Η πολιτική αγνοείται.
admin-policy-targets = Ισχύει για
admin-policy-targets-hint = Οι βοηθοί τους οποίους αφορά αυτή η πολιτική.
admin-policy-all-users = Όλοι οι χρήστες
admin-policy-users = Αυτά τα άτομα
admin-policy-groups = Μέλη αυτών των ομάδων
admin-policy-needs-targets = Επιλέξτε σε ποιους ισχύει η πολιτική: όλους τους χρήστες, άτομα ή ομάδες.
admin-policy-conditions = Συνθήκες
admin-policy-conditions-hint = Η πολιτική ισχύει μόνο όταν πληρούνται όλες οι συνθήκες που ορίζονται εδώ. Αφήστε τες κενές για να ισχύει πάντα.
admin-policy-inside = Η διεύθυνση του προγράμματος-πελάτη ανήκει σε ένα από αυτά τα δίκτυα
admin-policy-inside-hint = Ένα εύρος ανά γραμμή σε σημειογραφία CIDR, για παράδειγμα 10.0.0.0/8 ή 2001:db8::/32.
admin-policy-outside = Η διεύθυνση του προγράμματος-πελάτη δεν ανήκει σε κανένα από αυτά τα δίκτυα
admin-policy-outside-hint = Για κανόνες που ισχύουν εκτός γραφείου. Ένα εύρος ανά γραμμή.
admin-policy-network-invalid = Το «{ $value }» δεν είναι εύρος δικτύου. Γράψτε εύρη όπως 192.168.0.0/16.
admin-policy-second-factor = Δεύτερος παράγοντας κατά τη σύνδεση
admin-policy-second-factor-any = Οποιοδήποτε
admin-policy-second-factor-yes = Χρησιμοποιήθηκε δεύτερος παράγοντας
admin-policy-second-factor-no = Δεν χρησιμοποιήθηκε δεύτερος παράγοντας
admin-policy-grant = Αποτέλεσμα
admin-policy-grant-allow = Να επιτρέπεται
admin-policy-grant-allow-hint = Καταγράφεται στο αρχείο καταγραφής ελέγχου· άλλες πολιτικές μπορεί να απορρίψουν.
admin-policy-grant-block = Αποκλεισμός
admin-policy-grant-block-hint = Άρνηση σύνδεσης στην κονσόλα και έναρξης συνεδριών.
admin-policy-grant-second-factor = Απαίτηση δεύτερου παράγοντα
admin-policy-grant-second-factor-hint = Επιτρέπονται μόνο συνδέσεις που χρησιμοποίησαν δεύτερο παράγοντα.
admin-policy-lockout-warning = Προσέξτε να μην κλειδώσετε τον εαυτό σας έξω: μια πολιτική που σας αποκλείει ισχύει από την επόμενη σύνδεσή σας. Χρησιμοποιήστε τη λειτουργία μόνο αναφοράς για να ελέγξετε πρώτα μια πολιτική.
admin-policy-when-inside = Εντός { $networks }
admin-policy-when-outside = Εκτός { $networks }
admin-policy-when-second-factor = Χρησιμοποιήθηκε δεύτερος παράγοντας
admin-policy-when-no-second-factor = Δεν χρησιμοποιήθηκε δεύτερος παράγοντας
admin-policy-always = Πάντα

## Devices

admin-devices-title = Συσκευές
admin-devices-intro = Συσκευές εγγεγραμμένες με την εφαρμογή { -product-name }, με ό,τι ανέφεραν τελευταία και αν πληρούν τις πολιτικές συμμόρφωσής σας.
admin-devices-enroll-link = Εγγραφή συσκευών
admin-devices-filters = Φιλτράρισμα συσκευών
admin-devices-search = Αναζήτηση
admin-devices-search-hint = Όνομα κεντρικού υπολογιστή, σειριακός αριθμός, μοντέλο ή κύριος χρήστης.
admin-devices-platform = Λειτουργικό σύστημα
admin-devices-compliance = Συμμόρφωση
admin-devices-state = Εγγραφή
admin-devices-pages = Σελίδες συσκευών
admin-devices-empty = Δεν υπάρχουν ακόμη εγγεγραμμένες συσκευές. Δημιουργήστε ένα διακριτικό εγγραφής για να εγγράψετε τις πρώτες.
admin-devices-none-match = Καμία συσκευή δεν ταιριάζει με αυτά τα φίλτρα.
admin-devices-back = Όλες οι συσκευές
admin-device-remote-help = Νέα συνεδρία απομακρυσμένης βοήθειας
admin-device-unnamed = Συσκευή χωρίς όνομα
admin-device-compliant = Συμβατή
admin-device-not-compliant = Μη συμβατή
admin-device-failing-count =
    { $count ->
        [one] 1 κανόνας δεν πληρείται
       *[other] { $count } κανόνες δεν πληρούνται
    }
admin-device-state-active = Εγγεγραμμένη
admin-device-state-retired = Αποσυρμένη
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Δεν αναφέρθηκε
admin-device-details = Λεπτομέρειες
admin-device-host-name = Όνομα κεντρικού υπολογιστή
admin-device-model = Μοντέλο
admin-device-serial = Σειριακός αριθμός
admin-device-agent-version = Έκδοση εφαρμογής
admin-device-disk = Κρυπτογράφηση δίσκου
admin-device-disk-encrypted = Κρυπτογραφημένος
admin-device-disk-not-encrypted = Μη κρυπτογραφημένος
admin-device-enrolled-at = Εγγραφή
admin-device-id = Αναγνωριστικό συσκευής
admin-device-compliance = Συμμόρφωση
admin-device-meets-all = Αυτή η συσκευή πληροί όλους τους κανόνες των πολιτικών συμμόρφωσής σας.
admin-device-failing-intro = Οι παρακάτω κανόνες δεν πληρούνται:
admin-device-policies-link = Έλεγχος πολιτικών συμμόρφωσης
admin-device-retire = Απόσυρση συσκευής
admin-device-retire-title = Απόσυρση της συσκευής { $name };
admin-device-retire-text = Τα διαπιστευτήριά της παύουν να λειτουργούν αμέσως: δεν μπορεί πλέον να επικοινωνεί με τον διακομιστή ούτε να αποδεικνύει την ταυτότητά της όταν κάποιος ζητά βοήθεια σε αυτήν. Η συσκευή παραμένει στη λίστα, επισημασμένη ως αποσυρμένη.
admin-device-retire-confirm = Απόσυρση συσκευής
admin-device-retired = Η συσκευή { $name } αποσύρθηκε.
admin-device-delete = Διαγραφή συσκευής
admin-device-delete-title = Διαγραφή της συσκευής { $name };
admin-device-delete-text = Η συσκευή και το ιστορικό της καταργούνται από το απόθεμα. Για να τη χρησιμοποιήσετε ξανά, εγγράψτε την ξανά. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-device-delete-confirm = Διαγραφή συσκευής

## Enrollment tokens

admin-tokens-title = Διακριτικά εγγραφής
admin-tokens-intro = Μια συσκευή εγγράφεται με ένα διακριτικό που δημιουργείτε εδώ. Κάθε διακριτικό ισχύει για περιορισμένο χρόνο και αριθμό συσκευών.
admin-tokens-list = Διακριτικά
admin-tokens-empty = Δεν υπάρχουν ακόμη διακριτικά εγγραφής.
admin-token-create = Δημιουργία διακριτικού
admin-token-create-title = Δημιουργία διακριτικού εγγραφής
admin-token-create-submit = Δημιουργία διακριτικού
admin-token-created = Το διακριτικό { $name } δημιουργήθηκε.
admin-token-name = Όνομα
admin-token-name-hint = Πού χρησιμοποιείται, για παράδειγμα «Φορητοί υπολογιστές γραφείου Βερολίνου».
admin-token-hours = Ισχύς (ώρες)
admin-token-hours-hint = 1 έως 720 ώρες (30 ημέρες).
admin-token-max-uses = Συσκευές που μπορεί να εγγράψει
admin-token-max-uses-hint = 1 έως 10.000.
admin-token-shown-once = Αντιγράψτε αυτό το διακριτικό τώρα. Εμφανίζεται μόνο μία φορά· αν χαθεί, ανακαλέστε το και δημιουργήστε νέο.
admin-token-secret = Διακριτικό «{ $name }»
admin-token-secret-hint = Δώστε το στην εφαρμογή { -product-name } κατά την εγγραφή μιας συσκευής (assist-agent enroll). Όποιος το έχει μπορεί να εγγράφει συσκευές στον οργανισμό σας μέχρι να λήξει ή να ανακληθεί.
admin-token-copy-label = Αντιγραφή του διακριτικού
admin-token-copied = Το διακριτικό αντιγράφηκε στο πρόχειρο.
admin-token-copy-failed = Δεν ήταν δυνατή η αντιγραφή του διακριτικού. Επιλέξτε το και αντιγράψτε το μόνοι σας.
admin-token-active = Ενεργό
admin-token-revoked = Ανακλήθηκε
admin-token-expired = Έληξε
admin-token-used-up = Εξαντλήθηκε
admin-token-uses = { $uses } από { $max }
admin-token-revoke-label = Ανάκληση του διακριτικού { $name }
admin-token-revoke-title = Ανάκληση του διακριτικού { $name };
admin-token-revoke-text = Οι συσκευές δεν μπορούν πλέον να εγγραφούν με αυτό. Οι συσκευές που έχει ήδη εγγράψει παραμένουν εγγεγραμμένες.
admin-token-revoke-confirm = Ανάκληση διακριτικού
admin-token-revoked-done = Το διακριτικό { $name } ανακλήθηκε.

## Compliance policies

admin-compliance-title = Πολιτικές συμμόρφωσης
admin-compliance-intro = Κανόνες που πρέπει να πληρούν οι εγγεγραμμένες συσκευές. Μια συσκευή που δεν πληροί κάποιον επισημαίνεται ως μη συμβατή και οι βοηθοί προειδοποιούνται πριν βοηθήσουν σε αυτήν.
admin-compliance-list = Πολιτικές
admin-compliance-empty = Δεν υπάρχουν πολιτικές συμμόρφωσης, επομένως όλες οι συσκευές θεωρούνται συμβατές.
admin-compliance-create = Δημιουργία πολιτικής
admin-compliance-create-title = Δημιουργία πολιτικής συμμόρφωσης
admin-compliance-create-submit = Δημιουργία πολιτικής
admin-compliance-created = Η πολιτική { $name } δημιουργήθηκε. Οι συσκευές ελέγχθηκαν ξανά.
admin-compliance-edit-title = Επεξεργασία της πολιτικής { $name }
admin-compliance-edit-label = Επεξεργασία της πολιτικής { $name }
admin-compliance-saved = Η πολιτική { $name } αποθηκεύτηκε. Οι συσκευές ελέγχθηκαν ξανά.
admin-compliance-delete-label = Διαγραφή της πολιτικής { $name }
admin-compliance-delete-title = Διαγραφή της πολιτικής { $name };
admin-compliance-delete-text = Οι κανόνες της παύουν να ισχύουν και οι συσκευές ελέγχονται ξανά. Αυτή η ενέργεια δεν μπορεί να αναιρεθεί.
admin-compliance-delete-confirm = Διαγραφή πολιτικής
admin-compliance-deleted = Η πολιτική { $name } διαγράφηκε.
admin-compliance-name = Όνομα πολιτικής
admin-compliance-name-hint = Εμφανίζεται με κάθε κανόνα που δεν πληρείται, για παράδειγμα «Βασική ασφάλεια».
admin-compliance-os-legend = Ελάχιστη έκδοση λειτουργικού συστήματος
admin-compliance-os-hint = Αφήστε μια πλατφόρμα κενή για να γίνεται αποδεκτή οποιαδήποτε έκδοση.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Για παράδειγμα 14.2.1
admin-compliance-version-invalid = Γράψτε την έκδοση ως αριθμούς που χωρίζονται με τελείες, για παράδειγμα 14.2.1.
admin-compliance-other-legend = Άλλοι κανόνες
admin-compliance-min-agent = Ελάχιστη έκδοση της εφαρμογής { -product-name }
admin-compliance-max-days = Μέγιστες ημέρες από τον τελευταίο έλεγχο
admin-compliance-max-days-hint = 1 έως 365. Αφήστε το κενό για χωρίς όριο.
admin-compliance-disk = Απαίτηση κρυπτογράφησης δίσκου
admin-compliance-disk-hint = Ο δίσκος συστήματος πρέπει να είναι κρυπτογραφημένος (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } ή νεότερη έκδοση
admin-rule-min-agent = Εφαρμογή { $version } ή νεότερη έκδοση
admin-rule-check-in =
    { $days ->
        [one] Έλεγχος εντός της τελευταίας ημέρας
       *[other] Έλεγχος εντός { $days } ημερών
    }
admin-rule-disk = Κρυπτογραφημένος δίσκος
admin-rule-none = Χωρίς κανόνες

## Settings

admin-settings-title = Ρυθμίσεις
admin-settings-intro = Πώς λειτουργεί η απομακρυσμένη βοήθεια στον οργανισμό σας. Κάθε αλλαγή καταγράφεται στο αρχείο καταγραφής ελέγχου.
admin-settings-organisation = Οργανισμός
admin-settings-name-hint = Εμφανίζεται στα άτομα που βοηθάτε στη θέση της εταιρείας, όταν το προφίλ δεν αναφέρει εταιρεία.
admin-settings-remote-help-heading = Απομακρυσμένη βοήθεια
admin-settings-remote-help = Να επιτρέπεται η απομακρυσμένη βοήθεια
admin-settings-remote-help-hint = Οι βοηθοί μπορούν να ξεκινούν συνεδρίες μόνο όσο αυτή η ρύθμιση είναι ενεργή. Η απενεργοποίησή της τερματίζει επίσης τις συνεδρίες σε εξέλιξη.
admin-settings-unenrolled = Να επιτρέπεται βοήθεια σε μη εγγεγραμμένες συσκευές
admin-settings-unenrolled-hint = Επιτρέπει στα άτομα να κοινοποιούν την οθόνη τους από πρόγραμμα περιήγησης ή από μη εγγεγραμμένη συσκευή. Οι βοηθοί εξακολουθούν να προειδοποιούνται ότι η συσκευή είναι άγνωστη.
admin-settings-chat = Συνομιλία κατά τις συνεδρίες
admin-settings-chat-hint = Οι βοηθοί και τα άτομα που βοηθούν μπορούν να ανταλλάσσουν μηνύματα. Τα μηνύματα διατηρούνται μαζί με την αναφορά της συνεδρίας.
admin-settings-limits = Κωδικοί και αναφορές
admin-settings-code-lifetime = Διάρκεια ισχύος κωδικού ασφαλείας (λεπτά)
admin-settings-code-lifetime-hint = Πόσο ισχύει ο κωδικός που υπαγορεύει ένας βοηθός: { $min } έως { $max } λεπτά.
admin-settings-retention = Διατήρηση αναφορών συνεδριών για (ημέρες)
admin-settings-retention-hint = Οι παλαιότερες αναφορές και οι συνομιλίες τους διαγράφονται: { $min } έως { $max } ημέρες.
admin-settings-save = Αποθήκευση ρυθμίσεων
admin-settings-saved = Οι ρυθμίσεις αποθηκεύτηκαν.
admin-settings-updated-at = Τελευταία αλλαγή: { $time }.
admin-settings-defaults = Αυτές είναι οι προεπιλεγμένες ρυθμίσεις· δεν έχουν αλλάξει ποτέ.

## Live sessions

admin-live-title = Ενεργές συνεδρίες
admin-live-intro = Συνεδρίες απομακρυσμένης βοήθειας που δεν έχουν τερματιστεί. Η λίστα ανανεώνεται κάθε λίγα δευτερόλεπτα.
admin-live-list = Συνεδρίες σε εξέλιξη
admin-live-empty = Δεν υπάρχουν συνεδρίες σε εξέλιξη.
admin-live-updated = Ενημέρωση: { $time }
admin-live-count =
    { $count ->
        [0] Δεν υπάρχουν συνεδρίες σε εξέλιξη.
        [one] 1 συνεδρία σε εξέλιξη.
       *[other] { $count } συνεδρίες σε εξέλιξη.
    }
admin-live-not-joined = Δεν έχει συνδεθεί ακόμη
admin-live-nobody = κανείς ακόμη
admin-live-state-waiting = Αναμονή για κωδικό
admin-live-state-joined = Συνδέθηκε
admin-live-state-requested = Αίτημα πρόσβασης
admin-live-state-active = Κοινή χρήση
admin-live-state-ended = Τερματίστηκε
admin-live-revoke-label = Ανάκληση της συνεδρίας του χρήστη { $helper } με τον χρήστη { $sharer }
admin-live-revoke-title = Διακοπή αυτής της συνεδρίας;
admin-live-revoke-text = Η συνεδρία του χρήστη { $helper } με τον χρήστη { $sharer } τερματίζεται αμέσως και για τους δύο.
admin-live-revoke-confirm = Διακοπή συνεδρίας
admin-live-revoked = Η συνεδρία του χρήστη { $helper } διακόπηκε.

## Session reports

admin-reports-title = Αναφορές συνεδριών
admin-reports-intro = Κάθε συνεδρία απομακρυσμένης βοήθειας: ποιος βοήθησε ποιον, σε ποια συσκευή, ποια πρόσβαση παραχωρήθηκε και πώς τερματίστηκε.
admin-reports-filters = Φιλτράρισμα αναφορών συνεδριών
admin-reports-export-label = Εξαγωγή σε CSV των αναφορών συνεδριών που ταιριάζουν με τα φίλτρα
admin-reports-helper = Βοηθός
admin-reports-sharer = Άτομο που βοηθήθηκε
admin-reports-device = Συσκευή
admin-reports-end-reason = Τρόπος τερματισμού
admin-reports-from = Έναρξη από
admin-reports-to = Έναρξη πριν από
admin-reports-pages = Σελίδες αναφορών συνεδριών
admin-reports-empty = Δεν υπάρχουν ακόμη αναφορές συνεδριών.
admin-reports-none-match = Καμία συνεδρία δεν ταιριάζει με αυτά τα φίλτρα.
admin-reports-back = Όλες οι αναφορές συνεδριών
admin-report-open-label = Συνεδρία του χρήστη { $helper }, έναρξη { $time }
admin-report-title = Ο χρήστης { $helper } βοηθά τον χρήστη { $sharer }
admin-report-title-alone = Συνεδρία του χρήστη { $helper }
admin-report-started = Έναρξη { $time }
admin-report-details = Λεπτομέρειες
admin-report-client = Κοινή χρήση από
admin-report-joined = Σύνδεση
admin-report-ended = Τερματισμός
admin-report-id = Αναγνωριστικό συνεδρίας
admin-report-no-device = Χωρίς συσκευή
admin-report-mode-control = Πλήρης έλεγχος
admin-report-mode-view = Μόνο προβολή
admin-report-mode-none = Καμία
admin-report-transcript = Ιστορικό συνομιλίας
admin-report-transcript-count =
    { $count ->
        [0] Ιστορικό συνομιλίας
        [one] Ιστορικό συνομιλίας (1 μήνυμα)
       *[other] Ιστορικό συνομιλίας ({ $count } μηνύματα)
    }
admin-report-no-chat = Δεν γράφτηκαν μηνύματα συνομιλίας σε αυτήν τη συνεδρία.
admin-role-helper = Βοηθός
admin-role-sharer = Άτομο που βοηθήθηκε
admin-client-agent = Εφαρμογή { -product-name }
admin-client-web = Πρόγραμμα περιήγησης

admin-end-helper-left = Τερματίστηκε από τον βοηθό
admin-end-sharer-left = Τερματίστηκε από το άτομο που βοηθήθηκε
admin-end-helper-disconnected = Χάθηκε η σύνδεση του βοηθού
admin-end-sharer-disconnected = Χάθηκε η σύνδεση του ατόμου που βοηθήθηκε
admin-end-code-expired = Ο κωδικός έληξε χωρίς να χρησιμοποιηθεί
admin-end-declined-timeout = Το αίτημα δεν απαντήθηκε
admin-end-revoked = Διακόπηκε από διαχειριστή
admin-end-policy = Διακόπηκε από κανόνα του οργανισμού
admin-end-access-withdrawn = Διακόπηκε: η πρόσβαση ανακλήθηκε

## Audit log

admin-audit-title = Αρχείο καταγραφής ελέγχου
admin-audit-intro = Κάθε αλλαγή, σύνδεση και συμβάν συνεδρίας, με τα νεότερα πρώτα. Στο αρχείο μπορούν μόνο να προστίθενται εγγραφές και η αλυσίδα του εντοπίζει τυχόν αλλοιώσεις.
admin-audit-filters = Φιλτράρισμα του αρχείου καταγραφής ελέγχου
admin-audit-export-label = Εξαγωγή σε CSV των συμβάντων ελέγχου που ταιριάζουν με τα φίλτρα
admin-audit-actor = Ποιος
admin-audit-action = Ενέργεια
admin-audit-action-hint = Για παράδειγμα user.created ή settings.updated.
admin-audit-since = Από
admin-audit-until = Πριν από
admin-audit-pages = Σελίδες συμβάντων ελέγχου
admin-audit-empty = Το αρχείο καταγραφής ελέγχου είναι κενό.
admin-audit-none-match = Κανένα συμβάν δεν ταιριάζει με αυτά τα φίλτρα.
admin-audit-show-detail = Εμφάνιση λεπτομερειών
admin-actor-cli = Γραμμή εντολών διακομιστή
admin-actor-setup-link = Σύνδεσμος ρύθμισης
admin-actor-sso = Καθολική σύνδεση
admin-actor-anonymous = Χωρίς σύνδεση

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Ξεκινήστε εδώ
admin-start-title = Πρώτα βήματα
admin-start-intro = Τρία πράγματα που πρέπει να ρυθμίσετε πριν από την πρώτη σας συνεδρία απομακρυσμένης βοήθειας. Το καθένα αλλάζει αργότερα.
admin-start-done = Ολοκληρώθηκε
admin-start-todo = Εκκρεμεί
admin-start-settings-needed = Για αυτή την αλλαγή χρειάζεται η άδεια διαχείρισης ρυθμίσεων. Ζητήστε τη από έναν διαχειριστή που την έχει.
admin-start-remote-heading = Ενεργοποιήστε την απομακρυσμένη βοήθεια
admin-start-remote-off = Η απομακρυσμένη βοήθεια είναι απενεργοποιημένη, οπότε κανείς δεν μπορεί ακόμη να ξεκινήσει συνεδρία.
admin-start-remote-on = Η απομακρυσμένη βοήθεια είναι ενεργή: οι βοηθοί μπορούν να ξεκινούν συνεδρίες.
admin-start-remote-enable = Ενεργοποίηση απομακρυσμένης βοήθειας
admin-start-remote-turned-on = Η απομακρυσμένη βοήθεια είναι πλέον ενεργή.
admin-start-browser-heading = Κοινή χρήση από πρόγραμμα περιήγησης
admin-start-browser-allowed = Επιτρέπεται
admin-start-browser-not-allowed = Δεν επιτρέπεται
admin-start-browser-explain = Ένα πρόγραμμα περιήγησης δεν μπορεί να αποδείξει σε ποιον υπολογιστή εκτελείται, γι’ αυτό μετράει ως μη εγγεγραμμένη συσκευή. Αν επιτρέπεται η βοήθεια σε μη εγγεγραμμένες συσκευές, μπορεί κανείς να μοιραστεί την οθόνη του από το πρόγραμμα περιήγησης, χωρίς εγκατάσταση. Ο βοηθός τότε μόνο βλέπει την οθόνη, δεν τη χειρίζεται, και ειδοποιείται ότι η συσκευή είναι άγνωστη.
admin-start-browser-off = Δεν επιτρέπεται τώρα: μόνο η εφαρμογή { -product-name } σε εγγεγραμμένη συσκευή μπορεί να μοιραστεί. Όποιος ανοίξει τη σελίδα κοινής χρήσης σε πρόγραμμα περιήγησης και εισαγάγει κωδικό απορρίπτεται.
admin-start-browser-on = Επιτρέπεται τώρα: μπορεί κανείς να μοιραστεί την οθόνη του από πρόγραμμα περιήγησης ή από μη εγγεγραμμένη συσκευή.
admin-start-browser-allow = Να επιτρέπεται η κοινή χρήση από πρόγραμμα περιήγησης
admin-start-browser-stop = Διακοπή κοινής χρήσης από πρόγραμμα περιήγησης
admin-start-browser-allowed-now = Η κοινή χρήση από πρόγραμμα περιήγησης επιτρέπεται πλέον.
admin-start-browser-stopped = Η κοινή χρήση από πρόγραμμα περιήγησης δεν επιτρέπεται πλέον.
admin-start-helpers-heading = Ορισμός βοηθών
admin-start-helpers-none = Κανείς δεν μπορεί ακόμη να προσφέρει απομακρυσμένη βοήθεια.
admin-start-helpers-count =
    { $count ->
        [one] { $count } άτομο μπορεί να προσφέρει απομακρυσμένη βοήθεια.
       *[other] { $count } άτομα μπορούν να προσφέρουν απομακρυσμένη βοήθεια.
    }
admin-start-helpers-explain = Οι βοηθοί προσφέρουν απομακρυσμένη βοήθεια σε όλους στον οργανισμό. Επιλέξτε άτομα και πατήστε «Ορισμός βοηθών»: γίνονται μέλη της ομάδας { $group }, που έχει τον ρόλο Help Desk Operator για όλους τους χρήστες.
admin-start-helpers-pick = Άτομα που θα γίνουν βοηθοί
admin-start-helpers-nobody = Όλοι εδώ είναι ήδη βοηθοί. Δημιουργήστε χρήστη για να προσθέσετε κάποιον.
admin-start-helpers-roles-needed = Την πρώτη φορά, ο ορισμός βοηθών δίνει και στην ομάδα { $group } τον ρόλο της, κάτι που απαιτεί την άδεια διαχείρισης ρόλων. Ζητήστε τη από έναν διαχειριστή που την έχει.
admin-start-helpers-submit = Ορισμός βοηθών
admin-start-helpers-choose = Επιλέξτε τουλάχιστον ένα άτομο.
admin-start-helpers-made =
    { $count ->
        [one] { $count } άτομο είναι πλέον βοηθός, στην ομάδα { $group }.
       *[other] { $count } άτομα είναι πλέον βοηθοί, στην ομάδα { $group }.
    }
admin-start-create-user = Δημιουργία χρήστη
admin-start-first-heading = Η πρώτη σας συνεδρία
admin-start-not-ready = Μόλις ολοκληρωθούν τα παραπάνω βήματα:
admin-start-ready = Όλα είναι έτοιμα για μια πρώτη συνεδρία:
admin-start-first-helper = Ένας βοηθός συνδέεται, ανοίγει το «{ $page }» και ξεκινά νέα συνεδρία απομακρυσμένης βοήθειας, που του δίνει κωδικό ασφαλείας:
admin-start-first-sharer = Όποιος χρειάζεται βοήθεια συνδέεται, ανοίγει αυτή τη σελίδα και εισάγει τον κωδικό:
admin-user-role = Ρόλος
admin-user-role-member = Μέλος
admin-user-role-member-hint = Συνδέεται, ζητά βοήθεια και μοιράζεται την οθόνη του.
admin-user-role-helper = Βοηθός
admin-user-role-helper-hint = Προσφέρει απομακρυσμένη βοήθεια σε όλους στον οργανισμό, ως μέλος της ομάδας { $group }.
admin-user-role-administrator = Διαχειριστής
admin-user-created-helper = Ο χρήστης { $name } δημιουργήθηκε και μπορεί πλέον να προσφέρει απομακρυσμένη βοήθεια.
