"""Helpers shared by the core tests (model, store, compose, render, cli); no Qt."""

from __future__ import annotations

import ast
import difflib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest

from recapdesk.compose import compose
from recapdesk.i18n import Message
from recapdesk.model import Project
from recapdesk.render import render_fragment
from recapdesk.resources import example_path
from recapdesk.store import load, save
from recapdesk.store.assets import AssetsFolder, carry_pictures

EXAMPLE_NAME = "k8s-source-study-phase1"
EXAMPLE_PATH = example_path(EXAMPLE_NAME)
SEED_DRAFT = Path(__file__).parent / "reference" / "seed-draft.md"
"""A copy of /work/shared/reference/seed-draft.md, the draft the example transcribes."""

VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


def example_project() -> Project:
    """A fresh copy of the bundled example (the transcription of the seed draft)."""
    return load(EXAMPLE_PATH)


def save_with_pictures(project: Project, path: Path) -> Path:
    """Save ``project`` (the example, or made from it) at ``path`` with the example's pictures
    in its assets folder, as ``recapdesk new --example`` writes it."""
    carry_pictures(project, AssetsFolder(EXAMPLE_PATH), AssetsFolder(path))
    save(project, path)
    return path


def copy_example(target: Path) -> Path:
    """The bundled example at ``target`` as a copy of its folder has it: the project file
    byte for byte, and its pictures' folder beside it, under the name its references use."""
    target.write_bytes(EXAMPLE_PATH.read_bytes())
    assets = AssetsFolder(EXAMPLE_PATH)
    shutil.copytree(assets.path, target.parent / assets.name, dirs_exist_ok=True)
    return target


def marked_texts(*modules: ModuleType) -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in the modules' source: what
    pyside6-lupdate collects from them, which is literal strings only (a variable or an
    f-string here fails, as lupdate would miss it)."""
    found = set()
    for module in modules:
        assert module.__file__ is not None
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = (ast.literal_eval(arg) for arg in node.args)
                found.add((context, text))
    return found


def templates(message: Message) -> Iterator[tuple[str, str]]:
    """(context, template) of ``message`` and of every message among its parts: each must be
    a marked text, or the UI cannot translate it."""
    yield message.context, message.template
    for part in message.args:
        if isinstance(part, Message):
            yield from templates(part)


def normalize(text: str) -> str:
    """Runs of white space to one space, ends trimmed: how a line of user text is shown."""
    return " ".join(text.split())


@dataclass
class Node:
    """An element of parsed HTML."""

    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        """The text content, as a browser's ``textContent`` (entities decoded)."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag: str | None = None) -> list[Node]:
        """Every element below this one (depth first, document order), optionally by tag."""
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                if tag is None or child.tag == tag:
                    found.append(child)
                found.extend(child.iter(tag))
        return found

    def elements(self, tag: str | None = None) -> list[Node]:
        """The direct child elements, optionally by tag."""
        return [c for c in self.children if isinstance(c, Node) and (tag is None or c.tag == tag)]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID_ELEMENTS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS:
            return
        if self.stack[-1].tag != tag:
            raise AssertionError(f"unbalanced HTML: </{tag}> closes <{self.stack[-1].tag}>")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html_text: str) -> Node:
    """Parse an HTML fragment into a tree; unbalanced tags fail the test."""
    builder = _TreeBuilder()
    builder.feed(html_text)
    builder.close()
    if len(builder.stack) != 1:
        raise AssertionError(f"unclosed HTML elements: {[n.tag for n in builder.stack[1:]]}")
    return builder.root


def article_tree(project: Project) -> Node:
    """The project's article as the preview shows it, parsed."""
    return parse_html(render_fragment(compose(project)))


def table_rows(table: Node) -> tuple[list[str], list[list[str]]]:
    """(header texts, body rows of cell texts) of a rendered table."""
    headers = [th.text() for th in table.iter("th")]
    rows = [[td.text() for td in tr.elements("td")] for tr in table.iter("tr") if tr.elements("td")]
    return headers, rows


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m recapdesk ARGS`` in a fresh interpreter, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "recapdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
        check=False,
    )


def check_golden(golden: Path, actual: str, what: str) -> None:
    """``actual`` must equal the golden file byte for byte; with RECAPDESK_UPDATE_GOLDEN=1 the
    file is rewritten instead (review its diff before committing). ``what`` names the output
    in the failure, which shows the diff."""
    if os.environ.get("RECAPDESK_UPDATE_GOLDEN") == "1":
        golden.write_bytes(actual.encode("utf-8"))
        pytest.skip(f"rewrote {golden.name}; review its diff")
    expected = golden.read_bytes().decode("utf-8")
    if actual != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                f"{golden.name} (golden)",
                f"{golden.name} (now)",
                lineterm="",
            )
        )
        pytest.fail(
            f"{what} changed; if intended, rerun with RECAPDESK_UPDATE_GOLDEN=1 and "
            f"review:\n{diff}",
            pytrace=False,
        )
