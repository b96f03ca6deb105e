"""The GitHub Actions workflow: valid against GitHub's workflow schema (offline), and doing what it says."""

import subprocess
import sys

import pytest

from wasm_support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
TEXT = WORKFLOW.read_text()


def validate(path):
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)]
    return subprocess.run(command, capture_output=True, text=True)


def test_workflow_is_valid_against_the_github_workflow_schema():
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_schema_check_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(TEXT.replace("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04", 1))
    assert validate(broken).returncode != 0


@pytest.mark.parametrize(
    "line",
    ["run: make test", "run: make compat", "run: make verify-build",
     "run: sha256sum meta_capi.wasm > meta_capi.wasm.sha256", "uses: actions/upload-artifact@v4",
     "if: startsWith(github.ref, 'refs/tags/v')", "gh release create \"$GITHUB_REF_NAME\" meta_capi.wasm "
     "meta_capi.wasm.sha256 edgee-component.toml"],
)
def test_workflow_tests_uploads_and_releases(line):
    assert line in TEXT
