#include "templatelistmodel.h"

#include "cachenotifier.h"
#include "channel.h"
#include "localdatabase.h"
#include "recoverytemplate.h"

#include <algorithm>

namespace redress {
namespace {

bool titleLess(const QString &titleA, const QString &idA, const QString &titleB, const QString &idB)
{
    const int byTitle = QString::localeAwareCompare(titleA.toCaseFolded(), titleB.toCaseFolded());
    return byTitle != 0 ? byTitle < 0 : idA < idB;
}

} // namespace

TemplateListModel::TemplateListModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    if (notifier) {
        connect(notifier, &CacheNotifier::documentsChanged, this, &TemplateListModel::refresh);
        connect(notifier, &CacheNotifier::reset, this, &TemplateListModel::refresh);
    }
    refresh();
}

TemplateListModel::~TemplateListModel() = default;

void TemplateListModel::sortRows(QList<Row> &rows) const
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const bool aFirst = a.id == m_recommended;
        const bool bFirst = b.id == m_recommended;
        if (aFirst != bFirst)
            return aFirst;
        return titleLess(a.title, a.id, b.title, b.id);
    });
}

void TemplateListModel::setRecommended(const QString &templateId)
{
    if (templateId == m_recommended)
        return;
    // Two row moves instead of a reset, so a view keeps its selection: the old recommended template goes back to
    // its place by title, then the new one goes to the top.
    const int oldRow = rowOf(m_recommended);
    m_recommended.clear();
    if (oldRow >= 0) {
        QList<Row> others = m_rows;
        const Row moving = others.takeAt(oldRow);
        int target = 0;
        for (const Row &other : std::as_const(others))
            target += titleLess(other.title, other.id, moving.title, moving.id) ? 1 : 0;
        if (target != oldRow && beginMoveRows({}, oldRow, oldRow, {}, target > oldRow ? target + 1 : target)) {
            m_rows.move(oldRow, target);
            endMoveRows();
        }
    }
    m_recommended = templateId;
    const int newRow = rowOf(m_recommended);
    if (newRow > 0 && beginMoveRows({}, newRow, newRow, {}, 0)) {
        m_rows.move(newRow, 0);
        endMoveRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, RecommendedRole});
}

void TemplateListModel::refresh()
{
    Result<QSqlQuery *> query =
        m_database.exec(QStringLiteral("SELECT id, version, body FROM documents WHERE kind = 'template' ORDER BY id"));
    if (!query) {
        setLastError(query.error().message);
        return;
    }
    QList<Row> rows;
    QStringList bad;
    QSqlQuery &q = *query.value();
    while (q.next()) {
        const QString id = q.value(0).toString();
        Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(q.value(2).toString().toUtf8());
        if (!parsed) {
            bad.append(tr("%1: %2").arg(id, parsed.error().message));
            continue;
        }
        Row row{parsed->id(), parsed->title(), parsed->version(), {}, {}, parsed->categories()};
        for (const TemplateVariant &variant : parsed->variants()) {
            const QString channel = channelId(variant.channel());
            if (!row.channels.contains(channel))
                row.channels.append(channel);
            if (!row.locales.contains(variant.locale()))
                row.locales.append(variant.locale());
        }
        rows.append(std::move(row));
    }
    q.finish();
    setLastError(bad.isEmpty() ? QString() : tr("Templates left out: %1").arg(bad.join(QLatin1String("; "))));
    sortRows(rows);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TemplateListModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(m_lastError);
}

int TemplateListModel::rowOf(const QString &templateId) const
{
    if (templateId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == templateId)
            return int(i);
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool recommended = !m_recommended.isEmpty() && row.id == m_recommended;
    switch (role) {
    case Qt::DisplayRole:
        return recommended ? tr("%1 (recommended)").arg(row.title) : row.title;
    case Qt::ToolTipRole:
        return tr("%1 v%2 · %3 · %4")
            .arg(row.id)
            .arg(row.version)
            .arg(row.channels.join(QLatin1String(", ")), row.locales.join(QLatin1String(", ")));
    case IdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case VersionRole:
        return row.version;
    case ChannelsRole:
        return row.channels;
    case LocalesRole:
        return row.locales;
    case CategoriesRole:
        return row.categories;
    case RecommendedRole:
        return recommended;
    }
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Template");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(VersionRole, "version");
    names.insert(ChannelsRole, "channels");
    names.insert(LocalesRole, "locales");
    names.insert(CategoriesRole, "categories");
    names.insert(RecommendedRole, "recommended");
    return names;
}

} // namespace redress
