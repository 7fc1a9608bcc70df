"""Seeds for the motivational competencies. Written by us."""

from __future__ import annotations

from interview_coach.questions.seeds.model import Seeds

MOTIVATION: dict[str, Seeds] = {
    "role-motivation": Seeds(
        asks=(
            "what draws you to the {role} role in particular",
            "why do you want to do this kind of work now rather than in a few years",
            "which part of {responsibility} do you expect to enjoy most",
            "why {domain}, and why now",
            "what would make you turn this role down if it were offered",
            "which line of the job description made you decide to apply",
            "what do you hope to do here day to day that your current job does not let you do",
            "what do you expect to be the hardest part of the {role} role for you",
        ),
        twists=("the role turns out to be mostly routine work", "a better-paid offer arrives"),
    ),
    "culture-fit": Seeds(
        asks=(
            "what kind of team culture brings out your best work",
            "which of your values would you most want a new employer to share",
            "what did you value most about the culture at your last workplace",
            "what have you learned about how this organisation works, and where would you fit in",
            "when have you felt out of step with a team's culture, and what did you do about it",
            "how would your closest colleagues describe working with you",
            "what does good work look like to you in {domain}",
            "which workplace behaviours do you find hardest to tolerate",
        ),
        twists=("the team's habits clash with yours", "the organisation's values are tested"),
    ),
    "career-direction": Seeds(
        asks=(
            "where do you want your career to be in five years, and how does this role fit",
            "what is the next skill you want to build, and how would the {role} role help",
            "how has your path so far led you to apply here",
            "what kind of work do you want more of, and less of, in your next role",
            "what would make this move a success two years from now",
            "how do you see work in {domain} changing over the next few years",
            "what have you deliberately chosen not to pursue in your career, and why",
            "who do you want to learn from in your next role",
        ),
        twists=("no promotion is available for three years", "the role changes shape next year"),
    ),
    "learning-drive": Seeds(
        asks=(
            "what is the most useful thing you have taught yourself in the past year",
            "how do you keep your knowledge of {skill} current",
            "what have you changed your mind about recently because of something you learned",
            "what would you want to learn in your first six months here",
            "how do you go about learning something completely new for work",
            "what feedback has shaped you most, and what did you do with it",
            "which part of {responsibility} would stretch you most",
            "what are you learning at the moment outside work",
        ),
        twists=("there is no training budget", "you had to learn it in a week"),
    ),
    "work-style": Seeds(
        asks=(
            "in what kind of environment do you do your best work",
            "how much structure do you want from a manager",
            "how do you organise a typical working week",
            "what drains your energy at work, and how do you manage it",
            "how do you prefer to receive feedback",
            "when do you prefer to work alone, and when with others",
            "what do you do with a week when very little is asked of you",
            "what would your ideal first month in the {role} role look like",
        ),
        twists=("your manager works in the opposite way", "the team is fully remote"),
    ),
}
