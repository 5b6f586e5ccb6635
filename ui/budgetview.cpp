#include "budgetview.h"

#include "budgetagentmodel.h"
#include "cachenotifier.h"
#include "casereader.h"
#include "clientcontext.h"
#include "compensationpolicy.h"
#include "displaytext.h"
#include "localpolicy.h"
#include "policyengine.h"
#include "reportservice.h"
#include "sessionmanager.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace redress {
namespace {

/// A cache change often comes in a burst (a pulled page, then the push answer): ask the server once for all of it.
constexpr int kChangeSettleMs = 300;

/// Minor units as a number of major units, for the CSV (USD 1234.50 → 1234.5), as the dashboards export them.
double major(const Money &amount)
{
    return double(amount.minor()) / std::pow(10.0, amount.currency().exponent());
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(qRound(100.0 * double(part) / double(whole))) : QString();
}

QLabel *barSegment(QWidget *parent, const QString &objectName, const QColor &colour)
{
    auto *segment = new QLabel(parent);
    segment->setObjectName(objectName);
    segment->setAutoFillBackground(true);
    segment->setMinimumWidth(0);
    segment->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette palette = segment->palette();
    palette.setColor(QPalette::Window, colour);
    segment->setPalette(palette);
    return segment;
}

void setSegmentColour(QLabel *segment, const QColor &colour)
{
    QPalette palette = segment->palette();
    palette.setColor(QPalette::Window, colour);
    segment->setPalette(palette);
}

} // namespace

BudgetView::BudgetView(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_reports(new ReportService(context.client(), this))
    , m_agentModel(new BudgetAgentModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_team(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_bar(new QWidget(this))
    , m_barLayout(new QHBoxLayout(m_bar))
    , m_barSpent(barSegment(m_bar, QStringLiteral("budgetBarSpent"), QColor(0x2e, 0x7d, 0x32)))
    , m_barPending(barSegment(m_bar, QStringLiteral("budgetBarPending"), QColor(0x90, 0xca, 0xf9)))
    , m_barLeft(barSegment(m_bar, QStringLiteral("budgetBarLeft"), palette().color(QPalette::Midlight)))
    , m_agents(new QTableView(this))
    , m_tiers(new QTableWidget(this))
    , m_categories(new QTableWidget(this))
    , m_changed(new QTimer(this))
{
    setObjectName(QStringLiteral("budgetView"));
    m_team->setObjectName(QStringLiteral("budgetTeam"));
    m_team->setEditable(true);
    m_team->setToolTip(tr("The team whose budget to show"));
    m_team->hide(); // until the user's role says they see several teams
    m_title->setObjectName(QStringLiteral("budgetTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setObjectName(QStringLiteral("budgetSummary"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("budgetStatus"));
    m_status->setWordWrap(true);

    m_bar->setObjectName(QStringLiteral("budgetBar"));
    m_bar->setFixedHeight(18);
    m_barLayout->setContentsMargins(0, 0, 0, 0);
    m_barLayout->setSpacing(0);
    m_barLayout->addWidget(m_barSpent);
    m_barLayout->addWidget(m_barPending);
    m_barLayout->addWidget(m_barLeft);
    m_barSpent->setToolTip(tr("Applied this period"));
    m_barPending->setToolTip(tr("Waiting for approval"));
    m_barLeft->setToolTip(tr("Left of the budget"));

    m_sorted->setSourceModel(m_agentModel);
    m_sorted->setSortRole(BudgetAgentModel::SortRole);
    m_agents->setObjectName(QStringLiteral("budgetAgents"));
    m_agents->setModel(m_sorted);
    m_agents->setSortingEnabled(true);
    m_agents->sortByColumn(BudgetAgentModel::SpentColumn, Qt::DescendingOrder);
    m_agents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agents->setAlternatingRowColors(true);
    m_agents->verticalHeader()->hide();
    // A team is tens of people: fitting the amount columns to their contents costs nothing here.
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->horizontalHeader()->setSectionResizeMode(BudgetAgentModel::AgentColumn, QHeaderView::Stretch);
    m_agents->setAccessibleName(tr("Spend by agent"));

    for (QTableWidget *shares : {m_tiers, m_categories}) {
        shares->setColumnCount(3);
        shares->setEditTriggers(QAbstractItemView::NoEditTriggers);
        shares->verticalHeader()->hide();
        shares->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        shares->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        shares->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_tiers->setObjectName(QStringLiteral("budgetByTier"));
    m_tiers->setHorizontalHeaderLabels({tr("Tier"), tr("Spent"), tr("Share")});
    m_tiers->setAccessibleName(tr("Spend by tier"));
    m_categories->setObjectName(QStringLiteral("budgetByCategory"));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Spent"), tr("Share")});
    m_categories->setAccessibleName(tr("Spend by category"));

    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("budgetRefresh"));
    refreshButton->setToolTip(tr("Ask the server for this period's figures again"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_team);
    top->addWidget(refreshButton);

    auto *grid = new QGridLayout;
    auto *agentsTitle = new QLabel(tr("By agent: this period, and today against the daily budget"), this);
    grid->addWidget(agentsTitle, 0, 0);
    grid->addWidget(exportButton(QStringLiteral("by_agent")), 0, 1, Qt::AlignRight);
    grid->addWidget(m_agents, 1, 0, 1, 2);
    grid->addWidget(new QLabel(tr("By customer tier"), this), 2, 0);
    grid->addWidget(new QLabel(tr("By failure category"), this), 2, 1);
    auto *tierExport = new QHBoxLayout;
    grid->addWidget(m_tiers, 3, 0);
    grid->addWidget(m_categories, 3, 1);
    tierExport->addStretch(1);
    tierExport->addWidget(exportButton(QStringLiteral("by_tier")));
    auto *categoryExport = new QHBoxLayout;
    categoryExport->addStretch(1);
    categoryExport->addWidget(exportButton(QStringLiteral("by_category")));
    grid->addLayout(tierExport, 4, 0);
    grid->addLayout(categoryExport, 4, 1);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);
    m_bar->hide();

    m_changed->setSingleShot(true);
    m_changed->setInterval(kChangeSettleMs);
    connect(m_changed, &QTimer::timeout, this, &BudgetView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &BudgetView::refresh);
    connect(m_team, &QComboBox::activated, this, &BudgetView::refresh);
    connect(m_team->lineEdit(), &QLineEdit::returnPressed, this, &BudgetView::refresh);
    connect(m_reports, &ReportService::budgetReady, this, &BudgetView::showReport);
    connect(m_reports, &ReportService::failed, this, [this](const QString &message) {
        m_status->setText(tr("The budget could not be loaded: %1").arg(message));
    });
    // Spend changes with compensations, which arrive as case changes (and approvals, when one is decided).
    if (CacheNotifier *notifier = m_context.notifier()) {
        connect(notifier, &CacheNotifier::casesChanged, this, &BudgetView::scheduleRefresh);
        connect(notifier, &CacheNotifier::approvalsChanged, this, &BudgetView::scheduleRefresh);
        connect(notifier, &CacheNotifier::reset, this, &BudgetView::scheduleRefresh);
    }
}

BudgetView::~BudgetView() = default;

QString BudgetView::team() const
{
    if (m_team->isHidden())
        return {};
    // An item chosen from the list stands for its team id; anything else was typed.
    const QString text = m_team->currentText().trimmed();
    const int index = m_team->findText(text);
    return index >= 0 ? m_team->itemData(index).toString() : text;
}

void BudgetView::setTeam(const QString &team)
{
    offerTeams();
    const int index = m_team->findData(team);
    if (index >= 0)
        m_team->setCurrentIndex(index);
    else
        m_team->setEditText(team);
}

void BudgetView::refresh()
{
    offerTeams();
    m_changed->stop();
    m_stale = false;
    if (!m_report)
        m_status->setText(tr("Loading…"));
    m_reports->fetchBudget(team());
}

void BudgetView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void BudgetView::scheduleRefresh()
{
    if (isVisible())
        m_changed->start();
    else
        m_stale = true; // asked for when next shown: a hidden tab costs the server nothing
}

void BudgetView::offerTeams()
{
    if (m_team->count() > 0 || !m_context.session().isSignedIn())
        return;
    const QJsonObject user = m_context.session().user();
    const QString role = user.value(QLatin1String("role")).toString();
    // A lead sees their own team only; the ones above them see several and choose.
    if (role != QLatin1String("manager") && role != QLatin1String("director") && role != QLatin1String("admin"))
        return;
    const QString own = user.value(QLatin1String("team")).toString();
    m_team->addItem(own.isEmpty() ? tr("My team") : tr("My team (%1)").arg(own), own);
    QStringList teams;
    LocalPolicy policy(m_context.database());
    if (Result<std::shared_ptr<const PolicyEngine>> engine = policy.engine(); engine && engine.value()) {
        if (const std::optional<CompensationPolicy::TeamBudgets> &budgets = engine.value()->policy().teamBudgets())
            teams = budgets->byTeam.keys();
    }
    teams.sort();
    for (const QString &team : std::as_const(teams))
        if (team != own)
            m_team->addItem(team, team);
    m_team->show();
}

void BudgetView::showReport(const BudgetReport &report)
{
    m_report = report;
    m_status->clear();
    const QLocale locale;
    m_title->setText(tr("Team %1 · %2 to %3")
                         .arg(report.team(), locale.toString(report.from(), QLocale::ShortFormat),
                              locale.toString(report.to(), QLocale::ShortFormat)));
    showBar(report);
    m_agentModel->setAgents(report.agents());

    m_tables.clear();
    const QString code = report.currency().code();
    ChartTable agents{QStringLiteral("by_agent"), tr("Spend by agent"),
                      {tr("Agent"), tr("Username"), tr("Spent this period (%1)").arg(code), tr("Today (%1)").arg(code),
                       tr("Daily budget (%1)").arg(code), tr("Daily budget used")},
                      {}};
    for (const BudgetReport::Agent &agent : report.agents()) {
        const QVariant used = agent.dailyBudget && !agent.dailyBudget->isZero()
                                  ? QVariant(double(agent.today.minor()) / double(agent.dailyBudget->minor()))
                                  : QVariant();
        agents.rows.append({agent.displayName, agent.username, major(agent.spent), major(agent.today),
                            agent.dailyBudget ? QVariant(major(*agent.dailyBudget)) : QVariant(), used});
    }
    m_tables.append(agents);
    ChartTable tiers{QStringLiteral("by_tier"), tr("Spend by tier"), {tr("Tier"), tr("Spent (%1)").arg(code)}, {}};
    for (const BudgetReport::Share &share : report.byTier())
        tiers.rows.append({DisplayText::tier(share.id), major(share.amount)});
    m_tables.append(tiers);
    ChartTable categories{QStringLiteral("by_category"), tr("Spend by category"), {tr("Category"), tr("Spent (%1)").arg(code)}, {}};
    for (const BudgetReport::Share &share : report.byCategory())
        categories.rows.append({DisplayText::fromId(share.id), major(share.amount)});
    m_tables.append(categories);
    fillShares(m_tiers, tiers, report.byTier(), report.spent());
    fillShares(m_categories, categories, report.byCategory(), report.spent());
    Q_EMIT reportShown();
}

void BudgetView::showBar(const BudgetReport &report)
{
    const QString spent = DisplayText::money(report.spent());
    const QString pending = DisplayText::money(report.pending());
    if (!report.budget()) {
        m_bar->hide();
        m_summary->setText(tr("Spent %1 this period, %2 waiting for approval. No budget is set for this team.").arg(spent, pending));
        return;
    }
    const Money budget = *report.budget();
    const Money left = *report.left();
    QString text;
    switch (report.level()) {
    case BudgetReport::Level::Over:
        text = tr("Over budget: spent %1 of %2 (%3 %), %4 waiting for approval.")
                   .arg(spent, DisplayText::money(budget), percent(report.spent().minor(), budget.minor()), pending);
        break;
    case BudgetReport::Level::Warning:
        text = tr("Spent %1 of %2 (%3 %), %4 waiting for approval: %5 left if all are approved.")
                   .arg(spent, DisplayText::money(budget), percent(report.spent().minor(), budget.minor()), pending,
                        DisplayText::money(left));
        break;
    case BudgetReport::Level::Normal:
        text = tr("Spent %1 of %2 (%3 %), %4 waiting for approval, %5 left.")
                   .arg(spent, DisplayText::money(budget), percent(report.spent().minor(), budget.minor()), pending,
                        DisplayText::money(left));
        break;
    }
    m_summary->setText(text);

    // Stretch factors in thousandths of the larger of budget and spend + pending, so an overrun fills the bar.
    const qint64 whole = std::max(budget.minor(), report.spent().minor() + report.pending().minor());
    auto share = [whole](qint64 part) { return whole > 0 ? int((1000 * part + whole / 2) / whole) : 0; };
    const int spentShare = share(report.spent().minor());
    const int pendingShare = share(report.pending().minor());
    const int leftShare = whole > 0 ? std::max(0, 1000 - spentShare - pendingShare) : 1000;
    m_barLayout->setStretch(0, spentShare);
    m_barLayout->setStretch(1, pendingShare);
    m_barLayout->setStretch(2, leftShare);
    m_barSpent->setVisible(spentShare > 0);
    m_barPending->setVisible(pendingShare > 0);
    m_barLeft->setVisible(leftShare > 0);
    static const QColor normal(0x2e, 0x7d, 0x32);
    static const QColor amber(0xf9, 0xa8, 0x25);
    static const QColor red(0xc6, 0x28, 0x28);
    const BudgetReport::Level level = report.level();
    setSegmentColour(m_barSpent, level == BudgetReport::Level::Over ? red : level == BudgetReport::Level::Warning ? amber : normal);
    m_bar->setProperty("level", level == BudgetReport::Level::Over      ? QStringLiteral("over")
                                : level == BudgetReport::Level::Warning ? QStringLiteral("warning")
                                                                        : QStringLiteral("normal"));
    m_bar->setAccessibleName(text);
    m_bar->setToolTip(text);
    m_bar->show();
}

void BudgetView::fillShares(QTableWidget *widget, const ChartTable &table, const QList<BudgetReport::Share> &shares,
                            const Money &total)
{
    widget->setRowCount(int(shares.size()));
    for (int row = 0; row < int(shares.size()); ++row) {
        const Money &amount = shares.at(row).amount;
        auto *label = new QTableWidgetItem(table.rows.at(row).value(0).toString());
        auto *money = new QTableWidgetItem(DisplayText::money(amount));
        money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString part = percent(amount.minor(), total.minor());
        auto *share = new QTableWidgetItem(part.isEmpty() ? QString() : tr("%1 %").arg(part));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        widget->setItem(row, 0, label);
        widget->setItem(row, 1, money);
        widget->setItem(row, 2, share);
    }
}

QWidget *BudgetView::exportButton(const QString &tableId)
{
    auto *button = new QPushButton(tr("CSV…"), this);
    button->setObjectName(QStringLiteral("budgetCsv_") + tableId);
    button->setToolTip(tr("Save these numbers for Excel or a notebook"));
    connect(button, &QPushButton::clicked, this, [this, tableId] {
        const QString name = QStringLiteral("budget_") + tableId + QStringLiteral(".csv");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), name, tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(tableId, path);
    });
    return button;
}

const ChartTable *BudgetView::table(const QString &id) const
{
    for (const ChartTable &table : m_tables)
        if (table.id == id)
            return &table;
    return nullptr;
}

bool BudgetView::exportCsv(const QString &tableId, const QString &path)
{
    const ChartTable *chosen = table(tableId);
    if (!chosen)
        return false;
    QSaveFile file(path); // all or nothing: a half-written CSV never replaces a good one
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(chosen->toCsv()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace redress
