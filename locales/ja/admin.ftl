# Messages of the admin console (/admin), Japanese. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = 管理コンソール – { -product-name }
admin-page-title = { $section } – 管理コンソール – { $organisation }
admin-console-name = 管理コンソール
admin-back-home = ホームに戻る
admin-nav-label = 管理コンソール
admin-nav-group-people = ユーザー
admin-nav-group-access = アクセス
admin-nav-group-devices = デバイス
admin-nav-group-organisation = 組織
admin-nav-group-activity = アクティビティ

admin-denied-title = アクセス権なし – { -product-name }
admin-denied-heading = 管理コンソールを使用する権限がありません
admin-denied-text = お使いのアカウントは { -product-name } を使用できますが、組織を管理することは許可されていません。
admin-denied-help = ユーザー、デバイス、または設定を管理する必要がある場合は、組織の管理者に依頼して、それらの権限を持つロールを割り当ててもらってください。

## Shared words

admin-save = 保存
admin-cancel = キャンセル
admin-done = 完了
admin-edit = 編集
admin-delete = 削除
admin-remove = 削除
admin-revoke = 取り消し
admin-manage = 管理
admin-copy = コピー
admin-refresh = 最新の情報に更新
admin-search = 検索
admin-apply-filters = フィルターを適用
admin-clear-filters = フィルターをクリア
admin-export-csv = CSV にエクスポート
admin-filter-any = すべて
admin-filter-anyone = すべてのユーザー
admin-filter-any-device = すべてのデバイス
admin-not-set = 未設定
admin-never = なし
admin-no-changes = 保存する内容はありません。変更された項目はありません。
admin-name-taken = この名前は既に使用されています。別の名前を選択してください。
admin-number-range = { $min } から { $max } までの整数を入力してください。
admin-error-refused = サーバーによって拒否されました: { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = このセクションは使用できません。組織全体 (すべてのユーザーとすべてのデバイス) に対する「{ $permission }」のアクセス許可が必要ですが、あなたのロールではその範囲まで与えられていません。
admin-section-denied-ask = { $organisation } の管理者に、組織全体に対して付与するよう依頼してください。
admin-choose-user = ユーザーを選択…
admin-choose-user-first = 先にユーザーを選択してください。
admin-choose-device = デバイスを選択…
admin-choose-device-first = 先にデバイスを選択してください。
admin-choose-role = ロールを選択…
admin-no-devices-yet = 登録済みのデバイスはまだありません
admin-unknown-user = 不明なユーザー
admin-unknown-group = 不明なグループ
admin-unknown-role = 不明なロール

admin-page-previous = 前のページ
admin-page-next = 次のページ
admin-page-number = { $page } ページ

admin-duration-seconds = { $seconds } 秒
admin-duration-minutes = { $minutes } 分
admin-duration-hours = { $hours } 時間 { $minutes } 分
admin-duration-running = 現在 { $duration }

## Table column headings

admin-column-name = 名前
admin-column-email = メール アドレス
admin-column-job-title = 役職
admin-column-company = 会社
admin-column-role = ロール
admin-column-status = 状態
admin-column-actions = 操作
admin-column-description = 説明
admin-column-members = メンバー
admin-column-created = 作成日時
admin-column-permissions = アクセス許可
admin-column-member-groups = 割り当て先
admin-column-scope = 対象範囲
admin-column-state = 状態
admin-column-targets = 適用対象
admin-column-conditions = 条件
admin-column-grant = 結果
admin-column-device = デバイス
admin-column-platform = オペレーティング システム
admin-column-primary-user = プライマリ ユーザー
admin-column-agent = エージェントのバージョン
admin-column-enrollment = 登録
admin-column-compliance = コンプライアンス
admin-column-last-check-in = 最終チェックイン
admin-column-uses = 登録済みデバイス
admin-column-expires = 有効期限
admin-column-rules = ルール
admin-column-helper = ヘルパー
admin-column-sharer = サポート対象者
admin-column-access = 許可されたアクセス
admin-column-started = 開始日時
admin-column-duration = 時間
admin-column-outcome = 終了理由
admin-column-chat = チャット メッセージ
admin-column-time = 日時
admin-column-actor = 実行者
admin-column-action = 操作
admin-column-target = 対象
admin-column-detail = 詳細

## Users

admin-users-title = ユーザー
admin-users-intro = { -product-name } にサインインできる組織内のユーザーと、サポートする相手に表示されるプロフィールです。
admin-users-search = 名前、メール アドレス、役職、会社で検索
admin-users-search-label = ユーザーを検索
admin-users-pages = ユーザーのページ
admin-users-search-summary =
    { $count ->
        [0] このページには「{ $term }」に一致するユーザーはいません。
       *[other] 「{ $term }」に一致するユーザーは { $count } 人です。
    }
admin-users-none-found = 「{ $term }」に一致するユーザーはいません。
admin-users-empty = ユーザーはまだいません。
admin-user-create = ユーザーを作成
admin-user-create-title = ユーザーの作成
admin-user-create-submit = ユーザーを作成
admin-user-created = { $name } を作成しました。
admin-user-job-title = 役職 (省略可能)
admin-user-company = 会社 (省略可能)
admin-user-initial-password = 初期パスワード (省略可能)
admin-user-initial-password-hint = 12 文字以上。設定しない場合、このユーザーはシングル サインオンまたは回復リンクでのみサインインできます。
admin-user-is-admin = 組織の管理者
admin-user-is-admin-hint = 管理者は、割り当てられたロールにかかわらず、すべての操作を実行できます。
admin-user-edit-title = { $name } の編集
admin-user-edit-label = { $name } を編集
admin-user-email-fixed = メール アドレスはアカウントを識別するためのものであり、ここでは変更できません。
admin-user-disabled = サインイン無効
admin-user-disabled-hint = サインインを無効にすると、このユーザーのセッションも終了し、API トークンも取り消されます。
admin-user-new-password = 新しいパスワード (省略可能)
admin-user-new-password-hint = 現在のパスワードを維持する場合は空欄のままにします。設定すると、このユーザーはすべての場所でサインアウトされます。
admin-user-saved = { $name } への変更を保存しました。
admin-user-status-active = アクティブ
admin-user-status-disabled = サインイン無効
admin-user-delete-label = { $name } を削除
admin-user-delete-title = { $name } を削除しますか?
admin-user-delete-text = アカウント { $email } は削除され、すべての場所でサインアウトされます。この操作は元に戻せません。
admin-user-delete-confirm = ユーザーを削除
admin-user-deleted = { $name } を削除しました。
admin-user-picture = プロフィール画像
admin-user-picture-choose = 画像をアップロード
admin-user-picture-remove = 画像を削除
admin-user-picture-hint = 256 KB 以下の PNG または JPEG 画像。変更はすぐに反映され、サポートを受ける相手は画面を共有する前にこの画像を確認できます。
admin-user-picture-uploading = 画像をアップロードしています…
admin-user-picture-updated = { $name } の画像を更新しました。
admin-user-picture-removed = { $name } の画像を削除しました。

## Groups

admin-groups-title = グループ
admin-groups-intro = グループはユーザーとデバイスをまとめたものです。ロールの割り当てにより、グループのメンバーに、他のグループを対象とするロールが付与されます。
admin-groups-pages = グループのページ
admin-groups-empty = グループはまだありません。グループを作成して、そのメンバーにロールを付与します。
admin-groups-back = すべてのグループ
admin-group-create = グループを作成
admin-group-create-title = グループの作成
admin-group-create-submit = グループを作成
admin-group-created = グループ { $name } を作成しました。
admin-group-name = グループ名
admin-group-description = 説明 (省略可能)
admin-group-description-hint = グループの用途。例: 「ベルリンのヘルプデスク担当者」
admin-group-member-count =
    { $count ->
        [0] メンバーなし
       *[other] メンバー { $count } 人
    }
admin-group-manage-label = グループ { $name } を管理
admin-group-delete = グループを削除
admin-group-delete-label = グループ { $name } を削除
admin-group-delete-title = グループ { $name } を削除しますか?
admin-group-delete-text = メンバーのアカウントは残りますが、このグループを通じてロールの割り当てで付与されていたものは失われます。この操作は元に戻せません。
admin-group-delete-confirm = グループを削除
admin-group-deleted = グループ { $name } を削除しました。
admin-group-detail-intro = グループの名前を変更し、メンバーとデバイスを選択します。
admin-group-details = 名前と説明
admin-group-saved = グループ { $name } を保存しました。
admin-group-members = メンバー
admin-group-no-members = このグループにはまだメンバーがいません。
admin-group-add-member = メンバーを追加
admin-group-add-member-label = 追加するユーザー
admin-group-everyone-member = 全員が既にメンバーです
admin-group-member-added = { $name } を { $group } に追加しました。
admin-group-member-removed = { $name } を { $group } から削除しました。
admin-group-remove-member-label = { $name } をグループから削除
admin-group-devices = デバイス
admin-group-devices-intro = 対象範囲にこのグループを含むロールの割り当ては、グループ内のデバイスに適用されます。
admin-group-device-label = デバイス
admin-group-add-device = グループに追加
admin-group-remove-device-label = { $device } をグループから削除
admin-group-no-devices = このグループにはまだデバイスがありません。
admin-group-device-added = { $device } を { $group } に追加しました。
admin-group-device-removed = { $device } を { $group } から削除しました。

## Roles and role assignments

admin-roles-title = ロール
admin-roles-intro = ロールはアクセス許可のセットです。ロールの割り当てにより、グループのメンバーに、対象範囲内のユーザーとデバイスに対するロールが付与されます。
admin-roles-list = ロール
admin-roles-list-intro = 組み込みロールは変更できません。カスタム ロールを作成するには、組み込みロールをコピーしてください。
admin-roles-empty = ロールはありません。
admin-role-create = ロールを作成
admin-role-create-title = ロールの作成
admin-role-create-submit = ロールを作成
admin-role-created = ロール { $name } を作成しました。
admin-role-edit-title = ロール { $name } の編集
admin-role-edit-label = ロール { $name } を編集
admin-role-saved = ロール { $name } を保存しました。
admin-role-copy = コピー
admin-role-copy-label = ロール { $name } を新しいロールとしてコピー
admin-role-copy-name = { $name } (コピー)
admin-role-name = ロール名
admin-role-description = 説明 (省略可能)
admin-role-built-in = 組み込み
admin-role-no-permissions = アクセス許可なし
admin-role-delete-label = ロール { $name } を削除
admin-role-delete-title = ロール { $name } を削除しますか?
admin-role-delete-text = 削除できるのは、どの割り当てでも使用されていないロールだけです。この操作は元に戻せません。
admin-role-delete-confirm = ロールを削除
admin-role-deleted = ロール { $name } を削除しました。

admin-perm-group-remote-help = リモート ヘルプ
admin-perm-group-reading = 閲覧
admin-perm-group-administration = 管理
admin-perm-offer = リモート アシスタンスを提供
admin-perm-offer-hint = 対象範囲内のユーザーとリモート ヘルプ セッションを開始します。
admin-perm-view-screen = 画面の表示
admin-perm-view-screen-hint = 対象範囲内のユーザーの画面を表示します。
admin-perm-full-control = フル コントロール
admin-perm-full-control-hint = 対象範囲内のユーザーの同意を得て、そのユーザーのマウスとキーボードを使用します。
admin-perm-elevation = 昇格
admin-perm-elevation-hint = 将来のバージョン用に予約済み: 相手のデバイスで昇格して実行します。
admin-perm-read = デバイスとレポートの閲覧
admin-perm-read-hint = デバイス インベントリ、ライブ セッション、セッション レポートを表示します。
admin-perm-manage-users = ユーザーとグループの管理
admin-perm-manage-users-hint = ユーザーとグループ、およびその画像と第 2 要素を作成、変更、削除します。
admin-perm-manage-roles = ロールの管理
admin-perm-manage-roles-hint = ロールとロールの割り当てを作成、変更します。
admin-perm-manage-devices = デバイスの管理
admin-perm-manage-devices-hint = 登録トークンを作成し、デバイスを廃止、削除します。
admin-perm-manage-settings = 設定の管理
admin-perm-manage-settings-hint = 組織の設定と確認済みドメインを変更し、ライブ セッションを停止します。
admin-perm-manage-policies = ポリシーの管理
admin-perm-manage-policies-hint = 条件付きアクセス ポリシーとコンプライアンス ポリシーを作成、変更します。
admin-perm-read-audit = 監査ログの閲覧
admin-perm-read-audit-hint = 記録されたすべての変更とサインインを表示、エクスポートします。
admin-perm-create-api-tokens = API トークンの作成
admin-perm-create-api-tokens-hint = 保有者自身の権限で動作するスクリプト用のトークンを作成します。トークンは、別に設定しない限り 90 日後に期限切れになります (最長 1 年)。

admin-assignments-title = ロールの割り当て
admin-assignments-intro = 誰にどのロールを、誰を対象として付与するか。
admin-assignments-empty = ロールの割り当てはまだありません。割り当てがない場合、ヘルプを提供できるのは管理者だけです。
admin-assignment-create = 割り当てを作成
admin-assignment-create-title = ロールの割り当ての作成
admin-assignment-create-submit = 割り当てを作成
admin-assignment-created = 割り当て { $name } を作成しました。
admin-assignment-edit-title = 割り当て { $name } の編集
admin-assignment-edit-label = 割り当て { $name } を編集
admin-assignment-saved = 割り当て { $name } を保存しました。
admin-assignment-name = 割り当て名
admin-assignment-name-hint = 例: 「ヘルプデスクが経理部をサポート」
admin-assignment-role = ロール
admin-assignment-members = ロールを付与するグループ
admin-assignment-members-hint = ヘルパーです。これらのグループの全員にロールが付与されます。
admin-assignment-no-groups = グループはまだありません。先にグループを作成してください。
admin-assignment-scope = 対象範囲
admin-assignment-scope-hint = ロールの対象となるユーザーとデバイス。
admin-assignment-scope-groups = これらのグループ内のユーザーとデバイス
admin-assignment-scope-groups-hint = 選択したグループのメンバーとデバイス。
admin-assignment-needs-members = ロールを付与するグループを少なくとも 1 つ選択してください。
admin-assignment-needs-scope = ロールの対象範囲 (すべてのユーザー、すべてのデバイス、またはグループ) を選択してください。
admin-assignment-delete-label = 割り当て { $name } を削除
admin-assignment-delete-title = 割り当て { $name } を削除しますか?
admin-assignment-delete-text = 対象グループのメンバーは、この割り当てによって付与されたロールを直ちに失います。この操作は元に戻せません。
admin-assignment-delete-confirm = 割り当てを削除
admin-assignment-deleted = 割り当て { $name } を削除しました。
admin-scope-all-users = すべてのユーザー
admin-scope-all-users-hint = 組織内のすべてのユーザー。
admin-scope-all-devices = すべてのデバイス
admin-scope-all-devices-hint = 組織内のすべての登録済みデバイス。

## Conditional access

admin-policies-title = 条件付きアクセス
admin-policies-intro = ポリシーは、ヘルパーがコンソールを使用できるかどうかを決定します。サインイン時とセッション開始時にチェックされます。拒否された場合は、ポリシー名が表示されます。
admin-policies-list = ポリシー
admin-policies-empty = 条件付きアクセス ポリシーはありません。サインインできるヘルパーは全員コンソールを使用できます。
admin-policy-create = ポリシーを作成
admin-policy-create-title = 条件付きアクセス ポリシーの作成
admin-policy-create-submit = ポリシーを作成
admin-policy-created = ポリシー { $name } を作成しました。
admin-policy-edit-title = ポリシー { $name } の編集
admin-policy-edit-label = ポリシー { $name } を編集
admin-policy-saved = ポリシー { $name } を保存しました。
admin-policy-delete-label = ポリシー { $name } を削除
admin-policy-delete-title = ポリシー { $name } を削除しますか?
admin-policy-delete-text = ポリシーは直ちに適用されなくなります。この操作は元に戻せません。
admin-policy-delete-confirm = ポリシーを削除
admin-policy-deleted = ポリシー { $name } を削除しました。
admin-policy-name = ポリシー名
admin-policy-name-hint = ポリシーによって拒否されたときにヘルパーに表示されるため、理由がわかる名前にしてください。例: 「社外では第 2 要素が必要」
admin-policy-state = 状態
admin-policy-state-enabled = 有効
admin-policy-state-enabled-hint = ポリシーが適用されます。
admin-policy-state-report-only = レポート専用
admin-policy-state-report-only-hint = ポリシーは評価され、その結果が監査ログに記録されますが、誰も拒否されません。新しいポリシーはまずこの方法で試してください。
admin-policy-state-disabled = 無効
admin-policy-state-disabled-hint = ポリシーは無視されます。
admin-policy-targets = 適用対象
admin-policy-targets-hint = このポリシーの対象となるヘルパー。
admin-policy-all-users = すべてのユーザー
admin-policy-users = 次のユーザー
admin-policy-groups = 次のグループのメンバー
admin-policy-needs-targets = ポリシーの適用対象 (すべてのユーザー、ユーザー、またはグループ) を選択してください。
admin-policy-conditions = 条件
admin-policy-conditions-hint = ここで設定したすべての条件を満たす場合にのみ、ポリシーが適用されます。常に適用する場合は空欄のままにします。
admin-policy-inside = クライアントのアドレスが次のいずれかのネットワーク内にある
admin-policy-inside-hint = CIDR 表記で 1 行に 1 つの範囲を入力します。例: 10.0.0.0/8、2001:db8::/32
admin-policy-outside = クライアントのアドレスが次のどのネットワークにも含まれない
admin-policy-outside-hint = 社外で適用するルール用です。1 行に 1 つの範囲を入力します。
admin-policy-network-invalid = 「{ $value }」はネットワーク範囲ではありません。192.168.0.0/16 のような形式で入力してください。
admin-policy-second-factor = サインイン時の第 2 要素
admin-policy-second-factor-any = どちらでも
admin-policy-second-factor-yes = 第 2 要素が使用された
admin-policy-second-factor-no = 第 2 要素が使用されなかった
admin-policy-grant = 結果
admin-policy-grant-allow = 許可
admin-policy-grant-allow-hint = 監査ログに記録されます。他のポリシーによって拒否される場合もあります。
admin-policy-grant-block = ブロック
admin-policy-grant-block-hint = コンソールへのサインインとセッションの開始を拒否します。
admin-policy-grant-second-factor = 第 2 要素を要求
admin-policy-grant-second-factor-hint = 第 2 要素を使用したサインインのみを許可します。
admin-policy-lockout-warning = 自分自身をロックアウトしないよう注意してください。自分をブロックするポリシーは、次回のサインインから適用されます。まずレポート専用でポリシーを確認してください。
admin-policy-when-inside = { $networks } 内
admin-policy-when-outside = { $networks } 外
admin-policy-when-second-factor = 第 2 要素を使用
admin-policy-when-no-second-factor = 第 2 要素を未使用
admin-policy-always = 常に

## Devices

admin-devices-title = デバイス
admin-devices-intro = { -product-name } アプリで登録されたデバイスと、その最新の報告内容、およびコンプライアンス ポリシーを満たしているかどうか。
admin-devices-enroll-link = デバイスを登録
admin-devices-filters = デバイスのフィルター
admin-devices-search = 検索
admin-devices-search-hint = ホスト名、シリアル番号、モデル、またはプライマリ ユーザー。
admin-devices-platform = オペレーティング システム
admin-devices-compliance = コンプライアンス
admin-devices-state = 登録
admin-devices-pages = デバイスのページ
admin-devices-empty = 登録済みのデバイスはまだありません。登録トークンを作成して、最初のデバイスを登録してください。
admin-devices-none-match = これらのフィルターに一致するデバイスはありません。
admin-devices-back = すべてのデバイス
admin-device-remote-help = 新しいリモート ヘルプ セッション
admin-device-unnamed = 名前のないデバイス
admin-device-compliant = 準拠
admin-device-not-compliant = 非準拠
admin-device-failing-count =
    { $count ->
       *[other] { $count } 件のルールに不合格
    }
admin-device-state-active = 登録済み
admin-device-state-retired = 廃止済み
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = 報告なし
admin-device-details = 詳細
admin-device-host-name = ホスト名
admin-device-model = モデル
admin-device-serial = シリアル番号
admin-device-agent-version = エージェントのバージョン
admin-device-disk = ディスクの暗号化
admin-device-disk-encrypted = 暗号化済み
admin-device-disk-not-encrypted = 暗号化されていません
admin-device-enrolled-at = 登録日時
admin-device-id = デバイス ID
admin-device-compliance = コンプライアンス
admin-device-meets-all = このデバイスは、コンプライアンス ポリシーのすべてのルールを満たしています。
admin-device-failing-intro = 次のルールを満たしていません:
admin-device-policies-link = コンプライアンス ポリシーを確認
admin-device-retire = デバイスを廃止
admin-device-retire-title = { $name } を廃止しますか?
admin-device-retire-text = デバイスの資格情報は直ちに無効になります。チェックインできなくなり、誰かがこのデバイスでヘルプを求めたときに自身を証明することもできなくなります。デバイスは廃止済みとしてマークされ、一覧に残ります。
admin-device-retire-confirm = デバイスを廃止
admin-device-retired = { $name } を廃止しました。
admin-device-delete = デバイスを削除
admin-device-delete-title = { $name } を削除しますか?
admin-device-delete-text = デバイスとその履歴がインベントリから削除されます。再度使用するには、もう一度登録してください。この操作は元に戻せません。
admin-device-delete-confirm = デバイスを削除

## Enrollment tokens

admin-tokens-title = 登録トークン
admin-tokens-intro = デバイスは、ここで作成したトークンを使用して登録されます。各トークンには有効期間と登録できるデバイス数の上限があります。
admin-tokens-list = トークン
admin-tokens-empty = 登録トークンはまだありません。
admin-token-create = トークンを作成
admin-token-create-title = 登録トークンの作成
admin-token-create-submit = トークンを作成
admin-token-created = トークン { $name } を作成しました。
admin-token-name = 名前
admin-token-name-hint = 使用場所。例: 「ベルリン オフィスのノート PC」
admin-token-hours = 有効期間 (時間)
admin-token-hours-hint = 1 ～ 720 時間 (30 日)。
admin-token-max-uses = 登録できるデバイス数
admin-token-max-uses-hint = 1 ～ 10,000。
admin-token-shown-once = 今すぐこのトークンをコピーしてください。トークンは一度しか表示されません。紛失した場合は、取り消して新しいトークンを作成してください。
admin-token-secret = トークン「{ $name }」
admin-token-secret-hint = デバイスを登録するときに { -product-name } アプリに渡します (assist-agent enroll)。このトークンを持っている人は誰でも、有効期限が切れるか取り消されるまで、組織にデバイスを登録できます。
admin-token-copy-label = トークンをコピー
admin-token-copied = トークンをクリップボードにコピーしました。
admin-token-copy-failed = トークンをコピーできませんでした。トークンを選択して手動でコピーしてください。
admin-token-active = アクティブ
admin-token-revoked = 取り消し済み
admin-token-expired = 期限切れ
admin-token-used-up = 上限に達しました
admin-token-uses = { $uses } / { $max }
admin-token-revoke-label = トークン { $name } を取り消す
admin-token-revoke-title = トークン { $name } を取り消しますか?
admin-token-revoke-text = このトークンではデバイスを登録できなくなります。既に登録されたデバイスは登録されたままです。
admin-token-revoke-confirm = トークンを取り消す
admin-token-revoked-done = トークン { $name } を取り消しました。

## Compliance policies

admin-compliance-title = コンプライアンス ポリシー
admin-compliance-intro = 登録済みデバイスが満たす必要があるルールです。いずれかのルールを満たさないデバイスは非準拠としてマークされ、ヘルパーはそのデバイスでヘルプを行う前に警告を受けます。
admin-compliance-list = ポリシー
admin-compliance-empty = コンプライアンス ポリシーがないため、すべてのデバイスが準拠として扱われます。
admin-compliance-create = ポリシーを作成
admin-compliance-create-title = コンプライアンス ポリシーの作成
admin-compliance-create-submit = ポリシーを作成
admin-compliance-created = ポリシー { $name } を作成しました。デバイスを再チェックしました。
admin-compliance-edit-title = ポリシー { $name } の編集
admin-compliance-edit-label = ポリシー { $name } を編集
admin-compliance-saved = ポリシー { $name } を保存しました。デバイスを再チェックしました。
admin-compliance-delete-label = ポリシー { $name } を削除
admin-compliance-delete-title = ポリシー { $name } を削除しますか?
admin-compliance-delete-text = ポリシーのルールは適用されなくなり、デバイスが再チェックされます。この操作は元に戻せません。
admin-compliance-delete-confirm = ポリシーを削除
admin-compliance-deleted = ポリシー { $name } を削除しました。
admin-compliance-name = ポリシー名
admin-compliance-name-hint = 不合格のルールとともに表示されます。例: 「基本セキュリティ」
admin-compliance-os-legend = オペレーティング システムの最小バージョン
admin-compliance-os-hint = プラットフォームを空欄のままにすると、すべてのバージョンが許可されます。
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = 例: 14.2.1
admin-compliance-version-invalid = バージョンは 14.2.1 のように、ドットで区切った数字で入力してください。
admin-compliance-other-legend = その他のルール
admin-compliance-min-agent = { -product-name } アプリの最小バージョン
admin-compliance-max-days = 最終チェックインからの最大日数
admin-compliance-max-days-hint = 1 ～ 365。制限しない場合は空欄のままにします。
admin-compliance-disk = ディスクの暗号化を必須にする
admin-compliance-disk-hint = システム ディスクが暗号化されている必要があります (BitLocker、FileVault、LUKS)。
admin-rule-min-os = { $platform } { $version } 以降
admin-rule-min-agent = アプリ { $version } 以降
admin-rule-check-in =
    { $days ->
        [1] 過去 1 日以内にチェックイン
       *[other] 過去 { $days } 日以内にチェックイン
    }
admin-rule-disk = ディスク暗号化済み
admin-rule-none = ルールなし

## Settings

admin-settings-title = 設定
admin-settings-intro = 組織でのリモート ヘルプの動作を設定します。すべての変更は監査ログに記録されます。
admin-settings-organisation = 組織
admin-settings-name-hint = ヘルパーのプロフィールに会社名がない場合に、サポートを受ける相手に表示されます。
admin-settings-remote-help-heading = リモート ヘルプ
admin-settings-remote-help = リモート ヘルプを許可する
admin-settings-remote-help-hint = この設定がオンの間だけ、ヘルパーはセッションを開始できます。オフにすると、進行中のセッションも終了します。
admin-settings-unenrolled = 登録されていないデバイスでのヘルプを許可する
admin-settings-unenrolled-hint = Web ブラウザーや登録されていないデバイスから画面を共有できるようにします。ヘルパーには、引き続きデバイスが不明であることが警告されます。
admin-settings-chat = セッション中のチャット
admin-settings-chat-hint = ヘルパーとサポートを受ける相手がメッセージをやり取りできます。メッセージはセッション レポートとともに保存されます。
admin-settings-limits = コードとレポート
admin-settings-code-lifetime = セキュリティ コードの有効期間 (分)
admin-settings-code-lifetime-hint = ヘルパーが伝えるコードの有効期間: { $min } ～ { $max } 分。
admin-settings-retention = セッション レポートの保存期間 (日)
admin-settings-retention-hint = これより古いレポートとそのチャットは削除されます: { $min } ～ { $max } 日。
admin-settings-save = 設定を保存
admin-settings-saved = 設定を保存しました。
admin-settings-updated-at = 最終変更日時: { $time }
admin-settings-defaults = これらは既定の設定です。一度も変更されていません。

## Live sessions

admin-live-title = ライブ セッション
admin-live-intro = 終了していないリモート ヘルプ セッションです。一覧は数秒ごとに更新されます。
admin-live-list = 進行中のセッション
admin-live-empty = 進行中のセッションはありません。
admin-live-updated = 更新日時: { $time }
admin-live-count =
    { $count ->
        [0] 進行中のセッションはありません。
       *[other] { $count } 件のセッションが進行中です。
    }
admin-live-not-joined = 未参加
admin-live-nobody = まだ誰もいません
admin-live-state-waiting = コード待ち
admin-live-state-joined = 参加済み
admin-live-state-requested = アクセスを要求中
admin-live-state-active = 共有中
admin-live-state-ended = 終了
admin-live-revoke-label = { $helper } と { $sharer } のセッションを取り消す
admin-live-revoke-title = このセッションを停止しますか?
admin-live-revoke-text = { $helper } と { $sharer } のセッションは、両者とも直ちに終了します。
admin-live-revoke-confirm = セッションを停止
admin-live-revoked = { $helper } のセッションを停止しました。

## Session reports

admin-reports-title = セッション レポート
admin-reports-intro = すべてのリモート ヘルプ セッション: 誰が誰を、どのデバイスでサポートしたか、どのアクセスが許可されたか、どのように終了したか。
admin-reports-filters = セッション レポートのフィルター
admin-reports-export-label = フィルターに一致するセッション レポートを CSV にエクスポート
admin-reports-helper = ヘルパー
admin-reports-sharer = サポート対象者
admin-reports-device = デバイス
admin-reports-end-reason = 終了理由
admin-reports-from = 開始日時 (以降)
admin-reports-to = 開始日時 (より前)
admin-reports-pages = セッション レポートのページ
admin-reports-empty = セッション レポートはまだありません。
admin-reports-none-match = これらのフィルターに一致するセッションはありません。
admin-reports-back = すべてのセッション レポート
admin-report-open-label = { $time } に開始された { $helper } のセッション
admin-report-title = { $helper } による { $sharer } のサポート
admin-report-title-alone = { $helper } のセッション
admin-report-started = 開始日時: { $time }
admin-report-details = 詳細
admin-report-client = 共有元
admin-report-joined = 参加日時
admin-report-ended = 終了日時
admin-report-id = セッション ID
admin-report-no-device = デバイスなし
admin-report-mode-control = フル コントロール
admin-report-mode-view = 表示のみ
admin-report-mode-none = なし
admin-report-transcript = チャットの記録
admin-report-transcript-count =
    { $count ->
        [0] チャットの記録
       *[other] チャットの記録 ({ $count } 件のメッセージ)
    }
admin-report-no-chat = このセッションではチャット メッセージは送信されませんでした。
admin-role-helper = ヘルパー
admin-role-sharer = サポート対象者
admin-client-agent = { -product-name } アプリ
admin-client-web = Web ブラウザー

admin-end-helper-left = ヘルパーが終了
admin-end-sharer-left = サポート対象者が終了
admin-end-helper-disconnected = ヘルパーの接続が切断
admin-end-sharer-disconnected = サポート対象者の接続が切断
admin-end-code-expired = コードが未使用のまま期限切れ
admin-end-declined-timeout = 要求に応答なし
admin-end-revoked = 管理者が停止
admin-end-policy = 組織のルールにより停止
admin-end-access-withdrawn = 停止: アクセス権の取り消し

## Audit log

admin-audit-title = 監査ログ
admin-audit-intro = すべての変更、サインイン、セッション イベントを新しい順に表示します。ログは追記専用で、そのチェーンによって改ざんを検出します。
admin-audit-filters = 監査ログのフィルター
admin-audit-export-label = フィルターに一致する監査イベントを CSV にエクスポート
admin-audit-actor = 実行者
admin-audit-action = 操作
admin-audit-action-hint = 例: user.created、settings.updated
admin-audit-since = 開始日時
admin-audit-until = 終了日時 (より前)
admin-audit-pages = 監査イベントのページ
admin-audit-empty = 監査ログは空です。
admin-audit-none-match = これらのフィルターに一致するイベントはありません。
admin-audit-show-detail = 詳細を表示
admin-actor-cli = サーバーのコマンド ライン
admin-actor-setup-link = セットアップ リンク
admin-actor-sso = シングル サインオン
admin-actor-anonymous = 未サインイン

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = はじめに
admin-start-title = はじめに
admin-start-intro = 最初のリモート ヘルプ セッションの前に決めておく 3 つのことです。どれも後から変更できます。
admin-start-done = 完了
admin-start-todo = 未完了
admin-start-settings-needed = この変更には設定を管理する権限が必要です。権限を持つ管理者に依頼してください。
admin-start-remote-heading = リモート ヘルプをオンにする
admin-start-remote-off = リモート ヘルプがオフのため、まだ誰もセッションを開始できません。
admin-start-remote-on = リモート ヘルプはオンです。ヘルパーはセッションを開始できます。
admin-start-remote-enable = リモート ヘルプをオンにする
admin-start-remote-turned-on = リモート ヘルプがオンになりました。
admin-start-browser-heading = Web ブラウザーからの共有
admin-start-browser-allowed = 許可
admin-start-browser-not-allowed = 許可しない
admin-start-browser-explain = Web ブラウザーは自分がどのコンピューターで動いているかを証明できないため、登録されていないデバイスとして扱われます。登録されていないデバイスでのヘルプを許可すると、何もインストールせずにブラウザーから画面を共有できます。その場合ヘルパーは画面を見るだけで操作はできず、デバイスが不明であることが警告されます。
admin-start-browser-off = 現在は許可されていません。共有できるのは登録済みデバイスの { -product-name } アプリだけです。ブラウザーで共有ページを開いてコードを入力しても拒否されます。
admin-start-browser-on = 現在は許可されています。ブラウザーや登録されていないデバイスから画面を共有できます。
admin-start-browser-allow = ブラウザーからの共有を許可する
admin-start-browser-stop = ブラウザーからの共有をやめる
admin-start-browser-allowed-now = ブラウザーからの共有を許可しました。
admin-start-browser-stopped = ブラウザーからの共有を許可しなくなりました。
admin-start-helpers-heading = ヘルパーを決める
admin-start-helpers-none = まだ誰もリモート ヘルプを提供できません。
admin-start-helpers-count =
    { $count ->
       *[other] { $count } 人がリモート ヘルプを提供できます。
    }
admin-start-helpers-explain = ヘルパーは組織の全員にリモート ヘルプを提供します。ユーザーを選んで [ヘルパーにする] を選択すると、全ユーザーに対する Help Desk Operator ロールを持つグループ { $group } に追加されます。
admin-start-helpers-pick = ヘルパーにするユーザー
admin-start-helpers-nobody = ここにいる全員がすでにヘルパーです。追加するにはユーザーを作成してください。
admin-start-helpers-roles-needed = 初回は、ヘルパーを決めるときにグループ { $group } にロールも割り当てるため、ロールを管理する権限が必要です。権限を持つ管理者に依頼してください。
admin-start-helpers-submit = ヘルパーにする
admin-start-helpers-choose = 1 人以上選んでください。
admin-start-helpers-made =
    { $count ->
       *[other] { $count } 人がグループ { $group } のヘルパーになりました。
    }
admin-start-create-user = ユーザーを作成
admin-start-first-heading = 最初のセッション
admin-start-not-ready = 上の手順が完了したら:
admin-start-ready = 最初のセッションの準備ができました:
admin-start-first-helper = ヘルパーがサインインして [{ $page }] を開き、新しいリモート ヘルプ セッションを開始すると、セキュリティ コードが表示されます:
admin-start-first-sharer = ヘルプが必要な人がサインインしてこのページを開き、そのコードを入力します:
admin-user-role = ロール
admin-user-role-member = メンバー
admin-user-role-member-hint = サインインしてヘルプを依頼し、自分の画面を共有します。
admin-user-role-helper = ヘルパー
admin-user-role-helper-hint = グループ { $group } のメンバーとして、組織の全員にリモート ヘルプを提供します。
admin-user-role-administrator = 管理者
admin-user-created-helper = { $name } を作成しました。リモート ヘルプを提供できるようになりました。
