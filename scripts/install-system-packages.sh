#!/usr/bin/env bash
# Debian packages the product uses where available: Tesseract OCR with the Vietnamese model (scanned PDFs),
# LibreOffice Writer without GUI (Word 97 .doc files converted to .docx, tables kept), antiword (the .doc
# fallback) and, for the browser tests, Chromium. Installing is best effort: without
# root or apt-get we say what is missing and carry on (the loaders then report which files need them).
set -u
want=("$@")
missing=()
for pkg in "${want[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    # One package this release lacks must not block the others: try them one by one.
    for pkg in "${missing[@]}"; do
      apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 \
        || echo "WARNING: could not install $pkg; install it with apt-get to enable OCR/.doc/browser tests"
    done
  fi
else
  echo "NOTE: please install these Debian packages (as root): apt-get install ${missing[*]}"
fi
exit 0
