#!/usr/bin/python3
"""Reads the release binary's window as a screen reader does: through AT-SPI, with
pyatspi (the library Orca is built on), and fails if what a person needs is missing
or unnamed.

    scripts/test-atspi.py BINARY OUT_DIR

Run it from scripts/test-atspi.sh, which starts Xvfb, a D-Bus session and the AT-SPI
bus with accessibility switched on. It starts the app on a copy of the built-in data
(so that it can edit the file), writes the tree of every view to OUT_DIR/atspi-*.txt
and prints one "ok:" line per check.

/usr/bin/python3 on purpose: Debian's python3-pyatspi is built for that interpreter.
"""

import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "WeProtect Global Alliance Explorer"
DECK_TITLE = "The WeProtect Global Alliance Summit 1-2 June 2022"


class Failed(Exception):
    pass


def check(condition, what):
    if not condition:
        raise Failed(what)
    print(f"ok: {what}")


# --- events -------------------------------------------------------------------------

announcements = []
focused = []


def on_announcement(event):
    announcements.append(str(event.any_data))


def on_focus(event):
    if event.detail1 == 1:
        try:
            focused.append((event.source.getRoleName(), event.source.name))
        except Exception:  # the object may be gone already
            pass


def pump(seconds, until=lambda: False):
    """Runs the GLib main loop (which delivers AT-SPI events) for up to `seconds`."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        if until():
            return True
        time.sleep(0.05)
    return until()


def announced(predicate, seconds=5.0):
    """Waits for an announcement for which `predicate` holds; returns it or None."""
    found = []

    def seen():
        found[:] = [a for a in announcements if predicate(a)]
        return bool(found)

    pump(seconds, seen)
    return found[0] if found else None


# --- the tree -----------------------------------------------------------------------


def walk(obj, depth=0):
    """Yields (depth, object) for `obj` and everything below it."""
    yield depth, obj
    try:
        count = obj.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def describe(obj):
    role = obj.getRoleName()
    text = f"[{role}] {obj.name!r}"
    if role == "heading":
        level = dict(a.split(":", 1) for a in obj.getAttributes() if ":" in a).get("level")
        if level:
            text += f" level {level}"
    return text


def dump(frame, path):
    lines = ["  " * d + describe(o) for d, o in walk(frame)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return lines


def objects(frame, role=None, name=None):
    found = []
    for _, o in walk(frame):
        try:
            if (role is None or o.getRoleName() in role) and (name is None or name(o.name)):
                found.append(o)
        except Exception:
            continue
    return found


def named(frame, role, text):
    return objects(frame, role=role, name=lambda n: n == text)


def do_action(obj):
    action = obj.queryAction()
    check(action.nActions > 0, f"{obj.getRoleName()} {obj.name!r} offers an action ({action.getName(0)})")
    action.doAction(0)


def find_app(seconds=20):
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "weprotect-explorer" and app.childCount > 0:
                return app
        time.sleep(0.25)
    raise Failed("the app did not appear on the AT-SPI desktop within 20 s")


# --- the keyboard, as a person types ------------------------------------------------


class Keys:
    def __init__(self, title_part):
        out = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title_part],
            capture_output=True, text=True, timeout=20, check=True,
        )
        self.window = out.stdout.split()[0]

    def press(self, *keys):
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], timeout=10, check=False)
        subprocess.run(["xdotool", "key", "--delay", "80", *keys], timeout=10, check=True)
        pump(0.8)


# --- the checks ---------------------------------------------------------------------

PUSH = ("push button",)
BUTTONS = ("push button", "toggle button", "menu item", "check box", "radio button", "link")


def top_bar(frame):
    for name in ["Overview", "Timeline", "Membership", "Summit & outcomes", "Resources"]:
        check(named(frame, ("toggle button",), name), f"the top bar's {name} is a toggle button")
    for name in ["Present", "Search", "File"]:
        check(named(frame, BUTTONS, name), f"the top bar's {name} is a button")


def file_menu(frame, keys):
    before = {o.name for o in objects(frame, role=BUTTONS)}
    do_action(named(frame, BUTTONS, "File")[0])
    pump(0.8)
    items = [o.name for o in objects(frame, role=BUTTONS) if o.name not in before]
    for part in ["Open data file", "Reset to built-in data", "Export", "Quit"]:
        check(any(n.startswith(part) for n in items), f"the File menu holds {part!r} as a button")
    keys.press("Escape")


def overview(frame):
    headings = [o.name for o in objects(frame, role=("heading",))]
    for h in [DECK_TITLE, "The summit", "Members", "Explore"]:
        check(h in headings, f"overview: {h!r} is a heading")
    check(not objects(frame, name=lambda n: n.strip() == "•"), "overview: no bullet is an object of its own")
    for name in ["99 Governments", "29 Global tech companies", "210 members in all"]:
        check(named(frame, ("label",), name), f"overview: the figure is read with what it counts: {name!r}")
    check(not named(frame, ("label",), "99"), "overview: no bare '99'")


MARKER = re.compile(r"^\d{4}(-\d\d){0,2}(\.\.\d{4}(-\d\d){0,2})? · .+")


def timeline(frame, keys):
    markers = objects(frame, role=("toggle button", "push button"), name=lambda n: bool(MARKER.match(n)))
    check(len(markers) >= 10, f"timeline: {len(markers)} markers, each an object named date · title")
    check(
        objects(frame, role=("canvas",), name=lambda n: n.startswith("Milestone lanes")),
        "timeline: the lanes behind the markers are named",
    )
    wanted = "2015-11 · Second WeProtect summit, Abu Dhabi; the Model National Response is launched"
    marker = named(frame, ("toggle button", "push button"), wanted)
    check(marker, f"timeline: the marker {wanted!r}")
    check(marker[0].getRoleName() == "toggle button", "timeline: a marker is a toggle button, announced as actionable")
    do_action(marker[0])
    check(
        pump(3, lambda: bool(named(frame, ("heading",), "Second WeProtect summit, Abu Dhabi; the Model National Response is launched"))),
        "timeline: doAction selects the marker and the detail panel's heading appears",
    )
    unknown = objects(frame, role=("unknown",))
    check(not unknown, f"timeline: no object of unknown role in the detail panel ({len(unknown)})")
    announcements.clear()
    keys.press("Escape")
    keys.press("Right")
    said = announced(lambda a: a.startswith("Selected: "))
    check(said, f"timeline: selecting with → is announced ({said!r})")


def membership(frame):
    for name in ["Governments: 99 (47.1%)", "Civil society organisations: 73 (34.8%)"]:
        check(named(frame, ("toggle button",), name), f"membership: the legend entry {name!r}")
    images = [o.name for o in objects(frame, role=("image",))]
    for chart in ["Bar chart", "Donut chart"]:
        check(
            any(n.startswith(chart) and "Governments: 99 (47.1%)" in n for n in images),
            f"membership: the {chart.lower()} is named with its figures",
        )
    for part in ["Bar", "Slice"]:
        for group in ["Governments: 99 (47.1%)", "International organisations: 9 (4.3%)"]:
            name = f"{part}: {group}"
            check(name in images, f"membership: {name!r} is an object of its own")
    do_action(named(frame, ("toggle button",), "Show table")[0])
    check(
        pump(3, lambda: bool(named(frame, ("label",), "Governments: 99 (47.1%)"))),
        "membership: the table's row reads 'Governments: 99 (47.1%)'",
    )
    check(named(frame, ("label",), "Total: 210 (100.0%)"), "membership: the table's total row")


def summit(frame):
    for title in ["Raised awareness", "Summit communiqué", "Singapore joins"]:
        check(named(frame, ("toggle button",), f"Outcome: {title}"), f"summit: the outcome card {title!r}")
    check(named(frame, ("heading",), "Outcomes and next steps"), "summit: 'Outcomes and next steps' is a heading")


def resources(frame):
    for title in ["Framing the Future", "Global Threat Assessment 2021", "Summit video"]:
        check(named(frame, ("heading",), title), f"resources: {title!r} is a heading")
        check(named(frame, PUSH, f"Open {title}"), f"resources: 'Open {title}' is a button")


def tab_focus(keys):
    focused.clear()
    for _ in range(4):
        keys.press("Tab")
    pump(1.0)
    names = [n for _, n in focused if n]
    check(len(set(names)) >= 3, f"Tab moves focus and AT-SPI hears it: {names}")


def main():
    binary, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp()
    data = os.path.join(work, "alliance.ron")
    with open(data, "w", encoding="utf-8") as f:
        f.write(subprocess.run([binary, "--print-default-data"], capture_output=True, text=True, timeout=20, check=True).stdout)

    registry = pyatspi.Registry
    registry.registerEventListener(on_announcement, "object:announcement")
    registry.registerEventListener(on_focus, "object:state-changed:focused")

    log = open(os.path.join(out, "atspi-app.log"), "w", encoding="utf-8")
    app = subprocess.Popen([binary, data], stdout=log, stderr=subprocess.STDOUT, cwd=work)
    try:
        run(binary, out, data, find_app())
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()


def run(binary, out, data, app):
    keys = Keys(APP_NAME)
    pump(1.5)
    check(app.name == "weprotect-explorer", f"the application is named {app.name!r}")
    frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
    frame = next((f for f in frames if f is not None and f.getRoleName() == "frame"), None)
    check(frame is not None, "the application has a frame")
    check(
        frame.name == f"{DECK_TITLE} — {APP_NAME} [alliance.ron]",
        f"the window is named {frame.name!r}",
    )

    top_bar(frame)
    dump(frame, os.path.join(out, "atspi-overview.txt"))
    overview(frame)
    file_menu(frame, keys)
    tab_focus(keys)

    keys.press("ctrl+2")
    dump(frame, os.path.join(out, "atspi-timeline.txt"))
    timeline(frame, keys)
    dump(frame, os.path.join(out, "atspi-timeline-selected.txt"))

    keys.press("ctrl+3")
    membership(frame)
    dump(frame, os.path.join(out, "atspi-membership.txt"))

    keys.press("ctrl+4")
    dump(frame, os.path.join(out, "atspi-summit.txt"))
    summit(frame)

    keys.press("ctrl+5")
    dump(frame, os.path.join(out, "atspi-resources.txt"))
    resources(frame)

    # A change to the file, then a problem in it: both announced where the person is.
    with open(data, encoding="utf-8") as f:
        text = f.read()
    announcements.clear()
    with open(data, "w", encoding="utf-8") as f:
        f.write(text.replace("count: 99,", "count: 98,", 1))
    said = announced(lambda a: a.startswith("Reloaded ") and a.endswith("after a change."))
    check(said, f"a reload is announced ({said!r})")
    announcements.clear()
    with open(data, "w", encoding="utf-8") as f:
        f.write(text.replace("count: 99,", "count: -1,", 1))
    said = announced(lambda a: "has 1 problem." in a)
    check(said, f"a problem in the file is announced ({said!r})")

    announcements.clear()
    keys.press("F5")
    said = announced(lambda a: a.startswith("Slide 1 of "))
    check(said, f"presenting announces the first slide ({said!r})")
    dump(frame, os.path.join(out, "atspi-presenter.txt"))
    keys.press("Right")
    said = announced(lambda a: a.startswith("Slide 2 of "))
    check(said, f"the next slide is announced ({said!r})")
    print(f"AT-SPI tree dumps in {out}/atspi-*.txt")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: test-atspi.py BINARY OUT_DIR")
    try:
        main()
    except Failed as e:
        print(f"AT-SPI test FAILED: {e}", file=sys.stderr)
        sys.exit(1)
