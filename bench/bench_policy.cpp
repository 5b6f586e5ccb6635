// Policy evaluations per second on the demo organisation's policy (resources/seed/policy.json).
// Run: build/release/bench/bench_policy --benchmark_min_time=2
#include "policyengine.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <array>

using namespace redress;

namespace {

PolicyEngine demoEngine()
{
    QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo policy");
    Result<CompensationPolicy> policy = CompensationPolicy::parse(file.readAll());
    if (!policy)
        qFatal("%s", qPrintable(policy.error().toString()));
    return PolicyEngine(std::move(policy).value());
}

Money usd(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"USD"));
}

// A request the engine refuses would time the error path instead of a decision.
void requireVerdict(const PolicyEngine &engine, const CompensationRequest &request)
{
    const Result<Verdict> verdict = engine.evaluate(request);
    if (!verdict)
        qFatal("benchmark request refused: %s", qPrintable(verdict.error().toString()));
}

// A mix like a real queue: most within limit, some over, a few tripping totals or exclusions.
std::array<CompensationRequest, 8> requestMix()
{
    std::array<CompensationRequest, 8> mix;
    const char *categories[] = {"late_delivery", "vehicle_breakdown", "billing_error", "lost_parcel",
                                "counter_wait", "damaged_parcel", "fuel_toll_charge", "missed_delivery"};
    for (std::size_t i = 0; i < mix.size(); ++i) {
        CompensationRequest &r = mix[i];
        r.role = i % 3 == 0 ? Role::SeniorAgent : Role::Agent;
        r.tier = Tier(i % 4);
        r.category = QLatin1String(categories[i]);
        r.kind = i % 2 ? CompensationKind::Voucher : CompensationKind::Refund;
        r.amount = usd(1500 + qint64(i) * 1700);
        r.region = QStringLiteral("us-east");
        r.team = QStringLiteral("parcel-ops");
        r.customerReceivedInWindow = usd(qint64(i) * 4000);
        r.customerPayoutsInWindow = int(i % 4);
        r.actorGrantedToday = usd(qint64(i) * 5000);
        r.teamSpentThisPeriod = usd(1'500'000);
    }
    mix[7].facts.insert(QStringLiteral("force_majeure"), true);
    return mix;
}

void BM_PolicyEvaluate_Mix(benchmark::State &state)
{
    const PolicyEngine engine = demoEngine();
    const auto mix = requestMix();
    for (const CompensationRequest &r : mix)
        requireVerdict(engine, r);
    std::size_t i = 0;
    for (auto _ : state) {
        Result<Verdict> verdict = engine.evaluate(mix[i++ % mix.size()]);
        benchmark::DoNotOptimize(verdict);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PolicyEvaluate_Mix);

void BM_PolicyEvaluate_WithinLimit(benchmark::State &state)
{
    const PolicyEngine engine = demoEngine();
    CompensationRequest r;
    r.role = Role::Agent;
    r.tier = Tier::Gold;
    r.category = QStringLiteral("late_delivery");
    r.kind = CompensationKind::Voucher;
    r.amount = usd(4000);
    // The demo policy reads every running total; a request without them is refused (policy.missing_total).
    r.customerReceivedInWindow = usd(0);
    r.customerPayoutsInWindow = 0;
    r.actorGrantedToday = usd(0);
    r.teamSpentThisPeriod = usd(0);
    requireVerdict(engine, r);
    for (auto _ : state) {
        Result<Verdict> verdict = engine.evaluate(r);
        benchmark::DoNotOptimize(verdict);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PolicyEvaluate_WithinLimit);

void BM_PolicyParse_Demo(benchmark::State &state)
{
    QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo policy");
    const QByteArray bytes = file.readAll();
    for (auto _ : state) {
        Result<CompensationPolicy> policy = CompensationPolicy::parse(bytes);
        benchmark::DoNotOptimize(policy);
    }
}
BENCHMARK(BM_PolicyParse_Demo);

} // namespace

BENCHMARK_MAIN();
