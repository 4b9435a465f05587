"""Running the projects' own commands for the benchmarks: checked, bounded in time, output captured."""

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = sys.executable
TIMEOUT = 300


class BenchTimeout(Exception):
    """The whole run's time is up (pages.py's --timeout)."""


def stop(process, grace):
    """Terminate a server and wait for it; killed if it is still there after `grace` seconds."""
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run(command, env, cwd=ROOT):
    return subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True, text=True, timeout=TIMEOUT)


def manage(arguments, env, cwd=ROOT):
    """`manage.py <arguments>` of the project in cwd (the site's, or the floor's)."""
    return run([PYTHON, "manage.py", *arguments], env, cwd)


def json_output(completed):
    """The JSON a command printed last (anything it logged before is left aside)."""
    return json.loads(completed.stdout.strip().splitlines()[-1])
