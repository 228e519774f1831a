#!/usr/bin/env bash
# Installs everything content-pipeline needs on a Debian machine, idempotently:
# system packages (Apertium language pairs, hunspell dictionaries, the English medical word
# list that Norwegian and Swedish clinical loans are checked against) and a .venv with the package.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(apertium apertium-dan-nor apertium-swe-dan hunspell-da hunspell-no hunspell-sv hunspell-en-us hunspell-en-med hunspell-de-de libhunspell-dev python3-venv gettext)
# npm (for the SARIF Multitool the tests validate with) from Debian when no Node.js is here
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: need root to install: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Chromium for the HTML report's browser tests (Debian's; browsers are never downloaded)
bash scripts/setup-browser.sh

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
    echo "setup: installing Python packages into .venv"
    # build-backend chatter goes to a log, shown only when the install fails
    if ! { .venv/bin/python -m pip install -q --upgrade pip &&
        .venv/bin/python -m pip install -q -e '.[dev]'; } >.venv/pip.log 2>&1; then
        cat .venv/pip.log >&2
        echo "setup: pip install failed (log above, also in .venv/pip.log)" >&2
        exit 1
    fi
    rm -f .venv/.installed-*
    touch "$stamp"
fi
# The package's bytecode, as a non-editable pip install leaves it: a shell with
# PYTHONDONTWRITEBYTECODE set (this project's machines have it) would otherwise compile every
# module again in every process, about 0.2 s of CPU for one article's check. Quick when the
# .pyc files are up to date; a module edited later is compiled again when it is imported.
.venv/bin/python -m compileall -q pipeline >/dev/null

# npm devDependencies (the SARIF Multitool the tests validate `--format sarif` with); a stamp
# named by package-lock.json's hash inside node_modules makes it run once.
if command -v npm >/dev/null 2>&1; then
    npm_stamp=node_modules/.installed-$(sha256sum package-lock.json | cut -c1-16)
    if [ ! -f "$npm_stamp" ]; then
        echo "setup: installing npm packages into node_modules"
        if ! npm ci --no-audit --no-fund >.venv/npm.log 2>&1; then
            cat .venv/npm.log >&2
            echo "setup: npm ci failed (log above, also in .venv/npm.log)" >&2
            exit 1
        fi
        touch "$npm_stamp"
    fi
fi
