#pragma once

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace redress {

struct RowDiffSteps;

class CacheNotifier;
class LocalDatabase;

/// Search-as-you-type over the local cache's full-text index: customers (name, e-mail, phone with or without
/// spaces, id), cases (id, title, booking and order references) and notes (free text).
///
/// setQuery() is meant to be called on every keystroke. The typed text goes through SearchQuery, so any input is
/// a valid MATCH. The kind and status filters are applied to search_docs/cases joined by rowid, never inside the
/// MATCH, so FTS5 only ever sees the words. Newest documents first (FTS5 walks its rowids backwards at no cost),
/// kPageSize rows a page, more through fetchMore() by rowid keyset.
class SearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "customer", "case" or "note"
        CaseIdRole,                  ///< the case of a case or note; empty for a customer
        CustomerIdRole,              ///< the customer of any result
        LabelRole,                   ///< customer name / case title / note excerpt with its case title
        SnippetRole,                 ///< the matching text, plain
        SnippetHtmlRole,             ///< the matching text as escaped HTML, matches in <b>…</b>
        CaseStatusRole,              ///< the status of the case of a case or note
        CustomerNameRole,
        CustomerTierRole,
        RefRole,                     ///< the customer id, case id or note event seq the result stands for
    };

    /// Which kinds of documents to show; a combination.
    enum Kind { Customers = 0x1, Cases = 0x2, Notes = 0x4, AllKinds = Customers | Cases | Notes };
    Q_DECLARE_FLAGS(Kinds, Kind)

    static constexpr int kPageSize = 50;

    SearchModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~SearchModel() override;

    QString query() const { return m_text; }
    /// Searches for `text` (as typed) and shows the first page. Empty or punctuation only: no rows.
    void setQuery(const QString &text);
    Kinds kinds() const { return m_kinds; }
    void setKinds(Kinds kinds);
    /// Only cases and notes whose case has this status ("open", "resolved"...); customers are left out while it is
    /// set. Empty: any status.
    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status);
    /// Runs the current query again over the rows already loaded (the cache changed): rows that left are
    /// removed, new ones inserted, changed ones announced, so a view keeps its selection.
    void refresh();

    /// The last SQL failure, empty after a successful search. Rows from before a failure stay.
    QString lastError() const { return m_lastError; }
    /// How long the last setQuery()/refresh() took to read its first page, in microseconds.
    qint64 lastQueryMicroseconds() const { return m_lastMicros; }

    int rowCount(const QModelIndex &parent = {}) const override;
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
        qint64 rowid = 0;
        QString kind;
        QString ref;
        QString caseId;
        QString customerId;
        QString caseTitle;
        QString caseStatus;
        QString customerName;
        QString customerTier;
        QString snippet; ///< with U+E000/U+E001 around matches

        friend bool operator==(const Row &, const Row &) = default;
    };

    bool readPage(qint64 beforeRowid, int limit, QList<Row> &rows);
    void run();
    void setLastError(const QString &error);
    QString label(const Row &row) const;

    LocalDatabase &m_database;
    QString m_text;
    QString m_match;
    Kinds m_kinds = AllKinds;
    QString m_status;
    QList<Row> m_rows;
    /// Set while rows are being inserted, removed or reset: a fetchMore() from a slot connected to those signals
    /// (QAbstractItemModelTester, some views) would nest one change inside another, so it waits for the next call.
    bool m_changing = false;
    bool m_atEnd = true;
    QString m_lastError;
    qint64 m_lastMicros = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SearchModel::Kinds)

} // namespace redress
