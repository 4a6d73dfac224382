# Messages of the admin console (/admin), Simplified Chinese. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = 管理控制台 – { -product-name }
admin-page-title = { $section } – 管理控制台 – { $organisation }
admin-console-name = 管理控制台
admin-back-home = 返回主页
admin-nav-label = 管理控制台
admin-nav-group-people = 人员
admin-nav-group-access = 访问
admin-nav-group-devices = 设备
admin-nav-group-organisation = 组织
admin-nav-group-activity = 活动

admin-denied-title = 无访问权限 – { -product-name }
admin-denied-heading = 你无权使用管理控制台
admin-denied-text = 你的帐户可以使用 { -product-name }，但无权管理你的组织。
admin-denied-help = 如果你需要管理用户、设备或设置，请让组织的管理员为你分配具有相应权限的角色。

## Shared words

admin-save = 保存
admin-cancel = 取消
admin-done = 完成
admin-edit = 编辑
admin-delete = 删除
admin-remove = 移除
admin-revoke = 吊销
admin-manage = 管理
admin-copy = 复制
admin-refresh = 刷新
admin-search = 搜索
admin-apply-filters = 应用筛选器
admin-clear-filters = 清除筛选器
admin-export-csv = 导出 CSV
admin-filter-any = 任意
admin-filter-anyone = 任何人
admin-filter-any-device = 任意设备
admin-not-set = 未设置
admin-never = 从未
admin-no-changes = 没有要保存的内容：未更改任何字段。
admin-name-taken = 此名称已被使用。请选择其他名称。
admin-number-range = 请输入 { $min } 到 { $max } 之间的整数。
admin-error-refused = 服务器拒绝了此操作：{ $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = 你无法使用此部分：它需要对整个组织（所有用户和所有设备）的“{ $permission }”权限，而你的角色没有授予这么大的范围。
admin-section-denied-ask = 请让 { $organisation } 的管理员在整个组织范围内授予你此权限。
admin-choose-user = 选择人员…
admin-choose-user-first = 请先选择人员。
admin-choose-device = 选择设备…
admin-choose-device-first = 请先选择设备。
admin-choose-role = 选择角色…
admin-no-devices-yet = 尚未注册任何设备
admin-unknown-user = 未知用户
admin-unknown-group = 未知组
admin-unknown-role = 未知角色

admin-page-previous = 上一页
admin-page-next = 下一页
admin-page-number = 第 { $page } 页

admin-duration-seconds = { $seconds } 秒
admin-duration-minutes = { $minutes } 分钟
admin-duration-hours = { $hours } 小时 { $minutes } 分钟
admin-duration-running = 目前已 { $duration }

## Table column headings

admin-column-name = 名称
admin-column-email = 电子邮件
admin-column-job-title = 职务
admin-column-company = 公司
admin-column-role = 角色
admin-column-status = 状态
admin-column-actions = 操作
admin-column-description = 说明
admin-column-members = 成员
admin-column-created = 创建时间
admin-column-permissions = 权限
admin-column-member-groups = 授予对象
admin-column-scope = 作用范围
admin-column-state = 状态
admin-column-targets = 适用对象
admin-column-conditions = 条件
admin-column-grant = 结果
admin-column-device = 设备
admin-column-platform = 操作系统
admin-column-primary-user = 主要用户
admin-column-agent = 代理版本
admin-column-enrollment = 注册
admin-column-compliance = 合规性
admin-column-last-check-in = 上次签入
admin-column-uses = 已注册设备
admin-column-expires = 过期时间
admin-column-rules = 规则
admin-column-helper = 协助者
admin-column-sharer = 受助者
admin-column-access = 授予的访问权限
admin-column-started = 开始时间
admin-column-duration = 持续时间
admin-column-outcome = 结束方式
admin-column-chat = 聊天消息
admin-column-time = 时间
admin-column-actor = 执行者
admin-column-action = 操作
admin-column-target = 对象
admin-column-detail = 详细信息

## Users

admin-users-title = 用户
admin-users-intro = 你的组织中可以登录 { -product-name } 的人员，以及受助者所看到的他们的个人资料。
admin-users-search = 按姓名、电子邮件、职务或公司搜索
admin-users-search-label = 搜索用户
admin-users-pages = 用户页
admin-users-search-summary =
    { $count ->
        [0] 此页上没有与“{ $term }”匹配的用户。
       *[other] 有 { $count } 个用户与“{ $term }”匹配。
    }
admin-users-none-found = 没有与“{ $term }”匹配的用户。
admin-users-empty = 还没有任何用户。
admin-user-create = 创建用户
admin-user-create-title = 创建用户
admin-user-create-submit = 创建用户
admin-user-created = 已创建 { $name }。
admin-user-job-title = 职务（可选）
admin-user-company = 公司（可选）
admin-user-initial-password = 初始密码（可选）
admin-user-initial-password-hint = 至少 12 个字符。如果不设置，此人只能通过单一登录或恢复链接登录。
admin-user-is-admin = 组织管理员
admin-user-is-admin-hint = 无论分配了什么角色，管理员都可以执行所有操作。
admin-user-edit-title = 编辑 { $name }
admin-user-edit-label = 编辑 { $name }
admin-user-email-fixed = 电子邮件地址用于标识帐户，无法在此处更改。
admin-user-disabled = 已禁止登录
admin-user-disabled-hint = 禁止登录还会结束此人的会话并吊销其 API 令牌。
admin-user-new-password = 新密码（可选）
admin-user-new-password-hint = 留空则保留当前密码。设置新密码会将此人从所有位置注销。
admin-user-saved = 已保存对 { $name } 的更改。
admin-user-status-active = 活动
admin-user-status-disabled = 已禁止登录
admin-user-delete-label = 删除 { $name }
admin-user-delete-title = 删除 { $name }？
admin-user-delete-text = 帐户 { $email } 将被删除，并从所有位置注销。此操作无法撤消。
admin-user-delete-confirm = 删除用户
admin-user-deleted = 已删除 { $name }。
admin-user-picture = 个人资料图片
admin-user-picture-choose = 上传图片
admin-user-picture-remove = 删除图片
admin-user-picture-hint = PNG 或 JPEG 图像，最大 256 KB。更改立即生效；受助者在共享屏幕之前会看到它。
admin-user-picture-uploading = 正在上传图片…
admin-user-picture-updated = 已更新 { $name } 的图片。
admin-user-picture-removed = 已删除 { $name } 的图片。

## Groups

admin-groups-title = 组
admin-groups-intro = 组用于汇集人员和设备。角色分配将角色授予组的成员，作用于其他组。
admin-groups-pages = 组页
admin-groups-empty = 还没有任何组。创建一个组，以便向其成员授予角色。
admin-groups-back = 所有组
admin-group-create = 创建组
admin-group-create-title = 创建组
admin-group-create-submit = 创建组
admin-group-created = 已创建组 { $name }。
admin-group-name = 组名
admin-group-description = 说明（可选）
admin-group-description-hint = 组的用途，例如“柏林的技术支持人员”。
admin-group-member-count =
    { $count ->
        [0] 没有成员
       *[other] { $count } 个成员
    }
admin-group-manage-label = 管理组 { $name }
admin-group-delete = 删除组
admin-group-delete-label = 删除组 { $name }
admin-group-delete-title = 删除组 { $name }？
admin-group-delete-text = 其成员将保留帐户，但会失去通过此组的角色分配获得的权限。此操作无法撤消。
admin-group-delete-confirm = 删除组
admin-group-deleted = 已删除组 { $name }。
admin-group-detail-intro = 重命名组，并选择其成员和设备。
admin-group-details = 名称和说明
admin-group-saved = 已保存组 { $name }。
admin-group-members = 成员
admin-group-no-members = 此组还没有成员。
admin-group-add-member = 添加成员
admin-group-add-member-label = 要添加的人员
admin-group-everyone-member = 所有人都已是成员
admin-group-member-added = 已将 { $name } 添加到 { $group }。
admin-group-member-removed = 已将 { $name } 从 { $group } 中移除。
admin-group-remove-member-label = 从组中移除 { $name }
admin-group-devices = 设备
admin-group-devices-intro = 作用范围中包含此组的角色分配会作用于组中的设备。
admin-group-device-label = 设备
admin-group-add-device = 添加到组
admin-group-remove-device-label = 从组中移除 { $device }
admin-group-no-devices = 此组中还没有设备。
admin-group-device-added = 已将 { $device } 添加到 { $group }。
admin-group-device-removed = 已将 { $device } 从 { $group } 中移除。

## Roles and role assignments

admin-roles-title = 角色
admin-roles-intro = 角色是一组权限。角色分配将角色授予组的成员，作用于其作用范围内的人员和设备。
admin-roles-list = 角色
admin-roles-list-intro = 内置角色无法更改；可以复制一个内置角色来创建自定义角色。
admin-roles-empty = 没有任何角色。
admin-role-create = 创建角色
admin-role-create-title = 创建角色
admin-role-create-submit = 创建角色
admin-role-created = 已创建角色 { $name }。
admin-role-edit-title = 编辑角色 { $name }
admin-role-edit-label = 编辑角色 { $name }
admin-role-saved = 已保存角色 { $name }。
admin-role-copy = 复制
admin-role-copy-label = 将角色 { $name } 复制为新角色
admin-role-copy-name = { $name }（副本）
admin-role-name = 角色名称
admin-role-description = 说明（可选）
admin-role-built-in = 内置
admin-role-no-permissions = 无权限
admin-role-delete-label = 删除角色 { $name }
admin-role-delete-title = 删除角色 { $name }？
admin-role-delete-text = 只能删除未被任何分配使用的角色。此操作无法撤消。
admin-role-delete-confirm = 删除角色
admin-role-deleted = 已删除角色 { $name }。

admin-perm-group-remote-help = 远程协助
admin-perm-group-reading = 读取
admin-perm-group-administration = 管理
admin-perm-offer = 提供远程协助
admin-perm-offer-hint = 与作用范围内的人员开始远程协助会话。
admin-perm-view-screen = 查看屏幕
admin-perm-view-screen-hint = 查看作用范围内人员的屏幕。
admin-perm-full-control = 完全控制
admin-perm-full-control-hint = 在对方同意的情况下，使用作用范围内人员的鼠标和键盘。
admin-perm-elevation = 提升权限
admin-perm-elevation-hint = 保留给以后的版本：在对方设备上以提升的权限运行。
admin-perm-read = 读取设备和报告
admin-perm-read-hint = 查看设备清单、实时会话和会话报告。
admin-perm-manage-users = 管理用户和组
admin-perm-manage-users-hint = 创建、更改和删除用户和组，以及其图片和第二重验证方式。
admin-perm-manage-roles = 管理角色
admin-perm-manage-roles-hint = 创建和更改角色及角色分配。
admin-perm-manage-devices = 管理设备
admin-perm-manage-devices-hint = 创建注册令牌，停用和删除设备。
admin-perm-manage-settings = 管理设置
admin-perm-manage-settings-hint = 更改组织的设置和已验证的域，并停止实时会话。
admin-perm-manage-policies = 管理策略
admin-perm-manage-policies-hint = 创建和更改条件访问策略和合规性策略。
admin-perm-read-audit = 读取审核日志
admin-perm-read-audit-hint = 查看和导出所有已记录的更改和登录。
admin-perm-create-api-tokens = 创建 API 令牌
admin-perm-create-api-tokens-hint = 为以持有者自身权限运行的脚本创建令牌。除非另行设置，令牌在 90 天后过期（最长一年）。

admin-assignments-title = 角色分配
admin-assignments-intro = 谁获得哪个角色，以及作用于哪些对象。
admin-assignments-empty = 还没有任何角色分配。没有角色分配时，只有管理员可以为他人提供协助。
admin-assignment-create = 创建分配
admin-assignment-create-title = 创建角色分配
admin-assignment-create-submit = 创建分配
admin-assignment-created = 已创建分配 { $name }。
admin-assignment-edit-title = 编辑分配 { $name }
admin-assignment-edit-label = 编辑分配 { $name }
admin-assignment-saved = 已保存分配 { $name }。
admin-assignment-name = 分配名称
admin-assignment-name-hint = 例如“技术支持部协助财务部”。
admin-assignment-role = 角色
admin-assignment-members = 将角色授予以下组的成员
admin-assignment-members-hint = 即协助者：这些组中的每个人都会获得该角色。
admin-assignment-no-groups = 还没有任何组。请先创建组。
admin-assignment-scope = 作用范围
admin-assignment-scope-hint = 该角色可作用的人员和设备。
admin-assignment-scope-groups = 这些组中的人员和设备
admin-assignment-scope-groups-hint = 所选组的成员和设备。
admin-assignment-needs-members = 请至少选择一个要授予角色的组。
admin-assignment-needs-scope = 请选择角色的作用范围：所有用户、所有设备或组。
admin-assignment-delete-label = 删除分配 { $name }
admin-assignment-delete-title = 删除分配 { $name }？
admin-assignment-delete-text = 其所含组的成员将立即失去通过此分配获得的角色。此操作无法撤消。
admin-assignment-delete-confirm = 删除分配
admin-assignment-deleted = 已删除分配 { $name }。
admin-scope-all-users = 所有用户
admin-scope-all-users-hint = 组织中的每个人。
admin-scope-all-devices = 所有设备
admin-scope-all-devices-hint = 组织中每台已注册的设备。

## Conditional access

admin-policies-title = 条件访问
admin-policies-intro = 策略决定协助者是否可以使用控制台，在其登录时以及开始会话时进行检查。拒绝时会注明相应的策略。
admin-policies-list = 策略
admin-policies-empty = 没有任何条件访问策略。每个可以登录的协助者都可以使用控制台。
admin-policy-create = 创建策略
admin-policy-create-title = 创建条件访问策略
admin-policy-create-submit = 创建策略
admin-policy-created = 已创建策略 { $name }。
admin-policy-edit-title = 编辑策略 { $name }
admin-policy-edit-label = 编辑策略 { $name }
admin-policy-saved = 已保存策略 { $name }。
admin-policy-delete-label = 删除策略 { $name }
admin-policy-delete-title = 删除策略 { $name }？
admin-policy-delete-text = 该策略将立即停止生效。此操作无法撤消。
admin-policy-delete-confirm = 删除策略
admin-policy-deleted = 已删除策略 { $name }。
admin-policy-name = 策略名称
admin-policy-name-hint = 协助者被策略拒绝时会看到此名称，因此请写明原因，例如“办公室外需要第二重验证”。
admin-policy-state = 状态
admin-policy-state-enabled = 已启用
admin-policy-state-enabled-hint = 强制执行此策略。
admin-policy-state-report-only = 仅报告
admin-policy-state-report-only-hint = 会评估此策略并将其本应执行的操作写入审核日志，但不会拒绝任何人。建议先用这种方式试用新策略。
admin-policy-state-disabled = 已禁用
admin-policy-state-disabled-hint = 忽略此策略。
admin-policy-targets = 适用对象
admin-policy-targets-hint = 此策略针对的协助者。
admin-policy-all-users = 所有用户
admin-policy-users = 以下人员
admin-policy-groups = 以下组的成员
admin-policy-needs-targets = 请选择策略的适用对象：所有用户、人员或组。
admin-policy-conditions = 条件
admin-policy-conditions-hint = 仅当此处设置的所有条件都满足时，策略才适用。留空则始终适用。
admin-policy-inside = 客户端地址位于以下某个网络中
admin-policy-inside-hint = 每行一个 CIDR 表示法的地址范围，例如 10.0.0.0/8 或 2001:db8::/32。
admin-policy-outside = 客户端地址不在以下任何网络中
admin-policy-outside-hint = 用于适用于办公室以外的规则。每行一个地址范围。
admin-policy-network-invalid = “{ $value }”不是网络范围。请按 192.168.0.0/16 的格式填写。
admin-policy-second-factor = 登录时的第二重验证
admin-policy-second-factor-any = 均可
admin-policy-second-factor-yes = 使用了第二重验证
admin-policy-second-factor-no = 未使用第二重验证
admin-policy-grant = 结果
admin-policy-grant-allow = 允许
admin-policy-grant-allow-hint = 记录在审核日志中；其他策略仍可能拒绝。
admin-policy-grant-block = 阻止
admin-policy-grant-block-hint = 拒绝登录控制台和开始会话。
admin-policy-grant-second-factor = 要求第二重验证
admin-policy-grant-second-factor-hint = 仅允许使用了第二重验证的登录。
admin-policy-lockout-warning = 注意不要将自己锁定在外：阻止你的策略将从你下次登录时开始生效。请先使用“仅报告”检查策略。
admin-policy-when-inside = 位于 { $networks } 内
admin-policy-when-outside = 位于 { $networks } 外
admin-policy-when-second-factor = 使用了第二重验证
admin-policy-when-no-second-factor = 未使用第二重验证
admin-policy-always = 始终

## Devices

admin-devices-title = 设备
admin-devices-intro = 通过 { -product-name } 应用注册的设备，包括其最近报告的信息以及是否符合你的合规性策略。
admin-devices-enroll-link = 注册设备
admin-devices-filters = 筛选设备
admin-devices-search = 搜索
admin-devices-search-hint = 主机名、序列号、型号或主要用户。
admin-devices-platform = 操作系统
admin-devices-compliance = 合规性
admin-devices-state = 注册
admin-devices-pages = 设备页
admin-devices-empty = 尚未注册任何设备。请创建注册令牌来注册第一批设备。
admin-devices-none-match = 没有与这些筛选器匹配的设备。
admin-devices-back = 所有设备
admin-device-remote-help = 新建远程协助会话
admin-device-unnamed = 未命名设备
admin-device-compliant = 合规
admin-device-not-compliant = 不合规
admin-device-failing-count =
    { $count ->
       *[other] { $count } 条规则未通过
    }
admin-device-state-active = 已注册
admin-device-state-retired = 已停用
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = 未报告
admin-device-details = 详细信息
admin-device-host-name = 主机名
admin-device-model = 型号
admin-device-serial = 序列号
admin-device-agent-version = 代理版本
admin-device-disk = 磁盘加密
admin-device-disk-encrypted = 已加密
admin-device-disk-not-encrypted = 未加密
admin-device-enrolled-at = 注册时间
admin-device-id = 设备 ID
admin-device-compliance = 合规性
admin-device-meets-all = 此设备符合你的合规性策略中的所有规则。
admin-device-failing-intro = 未满足以下规则：
admin-device-policies-link = 查看合规性策略
admin-device-retire = 停用设备
admin-device-retire-title = 停用 { $name }？
admin-device-retire-text = 其凭据将立即失效：它无法再签入，也无法在有人请求在其上获得帮助时证明自己的身份。该设备仍保留在列表中，并标记为已停用。
admin-device-retire-confirm = 停用设备
admin-device-retired = 已停用 { $name }。
admin-device-delete = 删除设备
admin-device-delete-title = 删除 { $name }？
admin-device-delete-text = 设备及其历史记录将从清单中删除。要再次使用该设备，请重新注册。此操作无法撤消。
admin-device-delete-confirm = 删除设备

## Enrollment tokens

admin-tokens-title = 注册令牌
admin-tokens-intro = 设备使用你在此处创建的令牌进行注册。每个令牌都有有效期限和可注册设备数量的限制。
admin-tokens-list = 令牌
admin-tokens-empty = 还没有任何注册令牌。
admin-token-create = 创建令牌
admin-token-create-title = 创建注册令牌
admin-token-create-submit = 创建令牌
admin-token-created = 已创建令牌 { $name }。
admin-token-name = 名称
admin-token-name-hint = 令牌的使用场合，例如“柏林办公室笔记本电脑”。
admin-token-hours = 有效期（小时）
admin-token-hours-hint = 1 到 720 小时（30 天）。
admin-token-max-uses = 可注册的设备数
admin-token-max-uses-hint = 1 到 10,000。
admin-token-shown-once = 请立即复制此令牌。它只显示一次；如果丢失，请将其吊销并创建新令牌。
admin-token-secret = 令牌“{ $name }”
admin-token-secret-hint = 注册设备时将其提供给 { -product-name } 应用（assist-agent enroll）。在令牌过期或被吊销之前，任何持有它的人都可以将设备注册到你的组织中。
admin-token-copy-label = 复制令牌
admin-token-copied = 令牌已复制到剪贴板。
admin-token-copy-failed = 无法复制令牌。请选中它并手动复制。
admin-token-active = 活动
admin-token-revoked = 已吊销
admin-token-expired = 已过期
admin-token-used-up = 已用完
admin-token-uses = { $uses }/{ $max }
admin-token-revoke-label = 吊销令牌 { $name }
admin-token-revoke-title = 吊销令牌 { $name }？
admin-token-revoke-text = 设备将无法再使用它进行注册。已通过它注册的设备将保持注册状态。
admin-token-revoke-confirm = 吊销令牌
admin-token-revoked-done = 已吊销令牌 { $name }。

## Compliance policies

admin-compliance-title = 合规性策略
admin-compliance-intro = 已注册设备必须满足的规则。未满足任一规则的设备会被标记为不合规，协助者在该设备上提供协助前会收到警告。
admin-compliance-list = 策略
admin-compliance-empty = 没有任何合规性策略，因此所有设备都视为合规。
admin-compliance-create = 创建策略
admin-compliance-create-title = 创建合规性策略
admin-compliance-create-submit = 创建策略
admin-compliance-created = 已创建策略 { $name }。已重新检查设备。
admin-compliance-edit-title = 编辑策略 { $name }
admin-compliance-edit-label = 编辑策略 { $name }
admin-compliance-saved = 已保存策略 { $name }。已重新检查设备。
admin-compliance-delete-label = 删除策略 { $name }
admin-compliance-delete-title = 删除策略 { $name }？
admin-compliance-delete-text = 其规则将不再适用，并将重新检查设备。此操作无法撤消。
admin-compliance-delete-confirm = 删除策略
admin-compliance-deleted = 已删除策略 { $name }。
admin-compliance-name = 策略名称
admin-compliance-name-hint = 与每条未通过的规则一起显示，例如“基准安全”。
admin-compliance-os-legend = 最低操作系统版本
admin-compliance-os-hint = 如果某个平台留空，则接受任何版本。
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = 例如 14.2.1
admin-compliance-version-invalid = 请以点分隔的数字填写版本，例如 14.2.1。
admin-compliance-other-legend = 其他规则
admin-compliance-min-agent = 最低 { -product-name } 应用版本
admin-compliance-max-days = 距上次签入的最长天数
admin-compliance-max-days-hint = 1 到 365。留空则不限制。
admin-compliance-disk = 要求磁盘加密
admin-compliance-disk-hint = 系统磁盘必须已加密（BitLocker、FileVault、LUKS）。
admin-rule-min-os = { $platform } { $version } 或更高版本
admin-rule-min-agent = 应用 { $version } 或更高版本
admin-rule-check-in =
    { $days ->
        [1] 过去一天内已签入
       *[other] 过去 { $days } 天内已签入
    }
admin-rule-disk = 磁盘已加密
admin-rule-none = 无规则

## Settings

admin-settings-title = 设置
admin-settings-intro = 远程协助在你的组织中的工作方式。每项更改都会记录在审核日志中。
admin-settings-organisation = 组织
admin-settings-name-hint = 当协助者的个人资料中未填写公司时，向受助者显示此名称。
admin-settings-remote-help-heading = 远程协助
admin-settings-remote-help = 允许远程协助
admin-settings-remote-help-hint = 只有开启此选项时，协助者才能开始会话。关闭此选项还会结束正在进行的会话。
admin-settings-unenrolled = 允许在未注册的设备上提供协助
admin-settings-unenrolled-hint = 允许用户通过 Web 浏览器或未注册的设备共享屏幕。协助者仍会收到设备未知的警告。
admin-settings-chat = 会话期间聊天
admin-settings-chat-hint = 协助者和受助者可以互发消息。消息随会话报告一起保存。
admin-settings-limits = 代码和报告
admin-settings-code-lifetime = 安全代码有效期（分钟）
admin-settings-code-lifetime-hint = 协助者告知的代码的有效时长：{ $min } 到 { $max } 分钟。
admin-settings-retention = 会话报告保留期（天）
admin-settings-retention-hint = 更早的报告及其聊天记录将被删除：{ $min } 到 { $max } 天。
admin-settings-save = 保存设置
admin-settings-saved = 设置已保存。
admin-settings-updated-at = 上次更改时间：{ $time }。
admin-settings-defaults = 这些是默认设置，从未更改过。

## Live sessions

admin-live-title = 实时会话
admin-live-intro = 尚未结束的远程协助会话。列表每隔几秒刷新一次。
admin-live-list = 正在进行的会话
admin-live-empty = 没有正在进行的会话。
admin-live-updated = 更新时间：{ $time }
admin-live-count =
    { $count ->
        [0] 没有正在进行的会话。
       *[other] 有 { $count } 个会话正在进行。
    }
admin-live-not-joined = 尚未加入
admin-live-nobody = 尚无人加入
admin-live-state-waiting = 等待输入代码
admin-live-state-joined = 已加入
admin-live-state-requested = 正在请求访问
admin-live-state-active = 正在共享
admin-live-state-ended = 已结束
admin-live-revoke-label = 吊销 { $helper } 与 { $sharer } 的会话
admin-live-revoke-title = 停止此会话？
admin-live-revoke-text = { $helper } 与 { $sharer } 的会话将立即对双方结束。
admin-live-revoke-confirm = 停止会话
admin-live-revoked = 已停止 { $helper } 的会话。

## Session reports

admin-reports-title = 会话报告
admin-reports-intro = 所有远程协助会话：谁在哪台设备上帮助了谁、授予了什么访问权限以及会话如何结束。
admin-reports-filters = 筛选会话报告
admin-reports-export-label = 将与筛选器匹配的会话报告导出为 CSV
admin-reports-helper = 协助者
admin-reports-sharer = 受助者
admin-reports-device = 设备
admin-reports-end-reason = 结束方式
admin-reports-from = 开始时间不早于
admin-reports-to = 开始时间早于
admin-reports-pages = 会话报告页
admin-reports-empty = 还没有任何会话报告。
admin-reports-none-match = 没有与这些筛选器匹配的会话。
admin-reports-back = 所有会话报告
admin-report-open-label = { $helper } 于 { $time } 开始的会话
admin-report-title = { $helper } 协助 { $sharer }
admin-report-title-alone = { $helper } 的会话
admin-report-started = 开始时间：{ $time }
admin-report-details = 详细信息
admin-report-client = 共享方式
admin-report-joined = 加入时间
admin-report-ended = 结束时间
admin-report-id = 会话 ID
admin-report-no-device = 无设备
admin-report-mode-control = 完全控制
admin-report-mode-view = 仅查看
admin-report-mode-none = 无
admin-report-transcript = 聊天记录
admin-report-transcript-count =
    { $count ->
        [0] 聊天记录
       *[other] 聊天记录（{ $count } 条消息）
    }
admin-report-no-chat = 此会话中没有聊天消息。
admin-role-helper = 协助者
admin-role-sharer = 受助者
admin-client-agent = { -product-name } 应用
admin-client-web = Web 浏览器

admin-end-helper-left = 协助者结束了会话
admin-end-sharer-left = 受助者结束了会话
admin-end-helper-disconnected = 协助者连接断开
admin-end-sharer-disconnected = 受助者连接断开
admin-end-code-expired = 代码过期未使用
admin-end-declined-timeout = 请求未获答复
admin-end-revoked = 被管理员停止
admin-end-policy = 被组织规则停止
admin-end-access-withdrawn = 已停止：访问权限被撤销

## Audit log

admin-audit-title = 审核日志
admin-audit-intro = 所有更改、登录和会话事件，按时间从新到旧排列。日志只能追加，其哈希链可检测篡改。
admin-audit-filters = 筛选审核日志
admin-audit-export-label = 将与筛选器匹配的审核事件导出为 CSV
admin-audit-actor = 执行者
admin-audit-action = 操作
admin-audit-action-hint = 例如 user.created 或 settings.updated。
admin-audit-since = 起始时间
admin-audit-until = 早于
admin-audit-pages = 审核事件页
admin-audit-empty = 审核日志为空。
admin-audit-none-match = 没有与这些筛选器匹配的事件。
admin-audit-show-detail = 显示详细信息
admin-actor-cli = 服务器命令行
admin-actor-setup-link = 设置链接
admin-actor-sso = 单一登录
admin-actor-anonymous = 未登录

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = 从这里开始
admin-start-title = 入门
admin-start-intro = 首次远程协助会话之前需要确定的三件事。每一项以后都可以更改。
admin-start-done = 已完成
admin-start-todo = 待完成
admin-start-settings-needed = 更改此项需要管理设置的权限。请联系拥有该权限的管理员。
admin-start-remote-heading = 开启远程协助
admin-start-remote-off = 远程协助已关闭，因此目前还没有人能开始会话。
admin-start-remote-on = 远程协助已开启：协助者可以开始会话。
admin-start-remote-enable = 开启远程协助
admin-start-remote-turned-on = 远程协助现已开启。
admin-start-browser-heading = 从 Web 浏览器共享
admin-start-browser-allowed = 已允许
admin-start-browser-not-allowed = 未允许
admin-start-browser-explain = Web 浏览器无法证明自己运行在哪台计算机上，因此被视为未注册的设备。允许在未注册的设备上提供协助后，用户无需安装任何东西即可从浏览器共享屏幕。此时协助者只能查看屏幕，不能控制，并会收到设备未知的警告。
admin-start-browser-off = 目前未允许：只有已注册设备上的 { -product-name } 应用可以共享。在浏览器中打开共享页面并输入代码的人会被拒绝。
admin-start-browser-on = 目前已允许：用户可以从浏览器或未注册的设备共享屏幕。
admin-start-browser-allow = 允许从浏览器共享
admin-start-browser-stop = 停止从浏览器共享
admin-start-browser-allowed-now = 现在允许从浏览器共享。
admin-start-browser-stopped = 不再允许从浏览器共享。
admin-start-helpers-heading = 指定协助者
admin-start-helpers-none = 目前还没有人能提供远程协助。
admin-start-helpers-count =
    { $count ->
       *[other] { $count } 人可以提供远程协助。
    }
admin-start-helpers-explain = 协助者为组织中的每个人提供远程协助。选择人员后选择“指定协助者”：他们会加入组 { $group }，该组拥有针对所有用户的 Help Desk Operator 角色。
admin-start-helpers-pick = 要指定为协助者的人员
admin-start-helpers-nobody = 这里的每个人都已是协助者。要添加其他人，请创建用户。
admin-start-helpers-roles-needed = 首次指定协助者时还会为组 { $group } 分配角色，这需要管理角色的权限。请联系拥有该权限的管理员。
admin-start-helpers-submit = 指定协助者
admin-start-helpers-choose = 请至少选择一人。
admin-start-helpers-made =
    { $count ->
       *[other] { $count } 人现在是组 { $group } 中的协助者。
    }
admin-start-create-user = 创建用户
admin-start-first-heading = 你的第一次会话
admin-start-not-ready = 完成上述步骤后：
admin-start-ready = 第一次会话已准备就绪：
admin-start-first-helper = 协助者登录，打开“{ $page }”，开始新的远程协助会话，并获得一个安全代码：
admin-start-first-sharer = 需要帮助的人登录，打开此页面并输入该代码：
admin-user-role = 角色
admin-user-role-member = 成员
admin-user-role-member-hint = 登录、请求帮助并共享自己的屏幕。
admin-user-role-helper = 协助者
admin-user-role-helper-hint = 作为组 { $group } 的成员，为组织中的每个人提供远程协助。
admin-user-role-administrator = 管理员
admin-user-created-helper = 已创建 { $name }，现在可以提供远程协助。
