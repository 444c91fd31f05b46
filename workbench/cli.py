"""The command line: the headless face of the services (contract in DESIGN.md section 3).

Exit codes: 0 success, 1 a user error reported as one line on stderr, 2 bad usage (argparse's own).
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from workbench import __version__, catalogue, importers
from workbench.checks import run_checks
from workbench.domain import FrameworkData, Kind
from workbench.errors import WorkbenchError
from workbench.exporters import FORMATS, export
from workbench.messages import Template
from workbench.text import for_terminal
from workbench.workspace import Workspace

PROG = "workbench"
OS_ERROR = Template("cli.os-error", "{path}: {reason}")
NO_KEYS = Template("cli.no-keys", "--frameworks needs at least one key, e.g. --frameworks itil4,safe")
NO_DISPLAY = Template(
    "cli.no-display", "no display to open the desktop application on; the other commands work without one"
)
NOT_YET = Template("cli.not-yet", "'{command}' is not yet available in this version")


def _say(*values: object, file: TextIO | None = None) -> None:
    """print, without the control characters a label or file name may hold: an ESC sequence in a label must not
    recolour or clear the terminal it is printed to."""
    print(*(for_terminal(str(value)) for value in values), file=file)


def _open(path: str, *, writing: bool = False) -> Workspace:
    """The workspace; for a command that changes it, refused at once when it can only be read."""
    workspace = Workspace.open(path)
    if writing:
        try:
            workspace.require_writable()
        except WorkbenchError:
            workspace.close()
            raise
    if workspace.upgraded_from is not None:
        kept = f"; the old file is kept as {workspace.backup}" if workspace.backup is not None else ""
        _say(f"{PROG}: upgraded {workspace.location} from schema {workspace.upgraded_from}{kept}", file=sys.stderr)
    return workspace


def cmd_frameworks(args: argparse.Namespace) -> int:
    frameworks = catalogue.load_bundled()
    if args.json:
        _say(json.dumps([_framework_summary(framework) for framework in frameworks], ensure_ascii=False, indent=1))
        return 0
    width = max(len(framework.key) for framework in frameworks)
    for framework in frameworks:
        counts = _counts(framework)
        _say(
            f"{framework.key:<{width}}  {framework.name}: {counts['term']} terms, "
            f"{counts['process']} processes, {counts['activity']} activities"
        )
    return 0


def _counts(framework: FrameworkData) -> dict[str, int]:
    return {kind.value: sum(1 for entry in framework.entries if entry.kind is kind) for kind in Kind}


def _framework_summary(framework: FrameworkData) -> dict[str, object]:
    counts = _counts(framework)
    return {
        "key": framework.key,
        "name": framework.name,
        "edition": framework.edition,
        "publisher": framework.publisher,
        "language": framework.language,
        "languages": list(framework.languages),
        "attribution": framework.attribution,
        "licence": framework.licence,
        "entries": sum(counts.values()),
        "counts": counts,
    }


def cmd_init(args: argparse.Namespace) -> int:
    bundled = catalogue.load_bundled()
    if args.empty:
        chosen: list[FrameworkData] = []
    elif args.frameworks is not None:
        by_key = {framework.key: framework for framework in bundled}
        keys = [key.strip() for key in args.frameworks.split(",") if key.strip()]
        if not keys:
            raise WorkbenchError(NO_KEYS())
        unknown = [key for key in keys if key not in by_key]
        if unknown:
            raise WorkbenchError(catalogue.NO_BUNDLED(key=unknown[0], known=tuple(by_key)))
        chosen = [by_key[key] for key in dict.fromkeys(keys)]
    else:
        chosen = bundled
    with Workspace.create(args.workspace, chosen, force=args.force) as workspace:
        total = sum(sum(record.counts.values()) for record in workspace.frameworks())
    names = ", ".join(framework.key for framework in chosen) or "no frameworks"
    _say(f"created {args.workspace} with {names} ({total} entries)")
    return 0


def cmd_map(args: argparse.Namespace) -> int:
    with _open(args.workspace, writing=True) as workspace:
        record = workspace.add_mapping(
            args.subject,
            args.predicate,
            args.object,
            negated=args.negated,
            comment=args.comment,
            author=args.author,
            confidence=args.confidence,
        )
    relation = f"not {record.predicate.short}" if record.negated else record.predicate.short
    _say(f"{record.subject} {relation} {record.object}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args.workspace) as workspace:
        findings = run_checks(workspace)
    if args.json:
        _say(json.dumps([finding.as_dict() for finding in findings], ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            _say(f"{finding.severity.value:<7}  {finding.code}: {finding.message}")
        if not findings:
            _say("no findings")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with _open(args.workspace) as workspace:
        export(workspace, args.format, Path(args.output))
    _say(f"wrote {args.output}")
    return 0


def cmd_unify(args: argparse.Namespace) -> int:
    # Imported here: only this command needs the unification services.
    from workbench.unify.refresh import unify

    with _open(args.workspace, writing=True) as workspace:
        skeleton = args.process_skeleton
        if skeleton is None:
            skeleton = "usm" if any(f.key == "usm" for f in workspace.frameworks()) else "empty"
        done = unify(workspace, skeleton=skeleton)
        snapshot = workspace.unified_snapshot()
    activities = sum(len(process.activities) for process in snapshot.processes)
    started = f", started from {skeleton}" if done.started else ""
    if done.glossary is not None:
        _say(done.glossary.summary())
    _say(f"process model: {len(snapshot.processes)} processes, {activities} activities{started}; "
          f"{done.model.summary()}")
    for conflict in done.model.conflicts:
        _say(f"  in two places: {conflict.ref} ({', '.join(conflict.places)})")
    if done.model.unplaced:
        _say(f"  not yet placed: {', '.join(str(ref) for ref in done.model.unplaced)}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args.workspace, writing=True) as workspace:
        result = importers.import_file(workspace, Path(args.file), args.format, args.framework)
    _say(result.summary)
    for note in result.notes:
        _say(f"  {note}")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    # Imported here: numpy and rapidfuzz load only for the commands that match.
    from workbench.matching import suggest

    top = 5 if args.top is None else args.top
    min_score = 0.0 if args.min_score is None else args.min_score
    with _open(args.workspace) as workspace:
        suggestions = suggest(
            workspace, args.source, args.target, kind=args.kind, top=top, min_score=min_score, best=args.best
        )
    if args.json:
        _say(json.dumps([item.as_dict() for item in suggestions], ensure_ascii=False, indent=1))
        return 0
    for item in suggestions:
        reasons = "; ".join(map(str, item.reasons))
        flags = "".join(f"  !{flag}" for flag in item.flags)
        _say(
            f"{item.score:.2f}  {item.subject} ({item.subject_label})  {item.predicate.short}  "
            f"{item.object} ({item.object_label})" + (f"  [{reasons}]" if reasons else "") + flags
        )
    if not suggestions:
        _say("no suggestions", file=sys.stderr)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from workbench.sync import sync

    result = sync(args.local, args.remote)
    for line in result.lines():
        _say(line)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from workbench.importers.sheet_template import write_template

    write_template(Path(args.output))
    _say(f"wrote {args.output}: fill in the About and Entries sheets, then run: {PROG} import WORKSPACE {args.output}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        # Qt would abort with a core dump; say what is wrong instead.
        raise WorkbenchError(NO_DISPLAY())
    # Imported by name so the core never depends on Qt; only this command needs it.
    app = importlib.import_module("ui.app")
    result: int = app.main(getattr(args, "workspace", None))
    return result


def cmd_self_test(_args: argparse.Namespace) -> int:
    """Run the whole flow on a scratch workspace, then open the main window offscreen: a build's smoke test."""
    import tempfile

    from workbench.selftest import run_self_test

    with tempfile.TemporaryDirectory(prefix="workbench-self-test-") as folder:
        lines = run_self_test(Path(folder))
        # The window is checked too (by name, as in `gui`): a frozen build can lack a Qt plugin the core never needs.
        window_check = importlib.import_module("ui.selftest")
        lines += window_check.run_window_self_test(Path(folder))
    for line in lines:
        _say(f"ok  {line}")
    _say("self-test passed")
    return 0


def _not_yet(name: str) -> Callable[[argparse.Namespace], int]:
    def command(_args: argparse.Namespace) -> int:
        raise WorkbenchError(NOT_YET(command=name))

    return command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Align the terms and processes of IT management frameworks and build one unified model.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", dest="run", action="store_const", const=cmd_self_test, default=argparse.SUPPRESS,
                        help="check this installation on a scratch workspace, then exit (0 when all is well)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the desktop application (the default)")
    gui.add_argument("workspace", nargs="?", help="workspace file to open")
    gui.set_defaults(run=cmd_gui)

    frameworks = commands.add_parser("frameworks", help="list the bundled frameworks with entry counts")
    frameworks.add_argument("--json", action="store_true", help="print JSON")
    frameworks.set_defaults(run=cmd_frameworks)

    init = commands.add_parser("init", help="create a workspace, loading bundled frameworks (all by default)")
    init.add_argument("workspace", help="new workspace file, e.g. ws.db, or an empty database: postgresql://user@host/db")
    choice = init.add_mutually_exclusive_group()
    choice.add_argument("--frameworks", metavar="KEYS", help="comma-separated keys, e.g. itil4,safe")
    choice.add_argument("--all", action="store_true", help="load every bundled framework")
    choice.add_argument("--empty", action="store_true", help="load no framework")
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.set_defaults(run=cmd_init)

    imp = commands.add_parser("import", help="import a framework or mapping set from a file")
    imp.add_argument("workspace")
    imp.add_argument("file")
    imp.add_argument("--format", choices=importers.FORMATS, help="default: from the file name")
    imp.add_argument("--framework", metavar="KEY")
    imp.set_defaults(run=cmd_import)

    suggest = commands.add_parser("suggest", help="propose corresponding entries of two frameworks")
    suggest.add_argument("workspace")
    suggest.add_argument("--source", required=True, metavar="KEY")
    suggest.add_argument("--target", required=True, metavar="KEY")
    suggest.add_argument("--kind", choices=["term", "process", "activity", "all"], default="all")
    suggest.add_argument("--top", type=int, metavar="K", help="at most K suggestions per source entry (default 5)")
    suggest.add_argument("--min-score", type=float, metavar="S", help="only suggestions scoring at least S (0-1)")
    suggest.add_argument("--best", action="store_true", help="only the one-to-one pairs the engine would accept")
    suggest.add_argument("--json", action="store_true", help="print a JSON array, best first")
    suggest.set_defaults(run=cmd_suggest)

    mapping = commands.add_parser("map", help="record a decision about two entries")
    mapping.add_argument("workspace")
    mapping.add_argument("subject", metavar="SUBJECT_REF", help="e.g. itil4:incident-management")
    mapping.add_argument("predicate", metavar="PREDICATE", help="exact, close, broader, narrower, related")
    mapping.add_argument("object", metavar="OBJECT_REF", help="e.g. safe:release-on-demand")
    mapping.add_argument("--not", dest="negated", action="store_true", help="record that they do NOT match")
    mapping.add_argument("--comment", default="", help="the rationale")
    mapping.add_argument("--author", help="who decided (default: $WORKBENCH_AUTHOR or the login name)")
    mapping.add_argument("--confidence", type=float, default=1.0, help="0 to 1 (default 1)")
    mapping.set_defaults(run=cmd_map)

    unify = commands.add_parser("unify", help="refresh the unified glossary and process model proposals")
    unify.add_argument("workspace")
    unify.add_argument(
        "--process-skeleton",
        choices=["usm", "empty"],
        help="how to start an empty process model (default: usm when the workspace holds it, else empty)",
    )
    unify.set_defaults(run=cmd_unify)

    check = commands.add_parser("check", help="consistency and quality findings")
    check.add_argument("workspace")
    check.add_argument("--json", action="store_true")
    check.set_defaults(run=cmd_check)

    exp = commands.add_parser("export", help="write the workspace in another format")
    exp.add_argument("workspace")
    exp.add_argument("--format", required=True, choices=FORMATS)
    exp.add_argument("-o", "--output", required=True, metavar="OUT")
    exp.set_defaults(run=cmd_export)

    synchronise = commands.add_parser(
        "sync", help="send this laptop's decisions to a team workspace and take the team's (a copy when LOCAL is new)")
    synchronise.add_argument("local", metavar="LOCAL", help="the workspace file on this computer (made when missing)")
    synchronise.add_argument("remote", metavar="REMOTE", help="postgresql://user@host[:port]/db, or a workspace file")
    synchronise.set_defaults(run=cmd_sync)

    template = commands.add_parser("template", help="write an Excel template for a framework of your own")
    template.add_argument("-o", "--output", required=True, metavar="OUT", help="e.g. framework.xlsx")
    template.set_defaults(run=cmd_template)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # In the frozen application a matching child process starts this same executable: let it serve and exit.
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", cmd_gui)
    try:
        return run(args)
    except WorkbenchError as error:
        _say(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _say(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`workbench suggest ... | head`): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:
        # The last line of defence for the environment (a disk gone, a permission): one line, never a traceback.
        _say(f"{PROG}: error: {OS_ERROR(path=str(error.filename or ''), reason=error.strerror or str(error))}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
