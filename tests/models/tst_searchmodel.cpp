#include "cachenotifier.h"
#include "cachestore.h"
#include "localdatabase.h"
#include "modeltestsupport.h"
#include "searchmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace redress;

namespace {

QString text(LocalDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    Result<QSqlQuery *> query = db.exec(sql, binds);
    if (!query || !query.value()->next())
        return QStringLiteral("<none>");
    const QString value = query.value()->value(0).toString();
    query.value()->finish();
    return value;
}

bool exec(LocalDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    Result<QSqlQuery *> query = db.exec(sql, binds);
    if (!query) {
        qWarning() << query.error().message;
        return false;
    }
    query.value()->finish();
    return true;
}

/// The rows of `model` as "kind:ref".
QStringList results(const SearchModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        list.append(index.data(SearchModel::KindRole).toString() + QLatin1Char(':') + index.data(SearchModel::RefRole).toString());
    }
    return list;
}

} // namespace

class TestSearchModel : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QCOMPARE(m_server.fillCache(*m_db, QStringLiteral("agent"), QStringLiteral("search-test")), QString());
        QVERIFY(text(*m_db, QStringLiteral("SELECT count(*) FROM customers")).toInt() > 10);
    }

    void customer_byNameEmailAndPhone()
    {
        SearchModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = text(*m_db, QStringLiteral("SELECT id FROM customers WHERE phone LIKE '% %' OR phone LIKE '%-%' LIMIT 1"));
        const QString name = text(*m_db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id});
        const QString email = text(*m_db, QStringLiteral("SELECT email FROM customers WHERE id = ?"), {id});
        const QString phone = text(*m_db, QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {id});
        QString digits = phone;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QString spaced = phone;
        spaced.replace(QLatin1Char('-'), QLatin1Char(' '));

        const QString expected = QStringLiteral("customer:") + id;
        for (const QString &typed : {name, name.toUpper(), name.left(4), email, email.section(QLatin1Char('@'), 0, 0), phone,
                                     digits, spaced}) {
            model.setQuery(typed);
            QVERIFY2(results(model).contains(expected), qPrintable(typed + QStringLiteral(" → ") + results(model).join(QLatin1Char(' '))));
            QVERIFY(model.lastError().isEmpty());
        }
        model.setQuery(name);
        const int row = int(results(model).indexOf(expected));
        const QModelIndex index = model.index(row);
        QVERIFY(index.data(SearchModel::LabelRole).toString().startsWith(name));
        QCOMPARE(index.data(SearchModel::CustomerIdRole).toString(), id);
        QVERIFY(index.data(SearchModel::SnippetHtmlRole).toString().contains(QLatin1String("<b>")));
        QVERIFY(!index.data(SearchModel::SnippetRole).toString().contains(QChar(0xE000)));
    }

    void case_byOrderReference_andTitle()
    {
        SearchModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString caseId = text(*m_db, QStringLiteral("SELECT id FROM cases WHERE json_extract(data, '$.facts.order_reference')"
                                                          " IS NOT NULL LIMIT 1"));
        const QString reference = text(*m_db, QStringLiteral("SELECT json_extract(data, '$.facts.order_reference') FROM cases WHERE id = ?"), {caseId});
        const QString customerId = text(*m_db, QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {caseId});
        model.setQuery(reference);
        QVERIFY2(results(model).contains(QStringLiteral("case:") + caseId), qPrintable(reference));
        const QModelIndex index = model.index(int(results(model).indexOf(QStringLiteral("case:") + caseId)));
        QCOMPARE(index.data(SearchModel::CaseIdRole).toString(), caseId);
        QCOMPARE(index.data(SearchModel::CustomerIdRole).toString(), customerId);
        QVERIFY(!index.data(SearchModel::CaseStatusRole).toString().isEmpty());
        // Typed as far as the first digits only.
        model.setQuery(reference.left(6));
        QVERIFY(results(model).contains(QStringLiteral("case:") + caseId) || model.canFetchMore({}));
        model.setQuery(caseId);
        QVERIFY(results(model).contains(QStringLiteral("case:") + caseId));
    }

    void note_byFreeText_withItsCase()
    {
        CacheNotifier notifier;
        SearchModel model(*m_db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString caseId = text(*m_db, QStringLiteral("SELECT id FROM cases WHERE status <> 'resolved' LIMIT 1"));
        model.setQuery(QStringLiteral("quokka"));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO case_events(mutation_id, case_id, at, actor, type, data)"
                                           " VALUES('m-1', ?, 1, 'agent', 'note', ?)"),
                     {caseId, QStringLiteral(R"j({"text":"Customer says the quokka plush toy arrived soaked"})j")}));
        Q_EMIT notifier.casesChanged({caseId});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(resets.size(), 0); // a new match is inserted, the rest stays
        const QModelIndex note = model.index(0);
        QCOMPARE(note.data(SearchModel::KindRole).toString(), QStringLiteral("note"));
        QCOMPARE(note.data(SearchModel::CaseIdRole).toString(), caseId);
        QVERIFY(!note.data(SearchModel::CustomerIdRole).toString().isEmpty()); // through the case
        QVERIFY(note.data(SearchModel::LabelRole).toString().contains(caseId));
        QVERIFY(note.data(SearchModel::SnippetHtmlRole).toString().contains(QLatin1String("<b>quokka</b>")));

        // Kind and status filters are joins, not MATCH terms.
        model.setKinds(SearchModel::Customers | SearchModel::Cases);
        QCOMPARE(model.rowCount(), 0);
        model.setKinds(SearchModel::Notes);
        QCOMPARE(model.rowCount(), 1);
        model.setStatusFilter(QStringLiteral("resolved"));
        QCOMPARE(model.rowCount(), 0);
        model.setStatusFilter(text(*m_db, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}));
        QCOMPARE(model.rowCount(), 1);

        // A second note: inserted above the first (newest first); the case renamed: the label follows.
        model.setKinds(SearchModel::AllKinds);
        model.setStatusFilter(QString());
        QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO case_events(mutation_id, case_id, at, actor, type, data)"
                                           " VALUES('m-2', ?, 2, 'agent', 'note', ?)"),
                     {caseId, QStringLiteral(R"j({"text":"Sent a quokka sticker"})j")}));
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE cases SET title = 'Soaked plush' WHERE id = ?"), {caseId}));
        resets.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Q_EMIT notifier.casesChanged({caseId});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(SearchModel::SnippetRole).toString().contains(QLatin1String("sticker")));
        QVERIFY(model.index(1).data(SearchModel::LabelRole).toString().contains(QLatin1String("Soaked plush")));
    }

    void kindFilter_keepsOnlyThatKind()
    {
        SearchModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("a"));
        QVERIFY(model.rowCount() > 0);
        for (SearchModel::Kind kind : {SearchModel::Customers, SearchModel::Cases, SearchModel::Notes}) {
            model.setKinds(kind);
            const QString expected = kind == SearchModel::Customers ? QStringLiteral("customer")
                                     : kind == SearchModel::Cases   ? QStringLiteral("case")
                                                                    : QStringLiteral("note");
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.index(row).data(SearchModel::KindRole).toString(), expected);
        }
    }

    void hostileQueries_neverError()
    {
        SearchModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &typed : {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("NEAR("), QStringLiteral("OR"),
                                     QStringLiteral("-"), QStringLiteral("AND NOT"), QStringLiteral("a OR b NOT c"),
                                     QStringLiteral("body:x"), QStringLiteral("'; DROP TABLE search_docs; --"),
                                     QStringLiteral("Zoë 東京 \U0001F600"), QStringLiteral("(((")}) {
            model.setQuery(typed);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(typed + QStringLiteral(": ") + model.lastError()));
        }
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void manyHits_comeInPages_newestFirst()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> opened = LocalDatabase::open(dir.filePath(QStringLiteral("pages.sqlite")));
        QVERIFY(opened);
        LocalDatabase &db = **opened;
        QVERIFY(db.write([&]() -> Result<void> {
            for (int i = 0; i < 260; ++i) {
                Result<QSqlQuery *> done = db.exec(
                    QStringLiteral("INSERT INTO case_events(server_id, case_id, at, actor, type, data) VALUES(?, 'case-1', ?, 'a', 'note', ?)"),
                    {i + 1, i, QStringLiteral("{\"text\":\"walrus sighting %1\"}").arg(i)});
                if (!done)
                    return done.error();
            }
            return {};
        }));
        SearchModel model(db, nullptr);
        model.setQuery(QStringLiteral("walrus"));
        QCOMPARE(model.rowCount(), SearchModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 260);
        QList<qint64> refs;
        for (int row = 0; row < model.rowCount(); ++row)
            refs.append(model.index(row).data(SearchModel::RefRole).toLongLong());
        QVERIFY(std::is_sorted(refs.crbegin(), refs.crend()));
        QVERIFY(model.index(0).data().toString().contains(QLatin1String("case-1")));
    }

    void manyCases_everyKeystrokeFindsSomething()
    {
        QTemporaryDir dir;
        // 100,000 cases keep the test quick under the sanitizers; keystroke latency over a million is a benchmark
        // (bench/bench_models --measure search).
        Result<std::unique_ptr<LocalDatabase>> opened = LocalDatabase::open(dir.filePath(QStringLiteral("many.sqlite")));
        QVERIFY(opened);
        LocalDatabase &db = **opened;
        QVERIFY(db.write([&]() -> Result<void> {
            Result<QSqlQuery *> done = db.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
                " INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at, updated_at, data)"
                " SELECT printf('case-%07d', i), printf('cust-%04d', i % 5000), 'late_delivery', 'open', 'me',"
                " CASE i % 5 WHEN 0 THEN 'Parcel arrived late' WHEN 1 THEN 'Rental car broke down' WHEN 2 THEN"
                " 'Wrong fuel charge' WHEN 3 THEN 'Parcel left in the rain' ELSE 'Long wait at the counter' END,"
                " i, i, json_object('facts', json_object('order_reference', printf('NP-%04d-%04d', i % 9973, i % 7919)))"
                " FROM n"));
            if (!done)
                return done.error();
            return {};
        }));
        SearchModel model(db, nullptr);
        for (const QString &typing : {QStringLiteral("parcel rain"), QStringLiteral("NP-4242-42"), QStringLiteral("case-0099"),
                                      QStringLiteral("wrong fuel"), QStringLiteral("rental car broke")}) {
            for (int length = 1; length <= typing.size(); ++length) {
                model.setQuery(typing.left(length));
                QVERIFY(model.lastError().isEmpty());
            }
            QVERIFY2(model.rowCount() > 0, qPrintable(typing));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
