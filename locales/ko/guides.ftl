## Machine-drafted Korean; not yet reviewed by a native speaker.
## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = [예시 자료] 이 안내는 전국의 일반적인 방법에 따라 정리한 것입니다. 지역마다 요구가 다를 수 있습니다. 가기 전에 현지 창구나 12345 핫라인에 꼭 확인하세요.
guide-updated = 업데이트 날짜: { $date }
guide-source = 출처: { $source }
guide-audience = 대상
guide-eligibility = 신청 조건
guide-situations = 본인의 상황
guide-materials = 가져갈 서류
guide-steps = 처리 절차
guide-where = 어디에서 하나요
guide-online = 온라인 신청
guide-online-none = 아직 전국 공통 온라인 창구가 없습니다. 창구에 가서 신청하세요.
guide-time-limit = 처리 기한
guide-fees = 비용
guide-free = 무료
guide-fee-item = { $label }: { $amount }위안
guide-proxy = 대리 신청이 되나요
guide-proxy-yes = 다른 사람이 대신 신청할 수 있습니다.
guide-proxy-no = 본인이 직접 가야 합니다. 대리 신청은 안 됩니다.
guide-proxy-partly = 일부 단계는 다른 사람이 대신할 수 있습니다.
guide-proxy-bring = 대리인이 가져갈 것:
guide-proxy-can-do = 대리인이 할 수 있는 일:
guide-legal = 정책 근거
guide-only-when = (다음 경우에만: { $condition })
guide-copies = { $copies }부
guide-not-found = 번호가 "{ $id }"인 서비스를 찾지 못했습니다. banshi guides show 뒤에 다음 번호 중 하나를 넣으세요: { $ids }
guide-store-empty = 업무 안내가 아직 로드되지 않았습니다. 먼저 banshi guides load 를 실행하세요.

form-original = 원본
form-copy = 복사본
form-original_and_copy = 원본과 복사본
form-electronic = 전자본
form-on_site = 현장에서 처리

office-type-county_service_center = 현 정무봉사중심
office-type-police_household_window = 공안 호적 창구(파출소)
office-type-social_security_office = 사회보험 사무기관
office-type-medical_insurance_office = 의료보험 사무기관
office-type-civil_affairs_office = 민정부문
office-type-marriage_registry = 혼인등기소
office-type-disabled_persons_federation = 장애인연합회
office-type-housing_fund_center = 주택공적금 관리중심
office-type-agriculture_office = 농업농촌부문
office-type-township_service_center = 향·진(가도) 편민봉사중심
office-type-village_service_station = 촌(사회구역) 편민봉사소
office-type-hospital = 지정 의료기관

## Offices
weekday-mon = 월
weekday-tue = 화
weekday-wed = 수
weekday-thu = 목
weekday-fri = 금
weekday-sat = 토
weekday-sun = 일
