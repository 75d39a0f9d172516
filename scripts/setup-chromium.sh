#!/usr/bin/env bash
# Owned by the web work: installs Debian's chromium for the browser tests (test/web) when it is missing,
# and appends SITREP_CHROMIUM=/usr/bin/chromium to .ci/test-env. Safe to run again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
env_file="$here/../.ci/test-env"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "setup-chromium: chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
bin="$(command -v chromium)"
"$bin" --version
mkdir -p "$(dirname "$env_file")"
touch "$env_file"
grep -q '^SITREP_CHROMIUM=' "$env_file" || echo "SITREP_CHROMIUM=$bin" >> "$env_file"
