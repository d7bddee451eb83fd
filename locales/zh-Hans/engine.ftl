## Messages of the dialogue engine (bot/engine.py). Keep them short: many readers are elderly.

plain = { $text }
list-join = { $a }；{ $b }
list-join-short = { $a }、{ $b }
weekday-range = { $first }至{ $last }
bullet = · { $text }
service-name = { $service }

welcome = 您好！我是“办事”助手，帮您弄清楚办事要带什么、去哪儿办、怎么办。可以直接说您要办的事，比如“身份证丢了怎么办”。想找人工，随时说“人工”或拨打 { $hotline }。
greet-reply = 您好！有什么事要办？
goodbye-reply = 好的，祝您办事顺利！有问题随时再来，也可以拨打 { $hotline }。
thanks-reply = 不客气！还有别的事要办吗？
help-text = 我可以告诉您办事要带什么、去哪儿办、要多少钱。您可以直接说要办的事，也可以点下面的按钮。说“上一步”回到上一个问题，“再说一遍”重听，“人工”找工作人员，“大字”切换长辈模式。热线：{ $hotline }。
empty-message = 没有收到文字。请直接说您要办的事，或者点一个按钮。
feedback-thanks = 谢谢您的意见！我们会认真改进。急事请拨打 { $hotline }。
which-service = 您想办哪一项？请点一个，或者直接说出来。
progress-general = 查询办理进度，可以拨打 { $hotline }，或者带上受理回执到办理窗口询问。您办的是哪一项？
progress-howto = 查询“{ $service }”的办理进度：可以用下面的网上渠道，或者带上受理回执、打电话问办理窗口。

error-apology = 抱歉，系统刚才出了点问题，您说的话没有丢。请稍后再发一次；着急的话请拨打 { $hotline }。
media-unsupported = 图片、贴纸和文件我还看不懂。请用文字告诉我要办什么，或者点按钮；也可以拨打 { $hotline }。
nearest-offices = 离您最近的办事地点：
distance = 　距离约 { $km } 公里

menu-prompt = 请选择您要办的事：
menu-more = 更多服务
menu-first = 常用服务

flow-start = 好的，我们来看“{ $service }”。我问您几个问题，按您的情况列出要带的材料。
flow-end = 祝您办事顺利！出发前最好先打电话和窗口确认一下。还要办别的事吗？
flow-gone = 刚才的办事流程已经下线了，请重新选择要办的事。
flow-updated = 办事指南刚刚更新了，为了给您准确的清单，我们从头再问一遍。
switch-confirm = 您正在办“{ $current }”。要换成办“{ $new }”吗？
switch-yes = 换成{ $new }
switch-no = 继续办{ $current }

answer-yes = 是
answer-no = 不是
answer-out-of-range = 这个数字好像不对，请输入 { $low } 到 { $high } 之间的数字。
hint-buttons = 请点按钮，或回复序号（比如“1”）。
hint-number = 请直接回复数字。
button-stale = 这个按钮已经过期了。我们接着来：
not-understood = 抱歉，我没听明白。可以换个说法，比如“补办社保卡要带什么”。
not-understood-again = 还是没听明白，真不好意思。您可以从下面选，或者点“找人工”，也可以拨打 { $hotline }。
which-of-these = 您问的是下面哪一项？
did-you-mean = 您是想问哪个？

nav-back = 上一步
nav-repeat = 再说一遍
nav-human = 找人工
nav-menu = 办别的事
nav-continue = 继续刚才的
nav-elder = 长辈模式（大字）
nav-elder-off = 关闭长辈模式
nav-language = 语言 / Language
back-nothing = 现在没有上一步。请选择要办的事：
back-at-start = 这已经是第一个问题了。
restart-done = 好的，我们从头开始。

elder-on = 已切换到长辈模式：字更大，一次一步，回复可以朗读。慢慢来，不着急。
elder-off = 已关闭长辈模式。
language-set = 好的，以后用{ $name }和您交流。
language-choose = 请选择语言：

intent-greet = 打招呼
intent-goodbye = 再见
intent-thanks = 谢谢
intent-affirm = 是的
intent-deny = 不是
intent-help = 怎么用
intent-ask_service = 怎么办理
intent-ask_materials = 要带什么材料
intent-ask_office = 去哪里办
intent-ask_fee = 要多少钱
intent-ask_progress = 查办理进度
intent-human = 找人工
intent-set_language = 换语言
intent-elder_mode = 长辈模式
intent-repeat = 再说一遍
intent-back = 上一步
intent-restart = 从头开始
intent-feedback = 提意见
intent-out_of_scope = 别的问题
intent-forget = 删除我的信息
intent-with-service = { $service }：{ $intent }

checklist-title = 📋 { $service } · 您的办事清单
checklist-materials = 需要带：
checklist-item = { $n }. { $name }（{ $form }，{ $copies } 份）
checklist-note = 　提示：{ $note }
checklist-where = 去哪儿办：{ $places }
checklist-fees = 费用：
checklist-free = 费用：免费
checklist-time = 办理时限：{ $text }

lookup-offices = “{ $service }”可以到这些地方办：
lookup-no-office = 附近的窗口还没有收录，请拨打 { $hotline } 询问。
lookup-fees = “{ $service }”的费用：
lookup-online = “{ $service }”的网上办理渠道：
online-channel = · { $name } { $url }
lookup-steps = “{ $service }”的办理步骤：
step-item = { $n }. { $text }
office-card = 🏢 { $name }
    地址：{ $address }
    时间：{ $hours }
    电话：{ $phone }
office-period = { $days } { $open }–{ $close }

handoff-hotline = 需要人工帮忙：请拨打政务服务便民热线 { $hotline }（工作时间有人接听）。
handoff-office = 也可以直接打电话给 { $office }：{ $phone }。
handoff-recorded = 已为您登记求助，编号 { $reference }，工作人员会跟进。

more-prompt = 还想了解什么？
more-prompt-simple = 您还想问什么：去哪儿办、要多少钱、能不能网上办、别人能不能代办、怎么办，还是都清楚了？
more-offices = 去哪里办、几点开门
more-fees = 要多少钱
more-online = 能不能网上办
more-proxy = 别人能不能代办
more-steps = 办理步骤
more-done = 清楚了，谢谢

rate-limited = 您发消息太快了，请等 { $seconds } 秒再试。

language-keep-offer = 以后都用{ $name }和您交流吗？
language-keep = 好，用{ $name }

voice-heard = 我听到的是：“{ $text }”。对吗？
voice-yes = 对，就是这个
voice-no = 不对，我再说一遍
voice-retry = 抱歉，我没听清。请再说一遍，或者直接打字告诉我。
voice-unsupported = 这种语言的语音我暂时听不懂。我已经把您的语音转给工作人员，他们会听录音后联系您。您也可以打字，或者点下面的按钮。
voice-not-understood = 抱歉，我还是没听明白。我已经把您的语音转给工作人员，他们会听录音后联系您。您也可以打字，或者点下面的按钮。

## understanding answers in context
understood-summary = 按您说的：{ $items }。
answer-changed = 好的，改成：{ $answer }。
not-sure-explain = 没关系。不清楚的话，可以问问家里人或村里的代办员，也可以打 { $hotline } 问。
answer-skip = 不清楚，先跳过
checklist-asks-first = 要带的东西跟您的情况有关，我先问您 { $count } 个问题。
checklist-everyone = 不管哪种情况都要带：
checklist-if-also = 如果是「{ $condition }」，还要带：
checklist-agent = 您替别人办，还要带上：
service-not-covered = “{ $name }”我这里暂时还查不到。请打 { $hotline } 问，或者上当地的政务服务网（一网通办）办。
not-understood-simple = 我换个简单的说法：
not-understood-offer-human = 我还是没弄明白，真抱歉。要不要找工作人员帮您？也可以打 { $hotline }。您也可以接着回答上面的问题。
place-understood = 好的，按“{ $place }”给您找近的地方。
switch-ask = 您是想改办“{ $new }”吗？
proxy-understood = 好的，您是替别人问，我把代办要带的也列上。
