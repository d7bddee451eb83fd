## Questions and answers of the service flows in dialogues/ (one block per flow).

## id_card
id_card-ask-reason = 您这次办身份证是因为？
id_card-ask-reason-simple = 您这次办身份证，是第一次办、到期了、坏了、丢了，还是名字等信息变了？
id_card-reason-first = 第一次办
id_card-reason-expired = 到期了
id_card-reason-damaged = 坏了
id_card-reason-lost = 丢了
id_card-reason-info_change = 姓名等信息变了
id_card-ask-age = 办证的人多大了？
id_card-ask-age-simple = 要办证的人，不满16岁，还是16岁以上？
id_card-age-under_16 = 不满16岁
id_card-age-age_16_plus = 16岁及以上
id_card-say-lost = 身份证丢了，先别急：补领时旧证会自动作废。如果急着坐车、住店，可以在补领的同时申请临时身份证。
id_card-say-in-person = 办身份证要本人到场拍照、按指纹，别人不能代替。卧床或行动不便的，可以请派出所上门办。

## pension_certify
pension_certify-ask-residence = 领养老金的人现在住在国内还是国外？
pension_certify-ask-residence-simple = 领养老金的人，是住在国内，还是住在国外？
pension_certify-residence-in_china = 住在国内
pension_certify-residence-abroad = 住在国外
pension_certify-say-abroad = 住在国外的，可以通过“掌上12333”等手机应用刷脸认证，或者到我国驻外使领馆开具健在证明。
pension_certify-ask-mobility = 老人能自己出门吗？
pension_certify-ask-mobility-simple = 老人能自己出门，还是躺在床上、走动不方便？
pension_certify-mobility-can_go_out = 能出门
pension_certify-mobility-housebound = 卧床或行动不便
pension_certify-say-housebound = 出不了门的老人不用跑：家人或村里代办员可以向社保经办机构申请上门认证。
pension_certify-ask-method = 您想怎么认证？
pension_certify-ask-method-simple = 您想用手机刷脸，还是去窗口办？
pension_certify-method-phone_app = 用手机刷脸
pension_certify-method-in_person = 去窗口办

## hukou_birth
hukou_birth-ask-birth_place = 孩子是在哪里出生的？
hukou_birth-ask-birth_place-simple = 孩子是在国内医院生的、没有出生证明，还是在国外生的？
hukou_birth-birth_place-hospital_china = 在国内医院生
hukou_birth-birth_place-no_birth_cert = 没有出生证明
hukou_birth-birth_place-abroad = 在国外出生
hukou_birth-say-no_birth_cert = 没有《出生医学证明》的，先到当地卫生健康部门指定的机构补办，可能要做亲子鉴定。补好了再去派出所落户。
hukou_birth-say-abroad = 在国外出生的，派出所要核查孩子的国籍和入境记录，时间会长一些。孩子出生时已有外国国籍、父母一方又已在国外定居的，不能在国内落户。
hukou_birth-ask-marital = 孩子的爸爸妈妈结婚了吗？
hukou_birth-ask-marital-simple = 孩子的爸妈，是结婚了，还是没结婚？
hukou_birth-marital-married = 结婚了
hukou_birth-marital-unmarried = 没有结婚
hukou_birth-say-unmarried = 没结婚生的孩子一样可以落户，在窗口签一份非婚生育说明就行。随爸爸落户的，有的地方还要亲子鉴定证明。
hukou_birth-say-when = 最好在孩子出生后1个月内去办，晚了也能办。孩子不用去，爸爸或妈妈去就行，爷爷奶奶等亲属也可以代办。

## hukou_transfer
hukou_transfer-ask-reason = 为什么要迁户口？
hukou_transfer-ask-reason-simple = 您迁户口，是因为在那边买了房、在那边工作、去投奔亲戚，还是上学或毕业？
hukou_transfer-reason-buy_house = 在当地买了房
hukou_transfer-reason-employment = 在当地工作
hukou_transfer-reason-join_family = 投靠亲属
hukou_transfer-reason-study = 上学或毕业
hukou_transfer-say-join_family = 投靠亲属的，请您要投靠的那一户的户主一起去窗口，签字同意入户。
hukou_transfer-ask-scope = 是在本省内迁，还是迁到外省？
hukou_transfer-ask-scope-simple = 户口是在本省里迁，还是迁到别的省？
hukou_transfer-scope-within_province = 本省内迁
hukou_transfer-scope-cross_province = 跨省迁
hukou_transfer-say-cross_province = 跨省迁一般也只在迁入地派出所办，不用回老家。如果窗口说不能“一站式”办，就拿《准予迁入证明》回老家开《户口迁移证》，再回来落户。
hukou_transfer-say-in_person = 户口迁移到迁入地的派出所办。成年人一般要本人到窗口签字。各个城市落户条件不一样，去之前先打电话问问迁入地派出所。

## residence_permit
residence_permit-ask-stage = 您这次要办什么？
residence_permit-ask-stage-simple = 您办居住证，是第一次办、每年续一次（签注），还是丢了补办或换新证？
residence_permit-stage-first = 第一次办
residence_permit-stage-annual_endorse = 每年签注
residence_permit-stage-replace = 补领或换领
residence_permit-say-first = 第一次办居住证，要在当地住满半年，并且先办好居住登记。一般要本人到场拍照。
residence_permit-ask-basis = 您是凭哪一条申请的？
residence_permit-ask-basis-simple = 您申请居住证，是因为在这里有稳定工作、有固定住处，还是在这里上学？
residence_permit-basis-job = 有稳定工作
residence_permit-basis-housing = 有稳定住所
residence_permit-basis-study = 在当地上学
residence_permit-say-annual_endorse = 居住证每年要签注一次，在有效期满前一个月内办。过期没签注，居住证会暂停使用；补签后能恢复，但居住年限要从补签那天重新算。很多城市在手机上就能签注。

## pension_enroll
pension_enroll-ask-ss_card = 您有社保卡吗？
pension_enroll-ask-ss_card-simple = 您有社保卡，还是没有社保卡？
pension_enroll-ss_card-has_card = 有社保卡
pension_enroll-ss_card-no_card = 没有社保卡
pension_enroll-say-no_card = 没有社保卡也能参保，登记时可以一起申请办卡。以后交钱、领养老金都用这张卡。
pension_enroll-ask-group = 您是低保户、特困人员或重度残疾人等困难群众吗？
pension_enroll-ask-group-simple = 您是低保户、特困户或重度残疾人吗？请说“不是”或“是的”。
pension_enroll-group-general = 不是
pension_enroll-group-hardship = 是的
pension_enroll-say-hardship = 困难群众参保，政府会替您交部分或全部最低档的钱。带上低保证、特困供养证或残疾人证等证明。

## pension_claim
pension_claim-ask-years = 养老保险一共交满15年了吗？
pension_claim-ask-years-simple = 养老保险交够15年了吗？是交满了、不够15年，还是不清楚？
pension_claim-years-enough = 交满了
pension_claim-years-short = 不够15年
pension_claim-years-not_sure = 不清楚
pension_claim-say-short = 不够15年的，可以先一次性补交差的年份，交满了再领。补交的部分一般没有政府补贴。
pension_claim-say-not_sure = 不清楚交了几年的，可以在“掌上12333”手机应用里查，也可以到社保窗口查。
pension_claim-ask-other_pension = 以前在单位上班或做个体时，交过职工养老保险吗？
pension_claim-ask-other_pension-simple = 您以前上班或做个体时，交过职工养老保险吗？没交过，还是交过？
pension_claim-other_pension-no_record = 没交过
pension_claim-other_pension-employee_record = 交过
pension_claim-say-employee_record = 交过职工养老保险的，窗口会核查记录，帮您把两种养老保险接起来：职工养老交满15年的，转到职工养老去领；不满15年的，可以转进城乡居民养老合起来算。
pension_claim-say-when = 快到60岁时（一般提前1到2个月）就可以去申请，很多地方会提前通知。审核通过后，从满60岁的下个月起，每月打到社保卡上。

## medical_enroll
medical_enroll-ask-group = 给谁交医保？
medical_enroll-ask-group-simple = 给谁交医保：大人或老人、学生或小孩、刚生的孩子，还是低保、特困这些困难户？
medical_enroll-group-adult = 成年人、老人
medical_enroll-group-student_child = 学生、儿童
medical_enroll-group-newborn = 刚出生的孩子
medical_enroll-group-assisted = 低保、特困等
medical_enroll-say-newborn = 孩子出生后90天内参保交费，从出生那天起看病就能报销。很多地方可以在“出生一件事”里和落户一起办。
medical_enroll-say-assisted = 低保、特困等困难群众，政府会替您交全部或部分个人缴费。多数地方由民政部门直接提供名单，您核对一下就行。
medical_enroll-ask-timing = 是在当地规定的集中缴费期内交吗？
medical_enroll-ask-timing-simple = 医保是按规定的日子按时交，还是错过了、中间断过？
medical_enroll-timing-in_period = 按时交
medical_enroll-timing-late = 错过了或断交过
medical_enroll-say-late = 错过集中缴费期或以前断交过的，交费后一般要等至少3个月才能报销；断交的年数越多，等得越久。

## medical_reimburse
medical_reimburse-ask-care_type = 是住院、看门诊，还是急诊抢救？
medical_reimburse-ask-care_type-simple = 您是住院了、看门诊（看病不住院），还是急诊抢救？
medical_reimburse-care_type-inpatient = 住院
medical_reimburse-care_type-outpatient = 门诊
medical_reimburse-care_type-emergency = 急诊抢救
medical_reimburse-ask-place = 是在参保的本地看的病，还是在外地？
medical_reimburse-ask-place-simple = 看病是在本地（交医保的地方），还是在外地？
medical_reimburse-place-local = 在本地
medical_reimburse-place-elsewhere = 在外地
medical_reimburse-say-elsewhere = 在外地看病、还没出院的，赶在出院结算前补办异地就医备案，往往就能直接结算。没备案的也能报，只是报销比例可能低一些。
medical_reimburse-ask-cause = 是生病，还是受伤（摔伤、碰伤等）？
medical_reimburse-ask-cause-simple = 是生病了，还是受伤了？
medical_reimburse-cause-illness = 生病
medical_reimburse-cause-injury = 受伤
medical_reimburse-say-injury = 受伤的，要写一份外伤情况说明，写清怎么受的伤。工伤、交通事故、被人打伤等该由别人负担的费用，医保不报。
medical_reimburse-say-deadline = 报销有期限，各地不同，常见是看病后6个月到1年内，请尽早去办。出院时向医院要齐发票、费用明细和病历，看清有没有盖章。

## medical_transfer
medical_transfer-ask-type = 要在外地看病，是哪种情况？
medical_transfer-ask-type-simple = 您是长期住在外地、医院让您转到别的医院，还是临时出门或急诊？
medical_transfer-type-long_stay = 长期住在外地
medical_transfer-type-referral = 医院让转诊
medical_transfer-type-temporary = 临时外出或急诊
medical_transfer-say-long_stay = 备案时选“异地长期居住”，签一份个人承诺书就行。备案后，在外地和参保地看病一般都能报。
medical_transfer-say-referral = 先请参保地的定点医院开转诊证明，备案时上传。
medical_transfer-say-temporary = 备案时选“临时外出就医”。急诊住院来不及的，出院结算前补办备案，也能直接结算。临时外出的报销比例可能比在本地低一些。
medical_transfer-say-file_first = 去外地看病前，先办好备案：打开“国家医保服务平台”手机应用，或微信小程序“国家异地就医备案”，选“异地备案”，填好提交，一般马上或1个工作日内生效。也可以到参保地医保窗口办。

## elderly_allowance
elderly_allowance-ask-applicant = 这次是谁去办？
elderly_allowance-ask-applicant-simple = 是老人自己去办，还是家里人或代办员去办？
elderly_allowance-applicant-self = 老人自己办
elderly_allowance-applicant-family_member = 家人或代办员
elderly_allowance-say-family_member = 代办的人带上自己的身份证和老人的证件。有的地方要老人签字或按手印的委托书，还会上门看望老人、核对本人。
elderly_allowance-ask-account = 津贴打到哪张卡上？
elderly_allowance-ask-account-simple = 钱打到社保卡上，还是打到银行卡或存折上？
elderly_allowance-account-ss_card = 社保卡
elderly_allowance-account-bank_account = 银行卡或存折
elderly_allowance-say-bank_account = 必须是老人本人名下的卡或存折，不能用子女的卡。很多地方只发到社保卡，先问一下村里。
elderly_allowance-say-rules = 高龄津贴一般不看家里收入，户口在本地、满80岁就能领。每月给多少、按月还是按季发，各地不同，以当地为准。很多地方满80岁会自动列入名单，先问问村里。领上以后每年要认证一次，不认证会暂停发放。

## dibao
dibao-ask-applicant = 谁来提出申请？
dibao-ask-applicant-simple = 是家里人自己去申请，还是亲戚或村委会帮着办？
dibao-applicant-self = 家里人自己办
dibao-applicant-family_member = 亲属或村委会代办
dibao-say-family_member = 亲属或村（居）委会可以代为申请。但家庭经济状况核对授权书，每个成年家庭成员都要本人签字；上门调查时家里要有人在。
dibao-ask-special_need = 家里有重病或残疾的人吗？
dibao-ask-special_need-simple = 家里有重病或残疾的人吗？没有，还是有？
dibao-special_need-none = 没有
dibao-special_need-illness_or_disability = 有重病或残疾
dibao-say-illness_or_disability = 带上残疾人证，或者医院的诊断证明、病历、医疗费票据。低保边缘家庭里的重病、重度残疾人，可以按规定单独申请（单人保）。
dibao-say-means_test = 低保要看全家的收入和财产：家里每人每月平均收入低于当地低保标准，存款、房子、车辆等也在当地规定以内，才能办。低保标准各地不同，城市和农村也可能不一样；批下来后，补的是标准和收入之间的差额。

## disability_cert
disability_cert-ask-status = 您这次要办哪一种？
disability_cert-ask-status-simple = 您是第一次办残疾人证、换证或重新评残，还是证丢了、坏了？
disability_cert-status-first = 第一次办证
disability_cert-status-reassess = 换证或重新评定
disability_cert-status-lost = 丢了或坏了
disability_cert-say-assessment = 残疾评定时，本人必须到指定医院，当面接受医生检查。行动不便、出不了门的，可以向残联申请上门评定。
disability_cert-say-lost = 补领一般不用重新评定，残联核对档案后直接补发新证。证丢了的，写一份遗失说明带上。

## disability_subsidy
disability_subsidy-ask-subsidy = 申请哪一项补贴？
disability_subsidy-ask-subsidy-simple = 您要申请生活补贴、护理补贴（照顾人的钱），还是两样都要？
disability_subsidy-subsidy-living = 生活补贴
disability_subsidy-subsidy-care = 护理补贴
disability_subsidy-subsidy-both = 两项都申请
disability_subsidy-say-living = 生活补贴给低保家庭里的残疾人；有的地方放宽到低保边缘等低收入家庭。
disability_subsidy-say-care = 护理补贴给残疾等级一级、二级，需要长期照护的人；有的地方也包括三级、四级智力和精神残疾人。
disability_subsidy-say-both = 两项条件都符合的，可以两项都领：生活补贴给低保家庭里的残疾人，护理补贴给一级、二级、需要长期照护的重度残疾人。
disability_subsidy-ask-applicant = 谁去办？
disability_subsidy-ask-applicant-simple = 是残疾人自己去办，还是家里人或代办员去办？
disability_subsidy-applicant-self = 残疾人本人
disability_subsidy-applicant-family_member = 家属或代办员
disability_subsidy-say-family_member = 代办的人带上自己的身份证和委托书，监护人带监护关系证明。残疾人本人一般不用去，有的地方会上门核实。
disability_subsidy-say-rules = 两项补贴都要有第二代残疾人证，户口在本地。每月发多少，各地不同，以当地为准。

## ss_card
ss_card-ask-reason = 您这次办社保卡是因为？
ss_card-ask-reason-simple = 您办社保卡，是第一次办、卡丢了、卡坏了或想换新，还是信息变了？
ss_card-reason-first = 第一次办
ss_card-reason-lost = 卡丢了
ss_card-reason-damaged = 卡坏了或换新
ss_card-reason-info_change = 信息变了
ss_card-say-lost = 卡丢了，先挂失，防止被人盗用：打电话12333，或者在“掌上12333”、电子社保卡、发卡银行的手机应用里挂失，也可以去银行柜台。挂失后再补办新卡。
ss_card-say-info_change = 改姓名或身份证号的，先到公安机关开变更证明，再来换卡。只改手机号、地址的，不用跑窗口，在网上或手机应用里就能改。
ss_card-say-in_person = 带上身份证，去社保窗口或合作银行网点办，很多网点能当场拿卡。不少地方家人可以代办，但设密码、开通银行功能，有的银行要本人到场，去之前先问清楚。

## marriage
marriage-ask-nationality = 你们两个人都是内地居民吗？
marriage-ask-nationality-simple = 你们俩都是内地的人，还是有一个是外国人或港澳台的？
marriage-nationality-both_mainland = 都是内地居民
marriage-nationality-one_foreign_or_hk_mo_tw = 一方外籍或港澳台
marriage-say-foreign = 一方是外国人、港澳台居民或华侨的，要到省里民政部门指定的涉外婚姻登记处办（一般在市里或省里）。公证、认证材料要提前备好，带什么以登记处的要求为准。
marriage-ask-previous_marriage = 你们以前结过婚吗？
marriage-ask-previous_marriage-simple = 你们以前都没结过婚、有人离过婚，还是有人的爱人去世了？
marriage-previous_marriage-never = 都没结过婚
marriage-previous_marriage-divorced = 有人离过婚
marriage-previous_marriage-widowed = 有人丧偶
marriage-say-divorced = 离过婚的，请带上离婚证，或者生效的离婚判决书、调解书。系统里查得到的一般用不上，但最好带着以防万一。
marriage-say-widowed = 丧偶的，请带上原配偶的死亡证明或注销户口证明，以防系统里还显示已婚。
marriage-say-in_person = 结婚登记不能代办：男方满22周岁、女方满20周岁，两个人必须一起本人到场，当面签字、按手印。不用带户口簿，登记免费，材料齐全当场拿证。

## housing_fund
housing_fund-ask-purpose = 取公积金做什么用？
housing_fund-ask-purpose-simple = 取公积金是为了买房或盖房、交房租、退休、离开这里，还是还房贷？
housing_fund-purpose-buy_home = 买房或建房
housing_fund-purpose-rent = 付房租
housing_fund-purpose-retire = 退休
housing_fund-purpose-leave_city = 离开本地
housing_fund-purpose-repay_loan = 还房贷
housing_fund-say-rent = 在本地没有房、按定额提取的，多数城市在网上承诺一下就行，不用交租房合同。还可以设成按月或按年自动提取到卡上。
housing_fund-say-leave_city = 到外地工作、还要接着交公积金的，一般不用取出来：先在新城市开户缴存，再通过“全国住房公积金”小程序申请转移接续，把钱转过去。
housing_fund-say-repay_loan = 还公积金贷款的，可以签约按月或按年自动提取还贷，不用每次都申请。
housing_fund-say-online = 先在手机上查余额和能取多少：“全国住房公积金”小程序，或者当地公积金中心的手机应用。最好本人办，网上办最方便；钱只打到本人名下的银行卡。

## farm_subsidy
farm_subsidy-ask-case = 您是哪种情况？
farm_subsidy-ask-case-simple = 您是第一次登记、要改信息，还是查补贴钱到没到？
farm_subsidy-case-first_time = 第一次登记
farm_subsidy-case-info_change = 要变更信息
farm_subsidy-case-check_payment = 查补贴到账
farm_subsidy-say-info_change = 面积、户主或银行卡有变化的，带上变更证明到村委会或乡镇便民服务中心登记。换了卡一定要及时告诉村里，不然钱打不进去。
farm_subsidy-say-check_payment = 查到账：看银行流水或手机银行，或者到村里、乡镇问。很多省还能在补贴“一卡通”公开平台上查。
farm_subsidy-say-rules = 这项补贴一般不用自己申请：村里每年统计各户面积，张榜公示。公示期间请仔细核对户名、面积和卡号，有错马上找村委会更正。每亩补多少，各省不同。

## temp_assistance
temp_assistance-ask-type = 遇到的是哪一种困难？
temp_assistance-ask-type-simple = 您是突然出了意外，还是看病、上学花钱太多？
temp_assistance-type-emergency = 突发意外
temp_assistance-type-expense = 看病上学开支大
temp_assistance-say-emergency = 情况紧急的，乡镇或县民政局可以先救助（发钱或食物、衣被），手续以后再补。事故证明来不及开的，可以先申请，事后补交。
temp_assistance-say-expense = 要核对家庭经济状况：一起生活的成年家庭成员要签核对授权书。带上诊断证明、费用清单和发票，或学费凭证；医保已经报销过的，带上报销结算单。
temp_assistance-ask-hukou = 户口在本地吗？（有本地居住证也算）
temp_assistance-ask-hukou-simple = 您的户口在本地，还是在外地？
temp_assistance-hukou-local = 户口在本地
temp_assistance-hukou-non_local = 户口在外地
temp_assistance-say-non_local = 户口不在本地的，可以到遇到困难的那个地方的乡镇（街道）或县民政局求助。流落在外、没地方去的，找救助管理站，或者打110。
temp_assistance-say-means_test = 乡镇受理后，会核对家庭经济状况、上门了解情况。救助金额一般按当地低保标准的几倍来定，由县里规定，各地不同，以当地为准。已经在领低保、特困供养的，也可以申请。

## funeral_subsidy
funeral_subsidy-ask-scheme = 去世的人参加的是哪种养老保险？
funeral_subsidy-ask-scheme-simple = 去世的人交的是城乡居民养老，还是职工养老（上班时单位交的）？
funeral_subsidy-scheme-resident = 城乡居民养老
funeral_subsidy-scheme-employee = 职工养老
funeral_subsidy-say-resident = 城乡居民养老保险：个人账户里没用完的钱可以继承；有没有丧葬补助金、给多少，看本省规定，有的地方没有。
funeral_subsidy-say-employee = 职工养老保险：家属可以领丧葬补助金和抚恤金，个人账户里没用完的钱也可以继承。因工死亡的，按工伤保险办。还在上班的，原单位可以代办。
funeral_subsidy-say-report = 请尽快告诉村（社区）或社保经办机构，停发养老金，去世后多发的养老金要退回；也要到派出所注销户口。领钱的一般是去世的人的法定继承人，比如配偶、子女、父母。
funeral_subsidy-ask-heirs = 继承人（配偶、子女、父母）有几个？商量好由谁来领了吗？
funeral_subsidy-ask-heirs-simple = 能领钱的家里人，只有一个或已经商量好了，还是有好几个、还没商量好？
funeral_subsidy-heirs-single = 只有一个或已商定
funeral_subsidy-heirs-several = 好几个，没商定
funeral_subsidy-say-several = 继承人有好几个的，先商量好由谁来领，再带上大家签字的同意书，或者公证书、法院判决书。金额小的，很多地方大家签字承诺就行，不用公证。
