# Messages of the admin console (/admin), Traditional Chinese (Taiwan). Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = 管理主控台 – { -product-name }
admin-page-title = { $section } – 管理主控台 – { $organisation }
admin-console-name = 管理主控台
admin-back-home = 返回首頁
admin-nav-label = 管理主控台
admin-nav-group-people = 人員
admin-nav-group-access = 存取
admin-nav-group-devices = 裝置
admin-nav-group-organisation = 組織
admin-nav-group-activity = 活動

admin-denied-title = 沒有存取權 – { -product-name }
admin-denied-heading = 您沒有使用管理主控台的權限
admin-denied-text = 您的帳戶可以使用 { -product-name }，但不允許管理您的組織。
admin-denied-help = 如果您需要管理使用者、裝置或設定，請要求組織的系統管理員指派具有這些權限的角色給您。

## Shared words

admin-save = 儲存
admin-cancel = 取消
admin-done = 完成
admin-edit = 編輯
admin-delete = 刪除
admin-remove = 移除
admin-revoke = 撤銷
admin-manage = 管理
admin-copy = 複製
admin-refresh = 重新整理
admin-search = 搜尋
admin-apply-filters = 套用篩選條件
admin-clear-filters = 清除篩選條件
admin-export-csv = 匯出 CSV
admin-filter-any = 任何
admin-filter-anyone = 任何人
admin-filter-any-device = 任何裝置
admin-not-set = 未設定
admin-never = 從未
admin-no-changes = 沒有要儲存的內容：未變更任何欄位。
admin-name-taken = 此名稱已被使用。請選擇其他名稱。
admin-number-range = 請輸入 { $min } 到 { $max } 之間的整數。
admin-error-refused = 伺服器拒絕了此動作：{ $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = 你無法使用此區段：它需要對整個組織（所有使用者和所有裝置）的「{ $permission }」權限，而你的角色沒有授予這麼大的範圍。
admin-section-denied-ask = 請 { $organisation } 的管理員在整個組織範圍內授予你此權限。
admin-choose-user = 選擇人員…
admin-choose-user-first = 請先選擇人員。
admin-choose-device = 選擇裝置…
admin-choose-device-first = 請先選擇裝置。
admin-choose-role = 選擇角色…
admin-no-devices-yet = 尚未註冊任何裝置
admin-unknown-user = 不明的使用者
admin-unknown-group = 不明的群組
admin-unknown-role = 不明的角色

admin-page-previous = 上一頁
admin-page-next = 下一頁
admin-page-number = 第 { $page } 頁

admin-duration-seconds = { $seconds } 秒
admin-duration-minutes = { $minutes } 分鐘
admin-duration-hours = { $hours } 小時 { $minutes } 分鐘
admin-duration-running = 目前已 { $duration }

## Table column headings

admin-column-name = 名稱
admin-column-email = 電子郵件
admin-column-job-title = 職稱
admin-column-company = 公司
admin-column-role = 角色
admin-column-status = 狀態
admin-column-actions = 動作
admin-column-description = 描述
admin-column-members = 成員
admin-column-created = 建立時間
admin-column-permissions = 權限
admin-column-member-groups = 授與對象
admin-column-scope = 範圍
admin-column-state = 狀態
admin-column-targets = 適用對象
admin-column-conditions = 條件
admin-column-grant = 結果
admin-column-device = 裝置
admin-column-platform = 作業系統
admin-column-primary-user = 主要使用者
admin-column-agent = 代理程式版本
admin-column-enrollment = 註冊
admin-column-compliance = 合規性
admin-column-last-check-in = 上次簽入
admin-column-uses = 已註冊裝置
admin-column-expires = 到期時間
admin-column-rules = 規則
admin-column-helper = 協助者
admin-column-sharer = 受助者
admin-column-access = 授與的存取權
admin-column-started = 開始時間
admin-column-duration = 持續時間
admin-column-outcome = 結束方式
admin-column-chat = 聊天訊息
admin-column-time = 時間
admin-column-actor = 執行者
admin-column-action = 動作
admin-column-target = 對象
admin-column-detail = 詳細資料

## Users

admin-users-title = 使用者
admin-users-intro = 您組織中可以登入 { -product-name } 的人員，以及其協助對象所看到的個人資料。
admin-users-search = 依姓名、電子郵件、職稱或公司搜尋
admin-users-search-label = 搜尋使用者
admin-users-pages = 使用者頁面
admin-users-search-summary =
    { $count ->
        [0] 此頁面上沒有符合「{ $term }」的使用者。
       *[other] 有 { $count } 位使用者符合「{ $term }」。
    }
admin-users-none-found = 沒有符合「{ $term }」的使用者。
admin-users-empty = 目前還沒有使用者。
admin-user-create = 建立使用者
admin-user-create-title = 建立使用者
admin-user-create-submit = 建立使用者
admin-user-created = 已建立 { $name }。
admin-user-job-title = 職稱（選用）
admin-user-company = 公司（選用）
admin-user-initial-password = 初始密碼（選用）
admin-user-initial-password-hint = 至少 12 個字元。若未設定，此人只能透過單一登入或復原連結登入。
admin-user-is-admin = 組織的系統管理員
admin-user-is-admin-hint = 無論其角色為何，系統管理員都可以執行所有動作。
admin-user-edit-title = 編輯 { $name }
admin-user-edit-label = 編輯 { $name }
admin-user-email-fixed = 電子郵件地址用於識別帳戶，無法在此變更。
admin-user-disabled = 已停用登入
admin-user-disabled-hint = 停用登入也會結束此人的工作階段，並撤銷其 API 權杖。
admin-user-new-password = 新密碼（選用）
admin-user-new-password-hint = 保留空白即可保留目前的密碼。設定新密碼會將此人從所有位置登出。
admin-user-saved = 已儲存對 { $name } 的變更。
admin-user-status-active = 使用中
admin-user-status-disabled = 已停用登入
admin-user-delete-label = 刪除 { $name }
admin-user-delete-title = 要刪除 { $name } 嗎？
admin-user-delete-text = 帳戶 { $email } 將被刪除，並從所有位置登出。此動作無法復原。
admin-user-delete-confirm = 刪除使用者
admin-user-deleted = 已刪除 { $name }。
admin-user-picture = 個人資料圖片
admin-user-picture-choose = 上傳圖片
admin-user-picture-remove = 移除圖片
admin-user-picture-hint = PNG 或 JPEG 影像，最大 256 KB。變更會立即生效；其協助對象在分享螢幕前會看到它。
admin-user-picture-uploading = 正在上傳圖片…
admin-user-picture-updated = 已更新 { $name } 的圖片。
admin-user-picture-removed = 已移除 { $name } 的圖片。

## Groups

admin-groups-title = 群組
admin-groups-intro = 群組用來集合人員和裝置。角色指派會將角色授與群組的成員，並作用於其他群組。
admin-groups-pages = 群組頁面
admin-groups-empty = 目前還沒有群組。建立群組即可將角色授與其成員。
admin-groups-back = 所有群組
admin-group-create = 建立群組
admin-group-create-title = 建立群組
admin-group-create-submit = 建立群組
admin-group-created = 已建立群組 { $name }。
admin-group-name = 群組名稱
admin-group-description = 描述（選用）
admin-group-description-hint = 群組的用途，例如「柏林的技術支援人員」。
admin-group-member-count =
    { $count ->
        [0] 沒有成員
       *[other] { $count } 位成員
    }
admin-group-manage-label = 管理群組 { $name }
admin-group-delete = 刪除群組
admin-group-delete-label = 刪除群組 { $name }
admin-group-delete-title = 要刪除群組 { $name } 嗎？
admin-group-delete-text = 其成員會保留帳戶，但會失去透過此群組的角色指派所取得的權限。此動作無法復原。
admin-group-delete-confirm = 刪除群組
admin-group-deleted = 已刪除群組 { $name }。
admin-group-detail-intro = 重新命名群組，並選擇其成員和裝置。
admin-group-details = 名稱和描述
admin-group-saved = 已儲存群組 { $name }。
admin-group-members = 成員
admin-group-no-members = 此群組還沒有成員。
admin-group-add-member = 新增成員
admin-group-add-member-label = 要新增的人員
admin-group-everyone-member = 所有人都已經是成員
admin-group-member-added = 已將 { $name } 新增至 { $group }。
admin-group-member-removed = 已將 { $name } 從 { $group } 移除。
admin-group-remove-member-label = 從群組中移除 { $name }
admin-group-devices = 裝置
admin-group-devices-intro = 範圍中包含此群組的角色指派，會作用於群組中的裝置。
admin-group-device-label = 裝置
admin-group-add-device = 新增至群組
admin-group-remove-device-label = 從群組中移除 { $device }
admin-group-no-devices = 此群組中還沒有裝置。
admin-group-device-added = 已將 { $device } 新增至 { $group }。
admin-group-device-removed = 已將 { $device } 從 { $group } 移除。

## Roles and role assignments

admin-roles-title = 角色
admin-roles-intro = 角色是一組權限。角色指派會將角色授與群組的成員，並作用於其範圍內的人員和裝置。
admin-roles-list = 角色
admin-roles-list-intro = 內建角色無法變更；您可以複製內建角色來建立自訂角色。
admin-roles-empty = 沒有任何角色。
admin-role-create = 建立角色
admin-role-create-title = 建立角色
admin-role-create-submit = 建立角色
admin-role-created = 已建立角色 { $name }。
admin-role-edit-title = 編輯角色 { $name }
admin-role-edit-label = 編輯角色 { $name }
admin-role-saved = 已儲存角色 { $name }。
admin-role-copy = 複製
admin-role-copy-label = 將角色 { $name } 複製為新角色
admin-role-copy-name = { $name }（複本）
admin-role-name = 角色名稱
admin-role-description = 描述（選用）
admin-role-built-in = 內建
admin-role-no-permissions = 沒有權限
admin-role-delete-label = 刪除角色 { $name }
admin-role-delete-title = 要刪除角色 { $name } 嗎？
admin-role-delete-text = 只能刪除未被任何指派使用的角色。此動作無法復原。
admin-role-delete-confirm = 刪除角色
admin-role-deleted = 已刪除角色 { $name }。

admin-perm-group-remote-help = 遠端協助
admin-perm-group-reading = 讀取
admin-perm-group-administration = 管理
admin-perm-offer = 提供遠端協助
admin-perm-offer-hint = 與範圍內的人員開始遠端協助工作階段。
admin-perm-view-screen = 檢視螢幕
admin-perm-view-screen-hint = 查看範圍內人員的螢幕。
admin-perm-full-control = 完全控制
admin-perm-full-control-hint = 在對方同意的情況下，使用範圍內人員的滑鼠和鍵盤。
admin-perm-elevation = 提高權限
admin-perm-elevation-hint = 保留供日後版本使用：在對方的裝置上以提高的權限執行。
admin-perm-read = 讀取裝置和報告
admin-perm-read-hint = 查看裝置清查、即時工作階段和工作階段報告。
admin-perm-manage-users = 管理使用者和群組
admin-perm-manage-users-hint = 建立、變更和刪除使用者和群組，以及其圖片和第二重驗證方式。
admin-perm-manage-roles = 管理角色
admin-perm-manage-roles-hint = 建立和變更角色及角色指派。
admin-perm-manage-devices = 管理裝置
admin-perm-manage-devices-hint = 建立註冊權杖，以及淘汰和刪除裝置。
admin-perm-manage-settings = 管理設定
admin-perm-manage-settings-hint = 變更組織的設定和已驗證網域，以及停止即時工作階段。
admin-perm-manage-policies = 管理原則
admin-perm-manage-policies-hint = 建立和變更條件式存取原則與合規性原則。
admin-perm-read-audit = 讀取稽核記錄
admin-perm-read-audit-hint = 查看和匯出每一筆記錄的變更和登入。
admin-perm-create-api-tokens = 建立 API 權杖
admin-perm-create-api-tokens-hint = 為以持有者本身權限執行的指令碼建立權杖。除非另行設定，權杖會在 90 天後到期 (最長一年)。

admin-assignments-title = 角色指派
admin-assignments-intro = 誰取得哪個角色，以及作用於哪些對象。
admin-assignments-empty = 目前還沒有角色指派。沒有角色指派時，只有系統管理員可以協助他人。
admin-assignment-create = 建立指派
admin-assignment-create-title = 建立角色指派
admin-assignment-create-submit = 建立指派
admin-assignment-created = 已建立指派 { $name }。
admin-assignment-edit-title = 編輯指派 { $name }
admin-assignment-edit-label = 編輯指派 { $name }
admin-assignment-saved = 已儲存指派 { $name }。
admin-assignment-name = 指派名稱
admin-assignment-name-hint = 例如「技術支援部協助財務部」。
admin-assignment-role = 角色
admin-assignment-members = 將角色授與下列群組的成員
admin-assignment-members-hint = 也就是協助者：這些群組中的每個人都會取得此角色。
admin-assignment-no-groups = 目前還沒有群組。請先建立群組。
admin-assignment-scope = 範圍
admin-assignment-scope-hint = 此角色可作用的人員和裝置。
admin-assignment-scope-groups = 這些群組中的人員和裝置
admin-assignment-scope-groups-hint = 所選群組的成員和裝置。
admin-assignment-needs-members = 請至少選擇一個要授與角色的群組。
admin-assignment-needs-scope = 請選擇角色的作用範圍：所有使用者、所有裝置或群組。
admin-assignment-delete-label = 刪除指派 { $name }
admin-assignment-delete-title = 要刪除指派 { $name } 嗎？
admin-assignment-delete-text = 其群組的成員會立即失去透過此指派取得的角色。此動作無法復原。
admin-assignment-delete-confirm = 刪除指派
admin-assignment-deleted = 已刪除指派 { $name }。
admin-scope-all-users = 所有使用者
admin-scope-all-users-hint = 組織中的每個人。
admin-scope-all-devices = 所有裝置
admin-scope-all-devices-hint = 組織中每一部已註冊的裝置。

## Conditional access

admin-policies-title = 條件式存取
admin-policies-intro = 原則決定協助者是否可以使用主控台，會在其登入時以及開始工作階段時檢查。拒絕時會指出是哪個原則。
admin-policies-list = 原則
admin-policies-empty = 沒有任何條件式存取原則。每個可以登入的協助者都能使用主控台。
admin-policy-create = 建立原則
admin-policy-create-title = 建立條件式存取原則
admin-policy-create-submit = 建立原則
admin-policy-created = 已建立原則 { $name }。
admin-policy-edit-title = 編輯原則 { $name }
admin-policy-edit-label = 編輯原則 { $name }
admin-policy-saved = 已儲存原則 { $name }。
admin-policy-delete-label = 刪除原則 { $name }
admin-policy-delete-title = 要刪除原則 { $name } 嗎？
admin-policy-delete-text = 此原則會立即停止套用。此動作無法復原。
admin-policy-delete-confirm = 刪除原則
admin-policy-deleted = 已刪除原則 { $name }。
admin-policy-name = 原則名稱
admin-policy-name-hint = 協助者被此原則拒絕時會看到名稱，因此請說明原因，例如「辦公室外需要第二重驗證」。
admin-policy-state = 狀態
admin-policy-state-enabled = 已啟用
admin-policy-state-enabled-hint = 強制執行此原則。
admin-policy-state-report-only = 僅限報告
admin-policy-state-report-only-hint = 會評估此原則，並將其原本會執行的動作寫入稽核記錄，但絕不會拒絕任何人。建議先以此方式試用新原則。
admin-policy-state-disabled = 已停用
admin-policy-state-disabled-hint = 忽略此原則。
admin-policy-targets = 適用對象
admin-policy-targets-hint = 此原則針對的協助者。
admin-policy-all-users = 所有使用者
admin-policy-users = 下列人員
admin-policy-groups = 下列群組的成員
admin-policy-needs-targets = 請選擇原則的適用對象：所有使用者、人員或群組。
admin-policy-conditions = 條件
admin-policy-conditions-hint = 只有在此處設定的所有條件都成立時，原則才會套用。保留空白則一律套用。
admin-policy-inside = 用戶端位址位於下列其中一個網路中
admin-policy-inside-hint = 每行一個以 CIDR 表示法寫成的範圍，例如 10.0.0.0/8 或 2001:db8::/32。
admin-policy-outside = 用戶端位址不在下列任何網路中
admin-policy-outside-hint = 用於在辦公室以外套用的規則。每行一個範圍。
admin-policy-network-invalid = 「{ $value }」不是網路範圍。請以 192.168.0.0/16 這樣的格式填寫。
admin-policy-second-factor = 登入時的第二重驗證
admin-policy-second-factor-any = 皆可
admin-policy-second-factor-yes = 已使用第二重驗證
admin-policy-second-factor-no = 未使用第二重驗證
admin-policy-grant = 結果
admin-policy-grant-allow = 允許
admin-policy-grant-allow-hint = 會記錄在稽核記錄中；其他原則仍可能拒絕。
admin-policy-grant-block = 封鎖
admin-policy-grant-block-hint = 拒絕登入主控台和開始工作階段。
admin-policy-grant-second-factor = 要求第二重驗證
admin-policy-grant-second-factor-hint = 只允許使用第二重驗證的登入。
admin-policy-lockout-warning = 請小心不要將自己鎖定在外：封鎖您的原則會從您下次登入時生效。請先使用「僅限報告」檢查原則。
admin-policy-when-inside = 位於 { $networks } 內
admin-policy-when-outside = 位於 { $networks } 外
admin-policy-when-second-factor = 已使用第二重驗證
admin-policy-when-no-second-factor = 未使用第二重驗證
admin-policy-always = 一律

## Devices

admin-devices-title = 裝置
admin-devices-intro = 透過 { -product-name } 應用程式註冊的裝置，包括其最近回報的資訊，以及是否符合您的合規性原則。
admin-devices-enroll-link = 註冊裝置
admin-devices-filters = 篩選裝置
admin-devices-search = 搜尋
admin-devices-search-hint = 主機名稱、序號、型號或主要使用者。
admin-devices-platform = 作業系統
admin-devices-compliance = 合規性
admin-devices-state = 註冊
admin-devices-pages = 裝置頁面
admin-devices-empty = 尚未註冊任何裝置。請建立註冊權杖來註冊第一批裝置。
admin-devices-none-match = 沒有符合這些篩選條件的裝置。
admin-devices-back = 所有裝置
admin-device-remote-help = 新增遠端協助工作階段
admin-device-unnamed = 未命名的裝置
admin-device-compliant = 符合規範
admin-device-not-compliant = 不符合規範
admin-device-failing-count =
    { $count ->
       *[other] { $count } 條規則未通過
    }
admin-device-state-active = 已註冊
admin-device-state-retired = 已淘汰
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = 未回報
admin-device-details = 詳細資料
admin-device-host-name = 主機名稱
admin-device-model = 型號
admin-device-serial = 序號
admin-device-agent-version = 代理程式版本
admin-device-disk = 磁碟加密
admin-device-disk-encrypted = 已加密
admin-device-disk-not-encrypted = 未加密
admin-device-enrolled-at = 註冊時間
admin-device-id = 裝置識別碼
admin-device-compliance = 合規性
admin-device-meets-all = 此裝置符合您合規性原則中的所有規則。
admin-device-failing-intro = 未符合下列規則：
admin-device-policies-link = 檢閱合規性原則
admin-device-retire = 淘汰裝置
admin-device-retire-title = 要淘汰 { $name } 嗎？
admin-device-retire-text = 其認證會立即失效：裝置將無法再簽入，也無法在有人要求在其上提供協助時證明自己的身分。裝置會保留在清單中，並標示為已淘汰。
admin-device-retire-confirm = 淘汰裝置
admin-device-retired = 已淘汰 { $name }。
admin-device-delete = 刪除裝置
admin-device-delete-title = 要刪除 { $name } 嗎？
admin-device-delete-text = 裝置及其歷程記錄會從清查中移除。若要再次使用，請重新註冊。此動作無法復原。
admin-device-delete-confirm = 刪除裝置

## Enrollment tokens

admin-tokens-title = 註冊權杖
admin-tokens-intro = 裝置會使用您在此建立的權杖進行註冊。每個權杖的有效時間和可註冊的裝置數量都有限制。
admin-tokens-list = 權杖
admin-tokens-empty = 目前還沒有註冊權杖。
admin-token-create = 建立權杖
admin-token-create-title = 建立註冊權杖
admin-token-create-submit = 建立權杖
admin-token-created = 已建立權杖 { $name }。
admin-token-name = 名稱
admin-token-name-hint = 權杖的使用場合，例如「柏林辦公室筆記型電腦」。
admin-token-hours = 有效時間（小時）
admin-token-hours-hint = 1 到 720 小時（30 天）。
admin-token-max-uses = 可註冊的裝置數
admin-token-max-uses-hint = 1 到 10,000。
admin-token-shown-once = 請立即複製此權杖。它只會顯示一次；若遺失，請撤銷它並建立新的權杖。
admin-token-secret = 權杖「{ $name }」
admin-token-secret-hint = 註冊裝置時將它提供給 { -product-name } 應用程式（assist-agent enroll）。在權杖到期或遭撤銷之前，任何持有它的人都能將裝置註冊到您的組織。
admin-token-copy-label = 複製權杖
admin-token-copied = 已將權杖複製到剪貼簿。
admin-token-copy-failed = 無法複製權杖。請選取它並自行複製。
admin-token-active = 使用中
admin-token-revoked = 已撤銷
admin-token-expired = 已過期
admin-token-used-up = 已用完
admin-token-uses = { $uses }/{ $max }
admin-token-revoke-label = 撤銷權杖 { $name }
admin-token-revoke-title = 要撤銷權杖 { $name } 嗎？
admin-token-revoke-text = 裝置將無法再使用它註冊。已透過它註冊的裝置會維持註冊狀態。
admin-token-revoke-confirm = 撤銷權杖
admin-token-revoked-done = 已撤銷權杖 { $name }。

## Compliance policies

admin-compliance-title = 合規性原則
admin-compliance-intro = 已註冊裝置必須符合的規則。未符合任一規則的裝置會標示為不符合規範，協助者在該裝置上提供協助前會收到警告。
admin-compliance-list = 原則
admin-compliance-empty = 沒有任何合規性原則，因此所有裝置都視為符合規範。
admin-compliance-create = 建立原則
admin-compliance-create-title = 建立合規性原則
admin-compliance-create-submit = 建立原則
admin-compliance-created = 已建立原則 { $name }。已重新檢查裝置。
admin-compliance-edit-title = 編輯原則 { $name }
admin-compliance-edit-label = 編輯原則 { $name }
admin-compliance-saved = 已儲存原則 { $name }。已重新檢查裝置。
admin-compliance-delete-label = 刪除原則 { $name }
admin-compliance-delete-title = 要刪除原則 { $name } 嗎？
admin-compliance-delete-text = 其規則將停止套用，並會重新檢查裝置。此動作無法復原。
admin-compliance-delete-confirm = 刪除原則
admin-compliance-deleted = 已刪除原則 { $name }。
admin-compliance-name = 原則名稱
admin-compliance-name-hint = 會與每條未通過的規則一起顯示，例如「基準安全性」。
admin-compliance-os-legend = 最低作業系統版本
admin-compliance-os-hint = 若平台保留空白，則接受任何版本。
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = 例如 14.2.1
admin-compliance-version-invalid = 請以點分隔的數字填寫版本，例如 14.2.1。
admin-compliance-other-legend = 其他規則
admin-compliance-min-agent = 最低 { -product-name } 應用程式版本
admin-compliance-max-days = 距上次簽入的最多天數
admin-compliance-max-days-hint = 1 到 365。保留空白表示不限制。
admin-compliance-disk = 要求磁碟加密
admin-compliance-disk-hint = 系統磁碟必須加密（BitLocker、FileVault、LUKS）。
admin-rule-min-os = { $platform } { $version } 或更新版本
admin-rule-min-agent = 應用程式 { $version } 或更新版本
admin-rule-check-in =
    { $days ->
        [1] 過去一天內已簽入
       *[other] 過去 { $days } 天內已簽入
    }
admin-rule-disk = 磁碟已加密
admin-rule-none = 沒有規則

## Settings

admin-settings-title = 設定
admin-settings-intro = 遠端協助在您組織中的運作方式。每項變更都會記錄在稽核記錄中。
admin-settings-organisation = 組織
admin-settings-name-hint = 當協助者的個人資料中未填寫公司時，會向受助者顯示此名稱。
admin-settings-remote-help-heading = 遠端協助
admin-settings-remote-help = 允許遠端協助
admin-settings-remote-help-hint = 只有開啟此選項時，協助者才能開始工作階段。關閉此選項也會結束進行中的工作階段。
admin-settings-unenrolled = 允許在未註冊的裝置上提供協助
admin-settings-unenrolled-hint = 讓使用者能從網頁瀏覽器或未註冊的裝置分享螢幕。協助者仍會收到裝置不明的警告。
admin-settings-chat = 工作階段期間聊天
admin-settings-chat-hint = 協助者與受助者可以互傳訊息。訊息會隨工作階段報告一起保存。
admin-settings-limits = 代碼和報告
admin-settings-code-lifetime = 安全性代碼有效時間（分鐘）
admin-settings-code-lifetime-hint = 協助者唸出的代碼保持有效的時間：{ $min } 到 { $max } 分鐘。
admin-settings-retention = 工作階段報告保留期（天）
admin-settings-retention-hint = 較舊的報告及其聊天內容會被刪除：{ $min } 到 { $max } 天。
admin-settings-save = 儲存設定
admin-settings-saved = 已儲存設定。
admin-settings-updated-at = 上次變更時間：{ $time }。
admin-settings-defaults = 這些是預設設定，從未變更過。

## Live sessions

admin-live-title = 即時工作階段
admin-live-intro = 尚未結束的遠端協助工作階段。清單每隔幾秒會重新整理一次。
admin-live-list = 進行中的工作階段
admin-live-empty = 沒有進行中的工作階段。
admin-live-updated = 更新時間：{ $time }
admin-live-count =
    { $count ->
        [0] 沒有進行中的工作階段。
       *[other] 有 { $count } 個工作階段正在進行中。
    }
admin-live-not-joined = 尚未加入
admin-live-nobody = 尚無人加入
admin-live-state-waiting = 正在等候代碼
admin-live-state-joined = 已加入
admin-live-state-requested = 正在要求存取
admin-live-state-active = 分享中
admin-live-state-ended = 已結束
admin-live-revoke-label = 撤銷 { $helper } 與 { $sharer } 的工作階段
admin-live-revoke-title = 要停止此工作階段嗎？
admin-live-revoke-text = { $helper } 與 { $sharer } 的工作階段會立即對雙方結束。
admin-live-revoke-confirm = 停止工作階段
admin-live-revoked = 已停止 { $helper } 的工作階段。

## Session reports

admin-reports-title = 工作階段報告
admin-reports-intro = 每個遠端協助工作階段：誰在哪部裝置上協助了誰、授與了哪些存取權，以及如何結束。
admin-reports-filters = 篩選工作階段報告
admin-reports-export-label = 將符合篩選條件的工作階段報告匯出為 CSV
admin-reports-helper = 協助者
admin-reports-sharer = 受助者
admin-reports-device = 裝置
admin-reports-end-reason = 結束方式
admin-reports-from = 開始時間不早於
admin-reports-to = 開始時間早於
admin-reports-pages = 工作階段報告頁面
admin-reports-empty = 目前還沒有工作階段報告。
admin-reports-none-match = 沒有符合這些篩選條件的工作階段。
admin-reports-back = 所有工作階段報告
admin-report-open-label = { $helper } 於 { $time } 開始的工作階段
admin-report-title = { $helper } 協助 { $sharer }
admin-report-title-alone = { $helper } 的工作階段
admin-report-started = 開始時間：{ $time }
admin-report-details = 詳細資料
admin-report-client = 分享方式
admin-report-joined = 加入時間
admin-report-ended = 結束時間
admin-report-id = 工作階段識別碼
admin-report-no-device = 沒有裝置
admin-report-mode-control = 完全控制
admin-report-mode-view = 僅檢視
admin-report-mode-none = 無
admin-report-transcript = 聊天記錄
admin-report-transcript-count =
    { $count ->
        [0] 聊天記錄
       *[other] 聊天記錄（{ $count } 則訊息）
    }
admin-report-no-chat = 此工作階段中沒有聊天訊息。
admin-role-helper = 協助者
admin-role-sharer = 受助者
admin-client-agent = { -product-name } 應用程式
admin-client-web = 網頁瀏覽器

admin-end-helper-left = 協助者結束
admin-end-sharer-left = 受助者結束
admin-end-helper-disconnected = 協助者連線中斷
admin-end-sharer-disconnected = 受助者連線中斷
admin-end-code-expired = 代碼過期未使用
admin-end-declined-timeout = 要求未獲回應
admin-end-revoked = 由系統管理員停止
admin-end-policy = 因組織規則停止
admin-end-access-withdrawn = 已停止：存取權已撤銷

## Audit log

admin-audit-title = 稽核記錄
admin-audit-intro = 所有變更、登入和工作階段事件，最新的排在最前面。記錄只能附加，其雜湊鏈可偵測竄改。
admin-audit-filters = 篩選稽核記錄
admin-audit-export-label = 將符合篩選條件的稽核事件匯出為 CSV
admin-audit-actor = 執行者
admin-audit-action = 動作
admin-audit-action-hint = 例如 user.created 或 settings.updated。
admin-audit-since = 起始時間
admin-audit-until = 早於
admin-audit-pages = 稽核事件頁面
admin-audit-empty = 稽核記錄是空的。
admin-audit-none-match = 沒有符合這些篩選條件的事件。
admin-audit-show-detail = 顯示詳細資料
admin-actor-cli = 伺服器命令列
admin-actor-setup-link = 設定連結
admin-actor-sso = 單一登入
admin-actor-anonymous = 未登入

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = 從這裡開始
admin-start-title = 開始使用
admin-start-intro = 第一次遠端協助工作階段之前需要確定的三件事。每一項以後都可以變更。
admin-start-done = 已完成
admin-start-todo = 待完成
admin-start-settings-needed = 變更此項需要管理設定的權限。請洽詢擁有該權限的系統管理員。
admin-start-remote-heading = 開啟遠端協助
admin-start-remote-off = 遠端協助已關閉，因此目前還沒有人能開始工作階段。
admin-start-remote-on = 遠端協助已開啟：協助者可以開始工作階段。
admin-start-remote-enable = 開啟遠端協助
admin-start-remote-turned-on = 遠端協助現已開啟。
admin-start-browser-heading = 從網頁瀏覽器分享
admin-start-browser-allowed = 已允許
admin-start-browser-not-allowed = 未允許
admin-start-browser-explain = 網頁瀏覽器無法證明自己在哪台電腦上執行，因此會被視為未註冊的裝置。允許在未註冊的裝置上提供協助後，使用者不必安裝任何東西即可從瀏覽器分享畫面。此時協助者只能檢視畫面，無法控制，並會收到裝置不明的警告。
admin-start-browser-off = 目前未允許：只有已註冊裝置上的 { -product-name } 應用程式可以分享。在瀏覽器中開啟分享頁面並輸入代碼的人會被拒絕。
admin-start-browser-on = 目前已允許：使用者可以從瀏覽器或未註冊的裝置分享畫面。
admin-start-browser-allow = 允許從瀏覽器分享
admin-start-browser-stop = 停止從瀏覽器分享
admin-start-browser-allowed-now = 現在允許從瀏覽器分享。
admin-start-browser-stopped = 不再允許從瀏覽器分享。
admin-start-helpers-heading = 指定協助者
admin-start-helpers-none = 目前還沒有人能提供遠端協助。
admin-start-helpers-count =
    { $count ->
       *[other] { $count } 人可以提供遠端協助。
    }
admin-start-helpers-explain = 協助者為組織中的每個人提供遠端協助。選取人員後選取「指定協助者」：他們會加入群組 { $group }，該群組擁有針對所有使用者的 Help Desk Operator 角色。
admin-start-helpers-pick = 要指定為協助者的人員
admin-start-helpers-nobody = 這裡的每個人都已是協助者。若要新增其他人，請建立使用者。
admin-start-helpers-roles-needed = 第一次指定協助者時還會為群組 { $group } 指派角色，這需要管理角色的權限。請洽詢擁有該權限的系統管理員。
admin-start-helpers-submit = 指定協助者
admin-start-helpers-choose = 請至少選取一人。
admin-start-helpers-made =
    { $count ->
       *[other] { $count } 人現在是群組 { $group } 中的協助者。
    }
admin-start-create-user = 建立使用者
admin-start-first-heading = 您的第一次工作階段
admin-start-not-ready = 完成上述步驟後：
admin-start-ready = 第一次工作階段已準備就緒：
admin-start-first-helper = 協助者登入，開啟「{ $page }」，開始新的遠端協助工作階段，並取得一組安全性代碼：
admin-start-first-sharer = 需要協助的人登入，開啟此頁面並輸入該代碼：
admin-user-role = 角色
admin-user-role-member = 成員
admin-user-role-member-hint = 登入、要求協助並分享自己的畫面。
admin-user-role-helper = 協助者
admin-user-role-helper-hint = 以群組 { $group } 成員的身分，為組織中的每個人提供遠端協助。
admin-user-role-administrator = 系統管理員
admin-user-created-helper = 已建立 { $name }，現在可以提供遠端協助。
