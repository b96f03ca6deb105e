"""Reading a TOML file (edgee.toml, edgee-component.toml, a --settings-file), the same way for all three."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Dict, Type

from edgee_host.errors import HarnessError


def read_toml(path: Path, error: Type[HarnessError], what: str = "") -> Dict[str, Any]:
    """The parsed document; `error` (prefixed by `what`, naming the file and why) when it cannot be read as
    UTF-8 text or is not TOML (a nesting too deep for the parser included)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as failure:
        raise error(f"{what}{path}: cannot be read as UTF-8 text ({failure})") from None
    except (tomllib.TOMLDecodeError, RecursionError) as failure:
        raise error(f"{what}{path}: cannot be read: invalid TOML ({failure})") from None
