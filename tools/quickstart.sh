#!/usr/bin/env bash
# Sets up a Debian 12 machine for Orrery (installs the Debian packages that are missing),
# builds it, and then:
#   run   opens Orrery on the bundled GER 2013 roadmap; without a display it does the work
#         headless and says where the results are
#   test  runs the whole test suite, the fuzz targets for a bounded time among it
#   asan  builds with AddressSanitizer and UBSan and runs the whole test suite
# Idempotent: on a machine that has everything it only builds what changed.
# With QUICKSTART_DRY_RUN=1 it prints what it would install, build and run, and does none of it.
set -euo pipefail

mode="${1:-run}"
dry_run="${QUICKSTART_DRY_RUN:-0}"

# Runs a command, or only says it on a dry run.
step() {
    if [[ "$dry_run" == 1 ]]; then
        echo "+ $*"
        return 0
    fi
    "$@"
}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
    cmake ninja-build g++ ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev fonts-dejavu-core libgraphviz-dev pkgconf
    poppler-utils desktop-file-utils clang libclang-rt-14-dev
    python3-networkx python3-pygraphviz tj3
    libboost-graph-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
    libical-dev libexpat1-dev python3-icalendar git openssh-client liberfa-dev
    libvalijson-dev libsimdjson-dev libre2-dev libexpected-dev libcli11-dev catch2 libbenchmark-dev libssl-dev
)

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return
    fi
    if [[ "$dry_run" == 1 ]]; then
        echo "+ apt-get install ${missing[*]}"
        return
    fi
    echo "Installing ${missing[*]}"
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || { echo "Run as root, or install sudo: these packages are missing: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build PRESET FOLDER [TARGET...]: configures once, then builds the targets (all by default).
build() {
    local preset="$1" folder="$2"
    shift 2
    if [[ ! -f "$folder/build.ninja" ]]; then
        step cmake --preset "$preset" >/dev/null
    fi
    if (($# > 0)); then
        step cmake --build --preset "$preset" --target "$@"
    else
        step cmake --build --preset "$preset"
    fi
}

case "$mode" in
run)
    install_missing_packages
    # Only the two programs: the tests and benchmarks are built by `test`.
    build default build orrery orrery-cli
    roadmap="roadmaps/ger-2013.roadmap.json"
    if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
        if [[ "$dry_run" == 1 ]]; then
            step build/bin/orrery "$roadmap"
            exit 0
        fi
        exec build/bin/orrery "$roadmap"
    fi
    echo "No display: checking and publishing $roadmap without a window."
    step build/bin/orrery-cli validate "$roadmap"
    step build/bin/orrery-cli export "$roadmap" -o build/ger-2013.pdf
    echo "The GER 2013 roadmap as a PDF: $root/build/ger-2013.pdf"
    ;;
test)
    install_missing_packages
    build default build
    step ctest --preset default
    # The fuzz targets need clang and their own instrumented build of the core.
    build fuzz build-fuzz fuzz_reader fuzz_review fuzz_analysis fuzz_readpaths fuzz_import
    step ctest --preset fuzz
    ;;
asan)
    install_missing_packages
    build asan build-asan
    step ctest --preset asan
    ;;
*)
    echo "usage: $0 run|test|asan" >&2
    exit 2
    ;;
esac
