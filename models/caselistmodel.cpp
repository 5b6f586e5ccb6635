#include "caselistmodel.h"

#include "cachenotifier.h"
#include "localdatabase.h"
#include "rowdiff.h"
#include "tier.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <limits>

namespace redress {
namespace {

QString statusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return CaseListModel::tr("Open");
    if (status == QLatin1String("in_progress"))
        return CaseListModel::tr("In progress");
    if (status == QLatin1String("waiting"))
        return CaseListModel::tr("Waiting");
    if (status == QLatin1String("resolved"))
        return CaseListModel::tr("Resolved");
    return status;
}

/// "late_delivery" → "Late delivery": readable until the policy's category labels are at hand here.
QString idText(const QString &id)
{
    QString text = id;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString tierText(const QString &id)
{
    const std::optional<Tier> tier = tierFromId(id);
    return tier ? tierLabel(*tier) : id;
}

} // namespace

CaseListModel::CaseListModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    if (notifier) {
        connect(notifier, &CacheNotifier::casesChanged, this, &CaseListModel::onCasesChanged);
        connect(notifier, &CacheNotifier::customersChanged, this, &CaseListModel::refresh);
        connect(notifier, &CacheNotifier::reset, this, &CaseListModel::refresh);
    }
    reload();
}

CaseListModel::~CaseListModel() = default;

void CaseListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter && !m_rows.isEmpty())
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    QList<Row> rows;
    const bool ok = readPage(std::numeric_limits<qint64>::max(), QString(), kPageSize, rows);
    m_changing = true;
    beginResetModel();
    if (ok) {
        m_rows = std::move(rows);
        m_atEnd = m_rows.size() < kPageSize;
    } else {
        // A filter that cannot be read shows nothing rather than rows that do not match it.
        m_rows.clear();
        m_atEnd = true;
    }
    endResetModel();
    m_changing = false;
}

bool CaseListModel::readPage(qint64 afterUpdatedAt, const QString &afterId, int limit, QList<Row> &rows)
{
    // The keyset condition is spelt with an explicit `updated_at <= ?` so SQLite walks an index range from the
    // key instead of testing a row value against every row.
    QString sql = QStringLiteral(
        "SELECT c.id, c.customer_id, coalesce(cu.name, json_extract(c.data, '$.customer_name'), ''),"
        " coalesce(cu.tier, json_extract(c.data, '$.customer_tier'), ''), c.title, c.status, c.category,"
        " c.assignee_id, c.updated_at FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id"
        " WHERE c.updated_at <= ? AND (c.updated_at < ? OR c.id < ?)");
    // The first page has no row to follow: an id above every real one makes the key "the end of time".
    const bool first = afterUpdatedAt == std::numeric_limits<qint64>::max();
    QVariantList binds{afterUpdatedAt, afterUpdatedAt, first ? QStringLiteral("\U0010FFFF") : afterId};
    if (!m_filter.assigneeId.isEmpty()) {
        sql += QLatin1String(" AND c.assignee_id = ?");
        binds.append(m_filter.assigneeId);
    }
    if (!m_filter.customerId.isEmpty()) {
        sql += QLatin1String(" AND c.customer_id = ?");
        binds.append(m_filter.customerId);
    }
    if (m_filter.openOnly)
        sql += QLatin1String(" AND c.status <> 'resolved'");
    sql += QLatin1String(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
    binds.append(limit);

    Result<QSqlQuery *> query = m_database.exec(sql, binds);
    if (!query) {
        setLastError(query.error().message);
        return false;
    }
    QSqlQuery &q = *query.value();
    while (q.next()) {
        rows.append(Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toLongLong()});
    }
    q.finish();
    setLastError(QString());
    return true;
}

void CaseListModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(m_lastError);
}

void CaseListModel::onCasesChanged(const QStringList &caseIds)
{
    // Any case may enter the loaded window (a new case, one assigned to me, one updated just now), so the window
    // is read again whatever the ids; it is a few hundred rows by index.
    Q_UNUSED(caseIds);
    refresh();
}

RowDiffSteps CaseListModel::rowDiffSteps()
{
    // m_changing keeps fetchMore out while rows move (views call it from inside rowsInserted).
    return RowDiffSteps{[this](int first, int last) {
                             m_changing = true;
                             beginRemoveRows({}, first, last);
                         },
                         [this] {
                             endRemoveRows();
                             m_changing = false;
                         },
                         [this](int first, int last) {
                             m_changing = true;
                             beginInsertRows({}, first, last);
                         },
                         [this] {
                             endInsertRows();
                             m_changing = false;
                         },
                         [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }};
}

void CaseListModel::refresh()
{
    const int limit = std::max<int>(int(m_rows.size()), kPageSize);
    QList<Row> fresh;
    if (!readPage(std::numeric_limits<qint64>::max(), QString(), limit, fresh))
        return;

    // Rows whose sort key (updated_at, id) did not change keep their relative order; every other row is removed
    // and inserted where it belongs now. So a case that moved to the top is one removal and one insertion.
    QHash<QString, qint64> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const Row &row : std::as_const(fresh))
        freshKeys.insert(row.id, row.updatedAt);
    QSet<QString> staying;
    for (const Row &row : std::as_const(m_rows)) {
        const auto it = freshKeys.constFind(row.id);
        if (it != freshKeys.cend() && it.value() == row.updatedAt)
            staying.insert(row.id);
    }

    applyRowDiff(m_rows, fresh, staying, [](const Row &row) { return row.id; }, rowDiffSteps());
    m_atEnd = fresh.size() < limit;
}

QString CaseListModel::caseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return row.id;
        case CustomerColumn:
            return row.customerTier.isEmpty() ? row.customerName
                                              : tr("%1 (%2)").arg(row.customerName, tierText(row.customerTier));
        case TitleColumn:
            return row.title;
        case StatusColumn:
            return statusText(row.status);
        case CategoryColumn:
            return idText(row.category);
        case UpdatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.updatedAt, Qt::UTC).toLocalTime(),
                                      QLocale::ShortFormat);
        }
        return {};
    case CaseIdRole:
        return row.id;
    case CustomerIdRole:
        return row.customerId;
    case CustomerNameRole:
        return row.customerName;
    case CustomerTierRole:
        return row.customerTier;
    case TitleRole:
        return row.title;
    case StatusRole:
        return row.status;
    case CategoryRole:
        return row.category;
    case AssigneeIdRole:
        return row.assigneeId;
    case UpdatedAtRole:
        return row.updatedAt;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Case");
    case CustomerColumn:
        return tr("Customer");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case CategoryColumn:
        return tr("Category");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(CustomerNameRole, "customerName");
    names.insert(CustomerTierRole, "customerTier");
    names.insert(TitleRole, "title");
    names.insert(StatusRole, "status");
    names.insert(CategoryRole, "category");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(UpdatedAtRole, "updatedAt");
    return names;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    QList<Row> page;
    const bool ok = m_rows.isEmpty() ? readPage(std::numeric_limits<qint64>::max(), QString(), kPageSize, page)
                                     : readPage(m_rows.constLast().updatedAt, m_rows.constLast().id, kPageSize, page);
    if (!ok)
        return; // keep what is shown; lastError() says why, and the next fetchMore() tries again
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

} // namespace redress
