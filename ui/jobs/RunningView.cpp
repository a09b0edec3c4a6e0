// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RunningView.h"

#include "RunningModel.h"

#include <QHeaderView>
#include <QProgressBar>

#include <algorithm>

namespace larder {
namespace {

// Room around a progress bar's text: the style's frame and the margins it keeps beside the words.
constexpr int kBarTextPadding = 40;

} // namespace

RunningView::RunningView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

RunningView::~RunningView() = default;

void RunningView::setModel(QAbstractItemModel* model)
{
    if (QAbstractItemModel* old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &RunningView::syncBars);
    connect(model, &QAbstractItemModel::dataChanged, this, &RunningView::syncBars);
    connect(model, &QAbstractItemModel::modelReset, this, &RunningView::syncBars);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RunningView::syncBars);
    horizontalHeader()->setSectionResizeMode(RunningModel::ProgressColumn, QHeaderView::Interactive);
    setColumnWidth(RunningModel::ProgressColumn, 260);
    syncBars();
}

QProgressBar* RunningView::progressBar(int row) const
{
    if (!model())
        return nullptr;
    return qobject_cast<QProgressBar*>(indexWidget(model()->index(row, RunningModel::ProgressColumn)));
}

void RunningView::syncBars()
{
    QAbstractItemModel* source = model();
    if (!source)
        return;
    int widest = 0;
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, RunningModel::ProgressColumn);
        auto* bar = qobject_cast<QProgressBar*>(indexWidget(index));
        if (!bar) {
            bar = new QProgressBar(this);
            bar->setTextVisible(true);
            setIndexWidget(index, bar);
        }
        const int percent = index.data(RunningModel::ProgressRole).toInt();
        const QString text = index.data(Qt::DisplayRole).toString();
        if (percent < 0) {
            bar->setRange(0, 0); // busy: nothing to measure a first dump against
        } else {
            bar->setRange(0, 100);
            bar->setValue(percent);
        }
        bar->setFormat(text);
        bar->setToolTip(index.data(Qt::ToolTipRole).toString());
        bar->setAccessibleName(
            tr("Progress of %1").arg(source->index(row, RunningModel::JobColumn).data().toString()));
        bar->setAccessibleDescription(text);
        widest = std::max(widest, bar->fontMetrics().horizontalAdvance(text));
    }
    // The bar's words ("59 % of 2.7 MiB (estimate)") in full, whatever the font and scaling: the
    // column grows to them (never shrinks under the user's hand).
    if (const int needed = widest + kBarTextPadding; columnWidth(RunningModel::ProgressColumn) < needed)
        setColumnWidth(RunningModel::ProgressColumn, needed);
}

} // namespace larder
