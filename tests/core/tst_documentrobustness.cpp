// Every demo document, damaged in every way we can think of cheaply: cut short at many points, bytes flipped,
// members swapped for wrong types. Each parser must answer with a value or an error a person can read —
// never a crash, a hang or a silent success on a cut-short file.
#include "compensationpolicy.h"
#include "decisiontree.h"
#include "recoverytemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace redress;

namespace {

using Parse = std::function<std::optional<Error>(QByteArrayView)>;

template<typename T>
Parse parser()
{
    return [](QByteArrayView bytes) -> std::optional<Error> {
        const Result<T> result = T::parse(bytes);
        return result.ok() ? std::nullopt : std::optional<Error>(result.error());
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Replaces every scalar member, one at a time, with a value of another type.
void forEachWrongType(const QJsonValue &value, const std::function<QJsonValue(const QJsonValue &)> &rebuild,
                      const std::function<void(const QJsonValue &)> &visit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            forEachWrongType(it.value(), [&](const QJsonValue &replacement) {
                QJsonObject copy = object;
                copy.insert(key, replacement);
                return rebuild(copy);
            }, visit);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            forEachWrongType(array.at(i), [&](const QJsonValue &replacement) {
                QJsonArray copy = array;
                copy.replace(i, replacement);
                return rebuild(copy);
            }, visit);
        }
    } else {
        visit(rebuild(value.isString() ? QJsonValue(QJsonArray{1, 2}) : QJsonValue(QStringLiteral("wrong"))));
    }
}

} // namespace

class TestDocumentRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        const QString seed = QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/");
        QTest::newRow("policy.json") << seed + QStringLiteral("policy.json") << 0;
        const QStringList trees = QDir(seed + QStringLiteral("trees")).entryList({QStringLiteral("*.json")});
        for (const QString &tree : trees)
            QTest::newRow(qPrintable(QStringLiteral("trees/") + tree)) << seed + QStringLiteral("trees/") + tree << 1;
        const QStringList templates = QDir(seed + QStringLiteral("templates")).entryList({QStringLiteral("*.json")});
        for (const QString &file : templates) {
            if (file != QLatin1String("sample-context.json"))
                QTest::newRow(qPrintable(QStringLiteral("templates/") + file)) << seed + QStringLiteral("templates/") + file << 2;
        }
        QVERIFY(trees.size() >= 3);
        QVERIFY(templates.size() >= 12);
    }

    void damagedDocuments()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        const Parse parse = kind == 0 ? parser<CompensationPolicy>() : kind == 1 ? parser<DecisionTree>() : parser<RecoveryTemplate>();
        const QByteArray original = readFile(path);
        const std::optional<Error> intact = parse(original);
        QVERIFY2(!intact, qPrintable(intact ? intact->toString() : QString()));

        // Cut short: a JSON object missing its closing brace is never valid.
        const qsizetype step = std::max<qsizetype>(1, original.size() / 400);
        const qsizetype lastBrace = original.lastIndexOf('}');
        for (qsizetype length = 0; length < lastBrace; length += step) {
            const std::optional<Error> error = parse(original.first(length));
            QVERIFY2(error.has_value(), qPrintable(QStringLiteral("accepted a file cut at byte %1").arg(length)));
            QVERIFY(!error->message.isEmpty());
        }

        // Random byte damage: any answer is fine, as long as it is an answer with a readable error.
        QRandomGenerator random(20261123);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = original;
            for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            const std::optional<Error> error = parse(damaged);
            if (error)
                QVERIFY(!error->message.isEmpty());
        }

        // Wrong types: every scalar member replaced by a value of another type must be refused or tolerated,
        // never crash; most are refused, and a refusal must say where.
        const QJsonObject document = QJsonDocument::fromJson(original).object();
        int refused = 0;
        int total = 0;
        forEachWrongType(document, [](const QJsonValue &v) { return v; }, [&](const QJsonValue &mutated) {
            ++total;
            const std::optional<Error> error = parse(QJsonDocument(mutated.toObject()).toJson(QJsonDocument::Compact));
            if (error) {
                ++refused;
                QVERIFY(!error->message.isEmpty());
                QVERIFY2(!error->where.isEmpty(), qPrintable(error->toString()));
            }
        });
        QVERIFY(total > 10);
        QVERIFY2(refused * 10 >= total * 8, qPrintable(QStringLiteral("only %1 of %2 wrong types refused").arg(refused).arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestDocumentRobustness)
#include "tst_documentrobustness.moc"
