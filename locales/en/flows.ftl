## Questions and answers of the service flows in dialogues/ (one block per flow).

## id_card
id_card-ask-reason = Why do you need the ID card?
id_card-ask-reason-simple = Is this your first ID card, or has it expired, got damaged, got lost, or has your name or another detail changed?
id_card-reason-first = First card
id_card-reason-expired = It has expired
id_card-reason-damaged = It is damaged
id_card-reason-lost = It is lost
id_card-reason-info_change = My details changed
id_card-ask-age = How old is the applicant?
id_card-ask-age-simple = Is the person under 16, or 16 or older?
id_card-age-under_16 = Under 16
id_card-age-age_16_plus = 16 or older
id_card-say-lost = Don't worry: when you apply for a replacement, the lost card is cancelled. If you need ID urgently for travel or a hotel, you can apply for a temporary ID card at the same time.
id_card-say-in-person = The applicant must come in person for the photo and fingerprints. For people who are bedridden or cannot travel, the police station can come to their home.

## pension_certify
pension_certify-ask-residence = Does the pensioner live in China or abroad?
pension_certify-ask-residence-simple = Does the pensioner live in China, or abroad?
pension_certify-residence-in_china = In China
pension_certify-residence-abroad = Abroad
pension_certify-say-abroad = Pensioners living abroad can certify by face recognition in an app such as "掌上12333", or get a certificate of being alive from a Chinese embassy or consulate.
pension_certify-ask-mobility = Can the pensioner go out?
pension_certify-ask-mobility-simple = Can the older person go out, or are they in bed or unable to get about?
pension_certify-mobility-can_go_out = Yes, they can go out
pension_certify-mobility-housebound = Bedridden or housebound
pension_certify-say-housebound = Housebound pensioners do not need to travel: a family member or the village proxy agent can ask the social insurance office for a home visit.
pension_certify-ask-method = How would you like to certify?
pension_certify-ask-method-simple = Do you want to scan your face on a phone, or go to a service window?
pension_certify-method-phone_app = Face scan on a phone
pension_certify-method-in_person = At a service window

## hukou_birth
hukou_birth-ask-birth_place = Where was the child born?
hukou_birth-ask-birth_place-simple = Was the child born in a hospital in China, is there no birth certificate, or was the child born abroad?
hukou_birth-birth_place-hospital_china = Hospital in China
hukou_birth-birth_place-no_birth_cert = No birth certificate
hukou_birth-birth_place-abroad = Abroad
hukou_birth-say-no_birth_cert = Without a Medical Birth Certificate, first get one from the institution named by the local health department; a DNA test may be needed. Then register the child at the police station.
hukou_birth-say-abroad = For a child born abroad, the police check the child's nationality and entry record, so it takes longer. A child who had a foreign nationality at birth, with a parent settled abroad, cannot get a hukou in China.
hukou_birth-ask-marital = Are the child's parents married?
hukou_birth-ask-marital-simple = Are the child's parents married, or not married?
hukou_birth-marital-married = Married
hukou_birth-marital-unmarried = Not married
hukou_birth-say-unmarried = A child born outside marriage can be registered just the same; you sign a statement at the counter. If the child joins the father's hukou, some places also ask for a DNA paternity report.
hukou_birth-say-when = Try to register within one month of the birth; later is still accepted. The baby does not need to come: one parent is enough, and grandparents or other relatives can also go for you.

## hukou_transfer
hukou_transfer-ask-reason = Why are you moving your hukou?
hukou_transfer-ask-reason-simple = Are you moving because you bought a home there, you work there, you are joining family, or for school?
hukou_transfer-reason-buy_house = Bought a home there
hukou_transfer-reason-employment = Work there
hukou_transfer-reason-join_family = Joining family
hukou_transfer-reason-study = Study or graduation
hukou_transfer-say-join_family = If you are joining family, ask the head of that household to come to the counter with you and sign their consent.
hukou_transfer-ask-scope = Are you moving within your province or to another province?
hukou_transfer-ask-scope-simple = Are you moving within your province, or to another province?
hukou_transfer-scope-within_province = Same province
hukou_transfer-scope-cross_province = Another province
hukou_transfer-say-cross_province = Even between provinces, you usually only apply at the police station where you are moving to; you do not have to go back. If the counter says one-stop transfer is not possible, take the Approval to Move In back to your old police station, get a Hukou Transfer Certificate there, and come back to register.
hukou_transfer-say-in_person = Apply at the police station where you are moving to. Adults usually have to sign at the counter in person. Settlement rules differ by city, so call that police station before you go.

## residence_permit
residence_permit-ask-stage = What do you need?
residence_permit-ask-stage-simple = Is this your first permit, the yearly renewal stamp, or a new card because yours was lost or worn out?
residence_permit-stage-first = First permit
residence_permit-stage-annual_endorse = Yearly endorsement
residence_permit-stage-replace = Replacement
residence_permit-say-first = For a first permit, you must have lived there for six months and registered your residence first. You usually have to come in person for the photo.
residence_permit-ask-basis = On what basis are you applying?
residence_permit-ask-basis-simple = Are you applying because you have steady work, a steady home, or because you study there?
residence_permit-basis-job = Stable work
residence_permit-basis-housing = Stable home
residence_permit-basis-study = Studying there
residence_permit-say-annual_endorse = The permit must be endorsed every year, within one month before the year is up. If you miss it, the permit stops working; a late endorsement restores it, but your years of residence count again from that day. Many cities let you endorse on a phone.

## pension_enroll
pension_enroll-ask-ss_card = Do you have a social security card?
pension_enroll-ask-ss_card-simple = Do you have a social security card, or not?
pension_enroll-ss_card-has_card = Yes, I have one
pension_enroll-ss_card-no_card = No card
pension_enroll-say-no_card = You can enroll without a social security card and apply for one at the same time. Later you pay in and receive your pension with this card.
pension_enroll-ask-group = Are you on dibao, in extreme-poverty support, severely disabled, or in another hardship group?
pension_enroll-ask-group-simple = Are you on dibao (basic living support), in extreme poverty, or severely disabled? Please say no or yes.
pension_enroll-group-general = No
pension_enroll-group-hardship = Yes
pension_enroll-say-hardship = For people in hardship, the government pays part or all of the lowest payment level. Bring your dibao, extreme-poverty support or disability certificate.

## pension_claim
pension_claim-ask-years = Have you paid into the pension for 15 years in total?
pension_claim-ask-years-simple = Have you paid into the pension for 15 years: yes, fewer than 15, or not sure?
pension_claim-years-enough = Yes, 15 years
pension_claim-years-short = Fewer than 15
pension_claim-years-not_sure = Not sure
pension_claim-say-short = If you are short of 15 years, you can first pay the missing years in one go, then claim. Back payments usually get no government subsidy.
pension_claim-say-not_sure = To find out how many years you have paid, look it up in the "掌上12333" app, or ask at the social security counter.
pension_claim-ask-other_pension = Have you ever paid into the employee pension scheme, through an employer or as self-employed?
pension_claim-ask-other_pension-simple = Did you ever pay into the employee pension at a workplace or as self-employed: no, or yes?
pension_claim-other_pension-no_record = No
pension_claim-other_pension-employee_record = Yes
pension_claim-say-employee_record = If you paid into the employee scheme, staff check the record and link the two schemes: with 15 years of employee payments you draw the employee pension; with fewer, the years can be moved into the residents' scheme and counted together.
pension_claim-say-when = Apply shortly before you turn 60 (usually 1 to 2 months ahead); many places will remind you. Once approved, the pension is paid to your social security card every month from the month after you turn 60.

## medical_enroll
medical_enroll-ask-group = Who is being insured?
medical_enroll-ask-group-simple = Who is the insurance for: an adult or older person, a student or child, a newborn baby, or someone on dibao or in hardship?
medical_enroll-group-adult = Adult or older person
medical_enroll-group-student_child = Student or child
medical_enroll-group-newborn = Newborn baby
medical_enroll-group-assisted = Dibao or hardship
medical_enroll-say-newborn = Enroll and pay within 90 days of birth, and the baby is covered from the day of birth. Many places let you do this together with birth registration in the newborn one-stop service.
medical_enroll-say-assisted = For people on dibao, extreme-poverty support and other hardship groups, the government pays all or part of the contribution. In most places civil affairs sends the list directly; you only need to check you are on it.
medical_enroll-ask-timing = Are you paying within the local main payment period?
medical_enroll-ask-timing-simple = Are you paying on time, or did you miss the time or stop paying for a while?
medical_enroll-timing-in_period = Yes, on time
medical_enroll-timing-late = Missed it or had a gap
medical_enroll-say-late = If you missed the payment period or had gaps, there is usually a wait of at least 3 months after paying before costs are covered, and longer for more years missed.

## medical_reimburse
medical_reimburse-ask-care_type = Was it a hospital stay, an outpatient visit, or emergency care?
medical_reimburse-ask-care_type-simple = Did you stay in hospital, see a doctor without staying, or get emergency care?
medical_reimburse-care_type-inpatient = Hospital stay
medical_reimburse-care_type-outpatient = Outpatient
medical_reimburse-care_type-emergency = Emergency
medical_reimburse-ask-place = Were you treated where you are insured, or somewhere else?
medical_reimburse-ask-place-simple = Were you treated where you are insured, or somewhere else?
medical_reimburse-place-local = Where I'm insured
medical_reimburse-place-elsewhere = Somewhere else
medical_reimburse-say-elsewhere = If you are still in hospital elsewhere, register for out-of-area treatment before the bill is settled; then it can often be settled directly. You can still claim without registering, but the share paid back may be lower.
medical_reimburse-ask-cause = Was it an illness or an injury (a fall, cut, bruise)?
medical_reimburse-ask-cause-simple = Was it an illness, or an injury?
medical_reimburse-cause-illness = Illness
medical_reimburse-cause-injury = Injury
medical_reimburse-say-injury = For an injury, write a short statement of how it happened. Costs that someone else should pay, such as work injuries, traffic accidents or injuries caused by another person, are not covered.
medical_reimburse-say-deadline = There is a deadline, which differs by place — often 6 months to 1 year after treatment — so apply early. When you leave hospital, get all receipts, the itemized list and records, and check they are stamped.

## medical_transfer
medical_transfer-ask-type = Which situation fits?
medical_transfer-ask-type-simple = Do you live somewhere else for a long time, did a hospital send you to another hospital, or is it a short trip or an emergency?
medical_transfer-type-long_stay = Living elsewhere
medical_transfer-type-referral = Hospital referral
medical_transfer-type-temporary = Trip or emergency
medical_transfer-say-long_stay = When registering, choose "living elsewhere long term" and sign the commitment statement. After that you can usually claim both there and back home.
medical_transfer-say-referral = First get a referral letter from a designated hospital where you are insured, and upload it when registering.
medical_transfer-say-temporary = When registering, choose "temporary treatment elsewhere". After an emergency admission, registering before the bill is settled still allows direct settlement. The share covered on a temporary trip may be a little lower than at home.
medical_transfer-say-file_first = Register before you go for treatment: open the National Healthcare Security Service app (国家医保服务平台) or the WeChat mini program "国家异地就医备案", choose the out-of-area registration, fill it in and submit. It usually works at once or within 1 working day. You can also go to the medical insurance counter where you are insured.

## elderly_allowance
elderly_allowance-ask-applicant = Who is applying?
elderly_allowance-ask-applicant-simple = Is the older person applying, or a family member or village helper?
elderly_allowance-applicant-self = The elder
elderly_allowance-applicant-family_member = Family or agent
elderly_allowance-say-family_member = The helper brings their own ID card and the elder's documents. Some places want an authorization letter signed or thumbprinted by the elder, and some visit the elder at home to confirm who they are.
elderly_allowance-ask-account = Which card should the money go to?
elderly_allowance-ask-account-simple = Should the money go to the social security card, or to a bank card or passbook?
elderly_allowance-account-ss_card = Social security card
elderly_allowance-account-bank_account = Bank card or passbook
elderly_allowance-say-bank_account = It must be the elder's own card or passbook, not a child's. Many places pay only to the social security card, so ask the village first.
elderly_allowance-say-rules = The allowance is usually not means-tested: a local hukou and age 80 or over are enough. The amount, and whether it is paid monthly or quarterly, differ by place; check locally. Many places add people automatically when they turn 80, so ask the village first. Once it is paid, the elder must be confirmed once a year, or payment stops.

## dibao
dibao-ask-applicant = Who is filing the application?
dibao-ask-applicant-simple = Is someone in the household applying, or a relative or the village committee?
dibao-applicant-self = A household member
dibao-applicant-family_member = Relative or village
dibao-say-family_member = A relative or the village committee may apply for the household. But every adult household member must sign the financial-check authorization themselves, and someone must be at home for the visit.
dibao-ask-special_need = Does anyone in the household have a serious illness or a disability?
dibao-ask-special_need-simple = Is anyone at home seriously ill or disabled: no, or yes?
dibao-special_need-none = No
dibao-special_need-illness_or_disability = Yes
dibao-say-illness_or_disability = Bring the disability certificate, or the hospital diagnosis, medical records and bills. A seriously ill or severely disabled person in a near-poor household may apply alone under local rules.
dibao-say-means_test = Dibao is means-tested on the whole household: income per person each month must be below the local dibao line, and savings, property and vehicles must be within local limits. The line differs by place, and urban and rural lines may differ; if approved, you get the difference between the line and your income.

## disability_cert
disability_cert-ask-status = What do you need?
disability_cert-ask-status-simple = Is this your first certificate, a renewal or new assessment, or was it lost or damaged?
disability_cert-status-first = First certificate
disability_cert-status-reassess = Renew or reassess
disability_cert-status-lost = Lost or damaged
disability_cert-say-assessment = For the assessment, the person must see a doctor at a designated hospital in person. If they cannot travel, ask the Disabled Persons' Federation for a home assessment.
disability_cert-say-lost = A replacement usually needs no new assessment: the Disabled Persons' Federation checks your record and issues a new card. If the card is lost, bring a short written statement of the loss.

## disability_subsidy
disability_subsidy-ask-subsidy = Which allowance are you applying for?
disability_subsidy-ask-subsidy-simple = Do you want the living allowance, the care allowance, or both?
disability_subsidy-subsidy-living = Living allowance
disability_subsidy-subsidy-care = Care allowance
disability_subsidy-subsidy-both = Both
disability_subsidy-say-living = The living allowance is for disabled people in dibao households; some places also cover near-poor, low-income households.
disability_subsidy-say-care = The care allowance is for grade 1 or 2 disability needing long-term care; some places also cover grade 3 or 4 intellectual or mental disability.
disability_subsidy-say-both = If you meet both conditions, you can get both: the living allowance for disabled people in dibao households, and the care allowance for grade 1 or 2 disability needing long-term care.
disability_subsidy-ask-applicant = Who is applying?
disability_subsidy-ask-applicant-simple = Is the disabled person applying, or a family member or helper?
disability_subsidy-applicant-self = The disabled person
disability_subsidy-applicant-family_member = Family or agent
disability_subsidy-say-family_member = The helper brings their own ID card and an authorization letter; a guardian brings proof of guardianship instead. The disabled person usually does not need to come, but some places make a home visit.
disability_subsidy-say-rules = Both allowances need the second-generation disability certificate and a local hukou. The monthly amount differs by place; check locally.

## ss_card
ss_card-ask-reason = Why do you need the card?
ss_card-ask-reason-simple = Is this your first card, was it lost, is it damaged or old, or have your details changed?
ss_card-reason-first = First card
ss_card-reason-lost = Card lost
ss_card-reason-damaged = Damaged or old
ss_card-reason-info_change = Details changed
ss_card-say-lost = Report the lost card first so no one can misuse it: call 12333, or use the "掌上12333" app, the electronic social security card or the issuing bank's app, or go to a bank counter. Then apply for a new card.
ss_card-say-info_change = For a new name or ID number, first get a change certificate from the police, then come for the new card. A new phone number or address needs no visit: change it online or in the app.
ss_card-say-in_person = Bring your ID card to a social security counter or partner bank branch; many issue the card on the spot. In many places a relative can apply for you, but some banks want the cardholder in person to set the PIN and activate the bank function, so ask first.

## marriage
marriage-ask-nationality = Are you both mainland Chinese residents?
marriage-ask-nationality-simple = Are you both from mainland China, or is one of you from abroad, Hong Kong, Macao or Taiwan?
marriage-nationality-both_mainland = Both mainland
marriage-nationality-one_foreign_or_hk_mo_tw = One from abroad/HK/Macao/Taiwan
marriage-say-foreign = If one of you is a foreigner, a Hong Kong, Macao or Taiwan resident, or an overseas Chinese, go to the registry named by the provincial civil affairs department for such marriages (usually at city or provincial level). Prepare the notarised or legalised papers in advance, and ask the registry exactly what it needs.
marriage-ask-previous_marriage = Has either of you been married before?
marriage-ask-previous_marriage-simple = Has neither of you been married before, has one of you divorced, or has one of you lost a husband or wife?
marriage-previous_marriage-never = Neither
marriage-previous_marriage-divorced = Divorced
marriage-previous_marriage-widowed = Widowed
marriage-say-divorced = If divorced, bring the divorce certificate, or the effective court judgment or mediation document. It is often not needed if the divorce is in the system, but bring it just in case.
marriage-say-widowed = If widowed, bring the former spouse's death certificate or proof that their hukou was cancelled, in case the records still show you as married.
marriage-say-in_person = Nobody can register for you: the man must be at least 22 and the woman at least 20, and you must both come in person, together, to sign and give fingerprints. No hukou booklet is needed, it is free, and with complete papers you get the certificate the same day.

## housing_fund
housing_fund-ask-purpose = What is the withdrawal for?
housing_fund-ask-purpose-simple = Is the money for buying or building a home, paying rent, retiring, leaving the area, or paying off a home loan?
housing_fund-purpose-buy_home = Buying or building a home
housing_fund-purpose-rent = Paying rent
housing_fund-purpose-retire = Retirement
housing_fund-purpose-leave_city = Leaving the area
housing_fund-purpose-repay_loan = Repaying a home loan
housing_fund-say-rent = If you own no home locally and take the standard amount, most cities only need an online statement, not the lease. You can also set it to pay out monthly or yearly to your card.
housing_fund-say-leave_city = If you will keep paying in at a new job elsewhere, you normally do not withdraw: open an account in the new city first, then ask for a transfer in the national housing provident fund mini-program.
housing_fund-say-repay_loan = For a provident fund loan, you can sign up for automatic monthly or yearly withdrawals to repay it, instead of applying each time.
housing_fund-say-online = First check your balance and how much you can take out, in the national housing provident fund mini-program or your local fund centre's app. It is best to apply yourself, ideally online; the money only goes to a bank card in your own name.

## farm_subsidy
farm_subsidy-ask-case = What is your situation?
farm_subsidy-ask-case-simple = Is this your first registration, a change of details, or checking if the money has arrived?
farm_subsidy-case-first_time = First registration
farm_subsidy-case-info_change = Change details
farm_subsidy-case-check_payment = Check payment
farm_subsidy-say-info_change = If the area, head of household or bank card has changed, take proof of the change to the village committee or township service centre. Tell the village as soon as your card changes, or the money cannot be paid.
farm_subsidy-say-check_payment = To check the payment, look at your bank statement or mobile banking, or ask at the village or township. Many provinces also publish payments on their subsidy one-card platform.
farm_subsidy-say-rules = You usually do not apply yourself: each year the village records every household's area and posts a list. While it is posted, check the name, area and account number carefully and tell the village committee at once if anything is wrong. The rate per mu differs by province.

## temp_assistance
temp_assistance-ask-type = What kind of hardship is it?
temp_assistance-ask-type-simple = Was it a sudden accident, or big costs for illness or school?
temp_assistance-type-emergency = Sudden emergency
temp_assistance-type-expense = High medical or school costs
temp_assistance-say-emergency = In an emergency, the township or county civil affairs bureau can help first (cash, food, bedding) and do the paperwork later. If you cannot get the accident report in time, apply first and hand it in later.
temp_assistance-say-expense = Your household finances will be checked: the adults living together sign the check authorization. Bring the diagnosis, itemised bills and invoices, or school fee receipts; if medical insurance has already paid part, bring the settlement statement.
temp_assistance-ask-hukou = Is your hukou here? (A local residence permit also counts.)
temp_assistance-ask-hukou-simple = Is your hukou (household registration) here, or somewhere else?
temp_assistance-hukou-local = Yes, local
temp_assistance-hukou-non_local = No, from elsewhere
temp_assistance-say-non_local = If your hukou is elsewhere, ask the township or street office, or the county civil affairs bureau, where the trouble happened. If you are stranded with nowhere to go, go to the relief station or call 110.
temp_assistance-say-means_test = After accepting, the township checks your household finances and visits your home. The amount is usually a multiple of the local dibao line, set by the county, so it differs by place; check locally. People already on dibao or extreme-poverty support can also apply.

## funeral_subsidy
funeral_subsidy-ask-scheme = Which pension scheme was the deceased in?
funeral_subsidy-ask-scheme-simple = Was the person in the residents' pension, or the employees' pension (paid through work)?
funeral_subsidy-scheme-resident = Residents' pension
funeral_subsidy-scheme-employee = Employees' pension
funeral_subsidy-say-resident = Residents' scheme: the money left in the personal account is inherited. Whether there is a funeral grant, and how much, depends on the province; some have none.
funeral_subsidy-say-employee = Employees' scheme: the family can claim a funeral grant and a survivor benefit, and the money left in the personal account is inherited. A work-related death goes through work-injury insurance. For someone still working, the employer can apply.
funeral_subsidy-say-report = As soon as possible, tell the village or community office or the social security office so the pension stops; pension paid after the death must be returned. Also cancel the hukou at the police station. The claimant is normally a legal heir, such as the spouse, a child or a parent.
funeral_subsidy-ask-heirs = How many heirs (spouse, children, parents) are there, and have you agreed who will claim?
funeral_subsidy-ask-heirs-simple = Is there one heir or have you agreed who will claim, or are there several who have not agreed?
funeral_subsidy-heirs-single = One, or agreed
funeral_subsidy-heirs-several = Several, not agreed
funeral_subsidy-say-several = If there are several heirs, first agree who will claim, then bring a consent letter signed by all of them, or a notarial certificate or court judgment. For small amounts, many places accept a signed undertaking without a notary.
