## Machine-drafted Nuosu Yi; not yet reviewed by a native speaker.
## Questions and answers of the service flows in dialogues/ (one block per flow).

## id_card
id_card-ask-reason = ꆏꎹꃚꍔ（身份证）ꑞꃅꃅ？
id_card-ask-reason-simple = ꆏꎹꃚꍔ（身份证）ꑞꃅꃅ：ꋍꄷꃅ，ꄮꈉꑟꀐ，ꀋꉾꀐ，ꌐꀐ，ꅀꂓ（姓名等信息）ꀺꀐ？
id_card-reason-first = ꋍꄷꃅ
id_card-reason-expired = ꄮꈉꑟꀐ
id_card-reason-damaged = ꀋꉾꀐ
id_card-reason-lost = ꌐꀐ
id_card-reason-info_change = ꂓ（姓名等信息）ꀺꀐ
id_card-ask-age = ꃅꌠꊿꈎꈀꄷ？
id_card-ask-age-simple = ꃅꌠꊿꈎꈀꄷ：ꊰꃘꈎꀋꑟ，ꅀꊰꃘꈎꑟꀐ？
id_card-age-under_16 = ꊰꃘꈎꀋꑟ
id_card-age-age_16_plus = ꊰꃘꈎꑟꀐ
id_card-say-lost = ꎹꃚꍔ（身份证）ꌐꀐ，ꀋꏢ：ꌦꃅꄮꈉ，ꃀꌠꆹꀋꌋꀐ。ꉷꍸ（坐车）、ꅀꋠꄸ（住店）ꏢꌶ，ꆹꏂꎹꃚꍔ（临时身份证）ꑌꃅꉆ。
id_card-say-in-person = ꒉꇁꌶ，ꍏꀽ（拍照）ꌋꆀꇉꅍ（指纹）ꌶ，ꊿꀘꃅꀋꉆ。ꀋꁧꉆꌠ，ꁁꍲꌕ（派出所）ꆏꏤꇬꇁꉆ。

## pension_certify
pension_certify-ask-residence = ꑸꇉꏢ（养老金）ꎼꌠꊿꍏꇩꇬꐥꀕ，ꅀꃅꄷꅍꇬꐥ？
pension_certify-ask-residence-simple = ꑸꇉꏢ（养老金）ꎼꌠꊿ：ꍏꇩꇬ，ꅀꃅꄷꅍꇬ（国外）？
pension_certify-residence-in_china = ꍏꇩꇬ
pension_certify-residence-abroad = ꃅꄷꅍꇬ（国外）
pension_certify-say-abroad = ꃅꄷꅍꇬꐥꌠ，“掌上12333” ꎴꏢ（手机）ꇬꏒꍔ（刷脸认证）ꉆ，ꅀꍏꇩꌠꏂꇨ（使领馆）ꇬꍔꂰ（健在证明）ꎼꉆ。
pension_certify-ask-mobility = ꊿꃀꒉꁧꉆꀕ？
pension_certify-ask-mobility-simple = ꊿꃀꒉꁧꉆꀕ：ꁧꉆ，ꅀꁧꀋꉆ（卧床）？
pension_certify-mobility-can_go_out = ꁧꉆ
pension_certify-mobility-housebound = ꁧꀋꉆ（卧床）
pension_certify-say-housebound = ꁧꀋꉆꌠꊿꃀꀋꁧ：ꏤꅀꋆꇬꌠꊿ（代办员）ꎸꀧꍫꈉ（社保）ꇬꉉ，ꋌꇁꏒꍔ（上门认证）ꉆ。
pension_certify-ask-method = ꆏꑞꃅꏒꍔ（认证）？
pension_certify-ask-method-simple = ꆏꑞꃅꏒꍔ（认证）：ꎴꏢ（手机刷脸），ꅀꍫꈉ（窗口）ꇬꁧ？
pension_certify-method-phone_app = ꎴꏢ（手机刷脸）
pension_certify-method-in_person = ꍫꈉ（窗口）ꇬꁧ

## hukou_birth
hukou_birth-ask-birth_place = ꀉꑳꇿꇬꎼ？
hukou_birth-ask-birth_place-simple = ꀉꑳꇿꇬꎼ：ꍏꇩꑳꑻ（医院）ꇬꎼ，ꍲꌜꍔꂰ（出生证明）ꀋꐥ，ꅀꃅꄷꅍ（国外）ꇬꎼ？
hukou_birth-birth_place-hospital_china = ꍏꇩꑳꑻ（医院）ꇬꎼ
hukou_birth-birth_place-no_birth_cert = ꍲꌜꍔꂰ（出生证明）ꀋꐥ
hukou_birth-birth_place-abroad = ꃅꄷꅍ（国外）ꇬꎼ
hukou_birth-say-no_birth_cert = 《ꍲꌜꍔꂰ》（出生医学证明）ꀋꐥꌠ，ꂴꃤꏦ（卫生健康部门）ꇬꌦꃅ，ꐚꑣ（亲子鉴定）ꃅꌶꉆ。ꃅꌐꄉꁁꍲꌕ（派出所）ꇬꉷꈉ（落户）ꃅ。
hukou_birth-say-abroad = ꃅꄷꅍꇬꎼꌠ，ꁁꍲꌕ（派出所）ꀉꑳꌠꇩꏢ（国籍）ꉛꌶ，ꄮꈉꑍꇯꍂ。ꀉꑳꃅꄷꅍꇩꏢ（外国国籍）ꐥ，ꀉꂿꀉꁠꋍꂷꃅꄷꅍꇬꐥꌠ，ꍏꇩꇬꉷꈉ（落户）ꀋꉆ。
hukou_birth-ask-marital = ꀉꑳꌠꀉꁠꀉꂿꏦꉷ（结婚）ꀐꀕ？
hukou_birth-ask-marital-simple = ꀉꑳꌠꀉꁠꀉꂿꏦꉷ（结婚）ꀐꀕ：ꏦꉷꀐ，ꅀꏦꉷꀋꀐ？
hukou_birth-marital-married = ꏦꉷꀐ
hukou_birth-marital-unmarried = ꏦꉷꀋꀐ
hukou_birth-say-unmarried = ꏦꉷꀋꀐꌠꀉꑳꉷꈉ（落户）ꑌꉆ，ꍫꈉ（窗口）ꇬꁱꂷꋍꂷꁱ（非婚生育说明）ꀉꄂ。ꀉꁠꇬꉷꈉ，ꃅꄷꋍꈨꐚꑣ（亲子鉴定）ꌶ。
hukou_birth-say-when = ꀉꑳꎼꋍꆪꇬꃅꉾ，ꊁꑌꃅꉆ。ꀉꑳꀋꁧ，ꀉꁠꅀꀉꂿꁧ，ꀉꁌꀉꂷ（爷爷奶奶）ꁧꑌꉆ。

## hukou_transfer
hukou_transfer-ask-reason = ꉷꈉ（户口）ꑞꃅꐂ（迁）？
hukou_transfer-ask-reason-simple = ꉷꈉ（户口）ꑞꃅꐂ（迁）：ꒉꃶꀐ（买房），ꑘꁨ（工作），ꏤꇬꁧ（投靠亲属），ꅀꌫ（上学、毕业）？
hukou_transfer-reason-buy_house = ꒉꃶꀐ（买房）
hukou_transfer-reason-employment = ꑘꁨ（工作）
hukou_transfer-reason-join_family = ꏤꇬꁧ（投靠亲属）
hukou_transfer-reason-study = ꌫ（上学、毕业）
hukou_transfer-say-join_family = ꏤꇬꁧꌠ，ꉷꍗ（户主）ꆏꄷꍫꈉ（窗口）ꇬꁧ，ꁱ（签字同意）ꌶ。
hukou_transfer-ask-scope = ꌝ（省）ꋍꂷꇬꐂꀕ，ꅀꌝꅍꇬꐂ？
hukou_transfer-ask-scope-simple = ꉷꈉ（户口）ꐂ：ꌝꋍꂷꇬ（本省），ꅀꌝꅍꇬ（跨省）？
hukou_transfer-scope-within_province = ꌝꋍꂷꇬ（本省）
hukou_transfer-scope-cross_province = ꌝꅍꇬ（跨省）
hukou_transfer-say-cross_province = ꌝꅍꇬꐂꑌ，ꐂꑟꌠꁁꍲꌕ（迁入地派出所）ꇬꀉꄂꃅ，ꈈꁧꀋꌶ。“ꋍꂷꇬꃅꀋꉆ”ꉉꌠ，《准予迁入证明》ꌋꈈꁧ，《户口迁移证》ꎼ，ꌦꇁꉷꈉ（落户）。
hukou_transfer-say-in_person = ꐂꑟꌠꁁꍲꌕ（迁入地派出所）ꇬꃅ。ꊿꃀ（成年人）ꒉꇁꁱꌶ。ꇓꈓꂷꂷꋍꂷꀋꉬ，ꁧꂴꁁꍲꌕ（派出所）ꇬꄅꉷꄉꉛ。

## residence_permit
residence_permit-ask-stage = ꆏꑞꃅꌶ？
residence_permit-ask-stage-simple = ꆏꑞꃅꌶ：ꋍꄷꃅ，ꈎꂷꂷꐂꍗ（签注），ꅀꌦꃅ（补领、换领）？
residence_permit-stage-first = ꋍꄷꃅ
residence_permit-stage-annual_endorse = ꈎꂷꂷꐂꍗ（签注）
residence_permit-stage-replace = ꌦꃅ（补领、换领）
residence_permit-say-first = ꏲꍗꍔ（居住证）ꋍꄷꃅ，ꃅꄷꇬꈮꁁꈎ（半年）ꐥꌶ，ꏲꍗꄒꏢ（居住登记）ꂴꃅ。ꒉꇁꍏꀽ（拍照）ꌶ。
residence_permit-ask-basis = ꆏꑞꄉꃅ？
residence_permit-ask-basis-simple = ꆏꑞꄉꃅ：ꑘꁨꐥ（稳定工作），ꒉꐥ（稳定住所），ꅀꌫ（上学）？
residence_permit-basis-job = ꑘꁨꐥ（稳定工作）
residence_permit-basis-housing = ꒉꐥ（稳定住所）
residence_permit-basis-study = ꌫ（上学）
residence_permit-say-annual_endorse = ꏲꍗꍔ（居住证）ꈎꂷꂷꐂꍗ（签注）ꌶ，ꄮꈉꑟꂴꋍꆪꇬꃅ。ꀋꐂꍗꌠꆹꌋꀋꉆ；ꌦꐂꍗꉾꑌ，ꈎ（居住年限）ꋌꑍꄉꌦꌫ。ꇓꈓꀉꑌꎴꏢ（手机）ꇬꃅꉆ。

## pension_enroll
pension_enroll-ask-ss_card = ꆏꎸꀧꈁ（社保卡）ꐥꀕ？
pension_enroll-ask-ss_card-simple = ꆏꎸꀧꈁ（社保卡）ꐥꀕ：ꐥ，ꅀꀋꐥ？
pension_enroll-ss_card-has_card = ꐥ
pension_enroll-ss_card-no_card = ꀋꐥ
pension_enroll-say-no_card = ꎸꀧꈁ（社保卡）ꀋꐥꑌꊸꀧ（参保）ꉆ，ꄷꃅꉆ。ꊁꄲꀘ、ꑸꇉꏢ（养老金）ꎼ，ꈁꋌꌋ。
pension_enroll-ask-group = ꆏꄂꀧ（低保户、特困人员、重度残疾人）ꉬꀕ？
pension_enroll-ask-group-simple = ꆏꄂꀧ（低保户、特困人员、重度残疾人）ꉬꀕ：ꀋꉬ，ꅀꉬ？
pension_enroll-group-general = ꀋꉬ
pension_enroll-group-hardship = ꉬ
pension_enroll-say-hardship = ꄂꀧ（困难群众）ꊸꀧ（参保），ꍔꃚ（政府）ꄲꋍꈨꅀꌋꆀꀘ。《低保证》、《特困供养证》ꅀꊸꏢꏒꍔ（残疾人证）ꌋꇁ。

## pension_claim
pension_claim-ask-years = ꑸꇉꀧꑣ（养老保险）ꊰꉬꈎ（15年）ꀘꀐꀕ？
pension_claim-ask-years-simple = ꑸꇉꀧꑣ（养老保险）ꊰꉬꈎ（15年）ꀘꀐꀕ：ꀘꀐ，ꊰꉬꈎꀋꑟ，ꅀꀋꐚ？
pension_claim-years-enough = ꀘꀐ
pension_claim-years-short = ꊰꉬꈎꀋꑟ
pension_claim-years-not_sure = ꀋꐚ
pension_claim-say-short = ꊰꉬꈎꀋꑟꌠ，ꀋꀘꌠꈎꋍꄷꀘ，ꊁꎼ。ꌦꀘꌠ（补交）ꍔꃚꀮꄟ（政府补贴）ꀋꐥ。
pension_claim-say-not_sure = ꈎꈀꄷꀘꀋꐚꌠ，“掌上12333” ꎴꏢ（手机）ꇬꉛꉆ，ꎸꀧꍫꈉ（社保窗口）ꇬꑌꉛꉆ。
pension_claim-ask-other_pension = ꂴꄿ（单位、个体）ꑘꁨꄮꈉ，ꍝꇬꑸꇉꀧꑣ（职工养老保险）ꀘꀐꀕ？
pension_claim-ask-other_pension-simple = ꍝꇬꑸꇉꀧꑣ（职工养老保险）ꀘꀐꀕ：ꀋꀘ，ꅀꀘꀐ？
pension_claim-other_pension-no_record = ꀋꀘ
pension_claim-other_pension-employee_record = ꀘꀐ
pension_claim-say-employee_record = ꍝꇬꑸꇉ（职工养老）ꀘꌠ，ꍫꈉ（窗口）ꉛ，ꑍꂷꄷ（接续）：ꊰꉬꈎꑟꌠꍝꇬꑸꇉ（职工养老）ꎼ；ꀋꑟꌠꋆꂰꑸꇉ（城乡居民养老）ꇬꌋꄷꉆ。
pension_claim-say-when = ꃘꊰꈎꑟꂴ（ꋍꆪꅀꑍꆪꂴ）ꃅꉆ，ꃅꄷꀉꑌꂴꉉꀘ。ꃅꌐꄉ，ꃘꊰꈎꑟꌠꊁꆪꄉ，ꆪꂷꂷꎸꀧꈁ（社保卡）ꇬꀘ。

## medical_enroll
medical_enroll-ask-group = ꎼꇬꑳꀧ（医保）ꀘ？
medical_enroll-ask-group-simple = ꎼꇬꑳꀧ（医保）ꀘ：ꊿꃀ（成年人、老人），ꌫꌠ、ꀉꑳ（学生、儿童），ꀉꑳꎼꀐ（新生儿），ꅀꄂꀧ（低保、特困）？
medical_enroll-group-adult = ꊿꃀ（成年人、老人）
medical_enroll-group-student_child = ꌫꌠ、ꀉꑳ（学生、儿童）
medical_enroll-group-newborn = ꀉꑳꎼꀐ（新生儿）
medical_enroll-group-assisted = ꄂꀧ（低保、特困）
medical_enroll-say-newborn = ꀉꑳꎼꈬꊰꑍ（90天）ꇬꊸꀧ（参保）ꀘ，ꎼꑍꄉꆅꑳꀧꑣ（报销）ꉆ。ꃅꄷꀉꑌ“出生一件事”ꇬꉷꈉ（落户）ꌋꄷꃅꉆ。
medical_enroll-say-assisted = ꄂꀧ（低保、特困）ꌠꊿ，ꍔꃚ（政府）ꄲꀘ。ꃅꄷꀉꑌꂰꍔ（民政）ꂓꁱꇁ，ꆏꉛꀉꄂ。
medical_enroll-ask-timing = ꃅꄷꌠꀘꄮꈉ（集中缴费期）ꇬꀘꀕ？
medical_enroll-ask-timing-simple = ꃅꄷꌠꀘꄮꈉ（集中缴费期）ꇬꀘꀕ：ꄮꈉꇬꀘ，ꅀꄮꈉꀋꑟ（错过、断交）？
medical_enroll-timing-in_period = ꄮꈉꇬꀘ
medical_enroll-timing-late = ꄮꈉꀋꑟ（错过、断交）
medical_enroll-say-late = ꄮꈉꇬꀋꀘꌠ，ꀘꊁꌕꆪ（3个月）ꉳꌶ，ꀧꑣ（报销）ꉆ；ꈎꀉꑌꀋꀘ，ꉳꀉꑌ。

## medical_reimburse
medical_reimburse-ask-care_type = ꑳꑻꇬꐥ（住院）、ꃂꍓ（门诊）、ꅀꐚꍓ（急诊）？
medical_reimburse-ask-care_type-simple = ꆅꉛ（看病）：ꑳꑻꇬꐥ（住院），ꃂꍓ（门诊），ꅀꐚꍓ（急诊抢救）？
medical_reimburse-care_type-inpatient = ꑳꑻꇬꐥ（住院）
medical_reimburse-care_type-outpatient = ꃂꍓ（门诊）
medical_reimburse-care_type-emergency = ꐚꍓ（急诊抢救）
medical_reimburse-ask-place = ꊸꀧꌠꃅꄷꇬꆅꉛꀕ，ꅀꃅꄷꅍꇬ？
medical_reimburse-ask-place-simple = ꆅꉛ（看病）：ꃅꄷꋌꇬ（本地），ꅀꃅꄷꅍꇬ（外地）？
medical_reimburse-place-local = ꃅꄷꋌꇬ（本地）
medical_reimburse-place-elsewhere = ꃅꄷꅍꇬ（外地）
medical_reimburse-say-elsewhere = ꃅꄷꅍꇬꑳꑻ（医院）ꐥꌦꌠ，ꈈꇁꂴꑳꄂꀘꀊ（异地就医备案）ꃅ，ꄷꄷꏢꌕ（直接结算）ꉆ。ꀘꀊꀋꃅꑌꀧꑣ（报销）ꉆ，ꑍꇯꀁꑌ。
medical_reimburse-ask-cause = ꆅ（生病）ꀕ，ꅀꄷꀐ（受伤）？
medical_reimburse-ask-cause-simple = ꑞꃅꅍꉬ：ꆅ（生病），ꅀꄷꀐ（受伤）？
medical_reimburse-cause-illness = ꆅ（生病）
medical_reimburse-cause-injury = ꄷꀐ（受伤）
medical_reimburse-say-injury = ꄷꀐꌠ，ꑞꃅꄷꁱꂷꋍꂷꁱ（外伤情况说明）。ꊿꅍꀘꌶꌠꄲ（工伤、交通事故、被人打伤）ꑳꀧ（医保）ꀋꀘ。
medical_reimburse-say-deadline = ꀧꑣꄮꈉ（报销期限）ꐥ，ꃅꄷꂷꂷꋍꂷꀋꉬ（ꃘꆪꄉꋍꈎ），ꐛꃅ。ꑳꑻ（医院）ꇬꃓꀽ（发票）、ꂰꑟ（费用明细）、ꁘꆹ（病历）ꌋꇁ，ꍈ（盖章）ꐥꀕꉛ。

## medical_transfer
medical_transfer-ask-type = ꃅꄷꅍꇬꆅꉛ，ꑞꃅꅍꉬ？
medical_transfer-ask-type-simple = ꃅꄷꅍꇬꆅꉛ，ꑞꃅꅍꉬ：ꃅꄷꅍꇬꐥ（长期居住），ꑳꑻꍋꍓ（转诊），ꅀꆹꏂꁧ（临时外出、急诊）？
medical_transfer-type-long_stay = ꃅꄷꅍꇬꐥ（长期居住）
medical_transfer-type-referral = ꑳꑻꍋꍓ（转诊）
medical_transfer-type-temporary = ꆹꏂꁧ（临时外出、急诊）
medical_transfer-say-long_stay = ꀘꀊ（备案）ꄮꈉ“异地长期居住”ꌋ，ꁱꂷꋍꂷꁱ（承诺书）。ꃅꌐꄉ，ꋌꇬꌋꆀꊸꀧꃅꄷꇬꀧꑣ（报销）ꉆ。
medical_transfer-say-referral = ꊸꀧꃅꄷꌠꑳꑻ（定点医院）ꇬꍋꍓꍔꂰ（转诊证明）ꂴꎼ，ꀘꀊ（备案）ꄮꈉꌋꇁ。
medical_transfer-say-temporary = ꀘꀊ（备案）ꄮꈉ“临时外出就医”ꌋ。ꐚꍓ（急诊）ꑳꑻꇬꐥꌠ，ꈈꇁꂴꀘꀊ（备案）ꑌꄷꄷꏢꌕ（直接结算）ꉆ。ꀧꑣ（报销）ꑍꇯꀁꑌꉆ。
medical_transfer-say-file_first = ꃅꄷꅍꇬꆅꉛꁧꂴ，ꀘꀊ（备案）ꂴꃅ：“国家医保服务平台”ꎴꏢ（手机）ꅀ“国家异地就医备案”ꇬ“异地备案”ꌋ，ꁱꌐ，ꋍꑍꇬꉾ。ꊸꀧꃅꄷꌠꑳꀧꍫꈉ（医保窗口）ꇬꑌꃅꉆ。

## elderly_allowance
elderly_allowance-ask-applicant = ꎼꃅꁧ？
elderly_allowance-ask-applicant-simple = ꎼꃅꁧ：ꊿꃀꒉ，ꅀꏤꅀꀘꃅꌠꊿ（代办员）？
elderly_allowance-applicant-self = ꊿꃀꒉ
elderly_allowance-applicant-family_member = ꏤꅀꀘꃅꌠꊿ（代办员）
elderly_allowance-say-family_member = ꀘꃅꌠꊿꒉꌠꎹꃚꍔ（身份证）ꌋꆀꊿꃀꌠꁱꂷꌋꇁ。ꃅꄷꋍꈨꊿꃀꌠꁱꂷ（委托书）ꌶ，ꊿꃀꉛꇁ。
elderly_allowance-ask-account = ꏢꄟ（津贴）ꈁꇿꂷꇬꀘ？
elderly_allowance-ask-account-simple = ꏢꄟ（津贴）ꈁꇿꂷꇬꀘ：ꎸꀧꈁ（社保卡），ꅀꑳꉳꈁ（银行卡、存折）？
elderly_allowance-account-ss_card = ꎸꀧꈁ（社保卡）
elderly_allowance-account-bank_account = ꑳꉳꈁ（银行卡、存折）
elderly_allowance-say-bank_account = ꊿꃀꒉꌠꈁꉬꌶ，ꌺ（子女）ꌠꈁꀋꉆ。ꃅꄷꀉꑌꎸꀧꈁ（社保卡）ꇬꀉꄂꀘ，ꋆꇬꂴꉉꉛ。
elderly_allowance-say-rules = ꇬꆹꏢꄟ（高龄津贴）ꏤꌠꄲꀋꉛ，ꉷꈉ（户口）ꃅꄷꋌꇬ、ꉆꊰꈎꑟ（满80岁）ꎼꉆ。ꈀꄷꀘ、ꆪꂷꂷꅀꌕꆪꀘ，ꃅꄷꂷꂷꋍꂷꀋꉬ。ꃅꄷꀉꑌꉆꊰꈎꑟꌠꂓꒉꁱ，ꋆꇬꂴꉉꉛ。ꎼꄉꈎꂷꂷꏒꍔ（认证）ꌶ，ꀋꏒꍔꌠꀋꀘ。

## dibao
dibao-ask-applicant = ꎼꃅ（申请）？
dibao-ask-applicant-simple = ꎼꃅ（申请）：ꏤꌠꊿꒉ，ꅀꏤꅀꋆ（亲属、村委会）？
dibao-applicant-self = ꏤꌠꊿꒉ
dibao-applicant-family_member = ꏤꅀꋆ（亲属、村委会）
dibao-say-family_member = ꏤꅀꋆ（村委会）ꀘꃅꉆ。ꑌꏤꌠꊿꃀꂷꂷꒉꁱꌶ（核对授权书签字）；ꊿꇁꉛꄮꈉꏤꇬꊿꐥꌶ。
dibao-ask-special_need = ꏤꇬꆅ（重病）ꅀꊸꏢ（残疾）ꌠꊿꐥꀕ？
dibao-ask-special_need-simple = ꏤꇬꆅ（重病）ꅀꊸꏢ（残疾）ꌠꊿꐥꀕ：ꀋꐥ，ꅀꐥ？
dibao-special_need-none = ꀋꐥ
dibao-special_need-illness_or_disability = ꐥ
dibao-say-illness_or_disability = ꊸꏢꏒꍔ（残疾人证）ꅀꑳꑻꌠꁱꂷ（诊断证明、病历、医疗费票据）ꌋꇁ。ꄂꀧꁘ（低保边缘家庭）ꌠꆅ（重病、重度残疾人）ꊿꒉꃅꉆ（单人保）。
dibao-say-means_test = ꄂꀧ（低保）ꏤꌠꄲꉛ：ꊿꂷꂷꆪꂷꂷꌠꄲ（人均月收入）ꃅꄷꌠꄂꀧ（低保标准）ꀋꑟ，ꄲ（存款）、ꒉ（房子）、ꍯ（车辆）ꑌꃅꄷꌠꅇꇬ。ꃅꄷꂷꂷꋍꂷꀋꉬ；ꃅꌐꄉ，ꀋꑟꌠꄲꀘ（差额）。

## disability_cert
disability_cert-ask-status = ꆏꑞꃅꌶ？
disability_cert-ask-status-simple = ꆏꑞꃅꌶ：ꋍꄷꃅ，ꀺ（换证、重新评定），ꅀꌐꀐꅀꀋꉾꀐ？
disability_cert-status-first = ꋍꄷꃅ
disability_cert-status-reassess = ꀺ（换证、重新评定）
disability_cert-status-lost = ꌐꀐꅀꀋꉾꀐ
disability_cert-say-assessment = ꀺꄂ（残疾评定）ꄮꈉ，ꒉꑳꑻ（指定医院）ꇬꁧ，ꑳꌦ（医生）ꉛꌶ。ꁧꀋꉆꌠ，ꊸꆽ（残联）ꇬꉉ，ꋌꇁꀺꄂ（上门评定）ꉆ。
disability_cert-say-lost = ꌦꃅ（补领）ꀺꄂ（重新评定）ꀋꌶ，ꊸꆽ（残联）ꉛꌐꄉꈁꏀꀘ。ꌐꀐꌠ，ꁱꂷꋍꂷꁱꌋꇁ（遗失说明）。

## disability_subsidy
disability_subsidy-ask-subsidy = ꀮꄟ（补贴）ꇿꂷꃅ？
disability_subsidy-ask-subsidy-simple = ꀮꄟ（补贴）ꇿꂷꃅ：ꋠꅍꀮꄟ（生活补贴），ꉛꅍꀮꄟ（护理补贴），ꅀꑍꂷꌋꆀ（两项都申请）？
disability_subsidy-subsidy-living = ꋠꅍꀮꄟ（生活补贴）
disability_subsidy-subsidy-care = ꉛꅍꀮꄟ（护理补贴）
disability_subsidy-subsidy-both = ꑍꂷꌋꆀ（两项都申请）
disability_subsidy-say-living = ꋠꅍꀮꄟ（生活补贴）ꄂꀧ（低保家庭）ꌠꊸꏢꊿ（残疾人）ꀘ；ꃅꄷꋍꈨꄂꀧꁘ（低保边缘）ꑌꀘ。
disability_subsidy-say-care = ꉛꅍꀮꄟ（护理补贴）ꊸꏢꋍꏢꑍꏢ（一级、二级），ꊿꉛꌶꌠꀘ；ꃅꄷꋍꈨꌕꏢꇖꏢ（三级、四级智力、精神残疾）ꑌꀘ。
disability_subsidy-say-both = ꑍꂷꌋꆀꑟꌠ，ꑍꂷꌋꆀꎼꉆ：ꋠꅍꀮꄟ（生活补贴）ꄂꀧ（低保家庭）ꌠꊸꏢꊿꀘ，ꉛꅍꀮꄟ（护理补贴）ꋍꏢꑍꏢ（一级、二级重度残疾人）ꀘ。
disability_subsidy-ask-applicant = ꎼꃅꁧ？
disability_subsidy-ask-applicant-simple = ꎼꃅꁧ：ꊸꏢꊿꒉ（残疾人本人），ꅀꏤꅀꀘꃅꌠꊿ（家属、代办员）？
disability_subsidy-applicant-self = ꊸꏢꊿꒉ（残疾人本人）
disability_subsidy-applicant-family_member = ꏤꅀꀘꃅꌠꊿ（家属、代办员）
disability_subsidy-say-family_member = ꀘꃅꌠꊿꒉꌠꎹꃚꍔ（身份证）ꌋꆀꁱꂷ（委托书）ꌋꇁ，ꏦꉻꏒ（监护人）ꍔꂰ（监护关系证明）ꌋꇁ。ꊸꏢꊿꒉꁧꀋꌶ，ꃅꄷꋍꈨꋌꇁꉛ。
disability_subsidy-say-rules = ꑍꂷꀮꄟ（两项补贴）ꊸꏢꏒꍔ（第二代残疾人证）ꐥꌶ，ꉷꈉ（户口）ꃅꄷꋌꇬꉬꌶ。ꆪꂷꂷꈀꄷꀘ，ꃅꄷꂷꂷꋍꂷꀋꉬ。

## ss_card
ss_card-ask-reason = ꆏꎸꀧꈁ（社保卡）ꑞꃅꃅ？
ss_card-ask-reason-simple = ꆏꎸꀧꈁ（社保卡）ꑞꃅꃅ：ꋍꄷꃅ，ꈁꌐꀐ，ꈁꀋꉾꀐ（换新），ꅀꂓ（信息）ꀺꀐ？
ss_card-reason-first = ꋍꄷꃅ
ss_card-reason-lost = ꈁꌐꀐ
ss_card-reason-damaged = ꈁꀋꉾꀐ（换新）
ss_card-reason-info_change = ꂓ（信息）ꀺꀐ
ss_card-say-lost = ꈁꌐꀐ，ꂴꇨꏂ（挂失），ꊿꅍꀋꌋꉆ：12333 ꄅꉷꄉ，ꅀ“掌上12333”、ꎸꀧꈁ（电子社保卡）、ꑳꉳ（银行）ꎴꏢ（手机）ꇬꇨꏂ，ꑳꉳꍫꈉ（银行柜台）ꇬꑌꉆ。ꃅꌐꄉꈁꏀꃅ。
ss_card-say-info_change = ꂓ（姓名）ꅀꎹꃚꍔꉻꂷ（身份证号）ꀺꌠ，ꁁꍲꌕ（公安机关）ꇬꍔꂰ（变更证明）ꂴꎼ，ꌦꇁꈁꀺ。ꎴꏢꉻꂷ（手机号）、ꃅꄷ（地址）ꀉꄂꀺꌠ，ꍫꈉ（窗口）ꀋꁧ，ꊂꎭ（网上）ꇬꀺꉆ。
ss_card-say-in_person = ꎹꃚꍔ（身份证）ꌋ，ꎸꀧꍫꈉ（社保窗口）ꅀꑳꉳ（合作银行网点）ꇬꁧ，ꀉꑌꋌꇬꈁꎼꉆ。ꃅꄷꀉꑌꏤꀘꃅꉆ，ꂰꂷ（设密码、开通银行功能）ꄮꈉꑳꉳꋍꈨꒉꇁꌶ，ꁧꂴꉉꉛ。

## marriage
marriage-ask-nationality = ꆌꑍꂷꍏꇩ（内地居民）ꌠꊿꉬꀕ？
marriage-ask-nationality-simple = ꆌꑍꂷ：ꑍꂷꌋꆀꉬ（都是内地居民），ꅀꋍꂷꃅꄷꅍꌠꊿ（外籍、港澳台）？
marriage-nationality-both_mainland = ꑍꂷꌋꆀꉬ（都是内地居民）
marriage-nationality-one_foreign_or_hk_mo_tw = ꋍꂷꃅꄷꅍꌠꊿ（外籍、港澳台）
marriage-say-foreign = ꋍꂷꃅꄷꅍꌠꊿ（外国人、港澳台居民、华侨）ꉬꌠ，ꌝꂰꍔ（省民政部门指定的涉外婚姻登记处）ꇬꃅꌶ（ꇓꈓꇬ）。ꍔꂰ（公证、认证材料）ꂴꃅ，ꍫꈉ（登记处）ꌠꅇꉛ。
marriage-ask-previous_marriage = ꆌꂴꏦꉷ（结婚）ꀐꀕ？
marriage-ask-previous_marriage-simple = ꆌꂴꏦꉷ（结婚）ꀐꀕ：ꀋꏦꉷ（都没结过婚），ꆹꉷꀐ（离过婚），ꅀꄷꏂꀐ（丧偶）？
marriage-previous_marriage-never = ꀋꏦꉷ（都没结过婚）
marriage-previous_marriage-divorced = ꆹꉷꀐ（离过婚）
marriage-previous_marriage-widowed = ꄷꏂꀐ（丧偶）
marriage-say-divorced = ꆹꉷꀐꌠ，ꆹꉷꍔ（离婚证）ꅀꃓꑻꌠꁱꂷ（离婚判决书、调解书）ꌋꇁ。ꑟꄫ（系统）ꇬꉛꉆꌠꀋꌶ，ꌋꇁꉾ。
marriage-say-widowed = ꄷꏂꀐꌠ，ꏂꀐꌠꍔꂰ（原配偶死亡证明、注销户口证明）ꌋꇁ，ꑟꄫ（系统）ꇬꌦꏦꉷ（已婚）ꉛꀋꉾ。
marriage-say-in_person = ꏦꉷꄒꏢ（结婚登记）ꊿꀘꃅꀋꉆ：ꋚ（男方）ꑍꊰꑍꈎ（22岁）、ꅪ（女方）ꑍꊰꈎ（20岁）ꑟꌶ，ꑍꂷꄷꒉꇁꌶ，ꁱ、ꇉꅍ（按手印）ꌶ。ꉷꈉꀮ（户口簿）ꀋꌶ，ꄲꀋꀘ（免费），ꁱꂷꐥꌠꀃꑍꎼ。

## housing_fund
housing_fund-ask-purpose = ꇬꏢꏢ（公积金）ꎼꑞꃅ？
housing_fund-ask-purpose-simple = ꇬꏢꏢ（公积金）ꎼꑞꃅ：ꒉꃶ（买房、建房），ꒉꏢꄲꀘ（付房租），ꄧꑣ（退休），ꃅꄷꋌꇬꁧ（离开本地），ꅀꒉꄲꈈꀘ（还房贷）？
housing_fund-purpose-buy_home = ꒉꃶ（买房、建房）
housing_fund-purpose-rent = ꒉꏢꄲꀘ（付房租）
housing_fund-purpose-retire = ꄧꑣ（退休）
housing_fund-purpose-leave_city = ꃅꄷꋌꇬꁧ（离开本地）
housing_fund-purpose-repay_loan = ꒉꄲꈈꀘ（还房贷）
housing_fund-say-rent = ꃅꄷꋌꇬꒉꀋꐥ，ꄒꀔ（定额提取）ꎼꌠ，ꇓꈓꀉꑌꊂꎭ（网上承诺）ꀉꄂ，ꒉꏢꁱꂷ（租房合同）ꀋꌶ。ꆪꂷꂷꅀꈎꂷꂷꈁꇬꎼꉆ。
housing_fund-say-leave_city = ꃅꄷꅍꇬꑘꁨ，ꇬꏢꏢꌦꀘꌠ，ꎼꀋꌶ：ꇓꈓꏀꇬꈁꉷ（开户）ꂴꃅ，“全国住房公积金”ꇬꍋꑳ（转移接续）ꃅ。
housing_fund-say-repay_loan = ꇬꏢꏢꄲꈈꀘꌠ（还公积金贷款），ꆪꂷꂷꅀꈎꂷꂷꒉꎼ（自动提取还贷）ꉆ，ꄷꂷꂷꃅꀋꌶ。
housing_fund-say-online = ꎴꏢ（手机）ꇬꄲꈀꄷꐥ、ꈀꄷꎼꉆꂴꉛ：“全国住房公积金”ꅀꃅꄷꌠꇬꏢꏢ（公积金中心）ꎴꏢ（手机应用）。ꒉꃅꉾ，ꊂꎭ（网上）ꃅꉾ；ꄲꒉꌠꑳꉳꈁ（本人银行卡）ꇬꀉꄂꀘ。

## farm_subsidy
farm_subsidy-ask-case = ꆏꑞꃅꅍꉬ？
farm_subsidy-ask-case-simple = ꆏꑞꃅꅍꉬ：ꋍꄷꄒꏢ（第一次登记），ꂓꀺ（变更信息），ꅀꀮꄟꑟꀐꀕꉛ（查补贴到账）？
farm_subsidy-case-first_time = ꋍꄷꄒꏢ（第一次登记）
farm_subsidy-case-info_change = ꂓꀺ（变更信息）
farm_subsidy-case-check_payment = ꀮꄟꑟꀐꀕꉛ（查补贴到账）
farm_subsidy-say-info_change = ꃅ（面积）、ꉷꍗ（户主）ꅀꑳꉳꈁ（银行卡）ꀺꌠ，ꍔꂰ（变更证明）ꌋꋆ（村委会）ꅀꑤꍔꃚ（乡镇便民服务中心）ꇬꄒꏢ（登记）。ꈁꀺꌠꋆꇬꐛꉉ，ꀋꉉꌠꄲꀋꑟ。
farm_subsidy-say-check_payment = ꄲꑟꀐꀕꉛ：ꑳꉳ（银行流水、手机银行）ꇬꉛ，ꅀꋆ（村）、ꑤ（乡镇）ꇬꉉꉛ。ꌝꀉꑌ“一卡通”ꇬꑌꉛꉆ。
farm_subsidy-say-rules = ꀮꄟ（补贴）ꋌꒉꃅꀋꌶ：ꋆꇬꈎꂷꂷꏤꂷꂷꌠꃅ（面积）ꁱ，ꂓꁱꀘꉛ（张榜公示）。ꂓ（户名）、ꃅ（面积）、ꈁꉻꂷ（卡号）ꉛꉾ，ꀋꉬꌠꋆ（村委会）ꇬꐛꉉ。ꃅꂷꂷꈀꄷꀘ（每亩补多少），ꌝꂷꂷꋍꂷꀋꉬ。

## temp_assistance
temp_assistance-ask-type = ꆏꑞꃅꅍꉬ（哪一种困难）？
temp_assistance-ask-type-simple = ꆏꑞꃅꅍꉬ（哪一种困难）：ꃅꅍꐛꇁ（突发意外），ꅀꆅꉛ、ꌫꄲꀉꑌ（看病上学开支大）？
temp_assistance-type-emergency = ꃅꅍꐛꇁ（突发意外）
temp_assistance-type-expense = ꆅꉛ、ꌫꄲꀉꑌ（看病上学开支大）
temp_assistance-say-emergency = ꃅꅍꐛꌠ，ꑤ（乡镇）ꅀꑣꂰꍔ（县民政局）ꂴꀡ（ꄲ、ꋚ、ꈤ），ꁱꂷꊁꃅ。ꍔꂰ（事故证明）ꀋꎼꉆꌠ，ꂴꃅ，ꊁꌋꇁ。
temp_assistance-say-expense = ꏤꌠꄲꉛꌶ（核对家庭经济状况）：ꄷꐥꌠꊿꃀꂷꂷꁱ（签核对授权书）。ꑳꑻꌠꁱꂷ（诊断证明、费用清单、发票）ꅀꌫꄲꁱꂷ（学费凭证）ꌋꇁ；ꑳꀧꀧꑣꀐꌠ（医保已报销）ꁱꂷ（报销结算单）ꌋꇁ。
temp_assistance-ask-hukou = ꉷꈉ（户口）ꃅꄷꋌꇬꀕ？（ꏲꍗꍔ（本地居住证）ꐥꑌꉆ）
temp_assistance-ask-hukou-simple = ꉷꈉ（户口）：ꃅꄷꋌꇬ（户口在本地），ꅀꃅꄷꅍꇬ（户口在外地）？
temp_assistance-hukou-local = ꃅꄷꋌꇬ（户口在本地）
temp_assistance-hukou-non_local = ꃅꄷꅍꇬ（户口在外地）
temp_assistance-say-non_local = ꉷꈉ（户口）ꃅꄷꅍꇬꌠ，ꃅꅍꐛꌠꃅꄷꌠꑤ（乡镇、街道）ꅀꑣꂰꍔ（县民政局）ꇬꉉ。ꇿꁧꀋꐚꌠ，ꏮꍗꍈ（救助管理站）ꇬꁧ，ꅀ 110 ꄅꉷꄉ。
temp_assistance-say-means_test = ꑤ（乡镇）ꐥꀐꄉ，ꏤꌠꄲꉛ、ꏤꇬꇁꉛ。ꈀꄷꀘꆹꑣ（县）ꌠꅇ，ꃅꄷꂷꂷꋍꂷꀋꉬ。ꄂꀧ（低保、特困供养）ꎼꌦꌠꑌꃅꉆ。

## funeral_subsidy
funeral_subsidy-ask-scheme = ꏂꌠꊿꑸꇉꀧꑣ（养老保险）ꇿꂷꉬ？
funeral_subsidy-ask-scheme-simple = ꏂꌠꊿꑸꇉꀧꑣ（养老保险）ꇿꂷꉬ：ꋆꂰꑸꇉ（城乡居民养老），ꅀꍝꇬꑸꇉ（职工养老）？
funeral_subsidy-scheme-resident = ꋆꂰꑸꇉ（城乡居民养老）
funeral_subsidy-scheme-employee = ꍝꇬꑸꇉ（职工养老）
funeral_subsidy-say-resident = ꋆꂰꑸꇉ（城乡居民养老保险）：ꇰꏒꍈꉷ（个人账户）ꇬꄲꐥꌠꏤꎼꉆ；ꌒꊖꀮꍗꏢ（丧葬补助金）ꐥꀕ、ꈀꄷ，ꌝꂷꂷꋍꂷꀋꉬ。
funeral_subsidy-say-employee = ꍝꇬꑸꇉ（职工养老保险）：ꏤꌒꊖꀮꍗꏢ（丧葬补助金）ꌋꆀꃚꑭꏢ（抚恤金）ꎼꉆ，ꇰꏒꍈꉷ（个人账户）ꇬꄲꑌꎼꉆ。ꑘꁨꇬꏂꌠ（因工死亡）ꇬꎭ（工伤保险）ꇬꃅ。ꑘꁨꌦꌠ，ꄿ（单位）ꀘꃅꉆ。
funeral_subsidy-say-report = ꐛꋆ（村、社区）ꅀꎸꀧꍫꈉ（社保经办机构）ꇬꉉꀘ，ꑸꇉꏢ（养老金）ꀋꀘꂿ；ꏂꊁꀘꌠꄲꈈꀘꌶ。ꁁꍲꌕ（派出所）ꇬꉷꈉ（户口）ꑌꃅꌐ（注销）。ꎼꌠꊿꆹꏤ（法定继承人：配偶、子女、父母）ꉬ。
funeral_subsidy-ask-heirs = ꏤ（继承人：配偶、子女、父母）ꈀꄷꐥ？ꎼꎼꉉꌐꀐꀕ？
funeral_subsidy-ask-heirs-simple = ꏤ（继承人）：ꋍꂷꀉꄂ（或已商定），ꅀꀉꑌꐥ，ꉉꀋꌐ？
funeral_subsidy-heirs-single = ꋍꂷꀉꄂ（或已商定）
funeral_subsidy-heirs-several = ꀉꑌꐥ，ꉉꀋꌐ
funeral_subsidy-say-several = ꏤꀉꑌꐥꌠ，ꎼꎼꂴꉉꌐ，ꈀꄸꑌꁱꌠꁱꂷ（同意书）ꅀꍔꂰ（公证书、法院判决书）ꌋꇁ。ꄲꀁꑌꌠ，ꃅꄷꀉꑌꈀꄸꑌꁱꀉꄂ（签字承诺），ꇬꍓ（公证）ꀋꌶ。
