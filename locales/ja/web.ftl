# Messages of the web app (Japanese). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = メイン コンテンツにスキップ
loading = 読み込んでいます…
go-to-sign-in = サインイン ページへ移動
sign-out = サインアウト
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = 言語

## Form fields and checks

field-organisation-name = 組織名
field-organisation-name-hint = 同僚が知っている名前を入力してください。後で変更できます。
field-full-name = 氏名
field-full-name-hint = サポートする相手に表示され、誰が接続しているかがわかります。
field-email = メール アドレス
field-job-title-optional = 役職 (省略可能)
field-company-optional = 会社 (省略可能)
field-password = パスワード
field-new-password = 新しいパスワード
field-confirm-password = パスワードの確認
password-hint = 12 文字以上。関連のない単語をいくつか組み合わせると、覚えやすく強力なパスワードになります。
form-required = この項目は必須です。
form-email-invalid = name@example.com のようなメール アドレスを入力してください。
form-fix-fields = 確認が必要な項目があります。以下のマークが付いた項目を修正してください。
form-error-summary = 次の項目を修正してください:
password-too-short = パスワードは { $min } 文字以上にする必要があります。
password-too-long = パスワードは { $max } 文字以下にする必要があります。
password-mismatch = パスワードが一致しません。両方の欄に同じパスワードを入力してください。

## Errors from the server, by code

error-network = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。
error-invalid-credentials = メール アドレスまたはパスワードが正しくありません。
error-too-many-attempts = 試行回数が多すぎます。しばらく待ってから、もう一度お試しください。
error-too-many-attempts-wait = 試行回数が多すぎます。{ $seconds } 秒待ってから、もう一度お試しください。
error-setup-link-invalid = このリンクは無効になっています。既に使用されたか、有効期限が切れている可能性があります。
error-conflict = 既存のものと競合しています。
error-email-taken = このメール アドレスのアカウントは既に存在します。
error-unauthenticated = サインインしていないか、セッションが終了しました。もう一度サインインしてください。
error-origin-mismatch = このサイトからの要求ではないため、拒否されました。ページを再読み込みして、もう一度お試しください。
error-payload-too-large = 送信したデータが大きすぎます。
error-forbidden = この操作を行う権限がありません。
error-timeout = サーバーの応答に時間がかかりすぎました。もう一度お試しください。
error-unavailable = サービスは一時的に利用できません。数分後にもう一度お試しください。
error-internal = サーバーで問題が発生しました。もう一度お試しください。問題が解決しない場合は、管理者に連絡してください。
error-unexpected = 予期しない問題が発生しました。もう一度お試しください。
error-second-factor-required = 認証アプリのコード、または回復コードのいずれかを入力してください。
error-invalid-second-factor = コードが正しくないか、既に使用されています。新しいコードが表示されるのを待って、もう一度お試しください。
error-sso-not-configured = 組織では、このメール アドレスのシングル サインオンを提供していません。パスワードでサインインしてください。
error-profile-managed = 氏名、役職、会社は組織がシングル サインオンで管理しているため、変更できるのは管理者だけです。
error-sso-provider-unavailable = 組織のサインイン サービスに接続できませんでした。数分後にもう一度お試しください。
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = 組織の条件付きアクセス ポリシー「{ $policy }」により、この操作は許可されていません。管理者に問い合わせてください。

## Setup link page (/setup)

setup-page-title = セットアップ – { -product-name }
setup-checking-heading = リンクを確認しています
setup-checking = リンクを確認しています。しばらくお待ちください…
setup-expires = このリンクの有効期限は { $time } です。
setup-invalid-heading = このリンクは使用できません
setup-missing-heading = このページにはセットアップ リンクが必要です
setup-missing = 受け取ったリンクを、# 記号以降の部分も含めてすべて開いてください。
setup-error-heading = リンクを確認できませんでした
setup-unknown-purpose = このリンクは、このページでサポートされていない用途のものです。
setup-invalid-help =
    新しいリンクを管理者に依頼してください。サーバーの運用担当者は、コマンド
    「assist-server admin setup-link」で新しいリンクを発行できます。

first-admin-heading = 組織の作成
first-admin-intro = 組織の { -product-name } をセットアップし、最初の管理者アカウントを作成します。同僚は後から招待できます。
first-admin-organisation-legend = 組織
first-admin-account-legend = 管理者アカウント
first-admin-submit = 組織を作成

reset-heading = 新しいパスワードの設定
reset-intro = { $email } の新しいパスワードを設定します。
reset-intro-no-email = アカウントの新しいパスワードを設定します。
reset-submit = パスワードを設定

## Sign-in page (/sign-in)

sign-in-page-title = サインイン – { -product-name }
sign-in-heading = { -product-name } にサインイン
sign-in-intro = アカウントのメール アドレスとパスワードを使用してください。
sign-in-submit = サインイン
field-second-factor-code = 認証アプリのコードまたは回復コード
sign-in-sso = 組織のアカウントでサインイン
sign-in-sso-needs-email = 組織を特定するため、まずメール アドレスを入力してください。
sign-in-sso-refused = シングル サインオンでサインインできませんでした。アカウントに独自のパスワードがある場合は、ここでそのパスワードでサインインしてから、ホーム ページでシングル サインオンをリンクしてください。
sign-in-or = または
sign-in-forgot = パスワードを忘れた場合は、組織の管理者に回復リンクを依頼してください。

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = 組織:
user-menu-label = アカウント
home-heading = { $name } としてサインインしています

profile-heading = プロフィール
profile-name = 名前
profile-email = メール アドレス
profile-job-title = 役職
profile-company = 会社
profile-role = ロール
profile-not-set = 未設定
profile-edit = プロフィールを編集
profile-form-label = プロフィールの編集
profile-save = 保存
profile-cancel = キャンセル
profile-saved = プロフィールを保存しました。
profile-managed = 氏名、役職、会社は組織がシングル サインオンで管理しています。変更するには管理者に依頼してください。
role-administrator = 管理者
role-member = メンバー

picture-change = 画像を変更
picture-hint = 256 KB 以下の PNG または JPEG 画像。サポートする相手は、画面を共有する前にこの画像を確認できます。
picture-uploading = 画像をアップロードしています…
picture-updated = 画像を更新しました。
picture-wrong-type = PNG または JPEG 画像を選択してください。
picture-too-large = 画像が 256 KB を超えています。小さい画像を選択してください。

sessions-heading = サインイン中の場所
sessions-intro = アカウントがサインインしているブラウザーです。心当たりのないものはサインアウトしてください。
session-this-device = このデバイス
session-device = { $os } 上の { $browser }
session-device-unknown = 不明なブラウザー
session-signed-in = サインイン: { $time }
session-last-active = 最終アクティブ: { $time }
session-address = アドレス: { $address }
session-sign-out = サインアウト
session-sign-out-label = { $device } でサインアウト
session-signed-out = { $device } でサインアウトしました。

home-admin-link = 管理コンソール

## Home page: remote help

home-remote-help-heading = リモート ヘルプ
home-help-someone-text = セッションを開始し、セキュリティ コードを相手に伝えます。
home-help-someone = 他のユーザーをサポート
home-get-help-text = ヘルパーからセキュリティ コードを受け取った場合は、ここに入力してください。
home-get-help = ヘルプを受ける

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = シングル サインオン
home-sso-linked = アカウントは組織のシングル サインオンにリンクされています。
home-sso-not-linked = アカウントは組織のシングル サインオンにリンクされていません。
home-sso-link-intro = リンクすると、組織のアカウントでサインインできるようになります。
home-sso-link = シングル サインオンをリンク
home-sso-linking = 組織のサインイン ページに移動しています…
