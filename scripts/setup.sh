#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine with Node 20 for this project: the system
# Chromium Remotion renders with (no browser download), a full ffmpeg (the layered renderer
# composites with it; Remotion's own ffmpeg lacks the filters), fallback fonts, tesseract with
# its French model (the OCR legibility test), then `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium-browser ] || [ -n "${REMOTION_BROWSER_EXECUTABLE:-}" ] || need+=(chromium)
ffmpeg -hide_banner -filters 2>/dev/null | grep -q " overlay " || need+=(ffmpeg)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qi "noto color emoji" || need+=(fonts-noto-color-emoji)
# OCR for the legibility test (test/ocr): tesseract and its French model.
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -n "$(find /usr/share/tesseract-ocr -name fra.traineddata 2>/dev/null)" ] || need+=(tesseract-ocr-fra)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
echo "Set up: $(chromium --version 2>/dev/null || echo "browser from \$REMOTION_BROWSER_EXECUTABLE"), $(ffmpeg -version | head -1), node $(node --version)"
