#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace redress {

/// RFC 6962 (Certificate Transparency) Merkle tree hashing over SHA-256.
///
/// The static functions are the one-shot hashes. An instance is the compact, incremental form of a tree
/// (a "compact range" from the left edge, also called a frontier): the roots of the perfect subtrees that make
/// up a tree of size n, largest first, one per set bit of n, so at most floor(log2 n) + 1 hashes. Appending a leaf
/// costs amortised O(1) and at most O(log n) node hashes, and rootHash() folds the frontier in O(log n), so a
/// server can keep the current root of a log of any size without holding its leaves.
///
/// All hashes are raw 32-byte SHA-256 digests, not hex.
class MerkleHash
{
public:
    static constexpr qsizetype HashSize = 32;

    /// SHA-256(0x00 || data): the hash of a leaf's input.
    static QByteArray leafHash(QByteArrayView data);
    /// SHA-256(0x01 || left || right): the hash of an interior node.
    static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    /// SHA-256 of the empty string, the root of a tree with no leaves.
    static QByteArray emptyTreeHash();
    /// MTH(D[n]) of RFC 6962 section 2.1 over already-hashed leaves. Iterative: n - 1 node hashes, O(log n) memory.
    static QByteArray merkleTreeHash(const QList<QByteArray> &leafHashes);

    /// An empty tree.
    MerkleHash() = default;
    /// Restores a tree saved as size() and frontier(), e.g. from a database row. Checks that the frontier has one
    /// 32-byte hash per set bit of `size`; it cannot check that the hashes are the right ones.
    static Result<MerkleHash> fromFrontier(qint64 size, const QList<QByteArray> &frontier);

    /// Appends one leaf, given as its leaf hash (see leafHash()).
    void appendLeafHash(QByteArrayView leafHash);
    /// Appends one leaf, given as its input data.
    void appendLeafData(QByteArrayView data) { appendLeafHash(leafHash(data)); }

    /// The number of leaves appended.
    qint64 size() const { return m_size; }
    /// The perfect-subtree roots, left to right (largest subtree first).
    const QList<QByteArray> &frontier() const { return m_frontier; }
    /// MTH of all leaves appended so far; emptyTreeHash() when there are none.
    QByteArray rootHash() const;

    friend bool operator==(const MerkleHash &a, const MerkleHash &b)
    {
        return a.m_size == b.m_size && a.m_frontier == b.m_frontier;
    }

private:
    qint64 m_size = 0;
    QList<QByteArray> m_frontier;
};

} // namespace redress
