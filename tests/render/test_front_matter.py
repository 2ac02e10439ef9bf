"""A static-site generator's front matter is never shown as the article's text."""

from __future__ import annotations

from recapdesk.render import render_fragment


def test_yaml_and_toml_front_matter_are_not_shown() -> None:
    yaml = render_fragment("---\ntitle: 回顾\n\ntags:\n  - meetup\n---\n\n# 回顾\n\n正文\n")
    assert yaml == '<h1 id="回顾">回顾</h1>\n<p>正文</p>'
    toml = render_fragment('+++\ntitle = "团队"\n+++\n\n正文\n')
    assert toml == "<p>正文</p>"


def test_a_body_that_starts_with_a_rule_is_left_alone() -> None:
    assert render_fragment("---\n\n正文\n\n---\n") == "<hr>\n<p>正文</p>\n<hr>"
    # An unclosed fence is no front matter either.
    assert "title: x" in render_fragment("---\ntitle: x\n")
