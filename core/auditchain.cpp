#include "auditchain.h"

#include <QCoreApplication>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditChain", text);
}

QString sequenceWhere(qint64 sequence)
{
    return QStringLiteral("sequence %1").arg(sequence);
}

Error chainError(const char *code, qint64 sequence, const QString &message)
{
    return Error{QLatin1String(code), message, sequenceWhere(sequence)};
}

QString hex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

// entries[index] does not carry the sequence number `expected`; say what that most likely means.
Error sequenceError(const QList<AuditEntry> &entries, qsizetype index, qint64 expected)
{
    const qint64 found = entries.at(index).sequence();
    if (found < 1) {
        return chainError("audit.invalid_sequence", found,
                          tr("Sequence number %1 is not valid; expected %2.").arg(found).arg(expected));
    }
    if (found < expected) {
        // Positions before `index` held exactly 1 .. expected - 1, so this number was seen already.
        return chainError("audit.duplicate_sequence", found,
                          tr("Sequence number %1 appears a second time where %2 was expected; an entry was copied "
                             "or inserted.")
                              .arg(found)
                              .arg(expected));
    }
    for (qsizetype later = index + 1; later < entries.size(); ++later) {
        const qint64 sequence = entries.at(later).sequence();
        if (sequence >= expected && sequence < found) {
            return chainError("audit.reordered", found,
                              tr("Entry %1 is stored before entry %2; entries were moved.").arg(found).arg(sequence));
        }
    }
    return chainError("audit.sequence_gap", found,
                      tr("Entry %1 follows entry %2; the entries in between are missing.").arg(found).arg(expected - 1));
}

// entries[index].previousHash() is not the chain hash computed over everything before it.
Error linkError(const QList<AuditEntry> &entries, qsizetype index)
{
    const AuditEntry &entry = entries.at(index);
    // Two entries in a row that claim the same predecessor: the first of them was slipped in (and the numbers
    // after it shifted), since only one entry can have been appended after any given entry.
    if (index > 0 && entry.previousHash() == entries.at(index - 1).previousHash()) {
        const qint64 inserted = entries.at(index - 1).sequence();
        return chainError("audit.inserted", inserted,
                          tr("Entry %1 was inserted: it and the entry after it both claim to follow entry %2.")
                              .arg(inserted)
                              .arg(inserted - 1));
    }
    // If the next entry links to this one by this entry's *stored* previous hash, that stored hash is the
    // original chain hash of the entry before, so it is the entry before whose content no longer matches.
    if (index > 0 && index + 1 < entries.size()) {
        const QByteArray storedChain = MerkleHash::nodeHash(entry.previousHash(), entry.leafHash());
        if (entries.at(index + 1).previousHash() == storedChain) {
            const qint64 altered = entries.at(index - 1).sequence();
            return chainError("audit.altered_content", altered,
                              tr("The content of entry %1 was changed after it was recorded.").arg(altered));
        }
    }
    if (index == 0) {
        return chainError("audit.broken_link", entry.sequence(),
                          tr("Entry %1 does not start the chain: its previous hash is not the genesis hash.")
                              .arg(entry.sequence()));
    }
    return chainError("audit.broken_link", entry.sequence(),
                      tr("Entry %1 does not link to entry %2: its previous hash was changed, or entry %2 was altered.")
                          .arg(entry.sequence())
                          .arg(entries.at(index - 1).sequence()));
}

} // namespace

Result<AuditChain> AuditChain::resume(const AuditEntry &last, const MerkleHash &tree)
{
    AuditChain chain;
    chain.m_tree = tree;
    if (tree.size() == 0) {
        // An empty tree only goes with "no entries yet". Accepting a real entry here would start the next append()
        // again at sequence 1 with the genesis hash: a second chain that forks the stored one.
        if (!(last == AuditEntry())) {
            return Error{QStringLiteral("audit.resume"),
                         tr("The saved tree is empty but a last entry (sequence %1) was given; the tree does not "
                            "belong to this log.")
                             .arg(last.sequence()),
                         last.sequence() > 0 ? sequenceWhere(last.sequence()) : QString()};
        }
        return chain;
    }
    if (last.sequence() != tree.size()) {
        return Error{QStringLiteral("audit.resume"),
                     tr("The last entry has sequence %1 but the saved tree has %2 leaves.")
                         .arg(last.sequence())
                         .arg(tree.size()),
                     {}};
    }
    if (last.previousHash().size() != MerkleHash::HashSize) {
        return Error{QStringLiteral("audit.resume"), tr("The last entry has no valid previous hash."),
                     sequenceWhere(last.sequence())};
    }
    chain.m_headHash = last.chainHash();
    return chain;
}

Result<AuditEntry> AuditChain::append(AuditEntry entry)
{
    if (Result<void> valid = entry.validate(); !valid)
        return valid.error();
    if (m_tree.size() >= AuditEntry::MaxSequence)
        return Error{QStringLiteral("audit.full"), tr("The audit log has reached its largest sequence number."), {}};
    entry.setSequence(m_tree.size() + 1);
    entry.setPreviousHash(m_headHash);
    const QByteArray leaf = entry.leafHash();
    m_headHash = MerkleHash::nodeHash(m_headHash, leaf);
    m_tree.appendLeafHash(leaf);
    return entry;
}

Result<AuditChain::Verified> AuditChain::verify(const QList<AuditEntry> &entries,
                                                const std::optional<TreeHead> &published)
{
    const auto checkPublished = [&published](const MerkleHash &tree) -> Result<void> {
        if (published->rootHash == tree.rootHash())
            return {};
        return Error{QStringLiteral("audit.root_mismatch"),
                     tr("The first %1 entries do not match the published root %2; they hash to %3.")
                         .arg(published->size)
                         .arg(hex(published->rootHash), hex(tree.rootHash())),
                     sequenceWhere(published->size)};
    };
    if (published && published->size < 0) {
        return Error{QStringLiteral("audit.tree_head"), tr("A published tree head cannot have a negative size."), {}};
    }

    MerkleHash tree;
    QByteArray chain = AuditEntry::genesisHash();
    if (published && published->size == 0) {
        if (Result<void> ok = checkPublished(tree); !ok)
            return ok.error();
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry &entry = entries.at(i);
        const qint64 expected = i + 1;
        if (entry.sequence() != expected)
            return sequenceError(entries, i, expected);
        if (entry.previousHash() != chain)
            return linkError(entries, i);
        const QByteArray leaf = entry.leafHash();
        chain = MerkleHash::nodeHash(chain, leaf);
        tree.appendLeafHash(leaf);
        if (published && tree.size() == published->size) {
            if (Result<void> ok = checkPublished(tree); !ok)
                return ok.error();
        }
    }
    if (published && published->size > tree.size()) {
        return chainError("audit.truncated", tree.size() + 1,
                          tr("The log ends at entry %1 but a root was published for %2 entries; entries were "
                             "removed from the end.")
                              .arg(tree.size())
                              .arg(published->size));
    }
    return Verified{TreeHead{tree.size(), tree.rootHash()}, chain};
}

} // namespace redress
