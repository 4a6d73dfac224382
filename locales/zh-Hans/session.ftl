# Messages of the remote help pages (Simplified Chinese): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = 结束会话
session-ended-heading = 会话已结束
session-reconnecting = 连接已中断。正在重新连接…
session-replaced = 此会话已在另一个窗口中打开，因此此窗口中的会话已停止。
session-connection-closed = 与服务器的连接已关闭。
go-home = 返回主页

## The trust card: who is on the other side

trust-helper-heading = 你的协助者
trust-sharer-heading = 你正在帮助的人
trust-job-title = 职务
trust-company = 公司
trust-domain = 组织域
trust-domain-verified = 已验证
trust-domain-unverified = 未验证
trust-not-set = 未提供

## The device the helper is about to help with

device-heading = 设备
device-name = 名称
device-system = 操作系统
device-compliance = 合规性
device-compliant = 合规
device-not-compliant = 不合规
device-web-browser = 对方通过 Web 浏览器加入，因此无法识别设备。
device-none = 没有设备信息。
warning-device-not-enrolled = 此设备未在你的组织中注册。
warning-device-not-enrolled-detail = 其身份和安全状态未知。在该设备上打开或输入内容时请谨慎。
warning-device-not-compliant = 此设备不符合你的组织的合规性策略：

## Chat

chat-heading = 聊天
chat-list-label = 消息
chat-input-label = 消息
chat-placeholder = 输入消息…
chat-send = 发送
chat-you = 你
chat-role-helper = 协助者
chat-role-sharer = 受助者
chat-sending = 正在发送…
chat-too-long = 一条消息最多只能有 { $max } 个字符。

## Helper console

helper-page-title = 远程协助 – Assist
helper-page-title-org = 远程协助 – { $organisation }
helper-start-heading = 开始远程协助会话
helper-start-intro = 你将获得一个 8 位数的安全代码。请将其告知你要帮助的人，对方输入该代码即可连接。
helper-device-label = 设备（可选）
helper-device-none = 不指定设备
helper-device-hint = 如果你知道对方的设备，请选择它：这样会话只能在该设备上进行，并且你可以看到其合规性。
helper-start-button = 新建远程协助会话
helper-start-another = 开始另一个会话
helper-session-heading = 远程协助会话
helper-code-heading = 安全代码
helper-code-copy = 复制代码
helper-code-copied = 代码已复制。
helper-code-copy-failed = 无法复制代码。请直接将其念给对方。
helper-code-expires-in = { $time } 后过期
helper-code-expired = 代码已过期。
helper-code-one-minute = 安全代码将在一分钟后过期。
helper-code-instructions = 请让对方打开 { $address }，登录并输入此代码。
helper-code-not-shown-again = 安全代码只显示一次。如果对方尚未加入，请结束此会话并开始新会话。
helper-status-waiting = 正在等待对方输入代码…
helper-status-joined = { $name } 已加入。准备好后，请请求查看对方的屏幕。
helper-status-asked-view = 正在等待 { $name } 允许你查看其屏幕…
helper-status-asked-control = 正在等待 { $name } 允许完全控制…
helper-status-connecting = 正在连接到 { $name } 的屏幕…
helper-status-viewing = 你正在查看 { $name } 的屏幕。
helper-sharer-joined = { $name } 已加入会话。
helper-request-declined = { $name } 拒绝了你的请求。
helper-granted-view = { $name } 已允许你查看其屏幕。
helper-granted-control = { $name } 已允许完全控制。
helper-granted-view-only = { $name } 已允许仅查看。
helper-escalation-declined = { $name } 保持为仅查看。
helper-control-taken-back = { $name } 已收回控制权。你仍可以查看其屏幕。
helper-control-paused = { $name } 已暂停你的控制。
helper-control-resumed = { $name } 已再次将控制权交给你。
helper-connection-failed = 无法连接屏幕。请检查网络，或结束会话后重试。
helper-mode-heading = 你需要什么权限？
helper-mode-hint = 请求“仅查看”以观看屏幕，或请求“完全控制”以使用对方的鼠标和键盘。由对方决定。
helper-mode-web-hint = 对方使用的是 Web 浏览器，只能共享屏幕供查看。完全控制需要对方设备上安装 Assist 应用。
helper-escalate-hint = 你可以请求完全控制；对方将再次决定。
helper-request-view = 请求仅查看
helper-request-control = 请求完全控制

## The remote screen in the helper console

viewer-heading = { $name } 的屏幕
viewer-stage-label = { $name } 的远程屏幕
viewer-toolbar-label = 屏幕视图
viewer-fit = 适应窗口
viewer-actual-size = 实际大小
viewer-full-screen = 全屏
viewer-monitor-label = 显示器
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = 仅查看
viewer-mode-control = 完全控制
viewer-mode-paused = 控制已暂停
viewer-role-view = 远程屏幕，仅查看
viewer-role-control = 远程屏幕，你的鼠标和键盘操作将发送到另一台计算机
viewer-hint-view = 你可以看到屏幕，但不能操作。
viewer-hint-control = 单击屏幕即可操作。屏幕获得焦点时，所有按键（包括快捷键）都会发送到另一台计算机。按 Ctrl+Alt+Home 可返回工具栏。

## Sharer web app

share-page-title = 获取帮助 – Assist
share-page-title-org = 获取帮助 – { $organisation }
share-join-heading = 获取帮助
share-join-intro = 请输入协助者提供给你的安全代码。在对方能看到任何内容之前，你会先看到对方的身份。
share-code-label = 安全代码
share-code-hint = 8 位数字，例如 1234 5678。
share-code-invalid-format = 请输入 8 位数的安全代码。
share-join-button = 继续
share-join-another = 输入其他代码
share-session-heading = 远程协助
share-status-joined = 已与 { $name } 连接。对方将请求查看你的屏幕。
share-status-asked = { $name } 正在等待你的答复。
share-status-sharing = 你正在与 { $name } 共享屏幕。
share-request-view-heading = { $name } 请求查看你的屏幕
share-request-view-text = { $name } 将看到你所选屏幕上的所有内容，但无法使用你的鼠标或键盘。你可以随时停止。
share-request-control-heading = { $name } 请求完全控制
share-request-control-text = 如果授予完全控制，{ $name } 将可以使用你的鼠标和键盘。
share-control-needs-app = 完全控制需要在此设备上安装 Assist 应用。在浏览器中只能共享屏幕供查看。
share-allow = 允许
share-allow-view-only = 仅允许查看
share-decline = 拒绝
share-keep-view-only = 保持仅查看
share-picker-cancelled = 未选择屏幕，因此没有共享任何内容。再次选择“允许”以选取屏幕，或选择“拒绝”。
share-capture-failed = 此浏览器无法共享屏幕。请尝试使用其他浏览器，或选择拒绝。
share-reshare-heading = 你的屏幕已不再共享
share-reshare-text = 页面已重新加载，因此 { $name } 无法再看到你的屏幕。请重新共享，或结束会话。
share-reshare-button = 重新共享我的屏幕
share-bar-label = 屏幕共享
share-bar-text = 你正在与 { $name } 共享屏幕
share-stop = 停止共享
share-connection-failed = 无法发送你的屏幕。请检查网络，或结束会话后重试。

## Why a session ended, as the helper hears it

ended-helper-helper-left = 你结束了会话。
ended-helper-sharer-left = { $name } 结束了会话。
ended-helper-helper-disconnected = 你的连接中断时间过长，因此会话已结束。
ended-helper-sharer-disconnected = 与 { $name } 的连接已断开且未恢复，因此会话已结束。
ended-helper-code-expired = 代码过期前没有人输入它。
ended-helper-declined-timeout = { $name } 未及时答复你的请求。
ended-helper-revoked = 管理员结束了此会话。
ended-helper-policy = 由于你的组织已关闭远程协助，会话已结束。
ended-helper-access-withdrawn = 由于你的访问权限已更改，会话已结束：你的帐户、登录或远程协助角色不再允许此会话。
ended-helper-other = 会话已结束。

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } 结束了会话。
ended-sharer-sharer-left = 你结束了会话。不再共享任何内容。
ended-sharer-helper-disconnected = 与 { $name } 的连接已断开且未恢复，因此会话已结束。
ended-sharer-sharer-disconnected = 你的连接中断时间过长，因此会话已结束。
ended-sharer-code-expired = 代码已过期。
ended-sharer-declined-timeout = 你未及时答复，因此会话已结束。未共享任何内容。
ended-sharer-revoked = 管理员结束了此会话。
ended-sharer-policy = 由于你的组织已关闭远程协助，会话已结束。
ended-sharer-access-withdrawn = 由于 { $name } 不再被允许帮助你，或你自己的访问权限已更改，会话已结束。现在不再共享任何内容。
ended-sharer-other = 会话已结束。

## Refusals from the server

error-remote-help-disabled = 你的组织已关闭远程协助。管理员可以将其打开。
error-code-invalid = 此代码无效。请检查数字后重试。
error-code-expired = 此代码已过期。请向协助者索取新代码。
error-code-used = 此代码已被使用。请向协助者索取新代码。
error-unenrolled-device = 你的组织仅允许在已注册的设备上提供协助。请在此设备上安装 Assist 应用，或咨询你的管理员。
error-wrong-device = 此会话是为另一台设备发起的。请向协助者索取适用于此设备的代码。
error-chat-disabled = 你的组织已关闭聊天功能。
error-invalid-transition = 会话当前阶段无法执行此操作。
error-session-ended = 此会话已结束。
error-control-needs-agent = 完全控制需要在对方设备上安装 Assist 应用。
error-session-not-found = 此会话不存在，或者你不是其参与者。

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = 你的账户无法提供远程协助：需要“提供远程协助”和“查看屏幕”权限。请让你组织的管理员将你设为协助人员。
error-browser-sharing-not-allowed = 你的组织不允许从网页浏览器共享屏幕。请在此设备上安装 Assist 应用并在其中输入代码，或联系你的技术支持。
error-sharer-out-of-scope = 这位协助人员不能协助你：其角色不涵盖你或此设备。请询问技术支持谁可以协助你。
error-own-session = 此会话是你自己发起的。请把代码告诉你要协助的人；对方输入代码即可连接。
error-helper-unavailable = 给你此代码的协助人员已无法继续协助。请让技术支持安排其他人。
error-device-in-other-organisation = 此设备已注册到其他组织。请咨询你的管理员。
error-device-out-of-scope = 此设备不在你的角色范围内：你不能在此设备上提供协助。请选择其他设备，或不选择设备。
error-chat-empty = 请先输入消息再发送。
error-chat-too-long = 此消息太长。请缩短后重新发送。
error-chat-invalid-characters = 此消息包含无法发送的不可见控制字符。请删除后重试。
helper-permission-heading = 你还不能提供远程协助
helper-permission-text = 提供远程协助需要“提供远程协助”和“查看屏幕”权限，你的账户没有这些权限。
helper-ask-admin = 请让 { $organisation } 的管理员更改此设置。
helper-disabled-heading = 远程协助已关闭
helper-disabled-text = 你的组织尚未开启远程协助，因此暂时无法开始会话。
helper-open-settings = 打开组织设置
helper-browser-note = 你的组织不允许从网页浏览器共享：你协助的人需要在已注册的设备上使用 Assist 应用。
helper-join-refused-heading = 有人尝试用此代码加入
helper-join-refused-browser-sharing-not-allowed = 对方使用的是网页浏览器，而你的组织不允许从浏览器共享。请让对方在 Assist 应用中输入同一代码：代码仍然有效。
helper-join-refused-unenrolled-device = 对方的设备未注册，而你的组织只允许在已注册的设备上提供协助。请让对方在已注册的设备上使用 Assist 应用：代码仍然有效。
helper-join-refused-sharer-out-of-scope = 你的角色不涵盖此人或其设备，因此对方无法加入。请转交给角色涵盖对方的协助人员，或请管理员扩大你的角色范围。
helper-join-refused-wrong-device = 对方使用的设备不是你为此会话选择的设备。请让对方在那台设备上使用 Assist 应用：代码仍然有效。
share-app-explained = Assist 应用是你的组织用于在这台电脑上获得协助的程序。使用它，协助人员可以在你观看时使用你的鼠标和键盘，你可以随时收回控制或停止。如果尚未安装，请联系你的技术支持。
share-app-download = 下载 Assist 应用

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } 的连接已断开。正在等待其返回…
presence-grace-left = 如果对方不返回，会话将在 { $time } 后结束。
presence-nobody-sees = 对方离开期间，没有人能看到你的屏幕。对方返回后将继续共享。
presence-end-now = 立即结束
presence-back = { $name } 已返回。
presence-back-reshare = { $name } 已返回，并被要求再次共享屏幕。
share-bar-paused-text = 现在没有人能看到你的屏幕：{ $name } 的连接已断开
