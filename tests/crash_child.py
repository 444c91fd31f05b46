"""A child process for the crash tests: does one piece of work on a workspace and is killed (SIGKILL) at a chosen
moment, by itself for exactness or by the test at a random time.

    python tests/crash_child.py WORKSPACE ACTION [MOMENT] [ARG]

ACTION: decide (decisions one after another, printing "decided N" after each returns), import ARG (a framework
file), unify, export ARG (a JSON export to the path ARG). MOMENT: "before-commit" (killed just before the first
transaction that wrote is committed), "after-commit" (just after the Nth write is committed; N = ARG for decide),
"while-writing" (at the first fsync of an export's file), or "never" (the test kills it).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from sqlalchemy import event

from workbench.workspace import Workspace


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    path, action = Path(sys.argv[1]), sys.argv[2]
    moment = sys.argv[3] if len(sys.argv) > 3 else "never"
    argument = sys.argv[4] if len(sys.argv) > 4 else ""
    workspace = Workspace.open(path)
    access = workspace._access
    if moment == "before-commit":
        def before(_connection: object) -> None:
            if access.writes:
                die()
        event.listen(workspace._engine, "commit", before)
    if moment == "while-writing":
        def killed(_descriptor: int) -> None:
            die()
        os.fsync = killed  # type: ignore[assignment]
    print("ready", flush=True)
    if action == "decide":
        first, second = (framework.key for framework in workspace.frameworks()[:2])
        subjects = [entry.ref for entry in workspace.entries(first)][:5]
        objects = [entry.ref for entry in workspace.entries(second)][:3]
        count = 0
        stop = int(argument) if moment == "after-commit" else None
        while True:
            for subject in subjects:
                for obj in objects:
                    count += 1
                    workspace.add_mapping(subject, "related", obj, comment=f"decision {count}")
                    print(f"decided {subject} {obj} {count}", flush=True)
                    if stop is not None and count == stop:
                        die()
    elif action == "import":
        from workbench.importers import import_file

        import_file(workspace, Path(argument))
        print("imported", flush=True)
    elif action == "unify":
        from workbench.unify import glossary

        glossary.refresh(workspace)
        print("unified", flush=True)
    elif action == "export":
        from workbench.exporters import export

        export(workspace, "json", Path(argument))
        print("exported", flush=True)
    workspace.close()


if __name__ == "__main__":
    main()
