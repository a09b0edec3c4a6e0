// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "OptionalSpinBox.h"

namespace larder {

OptionalSpinBox::OptionalSpinBox(int minimum, int maximum, QWidget* parent) : QSpinBox(parent)
{
    setRange(minimum - 1, maximum);
    setValue(minimum - 1);
    setInheritedText(QString());
}

void OptionalSpinBox::setInheritedText(const QString& text)
{
    setSpecialValueText(text.isEmpty() ? tr("inherited") : tr("inherited: %1").arg(text));
}

QVariant OptionalSpinBox::storedValue() const
{
    return isInherited() ? QVariant() : QVariant(qint64(value()));
}

void OptionalSpinBox::setStoredValue(const QVariant& stored)
{
    bool ok = false;
    const qint64 number = stored.toLongLong(&ok);
    // A hand-edited value out of range is clamped: the spin box cannot show it, and the clamped
    // number is the closest one the loader accepts.
    setValue(stored.isValid() && ok ? int(qBound(qint64(minimum()) + 1, number, qint64(maximum())))
                                    : minimum());
}

} // namespace larder
