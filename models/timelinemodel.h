#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace redress {

class CacheNotifier;
class LocalDatabase;

/// One case's timeline from the local cache, oldest first (at, then the order events were stored), with a
/// one-line summary per event type. Events written here and not yet confirmed by the server (server_id NULL,
/// mutation_id set) are marked pending, so a view can show them as such.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Role {
        SeqRole = Qt::UserRole + 1, ///< the local row id (case_events.seq)
        ServerIdRole,               ///< the server's event id; 0 while pending
        TypeRole,                   ///< "note", "compensation.applied", "event.parcel_scan"...
        AtRole,                     ///< milliseconds since the epoch, UTC
        ActorRole,                  ///< the actor's username
        SummaryRole,                ///< one readable line
        DataRole,                   ///< the event's data as a QJsonObject
        PendingRole,                ///< true while the server has not confirmed the event
        MutationIdRole,             ///< the outbox mutation a pending event comes from
    };

    TimelineModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~TimelineModel() override;

    QString caseId() const { return m_caseId; }
    /// Shows the timeline of `caseId` (empty: nothing).
    void setCaseId(const QString &caseId);
    /// Reads the timeline again; new events at the end are inserted, anything else resets.
    void refresh();

    QString lastError() const { return m_lastError; }

    /// The one-line summary of an event, e.g. "Compensation applied: USD 40.00 voucher".
    static QString summary(const QString &type, const QJsonObject &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void lastErrorChanged(const QString &error);

private:
    struct Row
    {
        qint64 seq = 0;
        qint64 serverId = 0;
        QString mutationId;
        qint64 at = 0;
        QString actor;
        QString type;
        QJsonObject data;
        QString summary;

        bool operator==(const Row &other) const
        {
            return seq == other.seq && serverId == other.serverId && mutationId == other.mutationId
                   && at == other.at && actor == other.actor && type == other.type && data == other.data;
        }
    };

    bool read(QList<Row> &rows);
    void setLastError(const QString &error);
    void onCasesChanged(const QStringList &caseIds);

    LocalDatabase &m_database;
    QString m_caseId;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace redress
