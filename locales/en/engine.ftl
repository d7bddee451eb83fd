## Messages of the dialogue engine (bot/engine.py). Keep them short: many readers are elderly.

plain = { $text }
list-join = { $a }; { $b }
list-join-short = { $a }, { $b }
weekday-range = { $first }–{ $last }
bullet = · { $text }
service-name = { $service }

welcome = Hello! I am Banshi. I help you find out what to bring, where to go and how to get a public service done. Just tell me what you need, for example "I lost my ID card". To talk to a person, say "human" at any time or call { $hotline }.
greet-reply = Hello! What do you need to get done?
goodbye-reply = Goodbye, and good luck! Come back any time, or call { $hotline }.
thanks-reply = You're welcome! Is there anything else?
help-text = I can tell you what to bring, where to go and what it costs. Tell me what you need, or tap a button. Say "back" for the previous question, "repeat" to hear it again, "human" for a person, "elderly mode" for big text. Hotline: { $hotline }.
empty-message = I did not receive any text. Tell me what you need, or tap a button.
feedback-thanks = Thank you for your feedback! For anything urgent, call { $hotline }.
which-service = Which service do you need? Tap one or tell me.
progress-general = To check the progress of an application, call { $hotline } or ask at the service window with your receipt. Which service is it?
progress-howto = To check the progress of "{ $service }": use the online channels below, or call or visit the office with your receipt.

error-apology = Sorry, something went wrong on our side; nothing you said is lost. Please send it again in a moment, or call { $hotline } if it is urgent.
media-unsupported = I cannot read pictures, stickers or files yet. Please tell me in words what you need, or tap a button; you can also call { $hotline }.
nearest-offices = The offices nearest to you:
distance = { "   " }About { $km } km away

menu-prompt = What do you need to do?
menu-more = More services
menu-first = Common services

flow-start = All right, let's look at "{ $service }". I'll ask a few questions and list what you need to bring.
flow-end = Good luck! Please call the office to confirm before you go. Anything else?
flow-gone = That procedure is no longer available. Please choose again.
flow-updated = The service guide has just been updated; to give you an accurate checklist, let's start this again.
switch-confirm = You are in the middle of "{ $current }". Switch to "{ $new }"?
switch-yes = Switch to { $new }
switch-no = Continue with { $current }

answer-yes = Yes
answer-no = No
answer-out-of-range = That number does not look right. Please enter a number from { $low } to { $high }.
hint-buttons = Tap a button, or reply with its number (e.g. "1").
hint-number = Please reply with a number.
button-stale = That button has expired. Let's carry on:
not-understood = Sorry, I did not understand. Try other words, for example "what do I need for a social security card".
not-understood-again = Sorry, I still did not understand. Choose below, tap "Talk to a person", or call { $hotline }.
which-of-these = Which of these do you mean?
did-you-mean = Did you mean:

nav-back = Back
nav-repeat = Repeat
nav-human = Talk to a person
nav-menu = Something else
nav-continue = Continue where I was
nav-elder = Elderly mode (big text)
nav-elder-off = Turn off elderly mode
nav-language = Language / 语言
back-nothing = There is no previous step. What do you need to do?
back-at-start = This is already the first question.
restart-done = All right, let's start again.

elder-on = Elderly mode is on: bigger text, one step at a time, replies can be read aloud. Take your time.
elder-off = Elderly mode is off.
language-set = All right, I will use { $name } from now on.
language-choose = Please choose a language:

intent-greet = Say hello
intent-goodbye = Goodbye
intent-thanks = Thanks
intent-affirm = Yes
intent-deny = No
intent-help = How to use this
intent-ask_service = How to apply
intent-ask_materials = What to bring
intent-ask_office = Where to go
intent-ask_fee = What it costs
intent-ask_progress = Check progress
intent-human = Talk to a person
intent-set_language = Change language
intent-elder_mode = Elderly mode
intent-repeat = Repeat
intent-back = Back
intent-restart = Start again
intent-feedback = Give feedback
intent-out_of_scope = Something else
intent-forget = Delete my information
intent-with-service = { $service }: { $intent }

checklist-title = 📋 { $service } · your checklist
checklist-materials = Bring:
checklist-item = { $n }. { $name } ({ $form }, { $copies ->
    [one] 1 copy
   *[other] { $copies } copies
})
checklist-note = { "   " }Note: { $note }
checklist-where = Where: { $places }
checklist-fees = Fees:
checklist-free = Fees: free of charge
checklist-time = Time limit: { $text }

lookup-offices = You can apply for "{ $service }" here:
lookup-no-office = No office near you is listed yet; please call { $hotline }.
lookup-fees = Fees for "{ $service }":
lookup-online = Online channels for "{ $service }":
online-channel = · { $name } { $url }
lookup-steps = Steps for "{ $service }":
step-item = { $n }. { $text }
office-card = 🏢 { $name }
    Address: { $address }
    Hours: { $hours }
    Phone: { $phone }
office-period = { $days } { $open }–{ $close }

handoff-hotline = For help from a person, call the government service hotline { $hotline } (staffed during working hours).
handoff-office = You can also call { $office }: { $phone }.
handoff-recorded = Your request for help is recorded as { $reference }; a staff member will follow up.

more-prompt = What else would you like to know?
more-prompt-simple = What else: where to go, the cost, doing it online, someone going for you, the steps, or is that all?
more-offices = Where to go, opening hours
more-fees = What it costs
more-online = Can I do it online?
more-proxy = Can someone go for me?
more-steps = The steps
more-done = That's all, thanks

rate-limited = You are sending messages faster than I can answer. Please wait { $seconds ->
    [one] a second
   *[other] { $seconds } seconds
} and try again.

language-keep-offer = Shall I keep talking to you in { $name }?
language-keep = Yes, keep { $name }

voice-heard = I heard: "{ $text }". Is that right?
voice-yes = Yes, that's right
voice-no = No, I'll say it again
voice-retry = Sorry, I did not catch that. Please say it again, or type it.
voice-unsupported = I cannot understand voice messages in this language yet. I have passed your recording to a staff member, who will listen to it and get back to you. Meanwhile you can type, or tap a button below.
voice-not-understood = Sorry, I still did not understand. I have passed your recording to a staff member, who will listen to it and get back to you. Meanwhile you can type, or tap a button below.

## understanding answers in context
understood-summary = From what you said: { $items }.
answer-changed = All right, I changed it to: { $answer }.
not-sure-explain = That's fine. If you are not sure, ask your family or the village helper, or call { $hotline }.
answer-skip = Not sure, skip
checklist-asks-first = What to bring depends on your situation, so first I'll ask you { $count ->
        [one] one question
       *[other] { $count } questions
    }.
checklist-everyone = Bring these in every case:
checklist-if-also = If it is "{ $condition }", also bring:
checklist-agent = As you are going for someone else, also bring:
service-not-covered = I can't look up "{ $name }" yet. Please call { $hotline }, or use your local government services website.
not-understood-simple = Let me say it more simply:
not-understood-offer-human = Sorry, I still don't understand. Would you like a staff member to help you? You can also call { $hotline }. Or just answer the question above.
place-understood = All right, I'll look for places near "{ $place }".
switch-ask = Do you want to do "{ $new }" instead?
proxy-understood = All right, you are asking for someone else. I'll also list what a helper needs to bring.
