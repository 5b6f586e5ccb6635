#include "jsondocumentparser.h"
#include "moneyformatter.h"
#include "recoverytemplate.h"
#include "rendercontext.h"
#include "templaterenderer.h"
#include "textposition.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace redress;

namespace {

QJsonObject variantJson(const QString &channel, const QString &locale, const QString &body, const QString &subject = {})
{
    QJsonObject variant{{QStringLiteral("channel"), channel}, {QStringLiteral("locale"), locale}, {QStringLiteral("body"), body}};
    if (!subject.isNull())
        variant.insert(QStringLiteral("subject"), subject);
    return variant;
}

QJsonObject templateJson(const QJsonArray &variants)
{
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("id"), QStringLiteral("test_template")},
                       {QStringLiteral("version"), 3},
                       {QStringLiteral("title"), QStringLiteral("Test template")},
                       {QStringLiteral("categories"), QJsonArray{QStringLiteral("late_delivery")}},
                       {QStringLiteral("variants"), variants}};
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RenderContext contextOf(const QByteArray &json)
{
    Result<RenderContext> context = RenderContext::parse(json);
    if (!context)
        qFatal("bad test context: %s", qPrintable(context.error().toString()));
    return context.value();
}

/// Renders a one-variant chat template; fails the test if the template does not compile.
RenderedMessage renderBody(const QString &body, const QByteArray &context, const QString &locale = QStringLiteral("en"),
                           const QString &channel = QStringLiteral("chat"))
{
    const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson({variantJson(channel, locale, body)}));
    if (!compiled)
        qFatal("template did not compile: %s", qPrintable(compiled.error().toString()));
    return TemplateRenderer::render(compiled->variants().first(), contextOf(context));
}

QString seedDir()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/templates");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestRecoveryTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("unresolved");

        const QByteArray ana = "{\"customer\":{\"first_name\":\"Ana\"}}";
        const QStringList none;
        const QStringList name{QStringLiteral("customer.first_name")};
        const auto amount = [](const char *minor, const char *currency) -> QByteArray {
            return QByteArray("{\"compensation\":{\"amount\":{\"minor\":") + minor + ",\"currency\":\"" + currency + "\"}}}";
        };
        const QString money = QStringLiteral("{{compensation.amount | money}}");
        const QStringList amountPath{QStringLiteral("compensation.amount")};

        // Paths and whitespace
        QTest::newRow("plain path") << "Hi {{customer.first_name}}!" << ana << "en" << "Hi Ana!" << none;
        QTest::newRow("spaces and tabs inside braces") << "Hi {{   customer.first_name\t}}!" << ana << "en" << "Hi Ana!" << none;
        QTest::newRow("line breaks inside braces") << "{{\n customer.first_name \n| upper\n}}" << ana << "en" << "ANA" << none;
        QTest::newRow("no spaces around pipe") << "{{customer.first_name|upper}}" << ana << "en" << "ANA" << none;
        QTest::newRow("nested path") << "{{compensation.amount.currency}}" << amount("8000", "USD") << "en" << "USD" << none;
        QTest::newRow("literal braces stay") << "Use }} and { freely" << ana << "en" << "Use }} and { freely" << none;
        QTest::newRow("number renders as text") << "{{customer.points}} points" << QByteArray("{\"customer\":{\"points\":1200}}")
                                                << "en" << "1200 points" << none;
        QTest::newRow("fraction renders shortest") << "{{booking.days}}" << QByteArray("{\"booking\":{\"days\":2.5}}") << "en"
                                                   << "2.5" << none;
        QTest::newRow("bool renders as text") << "{{customer.verified}}" << QByteArray("{\"customer\":{\"verified\":true}}")
                                              << "en" << "true" << none;

        // Filters
        QTest::newRow("upper") << "{{customer.first_name | upper}}" << QByteArray("{\"customer\":{\"first_name\":\"José\"}}")
                               << "en" << "JOSÉ" << none;
        QTest::newRow("upper full case mapping") << "{{customer.last_name | upper}}"
                                                 << QByteArray("{\"customer\":{\"last_name\":\"Straße\"}}") << "en"
                                                 << "STRASSE" << none;
        QTest::newRow("lower") << "{{customer.first_name | lower}}"
                               << QByteArray("{\"customer\":{\"first_name\":\"ANA MARÍA\"}}") << "en" << "ana maría" << none;
        QTest::newRow("capitalize") << "{{customer.first_name | capitalize}}"
                                    << QByteArray("{\"customer\":{\"first_name\":\"maría josé\"}}") << "en" << "María josé"
                                    << none;
        QTest::newRow("capitalize keeps the rest") << "{{customer.last_name | capitalize}}"
                                                   << QByteArray("{\"customer\":{\"last_name\":\"mcKenzie\"}}") << "en"
                                                   << "McKenzie" << none;
        QTest::newRow("capitalize uses title case") << "{{customer.first_name | capitalize}}"
                                                    << QByteArray("{\"customer\":{\"first_name\":\"ǆemal\"}}") << "en"
                                                    << "ǅemal" << none;
        QTest::newRow("lower then capitalize") << "{{customer.first_name | lower | capitalize}}"
                                               << QByteArray("{\"customer\":{\"first_name\":\"ANA\"}}") << "en" << "Ana" << none;
        QTest::newRow("default fills missing") << "{{agent.first_name | default: \"The Northwind team\"}}" << ana << "en"
                                               << "The Northwind team" << none;
        QTest::newRow("default fills null") << "{{agent.first_name | default: \"us\"}}"
                                            << QByteArray("{\"agent\":{\"first_name\":null}}") << "en" << "us" << none;
        QTest::newRow("default fills blank") << "{{agent.first_name | default: \"us\"}}"
                                             << QByteArray("{\"agent\":{\"first_name\":\"  \"}}") << "en" << "us" << none;
        QTest::newRow("default keeps a value") << "{{customer.first_name | default: \"there\"}}" << ana << "en" << "Ana"
                                               << none;
        QTest::newRow("default escaped quote") << "{{agent.first_name | default: \"the \\\"A\\\" team \\\\o/\"}}" << ana << "en"
                                               << "the \"A\" team \\o/" << none;
        QTest::newRow("default holding braces") << "{{agent.first_name | default: \"}}\"}} and {{customer.first_name}}"
                                                << ana << "en" << "}} and Ana" << none;
        QTest::newRow("default empty text") << "Hi{{ agent.first_name | default: \"\" }}." << ana << "en" << "Hi." << none;
        QTest::newRow("default then upper") << "{{agent.first_name | default: \"there\" | upper}}" << ana << "en"
                                            << "THERE" << none;
        QTest::newRow("money en USD") << money << amount("8000", "USD") << "en" << "$80.00" << none;
        QTest::newRow("money en grouping") << money << amount("123456789", "USD") << "en" << "$1,234,567.89" << none;
        QTest::newRow("money en four digits grouped") << money << amount("123450", "USD") << "en" << "$1,234.50" << none;
        QTest::newRow("money en EUR") << money << amount("8000", "EUR") << "en" << "€80.00" << none;
        QTest::newRow("money en without symbol") << money << amount("8000", "CHF") << "en" << "CHF 80.00" << none;
        QTest::newRow("money en yen") << money << amount("1500", "JPY") << "en" << "¥1,500" << none;
        QTest::newRow("money en dinar") << money << amount("1234", "KWD") << "en" << "KWD 1.234" << none;
        QTest::newRow("money en negative") << money << amount("-500", "USD") << "en" << "-$5.00" << none;
        QTest::newRow("money en cents only") << money << amount("5", "USD") << "en" << "$0.05" << none;
        QTest::newRow("money es USD") << money << amount("8000", "USD") << "es" << "80,00 US$" << none;
        QTest::newRow("money es four digits ungrouped") << money << amount("123450", "EUR") << "es" << "1234,50 €" << none;
        QTest::newRow("money es five digits grouped") << money << amount("1234500", "MXN") << "es" << "12.345,00 MXN" << none;
        QTest::newRow("money es-MX uses Spanish") << money << amount("8000", "USD") << "es-MX" << "80,00 US$" << none;
        QTest::newRow("money other language uses English") << money << amount("8000", "USD") << "fr" << "$80.00" << none;
        QTest::newRow("money missing then default") << "{{compensation.amount | money | default: \"a credit\"}}" << ana
                                                    << "en" << "a credit" << none;
        QTest::newRow("money unknown currency") << money << amount("100", "ZZZ") << "en" << "[[compensation.amount]]"
                                                << amountPath;
        QTest::newRow("money fractional minor") << money << amount("80.5", "USD") << "en" << "[[compensation.amount]]"
                                                << amountPath;
        QTest::newRow("money on a string") << money << QByteArray("{\"compensation\":{\"amount\":\"80.00\"}}") << "en"
                                           << "[[compensation.amount]]" << amountPath;
        QTest::newRow("truncate shorter") << "{{customer.first_name | truncate: 10}}" << ana << "en" << "Ana" << none;
        QTest::newRow("truncate exact") << "{{customer.first_name | truncate: 3}}" << ana << "en" << "Ana" << none;
        QTest::newRow("truncate longer") << "{{booking.pickup_location | truncate: 10}}"
                                         << QByteArray("{\"booking\":{\"pickup_location\":\"Mexico City Airport\"}}") << "en"
                                         << "Mexico Ci…" << none;
        QTest::newRow("truncate drops trailing space") << "{{booking.pickup_location | truncate: 8}}"
                                                       << QByteArray("{\"booking\":{\"pickup_location\":\"Mexico City\"}}")
                                                       << "en" << "Mexico…" << none;
        QTest::newRow("truncate keeps surrogate pairs") << "{{customer.first_name | truncate: 2}}"
                                                        << QByteArray("{\"customer\":{\"first_name\":\"😀😀😀\"}}") << "en"
                                                        << "😀…" << none;
        QTest::newRow("truncate to one") << "{{customer.first_name | truncate: 1}}" << ana << "en" << "…" << none;
        QTest::newRow("date en") << "{{order.promised_date | date}}" << QByteArray("{\"order\":{\"promised_date\":\"2024-05-14\"}}")
                                 << "en" << "May 14, 2024" << none;
        QTest::newRow("date es") << "{{order.promised_date | date}}" << QByteArray("{\"order\":{\"promised_date\":\"2024-09-01\"}}")
                                 << "es" << "1 de septiembre de 2024" << none;
        QTest::newRow("date timestamp keeps its date")
            << "{{case.opened_at | date}}" << QByteArray("{\"case\":{\"opened_at\":\"2024-05-14T23:30:00-06:00\"}}") << "en"
            << "May 14, 2024" << none;
        QTest::newRow("date invalid day") << "{{order.promised_date | date}}"
                                          << QByteArray("{\"order\":{\"promised_date\":\"2024-02-30\"}}") << "en"
                                          << "[[order.promised_date]]" << QStringList{QStringLiteral("order.promised_date")};
        QTest::newRow("date from a number") << "{{order.promised_date | date}}"
                                            << QByteArray("{\"order\":{\"promised_date\":20240514}}") << "en"
                                            << "[[order.promised_date]]" << QStringList{QStringLiteral("order.promised_date")};
        QTest::newRow("long chain") << "{{ customer.first_name | lower | capitalize | truncate: 3 }}"
                                    << QByteArray("{\"customer\":{\"first_name\":\"MARÍA\"}}") << "en" << "Ma…" << none;

        // Unresolved
        QTest::newRow("missing path") << "Parcel {{order.reference}} is late" << ana << "en" << "Parcel [[order.reference]] is late"
                                      << QStringList{QStringLiteral("order.reference")};
        QTest::newRow("null value") << "Hi {{customer.first_name}}" << QByteArray("{\"customer\":{\"first_name\":null}}") << "en"
                                    << "Hi [[customer.first_name]]" << name;
        QTest::newRow("blank string") << "Hi {{customer.first_name}}," << QByteArray("{\"customer\":{\"first_name\":\"\"}}") << "en"
                                      << "Hi [[customer.first_name]]," << name;
        QTest::newRow("step through a string") << "Hi {{customer.first_name}}" << QByteArray("{\"customer\":\"Ana\"}") << "en"
                                               << "Hi [[customer.first_name]]" << name;
        QTest::newRow("array value") << "{{booking.vehicle}}" << QByteArray("{\"booking\":{\"vehicle\":[\"Corolla\"]}}") << "en"
                                     << "[[booking.vehicle]]" << QStringList{QStringLiteral("booking.vehicle")};
        QTest::newRow("array value is not defaulted") << "{{booking.vehicle | default: \"your car\"}}"
                                                      << QByteArray("{\"booking\":{\"vehicle\":[\"Corolla\"]}}") << "en"
                                                      << "[[booking.vehicle]]"
                                                      << QStringList{QStringLiteral("booking.vehicle")};
        QTest::newRow("object without money") << "{{compensation.amount}}" << amount("8000", "USD") << "en"
                                              << "[[compensation.amount]]" << amountPath;
        QTest::newRow("upper on an object") << "{{compensation.amount | upper}}" << amount("8000", "USD") << "en"
                                            << "[[compensation.amount]]" << amountPath;
        QTest::newRow("missing stays missing through filters") << "{{customer.last_name | upper | truncate: 3}}" << ana
                                                               << "en" << "[[customer.last_name]]"
                                                               << QStringList{QStringLiteral("customer.last_name")};
        QTest::newRow("same path listed once") << "{{order.reference}} / {{order.reference}} / {{case.reference}}" << ana
                                               << "en" << "[[order.reference]] / [[order.reference]] / [[case.reference]]"
                                               << QStringList{QStringLiteral("order.reference"),
                                                              QStringLiteral("case.reference")};
    }

    void render()
    {
        QFETCH(QString, body);
        QFETCH(QByteArray, context);
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QStringList, unresolved);
        const RenderedMessage message = renderBody(body, context, locale);
        QCOMPARE(message.text, text);
        QCOMPARE(message.unresolvedPaths(), unresolved);
        QCOMPARE(message.length, codePointCount(text));
        QCOMPARE(message.isSendable(), unresolved.isEmpty());
        QCOMPARE(message.hasSubject, false);
    }

    void unresolvedReason_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "{{order.reference}}" << QByteArray("{}") << "has no value";
        QTest::newRow("array") << "{{order.items}}" << QByteArray("{\"order\":{\"items\":[1,2]}}")
                               << "is a list; a message can show only text, numbers and amounts";
        QTest::newRow("object") << "{{order}}" << QByteArray("{\"order\":{\"reference\":\"X\"}}")
                                << "is an object; only an amount {minor, currency} can be shown, with | money";
        QTest::newRow("money on text") << "{{order.reference | money}}" << QByteArray("{\"order\":{\"reference\":\"X\"}}")
                                       << "is not an amount {minor, currency}";
        QTest::newRow("money on bad currency") << "{{order.total | money}}"
                                               << QByteArray("{\"order\":{\"total\":{\"minor\":1,\"currency\":\"ZZZ\"}}}")
                                               << "is not an amount: Unknown currency \"ZZZ\".";
        QTest::newRow("date on text") << "{{order.promised_date | date}}" << QByteArray("{\"order\":{\"promised_date\":\"soon\"}}")
                                      << "is not a date such as 2024-05-14";
    }

    void unresolvedReason()
    {
        QFETCH(QString, body);
        QFETCH(QByteArray, context);
        QFETCH(QString, reason);
        const RenderedMessage message = renderBody(body, context);
        QCOMPARE(message.unresolved.size(), 1);
        QCOMPARE(message.unresolved.first().reason, reason);
        QVERIFY(!message.isSendable());
    }

    void compileError_namesVariantPointerAndPosition_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("unterminated at end") << "Hi {{customer.first_name" << "template.unterminated"
                                             << "\"{{\" at line 1, column 4 is never closed with \"}}\".";
        QTest::newRow("unterminated on line 3") << "Hi,\n\nThanks {{ customer.first_name, see you" << "template.unterminated"
                                                << "\"{{\" at line 3, column 8 is never closed with \"}}\".";
        QTest::newRow("unterminated before another") << "{{ order.reference {{ case.reference }}" << "template.unterminated"
                                                     << "\"{{\" at line 1, column 1 is never closed with \"}}\".";
        QTest::newRow("unterminated after a good one") << "{{ order.reference }} and {{" << "template.unterminated"
                                                       << "\"{{\" at line 1, column 27 is never closed with \"}}\".";
        QTest::newRow("unknown filter") << "{{ customer.first_name | shout }}" << "template.unknown_filter"
                                        << "Unknown filter \"shout\" at line 1, column 26; known filters: upper, lower, "
                                           "capitalize, default, money, truncate, date.";
        QTest::newRow("unknown filter in a chain") << "{{ customer.first_name | upper | Title }}" << "template.unknown_filter"
                                                   << "Unknown filter \"Title\" at line 1, column 34; known filters: upper, "
                                                      "lower, capitalize, default, money, truncate, date.";
        QTest::newRow("empty placeholder") << "Hi {{ }}" << "template.empty_placeholder" << "Empty placeholder at line 1, column 4.";
        QTest::newRow("camelCase path") << "{{ customer.firstName }}" << "template.path"
                                        << "\"customer.firstName\" at line 1, column 4 is not a valid path: use up to 8 "
                                           "dot-separated snake_case keys such as customer.first_name.";
        QTest::newRow("trailing dot") << "{{ customer. }}" << "template.path"
                                      << "\"customer.\" at line 1, column 4 is not a valid path: use up to 8 "
                                         "dot-separated snake_case keys such as customer.first_name.";
        QTest::newRow("path too deep") << "{{a.b.c.d.e.f.g.h.i}}" << "template.path"
                                       << "\"a.b.c.d.e.f.g.h.i\" at line 1, column 3 is not a valid path: use up to 8 "
                                          "dot-separated snake_case keys such as customer.first_name.";
        QTest::newRow("not a path") << "{{ \"quoted\" }}" << "template.path"
                                    << "Expected a path such as customer.first_name at line 1, column 4, found \"\"\".";
        QTest::newRow("missing pipe") << "{{ customer.first_name upper }}" << "template.syntax"
                                      << "Unexpected \"u\" at line 1, column 24; expected \"|\" or \"}}\".";
        QTest::newRow("empty filter name") << "{{ order.reference | }}" << "template.filter"
                                           << "Expected a filter name after \"|\" at line 1, column 22.";
        QTest::newRow("default without argument") << "{{ order.reference | default }}" << "template.filter_argument"
                                                  << "The filter \"default\" at line 1, column 22 needs a quoted text, such "
                                                     "as default: \"there\".";
        QTest::newRow("default with a number") << "{{ order.reference | default: 5 }}" << "template.filter_argument"
                                               << "The filter \"default\" at line 1, column 22 needs a quoted text, such "
                                                  "as default: \"there\".";
        QTest::newRow("truncate without number") << "{{ order.reference | truncate }}" << "template.filter_argument"
                                                 << "The filter \"truncate\" at line 1, column 22 needs a whole number of "
                                                    "characters from 1 to 20000, such as truncate: 40.";
        QTest::newRow("truncate zero") << "{{ order.reference | truncate: 0 }}" << "template.filter_argument"
                                       << "The filter \"truncate\" at line 1, column 22 needs a whole number of "
                                          "characters from 1 to 20000, such as truncate: 40.";
        QTest::newRow("truncate enormous") << "{{ order.reference | truncate: 99999999999999999999 }}"
                                           << "template.filter_argument"
                                           << "The filter \"truncate\" at line 1, column 22 needs a whole number of "
                                              "characters from 1 to 20000, such as truncate: 40.";
        QTest::newRow("truncate with text") << "{{ order.reference | truncate: \"40\" }}" << "template.filter_argument"
                                            << "The filter \"truncate\" at line 1, column 22 needs a whole number of "
                                               "characters from 1 to 20000, such as truncate: 40.";
        QTest::newRow("upper with argument") << "{{ order.reference | upper: 3 }}" << "template.filter_argument"
                                             << "The filter \"upper\" at line 1, column 22 takes no argument.";
        QTest::newRow("unclosed quote") << "{{ agent.first_name | default: \"oops }}" << "template.syntax"
                                        << "The text quoted at line 1, column 32 is never closed.";
        QTest::newRow("unknown escape") << "{{ agent.first_name | default: \"a\\nb\" }}" << "template.syntax"
                                        << "Unknown escape at line 1, column 34; only \\\" and \\\\ are allowed in a quoted text.";
        QTest::newRow("too many filters") << QStringLiteral("{{ a.b") + QStringLiteral(" | upper").repeated(17) + QStringLiteral(" }}")
                                          << "template.filter" << "More than 16 filters in the placeholder at line 1, column 1.";
    }

    void compileError_namesVariantPointerAndPosition()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        // The broken body is the third variant: the pointer must say so.
        const QJsonArray variants{variantJson(QStringLiteral("chat"), QStringLiteral("en"), QStringLiteral("Fine {{ a.b }}")),
                                  variantJson(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral("Fine too")),
                                  variantJson(QStringLiteral("chat"), QStringLiteral("es"), body)};
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson(variants));
        QVERIFY(!compiled.ok());
        QCOMPARE(compiled.error().where, QStringLiteral("/variants/2/body"));
        QCOMPARE(compiled.error().message, message);
        QCOMPARE(compiled.error().code, code);
    }

    void compileError_inSubject_namesSubject()
    {
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson(
            {variantJson(QStringLiteral("email"), QStringLiteral("en"), QStringLiteral("Body"), QStringLiteral("Parcel {{ x | nope }}"))}));
        QVERIFY(!compiled.ok());
        QCOMPARE(compiled.error().toString(),
                 QStringLiteral("/variants/0/subject: Unknown filter \"nope\" at line 1, column 15; known filters: upper, "
                                "lower, capitalize, default, money, truncate, date."));
    }

    void documentError_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");

        const auto withVariants = [](const QJsonArray &variants) { return bytesOf(templateJson(variants)); };
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject object = templateJson({variantJson(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral("Hi"))});
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
            return bytesOf(object);
        };
        const QString variantMember = QStringLiteral("Unknown member \"subjet\"; expected one of: channel, locale, subject, body.");

        QTest::newRow("truncated JSON") << QByteArray("{\"format\":1,") << "json.syntax" << "line 1, column 13"
                                        << "Malformed JSON: unterminated object.";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "json.not_object" << "/" << "The document must be a JSON object.";
        QTest::newRow("empty") << QByteArray("  \n") << "json.empty" << "" << "The document is empty.";
        QTest::newRow("format 2") << with(QStringLiteral("format"), 2) << "json.format_unsupported" << "/format"
                                  << "Unsupported format 2; this version of Redress reads format 1.";
        QTest::newRow("10,000-deep nesting") << QByteArray("{\"format\":1,\"x\":") + QByteArray(10000, '[')
                                                    + QByteArray(10000, ']') + "}"
                                             << "json.syntax" << "line 1, column 1041"
                                             << "Malformed JSON: too deeply nested document.";
        QTest::newRow("missing id") << with(QStringLiteral("id"), QJsonValue(QJsonValue::Undefined)) << "json.missing" << "/id"
                                    << "Required member is missing; expected a string.";
        QTest::newRow("id with capitals") << with(QStringLiteral("id"), QStringLiteral("Late")) << "json.id" << "/id"
                                          << "\"Late\" is not a valid id: use 1 to 64 lower-case letters, digits, '_', '-' or '.'.";
        QTest::newRow("version as text") << with(QStringLiteral("version"), QStringLiteral("1")) << "json.type" << "/version"
                                         << "Expected a whole number.";
        QTest::newRow("version zero") << with(QStringLiteral("version"), 0) << "json.range" << "/version"
                                      << "0 is out of range; expected 1 to 1000000.";
        QTest::newRow("categories not strings") << with(QStringLiteral("categories"), QJsonArray{1}) << "json.type"
                                                << "/categories/0" << "Expected a string.";
        QTest::newRow("misspelt top-level member") << with(QStringLiteral("varaints"), QJsonArray()) << "json.unknown_member"
                                                   << "/varaints"
                                                   << "Unknown member \"varaints\"; expected one of: format, id, version, title, "
                                                      "categories, variants.";
        QTest::newRow("no variants") << withVariants({}) << "template.no_variants" << "/variants"
                                     << "A template needs at least one variant.";
        QTest::newRow("variants not an array") << with(QStringLiteral("variants"), QStringLiteral("sms")) << "json.type"
                                               << "/variants" << "Expected an array.";
        QTest::newRow("variant not an object") << withVariants({QStringLiteral("sms")}) << "json.type" << "/variants/0"
                                               << "Expected an object.";
        QTest::newRow("unknown channel") << withVariants({variantJson(QStringLiteral("fax"), QStringLiteral("en"), QStringLiteral("Hi"))})
                                         << "template.channel" << "/variants/0/channel"
                                         << "Unknown channel \"fax\"; expected email, chat or sms.";
        QTest::newRow("channel not a string") << withVariants({QJsonObject{{QStringLiteral("channel"), 1},
                                                                           {QStringLiteral("locale"), QStringLiteral("en")},
                                                                           {QStringLiteral("body"), QStringLiteral("Hi")}}})
                                              << "json.type" << "/variants/0/channel" << "Expected a string.";
        QTest::newRow("underscore locale") << withVariants({variantJson(QStringLiteral("sms"), QStringLiteral("es_MX"), QStringLiteral("Hi"))})
                                           << "template.locale" << "/variants/0/locale"
                                           << "\"es_MX\" is not a locale tag such as en, es or es-MX.";
        QTest::newRow("upper-case language") << withVariants({variantJson(QStringLiteral("sms"), QStringLiteral("EN"), QStringLiteral("Hi"))})
                                             << "template.locale" << "/variants/0/locale"
                                             << "\"EN\" is not a locale tag such as en, es or es-MX.";
        QTest::newRow("email without subject") << withVariants({variantJson(QStringLiteral("email"), QStringLiteral("en"), QStringLiteral("Hi"))})
                                               << "json.missing" << "/variants/0/subject"
                                               << "Required member is missing; expected a string.";
        QTest::newRow("sms with subject")
            << withVariants({variantJson(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral("Hi"), QStringLiteral("S"))})
            << "template.subject" << "/variants/0/subject" << "Only email messages have a subject.";
        QTest::newRow("subject on two lines")
            << withVariants({variantJson(QStringLiteral("email"), QStringLiteral("en"), QStringLiteral("Hi"),
                                         QStringLiteral("Sorry\nabout {{order.reference}}"))})
            << "template.line_break" << "/variants/0/subject" << "A subject is one line; found a line break at line 1, column 6.";
        QTest::newRow("misspelt variant member")
            << withVariants({QJsonObject{{QStringLiteral("channel"), QStringLiteral("email")},
                                         {QStringLiteral("locale"), QStringLiteral("en")},
                                         {QStringLiteral("subjet"), QStringLiteral("S")},
                                         {QStringLiteral("body"), QStringLiteral("Hi")}}})
            << "json.unknown_member" << "/variants/0/subjet" << variantMember;
        QTest::newRow("empty body") << withVariants({variantJson(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral(" "))})
                                    << "json.empty" << "/variants/0/body" << "Must not be empty.";
        QTest::newRow("body not text") << withVariants({QJsonObject{{QStringLiteral("channel"), QStringLiteral("sms")},
                                                                    {QStringLiteral("locale"), QStringLiteral("en")},
                                                                    {QStringLiteral("body"), 5}}})
                                       << "json.type" << "/variants/0/body" << "Expected a string.";
        QTest::newRow("duplicate channel and locale")
            << withVariants({variantJson(QStringLiteral("email"), QStringLiteral("en"), QStringLiteral("Hi"), QStringLiteral("S")),
                             variantJson(QStringLiteral("sms"), QStringLiteral("es"), QStringLiteral("Hola")),
                             variantJson(QStringLiteral("sms"), QStringLiteral("es"), QStringLiteral("Hola otra vez"))})
            << "template.duplicate_variant" << "/variants/2"
            << "A second sms variant for \"es\" (the first is /variants/1); each channel and locale has one variant.";
        QTest::newRow("sms literal text over the limit")
            << withVariants({variantJson(QStringLiteral("sms"), QStringLiteral("en"), QString(460, u'x') + QStringLiteral("{{a.b}}"))})
            << "template.too_long" << "/variants/0/body"
            << "The text is 460 characters before any placeholder is filled; the SMS limit is 459.";
        QTest::newRow("email literal text over the limit")
            << withVariants({variantJson(QStringLiteral("email"), QStringLiteral("en"), QString(20001, u'x'), QStringLiteral("S"))})
            << "template.too_long" << "/variants/0/body"
            << "The text is 20001 characters before any placeholder is filled; the email limit is 20000.";
        QTest::newRow("1 MB email body")
            << withVariants({variantJson(QStringLiteral("email"), QStringLiteral("en"), QString(1024 * 1024, u'x'), QStringLiteral("S"))})
            << "template.too_long" << "/variants/0/body" << "The text is 1048576 characters; a field holds at most 65536.";
    }

    void documentError()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(document);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, message);
        QCOMPARE(parsed.error().where, where);
        QCOMPARE(parsed.error().code, code);
    }

    void documentOverSizeLimit_isRefusedBeforeParsing()
    {
        const QByteArray huge = "{\"format\":1,\"x\":\"" + QByteArray(JsonDocumentParser::kMaxDocumentBytes, 'x') + "\"}";
        const Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(huge);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("json.too_large"));
    }

    void validTemplate_exposesItsParts()
    {
        const QJsonArray variants{
            variantJson(QStringLiteral("email"), QStringLiteral("en"),
                        QStringLiteral("Hi {{customer.first_name}}, {{order.reference}} {{ customer.first_name | upper }}"),
                        QStringLiteral("About {{order.reference}}")),
            variantJson(QStringLiteral("sms"), QStringLiteral("es-MX"), QStringLiteral("Hola"))};
        const Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(bytesOf(templateJson(variants)));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->id(), QStringLiteral("test_template"));
        QCOMPARE(parsed->version(), 3);
        QCOMPARE(parsed->title(), QStringLiteral("Test template"));
        QCOMPARE(parsed->categories(), QStringList{QStringLiteral("late_delivery")});
        QCOMPARE(parsed->variants().size(), 2);
        const TemplateVariant &email = parsed->variants().first();
        QCOMPARE(email.channel(), Channel::Email);
        QVERIFY(email.hasSubject());
        QCOMPARE(email.placeholderPaths(), (QStringList{QStringLiteral("order.reference"), QStringLiteral("customer.first_name")}));
        QCOMPARE(email.body().placeholders().size(), 3);
        QCOMPARE(email.body().placeholders().at(2).filters.size(), 1);
        QCOMPARE(email.body().placeholders().at(2).filters.first().kind, TemplateText::FilterKind::Upper);
        const TemplateVariant &sms = parsed->variants().at(1);
        QCOMPARE(sms.language(), QStringLiteral("es"));
        QCOMPARE(sms.lengthLimit(), qsizetype(459));
        QVERIFY(!sms.hasSubject());
        QVERIFY(sms.placeholderPaths().isEmpty());
    }

    void emailSubject_rendersOnOneLine_andListsItsGapsFirst()
    {
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson(
            {variantJson(QStringLiteral("email"), QStringLiteral("en"), QStringLiteral("Hi {{customer.first_name}}, {{case.reference}}"),
                         QStringLiteral("Parcel {{order.reference}} for {{customer.first_name}}"))}));
        QVERIFY(compiled.ok());
        const RenderedMessage message = TemplateRenderer::render(
            compiled->variants().first(), contextOf("{\"order\":{\"reference\":\"NP-1\\r\\nBcc: x@example.com\"},\"customer\":{}}"));
        QVERIFY(message.hasSubject);
        QCOMPARE(message.subject, QStringLiteral("Parcel NP-1  Bcc: x@example.com for [[customer.first_name]]"));
        QCOMPARE(message.text, QStringLiteral("Hi [[customer.first_name]], [[case.reference]]"));
        QCOMPARE(message.unresolvedPaths(), (QStringList{QStringLiteral("customer.first_name"), QStringLiteral("case.reference")}));
        QCOMPARE(message.limit, qsizetype(20000));
        QCOMPARE(message.channel, Channel::Email);
        QCOMPARE(message.locale, QStringLiteral("en"));
    }

    void channelLimit_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<bool>("sendable");
        const QString emoji = QStringLiteral("😀");
        // Three concatenated GSM-7 parts of 153 characters: 459 fits, 460 would need a fourth part.
        QTest::newRow("sms at the limit") << "sms" << QString(455, u'x') << qsizetype(459) << qsizetype(459) << true;
        QTest::newRow("sms one over") << "sms" << QString(456, u'x') << qsizetype(460) << qsizetype(459) << false;
        QTest::newRow("sms at the old 480 limit") << "sms" << QString(476, u'x') << qsizetype(480) << qsizetype(459) << false;
        QTest::newRow("sms counts an emoji once") << "sms" << emoji.repeated(455) << qsizetype(459) << qsizetype(459) << true;
        QTest::newRow("chat at the limit") << "chat" << QString(1996, u'x') << qsizetype(2000) << qsizetype(2000) << true;
        QTest::newRow("chat one over") << "chat" << QString(1997, u'x') << qsizetype(2001) << qsizetype(2000) << false;
        QTest::newRow("email one over") << "email" << QString(19997, u'x') << qsizetype(20001) << qsizetype(20000) << false;
        QTest::newRow("1 MB value in a chat") << "chat" << QString(1024 * 1024, u'x') << qsizetype(1024 * 1024 + 4)
                                              << qsizetype(2000) << false;
    }

    void channelLimit()
    {
        QFETCH(QString, channel);
        QFETCH(QString, value);
        QFETCH(qsizetype, length);
        QFETCH(qsizetype, limit);
        QFETCH(bool, sendable);
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson(
            {variantJson(channel, QStringLiteral("en"), QStringLiteral("Hi, {{customer.note}}"),
                         channel == QLatin1String("email") ? QStringLiteral("S") : QString())}));
        QVERIFY(compiled.ok());
        const RenderContext context(QJsonObject{{QStringLiteral("customer"), QJsonObject{{QStringLiteral("note"), value}}}});
        const RenderedMessage message = TemplateRenderer::render(compiled->variants().first(), context);
        QVERIFY(message.unresolved.isEmpty());
        QCOMPARE(message.length, length);
        QCOMPARE(message.limit, limit);
        QCOMPARE(message.withinLimit(), sendable);
        QCOMPARE(message.isSendable(), sendable);
    }

    void hugeValue_truncatedToFit_isSendable()
    {
        const RenderContext context(
            QJsonObject{{QStringLiteral("customer"), QJsonObject{{QStringLiteral("note"), QString(1024 * 1024, u'x')}}}});
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(
            templateJson({variantJson(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral("{{customer.note | truncate: 459}}"))}));
        QVERIFY(compiled.ok());
        const RenderedMessage message = TemplateRenderer::render(compiled->variants().first(), context);
        QCOMPARE(message.length, qsizetype(459));
        QVERIFY(message.text.endsWith(QLatin1String("...")));
        QVERIFY(message.isSendable());
    }

    void smsTruncate_staysInGsm7_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        const QString sms = QStringLiteral("sms");
        const QString chat = QStringLiteral("chat");
        // "…" (U+2026) is not in the GSM 7-bit alphabet; one would send the whole SMS as UCS-2.
        QTest::newRow("sms ends with three dots") << sms << 12 << "Mexico Ci...";
        QTest::newRow("sms drops trailing space") << sms << 10 << "Mexico...";
        QTest::newRow("sms keeps the limit") << sms << 4 << "M...";
        QTest::newRow("sms limit equal to the mark") << sms << 3 << "...";
        QTest::newRow("sms limit shorter than the mark") << sms << 2 << "Me";
        QTest::newRow("chat keeps the ellipsis") << chat << 10 << "Mexico Ci…";
        QTest::newRow("chat limit of one") << chat << 1 << "…";
    }

    void smsTruncate_staysInGsm7()
    {
        QFETCH(QString, channel);
        QFETCH(int, count);
        QFETCH(QString, text);
        const RenderedMessage message =
            renderBody(QStringLiteral("{{booking.pickup_location | truncate: %1}}").arg(count),
                       QByteArray("{\"booking\":{\"pickup_location\":\"Mexico City Airport\"}}"), QStringLiteral("en"), channel);
        QCOMPARE(message.text, text);
        QVERIFY(message.length <= count);
        if (channel == QLatin1String("sms"))
            QVERIFY(!message.text.contains(u'…'));
    }

    void fieldLimits_data()
    {
        QTest::addColumn<QString>("field"); // "body" or "subject"
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("code"); // empty: compiles
        QTest::addColumn<QString>("message");
        const auto distinct = [](int count) -> QString {
            QString text;
            for (int i = 0; i < count; ++i)
                text += QStringLiteral("{{k%1}}").arg(i);
            return text;
        };
        const QString tooMany = QStringLiteral("The placeholder at line 1, column %1 is one too many: a field holds at most 500 "
                                               "placeholders.");
        QTest::newRow("500 placeholders") << "body" << distinct(500) << "" << "";
        QTest::newRow("501 placeholders") << "body" << distinct(501) << "template.too_many_placeholders"
                                          << tooMany.arg(distinct(500).size() + 1);
        QTest::newRow("501 copies of one placeholder") << "body" << QStringLiteral("{{a}}").repeated(501)
                                                       << "template.too_many_placeholders" << tooMany.arg(2501);
        QTest::newRow("501 placeholders in a subject") << "subject" << distinct(501) << "template.too_many_placeholders"
                                                       << tooMany.arg(distinct(500).size() + 1);
        // The source limit counts characters, so a quoted default can fill a field up to it exactly.
        const QString open = QStringLiteral("{{a | default: \"");
        const QString close = QStringLiteral("\"}}");
        const qsizetype fill = TemplateText::kMaxSourceLength - open.size() - close.size();
        QTest::newRow("source at the limit") << "body" << open + QString(fill, u'x') + close << "" << "";
        QTest::newRow("source one over") << "body" << open + QString(fill + 1, u'x') + close << "template.too_long"
                                         << "The text is 65537 characters; a field holds at most 65536.";
        QTest::newRow("source at the limit in emoji") << "body" << open + QStringLiteral("😀").repeated(fill) + close << "" << "";
    }

    void fieldLimits()
    {
        QFETCH(QString, field);
        QFETCH(QString, source);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const bool subject = field == QLatin1String("subject");
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson(
            {variantJson(QStringLiteral("email"), QStringLiteral("en"), subject ? QStringLiteral("Hi") : source,
                         subject ? source : QStringLiteral("S"))}));
        QCOMPARE(compiled.ok(), code.isEmpty());
        if (!compiled) {
            QCOMPARE(compiled.error().code, code);
            QCOMPARE(compiled.error().where, QLatin1String("/variants/0/") + field);
            QCOMPARE(compiled.error().message, message);
        }
    }

    void hugePlaceholderCount_isRefused()
    {
        // 200,000 distinct placeholders (about 1.6 MB) once took minutes: every path was checked against every
        // earlier one. The field limits refuse it before any of that work.
        QString body;
        body.reserve(2 * 1024 * 1024);
        for (int i = 0; i < 200000; ++i)
            body += QStringLiteral("{{k%1}}").arg(i);
        const QByteArray document = bytesOf(templateJson({variantJson(QStringLiteral("sms"), QStringLiteral("en"), body)}));
        const Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(document);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("template.too_long"));
        QCOMPARE(parsed.error().where, QStringLiteral("/variants/0/body"));
    }

    void maxPlaceholders_allUnresolved_areListedEachOnce()
    {
        QString subject;
        QString body;
        for (int i = 0; i < int(TemplateText::kMaxPlaceholders); ++i)
            subject += QStringLiteral("{{s%1}}").arg(i);
        for (int i = 0; i < int(TemplateText::kMaxPlaceholders) / 2; ++i)
            body += QStringLiteral("{{k%1}}{{s%1}}").arg(i);
        const Result<RecoveryTemplate> compiled =
            RecoveryTemplate::fromJson(templateJson({variantJson(QStringLiteral("email"), QStringLiteral("en"), body, subject)}));
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().toString()));
        const RenderedMessage message = TemplateRenderer::render(compiled->variants().first(), contextOf("{}"));
        // 500 subject paths, then the 250 body paths the subject does not have.
        QCOMPARE(message.unresolved.size(), 750);
        QCOMPARE(message.unresolved.first().path, QStringLiteral("s0"));
        QCOMPARE(message.unresolved.at(500).path, QStringLiteral("k0"));
        QCOMPARE(compiled->variants().first().placeholderPaths().size(), 750);
        QVERIFY(!message.isSendable());
    }

    void extremeNumbers_renderWithoutOverflow_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("money"); // {minor: number} | money; empty: unresolved as too large
        QTest::newRow("1e300") << QByteArray("1e300") << "1e+300" << "";
        QTest::newRow("-1e300") << QByteArray("-1e300") << "-1e+300" << "";
        QTest::newRow("9.3e18") << QByteArray("9.3e18") << "9.3e+18" << "";
        QTest::newRow("2^53") << QByteArray("9007199254740992") << "9007199254740992" << "$90,071,992,547,409.92";
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << "-9007199254740992" << "-$90,071,992,547,409.92";
    }

    void extremeNumbers_renderWithoutOverflow()
    {
        // Casting a double beyond qint64 to an integer is undefined behaviour; the sanitize preset traps it.
        QFETCH(QByteArray, number);
        QFETCH(QString, text);
        QFETCH(QString, money);
        const QByteArray context = "{\"case\":{\"count\":" + number + "},\"compensation\":{\"amount\":{\"minor\":" + number
                                   + ",\"currency\":\"USD\"}}}";
        const RenderedMessage plain = renderBody(QStringLiteral("{{case.count}}"), context);
        QCOMPARE(plain.text, text);
        QVERIFY(plain.unresolved.isEmpty());
        const RenderedMessage amount = renderBody(QStringLiteral("{{compensation.amount | money}}"), context);
        if (money.isEmpty()) {
            QCOMPARE(amount.unresolvedPaths(), QStringList{QStringLiteral("compensation.amount")});
            QVERIFY(amount.unresolved.first().reason.startsWith(QLatin1String("is not an amount: ")));
        } else {
            QCOMPARE(amount.text, money);
            QVERIFY(amount.unresolved.isEmpty());
        }
    }

    void localeFallback_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("chosen"); // empty: no variant
        QTest::newRow("region falls back to language") << "sms" << "es-MX" << "es";
        QTest::newRow("underscore and case are normalised") << "sms" << "es_mx" << "es";
        QTest::newRow("exact language") << "sms" << "es" << "es";
        QTest::newRow("unknown language falls back to English") << "sms" << "fr-CA" << "en";
        QTest::newRow("empty locale is English") << "sms" << "" << "en";
        QTest::newRow("exact region wins") << "chat" << "es-MX" << "es-MX";
        QTest::newRow("no broader variant") << "chat" << "es" << "";
        QTest::newRow("region variant is not a fallback for another") << "chat" << "es-ES" << "";
        QTest::newRow("English region falls back to English") << "email" << "en-GB" << "en";
        QTest::newRow("channel without variants") << "email" << "es" << "en";
    }

    void localeFallback()
    {
        QFETCH(QString, channel);
        QFETCH(QString, requested);
        QFETCH(QString, chosen);
        const Result<RecoveryTemplate> compiled = RecoveryTemplate::fromJson(templateJson(
            {variantJson(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral("Hi")),
             variantJson(QStringLiteral("sms"), QStringLiteral("es"), QStringLiteral("Hola")),
             variantJson(QStringLiteral("chat"), QStringLiteral("es-MX"), QStringLiteral("Qué onda")),
             variantJson(QStringLiteral("email"), QStringLiteral("en"), QStringLiteral("Hi"), QStringLiteral("S"))}));
        QVERIFY(compiled.ok());
        const TemplateVariant *variant = compiled->selectVariant(*channelFromId(channel), requested);
        QCOMPARE(variant ? variant->locale() : QString(), chosen);
        if (variant)
            QCOMPARE(channelId(variant->channel()), channel);
    }

    void localeFallbacks_chain()
    {
        QCOMPARE(RecoveryTemplate::localeFallbacks(u"es-MX"), (QStringList{QStringLiteral("es-MX"), QStringLiteral("es"), QStringLiteral("en")}));
        QCOMPARE(RecoveryTemplate::localeFallbacks(u"zh_hant_tw"),
                 (QStringList{QStringLiteral("zh-Hant-TW"), QStringLiteral("zh-Hant"), QStringLiteral("zh"), QStringLiteral("en")}));
        QCOMPARE(RecoveryTemplate::localeFallbacks(u"en-GB"), (QStringList{QStringLiteral("en-GB"), QStringLiteral("en")}));
        QCOMPARE(RecoveryTemplate::localeFallbacks(u""), QStringList{QStringLiteral("en")});
        QVERIFY(RecoveryTemplate::isLocaleTag(u"es-419"));
        QVERIFY(RecoveryTemplate::isLocaleTag(u"sr-Latn-RS"));
        QVERIFY(!RecoveryTemplate::isLocaleTag(u"es-MX-MX"));
        QVERIFY(!RecoveryTemplate::isLocaleTag(u"e"));
        QVERIFY(!RecoveryTemplate::isLocaleTag(u""));
    }

    void context_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code"); // empty: parses
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << QByteArray("{\"customer\":{\"first_name\":\"Ana\"}}") << "" << "";
        QTest::newRow("empty") << QByteArray("") << "json.empty" << "The render data is empty.";
        QTest::newRow("array") << QByteArray("[1]") << "json.not_object" << "/: The render data must be a JSON object.";
        QTest::newRow("truncated") << QByteArray("{\n  \"customer\": {") << "json.syntax"
                                   << "line 2, column 16: Malformed JSON: unterminated object.";
        QTest::newRow("wrong token") << QByteArray("{\"a\": nope}") << "json.syntax"
                                     << "line 1, column 9: Malformed JSON: illegal value.";
        // Columns count characters as an editor does, not UTF-8 bytes: "é" is two bytes and one column.
        QTest::newRow("column after a two-byte character") << QByteArray("{\"\xc3\xa9\": nope}") << "json.syntax"
                                                           << "line 1, column 9: Malformed JSON: illegal value.";
        QTest::newRow("column after an emoji on line 2") << QByteArray("{\n\"\xf0\x9f\x98\x80\": nope}") << "json.syntax"
                                                         << "line 2, column 8: Malformed JSON: illegal value.";
        QTest::newRow("10,000-deep nesting") << QByteArray("{\"a\":").repeated(10000) << "json.syntax"
                                             << "line 1, column 5122: Malformed JSON: too deeply nested document.";
        QTest::newRow("over the size limit") << QByteArray("{\"a\":\"") + QByteArray(RenderContext::kMaxBytes, 'x') + "\"}"
                                             << "json.too_large"
                                             << "The render data is 4194312 bytes; the limit is 4194304 bytes.";
    }

    void context()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, error);
        const Result<RenderContext> parsed = RenderContext::parse(json);
        QCOMPARE(parsed.ok(), code.isEmpty());
        if (!parsed) {
            QCOMPARE(parsed.error().code, code);
            QCOMPARE(parsed.error().toString(), error);
        }
    }

    void moneyFormatter_isLocaleAware()
    {
        const Money usd(8000, *Currency::fromCode(u"USD"));
        QCOMPARE(MoneyFormatter::format(usd, u"en"), QStringLiteral("$80.00"));
        QCOMPARE(MoneyFormatter::format(usd, u"es"), QStringLiteral("80,00 US$"));
        const Money big(-123456789012, *Currency::fromCode(u"EUR"));
        QCOMPARE(MoneyFormatter::format(big, u"en"), QStringLiteral("-€1,234,567,890.12"));
        QCOMPARE(MoneyFormatter::format(big, u"es"), QStringLiteral("-1.234.567.890,12 €"));
    }

    void channels_haveIdsAndLimits()
    {
        QCOMPARE(channelFromId(u"sms"), std::optional<Channel>(Channel::Sms));
        QCOMPARE(channelFromId(u"SMS"), std::optional<Channel>());
        QCOMPARE(channelId(Channel::Chat), QStringLiteral("chat"));
        QCOMPARE(channelLengthLimit(Channel::Sms), qsizetype(459));
        QCOMPARE(channelLabel(Channel::Sms), QStringLiteral("SMS"));
        QCOMPARE(channelFromId(u"email"), std::optional<Channel>(Channel::Email));
        QCOMPARE(channelFromId(u""), std::optional<Channel>());
        QCOMPARE(channelLengthLimit(Channel::Chat), qsizetype(2000));
        QCOMPARE(channelLengthLimit(Channel::Email), qsizetype(20000));
    }

    void seedTemplates_renderFullyWithSampleContext()
    {
        const QStringList expected{
            QStringLiteral("billing_error_correction"),   QStringLiteral("compensation_pending_approval"),
            QStringLiteral("counter_wait_apology"),       QStringLiteral("damaged_parcel_replacement"),
            QStringLiteral("delivery_delay_update"),      QStringLiteral("driver_conduct_apology"),
            QStringLiteral("goodwill_gesture_note"),      QStringLiteral("late_delivery_apology"),
            QStringLiteral("lost_parcel_refund"),         QStringLiteral("missed_delivery_redelivery"),
            QStringLiteral("parcel_left_in_rain"),        QStringLiteral("vehicle_breakdown_recovery"),
            QStringLiteral("vehicle_condition_apology"),  QStringLiteral("vehicle_recovery_arranged")};
        const QDir dir(seedDir());
        QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.removeOne(QStringLiteral("sample-context.json")));
        QStringList ids;
        const RenderContext context = contextOf(readAll(dir.filePath(QStringLiteral("sample-context.json"))));
        for (const QString &file : std::as_const(files)) {
            const Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(readAll(dir.filePath(file)));
            QVERIFY2(parsed.ok(), qPrintable(file + QLatin1String(": ") + (parsed.ok() ? QString() : parsed.error().toString())));
            QCOMPARE(parsed->id() + QLatin1String(".json"), file);
            ids.append(parsed->id());
            for (const TemplateVariant &variant : parsed->variants()) {
                const QString label = file + u' ' + channelId(variant.channel()) + u' ' + variant.locale();
                // Every message exists in English and in Spanish.
                const QString other = variant.locale() == QLatin1String("en") ? QStringLiteral("es") : QStringLiteral("en");
                QVERIFY2(parsed->variant(variant.channel(), other), qPrintable(label + QLatin1String(": no ") + other));
                const RenderedMessage message = TemplateRenderer::render(variant, context);
                QVERIFY2(message.unresolved.isEmpty(),
                         qPrintable(label + QLatin1String(": ") + message.unresolvedPaths().join(u',')));
                QVERIFY2(message.isSendable(), qPrintable(label));
                QVERIFY2(!message.text.contains(QLatin1String("[[")), qPrintable(label));
                if (variant.channel() == Channel::Sms)
                    QVERIFY2(message.length <= 300, qPrintable(label + QLatin1String(": SMS should stay short")));
            }
        }
        QCOMPARE(ids, expected);
    }

    void seedLateDelivery_rendersExactSpanishSms()
    {
        const Result<RecoveryTemplate> parsed =
            RecoveryTemplate::parse(readAll(seedDir() + QLatin1String("/late_delivery_apology.json")));
        QVERIFY(parsed.ok());
        const TemplateVariant *sms = parsed->selectVariant(Channel::Sms, u"es-MX");
        QVERIFY(sms);
        const RenderedMessage message =
            TemplateRenderer::render(*sms, contextOf(readAll(seedDir() + QLatin1String("/sample-context.json"))));
        QCOMPARE(message.text,
                 QStringLiteral("Northwind Parcel: Hola, María. Lamentamos el retraso del paquete NP-5520-7731. Pedimos a "
                                "Northwind Parcel Express que priorice la entrega y abonamos 80,00 US$ en su cuenta. ¿Dudas? "
                                "Llame al +1 800 555 0199, caso NW-48213."));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryTemplate)
#include "tst_recoverytemplate.moc"
