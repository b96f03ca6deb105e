"""Meta Conversions API for Edgee: the pure core, shared by the component and native tests."""

from .errors import ConsentError, EventError, MetaCapiError, SettingsError, SkippedEvent
from .payload import build_request

__all__ = ["ConsentError", "EventError", "MetaCapiError", "SettingsError", "SkippedEvent", "build_request"]
