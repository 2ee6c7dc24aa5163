"""Fetch an article from a URL on a user's behalf, without becoming an SSRF hole.

The guard, applied to the first URL and again to every redirect hop (redirects are
followed here, by hand, at most MAX_REDIRECTS times):

- only `http` and `https`, and no credentials in the URL;
- the host is resolved, and EVERY address it resolves to must be public: loopback,
  private, link-local, multicast, reserved, unspecified, shared (CGNAT) and cloud
  metadata addresses are refused, including IPv4 addresses wrapped in IPv6
  (`::ffff:127.0.0.1`, 6to4);
- the connection then goes to the address that was checked (the URL's host is replaced
  by that IP; the Host header and TLS SNI/certificate check keep the real name), so a
  second DNS answer cannot swap in an internal address between check and connect
  (DNS rebinding). Proxies from the environment are ignored for the same reason.

`Settings.url_allowlist` names hosts or CIDRs that may be fetched despite the guard
(tests use it for a server on 127.0.0.1). The body is streamed and cut off past
`Settings.url_max_bytes` (after decompression, so a small gzip bomb is refused too); the
whole fetch, every hop included, has one timeout; only HTML, XHTML and plain text are
accepted. The article is extracted from HTML with trafilatura.

Every refusal or failure is a `UrlRefused` whose message says why.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import threading
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpx
import structlog

from briefsmith.config.settings import Settings
from briefsmith.core.errors import InvalidUrl, UrlRefused
from briefsmith.core.schema import ArticleInput

log = structlog.get_logger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]

ALLOWED_SCHEMES = frozenset({"http", "https"})
ALLOWED_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "Briefsmith/0.1 (article fetcher)"

# Instance-metadata endpoints. Most already fall in a refused range (link-local, ULA,
# CGNAT); naming them keeps the refusal message precise and survives range changes.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(address)
    for address in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, ...
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS over IPv6
        "100.100.100.200",  # Alibaba Cloud
    )
)


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(address, ipaddress.IPv6Address):
        return address.ipv4_mapped or address.sixtofour
    return None


def address_refusal(address: IPAddress) -> str | None:
    """Why an address must not be fetched, or None when it is a public address."""
    inner = _embedded_ipv4(address)
    if inner is not None:
        reason = address_refusal(inner)
        return f"{reason} (inside an IPv6 address)" if reason else None
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    checks = (
        (address.is_loopback, "a loopback address"),
        (address.is_unspecified, "an unspecified address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_private, "a private address"),
        (address.is_reserved, "a reserved address"),
        (not address.is_global, "a non-public address"),
    )
    return next((reason for refused, reason in checks if refused), None)


class UrlAllowList:
    """Hosts (exact, case-insensitive) and networks that bypass the address guard."""

    def __init__(self, entries: Iterable[str]):
        self.hosts: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in entries:
            entry = entry.strip().lower()
            if not entry:
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.hosts.add(entry.rstrip("."))

    def allows(self, host: str, address: IPAddress) -> bool:
        return host.lower().rstrip(".") in self.hosts or any(
            address in network for network in self.networks
        )


@dataclass(frozen=True)
class FetchedPage:
    url: str
    content_type: str
    encoding: str | None
    body: bytes


async def resolve_host(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (the system resolver). Raises UrlRefused."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise UrlRefused(f"cannot resolve host {host!r}") from error
    # Drop an IPv6 zone id ("fe80::1%eth0"); the address itself is what gets checked.
    addresses = {ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos}
    return sorted(addresses, key=lambda address: (address.version, int(address)))


_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
MAX_HOST_CHARS = 253
MAX_PORT = 65535


def _host_problem(url: httpx.URL) -> str | None:
    """Why the URL's host cannot name a server (None when it can): an IP literal, or a
    DNS name of 1-63-character labels (letters, digits, hyphens, underscores; IDNA
    names in their ASCII form), 253 characters at most."""
    host = url.raw_host.decode("ascii", "replace").lower()
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    name = host[:-1] if host.endswith(".") else host
    if len(name) > MAX_HOST_CHARS:
        return f"the host name is longer than {MAX_HOST_CHARS} characters"
    if not all(_HOST_LABEL.match(label) for label in name.split(".")):
        return "the host is not a valid host name"
    return None


def _checked_url(raw: str | httpx.URL) -> httpx.URL:
    """The URL if it is a well-formed http(s) URL without credentials; InvalidUrl when
    it cannot name a server at all, UrlRefused when it names one we do not fetch."""
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError) as error:
        raise InvalidUrl(f"not a valid URL: {error}") from None
    if url.scheme not in ALLOWED_SCHEMES:
        raise UrlRefused(
            f"only http and https URLs are fetched, not {url.scheme or 'a URL without a scheme'}"
        )
    if not url.host:
        raise InvalidUrl("the URL has no host")
    if url.port is not None and not 0 < url.port <= MAX_PORT:
        raise InvalidUrl(f"not a valid URL: port {url.port} is outside 1-{MAX_PORT}")
    problem = _host_problem(url)
    if problem is not None:
        raise InvalidUrl(f"not a valid URL: {problem}")
    if url.userinfo:
        raise UrlRefused("URLs with credentials in them are not fetched")
    return url


class UrlFetcher:
    """Guarded fetching. `transport` and `resolver` are for tests (a synthetic site and
    DNS); production uses httpx's default transport and the system resolver."""

    def __init__(
        self,
        *,
        allowlist: Iterable[str] = (),
        timeout_s: float = 10.0,
        max_bytes: int = 5_000_000,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver = resolve_host,
    ):
        self.allowlist = UrlAllowList(allowlist)
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.transport = transport
        self.resolver = resolver
        # Built once: creating a TLS context costs tens of milliseconds of CPU.
        self._tls = httpx.create_ssl_context()

    @classmethod
    def from_settings(cls, settings: Settings) -> UrlFetcher:
        return cls(
            allowlist=settings.url_allowlist,
            timeout_s=settings.url_fetch_timeout_s,
            max_bytes=settings.url_max_bytes,
        )

    async def pinned_address(self, url: httpx.URL) -> IPAddress:
        """The address to connect to, after checking every address the host resolves to."""
        try:
            addresses = [ipaddress.ip_address(url.host)]
        except ValueError:
            port = url.port or (443 if url.scheme == "https" else 80)
            addresses = await self.resolver(url.host, port)
        if not addresses:
            raise UrlRefused(f"host {url.host!r} has no addresses")
        for address in addresses:
            if self.allowlist.allows(url.host, address):
                continue
            reason = address_refusal(address)
            if reason:
                raise UrlRefused(f"{url.host} resolves to {address}, {reason}; not fetched")
        return addresses[0]

    async def fetch(self, raw_url: str) -> FetchedPage:
        try:
            async with asyncio.timeout(self.timeout_s):
                return await self._fetch(raw_url)
        except TimeoutError:
            raise UrlRefused(f"fetching the URL took longer than {self.timeout_s:g}s") from None
        except httpx.HTTPError as error:
            raise UrlRefused(f"could not fetch the URL ({type(error).__name__})") from None

    async def _fetch(self, raw_url: str) -> FetchedPage:
        url = _checked_url(raw_url)
        async with httpx.AsyncClient(
            transport=self.transport,
            verify=self._tls,
            trust_env=False,
            follow_redirects=False,
            timeout=self.timeout_s,
            headers={"User-Agent": USER_AGENT},
        ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                address = await self.pinned_address(url)
                host_header = url.netloc.decode("ascii")
                request = client.build_request(
                    "GET",
                    url.copy_with(host=str(address)),
                    headers={"Host": host_header, "Accept": "text/html, text/plain;q=0.9"},
                    extensions={"sni_hostname": url.host} if url.scheme == "https" else {},
                )
                response = await client.send(request, stream=True)
                try:
                    if response.status_code in REDIRECT_STATUSES:
                        location = response.headers.get("location")
                        if not location:
                            raise UrlRefused("the server redirected without a Location")
                        try:
                            url = _checked_url(url.join(location))
                        except (InvalidUrl, httpx.InvalidURL) as error:
                            # The user's URL was fine; the site's Location is not.
                            raise UrlRefused(
                                f"the server redirected to an invalid URL ({error})"
                            ) from None
                        continue
                    return await self._read_page(url, response)
                finally:
                    await response.aclose()
        raise UrlRefused(f"more than {MAX_REDIRECTS} redirects")

    async def _read_page(self, url: httpx.URL, response: httpx.Response) -> FetchedPage:
        if response.status_code != 200:
            raise UrlRefused(f"the server answered HTTP {response.status_code}")
        content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type not in ALLOWED_CONTENT_TYPES:
            raise UrlRefused(
                f"the URL serves {content_type or 'no content type'}; "
                "only HTML, XHTML and plain text are accepted"
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and len(declared) > 18:  # over any limit; int() would choke
            raise UrlRefused(f"the page is over the {self.max_bytes:,}-byte limit")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise UrlRefused(
                f"the page is {int(declared):,} bytes; the limit is {self.max_bytes:,} bytes"
            )
        chunks: list[bytes] = []
        received = 0
        async for chunk in response.aiter_bytes():
            received += len(chunk)
            if received > self.max_bytes:
                raise UrlRefused(f"the page is over the {self.max_bytes:,}-byte limit")
            chunks.append(chunk)
        return FetchedPage(
            url=str(url),
            content_type=content_type,
            encoding=response.charset_encoding,
            body=b"".join(chunks),
        )


# One HTML extraction at a time per process: trafilatura and lxml share parser state, and
# two extractions in worker threads at once crashed a test worker (a segmentation fault
# inside lxml while another thread was in trafilatura's metadata pass).
_EXTRACTION_LOCK = threading.Lock()


def _extract_html(page: FetchedPage) -> ArticleInput:
    import trafilatura  # imported lazily: it is slow to import and only URLs need it

    with _EXTRACTION_LOCK:
        document = trafilatura.bare_extraction(
            page.body,
            url=page.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise UrlRefused("no article text was found at the URL")
    title, sitename = getattr(document, "title", None), getattr(document, "sitename", None)
    return ArticleInput(text=text, title=title or None, source=sitename or None, url=page.url)


def _decode_plain(page: FetchedPage) -> ArticleInput:
    try:
        text = page.body.decode(page.encoding or "utf-8")
    except (LookupError, UnicodeDecodeError):
        raise UrlRefused("the page is not valid text in its declared encoding") from None
    return ArticleInput(text=text, url=page.url)


async def article_from_page(page: FetchedPage) -> ArticleInput:
    # Decoding and trafilatura's parsing are CPU work on up to url_max_bytes: off the
    # event loop, so other requests keep moving.
    if page.content_type == "text/plain":
        return await asyncio.to_thread(_decode_plain, page)
    return await asyncio.to_thread(_extract_html, page)


async def fetch_article(fetcher: UrlFetcher, url: str) -> ArticleInput:
    """The article at `url`, ready for cleaning. Raises UrlRefused."""
    page = await fetcher.fetch(url)
    article = await article_from_page(page)
    log.info(
        "url_fetched",
        host=httpx.URL(page.url).host,
        bytes=len(page.body),
        content_type=page.content_type,
    )
    return article
