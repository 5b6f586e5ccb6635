#pragma once

#include "commandoutput.h"
#include "documentstore.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin policy|tree|template publish FILE --db URL`: one command for the three kinds of document, so
/// they are published, refused and reported alike.
class PublishCommand
{
public:
    static CommandOutput run(DocumentStore::Kind kind, const QStringList &arguments, const QString &groupUsage);
};

} // namespace redress::admin
