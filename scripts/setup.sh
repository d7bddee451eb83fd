#!/usr/bin/env bash
# Set up a fresh machine for Banshi: a virtualenv with Banshi installed.
#   scripts/setup.sh        what `banshi` needs to run (no server: SQLite is embedded)
#   scripts/setup.sh --dev  also the test tools and the system packages the tests use
set -euo pipefail
cd "$(dirname "$0")/.."

dev=false
[ "${1:-}" = "--dev" ] && dev=true

if $dev; then
  # Debian packages the tests talk to for real: Redis, Chromium (Playwright drives it),
  # espeak-ng and ffmpeg (speech), CJK, Tibetan and Yi fonts (large-print cards).
  missing=()
  for package in redis-server chromium espeak-ng ffmpeg fonts-noto-cjk fonts-dejavu-core \
    fonts-tibetan-machine fonts-sil-nuosusil; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    if [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; then
      echo "setup: please install ${missing[*]} (apt-get install ${missing[*]}); the tests need them" >&2
    else
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
fi

python=${PYTHON:-python3.11}
command -v "$python" >/dev/null 2>&1 || python=python3
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if $dev; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
