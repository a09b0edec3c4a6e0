// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QLineEdit>

namespace larder {

// The `retry` field that the database and defaults dialogs share: a duration, a number of seconds or
// "off"; empty inherits (the dialog shows the inherited value as placeholder).
class RetryEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryEdit)

public:
    explicit RetryEdit(QWidget* parent = nullptr);
};

} // namespace larder
