#!/usr/bin/env bash
# Record what a version of policykg writes, to compare two versions byte for byte (issue 16's check).
#
#   scripts/record_outputs.sh DEST            # builds with the policykg of .venv in this checkout
#   diff -rq --exclude=store --exclude=.policykg-cache --exclude='*.log' DEST_A DEST_B
#
# Three builds (the seed; the seed and ../shared/corpus; a central document with three of the
# pool's provincial implementations) and every named query's CSV over each.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST=$1
SHARED="$ROOT/../shared"
PK="$ROOT/.venv/bin/policykg"
rm -rf "$DEST"; mkdir -p "$DEST"
cd "$ROOT"
$PK build seeds --out "$DEST/seed" -q --jobs 1 > "$DEST/seed.log" 2>&1
$PK build seeds "$SHARED/corpus" --out "$DEST/corpus" -q --jobs 2 > "$DEST/corpus.log" 2>&1
$PK build "$SHARED/corpus/sc_green_low_carbon_circular_economy_guidance_2021.txt" \
    "$SHARED/corpus/cpc_sc_carbon_peak_neutrality_opinions_2021.txt" \
    "$SHARED/dual-carbon/60.txt" "$SHARED/dual-carbon/75.txt" "$SHARED/dual-carbon/85.txt" \
    --out "$DEST/family" -q --jobs 2 > "$DEST/family.log" 2>&1
for b in seed corpus family; do
  mkdir -p "$DEST/csv-$b"
  for q in $($PK queries 2>/dev/null | grep -E '^[a-z_]+:' | cut -d: -f1); do
    case $q in
      measures_by_actor) params=(--param actor=生态环境部) ;;
      targets_due) params=(--param year_max=2030) ;;
      *) params=() ;;
    esac
    $PK query --graph "$DEST/$b" --name "$q" --format csv "${params[@]}" > "$DEST/csv-$b/$q.csv" 2> "$DEST/csv-$b/$q.err"
  done
done
echo "recorded in $DEST"
