# Messages of the remote help pages (Korean): the helper console (/helper) and the sharer
# web app (/share). Placeables such as { $name } are filled in by the page.

## Both sides

session-end = 세션 종료
session-ended-heading = 세션 종료됨
session-reconnecting = 연결이 끊어졌습니다. 다시 연결하는 중…
session-replaced = 이 세션이 다른 창에서 열려 이 창의 세션은 중지되었습니다.
session-connection-closed = 서버와의 연결이 종료되었습니다.
go-home = 홈페이지로 돌아가기

## The trust card: who is on the other side

trust-helper-heading = 도우미
trust-sharer-heading = 도움을 받는 사람
trust-job-title = 직함
trust-company = 회사
trust-domain = 조직 도메인
trust-domain-verified = 확인됨
trust-domain-unverified = 확인되지 않음
trust-not-set = 제공되지 않음

## The device the helper is about to help with

device-heading = 디바이스
device-name = 이름
device-system = 운영 체제
device-compliance = 규정 준수
device-compliant = 규정 준수
device-not-compliant = 규정 비준수
device-web-browser = 상대방이 웹 브라우저에서 참가했으므로 디바이스를 식별할 수 없습니다.
device-none = 디바이스 정보가 없습니다.
warning-device-not-enrolled = 이 디바이스는 조직에 등록되어 있지 않습니다.
warning-device-not-enrolled-detail = 디바이스의 ID와 보안 상태를 알 수 없습니다. 이 디바이스에서 무엇을 열거나 입력할 때 주의하세요.
warning-device-not-compliant = 이 디바이스는 조직의 규정 준수 정책을 충족하지 않습니다:

## Chat

chat-heading = 채팅
chat-list-label = 메시지
chat-input-label = 메시지
chat-placeholder = 메시지 입력…
chat-send = 보내기
chat-you = 나
chat-role-helper = 도우미
chat-role-sharer = 도움을 받는 사람
chat-sending = 보내는 중…
chat-too-long = 메시지는 최대 { $max }자까지 입력할 수 있습니다.

## Helper console

helper-page-title = 원격 지원 – Assist
helper-page-title-org = 원격 지원 – { $organisation }
helper-start-heading = 원격 지원 세션 시작
helper-start-intro = 8자리 보안 코드가 발급됩니다. 도움을 받는 사람에게 이 코드를 알려 주면 상대방이 코드를 입력하여 연결합니다.
helper-device-label = 디바이스(선택 사항)
helper-device-none = 특정 디바이스 없음
helper-device-hint = 상대방의 디바이스를 알고 있으면 선택하세요. 그러면 세션은 해당 디바이스에서만 작동하며 디바이스의 규정 준수 상태를 확인할 수 있습니다.
helper-start-button = 새 원격 지원 세션
helper-start-another = 다른 세션 시작
helper-session-heading = 원격 지원 세션
helper-code-heading = 보안 코드
helper-code-copy = 코드 복사
helper-code-copied = 코드를 복사했습니다.
helper-code-copy-failed = 코드를 복사할 수 없습니다. 대신 코드를 읽어 주세요.
helper-code-expires-in = { $time } 후 만료
helper-code-expired = 코드가 만료되었습니다.
helper-code-one-minute = 보안 코드가 1분 후에 만료됩니다.
helper-code-instructions = 상대방에게 { $address }을(를) 열고 로그인한 다음 이 코드를 입력하도록 요청하세요.
helper-code-not-shown-again = 보안 코드는 한 번만 표시됩니다. 상대방이 아직 참가하지 않았다면 이 세션을 종료하고 새 세션을 시작하세요.
helper-status-waiting = 상대방이 코드를 입력하기를 기다리는 중…
helper-status-joined = { $name } 님이 참가했습니다. 준비가 되면 화면 보기를 요청하세요.
helper-status-asked-view = { $name } 님이 화면 보기를 허용하기를 기다리는 중…
helper-status-asked-control = { $name } 님이 전체 제어를 허용하기를 기다리는 중…
helper-status-connecting = { $name } 님의 화면에 연결하는 중…
helper-status-viewing = { $name } 님의 화면을 보고 있습니다.
helper-sharer-joined = { $name } 님이 세션에 참가했습니다.
helper-request-declined = { $name } 님이 요청을 거부했습니다.
helper-granted-view = { $name } 님이 화면 보기를 허용했습니다.
helper-granted-control = { $name } 님이 전체 제어를 허용했습니다.
helper-granted-view-only = { $name } 님이 보기 전용을 허용했습니다.
helper-escalation-declined = { $name } 님이 보기 전용을 유지했습니다.
helper-control-taken-back = { $name } 님이 제어권을 되찾았습니다. 화면은 계속 볼 수 있습니다.
helper-control-paused = { $name } 님이 제어를 일시 중지했습니다.
helper-control-resumed = { $name } 님이 다시 제어권을 주었습니다.
helper-connection-failed = 화면을 연결할 수 없습니다. 네트워크를 확인하거나 세션을 종료하고 다시 시도하세요.
helper-mode-heading = 어떤 권한이 필요하신가요?
helper-mode-hint = 화면만 보려면 보기 전용을, 상대방의 마우스와 키보드를 사용하려면 전체 제어를 요청하세요. 결정은 상대방이 합니다.
helper-mode-web-hint = 상대방이 웹 브라우저를 사용 중이므로 화면을 보기 전용으로만 공유할 수 있습니다. 전체 제어를 사용하려면 상대방 디바이스에 Assist 앱이 필요합니다.
helper-escalate-hint = 전체 제어를 요청할 수 있으며, 상대방이 다시 결정합니다.
helper-request-view = 보기 전용 요청
helper-request-control = 전체 제어 요청

## The remote screen in the helper console

viewer-heading = { $name } 님의 화면
viewer-stage-label = { $name } 님의 원격 화면
viewer-toolbar-label = 화면 보기
viewer-fit = 창에 맞추기
viewer-actual-size = 실제 크기
viewer-full-screen = 전체 화면
viewer-monitor-label = 모니터
viewer-monitor-option = { $name }({ $width } × { $height })
viewer-mode-view = 보기 전용
viewer-mode-control = 전체 제어
viewer-mode-paused = 제어 일시 중지됨
viewer-role-view = 원격 화면, 보기 전용
viewer-role-control = 원격 화면, 마우스와 키보드 입력이 상대방 컴퓨터로 전달됨
viewer-hint-view = 화면을 볼 수는 있지만 사용할 수는 없습니다.
viewer-hint-control = 화면을 클릭하면 사용할 수 있습니다. 화면에 포커스가 있는 동안에는 바로 가기 키를 포함한 모든 키 입력이 상대방 컴퓨터로 전달됩니다. Ctrl+Alt+Home 키를 누르면 도구 모음으로 돌아갑니다.

## Sharer web app

share-page-title = 도움 받기 – Assist
share-page-title-org = 도움 받기 – { $organisation }
share-join-heading = 도움 받기
share-join-intro = 도우미에게서 받은 보안 코드를 입력하세요. 상대방이 무엇이든 보기 전에 상대방이 누구인지 먼저 확인할 수 있습니다.
share-code-label = 보안 코드
share-code-hint = 8자리 숫자입니다(예: 1234 5678).
share-code-invalid-format = 보안 코드 8자리를 입력하세요.
share-join-button = 계속
share-join-another = 다른 코드 입력
share-session-heading = 원격 지원
share-status-joined = { $name } 님과 연결되었습니다. 상대방이 화면 보기를 요청할 것입니다.
share-status-asked = { $name } 님이 응답을 기다리고 있습니다.
share-status-sharing = { $name } 님과 화면을 공유하고 있습니다.
share-request-view-heading = { $name } 님이 화면 보기를 요청합니다
share-request-view-text = { $name } 님은 선택한 화면의 모든 내용을 볼 수 있지만 마우스나 키보드는 사용할 수 없습니다. 언제든지 중지할 수 있습니다.
share-request-control-heading = { $name } 님이 전체 제어를 요청합니다
share-request-control-text = 전체 제어를 허용하면 { $name } 님이 마우스와 키보드를 사용할 수 있습니다.
share-control-needs-app = 전체 제어를 사용하려면 이 디바이스에 Assist 앱이 필요합니다. 브라우저에서는 화면을 보기 전용으로만 공유할 수 있습니다.
share-allow = 허용
share-allow-view-only = 보기 전용 허용
share-decline = 거부
share-keep-view-only = 보기 전용 유지
share-picker-cancelled = 화면을 선택하지 않아 아무것도 공유되지 않았습니다. 화면을 선택하려면 허용을 다시 선택하거나 거부를 선택하세요.
share-capture-failed = 이 브라우저에서 화면을 공유할 수 없습니다. 다른 브라우저를 사용하거나 거부하세요.
share-reshare-heading = 화면이 더 이상 공유되지 않습니다
share-reshare-text = 페이지를 다시 로드하여 { $name } 님이 더 이상 화면을 볼 수 없습니다. 화면을 다시 공유하거나 세션을 종료하세요.
share-reshare-button = 화면 다시 공유
share-bar-label = 화면 공유
share-bar-text = { $name } 님과 화면을 공유하고 있습니다
share-stop = 공유 중지
share-connection-failed = 화면을 보낼 수 없습니다. 네트워크를 확인하거나 세션을 종료하고 다시 시도하세요.

## Why a session ended, as the helper hears it

ended-helper-helper-left = 세션을 종료했습니다.
ended-helper-sharer-left = { $name } 님이 세션을 종료했습니다.
ended-helper-helper-disconnected = 연결이 너무 오래 끊어져 세션이 종료되었습니다.
ended-helper-sharer-disconnected = { $name } 님의 연결이 끊어진 후 복구되지 않아 세션이 종료되었습니다.
ended-helper-code-expired = 코드가 만료되기 전에 아무도 입력하지 않았습니다.
ended-helper-declined-timeout = { $name } 님이 제한 시간 내에 요청에 응답하지 않았습니다.
ended-helper-revoked = 관리자가 이 세션을 종료했습니다.
ended-helper-policy = 조직에서 원격 지원이 해제되어 세션이 종료되었습니다.
ended-helper-access-withdrawn = 액세스 권한이 변경되어 세션이 종료되었습니다: 계정, 로그인 또는 원격 지원 역할에서 더 이상 이 세션을 허용하지 않습니다.
ended-helper-other = 세션이 종료되었습니다.

## Why a session ended, as the person being helped hears it

ended-sharer-helper-left = { $name } 님이 세션을 종료했습니다.
ended-sharer-sharer-left = 세션을 종료했습니다. 더 이상 아무것도 공유되지 않습니다.
ended-sharer-helper-disconnected = { $name } 님의 연결이 끊어진 후 복구되지 않아 세션이 종료되었습니다.
ended-sharer-sharer-disconnected = 연결이 너무 오래 끊어져 세션이 종료되었습니다.
ended-sharer-code-expired = 코드가 만료되었습니다.
ended-sharer-declined-timeout = 제한 시간 내에 응답하지 않아 세션이 종료되었습니다. 아무것도 공유되지 않았습니다.
ended-sharer-revoked = 관리자가 이 세션을 종료했습니다.
ended-sharer-policy = 조직에서 원격 지원이 해제되어 세션이 종료되었습니다.
ended-sharer-access-withdrawn = { $name } 님이 더 이상 도와드릴 수 없거나 사용자의 액세스 권한이 변경되어 세션이 종료되었습니다. 이제 아무것도 공유되지 않습니다.
ended-sharer-other = 세션이 종료되었습니다.

## Refusals from the server

error-remote-help-disabled = 조직에서 원격 지원이 해제되어 있습니다. 관리자가 설정할 수 있습니다.
error-code-invalid = 유효하지 않은 코드입니다. 숫자를 확인하고 다시 시도하세요.
error-code-expired = 코드가 만료되었습니다. 도우미에게 새 코드를 요청하세요.
error-code-used = 이미 사용된 코드입니다. 도우미에게 새 코드를 요청하세요.
error-unenrolled-device = 조직에서는 등록된 디바이스에서만 지원을 허용합니다. 이 디바이스에 Assist 앱을 설치하거나 관리자에게 문의하세요.
error-wrong-device = 이 세션은 다른 디바이스용으로 시작되었습니다. 도우미에게 이 디바이스용 코드를 요청하세요.
error-chat-disabled = 조직에서 채팅이 해제되어 있습니다.
error-invalid-transition = 세션의 현재 단계에서는 이 작업을 수행할 수 없습니다.
error-session-ended = 이 세션은 이미 종료되었습니다.
error-control-needs-agent = 전체 제어를 사용하려면 상대방 디바이스에 Assist 앱이 필요합니다.
error-session-not-found = 이 세션이 없거나 이 세션의 참가자가 아닙니다.

## Refusals explained: what is missing, whom to ask, what the sharer can do

error-permission-missing = 이 계정은 원격 지원을 제공할 수 없습니다. “원격 지원 제공” 및 “화면 보기” 권한이 필요합니다. 조직의 관리자에게 지원 담당자로 지정해 달라고 요청하세요.
error-browser-sharing-not-allowed = 조직에서 웹 브라우저의 화면 공유를 허용하지 않습니다. 이 장치에 Assist 앱을 설치하고 그곳에 코드를 입력하거나 헬프데스크에 문의하세요.
error-sharer-out-of-scope = 이 지원 담당자는 도와드릴 수 없습니다. 담당자의 역할이 사용자나 이 장치를 포함하지 않습니다. 누가 도와줄 수 있는지 헬프데스크에 문의하세요.
error-own-session = 이 세션은 본인이 시작했습니다. 도와주는 사람에게 코드를 알려 주세요. 그 사람이 코드를 입력해 연결합니다.
error-helper-unavailable = 이 코드를 준 지원 담당자는 더 이상 도울 수 없습니다. 헬프데스크에 다른 담당자를 요청하세요.
error-device-in-other-organisation = 이 장치는 다른 조직에 등록되어 있습니다. 관리자에게 문의하세요.
error-device-out-of-scope = 이 장치는 내 역할 범위 밖에 있어 이 장치에서는 도울 수 없습니다. 다른 장치를 선택하거나 선택하지 마세요.
error-chat-empty = 보내기 전에 메시지를 입력하세요.
error-chat-too-long = 메시지가 너무 깁니다. 줄여서 다시 보내세요.
error-chat-invalid-characters = 이 메시지에 보낼 수 없는 보이지 않는 제어 문자가 있습니다. 제거한 후 다시 시도하세요.
helper-permission-heading = 아직 원격 지원을 제공할 수 없습니다
helper-permission-text = 원격 지원을 제공하려면 “원격 지원 제공” 및 “화면 보기” 권한이 필요하지만 이 계정에는 없습니다.
helper-ask-admin = { $organisation }의 관리자에게 변경을 요청하세요.
helper-disabled-heading = 원격 지원이 꺼져 있습니다
helper-disabled-text = 조직에서 원격 지원을 켜지 않아 아직 세션을 시작할 수 없습니다.
helper-open-settings = 조직 설정 열기
helper-browser-note = 조직에서 웹 브라우저의 공유를 허용하지 않습니다. 도와주는 사람은 등록된 장치에서 Assist 앱을 사용해야 합니다.
helper-join-refused-heading = 누군가 이 코드로 참가하려고 했습니다
helper-join-refused-browser-sharing-not-allowed = 상대방이 웹 브라우저를 사용했지만 조직에서 브라우저의 공유를 허용하지 않습니다. 같은 코드를 Assist 앱에 입력하도록 요청하세요. 코드는 아직 유효합니다.
helper-join-refused-unenrolled-device = 상대방의 장치가 등록되지 않았고 조직에서는 등록된 장치에서만 지원을 허용합니다. 등록된 장치에서 Assist 앱을 사용하도록 요청하세요. 코드는 아직 유효합니다.
helper-join-refused-sharer-out-of-scope = 내 역할이 그 사람이나 장치를 포함하지 않아 참가할 수 없었습니다. 그 사람을 포함하는 역할의 지원 담당자에게 넘기거나 관리자에게 내 역할을 넓혀 달라고 요청하세요.
helper-join-refused-wrong-device = 상대방이 이 세션에 선택한 장치가 아닌 다른 장치를 사용했습니다. 그 장치에서 Assist 앱을 사용하도록 요청하세요. 코드는 아직 유효합니다.
share-app-explained = Assist 앱은 이 컴퓨터에서 도움을 받기 위한 조직의 프로그램입니다. 앱을 사용하면 지원 담당자가 사용자가 보는 동안 마우스와 키보드를 사용할 수 있으며, 사용자는 언제든지 제어를 되찾거나 중지할 수 있습니다. 설치되어 있지 않으면 헬프데스크에 문의하세요.
share-app-download = Assist 앱 다운로드

## Presence: the other person's connection dropped, or came back.
presence-away = { $name } 님의 연결이 끊어졌습니다. 돌아오기를 기다리는 중…
presence-grace-left = 돌아오지 않으면 { $time } 후에 세션이 종료됩니다.
presence-nobody-sees = 자리를 비운 동안에는 아무도 화면을 볼 수 없습니다. 돌아오면 공유가 다시 시작됩니다.
presence-end-now = 지금 종료
presence-back = { $name } 님이 돌아왔습니다.
presence-back-reshare = { $name } 님이 돌아왔으며 화면을 다시 공유하도록 요청받았습니다.
share-bar-paused-text = 지금은 아무도 화면을 보지 않습니다: { $name } 님의 연결이 끊어졌습니다
