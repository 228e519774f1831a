"""Retry policy: full-jitter backoff, Retry-After, and which failures are tried again."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from pipeline.translate.errors import TranslationError
from pipeline.translate.retry import (
    Retryable,
    RetryPolicy,
    call_with_retry,
    classify_request_error,
    parse_retry_after,
)


class Flaky:
    """Fails with the given exceptions, in order, then returns "done"; counts its calls."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "done"


def busy(exc: Exception) -> Retryable | None:
    if isinstance(exc, TimeoutError):
        return Retryable("busy", retry_after=None)
    if isinstance(exc, ConnectionRefusedError):
        return Retryable("asked to wait", retry_after=2.0)
    return None


def test_backoff_is_uniform_up_to_base_times_two_to_the_retry_capped_by_max_delay() -> None:
    policy = RetryPolicy(attempts=6, base_delay=1.0, max_delay=5.0)
    expected_rng = random.Random(7)
    expected = [expected_rng.uniform(0, cap) for cap in (1.0, 2.0, 4.0, 5.0, 5.0)]

    rng = random.Random(7)
    assert [policy.backoff(retry, rng) for retry in range(5)] == expected


def test_the_sleeps_between_attempts_follow_the_seeded_schedule() -> None:
    policy = RetryPolicy(attempts=4, base_delay=1.0, max_delay=3.0)
    slept: list[float] = []
    flaky = Flaky(TimeoutError(), TimeoutError(), TimeoutError())

    result = call_with_retry(
        flaky, name="p", policy=policy, classify=busy, sleep=slept.append, rng=random.Random(1)
    )

    schedule = random.Random(1)
    assert result == "done"
    assert flaky.calls == 4
    assert slept == [schedule.uniform(0, 1.0), schedule.uniform(0, 2.0), schedule.uniform(0, 3.0)]


def test_retry_after_replaces_the_backoff() -> None:
    slept: list[float] = []
    flaky = Flaky(ConnectionRefusedError(), ConnectionRefusedError())

    call_with_retry(flaky, name="p", policy=RetryPolicy(), classify=busy, sleep=slept.append)

    assert slept == [2.0, 2.0]


def test_a_retry_after_longer_than_max_delay_gives_up_at_once_and_says_so() -> None:
    slept: list[float] = []
    flaky = Flaky(ConnectionRefusedError())

    with pytest.raises(TranslationError) as error:
        call_with_retry(
            flaky,
            name="deepl",
            policy=RetryPolicy(max_delay=1.0),
            classify=busy,
            sleep=slept.append,
        )

    assert str(error.value) == (
        "deepl: asked to wait; the provider asked to wait 2 s, more than the 1 s limit"
    )
    assert (flaky.calls, slept) == (1, [])


def test_a_non_retryable_error_propagates_after_one_call() -> None:
    flaky = Flaky(ValueError("bad request"))

    with pytest.raises(ValueError, match="bad request"):
        call_with_retry(flaky, name="p", policy=RetryPolicy(), classify=busy, sleep=lambda _: None)

    assert flaky.calls == 1


def test_giving_up_names_the_provider_the_reason_and_the_attempts() -> None:
    flaky = Flaky(*[TimeoutError()] * 3)

    with pytest.raises(TranslationError) as error:
        call_with_retry(
            flaky, name="libre", policy=RetryPolicy(attempts=3), classify=busy, sleep=lambda _: None
        )

    assert str(error.value) == "libre: busy; gave up after 3 attempts"
    assert error.value.__cause__ is None
    assert flaky.calls == 3


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("soon", None),
        ("", None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(value: str, seconds: float | None) -> None:
    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)

    assert parse_retry_after(value, now=now) == seconds


def test_a_retry_after_date_in_the_past_means_no_wait() -> None:
    now = datetime(2030, 1, 1, tzinfo=UTC)

    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=now) == 0.0


def test_bad_policies_are_refused() -> None:
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)


@pytest.mark.parametrize(
    ("exception", "reason"),
    [
        ("TooManyRequests", "the provider is busy (TooManyRequests: slow down)"),
        ("ServerException", "the provider is busy (ServerException: ERR_SERVICE_NOT_AVAIBLE)"),
    ],
)
def test_deep_translators_busy_exceptions_are_retryable(exception: str, reason: str) -> None:
    from deep_translator import exceptions

    exc = (
        exceptions.TooManyRequests("slow down")
        if exception == "TooManyRequests"
        else exceptions.ServerException(503)
    )

    assert classify_request_error(exc, timeout=1.0) == Retryable(reason)


@pytest.mark.parametrize("status", [400, 401, 413, 422])
def test_deep_translators_client_errors_are_not_retried(status: int) -> None:
    from deep_translator import exceptions

    exc = exceptions.ServerException(status)

    assert classify_request_error(exc, timeout=1.0) is None


def test_authorization_and_language_errors_are_not_retried() -> None:
    from deep_translator import exceptions

    assert classify_request_error(exceptions.AuthorizationException("k"), 1.0) is None
    assert classify_request_error(exceptions.LanguageNotSupportedException("xx"), 1.0) is None
