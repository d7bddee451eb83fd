## Machine-drafted Zhuang; not yet reviewed by a native speaker.
## Privacy, proxy agents and their cases (bot/casework.py).

privacy-notice = [Swhliu mwngz] Vihliux laebdaeb bang mwngz, raeuz louz roengz mwngz gangj daengz gizlawz; mbouj yungh le couh cawz bae, ceiq nanz louz { $days } ngoenz. Hauhmaj sinfwnhcwngq caeuq dienhvah, geiq roengz gaxgonq couh goemq bae di ndeu. Siengj cawz swhliu mwngz, seizlawz cungj ndaej naeuz "cawz swhliu gou" roxnaeuz fat /forget.
forget-confirm = Cawz liux gij raeuz louz youq mwngz? Cawz le couh mbouj ndaej dauqma lo.
forget-yes = Dwg, cawz bae
forget-done = Swhliu mwngz gaenq cawz bae lo. Seizlawz cungj ndaej caiq hainduj.

agent-joined = Angqcoux mwngz! Mwngz seizneix dwg bouxbangguh ndaw mbanj yangh { $township }. Moix boux vunzmbanj mwngz bang, ndaej hai aen danganq ndeu.
cases-title = Mwngz miz { $count } aen danganq caengz sat (gij ceiq gaeuq youq baihnaj):
cases-none = Mwngz mbouj miz danganq caengz sat.
case-button = { $name } · { $village } · { $status }
case-new = Danganq moq
case-cancel = Mbouj guh
case-cancelled = Gaenq mbouj guh lo.
case-ask-name = Coh vunzmbanj roxnaeuz coh dinj (beijlumj "Lungz Vangz" roxnaeuz "WDY"):
case-ask-village = Vunzmbanj youq aen mbanj lawz?
case-ask-consent = { $name } gaenq haengj mwngz bang de sinhcingj, caemh haengj raeuz louz gij swhliu sinhcingj aeu yungh mbouj?
case-consent-yes = Vunzmbanj gaenq haengj
case-consent-no = Caengz haengj
case-ask-phone = Siengj louz hauhmaj dienhvah vunzmbanj couh raiz roengz (cij louz gij goemq bae di ndeu), roxnaeuz naenx "Diuq gvaq".
case-skip-phone = Diuq gvaq
case-created = Gaenq hai danganq hawj { $name }. Gij mwngz seizneix guh cungj geiq haeuj danganq neix. Genj aen fuzvu ndeu:
case-card = 📁 Danganq: { $name } ({ $village })
    Cingzgvang: { $status }
    Dienhvah: { $phone }
    Geiqloeg: { $notes }
case-service = Cingq guh: { $service }
case-new-service = Fuzvu wnq
case-close = Gven caeuq cawz bae
case-close-confirm = Gven caeuq cawz danganq { $name }? Cawz le couh mbouj ndaej dauqma.
case-close-yes = Dwg, cawz bae
case-closed = Danganq gaenq gven caeuq cawz bae.
case-leave = Dauq daengz gij gou
case-left = Mwngz gaenq ok danganq; seizneix dwg doiqvah mwngz swhgeij.
case-status-set = Cingzgvang gaenq gaij baenz: { $status }
case-note-added = Geiqloeg gaenq louz roengz.
case-note-usage = Siengj gya geiqloeg, fat: /note gij mwngz siengj geiq
case-status-collecting = Cingq comz swhliu
case-status-ready = Ndaej soengq lo
case-status-submitted = Gaenq soengq
case-status-done = Gaenq guh baenz
nav-cases = Danganq gou

case-denied-not_agent = Cij miz bouxbangguh ndaw mbanj ndaej guh neix. Siengj guh bouxbangguh, cingj cam bouxguenjleix yangh aeu aen maj yauhcingj (邀请码), caiq fat /join MAJ.
case-denied-revoked = Mwngz gaenq mbouj dwg bouxbangguh lo, mbouj ndaej caiq yawj danganq. Cingj lienzhaeh bouxguenjleix yangh.
case-denied-not_found_or_denied = Ndaw gij danganq mwngz ndaej yawj, mbouj miz aen neix.
case-denied-consent_required = Aeu vunzmbanj haengj cij ndaej hai danganq. De haengj le caiq daeuj.
case-denied-invalid_name = Coh aeu miz 1 daengz 40 aen saw.
case-denied-invalid_village = Coh mbanj aeu miz 1 daengz 40 aen saw.
case-denied-invalid_phone = Hauhmaj dienhvah neix lumjnaeuz mbouj doiq. Caiq raiz baez ndeu roxnaeuz naenx "Diuq gvaq".
case-denied-invalid_note = Geiqloeg hoengq roxnaeuz raez lai.
case-denied-invalid_status = Mbouj rox aen cingzgvang neix.
case-denied-invalid = Aen maj yauhcingj neix mbouj ndaej yungh. Cingj caz yawj caiq fat baez ndeu.
case-denied-used = Aen maj yauhcingj neix gaenq yungh gvaq lo; cingj cam bouxguenjleix aeu aen moq.
case-denied-expired = Aen maj yauhcingj neix gaenq gvaq geiz lo; cingj cam bouxguenjleix aeu aen moq.
case-denied-already_admin = Mwngz gaenq dwg bouxguenjleix, mbouj yungh maj yauhcingj.
case-denied-active_member = Swhliu bouxbangguh caeuq bouxguenjleix, aeu bouxguenjleix sien dingz hong de, cij ndaej cawz.

proxy-in-person = Hawj bouxbangguh: boux sinhcingj itdingh aeu swhgeij daeuj. { $note }
proxy-agent-bring = Bouxbangguh lij aeu daiq:
proxy-agent-can-do = Bouxbangguh gaenq ndaej:
