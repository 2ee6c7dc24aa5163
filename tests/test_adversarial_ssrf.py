"""SSRF address encodings against the URL guard (service/briefsmith/briefing/ingest.py).

Numeric hosts are resolved by the system resolver (getaddrinfo parses these forms itself,
without any lookup on the network), exactly as in production: decimal, octal, hex, short
forms, IPv4-mapped IPv6. Names (trailing-dot hosts, an allowlisted first hop that
redirects inward) use a synthetic resolver. The transport fails the test if the guard
ever lets a connection through to a refused address.
"""

from __future__ import annotations

import ipaddress

import httpx
import pytest
from briefsmith.briefing.ingest import UrlFetcher, fetch_article
from briefsmith.core.errors import UrlRefused


def synthetic_transport_that_must_not_connect(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the guard let a request through to {request.url}")


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://017700000001/",  # as one octal number
        "http://0x7f000001/",  # as one hex number
        "http://0x7f.0.0.1/",  # hex first octet
        "http://0x7f.1/",  # hex, short form
        "http://127.1/",  # short form
        "http://127.0.1/",
        "http://0/",  # 0.0.0.0
        "http://0177.0.0.1/",  # octal first octet
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped IPv6
        "http://[::ffff:7f00:1]/",
        "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",  # mapped cloud metadata address
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[2002:7f00:1::]/",  # 6to4 wrapping 127.0.0.1
        "http://169.254.169.254/latest/meta-data/",
        "http://2852039166/",  # 169.254.169.254 as a decimal number
        "http://10.1/",  # 10.0.0.1, short form
        "http://127。0。0。1/",  # ideographic full stops
        "http://LOCALHOST/",
    ],
)
async def test_encoded_internal_addresses_are_refused(url):
    fetcher = UrlFetcher(transport=httpx.MockTransport(synthetic_transport_that_must_not_connect))
    with pytest.raises(UrlRefused):
        await fetcher.fetch(url)


def synthetic_dns(table: dict[str, str]):
    async def resolve(host: str, _port: int):
        try:
            return [ipaddress.ip_address(table[host])]
        except KeyError:
            raise UrlRefused(f"cannot resolve host {host!r}") from None

    return resolve


@pytest.mark.parametrize("host", ["intranet.example.", "INTRANET.example.", "intranet.example"])
async def test_trailing_dot_and_case_hostnames_resolving_inward_are_refused(host):
    dns = {name: "10.0.0.7" for name in ("intranet.example.", "INTRANET.example.")}
    dns["intranet.example"] = "10.0.0.7"
    fetcher = UrlFetcher(
        transport=httpx.MockTransport(synthetic_transport_that_must_not_connect),
        resolver=synthetic_dns(dns),
    )
    with pytest.raises(UrlRefused, match="private"):
        await fetcher.fetch(f"http://{host}/page")


@pytest.mark.parametrize(
    "location",
    [
        "http://127.1/admin",
        "http://2130706433/admin",
        "http://[::ffff:127.0.0.1]/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://intranet.example./admin",
        "//10.0.0.7/admin",  # scheme-relative
    ],
)
async def test_an_allowlisted_first_hop_cannot_redirect_inward(location):
    sent: list[str] = []

    def synthetic_allowlisted_site(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        if request.headers["host"] == "news.example":
            return httpx.Response(302, headers={"Location": location})
        raise AssertionError(f"followed the redirect to {request.url}")

    fetcher = UrlFetcher(
        allowlist=["news.example"],
        transport=httpx.MockTransport(synthetic_allowlisted_site),
        resolver=synthetic_dns({"news.example": "10.0.0.5", "intranet.example.": "10.0.0.7"}),
    )
    with pytest.raises(UrlRefused):
        await fetch_article(fetcher, "http://news.example/story")
    assert sent == ["http://10.0.0.5/story"]  # the allowlisted hop only


async def test_an_allowlisted_name_with_a_trailing_dot_is_still_that_name():
    """The allowlist matches a host with or without its trailing dot, and nothing else."""

    def synthetic_site(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "text/plain"}, text="The synthetic board met. It voted."
        )

    fetcher = UrlFetcher(
        allowlist=["news.example"],
        transport=httpx.MockTransport(synthetic_site),
        resolver=synthetic_dns({"news.example.": "10.0.0.5", "news.example.evil.": "10.0.0.6"}),
    )
    article = await fetch_article(fetcher, "http://news.example./story")
    assert "board met" in article.text
    with pytest.raises(UrlRefused, match="private"):
        await fetch_article(fetcher, "http://news.example.evil./story")
