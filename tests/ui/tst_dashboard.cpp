// The leads' dashboards on the real widgets against the real demo server: the charts hold the server's numbers
// for the filter chosen, and each exports them as CSV and its picture as PNG.

#include "dashboardview.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTabWidget>
#include <QTest>

using namespace redress;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void dashboard_showsTheServersNumbers_andExportsThem()
    {
        UiClient lead;
        const QString started = lead.start(QUrl(m_server.baseUrl()), QStringLiteral("lead"));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        DashboardView *view = lead.window().dashboards();
        QVERIFY(view);
        DashboardReport::Filter filter;
        filter.from = QDate::currentDate().addDays(-180);
        filter.to = QDate::currentDate();
        filter.line = QStringLiteral("parcel");
        view->setFilter(filter);
        view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(view->report(), 20000);

        // The same question straight to the server, as the lead: the charts must hold exactly its answer.
        const HttpReply signIn = m_server.process().post(QStringLiteral("/api/v1/sessions"),
                                                         QJsonObject{{QStringLiteral("username"), QStringLiteral("lead")},
                                                                     {QStringLiteral("password"), DemoServer::kPassword},
                                                                     {QStringLiteral("device_id"), QStringLiteral("test-dashboard")}});
        QCOMPARE(signIn.status, 201);
        const HttpReply answer = m_server.process().get(
            QStringLiteral("/api/v1/reports/dashboard?from=%1&to=%2&line=parcel")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
            signIn.json.value(QLatin1String("token")).toString());
        QCOMPARE(answer.status, 200);
        const QJsonArray causes = answer.json.value(QLatin1String("root_causes")).toArray();
        const ChartTable *pareto = view->report()->table(QStringLiteral("root_causes"));
        QVERIFY(pareto);
        QCOMPARE(pareto->rows.size(), causes.size());
        QVERIFY(causes.size() > 1);
        for (qsizetype i = 0; i < causes.size(); ++i)
            QCOMPARE(pareto->rows.at(i).at(1).toDouble(), causes.at(i).toObject().value(QLatin1String("cases")).toDouble());
        const QJsonObject repeat = answer.json.value(QLatin1String("repeat_contacts")).toObject();
        const ChartTable *repeats = view->report()->table(QStringLiteral("repeat_contacts"));
        QCOMPARE(repeats->rows.at(0).at(2).toDouble(), repeat.value(QLatin1String("within_7_days")).toDouble());
        QCOMPARE(repeats->rows.at(1).at(2).toDouble(), repeat.value(QLatin1String("within_30_days")).toDouble());
        QCOMPARE(view->report()->table(QStringLiteral("spend_vs_budget"))->rows.at(0).at(1).toDouble() * 100,
                 answer.json.value(QLatin1String("spend")).toObject().value(QLatin1String("total")).toObject()
                     .value(QLatin1String("minor")).toDouble());
        // Every chart is drawn.
        for (const ChartTable &table : view->report()->tables())
            QVERIFY2(view->findChild<QChartView *>(QStringLiteral("chart_") + table.id), qPrintable(table.id));
        // Axis labels are rich text: the first bucket, "< 1 h", is escaped so that it shows instead of vanishing.
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            view->findChild<QChartView *>(QStringLiteral("chart_resolution"))->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories().value(0), QStringLiteral("&lt; 1 h"));

        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("pareto.csv"));
        QVERIFY(view->exportCsv(QStringLiteral("root_causes"), csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("Root cause,Cases,Cumulative share,Repeat-contact rate"));
        QCOMPARE(lines.size() - 2, causes.size()); // header + rows + the empty piece after the last CRLF
        const QString png = out.filePath(QStringLiteral("pareto.png"));
        QVERIFY(view->exportPng(QStringLiteral("root_causes"), png));
        QVERIFY(!QImage(png).isNull());
    }

private:
    DemoServer m_server;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
