"""Field paths: every text of a project reached by the path the window and the checks use."""

from __future__ import annotations

from recapdesk.model import FreeSection, Project
from recapdesk.model.paths import format_path, get_at, parse_path, set_at, text_fields


def test_text_fields_walks_every_string_in_model_order_with_its_path() -> None:
    project = Project()
    project.article.title = "一期总结"
    project.free_sections = [FreeSection(id="thanks", heading="感谢", body="谢谢 <b>大家</b>")]
    found = dict(text_fields(project))
    assert found[("article", "title")] == "一期总结"
    assert found[("free_sections", 0, "body")] == "谢谢 <b>大家</b>"
    paths = list(found)
    assert paths.index(("article", "title")) < paths.index(("free_sections", 0, "heading"))
    for path, text in found.items():  # each path leads back to its text
        assert get_at(project, path) == text
        assert parse_path(format_path(path)) == path


def test_a_text_set_by_its_path_is_what_the_walk_finds_next() -> None:
    project = Project()
    set_at(project, ("background", "text"), "共有{participants}同学参与")
    assert ("background", "text") in dict(text_fields(project))
    assert dict(text_fields(project))[("background", "text")] == "共有{participants}同学参与"
