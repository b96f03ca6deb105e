"""The harness's one error root. Every failure the harness explains to its user (a bad option, file, setting
or event, a component that cannot be bound or that traps) is a `HarnessError`; the command line catches it in
one place (cli.command.main) and prints it. Anything else is a bug of the harness and keeps its traceback.
"""


class HarnessError(Exception):
    """A failure the harness explains to its user, in one line."""
