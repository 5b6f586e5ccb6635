#pragma once

#include <QLatin1String>

#include <initializer_list>

namespace redress {

class JsonObjectReader;

/// Fails `reader` with "json.unknown_member" at the first member not in `allowed`.
/// Tree files are strict because a misspelt optional member fails silently: a "gaurd" would make a
/// gold-only compensation available to every customer. (A candidate for JsonObjectReader itself.)
/// `present`, when the caller knows it, is how many allowed members it has already found; if that is every
/// member, no key is looked at, which keeps validating a 10,000-node tree well under its time budget.
bool rejectUnknownTreeMembers(JsonObjectReader &reader, std::initializer_list<QLatin1String> allowed,
                              qsizetype present = -1);

} // namespace redress
