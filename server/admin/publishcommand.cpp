#include "publishcommand.h"

#include "admindatabase.h"
#include "auditchain.h"
#include "commandline.h"
#include "documentfile.h"

#include <QCoreApplication>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublishCommand", text);
}

QString fileDescription(DocumentStore::Kind kind)
{
    switch (kind) {
    case DocumentStore::Kind::Policy: return tr("Policy file.");
    case DocumentStore::Kind::Tree: return tr("Tree file.");
    case DocumentStore::Kind::Template: return tr("Template file.");
    }
    return {};
}

} // namespace

CommandOutput PublishCommand::run(DocumentStore::Kind kind, const QStringList &arguments, const QString &groupUsage)
{
    const QString kindId = DocumentStore::kindId(kind);
    CommandLine commandLine(kindId + QLatin1String(" publish"),
                            tr("Publishes a version of a document to the server database after checking it, and prints "
                               "its id, version and SHA-256. Publishing the same file again changes nothing; a published "
                               "version never changes: different content needs a higher \"version\"."),
                            fileDescription(kind), {AdminDatabase::option()}, groupUsage);
    commandLine.setRequired({QStringLiteral("db")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString path = commandLine.file();
    // The file is read and parsed before the database is opened: a broken document is the file's fault, reported
    // the way `check` reports it, whatever state the database is in.
    const Result<QByteArray> bytes = DocumentFile::readBytes(path);
    if (!bytes)
        return CommandOutput::invalid(path, bytes.error());
    const QString urlText = commandLine.value(QStringLiteral("db"));
    Result<std::unique_ptr<Database>> database = AdminDatabase::open(urlText, AdminDatabase::Mode::Current);
    if (!database)
        return CommandOutput::rejected(AdminDatabase::subject(urlText), database.error());
    AuditChain auditCache;
    DocumentStore store(*database.value(), auditCache);
    const Result<DocumentStore::Published> published = store.publish(kind, bytes.value(), AdminDatabase::actor());
    if (!published)
        return CommandOutput::rejected(path, published.error());
    const DocumentStore::Document &document = published->document;
    return CommandOutput::json({
        {QLatin1String("status"), published->created ? QStringLiteral("published") : QStringLiteral("already published")},
        {QLatin1String("kind"), kindId},
        {QLatin1String("id"), document.id},
        {QLatin1String("version"), document.version},
        {QLatin1String("sha256"), document.sha256},
    });
}

} // namespace redress::admin
