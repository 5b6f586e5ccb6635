#include "auditchain.h"
#include "auditentry.h"
#include "merklehash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>
#include <functional>
#include <limits>

using namespace redress;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// RFC 6962 test vectors as published by the transparency-dev/merkle reference implementation
// (github.com/transparency-dev/merkle, testonly/constants.go: LeafInputs(), RootHashes(), NodeHashes(),
// CompactTrees()); the same roots appear in Google's certificate-transparency-go merkletree tests.
const char *const ReferenceLeafInputs[] = {
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
};
const char *const ReferenceRoots[] = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", // empty tree
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};
// Compact trees (frontiers) for sizes 0..8, from the same file's NodeHashes()/CompactTrees().
const QList<QList<const char *>> ReferenceFrontiers = {
    {},
    {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"},
    {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"},
    {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
     "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7"},
    {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"},
    {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
     "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"},
    {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
     "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"},
    {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
     "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
     "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"},
    {"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"},
};

// MTH exactly as RFC 6962 section 2.1 writes it, recursion and all: the oracle for the iterative forms.
QByteArray referenceMth(const QList<QByteArray> &leaves)
{
    const qsizetype n = leaves.size();
    if (n == 0)
        return MerkleHash::emptyTreeHash();
    if (n == 1)
        return leaves.first();
    qsizetype k = 1;
    while (k * 2 < n)
        k *= 2;
    return MerkleHash::nodeHash(referenceMth(leaves.mid(0, k)), referenceMth(leaves.mid(k)));
}

// Level by level, promoting an unpaired last node unchanged: a second, independent way to the same root.
QByteArray levelByLevelMth(QList<QByteArray> level)
{
    if (level.isEmpty())
        return MerkleHash::emptyTreeHash();
    while (level.size() > 1) {
        qsizetype out = 0;
        for (qsizetype i = 0; i + 1 < level.size(); i += 2)
            level[out++] = MerkleHash::nodeHash(level.at(i), level.at(i + 1));
        if (level.size() % 2 == 1)
            level[out++] = level.last();
        level.resize(out);
    }
    return level.first();
}

QList<QByteArray> syntheticLeaves(qsizetype count)
{
    QList<QByteArray> leaves;
    leaves.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        leaves.append(MerkleHash::leafHash(QByteArray::number(i)));
    return leaves;
}

const QDateTime BaseTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 123), Qt::UTC);

AuditEntry sampleEntry(int i)
{
    AuditEntry entry;
    entry.setOccurredAt(BaseTime.addMSecs(qint64(i) * 1500));
    entry.setActor(QStringLiteral("agent.%1").arg(i % 7));
    entry.setDeviceId(QStringLiteral("ws-%1").arg(i % 3));
    entry.setAction(QStringLiteral("compensation.propose"));
    entry.setEntityType(QStringLiteral("case"));
    entry.setEntityId(QStringLiteral("C-%1").arg(1000 + i));
    entry.setBefore(QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}});
    entry.setAfter(QJsonObject{{QStringLiteral("status"), QStringLiteral("proposed")},
                               {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 8000 + i},
                                                                      {QStringLiteral("currency"), QStringLiteral("USD")}}}});
    return entry;
}

QList<AuditEntry> makeLog(int count, AuditChain *chainOut = nullptr)
{
    AuditChain chain;
    QList<AuditEntry> log;
    log.reserve(count);
    for (int i = 0; i < count; ++i) {
        Result<AuditEntry> appended = chain.append(sampleEntry(i));
        if (!appended)
            qFatal("append failed: %s", qPrintable(appended.error().toString()));
        log.append(std::move(appended).value());
    }
    if (chainOut)
        *chainOut = chain;
    return log;
}

QString describe(const Result<AuditChain::Verified> &result)
{
    return result ? QStringLiteral("verified") : result.error().code + QLatin1Char(' ') + result.error().toString();
}

using Tamper = std::function<void(QList<AuditEntry> &)>;

} // namespace

Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(redress::AuditEntry)

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6962_referenceRoots_match()
    {
        QList<QByteArray> leaves;
        for (const char *input : ReferenceLeafInputs)
            leaves.append(MerkleHash::leafHash(hex(input)));
        QCOMPARE(MerkleHash::emptyTreeHash(), hex(ReferenceRoots[0]));
        QCOMPARE(MerkleHash::merkleTreeHash({}), hex(ReferenceRoots[0]));
        MerkleHash tree;
        QCOMPARE(tree.rootHash(), hex(ReferenceRoots[0]));
        for (qsizetype n = 1; n <= leaves.size(); ++n) {
            tree.appendLeafHash(leaves.at(n - 1));
            QCOMPARE(MerkleHash::merkleTreeHash(leaves.mid(0, n)).toHex(), QByteArray(ReferenceRoots[n]));
            QCOMPARE(tree.rootHash().toHex(), QByteArray(ReferenceRoots[n]));
        }
        // Leaf and node prefixes on their own: leaf("") is root(1), node(leaf0, leaf1) is root(2).
        QCOMPARE(MerkleHash::leafHash({}), hex(ReferenceRoots[1]));
        QCOMPARE(MerkleHash::nodeHash(leaves.at(0), leaves.at(1)), hex(ReferenceRoots[2]));
    }

    void rfc6962_referenceCompactTrees_match()
    {
        MerkleHash tree;
        for (qsizetype n = 0; n < ReferenceFrontiers.size(); ++n) {
            if (n > 0)
                tree.appendLeafData(hex(ReferenceLeafInputs[n - 1]));
            QList<QByteArray> expected;
            for (const char *hash : ReferenceFrontiers.at(n))
                expected.append(hex(hash));
            QCOMPARE(tree.size(), n);
            QCOMPARE(tree.frontier(), expected);
        }
    }

    void incrementalRoot_equalsMth_forEverySizeUpTo70()
    {
        const QList<QByteArray> leaves = syntheticLeaves(70);
        MerkleHash tree;
        for (qsizetype n = 0; n <= leaves.size(); ++n) {
            if (n > 0)
                tree.appendLeafHash(leaves.at(n - 1));
            const QList<QByteArray> prefix = leaves.mid(0, n);
            const QByteArray expected = referenceMth(prefix);
            QCOMPARE(MerkleHash::merkleTreeHash(prefix), expected);
            QCOMPARE(levelByLevelMth(prefix), expected);
            QCOMPARE(tree.rootHash(), expected);
            QCOMPARE(tree.frontier().size(), std::popcount(quint64(n)));
            if (n > 0)
                QVERIFY(tree.frontier().size() <= qsizetype(std::bit_width(quint64(n))));
            // A saved frontier continues exactly where it left off.
            const Result<MerkleHash> restored = MerkleHash::fromFrontier(tree.size(), tree.frontier());
            QVERIFY(restored.ok());
            QCOMPARE(restored.value(), tree);
        }
    }

    void merkleTreeHash_millionLeaves_matchesLevelByLevel()
    {
        const QList<QByteArray> leaves = syntheticLeaves(1'000'003);
        QCOMPARE(MerkleHash::merkleTreeHash(leaves), levelByLevelMth(leaves));
    }

    void fromFrontier_rejectsWrongShapes()
    {
        const QByteArray h(32, 'x');
        QVERIFY(!MerkleHash::fromFrontier(-1, {}).ok());
        QVERIFY(!MerkleHash::fromFrontier(3, {h}).ok());        // 3 = 2 + 1 needs two hashes
        QVERIFY(!MerkleHash::fromFrontier(4, {h, h}).ok());     // 4 needs one
        QVERIFY(!MerkleHash::fromFrontier(1, {QByteArray(31, 'x')}).ok());
        QCOMPARE(MerkleHash::fromFrontier(2, {h, h}).error().code, QStringLiteral("merkle.frontier"));
        QVERIFY(MerkleHash::fromFrontier(0, {}).ok());
        QVERIFY(MerkleHash::fromFrontier(5, {h, h}).ok());
    }

    void canonicalBytes_areTheDocumentedText()
    {
        AuditEntry entry;
        entry.setSequence(1);
        entry.setOccurredAt(BaseTime);
        entry.setActor(QStringLiteral("agent.ana"));
        entry.setDeviceId(QStringLiteral("ws-07"));
        entry.setAction(QStringLiteral("compensation.propose"));
        entry.setEntityType(QStringLiteral("case"));
        entry.setEntityId(QStringLiteral("C-1042"));
        entry.setAfter(QJsonObject{{QStringLiteral("note"), QStringLiteral("Late delivery")},
                                   {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 8000},
                                                                          {QStringLiteral("currency"), QStringLiteral("USD")}}}});
        entry.setPreviousHash(AuditEntry::genesisHash());
        QCOMPARE(entry.canonicalBytes(),
                 QByteArray(R"({"action":"compensation.propose","actor":"agent.ana","after":{"amount":{"currency":"USD",)"
                            R"("minor":8000},"note":"Late delivery"},"before":{},"deviceId":"ws-07","entityId":"C-1042",)"
                            R"("entityType":"case","occurredAt":"2024-05-01T12:00:00.123Z","sequence":1,"version":1})"));
        // Computed independently with Python's hashlib over the bytes above.
        QCOMPARE(entry.leafHash().toHex(), QByteArray("9a81732be15c18058dd0a588be17d4af9e7c4e2a656a57d08037c32a7edbd5a6"));
        QCOMPARE(entry.chainHash().toHex(), QByteArray("049f94f866f1f2a0f0bd0f2096a0f759f3f263066881d3fae37ad0a83ddb4218"));
        // The previous hash is not content: the chain hash binds it.
        AuditEntry relinked = entry;
        relinked.setPreviousHash(QByteArray(32, '\x01'));
        QCOMPARE(relinked.leafHash(), entry.leafHash());
        QVERIFY(relinked.chainHash() != entry.chainHash());
    }

    void canonicalBytes_surviveStorageRoundTrip()
    {
        AuditEntry entry = sampleEntry(3);
        entry.setSequence(4);
        entry.setPreviousHash(QByteArray(32, '\x5a'));
        QJsonObject awkward{
            {QString::fromUtf8("\xF0\x9F\x98\x80"), 1},     // a key outside the BMP: Qt reorders it when it re-reads
            {QString::fromUtf8("\xEF\xBF\xBF"), 2},
            {QStringLiteral("negativeZero"), -0.0},
            {QStringLiteral("wholeDouble"), 1.0},
            {QStringLiteral("beyondDoubles"), qint64(9007199254740993LL)},
            {QStringLiteral("huge"), 1e300},
            {QStringLiteral("tiny"), 1e-7},
            {QStringLiteral("tenth"), 0.1},
            {QStringLiteral("text"), QString::fromUtf8("quote\" back\\ slash/ nl\n ctl\x01 é \xE2\x80\xA8 \xF0\x9F\x98\x80")},
            {QStringLiteral("nested"), QJsonArray{QJsonObject{{QStringLiteral("b"), true}, {QStringLiteral("a"), QJsonValue()}},
                                                  QJsonArray{}, 2.5}},
        };
        entry.setBefore(awkward);
        entry.setAfter(QJsonObject{{QStringLiteral("same"), awkward}});

        const QByteArray stored = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
        const Result<AuditEntry> reread = AuditEntry::fromJson(QJsonDocument::fromJson(stored).object());
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().toString()));
        QCOMPARE(reread->canonicalBytes(), entry.canonicalBytes());
        QCOMPARE(reread->chainHash(), entry.chainHash());
        // The fast fixed-member writer agrees with the generic one.
        QJsonObject content = entry.toJson();
        content.remove(QStringLiteral("previousHash"));
        QCOMPARE(AuditEntry::canonicalBytesOf(content), entry.canonicalBytes());
        // And once more, through the canonical bytes themselves.
        const Result<AuditEntry> again = AuditEntry::fromJson(reread->toJson());
        QCOMPARE(again->canonicalBytes(), entry.canonicalBytes());
        const QByteArray bytes = entry.canonicalBytes();
        QVERIFY(bytes.contains(R"("negativeZero":0)"));
        QVERIFY(bytes.contains(R"("wholeDouble":1)"));
        QVERIFY(bytes.contains(R"("beyondDoubles":9007199254740993)"));
        QVERIFY(bytes.contains(R"(ctl\u0001)"));
        QVERIFY(bytes.indexOf("\xEF\xBF\xBF\":2") > bytes.indexOf("\xF0\x9F\x98\x80\":1")); // UTF-16 order: D83D < FFFF
    }

    void json_roundTrips()
    {
        const QList<AuditEntry> log = makeLog(3);
        for (const AuditEntry &entry : log) {
            const Result<AuditEntry> back = AuditEntry::fromJson(entry.toJson());
            QVERIFY(back.ok());
            QCOMPARE(back.value(), entry);
        }
        const QJsonObject json = log.first().toJson();
        QCOMPARE(json.value(QStringLiteral("previousHash")).toString(), QString(64, u'0'));
        QCOMPARE(json.value(QStringLiteral("occurredAt")).toString(), QStringLiteral("2024-05-01T12:00:00.123Z"));
    }

    void fromJson_rejectsBadMembers_namingTheMember_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");

        QTest::newRow("sequence as string") << QStringLiteral("sequence") << QJsonValue(QStringLiteral("5")) << QStringLiteral("json.type");
        QTest::newRow("sequence fractional") << QStringLiteral("sequence") << QJsonValue(2.5) << QStringLiteral("json.type");
        QTest::newRow("sequence zero") << QStringLiteral("sequence") << QJsonValue(0) << QStringLiteral("json.range");
        QTest::newRow("sequence missing") << QStringLiteral("sequence") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("json.missing");
        QTest::newRow("time as number") << QStringLiteral("occurredAt") << QJsonValue(1714564800) << QStringLiteral("json.type");
        QTest::newRow("time with offset") << QStringLiteral("occurredAt") << QJsonValue(QStringLiteral("2024-05-01T14:00:00.123+02:00")) << QStringLiteral("json.time");
        QTest::newRow("time without ms") << QStringLiteral("occurredAt") << QJsonValue(QStringLiteral("2024-05-01T12:00:00Z")) << QStringLiteral("json.time");
        QTest::newRow("time nonsense") << QStringLiteral("occurredAt") << QJsonValue(QStringLiteral("yesterday")) << QStringLiteral("json.time");
        QTest::newRow("actor as object") << QStringLiteral("actor") << QJsonValue(QJsonObject()) << QStringLiteral("json.type");
        QTest::newRow("actor empty") << QStringLiteral("actor") << QJsonValue(QString()) << QStringLiteral("json.empty");
        QTest::newRow("device as bool") << QStringLiteral("deviceId") << QJsonValue(true) << QStringLiteral("json.type");
        QTest::newRow("action missing") << QStringLiteral("action") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("json.missing");
        QTest::newRow("entity type as number") << QStringLiteral("entityType") << QJsonValue(3) << QStringLiteral("json.type");
        QTest::newRow("entity id as array") << QStringLiteral("entityId") << QJsonValue(QJsonArray()) << QStringLiteral("json.type");
        QTest::newRow("before as array") << QStringLiteral("before") << QJsonValue(QJsonArray()) << QStringLiteral("json.type");
        QTest::newRow("after as string") << QStringLiteral("after") << QJsonValue(QStringLiteral("{}")) << QStringLiteral("json.type");
        QTest::newRow("hash as number") << QStringLiteral("previousHash") << QJsonValue(0) << QStringLiteral("json.type");
        QTest::newRow("hash too short") << QStringLiteral("previousHash") << QJsonValue(QStringLiteral("00ff")) << QStringLiteral("json.hash");
        QTest::newRow("hash upper case") << QStringLiteral("previousHash") << QJsonValue(QString(64, u'A')) << QStringLiteral("json.hash");
        QTest::newRow("hash not hex") << QStringLiteral("previousHash") << QJsonValue(QString(64, u'g')) << QStringLiteral("json.hash");
        QTest::newRow("version 2") << QStringLiteral("version") << QJsonValue(2) << QStringLiteral("audit.version");
        QTest::newRow("version as string") << QStringLiteral("version") << QJsonValue(QStringLiteral("1")) << QStringLiteral("json.type");
        QTest::newRow("unknown member") << QStringLiteral("comment") << QJsonValue(QStringLiteral("trust me")) << QStringLiteral("audit.unknown_member");
    }

    void fromJson_rejectsBadMembers_namingTheMember()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = makeLog(1).first().toJson();
        if (value.isUndefined())
            json.remove(member);
        else
            json.insert(member, value);
        const Result<AuditEntry> entry = AuditEntry::fromJson(json);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().where, QLatin1Char('/') + member);
        QCOMPARE(entry.error().code, code);
        QVERIFY(!entry.error().message.isEmpty());
    }

    void append_fillsSequenceAndLinks()
    {
        AuditChain chain;
        QCOMPARE(chain.headHash(), AuditEntry::genesisHash());
        QCOMPARE(chain.treeHead().rootHash, MerkleHash::emptyTreeHash());
        AuditEntry stale = sampleEntry(0);
        stale.setSequence(99);
        stale.setPreviousHash(QByteArray(32, 'z'));
        const AuditEntry first = chain.append(stale).value();
        const AuditEntry second = chain.append(sampleEntry(1)).value();
        QCOMPARE(first.sequence(), 1);
        QCOMPARE(first.previousHash(), AuditEntry::genesisHash());
        QCOMPARE(second.sequence(), 2);
        QCOMPARE(second.previousHash(), first.chainHash());
        QCOMPARE(chain.headHash(), second.chainHash());
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.treeHead().rootHash, MerkleHash::nodeHash(first.leafHash(), second.leafHash()));
    }

    void append_refusesIncompleteEntries()
    {
        AuditChain chain;
        AuditEntry noActor = sampleEntry(0);
        noActor.setActor(QStringLiteral("  "));
        QCOMPARE(chain.append(noActor).error().where, QStringLiteral("/actor"));
        AuditEntry noTime = sampleEntry(0);
        noTime.setOccurredAt({});
        QCOMPARE(chain.append(noTime).error().where, QStringLiteral("/occurredAt"));
        QCOMPARE(chain.size(), 0);
        QCOMPARE(chain.headHash(), AuditEntry::genesisHash());
    }

    void append_storesTimesInUtc()
    {
        AuditEntry entry = sampleEntry(0);
        entry.setOccurredAt(QDateTime(QDate(2024, 5, 1), QTime(14, 0, 0, 123), Qt::OffsetFromUTC, 7200));
        QCOMPARE(entry.occurredAt().timeSpec(), Qt::UTC);
        QCOMPARE(entry.occurredAt(), BaseTime);
        QVERIFY(entry.canonicalBytes().contains(R"("occurredAt":"2024-05-01T12:00:00.123Z")"));
    }

    void verify_detectsTamperingAtTheFirstBadEntry_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("sequence");

        const auto editAfter = [](qsizetype index) {
            return Tamper([index](QList<AuditEntry> &log) {
                QJsonObject after = log[index].after();
                QString status = after.value(QStringLiteral("status")).toString();
                status[0] = QChar(status.at(0).unicode() ^ 1); // one byte: 'p' becomes 'q'
                after.insert(QStringLiteral("status"), status);
                log[index].setAfter(after);
            });
        };

        QTest::newRow("one byte of an after-state") << editAfter(4) << QStringLiteral("audit.altered_content") << qint64(5);
        QTest::newRow("after-state of the first entry") << editAfter(0) << QStringLiteral("audit.altered_content") << qint64(1);
        QTest::newRow("actor of an entry") << Tamper([](QList<AuditEntry> &log) { log[6].setActor(QStringLiteral("someone.else")); })
                                           << QStringLiteral("audit.altered_content") << qint64(7);
        QTest::newRow("content of the next-to-last entry is ambiguous")
            << editAfter(8) << QStringLiteral("audit.broken_link") << qint64(10);
        QTest::newRow("entry deleted") << Tamper([](QList<AuditEntry> &log) { log.removeAt(4); })
                                       << QStringLiteral("audit.sequence_gap") << qint64(6);
        QTest::newRow("first entry deleted") << Tamper([](QList<AuditEntry> &log) { log.removeFirst(); })
                                             << QStringLiteral("audit.sequence_gap") << qint64(2);
        QTest::newRow("three entries deleted") << Tamper([](QList<AuditEntry> &log) { log.remove(2, 3); })
                                               << QStringLiteral("audit.sequence_gap") << qint64(6);
        QTest::newRow("deleted and renumbered") << Tamper([](QList<AuditEntry> &log) {
            log.removeAt(4);
            for (qsizetype i = 4; i < log.size(); ++i)
                log[i].setSequence(i + 1);
        }) << QStringLiteral("audit.broken_link") << qint64(5);
        QTest::newRow("neighbours swapped") << Tamper([](QList<AuditEntry> &log) { log.swapItemsAt(3, 4); })
                                            << QStringLiteral("audit.reordered") << qint64(5);
        QTest::newRow("distant entries swapped") << Tamper([](QList<AuditEntry> &log) { log.swapItemsAt(2, 7); })
                                                 << QStringLiteral("audit.reordered") << qint64(8);
        QTest::newRow("entry copied") << Tamper([](QList<AuditEntry> &log) { log.insert(5, log.at(4)); })
                                      << QStringLiteral("audit.duplicate_sequence") << qint64(5);
        QTest::newRow("forged entry inserted and the rest renumbered") << Tamper([](QList<AuditEntry> &log) {
            AuditEntry forged = sampleEntry(42);
            forged.setSequence(6);
            forged.setPreviousHash(log.at(4).chainHash()); // a correct link to entry 5
            log.insert(5, forged);
            for (qsizetype i = 6; i < log.size(); ++i)
                log[i].setSequence(i + 1);
        }) << QStringLiteral("audit.inserted") << qint64(6);
        QTest::newRow("chain hash changed") << Tamper([](QList<AuditEntry> &log) {
            QByteArray hash = log.at(5).previousHash();
            hash[0] = char(hash.at(0) ^ 0x80);
            log[5].setPreviousHash(hash);
        }) << QStringLiteral("audit.broken_link") << qint64(6);
        QTest::newRow("genesis link changed") << Tamper([](QList<AuditEntry> &log) {
            log[0].setPreviousHash(QByteArray(32, '\x01'));
        }) << QStringLiteral("audit.broken_link") << qint64(1);
        QTest::newRow("sequence set to zero") << Tamper([](QList<AuditEntry> &log) { log[3].setSequence(0); })
                                              << QStringLiteral("audit.invalid_sequence") << qint64(0);
    }

    void verify_detectsTamperingAtTheFirstBadEntry()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QString, code);
        QFETCH(qint64, sequence);
        QList<AuditEntry> log = makeLog(10);
        QVERIFY2(AuditChain::verify(log).ok(), "the untouched log must verify");
        tamper(log);
        const Result<AuditChain::Verified> result = AuditChain::verify(log);
        QVERIFY2(!result.ok(), "tampering went unnoticed");
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().where, QStringLiteral("sequence %1").arg(sequence));
        QVERIFY(!result.error().message.isEmpty());
    }

    void verify_ignoresClockOrder()
    {
        AuditChain chain;
        QList<AuditEntry> log;
        for (int i = 0; i < 5; ++i) {
            AuditEntry entry = sampleEntry(i);
            entry.setOccurredAt(BaseTime.addSecs(i % 2 == 0 ? -3600 * i : 60 * i)); // a device with a wrong clock
            log.append(chain.append(entry).value());
        }
        QVERIFY2(AuditChain::verify(log).ok(), qPrintable(describe(AuditChain::verify(log))));
    }

    void verify_tailChanges_needAPublishedRoot()
    {
        AuditChain chain;
        const QList<AuditEntry> original = makeLog(10, &chain);
        const AuditChain::TreeHead published = chain.treeHead();

        const Result<AuditChain::Verified> clean = AuditChain::verify(original, published);
        QVERIFY(clean.ok());
        QCOMPARE(clean->treeHead, published);
        QCOMPARE(clean->headHash, chain.headHash());

        // Truncation: undetectable from the entries alone, caught by the published size.
        const QList<AuditEntry> truncated = original.mid(0, 9);
        QVERIFY(AuditChain::verify(truncated).ok());
        const Result<AuditChain::Verified> cut = AuditChain::verify(truncated, published);
        QCOMPARE(cut.error().code, QStringLiteral("audit.truncated"));
        QCOMPARE(cut.error().where, QStringLiteral("sequence 10"));

        // The last entry edited: nothing after it links to it, only the root tells.
        QList<AuditEntry> lastEdited = original;
        lastEdited[9].setActor(QStringLiteral("mallory"));
        QVERIFY(AuditChain::verify(lastEdited).ok());
        QCOMPARE(AuditChain::verify(lastEdited, published).error().code, QStringLiteral("audit.root_mismatch"));

        // Rewriting from entry 4 on with freshly computed links: a consistent chain, but not the published one.
        AuditChain forger;
        QList<AuditEntry> rewritten;
        for (qsizetype i = 0; i < original.size(); ++i) {
            AuditEntry entry = original.at(i);
            if (i >= 3)
                entry.setAction(QStringLiteral("compensation.withdraw"));
            rewritten.append(forger.append(entry).value());
        }
        QVERIFY(AuditChain::verify(rewritten).ok());
        const Result<AuditChain::Verified> forged = AuditChain::verify(rewritten, published);
        QCOMPARE(forged.error().code, QStringLiteral("audit.root_mismatch"));
        QCOMPARE(forged.error().where, QStringLiteral("sequence 10"));
    }

    void verify_olderPublishedRoot_checksThePrefixOfALongerLog()
    {
        AuditChain chain;
        QList<AuditEntry> log = makeLog(6, &chain);
        const AuditChain::TreeHead older = chain.treeHead();
        for (int i = 6; i < 20; ++i)
            log.append(chain.append(sampleEntry(i)).value());
        const Result<AuditChain::Verified> result = AuditChain::verify(log, older);
        QVERIFY(result.ok());
        QCOMPARE(result->treeHead, chain.treeHead());
        QVERIFY(AuditChain::verify(log, AuditChain::TreeHead{0, MerkleHash::emptyTreeHash()}).ok());
        QCOMPARE(AuditChain::verify(log, AuditChain::TreeHead{6, QByteArray(32, '\0')}).error().code,
                 QStringLiteral("audit.root_mismatch"));
    }

    void verify_emptyLog()
    {
        const Result<AuditChain::Verified> result = AuditChain::verify({});
        QVERIFY(result.ok());
        QCOMPARE(result->treeHead.size, 0);
        QCOMPARE(result->treeHead.rootHash, MerkleHash::emptyTreeHash());
        QCOMPARE(result->headHash, AuditEntry::genesisHash());
    }

    void resume_continuesTheSameChain()
    {
        AuditChain whole;
        const QList<AuditEntry> log = makeLog(60, &whole);

        AuditChain first;
        const QList<AuditEntry> start = makeLog(37, &first);
        const Result<MerkleHash> savedTree = MerkleHash::fromFrontier(first.tree().size(), first.tree().frontier());
        Result<AuditChain> resumed = AuditChain::resume(start.last(), savedTree.value());
        QVERIFY(resumed.ok());
        QList<AuditEntry> continued = start;
        for (int i = 37; i < 60; ++i)
            continued.append(resumed.value().append(sampleEntry(i)).value());
        QCOMPARE(continued, log);
        QCOMPARE(resumed->treeHead(), whole.treeHead());
        QCOMPARE(resumed->headHash(), whole.headHash());

        QCOMPARE(AuditChain::resume(start.at(10), savedTree.value()).error().code, QStringLiteral("audit.resume"));
        QVERIFY(AuditChain::resume(AuditEntry(), MerkleHash()).ok());
    }

    void resume_emptyTreeWithRealLastEntry_isRefused_data()
    {
        QTest::addColumn<AuditEntry>("last");
        const QList<AuditEntry> log = makeLog(3);
        QTest::newRow("entry 2") << log.at(1);
        QTest::newRow("entry 1") << log.at(0);
        QTest::newRow("last of the log") << log.last();
        AuditEntry unnumbered = sampleEntry(0); // content but never appended
        QTest::newRow("content without a sequence") << unnumbered;
        AuditEntry linkOnly;
        linkOnly.setPreviousHash(AuditEntry::genesisHash());
        QTest::newRow("previous hash only") << linkOnly;
    }

    void resume_emptyTreeWithRealLastEntry_isRefused()
    {
        // A lost or mismatched frontier must not restart the log at sequence 1 and fork the stored chain.
        QFETCH(AuditEntry, last);
        const Result<AuditChain> resumed = AuditChain::resume(last, MerkleHash());
        QVERIFY2(!resumed.ok(), "an empty tree with a real last entry must be refused");
        QCOMPARE(resumed.error().code, QStringLiteral("audit.resume"));
        QVERIFY(!resumed.error().message.isEmpty());
        if (last.sequence() > 0)
            QCOMPARE(resumed.error().where, QStringLiteral("sequence %1").arg(last.sequence()));
    }

    void resume_emptyLog_startsAtSequenceOne()
    {
        Result<AuditChain> resumed = AuditChain::resume(AuditEntry(), MerkleHash());
        QVERIFY(resumed.ok());
        const Result<AuditEntry> first = resumed.value().append(sampleEntry(0));
        QVERIFY(first.ok());
        QCOMPARE(first->sequence(), 1);
        QCOMPARE(first->previousHash(), AuditEntry::genesisHash());
        QCOMPARE(first.value(), makeLog(1).first());
    }

    void tenThousandEntries_verifyAfterStorage()
    {
        AuditChain chain;
        const QList<AuditEntry> log = makeLog(10'000, &chain);
        QList<AuditEntry> reread;
        reread.reserve(log.size());
        for (const AuditEntry &entry : log) {
            const QByteArray stored = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
            reread.append(AuditEntry::fromJson(QJsonDocument::fromJson(stored).object()).value());
        }
        const Result<AuditChain::Verified> result = AuditChain::verify(reread, chain.treeHead());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->treeHead.size, 10'000);
        QCOMPARE(result->headHash, chain.headHash());
        QList<QByteArray> leaves;
        for (const AuditEntry &entry : log)
            leaves.append(entry.leafHash());
        QCOMPARE(result->treeHead.rootHash, MerkleHash::merkleTreeHash(leaves));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
