#!/usr/bin/env bash
# Owned by the web work: installs Debian's chromium and appends SITREP_CHROMIUM=/usr/bin/chromium to .ci/test-env.
set -euo pipefail
echo "setup-chromium: not written yet"
