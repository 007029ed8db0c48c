"""Commands of this feature (filled in by the feature's owner)."""


def register(subparsers) -> None:
    """Add this feature's sub-commands."""
