// The leads' budget view on the client, headless: the server's budget answer read into value types (each bad member
// an error naming it), where the team stands against its budget, and the per-agent table model.

#include "budgetagentmodel.h"
#include "budgetreport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace redress;

namespace {

// As tests/server/tst_server_reports.cpp sees it, with a second agent and a director (no daily budget).
const char *kBudget = R"j({
  "team": "care-east", "period": {"from": "2026-11-01", "to": "2026-11-30", "unit": "month"}, "currency": "USD",
  "budget": {"minor": 3000000, "currency": "USD"}, "spent": {"minor": 15000, "currency": "USD"},
  "pending": {"minor": 3000, "currency": "USD"},
  "by_agent": [
    {"user_id": "u-1", "username": "agent", "display_name": "Ana Agent", "role": "agent", "spent_minor": 9000,
     "today_minor": 5000, "daily_budget_minor": 40000},
    {"user_id": "u-2", "username": "senior", "display_name": "Sam Senior", "role": "senior_agent", "spent_minor": 6000,
     "today_minor": 0, "daily_budget_minor": 80000},
    {"user_id": "u-3", "username": "director", "display_name": "Dee Director", "role": "director", "spent_minor": 0,
     "today_minor": 0, "daily_budget_minor": null}
  ],
  "by_tier": [{"tier": "gold", "minor": 10000}, {"tier": "silver", "minor": 5000}],
  "by_category": [{"category": "late_delivery", "minor": 15000}]
})j";

QJsonObject budget()
{
    return QJsonDocument::fromJson(kBudget).object();
}

/// `json` with the value at a path of object keys and array indices ("by_agent/1/spent_minor") replaced, or removed
/// when `value` is undefined.
QJsonValue edited(const QJsonValue &json, QStringList path, const QJsonValue &value)
{
    const QString step = path.takeFirst();
    if (json.isArray()) {
        QJsonArray array = json.toArray();
        const int index = step.toInt();
        array[index] = path.isEmpty() ? value : edited(array.at(index), path, value);
        return array;
    }
    QJsonObject object = json.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = path.isEmpty() ? value : edited(object.value(step), path, value);
    return object;
}

QJsonObject with(const QString &path, const QJsonValue &value)
{
    return edited(budget(), path.split(QLatin1Char('/')), value).toObject();
}

} // namespace

class TestBudgetReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodAnswer_isReadIntoValues()
    {
        Result<BudgetReport> report = BudgetReport::fromJson(budget());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->team(), QStringLiteral("care-east"));
        QCOMPARE(report->from(), QDate(2026, 11, 1));
        QCOMPARE(report->to(), QDate(2026, 11, 30));
        QCOMPARE(report->unit(), QStringLiteral("month"));
        QCOMPARE(report->currency().code(), QStringLiteral("USD"));
        QCOMPARE(report->budget()->toString(), QStringLiteral("USD 30000.00"));
        QCOMPARE(report->spent().minor(), 15000);
        QCOMPARE(report->pending().minor(), 3000);
        QCOMPARE(report->left()->minor(), 3000000 - 15000 - 3000);
        QCOMPARE(report->agents().size(), 3);
        const BudgetReport::Agent &agent = report->agents().first();
        QCOMPARE(agent.userId, QStringLiteral("u-1"));
        QCOMPARE(agent.displayName, QStringLiteral("Ana Agent"));
        QCOMPARE(agent.spent.toString(), QStringLiteral("USD 90.00"));
        QCOMPARE(agent.today.minor(), 5000);
        QCOMPARE(agent.dailyBudget->minor(), 40000);
        QVERIFY(!report->agents().at(2).dailyBudget);
        QCOMPARE(report->byTier().size(), 2);
        QCOMPARE(report->byTier().at(1).id, QStringLiteral("silver"));
        QCOMPARE(report->byTier().at(1).amount.toString(), QStringLiteral("USD 50.00"));
        QCOMPARE(report->byCategory().at(0).id, QStringLiteral("late_delivery"));
        QCOMPARE(report->level(), BudgetReport::Level::Normal);
    }

    void noBudget_isNoneAndNeverAWarning()
    {
        Result<BudgetReport> report = BudgetReport::fromJson(with(QStringLiteral("budget"), QJsonValue::Null));
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(!report->budget());
        QVERIFY(!report->left());
        QCOMPARE(report->level(), BudgetReport::Level::Normal);
    }

    void level_data()
    {
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<BudgetReport::Level>("level");
        // Budget 1000.00.
        QTest::newRow("79.99 % with pending") << qint64(70000) << qint64(9999) << BudgetReport::Level::Normal;
        QTest::newRow("80 % with pending") << qint64(70000) << qint64(10000) << BudgetReport::Level::Warning;
        QTest::newRow("80 % applied") << qint64(80000) << qint64(0) << BudgetReport::Level::Warning;
        QTest::newRow("all of it") << qint64(100000) << qint64(0) << BudgetReport::Level::Warning;
        QTest::newRow("pending beyond it") << qint64(90000) << qint64(50000) << BudgetReport::Level::Warning;
        QTest::newRow("applied beyond it") << qint64(100001) << qint64(0) << BudgetReport::Level::Over;
    }

    void level()
    {
        QFETCH(qint64, spent);
        QFETCH(qint64, pending);
        QFETCH(BudgetReport::Level, level);
        QJsonObject json = with(QStringLiteral("budget/minor"), 100000);
        json = edited(json, {QStringLiteral("spent"), QStringLiteral("minor")}, spent).toObject();
        json = edited(json, {QStringLiteral("pending"), QStringLiteral("minor")}, pending).toObject();
        Result<BudgetReport> report = BudgetReport::fromJson(json);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->level(), level);
        QCOMPARE(report->left()->minor(), 100000 - spent - pending);
    }

    void badMember_isAnErrorNamingIt_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: removed
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("code");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::newRow("team missing") << "team" << gone << "/team" << "json.missing";
        QTest::newRow("team a number") << "team" << QJsonValue(7) << "/team" << "json.type";
        QTest::newRow("period missing") << "period" << gone << "/period" << "json.missing";
        QTest::newRow("period.from not a date") << "period/from" << QJsonValue(QStringLiteral("1 Nov")) << "/period/from" << "json.type";
        QTest::newRow("period.to missing") << "period/to" << gone << "/period/to" << "json.missing";
        QTest::newRow("currency unknown") << "currency" << QJsonValue(QStringLiteral("XXQ")) << "/currency" << "money.unknown_currency";
        QTest::newRow("currency missing") << "currency" << gone << "/currency" << "json.missing";
        QTest::newRow("budget missing") << "budget" << gone << "/budget" << "json.missing";
        QTest::newRow("budget a number") << "budget" << QJsonValue(3000000) << "/budget" << "json.type";
        QTest::newRow("budget in euros") << "budget/currency" << QJsonValue(QStringLiteral("EUR")) << "/budget" << "report.currency";
        QTest::newRow("spent null") << "spent" << QJsonValue(QJsonValue::Null) << "/spent" << "json.type";
        QTest::newRow("spent a fraction") << "spent/minor" << QJsonValue(1.5) << "/spent" << "money.invalid";
        QTest::newRow("spent negative") << "spent/minor" << QJsonValue(-1) << "/spent" << "json.range";
        QTest::newRow("pending missing") << "pending" << gone << "/pending" << "json.missing";
        QTest::newRow("by_agent missing") << "by_agent" << gone << "/by_agent" << "json.missing";
        QTest::newRow("by_agent an object") << "by_agent" << QJsonValue(QJsonObject()) << "/by_agent" << "json.type";
        QTest::newRow("agent not an object") << "by_agent/1" << QJsonValue(3) << "/by_agent/1" << "json.type";
        QTest::newRow("user_id missing") << "by_agent/1/user_id" << gone << "/by_agent/1/user_id" << "json.missing";
        QTest::newRow("username empty") << "by_agent/0/username" << QJsonValue(QString()) << "/by_agent/0/username" << "json.empty";
        QTest::newRow("display_name missing") << "by_agent/2/display_name" << gone << "/by_agent/2/display_name" << "json.missing";
        QTest::newRow("spent_minor a string") << "by_agent/1/spent_minor" << QJsonValue(QStringLiteral("60.00"))
                                              << "/by_agent/1/spent_minor" << "json.type";
        QTest::newRow("today_minor negative") << "by_agent/0/today_minor" << QJsonValue(-5) << "/by_agent/0/today_minor" << "json.range";
        QTest::newRow("daily_budget_minor missing") << "by_agent/0/daily_budget_minor" << gone << "/by_agent/0/daily_budget_minor"
                                                    << "json.missing";
        QTest::newRow("daily_budget_minor a fraction") << "by_agent/0/daily_budget_minor" << QJsonValue(0.5)
                                                       << "/by_agent/0/daily_budget_minor" << "json.type";
        QTest::newRow("by_tier missing") << "by_tier" << gone << "/by_tier" << "json.missing";
        QTest::newRow("tier missing") << "by_tier/1/tier" << gone << "/by_tier/1/tier" << "json.missing";
        QTest::newRow("tier minor missing") << "by_tier/0/minor" << gone << "/by_tier/0/minor" << "json.missing";
        QTest::newRow("by_category a string") << "by_category" << QJsonValue(QStringLiteral("x")) << "/by_category" << "json.type";
        QTest::newRow("category minor a fraction") << "by_category/0/minor" << QJsonValue(2.5) << "/by_category/0/minor" << "json.type";
    }

    void badMember_isAnErrorNamingIt()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        QFETCH(QString, code);
        Result<BudgetReport> report = BudgetReport::fromJson(with(path, value));
        QVERIFY(!report);
        QCOMPARE(report.error().where, where);
        QCOMPARE(report.error().code, code);
        QVERIFY(!report.error().message.isEmpty());
    }

    void agentModel_showsEachMember_andSortsByAmount()
    {
        Result<BudgetReport> report = BudgetReport::fromJson(budget());
        QVERIFY(report);
        BudgetAgentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgents(report->agents());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BudgetAgentModel::ColumnCount));
        const int agent = model.rowOf(QStringLiteral("agent"));
        QCOMPARE(agent, 0);
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
        QCOMPARE(model.index(agent, BudgetAgentModel::AgentColumn).data().toString(), QStringLiteral("Ana Agent"));
        QCOMPARE(model.index(agent, BudgetAgentModel::SpentColumn).data().toString(), QStringLiteral("USD 90.00"));
        QCOMPARE(model.index(agent, BudgetAgentModel::TodayColumn).data().toString(), QStringLiteral("USD 50.00"));
        QCOMPARE(model.index(agent, BudgetAgentModel::DailyBudgetColumn).data().toString(), QStringLiteral("USD 400.00"));
        QCOMPARE(model.index(agent, BudgetAgentModel::DailyUsedColumn).data().toString(), QStringLiteral("13 %"));
        QCOMPARE(model.index(agent, 0).data(BudgetAgentModel::DailyUsedRole).toDouble(), 0.125);
        QCOMPARE(model.index(agent, 0).data(BudgetAgentModel::UserIdRole).toString(), QStringLiteral("u-1"));
        const int director = model.rowOf(QStringLiteral("director"));
        QVERIFY(!model.index(director, 0).data(BudgetAgentModel::DailyUsedRole).isValid());
        QCOMPARE(model.index(director, BudgetAgentModel::DailyUsedColumn).data().toString(), QStringLiteral("—"));

        // By amount, not by text: USD 60.00 < USD 90.00 and "0.00" last, whatever the strings say.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(BudgetAgentModel::SortRole);
        sorted.sort(BudgetAgentModel::SpentColumn, Qt::AscendingOrder);
        QCOMPARE(sorted.index(0, 0).data(BudgetAgentModel::UsernameRole).toString(), QStringLiteral("director"));
        QCOMPARE(sorted.index(1, 0).data(BudgetAgentModel::UsernameRole).toString(), QStringLiteral("senior"));
        QCOMPARE(sorted.index(2, 0).data(BudgetAgentModel::UsernameRole).toString(), QStringLiteral("agent"));
        sorted.sort(BudgetAgentModel::DailyUsedColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, 0).data(BudgetAgentModel::UsernameRole).toString(), QStringLiteral("agent"));
        QCOMPARE(sorted.index(2, 0).data(BudgetAgentModel::UsernameRole).toString(), QStringLiteral("director"));

        model.setAgents({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBudgetReport)
#include "tst_budgetreport.moc"
