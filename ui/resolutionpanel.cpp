#include "resolutionpanel.h"

#include "caseactions.h"
#include "casereader.h"
#include "displaytext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress {

ResolutionPanel::ResolutionPanel(CaseActions &actions, CaseReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_reader(reader)
    , m_rootCause(new QComboBox(this))
    , m_resolve(new QPushButton(QIcon(QStringLiteral(":/icons/resolve.svg")), tr("&Done: resolve the case"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("resolutionPanel"));
    m_rootCause->setObjectName(QStringLiteral("rootCause"));
    m_rootCause->setAccessibleName(tr("Root cause"));
    m_resolve->setObjectName(QStringLiteral("resolveCase"));
    m_resolve->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_resolve->setToolTip(tr("Resolve the case with this root cause (Ctrl+Shift+D)"));
    m_status->setObjectName(QStringLiteral("resolutionStatus"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("R&oot cause"), m_rootCause);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What caused the failure? Leads use this to fix what keeps going wrong."), this));
    layout->addLayout(form);
    layout->addWidget(m_resolve, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_resolve, &QPushButton::clicked, this, &ResolutionPanel::resolve);
}

void ResolutionPanel::setCase(const QString &caseId, const QString &category, const QString &rootCause, bool isResolved)
{
    // The agent's choice survives a refresh (a status change from the server) when it is still offered.
    const QString chosen = caseId == m_caseId ? m_rootCause->currentData().toString() : QString();
    m_caseId = caseId;
    m_rootCause->clear();
    m_rootCause->addItem(tr("Choose a root cause…"), QString());
    Result<QStringList> causes = m_reader.rootCauses(category);
    for (const QString &cause : causes ? *causes : QStringList())
        m_rootCause->addItem(DisplayText::fromId(cause), cause);
    m_rootCause->addItem(tr("Other"), QStringLiteral("other"));
    suggestRootCause(chosen.isEmpty() ? rootCause : chosen);
    m_resolve->setEnabled(!isResolved);
    m_status->setText(isResolved ? tr("This case is resolved.") : (causes ? QString() : causes.error().message));
}

void ResolutionPanel::suggestRootCause(const QString &rootCause)
{
    if (rootCause.isEmpty())
        return;
    int index = m_rootCause->findData(rootCause);
    if (index < 0) {
        m_rootCause->addItem(DisplayText::fromId(rootCause), rootCause);
        index = m_rootCause->count() - 1;
    }
    m_rootCause->setCurrentIndex(index);
}

bool ResolutionPanel::resolve()
{
    const QString cause = m_rootCause->currentData().toString();
    if (cause.isEmpty()) {
        m_status->setText(tr("Choose a root cause first."));
        m_rootCause->setFocus();
        return false;
    }
    Q_EMIT aboutToResolve();
    Result<void> done = m_actions.resolveCase(m_caseId, cause);
    if (!done) {
        m_status->setText(done.error().message);
        return false;
    }
    m_status->setText(tr("Resolved. The case stays in your history."));
    m_resolve->setEnabled(false);
    Q_EMIT resolved();
    return true;
}

} // namespace redress
