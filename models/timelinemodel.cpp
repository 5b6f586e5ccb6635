#include "timelinemodel.h"

#include "cachenotifier.h"
#include "compensationkind.h"
#include "localdatabase.h"
#include "money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace redress {
namespace {

/// Notes and messages can be long and span lines; a timeline row shows one line.
QString oneLine(const QString &text, int limit = 160)
{
    QString line = text.simplified();
    if (line.size() > limit)
        line = line.left(limit - 1) + QChar(0x2026);
    return line;
}

QString text(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

QString compensationText(const QJsonObject &data)
{
    Result<Money> amount = Money::fromJson(data.value(QLatin1String("amount")).toObject());
    const QString kindId = text(data, "kind");
    const std::optional<CompensationKind> kind = compensationKindFromId(kindId);
    const QString kindText = kind ? compensationKindLabel(*kind).toLower() : kindId;
    return amount ? QStringLiteral("%1 %2").arg(amount->toString(), kindText) : kindText;
}

} // namespace

TimelineModel::TimelineModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    if (notifier) {
        connect(notifier, &CacheNotifier::casesChanged, this, &TimelineModel::onCasesChanged);
        connect(notifier, &CacheNotifier::outboxChanged, this, &TimelineModel::refresh);
        connect(notifier, &CacheNotifier::reset, this, &TimelineModel::refresh);
    }
}

TimelineModel::~TimelineModel() = default;

QString TimelineModel::summary(const QString &type, const QJsonObject &data)
{
    if (type == QLatin1String("note"))
        return tr("Note: %1").arg(oneLine(text(data, "text")));
    if (type == QLatin1String("case.opened"))
        return tr("Case opened: %1").arg(oneLine(text(data, "title")));
    if (type == QLatin1String("case.updated")) {
        QStringList changes;
        if (data.contains(QLatin1String("status")))
            changes.append(tr("status %1").arg(text(data, "status")));
        if (data.contains(QLatin1String("title")))
            changes.append(tr("title \"%1\"").arg(oneLine(text(data, "title"), 60)));
        if (data.contains(QLatin1String("assignee_id")))
            changes.append(tr("reassigned"));
        const QJsonObject facts = data.value(QLatin1String("facts")).toObject();
        if (!facts.isEmpty())
            changes.append(tr("facts %1").arg(facts.keys().join(QLatin1String(", "))));
        return changes.isEmpty() ? tr("Case updated") : tr("Case updated: %1").arg(changes.join(QLatin1String("; ")));
    }
    if (type == QLatin1String("case.resolved")) {
        const QString rootCause = text(data, "root_cause");
        return rootCause.isEmpty() ? tr("Case resolved") : tr("Case resolved (root cause: %1)").arg(rootCause);
    }
    if (type == QLatin1String("tree.walk")) {
        const QString tree = data.value(QLatin1String("tree")).toObject().value(QLatin1String("id")).toString();
        if (data.value(QLatin1String("complete")).toBool()) {
            const QString outcome = data.value(QLatin1String("outcome")).toObject().value(QLatin1String("title")).toString();
            return tr("Decision tree %1: %2").arg(tree, outcome);
        }
        return tr("Decision tree %1: walk in progress").arg(tree);
    }
    if (type == QLatin1String("message.sent")) {
        const QString subject = text(data, "subject");
        return tr("Message sent by %1: %2")
            .arg(text(data, "channel"), oneLine(subject.isEmpty() ? text(data, "text") : subject, 100));
    }
    if (type == QLatin1String("compensation.applied"))
        return tr("Compensation applied: %1").arg(compensationText(data));
    if (type == QLatin1String("compensation.requested"))
        return tr("Compensation requested, awaiting approval: %1").arg(compensationText(data));
    if (type == QLatin1String("approval.approved") || type == QLatin1String("approval.rejected")) {
        const QString comment = oneLine(text(data, "comment"), 100);
        const QString verdict = type == QLatin1String("approval.approved") ? tr("Approval granted") : tr("Approval rejected");
        return comment.isEmpty() ? verdict : tr("%1: %2").arg(verdict, comment);
    }
    if (type.startsWith(QLatin1String("event."))) {
        const QString name = type.mid(6).replace(QLatin1Char('_'), QLatin1Char(' '));
        return tr("Event received: %1").arg(name);
    }
    return type;
}

void TimelineModel::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    QList<Row> rows;
    const bool ok = m_caseId.isEmpty() || read(rows);
    beginResetModel();
    m_rows = ok ? std::move(rows) : QList<Row>();
    endResetModel();
}

void TimelineModel::onCasesChanged(const QStringList &caseIds)
{
    if (!m_caseId.isEmpty() && caseIds.contains(m_caseId))
        refresh();
}

void TimelineModel::refresh()
{
    if (m_caseId.isEmpty())
        return;
    QList<Row> rows;
    if (!read(rows))
        return;
    // Timelines grow at the end; only a confirmed pending event or a resync rewrites the past.
    qsizetype same = 0;
    while (same < m_rows.size() && same < rows.size() && m_rows.at(same) == rows.at(same))
        ++same;
    if (same == m_rows.size()) {
        if (rows.size() > same) {
            beginInsertRows({}, int(same), int(rows.size() - 1));
            m_rows = std::move(rows);
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool TimelineModel::read(QList<Row> &rows)
{
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT seq, server_id, mutation_id, at, actor, type, data FROM case_events WHERE case_id = ?"
                       " ORDER BY at, seq"),
        {m_caseId});
    if (!query) {
        setLastError(query.error().message);
        return false;
    }
    QSqlQuery &q = *query.value();
    while (q.next()) {
        Row row{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                q.value(4).toString(), q.value(5).toString(),
                QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), QString()};
        row.summary = summary(row.type, row.data);
        rows.append(std::move(row));
    }
    q.finish();
    setLastError(QString());
    return true;
}

void TimelineModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(m_lastError);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool pending = row.serverId == 0 && !row.mutationId.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return row.summary;
    case Qt::ToolTipRole: {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.at, Qt::UTC).toLocalTime(),
                                                QLocale::ShortFormat);
        return pending ? tr("%1 by %2, %3 (not yet on the server)").arg(row.summary, row.actor, when)
                       : tr("%1 by %2, %3").arg(row.summary, row.actor, when);
    }
    case SeqRole:
        return row.seq;
    case ServerIdRole:
        return row.serverId;
    case TypeRole:
        return row.type;
    case AtRole:
        return row.at;
    case ActorRole:
        return row.actor;
    case DataRole:
        return row.data;
    case PendingRole:
        return pending;
    case MutationIdRole:
        return row.mutationId;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Event");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(ServerIdRole, "serverId");
    names.insert(TypeRole, "type");
    names.insert(AtRole, "at");
    names.insert(ActorRole, "actor");
    names.insert(SummaryRole, "summary");
    names.insert(DataRole, "data");
    names.insert(PendingRole, "pending");
    names.insert(MutationIdRole, "mutationId");
    return names;
}

} // namespace redress
