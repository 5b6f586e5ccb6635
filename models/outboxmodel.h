#pragma once

#include <QAbstractTableModel>

#include "outboxentry.h"

namespace redress {

class CacheNotifier;
class LocalDatabase;

/// The agent's own actions and what became of them, newest first: waiting for the server, applied, sent for
/// approval, or rejected with the server's reason. Rows that need the agent's attention say so (AttentionRole).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, ActionColumn, CaseColumn, StateColumn, ReasonColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, StateRole, AttentionRole, ErrorCodeRole };

    OutboxModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the newest `limit` entries again.
    void reload();
    QString lastError() const { return m_lastError; }

    static QString actionLabel(const QString &type);
    static QString stateLabel(OutboxEntry::State state);

private:
    LocalDatabase &m_database;
    QList<OutboxEntry> m_entries;
    QString m_lastError;
    int m_limit = 500;
};

} // namespace redress
