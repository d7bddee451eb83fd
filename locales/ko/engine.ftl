## Machine-drafted Korean; not yet reviewed by a native speaker.
## Messages of the dialogue engine (bot/engine.py). Keep them short: many readers are elderly.

plain = { $text }
list-join = { $a }; { $b }
list-join-short = { $a }, { $b }
weekday-range = { $first }–{ $last }
bullet = · { $text }
service-name = { $service }

welcome = 안녕하세요! 저는 "업무 도우미"입니다. 일을 보러 갈 때 무엇을 가져가고, 어디로 가고, 어떻게 하는지 알려 드려요. 하고 싶은 일을 그냥 말씀하세요. 예: "신분증을 잃어버렸어요". 사람과 상담하고 싶으면 언제든지 "상담원"이라고 말하거나 { $hotline }에 전화하세요.
greet-reply = 안녕하세요! 어떤 일을 보려고 하세요?
goodbye-reply = 네, 일이 잘 되기를 바랍니다! 궁금한 것이 있으면 언제든 다시 오세요. { $hotline }에 전화하셔도 됩니다.
thanks-reply = 천만에요! 다른 일도 있으세요?
help-text = 무엇을 가져가야 하는지, 어디로 가야 하는지, 돈이 얼마 드는지 알려 드려요. 하고 싶은 일을 말하거나 아래 버튼을 누르세요. "이전"은 앞 질문으로, "다시"는 한 번 더 듣기, "상담원"은 사람과 상담, "큰 글씨"는 어르신 모드입니다. 핫라인: { $hotline }.
empty-message = 글자를 받지 못했어요. 하고 싶은 일을 말하거나 버튼을 누르세요.
feedback-thanks = 의견을 주셔서 감사합니다! 더 잘하도록 하겠습니다. 급한 일은 { $hotline }에 전화하세요.
which-service = 어떤 일을 보려고 하세요? 하나를 누르거나 말씀해 주세요.
progress-general = 처리 진행 상황은 { $hotline }에 전화하거나, 접수증을 가지고 창구에 가서 물어보세요. 어떤 업무인가요?
progress-howto = “{ $service }” 진행 상황 확인: 아래 온라인 창구를 이용하거나, 접수증을 가지고 창구에 전화하거나 직접 물어보세요.

error-apology = 죄송합니다. 시스템에 잠깐 문제가 생겼어요. 말씀하신 내용은 없어지지 않았습니다. 잠시 후 다시 보내 주세요. 급하면 { $hotline }에 전화하세요.
media-unsupported = 사진, 이모티콘, 파일은 아직 읽지 못해요. 하고 싶은 일을 글로 적거나 버튼을 누르세요. { $hotline }에 전화하셔도 됩니다.
nearest-offices = 가까운 창구:
distance = { "   " }거리 약 { $km }km

menu-prompt = 어떤 일을 보려고 하세요?
menu-more = 다른 업무 더 보기
menu-first = 자주 찾는 업무

flow-start = 네, “{ $service }”에 대해 알아볼게요. 몇 가지 여쭤보고, 상황에 맞게 가져갈 서류를 알려 드릴게요.
flow-end = 일이 잘 되기를 바랍니다! 가기 전에 창구에 전화해서 한 번 확인하세요. 다른 일도 있으세요?
flow-gone = 방금 그 업무 안내는 더 이상 쓸 수 없습니다. 다시 골라 주세요.
flow-updated = 업무 안내가 방금 업데이트되었어요. 정확하게 알려 드리려고 처음부터 다시 여쭤볼게요.
switch-confirm = 지금 “{ $current }” 업무를 보고 있어요. “{ $new }” 업무로 바꿀까요?
switch-yes = “{ $new }” 업무로 바꾸기
switch-no = “{ $current }” 계속하기

answer-yes = 예
answer-no = 아니요
answer-out-of-range = 숫자가 맞지 않는 것 같아요. { $low }부터 { $high }까지의 숫자를 입력하세요.
hint-buttons = 버튼을 누르거나 번호로 답하세요(예: "1").
hint-number = 숫자로 답해 주세요.
button-stale = 이 버튼은 기한이 지났어요. 계속할게요:
not-understood = 죄송해요, 잘 못 알아들었어요. 다르게 말해 보세요. 예: "사회보장카드 재발급에 무엇이 필요해요".
not-understood-again = 죄송해요, 아직도 잘 모르겠어요. 아래에서 고르거나 "상담원 연결"을 누르세요. { $hotline }에 전화하셔도 됩니다.
which-of-these = 아래 중에서 어느 것을 물어보셨나요?
did-you-mean = 이것을 물어보셨나요?

nav-back = 이전
nav-repeat = 다시 말하기
nav-human = 상담원 연결
nav-menu = 다른 일 보기
nav-continue = 하던 일 계속하기
nav-elder = 어르신 모드(큰 글씨)
nav-elder-off = 어르신 모드 끄기
nav-language = 언어 / 语言
back-nothing = 이전 단계가 없어요. 어떤 일을 보려고 하세요?
back-at-start = 이것이 첫 번째 질문이에요.
restart-done = 네, 처음부터 다시 시작할게요.

elder-on = 어르신 모드를 켰어요. 글씨가 커지고, 한 번에 한 단계씩 안내하며, 답을 소리 내어 읽어 드릴 수 있어요. 천천히 하세요.
elder-off = 어르신 모드를 껐어요.
language-set = 네, 앞으로 이 언어({ $name })로 안내해 드릴게요.
language-choose = 언어를 골라 주세요:

intent-greet = 인사하기
intent-goodbye = 잘 가요
intent-thanks = 고마워요
intent-affirm = 예
intent-deny = 아니요
intent-help = 사용 방법
intent-ask_service = 어떻게 신청하나요
intent-ask_materials = 무엇을 가져가나요
intent-ask_office = 어디로 가나요
intent-ask_fee = 돈이 얼마 드나요
intent-ask_progress = 진행 상황 확인
intent-human = 상담원 연결
intent-set_language = 언어 바꾸기
intent-elder_mode = 어르신 모드
intent-repeat = 다시 말하기
intent-back = 이전
intent-restart = 처음부터 다시
intent-feedback = 의견 보내기
intent-out_of_scope = 다른 질문
intent-forget = 내 정보 삭제
intent-with-service = { $service }: { $intent }

checklist-title = 📋 { $service } · 준비물 목록
checklist-materials = 가져갈 것:
checklist-item = { $n }. { $name } ({ $form }, { $copies }부)
checklist-note = { "   " }참고: { $note }
checklist-where = 가는 곳: { $places }
checklist-fees = 비용:
checklist-free = 비용: 무료
checklist-time = 처리 기한: { $text }

lookup-offices = “{ $service }” 업무는 이런 곳에서 할 수 있어요:
lookup-no-office = 가까운 창구 정보가 아직 없어요. { $hotline }에 전화해서 물어보세요.
lookup-fees = “{ $service }” 비용:
lookup-online = “{ $service }” 온라인 신청 방법:
online-channel = · { $name } { $url }
lookup-steps = “{ $service }” 처리 절차:
step-item = { $n }. { $text }
office-card = 🏢 { $name }
    주소: { $address }
    시간: { $hours }
    전화: { $phone }
office-period = { $days } { $open }–{ $close }

handoff-hotline = 사람의 도움이 필요하면 정무봉사 편민 핫라인 { $hotline }에 전화하세요(근무 시간에 받습니다).
handoff-office = { $office }에 직접 전화하셔도 됩니다: { $phone }
handoff-recorded = 도움 요청을 접수했어요. 번호는 { $reference }입니다. 담당자가 연락드릴 거예요.

more-prompt = 또 무엇을 알고 싶으세요?
more-prompt-simple = 또 무엇이 궁금하세요: 어디로 가는지, 돈이 얼마 드는지, 온라인으로 되는지, 대신 할 수 있는지, 처리 절차, 아니면 다 알았나요?
more-offices = 어디로 가는지, 몇 시에 여는지
more-fees = 돈이 얼마 드나요
more-online = 온라인으로 할 수 있나요
more-proxy = 다른 사람이 대신할 수 있나요
more-steps = 처리 절차
more-done = 다 알았어요, 고마워요

rate-limited = 메시지를 너무 빨리 보내고 있어요. { $seconds }초 기다린 뒤 다시 보내 주세요.
language-keep-offer = 앞으로도 이 언어({ $name })로 안내해 드릴까요?
language-keep = 네, { $name } 계속 쓰기

voice-heard = 이렇게 들었어요: "{ $text }". 맞나요?
voice-yes = 네, 맞아요
voice-no = 아니요, 다시 말할게요
voice-retry = 죄송해요, 잘 못 들었어요. 다시 말하거나 글로 써 주세요.
voice-unsupported = 이 언어의 음성은 아직 알아듣지 못해요. 음성을 직원에게 넘겼어요. 직원이 녹음을 듣고 연락드릴 거예요. 글로 쓰거나 아래 버튼을 눌러도 돼요.
voice-not-understood = 죄송해요, 아직도 잘 모르겠어요. 음성을 직원에게 넘겼어요. 직원이 녹음을 듣고 연락드릴 거예요. 글로 쓰거나 아래 버튼을 눌러도 돼요.

## understanding answers in context
understood-summary = 말씀하신 대로: { $items }.
answer-changed = 네, 이렇게 바꿨어요: { $answer }.
not-sure-explain = 괜찮아요. 잘 모르시면 가족이나 마을 대리원에게 물어보세요. { $hotline }에 전화해서 물어봐도 돼요.
answer-skip = 잘 몰라요, 건너뛰기
checklist-asks-first = 가져갈 것은 상황에 따라 달라서, 먼저 { $count }가지만 여쭤볼게요.
checklist-everyone = 어떤 경우든 가져갈 것:
checklist-if-also = “{ $condition }”인 경우, 이것도 가져가세요:
checklist-agent = 다른 사람 대신 하시면, 이것도 가져가세요:
service-not-covered = “{ $name }” 업무는 아직 제가 찾아 드릴 수 없어요. { $hotline }에 전화해서 물어보시거나, 지역 정무서비스 사이트(一网通办)에서 하세요.
not-understood-simple = 쉽게 다시 말씀드릴게요:
not-understood-offer-human = 죄송해요, 아직도 잘 모르겠어요. 직원이 도와 드릴까요? { $hotline }에 전화하셔도 돼요. 위 질문에 계속 답하셔도 됩니다.
place-understood = 네, “{ $place }” 근처의 가까운 곳을 찾아 드릴게요.
switch-ask = “{ $new }” 업무로 바꾸시려는 건가요?
proxy-understood = 네, 다른 사람 대신 물어보시는군요. 대신 갈 때 가져갈 것도 같이 알려 드릴게요.
