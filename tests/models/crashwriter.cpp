// A client process for tst_syncfaults: opens the cache, signs in, then adds notes as fast as it can while the
// sync engine pushes, printing "ACK <text>" once each note is committed locally. The test kills it with SIGKILL
// at a random moment, many times over, and checks that every acknowledged note reaches the server exactly once.
#include "modeltestsupport.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: crashwriter CACHE SERVER_URL CASE_ID RUN\n");
        return 2;
    }
    TestClient client;
    if (const QString failed = client.open(arguments.at(1), QUrl(arguments.at(2))); !failed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failed));
        return 1;
    }
    QObject::connect(client.session.get(), &redress::SessionManager::signedIn, &app, [&] { client.sync->start(); });
    client.session->signIn(QStringLiteral("agent"), DemoServer::kPassword);
    int written = 0;
    QTimer writer;
    writer.setInterval(2);
    QObject::connect(&writer, &QTimer::timeout, &app, [&] {
        const QString text = QStringLiteral("crash-%1-%2").arg(arguments.at(4)).arg(++written);
        if (client.actions->addNote(arguments.at(3), text)) {
            std::printf("ACK %s\n", qPrintable(text));
            std::fflush(stdout);
        }
    });
    writer.start();
    return app.exec();
}
