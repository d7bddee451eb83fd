## Privacy, proxy agents and their cases (bot/casework.py).

privacy-notice = [Your data] To keep helping you, we save where you are in the conversation; it is cleared when idle and kept at most { $days } days. ID and phone numbers are masked before anything is recorded. To erase your data, say "delete my data" or send /forget at any time.
forget-confirm = Erase everything we keep about you? This cannot be undone.
forget-yes = Yes, erase it
forget-done = Your data has been erased. You can start again any time.

agent-joined = Welcome! You are now a village agent for township { $township }. You can open a case for each villager you help.
cases-title = You have { $count } open cases (oldest first):
cases-none = You have no open cases.
case-button = { $name } · { $village } · { $status }
case-new = New case
case-cancel = Cancel
case-cancelled = Cancelled.
case-ask-name = The villager's name or initials (e.g. "Uncle Wang" or "WDY"):
case-ask-village = Which village does the villager live in?
case-ask-consent = Has { $name } agreed that you apply for them and that we keep what the application needs?
case-consent-yes = The villager agreed
case-consent-no = Not yet
case-ask-phone = Type the villager's phone number if you want to keep it (only a masked form is stored), or tap "Skip".
case-skip-phone = Skip
case-created = Case opened for { $name }. What you do now is recorded in this case. Choose a service:
case-card = 📁 Case: { $name } ({ $village })
    Status: { $status }
    Phone: { $phone }
    Notes: { $notes }
case-service = Service in progress: { $service }
case-new-service = Another service
case-close = Close and erase
case-close-confirm = Close and erase the case of { $name }? This cannot be undone.
case-close-yes = Yes, erase it
case-closed = The case is closed and erased.
case-leave = Back to my own
case-left = You left the case; this is your own conversation again.
case-status-set = Status set to: { $status }
case-note-added = Note saved.
case-note-usage = To add a note, send: /note your note
case-status-collecting = Collecting materials
case-status-ready = Ready to submit
case-status-submitted = Submitted
case-status-done = Done
nav-cases = My cases

case-denied-not_agent = Only village agents can do this. To become one, ask your township admin for an invite code and send /join CODE.
case-denied-revoked = Your agent role has been revoked; you can no longer see cases. Please contact your township admin.
case-denied-not_found_or_denied = There is no such case among the cases you may see.
case-denied-consent_required = A case can only be opened with the villager's consent. Come back when they agree.
case-denied-invalid_name = Please use 1 to 40 characters for the name.
case-denied-invalid_village = Please use 1 to 40 characters for the village.
case-denied-invalid_phone = That phone number does not look right. Type it again or tap "Skip".
case-denied-invalid_note = The note is empty or too long.
case-denied-invalid_status = Unknown status.
case-denied-invalid = That invite code is not valid. Please check it and send it again.
case-denied-used = That invite code has been used already; ask your admin for a new one.
case-denied-expired = That invite code has expired; ask your admin for a new one.
case-denied-already_admin = You are an admin already; you do not need an invite code.
case-denied-active_member = Agents' and admins' data can be erased only after an admin revokes their role.

proxy-in-person = For agents: the applicant must come in person. { $note }
proxy-agent-bring = The agent also brings:
proxy-agent-can-do = The agent can already:
