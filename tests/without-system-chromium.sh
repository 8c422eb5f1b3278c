#!/usr/bin/env bash
# Runs a command as on a machine without a system Chromium: in a mount namespace of its own, the
# folders of the usual paths (scripts/lib/chromium.ts, SYSTEM_CHROMIUMS) get an overlay in which
# those files are deleted, and Debian's /usr/lib/chromium an empty folder over it. Nothing changes
# outside the command. Needs root (unshare and mount), as CI and the development machines run.
#   bash tests/without-system-chromium.sh npm test
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 <command> [args…]" >&2; exit 2; }
exec unshare --mount --propagation private bash -euo pipefail -c '
  work=$(mktemp -d)
  for dir in /usr/bin /snap/bin; do
    hidden=()
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
      if [ -e "$dir/$name" ]; then hidden+=("$name"); fi
    done
    [ ${#hidden[@]} -gt 0 ] || continue
    mkdir -p "$work$dir/upper" "$work$dir/work"
    mount -t overlay overlay -o "lowerdir=$dir,upperdir=$work$dir/upper,workdir=$work$dir/work" "$dir"
    for name in "${hidden[@]}"; do rm -f "$dir/$name"; done
  done
  if [ -d /usr/lib/chromium ]; then mount -t tmpfs tmpfs /usr/lib/chromium; fi
  status=0
  "$@" || status=$?
  rm -rf "$work"
  exit $status
' bash "$@"
