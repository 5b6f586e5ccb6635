#include "currency.h"
#include "jsonobjectreader.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace redress;

namespace {

constexpr qint64 TwoTo53 = qint64(1) << 53;
constexpr qint64 Int64Min = std::numeric_limits<qint64>::min();
constexpr qint64 Int64Max = std::numeric_limits<qint64>::max();

// {"n": <text>} as Qt's parser reads it: integer literals that fit 64 bits are kept exactly, others become doubles.
QJsonObject documentWith(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("{\"n\":" + text + '}', &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test document does not parse: %s", text.constData());
    return document.object();
}

// The recorded error, or an empty one, so that a check fails cleanly instead of dereferencing nothing.
Error errorOf(const JsonObjectReader &reader)
{
    return reader.error().value_or(Error{});
}

QString describe(const JsonObjectReader &reader)
{
    return reader.failed() ? reader.error()->code + QLatin1Char(' ') + reader.error()->toString() : QStringLiteral("no error");
}

} // namespace

class TestJsonObjectReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every number a document can spell, read as an integer: a whole number in range or a clean error, never a
    // double cast out of range (undefined behaviour the float-cast-overflow sanitizer reports).
    void integer_fromDocumentText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<QString>("code"); // empty: read as `expected`
        QTest::addColumn<qint64>("expected");

        QTest::newRow("1e300") << QByteArray("1e300") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("-1e300") << QByteArray("-1e300") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("1e300 as version") << QByteArray("1e300") << qint64(1) << qint64(1'000'000) << "json.range" << qint64(0);
        QTest::newRow("9.3e18") << QByteArray("9.3e18") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("-9.3e18") << QByteArray("-9.3e18") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("1.7976931348623157e308") << QByteArray("1.7976931348623157e308") << Int64Min << Int64Max
                                                << "json.range" << qint64(0);
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("-2^63 - 1") << QByteArray("-9223372036854775809") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("qint64 maximum") << QByteArray("9223372036854775807") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("qint64 minimum") << QByteArray("-9223372036854775808") << Int64Min << Int64Max << "json.range" << qint64(0);
        // Qt keeps these exactly; reading them through a double would silently give 2^53.
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("-(2^53 + 1)") << QByteArray("-9007199254740993") << Int64Min << Int64Max << "json.range" << qint64(0);
        QTest::newRow("2^53 + 1 as sequence") << QByteArray("9007199254740993") << qint64(1) << TwoTo53 << "json.range" << qint64(0);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << Int64Min << Int64Max << QString() << TwoTo53;
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << Int64Min << Int64Max << QString() << -TwoTo53;
        QTest::newRow("2^53 above maximum") << QByteArray("9007199254740992") << qint64(0) << TwoTo53 - 1 << "json.range" << qint64(0);
        QTest::newRow("exponent form of a whole number") << QByteArray("1e3") << qint64(0) << qint64(5000) << QString() << qint64(1000);
        QTest::newRow("1.0") << QByteArray("1.0") << qint64(0) << qint64(5) << QString() << qint64(1);
        QTest::newRow("-0.0") << QByteArray("-0.0") << qint64(0) << qint64(5) << QString() << qint64(0);
        QTest::newRow("below minimum") << QByteArray("0") << qint64(1) << qint64(5) << "json.range" << qint64(0);
        QTest::newRow("above maximum") << QByteArray("6") << qint64(1) << qint64(5) << "json.range" << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(0) << qint64(5) << "json.type" << qint64(0);
        QTest::newRow("tiny fraction") << QByteArray("1e-300") << qint64(0) << qint64(5) << "json.type" << qint64(0);
        QTest::newRow("large fraction") << QByteArray("4503599627370495.5") << Int64Min << Int64Max << "json.type" << qint64(0);
        QTest::newRow("string") << QByteArray("\"5\"") << qint64(0) << qint64(5) << "json.type" << qint64(0);
        QTest::newRow("string 1e300") << QByteArray("\"1e300\"") << Int64Min << Int64Max << "json.type" << qint64(0);
        QTest::newRow("bool") << QByteArray("true") << qint64(0) << qint64(5) << "json.type" << qint64(0);
        QTest::newRow("array") << QByteArray("[1]") << qint64(0) << qint64(5) << "json.type" << qint64(0);
        QTest::newRow("object") << QByteArray("{}") << qint64(0) << qint64(5) << "json.type" << qint64(0);
    }

    void integer_fromDocumentText()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, minimum);
        QFETCH(qint64, maximum);
        QFETCH(QString, code);
        QFETCH(qint64, expected);

        JsonObjectReader optional(documentWith(text));
        const std::optional<qint64> read = optional.optionalInteger(u"n", minimum, maximum);
        JsonObjectReader required(documentWith(text));
        const qint64 requiredValue = required.requiredInteger(u"n", minimum, maximum);

        if (code.isEmpty()) {
            QVERIFY2(!optional.failed(), qPrintable(describe(optional)));
            QCOMPARE(read, std::optional<qint64>(expected));
            QVERIFY2(!required.failed(), qPrintable(describe(required)));
            QCOMPARE(requiredValue, expected);
            return;
        }
        QVERIFY2(!read, qPrintable(QStringLiteral("read as %1").arg(read.value_or(0))));
        QVERIFY(optional.failed());
        QCOMPARE(errorOf(optional).code, code);
        QCOMPARE(errorOf(optional).where, QStringLiteral("/n"));
        QVERIFY(!errorOf(optional).message.isEmpty());
        QVERIFY(required.failed());
        QCOMPARE(errorOf(required).code, code);
        QCOMPARE(errorOf(required).where, QStringLiteral("/n"));
        QCOMPARE(requiredValue, minimum);
    }

    void integerOutOfRange_namesTheNumberAsWritten()
    {
        // Not its rounded double: "9007199254740992 is out of range" would contradict the document.
        JsonObjectReader reader(documentWith("9007199254740993"));
        QVERIFY(!reader.optionalInteger(u"n", 0, Int64Max));
        QVERIFY2(errorOf(reader).message.startsWith(QStringLiteral("9007199254740993 is out of range")),
                 qPrintable(errorOf(reader).message));
        // The range named is the one that can be read.
        QVERIFY2(errorOf(reader).message.contains(QStringLiteral("0 to 9007199254740992")),
                 qPrintable(errorOf(reader).message));
    }

    // A QJsonObject built in code can hold what JSON text cannot.
    void integer_nonFiniteValues_areTypeErrors_data()
    {
        QTest::addColumn<double>("number");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity();
    }

    void integer_nonFiniteValues_areTypeErrors()
    {
        QFETCH(double, number);
        JsonObjectReader reader(QJsonObject{{QStringLiteral("n"), number}});
        QVERIFY(!reader.optionalInteger(u"n", Int64Min, Int64Max));
        QVERIFY(reader.failed());
        QCOMPARE(errorOf(reader).code, QStringLiteral("json.type"));
    }

    void integer_absentOrNull()
    {
        JsonObjectReader optional(documentWith("null"));
        QCOMPARE(optional.optionalInteger(u"n", 0, 5), std::nullopt);
        QCOMPARE(optional.optionalInteger(u"absent", 0, 5), std::nullopt);
        QVERIFY(!optional.failed());

        JsonObjectReader missing(documentWith("1"));
        QCOMPARE(missing.requiredInteger(u"absent", 3, 5), 3);
        QCOMPARE(errorOf(missing).code, QStringLiteral("json.missing"));
        QCOMPARE(errorOf(missing).where, QStringLiteral("/absent"));
    }

    void requiredInteger_null_isTypeError()
    {
        // Reading null as absent would hand back `minimum` as if the document said so ("sequence": null → 1).
        JsonObjectReader reader(documentWith("null"));
        QCOMPARE(reader.requiredInteger(u"n", 1, 5), 1);
        QVERIFY2(reader.failed(), "a required whole number given null must fail");
        QCOMPARE(errorOf(reader).code, QStringLiteral("json.type"));
        QCOMPARE(errorOf(reader).where, QStringLiteral("/n"));
    }

    void requiredAmount_null_isTypeError()
    {
        const Currency usd = *Currency::fromCode(u"USD");
        JsonObjectReader reader(documentWith("null"));
        QCOMPARE(reader.requiredAmount(u"n", usd), Money(0, usd));
        QVERIFY2(reader.failed(), "a required amount given null must fail");
        QCOMPARE(errorOf(reader).code, QStringLiteral("json.type"));
        QCOMPARE(errorOf(reader).where, QStringLiteral("/n"));

        JsonObjectReader optional(documentWith("null"));
        QCOMPARE(optional.optionalAmount(u"n", usd), std::nullopt);
        QVERIFY(!optional.failed());
    }

    void amount_beyondTwoTo53MinorUnits_isOverflow()
    {
        const Currency usd = *Currency::fromCode(u"USD");
        JsonObjectReader largest(documentWith("\"90071992547409.92\""));
        QCOMPARE(largest.requiredAmount(u"n", usd), Money(TwoTo53, usd));
        QVERIFY(!largest.failed());

        JsonObjectReader beyond(documentWith("\"90071992547409.93\""));
        QCOMPARE(beyond.optionalAmount(u"n", usd), std::nullopt);
        QCOMPARE(errorOf(beyond).code, QStringLiteral("money.overflow"));
        QCOMPARE(errorOf(beyond).where, QStringLiteral("/n"));
    }

    void nestedReader_reportsTheFullPointer()
    {
        const QJsonObject root = QJsonDocument::fromJson(R"j({"a":{"list":[{"version":1e300}]}})j").object();
        JsonObjectReader reader(root);
        JsonObjectReader a = reader.object(u"a");
        const QJsonArray list = a.requiredArray(u"list");
        JsonObjectReader element = a.arrayObject(list, u"list", 0);
        QCOMPARE(element.requiredInteger(u"version", 1, 1000), 1);
        QCOMPARE(errorOf(reader).code, QStringLiteral("json.range"));
        QCOMPARE(errorOf(reader).where, QStringLiteral("/a/list/0/version"));
    }
};

QTEST_GUILESS_MAIN(TestJsonObjectReader)
#include "tst_jsonobjectreader.moc"
