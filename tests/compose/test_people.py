"""Honoree and committee tables, testimonial lists: privacy, display modes, GitHub ids."""

from __future__ import annotations

from recapdesk import model
from recapdesk.compose import compose
from recapdesk.model import GroupColumn, Language, Person, Privacy, Project
from tests.support import article_tree, table_rows


def _honorees() -> Project:
    project = Project()
    project.groups[0].people = [
        Person(name="金润森", company="云帐房", title="容器开发工程师", github="gasxia"),
        Person(),
        Person(name="王文虎", company="中通", github="wenhuwang"),
    ]
    return project


def test_honoree_table_numbers_only_real_rows() -> None:
    tree = article_tree(_honorees())
    headers, rows = table_rows(tree.iter("table")[0])
    assert headers == ["序号", "姓名", "公司", "职位", "GitHub"]
    assert rows == [
        ["1", "金润森", "云帐房", "容器开发工程师", "gasxia"],
        ["", "", "", "", ""],
        ["2", "王文虎", "中通", "", "wenhuwang"],
    ]
    links = [(a.text(), a.attrs.get("href")) for a in tree.iter("a")]
    assert links == [
        ("gasxia", "https://github.com/gasxia"),
        ("wenhuwang", "https://github.com/wenhuwang"),
    ]


def test_columns_are_the_users_choice() -> None:
    project = _honorees()
    project.groups[0].columns = [GroupColumn.NAME, GroupColumn.AFFILIATION]
    headers, rows = table_rows(article_tree(project).iter("table")[0])
    assert headers == ["姓名", "公司职位"]
    assert rows == [["金润森", "云帐房 容器开发工程师"], ["", ""], ["王文虎", "中通"]]


def test_privacy_shows_github_ids_only() -> None:
    project = _honorees()
    project.groups[0].privacy = Privacy.GITHUB
    tree = article_tree(project)
    headers, rows = table_rows(tree.iter("table")[0])
    assert headers == ["序号", "GitHub"]
    assert rows == [["1", "gasxia"], ["", ""], ["2", "wenhuwang"]]
    text = tree.text()
    for hidden in ("金润森", "云帐房", "容器开发工程师", "王文虎", "中通"):
        assert hidden not in text


def test_no_columns_or_no_people_means_no_table() -> None:
    project = _honorees()
    project.groups[0].columns = [GroupColumn.NAME]
    project.groups[0].privacy = Privacy.GITHUB
    project.groups[0].award = "本期的**源码之星**："
    assert article_tree(project).iter("table") == []
    assert "源码之星" not in article_tree(project).text()


def test_invalid_github_id_is_plain_text_not_a_link() -> None:
    project = Project()
    project.groups[0].people = [
        Person(name="甲", github="@gasxia"),
        Person(name="乙", github="a b"),
    ]
    project.groups[1].people = [Person(name="丙", github="javascript:alert(1)")]
    tree = article_tree(project)
    assert tree.iter("a") == []
    _, rows = table_rows(tree.iter("table")[0])
    assert [row[-1] for row in rows] == ["@gasxia", "a b"]
    _, rows = table_rows(tree.iter("table")[1])
    assert rows == [["丙", "", "javascript:alert(1)"]]


def test_committee_table() -> None:
    project = Project()
    project.groups[1].intro = "请记住他们的名字："
    project.groups[1].people = [Person(name="厉辉", role="社长", github="Miss-you")]
    tree = article_tree(project)
    assert [h.text() for h in tree.iter("h2")] == ["一、组委会"]
    assert table_rows(tree.iter("table")[0]) == (
        ["姓名", "职责", "GitHub"],
        [["厉辉", "社长", "Miss-you"]],
    )


def _testimonials(display: model.TestimonialDisplay) -> Project:
    project = Project()
    project.testimonials.display = display
    project.testimonials.people = [
        model.Testimonial(
            name="赵卫国",
            company="Lenovo",
            cohort="一期",
            role="学习委员",
            github="zhaoweiguo",
            body="大家一起进步",
        ),
        model.Testimonial(name="王冬", body="收获很大"),
        model.Testimonial(company="某公司", github="x-y"),
    ]
    return project


def _attributions(project: Project) -> list[str]:
    items = article_tree(project).elements("ul")[0].elements("li")
    return [li.elements("p")[0].text() if li.elements("p") else li.text() for li in items]


def test_testimonials_by_name_company_cohort() -> None:
    project = _testimonials(model.TestimonialDisplay.NAME_COMPANY_COHORT)
    assert _attributions(project) == ["赵卫国-Lenovo-一期学习委员", "王冬", "某公司"]


def test_testimonials_by_github_id_hide_names() -> None:
    project = _testimonials(model.TestimonialDisplay.GITHUB)
    assert _attributions(project) == ["zhaoweiguo", "匿名", "x-y"]
    text = article_tree(project).text()
    assert "赵卫国" not in text
    assert "Lenovo" not in text
    project.article.language = Language.EN
    assert _attributions(project) == ["zhaoweiguo", "Anonymous", "x-y"]


def test_testimonials_by_name_leave_the_company_out() -> None:
    project = _testimonials(model.TestimonialDisplay.NAME)
    assert _attributions(project) == ["赵卫国-一期学习委员", "王冬", "匿名"]
    assert "Lenovo" not in article_tree(project).text()
    assert "某公司" not in compose(project)


def test_the_testimonials_privacy_note_is_printed_where_the_organizer_puts_it() -> None:
    project = _testimonials(model.TestimonialDisplay.GITHUB)
    project.testimonials.intro = "有删减和提取。"
    project.testimonials.outro = "篇幅有限。"
    project.testimonials.privacy_note = "应本人要求，以下按 **GitHub id** 列出。"
    markdown = compose(project)
    assert (
        markdown.index("有删减和提取") < markdown.index("应本人要求") < markdown.index("zhaoweiguo")
    )
    tree = article_tree(project)
    note = next(p for p in tree.iter("p") if "应本人要求" in p.text())
    assert [s.text() for s in note.iter("strong")] == ["GitHub id"]  # Markdown
    project.testimonials.privacy_note_place = model.NotePlace.AFTER
    markdown = compose(project)
    assert markdown.index("zhaoweiguo") < markdown.index("应本人要求") < markdown.index("篇幅有限")
    project.testimonials.people = []
    assert "应本人要求" not in compose(project)  # a note of no one is not printed


def test_english_attribution_separators() -> None:
    project = _testimonials(model.TestimonialDisplay.NAME_COMPANY_COHORT)
    project.article.language = Language.EN
    assert _attributions(project)[0] == "赵卫国, Lenovo, 一期 学习委员"


def test_testimonial_body_is_markdown_under_its_bullet() -> None:
    project = Project()
    project.testimonials.people = [
        model.Testimonial(name="孙东民", body="心得：\n\n1.  通读\n2.  画图\n\n**坚持**下去")
    ]
    item = article_tree(project).elements("ul")[0].elements("li")[0]
    assert [e.tag for e in item.elements()] == ["p", "p", "ol", "p"]
    assert [li.text() for li in item.elements("ol")[0].elements("li")] == ["通读", "画图"]
    assert [s.text() for s in item.iter("strong")] == ["坚持"]


def test_testimonials_follow_every_change_of_person_style_display_and_language() -> None:
    # Testimonials are composed once and remembered: whatever a testimonial's Markdown depends
    # on must show on the next compose.
    project = Project()
    project.testimonials.people = [model.Testimonial(name="王冬", github="dong", body="好")]
    first = compose(project)
    assert "王冬" in first and "好" in first
    project.testimonials.people[0].body = "很好"
    assert "很好" in compose(project)
    project.testimonials.display = model.TestimonialDisplay.GITHUB
    assert "dong" in compose(project) and "王冬" not in compose(project)
    project.testimonials.style = model.TestimonialStyle.QUOTE
    assert "> 很好" in compose(project)
    project.testimonials.style = model.TestimonialStyle.LIST
    project.testimonials.people[0].github = ""
    project.article.language = Language.EN
    assert "Anonymous" in compose(project)
    project.article.language = Language.ZH
    assert "匿名" in compose(project)


def _signed(dash: model.SignatureDash, rules: bool) -> str:
    project = Project()
    t = project.testimonials
    t.style, t.signature_dash, t.rules = model.TestimonialStyle.SIGNED, dash, rules
    t.people = [
        model.Testimonial(name="蒋涛", body="唯生态生生不息。"),
        model.Testimonial(name="Nat Friedman", body="A great opportunity."),
    ]
    return compose(project)


def test_signed_testimonials_take_the_dash_chosen_and_rules_between() -> None:
    hyphens = _signed(model.SignatureDash.HYPHENS, rules=False)
    assert "> -- 蒋涛\n\n> A great opportunity.\n>\n> -- Nat Friedman\n" in hyphens
    chinese = _signed(model.SignatureDash.CHINESE, rules=False)
    assert "> —— 蒋涛\n\n" in chinese and "> —— Nat Friedman\n" in chinese
    by_script = _signed(model.SignatureDash.BY_SCRIPT, rules=True)
    assert "> —— 蒋涛\n\n---\n\n> A great opportunity.\n>\n> -- Nat Friedman\n" in by_script
    project = Project()
    project.testimonials.style = model.TestimonialStyle.SIGNED
    project.testimonials.rules = True
    project.testimonials.people = [model.Testimonial(name=n, body="好。") for n in ("甲", "乙")]
    assert len(article_tree(project).iter("blockquote")) == 2  # apart, not merged
