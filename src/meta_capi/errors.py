"""The one error root of the core; the WIT adapter turns each of these into an `Err` string."""


class MetaCapiError(Exception):
    """Something stops this event from being forwarded to Meta."""


class SettingsError(MetaCapiError):
    """A component setting is missing or invalid."""


class ConsentError(MetaCapiError):
    """The visitor has not granted consent."""


class EventError(MetaCapiError):
    """The event cannot become a valid Meta server event."""


class SkippedEvent(MetaCapiError):
    """The event is valid but the settings say not to send it."""
