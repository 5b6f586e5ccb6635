#include "caseworkspace.h"

#include "cachenotifier.h"
#include "caseactions.h"
#include "casereader.h"
#include "clientcontext.h"
#include "compensationpanel.h"
#include "customerheader.h"
#include "resolutionpanel.h"
#include "templatecomposer.h"
#include "templatelistmodel.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"
#include "treeguide.h"
#include "treewalkmodel.h"

#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace redress {

CaseWorkspace::CaseWorkspace(ClientContext &context, const QString &caseId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_caseId(caseId)
    , m_timeline(new TimelineModel(context.database(), context.notifier(), this))
    , m_walk(new TreeWalkModel(context.database(), context.notifier(), this))
    , m_templates(new TemplateListModel(context.database(), context.notifier(), this))
    , m_header(new CustomerHeader(this))
    , m_timelineView(new QListView(this))
    , m_note(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(QIcon(QStringLiteral(":/icons/note.svg")), tr("Add &note"), this))
    , m_steps(new QTabWidget(this))
    , m_guide(new TreeGuide(*m_walk, context.actions(), this))
    , m_compensation(new CompensationPanel(context.actions(), context.reader(), context.notifier(), this))
    , m_composer(new TemplateComposer(*m_templates, context.actions(), context.notifier(), this))
    , m_resolution(new ResolutionPanel(context.actions(), context.reader(), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    m_timeline->setCaseId(caseId);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setAccessibleName(tr("Case history"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setWordWrap(true);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_note->setObjectName(QStringLiteral("noteEditor"));
    m_note->setAccessibleName(tr("New note"));
    m_note->setPlaceholderText(tr("Write a note for the case history (Ctrl+Enter adds it)"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_error->setObjectName(QStringLiteral("workspaceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    m_steps->setObjectName(QStringLiteral("recoverySteps"));
    m_steps->addTab(m_guide, QIcon(QStringLiteral(":/icons/guide.svg")), tr("&Guide"));
    m_steps->addTab(m_compensation, QIcon(QStringLiteral(":/icons/compensation.svg")), tr("Co&mpensation"));
    m_steps->addTab(m_composer, QIcon(QStringLiteral(":/icons/message.svg")), tr("M&essage"));
    m_steps->addTab(m_resolution, QIcon(QStringLiteral(":/icons/resolve.svg")), tr("&Resolve"));

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History"), history));
    historyLayout->addWidget(m_timelineView, 1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    historyLayout->addLayout(noteRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(history);
    splitter->addWidget(m_steps);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    auto *addNoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note);
    addNoteKey->setContext(Qt::WidgetShortcut);
    connect(addNoteKey, &QShortcut::activated, this, &CaseWorkspace::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &CaseWorkspace::addNote);
    connect(m_guide, &TreeGuide::recoveryChosen, this, &CaseWorkspace::recoveryChosen);
    connect(m_guide, &TreeGuide::failed, this, &CaseWorkspace::message);
    connect(m_compensation, &CompensationPanel::proposed, this, [this](const QString &id, bool needsApproval) {
        m_composer->setCompensation(id);
        if (needsApproval)
            m_composer->recommend(QStringLiteral("compensation_pending_approval"));
        Q_EMIT message(needsApproval ? tr("Compensation sent to a lead for approval.") : tr("Compensation recorded."));
    });
    connect(m_composer, &TemplateComposer::sent, this, [this] { Q_EMIT message(tr("Message recorded on the case.")); });
    // A walk left before its outcome is still the path taken: on the case before it closes (a training run is
    // scored on it).
    connect(m_resolution, &ResolutionPanel::aboutToResolve, m_guide, &TreeGuide::recordProgress);
    connect(m_resolution, &ResolutionPanel::resolved, this, &CaseWorkspace::reload);
    connect(m_timeline, &QAbstractItemModel::rowsInserted, m_timelineView, &QListView::scrollToBottom);
    connect(m_timeline, &QAbstractItemModel::modelReset, m_timelineView, &QListView::scrollToBottom);
    connect(context.notifier(), &CacheNotifier::casesChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_caseId))
            reload();
    });
    connect(context.notifier(), &CacheNotifier::customersChanged, this, &CaseWorkspace::reload);
    connect(context.notifier(), &CacheNotifier::reset, this, &CaseWorkspace::reload);
    reload();
    m_timelineView->scrollToBottom();
}

CaseWorkspace::~CaseWorkspace() = default;

void CaseWorkspace::reload()
{
    Result<CaseSummary> summary = m_context.reader().readCase(m_caseId);
    if (!summary) {
        m_error->setText(summary.error().message);
        m_error->show();
        return;
    }
    Result<CustomerSummary> customer = m_context.reader().readCustomer(summary->customerId, QDateTime::currentMSecsSinceEpoch());
    if (!customer) {
        m_error->setText(customer.error().message);
        m_error->show();
    } else {
        m_error->hide();
        m_header->setCustomer(*customer, *summary);
    }
    const QString title = summary->title.isEmpty() ? m_caseId : summary->title;
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
    // The guide, the panels and the composer keep what the agent is doing; they are set up once, when the case
    // opens, and then follow the cache themselves.
    if (!m_loaded) {
        m_loaded = true;
        m_guide->setCase(m_caseId, summary->treeId, summary->treeAnswers);
        m_compensation->setCase(m_caseId);
        m_composer->setCase(m_caseId, summary->channel, customer ? customer->locale : QString());
        if (m_walk->isComplete())
            m_composer->recommend(m_walk->recovery().templateId);
    }
    // The resolution panel keeps the agent's choice of root cause until the case's status changes.
    if (summary->status != m_status) {
        m_status = summary->status;
        m_resolution->setCase(m_caseId, summary->category, summary->rootCause, summary->isResolved());
    }
}

void CaseWorkspace::recoveryChosen(const TreeRecovery &recovery)
{
    m_compensation->prefill(recovery);
    if (!recovery.templateId.isEmpty())
        m_composer->recommend(recovery.templateId);
    m_resolution->suggestRootCause(recovery.rootCause);
    const bool offersMoney = recovery.suggested.has_value();
    showStep(offersMoney ? Step::Compensation : Step::Message);
}

QString CaseWorkspace::headerWarning() const
{
    return m_header->warningText();
}

void CaseWorkspace::showStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
    switch (step) {
    case Step::Guide:
        m_guide->setFocus();
        break;
    case Step::Compensation:
        m_compensation->focusAmount();
        break;
    case Step::Message:
    case Step::Resolution:
        m_steps->currentWidget()->setFocus();
        break;
    }
}

void CaseWorkspace::focusNote()
{
    m_note->setFocus();
}

bool CaseWorkspace::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (text.isEmpty())
        return false;
    Result<void> added = m_context.actions().addNote(m_caseId, text);
    if (!added) {
        Q_EMIT message(added.error().message);
        return false;
    }
    m_note->clear();
    return true;
}

} // namespace redress
