// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// Text measured in terminal columns rather than UTF-16 units: "ü" (either spelling) is one column,
// a CJK character two, a combining mark none. Pure logic.
class DisplayWidth final
{
public:
    static int columns(const QString& text);
    // Control characters (tabs, escapes in a job name or a pg_dump line) become spaces, so that text
    // never moves the cursor or changes the terminal.
    static QString printable(const QString& text);
    // At most `columns` columns: "very_long…ob_name" / "very_long_job_n…".
    static QString elideMiddle(const QString& text, int columns);
    static QString elideRight(const QString& text, int columns);
    // Spaces after (padRight) or before (padLeft) the text up to `columns` columns.
    static QString padRight(const QString& text, int columns);
    static QString padLeft(const QString& text, int columns);
    // The longest start of the text that takes at most `columns` columns.
    static QString leftColumns(const QString& text, int columns);

private:
    static QString rightColumns(const QString& text, int columns);
};

} // namespace larder
