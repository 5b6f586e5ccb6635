#!/usr/bin/env bash
# Checks every document of a seed organisation with redress-admin: the policy, each decision tree, each template,
# each training scenario.
# Prints "valid KIND FILE" per document; on the first invalid one prints "INVALID KIND FILE" and the reason on
# stderr and exits 1, so a broken seed stops scripts/story.sh instead of being skipped without a word.
# Usage: scripts/check-seed.sh ADMIN SEED_DIR   (ADMIN: the redress-admin binary; SEED_DIR: e.g. resources/seed)
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 ADMIN SEED_DIR" >&2
    exit 2
fi
admin=$1
seed=$2

check() {
    local kind=$1 file=$2 reason
    if ! reason=$("$admin" "$kind" check "$file" 2>&1 >/dev/null); then
        printf 'INVALID %-8s %s\n%s\n' "$kind" "$file" "$reason" >&2
        exit 1
    fi
    printf 'valid   %-8s %s\n' "$kind" "$file"
}

missing() {
    echo "MISSING $1" >&2
    exit 1
}

shopt -s nullglob
trees=("$seed"/trees/*.json)
templates=("$seed"/templates/*.json)
# Training scenarios are optional (a live organisation needs none); each one is checked against this seed.
scenarios=("$seed"/scenarios/*.json)
# A seed without its policy, trees or templates is broken too, not "nothing to check".
[[ -f "$seed/policy.json" ]] || missing "$seed/policy.json"
(( ${#trees[@]} > 0 )) || missing "$seed/trees/*.json"
(( ${#templates[@]} > 0 )) || missing "$seed/templates/*.json"

check policy "$seed/policy.json"
for tree in "${trees[@]}"; do
    check tree "$tree"
done
for template in "${templates[@]}"; do
    # Not a template: the example case data that template render reads.
    [[ "$(basename "$template")" == sample-context.json ]] && continue
    check template "$template"
done
for scenario in "${scenarios[@]}"; do
    check scenario "$scenario"
done
