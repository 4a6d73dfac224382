# Messages of the remote help pages (Turkish): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = Oturumu sonlandır
session-ended-heading = Oturum sona erdi
session-reconnecting = Bağlantı kesildi. Yeniden bağlanılıyor…
session-replaced = Bu oturum başka bir pencerede açıldığı için buradaki oturum durduruldu.
session-connection-closed = Sunucuyla bağlantı kapandı.
go-home = Ana sayfaya dön

## The trust card: who is on the other side

trust-helper-heading = Yardımcınız
trust-sharer-heading = Yardım ettiğiniz kişi
trust-job-title = Unvan
trust-company = Şirket
trust-domain = Kuruluş etki alanı
trust-domain-verified = Doğrulandı
trust-domain-unverified = Doğrulanmadı
trust-not-set = Belirtilmedi

## The device the helper is about to help with

device-heading = Cihaz
device-name = Ad
device-system = İşletim sistemi
device-compliance = Uyumluluk
device-compliant = Uyumlu
device-not-compliant = Uyumlu değil
device-web-browser = Kişi bir web tarayıcısından katıldığı için cihaz tanımlanamıyor.
device-none = Cihaz bilgisi yok.
warning-device-not-enrolled = Bu cihaz kuruluşunuza kayıtlı değil.
warning-device-not-enrolled-detail = Cihazın kimliği ve güvenlik durumu bilinmiyor. Cihazda açtığınız veya yazdığınız şeylere dikkat edin.
warning-device-not-compliant = Bu cihaz, kuruluşunuzun uyumluluk ilkelerini karşılamıyor:

## Chat

chat-heading = Sohbet
chat-list-label = İletiler
chat-input-label = İleti
chat-placeholder = Bir ileti yazın…
chat-send = Gönder
chat-you = Siz
chat-role-helper = Yardımcı
chat-role-sharer = Yardım alan kişi
chat-sending = Gönderiliyor…
chat-too-long = Bir ileti en fazla { $max } karakter olabilir.

## Helper console

helper-page-title = Uzaktan yardım – Assist
helper-page-title-org = Uzaktan yardım – { $organisation }
helper-start-heading = Uzaktan yardım oturumu başlatın
helper-start-intro = 8 haneli bir güvenlik kodu alırsınız. Bu kodu yardım ettiğiniz kişiye verin; kişi bağlanmak için kodu girer.
helper-device-label = Cihaz (isteğe bağlı)
helper-device-none = Belirli bir cihaz yok
helper-device-hint = Biliyorsanız kişinin cihazını seçin: Oturum yalnızca bu cihazda çalışır ve cihazın uyumluluk durumunu görürsünüz.
helper-start-button = Yeni uzaktan yardım oturumu
helper-start-another = Başka bir oturum başlat
helper-session-heading = Uzaktan yardım oturumu
helper-code-heading = Güvenlik kodu
helper-code-copy = Kodu kopyala
helper-code-copied = Kod kopyalandı.
helper-code-copy-failed = Kod kopyalanamadı. Lütfen kodu sesli okuyun.
helper-code-expires-in = Kalan süre: { $time }
helper-code-expired = Kodun süresi doldu.
helper-code-one-minute = Güvenlik kodunun süresi bir dakika içinde dolacak.
helper-code-instructions = Kişiden { $address } adresini açmasını, oturum açmasını ve bu kodu girmesini isteyin.
helper-code-not-shown-again = Güvenlik kodu yalnızca bir kez gösterilir. Kişi henüz katılmadıysa bu oturumu sonlandırıp yeni bir oturum başlatın.
helper-status-waiting = Kişinin kodu girmesi bekleniyor…
helper-status-joined = { $name } katıldı. Hazır olduğunuzda ekranı görmek için izin isteyin.
helper-status-asked-view = Ekranı görmeniz için { $name } kullanıcısının izin vermesi bekleniyor…
helper-status-asked-control = Tam denetim için { $name } kullanıcısının izin vermesi bekleniyor…
helper-status-connecting = Ekrana bağlanılıyor: { $name }…
helper-status-viewing = Şu kişinin ekranını görüyorsunuz: { $name }.
helper-sharer-joined = { $name } oturuma katıldı.
helper-request-declined = { $name } isteğinizi reddetti.
helper-granted-view = { $name } ekranını görmenize izin verdi.
helper-granted-control = { $name } tam denetime izin verdi.
helper-granted-view-only = { $name } yalnızca görüntülemeye izin verdi.
helper-escalation-declined = { $name } yalnızca görüntülemede kalmayı seçti.
helper-control-taken-back = { $name } denetimi geri aldı. Ekranı görmeye devam edebilirsiniz.
helper-control-paused = { $name } denetiminizi duraklattı.
helper-control-resumed = { $name } denetimi size yeniden verdi.
helper-connection-failed = Ekrana bağlanılamadı. Ağı denetleyin veya oturumu sonlandırıp yeniden deneyin.
helper-mode-heading = Neye ihtiyacınız var?
helper-mode-hint = İzlemek için yalnızca görüntüleme, kişinin faresini ve klavyesini kullanmak için tam denetim isteyin. Kararı kişi verir.
helper-mode-web-hint = Kişi bir web tarayıcısında; tarayıcı ekranı yalnızca görüntüleme için paylaşabilir. Tam denetim için kişinin cihazında Assist uygulaması gerekir.
helper-escalate-hint = Tam denetim isteyebilirsiniz; kararı yine kişi verir.
helper-request-view = Yalnızca görüntüleme iste
helper-request-control = Tam denetim iste

## The remote screen in the helper console

viewer-heading = Ekran: { $name }
viewer-stage-label = Uzak ekran: { $name }
viewer-toolbar-label = Ekran görünümü
viewer-fit = Pencereye sığdır
viewer-actual-size = Gerçek boyut
viewer-full-screen = Tam ekran
viewer-monitor-label = Monitör
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = Yalnızca görüntüleme
viewer-mode-control = Tam denetim
viewer-mode-paused = Denetim duraklatıldı
viewer-role-view = uzak ekran, yalnızca görüntüleme
viewer-role-control = uzak ekran, fareniz ve klavyeniz diğer bilgisayarı denetler
viewer-hint-view = Ekranı görebilirsiniz ancak kullanamazsınız.
viewer-hint-control = Kullanmak için ekrana tıklayın. Ekran odaktayken kısayollar dahil her tuş diğer bilgisayara gider. Araç çubuğuna dönmek için Ctrl+Alt+Home tuşlarına basın.

## Sharer web app

share-page-title = Yardım alın – Assist
share-page-title-org = Yardım alın – { $organisation }
share-join-heading = Yardım alın
share-join-intro = Yardımcınızın size verdiği güvenlik kodunu girin. Yardımcınız herhangi bir şey görmeden önce kim olduğunu görürsünüz.
share-code-label = Güvenlik kodu
share-code-hint = 8 hane, örneğin 1234 5678.
share-code-invalid-format = Güvenlik kodunun 8 hanesini girin.
share-join-button = Devam
share-join-another = Başka bir kod girin
share-session-heading = Uzaktan yardım
share-status-joined = { $name } ile bağlantı kuruldu. Ekranınızı görmek için izin isteyecek.
share-status-asked = { $name } yanıtınızı bekliyor.
share-status-sharing = Ekranınızı paylaşıyorsunuz: { $name }.
share-request-view-heading = { $name } ekranınızı görmek istiyor
share-request-view-text = { $name }, seçtiğiniz ekrandaki her şeyi görecek ancak farenizi veya klavyenizi kullanamayacak. İstediğiniz zaman durdurabilirsiniz.
share-request-control-heading = { $name } tam denetim istiyor
share-request-control-text = Tam denetimle { $name } farenizi ve klavyenizi kullanabilir.
share-control-needs-app = Tam denetim için bu cihazda Assist uygulaması gerekir. Tarayıcıda ekranınızı yalnızca görüntüleme için paylaşabilirsiniz.
share-allow = İzin ver
share-allow-view-only = Yalnızca görüntülemeye izin ver
share-decline = Reddet
share-keep-view-only = Yalnızca görüntülemede kal
share-picker-cancelled = Ekran seçilmediği için hiçbir şey paylaşılmıyor. Ekran seçmek için yeniden İzin ver'i seçin veya Reddet'i seçin.
share-capture-failed = Bu tarayıcı ekranı paylaşamadı. Lütfen başka bir tarayıcı deneyin veya isteği reddedin.
share-reshare-heading = Ekranınız artık paylaşılmıyor
share-reshare-text = Sayfa yeniden yüklendiği için { $name } artık ekranınızı görmüyor. Ekranınızı yeniden paylaşın veya oturumu sonlandırın.
share-reshare-button = Ekranımı yeniden paylaş
share-bar-label = Ekran paylaşımı
share-bar-text = Ekranınızı paylaşıyorsunuz: { $name }
share-stop = Paylaşımı durdur
share-connection-failed = Ekranınız gönderilemedi. Ağı denetleyin veya oturumu sonlandırıp yeniden deneyin.

## Why a session ended, as the helper hears it

ended-helper-helper-left = Oturumu siz sonlandırdınız.
ended-helper-sharer-left = { $name } oturumu sonlandırdı.
ended-helper-helper-disconnected = Bağlantınız çok uzun süre kesik kaldığı için oturum sona erdi.
ended-helper-sharer-disconnected = Bağlantı koptu ve geri gelmedi: { $name }. Oturum sona erdi.
ended-helper-code-expired = Kodun süresi dolmadan kimse kodu girmedi.
ended-helper-declined-timeout = { $name } isteğinize zamanında yanıt vermedi.
ended-helper-revoked = Bir yönetici bu oturumu sonlandırdı.
ended-helper-policy = Kuruluşunuz için uzaktan yardım kapatıldığından oturum sona erdi.
ended-helper-access-withdrawn = Erişiminiz değiştiği için oturum sona erdi: hesabınız, oturum açma işleminiz veya uzaktan yardım rolünüz artık bu oturuma izin vermiyor.
ended-helper-other = Oturum sona erdi.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } oturumu sonlandırdı.
ended-sharer-sharer-left = Oturumu siz sonlandırdınız. Artık hiçbir şey paylaşılmıyor.
ended-sharer-helper-disconnected = Bağlantı koptu ve geri gelmedi: { $name }. Oturum sona erdi.
ended-sharer-sharer-disconnected = Bağlantınız çok uzun süre kesik kaldığı için oturum sona erdi.
ended-sharer-code-expired = Kodun süresi doldu.
ended-sharer-declined-timeout = Zamanında yanıt vermediğiniz için oturum sona erdi. Hiçbir şey paylaşılmadı.
ended-sharer-revoked = Bir yönetici bu oturumu sonlandırdı.
ended-sharer-policy = Kuruluşunuz için uzaktan yardım kapatıldığından oturum sona erdi.
ended-sharer-access-withdrawn = { $name } artık size yardım edemediği veya kendi erişiminiz değiştiği için oturum sona erdi. Artık hiçbir şey paylaşılmıyor.
ended-sharer-other = Oturum sona erdi.

## Refusals from the server

error-remote-help-disabled = Kuruluşunuz için uzaktan yardım kapalı. Bir yönetici bu özelliği açabilir.
error-code-invalid = Bu kod geçerli değil. Rakamları denetleyip yeniden deneyin.
error-code-expired = Bu kodun süresi doldu. Yardımcınızdan yeni bir kod isteyin.
error-code-used = Bu kod zaten kullanıldı. Yardımcınızdan yeni bir kod isteyin.
error-unenrolled-device = Kuruluşunuz yalnızca kayıtlı cihazlarda yardıma izin veriyor. Bu cihaza Assist uygulamasını yükleyin veya yöneticinize başvurun.
error-wrong-device = Bu oturum başka bir cihaz için başlatıldı. Yardımcınızdan bu cihaz için bir kod isteyin.
error-chat-disabled = Kuruluşunuz için sohbet kapalı.
error-invalid-transition = Oturumun bu aşamasında bu işlem yapılamaz.
error-session-ended = Bu oturum zaten sona erdi.
error-control-needs-agent = Tam denetim için diğer kişinin cihazında Assist uygulaması gerekir.
error-session-not-found = Bu oturum yok veya bu oturumun bir parçası değilsiniz.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = Hesabınız uzaktan yardım sunamaz: “Uzaktan yardım sunma” ve “Ekranı görüntüleme” izinleri gerekir. Kuruluşunuzdaki bir yöneticiden sizi yardımcı yapmasını isteyin.
error-browser-sharing-not-allowed = Kuruluşunuz ekranın bir web tarayıcısından paylaşılmasına izin vermiyor. Bu cihaza Assist uygulamasını yükleyip kodu orada girin veya yardım masanıza başvurun.
error-sharer-out-of-scope = Bu yardımcı size yardım edemez: rolü sizi veya bu cihazı kapsamıyor. Size kimin yardım edebileceğini yardım masanıza sorun.
error-own-session = Bu oturumu siz başlattınız. Kodu yardım ettiğiniz kişiye verin; bağlanmak için kodu o girer.
error-helper-unavailable = Size bu kodu veren yardımcı artık yardım edemiyor. Yardım masanızdan başka birini isteyin.
error-device-in-other-organisation = Bu cihaz başka bir kuruluşa kayıtlı. Yöneticinize başvurun.
error-device-out-of-scope = Bu cihaz rolünüzün kapsamı dışında: bu cihazda yardım edemezsiniz. Başka bir cihaz seçin veya hiçbirini seçmeyin.
error-chat-empty = Göndermeden önce bir mesaj yazın.
error-chat-too-long = Bu mesaj çok uzun. Kısaltıp yeniden gönderin.
error-chat-invalid-characters = Bu mesaj gönderilemeyen görünmez denetim karakterleri içeriyor. Bunları kaldırıp yeniden deneyin.
helper-permission-heading = Henüz uzaktan yardım sunamazsınız
helper-permission-text = Uzaktan yardım sunmak için hesabınızda olmayan “Uzaktan yardım sunma” ve “Ekranı görüntüleme” izinleri gerekir.
helper-ask-admin = Bunu değiştirmesi için { $organisation } yöneticilerinden birine başvurun.
helper-disabled-heading = Uzaktan yardım kapalı
helper-disabled-text = Kuruluşunuz uzaktan yardımı açmadığı için henüz oturum başlatılamaz.
helper-open-settings = Kuruluşun ayarlarını aç
helper-browser-note = Kuruluşunuz web tarayıcısından paylaşıma izin vermiyor: yardım ettiğiniz kişinin kayıtlı bir cihazda Assist uygulamasına ihtiyacı var.
helper-join-refused-heading = Birisi bu kodla katılmayı denedi
helper-join-refused-browser-sharing-not-allowed = Kişi bir web tarayıcısı kullandı ve kuruluşunuz tarayıcıdan paylaşıma izin vermiyor. Aynı kodu Assist uygulamasına girmesini isteyin: kod hâlâ geçerli.
helper-join-refused-unenrolled-device = Kişinin cihazı kayıtlı değil ve kuruluşunuz yalnızca kayıtlı cihazlarda yardıma izin veriyor. Kayıtlı bir cihazda Assist uygulamasını kullanmasını isteyin: kod hâlâ geçerli.
helper-join-refused-sharer-out-of-scope = Rolünüz bu kişiyi veya cihazını kapsamadığı için kişi katılamadı. Kişiyi rolü onu kapsayan bir yardımcıya yönlendirin ya da bir yöneticiden rolünüzü genişletmesini isteyin.
helper-join-refused-wrong-device = Kişi bu oturum için seçtiğinizden farklı bir cihaz kullandı. O cihazda Assist uygulamasını kullanmasını isteyin: kod hâlâ geçerli.
share-app-explained = Assist uygulaması, bu bilgisayarda yardım almanız için kuruluşunuzun programıdır. Onunla yardımcınız siz izlerken farenizi ve klavyenizi kullanabilir; siz de denetimi istediğiniz an geri alabilir veya durdurabilirsiniz. Yüklü değilse yardım masanıza sorun.
share-app-download = Assist uygulamasını indir

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } bağlantısı koptu. Geri dönmesi bekleniyor…
presence-grace-left = Geri dönmezse oturum { $time } içinde sona erer.
presence-nobody-sees = O yokken kimse ekranınızı göremez. Geri döndüğünde paylaşım devam eder.
presence-end-now = Şimdi sonlandır
presence-back = { $name } geri döndü.
presence-back-reshare = { $name } geri döndü ve ekranını yeniden paylaşması isteniyor.
share-bar-paused-text = Şu anda kimse ekranınızı görmüyor: { $name } bağlantısı koptu
