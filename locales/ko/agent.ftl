# Messages of the Assist app (Korean): the native program that shares the screen of the person
# being helped (the sharer). It shows them in a window, or line by line in a terminal
# (`assist-agent share --terminal`, used by scripts). Placeables such as { $name } are filled in
# by the app; { -product-name } is the term in web.ftl.
#
# Terminal lines are plain text: no markup, and keep each message on one line.
# In prompts, the app adds one space after the text (after "E-mail:", the user types).

## Window titles

agent-window-title = { -product-name }
# The small window that stays on top while the screen is shared.
agent-banner-title = { -product-name }: 화면 공유 중
agent-starting = 시작하는 중…
# Shown after the person submitted a form, until the server answers.
agent-working = 잠시 기다려 주세요…

## Signing in

agent-sign-in-heading = 로그인하여 도움 받기
agent-email = 전자 메일
agent-password = 암호
agent-sign-in = 로그인
agent-sign-in-sso = Single Sign-On으로 로그인
agent-second-factor-heading = 로그인 2단계
agent-second-factor = 인증 앱 코드
agent-second-factor-hint = 인증 앱에 표시된 코드 또는 복구 코드 중 하나를 입력하세요.
agent-continue = 계속
# $url: the address of the organisation's sign-in page, in case the browser did not open.
agent-sso-continues = 웹 브라우저에서 로그인이 계속됩니다. 브라우저가 열리지 않았다면 다음 주소로 이동하세요: { $url }

## The security code the helper gives

agent-code-heading = 보안 코드 입력
agent-code-hint = 도우미가 8자리 보안 코드를 알려 줍니다.
agent-code = 보안 코드
agent-connect = 연결

## The trust card: who the helper is, before anything is shared

agent-trust-heading = 도우미
agent-trust-name = 이름
agent-trust-job-title = 직함
agent-trust-company = 회사
agent-trust-domain = 전자 메일 도메인
# Shown instead of an empty job title or company.
agent-trust-not-given = 제공되지 않음
# $domain: the domain of the helper's e-mail address, such as example.com.
agent-trust-domain-verified = { $domain }(확인된 도메인)
# Keep the warning strong: the helper may not belong to the organisation.
agent-trust-domain-unverified = { $domain }(주의: 확인되지 않은 도메인)
agent-trust-not-enrolled = 이 디바이스는 조직에 등록되어 있지 않으며, 도우미에게도 이 사실이 전달됩니다.
# $name: the helper's full name.
agent-waiting-for-request = { $name } 님이 화면 보기를 요청하기를 기다리는 중입니다. 허용하기 전에는 아무것도 공유되지 않습니다.

## The helper's request

# $name: the helper's full name.
agent-request-control = { $name } 님이 전체 제어(마우스 및 키보드)를 요청합니다.
agent-request-view = { $name } 님이 화면 보기를 요청합니다.
agent-allow = 허용
agent-allow-view-only = 보기 전용 허용
agent-decline = 거부

## Sharing

# The banner that stays visible while the screen is shared. $name: the helper's full name.
agent-sharing-control = { $name } 님과 공유 중: 전체 제어
agent-sharing-view = { $name } 님과 공유 중: 보기 전용
agent-sharing-paused = { $name } 님과 공유 중: 제어 중지됨
agent-stop-control = 제어 중지
agent-give-control-back = 제어권 다시 주기
agent-end-session = 세션 종료

## Chat

agent-chat-heading = 채팅
agent-chat-input = 메시지
agent-chat-send = 보내기
# The writer's name shown for the person's own messages.
agent-chat-you = 나

## Notices

agent-helper-away = { $name } 님의 연결이 끊어졌습니다. 다시 연결되기를 기다리는 중…
agent-helper-away-time = 다시 연결되지 않으면 { $time } 후 세션이 종료됩니다.
agent-helper-away-unseen = 그동안에는 아무도 화면을 보거나 제어할 수 없습니다.
agent-end-now = 지금 종료
agent-helper-back = { $name } 님이 돌아왔습니다.
agent-notice-server-lost = 서버에 연결할 수 없습니다. 제어가 중지되었습니다.
agent-notice-server-back = 서버에 다시 연결할 수 있습니다. 제어권을 다시 줄 때까지 제어는 중지된 상태로 유지됩니다.
agent-notice-connection-lost = 도우미와의 연결이 끊어졌습니다. 제어가 중지되었습니다.
agent-notice-connected = 연결됨: 도우미가 화면을 보고 있습니다.
agent-notice-control-stopped = 제어 중지됨: 도우미가 더 이상 마우스와 키보드를 사용할 수 없습니다.

## Updates

# $version: the newer version, such as 1.4.0.
agent-update-available = 새 버전의 { -product-name } 앱을 사용할 수 있습니다: { $version }
agent-update-required = 이 { -product-name } 앱은 오래된 버전이므로 공유하려면 먼저 { $version } 버전으로 업데이트해야 합니다
# $url: where to download the newer app.
agent-update-download = 다운로드 위치: { $url }

## The end of the session

agent-ended-heading = 세션 종료됨
agent-ended = 세션이 종료되었습니다.
agent-ended-helper-left = 세션 종료됨: 도우미가 세션을 종료했습니다.
agent-ended-sharer-left = 세션 종료됨: 직접 세션을 종료했습니다.
agent-ended-sharer-disconnected = 세션 종료됨: 연결이 끊어진 후 제한 시간 내에 복구되지 않았습니다.
agent-ended-helper-disconnected = 세션 종료됨: 도우미의 연결이 끊어진 후 제한 시간 내에 복구되지 않았습니다.
agent-ended-code-expired = 세션 종료됨: 보안 코드가 만료되었습니다.
agent-ended-declined-timeout = 세션 종료됨: 제한 시간 내에 요청에 응답하지 않았습니다.
agent-ended-revoked = 세션 종료됨: 관리자가 세션을 중지했습니다.
agent-ended-policy = 세션 종료됨: 조직의 규칙에 따라 세션이 중지되었습니다.
agent-ended-access-withdrawn = 세션 종료됨: 도우미가 더 이상 도와드릴 수 없거나 사용자의 액세스 권한이 철회되었습니다.
# $error: why the app could not go on, as the server or the app said it.
agent-ended-error = 세션 종료됨: { $error }
# The app is not enrolled and the organisation allows help only on enrolled devices.
agent-error-unenrolled = 이 장치는 등록되지 않았고 조직에서는 등록된 장치에서만 지원을 허용합니다. 관리자에게 등록을 요청하세요.
agent-close = 닫기

## Terminal mode only

# Prompts: the app adds one space after each.
agent-terminal-email = 전자 메일:
agent-terminal-password = 암호(Single Sign-On을 사용하려면 비워 두기):
agent-terminal-second-factor = 인증 앱 코드:
agent-terminal-code = 보안 코드:
# One line of the trust card. $label: such as "Job title"; $value: such as "Engineer".
agent-terminal-field = { $label }: { $value }
# Follows agent-request-control on the same line. The letters in brackets are what the person
# types: keep them equal to agent-terminal-key-allow, agent-terminal-key-view-only and
# agent-terminal-key-decline.
agent-terminal-choices-control = [a] 허용, [v] 보기 전용 허용, [d] 거부:
# Follows agent-request-view on the same line.
agent-terminal-choices-view = [a] 허용, [d] 거부:
# One lowercase letter each, all three different.
agent-terminal-key-allow = a
agent-terminal-key-view-only = v
agent-terminal-key-decline = d
# Keep /stop, /resume, /end and /help as they are: they are what the person types.
agent-terminal-help = 명령: /stop은 제어권을 되찾고, /resume은 제어권을 다시 주며, /end은 세션을 종료합니다. 그 밖의 줄은 채팅 메시지로 보내집니다.
# Follows agent-notice-server-back on the next line.
agent-terminal-resume-hint = 제어권을 다시 주려면 /resume을 입력하세요.
agent-terminal-end-now-hint = 지금 세션을 종료하려면 /end를 입력하세요.
# $command: what the person typed, such as /stpo.
agent-terminal-unknown-command = 알 수 없는 명령: { $command }. /help을 입력하면 명령 목록이 표시됩니다. /로 시작하는 채팅 메시지를 보내려면 줄을 //로 시작하세요.
# A chat line. $name: the writer (agent-chat-you for the person's own); $text: the message.
agent-terminal-chat = [{ $name }] { $text }

## Refusals and the single sign-on browser page

# Shown when this version is older than the organisation's minimum; the app does not share.
agent-update-required-before-sharing = 이 버전의 { -product-name } 앱은 너무 오래되어 조직에서 사용할 수 없습니다. 앱을 업데이트한 후 다시 시도하세요.
# Shown in the web browser after single sign-on, on the page the app serves itself.
agent-sso-browser-done = 로그인되었습니다. 이 탭을 닫고 { -product-name } 앱으로 돌아가도 됩니다.
agent-sso-browser-failed = Single Sign-On에 실패했습니다. { -product-name } 앱으로 돌아가서 이유를 확인하세요.
