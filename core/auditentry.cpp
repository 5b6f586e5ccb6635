#include "auditentry.h"

#include "jsonobjectreader.h"
#include "merklehash.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditEntry", text);
}

// Member names of the stored and canonical forms. Changing one changes every hash: bump FormatVersion instead.
const QString KeyVersion = QStringLiteral("version");
const QString KeySequence = QStringLiteral("sequence");
const QString KeyOccurredAt = QStringLiteral("occurredAt");
const QString KeyActor = QStringLiteral("actor");
const QString KeyDeviceId = QStringLiteral("deviceId");
const QString KeyAction = QStringLiteral("action");
const QString KeyEntityType = QStringLiteral("entityType");
const QString KeyEntityId = QStringLiteral("entityId");
const QString KeyBefore = QStringLiteral("before");
const QString KeyAfter = QStringLiteral("after");
const QString KeyPreviousHash = QStringLiteral("previousHash");

// Canonical JSON writer (see docs/formats/audit.md, "Canonical form"). Qt's own QJsonDocument::toJson() is not
// used because its output is not stable across a write/read round trip: an object holding keys outside the Basic
// Multilingual Plane is written in a different key order once it has been parsed. Here every choice is a function
// of the value alone.
void writeValue(QByteArray &out, const QJsonValue &value);

void writeString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    // Copy runs of plain bytes in one go; UTF-8 continuation bytes are >= 0x80 and never need escaping.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(utf8.constData() + runStart, i - runStart);
        runStart = i + 1;
        switch (byte) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', Hex[byte >> 4], Hex[byte & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(utf8.constData() + runStart, utf8.size() - runStart);
    out.append('"');
}

void writeNumber(QByteArray &out, const QJsonValue &value)
{
    // Any number with an integral value that fits 64 bits is written as an integer, whether Qt holds it as an
    // integer or a double (so 1.0 and 1 and -0.0 and 0 agree); toInteger() gives the fallback for all others.
    const qint64 asInteger = value.toInteger(0);
    if (asInteger != 0 || value.toInteger(1) == 0) {
        out.append(QByteArray::number(asInteger));
        return;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        out.append("null"); // JSON has no NaN or infinity; Qt writes null too
        return;
    }
    // Shortest text that reads back as the same double, "%f" or "%e" style, whichever is shorter (C++17).
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    Q_ASSERT(error == std::errc());
    out.append(buffer, end - buffer);
}

void writeObject(QByteArray &out, const QJsonObject &object)
{
    // Keys in UTF-16 code unit order (QString's operator<), as in RFC 8785. QJsonObject usually iterates in that
    // order already, but not always (keys outside the BMP after parsing), so check, and sort only when needed.
    bool sorted = true;
    for (auto it = object.begin(), previous = it; it != object.end(); previous = it++) {
        if (it != previous && !(previous.key() < it.key())) {
            sorted = false;
            break;
        }
    }
    out.append('{');
    const auto writeMember = [&out](bool first, const QString &key, const QJsonValue &value) {
        if (!first)
            out.append(',');
        writeString(out, key);
        out.append(':');
        writeValue(out, value);
    };
    if (sorted) {
        for (auto it = object.begin(); it != object.end(); ++it)
            writeMember(it == object.begin(), it.key(), it.value());
    } else {
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        for (qsizetype i = 0; i < keys.size(); ++i)
            writeMember(i == 0, keys.at(i), object.value(keys.at(i)));
    }
    out.append('}');
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        writeNumber(out, value);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            writeValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

// timeText() without QString formatting, for the hashed bytes: "2024-05-01T12:00:00.123Z" (years 1..9999).
void writeTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid() || time.date().year() < 1 || time.date().year() > 9999) {
        writeString(out, timeText(time)); // refused by validate(); still deterministic
        return;
    }
    const QDate date = time.date();
    const QTime clock = time.time();
    char text[] = "\"0000-00-00T00:00:00.000Z\"";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(1, date.year(), 4);
    put(6, date.month(), 2);
    put(9, date.day(), 2);
    put(12, clock.hour(), 2);
    put(15, clock.minute(), 2);
    put(18, clock.second(), 2);
    put(21, clock.msec(), 3);
    out.append(text, sizeof text - 1);
}

bool isLowerHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

void AuditEntry::setOccurredAt(const QDateTime &occurredAt)
{
    m_occurredAt = occurredAt.isValid() ? occurredAt.toUTC() : QDateTime();
}

QByteArray AuditEntry::genesisHash()
{
    return QByteArray(MerkleHash::HashSize, '\0');
}

Result<void> AuditEntry::validate() const
{
    const auto invalid = [](const QString &key, const QString &message) {
        return Error{QStringLiteral("audit.invalid_entry"), message, QLatin1Char('/') + key};
    };
    if (!m_occurredAt.isValid())
        return invalid(KeyOccurredAt, tr("The time is missing or invalid."));
    const int year = m_occurredAt.date().year();
    if (year < 1 || year > 9999)
        return invalid(KeyOccurredAt, tr("The year %1 is outside 1 to 9999.").arg(year));
    if (m_actor.trimmed().isEmpty())
        return invalid(KeyActor, tr("The actor is missing."));
    if (m_deviceId.trimmed().isEmpty())
        return invalid(KeyDeviceId, tr("The device is missing."));
    if (m_action.trimmed().isEmpty())
        return invalid(KeyAction, tr("The action is missing."));
    return {};
}

QJsonObject AuditEntry::contentJson() const
{
    return QJsonObject{
        {KeyVersion, FormatVersion},
        {KeySequence, m_sequence},
        {KeyOccurredAt, timeText(m_occurredAt)},
        {KeyActor, m_actor},
        {KeyDeviceId, m_deviceId},
        {KeyAction, m_action},
        {KeyEntityType, m_entityType},
        {KeyEntityId, m_entityId},
        {KeyBefore, m_before},
        {KeyAfter, m_after},
    };
}

QByteArray AuditEntry::canonicalBytes() const
{
    // writeObject(contentJson()) would give the same bytes (the tests check that); writing the fixed members
    // directly, already in sorted order, saves building a QJsonObject for every entry hashed.
    QByteArray out;
    out.reserve(512);
    const auto member = [&out](const QString &key, bool first = false) {
        if (!first)
            out.append(',');
        writeString(out, key);
        out.append(':');
    };
    out.append('{');
    member(KeyAction, true);
    writeString(out, m_action);
    member(KeyActor);
    writeString(out, m_actor);
    member(KeyAfter);
    writeObject(out, m_after);
    member(KeyBefore);
    writeObject(out, m_before);
    member(KeyDeviceId);
    writeString(out, m_deviceId);
    member(KeyEntityId);
    writeString(out, m_entityId);
    member(KeyEntityType);
    writeString(out, m_entityType);
    member(KeyOccurredAt);
    writeTime(out, m_occurredAt);
    member(KeySequence);
    out.append(QByteArray::number(m_sequence));
    member(KeyVersion);
    out.append(QByteArray::number(FormatVersion));
    out.append('}');
    return out;
}

QByteArray AuditEntry::canonicalBytesOf(const QJsonObject &object)
{
    QByteArray out;
    writeObject(out, object);
    return out;
}

QByteArray AuditEntry::leafHash() const
{
    return MerkleHash::leafHash(canonicalBytes());
}

QByteArray AuditEntry::chainHash() const
{
    return MerkleHash::nodeHash(m_previousHash, leafHash());
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json = contentJson();
    json.insert(KeyPreviousHash, QString::fromLatin1(m_previousHash.toHex()));
    return json;
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    JsonObjectReader reader(object);
    // Members outside the format would not be covered by any hash, so a reader could be shown unverified data.
    static const QStringList known = {KeyVersion, KeySequence, KeyOccurredAt, KeyActor, KeyDeviceId, KeyAction,
                                      KeyEntityType, KeyEntityId, KeyBefore, KeyAfter, KeyPreviousHash};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            reader.fail(it.key(), QStringLiteral("audit.unknown_member"),
                        tr("Unknown member; audit entries have a fixed set of members."));
        }
    }

    const qint64 version = reader.requiredInteger(KeyVersion, 0, std::numeric_limits<int>::max());
    if (!reader.failed() && version != FormatVersion) {
        reader.fail(KeyVersion, QStringLiteral("audit.version"),
                    tr("Format version %1 is not supported; expected %2.").arg(version).arg(FormatVersion));
    }

    AuditEntry entry;
    entry.m_sequence = reader.requiredInteger(KeySequence, 1, MaxSequence);

    const QString time = reader.requiredString(KeyOccurredAt);
    if (!reader.failed()) {
        const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
        // Only the canonical spelling is accepted, so that the text read is the text that was hashed.
        if (!parsed.isValid() || parsed.timeSpec() != Qt::UTC || timeText(parsed) != time) {
            reader.fail(KeyOccurredAt, QStringLiteral("json.time"),
                        tr("Expected a UTC time with milliseconds such as \"2024-05-01T12:00:00.000Z\"."));
        }
        entry.m_occurredAt = parsed;
    }

    entry.m_actor = reader.requiredString(KeyActor);
    entry.m_deviceId = reader.requiredString(KeyDeviceId);
    entry.m_action = reader.requiredString(KeyAction);
    entry.m_entityType = reader.optionalString(KeyEntityType);
    entry.m_entityId = reader.optionalString(KeyEntityId);
    entry.m_before = reader.object(KeyBefore).json();
    entry.m_after = reader.object(KeyAfter).json();

    const QString previous = reader.requiredString(KeyPreviousHash);
    if (!reader.failed() && (previous.size() != 2 * MerkleHash::HashSize || !isLowerHex(previous))) {
        reader.fail(KeyPreviousHash, QStringLiteral("json.hash"),
                    tr("Expected a SHA-256 hash as 64 lower-case hexadecimal digits."));
    }
    entry.m_previousHash = QByteArray::fromHex(previous.toLatin1());

    if (reader.failed())
        return *reader.error();
    return entry;
}

bool operator==(const AuditEntry &a, const AuditEntry &b)
{
    return a.m_sequence == b.m_sequence && a.m_occurredAt == b.m_occurredAt && a.m_actor == b.m_actor
        && a.m_deviceId == b.m_deviceId && a.m_action == b.m_action && a.m_entityType == b.m_entityType
        && a.m_entityId == b.m_entityId && a.m_before == b.m_before && a.m_after == b.m_after
        && a.m_previousHash == b.m_previousHash;
}

} // namespace redress
