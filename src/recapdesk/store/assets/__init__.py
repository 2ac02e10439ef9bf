"""A project's pictures: the ``NAME.assets/`` folder beside ``NAME.recap.toml`` (Qt-free).

folder.py adds pictures under content-addressed names; references.py resolves, finds,
rewrites and cleans up references; staging.py keeps an untitled project's pictures until its
first save.
"""

from recapdesk.store.assets.folder import (
    ASSETS_SUFFIX,
    PICTURE_SUFFIXES,
    AssetError,
    AssetsFolder,
    content_name,
    looks_like_svg,
    markdown_path,
    picture_suffix,
)
from recapdesk.store.assets.references import (
    RemovedAsset,
    is_data_uri,
    is_remote,
    referenced_files,
    remove_files,
    resolve_reference,
    restore_files,
    rewrite_references,
    unreferenced_files,
)
from recapdesk.store.assets.staging import (
    adopt_assets,
    carry_pictures,
    discard_staging,
    staging_assets,
    staging_sessions,
    tidy_staging,
)

__all__ = [
    "ASSETS_SUFFIX",
    "PICTURE_SUFFIXES",
    "AssetError",
    "AssetsFolder",
    "RemovedAsset",
    "adopt_assets",
    "carry_pictures",
    "content_name",
    "discard_staging",
    "is_data_uri",
    "is_remote",
    "looks_like_svg",
    "markdown_path",
    "picture_suffix",
    "referenced_files",
    "remove_files",
    "resolve_reference",
    "restore_files",
    "rewrite_references",
    "staging_assets",
    "staging_sessions",
    "tidy_staging",
    "unreferenced_files",
]
