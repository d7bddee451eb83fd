## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = 办事助手
web-subtitle = 政务服务，一步一步帮您办
web-skip = 跳到输入框
web-language = 语言
web-elder-mode = 长辈模式（大字）
web-elder-on = 打开长辈模式
web-elder-off = 关闭长辈模式
web-log-label = 对话记录
web-input-label = 请输入您要办的事
web-input-placeholder = 例如：身份证丢了怎么办
web-send = 发送
web-read-aloud = 朗读
web-stop-reading = 停止朗读
web-audio-label = 语音回复
web-typing = 办事助手正在输入
web-you-said = 您说：
web-bot-said = 办事助手说：
web-choices = 可以选择的操作
web-error = 出了点问题，消息没有发出去。请稍后再发一次。
web-offline = 网络好像断开了。连上网络后请再发一次。
web-noscript = 这个页面需要开启 JavaScript 才能使用。
