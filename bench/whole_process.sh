#!/usr/bin/env bash
# Whole-process figures for docs/performance.md: each command five times, with the median
# wall time and the median peak resident memory (/usr/bin/time). Run from the source folder
# after building the default preset; needs python3 with networkx for the last line.
#   bench/whole_process.sh [RUNS]
set -euo pipefail
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli=build/bin/orrery-cli
app=build/bin/orrery

"$cli" generate --missions 100000 --seed 2026 -o "$work/g100k.roadmap.json" >/dev/null
"$cli" generate --missions 10000 --seed 2026 -o "$work/g10k.roadmap.json" >/dev/null
"$cli" generate --missions 1000 --seed 2026 -o "$work/g1k.roadmap.json" >/dev/null

# measure LABEL COMMAND...: prints "LABEL: median seconds, median peak MB".
measure() {
    local label="$1"
    shift
    local times=() memories=()
    for ((i = 0; i < runs; ++i)); do
        local line
        /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null 2>&1
        line=$(tail -1 "$work/time")
        times+=("${line% *}")
        memories+=("${line#* }")
    done
    local time memory
    time=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")
    memory=$(printf '%s\n' "${memories[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")
    printf '%s: %s s, peak %d MB\n' "$label" "$time" $((memory / 1024))
}

measure "orrery-cli validate, 100,000 missions" "$cli" validate "$work/g100k.roadmap.json"
measure "orrery-cli validate, 10,000 missions" "$cli" validate "$work/g10k.roadmap.json"
# Open to first paint: the window opened on the file, painted and saved as a picture.
for size in 1k 10k 100k; do
    measure "orrery --screenshot, ${size/k/,000} missions" env QT_QPA_PLATFORM=offscreen "$app" \
        "$work/g$size.roadmap.json" --screenshot "$work/shot.png"
done
if python3 -c "import networkx" 2>/dev/null; then
    measure "python3 + networkx, the graph part, 100,000 missions" \
        python3 bench/networkx_graph.py "$work/g100k.roadmap.json"
fi
