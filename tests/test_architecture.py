"""The architecture, checked from the source: every import of every module (function-level
imports included, since a lazy import is still an arrow) forms a graph with no cycles,
and arrows only point inwards: core <- config <- engines/store <- briefing <- surfaces.

Layers, innermost first (docs/development.md draws the same picture):
- core: pure text work, the schema and the story merge; imports only core;
- config: Settings, logging, metrics, data locations; imports core;
- engines, store: imports core and config, never each other;
- briefing: the use cases; imports the three below it;
- surfaces (CLI, HTTP, Slack, batch) and evals: the edges; nothing below imports them.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections import defaultdict
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent / "service" / "briefsmith"
PYPROJECT = PACKAGE_ROOT.parent.parent / "pyproject.toml"

LAYER_RANK = {"core": 0, "config": 1, "engines": 2, "store": 2, "briefing": 3}
EDGES = {"surfaces", "evals"}
MODULE_REFERENCE = re.compile(r"briefsmith(\.\w+)+(:\w+)?")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module -> the briefsmith modules it imports anywhere in its body."""
    modules = {module_name(path): path for path in PACKAGE_ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                # `from pkg import module` imports the module; `from mod import name` the mod.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and MODULE_REFERENCE.fullmatch(node.value)
            ):
                # "briefsmith.x.y:attr": a lazily imported module named in a string
                targets = [node.value.partition(":")[0]]
            for target in targets:
                named = target
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if (
                    target == "briefsmith"
                    and named != "briefsmith"
                    and not isinstance(node, ast.Import | ast.ImportFrom)
                ):
                    continue  # a string naming data ("briefsmith.prompts", "briefsmith.db")
                if target.startswith("briefsmith") and target != name:
                    graph[name].add(target)
        graph.setdefault(name, set())
    return graph


def layer(module: str) -> str:
    """The layer folder a module lives in; modules directly in briefsmith/ (the public API,
    the generated-docs command) are the root, which may import any layer."""
    parts = module.split(".")
    folder = parts[1] if len(parts) > 1 else "root"
    return folder if folder in LAYER_RANK or folder in EDGES else "root"


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_from_every_module():
    graph = import_graph()
    assert "briefsmith.core.grounding" in graph
    assert "briefsmith.core.schema" in graph["briefsmith.core.grounding"]
    # a function-level import counts: the CLI registers `brief eval` lazily
    assert "briefsmith.evals.cli" in graph["briefsmith.surfaces.cli.main"]


def test_no_import_cycles_lazy_imports_included():
    assert cycles(import_graph()) == []


def test_cycles_are_found_when_there_are_some():
    synthetic = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}  # synthetic graph
    assert cycles(synthetic) == [["a", "b", "c"]]


def test_arrows_point_inwards():
    wrong = []
    for source, targets in import_graph().items():
        source_layer = layer(source)
        for target in targets:
            target_layer = layer(target)
            if target_layer == source_layer or target_layer == "root":
                continue
            if source_layer in EDGES:
                if (
                    target_layer in EDGES
                    and not (
                        # `brief eval` is a CLI command, and the eval CLI uses the CLI's helpers
                        source == "briefsmith.surfaces.cli.main"
                        and target == "briefsmith.evals.cli"
                    )
                    and not target.startswith("briefsmith.surfaces.cli.")
                ):
                    wrong.append(f"{source} -> {target}")
                continue
            if source_layer == "root":
                continue
            if target_layer in EDGES or LAYER_RANK[target_layer] >= LAYER_RANK[source_layer]:
                wrong.append(f"{source} -> {target}")
    assert wrong == []


def test_every_package_folder_ships_in_the_wheel():
    """pyproject lists the packages (the data ones live outside service/); a package folder
    missing from the list would be missing from the wheel."""
    listed = set(
        tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    folders = {module_name(init) for init in PACKAGE_ROOT.rglob("__init__.py")}
    assert folders <= listed, sorted(folders - listed)
    assert {"briefsmith.prompts", "briefsmith.seeds", "briefsmith.eval_data"} <= listed
    assert {name.split(".")[0] for name in listed} == {"briefsmith"}
