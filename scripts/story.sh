#!/usr/bin/env bash
# The demo story on the command line (scripts/run.sh runs it when there is no display for the desktop client):
# installs what is missing, builds, and follows one service failure of the demo
# organisation (Northwind Mobility, resources/seed) through the rules engines with redress-admin:
# the decision tree recommends a recovery, the policy judges it, the template writes the message.
# Then the same story through redress-server: the demo organisation over HTTP, a compensation that needs a
# lead, and the lead approving it.
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

# ---- The same rules, enforced by redress-server over its HTTP API ------------------------------------------
server=build/release/server/redress-server
workdir=$(mktemp -d /tmp/redress-demo.XXXXXX)
server_pid=
stop_server() {
    local status=$? # the script's own status: stopping the server must not turn a finished story into a failure
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
    exit "$status"
}
trap stop_server EXIT

heading "redress-server starts on a fresh SQLite file with the demo organisation (--demo)"
"$server" --demo --db "sqlite:$workdir/demo.sqlite" --listen 127.0.0.1:0 >"$workdir/out" 2>"$workdir/err" &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q 'listening on' "$workdir/out" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$workdir/err" >&2; echo "run.sh: redress-server did not start" >&2; exit 1; }
    sleep 0.1
done
base=$(sed -n 's/.*listening on //p' "$workdir/out")
[[ -n "$base" ]] || { echo "run.sh: redress-server printed no address" >&2; exit 1; }
echo "$base"

# api METHOD PATH [TOKEN] [BODY]: one JSON request; prints the answer, stops on a transport error.
api() {
    local auth=()
    [[ -n "${3:-}" ]] && auth=(-H "Authorization: Bearer $3")
    curl -sS --fail-with-body -X "$1" "$base$2" -H 'Content-Type: application/json' "${auth[@]}" ${4:+--data "$4"}
}
sign_in() { # the demo's password is public by design; real deployments add users with redress-admin user add
    api POST /api/v1/sessions "" "{\"username\":\"$1\",\"password\":\"redress-demo\",\"device_id\":\"run-sh-$1\"}" | jq -r .token
}

heading "The agent signs in and finds María José Rivera (Gold) and her late replacement phone"
agent=$(sign_in agent)
api GET "/api/v1/customers?query=rivera" "$agent" | jq -c '.customers[] | {id, name, tier}'
case_id=case-25707
api GET "/api/v1/cases/$case_id" "$agent" | jq -c '.case | {id, title, category, customer_name, customer_tier}'

heading "The agent proposes a USD 80 voucher; the server's policy sends it to a lead"
uuid() { cat /proc/sys/kernel/random/uuid; }
result=$(api POST /api/v1/mutations "$agent" "{\"device_id\":\"run-sh-agent\",\"mutations\":[{\"id\":\"$(uuid)\",\"seq\":1,
  \"type\":\"compensation.propose\",\"args\":{\"compensation_id\":\"$(uuid)\",\"case_id\":\"$case_id\",\"kind\":\"voucher\",
  \"amount\":{\"minor\":8000,\"currency\":\"USD\"},\"reason\":\"Replacement phone, 18 hours late\"}}]}")
echo "$result" | jq -c '.results[0]'
approval=$(echo "$result" | jq -r '.results[0].approval_id // empty')
[[ -n "$approval" ]] || { echo "run.sh: expected an approval request" >&2; exit 1; }

heading "The lead sees it in the approvals queue, with the reason, and approves it"
lead=$(sign_in lead)
api GET /api/v1/approvals "$lead" | jq -c ".approvals[] | select(.id == \"$approval\") | {requester, required_level, amount, reasons}"
api POST /api/v1/mutations "$lead" "{\"device_id\":\"run-sh-lead\",\"mutations\":[{\"id\":\"$(uuid)\",\"seq\":1,
  \"type\":\"approval.decide\",\"args\":{\"approval_id\":\"$approval\",\"decision\":\"approve\",\"comment\":\"Fair for a repeat failure\"}}]}" \
    | jq -c '.results[0]'

heading "Every step is on the case's timeline"
api GET "/api/v1/cases/$case_id" "$agent" | jq -r '.timeline[-4:][] | "\(.actor // "-")\t\(.type)"'
