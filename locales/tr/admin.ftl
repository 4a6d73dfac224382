# Messages of the admin console (/admin), Turkish. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = Yönetim konsolu – { -product-name }
admin-page-title = { $section } – Yönetim konsolu – { $organisation }
admin-console-name = Yönetim konsolu
admin-back-home = Ana sayfaya dön
admin-nav-label = Yönetim konsolu
admin-nav-group-people = Kişiler
admin-nav-group-access = Erişim
admin-nav-group-devices = Cihazlar
admin-nav-group-organisation = Kuruluş
admin-nav-group-activity = Etkinlik

admin-denied-title = Erişim yok – { -product-name }
admin-denied-heading = Yönetim konsolunu kullanma izniniz yok
admin-denied-text = Hesabınız { -product-name } uygulamasını kullanabilir ancak kuruluşunuzu yönetme izni yok.
admin-denied-help = Kullanıcıları, cihazları veya ayarları yönetmeniz gerekiyorsa kuruluşunuzun bir yöneticisinden size bu izinlere sahip bir rol vermesini isteyin.

## Shared words

admin-save = Kaydet
admin-cancel = İptal
admin-done = Bitti
admin-edit = Düzenle
admin-delete = Sil
admin-remove = Kaldır
admin-revoke = İptal et
admin-manage = Yönet
admin-copy = Kopyala
admin-refresh = Yenile
admin-search = Ara
admin-apply-filters = Filtreleri uygula
admin-clear-filters = Filtreleri temizle
admin-export-csv = CSV olarak dışarı aktar
admin-filter-any = Tümü
admin-filter-anyone = Herkes
admin-filter-any-device = Tüm cihazlar
admin-not-set = Ayarlanmadı
admin-never = Hiçbir zaman
admin-no-changes = Kaydedilecek bir şey yok: hiçbir alan değiştirilmedi.
admin-name-taken = Bu ad zaten kullanılıyor. Başka bir ad seçin.
admin-number-range = { $min } ile { $max } arasında bir tam sayı girin.
admin-error-refused = Sunucu bu işlemi reddetti: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = Bu bölümü kullanamazsınız: tüm kuruluş (tüm kullanıcılar ve tüm cihazlar) üzerinde “{ $permission }” izni gerekir ve rolleriniz bu izni bu kadar geniş vermiyor.
admin-section-denied-ask = Bunu size tüm kuruluş için vermesini { $organisation } yöneticilerinden birinden isteyin.
admin-choose-user = Bir kişi seçin…
admin-choose-user-first = Önce bir kişi seçin.
admin-choose-device = Bir cihaz seçin…
admin-choose-device-first = Önce bir cihaz seçin.
admin-choose-role = Bir rol seçin…
admin-no-devices-yet = Henüz kayıtlı cihaz yok
admin-unknown-user = Bilinmeyen kullanıcı
admin-unknown-group = Bilinmeyen grup
admin-unknown-role = Bilinmeyen rol

admin-page-previous = Önceki sayfa
admin-page-next = Sonraki sayfa
admin-page-number = Sayfa { $page }

admin-duration-seconds = { $seconds } sn
admin-duration-minutes = { $minutes } dk
admin-duration-hours = { $hours } sa { $minutes } dk
admin-duration-running = şu ana kadar { $duration }

## Table column headings

admin-column-name = Ad
admin-column-email = E-posta
admin-column-job-title = Unvan
admin-column-company = Şirket
admin-column-role = Rol
admin-column-status = Durum
admin-column-actions = Eylemler
admin-column-description = Açıklama
admin-column-members = Üyeler
admin-column-created = Oluşturulma
admin-column-permissions = İzinler
admin-column-member-groups = Verildiği gruplar
admin-column-scope = Kapsam
admin-column-state = Durum
admin-column-targets = Uygulandığı kişiler
admin-column-conditions = Koşullar
admin-column-grant = Sonuç
admin-column-device = Cihaz
admin-column-platform = İşletim sistemi
admin-column-primary-user = Birincil kullanıcı
admin-column-agent = Aracı sürümü
admin-column-enrollment = Kayıt
admin-column-compliance = Uyumluluk
admin-column-last-check-in = Son iletişim
admin-column-uses = Kaydedilen cihazlar
admin-column-expires = Sona erme
admin-column-rules = Kurallar
admin-column-helper = Yardımcı
admin-column-sharer = Yardım alan kişi
admin-column-access = Verilen erişim
admin-column-started = Başlangıç
admin-column-duration = Süre
admin-column-outcome = Nasıl sona erdi
admin-column-chat = Sohbet iletileri
admin-column-time = Zaman
admin-column-actor = Kim
admin-column-action = Eylem
admin-column-target = Hedef
admin-column-detail = Ayrıntılar

## Users

admin-users-title = Kullanıcılar
admin-users-intro = Kuruluşunuzda { -product-name } uygulamasında oturum açabilen kişiler ve yardım ettikleri kişilerin gördüğü şekliyle profilleri.
admin-users-search = Ad, e-posta, unvan veya şirkete göre arayın
admin-users-search-label = Kullanıcılarda ara
admin-users-pages = Kullanıcı sayfaları
admin-users-search-summary =
    { $count ->
        [0] Bu sayfada “{ $term }” ile eşleşen kullanıcı yok.
        [one] “{ $term }” ile eşleşen bir kullanıcı var.
       *[other] “{ $term }” ile eşleşen { $count } kullanıcı var.
    }
admin-users-none-found = “{ $term }” ile eşleşen kullanıcı yok.
admin-users-empty = Henüz kullanıcı yok.
admin-user-create = Kullanıcı oluştur
admin-user-create-title = Kullanıcı oluşturun
admin-user-create-submit = Kullanıcı oluştur
admin-user-created = { $name } oluşturuldu.
admin-user-job-title = Unvan (isteğe bağlı)
admin-user-company = Şirket (isteğe bağlı)
admin-user-initial-password = İlk parola (isteğe bağlı)
admin-user-initial-password-hint = En az 12 karakter. Parola belirlenmezse kişi yalnızca çoklu oturum açma veya bir kurtarma bağlantısıyla oturum açabilir.
admin-user-is-admin = Kuruluş yöneticisi
admin-user-is-admin-hint = Yöneticiler, rolleri ne olursa olsun her şeyi yapabilir.
admin-user-edit-title = Düzenle: { $name }
admin-user-edit-label = Düzenle: { $name }
admin-user-email-fixed = E-posta adresi hesabı tanımlar ve burada değiştirilemez.
admin-user-disabled = Oturum açma devre dışı
admin-user-disabled-hint = Oturum açmayı devre dışı bırakmak, kişinin oturumlarını da sonlandırır ve API belirteçlerini iptal eder.
admin-user-new-password = Yeni parola (isteğe bağlı)
admin-user-new-password-hint = Geçerli parolayı korumak için boş bırakın. Yeni parola belirlemek, kişinin tüm oturumlarını kapatır.
admin-user-saved = { $name } için yapılan değişiklikler kaydedildi.
admin-user-status-active = Etkin
admin-user-status-disabled = Oturum açma devre dışı
admin-user-delete-label = Sil: { $name }
admin-user-delete-title = { $name } silinsin mi?
admin-user-delete-text = { $email } hesabı silinecek ve tüm oturumları kapatılacak. Bu işlem geri alınamaz.
admin-user-delete-confirm = Kullanıcıyı sil
admin-user-deleted = { $name } silindi.
admin-user-picture = Profil resmi
admin-user-picture-choose = Resim yükle
admin-user-picture-remove = Resmi kaldır
admin-user-picture-hint = En fazla 256 KB boyutunda bir PNG veya JPEG resmi. Hemen değişir; kişinin yardım ettiği kişiler, ekranlarını paylaşmadan önce bu resmi görür.
admin-user-picture-uploading = Resim karşıya yükleniyor…
admin-user-picture-updated = Resim güncellendi: { $name }.
admin-user-picture-removed = Resim kaldırıldı: { $name }.

## Groups

admin-groups-title = Gruplar
admin-groups-intro = Gruplar kişileri ve cihazları bir araya getirir. Rol atamaları, grup üyelerine diğer gruplar üzerinde roller verir.
admin-groups-pages = Grup sayfaları
admin-groups-empty = Henüz grup yok. Üyelerine rol vermek için bir grup oluşturun.
admin-groups-back = Tüm gruplar
admin-group-create = Grup oluştur
admin-group-create-title = Grup oluşturun
admin-group-create-submit = Grup oluştur
admin-group-created = { $name } grubu oluşturuldu.
admin-group-name = Grup adı
admin-group-description = Açıklama (isteğe bağlı)
admin-group-description-hint = Grubun amacı, örneğin “Berlin'deki yardım masası personeli”.
admin-group-member-count =
    { $count ->
        [0] Üye yok
        [one] 1 üye
       *[other] { $count } üye
    }
admin-group-manage-label = { $name } grubunu yönet
admin-group-delete = Grubu sil
admin-group-delete-label = { $name } grubunu sil
admin-group-delete-title = { $name } grubu silinsin mi?
admin-group-delete-text = Üyeler hesaplarını korur ancak rol atamalarının bu grup aracılığıyla verdiği yetkileri kaybeder. Bu işlem geri alınamaz.
admin-group-delete-confirm = Grubu sil
admin-group-deleted = { $name } grubu silindi.
admin-group-detail-intro = Grubu yeniden adlandırın, üyelerini ve cihazlarını seçin.
admin-group-details = Ad ve açıklama
admin-group-saved = { $name } grubu kaydedildi.
admin-group-members = Üyeler
admin-group-no-members = Bu grubun henüz üyesi yok.
admin-group-add-member = Üye ekle
admin-group-add-member-label = Eklenecek kişi
admin-group-everyone-member = Herkes zaten üye
admin-group-member-added = { $name }, { $group } grubuna eklendi.
admin-group-member-removed = { $name }, { $group } grubundan kaldırıldı.
admin-group-remove-member-label = { $name } kullanıcısını gruptan kaldır
admin-group-devices = Cihazlar
admin-group-devices-intro = Kapsamında bu grubu belirten rol atamaları, gruptaki cihazlara da uygulanır.
admin-group-device-label = Cihaz
admin-group-add-device = Gruba ekle
admin-group-remove-device-label = { $device } cihazını gruptan kaldır
admin-group-no-devices = Bu grupta henüz cihaz yok.
admin-group-device-added = { $device }, { $group } grubuna eklendi.
admin-group-device-removed = { $device }, { $group } grubundan kaldırıldı.

## Roles and role assignments

admin-roles-title = Roller
admin-roles-intro = Rol, bir izin kümesidir. Rol atamaları, grup üyelerine kapsamdaki kişiler ve cihazlar üzerinde bir rol verir.
admin-roles-list = Roller
admin-roles-list-intro = Yerleşik roller değiştirilemez; özel bir rol oluşturmak için yerleşik bir rolü kopyalayın.
admin-roles-empty = Rol yok.
admin-role-create = Rol oluştur
admin-role-create-title = Rol oluşturun
admin-role-create-submit = Rol oluştur
admin-role-created = { $name } rolü oluşturuldu.
admin-role-edit-title = { $name } rolünü düzenleyin
admin-role-edit-label = { $name } rolünü düzenle
admin-role-saved = { $name } rolü kaydedildi.
admin-role-copy = Kopyala
admin-role-copy-label = { $name } rolünü yeni bir rol olarak kopyala
admin-role-copy-name = { $name } (kopya)
admin-role-name = Rol adı
admin-role-description = Açıklama (isteğe bağlı)
admin-role-built-in = Yerleşik
admin-role-no-permissions = İzin yok
admin-role-delete-label = { $name } rolünü sil
admin-role-delete-title = { $name } rolü silinsin mi?
admin-role-delete-text = Yalnızca hiçbir atamada kullanılmayan roller silinebilir. Bu işlem geri alınamaz.
admin-role-delete-confirm = Rolü sil
admin-role-deleted = { $name } rolü silindi.

admin-perm-group-remote-help = Uzaktan yardım
admin-perm-group-reading = Okuma
admin-perm-group-administration = Yönetim
admin-perm-offer = Uzaktan yardım sunma
admin-perm-offer-hint = Kapsamdaki bir kişiyle uzaktan yardım oturumu başlatma.
admin-perm-view-screen = Ekranı görüntüleme
admin-perm-view-screen-hint = Kapsamdaki bir kişinin ekranını görme.
admin-perm-full-control = Tam denetim alma
admin-perm-full-control-hint = Kapsamdaki bir kişinin faresini ve klavyesini, kişinin onayıyla kullanma.
admin-perm-elevation = Yükseltme
admin-perm-elevation-hint = Sonraki bir sürüm için ayrılmıştır: Kişinin cihazında yükseltilmiş ayrıcalıklarla çalıştırma.
admin-perm-read = Cihazları ve raporları okuma
admin-perm-read-hint = Cihaz envanterini, canlı oturumları ve oturum raporlarını görme.
admin-perm-manage-users = Kullanıcıları ve grupları yönetme
admin-perm-manage-users-hint = Kullanıcıları ve grupları, resimlerini ve ikinci faktörlerini oluşturma, değiştirme ve silme.
admin-perm-manage-roles = Rolleri yönetme
admin-perm-manage-roles-hint = Rolleri ve rol atamalarını oluşturma ve değiştirme.
admin-perm-manage-devices = Cihazları yönetme
admin-perm-manage-devices-hint = Kayıt belirteçleri oluşturma, cihazları kullanımdan kaldırma ve silme.
admin-perm-manage-settings = Ayarları yönetme
admin-perm-manage-settings-hint = Kuruluşun ayarlarını ve doğrulanmış etki alanlarını değiştirme, canlı oturumları durdurma.
admin-perm-manage-policies = İlkeleri yönetme
admin-perm-manage-policies-hint = Koşullu erişim ve uyumluluk ilkeleri oluşturma ve değiştirme.
admin-perm-read-audit = Denetim günlüğünü okuma
admin-perm-read-audit-hint = Kaydedilen tüm değişiklikleri ve oturum açma işlemlerini görme ve dışarı aktarma.
admin-perm-create-api-tokens = API belirteçleri oluşturma
admin-perm-create-api-tokens-hint = Sahibinin kendi haklarıyla çalışan betikler için belirteç oluşturma. Belirteçlerin süresi, aksi ayarlanmadıkça 90 gün sonra dolar (en fazla bir yıl).

admin-assignments-title = Rol atamaları
admin-assignments-intro = Kimin hangi rolü kimler üzerinde aldığı.
admin-assignments-empty = Henüz rol ataması yok. Rol ataması olmadan yalnızca yöneticiler yardım edebilir.
admin-assignment-create = Atama oluştur
admin-assignment-create-title = Rol ataması oluşturun
admin-assignment-create-submit = Atama oluştur
admin-assignment-created = { $name } ataması oluşturuldu.
admin-assignment-edit-title = { $name } atamasını düzenleyin
admin-assignment-edit-label = { $name } atamasını düzenle
admin-assignment-saved = { $name } ataması kaydedildi.
admin-assignment-name = Atama adı
admin-assignment-name-hint = Örneğin “Yardım masası Finans'a yardım eder”.
admin-assignment-role = Rol
admin-assignment-members = Rolün verileceği grupların üyeleri
admin-assignment-members-hint = Yardımcılar: Bu gruplardaki herkes rolü alır.
admin-assignment-no-groups = Henüz grup yok. Önce grup oluşturun.
admin-assignment-scope = Kapsam
admin-assignment-scope-hint = Rolün kapsadığı kişiler ve cihazlar.
admin-assignment-scope-groups = Bu gruplardaki kişiler ve cihazlar
admin-assignment-scope-groups-hint = Seçilen grupların üyeleri ve cihazları.
admin-assignment-needs-members = Rolün verileceği en az bir grup seçin.
admin-assignment-needs-scope = Rolün neyi kapsadığını seçin: tüm kullanıcılar, tüm cihazlar veya gruplar.
admin-assignment-delete-label = { $name } atamasını sil
admin-assignment-delete-title = { $name } ataması silinsin mi?
admin-assignment-delete-text = Atamanın gruplarındaki üyeler, atamanın verdiği rolü hemen kaybeder. Bu işlem geri alınamaz.
admin-assignment-delete-confirm = Atamayı sil
admin-assignment-deleted = { $name } ataması silindi.
admin-scope-all-users = Tüm kullanıcılar
admin-scope-all-users-hint = Kuruluştaki her kişi.
admin-scope-all-devices = Tüm cihazlar
admin-scope-all-devices-hint = Kuruluşun tüm kayıtlı cihazları.

## Conditional access

admin-policies-title = Koşullu erişim
admin-policies-intro = İlkeler, bir yardımcının konsolu kullanıp kullanamayacağına karar verir; yardımcı oturum açtığında ve bir oturum başlattığında yeniden denetlenir. Bir ret durumunda ilgili ilkenin adı gösterilir.
admin-policies-list = İlkeler
admin-policies-empty = Koşullu erişim ilkesi yok. Oturum açabilen her yardımcı konsolu kullanabilir.
admin-policy-create = İlke oluştur
admin-policy-create-title = Koşullu erişim ilkesi oluşturun
admin-policy-create-submit = İlke oluştur
admin-policy-created = { $name } ilkesi oluşturuldu.
admin-policy-edit-title = { $name } ilkesini düzenleyin
admin-policy-edit-label = { $name } ilkesini düzenle
admin-policy-saved = { $name } ilkesi kaydedildi.
admin-policy-delete-label = { $name } ilkesini sil
admin-policy-delete-title = { $name } ilkesi silinsin mi?
admin-policy-delete-text = İlke hemen uygulanmayı bırakır. Bu işlem geri alınamaz.
admin-policy-delete-confirm = İlkeyi sil
admin-policy-deleted = { $name } ilkesi silindi.
admin-policy-name = İlke adı
admin-policy-name-hint = İlke bir yardımcıyı reddettiğinde yardımcı bu adı görür; bu nedenle nedeni belirtin, örneğin “Ofis dışında ikinci faktör”.
admin-policy-state = Durum
admin-policy-state-enabled = Etkin
admin-policy-state-enabled-hint = İlke uygulanır.
admin-policy-state-report-only = Yalnızca rapor
admin-policy-state-report-only-hint = İlke değerlendirilir ve ne yapacağı denetim günlüğüne yazılır ancak kimseyi reddetmez. Yeni ilkeleri önce bu şekilde deneyin.
admin-policy-state-disabled = Devre dışı
admin-policy-state-disabled-hint = İlke yok sayılır.
admin-policy-targets = Uygulandığı kişiler
admin-policy-targets-hint = Bu ilkenin ilgili olduğu yardımcılar.
admin-policy-all-users = Tüm kullanıcılar
admin-policy-users = Bu kişiler
admin-policy-groups = Bu grupların üyeleri
admin-policy-needs-targets = İlkenin kime uygulanacağını seçin: tüm kullanıcılar, kişiler veya gruplar.
admin-policy-conditions = Koşullar
admin-policy-conditions-hint = İlke yalnızca burada belirlenen tüm koşullar sağlandığında uygulanır. İlkeyi her zaman uygulamak için boş bırakın.
admin-policy-inside = İstemci adresi bu ağlardan birinde
admin-policy-inside-hint = CIDR gösteriminde her satıra bir aralık, örneğin 10.0.0.0/8 veya 2001:db8::/32.
admin-policy-outside = İstemci adresi bu ağların hiçbirinde değil
admin-policy-outside-hint = Ofis dışında uygulanan kurallar için. Her satıra bir aralık.
admin-policy-network-invalid = “{ $value }” bir ağ aralığı değil. Aralıkları 192.168.0.0/16 biçiminde yazın.
admin-policy-second-factor = Oturum açarken ikinci faktör
admin-policy-second-factor-any = Fark etmez
admin-policy-second-factor-yes = İkinci faktör kullanıldı
admin-policy-second-factor-no = İkinci faktör kullanılmadı
admin-policy-grant = Sonuç
admin-policy-grant-allow = İzin ver
admin-policy-grant-allow-hint = Denetim günlüğüne kaydedilir; diğer ilkeler yine de reddedebilir.
admin-policy-grant-block = Engelle
admin-policy-grant-block-hint = Konsolda oturum açmayı ve oturum başlatmayı reddeder.
admin-policy-grant-second-factor = İkinci faktör gerektir
admin-policy-grant-second-factor-hint = Yalnızca ikinci faktör kullanılan oturum açma işlemlerine izin verir.
admin-policy-lockout-warning = Kendinizi dışarıda bırakmamaya dikkat edin: Sizi engelleyen bir ilke bir sonraki oturum açışınızda geçerli olur. Bir ilkeyi önce denetlemek için yalnızca rapor modunu kullanın.
admin-policy-when-inside = İçinde: { $networks }
admin-policy-when-outside = Dışında: { $networks }
admin-policy-when-second-factor = İkinci faktör kullanıldı
admin-policy-when-no-second-factor = İkinci faktör kullanılmadı
admin-policy-always = Her zaman

## Devices

admin-devices-title = Cihazlar
admin-devices-intro = { -product-name } uygulamasıyla kaydedilmiş cihazlar, en son bildirdikleri bilgiler ve uyumluluk ilkelerinizi karşılayıp karşılamadıkları.
admin-devices-enroll-link = Cihazları kaydet
admin-devices-filters = Cihazları filtrele
admin-devices-search = Ara
admin-devices-search-hint = Ana bilgisayar adı, seri numarası, model veya birincil kullanıcı.
admin-devices-platform = İşletim sistemi
admin-devices-compliance = Uyumluluk
admin-devices-state = Kayıt
admin-devices-pages = Cihaz sayfaları
admin-devices-empty = Henüz kayıtlı cihaz yok. İlk cihazları kaydetmek için bir kayıt belirteci oluşturun.
admin-devices-none-match = Bu filtrelerle eşleşen cihaz yok.
admin-devices-back = Tüm cihazlar
admin-device-remote-help = Yeni uzaktan yardım oturumu
admin-device-unnamed = Adsız cihaz
admin-device-compliant = Uyumlu
admin-device-not-compliant = Uyumlu değil
admin-device-failing-count =
    { $count ->
        [one] 1 kural karşılanmıyor
       *[other] { $count } kural karşılanmıyor
    }
admin-device-state-active = Kayıtlı
admin-device-state-retired = Kullanımdan kaldırıldı
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = Bildirilmedi
admin-device-details = Ayrıntılar
admin-device-host-name = Ana bilgisayar adı
admin-device-model = Model
admin-device-serial = Seri numarası
admin-device-agent-version = Aracı sürümü
admin-device-disk = Disk şifrelemesi
admin-device-disk-encrypted = Şifrelenmiş
admin-device-disk-not-encrypted = Şifrelenmemiş
admin-device-enrolled-at = Kayıt tarihi
admin-device-id = Cihaz kimliği
admin-device-compliance = Uyumluluk
admin-device-meets-all = Bu cihaz, uyumluluk ilkelerinizin tüm kurallarını karşılıyor.
admin-device-failing-intro = Şu kurallar karşılanmıyor:
admin-device-policies-link = Uyumluluk ilkelerini gözden geçir
admin-device-retire = Cihazı kullanımdan kaldır
admin-device-retire-title = { $name } kullanımdan kaldırılsın mı?
admin-device-retire-text = Cihazın kimlik bilgisi hemen çalışmayı durdurur: Cihaz artık iletişim kuramaz ve biri cihazda yardım istediğinde kimliğini kanıtlayamaz. Cihaz listede kalır ve kullanımdan kaldırıldı olarak işaretlenir.
admin-device-retire-confirm = Cihazı kullanımdan kaldır
admin-device-retired = { $name } kullanımdan kaldırıldı.
admin-device-delete = Cihazı sil
admin-device-delete-title = { $name } silinsin mi?
admin-device-delete-text = Cihaz ve geçmişi envanterden kaldırılır. Cihazı yeniden kullanmak için yeniden kaydedin. Bu işlem geri alınamaz.
admin-device-delete-confirm = Cihazı sil

## Enrollment tokens

admin-tokens-title = Kayıt belirteçleri
admin-tokens-intro = Cihazlar, burada oluşturduğunuz bir belirteçle kaydedilir. Her belirteç sınırlı bir süre ve sınırlı sayıda cihaz için geçerlidir.
admin-tokens-list = Belirteçler
admin-tokens-empty = Henüz kayıt belirteci yok.
admin-token-create = Belirteç oluştur
admin-token-create-title = Kayıt belirteci oluşturun
admin-token-create-submit = Belirteç oluştur
admin-token-created = { $name } belirteci oluşturuldu.
admin-token-name = Ad
admin-token-name-hint = Kullanıldığı yer, örneğin “Berlin ofisi dizüstü bilgisayarları”.
admin-token-hours = Geçerlilik süresi (saat)
admin-token-hours-hint = 1 ile 720 saat (30 gün) arası.
admin-token-max-uses = Kaydedebileceği cihaz sayısı
admin-token-max-uses-hint = 1 ile 10.000 arası.
admin-token-shown-once = Bu belirteci şimdi kopyalayın. Yalnızca bir kez gösterilir; kaybolursa iptal edip yenisini oluşturun.
admin-token-secret = “{ $name }” belirteci
admin-token-secret-hint = Bir cihazı kaydederken bu belirteci { -product-name } uygulamasına verin (assist-agent enroll). Belirtece sahip olan herkes, süresi dolana veya iptal edilene kadar kuruluşunuza cihaz kaydedebilir.
admin-token-copy-label = Belirteci kopyala
admin-token-copied = Belirteç panoya kopyalandı.
admin-token-copy-failed = Belirteç kopyalanamadı. Belirteci seçip kendiniz kopyalayın.
admin-token-active = Etkin
admin-token-revoked = İptal edildi
admin-token-expired = Süresi doldu
admin-token-used-up = Tükendi
admin-token-uses = { $uses } / { $max }
admin-token-revoke-label = { $name } belirtecini iptal et
admin-token-revoke-title = { $name } belirteci iptal edilsin mi?
admin-token-revoke-text = Cihazlar artık bu belirteçle kaydedilemez. Bu belirteçle önceden kaydedilmiş cihazlar kayıtlı kalır.
admin-token-revoke-confirm = Belirteci iptal et
admin-token-revoked-done = { $name } belirteci iptal edildi.

## Compliance policies

admin-compliance-title = Uyumluluk ilkeleri
admin-compliance-intro = Kayıtlı cihazların karşılaması gereken kurallar. Bir kuralı karşılamayan cihaz uyumlu değil olarak işaretlenir ve yardımcılar bu cihazda yardım etmeden önce uyarılır.
admin-compliance-list = İlkeler
admin-compliance-empty = Uyumluluk ilkesi yok; bu nedenle tüm cihazlar uyumlu sayılır.
admin-compliance-create = İlke oluştur
admin-compliance-create-title = Uyumluluk ilkesi oluşturun
admin-compliance-create-submit = İlke oluştur
admin-compliance-created = { $name } ilkesi oluşturuldu. Cihazlar yeniden denetlendi.
admin-compliance-edit-title = { $name } ilkesini düzenleyin
admin-compliance-edit-label = { $name } ilkesini düzenle
admin-compliance-saved = { $name } ilkesi kaydedildi. Cihazlar yeniden denetlendi.
admin-compliance-delete-label = { $name } ilkesini sil
admin-compliance-delete-title = { $name } ilkesi silinsin mi?
admin-compliance-delete-text = İlkenin kuralları uygulanmayı bırakır ve cihazlar yeniden denetlenir. Bu işlem geri alınamaz.
admin-compliance-delete-confirm = İlkeyi sil
admin-compliance-deleted = { $name } ilkesi silindi.
admin-compliance-name = İlke adı
admin-compliance-name-hint = Karşılanmayan her kuralla birlikte gösterilir, örneğin “Temel güvenlik”.
admin-compliance-os-legend = En düşük işletim sistemi sürümü
admin-compliance-os-hint = Herhangi bir sürümü kabul etmek için platformu boş bırakın.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = Örneğin 14.2.1
admin-compliance-version-invalid = Sürümü noktalarla ayrılmış sayılar olarak yazın, örneğin 14.2.1.
admin-compliance-other-legend = Diğer kurallar
admin-compliance-min-agent = En düşük { -product-name } uygulaması sürümü
admin-compliance-max-days = Son iletişimden bu yana en fazla gün sayısı
admin-compliance-max-days-hint = 1 ile 365 arası. Sınır olmaması için boş bırakın.
admin-compliance-disk = Disk şifrelemesi gerektir
admin-compliance-disk-hint = Sistem diski şifrelenmiş olmalıdır (BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } veya üzeri
admin-rule-min-agent = Uygulama { $version } veya üzeri
admin-rule-check-in =
    { $days ->
        [one] Son bir gün içinde iletişim kurdu
       *[other] Son { $days } gün içinde iletişim kurdu
    }
admin-rule-disk = Disk şifrelenmiş
admin-rule-none = Kural yok

## Settings

admin-settings-title = Ayarlar
admin-settings-intro = Kuruluşunuzda uzaktan yardımın nasıl çalıştığı. Her değişiklik denetim günlüğüne kaydedilir.
admin-settings-organisation = Kuruluş
admin-settings-name-hint = Profilde şirket belirtilmediğinde, yardım ettiğiniz kişilere şirket adı yerine gösterilir.
admin-settings-remote-help-heading = Uzaktan yardım
admin-settings-remote-help = Uzaktan yardıma izin ver
admin-settings-remote-help-hint = Yardımcılar yalnızca bu ayar açıkken oturum başlatabilir. Kapatılması devam eden oturumları da sonlandırır.
admin-settings-unenrolled = Kayıtlı olmayan cihazlarda yardıma izin ver
admin-settings-unenrolled-hint = Kişilerin ekranlarını bir web tarayıcısından veya kayıtlı olmayan bir cihazdan paylaşmasına olanak tanır. Yardımcılar yine de cihazın bilinmediği konusunda uyarılır.
admin-settings-chat = Oturumlar sırasında sohbet
admin-settings-chat-hint = Yardımcılar ve yardım ettikleri kişiler birbirlerine ileti yazabilir. İletiler oturum raporuyla birlikte saklanır.
admin-settings-limits = Kodlar ve raporlar
admin-settings-code-lifetime = Güvenlik kodunun geçerlilik süresi (dakika)
admin-settings-code-lifetime-hint = Bir yardımcının okuduğu kodun ne kadar süre geçerli kalacağı: { $min } ile { $max } dakika arası.
admin-settings-retention = Oturum raporlarının saklanma süresi (gün)
admin-settings-retention-hint = Daha eski raporlar ve sohbetleri silinir: { $min } ile { $max } gün arası.
admin-settings-save = Ayarları kaydet
admin-settings-saved = Ayarlar kaydedildi.
admin-settings-updated-at = Son değişiklik: { $time }.
admin-settings-defaults = Bunlar varsayılan ayarlardır; hiç değiştirilmemiştir.

## Live sessions

admin-live-title = Canlı oturumlar
admin-live-intro = Henüz sona ermemiş uzaktan yardım oturumları. Liste birkaç saniyede bir yenilenir.
admin-live-list = Devam eden oturumlar
admin-live-empty = Devam eden oturum yok.
admin-live-updated = Güncelleme: { $time }
admin-live-count =
    { $count ->
        [0] Devam eden oturum yok.
        [one] 1 oturum devam ediyor.
       *[other] { $count } oturum devam ediyor.
    }
admin-live-not-joined = Henüz katılmadı
admin-live-nobody = henüz kimse yok
admin-live-state-waiting = Kod bekleniyor
admin-live-state-joined = Katıldı
admin-live-state-requested = Erişim isteniyor
admin-live-state-active = Paylaşılıyor
admin-live-state-ended = Sona erdi
admin-live-revoke-label = Oturumu iptal et: { $helper } ile { $sharer }
admin-live-revoke-title = Bu oturum durdurulsun mu?
admin-live-revoke-text = { $helper } ile { $sharer } arasındaki oturum her ikisi için de hemen sona erer.
admin-live-revoke-confirm = Oturumu durdur
admin-live-revoked = Oturum durduruldu: { $helper }.

## Session reports

admin-reports-title = Oturum raporları
admin-reports-intro = Tüm uzaktan yardım oturumları: kim kime hangi cihazda yardım etti, hangi erişim verildi ve oturum nasıl sona erdi.
admin-reports-filters = Oturum raporlarını filtrele
admin-reports-export-label = Filtrelerle eşleşen oturum raporlarını CSV olarak dışarı aktar
admin-reports-helper = Yardımcı
admin-reports-sharer = Yardım alan kişi
admin-reports-device = Cihaz
admin-reports-end-reason = Nasıl sona erdi
admin-reports-from = Başlangıç (itibaren)
admin-reports-to = Başlangıç (öncesi)
admin-reports-pages = Oturum raporu sayfaları
admin-reports-empty = Henüz oturum raporu yok.
admin-reports-none-match = Bu filtrelerle eşleşen oturum yok.
admin-reports-back = Tüm oturum raporları
admin-report-open-label = Oturum: { $helper }, başlangıç { $time }
admin-report-title = { $helper } → { $sharer }
admin-report-title-alone = Oturum: { $helper }
admin-report-started = Başlangıç: { $time }
admin-report-details = Ayrıntılar
admin-report-client = Paylaşım kaynağı
admin-report-joined = Katılma
admin-report-ended = Sona erme
admin-report-id = Oturum kimliği
admin-report-no-device = Cihaz yok
admin-report-mode-control = Tam denetim
admin-report-mode-view = Yalnızca görüntüleme
admin-report-mode-none = Yok
admin-report-transcript = Sohbet dökümü
admin-report-transcript-count =
    { $count ->
        [0] Sohbet dökümü
        [one] Sohbet dökümü (1 ileti)
       *[other] Sohbet dökümü ({ $count } ileti)
    }
admin-report-no-chat = Bu oturumda sohbet iletisi yazılmadı.
admin-role-helper = Yardımcı
admin-role-sharer = Yardım alan kişi
admin-client-agent = { -product-name } uygulaması
admin-client-web = Web tarayıcısı

admin-end-helper-left = Yardımcı sonlandırdı
admin-end-sharer-left = Yardım alan kişi sonlandırdı
admin-end-helper-disconnected = Yardımcının bağlantısı koptu
admin-end-sharer-disconnected = Yardım alan kişinin bağlantısı koptu
admin-end-code-expired = Kod kullanılmadan süresi doldu
admin-end-declined-timeout = İstek yanıtlanmadı
admin-end-revoked = Bir yönetici tarafından durduruldu
admin-end-policy = Bir kuruluş kuralı tarafından durduruldu
admin-end-access-withdrawn = Durduruldu: erişim geri alındı

## Audit log

admin-audit-title = Denetim günlüğü
admin-audit-intro = Tüm değişiklikler, oturum açma işlemleri ve oturum olayları; en yenisi önce. Günlüğe yalnızca ekleme yapılabilir ve zinciri, üzerinde oynanmasını algılar.
admin-audit-filters = Denetim günlüğünü filtrele
admin-audit-export-label = Filtrelerle eşleşen denetim olaylarını CSV olarak dışarı aktar
admin-audit-actor = Kim
admin-audit-action = Eylem
admin-audit-action-hint = Örneğin user.created veya settings.updated.
admin-audit-since = Başlangıç
admin-audit-until = Bitiş (öncesi)
admin-audit-pages = Denetim olayı sayfaları
admin-audit-empty = Denetim günlüğü boş.
admin-audit-none-match = Bu filtrelerle eşleşen olay yok.
admin-audit-show-detail = Ayrıntıları göster
admin-actor-cli = Sunucu komut satırı
admin-actor-setup-link = Kurulum bağlantısı
admin-actor-sso = Çoklu oturum açma
admin-actor-anonymous = Oturum açılmamış

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = Buradan başlayın
admin-start-title = Başlarken
admin-start-intro = İlk uzaktan yardım oturumunuzdan önce ayarlanacak üç şey. Her biri daha sonra değiştirilebilir.
admin-start-done = Tamamlandı
admin-start-todo = Yapılacak
admin-start-settings-needed = Bunu değiştirmek için ayarları yönetme izni gerekir. Bu izne sahip bir yöneticiye sorun.
admin-start-remote-heading = Uzaktan yardımı açın
admin-start-remote-off = Uzaktan yardım kapalı, bu yüzden henüz kimse oturum başlatamaz.
admin-start-remote-on = Uzaktan yardım açık: yardımcılar oturum başlatabilir.
admin-start-remote-enable = Uzaktan yardımı aç
admin-start-remote-turned-on = Uzaktan yardım artık açık.
admin-start-browser-heading = Web tarayıcısından paylaşım
admin-start-browser-allowed = İzin veriliyor
admin-start-browser-not-allowed = İzin verilmiyor
admin-start-browser-explain = Bir web tarayıcısı hangi bilgisayarda çalıştığını kanıtlayamaz, bu yüzden kayıtlı olmayan bir cihaz sayılır. Kayıtlı olmayan cihazlarda yardıma izin vermek, insanların hiçbir şey yüklemeden ekranlarını bir tarayıcıdan paylaşmasını sağlar. Yardımcı bu durumda ekranı yalnızca görebilir, denetleyemez ve cihazın bilinmediği konusunda uyarılır.
admin-start-browser-off = Şu an izin verilmiyor: yalnızca kayıtlı bir cihazdaki { -product-name } uygulaması paylaşabilir. Paylaşım sayfasını bir tarayıcıda açıp kod giren kişi reddedilir.
admin-start-browser-on = Şu an izin veriliyor: insanlar ekranlarını bir tarayıcıdan veya kayıtlı olmayan bir cihazdan paylaşabilir.
admin-start-browser-allow = Tarayıcıdan paylaşıma izin ver
admin-start-browser-stop = Tarayıcıdan paylaşımı durdur
admin-start-browser-allowed-now = Tarayıcıdan paylaşıma artık izin veriliyor.
admin-start-browser-stopped = Tarayıcıdan paylaşıma artık izin verilmiyor.
admin-start-helpers-heading = Yardımcı belirle
admin-start-helpers-none = Henüz kimse uzaktan yardım sunamıyor.
admin-start-helpers-count =
    { $count ->
        [one] { $count } kişi uzaktan yardım sunabilir.
       *[other] { $count } kişi uzaktan yardım sunabilir.
    }
admin-start-helpers-explain = Yardımcılar kuruluştaki herkese uzaktan yardım sunar. Kişileri seçin ve "Yardımcı belirle"yi seçin: tüm kullanıcılar üzerinde Help Desk Operator rolüne sahip { $group } grubuna katılırlar.
admin-start-helpers-pick = Yardımcı olacak kişiler
admin-start-helpers-nobody = Buradaki herkes zaten yardımcı. Birini eklemek için bir kullanıcı oluşturun.
admin-start-helpers-roles-needed = İlk seferde yardımcı belirlemek { $group } grubuna rolünü de verir; bunun için rolleri yönetme izni gerekir. Bu izne sahip bir yöneticiye sorun.
admin-start-helpers-submit = Yardımcı belirle
admin-start-helpers-choose = En az bir kişi seçin.
admin-start-helpers-made =
    { $count ->
        [one] { $count } kişi artık { $group } grubunda yardımcı.
       *[other] { $count } kişi artık { $group } grubunda yardımcı.
    }
admin-start-create-user = Kullanıcı oluştur
admin-start-first-heading = İlk oturumunuz
admin-start-not-ready = Yukarıdaki adımlar tamamlandığında:
admin-start-ready = İlk oturum için her şey hazır:
admin-start-first-helper = Bir yardımcı oturum açar, "{ $page }" sayfasını açar ve yeni bir uzaktan yardım oturumu başlatır; bu ona bir güvenlik kodu verir:
admin-start-first-sharer = Yardıma ihtiyacı olan kişi oturum açar, bu sayfayı açar ve o kodu girer:
admin-user-role = Rol
admin-user-role-member = Üye
admin-user-role-member-hint = Oturum açar, yardım ister ve ekranını paylaşır.
admin-user-role-helper = Yardımcı
admin-user-role-helper-hint = { $group } grubunun üyesi olarak kuruluştaki herkese uzaktan yardım sunar.
admin-user-role-administrator = Yönetici
admin-user-created-helper = { $name } oluşturuldu ve artık uzaktan yardım sunabilir.
