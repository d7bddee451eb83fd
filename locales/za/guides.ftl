## Machine-drafted Zhuang; not yet reviewed by a native speaker.
## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = [Swhliu yienghbanj] Bonj cijnamz neix ciuq gij guhfap daengx guek cingjleix, moix dieg aiq mbouj doengz. Bae guh gaxgonq, cingj sien cam conghcueng dangdieg roxnaeuz dwk dienhvah 12345.
guide-updated = Ngoenz gaijmoq: { $date }
guide-source = Goekgaen: { $source }
guide-audience = Hawj bouxlawz guh
guide-eligibility = Diuzgienh
guide-situations = Cingzgvang mwngz
guide-materials = Aeu daiq gijmaz
guide-steps = Gij bouh guh
guide-where = Bae gizlawz guh
guide-online = Guh youq gwnz muengx
guide-online-none = Seizneix caengz miz roen gwnz muengx daengx guek doengjit, cingj bae conghcueng guh.
guide-time-limit = Geijlai seizgan guh baenz
guide-fees = Cienzfeiq
guide-free = Mbouj aeu cienz
guide-fee-item = { $label }: { $amount } maenz
guide-proxy = Vunzwnq ndaej bang mwngz guh mbouj?
guide-proxy-yes = Ndaej, vunzwnq ndaej bang mwngz guh.
guide-proxy-no = Mbouj ndaej, mwngz itdingh aeu swhgeij daeuj.
guide-proxy-partly = Miz di bouh ndaej hawj vunzwnq bang guh.
guide-proxy-bring = Boux bang mwngz guh aeu daiq:
guide-proxy-can-do = Boux bang guh lij ndaej:
guide-legal = Baengzgawq cwngcwz
guide-only-when = (cij danghnaeuz: { $condition })
guide-copies = { $copies } faenh
guide-not-found = Ra mbouj raen fuzvu hauhmaj "{ $id }". Ndaej yungh banshi guides show, gya aen hauhmaj ndeu lajneix: { $ids }
guide-store-empty = Gij cijnamz banhsaeh caengz rap haeuj. Cingj sien guh banshi guides load.

form-original = gaiq yienz
form-copy = gaiq fukyinq
form-original_and_copy = gaiq yienz caeuq gaiq fukyinq
form-electronic = bonj dienhswj
form-on_site = youq conghcueng guh

office-type-county_service_center = Cunghsim banhsaeh yienh (县政务服务中心)
office-type-police_household_window = Conghcueng huqgouj gunghanh (派出所)
office-type-social_security_office = Giz guh sehbauj (社保经办机构)
office-type-medical_insurance_office = Giz guh yihbauj (医保经办机构)
office-type-civil_affairs_office = Bouhmonz minzcwng (民政部门)
office-type-marriage_registry = Giz dwnghgeiq gietvaen (婚姻登记处)
office-type-disabled_persons_federation = Canzlenz (残疾人联合会)
office-type-housing_fund_center = Cunghsim gunghcizgim (住房公积金管理中心)
office-type-agriculture_office = Bouhmonz nungzyez nungzcunh (农业农村部门)
office-type-township_service_center = Cunghsim banhsaeh yangh caeuq cin (乡镇便民服务中心)
office-type-village_service_station = Camh banhsaeh ndaw mbanj (村便民服务站)
office-type-hospital = Yihyen dinghdiemj (定点医疗机构)

## Offices
weekday-mon = Singhgiz it
weekday-tue = Singhgiz ngeih
weekday-wed = Singhgiz sam
weekday-thu = Singhgiz seiq
weekday-fri = Singhgiz haj
weekday-sat = Singhgiz roek
weekday-sun = Singhgiz ngoenz
