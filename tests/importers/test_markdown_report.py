"""The import report's texts: each a template marked for translation, so the window can say it
in the UI language, with the article's words and figures as the parts that fill it in."""

from __future__ import annotations

from pathlib import Path

from recapdesk.i18n import Message
from recapdesk.importers import markdown_html, markdown_report
from recapdesk.importers.markdown_html import html_to_markdown
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.importers.markdown_report import ImportReport
from tests.support import marked_texts, templates

DATA = Path(__file__).parent / "data"

_AVATAR = (
    '<td align="center"><a href="https://github.com/ann"><img src="https://a.example/ann.png"'
    ' width="100px;" alt=""/><br /><sub><b>Ann</b></sub></a>{badge}</td>'
)
_BADGE = '<br /><a href="#code" title="Code">💻</a>'
_HTML = [
    "<table><tr>" + _AVATAR.format(badge=_BADGE) + "</tr></table>",
    "<table><tr>" + _AVATAR.format(badge="") + "</tr></table>",
    "<table><tr><th>a</th></tr><tr><td>b</td></tr></table>",
    "<table><tr><th>a</th></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>",
]


def _every_kind_of_line() -> list[Message]:
    """Every report of the reference articles, what the HTML conversions say, and the
    settings no reference article has (one testimonial set by headings, arabic numbers)."""
    reports = [import_markdown(f.read_text(encoding="utf-8")).report for f in DATA.glob("*.md")]
    reports.append(
        ImportReport(
            testimonials=1,
            testimonial_style="heading",
            numbering="arabic",
            outline=1,
            fallback=True,
        )
    )
    lines = [line for report in reports for line in [report.summary(), *report.details()]]
    return lines + [line for text in _HTML for line in html_to_markdown(text).converted]


def test_every_line_is_a_marked_template_and_every_marked_template_is_said() -> None:
    used = {key for line in _every_kind_of_line() for key in templates(line)}
    assert used == marked_texts(markdown_report, markdown_html)


def test_the_article_words_fill_the_template_as_data() -> None:
    text = "# 总结\n\n## 背景\n\n本期 96位 同学，xx篇 笔记。\n\n## 日程 %1\n\n签到。\n"
    report = import_markdown(text).report
    lines = {line.template: line for line in report.details()}
    free = lines["stayed free text: %1"]
    assert free.args == ("“日程 %1”",)  # the heading as written, its "%1" never filled
    assert str(free) == "stayed free text: “日程 %1”"
    assert str(lines["numbers in the text: %1"]) == "numbers in the text: 96位, xx篇"
    summary = report.summary()
    assert summary.template == "%1 (%2), %3, %4"
    assert str(summary) == "0 recognition groups (0 people), 0 testimonials, 1 free section"
