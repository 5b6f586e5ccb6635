#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace redress {

/// JSON objects as the cache stores them: compact UTF-8 text in a TEXT column. An empty object is "{}" text, not
/// a null QString (which would bind as SQL NULL).
inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The object stored in a TEXT column; an empty object for NULL, '' or anything that is not a JSON object.
inline QJsonObject storedJson(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace redress
