#include "approvalqueuemodel.h"

#include "cachenotifier.h"
#include "localdatabase.h"
#include "money.h"
#include "moneyformatter.h"
#include "tier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

namespace redress {

ApprovalQueueModel::ApprovalQueueModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    if (notifier) {
        connect(notifier, &CacheNotifier::approvalsChanged, this, &ApprovalQueueModel::refresh);
        connect(notifier, &CacheNotifier::reset, this, &ApprovalQueueModel::refresh);
    }
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ApprovalQueueModel::tick);
    m_timer->start();
    QList<Row> rows;
    if (read(rows))
        m_rows = std::move(rows);
}

ApprovalQueueModel::~ApprovalQueueModel() = default;

void ApprovalQueueModel::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    tick();
}

void ApprovalQueueModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, EscalationColumn));
}

QString ApprovalQueueModel::slaState(qint64 createdAt, qint64 dueAt, bool overdue, qint64 now)
{
    const qint64 remaining = dueAt - now;
    if (overdue || remaining <= 0)
        return QStringLiteral("red");
    const qint64 window = dueAt - createdAt;
    // remaining < window / 4, without the rounding of an integer division
    if (window > 0 && remaining * 4 < window)
        return QStringLiteral("amber");
    return QStringLiteral("ok");
}

QString ApprovalQueueModel::duration(qint64 ms)
{
    const qint64 seconds = qAbs(ms) / 1000;
    QString text;
    if (seconds >= 86400)
        text = tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    else if (seconds >= 3600)
        text = tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    else if (seconds >= 60)
        text = tr("%1 min").arg(seconds / 60);
    else
        text = tr("%1 s").arg(seconds);
    return ms < 0 ? tr("-%1").arg(text) : text;
}

void ApprovalQueueModel::refresh()
{
    QList<Row> rows;
    if (!read(rows))
        return;
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        // The queue is short (tens of rows): a new or decided approval resets it.
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!(rows.at(i) == m_rows.at(i))) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

bool ApprovalQueueModel::read(QList<Row> &rows)
{
    // A request that came through the change feed carries ids only; the names come from the cache: the case and
    // its customer, and the requester from the case's "compensation.requested" event.
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral(
        "SELECT a.id, a.case_id, a.created_at, a.due_at, a.data, c.title, u.name, u.tier,"
        " (SELECT e.actor FROM case_events e WHERE e.case_id = a.case_id AND e.type = 'compensation.requested'"
        "  AND json_extract(e.data, '$.approval_id') = a.id LIMIT 1)"
        " FROM approvals a LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN customers u ON u.id = c.customer_id"
        " WHERE a.state = 'pending' ORDER BY a.due_at, a.id"));
    if (!query) {
        setLastError(query.error().message);
        return false;
    }
    QSqlQuery &q = *query.value();
    while (q.next()) {
        QJsonObject data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        const std::pair<const char *, int> cached[] = {{"case_title", 5}, {"customer_name", 6}, {"customer_tier", 7}, {"requester", 8}};
        for (const auto &[key, column] : cached) {
            if (data.value(QLatin1String(key)).toString().isEmpty() && !q.value(column).toString().isEmpty())
                data.insert(QLatin1String(key), q.value(column).toString());
        }
        rows.append(Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(), data});
    }
    q.finish();
    setLastError(QString());
    return true;
}

void ApprovalQueueModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(m_lastError);
}

QString ApprovalQueueModel::text(const Row &row, const char *key) const
{
    return row.data.value(QLatin1String(key)).toString();
}

QString ApprovalQueueModel::approvalId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const qint64 now = m_now();
    const bool overdue = row.data.value(QLatin1String("overdue")).toBool();
    const int escalations = row.data.value(QLatin1String("escalations")).toInt();
    const QJsonObject amountJson = row.data.value(QLatin1String("amount")).toObject();
    QStringList reasons;
    for (const QJsonValue &reason : row.data.value(QLatin1String("reasons")).toArray())
        reasons.append(reason.toString());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequesterColumn:
            return text(row, "requester");
        case CustomerColumn: {
            const std::optional<Tier> tier = tierFromId(text(row, "customer_tier"));
            return tier ? tr("%1 (%2)").arg(text(row, "customer_name"), tierLabel(*tier)) : text(row, "customer_name");
        }
        case CaseColumn:
            return text(row, "case_title");
        case AmountColumn: {
            Result<Money> amount = Money::fromJson(amountJson);
            return amount ? MoneyFormatter::format(*amount, u"en") : QString();
        }
        case ReasonsColumn:
            return reasons.join(QLatin1String("; "));
        case AgeColumn:
            return duration(now - row.createdAt);
        case SlaColumn:
            return row.dueAt > now ? tr("%1 left").arg(duration(row.dueAt - now))
                                   : tr("overdue by %1").arg(duration(now - row.dueAt));
        case EscalationColumn: {
            // After an escalation the required level is the one it was escalated to (lead → manager → director).
            const QString escalated = escalations > 0 ? tr("escalated to %1").arg(text(row, "required_level")) : QString();
            const bool late = overdue || row.dueAt <= now;
            if (!escalated.isEmpty() && late)
                return tr("%1, overdue").arg(escalated);
            return late ? tr("overdue") : escalated;
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AgeColumn || index.column() == SlaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ApprovalIdRole:
        return row.id;
    case CaseIdRole:
        return row.caseId;
    case CompensationIdRole:
        return text(row, "compensation_id");
    case RequesterRole:
        return text(row, "requester");
    case RequesterIdRole:
        return text(row, "requester_id");
    case RequiredLevelRole:
        return text(row, "required_level");
    case CustomerNameRole:
        return text(row, "customer_name");
    case CustomerTierRole:
        return text(row, "customer_tier");
    case CaseTitleRole:
        return text(row, "case_title");
    case AmountMinorRole:
        return amountJson.value(QLatin1String("minor")).toInteger();
    case CurrencyRole:
        return amountJson.value(QLatin1String("currency")).toString();
    case ReasonsRole:
        return reasons;
    case CreatedAtRole:
        return row.createdAt;
    case DueAtRole:
        return row.dueAt;
    case AgeMsRole:
        return now - row.createdAt;
    case RemainingMsRole:
        return row.dueAt - now;
    case SlaStateRole:
        return slaState(row.createdAt, row.dueAt, overdue, now);
    case OverdueRole:
        return overdue || row.dueAt <= now;
    case EscalationsRole:
        return escalations;
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequesterColumn:
        return tr("Requester");
    case CustomerColumn:
        return tr("Customer");
    case CaseColumn:
        return tr("Case");
    case AmountColumn:
        return tr("Amount");
    case ReasonsColumn:
        return tr("Reasons");
    case AgeColumn:
        return tr("Age");
    case SlaColumn:
        return tr("SLA");
    case EscalationColumn:
        return tr("Escalation");
    }
    return {};
}

QHash<int, QByteArray> ApprovalQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ApprovalIdRole, "approvalId");
    names.insert(CaseIdRole, "caseId");
    names.insert(CompensationIdRole, "compensationId");
    names.insert(RequesterRole, "requester");
    names.insert(RequesterIdRole, "requesterId");
    names.insert(RequiredLevelRole, "requiredLevel");
    names.insert(CustomerNameRole, "customerName");
    names.insert(CustomerTierRole, "customerTier");
    names.insert(CaseTitleRole, "caseTitle");
    names.insert(AmountMinorRole, "amountMinor");
    names.insert(CurrencyRole, "currency");
    names.insert(ReasonsRole, "reasons");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(DueAtRole, "dueAt");
    names.insert(AgeMsRole, "ageMs");
    names.insert(RemainingMsRole, "remainingMs");
    names.insert(SlaStateRole, "slaState");
    names.insert(OverdueRole, "overdue");
    names.insert(EscalationsRole, "escalations");
    return names;
}

} // namespace redress
