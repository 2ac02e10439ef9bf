"""WeChat's limits on a draft, checked before anything is sent (Qt-free).

The numbers are WeChat's own, from the pages cited at each one. :func:`check_draft` gives
findings in the compliance checks' form (render/compliance.py), so ``recapdesk check
--wechat``, the Checks panel and the publish command report them alike.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Project
from recapdesk.model.checks import Severity
from recapdesk.render.findings import ComplianceFinding

CONTEXT = "Publish"

# 新增草稿 (draft/add), https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_add
# title: "总长度不超过32个字"; author: "总长度不超过16个字"; digest: "总长度不超过128个字";
# content: "必须少于2万字符，小于1M"; content_source_url: "大小不可超过1 kb".
TITLE_MAX = 32
AUTHOR_MAX = 16
DIGEST_MAX = 128
CONTENT_TEXT_LIMIT = 20_000  # characters of text: the content must have fewer
# "小于1M": 10^6 bytes stays under either reading of 1M (the same choice as the pictures').
CONTENT_BYTES_LIMIT = 1_000_000
SOURCE_URL_MAX_BYTES = 1024

# 上传图文消息图片 (media/uploadimg), https://developers.weixin.qq.com/doc/service/api/material/permanent/api_uploadimage
# "图片仅支持jpg/png格式，大小必须在1MB以下"
ARTICLE_IMAGE_TYPES = ("image/jpeg", "image/png")
ARTICLE_IMAGE_MAX_BYTES = 1_000_000  # the picture must be smaller

# 上传永久素材 (material/add_material), https://developers.weixin.qq.com/doc/service/api/material/permanent/api_addmaterial
# "图片（image）: 10M，支持bmp/png/jpeg/jpg/gif格式": the cover, sent as a permanent image.
COVER_TYPES = ("image/bmp", "image/png", "image/jpeg", "image/gif")
COVER_MAX_BYTES = 10_000_000

_TAG = re.compile(r"<[^>]*>")


def text_length(content: str) -> int:
    """Characters of text in the HTML ``content``: what WeChat's 2万字符 counts. (The HTML
    itself, inline styles and all, is several times longer; WeChat takes it up to 1 MB.)"""
    return len(html.unescape(_TAG.sub("", content)))


def _finding(
    rule: str, template: str, args: tuple[str, ...], value: str, where: str
) -> ComplianceFinding:
    text = Message(CONTEXT, template, args)
    return ComplianceFinding(rule, text, value[:120], where, Severity.ERROR)


def check_draft(project: Project, content: str) -> list[ComplianceFinding]:
    """What WeChat's draft API would refuse in ``project`` with the WeChat HTML ``content``."""
    article = project.article
    found: list[ComplianceFinding] = []
    if not article.title.strip():
        template = QT_TRANSLATE_NOOP("Publish", "a WeChat draft needs a title")
        found.append(_finding("draft-title-empty", template, (), "", "article.title"))
    for rule, value, limit, where, template in (
        (
            "draft-title-length",
            article.title,
            TITLE_MAX,
            "article.title",
            QT_TRANSLATE_NOOP(
                "Publish", "the draft API takes titles of at most %1 characters (this one has %2)"
            ),
        ),
        (
            "draft-author-length",
            article.author,
            AUTHOR_MAX,
            "article.author",
            QT_TRANSLATE_NOOP(
                "Publish", "WeChat takes an author of at most %1 characters (this one has %2)"
            ),
        ),
        (
            "draft-digest-length",
            article.digest,
            DIGEST_MAX,
            "article.digest",
            QT_TRANSLATE_NOOP(
                "Publish", "WeChat takes a digest of at most %1 characters (this one has %2)"
            ),
        ),
    ):
        if len(value) > limit:
            found.append(_finding(rule, template, (str(limit), str(len(value))), value, where))
    url = article.source_url.strip()
    if url and (
        urlsplit(url).scheme.lower() not in ("http", "https")
        or len(url.encode("utf-8")) > SOURCE_URL_MAX_BYTES
    ):
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "the original-article link must be an http or https address of at most %1 bytes",
        )
        found.append(
            _finding(
                "draft-source-url",
                template,
                (str(SOURCE_URL_MAX_BYTES),),
                url,
                "article.source_url",
            )
        )
    characters = text_length(content)
    if characters >= CONTENT_TEXT_LIMIT:
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat takes articles of fewer than %1 characters of text (this one has %2); "
            "shorten it or split it into two articles",
        )
        found.append(
            _finding(
                "draft-content-length",
                template,
                (str(CONTENT_TEXT_LIMIT), str(characters)),
                "",
                "",
            )
        )
    size = len(content.encode("utf-8"))
    if size >= CONTENT_BYTES_LIMIT:
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat takes an article's HTML under %1 bytes (this one has %2); shorten it or "
            "split it into two articles",
        )
        found.append(
            _finding("draft-content-size", template, (str(CONTENT_BYTES_LIMIT), str(size)), "", "")
        )
    return found
