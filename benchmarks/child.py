"""One ``python -m summarize ...`` process measured from outside, as a user's installed copy runs.

``pip install`` byte-compiles the package, so a user's command never compiles our modules; a
shell with ``PYTHONDONTWRITEBYTECODE`` set (as on our CI machines) would compile them on every
call (about 60 ms). The children run without that variable, with bytecode cached under
``PYCACHE`` (outside the repository), compiled once before the first measurement.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYCACHE = Path(tempfile.gettempdir()) / "summarize-bench-pycache"


def installed_env() -> dict[str, str]:
    """The environment of an installed copy: bytecode written and read from ``PYCACHE``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def compile_once() -> None:
    """Byte-compile the package (and, through one ``--version`` run, what it imports)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "summarize")], env=installed_env(),
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "summarize", "--help"], cwd=REPO, env=installed_env(), check=True,
                   stdout=subprocess.DEVNULL)


def call(*args: str, expect: int = 0) -> dict:
    """Run ``python -m summarize ARGS`` once: wall and CPU seconds and peak MiB (``wait4``, this
    child only); an exit code other than ``expect`` stops the benchmark with the child's message."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "summarize", *args], cwd=REPO, env=installed_env(),
                                 stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code != expect:
            err.seek(0)
            raise SystemExit(f"summarize {' '.join(args)} failed ({code}): {err.read().decode()}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}
