"""Links as WeChat allows them: only mp.weixin.qq.com links stay links.

Saving a draft fails while the article links to any other host ("请勿插入非mp.weixin.qq.com域名的
链接"), so every other link becomes its text plus a numbered ``[n]`` marker, and the URLs go to
a closing "引用链接" / "References" list as ``[n] text: URL``; the same URL keeps one number. A link
whose text is its own URL becomes that text, and in-page ``#anchor`` links (the TOC, footnote
references) become their text, since nothing in WeChat can follow them.

This pass runs before the theme is inlined: the markers and the list carry classes
(``ref-mark``, ``references``, ``ref-url``) that the themes style, and that are removed with every
other class afterwards. The links keep their ``<a>`` (so the theme's link style reaches them)
until :func:`finish_links`, after inlining, turns them into ``<span>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from recapdesk.render.wechat.dom import Element, Text, unwrap

WECHAT_HOSTS = frozenset({"mp.weixin.qq.com"})
REF_ATTRIBUTE = "data-recap-ref"
TITLES = {"zh": "引用链接", "en": "References"}


def is_wechat_link(href: str) -> bool:
    # Most links of a large article are not (a GitHub profile per honoree): a substring test
    # first spares urlsplit (~25 µs each), and a WeChat link always holds its host literally.
    if not any(host in href.lower() for host in WECHAT_HOSTS):
        return False
    parts = urlsplit(href.strip())
    return parts.scheme.lower() in ("http", "https") and (parts.hostname or "") in WECHAT_HOSTS


def _bare(url: str) -> str:
    """A URL as people write it for comparison: no scheme, no ``www.``, no trailing slash."""
    text = url.strip()
    for prefix in ("https://", "http://", "mailto:"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
            break
    text = text.removeprefix("www.")
    return text.rstrip("/")


def text_is_url(text: str, href: str) -> bool:
    return bool(text.strip()) and _bare(text) == _bare(href)


def footnote_links(root: Element, language: str, numbered: bool = True) -> None:
    """Replace every link WeChat refuses by its text and a ``[n]`` marker; add the list.
    ``numbered`` False (a preference): by its text alone, and no list."""
    numbers: dict[str, int] = {}
    entries: list[tuple[int, str, str]] = []
    for element in list(root.iter()):
        if element.tag != "a":
            continue
        href = (element.attrs.get("href") or "").strip()
        if "footnote-backref" in element.classes():
            # The "↩" back to a footnote's reference: it is only a link, with no text to keep.
            if element.parent is not None:
                element.parent.children.remove(element)
            continue
        if not href or href.startswith("#"):
            unwrap(element)
            continue
        if is_wechat_link(href):
            continue
        text = " ".join(element.text().split())
        if text_is_url(text, href) or not numbered:
            unwrap(element)
            continue
        number = numbers.get(href)
        if number is None:
            number = numbers[href] = len(numbers) + 1
            entries.append((number, text, href))
        for name in ("href", "title", "target", "rel"):
            element.attrs.pop(name, None)
        element.attrs[REF_ATTRIBUTE] = str(number)
        parent = element.parent
        if parent is not None:
            marker = Element("sup", {"class": "ref-mark"}, [Text(f"[{number}]")])
            parent.insert(parent.children.index(element) + 1, marker)
    if entries:
        root.append(_references(entries, language))


def _references(entries: list[tuple[int, str, str]], language: str) -> Element:
    section = Element("section", {"class": "references"})
    section.append(Element("h3", {}, [Text(TITLES.get(language, TITLES["en"]))]))
    for number, text, url in entries:
        label = f"[{number}] {text}: " if text else f"[{number}] "
        section.append(
            Element("p", {}, [Text(label), Element("span", {"class": "ref-url"}, [Text(url)])])
        )
    return section


def finish_links(anchors: Iterable[Element]) -> None:
    """After inlining: the former links among ``anchors`` (the ``<a>`` elements of the
    article) become ``<span>``s that keep the link's look."""
    for element in anchors:
        if REF_ATTRIBUTE in element.attrs:
            element.tag = "span"
            del element.attrs[REF_ATTRIBUTE]
