"""Settings: declared once in one table, built once, passed down. Standard library only.

Every setting has a name, an environment variable, a default and a help line; the README's
settings table is generated from :data:`SETTINGS` and a test keeps it current.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str  # dotted name, as in the docs
    attr: str  # attribute of Settings
    env: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _networks(value: str) -> tuple[str, ...]:
    out = []
    for raw in value.split(","):
        part = raw.strip()
        if not part:
            continue
        try:
            out.append(str(ipaddress.ip_network(part, strict=False)))
        except ValueError as exc:
            raise ConfigError(f"fetch.allow_networks: {part!r} is not a CIDR network") from exc
    return tuple(out)


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise ConfigError(f"expected a whole number, got {value!r}") from exc
    if n <= 0:
        raise ConfigError(f"expected a positive number, got {value!r}")
    return n


def _flag(value: str) -> bool:
    return value.strip().lower() not in ("0", "false", "no", "off")


def _positive_float(value: str) -> float:
    try:
        n = float(value)
    except ValueError as exc:
        raise ConfigError(f"expected a number, got {value!r}") from exc
    if n <= 0:
        raise ConfigError(f"expected a positive number, got {value!r}")
    return n


_USER_AGENT = "Storyline/0.1 (+https://github.com/storyline-news/storyline; news reader)"

SETTINGS: tuple[Setting, ...] = (
    Setting("db", "db_url", "STORYLINE_DB", None,
            "Database URL (sqlite:///path or postgresql+psycopg://...). "
            "Default: storyline.db in the per-user data directory."),
    Setting("data_dir", "data_dir", "STORYLINE_DATA_DIR", None,
            "Per-user data directory (default from platformdirs)."),
    Setting("import.max_bytes", "max_document_bytes", "STORYLINE_IMPORT_MAX_BYTES", 50 * 1024 * 1024,
            "Largest input document read, after decompression; larger ones are refused.", _positive_int),
    Setting("cluster.embed", "cluster_embed", "STORYLINE_CLUSTER_EMBED", True,
            "Use multilingual sentence embeddings when clustering (slower, needed across languages).",
            _flag),
    Setting("cluster.e5", "cluster_e5", "STORYLINE_CLUSTER_E5", True,
            "With cluster.embed, compare title and lead with multilingual-e5-small too, where the USE "
            "model is unsure (computed on demand: better matches across languages and of headlines "
            "against articles).",
            _flag),
    Setting("fetch.allow_networks", "allow_networks", "STORYLINE_FETCH_ALLOW_NETWORKS", (),
            "Comma-separated CIDR networks that fetching may reach although they are private "
            "or loopback (e.g. 10.1.0.0/16,127.0.0.1/32).", _networks),
    Setting("fetch.max_bytes", "fetch_max_bytes", "STORYLINE_FETCH_MAX_BYTES", 20 * 1024 * 1024,
            "Largest HTTP response body accepted, after decompression.", _positive_int),
    Setting("fetch.timeout", "fetch_timeout", "STORYLINE_FETCH_TIMEOUT", 30.0,
            "Total seconds allowed for one HTTP request.", _positive_float),
    Setting("fetch.user_agent", "user_agent", "STORYLINE_USER_AGENT", _USER_AGENT,
            "User-Agent sent with every request."),
    Setting("web.secret", "web_secret", "STORYLINE_WEB_SECRET", None,
            "Key signing the reader's session and CSRF cookies. Default: generated on first run and kept "
            "in `web-secret` in the data directory."),
    Setting("web.public_read", "web_public_read", "STORYLINE_WEB_PUBLIC_READ", True,
            "Anyone may read the reader's pages, feeds and API; when false every page needs a login.", _flag),
    Setting("web.threads", "web_threads", "STORYLINE_WEB_THREADS", 4,
            "Requests each server process works on at once (the rest wait their turn). More only helps "
            "when requests wait on a slow database server rather than on the CPU.", _positive_int),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str | None = None
    data_dir: str | None = None
    max_document_bytes: int = 50 * 1024 * 1024
    cluster_embed: bool = True
    cluster_e5: bool = True
    allow_networks: tuple[str, ...] = ()
    fetch_max_bytes: int = 20 * 1024 * 1024
    fetch_timeout: float = 30.0
    user_agent: str = _USER_AGENT
    web_secret: str | None = None
    web_public_read: bool = True
    web_threads: int = 4
    extra: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then environment, then explicit overrides (CLI flags); ``None`` overrides are ignored."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for s in SETTINGS:
            raw = env.get(s.env)
            if raw is not None and raw != "":
                try:
                    values[s.attr] = s.parse(raw)
                except ConfigError as exc:
                    raise ConfigError(f"{s.env}: {exc}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_defaults(self, default_data_dir: str) -> Settings:
        """Fill in the data directory and the default SQLite database inside it."""
        data_dir = self.data_dir or default_data_dir
        db_url = self.db_url or f"sqlite:///{Path(data_dir) / 'storyline.db'}"
        return dataclasses.replace(self, data_dir=data_dir, db_url=db_url)


def settings_table() -> str:
    """The Markdown table of settings in the README (tests/test_config.py keeps it current)."""
    rows = ["| setting | environment | default | meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = "—" if s.default in (None, ()) else f"`{s.default}`"
        rows.append(f"| `{s.name}` | `{s.env}` | {default} | {s.help} |")
    return "\n".join(rows)
