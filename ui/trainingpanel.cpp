#include "trainingpanel.h"

#include "displaytext.h"
#include "trainingrunsmodel.h"
#include "trainingservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace redress {
namespace {

constexpr int kScenarioIdRole = Qt::UserRole + 1;

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString difficultyText(const QString &id)
{
    if (id == QLatin1String("easy"))
        return TrainingPanel::tr("Easy");
    if (id == QLatin1String("medium"))
        return TrainingPanel::tr("Medium");
    if (id == QLatin1String("hard"))
        return TrainingPanel::tr("Hard");
    return DisplayText::fromId(id);
}

QString lineText(const QString &id)
{
    if (id == QLatin1String("car_rental"))
        return TrainingPanel::tr("Car rental");
    if (id == QLatin1String("parcel"))
        return TrainingPanel::tr("Parcel delivery");
    return DisplayText::fromId(id);
}

} // namespace

TrainingPanel::TrainingPanel(TrainingService &service, const QString &userId, bool trainer, QWidget *parent)
    : QWidget(parent), m_service(service), m_userId(userId), m_scenarios(new QStandardItemModel(this)),
      m_scenarioView(makeTable(QStringLiteral("scenarios"), tr("Training scenarios"), this)), m_brief(new QLabel(this)),
      m_start(new QPushButton(QIcon(QStringLiteral(":/icons/training.svg")), tr("&Start scenario"), this)),
      m_results(new TrainingRunsModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_resultsView(makeTable(QStringLiteral("trainingResults"), trainer ? tr("Trainees' results") : tr("Your results"), this))
{
    setObjectName(QStringLiteral("trainingPanel"));
    m_scenarios->setHorizontalHeaderLabels({tr("Scenario"), tr("Line"), tr("Difficulty"), tr("Target")});
    m_scenarioView->setModel(m_scenarios);
    // The title takes what the short columns (line, difficulty, target) leave, so the target is never cut off.
    m_scenarioView->horizontalHeader()->setStretchLastSection(false);
    m_scenarioView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_scenarioView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrainingPanel::showBrief);
    connect(m_scenarioView, &QTableView::activated, this, &TrainingPanel::startSelected);

    m_brief->setObjectName(QStringLiteral("scenarioBrief"));
    m_brief->setWordWrap(true);
    m_brief->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_brief->setTextFormat(Qt::RichText);
    m_start->setObjectName(QStringLiteral("startScenario"));
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::startSelected);
    connect(&m_service, &TrainingService::busyChanged, this, [this](bool busy) {
        m_start->setEnabled(!busy && m_scenarioView->currentIndex().isValid());
        if (m_reset)
            m_reset->setEnabled(!busy);
    });

    m_sorted->setSourceModel(m_results);
    m_sorted->setSortRole(TrainingRunsModel::SortRole);
    m_resultsView->setModel(m_sorted);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->sortByColumn(TrainingRunsModel::StartedColumn, Qt::DescendingOrder);
    m_resultsView->setColumnWidth(TrainingRunsModel::TraineeColumn, 150);
    m_resultsView->setColumnWidth(TrainingRunsModel::ScenarioColumn, 340);
    m_resultsView->setColumnHidden(TrainingRunsModel::TraineeColumn, !trainer);
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const TrainingRun *run = m_results->run(m_sorted->mapToSource(index).row()); run && run->isFinished())
            Q_EMIT scoreRequested(*run);
    });

    auto *briefSide = new QWidget(this);
    auto *briefLayout = new QVBoxLayout(briefSide);
    briefLayout->addWidget(m_brief, 1);
    briefLayout->addWidget(m_start, 0, Qt::AlignRight);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_scenarioView);
    top->addWidget(briefSide);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *resultsHeader = new QHBoxLayout;
    resultsHeader->addWidget(new QLabel(trainer ? tr("<b>Trainees' results</b> — open one for the feedback per step")
                                                : tr("<b>Your results</b> — open one for the feedback per step"),
                                        this),
                             1);
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("R&efresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshTraining"));
    connect(refreshButton, &QPushButton::clicked, this, &TrainingPanel::refresh);
    resultsHeader->addWidget(refreshButton);
    if (trainer) {
        m_reset = new QPushButton(QIcon(QStringLiteral(":/icons/warning.svg")), tr("&Reset the sandbox…"), this);
        m_reset->setObjectName(QStringLiteral("resetSandbox"));
        m_reset->setToolTip(tr("Removes every run and the cases the runs opened, for the next class. Scenarios and users stay."));
        connect(m_reset, &QPushButton::clicked, this, &TrainingPanel::confirmReset);
        resultsHeader->addWidget(m_reset);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Scenarios</b> — pick one and start it: its customer and case are made for you "
                                    "in the sandbox, and your run is scored when you finish."),
                                 this));
    layout->addWidget(top, 3);
    layout->addLayout(resultsHeader);
    layout->addWidget(m_resultsView, 2);

    connect(&m_service, &TrainingService::scenariosReady, this, &TrainingPanel::showScenarios);
    connect(&m_service, &TrainingService::runsReady, this, [this](const QList<TrainingRun> &runs) {
        m_results->setRuns(runs);
        if (const TrainingRun *open = m_results->openRunOf(m_userId))
            Q_EMIT openRunFound(*open);
    });
    connect(&m_service, &TrainingService::runStarted, m_results, &TrainingRunsModel::upsert);
    connect(&m_service, &TrainingService::runFinished, m_results, &TrainingRunsModel::upsert);
    connect(&m_service, &TrainingService::sandboxReset, this, [this](int removed) {
        Q_EMIT message(tr("The sandbox was reset: %n run(s) removed.", nullptr, removed));
        refresh();
    });
}

void TrainingPanel::refresh()
{
    m_service.fetchScenarios();
    m_service.fetchRuns();
}

void TrainingPanel::showScenarios(const QList<ScenarioBrief> &scenarios)
{
    const QString selected = m_scenarioView->currentIndex().data(kScenarioIdRole).toString();
    m_briefs = scenarios;
    m_scenarios->removeRows(0, m_scenarios->rowCount());
    for (const ScenarioBrief &brief : scenarios) {
        auto *title = new QStandardItem(QIcon(QStringLiteral(":/icons/training.svg")), brief.title);
        title->setData(brief.id, kScenarioIdRole);
        title->setToolTip(brief.title);
        auto *target = new QStandardItem(brief.targetSeconds > 0 ? TrainingRunsModel::durationText(brief.targetSeconds) : QString());
        target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_scenarios->appendRow({title, new QStandardItem(lineText(brief.line)), new QStandardItem(difficultyText(brief.difficulty)), target});
    }
    for (int column = 1; column < m_scenarios->columnCount(); ++column)
        m_scenarioView->resizeColumnToContents(column);
    int row = 0;
    for (int i = 0; i < m_scenarios->rowCount(); ++i)
        if (m_scenarios->item(i)->data(kScenarioIdRole).toString() == selected)
            row = i;
    if (m_scenarios->rowCount() > 0)
        m_scenarioView->setCurrentIndex(m_scenarios->index(row, 0));
}

const ScenarioBrief *TrainingPanel::brief(const QString &scenarioId) const
{
    for (const ScenarioBrief &brief : m_briefs)
        if (brief.id == scenarioId)
            return &brief;
    return nullptr;
}

void TrainingPanel::showBrief()
{
    const ScenarioBrief *selected = brief(m_scenarioView->currentIndex().siblingAtColumn(0).data(kScenarioIdRole).toString());
    m_start->setEnabled(selected && !m_service.isBusy());
    if (!selected) {
        m_brief->clear();
        return;
    }
    m_brief->setText(tr("<h3>%1</h3><p><b>%2</b> · %3 customer · %4 · %5</p><blockquote><i>%6</i></blockquote>"
                        "<p>Target time: %7. Work the case as you would a live one: the guide, the compensation, "
                        "the message and the resolution all count.</p>")
                         .arg(selected->title.toHtmlEscaped(), selected->customerName.toHtmlEscaped(),
                              DisplayText::tier(selected->customerTier), DisplayText::channel(selected->channel),
                              DisplayText::fromId(selected->category), selected->briefing.toHtmlEscaped(),
                              TrainingRunsModel::durationText(selected->targetSeconds)));
}

void TrainingPanel::startSelected()
{
    const QString id = m_scenarioView->currentIndex().siblingAtColumn(0).data(kScenarioIdRole).toString();
    if (id.isEmpty() || m_service.isBusy())
        return;
    Q_EMIT message(tr("Starting the scenario…"));
    m_service.startRun(id);
}

void TrainingPanel::confirmReset()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset the sandbox"),
        tr("Remove all %n training run(s) and the cases they made? Trainees with a run open lose it. Scenarios and "
           "users stay.",
           nullptr, int(m_results->runs().size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_service.resetSandbox();
}

} // namespace redress
