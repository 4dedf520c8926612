# METADATA
# title: Datum
# description: Hjälpfunktioner för datum i ärendemodellen (ÅÅÅÅ-MM-DD).
package tjlint.lib.dates

# iso is true for a string shaped like YYYY-MM-DD: one anchored regex, no
# time parsing. ISO dates of this shape order correctly as strings, so rules
# compare them with < and >. Whether the date exists (2024-02-30) is the
# schema's job.
iso(s) if {
	is_string(s)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, s)
}

# days_from(a, b) is the number of days from ISO date a to ISO date b
# (positive when b is later). It parses the dates, so call it only where a
# finding is being built.
days_from(a, b) := round((time.parse_ns("2006-01-02", b) - time.parse_ns("2006-01-02", a)) / 86400000000000)

# answers_referral is true when the case answers a referral: it is an
# yttrande, or it has a referral object.
answers_referral if is_object(input.referral)

answers_referral if input.kind == "yttrande"

# deadline is the referral's deadline when it is an ISO date.
deadline := d if {
	d := input.referral.deadline
	iso(d)
}

# decision_date is [field, date]: the meeting date when known, else the
# document's date.
decision_date := ["meeting_date", input.meeting_date] if {
	iso(input.meeting_date)
} else := ["date", input.date] if {
	iso(input.date)
}
