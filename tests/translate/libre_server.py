"""A LibreTranslate stand-in on 127.0.0.1 for tests: the API deep-translator's client speaks.

deep-translator's LibreTranslator sends `POST <base>translate` with q, source, target, format and
(when it has one) api_key as query-string parameters and reads `translatedText` from the JSON
answer. Real LibreTranslate also takes them as a form or JSON body, so this server reads all three.
It translates English to German word by word from a small table (other words pass through; other
pairs get a "[xx] " prefix), and can be told to answer the next requests with 429, 500 or 403, or
to hang, before it answers normally. It counts every request and its peak concurrency.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

EN_DE = {
    "a": "ein", "and": "und", "are": "sind", "day": "Tag", "good": "gut", "hello": "hallo",
    "is": "ist", "muscle": "Muskel", "cramps": "Krämpfe", "the": "die", "symptom": "Symptom",
    "this": "dies", "world": "Welt", "sentence": "Satz", "long": "lang", "text": "Text",
}  # fmt: skip


def translate(text: str, source: str, target: str) -> str:
    """What the fake answers: the deterministic translation tests compare against."""
    if (source, target) != ("en", "de"):
        return f"[{target}] {text}"

    def word(match: re.Match[str]) -> str:
        german = EN_DE.get(match[0].lower(), match[0])
        return german[0].upper() + german[1:] if match[0][0].isupper() else german

    return re.sub(r"[A-Za-z]+", word, text)


@dataclass
class FakeLibreTranslate:
    """Scripted LibreTranslate: `script` holds the answers to the next requests, in order."""

    # "429", "500", "403", "hang", "garbled" (200, not JSON), "empty" (200, no field); then "ok"
    script: list[str] = field(default_factory=list)
    retry_after: str | None = "0"  # Retry-After header of a 429; None: no header
    hang_seconds: float = 2.0  # how long a "hang" answer waits (ends early at stop())
    delays: dict[str, float] = field(default_factory=dict)  # q → seconds before answering
    requests: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # each request's path with its query
    peak_concurrency: int = 0
    arrivals: list[float] = field(default_factory=list)  # time.monotonic() of each request
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _release: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def texts(self) -> list[str]:
        return [request.get("q", "") for request in self.requests]

    def next_answer(self, params: dict[str, str]) -> str:
        with self._lock:
            self.requests.append(params)
            self.arrivals.append(time.monotonic())
            self._in_flight += 1
            self.peak_concurrency = max(self.peak_concurrency, self._in_flight)
            return self.script.pop(0) if self.script else "ok"

    def done(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def wait(self, seconds: float) -> None:
        self._release.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        if urlsplit(self.path).path != "/languages":
            return self._json(404, {"error": "Not Found"})
        english = {"code": "en", "name": "English", "targets": ["de"]}
        self._json(200, [english, {"code": "de", "name": "German", "targets": ["en"]}])

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/translate":
            return self._json(404, {"error": "Not Found"})
        params = dict(parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        if self.headers.get("Content-Type", "").startswith("application/json"):
            params |= json.loads(body)
        elif body:
            params |= dict(parse_qsl(body))
        fake: FakeLibreTranslate = self.server.fake
        fake.paths.append(self.path)
        answer = fake.next_answer(params)
        self._in_flight = True
        try:
            self._answer(fake, answer, params)
        finally:
            self._leave(fake)

    def _leave(self, fake: FakeLibreTranslate) -> None:
        # before the answer goes out: the client may send its next request the moment it has
        # the answer, and that request must not count as running beside this one
        if getattr(self, "_in_flight", False):
            self._in_flight = False
            fake.done()

    def _answer(self, fake: FakeLibreTranslate, answer: str, params: dict[str, str]) -> None:
        if answer == "hang":
            fake.wait(fake.hang_seconds)
        elif answer == "429":
            headers = {"Retry-After": fake.retry_after} if fake.retry_after is not None else {}
            return self._json(429, {"error": "Slowdown: 1 per 1 second"}, headers)
        elif answer == "500":
            return self._json(500, {"error": "Internal Server Error"})
        elif answer == "403":
            return self._json(403, {"error": "Invalid API key"})
        elif answer == "garbled":
            return self._raw(200, b"<html>upstream proxy error")
        elif answer == "empty":
            return self._json(200, {"detectedLanguage": {"language": "en"}})
        missing = [name for name in ("q", "source", "target") if name not in params]
        if missing:
            return self._json(400, {"error": f"Invalid request: missing {missing[0]} parameter"})
        fake.wait(fake.delays.get(params["q"], 0.0))
        self._json(200, {"translatedText": translate(**_pick(params))})

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._raw(status, json.dumps(payload).encode("utf-8"), headers)

    def _raw(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        self._leave(self.server.fake)
        try:
            self.send_response(status)
            for name, value in {**(headers or {}), "Content-Type": "application/json"}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a "hang" answer): nothing to tell it


def _pick(params: dict[str, str]) -> dict[str, str]:
    return {"text": params["q"], "source": params["source"], "target": params["target"]}


@contextmanager
def running(fake: FakeLibreTranslate | None = None) -> Iterator[FakeLibreTranslate]:
    """`fake` serving on 127.0.0.1 (a free port) until the block ends."""
    fake = fake or FakeLibreTranslate()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.fake = fake  # type: ignore[attr-defined]
    fake._server = server
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="fake-libre", daemon=True
    )
    thread.start()
    try:
        yield fake
    finally:
        fake._release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
