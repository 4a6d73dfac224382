# Messages of the Assist app (Simplified Chinese): the native program that shares the screen of
# the person being helped (the sharer). Terminal lines are plain text: keep each message on one line.

## Window titles

agent-window-title = { -product-name }
agent-banner-title = { -product-name }：正在共享你的屏幕
agent-starting = 正在启动…
agent-working = 请稍候…

## Signing in

agent-sign-in-heading = 登录以获取帮助
agent-email = 电子邮件
agent-password = 密码
agent-sign-in = 登录
agent-sign-in-sso = 使用单一登录
agent-second-factor-heading = 登录第二步
agent-second-factor = 身份验证器代码
agent-second-factor-hint = 请输入身份验证器应用中显示的代码，或你的一个恢复代码。
agent-continue = 继续
agent-sso-continues = 登录将在你的 Web 浏览器中继续。如果浏览器没有打开，请访问：{ $url }

## The security code the helper gives

agent-code-heading = 输入安全代码
agent-code-hint = 你的协助者会向你提供一个 8 位数的安全代码。
agent-code = 安全代码
agent-connect = 连接

## The trust card: who the helper is, before anything is shared

agent-trust-heading = 你的协助者
agent-trust-name = 姓名
agent-trust-job-title = 职务
agent-trust-company = 公司
agent-trust-domain = 电子邮件域
agent-trust-not-given = 未提供
agent-trust-domain-verified = { $domain }（已验证的域）
agent-trust-domain-unverified = { $domain }（警告：该域未经验证）
agent-trust-not-enrolled = 此设备未在你的组织中注册；你的协助者会收到此提示。
agent-waiting-for-request = 正在等待 { $name } 请求查看你的屏幕。在你允许之前，不会共享任何内容。

## The helper's request

agent-request-control = { $name } 请求完全控制（鼠标和键盘）。
agent-request-view = { $name } 请求查看你的屏幕。
agent-allow = 允许
agent-allow-view-only = 仅允许查看
agent-decline = 拒绝

## Sharing

agent-sharing-control = 正在与 { $name } 共享：完全控制
agent-sharing-view = 正在与 { $name } 共享：仅查看
agent-sharing-paused = 正在与 { $name } 共享：控制已停止
agent-stop-control = 停止控制
agent-give-control-back = 交还控制权
agent-end-session = 结束会话

## Chat

agent-chat-heading = 聊天
agent-chat-input = 消息
agent-chat-send = 发送
agent-chat-you = 你

## Notices

agent-helper-away = { $name } 的连接已断开。正在等待其返回…
agent-helper-away-time = 如果连接未能恢复，会话将在 { $time } 后结束。
agent-helper-away-unseen = 在此期间，没有人能看到或控制你的屏幕。
agent-end-now = 立即结束
agent-helper-back = { $name } 已回来。
agent-notice-server-lost = 无法连接到服务器。控制已停止。
agent-notice-server-back = 服务器已恢复连接。在你交还控制权之前，控制将保持停止状态。
agent-notice-connection-lost = 与你的协助者的连接已断开。控制已停止。
agent-notice-connected = 已连接：你的协助者可以看到你的屏幕。
agent-notice-control-stopped = 控制已停止：你的协助者无法再使用你的鼠标和键盘。

## Updates

agent-update-available = 有更新版本的 { -product-name } 应用可用：{ $version }
agent-update-required = 此 { -product-name } 应用已过时，必须更新到 { $version } 才能共享
agent-update-download = 请从 { $url } 下载

## The end of the session

agent-ended-heading = 会话已结束
agent-ended = 会话已结束。
agent-ended-helper-left = 会话已结束：你的协助者结束了会话。
agent-ended-sharer-left = 会话已结束：你结束了会话。
agent-ended-sharer-disconnected = 会话已结束：你的连接已断开，且未能及时恢复。
agent-ended-helper-disconnected = 会话已结束：你的协助者的连接已断开，且未能及时恢复。
agent-ended-code-expired = 会话已结束：安全代码已过期。
agent-ended-declined-timeout = 会话已结束：未及时答复请求。
agent-ended-revoked = 会话已结束：管理员停止了会话。
agent-ended-policy = 会话已结束：你的组织的规则停止了会话。
agent-ended-access-withdrawn = 会话已结束：你的协助者不再被允许帮助你，或你自己的访问权限已被撤销。
agent-ended-error = 会话已结束：{ $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = 此设备未注册，而你的组织只允许在已注册的设备上提供协助。请让管理员注册此设备。
agent-close = 关闭

## Terminal mode only

agent-terminal-email = 电子邮件：
agent-terminal-password = 密码（使用单一登录请留空）：
agent-terminal-second-factor = 身份验证器代码：
agent-terminal-code = 安全代码：
agent-terminal-field = { $label }：{ $value }
# Latin letters, as for the /commands: equal to agent-terminal-key-allow, -view-only and -decline.
agent-terminal-choices-control = [a] 允许，[v] 仅允许查看，[d] 拒绝：
agent-terminal-choices-view = [a] 允许，[d] 拒绝：
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
agent-terminal-help = 命令：/stop 收回控制权，/resume 交还控制权，/end 结束会话；其他任何行都将作为聊天消息发送。
agent-terminal-resume-hint = 输入 /resume 以交还控制权。
agent-terminal-end-now-hint = 输入 /end 立即结束会话。
agent-terminal-unknown-command = 未知命令：{ $command }。/help 可列出命令；要发送以 / 开头的聊天消息，请以 // 开始该行。
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

agent-update-required-before-sharing = 此版本的 { -product-name } 应用对你的组织而言过旧。请更新后重试。
agent-sso-browser-done = 你已登录。可以关闭此标签页并返回 { -product-name } 应用。
agent-sso-browser-failed = 单一登录失败。请返回 { -product-name } 应用查看原因。
