// The leads' budget view on the real widgets against the real demo server: it shows the server's figures for the
// team (totals and each agent's row), an agent's grant raises them by exactly its amount without a refresh, the
// tables export as CSV, and managers choose among teams while leads see only their own.

#include "budgetagentmodel.h"
#include "budgetview.h"
#include "caseactions.h"
#include "clientcontext.h"
#include "mainwindow.h"
#include "money.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace redress;

namespace {

const QString kCase = QStringLiteral("case-25722"); // Alejandro Ruiz, assigned to the demo agent, open

qint64 minorOf(const QJsonObject &json, const char *member)
{
    return json.value(QLatin1String(member)).toObject().value(QLatin1String("minor")).toInteger();
}

QJsonObject agentIn(const QJsonObject &answer, const QString &username)
{
    for (const QJsonValue &agent : answer.value(QLatin1String("by_agent")).toArray())
        if (agent.toObject().value(QLatin1String("username")).toString() == username)
            return agent.toObject();
    return {};
}

} // namespace

class TestBudgetView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void view_showsTheServersFigures_andAGrantWithoutARefresh();
    void manager_choosesTheTeam_leadSeesOnlyTheirs();
    void leadsWindow_hasTheBudgetTab_agentsHasNot();

private:
    /// GET /api/v1/reports/budget straight from the server, as `username`.
    QJsonObject budgetAnswer(const QString &username, const QString &query = {});

    DemoServer m_server;
};

QJsonObject TestBudgetView::budgetAnswer(const QString &username, const QString &query)
{
    const HttpReply signIn = m_server.process().post(QStringLiteral("/api/v1/sessions"),
                                                     QJsonObject{{QStringLiteral("username"), username},
                                                                 {QStringLiteral("password"), DemoServer::kPassword},
                                                                 {QStringLiteral("device_id"), QStringLiteral("test-budget")}});
    if (signIn.status != 201)
        return {};
    const HttpReply answer = m_server.process().get(QStringLiteral("/api/v1/reports/budget") + query,
                                                    signIn.json.value(QLatin1String("token")).toString());
    return answer.status == 200 ? answer.json : QJsonObject();
}

void TestBudgetView::view_showsTheServersFigures_andAGrantWithoutARefresh()
{
    UiClient lead;
    QString started = lead.start(QUrl(m_server.baseUrl()), QStringLiteral("lead"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    BudgetView view(lead.context());
    QSignalSpy shown(&view, &BudgetView::reportShown);
    view.resize(1000, 700);
    view.show(); // the first show asks the server
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(view.report(), 20000);
    QVERIFY(view.findChild<QComboBox *>(QStringLiteral("budgetTeam"))->isHidden()); // a lead has one team

    // The same question straight to the server, as the lead: the view holds exactly its answer.
    const QJsonObject answer = budgetAnswer(QStringLiteral("lead"));
    QVERIFY(!answer.isEmpty());
    const BudgetReport &report = *view.report();
    QCOMPARE(report.team(), QStringLiteral("care-east"));
    QCOMPARE(report.from().toString(Qt::ISODate), answer.value(QLatin1String("period")).toObject().value(QLatin1String("from")).toString());
    QCOMPARE(report.budget()->minor(), minorOf(answer, "budget"));
    QCOMPARE(report.budget()->minor(), 3'000'000); // care-east's 30,000.00 in the demo policy
    QCOMPARE(report.spent().minor(), minorOf(answer, "spent"));
    QCOMPARE(report.pending().minor(), minorOf(answer, "pending"));
    const QJsonObject serverAgent = agentIn(answer, QStringLiteral("agent"));
    QVERIFY(!serverAgent.isEmpty());
    BudgetAgentModel *model = view.agentModel();
    QCOMPARE(model->rowCount(), int(answer.value(QLatin1String("by_agent")).toArray().size()));
    int row = model->rowOf(QStringLiteral("agent"));
    QVERIFY(row >= 0);
    QCOMPARE(model->agents().at(row).spent.minor(), serverAgent.value(QLatin1String("spent_minor")).toInteger());
    QCOMPARE(model->agents().at(row).today.minor(), serverAgent.value(QLatin1String("today_minor")).toInteger());
    QCOMPARE(model->index(row, BudgetAgentModel::DailyBudgetColumn).data().toString(), QStringLiteral("USD 400.00"));
    // What the lead reads: the header says the same amounts.
    const QString summary = view.findChild<QLabel *>(QStringLiteral("budgetSummary"))->text();
    QVERIFY2(summary.contains(report.spent().toString()) && summary.contains(QStringLiteral("USD 30000.00")), qPrintable(summary));
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("budgetBar"))->isVisible());
    QCOMPARE(view.findChild<QTableView *>(QStringLiteral("budgetAgents"))->model()->rowCount(), model->rowCount());

    // The agent grants a voucher within their limit; the lead's view follows by itself (poke, pull, cache change).
    UiClient agent;
    started = agent.start(QUrl(m_server.baseUrl()), QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const qint64 spentBefore = report.spent().minor();
    const qint64 agentBefore = model->agents().at(row).spent.minor();
    const qint64 todayBefore = model->agents().at(row).today.minor();
    Result<CaseActions::Proposal> proposal = agent.context().actions().proposeCompensation(
        kCase, CompensationKind::Voucher, *Money::parse(u"20.00", u"USD"), QStringLiteral("parcel two days late"));
    QVERIFY2(proposal, proposal ? "" : qPrintable(proposal.error().toString()));
    QCOMPARE(proposal->verdict.decision, Verdict::Decision::Allow);
    QVERIFY(agent.syncUntilIdle());
    QTRY_COMPARE_WITH_TIMEOUT(view.report()->spent().minor(), spentBefore + 2000, 15000);
    row = model->rowOf(QStringLiteral("agent"));
    QCOMPARE(model->agents().at(row).spent.minor(), agentBefore + 2000);
    QCOMPARE(model->agents().at(row).today.minor(), todayBefore + 2000);
    const QJsonObject after = budgetAnswer(QStringLiteral("lead"));
    QCOMPARE(view.report()->spent().minor(), minorOf(after, "spent"));

    // An over-limit request waits for approval: pending grows by its amount, spent does not.
    const qint64 pendingBefore = view.report()->pending().minor();
    const qint64 spentNow = view.report()->spent().minor();
    proposal = agent.context().actions().proposeCompensation(kCase, CompensationKind::Voucher, *Money::parse(u"210.00", u"USD"),
                                                             QStringLiteral("customer waited three days"));
    QVERIFY2(proposal, proposal ? "" : qPrintable(proposal.error().toString()));
    QCOMPARE(proposal->verdict.decision, Verdict::Decision::Approval);
    QVERIFY(agent.syncUntilIdle());
    QTRY_COMPARE_WITH_TIMEOUT(view.report()->pending().minor(), pendingBefore + 21000, 15000);
    QCOMPARE(view.report()->spent().minor(), spentNow);

    // CSV: a header and one line per member, in the server's currency units.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("agents.csv"));
    QVERIFY(view.exportCsv(QStringLiteral("by_agent"), csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("Agent,Username,Spent this period (USD),Today (USD),Daily budget (USD),Daily budget used"));
    QCOMPARE(lines.size() - 2, model->rowCount()); // header + rows + the empty piece after the last CRLF
    QVERIFY(!view.exportCsv(QStringLiteral("no_such_table"), csv));
    const ChartTable *tiers = view.table(QStringLiteral("by_tier"));
    QVERIFY(tiers);
    double tierTotal = 0;
    for (const QList<QVariant> &tierRow : tiers->rows)
        tierTotal += tierRow.value(1).toDouble();
    QCOMPARE(qRound64(tierTotal * 100), view.report()->spent().minor()); // every applied cent has a tier
}

void TestBudgetView::manager_choosesTheTeam_leadSeesOnlyTheirs()
{
    UiClient manager;
    const QString started = manager.start(QUrl(m_server.baseUrl()), QStringLiteral("manager"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    BudgetView view(manager.context());
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.report(), 20000);
    QCOMPARE(view.report()->team(), QStringLiteral("care-east"));
    auto *teams = view.findChild<QComboBox *>(QStringLiteral("budgetTeam"));
    QVERIFY(teams->isVisible());
    QVERIFY(teams->findData(QStringLiteral("care-west")) > 0); // the teams the cached policy budgets for

    view.setTeam(QStringLiteral("care-west"));
    QCOMPARE(view.team(), QStringLiteral("care-west"));
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view.report()->team(), QStringLiteral("care-west"), 20000);
    const QJsonObject answer = budgetAnswer(QStringLiteral("manager"), QStringLiteral("?team=care-west"));
    QCOMPARE(view.report()->budget()->minor(), 2'500'000);
    QCOMPARE(view.report()->spent().minor(), minorOf(answer, "spent"));
    QVERIFY(view.agentModel()->rowOf(QStringLiteral("agent-west")) >= 0);
    QCOMPARE(view.agentModel()->rowOf(QStringLiteral("agent")), -1);

    // A team out of reach: the server's refusal is shown and the last figures stay.
    view.setTeam(QStringLiteral("nobody"));
    view.refresh();
    auto *status = view.findChild<QLabel *>(QStringLiteral("budgetStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be loaded")), 20000);
    QCOMPARE(view.report()->team(), QStringLiteral("care-west"));
}

void TestBudgetView::leadsWindow_hasTheBudgetTab_agentsHasNot()
{
    UiClient lead;
    QVERIFY(lead.start(QUrl(m_server.baseUrl()), QStringLiteral("lead")).isEmpty());
    BudgetView *budget = lead.window().budget();
    QVERIFY(budget);
    auto *tabs = lead.window().findChild<QTabWidget *>(QStringLiteral("openCases"));
    const int tab = tabs->indexOf(budget);
    QVERIFY(tab >= 0);
    QVERIFY(!tabs->tabBar()->tabButton(tab, QTabBar::RightSide)); // always open, like the queue
    // View ▸ Budget brings it forward, and showing it asks the server.
    QAction *show = nullptr;
    for (QAction *action : lead.window().findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+U")))
            show = action;
    QVERIFY(show);
    show->trigger();
    QCOMPARE(tabs->currentWidget(), budget);
    QTRY_VERIFY_WITH_TIMEOUT(budget->report(), 20000);
    QCOMPARE(budget->report()->team(), QStringLiteral("care-east"));

    UiClient agent;
    QVERIFY(agent.start(QUrl(m_server.baseUrl()), QStringLiteral("agent")).isEmpty());
    QVERIFY(!agent.window().budget());
}

QTEST_MAIN(TestBudgetView)
#include "tst_budgetview.moc"
