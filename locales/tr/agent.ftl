# Messages of the Assist app (Turkish): the native program that shares the screen of the person
# being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }: ekranınız paylaşılıyor
agent-starting = Başlatılıyor…
agent-working = Lütfen bekleyin…

## Signing in

agent-sign-in-heading = Yardım almak için oturum açın
agent-email = E-posta
agent-password = Parola
agent-sign-in = Oturum aç
agent-sign-in-sso = Çoklu oturum açma ile oturum aç
agent-second-factor-heading = Oturum açmanın ikinci adımı
agent-second-factor = Kimlik doğrulayıcı kodu
agent-second-factor-hint = Kimlik doğrulayıcı uygulamanızın gösterdiği kodu veya kurtarma kodlarınızdan birini girin.
agent-continue = Devam
agent-sso-continues = Oturum açma işlemi web tarayıcınızda devam ediyor. Tarayıcı açılmadıysa şu adrese gidin: { $url }

## The security code the helper gives

agent-code-heading = Güvenlik kodunu girin
agent-code-hint = Yardımcınız size 8 haneli bir güvenlik kodu verir.
agent-code = Güvenlik kodu
agent-connect = Bağlan

## The trust card: who the helper is, before anything is shared

agent-trust-heading = Yardımcınız
agent-trust-name = Ad
agent-trust-job-title = Unvan
agent-trust-company = Şirket
agent-trust-domain = E-posta etki alanı
agent-trust-not-given = belirtilmedi
agent-trust-domain-verified = { $domain } (doğrulanmış etki alanı)
agent-trust-domain-unverified = { $domain } (etki alanı DOĞRULANMADI)
agent-trust-not-enrolled = Bu cihaz kuruluşunuza kayıtlı değil; bu durum yardımcınıza bildirilir.
agent-waiting-for-request = { $name } kullanıcısının ekranınızı görmek için izin istemesi bekleniyor. Siz izin verene kadar hiçbir şey paylaşılmaz.

## The helper's request

agent-request-control = { $name } tam denetim istiyor (fare ve klavye).
agent-request-view = { $name } ekranınızı görmek istiyor.
agent-allow = İzin ver
agent-allow-view-only = Yalnızca görüntülemeye izin ver
agent-decline = Reddet

## Sharing

agent-sharing-control = { $name } ile paylaşılıyor: tam denetim
agent-sharing-view = { $name } ile paylaşılıyor: yalnızca görüntüleme
agent-sharing-paused = { $name } ile paylaşılıyor: denetim durduruldu
agent-stop-control = Denetimi durdur
agent-give-control-back = Denetimi geri ver
agent-end-session = Oturumu sonlandır

## Chat

agent-chat-heading = Sohbet
agent-chat-input = İleti
agent-chat-send = Gönder
agent-chat-you = Siz

## Notices

agent-helper-away = { $name } kullanıcısının bağlantısı koptu. Geri gelmesi bekleniyor…
agent-helper-away-time = Bağlantı geri gelmezse oturum { $time } sonra sona erecek.
agent-helper-away-unseen = Bu sırada kimse ekranınızı göremez veya denetleyemez.
agent-end-now = Şimdi sonlandır
agent-helper-back = { $name } geri döndü.
agent-notice-server-lost = Sunucuya ulaşılamıyor. Denetim durduruldu.
agent-notice-server-back = Sunucuya yeniden ulaşılabiliyor. Siz geri verene kadar denetim durdurulmuş olarak kalır.
agent-notice-connection-lost = Yardımcınızla bağlantı koptu. Denetim durduruldu.
agent-notice-connected = Bağlandı: yardımcınız ekranınızı görüyor.
agent-notice-control-stopped = Denetim durduruldu: yardımcınız artık farenizi ve klavyenizi kullanamaz.

## Updates

agent-update-available = Daha yeni bir { -product-name } uygulaması var: { $version }
agent-update-required = Bu { -product-name } uygulaması güncel değil; paylaşım yapabilmeniz için { $version } sürümüne güncellenmesi gerekiyor
agent-update-download = Şu adresten indirin: { $url }

## The end of the session

agent-ended-heading = Oturum sona erdi
agent-ended = Oturum sona erdi.
agent-ended-helper-left = Oturum sona erdi: yardımcınız sonlandırdı.
agent-ended-sharer-left = Oturum sona erdi: siz sonlandırdınız.
agent-ended-sharer-disconnected = Oturum sona erdi: bağlantınız koptu ve zamanında geri gelmedi.
agent-ended-helper-disconnected = Oturum sona erdi: yardımcınızın bağlantısı koptu ve zamanında geri gelmedi.
agent-ended-code-expired = Oturum sona erdi: güvenlik kodunun süresi doldu.
agent-ended-declined-timeout = Oturum sona erdi: istek zamanında yanıtlanmadı.
agent-ended-revoked = Oturum sona erdi: bir yönetici durdurdu.
agent-ended-policy = Oturum sona erdi: kuruluşunuzun bir kuralı durdurdu.
agent-ended-access-withdrawn = Oturum sona erdi: yardımcınızın artık size yardım etmesine izin verilmiyor veya kendi erişiminiz geri alındı.
agent-ended-error = Oturum sona erdi: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = Bu cihaz kayıtlı değil ve kuruluşunuz yalnızca kayıtlı cihazlarda yardıma izin veriyor. Cihazı kaydetmesi için yöneticinize başvurun.
agent-close = Kapat

## Terminal mode only

agent-terminal-email = E-posta:
agent-terminal-password = Parola (çoklu oturum açma için boş bırakın):
agent-terminal-second-factor = Kimlik doğrulayıcı kodu:
agent-terminal-code = Güvenlik kodu:
agent-terminal-field = { $label }: { $value }
# The letters in brackets equal agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [i]zin ver, yalnızca [g]örüntüleme, [r]eddet:
agent-terminal-choices-view = [i]zin ver, [r]eddet:
agent-terminal-key-allow = i
agent-terminal-key-view-only = g
agent-terminal-key-decline = r
agent-terminal-help = Komutlar: /stop denetimi geri alır, /resume denetimi geri verir, /end oturumu sonlandırır; diğer tüm satırlar sohbet iletisi olarak gönderilir.
agent-terminal-resume-hint = Denetimi geri vermek için /resume yazın.
agent-terminal-end-now-hint = Oturumu şimdi sonlandırmak için /end yazın.
agent-terminal-unknown-command = Bilinmeyen komut: { $command }. /help komutları listeler; / ile başlayan bir sohbet iletisi göndermek için satırı // ile başlatın.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = { -product-name } uygulamasının bu sürümü kuruluşunuz için çok eski. Uygulamayı güncelleyip yeniden deneyin.
agent-sso-browser-done = Oturum açtınız. Bu sekmeyi kapatıp { -product-name } uygulamasına dönebilirsiniz.
agent-sso-browser-failed = Çoklu oturum açma başarısız oldu. Nedenini görmek için { -product-name } uygulamasına dönün.
