#include "auditcommands.h"

#include "admindatabase.h"
#include "auditchain.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditCommands", text);
}

QString usageLines()
{
    return tr("Usage: redress-admin audit verify --db URL [--tree-head SIZE:ROOT]\n"
              "Run \"redress-admin audit COMMAND --help\" for a command's options.\n");
}

// Rows read per query: bounded memory per page, few round trips. The entries themselves are all kept (for now).
constexpr int kPageRows = 10000;

QString sequenceWhere(qint64 sequence)
{
    return QStringLiteral("sequence %1").arg(sequence);
}

QString hex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

Result<AuditChain::TreeHead> parseTreeHead(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,16}):([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return Error{QStringLiteral("cli.invalid"),
                     tr("Expected SIZE:ROOT, the entry count and the 64-hex-digit root that an earlier audit verify "
                        "printed as its tree_head; got \"%1\".")
                         .arg(text.left(80)),
                     QStringLiteral("--tree-head")};
    }
    return AuditChain::TreeHead{match.captured(1).toLongLong(), QByteArray::fromHex(match.captured(2).toLatin1())};
}

/// A read-only transaction: audit_state and every page of audit_log are read from one snapshot, so a writer that
/// commits while the log is read can neither make it look truncated nor slip past the check.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &database) : m_database(database) {}
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_database.execOnce(QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    Result<void> begin()
    {
        // SQLite: a deferred BEGIN takes no write lock, so the server keeps writing while a long log is verified;
        // the snapshot starts at the first read. PostgreSQL: REPEATABLE READ is one snapshot for the transaction.
        Result<void> begun = m_database.execOnce(m_database.driver() == Database::Driver::Sqlite
                                                     ? QStringLiteral("BEGIN")
                                                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_open = begun.ok();
        return begun;
    }

private:
    Database &m_database;
    bool m_open = false;
};

struct AuditHead
{
    qint64 size = 0;
    QString headHash; ///< hex; empty for an empty log
    QString frontier; ///< hex hashes, comma-separated
};

Result<AuditHead> readHead(Database &database)
{
    Result<QSqlQuery *> query = database.exec(QStringLiteral("SELECT size, head_hash, frontier FROM audit_state WHERE id = 1"));
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next()) {
        return Error{QStringLiteral("audit.state"),
                     tr("The audit head (audit_state) is missing: the table was emptied, or the database was not made "
                        "by db migrate."),
                     QStringLiteral("audit_state")};
    }
    AuditHead head{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString()};
    row.finish();
    return head;
}

/// The log as stored, in `seq` order. Reading stops at the first row that is not entry number `seq` in the
/// format (`stoppedAt` says why), so the entries before it can still be checked for an earlier fault.
struct StoredLog
{
    QList<AuditEntry> entries;
    std::optional<Error> stoppedAt;
};

Result<StoredLog> readLog(Database &database)
{
    StoredLog log;
    std::optional<qint64> lastSeq;
    for (;;) {
        // Keyset paging; the first page has no lower bound, so rows numbered 0 or below are read too.
        Result<QSqlQuery *> query = lastSeq
            ? database.exec(QStringLiteral("SELECT seq, entry FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"),
                            {*lastSeq, kPageRows})
            : database.exec(QStringLiteral("SELECT seq, entry FROM audit_log ORDER BY seq LIMIT ?"), {kPageRows});
        if (!query)
            return query.error();
        QSqlQuery &rows = *query.value();
        int count = 0;
        while (rows.next()) {
            ++count;
            const qint64 seq = rows.value(0).toLongLong();
            lastSeq = seq;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(rows.value(1).toString().toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                log.stoppedAt = Error{QStringLiteral("audit.malformed"),
                                      tr("The stored entry is not a JSON object; it was edited by hand."), sequenceWhere(seq)};
                break;
            }
            Result<AuditEntry> entry = AuditEntry::fromJson(document.object());
            if (!entry) {
                const Error &error = entry.error();
                const QString where = error.where.isEmpty() ? sequenceWhere(seq)
                                                            : sequenceWhere(seq) + QLatin1String(": ") + error.where;
                log.stoppedAt = Error{error.code, error.message, where};
                break;
            }
            if (entry->sequence() != seq) {
                // The chain is checked by the numbers inside the entries; the server finds entries by the row's
                // number. A row that disagrees with its entry was renumbered or had its entry swapped.
                log.stoppedAt = Error{QStringLiteral("audit.seq_mismatch"),
                                      tr("Row %1 of audit_log holds entry %2; rows were renumbered or their entries "
                                         "swapped.")
                                          .arg(seq)
                                          .arg(entry->sequence()),
                                      sequenceWhere(seq)};
                break;
            }
            log.entries.append(std::move(entry).value());
        }
        rows.finish();
        if (log.stoppedAt || count < kPageRows)
            return log;
    }
}

/// What the server recorded as the head of its log must be the end of the log as stored: the chain alone cannot
/// show entries removed from, or changed at, the end.
Result<void> compareWithHead(const AuditChain::Verified &verified, const AuditHead &head)
{
    const qint64 size = verified.treeHead.size;
    if (size < head.size) {
        return Error{QStringLiteral("audit.truncated"),
                     tr("The log ends at entry %1 but the audit head records %2 entries; entries were removed from the end.")
                         .arg(size)
                         .arg(head.size),
                     sequenceWhere(size + 1)};
    }
    if (size > head.size) {
        return Error{QStringLiteral("audit.unrecorded"),
                     tr("The log has %1 entries but the audit head records %2; the entries after %2 were added "
                        "outside Redress.")
                         .arg(size)
                         .arg(head.size),
                     sequenceWhere(head.size + 1)};
    }
    if (size > 0 && hex(verified.headHash) != head.headHash) {
        return Error{QStringLiteral("audit.head_mismatch"),
                     tr("Entry %1 does not hash to the recorded audit head: the last entry or its link was changed after "
                        "it was recorded.")
                         .arg(size),
                     sequenceWhere(size)};
    }
    QList<QByteArray> frontier;
    for (const QString &hash : head.frontier.split(u',', Qt::SkipEmptyParts))
        frontier.append(QByteArray::fromHex(hash.toLatin1()));
    const Result<MerkleHash> tree = MerkleHash::fromFrontier(head.size, frontier);
    if (!tree || tree->rootHash() != verified.treeHead.rootHash) {
        return Error{QStringLiteral("audit.frontier_mismatch"),
                     tr("The Merkle frontier saved with the audit head does not match the log's %1 entries; the server "
                        "would extend a different tree.")
                         .arg(size),
                     QStringLiteral("audit_state")};
    }
    return {};
}

CommandOutput failure(const QString &subject, const Error &error)
{
    CommandOutput output = CommandOutput::json({
                                                   {QLatin1String("valid"), false},
                                                   {QLatin1String("code"), error.code},
                                                   {QLatin1String("where"), error.where},
                                                   {QLatin1String("message"), error.message},
                                               },
                                               CommandOutput::Invalid);
    output.err = CommandOutput::rejected(subject, error).err;
    return output;
}

CommandOutput verify(const QStringList &arguments)
{
    const QList<QCommandLineOption> options{
        AdminDatabase::option(),
        {QStringLiteral("tree-head"),
         tr("A tree head published earlier (SIZE:ROOT, as printed in tree_head): the first SIZE entries must still hash "
            "to ROOT. This is what catches a rewritten log."),
         QStringLiteral("SIZE:ROOT")},
    };
    CommandLine commandLine(QStringLiteral("audit verify"),
                            tr("Checks the hash-chained audit log: every entry in order, linked to the one before, "
                               "matching the audit head the server recorded and, if given, a published tree head. "
                               "Prints the entry count and the tree head to publish; exit 1 names the first bad entry."),
                            options, usageLines());
    commandLine.setRequired({QStringLiteral("db")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString urlText = commandLine.value(QStringLiteral("db"));
    const QString subject = AdminDatabase::subject(urlText);
    std::optional<AuditChain::TreeHead> published;
    if (commandLine.isSet(QStringLiteral("tree-head"))) {
        Result<AuditChain::TreeHead> parsed = parseTreeHead(commandLine.value(QStringLiteral("tree-head")));
        if (!parsed)
            return CommandOutput::rejected(subject, parsed.error());
        published = parsed.value();
    }
    Result<std::unique_ptr<Database>> database = AdminDatabase::open(urlText, AdminDatabase::Mode::Current);
    if (!database)
        return CommandOutput::rejected(subject, database.error());

    ReadSnapshot snapshot(*database.value());
    if (Result<void> begun = snapshot.begin(); !begun)
        return CommandOutput::rejected(subject, begun.error());
    const Result<AuditHead> head = readHead(*database.value());
    if (!head)
        return failure(subject, head.error());
    const Result<StoredLog> log = readLog(*database.value());
    if (!log)
        return CommandOutput::rejected(subject, log.error());

    if (log->stoppedAt) {
        // A fault among the entries before the unreadable row comes first; the published head cannot be checked
        // past that row, so it is left out here.
        const Result<AuditChain::Verified> prefix = AuditChain::verify(log->entries);
        return failure(subject, prefix ? *log->stoppedAt : prefix.error());
    }
    const Result<AuditChain::Verified> verified = AuditChain::verify(log->entries, published);
    if (!verified)
        return failure(subject, verified.error());
    if (Result<void> matches = compareWithHead(verified.value(), head.value()); !matches)
        return failure(subject, matches.error());

    const AuditChain::TreeHead &treeHead = verified->treeHead;
    return CommandOutput::json({
        {QLatin1String("valid"), true},
        {QLatin1String("entries"), double(treeHead.size)},
        {QLatin1String("tree_head"), QString(QString::number(treeHead.size) + u':' + hex(treeHead.rootHash))},
        {QLatin1String("head_hash"), hex(verified->headHash)},
        {QLatin1String("published_tree_head_checked"), published.has_value()},
    });
}

} // namespace

CommandOutput AuditCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("audit"), arguments, {{"verify", &verify}}, usageLines());
}

} // namespace redress::admin
