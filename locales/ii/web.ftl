## Machine-drafted Nuosu Yi; not yet reviewed by a native speaker.
## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = ꃅꅍꃅ（办事助手）
web-subtitle = ꃅꅍ（政务服务），ꋍꄷꋍꂷꀡꃅ
web-skip = ꁱꇬꁧ（跳到输入框）
web-language = ꉙ（语言）
web-elder-mode = ꊿꃀꌠꃅ（ꁱꂷꀉꅪ）
web-elder-on = ꊿꃀꌠꃅ
web-elder-off = ꊿꃀꌠꃅꀋꃅ
web-log-label = ꉉꌠꅇ（对话记录）
web-input-label = ꆏꌠꃅꅍꁱ
web-input-placeholder = ꋌꉬ：ꎹꃚꍔ（身份证）ꌐꀐ
web-send = ꀘ（发送）
web-read-aloud = ꉉꈤ（朗读）
web-stop-reading = ꀋꉉ（停止朗读）
web-audio-label = ꉉꌠꅇ（语音回复）
web-typing = ꃅꅍꃅꁱꌦ
web-you-said = ꆏꉉ：
web-bot-said = ꃅꅍꃅꉉ：
web-choices = ꌋꉆꌠ
web-error = ꑍꇯꀋꉾ，ꅇꀋꀘꑟ。ꑍꇯꉳꌦꀘ。
web-offline = ꊂ（网络）ꀋꐥꀐ。ꊂ（网络）ꐥꄉꌦꀘ。
web-noscript = ꋌ JavaScript ꌶ。
