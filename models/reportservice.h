#pragma once

#include "budgetreport.h"
#include "dashboardreport.h"

#include <QObject>

namespace redress {

class ServerClient;

/// Asks the server for the leads' reports (they are computed there, in SQL, so every desk shows the same numbers)
/// and hands them over parsed. Reports need the network: offline, `failed` says so and the last report stays.
class ReportService final : public QObject
{
    Q_OBJECT

public:
    explicit ReportService(ServerClient &client, QObject *parent = nullptr);

    void fetchDashboard(const DashboardReport::Filter &filter);
    /// The budget period of `team`, or of the caller's own team when empty.
    void fetchBudget(const QString &team = {});

Q_SIGNALS:
    void dashboardReady(const redress::DashboardReport &report);
    void budgetReady(const redress::BudgetReport &report);
    void failed(const QString &message);

private:
    ServerClient &m_client;
    quint64 m_dashboardRequest = 0; ///< only the answer to the latest request is shown
    quint64 m_budgetRequest = 0;
};

} // namespace redress
