"""Seeds for clinical, sales, teaching and general areas. Written by us."""

from __future__ import annotations

from interview_coach.questions.seeds.model import Seeds

CLINICAL: dict[str, Seeds] = {
    "triage": Seeds(
        tasks=(
            "prioritise four patients who arrive within ten minutes of each other",
            "recognise a patient who looks stable but is about to deteriorate",
            "decide when to escalate a patient to a doctor or a rapid response team",
            "re-triage a waiting room when a new emergency arrives",
            "explain to a waiting patient and their family why others are seen first",
            "use an early warning score, and know when not to trust it",
        ),
        scenarios=(
            "two of your patients deteriorate at the same time",
            "a patient's family insists their relative be seen immediately",
            "a patient with a low triage score tells you something feels very wrong",
            "the unit is full and an ambulance is ten minutes out",
            "a junior colleague under-triaged a patient an hour ago",
        ),
        twists=("you are the most senior nurse on shift", "the doctor is tied up in theatre"),
    ),
    "medication-safety": Seeds(
        tasks=(
            "check a medication before giving it, step by step",
            "handle a prescription you think has the wrong dose",
            "manage high-risk medicines such as insulin or anticoagulants",
            "reconcile a patient's medicines when they are admitted",
            "respond when you realise you have given a medication late or wrongly",
            "keep medication rounds safe when you are constantly interrupted",
        ),
        scenarios=(
            "a doctor gives you a verbal order in a hurry and leaves",
            "you find a controlled drug count does not match",
            "a patient refuses a medication they clearly need",
            "a colleague asks you to sign for a drug you did not see given",
            "two patients on your round have almost identical names",
        ),
        twists=("the patient cannot tell you their allergies", "pharmacy is closed overnight"),
    ),
    "patient-assessment": Seeds(
        tasks=(
            "carry out a full assessment of a newly admitted patient",
            "assess pain in a patient who cannot tell you about it",
            "spot early signs of sepsis",
            "tell the difference between an expected change and a warning sign after surgery",
            "assess a patient's risk of falls or pressure injuries",
            "decide what to hand over from your assessment and what to act on now",
        ),
        scenarios=(
            "a patient's observations are normal but they seem confused and unlike themselves",
            "a family member says the patient is not their usual self",
            "you inherit a patient whose last assessment was six hours ago",
            "a patient's readings conflict with how they look",
            "a patient minimises their symptoms because they want to go home",
        ),
        twists=(
            "you have five patients and no support worker",
            "the patient does not speak English",
        ),
    ),
    "infection-control": Seeds(
        tasks=(
            "decide whether a patient needs isolation",
            "manage a wound to keep infection out",
            "keep up hand hygiene and protective equipment standards on a busy shift",
            "respond to a suspected outbreak on your unit",
            "insert or care for a line or catheter without introducing infection",
            "teach a patient or family how to reduce infection risk at home",
        ),
        scenarios=(
            "a senior colleague skips hand hygiene between patients",
            "protective equipment runs short mid-shift",
            "a patient in a shared bay develops symptoms of a contagious infection",
            "visitors refuse to follow isolation precautions",
            "a surgical wound you have been dressing shows signs of infection",
        ),
        twists=("no side room is free", "the patient is at the end of life"),
    ),
    "care-coordination": Seeds(
        tasks=(
            "give a handover that the next nurse can act on without asking questions",
            "write a care plan that the whole team follows",
            "plan a safe discharge for a patient with complex needs",
            "coordinate care between nurses, doctors, therapists and social workers",
            "document care accurately when the shift has been chaotic",
            "involve a patient and their family in planning their care",
        ),
        scenarios=(
            "a patient is ready for discharge but the support at home is not in place",
            "you receive a handover that leaves out something important",
            "the therapist and the doctor give you conflicting plans for a patient",
            "your notes are needed for an incident review",
            "a patient is transferred to you with incomplete records",
        ),
        twists=("the bed is needed within the hour", "the family disagrees with the plan"),
    ),
}

SALES: dict[str, Seeds] = {
    "pipeline-management": Seeds(
        tasks=(
            "qualify a new opportunity and decide whether it deserves your time",
            "keep your CRM honest enough that your manager can rely on it",
            "move a deal that has stalled at the same stage for two months",
            "decide when to walk away from an opportunity",
            "build enough pipeline to hit a target two quarters out",
            "run a weekly pipeline review for yourself",
        ),
        scenarios=(
            "half your pipeline is made of deals from a single customer segment",
            "your biggest opportunity goes silent a week before it should close",
            "you inherit a territory whose pipeline is full of dead deals",
            "your manager asks you to move deals forward to hit the quarter",
            "a new product launch changes which deals you should chase",
        ),
        twists=("your quota rises by half", "a competitor undercuts your price by a third"),
    ),
    "negotiation": Seeds(
        tasks=(
            "prepare for a negotiation with a large {domain} customer",
            "respond when a buyer asks for a big discount at the last minute",
            "trade a concession for something of value in return",
            "handle procurement joining a deal late and reopening everything",
            "decide your walk-away point before a negotiation",
            "negotiate contract terms without damaging the relationship",
        ),
        scenarios=(
            "a customer says a competitor will do it for twenty percent less",
            "the buyer's boss joins the final call and changes the terms",
            "your own company refuses a concession you promised",
            "a customer wants to sign today only if you include a free extra",
            "negotiations stall over a legal clause you cannot change",
        ),
        twists=("you need the deal to make your quarter", "the buyer holds all the leverage"),
    ),
    "forecasting": Seeds(
        tasks=(
            "build a quarterly forecast you would stake your reputation on",
            "decide which deals to commit and which to call upside",
            "explain to your manager why last quarter's forecast was wrong",
            "forecast a new product with no sales history",
            "spot early that the quarter is at risk",
            "set targets for a team from a company-level number",
        ),
        scenarios=(
            "a deal you committed slips into next quarter on the last day",
            "your manager wants a higher forecast than you believe in",
            "your forecast has been too optimistic three quarters running",
            "a major customer freezes all spending",
            "leadership asks for next year's number with a week's notice",
        ),
        twists=("the board sees your number", "half your deals depend on one approval"),
    ),
    "prospecting": Seeds(
        tasks=(
            "define the ideal customer to prospect in {domain}",
            "write a first message to a senior buyer who has never heard of you",
            "plan a week of outreach across calls, email and social channels",
            "research an account before the first call",
            "get a referral from an existing customer",
            "decide when to stop following up with a silent prospect",
        ),
        scenarios=(
            "your outreach gets a one percent reply rate",
            "you are moved to a brand-new territory with no customers",
            "a prospect replies that they are happy with their current supplier",
            "marketing leads are plentiful but rarely convert",
            "a target account has just signed with a competitor",
        ),
        twists=("you cannot offer any discount", "you have only one week"),
    ),
    "account-management": Seeds(
        tasks=(
            "plan how to grow an existing account over the next year",
            "spot the early signs that a customer may leave",
            "build relationships beyond your single main contact",
            "run a business review that the customer values",
            "handle a renewal when the customer is unhappy",
            "find an upsell that genuinely serves the customer",
        ),
        scenarios=(
            "your champion at a key account leaves the company",
            "a major customer escalates a service failure to your CEO",
            "a customer asks for a feature your product will never have",
            "a big account's usage drops by half in a quarter",
            "a customer wants a price cut at renewal",
        ),
        twists=("the account is a third of your revenue", "the new contact favours a competitor"),
    ),
}

TEACHING: dict[str, Seeds] = {
    "lesson-planning": Seeds(
        tasks=(
            "plan a lesson that introduces a difficult new concept",
            "plan a sequence of lessons that builds on what students already know",
            "decide what students should be able to do by the end of a lesson",
            "build checks for understanding into a lesson",
            "adapt a lesson plan that is clearly not working halfway through",
            "plan a lesson for a class you have never taught",
        ),
        scenarios=(
            "half the class has already mastered what you planned to teach",
            "a lesson observation is tomorrow and your plan relies on technology that just failed",
            "you inherit a class six weeks behind the scheme of work",
            "students forget last week's content by the next lesson",
            "a new curriculum starts next term with little guidance",
        ),
        twists=("you have a cover teacher's notes only", "the lesson is forty minutes shorter"),
    ),
    "classroom-management": Seeds(
        tasks=(
            "set up routines and expectations with a new class",
            "deal with low-level disruption without stopping the lesson",
            "build a relationship with a student who challenges you",
            "respond to a serious incident in the classroom",
            "keep a class focused in the last lesson of the day",
            "work with parents or carers about a student's behaviour",
        ),
        scenarios=(
            "a student refuses to follow instructions in front of the class",
            "a group of students keeps talking over you",
            "two students start a fight at the start of a lesson",
            "a usually calm student suddenly becomes disruptive",
            "a parent complains that you are treating their child unfairly",
        ),
        twists=("a senior leader is observing", "the school's policy seems to make it worse"),
    ),
    "student-assessment": Seeds(
        tasks=(
            "find out what a class already knows before a new topic",
            "give feedback that students act on",
            "use assessment results to change what you teach next",
            "mark a large set of work fairly and on time",
            "design a test that shows real understanding, not just recall",
            "help students assess their own work",
        ),
        scenarios=(
            "test results show most of the class misunderstood a key idea",
            "a student's grades drop suddenly",
            "students ignore the written feedback you give",
            "a parent disputes a grade you awarded",
            "your predicted grades are much higher than the exam results",
        ),
        twists=("you have ninety students", "the exam is in two weeks"),
    ),
    "differentiation": Seeds(
        tasks=(
            "plan a lesson for a class with a wide range of abilities",
            "support a student with special educational needs in a mainstream class",
            "stretch the most able students without leaving others behind",
            "support a student who is still learning the language of instruction",
            "work with a teaching assistant to support specific students",
            "adapt materials so that every student can access the same content",
        ),
        scenarios=(
            "a student's support plan asks for something you cannot provide alone",
            "a gifted student is bored and disengaging",
            "a new student arrives mid-year with no records",
            "a group of students is falling further behind every week",
            "a parent asks why their child gets different work from their friends",
        ),
        twists=("there is no teaching assistant", "the class has thirty-two students"),
    ),
}

GENERAL: dict[str, Seeds] = {
    "project-delivery": Seeds(
        tasks=(
            "plan a project with a fixed deadline and an uncertain scope",
            "spot and manage the biggest risks before they happen",
            "keep stakeholders informed about progress without drowning them",
            "bring a project that is running late back on track",
            "decide what to cut when time or budget runs out",
            "close a project and capture what was learned",
        ),
        scenarios=(
            "a key supplier misses a milestone your whole plan depends on",
            "the sponsor adds scope but not time",
            "your project is on schedule but the budget is nearly gone",
            "two projects need the same person in the same week",
            "halfway through, the business goal behind the project changes",
        ),
        twists=("the deadline is a legal requirement", "you cannot add people"),
    ),
    "process-improvement": Seeds(
        tasks=(
            "find the bottleneck in a process that everyone says is slow",
            "measure whether a process change actually helped",
            "standardise a process that each person does their own way",
            "reduce errors in a repetitive task",
            "make a change stick after the initial enthusiasm fades",
            "decide which improvement to tackle first",
        ),
        scenarios=(
            "a process you improved slides back to the old way",
            "staff resist a change that the data clearly supports",
            "errors in a key process double after a reorganisation",
            "a workaround has become the official way of working",
            "management wants savings that would hurt quality",
        ),
        twists=("you cannot buy any new tools", "the people affected were not consulted"),
    ),
    "domain-expertise": Seeds(
        tasks=(
            "apply {skill} to a problem you have not met before",
            "explain {skill} to a new colleague so that they can use it the next day",
            "decide when {skill} is the wrong tool for the job",
            "judge whether someone else's work with {skill} is good",
            "keep up with how {skill} is changing in {domain}",
            "combine {skill} with the rest of the role's daily work",
            "check the quality of your own work before anyone else relies on it",
            "explain the core method of your field to someone just starting out",
        ),
        scenarios=(
            "your approach with {skill} is challenged by a more senior colleague",
            "a task needs {skill} at a level beyond what you have done before",
            "a common practice with {skill} in your team is, in your view, wrong",
            "you are asked to train others in {skill} at short notice",
            "a mistake involving {skill} reaches the people you serve",
            "a new professional standard changes how your core work must be done",
            "you are the only person available who can do a specialist task, and you are unsure",
        ),
        twists=("there is no one to check your work", "the standard practice has just changed"),
    ),
}
