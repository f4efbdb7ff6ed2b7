#!/usr/bin/env bash
# Galley's one setup script (Debian 12, as root).
#   ./setup.sh run    install dependencies, build, open the sample article in the GUI
#   ./setup.sh test   install dependencies, build everything (and the core-only split), run all tests
#   ./setup.sh deps | build
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
    libgumbo-dev libuchardet-dev libicu-dev zlib1g-dev
    xvfb xauth fonts-dejavu-core
)
JOBS=$(nproc)

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "setup: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {   # build DIR [cmake options...]
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" --parallel "$JOBS"
}

gui_env() {
    export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
    [ "$(id -u)" = 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
    return 0
}

case "${1:-}" in
deps) deps ;;
build) deps; build build ;;
run)
    deps
    build build
    gui_env
    sample=resources/samples/harbour-vote/harbour-vote.html
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: no display found; starting Galley under xvfb-run"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/galley "$sample"
    fi
    exec build/bin/galley "$sample"
    ;;
test)
    deps
    gui_env
    export QT_QPA_PLATFORM=offscreen
    echo "== core-only build (no Widgets/WebEngine) =="
    build build-core -DGALLEY_CORE_ONLY=ON
    (cd build-core && ctest --output-on-failure --parallel "$JOBS" --timeout 600)
    echo "== full build =="
    build build
    cd build && ctest --output-on-failure --parallel "$JOBS" --timeout 900
    ;;
*)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
