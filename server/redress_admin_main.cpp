#include "admincli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redress-admin"));
    QCoreApplication::setApplicationVersion(redress::admin::AdminCli::version());

    const redress::admin::CommandOutput output = redress::admin::AdminCli::run(QCoreApplication::arguments().mid(1));
    if (!output.out.isEmpty())
        std::fwrite(output.out.constData(), 1, std::size_t(output.out.size()), stdout);
    if (!output.err.isEmpty()) {
        QTextStream err(stderr);
        err << output.err;
        if (!output.err.endsWith(u'\n'))
            err << Qt::endl;
    }
    return output.exitCode;
}
