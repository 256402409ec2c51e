#!/usr/bin/env bash
# Installs what LexCyr needs on Debian: ICU, libxml2, Hunspell (+ ru/kk dictionaries), Snowball,
# OpenSSL's libcrypto (SHA-256), poppler (for PDF input), and Python's jsonschema (to validate outputs in the tests).
# Safe to run again: it only installs what is missing.
set -euo pipefail

packages=(libicu-dev libxml2-dev libhunspell-dev hunspell-ru hunspell-kk libstemmer-dev libssl-dev poppler-utils pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  echo "setup: installing Python jsonschema" >&2
  python3 -m pip install -q jsonschema
fi
