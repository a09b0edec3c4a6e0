// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QChar>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>

namespace larder {

// A dump tool's table of known options, looked up as the tool's getopt does: by letter, by full long
// name, or by a prefix of long names (an abbreviation). Option has `char shortName` (0: none) and
// `const char* longName`; what else it says is the engine's own.
template <typename Option>
class DumpOptionTable final
{
public:
    template <std::size_t N>
    constexpr explicit DumpOptionTable(const Option (&options)[N]) : m_begin(options), m_end(options + N)
    {}

    const Option* findShort(QChar letter) const
    {
        const Option* it = std::find_if(m_begin, m_end, [letter](const Option& o) {
            return o.shortName && letter == QLatin1Char(o.shortName);
        });
        return it == m_end ? nullptr : it;
    }

    const Option* findLong(const QString& name) const
    {
        const Option* it = std::find_if(
            m_begin, m_end, [&name](const Option& o) { return name == QLatin1String(o.longName); });
        return it == m_end ? nullptr : it;
    }

    // The options an abbreviation could mean; none for an empty prefix.
    QList<const Option*> startingWith(const QString& prefix) const
    {
        QList<const Option*> found;
        for (const Option* option = m_begin; option != m_end; ++option) {
            if (!prefix.isEmpty() && QLatin1String(option->longName).startsWith(prefix))
                found.append(option);
        }
        return found;
    }

private:
    const Option* m_begin;
    const Option* m_end;
};

} // namespace larder
