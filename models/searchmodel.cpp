#include "searchmodel.h"

#include "cachenotifier.h"
#include "localdatabase.h"
#include "rowdiff.h"
#include "searchquery.h"
#include "tier.h"

#include <QSet>
#include <QSqlError>
#include <QStringList>

#include <limits>

namespace redress {
namespace {

// Private-use characters mark the matches in snippet(): they cannot come from the cache's text as typed by
// people, so escaping for HTML and then swapping them for tags cannot be fooled by text that looks like a tag.
constexpr char16_t kMatchStart = 0xE000;
constexpr char16_t kMatchEnd = 0xE001;

QString plain(const QString &snippet)
{
    QString text = snippet;
    text.remove(QChar(kMatchStart));
    text.remove(QChar(kMatchEnd));
    return text;
}

QString html(const QString &snippet)
{
    QString text = snippet.toHtmlEscaped();
    text.replace(QChar(kMatchStart), QLatin1String("<b>"));
    text.replace(QChar(kMatchEnd), QLatin1String("</b>"));
    return text;
}

} // namespace

SearchModel::SearchModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    if (notifier) {
        connect(notifier, &CacheNotifier::casesChanged, this, &SearchModel::refresh);
        connect(notifier, &CacheNotifier::customersChanged, this, &SearchModel::refresh);
        connect(notifier, &CacheNotifier::reset, this, &SearchModel::refresh);
    }
}

SearchModel::~SearchModel() = default;

void SearchModel::setQuery(const QString &text)
{
    m_text = text;
    const QString match = SearchQuery::matchExpression(text);
    // "bell" then "bell " is the same search: a keystroke that adds only a space costs nothing.
    if (match == m_match && !match.isEmpty())
        return;
    m_match = match;
    run();
}

void SearchModel::setKinds(Kinds kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    run();
}

void SearchModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    run();
}

RowDiffSteps SearchModel::rowDiffSteps()
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
                         [this](int row) { Q_EMIT dataChanged(index(row), index(row)); }};
}

void SearchModel::refresh()
{
    if (m_match.isEmpty() || m_kinds == Kinds()) {
        run();
        return;
    }
    const int limit = std::max<int>(int(m_rows.size()), kPageSize);
    QList<Row> fresh;
    if (!readPage(std::numeric_limits<qint64>::max(), limit, fresh))
        return;
    // Rows are ordered by rowid, which never changes for a document: a row present before and after keeps its
    // place relative to the others, so removals then insertions reach the new order.
    QSet<qint64> freshIds;
    for (const Row &row : std::as_const(fresh))
        freshIds.insert(row.rowid);
    QSet<qint64> staying;
    for (const Row &row : std::as_const(m_rows)) {
        if (freshIds.contains(row.rowid))
            staying.insert(row.rowid);
    }
    applyRowDiff(m_rows, fresh, staying, [](const Row &row) { return row.rowid; }, rowDiffSteps());
    m_atEnd = fresh.size() < limit;
}

void SearchModel::run()
{
    QElapsedTimer timer;
    timer.start();
    QList<Row> rows;
    bool ok = true;
    if (!m_match.isEmpty() && m_kinds != Kinds())
        ok = readPage(std::numeric_limits<qint64>::max(), kPageSize, rows);
    if (!ok && !m_rows.isEmpty())
        return; // keep the rows shown; lastError() says why
    m_changing = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = !ok || m_rows.size() < kPageSize;
    endResetModel();
    m_changing = false;
    if (m_match.isEmpty())
        setLastError(QString());
    m_lastMicros = timer.nsecsElapsed() / 1000;
}

bool SearchModel::readPage(qint64 beforeRowid, int limit, QList<Row> &rows)
{
    // FTS5 finds the rowids for the words alone; kinds and status are tests on the joined rows, so a filter
    // never changes the MATCH expression and FTS5 still walks its rowids newest first.
    QString sql = QStringLiteral(
        "SELECT search_fts.rowid, d.kind, d.ref, d.case_id,"
        " CASE WHEN d.customer_id <> '' THEN d.customer_id ELSE coalesce(c.customer_id, '') END,"
        " snippet(search_fts, 0, char(57344), char(57345), '…', 12), coalesce(c.title, ''), coalesce(c.status, ''),"
        " coalesce(cu.name, ''), coalesce(cu.tier, '')"
        " FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid"
        " LEFT JOIN cases c ON d.case_id <> '' AND c.id = d.case_id"
        " LEFT JOIN customers cu ON cu.id = CASE WHEN d.customer_id <> '' THEN d.customer_id ELSE c.customer_id END"
        " WHERE search_fts MATCH ? AND search_fts.rowid < ?");
    QVariantList binds{m_match, beforeRowid};
    if (m_kinds != AllKinds) {
        QStringList kinds;
        if (m_kinds & Customers)
            kinds.append(QStringLiteral("'customer'"));
        if (m_kinds & Cases)
            kinds.append(QStringLiteral("'case'"));
        if (m_kinds & Notes)
            kinds.append(QStringLiteral("'note'"));
        sql += QLatin1String(" AND d.kind IN (") + kinds.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!m_status.isEmpty()) {
        sql += QLatin1String(" AND c.status = ?");
        binds.append(m_status);
    }
    sql += QLatin1String(" ORDER BY search_fts.rowid DESC LIMIT ?");
    binds.append(limit);

    Result<QSqlQuery *> query = m_database.exec(sql, binds);
    if (!query) {
        setLastError(query.error().message);
        return false;
    }
    QSqlQuery &q = *query.value();
    while (q.next()) {
        rows.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                        q.value(9).toString(), q.value(5).toString()});
    }
    const bool failed = q.lastError().isValid();
    const QString error = q.lastError().text();
    q.finish();
    if (failed) {
        setLastError(error);
        return false;
    }
    setLastError(QString());
    return true;
}

void SearchModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(m_lastError);
}

QString SearchModel::label(const Row &row) const
{
    if (row.kind == QLatin1String("customer")) {
        const std::optional<Tier> tier = tierFromId(row.customerTier);
        return tier ? tr("%1 (%2)").arg(row.customerName, tierLabel(*tier)) : row.customerName;
    }
    if (row.kind == QLatin1String("case"))
        return tr("%1 · %2").arg(row.caseId, row.caseTitle);
    return tr("Note on %1 · %2").arg(row.caseId, row.caseTitle);
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return label(row);
    case Qt::ToolTipRole:
    case SnippetRole:
        return plain(row.snippet);
    case SnippetHtmlRole:
        return html(row.snippet);
    case KindRole:
        return row.kind;
    case CaseIdRole:
        return row.caseId;
    case CustomerIdRole:
        return row.customerId;
    case CaseStatusRole:
        return row.caseStatus;
    case CustomerNameRole:
        return row.customerName;
    case CustomerTierRole:
        return row.customerTier;
    case RefRole:
        return row.ref;
    }
    return {};
}

QVariant SearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Result");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(CaseIdRole, "caseId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(LabelRole, "label");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(CaseStatusRole, "caseStatus");
    names.insert(CustomerNameRole, "customerName");
    names.insert(CustomerTierRole, "customerTier");
    names.insert(RefRole, "ref");
    return names;
}

bool SearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void SearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_changing)
        return;
    QList<Row> page;
    if (!readPage(m_rows.constLast().rowid, kPageSize, page))
        return;
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
