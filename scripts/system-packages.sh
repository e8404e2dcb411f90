#!/usr/bin/env bash
# The Debian packages the test suite needs beyond Python: Chromium for the browser tests,
# xmlsec1 for the SAML tests, pango and fonts (Latin, Arabic, Gurmukhi, Chinese) for
# certificate PDFs and fact sheets, nginx for the
# cluster tests. Used by `make test`
# and `.ci/run`.
#
#   scripts/system-packages.sh install [EXTRA...]  install what is missing (and EXTRA)
#                                                  where this user may (root with
#                                                  apt-get), else say how (and
#                                                  exit 1)
#   scripts/system-packages.sh notice              say again what is still missing (the
#                                                  end of a test run)
set -uo pipefail

missing() {
  local need=()
  command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 ||
    need+=(chromium)
  command -v xmlsec1 >/dev/null 2>&1 || need+=(xmlsec1)
  dpkg -s libpango-1.0-0 >/dev/null 2>&1 || need+=(libpango-1.0-0 libpangoft2-1.0-0)
  dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
  # Arabic and Gurmukhi (Punjabi), and Simplified Chinese, for the learner languages'
  # certificates and fact sheets.
  dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  echo "${need[@]}"
}

say_how() {
  local need="$1"
  echo "************************************************************************"
  echo "Missing system packages: $need"
  echo "The tests that need them are skipped (browser tests without chromium, SAML"
  echo "tests without xmlsec1, certificate PDFs without pango, cluster tests without"
  echo "nginx). Install them with:"
  echo "    sudo apt-get install $need"
  echo "************************************************************************"
}

case "${1:-}" in
install)
  shift
  need="$(missing)"
  wanted=($need "$@")
  ((${#wanted[@]})) || exit 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${wanted[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq && apt-get install -y -qq "${wanted[@]}" >/dev/null; then
      exit 0
    fi
    echo "apt-get could not install them."
  fi
  still="$(missing)"
  [ -z "$still" ] || { say_how "$still"; exit 1; }
  ;;
notice)
  still="$(missing)"
  [ -z "$still" ] || say_how "$still"
  ;;
*)
  echo "usage: $0 install [PACKAGE...] | notice" >&2
  exit 2
  ;;
esac
exit 0
