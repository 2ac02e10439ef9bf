"""The pangu spacing of the WeChat copy: CJK and Latin apart, code, URLs and ids untouched."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recapdesk.render.wechat.pangu import space_text
from tests.render.wechat.support import wechat, wechat_tree


def test_spaces_between_chinese_and_latin_letters_or_digits() -> None:
    assert space_text("学习Kubernetes源码") == "学习 Kubernetes 源码"
    assert space_text("参与同学：96位") == "参与同学：96 位"
    assert space_text("已经 有 空格") == "已经 有 空格"


def test_punctuation_and_hyphens_are_left_as_they_are() -> None:
    # "name-company-cohort" is how the article shows a person: no spaces around the hyphens.
    assert space_text("赵卫国-Lenovo-一期") == "赵卫国-Lenovo-一期"
    assert space_text("（SIG），Go。") == "（SIG），Go。"


def test_across_inline_elements_the_space_goes_outside_them() -> None:
    html = wechat("想问**kubernetes源码研习社**是干嘛的\n")
    assert "想问 <strong" in html
    assert ">kubernetes 源码研习社</strong>是干嘛的" in html


def test_code_is_never_touched() -> None:
    tree = wechat_tree('运行`kubectl get pods查看`命令\n\n```\nfmt.Println("你好world")\n```\n')
    codes = [c.text() for c in tree.iter("code")]
    assert codes[0] == "kubectl get pods查看"
    assert codes[1].replace("\xa0", " ") == 'fmt.Println("你好world")'
    assert "运行 " in tree.text()


def test_urls_and_github_ids_are_never_touched() -> None:
    url = "https://github.com/cloudnativeto/sig-k8s-source-code/issues/8"
    spaced = space_text(f"详见{url} 和@sundongmin大佬的图解")
    assert spaced == f"详见 {url} 和@sundongmin 大佬的图解"
    odd = "https://example.com/wiki/中文Page1"  # a URL is literal up to the next space
    assert odd in space_text(f"看{odd} 吧")


def test_urls_in_the_references_list_are_untouched() -> None:
    url = "https://example.com/文档v2"
    tree = wechat_tree(f"[文档v2]({url})\n")
    assert f"[1] 文档 v2: {url}" in tree.text()


def test_the_text_of_links_to_github_profiles_is_kept_as_is() -> None:
    tree = wechat_tree(
        "| 成员 | GitHub |\n|---|---|\n| 厉辉 | [Miss-you](https://github.com/Miss-you) |\n"
    )
    cells = [td.text() for td in tree.iter("td")]
    assert cells[1] == "Miss-you[1]"
    assert "[1] Miss-you: https://github.com/Miss-you" in tree.text()


def test_never_across_blocks() -> None:
    html = wechat("第一段\n\nSecond paragraph\n")
    assert ">第一段<" in html and ">Second paragraph<" in html


def test_off_on_request_and_off_by_default_in_english_articles() -> None:
    assert "学习Go语言" in wechat("学习Go语言\n", pangu=False)
    assert "学习Go语言" in wechat("学习Go语言\n", language="en")
    assert "学习 Go 语言" in wechat("学习Go语言\n", language="en", pangu=True)


@given(st.text(alphabet="中文Ab1 ://.@-`x", max_size=40))
def test_only_spaces_are_ever_added(text: str) -> None:
    spaced = space_text(text)
    assert spaced.replace(" ", "") == text.replace(" ", "")
    assert space_text(spaced) == spaced  # applying it twice changes nothing more
