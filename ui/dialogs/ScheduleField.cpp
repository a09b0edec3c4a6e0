// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ScheduleField.h"

#include "StateColours.h"
#include "config/Schedule.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace larder {

ScheduleField::ScheduleField(QWidget* parent) : ScheduleField(Purpose::Dumps, parent) {}

ScheduleField::ScheduleField(Purpose purpose, QWidget* parent)
    : QWidget(parent), m_purpose(purpose), m_edit(new QLineEdit(this)), m_preview(new QLabel(this))
{
    if (purpose == Purpose::Dumps) {
        m_edit->setObjectName(QStringLiteral("scheduleEdit"));
        m_edit->setAccessibleName(tr("Schedule"));
        m_edit->setToolTip(tr("e.g. \"every 6 hours\", \"daily at 02:30\", \"every 2 weeks on friday at "
                              "23:00\", \"always\" or \"manual\""));
        m_preview->setObjectName(QStringLiteral("schedulePreview"));
        m_preview->setAccessibleName(tr("Next run times"));
    } else {
        m_edit->setObjectName(QStringLiteral("testRestoreEdit"));
        m_edit->setAccessibleName(tr("Test-restore schedule"));
        m_edit->setToolTip(tr("When larder run test-restores the newest dump into a scratch database and "
                              "compares row counts, e.g. \"every 1 week\" (test_restore)."));
        m_preview->setObjectName(QStringLiteral("testRestorePreview"));
        m_preview->setAccessibleName(tr("Next test-restore times"));
    }
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Focus goes to the edit; the preview is for reading only.
    setFocusProxy(m_edit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        Q_EMIT textChanged();
    });
    updatePreview();
}

QString ScheduleField::text() const
{
    return m_edit->text().trimmed();
}

void ScheduleField::setText(const QString& text)
{
    m_edit->setText(text);
}

void ScheduleField::setInherited(const QString& schedule, const QString& description)
{
    m_inherited = schedule;
    m_edit->setPlaceholderText(description);
    updatePreview();
}

void ScheduleField::updatePreview()
{
    m_times.clear();
    m_error.clear();
    const QString text = this->text().isEmpty() ? m_inherited : this->text();
    const Result<Schedule> schedule = Schedule::parse(text);
    if (!schedule) {
        m_error = schedule.error().message;
        m_preview->setStyleSheet(
            StateColours::textStyleSheet(StateColours::failure(palette(), QPalette::Window)));
        m_preview->setText(m_error);
        return;
    }
    m_preview->setStyleSheet(QString());
    const bool dumps = m_purpose == Purpose::Dumps;
    if (schedule->kind() == Schedule::Kind::Always) {
        m_preview->setText(
            dumps ? tr("Dumped at every run of larder (every cron or timer invocation).")
                  : tr("Test-restored at every run of larder (every cron or timer invocation)."));
        return;
    }
    if (schedule->kind() == Schedule::Kind::Manual) {
        m_preview->setText(dumps ? tr("Dumped only on demand (larder run JOB, or Back Up Selected Now).")
                                 : tr("Test-restored only on demand (larder verify --restore JOB)."));
        return;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QDateTime at = QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (int i = 0; i < kPreviewCount; ++i) {
        at = schedule->nextSlot(at, zone);
        if (!at.isValid())
            break;
        m_times.append(at);
        // ISO first so the list reads (and sorts) the same in every locale; the weekday in the UI language
        // (QDateTime::toString would name it in English).
        lines << QLocale().toString(at.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm (ddd)"));
    }
    m_preview->setText(tr("Next runs (%1):").arg(schedule->describe()) + QLatin1Char('\n') +
                       lines.join(QLatin1Char('\n')));
}

} // namespace larder
