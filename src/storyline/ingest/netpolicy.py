"""Which addresses outbound requests may reach: public unicast only, unless a network is allowed.

The check is on resolved addresses, never on host names, so every notation the resolver accepts
(``2130706433``, ``0x7f.1``, ``017700000001``, ``127.1``) is judged by where it really points.
IPv6 addresses that embed IPv4 (mapped, 6to4, Teredo) are judged by the embedded address too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Protocol
from urllib.parse import urlsplit

from ..errors import BlockedAddress, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_ULA = ipaddress.ip_network("fc00::/7")


class Resolver(Protocol):
    async def resolve(self, host: str, port: int) -> list[str]: ...


class SystemResolver:
    """getaddrinfo through the event loop: the same answers the OS would give a connect()."""

    async def resolve(self, host: str, port: int) -> list[str]:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(f"cannot resolve {host}: {exc.strerror}") from exc
        return list(dict.fromkeys(str(info[4][0]) for info in infos))


def classify(addr: IPAddress) -> str | None:
    """Why an address is refused (None when it is public unicast)."""
    checks = (
        (addr.is_unspecified, "unspecified"), (addr.is_loopback, "loopback"),
        (addr.is_link_local, "link-local"), (addr.is_multicast, "multicast"),
        (addr in _CGNAT, "CGNAT (100.64.0.0/10)"), (addr in _ULA, "unique local (fc00::/7)"),
        (addr.is_private, "private"), (addr.is_reserved, "reserved"),
    )
    for hit, reason in checks:
        if hit:
            return reason
    return None if addr.is_global else "non-global"


def _embedded_v4(addr: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            return addr.ipv4_mapped
        if addr.sixtofour is not None:
            return addr.sixtofour
        if addr.teredo is not None:
            return addr.teredo[1]
    return None


class AddressPolicy:
    def __init__(self, allow_networks: tuple[str, ...] = ()) -> None:
        self.allowed = [ipaddress.ip_network(n, strict=False) for n in allow_networks]

    def _allowed(self, addr: IPAddress) -> bool:
        return any(addr.version == net.version and addr in net for net in self.allowed)

    def check_ip(self, ip: str) -> None:
        """Raise BlockedAddress with a one-line reason unless ``ip`` may be contacted."""
        try:
            addr = ipaddress.ip_address(ip.split("%", 1)[0])
        except ValueError as exc:
            raise BlockedAddress(f"not an IP address: {ip!r}") from exc
        if self._allowed(addr):
            return
        inner = _embedded_v4(addr)
        if inner is not None:
            if self._allowed(inner):
                return
            reason = classify(inner)
            if reason:
                raise BlockedAddress(f"refusing {ip}: embeds a {reason} IPv4 address ({inner})")
        reason = classify(addr)
        if reason:
            raise BlockedAddress(f"refusing {ip}: {reason} address (set fetch.allow_networks to permit it)")

    async def vet(self, url: str, resolver: Resolver) -> tuple[str, str, int]:
        """(host, vetted IP to connect to, port). Every resolved address must pass."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise BlockedAddress(f"refusing {parts.scheme or 'schemeless'} URL: only http and https are fetched")
        host = parts.hostname
        if not host:
            raise FetchError(f"URL has no host: {url}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"bad port in {url}") from exc
        addresses = await resolver.resolve(host, port)
        if not addresses:
            raise FetchError(f"{host} resolves to no address")
        for ip in addresses:
            self.check_ip(ip)
        return host, addresses[0], port
