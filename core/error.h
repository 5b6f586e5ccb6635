#pragma once

#include <QString>

namespace redress {

/// An expected failure, as a value a person can read.
/// `where` names the place: a file and JSON pointer, a node id, a command-line option.
struct Error
{
    QString code;    ///< stable machine-readable id, e.g. "json.syntax", "tree.cycle"
    QString message; ///< one sentence for a person
    QString where;   ///< JSON pointer, node id or other location; may be empty

    /// "where: message", or just the message when there is no place to name.
    QString toString() const { return where.isEmpty() ? message : where + QLatin1String(": ") + message; }

    /// The same error placed in `path`: "FILE#/pointer" for a JSON pointer (RFC 6901's URI fragment form),
    /// "FILE, line 3, column 7" for any other place, the file alone when there was none.
    Error inFile(const QString &path) const;
};

} // namespace redress
