"""Build the frozen desktop application with PyInstaller (build.spec) and smoke-test it.

    .venv/bin/pip install '.[build]' && .venv/bin/python scripts/build_app.py

Writes dist/workbench/ (start it as dist/workbench/workbench), then runs `dist/workbench/workbench --self-test`
offscreen and prints the build time and the bundle size. Exit status: 0 only when the build and the self-test pass.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    """Bytes on disk, as `du` counts them (files only once, symbolic links not followed)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        if (stat.st_dev, stat.st_ino) not in seen:
            seen.add((stat.st_dev, stat.st_ino))
            total += stat.st_blocks * 512
    return total


def build(dist: Path, work: Path) -> float:
    started = time.perf_counter()
    # The interface translations are compiled first, so the bundle carries .qm files made from the current .ts.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_translations.py")], cwd=ROOT, check=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def self_test(binary: Path) -> float:
    # Settings and data of the smoke test go to a throw-away home, never the builder's own.
    home = Path(tempfile.mkdtemp(prefix="workbench-build-home-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    started = time.perf_counter()
    subprocess.run([str(binary), "--self-test"], env=env, check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--skip-build", action="store_true", help="only smoke-test an existing build")
    args = parser.parse_args(argv)

    bundle = args.dist / "workbench"
    binary = bundle / ("workbench.exe" if sys.platform == "win32" else "workbench")
    try:
        seconds = None if args.skip_build else build(args.dist, args.work)
        if not binary.is_file():
            print(f"build_app: no frozen application at {binary}", file=sys.stderr)
            return 1
        test_seconds = self_test(binary)
    except subprocess.CalledProcessError as error:
        print(f"build_app: {' '.join(map(str, error.cmd))} failed with exit status {error.returncode}",
              file=sys.stderr)
        return 1
    if seconds is not None:
        print(f"build time: {seconds:.1f} s")
    print(f"bundle size: {folder_size(bundle) / 2**20:.1f} MiB ({bundle})")
    print(f"frozen --self-test: passed in {test_seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
