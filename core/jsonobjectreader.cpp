#include "jsonobjectreader.h"

#include "jsonnumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace redress {
namespace {


bool isId(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

JsonObjectReader::JsonObjectReader(QJsonObject object, QString pointer)
    : m_object(std::move(object))
    , m_pointer(std::move(pointer))
    , m_error(std::make_shared<std::optional<Error>>())
{
}

JsonObjectReader::JsonObjectReader(QJsonObject object, const JsonObjectReader &parent, const QString &key, qsizetype index)
    : m_object(std::move(object))
    , m_pointer(parent.m_pointer)
    , m_steps(parent.m_steps)
    , m_error(parent.m_error)
{
    m_steps.append(Step{key, index});
}

QString JsonObjectReader::escapeToken(QStringView token)
{
    QString escaped = token.toString();
    if (!token.contains(u'~') && !token.contains(u'/'))
        return escaped;
    escaped.replace(u'~', QLatin1String("~0"));
    escaped.replace(u'/', QLatin1String("~1"));
    return escaped;
}

QString JsonObjectReader::path() const
{
    QString path = m_pointer;
    for (const Step &step : m_steps) {
        path += QLatin1Char('/') + escapeToken(step.key);
        if (step.index >= 0)
            path += QLatin1Char('/') + QString::number(step.index);
    }
    return path;
}

QString JsonObjectReader::pointer() const
{
    QString pointer = path();
    return pointer.isEmpty() ? QStringLiteral("/") : pointer;
}

QString JsonObjectReader::pointerTo(QStringView key) const
{
    return path() + QLatin1Char('/') + escapeToken(key);
}

bool JsonObjectReader::rejectUnknownMembers(std::initializer_list<QLatin1String> allowed, qsizetype present)
{
    if (failed())
        return false;
    const QJsonObject &object = m_object;
    // Fast path without allocating a key string: every member is allowed when the allowed names present
    // account for all of them (JSON object keys are unique).
    if (present < 0) {
        present = 0;
        for (QLatin1String name : allowed)
            present += object.contains(name) ? 1 : 0;
    }
    if (present == object.size())
        return true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        QStringList expected;
        for (QLatin1String name : allowed)
            expected.append(name);
        fail(key, QStringLiteral("json.unknown_member"),
                    JsonObjectReader::tr("Unknown member \"%1\"; expected one of: %2.")
                        .arg(key.left(64), expected.join(QLatin1String(", "))));
        return false;
    }
    return true;
}

void JsonObjectReader::fail(QStringView key, const QString &code, const QString &message)
{
    failAt(key.isEmpty() ? pointer() : pointerTo(key), code, message);
}

void JsonObjectReader::failAt(const QString &where, const QString &code, const QString &message)
{
    if (!m_error->has_value())
        *m_error = Error{code, message, where};
}

QJsonValue JsonObjectReader::member(QStringView key, bool required, const char *expected)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && required)
        fail(key, QStringLiteral("json.missing"), JsonObjectReader::tr("Required member is missing; expected %1.").arg(JsonObjectReader::tr(expected)));
    return value;
}

QString JsonObjectReader::requiredString(QStringView key)
{
    const QJsonValue value = member(key, true, "a string");
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected a string."));
        return {};
    }
    QString text = value.toString();
    if (isBlank(text))
        fail(key, QStringLiteral("json.empty"), JsonObjectReader::tr("Must not be empty."));
    return text;
}

QString JsonObjectReader::optionalString(QStringView key, const QString &fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected a string."));
        return fallback;
    }
    return value.toString();
}

QString JsonObjectReader::requiredId(QStringView key)
{
    const QString id = requiredString(key);
    if (!failed() && !isId(id)) {
        fail(key, QStringLiteral("json.id"),
             JsonObjectReader::tr("\"%1\" is not a valid id: use 1 to 64 lower-case letters, digits, '_', '-' or '.'.").arg(id.left(70)));
    }
    return id;
}

std::optional<qint64> JsonObjectReader::optionalInteger(QStringView key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected a whole number."));
        return std::nullopt;
    }
    // Qt keeps an integer literal that fits 64 bits as itself: 2^53 + 1 must be refused, not read as the 2^53
    // its double rounds to.
    std::optional<qint64> whole = exactInteger(number);
    if (whole && value.toInteger(*whole) != *whole)
        whole.reset();
    if (!whole || *whole < minimum || *whole > maximum) {
        // The number as written (QVariant keeps Qt's exact integer), not its rounded double.
        fail(key, QStringLiteral("json.range"), JsonObjectReader::tr("%1 is out of range; expected %2 to %3.")
                                                     .arg(value.toVariant().toString().left(40))
                                                     .arg(std::max(minimum, -kMaxExactJsonInteger))
                                                     .arg(std::min(maximum, kMaxExactJsonInteger)));
        return std::nullopt;
    }
    return whole;
}

qint64 JsonObjectReader::requiredInteger(QStringView key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = member(key, true, "a whole number");
    if (value.isUndefined())
        return minimum;
    if (value.isNull()) {
        // optionalInteger() reads null as absent; for a required member that would pass `minimum` off as read.
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected a whole number."));
        return minimum;
    }
    return optionalInteger(key, minimum, maximum).value_or(minimum);
}

bool JsonObjectReader::optionalBool(QStringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected true or false."));
        return fallback;
    }
    return value.toBool();
}

QStringList JsonObjectReader::optionalStringList(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected an array of strings."));
        return {};
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            failAt(pointerTo(key) + QLatin1Char('/') + QString::number(i), QStringLiteral("json.type"),
                   JsonObjectReader::tr("Expected a string."));
            return {};
        }
        list.append(array.at(i).toString());
    }
    return list;
}

QJsonArray JsonObjectReader::requiredArray(QStringView key)
{
    const QJsonValue value = member(key, true, "an array");
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected an array."));
        return {};
    }
    return value.toArray();
}

QJsonArray JsonObjectReader::optionalArray(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected an array."));
        return {};
    }
    return value.toArray();
}

std::optional<Money> JsonObjectReader::optionalAmount(QStringView key, Currency currency)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("json.type"),
             JsonObjectReader::tr("Expected an amount as a decimal string such as \"50.00\" (numbers would lose precision)."));
        return std::nullopt;
    }
    Result<Money> money = Money::parse(value.toString(), currency);
    if (!money) {
        fail(key, money.error().code, money.error().message);
        return std::nullopt;
    }
    if (money->isNegative()) {
        fail(key, QStringLiteral("json.range"), JsonObjectReader::tr("The amount must not be negative."));
        return std::nullopt;
    }
    return money.value();
}

Money JsonObjectReader::requiredAmount(QStringView key, Currency currency)
{
    const QJsonValue value = member(key, true, "an amount such as \"50.00\"");
    if (value.isUndefined())
        return Money(0, currency);
    if (value.isNull()) {
        // optionalAmount() reads null as absent; for a required amount that would pass 0 off as read.
        fail(key, QStringLiteral("json.type"),
             JsonObjectReader::tr("Expected an amount as a decimal string such as \"50.00\"."));
        return Money(0, currency);
    }
    return optionalAmount(key, currency).value_or(Money(0, currency));
}

JsonObjectReader JsonObjectReader::object(QStringView key, bool required)
{
    return object(key.toString(), required);
}

JsonObjectReader JsonObjectReader::object(const QString &key, bool required)
{
    const QJsonValue value = member(key, required, "an object");
    if (!value.isUndefined() && !value.isNull() && !value.isObject())
        fail(key, QStringLiteral("json.type"), JsonObjectReader::tr("Expected an object."));
    return JsonObjectReader(value.toObject(), *this, key, -1);
}

JsonObjectReader JsonObjectReader::arrayObject(const QJsonArray &array, QStringView key, qsizetype index)
{
    return arrayObject(array, key.toString(), index);
}

JsonObjectReader JsonObjectReader::arrayObject(const QJsonArray &array, const QString &key, qsizetype index)
{
    const QJsonValue value = array.at(index);
    JsonObjectReader element(value.toObject(), *this, key, index);
    if (!value.isObject())
        failAt(element.path(), QStringLiteral("json.type"), JsonObjectReader::tr("Expected an object."));
    return element;
}

} // namespace redress
