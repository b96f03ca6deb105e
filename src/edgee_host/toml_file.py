"""Reading the user's input files (edgee.toml, edgee-component.toml, a --settings-file, an events file): the
one place they are opened, so every one is read the same bounded way."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any, Dict, List, Type

from edgee_host.errors import HarnessError

MAX_TOML_BYTES = 1024 * 1024  # a configuration or manifest is a few kilobytes
MAX_EVENTS_BYTES = 64 * 1024 * 1024
MAX_WASM_BYTES = 256 * 1024 * 1024  # meta_capi.wasm is about 18 MiB


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; OSError for anything else (a FIFO, which would
    block, or a device such as /dev/zero, which never ends). Opening never blocks."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path}: not a regular file")
        chunks: List[bytes] = []
        size = 0
        while True:
            chunk = os.read(descriptor, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise OSError(f"{path}: larger than {limit} bytes")
            chunks.append(chunk)
    finally:
        os.close(descriptor)


def read_toml(path: Path, error: Type[HarnessError], what: str = "") -> Dict[str, Any]:
    """The parsed document; `error` (prefixed by `what`, naming the file and why) when it cannot be read as
    UTF-8 text or is not TOML (a nesting too deep for the parser included)."""
    try:
        return tomllib.loads(read_input(path, MAX_TOML_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError) as failure:
        raise error(f"{what}{path}: cannot be read as UTF-8 text ({failure})") from None
    except (tomllib.TOMLDecodeError, RecursionError) as failure:
        raise error(f"{what}{path}: cannot be read: invalid TOML ({failure})") from None
