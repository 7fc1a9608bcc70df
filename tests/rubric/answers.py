"""Answers written for the tests, and variants that each remove one thing."""

QUESTION = "Tell me about a time you had to turn around a struggling project."

STRONG = (
    "Last spring I was the operations lead at a regional food bank with 40 volunteers. "
    "Our new warehouse scheduling system had launched three weeks late and deliveries were "
    "slipping. My goal was to get on-time deliveries back above 90% before the holiday drive in "
    "November. First I interviewed the six shift leads to find where the time went, because I "
    "did not trust the dashboard numbers. I found that volunteers were double-booked in the "
    "Airtable schedule, so I rebuilt the sign-up form with a capacity limit instead of asking "
    "coordinators to check by hand. Then I ran a two-week pilot on the Tuesday route and I "
    "trained every shift lead on the new form. As a result, on-time deliveries rose from 71% "
    "to 94% in six weeks, and we delivered 12,000 holiday meals with no missed stops. I learned "
    "to check the data at the source before I act on a dashboard."
)

WITHOUT_RESULT = STRONG.split(" As a result,")[0]

WE_VERSION = (
    STRONG.replace("First I interviewed", "First we interviewed")
    .replace("because I did not", "because we did not")
    .replace("I found that", "We found that")
    .replace("so I rebuilt", "so we rebuilt")
    .replace("Then I ran", "Then we ran")
    .replace("and I trained", "and we trained")
)

WITHOUT_NUMBERS = (
    "Last spring I was the operations lead at a regional food bank. Our new warehouse "
    "scheduling system had launched late and deliveries were slipping. My goal was to get "
    "deliveries back on time before the holiday drive. First I interviewed the shift leads to "
    "find where the time went, because I did not trust the dashboard. I found that volunteers "
    "were double-booked in the schedule, so I rebuilt the sign-up form with a capacity limit "
    "instead of asking coordinators to check by hand. Then I ran a pilot on one route and I "
    "trained every shift lead on the new form. As a result, deliveries were on time again, and "
    "the holiday drive went well. I learned to check the data at the "
    "source before I act on a dashboard."
)

UNRELATED_QUESTION = "What is your favourite programming language for embedded firmware, and why?"
