## Privacy, proxy agents and their cases (bot/casework.py).

privacy-notice = 【个人信息说明】为了接着帮您办事，我们会保存您的对话进度，闲置后自动清除，最长保存 { $days } 天；身份证号、手机号会被遮盖后才记录。想删除您的信息，随时说“删除我的信息”或发送 /forget。
forget-confirm = 确定要删除我们保存的您的所有信息吗？删除后不能恢复。
forget-yes = 确定删除
forget-done = 您的信息已经删除。需要时随时可以重新开始。

agent-joined = 欢迎！您已成为乡镇（编号 { $township }）的代办员。可以为村民建档，分别办理。
cases-title = 您手上有 { $count } 个未办结的案件（最早的在前）：
cases-none = 现在没有未办结的案件。
case-button = { $name } · { $village } · { $status }
case-new = 新建案件
case-cancel = 取消
case-cancelled = 已取消。
case-ask-name = 请输入村民的称呼或姓名缩写（例如“王大爷”或“WDY”）：
case-ask-village = 村民住在哪个村？
case-ask-consent = { $name }本人同意由您代为办理、并同意我们保存办事所需的信息吗？
case-consent-yes = 村民已同意
case-consent-no = 还没同意
case-ask-phone = 如需留村民电话请输入（只保存遮盖后的号码），不留请点“跳过”。
case-skip-phone = 跳过
case-created = 已为{ $name }建档。现在办的事都会记在这个案件里。请选择要办的事：
case-card = 📁 案件：{ $name }（{ $village }）
    状态：{ $status }
    电话：{ $phone }
    备注：{ $notes } 条
case-service = 正在办：{ $service }
case-new-service = 办另一项
case-close = 办结并删除
case-close-confirm = 确定将{ $name }的案件办结并删除吗？删除后不能恢复。
case-close-yes = 确定删除
case-closed = 案件已办结并删除。
case-leave = 回到我自己的
case-left = 已退出案件，现在是您自己的对话。
case-status-set = 状态已更新为：{ $status }
case-note-added = 备注已记下。
case-note-usage = 写备注请发送：/note 备注内容
case-status-collecting = 准备材料中
case-status-ready = 可以提交
case-status-submitted = 已提交
case-status-done = 已办结
nav-cases = 我的案件

case-denied-not_agent = 这个功能只有代办员可以用。如需成为代办员，请向乡镇管理员要邀请码，然后发送 /join 邀请码。
case-denied-revoked = 您的代办员资格已被收回，不能再查看案件。如有疑问请联系乡镇管理员。
case-denied-not_found_or_denied = 没有找到这个案件，或者您没有权限查看。
case-denied-consent_required = 没有村民本人同意，不能建档。村民同意后再来建。
case-denied-invalid_name = 称呼太长或为空，请用 1 到 40 个字。
case-denied-invalid_village = 村名太长或为空，请用 1 到 40 个字。
case-denied-invalid_phone = 这个电话号码好像不对，请重新输入，或点“跳过”。
case-denied-invalid_note = 备注太长或为空。
case-denied-invalid_status = 没有这个状态。
case-denied-invalid = 邀请码不对，请检查后再发一次。
case-denied-used = 这个邀请码已经用过了，请向管理员要新的。
case-denied-expired = 这个邀请码已经过期了，请向管理员要新的。
case-denied-already_admin = 您已经是管理员了，不需要邀请码。
case-denied-active_member = 代办员和管理员的信息要先由管理员收回资格后才能删除。

proxy-in-person = 代办提示：这项必须本人到场。{ $note }
proxy-agent-bring = 代办人还要带：
proxy-agent-can-do = 代办人可以先做：
