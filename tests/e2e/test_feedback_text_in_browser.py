"""What the scripts compose is said once and punctuated as each language writes it: the
feedback of a checklist or a knowledge check after its verdict, a scenario's question and
the summary read to screen readers after a choice, and the feedback on a choice in a
quiz's review, in English and in French."""

import pytest

from courses.demo.loader import translate_instance
from courses.models import LessonPage
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page

NBSP = "\u00a0"


def lesson_body(language: str) -> list:
    french = language == "fr"
    checklist = {
        "title": "Repérez les indicateurs" if french else "Spot the indicators",
        "instructions": "Cochez les indicateurs." if french else "Tick the indicators.",
        "items": [
            {
                "text": "Un tiers garde le passeport."
                if french
                else "A third party holds the passport.",
                "is_indicator": True,
                "feedback": (
                    "Indicateur. Le contrôle des documents est courant."
                    if french
                    else "Indicator. Control of documents is common."
                ),
            },
            {
                "text": "Le voyageur est nerveux." if french else "The traveller is nervous.",
                "is_indicator": False,
                "feedback": "Cela seul ne dit rien." if french else "This alone says nothing.",
            },
            {
                "text": "Elle ne connaît pas l’adresse de son emploi."
                if french
                else "She does not know where she will work.",
                "is_indicator": True,
                "feedback": "Un signe de tromperie." if french else "A sign of deception.",
            },
            {
                "text": "Il a un billet de retour." if french else "He has a return ticket.",
                "is_indicator": False,
                "feedback": "C’est ordinaire." if french else "That is ordinary.",
            },
        ],
        "summary": "<p>Regardez l'ensemble.</p>" if french else "<p>Look at the whole picture.</p>",
    }
    knowledge_check = {
        "question": "Faut-il franchir une frontière?" if french else "Must a border be crossed?",
        "choices": [
            {
                "text": "Oui." if french else "Yes.",
                "is_correct": False,
                "feedback": "La traite peut être interne." if french else "It can be domestic.",
            },
            {
                "text": "Non." if french else "No.",
                "is_correct": True,
                "feedback": (
                    "Bonne réponse. La plupart des cas sont internes."
                    if french
                    else "Correct. Most cases are domestic."
                ),
            },
        ],
        "explanation": "<p>Au Canada.</p>" if french else "<p>In Canada.</p>",
    }
    scenario = {
        "title": "À la guérite" if french else "At the booth",
        "intro": "<p>Un homme répond à tout.</p>" if french else "<p>A man answers everything.</p>",
        "steps": [
            {
                "key": "first",
                "situation": (
                    "<p>Il garde les deux passeports.</p>"
                    if french
                    else "<p>He holds both passports.</p>"
                ),
                "question": "Que faites-vous d'abord\u202f?" if french else "What do you do first?",
                "choices": [
                    {
                        "label": (
                            "Parler seule à seule avec la voyageuse."
                            if french
                            else "Speak with the traveller alone."
                        ),
                        "consequence": "<p>Elle se détend.</p>"
                        if french
                        else "<p>She relaxes.</p>",
                        "feedback": "Bon choix." if french else "Good choice.",
                        "is_best": True,
                        "next_step": "",
                    },
                    {
                        "label": "Les laisser passer." if french else "Let them through.",
                        "consequence": "<p>Ils partent.</p>" if french else "<p>They leave.</p>",
                        "feedback": "Occasion manquée." if french else "A missed chance.",
                        "is_best": False,
                        "next_step": "",
                    },
                ],
            }
        ],
        "debrief": "<p>Séparer, écouter.</p>" if french else "<p>Separate, listen.</p>",
    }
    return [
        ("indicator_checklist", checklist),
        ("knowledge_check", knowledge_check),
        ("scenario", scenario),
    ]


def text_of(locator) -> str:
    """The element's text with its layout's white space collapsed (and its no-break
    spaces, which are part of the text, kept)."""
    return locator.evaluate("(el) => el.textContent.replace(/[ \\t\\n\\r]+/g, ' ').trim()")


@pytest.mark.e2e
@requires_chromium
class LessonFeedbackSaidOnce(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.lesson = factories._publish(
            self.course.add_child(
                instance=LessonPage(title="Signs", slug="signs", body=lesson_body("en"))
            )
        )
        self.french = factories.translate(
            self.lesson, title="Signes", slug="signes", body=lesson_body("fr")
        )

    def answer_everything(self, page, *, no: str, choice: str):
        from playwright.sync_api import expect

        checklist = page.locator("[data-indicator-checklist]")
        checklist.locator("input[type=checkbox]").first.check()
        checklist.locator("button[type=submit]").click()
        expect(checklist.locator("[data-feedback]").first).to_be_visible()
        knowledge = page.locator("[data-knowledge-check]")
        knowledge.get_by_label(no, exact=True).check()
        knowledge.locator("button[type=submit]").click()
        expect(knowledge.locator("[data-feedback]").nth(1)).to_be_visible()
        scenario = page.locator("[data-scenario]")
        scenario.get_by_role("button", name=choice).click()
        live = scenario.locator("[data-live]")
        expect(live).not_to_be_empty()
        return (
            text_of(checklist.locator("[data-feedback]").first),
            text_of(knowledge.locator("[data-feedback]").nth(1)),
            text_of(scenario.locator(".scenario-step").first),
            text_of(live),
        )

    def test_verdicts_questions_and_summaries_are_said_once(self):
        self.start_browser()
        page = self.sign_in(self.learner)

        page.goto(f"{self.live_server_url}{self.lesson.url}")
        checklist, knowledge, step, summary = self.answer_everything(
            page, no="No.", choice="Speak with the traveller alone."
        )
        assert checklist == "Indicator, and you ticked it. Control of documents is common."
        assert knowledge == "Correct. Most cases are domestic."
        assert step.count("What do you do") == 1
        assert summary.startswith("You chose: Speak with the traveller alone. Best choice.")
        assert ".." not in summary
        self.check_accessibility(page)

        page.goto(f"{self.live_server_url}{self.french.url}")
        checklist, knowledge, step, summary = self.answer_everything(
            page, no="Non.", choice="Parler seule à seule avec la voyageuse."
        )
        assert (
            checklist == "Indicateur, et vous l’avez coché. Le contrôle des documents est courant."
        )
        assert knowledge == "Bonne réponse. La plupart des cas sont internes."
        assert step.count("Que faites-vous") == 1
        assert summary.startswith(
            f"Vous avez choisi{NBSP}: Parler seule à seule avec la voyageuse. Meilleur choix."
        )
        assert ".." not in summary
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)

    def test_each_checklist_item_says_what_the_learner_did_with_it(self):
        """After a check, every item says whether it is an indicator and whether the learner
        ticked it, on the page and to a screen reader reaching its checkbox: a missed
        indicator reads "Indicator you did not tick.", never just "Indicator."."""
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        expected = {
            "en": [
                "Indicator, and you ticked it. Control of documents is common.",
                "Not an indicator, and you did not tick it. This alone says nothing.",
                "Indicator you did not tick. A sign of deception.",
                "Not an indicator, but you ticked it. That is ordinary.",
            ],
            "fr": [
                "Indicateur, et vous l’avez coché. Le contrôle des documents est courant.",
                "Pas un indicateur, et vous ne l’avez pas coché. Cela seul ne dit rien.",
                "Indicateur que vous n’avez pas coché. Un signe de tromperie.",
                "Pas un indicateur, mais vous l’avez coché. C’est ordinaire.",
            ],
        }
        for lesson, language in ((self.lesson, "en"), (self.french, "fr")):
            page.goto(f"{self.live_server_url}{lesson.url}")
            checklist = page.locator("[data-indicator-checklist]")
            boxes = checklist.locator("input[type=checkbox]")
            boxes.nth(0).check()
            boxes.nth(3).check()
            checklist.locator("button[type=submit]").click()
            feedback = checklist.locator("[data-feedback]")
            expect(feedback.nth(3)).to_be_visible()
            shown = [text_of(feedback.nth(index)) for index in range(4)]
            assert shown == expected[language]
            for index, description in enumerate(expected[language]):
                expect(boxes.nth(index)).to_have_accessible_description(description)
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class QuizReviewJoinsChoiceAndFeedback(BrowserTestCase):
    """A practice quiz's feedback names the choice before its feedback without the
    choice's own full stop ("No: …", never "No.: …" nor "Non. : …")."""

    def setUp(self):
        super().setUp()
        french = factories.locales()[1]
        bank = quiz_factories.bank()
        self.questions = [
            quiz_factories.question(
                bank=bank,
                stem="<p>Should the group go through?</p>",
                choices=[
                    ("Yes.", False, "Ask more questions first."),
                    ("No.", True, "Right. The signs call for more questions."),
                ],
            ),
            quiz_factories.question(
                bank=bank,
                stem="<p>What do you ask?</p>",
                choices=[
                    ("Who holds your passport?", True, "Indeed."),
                    ("Nothing.", False, "Ask."),
                ],
            ),
        ]
        quiz = quiz_factories.quiz(
            title="Practice", questions=self.questions, graded=False, feedback_mode="immediate"
        )
        quiz_factories.translate(bank, {bank.title: "Droit des douanes"})
        quiz_factories.translate(
            self.questions[0],
            {
                "Should the group go through?": "Le groupe doit-il passer\u202f?",
                "Yes.": "Oui.",
                "No.": "Non.",
                "Ask more questions first.": "Posez d'abord d'autres questions.",
                "Right. The signs call for more questions.": "Exact. Les signes l'exigent.",
            },
        )
        quiz_factories.translate(
            self.questions[1],
            {
                "What do you ask?": "Que demandez-vous\u202f?",
                "Who holds your passport?": "Qui garde votre passeport\u202f?",
                "Nothing.": "Rien.",
                "Indeed.": "En effet.",
                "Ask.": "Demandez.",
            },
        )
        quiz_factories.translate(quiz, {"Practice": "Exercice"})
        self.page = quiz_page(self.course, quiz, title="Practice")
        self.french_page = translate_instance(
            self.page, {"title": "Exercice", "slug": "exercice"}, french
        )
        # Another learner takes it in French: each takes the quiz once, in one language.
        self.french_learner = factories.learner(self.units["yvr"])

    def check(self, page, position: int, label: str) -> str:
        from playwright.sync_api import expect

        question = page.locator(f'.quiz-question[data-position="{position}"]')
        question.get_by_role("radio", name=label, exact=True).check()
        question.locator("[data-check]").click()
        feedback = question.locator(".quiz-check-feedback")
        expect(feedback.locator(".quiz-verdict")).to_be_visible()
        return " | ".join(text_of(line) for line in feedback.locator(".quiz-feedback-text").all())

    def start(self, learner, url: str):
        from playwright.sync_api import expect

        page = self.sign_in(learner)
        page.goto(f"{self.live_server_url}{url}")
        page.locator("[data-quiz-start]").click()
        expect(page.locator(".quiz-question").first).to_be_visible()
        return page

    def positions(self, page) -> list[str]:
        return [
            element.get_attribute("data-position")
            for element in page.locator(".quiz-question").all()
        ]

    def stems(self, page) -> list[str]:
        return [text_of(legend) for legend in page.locator(".quiz-question legend").all()]

    def test_the_choice_and_its_feedback_are_joined_as_each_language_writes(self):
        self.start_browser()
        page = self.start(self.learner, self.page.url)
        by_stem = dict(zip(self.stems(page), self.positions(page), strict=True))
        assert self.check(page, by_stem["Should the group go through?"], "No.") == (
            "No: Right. The signs call for more questions."
        )
        assert self.check(page, by_stem["What do you ask?"], "Who holds your passport?") == (
            "“Who holds your passport?”: Indeed."
        )
        self.check_accessibility(page)
        page.context.close()

        page = self.start(self.french_learner, self.french_page.url)
        by_stem = dict(zip(self.stems(page), self.positions(page), strict=True))
        assert self.check(page, by_stem["Le groupe doit-il passer\u202f?"], "Non.") == (
            f"Non{NBSP}: Exact. Les signes l'exigent."
        )
        assert self.check(
            page, by_stem["Que demandez-vous\u202f?"], "Qui garde votre passeport\u202f?"
        ) == (f"«{NBSP}Qui garde votre passeport\u202f?{NBSP}»{NBSP}: En effet.")
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)
