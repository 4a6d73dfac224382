# Messages of the web app (Traditional Chinese, Taiwan). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = 跳到主要內容
loading = 正在載入…
go-to-sign-in = 前往登入頁面
sign-out = 登出
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = 語言

## Form fields and checks

field-organisation-name = 組織名稱
field-organisation-name-hint = 同事們熟知的名稱。您之後可以變更。
field-full-name = 全名
field-full-name-hint = 會向您協助的對象顯示，讓對方知道是誰在連線。
field-email = 電子郵件
field-job-title-optional = 職稱（選用）
field-company-optional = 公司（選用）
field-password = 密碼
field-new-password = 新密碼
field-confirm-password = 確認密碼
password-hint = 至少 12 個字元。由幾個不相關的詞組成的密碼既安全又好記。
form-required = 此欄位為必填。
form-email-invalid = 請輸入電子郵件地址，例如 name@example.com。
form-fix-fields = 部分欄位需要您注意。請更正下方標示的欄位。
form-error-summary = 請更正下列欄位：
password-too-short = 密碼至少必須有 { $min } 個字元。
password-too-long = 密碼最多只能有 { $max } 個字元。
password-mismatch = 兩次輸入的密碼不相符。請在兩個欄位中輸入相同的密碼。

## Errors from the server, by code

error-network = 無法連線到伺服器。請檢查您的網路連線，然後再試一次。
error-invalid-credentials = 電子郵件地址或密碼不正確。
error-too-many-attempts = 嘗試次數過多。請稍候再試一次。
error-too-many-attempts-wait = 嘗試次數過多。請等候 { $seconds } 秒後再試一次。
error-setup-link-invalid = 此連結已失效：可能已被使用過，或已過期。
error-conflict = 這與現有的項目衝突。
error-email-taken = 已有使用此電子郵件地址的帳戶。
error-unauthenticated = 您尚未登入，或您的工作階段已結束。請重新登入。
error-origin-mismatch = 要求遭到拒絕，因為它不是來自此網站。請重新載入頁面，然後再試一次。
error-payload-too-large = 您傳送的內容太大。
error-forbidden = 您沒有執行此動作的權限。
error-timeout = 伺服器回應時間過長。請再試一次。
error-unavailable = 服務暫時無法使用。請過幾分鐘後再試一次。
error-internal = 伺服器發生問題。請再試一次；如果問題持續發生，請告知您的系統管理員。
error-unexpected = 發生未預期的錯誤。請再試一次。
error-second-factor-required = 請輸入驗證器應用程式中的代碼，或您的其中一組復原碼。
error-invalid-second-factor = 該代碼不正確，或已被使用過。請等候新的代碼，然後再試一次。
error-sso-not-configured = 您的組織未針對此電子郵件地址提供單一登入。請使用密碼登入。
error-profile-managed = 您的姓名、職稱和公司由您的組織透過單一登入管理，因此只有系統管理員可以變更。
error-sso-provider-unavailable = 無法連線到您組織的登入服務。請過幾分鐘後再試一次。
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = 你的組織的條件式存取原則「{ $policy }」不允許此操作。請洽詢你的管理員。

## Setup link page (/setup)

setup-page-title = 設定 – { -product-name }
setup-checking-heading = 正在檢查您的連結
setup-checking = 正在檢查您的連結，請稍候…
setup-expires = 此連結的有效期限至 { $time }。
setup-invalid-heading = 無法使用此連結
setup-missing-heading = 此頁面需要設定連結
setup-missing = 請開啟您收到的完整連結，包括 # 符號後面的部分。
setup-error-heading = 無法檢查此連結
setup-unknown-purpose = 此連結的用途不受此頁面支援。
setup-invalid-help =
    請向您的系統管理員索取新的連結。伺服器的管理人員可以使用命令
    「assist-server admin setup-link」產生新的連結。

first-admin-heading = 建立您的組織
first-admin-intro = 為您的組織設定 { -product-name }，並建立第一個系統管理員帳戶。之後您可以邀請同事加入。
first-admin-organisation-legend = 組織
first-admin-account-legend = 您的系統管理員帳戶
first-admin-submit = 建立組織

reset-heading = 選擇新密碼
reset-intro = 為 { $email } 設定新密碼。
reset-intro-no-email = 為您的帳戶設定新密碼。
reset-submit = 設定密碼

## Sign-in page (/sign-in)

sign-in-page-title = 登入 – { -product-name }
sign-in-heading = 登入 { -product-name }
sign-in-intro = 請使用您帳戶的電子郵件地址和密碼。
sign-in-submit = 登入
field-second-factor-code = 驗證器代碼或復原碼
sign-in-sso = 使用您的組織帳戶登入
sign-in-sso-needs-email = 請先輸入您的電子郵件地址，以便我們找到您的組織。
sign-in-sso-refused = 單一登入未能讓您登入。如果您的帳戶有自己的密碼，請在此使用密碼登入，然後在您的首頁連結單一登入。
sign-in-or = 或
sign-in-forgot = 忘記密碼了嗎？請向您組織的系統管理員索取復原連結。

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = 組織：
user-menu-label = 您的帳戶
home-heading = 已登入為 { $name }

profile-heading = 您的個人資料
profile-name = 姓名
profile-email = 電子郵件
profile-job-title = 職稱
profile-company = 公司
profile-role = 角色
profile-not-set = 未設定
profile-edit = 編輯個人資料
profile-form-label = 編輯您的個人資料
profile-save = 儲存
profile-cancel = 取消
profile-saved = 您的個人資料已儲存。
profile-managed = 您的姓名、職稱和公司由您的組織透過單一登入管理。如需變更，請洽詢系統管理員。
role-administrator = 系統管理員
role-member = 成員

picture-change = 變更圖片
picture-hint = PNG 或 JPEG 影像，最大 256 KB。您協助的對象在分享螢幕前會看到它。
picture-uploading = 正在上傳您的圖片…
picture-updated = 您的圖片已更新。
picture-wrong-type = 請選擇 PNG 或 JPEG 影像。
picture-too-large = 圖片大於 256 KB。請選擇較小的影像。

sessions-heading = 您的登入位置
sessions-intro = 已登入您帳戶的瀏覽器。如有您無法辨識的瀏覽器，請將其登出。
session-this-device = 此裝置
session-device = { $os } 上的 { $browser }
session-device-unknown = 不明的瀏覽器
session-signed-in = 登入時間：{ $time }
session-last-active = 上次活動：{ $time }
session-address = 來源位址 { $address }
session-sign-out = 登出
session-sign-out-label = 在 { $device } 上登出
session-signed-out = 已在 { $device } 上登出。

home-admin-link = 管理主控台

## Home page: remote help

home-remote-help-heading = 遠端協助
home-help-someone-text = 開始工作階段，並將安全性代碼提供給對方。
home-help-someone = 協助他人
home-get-help-text = 協助者給了您安全性代碼嗎？請在此輸入。
home-get-help = 取得協助

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = 單一登入
home-sso-linked = 您的帳戶已連結到組織的單一登入。
home-sso-not-linked = 您的帳戶尚未連結到組織的單一登入。
home-sso-link-intro = 連結後，您就能使用組織帳戶登入。
home-sso-link = 連結單一登入
home-sso-linking = 正在前往組織的登入頁面…
