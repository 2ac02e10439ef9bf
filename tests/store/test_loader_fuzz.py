"""Fuzzing the loader: whatever bytes or TOML a file holds, reading it ends in a valid Project
or in ProjectFileError, never in another exception (which the window would show as a crash).

Four sources of input: random bytes, random TOML documents, the example with one value
replaced by a random one (which reaches the model's validation, not only the parser), and the
example cut off or corrupted at a random byte.
"""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from recapdesk.model import Project
from recapdesk.store import ProjectFileError, dumps, load, loads
from recapdesk.store.project_file import decode
from tests.support import EXAMPLE_PATH

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLE_BYTES = EXAMPLE_PATH.read_bytes()
EXAMPLE_DATA = tomllib.loads(EXAMPLE_BYTES.decode("utf-8"))

# Names the model knows, so random tables often reach validation instead of "unknown key".
FIELD_NAMES = sorted(
    {
        "schema",
        "article",
        "title",
        "order",
        "key",
        "visible",
        "honorees",
        "people",
        "name",
        "github",
        "privacy",
        "columns",
        "testimonials",
        "body",
        "background",
        "numbers",
        "value",
        "links",
        "url",
        "label",
        "free_sections",
        "id",
        "heading",
        "language",
        "numbering",
    }
)
# TOML strings are UTF-8: no lone surrogates. Everything else, controls included, is fair.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
KEYS = st.one_of(st.sampled_from(FIELD_NAMES), TEXT)
SCALARS = st.one_of(
    TEXT,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())),
    st.dates(),
    st.times(),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(KEYS, children, max_size=4)
    ),
    max_leaves=20,
)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=6).map(
    lambda data: {"schema": 1, **data} if "schema" not in data else data
)


def outcome(text: str) -> Project | ProjectFileError:
    """What the loader makes of ``text``: a Project or the one error; anything else fails."""
    try:
        project = loads(text, "fuzz.recap.toml")
    except ProjectFileError as error:
        assert "\n" not in str(error) or "\n" in text, "the message is one line"
        return error
    assert isinstance(project, Project)
    assert loads(dumps(project)) == project, "a loaded project saves and loads again unchanged"
    return project


@SETTINGS
@given(st.binary(max_size=400))
@example(b"")
@example(b"\x00")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe s\x00c\x00h\x00")
@example(EXAMPLE_BYTES[:-7])
@example(b"schema = 1\na = " + b"[" * 1000 + b"]" * 1000)  # tomllib: RecursionError
@example(b"schema = 1\na = " + b"{b=" * 1000 + b"1" + b"}" * 1000)
@example(b"schema = 1\n[" + b".".join([b"a"] * 1000) + b"]\n")  # deep, yet parses
def test_random_bytes(raw: bytes) -> None:
    try:
        text = decode(raw, "fuzz.recap.toml")
    except ProjectFileError:
        return
    outcome(text)


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_through_load(tmp_path_factory: Any, raw: bytes) -> None:
    path: Path = tmp_path_factory.mktemp("fuzz") / "p.recap.toml"
    path.write_bytes(raw)
    try:
        project = load(path)
    except ProjectFileError:
        return
    assert isinstance(project, Project)


@SETTINGS
@given(DOCUMENTS)
@example({"schema": 1, "a": [[[[[[[[1]]]]]]]]})
@example({"schema": 1, "article": {"title": datetime.date(2020, 9, 1)}})
@example({"schema": 1, "order": [{"key": "background", "visible": "yes"}]})
@example({"schema": 1, "numbers": float("nan")})
@example({"schema": 2**63 - 1})
@example({"schema": -1})
@example({"schema": True})
def test_random_toml(data: dict[str, Any]) -> None:
    outcome(tomli_w.dumps(data))


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the example's data that holds a value."""
    found = [here] if here else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*here, index))
    return found


EXAMPLE_PLACES = _paths(EXAMPLE_DATA)


def _replaced(data: Any, place: tuple[Any, ...], value: Any) -> Any:
    if not place:
        return value
    head, rest = place[0], place[1:]
    if isinstance(data, dict):
        return {k: (_replaced(v, rest, value) if k == head else v) for k, v in data.items()}
    return [(_replaced(v, rest, value) if i == head else v) for i, v in enumerate(data)]


@SETTINGS
@given(st.sampled_from(EXAMPLE_PLACES), VALUES)
def test_example_with_one_value_replaced(place: tuple[Any, ...], value: Any) -> None:
    outcome(tomli_w.dumps(_replaced(EXAMPLE_DATA, place, value)))


@SETTINGS
@given(st.integers(0, len(EXAMPLE_BYTES)), st.binary(min_size=0, max_size=3), st.booleans())
def test_example_truncated_or_corrupted(at: int, junk: bytes, truncate: bool) -> None:
    raw = EXAMPLE_BYTES[:at] if truncate else EXAMPLE_BYTES[:at] + junk + EXAMPLE_BYTES[at + 1 :]
    try:
        text = decode(raw, "fuzz.recap.toml")
    except ProjectFileError:
        return
    outcome(text)


def test_deep_nesting_is_refused_with_a_reason() -> None:
    """Found by the fuzzing: tomllib raised RecursionError on a few hundred nested arrays."""
    for text in (
        "schema = 1\na = " + "[" * 5000 + "]" * 5000,
        "schema = 1\n[" + ".".join(["a"] * 1000) + "]\n",
    ):
        result = outcome(text)
        assert isinstance(result, ProjectFileError)
        assert "nested more than 32 levels deep" in str(result)
