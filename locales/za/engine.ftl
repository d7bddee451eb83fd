## Machine-drafted Zhuang; not yet reviewed by a native speaker.
## Messages of the dialogue engine (bot/engine.py). Keep them short: many readers are elderly.

plain = { $text }
list-join = { $a }; { $b }
list-join-short = { $a }, { $b }
weekday-range = { $first } daengz { $last }
bullet = · { $text }
service-name = { $service }

welcome = Mwngz ndei! Gou dwg Banshi. Gou bang mwngz rox guh saeh aeu daiq gijmaz, bae gizlawz guh, baenzlawz guh. Mwngz naeuz gou mwngz aeu guh maz couh ndaej, beijlumj "sinfwnhcwngq gou saet lo". Siengj caeuq vunz gangj, seizlawz cungj ndaej naeuz "ra vunz" roxnaeuz dwk dienhvah { $hotline }.
greet-reply = Mwngz ndei! Mwngz aeu guh maz saeh?
goodbye-reply = Caiq raen, cuk mwngz guh saeh swnhleih! Seizlawz cungj ndaej dauq daeuj, roxnaeuz dwk dienhvah { $hotline }.
thanks-reply = Mbouj yungh haekheiq! Lij miz saeh wnq mbouj?
help-text = Gou ndaej naeuz mwngz aeu daiq gijmaz, bae gizlawz guh, aeu geijlai cienz. Naeuz gou mwngz aeu guh maz, roxnaeuz naenx aen niuj ndeu. Naeuz "dauqma" dauq aen vwndiz gonq, "caiq gangj" caiq dingq baez ndeu, "ra vunz" ra bouxguhhong, "saw hung" hai yiengh bouxlaux. Dienhvah: { $hotline }.
empty-message = Gou caengz ndaej saw. Naeuz gou mwngz aeu guh maz, roxnaeuz naenx aen niuj ndeu.
feedback-thanks = Docih mwngz hawj yigen! Miz saeh gaenj cingj dwk dienhvah { $hotline }.
which-service = Mwngz aeu guh hangh lawz? Naenx aen ndeu roxnaeuz naeuz gou.
progress-general = Siengj caz saeh guh daengz gizlawz, ndaej dwk dienhvah { $hotline }, roxnaeuz daiq mbaw ciepsouh (回执) bae conghcueng cam. Mwngz guh dwg hangh lawz?
progress-howto = Caz "{ $service }" guh daengz gizlawz: yungh gij roen gwnz muengx lajneix, roxnaeuz daiq mbaw ciepsouh dwk dienhvah roxnaeuz bae conghcueng cam.

error-apology = Doiqmbouj, hidungj raeuz ok di vwndiz; gij mwngz naeuz mbouj saet. Cingj gvaq yaep caiq fat baez ndeu, miz saeh gaenj cingj dwk dienhvah { $hotline }.
media-unsupported = Doz, dozbieu caeuq faenzgienh gou lij yawj mbouj rox. Cingj yungh saw naeuz gou mwngz aeu guh maz, roxnaeuz naenx aen niuj; hix ndaej dwk dienhvah { $hotline }.
nearest-offices = Gij giz banhsaeh ceiq gyawj mwngz:
distance = { "   " }Gyae daihgaiq { $km } gunghlij

menu-prompt = Mwngz aeu guh maz saeh?
menu-more = Engq lai fuzvu
menu-first = Gij fuzvu ciengzyungh

flow-start = Ndei, raeuz daeuj yawj "{ $service }". Gou cam mwngz geij aen vwndiz, caiq lied ok gij mwngz aeu daiq.
flow-end = Cuk mwngz guh saeh swnhleih! Bae gaxgonq ceiq ndei sien dwk dienhvah cam conghcueng. Lij aeu guh saeh wnq mbouj?
flow-gone = Aen banhfap neix gaenq mbouj miz lo. Cingj caiq genj baez ndeu.
flow-updated = Cijnamz banhsaeh ngamq gaijmoq. Vihliux hawj mwngz aen cingdanh cinjdeng, raeuz daj gyaeuj caiq cam baez ndeu.
switch-confirm = Mwngz cingq guh "{ $current }". Aeu vuenh bae guh "{ $new }" mbouj?
switch-yes = Vuenh bae { $new }
switch-no = Laebdaeb guh { $current }

answer-yes = Dwg
answer-no = Mbouj dwg
answer-out-of-range = Aen soq neix lumjnaeuz mbouj doiq. Cingj raiz aen soq daj { $low } daengz { $high }.
hint-buttons = Naenx aen niuj ndeu, roxnaeuz dap aen soq de (beijlumj "1").
hint-number = Cingj dap aen soq ndeu.
button-stale = Aen niuj neix gaenq gvaq geiz lo. Raeuz laebdaeb:
not-understood = Doiqmbouj, gou dingq mbouj rox. Vuenh cungj gangjfap wnq, beijlumj "guh gaj sehbauj aeu daiq gijmaz".
not-understood-again = Doiqmbouj, gou lij mbouj rox. Genj aen lajneix, naenx "Ra vunz", roxnaeuz dwk dienhvah { $hotline }.
which-of-these = Mwngz naeuz dwg aen lawz?
did-you-mean = Mwngz siengj cam dwg:

nav-back = Dauqma
nav-repeat = Caiq gangj
nav-human = Ra vunz
nav-menu = Guh saeh wnq
nav-continue = Laebdaeb gij ngamq guh
nav-elder = Yiengh bouxlaux (saw hung)
nav-elder-off = Gven yiengh bouxlaux
nav-language = Vah / 语言
back-nothing = Mbouj miz bouh gonq. Mwngz aeu guh maz saeh?
back-at-start = Neix gaenq dwg aen vwndiz daih'it lo.
restart-done = Ndei, raeuz daj gyaeuj caiq hainduj.

elder-on = Gaenq hai yiengh bouxlaux: saw hung di, baez ndeu guh bouh ndeu, gij dap ndaej doeg okdaeuj. Menhmenh daeuj, mbouj gaenj.
elder-off = Gaenq gven yiengh bouxlaux.
language-set = Ndei, daj seizneix hwnj gou yungh { $name }.
language-choose = Cingj genj cungj vah ndeu:

intent-greet = Cam ndei
intent-goodbye = Caiq raen
intent-thanks = Docih
intent-affirm = Dwg
intent-deny = Mbouj dwg
intent-help = Baenzlawz yungh
intent-ask_service = Baenzlawz guh
intent-ask_materials = Aeu daiq gijmaz
intent-ask_office = Bae gizlawz guh
intent-ask_fee = Aeu geijlai cienz
intent-ask_progress = Caz guh daengz gizlawz
intent-human = Ra vunz
intent-set_language = Vuenh vah
intent-elder_mode = Yiengh bouxlaux
intent-repeat = Caiq gangj
intent-back = Dauqma
intent-restart = Daj gyaeuj hainduj
intent-feedback = Hawj yigen
intent-out_of_scope = Saeh wnq
intent-forget = Cawz swhliu gou
intent-with-service = { $service }: { $intent }

checklist-title = 📋 { $service } · cingdanh mwngz
checklist-materials = Aeu daiq:
checklist-item = { $n }. { $name } ({ $form }, { $copies } faenh)
checklist-note = { "   " }Louzsim: { $note }
checklist-where = Bae gizlawz: { $places }
checklist-fees = Cienzfeiq:
checklist-free = Cienzfeiq: mbouj aeu cienz
checklist-time = Seizgan guh: { $text }

lookup-offices = "{ $service }" ndaej youq gij giz neix guh:
lookup-no-office = Giz banhsaeh gyawj mwngz caengz geiq haeuj, cingj dwk dienhvah { $hotline } cam.
lookup-fees = Cienzfeiq guh "{ $service }":
lookup-online = Roen gwnz muengx guh "{ $service }":
online-channel = · { $name } { $url }
lookup-steps = Gij bouh guh "{ $service }":
step-item = { $n }. { $text }
office-card = 🏢 { $name }
    Deihcij: { $address }
    Seizgan: { $hours }
    Dienhvah: { $phone }
office-period = { $days } { $open }–{ $close }

handoff-hotline = Aeu vunz bang, cingj dwk dienhvah bienhminz cwngqvu { $hotline } (seiz guhhong miz vunz ciep).
handoff-office = Hix ndaej dwk dienhvah hawj { $office }: { $phone }.
handoff-recorded = Gaenq geiq roengz mwngz aeu bang, hauhmaj { $reference }; bouxguhhong couh lienzhaeh mwngz.

more-prompt = Lij siengj rox gijmaz?
more-prompt-simple = Lij siengj cam maz: bae gizlawz, geijlai cienz, gwnz muengx guh ndaej mbouj, vunzwnq bang guh ndaej mbouj, gij bouh, roxnaeuz rox lo?
more-offices = Bae gizlawz, geij diemj hai dou
more-fees = Aeu geijlai cienz
more-online = Ndaej youq gwnz muengx guh mbouj?
more-proxy = Vunzwnq ndaej bang guh mbouj?
more-steps = Gij bouh
more-done = Rox lo, docih

rate-limited = Mwngz fat saenq vaiq lai, gou dap mbouj gib. Cingj caj { $seconds } miux caiq sawq.

language-keep-offer = Doeklaeng cungj yungh { $name } caeuq mwngz gangj mbouj?
language-keep = Ndei, yungh { $name }

voice-heard = Gou dingq ndaej dwg: "{ $text }". Doiq mbouj?
voice-yes = Doiq, couh dwg neix
voice-no = Mbouj doiq, gou caiq gangj baez ndeu
voice-retry = Doiqmbouj, gou dingq mbouj cingcuj. Cingj caiq gangj baez ndeu, roxnaeuz raiz saw naeuz gou.
voice-unsupported = Sing cungj vah neix gou lij dingq mbouj rox. Gou gaenq soengq sing mwngz hawj bouxguhhong, gyoengqde dingq le couh lienzhaeh mwngz. Mwngz hix ndaej raiz saw, roxnaeuz naenx aen niuj lajneix.
voice-not-understood = Doiqmbouj, gou lij dingq mbouj rox. Gou gaenq soengq sing mwngz hawj bouxguhhong, gyoengqde dingq le couh lienzhaeh mwngz. Mwngz hix ndaej raiz saw, roxnaeuz naenx aen niuj lajneix.

## understanding answers in context
understood-summary = Ciuq mwngz naeuz: { $items }.
answer-changed = Ndei, gaenq gaij baenz: { $answer }.
not-sure-explain = Mbouj youqgaenj. Mbouj rox cingcuj, ndaej cam vunz ndaw ranz roxnaeuz bouxbangguh ndaw mbanj, hix ndaej dwk dienhvah { $hotline } cam.
answer-skip = Mbouj rox, diuq gvaq sien
checklist-asks-first = Aeu daiq gijmaz caeuq cingzgvang mwngz miz gvanhaeh, gou sien cam mwngz { $count } aen vwndiz.
checklist-everyone = Mboujguenj cingzgvang lawz cungj aeu daiq:
checklist-if-also = Danghnaeuz dwg "{ $condition }", lij aeu daiq:
checklist-agent = Mwngz bang vunzwnq guh, lij aeu daiq:
service-not-covered = "{ $name }" gou seizneix lij caz mbouj ndaej. Cingj dwk dienhvah { $hotline } cam, roxnaeuz bae gwnz muengx cwngqvu dangdieg (一网通办) guh.
not-understood-simple = Gou vuenh cungj gangjfap genjdanh di:
not-understood-offer-human = Doiqmbouj, gou lij mbouj rox. Aeu bouxguhhong bang mwngz mbouj? Hix ndaej dwk dienhvah { $hotline }. Mwngz hix ndaej laebdaeb dap aen vwndiz gwnzneix.
place-understood = Ndei, gou ciuq "{ $place }" ra giz gyawj hawj mwngz.
switch-ask = Mwngz siengj gaij guh "{ $new }" mbouj?
proxy-understood = Ndei, mwngz bang vunzwnq cam. Gou caemh lied ok gij bouxbangguh aeu daiq.
