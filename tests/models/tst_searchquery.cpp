#include "localdatabase.h"
#include "searchquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace redress;

class TestSearchQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;

    /// Runs `text` as a MATCH on a real FTS5 table: -1 when SQLite refused it.
    int matches(const QString &text)
    {
        const QString expression = SearchQuery::matchExpression(text);
        if (expression.isEmpty())
            return 0;
        Result<QSqlQuery *> query =
            m_db->exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"), {expression});
        if (!query || !query.value()->next())
            return -1;
        const int n = query.value()->value(0).toInt();
        query.value()->finish();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(m_dir.filePath(QStringLiteral("q.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        // Customers feed the index through the schema's triggers.
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO customers VALUES('cust-1', 'Zoë Near-Ortiz', 'zoe.or@example.com',"
                                          " '+1 555-0100', 'gold', 'en', 'us-east', 'care-east', '', '{}')")));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO customers VALUES('cust-2', 'Marcus \"Mac\" Bell', 'marcus@example.com',"
                                          " '+44 20 7946 0958', 'silver', 'en', 'uk', 'care-uk', '', '{}')")));
    }

    void emptyOrPunctuation_isNoQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   \t\n ");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("dash") << QStringLiteral("-");
        QTest::newRow("operators only") << QStringLiteral("( ) : ^ + * \"\"");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600");
        QTest::newRow("nul") << QString(QChar(0));
    }

    void emptyOrPunctuation_isNoQuery()
    {
        QFETCH(QString, text);
        QVERIFY(SearchQuery::matchExpression(text).isEmpty());
    }

    void everyWord_isAQuotedPrefix()
    {
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("marcus bell")), QStringLiteral("\"marcus\"* \"bell\"*"));
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("  OR  ")), QStringLiteral("\"OR\"*"));
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("NEAR(x")), QStringLiteral("\"NEAR(x\"*"));
        QCOMPARE(SearchQuery::tokens(QStringLiteral("a - b * \"")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void tokensAndLength_areBounded()
    {
        QString many;
        for (int i = 0; i < 100; ++i)
            many += QStringLiteral("w%1 ").arg(i);
        QCOMPARE(SearchQuery::tokens(many).size(), SearchQuery::kMaxTokens);
        const QStringList longWord = SearchQuery::tokens(QString(500, QLatin1Char('x')));
        QCOMPARE(longWord.size(), 1);
        QCOMPARE(longWord.constFirst().size(), SearchQuery::kMaxTokenLength);
        // A cut never leaves half a surrogate pair.
        QString emoji = QString(SearchQuery::kMaxTokenLength - 1, QLatin1Char('y')) + QStringLiteral("\U0001F600");
        const QString cut = SearchQuery::tokens(emoji).constFirst();
        QVERIFY(!cut.back().isHighSurrogate());
    }

    void hostileInput_neverFailsTheMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("unbalanced quotes") << QStringLiteral("\"zoe \"\" near\"");
        QTest::newRow("star") << QStringLiteral("*zoe*");
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(zoe");
        QTest::newRow("NEAR group") << QStringLiteral("NEAR(zoe bell, 2)");
        QTest::newRow("OR") << QStringLiteral("zoe OR");
        QTest::newRow("AND NOT") << QStringLiteral("AND NOT zoe");
        QTest::newRow("minus") << QStringLiteral("-zoe -");
        QTest::newRow("column filter") << QStringLiteral("body:zoe {body}: zoe");
        QTest::newRow("caret") << QStringLiteral("^zoe");
        QTest::newRow("plus") << QStringLiteral("+ zoe +");
        QTest::newRow("parens") << QStringLiteral("((zoe)");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE cases; --");
        QTest::newRow("unicode") << QStringLiteral("Zoë naïve 東京 Ελλάδα");
        QTest::newRow("combining mark only") << QStringLiteral("\u0301");
        QTest::newRow("control") << QStringLiteral("zoe\u0001\u0000near");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
    }

    void hostileInput_neverFailsTheMatch()
    {
        QFETCH(QString, text);
        QVERIFY2(matches(text) >= 0, qPrintable(SearchQuery::matchExpression(text)));
    }

    void wordsFind_theirDocuments()
    {
        QCOMPARE(matches(QStringLiteral("zoe")), 1); // diacritics removed on both sides
        QCOMPARE(matches(QStringLiteral("near-or")), 1); // a phrase across the hyphen
        QCOMPARE(matches(QStringLiteral("NEAR(")), 1); // "near" as a word, not the operator
        QCOMPARE(matches(QStringLiteral("\"mac\"")), 1);
        QCOMPARE(matches(QStringLiteral("15550100")), 1); // the phone's digits-only copy
        QCOMPARE(matches(QStringLiteral("+1 555 0100")), 1); // as written, spaced differently
        QCOMPARE(matches(QStringLiteral("555 0100")), 1); // with a space
        QCOMPARE(matches(QStringLiteral("OR")), 1); // "or" is an e-mail word here, not an operator
        QCOMPARE(matches(QStringLiteral("marcus zoe")), 0); // words are ANDed
        QCOMPARE(matches(QStringLiteral("mar -")), 1); // punctuation alone does not empty the AND
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
