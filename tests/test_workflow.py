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
    ["run: make test PYTHON=\"${{ steps.python.outputs.python-path }}\"", "run: make compat",
     "run: make verify-build", "run: sha256sum meta_capi.wasm > meta_capi.wasm.sha256",
     "uses: actions/upload-artifact@v7",
     "if: startsWith(github.ref, 'refs/tags/v')", "gh release create \"$GITHUB_REF_NAME\" meta_capi.wasm "
     "meta_capi.wasm.sha256 edgee-component.toml"],
)
def test_workflow_tests_uploads_and_releases(line):
    assert line in TEXT


def test_workflow_runs_every_supported_python_with_a_pip_cache_and_a_timeout():
    assert 'python: ["3.11", "3.12", "3.13", "3.14"]' in TEXT
    assert "cache: pip\n          cache-dependency-path: requirements*.lock" in TEXT
    assert TEXT.count("timeout-minutes:") == 2  # both jobs


def test_workflow_cancels_superseded_runs_but_never_a_release():
    assert "concurrency:\n  group: build-${{ github.event.pull_request.number || github.ref }}" in TEXT
    assert "cancel-in-progress: ${{ !startsWith(github.ref, 'refs/tags/') }}" in TEXT


def test_workflow_release_needs_the_tag_to_be_the_project_and_manifest_version():
    assert 'test "v$(read_version pyproject.toml)" = "$GITHUB_REF_NAME"' in TEXT
    assert 'test "v$(read_version edgee-component.toml)" = "$GITHUB_REF_NAME"' in TEXT


@pytest.mark.parametrize("action", ["checkout@v7", "setup-python@v7", "upload-artifact@v7", "download-artifact@v8"])
def test_workflow_uses_the_current_majors_of_its_actions(action):
    assert f"uses: actions/{action}" in TEXT
    assert TEXT.count(f"uses: actions/{action.split('@')[0]}@") == 1
