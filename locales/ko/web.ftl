## Machine-drafted Korean; not yet reviewed by a native speaker.
## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = 업무 도우미
web-subtitle = 정무 서비스, 한 단계씩 도와드립니다
web-skip = 입력창으로 건너뛰기
web-language = 언어
web-elder-mode = 어르신 모드(큰 글씨)
web-elder-on = 어르신 모드 켜기
web-elder-off = 어르신 모드 끄기
web-log-label = 대화 기록
web-input-label = 처리할 일을 입력하세요
web-input-placeholder = 예: 신분증을 잃어버렸어요
web-send = 보내기
web-read-aloud = 소리 내어 읽기
web-stop-reading = 읽기 멈추기
web-audio-label = 음성 답변
web-typing = 업무 도우미가 입력하고 있습니다
web-you-said = 내가 한 말:
web-bot-said = 업무 도우미가 한 말:
web-choices = 선택할 수 있는 항목
web-error = 문제가 생겨 메시지를 보내지 못했습니다. 잠시 후 다시 보내 주세요.
web-offline = 인터넷이 끊긴 것 같습니다. 연결된 뒤 다시 보내 주세요.
web-noscript = 이 페이지는 JavaScript를 켜야 쓸 수 있습니다.
