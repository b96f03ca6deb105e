"""The compile cache reads only regular files of bounded size that this user alone can write, verified
before use; a bad entry of any kind means compiling again, never a hang, a crash or a memory blow-up."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from wasmtime import Engine

from edgee_host.component import runtime
from edgee_host.component.runtime import load_component, read_cache_entry


@pytest.fixture(scope="module")
def engine():
    return Engine()


def entries(cache: Path):
    [artifact] = cache.glob("*.cwasm")
    return artifact, artifact.with_suffix(".sha256")


def spoil_with_fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def spoil_with_zero_link(path: Path) -> None:
    path.unlink()
    path.symlink_to("/dev/zero")


def spoil_with_garbage_and_its_digest(path: Path) -> None:
    garbage = b"\x7fELF" + os.urandom(4096)
    path.write_bytes(garbage)
    path.with_suffix(".sha256").write_text(hashlib.sha256(garbage).hexdigest() + "\n")


def spoil_with_group_write(path: Path) -> None:
    os.chmod(path, 0o666)


def spoil_the_digest_with_a_fifo(path: Path) -> None:
    digest = path.with_suffix(".sha256")
    digest.unlink()
    os.mkfifo(digest)


@pytest.mark.parametrize("spoil", [spoil_with_fifo, spoil_with_zero_link, spoil_with_garbage_and_its_digest,
                                   spoil_with_group_write, spoil_the_digest_with_a_fifo])
def test_cache_a_bad_entry_is_compiled_again_and_replaced(tmp_path, engine, spoil, small_component):
    cache = tmp_path / "cache"
    load_component(engine, small_component, cache)
    artifact, digest = entries(cache)
    spoil(artifact)
    assert load_component(engine, small_component, cache) is not None
    assert artifact.is_file() and not artifact.is_symlink() and digest.is_file()
    assert hashlib.sha256(artifact.read_bytes()).hexdigest() == digest.read_text().strip()
    assert artifact.stat().st_mode & 0o077 == 0


def test_cache_an_artifact_over_the_size_bound_is_not_read(tmp_path, engine, monkeypatch, small_component):
    cache = tmp_path / "cache"
    load_component(engine, small_component, cache)
    artifact, _ = entries(cache)
    monkeypatch.setattr(runtime, "artifact_limit", lambda size: 10)
    assert read_cache_entry(artifact, 10) is None
    assert load_component(engine, small_component, cache) is not None


@pytest.mark.parametrize("kind", ["fifo", "link", "directory", "missing"])
def test_cache_entry_reader_takes_only_regular_files(tmp_path, kind):
    path = tmp_path / "entry"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link":
        (tmp_path / "real").write_bytes(b"x")
        path.symlink_to(tmp_path / "real")
    elif kind == "directory":
        path.mkdir()
    assert read_cache_entry(path, 100) is None


def test_cache_entry_reader_reads_a_regular_file(tmp_path):
    path = tmp_path / "entry"
    path.write_bytes(b"abc")
    os.chmod(path, 0o600)
    assert read_cache_entry(path, 3) == b"abc" and read_cache_entry(path, 2) is None
