#include "compensationpanel.h"

#include "cachenotifier.h"
#include "caseactions.h"
#include "casereader.h"
#include "displaytext.h"
#include "role.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace redress {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString approverText(std::optional<Role> role)
{
    switch (role.value_or(Role::Lead)) {
    case Role::Manager:
        return CompensationPanel::tr("Needs manager approval");
    case Role::Director:
        return CompensationPanel::tr("Needs director approval");
    default:
        return CompensationPanel::tr("Needs lead approval");
    }
}

} // namespace

CompensationPanel::CompensationPanel(CaseActions &actions, CaseReader &reader, CacheNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_reader(reader)
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currencyLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_budget(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_propose(new QPushButton(QIcon(QStringLiteral(":/icons/compensation.svg")), tr("&Propose"), this))
    , m_outcomes(new QListWidget(this))
{
    setObjectName(QStringLiteral("compensationPanel"));
    for (int i = 0; i < kCompensationKindCount; ++i) {
        const QString id = compensationKindId(CompensationKind(i));
        m_kind->addItem(DisplayText::compensationKind(id), id);
    }
    m_kind->setObjectName(QStringLiteral("compensationKind"));
    m_kind->setAccessibleName(tr("Compensation kind"));
    m_amount->setObjectName(QStringLiteral("compensationAmount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(tr("0.00"));
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}([.,]\\d{0,2})?")), m_amount));
    m_reason->setObjectName(QStringLiteral("compensationReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why, in a few words (kept on the case)"));
    m_reason->setMaxLength(1000);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAccessibleName(tr("Policy verdict"));
    m_verdict->setWordWrap(true);
    m_budget->setObjectName(QStringLiteral("dailyBudget"));
    m_suggestion->setObjectName(QStringLiteral("suggestion"));
    m_suggestion->setWordWrap(true);
    m_propose->setObjectName(QStringLiteral("propose"));
    m_propose->setAccessibleName(tr("Propose compensation"));
    m_propose->setToolTip(tr("Record this compensation (Ctrl+Shift+P)"));
    m_propose->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_outcomes->setObjectName(QStringLiteral("compensationOutcomes"));
    m_outcomes->setAccessibleName(tr("Compensations of this case"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currencyLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    auto *amountLabel = new QLabel(tr("&Amount"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(tr("Rea&son"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suggestion);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_budget);
    layout->addWidget(m_propose, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Compensations of this case"), this));
    layout->addWidget(m_outcomes, 1);
    m_suggestion->hide();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompensationPanel::evaluate);
    connect(m_amount, &QLineEdit::textChanged, this, &CompensationPanel::evaluate);
    connect(m_propose, &QPushButton::clicked, this, &CompensationPanel::propose);
    connect(m_amount, &QLineEdit::returnPressed, this, &CompensationPanel::propose);
    if (notifier) {
        connect(notifier, &CacheNotifier::casesChanged, this, [this](const QStringList &ids) {
            if (ids.contains(m_caseId)) {
                refreshOutcomes();
                evaluate();
            }
        });
        connect(notifier, &CacheNotifier::approvalsChanged, this, &CompensationPanel::refreshOutcomes);
        connect(notifier, &CacheNotifier::reset, this, &CompensationPanel::refreshOutcomes);
        connect(notifier, &CacheNotifier::documentsChanged, this, &CompensationPanel::evaluate);
    }
    evaluate();
}

void CompensationPanel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    Result<Currency> currency = m_reader.currency();
    m_currency = currency ? currency->code() : QString();
    m_currencyLabel->setText(m_currency);
    refreshOutcomes();
    evaluate();
}

void CompensationPanel::prefill(const TreeRecovery &recovery)
{
    if (!recovery.kinds.isEmpty())
        m_kind->setCurrentIndex(m_kind->findData(compensationKindId(recovery.kinds.first())));
    if (recovery.suggested) {
        m_amount->setText(recovery.suggested->toDecimalString());
        m_suggestion->setText(tr("The guide suggests %1 (from %2 to %3).")
                                  .arg(DisplayText::money(*recovery.suggested), recovery.minimum->toDecimalString(),
                                       recovery.maximum->toDecimalString()));
    } else {
        m_amount->setText(QStringLiteral("0.00"));
        m_suggestion->setText(tr("The guide recommends a gesture without money: record it with amount 0.00."));
    }
    m_suggestion->show();
    evaluate();
}

void CompensationPanel::setVerdict(const QString &text, const QString &colour)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(colour.isEmpty() ? QString()
                                              : QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
}

void CompensationPanel::evaluate()
{
    m_proposable = false;
    m_propose->setEnabled(false);
    if (Result<std::optional<Money>> left = m_reader.dailyBudgetLeft(nowMs()); left && *left)
        m_budget->setText(tr("You may still grant %1 today.").arg(DisplayText::money(**left)));
    else
        m_budget->setText(left ? tr("No daily budget applies to your role.") : left.error().message);
    if (m_caseId.isEmpty())
        return setVerdict({}, {});
    if (m_amount->text().trimmed().isEmpty())
        return setVerdict(tr("Type an amount, such as 25.00."), {});
    Result<Money> amount = typedAmount();
    if (!amount)
        return setVerdict(amount.error().message, QStringLiteral("#c62828"));
    const std::optional<CompensationKind> kind = compensationKindFromId(m_kind->currentData().toString());
    Result<Verdict> verdict = m_actions.evaluateCompensation(m_caseId, kind.value_or(CompensationKind::Gesture), *amount);
    if (!verdict)
        return setVerdict(verdict.error().message, QStringLiteral("#c62828"));
    const QString headline = verdict->reasons.value(0);
    switch (verdict->decision) {
    case Verdict::Decision::Allow:
        setVerdict(tr("Within your limit: %1 of %2").arg(DisplayText::money(*amount), verdict->limit.toDecimalString()),
                   QStringLiteral("#2e7d32"));
        break;
    case Verdict::Decision::Approval:
        setVerdict(headline.isEmpty() ? approverText(verdict->approver)
                                      : tr("%1: %2").arg(approverText(verdict->approver), headline),
                   QStringLiteral("#ef6c00"));
        break;
    case Verdict::Decision::Deny:
        setVerdict(tr("Denied: %1").arg(headline), QStringLiteral("#c62828"));
        return;
    }
    m_proposable = true;
    m_propose->setEnabled(true);
}

Result<Money> CompensationPanel::typedAmount() const
{
    QString typed = m_amount->text().trimmed();
    typed.replace(QLatin1Char(','), QLatin1Char('.')); // a decimal comma, as many agents type it
    return Money::parse(typed, m_currency);
}

void CompensationPanel::focusAmount()
{
    m_amount->setFocus();
    m_amount->selectAll();
}

QString CompensationPanel::verdictText() const
{
    return m_verdict->text();
}

bool CompensationPanel::canPropose() const
{
    return m_proposable;
}

bool CompensationPanel::propose()
{
    if (!m_proposable)
        return false;
    Result<Money> amount = typedAmount();
    const std::optional<CompensationKind> kind = compensationKindFromId(m_kind->currentData().toString());
    if (!amount || !kind)
        return false;
    Result<CaseActions::Proposal> proposal = m_actions.proposeCompensation(m_caseId, *kind, *amount, m_reason->text().trimmed());
    if (!proposal) {
        setVerdict(proposal.error().message, QStringLiteral("#c62828"));
        return false;
    }
    const bool needsApproval = proposal->verdict.decision == Verdict::Decision::Approval;
    // Recorded: a second Enter or Ctrl+Shift+P must not record it again, so the form starts over.
    m_amount->clear();
    m_suggestion->hide();
    m_reason->clear();
    refreshOutcomes();
    evaluate();
    Q_EMIT proposed(proposal->compensationId, needsApproval);
    return true;
}

void CompensationPanel::refreshOutcomes()
{
    m_outcomes->clear();
    if (m_caseId.isEmpty())
        return;
    Result<QList<CompensationLine>> lines = m_reader.compensations(m_caseId);
    if (!lines) {
        m_outcomes->addItem(lines.error().message);
        return;
    }
    for (const CompensationLine &line : *lines) {
        QString text = tr("%1 %2 — %3").arg(DisplayText::money(line.amount), DisplayText::compensationKind(line.kind),
                                            DisplayText::compensationState(line.state));
        if (line.state == QLatin1String("rejected") && !line.comment.isEmpty())
            text += tr(": %1").arg(line.comment);
        if (line.unsynced)
            text += tr(" (not yet synced)");
        auto *item = new QListWidgetItem(text, m_outcomes);
        item->setData(Qt::UserRole, line.id);
        item->setData(Qt::UserRole + 1, line.state);
        const char *icon = line.state == QLatin1String("applied")            ? ":/icons/resolve.svg"
                           : line.state == QLatin1String("pending_approval") ? ":/icons/pending.svg"
                                                                             : ":/icons/reject.svg";
        item->setIcon(QIcon(QString::fromLatin1(icon)));
        if (!line.reason.isEmpty())
            item->setToolTip(line.reason);
    }
}

} // namespace redress
