#!/usr/bin/env bash
# Debian/Ubuntu libraries that Qt (xcb, WebEngine) needs, cairo for drawing SVG pictures
# (CairoSVG, render/pictures/svg.py), a virtual screen for the end-to-end test, and CJK fonts
# so Chinese text renders. Installs only what is missing, and only as root
# (or with sudo); elsewhere it prints what to install and goes on.
set -euo pipefail
packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2
  libcairo2
  xvfb xauth xclip xdotool fonts-noto-cjk
)
command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian system: install Qt's runtime libraries yourself"; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "missing system packages (install them as root): ${missing[*]}"; exit 0
  fi
fi
echo "installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
