// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RetryEdit.h"

namespace larder {

RetryEdit::RetryEdit(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("retryEdit"));
    setAccessibleName(tr("Retry after a failure"));
    setToolTip(tr("After a failure, wait this long before the next attempt, doubled with each failure in a "
                  "row and at most the schedule's period: a duration such as \"15 minutes\", a number of "
                  "seconds, or \"off\" to try again at every check"));
}

} // namespace larder
