#include "outboxmodel.h"

#include "cachenotifier.h"
#include "localdatabase.h"
#include "outbox.h"

#include <QDateTime>
#include <QLocale>

namespace redress {

OutboxModel::OutboxModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    if (notifier) {
        connect(notifier, &CacheNotifier::outboxChanged, this, &OutboxModel::reload);
        connect(notifier, &CacheNotifier::reset, this, &OutboxModel::reload);
    }
    reload();
}

void OutboxModel::reload()
{
    Result<QList<OutboxEntry>> entries = Outbox(m_database).recent(m_limit);
    if (!entries) {
        m_lastError = entries.error().toString(); // keep showing what was there
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_entries = std::move(entries).value();
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::actionLabel(const QString &type)
{
    if (type == QLatin1String("case.open"))
        return tr("Open case");
    if (type == QLatin1String("case.update"))
        return tr("Update case");
    if (type == QLatin1String("note.add"))
        return tr("Add note");
    if (type == QLatin1String("tree.record"))
        return tr("Record guide path");
    if (type == QLatin1String("message.send"))
        return tr("Send message");
    if (type == QLatin1String("case.resolve"))
        return tr("Resolve case");
    if (type == QLatin1String("compensation.propose"))
        return tr("Grant compensation");
    if (type == QLatin1String("approval.decide"))
        return tr("Decide approval");
    return type;
}

QString OutboxModel::stateLabel(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("Waiting to send");
    case OutboxEntry::State::Applied:
        return tr("Done");
    case OutboxEntry::State::PendingApproval:
        return tr("Sent for approval");
    case OutboxEntry::State::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.createdAt).toLocalTime(), QLocale::ShortFormat);
        case ActionColumn:
            return actionLabel(entry.type);
        case CaseColumn:
            return entry.caseId;
        case StateColumn:
            if (entry.state == OutboxEntry::State::Pending && entry.attempts > 0)
                return tr("Waiting to send (%n attempt(s))", nullptr, entry.attempts);
            return stateLabel(entry.state);
        case ReasonColumn:
            if (entry.state == OutboxEntry::State::PendingApproval && entry.needsAttention())
                return tr("Granted offline; the current policy needs a lead's approval.");
            return entry.errorMessage;
        default:
            return {};
        }
    case SeqRole:
        return entry.seq;
    case StateRole:
        return OutboxEntry::stateId(entry.state);
    case AttentionRole:
        return entry.needsAttention();
    case ErrorCodeRole:
        return entry.errorCode;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActionColumn:
        return tr("Action");
    case CaseColumn:
        return tr("Case");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(StateRole, "state");
    names.insert(AttentionRole, "attention");
    names.insert(ErrorCodeRole, "errorCode");
    return names;
}

} // namespace redress
