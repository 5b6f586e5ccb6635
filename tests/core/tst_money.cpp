#include "currency.h"
#include "money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace redress;

namespace {

constexpr qint64 TwoTo53 = qint64(1) << 53;

// The value Qt's parser gives for a JSON number spelt `text`: it keeps integer literals that fit 64 bits exactly
// (2^53 + 1 stays 2^53 + 1) and holds everything else as a double.
QJsonValue parsedNumber(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("{\"n\":") + text + '}');
    Q_ASSERT(document.isObject());
    return document.object().value(QLatin1String("n"));
}

QJsonObject moneyJson(const QJsonValue &minor, const QString &currency = QStringLiteral("USD"))
{
    QJsonObject object{{QStringLiteral("currency"), currency}};
    if (!minor.isUndefined())
        object.insert(QStringLiteral("minor"), minor);
    return object;
}

} // namespace

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
        QTest::newRow("largest") << "90071992547409.92" << "USD" << true << TwoTo53;
        QTest::newRow("smallest") << "-90071992547409.92" << "USD" << true << -TwoTo53;
        QTest::newRow("one past largest") << "90071992547409.93" << "USD" << false << qint64(0);
        QTest::newRow("one past smallest") << "-90071992547409.93" << "USD" << false << qint64(0);
        QTest::newRow("qint64 maximum") << "92233720368547758.07" << "USD" << false << qint64(0);
        QTest::newRow("qint64 minimum") << "-92233720368547758.08" << "USD" << false << qint64(0);
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
        QTest::newRow("largest") << TwoTo53 << "USD" << "USD 90071992547409.92";
        QTest::newRow("most negative") << -TwoTo53 << "USD" << "USD -90071992547409.92";
        QTest::newRow("largest yen") << TwoTo53 << "JPY" << "JPY 9007199254740992";
        QTest::newRow("largest dinar") << -TwoTo53 << "KWD" << "KWD -9007199254740.992";
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

    void parse_beyondTwoTo53MinorUnits_isOverflow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << "USD 90071992547409.93";
        QTest::newRow("negative cents") << "USD -90071992547409.93";
        QTest::newRow("yen") << "JPY 9007199254740993";
        QTest::newRow("negative yen") << "JPY -9007199254740993";
        QTest::newRow("dinar") << "KWD 9007199254740.993";
        QTest::newRow("whole units padded past the limit") << "USD 90071992547410";
        QTest::newRow("qint64 maximum") << "USD 92233720368547758.07";
        QTest::newRow("qint64 minimum") << "USD -92233720368547758.08";
        QTest::newRow("enormous") << QStringLiteral("USD ") + QString(400, u'9');
    }

    void parse_beyondTwoTo53MinorUnits_isOverflow()
    {
        QFETCH(QString, text);
        const Result<Money> money = Money::parseWithCode(text);
        QVERIFY2(!money.ok(), qPrintable(text + QStringLiteral(" was accepted")));
        QCOMPARE(money.error().code, QStringLiteral("money.overflow"));
        QVERIFY(money.error().message.contains(QStringLiteral("9007199254740992")));
    }

    void formatting_isExactOutsideTheJsonRange()
    {
        // The constructor is unchecked; toString() must still print any qint64 exactly.
        const Currency usd = *Currency::fromCode(u"USD");
        QCOMPARE(Money(std::numeric_limits<qint64>::min(), usd).toString(), QStringLiteral("USD -92233720368547758.08"));
        QCOMPARE(Money(std::numeric_limits<qint64>::max(), usd).toString(), QStringLiteral("USD 92233720368547758.07"));
    }

    void arithmetic_beyondTwoTo53_isOverflow()
    {
        const Currency usd = *Currency::fromCode(u"USD");
        const Money largest(TwoTo53, usd);
        const Money smallest(-TwoTo53, usd);
        const Money one(1, usd);
        QCOMPARE(Money(TwoTo53 - 1, usd).plus(one).value(), largest);
        QCOMPARE(largest.plus(one).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(smallest.plus(Money(-1, usd)).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(Money(-TwoTo53 + 1, usd).minus(one).value(), smallest);
        QCOMPARE(smallest.minus(one).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(largest.minus(Money(-1, usd)).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(largest.minus(smallest).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(Money(TwoTo53 / 2, usd).times(2).value(), largest);
        QCOMPARE(Money(TwoTo53 / 2 + 1, usd).times(2).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(Money(TwoTo53 / 2 + 1, usd).times(-2).error().code, QStringLiteral("money.overflow"));
        QCOMPARE(smallest.times(-1).value(), largest);
        QCOMPARE(one.times(TwoTo53 + 1).error().code, QStringLiteral("money.overflow"));
    }

    void toJson_fromJson_roundTripsLargestAmount_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::newRow("largest") << TwoTo53 << "USD";
        QTest::newRow("largest minus one") << TwoTo53 - 1 << "USD";
        QTest::newRow("smallest") << -TwoTo53 << "USD";
        QTest::newRow("smallest plus one") << -TwoTo53 + 1 << "JPY";
        QTest::newRow("zero") << qint64(0) << "KWD";
    }

    void toJson_fromJson_roundTripsLargestAmount()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const Money money(minor, *Currency::fromCode(currency));
        QCOMPARE(Money::fromJson(money.toJson()).value(), money);
        // Through JSON text too, as a log or an HTTP reply would carry it.
        const QByteArray text = QJsonDocument(money.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains(QByteArray("\"minor\":").append(QByteArray::number(minor))), text.constData());
        const Result<Money> back = Money::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), money);
        // Every amount parse() accepts is such an amount.
        QCOMPARE(Money::parseWithCode(money.toString()).value(), money);
    }

    void fromJson_refusesWhatItCannotReadExactly_data()
    {
        QTest::addColumn<QJsonValue>("minor");
        QTest::addColumn<QString>("code");
        QTest::newRow("1e300") << parsedNumber("1e300") << "money.overflow";
        QTest::newRow("-1e300") << parsedNumber("-1e300") << "money.overflow";
        QTest::newRow("9.3e18") << parsedNumber("9.3e18") << "money.overflow";
        QTest::newRow("-9.3e18") << parsedNumber("-9.3e18") << "money.overflow";
        QTest::newRow("2^63") << parsedNumber("9223372036854775808") << "money.overflow";
        QTest::newRow("qint64 maximum") << parsedNumber("9223372036854775807") << "money.overflow";
        QTest::newRow("qint64 minimum") << parsedNumber("-9223372036854775808") << "money.overflow";
        // A double would round these to 2^53 and read a different amount than was written.
        QTest::newRow("2^53 + 1") << parsedNumber("9007199254740993") << "money.overflow";
        QTest::newRow("-(2^53 + 1)") << parsedNumber("-9007199254740993") << "money.overflow";
        QTest::newRow("2^53 + 2") << parsedNumber("9007199254740994") << "money.overflow";
        QTest::newRow("2^53 + 1 built in code") << QJsonValue(TwoTo53 + 1) << "money.overflow";
        QTest::newRow("2^53 + 2 as a double") << QJsonValue(double(TwoTo53 + 2)) << "money.overflow";
        // Not numbers JSON can spell, but a QJsonObject built in code can hold them.
        QTest::newRow("NaN") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << "money.invalid";
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << "money.invalid";
        QTest::newRow("-infinity") << QJsonValue(-std::numeric_limits<double>::infinity()) << "money.invalid";
        QTest::newRow("largest double") << QJsonValue(std::numeric_limits<double>::max()) << "money.overflow";
        QTest::newRow("fraction") << parsedNumber("80.5") << "money.invalid";
        QTest::newRow("tiny fraction") << parsedNumber("1e-300") << "money.invalid";
        QTest::newRow("string") << QJsonValue(QStringLiteral("8000")) << "money.invalid";
        QTest::newRow("string NaN") << QJsonValue(QStringLiteral("NaN")) << "money.invalid";
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "money.invalid";
        QTest::newRow("bool") << QJsonValue(true) << "money.invalid";
        QTest::newRow("array") << QJsonValue(QJsonArray{1}) << "money.invalid";
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << "money.invalid";
    }

    void fromJson_refusesWhatItCannotReadExactly()
    {
        QFETCH(QJsonValue, minor);
        QFETCH(QString, code);
        const Result<Money> money = Money::fromJson(moneyJson(minor));
        QVERIFY2(!money.ok(), qPrintable(QStringLiteral("read as %1").arg(money.ok() ? money->minor() : 0)));
        QCOMPARE(money.error().code, code);
        QVERIFY(!money.error().message.isEmpty());
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
