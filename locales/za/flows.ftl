## Machine-drafted Zhuang; not yet reviewed by a native speaker.
## Questions and answers of the service flows in dialogues/ (one block per flow).

## id_card
id_card-ask-reason = Baez neix vihmaz guh sinfwnhcwngq?
id_card-ask-reason-simple = Mwngz dwg baez daih'it guh, gvaq geiz lo, vaih lo, saet lo, roxnaeuz coh caeuq swhliu gaij lo?
id_card-reason-first = Baez daih'it guh
id_card-reason-expired = Gaenq gvaq geiz
id_card-reason-damaged = Vaih lo
id_card-reason-lost = Saet lo
id_card-reason-info_change = Coh roxnaeuz swhliu gaij lo
id_card-ask-age = Boux guh cwngq miz geij bi lo?
id_card-ask-age-simple = Boux guh cwngq caengz rim 16 bi, roxnaeuz 16 bi doxhwnj?
id_card-age-under_16 = Caengz rim 16 bi
id_card-age-age_16_plus = 16 bi roxnaeuz lai gvaq
id_card-say-lost = Gaej you: mwngz bouj guh seiz, aen sinfwnhcwngq saet de couh mbouj ndaej yungh lo. Danghnaeuz gaenj aeu sinfwnhcwngq bae loh roxnaeuz youq ranzdiemq, ndaej caemh seiz guh aen sinfwnhcwngq linzseiz.
id_card-say-in-person = Boux guh cwngq itdingh aeu swhgeij daeuj ciuqsiengq caeuq naenx rizlwgfwngz. Boux ninz gwnz mbonq roxnaeuz mbouj ndaej okdou, baiqcuzsoj ndaej daengz ranz bae guh.

## pension_certify
pension_certify-ask-residence = Bouxlaux lingx yanjlaujgim youq ndaw guek roxnaeuz guekrog?
pension_certify-ask-residence-simple = Bouxlaux lingx yanjlaujgim youq ndaw guek, roxnaeuz youq guekrog?
pension_certify-residence-in_china = Ndaw guek
pension_certify-residence-abroad = Guekrog
pension_certify-say-abroad = Bouxlaux youq guekrog ndaej youq App lumj "掌上12333" sauj naj guh yinzcwngq, roxnaeuz bae sijlingjgvanj Cungguek (中国使领馆) hai cwngqmingz lij youq.
pension_certify-ask-mobility = Bouxlaux ndaej okdou mbouj?
pension_certify-ask-mobility-simple = Bouxlaux ndaej okdou, roxnaeuz ninz mbonq, mbouj ndaej okdou?
pension_certify-mobility-can_go_out = Ndaej, de ndaej okdou
pension_certify-mobility-housebound = Ninz mbonq roxnaeuz mbouj ndaej okdou
pension_certify-say-housebound = Bouxlaux mbouj ndaej okdou couh mbouj yungh bae: vunz ndaw ranz roxnaeuz bouxbangguh ndaw mbanj ndaej cam giz guh sehbauj daengz ranz daeuj yawj.
pension_certify-ask-method = Mwngz siengj baenzlawz yinzcwngq?
pension_certify-ask-method-simple = Yungh soujgih sauj naj, roxnaeuz bae conghcueng guh?
pension_certify-method-phone_app = Yungh soujgih sauj naj
pension_certify-method-in_person = Bae conghcueng guh

## hukou_birth
hukou_birth-ask-birth_place = Lwg seng youq gizlawz?
hukou_birth-ask-birth_place-simple = Lwg seng youq yihyen ndaw guek, mbouj miz cwngqmingz okseng, roxnaeuz seng youq guekrog?
hukou_birth-birth_place-hospital_china = Yihyen ndaw guek
hukou_birth-birth_place-no_birth_cert = Mbouj miz cwngqmingz okseng
hukou_birth-birth_place-abroad = Guekrog
hukou_birth-say-no_birth_cert = Mbouj miz Cwngqmingz Okseng (出生医学证明), sien bae giz bouhmonz veiswngh dangdieg ceij haenx guh aen ndeu; aiq aeu guh DNA. Caiq bae baiqcuzsoj hwnj huqgouj hawj lwg.
hukou_birth-say-abroad = Lwg seng youq guekrog, gunghanh aeu caz gozciz (国籍) caeuq geiqloeg haeuj guek lwg, ndigah aeu seizgan nanz di. Lwg okseng seiz miz gozciz guekrog, bohmeh miz boux ndeu dingh youq guekrog, couh mbouj ndaej youq Cungguek hwnj huqgouj.
hukou_birth-ask-marital = Bohmeh lwg gaenq gietvaen mbouj?
hukou_birth-ask-marital-simple = Bohmeh lwg gaenq gietvaen, roxnaeuz caengz gietvaen?
hukou_birth-marital-married = Gaenq gietvaen
hukou_birth-marital-unmarried = Caengz gietvaen
hukou_birth-say-unmarried = Lwg seng rog gietvaen hix ndaej hwnj huqgouj; youq conghcueng ciemzmingz mbaw saw gangjmingz ndeu couh ndaej. Danghnaeuz lwg hwnj huqgouj boh, miz di dieg lij aeu baugau DNA cwngqmingz bohlwg.
hukou_birth-say-when = Ceiq ndei youq lwg seng le ndaw ndwen ndeu bae hwnj huqgouj; laeng di hix ndaej. Lwgnding mbouj yungh bae: boh roxnaeuz meh boux ndeu couh gaeuq, goengyah roxnaeuz vunzcaencik wnq hix ndaej bang bae.

## hukou_transfer
hukou_transfer-ask-reason = Vihmaz mwngz senj huqgouj?
hukou_transfer-ask-reason-simple = Mwngz youq dieg de cawx ranz, guhhong, bae riengz vunz ndaw ranz, roxnaeuz doegsaw roxnaeuz bizyez?
hukou_transfer-reason-buy_house = Youq dieg de cawx ranz
hukou_transfer-reason-employment = Youq dieg de guhhong
hukou_transfer-reason-join_family = Bae riengz vunz ndaw ranz
hukou_transfer-reason-study = Doegsaw roxnaeuz bizyez
hukou_transfer-say-join_family = Danghnaeuz mwngz bae riengz vunz ndaw ranz, cingj bouxcawjranz ranz de caeuq mwngz itheij daengz conghcueng, ciemzmingz doengzeiq.
hukou_transfer-ask-scope = Mwngz youq ndaw sengj senj, roxnaeuz senj bae sengj wnq?
hukou_transfer-ask-scope-simple = Senj youq ndaw sengj, roxnaeuz senj bae sengj wnq?
hukou_transfer-scope-within_province = Ndaw sengj
hukou_transfer-scope-cross_province = Sengj wnq
hukou_transfer-say-cross_province = Gyang song sengj hix ciengzseiz cij aeu bae baiqcuzsoj dieg mwngz senj haeuj guh; mbouj yungh dauq ranz gaeuq. Danghnaeuz conghcueng naeuz mbouj ndaej it baez guh baenz, couh daiq Cwngqmingz Cinj Senj Haeuj (准予迁入证明) dauq baiqcuzsoj gaeuq, aeu Cwngq Senj Huqgouj (户口迁移证), caiq dauqma dwnghgeiq.
hukou_transfer-say-in_person = Bae baiqcuzsoj dieg mwngz senj haeuj guh. Bouxhung ciengzseiz aeu swhgeij daengz conghcueng ciemzmingz. Moix dieg gvidingh dingh huqgouj mbouj doengz, bae gaxgonq dwk dienhvah cam baiqcuzsoj de.

## residence_permit
residence_permit-ask-stage = Mwngz aeu guh gijmaz?
residence_permit-ask-stage-simple = Baez daih'it guh, moix bi ciemzcu, roxnaeuz saet roxnaeuz gaeuq le bouj guh aen moq?
residence_permit-stage-first = Baez daih'it guh
residence_permit-stage-annual_endorse = Moix bi ciemzcu
residence_permit-stage-replace = Bouj guh aen moq
residence_permit-say-first = Baez daih'it guh, mwngz aeu youq dieg de rim roek ndwen, caemhcaiq sien dwnghgeiq giz youq. Ciengzseiz aeu swhgeij daeuj ciuqsiengq.
residence_permit-ask-basis = Mwngz baengh gijmaz daeuj sinhcingj?
residence_permit-ask-basis-simple = Mwngz miz hong onjdingh, miz giz youq onjdingh, roxnaeuz youq dieg de doegsaw?
residence_permit-basis-job = Miz hong onjdingh
residence_permit-basis-housing = Miz giz youq onjdingh
residence_permit-basis-study = Youq dieg de doegsaw
residence_permit-say-annual_endorse = Gihcuqcwngq moix bi aeu ciemzcu (签注) baez ndeu, youq rim bi gaxgonq ndaw ndwen ndeu guh. Danghnaeuz mbouj gib guh, gihcuqcwngq couh mbouj ndaej yungh; laeng di bouj ciemzcu couh ndaej yungh dauq, hoeng gij bi youq de daj ngoenz de caiq suenq. Lai aen singz ndaej yungh soujgih ciemzcu.

## pension_enroll
pension_enroll-ask-ss_card = Mwngz miz gaj sehbauj mbouj?
pension_enroll-ask-ss_card-simple = Mwngz miz gaj sehbauj, roxnaeuz mbouj miz?
pension_enroll-ss_card-has_card = Miz, gou miz
pension_enroll-ss_card-no_card = Mbouj miz
pension_enroll-say-no_card = Mbouj miz gaj sehbauj hix ndaej canhbauj, caemh seiz sinhcingj aen gaj ndeu. Doeklaeng mwngz yungh aen gaj neix gyau cienz caeuq lingx yanjlaujgim.
pension_enroll-ask-group = Mwngz dwg dihbauj, gungzhoj daegbied (特困), vunz canzciz naek, roxnaeuz boux gungzhoj wnq mbouj?
pension_enroll-ask-group-simple = Mwngz dwg dihbauj, gungzhoj roxnaeuz canzciz naek mbouj? Dap "Mbouj dwg" roxnaeuz "Dwg".
pension_enroll-group-general = Mbouj dwg
pension_enroll-group-hardship = Dwg
pension_enroll-say-hardship = Boux gungzhoj, cwngqfuj bang gyau di ndeu roxnaeuz daengx gij daengjgaep ceiq daemq. Daiq cwngq dihbauj, cwngq gungzhoj daegbied roxnaeuz canzcizcwngq bae.

## pension_claim
pension_claim-ask-years = Mwngz gyau yanjlauj baujyenj gungh rim 15 bi lo mbouj?
pension_claim-ask-years-simple = Yanjlauj baujyenj gyau rim 15 bi lo, mbouj rim 15 bi, roxnaeuz mbouj rox cingcuj?
pension_claim-years-enough = Rim lo, 15 bi
pension_claim-years-short = Mbouj rim 15 bi
pension_claim-years-not_sure = Mbouj rox cingcuj
pension_claim-say-short = Danghnaeuz mbouj rim 15 bi, ndaej sien it baez bouj gyau gij bi noix de, caiq lingx. Bouj gyau ciengzseiz mbouj miz cwngqfuj boujdiep.
pension_claim-say-not_sure = Siengj rox gaenq gyau geij bi, ndaej youq App "掌上12333" caz, roxnaeuz bae conghcueng sehbauj cam.
pension_claim-ask-other_pension = Mwngz gaenq gyau gvaq yanjlauj baujyenj cizgungh (职工) mbouj? (danhvei gyau roxnaeuz swhgeij gyau)
pension_claim-ask-other_pension-simple = Gaxgonq mwngz gyau gvaq yanjlauj cizgungh mbouj: mbouj miz, roxnaeuz miz?
pension_claim-other_pension-no_record = Mbouj miz
pension_claim-other_pension-employee_record = Miz
pension_claim-say-employee_record = Danghnaeuz gyau gvaq baujyenj cizgungh, bouxguhhong caz geiqloeg caemhcaiq lienz song cungj baujyenj: gyau baujyenj cizgungh rim 15 bi, couh lingx yanjlaujgim cizgungh; mbouj rim, gij bi de ndaej senj haeuj baujyenj gihminz itheij suenq.
pension_claim-say-when = Youq mwngz rim 60 bi gaxgonq di ndeu bae sinhcingj (ciengzseiz caeux 1 daengz 2 ndwen); lai dieg yaek daezsingj mwngz. Doengzeiq le, daj ndwen laeng rim 60 bi hainduj, moix ndwen dwk yanjlaujgim haeuj gaj sehbauj mwngz.

## medical_enroll
medical_enroll-ask-group = Canhbauj hawj bouxlawz?
medical_enroll-ask-group-simple = Canhbauj hawj bouxhung roxnaeuz bouxlaux, hagseng roxnaeuz lwgnyez, lwgnding ngamq seng, roxnaeuz ranz dihbauj, gungzhoj?
medical_enroll-group-adult = Bouxhung roxnaeuz bouxlaux
medical_enroll-group-student_child = Hagseng roxnaeuz lwgnyez
medical_enroll-group-newborn = Lwgnding ngamq seng
medical_enroll-group-assisted = Dihbauj roxnaeuz gungzhoj
medical_enroll-say-newborn = Youq lwg seng le 90 ngoenz ndawde canhbauj gyau cienz, lwgnding daj ngoenz seng couh miz baujcang. Lai dieg ndaej caeuq hwnj huqgouj itheij guh, youq "lwgnding moq it baez guh baenz" (新生儿出生一件事).
medical_enroll-say-assisted = Boux dihbauj, gungzhoj daegbied caeuq boux gungzhoj wnq, cwngqfuj bang gyau daengx roxnaeuz di ndeu. Lai dieg minzcwng cigciep soengq mingzdanh, mwngz cij aeu yawj miz coh mwngz mbouj.
medical_enroll-ask-timing = Mwngz youq seizgan gyau cienz dangdieg gyau mbouj?
medical_enroll-ask-timing-simple = Mwngz gyau deng seiz, roxnaeuz mbouj gib gyau, duenh gvaq?
medical_enroll-timing-in_period = Dwg, gyau deng seiz
medical_enroll-timing-late = Mbouj gib gyau roxnaeuz duenh gvaq
medical_enroll-say-late = Danghnaeuz mbouj gib gyau roxnaeuz gyau duenh gvaq, gyau le ciengzseiz aeu caj ceiq noix 3 ndwen cij ndaej bausiuh; duenh bi lai, caj nanz engq lai.

## medical_reimburse
medical_reimburse-ask-care_type = Dwg youq yihyen, menzcinj (门诊), roxnaeuz gaenjgip?
medical_reimburse-ask-care_type-simple = Dwg youq yihyen, bae menzcinj (mbouj youq yihyen), roxnaeuz gaenjgip?
medical_reimburse-care_type-inpatient = Youq yihyen
medical_reimburse-care_type-outpatient = Menzcinj
medical_reimburse-care_type-emergency = Gaenjgip
medical_reimburse-ask-place = Mwngz youq dieg canhbauj yw bingh, roxnaeuz youq dieg wnq?
medical_reimburse-ask-place-simple = Yw bingh youq dieg canhbauj, roxnaeuz youq dieg wnq?
medical_reimburse-place-local = Dieg gou canhbauj
medical_reimburse-place-elsewhere = Dieg wnq
medical_reimburse-say-elsewhere = Danghnaeuz mwngz lij youq yihyen dieg wnq, youq gezsuenq cienz gaxgonq guh beianq yw bingh dieg wnq; yienghneix ciengzseiz ndaej cigciep gezsuenq. Mbouj guh beianq hix ndaej bausiuh, hoeng aiq bausiuh ndaej noix di.
medical_reimburse-ask-cause = Dwg baenz bingh roxnaeuz deng sieng (laemx, deng gvej, deng dub)?
medical_reimburse-ask-cause-simple = Dwg baenz bingh, roxnaeuz deng sieng?
medical_reimburse-cause-illness = Baenz bingh
medical_reimburse-cause-injury = Deng sieng
medical_reimburse-say-injury = Danghnaeuz deng sieng, raiz di saw gangjmingz deng sieng baenzlawz. Gij cienz wnq vunz wnq wngdang gyau, lumj guhhong deng sieng, saehgoj ci roxnaeuz deng vunz dwk sieng, mbouj ndaej bausiuh.
medical_reimburse-say-deadline = Bausiuh miz seizhanh, moix dieg mbouj doengz — ciengzseiz dwg yw bingh le 6 ndwen daengz 1 bi — ndigah caeux di bae guh. Ok yihyen seiz, aeu cienzbouh fazbiu, cingdanh cienzfeiq caeuq binghlig, yawj miz gaiq yaenq mbouj.

## medical_transfer
medical_transfer-ask-type = Mwngz dwg cungj cingzgvang lawz?
medical_transfer-ask-type-simple = Mwngz youq dieg wnq nanz, yihyen hawj cienj yihyen, roxnaeuz bae loh roxnaeuz gaenjgip?
medical_transfer-type-long_stay = Youq dieg wnq
medical_transfer-type-referral = Yihyen cienjyen
medical_transfer-type-temporary = Bae loh roxnaeuz gaenjgip
medical_transfer-say-long_stay = Beianq seiz, genj "youq dieg wnq nanz" caemhcaiq ciemzmingz mbaw saw cingznoz (承诺书). Laeng de ciengzseiz youq dieg de caeuq ranz cungj ndaej bausiuh.
medical_transfer-say-referral = Sien daengz yihyen dinghdiemj dieg canhbauj aeu mbaw saw cienjyen, beianq seiz soengq hwnj bae.
medical_transfer-say-temporary = Beianq seiz, genj "linzseiz bae dieg wnq yw bingh". Gaenjgip haeuj yihyen le, youq gezsuenq cienz gaxgonq beianq, lij ndaej cigciep gezsuenq. Linzseiz bae yw bingh, aiq bausiuh noix gvaq youq ranz di ndeu.
medical_transfer-say-file_first = Bae yw bingh gaxgonq sien beianq: hai App 国家医保服务平台 roxnaeuz 微信 siujcwngzsi "国家异地就医备案", genj beianq yw bingh dieg wnq, raiz ndei le soengq. Ciengzseiz sikhaek roxnaeuz ndaw 1 ngoenz guhhong couh baenz. Hix ndaej bae conghcueng yihbauj dieg canhbauj guh.

## elderly_allowance
elderly_allowance-ask-applicant = Bouxlawz sinhcingj?
elderly_allowance-ask-applicant-simple = Bouxlaux swhgeij bae guh, roxnaeuz vunz ndaw ranz roxnaeuz bouxbangguh bae guh?
elderly_allowance-applicant-self = Bouxlaux swhgeij
elderly_allowance-applicant-family_member = Vunz ndaw ranz roxnaeuz bouxbangguh
elderly_allowance-say-family_member = Boux bang guh daiq sinfwnhcwngq swhgeij caeuq cwngqgienh bouxlaux. Miz di dieg aeu saw veijdoz (委托书) bouxlaux ciemzmingz roxnaeuz naenx rizlwgfwngz, miz di dieg daengz ranz yawj bouxlaux, dingh de dwg bouxlawz.
elderly_allowance-ask-account = Cienz dwk haeuj aen gaj lawz?
elderly_allowance-ask-account-simple = Cienz dwk haeuj gaj sehbauj, roxnaeuz gaj yinzhangz roxnaeuz cunzcez?
elderly_allowance-account-ss_card = Gaj sehbauj
elderly_allowance-account-bank_account = Gaj yinzhangz roxnaeuz cunzcez
elderly_allowance-say-bank_account = Itdingh aeu dwg gaj roxnaeuz cunzcez (存折) bouxlaux swhgeij, mbouj ndaej dwg gij lwg. Lai dieg cij dwk cienz haeuj gaj sehbauj, ndigah sien cam ndaw mbanj.
elderly_allowance-say-rules = Cienz neix ciengzseiz mbouj caz cienz ndaw ranz: miz huqgouj dangdieg, rim 80 bi couh gaeuq. Geijlai cienz, moix ndwen roxnaeuz sam ndwen dwk baez ndeu, moix dieg mbouj doengz; cam dangdieg. Lai dieg rim 80 bi couh swhdoengh gya haeuj, ndigah sien cam ndaw mbanj. Dwk cienz le, moix bi aeu dingh bouxlaux baez ndeu, mbouj dingh couh dingz dwk.

## dibao
dibao-ask-applicant = Bouxlawz daeuj sinhcingj?
dibao-ask-applicant-simple = Vunz ndaw ranz swhgeij sinhcingj, roxnaeuz vunzcaencik roxnaeuz mbanj bang guh?
dibao-applicant-self = Vunz ndaw ranz
dibao-applicant-family_member = Vunzcaencik roxnaeuz mbanj
dibao-say-family_member = Vunzcaencik roxnaeuz cunhveijvei (村委会) ndaej bang daengx ranz sinhcingj. Hoeng moix boux bouxhung ndaw ranz itdingh aeu swhgeij ciemzmingz saw souhgenz (授权书) caz cienz ndaw ranz, caemhcaiq aeu miz vunz youq ranz caj vunz daeuj yawj.
dibao-ask-special_need = Ndaw ranz miz vunz baenz bingh naek roxnaeuz canzciz mbouj?
dibao-ask-special_need-simple = Ndaw ranz miz vunz baenz bingh naek roxnaeuz canzciz mbouj: mbouj miz, roxnaeuz miz?
dibao-special_need-none = Mbouj miz
dibao-special_need-illness_or_disability = Miz
dibao-say-illness_or_disability = Daiq canzcizcwngq, roxnaeuz cinjdon yihyen, binghlig caeuq fazbiu bae. Ranz gungz bienh dihbauj (低保边缘), boux baenz bingh naek roxnaeuz canzciz naek ndaej ciuq gvidingh dangdieg gag sinhcingj.
dibao-say-means_test = Dihbauj caz daengx ranz: souhaeuj moix boux moix ndwen aeu daemq gvaq sienq dihbauj dangdieg, cienz cwk, ranz caeuq ci aeu youq ndaw gvidingh dangdieg. Sienq moix dieg mbouj doengz, singz caeuq mbanj hix aiq mbouj doengz; doengzeiq le, mwngz ndaej cienz ca gyang sienq caeuq souhaeuj mwngz.

## disability_cert
disability_cert-ask-status = Mwngz aeu guh gijmaz?
disability_cert-ask-status-simple = Baez daih'it guh cwngq, vuenh cwngq roxnaeuz caiq bingzdingh, roxnaeuz cwngq saet roxnaeuz vaih?
disability_cert-status-first = Baez daih'it guh cwngq
disability_cert-status-reassess = Vuenh cwngq roxnaeuz caiq bingzdingh
disability_cert-status-lost = Saet roxnaeuz vaih
disability_cert-say-assessment = Guh bingzdingh (评定), boux canzciz itdingh aeu swhgeij bae yihyen dinghdiemj yawj canghyw. Danghnaeuz mbouj ndaej okdou, cam Canzlenz daengz ranz bingzdingh.
disability_cert-say-lost = Bouj aen moq ciengzseiz mbouj yungh caiq bingzdingh: Canzlenz caz geiqloeg mwngz couh hai aen gaj moq. Danghnaeuz saet, daiq mbaw saw gangjmingz saet.

## disability_subsidy
disability_subsidy-ask-subsidy = Mwngz sinhcingj cungj boujdiep lawz?
disability_subsidy-ask-subsidy-simple = Boujdiep gwndaenj, boujdiep hohleix, roxnaeuz song cungj cungj aeu?
disability_subsidy-subsidy-living = Boujdiep gwndaenj
disability_subsidy-subsidy-care = Boujdiep hohleix
disability_subsidy-subsidy-both = Song cungj
disability_subsidy-say-living = Boujdiep gwndaenj hawj vunz canzciz ndaw ranz dihbauj; miz di dieg hix hawj ranz gungz bienh, ranz souhaeuj daemq.
disability_subsidy-say-care = Boujdiep hohleix hawj canzciz gaep 1 roxnaeuz gaep 2 aeu hohleix nanz; miz di dieg hix hawj canzciz ciliz (智力) roxnaeuz cinghsaenz (精神) gaep 3, gaep 4.
disability_subsidy-say-both = Danghnaeuz mwngz hab song aen diuzgienh, couh ndaej aeu song cungj: boujdiep gwndaenj hawj vunz canzciz ndaw ranz dihbauj, boujdiep hohleix hawj canzciz gaep 1 roxnaeuz gaep 2 aeu hohleix nanz.
disability_subsidy-ask-applicant = Bouxlawz sinhcingj?
disability_subsidy-ask-applicant-simple = Boux canzciz swhgeij bae, roxnaeuz vunz ndaw ranz roxnaeuz bouxbangguh bae?
disability_subsidy-applicant-self = Boux canzciz swhgeij
disability_subsidy-applicant-family_member = Vunz ndaw ranz roxnaeuz bouxbangguh
disability_subsidy-say-family_member = Boux bang guh daiq sinfwnhcwngq swhgeij caeuq saw veijdoz; bouxgenhhoh (监护人) daiq cwngqmingz genhhoh. Boux canzciz ciengzseiz mbouj yungh daeuj, hoeng miz di dieg daengz ranz yawj.
disability_subsidy-say-rules = Song cungj boujdiep cungj aeu canzcizcwngq daih ngeih daih (第二代) caeuq huqgouj dangdieg. Moix ndwen geijlai cienz moix dieg mbouj doengz; cam dangdieg.

## ss_card
ss_card-ask-reason = Vihmaz mwngz aeu guh gaj?
ss_card-ask-reason-simple = Baez daih'it guh, gaj saet lo, gaj vaih roxnaeuz gaeuq lo, roxnaeuz swhliu gaij lo?
ss_card-reason-first = Baez daih'it guh
ss_card-reason-lost = Gaj saet lo
ss_card-reason-damaged = Vaih roxnaeuz gaeuq lo
ss_card-reason-info_change = Swhliu gaij lo
ss_card-say-lost = Sien gvaqsiz (挂失) hawj vunz mbouj ndaej luenh yungh: dwk dienhvah 12333, roxnaeuz yungh App "掌上12333", gaj sehbauj dienhswj roxnaeuz App yinzhangz hai gaj, roxnaeuz bae conghcueng yinzhangz. Caiq sinhcingj aen gaj moq.
ss_card-say-info_change = Gaij coh roxnaeuz hauhmaj sinfwnhcwngq, sien bae gunghanh aeu cwngqmingz gaij, caiq daeuj guh gaj moq. Gaij hauhmaj dienhvah roxnaeuz deihcij mbouj yungh bae: youq gwnz muengx roxnaeuz App gaij couh ndaej.
ss_card-say-in_person = Daiq sinfwnhcwngq bae conghcueng sehbauj roxnaeuz yinzhangz doxhab; lai giz ndaej sikhaek hai gaj. Lai dieg vunzcaencik ndaej bang mwngz sinhcingj, hoeng miz di yinzhangz aeu boux miz gaj swhgeij daeuj dingh mizmaj caeuq hai goengnaengz yinzhangz, ndigah sien cam.

## marriage
marriage-ask-nationality = Song boux mwngz cungj dwg gihminz daihluz (内地居民) mbouj?
marriage-ask-nationality-simple = Song boux cungj dwg vunz daihluz, roxnaeuz miz boux ndeu dwg guekrog, Yanghgangj, Aumwnz roxnaeuz Daizvanh?
marriage-nationality-both_mainland = Song boux cungj dwg daihluz
marriage-nationality-one_foreign_or_hk_mo_tw = Boux ndeu dwg guekrog/Yanghgangj/Aumwnz/Daizvanh
marriage-say-foreign = Danghnaeuz boux ndeu dwg vunz guekrog, gihminz Yanghgangj, Aumwnz roxnaeuz Daizvanh, roxnaeuz vazgyauz (华侨), cingj bae giz dwnghgeiq gietvaen bouhmonz minzcwng sengj ceij haenx (ciengzseiz dwg gaep si roxnaeuz gaep sengj). Sien cunjbei gij saw gunghcwng roxnaeuz yinzcwngq, caemhcaiq cam cingcuj giz dwnghgeiq aeu gijmaz.
marriage-ask-previous_marriage = Song boux mwngz miz boux gaenq gietvaen gvaq mbouj?
marriage-ask-previous_marriage-simple = Song boux cungj mbouj gietvaen gvaq, miz boux lizvaen gvaq, roxnaeuz miz boux gvanbaz dai lo?
marriage-previous_marriage-never = Cungj mbouj miz
marriage-previous_marriage-divorced = Lizvaen gvaq
marriage-previous_marriage-widowed = Gvanbaz dai lo
marriage-say-divorced = Danghnaeuz lizvaen gvaq, daiq cwngq lizvaen, roxnaeuz saw buenqgez (判决书) roxnaeuz saw diuzgaij (调解书) fazyen gaenq miz yauqlig. Danghnaeuz lizvaen gaenq youq ndaw hidungj, ciengzseiz mbouj yungh, hoeng daiq bae hix ndei.
marriage-say-widowed = Danghnaeuz gvanbaz gaxgonq dai lo, daiq cwngqmingz dai roxnaeuz cwngqmingz cawz huqgouj de, lau geiqloeg lij yienh mwngz dwg gaenq gietvaen.
marriage-say-in_person = Mbouj miz vunz ndaej bang mwngz dwnghgeiq: bouxsai ceiq noix 22 bi, mehmbwk ceiq noix 20 bi, song boux itdingh aeu itheij swhgeij daeuj ciemzmingz caeuq naenx rizlwgfwngz. Mbouj yungh bonj huqgouj, mbouj aeu cienz, swhliu caezcienz couh ngoenz de ndaej cwngq.

## housing_fund
housing_fund-ask-purpose = Mwngz aeu cienz gunghcizgim guh maz?
housing_fund-ask-purpose-simple = Aeu cienz bae cawx ranz roxnaeuz hwnj ranz, gyau cienz cuh ranz, doiyouh, liz dieg neix, roxnaeuz vanz daiqgoenj ranz?
housing_fund-purpose-buy_home = Cawx ranz roxnaeuz hwnj ranz
housing_fund-purpose-rent = Gyau cienz cuh ranz
housing_fund-purpose-retire = Doiyouh
housing_fund-purpose-leave_city = Liz dieg neix
housing_fund-purpose-repay_loan = Vanz daiqgoenj ranz
housing_fund-say-rent = Danghnaeuz mwngz youq dangdieg mbouj miz ranz caeuq aeu soqliengh biucinj, lai aen singz cij aeu youq gwnz muengx guh mbaw saw gangjmingz, mbouj yungh hozdoengz cuh ranz. Hix ndaej dingh moix ndwen roxnaeuz moix bi swhdoengh dwk haeuj gaj mwngz.
housing_fund-say-leave_city = Danghnaeuz mwngz youq dieg wnq guh hong moq lij laebdaeb gyau, ciengzseiz mbouj yungh aeu ok: sien youq singz moq hai cangqhu, caiq youq siujcwngzsi gunghcizgim daengx guek sinhcingj senj gvaq bae.
housing_fund-say-repay_loan = Danghnaeuz dwg daiqgoenj gunghcizgim, ndaej dingh moix ndwen roxnaeuz moix bi swhdoengh aeu ok daeuj vanz daiqgoenj, mbouj yungh baez baez sinhcingj.
housing_fund-say-online = Sien youq siujcwngzsi gunghcizgim daengx guek roxnaeuz App cunghsim gunghcizgim dangdieg caz cienz lw geijlai caeuq ndaej aeu ok geijlai. Ceiq ndei swhgeij sinhcingj, ceiq ndei youq gwnz muengx; cienz cij dwk haeuj gaj yinzhangz coh mwngz swhgeij.

## farm_subsidy
farm_subsidy-ask-case = Cingzgvang mwngz dwg yienghlawz?
farm_subsidy-ask-case-simple = Baez daih'it dwnghgeiq, gaij swhliu, roxnaeuz caz cienz dwk daengz mbouj?
farm_subsidy-case-first_time = Baez daih'it dwnghgeiq
farm_subsidy-case-info_change = Gaij swhliu
farm_subsidy-case-check_payment = Caz dwk cienz
farm_subsidy-say-info_change = Danghnaeuz menciz reihnaz, bouxcawjranz roxnaeuz gaj yinzhangz gaij lo, daiq cwngqmingz gaij bae cunhveijvei roxnaeuz cunghsim banhsaeh yangh. Gaj gaij le sikhaek naeuz ndaw mbanj, mbouj couh dwk mbouj ndaej cienz.
farm_subsidy-say-check_payment = Siengj caz cienz, yawj geiqloeg yinzhangz roxnaeuz soujgih yinzhangz, roxnaeuz bae mbanj roxnaeuz yangh cam. Lai sengj hix youq bingzdaiz "it gaj doeng" (一卡通) boujdiep gunghgai cienz dwk.
farm_subsidy-say-rules = Ciengzseiz mbouj yungh swhgeij sinhcingj: moix bi ndaw mbanj geiq menciz reihnaz moix ranz, caiq gunghgai mingzdanh. Youq seiz gunghgai, caz cingcuj coh, menciz caeuq hauhmaj cangqhu, miz loeng couh sikhaek naeuz cunhveijvei. Moix moux ndaej geijlai, moix sengj mbouj doengz.

## temp_assistance
temp_assistance-ask-type = Dwg cungj hojnanz lawz?
temp_assistance-ask-type-simple = Sawqmwh ok saeh, roxnaeuz yw bingh, doegsaw yungh cienz lai?
temp_assistance-type-emergency = Sawqmwh ok saeh gaenj
temp_assistance-type-expense = Cienz yw bingh roxnaeuz cienz doegsaw sang lai
temp_assistance-say-emergency = Miz saeh gaenj, yangh roxnaeuz gizminzcwng yienh ndaej sien bang (cienz, gijgwn, moeg), laeng di caiq bouj saw. Danghnaeuz mbouj gib aeu baugau saehgoj, sien sinhcingj, laeng di caiq gyau.
temp_assistance-say-expense = Yaek caz ginghci ndaw ranz mwngz: gij bouxhung youq itheij ciemzmingz saw souhgenz caz. Daiq cinjdon, cingdanh cienzfeiq caeuq fazbiu, roxnaeuz mbaw ciepsouh hagfeiq; danghnaeuz yihbauj gaenq gyau di ndeu, daiq mbaw gezsuenq.
temp_assistance-ask-hukou = Huqgouj mwngz youq gizneix mbouj? (Miz gihcuqcwngq dangdieg hix suenq.)
temp_assistance-ask-hukou-simple = Huqgouj youq gizneix, roxnaeuz youq dieg wnq?
temp_assistance-hukou-local = Dwg, dangdieg
temp_assistance-hukou-non_local = Mbouj dwg, daj dieg wnq daeuj
temp_assistance-say-non_local = Danghnaeuz huqgouj mwngz youq dieg wnq, bae cam yangh roxnaeuz banhsw gai (街道), roxnaeuz gizminzcwng yienh, youq dieg ok saeh. Danghnaeuz mwngz youq rog mbouj miz giz bae, bae camh gouqcoh (救助站) roxnaeuz dwk dienhvah 110.
temp_assistance-say-means_test = Souhleix le, yangh caz ginghci ranz mwngz caemhcaiq daengz ranz yawj. Geijlai cienz ciengzseiz dwg geij boix sienq dihbauj dangdieg, yienh dingh, ndigah moix dieg mbouj doengz; cam dangdieg. Boux gaenq miz dihbauj roxnaeuz gungzhoj daegbied hix ndaej sinhcingj.

## funeral_subsidy
funeral_subsidy-ask-scheme = Boux dai de canhgya cungj yanjlauj baujyenj lawz?
funeral_subsidy-ask-scheme-simple = Boux dai de canhgya yanjlauj gihminz, roxnaeuz yanjlauj cizgungh?
funeral_subsidy-scheme-resident = Yanjlauj baujyenj gihminz
funeral_subsidy-scheme-employee = Yanjlauj baujyenj cizgungh
funeral_subsidy-say-resident = Baujyenj gihminz: cienz lw youq ndaw cangqhu boux dai ndaej ciepswnj. Miz mbouj miz cienz sanghcangq, geijlai, baengh moix sengj; miz di sengj mbouj miz.
funeral_subsidy-say-employee = Baujyenj cizgungh: vunz ndaw ranz ndaej lingx cienz sanghcangq caeuq cienz hawj yizsuz (遗属), cienz lw youq ndaw cangqhu boux dai ndaej ciepswnj. Aenvih guhhong dai, yungh baujyenj gunghsieng (工伤). Boux lij guhhong, danhvei ndaej bang sinhcingj.
funeral_subsidy-say-report = Caeux di naeuz ndaw mbanj, sevei (社区) roxnaeuz giz guh sehbauj, hawj yanjlaujgim dingz; yanjlaujgim dwk gvaq ngoenz dai le aeu vanz. Hix aeu bae baiqcuzsoj cawz huqgouj. Boux lingx ciengzseiz dwg boux ciepswnj fapdingh, lumj gvanbaz, lwg roxnaeuz bohmeh.
funeral_subsidy-ask-heirs = Miz geij boux ciepswnj (gvanbaz, lwg, bohmeh), caemhcaiq gaenq caez dingh bouxlawz bae lingx mbouj?
funeral_subsidy-ask-heirs-simple = Boux ciepswnj dan miz boux ndeu roxnaeuz gaenq dingh, roxnaeuz lai boux caengz dingh?
funeral_subsidy-heirs-single = Boux ndeu, roxnaeuz gaenq dingh
funeral_subsidy-heirs-several = Lai boux, caengz dingh
funeral_subsidy-say-several = Danghnaeuz miz lai boux ciepswnj, sien caez dingh bouxlawz lingx, caiq daiq mbaw saw doengzeiq daengx boux ciemzmingz, roxnaeuz saw gunghcwng roxnaeuz saw buenqgez fazyen. Cienz noix, lai dieg ciep mbaw saw bauj ciemzmingz, mbouj yungh gunghcwng.
