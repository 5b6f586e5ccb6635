#pragma once

#include "auditentry.h"
#include "merklehash.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace redress {

/// Builds and verifies the hash-chained audit log (docs/formats/audit.md).
///
/// An instance is the writer's state: the next sequence number, the chain hash of the last entry and the compact
/// Merkle tree over all leaves. It keeps no entries, so appending costs the same at entry 10 and 10,000,000; the
/// caller stores what append() returns.
class AuditChain
{
public:
    /// A Merkle tree head: the root over the first `size` leaves. Publishing one somewhere the log's writer cannot
    /// change later (a ticket, an e-mail, another server) is what makes truncation and rewriting detectable.
    struct TreeHead
    {
        qint64 size = 0;
        QByteArray rootHash; ///< raw 32 bytes

        friend bool operator==(const TreeHead &, const TreeHead &) = default;
    };

    /// What a successful verify() found.
    struct Verified
    {
        TreeHead treeHead;  ///< root over all the entries verified
        QByteArray headHash; ///< chain hash of the last entry; AuditEntry::genesisHash() for an empty log
    };

    /// An empty log: the first append() gets sequence 1 and the genesis previous hash.
    AuditChain() = default;
    /// Continues a stored log from its last entry and the saved Merkle frontier (MerkleHash::fromFrontier()).
    /// Checks that the tree has exactly last.sequence() leaves; pass a default AuditEntry and tree for an empty log.
    /// An empty tree with any other entry is refused ("audit.resume"): the tree was lost or belongs to another log,
    /// and resuming would restart the chain at sequence 1.
    static Result<AuditChain> resume(const AuditEntry &last, const MerkleHash &tree);

    /// Fills in the entry's sequence and previous hash, advances the chain and returns the entry to store.
    /// Refuses an entry that fails AuditEntry::validate(); the chain is then unchanged.
    Result<AuditEntry> append(AuditEntry entry);

    /// Number of entries appended (the last sequence number).
    qint64 size() const { return m_tree.size(); }
    /// Chain hash of the last entry, or the genesis hash.
    QByteArray headHash() const { return m_headHash; }
    /// The current tree head, O(log n).
    TreeHead treeHead() const { return {m_tree.size(), m_tree.rootHash()}; }
    /// The compact Merkle tree, to save alongside the log for resume().
    const MerkleHash &tree() const { return m_tree; }

    /// Checks a whole log, entries in stored order, starting at sequence 1. On failure the Error names the first
    /// bad entry: `where` is "sequence N" and `code` says why:
    ///  - "audit.sequence_gap": entry N follows a missing sequence number (an entry was deleted);
    ///  - "audit.reordered": entry N is ahead of a lower sequence number stored after it (entries were moved);
    ///  - "audit.duplicate_sequence": N was already seen (an entry was copied or inserted without renumbering);
    ///  - "audit.invalid_sequence": N is below 1;
    ///  - "audit.inserted": entry N and the entry after it both link to N's predecessor (N was slipped in and
    ///    the numbers after it shifted);
    ///  - "audit.altered_content": entry N's content changed after it was recorded (its successor's link proves
    ///    what it was);
    ///  - "audit.broken_link": entry N's previous hash is not the chain hash of the entry before it (the link was
    ///    changed, or the entry before it was altered and nothing after N can tell which);
    ///  - "audit.truncated" / "audit.root_mismatch": the log disagrees with the `published` tree head.
    /// Times are not checked for order: devices' clocks differ. Without a published tree head, removing or
    /// rewriting entries at the end of the log cannot be detected; see docs/formats/audit.md.
    static Result<Verified> verify(const QList<AuditEntry> &entries,
                                   const std::optional<TreeHead> &published = std::nullopt);

private:
    QByteArray m_headHash = AuditEntry::genesisHash();
    MerkleHash m_tree;
};

} // namespace redress
