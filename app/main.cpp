#include "startupflow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace {

/// The interface language: --language, else the "ui/language" setting, else the system's. English is built in.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, numbers and Qt's own dialogs follow the chosen language, not only our strings.
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("redress"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Redress"));
    QApplication::setApplicationName(QStringLiteral("Redress"));
    QApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Redress service-recovery workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start a demo server on this machine and sign in to it."));
    const QCommandLineOption training(
        QStringLiteral("training"),
        QApplication::translate("main", "Training sandbox: scenarios on a scratch server of its own (with --server: a "
                                        "class's training server). Nothing reaches customers."));
    const QCommandLineOption demoUser(QStringLiteral("demo-user"),
                                      QApplication::translate("main", "Demo user to sign in as (agent, lead, trainer; "
                                                                      "with --training: trainee, trainee2, trainer)."),
                                      QStringLiteral("USERNAME"));
    const QCommandLineOption server(QStringLiteral("server"), QApplication::translate("main", "Live server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Folder for the local cache."), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "Interface language, e.g. es (saved as the setting)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption serverPath(QStringLiteral("server-binary"),
                                        QApplication::translate("main", "redress-server to run for --demo and --training."),
                                        QStringLiteral("PATH"));
    parser.addOptions({demo, training, demoUser, server, dataDir, language, serverPath});
    parser.process(app);

    QSettings settings;
    if (parser.isSet(language))
        settings.setValue(QStringLiteral("ui/language"), parser.value(language));
    installTranslations(app, settings.value(QStringLiteral("ui/language")).toString());

    redress::StartupFlow::Options options;
    options.training = parser.isSet(training);
    options.demo = !options.training && (parser.isSet(demo) || parser.isSet(demoUser));
    options.demoUser = parser.value(demoUser);
    options.server = QUrl(parser.value(server));
    options.dataDir = parser.value(dataDir);
    options.serverPath = parser.value(serverPath);
    redress::StartupFlow flow(options);
    int exitCode = 0;
    QObject::connect(&flow, &redress::StartupFlow::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QApplication::exit(code);
    });
    // Started from the event loop: a start-up that ends at once (a cancelled picker, a missing server) must find a
    // loop to quit, or the program would run on without a window.
    QTimer::singleShot(0, &flow, &redress::StartupFlow::start);
    const int loop = QApplication::exec();
    return exitCode != 0 ? exitCode : loop;
}
