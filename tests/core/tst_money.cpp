#include "currency.h"
#include "money.h"

#include <QTest>

#include <limits>

using namespace redress;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");

        QTest::newRow("whole dollars") << "80" << "USD" << true << qint64(8000);
        QTest::newRow("cents") << "80.00" << "USD" << true << qint64(8000);
        QTest::newRow("one decimal") << "80.5" << "USD" << true << qint64(8050);
        QTest::newRow("leading dot") << ".25" << "USD" << true << qint64(25);
        QTest::newRow("negative") << "-0.25" << "USD" << true << qint64(-25);
        QTest::newRow("plus sign") << "+1" << "EUR" << true << qint64(100);
        QTest::newRow("yen has no minor unit") << "1500" << "JPY" << true << qint64(1500);
        QTest::newRow("yen refuses decimals") << "1500.5" << "JPY" << false << qint64(0);
        QTest::newRow("dinar has three") << "1.234" << "KWD" << true << qint64(1234);
        QTest::newRow("too many decimals") << "80.001" << "USD" << false << qint64(0);
        QTest::newRow("empty") << "" << "USD" << false << qint64(0);
        QTest::newRow("sign only") << "-" << "USD" << false << qint64(0);
        QTest::newRow("dot only") << "." << "USD" << false << qint64(0);
        QTest::newRow("exponent") << "1e5" << "USD" << false << qint64(0);
        QTest::newRow("thousands separator") << "1,000.00" << "USD" << false << qint64(0);
        QTest::newRow("two dots") << "1.0.0" << "USD" << false << qint64(0);
        QTest::newRow("unknown currency") << "1.00" << "XXQ" << false << qint64(0);
        QTest::newRow("lower-case currency") << "1.00" << "usd" << false << qint64(0);
        QTest::newRow("largest") << "92233720368547758.07" << "USD" << true << std::numeric_limits<qint64>::max();
        QTest::newRow("smallest") << "-92233720368547758.08" << "USD" << true << std::numeric_limits<qint64>::min();
        QTest::newRow("one past largest") << "92233720368547758.08" << "USD" << false << qint64(0);
        QTest::newRow("enormous") << QString(400, u'9') << "USD" << false << qint64(0);
        QTest::newRow("padding overflow") << "92233720368547758" << "KWD" << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const Result<Money> money = Money::parse(text, currency);
        QCOMPARE(money.ok(), ok);
        if (ok)
            QCOMPARE(money->minor(), minor);
        else
            QVERIFY2(!money.error().message.isEmpty(), "an error must say what was wrong");
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << qint64(8000) << "USD" << "USD 80.00";
        QTest::newRow("under one") << qint64(5) << "USD" << "USD 0.05";
        QTest::newRow("negative under one") << qint64(-5) << "USD" << "USD -0.05";
        QTest::newRow("yen") << qint64(1500) << "JPY" << "JPY 1500";
        QTest::newRow("dinar") << qint64(1) << "KWD" << "KWD 0.001";
        QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << "USD" << "USD -92233720368547758.08";
    }

    void formatRoundTrips()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        const Money money(minor, *Currency::fromCode(currency));
        QCOMPARE(money.toString(), text);
        const Result<Money> back = Money::parseWithCode(text);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), money);
    }

    void arithmetic_isCheckedForOverflowAndCurrency()
    {
        const Currency usd = *Currency::fromCode(u"USD");
        const Currency eur = *Currency::fromCode(u"EUR");
        const Money max(std::numeric_limits<qint64>::max(), usd);
        const Money min(std::numeric_limits<qint64>::min(), usd);
        QVERIFY(!max.plus(Money(1, usd)).ok());
        QCOMPARE(max.plus(Money(1, usd)).error().code, QStringLiteral("money.overflow"));
        QVERIFY(!min.minus(Money(1, usd)).ok());
        QVERIFY(!max.times(2).ok());
        QVERIFY(!min.times(-1).ok());
        QCOMPARE(Money(250, usd).times(3).value(), Money(750, usd));
        QCOMPARE(Money(250, usd).plus(Money(50, usd)).value(), Money(300, usd));
        QCOMPARE(Money(250, usd).minus(Money(300, usd)).value(), Money(-50, usd));
        const Result<Money> mixed = Money(1, usd).plus(Money(1, eur));
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().code, QStringLiteral("money.currency_mismatch"));
    }

    void comparison_acrossCurrencies_isUnordered()
    {
        const Money usd(100, *Currency::fromCode(u"USD"));
        const Money eur(100, *Currency::fromCode(u"EUR"));
        QVERIFY(!(usd < eur));
        QVERIFY(!(usd > eur));
        QVERIFY(!(usd == eur));
        QVERIFY(Money(99, usd.currency()) < usd);
    }

    void json_roundTripsAndRejectsWrongTypes()
    {
        const Money money(8000, *Currency::fromCode(u"USD"));
        QCOMPARE(Money::fromJson(money.toJson()).value(), money);
        QVERIFY(!Money::fromJson(QJsonObject{{QStringLiteral("minor"), 80.5}, {QStringLiteral("currency"), QStringLiteral("USD")}}).ok());
        QVERIFY(!Money::fromJson(QJsonObject{{QStringLiteral("minor"), QStringLiteral("8000")}, {QStringLiteral("currency"), QStringLiteral("USD")}}).ok());
        QVERIFY(!Money::fromJson(QJsonObject{{QStringLiteral("minor"), 1e300}, {QStringLiteral("currency"), QStringLiteral("USD")}}).ok());
        QVERIFY(!Money::fromJson(QJsonObject{{QStringLiteral("minor"), 1}, {QStringLiteral("currency"), 5}}).ok());
        QVERIFY(!Money::fromJson(QJsonObject{{QStringLiteral("minor"), 1}, {QStringLiteral("currency"), QStringLiteral("ZZZ")}}).ok());
    }

    void currency_knowsMinorUnits()
    {
        QCOMPARE(Currency::fromCode(u"USD")->exponent(), 2);
        QCOMPARE(Currency::fromCode(u"JPY")->exponent(), 0);
        QCOMPARE(Currency::fromCode(u"BHD")->exponent(), 3);
        QCOMPARE(Currency::fromCode(u"EUR")->code(), QStringLiteral("EUR"));
        QVERIFY(!Currency::fromCode(u"US").has_value());
        QVERIFY(!Currency::fromCode(u"U$D").has_value());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
