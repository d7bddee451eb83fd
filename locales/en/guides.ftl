## Service-guide rendering (banshi guides show, and checklists later).

guide-sample-notice = [Sample data] This guide follows common national practice; local rules may differ. Please confirm with your local office or the 12345 hotline before you go.
guide-updated = Updated: { $date }
guide-source = Source: { $source }
guide-audience = Who it is for
guide-eligibility = Conditions
guide-situations = Your situation
guide-materials = What to bring
guide-steps = Steps
guide-where = Where to go
guide-online = Online
guide-online-none = There is no national online channel yet; please apply at a service window.
guide-time-limit = Time limit
guide-fees = Fees
guide-free = Free of charge
guide-fee-item = { $label }: { $amount } yuan
guide-proxy = Can someone apply for you?
guide-proxy-yes = Yes, someone else may apply on your behalf.
guide-proxy-no = No, you must go in person.
guide-proxy-partly = Partly: some steps can be done by someone else.
guide-proxy-bring = The person applying for you brings:
guide-proxy-can-do = They can still:
guide-legal = Legal basis
guide-only-when = (only if: { $condition })
guide-copies = { $copies ->
    [one] 1 copy
   *[other] { $copies } copies
}
guide-not-found = There is no service with the id "{ $id }". Use banshi guides show with one of: { $ids }
guide-store-empty = The service guides are not loaded yet. Run banshi guides load first.

form-original = original
form-copy = photocopy
form-original_and_copy = original and photocopy
form-electronic = electronic copy
form-on_site = done at the counter

office-type-county_service_center = County government service centre
office-type-police_household_window = Police household registration window
office-type-social_security_office = Social insurance office
office-type-medical_insurance_office = Medical insurance office
office-type-civil_affairs_office = Civil affairs office
office-type-marriage_registry = Marriage registry
office-type-disabled_persons_federation = Disabled Persons' Federation
office-type-housing_fund_center = Housing provident fund centre
office-type-agriculture_office = Agriculture and rural affairs office
office-type-township_service_center = Township service centre
office-type-village_service_station = Village service station
office-type-hospital = Designated hospital

## Offices
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
