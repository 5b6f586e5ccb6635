// Decision-tree validation and walk latency. Target: a 10,000-node tree validates in under 50 ms, so that
// `redress-admin tree check` and the server's tree upload stay instant even for generated trees.
#include "decisiontree.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <benchmark/benchmark.h>

using namespace redress;

namespace {

QJsonObject guard()
{
    return QJsonObject{{QLatin1String("any"),
                        QJsonArray{QJsonObject{{QLatin1String("fact"), QLatin1String("tier")},
                                               {QLatin1String("op"), QLatin1String("in")},
                                               {QLatin1String("value"), QJsonArray{QLatin1String("gold"), QLatin1String("platinum")}}},
                                   QJsonObject{{QLatin1String("fact"), QLatin1String("delay_hours")},
                                               {QLatin1String("op"), QLatin1String(">=")},
                                               {QLatin1String("value"), 48}}}}};
}

// A heap-shaped tree of `count` nodes: node k is a question with choices to 2k+1 and 2k+2 plus a guarded
// shortcut to the last node, an info node when it has one child, and an outcome when it has none. Depth ~log2.
QJsonObject generated(int count)
{
    const auto id = [](int k) { return QStringLiteral("n%1").arg(k); };
    QJsonArray nodes;
    for (int k = 0; k < count; ++k) {
        const int left = 2 * k + 1;
        const int right = 2 * k + 2;
        if (right < count) {
            QJsonArray choices{
                QJsonObject{{QLatin1String("id"), QLatin1String("left")}, {QLatin1String("label"), QLatin1String("Left")},
                            {QLatin1String("next"), id(left)}},
                QJsonObject{{QLatin1String("id"), QLatin1String("right")}, {QLatin1String("label"), QLatin1String("Right")},
                            {QLatin1String("next"), id(right)}},
            };
            if (right != count - 1 && left != count - 1) {
                choices.append(QJsonObject{{QLatin1String("id"), QLatin1String("vip")}, {QLatin1String("label"), QLatin1String("VIP")},
                                           {QLatin1String("next"), id(count - 1)}, {QLatin1String("guard"), guard()}});
            }
            nodes.append(QJsonObject{{QLatin1String("id"), id(k)}, {QLatin1String("type"), QLatin1String("question")},
                                     {QLatin1String("text"), QLatin1String("Which way?")}, {QLatin1String("choices"), choices}});
        } else if (left < count) {
            nodes.append(QJsonObject{{QLatin1String("id"), id(k)}, {QLatin1String("type"), QLatin1String("info")},
                                     {QLatin1String("text"), QLatin1String("Check the scans.")}, {QLatin1String("next"), id(left)}});
        } else {
            const QJsonObject recovery{
                {QLatin1String("kinds"), QJsonArray{QLatin1String("voucher")}},
                {QLatin1String("amount"), QJsonObject{{QLatin1String("suggested"), QLatin1String("15.00")},
                                                      {QLatin1String("min"), QLatin1String("10.00")},
                                                      {QLatin1String("max"), QLatin1String("25.00")}}},
                {QLatin1String("template"), QLatin1String("late_delivery_apology")},
                {QLatin1String("root_cause"), QLatin1String("carrier_delay")},
            };
            nodes.append(QJsonObject{{QLatin1String("id"), id(k)}, {QLatin1String("type"), QLatin1String("outcome")},
                                     {QLatin1String("title"), QLatin1String("Voucher")}, {QLatin1String("recovery"), recovery}});
        }
    }
    return QJsonObject{{QLatin1String("format"), 1},
                       {QLatin1String("id"), QLatin1String("generated")},
                       {QLatin1String("version"), 1},
                       {QLatin1String("title"), QLatin1String("Generated")},
                       {QLatin1String("category"), QLatin1String("late_delivery")},
                       {QLatin1String("currency"), QLatin1String("USD")},
                       {QLatin1String("start"), QLatin1String("n0")},
                       {QLatin1String("nodes"), nodes}};
}

DecisionTree load(const QJsonObject &json)
{
    Result<DecisionTree> tree = DecisionTree::fromJson(json);
    if (!tree)
        qFatal("benchmark tree is invalid: %s", qPrintable(tree.error().toString()));
    return std::move(tree).value();
}

void BM_ValidateFromBytes(benchmark::State &state)
{
    const QByteArray bytes = QJsonDocument(generated(int(state.range(0)))).toJson(QJsonDocument::Compact);
    for (auto _ : state) {
        Result<DecisionTree> tree = DecisionTree::parse(bytes);
        benchmark::DoNotOptimize(tree);
    }
    state.counters["bytes"] = double(bytes.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ValidateFromBytes)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The physical limit for BM_ValidateFromBytes: Qt's JSON parser alone on the same bytes, with no validation.
void BM_ParseJsonOnly(benchmark::State &state)
{
    const QByteArray bytes = QJsonDocument(generated(int(state.range(0)))).toJson(QJsonDocument::Compact);
    for (auto _ : state) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        benchmark::DoNotOptimize(document);
        if (error.error != QJsonParseError::NoError)
            qFatal("benchmark JSON is malformed");
    }
    state.counters["bytes"] = double(bytes.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseJsonOnly)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ValidateFromJson(benchmark::State &state)
{
    const QJsonObject json = generated(int(state.range(0)));
    for (auto _ : state) {
        Result<DecisionTree> tree = DecisionTree::fromJson(json);
        benchmark::DoNotOptimize(tree);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ValidateFromJson)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The worst shape for a recursive validator: one 10,000-deep path of questions, walked end to end.
QJsonObject chain(int count)
{
    QJsonArray nodes;
    for (int k = 0; k < count; ++k) {
        const QString next = k + 1 < count ? QStringLiteral("n%1").arg(k + 1) : QStringLiteral("done");
        nodes.append(QJsonObject{{QLatin1String("id"), QStringLiteral("n%1").arg(k)}, {QLatin1String("type"), QLatin1String("question")},
                                 {QLatin1String("text"), QLatin1String("Next?")},
                                 {QLatin1String("choices"), QJsonArray{QJsonObject{{QLatin1String("id"), QLatin1String("go")},
                                                                                   {QLatin1String("label"), QLatin1String("Go")},
                                                                                   {QLatin1String("next"), next}}}}});
    }
    nodes.append(QJsonObject{{QLatin1String("id"), QLatin1String("done")}, {QLatin1String("type"), QLatin1String("outcome")},
                             {QLatin1String("title"), QLatin1String("Done")},
                             {QLatin1String("recovery"), QJsonObject{{QLatin1String("kinds"), QJsonArray{QLatin1String("gesture")}},
                                                                     {QLatin1String("template"), QLatin1String("goodwill_gesture_note")},
                                                                     {QLatin1String("root_cause"), QLatin1String("carrier_delay")}}}});
    QJsonObject json = generated(1);
    json.insert(QLatin1String("nodes"), nodes);
    return json;
}

void BM_ValidateChain(benchmark::State &state)
{
    const QJsonObject json = chain(int(state.range(0)));
    for (auto _ : state) {
        Result<DecisionTree> tree = DecisionTree::fromJson(json);
        benchmark::DoNotOptimize(tree);
    }
}
BENCHMARK(BM_ValidateChain)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_WalkChain(benchmark::State &state)
{
    const DecisionTree tree = load(chain(int(state.range(0))));
    const QStringList answers(int(state.range(0)), QStringLiteral("go"));
    for (auto _ : state) {
        Result<TreeWalk> walk = tree.walk(answers, {});
        benchmark::DoNotOptimize(walk);
    }
}
BENCHMARK(BM_WalkChain)->Arg(10000)->Unit(benchmark::kMicrosecond);

void BM_WalkGeneratedDeepest(benchmark::State &state)
{
    const DecisionTree tree = load(generated(10000));
    QStringList answers; // always right: the longest root-to-leaf path
    for (int k = 0; 2 * k + 2 < 10000; k = 2 * k + 2)
        answers.append(QStringLiteral("right"));
    const QJsonObject facts{{QLatin1String("tier"), QLatin1String("silver")}, {QLatin1String("delay_hours"), 30}};
    for (auto _ : state) {
        Result<TreeWalk> walk = tree.walk(answers, facts);
        benchmark::DoNotOptimize(walk);
    }
    state.counters["answers"] = double(answers.size());
}
BENCHMARK(BM_WalkGeneratedDeepest)->Unit(benchmark::kMicrosecond);

void BM_WalkSeedLateDelivery(benchmark::State &state)
{
    QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/trees/late_delivery.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed tree");
    Result<DecisionTree> tree = DecisionTree::parse(file.readAll());
    if (!tree)
        qFatal("seed tree is invalid");
    const QStringList answers{QStringLiteral("delivered_late"), QStringLiteral("depot_backlog"), QStringLiteral("priority")};
    const QJsonObject facts{{QLatin1String("tier"), QLatin1String("gold")}, {QLatin1String("channel"), QLatin1String("phone")},
                            {QLatin1String("line"), QLatin1String("parcel")}};
    for (auto _ : state) {
        Result<TreeWalk> walk = tree->walk(answers, facts);
        benchmark::DoNotOptimize(walk);
    }
}
BENCHMARK(BM_WalkSeedLateDelivery)->Unit(benchmark::kMicrosecond);

void BM_ValidateSeedTrees(benchmark::State &state)
{
    QList<QByteArray> files;
    const QDir dir(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/trees"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append(file.readAll());
    }
    for (auto _ : state) {
        for (const QByteArray &bytes : files) {
            Result<DecisionTree> tree = DecisionTree::parse(bytes);
            benchmark::DoNotOptimize(tree);
        }
    }
    state.counters["trees"] = double(files.size());
}
BENCHMARK(BM_ValidateSeedTrees)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
