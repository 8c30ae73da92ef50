#!/usr/bin/env bash
# The Debian packages the tests render and browse with. Installs what is missing (as root, or
# with sudo), so `npm test` and `.ci/run` work on a fresh machine. Quiet when all is there.
set -uo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v soffice >/dev/null || missing+=(libreoffice-writer)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v pandoc >/dev/null || missing+=(pandoc)  # npm run bench compares export with pandoc
fonts=$(fc-list 2>/dev/null)
grep -q "Noto Serif CJK" <<<"$fonts" && grep -q "Noto Sans CJK" <<<"$fonts" || missing+=(fonts-noto-cjk)
grep -qi "Liberation Serif" <<<"$fonts" || missing+=(fonts-liberation2)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "缺少测试所需的系统软件包，请以管理员身份运行：apt-get install ${missing[*]}" >&2
    echo "missing system packages; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq || exit 1
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || exit 1
