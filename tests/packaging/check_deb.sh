#!/usr/bin/env bash
# The Debian package, as a user gets it: cpack -G DEB builds it (dependencies
# from dpkg-shlibdeps), lintian finds no error, apt installs it, the
# installed program runs (--version, demo on a temporary store), and removing
# it leaves nothing behind.
#   check_deb.sh BUILD_DIR APP_ID
# Needs root or password-less sudo, and satisfecit not installed already.
set -euo pipefail
build_dir=$(cd "$1" && pwd)
app_id=$2
work=$(mktemp -d)
chmod 755 "$work" # apt's sandbox user reads the .deb from here
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then $sudo dpkg --purge satisfecit >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# One package test at a time on a machine (several clones may run their suites).
exec 9>"${TMPDIR:-/tmp}/satisfecit-deb_package.lock"
flock -w 900 9 || fail "another package test holds the lock"

if dpkg-query -W -f='${Status}' satisfecit 2>/dev/null | grep -q "installed"; then
    fail "a satisfecit package is already installed here; this test would replace and remove it"
fi

(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log") ||
    { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/out/satisfecit_*.deb)
echo "built $(basename "$deb")"

# Dependencies computed from the binary, plus the plugins it loads.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6charts6 libqt6sql6 libreadstat1 libc6 libqt6sql6-sqlite; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib"
done

# lintian: no error (warnings are printed for the record).
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" || fail "lintian reports errors"

# The files the package installs are the ones of cmake --install.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
for path in ./usr/bin/satisfecit "./usr/share/applications/$app_id.desktop" \
            "./usr/share/metainfo/$app_id.metainfo.xml" ./usr/share/man/man1/satisfecit.1.gz \
            ./usr/share/satisfecit/guide/guide-utilisateur.md ./usr/share/doc/satisfecit/copyright; do
    grep -qx "$path" "$work/contents" || fail "$path is not in the package"
done

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
installed=1
dpkg -L satisfecit | sort >"$work/files"

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
unset SATISFECIT_DB
version=$(/usr/bin/satisfecit --version)
[[ $version =~ ^satisfecit\ [0-9] ]] || fail "--version printed: $version"
store="$work/demo/satisfecit.sqlite"
/usr/bin/satisfecit --db "$store" demo >/dev/null || fail "satisfecit demo"
waves=$(/usr/bin/satisfecit --db "$store" --format csv waves | tail -n +2 | wc -l)
[ "$waves" -ge 1 ] || fail "the demo store has no wave"
/usr/bin/satisfecit --db "$store" --lang fr scores >/dev/null || fail "satisfecit scores on the demo store"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null

$sudo dpkg --purge satisfecit >"$work/purge.log" || { cat "$work/purge.log"; fail "dpkg --purge"; }
installed=0
dpkg-query -W satisfecit >/dev/null 2>&1 && fail "the package is still known to dpkg"
while read -r path; do
    # Folders shared with other packages (/usr/share/…) stay; the package's own files go.
    if [ -e "$path" ] && { [ ! -d "$path" ] || [[ $path == */satisfecit || $path == */satisfecit/* ]]; }; then
        fail "$path is left after dpkg --purge"
    fi
done <"$work/files"
echo "package $(basename "$deb"): built, lintian clean, installed, ran, removed"
