# Messages of the Assist app (Japanese): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: 画面を共有しています
agent-starting = 起動しています…
# Shown after the person submitted a form, until the server answers.
agent-working = お待ちください…

## Signing in

agent-sign-in-heading = サインインしてヘルプを受ける
agent-email = メール アドレス
agent-password = パスワード
agent-sign-in = サインイン
agent-sign-in-sso = シングル サインオンでサインイン
agent-second-factor-heading = サインインの 2 段階目
agent-second-factor = 認証アプリのコード
agent-second-factor-hint = 認証アプリに表示されているコード、または回復コードのいずれかを入力してください。
agent-continue = 続行
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = サインインは Web ブラウザーで続行されます。ブラウザーが開かない場合は、次のアドレスにアクセスしてください: { $url }

## The security code the helper gives

agent-code-heading = セキュリティ コードを入力
agent-code-hint = ヘルパーから 8 桁のセキュリティ コードが伝えられます。
agent-code = セキュリティ コード
agent-connect = 接続

## The trust card: who the helper is, before anything is shared

agent-trust-heading = ヘルパー
agent-trust-name = 名前
agent-trust-job-title = 役職
agent-trust-company = 会社
agent-trust-domain = メール ドメイン
# Shown instead of an empty job title or company.
agent-trust-not-given = 未指定
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain } (確認済みのドメイン)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain } (注意: ドメインは確認されていません)
agent-trust-not-enrolled = このデバイスは組織に登録されていません。このことはヘルパーにも通知されます。
# $name: the helper's full name.
agent-waiting-for-request = { $name } さんが画面の表示を依頼するのを待っています。許可するまで何も共有されません。

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } さんがフル コントロール (マウスとキーボード) を求めています。
agent-request-view = { $name } さんが画面の表示を求めています。
agent-allow = 許可
agent-allow-view-only = 表示のみを許可
agent-decline = 拒否

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = { $name } さんと共有中: フル コントロール
agent-sharing-view = { $name } さんと共有中: 表示のみ
agent-sharing-paused = { $name } さんと共有中: 操作は停止中
agent-stop-control = 操作を停止
agent-give-control-back = 操作を再び許可
agent-end-session = セッションを終了

## Chat

agent-chat-heading = チャット
agent-chat-input = メッセージ
agent-chat-send = 送信
# The writer's name shown for the person's own messages.
agent-chat-you = 自分

## Notices

agent-helper-away = { $name } さんの接続が切断されました。再接続を待っています…
agent-helper-away-time = 再接続されない場合、セッションは { $time } 後に終了します。
agent-helper-away-unseen = その間、画面を見たり操作したりできる人はいません。
agent-end-now = 今すぐ終了
agent-helper-back = { $name } さんが戻りました。
agent-notice-server-lost = サーバーに接続できません。操作を停止しました。
agent-notice-server-back = サーバーに再び接続できるようになりました。操作は、再び許可するまで停止したままです。
agent-notice-connection-lost = ヘルパーとの接続が切断されました。操作を停止しました。
agent-notice-connected = 接続しました: ヘルパーに画面が表示されています。
agent-notice-control-stopped = 操作を停止しました: ヘルパーはマウスとキーボードを使用できなくなりました。

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = 新しいバージョンの { -product-name } アプリを利用できます: { $version }
agent-update-required = この { -product-name } アプリは古いため、共有する前にバージョン { $version } に更新する必要があります
# $url: where to download the newer app.
agent-update-download = ダウンロード先: { $url }

## The end of the session

agent-ended-heading = セッションが終了しました
agent-ended = セッションが終了しました。
agent-ended-helper-left = セッションが終了しました: ヘルパーが終了しました。
agent-ended-sharer-left = セッションが終了しました: ご自身で終了しました。
agent-ended-sharer-disconnected = セッションが終了しました: 接続が切断され、時間内に復旧しませんでした。
agent-ended-helper-disconnected = セッションが終了しました: ヘルパーの接続が切断され、時間内に復旧しませんでした。
agent-ended-code-expired = セッションが終了しました: セキュリティ コードの有効期限が切れました。
agent-ended-declined-timeout = セッションが終了しました: 要求に時間内に応答しませんでした。
agent-ended-revoked = セッションが終了しました: 管理者が停止しました。
agent-ended-policy = セッションが終了しました: 組織のルールによって停止されました。
agent-ended-access-withdrawn = セッションが終了しました: ヘルパーがあなたを支援できなくなったか、あなた自身のアクセス権が取り消されました。
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = セッションが終了しました: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = このデバイスは登録されておらず、組織では登録済みデバイスでのみヘルプが許可されています。管理者に登録を依頼してください。
agent-close = 閉じる

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = メール アドレス:
agent-terminal-password = パスワード (シングル サインオンの場合は空欄):
agent-terminal-second-factor = 認証アプリのコード:
agent-terminal-code = セキュリティ コード:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [a] 許可、[v] 表示のみを許可、[d] 拒否:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [a] 許可、[d] 拒否:
# One lowercase letter each, all three different.
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = コマンド: /stop で操作を取り戻し、/resume で再び許可し、/end でセッションを終了します。それ以外の行はチャットとして送信されます。
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = 操作を再び許可するには、/resume と入力してください。
agent-terminal-end-now-hint = 今すぐセッションを終了するには、/end と入力してください。
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = 不明なコマンドです: { $command }。/help でコマンドの一覧を表示できます。/ で始まるチャット メッセージを送信するには、行の先頭に // を付けてください。
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = このバージョンの { -product-name } アプリは古すぎるため、組織で使用できません。更新してから、もう一度お試しください。
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = サインインしました。このタブを閉じて { -product-name } アプリに戻ってかまいません。
agent-sso-browser-failed = シングル サインオンに失敗しました。{ -product-name } アプリに戻って理由を確認してください。
