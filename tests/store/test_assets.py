"""The project's assets folder: pictures copied in once under content-addressed names,
references resolved only inside the project's folder, clean-up that never deletes anything
else, and an untitled project's pictures following it to its first save."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from recapdesk.store.assets import (
    AssetError,
    AssetsFolder,
    adopt_assets,
    carry_pictures,
    discard_staging,
    is_remote,
    markdown_path,
    referenced_files,
    remove_files,
    resolve_reference,
    restore_files,
    rewrite_references,
    staging_assets,
    staging_sessions,
    tidy_staging,
    unreferenced_files,
)
from tests.render.pictures import images

REFERENCE = re.compile(r"^phase1\.assets/[0-9a-f]{16}\.(jpg|png|svg)$")


@pytest.fixture
def assets(tmp_path: Path) -> AssetsFolder:
    return AssetsFolder(tmp_path / "project" / "phase1.recap.toml")


@pytest.fixture
def photo() -> bytes:
    return images.jpeg(Image.new("RGB", (64, 48), (200, 30, 30)))


def test_a_picture_added_twice_is_stored_once(
    tmp_path: Path, assets: AssetsFolder, photo: bytes
) -> None:
    first = tmp_path / "DSC_0001.JPG"
    second = tmp_path / "copy of it.jpeg"
    first.write_bytes(photo)
    second.write_bytes(photo)
    reference = assets.import_file(first)
    assert REFERENCE.match(reference), reference
    assert reference.endswith(".jpg")
    assert assets.import_file(second) == reference
    assert assets.import_bytes(photo, "pasted") == reference
    assert assets.files() == [reference.split("/")[1]]
    assert (assets.project_folder / reference).read_bytes() == photo
    assert first.read_bytes() == photo  # the original is left as it was
    assert not list(assets.path.glob(".*"))  # no temporary file left behind


def test_the_suffix_comes_from_what_the_bytes_are(assets: AssetsFolder, photo: bytes) -> None:
    assert assets.import_bytes(photo, "actually-a-jpeg.png").endswith(".jpg")
    screenshot = images.screenshot(200, 100)
    assert assets.import_bytes(screenshot).endswith(".png")
    assert assets.import_bytes(images.svg_drawing(), "diagram.svg").endswith(".svg")


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"", "empty.jpg"), (b"#!/bin/sh\nrm -rf ~\n", "script.jpg"), (b"%PDF-1.7\n", "a.pdf")],
)
def test_what_is_no_picture_is_refused_and_nothing_is_written(
    assets: AssetsFolder, data: bytes, name: str
) -> None:
    with pytest.raises(AssetError, match="not a picture"):
        assets.import_bytes(data, name)
    assert not assets.path.exists()


def test_a_picture_format_recapdesk_does_not_take_is_refused(
    tmp_path: Path, assets: AssetsFolder
) -> None:
    icon = tmp_path / "favicon.ico"
    Image.new("RGB", (16, 16)).save(icon)
    with pytest.raises(AssetError, match="ICO"):
        assets.import_file(icon)


def test_a_missing_file_is_an_asset_error(tmp_path: Path, assets: AssetsFolder) -> None:
    with pytest.raises(AssetError, match="cannot read"):
        assets.import_file(tmp_path / "gone.jpg")


def test_a_project_name_markdown_cannot_hold_is_percent_encoded_and_resolves_back(
    tmp_path: Path, photo: bytes
) -> None:
    assets = AssetsFolder(tmp_path / "一期 总结 (final) 100%.recap.toml")
    reference = assets.import_bytes(photo)
    folder_part = reference.split("/")[0]
    assert folder_part == "一期%20总结%20%28final%29%20100%25.assets"
    assert " " not in reference and "(" not in reference
    assert resolve_reference(tmp_path, reference) == (assets.path / reference.split("/")[1])


def test_a_reference_resolves_inside_the_project_folder(assets: AssetsFolder, photo: bytes) -> None:
    reference = assets.import_bytes(photo)
    stored = assets.path / reference.split("/")[1]
    assert resolve_reference(assets.project_folder, reference) == stored.resolve()
    assert resolve_reference(assets.project_folder, "./" + reference) == stored.resolve()


@pytest.mark.parametrize(
    "reference",
    [
        "../../etc/passwd",
        "phase1.assets/../../../etc/passwd",
        "%2e%2e/%2e%2e/etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "/etc/passwd",
        "file:///etc/passwd",
        "FILE:/etc/passwd",
        "C:\\Windows\\win.ini",
        "C:/Windows/win.ini",
        "\\\\server\\share\\photo.jpg",
        "//server/share/photo.jpg",
        "https://example.com/photo.jpg",
        "javascript:alert(1)",
        "",
        "   ",
        ".",
        "phase1.assets/\x00.jpg",
    ],
)
def test_a_hostile_reference_is_refused(assets: AssetsFolder, reference: str) -> None:
    assets.project_folder.mkdir(parents=True)
    with pytest.raises(AssetError):
        resolve_reference(assets.project_folder, reference)


def test_a_symbolic_link_out_of_the_folder_is_refused(
    tmp_path: Path, assets: AssetsFolder, photo: bytes
) -> None:
    private = tmp_path / "private.jpg"
    private.write_bytes(photo)
    assets.path.mkdir(parents=True)
    (assets.path / "0123456789abcdef.jpg").symlink_to(private)
    with pytest.raises(AssetError, match="outside"):
        resolve_reference(assets.project_folder, "phase1.assets/0123456789abcdef.jpg")
    assert "0123456789abcdef.jpg" not in assets.files()


def test_web_addresses_are_told_apart() -> None:
    assert is_remote("https://raw.githubusercontent.com/a/b.png")
    assert is_remote("//cdn.example.com/b.png")
    assert not is_remote("phase1.assets/0123456789abcdef.jpg")
    assert not is_remote("file:///etc/passwd")


def test_references_are_found_in_markdown_html_and_toml(assets: AssetsFolder, photo: bytes) -> None:
    names = [
        assets.import_bytes(images.jpeg(Image.new("RGB", (8, 8), (i * 40, 0, 0)))).split("/")[1]
        for i in range(5)
    ]
    texts = [
        f'合影：\n\n![全体合影](phase1.assets/{names[0]} "title")\n',
        f'<img src="./phase1.assets/{names[1]}" alt="x">',
        f'path = "phase1.assets/{names[2]}"',
        f"see other/phase1.assets-like/{names[3]} and phase1.assetsX/{names[4]}",
    ]
    assert referenced_files(assets, texts) == set(names[:3])
    assert unreferenced_files(assets, texts) == sorted(names[3:])


def test_clean_up_removes_only_unreferenced_pictures_inside_the_folder_and_undo_restores(
    tmp_path: Path, assets: AssetsFolder, photo: bytes
) -> None:
    kept = assets.import_bytes(photo).split("/")[1]
    dropped = assets.import_bytes(images.screenshot(100, 50)).split("/")[1]
    outside = tmp_path / "project" / "mine.jpg"
    outside.write_bytes(photo)
    folder = assets.path / "sub"
    folder.mkdir()
    link = assets.path / "fedcba9876543210.jpg"
    link.symlink_to(outside)
    before = (assets.path / dropped).read_bytes()

    removed = remove_files(
        assets, [dropped, "../mine.jpg", str(outside), "sub", link.name, "..", ""]
    )

    assert [asset.name for asset in removed] == [dropped]
    assert outside.read_bytes() == photo
    assert folder.is_dir() and link.is_symlink()
    assert assets.files() == [kept]
    restore_files(assets, removed)
    assert (assets.path / dropped).read_bytes() == before


def test_an_untitled_projects_pictures_follow_it_to_its_first_save(
    tmp_path: Path, photo: bytes
) -> None:
    recovery = tmp_path / "recovery"
    staging = staging_assets(recovery, "window-1")
    reference = staging.import_bytes(photo)
    unused = staging.import_bytes(images.screenshot(100, 50))
    assert reference.startswith("untitled.assets/")
    assert resolve_reference(staging.project_folder, reference).read_bytes() == photo
    text = f"![合影]({reference})"

    saved = AssetsFolder(tmp_path / "work" / "phase1.recap.toml")
    copied = adopt_assets(staging, saved, [text])
    new_text = rewrite_references(text, staging, saved)

    assert copied == [reference.split("/")[1]]
    assert new_text == f"![合影](phase1.assets/{reference.split('/')[1]})"
    new_reference = new_text[len("![合影](") : -1]
    assert resolve_reference(saved.project_folder, new_reference).read_bytes() == photo
    assert unused.split("/")[1] not in saved.files()
    assert staging.files()  # still there until the save succeeded
    discard_staging(staging)
    assert not staging.path.exists() and not staging.project_folder.exists()
    assert recovery.is_dir()


def test_discarding_refuses_anything_but_a_staging_folder(
    assets: AssetsFolder, photo: bytes
) -> None:
    assets.import_bytes(photo)
    discard_staging(assets)
    assert len(assets.files()) == 1


def test_tidying_a_staging_folder_keeps_what_the_project_uses_and_nothing_of_the_users(
    tmp_path: Path, photo: bytes
) -> None:
    recovery = tmp_path / "recovery"
    staging = staging_assets(recovery, "window-1")
    used = staging.import_bytes(photo)
    unused = staging.import_bytes(images.screenshot(100, 50))
    # What a user might put there, or link to from there: never removed.
    own = tmp_path / "mine.jpg"
    own.write_bytes(photo)
    (staging.path / "link.jpg").symlink_to(own)
    (staging.path / "folder").mkdir()
    tidy_staging(staging, [f"![合影]({used})"])
    assert staging.files() == [used.split("/")[1]]
    assert unused.split("/")[1] not in staging.files()
    discard_staging(staging)
    assert staging.files() == []
    assert own.read_bytes() == photo  # followed by nothing
    assert (staging.path / "link.jpg").is_symlink() and (staging.path / "folder").is_dir()
    assert staging.path.is_dir()  # not empty: left in place


def test_staging_sessions_are_the_staging_folders_of_the_recovery_folder(
    tmp_path: Path, photo: bytes
) -> None:
    recovery = tmp_path / "recovery"
    assert staging_sessions(recovery) == []  # no folder yet
    staging_assets(recovery, "b").import_bytes(photo)
    staging_assets(recovery, "a").import_bytes(photo)
    (recovery / "c.recap-recovery.toml").write_text("x", encoding="utf-8")
    (recovery / "d.staging").write_text("a file, not a folder", encoding="utf-8")
    (recovery / "e.staging").symlink_to(tmp_path, target_is_directory=True)
    assert staging_sessions(recovery) == ["a", "b"]


def test_carrying_a_projects_pictures_copies_them_and_points_its_references_there(
    tmp_path: Path, photo: bytes
) -> None:
    from recapdesk.model import Project
    from recapdesk.model.photos import Photo

    source = AssetsFolder(tmp_path / "bundle" / "example.recap.toml")
    reference = source.import_bytes(photo)
    source.import_bytes(images.screenshot(100, 50))  # not used: not copied
    project = Project()
    project.photos.pictures = [Photo(src=reference)]
    project.background.text = f"见下图\n\n![合影]({reference})"
    target = AssetsFolder(tmp_path / "mine" / "demo.recap.toml")
    assert carry_pictures(project, source, target)
    (name,) = target.files()
    assert project.photos.pictures[0].src == f"demo.assets/{name}"
    assert project.background.text == f"见下图\n\n![合影](demo.assets/{name})"
    assert (target.path / name).read_bytes() == photo
    assert len(source.files()) == 2  # the source is left as it was
    assert not carry_pictures(Project(), source, target)  # nothing to carry


def test_a_symbolic_link_under_a_pictures_name_is_replaced_not_followed(
    tmp_path: Path, assets: AssetsFolder, photo: bytes
) -> None:
    elsewhere = tmp_path / "elsewhere.jpg"
    elsewhere.write_bytes(b"x" * len(photo))  # same size as the picture
    name = AssetsFolder(tmp_path / "probe.recap.toml").import_bytes(photo).split("/")[1]
    assets.path.mkdir(parents=True)
    (assets.path / name).symlink_to(elsewhere)
    reference = assets.import_bytes(photo)
    stored = resolve_reference(assets.project_folder, reference)
    assert stored.read_bytes() == photo
    assert elsewhere.read_bytes() == b"x" * len(photo)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("./\\%2eEfF:~a \x00C|"), max_size=24) | st.text(max_size=24)
)
def test_any_reference_resolves_inside_the_folder_or_is_refused(reference: str) -> None:
    folder = Path(__file__).parent.resolve()  # any existing folder; nothing is opened
    try:
        target = resolve_reference(folder, reference)
    except AssetError:
        return
    assert target.is_relative_to(folder) and target != folder


@given(st.text(max_size=30))
def test_a_markdown_path_decodes_back_and_holds_nothing_markdown_reads(name: str) -> None:
    encoded = markdown_path(name)
    assert unquote(encoded) == name
    assert not any(char in encoded for char in " ()<>[]\"'\\\n\t")
