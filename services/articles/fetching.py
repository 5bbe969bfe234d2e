"""The one way ClaimDesk fetches a URL: a guarded httpx client.

The guard sits where the socket is opened (an httpcore network backend), so every connection,
including each redirect hop and a DNS answer that changed since the last look, is checked against
the address rules: private, loopback, link-local, multicast, reserved and unspecified addresses are
refused unless ``allow_private`` is set (tests only). Size, time and redirects are capped.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from services.errors import FetchError


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def refused_literal_host(url: str) -> str | None:
    """The host of ``url`` when it is an IP literal the fetcher would refuse, else None.

    Lets the API turn such URLs away at once; host names are checked when the worker connects.
    """
    host = httpx.URL(url).host
    try:
        return None if is_public_address(host) else host
    except ValueError:
        return "localhost" if host.lower().rstrip(".") in ("localhost", "localhost.localdomain") else None


class AddressRefused(httpx.TransportError):
    """The host resolved to an address that the fetcher may not reach."""


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself, refuses forbidden addresses, then connects to a vetted address."""

    def __init__(self, allow_private: bool, allow_networks: tuple[str, ...] = ()) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._allow_networks = [ipaddress.ip_network(n) for n in allow_networks]

    def _allowed(self, address: str) -> bool:
        if self._allow_private or is_public_address(address):
            return True
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        return any(ip in network for network in self._allow_networks)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        refused = [a for a in addresses if not self._allowed(a)]
        if refused:
            raise AddressRefused(f"{host} resolves to a non-public address ({refused[0]})")
        last_error: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
        raise httpcore.ConnectError(str(last_error or f"cannot connect to {host}"))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise AddressRefused("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool that uses ``GuardedBackend``."""

    def __init__(self, allow_private: bool, allow_networks: tuple[str, ...] = ()) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl.create_default_context(),
            network_backend=GuardedBackend(allow_private, allow_networks),
            max_connections=10,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            core_response = self._pool.handle_request(core_request)
        except AddressRefused:
            raise
        except httpcore.TimeoutException as exc:
            raise httpx.TimeoutException(str(exc), request=request) from exc
        except httpcore.NetworkError as exc:
            raise httpx.NetworkError(str(exc), request=request) from exc
        except httpcore.ProtocolError as exc:
            raise httpx.ProtocolError(str(exc), request=request) from exc
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_ResponseStream(core_response),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        yield from self._response.iter_stream()

    def close(self) -> None:
        self._response.close()


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()  # e.g. an intranet range an operator trusts
    timeout_seconds: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "ClaimDeskBot/0.1"


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content_type: str
    text: str


def make_client(policy: FetchPolicy, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The safe client factory. Tests may pass an httpx transport for sites off this machine."""
    return httpx.Client(
        transport=transport or GuardedTransport(policy.allow_private, policy.allow_networks),
        timeout=httpx.Timeout(policy.timeout_seconds),
        follow_redirects=False,
        headers={"User-Agent": policy.user_agent, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"},
    )


def fetch(url: str, policy: FetchPolicy, transport: httpx.BaseTransport | None = None) -> Fetched:
    """GET ``url`` following at most ``max_redirects`` http(s) redirects; raise FetchError otherwise."""
    deadline = time.monotonic() + policy.timeout_seconds
    with make_client(policy, transport) as client:
        current = httpx.URL(url)
        for _ in range(policy.max_redirects + 1):
            if current.scheme not in ("http", "https"):
                raise FetchError(f"refused to fetch a {current.scheme or 'relative'} URL")
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        current = current.join(location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{current} answered HTTP {response.status_code}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > policy.max_bytes:
                            raise FetchError(f"{current} is larger than {policy.max_bytes} bytes")
                        if time.monotonic() > deadline:
                            raise FetchError(f"{current} took longer than {policy.timeout_seconds}s")
                    encoding = response.charset_encoding or "utf-8"
                    text = bytes(body).decode(encoding, errors="replace")
                    return Fetched(
                        str(current), response.status_code, response.headers.get("content-type", ""), text
                    )
            except AddressRefused as exc:
                raise FetchError(str(exc)) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"fetching {current} failed: {exc}") from exc
        raise FetchError(f"more than {policy.max_redirects} redirects")
