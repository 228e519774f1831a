"""Where Yandex's and QCRI's keys travel, through deep-translator's real clients and a real
HTTP server on 127.0.0.1 (issue #17, item 11).

Yandex's API (v1.5) takes its parameters as a POST body, and the client sends the key there;
QCRI's API is documented and used only with the key in the query string (GET
`…/translate?key=…`), so the key reaches that server's URL, but never one of our messages.
The clients' base URLs are pointed at the local server through deep-translator's own table
of base URLs; the requests are the clients' own.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest
from deep_translator import constants

from pipeline.translate import TranslationError, get_engine

SECRET = "sk-TEST/key+with&odd=chars"
FAST = {"base_delay": 0.01, "max_delay": 1.0, "timeout": 2.0}


@dataclass
class Request:
    method: str
    path: str  # with its query, as a server's access log keeps it
    headers: dict[str, str]
    body: str


@dataclass
class Provider:
    """Answers as Yandex (POST …/tr.json/translate) and QCRI (GET /translate?…) answer."""

    url: str = ""
    requests: list[Request] = field(default_factory=list)


@pytest.fixture
def provider() -> Iterator[Provider]:
    state = Provider()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            state.requests.append(Request(self.command, self.path, dict(self.headers), body))
            url = urlsplit(self.path)
            fields = {**parse_qs(url.query), **parse_qs(body)}
            text = fields.get("text", [""])[0]
            if url.path.endswith("/tr.json/translate"):
                answer: dict[str, object] = {"code": 200, "lang": "da-nb", "text": [f"[nb] {text}"]}
            else:
                answer = {"translatedText": f"[ar] {text}"}
            data = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def key_forms() -> set[str]:
    return {SECRET, quote(SECRET, safe=""), quote_plus(SECRET)}


def test_yandex_sends_its_key_in_the_post_body_never_in_the_url(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        constants.BASE_URLS, "YANDEX", provider.url + "/api/{version}/tr.json/{endpoint}"
    )
    monkeypatch.setenv("YANDEX_API_KEY", SECRET)
    engine = get_engine("yandex", **FAST)

    assert engine.translate_batch(["Muskeltrækninger er et symptom"], "da", "nb") == [
        "[nb] Muskeltrækninger er et symptom"
    ]
    (request,) = provider.requests
    assert request.method == "POST"
    assert request.path == "/api/v1.5/tr.json/translate"  # no query: nothing for a log to keep
    assert parse_qs(request.body)["key"] == [SECRET]
    assert not [h for h in request.headers.values() if any(k in h for k in key_forms())]


def test_qcri_can_only_send_its_key_in_the_query_and_our_messages_never_show_it(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(constants.BASE_URLS, "QCRI", provider.url + "/{endpoint}?")
    monkeypatch.setenv("QCRI_API_KEY", SECRET)
    engine = get_engine("qcri", domain="general", **FAST)

    assert engine.translate_batch(["Muscle twitches"], "en", "ar") == ["[ar] Muscle twitches"]
    (request,) = provider.requests
    assert request.method == "GET"
    assert parse_qs(urlsplit(request.path).query)["key"] == [SECRET]  # the API's only way

    with socket.socket() as sock:  # a port nothing listens on: the client's error names the URL
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setitem(constants.BASE_URLS, "QCRI", f"http://127.0.0.1:{port}/{{endpoint}}?")
    unreachable = get_engine("qcri", domain="general", attempts=2, **FAST)
    with pytest.raises(TranslationError) as error:
        unreachable.translate_batch(["Muscle twitches"], "en", "ar")
    shown = [str(error.value), repr(error.value), repr(unreachable)]
    assert str(error.value).startswith("qcri: cannot reach the provider (127.0.0.1")
    assert not [text for text in shown for form in key_forms() if form in text]
