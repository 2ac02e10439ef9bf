"""The publish flow driven as the window will drive it: progress, cancellation, rate limits,
a picture given as a data: URI, the WeChat HTML from a callable."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from recapdesk.model import Project
from recapdesk.publish.api import RetryPolicy, WeChatApi
from recapdesk.publish.credentials import Credentials
from recapdesk.publish.errors import PublishCancelledError, PublishError
from recapdesk.publish.flow import ProgressEvent, Step, plan_draft, publish_draft
from recapdesk.publish.state import PublishState
from recapdesk.store import load
from tests.publish.conftest import PICTURES, colours, png
from tests.publish.mock_wechat import APPID, SECRET, MockWeChat

RATE_LIMITED = {"errcode": 45009, "errmsg": "reach max api daily quota limit rid: 1"}


def api_for(mock: MockWeChat, **options: object) -> WeChatApi:
    return WeChatApi(Credentials(APPID, SECRET), base_url=mock.base_url, **options)  # type: ignore[arg-type]


def test_progress_reports_each_request_n_of_m(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    events: list[ProgressEvent] = []
    plan = plan_draft(load(project_file), project_file)
    with api_for(mock) as api:
        result = publish_draft(
            plan, project_file, api, PublishState(state_folder), progress=events.append
        )
    assert result.media_id == "DRAFT-1"
    assert [(e.step, e.n, e.m) for e in events] == [
        (Step.PICTURE, 1, 5),
        (Step.PICTURE, 2, 5),
        (Step.PICTURE, 3, 5),
        (Step.COVER, 4, 5),
        (Step.DRAFT, 5, 5),
    ]
    assert events[0].name == "phase1.assets/group.png"
    assert (result.uploaded, result.reused, result.updated) == (4, 0, False)
    events.clear()
    with api_for(mock) as api:
        again = publish_draft(
            plan, project_file, api, PublishState(state_folder), progress=events.append
        )
    assert [(e.step, e.n, e.m) for e in events] == [(Step.DRAFT, 1, 1)]
    assert (again.uploaded, again.reused, again.updated) == (0, 4, True)


def test_cancel_stops_between_requests_and_a_rerun_goes_on(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    plan = plan_draft(load(project_file), project_file)
    state = PublishState(state_folder)
    with api_for(mock) as api, pytest.raises(PublishCancelledError):
        publish_draft(plan, project_file, api, state, cancel=lambda: len(mock.uploads) >= 1)
    assert len(mock.uploads) == 1
    assert mock.adds == 0
    with api_for(mock) as api:
        assert publish_draft(plan, project_file, api, state).media_id == "DRAFT-1"
    assert len(mock.uploads) == len(PICTURES)  # the first was not sent again
    assert mock.problems == []


def test_a_rate_limit_waits_with_backoff_and_retries(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    slept: list[float] = []
    mock.script("/cgi-bin/media/uploadimg", RATE_LIMITED, RATE_LIMITED)
    plan = plan_draft(load(project_file), project_file)
    with api_for(mock, sleep=slept.append) as api:
        result = publish_draft(plan, project_file, api, PublishState(state_folder))
    assert result.media_id == "DRAFT-1"
    assert slept == [2.0, 6.0]
    assert len(mock.uploads) == len(PICTURES)


def test_a_rate_limit_that_lasts_gives_up_after_the_bounded_tries(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    slept: list[float] = []
    mock.script("/cgi-bin/media/uploadimg", *[RATE_LIMITED] * 10)
    plan = plan_draft(load(project_file), project_file)
    retry = RetryPolicy(attempts=3, first_wait=1.0, factor=10.0, max_wait=5.0)
    with (
        api_for(mock, sleep=slept.append, retry=retry) as api,
        pytest.raises(PublishError) as error,
    ):
        publish_draft(plan, project_file, api, PublishState(state_folder))
    assert slept == [1.0, 5.0]
    assert error.value.code == 45009
    assert "quota" in str(error.value)
    assert mock.requests.count("/cgi-bin/media/uploadimg") == 3


def test_the_wechat_html_comes_from_the_callable_and_data_uris_are_uploaded(
    tmp_path: Path, mock: MockWeChat, state_folder: Path
) -> None:
    picture = png(8, 8, (1, 2, 3))
    uri = "data:image/png;base64," + base64.b64encode(picture).decode()

    def pipeline_html(project: Project, folder: Path) -> str:
        return f'<section><p>正文</p><img src="{uri}"><p>再一次</p><img src="{uri}"></section>'

    project = Project()
    project.article.title = "标题"
    path = tmp_path / "a.recap.toml"
    plan = plan_draft(project, path, wechat_html=pipeline_html)
    assert [p.src for p in plan.pictures] == [uri]
    # The cover: the article's first picture, its centre at WeChat's 2.35:1 (8x3 of 8x8).
    assert colours(plan.cover.picture.data) == ((8, 3), {(1, 2, 3)})
    with api_for(mock) as api:
        publish_draft(plan, path, api, PublishState(state_folder))
    content = mock.drafts["DRAFT-1"]["content"]
    assert [u.sha256 for u in mock.uploads] == [hashlib.sha256(picture).hexdigest()]
    assert content.count(mock.uploads[0].url.replace("&", "&amp;")) == 2
    assert "data:" not in content


def test_a_project_without_any_picture_needs_a_cover(tmp_path: Path) -> None:
    project = Project()
    project.article.title = "标题"
    with pytest.raises(PublishError, match="cover picture"):
        plan_draft(project, tmp_path / "a.recap.toml")


def test_the_cover_field_names_the_cover_cropped_in_its_centre(project_file: Path) -> None:
    # 100x100: the top and bottom 29 rows blue, the 42 between them red; the centred 2.35:1
    # crop is 100x43 from row 28, one blue row above the red.
    picture = Image.new("RGB", (100, 100), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 29, 100, 71))
    (project_file.parent / "phase1.assets" / "cover.png").write_bytes(_png_of(picture))
    project = load(project_file)
    project.article.cover = "phase1.assets/cover.png"
    plan = plan_draft(project, project_file)
    assert plan.cover.src == "phase1.assets/cover.png"
    assert plan.cover.picture.mime == "image/png"
    assert colours(plan.cover.picture.data) == ((100, 43), {(0, 0, 255), (255, 0, 0)})
    with Image.open(io.BytesIO(plan.cover.picture.data)) as sent:
        assert sent.getpixel((50, 0)) == (0, 0, 255) and sent.getpixel((50, 1)) == (255, 0, 0)


def test_the_chosen_crop_is_what_is_uploaded(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    # A picture whose band at (50, 100)-(520, 300) is red, the rest blue: the crop chosen on
    # the band is sent as 470x200 (2.35:1), every pixel of it red.
    picture = Image.new("RGB", (600, 500), (0, 0, 255))
    picture.paste((255, 0, 0), (50, 100, 520, 300))
    (project_file.parent / "phase1.assets" / "cover.png").write_bytes(_png_of(picture))
    project = load(project_file)
    project.article.cover = "phase1.assets/cover.png"
    project.article.cover_crop = [50, 100, 470, 200]
    plan = plan_draft(project, project_file)
    with api_for(mock) as api:
        publish_draft(plan, project_file, api, PublishState(state_folder))
    thumb = mock.drafts["DRAFT-1"]["thumb_media_id"]
    sent = mock.material_data[thumb]
    assert sent == plan.cover.picture.data
    assert colours(sent) == ((470, 200), {(255, 0, 0)})
    assert mock.problems == []


def test_a_jpeg_cover_is_sent_as_a_jpeg(project_file: Path) -> None:
    out = io.BytesIO()
    Image.new("RGB", (300, 300), (20, 120, 40)).save(out, "JPEG", quality=95)
    (project_file.parent / "phase1.assets" / "cover.jpg").write_bytes(out.getvalue())
    project = load(project_file)
    project.article.cover = "phase1.assets/cover.jpg"
    cover = plan_draft(project, project_file).cover.picture
    assert cover.mime == "image/jpeg" and cover.data.startswith(b"\xff\xd8\xff")
    assert colours(cover.data)[0] == (300, 128)  # 300 / 2.35 = 127.7


def test_a_cover_that_is_not_a_picture_is_refused_with_its_name(project_file: Path) -> None:
    project = load(project_file)
    broken = project_file.parent / "phase1.assets" / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 16 + b"\xff\xd9")  # a JPEG's ends, no more
    project.article.cover = "phase1.assets/broken.jpg"
    with pytest.raises(PublishError, match=r"broken\.jpg cannot be read as a picture"):
        plan_draft(project, project_file)


def _png_of(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_token_call_waits_out_a_rate_limit_too(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    slept: list[float] = []
    mock.script("/cgi-bin/stable_token", {"errcode": -1, "errmsg": "system error"})
    plan = plan_draft(load(project_file), project_file)
    with api_for(mock, sleep=slept.append) as api:
        assert publish_draft(plan, project_file, api, PublishState(state_folder)).media_id
    assert slept == [2.0]


def test_publish_project_from_a_worker_thread_with_progress_and_cancel(
    project_file: Path, mock: MockWeChat, state_folder: Path
) -> None:
    """As the window's worker will: a thread, events posted back, a threading.Event cancel."""
    import threading

    from recapdesk.publish.session import publish_project

    env = {"RECAPDESK_WECHAT_API_BASE": mock.base_url}
    credentials = Credentials(APPID, SECRET)
    stop = threading.Event()
    events: list[ProgressEvent] = []
    warnings: list[str] = []
    outcome: list[object] = []

    def on_progress(event: ProgressEvent) -> None:
        events.append(event)
        if event.n == 2:
            stop.set()  # the user presses Cancel as picture 2 is about to go

    def work() -> None:
        try:
            outcome.append(
                publish_project(
                    load(project_file),
                    project_file,
                    progress=on_progress,
                    cancel=stop.is_set,
                    warn=lambda message: warnings.append(str(message)),
                    credentials=credentials,
                    state=PublishState(state_folder),
                    environ=env,
                )
            )
        except PublishError as error:
            outcome.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert isinstance(outcome[0], PublishCancelledError)
    assert [e.n for e in events] == [1, 2]
    assert len(mock.uploads) == 1  # cancel is asked right before each request is sent
    assert warnings and mock.base_url in warnings[0]
    stop.clear()
    result = publish_project(
        load(project_file),
        project_file,
        credentials=credentials,
        state=PublishState(state_folder),
        environ=env,
    )
    assert (result.media_id, result.uploaded, result.reused) == ("DRAFT-1", 3, 1)
    assert len(mock.uploads) == len(PICTURES)
