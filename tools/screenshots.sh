#!/usr/bin/env bash
# Makes the pictures in docs/screenshots/ anew, from a build of the default preset: the
# application draws its window (orrery --screenshot), the GUI tests keep what they see
# (ORRERY_TEST_IMAGES; their status messages are cleared, so no picture shows a path of this
# machine), and the PDF's first pages come from orrery-cli export through pdftoppm.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/docs/screenshots"
export QT_QPA_PLATFORM=offscreen

cmake --build --preset default

# The window as on a full-HD screen, laid out for it.
full_hd="offscreen:configfile=$root/tests/app/screens/full-hd-1920x1080.json"
QT_QPA_PLATFORM="$full_hd" build/bin/orrery --screenshot "$out/timeline.png" --size 1920x1080 \
    --select hls >/dev/null
QT_QPA_PLATFORM="$full_hd" build/bin/orrery --screenshot "$out/dependencies.png" \
    --size 1920x1080 --view dependencies --select hmars >/dev/null

export ORRERY_TEST_IMAGES="$out"
build/bin/app_tests "[editing],[export],[import],[review],[history],[help],[startpage],[theme],[strategy],[scenarios],[launchwindow]" \
    >/dev/null
ctest --preset default -R "the window fits" >/dev/null
# The help window shows the guide's pictures from the application's resources: built again
# with the new ones, it is pictured last.
cmake --build --preset default >/dev/null
build/bin/app_tests "[help]" >/dev/null

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
build/bin/orrery-cli export roadmaps/ger-2013.roadmap.json -o "$scratch/ger-2013.pdf" >/dev/null
# One page a picture (-singlefile: no page number whose padding depends on the page count).
page() {
    pdftoppm -png -r 90 -f "$2" -l "$2" -singlefile "$scratch/$1.pdf" "$out/$3"
}
page ger-2013 1 ger-2013-pdf-page-1
page ger-2013 2 ger-2013-pdf-page-2
# The pages of goals and objectives, and of knowledge gaps.
page ger-2013 4 ger-2013-pdf-goals
page ger-2013 5 ger-2013-pdf-gaps
# A page of porkchops: InSight and Mars 2020.
page ger-2013 9 ger-2013-pdf-launches
# The scenarios compared, and the changes since the last edition.
build/bin/orrery-cli export roadmaps/ger-2011.roadmap.json -o "$scratch/ger-2011.pdf" \
    --sections scenarios >/dev/null
page ger-2011 1 ger-2011-pdf-scenarios
build/bin/orrery-cli export roadmaps/ger-2018.roadmap.json -o "$scratch/ger-2018.pdf" \
    --sections changes >/dev/null
page ger-2018 1 ger-2018-pdf-changes
echo "Pictures written to docs/screenshots/"
