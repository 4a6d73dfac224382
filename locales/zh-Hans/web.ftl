# Messages of the web app (Simplified Chinese). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = 跳到主要内容
loading = 正在加载…
go-to-sign-in = 转到登录页
sign-out = 注销
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = 语言

## Form fields and checks

field-organisation-name = 组织名称
field-organisation-name-hint = 同事们熟知的名称。以后可以更改。
field-full-name = 全名
field-full-name-hint = 会向受助者显示，让对方知道是谁在连接。
field-email = 电子邮件
field-job-title-optional = 职务（可选）
field-company-optional = 公司（可选）
field-password = 密码
field-new-password = 新密码
field-confirm-password = 确认密码
password-hint = 至少 12 个字符。由几个不相关的词组成的密码既安全又好记。
form-required = 此字段为必填项。
form-email-invalid = 请输入电子邮件地址，例如 name@example.com。
form-fix-fields = 某些字段需要注意。请更正下面标记的字段。
form-error-summary = 请更正以下字段：
password-too-short = 密码至少需要 { $min } 个字符。
password-too-long = 密码最多只能有 { $max } 个字符。
password-mismatch = 两次输入的密码不一致。请在两个字段中输入相同的密码。

## Errors from the server, by code

error-network = 无法连接到服务器。请检查网络连接，然后重试。
error-invalid-credentials = 电子邮件地址或密码不正确。
error-too-many-attempts = 尝试次数过多。请稍候再试。
error-too-many-attempts-wait = 尝试次数过多。请等待 { $seconds } 秒后重试。
error-setup-link-invalid = 此链接已失效：它可能已被使用或已过期。
error-conflict = 此内容与现有内容冲突。
error-email-taken = 使用此电子邮件地址的帐户已存在。
error-unauthenticated = 你尚未登录，或者你的会话已结束。请重新登录。
error-origin-mismatch = 请求被拒绝，因为它并非来自此站点。请重新加载页面，然后重试。
error-payload-too-large = 发送的内容过大。
error-forbidden = 你无权执行此操作。
error-timeout = 服务器响应超时。请重试。
error-unavailable = 服务暂时不可用。请过几分钟再试。
error-internal = 服务器出现问题。请重试；如果问题仍然存在，请告知你的管理员。
error-unexpected = 出现意外错误。请重试。
error-second-factor-required = 请输入身份验证器应用中的代码，或你的一个恢复代码。
error-invalid-second-factor = 该代码不正确或已被使用。请等待新代码后重试。
error-sso-not-configured = 你的组织没有为此电子邮件地址提供单一登录。请使用密码登录。
error-profile-managed = 你的姓名、职务和公司由你的组织通过单一登录管理，因此只有管理员可以更改。
error-sso-provider-unavailable = 无法连接到你的组织的登录服务。请过几分钟再试。
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = 你的组织的条件访问策略“{ $policy }”不允许此操作。请咨询你的管理员。

## Setup link page (/setup)

setup-page-title = 设置 – { -product-name }
setup-checking-heading = 正在检查你的链接
setup-checking = 正在检查你的链接，请稍候…
setup-expires = 此链接的有效期至 { $time }。
setup-invalid-heading = 无法使用此链接
setup-missing-heading = 此页面需要设置链接
setup-missing = 请打开你收到的完整链接，包括 # 号后面的部分。
setup-error-heading = 无法检查此链接
setup-unknown-purpose = 此链接的用途不受此页面支持。
setup-invalid-help =
    请向管理员索取新链接。服务器的运维人员可以使用命令
    “assist-server admin setup-link”生成新链接。

first-admin-heading = 创建你的组织
first-admin-intro = 为你的组织设置 { -product-name } 并创建第一个管理员帐户。之后可以邀请同事加入。
first-admin-organisation-legend = 组织
first-admin-account-legend = 你的管理员帐户
first-admin-submit = 创建组织

reset-heading = 选择新密码
reset-intro = 为 { $email } 设置新密码。
reset-intro-no-email = 为你的帐户设置新密码。
reset-submit = 设置密码

## Sign-in page (/sign-in)

sign-in-page-title = 登录 – { -product-name }
sign-in-heading = 登录到 { -product-name }
sign-in-intro = 请使用你帐户的电子邮件地址和密码。
sign-in-submit = 登录
field-second-factor-code = 身份验证器代码或恢复代码
sign-in-sso = 使用组织帐户登录
sign-in-sso-needs-email = 请先输入你的电子邮件地址，以便我们找到你的组织。
sign-in-sso-refused = 单一登录未能让你登录。如果你的帐户有自己的密码，请在此使用密码登录，然后在你的主页上关联单一登录。
sign-in-or = 或
sign-in-forgot = 忘记密码？请向你组织的管理员索取恢复链接。

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = 组织：
user-menu-label = 你的帐户
home-heading = 已登录为 { $name }

profile-heading = 你的个人资料
profile-name = 姓名
profile-email = 电子邮件
profile-job-title = 职务
profile-company = 公司
profile-role = 角色
profile-not-set = 未设置
profile-edit = 编辑个人资料
profile-form-label = 编辑你的个人资料
profile-save = 保存
profile-cancel = 取消
profile-saved = 你的个人资料已保存。
profile-managed = 你的姓名、职务和公司由你的组织通过单一登录管理。如需更改，请联系管理员。
role-administrator = 管理员
role-member = 成员

picture-change = 更改图片
picture-hint = PNG 或 JPEG 图像，最大 256 KB。受助者在共享屏幕之前会看到它。
picture-uploading = 正在上传你的图片…
picture-updated = 你的图片已更新。
picture-wrong-type = 请选择 PNG 或 JPEG 图像。
picture-too-large = 图片大于 256 KB。请选择较小的图像。

sessions-heading = 你的登录位置
sessions-intro = 已登录你帐户的浏览器。如有无法识别的浏览器，请将其注销。
session-this-device = 此设备
session-device = { $os } 上的 { $browser }
session-device-unknown = 未知浏览器
session-signed-in = 登录时间：{ $time }
session-last-active = 上次活动：{ $time }
session-address = 来自地址 { $address }
session-sign-out = 注销
session-sign-out-label = 在 { $device } 上注销
session-signed-out = 已在 { $device } 上注销。

home-admin-link = 管理控制台

## Home page: remote help

home-remote-help-heading = 远程协助
home-help-someone-text = 开始会话，并将安全代码告知对方。
home-help-someone = 帮助他人
home-get-help-text = 协助者给了你安全代码？请在此处输入。
home-get-help = 获取帮助

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = 单一登录
home-sso-linked = 你的帐户已关联到组织的单一登录。
home-sso-not-linked = 你的帐户尚未关联到组织的单一登录。
home-sso-link-intro = 关联后，你可以使用组织帐户登录。
home-sso-link = 关联单一登录
home-sso-linking = 正在转到组织的登录页面…
