"""Technical areas outside software: clinical care, sales, teaching, and general craft."""

from __future__ import annotations

from interview_coach.competencies.model import Competency, Family, technical_area

CLINICAL: tuple[Competency, ...] = (
    technical_area(
        "triage",
        "Triage and prioritising care",
        Family.CLINICAL,
        "Deciding who needs care first, and re-deciding as patients change.",
        ("acuity", "priorit", "deteriorat", "escalat", "red flag", "early warning"),
        (
            "triage",
            "emergency",
            "acute",
            "urgent care",
            "critical care",
            "icu",
            "a&e",
            "emergency department",
        ),
        (
            "First come, first served; no sense of clinical priority.",
            "Uses the triage scale, but does not reassess as things change.",
            "Prioritises on acuity and red flags, reassesses and escalates on time.",
            "Manages a whole caseload dynamically, anticipates deterioration, and keeps the team "
            "and patients informed while doing it.",
        ),
    ),
    technical_area(
        "medication-safety",
        "Medication safety",
        Family.CLINICAL,
        "Giving the right medicine, dose, route and time, and catching errors.",
        ("rights of", "double-check", "allerg", "dose", "interaction", "incident report"),
        (
            "medication",
            "pharmacolog",
            "drug administration",
            "iv therapy",
            "prescri",
            "controlled drugs",
            "dispens",
        ),
        (
            "Relies on memory or habit; checks are skipped under pressure.",
            "Follows the checks, without understanding why each exists.",
            "Applies every check, questions unclear orders, reports and learns from errors.",
            "Builds safety into the team's routine, speaks up across hierarchy, and helps fix "
            "the system behind an error.",
        ),
    ),
    technical_area(
        "patient-assessment",
        "Patient assessment",
        Family.CLINICAL,
        "Gathering and interpreting a patient's signs, history and needs.",
        ("vital signs", "history", "observation", "baseline", "assessment", "pain"),
        (
            "patient assessment",
            "assessment",
            "vital signs",
            "observations",
            "patient care",
            "clinical judgement",
            "nursing care",
            "bedside",
        ),
        (
            "Collects numbers without interpreting them.",
            "A complete routine assessment; abnormal findings are noted but not acted on.",
            "Systematic assessment, spots what matters against the baseline, acts on it.",
            "Reads the whole picture including what the patient does not say, and turns findings "
            "into a clear plan the team follows.",
        ),
    ),
    technical_area(
        "infection-control",
        "Infection prevention",
        Family.CLINICAL,
        "Stopping infections spreading between patients, staff and visitors.",
        ("hand hygiene", "ppe", "isolation", "aseptic", "sterile", "outbreak"),
        ("infection", "hygiene", "aseptic", "sterile", "ppe", "wound care"),
        (
            "Treats precautions as optional when busy.",
            "Follows the standard precautions it was taught.",
            "Applies precautions consistently, chooses isolation correctly, challenges lapses.",
            "Leads by example, spots systemic risks, and improves how the unit prevents infection.",
        ),
    ),
    technical_area(
        "care-coordination",
        "Care planning and handover",
        Family.CLINICAL,
        "Planning care, documenting it and handing it over so nothing is lost.",
        ("care plan", "handover", "sbar", "documentation", "discharge", "multidisciplinary"),
        (
            "care plan",
            "documentation",
            "handover",
            "discharge",
            "ehr",
            "electronic health",
            "multidisciplinary",
            "case management",
            "care coordination",
        ),
        (
            "Documents late or vaguely; handover relies on memory.",
            "Complete notes and standard handover, with little tailoring to the patient.",
            "Clear, timely plans and structured handover; involves patient and team.",
            "Coordinates across disciplines and settings so care is seamless, and improves the "
            "team's handover practice.",
        ),
    ),
)

SALES: tuple[Competency, ...] = (
    technical_area(
        "pipeline-management",
        "Pipeline management",
        Family.SALES,
        "Keeping a healthy, honest pipeline and moving deals through it.",
        ("pipeline", "stage", "qualif", "crm", "conversion", "next step"),
        (
            "pipeline",
            "crm",
            "salesforce",
            "hubspot",
            "lead generation",
            "sales cycle",
            "opportunit",
            "deal",
        ),
        (
            "Pipeline is a list of hopes; stages mean nothing.",
            "Keeps the CRM up to date, but qualification is loose.",
            "Qualifies rigorously, knows each deal's next step, cleans out dead deals.",
            "Runs the pipeline as a system: coverage targets, conversion data and early signals "
            "that shape where time goes.",
        ),
    ),
    technical_area(
        "negotiation",
        "Negotiation and closing",
        Family.SALES,
        "Reaching agreements that hold, without giving away the margin.",
        ("concession", "walk away", "value", "objection", "discount", "terms"),
        ("negotiat", "closing", "close deals", "contract", "pricing", "objection handling"),
        (
            "Discounts to close; no preparation.",
            "Handles common objections; concessions are not traded for anything.",
            "Prepares walk-away points, trades concessions, sells on value.",
            "Shapes the deal structure itself, reads the buying group, and closes agreements "
            "that grow the account afterwards.",
        ),
    ),
    technical_area(
        "forecasting",
        "Sales forecasting",
        Family.SALES,
        "Predicting revenue honestly enough that the business can plan on it.",
        ("forecast", "commit", "quota", "accuracy", "weighted", "risk"),
        ("forecast", "quota", "revenue target", "targets", "sales planning", "budget"),
        (
            "Forecast is a guess, usually optimistic.",
            "Uses CRM stages for the number without challenging them.",
            "Builds the forecast deal by deal with evidence, flags risks early.",
            "Forecasts within a tight range consistently, explains variance, and coaches others "
            "to call their numbers honestly.",
        ),
    ),
    technical_area(
        "prospecting",
        "Prospecting",
        Family.SALES,
        "Finding and opening conversations with the right new customers.",
        ("outreach", "ideal customer", "cold", "referral", "sequence", "research"),
        (
            "prospect",
            "new business",
            "business development",
            "outbound",
            "cold call",
            "lead generation",
            "hunter",
        ),
        (
            "Sprays generic messages; no targeting.",
            "Works a list with a standard script.",
            "Targets an ideal customer profile, researches, personalises and follows up.",
            "Builds a repeatable engine: tested messaging, referral loops and data on what "
            "converts.",
        ),
    ),
    technical_area(
        "account-management",
        "Account management",
        Family.SALES,
        "Growing and keeping existing customers.",
        ("renewal", "upsell", "churn", "relationship", "account plan", "stakeholder map"),
        (
            "account manag",
            "key account",
            "customer success",
            "retention",
            "renewal",
            "upsell",
            "client relationship",
        ),
        (
            "Contacts the customer only at renewal time.",
            "Friendly relationship with one contact; growth is accidental.",
            "Account plans, several relationships, regular value reviews, early churn signals.",
            "Becomes a trusted adviser: grows accounts through the customer's own goals and "
            "turns them into references.",
        ),
    ),
)

TEACHING: tuple[Competency, ...] = (
    technical_area(
        "lesson-planning",
        "Lesson planning",
        Family.TEACHING,
        "Designing lessons and sequences that lead to learning.",
        ("objective", "sequence", "activity", "prior knowledge", "scaffold", "plenary"),
        (
            "lesson plan",
            "curriculum",
            "instruction",
            "schemes of work",
            "teaching",
            "instructional design",
            "syllabus",
        ),
        (
            "Plans activities to fill time, not learning to reach.",
            "Clear objectives and a sensible sequence, one pace for all.",
            "Plans from objectives and prior knowledge, builds in checks for understanding.",
            "Designs sequences that build lasting understanding, adapts them from evidence, and "
            "shares them with colleagues.",
        ),
    ),
    technical_area(
        "classroom-management",
        "Classroom management",
        Family.TEACHING,
        "Creating a calm, purposeful room where everyone can learn.",
        ("routine", "expectation", "behaviour", "behavior", "relationship", "consistent"),
        (
            "classroom management",
            "behaviour management",
            "behavior management",
            "pastoral",
            "safeguarding",
            "learning environment",
        ),
        (
            "Reacts to disruption with threats or ignores it.",
            "Follows the school's policy; consistency slips.",
            "Sets routines and expectations, stays consistent, builds relationships.",
            "Prevents most problems through design of the room and relationships, and handles "
            "the rest in a way that keeps dignity intact.",
        ),
    ),
    technical_area(
        "student-assessment",
        "Assessment and feedback",
        Family.TEACHING,
        "Finding out what students know and using it to teach better.",
        ("formative", "summative", "feedback", "rubric", "misconception", "data"),
        ("assessment", "grading", "marking", "feedback", "progress tracking", "exam"),
        (
            "Assessment means tests and grades only.",
            "Marks accurately; feedback is generic.",
            "Uses formative checks to adjust teaching, gives specific actionable feedback.",
            "Builds an assessment system students use to steer their own learning, and uses the "
            "data to change the curriculum.",
        ),
    ),
    technical_area(
        "differentiation",
        "Differentiation and inclusion",
        Family.TEACHING,
        "Making learning work for students with different needs.",
        ("adapt", "support", "stretch", "iep", "scaffold", "access"),
        (
            "differentiat",
            "inclusion",
            "inclusive",
            "special educational",
            "sen",
            "send",
            "iep",
            "ell",
            "esl",
            "learning support",
        ),
        (
            "Teaches one way and expects students to keep up.",
            "Provides extra help or extension when asked.",
            "Plans for known needs, scaffolds and stretches, works with support staff.",
            "Designs lessons that every learner can access from the start, and can show the "
            "progress it produced.",
        ),
    ),
)

GENERAL: tuple[Competency, ...] = (
    technical_area(
        "project-delivery",
        "Planning and delivery",
        Family.GENERAL,
        "Planning work, managing risk and delivering on time and budget.",
        ("plan", "milestone", "risk", "budget", "scope", "schedule"),
        (
            "project manag",
            "planning",
            "budget",
            "schedul",
            "risk management",
            "agile",
            "scrum",
            "roadmap",
            "milestone",
        ),
        (
            "No plan, or a plan never revisited.",
            "A schedule with tasks; risks are discovered as they happen.",
            "Plans with milestones and risks, tracks progress, adjusts scope early.",
            "Delivers predictably under uncertainty, makes trade-offs visible to stakeholders, "
            "and leaves a process others can repeat.",
        ),
    ),
    technical_area(
        "process-improvement",
        "Process improvement",
        Family.GENERAL,
        "Making the way work gets done faster, cheaper or safer, with evidence.",
        ("bottleneck", "measure", "waste", "standardis", "before and after", "root cause"),
        (
            "process improvement",
            "lean",
            "six sigma",
            "efficien",
            "continuous improvement",
            "workflow",
            "operations",
            "quality improvement",
            "audit",
        ),
        (
            "Works around problems rather than fixing them.",
            "Suggests fixes based on opinion.",
            "Maps the process, finds the bottleneck with data, tests a change, measures it.",
            "Changes how the organisation improves: builds the habit, the measures and the "
            "ownership so improvements stick.",
        ),
    ),
    technical_area(
        "domain-expertise",
        "Core expertise for the role",
        Family.GENERAL,
        "Command of the specific skills and tools the job asks for.",
        ("experience with", "used", "applied", "tool", "method", "standard"),
        (),
        (
            "Names the skill but cannot describe using it.",
            "Has used the skill on routine tasks as instructed.",
            "Applies the skill independently, explains choices and limits, with examples.",
            "Deep, current expertise: knows when not to use it, teaches it to others, and has "
            "improved how it is used where they work.",
        ),
    ),
)
