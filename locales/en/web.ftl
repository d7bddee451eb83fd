## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = Banshi
web-subtitle = Public services, step by step
web-skip = Skip to the message box
web-language = Language
web-elder-mode = Elderly mode (big text)
web-elder-on = Turn on elderly mode
web-elder-off = Turn off elderly mode
web-log-label = Conversation
web-input-label = Type what you need to get done
web-input-placeholder = For example: I lost my ID card
web-send = Send
web-read-aloud = Read aloud
web-stop-reading = Stop reading
web-audio-label = Spoken reply
web-typing = Banshi is typing
web-you-said = You said:
web-bot-said = Banshi said:
web-choices = Choices
web-error = Something went wrong and your message was not sent. Please send it again in a moment.
web-offline = You seem to be offline. Please send it again when you are connected.
web-noscript = This page needs JavaScript to work.
