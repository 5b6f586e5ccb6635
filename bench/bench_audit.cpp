// Audit log throughput: appends per second, and verifying a 1,000,000-entry log.
//   cmake -S . -B build/audit-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build/audit-release --target bench_audit && build/audit-release/bench/bench_audit

#include "auditchain.h"
#include "auditentry.h"
#include "merklehash.h"

#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace redress;

namespace {

constexpr qsizetype MillionEntries = 1'000'000;

// A typical entry: a compensation proposal with a small before/after state.
AuditEntry typicalEntry(qint64 i)
{
    static const QDateTime base(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    AuditEntry entry;
    entry.setOccurredAt(base.addMSecs(i * 250));
    entry.setActor(QStringLiteral("agent.ana"));
    entry.setDeviceId(QStringLiteral("ws-07"));
    entry.setAction(QStringLiteral("compensation.propose"));
    entry.setEntityType(QStringLiteral("case"));
    entry.setEntityId(QStringLiteral("C-%1").arg(i));
    entry.setBefore(QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}});
    entry.setAfter(QJsonObject{{QStringLiteral("status"), QStringLiteral("proposed")},
                               {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 8000 + i % 100},
                                                                      {QStringLiteral("currency"), QStringLiteral("USD")}}},
                               {QStringLiteral("reason"), QStringLiteral("Late delivery, second time this month")}});
    return entry;
}

const QList<AuditEntry> &millionEntryLog()
{
    static const QList<AuditEntry> log = [] {
        AuditChain chain;
        QList<AuditEntry> entries;
        entries.reserve(MillionEntries);
        for (qsizetype i = 0; i < MillionEntries; ++i)
            entries.append(chain.append(typicalEntry(i)).value());
        return entries;
    }();
    return log;
}

void BM_AuditAppend(benchmark::State &state)
{
    const AuditEntry entry = typicalEntry(1);
    AuditChain chain;
    for (auto _ : state) {
        Result<AuditEntry> appended = chain.append(entry);
        benchmark::DoNotOptimize(appended);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuditAppend);

void BM_AuditVerifyMillion(benchmark::State &state)
{
    const QList<AuditEntry> &log = millionEntryLog();
    for (auto _ : state) {
        const Result<AuditChain::Verified> verified = AuditChain::verify(log);
        if (!verified)
            state.SkipWithError("verification failed");
        benchmark::DoNotOptimize(verified);
    }
    state.SetItemsProcessed(state.iterations() * log.size());
}
BENCHMARK(BM_AuditVerifyMillion)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CanonicalLeafHash(benchmark::State &state)
{
    const AuditEntry entry = typicalEntry(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(entry.leafHash());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CanonicalLeafHash);

void BM_MerkleTreeHashMillion(benchmark::State &state)
{
    QList<QByteArray> leaves;
    leaves.reserve(MillionEntries);
    for (qsizetype i = 0; i < MillionEntries; ++i)
        leaves.append(MerkleHash::leafHash(QByteArray::number(i)));
    for (auto _ : state)
        benchmark::DoNotOptimize(MerkleHash::merkleTreeHash(leaves));
    state.SetItemsProcessed(state.iterations() * leaves.size());
}
BENCHMARK(BM_MerkleTreeHashMillion)->Unit(benchmark::kMillisecond);

// A server's step: one more leaf, then the new root.
void BM_MerkleAppendAndRoot(benchmark::State &state)
{
    const QByteArray leaf = MerkleHash::leafHash("entry");
    MerkleHash tree;
    for (qsizetype i = 0; i < MillionEntries; ++i)
        tree.appendLeafHash(leaf);
    for (auto _ : state) {
        tree.appendLeafHash(leaf);
        benchmark::DoNotOptimize(tree.rootHash());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MerkleAppendAndRoot);

} // namespace

BENCHMARK_MAIN();
