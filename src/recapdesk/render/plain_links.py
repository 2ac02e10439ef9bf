"""The link footnotes of the WeChat HTML, for its text/plain flavour.

Copy for WeChat turns every link WeChat refuses into its text and a ``[n]`` marker, with the URLs
in a closing 引用链接 / References list (render/wechat/links.py). A paste of the plain text into
a chat would otherwise lose every URL, so the plain text gets the same markers and list, numbered
by the same rule: document order, one number per URL, none for WeChat's own links, in-page
anchors or a link that shows its own URL.
"""

from __future__ import annotations

from lxml import etree

from recapdesk.render.wechat.links import TITLES, is_wechat_link, text_is_url


class PlainLinks:
    """Numbers the links of one plain-text walk and writes their list at the end."""

    def __init__(self, language: str) -> None:
        self._language = language
        self._numbers: dict[str, int] = {}
        self.entries: list[tuple[int, str, str]] = []

    def marker(self, anchor: etree._Element) -> str:
        """``[n]`` to write after ``anchor``'s text, or ``""`` when it keeps none."""
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#") or is_wechat_link(href):
            return ""
        if "footnote-backref" in (anchor.get("class") or "").split():
            return ""
        text = " ".join("".join(anchor.itertext()).split())
        if text_is_url(text, href):
            return ""
        number = self._numbers.get(href)
        if number is None:
            number = self._numbers[href] = len(self._numbers) + 1
            self.entries.append((number, text, href))
        return f"[{number}]"

    def references(self) -> str:
        """The closing list, as the HTML's (``""`` when no link got a number)."""
        if not self.entries:
            return ""
        title = TITLES.get(self._language, TITLES["en"])
        lines = [
            f"[{n}] {text}: {url}" if text else f"[{n}] {url}" for n, text, url in self.entries
        ]
        return f"{title}\n\n" + "\n".join(lines) + "\n"
