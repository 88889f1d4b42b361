"""Exceptions are the protocol between parts. Every message is one line a user can act on."""

from __future__ import annotations


class StorylineError(Exception):
    """Base class: an expected failure with a one-line reason."""


class ConfigError(StorylineError):
    """A setting is missing or invalid."""


class InputError(StorylineError):
    """An input document cannot be read or is not a format Storyline knows."""


class UnknownFormat(InputError):
    """The content matches none of the supported formats."""


class EmptyDocument(InputError):
    """The document has no article text."""


class DecodeError(InputError):
    """The bytes could not be decoded into text."""


class StoreError(StorylineError):
    """The database refused an operation or has an unexpected schema."""


class FetchError(StorylineError):
    """An HTTP fetch failed (network, status, size, policy)."""


class BlockedAddress(FetchError):
    """The URL resolves to an address that fetching refuses (private, loopback, ...)."""
