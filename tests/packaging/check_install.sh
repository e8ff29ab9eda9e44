#!/usr/bin/env bash
# cmake --install into a temporary prefix, then check what a desktop gets:
# the program runs from there, the desktop entry, metainfo, icons and man
# page are valid, and the user guide is where the Help menu looks for it.
#   check_install.sh BUILD_DIR APP_ID
set -euo pipefail
build_dir=$1
app_id=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log"

fail() { echo "FAIL: $*" >&2; exit 1; }
expect_file() { [ -s "$prefix/$1" ] || fail "$1 is not installed"; }

expect_file bin/satisfecit
expect_file "share/applications/$app_id.desktop"
expect_file "share/metainfo/$app_id.metainfo.xml"
expect_file "share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256; do
    png=share/icons/hicolor/${size}x${size}/apps/$app_id.png
    expect_file "$png"
    file "$prefix/$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
expect_file share/man/man1/satisfecit.1.gz
expect_file share/satisfecit/guide/guide-utilisateur.md
# Every image the guide shows is installed beside it.
grep -o '](screenshots/[^)]*)' "$prefix/share/satisfecit/guide/guide-utilisateur.md" | sed 's/^](//; s/)$//' |
    while read -r image; do expect_file "share/satisfecit/guide/$image"; done

# The installed program runs (its RPATH to the build tree is gone).
version=$(env -u SATISFECIT_DB HOME="$work/home" "$prefix/bin/satisfecit" --version)
[[ $version =~ ^satisfecit\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed: $version"
if readelf -d "$prefix/bin/satisfecit" | grep -Eq 'RPATH|RUNPATH'; then
    fail "the installed binary still has an RPATH"
fi

# French from the installed program: our messages (built in) and Qt's (qtbase_fr.qm).
help_fr=$(env -u SATISFECIT_DB HOME="$work/home" "$prefix/bin/satisfecit" --lang fr scores --help)
grep -q '^Utilisation : satisfecit' <<<"$help_fr" || fail "Qt's French messages are not found: $help_fr"
grep -q "L'année de la vague" <<<"$help_fr" || fail "Satisfecit's French messages are not found: $help_fr"

desktop-file-validate "$prefix/share/applications/$app_id.desktop"
grep -q '^Name\[fr\]=\|^GenericName\[fr\]=' "$prefix/share/applications/$app_id.desktop" ||
    fail "the desktop entry has no French name"
grep -q "^Icon=$app_id$" "$prefix/share/applications/$app_id.desktop" || fail "the desktop entry names another icon"
appstreamcli validate --no-net --pedantic --explain "$prefix/share/metainfo/$app_id.metainfo.xml"
# Every screenshot of the metainfo is one of docs/screenshots.
grep -o '<image>[^<]*</image>' "$prefix/share/metainfo/$app_id.metainfo.xml" | sed 's|</image>||; s|.*/||' |
    while read -r image; do expect_file "share/satisfecit/guide/screenshots/$image"; done

# The man page: no groff warning, and every command of --help in it.
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$prefix/share/man/man1/satisfecit.1.gz" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man page warnings: $warnings"
page=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$prefix/share/man/man1/satisfecit.1.gz" 2>/dev/null | col -b)
commands=$(env -u SATISFECIT_DB HOME="$work/home" "$prefix/bin/satisfecit" --lang en --help |
           sed -n '/^Commands:/,/^$/p' | awk 'NF && !/^Commands:/ {print $1}')
[ -n "$commands" ] || fail "no command in --help"
for command in $commands; do
    grep -Eq "^       $command( |$)" <<<"$page" || fail "the man page does not describe '$command'"
done
echo "install into $prefix: ok"
