"""No module imports from a layer above its own.

The pipeline, bottom to top: the vocabulary and reference data; sources (reading text); the
statements (importers and the store); entity resolution; the views (the statement-derived
tables); the analytics; the output formats (reports, exports); the Python API; the interfaces
(CLI, web). Every `import` in every module — at the top or inside a function, where a lazy
import would hide a cycle — is checked. A module's layer is that of the longest prefix below
that names it; a module no prefix names fails the test, so a new package has to be placed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pedigree"

LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "vocabulary and reference data",
        (
            "pedigree.kinds",
            "pedigree.model",
            "pedigree.errors",
            "pedigree.lazy",
            "pedigree.names",
            "pedigree.output_paths",
            "pedigree.data",
            "pedigree.reference",
        ),
    ),
    # Decoding a source file's bytes is part of reading a source, for the text reader and the
    # table importer alike, though the module sits beside the importer.
    ("sources", ("pedigree.ingest.text", "pedigree.ingest.encodings")),
    ("statements", ("pedigree.ingest", "pedigree.store")),
    ("resolve", ("pedigree.resolve",)),
    ("views", ("pedigree.store.views", "pedigree.store.spark")),
    ("analytics", ("pedigree.analytics",)),
    ("output", ("pedigree.report", "pedigree.export")),
    # The package's root only re-exports the store (`from pedigree import Store`): a public face,
    # like the API.
    ("api", ("pedigree.api", "pedigree")),
    ("interfaces", ("pedigree.cli", "pedigree.web")),
]

# The one import that goes up, and why it may. `Store.views(as_of)` is the door every caller
# (analytics, API, notebooks, tests) uses to reach the views of a store; it imports the views
# module when called, never when the store is imported, and the views never import
# `pedigree.store.store`, so there is no cycle. Writes never go through it: the store finds the
# derived tables it refreshes through the registry (`pedigree.store.derived`), not by import.
EXCEPTIONS = {("pedigree.store.store", "pedigree.store.views")}


def rank(module: str) -> int:
    best, found = -1, None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), index
    if found is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")
    return found


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    path = ROOT / Path(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imported(tree: ast.AST) -> list[tuple[str, int]]:
    """(module, line) of every pedigree module an AST imports: `from a import b` imports the
    module a.b when there is one, else a."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.append((name if is_module(name) else node.module, node.lineno))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "lazy"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            # pedigree.lazy: lazy("pedigree.analytics.x") is an import, made on first use
            found.append((node.args[0].value, node.lineno))
    return [(name, line) for name, line in found if name.split(".")[0] == "pedigree"]


def upward_imports() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        here = rank(module)
        for target, line in imported(ast.parse(path.read_text(encoding="utf-8"))):
            if rank(target) > here and (module, target) not in EXCEPTIONS:
                problems.append(
                    f"{path.relative_to(ROOT)}:{line}: {module} ({LAYERS[here][0]}) imports "
                    f"{target} ({LAYERS[rank(target)][0]})"
                )
    return problems


def test_no_module_imports_from_a_layer_above_its_own():
    problems = upward_imports()
    assert not problems, "\n".join(problems)


def test_every_exception_is_still_needed():
    for module, target in EXCEPTIONS:
        path = ROOT / Path(*module.split("."))
        tree = ast.parse(path.with_suffix(".py").read_text(encoding="utf-8"))
        assert target in {name for name, _ in imported(tree)}, (module, target)


@pytest.mark.parametrize(
    ("module", "target", "upward"),
    [
        ("pedigree.store.derived", "pedigree.resolve.judgements", True),
        ("pedigree.ingest.articles", "pedigree.analytics.frames", True),
        ("pedigree.store.incremental", "pedigree.store.views", True),
        ("pedigree.analytics.scarcity", "pedigree.store.views", False),
        ("pedigree.cli.talent", "pedigree.api", False),
        ("pedigree.ingest.text.zh.orgs", "pedigree.ingest.load", True),
    ],
)
def test_the_layers_order_what_the_pipeline_orders(module, target, upward):
    assert (rank(target) > rank(module)) is upward
