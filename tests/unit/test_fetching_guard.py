"""The guarded fetcher refuses private addresses at connect time, also after redirects."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import httpx
import pytest

from services.articles.fetching import FetchPolicy, fetch, is_public_address, refused_literal_host
from services.errors import FetchError


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "224.0.0.1",
        "0.0.0.0",
        "::ffff:127.0.0.1",
        "100.64.0.1",
        "fc00::1",
    ],
)
def test_non_public_addresses(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address):
    assert is_public_address(address)


def test_literal_hosts_refused_up_front():
    assert refused_literal_host("http://127.0.0.1:8080/x") == "127.0.0.1"
    assert refused_literal_host("http://169.254.169.254/latest/meta-data/") == "169.254.169.254"
    assert refused_literal_host("http://[::1]/") == "::1"
    assert refused_literal_host("http://localhost/") == "localhost"
    assert refused_literal_host("https://example.org/story") is None


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/redirect-private":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        body = b"x" * (50_000 if self.path == "/big" else 100)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def local_site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_loopback_is_refused_by_default(local_site):
    with pytest.raises(FetchError, match="non-public address"):
        fetch(f"{local_site}/page", FetchPolicy())


def test_metadata_address_is_refused():
    with pytest.raises(FetchError, match="non-public address"):
        fetch("http://169.254.169.254/latest/meta-data/", FetchPolicy(timeout_seconds=2))


def test_allowed_when_configured_for_tests(local_site):
    fetched = fetch(f"{local_site}/page", FetchPolicy(allow_private=True))
    assert fetched.status == 200
    assert fetched.text == "x" * 100


def test_redirect_to_private_is_refused_even_when_first_hop_is_allowed(local_site):
    # The first hop (127.0.0.1) is let through by an allowed network; the redirect target is not.
    policy = FetchPolicy(allow_networks=("127.0.0.0/8",), timeout_seconds=3)
    assert fetch(f"{local_site}/page", policy).status == 200
    with pytest.raises(FetchError, match=r"non-public address \(169\.254\.169\.254\)"):
        fetch(f"{local_site}/redirect-private", policy)


def test_size_and_redirect_caps(local_site):
    with pytest.raises(FetchError, match="larger than"):
        fetch(f"{local_site}/big", FetchPolicy(allow_private=True, max_bytes=10_000))
    with pytest.raises(FetchError, match="redirects"):
        fetch(f"{local_site}/loop", FetchPolicy(allow_private=True, max_redirects=3))


def test_sends_a_clear_user_agent():
    seen = {}

    def site(request: httpx.Request) -> httpx.Response:
        seen["ua"] = request.headers["user-agent"]
        return httpx.Response(200, text="<p>hello</p>", headers={"Content-Type": "text/html"})

    fetch(
        "https://news.example/",
        FetchPolicy(user_agent="ClaimDeskBot/test"),
        transport=httpx.MockTransport(site),
    )
    assert seen["ua"] == "ClaimDeskBot/test"
