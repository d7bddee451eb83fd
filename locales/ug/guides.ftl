## Machine-drafted Uyghur; not yet reviewed by a native speaker.
## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = [ئۈلگە مەلۇمات] بۇ يېتەكچى مەملىكەت بويىچە ئادەتتىكى قائىدىگە ئاساسەن تەييارلاندى، ھەر قايسى جايلارنىڭ تەلىپى ئوخشىماسلىقى مۇمكىن. بېرىشتىن بۇرۇن يەرلىك كۆزنەك ياكى 12345 قىزىق لىنىيىسىدىن سوراپ جەزملەشتۈرۈڭ.
guide-updated = يېڭىلانغان ۋاقتى: { $date }
guide-source = مەنبە: { $source }
guide-audience = كىملەرگە ماس كېلىدۇ
guide-eligibility = بېجىرىش شەرتى
guide-situations = سىزنىڭ ئەھۋالىڭىز
guide-materials = ئېلىپ بارىدىغان ماتېرىياللار
guide-steps = بېجىرىش باسقۇچلىرى
guide-where = قەيەردە بېجىرىلىدۇ
guide-online = تور ئارقىلىق بېجىرىش
guide-online-none = ھازىرچە مەملىكەت بويىچە بىرلىككە كەلگەن تور يولى يوق، كۆزنەككە بېرىپ بېجىرىڭ.
guide-time-limit = بېجىرىش مۇددىتى
guide-fees = ھەققى
guide-free = ھەقسىز
guide-fee-item = { $label }: { $amount } يۈەن
guide-proxy = باشقىلار ۋاكالىتەن بېجىرسە بولامدۇ
guide-proxy-yes = باشقىلار ۋاكالىتەن بېجىرسە بولىدۇ.
guide-proxy-no = ئۆزىڭىز بېرىشىڭىز شەرت، ۋاكالىتەن بېجىرىشكە بولمايدۇ.
guide-proxy-partly = بەزى باسقۇچلارنى باشقىلار ۋاكالىتەن بېجىرسە بولىدۇ.
guide-proxy-bring = ۋاكالىتەن بېجىرگۈچى ئېلىپ بارىدىغانلار:
guide-proxy-can-do = ۋاكالىتەن بېجىرگۈچى يەنە بۇلارنى قىلالايدۇ:
guide-legal = سىياسەت ئاساسى
guide-only-when = (پەقەت مۇنداق بولغاندا: { $condition })
guide-copies = { $copies ->
    [one] 1 نۇسخا
   *[other] { $copies } نۇسخا
}
guide-not-found = «{ $id }» نومۇرلۇق مۇلازىمەت تېپىلمىدى. banshi guides show بىلەن تۆۋەندىكى نومۇرلارنىڭ بىرىنى ئىشلىتىڭ: { $ids }
guide-store-empty = ئىش بېجىرىش يېتەكچىسى تېخى يۈكلەنمىدى، ئالدى بىلەن banshi guides load بۇيرۇقىنى ئىجرا قىلىڭ.

form-original = ئەسلى نۇسخىسى
form-copy = كۆپەيتىلگەن نۇسخىسى
form-original_and_copy = ئەسلى نۇسخىسى ۋە كۆپەيتىلگەن نۇسخىسى
form-electronic = ئېلېكترونلۇق نۇسخىسى
form-on_site = نەق مەيداندا بېجىرىلىدۇ

office-type-county_service_center = ناھىيىلىك ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى
office-type-police_household_window = ساقچىخانا نوپۇس كۆزنىكى
office-type-social_security_office = ئىجتىمائىي سۇغۇرتا ئورنى
office-type-medical_insurance_office = داۋالىنىش سۇغۇرتىسى ئورنى
office-type-civil_affairs_office = خەلق ئىشلىرى ئورنى
office-type-marriage_registry = نىكاھ تىزىملاش ئورنى
office-type-disabled_persons_federation = مېيىپلار بىرلەشمىسى
office-type-housing_fund_center = تۇرالغۇ جامائەت فوندى باشقۇرۇش مەركىزى
office-type-agriculture_office = يېزا ئىگىلىك ۋە يېزا ئىشلىرى ئورنى
office-type-township_service_center = يېزا-بازار (كوچا) خەلققە قۇلايلىق مۇلازىمەت مەركىزى
office-type-village_service_station = كەنت (مەھەللە) خەلققە قۇلايلىق مۇلازىمەت پونكىتى
office-type-hospital = بېكىتىلگەن دوختۇرخانا

## Offices
weekday-mon = دۈشەنبە
weekday-tue = سەيشەنبە
weekday-wed = چارشەنبە
weekday-thu = پەيشەنبە
weekday-fri = جۈمە
weekday-sat = شەنبە
weekday-sun = يەكشەنبە
