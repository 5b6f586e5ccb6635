#include "approvalsqueue.h"

#include "approvalqueuemodel.h"
#include "cachenotifier.h"
#include "caseactions.h"
#include "casereader.h"
#include "clientcontext.h"
#include "delegationdialog.h"
#include "displaytext.h"
#include "sladelegate.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace redress {

ApprovalsQueue::ApprovalsQueue(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ApprovalQueueModel(context.database(), context.notifier(), this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_sla(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_open(new QPushButton(QIcon(QStringLiteral(":/icons/case.svg")), tr("&Open case"), this))
    , m_approve(new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("&Approve"), this))
    , m_reject(new QPushButton(QIcon(QStringLiteral(":/icons/reject.svg")), tr("Re&ject"), this))
    , m_delegate(new QPushButton(tr("&Delegate…"), this))
{
    setObjectName(QStringLiteral("approvalsQueue"));
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Approval requests, due first on top"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ApprovalQueueModel::SlaColumn, new SlaDelegate(m_table));
    m_table->setItemDelegateForColumn(ApprovalQueueModel::EscalationColumn, new SlaDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ApprovalQueueModel::ReasonsColumn, 260);
    m_title->setObjectName(QStringLiteral("approvalTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_details, m_reasons, m_sla, m_blocked}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_reasons->setObjectName(QStringLiteral("approvalReasons"));
    m_sla->setObjectName(QStringLiteral("approvalSla"));
    m_blocked->setObjectName(QStringLiteral("decisionBlocked"));
    m_blocked->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setAccessibleName(tr("Comment for the agent"));
    m_comment->setPlaceholderText(tr("Comment for the agent (required to reject)"));
    m_comment->setMaximumHeight(80);
    m_comment->setTabChangesFocus(true);
    m_open->setObjectName(QStringLiteral("openApprovalCase"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_delegate->setObjectName(QStringLiteral("delegate"));
    m_approve->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_reject->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));

    auto *detail = new QGroupBox(tr("Request"), this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_reasons);
    detailLayout->addWidget(m_sla);
    detailLayout->addWidget(m_comment);
    detailLayout->addWidget(m_blocked);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    detailLayout->addLayout(buttons);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Requests waiting for your decision — the one due first on top."), this);
    top->addWidget(heading, 1);
    top->addWidget(m_delegate);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *nextAction = new QAction(tr("Next request"), this);
    nextAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextAction);
    connect(nextAction, &QAction::triggered, this, &ApprovalsQueue::next);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsQueue::approve);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsQueue::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid())
            Q_EMIT openCaseRequested(index.data(ApprovalQueueModel::CaseIdRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCaseRequested(index.data(ApprovalQueueModel::CaseIdRole).toString());
    });
    connect(m_delegate, &QPushButton::clicked, this, &ApprovalsQueue::delegate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsQueue::showCurrent);
    // The queue changes under the lead's eyes (pokes, escalations): keep the request in focus, or the next one.
    auto changed = [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        showCurrent();
        Q_EMIT countChanged(m_model->rowCount());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showCurrent(); });
    changed();
}

QString ApprovalsQueue::currentApprovalId() const
{
    return m_table->currentIndex().data(ApprovalQueueModel::ApprovalIdRole).toString();
}

bool ApprovalsQueue::select(const QString &approvalId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->approvalId(row) == approvalId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ApprovalsQueue::next()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = m_table->currentIndex().isValid() ? (m_table->currentIndex().row() + 1) % rows : 0;
    m_table->selectRow(row);
    m_table->setFocus();
}

QString ApprovalsQueue::blockedReason() const
{
    return m_blocked->isHidden() ? QString() : m_blocked->text();
}

void ApprovalsQueue::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    const bool any = index.isValid();
    m_open->setEnabled(any);
    m_comment->setEnabled(any);
    if (!any) {
        m_title->setText(m_model->rowCount() == 0 ? tr("Nothing waiting for you.") : tr("Pick a request."));
        m_details->clear();
        m_reasons->clear();
        m_sla->clear();
        m_blocked->hide();
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
        return;
    }
    const auto value = [&](int role) { return index.data(role); };
    const QString caseId = value(ApprovalQueueModel::CaseIdRole).toString();
    // Category and kind come from the case and the compensation as cached: the request itself carries the amount.
    QString category;
    QString kind;
    if (Result<CaseSummary> summary = m_context.reader().readCase(caseId))
        category = DisplayText::fromId(summary->category);
    if (Result<QList<CompensationLine>> lines = m_context.reader().compensations(caseId)) {
        const QString compensationId = value(ApprovalQueueModel::CompensationIdRole).toString();
        for (const CompensationLine &line : *lines)
            if (line.id == compensationId)
                kind = DisplayText::compensationKind(line.kind);
    }
    if (kind.isEmpty())
        kind = tr("Compensation"); // the compensation is not cached (yet): the request still reads as a sentence
    const QString amount = m_model->index(index.row(), ApprovalQueueModel::AmountColumn).data().toString();
    m_title->setText(tr("%1 %2 for %3 (%4)")
                         .arg(amount, kind, value(ApprovalQueueModel::CustomerNameRole).toString(),
                              DisplayText::tier(value(ApprovalQueueModel::CustomerTierRole).toString())));
    m_details->setText(tr("Requested by %1 · %2 · case %3: %4 · waiting %5")
                           .arg(value(ApprovalQueueModel::RequesterRole).toString(), category, caseId,
                                value(ApprovalQueueModel::CaseTitleRole).toString(),
                                ApprovalQueueModel::duration(value(ApprovalQueueModel::AgeMsRole).toLongLong())));
    m_reasons->setText(value(ApprovalQueueModel::ReasonsRole).toStringList().join(QLatin1Char('\n')));
    const QString state = value(ApprovalQueueModel::SlaStateRole).toString();
    const QString sla = m_model->index(index.row(), ApprovalQueueModel::SlaColumn).data().toString();
    const QString escalation = m_model->index(index.row(), ApprovalQueueModel::EscalationColumn).data().toString();
    m_sla->setText(escalation.isEmpty() ? tr("SLA: %1").arg(sla) : tr("SLA: %1 — %2").arg(sla, escalation));
    m_sla->setStyleSheet(state == QLatin1String("red")     ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }")
                         : state == QLatin1String("amber") ? QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }")
                                                           : QString());
    Result<void> allowed = m_context.actions().canDecide(value(ApprovalQueueModel::ApprovalIdRole).toString());
    m_approve->setEnabled(bool(allowed));
    m_reject->setEnabled(bool(allowed));
    m_blocked->setVisible(!allowed);
    if (!allowed) {
        m_blocked->setText(allowed.error().message);
        m_approve->setToolTip(allowed.error().message);
        m_reject->setToolTip(allowed.error().message);
    } else {
        m_approve->setToolTip(tr("Approve (Ctrl+Shift+A)"));
        m_reject->setToolTip(tr("Reject with the comment above (Ctrl+Shift+X)"));
    }
}

bool ApprovalsQueue::approve()
{
    return decide(true);
}

bool ApprovalsQueue::reject()
{
    return decide(false);
}

bool ApprovalsQueue::decide(bool approve)
{
    const QString approvalId = currentApprovalId();
    if (approvalId.isEmpty())
        return false;
    const int row = m_table->currentIndex().row();
    Result<void> decided = m_context.actions().decideApproval(approvalId, approve, m_comment->toPlainText());
    if (!decided) {
        m_blocked->setText(decided.error().message);
        m_blocked->show();
        if (decided.error().where == QLatin1String("comment"))
            m_comment->setFocus();
        return false;
    }
    m_comment->clear();
    Q_EMIT message(approve ? tr("Approved: the agent sees it after the next sync.")
                           : tr("Rejected: the agent sees your comment after the next sync."));
    // The decided request leaves the queue with the next refresh; the one after it is in focus.
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    m_table->setFocus();
    return true;
}

void ApprovalsQueue::delegate()
{
    DelegationDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<void> delegated = m_context.actions().delegateApprovals(dialog.username(), dialog.startsAt().toMSecsSinceEpoch(),
                                                                   dialog.endsAt().toMSecsSinceEpoch());
    Q_EMIT message(delegated ? tr("Your approvals go to %1 from %2 until %3.")
                                   .arg(dialog.username(), DisplayText::dateTime(dialog.startsAt().toMSecsSinceEpoch()),
                                        DisplayText::dateTime(dialog.endsAt().toMSecsSinceEpoch()))
                             : delegated.error().message);
}

} // namespace redress
