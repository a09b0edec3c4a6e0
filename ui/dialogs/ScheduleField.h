// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace larder {

// A schedule line edit with, below it, the next five run times in local time (or Schedule's own
// parse error in red). Empty means "inherit": the preview then shows the inherited schedule.
class ScheduleField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleField)

public:
    static constexpr int kPreviewCount = 5;
    // What the schedule starts: its names and the words for "always" and "manual" differ.
    enum class Purpose { Dumps, TestRestores };

    explicit ScheduleField(QWidget* parent = nullptr);
    ScheduleField(Purpose purpose, QWidget* parent);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);
    void setInherited(const QString& schedule, const QString& description);
    // The times shown (UTC), empty while the text does not parse or has no slots.
    QList<QDateTime> previewTimes() const { return m_times; }
    // Schedule::parse's message, empty when the text parses.
    QString error() const { return m_error; }

Q_SIGNALS:
    void textChanged();

private:
    void updatePreview();

    Purpose m_purpose;
    QLineEdit* m_edit;
    QLabel* m_preview;
    QString m_inherited;
    QList<QDateTime> m_times;
    QString m_error;
};

} // namespace larder
