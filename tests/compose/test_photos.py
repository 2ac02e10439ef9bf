"""The Photos section as GitHub and blogs read it, and as the preview and WeChat lay it out."""

from __future__ import annotations

from recapdesk.compose import compose
from recapdesk.model import Project
from recapdesk.model.photos import Photo, photo_rows
from recapdesk.pipeline.article import ArticlePipeline


def _project(*pictures: Photo) -> Project:
    project = Project()
    project.article.title = "研习"
    project.photos.pictures = list(pictures)
    return project


def test_no_pictures_no_section() -> None:
    assert "活动照片" not in compose(_project())
    assert "活动照片" not in compose(_project(Photo(caption="only a caption")))


def test_a_picture_is_a_relative_markdown_image_with_an_italic_caption() -> None:
    markdown = compose(_project(Photo(src="p.assets/a.jpg", alt="all of us", caption="合影")))
    assert "## 一、活动照片\n\n![all of us](p.assets/a.jpg)\n\n*合影*\n" in markdown


def test_caption_and_alt_text_are_literal() -> None:
    markdown = compose(_project(Photo(src="p.assets/a.jpg", alt="a]b", caption="*x* <b>")))
    assert "![a\\]b](p.assets/a.jpg)" in markdown
    html = ArticlePipeline(_project(Photo(src="p.assets/a.jpg", caption="*x* <b>"))).fragment()
    assert "<em>*x* &lt;b&gt;</em>" in html


def test_a_row_is_consecutive_images_on_one_line() -> None:
    markdown = compose(
        _project(
            Photo(src="p.assets/a.jpg", row=1, caption="a"),
            Photo(src="p.assets/b.jpg", row=1, caption="b"),
            Photo(src="p.assets/c.jpg", row=2),
        )
    )
    assert "![](p.assets/a.jpg) ![](p.assets/b.jpg)\n\n*a / b*\n\n![](p.assets/c.jpg)" in markdown


def test_at_most_three_side_by_side() -> None:
    rows = photo_rows([Photo(src=f"{n}.jpg", row=1) for n in range(4)])
    assert [len(row) for row in rows] == [3, 1]


def test_the_html_row_is_inline_blocks_with_widths_and_a_centred_caption() -> None:
    html = ArticlePipeline(
        _project(
            Photo(src="p.assets/a.jpg", row=1, width="half", caption="a"),
            Photo(src="p.assets/b.jpg", row=1, caption="b"),
        )
    ).fragment()
    assert html.count("display: inline-block") == 2
    assert "width: 50%" in html
    assert 'src="p.assets/a.jpg"' in html  # the width fragment is taken off the address
    assert "text-align: center" in html
    assert "<em>a / b</em>" in html


def test_a_width_in_pixels() -> None:
    html = ArticlePipeline(_project(Photo(src="p.assets/a.jpg", width="480"))).fragment()
    assert "width: 480px" in html
    assert compose(_project(Photo(src="p.assets/a.jpg", width="480"))).count("a.jpg#480px") == 1


def test_a_body_image_renders_as_before() -> None:
    project = _project()
    project.background.text = "看图：\n\n![二维码](p.assets/qr.png)"
    html = ArticlePipeline(project).fragment()
    assert '<p><img alt="二维码" src="p.assets/qr.png"></p>' in html


def test_the_wechat_copy_keeps_the_row() -> None:
    html = ArticlePipeline(
        _project(
            Photo(src="https://a.cn/a.jpg", row=1, caption="a"),
            Photo(src="https://a.cn/b.jpg", row=1),
        )
    ).wechat_html()
    assert html.count("display: inline-block") == 2
    assert "width: 50%" in html
