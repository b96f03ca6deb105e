"""The pieces the command-line tests share: running `edgee-harness run` in-process and writing input files."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, List, Optional, TextIO, Tuple

from edgee_host.cli.command import main
from wasm_support import WASM


def harness(*args: str, wasm: Path = WASM, out: Optional[TextIO] = None) -> Tuple[int, str, str]:
    """(exit code, standard output, standard error) of `edgee-harness run --wasm <wasm> <args>`."""
    out = out if out is not None else io.StringIO()
    err = io.StringIO()
    code = main(["run", "--wasm", str(wasm), *args], out=out, err=err)
    return code, out.getvalue() if isinstance(out, io.StringIO) and not out.closed else "", err.getvalue()


def write(folder: Path, name: str, content: Any) -> str:
    """`content` (text, bytes, or anything JSON) written to folder/name; returns the path."""
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content))
    return str(path)


def json_lines(text: str) -> List[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
