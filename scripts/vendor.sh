#!/usr/bin/env bash
# Refresh the third-party browser files served from elearning/static/vendor/.
#
# The pinned npm packages are installed into a throw-away directory and only
# the files a browser needs are copied into the static tree, so neither npm nor
# a CDN is needed to install or run the site. The result (including
# vendor/MANIFEST.json) is committed; re-run this script after changing a pin.
#
# To add a package: add one line to PACKAGES ("name@version dest-dir copy-fn")
# and write its copy function (signature: copy-fn SRC_PACKAGE_DIR DEST_DIR).
#
# Needs: bash, npm and node (only on the machine that refreshes the files).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATIC="$ROOT/elearning/static"
VENDOR="$STATIC/vendor"

# name@version        dest dir (under vendor/)  copy function
PACKAGES=(
  "@gcds-core/components@1.3.1 gcds       copy_gcds_components"
  "@gcds-core/fonts@1.1.1      gcds-fonts copy_gcds_fonts"
  "scorm-again@3.4.3           scorm-again copy_scorm_again"
  "idb@8.0.3                   idb        copy_idb"
  "chart.js@4.6.1              chartjs    copy_chartjs"
)

die() { echo "vendor.sh: $*" >&2; exit 1; }

command -v npm >/dev/null || die "npm is required to refresh vendored files"
command -v node >/dev/null || die "node is required to refresh vendored files"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
STAGE="$tmp/stage"
mkdir -p "$STAGE"

spec_name() { echo "${1%@*}"; }     # @scope/pkg@1.2.3 -> @scope/pkg
spec_version() { echo "${1##*@}"; } # @scope/pkg@1.2.3 -> 1.2.3

pkg_field() { # pkg_field PACKAGE_DIR FIELD -> value of a top-level package.json string field
  node -e '
    const p = require(require("path").resolve(process.argv[1], "package.json"));
    let v = p[process.argv[2]];
    if (v && typeof v === "object") v = v.url || v.type || v.name || "";
    process.stdout.write(String(v ?? ""));
  ' "$1" "$2"
}

pinned_version() { # pinned_version NAME -> version pinned in PACKAGES
  local line spec
  for line in "${PACKAGES[@]}"; do
    read -r spec _ <<<"$line"
    [[ "$(spec_name "$spec")" == "$1" ]] && { spec_version "$spec"; return; }
  done
  die "$1 is not listed in PACKAGES"
}

dest_dir_of() { # dest_dir_of NAME -> dest dir (under vendor/) listed in PACKAGES
  local line spec dest
  for line in "${PACKAGES[@]}"; do
    read -r spec dest _ <<<"$line"
    [[ "$(spec_name "$spec")" == "$1" ]] && { echo "$dest"; return; }
  done
  die "$1 is not listed in PACKAGES"
}

# Copy the package's own license file; if it ships none, write one from the
# license its package.json declares (only done for MIT, whose text is standard).
copy_license() { # copy_license SRC DEST
  local src="$1" dest="$2" f
  for f in "$src"/LICEN[CS]E* "$src"/COPYING*; do
    if [[ -f "$f" ]]; then cp "$f" "$dest/"; return; fi
  done
  local name version license author repo
  name="$(pkg_field "$src" name)"
  version="$(pkg_field "$src" version)"
  license="$(pkg_field "$src" license)"
  author="$(pkg_field "$src" author)"
  repo="$(pkg_field "$src" repository)"
  [[ "$license" == "MIT" ]] || die "$name ships no license file and declares '$license'; add its license by hand"
  cat >"$dest/LICENSE" <<EOF
$name $version is published without a license file. Its package.json
declares the license "MIT" and the author "$author"
(source repository: ${repo#git+}). The MIT License text follows.

MIT License

Copyright (c) $author

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
EOF
}

# --- per-package copy functions ---------------------------------------------

# GC Design System web components: the Stencil lazy-loading ES module build
# (gcds.esm.js loads its p-*.js chunks relative to its own URL) and gcds.css.
# Upstream gcds.css pulls its text fonts from Google Fonts and the icon font
# from the GCDS CDN; both are rewritten to the locally vendored @gcds-core/fonts.
copy_gcds_components() {
  local src="$1" dest="$2"
  local fonts_rel fonts_version
  fonts_rel="../$(dest_dir_of @gcds-core/fonts)"
  fonts_version="$(pinned_version @gcds-core/fonts)"

  cp "$src"/dist/gcds/*.js "$dest/"

  local wanted
  wanted="$(grep -o '@gcds-core/fonts@[0-9][^/]*' "$src/dist/gcds/gcds.css" | sort -u | sed 's/.*@//' | tr '\n' ' ')"
  for v in $wanted; do
    [[ "$v" == "$fonts_version" ]] ||
      die "gcds.css expects @gcds-core/fonts@$v but $fonts_version is pinned; update the pin"
  done

  sed -E \
    -e "s#@import url\(\"https://fonts\.googleapis\.com/[^\"]*\"\);#@import url(\"$fonts_rel/gcds-fonts.css\");#" \
    -e "s#url\(\"?https?://[^)\"]*/@gcds-core/fonts@${fonts_version//./\\.}/#url($fonts_rel/#g" \
    "$src/dist/gcds/gcds.css" >"$dest/gcds.css"

  copy_license "$src" "$dest"
}

# GC Design System fonts: woff2/woff text fonts (Lato, Noto Sans, Noto Sans
# Mono), the icon font files gcds.css refers to (ttf, woff), each font's
# license, and gcds-fonts.css holding only the @font-face rules of the
# package's per-font CSS with their placeholder paths made relative.
copy_gcds_fonts() {
  local src="$1/fonts" dest="$2" d
  for d in lato noto-sans noto-sans-mono; do
    mkdir -p "$dest/$d"
    cp "$src/$d"/*.woff2 "$src/$d"/*.woff "$src/$d/LICENSE.txt" "$dest/$d/"
  done
  mkdir -p "$dest/icons"
  cp "$src/icons/gcds-icons.ttf" "$src/icons/gcds-icons.woff" "$src/icons/LICENSE.txt" "$dest/icons/"

  node - "$src" "$dest/gcds-fonts.css" "$(pkg_field "$1" version)" lato noto-sans noto-sans-mono <<'EOF'
const fs = require("fs"), path = require("path");
const [src, out, version, ...dirs] = process.argv.slice(2);
let css = `/* @font-face rules of @gcds-core/fonts ${version} (${dirs.join(", ")}); paths are relative to this file. */\n`;
for (const d of dirs) {
  const file = path.join(src, d, `gcds-${d}.css`);
  const rules = fs.readFileSync(file, "utf8").match(/@font-face\s*\{[^}]*\}/g) || [];
  if (!rules.length) throw new Error(`no @font-face rule in ${file}`);
  for (const r of rules) css += r.replace(/path\/to\/file\//g, `${d}/`) + "\n";
}
fs.writeFileSync(out, css);
EOF
}

# scorm-again: the SCORM 1.2 and 2004 run-times (classic scripts defining the
# Scorm12API / Scorm2004API globals) and the cross-frame pair that lets a
# sandboxed package frame reach the run-time in the player page.
copy_scorm_again() {
  local src="$1" dest="$2" f
  for f in scorm12.min.js scorm2004.min.js cross-frame-api.min.js cross-frame-lms.min.js; do
    sed '/sourceMappingURL/d' "$src/dist/$f" >"$dest/$f"
  done
  copy_license "$src" "$dest"
}

# idb: a small promise wrapper around IndexedDB (the offline outbox), as the one
# self-contained ES module it ships.
copy_idb() {
  local src="$1" dest="$2"
  sed '/sourceMappingURL/d' "$src/build/index.js" >"$dest/idb.js"
  copy_license "$src" "$dest"
}

# Chart.js: the dashboards' charts, as its self-contained UMD build (a classic
# script defining the Chart global, its colour helper bundled in).
copy_chartjs() {
  local src="$1" dest="$2"
  sed '/sourceMappingURL/d' "$src/dist/chart.umd.min.js" >"$dest/chart.umd.min.js"
  copy_license "$src" "$dest"
}

# --- install, copy, check, publish ------------------------------------------

specs=()
for line in "${PACKAGES[@]}"; do
  read -r spec _ <<<"$line"
  specs+=("$spec")
done

echo "Installing ${specs[*]}"
(cd "$tmp" && npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error \
  --prefix "$tmp" "${specs[@]}" >/dev/null)

for line in "${PACKAGES[@]}"; do
  read -r spec dest fn <<<"$line"
  name="$(spec_name "$spec")"
  src="$tmp/node_modules/$name"
  [[ -f "$src/package.json" ]] || die "$name was not installed"
  got="$(pkg_field "$src" version)"
  [[ "$got" == "$(spec_version "$spec")" ]] || die "$name: installed $got, pinned $(spec_version "$spec")"
  mkdir -p "$STAGE/$dest"
  "$fn" "$src" "$STAGE/$dest"
done

# Every url()/@import in the vendored CSS must be a local file that exists
# (a browser would fetch anything else at run time, and Django's manifest
# static storage fails on missing references). Absolute URLs in the JS that
# are fetched at run time are listed for review.
node - "$STAGE" <<'EOF'
const fs = require("fs"), path = require("path");
const stage = process.argv[2];
const walk = d => fs.readdirSync(d, { withFileTypes: true })
  .flatMap(e => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
let bad = 0;
for (const f of walk(stage)) {
  const text = fs.readFileSync(f, "utf8");
  if (f.endsWith(".css")) {
    const refs = [...text.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/g), ...text.matchAll(/@import\s+["']([^"']+)["']/g)]
      .map(m => m[1]).filter(u => !u.startsWith("data:") && !u.startsWith("#"));
    for (const u of refs) {
      if (/^([a-z]+:|\/\/)/i.test(u)) { console.error(`remote reference in ${path.relative(stage, f)}: ${u}`); bad++; continue; }
      const target = path.resolve(path.dirname(f), u.replace(/[?#].*$/, ""));
      if (!fs.existsSync(target)) { console.error(`missing file referenced by ${path.relative(stage, f)}: ${u}`); bad++; }
    }
  } else if (f.endsWith(".js")) {
    for (const m of text.matchAll(/fetch\(\s*[`"'](https?:\/\/[^`"']+)/g))
      console.warn(`note: ${path.relative(stage, f)} fetches ${m[1]} at run time`);
  }
}
if (bad) process.exit(1);
EOF

for line in "${PACKAGES[@]}"; do
  read -r spec dest _ <<<"$line"
  rm -rf "${VENDOR:?}/$dest"
  mkdir -p "$VENDOR"
  cp -R "$STAGE/$dest" "$VENDOR/$dest"
done

# MANIFEST.json: name/version/license read from each package's package.json.
manifest_args=()
for line in "${PACKAGES[@]}"; do
  read -r spec dest _ <<<"$line"
  manifest_args+=("$tmp/node_modules/$(spec_name "$spec")" "$dest")
done
node - "$STATIC" "$VENDOR/MANIFEST.json" "${manifest_args[@]}" <<'EOF'
const fs = require("fs"), path = require("path");
const [staticDir, out, ...pairs] = process.argv.slice(2);
const walk = d => fs.readdirSync(d, { withFileTypes: true })
  .flatMap(e => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
const entries = [];
for (let i = 0; i < pairs.length; i += 2) {
  const pkg = JSON.parse(fs.readFileSync(path.join(pairs[i], "package.json"), "utf8"));
  const dir = path.join(path.dirname(out), pairs[i + 1]);
  entries.push({
    name: pkg.name,
    version: pkg.version,
    license: typeof pkg.license === "string" ? pkg.license : (pkg.license && pkg.license.type) || "UNKNOWN",
    path: path.relative(staticDir, dir).split(path.sep).join("/"),
    files: walk(dir).map(f => path.relative(dir, f).split(path.sep).join("/")).sort(),
  });
}
fs.writeFileSync(out, JSON.stringify(entries, null, 2) + "\n");
EOF

echo "Vendored into ${VENDOR#"$ROOT"/}:"
for line in "${PACKAGES[@]}"; do
  read -r spec dest _ <<<"$line"
  echo "  $spec -> $dest ($(du -sh "$VENDOR/$dest" | cut -f1))"
done
