"""URL ingestion: a synthetic news site on 127.0.0.1 (allow-listed) and the SSRF guard."""

from __future__ import annotations

import ipaddress

import httpx
import pytest
from briefsmith.briefing.ingest import UrlFetcher, address_refusal, fetch_article
from briefsmith.core.errors import UrlRefused

from tests.api_synthetic import SyntheticEngine, api_client, make_app, synthetic_news_site


@pytest.fixture
def site():
    with synthetic_news_site() as (base_url, seen):
        yield base_url, seen


def allowlisted_app(tmp_path, engine=None, **settings):
    return make_app(tmp_path, engine, settings={"url_allowlist": "127.0.0.1", **settings})


async def test_brief_from_a_url_on_an_allowlisted_local_server(tmp_path, site):
    base_url, seen = site
    engine = SyntheticEngine()
    async with api_client(allowlisted_app(tmp_path, engine)) as client:
        response = await client.post("/v1/briefs", json={"url": f"{base_url}/article.html"})
    assert response.status_code == 201, response.text
    article = response.json()["article"]
    assert article["url"] == f"{base_url}/article.html"
    assert article["title"] == "Riverton approves bridge repairs"
    assert article["source"] == "Synthetic Gazette"
    assert "approved a budget of $4.2 million" in article["text"]
    assert "Copyright" not in article["text"] and "Sport" not in article["text"]
    assert response.json()["brief"]["situation"].startswith("The Riverton city council")
    assert seen == [("/article.html", base_url.removeprefix("http://"))]


async def test_plain_text_url_and_a_followed_redirect(tmp_path, site):
    base_url, seen = site
    async with api_client(allowlisted_app(tmp_path)) as client:
        plain = await client.post("/v1/briefs", json={"url": f"{base_url}/article.txt"})
        redirected = await client.post("/v1/briefs", json={"url": f"{base_url}/to-article"})
    assert plain.status_code == 201, plain.text
    assert redirected.status_code == 201, redirected.text
    assert redirected.json()["article"]["url"] == f"{base_url}/article.html"
    assert [path for path, _host in seen] == ["/article.txt", "/to-article", "/article.html"]


async def test_a_private_address_is_refused_when_the_allowlist_is_off(tmp_path, site):
    base_url, seen = site
    engine = SyntheticEngine()
    async with api_client(make_app(tmp_path, engine)) as client:
        response = await client.post("/v1/briefs", json={"url": f"{base_url}/article.html"})
    assert response.status_code == 422
    assert response.json()["code"] == "url-refused"
    assert "loopback" in response.json()["detail"]
    assert seen == []  # refused before connecting
    assert engine.calls == 0


async def test_a_hostname_that_resolves_to_loopback_is_refused(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        response = await client.post("/v1/briefs", json={"url": "http://localhost:9/admin"})
    assert response.status_code == 422
    assert "localhost resolves to" in response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/to-metadata", "169.254.169.254, a cloud metadata address"),
        ("/to-private", "10.20.30.40, a private address"),
        ("/loop", "more than 5 redirects"),
        ("/image.png", "serves image/png"),
        ("/huge.html", "the limit is 100,000 bytes"),
        ("/missing", "HTTP 404"),
    ],
)
async def test_each_hop_and_each_page_is_checked(tmp_path, site, path, reason):
    base_url, seen = site
    app = allowlisted_app(tmp_path, url_max_bytes=100_000)
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"url": f"{base_url}{path}"})
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "url-refused"
    assert reason in response.json()["detail"]
    assert all(not host.startswith("169.254") for _path, host in seen)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.8", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.10.10", "link-local"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("240.0.0.1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "metadata"),
        ("2002:a00:1::", "private"),
    ],
)
def test_non_public_addresses_are_refused(address, reason):
    refusal = address_refusal(ipaddress.ip_address(address))
    assert refusal is not None and reason in refusal


@pytest.mark.parametrize("address", ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_pass(address):
    assert address_refusal(ipaddress.ip_address(address)) is None


async def test_connection_goes_to_the_checked_address_with_the_real_host_name():
    """DNS-rebinding guard: the request is sent to the IP that passed the check, while
    Host and TLS SNI keep the name. (Synthetic DNS and transport; no network.)"""
    sent: list[httpx.Request] = []
    answers = iter([[ipaddress.ip_address("93.184.216.34")], [ipaddress.ip_address("127.0.0.1")]])

    async def synthetic_rebinding_dns(_host, _port):
        return next(answers)

    def synthetic_site(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            200,
            headers={"Content-Type": "text/plain"},
            text="The synthetic council met. It voted to repair bridges.",
        )

    fetcher = UrlFetcher(
        transport=httpx.MockTransport(synthetic_site), resolver=synthetic_rebinding_dns
    )
    article = await fetch_article(fetcher, "https://news.example/story")
    assert article.url == "https://news.example/story"
    assert [str(request.url) for request in sent] == ["https://93.184.216.34/story"]
    assert sent[0].headers["host"] == "news.example"
    assert sent[0].extensions["sni_hostname"] == "news.example"

    # The second answer (rebinding to loopback) is checked and refused, not connected to.
    with pytest.raises(UrlRefused, match="loopback"):
        await fetch_article(fetcher, "https://news.example/story")
    assert len(sent) == 1


async def test_a_host_with_any_private_address_is_refused():
    async def synthetic_split_dns(_host, _port):
        return [ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("10.1.1.1")]

    fetcher = UrlFetcher(
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
        resolver=synthetic_split_dns,
    )
    with pytest.raises(UrlRefused, match=r"10\.1\.1\.1, a private address"):
        await fetcher.fetch("http://split.example/")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.com/", "only http and https"),
        ("http://user:pass@example.com/", "credentials"),
        ("http:///no-host", "no host"),
    ],
)
async def test_urls_refused_before_any_lookup(url, reason):
    async def synthetic_dns_must_not_be_called(_host, _port):
        raise AssertionError("resolved a URL that should have been refused first")

    fetcher = UrlFetcher(resolver=synthetic_dns_must_not_be_called)
    with pytest.raises(UrlRefused, match=reason):
        await fetcher.fetch(url)


async def test_a_slow_server_hits_the_fetch_timeout():
    import asyncio

    async def synthetic_public_dns(_host, _port):
        return [ipaddress.ip_address("93.184.216.34")]

    async def synthetic_stalling_site(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200)

    fetcher = UrlFetcher(
        transport=httpx.MockTransport(synthetic_stalling_site),
        resolver=synthetic_public_dns,
        timeout_s=0.2,
    )
    with pytest.raises(UrlRefused, match=r"longer than 0\.2s"):
        await fetcher.fetch("http://slow.example/")
