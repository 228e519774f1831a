"""Retrying a request: exponential backoff with full jitter, honouring Retry-After.

deep-translator sends each request once, without a timeout, and drops the response when it
raises; this module is the retry it lacks. `install_recorder` puts a stand-in for `requests` into
a client's module that adds the timeout and keeps each thread's last response, so that
`classify_request_error` can read its status and Retry-After.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pipeline.translate.errors import TranslationError

T = TypeVar("T")


@dataclass(frozen=True)
class Retryable:
    """A failure worth another try: `reason` is shown to the user, so it carries no secret."""

    reason: str
    retry_after: float | None = None  # seconds the server asked us to wait


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded attempts; the wait before retry n (0-based) is uniform in [0, min(cap, base·2ⁿ)]."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must not be negative")

    def backoff(self, retry: int, rng: random.Random) -> float:
        """Full-jitter wait before retry number `retry` (0 for the first retry)."""
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * 2.0**retry))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from an HTTP Retry-After value (delay-seconds or an HTTP-date); None if unusable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def call_with_retry(
    call: Callable[[], T],
    *,
    name: str,
    policy: RetryPolicy,
    classify: Callable[[Exception], Retryable | None],
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
) -> T:
    """`call()`, tried again after the failures `classify` calls retryable.

    A failure `classify` rejects propagates at once. When the attempts run out, or the server asks
    for a longer wait than `policy.max_delay`, raises TranslationError "<name>: <reason> …". The
    original exception is not chained: it may quote a URL holding an API key.
    """
    rng = rng or random.Random()
    attempt = 1
    while True:
        try:
            return call()
        except Exception as exc:
            verdict = classify(exc)
            if verdict is None:
                raise
        if attempt == policy.attempts:
            tries = "attempt" if attempt == 1 else "attempts"
            raise TranslationError(f"{name}: {verdict.reason}; gave up after {attempt} {tries}")
        delay = verdict.retry_after
        if delay is None:
            delay = policy.backoff(attempt - 1, rng)
        elif delay > policy.max_delay:
            raise TranslationError(
                f"{name}: {verdict.reason}; the provider asked to wait {delay:g} s, "
                f"more than the {policy.max_delay:g} s limit"
            )
        sleep(delay)
        attempt += 1


_thread = threading.local()  # this thread's request timeout and last response


class _RecordingRequests:
    """Forwards to the real `requests` module; get/post get a timeout and are recorded."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def get(self, url: str, **kwargs: Any) -> Any:
        return self._send(self._real.get, url, **_key_out_of_url(kwargs, post=False))

    def post(self, url: str, **kwargs: Any) -> Any:
        return self._send(self._real.post, url, **_key_out_of_url(kwargs, post=True))

    def _send(self, method: Callable[..., Any], url: str, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", getattr(_thread, "timeout", 30.0))
        _thread.response = method(url, **kwargs)
        return _thread.response


# deep-translator sends some providers' keys as URL query parameters, which the provider's and
# every proxy's access logs keep. Where the provider's API takes the key elsewhere, it goes
# there: DeepL's in its Authorization header; a POST's parameters (LibreTranslate's api_key)
# in the form body. Yandex's client already posts its key in the body (translate, detect);
# QCRI's API takes it only in the query, so it stays there (tests/reliability/
# test_provider_keys.py).
_HEADER_KEYS = {"auth_key": "DeepL-Auth-Key {}"}
_BODY_KEYS = frozenset({"api_key"})


def _key_out_of_url(kwargs: dict[str, Any], *, post: bool) -> dict[str, Any]:
    params = dict(kwargs.get("params") or {})
    if not params:
        return kwargs
    headers = dict(kwargs.get("headers") or {})
    for name, template in _HEADER_KEYS.items():
        if name in params:
            headers["Authorization"] = template.format(params.pop(name))
    moved = {**kwargs, "params": params, "headers": headers}
    if post and _BODY_KEYS & params.keys() and "data" not in kwargs and "json" not in kwargs:
        moved["data"], moved["params"] = params, {}
    return moved


def install_recorder(module: Any) -> None:
    """Make `module.requests.get/post` time out and record their responses (idempotent)."""
    if not isinstance(module.requests, _RecordingRequests):
        module.requests = _RecordingRequests(module.requests)


def recorded_call(timeout: float, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`function(...)` with requests in this thread timing out after `timeout` seconds."""
    _thread.timeout = timeout
    _thread.response = None
    return function(*args, **kwargs)


def last_response() -> Any:
    """The last response a recorded request in this thread received, or None."""
    return getattr(_thread, "response", None)


# ServerException messages (deep-translator keeps no status code) that mean "try again later"
_BUSY = {"ERR_TOO_MANY_REQUESTS", "ERR_INTERNAL_SERVER_ERROR", "ERR_SERVICE_NOT_AVAIBLE"}
_ERRNO = re.compile(r"\[Errno -?\d+\] [^'\")]+")


def classify_request_error(exc: Exception, timeout: float) -> Retryable | None:
    """Retryable for timeouts, unreachable hosts, HTTP 429 and 5xx; None for anything else.

    The reason names the host and the OS error, never the URL (its query may hold a key).
    """
    import requests

    response = last_response()
    status = getattr(response, "status_code", None)
    if status is not None and (status == 429 or status >= 500):
        wait = parse_retry_after(response.headers.get("Retry-After"))
        return Retryable(f"HTTP {status} from the provider", wait)
    timeouts = requests.exceptions.Timeout | TimeoutError
    if isinstance(exc, timeouts) and not isinstance(exc, requests.exceptions.ConnectTimeout):
        return Retryable(f"no answer within {timeout:g} s")
    if isinstance(exc, requests.exceptions.ConnectionError | ConnectionError):
        host = urlsplit(getattr(getattr(exc, "request", None), "url", None) or "").hostname
        cause = _ERRNO.search(str(exc))
        detail = ": ".join(filter(None, [host, cause[0] if cause else type(exc).__name__]))
        return Retryable(f"cannot reach the provider ({detail})")
    kind = type(exc).__name__  # deep-translator's own exceptions, raised without a response
    if kind == "TooManyRequests" or (kind == "ServerException" and str(exc) in _BUSY):
        return Retryable(f"the provider is busy ({kind}: {exc})")
    return None


_REFUSALS = {
    401: "not authorised: check the API key",
    403: "not authorised: check the API key",
    404: "no such service at this address: check the engine URL",
    413: "the request is too large",
}


def refusal(status: int | None) -> str | None:
    """What a provider's final 4xx answer means, in words, or None when there is no such
    answer (retryable 429/5xx faults are described by the retry policy)."""
    if status is None or not 400 <= status < 500 or status == 429:
        return None
    meaning = _REFUSALS.get(status, "the provider refused the request")
    return f"the provider answered HTTP {status} ({meaning})"
