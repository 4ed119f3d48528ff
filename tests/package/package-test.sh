#!/usr/bin/env bash
# The installable Scrutineer, checked the way a packager and a desktop see it. One step per ctest test
# (see Package.cmake):
#   metadata   the desktop entry and the AppStream metainfo are valid, and their versions agree
#   build      cpack makes the .deb from the built tree into $WORK and unpacks it into $WORK/root
#   lintian    lintian finds no error and no warning in the .deb
#   contents   the .deb holds exactly what a desktop needs, where it looks, and declares its dependencies
#   runs       the unpacked binary runs: --version, the command line on a database, the window from the
#              desktop entry's Exec line
# Environment: SOURCE_DIR, BUILD_DIR, WORK, APP_ID, VERSION (the project's), DEB_RELEASE.
set -euo pipefail
step=${1:?usage: package-test.sh metadata|build|lintian|contents|runs}
: "${SOURCE_DIR:?}" "${BUILD_DIR:?}" "${WORK:?}" "${APP_ID:?}" "${VERSION:?}" "${DEB_RELEASE:?}"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() { # need COMMAND DEBIAN-PACKAGE
    command -v "$1" >/dev/null || fail "$1 is not installed (Debian package $2; scripts/setup installs it)"
}
the_deb() {
    local debs=("$WORK"/scrutineer_*.deb)
    [ -f "${debs[0]}" ] || fail "no .deb in $WORK: the PackageBuild test makes it"
    echo "${debs[0]}"
}

desktop_file=$SOURCE_DIR/data/$APP_ID.desktop
metainfo=$BUILD_DIR/data/$APP_ID.metainfo.xml
changelog=$SOURCE_DIR/data/package/changelog

case $step in
metadata)
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream
    need dpkg-parsechangelog dpkg-dev
    desktop-file-validate "$desktop_file" || fail "desktop-file-validate rejects $desktop_file"
    # --strict fails on anything above a pedantic hint. The one pedantic hint left is the capital S of the id,
    # the reverse-DNS convention the desktop shares with GNOME and KDE.
    appstreamcli validate --no-net --strict --explain "$metainfo" || fail "appstreamcli rejects $metainfo"
    # Each version has its release notes and its changelog entry: a version raised in CMakeLists.txt
    # without them fails here.
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
    [ "$newest" = "$VERSION" ] || fail "the newest release in the metainfo is '$newest', the project is $VERSION"
    logged=$(dpkg-parsechangelog -l "$changelog" -S Version)
    [ "$logged" = "$VERSION-$DEB_RELEASE" ] ||
        fail "the newest entry of data/package/changelog is $logged, the package is $VERSION-$DEB_RELEASE"
    # Each screenshot the metainfo names is in data/screenshots/, at the size it states, and small.
    shots=0
    while read -r w h name; do
        png=$SOURCE_DIR/data/screenshots/$name
        [ -f "$png" ] || fail "the metainfo names screenshots/$name, which data/screenshots/ does not hold"
        read -r pw ph < <(od -An -tu4 --endian=big -j16 -N8 "$png" 2>/dev/null) || fail "$png is not a PNG"
        [ "$pw $ph" = "$w $h" ] || fail "$png is ${pw}x${ph}; the metainfo says ${w}x${h}"
        [ "$(stat -c %s "$png")" -lt 500000 ] || fail "$png is larger than 500 kB"
        shots=$((shots + 1))
    done < <(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">.*/screenshots/\([^<]*\)</image>.*|\1 \2 \3|p' "$metainfo")
    [ "$shots" -gt 0 ] || fail "the metainfo names no screenshot"
    grep -q "^Exec=scrutineer\b" "$desktop_file" || fail "the desktop entry does not start the scrutineer binary"
    echo "desktop entry, metainfo ($shots screenshots) and changelog valid; version $VERSION-$DEB_RELEASE"
    ;;

build)
    need cpack cmake
    need dpkg-shlibdeps dpkg-dev
    [ -x "$BUILD_DIR/bin/scrutineer" ] || fail "build the scrutineer target first"
    rm -rf "$WORK"
    mkdir -p "$WORK"
    # cpack installs the built tree into its own staging folder under $WORK; it does not rebuild.
    if ! cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK" >"$WORK/cpack.log" 2>&1; then
        cat "$WORK/cpack.log"
        fail "cpack could not make the .deb"
    fi
    rm -rf "$WORK/_CPack_Packages"
    deb=$(the_deb)
    dpkg-deb -x "$deb" "$WORK/root"
    dpkg-deb -e "$deb" "$WORK/control"
    ls -l "$deb"
    ;;

lintian)
    need lintian lintian
    deb=$(the_deb)
    # Every tag is printed with its explanation; errors and warnings fail. The one override the package
    # ships (data/package/lintian-overrides) says why it does not apply.
    lintian --fail-on error,warning --display-info --info --tag-display-limit 0 "$deb" ||
        fail "lintian reports errors or warnings in $(basename "$deb")"
    echo "lintian: no error, no warning"
    ;;

contents)
    deb=$(the_deb)
    root=$WORK/root
    control=$WORK/control/control
    # Exactly these files, and nothing else (translations come as they are built).
    expected=(
        usr/bin/scrutineer
        usr/libexec/scrutineer/scrutineer-gui
        usr/libexec/scrutineer/scrutineer-extract
        "usr/share/applications/$APP_ID.desktop"
        "usr/share/metainfo/$APP_ID.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
        usr/share/man/man1/scrutineer.1.gz
        usr/share/doc/scrutineer/copyright
        usr/share/doc/scrutineer/changelog.Debian.gz
        usr/share/lintian/overrides/scrutineer
    )
    sizes=(16 22 24 32 48 64 128 256)
    for s in "${sizes[@]}"; do expected+=("usr/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"); done
    for f in "${expected[@]}"; do [ -f "$root/$f" ] || fail "the .deb has no /$f"; done
    while IFS= read -r f; do
        f=${f#"$root"/}
        case " ${expected[*]} " in *" $f "*) continue ;; esac
        [[ $f == usr/share/scrutineer/translations/*.qm ]] && continue
        fail "the .deb holds /$f, which no install rule should put there"
    done < <(find "$root" -type f -o -type l)

    # What is installed is what the tree holds.
    cmp "$desktop_file" "$root/usr/share/applications/$APP_ID.desktop"
    cmp "$metainfo" "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
    cmp "$SOURCE_DIR/data/package/copyright" "$root/usr/share/doc/scrutineer/copyright"
    cmp "$SOURCE_DIR/resources/icons/scrutineer.svg" "$root/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
        "$root/usr/share/doc/scrutineer/copyright" || fail "the copyright file is not in the Debian format"
    grep -q "^License: GPL-3+" "$root/usr/share/doc/scrutineer/copyright" || fail "the copyright file names no GPL-3+"

    # Each PNG is square at the size of its folder (the width and height in its IHDR chunk).
    for s in "${sizes[@]}"; do
        png=$root/usr/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png
        read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "$png" 2>/dev/null) || fail "$png is not a PNG"
        [ "$w" = "$s" ] && [ "$h" = "$s" ] || fail "$png is ${w}x${h}, not ${s}x${s}"
    done

    # The binaries are stripped: no symbol table, no debugging sections.
    for exe in usr/bin/scrutineer usr/libexec/scrutineer/scrutineer-gui usr/libexec/scrutineer/scrutineer-extract; do
        if readelf -S "$root/$exe" | grep -qE '\.symtab|\.debug_|\.comment'; then
            fail "/$exe is not stripped"
        fi
    done

    # The control file: the fields a package manager and a software centre show, and the dependencies.
    field() { dpkg-deb -f "$deb" "$1"; }
    [ "$(field Package)" = scrutineer ] || fail "Package is $(field Package)"
    [ "$(field Version)" = "$VERSION-$DEB_RELEASE" ] || fail "Version is $(field Version)"
    [ "$(zcat "$root/usr/share/doc/scrutineer/changelog.Debian.gz" | dpkg-parsechangelog -l - -S Version)" = \
        "$(field Version)" ] || fail "changelog.Debian.gz is not of version $(field Version)"
    [ "$(field Section)" = misc ] || fail "Section is '$(field Section)'"
    [[ $(field Maintainer) == *"<"*"@"*">" ]] || fail "Maintainer '$(field Maintainer)' has no address"
    [ -n "$(field Homepage)" ] || fail "no Homepage"
    [[ $(field Description) == "scrutiny of a children's services improvement plan"* ]] ||
        fail "Description is '$(field Description)'"
    depends=$(field Depends)
    # Found by dpkg-shlibdeps from the binary, and declared because Qt loads them at run time.
    for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
        libqt6printsupport6 libpoppler126 libsqlite3-0 libxlsxwriter4 \
        libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core; do
        [[ ", $depends," == *", $p"[\ ,]* ]] || fail "Depends has no $p: $depends"
    done
    echo "$(find "$root" -type f | wc -l) files, as expected; Depends: $depends"
    ;;

runs)
    root=$WORK/root
    bin=$root/usr/bin/scrutineer
    export QT_QPA_PLATFORM=offscreen
    out=$("$bin" --version)
    [[ $out == *"$VERSION"* ]] || fail "scrutineer --version printed '$out', not $VERSION"
    # The command line on a database: the SQLite driver loads, the demo is made and read back.
    db=$WORK/demo.sqlite
    rm -f "$db"
    "$bin" demo --db "$db" >/dev/null || fail "scrutineer demo failed"
    meetings=$("$bin" list meetings --db "$db" | wc -l)
    [ "$meetings" -gt 1 ] || fail "scrutineer list meetings printed nothing from the demo database"
    # Minutes are read by the installed reader, libexec/scrutineer/scrutineer-extract, which the command
    # finds from where it is installed: a stand-in that marks its use and runs the reader shows it.
    reader=$root/usr/libexec/scrutineer/scrutineer-extract
    [ -x "$reader" ] || fail "no installed reader /usr/libexec/scrutineer/scrutineer-extract"
    mv "$reader" "$reader.real"
    printf '#!/bin/sh\ntouch "%s/reader-used"\nexec "%s.real" "$@"\n' "$WORK" "$reader" >"$reader"
    chmod +x "$reader"
    rm -f "$WORK/reader-used"
    minutes=$WORK/minutes.txt
    printf 'NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n4.  PLAN UPDATE\nRESOLVED that it be noted.\n' >"$minutes"
    read_ok=yes
    "$bin" import --dry-run --json "$minutes" | grep -q '"PLAN UPDATE"' || read_ok=no
    mv "$reader.real" "$reader"
    [ "$read_ok" = yes ] || fail "scrutineer import did not read the minutes"
    [ -f "$WORK/reader-used" ] || fail "scrutineer import did not use the installed reader"
    # The window as the desktop menu starts it: the Exec line of the installed desktop entry, run from the
    # unpacked root, opens the demo database and saves a screenshot of every page.
    exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$APP_ID.desktop")
    read -r -a words <<<"$exec_line"
    command=()
    for w in "${words[@]}"; do [[ $w == %? ]] || command+=("$w"); done # field codes: no file is opened
    program=$root/usr/bin/${command[0]}
    [ -x "$program" ] || fail "the desktop entry runs ${command[0]}, which the .deb does not install in /usr/bin"
    shots=$WORK/screenshots
    rm -rf "$shots"
    timeout 60 "$program" "${command[@]:1}" --db "$db" --screenshots "$shots" ||
        fail "the window did not open and close from the desktop entry's command"
    count=$(find "$shots" -name '*.png' | wc -l)
    [ "$count" -ge 6 ] || fail "the window saved $count screenshots, not one per page"
    echo "$out; $((meetings - 1)) meetings listed; the window opened and saved $count pages"
    ;;

*)
    fail "unknown step $step"
    ;;
esac
