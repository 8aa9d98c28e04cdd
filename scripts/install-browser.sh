#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the end-to-end tests (the tests never download a browser), and
# poppler-utils: the handout text tests read PDFs with pdftotext, as a patient's viewer would.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
echo "installing chromium, chromium-driver and poppler-utils from Debian..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
