// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RetentionFieldWidgets.h"

#include "GuiTestHelpers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using GuiTestHelpers::requireChild;

RetentionFieldWidgets::RetentionFieldWidgets(const QWidget* dialog)
    : keepLast(requireChild<QSpinBox>(dialog, "keepLastSpin")),
      keepWithin(requireChild<QLineEdit>(dialog, "keepWithinEdit")),
      testRestore(requireChild<QLineEdit>(dialog, "testRestoreEdit")),
      restoreServer(requireChild<QComboBox>(dialog, "restoreServerCombo"))
{}

QString RetentionFieldWidgets::shown() const
{
    return QStringLiteral("keep_last %1, keep_within %2, test_restore %3, restore_server %4")
        .arg(QString::number(keepLast->value()), keepWithin->text(), testRestore->text(),
             restoreServer->currentData().toString());
}

void RetentionFieldWidgets::clear() const
{
    keepLast->setValue(keepLast->minimum());
    keepWithin->clear();
    testRestore->clear();
    restoreServer->setCurrentIndex(0); // "inherited"
}
