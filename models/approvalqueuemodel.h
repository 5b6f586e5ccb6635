#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace redress {

class CacheNotifier;
class LocalDatabase;

/// The approvals still pending in the local cache, the one due first on top, with the time left on each one's
/// SLA. The age and SLA columns change with the clock: a timer announces them every kTickMs (dataChanged on those
/// two columns only), and tests inject the clock with setNow().
///
/// SLA state: "red" once due_at has passed or the server marked the approval overdue; "amber" while less than a
/// quarter of the SLA window (created_at → due_at) is left; "ok" otherwise. An escalation moves due_at on, so the
/// window is measured from creation to the current due time.
class ApprovalQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueModel)

public:
    enum Column {
        RequesterColumn,
        CustomerColumn,
        CaseColumn,
        AmountColumn,
        ReasonsColumn,
        AgeColumn,
        SlaColumn,
        EscalationColumn,
        ColumnCount
    };
    enum Role {
        ApprovalIdRole = Qt::UserRole + 1,
        CaseIdRole,
        CompensationIdRole,
        RequesterRole,
        RequesterIdRole,
        RequiredLevelRole,
        CustomerNameRole,
        CustomerTierRole,
        CaseTitleRole,
        AmountMinorRole,
        CurrencyRole,
        ReasonsRole,       ///< QStringList
        CreatedAtRole,     ///< ms since the epoch, UTC
        DueAtRole,         ///< ms since the epoch, UTC
        AgeMsRole,         ///< now - created_at
        RemainingMsRole,   ///< due_at - now; negative once overdue
        SlaStateRole,      ///< "ok", "amber" or "red"
        OverdueRole,
        EscalationsRole,
    };

    static constexpr int kTickMs = 30000;

    ApprovalQueueModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~ApprovalQueueModel() override;

    /// The clock in ms since the epoch (UTC); the system clock by default.
    void setNow(std::function<qint64()> now);
    /// Reads the pending approvals again.
    void refresh();
    /// Announces that the clock moved: the age, SLA and escalation columns change (no reread).
    void tick();

    QString lastError() const { return m_lastError; }
    QString approvalId(int row) const;

    /// "ok", "amber" or "red" for an approval created at `createdAt`, due at `dueAt`, at `now` (see the class).
    static QString slaState(qint64 createdAt, qint64 dueAt, bool overdue, qint64 now);
    /// "2 h 05 min", "12 min", "45 s": short durations for the queue.
    static QString duration(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void lastErrorChanged(const QString &error);

private:
    struct Row
    {
        QString id;
        QString caseId;
        qint64 createdAt = 0;
        qint64 dueAt = 0;
        QJsonObject data;

        bool operator==(const Row &other) const
        {
            return id == other.id && caseId == other.caseId && createdAt == other.createdAt && dueAt == other.dueAt
                   && data == other.data;
        }
    };

    bool read(QList<Row> &rows);
    void setLastError(const QString &error);
    QString text(const Row &row, const char *key) const;

    LocalDatabase &m_database;
    std::function<qint64()> m_now;
    QList<Row> m_rows;
    QString m_lastError;
    QTimer *m_timer = nullptr;
};

} // namespace redress
