"""Publish a project to the WeChat draft box: plan, upload, draft (Qt-free).

:func:`plan_draft` does everything that needs no network: the WeChat HTML, the pictures to
upload (prepared), the cover, the draft's fields, WeChat's limits. ``--dry-run`` prints the
plan (:func:`dry_run_document`); :func:`publish_draft` carries it out:

1. each picture not uploaded before (by content hash, per account) goes to
   ``media/uploadimg``; its URL is saved before the next request;
2. the cover, unless uploaded before, goes to ``material/add_material?type=image``;
3. the content, with the pictures' URLs, becomes a draft: ``draft/update`` of the project's
   draft when it has one (unless ``new``), else ``draft/add``, whose media_id is saved at once.

So a run stopped anywhere (an error, a cancellation, ``kill -9``) and run again reuses what was
uploaded and never leaves two drafts. ``progress`` hears of each request before it is sent;
``cancel()`` is asked before each one. Nothing here publishes or mass-sends: drafts only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Project
from recapdesk.model.checks import Severity
from recapdesk.publish.api import WeChatApi
from recapdesk.publish.cover import crop_cover
from recapdesk.publish.errors import DRAFT_GONE, PublishCancelledError, PublishError, say
from recapdesk.publish.limits import COVER_MAX_BYTES, COVER_TYPES, check_draft
from recapdesk.publish.pictures import (
    Picture,
    PreparePicture,
    picture_sources,
    prepare_as_is,
    replace_sources,
    sniff_mime,
    source_bytes,
)
from recapdesk.publish.state import Cover, PublishState
from recapdesk.render.findings import ComplianceFinding

WechatHtml = Callable[[Project, Path], str]
"""``wechat_html(project, project_folder)``: the article as WeChat HTML. The ArticlePipeline
provides it once merged; until then :func:`rendered_wechat_html`."""

PLACEHOLDER = "https://placeholder.invalid/recapdesk/picture-{n}.{ext}"
"""Where a picture's URL goes in a dry run (.invalid: a name that never resolves)."""


def rendered_wechat_html(project: Project, folder: Path) -> str:
    """The WeChat HTML as ``recapdesk render --to wechat`` writes it (the article's pipeline)."""
    from recapdesk.pipeline import ArticlePipeline

    return ArticlePipeline(project).wechat_html(base_dir=folder)


class Step(StrEnum):
    PICTURE = "picture"  # uploading picture n of m
    COVER = "cover"
    DRAFT = "draft"


@dataclass(frozen=True)
class ProgressEvent:
    """Request ``n`` of ``m`` (both from 1) is about to be sent: ``step`` and its ``name``."""

    step: Step
    n: int
    m: int
    name: str = ""


Progress = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class PlannedPicture:
    src: str  # as the article's HTML has it
    picture: Picture
    crop: tuple[int, int, int, int] | None = None  # the cover's: (x, y, w, h) of the source


@dataclass(frozen=True)
class DraftPlan:
    """What a publish of ``project`` sends, before any picture is uploaded."""

    content: str  # the WeChat HTML, pictures still at their own sources
    pictures: list[PlannedPicture]
    cover: PlannedPicture
    fields: dict[str, Any]  # the draft's fields but content and thumb_media_id
    findings: list[ComplianceFinding] = field(default_factory=list)

    def placeholder_content(self) -> str:
        urls = {
            planned.src: PLACEHOLDER.format(n=n, ext=planned.picture.filename.rsplit(".", 1)[1])
            for n, planned in enumerate(self.pictures, 1)
        }
        return replace_sources(self.content, urls)

    def errors(self) -> list[ComplianceFinding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]


@dataclass(frozen=True)
class PublishResult:
    media_id: str
    updated: bool  # True: the project's draft was updated; False: a draft was added
    uploaded: int  # pictures and cover sent this time
    reused: int  # pictures and cover uploaded by an earlier run


def _no_cover() -> PublishError:
    return PublishError(
        say(
            QT_TRANSLATE_NOOP(
                "Publish",
                "a WeChat draft needs a cover picture: choose one in the Article tab (cover), "
                "or put a picture in the article",
            )
        )
    )


def _cover(project: Project, folder: Path, pictures: list[PlannedPicture]) -> PlannedPicture:
    """The cover as it is uploaded: the Article tab's cover cropped to its ``cover_crop``, or
    the article's first picture (as prepared for the article) cropped in its centre; 2.35:1
    either way (cover.py)."""
    src = project.article.cover.strip()
    if src:
        data, crop = source_bytes(src, folder), project.article.cover_crop
    elif pictures:
        src, data, crop = pictures[0].src, pictures[0].picture.data, None
    else:
        raise _no_cover()
    if sniff_mime(data) not in COVER_TYPES or len(data) > COVER_MAX_BYTES:
        template = QT_TRANSLATE_NOOP(
            "Publish", "the cover %1 must be JPEG, PNG, GIF or BMP of at most %2 bytes"
        )
        raise PublishError(say(template, src[:80], str(COVER_MAX_BYTES)))
    picture, box = crop_cover(data, crop, src)
    return PlannedPicture(src, picture, box)


def draft_fields(project: Project) -> dict[str, Any]:
    """The draft's fields from the article (draft/add's names), but content and cover."""
    article = project.article
    return {
        "article_type": "news",
        "title": article.title.strip(),
        "author": article.author.strip(),
        "digest": article.digest.strip(),
        "content_source_url": article.source_url.strip(),
        "need_open_comment": int(article.open_comments),
        "only_fans_can_comment": int(article.open_comments and article.fans_only_comments),
    }


def plan_draft(
    project: Project,
    project_path: Path,
    *,
    wechat_html: WechatHtml = rendered_wechat_html,
    prepare: PreparePicture = prepare_as_is,
) -> DraftPlan:
    """The draft ``project`` makes, its pictures prepared; no network. Raises
    :class:`PublishError` for a picture that cannot be prepared or a missing cover."""
    folder = Path(project_path).parent
    content = wechat_html(project, folder)
    pictures = [PlannedPicture(src, prepare(src, folder)) for src in picture_sources(content)]
    cover = _cover(project, folder, pictures)
    plan = DraftPlan(content, pictures, cover, draft_fields(project))
    findings = check_draft(project, plan.placeholder_content())
    return DraftPlan(content, pictures, cover, plan.fields, findings)


def dry_run_document(plan: DraftPlan, draft_media_id: str = "") -> dict[str, Any]:
    """What a publish would send, as JSON-ready data: the endpoint, the draft's fields and
    content (placeholder URLs for the pictures), and the pictures to upload."""
    pictures = [
        {
            "placeholder": PLACEHOLDER.format(n=n, ext=p.picture.filename.rsplit(".", 1)[1]),
            "source": p.src if not p.src.lower().startswith("data:") else p.src[:40] + "...",
            "type": p.picture.mime,
            "bytes": len(p.picture.data),
            "sha256": p.picture.sha256,
            "endpoint": "/cgi-bin/media/uploadimg",
        }
        for n, p in enumerate(plan.pictures, 1)
    ]
    cover = plan.cover.picture
    return {
        "endpoint": "/cgi-bin/draft/update" if draft_media_id else "/cgi-bin/draft/add",
        "draft_media_id": draft_media_id,
        "article": {
            **plan.fields,
            "content": plan.placeholder_content(),
            "thumb_media_id": "(the cover's media_id)",
        },
        "pictures": pictures,
        "cover": {
            "source": plan.cover.src[:80],
            "type": cover.mime,
            "bytes": len(cover.data),
            "sha256": cover.sha256,
            "crop": list(plan.cover.crop or ()),  # x, y, w, h of the source: 2.35:1
            "endpoint": "/cgi-bin/material/add_material?type=image",
        },
        "findings": [f"{f.field or 'article'}: {f.rule}: {f.message}" for f in plan.findings],
    }


def _ignore(event: ProgressEvent) -> None:
    pass


def _never() -> bool:
    return False


def publish_draft(
    plan: DraftPlan,
    project_path: Path,
    api: WeChatApi,
    state: PublishState,
    *,
    new: bool = False,
    progress: Progress = _ignore,
    cancel: Callable[[], bool] = _never,
) -> PublishResult:
    """Upload the plan's pictures and cover and add or update the draft; its media_id."""
    if plan.errors():
        raise PublishError(plan.errors()[0].text)
    appid = api.credentials.appid
    account = state.account(appid)
    project_state = state.project(project_path)
    # The same picture twice in an article is uploaded once.
    unique = {p.picture.sha256: p for p in plan.pictures}
    to_send = [p for sha, p in unique.items() if sha not in account.images]
    cover = plan.cover.picture
    cover_known = cover.sha256 in account.covers
    total = len(to_send) + (0 if cover_known else 1) + 1
    n = 0

    def step(kind: Step, name: str = "") -> None:
        nonlocal n
        if cancel():
            raise PublishCancelledError()
        n += 1
        progress(ProgressEvent(kind, n, total, name))

    for planned in to_send:
        picture = planned.picture
        step(Step.PICTURE, planned.src[:80])
        url = api.upload_image(picture.data, picture.filename, picture.mime)
        account.images[picture.sha256] = url
        account.save()
    if not cover_known:
        step(Step.COVER, plan.cover.src[:80])
        media_id, url = api.add_image_material(cover.data, cover.filename, cover.mime)
        account.covers[cover.sha256] = Cover(media_id, url)
        account.save()
    urls = {p.src: account.images[p.picture.sha256] for p in plan.pictures}
    article = {
        **plan.fields,
        "content": replace_sources(plan.content, urls),
        "thumb_media_id": account.covers[cover.sha256].media_id,
    }
    step(Step.DRAFT)
    sent = len(to_send) + (0 if cover_known else 1)
    reused = len(unique) + 1 - sent
    draft = "" if new else project_state.drafts.get(appid, "")
    if draft:
        try:
            api.update_draft(draft, article, 0)
            return PublishResult(draft, True, sent, reused)
        except PublishError as error:
            if error.code not in DRAFT_GONE:
                raise
            # Published or deleted in the 公众号 backend since: a new draft takes its place.
    media_id = api.add_draft(article)
    project_state.drafts[appid] = media_id
    project_state.save()
    return PublishResult(media_id, False, sent, reused)
