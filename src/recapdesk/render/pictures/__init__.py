"""Pictures made ready for the WeChat editor (Qt-free): prepare.py decodes, turns, resizes and
encodes one picture with Pillow, svg.py draws an SVG as PNG, cache.py keeps the results by
content hash so an unchanged project's second copy does no image work, result.py holds what
they return, sources.py turns an ``<img src>`` into one of them."""

from recapdesk.render.pictures.cache import PictureCache, default_cache_folder
from recapdesk.render.pictures.prepare import prepare_picture
from recapdesk.render.pictures.result import (
    WECHAT,
    Limits,
    PictureProblem,
    PictureResult,
    PreparedPicture,
    data_uri,
)
from recapdesk.render.pictures.sources import data_uri_bytes, prepare_source

__all__ = [
    "WECHAT",
    "Limits",
    "PictureCache",
    "PictureProblem",
    "PictureResult",
    "PreparedPicture",
    "data_uri",
    "data_uri_bytes",
    "default_cache_folder",
    "prepare_picture",
    "prepare_source",
]
