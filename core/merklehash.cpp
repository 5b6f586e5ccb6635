#include "merklehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <bit>

namespace redress {
namespace {

// Domain separation of RFC 6962 section 2.1: a leaf can never be mistaken for an interior node.
constexpr char LeafPrefix = '\x00';
constexpr char NodePrefix = '\x01';

} // namespace

QByteArray MerkleHash::leafHash(QByteArrayView data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(&LeafPrefix, 1));
    hash.addData(data);
    return hash.result();
}

QByteArray MerkleHash::nodeHash(QByteArrayView left, QByteArrayView right)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(&NodePrefix, 1));
    hash.addData(left);
    hash.addData(right);
    return hash.result();
}

QByteArray MerkleHash::emptyTreeHash()
{
    return QCryptographicHash::hash(QByteArrayView(), QCryptographicHash::Sha256);
}

QByteArray MerkleHash::merkleTreeHash(const QList<QByteArray> &leafHashes)
{
    // RFC 6962 splits at the largest power of two smaller than n, so the tree is its perfect subtrees for the set
    // bits of n, left-packed, and the root is their right-to-left fold. Building the frontier leaf by leaf and
    // folding it is that definition without recursion and without copying sub-lists.
    MerkleHash tree;
    for (const QByteArray &leaf : leafHashes)
        tree.appendLeafHash(leaf);
    return tree.rootHash();
}

Result<MerkleHash> MerkleHash::fromFrontier(qint64 size, const QList<QByteArray> &frontier)
{
    if (size < 0) {
        return Error{QStringLiteral("merkle.frontier"),
                     QCoreApplication::translate("MerkleHash", "A tree cannot have a negative size."), {}};
    }
    const int expected = std::popcount(quint64(size));
    if (frontier.size() != expected) {
        return Error{QStringLiteral("merkle.frontier"),
                     QCoreApplication::translate("MerkleHash", "A tree of %1 leaves needs %2 subtree hashes, not %3.")
                         .arg(size)
                         .arg(expected)
                         .arg(frontier.size()),
                     {}};
    }
    for (qsizetype i = 0; i < frontier.size(); ++i) {
        if (frontier.at(i).size() != HashSize) {
            return Error{QStringLiteral("merkle.frontier"),
                         QCoreApplication::translate("MerkleHash", "Subtree hash %1 has %2 bytes; expected %3.")
                             .arg(i)
                             .arg(frontier.at(i).size())
                             .arg(HashSize),
                         {}};
        }
    }
    MerkleHash tree;
    tree.m_size = size;
    tree.m_frontier = frontier;
    return tree;
}

void MerkleHash::appendLeafHash(QByteArrayView leafHash)
{
    m_frontier.append(leafHash.toByteArray());
    // Each trailing one bit of the old size is a perfect subtree of the same height as the one just completed:
    // merge them like a binary carry.
    for (qint64 carry = m_size; carry & 1; carry >>= 1) {
        const QByteArray right = m_frontier.takeLast();
        m_frontier.last() = nodeHash(m_frontier.last(), right);
    }
    ++m_size;
}

QByteArray MerkleHash::rootHash() const
{
    if (m_frontier.isEmpty())
        return emptyTreeHash();
    QByteArray root = m_frontier.last();
    for (qsizetype i = m_frontier.size() - 2; i >= 0; --i)
        root = nodeHash(m_frontier.at(i), root);
    return root;
}

} // namespace redress
