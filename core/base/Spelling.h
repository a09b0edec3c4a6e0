// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>
#include <QStringList>

namespace larder {

// "Did you mean": the candidate a mistyped word most likely meant, for config keys, commands and
// job names alike.
class Spelling final
{
public:
    // Case-insensitive edit distance counting an adjacent swap as one edit.
    static int distance(const QString& a, const QString& b);
    // The nearest candidate within a tolerance that grows with the word's length (1 edit up to 4
    // characters, 2 up to 8, else 3); empty when none is that near.
    static QString closest(const QString& word, const QStringList& candidates);
};

} // namespace larder
