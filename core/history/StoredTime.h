// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace larder::StoredTime {

// How the history stores a time: fixed-width UTC with milliseconds ("2026-12-08T01:02:03.456Z"), so
// text order is time order in SQLite and in PostgreSQL (TEXT COLLATE "C") alike. HistoryDialect's
// database clock writes the same form.
QString toText(const QDateTime& time);
// The inverse; an invalid time for NULL.
QDateTime fromText(const QVariant& value);

} // namespace larder::StoredTime
