#pragma once

#include <QCoreApplication>

#include "error.h"
#include "money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <memory>
#include <optional>

namespace redress {

/// Reads typed members out of a JSON object and keeps the first error, named by its JSON pointer (RFC 6901).
/// Parsing code stays linear: read everything, then ask `error()` once. Readers made by `object()` and
/// `arrayObject()` share the parent's error slot, so the first failure anywhere in the document wins.
///
/// Pointers are only spelt out when asked for (an error, `pointer()`, `pointerTo()`): a nested reader keeps the
/// member names and indices that lead to it, so reading a valid 10,000-node tree builds no pointer strings.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    explicit JsonObjectReader(QJsonObject object, QString pointer = {});

    const QJsonObject &json() const { return m_object; }
    QString pointer() const;
    /// The pointer of a member of this object.
    QString pointerTo(QStringView key) const;
    bool has(QStringView key) const { return m_object.contains(key); }

    QString requiredString(QStringView key);
    QString optionalString(QStringView key, const QString &fallback = {});
    /// A non-empty id of at most 64 characters: lower-case letters, digits, '_', '-' and '.'.
    QString requiredId(QStringView key);
    /// A whole number within [minimum, maximum] and within ±2^53, where a double still tells neighbours apart.
    /// Absent or null gives std::nullopt; a fraction or a non-number fails "json.type", a whole number outside
    /// the range "json.range".
    std::optional<qint64> optionalInteger(QStringView key, qint64 minimum, qint64 maximum);
    /// As optionalInteger(), but absent fails "json.missing" and null "json.type"; returns `minimum` on failure.
    qint64 requiredInteger(QStringView key, qint64 minimum, qint64 maximum);
    bool optionalBool(QStringView key, bool fallback);
    /// Absent gives an empty list; present must be an array of strings.
    QStringList optionalStringList(QStringView key);
    QJsonArray requiredArray(QStringView key);
    QJsonArray optionalArray(QStringView key);
    /// A decimal string in `currency`, e.g. "50.00"; must not be negative.
    std::optional<Money> optionalAmount(QStringView key, Currency currency);
    /// As optionalAmount(), but absent fails "json.missing" and null "json.type"; returns zero on failure.
    Money requiredAmount(QStringView key, Currency currency);

    /// A reader for a nested object; an absent member reads as an empty object unless `required`.
    JsonObjectReader object(QStringView key, bool required = false);
    /// As above; the key is kept by reference count, not copied (cheapest with a QStringLiteral).
    JsonObjectReader object(const QString &key, bool required = false);
    /// A reader for element `index` of `array` (a member of this object named `key`); it must be an object.
    JsonObjectReader arrayObject(const QJsonArray &array, QStringView key, qsizetype index);
    /// As above; the key is kept by reference count, not copied (cheapest in a loop over a large array).
    JsonObjectReader arrayObject(const QJsonArray &array, const QString &key, qsizetype index);

    /// Fails with "json.unknown_member" at the first member not in `allowed`, and returns false.
    /// Documents are strict because a misspelt optional member fails silently: a "gaurd" would offer a gold-only
    /// recovery to everyone. `present`, when the caller knows it, is how many allowed members it already found;
    /// if that is every member, no key is looked at (validating a 10,000-node tree calls this 30,000 times).
    bool rejectUnknownMembers(std::initializer_list<QLatin1String> allowed, qsizetype present = -1);

    /// Records an error at a member of this object, unless an earlier error was recorded.
    void fail(QStringView key, const QString &code, const QString &message);
    /// Records an error at an explicit pointer or place, unless an earlier error was recorded.
    void failAt(const QString &where, const QString &code, const QString &message);

    bool failed() const { return m_error->has_value(); }
    const std::optional<Error> &error() const { return *m_error; }

    /// RFC 6901 escaping of one reference token.
    static QString escapeToken(QStringView token);

private:
    /// One step below the root pointer: a member, or element `index` of an array member.
    struct Step
    {
        QString key;
        qsizetype index = -1;
    };

    JsonObjectReader(QJsonObject object, const JsonObjectReader &parent, const QString &key, qsizetype index);
    QJsonValue member(QStringView key, bool required, const char *expected);
    /// The pointer of this object without the "/" that stands for the root.
    QString path() const;

    QJsonObject m_object;
    QString m_pointer; ///< where the root reader starts
    QVarLengthArray<Step, 6> m_steps; ///< from m_pointer down to this object
    std::shared_ptr<std::optional<Error>> m_error;
};

} // namespace redress
