## Machine-drafted Zhuang; not yet reviewed by a native speaker.
## The web chat page's own texts (bot/channels/static/), served at /i18n/<locale>.json.

web-title = Banshi
web-subtitle = Guh saeh cwngqfuj, bouh dem bouh bang mwngz
web-skip = Diuq daengz aen gaiq raiz saw
web-language = Vah
web-elder-mode = Yiengh bouxlaux (saw hung)
web-elder-on = Hai yiengh bouxlaux
web-elder-off = Gven yiengh bouxlaux
web-log-label = Geiqloeg doiqvah
web-input-label = Raiz gij saeh mwngz aeu guh
web-input-placeholder = Beijlumj: sinfwnhcwngq gou saet lo
web-send = Fat
web-read-aloud = Doeg okdaeuj
web-stop-reading = Dingz doeg
web-audio-label = Dap yungh sing
web-typing = Banshi cingq raiz saw
web-you-said = Mwngz naeuz:
web-bot-said = Banshi naeuz:
web-choices = Ndaej genj
web-error = Ok di vwndiz, saenq mwngz caengz fat ok bae. Cingj gvaq yaep caiq fat baez ndeu.
web-offline = Muengx lumjnaeuz duenh lo. Lienz hwnj muengx le, cingj caiq fat baez ndeu.
web-noscript = Aen mbaw neix aeu hai JavaScript cij ndaej yungh.
