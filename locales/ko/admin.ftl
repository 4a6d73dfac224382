# Messages of the admin console (/admin), Korean. Shared words (sign out, loading, form
# checks, server errors) are in web.ftl, which the console loads too.

## Page, header and navigation

admin-page-title-loading = 관리 콘솔 – { -product-name }
admin-page-title = { $section } – 관리 콘솔 – { $organisation }
admin-console-name = 관리 콘솔
admin-back-home = 홈으로 돌아가기
admin-nav-label = 관리 콘솔
admin-nav-group-people = 사용자
admin-nav-group-access = 액세스
admin-nav-group-devices = 디바이스
admin-nav-group-organisation = 조직
admin-nav-group-activity = 활동

admin-denied-title = 액세스 권한 없음 – { -product-name }
admin-denied-heading = 관리 콘솔을 사용할 권한이 없습니다
admin-denied-text = 계정으로 { -product-name }를 사용할 수는 있지만 조직을 관리할 수는 없습니다.
admin-denied-help = 사용자, 디바이스 또는 설정을 관리해야 하는 경우 조직의 관리자에게 해당 권한이 있는 역할을 부여해 달라고 요청하세요.

## Shared words

admin-save = 저장
admin-cancel = 취소
admin-done = 완료
admin-edit = 편집
admin-delete = 삭제
admin-remove = 제거
admin-revoke = 해지
admin-manage = 관리
admin-copy = 복사
admin-refresh = 새로 고침
admin-search = 검색
admin-apply-filters = 필터 적용
admin-clear-filters = 필터 지우기
admin-export-csv = CSV 내보내기
admin-filter-any = 모두
admin-filter-anyone = 모든 사용자
admin-filter-any-device = 모든 디바이스
admin-not-set = 설정되지 않음
admin-never = 없음
admin-no-changes = 저장할 내용이 없습니다. 변경된 필드가 없습니다.
admin-name-taken = 이미 사용 중인 이름입니다. 다른 이름을 선택하세요.
admin-number-range = { $min }에서 { $max } 사이의 정수를 입력하세요.
admin-error-refused = 서버에서 거부했습니다. { $reason }
# A section the server refused to show ($permission names what it needs, over everyone).
admin-section-denied = 이 섹션을 사용할 수 없습니다. 조직 전체(모든 사용자 및 모든 장치)에 대한 “{ $permission }” 권한이 필요하지만 내 역할은 그만큼 넓게 주지 않습니다.
admin-section-denied-ask = { $organisation }의 관리자에게 조직 전체에 대해 권한을 달라고 요청하세요.
admin-choose-user = 사용자 선택…
admin-choose-user-first = 먼저 사용자를 선택하세요.
admin-choose-device = 디바이스 선택…
admin-choose-device-first = 먼저 디바이스를 선택하세요.
admin-choose-role = 역할 선택…
admin-no-devices-yet = 아직 등록된 디바이스가 없습니다
admin-unknown-user = 알 수 없는 사용자
admin-unknown-group = 알 수 없는 그룹
admin-unknown-role = 알 수 없는 역할

admin-page-previous = 이전 페이지
admin-page-next = 다음 페이지
admin-page-number = { $page }페이지

admin-duration-seconds = { $seconds }초
admin-duration-minutes = { $minutes }분
admin-duration-hours = { $hours }시간 { $minutes }분
admin-duration-running = 지금까지 { $duration }

## Table column headings

admin-column-name = 이름
admin-column-email = 전자 메일
admin-column-job-title = 직함
admin-column-company = 회사
admin-column-role = 역할
admin-column-status = 상태
admin-column-actions = 작업
admin-column-description = 설명
admin-column-members = 구성원
admin-column-created = 만든 날짜
admin-column-permissions = 권한
admin-column-member-groups = 부여 대상
admin-column-scope = 적용 범위
admin-column-state = 상태
admin-column-targets = 적용 대상
admin-column-conditions = 조건
admin-column-grant = 결과
admin-column-device = 디바이스
admin-column-platform = 운영 체제
admin-column-primary-user = 주 사용자
admin-column-agent = 에이전트 버전
admin-column-enrollment = 등록
admin-column-compliance = 규정 준수
admin-column-last-check-in = 마지막 체크 인
admin-column-uses = 등록된 디바이스
admin-column-expires = 만료
admin-column-rules = 규칙
admin-column-helper = 도우미
admin-column-sharer = 도움을 받은 사람
admin-column-access = 허용된 액세스
admin-column-started = 시작
admin-column-duration = 기간
admin-column-outcome = 종료 방식
admin-column-chat = 채팅 메시지
admin-column-time = 시간
admin-column-actor = 수행자
admin-column-action = 작업
admin-column-target = 대상
admin-column-detail = 세부 정보

## Users

admin-users-title = 사용자
admin-users-intro = { -product-name }에 로그인할 수 있는 조직 내 사용자와, 도움을 받는 사람에게 표시되는 이들의 프로필입니다.
admin-users-search = 이름, 전자 메일, 직함 또는 회사로 검색
admin-users-search-label = 사용자 검색
admin-users-pages = 사용자 페이지
admin-users-search-summary =
    { $count ->
        [0] 이 페이지에 “{ $term }”과(와) 일치하는 사용자가 없습니다.
       *[other] “{ $term }”과(와) 일치하는 사용자가 { $count }명 있습니다.
    }
admin-users-none-found = “{ $term }”과(와) 일치하는 사용자가 없습니다.
admin-users-empty = 아직 사용자가 없습니다.
admin-user-create = 사용자 만들기
admin-user-create-title = 사용자 만들기
admin-user-create-submit = 사용자 만들기
admin-user-created = { $name } 사용자를 만들었습니다.
admin-user-job-title = 직함(선택 사항)
admin-user-company = 회사(선택 사항)
admin-user-initial-password = 초기 암호(선택 사항)
admin-user-initial-password-hint = 12자 이상이어야 합니다. 설정하지 않으면 이 사용자는 Single Sign-On 또는 복구 링크로만 로그인할 수 있습니다.
admin-user-is-admin = 조직 관리자
admin-user-is-admin-hint = 관리자는 부여된 역할과 관계없이 모든 작업을 수행할 수 있습니다.
admin-user-edit-title = { $name } 편집
admin-user-edit-label = { $name } 편집
admin-user-email-fixed = 전자 메일 주소는 계정을 식별하므로 여기에서 변경할 수 없습니다.
admin-user-disabled = 로그인 사용 안 함
admin-user-disabled-hint = 로그인을 사용하지 않도록 설정하면 이 사용자의 세션도 종료되고 API 토큰도 해지됩니다.
admin-user-new-password = 새 암호(선택 사항)
admin-user-new-password-hint = 현재 암호를 유지하려면 비워 두세요. 새 암호를 설정하면 이 사용자는 모든 위치에서 로그아웃됩니다.
admin-user-saved = { $name }의 변경 내용을 저장했습니다.
admin-user-status-active = 활성
admin-user-status-disabled = 로그인 사용 안 함
admin-user-delete-label = { $name } 삭제
admin-user-delete-title = { $name }을(를) 삭제하시겠습니까?
admin-user-delete-text = { $email } 계정이 삭제되고 모든 위치에서 로그아웃됩니다. 이 작업은 취소할 수 없습니다.
admin-user-delete-confirm = 사용자 삭제
admin-user-deleted = { $name } 사용자를 삭제했습니다.
admin-user-picture = 프로필 사진
admin-user-picture-choose = 사진 업로드
admin-user-picture-remove = 사진 제거
admin-user-picture-hint = 256KB 이하의 PNG 또는 JPEG 이미지입니다. 즉시 변경되며, 도움을 받는 사람이 화면을 공유하기 전에 이 사진을 보게 됩니다.
admin-user-picture-uploading = 사진을 업로드하는 중…
admin-user-picture-updated = { $name }의 사진을 업데이트했습니다.
admin-user-picture-removed = { $name }의 사진을 제거했습니다.

## Groups

admin-groups-title = 그룹
admin-groups-intro = 그룹은 사용자와 디바이스를 모아 둡니다. 역할 할당은 그룹의 구성원에게 다른 그룹에 대한 역할을 부여합니다.
admin-groups-pages = 그룹 페이지
admin-groups-empty = 아직 그룹이 없습니다. 그룹을 만들어 구성원에게 역할을 부여하세요.
admin-groups-back = 모든 그룹
admin-group-create = 그룹 만들기
admin-group-create-title = 그룹 만들기
admin-group-create-submit = 그룹 만들기
admin-group-created = { $name } 그룹을 만들었습니다.
admin-group-name = 그룹 이름
admin-group-description = 설명(선택 사항)
admin-group-description-hint = 그룹의 용도입니다(예: “베를린 헬프 데스크 직원”).
admin-group-member-count =
    { $count ->
        [0] 구성원 없음
       *[other] 구성원 { $count }명
    }
admin-group-manage-label = { $name } 그룹 관리
admin-group-delete = 그룹 삭제
admin-group-delete-label = { $name } 그룹 삭제
admin-group-delete-title = { $name } 그룹을 삭제하시겠습니까?
admin-group-delete-text = 구성원의 계정은 유지되지만, 이 그룹을 통해 역할 할당으로 받은 권한은 잃게 됩니다. 이 작업은 취소할 수 없습니다.
admin-group-delete-confirm = 그룹 삭제
admin-group-deleted = { $name } 그룹을 삭제했습니다.
admin-group-detail-intro = 그룹 이름을 바꾸고 구성원과 디바이스를 선택합니다.
admin-group-details = 이름 및 설명
admin-group-saved = { $name } 그룹을 저장했습니다.
admin-group-members = 구성원
admin-group-no-members = 이 그룹에는 아직 구성원이 없습니다.
admin-group-add-member = 구성원 추가
admin-group-add-member-label = 추가할 사용자
admin-group-everyone-member = 모든 사용자가 이미 구성원입니다
admin-group-member-added = { $name }을(를) { $group }에 추가했습니다.
admin-group-member-removed = { $name }을(를) { $group }에서 제거했습니다.
admin-group-remove-member-label = 그룹에서 { $name } 제거
admin-group-devices = 디바이스
admin-group-devices-intro = 적용 범위에 이 그룹이 포함된 역할 할당은 그룹 내 디바이스에 적용됩니다.
admin-group-device-label = 디바이스
admin-group-add-device = 그룹에 추가
admin-group-remove-device-label = 그룹에서 { $device } 제거
admin-group-no-devices = 이 그룹에는 아직 디바이스가 없습니다.
admin-group-device-added = { $device }을(를) { $group }에 추가했습니다.
admin-group-device-removed = { $device }을(를) { $group }에서 제거했습니다.

## Roles and role assignments

admin-roles-title = 역할
admin-roles-intro = 역할은 권한의 집합입니다. 역할 할당은 그룹의 구성원에게 적용 범위 내 사용자 및 디바이스에 대한 역할을 부여합니다.
admin-roles-list = 역할
admin-roles-list-intro = 기본 제공 역할은 변경할 수 없습니다. 사용자 지정 역할을 만들려면 기본 제공 역할을 복사하세요.
admin-roles-empty = 역할이 없습니다.
admin-role-create = 역할 만들기
admin-role-create-title = 역할 만들기
admin-role-create-submit = 역할 만들기
admin-role-created = { $name } 역할을 만들었습니다.
admin-role-edit-title = { $name } 역할 편집
admin-role-edit-label = { $name } 역할 편집
admin-role-saved = { $name } 역할을 저장했습니다.
admin-role-copy = 복사
admin-role-copy-label = { $name } 역할을 새 역할로 복사
admin-role-copy-name = { $name }(복사본)
admin-role-name = 역할 이름
admin-role-description = 설명(선택 사항)
admin-role-built-in = 기본 제공
admin-role-no-permissions = 권한 없음
admin-role-delete-label = { $name } 역할 삭제
admin-role-delete-title = { $name } 역할을 삭제하시겠습니까?
admin-role-delete-text = 어떤 할당에서도 사용되지 않는 역할만 삭제할 수 있습니다. 이 작업은 취소할 수 없습니다.
admin-role-delete-confirm = 역할 삭제
admin-role-deleted = { $name } 역할을 삭제했습니다.

admin-perm-group-remote-help = 원격 지원
admin-perm-group-reading = 읽기
admin-perm-group-administration = 관리
admin-perm-offer = 원격 지원 제공
admin-perm-offer-hint = 적용 범위 내 사용자와 원격 지원 세션을 시작합니다.
admin-perm-view-screen = 화면 보기
admin-perm-view-screen-hint = 적용 범위 내 사용자의 화면을 봅니다.
admin-perm-full-control = 전체 제어
admin-perm-full-control-hint = 적용 범위 내 사용자의 동의를 받아 해당 사용자의 마우스와 키보드를 사용합니다.
admin-perm-elevation = 권한 상승
admin-perm-elevation-hint = 이후 버전용으로 예약됨: 상대방 디바이스에서 상승된 권한으로 실행합니다.
admin-perm-read = 디바이스 및 보고서 읽기
admin-perm-read-hint = 디바이스 인벤토리, 실시간 세션 및 세션 보고서를 봅니다.
admin-perm-manage-users = 사용자 및 그룹 관리
admin-perm-manage-users-hint = 사용자와 그룹, 그리고 이들의 사진과 2차 인증 수단을 만들고 변경하고 삭제합니다.
admin-perm-manage-roles = 역할 관리
admin-perm-manage-roles-hint = 역할 및 역할 할당을 만들고 변경합니다.
admin-perm-manage-devices = 디바이스 관리
admin-perm-manage-devices-hint = 등록 토큰을 만들고 디바이스를 사용 중지 및 삭제합니다.
admin-perm-manage-settings = 설정 관리
admin-perm-manage-settings-hint = 조직의 설정과 확인된 도메인을 변경하고 실시간 세션을 중지합니다.
admin-perm-manage-policies = 정책 관리
admin-perm-manage-policies-hint = 조건부 액세스 정책과 규정 준수 정책을 만들고 변경합니다.
admin-perm-read-audit = 감사 로그 읽기
admin-perm-read-audit-hint = 기록된 모든 변경 및 로그인을 보고 내보냅니다.
admin-perm-create-api-tokens = API 토큰 만들기
admin-perm-create-api-tokens-hint = 보유자 자신의 권한으로 작동하는 스크립트용 토큰을 만듭니다. 토큰은 따로 설정하지 않으면 90일 후에 만료됩니다(최대 1년).

admin-assignments-title = 역할 할당
admin-assignments-intro = 누가 어떤 역할을 누구에 대해 받는지 정합니다.
admin-assignments-empty = 아직 역할 할당이 없습니다. 역할 할당이 없으면 관리자만 다른 사람을 도울 수 있습니다.
admin-assignment-create = 할당 만들기
admin-assignment-create-title = 역할 할당 만들기
admin-assignment-create-submit = 할당 만들기
admin-assignment-created = { $name } 할당을 만들었습니다.
admin-assignment-edit-title = { $name } 할당 편집
admin-assignment-edit-label = { $name } 할당 편집
admin-assignment-saved = { $name } 할당을 저장했습니다.
admin-assignment-name = 할당 이름
admin-assignment-name-hint = 예: “헬프 데스크가 재무팀 지원”
admin-assignment-role = 역할
admin-assignment-members = 역할을 부여할 그룹 구성원
admin-assignment-members-hint = 도우미입니다. 이 그룹의 모든 사용자가 역할을 받습니다.
admin-assignment-no-groups = 아직 그룹이 없습니다. 먼저 그룹을 만드세요.
admin-assignment-scope = 적용 범위
admin-assignment-scope-hint = 역할이 적용되는 사용자 및 디바이스입니다.
admin-assignment-scope-groups = 다음 그룹의 사용자 및 디바이스
admin-assignment-scope-groups-hint = 선택한 그룹의 구성원 및 디바이스입니다.
admin-assignment-needs-members = 역할을 부여할 그룹을 하나 이상 선택하세요.
admin-assignment-needs-scope = 역할의 적용 범위(모든 사용자, 모든 디바이스 또는 그룹)를 선택하세요.
admin-assignment-delete-label = { $name } 할당 삭제
admin-assignment-delete-title = { $name } 할당을 삭제하시겠습니까?
admin-assignment-delete-text = 해당 그룹의 구성원은 이 할당으로 받은 역할을 즉시 잃게 됩니다. 이 작업은 취소할 수 없습니다.
admin-assignment-delete-confirm = 할당 삭제
admin-assignment-deleted = { $name } 할당을 삭제했습니다.
admin-scope-all-users = 모든 사용자
admin-scope-all-users-hint = 조직의 모든 사용자입니다.
admin-scope-all-devices = 모든 디바이스
admin-scope-all-devices-hint = 조직의 모든 등록된 디바이스입니다.

## Conditional access

admin-policies-title = 조건부 액세스
admin-policies-intro = 정책은 도우미가 콘솔을 사용할 수 있는지 결정하며, 로그인할 때와 세션을 시작할 때 다시 확인됩니다. 거부될 경우 해당 정책의 이름이 표시됩니다.
admin-policies-list = 정책
admin-policies-empty = 조건부 액세스 정책이 없습니다. 로그인할 수 있는 모든 도우미가 콘솔을 사용할 수 있습니다.
admin-policy-create = 정책 만들기
admin-policy-create-title = 조건부 액세스 정책 만들기
admin-policy-create-submit = 정책 만들기
admin-policy-created = { $name } 정책을 만들었습니다.
admin-policy-edit-title = { $name } 정책 편집
admin-policy-edit-label = { $name } 정책 편집
admin-policy-saved = { $name } 정책을 저장했습니다.
admin-policy-delete-label = { $name } 정책 삭제
admin-policy-delete-title = { $name } 정책을 삭제하시겠습니까?
admin-policy-delete-text = 정책이 즉시 적용되지 않습니다. 이 작업은 취소할 수 없습니다.
admin-policy-delete-confirm = 정책 삭제
admin-policy-deleted = { $name } 정책을 삭제했습니다.
admin-policy-name = 정책 이름
admin-policy-name-hint = 정책에 의해 거부될 때 도우미에게 표시되므로 이유를 알 수 있게 작성하세요(예: “사무실 밖에서는 2차 인증 필요”).
admin-policy-state = 상태
admin-policy-state-enabled = 사용
admin-policy-state-enabled-hint = 정책이 적용됩니다.
admin-policy-state-report-only = 보고 전용
admin-policy-state-report-only-hint = 정책이 평가되고 적용되었을 경우의 결과가 감사 로그에 기록되지만, 아무도 거부되지 않습니다. 새 정책은 먼저 이 방식으로 시험해 보세요.
admin-policy-state-disabled = 사용 안 함
admin-policy-state-disabled-hint = 정책이 무시됩니다.
admin-policy-targets = 적용 대상
admin-policy-targets-hint = 이 정책의 대상이 되는 도우미입니다.
admin-policy-all-users = 모든 사용자
admin-policy-users = 다음 사용자
admin-policy-groups = 다음 그룹의 구성원
admin-policy-needs-targets = 정책의 적용 대상(모든 사용자, 사용자 또는 그룹)을 선택하세요.
admin-policy-conditions = 조건
admin-policy-conditions-hint = 여기에서 설정한 모든 조건이 충족될 때만 정책이 적용됩니다. 항상 적용하려면 비워 두세요.
admin-policy-inside = 클라이언트 주소가 다음 네트워크 중 하나에 있음
admin-policy-inside-hint = CIDR 표기법으로 한 줄에 범위 하나씩 입력합니다(예: 10.0.0.0/8 또는 2001:db8::/32).
admin-policy-outside = 클라이언트 주소가 다음 네트워크 중 어디에도 없음
admin-policy-outside-hint = 사무실 밖에서 적용되는 규칙용입니다. 한 줄에 범위 하나씩 입력합니다.
admin-policy-network-invalid = “{ $value }”은(는) 네트워크 범위가 아닙니다. 192.168.0.0/16과 같은 형식으로 입력하세요.
admin-policy-second-factor = 로그인 시 2차 인증
admin-policy-second-factor-any = 상관없음
admin-policy-second-factor-yes = 2차 인증을 사용함
admin-policy-second-factor-no = 2차 인증을 사용하지 않음
admin-policy-grant = 결과
admin-policy-grant-allow = 허용
admin-policy-grant-allow-hint = 감사 로그에 기록됩니다. 다른 정책에서 거부할 수도 있습니다.
admin-policy-grant-block = 차단
admin-policy-grant-block-hint = 콘솔 로그인과 세션 시작을 거부합니다.
admin-policy-grant-second-factor = 2차 인증 필요
admin-policy-grant-second-factor-hint = 2차 인증을 사용한 로그인만 허용합니다.
admin-policy-lockout-warning = 자신이 잠기지 않도록 주의하세요. 나를 차단하는 정책은 다음 로그인부터 적용됩니다. 먼저 보고 전용으로 정책을 확인하세요.
admin-policy-when-inside = { $networks } 내부
admin-policy-when-outside = { $networks } 외부
admin-policy-when-second-factor = 2차 인증 사용
admin-policy-when-no-second-factor = 2차 인증 사용 안 함
admin-policy-always = 항상

## Devices

admin-devices-title = 디바이스
admin-devices-intro = { -product-name } 앱으로 등록된 디바이스와 마지막으로 보고한 정보, 규정 준수 정책 충족 여부입니다.
admin-devices-enroll-link = 디바이스 등록
admin-devices-filters = 디바이스 필터
admin-devices-search = 검색
admin-devices-search-hint = 호스트 이름, 일련 번호, 모델 또는 주 사용자입니다.
admin-devices-platform = 운영 체제
admin-devices-compliance = 규정 준수
admin-devices-state = 등록
admin-devices-pages = 디바이스 페이지
admin-devices-empty = 아직 등록된 디바이스가 없습니다. 등록 토큰을 만들어 첫 디바이스를 등록하세요.
admin-devices-none-match = 이 필터와 일치하는 디바이스가 없습니다.
admin-devices-back = 모든 디바이스
admin-device-remote-help = 새 원격 지원 세션
admin-device-unnamed = 이름 없는 디바이스
admin-device-compliant = 규정 준수
admin-device-not-compliant = 규정 비준수
admin-device-failing-count =
    { $count ->
       *[other] 충족하지 않은 규칙 { $count }개
    }
admin-device-state-active = 등록됨
admin-device-state-retired = 사용 중지됨
admin-device-platform-version = { $platform } { $version }
admin-device-no-primary-user = 보고되지 않음
admin-device-details = 세부 정보
admin-device-host-name = 호스트 이름
admin-device-model = 모델
admin-device-serial = 일련 번호
admin-device-agent-version = 에이전트 버전
admin-device-disk = 디스크 암호화
admin-device-disk-encrypted = 암호화됨
admin-device-disk-not-encrypted = 암호화되지 않음
admin-device-enrolled-at = 등록 날짜
admin-device-id = 디바이스 ID
admin-device-compliance = 규정 준수
admin-device-meets-all = 이 디바이스는 규정 준수 정책의 모든 규칙을 충족합니다.
admin-device-failing-intro = 다음 규칙을 충족하지 않습니다.
admin-device-policies-link = 규정 준수 정책 검토
admin-device-retire = 디바이스 사용 중지
admin-device-retire-title = { $name }을(를) 사용 중지하시겠습니까?
admin-device-retire-text = 디바이스의 자격 증명이 즉시 작동하지 않습니다. 더 이상 체크 인할 수 없으며, 누군가 이 디바이스에서 도움을 요청할 때 자신을 증명할 수 없습니다. 디바이스는 사용 중지됨으로 표시되어 목록에 남아 있습니다.
admin-device-retire-confirm = 디바이스 사용 중지
admin-device-retired = { $name }을(를) 사용 중지했습니다.
admin-device-delete = 디바이스 삭제
admin-device-delete-title = { $name }을(를) 삭제하시겠습니까?
admin-device-delete-text = 디바이스와 해당 기록이 인벤토리에서 제거됩니다. 다시 사용하려면 다시 등록하세요. 이 작업은 취소할 수 없습니다.
admin-device-delete-confirm = 디바이스 삭제

## Enrollment tokens

admin-tokens-title = 등록 토큰
admin-tokens-intro = 디바이스는 여기에서 만든 토큰으로 등록됩니다. 각 토큰은 정해진 기간 동안 정해진 수의 디바이스에만 사용할 수 있습니다.
admin-tokens-list = 토큰
admin-tokens-empty = 아직 등록 토큰이 없습니다.
admin-token-create = 토큰 만들기
admin-token-create-title = 등록 토큰 만들기
admin-token-create-submit = 토큰 만들기
admin-token-created = { $name } 토큰을 만들었습니다.
admin-token-name = 이름
admin-token-name-hint = 사용되는 곳입니다(예: “베를린 사무소 노트북”).
admin-token-hours = 유효 기간(시간)
admin-token-hours-hint = 1~720시간(30일)입니다.
admin-token-max-uses = 등록할 수 있는 디바이스 수
admin-token-max-uses-hint = 1~10,000입니다.
admin-token-shown-once = 지금 이 토큰을 복사하세요. 토큰은 한 번만 표시됩니다. 분실한 경우 토큰을 해지하고 새로 만드세요.
admin-token-secret = “{ $name }” 토큰
admin-token-secret-hint = 디바이스를 등록할 때 { -product-name } 앱에 입력합니다(assist-agent enroll). 이 토큰을 가진 사람은 누구나 토큰이 만료되거나 해지될 때까지 조직에 디바이스를 등록할 수 있습니다.
admin-token-copy-label = 토큰 복사
admin-token-copied = 토큰을 클립보드에 복사했습니다.
admin-token-copy-failed = 토큰을 복사할 수 없습니다. 토큰을 선택하여 직접 복사하세요.
admin-token-active = 활성
admin-token-revoked = 해지됨
admin-token-expired = 만료됨
admin-token-used-up = 모두 사용됨
admin-token-uses = { $uses }/{ $max }
admin-token-revoke-label = { $name } 토큰 해지
admin-token-revoke-title = { $name } 토큰을 해지하시겠습니까?
admin-token-revoke-text = 이 토큰으로 더 이상 디바이스를 등록할 수 없습니다. 이미 등록된 디바이스는 등록된 상태로 유지됩니다.
admin-token-revoke-confirm = 토큰 해지
admin-token-revoked-done = { $name } 토큰을 해지했습니다.

## Compliance policies

admin-compliance-title = 규정 준수 정책
admin-compliance-intro = 등록된 디바이스가 충족해야 하는 규칙입니다. 규칙을 하나라도 충족하지 않는 디바이스는 규정 비준수로 표시되며, 도우미는 해당 디바이스에서 지원하기 전에 경고를 받습니다.
admin-compliance-list = 정책
admin-compliance-empty = 규정 준수 정책이 없으므로 모든 디바이스가 규정을 준수하는 것으로 간주됩니다.
admin-compliance-create = 정책 만들기
admin-compliance-create-title = 규정 준수 정책 만들기
admin-compliance-create-submit = 정책 만들기
admin-compliance-created = { $name } 정책을 만들었습니다. 디바이스를 다시 검사했습니다.
admin-compliance-edit-title = { $name } 정책 편집
admin-compliance-edit-label = { $name } 정책 편집
admin-compliance-saved = { $name } 정책을 저장했습니다. 디바이스를 다시 검사했습니다.
admin-compliance-delete-label = { $name } 정책 삭제
admin-compliance-delete-title = { $name } 정책을 삭제하시겠습니까?
admin-compliance-delete-text = 정책의 규칙이 더 이상 적용되지 않으며 디바이스를 다시 검사합니다. 이 작업은 취소할 수 없습니다.
admin-compliance-delete-confirm = 정책 삭제
admin-compliance-deleted = { $name } 정책을 삭제했습니다.
admin-compliance-name = 정책 이름
admin-compliance-name-hint = 충족하지 않은 각 규칙과 함께 표시됩니다(예: “기본 보안”).
admin-compliance-os-legend = 최소 운영 체제 버전
admin-compliance-os-hint = 플랫폼을 비워 두면 모든 버전이 허용됩니다.
admin-compliance-min-windows = Windows
admin-compliance-min-macos = macOS
admin-compliance-min-linux = Linux
admin-compliance-version-hint = 예: 14.2.1
admin-compliance-version-invalid = 버전은 14.2.1과 같이 점으로 구분된 숫자로 입력하세요.
admin-compliance-other-legend = 기타 규칙
admin-compliance-min-agent = 최소 { -product-name } 앱 버전
admin-compliance-max-days = 마지막 체크 인 이후 최대 일수
admin-compliance-max-days-hint = 1~365입니다. 제한하지 않으려면 비워 두세요.
admin-compliance-disk = 디스크 암호화 필요
admin-compliance-disk-hint = 시스템 디스크가 암호화되어 있어야 합니다(BitLocker, FileVault, LUKS).
admin-rule-min-os = { $platform } { $version } 이상
admin-rule-min-agent = 앱 { $version } 이상
admin-rule-check-in =
    { $days ->
        [1] 최근 1일 이내에 체크 인
       *[other] 최근 { $days }일 이내에 체크 인
    }
admin-rule-disk = 디스크 암호화됨
admin-rule-none = 규칙 없음

## Settings

admin-settings-title = 설정
admin-settings-intro = 조직에서 원격 지원이 작동하는 방식입니다. 모든 변경 내용은 감사 로그에 기록됩니다.
admin-settings-organisation = 조직
admin-settings-name-hint = 도우미의 프로필에 회사가 없을 때 도움을 받는 사람에게 표시됩니다.
admin-settings-remote-help-heading = 원격 지원
admin-settings-remote-help = 원격 지원 허용
admin-settings-remote-help-hint = 이 설정이 켜져 있는 동안에만 도우미가 세션을 시작할 수 있습니다. 끄면 진행 중인 세션도 종료됩니다.
admin-settings-unenrolled = 등록되지 않은 디바이스에서 지원 허용
admin-settings-unenrolled-hint = 웹 브라우저나 등록되지 않은 디바이스에서 화면을 공유할 수 있습니다. 도우미에게는 여전히 알 수 없는 디바이스라는 경고가 표시됩니다.
admin-settings-chat = 세션 중 채팅
admin-settings-chat-hint = 도우미와 도움을 받는 사람이 서로 메시지를 주고받을 수 있습니다. 메시지는 세션 보고서와 함께 보관됩니다.
admin-settings-limits = 코드 및 보고서
admin-settings-code-lifetime = 보안 코드 유효 기간(분)
admin-settings-code-lifetime-hint = 도우미가 알려 주는 코드가 유효한 기간: { $min }~{ $max }분
admin-settings-retention = 세션 보고서 보관 기간(일)
admin-settings-retention-hint = 이보다 오래된 보고서와 채팅은 삭제됩니다: { $min }~{ $max }일
admin-settings-save = 설정 저장
admin-settings-saved = 설정을 저장했습니다.
admin-settings-updated-at = 마지막 변경: { $time }
admin-settings-defaults = 기본 설정이며 한 번도 변경되지 않았습니다.

## Live sessions

admin-live-title = 실시간 세션
admin-live-intro = 아직 종료되지 않은 원격 지원 세션입니다. 목록은 몇 초마다 새로 고쳐집니다.
admin-live-list = 진행 중인 세션
admin-live-empty = 진행 중인 세션이 없습니다.
admin-live-updated = 업데이트: { $time }
admin-live-count =
    { $count ->
        [0] 진행 중인 세션이 없습니다.
       *[other] { $count }개의 세션이 진행 중입니다.
    }
admin-live-not-joined = 아직 참가하지 않음
admin-live-nobody = 아직 없음
admin-live-state-waiting = 코드 대기 중
admin-live-state-joined = 참가함
admin-live-state-requested = 액세스 요청 중
admin-live-state-active = 공유 중
admin-live-state-ended = 종료됨
admin-live-revoke-label = { $helper } 님과 { $sharer } 님의 세션 해지
admin-live-revoke-title = 이 세션을 중지하시겠습니까?
admin-live-revoke-text = { $helper } 님과 { $sharer } 님의 세션이 두 사람 모두에게 즉시 종료됩니다.
admin-live-revoke-confirm = 세션 중지
admin-live-revoked = { $helper } 님의 세션을 중지했습니다.

## Session reports

admin-reports-title = 세션 보고서
admin-reports-intro = 모든 원격 지원 세션: 누가 누구를 어떤 디바이스에서 도왔는지, 어떤 액세스가 허용되었는지, 어떻게 종료되었는지 보여 줍니다.
admin-reports-filters = 세션 보고서 필터
admin-reports-export-label = 필터와 일치하는 세션 보고서를 CSV로 내보내기
admin-reports-helper = 도우미
admin-reports-sharer = 도움을 받은 사람
admin-reports-device = 디바이스
admin-reports-end-reason = 종료 방식
admin-reports-from = 시작 시간(부터)
admin-reports-to = 시작 시간(이전)
admin-reports-pages = 세션 보고서 페이지
admin-reports-empty = 아직 세션 보고서가 없습니다.
admin-reports-none-match = 이 필터와 일치하는 세션이 없습니다.
admin-reports-back = 모든 세션 보고서
admin-report-open-label = { $time }에 시작된 { $helper } 님의 세션
admin-report-title = { $helper } 님이 { $sharer } 님을 지원
admin-report-title-alone = { $helper } 님의 세션
admin-report-started = 시작: { $time }
admin-report-details = 세부 정보
admin-report-client = 공유 방식
admin-report-joined = 참가
admin-report-ended = 종료
admin-report-id = 세션 ID
admin-report-no-device = 디바이스 없음
admin-report-mode-control = 전체 제어
admin-report-mode-view = 보기 전용
admin-report-mode-none = 없음
admin-report-transcript = 채팅 기록
admin-report-transcript-count =
    { $count ->
        [0] 채팅 기록
       *[other] 채팅 기록(메시지 { $count }개)
    }
admin-report-no-chat = 이 세션에서는 채팅 메시지가 작성되지 않았습니다.
admin-role-helper = 도우미
admin-role-sharer = 도움을 받은 사람
admin-client-agent = { -product-name } 앱
admin-client-web = 웹 브라우저

admin-end-helper-left = 도우미가 종료함
admin-end-sharer-left = 도움을 받은 사람이 종료함
admin-end-helper-disconnected = 도우미 연결 끊김
admin-end-sharer-disconnected = 도움을 받은 사람의 연결 끊김
admin-end-code-expired = 코드가 사용되지 않고 만료됨
admin-end-declined-timeout = 요청에 응답 없음
admin-end-revoked = 관리자가 중지함
admin-end-policy = 조직 규칙에 의해 중지됨
admin-end-access-withdrawn = 중지됨: 액세스 권한 철회

## Audit log

admin-audit-title = 감사 로그
admin-audit-intro = 모든 변경, 로그인 및 세션 이벤트를 최신순으로 표시합니다. 로그는 추가만 가능하며, 체인을 통해 변조를 감지합니다.
admin-audit-filters = 감사 로그 필터
admin-audit-export-label = 필터와 일치하는 감사 이벤트를 CSV로 내보내기
admin-audit-actor = 수행자
admin-audit-action = 작업
admin-audit-action-hint = 예: user.created 또는 settings.updated
admin-audit-since = 시작
admin-audit-until = 이전
admin-audit-pages = 감사 이벤트 페이지
admin-audit-empty = 감사 로그가 비어 있습니다.
admin-audit-none-match = 이 필터와 일치하는 이벤트가 없습니다.
admin-audit-show-detail = 세부 정보 표시
admin-actor-cli = 서버 명령줄
admin-actor-setup-link = 설정 링크
admin-actor-sso = Single Sign-On
admin-actor-anonymous = 로그인하지 않음

## Get started: the first-run checklist, and the role chosen when creating a user

admin-nav-group-start = 여기서 시작
admin-start-title = 시작하기
admin-start-intro = 첫 원격 지원 세션 전에 정해야 할 세 가지입니다. 모두 나중에 바꿀 수 있습니다.
admin-start-done = 완료
admin-start-todo = 할 일
admin-start-settings-needed = 이 변경에는 설정 관리 권한이 필요합니다. 권한이 있는 관리자에게 요청하세요.
admin-start-remote-heading = 원격 지원 켜기
admin-start-remote-off = 원격 지원이 꺼져 있어 아직 아무도 세션을 시작할 수 없습니다.
admin-start-remote-on = 원격 지원이 켜져 있습니다. 도우미가 세션을 시작할 수 있습니다.
admin-start-remote-enable = 원격 지원 켜기
admin-start-remote-turned-on = 원격 지원이 켜졌습니다.
admin-start-browser-heading = 웹 브라우저에서 공유
admin-start-browser-allowed = 허용됨
admin-start-browser-not-allowed = 허용 안 됨
admin-start-browser-explain = 웹 브라우저는 어떤 컴퓨터에서 실행되는지 증명할 수 없으므로 등록되지 않은 디바이스로 간주됩니다. 등록되지 않은 디바이스에서 지원을 허용하면 아무것도 설치하지 않고 브라우저에서 화면을 공유할 수 있습니다. 이때 도우미는 화면을 보기만 하고 제어할 수 없으며, 디바이스를 알 수 없다는 경고를 받습니다.
admin-start-browser-off = 지금은 허용되지 않음: 등록된 디바이스의 { -product-name } 앱만 공유할 수 있습니다. 브라우저에서 공유 페이지를 열고 코드를 입력하면 거부됩니다.
admin-start-browser-on = 지금은 허용됨: 브라우저나 등록되지 않은 디바이스에서 화면을 공유할 수 있습니다.
admin-start-browser-allow = 브라우저에서 공유 허용
admin-start-browser-stop = 브라우저에서 공유 중지
admin-start-browser-allowed-now = 이제 브라우저에서 공유할 수 있습니다.
admin-start-browser-stopped = 이제 브라우저에서 공유할 수 없습니다.
admin-start-helpers-heading = 도우미 지정
admin-start-helpers-none = 아직 아무도 원격 지원을 제공할 수 없습니다.
admin-start-helpers-count =
    { $count ->
       *[other] { $count }명이 원격 지원을 제공할 수 있습니다.
    }
admin-start-helpers-explain = 도우미는 조직의 모든 사람에게 원격 지원을 제공합니다. 사람을 선택하고 [도우미 지정]을 선택하면, 모든 사용자에 대한 Help Desk Operator 역할이 있는 { $group } 그룹에 추가됩니다.
admin-start-helpers-pick = 도우미로 지정할 사람
admin-start-helpers-nobody = 여기 있는 모두가 이미 도우미입니다. 다른 사람을 추가하려면 사용자를 만드세요.
admin-start-helpers-roles-needed = 처음에는 도우미를 지정할 때 { $group } 그룹에 역할도 부여하므로 역할 관리 권한이 필요합니다. 권한이 있는 관리자에게 요청하세요.
admin-start-helpers-submit = 도우미 지정
admin-start-helpers-choose = 한 명 이상 선택하세요.
admin-start-helpers-made =
    { $count ->
       *[other] { $count }명이 이제 { $group } 그룹의 도우미입니다.
    }
admin-start-create-user = 사용자 만들기
admin-start-first-heading = 첫 세션
admin-start-not-ready = 위 단계가 완료되면:
admin-start-ready = 첫 세션 준비가 끝났습니다:
admin-start-first-helper = 도우미가 로그인하여 [{ $page }]을(를) 열고 새 원격 지원 세션을 시작하면 보안 코드를 받습니다:
admin-start-first-sharer = 도움이 필요한 사람이 로그인하여 이 페이지를 열고 그 코드를 입력합니다:
admin-user-role = 역할
admin-user-role-member = 구성원
admin-user-role-member-hint = 로그인하여 도움을 요청하고 자신의 화면을 공유합니다.
admin-user-role-helper = 도우미
admin-user-role-helper-hint = { $group } 그룹의 구성원으로서 조직의 모든 사람에게 원격 지원을 제공합니다.
admin-user-role-administrator = 관리자
admin-user-created-helper = { $name } 사용자를 만들었습니다. 이제 원격 지원을 제공할 수 있습니다.
