# Messages of the web app (Turkish). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = Ana içeriğe atla
loading = Yükleniyor…
go-to-sign-in = Oturum açma sayfasına git
sign-out = Oturumu kapat
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = Dil

## Form fields and checks

field-organisation-name = Kuruluş adı
field-organisation-name-hint = Çalışma arkadaşlarınızın bildiği ad. Daha sonra değiştirebilirsiniz.
field-full-name = Ad soyad
field-full-name-hint = Yardım ettiğiniz kişilere gösterilir; böylece kimin bağlandığını bilirler.
field-email = E-posta
field-job-title-optional = Unvan (isteğe bağlı)
field-company-optional = Şirket (isteğe bağlı)
field-password = Parola
field-new-password = Yeni parola
field-confirm-password = Parolayı onaylayın
password-hint = En az 12 karakter. Birbiriyle ilgisiz birkaç kelime, hatırlaması kolay ve güçlü bir parola oluşturur.
form-required = Bu alan zorunludur.
form-email-invalid = ad@example.com gibi bir e-posta adresi girin.
form-fix-fields = Bazı alanlar dikkatinizi gerektiriyor. Lütfen aşağıda işaretlenen alanları düzeltin.
form-error-summary = Lütfen şu alanları düzeltin:
password-too-short = Parola en az { $min } karakter olmalıdır.
password-too-long = Parola en fazla { $max } karakter olabilir.
password-mismatch = Parolalar eşleşmiyor. Her iki alana da aynı parolayı yazın.

## Errors from the server, by code

error-network = Sunucuya ulaşılamadı. Bağlantınızı denetleyip yeniden deneyin.
error-invalid-credentials = E-posta adresi veya parola yanlış.
error-too-many-attempts = Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.
error-too-many-attempts-wait = Çok fazla deneme yapıldı. Lütfen { $seconds } saniye bekleyip yeniden deneyin.
error-setup-link-invalid = Bu bağlantı artık geçerli değil: daha önce kullanılmış veya süresi dolmuş olabilir.
error-conflict = Bu, zaten var olan bir şeyle çakışıyor.
error-email-taken = Bu e-posta adresine sahip bir hesap zaten var.
error-unauthenticated = Oturum açmadınız veya oturumunuz sona erdi. Lütfen yeniden oturum açın.
error-origin-mismatch = İstek bu siteden gelmediği için reddedildi. Sayfayı yeniden yükleyip tekrar deneyin.
error-payload-too-large = Gönderdiğiniz içerik çok büyük.
error-forbidden = Bu işlemi yapma izniniz yok.
error-timeout = Sunucunun yanıt vermesi çok uzun sürdü. Lütfen yeniden deneyin.
error-unavailable = Hizmet geçici olarak kullanılamıyor. Lütfen birkaç dakika sonra yeniden deneyin.
error-internal = Sunucuda bir sorun oluştu. Lütfen yeniden deneyin; sorun devam ederse yöneticinize bildirin.
error-unexpected = Beklenmeyen bir sorun oluştu. Lütfen yeniden deneyin.
error-second-factor-required = Kimlik doğrulayıcı uygulamanızdaki kodu veya kurtarma kodlarınızdan birini girin.
error-invalid-second-factor = Bu kod yanlış veya daha önce kullanılmış. Yeni bir kod oluşmasını bekleyip yeniden deneyin.
error-sso-not-configured = Kuruluşunuz bu e-posta adresi için çoklu oturum açma sunmuyor. Parolanızla oturum açın.
error-profile-managed = Adınızı, unvanınızı ve şirketinizi kuruluşunuz çoklu oturum açma üzerinden yönetiyor; bu nedenle bunları yalnızca bir yönetici değiştirebilir.
error-sso-provider-unavailable = Kuruluşunuzun oturum açma hizmetine ulaşılamadı. Lütfen birkaç dakika sonra yeniden deneyin.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = Kuruluşunuzun “{ $policy }” koşullu erişim ilkesi buna izin vermiyor. Yöneticinize başvurun.

## Setup link page (/setup)

setup-page-title = Kurulum – { -product-name }
setup-checking-heading = Bağlantınız denetleniyor
setup-checking = Bağlantınız denetlenirken lütfen bekleyin…
setup-expires = Bu bağlantı { $time } tarihine kadar geçerlidir.
setup-invalid-heading = Bu bağlantı kullanılamıyor
setup-missing-heading = Bu sayfa için bir kurulum bağlantısı gerekiyor
setup-missing = Size verilen bağlantının tamamını, # işaretinden sonraki kısım dahil olmak üzere açın.
setup-error-heading = Bağlantı denetlenemedi
setup-unknown-purpose = Bu bağlantı, bu sayfanın desteklemediği bir işlem için.
setup-invalid-help =
    Yöneticinizden yeni bir bağlantı isteyin. Sunucuyu yöneten kişi
    “assist-server admin setup-link” komutuyla yeni bir bağlantı oluşturabilir.

first-admin-heading = Kuruluşunuzu oluşturun
first-admin-intro = Kuruluşunuz için { -product-name } uygulamasını ayarlayın ve ilk yönetici hesabını oluşturun. Çalışma arkadaşlarınızı daha sonra davet edebilirsiniz.
first-admin-organisation-legend = Kuruluş
first-admin-account-legend = Yönetici hesabınız
first-admin-submit = Kuruluş oluştur

reset-heading = Yeni bir parola seçin
reset-intro = { $email } için yeni bir parola belirleyin.
reset-intro-no-email = Hesabınız için yeni bir parola belirleyin.
reset-submit = Parolayı belirle

## Sign-in page (/sign-in)

sign-in-page-title = Oturum aç – { -product-name }
sign-in-heading = { -product-name } uygulamasında oturum açın
sign-in-intro = Hesabınızın e-posta adresini ve parolasını kullanın.
sign-in-submit = Oturum aç
field-second-factor-code = Kimlik doğrulayıcı kodu veya kurtarma kodu
sign-in-sso = Kuruluş hesabınızla oturum açın
sign-in-sso-needs-email = Kuruluşunuzu bulabilmemiz için önce e-posta adresinizi girin.
sign-in-sso-refused = Çoklu oturum açma ile oturumunuz açılamadı. Hesabınızın kendi parolası varsa burada onunla oturum açın, ardından ana sayfanızdan çoklu oturum açmayı bağlayın.
sign-in-or = veya
sign-in-forgot = Parolanızı mı unuttunuz? Kuruluşunuzun bir yöneticisinden kurtarma bağlantısı isteyin.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = Kuruluş:
user-menu-label = Hesabınız
home-heading = { $name } olarak oturum açıldı

profile-heading = Profiliniz
profile-name = Ad
profile-email = E-posta
profile-job-title = Unvan
profile-company = Şirket
profile-role = Rol
profile-not-set = Ayarlanmadı
profile-edit = Profili düzenle
profile-form-label = Profilinizi düzenleyin
profile-save = Kaydet
profile-cancel = İptal
profile-saved = Profiliniz kaydedildi.
profile-managed = Adınızı, unvanınızı ve şirketinizi kuruluşunuz çoklu oturum açma üzerinden yönetiyor. Değiştirmek için yöneticinize başvurun.
role-administrator = Yönetici
role-member = Üye

picture-change = Resmi değiştir
picture-hint = En fazla 256 KB boyutunda bir PNG veya JPEG resmi. Yardım ettiğiniz kişiler, ekranlarını paylaşmadan önce bu resmi görür.
picture-uploading = Resminiz karşıya yükleniyor…
picture-updated = Resminiz güncellendi.
picture-wrong-type = Bir PNG veya JPEG resmi seçin.
picture-too-large = Resim 256 KB'tan büyük. Daha küçük bir resim seçin.

sessions-heading = Oturum açtığınız yerler
sessions-intro = Hesabınızda oturum açılmış tarayıcılar. Tanımadığınız tarayıcılarda oturumu kapatın.
session-this-device = Bu cihaz
session-device = { $os } üzerinde { $browser }
session-device-unknown = Bilinmeyen tarayıcı
session-signed-in = Oturum açma: { $time }
session-last-active = Son etkinlik: { $time }
session-address = Adres: { $address }
session-sign-out = Oturumu kapat
session-sign-out-label = { $device } cihazında oturumu kapat
session-signed-out = { $device } cihazında oturum kapatıldı.

home-admin-link = Yönetim konsolu

## Home page: remote help

home-remote-help-heading = Uzaktan yardım
home-help-someone-text = Bir oturum başlatın ve güvenlik kodunu kişiye verin.
home-help-someone = Birine yardım edin
home-get-help-text = Yardımcınız size bir güvenlik kodu mu verdi? Kodu buraya girin.
home-get-help = Yardım alın

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Çoklu oturum açma
home-sso-linked = Hesabınız kuruluşunuzun çoklu oturum açma hizmetine bağlı.
home-sso-not-linked = Hesabınız kuruluşunuzun çoklu oturum açma hizmetine bağlı değil.
home-sso-link-intro = Bağladığınızda kuruluş hesabınızla oturum açabilirsiniz.
home-sso-link = Çoklu oturum açmayı bağlayın
home-sso-linking = Kuruluşunuzun oturum açma sayfasına gidiliyor…
