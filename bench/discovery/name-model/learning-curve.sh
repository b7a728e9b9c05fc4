#!/bin/bash
# Learning curve of discovery's learned second opinion: the model trained on a random fraction (25, 50, 75, 100 %) of the
# sets the rules of 58ea335 had been tuned on (tuning and held-out 1 to 55), two seeds each, and scored on the 22-set test
# split with those rules' errors (docs/discovery.md, "This round (thirtieth session …)").
# Usage, from the repository root: bench/discovery/name-model/learning-curve.sh <evaluation log of 58ea335>
set -euo pipefail
log=${1:?usage: learning-curve.sh <evaluation log of 58ea335 (DiscoveryEvaluationTests, console verbosity detailed)>}
[ -f "$log" ] || { echo "learning-curve.sh: no file $log" >&2; exit 2; }
T=heldout-56,heldout-57,heldout-58,heldout-59,heldout-60,heldout-61,heldout-62,heldout-63,heldout-64,heldout-65,heldout-66,heldout-67,heldout-68,heldout-69,heldout-71,heldout-72,heldout-74,heldout-75,heldout-76,heldout-77,heldout-79,heldout-83
POOL="tuning $(seq -f 'heldout-%g' 1 55 | tr '\n' ' ')"
dotnet build -c Release bench/discovery/name-model -v q > /dev/null
for frac in 25 50 75 100; do
  for seed in 1 2; do
    [ "$frac" = 100 ] && [ "$seed" = 2 ] && continue
    drop=$(python3 -c "
import random
pool = '$POOL'.split()
r = random.Random($seed * 1000 + $frac)
r.shuffle(pool)
print(','.join(pool[:round(len(pool) * (100 - $frac) / 100)]))")
    echo "== $frac % of the pool, seed $seed"
    dotnet run -c Release --no-build --project bench/discovery/name-model -- evaluate "$T" "$log" ${drop:+--without "$drop"} | grep -E "trained on|rules or model at|as shipped"
  done
done
