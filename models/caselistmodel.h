#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace redress {

struct RowDiffSteps;

class CacheNotifier;
class LocalDatabase;

/// Cases from the local cache, newest activity first (updated_at DESC, then id DESC), for "my queue", "recent
/// cases" and a customer's cases.
///
/// Lazy: rows come in pages of kPageSize by keyset pagination — `(updated_at, id) < (last row's)` — so a page
/// costs the same at row 200 as at row 999,800, and views pull more through canFetchMore()/fetchMore(). When the
/// cache changes, only the rows already loaded are read again and the difference is applied as row removals,
/// insertions and dataChanged, so a view keeps its selection and scroll position.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column { IdColumn, CustomerColumn, TitleColumn, StatusColumn, CategoryColumn, UpdatedColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CustomerNameRole,
        CustomerTierRole,
        TitleRole,
        StatusRole,
        CategoryRole,
        AssigneeIdRole,
        UpdatedAtRole, ///< milliseconds since the epoch, UTC
    };

    struct Filter
    {
        QString assigneeId; ///< "my queue": only cases assigned to this user id; empty: anyone's
        QString customerId; ///< only this customer's cases; empty: every customer
        bool openOnly = false; ///< leave out resolved cases

        friend bool operator==(const Filter &, const Filter &) = default;
    };

    static constexpr int kPageSize = 200;

    CaseListModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~CaseListModel() override;

    const Filter &filter() const { return m_filter; }
    /// Starts over with the first page of the cases that pass `filter`.
    void setFilter(const Filter &filter);
    /// Reads the loaded rows again (at least one page) and applies what changed.
    void refresh();

    /// The last SQL failure, empty after a successful read. The rows shown before a failure stay.
    QString lastError() const { return m_lastError; }
    /// The case id of a row, empty outside the rows.
    QString caseId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void lastErrorChanged(const QString &error);

private:
    RowDiffSteps rowDiffSteps();
    struct Row
    {
        QString id;
        QString customerId;
        QString customerName;
        QString customerTier;
        QString title;
        QString status;
        QString category;
        QString assigneeId;
        qint64 updatedAt = 0;

        friend bool operator==(const Row &, const Row &) = default;
    };

    /// Up to `limit` rows after the key (updatedAt, id), in list order; nothing and an error on failure.
    bool readPage(qint64 afterUpdatedAt, const QString &afterId, int limit, QList<Row> &rows);
    void setLastError(const QString &error);
    void onCasesChanged(const QStringList &caseIds);
    void reload();

    LocalDatabase &m_database;
    Filter m_filter;
    QList<Row> m_rows;
    /// Set while rows are being inserted, removed or reset: a fetchMore() from a slot connected to those signals
    /// (QAbstractItemModelTester, some views) would nest one change inside another, so it waits for the next call.
    bool m_changing = false;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace redress
