"""``recapdesk import`` and ``recapdesk import-rows``, run as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from recapdesk.model import GroupColumn, RecognitionGroup
from recapdesk.store import load, save
from tests.support import EXAMPLE_PATH, run_cli

SEED = Path(__file__).parents[1] / "importers" / "data" / "seed-draft.md"


def test_import_writes_a_project_and_says_what_it_found(tmp_path: Path) -> None:
    article = tmp_path / "recap.md"
    shutil.copyfile(SEED, article)
    output = tmp_path / "phase1.recap.toml"
    result = run_cli("import", article, "-o", output)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.endswith(": 1 recognition group (1 person), 11 testimonials, 1 free section")
    assert "numbers in the text: 96位, 379人, xx篇, xx篇, xx篇" in result.stdout
    project = load(output)
    assert len(project.testimonials.people) == 11
    # and the written project renders
    rendered = run_cli("render", output)
    assert rendered.returncode == 0
    assert "-   姚沈结-爱立信-研习一期" in rendered.stdout


def test_import_defaults_the_output_name_and_never_overwrites(tmp_path: Path) -> None:
    article = tmp_path / "recap.md"
    article.write_bytes("# 一期总结\n\n## 一、活动背景\n\n读书。\n".encode("gbk"))  # GBK too
    assert run_cli("import", article).returncode == 0
    project = load(tmp_path / "recap.recap.toml")
    assert project.article.title == "一期总结"
    again = run_cli("import", article)
    assert again.returncode == 2
    assert "already exists (use --force to overwrite)" in again.stderr
    assert run_cli("import", article, "--force").returncode == 0


def test_import_of_a_missing_article(tmp_path: Path) -> None:
    result = run_cli("import", tmp_path / "nope.md", "-o", tmp_path / "p.recap.toml")
    assert result.returncode == 2
    assert "nope.md" in result.stderr
    assert "Traceback" not in result.stderr


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "p.recap.toml"
    shutil.copyfile(EXAMPLE_PATH, project)
    return project


def test_import_rows_appends_from_a_gbk_csv(tmp_path: Path) -> None:
    project = _project(tmp_path)
    sheet = tmp_path / "名单.csv"
    rows = ["姓名,公司,职位,git号,备注"] + [f"学员{i},公司{i},工程师,user{i},x" for i in range(200)]
    sheet.write_bytes("\r\n".join(rows).encode("gbk"))
    result = run_cli("import-rows", project, sheet, "--into", "honorees")
    assert result.returncode == 0, result.stderr
    assert "imported 200 honorees" in result.stdout
    assert "(GBK/GB18030)" in result.stdout
    assert "after 4: 204 now" in result.stdout
    assert "备注 → (skipped)" in result.stdout
    people = load(project).groups[0].people
    assert len(people) == 204
    assert (people[-1].name, people[-1].github) == ("学员199", "user199")
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, nothing left over


def test_import_rows_replaces_from_xlsx_with_a_mapping(tmp_path: Path) -> None:
    project = _project(tmp_path)
    sheet = tmp_path / "感言.xlsx"
    book = openpyxl.Workbook()
    work = book.active
    assert work is not None
    work.append(["昵称", "说了什么", "GitHub"])
    work.append(["张三", "收获很大。", "zhangsan"])
    book.save(sheet)
    result = run_cli(
        "import-rows",
        project,
        sheet,
        "--into",
        "testimonials",
        "--map",
        "昵称=name",
        "--map",
        "2=body",
        "--replace",
    )
    assert result.returncode == 0, result.stderr
    people = load(project).testimonials.people
    assert [(p.name, p.body, p.github) for p in people] == [("张三", "收获很大。", "zhangsan")]


def test_import_rows_errors_end_in_one_line(tmp_path: Path) -> None:
    project = _project(tmp_path)
    sheet = tmp_path / "x.csv"
    sheet.write_text("微信,备注\r\na,b\r\n", encoding="utf-8")
    before = project.read_bytes()
    nothing = run_cli("import-rows", project, sheet, "--into", "committee")
    assert nothing.returncode == 2
    assert "no column matches a field of committee (name, role, github)" in nothing.stderr
    bad_map = run_cli("import-rows", project, sheet, "--into", "committee", "--map", "微信=nick")
    assert bad_map.returncode == 2
    assert "committee have no field 'nick'" in bad_map.stderr
    assert project.read_bytes() == before
    missing = run_cli("import-rows", tmp_path / "none.recap.toml", sheet, "--into", "honorees")
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr


def test_import_rows_into_any_group_of_the_project(tmp_path: Path) -> None:
    """Rows go into a group by its id; a group that does not exist is named with the ones
    that do."""
    project = tmp_path / "p.recap.toml"
    data = load(EXAMPLE_PATH)
    data.groups.append(RecognitionGroup(id="lecturers", heading="讲师", columns=[GroupColumn.NAME]))
    save(data, project)
    sheet = tmp_path / "lecturers.csv"
    sheet.write_text("姓名,GitHub\n张三,zhangsan\n李四,lisi\n", encoding="utf-8")
    result = run_cli("import-rows", project, sheet, "--into", "lecturers")
    assert result.returncode == 0, result.stderr
    assert "imported 2 lecturers" in result.stdout
    lecturers = load(project).group("lecturers")
    assert [(p.name, p.github) for p in lecturers.people] == [
        ("张三", "zhangsan"),
        ("李四", "lisi"),
    ]
    missing = run_cli("import-rows", project, sheet, "--into", "mentors")
    assert missing.returncode == 2
    assert "no recognition group 'mentors'; its groups: honorees, committee, lecturers" in (
        missing.stderr
    )


def test_import_rows_into_honorees_of_an_article_imported_without_them(tmp_path: Path) -> None:
    """An imported article has only its own groups; rows for the honorees make the group."""
    article = tmp_path / "summary.md"
    article.write_text("# 总结\n\n## 活动背景\n\n办了十场活动。\n", encoding="utf-8")
    project = tmp_path / "summary.recap.toml"
    assert run_cli("import", article, "-o", project).returncode == 0
    assert load(project).groups == []
    sheet = tmp_path / "list.csv"
    sheet.write_text("姓名,GitHub\n张三,zhangsan\n", encoding="utf-8")
    result = run_cli("import-rows", project, sheet, "--into", "honorees")
    assert result.returncode == 0, result.stderr
    assert "created the recognition group 'honorees'" in result.stdout
    changed = load(project)
    assert [(p.name, p.github) for p in changed.group("honorees").people] == [("张三", "zhangsan")]
    keys = [slot.key for slot in changed.order]
    assert keys.index("group:honorees") == keys.index("background") + 1
    missing = run_cli("import-rows", project, sheet, "--into", "mentors")
    assert "its groups: honorees (or testimonials)" in missing.stderr
