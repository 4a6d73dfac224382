# Messages of the Assist app (Traditional Chinese): the native program that shares the screen of
# the person being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }：正在分享您的螢幕
agent-starting = 正在啟動…
agent-working = 請稍候…

## Signing in

agent-sign-in-heading = 登入以取得協助
agent-email = 電子郵件
agent-password = 密碼
agent-sign-in = 登入
agent-sign-in-sso = 使用單一登入
agent-second-factor-heading = 登入的第二個步驟
agent-second-factor = 驗證器代碼
agent-second-factor-hint = 請輸入驗證器應用程式顯示的代碼，或您的其中一組復原碼。
agent-continue = 繼續
agent-sso-continues = 登入將在您的網頁瀏覽器中繼續。如果瀏覽器沒有開啟，請前往：{ $url }

## The security code the helper gives

agent-code-heading = 輸入安全性代碼
agent-code-hint = 您的協助者會提供一組 8 位數的安全性代碼給您。
agent-code = 安全性代碼
agent-connect = 連線

## The trust card: who the helper is, before anything is shared

agent-trust-heading = 您的協助者
agent-trust-name = 姓名
agent-trust-job-title = 職稱
agent-trust-company = 公司
agent-trust-domain = 電子郵件網域
agent-trust-not-given = 未提供
agent-trust-domain-verified = { $domain }（已驗證的網域）
agent-trust-domain-unverified = { $domain }（警告：此網域未經驗證）
agent-trust-not-enrolled = 此裝置未在您的組織中註冊；您的協助者會收到此通知。
agent-waiting-for-request = 正在等候 { $name } 要求檢視您的螢幕。在您允許之前，不會分享任何內容。

## The helper's request

agent-request-control = { $name } 要求完全控制（滑鼠和鍵盤）。
agent-request-view = { $name } 要求檢視您的螢幕。
agent-allow = 允許
agent-allow-view-only = 僅允許檢視
agent-decline = 拒絕

## Sharing

agent-sharing-control = 正在與 { $name } 分享：完全控制
agent-sharing-view = 正在與 { $name } 分享：僅檢視
agent-sharing-paused = 正在與 { $name } 分享：控制已停止
agent-stop-control = 停止控制
agent-give-control-back = 交還控制權
agent-end-session = 結束工作階段

## Chat

agent-chat-heading = 聊天
agent-chat-input = 訊息
agent-chat-send = 傳送
agent-chat-you = 您

## Notices

agent-helper-away = { $name } 的連線已中斷。正在等候其返回…
agent-helper-away-time = 若連線未能恢復，工作階段將在 { $time } 後結束。
agent-helper-away-unseen = 在此期間，沒有人能看到或控制您的螢幕。
agent-end-now = 立即結束
agent-helper-back = { $name } 已回來。
agent-notice-server-lost = 無法連線到伺服器。控制已停止。
agent-notice-server-back = 已可再次連線到伺服器。在您交還控制權之前，控制會保持停止。
agent-notice-connection-lost = 與您的協助者之間的連線已中斷。控制已停止。
agent-notice-connected = 已連線：您的協助者可以看到您的螢幕。
agent-notice-control-stopped = 控制已停止：您的協助者無法再使用您的滑鼠和鍵盤。

## Updates

agent-update-available = 有較新版本的 { -product-name } 應用程式可供使用：{ $version }
agent-update-required = 此 { -product-name } 應用程式已過時，必須更新至 { $version } 才能分享
agent-update-download = 請從 { $url } 下載

## The end of the session

agent-ended-heading = 工作階段已結束
agent-ended = 工作階段已結束。
agent-ended-helper-left = 工作階段已結束：您的協助者結束了工作階段。
agent-ended-sharer-left = 工作階段已結束：您結束了工作階段。
agent-ended-sharer-disconnected = 工作階段已結束：您的連線中斷，且未及時恢復。
agent-ended-helper-disconnected = 工作階段已結束：您的協助者連線中斷，且未及時恢復。
agent-ended-code-expired = 工作階段已結束：安全性代碼已過期。
agent-ended-declined-timeout = 工作階段已結束：未及時回應要求。
agent-ended-revoked = 工作階段已結束：系統管理員停止了工作階段。
agent-ended-policy = 工作階段已結束：您組織的規則停止了工作階段。
agent-ended-access-withdrawn = 工作階段已結束：您的協助者已不再獲准協助您，或您自己的存取權已被撤銷。
agent-ended-error = 工作階段已結束：{ $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = 此裝置未註冊，而你的組織只允許在已註冊的裝置上提供協助。請管理員註冊此裝置。
agent-close = 關閉

## Terminal mode only

agent-terminal-email = 電子郵件：
agent-terminal-password = 密碼（使用單一登入請留空）：
agent-terminal-second-factor = 驗證器代碼：
agent-terminal-code = 安全性代碼：
agent-terminal-field = { $label }：{ $value }
# Latin letters, as for the /commands: equal to agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [a] 允許，[v] 僅允許檢視，[d] 拒絕：
agent-terminal-choices-view = [a] 允許，[d] 拒絕：
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
agent-terminal-help = 指令：/stop 收回控制權，/resume 交還控制權，/end 結束工作階段；其他任何一行都會以聊天訊息傳送。
agent-terminal-resume-hint = 輸入 /resume 以交還控制權。
agent-terminal-end-now-hint = 輸入 /end 以立即結束工作階段。
agent-terminal-unknown-command = 不明的指令：{ $command }。/help 可列出指令；若要傳送以 / 開頭的聊天訊息，請以 // 開始該行。
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = 此版本的 { -product-name } 應用程式對您的組織來說太舊。請更新後再試一次。
agent-sso-browser-done = 您已登入。您可以關閉此分頁，並返回 { -product-name } 應用程式。
agent-sso-browser-failed = 單一登入失敗。請返回 { -product-name } 應用程式查看原因。
