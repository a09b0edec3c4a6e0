// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QTableView>

class QProgressBar;

namespace larder {

// RunningModel as a table whose progress column is a real QProgressBar: a busy bar for a first
// dump only animates as a widget, not when painted by a delegate.
class RunningView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningView)

public:
    explicit RunningView(QWidget* parent = nullptr);
    ~RunningView() override;

    void setModel(QAbstractItemModel* model) override;
    // The bar of a row, for tests; nullptr if none.
    QProgressBar* progressBar(int row) const;

private:
    void syncBars();
};

} // namespace larder
