"""The file name Save suggests for a new project: its title, made safe for any file system."""

from __future__ import annotations

from recapdesk.store.file_names import project_file_name


def test_the_title_is_the_name_cjk_and_spaces_kept() -> None:
    assert project_file_name("kubernetes源码研习社 一期活动总结") == (
        "kubernetes源码研习社 一期活动总结.recap.toml"
    )


def test_what_a_file_system_refuses_is_left_out() -> None:
    assert project_file_name('一期/二期: "总结"?\n') == "一期 二期 总结.recap.toml"
    assert project_file_name("..hidden. ") == "hidden.recap.toml"
    assert project_file_name("a\\b|c*d<e>f") == "a b c d e f.recap.toml"


def test_no_usable_title_and_device_names() -> None:
    assert project_file_name("") == "recap.recap.toml"
    assert project_file_name(" / ? ") == "recap.recap.toml"
    assert project_file_name("CON") == "CON_.recap.toml"


def test_a_long_title_fits_a_file_name() -> None:
    name = project_file_name("总结" * 200)
    assert name.endswith(".recap.toml")
    assert len(name.encode("utf-8")) <= 255
