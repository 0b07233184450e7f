"""Walk a running application's AT-SPI tree (what Orca sees) and print what it finds as JSON.

Run by the SYSTEM python3 (pyatspi comes from Debian's python3-pyatspi; it is not on PyPI), inside the same D-Bus
session as the app: `python3 atspi_walk.py PID`, or `python3 atspi_walk.py --launch PYTHON FOLDER`, which starts
tests/ui/atspi_app.py with PYTHON (the project's), waits for it, walks it, stops it and adds "phrase": the words
of the PDF page the walk must find. Prints {"nodes": n, "unnamed": [...], "text": "..."}:
every control of a role users act on whose name has no letter or digit (a combo box's popup list counts as
named by its combo box), and the text of every node with a text interface.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyatspi

CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
            "password text", "tree", "tree table", "table", "list", "list box", "page tab", "spin button",
            "slider", "menu button", "document frame", "document text"}
MAX_NODES = 5000
CELL_ROLES = {"table cell", "list item", "tree item"}  # rows: named by their content, and there may be thousands


def meaningful(name: str) -> bool:
    return any(ch.isalnum() for ch in name)


def find_app(pid: int, wait: float) -> "pyatspi.Accessible":
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # noqa: BLE001 - an application that went away meanwhile
                continue
        time.sleep(0.5)
    raise SystemExit(f"no application with pid {pid} on the AT-SPI bus after {wait:.0f} s")


def walk(app: "pyatspi.Accessible") -> dict:
    unnamed, texts, count = [], [], 0
    stack = [(app, "", "")]
    while stack and count < MAX_NODES:
        node, parent_role, parent_name = stack.pop()
        if node is None:
            continue
        count += 1
        role, name = node.getRoleName(), node.name or ""
        if role == "list" and parent_role == "combo box" and not name:
            name = parent_name
        if role in CONTROLS and not meaningful(name):
            path = []
            up = node.parent
            while up is not None and len(path) < 3:
                path.append(f"{up.getRoleName()} {up.name!r}")
                up = up.parent
            unnamed.append(f"{role} {name!r} in " + " < ".join(path))
        try:
            text = node.queryText()
            texts.append(text.getText(0, min(text.characterCount, 20000)))
        except NotImplementedError:
            pass
        if role in CELL_ROLES:
            continue
        stack.extend((node.getChildAtIndex(i), role, name) for i in range(min(node.childCount, 500)))
    return {"nodes": count, "unnamed": unnamed, "text": "\n".join(texts)}


def launch_and_walk(python: str, folder: str) -> dict:
    app_script = Path(__file__).with_name("atspi_app.py")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen([python, str(app_script), folder], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=app_script.parents[2])
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:  # the phrase, then READY (the PDF's text is in)
            lines.append(line.strip())
            if line.strip() == "READY":
                break
        else:
            raise SystemExit(f"the app ended before it was ready (exit {proc.wait()})")
        found = walk(find_app(proc.pid, wait=30))
        found["phrase"] = lines[-2] if len(lines) > 1 else ""
        return found
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    if sys.argv[1] == "--launch":
        print(json.dumps(launch_and_walk(sys.argv[2], sys.argv[3])))
    else:
        print(json.dumps(walk(find_app(int(sys.argv[1]), wait=float(sys.argv[2]) if len(sys.argv) > 2 else 30))))
