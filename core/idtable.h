#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace redress {

/// One row of an IdTable: the id written in documents and on the command line, and the label shown to
/// people (wrapped in QT_TRANSLATE_NOOP so that lupdate finds it).
struct IdLabel
{
    const char *id;
    const char *label;
};

/// The id ↔ enum ↔ label table of a small enum whose values run from 0 to N − 1 in table order
/// (Channel, Tier, Role, CompensationKind). One table per enum, so ids and labels cannot drift apart.
template<typename Enum, std::size_t N>
class IdTable
{
public:
    /// `context` is the translation context the labels were marked with.
    constexpr IdTable(const char *context, const std::array<IdLabel, N> &entries) : m_context(context), m_entries(entries) {}

    /// The enum value for an exact, case-sensitive id; nothing for any other text.
    std::optional<Enum> fromId(QStringView id) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (id == QLatin1String(m_entries[i].id))
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }

    QString id(Enum value) const { return QLatin1String(m_entries[std::size_t(value)].id); }
    QString label(Enum value) const { return QCoreApplication::translate(m_context, m_entries[std::size_t(value)].label); }

private:
    const char *m_context;
    std::array<IdLabel, N> m_entries;
};

} // namespace redress
