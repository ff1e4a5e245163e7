#!/usr/bin/env bash
# Renders the per-OS application icons from trustflow.svg. The outputs are committed, so a build never needs
# these tools; run this only after changing the SVG.
# Needs: ImageMagick (convert), icnsutils (png2icns). On Debian: apt-get install -y imagemagick icnsutils
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pkg="$(dirname "$here")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

render() { # size output
  convert -background none -density 1536 "$here/trustflow.svg" -resize "$1x$1" -strip "PNG32:$2"
}

for size in 16 32 48 64 128 256 512; do
  render "$size" "$tmp/icon-$size.png"
done

# Linux: jpackage takes one PNG (the .deb installs it for the desktop entry); 256 px is what it expects.
cp "$tmp/icon-256.png" "$pkg/linux/TrustFlow.png"
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" "$tmp/icon-64.png" "$tmp/icon-128.png" \
  "$tmp/icon-256.png" "$pkg/windows/TrustFlow.ico"
# macOS: an .icns with the sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns "$pkg/macos/TrustFlow.icns" "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" \
  "$tmp/icon-128.png" "$tmp/icon-256.png" "$tmp/icon-512.png" >/dev/null
# The app's own window icon (the title bar and task switcher), next to the themes in assets/.
mkdir -p "$pkg/../assets/icons"
cp "$tmp/icon-32.png" "$pkg/../assets/icons/app-32.png"
cp "$tmp/icon-256.png" "$pkg/../assets/icons/app-256.png"
echo "icons written under $pkg/{linux,windows,macos} and assets/icons"
