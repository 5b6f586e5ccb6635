// The leads' reports on the client: the dashboard read into one table per chart (what the chart draws and the CSV
// holds), CSV that spreadsheets read safely, and ReportService against the real demo server.

#include "charttable.h"
#include "dashboardreport.h"
#include "modeltestsupport.h"
#include "reportservice.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace redress;

namespace {

const char *kDashboard = R"j({
  "period": {"from": "2026-05-01", "to": "2026-10-31"}, "currency": "USD",
  "filters": {"team": "", "vendor": "", "line": "", "channel": ""},
  "resolution": {"resolved": 10, "median_hours": 5.5, "p90_hours": 30.25,
                 "buckets": [{"label": "< 1 h", "upper_hours": 1, "cases": 2}, {"label": "> 7 days", "upper_hours": null, "cases": 8}]},
  "repeat_contacts": {"recovered": 8, "within_7_days": 1, "within_30_days": 2},
  "satisfaction": {"nps": {"responses_before": 0, "score_before": null, "responses_after": 4, "score_after": 50.0},
                   "csat": {"responses_before": 2, "average_before": 2.5, "responses_after": 3, "average_after": 4.0}},
  "spend": {"total": {"minor": 123450, "currency": "USD"}, "budget": {"minor": 500000, "currency": "USD"},
            "by_tier": [{"tier": "gold", "minor": 100000}, {"tier": "silver", "minor": 23450}],
            "by_category": [{"category": "late_delivery", "minor": 123450}]},
  "approval_sla": {"decided": 10, "within_sla": 7, "escalated": 2, "pending": 3, "pending_overdue": 1},
  "root_causes": [{"root_cause": "carrier_delay", "cases": 6, "repeat_contacts": 1, "repeat_rate": 0.2},
                  {"root_cause": "depot_capacity", "cases": 2, "repeat_contacts": 0, "repeat_rate": 0}]
})j";

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dashboard_givesOneTablePerChartWithTheServersNumbers()
    {
        Result<DashboardReport> report = DashboardReport::fromJson(QJsonDocument::fromJson(kDashboard).object());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->from(), QDate(2026, 5, 1));
        QCOMPARE(report->medianHours(), 5.5);
        QCOMPARE(report->tables().size(), 8);
        const ChartTable *repeat = report->table(QStringLiteral("repeat_contacts"));
        QVERIFY(repeat);
        QCOMPARE(repeat->rows.at(1).at(2).toDouble(), 2.0);
        QCOMPARE(repeat->rows.at(1).at(3).toDouble(), 0.25);
        const ChartTable *tiers = report->table(QStringLiteral("spend_by_tier"));
        QCOMPARE(tiers->rows.at(0).at(0).toString(), QStringLiteral("Gold"));
        QCOMPARE(tiers->rows.at(1).at(1).toDouble(), 234.5);
        const ChartTable *budget = report->table(QStringLiteral("spend_vs_budget"));
        QCOMPARE(budget->rows.at(0).at(1).toDouble(), 1234.5);
        QCOMPARE(budget->rows.at(1).at(1).toDouble(), 5000.0);
        const ChartTable *sla = report->table(QStringLiteral("approval_sla"));
        QCOMPARE(sla->rows.at(1).at(1).toDouble(), 3.0); // decided late = decided - within
        QCOMPARE(sla->rows.at(2).at(1).toDouble(), 2.0); // pending within SLA
        const ChartTable *pareto = report->table(QStringLiteral("root_causes"));
        QCOMPARE(pareto->rows.at(0).at(0).toString(), QStringLiteral("Carrier delay"));
        QCOMPARE(pareto->rows.at(0).at(2).toDouble(), 0.75);
        QCOMPARE(pareto->rows.at(1).at(2).toDouble(), 1.0);
        // NPS before recovery: no responses, no number (an empty cell, not zero).
        QVERIFY(!report->table(QStringLiteral("satisfaction"))->rows.at(0).at(1).isValid());
    }

    void dashboard_missingBlock_isAnErrorNamingIt()
    {
        QJsonObject json = QJsonDocument::fromJson(kDashboard).object();
        json.remove(QStringLiteral("approval_sla"));
        Result<DashboardReport> report = DashboardReport::fromJson(json);
        QVERIFY(!report);
        QCOMPARE(report.error().where, QStringLiteral("approval_sla"));
    }

    void csv_quotesAndKeepsFormulasAsText()
    {
        ChartTable table{QStringLiteral("t"), QStringLiteral("T"), {QStringLiteral("Cause"), QStringLiteral("Cases")}, {}};
        table.rows.append({QStringLiteral("Late, again"), 3.0});
        table.rows.append({QStringLiteral("=HYPERLINK(\"x\")"), 0.25});
        table.rows.append({QStringLiteral("none"), QVariant()});
        QCOMPARE(table.toCsv(), QByteArray("Cause,Cases\r\n\"Late, again\",3\r\n\"'=HYPERLINK(\"\"x\"\")\",0.25\r\nnone,\r\n"));
    }

    void reportService_leadGetsTheDemoDashboard_agentIsRefused()
    {
        DemoServer server;
        QVERIFY(server.start());
        for (const auto &[username, allowed] : {std::pair{"lead", true}, std::pair{"agent", false}}) {
            QTemporaryDir dir;
            TestClient client;
            QVERIFY(client.open(dir.filePath(QStringLiteral("c.sqlite")), QUrl(server.baseUrl())).isEmpty());
            QVERIFY(client.signIn(QLatin1String(username)));
            ReportService reports(*client.client);
            QSignalSpy ready(&reports, &ReportService::dashboardReady);
            QSignalSpy failed(&reports, &ReportService::failed);
            DashboardReport::Filter filter;
            filter.from = QDate::currentDate().addDays(-180);
            filter.to = QDate::currentDate();
            reports.fetchDashboard(filter);
            QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() == 1, 20000);
            if (allowed) {
                QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
                const DashboardReport report = ready.first().first().value<DashboardReport>();
                QVERIFY(report.table(QStringLiteral("root_causes"))->rows.size() > 1); // six months of history
            } else {
                QCOMPARE(ready.size(), 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
