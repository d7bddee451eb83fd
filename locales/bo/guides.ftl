## Machine-drafted Tibetan; not yet reviewed by a native speaker.
## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = 【དཔེ་མཚོན་གཞི་གྲངས།】ལམ་སྟོན་འདི་རྒྱལ་ཡོངས་ཀྱི་སྤྱིར་བཏང་བྱེད་སྟངས་ལ་གཞིགས་ནས་བསྒྲིགས་པ་ཡིན། ས་གནས་སོ་སོའི་བླང་བྱ་མི་འདྲ་སྲིད། ལས་དོན་མ་སྒྲུབ་གོང་ས་གནས་ཀྱི་སྒེའུ་ཁུང་ངམ་ཁ་པར་ 12345 ལ་འདྲི་རོགས།
guide-updated = གསར་བཅོས་ཚེས་གྲངས: { $date }
guide-source = ཁུངས: { $source }
guide-audience = སུ་ལ་འཚམ་པ
guide-eligibility = ཆ་རྐྱེན
guide-situations = ཁྱེད་ཀྱི་གནས་ཚུལ
guide-materials = ཁྱེར་དགོས་པའི་ཡིག་ཆ
guide-steps = སྒྲུབ་པའི་གོ་རིམ
guide-where = གང་དུ་འགྲོ་དགོས
guide-online = དྲ་ཐོག་ནས་སྒྲུབ་པ
guide-online-none = ད་ལྟ་རྒྱལ་ཡོངས་གཅིག་གྱུར་གྱི་དྲ་ཐོག་ལམ་ཀ་མེད། སྒེའུ་ཁུང་དུ་ཕེབས་ནས་སྒྲུབ་རོགས།
guide-time-limit = སྒྲུབ་པའི་དུས་ཚད
guide-fees = འགྲོ་གྲོན
guide-free = རིན་མེད།
guide-fee-item = { $label }: སྒོར་ { $amount }
guide-proxy = མི་གཞན་གྱིས་ཚབ་སྒྲུབ་ཆོག་གམ།
guide-proxy-yes = མི་གཞན་གྱིས་ཚབ་སྒྲུབ་བྱེད་ཆོག་པ་ཡིན།
guide-proxy-no = ཚབ་སྒྲུབ་མི་ཆོག རང་ཉིད་དངོས་སུ་ཕེབས་དགོས།
guide-proxy-partly = བྱ་རིམ་ཁ་ཤས་མི་གཞན་གྱིས་ཚབ་སྒྲུབ་བྱེད་ཆོག་པ་ཡིན།
guide-proxy-bring = ཚབ་སྒྲུབ་མཁན་གྱིས་ཁྱེར་དགོས་པ:
guide-proxy-can-do = ཚབ་སྒྲུབ་མཁན་གྱིས་ད་དུང་བྱེད་ཆོག་པ:
guide-legal = སྲིད་ཇུས་ཀྱི་གཞི་རྩ
guide-only-when = ({ $condition } ཡིན་ན་ཁོ་ན།)
guide-copies = པར་ { $copies }
guide-not-found = ཨང་རྟགས་ “{ $id }” ཅན་གྱི་ཞབས་ཞུ་མ་རྙེད། banshi guides show ཡི་རྗེས་སུ་ཨང་རྟགས་འདི་དག་ལས་གཅིག་འབྲི་རོགས: { $ids }
guide-store-empty = ལས་དོན་ལམ་སྟོན་ད་དུང་ནང་འཇུག་བྱས་མེད། སྔོན་ལ་ banshi guides load སྒུལ་རོགས།

form-original = མ་ཡིག
form-copy = འདྲ་བཤུས
form-original_and_copy = མ་ཡིག་དང་འདྲ་བཤུས
form-electronic = གློག་རྡུལ་ཡིག་ཆ
form-on_site = སྒེའུ་ཁུང་དུ་སྒྲུབ

office-type-county_service_center = རྫོང་གི་སྲིད་དོན་ཞབས་ཞུ་ལྟེ་གནས
office-type-police_household_window = སྤྱི་བདེ་ས་ཚིགས་ཀྱི་ཐེམ་ཐོ་སྒེའུ་ཁུང (派出所)
office-type-social_security_office = སྤྱི་ཚོགས་ཉེན་འགོག་ལས་ཁུངས
office-type-medical_insurance_office = སྨན་བཅོས་ཉེན་འགོག་ལས་ཁུངས
office-type-civil_affairs_office = དམངས་སྲིད་སྡེ་ཁག
office-type-marriage_registry = གཉེན་སྒྲིག་ཐོ་འགོད་ཁང
office-type-disabled_persons_federation = དབང་པོ་སྐྱོན་ཅན་མཉམ་འབྲེལ་ཚོགས་པ
office-type-housing_fund_center = སྡོད་ཁང་སྤྱི་གསོག་དངུལ་དོ་དམ་ལྟེ་གནས
office-type-agriculture_office = ཞིང་ལས་དང་གྲོང་གསེབ་སྡེ་ཁག
office-type-township_service_center = ཞང་དང་གྲོང་རྡལ་གྱི་ཞབས་ཞུ་ལྟེ་གནས
office-type-village_service_station = གྲོང་ཚོའི་ཞབས་ཞུ་ས་ཚིགས
office-type-hospital = གཏན་འཁེལ་སྨན་ཁང

## Offices
weekday-mon = གཟའ་ཟླ་བ
weekday-tue = གཟའ་མིག་དམར
weekday-wed = གཟའ་ལྷག་པ
weekday-thu = གཟའ་ཕུར་བུ
weekday-fri = གཟའ་པ་སངས
weekday-sat = གཟའ་སྤེན་པ
weekday-sun = གཟའ་ཉི་མ
