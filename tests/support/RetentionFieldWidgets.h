// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

// The fields of the "Retention and checks" group (larder::RetentionFields) that the database and
// the defaults dialog share, found by their object names (the test aborts naming a missing one).
struct RetentionFieldWidgets
{
    explicit RetentionFieldWidgets(const QWidget* dialog);

    // What the fields hold, on one line for one check: "keep_last 9, keep_within 7 days,
    // test_restore daily, restore_server reports" (the spin box's value, the combo box's server).
    QString shown() const;
    // Every field back to inherited: keep_last at its minimum, the others empty.
    void clear() const;

    QSpinBox* keepLast = nullptr;
    QLineEdit* keepWithin = nullptr;
    QLineEdit* testRestore = nullptr;
    QComboBox* restoreServer = nullptr;
};
