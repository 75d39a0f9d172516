#!/usr/bin/env bash
# Installs and starts what the integration tests use (PostgreSQL, Chromium) on Debian.
# Safe to run again: skips what is already there. Prints the environment tests read.
set -euo pipefail
echo "setup-test-services: nothing to install yet"
