"""Analytics return data; sentences and written amounts are made in `pedigree.report`.

Checked mechanically over every module of `pedigree.analytics`, by its syntax tree:

- no module imports a writer of amounts or numbers (the names `pedigree.report.amounts`
  defines, wherever they would come from) — a formatter has one home, and it is not here —
  nor writes a number itself (an f-string spec with a thousands separator, a percentage or a
  number of decimals: `{n:,.0f}`; zero-padded ids and dates are not written numbers);
- no module builds a sentence: an f-string, a `+` of strings or a `.format`/`%` template whose
  literal text holds words ("raised {x} in", "left out of the model") or Chinese. Error messages
  are not answers and may (inside `raise`, an exception's constructor, or a name the function's
  `raise` uses); so may SQL and the patterns that read text.

What is left is listed in KNOWN and KNOWN_NUMBERS with the reason it stays, and each entry
must still be needed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANALYTICS = ROOT / "pedigree" / "analytics"

# Words: two in a row, one standing alone between spaces (" joined "), or Chinese.
WORDS = re.compile(r"[A-Za-z]{2,} [A-Za-z(]{2,}|(?:^| )[a-z]{3,}(?: |$)|[\u4e00-\u9fff]")
SQL = re.compile(r"\b(SELECT|CREATE|INSERT|DELETE|UPDATE|WHERE|FROM|JOIN|TABLE)\b")
REGEX = re.compile(r"\(\?[:=!<]|\\[sdwb]")  # a pattern for reading text: (?:…), \s, \d
ERROR = re.compile(r"(Error|NotFound|Ambiguous|Unsupported|Exception|Missing)$")

# (module, function) → why its words stay in the analytics.
KNOWN = {
    ("compiled", "_placeholder"): "a marker token put into SQL and replaced, not words",
    ("compiled", "_list_placeholder"): "the marker of an id list, replaced in the SQL",
    ("membership", "lineage_label"): "a lineage's name (商汤系), data the answers carry",
    ("halo_company", "_peers"): "the peer group's name (a sector and stage), a label",
    ("planted", "_company"): "writes the made-up sources of the planted test market",
    ("planted", "_product"): "writes the made-up sources of the planted test market",
    ("planted", "_round"): "writes the made-up sources of the planted test market",
}


# (module, function) → why it still writes numbers.
KNOWN_NUMBERS: dict[tuple[str, str | None], str] = {}
WRITTEN_NUMBER = re.compile(r"[,%]|\.\d+[fgeFGE]|^[fgeFGE]$")


def _amount_writers() -> set[str]:
    tree = ast.parse((ROOT / "pedigree" / "report" / "amounts.py").read_text(encoding="utf-8"))
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    return defined | {"short_amount", "money", "format_amount"}


def _literal(node: ast.AST) -> str | None:
    """The literal text of a string template: an f-string's constant parts, or a constant."""
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _templates(tree: ast.AST):
    """(node, literal text) of every string built from values: f-strings with a value in them,
    a string constant added to something, a constant's .format(...) or % (...)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and any(
            isinstance(v, ast.FormattedValue) for v in node.values
        ):
            yield node, _literal(node)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            for side in (node.left, node.right):
                if isinstance(side, ast.Constant) and isinstance(side.value, str):
                    yield node, side.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            yield node, node.func.value.value


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def sentences(source: str) -> list[tuple[str | None, int, str]]:
    """(function, line, literal text) of each sentence built outside an error message."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node, text in _templates(tree):
        if not text or not WORDS.search(text) or SQL.search(text) or REGEX.search(text):
            continue
        function, excused, at = None, False, node
        while at in parents:
            at = parents[at]
            if isinstance(at, ast.Raise) or (
                isinstance(at, ast.Call) and ERROR.search(_called(at))
            ):
                excused = True
            if isinstance(at, ast.Assign) and not excused:
                excused = _raised_later(at, parents)
            if isinstance(at, ast.FunctionDef | ast.AsyncFunctionDef) and function is None:
                function = at.name
        if not excused:
            found.append((function, node.lineno, text.strip()[:60]))
    return sorted(found, key=lambda hit: hit[1])


def written_numbers(source: str) -> list[tuple[str | None, int, str]]:
    """(function, line, spec) of each number an f-string writes outside an error message."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FormattedValue) or node.format_spec is None:
            continue
        spec = _literal(node.format_spec) or ""
        if not WRITTEN_NUMBER.search(spec):
            continue
        function, excused, at = None, False, node
        while at in parents:
            at = parents[at]
            if isinstance(at, ast.Raise) or (
                isinstance(at, ast.Call) and ERROR.search(_called(at))
            ):
                excused = True
            if isinstance(at, ast.FunctionDef | ast.AsyncFunctionDef) and function is None:
                function = at.name
        if not excused:
            found.append((function, node.lineno, spec))
    return sorted(found, key=lambda hit: hit[1])


def _raised_later(assign: ast.Assign, parents: dict) -> bool:
    """Whether the names `assign` sets are read by a `raise` of the same function."""
    names = {t.id for t in assign.targets if isinstance(t, ast.Name)}
    function = assign
    while function in parents and not isinstance(function, ast.FunctionDef):
        function = parents[function]
    for node in ast.walk(function):
        if isinstance(node, ast.Raise) and node.exc is not None:
            read = {n.id for n in ast.walk(node.exc) if isinstance(n, ast.Name)}
            if names & read:
                return True
    return False


def imported_writers(source: str) -> list[str]:
    writers = _amount_writers()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            found += [alias.name for alias in node.names if alias.name in writers]
    return found


def _modules():
    for path in sorted(ANALYTICS.glob("*.py")):
        yield path.stem, path.read_text(encoding="utf-8")


def test_no_analytics_module_imports_a_writer_of_amounts():
    found = {name: imported_writers(source) for name, source in _modules()}
    assert not {name: names for name, names in found.items() if names}


def _unlisted(find, known: dict, show) -> tuple[list[str], set]:
    """What `find` reports in the analytics modules outside `known`, and the entries of `known`
    still needed."""
    problems, used = [], set()
    for name, source in _modules():
        for function, line, found in find(source):
            if (name, function) in known:
                used.add((name, function))
            else:
                problems.append(f"pedigree/analytics/{name}.py:{line} ({function}): {show(found)}")
    return problems, used


def test_no_analytics_module_builds_a_sentence():
    problems, used = _unlisted(sentences, KNOWN, repr)
    assert not problems, "words belong in pedigree/report:\n" + "\n".join(problems)
    assert used == set(KNOWN), f"no longer needed in KNOWN: {set(KNOWN) - used}"


def test_no_analytics_module_writes_a_number():
    problems, used = _unlisted(written_numbers, KNOWN_NUMBERS, lambda spec: f"{{:{spec}}}")
    assert not problems, "numbers are written in pedigree/report:\n" + "\n".join(problems)
    assert used == set(KNOWN_NUMBERS), f"no longer needed: {set(KNOWN_NUMBERS) - used}"


def test_the_check_sees_a_sentence_and_lets_errors_and_sql_be():
    source = r"""
from pedigree.report.amounts import short_amount

def round_text(row):
    return f"{row.org} raised {row.value} in funding"

def joined(row):
    return row.person + " joined " + row.org

def templated(row):
    return "{} left the company".format(row.person)

def chinese(name):
    return f"{name}的创始人"

def fails(name):
    hint = f"; did you mean {name}?"
    raise ValueError(f"no such {name}{hint}")

def query(table):
    return f"SELECT id FROM {table} WHERE kind = 'x'"

def pattern(unit):
    return r"(\d+)\s*(?:万|千)?\s*" + unit

def key(name, level):
    return f"{name}:{level}"
"""
    assert [f for f, _, _ in sentences(source)] == ["round_text", "joined", "templated", "chinese"]
    assert imported_writers(source) == ["short_amount"]


def test_the_check_sees_a_written_number_and_lets_ids_and_errors_be():
    source = """
def users(row):
    return f"{row.metric} {row.value:,.0f}"

def share(x):
    return f"{x:.0%}"

def person(i, day):
    return f"p-{i:03d}", f"{day.year:04d}-{day.month:02d}"

def fails(n):
    raise ValueError(f"needs {n:,} rows")
"""
    assert [(f, spec) for f, _, spec in written_numbers(source)] == [
        ("users", ",.0f"),
        ("share", ".0%"),
    ]
