"""Seeds for the software and data areas. Written by us."""

from __future__ import annotations

from interview_coach.questions.seeds.model import Seeds

SOFTWARE: dict[str, Seeds] = {
    "system-design": Seeds(
        tasks=(
            "design a {domain} service that has to handle ten times today's traffic",
            "split a large application into services, and decide where the boundaries go",
            "design an API that other teams will depend on for years",
            "design a system that processes requests asynchronously through a queue",
            "choose between building a feature into an existing service and creating a new one",
            "design a notification system that must never send the same message twice",
        ),
        scenarios=(
            "the system you designed last year cannot keep up with new demand",
            "two teams need incompatible changes to the same API",
            "a product launch needs a new service in three weeks",
            "a vendor the architecture depends on announces it is shutting down",
            "a design review exposes a flaw in a system that is already half built",
        ),
        twists=(
            "the budget for infrastructure is halved",
            "the team has no one with ops experience",
        ),
    ),
    "debugging": Seeds(
        tasks=(
            "track down a bug that only happens in production and never on your machine",
            "find the cause of an error that appears once in every ten thousand requests",
            "debug a slow memory leak in a long-running process",
            "work out which of forty recent changes broke a feature",
            "investigate data that is wrong but produces no errors at all",
            "diagnose a failure that spans three services owned by different teams",
        ),
        scenarios=(
            "a critical {domain} flow starts failing for some users on a Friday evening",
            "a bug you fixed last month comes back",
            "the logs you need were never recorded",
            "a customer reports a problem nobody on the team can reproduce",
            "a fix works in testing but makes production worse",
        ),
        twists=(
            "you cannot attach a debugger to production",
            "users are losing data while you look",
        ),
    ),
    "performance": Seeds(
        tasks=(
            "find out why a page or endpoint became twice as slow",
            "make a {domain} workload handle far higher throughput without new hardware",
            "decide what to cache, where, and for how long",
            "speed up a slow database query that runs thousands of times a minute",
            "set a performance budget and keep the team within it",
            "reduce the cost of running a service without making it slower",
        ),
        scenarios=(
            "latency doubles after a release that did not touch the slow code",
            "a marketing campaign will triple traffic next week",
            "a batch job no longer finishes within its nightly window",
            "the team wants to rewrite a slow component in a faster language",
            "the cloud bill rises sharply while traffic stays flat",
        ),
        twists=("you can only change one component", "correctness must not suffer at all"),
    ),
    "reliability": Seeds(
        tasks=(
            "design for fault tolerance in a {domain} pipeline",
            "keep a service available when one of its dependencies goes down",
            "make a retried operation safe so that it never runs twice",
            "choose what to monitor and when to wake someone up",
            "plan recovery from the loss of a whole data centre or region",
            "set a reliability target with the business and defend it",
        ),
        scenarios=(
            "your service goes down during the busiest hour of the year",
            "an alert fires every night and the team has started ignoring it",
            "a dependency you do not control has had three outages this month",
            "a postmortem shows the same cause as an incident six months ago",
            "a partial outage corrupts a small fraction of {domain} records",
        ),
        twists=("the on-call engineer is new", "a rollback is impossible"),
    ),
    "security": Seeds(
        tasks=(
            "store and check user passwords and sessions safely",
            "protect sensitive {domain} data at rest and in transit",
            "design access control so that people see only what they should",
            "review a new feature for security risks before release",
            "handle secrets such as API keys across environments",
            "respond in the first hour after a suspected breach",
        ),
        scenarios=(
            "a researcher reports a vulnerability in your product",
            "a library you depend on has a critical security flaw",
            "a colleague commits a production key to a public repository",
            "a customer asks for proof that their data is isolated from others",
            "security requirements threaten to delay a launch",
        ),
        twists=("the fix breaks a major customer's integration", "the attacker is an insider"),
    ),
    "data-engineering": Seeds(
        tasks=(
            "model the data for a new {domain} feature",
            "migrate a live table to a new schema without downtime",
            "choose between a relational database and another kind of store",
            "keep two systems consistent when they share the same data",
            "design a pipeline that loads data reliably every hour",
            "guarantee that a financial or safety-critical record is never lost or duplicated",
        ),
        scenarios=(
            "a table grows so large that queries on it start timing out",
            "a data migration has run halfway and then failed",
            "two services disagree about the state of the same record",
            "a downstream team finds duplicates in data your pipeline produced",
            "an urgent request needs historical data you never kept",
        ),
        twists=("the data must be correct to the cent", "reads cannot stop for even a minute"),
    ),
    "testing": Seeds(
        tasks=(
            "decide what to cover with unit, integration and end-to-end tests",
            "test code that depends on time, randomness or an external service",
            "bring a legacy codebase with no tests under control",
            "deal with a test suite that fails randomly",
            "build confidence in a release when you cannot test everything",
            "test a {domain} feature whose edge cases are hard to imagine",
        ),
        scenarios=(
            "the test suite takes forty minutes and developers skip it",
            "a serious bug reaches production despite full test coverage",
            "your team is pressed to ship without the usual testing",
            "a third-party system you depend on has no test environment",
            "a new teammate's code arrives with no tests",
        ),
        twists=("the release date cannot move", "the code was written by someone who has left"),
    ),
    "delivery": Seeds(
        tasks=(
            "set up a pipeline that takes a change from commit to production safely",
            "roll out a risky change to a fraction of users first",
            "roll back a release that damaged data, not just code",
            "manage infrastructure so that environments stay consistent",
            "cut the time from merge to production from days to hours",
            "release a database change and an application change together",
        ),
        scenarios=(
            "a deploy fails halfway and leaves servers on different versions",
            "the team deploys once a month and every release is painful",
            "production and staging behave differently",
            "a manual release step depends on one person who is on holiday",
            "a new compliance rule requires approval for every production change",
        ),
        twists=("you must deploy during business hours", "you cannot add new tools"),
    ),
}

DATA: dict[str, Seeds] = {
    "data-querying": Seeds(
        tasks=(
            "find the customers who stopped buying in the last quarter",
            "combine data from two sources that use different identifiers",
            "clean a dataset with duplicates, blanks and inconsistent formats",
            "calculate a running total or a month-over-month change",
            "make an analysis reproducible so that someone else can rerun it",
            "check that a join has not silently dropped or duplicated rows",
        ),
        scenarios=(
            "a number in your report does not match the finance team's",
            "your query takes an hour and the meeting starts in twenty minutes",
            "a stakeholder asks for data that lives in five spreadsheets",
            "a source system changes its format without warning",
            "you find an error in an analysis you shared last week",
        ),
        twists=("the raw data cannot be changed", "you have only spreadsheets to work with"),
    ),
    "statistics": Seeds(
        tasks=(
            "design an experiment to test whether a change improved results",
            "decide whether a difference between two groups is real or noise",
            "explain a confidence interval to a manager",
            "handle a sample that is clearly not representative",
            "separate correlation from causation in observational data",
            "choose how much data you need before drawing a conclusion",
        ),
        scenarios=(
            "an A/B test shows a big win after only two days",
            "leadership wants a forecast and the history is only six months long",
            "two analysts reach opposite conclusions from the same data",
            "a metric moves sharply and everyone wants an explanation today",
            "a model that worked last year starts making poor predictions",
        ),
        twists=("the sample is tiny", "the decision-maker wants certainty"),
    ),
    "data-storytelling": Seeds(
        tasks=(
            "design a dashboard that a busy manager will actually use",
            "present an analysis whose conclusion your audience will not like",
            "choose the right chart for a comparison over time",
            "turn a long analysis into one recommendation",
            "decide which metrics belong on a team's weekly report",
            "show uncertainty in a chart without confusing people",
        ),
        scenarios=(
            "nobody has opened the dashboard you built in a month",
            "a senior leader misreads your chart in a meeting",
            "you are asked for a report by tomorrow on a question you think is wrong",
            "different teams want the same metric defined differently",
            "your findings contradict what the team expected",
        ),
        twists=("you have five minutes to present", "the audience is not numerate"),
    ),
    "data-quality": Seeds(
        tasks=(
            "check whether a new dataset can be trusted before you use it",
            "trace a wrong figure back to where the error entered",
            "set up checks that catch bad data before it reaches a report",
            "reconcile two systems that should agree but do not",
            "decide what to do with missing values",
            "get the owners of a source system to fix data at the source",
        ),
        scenarios=(
            "a key report has been wrong for three months",
            "duplicate records inflate a number leadership relies on",
            "a field changes meaning halfway through the history",
            "another team refuses to fix data they produce",
            "you find personal data where it should not be",
        ),
        twists=("the report goes to regulators", "nobody owns the source system"),
    ),
}
