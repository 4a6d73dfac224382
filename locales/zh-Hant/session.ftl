# Messages of the remote help pages (Traditional Chinese, Taiwan): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = 結束工作階段
session-ended-heading = 工作階段已結束
session-reconnecting = 連線已中斷。正在重新連線…
session-replaced = 此工作階段已在另一個視窗中開啟，因此這個視窗已停止。
session-connection-closed = 與伺服器的連線已關閉。
go-home = 返回首頁

## The trust card: who is on the other side

trust-helper-heading = 您的協助者
trust-sharer-heading = 您正在協助的對象
trust-job-title = 職稱
trust-company = 公司
trust-domain = 組織網域
trust-domain-verified = 已驗證
trust-domain-unverified = 未驗證
trust-not-set = 未提供

## The device the helper is about to help with

device-heading = 裝置
device-name = 名稱
device-system = 作業系統
device-compliance = 合規性
device-compliant = 符合規範
device-not-compliant = 不符合規範
device-web-browser = 對方是從網頁瀏覽器加入，因此無法識別裝置。
device-none = 沒有裝置資訊。
warning-device-not-enrolled = 此裝置未在您的組織中註冊。
warning-device-not-enrolled-detail = 其身分和安全性狀態不明。在此裝置上開啟或輸入內容時請小心。
warning-device-not-compliant = 此裝置不符合您組織的合規性原則：

## Chat

chat-heading = 聊天
chat-list-label = 訊息
chat-input-label = 訊息
chat-placeholder = 輸入訊息…
chat-send = 傳送
chat-you = 您
chat-role-helper = 協助者
chat-role-sharer = 受助者
chat-sending = 正在傳送…
chat-too-long = 一則訊息最多只能有 { $max } 個字元。

## Helper console

helper-page-title = 遠端協助 – Assist
helper-page-title-org = 遠端協助 – { $organisation }
helper-start-heading = 開始遠端協助工作階段
helper-start-intro = 您會取得一組 8 位數的安全性代碼。請將它提供給您要協助的對象，對方輸入後即可連線。
helper-device-label = 裝置（選用）
helper-device-none = 不指定裝置
helper-device-hint = 如果您知道對方的裝置，請選擇它：這樣工作階段只能在該裝置上進行，而且您可以看到其合規性。
helper-start-button = 新增遠端協助工作階段
helper-start-another = 開始另一個工作階段
helper-session-heading = 遠端協助工作階段
helper-code-heading = 安全性代碼
helper-code-copy = 複製代碼
helper-code-copied = 已複製代碼。
helper-code-copy-failed = 無法複製代碼。請改為唸給對方聽。
helper-code-expires-in = { $time } 後到期
helper-code-expired = 代碼已過期。
helper-code-one-minute = 安全性代碼將在一分鐘後到期。
helper-code-instructions = 請對方開啟 { $address }、登入，然後輸入此代碼。
helper-code-not-shown-again = 安全性代碼只會顯示一次。如果對方尚未加入，請結束此工作階段並開始新的工作階段。
helper-status-waiting = 正在等候對方輸入代碼…
helper-status-joined = { $name } 已加入。準備好後，請要求檢視對方的螢幕。
helper-status-asked-view = 正在等候 { $name } 允許您檢視其螢幕…
helper-status-asked-control = 正在等候 { $name } 允許完全控制…
helper-status-connecting = 正在連線到 { $name } 的螢幕…
helper-status-viewing = 您正在檢視 { $name } 的螢幕。
helper-sharer-joined = { $name } 已加入工作階段。
helper-request-declined = { $name } 拒絕了您的要求。
helper-granted-view = { $name } 已允許您檢視其螢幕。
helper-granted-control = { $name } 已允許完全控制。
helper-granted-view-only = { $name } 已允許僅檢視。
helper-escalation-declined = { $name } 維持僅檢視。
helper-control-taken-back = { $name } 已收回控制權。您仍可檢視其螢幕。
helper-control-paused = { $name } 已暫停您的控制。
helper-control-resumed = { $name } 已再次將控制權交給您。
helper-connection-failed = 無法連線螢幕。請檢查網路，或結束工作階段後再試一次。
helper-mode-heading = 您需要什麼權限？
helper-mode-hint = 要求「僅檢視」以觀看螢幕，或要求「完全控制」以使用對方的滑鼠和鍵盤。由對方決定。
helper-mode-web-hint = 對方使用的是網頁瀏覽器，只能分享螢幕供檢視。完全控制需要對方的裝置上安裝 Assist 應用程式。
helper-escalate-hint = 您可以要求完全控制；對方會再次決定。
helper-request-view = 要求僅檢視
helper-request-control = 要求完全控制

## The remote screen in the helper console

viewer-heading = { $name } 的螢幕
viewer-stage-label = { $name } 的遠端螢幕
viewer-toolbar-label = 螢幕檢視
viewer-fit = 符合視窗大小
viewer-actual-size = 實際大小
viewer-full-screen = 全螢幕
viewer-monitor-label = 監視器
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = 僅檢視
viewer-mode-control = 完全控制
viewer-mode-paused = 控制已暫停
viewer-role-view = 遠端螢幕，僅檢視
viewer-role-control = 遠端螢幕，您的滑鼠和鍵盤操作會傳送到另一部電腦
viewer-hint-view = 您可以看到螢幕，但無法操作。
viewer-hint-control = 按一下螢幕即可操作。螢幕取得焦點時，所有按鍵（包括快速鍵）都會傳送到另一部電腦。按 Ctrl+Alt+Home 可返回工具列。

## Sharer web app

share-page-title = 取得協助 – Assist
share-page-title-org = 取得協助 – { $organisation }
share-join-heading = 取得協助
share-join-intro = 請輸入協助者提供給您的安全性代碼。在對方看到任何內容之前，您會先看到對方的身分。
share-code-label = 安全性代碼
share-code-hint = 8 位數字，例如 1234 5678。
share-code-invalid-format = 請輸入 8 位數的安全性代碼。
share-join-button = 繼續
share-join-another = 輸入其他代碼
share-session-heading = 遠端協助
share-status-joined = 已與 { $name } 連線。對方將要求檢視您的螢幕。
share-status-asked = { $name } 正在等候您的回應。
share-status-sharing = 您正在與 { $name } 分享螢幕。
share-request-view-heading = { $name } 要求檢視您的螢幕
share-request-view-text = { $name } 將會看到您所選螢幕上的所有內容，但無法使用您的滑鼠或鍵盤。您可以隨時停止。
share-request-control-heading = { $name } 要求完全控制
share-request-control-text = 若授與完全控制，{ $name } 將可使用您的滑鼠和鍵盤。
share-control-needs-app = 完全控制需要在此裝置上安裝 Assist 應用程式。在瀏覽器中只能分享螢幕供檢視。
share-allow = 允許
share-allow-view-only = 僅允許檢視
share-decline = 拒絕
share-keep-view-only = 維持僅檢視
share-picker-cancelled = 未選擇螢幕，因此未分享任何內容。請再次選擇「允許」以挑選螢幕，或選擇「拒絕」。
share-capture-failed = 此瀏覽器無法分享螢幕。請嘗試使用其他瀏覽器，或選擇拒絕。
share-reshare-heading = 您的螢幕已不再分享
share-reshare-text = 頁面已重新載入，因此 { $name } 已無法看到您的螢幕。請重新分享，或結束工作階段。
share-reshare-button = 重新分享我的螢幕
share-bar-label = 螢幕分享
share-bar-text = 您正在與 { $name } 分享螢幕
share-stop = 停止分享
share-connection-failed = 無法傳送您的螢幕。請檢查網路，或結束工作階段後再試一次。

## Why a session ended, as the helper hears it

ended-helper-helper-left = 您已結束工作階段。
ended-helper-sharer-left = { $name } 已結束工作階段。
ended-helper-helper-disconnected = 您的連線中斷太久，因此工作階段已結束。
ended-helper-sharer-disconnected = 與 { $name } 的連線已中斷且未恢復，因此工作階段已結束。
ended-helper-code-expired = 代碼到期前沒有人輸入。
ended-helper-declined-timeout = { $name } 未及時回應您的要求。
ended-helper-revoked = 系統管理員已結束此工作階段。
ended-helper-policy = 由於您的組織已關閉遠端協助，工作階段已結束。
ended-helper-access-withdrawn = 由於您的存取權已變更，工作階段已結束：您的帳戶、登入或遠端協助角色已不再允許此工作階段。
ended-helper-other = 工作階段已結束。

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } 已結束工作階段。
ended-sharer-sharer-left = 您已結束工作階段。已不再分享任何內容。
ended-sharer-helper-disconnected = 與 { $name } 的連線已中斷且未恢復，因此工作階段已結束。
ended-sharer-sharer-disconnected = 您的連線中斷太久，因此工作階段已結束。
ended-sharer-code-expired = 代碼已過期。
ended-sharer-declined-timeout = 您未及時回應，因此工作階段已結束。未分享任何內容。
ended-sharer-revoked = 系統管理員已結束此工作階段。
ended-sharer-policy = 由於您的組織已關閉遠端協助，工作階段已結束。
ended-sharer-access-withdrawn = 由於 { $name } 已不再獲准協助您，或您自己的存取權已變更，工作階段已結束。目前不再分享任何內容。
ended-sharer-other = 工作階段已結束。

## Refusals from the server

error-remote-help-disabled = 您的組織已關閉遠端協助。系統管理員可以將其開啟。
error-code-invalid = 此代碼無效。請檢查數字，然後再試一次。
error-code-expired = 此代碼已過期。請向協助者索取新的代碼。
error-code-used = 此代碼已被使用過。請向協助者索取新的代碼。
error-unenrolled-device = 您的組織只允許在已註冊的裝置上提供協助。請在此裝置上安裝 Assist 應用程式，或洽詢您的系統管理員。
error-wrong-device = 此工作階段是針對另一部裝置開始的。請向協助者索取適用於這部裝置的代碼。
error-chat-disabled = 您的組織已關閉聊天功能。
error-invalid-transition = 工作階段目前的階段無法執行此動作。
error-session-ended = 此工作階段已結束。
error-control-needs-agent = 完全控制需要對方的裝置上安裝 Assist 應用程式。
error-session-not-found = 此工作階段不存在，或您不是其中的參與者。

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = 你的帳戶無法提供遠端協助：需要「提供遠端協助」和「檢視螢幕」權限。請向你組織的管理員要求將你設為協助人員。
error-browser-sharing-not-allowed = 你的組織不允許從網頁瀏覽器分享螢幕。請在此裝置上安裝 Assist 應用程式並在其中輸入代碼，或聯絡你的技術支援。
error-sharer-out-of-scope = 這位協助人員不能協助你：其角色不涵蓋你或此裝置。請詢問技術支援誰可以協助你。
error-own-session = 此工作階段是你自己發起的。請把代碼告訴你要協助的人；對方輸入代碼即可連線。
error-helper-unavailable = 給你此代碼的協助人員已無法繼續協助。請技術支援安排其他人。
error-device-in-other-organisation = 此裝置已註冊到其他組織。請洽詢你的管理員。
error-device-out-of-scope = 此裝置不在你的角色範圍內：你不能在此裝置上提供協助。請選擇其他裝置，或不選擇裝置。
error-chat-empty = 請先輸入訊息再傳送。
error-chat-too-long = 此訊息太長。請縮短後重新傳送。
error-chat-invalid-characters = 此訊息包含無法傳送的隱形控制字元。請刪除後再試一次。
helper-permission-heading = 你還不能提供遠端協助
helper-permission-text = 提供遠端協助需要「提供遠端協助」和「檢視螢幕」權限，你的帳戶沒有這些權限。
helper-ask-admin = 請 { $organisation } 的管理員變更此設定。
helper-disabled-heading = 遠端協助已關閉
helper-disabled-text = 你的組織尚未開啟遠端協助，因此暫時無法開始工作階段。
helper-open-settings = 開啟組織設定
helper-browser-note = 你的組織不允許從網頁瀏覽器分享：你協助的人需要在已註冊的裝置上使用 Assist 應用程式。
helper-join-refused-heading = 有人嘗試用此代碼加入
helper-join-refused-browser-sharing-not-allowed = 對方使用的是網頁瀏覽器，而你的組織不允許從瀏覽器分享。請對方在 Assist 應用程式中輸入同一代碼：代碼仍然有效。
helper-join-refused-unenrolled-device = 對方的裝置未註冊，而你的組織只允許在已註冊的裝置上提供協助。請對方在已註冊的裝置上使用 Assist 應用程式：代碼仍然有效。
helper-join-refused-sharer-out-of-scope = 你的角色不涵蓋此人或其裝置，因此對方無法加入。請轉交給角色涵蓋對方的協助人員，或請管理員擴大你的角色範圍。
helper-join-refused-wrong-device = 對方使用的裝置不是你為此工作階段選擇的裝置。請對方在那台裝置上使用 Assist 應用程式：代碼仍然有效。
share-app-explained = Assist 應用程式是你的組織用來在這台電腦上取得協助的程式。使用它，協助人員可以在你觀看時使用你的滑鼠和鍵盤，你可以隨時收回控制或停止。如果尚未安裝，請聯絡你的技術支援。
share-app-download = 下載 Assist 應用程式

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } 的連線已中斷。正在等待對方回來…
presence-grace-left = 如果對方沒有回來，工作階段將在 { $time } 後結束。
presence-nobody-sees = 對方離開期間，沒有人能看到你的畫面。對方回來後將繼續分享。
presence-end-now = 立即結束
presence-back = { $name } 已回來。
presence-back-reshare = { $name } 已回來，並被要求再次分享畫面。
share-bar-paused-text = 現在沒有人能看到你的畫面：{ $name } 的連線已中斷
