# Messages of the remote help pages (Japanese): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = セッションを終了
session-ended-heading = セッションが終了しました
session-reconnecting = 接続が中断されました。再接続しています…
session-replaced = このセッションは別のウィンドウで開かれたため、このウィンドウでは停止しました。
session-connection-closed = サーバーとの接続が閉じられました。
go-home = ホーム ページに戻る

## The trust card: who is on the other side

trust-helper-heading = ヘルパー
trust-sharer-heading = サポートしている相手
trust-job-title = 役職
trust-company = 会社
trust-domain = 組織のドメイン
trust-domain-verified = 確認済み
trust-domain-unverified = 未確認
trust-not-set = 未指定

## The device the helper is about to help with

device-heading = デバイス
device-name = 名前
device-system = オペレーティング システム
device-compliance = コンプライアンス
device-compliant = 準拠
device-not-compliant = 非準拠
device-web-browser = 相手は Web ブラウザーから参加したため、デバイスを識別できません。
device-none = デバイス情報はありません。
warning-device-not-enrolled = このデバイスは組織に登録されていません。
warning-device-not-enrolled-detail = デバイスの ID とセキュリティの状態は不明です。このデバイスで開くものや入力する内容には注意してください。
warning-device-not-compliant = このデバイスは組織のコンプライアンス ポリシーを満たしていません:

## Chat

chat-heading = チャット
chat-list-label = メッセージ
chat-input-label = メッセージ
chat-placeholder = メッセージを入力…
chat-send = 送信
chat-you = 自分
chat-role-helper = ヘルパー
chat-role-sharer = サポート対象者
chat-sending = 送信しています…
chat-too-long = メッセージは { $max } 文字以内で入力してください。

## Helper console

helper-page-title = リモート ヘルプ – Assist
helper-page-title-org = リモート ヘルプ – { $organisation }
helper-start-heading = リモート ヘルプ セッションを開始
helper-start-intro = 8 桁のセキュリティ コードが発行されます。サポートする相手にこのコードを伝えてください。相手がコードを入力すると接続されます。
helper-device-label = デバイス (省略可能)
helper-device-none = 特定のデバイスなし
helper-device-hint = 相手のデバイスがわかっている場合は選択してください。セッションはそのデバイスでのみ有効になり、デバイスのコンプライアンス状態を確認できます。
helper-start-button = 新しいリモート ヘルプ セッション
helper-start-another = 別のセッションを開始
helper-session-heading = リモート ヘルプ セッション
helper-code-heading = セキュリティ コード
helper-code-copy = コードをコピー
helper-code-copied = コードをコピーしました。
helper-code-copy-failed = コードをコピーできませんでした。代わりに読み上げてください。
helper-code-expires-in = 有効期限まで { $time }
helper-code-expired = コードの有効期限が切れました。
helper-code-one-minute = セキュリティ コードはあと 1 分で有効期限が切れます。
helper-code-instructions = 相手に { $address } を開いてサインインし、このコードを入力するよう伝えてください。
helper-code-not-shown-again = セキュリティ コードは一度しか表示されません。相手がまだ参加していない場合は、このセッションを終了して新しいセッションを開始してください。
helper-status-waiting = 相手がコードを入力するのを待っています…
helper-status-joined = { $name } さんが参加しました。準備ができたら、画面の表示を依頼してください。
helper-status-asked-view = { $name } さんが画面の表示を許可するのを待っています…
helper-status-asked-control = { $name } さんがフル コントロールを許可するのを待っています…
helper-status-connecting = { $name } さんの画面に接続しています…
helper-status-viewing = { $name } さんの画面を表示しています。
helper-sharer-joined = { $name } さんがセッションに参加しました。
helper-request-declined = { $name } さんが要求を拒否しました。
helper-granted-view = { $name } さんが画面の表示を許可しました。
helper-granted-control = { $name } さんがフル コントロールを許可しました。
helper-granted-view-only = { $name } さんが表示のみを許可しました。
helper-escalation-declined = { $name } さんは表示のみを継続しました。
helper-control-taken-back = { $name } さんが操作を取り戻しました。画面は引き続き表示できます。
helper-control-paused = { $name } さんが操作を一時停止しました。
helper-control-resumed = { $name } さんが操作を再び許可しました。
helper-connection-failed = 画面に接続できませんでした。ネットワークを確認するか、セッションを終了してもう一度お試しください。
helper-mode-heading = 何が必要ですか?
helper-mode-hint = 画面を見るだけなら表示のみを、マウスとキーボードを使うにはフル コントロールを依頼してください。決めるのは相手です。
helper-mode-web-hint = 相手は Web ブラウザーを使用しているため、画面は表示のみで共有できます。フル コントロールには、相手のデバイスに Assist アプリが必要です。
helper-escalate-hint = フル コントロールを依頼できます。相手が改めて判断します。
helper-request-view = 表示のみを依頼
helper-request-control = フル コントロールを依頼

## The remote screen in the helper console

viewer-heading = { $name } さんの画面
viewer-stage-label = { $name } さんのリモート画面
viewer-toolbar-label = 画面表示
viewer-fit = ウィンドウに合わせる
viewer-actual-size = 実際のサイズ
viewer-full-screen = 全画面表示
viewer-monitor-label = モニター
viewer-monitor-option = { $name } ({ $width } × { $height })
viewer-mode-view = 表示のみ
viewer-mode-control = フル コントロール
viewer-mode-paused = 操作は一時停止中
viewer-role-view = リモート画面、表示のみ
viewer-role-control = リモート画面、マウスとキーボードの操作は相手のコンピューターに送られます
viewer-hint-view = 画面は表示できますが、操作はできません。
viewer-hint-control = 画面をクリックすると操作できます。フォーカスがある間は、ショートカットを含むすべてのキー入力が相手のコンピューターに送られます。ツールバーに戻るには、Ctrl+Alt+Home キーを押します。

## Sharer web app

share-page-title = ヘルプを受ける – Assist
share-page-title-org = ヘルプを受ける – { $organisation }
share-join-heading = ヘルプを受ける
share-join-intro = ヘルパーから伝えられたセキュリティ コードを入力してください。相手が何かを見る前に、相手が誰なのかを確認できます。
share-code-label = セキュリティ コード
share-code-hint = 8 桁の数字 (例: 1234 5678)。
share-code-invalid-format = セキュリティ コードの 8 桁の数字を入力してください。
share-join-button = 続行
share-join-another = 別のコードを入力
share-session-heading = リモート ヘルプ
share-status-joined = { $name } さんと接続しました。画面の表示が依頼されます。
share-status-asked = { $name } さんが応答を待っています。
share-status-sharing = { $name } さんと画面を共有しています。
share-request-view-heading = { $name } さんが画面の表示を求めています
share-request-view-text = { $name } さんは選択した画面のすべてを見ることができますが、マウスやキーボードは使用できません。いつでも停止できます。
share-request-control-heading = { $name } さんがフル コントロールを求めています
share-request-control-text = フル コントロールを許可すると、{ $name } さんがマウスとキーボードを使用できるようになります。
share-control-needs-app = フル コントロールには、このデバイスに Assist アプリが必要です。ブラウザーでは、画面を表示のみで共有できます。
share-allow = 許可
share-allow-view-only = 表示のみを許可
share-decline = 拒否
share-keep-view-only = 表示のみを継続
share-picker-cancelled = 画面が選択されなかったため、何も共有されていません。画面を選ぶにはもう一度 [許可] を選択するか、[拒否] を選択してください。
share-capture-failed = このブラウザーでは画面を共有できませんでした。別のブラウザーを試すか、拒否してください。
share-reshare-heading = 画面の共有が停止しました
share-reshare-text = ページが再読み込みされたため、{ $name } さんには画面が表示されなくなりました。もう一度共有するか、セッションを終了してください。
share-reshare-button = 画面をもう一度共有
share-bar-label = 画面共有
share-bar-text = { $name } さんと画面を共有しています
share-stop = 共有を停止
share-connection-failed = 画面を送信できませんでした。ネットワークを確認するか、セッションを終了してもう一度お試しください。

## Why a session ended, as the helper hears it

ended-helper-helper-left = セッションを終了しました。
ended-helper-sharer-left = { $name } さんがセッションを終了しました。
ended-helper-helper-disconnected = 接続が長時間切断されたため、セッションが終了しました。
ended-helper-sharer-disconnected = { $name } さんの接続が切断されたまま戻らなかったため、セッションが終了しました。
ended-helper-code-expired = 有効期限が切れる前にコードが入力されませんでした。
ended-helper-declined-timeout = { $name } さんが時間内に要求に応答しませんでした。
ended-helper-revoked = 管理者がこのセッションを終了しました。
ended-helper-policy = 組織でリモート ヘルプが無効になったため、セッションが終了しました。
ended-helper-access-withdrawn = アクセス権が変わったため、セッションが終了しました: アカウント、サインイン、またはリモート ヘルプのロールで、このセッションが許可されなくなりました。
ended-helper-other = セッションが終了しました。

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } さんがセッションを終了しました。
ended-sharer-sharer-left = セッションを終了しました。何も共有されていません。
ended-sharer-helper-disconnected = { $name } さんの接続が切断されたまま戻らなかったため、セッションが終了しました。
ended-sharer-sharer-disconnected = 接続が長時間切断されたため、セッションが終了しました。
ended-sharer-code-expired = コードの有効期限が切れました。
ended-sharer-declined-timeout = 時間内に応答がなかったため、セッションが終了しました。何も共有されていません。
ended-sharer-revoked = 管理者がこのセッションを終了しました。
ended-sharer-policy = 組織でリモート ヘルプが無効になったため、セッションが終了しました。
ended-sharer-access-withdrawn = { $name } さんがあなたを支援できなくなったか、あなた自身のアクセス権が変わったため、セッションが終了しました。現在は何も共有されていません。
ended-sharer-other = セッションが終了しました。

## Refusals from the server

error-remote-help-disabled = 組織でリモート ヘルプが無効になっています。管理者が有効にできます。
error-code-invalid = このコードは無効です。数字を確認して、もう一度お試しください。
error-code-expired = このコードは有効期限が切れています。ヘルパーに新しいコードを依頼してください。
error-code-used = このコードは既に使用されています。ヘルパーに新しいコードを依頼してください。
error-unenrolled-device = 組織では、登録済みのデバイスでのみヘルプを受けられます。このデバイスに Assist アプリをインストールするか、管理者に問い合わせてください。
error-wrong-device = このセッションは別のデバイス用に開始されました。このデバイス用のコードをヘルパーに依頼してください。
error-chat-disabled = 組織でチャットが無効になっています。
error-invalid-transition = セッションの現在の段階では、この操作はできません。
error-session-ended = このセッションは既に終了しています。
error-control-needs-agent = フル コントロールには、相手のデバイスに Assist アプリが必要です。
error-session-not-found = このセッションは存在しないか、このセッションに参加していません。

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = このアカウントではリモート ヘルプを提供できません。「リモート アシスタンスを提供」と「画面の表示」のアクセス許可が必要です。組織の管理者に、ヘルパーにしてもらうよう依頼してください。
error-browser-sharing-not-allowed = 組織では Web ブラウザーからの画面共有が許可されていません。このデバイスに Assist アプリをインストールしてそこでコードを入力するか、ヘルプデスクに問い合わせてください。
error-sharer-out-of-scope = このヘルパーはあなたを支援できません。ヘルパーのロールがあなたまたはこのデバイスを対象にしていません。誰が支援できるかヘルプデスクに問い合わせてください。
error-own-session = このセッションはあなた自身が開始しました。支援する相手にコードを伝えてください。相手がコードを入力して接続します。
error-helper-unavailable = このコードを渡したヘルパーはもう支援できません。ヘルプデスクに別の担当者を依頼してください。
error-device-in-other-organisation = このデバイスは別の組織に登録されています。管理者に問い合わせてください。
error-device-out-of-scope = このデバイスはあなたのロールの対象外のため、このデバイスでは支援できません。別のデバイスを選ぶか、選択しないでください。
error-chat-empty = 送信する前にメッセージを入力してください。
error-chat-too-long = このメッセージは長すぎます。短くしてもう一度送信してください。
error-chat-invalid-characters = このメッセージには送信できない不可視の制御文字が含まれています。削除してからもう一度お試しください。
helper-permission-heading = まだリモート ヘルプを提供できません
helper-permission-text = リモート ヘルプを提供するには「リモート アシスタンスを提供」と「画面の表示」のアクセス許可が必要ですが、このアカウントにはありません。
helper-ask-admin = { $organisation } の管理者に変更を依頼してください。
helper-disabled-heading = リモート ヘルプはオフです
helper-disabled-text = 組織でリモート ヘルプがオンになっていないため、まだセッションを開始できません。
helper-open-settings = 組織の設定を開く
helper-browser-note = 組織では Web ブラウザーからの共有が許可されていません。支援する相手には、登録済みデバイス上の Assist アプリが必要です。
helper-join-refused-heading = 誰かがこのコードで参加しようとしました
helper-join-refused-browser-sharing-not-allowed = 相手は Web ブラウザーを使用しましたが、組織ではブラウザーからの共有が許可されていません。同じコードを Assist アプリで入力するよう依頼してください。コードはまだ有効です。
helper-join-refused-unenrolled-device = 相手のデバイスは登録されておらず、組織では登録済みデバイスでのみヘルプが許可されています。登録済みデバイスで Assist アプリを使うよう依頼してください。コードはまだ有効です。
helper-join-refused-sharer-out-of-scope = あなたのロールはその相手またはデバイスを対象にしていないため、相手は参加できませんでした。その相手を対象とするロールを持つヘルパーに引き継ぐか、管理者にロールの範囲を広げるよう依頼してください。
helper-join-refused-wrong-device = 相手は、このセッションで選択したデバイスとは別のデバイスを使用しました。そのデバイスで Assist アプリを使うよう依頼してください。コードはまだ有効です。
share-app-explained = Assist アプリは、このコンピューターでヘルプを受けるための組織のプログラムです。アプリを使うと、あなたが見ている間にヘルパーがマウスとキーボードを操作でき、あなたはいつでも操作を取り戻したり終了したりできます。インストールされていない場合は、ヘルプデスクに問い合わせてください。
share-app-download = Assist アプリをダウンロード

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } さんの接続が切れました。戻るのを待っています…
presence-grace-left = 戻らない場合、セッションは { $time } 後に終了します。
presence-nobody-sees = 離れている間、画面は誰にも見えません。戻ると共有が再開されます。
presence-end-now = 今すぐ終了
presence-back = { $name } さんが戻りました。
presence-back-reshare = { $name } さんが戻りました。画面をもう一度共有するよう求められています。
share-bar-paused-text = 今は誰も画面を見ていません: { $name } さんの接続が切れました
