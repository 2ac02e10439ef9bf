"""Spreadsheets as organizers export them -> records, appended or replacing."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from recapdesk import model
from recapdesk.importers.mapping import Target, guess_mapping
from recapdesk.importers.rows import (
    RowsError,
    Sheet,
    apply_rows,
    decode,
    make_records,
    read_rows,
)
from recapdesk.model import Person, Project

HEADERS = ["序号", "姓名", "公司", "职位", "GitHub"]
PEOPLE = [
    ["1", "金润森", "云帐房", "容器开发工程师", "gasxia"],
    ["2", "王冬", "腾讯云", "云原生技术爱好者", "@wangdong"],
    ["3", "厉辉", "", "", "https://github.com/Miss-you"],
]


def _csv(rows: list[list[str]], sep: str = ",") -> str:
    return "\r\n".join(sep.join(cells) for cells in rows) + "\r\n"


def _honorees(sheet: Sheet) -> list[tuple[str, str, str, str]]:
    made = make_records(sheet, guess_mapping(sheet.headers, Target.HONOREES), Target.HONOREES)
    return [(r.name, r.company, r.title, r.github) for r in made.records if isinstance(r, Person)]


EXPECTED = [
    ("金润森", "云帐房", "容器开发工程师", "gasxia"),
    ("王冬", "腾讯云", "云原生技术爱好者", "wangdong"),
    ("厉辉", "", "", "Miss-you"),
]


def test_csv_utf8_with_bom_as_excel_writes_it(tmp_path: Path) -> None:
    file = tmp_path / "名单.csv"
    file.write_bytes(_csv([HEADERS, *PEOPLE]).encode("utf-8-sig"))
    sheet = read_rows(file)
    assert sheet.headers == HEADERS  # no BOM glued to the first header
    assert sheet.source == "UTF-8 with BOM"
    assert _honorees(sheet) == EXPECTED


def test_csv_gbk_as_excel_on_chinese_windows_writes_it(tmp_path: Path) -> None:
    file = tmp_path / "名单.csv"
    file.write_bytes(_csv([HEADERS, *PEOPLE]).encode("gbk"))
    sheet = read_rows(file)
    assert sheet.source == "GBK/GB18030"
    assert _honorees(sheet) == EXPECTED


def test_csv_utf8_without_bom_and_semicolons(tmp_path: Path) -> None:
    file = tmp_path / "list.csv"
    file.write_bytes(_csv([HEADERS, *PEOPLE], ";").encode("utf-8"))
    sheet = read_rows(file)
    assert sheet.source == "UTF-8"
    assert _honorees(sheet) == EXPECTED


def test_tsv_and_excel_unicode_text(tmp_path: Path) -> None:
    tsv = tmp_path / "list.tsv"
    tsv.write_text(_csv([HEADERS, *PEOPLE], "\t"), encoding="utf-8")
    assert _honorees(read_rows(tsv)) == EXPECTED
    unicode_text = tmp_path / "list.txt"  # Excel's "Unicode Text": UTF-16 with a BOM, tabs
    unicode_text.write_bytes(_csv([HEADERS, *PEOPLE], "\t").encode("utf-16"))
    sheet = read_rows(unicode_text)
    assert sheet.source == "UTF-16"
    assert _honorees(sheet) == EXPECTED


def test_quoted_cells_keep_commas_and_newlines(tmp_path: Path) -> None:
    file = tmp_path / "t.csv"
    text = '姓名,感言,期\r\n张三,"收获很大，\r\n希望继续, 真的",研习一期\r\n'
    file.write_bytes(text.encode("utf-8-sig"))
    sheet = read_rows(file)
    made = make_records(
        sheet, guess_mapping(sheet.headers, Target.TESTIMONIALS), Target.TESTIMONIALS
    )
    assert made.records == [
        model.Testimonial(name="张三", body="收获很大，\n希望继续, 真的", cohort="研习一期")
    ]


def _xlsx(path: Path, rows: list[list[object]], title: str = "名单") -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_xlsx_with_numbers_dates_and_blank_rows(tmp_path: Path) -> None:
    file = tmp_path / "list.xlsx"
    _xlsx(
        file,
        [
            [],  # a blank row above the header
            ["姓名", "职责", "GitHub", "加入日期"],
            ["厉辉", "社长", "Miss-you", datetime.datetime(2020, 8, 30)],
            [None, None, None, None],
            ["赵卫国", "学习委员", 12345.0, None],
        ],
    )
    sheet = read_rows(file)
    assert sheet.source == "sheet “名单”"
    assert sheet.headers == ["姓名", "职责", "GitHub", "加入日期"]
    assert sheet.rows == [
        ["厉辉", "社长", "Miss-you", "2020-08-30"],
        ["赵卫国", "学习委员", "12345", ""],
    ]
    assert sheet.skipped == 1
    made = make_records(sheet, guess_mapping(sheet.headers, Target.COMMITTEE), Target.COMMITTEE)
    assert made.records == [
        Person(name="厉辉", role="社长", github="Miss-you"),
        Person(name="赵卫国", role="学习委员", github="12345"),
    ]


def test_xlsx_named_sheet_and_a_missing_one(tmp_path: Path) -> None:
    file = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["x"])
    second = book.create_sheet("表彰")
    second.append(["姓名"])
    second.append(["张三"])
    book.save(file)
    assert read_rows(file, sheet="表彰").rows == [["张三"]]
    with pytest.raises(RowsError, match="no sheet '评语'"):
        read_rows(file, sheet="评语")


def test_two_hundred_rows(tmp_path: Path) -> None:
    file = tmp_path / "big.xlsx"
    rows: list[list[object]] = [["姓名", "公司职位", "git号"]]
    rows += [[f"学员{i}", f"公司{i} 工程师", f"user{i}"] for i in range(200)]
    _xlsx(file, rows)
    sheet = read_rows(file)
    people = _honorees(sheet)
    assert len(people) == 200
    assert people[199] == ("学员199", "公司199", "工程师", "user199")


def test_rows_with_nothing_mapped_are_reported_not_imported() -> None:
    sheet = Sheet(["姓名", "备注"], [["张三", ""], ["", "迟到"], ["李四", "x"]])
    made = make_records(sheet, guess_mapping(sheet.headers, Target.HONOREES), Target.HONOREES)
    assert [r.name for r in made.records if isinstance(r, Person)] == ["张三", "李四"]
    assert made.empty_rows == [2]


def test_append_or_replace() -> None:
    project = Project()
    project.groups[0].people = [Person(name="旧")]
    new = [Person(name="新")]
    appended = apply_rows(project, Target.HONOREES, new, replace=False)
    assert [p.name for p in appended.groups[0].people] == ["旧", "新"]
    replaced = apply_rows(project, Target.HONOREES, new, replace=True)
    assert [p.name for p in replaced.groups[0].people] == ["新"]
    assert [p.name for p in project.groups[0].people] == ["旧"]  # the original is left alone


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0rest", "old Excel files"),
        ("empty.csv", b"", "no rows"),
        ("blank.csv", b"\r\n,,\r\n", "no rows"),
        ("bin.csv", b"a\x00b", "binary"),
        ("broken.xlsx", b"PK\x03\x04not really", "not an Excel workbook"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    file = tmp_path / name
    file.write_bytes(content)
    with pytest.raises(RowsError, match=message):
        read_rows(file)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RowsError, match="no such file"):
        read_rows(tmp_path / "nope.csv")


def test_decode_names_a_given_encoding() -> None:
    assert decode("名單".encode("big5"), "big5") == ("名單", "big5")
    with pytest.raises(RowsError, match="cannot read the file as utf-8"):
        decode(b"\xff\xfe\xfa", "utf-8")
