#include "passwordhasher.h"
#include "serverapp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

using namespace redress;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "redress-server: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redress-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Redress central server: JSON API over HTTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("main", "sqlite:PATH or postgresql://USER@HOST:PORT/DB (default sqlite:redress.sqlite)."), QStringLiteral("URL")},
        {QStringLiteral("listen"), QCoreApplication::translate("main", "ADDRESS:PORT to listen on (default 127.0.0.1:8080; port 0 picks a free one)."), QStringLiteral("ADDRESS:PORT")},
        {QStringLiteral("demo"), QCoreApplication::translate("main", "Load the demo organisation when the database is empty.")},
        {QStringLiteral("sandbox"), QCoreApplication::translate("main", "Run as a training sandbox: seed an empty database with the demo organisation, trainees and training scenarios; refuse a database with live data.")},
        {QStringLiteral("tls-cert"), QCoreApplication::translate("main", "PEM certificate chain to serve HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QCoreApplication::translate("main", "PEM private key for --tls-cert."), QStringLiteral("FILE")},
        {QStringLiteral("approval-sla"), QCoreApplication::translate("main", "Seconds a pending approval waits before it escalates a level (default 14400)."), QStringLiteral("SECONDS")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    if (!PasswordHasher::initialise())
        return usageError(QCoreApplication::translate("main", "libsodium could not be initialised"));

    ServerApp::Settings settings;
    if (parser.isSet(QStringLiteral("db"))) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
        if (!url)
            return usageError(url.error().toString());
        settings.database = url.value();
    }
    if (parser.isSet(QStringLiteral("listen"))) {
        const QString listen = parser.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
        QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
        if (colon < 0 || !portOk || port > 65535 || address.isNull())
            return usageError(QCoreApplication::translate("main", "--listen: expected ADDRESS:PORT such as 127.0.0.1:8080, got \"%1\"").arg(listen));
        settings.address = address;
        settings.port = quint16(port);
    }
    settings.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    settings.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (settings.tlsCertificate.isEmpty() != settings.tlsKey.isEmpty())
        return usageError(QCoreApplication::translate("main", "--tls-cert and --tls-key go together"));
    if (parser.isSet(QStringLiteral("approval-sla"))) {
        bool ok = false;
        const qint64 seconds = parser.value(QStringLiteral("approval-sla")).toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 30 * 24 * 3600)
            return usageError(QCoreApplication::translate("main", "--approval-sla: expected 1 to 2592000 seconds"));
        settings.approvalSlaMs = seconds * 1000;
        settings.escalationSweepMs = std::min<qint64>(settings.escalationSweepMs, std::max<qint64>(seconds * 250, 100));
    }
    if (parser.isSet(QStringLiteral("demo")))
        settings.seedDirectory = QStringLiteral(REDRESS_SEED_DIR);
    settings.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (settings.sandbox)
        settings.seedDirectory = QStringLiteral(REDRESS_SEED_DIR);
    // Always known: a database marked as a sandbox runs as one even when started without --sandbox.
    settings.scenarioDirectory = QStringLiteral(REDRESS_SEED_DIR "/scenarios");

    ServerApp server(settings);
    Result<quint16> port = server.start();
    if (!port) {
        QTextStream(stderr) << "redress-server: " << port.error().toString() << '\n';
        return 1;
    }
    const QString scheme = settings.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = settings.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + settings.address.toString() + QLatin1Char(']')
        : settings.address.toString();
    // Tests and the desktop demo read this line to find the port when --listen asked for port 0.
    QTextStream(stdout) << "redress-server listening on " << scheme << "://" << host << ':' << port.value() << '\n';
    std::fflush(stdout);
    return app.exec();
}
