## Machine-drafted Nuosu Yi; not yet reviewed by a native speaker.
## Privacy, proxy agents and their cases (bot/casework.py).

privacy-notice = 【ꆏꌠꑟꑟ（个人信息说明）】ꆏꀡꌦꃅꌶꌠ，ꆏꌠꅇꁱꄸ，ꀋꃅꌠꄮꈉꒉꃅꌐ，ꀉꑌꆹ { $days } ꑍ ꀉꄂꁱ。ꎹꃚꍔꉻꂷ（身份证号）、ꎴꏢꉻꂷ（手机号）ꑍꇯꇬꄉꁱ。ꃅꌐꌶ，“ꉢꌠꑟꑟꃅꌐ”ꉉ，ꅀ /forget ꁱ。
forget-confirm = ꆏꌠꑟꑟ（信息）ꌋꆀꃅꌐꀕ？ꃅꌐꄉꌦꀋꐥ。
forget-yes = ꉬ，ꃅꌐ
forget-done = ꆏꌠꑟꑟꃅꌐꀐ。ꌦꃅꌶꌠꄮꈉꀒꈓꄉꃅꉆ。

agent-joined = ꆏꋬꂻꀕ！ꆏꆹꑤ（乡镇）{ $township } ꌠꀘꃅꌠꊿ（代办员）ꉬꀐ。ꋆꌠꊿꂷꂷꀊꏢ（案件）ꋍꂷꃅꉆ。
cases-title = ꆏꇬꀊꏢ（案件）{ $count } ꂷꃅꀋꌐꌦ（ꂴꌠꂴꇬ）：
cases-none = ꃅꀋꌐꌠꀊꏢ（案件）ꀋꐥ。
case-button = { $name } · { $village } · { $status }
case-new = ꀊꏢꏀꃅ（新建案件）
case-cancel = ꀋꃅ（取消）
case-cancelled = ꀋꃅꀐ。
case-ask-name = ꋆꌠꊿꌠꂓ（称呼、缩写，ꋌꉬ“王大爷”ꅀ“WDY”）：
case-ask-village = ꋆꌠꊿꇿꋆꇬꐥ？
case-ask-consent = { $name } ꒉꆏꀘꃅ、ꉪꁱꄸ（保存办事信息）ꉾꀕ？
case-consent-yes = ꋆꌠꊿꉾꀐ
case-consent-no = ꉾꀋꉉꌦ
case-ask-phone = ꋆꌠꊿꌠꄅꉷꉻꂷ（电话）ꁱꌶꌠꁱ（ꑍꇯꇬꄉꁱ），ꀋꁱꌠ“ꀋꁱ”ꄅ。
case-skip-phone = ꀋꁱ
case-created = { $name } ꌠꀊꏢ（案件）ꃅꀐ。ꀋꃋꃅꌠꃅꅍꀊꏢ（案件）ꋌꇬꁱ。ꃅꅍꋍꂷꌋ：
case-card = 📁 ꀊꏢ（案件）：{ $name }（{ $village }）
    ꃅꈀꄷꑟ（状态）：{ $status }
    ꄅꉷ（电话）：{ $phone }
    ꁱꂷ（备注）：{ $notes }
case-service = ꃅꌦꌠ：{ $service }
case-new-service = ꃅꅍꋍꈨꃅ
case-close = ꃅꌐ，ꃅꌐꁧ（办结并删除）
case-close-confirm = { $name } ꌠꀊꏢ（案件）ꃅꌐꀕ？ꃅꌐꄉꌦꀋꐥ。
case-close-yes = ꉬ，ꃅꌐ
case-closed = ꀊꏢ（案件）ꃅꌐꀐ。
case-leave = ꉢꒉꌠꇬꈈꇁ
case-left = ꀊꏢ（案件）ꇬꄉꈈꇁꀐ，ꀋꃋꆏꒉꌠꅇꉬ。
case-status-set = ꃅꈀꄷꑟ（状态）：{ $status }
case-note-added = ꁱꂷ（备注）ꁱꀐ。
case-note-usage = ꁱꂷ（备注）ꁱꌶꌠ：/note ꁱꂷ
case-status-collecting = ꁱꂷꌦꌋ（准备材料中）
case-status-ready = ꀘꉆꀐ（可以提交）
case-status-submitted = ꀘꀐ（已提交）
case-status-done = ꃅꌐꀐ（已办结）
nav-cases = ꉢꌠꀊꏢ（我的案件）

case-denied-not_agent = ꀘꃅꌠꊿ（代办员）ꀉꄂꃅꉆ。ꀘꃅꌠꊿꉬꌶꌠ，ꑤ（乡镇）ꌠꇨꆹꑻ（管理员）ꇬꑿꏾꂷ（邀请码）ꄷ，ꊁ /join ꑿꏾꂷꁱ。
case-denied-revoked = ꆏꆹꀘꃅꌠꊿ（代办员）ꀋꉬꀐ，ꀊꏢ（案件）ꉛꀋꉆ。ꑤ（乡镇）ꌠꇨꆹꑻ（管理员）ꇬꁨꉉ。
case-denied-not_found_or_denied = ꀊꏢ（案件）ꋌꀋꐥ，ꅀꆏꉛꀋꉆ。
case-denied-consent_required = ꋆꌠꊿꒉꀋꉾꌠꀊꏢ（建档）ꃅꀋꉆ。ꉾꊁꌦꇁ。
case-denied-invalid_name = ꂓ（称呼）1 ꄉ 40 ꂷꁱ。
case-denied-invalid_village = ꋆꂓ（村名）1 ꄉ 40 ꂷꁱ。
case-denied-invalid_phone = ꄅꉷꉻꂷ（电话号码）ꋌꀋꉬ，ꌦꁱ，ꅀ“ꀋꁱ”ꄅ。
case-denied-invalid_note = ꁱꂷ（备注）ꀋꐥꅀꀉꑌꇨ。
case-denied-invalid_status = ꃅꈀꄷꑟ（状态）ꋌꀋꐥ。
case-denied-invalid = ꑿꏾꂷ（邀请码）ꀋꉬ，ꉛꌐꄉꌦꁱ。
case-denied-used = ꑿꏾꂷ（邀请码）ꌋꀐ，ꇨꆹꑻ（管理员）ꇬꏀꌠꄷ。
case-denied-expired = ꑿꏾꂷ（邀请码）ꄮꈉꀋꐥꀐ，ꇨꆹꑻ（管理员）ꇬꏀꌠꄷ。
case-denied-already_admin = ꆏꆹꇨꆹꑻ（管理员）ꉬꀐ，ꑿꏾꂷ（邀请码）ꀋꌶ。
case-denied-active_member = ꀘꃅꌠꊿ（代办员）ꌋꆀꇨꆹꑻ（管理员）ꌠꑟꑟ，ꇨꆹꑻ（管理员）ꂴꀋꉬꀘ（收回资格）ꊁꃅꌐꉆ。

proxy-in-person = ꀘꃅꌠꊿꉉꀘ：ꃅꅍꋌꆹꒉꇁꌶ。{ $note }
proxy-agent-bring = ꀘꃅꌠꊿꌦꌋꇁꌶ：
proxy-agent-can-do = ꀘꃅꌠꊿꂴꃅꉆ：
