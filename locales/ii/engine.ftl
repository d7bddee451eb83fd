## Machine-drafted Nuosu Yi; not yet reviewed by a native speaker.
## Messages of the dialogue engine (bot/engine.py). Keep them short: many readers are elderly.

plain = { $text }
list-join = { $a }；{ $b }
list-join-short = { $a }、{ $b }
weekday-range = { $first }–{ $last }
bullet = · { $text }
service-name = { $service }

welcome = ꆏꋬꂻꀕ！ꉢꆹ“ꃅꅍꃅ”（办事）ꉬ，ꃅꅍꃅꌠꑞꌋꇁꌶ、ꇿꇬꃅ、ꑞꃅ，ꉢꆏꀘꉉꉆ。ꆏꌠꃅꅍꁨꉉ，ꋌꉬ“ꎹꃚꍔ（身份证）ꌐꀐ”。ꊿꉉꈤꌶꑌ“ꊿ”（人工）ꉉ，ꅀ { $hotline } ꇬꄅꉷ（电话）ꁨꄉ。
greet-reply = ꆏꋬꂻꀕ！ꆏꑞꃅꅍꃅꌶ？
goodbye-reply = ꐥꅍꀋꐥ，ꆏꋬꂻꈨꅪ！ꌦꇁꉆ，{ $hotline } ꇬꄅꉷ（电话）ꄉꑌꉆ。
thanks-reply = ꀋꐥꀋꐥ！ꃅꅍꋍꈨꌦꐥꀕ？
help-text = ꑞꌋꇁꌶ、ꇿꇬꃅ、ꄲꈀꄷ，ꉢꆏꀘꉉꉆ。ꆏꌠꃅꅍꉉ，ꅀꀊꑛ（按钮）ꄅ。“ꂴꂷ”ꉉ — ꂴꂷꇬꈈꇁ；“ꌦꋍꄷ”ꉉ — ꌦꈤ；“ꊿ”ꉉ — ꊿꉉꈤ；“ꁱꂷꀉꅪ”ꉉ — ꊿꃀꌠꃅ。ꏒꑣ（热线）：{ $hotline }。
empty-message = ꁱꂷꀋꑟ。ꆏꌠꃅꅍꁨꉉ，ꅀꀊꑛ（按钮）ꋍꂷꄅ。
feedback-thanks = ꆏꌠꅇꈀꎭꎭ！ꃅꅍꏢꌶ，{ $hotline } ꇬꄅꉷ（电话）ꁨꄉ。
which-service = ꆏꃅꅍꇿꂷꃅꌶ？ꋍꂷꄅ，ꅀꁨꉉ。
progress-general = ꃅꅍꈀꄷꑟꀐ（办理进度）ꉛꌶ，{ $hotline } ꇬꄅꉷ（电话）ꄉ，ꅀꁱꂷ（受理回执）ꌋꍫꈉ（窗口）ꇬꉉꉛ。ꆏꑞꃅꅍꃅ？
progress-howto = “{ $service }” ꈀꄷꑟꀐꉛ：ꋌꇬꊂꎭ（网上）ꃅꅍꌋ，ꅀꁱꂷ（受理回执）ꌋꍫꈉ（窗口）ꇬꄅꉷꄉ。

error-apology = ꉢꀋꉾꀐ，ꑟꄫ（系统）ꑍꇯꀋꉾ，ꆏꌠꅇꀋꌐ。ꑍꇯꉳꌦꋍꄷꁨꉉ；ꏢꌶ，{ $hotline } ꇬꄅꉷ（电话）ꁨꄉ。
media-unsupported = ꍏꀽ（图片）、ꁱꂷꅍ（文件）ꉢꉛꀋꉆꌦ。ꆏꌠꃅꅍꁱꂷꇬꁨꉉ，ꅀꀊꑛ（按钮）ꄅ；{ $hotline } ꇬꄅꉷꄉꑌꉆ。
nearest-offices = ꆏꇬꀋꏢꌠꃅꅍꃅꇬ：
distance = { "　" }{ $km } ꇬꆹ（公里）ꄷ

menu-prompt = ꆏꑞꃅꅍꃅꌶ？
menu-more = ꃅꅍꋍꈨꌦ
menu-first = ꀉꑌꃅꌠꃅꅍ

flow-start = ꉾ，“{ $service }” ꉛꂿ。ꉢꆏꇬꅇꑍꇯꉉ，ꌋꇁꌶꌠꁱꂷꁱꀘ。
flow-end = ꆏꌠꃅꅍꉾꂿ！ꁧꂴꍫꈉ（窗口）ꇬꄅꉷꄉꉛ。ꃅꅍꋍꈨꌦꐥꀕ？
flow-gone = ꃅꅍꋌꀋꐥꀐ，ꌦꋍꄷꁨꌋ。
flow-updated = ꃅꅍꁱꂷꌦꁱꀐ，ꀒꈓꄉꌦꋍꄷꉉꂿ。
switch-confirm = ꆏ “{ $current }” ꃅꌦ。“{ $new }” ꀺꃅꀕ？
switch-yes = { $new } ꀺꃅ
switch-no = { $current } ꌦꃅ

answer-yes = ꉬ
answer-no = ꀋꉬ
answer-out-of-range = ꉻꂷꋌꀋꉬ，{ $low } ꄉ { $high } ꑟ ꌠꉻꂷꁨꁱ。
hint-buttons = ꀊꑛ（按钮）ꄅ，ꅀꉻꂷꁱ（ꋌꉬ“1”）。
hint-number = ꉻꂷꁨꁱ。
button-stale = ꀊꑛ（按钮）ꋌꀋꐥꀐ。ꌦꃅꂿ：
not-understood = ꉢꀋꉾꀐ，ꉢꀋꈤ。ꅇꋍꈨꀺꉉ，ꋌꉬ“ꎸꀧꈁ（社保卡）ꑞꌋꇁꌶ”。
not-understood-again = ꉢꌦꀋꈤ，ꉢꀋꉾꀐ。ꋌꇬꋍꂷꌋ，ꅀ“ꊿꉉꈤ”ꄅ，{ $hotline } ꇬꄅꉷꄉꑌꉆ。
which-of-these = ꋌꇬꇿꂷꉬ？
did-you-mean = ꆏꋌꉉꀕ：

nav-back = ꂴꂷ
nav-repeat = ꌦꋍꄷ
nav-human = ꊿꉉꈤ
nav-menu = ꃅꅍꋍꈨ
nav-continue = ꂴꌠꌦꃅ
nav-elder = ꊿꃀꌠꃅ（ꁱꂷꀉꅪ）
nav-elder-off = ꊿꃀꌠꃅꀋꃅ
nav-language = ꉙ / 语言
back-nothing = ꂴꂷꀋꐥ。ꆏꑞꃅꅍꃅꌶ？
back-at-start = ꋌꆹꅇꋍꂷꉬꀐ。
restart-done = ꉾ，ꀒꈓꄉꌦꃅꂿ。

elder-on = ꊿꃀꌠꃅ：ꁱꂷꀉꅪ，ꋍꄷꋍꂷ，ꉉꈤꉆ。ꀋꏢ。
elder-off = ꊿꃀꌠꃅꀋꃅꀐ。
language-set = ꉾ，ꀋꃋꄉ { $name } ꌋꉉꂿ。
language-choose = ꉙꋍꂷꁨꌋ：

intent-greet = ꋬꂻꉉ
intent-goodbye = ꁧꀐ
intent-thanks = ꈀꎭꎭ
intent-affirm = ꉬ
intent-deny = ꀋꉬ
intent-help = ꑞꃅꌋ
intent-ask_service = ꑞꃅꃅ
intent-ask_materials = ꑞꌋꇁꌶ
intent-ask_office = ꇿꇬꃅ
intent-ask_fee = ꄲꈀꄷ
intent-ask_progress = ꈀꄷꑟꀐꉛ
intent-human = ꊿꉉꈤ
intent-set_language = ꉙꀺ
intent-elder_mode = ꊿꃀꌠꃅ
intent-repeat = ꌦꋍꄷ
intent-back = ꂴꂷ
intent-restart = ꀒꈓꄉꌦꃅ
intent-feedback = ꑳꏦ（意见）ꉉ
intent-out_of_scope = ꅇꋍꈨ
intent-forget = ꉢꌠꑟꑟꃅꌐ
intent-with-service = { $service }：{ $intent }

checklist-title = 📋 { $service } · ꆏꌠꁱꂷ（清单）
checklist-materials = ꌋꇁꌶ：
checklist-item = { $n }. { $name }（{ $form }，{ $copies } ꂷ）
checklist-note = { "　" }ꉉꀘ：{ $note }
checklist-where = ꇿꇬꃅ：{ $places }
checklist-fees = ꄲ（费用）：
checklist-free = ꄲ（费用）：ꄲꀋꀘ
checklist-time = ꃅꌐꌠꄮꈉ：{ $text }

lookup-offices = “{ $service }” ꋌꇬꃅꉆ：
lookup-no-office = ꆏꇬꀋꏢꌠꍫꈉ（窗口）ꀋꁱꌦ，{ $hotline } ꇬꄅꉷ（电话）ꁨꄉ。
lookup-fees = “{ $service }” ꌠꄲ（费用）：
lookup-online = “{ $service }” ꊂꎭ（网上）ꃅꌠ：
online-channel = · { $name } { $url }
lookup-steps = “{ $service }” ꌠꃅꅍꅇꅇ：
step-item = { $n }. { $text }
office-card = 🏢 { $name }
    ꃅꄷ（地址）：{ $address }
    ꄮꈉ（时间）：{ $hours }
    ꄅꉷ（电话）：{ $phone }
office-period = { $days } { $open }–{ $close }

handoff-hotline = ꊿꉉꈤꌶ：{ $hotline } ꏒꑣ（政务服务便民热线）ꇬꄅꉷ（电话）ꁨꄉ（ꑘꁨꄮꈉ ꊿꐥ）。
handoff-office = { $office } ꇬꄅꉷꄉꑌꉆ：{ $phone }。
handoff-recorded = ꆏꌠꅇꁱꀐ，ꉻꂷ { $reference }，ꑘꁨꌠꊿꆏꇬꇁꉛ。

more-prompt = ꑞꌦꉛꌶ？
more-prompt-simple = ꑞꌦꉛꌶ：ꇿꇬꃅ、ꑞꄮꈉ，ꄲꈀꄷ，ꊂꎭ（网上）ꃅꉆꀕ，ꊿꀘꃅꉆꀕ，ꃅꅍꅇꅇ，ꅀꐚꀐ？
more-offices = ꇿꇬꃅ、ꑞꄮꈉ
more-fees = ꄲꈀꄷ
more-online = ꊂꎭ（网上）ꃅꉆꀕ
more-proxy = ꊿꀘꃅꉆꀕ
more-steps = ꃅꅍꅇꅇ
more-done = ꐚꀐ，ꈀꎭꎭ

rate-limited = ꆏꁱꏢꇨ，{ $seconds } ꂳ（秒）ꉳ，ꌦꁨꁱ。

language-keep-offer = ꀋꃋꄉ { $name } ꌋꉉꂿꀕ？
language-keep = ꉾ，{ $name } ꌋ

voice-heard = ꉢꈤꌠ：“{ $text }”。ꉬꀕ？
voice-yes = ꉬ，ꋌꉬ
voice-no = ꀋꉬ，ꉢꌦꉉ
voice-retry = ꉢꀋꉾꀐ，ꉢꀋꈤ。ꌦꋍꄷꁨꉉ，ꅀꁱ。
voice-unsupported = ꉙꋌꌠꅇ（语音）ꉢꈤꀋꉆꌦ。ꆏꌠꅇ（语音）ꑘꁨꌠꊿꀘꀐ，ꋌꈤꌐꄉꆏꇬꉉꇁ。ꆏꁱꑌꉆ，ꅀꋌꇬꀊꑛ（按钮）ꄅ。
voice-not-understood = ꉢꀋꉾꀐ，ꉢꌦꀋꈤ。ꆏꌠꅇ（语音）ꑘꁨꌠꊿꀘꀐ，ꋌꈤꌐꄉꆏꇬꉉꇁ。ꆏꁱꑌꉆ，ꅀꋌꇬꀊꑛ（按钮）ꄅ。

## understanding answers in context
understood-summary = ꆏꉉꌠ：{ $items }。
answer-changed = ꉾ，ꀺꀐ：{ $answer }。
not-sure-explain = ꀋꐥꀋꐥ。ꆏꀋꐚꀕ，ꏤꌠꊿꅀꀘꃅꌠꊿ（代办员）ꇬꉛ，{ $hotline } ꇬꄅꉷ（电话）ꄉꉛꑌꉆ。
answer-skip = ꀋꐚ，ꂴꉈ（先跳过）
checklist-asks-first = ꌋꇁꌶꌠꆏꌠꃅꅍꇬꀋꋋ，ꉢꂴꆏꇬꅇ { $count } ꂷꉉꉛ。
checklist-everyone = ꑞꃅꅍꉬꑌꌋꇁꌶ：
checklist-if-also = “{ $condition }” ꉬꀕ，ꌦꌋꇁꌶ：
checklist-agent = ꆏꊿꀘꃅ（代办），ꌦꌋꇁꌶ：
service-not-covered = “{ $name }” ꉢꉛꀋꉆꌦ。{ $hotline } ꇬꄅꉷ（电话）ꄉꉛ，ꅀꃅꄷꌠꊂꎭ（政务服务网、一网通办）ꇬꃅ。
not-understood-simple = ꉢꅇꀊꋬꉉ（简单说）：
not-understood-offer-human = ꉢꌦꀋꈤ，ꉢꀋꉾꀐ。ꑘꁨꌠꊿꆏꀘꌶꀕ？{ $hotline } ꇬꄅꉷꄉꑌꉆ。ꂴꌠꅇꌦꉉꑌꉆ。
place-understood = ꉾ，“{ $place }” ꄉꀋꏢꌠꃅꅍꃅꇬꉛ。
switch-ask = “{ $new }” ꀺꃅꀕ？
proxy-understood = ꉾ，ꆏꊿꀘꉛ（替别人问），ꀘꃅꌠꁱꂷꑌꁱꀘ。
