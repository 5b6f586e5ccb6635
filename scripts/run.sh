#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and follows one service failure of the demo
# organisation (Northwind Mobility, resources/seed) through the rules engines with redress-admin:
# the decision tree recommends a recovery, the policy judges it, the template writes the message.
# The desktop client takes over this command when it lands.
# Every step must end as the story says (exit status 0, or 1 where the story shows a refusal); anything else
# stops the script with a message, so a broken seed or build never passes for a working demo.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
admin=build/release/server/redress-admin
seed=resources/seed

heading() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
# show STATUS ARGS...: runs redress-admin ARGS and stops the script unless it exits with STATUS.
show() {
    local expected=$1 status=0
    shift
    printf '$ redress-admin %s\n' "$*"
    "$admin" "$@" || status=$?
    if [[ $status -ne $expected ]]; then
        echo "run.sh: redress-admin $1 $2 exited with status $status; the demo expects $expected" >&2
        exit 1
    fi
}

heading "The demo organisation's documents"
scripts/check-seed.sh "$admin" "$seed"

heading "María Gómez (Gold) paid for Express; her parcel arrived a day late. The agent walks the tree:"
show 0 tree walk "$seed/trees/late_delivery.json" --answers delivered_late,carrier_delay,express,one_day \
    --facts '{"tier":"gold","delay_hours":26,"line":"parcel"}'

heading "The tree recommends refunding the USD 18.50 Express surcharge. Within the agent's limit?"
show 0 policy evaluate "$seed/policy.json" --role agent --tier gold --category late_delivery --kind refund \
    --amount 18.50 --currency USD --region us-east --actor-granted-today 120.00 --customer-payouts-90d 1

heading "The agent wants to offer a USD 80 voucher instead: that goes to a lead"
show 0 policy evaluate "$seed/policy.json" --role agent --tier gold --category late_delivery --kind voucher \
    --amount 80.00 --currency USD --region us-east

heading "During a declared hurricane, refunds are excluded (exit status 1)"
show 1 policy evaluate "$seed/policy.json" --role agent --tier platinum --category vehicle_breakdown --kind refund \
    --amount 60.00 --currency USD --fact force_majeure=true

heading "The message, rendered from the case for SMS in María's language"
show 0 template render "$seed/templates/late_delivery_apology.json" --channel sms --locale es-MX \
    --data "@$seed/templates/sample-context.json"

heading "A placeholder the case cannot fill blocks sending (exit status 1)"
show 1 template render "$seed/templates/late_delivery_apology.json" --channel email --locale en \
    --data '{"customer":{"first_name":"María"}}'
