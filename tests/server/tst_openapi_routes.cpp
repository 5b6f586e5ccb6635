// docs/openapi.yaml stays true to the server: every route the server registers is documented, every documented
// operation is routed, and the routes that need no token are exactly the ones documented with `security: []`.
//
// Both sides are read as text, on purpose: the routes from the `router.add("METHOD", QStringLiteral("PATH"),
// Router::Access::…` calls in server/api/*endpoints.cpp (building a Router would need every service and a
// database), the document by its indentation (no YAML library for one list of keys). The WebSocket is the one
// documented operation without a router.add: ApiServer takes it over through setStreamPath() in serverapp.cpp.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(REDRESS_SOURCE_DIR);

struct Operation
{
    QString method; ///< upper case, as the router spells it
    QString path;
    bool isPublic = false; ///< no token needed
};

QString key(const QString &method, const QString &path)
{
    return method + QLatin1Char(' ') + path;
}

QString readText(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

/// The operations under `paths:`: path keys at two spaces, method keys at four, `security: []` at six.
QHash<QString, Operation> documentedOperations(const QString &yaml)
{
    static const QRegularExpression pathKey(QStringLiteral("^  (/\\S+):\\s*$"));
    static const QRegularExpression methodKey(QStringLiteral("^    (get|put|post|delete|patch|head|options|trace):\\s*$"));
    static const QRegularExpression noSecurity(QStringLiteral("^      security:\\s*\\[\\]\\s*$"));
    static const QRegularExpression topLevelKey(QStringLiteral("^\\S"));
    QHash<QString, Operation> operations;
    bool inPaths = false;
    QString path;
    QString current;
    for (const QString &rawLine : yaml.split(QLatin1Char('\n'))) {
        const QString line = rawLine.endsWith(QLatin1Char('\r')) ? rawLine.chopped(1) : rawLine;
        if (topLevelKey.match(line).hasMatch()) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            path.clear();
            current.clear();
            continue;
        }
        if (!inPaths)
            continue;
        const QRegularExpressionMatch pathMatch = pathKey.match(line);
        const QRegularExpressionMatch methodMatch = methodKey.match(line);
        if (pathMatch.hasMatch()) {
            path = pathMatch.captured(1);
            current.clear();
        } else if (methodMatch.hasMatch() && !path.isEmpty()) {
            const QString method = methodMatch.captured(1).toUpper();
            current = key(method, path);
            operations.insert(current, Operation{method, path, false});
        } else if (noSecurity.match(line).hasMatch() && !current.isEmpty()) {
            operations[current].isPublic = true;
        }
    }
    return operations;
}

} // namespace

class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routeSources_registerOnlyLiteralRoutes_data();
    void routeSources_registerOnlyLiteralRoutes();
    void document_requiresATokenByDefault();
    void registeredRoute_isDocumented_data();
    void registeredRoute_isDocumented();
    void documentedOperation_isRouted_data();
    void documentedOperation_isRouted();
    void streamPath_isDocumentedAsWebSocket();

private:
    QString m_yaml;
    QHash<QString, QString> m_sources;          ///< file name → text, server/api/*endpoints.cpp
    QHash<QString, int> m_routesRead;           ///< file name → routes the regular expression found in it
    QHash<QString, Operation> m_registered;     ///< by "METHOD PATH"
    QHash<QString, Operation> m_documented;     ///< by "METHOD PATH"
    QString m_streamPath;
};

void TestOpenApiRoutes::initTestCase()
{
    QString problem;
    m_yaml = readText(kSourceDir + QLatin1String("/docs/openapi.yaml"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_documented = documentedOperations(m_yaml);
    QVERIFY2(m_documented.size() >= 10, qPrintable(QStringLiteral("only %1 operations found in docs/openapi.yaml; "
                                                                  "is the paths: section indented as expected?")
                                                       .arg(m_documented.size())));

    const QDir api(kSourceDir + QLatin1String("/server/api"));
    const QStringList files = api.entryList({QStringLiteral("*endpoints.cpp")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 5, qPrintable(files.join(QLatin1String(", "))));
    static const QRegularExpression route(
        QStringLiteral(R"re(router\.add\(\s*"([A-Z]+)"\s*,\s*QStringLiteral\("([^"]+)"\)\s*,\s*Router::Access::(\w+))re"));
    for (const QString &file : files) {
        const QString text = readText(api.filePath(file), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_sources.insert(file, text);
        int &read = m_routesRead[file];
        for (QRegularExpressionMatchIterator it = route.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString routeKey = key(match.captured(1), match.captured(2));
            QVERIFY2(!m_registered.contains(routeKey), qPrintable(routeKey + QLatin1String(" is registered twice")));
            m_registered.insert(routeKey, Operation{match.captured(1), match.captured(2),
                                                    match.captured(3) == QLatin1String("Public")});
            ++read;
        }
    }

    const QString serverApp = readText(kSourceDir + QLatin1String("/server/api/serverapp.cpp"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    static const QRegularExpression streamPath(QStringLiteral(R"re(setStreamPath\(\s*QStringLiteral\("([^"]+)"\)\s*\))re"));
    const QRegularExpressionMatch stream = streamPath.match(serverApp);
    QVERIFY2(stream.hasMatch(), "serverapp.cpp no longer calls setStreamPath(QStringLiteral(\"...\")); update this test");
    m_streamPath = stream.captured(1);
}

void TestOpenApiRoutes::routeSources_registerOnlyLiteralRoutes_data()
{
    QTest::addColumn<QString>("file");
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestOpenApiRoutes::routeSources_registerOnlyLiteralRoutes()
{
    // A route added in another form (a variable, a helper) would escape the regular expression and so this test:
    // every router.add( must be one that was read.
    QFETCH(QString, file);
    const qsizetype calls = m_sources.value(file).count(QLatin1String("router.add("));
    QVERIFY2(calls > 0, qPrintable(QString(file + QLatin1String(" registers no route"))));
    QCOMPARE(qsizetype(m_routesRead.value(file)), calls);
}

void TestOpenApiRoutes::document_requiresATokenByDefault()
{
    // The public routes are told apart by `security: []` only because the document's default is the bearer token.
    static const QRegularExpression globalSecurity(QStringLiteral("^security:\\s*\\n  - bearerAuth: \\[\\]\\s*$"),
                                                   QRegularExpression::MultilineOption);
    QVERIFY(globalSecurity.match(m_yaml).hasMatch());
    static const QRegularExpression scheme(QStringLiteral("^    bearerAuth:\\s*\\n      type: http\\s*\\n      scheme: bearer\\s*$"),
                                           QRegularExpression::MultilineOption);
    QVERIFY(scheme.match(m_yaml).hasMatch());
}

void TestOpenApiRoutes::registeredRoute_isDocumented_data()
{
    QTest::addColumn<QString>("route");
    QStringList routes = m_registered.keys();
    routes.sort();
    for (const QString &route : std::as_const(routes))
        QTest::newRow(qPrintable(route)) << route;
}

void TestOpenApiRoutes::registeredRoute_isDocumented()
{
    QFETCH(QString, route);
    QVERIFY2(m_documented.contains(route), qPrintable(QString(route + QLatin1String(" is routed but not in docs/openapi.yaml"))));
    const bool isPublic = m_registered.value(route).isPublic;
    QVERIFY2(m_documented.value(route).isPublic == isPublic,
             qPrintable(QString(route + (isPublic ? QLatin1String(" needs no token: document it with security: []")
                                                  : QLatin1String(" needs a token but is documented with security: []")))));
}

void TestOpenApiRoutes::documentedOperation_isRouted_data()
{
    QTest::addColumn<QString>("operation");
    QStringList operations = m_documented.keys();
    operations.sort();
    for (const QString &operation : std::as_const(operations))
        QTest::newRow(qPrintable(operation)) << operation;
}

void TestOpenApiRoutes::documentedOperation_isRouted()
{
    QFETCH(QString, operation);
    if (operation == key(QStringLiteral("GET"), m_streamPath))
        return; // the WebSocket upgrade: ApiServer hands it to the change stream before the router is asked
    QVERIFY2(m_registered.contains(operation),
             qPrintable(QString(operation + QLatin1String(" is in docs/openapi.yaml but the server registers no such route"))));
}

void TestOpenApiRoutes::streamPath_isDocumentedAsWebSocket()
{
    // Served, though not through the router: it must be documented like any route, and say what it is.
    const QString operation = key(QStringLiteral("GET"), m_streamPath);
    QVERIFY2(m_documented.contains(operation), qPrintable(QString(operation + QLatin1String(" is served but not documented"))));
    QVERIFY2(!m_registered.contains(operation), "the stream path is also a router route: ApiServer would never reach it");
    const qsizetype at = m_yaml.indexOf(QLatin1String("\n  ") + m_streamPath + QLatin1String(":\n"));
    const qsizetype next = m_yaml.indexOf(QRegularExpression(QStringLiteral("\\n  /|\\n\\S")), at + 1);
    const QString section = m_yaml.mid(at, next - at);
    QVERIFY2(section.contains(QLatin1String("WebSocket")), qPrintable(section.left(300)));
    QVERIFY(section.contains(QLatin1String("4401")));
    QVERIFY(section.contains(QLatin1String(R"j({"type":"changes","seq":N})j")));
}

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "tst_openapi_routes.moc"
