"""Imports run one way: site_config → home, search, editorial → organisation → series, navigation → caching
and the text analysis.

Read from the source (every import, at module level or inside a function), so that an import placed
in a function to dodge a cycle is still seen. Migrations are left out: they freeze their own code.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["caching", "editorial", "home", "navigation", "organisation", "search", "series", "site_config"]
TEXT_ANALYSIS = "search.stemming"  # stemming and folding, shared by the models' index and the search

# What each part may import of the project (the layers, top to bottom).
MAY_IMPORT = {
    "site_config": {"home", "search", "editorial", "organisation", "series", "navigation", "caching", TEXT_ANALYSIS},
    "organisation": {"series", "navigation", "caching", TEXT_ANALYSIS},
    "home": {"organisation", "series", "navigation", "caching", TEXT_ANALYSIS},
    "search": {"series", "caching", TEXT_ANALYSIS},
    "editorial": {"organisation", "series", "navigation", "caching", TEXT_ANALYSIS},
    "series": {"caching", TEXT_ANALYSIS},
    "navigation": {"caching"},
    "caching": set(),
    TEXT_ANALYSIS: set(),
}


def project_modules():
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imported_names(name, path):
    """Every module name `name` imports, relative imports resolved."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def import_graph():
    modules = project_modules()
    graph = defaultdict(set)
    for name, path in modules.items():
        for target in imported_names(name, path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(f"{target}."):
                graph[name].add(target)
    return modules, graph


def part_of(module):
    return TEXT_ANALYSIS if module.startswith(TEXT_ANALYSIS) else module.split(".")[0]


def test_no_import_cycle_among_the_projects_modules():
    modules, graph = import_graph()
    state, path, cycles = {}, [], []

    def visit(module):
        state[module] = "open"
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append(" → ".join(path[path.index(target) :] + [target]))
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = "done"

    for module in sorted(modules):
        if module not in state:
            visit(module)
    assert cycles == []


def test_each_app_imports_only_the_layers_below_it():
    _modules, graph = import_graph()
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        for target in targets
        if part_of(target) != part_of(module) and part_of(target) not in MAY_IMPORT[part_of(module)]
    )
    assert wrong == []


def test_the_check_sees_an_import_hidden_in_a_function(tmp_path):
    """The contract is not blind to the usual way of dodging a cycle."""
    path = tmp_path / "listings.py"
    path.write_text("def cards():\n    from .models import Theme\n    return Theme\n")
    assert "series.models" in set(imported_names("series.listings", path))
