import asyncio

import pytest

from storyline.errors import BlockedAddress
from storyline.ingest.netpolicy import AddressPolicy, SystemResolver


class StubResolver:
    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers

    async def resolve(self, host: str, port: int) -> list[str]:
        return self.answers[host]


@pytest.mark.parametrize(("ip", "reason"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.9", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "CGNAT"), ("224.0.0.1", "multicast"),
    ("0.0.0.0", "unspecified"), ("255.255.255.255", "refusing"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("fd00::1", "unique local"), ("::ffff:127.0.0.1", "IPv4"), ("::ffff:10.0.0.1", "IPv4"), ("::", "unspecified"),
    ("2002:7f00:1::1", "IPv4"), ("ff02::1", "multicast"),
])
def test_refused_address_classes(ip: str, reason: str) -> None:
    with pytest.raises(BlockedAddress, match=reason):
        AddressPolicy().check_ip(ip)


@pytest.mark.parametrize("ip", ["93.184.216.34", "2606:4700:4700::1111", "8.8.8.8"])
def test_public_addresses_pass(ip: str) -> None:
    AddressPolicy().check_ip(ip)


def test_allow_networks_opens_chosen_ranges() -> None:
    policy = AddressPolicy(("127.0.0.1/32", "10.1.0.0/16"))
    policy.check_ip("127.0.0.1")
    policy.check_ip("10.1.200.3")
    with pytest.raises(BlockedAddress):
        policy.check_ip("10.2.0.1")


@pytest.mark.parametrize("url", ["http://2130706433/", "http://0x7f.1/", "http://017700000001/", "http://127.1/",
                                 "http://[::1]/", "http://localhost/"])
def test_odd_notations_resolve_to_loopback_and_are_refused(url: str) -> None:
    with pytest.raises(BlockedAddress):
        asyncio.run(AddressPolicy().vet(url, SystemResolver()))


def test_every_resolved_address_must_pass() -> None:
    resolver = StubResolver({"rebind.example": ["93.184.216.34", "127.0.0.1"]})
    with pytest.raises(BlockedAddress, match="loopback"):
        asyncio.run(AddressPolicy().vet("http://rebind.example/feed", resolver))


def test_only_http_and_https() -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x/"):
        with pytest.raises(BlockedAddress, match="only http and https"):
            asyncio.run(AddressPolicy().vet(url, SystemResolver()))
