#!/usr/bin/env bash
# Owned by the store work: installs PostgreSQL from Debian, starts a throwaway cluster on 127.0.0.1,
# and appends SITREP_TEST_PG_URL=... to .ci/test-env.
set -euo pipefail
echo "setup-postgres: not written yet"
