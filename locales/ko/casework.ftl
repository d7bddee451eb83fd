## Machine-drafted Korean; not yet reviewed by a native speaker.
## Privacy, proxy agents and their cases (bot/casework.py).

privacy-notice = [개인정보 안내] 계속 도와드리기 위해 대화 진행 상황을 저장합니다. 한동안 쓰지 않으면 자동으로 지워지고, 길어도 { $days }일까지만 보관합니다. 신분증 번호와 휴대폰 번호는 가린 뒤에 기록합니다. 정보를 지우고 싶으면 언제든지 "내 정보 삭제"라고 말하거나 /forget 을 보내세요.
forget-confirm = 저장된 정보를 모두 지울까요? 지우면 되살릴 수 없습니다.
forget-yes = 예, 지워 주세요
forget-done = 정보를 지웠습니다. 필요하면 언제든 다시 시작할 수 있어요.

agent-joined = 환영합니다! 이제 향·진(번호 { $township })의 대리원이 되었습니다. 도와드리는 촌민마다 민원을 따로 만들어 처리할 수 있어요.
cases-title = 끝나지 않은 민원이 { $count }건 있어요(오래된 것부터):
cases-none = 지금 끝나지 않은 민원이 없어요.
case-button = { $name } · { $village } · { $status }
case-new = 새 민원 만들기
case-cancel = 취소
case-cancelled = 취소했어요.
case-ask-name = 촌민의 호칭이나 이름 약자를 입력하세요(예: "왕씨 할아버지" 또는 "WDY"):
case-ask-village = 촌민은 어느 마을에 사나요?
case-ask-consent = { $name }님 본인이 대리 신청과, 신청에 필요한 정보를 저장하는 데 동의했나요?
case-consent-yes = 촌민이 동의했어요
case-consent-no = 아직 동의하지 않았어요
case-ask-phone = 촌민의 전화번호를 남기려면 입력하세요(가린 번호만 저장합니다). 남기지 않으려면 "건너뛰기"를 누르세요.
case-skip-phone = 건너뛰기
case-created = { $name }님의 민원을 만들었어요. 지금부터 하는 일은 이 민원에 기록됩니다. 처리할 업무를 고르세요:
case-card = 📁 민원: { $name } ({ $village })
    상태: { $status }
    전화: { $phone }
    메모: { $notes }개
case-service = 처리 중: { $service }
case-new-service = 다른 업무 처리
case-close = 완료하고 삭제
case-close-confirm = { $name }님의 민원을 완료하고 삭제할까요? 삭제하면 되살릴 수 없습니다.
case-close-yes = 예, 삭제해 주세요
case-closed = 민원을 완료하고 삭제했어요.
case-leave = 내 대화로 돌아가기
case-left = 민원에서 나왔어요. 지금은 본인의 대화입니다.
case-status-set = 상태를 바꿨어요: { $status }
case-note-added = 메모를 저장했어요.
case-note-usage = 메모를 남기려면 이렇게 보내세요: /note 메모 내용
case-status-collecting = 서류 준비 중
case-status-ready = 제출 가능
case-status-submitted = 제출함
case-status-done = 처리 완료
nav-cases = 내 민원

case-denied-not_agent = 이 기능은 대리원만 쓸 수 있어요. 대리원이 되려면 향·진 관리자에게 초대 코드를 받아 /join 초대코드 를 보내세요.
case-denied-revoked = 대리원 자격이 취소되어 더 이상 민원을 볼 수 없어요. 궁금한 점은 향·진 관리자에게 문의하세요.
case-denied-not_found_or_denied = 이 민원을 찾지 못했거나, 볼 권한이 없어요.
case-denied-consent_required = 촌민 본인이 동의해야 민원을 만들 수 있어요. 동의를 받은 뒤 다시 오세요.
case-denied-invalid_name = 호칭이 비었거나 너무 길어요. 1~40자로 써 주세요.
case-denied-invalid_village = 마을 이름이 비었거나 너무 길어요. 1~40자로 써 주세요.
case-denied-invalid_phone = 전화번호가 맞지 않는 것 같아요. 다시 입력하거나 "건너뛰기"를 누르세요.
case-denied-invalid_note = 메모가 비었거나 너무 길어요.
case-denied-invalid_status = 그런 상태는 없어요.
case-denied-invalid = 초대 코드가 맞지 않아요. 확인한 뒤 다시 보내 주세요.
case-denied-used = 이미 사용된 초대 코드예요. 관리자에게 새 코드를 받으세요.
case-denied-expired = 기한이 지난 초대 코드예요. 관리자에게 새 코드를 받으세요.
case-denied-already_admin = 이미 관리자이므로 초대 코드가 필요 없어요.
case-denied-active_member = 대리원과 관리자의 정보는 관리자가 먼저 자격을 취소해야 삭제할 수 있어요.

proxy-in-person = 대리 안내: 이 업무는 본인이 직접 가야 해요. { $note }
proxy-agent-bring = 대리인이 더 가져갈 것:
proxy-agent-can-do = 대리인이 먼저 할 수 있는 일:
