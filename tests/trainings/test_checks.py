"""Knowledge checks: graded on the server, with feedback, a pass mark and stored attempts."""

import pytest

from tests.factories.trainings import knowledge_check
from trainings import services
from trainings.models import CheckAttempt, LessonPage


def _answer(client, lesson, block_id, *options):
    return client.post(
        lesson.check_url(block_id), {"answer": [f"{block_id}-o{n}" for n in options]}
    )


def test_a_wrong_answer_fails_and_shows_the_feedback_of_the_chosen_option_only(
    trainee_client, trainee, course_with_checks
):
    course, lessons, checks = course_with_checks
    lesson, block_id = lessons[1], checks[lessons[1].pk]
    response = _answer(trainee_client, lesson, block_id, 3)
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#check-{block_id}"

    attempt = CheckAttempt.objects.get(user=trainee)
    assert (attempt.score, attempt.passed) == (0, False)
    assert attempt.answers == [f"{block_id}-o3"]
    assert attempt.block_id == block_id
    assert attempt.lesson_key == lesson.translation_key

    html = trainee_client.get(lesson.url).content.decode()
    assert "Not passed yet." in html
    assert "Blends need chemical separation first." in html
    assert "Right: mono-materials" not in html
    assert "Elastane blends jam" not in html
    assert 'value="' + f"{block_id}-o3" + '" id="answer-' in html  # the choice is kept


def test_a_right_answer_passes_and_counts_once_passed(trainee_client, trainee, course_with_checks):
    course, lessons, checks = course_with_checks
    lesson, block_id = lessons[1], checks[lessons[1].pk]
    _answer(trainee_client, lesson, block_id, 1)
    _answer(trainee_client, lesson, block_id, 2)  # a later wrong try does not undo the pass
    assert CheckAttempt.objects.filter(user=trainee).count() == 2
    html = trainee_client.get(lesson.url).content.decode()
    assert "You passed this check before: it still counts." in html
    trainee_client.post(lesson.complete_url)
    course_html = trainee_client.get(course.url).content.decode()
    assert "1 of 4 lessons done" in course_html


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([], "Choose an answer before submitting."),
        (["not-an-option"], "That answer is not one of the options."),
        (["o1", "o2"], "Choose only one answer."),
    ],
)
def test_answers_that_cannot_be_graded_are_refused_with_a_message(
    trainee_client, trainee, course_with_checks, answers, message
):
    course, lessons, checks = course_with_checks
    lesson, block_id = lessons[1], checks[lessons[1].pk]
    values = [f"{block_id}-{a}" if a.startswith("o") else a for a in answers]
    response = trainee_client.post(lesson.check_url(block_id), {"answer": values})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CheckAttempt.objects.exists()


def test_an_unknown_check_is_not_found(trainee_client, course_with_checks):
    course, lessons, _checks = course_with_checks
    response = trainee_client.post(lessons[1].check_url("no-such-check"), {"answer": "x"})
    assert response.status_code == 404


def _check_value(kind, correct_flags, pass_mark=100):
    data = knowledge_check(
        "Q?",
        [(f"Option {i}", flag, "") for i, flag in enumerate(correct_flags, start=1)],
        kind=kind,
        pass_mark=pass_mark,
        block_id="b",
    )
    lesson = LessonPage(body=[data])
    return lesson.body[0].value


@pytest.mark.parametrize(
    ("chosen", "score", "passed"),
    [
        (["b-o1", "b-o2"], 100, True),  # both right options
        (["b-o1"], 50, False),  # half of the right options
        (["b-o1", "b-o2", "b-o3"], 50, False),  # a wrong option costs half of the wrong share
        (["b-o1", "b-o2", "b-o3", "b-o4"], 0, False),  # everything ticked
        (["b-o3"], 0, False),
    ],
)
def test_multiple_choice_scores_right_share_minus_wrong_share(db, chosen, score, passed):
    value = _check_value("multiple", [True, True, False, False])
    grade = services.grade_answer(value, chosen)
    assert (grade.score, grade.passed) == (score, passed)


def test_pass_mark_below_100_lets_a_mostly_right_answer_pass(db):
    value = _check_value("multiple", [True, True, True, False], pass_mark=60)
    assert services.grade_answer(value, ["b-o1", "b-o2"]).passed  # 66 %
    assert not services.grade_answer(value, ["b-o1"]).passed  # 33 %


def test_single_choice_scores_all_or_nothing(db):
    value = _check_value("single", [False, True, False])
    assert services.grade_answer(value, ["b-o2"]).score == 100
    assert services.grade_answer(value, ["b-o1"]).score == 0


def test_editors_cannot_save_a_single_choice_check_without_exactly_one_right_option(db):
    from django.core.exceptions import ValidationError

    from trainings.blocks import KnowledgeCheckBlock

    block = KnowledgeCheckBlock()
    value = block.to_python(
        {
            "question": "Q?",
            "kind": "single",
            "pass_mark": 100,
            "explanation": "",
            "options": [
                {"text": "A", "correct": True, "feedback": ""},
                {"text": "B", "correct": True, "feedback": ""},
            ],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)
