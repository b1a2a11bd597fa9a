#!/bin/sh
# Installs headless Chromium and its WebDriver from the distribution's packages when they are
# missing, for DashboardPagesBrowserIT. Run by the all-in-one's pre-integration-test phase; a
# no-op when /usr/bin/chromium and /usr/bin/chromedriver are already there. Needs root (or sudo)
# and the distribution's package mirror; never downloads a browser from anywhere else.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo -n"
else
  echo "ensure-chromium: chromium/chromedriver missing and not root; install the packages" \
    "chromium and chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
/usr/bin/chromium --version
/usr/bin/chromedriver --version
