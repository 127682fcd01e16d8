#!/bin/sh
# Regenerates the app icons from icons/inkpool.svg (run from anywhere: sh icons/generate.sh).
#   inkpool-N.png  N = 16 … 512   rsvg-convert (Debian: librsvg2-bin)  — window icons, Linux menu icon
#   inkpool.ico                   ImageMagick convert from the 16 … 256 PNGs — Windows launcher/installer
#   inkpool.icns                  the PNGs framed as Apple icon entries (plain shell) — macOS bundle
# The output is byte-for-byte reproducible: no tool writes a date into it (-strip drops ImageMagick's).
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
command -v convert >/dev/null || { echo "needs ImageMagick's convert (apt-get install imagemagick)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" inkpool.svg -o "inkpool-$size.png"
done
rsvg-convert -w 1024 -h 1024 inkpool.svg -o "$tmp/inkpool-1024.png"

convert inkpool-16.png inkpool-32.png inkpool-48.png inkpool-64.png inkpool-128.png inkpool-256.png \
  -strip inkpool.ico

# ICNS: "icns", big-endian total length, then entries (4-character type, big-endian length including the
# 8-byte entry header, PNG data). Types: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512,
# ic10 1024 (512@2x), ic11 32 (16@2x), ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x).
be32() { printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"; }
entry() {
  size=$(wc -c < "$2")
  printf '%s' "$1"
  be32 $((size + 8))
  cat "$2"
}
{
  entry icp4 inkpool-16.png
  entry icp5 inkpool-32.png
  entry icp6 inkpool-64.png
  entry ic07 inkpool-128.png
  entry ic08 inkpool-256.png
  entry ic09 inkpool-512.png
  entry ic10 "$tmp/inkpool-1024.png"
  entry ic11 inkpool-32.png
  entry ic12 inkpool-64.png
  entry ic13 inkpool-256.png
  entry ic14 inkpool-512.png
} > "$tmp/entries"
{
  printf 'icns'
  be32 $(($(wc -c < "$tmp/entries") + 8))
  cat "$tmp/entries"
} > inkpool.icns
echo "icons regenerated in $(pwd)"
