#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace redress {

class CacheNotifier;
class LocalDatabase;

/// The recovery templates in the local cache (documents of kind "template"), for the template picker: the one a
/// decision-tree outcome recommends first, the rest by title. A stored template that does not validate is left
/// out and counted in lastError(), so one bad document never hides the others.
class TemplateListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        VersionRole,
        ChannelsRole,   ///< QStringList of channel ids ("email", "chat", "sms") in first-seen order
        LocalesRole,    ///< QStringList of locale tags in first-seen order
        CategoriesRole, ///< QStringList; empty means any category
        RecommendedRole,
    };

    TemplateListModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~TemplateListModel() override;

    QString recommended() const { return m_recommended; }
    /// Puts the template `templateId` first (empty: none is recommended).
    void setRecommended(const QString &templateId);
    void refresh();

    QString lastError() const { return m_lastError; }
    /// The row of a template id, or -1.
    int rowOf(const QString &templateId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void lastErrorChanged(const QString &error);

private:
    struct Row
    {
        QString id;
        QString title;
        int version = 0;
        QStringList channels;
        QStringList locales;
        QStringList categories;
    };

    void sortRows(QList<Row> &rows) const;
    void setLastError(const QString &error);

    LocalDatabase &m_database;
    QString m_recommended;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace redress
