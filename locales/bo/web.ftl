## Machine-drafted Tibetan; not yet reviewed by a native speaker.
## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = ལས་དོན་རོགས་པ
web-subtitle = སྲིད་དོན་ཞབས་ཞུ། གོམ་པ་རེ་རེ་བཞིན་རོགས་རམ་བྱེད།
web-skip = ཡི་གེ་འབྲི་སའི་སྒྲོམ་དུ་མཆོང
web-language = སྐད་ཡིག
web-elder-mode = རྒན་རབས་རྣམ་པ (ཡི་གེ་ཆེ་བ)
web-elder-on = རྒན་རབས་རྣམ་པ་ཁ་ཕྱེ
web-elder-off = རྒན་རབས་རྣམ་པ་ཁ་རྒྱག
web-log-label = གླེང་མོལ་ཟིན་ཐོ
web-input-label = སྒྲུབ་དགོས་པའི་ལས་དོན་འབྲི་རོགས
web-input-placeholder = དཔེར་ན། ངའི་ངོ་སྤྲོད་ལག་ཁྱེར་བརླག་སོང་།
web-send = གཏོང
web-read-aloud = སྐད་གསལ་པོས་ཀློག
web-stop-reading = ཀློག་མཚམས་འཇོག
web-audio-label = སྐད་སྒྲའི་ལན
web-typing = ལས་དོན་རོགས་པས་ཡི་གེ་འབྲི་བཞིན་ཡོད
web-you-said = ཁྱེད་ཀྱིས་བཤད་པ:
web-bot-said = ལས་དོན་རོགས་པས་བཤད་པ:
web-choices = འདེམས་ཆོག་པའི་བྱ་བ
web-error = ནོར་འཁྲུལ་ཞིག་བྱུང་བས་བརྡ་འཕྲིན་བཏང་མ་ཐུབ། ཅུང་ཙམ་སྒུགས་ནས་ཡང་བསྐྱར་གཏོང་རོགས།
web-offline = དྲ་བ་ཆད་ཡོད་པ་འདྲ། དྲ་བ་མཐུད་རྗེས་ཡང་བསྐྱར་གཏོང་རོགས།
web-noscript = ཤོག་ངོས་འདི་བེད་སྤྱོད་བྱེད་པར་ JavaScript ཁ་ཕྱེ་དགོས།
