"""The command line and its reports: `edgee-harness` (command), the run of events (runs), masking of
secrets, the match summary, retiming and the built-in samples."""

from edgee_host.cli.command import main

__all__ = ["main"]
