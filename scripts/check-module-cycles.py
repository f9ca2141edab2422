#!/usr/bin/env python3
"""Fails when the crate's top-level modules import each other in a cycle, or when the
model (or the web page written from it) imports anything that draws.

The layering the code keeps (README, "Architecture"): vocabulary and model at the
bottom, then actions, theme, links, data_file, shortcuts, widgets, views, and the app
on top. An arrow that runs back up makes two modules one in all but name: a change to
either can break the other, and neither can be tested alone. This script reads every
`crate::…` path under src/ (in `use` lines and inline), maps each file to its
top-level module, and looks for a cycle in the resulting graph.

Usage: scripts/check-module-cycles.py [SRC_DIR]   (prints the graph; exit 1 on a cycle)
       scripts/check-module-cycles.py --self-test (shows that a planted cycle fails)
"""
import pathlib
import re
import subprocess
import sys
import tempfile

if sys.argv[1:] == ["--self-test"]:
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "a.rs").write_text("use crate::b::X;\n")
        (root / "b.rs").write_text("pub fn f() { crate::a::g(); } // crate::c in a comment\n")
        (root / "c.rs").write_text("use crate::a;\n")
        run = subprocess.run([sys.executable, __file__, tmp], capture_output=True, text=True)
        assert run.returncode == 1 and "import cycle: a -> b -> a" in run.stderr, run
        (root / "b.rs").write_text("pub fn f() {}\n")
        run = subprocess.run([sys.executable, __file__, tmp], capture_output=True, text=True)
        assert run.returncode == 0, run
    print("self-test: a planted cycle fails, its removal passes")
    sys.exit(0)

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
# Binary-only files (main.rs, desktop.rs) sit above the library; they are not modules.
BINARY = {"main", "desktop"}
CRATE_PATH = re.compile(r"\bcrate::([a-z_][a-z0-9_]*)")
# The model, and the web page written from it, must work without a screen.
NOT_DRAWING = {"model", "html"}
DRAWING = re.compile(r"\b(egui|eframe|egui_plot)::|use (egui|eframe|egui_plot)\b")


def top_module(path: pathlib.Path) -> str:
    rel = path.relative_to(src)
    return rel.parts[0].removesuffix(".rs")


def strip_comments(text: str) -> str:
    # Line comments only: doc links in `//!` and `///` name modules without using them.
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


edges: dict[str, set[str]] = {}
problems = []
for file in sorted(src.rglob("*.rs")):
    module = top_module(file)
    if module in BINARY or module == "lib":
        continue
    code = strip_comments(file.read_text(encoding="utf-8"))
    targets = {m for m in CRATE_PATH.findall(code) if m != module}
    edges.setdefault(module, set()).update(targets)
    if module in NOT_DRAWING and DRAWING.search(code):
        problems.append(f"{file}: the {module} module must not use egui or eframe")

for module in sorted(edges):
    print(f"{module:12} -> {', '.join(sorted(edges[module])) or '(nothing)'}")

# Depth-first search for a back edge; report the cycle it closes.
WHITE, GREY, BLACK = 0, 1, 2
colour = {m: WHITE for m in edges}
stack: list[str] = []


def visit(m: str) -> None:
    colour[m] = GREY
    stack.append(m)
    for n in sorted(edges.get(m, ())):
        if colour.get(n, BLACK) == GREY:
            cycle = stack[stack.index(n):] + [n]
            problems.append("import cycle: " + " -> ".join(cycle))
        elif colour.get(n) == WHITE:
            visit(n)
    stack.pop()
    colour[m] = BLACK


for m in sorted(edges):
    if colour[m] == WHITE:
        visit(m)

for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
