// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TimelinePanel.h"

#include "StateColours.h"
#include "TimelineView.h"
#include "history/History.h"
#include "plan/ExpectedOperations.h"
#include "run/RunService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace larder {
namespace {

constexpr qint64 kClockMs = 30 * 1000;
constexpr qint64 kDaySeconds = 24 * 3600;

QLabel* swatch(const QString& text, const QString& styleSheet, QWidget* parent)
{
    auto* label =
        new QLabel(QStringLiteral("<span style=\"%1\">&#9632;</span> %2").arg(styleSheet, text), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

TimelinePanel::TimelinePanel(RunService& service, QWidget* parent) : QWidget(parent), m_service(service)
{
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    auto* lanesLabel = new QLabel(tr("La&nes:"), this);
    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_lanes->addItem(tr("By server"), int(TimelineLayout::Lanes::ByServer));
    m_lanes->addItem(tr("By job"), int(TimelineLayout::Lanes::ByJob));
    lanesLabel->setBuddy(m_lanes);
    auto* spanLabel = new QLabel(tr("S&pan:"), this);
    m_span = new QComboBox(this);
    m_span->setObjectName(QStringLiteral("timelineSpan"));
    m_span->addItem(tr("Last and next 24 hours"), kDaySeconds);
    m_span->addItem(tr("Last and next 7 days"), 7 * kDaySeconds);
    spanLabel->setBuddy(m_span);
    controls->addWidget(lanesLabel);
    controls->addWidget(m_lanes);
    controls->addSpacing(12);
    controls->addWidget(spanLabel);
    controls->addWidget(m_span);
    controls->addStretch(1);
    // The legend names every colour and shape: colour is never the only way to tell.
    const QPalette& colours = palette();
    controls->addWidget(
        swatch(tr("succeeded"), StateColours::textStyleSheet(StateColours::success(colours)), this));
    controls->addWidget(
        swatch(tr("warning"), StateColours::textStyleSheet(StateColours::warning(colours)), this));
    controls->addWidget(swatch(tr("failed (full height)"),
                               StateColours::textStyleSheet(StateColours::failure(colours)), this));
    controls->addWidget(new QLabel(tr("▨ cancelled · ▭ expected · ┄ waiting"), this));
    layout->addLayout(controls);

    m_view = new TimelineView;
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline of past and expected dumps"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    layout->addWidget(m_scroll, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_view, &TimelineView::attemptActivated, this, &TimelinePanel::attemptActivated);
    connect(m_lanes, &QComboBox::currentIndexChanged, this, &TimelinePanel::reload);
    connect(m_span, &QComboBox::currentIndexChanged, this, &TimelinePanel::reload);
    connect(&m_service, &RunService::planSettled, this, [this](const QList<PlannedJob>& plan) {
        keepPlan(plan);
        if (isVisible())
            draw(plan);
    });
    m_clock.setInterval(int(kClockMs));
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_clock.start();
}

qint64 TimelinePanel::spanSeconds() const
{
    return m_span->currentData().toLongLong();
}

void TimelinePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void TimelinePanel::reload()
{
    // Planning reads history: the clock and showing the tab redraw the plan the service settled on
    // after the last change of history, config or discovery, not a new one each time.
    if (!m_plan || (m_planHoldsUntilUtc.isValid() && m_planHoldsUntilUtc <= QDateTime::currentDateTimeUtc()))
        keepPlan(m_service.plan());
    draw(*m_plan);
}

void TimelinePanel::keepPlan(const QList<PlannedJob>& plan)
{
    m_plan = plan;
    // A job falls due (its slot or its retry) at its nextDueUtc: until the first of them, a new plan
    // would say the same.
    m_planHoldsUntilUtc = QDateTime();
    for (const PlannedJob& entry : plan) {
        if (entry.nextDueUtc.isValid() &&
            (!m_planHoldsUntilUtc.isValid() || entry.nextDueUtc < m_planHoldsUntilUtc))
            m_planHoldsUntilUtc = entry.nextDueUtc;
    }
}

void TimelinePanel::draw(const QList<PlannedJob>& plan)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TimelineLayout::Input input;
    input.nowUtc = now;
    input.fromUtc = now.addSecs(-spanSeconds());
    input.toUtc = now.addSecs(spanSeconds());
    input.lanes = TimelineLayout::Lanes(m_lanes->currentData().toInt());

    m_loadError.clear();
    if (History* history = m_service.history()) {
        if (const auto attempts = history->attemptsBetween(input.fromUtc, input.toUtc); attempts) {
            for (const HistoryRecord& record : *attempts)
                input.attempts << TimelineLayout::attemptOf(record);
        } else {
            m_loadError = attempts.error().message;
        }
    } else {
        m_loadError = m_service.historyError();
    }
    if (m_service.hasConfig()) {
        input.planned = ExpectedOperations::list(plan, m_service.config().maxParallel, now,
                                                 QTimeZone::systemTimeZone(), spanSeconds());
    }
    m_view->setInput(input);
    // The now line and a running dump's end move with time alone: read again when they have moved a
    // pixel, at most every half minute. Over 7 days that is every 20 minutes or so, not a reread of
    // every attempt of the fortnight (167,000 with 1,000 hourly jobs, seconds) each half minute;
    // changes in history redraw at once anyway (planSettled).
    const qint64 perPixelMs = 2 * spanSeconds() * 1000 / std::max(1, m_view->width());
    m_clock.setInterval(int(std::max(kClockMs, perPixelMs)));
    m_status->setText(m_loadError.isEmpty() ? QString()
                                            : tr("The past cannot be shown: %1").arg(m_loadError));
    m_status->setVisible(!m_loadError.isEmpty());
}

} // namespace larder
