"""Fields added after schema 1 (a number's key, the testimonials' closing text, the numbers
list switch, the title level, GitHub ids as text) are written only when set: older files stay
valid and an untouched project saves byte for byte as before."""

from __future__ import annotations

from recapdesk import model
from recapdesk.store import dumps, loads
from tests.support import EXAMPLE_PATH, example_project


def test_an_untouched_project_has_none_of_the_new_fields() -> None:
    text = EXAMPLE_PATH.read_text(encoding="utf-8")
    saved = dumps(loads(text))
    assert saved == text
    assert "title_level" not in saved and "github_links" not in saved
    assert "privacy_note" not in saved.split("[testimonials]")[1]


def test_set_fields_are_written_in_the_model_order_and_read_back() -> None:
    project = example_project()
    project.background.numbers[0].key = "participants"
    project.background.list_numbers = False
    project.testimonials.outro = "篇幅有限，就不在一一罗列。"
    project.article.title_level = 2
    project.article.github_links = False
    text = dumps(project)
    assert 'label = "参与同学"\nvalue = 96\nunit = "位"\nkey = "participants"\n' in text
    assert "fans_only_comments = false\ntitle_level = 2\ngithub_links = false\n" in text
    assert 'style = "list"\noutro = "篇幅有限，就不在一一罗列。"\n' in text
    assert "list_numbers = false" in text
    assert loads(text) == project
    # Set back to the default, the field leaves the file again.
    project.article.title_level = 1
    assert "title_level" not in dumps(project)


def test_the_testimonials_privacy_note_and_display_by_name() -> None:
    project = example_project()
    project.testimonials.display = model.TestimonialDisplay.NAME
    project.testimonials.privacy_note = "应本人要求，只列姓名。"
    project.testimonials.privacy_note_place = model.NotePlace.AFTER
    text = dumps(project)
    assert 'display = "name"\n' in text
    assert 'privacy_note = "应本人要求，只列姓名。"\nprivacy_note_place = "after"\n' in text
    assert loads(text) == project
    project.testimonials.privacy_note_place = model.NotePlace.BEFORE
    assert "privacy_note_place" not in dumps(project).split("[testimonials]")[1]
