#include "dashboardview.h"

#include "reportservice.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QSaveFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

namespace redress {
namespace {

/// A bar chart of one numeric column of a table, labels from its first column.
QChart *barChart(const ChartTable &table, int column, bool horizontal)
{
    auto *chart = new QChart;
    auto *set = new QBarSet(table.headers.value(column));
    QStringList labels;
    for (const QList<QVariant> &row : table.rows) {
        // Axis labels are rich text: "< 1 h" would be read as the start of a tag and vanish.
        labels.append(row.value(0).toString().toHtmlEscaped());
        *set << row.value(column).toDouble();
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    // Short bucket labels ("4–24 h") read better whole and a little crowded than elided to "4–2…".
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

} // namespace

DashboardView::DashboardView(ReportService &reports, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_line(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_grid(nullptr)
    , m_charts(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    const QDate today = QDate::currentDate();
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDate(today.addMonths(-6));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setCalendarPopup(true);
    m_to->setDate(today);
    m_line->setObjectName(QStringLiteral("dashboardLine"));
    m_line->addItem(tr("Both lines"), QString());
    m_line->addItem(tr("Car rental"), QStringLiteral("car_rental"));
    m_line->addItem(tr("Parcel delivery"), QStringLiteral("parcel"));
    m_channel->setObjectName(QStringLiteral("dashboardChannel"));
    m_channel->addItem(tr("Every channel"), QString());
    for (const auto &[id, label] : {std::pair{"phone", tr("Phone")}, std::pair{"chat", tr("Chat")}, std::pair{"email", tr("Email")},
                                    std::pair{"counter", tr("Counter")}})
        m_channel->addItem(label, QLatin1String(id));
    m_team->setObjectName(QStringLiteral("dashboardTeam"));
    m_team->setEditable(true);
    m_team->addItem(tr("My scope"), QString());
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_line);
    filters->addWidget(m_channel);
    filters->addWidget(m_team);
    auto *apply = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Show"), this);
    apply->setObjectName(QStringLiteral("dashboardApply"));
    filters->addWidget(apply);
    filters->addStretch(1);

    m_grid = new QGridLayout(m_charts);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_charts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(apply, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(&m_reports, &ReportService::dashboardReady, this, &DashboardView::showReport);
    connect(&m_reports, &ReportService::failed, this, [this](const QString &message) {
        m_status->setText(tr("The dashboard could not be loaded: %1").arg(message));
    });
}

DashboardReport::Filter DashboardView::filter() const
{
    DashboardReport::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.line = m_line->currentData().toString();
    filter.channel = m_channel->currentData().toString();
    filter.team = m_team->currentIndex() == 0 && m_team->currentText() == m_team->itemText(0) ? QString() : m_team->currentText().trimmed();
    return filter;
}

void DashboardView::setFilter(const DashboardReport::Filter &filter)
{
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    m_line->setCurrentIndex(std::max(0, m_line->findData(filter.line)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(filter.channel)));
    if (!filter.team.isEmpty())
        m_team->setEditText(filter.team);
}

void DashboardView::refresh()
{
    m_status->setText(tr("Loading…"));
    m_reports.fetchDashboard(filter());
}

void DashboardView::showReport(const DashboardReport &report)
{
    m_report = report;
    m_status->setText(tr("%1 to %2 · median time to resolution %3 h, 90% within %4 h")
                          .arg(QLocale().toString(report.from(), QLocale::ShortFormat),
                               QLocale().toString(report.to(), QLocale::ShortFormat))
                          .arg(report.medianHours(), 0, 'f', 1)
                          .arg(report.p90Hours(), 0, 'f', 1));
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    int index = 0;
    for (const ChartTable &table : report.tables()) {
        m_grid->addWidget(chartFor(table), index / 2, index % 2);
        ++index;
    }
}

QWidget *DashboardView::chartFor(const ChartTable &table)
{
    QChart *chart = nullptr;
    if (table.id == QLatin1String("approval_sla")) {
        chart = new QChart;
        auto *pie = new QPieSeries;
        for (const QList<QVariant> &row : table.rows)
            if (row.value(0).toString() != tr("Escalated")) // escalations overlap the other slices
                pie->append(row.value(0).toString(), row.value(1).toDouble());
        pie->setLabelsVisible(true);
        chart->addSeries(pie);
    } else if (table.id == QLatin1String("root_causes")) {
        chart = barChart(table, 1, false);
        auto *cumulative = new QLineSeries;
        cumulative->setName(table.headers.value(2));
        for (int i = 0; i < table.rows.size(); ++i)
            cumulative->append(i, table.rows.at(i).value(2).toDouble() * 100.0);
        chart->addSeries(cumulative);
        auto *percent = new QValueAxis;
        percent->setRange(0, 100);
        percent->setLabelFormat(QStringLiteral("%.0f%%"));
        chart->addAxis(percent, Qt::AlignRight);
        cumulative->attachAxis(percent);
        cumulative->attachAxis(chart->axes(Qt::Horizontal).value(0));
    } else if (table.id == QLatin1String("repeat_contacts")) {
        chart = barChart(table, 2, false);
    } else if (table.id == QLatin1String("satisfaction")) {
        chart = new QChart;
        auto *before = new QBarSet(table.headers.value(1));
        auto *after = new QBarSet(table.headers.value(2));
        QStringList labels;
        for (const QList<QVariant> &row : table.rows) {
            labels.append(row.value(0).toString().toHtmlEscaped());
            *before << row.value(1).toDouble();
            *after << row.value(2).toDouble();
        }
        auto *series = new QBarSeries;
        series->append(before);
        series->append(after);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        categories->append(labels);
        chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        auto *values = new QValueAxis;
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
    } else {
        const bool horizontal = table.id.startsWith(QLatin1String("spend_by"));
        chart = barChart(table, 1, horizontal);
    }
    chart->setTitle(table.title);
    auto *view = new QChartView(chart);
    view->setObjectName(QStringLiteral("chart_") + table.id);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setAccessibleName(table.title);

    auto *frame = new QWidget(m_charts);
    auto *csv = new QPushButton(tr("CSV…"), frame);
    auto *png = new QPushButton(tr("PNG…"), frame);
    csv->setToolTip(tr("Save this chart's numbers for Excel or a notebook"));
    png->setToolTip(tr("Save this chart as a picture"));
    const QString id = table.id;
    connect(csv, &QPushButton::clicked, this, [this, id] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), id + QStringLiteral(".csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(id, path);
    });
    connect(png, &QPushButton::clicked, this, [this, id] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PNG"), id + QStringLiteral(".png"), tr("PNG (*.png)"));
        if (!path.isEmpty())
            exportPng(id, path);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(csv);
    buttons->addWidget(png);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return frame;
}

bool DashboardView::exportCsv(const QString &chartId, const QString &path)
{
    const ChartTable *table = m_report ? m_report->table(chartId) : nullptr;
    if (!table)
        return false;
    QSaveFile file(path); // all or nothing: a half-written CSV never replaces a good one
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(table->toCsv()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool DashboardView::exportPng(const QString &chartId, const QString &path)
{
    auto *view = m_charts->findChild<QChartView *>(QStringLiteral("chart_") + chartId);
    if (!view)
        return false;
    if (!view->grab().save(path, "PNG")) {
        m_status->setText(tr("Could not write %1.").arg(path));
        return false;
    }
    return true;
}

} // namespace redress
