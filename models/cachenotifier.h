#pragma once

#include <QObject>
#include <QStringList>

namespace redress {

/// Tells views what changed in the local cache, after the transaction that changed it committed. The sync engine
/// (pulled pages, server answers) and the actions (local work) emit; item models listen and reload what they show.
class CacheNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void casesChanged(const QStringList &caseIds);
    void customersChanged();
    void approvalsChanged();
    void documentsChanged();
    void outboxChanged();
    /// Everything may have changed (a full resync): reload all.
    void reset();
};

} // namespace redress
