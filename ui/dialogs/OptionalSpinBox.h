// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QSpinBox>
#include <QVariant>

namespace larder {

// A number that may be left unset: one step below the range is "inherit", shown as the inherited
// value, so the config only gets the key when the user picks a number.
class OptionalSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalSpinBox)

public:
    OptionalSpinBox(int minimum, int maximum, QWidget* parent = nullptr);

    void setInheritedText(const QString& text); // e.g. "5432 (built-in)"
    // Invalid when unset; otherwise qint64, as ConfigDocument stores integers.
    QVariant storedValue() const;
    void setStoredValue(const QVariant& value);
    bool isInherited() const { return value() == minimum(); }
};

} // namespace larder
