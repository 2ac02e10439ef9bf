"""Compliance of the WeChat HTML with the platform's published rules and known behaviour.

Each finding names its rule, shows the offending snippet and, when it can be found, the project
field that causes it (the path the window selects). Rules come from WeChat's article-structure
spec (shared/reference/wechat-article-structure-spec.md: widths, heights, line height, text-align,
nesting, fonts, ``!important``) and from what the editor is known to drop on paste or on save
(style elements, classes, native lists, external links, code whitespace, local images). The
post-processing in render/wechat is meant to leave none of them; what is left is either a
content problem (a local image, a long title) or a fault to report.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import urlsplit

from recapdesk.i18n import Message
from recapdesk.model import Project
from recapdesk.render.compliance_rules import CONTEXT, RULES, STYLE_RULES, WARNING
from recapdesk.render.contrast import COLOR_FIELD, color_contrast_problems
from recapdesk.render.findings import ComplianceFinding
from recapdesk.render.source_fields import find_field
from recapdesk.render.wechat.dom import BLOCK_ELEMENTS, Element, Text, parse
from recapdesk.render.wechat.images import is_local
from recapdesk.render.wechat.links import is_wechat_link
from recapdesk.render.wechat.writer import serialize

TITLE_LIMIT = 64
NESTING_LIMIT = 10
FAILING_IMAGE_HOSTS = frozenset(
    {
        "raw.githubusercontent.com",
        "gist.githubusercontent.com",
        "user-images.githubusercontent.com",
        "private-user-images.githubusercontent.com",
    }
)
HOTLINK_BLOCKING_DOMAINS = ("sinaimg.cn", "csdnimg.cn", "jianshu.io", "zhimg.com")
"""Hosts (with their subdomains) that refuse a picture asked for by another site's page or
server: Weibo's, CSDN's, Jianshu's and Zhihu's picture hosts."""


def fails_wechat_reupload(src: str) -> bool:
    """A web picture the WeChat editor cannot re-host: GitHub's raw files and attachments, and
    pictures on hosts that block hot-linking. ``recapdesk fetch-images`` and the Checks
    panel download them into the project."""
    try:
        parts = urlsplit(src.strip())
        host = (parts.hostname or "").lower()
    except ValueError:  # not a URL at all (an unclosed "[" of an IPv6 address...)
        return False
    if host in FAILING_IMAGE_HOSTS:
        return True
    if host == "github.com" and parts.path.startswith("/user-attachments/"):
        return True
    return any(host == name or host.endswith(f".{name}") for name in HOTLINK_BLOCKING_DOMAINS)


SNIPPET_LENGTH = 140
THEME_FIELD = "article.theme"

_PIXELS = re.compile(r"(-?\d*\.?\d+)px")
_NUMBER = re.compile(r"\d*\.?\d+")


@dataclass(frozen=True)
class _Hit:
    rule: str
    element: Element
    detail: str = ""


def snippet(element: Element) -> str:
    text = serialize(element)
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1] + "…"


def _has_text(element: Element) -> bool:
    return bool(element.text().strip())


def _style_hits(element: Element) -> list[_Hit]:
    raw = element.attrs.get("style") or ""
    style = element.style
    hits: list[_Hit] = []
    if "var(" in raw.lower():
        hits.append(_Hit("css-variable", element))
    if "!important" in raw.replace(" ", "").lower():
        hits.append(_Hit("important", element))
    if "font-family" in style:
        hits.append(_Hit("font-family", element))
    if style.get("position", "static").strip().lower() != "static":
        hits.append(_Hit("position", element))
    if any(_PIXELS.search(style.get(p, "")) for p in ("width", "min-width", "max-width")):
        hits.append(_Hit("fixed-width", element))
    if re.fullmatch(r"0(\.0*)?(px|em|%)?", style.get("height", "").strip()) and _has_text(element):
        hits.append(_Hit("height-zero", element))
    if style.get("text-align", "").strip().lower() in ("start", "end"):
        hits.append(_Hit("text-align-start-end", element))
    hits += _line_height_hits(element, style)
    if element.tag == "img" and re.fullmatch(r"0(\.0*)?", style.get("opacity", "").strip()):
        hits.append(_Hit("opacity-zero", element))
    caret = style.get("caret-color", "").replace(" ", "").lower()
    if caret == "transparent" or caret.endswith(",0)"):
        hits.append(_Hit("caret-color", element))
    return hits


def _line_height_hits(element: Element, style: dict[str, str]) -> list[_Hit]:
    value = style.get("line-height", "").strip().lower()
    if not value or value == "normal":
        return []
    if _NUMBER.fullmatch(value):
        hits = [_Hit("line-height-unitless", element)]
        if float(value) < 1 and _has_text(element):
            hits.append(_Hit("line-height-too-small", element))
        return hits
    small = False
    if value.endswith("em") and _NUMBER.fullmatch(value[:-2]):
        small = float(value[:-2]) < 1
    elif value.endswith("%") and _NUMBER.fullmatch(value[:-1]):
        small = float(value[:-1]) < 100
    else:
        size, height = _PIXELS.fullmatch(style.get("font-size", "")), _PIXELS.fullmatch(value)
        small = bool(size and height and float(height.group(1)) < float(size.group(1)))
    return [_Hit("line-height-too-small", element)] if small and _has_text(element) else []


def _element_hits(element: Element) -> list[_Hit]:
    hits: list[_Hit] = []
    tag = element.tag
    if tag == "style":
        hits.append(_Hit("style-element", element))
    if "class" in element.attrs:
        hits.append(_Hit("class-attribute", element))
    if "id" in element.attrs:
        hits.append(_Hit("id-attribute", element))
    width = (element.attrs.get("width") or "").strip().removesuffix("px")
    if width.isdigit() and tag != "img":
        hits.append(_Hit("fixed-width", element))
    if tag in ("ul", "ol", "li"):
        hits.append(_Hit("native-list", element))
    if tag == "p" and any(a.tag == "li" for a in element.ancestors()):
        hits.append(_Hit("paragraph-in-list-item", element))
    if tag == "pre":
        hits.append(_Hit("pre-element", element))
    if tag == "code" and ("\n" in element.text() or "  " in element.text()):
        hits.append(_Hit("code-whitespace", element))
    if tag == "a":
        href = (element.attrs.get("href") or "").strip()
        if href.startswith("#"):
            hits.append(_Hit("anchor-link", element))
        elif href and not is_wechat_link(href):
            hits.append(_Hit("external-link", element, href))
    if tag == "table":
        wrapper = element.parent
        scrolls = wrapper is not None and wrapper.style.get("overflow-x") in ("auto", "scroll")
        if not scrolls:
            hits.append(_Hit("table-not-scrollable", element))
    if tag in ("th", "td") and "text-align" not in element.style:
        hits.append(_Hit("cell-alignment", element))
    if tag == "img":
        hits += _image_hits(element)
    if (
        tag == "span"
        and "leaf" in element.attrs
        and any(e.tag in BLOCK_ELEMENTS for e in element.iter() if e is not element)
    ):
        hits.append(_Hit("span-leaf-block", element))
    return hits + _style_hits(element)


def _image_hits(image: Element) -> list[_Hit]:
    src = (image.attrs.get("src") or "").strip()
    hits: list[_Hit] = []
    if src.lower().startswith("data:"):
        hits.append(_Hit("data-image", image, src[:40]))
    elif not src:
        hits.append(_Hit("image-without-source", image, image.attrs.get("alt") or ""))
    elif is_local(src):
        hits.append(_Hit("local-image", image, src))
    elif fails_wechat_reupload(src):
        hits.append(_Hit("image-host", image, src))
    remote = urlsplit(src).scheme.lower() in ("http", "https")
    if remote and not (image.attrs.get("data-w") or "").isdigit():
        hits.append(_Hit("image-width-unknown", image, src))
    if image.style.get("max-width", "").replace(" ", "") != "100%":
        hits.append(_Hit("image-max-width", image, src))
    return hits


def _nesting_hits(root: Element) -> list[_Hit]:
    """Chains of NESTING_LIMIT or more same-tag, same-attribute, single-child elements."""
    inner: dict[int, Element] = {}  # id of a wrapper -> its only child, when they match
    for element in root.iter():
        child = _same_only_child(element)
        if child is not None:
            inner[id(element)] = child
    wrapped = {id(child) for child in inner.values()}
    hits: list[_Hit] = []
    for element in root.iter():
        if id(element) not in inner or id(element) in wrapped:
            continue  # not a wrapper, or counted from the top of its chain
        depth, node = 1, element
        while id(node) in inner:
            node, depth = inner[id(node)], depth + 1
        if depth >= NESTING_LIMIT and element.tag not in ("img", "svg", "video"):
            hits.append(_Hit("nesting-depth", element, str(depth)))
    return hits


def _same_only_child(parent: Element) -> Element | None:
    """The only child of ``parent`` when it has the same tag and attributes and the parent
    has no text of its own."""
    elements = parent.elements()
    if len(elements) != 1:
        return None
    if any(isinstance(c, Text) and c.data.strip() for c in parent.children):
        return None
    child = elements[0]
    return child if child.tag == parent.tag and child.attrs == parent.attrs else None


def html_hits(html_text: str) -> list[_Hit]:
    root = parse(html_text)
    hits: list[_Hit] = []
    outer = root.elements()
    if len(outer) == 1 and outer[0].attrs.get("style"):
        hits.append(_Hit("outer-wrapper-style", outer[0]))
    for element in root.iter():
        if element is not root:
            hits += _element_hits(element)
    return hits + _nesting_hits(root)


def _finding(hit: _Hit, field: str) -> ComplianceFinding:
    severity, message = RULES[hit.rule]
    url = hit.detail if hit.rule == "image-host" else ""
    return ComplianceFinding(
        hit.rule, Message(CONTEXT, message), snippet(hit.element), field, severity, url
    )


def check_html(html_text: str) -> list[ComplianceFinding]:
    """The findings of a WeChat HTML fragment, without the fields that cause them."""
    return [_finding(hit, "") for hit in html_hits(html_text)]


def _field_of(project: Project, hit: _Hit) -> str:
    if hit.detail and hit.rule in ("external-link", "local-image", "data-image", "image-host"):
        return find_field(project, hit.detail, exact=True)
    if hit.rule == "image-without-source":
        # Only http(s) addresses survive rendering; the Markdown still has ![alt](...).
        return find_field(project, f"![{hit.detail}](", exact=True)
    if hit.element.tag == "img":
        return find_field(project, hit.element.attrs.get("src") or "", exact=True)
    field = find_field(project, hit.element.text())
    if not field and hit.rule in STYLE_RULES:
        return THEME_FIELD  # no text of the user's: the style came from the theme
    return field


def color_contrast_findings(color: str) -> list[ComplianceFinding]:
    """The primary colour ``color`` too faint to read in WeChat's light or dark mode."""
    return [
        ComplianceFinding(rule, text, color, COLOR_FIELD, WARNING)
        for rule, text in color_contrast_problems(color)
    ]


def check_wechat(
    project: Project, html_text: str, embedded: Collection[str] = ()
) -> list[ComplianceFinding]:
    """Every compliance finding of the project's WeChat HTML ``html_text`` (its pipeline's
    check input), in article order, with its field. A local picture in ``embedded`` is one
    the copy embeds (pipeline/picture_checks.py): not a finding here."""
    findings: list[ComplianceFinding] = []
    title = project.article.title
    if len(title) > TITLE_LIMIT:
        severity, message = RULES["title-length"]
        text = Message(CONTEXT, message, (str(TITLE_LIMIT), str(len(title))))
        findings.append(ComplianceFinding("title-length", text, title, "article.title", severity))
    # Only a colour the user chose: the themes' own are theirs to get right.
    findings += color_contrast_findings(project.article.primary_color)
    hits = [
        hit
        for hit in html_hits(html_text)
        if not (hit.rule == "local-image" and hit.detail in embedded)
    ]
    findings += [_finding(hit, _field_of(project, hit)) for hit in hits]
    return findings
