"""Entry point: commands are imported only when invoked, so `--help` and lint runs start fast."""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from typing import Any

import click

from pipeline import __version__
from pipeline.core.errors import PipelineError
from pipeline.core.lazy import load_instance

# The cyclic collector's default (700 allocations) runs it thousands of times over a catalog
# folder whose parsed units are freed by reference counting anyway: measured on 647 Django and
# Sphinx catalogs, `check` spent 15–23% less CPU with 100,000, for 6% more memory (292 → 309 MB).
# A young collection walks every container still alive since the last one (~0.5 µs each): a
# cold check keeps 300,000–500,000 of them (answers, memos, a file's units), so at 100,000 the
# 146 evaluation catalogs paid 4 collections, 0.18 s of CPU, to free ~1,300 objects; at a
# million none runs in a check of them, of the 1,294 Django and Sphinx catalogs or of the dev
# articles, with the same peak memory (cyclic garbage is rare here: most is freed at once).
GC_THRESHOLD = (1_000_000, 50, 100)

HELP_OR_VERSION = frozenset({"-h", "--help", "--version"})

# command name → "module:attribute"; adding a command is one line here and one module.
COMMANDS: dict[str, str] = {
    "check": "pipeline.cli.check:check",
    "run": "pipeline.cli.run:run",
    "glossary": "pipeline.cli.glossary:glossary",
    "schema": "pipeline.cli.schema:schema",
    "engines": "pipeline.cli.engines:engines",
    "translate": "pipeline.cli.translate:translate",
    "report": "pipeline.cli.report:report",
    "memory": "pipeline.cli.memory:memory",
    "rules": "pipeline.cli.rules:rules",
}

SHORT_HELP: dict[str, str] = {
    "check": "Check articles for terminology, language, spelling and artifacts.",
    "run": "Ingest, check and emit structured content for a folder of articles.",
    "glossary": "Work with the terminology glossary.",
    "schema": "Print the JSON Schema of the emitted content.",
    "engines": "List translation engines and their language pairs.",
    "translate": "Translate articles with glossary-enforced terms and validate them.",
    "report": "Write one self-contained HTML report of an output folder for editors.",
    "memory": "Import and export the translation memory (TMX).",
    "rules": "List every check, or show one check's documentation.",
}


class LazyGroup(click.Group):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """The console script's entry (`content-pipeline`, `python -m pipeline`); Click's test
        runner calls `main` instead, which returns or raises as usual.

        What every process would compile again (the regex engine's code for our modules'
        patterns, the methods of our dataclasses) is read from what earlier processes kept:
        0.04 s of a check's CPU. Not for help or the version, which compile little.

        The collector's threshold is raised here already, not only in `invoke`: the imports
        ahead of a command (our models, the checks) ran 27 collections, 2.5 ms of a check.
        pydantic's plugins are not looked for (`PYDANTIC_DISABLE_PLUGINS`, unless the user
        set it): the search reads every installed package's entry points, 5 ms of a check,
        and no plugin has any business with the models of a command-line run."""
        gc.set_threshold(*GC_THRESHOLD)
        if not HELP_OR_VERSION & set(sys.argv[1:]):
            os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
            from pipeline.core.compiled_patterns import keep_module_patterns
            from pipeline.core.kept_dataclass_code import keep_dataclass_code

            keep_module_patterns()
            keep_dataclass_code()
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as exc:
            exit_now(exc.code)
            raise

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        return load_instance(target, click.Command)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        gc.set_threshold(*GC_THRESHOLD)  # before a command's work; its worker processes inherit it
        try:
            return super().invoke(ctx)
        except PipelineError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            # Click would print "Aborted!" and exit 1, the code for "findings": a script must
            # tell an interrupt from findings, so exit 128 + SIGINT as shells do.
            click.echo("interrupted: outputs already written are kept", err=True)
            others = [t for t in threading.enumerate() if t is not threading.main_thread()]
            if any(t.is_alive() and not t.daemon for t in others):
                # requests to a provider that does not answer would hold the exit for their
                # whole timeout; every output is written atomically, so nothing is half-done
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(130)
            sys.exit(130)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="content-pipeline")
def cli() -> None:
    """content-pipeline: ingest, check, translate, validate and emit multilingual content."""


def exit_now(code: Any) -> None:
    """End the process with `code` (as `sys.exit` takes it) without tearing the interpreter
    down; returns only when that is not safe, for the caller to exit normally.

    Teardown frees every object one by one: after a one-article check that is 0.15 s of CPU,
    most of it hunspell freeing its Danish dictionary word by word, more than checking the
    article. Exit handlers still run (the Apertium chains are stopped, temporary folders
    removed) and the standard streams are flushed; every output file is already written and
    closed (atomically). A non-daemon thread still running keeps the normal exit, which waits
    for it; so does a standard stream that cannot be flushed (a closed pipe), which Python
    reports in its own way.
    """
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    if any(t.is_alive() and not t.daemon for t in others):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    if code is None:
        os._exit(0)
    if isinstance(code, int):
        os._exit(code & 0xFF)
    print(code, file=sys.stderr, flush=True)  # sys.exit("message") prints it and exits 1
    os._exit(1)
