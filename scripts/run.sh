#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and shows the rules engines at work on the
# demo organisation (resources/seed) through redress-admin. The desktop client replaces this in a later release.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
admin=build/release/server/redress-admin
seed=resources/seed

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "${*:2}"; "${@:2}" || true; }

step "Check the demo policy" "$admin" policy check "$seed/policy.json"
step "A gold customer's parcel came a day late: an agent offers a USD 40 voucher" \
    "$admin" policy evaluate "$seed/policy.json" --role agent --tier gold --category late_delivery \
    --kind voucher --amount 40.00 --currency USD --region us-east --actor-granted-today 120.00
step "The agent offers USD 80 instead" \
    "$admin" policy evaluate "$seed/policy.json" --role agent --tier gold --category late_delivery \
    --kind voucher --amount 80.00 --currency USD --region us-east
step "A hurricane was declared: refunds are excluded" \
    "$admin" policy evaluate "$seed/policy.json" --role agent --tier platinum --category vehicle_breakdown \
    --kind refund --amount 60.00 --currency USD --fact force_majeure=true
for tree in "$seed"/trees/*.json; do
    [[ -e "$tree" ]] && step "Check decision tree $(basename "$tree")" "$admin" tree check "$tree"
done
if [[ -e "$seed/trees/late_delivery.json" ]]; then
    first_walk=$(ls "$seed"/trees/late_delivery.json)
    step "Start walking the late-delivery tree for a gold customer" \
        "$admin" tree walk "$first_walk" --answers "" --facts '{"tier":"gold","delay_hours":30}'
fi
for template in "$seed"/templates/*.json; do
    [[ "$(basename "$template")" == sample-context.json ]] && continue
    [[ -e "$template" ]] && "$admin" template check "$template" >/dev/null && echo "template ok: $(basename "$template")"
done
if [[ -e "$seed/templates/late_delivery_apology.json" ]]; then
    step "Render the late-delivery apology for SMS in Spanish" \
        "$admin" template render "$seed/templates/late_delivery_apology.json" --channel sms --locale es \
        --data "@$seed/templates/sample-context.json"
fi
