"""Technical areas of software and data work, recognised from a job's skills."""

from __future__ import annotations

from interview_coach.competencies.model import Competency, Family, anchors
from interview_coach.vocabulary import QuestionType, TopicFocus

_T = (QuestionType.TECHNICAL, QuestionType.SITUATIONAL)
_HARD = frozenset({TopicFocus.HARD_SKILLS})


def _area(
    id: str,
    name: str,
    family: Family,
    description: str,
    keywords: tuple[str, ...],
    triggers: tuple[str, ...],
    levels: tuple[str, str, str, str],
) -> Competency:
    return Competency(
        id=id,
        name=name,
        family=family,
        types=_T,
        description=description,
        keywords=keywords,
        triggers=triggers,
        focus=_HARD,
        anchors=anchors(*levels),
    )


SOFTWARE: tuple[Competency, ...] = (
    _area(
        "system-design",
        "System design",
        Family.SOFTWARE,
        "Shaping components, interfaces and data flow so a system meets its requirements.",
        ("component", "interface", "api", "scal", "architecture", "boundary", "queue"),
        (
            "architect",
            "system design",
            "microservice",
            "distributed",
            "api design",
            "restful",
            "graphql",
            "backend",
            "design and build",
            "scalable",
        ),
        (
            "Lists technologies without a design; requirements are never asked about.",
            "A workable design for the happy path; load, failure and change are not considered.",
            "Starts from requirements, sketches components and data flow, justifies trade-offs.",
            "Designs for growth and failure, names what they would defer, and explains how the "
            "design would evolve and be validated in production.",
        ),
    ),
    _area(
        "debugging",
        "Debugging",
        Family.SOFTWARE,
        "Finding the cause of a fault methodically, from symptom to fix.",
        ("reproduce", "logs", "root cause", "bisect", "hypothesis", "stack trace"),
        ("debug", "troubleshoot", "incident", "production support", "root cause", "on-call"),
        (
            "Guesses at fixes or restarts things; no method.",
            "Reads logs and tries likely fixes until one works.",
            "Reproduces, narrows down with evidence, fixes the cause and adds a regression test.",
            "Debugs systematically across system boundaries, communicates during the incident, "
            "and removes the class of bug afterwards.",
        ),
    ),
    _area(
        "performance",
        "Performance",
        Family.SOFTWARE,
        "Making software fast and efficient where it matters, guided by measurement.",
        ("latency", "profil", "throughput", "cache", "benchmark", "p99", "optimi"),
        (
            "performance",
            "latency",
            "optimi",
            "high-volume",
            "high volume",
            "throughput",
            "caching",
            "low-latency",
            "scalab",
        ),
        (
            "Optimises by instinct, or not at all; no measurement.",
            "Knows common techniques such as caching or indexing but applies them untargeted.",
            "Measures first, finds the bottleneck, fixes it and verifies the gain.",
            "Sets performance budgets, weighs speed against cost and complexity, and guards "
            "against regressions over time.",
        ),
    ),
    _area(
        "reliability",
        "Reliability",
        Family.SOFTWARE,
        "Keeping a system available and correct when parts of it fail.",
        ("retry", "idempot", "failover", "redundan", "monitor", "alert", "slo"),
        (
            "reliab",
            "availability",
            "fault toleran",
            "resilien",
            "sre",
            "monitoring",
            "observability",
            "uptime",
            "high availability",
            "disaster recovery",
            "kubernetes",
        ),
        (
            "Assumes things will not fail; no plan for when they do.",
            "Adds retries or backups without thinking through their side effects.",
            "Designs for known failure modes with timeouts, idempotency and monitoring.",
            "Defines reliability targets, tests failure deliberately, limits blast radius and "
            "learns from incidents without blame.",
        ),
    ),
    _area(
        "security",
        "Security",
        Family.SOFTWARE,
        "Protecting systems and data against misuse, by design.",
        ("threat", "authenticat", "authoriz", "encrypt", "least privilege", "vulnerab"),
        (
            "security",
            "secure",
            "authentication",
            "encryption",
            "owasp",
            "iam",
            "pci",
            "gdpr",
            "penetration",
            "identity",
        ),
        (
            "Treats security as someone else's job or a checkbox.",
            "Knows common measures such as hashing passwords and HTTPS, applied ad hoc.",
            "Thinks in threats, applies least privilege and secure defaults, validates input.",
            "Builds security into the design and the team's habits, balances it with usability, "
            "and plans for detection and response.",
        ),
    ),
    _area(
        "data-engineering",
        "Data storage and pipelines",
        Family.SOFTWARE,
        "Modelling, storing and moving data correctly and at the right cost.",
        ("schema", "index", "transaction", "migration", "consisten", "partition"),
        (
            "database",
            "postgres",
            "mysql",
            "sql server",
            "nosql",
            "mongodb",
            "kafka",
            "etl",
            "data pipeline",
            "data model",
            "spark",
            "redis",
            "ledger",
            "transaction",
        ),
        (
            "Stores data wherever is convenient; consistency is not considered.",
            "A reasonable schema for today's queries; migrations and growth are afterthoughts.",
            "Models data around access patterns and invariants, plans migrations safely.",
            "Chooses consistency and storage models deliberately, evolves schemas without "
            "downtime, and keeps data trustworthy end to end.",
        ),
    ),
    _area(
        "testing",
        "Testing and quality",
        Family.SOFTWARE,
        "Building confidence that software works, and keeps working as it changes.",
        ("unit test", "integration test", "coverage", "regression", "mock", "test case"),
        (
            "test",
            "testing",
            "qa",
            "quality assurance",
            "tdd",
            "selenium",
            "cypress",
            "pytest",
            "junit",
            "quality",
        ),
        (
            "Tests manually, if at all.",
            "Writes tests after the fact, mostly for the happy path.",
            "Chooses what to test at which level, covers edge cases, keeps tests fast and stable.",
            "Designs for testability, uses tests to drive design and safe change, and measures "
            "quality by escaped defects rather than coverage alone.",
        ),
    ),
    _area(
        "delivery",
        "Delivery and operations",
        Family.SOFTWARE,
        "Shipping changes to production safely and often.",
        ("pipeline", "deploy", "rollback", "feature flag", "infrastructure", "release"),
        (
            "ci/cd",
            "continuous integration",
            "continuous delivery",
            "devops",
            "docker",
            "terraform",
            "aws",
            "azure",
            "gcp",
            "cloud",
            "deployment",
            "release",
        ),
        (
            "Deploys by hand, rarely, and hopes.",
            "Uses a pipeline someone else set up; rollback is unclear.",
            "Automates build, test and deploy, with small releases and a rollback path.",
            "Makes release a non-event: progressive rollout, observability tied to releases, "
            "and infrastructure managed as reviewed code.",
        ),
    ),
)

DATA: tuple[Competency, ...] = (
    _area(
        "data-querying",
        "Querying and wrangling data",
        Family.DATA,
        "Getting the right data out and into shape, correctly and reproducibly.",
        ("join", "query", "group by", "window function", "clean", "pandas"),
        (
            "sql",
            "querying",
            "data wrangling",
            "pandas",
            "excel",
            "data extraction",
            "bigquery",
            "snowflake",
            "spreadsheet",
        ),
        (
            "Cannot describe how they would get or shape the data.",
            "Writes basic queries; joins and edge cases such as duplicates are shaky.",
            "Writes correct, readable queries, checks row counts and joins, documents steps.",
            "Writes efficient, reproducible transformations others can reuse, and catches silent "
            "errors before they reach a decision.",
        ),
    ),
    _area(
        "statistics",
        "Statistics and experimentation",
        Family.DATA,
        "Drawing sound conclusions from data under uncertainty.",
        ("significance", "confidence", "sample", "bias", "regression", "a/b", "variance"),
        (
            "statistic",
            "a/b test",
            "experiment",
            "regression",
            "hypothesis test",
            "modelling",
            "forecasting model",
            "machine learning",
        ),
        (
            "Reads any difference as real; no notion of uncertainty.",
            "Knows the standard tests, but applies them mechanically.",
            "Chooses methods for the question, checks assumptions, reports uncertainty honestly.",
            "Designs studies that answer the business question, anticipates bias, and explains "
            "limits in plain language.",
        ),
    ),
    _area(
        "data-storytelling",
        "Reporting and visualisation",
        Family.DATA,
        "Turning analysis into reports and visuals that drive a decision.",
        ("dashboard", "chart", "audience", "insight", "recommendation", "kpi"),
        (
            "tableau",
            "power bi",
            "looker",
            "dashboard",
            "visuali",
            "reporting",
            "kpi",
            "presenting insights",
            "data storytelling",
        ),
        (
            "Produces charts without a message.",
            "Accurate reports, but the reader has to find the point.",
            "Leads with the insight, picks visuals for the audience, states the recommendation.",
            "Shapes the decision: anticipates questions, shows uncertainty honestly, and tracks "
            "whether the insight was acted on.",
        ),
    ),
    _area(
        "data-quality",
        "Data quality",
        Family.DATA,
        "Knowing whether data can be trusted, and making it so.",
        ("missing", "duplicate", "validation", "outlier", "lineage", "reconcil"),
        (
            "data quality",
            "data governance",
            "data validation",
            "data cleaning",
            "master data",
            "data integrity",
            "reconciliation",
        ),
        (
            "Takes data at face value.",
            "Spots obvious problems such as blanks when they cause errors.",
            "Profiles data before use, validates against known totals, documents fixes.",
            "Builds checks into pipelines, traces issues to their source, and sets ownership so "
            "quality holds without heroics.",
        ),
    ),
)
