## Machine-drafted Korean; not yet reviewed by a native speaker.
## Questions and answers of the service flows in dialogues/ (one block per flow).

## id_card
id_card-ask-reason = 이번에 신분증을 왜 만드세요?
id_card-ask-reason-simple = 신분증을 처음 만드세요, 아니면 기한이 다 됐나요, 망가졌나요, 잃어버렸나요, 이름 같은 정보가 바뀌었나요?
id_card-reason-first = 처음 만들어요
id_card-reason-expired = 기한이 다 됐어요
id_card-reason-damaged = 망가졌어요
id_card-reason-lost = 잃어버렸어요
id_card-reason-info_change = 이름 등 정보가 바뀌었어요
id_card-ask-age = 신분증을 만들 사람은 몇 살인가요?
id_card-ask-age-simple = 신분증을 만들 사람은 16살 미만인가요, 16살 이상인가요?
id_card-age-under_16 = 16살 미만
id_card-age-age_16_plus = 16살 이상
id_card-say-lost = 신분증을 잃어버려도 걱정하지 마세요. 재발급하면 옛 신분증은 자동으로 무효가 됩니다. 차를 타거나 숙박할 일이 급하면, 재발급을 신청하면서 임시신분증도 함께 신청할 수 있어요.
id_card-say-in-person = 신분증은 본인이 직접 가서 사진을 찍고 지문을 찍어야 합니다. 다른 사람이 대신할 수 없어요. 누워 지내거나 거동이 불편하면 파출소에 집으로 와 달라고 요청할 수 있어요.

## pension_certify
pension_certify-ask-residence = 양로금을 받는 분은 지금 국내에 사나요, 외국에 사나요?
pension_certify-ask-residence-simple = 양로금 받는 분은 국내에 사나요, 외국에 사나요?
pension_certify-residence-in_china = 국내에 살아요
pension_certify-residence-abroad = 외국에 살아요
pension_certify-say-abroad = 외국에 사는 분은 “掌上12333” 같은 휴대폰 앱으로 얼굴 인식 인증을 하거나, 중국 주외 대사관·영사관에서 생존 증명을 받을 수 있어요.
pension_certify-ask-mobility = 어르신이 혼자 밖에 나갈 수 있나요?
pension_certify-ask-mobility-simple = 어르신이 밖에 나갈 수 있나요, 아니면 누워 지내거나 걷기 힘드신가요?
pension_certify-mobility-can_go_out = 나갈 수 있어요
pension_certify-mobility-housebound = 누워 지내거나 거동이 불편해요
pension_certify-say-housebound = 밖에 나가지 못하는 어르신은 직접 가지 않아도 됩니다. 가족이나 마을 대리원이 사회보험 사무기관에 방문 인증을 신청하면 돼요.
pension_certify-ask-method = 어떻게 인증하고 싶으세요?
pension_certify-ask-method-simple = 휴대폰으로 얼굴 인식을 하실래요, 창구에 가실래요?
pension_certify-method-phone_app = 휴대폰으로 얼굴 인식
pension_certify-method-in_person = 창구에 가서

## hukou_birth
hukou_birth-ask-birth_place = 아이는 어디에서 태어났나요?
hukou_birth-ask-birth_place-simple = 아이가 국내 병원에서 태어났나요, 출생증명이 없나요, 외국에서 태어났나요?
hukou_birth-birth_place-hospital_china = 국내 병원에서
hukou_birth-birth_place-no_birth_cert = 출생증명이 없어요
hukou_birth-birth_place-abroad = 외국에서
hukou_birth-say-no_birth_cert = 《출생의학증명》이 없으면, 먼저 현지 위생건강부문이 지정한 기관에서 발급받으세요. 친자감정(DNA 검사)이 필요할 수 있어요. 발급받은 뒤 파출소에 가서 호구를 올리세요.
hukou_birth-say-abroad = 외국에서 태어난 아이는 파출소가 아이의 국적과 입국 기록을 확인하므로 시간이 좀 더 걸려요. 태어날 때 이미 외국 국적이 있고, 부모 중 한 명이 외국에 정착한 경우에는 국내에서 호구를 올릴 수 없어요.
hukou_birth-ask-marital = 아이의 아빠와 엄마는 결혼했나요?
hukou_birth-ask-marital-simple = 아이 부모님은 결혼했나요, 결혼하지 않았나요?
hukou_birth-marital-married = 결혼했어요
hukou_birth-marital-unmarried = 결혼하지 않았어요
hukou_birth-say-unmarried = 결혼하지 않고 낳은 아이도 똑같이 호구를 올릴 수 있어요. 창구에서 혼외 출생 설명서에 서명하면 됩니다. 아빠 호구에 올리는 경우, 어떤 곳은 친자감정 증명도 요구해요.
hukou_birth-say-when = 아이가 태어난 뒤 1개월 안에 가는 것이 좋아요. 늦어도 할 수 있어요. 아이는 안 가도 되고, 아빠나 엄마 한 명이 가면 됩니다. 할아버지, 할머니 등 친척이 대신 가도 돼요.

## hukou_transfer
hukou_transfer-ask-reason = 호구를 왜 옮기세요?
hukou_transfer-ask-reason-simple = 그곳에 집을 샀나요, 그곳에서 일하나요, 친척에게 가나요, 아니면 공부나 졸업 때문인가요?
hukou_transfer-reason-buy_house = 그곳에 집을 샀어요
hukou_transfer-reason-employment = 그곳에서 일해요
hukou_transfer-reason-join_family = 친척에게 의탁해요
hukou_transfer-reason-study = 공부 또는 졸업
hukou_transfer-say-join_family = 친척에게 의탁하는 경우, 들어갈 집의 호주와 함께 창구에 가서 호주가 전입 동의서에 서명해야 해요.
hukou_transfer-ask-scope = 같은 성 안에서 옮기나요, 다른 성으로 옮기나요?
hukou_transfer-ask-scope-simple = 같은 성 안에서 옮기나요, 다른 성으로 옮기나요?
hukou_transfer-scope-within_province = 같은 성 안에서
hukou_transfer-scope-cross_province = 다른 성으로
hukou_transfer-say-cross_province = 다른 성으로 옮겨도 보통은 옮겨 갈 곳의 파출소에서만 하면 되고, 고향에 돌아가지 않아도 돼요. 창구에서 “원스톱”으로 안 된다고 하면, 《전입허가증명》을 가지고 고향 파출소에 가서 《호구이전증》을 받은 뒤, 다시 와서 호구를 올리세요.
hukou_transfer-say-in_person = 호구 이전은 옮겨 갈 곳의 파출소에서 합니다. 성인은 보통 본인이 창구에 가서 서명해야 해요. 도시마다 호구를 올리는 조건이 다르니, 가기 전에 그곳 파출소에 전화로 물어보세요.

## residence_permit
residence_permit-ask-stage = 이번에 무엇을 하려고 하세요?
residence_permit-ask-stage-simple = 처음 만드나요, 해마다 하는 연장 확인인가요, 아니면 잃어버리거나 낡아서 다시 만드나요?
residence_permit-stage-first = 처음 만들어요
residence_permit-stage-annual_endorse = 해마다 하는 연장 확인(签注)
residence_permit-stage-replace = 재발급 또는 교체
residence_permit-say-first = 거주증을 처음 만들려면 그곳에서 반년 이상 살았어야 하고, 먼저 거주등기를 해야 해요. 보통 본인이 가서 사진을 찍어야 합니다.
residence_permit-ask-basis = 어떤 조건으로 신청하세요?
residence_permit-ask-basis-simple = 안정된 직장이 있나요, 안정된 집이 있나요, 아니면 그곳에서 공부하나요?
residence_permit-basis-job = 안정된 직장이 있어요
residence_permit-basis-housing = 안정된 집이 있어요
residence_permit-basis-study = 그곳에서 공부해요
residence_permit-say-annual_endorse = 거주증은 해마다 한 번 연장 확인(签注)을 해야 해요. 유효기간이 끝나기 전 1개월 안에 하세요. 놓치면 거주증을 잠시 쓸 수 없어요. 나중에 하면 다시 쓸 수 있지만, 거주 연수는 그날부터 다시 계산해요. 많은 도시에서는 휴대폰으로도 할 수 있어요.

## pension_enroll
pension_enroll-ask-ss_card = 사회보장카드가 있으세요?
pension_enroll-ask-ss_card-simple = 사회보장카드가 있나요, 없나요?
pension_enroll-ss_card-has_card = 있어요
pension_enroll-ss_card-no_card = 없어요
pension_enroll-say-no_card = 사회보장카드가 없어도 가입할 수 있어요. 등록할 때 카드도 함께 신청하면 됩니다. 앞으로 돈을 내고 양로금을 받을 때 이 카드를 써요.
pension_enroll-ask-group = 최저생활보장 가구, 특별빈곤 부양대상, 중증 장애인 등 어려운 분이세요?
pension_enroll-ask-group-simple = 최저생활보장, 특별빈곤, 중증 장애인 같은 어려운 분이세요? "아니요"나 "예"로 답해 주세요.
pension_enroll-group-general = 아니요
pension_enroll-group-hardship = 예
pension_enroll-say-hardship = 어려운 분이 가입하면 정부가 가장 낮은 등급의 보험료 일부나 전부를 대신 내 줘요. 최저생활보장증, 특별빈곤 부양증, 장애인증 같은 증명을 가져가세요.

## pension_claim
pension_claim-ask-years = 양로보험을 모두 15년 냈나요?
pension_claim-ask-years-simple = 양로보험을 15년 다 냈나요, 15년이 안 되나요, 잘 모르시나요?
pension_claim-years-enough = 15년 다 냈어요
pension_claim-years-short = 15년이 안 돼요
pension_claim-years-not_sure = 잘 모르겠어요
pension_claim-say-short = 15년이 안 되면, 모자란 해의 보험료를 한꺼번에 낸 뒤 받을 수 있어요. 나중에 낸 부분에는 보통 정부 보조가 없어요.
pension_claim-say-not_sure = 몇 년 냈는지 모르면 “掌上12333” 휴대폰 앱에서 보거나, 사회보험 창구에 가서 물어보세요.
pension_claim-ask-other_pension = 예전에 직장에 다니거나 개인 사업을 할 때 직공 양로보험을 낸 적이 있나요?
pension_claim-ask-other_pension-simple = 예전에 직공 양로보험을 낸 적이 없나요, 있나요?
pension_claim-other_pension-no_record = 없어요
pension_claim-other_pension-employee_record = 있어요
pension_claim-say-employee_record = 직공 양로보험을 낸 적이 있으면, 창구에서 기록을 확인하고 두 양로보험을 이어 드려요. 직공 양로보험을 15년 이상 냈으면 직공 양로보험으로 받고, 15년이 안 되면 도시·농촌 주민 양로보험으로 옮겨 합쳐서 계산할 수 있어요.
pension_claim-say-when = 60살이 되기 조금 전(보통 1~2개월 전)에 신청하면 돼요. 많은 곳에서 미리 알려 줍니다. 심사가 통과되면 60살이 된 다음 달부터 매달 사회보장카드로 들어와요.

## medical_enroll
medical_enroll-ask-group = 누구의 의료보험을 내나요?
medical_enroll-ask-group-simple = 어른이나 노인, 학생이나 어린이, 갓 태어난 아기, 최저생활보장·특별빈곤 가구 중 누구의 의료보험인가요?
medical_enroll-group-adult = 성인, 노인
medical_enroll-group-student_child = 학생, 어린이
medical_enroll-group-newborn = 갓 태어난 아기
medical_enroll-group-assisted = 최저생활보장, 특별빈곤 등
medical_enroll-say-newborn = 아기가 태어난 뒤 90일 안에 가입하고 돈을 내면, 태어난 날부터 병원비를 청산받을 수 있어요. 많은 곳에서 “출생 원스톱 서비스(出生一件事)”로 호구 올리기와 함께 할 수 있어요.
medical_enroll-say-assisted = 최저생활보장, 특별빈곤 등 어려운 분은 정부가 개인 보험료의 전부나 일부를 대신 내 줘요. 대부분 민정부문이 명단을 바로 보내므로, 명단에 있는지 확인만 하면 돼요.
medical_enroll-ask-timing = 현지에서 정한 집중 납부 기간 안에 내나요?
medical_enroll-ask-timing-simple = 제때 내나요, 아니면 기간을 놓쳤거나 끊긴 적이 있나요?
medical_enroll-timing-in_period = 제때 내요
medical_enroll-timing-late = 기간을 놓쳤거나 끊긴 적이 있어요
medical_enroll-say-late = 집중 납부 기간을 놓쳤거나 예전에 끊긴 적이 있으면, 돈을 낸 뒤 보통 적어도 3개월을 기다려야 병원비를 청산받을 수 있어요. 끊긴 해가 많을수록 더 오래 기다려요.

## medical_reimburse
medical_reimburse-ask-care_type = 입원했나요, 외래 진료를 받았나요, 아니면 응급 치료였나요?
medical_reimburse-ask-care_type-simple = 입원했나요, 외래로 진료만 받았나요, 응급 치료였나요?
medical_reimburse-care_type-inpatient = 입원
medical_reimburse-care_type-outpatient = 외래
medical_reimburse-care_type-emergency = 응급 치료
medical_reimburse-ask-place = 보험에 가입한 현지에서 치료받았나요, 타지에서 받았나요?
medical_reimburse-ask-place-simple = 보험에 든 현지에서 치료받았나요, 타지에서 받았나요?
medical_reimburse-place-local = 현지에서
medical_reimburse-place-elsewhere = 타지에서
medical_reimburse-say-elsewhere = 타지에서 치료받고 아직 퇴원하지 않았다면, 퇴원 결산 전에 타지역 진료 등록을 하면 바로 결산되는 경우가 많아요. 등록하지 않아도 청산은 되지만, 받는 비율이 조금 낮을 수 있어요.
medical_reimburse-ask-cause = 병이 났나요, 다쳤나요(넘어짐, 부딪힘 등)?
medical_reimburse-ask-cause-simple = 병이 났나요, 다쳤나요?
medical_reimburse-cause-illness = 병
medical_reimburse-cause-injury = 부상
medical_reimburse-say-injury = 다친 경우에는 어떻게 다쳤는지 외상 경위서를 써야 해요. 공상(산재), 교통사고, 남에게 맞은 경우처럼 다른 사람이 내야 할 비용은 의료보험에서 청산하지 않아요.
medical_reimburse-say-deadline = 청산에는 기한이 있어요. 지역마다 다르지만 보통 치료 후 6개월에서 1년 안이에요. 되도록 빨리 하세요. 퇴원할 때 병원에서 영수증, 비용 명세서, 병력을 모두 받고, 도장이 찍혔는지 확인하세요.

## medical_transfer
medical_transfer-ask-type = 타지에서 치료받으려는 경우, 어떤 상황인가요?
medical_transfer-ask-type-simple = 타지에 오래 사나요, 병원에서 다른 병원으로 가라고 했나요, 잠깐 나갔거나 응급인가요?
medical_transfer-type-long_stay = 타지에 오래 살아요
medical_transfer-type-referral = 병원에서 전원하래요
medical_transfer-type-temporary = 잠깐 나가거나 응급
medical_transfer-say-long_stay = 등록할 때 “타지 장기 거주”를 고르고 개인 약속서에 서명하면 돼요. 등록한 뒤에는 보통 타지와 가입지 모두에서 병원비를 청산받을 수 있어요.
medical_transfer-say-referral = 먼저 가입지의 지정 병원에서 전원(转诊) 증명을 받아, 등록할 때 올리세요.
medical_transfer-say-temporary = 등록할 때 “임시 외출 진료”를 고르세요. 응급으로 입원해서 미리 못 했으면, 퇴원 결산 전에 등록해도 바로 결산돼요. 임시 외출 진료는 청산 비율이 현지보다 조금 낮을 수 있어요.
medical_transfer-say-file_first = 타지에 치료받으러 가기 전에 먼저 등록하세요. “국가의료보험봉사플랫폼(国家医保服务平台)” 앱이나 위챗 미니프로그램 “国家异地就医备案”을 열고 “타지역 등록(异地备案)”을 골라 작성해서 제출하면 돼요. 보통 바로, 또는 1 근무일 안에 효력이 생겨요. 가입지 의료보험 창구에 가서 해도 됩니다.

## elderly_allowance
elderly_allowance-ask-applicant = 이번에 누가 신청하러 가나요?
elderly_allowance-ask-applicant-simple = 어르신 본인이 가나요, 가족이나 대리원이 가나요?
elderly_allowance-applicant-self = 어르신 본인
elderly_allowance-applicant-family_member = 가족이나 대리원
elderly_allowance-say-family_member = 대신 가는 사람은 자기 신분증과 어르신의 증명서를 가져가세요. 어떤 곳은 어르신이 서명하거나 손도장을 찍은 위임장을 요구하고, 집에 찾아와 본인인지 확인하기도 해요.
elderly_allowance-ask-account = 수당을 어느 카드로 받나요?
elderly_allowance-ask-account-simple = 수당을 사회보장카드로 받나요, 은행카드나 통장으로 받나요?
elderly_allowance-account-ss_card = 사회보장카드
elderly_allowance-account-bank_account = 은행카드나 통장
elderly_allowance-say-bank_account = 꼭 어르신 본인 이름으로 된 카드나 통장이어야 해요. 자녀의 카드는 안 돼요. 많은 곳에서는 사회보장카드로만 주니, 먼저 마을에 물어보세요.
elderly_allowance-say-rules = 고령수당은 보통 집의 수입을 보지 않아요. 호구가 현지에 있고 80살이 되면 받을 수 있어요. 매달 얼마인지, 달마다 주는지 분기마다 주는지는 지역마다 달라요. 현지 규정을 따르세요. 많은 곳에서 80살이 되면 자동으로 명단에 올라가니, 먼저 마을에 물어보세요. 받기 시작한 뒤에는 해마다 한 번 인증해야 하고, 안 하면 지급이 멈춰요.

## dibao
dibao-ask-applicant = 누가 신청하나요?
dibao-ask-applicant-simple = 가족이 직접 신청하나요, 친척이나 촌민위원회가 대신하나요?
dibao-applicant-self = 가족이 직접
dibao-applicant-family_member = 친척이나 촌민위원회가 대신
dibao-say-family_member = 친척이나 촌(주민)위원회가 대신 신청할 수 있어요. 하지만 가정 경제 상황 조사 동의서에는 성인 가족 모두가 직접 서명해야 해요. 집으로 조사하러 올 때 집에 사람이 있어야 해요.
dibao-ask-special_need = 가족 중에 중병이 있거나 장애가 있는 사람이 있나요?
dibao-ask-special_need-simple = 가족 중에 중병이나 장애가 있는 사람이 없나요, 있나요?
dibao-special_need-none = 없어요
dibao-special_need-illness_or_disability = 중병이나 장애가 있어요
dibao-say-illness_or_disability = 장애인증이나 병원의 진단서, 병력, 의료비 영수증을 가져가세요. 최저생활보장 경계 가구의 중병 환자나 중증 장애인은 규정에 따라 혼자 신청할 수 있어요(单人保).
dibao-say-means_test = 최저생활보장은 온 가족의 수입과 재산을 봐요. 가족 한 사람당 한 달 평균 수입이 현지 최저생활보장 기준보다 낮고, 예금, 집, 차 등도 현지 규정 안에 있어야 해요. 기준은 지역마다 다르고, 도시와 농촌도 다를 수 있어요. 승인되면 기준과 수입의 차액을 받아요.

## disability_cert
disability_cert-ask-status = 이번에 무엇을 하려고 하세요?
disability_cert-ask-status-simple = 처음 만드나요, 교체나 다시 평정인가요, 잃어버렸거나 망가졌나요?
disability_cert-status-first = 처음 만들어요
disability_cert-status-reassess = 교체 또는 다시 평정
disability_cert-status-lost = 잃어버렸거나 망가졌어요
disability_cert-say-assessment = 장애 평정은 본인이 직접 지정 병원에 가서 의사의 검사를 받아야 해요. 거동이 불편해서 나갈 수 없으면 장애인연합회에 방문 평정을 신청할 수 있어요.
disability_cert-say-lost = 재발급은 보통 다시 평정하지 않아요. 장애인연합회가 기록을 확인하고 새 증을 발급해 줘요. 잃어버렸으면 분실 설명서를 한 장 써서 가져가세요.

## disability_subsidy
disability_subsidy-ask-subsidy = 어떤 보조금을 신청하세요?
disability_subsidy-ask-subsidy-simple = 생활보조금, 간호보조금, 둘 다 중에 무엇을 신청하세요?
disability_subsidy-subsidy-living = 생활보조금
disability_subsidy-subsidy-care = 간호보조금
disability_subsidy-subsidy-both = 둘 다
disability_subsidy-say-living = 생활보조금은 최저생활보장 가구의 장애인에게 줘요. 어떤 곳은 최저생활보장 경계 가구 등 저소득 가구까지 줘요.
disability_subsidy-say-care = 간호보조금은 장애 1급, 2급으로 오랫동안 돌봄이 필요한 사람에게 줘요. 어떤 곳은 3급, 4급 지적 장애와 정신 장애도 포함해요.
disability_subsidy-say-both = 두 조건에 다 맞으면 둘 다 받을 수 있어요. 생활보조금은 최저생활보장 가구의 장애인에게, 간호보조금은 오랫동안 돌봄이 필요한 1급, 2급 중증 장애인에게 줘요.
disability_subsidy-ask-applicant = 누가 신청하러 가나요?
disability_subsidy-ask-applicant-simple = 장애인 본인이 가나요, 가족이나 대리원이 가나요?
disability_subsidy-applicant-self = 장애인 본인
disability_subsidy-applicant-family_member = 가족이나 대리원
disability_subsidy-say-family_member = 대신 가는 사람은 자기 신분증과 위임장을 가져가세요. 후견인은 후견 관계 증명을 가져가세요. 장애인 본인은 보통 안 가도 되지만, 어떤 곳은 집에 찾아와 확인해요.
disability_subsidy-say-rules = 두 보조금 모두 제2세대 장애인증이 있고 호구가 현지에 있어야 해요. 매달 얼마인지는 지역마다 달라요. 현지 규정을 따르세요.

## ss_card
ss_card-ask-reason = 이번에 사회보장카드를 왜 만드세요?
ss_card-ask-reason-simple = 처음 만드나요, 카드를 잃어버렸나요, 망가졌거나 새것으로 바꾸나요, 정보가 바뀌었나요?
ss_card-reason-first = 처음 만들어요
ss_card-reason-lost = 카드를 잃어버렸어요
ss_card-reason-damaged = 망가졌거나 새것으로 바꿔요
ss_card-reason-info_change = 정보가 바뀌었어요
ss_card-say-lost = 카드를 잃어버렸으면 남이 쓰지 못하게 먼저 분실 신고를 하세요. 12333에 전화하거나, “掌上12333”, 전자 사회보장카드, 카드를 만든 은행의 휴대폰 앱에서 신고할 수 있어요. 은행 창구에 가도 돼요. 신고한 뒤 새 카드를 신청하세요.
ss_card-say-info_change = 이름이나 신분증 번호가 바뀌었으면 먼저 공안기관에서 변경 증명을 받은 뒤 카드를 바꾸러 오세요. 휴대폰 번호나 주소만 바뀌었으면 창구에 안 가도 돼요. 인터넷이나 휴대폰 앱에서 고칠 수 있어요.
ss_card-say-in_person = 신분증을 가지고 사회보험 창구나 협력 은행 지점에 가세요. 많은 곳에서 그 자리에서 카드를 받아요. 가족이 대신 신청할 수 있는 곳도 많지만, 비밀번호 설정과 은행 기능 개통은 본인이 와야 하는 은행도 있으니 먼저 물어보세요.

## marriage
marriage-ask-nationality = 두 분 모두 중국 대륙 주민인가요?
marriage-ask-nationality-simple = 두 분 다 대륙 주민인가요, 한 분이 외국인이나 홍콩·마카오·대만 주민인가요?
marriage-nationality-both_mainland = 둘 다 대륙 주민이에요
marriage-nationality-one_foreign_or_hk_mo_tw = 한 명이 외국인이나 홍콩·마카오·대만 주민이에요
marriage-say-foreign = 한 명이 외국인, 홍콩·마카오·대만 주민 또는 화교이면, 성 민정부문이 지정한 섭외 혼인등기소에 가야 해요(보통 시나 성에 있어요). 공증, 인증 서류는 미리 준비하고, 무엇이 필요한지는 등기소에 물어보세요.
marriage-ask-previous_marriage = 두 분 중에 예전에 결혼한 적이 있는 분이 있나요?
marriage-ask-previous_marriage-simple = 두 분 다 결혼한 적이 없나요, 이혼한 분이 있나요, 배우자가 사망한 분이 있나요?
marriage-previous_marriage-never = 둘 다 없어요
marriage-previous_marriage-divorced = 이혼한 적이 있어요
marriage-previous_marriage-widowed = 배우자가 사망했어요
marriage-say-divorced = 이혼한 적이 있으면 이혼증이나, 효력이 생긴 이혼 판결서 또는 조정서를 가져가세요. 시스템에서 확인되면 보통 필요 없지만, 혹시 모르니 가져가는 게 좋아요.
marriage-say-widowed = 배우자가 사망했으면, 시스템에 아직 기혼으로 나올 수 있으니 전 배우자의 사망증명이나 호구 말소 증명을 가져가세요.
marriage-say-in_person = 결혼등기는 대리가 안 돼요. 남자는 만 22살, 여자는 만 20살이 넘어야 하고, 두 사람이 함께 직접 가서 서명하고 손도장을 찍어야 해요. 호구부는 필요 없어요. 등기는 무료이고, 서류가 다 갖춰지면 그 자리에서 결혼증을 받아요.

## housing_fund
housing_fund-ask-purpose = 공적금을 어디에 쓰려고 꺼내세요?
housing_fund-ask-purpose-simple = 집을 사거나 짓기, 집세 내기, 퇴직, 이 지역을 떠나기, 주택대출 갚기 중 무엇에 쓰세요?
housing_fund-purpose-buy_home = 집을 사거나 짓기
housing_fund-purpose-rent = 집세 내기
housing_fund-purpose-retire = 퇴직
housing_fund-purpose-leave_city = 이 지역을 떠나기
housing_fund-purpose-repay_loan = 주택대출 갚기
housing_fund-say-rent = 현지에 집이 없고 정해진 금액만큼 꺼내는 경우, 대부분 도시에서는 인터넷으로 약속서만 쓰면 되고 임대 계약서는 필요 없어요. 매달이나 해마다 자동으로 카드에 들어오게 할 수도 있어요.
housing_fund-say-leave_city = 다른 곳에 가서 일하면서 공적금을 계속 낼 거라면 보통 꺼내지 않아도 돼요. 먼저 새 도시에서 계좌를 열고, “全国住房公积金” 미니프로그램에서 이전을 신청해 돈을 옮기세요.
housing_fund-say-repay_loan = 공적금 대출을 갚는 경우, 매달이나 해마다 자동으로 꺼내 갚도록 계약할 수 있어요. 매번 신청하지 않아도 돼요.
housing_fund-say-online = 먼저 휴대폰으로 잔액과 꺼낼 수 있는 금액을 보세요. “全国住房公积金” 미니프로그램이나 현지 공적금 중심의 앱에서 볼 수 있어요. 본인이 하는 것이 좋고, 인터넷으로 하는 것이 가장 편해요. 돈은 본인 이름의 은행카드로만 들어가요.

## farm_subsidy
farm_subsidy-ask-case = 어떤 상황이세요?
farm_subsidy-ask-case-simple = 처음 등록하나요, 정보를 바꾸나요, 보조금이 들어왔는지 확인하나요?
farm_subsidy-case-first_time = 처음 등록해요
farm_subsidy-case-info_change = 정보를 바꿔요
farm_subsidy-case-check_payment = 보조금이 들어왔는지 확인해요
farm_subsidy-say-info_change = 면적, 호주, 은행카드가 바뀌었으면 변경 증명을 가지고 촌민위원회나 향·진 편민봉사중심에 가서 등록하세요. 카드를 바꿨으면 꼭 바로 마을에 알리세요. 안 그러면 돈이 들어오지 않아요.
farm_subsidy-say-check_payment = 들어왔는지 보려면 은행 거래 내역이나 모바일 뱅킹을 보거나, 마을이나 향·진에 물어보세요. 많은 성에서는 보조금 “一卡通(일카통)” 공개 플랫폼에서도 볼 수 있어요.
farm_subsidy-say-rules = 이 보조금은 보통 직접 신청하지 않아요. 마을에서 해마다 집집의 면적을 조사해 명단을 공시해요. 공시 기간에 이름, 면적, 카드 번호를 잘 확인하고, 틀린 것이 있으면 바로 촌민위원회에 고쳐 달라고 하세요. 1무(亩)당 얼마인지는 성마다 달라요.

## temp_assistance
temp_assistance-ask-type = 어떤 어려움을 겪고 있나요?
temp_assistance-ask-type-simple = 갑자기 사고가 났나요, 병원비나 학비 부담이 큰가요?
temp_assistance-type-emergency = 갑자기 사고가 났어요
temp_assistance-type-expense = 병원비나 학비 부담이 커요
temp_assistance-say-emergency = 급한 경우 향·진이나 현 민정국이 먼저 도와줄 수 있어요(돈, 음식, 옷과 이불). 서류는 나중에 해도 돼요. 사고 증명을 바로 못 떼면 먼저 신청하고 나중에 내도 돼요.
temp_assistance-say-expense = 가정 경제 상황을 조사해요. 함께 사는 성인 가족은 조사 동의서에 서명해야 해요. 진단서, 비용 명세서와 영수증, 또는 학비 증빙을 가져가세요. 의료보험에서 이미 청산받았으면 청산 결산서도 가져가세요.
temp_assistance-ask-hukou = 호구가 현지에 있나요? (현지 거주증이 있어도 돼요)
temp_assistance-ask-hukou-simple = 호구가 현지에 있나요, 타지에 있나요?
temp_assistance-hukou-local = 호구가 현지에 있어요
temp_assistance-hukou-non_local = 호구가 타지에 있어요
temp_assistance-say-non_local = 호구가 현지에 없으면, 어려움을 겪은 곳의 향·진(가도)이나 현 민정국에 도움을 청할 수 있어요. 밖에서 갈 곳이 없으면 구조관리소를 찾거나 110에 전화하세요.
temp_assistance-say-means_test = 향·진에서 접수한 뒤 가정 경제 상황을 확인하고 집에 찾아와 사정을 알아봐요. 구조 금액은 보통 현지 최저생활보장 기준의 몇 배로 정하고, 현에서 정하므로 지역마다 달라요. 현지 규정을 따르세요. 이미 최저생활보장이나 특별빈곤 부양을 받는 분도 신청할 수 있어요.

## funeral_subsidy
funeral_subsidy-ask-scheme = 돌아가신 분은 어떤 양로보험에 가입했나요?
funeral_subsidy-ask-scheme-simple = 돌아가신 분은 도시·농촌 주민 양로보험이었나요, 직공 양로보험이었나요?
funeral_subsidy-scheme-resident = 도시·농촌 주민 양로보험
funeral_subsidy-scheme-employee = 직공 양로보험
funeral_subsidy-say-resident = 도시·농촌 주민 양로보험: 개인 계좌에 남은 돈은 상속할 수 있어요. 장례보조금이 있는지, 얼마인지는 성의 규정에 따라 다르고, 없는 곳도 있어요.
funeral_subsidy-say-employee = 직공 양로보험: 가족이 장례보조금과 무휼금을 받을 수 있고, 개인 계좌에 남은 돈도 상속할 수 있어요. 일하다 사망했으면 공상(산재)보험으로 처리해요. 아직 직장에 다니던 분이면 원래 직장에서 대신 신청할 수 있어요.
funeral_subsidy-say-report = 되도록 빨리 마을(사회구역)이나 사회보험 사무기관에 알려 양로금 지급을 멈추세요. 돌아가신 뒤에 더 나온 양로금은 돌려줘야 해요. 파출소에 가서 호구도 말소하세요. 돈을 받는 사람은 보통 법정 상속인, 예를 들어 배우자, 자녀, 부모예요.
funeral_subsidy-ask-heirs = 상속인(배우자, 자녀, 부모)은 몇 명인가요? 누가 받을지 의논했나요?
funeral_subsidy-ask-heirs-simple = 상속인이 한 명이거나 이미 정했나요, 여러 명이고 아직 못 정했나요?
funeral_subsidy-heirs-single = 한 명이거나 이미 정했어요
funeral_subsidy-heirs-several = 여러 명이고 아직 못 정했어요
funeral_subsidy-say-several = 상속인이 여러 명이면 먼저 누가 받을지 의논하고, 모두가 서명한 동의서나 공증서, 법원 판결서를 가져가세요. 금액이 적으면 많은 곳에서 모두 서명한 약속서로도 되고, 공증은 필요 없어요.
