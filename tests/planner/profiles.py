"""Hand-made profiles for planner tests: one candidate and one job per profession."""

from __future__ import annotations

from interview_coach.profile.model import Achievement, CandidateProfile, JobProfile, Role
from interview_coach.rubric.scorecard import DimensionScore, Scorecard
from interview_coach.vocabulary import Dimension, QuestionType

FINTECH_ENGINEER = CandidateProfile(
    roles=(
        Role(
            "Backend Engineer",
            "Acme Pay",
            bullets=("Built high-volume transaction systems processing 3M payments a day",),
        ),
    ),
    domains=("fintech",),
    skills=("Python", "Kafka", "PostgreSQL"),
    achievements=(
        Achievement(
            "Led the migration of the payments ledger to PostgreSQL, cutting reconciliation "
            "time by 40%",
            ("40%",),
        ),
        Achievement("Built a real-time fraud detection service handling 2M events/day"),
        Achievement("Mentored three junior engineers who were later promoted"),
    ),
)
PAYMENTS_JOB = JobProfile(
    title="Senior Payments Engineer",
    seniority="senior",
    must_have=("Python", "Kafka", "PostgreSQL", "Distributed systems"),
    nice_to_have=("Kubernetes", "PCI DSS"),
    responsibilities=(
        "Design and build scalable payment APIs",
        "Own the reliability of our payment processing systems",
        "Mentor engineers across the team",
    ),
    domain="payments",
    values=("ownership", "transparency"),
)

NURSE = CandidateProfile(
    roles=(Role("Staff Nurse", "St Luke's Hospital", bullets=("Triaged 30 patients per shift",)),),
    skills=("Triage", "Medication administration", "Patient assessment"),
    achievements=(
        Achievement("Reduced medication errors on the ward by 25% with a double-check protocol"),
        Achievement("Trained 12 colleagues on the new electronic health record"),
    ),
)
NURSE_JOB = JobProfile(
    title="Registered Nurse",
    must_have=("Triage", "Medication administration", "Patient assessment", "Infection control"),
    responsibilities=(
        "Provide direct patient care on a busy surgical ward",
        "Complete accurate documentation and handover",
    ),
    domain="healthcare",
    values=("compassion",),
)

SALES_MANAGER = CandidateProfile(
    roles=(Role("Account Executive", "Brightline"),),
    skills=("Salesforce", "Negotiation", "Forecasting"),
    achievements=(
        Achievement("Exceeded quota by 130% for three consecutive years"),
        Achievement("Closed the largest enterprise deal in company history worth $1.2M"),
    ),
)
SALES_JOB = JobProfile(
    title="Sales Manager",
    must_have=("Pipeline management", "Negotiation", "Forecasting", "Salesforce"),
    responsibilities=("Coach a team of eight account executives", "Own the quarterly forecast"),
    domain="SaaS",
)

DATA_ANALYST = CandidateProfile(
    roles=(Role("Data Analyst", "Northwind Retail"),),
    skills=("SQL", "Tableau", "Python"),
    achievements=(
        Achievement("Automated weekly sales reporting in Python and SQL, saving 6 hours a week"),
        Achievement("Built a Tableau dashboard used by 40 store managers"),
    ),
)
DATA_JOB = JobProfile(
    title="Data Analyst",
    must_have=("SQL", "Tableau", "A/B testing", "Data quality"),
    responsibilities=("Build and maintain dashboards for the commercial team",),
    domain="retail",
)

TEACHER = CandidateProfile(
    roles=(Role("Teacher of Mathematics", "Riverside Academy"),),
    skills=("Lesson planning", "Classroom management"),
    achievements=(
        Achievement("Introduced weekly low-stakes quizzes, raising pass rates by 18%"),
        Achievement("Ran a Saturday revision club attended by 60 students"),
    ),
)
TEACHER_JOB = JobProfile(
    title="Mathematics Teacher",
    must_have=("Lesson planning", "Classroom management", "Formative assessment"),
    nice_to_have=("Differentiation",),
    responsibilities=("Plan and deliver engaging, differentiated lessons for Years 7-11",),
    domain="education",
)


def scorecard(overall: float, **dimensions: float) -> Scorecard:
    """A scorecard with every dimension at ``overall`` unless named otherwise."""
    scores = tuple(DimensionScore(d, dimensions.get(d.value, overall)) for d in Dimension)
    return Scorecard(QuestionType.BEHAVIORAL, scores, overall)
