"""The house rules of issue 16, measured on kg/: what a newcomer can rely on.

    python scripts/house_check.py          # print every violation, exit 1 if any
    python scripts/house_check.py --counts # one line per rule

Rules (ARCHITECTURE.md):
  cycle     no import cycle among kg modules, counting imports inside functions
  inner     no kg import inside a function, outside the CLI (kg/cli*)
  size      no Python file in kg/ over 450 lines
  markup    no page markup (HTML tags, CSS rules, JavaScript) in Python source
  sparql    every SPARQL text is a file in kg/queries/, never a string in Python
  document  every module of kg/ has its line in ARCHITECTURE.md's module table
  private   no kg module imports another module's private name (``from kg.x import _y``): a name another module
            needs is public in the module that owns its job

A string that only *recognises* markup in the user's input (an HTML sniffer) is marked on its
line with the comment ``# house: input``.
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / "kg"
MAX_LINES = 450
# An HTML tag, a CSS rule or a piece of JavaScript inside a Python string literal.
MARKUP = re.compile(
    r"<(?:!doctype|html|head|body|div|span|table|tr|td|th|ul|ol|li|a|p|h[1-6]|script|style|svg|button|input|"
    r"section|nav|header|footer|details|summary|mark|code|pre|label|select|option|form|meta|link|title|br|hr|em|strong)\b"
    r"|[.#]?[\w-]+\s*\{[^{}]*:[^{}]*;[^{}]*\}"
    r"|\bfunction\s*\(|document\.getElementById|addEventListener|=>\s*\{",
    re.IGNORECASE,
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _resolve(current: str, is_pkg: bool, level: int, module: str | None) -> str:
    base = current.split(".") if is_pkg else current.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def imports(path: Path, known: set[str]):
    """(target module, line, inside a function?) for every kg import of one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    current = module_name(path)
    is_pkg = path.name == "__init__.py"
    out = []

    def visit(node, in_function: bool):
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name == "kg" or alias.name.startswith("kg."):
                        out.append((alias.name, child.lineno, in_function))
            elif isinstance(child, ast.ImportFrom):
                mod = _resolve(current, is_pkg, child.level, child.module) if child.level else (child.module or "")
                if mod == "kg" or mod.startswith("kg."):
                    for alias in child.names:
                        sub = f"{mod}.{alias.name}"
                        out.append((sub if sub in known else mod, child.lineno, in_function))
            visit(child, inner)

    visit(tree, False)
    return out


def private_names(path: Path):
    """(line, module, name) for every private name (one underscore first, not a dunder) a file imports from another
    kg module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    current, is_pkg = module_name(path), path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            mod = _resolve(current, is_pkg, node.level, node.module) if node.level else (node.module or "")
            if (mod == "kg" or mod.startswith("kg.")) and mod != current:
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        yield node.lineno, mod, alias.name


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


SPARQL = re.compile(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE)\b[^{}]*\bWHERE\s*\{|\bPREFIX\s+\w*:\s*<", re.I)


def markup_strings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    lines = path.read_text(encoding="utf-8").splitlines()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if "# house: input" in lines[node.lineno - 1]:
                continue
            if SPARQL.search(node.value):
                yield "sparql", node.lineno, node.value.strip()[:40]
                continue
            m = MARKUP.search(node.value)
            if m:
                yield "markup", node.lineno, m.group(0)


def check() -> dict[str, list[str]]:
    files = sorted(KG.rglob("*.py"))
    known = {module_name(p) for p in files}
    found: dict[str, list[str]] = {"cycle": [], "inner": [], "size": [], "markup": [], "sparql": [], "document": [], "private": []}
    architecture = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8") if (ROOT / "ARCHITECTURE.md").exists() else ""
    listed = set()
    for row in architecture.splitlines():  # `annotate/time.py`, `deadline.py`: the bare name shares the folder
        names = re.findall(r"`([\w/]+\.py)`", row)
        folder = names[0].rpartition("/")[0] if names else ""
        listed.update(n if "/" in n or not folder else f"{folder}/{n}" for n in names)
    graph: dict[str, set[str]] = {}
    for path in files:
        rel = path.relative_to(ROOT)
        mod = module_name(path)
        cli = mod == "kg.cli" or mod.startswith("kg.cli.")
        for target, line, inner in imports(path, known):
            # a package's __init__ importing its own modules is not a dependency of those modules on it
            if target != mod and not (target.startswith(mod + ".") and path.name == "__init__.py"):
                graph.setdefault(mod, set()).add(target)
            if inner and not cli:
                found["inner"].append(f"{rel}:{line}: imports {target} inside a function")
        inside = path.relative_to(KG).as_posix()
        if path.name not in ("__init__.py", "__main__.py") and inside not in listed:
            found["document"].append(f"{rel}: no line in ARCHITECTURE.md's module table")
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > MAX_LINES:
            found["size"].append(f"{rel}: {n} lines (> {MAX_LINES})")
        for line, target, name in private_names(path):
            found["private"].append(f"{rel}:{line}: imports {target}.{name}, a private name of another module")
        for rule, line, text in markup_strings(path):
            found[rule].append(f"{rel}:{line}: {rule} in a string: {text[:40]!r}")
    # a package import ("from kg import x" resolved to kg) is an edge to the package's __init__
    for comp in cycles(graph):
        found["cycle"].append("import cycle: " + " → ".join(comp))
    return found


def main(argv: list[str]) -> int:
    found = check()
    for rule, items in found.items():
        if "--counts" in argv:
            print(f"{rule:7} {len(items)}")
        else:
            for item in items:
                print(f"{rule:7} {item}")
    return 1 if any(found.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
