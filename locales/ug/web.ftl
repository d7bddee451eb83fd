## Machine-drafted Uyghur; not yet reviewed by a native speaker.
## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = ئىش بېجىرىش ياردەمچىسى
web-subtitle = ھۆكۈمەت ئىشلىرى مۇلازىمىتى، قەدەممۇقەدەم ياردەم بېرىمىز
web-skip = خەت يازىدىغان رامكىغا ئۆتۈش
web-language = تىل
web-elder-mode = ياشانغانلار ھالىتى (چوڭ خەت)
web-elder-on = ياشانغانلار ھالىتىنى ئېچىش
web-elder-off = ياشانغانلار ھالىتىنى تاقاش
web-log-label = سۆھبەت خاتىرىسى
web-input-label = بېجىرمەكچى بولغان ئىشىڭىزنى يېزىڭ
web-input-placeholder = مەسىلەن: كىملىكىم يوقاپ كەتتى، قانداق قىلىمەن
web-send = يوللاش
web-read-aloud = ئوقۇپ بېرىش
web-stop-reading = ئوقۇشنى توختىتىش
web-audio-label = ئاۋازلىق جاۋاب
web-typing = ياردەمچى يېزىۋاتىدۇ
web-you-said = سىز دېدىڭىز:
web-bot-said = ياردەمچى دېدى:
web-choices = تاللىغىلى بولىدىغان مەشغۇلاتلار
web-error = مەسىلە كۆرۈلدى، ئۇچۇر يوللانمىدى. سەل تۇرۇپ قايتا يوللاڭ.
web-offline = تور ئۈزۈلۈپ قالغاندەك قىلىدۇ. تورغا ئۇلانغاندىن كېيىن قايتا يوللاڭ.
web-noscript = بۇ بەتنى ئىشلىتىش ئۈچۈن JavaScript ئېچىلغان بولۇشى كېرەك.
