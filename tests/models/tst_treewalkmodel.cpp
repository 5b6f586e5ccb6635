#include "cachenotifier.h"
#include "cachestore.h"
#include "localdatabase.h"
#include "treewalkmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

namespace {

QJsonObject seedTree(const QString &id)
{
    QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/trees/") + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList nodes(const TreeWalkModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(TreeWalkModel::NodeIdRole).toString());
    return list;
}

QStringList choiceIds(const TreeWalkModel &model)
{
    QStringList list;
    for (const TreeWalkModel::Choice &choice : model.availableChoices())
        list.append(choice.id);
    return list;
}

} // namespace

class TestTreeWalkModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        CacheStore store(*m_db);
        const QJsonObject tree = seedTree(QStringLiteral("late_delivery"));
        QVERIFY(!tree.isEmpty());
        QVERIFY(store.storeDocument(QStringLiteral("tree"), QStringLiteral("late_delivery"), tree.value(QLatin1String("version")).toInt(),
                                    QStringLiteral("sha"), tree));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO customers VALUES('c-gold', 'Ana Ruiz', 'a@example.com', '1', 'gold', 'en',"
                                          " 'us', 't', '', '{}')")));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at,"
                                          " updated_at, data) VALUES('case-1', 'c-gold', 'late_delivery', 'open', 'me', 'Late', 1, 1,"
                                          " '{\"facts\":{\"delay_hours\":30,\"order_reference\":\"NP-1\"}}')")));
    }

    void forward_oneQuestionAtATime_toAnOutcome()
    {
        TreeWalkModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &TreeWalkModel::walkChanged);
        QVERIFY(model.loadTree(QStringLiteral("late_delivery")));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.questionText(), QStringLiteral("What does the parcel's tracking history show?"));
        QCOMPARE(choiceIds(model), (QStringList{QStringLiteral("in_transit"), QStringLiteral("delivered_late"), QStringLiteral("no_scans")}));
        QCOMPARE(model.choiceLabels().size(), 3);
        QVERIFY(!model.isComplete());

        QVERIFY(model.choose(1)); // delivered_late
        QCOMPARE(nodes(model), QStringList{QStringLiteral("q_tracking")});
        QCOMPARE(model.index(0).data(TreeWalkModel::AnswerLabelRole).toString(), QStringLiteral("Delivered, but after the promised date"));
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("What does the parcel's tracking history show? → Delivered, but after the promised date"));
        QVERIFY(model.choose(QStringLiteral("depot_backlog")));
        // The info node is passed by itself; the next question waits.
        QCOMPARE(nodes(model), (QStringList{QStringLiteral("q_tracking"), QStringLiteral("q_cause"), QStringLiteral("i_depot")}));
        QCOMPARE(model.index(2).data(TreeWalkModel::NodeTypeRole).toString(), QStringLiteral("info"));
        QCOMPARE(model.questionText(), QStringLiteral("Is this a priority customer?"));
        // No facts: the guarded "priority" choice is not offered.
        QCOMPARE(choiceIds(model), QStringList{QStringLiteral("other")});
        QVERIFY(!model.choose(QStringLiteral("priority")));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(model.choose(0));
        QVERIFY(model.isComplete());
        QCOMPARE(nodes(model).constLast(), QStringLiteral("o_depot_voucher"));
        QCOMPARE(model.outcomeTitle(), QStringLiteral("Apology and voucher"));
        QVERIFY(!model.recovery().templateId.isEmpty());
        QVERIFY(model.questionText().isEmpty());
        QVERIFY(model.availableChoices().isEmpty());
        QCOMPARE(model.answers(), (QStringList{QStringLiteral("delivered_late"), QStringLiteral("depot_backlog"), QStringLiteral("other")}));
        const QJsonObject json = model.walkJson();
        QCOMPARE(json.value(QLatin1String("complete")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("path")).toArray().size(), 5);
        QVERIFY(!model.choose(0)); // nothing left to answer
        QVERIFY(changed.size() >= 4);
    }

    void backToAnyStep_andGuardsFromCaseFacts()
    {
        TreeWalkModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loadTree(QStringLiteral("late_delivery")));
        QVERIFY(model.loadCaseFacts(QStringLiteral("case-1"))); // a Gold customer
        QCOMPARE(model.facts().value(QLatin1String("tier")).toString(), QStringLiteral("gold"));
        QVERIFY(model.setAnswers({QStringLiteral("in_transit"), QStringLiteral("depot_backlog")}));
        QCOMPARE(choiceIds(model), (QStringList{QStringLiteral("priority"), QStringLiteral("other")}));
        QVERIFY(model.choose(QStringLiteral("priority")));
        QCOMPARE(model.walk().outcomeNode, QStringLiteral("o_depot_priority"));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Back to the second question: its answer and everything after it are undone.
        QVERIFY(model.backTo(1));
        QCOMPARE(nodes(model), QStringList{QStringLiteral("q_tracking")});
        QCOMPARE(model.questionNodeId(), QStringLiteral("q_cause"));
        QCOMPARE(model.answers(), QStringList{QStringLiteral("in_transit")});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!model.isComplete());
        QVERIFY(model.choose(QStringLiteral("severe_weather")));
        QVERIFY(model.isComplete());
        QCOMPARE(model.walk().outcomeNode, QStringLiteral("o_weather_apology"));
        QVERIFY(model.backTo(0));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.questionNodeId(), QStringLiteral("q_tracking"));
        QVERIFY(!model.backTo(5));

        // Facts that no longer allow an answer take the walk back to that question.
        QVERIFY(model.setAnswers({QStringLiteral("in_transit"), QStringLiteral("depot_backlog"), QStringLiteral("priority")}));
        QVERIFY(model.isComplete());
        model.setFacts(QJsonObject{{QStringLiteral("tier"), QStringLiteral("standard")}});
        QVERIFY(!model.isComplete());
        QCOMPARE(model.questionNodeId(), QStringLiteral("q_priority"));
        QCOMPARE(choiceIds(model), QStringList{QStringLiteral("other")});
        QCOMPARE(model.answers().size(), 2);

        // Answers that do not fit change nothing.
        QVERIFY(!model.setAnswers({QStringLiteral("no_such_choice")}));
        QCOMPARE(model.answers().size(), 2);
    }

    void treeGiven_orMissing()
    {
        TreeWalkModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.hasTree());
        QVERIFY(!model.choose(0));
        QVERIFY(model.walkJson().isEmpty());
        QVERIFY(!model.loadTree(QStringLiteral("no_such_tree")));
        QVERIFY(model.lastError().contains(QLatin1String("no_such_tree")));
        QVERIFY(!model.loadCaseFacts(QStringLiteral("no-such-case")));

        Result<DecisionTree> tree = DecisionTree::fromJson(seedTree(QStringLiteral("vehicle_breakdown")));
        QVERIFY(tree);
        model.setTree(*tree);
        QVERIFY(model.hasTree());
        QVERIFY(!model.questionText().isEmpty());
        // Walk the first choice until an outcome: a valid tree always ends.
        for (int guard = 0; guard < 50 && !model.isComplete(); ++guard)
            QVERIFY(model.choose(0));
        QVERIFY(model.isComplete());
        QCOMPARE(model.index(model.rowCount() - 1).data(TreeWalkModel::NodeTypeRole).toString(), QStringLiteral("outcome"));
        model.restart();
        QCOMPARE(model.rowCount(), 0);
    }

    void newTreeVersion_keepsTheAnswersThatStillFit()
    {
        CacheNotifier notifier;
        TreeWalkModel model(*m_db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loadTree(QStringLiteral("late_delivery")));
        QVERIFY(model.setAnswers({QStringLiteral("in_transit"), QStringLiteral("carrier_delay")}));
        const int version = model.tree()->version();

        Q_EMIT notifier.documentsChanged(); // same version: nothing moves
        QCOMPARE(model.answers().size(), 2);

        QJsonObject tree = seedTree(QStringLiteral("late_delivery"));
        tree.insert(QStringLiteral("version"), version + 1);
        tree.insert(QStringLiteral("title"), QStringLiteral("Late delivery (v2)"));
        CacheStore store(*m_db);
        QVERIFY(store.storeDocument(QStringLiteral("tree"), QStringLiteral("late_delivery"), version + 1, QStringLiteral("sha2"), tree));
        Q_EMIT notifier.documentsChanged();
        QCOMPARE(model.tree()->version(), version + 1);
        QCOMPARE(model.answers(), (QStringList{QStringLiteral("in_transit"), QStringLiteral("carrier_delay")}));
        QCOMPARE(model.questionNodeId(), QStringLiteral("q_service"));
    }
};

QTEST_GUILESS_MAIN(TestTreeWalkModel)
#include "tst_treewalkmodel.moc"
