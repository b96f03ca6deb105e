"""The Makefile's interpreter handling: PYTHON= picks it, an unsupported one is refused before anything is
created, and a .venv made by another interpreter (or a first attempt that did not finish) is made again."""

import os
import subprocess
import sys

import pytest

from wasm_support import ROOT

# What the Makefile records for the interpreter running these tests.
THIS_PYTHON = f"{'.'.join(map(str, sys.version_info[:3]))} {os.path.realpath(sys.executable)}"


def make(*args, venv):
    env = {key: value for key, value in os.environ.items()
           if key not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "PYTHON")}
    return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), f"VENV={venv}", *args],
                          capture_output=True, text=True, env=env)


def old_python(tmp_path):
    """An interpreter that says it is Python 3.10.13 (this one, with its version_info replaced)."""
    script = tmp_path / "python3.10"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "import sys; sys.version_info = (3, 10, 13, '
                      f"'final', 0); exec(sys.argv[1])\" \"$2\"\n")
    script.chmod(0o755)
    return script


@pytest.mark.parametrize(
    ("python", "message"),
    [("/nonexistent/python3", "does not run: give Python 3.11 to 3.14"),
     (None, "is Python 3.10.13; this project needs 3.11 to 3.14")],
)
def test_makefile_refuses_an_unsupported_python_before_creating_the_venv(tmp_path, python, message):
    venv = tmp_path / "venv"
    result = make("build", f"PYTHON={python or old_python(tmp_path)}", venv=venv)
    assert result.returncode != 0
    assert message in result.stderr
    assert not venv.exists()


@pytest.mark.parametrize(
    ("made_by", "remade"),
    [("3.10.13 /root/.pyenv/versions/3.10.13/bin/python3.10", True),  # left by an older Makefile's attempt
     (None, True),  # a first attempt that stopped before recording its interpreter
     (THIS_PYTHON, False)],
)
def test_makefile_makes_the_venv_again_when_another_interpreter_made_it(tmp_path, made_by, remade):
    venv = tmp_path / "venv"
    venv.mkdir()
    if made_by is not None:
        (venv / ".made-by").write_text(made_by + "\n")
    (venv / ".installed").touch()
    result = make("-n", str(venv / ".installed"), f"PYTHON={sys.executable}", venv=venv)
    assert result.returncode == 0, result.stderr
    assert (f"rm -rf {venv}" in result.stdout) == remade


def test_makefile_help_says_how_to_pick_the_interpreter(tmp_path):
    assert "PYTHON=python3.13" in make(venv=tmp_path / "venv").stdout
