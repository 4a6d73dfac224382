# Messages of the web app (Korean). Every user-visible string of the pages lives here.
# Placeables such as { $name } are filled in by the page; { -product-name } is the term below.

-product-name = Assist

## Shared

product-name = { -product-name }
skip-to-content = 주 콘텐츠로 건너뛰기
loading = 로드하는 중…
go-to-sign-in = 로그인 페이지로 이동
sign-out = 로그아웃
# The accessible name of the language picker in every page's header (it lists each language by its own name).
language-picker-label = 언어

## Form fields and checks

field-organisation-name = 조직 이름
field-organisation-name-hint = 동료들이 알고 있는 이름입니다. 나중에 변경할 수 있습니다.
field-full-name = 전체 이름
field-full-name-hint = 도움을 받는 사람에게 표시되어 누가 연결하는지 알 수 있습니다.
field-email = 전자 메일
field-job-title-optional = 직함(선택 사항)
field-company-optional = 회사(선택 사항)
field-password = 암호
field-new-password = 새 암호
field-confirm-password = 암호 확인
password-hint = 12자 이상이어야 합니다. 서로 관련 없는 단어 몇 개를 조합하면 기억하기 쉬우면서도 강력한 암호가 됩니다.
form-required = 필수 필드입니다.
form-email-invalid = name@example.com과 같은 전자 메일 주소를 입력하세요.
form-fix-fields = 일부 필드를 확인해야 합니다. 아래에 표시된 필드를 수정하세요.
form-error-summary = 다음 필드를 수정하세요:
password-too-short = 암호는 { $min }자 이상이어야 합니다.
password-too-long = 암호는 { $max }자 이하여야 합니다.
password-mismatch = 암호가 일치하지 않습니다. 두 필드에 같은 암호를 입력하세요.

## Errors from the server, by code

error-network = 서버에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.
error-invalid-credentials = 전자 메일 주소 또는 암호가 올바르지 않습니다.
error-too-many-attempts = 시도 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도하세요.
error-too-many-attempts-wait = 시도 횟수가 너무 많습니다. { $seconds }초 후에 다시 시도하세요.
error-setup-link-invalid = 이 링크는 더 이상 유효하지 않습니다. 이미 사용되었거나 만료되었을 수 있습니다.
error-conflict = 이미 있는 항목과 충돌합니다.
error-email-taken = 이 전자 메일 주소를 사용하는 계정이 이미 있습니다.
error-unauthenticated = 로그인하지 않았거나 세션이 종료되었습니다. 다시 로그인하세요.
error-origin-mismatch = 이 사이트에서 보낸 요청이 아니므로 거부되었습니다. 페이지를 다시 로드하고 다시 시도하세요.
error-payload-too-large = 보낸 데이터가 너무 큽니다.
error-forbidden = 이 작업을 수행할 권한이 없습니다.
error-timeout = 서버 응답 시간이 너무 오래 걸렸습니다. 다시 시도하세요.
error-unavailable = 서비스를 일시적으로 사용할 수 없습니다. 몇 분 후에 다시 시도하세요.
error-internal = 서버에서 문제가 발생했습니다. 다시 시도하고, 문제가 계속되면 관리자에게 문의하세요.
error-unexpected = 예기치 않은 문제가 발생했습니다. 다시 시도하세요.
error-second-factor-required = 인증 앱의 코드 또는 복구 코드 중 하나를 입력하세요.
error-invalid-second-factor = 코드가 올바르지 않거나 이미 사용되었습니다. 새 코드가 표시될 때까지 기다린 후 다시 시도하세요.
error-sso-not-configured = 조직에서 이 전자 메일 주소에 대해 Single Sign-On을 제공하지 않습니다. 암호로 로그인하세요.
error-profile-managed = 이름, 직함, 회사는 조직에서 Single Sign-On으로 관리하므로 관리자만 변경할 수 있습니다.
error-sso-provider-unavailable = 조직의 로그인 서비스에 연결할 수 없습니다. 몇 분 후에 다시 시도하세요.
# A conditional access policy refused; $policy is its name.
error-conditional-access-blocked = 조직의 조건부 액세스 정책 “{ $policy }”에서 이 작업을 허용하지 않습니다. 관리자에게 문의하세요.

## Setup link page (/setup)

setup-page-title = 설정 – { -product-name }
setup-checking-heading = 링크 확인 중
setup-checking = 링크를 확인하는 중입니다. 잠시 기다려 주세요…
setup-expires = 이 링크는 { $time }까지 유효합니다.
setup-invalid-heading = 이 링크를 사용할 수 없습니다
setup-missing-heading = 이 페이지에는 설정 링크가 필요합니다
setup-missing = 받은 링크 전체를 # 기호 뒷부분까지 포함하여 여세요.
setup-error-heading = 링크를 확인할 수 없습니다
setup-unknown-purpose = 이 페이지에서 지원하지 않는 용도의 링크입니다.
setup-invalid-help =
    관리자에게 새 링크를 요청하세요. 서버 운영자는
    “assist-server admin setup-link” 명령으로 새 링크를 만들 수 있습니다.

first-admin-heading = 조직 만들기
first-admin-intro = 조직에 { -product-name }를 설정하고 첫 번째 관리자 계정을 만듭니다. 동료는 나중에 초대할 수 있습니다.
first-admin-organisation-legend = 조직
first-admin-account-legend = 관리자 계정
first-admin-submit = 조직 만들기

reset-heading = 새 암호 선택
reset-intro = { $email }의 새 암호를 설정합니다.
reset-intro-no-email = 계정의 새 암호를 설정합니다.
reset-submit = 암호 설정

## Sign-in page (/sign-in)

sign-in-page-title = 로그인 – { -product-name }
sign-in-heading = { -product-name }에 로그인
sign-in-intro = 계정의 전자 메일 주소와 암호를 사용하세요.
sign-in-submit = 로그인
field-second-factor-code = 인증 앱 코드 또는 복구 코드
sign-in-sso = 조직 계정으로 로그인
sign-in-sso-needs-email = 조직을 찾을 수 있도록 먼저 전자 메일 주소를 입력하세요.
sign-in-sso-refused = Single Sign-On으로 로그인하지 못했습니다. 계정에 자체 암호가 있으면 여기에서 그 암호로 로그인한 다음 홈 페이지에서 Single Sign-On을 연결하세요.
sign-in-or = 또는
sign-in-forgot = 암호를 잊으셨나요? 조직의 관리자에게 복구 링크를 요청하세요.

## Home page (/)

home-page-title-loading = { -product-name }
home-page-title = { $organisation } – { -product-name }
header-organisation-label = 조직:
user-menu-label = 내 계정
home-heading = { $name }(으)로 로그인됨

profile-heading = 내 프로필
profile-name = 이름
profile-email = 전자 메일
profile-job-title = 직함
profile-company = 회사
profile-role = 역할
profile-not-set = 설정되지 않음
profile-edit = 프로필 편집
profile-form-label = 내 프로필 편집
profile-save = 저장
profile-cancel = 취소
profile-saved = 프로필을 저장했습니다.
profile-managed = 이름, 직함, 회사는 조직에서 Single Sign-On으로 관리합니다. 변경하려면 관리자에게 요청하세요.
role-administrator = 관리자
role-member = 구성원

picture-change = 사진 변경
picture-hint = 256KB 이하의 PNG 또는 JPEG 이미지입니다. 도움을 받는 사람이 화면을 공유하기 전에 이 사진을 보게 됩니다.
picture-uploading = 사진을 업로드하는 중…
picture-updated = 사진이 업데이트되었습니다.
picture-wrong-type = PNG 또는 JPEG 이미지를 선택하세요.
picture-too-large = 사진이 256KB보다 큽니다. 더 작은 이미지를 선택하세요.

sessions-heading = 로그인된 위치
sessions-intro = 계정이 로그인되어 있는 브라우저입니다. 알 수 없는 브라우저는 로그아웃하세요.
session-this-device = 이 디바이스
session-device = { $os }의 { $browser }
session-device-unknown = 알 수 없는 브라우저
session-signed-in = 로그인: { $time }
session-last-active = 마지막 활동: { $time }
session-address = 주소: { $address }
session-sign-out = 로그아웃
session-sign-out-label = { $device }에서 로그아웃
session-signed-out = { $device }에서 로그아웃했습니다.

home-admin-link = 관리 콘솔

## Home page: remote help

home-remote-help-heading = 원격 지원
home-help-someone-text = 세션을 시작하고 상대방에게 보안 코드를 알려 주세요.
home-help-someone = 다른 사람 돕기
home-get-help-text = 도우미에게서 보안 코드를 받으셨나요? 여기에 입력하세요.
home-get-help = 도움 받기

## Home page: single sign-on (shown when the organisation offers it)

home-sso-heading = Single Sign-On
home-sso-linked = 계정이 조직의 Single Sign-On에 연결되어 있습니다.
home-sso-not-linked = 계정이 조직의 Single Sign-On에 연결되어 있지 않습니다.
home-sso-link-intro = 연결하면 조직 계정으로 로그인할 수 있습니다.
home-sso-link = Single Sign-On 연결
home-sso-linking = 조직의 로그인 페이지로 이동하는 중…
