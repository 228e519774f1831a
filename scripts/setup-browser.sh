#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML report's browser tests and screenshots, idempotently.
# Browsers are never downloaded at run time (no `playwright install`): the tests drive this
# system browser at /usr/bin/chromium.
set -euo pipefail

if [ -x /usr/bin/chromium ] && dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "setup-browser: need root to install: chromium" >&2
    exit 1
fi
echo "setup-browser: installing chromium"
apt-get update -qq
# fonts-dejavu-core: readable text (and Nordic letters) in headless screenshots
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
