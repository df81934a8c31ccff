#!/bin/sh
# What the checks of goals, objectives and knowledge gaps add to the full analysis: the same
# generated roadmaps (same missions, dates and dependencies) with them and without, each
# measured in a process of its own and the two interleaved, since the first benchmark of a
# process runs on a colder heap and this machine's speed drifts.
#   bench/purpose_cost.sh [ROUNDS] [MISSIONS]     (defaults: 5 rounds, 10000 missions)
set -eu
rounds=${1:-5}
missions=${2:-10000}
bench=${BENCH:-build/bin/bench_analysis}
median() {
    "$bench" --benchmark_filter="^$1/$missions\$" --benchmark_repetitions=7 \
        --benchmark_report_aggregates_only=true --benchmark_format=csv 2>/dev/null |
        awk -F, '/_median/ { print $3 }'
}
with=""
without=""
i=0
while [ "$i" -lt "$rounds" ]; do
    with="$with $(median fullAnalysis)"
    without="$without $(median fullAnalysisWithoutPurpose)"
    i=$((i + 1))
done
echo "$with" "|" "$without" | awk -v missions="$missions" '
    function med(values, n,   i, j, t) {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
            if (values[j] < values[i]) { t = values[i]; values[i] = values[j]; values[j] = t }
        return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
    }
    {
        n = 0; m = 0; side = 0
        for (k = 1; k <= NF; k++) {
            if ($k == "|") { side = 1; continue }
            if (side == 0) a[++n] = $k; else b[++m] = $k
        }
        x = med(a, n); y = med(b, m)
        printf "%d missions: full analysis %.2f ms with goals, objectives and gaps, %.2f ms without: %+.1f%%\n", missions, x, y, (x - y) / y * 100
    }'
