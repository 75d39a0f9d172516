#!/usr/bin/env bash
# Installs and starts what the integration tests use, on Debian (as root, as in CI):
# a throwaway PostgreSQL cluster on a loopback port, and Chromium for the browser tests.
# Safe to run again. Writes the variables the tests read to .ci/test-env (sourced by .ci/run).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/setup-postgres.sh"
bash "$here/setup-chromium.sh"
