## Machine-drafted Nuosu Yi; not yet reviewed by a native speaker.
## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = 【ꉛꅍ（示例数据）】ꁱꂷꋌꆹꍏꇩꇬꋍꂷꃅꌠꉬ，ꃅꄷꂷꂷꋍꂷꀋꉬ。ꆏꁧꂴ，ꃅꄷꍫꈉ（窗口）ꅀ 12345 ꏒꑣ（热线）ꇬꁨꉉꉛ。
guide-updated = ꌦꁱꌠꄮꈉ：{ $date }
guide-source = ꄉꇁꌠ：{ $source }
guide-audience = ꎼꇬꃅꌠ
guide-eligibility = ꃅꉆꌠꅍ
guide-situations = ꆏꌠꃅꅍ
guide-materials = ꌋꇁꌶꌠꁱꂷ
guide-steps = ꃅꅍꅇꅇ
guide-where = ꇿꇬꃅ
guide-online = ꊂꎭ（网上）ꃅ
guide-online-none = ꍏꇩꋍꂷꌠꊂꎭ（网上）ꃅꅍꀋꐥꌦ，ꍫꈉ（窗口）ꇬꁨꁧ。
guide-time-limit = ꃅꌐꌠꄮꈉ
guide-fees = ꄲ（费用）
guide-free = ꄲꀋꀘ（免费）
guide-fee-item = { $label }：{ $amount } ꑻ（元）
guide-proxy = ꊿꋍꈨꀘꃅꉆꀕ
guide-proxy-yes = ꊿꋍꈨꀘꃅꉆ。
guide-proxy-no = ꆏꒉꇁꌶ，ꊿꀘꃅꀋꉆ。
guide-proxy-partly = ꃅꅍꋍꈨꆹꊿꀘꃅꉆ。
guide-proxy-bring = ꀘꃅꌠꊿꌋꇁꌶ：
guide-proxy-can-do = ꀘꃅꌠꊿꃅꉆꌠ：
guide-legal = ꃅꅍꌠꅇ（政策依据）
guide-only-when = （{ $condition } ꌠꀉꄂ）
guide-copies = { $copies } ꂷ
guide-not-found = “{ $id }” ꃅꅍꋌꀋꐥ。banshi guides show ꇬꋌꋍꂷꌋ：{ $ids }
guide-store-empty = ꃅꅍꁱꂷꀋꇁꌦ。ꂴ banshi guides load ꁨꃅ。

form-original = ꁱꂷꃀ（原件）
form-copy = ꑳꁱ（复印件）
form-original_and_copy = ꁱꂷꃀꌋꆀꑳꁱ（原件和复印件）
form-electronic = ꎴꏢ（电子版）
form-on_site = ꍫꈉꇬꃅ（现场办理）

office-type-county_service_center = ꑣꍔꃚ（县政务服务中心）
office-type-police_household_window = ꁁꍲꌕꉷꈉꍫꈉ（派出所户籍窗口）
office-type-social_security_office = ꎸꀧꍫꈉ（社保经办机构）
office-type-medical_insurance_office = ꑳꀧꍫꈉ（医保经办机构）
office-type-civil_affairs_office = ꂰꍔ（民政部门）
office-type-marriage_registry = ꏦꉷꄒꏢꍫꈉ（婚姻登记处）
office-type-disabled_persons_federation = ꊸꆽ（残疾人联合会）
office-type-housing_fund_center = ꇬꏢꏢꍫꈉ（住房公积金管理中心）
office-type-agriculture_office = ꆌꑷꍫꈉ（农业农村部门）
office-type-township_service_center = ꑤꍔꃚꍫꈉ（乡镇便民服务中心）
office-type-village_service_station = ꋆꇬꍫꈉ（村便民服务站）
office-type-hospital = ꑳꑻ（定点医疗机构）

## Offices
weekday-mon = ꆏꋍ
weekday-tue = ꆏꑍ
weekday-wed = ꆏꌕ
weekday-thu = ꆏꇖ
weekday-fri = ꆏꉬ
weekday-sat = ꆏꃘ
weekday-sun = ꑬꆏ
