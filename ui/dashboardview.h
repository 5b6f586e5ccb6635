#pragma once

#include "dashboardreport.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;

namespace redress {

class ReportService;

/// The leads' dashboards: time to resolution, repeat contacts after a recovery, satisfaction before and after,
/// goodwill spend by tier and category and against budget, approval SLA compliance and a root-cause Pareto — from
/// the server's report (computed in SQL), filtered by period, team, vendor, line of business and channel. Each
/// chart exports its numbers as CSV and its picture as PNG.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(ReportService &reports, QWidget *parent = nullptr);

    DashboardReport::Filter filter() const;
    void setFilter(const DashboardReport::Filter &filter);
    void refresh();
    /// The report on screen (empty before the first answer).
    const DashboardReport *report() const { return m_report ? &*m_report : nullptr; }
    /// Writes the chart's table as CSV / its picture as PNG; false with the reason shown when it cannot.
    bool exportCsv(const QString &chartId, const QString &path);
    bool exportPng(const QString &chartId, const QString &path);

private:
    void showReport(const DashboardReport &report);
    QWidget *chartFor(const ChartTable &table);

    ReportService &m_reports;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_line;
    QComboBox *m_channel;
    QComboBox *m_team;
    QLabel *m_status;
    QGridLayout *m_grid;
    QWidget *m_charts;
    std::optional<DashboardReport> m_report;
};

} // namespace redress
